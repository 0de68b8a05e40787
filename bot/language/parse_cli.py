"""docker CLI text -> Command, read exactly as docker reads it.

`read(text, lang)` is what `bot.language.parse.parse` calls for the docker-CLI dialect
(`docker run -d -p 80:80 nginx`, with or without the leading `docker`).

    >>> read("docker run -dp 8080:80 --name=web nginx", "cli").ports
    (PortSpec(host_port=8080, container_port=80, host_ip=None, proto='tcp', random_host=False),)

How docker reads a command line, and so gorae:
- words are split as a POSIX shell splits them (`shlex`): quotes group and vanish, nothing
  inside a value is changed. What a shell would *expand* (`$VAR`, `$(…)`, backticks, a leading
  `~`) and shell operators (`;`, `|`, `&`, `<`, `>`) outside single quotes are refused: gorae
  runs no shell, so they cannot mean what they would mean there. The one exception is the
  well-known `$(docker ps -q)` ("every running container").
- options are read by docker's flag library rules (pflag): `--name web`, `--name=web`,
  `-p80:80`, `-p=80:80`, combined switches `-itd`, `-dp 80:80` (the last letter takes the
  value), `--rm=false`, `--` ends the options. For run/create/exec the options stop at the
  first word that is not one (the image or container): everything after it is the command.
- every option of a subcommand is in its table (bot/language/docker_options.py); every value is checked
  by bot/language/docker_values.py; errors are docker's, worded in bot/messages/docker_cli.py.
- phone autocorrect is read back as typed ASCII: a word starting with — – ‒ is `--` (`-x` before one letter),
  “ ” ‘ ’ are quotes. Nothing else is rewritten: case, punctuation and spacing are kept.
- typed docker CLI runs as typed: the Command is marked `as_typed`, and the planner never
  reinterprets it (`docker run -d web` is a run of image web even when a container web exists).
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from lark import Token, Transformer, Tree
from lark.exceptions import UnexpectedInput, VisitError

from bot import model as m
from bot.language import docker_options as do
from bot.language import docker_values as dv
from bot.language.grammar import Words, lexicon
from bot.language.normalize import HANGUL
from bot.language.parse import Incomplete
from bot.model import Lang

ALL_RUNNING = re.compile(r"\$\(\s*docker\s+(container\s+)?(ps|ls)\s+(-a\s+-q|-q\s+-a|-aq|-qa|-q)\s*\)")
_ALL = "\x00ALL_RUNNING\x00"
_DASHES = re.compile(r"(?:(?<=\s)|^)[\u2012\u2013\u2014\u2015\u2212]+(?=\S)")
# a dash before ONE letter and the word's end ("–d", "–p 8080:80"): the short flag `-d`; docker has no
# one-letter long option (pflag long names are longer), so `--d` is never what was typed
_DASH_SHORT = re.compile(r"(?:(?<=\s)|^)[\u2012\u2013\u2014\u2015\u2212](?=[A-Za-z](?:[\s=]|$))")
_QUOTES = str.maketrans({"“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'", "…": "...",
                         "\u2010": "-", "\u2011": "-"})  # a phone's hyphen (‐) is the ASCII one
_QUOTING = re.compile(r"[\"'\\]")
_BLANKS = re.compile(r"[ \t\r\n]+")
_CONTAINER_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_IMAGE_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-/:@]*")


class NotCli(UnexpectedInput):
    """The text does not start like a docker command (the natural-language reading decides)."""

    def __init__(self, column: int = 1) -> None:
        self.column = column
        self.pos_in_stream: int | None = column - 1  # type: ignore[assignment]

    def __str__(self) -> str:
        return "not a docker command"


_CONTEXT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]*")  # docker/cli: a context's name (no glob, no '*')


def _fail(key: str, **params: Any) -> Incomplete:
    return Incomplete(key, **params)


# --------------------------------------------------------------------------- words


def autocorrected(text: str) -> str:
    """Phone autocorrect undone: — – ‒ starting a word -> `--` (`-` before one letter: "–d" is `-d`);
    curly quotes -> ASCII."""
    return _DASHES.sub("--", _DASH_SHORT.sub("-", text.translate(_QUOTES)))


def words(text: str) -> list[str]:
    """POSIX shell words of `text`; raises Incomplete for what a shell would expand or run."""
    text = ALL_RUNNING.sub(" " + _ALL + " ", text)
    _check_shell(text)
    if not _QUOTING.search(text):  # no quote, no backslash: shlex's words are the blank-separated runs
        bare = text.strip(" \t\r\n")
        return _BLANKS.split(bare) if bare else []
    lex = shlex.shlex(text, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    try:
        return list(lex)
    except ValueError:
        raise _fail("cli.unterminated_quote") from None


_EXPANDS = frozenset("({_?$!#*@-0123456789")


# the characters the loop below acts on (a quote, a backslash, an expansion, a shell operator, a tilde)
_SHELL_CHARS = re.compile(r"[\\'\"`$;|&<>~]")


def _check_shell(text: str) -> None:
    if not _SHELL_CHARS.search(text):
        return  # none of them (most commands): the loop would only walk the characters
    quote = ""
    i = 0
    start_of_word = True
    while i < len(text):
        c = text[i]
        if quote == "'":
            if c == "'":
                quote = ""
        elif c == "\\" and quote != "'":
            i += 2
            start_of_word = False
            continue
        elif quote == '"' and c == '"':
            quote = ""
        elif c in "\"'" and not quote:
            quote = c
        else:
            # $( ${ $NAME and the special parameters $1 $? $$ $! $# $* $@ $- (POSIX 2.5.2) expand in a shell
            if c == "`" or (c == "$" and i + 1 < len(text) and (text[i + 1] in _EXPANDS or text[i + 1].isalpha())):
                raise _fail("cli.shell_expansion", text=_snippet(text, i))
            if not quote:
                if c in ";|&<>":
                    raise _fail("parse.shell_meta", char=c)
                if c == "~" and start_of_word:
                    raise _fail("cli.shell_expansion", text=_snippet(text, i))
        start_of_word = c.isspace() and not quote
        i += 1


def _snippet(text: str, i: int) -> str:
    return text[i:].split()[0] if text[i:].split() else text[i:]


# --------------------------------------------------------------------------- flags (pflag rules)


@dataclass
class Given:
    """One option as typed: its table entry, the value (switches: 'true'/'false'), the flag."""

    opt: do.Option
    value: str
    flag: str


def read_flags(ws: list[str], table: do.Table, interspersed: bool) -> tuple[list[Given], list[str]]:
    """Options and positional words of one subcommand, as pflag reads them."""
    given: list[Given] = []
    args: list[str] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w == "--":
            args += ws[i + 1:]
            break
        if w.startswith("--") and len(w) > 2:
            name, eq, val = w[2:].partition("=")
            opt = table.find("--" + name)
            if opt is None:
                raise _fail("cli.unknown_flag", flag="--" + name, command=table.command)
            if opt.takes_value:
                if not eq:
                    if i + 1 >= len(ws):
                        raise _fail("cli.flag_needs_argument", flag="--" + name)
                    i += 1
                    val = ws[i]
            else:
                val = val if eq else "true"
            given.append(Given(opt, val, "--" + name))
        elif w.startswith("-") and len(w) > 1 and w != _ALL:
            j = 1
            while j < len(w):
                c = w[j]
                opt = table.find("-" + c)
                if opt is None:
                    raise _fail("cli.unknown_shorthand", letter=c, word=w, command=table.command)
                if opt.takes_value:
                    if j + 1 < len(w):
                        val = w[j + 1:]
                        if val.startswith("="):
                            val = val[1:]
                    elif i + 1 < len(ws):
                        i += 1
                        val = ws[i]
                    else:
                        raise _fail("cli.flag_needs_argument", flag=f"'{c}' in {w}")
                    given.append(Given(opt, val, "-" + c))
                    break
                if j + 1 < len(w) and w[j + 1] == "=":
                    given.append(Given(opt, w[j + 2:], "-" + c))
                    break
                given.append(Given(opt, "true", "-" + c))
                j += 1
        else:
            if not interspersed:
                args += ws[i:]
                break
            args.append(w)
        i += 1
    for g in given:
        if g.opt.refused:
            raise _fail(g.opt.refused, flag=g.flag, command=table.command)
        if not g.opt.takes_value:
            try:
                dv.boolean(g.value)
            except dv.ValueRejected:
                raise _fail("cli.bad_bool", value=g.value, flag=g.flag) from None
    return given, args


def _switch(given: list[Given], name: str) -> bool:
    """A switch's last value (pflag: the last one given wins)."""
    out = False
    for g in given:
        if g.opt.name == name:
            out = dv.boolean(g.value)
    return out


