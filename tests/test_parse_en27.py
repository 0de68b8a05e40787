"""en27: English reads refused as one_target —
- a clause told after the request with a past verb ("show me db's logs, my job failed": job and failed were read as
  more containers) is context (bot/language/reason_clause.py `_own_clause`, lexicon `context_after_past_en`);
- a program's output shown from a container ("print hostname inside cache": docker exec cache hostname);
- docker's own word for the processes ("show top for web": docker top web)."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("show me db's logs, my job failed", ["docker logs db"]),
    ("show cache logs, my test broke", ["docker logs cache"]),
    ("show db logs, the job failed", ["docker logs db"]),
    ("restart db, my job failed", ["docker restart db"]),
    ("print hostname inside cache", ["docker exec cache hostname"]),
    ("show date in data", ["docker exec data date"]),
    ("show top for web", ["docker top web"]),
    ("show top of web", ["docker top web"]),
    ("how old is the data container", ["docker inspect data"]),
    ("how old is web?", ["docker inspect web"]),
    ("release the pause of data", ["docker unpause data"]),
    ("in data, cd /etc and ls", ["docker exec -w /etc data ls"]),  # fresh19: the directory changed into
    ("on web cd /tmp then ls -al", ["docker exec -w /tmp web ls -al"]),
    ("unpause web and pause data", ["docker unpause web", "docker pause data"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["restart web, the deploy failed", "show web and cache"])
def test_never_more_targets(text):
    a = answer(text)
    assert not a.cli or len(a.cli) == 1 and "deploy" not in a.cli[0], a
