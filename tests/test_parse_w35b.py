"""(w35b) An event condition said in English with "as soon as" (a time to come, never the write now); as soon as
possible is asap (now)."""
import pytest
from test_wordings_fresh import answer

CASES = [
    # the breaker's inputs (A11)
    ("restart web as soon as cache is up", None),
    ("kill cache as soon as web is up", None),
    ("remove data as soon as db is up", None),
    ("stop cache as soon as web is down", None),
    ("restart web as soon as db is ready", None),
    # invented wordings of the same kind
    ("pause web as soon as cache is healthy", None),
    ("restart my-nginx as soon as the db is back", None),
    ("remove cache as soon as web goes down", None),
    # negatives: now is meant
    ("restart web as soon as possible", ["docker restart web"]),
    ("restart web as soon as you can", ["docker restart web"]),
    ("restart web asap", ["docker restart web"]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_as_soon_as(text: str, want: list[str] | None) -> None:
    ans = answer(text)
    if want is None:
        assert ans.cli == () and ans.refusal and not ans.proposal
    else:
        assert list(ans.cli) == want
