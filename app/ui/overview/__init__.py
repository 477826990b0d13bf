"""The overview page, the first page in the sidebar: how ready the household is, what is still
to do, and each figure explained in words."""
