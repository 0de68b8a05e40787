"""bot/language/docker_values.py: image references split as docker-py splits them (the SDK is the reference)."""
from __future__ import annotations

import pytest
from docker.utils import parse_repository_tag
from hypothesis import given
from hypothesis import strategies as st

from bot.language.docker_values import split_image_ref

REFS = ["nginx", "nginx:1.25", "127.0.0.1:5000/x", "127.0.0.1:5000/x:1", "alpine@sha256:" + "ab" * 32,
        "a/b/c:v", "localhost:5000/a@sha256:00", "x:", "x@", "registry.example.com:443/team/app:2024.01"]


def sdk(ref: str, tag: str | None = None) -> tuple[str, str]:
    repo, parsed = parse_repository_tag(ref)
    return repo, tag or parsed or "latest"


@pytest.mark.parametrize("ref", REFS)
def test_split_image_ref_is_the_sdks_split(ref):
    assert split_image_ref(ref) == sdk(ref)


def test_a_tag_given_separately_wins():
    assert split_image_ref("nginx:1.25", "2") == ("nginx", "2") == sdk("nginx:1.25", "2")


@given(st.text(alphabet="ab1:/@.-_", max_size=24))
def test_split_image_ref_matches_the_sdk_on_any_text(ref):
    assert split_image_ref(ref) == sdk(ref)
