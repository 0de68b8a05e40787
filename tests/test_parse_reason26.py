"""reason26: an English reason said after a removal of volumes or images ("please wipe the pgdata volume, it has stale
test data", "remove the alpine image, it is old") — its words were read as more names to remove (VolumeRemove(pgdata,
stale, test, data), RemoveImage(alpine, old): refused only while no such volume or image existed, a wrong write where
one does). The reason readers (bot/language/reason_clause.py `context_after`) now read it after any request that
names more than one thing, volumes and images too (`m.names_of`); and a clause led by "so" with "we"/"i" as its
subject is the aim ("remove pgdata volume so we start clean": it was refused, start and clean two verbs)."""
import pytest
from test_wordings_fresh import answer

from bot.language.normalize import normalize
from bot.language.parse import parse

READ = [
    ("please wipe the pgdata volume, it has stale test data", ["docker volume rm pgdata"]),
    ("remove the alpine image, it has old packages", ["docker rmi alpine"]),
    ("remove the alpine image, it is old", ["docker rmi alpine"]),
    ("remove images alpine and busybox, they are old", ["docker rmi alpine busybox"]),
    # several names said as such stay several
    ("remove pgdata and db volumes", ["docker volume rm pgdata db"]),
    ("rmi alpine busybox", ["docker rmi alpine busybox"]),
    ("delete volume pgdata db", ["docker volume rm pgdata db"]),
    # the aim after "so" with the speaker's side as subject: its verbs never run (was parse.two_verbs: start, clean)
    ("remove pgdata volume so we start clean", ["docker volume rm pgdata"]),
    ("restart web so we start clean", ["docker restart web"]),
    ("restart web so i can test again", ["docker restart web"]),
]


@pytest.mark.parametrize("text", ["restart web so remove cache", "restart web so you can remove cache",
                                  "restart web, so we can remove cache later", "don't remove web so we start clean"])
def test_not_the_aim(text):
    assert list(answer(text).cli) not in (["docker restart web"], ["docker rm web"]), answer(text)
    assert not any("cache" in c for c in answer(text).cli)



@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text,names", [
    ("please wipe the pgdata volume, it has stale test data", ("pgdata",)),
    ("remove the alpine image, it is old", ("alpine",)),
])
def test_the_reason_names_nothing(text, names):
    cmd = parse(normalize(text))
    said = getattr(cmd, "names", None) or getattr(cmd, "images", None)
    assert tuple(said) == names, cmd
