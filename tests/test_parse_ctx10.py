"""The kinds of /work/ko_misses.txt given to ctx10 (session 9), each fixed as a kind in grammar/lexicon.txt and
bot/language/context_clause.py: the tables' sentences (wordings_fresh10/11.yaml) and other wordings of the
same kind written before the fix, read through `Gorae.explain` over the fake world (tests/fakes.py). `None`:
nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import answer, check

LOOK = ["docker inspect {0}", "docker logs --tail 20 {0}"]


def look(name: str) -> list[str]:
    return [c.format(name) for c in LOOK]


READ = [
    # 1. a reason or context clause before or after the request (no name in it, a connective or a sentence end,
    # no verb of gorae's) changes nothing; "tell me when done" after -고 is the write alone
    ("배포해야 해서 my-nginx 재시작 부탁드려요", ["docker restart my-nginx"]),
    ("메모리 터질 것 같으니 cache 재시작 좀", ["docker restart cache"]),
    ("테스트 끝났으니 db 지워주세요", ["docker rm db"]),
    ("web 로그 좀 보여주세요 에러 찾아야돼서", ["docker logs web"]),
    ("새벽 3시인데 web 죽었음 재시작 좀 ㅠ", ["docker restart web"]),
    ("사이트 죽었어요 web 재시작 해주실 수 있나요", ["docker restart web"]),
    ("배포했는데 반영이 안돼요 web 재시작 부탁해요", ["docker restart web"]),
    ("로그는 됐고 web 재시작", ["docker restart web"]),
    ("web 재시작하고 알려줘", ["docker restart web"]),
    ("web 꺼 놓고 말해줘", ["docker stop web"]),
    ("점검 끝났으니까 cache 켜줘", ["docker start cache"]),
    ("트래픽 몰려서 web 재시작 부탁", ["docker restart web"]),
    ("배포 끝났는데 my-nginx 재시작해주세요", ["docker restart my-nginx"]),
    ("data 로그 보여줘 원인 찾아야 해서", ["docker logs data"]),
    ("cache 재시작하고 말해줘", ["docker restart cache"]),
    ("db 지우고 알려주세요", ["docker rm db"]),
    # what is no context clause: a time ("테스트 끝나고", 내일), a wish (-면), a verb going on with the word
    # before it ("재시작 했었는데"), a take-back after the request
    ("테스트 끝나고 db 지워", None),
    ("내일 배포해야 해서 web 재시작", None),
    ("web 껐으면 좋았을 텐데", None),
    ("cache 재시작 했었는데 또 죽음", None),
    ("web 재시작해 줘 아니 하지 마", None),
    ("web 지우지 말고 말해줘", None),
    # 2. a complaint of the site or the page with a look at a container, or said of a name alone: its status and
    # its last log lines (as natural.lark `complaint`)
    ("사이트 안 열려요 web 좀 봐주세요", look("web")),
    ("web 페이지 하얗게 나와요", look("web")),
    ("cache 컨테이너가 응답하지 않습니다. 확인 바랍니다", look("cache")),
    ("사이트 접속이 안 돼요 my-nginx 좀 확인해주세요", look("my-nginx")),
    ("my-nginx 화면 하얗게 떠요", look("my-nginx")),
    ("web 페이지 잘 나와요", None),  # no complaint: nothing
    # 3. a property or a relation asked: the containers of an image (쓰다 as a relative clause said of a name of
    # the kind image), a network's members (붙다 as a relative clause; a container on it, asked), the memory and
    # how it is going (괜찮다, 잘)
    ("nginx 이미지 쓰는 컨테이너 뭐야", ["docker ps --filter ancestor=nginx"]),
    ("redis 이미지 쓰는 컨테이너", ["docker ps --filter ancestor=redis"]),
    ("alpine 이미지 쓰는 컨테이너 목록", ["docker ps --filter ancestor=alpine"]),
    ("nginx 이미지 쓰는 컨테이너 지워", None),  # which ones? never a guess
    ("backend에 붙은 컨테이너 뭐야", ["docker network inspect backend"]),
    ("backend 네트워크에 붙은 컨테이너 뭐 있어?", ["docker network inspect backend"]),
    ("backend 네트워크에 web 붙어있나?", ["docker network inspect backend"]),
    ("backend에 cache 붙어 있어?", ["docker network inspect backend"]),
    ("backend에 web 붙여", ["docker network connect backend web"]),  # a request: the connect
    ("cache 메모리 괜찮아?", ["docker stats --no-stream cache"]),
    ("web 메모리 멀쩡해?", ["docker stats --no-stream web"]),
    ("cache 잘 돌고 있나", ["docker inspect cache"]),
    ("web 잘 살아 있어?", ["docker inspect web"]),
    ("web이 쓰는 네트워크", ["docker inspect web"]),
    ("cache가 쓰는 이미지", ["docker inspect cache"]),
    # the port it is open on, asked (열리다 with the port said), and a port mapping asked what it is set to
    ("web 어떤 포트로 열려있어요?", ["docker port web"]),
    ("my-nginx 몇 번 포트로 열려있어?", ["docker port my-nginx"]),
    ("cache 포트 뭐 열려 있어?", ["docker port cache"]),
    ("my-nginx 포트 매핑 뭐로 돼있어", ["docker port my-nginx"]),
    ("web 포트 매핑 뭐로 되어 있어?", ["docker port web"]),
    # what is not a context clause, a complaint or a question of a property
    ("web 때문에 죽겠다", None),
    ("퇴근하고 나서 cache 꺼", None),
    ("안 돼 web 재시작", None),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_ctx10_read(text, want):
    check(text, want)


def test_a_kind_of_the_name_is_never_left_out():
    """"backend 네트워크는 … 않으니 삭제하여 …": the network's kind is the request's, never a clause to drop —
    never `docker rm backend` (a container of that name)."""
    ans = answer("backend 네트워크는 더 이상 사용하지 않으니 삭제하여 주시기 바랍니다")
    assert "docker rm backend" not in list(ans.cli) + list(ans.proposal or ())
