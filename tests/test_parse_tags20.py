"""(tags20) A stop's or restart's grace period said in words, signals named with `with` or sent in Korean, and the label
of an incident order at its head (grammar/lexicon.txt `incident_label`, `signal_sent_ko`, `within_given_to_en`)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # the grace period
    ("restart web but give it 20 seconds", ["docker restart -t 20 web"]),
    ("stop cache but give it 10s", ["docker stop -t 10 cache"]),
    ("restart my-nginx, give it 15 seconds", ["docker restart -t 15 my-nginx"]),
    ("cache 재시작 타임아웃 3초", ["docker restart -t 3 cache"]),
    ("web 종료 타임아웃 10초로", ["docker stop -t 10 web"]),
    ("my-nginx 재시작해 타임아웃 5초", ["docker restart -t 5 my-nginx"]),
    # signals
    ("kill cache with SIGTERM", ["docker kill -s SIGTERM cache"]),
    ("kill web using SIGHUP", ["docker kill -s SIGHUP web"]),
    ("kill my-nginx with HUP", ["docker kill -s HUP my-nginx"]),
    ("cache에 SIGUSR2 보내", ["docker kill -s SIGUSR2 cache"]),
    ("web에 HUP 보내줘", ["docker kill -s HUP web"]),
    # incident labels
    ("p1 incident: my-nginx restart now", ["docker restart my-nginx"]),
    ("hotfix: pull nginx:1.25", ["docker pull nginx:1.25"]),
    ("mitigation: stop my-volume", ["docker stop my-volume"]),
    ("장애 대응중) cache 재시작 바로 부탁", ["docker restart cache"]),
    ("긴급 ) data 강제종료", ["docker kill data"]),
    ("SEV-3: restart web", ["docker restart web"]),
    ("Urgent: stop cache", ["docker stop cache"]),
    ("p2 incident: cache 재시작해", ["docker restart cache"]),
    ("outage: web 로그 보여줘", ["docker logs web"]),
    # neighbours that stay
    ("kill web with fire", ["docker kill web"]),
    ("send HUP to web", ["docker kill -s HUP web"]),
    ("cache에서 redis-cli ping 보내", ["docker exec cache redis-cli ping"]),
    ("give web 5 seconds to stop", ["docker stop -t 5 web"]),
    ("cache 30초 주고 꺼", ["docker stop -t 30 cache"]),
]

REFUSED = [
    "restart web in 5 minutes",  # a schedule
    "web에 ping 보내",  # no signal named
    "hotfix restart web",  # no separator: hotfix may be a container's name
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_reads(text: str, cli: list[str]) -> None:
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text: str) -> None:
    assert not answer(text).planned
