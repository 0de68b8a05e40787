"""The kinds of English context around one order that session 24's helper ctxen24 fixed, read through `Gorae.explain`
against the fake corpus world (tests/fakes.py): the table's sentence and other wordings of the same kind (not in any
table). `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# A. The reason told as the thing refusing what it should do, after the request (bot/language/reason_clause.py,
# grammar/lexicon.txt `reason_refusing_*`): it does not answer — kill, stop, restart or a look; "won't" is no ban of the
# request, and "because" is never a second name. A request the reason does not ask for stays refused.
REFUSING = [
    ("kill my-nginx because it won't stop", ["docker kill my-nginx"]),
    ("stop cache, it will not respond", ["docker stop cache"]),
    ("restart web since it does not answer", ["docker restart web"]),
    ("please kill data because it won't die", ["docker kill data"]),
    ("show web logs, it doesn't respond", ["docker logs web"]),
    ("force stop cache as it won't shut down", ["docker kill cache"]),  # force stop, as said alone
    ("don't kill web because it won't stop", None),
    ("remove web because it won't stop", None),
    ("start db because it won't stop", None),
    ("it won't stop", None),
    ("web won't stop", None),
]


@pytest.mark.parametrize("text, want", REFUSING, ids=[t for t, _ in REFUSING])
def test_reason_refusing(text, want):
    check(text, want)


# B. A link pasted beside the request (bot/language/linked.py): a bare URL, Slack's <url> without a label, cited with
# "see"/"per", a runbook step after it — context; the request is read alone and never takes the URL as a name, an image
# or a word of its command. A request of free words keeps its URL (exec, pull), a ban, a question and a later order stay
# unrun.
LINKED = [
    ("see https://wiki.internal/runbook/web — step 3: restart web", ["docker restart web"]),
    ("restart cache https://grafana.internal/d/x", ["docker restart cache"]),
    ("per https://wiki.example.com/ops/42, show cache logs", ["docker logs cache"]),
    ("<https://wiki.internal/runbook> stop data", ["docker stop data"]),
    ("cache is down https://grafana.internal/d/cache", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("https://status.example.com/web web is down", ["docker inspect web", "docker logs --tail 20 web"]),
    ("see https://runbooks.example.com/db step 2 - start db", ["docker start db"]),
    ("list the containers, see https://wiki.internal/x", ["docker ps"]),
    ("run curl https://example.com in web", ["docker exec web curl https://example.com"]),
    ("don't restart web https://wiki.internal/x", None),
    ("remove web https://wiki.internal/x", None),
    ("should we restart web? https://wiki.internal/x", None),
    ("restart web later https://wiki.internal/x", None),
    ("see https://wiki.internal/runbook", None),
    ("stop https://x.example.com/cache", None),
    ("https://wiki.internal/restart/web", None),
]


@pytest.mark.parametrize("text, want", LINKED, ids=[t for t, _ in LINKED])
def test_linked(text, want):
    check(text, want)


def _status(name: str) -> list[str]:
    return [f"docker inspect {name}", f"docker logs --tail 20 {name}"]


# C. Trouble told in English (a thing named, no order): its status and recent logs — falling over (grammar/natural.lark
# complaint), a look asked of whoever is on the channel (lexicon look_opener_en), a hedge before it (lexicon hedge_en,
# parse._hedged_read). A hedged write is a suggestion, never the write — unless an order of its own closes it after a
# comma ("…, do it", "…, restart it"). Sarcasm around trouble stays unread (the lead's decision, tests/test_parse_f9en).
TROUBLE = [
    ("cache keeps falling over, ugh", _status("cache")),
    ("web fell over again", _status("web")),
    ("my-nginx is falling over", _status("my-nginx")),
    ("I think the cache is acting weird, can an engineer look?", _status("cache")),
    ("web is down, could someone take a look", _status("web")),
    ("data keeps crashing, can anyone check it", _status("data")),
    ("I think the cache is acting weird", _status("cache")),
    ("i guess web fell over", _status("web")),
    ("looks like my-nginx is down", _status("my-nginx")),
    ("apparently data is stuck", _status("data")),
    ("i think cache needs a restart, do it", ["docker restart cache"]),
    ("i think web is down, restart it", ["docker restart web"]),
    ("web fell over, restart it", ["docker restart web"]),
    # near-misses: a hedged write, a negated hedge, an order taken back or put off, a look asked after a write
    ("i think web needs a restart", None),
    ("i think we should restart web", None),
    ("I don't think cache is down", None),
    ("i think web is down, do not restart it", None),
    ("i think cache needs a restart, do it later", None),
    ("i think cache needs a restart, ok?", None),
    ("remove web, can someone look", None),
    ("did web fall over?", None),
    ("oh great, web is down again, love that for us", None),
    ("restart web, love that for us", None),
]


@pytest.mark.parametrize("text, want", TROUBLE, ids=[t for t, _ in TROUBLE])
def test_trouble_told(text, want):
    check(text, want)


# D. An indirect request said of the one asked (lexicon chat_spelling: would you be able to = could you, do you think you
# could = could you): the request. Said of the asker, or of the past, or negated, it stays no write.
INDIRECT = [
    ("would you be able to pull redis", ["docker pull redis"]),
    ("do you think you could start db", ["docker start db"]),
    ("do you think you can restart web", ["docker restart web"]),
    ("would you be able to show me web logs", ["docker logs web"]),
    ("will you be able to stop cache", ["docker stop cache"]),
    ("do you think we could restart web", None),
    ("would you be able to restart web yesterday?", None),
    ("do you think you could not restart web", None),
    ("do you think you could restart web if db dies?", None),
]


@pytest.mark.parametrize("text, want", INDIRECT, ids=[t for t, _ in INDIRECT])
def test_indirect(text, want):
    check(text, want)


def test_a_permission_asked_is_asked_back():
    """Of the asker, ability is a permission asked: the write proposed as a yes/no question (grammar `asked`), never run."""
    ans = answer("would i be able to restart web")
    assert not ans.cli and ans.proposal == ("docker restart web",), ans


# E. An alert's terse line in Slack: a name and an HTTP error code, emoji around it (normalize drops them): its status and
# recent logs (grammar complaint INT error(s), parse._alert_code_en). Any other number, a ban emoji, a verb: never this.
ALERT = [
    (":rotating_light: my-nginx 502 :rotating_light:", _status("my-nginx")),
    ("web 503", _status("web")),
    ("cache 500 :fire:", _status("cache")),
    ("my-nginx 502 errors", _status("my-nginx")),
    ("web 503 error again", _status("web")),
    ("web 8080", None),
    ("web 200", None),
    (":x: web 502", None),
    ("restart 502", None),
    ("web logs 500", ["docker logs --tail 500 web"]),
]


@pytest.mark.parametrize("text, want", ALERT, ids=[t for t, _ in ALERT])
def test_alert_code(text, want):
    check(text, want)


# F. kubectl's alias k (or kc) typed first before one of its reads: the read, a pod as a container
# (normalize._kube_cli_dropped, lexicon kube_cli_en/kube_read_en). Before a write, its logs, or kubectl spelt out (another
# tool's command pasted: fresh5's none, tests/test_parse_k8s21), it stays as typed.
KUBE = [
    ("k get po", ["docker ps"]),
    ("k get pods", ["docker ps"]),
    ("k describe pod web", ["docker inspect web"]),
    ("kc get pods -A", ["docker ps -a"]),
    ("k top pods", ["docker stats --no-stream"]),
    ("kubectl get pods", None),
    ("kubectl describe pod web", None),
    # (run26) docker named as the tool, kubectl set aside ("not kubectl: with docker"): the restart asked (fresh19 k8s)
    ("kubectl 말고 도커로 web 재시작해줘", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", KUBE, ids=[t for t, _ in KUBE])
def test_kube_cli(text, want):
    check(text, want)


@pytest.mark.parametrize("text", ["k delete pod web", "kubectl delete pod web", "can you run kubectl?",
                                  "kubectl logs -f web", "k logs -f web"])
def test_kube_cli_never_before_a_write(text):
    """kubectl kept as typed: an unread word left over (a write proposed back, as on main), an ability asked, or its
    logs followed (fresh19: none)."""
    ans = answer(text)
    assert not ans.cli and ans.refusal, ans
