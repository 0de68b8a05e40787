"""Negations, called-off requests and brackets typed in chat (issue 8, the README newcomer pass).

Kinds, each with the input found and other wordings of the same kind:
  1. a negation before the verb (안, 못) or any other negated form is read as a negation: nothing runs,
     and a negated sentence is never offered a write — no suggestion, no proposal (property below);
  2. a calling off in brackets, before or after, with chat noise ("(농담)", "(jk)", "[장난 ㅋㅋ]"): nothing runs;
  3. brackets in chat do not break the reading of the rest ("web 지워 (농담)" read 지워 as a proper noun);
  4. an English word of a phrase before a Korean verb that is a prefix of container names ("my 재시작")
     asks which one, as "my- 재시작" does.
Run over the fake engine of tests/fakes.py (web, my-nginx, cache, db, my-volume, data).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_readme import explain, one_engine, runs_nothing

from bot.language.parse import READS, parse
from bot.model import NotUnderstood, Plan, Prohibition, Unresolved

PROHIBITED = [
    # 1. a negation before the verb
    "web 안 지워", "web 안 재시작해", "cache 안 꺼", "web 절대 안 지워", "db 못 지워", "web 안 지울래",
    # other negated forms
    "web 재시작 안 할래", "web 지우지 말아줘", "web 못 지우게 해", "web 재시작할 필요 없어", "web 지울 필요가 없어요",
    "don't remove web", "do not restart cache", "never remove web", "no need to restart web",
    "please don't restart web", "do not remove web xyz", "web 재시작 하지 마셈",
    # 2. called off in brackets, after or before, with chat noise
    "web 삭제 (농담)", "web 지워 (농담)", "(농담) web 삭제", "web 삭제 (농담ㅋㅋ)", "web 지워 [장난]",
    "cache 재시작해줘 (장난 😜)", "(장난임) web 지워", "web 지워 (장난임 ㅋㅋ)", "remove web (jk)", "(jk) remove web", "remove web (kidding 😜)", "restart cache [jk]",
]


@pytest.mark.parametrize("said", PROHIBITED)
def test_a_negation_runs_nothing(said: str) -> None:
    ex = explain(one_engine(), said)
    assert isinstance(ex.parsed, Prohibition) and runs_nothing(ex), (ex.parsed, ex.planned)


@pytest.mark.parametrize("said", ["web 안 지워", "web 지우지 마", "web 삭제 (농담)"])
def test_a_negation_is_answered_as_today(said: str) -> None:
    """The answer names the write that was not done, in the asker's language (as "web 지우지 마")."""
    ex = explain(one_engine(), said)
    assert isinstance(ex.parsed, Prohibition) and ex.parsed.understood is not None
    assert type(ex.parsed.understood).__name__ == "Remove" and ex.parsed.understood.targets == ("web",)
    assert ex.parsed.lang == "ko"


@pytest.mark.parametrize("said, cli", [
    # 3. brackets in chat: the rest is read
    ("web 재시작 (급함)", "docker restart web"),
    ("web 재시작 (ㅋㅋ)", "docker restart web"),
    ("[급함] cache 재시작", "docker restart cache"),
    ("web 재시작 (cache 말고)", "docker restart web"),
    ("nginx 실행 (포트 8080)", "docker run -d -p 8080:80 nginx"),
    ("web 로그 (마지막 20줄)", "docker logs --tail 20 web"),
    ("restart web (lol)", "docker restart web"),
    ("restart web (asap)", "docker restart web"),
    # the negation 안 is not the place 안: these are unchanged
    ("web 안에서 ls 실행", "docker exec web ls"),
    ("web 5초 안에 종료", "docker stop -t 5 web"),
])
def test_brackets_do_not_break_the_rest(said: str, cli: str) -> None:
    ex = explain(one_engine(), said)
    assert isinstance(ex.planned, Plan) and ex.planned.cli == (cli,), (ex.parsed, ex.planned)


