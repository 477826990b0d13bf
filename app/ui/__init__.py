"""The window, in folders that follow the sidebar and the booklet's three steps.

start/ (start-up, main window, first-run wizard) · overview/ · household/ · kit/ (step 1) ·
plan/ (step 2) · together/ (step 3) · info/ · paper/ (print) · carry/ (take it home) ·
settings/ (settings, backups, delete all) · public/ (public mode) · common/ (shared widgets,
the session and undo). The words the pages show for codes live in app/words.
"""
