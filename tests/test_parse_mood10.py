"""The mood of a sentence with a write verb (issue 8, mood10): a yes/no question, a deliberation, a
necessity or a permission about a write is asked, never requested — it is proposed (yes/no, bound to the
asker: `gorae explain --json` shows "proposal", understood false) or refused, never planned outright.
Read through Gorae.explain over the fake corpus world (tests/fakes.py), as tests/test_parse_blind6.py.

Conventions of our tables (tests/data/*.yaml, tests/corpus/dev.yaml) kept here:
- a question ending on the verb itself (Kiwi EF -어/-아/-어요 before a typed "?": "db 켜?", "web 지워?"),
  a necessity asked (-어야 되다/하다 + "?": "db 켜야 돼?"), a permission asked (-어도 되다: "web 꺼도 돼?"),
  "should/shall/could/may I/we …", "is it ok to …", "do I have to / need to …": the write is proposed;
- a deliberation (-ㄹ까, -나, -니, -냐: "web 껐다가 켤까?", "web 지워야 하나?"): asked, nothing proposed or
  the write proposed — never planned;
- a request phrased as a question stays a request: the auxiliary 주다 or -ㄹ래 asked of gorae ("켜줄래?",
  "꺼주시겠어요?"), ability asked ("해줄 수 있어?", "can you …", "could you …"), a verbal noun with "?"
  ("web 재시작?"), an English imperative with "?" ("restart web?",
  tests/data/wordings_engines.yaml); wishes ("재시작하고 싶어") and one's own plan ("시작할게요") too.
"""
from __future__ import annotations

import pytest
from corpus_check import plan_key
from test_wordings_fresh import answer

# (text, the write proposed): the write asked about — proposed, never planned
PROPOSED = [
    ("db 켜야 돼?", ["docker start db"]),  # necessity asked (brief)
    ("db 켜?", ["docker start db"]),  # a bare verb ending before "?" (brief)
    ("cache 재시작해도 돼?", ["docker restart cache"]),  # permission (brief)
    ("web 꺼야 돼?", ["docker stop web"]),
    ("cache 지워야 돼?", ["docker rm cache"]),
    ("my-nginx 내려야 해?", ["docker stop my-nginx"]),
    ("db 시작해야 돼요?", ["docker start db"]),
    ("data 일시정지해야 돼?", ["docker pause data"]),
    ("db 살려야 돼?", ["docker start db"]),
    ("db 올려?", ["docker start db"]),
    ("web 재시작해?", ["docker restart web"]),
    ("cache 꺼요?", ["docker stop cache"]),
    ("my-nginx 꺼?", ["docker stop my-nginx"]),
    ("web 지워?", ["docker rm web"]),
    ("web 꺼도 되나요?", ["docker stop web"]),
    ("data 재시작해도 되나?", ["docker restart data"]),
    ("web 삭제해도 돼요?", ["docker rm web"]),
    ("web 재시작 할 필요 있어?", ["docker restart web"]),  # necessity asked with 필요 있다
    ("web 지워야 함?", ["docker rm web"]),  # the chat nominal -ㅁ asked
    # ("web 지움?" was here: the chat -ㅁ right after the verb is a statement asked, "removed?" — told, never proposed
    # (break7's convention for 지움/멈춤/켬, props14: tests/test_parse_props14.py); the necessity "지워야 함?" stays)
    ("cache 지워버려?", ["docker rm cache"]),  # the aspect 버리다
    ("do we need to kill cache?", ["docker kill cache"]),  # (brief)
    ("could we remove web?", ["docker rm web"]),
    ("may I start db?", ["docker start db"]),
    ("is it ok to restart cache?", ["docker restart cache"]),
    ("do I have to restart web?", ["docker restart web"]),
    ("do we have to stop cache?", ["docker stop cache"]),
    ("should I kill web?", ["docker kill web"]),
    ("is it safe to remove cache?", ["docker rm cache"]),
    ("do I need to start db?", ["docker start db"]),
    ("shall I restart web?", ["docker restart web"]),
    ("shall we stop cache?", ["docker stop cache"]),
]

