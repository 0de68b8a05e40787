"""The Korean kinds of phrasing that wordings_fresh8.yaml (the eighth table, written blind) still missed
after blind8's fixes, each fixed as a kind in grammar/ or bot/language/normalize.py: the failing input of
the table and other wordings of the same kind (not in any table, written before the fix), read through
Gorae.explain against the fake corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a
question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

READ = [
    # a particle typed twice right after a name is one (normalize, lexicon.txt doubled_particle)
    ("cache를를 재시작", ["docker restart cache"]),
    ("db를를 켜줘", ["docker start db"]),
    ("web에서에서 ls 실행", ["docker exec web ls"]),
    # a polite request asked as "wouldn't it do if you did it for me" (-면 after 주다 or -시-: ~면주),
    # and a title said to the one asked (사장님, 팀장님): politeness, no meaning
    ("사장님 web 재시작 좀 해주시면 안될까요", ["docker restart web"]),
    ("cache 꺼 주면 안 될까?", ["docker stop cache"]),
    ("팀장님 cache 로그 보여주세요", ["docker logs cache"]),
    ("web 재시작해주면 좋겠다", ["docker restart web"]),
    ("web 재시작해 주시면 감사하겠습니다", ["docker restart web"]),
    # without 주다 or -시- it is a question whether it would do: never a request
    ("web 지우면 안 될까?", None),
    ("web 재시작하면 안 될까?", None),
    ("web 재시작해주시면 안 돼요", None),  # "you must not": a ban
    # the logs' times said with 시간 and a verb of adding (-t)
    ("my-nginx 로그 시간 붙여서 보여줘", ["docker logs -t my-nginx"]),
    ("cache 로그 시간 넣어서", ["docker logs -t cache"]),
    ("web 로그 시간을 포함해서 보여줘", ["docker logs -t web"]),
    # the kind of log said (에러 로그: docker keeps one log) and the logs that came out of a container
    ("web 에러 로그 보여줘", ["docker logs web"]),
    ("cache 오류 로그 좀", ["docker logs cache"]),
    ("cache에서 나온 로그 보여줘", ["docker logs cache"]),
    ("web에서 찍힌 로그 보여줘", ["docker logs web"]),
    # 꺼, chat for 것 (the bound noun), never the verb 끄
    ("cache 로그 최근 꺼 30줄만", ["docker logs --tail 30 cache"]),
    ("web 로그 최근 꺼 50줄 보여줘", ["docker logs --tail 50 web"]),
    ("web 꺼", ["docker stop web"]),
    # 천천히 changes nothing
    ("web 천천히 재시작", ["docker restart web"]),
    ("cache 천천히 꺼줘", ["docker stop cache"]),
    # idle said as playing (놀고 있는): unused, a prune
    ("놀고 있는 네트워크 정리해줘", ["docker network prune"]),
    ("놀고 있는 볼륨 정리", ["docker volume prune"]),
    # running or not, remove it anyway (concessive -어도 after a state): rm -f
    ("my-nginx 켜져 있어도 그냥 삭제해", ["docker rm -f my-nginx"]),
    ("cache 돌아가고 있어도 지워", ["docker rm -f cache"]),
    ("web 떠 있어도 삭제", ["docker rm -f web"]),
    # a state complained of, no verb (natural.lark complaint): its details and its last logs, never a write
    ("cache 뻗은듯", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 죽은 듯", ["docker inspect web", "docker logs --tail 20 web"]),
    ("db가 안 켜져", ["docker inspect db", "docker logs --tail 20 db"]),
    ("my-nginx 에러남", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("cache 오류 났어", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 너무 느림", ["docker inspect web", "docker logs --tail 20 web"]),
    ("죽은 컨테이너 다 지워", ["docker container prune"]),  # 죽은 + a noun is still a state (stopped)
    ("db 안 켜", None),  # a negated verb: nothing runs
    # 돌다 said alone (chat for 돌아가다): running
    ("web 프로세스 뭐 돌아?", ["docker top web"]),
    ("컨테이너 뭐 돌아?", ["docker ps"]),
    ("web 돌려", ["docker start web"]),  # 돌리다 is its own verb
    # fine, asked of a container (멀쩡해?): its details; with a verb it is no request
    ("my-nginx 멀쩡해?", ["docker inspect my-nginx"]),
    ("db 멀쩡하니?", ["docker inspect db"]),
    ("web 재시작해도 멀쩡해?", None),
    ("web 지워 멀쩡해", None),
    # when it came up, and where it is kept or set, asked: its details
    ("web 언제 떴어?", ["docker inspect web"]),
    ("cache 언제 올라왔어?", ["docker inspect cache"]),
    ("web 마운트 어디 돼있어", ["docker inspect web"]),
    ("pgdata 볼륨 어디에 저장돼 있어?", ["docker volume inspect pgdata"]),
    ("db 볼륨 어디에 있어?", ["docker volume inspect db"]),
    # a container's shell as the place a command is typed: an exec
    ("data 쉘에서 ls 쳐줘", ["docker exec data ls"]),
    ("web 셸에서 whoami 실행", ["docker exec web whoami"]),
    ("cache 쉘에 redis-cli ping 쳐", ["docker exec cache redis-cli ping"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
