"""bot/messages/: the catalog; every key in both languages (with the same placeholders), per catalog
module, and the keys the pipeline uses exist."""
from __future__ import annotations

import re
import string

from bot.messages import CATALOG

# --------------------------------------------------------------------------- slack


def test_every_slack_message_has_both_languages_with_the_same_placeholders():
    from bot.messages.slack import MESSAGES

    def fields(s):
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for key, (ko, en) in MESSAGES.items():
        assert key.startswith("slack.") and ko and en and ko != en, key
        assert fields(ko) == fields(en), key


# --------------------------------------------------------------------------- swarm


def test_every_swarm_message_has_both_languages() -> None:
    from bot.messages import swarm

    for key, (ko, en) in swarm.MESSAGES.items():
        assert ko and en and ko != en, key


# --------------------------------------------------------------------------- docker_cli


def test_every_cli_message_has_both_languages():
    from bot.messages import docker_cli

    for key, (ko, en) in docker_cli.MESSAGES.items():
        assert ko.strip() and en.strip(), key


# --------------------------------------------------------------------------- the pipeline's keys


def test_every_message_key_used_by_the_pipeline_exists():
    for key in ("confirm.unknown", "confirm.foreign", "confirm.expired", "confirm.cancelled", "confirm.destructive",
                "engine.unreachable", "policy.error"):
        ko, en = CATALOG[key]
        assert ko != en and re.search("[가-힣]", ko), key


# --------------------------------------------------------------------------- a backtick shown in backticks
# "restart web`" answered "``` is a shell metacharacter": the value's backtick closed the code span
# and three in a row open a code block in Slack and Markdown. bot.messages.text renders it readably.


def test_a_lone_backtick_is_named_in_words():
    from bot.messages import t

    assert t("parse.shell_meta", "en", char="`").startswith("The backtick is a shell metacharacter")
    assert "백틱 기호" in t("parse.shell_meta", "ko", char="`")
    assert t("parse.shell_meta", "en", char=";").startswith("`;` is a shell metacharacter")  # others unchanged


def test_a_backtick_inside_a_longer_value_gets_a_double_backtick_span():
    from bot.messages import t

    said = t("parse.invalid_name", "en", name="we`b")
    assert said == "`` we`b `` is not a valid name."


def test_no_message_opens_a_code_block_whatever_value_it_shows():
    from bot.messages import text
    from bot.model import Msg

    def fields(s):
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for key, (ko, en) in CATALOG.items():
        for lang, template in (("ko", ko), ("en", en)):
            names = fields(template)
            if not any(f"`{{{n}}}`" in template for n in names) or "```" in template:
                continue
            for value in ("`", "we`b", "``"):  # in a template's code spans; other fields plain
                said = text(Msg.of(key, **{n: value if f"{{{n}}}" in "".join(re.findall(r"`[^`]*`", template))
                                           else "x" for n in names}), lang)
                assert "```" not in said, (key, lang, value, said)


def test_the_pipeline_says_it_readably():
    from bot.engine.view import NullView
    from bot.model import Actor, Request
    from bot.pipeline import Gorae

    g = Gorae()
    g.view = lambda engine=None: NullView("")  # type: ignore[method-assign]
    reply = g.handle(Request("restart web`", Actor("local:t", local=True), "terminal", source="cli"))
    assert reply.status != "done" and "```" not in reply.headline
    assert reply.headline.startswith("The backtick is a shell metacharacter"), reply.headline
