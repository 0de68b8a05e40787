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

import argparse
import json
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable
from datetime import datetime
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


def _msg_from(raw: str | None) -> Msg | None:
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


def audit_path(explicit: str | None = None) -> str:
    """--audit FILE, else $GORAE_AUDIT, else `audit:` in the config file, else the state dir."""
    if explicit:
        return explicit
    if os.environ.get("GORAE_AUDIT"):
        return os.environ["GORAE_AUDIT"]
    from bot.policy.check import _config_files

    for cfg in _config_files():
        try:
            import yaml

            data = yaml.safe_load(cfg.read_text(encoding="utf-8")) or {}
        except Exception:
            continue
        if isinstance(data, dict) and data.get("audit"):
            return str((cfg.parent / str(data["audit"])).expanduser())
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return str(state / "gorae" / "audit.db")


def open_default(path: str | None = None) -> AuditLog:
    """The audit log at `audit_path(path)` (created if missing)."""
    return AuditLog(audit_path(path))


# --------------------------------------------------------------------------- `gorae audit`

_AGO = re.compile(r"(\d+)\s*([smhdw])")


def parse_time(value: str, *, now: float | None = None) -> float:
    """"10m", "2h", "3d", "1w" ago, or an ISO date/time (local time). Raises ValueError."""
    now = time.time() if now is None else now
    m = _AGO.fullmatch(value.strip())
    if m:
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[m[2]]
        return now - int(m[1]) * unit
    return datetime.fromisoformat(value.strip()).timestamp()


def add_arguments(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("audit", help="what was asked, by whom, what ran, what came of it") \
        if hasattr(subparsers, "add_parser") else subparsers
    parser.add_argument("--audit", dest="audit_file", metavar="FILE", help="audit database (default: $GORAE_AUDIT)")
    parser.add_argument("--user", help="user ID or glob")
    parser.add_argument("--container", help="container name (glob) or ID prefix")
    parser.add_argument("--verb", help="docker verb (restart) or verb class (destroy)")
    parser.add_argument("--outcome", choices=OUTCOMES, help="none = started, no outcome")
    parser.add_argument("--since", help="10m, 2h, 3d or a date/time")
    parser.add_argument("--until", help="10m, 2h, 3d or a date/time")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="JSON instead of a table")
    return parser


def main(args: argparse.Namespace) -> int:
    from bot.messages import text
    from bot.policy.check import cli_lang

    lang = cli_lang()
    path = audit_path(getattr(args, "audit_file", None))
    if path != ":memory:" and not Path(path).exists():
        print(text(Msg.of("audit.no_db", path=path), lang), file=sys.stderr)
        return 1
    bounds = {}
    for name in ("since", "until"):
        raw = getattr(args, name, None)
        if raw:
            try:
                bounds[name] = parse_time(raw)
            except ValueError:
                print(text(Msg.of("audit.bad_time", value=raw), lang), file=sys.stderr)
                return 2
    log = AuditLog(path)
    rows = log.query(user=args.user, container=args.container, verb=args.verb, outcome=args.outcome,
                     limit=args.limit, **bounds)
    if args.json:
        for r in rows:
            for col in ("reason", "message"):
                msg = _msg_from(r[col])
                r[col] = text(msg, lang) if msg else None
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(text(Msg.of("audit.empty"), lang))
        return 0
    print_table(rows, lang)
    return 0


def print_table(rows: Iterable[dict[str, Any]], lang: str, *, file: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    from bot.messages import text

    cols = ("id", "time", "user", "channel", "text", "cli", "decision", "outcome", "seconds")
    table = Table(*(text(Msg.of(f"audit.col.{c}"), lang) for c in cols), show_lines=False)
    for r in rows:
        stamp = datetime.fromtimestamp(r["started"]).strftime("%Y-%m-%d %H:%M:%S")
        outcome = r["outcome"] or text(Msg.of("audit.outcome.none"), lang)
        msg = _msg_from(r["message"]) or _msg_from(r["reason"])
        if msg is not None and r["outcome"] not in ("ok", None):
            outcome = f"{outcome}: {text(msg, lang)}"
        decision = r["decision"] or ""
        if r.get("confirmed_by"):
            decision += f" ({r['confirmed_by']})"
        secs = "" if r["seconds"] is None else f"{r['seconds']:.2f}"
        table.add_row(str(r["id"]), stamp, r["user"], r["channel"] or "", r["text"] or "",
                      "\n".join(r["cli"]), decision, outcome, secs)
    console = Console(file=file or sys.stdout)
    if not console.is_terminal:  # piped or captured: do not wrap at 80 columns
        console = Console(file=file or sys.stdout, width=200)
    console.print(table)


default_log = open_default  # the name bot/front/cli.py asks for
