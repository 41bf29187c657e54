"""Clients: the list, the new-client form, the client card and merging duplicates."""
