"""bot/language/preamble_en.py: a statement told before an English request — the request alone, "it" the one thing the
statement says something of; what a tool reports, then a read. Called here directly with the parser as its reader (the
answers through the whole pipeline: tests/test_parse_lead28.py)."""
from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import negated, parse
from bot.language.preamble_en import preamble, reported_by


def read(said: str) -> m.Command | m.NotUnderstood:
    return parse(said, detail=False)


def test_the_thing_told_is_it():
    got = preamble(normalize("we talked about removing web, but for now just stop it"), read, negated)
    assert isinstance(got, m.Stop) and got.targets == ("web",)
    got = preamble(normalize("I was told web had an outage this morning; could you show me its recent logs?"), read,
                   negated)
    assert isinstance(got, m.Logs) and got.target == "web"


def test_no_statement_no_reading():
    assert preamble(normalize("restart web, stop cache"), read, negated) is None  # a request first: no statement
    assert preamble(normalize("i want you to remove web, but stop it first"), read, negated) is None
    assert preamble(normalize("the alert fired, restart it"), read, negated) is None  # it? nothing named


def test_what_was_said_before_a_plain_comma_asks_only_a_read():
    assert preamble(normalize("someone said web is throwing 503s, restart it"), read, negated) is None
    got = preamble(normalize("she said cache crashed; restart it"), read, negated)  # set off by ";": the request
    assert isinstance(got, m.Restart) and got.targets == ("cache",)


def test_a_tool_reports_then_a_read():
    got = reported_by(normalize("dashboard says cache is slow, show logs"), read)
    assert isinstance(got, m.Logs) and got.target == "cache"
    assert reported_by(normalize("sentry says web is throwing errors, restart it"), read) is None  # a write: never
    assert reported_by(normalize("grafana says remove web"), read) is None  # an order relayed
