"""Use cases: each function takes a Session and the acting user; permission checks live here."""
