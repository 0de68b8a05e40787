"""The audit log: every request, who, where, what ran, what came of it — in the state database.

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
`AuditLog.query` filters rows by user, container, verb, outcome and time (`gorae audit`,
bot/front/commands.py, prints them; where the log is, is bot/config.py's `audit_path`).

Where: the state database (bot.state.backend: `GORAE_STATE` / `state:`, SQLite or PostgreSQL,
table `requests`), or a SQLite file of its own when GORAE_AUDIT / `audit:` / --audit name one.
A row is written before a write runs; when the database cannot be reached `start` raises
bot.state.backend.StateUnavailable and the pipeline refuses (nothing runs without its row).

The hash chain: every write to `requests` (the insert, each update) is appended to
`audit_chain` as (row_id, op, data = the columns written as canonical JSON, prev, hash =
sha256 over prev, row_id, op and data), in the same transaction, under the lock "audit"
(PostgreSQL: an advisory lock, so writers in two processes never fork the chain; SQLite:
its write lock). `verify(log)` replays the chain, checks every link and compares each row
of `requests` with what the chain says it holds, and names the first bad row: changed,
removed, added outside the log, or a broken link. What it cannot see alone: the newest
rows removed together with their chain entries — compare the head it prints with a copy.
`export_rows` + `write_export` are what `gorae audit export` writes.
"""
from __future__ import annotations

import csv
import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from bot.model import Decision, Msg, Outcome, Plan, Request, VerbClass
from bot.redact import MASK, redact, secret_values
from bot.state.backend import Database, Tx, as_database

COLUMNS = ("id", "started", "finished", "seconds", "user", "channel", "source", "request_id", "text", "lang",
           "verb", "verb_class", "targets", "cli", "decision", "rule", "reason", "outcome", "message",
           "exit_code", "confirmed_by")  # the table `requests` (bot/state/migrations/*/0001.state.sql)
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


def stored_msg(raw: str | None) -> Msg | None:
    """The Msg a `reason`/`message` column holds (JSON {"key", "params"}); None when empty or unreadable."""
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


