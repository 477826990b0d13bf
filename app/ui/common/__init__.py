"""Shared by every page: the open household (session.py, with undo), fields bound to stored
values, the record list editor, table models and their search proxy, tables that fit, the
flow layout, tabbed pages, the theme, and the file dialogs."""
