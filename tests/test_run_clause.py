"""bot/language/run_clause.py: a new container's command said in a clause of its own (the reading is checked end to
end through Gorae.explain in tests/test_parse_en15.py; here the module's own contract)."""
from __future__ import annotations

from bot import model as m
from bot.language.parse import parse
from bot.language.run_clause import command_clause


def _never(head: str) -> m.Command | m.NotUnderstood:
    raise AssertionError(f"head read for a text that has no clause: {head!r}")


def test_no_clause_reads_no_head():
    assert command_clause("restart web", _never) is None
    assert command_clause("run alpine | and run ls", _never) is None  # a shell character: never


def test_head_read_whole_gets_the_command():
    got = command_clause("run ubuntu:focal with working dir /srv and run ls", parse)
    assert isinstance(got, m.RunContainer)
    assert (got.image, got.command, got.workdir) == ("ubuntu:focal", ("ls",), "/srv")


def test_head_not_a_new_container_is_none():
    assert command_clause("restart web and run ls", parse) is None
    assert command_clause("run alpine and print hello", parse) is None  # printed words: the reader's (echo)
