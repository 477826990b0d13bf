"""The information page: the guidance chapters, search, and the power-cut timeline."""