def _last(given: list[Given], name: str) -> str | None:
    out = None
    for g in given:
        if g.opt.name == name:
            out = g.value
    return out


def _checked(g: Given) -> Any:
    if g.opt.read is None:
        return g.value
    try:
        return g.opt.read(g.value)
    except dv.ValueRejected as e:
        raise _fail(e.key, **e.params) from None


# --------------------------------------------------------------------------- entry point

def tree(ws: list[str]) -> Tree[Token] | None:
    """The parse of `ws` (the words after `docker` and its global options) by
    grammar/docker_cli.lark: `cli` over one subtree named after the Command, whose children are
    ARGS token (the words after the command words); None when the first words name no subcommand gorae runs."""
    from lark.exceptions import LarkError

    from bot.language import grammar

    try:
        return grammar.cli().parse(ws)
    except LarkError:
        return None


def command_path(ws: list[str]) -> tuple[str, int] | None:
    """The rule (grammar/docker_cli.lark: the Command, snake case) the first words name and how
    many words that took, or None."""
    t = tree(ws)
    if t is None or not isinstance(t.children[0], Tree):
        return None
    sub = t.children[0]
    return str(sub.data), len(ws) - len(_args(sub.children))


@lru_cache(maxsize=1)
def _ko_request() -> re.Pattern[str]:
    """A Korean request after a docker command: words of grammar/lexicon.txt `cli_request_ko`, or
    words that start with one of `cli_request_stems` (해줘, 실행해, 보여줘), to the end."""
    lex = lexicon()
    whole = "|".join(re.escape(w).replace("_", r"\s*") for w in sorted(lex["cli_request_ko"], key=len, reverse=True))
    stems = "|".join(map(re.escape, lex["cli_request_stems"]))
    return re.compile(r"(?:\s+(?:" + whole + r"|(?:" + stems + r")[\uac00-\ud7a3]*)[?!.~]*)+$")


def _asks_it(tail: str) -> bool:
    """Whether the Korean words typed after a docker command (`tail`: "해줘", "실행해 주세요", "좀") ask for it.
    Read by morphemes (grammar/morphemes.txt), never by their first syllables: a question whether to
    ("해볼까", "실행할까", "돌려볼까"), something done ("해봤어", "실행했어"), someone else's words ("실행하래",
    "하라는데"), a negation ("하지 마", "안 해"), a permission asked ("해도 돼?") or a condition ("하면") is no
    request: grammar/lexicon.txt `cli_tail_barred`; a yes/no question asks it only of gorae ("해 줄 수 있어?"),
    a condition only as a polite request ("하면 돼", "해 주시면 감사하겠습니다")."""
    if not HANGUL.search(tail):
        return True
    import bot.language.morph as morph

    ws = morph.words(tail).split()
    lex = lexicon()
    if any(w in lex["cli_tail_barred"] for w in ws):
        return False
    asked, can = lex["cli_tail_asked"][0], list(lex["cli_tail_asked_ok"])
    cond = lex["cli_tail_if"][0]
    for i, w in enumerate(ws):
        if w == asked and ws[max(0, i - len(can)):i] != can:
            return False  # "해?", "해도 돼?": asked whether, never run ("해 줄 수 있어?" asks it of gorae)
        if w == cond and (ws[i + 1:i + 2] or [""])[0] not in lex["cli_tail_if_ok"]:
            return False  # "docker stop web 하면": a condition; "하면 돼" asks it
    return True


_DOCKER_FIRST = re.compile(r"(?i)docker(\s|$)")  # (compiled once: asked of every text, ~1 µs a call through `re`)


def docker_command(text: str) -> str | None:
    """`text` as a docker command line when it is one: it starts with `docker` and a command
    word gorae runs (a Korean request after it — 해줘, 실행해 주세요, 좀 — is not part of it and
    is taken off), or it is `docker …` without any Korean. None when it is a sentence that
    merely starts with the word docker ("docker 컨테이너 목록 보여줘"). Without `docker`, a command of
    two words or more with a Korean request after it ("network ls 해줘", "volume create logs2 좀"):
    one word ("kill web 실행") may be a sentence's verb, never taken for a command."""
    if not _DOCKER_FIRST.match(text):
        bare = _ko_request().sub("", text)
        if bare == text or HANGUL.search(bare) or not _asks_it(text[len(bare):]):
            return None
        try:
            path = command_path(words(autocorrected(bare)))
        except Incomplete:
            return None
        return bare if path is not None and path[1] >= 2 else None
    bare = _ko_request().sub("", text)
    if not HANGUL.search(text):
        return text
    if not _asks_it(text[len(bare):]):
        return None  # "docker rm web 해볼까", "docker stop web 실행했어": asked or told, never the command typed
    if HANGUL.search(bare) and (counted := _count_tail().search(bare)) is not None:
        # (en33) "docker restart web cache 두 개 다": the count of the names typed, when it is theirs
        return _count_agrees(bare[:counted.start()], counted)
    try:
        ws = words(autocorrected(bare))
    except Incomplete:
        return bare if not HANGUL.search(bare) else None
    rest = ws[1:]
    while rest and rest[0].startswith("-"):  # global options: `-H x ps` is still a command
        rest = rest[2:] if rest[0] in ("-H", "--host", "-c", "--context") else rest[1:]
    # (en33) "docker netwrok ls 해줘", "docker unpuase data 해줘": a command word typed with a slip is still the docker
    # command (read, or a write asked back), never a sentence whose slip is read as a verb and run
    return bare if command_path(rest) is not None or _command_word_slipped(rest) is not None else None


