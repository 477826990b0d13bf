"""Settings (language, text size, where data lives), the backups page, and deleting all
data."""
