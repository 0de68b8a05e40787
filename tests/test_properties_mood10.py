"""Property of the mood kind (issue 8, mood10; hypothesis): a question ending on a write verb never plans that
write outright — a yes/no question on the verb ("db 켜?"), a necessity ("db 켜야 돼?"), a permission ("web 꺼도
돼?"), a deliberation ("web 지울까?", "web 지워야 하나?"), in Korean at any politeness, and "should / shall / could /
may I/we …?", "do I have to …?", "is it ok to …?" in English. The write may be proposed (yes/no, bound to the
asker), never planned. Through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from corpus_check import is_write
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "db", "my-nginx", "data"]
# (the -어 form, the stem, the -ㄹ까 form) of a write verb, and its docker verb
KO_VERBS = [("켜", "켜", "켤까", "start"), ("꺼", "끄", "끌까", "stop"), ("지워", "지우", "지울까", "rm"),
            ("재시작해", "재시작하", "재시작할까", "restart"), ("멈춰", "멈추", "멈출까", "stop"),
            ("죽여", "죽이", "죽일까", "kill"), ("삭제해", "삭제하", "삭제할까", "rm"), ("살려", "살리", "살릴까", "start"),
            ("내려", "내리", "내릴까", "stop"), ("일시정지해", "일시정지하", "일시정지할까", "pause")]
AFTER_EO = ["?", "요?", "야 돼?", "야 해?", "야 돼요?", "야 하나?", "야 할까?", "야 되나요?", "야 되지?", "도 돼?",
            "도 되나요?", "도 될까요?", "도 괜찮아?"]
AFTER_STEM = ["나?", "니?", "냐?", "나요?"]
AFTER_KKA = ["?", "요?", ""]
KO_NOISE = ["", "혹시 ", "지금 ", "그럼 "]


@st.composite
def asked_ko(draw):
    eo, stem, kka, _ = draw(st.sampled_from(KO_VERBS))
    form = draw(st.sampled_from([eo + a for a in AFTER_EO] + [stem + a for a in AFTER_STEM]
                                + [kka + a for a in AFTER_KKA]))
    return f"{draw(st.sampled_from(KO_NOISE))}{draw(st.sampled_from(CONTAINERS))} {form}"


EN_ASK = ["should I", "should we", "shall I", "shall we", "could we", "may I", "can I", "do I have to", "do we need to",
          "do I need to", "is it ok to", "is it safe to", "must I"]
EN_VERBS = [("restart", "restart"), ("stop", "stop"), ("remove", "rm"), ("kill", "kill"), ("start", "start"),
            ("pause", "pause"), ("delete", "rm")]


@st.composite
def asked_en(draw):
    verb = draw(st.sampled_from(EN_VERBS))[0]
    end = draw(st.sampled_from(["?", "??", " now?", " lol?"]))
    return f"{draw(st.sampled_from(EN_ASK))} {verb} {draw(st.sampled_from(CONTAINERS))}{end}"


def _never_planned(text: str) -> None:
    """Nothing planned outright; what is proposed, if anything, is said of the container said."""
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)} outright"
    name = next(w.rstrip("?") for w in text.split() if w.rstrip("?") in CONTAINERS)
    if ans.proposal:
        assert is_write(list(ans.proposal)) and all(name in c.split() for c in ans.proposal), (
            f"{text!r} proposed {list(ans.proposal)}")


@given(asked_ko())
@SETTINGS
@example("db 켜?")
@example("db 켜야 돼?")
@example("web 지우니?")
@example("web 꺼야 되지?")
@example("cache 꺼요?")
def test_a_korean_question_on_a_write_verb_never_plans_it(text):
    _never_planned(text)


@given(asked_en())
@SETTINGS
@example("shall I restart web?")
@example("do we need to kill cache?")
def test_an_english_question_on_a_write_verb_never_plans_it(text):
    _never_planned(text)
