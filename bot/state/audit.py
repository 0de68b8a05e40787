"""The audit log: every request, who, where, what ran, what came of it — in SQLite (WAL).

A row is written before anything runs and completed after, so a crash or a
`kill -9` in the middle leaves a visible "started, no outcome" row:

    row = log.start(request, plan, decision)   # outcome NULL (running), "pending" or "denied"
    log.finish(row, outcome, seconds)          # "ok" / "failed" (or "expired", "cancelled", ...)
    log.record(request, "not_understood", message=reason)

Nothing secret is stored: the text, the docker commands and every message are
passed through `bot.redact` first; command output (logs, exec) is never stored.
Every stored text is bounded (`TEXT_MAX` characters for the request, `PARAM_MAX`
for a message parameter, `CLI_MAX` per docker command line): a 1 MB message
costs a few kilobytes of audit, whether it was understood or not.
`gorae audit` lists rows filtered by user, container, verb, outcome and time.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from bot.model import Decision, Msg, Outcome, Plan, Request
from bot.redact import MASK, redact, secret_values

SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started REAL NOT NULL,          -- unix time the request was decided
    finished REAL,                  -- unix time of the outcome; NULL = started, no outcome
    seconds REAL,                   -- time from the request to the outcome
    user TEXT NOT NULL,
    channel TEXT,
    source TEXT,
    request_id TEXT,
    text TEXT,                      -- redacted
    lang TEXT,
    verb TEXT,
    verb_class TEXT,
    targets TEXT,                   -- JSON [{kind, name, id}]
    cli TEXT,                       -- JSON ["docker ..."], redacted
    decision TEXT,                  -- allow / deny / confirm / approve
    rule TEXT,
    reason TEXT,                    -- JSON {key, params}, redacted
    outcome TEXT,                   -- ok / failed / denied / pending / cancelled / expired / changed / not_understood / unresolved
    message TEXT,                   -- JSON {key, params}, redacted
    exit_code INTEGER,
    confirmed_by TEXT
);
CREATE INDEX IF NOT EXISTS requests_started ON requests (started);
CREATE INDEX IF NOT EXISTS requests_user ON requests (user);
"""
OUTCOMES = ("ok", "failed", "denied", "pending", "cancelled", "expired", "changed",
            "not_understood", "unresolved", "accepted", "none")  # accepted: a proposal's yes, then approval


TEXT_MAX = 4000  # characters of a request's text kept in the log (redacted)
PARAM_MAX = 1000  # characters of one message parameter
CLI_MAX = 2000  # characters of one docker command line
CLI_LINES_MAX = 50  # docker command lines of one plan
TARGETS_MAX = 200  # targets of one plan recorded
_MARGIN = 1000  # characters read past a bound before redacting, so a secret on the cut is still seen


def bounded(text: str | None, limit: int = TEXT_MAX) -> str | None:
    """`text` redacted and cut to `limit` characters, with how much was left out.

    Only `limit + _MARGIN` characters are redacted (linear time, whatever the size);
    the cut comes after redaction, so a secret that straddles it is masked first.

    >>> bounded("x" * 5000 + " PASSWORD=hunter2", 10)
    'xxxxxxxxxx… (+5007 chars)'
    """
    if text is None or len(text) <= limit:
        return redact(text)
    head = redact(text[: limit + _MARGIN]) or ""
    return f"{head[:limit]}… (+{len(text) - limit} chars)"


def _msg_json(msg: Msg | None, source: str | None = None) -> str | None:
    """A message as JSON, its text parameters bounded and redacted; values that were secret
    in `source` (the request's text, which a message may quote word by word) masked too."""
    if msg is None:
        return None
    known = secret_values(source[: TEXT_MAX + _MARGIN]) if source else []

    def clean(value: str) -> str:
        out = bounded(value, PARAM_MAX) or ""
        for secret in known:
            out = out.replace(secret, MASK)
        return out

    params = {k: clean(v) if isinstance(v, str) else v for k, v in msg.params}
    return json.dumps({"key": msg.key, "params": params}, ensure_ascii=False, default=str)


def msg_from(raw: str | None) -> Msg | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Msg.of(data["key"], **data.get("params", {}))
    except (ValueError, KeyError, TypeError):
        return None


def _bounded_cli(plan: Plan) -> list[str]:
    lines = [bounded(line, CLI_MAX) or "" for line in plan.cli[:CLI_LINES_MAX]]
    if len(plan.cli) > CLI_LINES_MAX:
        lines.append(f"… (+{len(plan.cli) - CLI_LINES_MAX})")
    return lines


