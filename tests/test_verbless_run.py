"""bot/language/verbless_run.py: a run said without its verb, read again with one — only a whole new container with an
option or a word of one more, the image first in English, no predicate in Korean; marked fresh and verbless."""
from __future__ import annotations

from bot import model as m
from bot.language.parse import negated, parse
from bot.language.verbless_run import verbless_run


def _read(said: str) -> m.Command | m.NotUnderstood:
    return parse(said, detail=False)


def test_an_option_said_reads_a_run_marked_verbless():
    res = verbless_run("httpd with restart always", "en", _read, negated)
    assert isinstance(res, m.RunContainer) and res.image == "httpd" and res.restart == "always"
    assert res.fresh and res.verbless


def test_a_korean_option_reads_a_run():
    res = verbless_run("busybox 컨테이너 하나 box9라는 이름으로", "ko", _read, negated)
    assert isinstance(res, m.RunContainer) and res.image == "busybox" and res.name == "box9" and res.verbless


def test_a_word_of_one_more_alone_is_no_run():
    assert verbless_run("busybox 하나", "ko", _read, negated) is None


def test_english_needs_a_word_joining_the_image_to_its_option():
    assert verbless_run("httpd port 8088", "en", _read, negated) is None
    assert isinstance(verbless_run("httpd on port 8088", "en", _read, negated), m.RunContainer)


def test_the_image_alone_is_no_run():
    assert verbless_run("busybox", "en", _read, negated) is None


def test_english_must_begin_with_the_image():
    assert verbless_run("is web on port 80", "en", _read, negated) is None


def test_a_korean_predicate_is_no_run():
    assert verbless_run("busybox 하나 있어", "ko", _read, negated) is None


def test_a_question_mark_or_a_negation_is_no_run():
    assert verbless_run("httpd with restart always?", "en", _read, negated) is None
    assert verbless_run("never httpd with restart always", "en", _read, negated) is None


def test_a_command_in_the_reading_is_no_run():
    assert verbless_run("alpine with TZ=UTC echo hi", "en", _read, negated) is None


def test_another_language_is_no_run():
    assert verbless_run("httpd with restart always", "cli", _read, negated) is None


def test_a_port_opened_with_an_image_reads_its_run():
    from bot.language.verbless_run import opened_run

    res = opened_run("로컬호스트 8130에만 nginx 열어줘", "ko", _read, negated)
    assert isinstance(res, m.RunContainer) and res.image == "nginx" and res.ports and res.verbless and res.fresh
    assert opened_run("nginx 열어줘", "ko", _read, negated) is None  # no port: no run
    assert opened_run("nginx 8130에 열어줘?", "ko", _read, negated) is None  # asked
