"""dedup, identity, worker: the small parts of the Slack front end, alone."""
from __future__ import annotations

import threading
import time

import pytest
from slack_fake import FakeSlack

from bot.front.slack.app import guess_lang, make_client
from bot.front.slack.identity import Groups
from bot.front.slack.worker import Worker
from bot.state.dedup import Dedup

# --------------------------------------------------------------------------- dedup


def test_a_key_is_new_once(tmp_path):
    d = Dedup(tmp_path / "d.sqlite")
    assert d.first("event:E1", "msg:m1", "ts:C1:1.0")
    assert not d.first("event:E1")
    assert not d.first("event:E2", "msg:m1")  # the same message under another event id
    assert not d.first("ts:C1:1.0")
    assert d.first("event:E3")
    assert d.first()  # no keys: nothing to compare, it runs


def test_keys_survive_a_restart(tmp_path):
    path = tmp_path / "state" / "d.sqlite"
    d = Dedup(path)
    d.first("event:E1")
    d.close()
    again = Dedup(path)
    assert not again.first("event:E1")
    assert again.first("event:E2")


def test_keys_expire(tmp_path):
    d = Dedup(tmp_path / "d.sqlite", ttl=0.2)
    assert d.first("event:E1")
    assert not d.first("event:E1")
    time.sleep(0.3)
    assert d.first("event:E1")
    assert not d.first("event:E1")


def test_concurrent_first_is_true_exactly_once(tmp_path):
    d = Dedup(tmp_path / "d.sqlite")
    results: list[bool] = []
    gate = threading.Barrier(20)

    def go():
        gate.wait()
        results.append(d.first("event:race", "msg:race"))

    threads = [threading.Thread(target=go) for _ in range(20)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert results.count(True) == 1


def test_recent_is_a_memory_check_that_forgets_the_oldest():
    d = Dedup(":memory:", memory=3)
    assert d.recent("event:E1", "msg:m1")
    assert not d.recent("msg:m1")
    assert d.recent("event:E2") and d.recent("event:E3") and d.recent("event:E4")
    assert d.recent("msg:m1")  # forgotten in memory (it keeps the newest 3) ...
    assert d.first("msg:m1") and not d.first("msg:m1")  # ... the disk store still decides


def test_two_processes_share_the_store(tmp_path):
    path = tmp_path / "d.sqlite"
    a, b = Dedup(path), Dedup(path)
    assert a.first("event:E1")
    assert not b.first("event:E1")


def test_default_path_follows_the_state_dir(monkeypatch, tmp_path):
    from bot.state.dedup import default_path

    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path))
    assert default_path() == str(tmp_path / "slack-dedup.sqlite")


# --------------------------------------------------------------------------- identity


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def fake():
    f = FakeSlack().start()
    f.usergroups = [
        {"id": "S0ONCALL", "handle": "oncall", "users": ["U1", "U2"]},
        {"id": "S0LEADS", "handle": "leads", "users": ["U1"]},
        {"id": "S0GONE", "handle": "gone", "users": ["U1"], "date_delete": 1700000000},
    ]
    yield f
    f.stop()


def test_groups_by_id_only(fake):  # a handle is a name anyone can create: never given
    g = Groups(make_client("xoxb-1", fake.url))
    assert g.of("U1") == ("S0ONCALL", "S0LEADS")
    assert g.of("U2") == ("S0ONCALL",)
    assert g.of("U3") == ()
    assert len(fake.of("usergroups.list")) == 1


def test_groups_are_cached_then_refreshed(fake):
    clock = Clock()
    g = Groups(make_client("xoxb-1", fake.url), ttl=300, clock=clock)
    g.of("U1")
    clock.now += 299
    g.of("U1")
    assert len(fake.of("usergroups.list")) == 1
    fake.usergroups = [{"id": "S0ONCALL", "handle": "oncall", "users": ["U2"]}]
    clock.now += 2
    assert g.of("U1") == ()  # removed from the group: rights go with it
    assert len(fake.of("usergroups.list")) == 2


