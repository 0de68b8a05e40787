"""The kinds of English that tests/data/wordings_en13.yaml still missed after session 12 (branch en15), each fixed as
a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any table), read
through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing
may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A new container's command said in a clause of its own after its image and options (bot/language/run_clause.py,
# grammar/lexicon.txt clause_*): "and run CMD", "that runs CMD" (what it runs: detached), "and print PROGRAM", "that
# prints the date" (the program that prints it); the user and directory said around the head with it (-u, -w), once
# (--rm). Never a second image run as a command, never a program guessed for words printed.
COMMAND_CLAUSE = [
    ("run busybox as root in /tmp and print pwd", ["docker run -u root -w /tmp busybox pwd"]),
    ("run ubuntu:focal with working dir /srv and run ls", ["docker run -w /srv ubuntu:focal ls"]),
    ("start a new busybox called bb1 that runs sleep 600", ["docker run -d --name bb1 busybox sleep 600"]),
    ("run an ubuntu:focal container that prints the date", ["docker run ubuntu:focal date"]),
    ("run busybox once and show uptime", ["docker run --rm busybox uptime"]),
    # unseen wordings of the kind
    ("run alpine as nobody and print whoami", ["docker run -u nobody alpine whoami"]),
    ("run alpine in /etc and run ls -l", ["docker run -w /etc alpine ls -l"]),
    ("launch a throwaway alpine that prints its hostname", ["docker run --rm alpine hostname"]),
    ("spin up an alpine called a7 which runs sleep 900", ["docker run -d --name a7 alpine sleep 900"]),
    ("run ubuntu:focal with workdir /var and then execute ls", ["docker run -w /var ubuntu:focal ls"]),
    ("run alpine once and print the date", ["docker run --rm alpine date"]),
    # not a command of the run: a second image, words printed, a question, a ban, a start of a container
    ("run redis and run nginx", ["docker run -d redis", "docker run -d nginx"]),
    ("can i run busybox and print pwd", None),
    ("don't run busybox and print pwd", None),
    ("start web and run ls", None),
    ("run busybox as root in /tmp in /var and print pwd", None),
    ("run alpine and run ls in /srv", None),
]


@pytest.mark.parametrize("text, want", COMMAND_CLAUSE, ids=[t for t, _ in COMMAND_CLAUSE])
def test_command_clause(text, want):
    check(text, want)


# Small words of English chat (grammar/natural.lark, grammar/lexicon.txt): wanted as needed ("cache wants a restart");
# what is on a network asked with "what" as with "who" (after on only); whichever = the one said by what it does; the
# recent past said of logs only (with any other verb it is left unread: asked).
SMALL_WORDS = [
    ("cache wants a restart", ["docker restart cache"]),
    ("data wants an unpause", ["docker unpause data"]),
    ("QA wants us to restart cache, can you handle it", ["docker restart cache"]),
    ("my-nginx wants a restart pls", ["docker restart my-nginx"]),
    ("who wants to restart web?", None),
    ("what's on backend", ["docker network inspect backend"]),
    ("what is on backend?", ["docker network inspect backend"]),
    ("whats on backend", ["docker network inspect backend"]),
    ("what's in pgdata", None),
    ("inspect whichever container is using ubuntu:focal", ["docker inspect my-volume"]),
    ("stop whichever container uses redis", ["docker stop cache"]),
    ("inspect whichever container runs httpd", None),  # no container of httpd: nothing
    ("what did web log recently", ["docker logs web"]),
    ("show recent logs of web", ["docker logs web"]),
    ("cache logs lately", ["docker logs cache"]),
    ("restart web recently", None),
    ("did web restart recently", None),
]


@pytest.mark.parametrize("text, want", SMALL_WORDS, ids=[t for t, _ in SMALL_WORDS])
def test_small_words(text, want):
    check(text, want)


# The bare word memory after a command's words in a container said first ("have cache run …"): the command's word, never
# a memory cap with no size (bot/language/parse_natural.py `_bare_word_phrase`).
MEMORY_WORD = [
    ("have cache run redis-cli info memory", ["docker exec cache redis-cli info memory"]),
    ("have cache run redis-cli info memory please", ["docker exec cache redis-cli info memory"]),
    ("have cache run redis-cli memory doctor", ["docker exec cache redis-cli memory doctor"]),
    ("have web run memory", None),
    ("run nginx with memory", None),
]


@pytest.mark.parametrize("text, want", MEMORY_WORD, ids=[t for t, _ in MEMORY_WORD])
def test_memory_word(text, want):
    check(text, want)


# An image's namespace said as a word of its own before its repository and the word image (bot/language/parse_natural.py
# `_namespace_spaced`): one image NS/NAME, never two images (a push takes one; two pulls were planned).
NAMESPACE_SPACED = [
    ("push the fastcampus hello-world image", ["docker push fastcampus/hello-world"]),
    ("push fastcampus hello-world image", ["docker push fastcampus/hello-world"]),
    ("pull the bitnami redis image", ["docker pull bitnami/redis"]),
    ("pull the library alpine image", ["docker pull library/alpine"]),
    ("pull nginx and redis images", ["docker pull nginx", "docker pull redis"]),  # "and": two images
    ("push the hello-world image", ["docker push fastcampus/hello-world"]),
]


@pytest.mark.parametrize("text, want", NAMESPACE_SPACED, ids=[t for t, _ in NAMESPACE_SPACED])
def test_namespace_spaced(text, want):
    check(text, want)


# Run options said in clauses of their own, as words (grammar/natural.lark restart_policy, host_port; bot/language/
# parse_natural.py `_mount_of`): restart on failure, the host's port said after its number ("6399 on the host"), a mount
# said as a noun ("a read-only mount of SRC at DST").
OPTION_CLAUSES = [
    ("run redis, restart on failure, 6399 on the host", ["docker run -d -p 6399:6379 --restart on-failure redis"]),
    ("run nginx, read-only mount of /etc/nginx-conf at /etc/nginx/conf.d",
     ["docker run -d -v /etc/nginx-conf:/etc/nginx/conf.d:ro nginx"]),
    ("run redis, restart on failure", ["docker run -d --restart on-failure redis"]),
    ("run httpd restarting on failure", ["docker run -d --restart on-failure httpd"]),
    ("run nginx with 8090 on the host", ["docker run -d -p 8090:80 nginx"]),
    ("run httpd, 8091 on host", ["docker run -d -p 8091:80 httpd"]),
    ("run nginx with a mount of /srv/www at /usr/share/nginx/html",
     ["docker run -d -v /srv/www:/usr/share/nginx/html nginx"]),
    ("run redis with a read-only mount of pgdata at /data", ["docker run -d -v pgdata:/data:ro redis"]),
    ("run nginx with a mount of /srv/www", None),  # mounted where? asked
    ("restart web on failure", None),
    ("restart web on the host", None),
]


@pytest.mark.parametrize("text, want", OPTION_CLAUSES, ids=[t for t, _ in OPTION_CLAUSES])
def test_option_clauses(text, want):
    check(text, want)


# The -ing of a known program said right after a new container's image is that program (bot/language/parse_natural.py
# `_gerund_program`); in a place, or any other -ing word, it stays refused (tests/test_parse_en13.py GERUND).
GERUND_PROGRAM = [
    ("run alpine sleeping 300 in the background", ["docker run -d alpine sleep 300"]),
    ("run busybox pinging 127.0.0.1", ["docker run busybox ping 127.0.0.1"]),
    ("run a throwaway alpine sleeping 5", ["docker run --rm alpine sleep 5"]),
    ("run alpine echoing hello", ["docker run alpine echo hello"]),
    ("in web run pinging 1.1.1.1", None),
    ("run pinging 1.1.1.1 in alpine", None),
    ("run busybox waiting 60", None),
]


@pytest.mark.parametrize("text, want", GERUND_PROGRAM, ids=[t for t, _ in GERUND_PROGRAM])
def test_gerund_program(text, want):
    check(text, want)


# A yes/no question asked inside a request to tell or check it (bot/language/parse.py `_asked_within_en`, grammar/
# lexicon.txt asked_within_*): the question read alone, answered only by a read — never a write.
ASKED_WITHIN = [
    ("could someone tell me if cache is healthy", ["docker inspect cache"]),
    ("check whether web is up", ["docker inspect web"]),
    ("let me know if db is stopped", ["docker inspect db"]),
    ("could you check if my-nginx is running?", ["docker inspect my-nginx"]),
    ("tell me if web is fine, then restart it", None),
    ("check if web is removed", None),
]


@pytest.mark.parametrize("text, want", ASKED_WITHIN, ids=[t for t, _ in ASKED_WITHIN])
def test_asked_within(text, want):
    check(text, want)


# A non-native speaker's light verb said first before another verb said as a noun (bot/language/parse_natural.py
# `_light_verb_en`, grammar/lexicon.txt light_en): the other verb; "of" after a pull's noun names the image
# (`_pulled_from`, lexicon verb_noun_of), never a place it comes from.
LIGHT_VERB = [
    ("please make stop for the cache", ["docker stop cache"]),
    ("please doing the pull of alpine", ["docker pull alpine"]),
    ("make a restart of web", ["docker restart web"]),
    ("please doing restart of my-nginx", ["docker restart my-nginx"]),
    ("fire off a pull of redis", ["docker pull redis"]),
    ("do the pull of busybox", ["docker pull busybox"]),
    ("how is web doing", ["docker inspect web"]),
    ("make volume data2", ["docker volume create data2"]),
    ("don't make stop for the cache", None),
    ("pull hello-world from fastcampus", None),
]


@pytest.mark.parametrize("text, want", LIGHT_VERB, ids=[t for t, _ in LIGHT_VERB])
def test_light_verb(text, want):
    check(text, want)


# `--` said once between a container and its command, as a shell's end of options (bot/language/parse.py
# `_dashes_before_command_en`): the exec, the command's words whole.
DASHES = [
    ("exec web -- ls /etc", ["docker exec web ls /etc"]),
    ("exec data -- ls /tmp", ["docker exec data ls /tmp"]),
    ("exec web -- ls -- /etc", None),
]


@pytest.mark.parametrize("text, want", DASHES, ids=[t for t, _ in DASHES])
def test_dashes(text, want):
    check(text, want)
