"""said_of27: English words of a remark read as more targets of a container write — "all lowercase pls restart cache"
planned Restart(lowercase, cache), "can you restart cache for me? tests are failing against it" Restart(cache, tests,
failing): refused today only because no such containers exist, a wrong write where they do. A name with a copula right
after it is the subject of a statement (`_subject_said_en`); names on both sides of one English verb of targets are
never all its targets (`_names_both_sides_en`): refused with those words, never run."""
import pytest
from test_wordings_fresh import answer

from bot.language.normalize import normalize
from bot.language.parse import NotUnderstood, parse

WRONG = [
    ("all lowercase pls restart cache", "lowercase"),
    ("sorry, dev here: can you restart cache for me? tests are failing against it", "tests"),
    ("restart cache tests are failing", "tests"),
    ("stop web db is fine", "db"),
    ("kill web db isn't the problem", "db"),
    ("all lowercase sorry pls stop web", "lowercase"),
    ("remove web tests were flaky", "tests"),
]


@pytest.mark.parametrize("text,word", WRONG)
def test_a_remark_is_never_a_target(text, word):
    res = parse(normalize(text))
    assert isinstance(res, NotUnderstood) or word not in str(res), res
    assert not any(word in c for c in answer(text).cli), answer(text)


READ = [
    # names only before, or only after the verb, joined: a list as before
    ("web and cache restart", ["docker restart web cache"]),
    ("restart web and cache", ["docker restart web cache"]),
    ("web cache restart", ["docker restart web cache"]),
    # the remark said after a comma is context
    ("restart cache, tests are failing", ["docker restart cache"]),
    ("restart cache, web is failing", ["docker restart cache"]),
    # a place after the verb is no target ("from the backend network": a disconnect)
    ("web container remove from backend network please", ["docker network disconnect backend web"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want
