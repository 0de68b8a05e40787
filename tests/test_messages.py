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
