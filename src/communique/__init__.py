"""communique: political events from raw news pages, with evidence."""

__version__ = "0.1.0"
