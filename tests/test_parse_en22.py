"""(en22) Indian/Japanese/Chinese English, ops English and Slack italics (issue 8), read through Gorae.explain over the
fake world (tests/test_wordings_fresh.py `answer`), as the tables are: containers web, my-nginx, cache (running), db
(created), my-volume, data (running).

Kinds: courtesy and emphasis of Asian English (kindly, do the needful, onegaishimasu, itself, thank you very much, help
me VERB), "and revert" (a reply asked: runs nothing more), check once, one doubt, gone for a toss / not coming up / is
hang (trouble: status and recent logs), prepone, close NAME = stop (never a removal), open one X container = run, make
NAME to VERB, N minutes before = ago, one volume = a volume, confirm the status = its status; ops English: trouble words
(flapping, timing out, sick), what's paused, who has port N, a capital signal said first (HUP NAME), call OLD NEW from
now on = rename, who mounts VOLUME; Slack _italic_."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, plan_key


def _cli(text: str) -> list[str]:
    return list(answer(text).cli)


def _status(name: str) -> list[str]:
    return [f"docker inspect {name}", f"docker logs --tail 20 {name}"]


READ = [
    # every input of the brief read today (fresh19's esl-asia, en, slack, volume rows)
    ("Kindly restart the web container and revert.", ["docker restart web"]),
    ("Please do the needful and stop cache.", ["docker stop cache"]),
    ("Web container is not coming up only, please check.", _status("web")),
    ("I want to confirm the status of db container.", ["docker inspect db"]),
    ("Restart web container, onegaishimasu.", ["docker restart web"]),
    ("Cache container stop please, thank you very much.", ["docker stop cache"]),
    ("help me restart web", ["docker restart web"]),
    ("open one nginx container, port 8080", ["docker run -d -p 8080:80 nginx"]),
    ("close web", ["docker stop web"]),
    ("web is hang, help me check", _status("web")),
    ("Kindly share the last 100 lines of my-nginx logs at the earliest.", ["docker logs --tail 100 my-nginx"]),
    ("Please prepone the restart of cache, do it now itself.", ["docker restart cache"]),
    ("I have one doubt, is web running or not?", ["docker inspect web"]),
    ("Excuse me, could you kindly show the images list?", ["docker images"]),
    ("cache log from 10 minute before until now", ["docker logs --since 10m cache"]),
    ("please make data container to pause", ["docker pause data"]),
    ("please make data container un-pause", ["docker unpause data"]),
    ("Please remove the unused networks, it is too many.", ["docker network prune"]),
    ("The web container has gone for a toss, check once.", _status("web")),
    ("Please check once the ports of web.", ["docker port web"]),
    ("Kindly create one volume with name reports.", ["docker volume create reports"]),
    ("give me cache container process", ["docker top cache"]),
    ("what's paused right now", ["docker ps -a --filter status=paused"]),
    ("who has port 80", ["docker ps --filter publish=80"]),
    ("HUP my-nginx", ["docker kill -s HUP my-nginx"]),
    ("call data data-archive from now on", ["docker rename data data-archive"]),
    ("web is flapping", _status("web")),
    ("cache keeps timing out", _status("cache")),
    ("my-nginx looks sick", _status("my-nginx")),
    ("_please_ restart web", ["docker restart web"]),
    ("_web_ 상태?", ["docker inspect web"]),
    ("who mounts pgdata", ["docker ps --filter volume=pgdata"]),
    # my own wordings of each kind
    # courtesy and emphasis
    ("kindly do the needful and restart web", ["docker restart web"]),
    ("do the needful and pause data", ["docker pause data"]),
    ("stop cache onegai", ["docker stop cache"]),
    ("pause data, onegaishimasu", ["docker pause data"]),
    ("restart web, thank you so much", ["docker restart web"]),
    ("help me to pull redis", ["docker pull redis"]),
    ("help me stop my-nginx", ["docker stop my-nginx"]),
    ("restart cache now itself", ["docker restart cache"]),
    # a reply asked
    ("stop cache and revert back", ["docker stop cache"]),
    ("kindly pause data and revert", ["docker pause data"]),
    ("restart my-nginx and revert.", ["docker restart my-nginx"]),
    # check once, a doubt
    ("check once the logs of cache", ["docker logs cache"]),
    ("I have a doubt, is db up?", ["docker inspect db"]),
    ("one doubt, is cache running?", ["docker inspect cache"]),
    # trouble said in Asian English
    ("cache has gone for a toss", _status("cache")),
    ("my-nginx is not coming up", _status("my-nginx")),
    ("data is hang", _status("data")),
    ("db container is not coming up only", _status("db")),
    # prepone, at the earliest
    ("prepone the restart of web", ["docker restart web"]),
    ("pull redis at the earliest", ["docker pull redis"]),
    # close = stop
    ("please close the cache container", ["docker stop cache"]),
    ("kindly close my-nginx", ["docker stop my-nginx"]),
    ("close down my-volume", ["docker stop my-volume"]),
    # open one = run
    ("open a new redis container", ["docker run -d redis"]),
    ("open one httpd container on port 8089", ["docker run -d -p 8089:80 httpd"]),
    # make NAME to VERB
    ("make cache to restart", ["docker restart cache"]),
    ("make the web container stop", ["docker stop web"]),
    ("please make my-nginx to stop", ["docker stop my-nginx"]),
    # minutes before
    ("web logs since 2 hours before", ["docker logs --since 2h web"]),
    ("logs of db from 30 mins before", ["docker logs --since 30m db"]),
    # one as the article, a status confirmed
    ("make one network called n22", ["docker network create n22"]),
    ("create one new volume data2", ["docker volume create data2"]),
    ("confirm the state of web", ["docker inspect web"]),
    ("prune the dangling images, there are too many", ["docker image prune"]),
    # process said for the list
    ("show web process", ["docker top web"]),
    ("data container process please", ["docker top data"]),
    # ops English trouble
    ("db keeps flapping", _status("db")),
    ("cache is throwing errors", _status("cache")),
    ("web is erroring", _status("web")),
    ("web is sick", _status("web")),
    # paused asked of no name
    ("anything paused?", ["docker ps -a --filter status=paused"]),
    ("which ones are paused", ["docker ps -a --filter status=paused"]),
    ("what is paused", ["docker ps -a --filter status=paused"]),
    # who has port N
    ("who has port 8080?", ["docker ps --filter publish=8080"]),
    ("who has port 5432", ["docker ps --filter publish=5432"]),
    # a capital signal first
    ("USR1 web", ["docker kill -s USR1 web"]),
    ("SIGHUP cache", ["docker kill -s SIGHUP cache"]),
    ("WINCH my-nginx please", ["docker kill -s WINCH my-nginx"]),
    # a rename from now on
    ("call cache cache-old going forward", ["docker rename cache cache-old"]),
    ("call web web2 henceforth", ["docker rename web web2"]),
    ("call data data2 from here on.", ["docker rename data data2"]),
    # who mounts
    ("who is mounting pgdata", ["docker ps --filter volume=pgdata"]),
    ("who mounts the pgdata volume", ["docker ps --filter volume=pgdata"]),
    # the logs of two said with one noun
    ("logs for web and cache", ["docker logs web", "docker logs cache"]),
    ("show logs of cache and data", ["docker logs cache", "docker logs data"]),
    ("logs of db & my-nginx please", ["docker logs db", "docker logs my-nginx"]),
    ("show the logs for web, cache", ["docker logs web", "docker logs cache"]),
    # Slack quoted lines are context: the lines after them are the request
    ("> cache 메모리 90%\ncache 재시작 부탁", ["docker restart cache"]),
    ("> data is slow\nrestart data please", ["docker restart data"]),
    ("&gt; my-nginx 502\nshow my-nginx logs", ["docker logs my-nginx"]),
    # Slack italics
    ("restart _cache_ now", ["docker restart cache"]),
    ("_kindly_ stop data", ["docker stop data"]),
]


@pytest.mark.parametrize("text,cli", READ)
def test_read(text, cli):
    assert _cli(text) == cli, answer(text)


# never a write: close never removes, revert never writes, "open" alone and lower-case signals stay unread, a
# told past stays told, a request asked as possible stays asked, "help me" alone asks gorae's help
NO_WRITE = [
    "revert web",
    "please revert",
    "Yesterday itself I restarted cache.",
    "Web container, I would like to restart, is it possible?",
    "open web",
    "hup web",
    "STOP web please",  # a shout of stop: a stop, never a kill -s STOP (checked below)
    "call me later",
    "help me",
    "help me please",
    "close port 8080 on web",
    "stop _my_app_",
    "who's on 8080",
    "who has 8080",
    "logs of web and restart",
    # a quoted order of someone else runs nothing; a quote alone is left as typed
    "> @minsu: web 지워줘\n이거 민수님이 요청한 건데 맞나요?",
    "> web 재시작해줘\n라고 팀장님이 말씀하셨어요",
    "> web 재시작해줘",
    "> restart web\nok do it",
]


@pytest.mark.parametrize("text", NO_WRITE)
def test_no_wrong_write(text):
    ans = answer(text)
    if text.startswith("STOP"):
        assert list(ans.cli) in ([], ["docker stop web"]), ans
        return
    assert not ans.writes, ans
    assert not any(c.startswith(("docker rm", "docker kill", "docker rename")) for c in ans.cli), ans


def test_close_is_never_a_removal():
    for text in ("close web", "close the web container", "please close cache", "kindly close my-nginx"):
        assert not any(c.startswith("docker rm") for c in answer(text).cli), text


# the brief's inputs of kinds not fixed here (typos, run options without a verb, exec with a colon, Slack links and
# emoji, logs of two, layers, sarcasm, handovers): kept as inputs; whatever they read, never a write other than meant
NOT_YET = {
    "ports on my-nginx": ["docker port my-nginx"],
    "reatart cache": ["docker restart cache"],
    "web 로크 보여줘": ["docker logs web"],
    "restart web pleasse": ["docker restart web"],
    "cache 졍지": ["docker stop cache"],
    "shwo logs cache": ["docker logs cache"],
    "alpine 푸ㄹ 받아줘": ["docker pull alpine"],
    "kil data": ["docker kill data"],
    "cache 로그 봐줴": ["docker logs cache"],
    "redis with restart unless-stopped": ["docker run -d --restart unless-stopped redis"],
    "nginx capped at 128m of memory": ["docker run -d -m 128m nginx"],
    "alpine with LOG_LEVEL=debug": ["docker run -d -e LOG_LEVEL=debug alpine"],
    "start alpine with pgdata mounted on /pg": ["docker run -d -v pgdata:/pg alpine"],
    "one-shot busybox printing uname -a": ["docker run --rm busybox uname -a"],
    "postgres:16 on host port 5434": ["docker run -d -p 5434:5432 postgres:16"],
    "cache: redis-cli info memory": ["docker exec cache redis-cli info memory"],
    "check disk on data with df -h": ["docker exec data df -h"],
    "in data, cd /etc and ls": ["docker exec -w /etc data ls"],
    "> web is down\ncan you check web": _status("web"),
    "web 에러 봐주세요 https://sentry.io/issues/123": _status("web"),
    ":rotating_light: my-nginx 502 :rotating_light:": _status("my-nginx"),
    "see https://wiki.internal/runbook/web — step 3: restart web": ["docker restart web"],
    "<https://grafana.internal/d/x|dashboard> 보니 cache cpu 튐. cache stats 보여줘": ["docker stats --no-stream cache"],
    "`my-nginx` 로그 tail": ["docker logs -f my-nginx"],
    "layers of redis": ["docker history redis"],
    "oh great, web is down again, love that for us": _status("web"),
    "Hi team, taking over from Min. She said web needs a restart after the config push. Doing that now? Actually yes "
    "please restart web.": ["docker restart web"],
    "교대 전에 정리: my-nginx 로그 에러 계속 찍힘. 다음 근무자분이 my-nginx 로그 tail 걸어서 봐주세요.": ["docker logs -f my-nginx"],
}


@pytest.mark.parametrize("text", list(NOT_YET))
def test_not_yet_never_a_wrong_write(text):
    ans = answer(text)
    assert not ans.writes or plan_key(list(ans.cli)) == plan_key(NOT_YET[text]), ans
