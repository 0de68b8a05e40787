"""(en24b) Pasted docker CLI read as docker reads it (fresh17 `paste`, `cli-order`, fresh15 `cli`):
  * a shell prompt pasted before the command is no word of it, whatever the prompt shows before its sign — user@host
    and a path ("root@prod:~# docker images"), a path alone ("~/infra $ docker restart my-nginx"), a bracketed one
    ("[root@prod ~]# docker ps"), zsh's % — bot/language/normalize.py `_PROMPT_HEAD`;
  * a shell line continuation pasted with the command: a lone backslash ending the text, before a line break, or before
    the next option when the lines were joined ("docker stop web \\", "docker run -d \\ -p 8090:80 nginx") — normalize.py
    `_CONTINUED` (a backslash inside a word or a quote is the command's, as typed);
  * `docker inspect --type container NAME` is gorae's inspect (any other type refused) and `docker network connect
    --alias NAME` is the SDK's aliases=[...] — bot/language/parse_cli.py `_inspect`, `_network_attach`.
Over the fake world (tests/fakes.py)."""
from __future__ import annotations

import pytest
from corpus_check import is_write
from test_wordings_fresh import answer

READ = [
    # prompts
    ("root@prod:~# docker ps -a", ["docker ps -a"]),
    ("deploy@web-1:/srv$ docker images", ["docker images"]),
    ("ubuntu@ip-10-0-0-5:~$ docker logs cache", ["docker logs cache"]),
    ("~/infra $ docker stop cache", ["docker stop cache"]),
    ("~/infra$ docker start data", ["docker start data"]),
    ("/opt/app# docker restart web", ["docker restart web"]),
    ("[root@prod ~]# docker ps", ["docker ps"]),
    ("[ec2-user@box app]$ docker pause data", ["docker pause data"]),
    ("% docker images", ["docker images"]),
    ("root@prod:~# sudo docker ps", ["docker ps"]),
    ("$ docker ps", ["docker ps"]),
    # continuations
    ("docker restart cache \\", ["docker restart cache"]),
    ("docker run -d \\ --name web9 \\ -p 8097:80 nginx", ["docker run -d --name web9 -p 8097:80 nginx"]),
    ("docker run -d \\\n  -p 8091:80 \\\n  nginx", ["docker run -d -p 8091:80 nginx"]),
    ("docker logs \\\n --tail 5 cache", ["docker logs --tail 5 cache"]),
    ("docker run -d --name q7 \\ alpine sleep 300", ["docker run -d --name q7 alpine sleep 300"]),
    ("~/infra $ docker kill data \\", ["docker kill data"]),
    # a backslash inside a quote is the command's
    ("docker exec web echo 'a \\ b'", ["docker exec web echo 'a \\ b'"]),
    # inspect --type container, network connect --alias
    ("docker inspect --type container cache", ["docker inspect cache"]),
    ("docker inspect --type=container web data", ["docker inspect web data"]),
    ("docker network connect --alias cache1 backend cache", ["docker network connect --alias cache1 backend cache"]),
    ("docker network connect --alias=a1 --alias a2 backend data",
     ["docker network connect --alias a1 --alias a2 backend data"]),
]

# near-misses: nothing written
NONE = [
    "docker inspect --type image web",  # another type: refused
    "docker inspect --type volume pgdata",
    "docker network connect --alias 'a b' backend web",  # no name
    "docker network connect --link cache:c backend web",  # still refused
    "root@prod:~# docker rm $(docker ps -aq) \\ ; ls",  # shell operators after the prompt: refused as before
    "user@host: docker restart web 했었어",  # not a prompt (no sign), a report: Korean
    "#ops docker restart web",  # a channel, no prompt
    "prod web 재시작 # docker restart web",
]


@pytest.mark.parametrize("text,cli", READ)
def test_pasted_cli_reads(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", NONE)
def test_pasted_near_miss_writes_nothing(text):
    ans = answer(text)
    assert not [c for c in ans.cli if is_write([c])], f"{text!r} planned {list(ans.cli)}"


# (en24b typo) a long English verb (7 letters or more) with one letter typed for the key beside it: the verb, when it is
# the only word of the grammars one letter away (bot/language/typo.py `_struck_beside`)
STRUCK = [
    ("reatart cache", ["docker restart cache"]),
    ("restsrt web", ["docker restart web"]),
    ("resrart data please", ["docker restart data"]),
    ("unpayse data", ["docker unpause data"]),
    ("restarr the cache", ["docker restart cache"]),
    # a read's slip taken for a name, the name after it for one said apart (parse.set_apart): the slip is looked for too
    ("shwo logs cache", ["docker logs cache"]),
    ("shwo logs data", ["docker logs data"]),
]

STRUCK_NONE = [
    "did you reatart cache?",  # asked
    "don't reatart cache",  # forbidden
    "reatarted cache yesterday",  # told
    "destart cache",  # a first letter for another: another word begun
    "removr web",  # six letters: never read so
    "restprt web",  # p is not beside a
    "stopp web, cache is ok",  # a name said apart stays apart after the slip is read
    "restrat web but cache is fine",
    "cache but restrat web",
]


@pytest.mark.parametrize("text,cli", STRUCK)
def test_a_neighbour_key_slip_of_a_long_verb_reads(text, cli):
    ans = answer(text)
    assert list(ans.cli) == cli


@pytest.mark.parametrize("text", STRUCK_NONE)
def test_a_neighbour_key_slip_near_miss_writes_nothing(text):
    ans = answer(text)
    assert not [c for c in ans.cli if is_write([c])], f"{text!r} planned {list(ans.cli)}"
