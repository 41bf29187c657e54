"""The import wizard (bring clients in from a file) and the export dialog."""
