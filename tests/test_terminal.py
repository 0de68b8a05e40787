"""bot/front/terminal.py: a Reply as terminal text, plain (docker-like, aligned) and in colour (the Reply itself: test_render.py)."""
from __future__ import annotations

import re

from test_render import _table_reply, plan

from bot import render
from bot.front import terminal
from bot.model import (
    Msg,
    Outcome,
    Table,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_terminal_is_docker_like_and_aligned():
    text = terminal.render(_table_reply(), color=False)
    assert text.splitlines() == [
        "Containers: 2",
        "$ docker ps",
        "CONTAINER ID   NAMES",
        "abc            웹서버",
        "defdefdef      web",
    ]


def test_plain_terminal_fields_code_notes_choices():
    r = render.outcome(plan(), Outcome(False, Msg.of("err.partial", ok_count=0, failed_count=1, failed="x"),
                                       fields=(("field.name", "web"), ("field.restart_policy", "no")),
                                       text="out\n", details=(Msg.of("done.restart", names="a"),)), "en")
    assert terminal.render(r, color=False).splitlines() == [
        "0 done, 1 failed: x. See the details below.",
        "$ docker restart web",
        "Name:           web",
        "Restart policy: no",
        "out",
        "- Restarted a.",
    ]


def test_color_terminal_uses_ansi_and_keeps_content():
    text = terminal.render(_table_reply(), color=True, width=80)
    assert ANSI.search(text)
    plain = ANSI.sub("", text)
    assert "Containers: 2" in plain and "CONTAINER ID" in plain and "웹서버" in plain and "$ docker ps" in plain


def test_color_table_never_folds_cells_on_a_narrow_terminal():
    t = Table(("CONTAINER ID", "COMMAND", "PORTS"), (("f7ddca294301", '"sh -c \'trap exit 0…"', "127.0.0.1:41467->80/tcp"),))
    reply = render.outcome(plan("docker ps"), Outcome(True, Msg.of("done.list_containers", count=1), table=t), "en")
    lines = ANSI.sub("", terminal.render(reply, color=True, width=40)).splitlines()
    assert lines[-1] == 'f7ddca294301   "sh -c \'trap exit 0…"   127.0.0.1:41467->80/tcp'
    assert all(line == line.rstrip() for line in lines)


def test_choices_are_listed_unnumbered_with_how_to_answer():
    """A number typed back would not answer them (the next line is a new request): no `1)`, and a line
    saying to repeat the request with the one meant, in the reply's language."""
    from bot.messages import t
    from bot.model import Reply

    for lang in ("en", "ko"):
        r = Reply(lang, "question", "Which one?", choices=("nc9a1", "nc9a2"))  # type: ignore[arg-type]
        plain = terminal.render(r, color=False).splitlines()
        assert plain == ["Which one?", "  nc9a1", "  nc9a2", t("render.choose_again", lang)]
        rich = ANSI.sub("", terminal.render(r, color=True, width=200)).splitlines()
        assert "1)" not in "\n".join(rich) and rich[-1] == t("render.choose_again", lang)
