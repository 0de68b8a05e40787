"""(en24a) An image's layers asked by its name alone, no "image" said ("layers of redis", "alpine 레이어 보여줘"): docker
history of that image when the engine has the image and no container has that name — a history is an image's, and a
container's would be a guess (its logs? its details?), so a container's name is asked back (`plan.history_of_container`),
never read. Read through normalize -> parse -> plan against the fake corpus world (tests/fakes.py). `None`: nothing may run.
"""
from __future__ import annotations

import pytest
from fakes import FakeView
from test_parse_blind6 import check

from bot.engine.plan import plan
from bot.model import History, Plan, Unresolved

BARE_LAYERS = [
    ("history of busybox", ["docker history busybox"]),
    ("show me the layers of httpd", ["docker history httpd"]),
    ("postgres:16 layers", ["docker history postgres:16"]),
    ("what are the layers of alpine?", ["docker history alpine"]),
    ("ubuntu:focal 히스토리 보여줘", ["docker history ubuntu:focal"]),
    ("alpine 레이어 좀 보여줄래?", ["docker history alpine"]),
    ("busybox 레이어", ["docker history busybox"]),
    ("mysql:5.7 히스토리 확인", ["docker history mysql:5.7"]),
]

NEAR_MISSES: list[tuple[str, list[str] | None]] = [
    # a container's name: its history is no docker object — asked which image, never guessed
    ("history of data", None),
    ("cache 레이어 보여줘", None),
    ("my-volume 히스토리", None),
    # neither an image nor a container: no such image
    ("layers of nothing-here", None),
    # a write said of the layers is no docker object (hist17): never widened to the image
    ("delete the layers of alpine", None),
    ("busybox 히스토리 지워줘", None),
    # said of the past, or refused: no order
    ("alpine 레이어 지웠어", None),
    ("busybox 히스토리 보여주지 마", None),
    # two names: one history each is not what docker history takes
    ("layers of alpine and busybox", None),
]


@pytest.mark.parametrize("text,want", BARE_LAYERS + NEAR_MISSES)
def test_bare_image_layers(text: str, want: list[str] | None) -> None:
    check(text, want)


def test_a_bare_name_of_a_container_is_asked_even_when_an_image_has_that_name() -> None:
    view = FakeView(containers=(("alpine", "alpine", "running"),))
    res = plan(History("alpine", lang="en", bare=True), view)
    assert isinstance(res, Unresolved) and res.reason.key == "plan.history_of_container"
    said = plan(History("alpine", lang="en"), view)  # "the alpine image": the image, as said
    assert isinstance(said, Plan) and said.cli == ("docker history alpine",) and not said.writes
