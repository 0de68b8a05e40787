"""The Korean and mixed kinds that wordings_fresh7.yaml (the seventh table, written blind) found missed,
each fixed as a kind in grammar/ or bot/language/: the failing input of the table (first of each
group) and other wordings of the same kind written before the fix (not in any table), read through
normalize -> parse -> plan against the fake corpus world (tests/fakes.py). `None`: nothing may run.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # exec: an option with its value after = inside the command line is the command's (FLAGWORD)
    ("web에서 ls -la --color=never /etc 돌려줘", ["docker exec web ls -la --color=never /etc"]),
    ("data에서 du -h --max-depth=1 / 실행", ["docker exec data du -h --max-depth=1 /"]),
    ("my-nginx에서 grep --color=auto -r listen /etc/nginx 실행해줘",
     ["docker exec my-nginx grep --color=auto -r listen /etc/nginx"]),
    ("nginx --restart=always로 띄워", None),  # outside a command line: a word the run cannot use
    # exec: the command said as one (명령 / 명령어) before its verb
    ("web 컨테이너에 date 명령 실행", ["docker exec web date"]),
    ("cache에서 redis-cli ping 명령어 돌려줘", ["docker exec cache redis-cli ping"]),
    ("data에서 hostname 명령을 실행해줘", ["docker exec data hostname"]),
    ("alpine으로 echo hi 명령 실행", ["docker run alpine echo hi"]),
    ("web 명령 실행", None),  # names no command line: asked for, never a start of web
    ("web에서 명령 실행", None),
    ("nginx 명령 실행", None),
]


@pytest.mark.parametrize("text,want", KINDS, ids=[k[0] for k in KINDS])
def test_ko7_kind(text, want):
    check(text, want)
