"""Slack's marks (_italic_, *bold*, ~struck~) never change an ASCII entity (issue 8: never a wrong action; hypothesis).

CI found it: a host path made by `tempfile.mkdtemp` ("/tmp/gorae-e2e-_pmu3n5_") lost its underscores in
normalize (read as italics) and `docker run -v /tmp/gorae-e2e-pmu3n5:…` mounted another directory. A mark opens
a word only after the start, a space or an opening bracket (bot/language/normalize.py `_MARK_OPENS`), so a path,
an image reference or a name with `_`, `*` or `~` inside is the path typed, or no plan at all.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

import shlex

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

SEGMENT = st.text(alphabet="abcxyz019_-.*~", min_size=1, max_size=10).filter(lambda s: s not in (".", ".."))
MOUNT = [
    "run nginx with {p} mounted at /data",
    "run nginx named x1 with {p} mounted at /usr/share/nginx/html on 127.0.0.1 port 8000",
    "{p} 디렉토리를 /data에 마운트해서 nginx 실행",
    "{p}를 /data에 붙여서 nginx 띄워줘",
    "docker run -d -v {p}:/data nginx",
]


def sources(cli: str) -> list[str]:
    """The host side of every `-v SRC:DST` in one docker command line."""
    words = shlex.split(cli)
    return [words[i + 1].rsplit(":", 1)[0] for i, w in enumerate(words[:-1]) if w in ("-v", "--volume")]


@given(st.lists(SEGMENT, min_size=1, max_size=3), st.sampled_from(MOUNT))
@SETTINGS
@example(["gorae-e2e-_pmu3n5_"], MOUNT[1])
@example(["gorae-e2e-_pmu3n5_"], MOUNT[2])
@example(["_a_"], MOUNT[0])
@example(["*a*"], MOUNT[0])
@example(["x~y~"], MOUNT[3])
@example(["a_b_", "_c"], MOUNT[4])
def test_a_host_path_is_mounted_as_typed(segments, template):
    path = "/tmp/" + "/".join(segments)
    ans = answer(template.format(p=path))
    for cli in list(ans.cli) + list(ans.proposal):
        if cli.startswith("docker run"):
            assert sources(cli) in ([path], []), f"{path!r}: planned {list(ans.cli)} / proposed {list(ans.proposal)}"


def test_marks_around_words_are_still_emphasis():
    """The marks Slack reads stay emphasis or a strike (en22, break10): the fix only narrows where they open."""
    assert answer("restart _web_").cli == ("docker restart web",)
    assert answer("restart _web_.").cli == ("docker restart web",)
    assert answer("(_please_) restart web").cli == ("docker restart web",)
    assert answer("restart *web*").cli == ("docker restart web",)
    assert answer("restart ~cache~ web").cli == ("docker restart web",)
