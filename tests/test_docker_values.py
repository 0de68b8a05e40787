"""bot/language/docker_values.py: image references split as docker-py splits them (the SDK is the reference)."""
from __future__ import annotations

import pytest
from docker.utils import parse_repository_tag
from hypothesis import given
from hypothesis import strategies as st

from bot.language.docker_values import ValueRejected, new_reference, split_image_ref

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


# the new name of `docker tag` (distribution/reference, as docker refuses it before the engine sees it)
@pytest.mark.parametrize("ref", ["nginx:prod", "nginx", "team/app:1", "127.0.0.1:5000/team/app:v1.2_rc-3",
                                 "localhost:5000/a", "registry.example.com:443/x/y:2024.01", "nginx:PROD",
                                 "my-app__x/b.c:1"])
def test_a_new_reference_docker_accepts(ref):
    assert new_reference(ref) == ref


@pytest.mark.parametrize("ref, key", [("MyApp:1", "cli.bad_reference"), ("nginx:-x", "cli.bad_reference"),
                                      ("nginx:" + "a" * 129, "cli.bad_reference"), ("team//app", "cli.bad_reference"),
                                      ("-app", "cli.bad_reference"), ("nginx@sha256:" + "a" * 64, "cli.tag_digest")])
def test_a_new_reference_docker_refuses(ref, key):
    with pytest.raises(ValueRejected) as e:
        new_reference(ref)
    assert e.value.key == key
