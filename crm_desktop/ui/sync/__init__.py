"""Sharing with the office in the window: status bar, background worker, conflicts."""
