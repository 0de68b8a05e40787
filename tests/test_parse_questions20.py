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
    # a pair of states asked of one container: its status
    ("is db running or not", ("docker inspect db",)),
    ("is cache running or stopped?", ("docker inspect cache",)),
    ("web alive or dead?", ("docker inspect web",)),
    ("is data running or not?", ("docker inspect data",)),
    # an image's removal or pull said as "the image of" an image (no container of that name)
    ("Delete image of httpd", ("docker rmi httpd",)),
    ("delete the image of alpine", ("docker rmi alpine",)),
    ("remove image of busybox", ("docker rmi busybox",)),
    ("get rid of the image of redis", ("docker rmi redis",)),
    ("please download the image of alpine", ("docker pull alpine",)),
    ("pull the image of redis", ("docker pull redis",)),
    ("download image of busybox", ("docker pull busybox",)),
    ("fetch the image of nginx", ("docker pull nginx",)),
    # processes shown, for before the name
    ("show processes for cache", ("docker top cache",)),
    ("list processes for web", ("docker top web",)),
    ("show me the processes for data", ("docker top data",)),
    # the image of a container asked, image-wise
    ("what's cache running on, image-wise", ("docker inspect cache",)),
    ("what is web, image-wise?", ("docker inspect web",)),
    ("what's data running, image-wise?", ("docker inspect data",)),
    # things running, counted: the list
    ("how many things are running right now", ("docker ps",)),
    ("what things are running", ("docker ps",)),
    ("how many things are up", ("docker ps",)),
    # usage across the board: every running container's
    ("resource usage across the board", ("docker stats --no-stream",)),
    ("cpu usage across the board", ("docker stats --no-stream",)),
    ("memory use across the board", ("docker stats --no-stream",)),
    # still around: whether it is there
    ("is the pgdata volume still around?", ("docker volume inspect pgdata",)),
    ("is the backend network still around", ("docker network inspect backend",)),
    ("is the db volume around?", ("docker volume inspect db",)),
    ("is the nginx image still around?", ("docker images nginx",)),
]

KEPT = [
    ("run nginx and expose port 80", ("docker run -d --expose 80 nginx",)),
    ("deploy nginx", ("docker run -d nginx",)),
    ("deploy redis on port 6380", ("docker run -d -p 6380:6379 redis",)),
    ("what port is web published on", ("docker port web",)),
    ("what's the status of web", ("docker inspect web",)),
    ("list every container, dead or alive", ("docker ps -a",)),
    ("delete the image of web", ("docker rmi nginx",)),
    ("pull alpine", ("docker pull alpine",)),
    ("show processes of cache", ("docker top cache",)),
    ("show the processes", ("docker ps",)),
    ("any images lying around?", ("docker images",)),
    ("restart everything across the board", ("docker restart $(docker ps -q)",)),
    # refused, never a write
    ("kill processes for web", ()),
    ("remove image of ghost", ()),
    ("pull the image of container web", ()),
    ("stop things", ()),
]


@pytest.mark.parametrize("text,cli", READ + KEPT, ids=[t for t, _ in READ + KEPT])
def test_read(text: str, cli: tuple[str, ...]) -> None:
    got = answer(text)
    assert got.cli == cli, got