@pytest.mark.parametrize("said, cli, unread", [
    ("cache 재시작해줘 (확인 부탁)", "docker restart cache", "(확인 부탁)"),
    ("web 재시작 (급한 건 아니고 그냥)", None, None),  # a negation in the aside: never left out
])
def test_a_korean_aside_is_asked_about(said: str, cli: str | None, unread: str | None) -> None:
    ex = explain(one_engine(), said)
    if cli is None:
        assert not isinstance(ex.planned, Plan) and not isinstance(ex.proposed, Plan), (ex.parsed, ex.proposed)
        return
    assert not ex.understood and isinstance(ex.proposed, Plan) and ex.proposed.cli == (cli,), ex.parsed
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.unread == (unread,)


@pytest.mark.parametrize("said", ["web 재시작 (staging)", "restart web (staging)", "web 재시작 (prod-1에서)"])
def test_an_engine_in_brackets_is_still_an_engine(said: str) -> None:
    """"(staging)" names an engine (bot/language/engine_clause.py), here an unknown one: refused."""
    ex = explain(one_engine(), said)
    assert isinstance(ex.planned, Unresolved) and not isinstance(ex.proposed, Plan), ex.planned


def test_an_aside_alone_is_no_request() -> None:
    assert runs_nothing(explain(one_engine(), "(확인 부탁)"))


@pytest.mark.parametrize("said", ["my 재시작", "my 지워", "my 컨테이너 재시작", "my- 재시작"])
def test_a_prefix_of_names_asks_which(said: str) -> None:
    ex = explain(one_engine(), said)
    assert isinstance(ex.planned, Unresolved) and set(ex.planned.choices) == {"my-nginx", "my-volume"}, ex.planned


# --------------------------------------------------------------------------- property

NAMES = ["web", "cache", "db", "my-nginx"]
KO_VERBS = ["지워", "삭제해", "재시작해", "꺼", "멈춰", "죽여", "켜", "재기동해줘", "내려"]
EN_VERBS = ["remove", "restart", "stop", "kill", "start", "delete", "pause"]
KO_NEG = ["{n} 안 {v}", "{n} 못 {v}", "{n} {v} (농담)", "(장난) {n} {v}", "{n} {v} ㄴㄴ", "{n} 절대 안 {v}"]
EN_NEG = ["don't {v} {n}", "do not {v} {n}", "never {v} {n}", "no need to {v} {n}", "{v} {n} (jk)", "{v} {n} jk"]
# a word that is read by nothing, so that the sentence is not understood and gorae suggests or proposes
NOISE = ["", "xyz", "뭐시기", "flibber", "(확인 부탁)"]


@st.composite
def negated(draw: st.DrawFn) -> str:
    n = draw(st.sampled_from(NAMES))
    if draw(st.booleans()):
        said = draw(st.sampled_from(KO_NEG)).format(n=n, v=draw(st.sampled_from(KO_VERBS)))
    else:
        said = draw(st.sampled_from(EN_NEG)).format(n=n, v=draw(st.sampled_from(EN_VERBS)))
    extra = draw(st.sampled_from(NOISE))
    return f"{said} {extra}".strip() if draw(st.booleans()) else f"{extra} {said}".strip()


def _is_write_said(text: str) -> bool:
    cmd = parse(text)
    return not isinstance(cmd, NotUnderstood) and not isinstance(cmd, READS)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(negated())
def test_a_negated_sentence_is_never_offered_a_write(said: str) -> None:
    """Nothing runs, nothing is proposed but a read, and no suggestion ("이런 명령을 알고 있습니다",
    "did you mean") is a write — least of all the one negated."""
    ex = explain(one_engine(), said)
    assert not isinstance(ex.planned, Plan) or not ex.planned.writes, (said, ex.planned)
    assert not isinstance(ex.proposed, Plan) or not ex.proposed.writes, (said, ex.proposed)
    suggestions = list(getattr(ex.parsed, "suggestions", ())) + list(getattr(ex.planned, "suggestions", ()))
    offered = [s for s in suggestions if " " in s and _is_write_said(s)]
    assert not offered, (said, offered)
