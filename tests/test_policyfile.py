"""bot/policy/policyfile.py: the policy file's format; every error with its line number (the decisions: test_check.py)."""
from __future__ import annotations

import pytest

from bot.messages import text
from bot.policy.policyfile import PolicyInvalid, default_policy, parse_policy


def _problems(yaml_text: str) -> list[tuple[int, str]]:
    with pytest.raises(PolicyInvalid) as e:
        parse_policy(yaml_text, "p.yaml")
    return [(p.line, text(p.msg, "en")) for p in e.value.problems]


FILE_ERRORS = [
    ("yaml-syntax", "roles:\n  viewer: {verbs: [read]\nbindings: []\n",
     [(3, "YAML syntax error: expected ',' or '}', but got '<scalar>'")]),
    ("empty", "", [(1, "the policy file is empty")]),
    ("not-a-mapping", "- a\n- b\n", [(1, "policy must be a mapping (key: value)")]),
    ("unknown-top-key", "version: 1\nrole:\n  a: {verbs: [read]}\n",
     [(2, "unknown key `role` in policy (did you mean `roles`?)")]),
    ("unknown-verb-class", "roles:\n  op:\n    verbs: [read, operte]\n",
     [(3, "unknown verb class `operte` (did you mean `operate`?) (known: read, operate, exec, deploy, destroy, "
          "network, volume, admin, all)")]),
    ("role-without-verbs", "roles:\n  op:\n    containers: [web]\n", [(2, "roles.op needs `verbs`")]),
    ("unknown-role-key", "roles:\n  op:\n    verbs: [read]\n    allow_guard: [privileged]\n",
     [(4, "unknown key `allow_guard` in roles.op (did you mean `allow_guards`?)")]),
    ("unknown-guard", "roles:\n  op:\n    verbs: [read]\n    allow_guards: [privileges]\n",
     [(4, "unknown guard `privileges` (did you mean `privileged`?) (known: privileged, cap_add, host_pid, "
          "host_ipc, host_network, device, sensitive_mount, bind_mount, host_flag, security_opt, userns_host, "
          "host_uts)")]),
    ("bad-pattern", "roles:\n  op:\n    verbs: [read]\n    containers: [\"web 1\"]\n",
     [(4, "the pattern `web 1` has characters a name cannot have")]),
    ("undefined-role", "roles:\n  operator: {verbs: [operate]}\nbindings:\n  - role: operater\n    users: [U1]\n",
     [(4, "role `operater` is not defined in roles (did you mean `operator`?)")]),
    ("binding-no-subject", "bindings:\n  - role: admin\n    in: ['C0OPS']\n",
     [(2, "the binding has no subject: it needs users, groups, channels or local")]),
    ("bad-channel", "bindings:\n  - role: admin\n    users: [U1]\n    in: [ops]\n",
     [(4, "channel `ops`: use `#name`, a channel ID (C…/G…/D…), `dm`, `terminal` or `*`")]),
    ("approve-without-approvers", "approve:\n  - verbs: [destroy]\n", [(2, "approve[0] needs `approvers`")]),
    ("approver-role-missing", "approve:\n  - verbs: [destroy]\n    approvers: [leads]\n",
     [(3, "role `leads` is not defined in roles")]),
    ("confirm-unknown-verb", "confirm:\n  - verbs: [restrat]\n",
     [(2, "unknown verb `restrat` (did you mean `restart`?)")]),
    ("relative-bind-allow", "guards:\n  bind_allow: [srv/data]\n", [(2, "`srv/data` must be an absolute path")]),
    ("negative-rate", "rate_limit:\n  writes_per_minute: -1\n",
     [(2, "rate_limit.writes_per_minute must be a whole number, 0 or more")]),
    ("bad-duration", "confirm_ttl: soon\n", [(1, "confirm_ttl: `soon` is not a duration (e.g. 300, 5m, 1h)")]),
    ("duplicate-key", "roles:\n  a: {verbs: [read]}\n  a: {verbs: [all]}\n", [(3, "the key `a` appears twice")]),
    ("bad-version", "version: 2\n", [(1, "unsupported version 2 (only 1)")]),
    ("local-role-missing", "local: ops\n", [(1, "role `ops` is not defined in roles")]),
    ("several-at-once", "roles:\n  a: {verbs: [reed]}\nbindings:\n  - role: b\n    users: [U1]\n",
     [(2, "unknown verb class `reed` (did you mean `read`?) (known: read, operate, exec, deploy, destroy, "
          "network, volume, admin, all)"),
      (4, "role `b` is not defined in roles")]),
]


@pytest.mark.parametrize("yaml_text, expected", [c[1:] for c in FILE_ERRORS], ids=[c[0] for c in FILE_ERRORS])
def test_policy_file_errors(yaml_text, expected):
    assert _problems(yaml_text) == expected


def test_file_error_in_korean():
    with pytest.raises(PolicyInvalid) as e:
        parse_policy("roles:\n  op:\n    verbs: [operte]\n")
    assert text(e.value.problems[0].msg, "ko").startswith("알 수 없는 동사 분류 `operte` (`operate`인가요?)")


def test_default_policy_has_builtin_admin_only():
    p = default_policy()
    assert set(p.roles) == {"admin"} and p.bindings == () and p.local_role == "admin"
