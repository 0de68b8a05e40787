"""(safe35) The kinds session 34's attack left open, each fixed as a kind (the breaker's input first, then other wordings of
the same kind, both languages), with the near wordings that must still run:

1. an aside after the order saying the speaker does it themselves ("restart web — i'm on it", "web 재시작 — 내가 할게"):
   the grammar had read "i am on it" into the request (reason_clause.py `context_after` drops a clause with "i" as its
   subject). Refused as the speaker's own act (parse.intended), neither run nor offered (aside.py `taken_by_speaker`,
   grammar/lexicon.txt `aside_self_*`), when the words before the aside read alone as that write;
2. a pronoun for things named earlier with nothing it points at, said with a quantity ("걔네 다 꺼", "그것들 모두 멈춰줘",
   "이것들 다 일시정지" stopped / paused every container): asked which (parse.need_target), never every container
   (parse.py `_pronoun_widened`); "kill them all", read by the grammar, stays every running container (the tables' convention);
3. a slip of a write's verb word: one as near to two verbs is never read ("stat web"); a Hangul word glued of a syllable
   and a write verb, one jamo from another write verb's word, is neither ("web 죽켜줘": 켜 or 죽여?, "web 저기동해줘":
   기동 or 재기동? — typo.py `glued_slip_ko`, parse.typo_either); a slip read that acts on every container is asked back
   ("restrat all", "다 재싲작": parse.py `write_typo_asked`). A slip on one named thing still runs, its typo said
   ("restat web": the tables read it so — asking it back too is branch safe35typo, for the lead to decide).
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

SPEAKER_DOES_IT = [
    # the breaker's
    "restart web — i'm on it",
    # … the same kind, English
    "restart web — on it",
    "restart web — doing it now",
    "restart web — I got this",
    "restart web i am on it",
    "restart web (on it)",
    "restart web — i'm on it, thanks",
    "restart web pls — on it",
    "remove data — i'll do it myself",
    "stop cache. i'm on it",
    "pause web, doing it myself",
    "kill cache - i'm handling it",
    "pull nginx — i got it",
    "restart web, i got it covered",
    "restart web, i'm on it with bob",
    "restart web — i got it from here",
    "restart web - im doing it now",
    "stop db — leave it to me",
    "restart web — i'm doing that now",
    "restart web — i'll sort it out",
    "restart web — taking care of it",
    "restart web, i'll fix it",
    "restart web on it",
    "restart web... on it",
    "restart web… on it",
    "restart web — I'm restarting it",  # the speaker, a verb of gorae's, it
    "restart web, i will restart it",
    "stop cache — i'll handle that",
    "restart web (i'll handle it)",
    "I'm on it: restart web",  # said first
    "내가 할게, web 재시작",
    # … Korean
    "web 재시작 — 내가 할게",
    "web 재시작 — 제가 하고 있어요",
    "web 재시작, 내가 처리 중",
    "db 꺼줘 제가 할게요",
    "cache 꺼줘 — 제가 할게요",
    "data 지워 (내가 직접 할게)",
    "cache 중지 — 제가 처리 중입니다",
    "db 켜 — 내가 알아서 할게",
    "web 재시작 — 내가 이미 했어",
    "web 재시작 제가 할께요",
    "web 재시작해줘. 아 내가 할게",
]

PRONOUN_UNSAID = [
    # the breaker's
    "걔네 다 꺼",
    # … the same kind
    "얘네 전부 재시작",
    "그것들 모두 멈춰줘",
    "걔네들 다 재시작해줘",
    "그거 다 꺼줘",
    "이것들 다 일시정지",
    "이거 다 꺼",
    "저것들 싹 다 재시작",
    "걔네 다 꺼줘 그냥",
    # … English "those" / "these" said bare ("them" is the tables' convention: "kill them all")
    "stop those all",
    "restart all of those",
    "pause all of these",
    "restart those ones all",
    # … a demonstrative right before the kind
    "stop all those containers",
    "restart these containers",
    "저 컨테이너들 전부 재시작",
    "이 컨테이너들 다 일시정지",
]

SLIP_AMBIGUOUS = [
    "stat web",  # start? stats? never a write on the guess
    "star web",
    "stpo web",
    "kil web",
    # a word glued of a syllable and a write verb, one jamo from another write verb's word: neither
    "web 죽켜줘",  # 죽 + 켜줘 (start) — or 죽여줘 (kill)?
    "web 저기동해줘",  # 저 + 기동해줘 (start) — or 재기동해줘 (restart)?
    "cache 죽켜",
    "db 저기동",
]

TYPO_ON_EVERY_ONE = [
    # a slip of a write's verb that acts on every container: asked back, never run on the guess
    ("restrat all", ["docker restart $(docker ps -q)"]),
    ("stopp everything", ["docker stop $(docker ps -q)"]),
    ("모든 컨테이너 재시잘해줘", ["docker restart $(docker ps -q)"]),
    ("전부 졍지", ["docker stop $(docker ps -q)"]),
    ("다 재싲작", ["docker restart $(docker ps -q)"]),
]

STILL_RUN = [
    # near wordings of 1: an aside that is no doing of the speaker's
    ("restart web — it's down", ["docker restart web"]),
    ("restart web pls", ["docker restart web"]),
    ("restart web, i need it", ["docker restart web"]),
    ("restart web, thanks", ["docker restart web"]),
    ("restart web, it's restarting", ["docker restart web"]),
    ("ok, restart web", ["docker restart web"]),
    ("i am new here, restart web", ["docker restart web"]),
    ("web 재시작 — 메모리 샘", ["docker restart web"]),
    ("cache 재시작 (사유: 커넥션 풀 고갈)", ["docker restart cache"]),
    ("show web logs — i'm on it", ["docker logs web"]),  # a read: nothing written
    ("nginx:1.25 받아놓고, 배포 끝나면 web 재시작은 제가 할게요", ["docker pull nginx:1.25"]),  # the restart is the speaker's
    # near wordings of 2: every container said, or the tables' English convention, or a name before the pronoun
    ("kill them all", ["docker kill $(docker ps -q)"]),
    ("stop them all", ["docker stop $(docker ps -q)"]),
    ("다 꺼", ["docker stop $(docker ps -q)"]),
    ("stop all containers", ["docker stop $(docker ps -q)"]),
    ("모든 컨테이너 꺼", ["docker stop $(docker ps -q)"]),
    ("이 web 컨테이너 꺼", ["docker stop web"]),
    ("shut them all down", ["docker stop $(docker ps -q)"]),
    ("컨테이너 다 꺼", ["docker stop $(docker ps -q)"]),
    ("web 걔 꺼", ["docker stop web"]),
    # near wordings of 3: a verb of its own glued or said, a slip on one named thing (the tables read it so)
    ("web 재워줘", ["docker pause web"]),
    ("web 죽여줘", ["docker kill web"]),
    ("web 재시작해줘", ["docker restart web"]),
    ("restart all", ["docker restart $(docker ps -q)"]),
    ("restat web", ["docker restart web"]),
    ("strat db", ["docker start db"]),
]


@pytest.mark.parametrize("text", SPEAKER_DOES_IT)
def test_speaker_does_it_refused(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a  # (two, "pause web, doing it myself", are refused by other readers first)
    assert a.refusal == "not understood: parse.intended" or text in ("pause web, doing it myself",
                                                                     "stop db — leave it to me"), a


@pytest.mark.parametrize("text", PRONOUN_UNSAID)
def test_pronoun_unsaid_asks_which(text):
    a = answer(text)
    assert not a.cli and not a.proposal and a.refusal == "not understood: parse.need_target", a


@pytest.mark.parametrize("text", SLIP_AMBIGUOUS)
def test_ambiguous_slip_never_written(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


@pytest.mark.parametrize(("text", "cli"), STILL_RUN)
def test_near_wordings_run(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize(("text", "offered"), TYPO_ON_EVERY_ONE)
def test_typo_on_every_one_asked(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered and a.refusal == "not understood: parse.typo_asked", a
