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
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.model import Plan

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
_RUN = r"[A-Za-z0-9_.\-]"  # a character of a variable name
# A name: a whole run of name characters (possessive: linear time on any input); whether it
# looks secret is decided by `is_secret_name` in the replacement, not by backtracking.
_NAME = rf"(?<!{_RUN})(?P<key>{_RUN}++)"
_DQ = r"\"(?:[^\"\\]|\\.)*+\""  # a double-quoted string (escapes allowed)
_SQ = r"'[^']*+'"

# 'KEY=VALUE with spaces' — a quoted token, as shlex.quote writes it.
_QUOTED_TOKEN = re.compile(rf"(?P<q>['\"]){_NAME}(?P<sep>=)(?P<val>[^'\"\n]*+)(?P=q)", _FLAGS)
# KEY=VALUE as a whole line (env output, .env files): the value runs to the end of line.
_LINE = re.compile(rf"^(?P<pre>[ \t]*+(?:export[ \t]+)?){_NAME}(?P<sep>=)(?P<val>.*)$", _FLAGS | re.M)
# "KEY": "VALUE" (JSON) and 'KEY': 'VALUE' (repr of dicts)
_JSON = re.compile(rf"(?P<q>['\"]){_NAME}(?P=q)(?P<sep>\s*+:\s*+)(?P<v>{_DQ}|{_SQ})", _FLAGS)
# KEY=VALUE or KEY: VALUE inside a line (logs, CLI): the value is one word or a quoted string.
# The value is looked at, not consumed: a harmless `url=http://h/?token=x` still has its token masked.
# (only names that contain a secret word: a look-ahead bounded by the name, so still linear)
_INLINE = re.compile(rf"(?<!{_RUN})(?={_RUN}*?(?:{_WORD}))(?P<key>{_RUN}++)(?P<sep>=|:[ \t]*+)", _FLAGS)
# A backtick ends the value only where it closes a Slack/markdown code span (followed by a
# space, punctuation or the end): `PASSWORD=x` keeps its closing backtick, a`b inside a value is masked.
_INLINE_VALUE = re.compile(rf"{_DQ}|{_SQ}|(?:[^\s\"',;&|)}}\]`]|`(?=[^\s\"',;&|)}}\]`]))++")
# scheme://user:password@host (the user may be empty: redis://:pw@host)
_URL = re.compile(r"(?P<pre>(?<![a-zA-Z0-9+.\-])[a-zA-Z][a-zA-Z0-9+.\-]*+://[^\s:/@]*+:)(?P<val>[^\s@/]++)(?P<at>@)")
_BEARER = re.compile(r"\b(?P<pre>(?:Bearer|Basic|Token)\s+)(?P<val>[A-Za-z0-9._~+/=\-]{6,})", _FLAGS)
_PEM = re.compile(
    r"-----BEGIN (?P<kind>[A-Z0-9 ]*PRIVATE KEY)-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)", re.S
)
_SHAPES = re.compile(
    r"\b(?:xox[abposr]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,}|gh[pousr]_[A-Za-z0-9]{20,}"
    r"|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|glpat-[A-Za-z0-9_-]{20,})"
)

# ---------------------------------------------------------------------------- flag forms
# Secrets given as command-line options: `--password X`, `--password=X`, `mysql -pX`,
# `redis-cli -a X`, `curl -u user:X`, `docker login -p X`, `sshpass -p X`, ...
# A flag's value: one word or a quoted string, never a shell separator.
_VALUE = re.compile(rf"{_DQ}|{_SQ}|[^\s\"'`;&|)]++")
_END = r"(?=[\s\"'`;&|)]|$)"  # where an unquoted value ends
# Words of an option name whose value is a secret (`--db-password`, `--client-secret`, `-storepass`).
SECRET_FLAG_WORDS = frozenset({
    "password", "passwd", "passphrase", "pass", "pwd", "pw", "secret", "token", "apikey", "credential",
    "credentials", "requirepass", "masterauth", "storepass", "keypass", "srcstorepass", "deststorepass",
    "passin", "passout", "authtoken",
})
_SECRET_FLAG_PAIRS = frozenset({("api", "key"), ("access", "key"), ("secret", "key"), ("private", "key"),
                                ("auth", "token"), ("proxy", "user")})
