"""(lead31b) Three kinds of fresh20's misses, each with wordings of its own (Korean and English) and, beside each,
what must never run: an order with a reason or an aside after it (`trailing`), names joined by / + & ㆍ · (`list-sep`),
and a request after pasted output (`paste`)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # trailing: the order, then its reason set off by a dash, a comma, a bracket or a reason's label
    ("web 재시작 — 메모리 샘", "docker restart web"),
    ("my-volume 중지 부탁 — 디스크 꽉 참", "docker stop my-volume"),
    ("cache 멈춰 — 백업 중", "docker stop cache"),
    ("data 꺼줘, 로그를 너무 많이 찍어서", "docker stop data"),
    ("web 재시작 — 로그 너무 많이 쌓여서", "docker restart web"),
    ("my-nginx 로그 따라가줘 — 배포 모니터링 중", "docker logs -f my-nginx"),
    ("web 로그 50줄 — 500 원인 찾는 중", "docker logs --tail 50 web"),
    ("cache 재시작 (사유: 커넥션 풀 고갈)", "docker restart cache"),
    ("restart cache (OOM again)", "docker restart cache"),
    ("restart web. reason: config reload didn't stick", "docker restart web"),
    ("pause data - running a backup on the host", "docker pause data"),
    ("stop data — disk full", "docker stop data"),
    ("kill cache - stuck again", "docker kill cache"),
    # list-sep: a symbol between plain names of a request on containers
    ("web/cache 재시작", "docker restart web cache"),
    ("web/cache/data 꺼줘", "docker stop web cache data"),
    ("web+cache 메모리", "docker stats --no-stream web cache"),
    ("kill web+cache", "docker kill web cache"),
    ("cache/data 일시정지 풀어줘", "docker unpause cache data"),
    ("web ㆍ cache 재시작해주세요", "docker restart web cache"),
    ("web·cache·data 멈춰", "docker stop web cache data"),
    ("inspect web, cache & my-nginx", "docker inspect web cache my-nginx"),
    ("web/cache 상태", "docker inspect web cache"),
    ("data&cache 재기동", "docker restart data cache"),
    ("fastcampus/hello-world 실행", "docker run -d fastcampus/hello-world"),  # an image, as typed
    ("pull fastcampus/hello-world", "docker pull fastcampus/hello-world"),
    ("web에서 cat etc/hosts", "docker exec web cat etc/hosts"),  # a path, as typed
    # paste: the request after pasted output; the paste's words never targets
    ("exit code 137 떴어요, cache 상태 좀 봐주세요", "docker inspect cache"),
    ("Killed\nKilled\nKilled — data 메모리 사용량 좀", "docker stats --no-stream data"),
    ("WARN [main] high memory usage 87% — cache stats 보여줘", "docker stats --no-stream cache"),
    ("Segmentation fault (core dumped) 떴던데 cache 로그 50줄", "docker logs --tail 50 cache"),
    ("exit code 1 떴어요, web 로그 보여줘", "docker logs web"),
]

# the aside or the separator may change the meaning: asked back or refused, never run as the order alone
NOT_RUN = [
    "db 켜줘 (etl 돌려야 함)",  # a step of its own
    "web 꺼줘 (그리고 지워줘)",
    "web 재시작 — 로그 찍어줘",
    "web 재시작 — 지워서",
    "web 재시작 — 내일",  # a time
    "restart web, tomorrow",
    "web 재시작, 나중에",
    "cache 재시작 (사유: 내일 배포)",
    "restart web (after the deploy)",
    "restart web — cache too",  # an addition
    "restart web - not now",  # a negation
    "restart web (don't)",
    "web 재시작 (농담)",
    "web 재시작 — 메모리 샘 아님",
    "restart web. reason: do not restart cache",
    # a name in the aside, not told of the order's own thing (lead32c: "stop my-nginx – it's a duplicate of web anyway",
    # told of it, is the stop alone — fresh20's row; tests/test_parse_lead32c.py)
    "stop my-nginx – a duplicate of web anyway",
    "remove web - running a new one",  # a run of its own
    "web | cache 재시작",  # shell characters, never a list
    "web; cache 재시작",
    "web and/or cache 재시작",  # a choice
    "restart web&&cache",
    "docker restart web&cache",  # typed docker CLI keeps its metacharacters refused
    "web에서 sleep 1 & echo hi",
    "web/cache 지워",  # a removal joined by "/" (an image's reference in shape)
    "fastcampus/hello-world 지워",
    "web/cache 재시작 하지마",
    "stop web/cache",  # English with a slash: shaped as typed docker CLI (break9)
    "restart web, love it",  # a judgement after an English comma
    "remove web, it's still needed",
    "prod-1에서 web 재시작 (staging-1)",  # an engine in brackets
    "stop web/cache tomorrow",
    "Error: could not connect → cache 재시작 하지마",
    "Error: web is not running, do not restart cache",
    "Web container, I would like to restart, is it possible?",  # asked after the order (fresh19)
    "web 재시작 — 괜찮을까",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    a = answer(text)
    assert a.cli == (cli,) if " && " not in cli else a.cli == tuple(cli.split(" && ")), (text, a)


@pytest.mark.parametrize("text", NOT_RUN)
def test_not_run(text: str) -> None:
    a = answer(text)
    assert not a.cli, (text, a)
