"""Properties of the kinds broken by branch `break9` (issue 8: never a wrong action; hypothesis).

  * a Korean write verb said in progress (-고 있다 / -고 계시다, any ending, asked or told) never yields a
    write nor offers one: "nginx 이미지 받고 있어?" pulled nginx (tests/test_parse_break9.py);
  * a memory limit said in words on a run of an existing container never yields a write: it was dropped
    into `docker start`;
  * a pull or push said in words of a container's name (no such image) never yields a write.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from corpus_check import is_write
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "db", "my-nginx", "data"]
KO_WRITES = ["재시작하", "지우", "삭제하", "멈추", "꺼 주", "켜", "죽이", "일시정지하", "중지하", "재기동하", "살리"]
KO_PULL = [("nginx 이미지", "받"), ("redis", "땡기"), ("alpine", "내려받"), ("busybox 이미지", "다운받")]
KO_ENDINGS = ["고 있어?", "고 있어", "고 있냐", "고 있니", "고 있음?", "고 있나요?", "고 있지?", "고 있는 거야?",
              "고 있는 거지?", "고 계신가요?", "고 있었어?", "고 있는 중이야?"]
KO_NOISE = ["", "지금 ", "혹시 ", "아직 ", "벌써 "]


def _glue(stem: str, ending: str) -> str:
    return stem + ending  # "재시작하" + "고 있어?": the verb with its ending, as typed


@st.composite
def progressive(draw):
    noise = draw(st.sampled_from(KO_NOISE))
    if draw(st.booleans()):
        name, stem = draw(st.sampled_from(CONTAINERS)), draw(st.sampled_from(KO_WRITES))
    else:
        name, stem = draw(st.sampled_from(KO_PULL))
    return f"{noise}{name} {_glue(stem, draw(st.sampled_from(KO_ENDINGS)))}"


EN_ING = ["restarting", "stopping", "removing", "pausing", "being removed", "getting restarted", "dying"]
EN_AFTER = ["", "?", " right now?", " again?", " now"]


@st.composite
def progressive_en(draw):
    names = draw(st.lists(st.sampled_from(CONTAINERS), min_size=1, max_size=2, unique=True))
    subject = " and ".join(names)
    if draw(st.booleans()):
        subject = f"the {subject} container{'s' if len(names) > 1 else ''}"
    return f"{subject} {draw(st.sampled_from(EN_ING))}{draw(st.sampled_from(EN_AFTER))}"


@given(progressive_en())
@SETTINGS
@example("web restarting?")
@example("web and cache restarting?")
def test_a_name_said_doing_a_write_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


@given(progressive())
@SETTINGS
@example("nginx 이미지 받고 있어?")
@example("web 재시작하고 있어?")
@example("지금 db 지우고 있냐")
def test_a_write_said_in_progress_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


MEM_KO = ["메모리 {size}로", "메모리 {size} 제한해서", "램 {size}로", "메모리 {size} 한도로", "띄울 때 메모리 {size}"]
RUN_KO = ["띄워", "올려", "실행", "올려줘", "실행해", "띄워 줘"]
SIZES = ["64m", "128m", "256m", "512m", "1g"]


@st.composite
def memory_on_a_container(draw):
    size = draw(st.sampled_from(SIZES))
    name = draw(st.sampled_from(CONTAINERS))
    if draw(st.booleans()):
        return f"{name} {draw(st.sampled_from(MEM_KO)).format(size=size)} {draw(st.sampled_from(RUN_KO))}"
    return f"{draw(st.sampled_from(['run', 'launch', 'start']))} {name} with memory limit {size}"


@given(memory_on_a_container())
@SETTINGS
@example("cache 메모리 1g로 올려")
@example("run web with memory limit 128m")
def test_a_memory_limit_on_a_container_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


@st.composite
def pull_push_of_a_container(draw):
    name = draw(st.sampled_from(CONTAINERS))
    return draw(st.sampled_from([f"{name} 이미지 받아", f"{name} 이미지 땡겨줘", f"pull {name}", f"pull {name}'s image",
                                 f"push {name}", f"{name} 밀어", f"{name} 밀어버려", f"{name} 레지스트리에 올려",
                                 f"{name} 이미지 pull 해줘", f"push {name} to the registry"]))


@given(pull_push_of_a_container())
@SETTINGS
@example("web 이미지 받아")
@example("web 밀어버려")
def test_a_pull_or_push_of_a_container_name_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
