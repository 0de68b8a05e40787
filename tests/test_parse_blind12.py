"""The kinds that wordings_fresh12.yaml (the twelfth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # an image said (not typed) by its last name that the engine has only under a namespace is that image, as
    # rmi reads it (bot/engine/plan.py `_push`): it planned `docker push hello-world`, an image not on the engine
    ("push the hello-world image", ["docker push fastcampus/hello-world"]),
    ("hello-world 이미지 푸시해줘", ["docker push fastcampus/hello-world"]),
    ("hello-world 레지스트리에 밀어줘", ["docker push fastcampus/hello-world"]),
    ("push hello-world please", ["docker push fastcampus/hello-world"]),
    # typed docker CLI runs as typed: docker answers for it
    ("docker push hello-world", ["docker push hello-world"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # docker's words in Hangul (grammar/natural.lark: 도커 a filler, 커넥트/디스커넥트, 익젝/이그젝; ko_words.txt 풀해,
    # 이미지스): the table's misses, then other wordings of the kind
    ("도커 리스타트 web", ["docker restart web"]),
    ("도커 피에스", ["docker ps"]),
    ("도커 컨테이너 리스트", ["docker ps"]),
    ("alpine 풀해", ["docker pull alpine"]),
    ("web에서 익젝 ls", ["docker exec web ls"]),
    ("cache에 이그젝으로 redis-cli info", ["docker exec cache redis-cli info"]),
    ("backend 네트워크 디스커넥트 data", ["docker network disconnect backend data"]),
    ("도커 스탑 cache", ["docker stop cache"]),
    ("busybox 풀해", ["docker pull busybox"]),
    ("data 이그젝 df -h", ["docker exec data df -h"]),
    ("my-volume에서 익젝 cat /etc/hostname", ["docker exec my-volume cat /etc/hostname"]),
    ("data를 backend에 커넥트해줘", ["docker network connect backend data"]),
    ("web을 backend에서 디스커넥트해줘", ["docker network disconnect backend web"]),
    ("도커 web 지우지 마", None),
    ("도커 네트워크 리스트", ["docker network ls"]),
    ("도커 볼륨 인스펙트 pgdata", ["docker volume inspect pgdata"]),
    # a question about docker's nouns is no request (tests/data/wordings_fresh8.yaml howto)
    ("도커 볼륨이 뭐야?", None),
    ("도커 이미지가 뭐예요", None),
    # a word taken back mid-sentence (grammar/natural.lark `correction`: 아니, 아니야, wait no, no wait, i meant;
    # bot/language/parse_natural.py `_corrected_en`, `_word_taken_back`): what follows is the request, the word of
    # its kind before it is not; the table's misses, then other wordings of the kind
    ("web 아니 cache 재시작", ["docker restart cache"]),
    ("web 아니다 cache 꺼줘", ["docker stop cache"]),
    ("nginx 8080 아니 8081로 띄워", ["docker run -d -p 8081:80 nginx"]),
    ("redis 6380 아 아니 6381로 띄워줘", ["docker run -d -p 6381:6379 redis"]),
    ("stop web, sorry, i meant cache", ["docker stop cache"]),
    ("restart cache, wait no, just stop it", ["docker stop cache"]),
    ("restart web no wait cache", ["docker restart cache"]),
    ("my-nginx 아니 data 재시작해줘", ["docker restart data"]),
    ("redis 6382 아니 6383으로 실행", ["docker run -d -p 6383:6379 redis"]),
    ("web 재시작 아니 cache", ["docker restart cache"]),
    ("my-nginx 아니야 data 꺼줘", ["docker stop data"]),
    ("kill web, wait no, stop it", ["docker stop web"]),
    ("restart data, sorry i mean my-volume", ["docker restart my-volume"]),
    # taken back and then forbidden, or which word is taken back unclear: nothing runs
    ("web 지워줘 아 아니야 지우지 마", None),
    ("cache 꺼 아니다 하지 마", None),
    ("web cache 아니 data 재시작", None),
    ("restart web, wait no, don't", None),
    ("web 재시작한 거 아니야?", None),
    # a verb taken back by another verb in Korean: the second, whole, is meant (corr24; refused before until the
    # tables agreed: break8 'web 꺼 아니 재시작', brk23 'web 재시작 아니 멈춰', fresh7 'cache 꺼 아니 켜' want it) —
    # (f12en) taken back plainly, "아니 그냥" (no, just): every table that has it wants the second verb
    # (fresh12, wordings_break3 'web 강제종료 아니 그냥 정지'), tests/test_parse_f12en.py
    ("web 지워 아니 그냥 꺼", ["docker stop web"]),
    ("web 꺼줘 아니야 재시작해줘", ["docker restart web"]),
    ("cache 꺼 아니 켜", ["docker start cache"]),
    ("db 켜 아니 꺼", ["docker stop db"]),
    # released from a pause (grammar/natural.lark `v_unpause`)
    ("release cache from pause", ["docker unpause cache"]),
    ("release my-nginx from pause please", ["docker unpause my-nginx"]),
    ("release data", ["docker unpause data"]),
    # a volume said as "vol"/"vols" (grammar/natural.lark `kind`, `plural`)
    ("vol ls", ["docker volume ls"]),
    ("inspect pgdata vol", ["docker volume inspect pgdata"]),
    ("rm vol pgdata", ["docker volume rm pgdata"]),
    ("prune vols", ["docker volume prune"]),
    ("list vols", ["docker volume ls"]),
    ("db vol rm", ["docker volume rm db"]),
    ("vol create v31", ["docker volume create v31"]),
    # a junior's politeness around the request (grammar/natural.lark `_filler`: 실례, 시간 되시면, 저, sorry to bother)
    ("실례지만 web 로그 마지막 30줄 보여주실래요?", ["docker logs --tail 30 web"]),
    ("혹시 시간 되시면 db 좀 켜 주세요", ["docker start db"]),
    ("저 web 컨테이너 상세 정보 보고 싶어요", ["docker inspect web"]),
    ("sorry to bother, could you show me the images?", ["docker images"]),
    ("실례합니다 cache 재시작 부탁드려요", ["docker restart cache"]),
    ("저 cache 로그 보고 싶어요", ["docker logs cache"]),
    ("sorry to bug you, restart data pls", ["docker restart data"]),
    ("what images are on this host", ["docker images"]),
    ("저 web 지우지 마세요", None),
    # of no use (쓸모없는), swept away, all the way (완전히): grammar/natural.lark `unused`, `v_prune`, `_filler`
    ("쓸모없는 네트워크 정리해", ["docker network prune"]),
    ("쓸모 없는 볼륨 비워줘", ["docker volume prune"]),
    ("sweep away all stopped containers", ["docker container prune"]),
    ("sweep up the unused volumes", ["docker volume prune"]),
    ("my-volume 완전히 꺼버려", ["docker stop my-volume"]),
    ("cache 완전히 내려줘", ["docker stop cache"]),
    ("web 완전히 지우지 마", None),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