@lru_cache(maxsize=1)
def _count_tail() -> re.Pattern[str]:
    """(en33) A count of names and words of all of them closing a docker command (grammar/lexicon.txt `cli_count_ko`,
    `cli_all_ko`; `_` a space or none): group `n` the count said, if one is."""
    lex = lexicon()

    def alt(role: str) -> str:
        return "|".join(re.escape(w).replace("_", r"\s*") for w in sorted(lex[role], key=len, reverse=True))

    return re.compile(rf"\s+(?:(?P<n>{alt('cli_count_ko')})(?:\s*(?:{alt('cli_all_ko')}))?|(?:{alt('cli_all_ko')}))$")


def _count_agrees(bare: str, counted: re.Match[str]) -> str | None:
    """`bare` (the docker command before the count) when it reads with Korean nowhere in it and names as many as the
    count says (grammar/lexicon.txt `count_words`; words of all alone: two or more); None otherwise."""
    if HANGUL.search(bare):
        return None
    try:
        cmd = read(bare, "ko")
    except (Incomplete, UnexpectedInput):
        return None
    names = len(m.names_of(cmd, images=True))
    said = counted["n"]
    if said is None:
        return bare if names >= 2 else None
    numbers = dict(w.split("=", 1) for w in lexicon()["count_words"])
    number = next((numbers[k] for k in sorted(numbers, key=len, reverse=True) if said.startswith(k)), None)
    return bare if number is not None and names == int(number) else None


def read(text: str, lang: Lang) -> m.Command:
    """Read one docker command line. Raises `Incomplete` (docker would refuse it, or gorae
    refuses it on purpose: the reason) or `NotCli` (it is not a docker command at all)."""
    ws = words(autocorrected(text))
    if not ws:
        raise NotCli()
    trimmed = _closing_trimmed(ws)
    polite = _courtesy_closed(trimmed if trimmed is not None else ws)
    for shorter in (polite, trimmed):
        # "docker restart web!", "docker stop web.", "docker ps …": a sentence's closing typed after the command is no
        # part of it; (en33) nor is a courtesy after a read ("docker logs --tail 50 cache pls", "docker network inspect
        # backend plz": never a network `plz`; a write keeps every word, f17en) — unless the command runs a command of
        # its own, whose words are as typed ("docker exec web echo hi!", "docker exec web echo thanks")
        if shorter is None:
            continue
        try:
            cmd = _read(shorter, lang)
        except (Incomplete, NotCli):
            cmd = None
        if cmd is not None and shorter is polite:
            from bot.language.parse_natural import reads_only

            if not reads_only(cmd):
                continue  # a write's words are docker's, every one ("docker restart web please": no container please)
        if cmd is not None and not (isinstance(cmd, (m.RunContainer, m.Exec, m.ServiceCreate)) and cmd.command):
            return cmd
    return _read(ws, lang)


def _courtesy_closed(ws: list[str]) -> list[str] | None:
    """(en33) `ws` (a command typed with `docker`) without the English courtesy closing it (grammar/lexicon.txt
    `after_cli_en`: pls, thanks, thank you, each with its closing punctuation); None when none closes it."""
    if len(ws) < 3 or ws[0].lower() != "docker":
        return None
    said = lexicon()["after_cli_en"]
    n = len(ws)
    while n > 2:
        last = ws[n - 1].rstrip(".!?~,").lower()
        two = (ws[n - 2].rstrip(",").lower() + "_" + last) if n > 3 else ""
        if two in said:
            n -= 2
        elif last in said:
            n -= 1
        else:
            break
    if n == len(ws):
        return None
    kept = ws[:n]
    if kept[-1].endswith(",") and kept[-1] != ",":
        kept[-1] = kept[-1][:-1]  # "docker inspect web, thx": the comma before the courtesy
    return kept


def options_after_image(text: str, lang: Lang) -> m.Command | None:
    """"run nginx -v /srv:/srv" said without `docker` (a sentence's shorthand, never the docker CLI as
    typed): the docker-run options typed after the image are the run's options, as if typed before it
    (`docker run -v /srv:/srv nginx`), and the words after them the container's command. Raises
    `Incomplete` when one of them is an option gorae cannot apply (unknown or refused: never an
    argument instead). None when `text` is no `run`/`create` whose first word after the image is an
    option (a bare `-` is a word), or when it starts with global options or `--` ends the options."""
    ws = words(autocorrected(text))
    if not ws or ws[0].lower() == "docker" or ws[0].startswith("-"):
        return None
    path = command_path(ws)
    if path is None or path[0] != "run_container":
        return None
    create = ws[path[1] - 1].lower() == "create"
    table = do.CREATE if create else do.RUN
    _, args = read_flags(ws[path[1]:], table, interspersed=False)
    if "--" in ws[path[1]:len(ws) - len(args)] or len(args) < 2 or not args[1].startswith("-") or args[1] in ("-", "--"):
        return None
    at = len(ws) - len(args)  # the image
    _, rest = read_flags(args[1:], table, interspersed=False)  # raises for an option gorae refuses
    options = args[1:len(args) - len(rest)]
    if "--" in options:
        return None
    return _read(ws[:at] + options + [ws[at]] + rest, lang)


_CLOSING = re.compile(r"(?P<word>.*?)(?P<closing>(?:\.\.\.|[.!?…])+)")


def _closing_trimmed(ws: list[str]) -> list[str] | None:
    """`ws` without the sentence punctuation closing its last word (or the last word that is only
    that); None when there is none."""
    found = _CLOSING.fullmatch(ws[-1])
    if found is None:
        return None
    word = found["word"]
    return ws[:-1] + [word] if word else ws[:-1]


