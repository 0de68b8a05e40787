"""(q20) English questions about a container's, a volume's or an image's state or property: read as the tables'
conventions say (tests/data/wordings_fresh17.yaml header), never a write — and their neighbours kept.

Each wording through the real pipeline (`answer`, the path of `gorae explain --json`) over the fake corpus world:
the exact docker CLI planned, or () for nothing run.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # a container's state asked, as its status
    ("what's the state of my-volume", ("docker inspect my-volume",)),
    ("state of web?", ("docker inspect web",)),
    ("tell me the state of db", ("docker inspect db",)),
    ("what state is cache in", ("docker inspect cache",)),
    # the port a container is exposed on: its published ports
    ("what port is cache exposed on", ("docker port cache",)),
    ("which port is web exposed on?", ("docker port web",)),
    ("what port is my-nginx exposed on", ("docker port my-nginx",)),
    # what is deployed is what runs
    ("What's currently deployed on this box?", ("docker ps",)),
    ("what's currently running", ("docker ps",)),
    ("what's deployed right now", ("docker ps",)),
    ("what is deployed here", ("docker ps",)),
    ("is web deployed?", ("docker inspect web",)),
    ("is cache currently up?", ("docker inspect cache",)),
]

KEPT = [
    ("run nginx and expose port 80", ("docker run -d --expose 80 nginx",)),
    ("deploy nginx", ("docker run -d nginx",)),
    ("deploy redis on port 6380", ("docker run -d -p 6380:6379 redis",)),
    ("what port is web published on", ("docker port web",)),
    ("what's the status of web", ("docker inspect web",)),
]


@pytest.mark.parametrize("text,cli", READ + KEPT, ids=[t for t, _ in READ + KEPT])
def test_read(text: str, cli: tuple[str, ...]) -> None:
    got = answer(text)
    assert got.cli == cli, got
