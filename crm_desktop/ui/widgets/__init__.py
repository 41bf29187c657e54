"""Large-type building blocks shared by every page, dialog and wizard."""