# asked or deliberated: nothing planned; a proposal, if any, only of the write said
ASKED = [
    ("web 지워야 하나?", ["docker rm web"]),  # (brief)
    ("web 껐다가 켤까?", ["docker restart web"]),  # tests/data: none
    ("nginx 8080 포트로 띄워도 돼?", ["docker run -d -p 8080:80 nginx"]),  # tests/data: none
    ("should we run whoami in data?", ["docker exec data whoami"]),  # tests/data: none
    ("should web be restarted?", ["docker restart web"]),  # (brief)
    ("db 지워야 할까?", ["docker rm db"]),
    ("cache 재시작할까?", ["docker restart cache"]),
    ("cache 멈출까?", ["docker stop cache"]),
    ("db 켜나?", ["docker start db"]),
    ("web 재시작하나?", ["docker restart web"]),  # Kiwi: 하나 the number, before "?" the question -나
    ("web 지우니?", ["docker rm web"]),
    ("cache 재시작하냐?", ["docker restart cache"]),
    ("cache 재시작 해야 하나요?", ["docker restart cache"]),
    ("web 재시작해야 되나요?", ["docker restart web"]),
    ("web 재시작하면 안 돼?", ["docker restart web"]),
    ("my-nginx 내려야 할까요?", ["docker stop my-nginx"]),
    ("db 켜야 하니?", ["docker start db"]),
    ("should I delete web?", ["docker rm web"]),
    ("must I restart web?", ["docker restart web"]),
    # -어 볼까 with no "?": tests/data/wordings_break.yaml has "cache에 redis-cli ping 날려볼까" = none, fresh9 "살짝
    # cache 재시작 해볼까" = restart — the same form: read as asked (never a write the break row forbids)
    ("살짝 cache 재시작 해볼까", ["docker restart cache"]),
    ("cache에 redis-cli ping 날려볼까", ["docker exec cache redis-cli ping"]),
    ("web 재시작해 볼까?", ["docker restart web"]),
]

# requests phrased as questions, wishes, one's own plan — and reads asked with the same endings: planned as said
REQUESTS = [
    ("redis로 뜬 컨테이너 있어?", ["docker ps --filter ancestor=redis"]),  # a read asked yes/no is answered
    ("nginx 이미지 있어?", ["docker images nginx"]),
    ("web 살아 있어?", ["docker inspect web"]),
    ("data 이미지 뭐 써?", ["docker inspect data"]),
    ("web 프로세스 뭐 돌아?", ["docker top web"]),
    ("web 로그 봐?", ["docker logs web"]),
    ("db 켜줄래?", ["docker start db"]),  # -ㄹ래 after 주다: asked of gorae
    ("web 재시작 해줄 수 있어?", ["docker restart web"]),  # ability asked
    ("can you restart web?", ["docker restart web"]),
    ("could you stop cache pls?", ["docker stop cache"]),
    ("web 재시작?", ["docker restart web"]),  # a verbal noun with "?": tests/data/wordings_break.yaml
    ("web 재시작하고 싶어", ["docker restart web"]),  # a wish
    ("db 시작할게요", ["docker start db"]),  # one's own plan, polite
    ("cache 꺼주시겠어요?", ["docker stop cache"]),
    ("web 재시작해줄래?", ["docker restart web"]),
    ("db 좀 올려줄래?", ["docker start db"]),
    ("cache 꺼 줄 수 있나요?", ["docker stop cache"]),
    ("web 종료해 주실래요?", ["docker stop web"]),
    ("db 켜", ["docker start db"]),  # no "?": the imperative
    ("db 켜!", ["docker start db"]),
    ("web 재시작해", ["docker restart web"]),
    ("web 재시작해요", ["docker restart web"]),
    ("restart web?", ["docker restart web"]),  # tests/data/wordings_engines.yaml: the imperative with "?"
    ("restart web??", ["docker restart web"]),
    ("ping 8.8.8.8 from web?", ["docker exec web ping 8.8.8.8"]),  # tests/data/wordings_break.yaml
    ("web 재시작 ㅋㅋ", ["docker restart web"]),  # noise
    ("restart web lol", ["docker restart web"]),
    ("web 재시작 가능?", ["docker restart web"]),
    ("cache 재시작 해줄래요?", ["docker restart cache"]),
]


@pytest.mark.parametrize(("text", "write"), PROPOSED, ids=[t for t, _ in PROPOSED])
def test_asked_write_is_proposed(text: str, write: list[str]) -> None:
    ans = answer(text)
    assert not ans.cli, f"{text!r} must plan nothing outright, planned {list(ans.cli)}"
    assert ans.proposal, f"{text!r}: the write asked about is proposed (yes/no), got {ans.refusal}"
    assert plan_key(list(ans.proposal)) == plan_key(write), f"{text!r} proposes {list(ans.proposal)}"


@pytest.mark.parametrize(("text", "write"), ASKED, ids=[t for t, _ in ASKED])
def test_asked_write_is_never_planned(text: str, write: list[str]) -> None:
    ans = answer(text)
    assert not ans.cli, f"{text!r} must plan nothing outright, planned {list(ans.cli)}"
    if ans.proposal:
        assert plan_key(list(ans.proposal)) == plan_key(write), f"{text!r} proposes {list(ans.proposal)}"


@pytest.mark.parametrize(("text", "want"), REQUESTS, ids=[t for t, _ in REQUESTS])
def test_request_asked_as_question_stays_request(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert ans.cli, f"{text!r}: {ans.refusal}"
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"
