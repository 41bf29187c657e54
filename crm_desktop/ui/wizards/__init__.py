"""Wizards: long tasks asked one question at a time, on the shared base in base.py."""
