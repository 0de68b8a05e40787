"""(lead29) Kinds of issue 8 read in session 29, each with wordings of its own beside the table's row; each kind's
never-cases beside it (a write never planned from what is only told, asked or scheduled)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # kill's own signal named, sent with 보내 (fresh19 ko-chat "web에 SIGKILL 보내"): never asked which signal
    ("web에 SIGKILL 보내", "docker kill web"),
    ("cache에 SIGKILL 보내줘", "docker kill cache"),
    ("web에 SIGHUP 보내", "docker kill -s SIGHUP web"),
    # 찍다 of a read: printed out (fresh16 sre "stats 찍어줘")
    ("stats 찍어줘", "docker stats --no-stream"),
    ("web stats 찍어줘", "docker stats --no-stream web"),
    ("web 메모리 찍어줘", "docker stats --no-stream web"),
    ("컨테이너 목록 찍어줘", "docker ps"),
    ("이미지 목록 찍어줘", "docker images"),
    ("web 상태 찍어줘", "docker inspect web"),
    # a command typed into a container with 찍 stays its command
    ("busybox로 echo hi 찍어봐", "docker run busybox echo hi"),
    ("web에서 ps 찍어", "docker exec web ps"),
    # 몇기가 glued (Kiwi: 몇 기 가) as how many gigabytes (fresh18 incident)
    ("cache 지금 메모리 몇기가 쓰고있냐", "docker stats --no-stream cache"),
    ("web 메모리 몇기가야", "docker stats --no-stream web"),
    ("cache 메모리 몇 기가 써?", "docker stats --no-stream cache"),
    # what a network or volume is for, said before its kind while it is named (fresh16 qa)
    ("can you make a test network called qa2", "docker network create qa2"),
    ("create a scratch volume named v9", "docker volume create v9"),
    ("make a throwaway network called tmp-net", "docker network create tmp-net"),
    ("create a test network", "docker network create test"),  # no other name: the word is its name
    # finished, said of containers: exited (fresh16 qa "테스트 끝난 컨테이너들 정리 좀")
    ("테스트 끝난 컨테이너들 정리 좀", "docker container prune"),
    ("끝난 컨테이너 정리해줘", "docker container prune"),
    ("작업 끝난 컨테이너 지워", "docker container prune"),
    # where the asker looked, said first (fresh16 markup, fresh19 slack)
    ("grafana 보니까 web 느린데 로그 좀", "docker logs web"),
    ("<https://grafana.internal/d/abc|grafana> 보니까 web 느린데 로그 좀", "docker logs web"),
    ("모니터링 봤더니 web 느린데 로그 좀", "docker logs web"),
    ("대시보드 보니까 cache 로그 보여줘", "docker logs cache"),
    # Kiwi tags 보 after a name an auxiliary: it was dropped, "grafana 보니 cache 재시작해줘" planned `docker restart
    # grafana cache` (grammar/morphemes.txt: VX 보 after a noun is the verb of seeing)
    ("grafana 보니 cache 재시작해줘", "docker restart cache"),
    ("web 보니 cache 로그 보여줘", "docker logs cache"),
]

NOT_RUN = [
    # once something has finished, then: a time to come, never now
    "작업 끝난 후에 web 재시작",
    "테스트 끝난 뒤 web 재시작",
    "배포 끝난 다음에 web 재시작해줘",
    # what was looked at is the thing asked of: what was seen matters, never left out
    "web 보니까 web 재시작해줘",
    # a place said with 찍: a program run there, never a read
    "busybox로 stats 찍어봐",
    # tried, then: the write before 보니까 is told done, never a second request (it planned both writes)
    "web 재시작해 보니까 cache 꺼줘",
    "web 재시작해 보니 cache 꺼줘",
    # a signal sent, none named
    "cache에 시그널 보내",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
