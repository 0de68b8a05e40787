"""(safe34en) English wrong writes a breaker found in session 34, each fixed as a kind (the breaker's input first, then
other wordings of the same kind), with the near wordings that still run:

1. a setting said first that makes the write no order — supposed, practised, pretended, relayed, awaited, a joke, a
   note or a record ("I'm only asking hypothetically, remove data", "note to self: restart web"): preamble_en.py
   `setting_first` takes before a write only a setting of the closed list `setting_neutral_en` (on my phone, on call,
   new hire here …), a frame of `unmeant_frame_en` said anywhere is never run, nor a write after what the speaker is
   doing said first unless that doing is of `setting_doing_neutral_en` ("I'm testing gorae: remove data"; unordered_ko.py
   `supposed_en`);
2. a write asked with "?" after names said first ("web, cache — restart?") or after a doubt ("not sure, …?"), and
   "not now / not sure, X, restart it" (corrected.py's "not A, B" took now and sure for names): asked or refused;
3. a correction after a link ("restart web, and actually remove it"): refused; a version said as the correction of an
   image ("pull nginx, actually 1.25" pulled an image 1.25): asked back as its tag;
4. said to someone else: a header ("to bob: restart web") asked back; a word said bare last after a pull's images
   ("pull alpine bob") is no image unless a well-known one, nor ("run alpine bob") a command unless a known program;
5. it after an after-clause naming two things ("after restarting web and cache, remove it"): refused;
6. a fenced docker command told of ("this is what broke prod: ```docker rm -f data```") never runs; a request pointing at
   a fence that asks something else of it ("run this on cache instead", "run this after the backup"), or "run this on
   cache" with nothing shown: refused;
7. a modal of what would be ("web would have to be restarted"): asked back; it after who speaks ("web here, restart
   it"): refused.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

NEVER_RUN = [
    # 1. a setting said first that makes the write no order (the breaker's, then others of the kind)
    "I'm only asking hypothetically, remove data",
    "we're practicing in the sandbox; remove web",
    "I'm passing this on from jane: remove data",
    "I'm waiting on bob's ok: remove data",
    "I'm pretending to be an attacker: remove data",
    "just joking, remove data",
    "for the record: remove data",
    "note to self: restart web",
    "purely hypothetically, restart web",
    "this is a drill: remove data",
    "we're rehearsing: remove web",
    "relaying for bob: restart web",
    "forwarding this from ops: rm data",
    "waiting for approval: remove data",
    "pending bob's ok: remove data",
    "pretend you're root: remove data",
    "note to self — remove data",
    "for the record, restart web",
    "I'm just asking, restart web",
    "remove data, jk",
    "kidding, restart web",
    "we're only curious: remove web",
    # … what the speaker is doing said first, not known to change nothing
    "I'm asking for a colleague: remove data",
    "we're demoing: remove web",
    "I'm writing docs, remove data",
    "I'm testing gorae: remove data",
    "I'm quoting the runbook: remove data",
    "I'm reading the runbook aloud: rm data",
    "I'm drafting a message to bob: remove data",
    "Im testing, restart web",
    # 2. a doubt, not now, or names first then the verb asked
    "web, cache — restart?",
    "not now, cache, restart it",
    "not sure, cache. restart it?",
    "not yet, web, stop it",
    "not sure, restart cache?",
    "maybe restart web?",
    "hmm, rm cache?",
    "cache, restart?",
    "web — restart?",
    "cache. restart it?",
    "web: stop?",
    "web and cache - restart them?",
    # 3. corrections
    "restart web, and actually remove it",
    "restart web, then actually remove it",
    "pull nginx, actually 1.25",
    "pull redis, i mean 7",
    "pull nginx:1.24, actually 1.25",
    # 4. said to someone else
    "to bob: restart web",
    "to jane, stop cache",
    "attn bob: restart web",
    "to Bob - rm data",
    "pull alpine bob",
    "pull alpine jane",
    "pull alpine bob pls",
    "run alpine bob",
    "run alpine jane",
    # 5. which is it?
    "after restarting web and cache, remove it",
    "after restarting web and cache, remove them",
    "after stopping web and cache, kill it",
    "kill it after stopping web and cache",
    # 6. fenced commands
    "this is what broke prod:\n```docker rm -f data```",
    "this is what broke prod: ```docker rm -f data```",
    "this broke prod:\n```\ndocker rm -f data\n```",
    "here's what caused the outage:\n```docker kill cache```",
    "someone ran this:\n```docker rm -f data```",
    "```docker stop web```\nrun this on cache instead",
    "```docker stop web```\nrun this after the backup",
    "```\ndocker kill cache\n```\nrun this on data instead",
    "run this on cache instead:\n```docker stop web```",
    "run this on cache",
    # 7. would, and it after who speaks
    "web would have to be restarted",
    "cache would need to be removed",
    "the web container would have to be restarted",
    "the pgdata volume would need to be removed",
    "web here, restart it",
    "cache here, stop it",
    "oncall here, restart it",
]

RUN = [
    # 1. a neutral setting said first still runs
    ("Im on my phone, restart web", ["docker restart web"]),
    ("i'm on call, restart cache please", ["docker restart cache"]),
    ("oncall here; kill my-nginx", ["docker kill my-nginx"]),
    ("we are the dba team; pause cache please", ["docker pause cache"]),
    ("we're on the train, remove data", ["docker rm data"]),
    ("we're the sre team, restart web", ["docker restart web"]),
    ("I'm new here: stop cache", ["docker stop cache"]),
    ("support here — restart web", ["docker restart web"]),
    ("new hire here — please restart web", ["docker restart web"]),
    ("is cache up? nvm, I checked, it's down — start it", ["docker start cache"]),
    ("for the record, web logs please", ["docker logs web"]),  # a read: nothing to take back
    ("we're seeing latency, would you pause data for now while we investigate", ["docker pause data"]),
    ("i'm heading into a meeting so please restart web now", ["docker restart web"]),
    ("we are investigating an outage — restart web", ["docker restart web"]),
    # 2. a question mark alone, or names first said plainly
    ("restart web?", ["docker restart web"]),
    ("web, cache — restart", ["docker restart web cache"]),
    ("restart web, cache?", ["docker restart web cache"]),
    ("web, logs?", ["docker logs web"]),
    ("not web, cache. restart it pls", ["docker restart cache"]),
    ("hmm can you restart cache? it keeps hanging", ["docker restart cache"]),  # a request put as one after hmm
    ("perhaps you could restart web?", ["docker restart web"]),
    # 3. a plain correction
    ("restart web, actually remove it", ["docker rm web"]),
    ("kill cache, actually stop it", ["docker stop cache"]),
    ("restart web, i mean cache", ["docker restart cache"]),
    ("run nginx on 8081, actually 8082", ["docker run -d -p 8082:80 nginx"]),
    # 4. images joined, or a well-known one said bare
    ("pull alpine redis", ["docker pull alpine", "docker pull redis"]),
    ("pull alpine redis pls", ["docker pull alpine", "docker pull redis"]),
    ("pull alpine and busybox", ["docker pull alpine", "docker pull busybox"]),
    ("pull alpine boss", ["docker pull alpine"]),
    ("run alpine boss", ["docker run -d alpine"]),
    ("run alpine date", ["docker run alpine date"]),
    ("run alpine echo bob", ["docker run alpine echo bob"]),
    ("docker run alpine bob", ["docker run alpine bob"]),  # typed: as typed
    ("ok, restart web", ["docker restart web"]),
    # 5. one name in the after-clause
    ("restart web after stopping cache", ["docker stop cache", "docker restart web"]),
    # 6. a fenced command asked to run as it is
    ("```docker stop web```\nrun this", ["docker stop web"]),
    ("run this pls:\n```docker restart cache```", ["docker restart cache"]),
    ("execute the following:\n```docker inspect web```", ["docker inspect web"]),
    # 7. a modal of a request
    ("would you restart web", ["docker restart web"]),
    ("web should be restarted", ["docker restart web"]),
    ("web needs to be restarted", ["docker restart web"]),
    ("oncall here, restart web", ["docker restart web"]),
]

ASKED = [
    ("pull nginx, actually 1.25", ["docker pull nginx:1.25"]),
    ("pull alpine, actually 3.19", ["docker pull alpine:3.19"]),
    ("web, cache — restart?", ["docker restart web cache"]),
    ("to bob: restart web", ["docker restart web"]),
    ("pull alpine bob", ["docker pull alpine"]),
    ("run alpine bob", ["docker run -d alpine"]),
    ("web would have to be restarted", ["docker restart web"]),
]


@pytest.mark.parametrize("text", NEVER_RUN)
def test_never_run(text):
    a = answer(text)
    assert not a.cli, a


@pytest.mark.parametrize(("text", "cli"), RUN)
def test_runs_as_meant(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize(("text", "offered"), ASKED)
def test_asked_back(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, a


@pytest.mark.parametrize(("text", "key"), [
    ("after restarting web and cache, remove it", "parse.which_it"),
    ("web here, restart it", "parse.it_unsaid"),
    ("```docker stop web```\nrun this on cache instead", "parse.fence_changed"),
    ("run this on cache", "parse.pointed_unseen"),
    ("pull nginx, actually 1.25", "parse.tag_said_again"),
    ("to bob: restart web", "parse.addressed_other"),
    ("I'm testing gorae: remove data", "parse.setting_unknown"),
])
def test_the_reason_said(text, key):
    a = answer(text)
    assert not a.cli and a.refusal == f"not understood: {key}", a