def _read(ws: list[str], lang: Lang) -> m.Command:
    if not ws:
        raise NotCli()
    docker_prefix = ws[0].lower() == "docker"
    if docker_prefix:
        ws = ws[1:]
    host_flag = None
    engine = None
    glob = bool(ws) and ws[0].startswith("-")
    given, ws = read_flags(ws, do.GLOBAL, interspersed=False)  # global options: before the subcommand
    for g in given:
        if g.opt.name == "host":
            host_flag = g.value  # a raw engine address: refused (plan, guards)
        else:  # `--context NAME`: a named engine (bot/engine/choose.py); one, and a context's name
            if not _CONTEXT_NAME.fullmatch(g.value or ""):
                raise _fail("cli.bad_context", name=g.value or "")
            if engine is not None and engine != g.value:
                raise _fail("cli.two_contexts", first=engine, second=g.value)
            engine = g.value
    if not ws:
        if docker_prefix:
            raise _fail("cli.no_command")
        raise NotCli()
    kube = None if docker_prefix or glob else _kube_top(ws, lang)
    if kube is not None:
        return m.changed(kube, as_typed=True)
    # the command words (never a value) in any case: "Docker PS", a phone's "Run -d nginx"
    parsed = tree(ws)
    typos: tuple[tuple[str, str], ...] = ()
    if parsed is None and docker_prefix and (slipped := _command_word_slipped(ws)) is not None:
        ws, typos = slipped  # (en33) "docker imgaes", "docker netwrok ls": a command word typed with a slip
        parsed = tree(ws)
    if parsed is None:
        if docker_prefix or glob:
            raise _fail("cli.unknown_command", command=ws[0])
        raise NotCli()
    try:
        cmd = Commands(lang if lang == "ko" else "cli").transform(parsed)
    except VisitError as e:
        if isinstance(e.orig_exc, Incomplete):
            raise e.orig_exc from None
        raise
    cmd = _exec_separator(cmd, docker_prefix, lang)
    cmd = _chat_closing(cmd) if docker_prefix else cmd  # (brk35a) typed with `docker`: a said "run …" is read as said
    if typos:
        return m.changed(cmd, host_flag=host_flag, engine=engine, as_typed=True, typos=typos)
    return m.changed(cmd, host_flag=host_flag, engine=engine, as_typed=True)  # dataclasses.replace, cheaper


def _command_word_slipped(ws: list[str]) -> tuple[list[str], tuple[tuple[str, str], ...]] | None:
    """(en33) `ws` (after `docker`) with ONE of its first two words, a slip of a command word of docker's CLI
    (bot/language/typo.py `cli_word_slip`), put right — when that names a subcommand gorae runs ("imgaes",
    "netwrok ls", "unpuase data", "network inpsect backend") — and the pair (typed, read as); None otherwise. The
    arguments are never touched (a name stays as typed); bot/language/parse.py asks a write back (`_cli_typo_asked`)."""
    from bot.language.typo import cli_word_slip

    for i in range(min(2, len(ws))):
        if ws[i].startswith("-"):
            return None
        meant = cli_word_slip(ws[i])
        if meant is None:
            continue
        fixed = ws[:i] + [meant] + ws[i + 1:]
        path = command_path(fixed)
        if path is not None and path[1] > i:  # the word put right is one of the command's words, never an argument
            return fixed, ((ws[i], meant),)
    return None


def _kube_top(ws: list[str], lang: Lang) -> m.Command | None:
    """(k8s21) kubectl's `top pod [NAME...]`/`top pods`, typed without `docker`: the containers' resource use, one
    sample (`docker stats --no-stream [NAME...]`), never `docker top` of a container named "pod". None for any other
    words (grammar/lexicon.txt `kube_pods`)."""
    if len(ws) < 2 or ws[0].lower() != "top" or ws[1].lower() not in lexicon()["kube_pods"]:
        return None
    return _stats([*ws[2:], "--no-stream"], lang)


def _exec_separator(cmd: m.Command, docker_prefix: bool, lang: Lang) -> m.Command:
    """(k8s21) kubectl's `--` between the container and its command ("exec cache -- redis-cli ping",
    `kubectl exec POD -- CMD`): docker's exec takes no separator there (its options stop at the container)
    and would run a program named `--`, which no one means. Typed without `docker` — kubectl's habit — it
    is read as the separator (the command after it); typed with `docker` (the CLI runs as typed) it is asked
    back, the command without `--` proposed; said twice it is refused. gorae never plans a program `--`."""
    if not isinstance(cmd, m.Exec) or not cmd.command or cmd.command[0] != "--":
        return cmd
    rest = cmd.command[1:]
    if not rest:
        raise _fail("cli.exec_needs_command")
    meant = replace(cmd, command=rest)
    if "--" in rest:  # said twice ("exec web -- ls -- /etc"): which one ends what is not said — refused
        raise _fail("cli.exec_separator_twice", container=cmd.target)
    if not docker_prefix:
        return meant
    raise Incomplete("cli.exec_separator", proposal=m.changed(meant, as_typed=True), container=cmd.target)


def _chat_word(word: str) -> str | None:
    """(brk35a) What a word typed after a program's words is when it is chat, never an argument: "courtesy"
    (grammar/lexicon.txt `after_cli_en`, `cli_courtesy_after`), "chat" (`cli_chat_after_en`: a ban, a time, a
    question, a report; Hangul or jamo; a symbol that is no word: 🚫, —); None for any other word."""
    lex = lexicon()
    bare = word.lower().rstrip(".!,~")
    if bare in lex["cli_courtesy_after"] or bare.rstrip("?") in lex["after_cli_en"] and not bare.endswith("?"):
        return "courtesy"
    if bare.rstrip("?") in lex["cli_chat_after_en"] or bare.endswith("?") and bare.rstrip("?") in lex["cli_asked_after_en"]:
        return "chat"
    if HANGUL.search(word) or _JAMO.search(word):
        return "chat"
    if not any(c.isalnum() or c in _PATH_CHARS for c in word):
        return "chat"  # "🚫", "—", "‼️": a symbol said, never a path or an argument
    return None


_JAMO = re.compile(r"[\u3131-\u318e]")
_PATH_CHARS = frozenset("./-*~_=:@%+,")


def _chat_closing(cmd: m.Command) -> m.Command:
    """(brk35a) Chat typed after a docker exec/run command's program ("docker exec web rm -rf /tmp/cache 하지마",
    "… not yet", "… NO", "… tomorrow", "… 🚫", "docker run -d nginx please"): a ban, a time, a question or a
    courtesy said after the command, never words given to the program. A ban, a time or a question — or any chat
    word — refuses it; only courtesy ("please", "thanks", "now", 🙏) is asked back, the command without it proposed.
    A program that prints its words (grammar/lexicon.txt `cli_text_programs`: echo, printf) keeps them as typed
    ("docker run alpine echo no", "docker exec web echo 지워"), unless its Korean is a ban or a question ("하지마",
    "해도 돼?": `_asks_it`)."""
    if not isinstance(cmd, (m.RunContainer, m.Exec)) or not cmd.command:
        return cmd
    words_ = list(cmd.command)
    if "—" in words_ or "–" in words_:  # "… — bob did this": what follows a dash is said of the command
        cut = min(words_.index(d) for d in ("—", "–") if d in words_)
        kinds = ["chat"] * (len(words_) - cut)
    else:
        kinds = []
        lex = lexicon()
        cut = len(words_)
        while cut > 0:
            two = f"{words_[cut - 2]}_{words_[cut - 1]}".lower().rstrip("?!.,") if cut >= 2 else ""
            if two in lex["cli_chat_after_en"] or two in lex["cli_courtesy_after"] or two in lex["after_cli_en"]:
                kinds += ["chat" if two in lex["cli_chat_after_en"] else "courtesy"] * 2  # "not yet", "real quick"
                cut -= 2
                continue
            kind = _chat_word(words_[cut - 1])
            if kind is None:
                break
            kinds.append(kind)
            cut -= 1
    if not kinds:
        return cmd
    if cut > 0 and words_[0].lower().rsplit("/", 1)[-1] in lexicon()["cli_text_programs"]:
        tail = " ".join(w for w in words_[cut:] if HANGUL.search(w))
        if not tail or _asks_it(" " + tail):
            return cmd  # "echo no", "echo 안녕": the words it prints
    said = " ".join(words_[cut:])
    kept = tuple(words_[:cut])
    if all(k == "courtesy" for k in kinds) and (kept or isinstance(cmd, m.RunContainer)):
        raise Incomplete("cli.courtesy_after_command", proposal=m.changed(replace(cmd, command=kept), as_typed=True),
                         words=said)
    raise _fail("cli.chat_after_command", words=said)


