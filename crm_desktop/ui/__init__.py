"""The PySide6 interface. No SQL here: every action calls a service through the Workspace."""