def test_groups_without_member_lists_are_asked_one_by_one(fake):
    class NoUsers:
        def __init__(self, client):
            self.client = client

        def usergroups_list(self, **kw):
            resp = self.client.usergroups_list()  # include_users not passed: no users
            return resp

        def usergroups_users_list(self, **kw):
            return self.client.usergroups_users_list(**kw)

    g = Groups(NoUsers(make_client("xoxb-1", fake.url)))
    assert g.of("U2") == ("S0ONCALL",)
    assert len(fake.of("usergroups.users.list")) == 2


def test_slack_errors_use_a_recent_cache_then_fail_closed(fake):
    clock = Clock()
    g = Groups(make_client("xoxb-1", fake.url), ttl=60, stale_ok=600, clock=clock)
    assert g.of("U1")
    fake.fail("usergroups.list", error="missing_scope", times=10)
    clock.now += 120
    assert g.of("U1") == ("S0ONCALL", "S0LEADS")  # stale but recent
    clock.now += 600
    assert g.of("U1") == ()  # too old: no group rights


def test_no_scope_at_all_means_no_groups(fake):
    fake.fail("usergroups.list", error="missing_scope", times=10)
    assert Groups(make_client("xoxb-1", fake.url)).of("U1") == ()


# --------------------------------------------------------------------------- worker


def test_worker_bounds_concurrency_and_queue():
    w = Worker(workers=2, queue=3)
    running, peak = [0], [0]
    lock = threading.Lock()
    release = threading.Event()

    def job():
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        release.wait(5)
        with lock:
            running[0] -= 1

    accepted = [w.submit(job) for _ in range(8)]
    assert accepted == [True] * 5 + [False] * 3  # 2 running + 3 waiting: the flood guard
    deadline = time.monotonic() + 5
    while running[0] < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert w.active == 5 and w.waiting == 3
    release.set()
    assert w.join(5)
    assert peak[0] == 2
    assert w.submit(job)  # room again
    assert w.join(5)
    w.shutdown()


def test_a_failing_job_frees_its_slot():
    w = Worker(workers=1, queue=0)

    def boom():
        raise RuntimeError("x")

    assert w.submit(boom)
    assert w.join(5)
    assert w.submit(lambda: None)
    w.shutdown()


@pytest.mark.parametrize("text, lang", [
    ("web 재시작", "ko"), ("<@U1> restart web", "en"), ("docker ps", "en"), ("ㅎㅇ", "ko"), ("", "en"),
])
def test_placeholder_language(text, lang):
    assert guess_lang(text) == lang


# --------------------------------------------------------------------------- wording


def test_every_slack_message_has_both_languages_with_the_same_placeholders():
    import string

    from bot.messages.slack import MESSAGES

    def fields(s):
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for key, (ko, en) in MESSAGES.items():
        assert key.startswith("slack.") and ko and en and ko != en, key
        assert fields(ko) == fields(en), key


def test_every_key_the_slack_layer_uses_exists():
    import pathlib
    import re

    from bot.messages import CATALOG

    root = pathlib.Path(__file__).resolve().parent.parent
    src = "".join(p.read_text() for p in (root / "bot" / "front" / "slack").glob("*.py"))
    used = set(re.findall(r'"(slack\.[a-z_.]+)"', src))
    assert used and used <= set(CATALOG), used - set(CATALOG)


def test_bolt_start_up_warning_about_the_token_is_dropped(caplog):
    """bolt warns that SLACK_BOT_TOKEN "will be unused" whenever a client is given; gorae gives
    the client that very token, so the warning is noise at every start (issue 14)."""
    import logging

    from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

    from bot.front.slack.app import _TokenFromClient

    f = _TokenFromClient()
    rec = logging.LogRecord("gorae.bolt", logging.WARNING, __file__, 1,
                            warning_client_prioritized_and_token_skipped(), None, None)
    other = logging.LogRecord("gorae.bolt", logging.WARNING, __file__, 1, "something else", None, None)
    assert f.filter(rec) is False and f.filter(other) is True
