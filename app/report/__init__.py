"""Paraat on paper: the plan, the fridge sheet, wallet cards, the kit checklist, the shopping list."""