# --------------------------------------------------------------------------- run / create


def _image(word: str) -> str:
    """An image reference; docker's rule: the repository path is lower case (a registry host and
    a tag may have capitals)."""
    if not _IMAGE_REF.fullmatch(word):
        raise _fail("cli.bad_image", image=word)
    repo = word.split("@", 1)[0]
    last = repo.rsplit("/", 1)
    if ":" in last[-1]:
        repo = repo[: repo.rfind(":")]
    parts = repo.split("/")
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        parts = parts[1:]
    if any(c.isupper() for p in parts for c in p):
        raise _fail("cli.image_lowercase", image=word)
    return word


def _run(ws: list[str], lang: Lang, create: bool = False) -> m.Command:
    table = do.CREATE if create else do.RUN
    given, args = read_flags(ws, table, interspersed=False)
    if not args:
        raise _fail("cli.needs_image", command=table.command)
    image = _image(args[0])
    command = tuple(args[1:])
    _program(command)
    kw: dict[str, Any] = {"env": [], "ports": [], "expose": [], "volumes": [], "volumes_from": [],
                          "cap_add": [], "devices": [], "security_opt": [], "mounts": []}
    options: list[tuple[str, str]] = []
    for g in given:
        o = g.opt
        if o.field is None:
            _checked(g)
            options.append((o.name, g.value))
            continue
        if not o.takes_value:
            kw[o.field] = dv.boolean(g.value)
            continue
        val = _checked(g)
        if o.name == "env":
            k, sep, v = val.partition("=")
            kw["env"].append((k, v if sep else None))
        elif o.name == "publish":
            kw["ports"] += [_port_spec(key, binding) for key, binding in val]
        elif o.name == "expose":
            kw["expose"] += [int(p.split("/")[0]) if p.endswith("/tcp") else p for p in val]
        elif o.name == "volume":
            kw["volumes"].append(m.VolumeSpec(val.source, val.target, read_only="ro" in val.mode.split(","),
                                              mode=val.mode))
        elif o.name == "mount":
            kw["mounts"].append(m.MountSpec(g.value, tuple(sorted(val.items(), key=lambda kv: kv[0]))))
        elif o.name == "restart":
            kw["restart"] = g.value
        elif o.repeatable:
            kw[o.field].append(g.value)
        else:
            kw[o.field] = val
    detach = bool(kw.pop("detach", False))
    tty = bool(kw.pop("tty", False))
    stdin_open = bool(kw.pop("stdin_open", False))
    remove = bool(kw.pop("remove", False))
    restart = kw.get("restart")
    if remove and restart and dv.restart(restart)["Name"] != "no":
        raise _fail("cli.rm_and_restart")
    _no_duplicate_targets(kw["volumes"], kw["mounts"], options)
    endpoint = {name for name, _ in options} & {"ip", "ip6", "link-local-ip", "network-alias"}
    if endpoint and kw.get("network") in (None, "default", "bridge", "host", "none"):
        raise _fail("cli.endpoint_needs_network", flag="--" + sorted(endpoint)[0])
    for key in ("env", "ports", "expose", "volumes", "volumes_from", "cap_add", "devices", "security_opt", "mounts"):
        kw[key] = tuple(kw[key])
    # an attached stdin (-i without -d) is a terminal session: not a chat feature; -t alone is fine
    interactive = stdin_open and not detach and not create
    return m.RunContainer(image=image, command=command, detach=True if detach else None, remove=remove,
                          create_only=create, interactive=interactive, tty=tty, stdin_open=stdin_open,
                          options=tuple(options), lang=lang, **kw)


def _program(command: tuple[str, ...]) -> None:
    """A command to run in a container starts with a program, and no program is named in Hangul: "docker run
    nginx 띄워줘", "docker run nginx 8080포트", "docker run nginx 포트 80", "docker exec web 지워" are Korean said
    after a command line, never the container's command (Hangul later in it is an argument as typed: "docker run
    alpine echo 안녕")."""
    if command and HANGUL.search(command[0]):
        raise _fail("cli.hangul_program", word=command[0])


def _port_spec(key: str, binding: Any) -> m.PortSpec:
    cport, proto = key.split("/")
    ip, host = (binding if isinstance(binding, tuple) else (None, binding))
    host_port: int | None = None
    host_end: int | None = None
    if host:
        lo, _, hi = host.partition("-")
        host_port = int(lo)
        host_end = int(hi) if hi else None
    return m.PortSpec(host_port, int(cport), ip or None, proto, random_host=not host, host_port_end=host_end)


def _no_duplicate_targets(volumes: list[m.VolumeSpec], mounts: list[m.MountSpec],
                          options: list[tuple[str, str]]) -> None:
    """The engine's "Duplicate mount point": two mounts at one target."""
    seen: set[str] = set()
    targets = [v.target for v in volumes] + [dict(mt.api)["Target"] for mt in mounts]
    targets += [dv.tmpfs(val)[0] for name, val in options if name == "tmpfs"]
    for t in targets:
        norm = t.rstrip("/") or "/"
        if norm in seen:
            raise _fail("cli.duplicate_mount_point", target=t)
        seen.add(norm)


# --------------------------------------------------------------------------- other subcommands


def _targets(args: list[str], command: str) -> tuple[tuple[str, ...], bool]:
    if not args:
        raise _fail("cli.needs_argument", command=command)
    names: list[str] = []
    all_running = False
    for a in args:
        if a == _ALL:
            all_running = True
        elif not _CONTAINER_REF.fullmatch(a):
            raise _fail("parse.invalid_name", name=a)
        else:
            names.append(a)
    if all_running and names:
        raise _fail("parse.invalid_name", name="$(docker ps -q)")
    return tuple(names), all_running


def _lifecycle(cls: type, table: do.Table) -> Any:
    def reader(ws: list[str], lang: Lang) -> m.Command:
        given, args = read_flags(ws, table, interspersed=True)
        names, all_running = _targets(args, table.command)
        extra: dict[str, Any] = {}
        for g in given:
            if g.opt.field == "timeout":
                extra["timeout"] = _checked(g)
            elif g.opt.field == "signal":
                extra["signal"] = g.value
            elif g.opt.field in ("force", "volumes"):
                extra[g.opt.field] = dv.boolean(g.value)
        if cls is m.Remove and all_running:
            raise _fail("parse.rm_all")
        return cls(targets=names, all_running=all_running, lang=lang, **extra)
    return reader


