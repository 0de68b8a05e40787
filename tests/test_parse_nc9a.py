"""Writes a new user did not mean (issue 8, session 8, `nc9a`), each fixed as a kind and read through
Gorae.explain against the fake corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a
question or a proposal that is no write are all fine).

A. "run IMAGE -flag …" said without `docker`: docker-run flags after the image are the run's options
   (every flag gorae's run supports) or a refusal (one it cannot apply) — never the container's
   arguments, whichever flag it is. Typed `docker run IMAGE -v x` stays as docker reads it.
B. a command after the options is never dropped: it stays the container's command.
H. a bare interactive shell (sh, bash, zsh, ash, dash — no argument) as the whole command is a terminal
   session, not a chat feature: refused with the suggestion of one command, said or typed alike;
   `sh -c '…'` stays a command.
"""
from __future__ import annotations

import pytest
from fakes import FakeGorae
from test_parse_blind6 import check

READ = [
    # A: the flags after the image are the run's options, whichever flag
    ("run nginx -v /srv:/srv", ["docker run -d -v /srv:/srv nginx"]),
    ("run nginx -p 8080:80 -e A=1 -v /srv:/srv --name x1",
     ["docker run -d --name x1 -p 8080:80 -e A=1 -v /srv:/srv nginx"]),
    ("run redis --name r9 -v r9data:/data", ["docker run -d --name r9 -v r9data:/data redis"]),
    ("run nginx --network backend", ["docker run -d --network backend nginx"]),
    ("run nginx -m 256m", ["docker run -d -m 256m nginx"]),
    ("run alpine --rm echo hi", ["docker run --rm alpine echo hi"]),
    ("run nginx -p 8080:80 --name x1", ["docker run -d --name x1 -p 8080:80 nginx"]),
    ("run nginx --rm", ["docker run -d --rm nginx"]),
    ("run nginx -d", ["docker run -d nginx"]),
    # other wordings of the kind (written before the fix)
    ("run httpd -v /tmp/site:/usr/local/apache2/htdocs:ro",
     ["docker run -d -v /tmp/site:/usr/local/apache2/htdocs:ro httpd"]),
    ("Run redis --restart always", ["docker run -d --restart always redis"]),
    ("run busybox -w /tmp pwd", ["docker run -w /tmp busybox pwd"]),
    ("run nginx --memory 128m --name m5", ["docker run -d --name m5 -m 128m nginx"]),
    ("run alpine -e FOO=bar --rm env", ["docker run --rm -e FOO=bar alpine env"]),
    # B: the command after the options stays
    ("run ubuntu:focal -e A=1 env", ["docker run -e A=1 ubuntu:focal env"]),
    ("run alpine -e X=2 printenv X", ["docker run -e X=2 alpine printenv X"]),
    ("run busybox -v /srv:/data ls /data", ["docker run -v /srv:/data busybox ls /data"]),
    # a command with its own flags said run in a container stays an exec (the flags are the command's)
    ("run df -h on my-volume", ["docker exec my-volume df -h"]),
    ("run id -u as 0 in web", ["docker exec -u 0 web id -u"]),
    ("run nginx -s reload in web", ["docker exec web nginx -s reload"]),
    ("run sh -c 'echo $HOME' in web", ["docker exec web sh -c 'echo $HOME'"]),
    # B in Korean: the run verb after docker-run words keeps the command
    ("ubuntu:focal -e A=1 env 실행", ["docker run -e A=1 ubuntu:focal env"]),
    # (the sentence does not read these at all: refused, never a run without the command — not read yet)
    ("alpine -e X=2 printenv X 실행해줘", None),
    ("busybox -v /srv:/data ls /data 돌려줘", None),
    ("alpine -e X=2 env 실행해줘", ["docker run -e X=2 alpine env"]),
    # typed docker CLI stays as docker reads it: after the image, the container's arguments
    ("docker run nginx -v /srv:/srv", ["docker run nginx -v /srv:/srv"]),
    ("docker run alpine --rm echo hi", ["docker run alpine --rm echo hi"]),
    # A: a flag gorae cannot apply after the image is a refusal, never an argument
    ("run nginx --env-file ./a.env", None),
    ("run nginx --bogus-flag 1", None),
    ("run alpine -it sh", None),
    # H: a bare interactive shell, said or typed: refused (exec of one command is suggested)
    ("ubuntu:focal 에서 bash 실행", None),
    ("run sh in web", None),
    ("web에서 bash 실행해줘", None),
    ("cache 컨테이너에서 sh 띄워", None),
    ("exec zsh in data", None),
    ("open bash on my-nginx", None),
    ("web에서 /bin/sh 실행", None),
    ("docker exec web sh", None),
    ("docker run alpine sh", None),
    ("docker exec -u root web bash", None),
    # H: a shell given a script, or a shell's own argument, stays a command
    ("web에서 sh -c 'ls /' 실행", ["docker exec web sh -c 'ls /'"]),
    ("docker exec web sh -c 'echo hi'", ["docker exec web sh -c 'echo hi'"]),
    ('run "sh -c \'echo hi\'" in data', ["docker exec data sh -c 'echo hi'"]),
    ("docker run alpine sh -c 'echo hi'", ["docker run alpine sh -c 'echo hi'"]),
    ("docker exec web bash -lc 'ls /'", ["docker exec web bash -lc 'ls /'"]),
]


@pytest.mark.parametrize("text,want", READ, ids=[t for t, _ in READ])
def test_reads(text, want):
    check(text, want)


def test_bare_shell_refusal_suggests_one_command():
    """The refusal says why and offers one command instead (bot/messages/core.py parse.interactive)."""
    from bot.model import Unresolved

    for text in ("run sh in web", "web에서 bash 실행해줘", "docker exec web sh"):
        ex = FakeGorae().explain(text)
        assert isinstance(ex.planned, Unresolved), (text, ex.planned)
        assert ex.planned.reason.key == "parse.interactive", (text, ex.planned.reason)
        assert ex.planned.reason.kw()["example"].startswith("docker exec web "), ex.planned.reason
