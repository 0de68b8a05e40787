"""bot/front/slack/identity.py: a Slack user's groups, by ID, cached, failing closed."""
from __future__ import annotations

import pytest
from slack_fake import FakeSlack

from bot.front.slack.app import make_client
from bot.front.slack.identity import Groups


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
