"""People: sign-in, passwords and the dialogs of the administration page."""