# ...unless the option names where the secret is, not the secret itself (`--password-stdin`).
_NOT_A_VALUE = frozenset({"stdin", "file", "fd", "env", "path", "dir", "prompt", "cmd", "command"})
# --name VALUE / --name=VALUE / -name VALUE (the value in a look-ahead: nothing consumed twice)
_LONG = re.compile(r"(?<![\w\-])(?P<flag>--?[A-Za-z][A-Za-z0-9_\-]*+)(?P<sep>=|[ \t]++)")
# -pVALUE (mysql, sshpass, docker login) and -aVALUE (redis-cli), attached
_SHORT_ATTACHED = re.compile(r"(?<![\w\-])-(?P<flag>[pau])(?=[^\s`;&|)])")
# -p VALUE / -a VALUE / -u VALUE / -U VALUE, separated by spaces
_SHORT_SPACED = re.compile(r"(?<![\w\-])-(?P<flag>[pauU])[ \t]++")
# redis AUTH [user] password
_REDIS_AUTH = re.compile(r"(?<![\w\-])AUTH[ \t]++")
# a docker port spec (`-p 8080:80`, `-p127.0.0.1:80:80/udp`): never a password
_PORT_SPEC = re.compile(r"(?:(?:\[[0-9a-fA-F:.]{1,64}\]|[0-9.]{1,15}):)?(?:\d{0,5}(?:-\d{1,5})?:)?\d{1,5}(?:-\d{1,5})?"
                        r"(?:/(?:tcp|udp|sctp))?" + _END)
_OPTION_CLUSTER = re.compile(r"[A-Za-z]++" + _END)  # -pr, -pv, -path: options, not a password
_USER_COLON = re.compile(r"[\"']?[^\s\"'`;&|):/]{0,256}+:")  # `user:` before a password
# Commands whose short options carry a password, looked for earlier in the same shell command.
_CTX_MYSQL = re.compile(r"(?<![\w\-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mysqlpump"
                        r"|mariadb|mariadb-dump|mariadb-admin|mongo|mongosh|mongodump|mongorestore|mongoexport"
                        r"|mongoimport)(?![\w\-])")
_CTX_ALWAYS_P = re.compile(r"(?<![\w\-])(?:sshpass|(?:docker|podman|buildah|skopeo|nerdctl|oras|registry)[ \t]+login)"
                           r"(?![\w\-])")
_CTX_REDIS = re.compile(r"(?<![\w\-])(?:redis-cli|keydb-cli|valkey-cli)(?![\w\-])")
_CTX_CURL = re.compile(r"(?<![\w\-])curl(?![\w\-])")
_SEPARATORS = ";&|\n`("  # what ends a shell command (`$(` ends with its parenthesis)
_LOOK_BACK = 300  # characters looked at for the command an option belongs to


