"""The sync engine: server schema and policies, push, pull, merge (see DESIGN.md, Sync)."""
