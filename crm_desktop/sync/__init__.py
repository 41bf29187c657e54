"""The sync engine: change tracking, push, pull, merge, server schema (below services and ui)."""
