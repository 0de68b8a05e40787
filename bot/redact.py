"""Mask secrets before anything is shown or stored.

Values of environment variables whose names look secret (PASSWORD, TOKEN, KEY,
...) are replaced by `***` wherever they appear as `KEY=VALUE`, `-e KEY=VALUE`,
`"KEY": "VALUE"` or `key: value`; so are passwords inside URLs
(`postgres://u:pw@db`), `Bearer` tokens, PEM private keys and a few well-known
token shapes. The rule is deliberately greedy: masking a harmless value is a
small cost, showing a password is not.

    >>> redact("docker run -e DB_PASSWORD=hunter2 -e MODE=prod app")
    'docker run -e DB_PASSWORD=*** -e MODE=prod app'
"""
from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "***"

# Parts of a variable name that make its value secret (matched anywhere in the name).
SECRET_WORDS = (
    "PASSWORD", "PASSWD", "PASSPHRASE", "PWD", "PASS", "SECRET", "TOKEN", "KEY",
    "CREDENTIAL", "CREDS", "PRIVATE", "AUTH", "COOKIE", "SESSION", "SALT",
    "SIGNATURE", "CERT", "DSN", "JWT",
)
_WORD = "|".join(sorted(SECRET_WORDS, key=len, reverse=True))
# A name: identifier-ish, containing one of the words. Not preceded by a name char.
_NAME = rf"(?<![A-Za-z0-9_.\-])(?P<key>[A-Za-z0-9_.\-]*(?:{_WORD})[A-Za-z0-9_.\-]*)"

_FLAGS = re.IGNORECASE

# 'KEY=VALUE with spaces' — a quoted token, as shlex.quote writes it.
_QUOTED_TOKEN = re.compile(rf"(?P<q>['\"]){_NAME}(?P<sep>=)(?P<val>[^'\"\n]*)(?P=q)", _FLAGS)
# KEY=VALUE as a whole line (env output, .env files): the value runs to the end of line.
_LINE = re.compile(rf"^(?P<pre>[ \t]*(?:export[ \t]+)?){_NAME}(?P<sep>=)(?P<val>.*)$", _FLAGS | re.M)
# "KEY": "VALUE" (JSON) and 'KEY': 'VALUE' (repr of dicts)
_JSON = re.compile(rf"(?P<q>['\"]){_NAME}(?P=q)(?P<sep>\s*:\s*)(?P<v>\"(?:[^\"\\]|\\.)*\"|'[^']*')", _FLAGS)
# KEY=VALUE or KEY: VALUE inside a line (logs, CLI): the value is one word or a quoted string.
_INLINE = re.compile(
    rf"{_NAME}(?P<sep>=|:[ \t]*)(?P<val>\"(?:[^\"\\]|\\.)*\"|'[^']*'|[^\s\"',;&|)}}\]]+)", _FLAGS
)
# scheme://user:password@host
_URL = re.compile(r"(?P<pre>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s:/@]+:)(?P<val>[^\s@/]+)(?P<at>@)")
_BEARER = re.compile(r"\b(?P<pre>(?:Bearer|Basic|Token)\s+)(?P<val>[A-Za-z0-9._~+/=\-]{6,})", _FLAGS)
_PEM = re.compile(
    r"-----BEGIN (?P<kind>[A-Z0-9 ]*PRIVATE KEY)-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)", re.S
)
_SHAPES = re.compile(
    r"\b(?:xox[abposr]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,}|gh[pousr]_[A-Za-z0-9]{20,}"
    r"|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|glpat-[A-Za-z0-9_-]{20,})"
)


def is_secret_name(name: str) -> bool:
    """True when a variable name looks like it holds a secret.

    >>> is_secret_name("POSTGRES_PASSWORD"), is_secret_name("MODE")
    (True, False)
    """
    upper = name.upper()
    return any(w in upper for w in SECRET_WORDS)


def _masked(value: str) -> str:
    if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) >= 2:
        return value[0] + MASK + value[0]
    return MASK if value else value


def redact(text: str | None) -> str | None:
    """`text` with every secret-looking value replaced by ***. None stays None."""
    if not text:
        return text
    out = _PEM.sub(lambda m: f"-----BEGIN {m['kind']}-----{MASK}-----END {m['kind']}-----", text)
    out = _QUOTED_TOKEN.sub(lambda m: f"{m['q']}{m['key']}={_masked(m['val'])}{m['q']}", out)
    out = _LINE.sub(lambda m: f"{m['pre']}{m['key']}={_masked(m['val'])}", out)
    out = _JSON.sub(lambda m: f"{m['q']}{m['key']}{m['q']}{m['sep']}{_masked(m['v'])}", out)
    out = _BEARER.sub(lambda m: f"{m['pre']}{MASK}", out)
    out = _INLINE.sub(_inline, out)
    out = _URL.sub(lambda m: f"{m['pre']}{MASK}{m['at']}", out)
    out = _SHAPES.sub(MASK, out)
    return out


def _inline(m: re.Match[str]) -> str:
    val = m["val"]
    if val == MASK or val in (f"'{MASK}'", f'"{MASK}"'):
        return m[0]
    if m["sep"].startswith(":") and val.startswith("//"):
        return m[0]  # "key://..." is a URL scheme, handled by _URL
    return f"{m['key']}{m['sep']}{_masked(val)}"


def redact_pair(key: str, value: str) -> str:
    """The value of a (name, value) pair, masked if the name looks secret, else redacted."""
    if is_secret_name(key):
        return MASK if value else value
    return redact(value) or value


def redact_fields(fields: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Inspect-summary rows: mask by name, then redact what the values contain."""
    return tuple((k, redact_pair(k, v)) for k, v in fields)


def redact_env(env: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """`-e` pairs of a parsed command, values of secret names masked."""
    return tuple((k, MASK if is_secret_name(k) and v else v) for k, v in env)


def redact_plan_cli(plan: object) -> tuple[str, ...]:
    """The docker CLI lines of a Plan, redacted (what replies and the audit log show)."""
    lines = getattr(plan, "cli", ()) or ()
    return tuple(redact(line) or "" for line in lines)
