"""The English kinds of wordings_fresh13.yaml that f14en fixed (the table's ops-lead, error-paste and en rows), each as a
kind: the table's failing input and other wordings of the same kind (not in any table), read through `Gorae.explain`
against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# English context said before the request (parse.py `_context_en_ok`, grammar/lexicon.txt `context_phrase_en`,
# `context_short_en`/`context_resource_en`, `context_purpose_en`, `context_subject_en`, `context_event_verb_en`,
# `context_event_time_en`): a phrase of following up or agreeing, a shortage told, a purpose before a verb that is no
# word of gorae's, an event with its subject, an emoji of greeting — left out when the request reads whole
LEADING = [
    ("we're low on disk, could you clear out the stopped containers", ["docker container prune"]),
    ("we're short on memory, could you stop cache", ["docker stop cache"]),
    ("running out of space, please prune the images", ["docker image prune"]),
    ("as discussed in the retro, please remove the unused networks", ["docker network prune"]),
    ("as agreed in standup, please restart web", ["docker restart web"]),
    ("to unblock QA, could you create a network called qa2", ["docker network create qa2"]),
    ("to avoid confusion, please restart my-nginx", ["docker restart my-nginx"]),
    ("following up on the ticket: please remove the pgdata volume", ["docker volume rm pgdata"]),
    ("circling back on the incident: please pause data", ["docker pause data"]),
    ("hi all 👋 before we cut the release, please restart my-nginx", ["docker restart my-nginx"]),
    ("hey team 🙏 ahead of the release, please restart web", ["docker restart web"]),
    ("before we ship the upgrade, could you restart cache", ["docker restart cache"]),
    ("for the demo later today, please run httpd named demo2 on port 8099 now",
     ["docker run -d --name demo2 -p 8099:80 httpd"]),
    ("for the review this afternoon, please run nginx named rv1 now", ["docker run -d --name rv1 nginx"]),
    # the event's time without now may be the request's: never left out
    ("for the demo later today, please run httpd named demo3", None),
    ("for the demo tomorrow, please run httpd named demo3", None),
    # a condition, a ban, a time, a name or an option said before the request: never context
    ("if we're low on disk, please clear out the stopped containers", None),
    ("as root, please run whoami in web", None),
    ("we're low on disk, don't remove the stopped containers", None),
    # what is being done, announced after a context: told, never asked (break4's "heads up: restarting web")
    ("heads up: restarting web", None),
    ("as discussed: restarting web", None),
    ("for the audit: removing db", None),
]


@pytest.mark.parametrize("text, want", LEADING, ids=[t for t, _ in LEADING])
def test_context_before(text, want):
    check(text, want)


# English context said AFTER the request (parse.py `_trailing_context_en_ok`, `_trailing_cuts`; grammar/lexicon.txt
# `context_trailing_*`, `context_asked_by_en`, `context_about_*`, `report_back_*`): who asks for it, a time beside it
# with a subject, a purpose, a leftover told, the output asked here, a work event — the request alone
TRAILING = [
    ("could you check which host ports my-nginx is mapped to, the LB team is asking", ["docker port my-nginx"]),
    ("please restart cache, QA asked for it", ["docker restart cache"]),
    ("we're seeing latency, would you pause data for now while we investigate", ["docker pause data"]),
    ("heads-up for the on-call: could you pause cache while I run the migration", ["docker pause cache"]),
    ("could you restart web while we look into it", ["docker restart web"]),
    ("could you push fastcampus/hello-world so the other cluster can use it",
     ["docker push fastcampus/hello-world"]),
    ("please restart cache so the team can test again", ["docker restart cache"]),
    ("kindly remove the my-volume container, it was a leftover from the test", ["docker rm my-volume"]),
    ("stop my-nginx, it's obsolete", ["docker stop my-nginx"]),
    ("please run uptime inside web and paste the result here", ["docker exec web uptime"]),
    ("show web logs and post the output in the thread", ["docker logs web"]),
    ("morning all, could you share the last 100 lines of cache's logs before standup?",
     ["docker logs --tail 100 cache"]),
    # a second request of the bot, a condition, a ban, more names: never left out
    ("stop web so you can remove cache", None),
    ("restart web, unless it's busy", None),
    ("remove web, it's still needed", None),
    ("please restart cache, the team is asking not to", None),
    # an option said in a so-clause is the request's own, never left out (en12's row)
    ("run nginx so that it restarts on failure", ["docker run -d --restart on-failure nginx"]),
]


@pytest.mark.parametrize("text, want", TRAILING, ids=[t for t, _ in TRAILING])
def test_context_after(text, want):
    check(text, want)


# context never supplies a name (parse.py `_context_names_nothing`): a sentence read whole with a word of its context as
# one more name ("investigation's over, you can unpause data" unpaused a container called investigation; "web is over,
# …" would unpause web) is the request alone
CONTEXT_NAMES_NOTHING = [
    ("investigation's over, you can unpause data", ["docker unpause data"]),
    ("web is over, you can unpause data", ["docker unpause data"]),
    ("web2 is over, you can unpause data", ["docker unpause data"]),
    ("my-nginx is done, you can unpause data", ["docker unpause data"]),
    ("remove web, cache team is asking", ["docker rm web"]),
    ("remove web, the QA team is asking", ["docker rm web"]),
    ("stop web and cache, the team is asking", ["docker stop web cache"]),
    # a list of names is no context
    ("restart web, cache", ["docker restart web cache"]),
    ("stop web, cache and data", ["docker stop web cache data"]),
]


@pytest.mark.parametrize("text, want", CONTEXT_NAMES_NOTHING, ids=[t for t, _ in CONTEXT_NAMES_NOTHING])
def test_context_names_nothing(text, want):
    check(text, want)


# 's before a state is "is", never a possessive nor a quote (normalize.py `_state_is`, grammar/lexicon.txt
# `contract_is_state`)
STATE_IS = [
    ("web's down again, can you look", ["docker inspect web", "docker logs --tail 20 web"]),
    ("the migration's done, please start db", ["docker start db"]),
    ("cache's acting up, could you take a look", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("show web's logs", ["docker logs web"]),
]


@pytest.mark.parametrize("text, want", STATE_IS, ids=[t for t, _ in STATE_IS])
def test_state_is(text, want):
    check(text, want)


# a clause names one thing, the request says it, its or one (parse.py `_antecedent_en`, grammar/lexicon.txt
# `antecedent_*`): the request read with the thing in its place; the clause never supplies a verb
ANTECEDENT = [
    ("the busybox image is no longer needed, please delete it", ["docker rmi busybox"]),
    ("the alpine image isn't used anymore, could you remove it", ["docker rmi alpine"]),
    ("the my-volume container is not needed anymore, please remove it", ["docker rm my-volume"]),
    ("legal wants the details of the db container, could you pull up its inspect output", ["docker inspect db"]),
    ("seeing `upstream timed out (110: Connection timed out)` from my-nginx, show me its last 40 log lines",
     ["docker logs --tail 40 my-nginx"]),
    ("we need a scratch volume for the migration, please create one named mig-scratch",
     ["docker volume create mig-scratch"]),
    ("we need a fresh network for QA, please create one called qa3", ["docker network create qa3"]),
    # a condition or a ban: nothing runs
    ("if we need a scratch volume, please create one named mig-scratch", None),
    ("the busybox image is no longer needed, please don't delete it", None),
    ("we need a scratch volume, please don't create one named mig-scratch", None),
]


@pytest.mark.parametrize("text, want", ANTECEDENT, ids=[t for t, _ in ANTECEDENT])
def test_antecedent(text, want):
    check(text, want)


# a request someone made, told, then taken up (parse.py `_adopted_en`, grammar/lexicon.txt `adopt_*`)
ADOPTED = [
    ("security asked us to detach data from backend, could you take care of that",
     ["docker network disconnect backend data"]),
    ("QA wants us to restart cache, can you handle it", ["docker restart cache"]),
    ("the DBA needs us to stop db - please deal with that", ["docker stop db"]),
    # told only, taken back, or a condition: nothing runs
    ("security asked us to detach data from backend", None),
    ("security asked us not to remove web, could you take care of that", None),
    ("if security asked us to remove web, could you take care of that", None),
]


@pytest.mark.parametrize("text, want", ADOPTED, ids=[t for t, _ in ADOPTED])
def test_adopted(text, want):
    check(text, want)


# docker inspect's output said as such is inspect, never logs (grammar/natural.lark v_inspect)
INSPECT_OUTPUT = [
    ("could you pull up the db container's inspect output", ["docker inspect db"]),
    ("show me the inspect output of web", ["docker inspect web"]),
    ("give me cache's inspect json", ["docker inspect cache"]),
    ("cache output from the last 45m", ["docker logs --since 45m cache"]),
]


@pytest.mark.parametrize("text, want", INSPECT_OUTPUT, ids=[t for t, _ in INSPECT_OUTPUT])
def test_inspect_output(text, want):
    check(text, want)


# processes and usage are fetched, never pulled (parse_natural.py; grammar/lexicon.txt `fetch_logs`); a list's own
# ones said included after it (natural.lark filler "included"); a snapshot of usage, the disk beside the memory and a
# read posted are docker stats / a read (natural.lark `usage`, `v_show`)
READS_SAID = [
    ("for the incident doc, please grab the processes running in cache", ["docker top cache"]),
    ("grab the processes in web", ["docker top web"]),
    ("fetch the cpu usage of web", ["docker stats --no-stream web"]),
    ("grab nginx", ["docker pull nginx"]),
    ("for the audit, could you list every container, stopped ones included?", ["docker ps -a"]),
    ("show all containers, exited ones included", ["docker ps -a"]),
    ("list stopped containers", ["docker ps -a"]),
    ("restart web, cache included", ["docker restart web cache"]),
    ("for the capacity review, would you mind posting a snapshot of resource usage for all containers",
     ["docker stats --no-stream"]),
    ("a snapshot of cpu usage for web", ["docker stats --no-stream web"]),
    ("post the last 20 log lines of web", ["docker logs --tail 20 web"]),
    ("could you post cache's details", ["docker inspect cache"]),
    ("where does pgdata live on disk", ["docker volume inspect pgdata"]),
]


@pytest.mark.parametrize("text, want", READS_SAID, ids=[t for t, _ in READS_SAID])
def test_reads_said(text, want):
    check(text, want)


# a pasted error, then the request: the error quoted first ends where its quote closes ("ok then …"), an error word
# "being used"; the request said "instead" of what failed (parse.py `_pasted_heads`, grammar/lexicon.txt `error_said`,
# `context_trailing_word_en`)
ERROR_PASTED = [
    ("`port is already allocated` on 8080, run nginx on 8082 instead", ["docker run -d -p 8082:80 nginx"]),
    ("run httpd on 9091 instead", ["docker run -d -p 9091:80 httpd"]),
    ("`Error: network qa-net not found` ok then create network qa-net", ["docker network create qa-net"]),
    ("`No such container: cache2` ok restart cache then", ["docker restart cache"]),
    ("`Error: No such volume: scratch9` fine, create volume scratch9", ["docker volume create scratch9"]),
    ("`image is being used by stopped container` — clean up the stopped containers first",
     ["docker container prune"]),
    ("`volume is in use` alright, then remove the stopped containers", ["docker container prune"]),
    # a condition after the error, a negation: nothing runs
    ("`Error: network qa-net not found` if so create network qa-net", None),
    ("`port is already allocated` on 8080, don't run nginx on 8082 instead", None),
]


@pytest.mark.parametrize("text, want", ERROR_PASTED, ids=[t for t, _ in ERROR_PASTED])
def test_error_pasted(text, want):
    check(text, want)


# NAME service said of a container off-swarm with a command in it (parse.py `_SERVICE_MISREAD`): the container; a
# container thrown away after its command is --rm (natural.lark `rm_after`)
SAID_OTHERWISE = [
    ("exec into the web service and run ls /etc/nginx", ["docker exec web ls /etc/nginx"]),
    ("run ls in the cache service", ["docker exec cache ls"]),
    ("jump into the data service and run cat /etc/hostname", ["docker exec data cat /etc/hostname"]),
    ("exec into the nope service and run ls", None),
    ("run date in alpine, then throw it away", ["docker run --rm alpine date"]),
    ("run uptime in busybox and throw it out", ["docker run --rm busybox uptime"]),
    ("run alpine echo hi and discard it afterwards", ["docker run --rm alpine echo hi"]),
    ("toss web", ["docker rm web"]),
]


@pytest.mark.parametrize("text, want", SAID_OTHERWISE, ids=[t for t, _ in SAID_OTHERWISE])
def test_said_otherwise(text, want):
    check(text, want)
