"""bot/front/slack/app.py, its small parts alone: the placeholder's language, the wording it uses,
bolt's start-up warning (dedup, identity and the worker: test_dedup.py, test_slack_identity.py,
test_slack_worker.py)."""
from __future__ import annotations

import pytest

from bot.front.slack.app import guess_lang

# --------------------------------------------------------------------------- the placeholder


@pytest.mark.parametrize("text, lang", [
    ("web 재시작", "ko"), ("<@U1> restart web", "en"), ("docker ps", "en"), ("ㅎㅇ", "ko"), ("", "en"),
])
def test_placeholder_language(text, lang):
    assert guess_lang(text) == lang


# --------------------------------------------------------------------------- wording


def test_every_key_the_slack_layer_uses_exists():
    import pathlib
    import re

    from bot.messages import CATALOG

    root = pathlib.Path(__file__).resolve().parent.parent
    src = "".join(p.read_text() for p in (root / "bot" / "front" / "slack").glob("*.py"))
    used = set(re.findall(r'"(slack\.[a-z_.]+)"', src))
    assert used and used <= set(CATALOG), used - set(CATALOG)


def test_bolt_start_up_warning_about_the_token_is_dropped(caplog):
    """bolt warns that SLACK_BOT_TOKEN "will be unused" whenever a client is given; gorae gives
    the client that very token, so the warning is noise at every start (issue 14)."""
    import logging

    from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

    from bot.front.slack.app import _TokenFromClient

    f = _TokenFromClient()
    rec = logging.LogRecord("gorae.bolt", logging.WARNING, __file__, 1,
                            warning_client_prioritized_and_token_skipped(), None, None)
    other = logging.LogRecord("gorae.bolt", logging.WARNING, __file__, 1, "something else", None, None)
    assert f.filter(rec) is False and f.filter(other) is True
