"""Two gorae replicas while their PostgreSQL goes away and comes back (issue 13).

Two real `gorae slack` processes (HTTP and Socket Mode) on a PostgreSQL of this module's own
(tests/pg.py PrivateServer, under /tmp/gorae-pg.lock) and the real engine:
- while the database is down, a request on either replica is refused in one clear sentence
  and nothing runs (the engine shows no restart) — fail closed: nothing runs without its audit row;
- once it is back, both replicas serve again without a restart (same processes), the refused
  requests stay refused, and a replica watches the engine again (an alert is posted once).

    flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_ha_outage.py
"""
from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
from ha_harness import Cluster, wait_until
from slack_fake import FakeSlack, FakeSocketMode, mention
from test_ha import answered, blob, restarts, thread_text, top_level

pytestmark = pytest.mark.docker

LABELS = {"gorae.test": "ha"}
FOREVER = 'trap "exit 0" TERM; while :; do sleep 0.2; done'
REFUSED = "The state database cannot be reached, so nothing was run."


@pytest.fixture
def sm():
    s = FakeSocketMode().start()
    yield s
    s.stop()


@pytest.fixture
def fake(sm):
    f = FakeSlack().start()
    f.ws_url = sm.url
    yield f
    f.stop()


@pytest.fixture
def run(docker_client, cleanup):
    def _run(name: str, cmd: str = FOREVER) -> Any:
        c = docker_client.containers.run("busybox", ["sh", "-c", cmd], name=name, detach=True, labels=LABELS)
        cleanup.container(c.id)
        return c
    return _run


def test_database_stopped_then_started_refuses_clearly_then_recovers_without_a_restart(
        tmp_path, fake, sm, run, docker_client, pg_private):
    cluster = Cluster(tmp_path, fake, sm, state_url=pg_private.url).start()
    try:
        name = f"ha-out-{uuid.uuid4().hex[:6]}"
        run(name)
        before = time.time()
        first = mention(f"restart {name}")
        cluster.a.event(first)
        answered(fake, first["event"]["ts"], "docker restart")
        assert restarts(docker_client, name, before) == 1
        wait_until(cluster.watch_holder, 30, "a replica watching the engine")
        pids = (cluster.a.pid, cluster.b.pid)

        pg_private.stop()
        down = time.time()
        refused = [mention(f"restart {name}"), mention(f"restart {name}")]
        cluster.a.event(refused[0])
        cluster.b.event(refused[1])
        for env in refused:
            answered(fake, env["event"]["ts"], REFUSED)
        assert restarts(docker_client, name, down) == 0  # nothing ran while the state was away

        pg_private.start()
        assert (cluster.a.pid, cluster.b.pid) == pids and cluster.a.alive() and cluster.b.alive()
        back = time.time()
        again = [mention(f"restart {name}"), mention(f"restart {name}")]
        cluster.b.event(again[0])
        answered(fake, again[0]["event"]["ts"], "docker restart", timeout=90)
        cluster.a.event(again[1])
        answered(fake, again[1]["event"]["ts"], "docker restart", timeout=90)
        assert restarts(docker_client, name, back) == 2
        for env in refused:  # refused stays refused: nothing ran for them later either
            assert "docker restart" not in thread_text(fake, env["event"]["ts"])
            assert cluster.audit_rows(env["event_id"]) == []
        assert [r["outcome"] for r in cluster.audit_rows(again[0]["event_id"])] == ["ok"]

        holder = wait_until(cluster.watch_holder, 30, "a replica watching the engine again")
        assert holder.alive()
        dead = f"ha-out-die-{uuid.uuid4().hex[:6]}"
        run(dead, "exit 7")
        wait_until(lambda: top_level(fake, dead), 60, f"the alert about {dead} after the outage")
        time.sleep(2)
        assert len(top_level(fake, dead)) == 1, [blob(m) for m in top_level(fake, dead)]
    finally:
        cluster.stop()
        print(cluster.logs())
