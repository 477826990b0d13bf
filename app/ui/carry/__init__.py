"""Take it home: the household as an encrypted plan file (with its password dialog) or as a
JSON file, and opening one again."""
