"""`docker history` (hist17, issue 8): an image's layers, typed (`docker history IMAGE`, `docker image history IMAGE`,
-q, --no-trunc; --format and -H refused) or said in English or Korean (history, layers, 히스토리, 레이어 — grammar/natural.lark
`k_layers`), read through normalize -> parse -> plan against the fake corpus world (tests/fakes.py); executed with a fake
client's canned payload and rendered (terminal, Slack blocks). `None`: nothing may run.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from fakes import FakeView
from test_parse_blind6 import check

from bot.engine import docker_format as fmt
from bot.engine.execute import execute
from bot.engine.plan import plan
from bot.front.slack.blocks import render_reply
from bot.front.terminal import render_plain
from bot.model import History, Plan, Reply
from bot.policy.check import subjects

TYPED = [
    ("docker history nginx", ["docker history nginx"]),
    ("docker image history redis", ["docker history redis"]),
    ("docker history -q nginx", ["docker history -q nginx"]),
    ("docker history --no-trunc redis", ["docker history --no-trunc redis"]),
    ("docker history --format '{{.ID}}' nginx", None),  # no honest rendering of a Go template: refused
    ("docker history -H nginx", None),
    ("docker history", None),
    ("docker history nginx redis", None),
    ("docker history nope", None),  # no such image: refused by the plan
]

SAID = [
    # newcomer16's rows
    ("redis 이미지 히스토리", ["docker history redis"]),
    ("show the history of the nginx image", ["docker history nginx"]),
    # unseen wordings of the same kind
    ("nginx 이미지 레이어 보여줘", ["docker history nginx"]),
    ("redis 이미지 레이어 좀 보여줄래?", ["docker history redis"]),
    ("show me the layers of the redis image", ["docker history redis"]),
    ("what's the history of the redis image?", ["docker history redis"]),
    ("nginx image history", ["docker history nginx"]),
    # a write said of the history is never widened to the image's (it planned `docker rmi nginx`)
    ("nginx 이미지 히스토리 지워", None),
    ("remove the nginx image history", None),
    ("delete the history of web", None),
    # a history of a container is no docker object: the word is never dropped (it planned `docker inspect web`)
    ("web 히스토리 보여줘", None),
    ("show the history of web", None),
    # past and negation stay non-writes (and here: nothing run)
    ("redis 이미지 히스토리 지웠어", None),
    ("nginx 이미지 히스토리 보여주지 마", None),
    # the program `history` run in a container stays the program
    ("web에서 history 실행", ["docker exec web history"]),
]


@pytest.mark.parametrize("text,want", TYPED + SAID)
def test_history_read(text: str, want: list[str] | None) -> None:
    check(text, want)


def test_history_is_a_read_whose_subject_is_the_image() -> None:
    p = plan(History("nginx", quiet=True, lang="cli"), FakeView())
    assert isinstance(p, Plan) and not p.writes and p.verb == "history"
    assert p.calls[0].op == "image.history" and p.calls[0].kw() == {"quiet": True}
    assert ("image", "nginx") in subjects(p)


LAYERS: list[dict[str, Any]] = [
    {"Id": "sha256:" + "ab" * 32, "Created": 1_000_000, "CreatedBy": '/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"] '
     + "x" * 30, "Size": 0, "Comment": "", "Tags": ["nginx:latest"]},
    {"Id": "<missing>", "Created": 900_000, "CreatedBy": "/bin/sh -c #(nop) ADD file:abc in /", "Size": 77_800_000,
     "Comment": "buildkit.dockerfile.v0"},
]


class _Api:
    def history(self, image: str) -> list[dict[str, Any]]:
        assert image == "nginx"
        return LAYERS


def _run(cmd: History) -> Any:
    p = plan(cmd, FakeView())
    assert isinstance(p, Plan)
    return execute(p, SimpleNamespace(api=_Api()))


def test_history_table_as_docker_prints_it() -> None:
    t = fmt.history_table(LAYERS, now=1_000_060)
    assert t.columns == ("IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT")
    assert t.rows[0][0] == "ab" * 6 and t.rows[1][0] == "<missing>"
    assert len(t.rows[0][2]) == 45 and t.rows[0][2].endswith("…")
    assert t.rows[1][3] == "77.8MB" and t.rows[1][4] == "buildkit.dockerfile.v0"
    full = fmt.history_table(LAYERS, no_trunc=True, now=1_000_060)
    assert full.rows[0][0] == "sha256:" + "ab" * 32 and full.rows[0][2].endswith("x" * 30)


def test_history_executed_and_rendered() -> None:
    out = _run(History("nginx", lang="en"))
    assert out.ok and out.table is not None and len(out.table.rows) == 2
    quiet = _run(History("nginx", quiet=True, lang="ko"))
    assert quiet.ok and quiet.text == "ab" * 6 + "\n<missing>"
    reply = Reply("en", "done", "History of image `nginx` (2 layers)", cli=("docker history nginx",), table=out.table)
    assert "<missing>" in render_plain(reply) and "CREATED BY" in render_plain(reply)
    assert "buildkit.dockerfile.v0" in str(render_reply(reply))
