"""(en33) The docker-CLI and code-block kinds of fresh21's misses fixed in session 33, each with wordings of its own and
the near wordings that must not plan the write (asked back as a proposal, or refused)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # a command word of docker's CLI typed with a slip: a read runs, its typo said (one slip, one candidate)
    ("docker imgaes", ["docker images"]),
    ("docker netwrok ls", ["docker network ls"]),
    ("docker imgaes -a", ["docker images -a"]),
    ("docker iamges", ["docker images"]),
    ("docker volmue ls", ["docker volume ls"]),
    ("docker cotnainer ls", ["docker ps"]),
    ("docker isnpect web", ["docker inspect web"]),
    ("docker network isnpect backend", ["docker network inspect backend"]),
    ("docker vloume inspect db", ["docker volume inspect db"]),
    ("docker statts --no-stream", ["docker stats --no-stream"]),
    ("dokcer imgaes", ["docker images"]),
    # English courtesy closing a typed docker command: no argument of it
    ("docker logs --tail 50 cache pls", ["docker logs --tail 50 cache"]),
    ("docker network inspect backend plz", ["docker network inspect backend"]),
    ("docker ps -a thank you", ["docker ps -a"]),
    ("docker inspect web, thx", ["docker inspect web"]),
    ("docker inspect web cache thanks!", ["docker inspect web cache"]),
    ("docker exec web echo thanks", ["docker exec web echo thanks"]),  # the exec's own words, as typed
    ("docker run alpine echo please", ["docker run alpine echo please"]),
    # chat typed before a docker command
    ("ok so docker restart my-nginx", ["docker restart my-nginx"]),
    ("alright, docker ps -a", ["docker ps -a"]),
    ("um docker logs web pls", ["docker logs web"]),
    ("hey docker stop data", ["docker stop data"]),
    # Korean after a docker command: once, and the count of its names
    ("docker stats --no-stream 한 번만", ["docker stats --no-stream"]),
    ("docker logs --tail 20 web 한번만 보여줘", ["docker logs --tail 20 web"]),
    ("docker restart web cache 두 개 다", ["docker restart web cache"]),
    ("docker restart web cache 둘 다", ["docker restart web cache"]),
    ("docker stop web cache data 세 개 다 해줘", ["docker stop web cache data"]),
    ("docker restart web cache 두개 다 부탁", ["docker restart web cache"]),
    ("docker restart web cache 다", ["docker restart web cache"]),
    # a docker command in a code fence asked to be run
    ("```\ndocker restart cache\n```\n이거 돌려줘", ["docker restart cache"]),
    ("이거 실행해줘 ```docker stop data```", ["docker stop data"]),
    ("run this pls:\n```\ndocker pause my-volume\n```", ["docker pause my-volume"]),
    ("can you run this?\n```\ndocker logs --since 15m my-nginx\n```", ["docker logs --since 15m my-nginx"]),
    ("```bash\ndocker exec cache redis-cli info memory\n```", ["docker exec cache redis-cli info memory"]),
    ("```sh\ndocker ps -a\n```", ["docker ps -a"]),
    ("```shell\n$ docker logs --tail 30 web\n```", ["docker logs --tail 30 web"]),
    ("```\ndocker restart web\n```\nrun this pls", ["docker restart web"]),
    ("```\ndocker stop cache\n```\n이거 실행 부탁드려요", ["docker stop cache"]),
    ("아래 명령 실행해주세요\n```\ndocker restart cache\n```", ["docker restart cache"]),
    ("please execute the following:\n```bash\ndocker inspect web\n```", ["docker inspect web"]),
    ("이거 돌려줘:\n```\ndocker logs --since 10m cache\n```", ["docker logs --since 10m cache"]),
    ("could you run this for me?\n```\ndocker unpause data\n```", ["docker unpause data"]),
    ("run this: `docker restart web`", ["docker restart web"]),
    ("아래 명령어 돌려주세요\n```\ndocker logs --tail 100 cache\n```", ["docker logs --tail 100 cache"]),
    ("```\ndocker restart web\n```\n요거 돌려주세요~", ["docker restart web"]),  # 돌려주세요 read beside its pointer
    ("이걸 돌려주세요 `docker ps -a`", ["docker ps -a"]),
    ("```console\ndocker volume ls\n```", ["docker volume ls"]),
    ("pls execute:\n```\ndocker stats --no-stream\n```", ["docker stats --no-stream"]),
    ("docker netwrok ls 해줘", ["docker network ls"]),
    ("docker imgaes 보여줘", ["docker images"]),
    ("docker ps -a 한 번만 보여줘", ["docker ps -a"]),
    ("```docker rm web```\nweb 로그 봐줘", ["docker logs web"]),  # a paste with no word pointing at it: set aside
]

# a misspelt command word of a write: asked back (yes/no), never run
ASKED = [
    ("docker pul alpine", ["docker pull alpine"]),
    ("docker unpuase data", ["docker unpause data"]),
    ("docker strat web", ["docker start web"]),
    ("docker restrat cache", ["docker restart cache"]),
    ("docker stpo web", ["docker stop web"]),
    ("docker rmii httpd", ["docker rmi httpd"]),
    ("docker kil web", ["docker kill web"]),
    ("docker psuh nginx", ["docker push nginx"]),
    ("so docker rm web?", ["docker rm web"]),  # chat, then a write asked with "?"
    ("docker unpuase data 해줘", ["docker unpause data"]),  # with a Korean request: still asked, never run
    ("docker restrat web 해줘", ["docker restart web"]),
    ("run docker restrat web", ["docker restart web"]),  # never a run of an image `docker` (blind8)
]

NOT_RUN = [
    "docker restart web cache thanks!",  # a write's words are docker's, every one (f17en): no container thanks
    "docker stop data pls",
    "docker stat web",  # as near to start as to stats
    "docker rn web",  # rm or run
    "docker rmm web",  # rm or rmi
    "docker restart web 두 개 다",  # one name, two said
    "docker stop web cache 세개 다",
    "docker restart web 다",
    "docker rm web cache 둘 다 하지 마",
    "```\ndocker restart web\n```\n이거 돌려도 돼요?",
    "```\ndocker rm -f data\n```\n절대 이거 치지 마세요",
    "```\ndocker stop cache\n```\n이거 실행해도 될까요?",
    "```\ndocker stop cache\n```\n이거 하지 마세요",
    "```\ndocker rm -f web\n```\nthis is what I ran yesterday",
    "```\ndocker rm -f web\n```\ndon't run this",
    "```\ndocker ps\ndocker images\n```\n이거 돌려줘",  # two lines: no one command
    "```\ndocker restart web\n```\nwhat does this do?",
    "```\ndocker restart web\n```\n이거 뭐하는 명령이야?",
    "should I run this?\n```\ndocker rm web\n```",
    "fyi the runbook says:\n```\ndocker stop web\n```\ndon't run it yet",
    "```docker stop web```\nthis",
    "이거 `docker stop data`",
    "ok so don't docker rm web",
    "```\ndocker restart web\n```\n요거 돌려도 돼요?",
    "docker stat web 해줘",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize(("text", "proposal"), ASKED)
def test_asked(text, proposal):
    a = answer(text)
    assert not a.cli and list(a.proposal) == proposal, a


@pytest.mark.parametrize("text", NOT_RUN)
def test_not_run(text):
    a = answer(text)
    assert not a.cli, a


def test_typo_said():
    """The typo read is said (`Command.typos`)."""
    from bot.language.normalize import normalize
    from bot.language.parse import parse

    assert parse(normalize("docker imgaes")).typos == (("imgaes", "images"),)
    assert parse(normalize("docker netwrok ls")).typos == (("netwrok", "network"),)
