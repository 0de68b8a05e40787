"""(lead32) bot/language/pulled_apart.py: the images of an English pull are the names said with its verb; a word said
apart from it ("my boss says pull httpd", "At your earliest convenience, …") is never one more image."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

OFFERED = [
    ("my boss says pull httpd", ["docker pull httpd"]),
    ("pull redis asap dear", ["docker pull redis"]),  # (safe33en) a chat word after the image
    ("boss said to pull alpine", ["docker pull alpine"]),
]


@pytest.mark.parametrize(("text", "offered"), OFFERED)
def test_words_said_apart_are_no_images(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, (text, a)


READ = [
    ("pull nginx redis alpine", ["docker pull nginx", "docker pull redis", "docker pull alpine"]),
    ("pull nginx, redis and the alpine image", ["docker pull nginx", "docker pull redis", "docker pull alpine"]),
    ("pull nginx:1.25 and redis:7", ["docker pull nginx:1.25", "docker pull redis:7"]),
    ("download nginx and busybox pls", ["docker pull nginx", "docker pull busybox"]),
    # a courtesy said around it (fresh21 formal) and a tag dictated (fresh21 voice)
    ("At your earliest convenience, please pull the latest httpd image.", ["docker pull httpd"]),
    ("kindly pull httpd at your earliest convenience", ["docker pull httpd"]),
    ("pull ubuntu colon focal", ["docker pull ubuntu:focal"]),
    # (safe33en) the one asked, called after the images: a vocative, the pull as meant
    ("pull redis asap boss", ["docker pull redis"]),
    ("pull nginx colon latest", ["docker pull nginx:latest"]),
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_a_list_said_with_the_verb(text, cli):
    assert list(answer(text).cli) == cli
