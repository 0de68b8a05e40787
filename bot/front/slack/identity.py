"""Who is asking: a Slack user's user groups, for the policy.

One `usergroups.list(include_users=true)` answers for the whole workspace; it is
cached for `ttl` seconds (default 5 minutes) so a burst of requests costs one
call. When Slack cannot be asked, a cache younger than `stale_ok` is still used;
older than that, the user has no groups (fail closed: fewer rights, never more).

Groups are given by ID only (`S0123ABC`): a handle is a name anyone in the
workspace can create or rename (a user group called `leads` must never make its
members the policy's leads), so a policy names Slack user groups by ID and
`Actor.groups` never carries a handle (source: api.slack.com/methods/usergroups.list,
`id` vs `handle`).

    >>> Groups(client).of("U123")
    ('S0123ABC',)
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class Groups:
    def __init__(self, client: Any, *, ttl: float = 300.0, stale_ok: float = 900.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.ttl = ttl
        self.stale_ok = stale_ok
        self.clock = clock
        self._members: dict[str, tuple[str, ...]] | None = None
        self._at = 0.0
        self._lock = threading.Lock()

    def of(self, user: str) -> tuple[str, ...]:
        """The user group IDs (S…) of `user`, possibly from cache."""
        members = self._current()
        return members.get(user, ()) if members else ()

    def invalidate(self) -> None:
        with self._lock:
            self._members = None

    def _current(self) -> dict[str, tuple[str, ...]] | None:
        now = self.clock()
        if self._members is not None and now - self._at < self.ttl:
            return self._members
        with self._lock:  # one refresher; the others wait for its answer
            now = self.clock()
            if self._members is not None and now - self._at < self.ttl:
                return self._members
            try:
                self._members = self._fetch()
                self._at = now
            except Exception as e:
                if self._members is not None and now - self._at < self.stale_ok:
                    log.warning("usergroups refresh failed (%s); using the cache", e)
                else:
                    log.warning("usergroups unavailable (%s); users get no group rights", e)
                    self._members = None
            return self._members

    def _fetch(self) -> dict[str, tuple[str, ...]]:
        resp = self.client.usergroups_list(include_users=True)
        by_user: dict[str, list[str]] = {}
        for group in resp.get("usergroups", []) or []:
            gid = group.get("id")
            if not gid or group.get("date_delete"):
                continue
            users = group.get("users")
            if users is None:
                users = self.client.usergroups_users_list(usergroup=gid).get("users", []) or []
            for user in users:
                by_user.setdefault(user, []).append(gid)
        return {u: tuple(dict.fromkeys(g)) for u, g in by_user.items()}