def _canonical(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def chain_hash(prev: str, row_id: int, op: str, data: str) -> str:
    """sha256 hex over the previous entry's hash, the row, the operation and its data."""
    return hashlib.sha256(f"{prev}\n{row_id}\n{op}\n{data}".encode()).hexdigest()


_HEAD = "(SELECT hash FROM audit_chain ORDER BY seq DESC LIMIT 1)"  # the chain's newest hash


def _q(col: str) -> str:
    if col not in COLUMNS:
        raise ValueError(f"not an audit column: {col}")
    return f'"{col}"'


class AuditLog:
    """The audit rows in a state Database (SQLite or PostgreSQL), safe to share between threads
    and processes. `where`: a Database, a state URL, a SQLite file, ":memory:", or None (the
    state URL). Raises StateUnavailable when the database cannot be reached."""

    def __init__(self, where: str | Path | Database | None = None, *, clock: Any = time.time) -> None:
        self._owned = str(where) == ":memory:"
        self.db = as_database(where)
        self.path = self.db.path or self.db.label
        self._clock = clock

    def close(self) -> None:
        if self._owned:
            self.db.close()

    # ----------------------------------------------------------------- writing
    @staticmethod
    def _chain(tx: Tx, row_id: int, op: str, values: dict[str, Any], prev: str | None) -> None:
        prev = prev or ""
        data = _canonical(values)
        tx.run("INSERT INTO audit_chain (row_id, op, data, prev, hash) VALUES (?, ?, ?, ?, ?)",
               (row_id, op, data, prev, chain_hash(prev, row_id, op, data)))

    def _insert(self, values: dict[str, Any]) -> int:
        cols = ", ".join(_q(c) for c in values)
        marks = ", ".join("?" for _ in values)
        with self.db.tx(lock="audit") as tx:  # the chain's head read after the lock: no fork
            row = tx.one(f"INSERT INTO requests ({cols}) VALUES ({marks}) RETURNING id, {_HEAD} AS prev",
                         tuple(values.values()))
            assert row is not None
            row_id = int(row["id"])
            self._chain(tx, row_id, "insert", {"id": row_id, **values}, row["prev"])
        return row_id

    def _update(self, row: int, values: dict[str, Any]) -> None:
        sets = ", ".join(f"{_q(k)} = ?" for k in values)
        with self.db.tx(lock="audit") as tx:
            got = tx.one(f"UPDATE requests SET {sets} WHERE id = ? RETURNING {_HEAD} AS prev", (*values.values(), row))
            if got is not None:
                self._chain(tx, row, "update", values, got["prev"])

    @staticmethod
    def _request_cols(request: Request) -> dict[str, Any]:
        return {"user": request.actor.user, "channel": request.channel, "source": request.source,
                "request_id": request.request_id or None, "text": bounded(request.text)}

    @staticmethod
    def _plan_cols(plan: Plan | None) -> dict[str, Any]:
        if plan is None:
            return {}
        targets = [{"kind": t.kind, "name": (t.name or "")[:CLI_MAX], "id": t.id} for t in plan.targets[:TARGETS_MAX]]
        return {"lang": plan.command.lang, "verb": plan.verb, "verb_class": VerbClass(plan.verb_class).value,
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
        with self.db.tx() as tx:
            rows = tx.all(sql, args)
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


# --------------------------------------------------------------------------- export and verify


def export_rows(log: AuditLog, *, since: float | None = None, until: float | None = None) -> Iterator[dict[str, Any]]:
    """Rows oldest first (started in [since, until]), each with `chain_hash`: the hash of its
    newest chain entry (what `verify` vouches for). JSON columns stay JSON text."""
    where, args = [], []
    if since is not None:
        where.append("r.started >= ?")
        args.append(since)
    if until is not None:
        where.append("r.started <= ?")
        args.append(until)
    sql = ("SELECT r.*, (SELECT c.hash FROM audit_chain c WHERE c.row_id = r.id ORDER BY c.seq DESC LIMIT 1)"
           " AS chain_hash FROM requests r" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY r.id")
    with log.db.tx() as tx:
        rows = tx.all(sql, args)
    yield from rows


EXPORT_FIELDS = (*COLUMNS, "chain_hash")


def _iso(at: float) -> str:
    """Unix seconds as ISO 8601 UTC with microseconds: 2026-12-01T03:11:42.123456Z."""
    return datetime.fromtimestamp(at, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
_JSON_COLS = ("targets", "cli", "reason", "message")


def write_export(rows: Iterable[dict[str, Any]], fmt: str, out: Any) -> int:
    """`rows` to `out` as JSON lines (JSON columns as objects; times as unix seconds and ISO 8601
    UTC in `started_iso`) or CSV (a header, then one line a row; JSON columns as JSON text).
    Returns the number of rows. Raises ValueError for another format."""
    n = 0
    if fmt == "jsonl":
        for r in rows:
            item: dict[str, Any] = {k: r.get(k) for k in EXPORT_FIELDS}
            for col in _JSON_COLS:
                if isinstance(item[col], str) and item[col]:
                    try:
                        item[col] = json.loads(item[col])
                    except ValueError:
                        pass
            item["started_iso"] = _iso(float(r["started"]))
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[*EXPORT_FIELDS, "started_iso"], extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({**{k: r.get(k) for k in EXPORT_FIELDS},
                             "started_iso": _iso(float(r["started"]))})
            n += 1
        return n
    raise ValueError(f"unknown export format {fmt!r} (jsonl, csv)")


@dataclass
class Verdict:
    """What `verify` found. `bad` is None when the log holds; else (row id, Msg) of the first bad row."""

    entries: int = 0                   # chain entries checked
    rows: int = 0                      # rows of `requests` checked
    before_chain: int = 0              # rows older than the chain (written before it existed): not covered
    open_rows: list[int] = field(default_factory=list)   # started, no outcome
    head: str = ""                     # the newest chain hash (compare with a copy kept elsewhere)
    bad: tuple[int, Msg] | None = None

    @property
    def ok(self) -> bool:
        return self.bad is None


def verify(log: AuditLog) -> Verdict:
    """Replay the chain and compare it with `requests` (see the module docstring). Reads only."""
    with log.db.tx() as tx:
        entries = tx.all("SELECT seq, row_id, op, data, prev, hash FROM audit_chain ORDER BY seq")
        rows = tx.all("SELECT * FROM requests ORDER BY id")
    v = Verdict(entries=len(entries), rows=len(rows))
    problems: list[tuple[int, Msg]] = []  # (row id, why); the first by row id is named
    state: dict[int, dict[str, Any]] = {}
    prev = ""
    for e in entries:
        row_id = int(e["row_id"])
        if e["prev"] != prev or e["hash"] != chain_hash(e["prev"], row_id, e["op"], e["data"]):
            problems.append((row_id, Msg.of("audit.verify.link", row=row_id, seq=e["seq"])))
            break  # past a broken link, nothing is vouched for
        prev = e["hash"]
        data = json.loads(e["data"])
        if e["op"] == "insert":
            state[row_id] = {c: None for c in COLUMNS} | data
        elif row_id in state:
            state[row_id].update(data)
    v.head = prev
    first_chained = min(state) if state else None
    seen: set[int] = set()
    for r in rows:
        rid = int(r["id"])
        seen.add(rid)
        if r["outcome"] is None:
            v.open_rows.append(rid)
        want = state.get(rid)
        if want is None:
            if first_chained is None or rid < first_chained:
                v.before_chain += 1
            else:
                problems.append((rid, Msg.of("audit.verify.added", row=rid)))
            continue
        changed = [c for c in COLUMNS if c in r and r[c] != want.get(c)]
        if changed:
            problems.append((rid, Msg.of("audit.verify.changed", row=rid, columns=", ".join(changed))))
    for rid in sorted(set(state) - seen):
        problems.append((rid, Msg.of("audit.verify.removed", row=rid)))
    if problems:
        v.bad = min(problems, key=lambda p: p[0])
    return v