def _in(cmd: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """`pattern` found in `cmd` (a substring test first: most commands name none of `words`)."""
    return any(w in cmd for w in words) and pattern.search(cmd) is not None


def _command_before(text: str, pos: int) -> str:
    """The text of the shell command that an option at `pos` belongs to (up to `pos`)."""
    window = text[max(0, pos - _LOOK_BACK):pos]
    return window[max(window.rfind(c) for c in _SEPARATORS) + 1:]


def is_secret_flag(flag: str) -> bool:
    """True when a command-line option carries a secret as its value.

    >>> is_secret_flag("--password"), is_secret_flag("--db-password"), is_secret_flag("--password-stdin")
    (True, True, False)
    """
    single = not flag.startswith("--")
    words = [w for w in re.split(r"[-_]+", flag.strip("-").lower()) if w]
    if not words or words[-1] in _NOT_A_VALUE:
        return False
    if single:  # -password, -storepass (openssl, keytool); not clusters such as -passive
        return len(words) == 1 and words[0] in SECRET_FLAG_WORDS
    return any(w in SECRET_FLAG_WORDS for w in words) or any(p in _SECRET_FLAG_PAIRS for p in zip(words, words[1:]))


Decide = Callable[[re.Match[str], str], "int | None"]


def _mask_ahead(pattern: re.Pattern[str], text: str, decide: Decide, value: re.Pattern[str] = _VALUE) -> str:
    """Mask the value that follows each match of `pattern` (a name and its separator) when
    `decide(match, text)` says so: it returns how many characters of the value to keep
    (0: mask all of it; `user:` of `user:secret`), or None to leave it.

    `decide` looks only at a bounded stretch after the match, and a value is read only
    when it is masked (then the search goes on after it): linear time on any input.
    """
    out: list[str] = []
    pos = 0
    m = pattern.search(text)
    while m is not None:
        keep = decide(m, text)
        vm = value.match(text, m.end()) if keep is not None else None
        val = vm[0] if vm is not None else ""
        if vm is None or keep is None or keep >= len(val) or val.strip("'\"") == MASK:
            m = pattern.search(text, max(m.end(), m.start() + 1))
            continue
        out.append(text[pos:m.end()])
        out.append(_masked_tail(val, keep))
        pos = vm.end()
        m = pattern.search(text, max(pos, m.start() + 1))
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _masked_tail(val: str, keep: int) -> str:
    """`val` with all but its first `keep` characters masked (quotes kept)."""
    if keep == 0:
        return _masked(val)
    quoted = val[:1] in "\"'" and len(val) >= 2 and val[-1] == val[0]
    _seen(val[keep:-1] if quoted else val[keep:])
    return val[:keep] + MASK + (val[-1] if quoted else "")


def _long_flag(m: re.Match[str], text: str) -> int | None:
    if not is_secret_flag(m["flag"]):
        return None
    if m["sep"] != "=" and text.startswith("-", m.end()):
        return None  # `--password --next-option`: no value given
    if m["flag"].lower().lstrip("-") == "proxy-user":
        return _after_colon(text, m.end())
    return 0


def _after_colon(text: str, pos: int) -> int | None:
    """`user:secret` at `pos` -> how many characters to keep (through the colon); None without one."""
    c = _USER_COLON.match(text, pos)
    return None if c is None else c.end() - pos


def _short_flag(m: re.Match[str], text: str) -> int | None:
    flag, at = m["flag"], m.end()
    spaced = m.end("flag") < at
    if spaced and text.startswith("-", at):
        return None
    cmd = _command_before(text, m.start())
    if flag == "p":
        if _in(cmd, ("sshpass", "login"), _CTX_ALWAYS_P):
            return 0
        port = _PORT_SPEC.match(text, at) is not None
        if _in(cmd, ("mysql", "maria", "mongo"), _CTX_MYSQL):  # -pSECRET; `--name mysql -p 3306:3306` stays a port
            return None if port and (spaced or ":" in text[at:at + 40]) else 0
        if spaced or port:
            return None
        # elsewhere -pVALUE is a password unless it is a cluster of short options (-pr, -pv)
        return None if _OPTION_CLUSTER.match(text, at) else 0
    if flag == "a":
        return 0 if _in(cmd, ("-cli",), _CTX_REDIS) else None
    # -u / -U user:password (curl; docker's `-u 1000:1000` is a uid:gid)
    keep = _after_colon(text, at)
    return keep if keep is not None and _in(cmd, ("curl",), _CTX_CURL) else None


def _redis_auth(m: re.Match[str], text: str) -> int | None:
    return 0 if _in(_command_before(text, m.start()), ("-cli",), _CTX_REDIS) else None


def _curl_user(m: re.Match[str], text: str) -> int | None:
    if m["flag"] != "--user":
        return None
    keep = _after_colon(text, m.end())
    return keep if keep is not None and _in(_command_before(text, m.start()), ("curl",), _CTX_CURL) else None


_AUTH_VALUE = re.compile(rf"(?:{_VALUE.pattern})(?:[ \t]++(?:{_VALUE.pattern}))?")


def redact_flags(text: str) -> str:
    """Mask secrets given as command-line options (see the module docstring).

    >>> redact_flags("mysql -uroot -phunter2 app && redis-cli -a s3cret ping")
    'mysql -uroot -p*** app && redis-cli -a *** ping'
    """
    out = _mask_ahead(_LONG, text, _long_flag)
    out = _mask_ahead(_LONG, out, _curl_user)
    out = _mask_ahead(_SHORT_ATTACHED, out, _short_flag)
    out = _mask_ahead(_SHORT_SPACED, out, _short_flag)
    out = _mask_ahead(_REDIS_AUTH, out, _redis_auth, _AUTH_VALUE)
    return out


def is_secret_name(name: str) -> bool:
    """True when a variable name looks like it holds a secret.

    >>> is_secret_name("POSTGRES_PASSWORD"), is_secret_name("MODE")
    (True, False)
    """
    upper = name.upper()
    return any(w in upper for w in SECRET_WORDS)


_collect: ContextVar[list[str] | None] = ContextVar("gorae_redact_collect", default=None)


def _seen(value: str) -> None:
    """Remember a masked value while `secret_values` is collecting."""
    found = _collect.get()
    if found is not None:
        found.append(value.strip("'\""))


def secret_values(text: str | None) -> list[str]:
    """The values `redact` masks in `text`, longest first (for masking them where they are
    quoted out of context, e.g. a list of unread words)."""
    token = _collect.set([])
    try:
        redact(text)
        found = _collect.get() or []
    finally:
        _collect.reset(token)
    return sorted({v for v in found if len(v) >= 2 and v != MASK}, key=len, reverse=True)


def redact_known(text: str | None, source: str | None) -> str | None:
    """`text` redacted, and every value that was a secret in `source` (the request `text`
    quotes from) masked too: `-a hunter2` read in the request is masked in "I could not
    read `-a`, `hunter2`" as well."""
    out = redact(text)
    if not out or not source:
        return out
    for value in secret_values(source):
        out = out.replace(value, MASK)
    return out


def _masked(value: str) -> str:
    _seen(value)
    if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) >= 2:
        return value[0] + MASK + value[0]
    return MASK if value else value


