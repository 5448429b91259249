"""The HTTP API and the dashboard it serves: `create_app(db_path)`, run by `communique serve`."""

from communique.api.app import create_app

__all__ = ["create_app"]
