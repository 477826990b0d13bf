"""Step 3 of the booklet, "Praat met elkaar en help elkaar": contacts and their phone
numbers, neighbours, who looks in on whom, and contact files (vCard)."""
