"""The one composition root: the Gorae every front end runs (`gorae say`, `gorae shell`, `gorae slack`).

    gorae = make_gorae(policy=None)                          # CLI and shell: pending in memory
    gorae = make_gorae(policy, pending=StatePending(url))    # Slack: pending in the state database

The policy file is found as bot/config.py says (--policy FILE, $GORAE_POLICY, the config
file; none: the default policy). A broken policy file raises PolicyInvalid: gorae never
runs on a policy it cannot read (`make_gorae_or_exit` prints its problems and exits 1).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from bot.pipeline import Gorae
    from bot.state.pending import PendingStore

Options = TypeVar("Options", bound="DataclassInstance")


def read_options(kind: type[Options], args: argparse.Namespace | None) -> Options:
    """A subcommand's options read once, at the edge, from argparse's namespace into the frozen
    dataclass `kind` (its fields are the options' `dest` names; one the namespace lacks keeps its
    default: `gorae` gives every one, `python -m bot.front.shell` none). Front ends pass the typed
    value on and never read the namespace again."""
    given = vars(args) if args is not None else {}
    return kind(**{f.name: given[f.name] for f in dataclasses.fields(kind) if f.name in given})


def make_gorae(policy: str | None = None, *, audit: bool = True, pending: PendingStore | None = None) -> Gorae:
    """A Gorae with the policy's authorizer, the audit log (unless `audit` is False) and the
    pending store (default: in memory). Raises bot.policy.check.PolicyInvalid."""
    from bot.config import audit_path, policy_path
    from bot.pipeline import Gorae
    from bot.policy.check import load_authorizer
    from bot.state.audit import AuditLog
    from bot.state.pending import MemoryPending

    authorizer = load_authorizer(policy_path(policy))
    return Gorae(authorizer=authorizer, audit=AuditLog(audit_path()) if audit else None,
                 pending=pending if pending is not None else MemoryPending())


def make_gorae_or_exit(policy: str | None = None, *, audit: bool = True, prog: str = "gorae") -> Gorae:
    """`make_gorae`, or the policy file's problems (one per line, with line numbers) on stderr
    and SystemExit(1)."""
    from bot.config import cli_lang
    from bot.messages import text
    from bot.model import Msg
    from bot.policy.check import format_problems
    from bot.policy.policyfile import PolicyInvalid
    from bot.state.backend import StateUnavailable

    try:
        return make_gorae(policy, audit=audit)
    except PolicyInvalid as e:
        print(format_problems(e, cli_lang()), file=sys.stderr)
        raise SystemExit(1) from None
    except StateUnavailable as e:  # the state database (GORAE_STATE) cannot be reached: nothing runs
        print(f"gorae: {text(Msg.of('state.unavailable'), cli_lang())} ({e})", file=sys.stderr)
        raise SystemExit(1) from None
