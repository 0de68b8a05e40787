"""corr24: corrections in one message, two-clause deferrals, negated state questions, 다시 켜 of a container, read
through `Gorae.explain` against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is
offered (a refusal, a question or a read proposal are all fine).

A. Corrections: a marker (아니 / 아니다 / 아니야 / 아 잘못 말했다 / no wait / i mean / sorry / actually / scratch that)
   between two orders — only the LAST order is meant, when the marker is explicit and the last order whole (its verb,
   said of the names before it or its own). The first order never runs. A question, a ban, the past, a schedule, a
   step or "too" after the marker: nothing runs.
B. Negated state questions: a state asked by its negation ("db 안 켜져 있지 않아?", "web not running, right?") is the
   state's read (its details, docker inspect), never a write; a negated write asked so stays a prohibition.
C. 다시 켜 / 다시 살려 said of names alone (m.Start.again): made to run again — the plan starts a stopped container
   (db in the fake world) and restarts a running one (web, cache …); a message that tells the state or says more
   (실수로 껐는데, 죽었는데, a handover, a pasted row, 꺼져 있는) is a start as said. 쫌 is 좀.
D. Deferrals in two clauses (bot/language/deferred.py): one order put off, then the one for now — only that one, on
   the first clause's names; the one put off never runs; when the one for now is unclear, a removal, a ban, the past
   or a question, nothing does.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

CORRECTED = [
    # the brief's rows
    ("web 멈춰, 아니다 재시작해", ["docker restart web"]),
    ("cache 지워 아 아니 멈춰", ["docker stop cache"]),
    ("아 잘못 말했다 web 아니고 cache 꺼줘", ["docker stop cache"]),
    ("web 말고 cache 재시작", ["docker restart cache"]),
    ("no wait, restart cache not web", ["docker restart cache"]),
    ("restart web, sorry I meant cache", ["docker restart cache"]),
    ("stop web — actually no, restart it", ["docker restart web"]),
    # our own: a Korean verb taken back by a bare 아니 / 아니야 / 아니다 (after a comma)
    ("data 재시작 아니 꺼줘", ["docker stop data"]),
    ("my-volume 멈춰 아니 일시정지", ["docker pause my-volume"]),
    ("db 지워 아니야 멈춰줘", ["docker stop db"]),
    ("cache 켜 아니 재시작해줘", ["docker restart cache"]),
    ("cache 꺼줘, 아니다 재시작해줘", ["docker restart cache"]),
    ("data 꺼 아니 지워", ["docker rm data"]),
    ("web 멈춰 아니 cache 재시작", ["docker restart cache"]),
    ("web 꺼줘 아니 재시작해 주세요", ["docker restart web"]),
    ("cache 꺼 아니 켜", ["docker start cache"]),
    # a slip owned (잘못 말했다 / 말했네 / 말했어요)
    ("web 꺼줘 아 잘못 말했다 cache 꺼줘", ["docker stop cache"]),
    ("web 재시작 아 잘못 말했네 멈춰", ["docker stop web"]),
    ("web 재시작, 잘못 말했어요 cache 재시작해주세요", ["docker restart cache"]),
    ("아 잘못 말했다 web 말고 cache 재시작", ["docker restart cache"]),
    # English: the speaker cutting in, an order called off then said again of the same names
    ("no wait, restart cache", ["docker restart cache"]),
    ("wait no, stop data", ["docker stop data"]),
    ("pause data, actually no, unpause it", ["docker unpause data"]),
    ("restart data, no wait, stop it", ["docker stop data"]),
    ("delete cache, sorry I meant stop it", ["docker stop cache"]),
    ("stop cache, scratch that, restart it", ["docker restart cache"]),
    ("kill web and cache, nvm, restart them", ["docker restart web cache"]),
    ("remove web, never mind, restart it", ["docker restart web"]),
]

NEAR = [
    # nothing whole after the marker: a question, the past, a ban, a schedule, a report, another step, "too"
    "web 꺼 아니 재시작할까?",
    "web 꺼 아니 재시작했어",
    "web 꺼 아니 켜지 마",
    "web 꺼 아니 재시작 하지마",
    "web 꺼 아니 재시작 안 해도 돼",
    "web 꺼 아니 재시작하래",
    "web 꺼 아니 내일 재시작",
    "web 꺼 아니 재시작은 나중에",
    "web 꺼 아니 재시작하고 로그 보여줘",
    "web 꺼 아니 재시작해야 되나?",
    "web 꺼줘 아 잘못 말했다 cache도 꺼줘",
    "web 지워 아 잘못 말했다 지우지 마",
    "web 꺼 잘못 말했다",
    "잘못 말했다",
    "cache 꺼. 아 아니다",
    "web 지워 아니다 됐어",
    # 아니 then 다 (all) spaced or not: never read as one word
    "web 재시작해, 아니다 멈춰",
    "web 멈춰 아 아니다 재시작해",
    # English: a bare no first answers nothing said here; a ban, a question, a schedule after the marker
    "no, restart cache not web",
    "no wait, don't restart cache",
    "no wait, did you restart cache?",
    "remove web, never mind, don't restart it",
    "remove web, scratch that, restart it later",
    "remove web, scratch that, did you restart it",
    "remove web, scratch that",
]


STATE_ASKED = [
    ("db 안 켜져 있지 않아?", ["docker inspect db"]),  # asked about, never complained of: its details alone
    ("web 아직 안 죽었지?", ["docker inspect web"]),
    ("isn't cache down?", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web not running, right?", ["docker inspect web"]),
    # our own
    ("db 켜져 있지 않아?", ["docker inspect db"]),
    ("cache 꺼져 있지 않나요?", ["docker inspect cache"]),
    ("web 살아 있지 않냐?", ["docker inspect web"]),
    ("cache 멈춰 있지 않아?", ["docker inspect cache"]),
    ("cache not up, right?", ["docker inspect cache"]),
    ("my-nginx not running, yeah?", ["docker inspect my-nginx"]),
]

STATE_NEAR = [
    "web 재시작하지 않아?",  # a write asked by its negation: never that write
    "cache 지워져 있지 않아?",
    "db 안 켜져 있지 않아",  # no question
    "web not removed, right?",
    "don't restart web, right?",
    "web not running, restart it, right?",
    "web 켜지 않아?",
]


AGAIN = [
    ("cache 쫌 다시 켜주이소", ["docker restart cache"]),  # fresh19
    ("cache 다시 켜 줘", ["docker restart cache"]),  # fresh16
    ("db 다시 켜", ["docker start db"]),  # db is not running
    # our own
    ("my-nginx 다시 키세요", ["docker restart my-nginx"]),
    ("web 좀 다시 살려줘", ["docker restart web"]),
    ("data 컨테이너 다시 켜줘", ["docker restart data"]),
    ("db 좀 다시 살려주세요", ["docker start db"]),
    ("db 쫌 다시 켜", ["docker start db"]),
    # the state told, or more said: a start as said
    ("실수로 web 껐는데 다시 켜주세요", ["docker start web"]),
    ("web 죽었는데 다시 살려", ["docker start web"]),
    ("꺼져 있는 db 다시 켜 주세요", ["docker start db"]),
    ("cache 멈추고 다시 켜", ["docker stop cache", "docker start cache"]),
    ("오전 인계: my-volume 디스크 점검 때문에 세워뒀어요. 점검 끝났으니 my-volume 다시 켜주세요.", ["docker start my-volume"]),
    # 쫌 said with other verbs
    ("cache 쫌 꺼주소", ["docker stop cache"]),
    ("web 로그 쫌 까봐라", ["docker logs web"]),
    ("data 쫌 재시작해줘", ["docker restart data"]),
]

AGAIN_NEAR = [
    "web 다시 켜지 마",
    "web 다시 켰어?",
    "web 다시 켤까?",
    "내일 web 다시 켜",
    "혹시 db 꺼지면 다시 켜줘",
    "cache 쫌 지우지 마",
    "cache 쫌 재시작했어",
]


DEFERRED = [
    ("cache 지우는 건 나중에 하고 지금은 멈추기만 해줘", ["docker stop cache"]),
    ("we'll delete web later, for now just stop it", ["docker stop web"]),
    ("remove web later, stop it for now", ["docker stop web"]),
    # our own
    ("web 지우는 건 내일 하고 오늘은 재시작만 해줘", ["docker restart web"]),
    ("data 지우는 건 나중에 하고 지금은 로그만 보여줘", ["docker logs data"]),
    ("cache 재시작은 이따가 하고 일단 로그만 보여줘", ["docker logs cache"]),
    ("delete cache tomorrow, restart it today", ["docker restart cache"]),
    ("kill web tomorrow, for now pause it", ["docker pause web"]),
    ("remove web later, for now stop cache", ["docker stop cache"]),
]

DEFERRED_NEAR = [
    "rm은 내일 하고 오늘은 restart만",
    "remove web later, for now remove it",
    "web 지우는 건 나중에 하고 지금은 지워",
    "web 지우는 건 나중에 하고 지금은 멈췄어",
    "web 지우는 건 나중에 하고 지금은 멈추지 마",
    "remove web later, did you stop it for now?",
    "remove web later, don't stop it for now",
    "restart web later",
]


@pytest.mark.parametrize("text,want", DEFERRED, ids=[k[0] for k in DEFERRED])
def test_deferred(text, want):
    check(text, want)


@pytest.mark.parametrize("text", DEFERRED_NEAR)
def test_deferred_near_miss(text):
    check(text, None)


@pytest.mark.parametrize("text,want", AGAIN, ids=[k[0] for k in AGAIN])
def test_again(text, want):
    check(text, want)


@pytest.mark.parametrize("text", AGAIN_NEAR)
def test_again_near_miss(text):
    check(text, None)


@pytest.mark.parametrize("text,want", STATE_ASKED, ids=[k[0] for k in STATE_ASKED])
def test_state_asked(text, want):
    check(text, want)


@pytest.mark.parametrize("text", STATE_NEAR)
def test_state_asked_near_miss(text):
    check(text, None)


@pytest.mark.parametrize("text,want", CORRECTED, ids=[k[0] for k in CORRECTED])
def test_corrected(text, want):
    check(text, want)


@pytest.mark.parametrize("text", NEAR)
def test_corrected_near_miss(text):
    check(text, None)
