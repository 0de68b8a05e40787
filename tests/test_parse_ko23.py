"""ko23: Korean verbs said the way people type them — here the Konglish verbs (grammar/natural.lark), read through
`Gorae.explain` against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered
(a refusal, a question or a read proposal are all fine).

A. Konglish verbs: 바운스 / 재스타트 (restart), 서스펜드 (pause), 디플로이 / 런칭 (run -d), 부팅 (start), 풀링 (pull; Kiwi
   reads 풀 링), 테일링 (logs -f), 스테이터스 (inspect), 체크 (the read of the noun, as 확인: 프로세스 = top, 포트 = port,
   히스토리 = history), 로그 덤프 (logs), and 치다 after a verbal noun as its 하다 (리스타트 쳐줘; grammar/lexicon.txt `light`).
C. Dialect (사투리) endings on known verbs (grammar/morphemes.txt): 혀 = 해 after a verbal noun; -이소 of 주다
   split by Kiwi (주 이 소); -라 after -어; the Gyeongsang sentence-final 마, which carries nothing.
D. 사투리 verb forms Kiwi does not know, as their standard forms (grammar/ko_words.txt): 지아 (지워) before 버려/-라/주라,
   멈차라, 키주이소/키주라, 시키주라; questions of state 켜짔노, 묵노/을매나, 있는교, 죽었당가 are reads; questions of the past
   (켰능교, 껐능교, 했능교, 껐당가) and permission questions (지아뿌까?) run nothing.
B. Near-misses: the same verbs told in the past, asked, forbidden or denied run nothing and offer no write.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A: new wordings of the kind (other names, other endings than the tables')
KONGLISH = [
    ("cache 바운스 해줘", ["docker restart cache"]),
    ("my-nginx 바운스 좀", ["docker restart my-nginx"]),
    ("web 재스타트 해주세요", ["docker restart web"]),
    ("data 재스타트", ["docker restart data"]),
    ("web 재부팅", ["docker restart web"]),
    ("cache 서스펜드 해줘", ["docker pause cache"]),
    ("web 컨테이너 서스펜드", ["docker pause web"]),
    ("httpd 디플로이", ["docker run -d httpd"]),
    ("redis 디플로이 6381포트로", ["docker run -d -p 6381:6379 redis"]),
    ("httpd 런칭해", ["docker run -d httpd"]),
    ("data 부팅해줘", ["docker start data"]),
    ("cache 컨테이너 부팅시켜", ["docker start cache"]),
    ("redis 풀링해줘", ["docker pull redis"]),
    ("alpine 이미지 풀링 해와", ["docker pull alpine"]),
    ("cache 로그 테일링", ["docker logs -f cache"]),
    ("my-nginx 로그 테일링 해줘", ["docker logs -f my-nginx"]),
    ("web 스테이터스 보여줘", ["docker inspect web"]),
    ("db 스테이터스", ["docker inspect db"]),
    ("cache 프로세스 체크", ["docker top cache"]),
    ("my-nginx 포트 체크해줘", ["docker port my-nginx"]),
    ("nginx 이미지 히스토리 체크해줘", ["docker history nginx"]),
    ("cache 리스타트 쳐줘", ["docker restart cache"]),
    ("web 재시작 쳐", ["docker restart web"]),
    ("cache 로그 덤프 떠줘", ["docker logs cache"]),
    ("my-nginx 로그 덤프 보여줘", ["docker logs my-nginx"]),
    # 치다 stays a run where no verbal noun is before it
    ("cache에서 ls 쳐줘", ["docker exec cache ls"]),
]

# C: new wordings of the dialect kind
SATOORI = [
    ("web 좀 꺼주소", ["docker stop web"]),
    ("data 로그 좀 보이주소", ["docker logs data"]),
    ("my-nginx 로그 좀 까봐라", ["docker logs my-nginx"]),
    ("web 재시작 혀", ["docker restart web"]),
    ("data 정지 혀", ["docker stop data"]),
    ("cache 다시 띄워 주이소 마", ["docker restart cache"]),
    ("my-nginx 껐다 켜라 마", ["docker restart my-nginx"]),
    ("db 켜주이소", ["docker start db"]),
    # never a write: forbidden, asked, told done, denied
    ("web 끄지 마", None),
    ("cache 쫌 지우지 마라", None),
    ("web 쫌 꺼줄까?", None),
    ("cache 재시작 안 혀", None),
    ("web 재시작 했어 마", None),
    ("web 재시작 혀야 하나?", None),
]

# D: new wordings of the dialect verb forms
SATOORI_FORMS = [
    ("web 지아뿌라", ["docker rm web"]),
    ("my-nginx 지아라", ["docker rm my-nginx"]),
    ("cache 지아주라", ["docker rm cache"]),
    ("web 멈차라", ["docker stop web"]),
    ("cache 키주이소", ["docker start cache"]),
    ("data 키주라", ["docker start data"]),
    ("cache 일시정지 시키주라", ["docker pause cache"]),
    ("web 언제 켜짔노?", ["docker inspect web"]),
    ("web 메모리 을매나 묵노?", ["docker stats --no-stream web"]),
    ("cache 켜져 있는교?", ["docker inspect cache"]),
    ("cache 돌고 있는교?", ["docker inspect cache"]),
    # never a write: the past asked, permission asked, forbidden, told
    ("cache 켰능교?", None),
    ("web 껐능교?", None),
    ("cache 재시작 했능교?", None),
    ("web 껐당가?", None),
    ("web 지아뿌까?", None),
    ("cache 지아뿌라 하지 마", None),
    ("data 멈차라 했는데", None),
    ("팀장님이 web 지아뿌라 카던데", None),
]

# B: never a write
NEAR_MISS = [
    ("web 바운스 했어", None),
    ("cache 바운스 할까?", None),
    ("web 바운스 하지 마", None),
    ("cache 재스타트 했어?", None),
    ("data 서스펜드 하지 마", None),
    ("nginx 디플로이 했어", None),
    ("data 부팅 안 돼", None),
    ("redis 풀링 됐어?", None),
    ("my-nginx 리스타트 쳤어?", None),
    ("web 리스타트 쳤어", None),
    ("팀장님이 web 바운스 하래", None),
]


@pytest.mark.parametrize("text,want", KONGLISH + SATOORI + SATOORI_FORMS + NEAR_MISS)
def test_ko23(text, want):
    check(text, want)
