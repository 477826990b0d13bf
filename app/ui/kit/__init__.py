"""Step 1 of the booklet, "Maak een noodpakket": the emergency kit page with the kit list,
the stock, the shopping list and the half-yearly check; stock files (CSV, calendar) and the
banner that reminds of expiry dates."""
