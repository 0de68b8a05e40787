"""Session 14, the lead's fixes after merging: kinds found when the session's branches met. Read through
`Gorae.explain` over the fake world (tests/test_wordings_fresh.py `answer`)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer


# A grace time given to a stop, then a stop or a plain kill of the same container: `docker stop -t N` already sends
# SIGKILL after N seconds — one step (k16en's "give web 5 seconds to stop" met fresh16's "… then stop it" and planned a
# second stop after it: a write other than the one meant)
@pytest.mark.parametrize("text,cli", [
    ("give cache 5 seconds to shut down then stop it", ["docker stop -t 5 cache"]),
    ("give web 10 seconds to stop, then kill it", ["docker stop -t 10 web"]),
    ("give my-nginx 20 seconds to shut down, then stop it", ["docker stop -t 20 my-nginx"]),
    ("cache 5초 여유 주고 끄고 죽여", ["docker stop -t 5 cache"]),
    # a different step after the grace stop stays a step
    ("give cache 5 seconds to stop, then remove it", ["docker stop -t 5 cache", "docker rm cache"]),
])
def test_a_grace_stop_then_a_halt_is_one_stop(text, cli):
    assert list(answer(text).cli) == cli


# A correction that names the container again keeps the signal said before it (a name to the reader, never replaced): "send HUP
# to web, no wait, to my-nginx" planned `docker kill my-nginx` (SIGKILL: a write other than the one meant) when chain16's
# corrections met break8's table
@pytest.mark.parametrize("text,cli", [
    ("send HUP to web, no wait, to my-nginx", ["docker kill -s HUP my-nginx"]),
    ("send HUP to web, i mean my-nginx", ["docker kill -s HUP my-nginx"]),
    ("send SIGTERM to cache, sorry, to data", ["docker kill -s SIGTERM data"]),
    ("web 지워? 아니 cache", ["docker rm cache"]),
    ("restart web, i mean cache", ["docker restart cache"]),
])
def test_a_correction_of_the_name_keeps_the_rest(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["send HUP to web, no wait, to my-nginx", "send SIGUSR1 to cache, i mean data",
                                  "send HUP to web, sorry, my-nginx"])
def test_a_corrected_signal_is_never_a_plain_kill(text):
    assert all(not c.startswith("docker kill ") or " -s " in c for c in answer(text).cli)


# no name said before the correction, a quantity instead: the request on the name said after it (break5; the signal
# fix above briefly refused it)
@pytest.mark.parametrize("text,cli", [("restart everything? no, just web", ["docker restart web"]),
                                      ("restart everything. no, just web", ["docker restart web"])])
def test_a_quantity_taken_back_for_one_name(text, cli):
    assert list(answer(text).cli) == cli