def _no_args(cls: type, table: do.Table, **fields: str) -> Any:
    """A listing: switches by `fields` (field -> option name), `--filter` pairs, `-n N`."""
    def reader(ws: list[str], lang: Lang) -> m.Command:
        given, args = read_flags(ws, table, interspersed=True)
        if args:
            raise _fail("cli.no_arguments", command=table.command, word=args[0])
        kw: dict[str, Any] = {f: _switch(given, opt) for f, opt in fields.items()}
        filters = tuple(_checked(g) for g in given if g.opt.field == "filters")
        if filters:
            kw["filters"] = filters
        last = _last(given, "last")
        if last is not None:
            kw["last"] = _checked(next(g for g in given if g.opt.name == "last"))
        return cls(lang=lang, **kw)
    return reader


def _one(cls: type, table: do.Table, check: re.Pattern[str] = _CONTAINER_REF) -> Any:
    def reader(ws: list[str], lang: Lang) -> m.Command:
        _given, args = read_flags(ws, table, interspersed=True)
        if len(args) != 1:
            raise _fail("cli.one_argument", command=table.command)
        if not check.fullmatch(args[0]):
            raise _fail("parse.invalid_name", name=args[0])
        return cls(args[0], lang=lang)
    return reader


def _several(cls: type, table: do.Table) -> Any:
    """(lead32c) `docker volume inspect VOLUME [VOLUME...]`, `docker network inspect NETWORK [NETWORK...]`: one or more
    names, as docker takes them (each inspected in the order typed); `more` the names after the first."""
    def reader(ws: list[str], lang: Lang) -> m.Command:
        given, args = read_flags(ws, table, interspersed=True)
        if not args:
            raise _fail("cli.needs_argument", command=table.command)
        for a in args:
            if not _CONTAINER_REF.fullmatch(a):
                raise _fail("parse.invalid_name", name=a)
        return cls(args[0], more=tuple(args[1:]), format=_format(given), lang=lang)
    return reader


def _inspect(ws: list[str], lang: Lang) -> m.Command:
    """`docker inspect [--type container] CONTAINER [CONTAINER...]`: one or more containers, as docker accepts; any other
    `--type` is refused (cli.refused_no_sdk)."""
    given, args = read_flags(ws, do.INSPECT, interspersed=True)
    for g in given:
        if g.opt.name == "type" and g.value != "container":  # (en24b) `--type container` only: the containers'
            raise _fail(do.NO_SDK, flag=g.flag, command=do.INSPECT.command)
    if not args:
        raise _fail("cli.needs_argument", command="inspect")
    for a in args:
        if not _CONTAINER_REF.fullmatch(a):
            raise _fail("parse.invalid_name", name=a)
    return m.Inspect(args[0], more=tuple(args[1:]), format=_format(given), lang=lang)


def _format(given: list[Given]) -> str | None:
    """(lead34) The last `--format` given, checked (bot/language/docker_values.py go_template), or None."""
    out = None
    for g in given:
        if g.opt.name == "format":
            out = _checked(g)
    return out


def _image_inspect(ws: list[str], lang: Lang) -> m.Command:
    """`docker image inspect IMAGE`: one image (a tag, a digest or an ID)."""
    _given, args = read_flags(ws, do.IMAGE_INSPECT, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="image inspect")
    return m.ImageInspect(_image(args[0]), lang=lang)


def _history(ws: list[str], lang: Lang) -> m.Command:
    """`docker history [-q] [--no-trunc] IMAGE`: one image's layers (a tag, a digest or an ID)."""
    given, args = read_flags(ws, do.HISTORY, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="history")
    return m.History(_image(args[0]), quiet=_switch(given, "quiet"), no_trunc=_switch(given, "no-trunc"), lang=lang)


_PS_WORD = re.compile(r"-?[A-Za-z0-9][A-Za-z0-9,=_%.:\-]*")  # a word of ps's options ("-eo", "pid,comm", "aux")


def _top(ws: list[str], lang: Lang) -> m.Command:
    """`docker top CONTAINER [ps OPTIONS]`: docker's own options come before the container (it has
    none but --help); every word after it is ps's, handed to the engine (checked to be ps words)."""
    if not ws or ws[0].startswith("-"):
        raise _fail("cli.one_argument", command="top")
    if not _CONTAINER_REF.fullmatch(ws[0]):
        raise _fail("parse.invalid_name", name=ws[0])
    for w in ws[1:]:
        if not _PS_WORD.fullmatch(w):
            raise _fail("parse.invalid_name", name=w)
    return m.Top(ws[0], ps_args=tuple(ws[1:]), lang=lang)


def _port(ws: list[str], lang: Lang) -> m.Command:
    """`docker port CONTAINER [PRIVATE_PORT[/PROTO]]`."""
    _given, args = read_flags(ws, do.PORT, interspersed=True)
    if len(args) not in (1, 2):
        raise _fail("cli.one_argument", command="port")
    if not _CONTAINER_REF.fullmatch(args[0]):
        raise _fail("parse.invalid_name", name=args[0])
    private = None
    if len(args) == 2:
        try:
            private = dv.private_port(args[1])
        except dv.ValueRejected as e:
            raise _fail(e.key, **e.params) from None
    return m.Port(args[0], private_port=private, lang=lang)


def _stats(ws: list[str], lang: Lang) -> m.Command:
    """`docker stats [--no-stream] [-a] [CONTAINER...]`: one sample of each container. Without
    --no-stream docker streams until Ctrl-C — a chat reads it as one sample and says so (`streamed`)."""
    given, args = read_flags(ws, do.STATS, interspersed=True)
    for name in args:
        if not _CONTAINER_REF.fullmatch(name):
            raise _fail("parse.invalid_name", name=name)
    return m.Stats(tuple(dict.fromkeys(args)), all=_switch(given, "all"),
                   streamed=not _switch(given, "no-stream"), lang=lang)


def _logs(ws: list[str], lang: Lang) -> m.Command:
    given, args = read_flags(ws, do.LOGS, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="logs")
    if not _CONTAINER_REF.fullmatch(args[0]):
        raise _fail("parse.invalid_name", name=args[0])
    tail_s = _last(given, "tail")
    tail = None
    if tail_s is not None and tail_s != "all":
        tail = dv.integer(tail_s) if re.fullmatch(r"[0-9]+", tail_s) else None
        if tail is None:
            raise _fail("cli.bad_int", value=tail_s)
    for g in given:
        if g.opt.read is not None:
            _checked(g)
    return m.Logs(args[0], tail=tail, since=_last(given, "since"), timestamps=_switch(given, "timestamps"),
                  until=_last(given, "until"), follow=_switch(given, "follow"), lang=lang)


