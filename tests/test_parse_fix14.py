"""The kinds of wordings_fresh14.yaml's `oncall` and `junior` misses that fix14 fixed, each as a kind: the failing
input of the table and other wordings of the same kind (not in any table), read through `Gorae.explain` against the
fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

PERMISSION_GIVEN = [
    # a permission asked, then the go-ahead under a condition that is only the asker's permission (괜찮으면, 된다면,
    # 되면, 그렇다면; grammar/lexicon.txt permission_given_ko): the request asked about (bot/language/parse.py
    # `_asked_then_go_ahead`)
    ("혹시 cache 멈춰도 괜찮을까요? 괜찮으면 멈춰주세요", ["docker stop cache"]),
    ("제가 my-nginx 재시작해봐도 될까요? 된다면 부탁드려요", ["docker restart my-nginx"]),
    ("web 꺼도 될까요? 괜찮으시면 꺼주세요", ["docker stop web"]),
    ("cache 지워도 되나요? 그렇다면 부탁합니다", ["docker rm cache"]),
    ("제가 web 재시작해봐도 될까요? 해주세요", ["docker restart web"]),
    # the Korean go-ahead alone after the question (grammar/lexicon.txt go_ahead_alone_ko)
    ("db 켜도 돼요? 부탁드립니다", ["docker start db"]),
    # the permission said as the request's own condition, no question (`_permission_inline_ko`)
    ("혹시 busybox 이미지 지워도 되면 지워주세요", ["docker rmi busybox"]),
    ("혹시 web 꺼도 되면 꺼주세요", ["docker stop web"]),
    ("my-nginx 재시작해도 괜찮으면 재시작해줘", ["docker restart my-nginx"]),
    # an English request opened by the asker's permission (grammar/lexicon.txt permission_given_en, `_permission_given`)
    ("if it's fine, please remove the busybox image", ["docker rmi busybox"]),
    ("if that's ok, restart web", ["docker restart web"]),
    ("if it's okay stop cache please", ["docker stop cache"]),
    ("괜찮으면 web 재시작해주세요", ["docker restart web"]),
    # an English permission asked, then "if so …" / "yes? then …" (grammar/lexicon.txt permission_after_en): the
    # request asked about, "it"/"them" its names (`_asked_then_given_en`)
    ("am I allowed to restart cache? if so restart it", ["docker restart cache"]),
    ("is it ok to stop web? if so, go ahead", ["docker stop web"]),
    ("can I stop web and cache? if so stop them", ["docker stop web cache"]),
    # … never another verb or another name than the one asked, never a condition on a state
    ("is it ok to restart cache? if so restart web", None),
    ("is it ok to restart cache? if so remove it", None),
    ("is web down? if so restart it", None),
    # any other condition stays refused: a possibility, a state, another verb or another container after it, a
    # prohibition (the question alone is asked back as before: parse.asked, the request proposed)
    # lead34: courtesy-if decided — the request runs ("가능하면" / "if possible" with no state or event in it)
    ("가능하면 web 재시작해주세요", ["docker restart web"]),
    ("web 꺼도 가능하면 꺼주세요", None),
    ("if possible, restart web", ["docker restart web"]),  # lead34: courtesy-if decided — the request runs
    ("if web is down, restart it", None),
    ("if so restart web", None),
    # lead34: courtesy-if decided — the request runs: the permission asked, then the go-ahead said with courtesy
    ("혹시 cache 멈춰도 괜찮을까요? 가능하면 멈춰주세요", ["docker stop cache"]),
    ("cache 멈춰도 괜찮을까요? 괜찮으면 web 멈춰주세요", None),
    ("cache 멈춰도 괜찮을까요? 괜찮으면 하지 마세요", None),
]


@pytest.mark.parametrize("text, want", PERMISSION_GIVEN, ids=[t for t, _ in PERMISSION_GIVEN])
def test_permission_given(text, want):
    check(text, want)


TYPED_SLIPS = [
    # the first word of a typed docker command with one keyboard slip (two neighbours swapped, a letter left out or
    # typed twice; grammar/lexicon.txt typo_cli_word, bot/language/typo.py `cli_slip`): the typed command, its typo
    # said — "dokcer ps" planned an inspect of a container "dokcer"
    ("dokcer ps", ["docker ps"]),
    ("dcoker images", ["docker images"]),
    ("dockerr ps -a", ["docker ps -a"]),
    ("docekr stop web", ["docker stop web"]),
    ("dockr restart my-nginx", ["docker restart my-nginx"]),
    # the CLI reader's refusal stays a refusal, and another word (a letter put in) is no slip
    ("dokcer rm -rf /", None),
    ("dockers ps", None),
    ("dokcer", None),
    # an English word of inspect with two neighbours swapped (bot/language/typo.py EN_READ_RULES: a read, never a
    # write): "web stauts" = status
    ("web stauts", ["docker inspect web"]),
    ("stauts cache", ["docker inspect cache"]),
    ("inpsect my-nginx", ["docker inspect my-nginx"]),
    ("web statsu", ["docker inspect web"]),
    # a misspelt NAME is never guessed
    ("restart cahe", None),
    ("inspect cahce", None),
]


@pytest.mark.parametrize("text, want", TYPED_SLIPS, ids=[t for t, _ in TYPED_SLIPS])
def test_typed_slips(text, want):
    check(text, want)


def test_cli_slip_says_its_typo():
    from bot.language.normalize import normalize
    from bot.language.parse import parse

    res = parse(normalize("docekr stop web"))
    assert res.typos == (("docekr", "docker"),)


EXEC_TYPED = [
    # `exec CONTAINER PROGRAM ARGS` typed without `docker`, gorae's own words among the program's ("info", "memory"):
    # the exec as typed (bot/language/parse.py `_exec_typed`)
    ("exec cache redis-cli info memory", ["docker exec cache redis-cli info memory"]),
    ("exec cache redis-cli config get maxmemory", ["docker exec cache redis-cli config get maxmemory"]),
    ("exec web nginx -s reload", ["docker exec web nginx -s reload"]),
    ("exec my-volume ls /tmp", ["docker exec my-volume ls /tmp"]),
]

STEPS_SWALLOWED = [
    # WRONG WRITES on integ: a command run in a container or an image took the words of the steps after it ("exec web
    # ls and restart cache" ran `ls and restart cache` in web, then restarted cache; "exec into web and run ls then
    # restart cache" ran `ls then restart cache`, no restart) — where the command ends cannot be told: refused
    # (bot/language/parse.py `_steps_swallowed`)
    ("exec web ls and restart cache", None),
    ("exec into web and run ls then restart cache", None),
    ("run busybox echo hello and then stop web", None),
    ("exec web ls / and show me its logs", None),
    ("have web run nginx -t and restart it", None),
    ("exec cache redis-cli info memory and stop web", None),
    # a join quoted, or typed as docker CLI, is the command's text; a join closing the sentence is no step
    ("in web run echo 'a and b'", ["docker exec web echo 'a and b'"]),
    ("docker exec web echo a and b", ["docker exec web echo a and b"]),
    ("run alpine echo hi and remove it", ["docker run --rm alpine echo hi"]),
]


@pytest.mark.parametrize("text, want", EXEC_TYPED + STEPS_SWALLOWED, ids=[t for t, _ in EXEC_TYPED + STEPS_SWALLOWED])
def test_exec_words(text, want):
    check(text, want)


HURRIED = [
    # a run of two or more ! after an English word, more words after it: a sentence's end said in a hurry, kept as a
    # comma (bot/language/normalize.py `_EMPHATIC_BREAK`): "web down!! restart" read nothing
    ("web down!! restart", ["docker restart web"]),
    ("my-nginx dead!! restart it", ["docker restart my-nginx"]),
    # "??" is left as it was: "cache oom?? stats" is refused (never the stats of every container)
    ("cache oom?? stats", None),
    ("data hung!!! restart pls", ["docker restart data"]),
    # "are you there?" said to the bot before the request is courtesy (grammar/lexicon.txt courtesy_head `there`)
    ("r u there? restart cache", ["docker restart cache"]),
    ("anyone there? stop web", ["docker stop web"]),
    ("are you there? pause data", ["docker pause data"]),
    # alone it asks nothing to run; a question about a container's being there stays a question
    ("r u there?", None),
    ("is web there? restart it", None),
    ("web down!!", None),
]


@pytest.mark.parametrize("text, want", HURRIED, ids=[t for t, _ in HURRIED])
def test_hurried(text, want):
    check(text, want)


FORCE_CUT = [
    # 강제 삭제 cut to its first syllables (natural.lark v_rm "강삭", grammar/lexicon.txt force_rm_said): rm -f, as 강종
    # (강제 종료) is the kill — with a name only, told or forbidden it runs nothing
    ("data 강삭", ["docker rm -f data"]),
    ("cache 강삭해줘", ["docker rm -f cache"]),
    ("my-nginx 컨테이너 강삭 ㄱ", ["docker rm -f my-nginx"]),
    ("강삭해줘", None),
    ("data 강삭하지 마", None),
    ("data 강삭했음", None),
]


@pytest.mark.parametrize("text, want", FORCE_CUT, ids=[t for t, _ in FORCE_CUT])
def test_force_cut(text, want):
    check(text, want)
