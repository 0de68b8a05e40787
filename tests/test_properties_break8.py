"""Properties of the kinds broken by branch `break8` (issue 8: never a wrong action; hypothesis).

tests/data/wordings_break2.yaml found three kinds of wrong write; each is held here over generated
sentences, not only the rows:

  * an English exclusion that names no container ("stop all except them", "restart everything but
    everything", "… except the running ones", "… except volumes") never yields a write: before, the
    exclusion was dropped and every container was acted on (or the kind left out was the one pruned);
  * a prune that says no kind ("prune", "clean up everything", "다 정리해줘", "싹 다 비워") never yields
    a write: before, it pruned the stopped containers;
  * a prune that leaves a kind out ("prune everything but networks", "볼륨 빼고 다 정리") never prunes
    that kind;
  * a write taken back at the end ("…, actually never mind", "… 아 취소") never yields a write, and a
    correction ("stop web, I mean cache") is never offered back as both.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

import os

import yaml
from corpus_check import is_write
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

EN_VERBS = ["stop", "restart", "kill", "pause", "start", "remove", "unpause"]
EN_ALL = ["all", "everything", "all containers", "every container", "all of them"]
EN_EXCEPT = ["except", "but", "excluding", "besides", "other than", "except for"]
EN_UNNAMED = ["them", "it", "everything", "all", "all of them", "the running ones", "the stopped ones",
              "volumes", "the images", "networks", "containers", "the containers"]


@st.composite
def unnamed_exclusion(draw):
    return " ".join([draw(st.sampled_from(EN_VERBS)), draw(st.sampled_from(EN_ALL)),
                     draw(st.sampled_from(EN_EXCEPT)), draw(st.sampled_from(EN_UNNAMED))])


@given(unnamed_exclusion())
@SETTINGS
@example("stop all except them")
@example("restart everything except everything")
@example("stop everything except the ones that are running")
def test_an_exclusion_naming_no_container_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


EN_PRUNE = ["prune", "clean up", "clean out", "purge", "cleanup", "clear out"]
EN_WIDE = ["", "everything", "all", "it all", "all the things", "everything please", "stuff", "the whole thing"]
KO_WIDE = ["", "다", "전부", "싹 다", "모두", "전체", "좀"]
KO_PRUNE = ["정리", "비워", "청소", "정리해줘", "비워줘", "청소 좀 해", "정리 좀 해", "싹 정리해", "정리해 주세요"]


@st.composite
def kindless_prune(draw):
    if draw(st.booleans()):
        return " ".join(w for w in (draw(st.sampled_from(EN_PRUNE)), draw(st.sampled_from(EN_WIDE))) if w)
    return " ".join(w for w in (draw(st.sampled_from(KO_WIDE)), draw(st.sampled_from(KO_PRUNE))) if w)


@given(kindless_prune())
@SETTINGS
@example("clean up everything")
@example("다 정리해줘")
@example("prune all")
def test_a_prune_without_a_kind_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


KINDS = {"volume": (["volumes", "the volumes", "volume"], ["볼륨"]),
         "network": (["networks", "the networks"], ["네트워크"]),
         "image": (["images", "the images"], ["이미지"]),
         "container": (["containers", "the containers"], ["컨테이너"])}


@st.composite
def kind_left_out(draw):
    kind = draw(st.sampled_from(sorted(KINDS)))
    en, ko = KINDS[kind]
    if draw(st.booleans()):
        text = " ".join([draw(st.sampled_from(EN_PRUNE)), draw(st.sampled_from(["everything", "all"])),
                         draw(st.sampled_from(EN_EXCEPT)), draw(st.sampled_from(en))])
    else:
        text = " ".join([draw(st.sampled_from(ko)), draw(st.sampled_from(["빼고", "말고", "제외하고"])),
                         draw(st.sampled_from(["다", "전부", "싹 다"])), draw(st.sampled_from(KO_PRUNE))])
    return kind, text


@given(kind_left_out())
@SETTINGS
@example(("volume", "clean up everything except volumes"))
@example(("network", "prune everything but networks"))
@example(("image", "clean up all except the images"))
def test_a_kind_left_out_is_never_the_one_pruned(case):
    kind, text = case
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


TABLE = os.path.join(os.path.dirname(__file__), "data", "wordings_break2.yaml")
SEEDS = [r["text"] for r in yaml.safe_load(open(TABLE, encoding="utf-8"))
         if r["expect"] != "none" and is_write(r["expect"]) and r.get("kind") in ("typo", "name", "exec-arg")
         # typed `docker exec/run … CMD ARGS`: the words after the command are its arguments, as docker runs them
         and not r["text"].startswith(("docker exec", "docker run"))]
SEEDS += ["restart web", "stop cache", "remove my-nginx", "kill web", "web 재시작해줘", "cache 꺼줘", "my-nginx 지워",
          "docker rm -f cache", "docker restart web"]
EN_TAKE_BACK = [", actually never mind", "... never mind", ". nvm", ", scratch that", " — wait, cancel",
                ". no wait, forget it", ", oh wait no", " — ignore that", " jk", ", cancel that"]
KO_TAKE_BACK = [" 아 아니다", " 아니 잠깐만", " 아 취소", " 아니 됐어", ". 아 아니에요 취소할게요", " 아 취소요", " 아니다 하지 마"]


@st.composite
def taken_back(draw):
    text = draw(st.sampled_from(SEEDS))
    return text + draw(st.sampled_from(EN_TAKE_BACK + KO_TAKE_BACK))


@given(taken_back())
@SETTINGS
@example("restart web, actually never mind")
@example("web 재시작해줘 아 아니다")
def test_a_write_taken_back_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


@given(st.sampled_from(["stop", "restart", "kill", "remove"]), st.sampled_from(["web", "cache", "my-nginx"]),
       st.sampled_from(["web", "cache", "data"]), st.sampled_from([", I mean", ", sorry, I meant", " I mean",
                                                                   ", no, I meant", " — I mean"]))
@SETTINGS
def test_a_correction_is_never_offered_as_both(verb, first, second, mean):
    text = f"{verb} {first}{mean} {second}"
    ans = answer(text)
    both = {first, second}
    for cli in (ans.cli, ans.proposal):
        if cli and is_write(list(cli)) and first != second:
            assert not both <= set(" ".join(cli).split()), f"{text!r} -> {list(cli)}"