def _exec(ws: list[str], lang: Lang) -> m.Command:
    given, args = read_flags(ws, do.EXEC, interspersed=False)
    if len(args) < 2:
        raise _fail("cli.exec_needs_command")
    target = args[0]
    if not _CONTAINER_REF.fullmatch(target):
        raise _fail("parse.invalid_name", name=target)
    _program(tuple(args[1:]))
    env: list[tuple[str, str | None]] = []
    for g in given:
        if g.opt.name == "env":
            k, sep, v = _checked(g).partition("=")
            env.append((k, v if sep else None))
    return m.Exec(target, tuple(args[1:]), interactive=_switch(given, "interactive") or _switch(given, "tty"),
                  user=_last(given, "user"), workdir=_last(given, "workdir"), env=tuple(env),
                  privileged=_switch(given, "privileged"), detach=_switch(given, "detach"), lang=lang)


def _images_many(cls: type, table: do.Table, check: re.Pattern[str]) -> Any:
    def reader(ws: list[str], lang: Lang) -> m.Command:
        given, args = read_flags(ws, table, interspersed=True)
        if not args:
            raise _fail("cli.needs_argument", command=table.command)
        for a in args:
            if not check.fullmatch(a):
                raise _fail("parse.invalid_name", name=a)
        extra = {"no_prune": True} if _switch(given, "no-prune") else {}
        return cls(tuple(args), force=_switch(given, "force"), lang=lang, **extra)
    return reader


def _volume_create(ws: list[str], lang: Lang) -> m.Command:
    given, args = read_flags(ws, do.VOLUME_CREATE, interspersed=True)
    name = _last(given, "name")
    if args:
        if len(args) > 1 or (name is not None and name != args[0]):
            raise _fail("cli.one_argument", command="volume create")
        name = args[0]
    if name is None:
        raise _fail("parse.need_target", what="volume")
    try:
        dv.volume_name(name)
    except dv.ValueRejected as e:
        raise _fail(e.key, **e.params) from None
    return m.VolumeCreate(name, driver=_last(given, "driver"), lang=lang)


def _network_create(ws: list[str], lang: Lang) -> m.Command:
    given, args = read_flags(ws, do.NETWORK_CREATE, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="network create")
    if not _CONTAINER_REF.fullmatch(args[0]):
        raise _fail("parse.invalid_name", name=args[0])
    return m.NetworkCreate(args[0], driver=_last(given, "driver"), lang=lang)


def _network_rm(ws: list[str], lang: Lang) -> m.Command:
    _given, args = read_flags(ws, do.NETWORK_RM, interspersed=True)
    if not args:
        raise _fail("cli.needs_argument", command="network rm")
    return m.NetworkRemove(tuple(args), lang=lang)


def _network_attach(connect: bool) -> Any:
    table = do.NETWORK_CONNECT if connect else do.NETWORK_DISCONNECT

    def reader(ws: list[str], lang: Lang) -> m.Command:
        given, args = read_flags(ws, table, interspersed=True)
        if len(args) != 2:
            raise _fail("cli.two_arguments", command=table.command)
        if connect:
            aliases = tuple(g.value for g in given if g.opt.name == "alias")
            for a in aliases:  # a DNS name on that network: a name's characters, as a container's
                if not _CONTAINER_REF.fullmatch(a):
                    raise _fail("parse.invalid_name", name=a)
            return m.NetworkConnect(args[0], args[1], aliases=aliases, lang=lang)
        return m.NetworkDisconnect(args[0], args[1], force=_switch(given, "force"), lang=lang)
    return reader


def _pull_push(cls: type, table: do.Table) -> Any:
    def reader(ws: list[str], lang: Lang) -> m.Command:
        _given, args = read_flags(ws, table, interspersed=True)
        if len(args) != 1:
            raise _fail("cli.one_argument", command=table.command)
        return cls(_image(args[0]), lang=lang)
    return reader


def _tag(ws: list[str], lang: Lang) -> m.Command:
    """`docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]`: exactly two image references, each checked as docker
    checks one (`_image`: the repository path in lower case)."""
    _given, args = read_flags(ws, do.TAG, interspersed=True)
    if len(args) != 2:
        raise _fail("cli.tag_arguments")
    source, target = _image(args[0]), _image(args[1])
    try:
        dv.new_reference(target)  # docker: lower-case repository, a valid tag, no digest
    except dv.ValueRejected as e:
        raise _fail(e.key, **e.params) from None
    return m.Tag(source, target, lang=lang)


def _rename(ws: list[str], lang: Lang) -> m.Command:
    """`docker rename CONTAINER NEW_NAME`: exactly two words, the container (a name or an ID, as the other container
    verbs take one) and its new name, which docker checks as a container name (`[a-zA-Z0-9][a-zA-Z0-9_.-]+`,
    a leading `/` dropped)."""
    _given, args = read_flags(ws, do.RENAME, interspersed=True)
    if len(args) != 2:
        raise _fail("cli.rename_arguments")
    if not _CONTAINER_REF.fullmatch(args[0]):
        raise _fail("parse.invalid_name", name=args[0])
    try:
        name = dv.container_name(args[1])
    except dv.ValueRejected as e:
        raise _fail(e.key, **e.params) from None
    return m.Rename(args[0], name, lang=lang)


_START, _STOP, _RESTART = _lifecycle(m.Start, do.START), _lifecycle(m.Stop, do.STOP), _lifecycle(m.Restart, do.RESTART)
_KILL, _PAUSE, _UNPAUSE = _lifecycle(m.Kill, do.KILL), _lifecycle(m.Pause, do.PAUSE), _lifecycle(m.Unpause, do.UNPAUSE)
_RM, _PRUNE = _lifecycle(m.Remove, do.RM), _no_args(m.PruneContainers, do.PRUNE)
_PRUNE_VOLUMES, _PRUNE_NETWORKS = _no_args(m.PruneVolumes, do.VOLUME_PRUNE), _no_args(m.PruneNetworks, do.NETWORK_PRUNE)
_PRUNE_IMAGES = _no_args(m.PruneImages, do.IMAGE_PRUNE, all="all")
_PS = _no_args(m.ListContainers, do.PS, all="all", latest="latest", quiet="quiet")
_PULL, _PUSH = _pull_push(m.Pull, do.PULL), _pull_push(m.Push, do.PUSH)
_RMI = _images_many(m.RemoveImage, do.RMI, _IMAGE_REF)


def _images_list(ws: list[str], lang: Lang) -> m.Command:
    """`docker images [OPTIONS] [REPOSITORY[:TAG]]`: a listing, of one name's images when one is typed."""
    given, args = read_flags(ws, do.IMAGES, interspersed=True)
    if len(args) > 1:
        raise _fail("cli.no_arguments", command=do.IMAGES.command, word=args[1])
    if args and not _IMAGE_REF.fullmatch(args[0]):
        raise _fail("parse.invalid_name", name=args[0])
    listing = _no_args(m.ListImages, do.IMAGES, all="all", quiet="quiet")([w for w in ws if not args or w != args[0]], lang)
    return replace(listing, reference=args[0]) if args else listing
