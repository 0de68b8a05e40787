"""(lead32c) English and docker-CLI kinds of fresh20's misses fixed in session 32, each with wordings of its own and the
near wordings that must not plan the write (asked back, refused or another read)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # docker's several-name inspects (volume / network inspect take several names, as docker does)
    ("docker volume inspect db pgdata", ["docker volume inspect db pgdata"]),
    ("docker volume inspect pgdata db", ["docker volume inspect pgdata db"]),
    ("docker network inspect backend bridge", ["docker network inspect backend bridge"]),
    ("docker network inspect bridge host none", ["docker network inspect bridge host none"]),
    ("docker volume inspect db", ["docker volume inspect db"]),
    # `network ls` / `volume ls` --filter: the SDK's filters
    ("docker network ls --filter driver=bridge", ["docker network ls --filter driver=bridge"]),
    ("docker network ls -f name=back", ["docker network ls --filter name=back"]),
    ("docker network ls --filter scope=local --filter type=custom",
     ["docker network ls --filter scope=local --filter type=custom"]),
    ("docker volume ls --filter dangling=true", ["docker volume ls --filter dangling=true"]),
]

NOT_RUN = [
    "docker network inspect backend nosuch",  # one unknown: refused as docker exits 1
    "docker network ls --filter driver",  # no key=value
    "docker volume inspect",
    "docker volume inspect db;rm -rf /",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize("text", NOT_RUN)
def test_not_run(text):
    a = answer(text)
    assert not a.cli, a
