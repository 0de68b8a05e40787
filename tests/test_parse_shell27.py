"""shell27: the shell's listing word typed with a container as its place — "data에서 ls", "ls in data" — read docker's
list verb and answered the container's details (docker inspect data), the word dropped. Now ls runs there (docker exec
NAME ls) and ps is the container's processes (docker top NAME, as "ps inside web" was read); with anything else said
(a path, a flag, a run verb) the readers before it read it."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("data에서 ls", ["docker exec data ls"]),
    ("data에서 ls 해줘", ["docker exec data ls"]),
    ("web 안에서 ls", ["docker exec web ls"]),
    ("web에서 ls 좀 해봐", ["docker exec web ls"]),
    ("web에서 ls 보여줘", ["docker exec web ls"]),
    ("ls in data", ["docker exec data ls"]),
    ("ls inside web", ["docker exec web ls"]),
    ("data에서 ps", ["docker top data"]),
    ("web 컨테이너에서 ps 해봐", ["docker top web"]),
    ("ps inside web", ["docker top web"]),
    # as before
    ("data에서 ls 실행", ["docker exec data ls"]),
    ("data에서 ls -al", ["docker exec data ls -al"]),
    ("web에서 ls /etc 실행", ["docker exec web ls /etc"]),
    ("backend 네트워크에서 ps", ["docker network inspect backend"]),
    ("ls", ["docker ps"]),
    ("ps", ["docker ps"]),
    ("ls images", ["docker images"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["alpine에서 ls", "ls in alpine"])
def test_an_image_is_never_run_without_a_run_verb(text):
    assert not answer(text).cli, answer(text)  # asked which container (or none): no new container made
