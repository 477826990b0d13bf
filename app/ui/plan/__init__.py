"""Step 2 of the booklet, "Maak een noodplan": meeting places, tasks, who fetches the children,
who helps whom, agreements per situation, and where the important papers are."""