_VOLUME_LS, _VOLUME_INSPECT = _no_args(m.VolumeList, do.VOLUME_LS, quiet="quiet"), _several(m.VolumeInspect, do.VOLUME_INSPECT)
_VOLUME_RM = _images_many(m.VolumeRemove, do.VOLUME_RM, _CONTAINER_REF)
_NETWORK_LS, _NETWORK_INSPECT = _no_args(m.NetworkList, do.NETWORK_LS, quiet="quiet"), _several(m.NetworkInspect, do.NETWORK_INSPECT)
_CONNECT, _DISCONNECT = _network_attach(True), _network_attach(False)


def _args(children: list[Any]) -> list[str]:
    return [w for t in children if isinstance(t, Words) for w in t.words]


class Commands(Transformer[Token, m.Command]):
    """grammar/docker_cli.lark's tree -> the Command. One method per rule, named as the rule and
    so after the Command dataclass it returns (`restart` -> `m.Restart`); each reads the rule's
    ARGS words (options and arguments, as typed) with the subcommand's table of
    bot/language/docker_options.py. Raises `Incomplete` (wrapped by Lark in VisitError) for what docker
    or gorae refuses.

        >>> from bot import grammar
        >>> Commands("cli").transform(grammar.cli().parse(["restart", "web"])).targets
        ('web',)
    """

    __visit_tokens__ = False  # the ARGS token is read by the rule's method

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def cli(self, children: list[m.Command]) -> m.Command:
        return children[0]

    def run_container(self, c: list[Token]) -> m.Command:
        return _run(_args(c), self.lang, create=c[0].type == "CREATE")

    def start(self, c: list[Token]) -> m.Command:
        return _START(_args(c), self.lang)

    def stop(self, c: list[Token]) -> m.Command:
        return _STOP(_args(c), self.lang)

    def restart(self, c: list[Token]) -> m.Command:
        return _RESTART(_args(c), self.lang)

    def kill(self, c: list[Token]) -> m.Command:
        return _KILL(_args(c), self.lang)

    def pause(self, c: list[Token]) -> m.Command:
        return _PAUSE(_args(c), self.lang)

    def unpause(self, c: list[Token]) -> m.Command:
        return _UNPAUSE(_args(c), self.lang)

    def remove(self, c: list[Token]) -> m.Command:
        return _RM(_args(c), self.lang)

    def prune_containers(self, c: list[Token]) -> m.Command:
        return _PRUNE(_args(c), self.lang)

    def prune_volumes(self, c: list[Token]) -> m.Command:
        return _PRUNE_VOLUMES(_args(c), self.lang)

    def prune_networks(self, c: list[Token]) -> m.Command:
        return _PRUNE_NETWORKS(_args(c), self.lang)

    def prune_images(self, c: list[Token]) -> m.Command:
        return _PRUNE_IMAGES(_args(c), self.lang)

    def list_containers(self, c: list[Token]) -> m.Command:
        return _PS(_args(c), self.lang)

    def inspect(self, c: list[Token]) -> m.Command:
        return _inspect(_args(c), self.lang)

    def image_inspect(self, c: list[Token]) -> m.Command:
        return _image_inspect(_args(c), self.lang)

    def history(self, c: list[Token]) -> m.Command:
        return _history(_args(c), self.lang)

    def top(self, c: list[Token]) -> m.Command:
        return _top(_args(c), self.lang)

    def port(self, c: list[Token]) -> m.Command:
        return _port(_args(c), self.lang)

    def stats(self, c: list[Token]) -> m.Command:
        return _stats(_args(c), self.lang)

    def logs(self, c: list[Token]) -> m.Command:
        return _logs(_args(c), self.lang)

    def exec(self, c: list[Token]) -> m.Command:
        return _exec(_args(c), self.lang)

    def pull(self, c: list[Token]) -> m.Command:
        return _PULL(_args(c), self.lang)

    def push(self, c: list[Token]) -> m.Command:
        return _PUSH(_args(c), self.lang)

    def tag(self, c: list[Token]) -> m.Command:
        return _tag(_args(c), self.lang)

    def rename(self, c: list[Token]) -> m.Command:
        return _rename(_args(c), self.lang)

    def list_images(self, c: list[Token]) -> m.Command:
        return _images_list(_args(c), self.lang)

    def remove_image(self, c: list[Token]) -> m.Command:
        return _RMI(_args(c), self.lang)

    def volume_create(self, c: list[Token]) -> m.Command:
        return _volume_create(_args(c), self.lang)

    def volume_list(self, c: list[Token]) -> m.Command:
        return _VOLUME_LS(_args(c), self.lang)

    def volume_inspect(self, c: list[Token]) -> m.Command:
        return _VOLUME_INSPECT(_args(c), self.lang)

    def volume_remove(self, c: list[Token]) -> m.Command:
        return _VOLUME_RM(_args(c), self.lang)

    def network_create(self, c: list[Token]) -> m.Command:
        return _network_create(_args(c), self.lang)

    def network_list(self, c: list[Token]) -> m.Command:
        return _NETWORK_LS(_args(c), self.lang)

    def network_inspect(self, c: list[Token]) -> m.Command:
        return _NETWORK_INSPECT(_args(c), self.lang)

    def network_remove(self, c: list[Token]) -> m.Command:
        return _network_rm(_args(c), self.lang)

    def network_connect(self, c: list[Token]) -> m.Command:
        return _CONNECT(_args(c), self.lang)

    def network_disconnect(self, c: list[Token]) -> m.Command:
        return _DISCONNECT(_args(c), self.lang)

    # docker service … / docker node … (issue 12): read by bot/language/parse_swarm.py

    def service_create(self, c: list[Token]) -> m.Command:
        return _swarm("service_create", c, self.lang)

    def service_list(self, c: list[Token]) -> m.Command:
        return _swarm("service_ls", c, self.lang)

    def service_ps(self, c: list[Token]) -> m.Command:
        return _swarm("service_ps", c, self.lang)

    def service_inspect(self, c: list[Token]) -> m.Command:
        return _swarm("service_inspect", c, self.lang)

    def service_logs(self, c: list[Token]) -> m.Command:
        return _swarm("service_logs", c, self.lang)

    def service_scale(self, c: list[Token]) -> m.Command:
        return _swarm("service_scale", c, self.lang)

    def service_update(self, c: list[Token]) -> m.Command:
        return _swarm("service_update", c, self.lang)

    def service_rollback(self, c: list[Token]) -> m.Command:
        return _swarm("service_rollback", c, self.lang)

    def service_remove(self, c: list[Token]) -> m.Command:
        return _swarm("service_rm", c, self.lang)

    def node_list(self, c: list[Token]) -> m.Command:
        return _swarm("node_ls", c, self.lang)

    def node_update(self, c: list[Token]) -> m.Command:
        return _swarm("node_update", c, self.lang)


def _swarm(reader: str, c: list[Token], lang: Lang) -> m.Command:
    """A swarm subcommand's words read by its reader in bot/language/parse_swarm.py (CLI_READERS;
    imported here, when used: parse_swarm imports this module)."""
    from bot.language.parse_swarm import CLI_READERS

    cmd: m.Command = CLI_READERS[reader](_args(c), lang)
    return cmd
