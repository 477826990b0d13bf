"""The print page: every printable document (plan, fridge sheet, wallet cards, checklist,
shopping list) with a live preview, to paper or to PDF. The documents themselves are built in
app/report."""
