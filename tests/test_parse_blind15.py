"""The kinds that wordings_fresh15.yaml (the fifteenth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # the past before the reason -(으)니까 / -(으)니 tells what the asker did (grammar/morphemes.txt ~었, as -었는데):
    # never a step — "코드 고쳐서 올렸으니까 web 한 번만 재시작 부탁해요" planned `docker start web` first (올리다 = start)
    ("코드 고쳐서 올렸으니까 web 한 번만 재시작 부탁해요", ["docker restart web"]),
    # said of no name, the told clause is context left out (bot/language/context_clause.py `_told_done_before`) …
    ("코드 올렸으니까 web 재시작해줘", ["docker restart web"]),
    ("새 버전 배포했으니 my-nginx 재시작 부탁드립니다", ["docker restart my-nginx"]),
    ("다 꺼 놨으니까 볼륨 정리해줘", ["docker volume prune"]),
    ("다 지웠으니까 cache 재시작해줘", ["docker restart cache"]),
    # … said of a name, it is refused: what was done to web is never done again ("web 껐으니까 cache 켜줘" planned
    # `docker stop web` then `docker start cache`)
    # (run26) … but a request said as one after it (줘) is the request alone: web's stop is only told
    ("web 껐으니까 cache 켜줘", ["docker start cache"]),
    ("nginx 받았으니 web 재시작해", None),
    ("cache 멈췄으니까 data 재시작", None),
    ("올렸으니까 web 재시작", None),
    # the need said as the reason is still refused (grammar/natural.lark `need_so`), and a reason said with no past
    # is still none of these (테스트 끝났으니: context)
    ("web 재시작해야 하니까 cache 꺼", None),
    ("web 지워야 하니까 cache 꺼", None),
    ("테스트 끝났으니 db 지워주세요", ["docker rm db"]),
    # English: a verb of gorae's said as a noun after a time word and a determiner is an event that happened, never a
    # request (bot/language/parse.py `_event_noun_en`) — "web seems broken after my deploy" planned `docker start web`,
    # "web is slow after the restart" planned `docker restart web`, "cache crashed after our deploy" `docker run -d our`
    ("web seems broken after my deploy", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web is slow after the restart", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache crashed after our deploy", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx seems broken since the update", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("data is flaky following last night's reboot", None),
    ("restart web after my deploy", None),
    ("stop cache after the release", None),
    # "after that" is the step after, never an event (wordings_en12.yaml)
    ("first stop web, after that remove web", ["docker stop web", "docker rm web"]),
    ("stop web, after that restart cache", ["docker stop web", "docker restart cache"]),
    # a second connect or disconnect with one name of its own: the name said as the place is the network, otherwise the
    # container (bot/language/parse_natural.py `_other_of_pair`) — it planned the step before's pair again, the name
    # dropped: "qa-net 네트워크 만들고 web 연결하고 cache도 연결해줘" connected web twice, "disconnect web from backend,
    # connect it to bridge, then restart it" connected web to backend again
    ("qa-net 네트워크 만들고 web 연결하고 cache도 연결해줘",
     ["docker network create qa-net", "docker network connect qa-net web", "docker network connect qa-net cache"]),
    ("disconnect web from backend, connect it to bridge, then restart it",
     ["docker network disconnect backend web", "docker network connect bridge web", "docker restart web"]),
    ("backend에 web 연결하고 cache도 연결해줘",
     ["docker network connect backend web", "docker network connect backend cache"]),
    ("web을 backend에서 빼고 bridge에 연결해", ["docker network disconnect backend web", "docker network connect bridge web"]),
    ("connect web to backend, then connect cache",
     ["docker network connect backend web", "docker network connect backend cache"]),
    ("disconnect web from backend then disconnect data",
     ["docker network disconnect backend web", "docker network disconnect backend data"]),
    # with no name of its own it is still the same pair the other way
    ("web을 backend에서 빼고 다시 연결해",
     ["docker network disconnect backend web", "docker network connect backend web"]),
    # English, a run said with `with` right after a pull: the words after `with` are the pulled image's command
    # (bot/language/parse_natural.py `_pulled_run_with`) — "pull busybox, run it with echo ok, then list images" planned
    # `docker run -d echo` ("ok" dropped)
    ("pull busybox, run it with echo ok, then list images",
     ["docker pull busybox", "docker run busybox echo ok", "docker images"]),
    ("pull alpine and then run it with sleep 60", ["docker pull alpine", "docker run alpine sleep 60"]),
    ("pull busybox, then run it with uname -a", ["docker pull busybox", "docker run busybox uname -a"]),
    ("pull alpine and run it with default settings", None),
    # an option said after `with` is still the run's option
    ("pull redis and run it with port 6390", ["docker pull redis", "docker run -d -p 6390:6379 redis"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


CHAT_NOISE = [
    # banmal's call to the one asked (야), chat's haste (빨랑) and "go go" (고고씽), the degree of an apology (대단히), the
    # asker said as "I"/"my" (내, 나는, 저는) and a total said in a count (총) change nothing (grammar/natural.lark _filler)
    ("내 web 컨테이너 좀 다시 띄워줄래?", ["docker restart web"]),
    ("야 data 멈춰봐", ["docker stop data"]),
    ("web 재시작 해주라 빨랑", ["docker restart web"]),
    ("cache 재부팅 고고씽", ["docker restart cache"]),
    ("나는 web 로그 보고 싶어요", ["docker logs web"]),
    ("이미지 총 몇 개야?", ["docker images"]),
    ("대단히 죄송하지만 cache 컨테이너를 강제로 종료해 주셔야 할 것 같습니다", ["docker kill cache"]),
    ("야 빨랑 cache 꺼", ["docker stop cache"]),
    ("내 my-nginx 로그 보여줘", ["docker logs my-nginx"]),
    ("총 컨테이너 몇 개 떠 있어?", ["docker ps"]),
    ("고고씽 my-volume 재시작", ["docker restart my-volume"]),
    ("대단히 감사하지만 db는 켜지 마세요", None),
    # noise never lifts a negation or a report
    ("야 web 지우지 마", None),
    ("나는 web 재시작했어", None),
]


@pytest.mark.parametrize("text, want", CHAT_NOISE, ids=[t for t, _ in CHAT_NOISE])
def test_chat_noise(text, want):
    check(text, want)


TRAILING_PURPOSE = [
    # a purpose said after the request with "so it …" (grammar/lexicon.txt context_trailing_subject_en: it) is context
    ("please restart web so it picks it up", ["docker restart web"]),
    ("please restart web so it picks up my fix", ["docker restart web"]),
    ("restart cache so it drops the stale keys", ["docker restart cache"]),
    ("restart cache since it is stuck", ["docker restart cache"]),
    # a condition or a time after it is never left out
    ("restart web so it picks it up tomorrow", None),
    ("restart web if it is stuck", None),
]


@pytest.mark.parametrize("text, want", TRAILING_PURPOSE, ids=[t for t, _ in TRAILING_PURPOSE])
def test_trailing_purpose(text, want):
    check(text, want)


RELAYED = [
    # a teammate's request relayed (달다 and a reported ending), then the sender's own go-ahead: the request relayed
    # (bot/language/parse.py `_relayed_then_go_ahead_ko`)
    ("민수가 cache 재시작해 달래요. 해주세요", ["docker restart cache"]),
    ("지영님이 db 켜 달라고 하셨는데 부탁드려요", ["docker start db"]),
    ("서연 씨가 web 껐다 켜 달라는데 지금 해줄 수 있어?", ["docker restart web"]),
    ("팀장님이 web 로그 보여 달래요 부탁드려요", ["docker logs web"]),
    ("민수가 cache 지워 달래요. 해주세요", ["docker rm cache"]),
    # hearsay alone, a go-ahead in the past, asked, put off or negated: nothing
    ("민수가 cache 재시작해 달래요", None),
    ("지영님이 db 켜 달라고 하셨어요", None),
    ("민수가 cache 재시작해 달래서 해줬어", None),
    ("민수가 cache 재시작해 달래요? 해줄까?", None),
    ("민수가 cache 재시작해 달래요. 해줄까?", None),
    ("민수가 cache 재시작해 달래요. 내일 해주세요", None),
    ("민수가 cache 재시작해 달래요. 하지 마세요", None),
    ("지영님이 db 켜 달라고 했는데 안 했어", None),
]


@pytest.mark.parametrize("text, want", RELAYED, ids=[t for t, _ in RELAYED])
def test_relayed_then_go_ahead(text, want):
    check(text, want)