class AuditLog:
    """One SQLite file in WAL mode, safe to share between threads (one lock)."""

    def __init__(self, path: str | Path, *, clock: Any = time.time) -> None:
        self.path = str(path)
        self._clock = clock
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)  # who did what: not world-readable
            os.close(fd)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: survives kill -9
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ----------------------------------------------------------------- writing
    def _insert(self, values: dict[str, Any]) -> int:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._lock:
            cur = self._db.execute(f"INSERT INTO requests ({cols}) VALUES ({marks})", tuple(values.values()))
            return int(cur.lastrowid or 0)

    def _update(self, row: int, values: dict[str, Any]) -> None:
        sets = ", ".join(f"{k} = ?" for k in values)
        with self._lock:
            self._db.execute(f"UPDATE requests SET {sets} WHERE id = ?", (*values.values(), row))

    @staticmethod
    def _request_cols(request: Request) -> dict[str, Any]:
        return {"user": request.actor.user, "channel": request.channel, "source": request.source,
                "request_id": request.request_id or None, "text": bounded(request.text)}

    @staticmethod
    def _plan_cols(plan: Plan | None) -> dict[str, Any]:
        if plan is None:
            return {}
        targets = [{"kind": t.kind, "name": (t.name or "")[:CLI_MAX], "id": t.id} for t in plan.targets[:TARGETS_MAX]]
        vc = plan.verb_class
        return {"lang": plan.command.lang, "verb": plan.verb, "verb_class": getattr(vc, "value", vc),
                "targets": json.dumps(targets, ensure_ascii=False),
                "cli": json.dumps(_bounded_cli(plan), ensure_ascii=False)}

    def start(self, request: Request, plan: Plan, decision: Decision) -> int:
        """Before anything runs. Allowed: outcome NULL until `finish`; deny/confirm are final/pending."""
        now = self._clock()
        outcome = {"deny": "denied", "confirm": "pending", "approve": "pending"}.get(decision.kind)
        return self._insert({
            "started": now, "finished": now if outcome == "denied" else None,
            "seconds": 0.0 if outcome == "denied" else None,
            **self._request_cols(request), **self._plan_cols(plan),
            "decision": decision.kind, "rule": decision.rule, "reason": _msg_json(decision.reason, request.text),
            "outcome": outcome,
        })

    def begin(self, row: int, *, by: str | None = None, decision: Decision | None = None) -> None:
        """A pending row is confirmed: it runs now (outcome NULL until `finish`)."""
        values: dict[str, Any] = {"outcome": None, "confirmed_by": by}
        if decision is not None:
            values.update(decision=decision.kind, rule=decision.rule, reason=_msg_json(decision.reason))
        self._update(row, values)

    def finish(self, row: int | None, outcome: Outcome | str | None, seconds: float | None = None, *,
               message: Msg | None = None) -> None:
        """Complete a row: an Outcome (ok / failed) or a status word (expired, cancelled, ...)."""
        if row is None:
            return
        values: dict[str, Any] = {"finished": self._clock(), "seconds": seconds}
        if isinstance(outcome, Outcome):
            failed = not outcome.ok or outcome.exit_code not in (None, 0)
            values.update(outcome="failed" if failed else "ok", message=_msg_json(outcome.message),
                          exit_code=outcome.exit_code)
        else:
            values.update(outcome=outcome or "failed", message=_msg_json(message))
        self._update(row, values)

    def record(self, request: Request, status: str, *, plan: Plan | None = None,
               decision: Decision | None = None, message: Msg | None = None) -> int:
        """A request that ends without running: not understood, unresolved, denied at the yes..."""
        now = self._clock()
        return self._insert({
            "started": now, "finished": now, "seconds": 0.0,
            **self._request_cols(request), **self._plan_cols(plan),
            "decision": decision.kind if decision else None, "rule": decision.rule if decision else None,
            "reason": _msg_json(decision.reason) if decision else None,
            "outcome": status, "message": _msg_json(message, request.text),
        })

    # ----------------------------------------------------------------- reading
    def query(self, *, user: str | None = None, container: str | None = None, verb: str | None = None,
              outcome: str | None = None, since: float | None = None, until: float | None = None,
              limit: int | None = 50) -> list[dict[str, Any]]:
        """Rows, newest first. `user` and `container` are globs; `verb` a docker verb or a class."""
        where: list[str] = []
        args: list[Any] = []
        if since is not None:
            where.append("started >= ?")
            args.append(since)
        if until is not None:
            where.append("started <= ?")
            args.append(until)
        if outcome in ("none", "started"):
            where.append("outcome IS NULL")
        elif outcome:
            where.append("outcome = ?")
            args.append(outcome)
        if verb:
            where.append("(verb = ? OR verb_class = ?)")
            args += [verb, verb]
        sql = "SELECT * FROM requests" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
        with self._lock:
            rows = [dict(r) for r in self._db.execute(sql, args)]
        out = []
        for r in rows:
            r["targets"] = json.loads(r["targets"]) if r["targets"] else []
            r["cli"] = json.loads(r["cli"]) if r["cli"] else []
            if user and not fnmatchcase(r["user"], user):
                continue
            if container and not any(fnmatchcase(t.get("name") or "", container)
                                     or (t.get("id") or "").startswith(container)
                                     for t in r["targets"] if t.get("kind") == "container"):
                continue
            out.append(r)
            if limit and len(out) >= limit:
                break
        return out


# --------------------------------------------------------------------------- where the log lives


def open_default(path: str | None = None) -> AuditLog:
    """The audit log at `bot.config.audit_path(path)` (created if missing)."""
    from bot.config import audit_path

    return AuditLog(audit_path(path))


