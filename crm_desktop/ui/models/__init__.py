"""Qt item models over service results (never a widget filled row by row)."""