def redact(text: str | None) -> str | None:
    """`text` with every secret-looking value replaced by ***. None stays None.

    Linear in the length of `text` (no pattern backtracks over a long word), so a
    megabyte of hostile input is masked in well under a second.
    """
    if not text:
        return text
    out = _PEM.sub(lambda m: f"-----BEGIN {m['kind']}-----{MASK}-----END {m['kind']}-----", text)
    out = _QUOTED_TOKEN.sub(
        lambda m: f"{m['q']}{m['key']}={_masked(m['val'])}{m['q']}" if is_secret_name(m["key"]) else m[0], out)
    out = _LINE.sub(lambda m: f"{m['pre']}{m['key']}={_masked(m['val'])}" if is_secret_name(m["key"]) else m[0],
                    out)
    out = _JSON.sub(
        lambda m: f"{m['q']}{m['key']}{m['q']}{m['sep']}{_masked(m['v'])}" if is_secret_name(m["key"]) else m[0],
        out)
    out = _BEARER.sub(lambda m: f"{m['pre']}{_masked(m['val'])}", out)
    out = _mask_ahead(_INLINE, out, _inline, _INLINE_VALUE)
    out = _URL.sub(lambda m: f"{m['pre']}{_masked(m['val'])}{m['at']}", out)
    out = _SHAPES.sub(lambda m: _masked(m[0]), out)
    out = redact_flags(out)
    return out


def _inline(m: re.Match[str], text: str) -> int | None:
    if not is_secret_name(m["key"]):
        return None
    if m["sep"].startswith(":") and text.startswith("//", m.end()):
        return None  # "key://..." is a URL scheme, handled by _URL
    return 0


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


def redact_plan_cli(plan: Plan) -> tuple[str, ...]:
    """The docker CLI lines of a Plan, redacted (what replies and the audit log show)."""
    return tuple(redact(line) or "" for line in plan.cli)
