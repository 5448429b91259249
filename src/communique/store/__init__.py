"""Storage: the SQLite schema and access, and the exports (JSON Lines, CSV)."""

from communique.store.sqlite import EventFilter, Store, StoreError

__all__ = ["EventFilter", "Store", "StoreError"]
