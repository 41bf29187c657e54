"""CRM Desktop: a desktop CRM that works offline and shares through the company server."""

__version__ = "0.1.0"
