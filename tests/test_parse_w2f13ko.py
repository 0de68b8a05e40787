"""The Korean kinds of wordings_fresh13.yaml's misses fixed by w2f13ko (session 11, second wave): the failing input
of the table and other wordings of the same kind (not in any table, written before the fix), read through
`Gorae.explain` against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # 미리 / 사전에 (ahead of time), said of a request made now, change nothing (natural.lark `_filler`); -면 좋겠다
    # closing the sentence after a context phrase is the request's politeness (lexicon.txt `context_polite_if_last`)
    ("릴리즈 전에 nginx:1.25 이미지 미리 받아두면 좋겠습니다", ["docker pull nginx:1.25"]),
    ("배포 전에 redis 이미지 미리 받아두면 좋겠어요.", ["docker pull redis"]),
    ("점검 전에 web 사전에 재시작하면 좋겠습니다", ["docker restart web"]),
    ("web 미리 재시작해 주세요", ["docker restart web"]),
    ("cache 로그 미리 좀 보여줘", ["docker logs cache"]),
    # … but a wish of the past or a question said with -면 stays a condition: nothing runs
    ("web 껐으면 좋았을 텐데", None),
    ("배포 전에 web 껐으면 좋았을 텐데", None),
    ("배포 전에 web 지우면 좋을까", None),
    ("점검 전에 cache 꺼두면 좋겠는데 괜찮을까요?", None),
    # the listener's trouble or the hour owned to, and "if possible" said politely, change nothing (natural.lark `_filler`)
    ("바쁘신데 죄송합니다, web이랑 my-nginx 둘 다 재시작 부탁드려요", ["docker restart web my-nginx"]),
    ("번거로우시겠지만 alpine 이미지 최신으로 다시 받아 주세요", ["docker pull alpine"]),
    ("늦은 시간에 죄송한데 web 강제로라도 내려주세요", ["docker kill web"]),
    ("혹시 가능하시면 지금 data 컨테이너 재시작 좀 해주실 수 있을까요?", ["docker restart data"]),
    ("바쁘신데 cache 로그 좀 보여주세요", ["docker logs cache"]),
    ("번거로우시겠지만 my-nginx 재시작 부탁드려요", ["docker restart my-nginx"]),
    ("가능하시면 db 켜 주세요", ["docker start db"]),
    ("늦은 시간에 미안한데 data 꺼줘", ["docker stop data"]),
    # the hour said alone is a time, and a plain condition stays one: nothing runs
    ("늦은 시간에 web 꺼", None),
    ("web 죽으면 재시작해줘", None),
    # a read captured (캡처/캡쳐) is shown (natural.lark `v_show`); usage shared (공유) is usage shown (parse_natural.py)
    ("리뷰 전에 web 리소스 사용량 캡처 부탁드립니다", ["docker stats --no-stream web"]),
    ("야간 배치 전에 전체 컨테이너 리소스 사용량 좀 공유 부탁드립니다", ["docker stats --no-stream"]),
    ("my-nginx 로그 캡쳐 부탁드려요", ["docker logs my-nginx"]),
    ("컨테이너 목록 캡처 좀", ["docker ps"]),
    ("web 메모리 사용량 공유해 주세요", ["docker stats --no-stream web"]),
    ("cache cpu 사용량 공유 좀", ["docker stats --no-stream cache"]),
    # a work event announced begun or going on before the request is context (lexicon.txt `context_event_verb`)
    ("점검 시작합니다. 우선 web 컨테이너 정지 부탁드립니다", ["docker stop web"]),
    ("배포 진행합니다. cache 재시작 부탁드려요", ["docker restart cache"]),
    ("작업 시작할게요. web 로그 좀 보여주세요", ["docker logs web"]),
    # … announced alone it asks nothing; a container named is no clause; a condition stays one
    ("점검 시작합니다", None),
    ("점검 시작하면 web 꺼주세요", None),
    # logs put up live (실시간으로 띄워) are followed (natural.lark `follow`)
    ("web 로그 실시간으로 띄워줘", ["docker logs -f web"]),
    ("my-nginx 로그 실시간 띄워 주세요", ["docker logs -f my-nginx"]),
    ("web 로그 실시간으로 좀", ["docker logs -f web"]),
    # the team's registry said as where a push goes (natural.lark `to_registry`)
    ("팀 레지스트리에 fastcampus/hello-world 이미지 푸시 부탁드립니다", ["docker push fastcampus/hello-world"]),
    ("우리 레지스트리로 team/web:2 올려줘", ["docker push team/web:2"]),
    ("팀 레지스트리로 fastcampus/hello-world 올려 주세요", ["docker push fastcampus/hello-world"]),
    ("팀 서버에 컨테이너 몇 개 떠 있어요?", ["docker ps"]),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)
