"""Properties of the kinds broken by branch `break8` (issue 8: never a wrong action; hypothesis, derandomized).

  * a correction never yields the corrected-away write: "VERB A no wait B", "A VERB 아니 B", "VERB A, i meant B",
    "A VERB 아 아니 B" never touch A (two corrections in a row: only the last name may be touched);
  * an alternative asked ("VERB A? B?", "A VERB? 아님 B?", "VERB A? or B?") plans no write at all;
  * a docker flag typed after a word of a new container's command is never the run's option: the new container is never
    named by the `--name` said there, and the command keeps every word;
  * a Korean state asked then 그럼/그러면 before a request plans no write;
  * Korean "A 말고 VERB" with nothing else plans no write on the other containers.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer, is_write

SETTINGS = settings(max_examples=50, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "my-nginx", "my-volume", "data"]
KO_VERBS = ["재시작", "꺼", "지워", "멈춰", "재시작해줘", "지워주세요", "죽여"]
EN_VERBS = ["restart", "stop", "remove", "kill", "pause"]
EN_CORRECT = ["{v} {a} no wait {b}", "{v} {a}, i meant {b}", "{v} {a}, sorry, {b}", "{v} {a} — no, {b}",
              "{v} {a} no wait {c} no wait {b}"]
KO_CORRECT = ["{a} {v} 아니 {b}", "{a} {v} 아 아니 {b}", "{a} 아니 {b} {v}", "{a} {v} 아니 {c} 아니 {b}",
              "{a} 말고 {b} {v}"]
ALTERNATIVE = ["{ve} {a}? {b}?", "{a} {vk}? 아님 {b}?", "{ve} {a}? or {b}?", "{a} {vk}? 아니면 {b}?",
               "{a} {vk}? 혹은 {b} {vk}?", "{ve} {a}? or {ve} {b}?"]
IMAGES = ["alpine", "busybox", "ubuntu:focal"]
PROGRAMS = ["echo hello", "sleep 5", "printf x", "echo hi there"]
FLAG_AFTER = ["run {i} {p} --name {n}", "{i}에서 {p} --name {n} 실행", "run {i} {p} --volumes-from {n}"]
KO_STATES = ["살아있어?", "돌아가?", "꺼져 있어?", "멈춰 있어?", "켜져 있나요?"]
KO_THEN = ["그럼", "그러면", "그렇다면"]


def _touches(cli: tuple[str, ...], name: str) -> bool:
    return any(name in c.split()[1:] for c in cli)


@st.composite
def names(draw, n: int = 3):
    picked = draw(st.permutations(CONTAINERS))
    return picked[:n]


@given(names(3), st.sampled_from(EN_VERBS), st.sampled_from(EN_CORRECT))
@SETTINGS
@example(["web", "cache", "db"], "stop", "{v} {a} no wait {c} no wait {b}")
def test_an_english_correction_never_writes_the_name_taken_back(abc, verb, form):
    a, b, c = abc
    ans = answer(form.format(v=verb, a=a, b=b, c=c))
    assert not _touches(ans.cli, a) and not _touches(ans.proposal, a), ans
    assert not _touches(ans.cli, c) and not _touches(ans.proposal, c), ans


@given(names(3), st.sampled_from(KO_VERBS), st.sampled_from(KO_CORRECT))
@SETTINGS
@example(["web", "cache", "db"], "재시작", "{a} {v} 아니 {c} 아니 {b}")
def test_a_korean_correction_never_writes_the_name_taken_back(abc, verb, form):
    a, b, c = abc
    ans = answer(form.format(v=verb, a=a, b=b, c=c))
    assert not _touches(ans.cli, a) and not _touches(ans.proposal, a), ans
    assert not _touches(ans.cli, c) and not _touches(ans.proposal, c), ans


@given(names(2), st.sampled_from(EN_VERBS), st.sampled_from(KO_VERBS), st.sampled_from(ALTERNATIVE))
@SETTINGS
@example(["web", "cache"], "remove", "지움", "{ve} {a}? {b}?")
def test_an_alternative_asked_writes_nothing(ab, ve, vk, form):
    a, b = ab
    ans = answer(form.format(ve=ve, vk=vk, a=a, b=b))
    assert not ans.cli or not is_write(list(ans.cli)), ans


@given(st.sampled_from(IMAGES), st.sampled_from(PROGRAMS), st.sampled_from(CONTAINERS + ["t9", "edge7"]),
       st.sampled_from(FLAG_AFTER))
@SETTINGS
@example("busybox", "sleep 5", "cache", "run {i} {p} --name {n}")
def test_a_flag_after_the_command_is_never_the_runs(image, program, name, form):
    ans = answer(form.format(i=image, p=program, n=name))
    for c in list(ans.cli) + list(ans.proposal):
        if c.startswith("docker run"):
            head, _, tail = c.partition(f" {image} ")
            assert name not in head.split(), c  # never the run's option
            assert tail.split()[-1] == name, c  # the command keeps it


@given(st.sampled_from(CONTAINERS + ["db"]), st.sampled_from(KO_STATES), st.sampled_from(KO_THEN),
       st.sampled_from(KO_VERBS))
@SETTINGS
@example("web", "살아있어?", "그럼", "재시작")
def test_a_state_asked_then_a_request_writes_nothing(name, state, then, verb):
    ans = answer(f"{name} {state} {then} {verb}")
    assert not ans.cli or not is_write(list(ans.cli)), ans


@given(st.sampled_from(CONTAINERS), st.sampled_from(KO_VERBS))
@SETTINGS
@example("web", "재시작해")
def test_not_x_alone_writes_no_other_container(name, verb):
    ans = answer(f"{name} 말고 {verb}")
    others = [c for c in CONTAINERS if c != name]
    assert not any(_touches(ans.cli, o) for o in others), ans
    assert not any("$(docker ps -q)" in c for c in ans.cli), ans
