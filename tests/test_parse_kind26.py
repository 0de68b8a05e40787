"""kind26: one name, two kinds of thing said of it, one kind left out by an exclusion with no name of its own — the
other kind is meant, as when the name is said twice ("db 컨테이너 말고 db 볼륨 삭제": bot/language/parse_natural.py
`_kind_contrast`). A volume and a container are both db; before, "db 볼륨 말고 컨테이너 삭제해", "db 볼륨 지워줘, 컨테이너
말고" and "remove the db volume, not the container" were refused (parse.need_target / parse.unused).
`_kind_for_kind` says the name of the lone kind word; "only … too" (만 … 도) stays asked."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("db 볼륨 말고 컨테이너 삭제해", ["docker rm db"]),
    ("db 컨테이너 말고 볼륨 지워줘", ["docker volume rm db"]),
    ("db 볼륨 지워줘, 컨테이너 말고", ["docker volume rm db"]),
    ("db 삭제해, 볼륨 말고 컨테이너", ["docker rm db"]),
    ("db 삭제해 (볼륨 말고 컨테이너)", ["docker rm db"]),
    ("db 볼륨 빼고 컨테이너 지워", ["docker rm db"]),
    ("db 컨테이너 말고 볼륨 보여줘", ["docker volume inspect db"]),
    ("remove the db volume, not the container", ["docker volume rm db"]),
    ("remove the db container, not the volume", ["docker rm db"]),
    # the name said twice, as before
    ("db 컨테이너 말고 db 볼륨 삭제", ["docker volume rm db"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


NOT_A_WRITE = [
    "db 볼륨만 말고 컨테이너도 지워",  # not only the volume, the container too: both? asked, never one dropped
    "db 볼륨 말고 컨테이너도 지워",
    "db 볼륨 말고 볼륨 지워",
    "db 말고 볼륨 지워",
    "db 볼륨 말고 컨테이너 삭제하지 마",
    "db 볼륨 말고 컨테이너 지워야 할까?",
    "don't remove the db volume, not the container",
    "모든 볼륨 말고 컨테이너 지워",
]


@pytest.mark.parametrize("text", NOT_A_WRITE)
def test_not_a_write(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
