"""Properties of the kinds broken by branch `break4` (issue 8: never a wrong action; hypothesis).

Strategies over the verbs of a container write, in Korean (a verb lemma said with an ending of mood) and English:

  * a Korean tail typed after a docker command line that asks whether, tells something done, relays someone
    else's words, negates or asks a permission never runs the command ("docker rm web 해볼까" did);
  * a request said with an ending of hearsay (-라는데, -달라는데, -ㄴ다네, -래서), of supposition (-ㄴ다면), or the
    chat nominal -ㅁ that tells (재시작함, 끔) never yields a write, nor offers one;
  * a request closed by a tag question ("ok?", -ㄹ게?) is never run: asked back with the same write, or refused;
  * an emoji of doubt or of something done anywhere in a request never yields a write;
  * neutral adverbs of the closed set and spacing inside the Korean request change nothing; an ending of politeness
    or an auxiliary of aspect changes nothing (the write said stays the write planned).

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from corpus_check import is_write
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "my-nginx", "my-volume", "data"]
# (a verbal noun or a verb stem as said before an ending, the docker command it means)
KO_VERBS = [("재시작", "하", "restart"), ("중지", "하", "stop"), ("삭제", "하", "rm"), ("", "지우", "rm"),
            ("", "멈추", "stop"), ("", "죽이", "kill"), ("일시정지", "하", "pause")]
CLI = ["docker restart {n}", "docker stop {n}", "docker rm {n}", "docker rm -f {n}", "docker kill {n}",
       "docker pause {n}", "restart {n}", "stop {n}"]
TAIL_NOT_ASKED = ["해볼까", "할까요", "실행할까", "돌려볼까", "쳐볼까", "부탁할까", "해봤어", "해줬어", "실행했어",
                  "돌렸어요", "실행하래", "하라는데", "실행하라던데", "하지 마", "실행하지 마", "안 해", "해도 돼?"]


def _first(noun: str, stem: str) -> str:
    """The verb said whole, for a template: 재시작하 / 지우."""
    return noun + stem


@st.composite
def cli_with_tail(draw):
    name = draw(st.sampled_from(CONTAINERS))
    return draw(st.sampled_from(CLI)).format(n=name) + " " + draw(st.sampled_from(TAIL_NOT_ASKED))


@given(cli_with_tail())
@SETTINGS
@example("docker rm web 해볼까")
@example("docker stop web 실행했어")
@example("docker restart cache 실행하래")
def test_a_korean_tail_that_asks_nothing_never_runs_the_command(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


# endings glued to a verb stem (지우 + ending) or a verbal noun's 하 (재시작하 + ending); forms as Korean spells them
_HEARSAY = {"하": ["라는데", "라는데요", "라는", "래서", "라길래", "ㄴ다네", "ㄴ다는데"],
            "지우": ["라는데", "라는데요", "라는", "래서", "라길래", "ㄴ다네", "ㄴ다는데"],
            "멈추": ["라는데", "래서", "ㄴ다네", "ㄴ다는데"], "죽이": ["라는데", "래서", "ㄴ다네"]}
_SUPPOSE = ["ㄴ다면", "ㄴ다면?", "ㄴ다면 어떻게 돼"]
_TOLD = ["ㅁ"]


def _glue(stem: str, ending: str) -> str:
    """A stem with an ending that may begin with a bare final consonant (ㄴ, ㄹ, ㅁ), composed into the last syllable."""
    if ending[0] in "ㄴㄹㅁ":
        last = stem[-1]
        code = ord(last) - 0xAC00
        final = {"ㄴ": 4, "ㄹ": 8, "ㅁ": 16}[ending[0]]
        return stem[:-1] + chr(0xAC00 + code - code % 28 + final) + ending[1:]
    return stem + ending


@st.composite
def said_with(draw, kind):
    name = draw(st.sampled_from(CONTAINERS))
    noun, stem, _ = draw(st.sampled_from(KO_VERBS))
    if kind == "hearsay":
        ending = draw(st.sampled_from(_HEARSAY.get(stem, _HEARSAY["하"])))
    elif kind == "suppose":
        ending = draw(st.sampled_from(_SUPPOSE))
    else:
        ending = draw(st.sampled_from(_TOLD))
    aux = draw(st.sampled_from(["", "해 둬" if kind == "told" else ""]))
    verb = _glue(noun + stem, ending) if not aux else _glue(noun + "해 두", ending)
    adverb = draw(st.sampled_from(["", "좀 ", "일단 ", "빨리 "]))
    return f"{name} {adverb}{verb}"


@given(st.one_of(said_with("hearsay"), said_with("suppose"), said_with("told")))
@SETTINGS
@example("web 재시작하라는데요")
@example("cache 꺼달라는데")
@example("web 지운다면?")
@example("web 재시작함")
@example("cache 끔")
def test_hearsay_supposition_or_a_statement_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


EN_REQ = ["restart {n}", "stop {n}", "remove {n}", "kill {n}", "pause {n}", "please restart {n}"]
TAGS_EN = [" ok?", ", ok?", " okay?", ", alright?", " yeah?", " right?", ", yes?"]
KO_ASK = ["{n} {v}ㄹ게?", "{n} {v}ㄴ다?", "{n} {v}ㄹ게요?"]


@st.composite
def tag_question(draw):
    name = draw(st.sampled_from(CONTAINERS))
    if draw(st.booleans()):
        return draw(st.sampled_from(EN_REQ)).format(n=name) + draw(st.sampled_from(TAGS_EN))
    noun, stem, _ = draw(st.sampled_from(KO_VERBS))
    form = draw(st.sampled_from(KO_ASK))
    end = form.split("{v}")[1]
    return name + " " + _glue(noun + stem, end)


@given(tag_question())
@SETTINGS
@example("restart web ok?")
@example("web 지울게?")
def test_a_tag_question_is_never_run(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


DOUBT_OR_DONE = ["🤔", "🧐", "❓", "❔", "✅", "✔️", "☑️", ":thinking_face:", ":question:", ":white_check_mark:",
                 ":heavy_check_mark:"]
REQUESTS = ["{n} 재시작", "{n} 재시작해줘", "{n} 꺼", "{n} 지워 줘", "restart {n}", "stop {n}", "remove {n} please",
            "kill {n}"]


@st.composite
def with_doubt(draw):
    name = draw(st.sampled_from(CONTAINERS))
    words = draw(st.sampled_from(REQUESTS)).format(n=name).split()
    at = draw(st.integers(0, len(words)))
    return " ".join(words[:at] + [draw(st.sampled_from(DOUBT_OR_DONE))] + words[at:])


@given(with_doubt())
@SETTINGS
@example("web 삭제 🤔")
@example("web 재시작 ✅")
def test_an_emoji_of_doubt_or_of_something_done_never_yields_a_write(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


# neutral adverbs of the closed set, politeness endings and auxiliaries: the write said is the write planned
ADVERBS = ["", "좀", "빨리", "얼른", "일단", "바로", "제발", "한번"]
POLITE = ["해줘", "해 줘", "해주세요", "해 주세요", "해주삼", "해 놔", "해봐", "해 주실래요?", "해주시죠"]
KO_NOUNS = [("재시작", "restart"), ("중지", "stop"), ("삭제", "rm"), ("일시정지", "pause")]


@st.composite
def polite_request(draw):
    name = draw(st.sampled_from(CONTAINERS))
    noun, verb = draw(st.sampled_from(KO_NOUNS))
    adverb = draw(st.sampled_from(ADVERBS))
    glue = draw(st.sampled_from(["", " "]))  # chat spacing: 재시작해줘 / 재시작 해줘
    text = " ".join(w for w in (name, adverb, noun + glue + draw(st.sampled_from(POLITE))) if w)
    return text, f"docker {verb} {name}"


@given(polite_request())
@SETTINGS
@example(("web 좀 재시작 해 주실래요?", "docker restart web"))
def test_neutral_adverbs_spacing_and_politeness_change_nothing(case):
    text, want = case
    assert list(answer(text).cli) == [want], text
