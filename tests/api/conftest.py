from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from tests.api import sample


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return sample.build(tmp_path_factory.mktemp("api") / "events.db")


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path)) as client:
        yield client
