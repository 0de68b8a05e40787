"""Text -> Command: the Lark grammar recognises phrases, this module reads them.

    >>> parse("nginx 80포트로 실행")
    RunContainer(image='nginx', ports=(PortSpec(host_port=80),), lang='ko')

The natural-language grammar (grammar/natural.lark) yields a flat sequence of
phrases in the order they were said. `Reader` walks it once: English
prepositions attach to the name after them, English kind nouns ("volume
pgdata") to the name after them, and then the one verb of the sentence
decides which Command is built from the phrases. The docker-CLI grammar
(grammar/docker_cli.lark: its command words) is read by bot/parse_cli.py. No engine access here:
whether "db" is a container or an image is the planner's question.
"""
from __future__ import annotations

import difflib
import re
import shlex
from dataclasses import dataclass, field
from functools import lru_cache

from lark import Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from bot import grammar
from bot import model as m
from bot.grammar import keywords
from bot.model import Lang, Msg, NotUnderstood

MAX_LEN = 2000
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
CONTAINER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
IMAGE_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-/:@]*")
_ALL_RUNNING = re.compile(r"\$\(\s*docker\s+(container\s+)?(ps|ls)\s+[-aq ]+\)")
_META = re.compile(r";|&&|\|\||\||`|\$\(|\$\{|>|<|&")
_WORD = re.compile(r"(?<![\w:/.@=\-])[A-Za-z][A-Za-z\-]*(?![\w:/.@=\-])")
_DRIVERS = {"bridge", "overlay", "host", "macvlan", "ipvlan", "none"}


def detect_lang(text: str) -> Lang:
    """ko if any Hangul, cli if it starts like a docker command, else en."""
    if HANGUL.search(text):
        return "ko"
    if text.lstrip().lower().startswith("docker"):
        return "cli"
    return "en"


class Incomplete(Exception):
    """The phrases were read but do not make a command (no verb, no target, two verbs…)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.msg = Msg.of(key, **params)


# --------------------------------------------------------------------------- entry point


def parse(text: str) -> m.Command | NotUnderstood:
    """Read one normalized utterance. Never raises."""
    try:
        return _parse(text)
    except RecursionError:
        return NotUnderstood(text, detect_lang(text), Msg.of("parse.too_long", length=len(text)))


def _parse(text: str) -> m.Command | NotUnderstood:
    lang = detect_lang(text)
    if not text.strip():
        return NotUnderstood(text, lang, Msg.of("parse.empty"))
    if len(text) > MAX_LEN:
        return NotUnderstood(text, lang, Msg.of("parse.too_long", length=len(text)))
    from bot.parse_cli import docker_command

    # the docker CLI is read as typed (no keyword lowered, no value touched); "docker restart
    # web 해줘": a docker command with a Korean request after it, the reply stays Korean
    cli_text = docker_command(text)
    cli_first = lang == "cli" or cli_text is not None or text.startswith(("-H ", "--host", "--context"))
    cli_text = cli_text or text
    if not cli_first:
        meta = _shell_meta(text)  # the docker CLI checks its own (unquoted ones only)
        if meta:
            char, col = meta
            return NotUnderstood(text, lang, Msg.of("parse.shell_meta", char=char), column=col)
    prepared = _lower_keywords(text) if not cli_first else text
    order = ("cli",) if cli_first else ("sentence", "cli")
    first_error: UnexpectedInput | None = None
    first_incomplete: Incomplete | None = None
    for start in order:
        try:
            if start == "cli":
                from bot.parse_cli import read as read_cli

                cmd = read_cli(cli_text, lang if lang == "ko" else "cli")
                if not cli_first and _reads_like_a_sentence(cmd):
                    break  # "run alpine echo hi and remove it": not a docker command by accident
            else:
                cmd = Reader(lang, prepared).read(grammar.natural().parse(prepared))
        except UnexpectedInput as e:
            first_error = first_error or e
            continue
        except Incomplete as inc:
            first_incomplete = first_incomplete or inc
            if inc.msg.key not in ("parse.no_verb", "parse.stray_words"):
                break  # a sentence that was read must not become a docker command by accident
            continue
        return cmd
    if first_incomplete is not None:
        return NotUnderstood(text, lang, first_incomplete.msg, suggestions=suggest(text, lang))
    assert first_error is not None
    return _not_understood(text, lang, first_error)


def _reads_like_a_sentence(cmd: m.Command) -> bool:
    """A docker-CLI reading (typed without `docker`) whose command words are gorae's own words."""
    words = getattr(cmd, "command", ()) or ()
    kws = keywords()
    return any(w.lower() in kws for w in words)


def _shell_meta(text: str) -> tuple[str, int] | None:
    """A shell metacharacter anywhere (but the well-known `$(docker ps -q)`).

    Quoted ones too: gorae runs no shell, so `"ls | wc"` would not mean what it says.
    """
    masked = _ALL_RUNNING.sub(lambda mt: "x" * len(mt.group()), text)
    found = _META.search(masked)
    if found:
        return found.group(), found.start()
    return None


def _lower_keywords(text: str) -> str:
    """"Restart Web" reads like "restart Web" (names keep their case)."""
    if not any("A" <= c <= "Z" for c in text):
        return text  # nothing to lower: don't load the keyword list (it builds the CLI parser)
    kws = keywords()
    return _WORD.sub(lambda mt: mt.group().lower() if mt.group().lower() in kws else mt.group(), text)


def _not_understood(text: str, lang: Lang, err: UnexpectedInput) -> NotUnderstood:
    col = max(0, (getattr(err, "column", 1) or 1) - 1)
    if isinstance(err, (UnexpectedEOF,)) or (
        isinstance(err, UnexpectedToken) and err.token.type == "$END"
    ):
        col = len(text)
        word = ""
    else:
        rest = text[col:]
        word = rest.split(" ", 1)[0] if rest else ""
        if isinstance(err, UnexpectedCharacters):
            # point at the whole unreadable word, not one character of it
            start = text.rfind(" ", 0, col) + 1
            word = text[start:].split(" ", 1)[0]
            col = start
    key = "parse.incomplete" if not word else "parse.unknown_word"
    return NotUnderstood(text, lang, Msg.of(key, word=word), column=col,
                         suggestions=suggest(text, lang))


# --------------------------------------------------------------------------- suggestions

EXAMPLES = {
    "ko": ("web 재시작", "web 종료", "web 강제 종료", "db 시작", "web 삭제", "web 일시 중지", "web 재개",
           "실행중인 컨테이너 보여줘", "전체 컨테이너 목록", "web 로그 마지막 100줄", "web 최근 10분 로그",
           "web 컨테이너 상세 정보", "nginx 80포트로 실행", "nginx 이미지 받아줘", "이미지 목록",
           "볼륨 목록", "네트워크 목록", "모든 컨테이너 종료", "중지된 컨테이너 모두 삭제",
           "my-net 네트워크 생성", "web 컨테이너를 backend 네트워크에 연결", "web에서 ls /etc 실행"),
    "en": ("restart web", "stop web", "kill web", "start db", "remove web", "pause web", "unpause web",
           "list containers", "list all containers", "show the last 100 lines of logs from web",
           "inspect web", "run nginx on port 80", "pull nginx", "list images", "list volumes",
           "list networks", "stop all containers", "remove all stopped containers",
           "create network my-net", "connect web to backend", 'run "ls /etc" inside web'),
}


@lru_cache(maxsize=2)
def _matchers(lang: str) -> tuple[difflib.SequenceMatcher, ...]:
    """One SequenceMatcher per example, its example as the side difflib caches (b)."""
    return tuple(difflib.SequenceMatcher(None, "", ex, autojunk=False) for ex in EXAMPLES[lang])


def suggest(text: str, lang: Lang, n: int = 3) -> tuple[str, ...]:
    """The closest known utterances, in the asker's language (difflib ratio, best first)."""
    scored: list[tuple[float, int, str]] = []
    for i, sm in enumerate(_matchers("ko" if lang == "ko" else "en")):
        sm.set_seq1(text)
        floor = scored[n - 1][0] if len(scored) >= n else -1.0
        if sm.real_quick_ratio() <= floor or sm.quick_ratio() <= floor:
            continue  # cannot beat the n-th best so far
        scored.append((sm.ratio(), -i, sm.b))
        scored.sort(reverse=True)
        del scored[n:]
    return tuple(ex for _, _, ex in scored)


# --------------------------------------------------------------------------- phrases


@dataclass
class Arg:
    value: str
    type: str  # NAME, PATH, STRING, ALL_RUNNING
    kind: str | None = None  # container, image, volume, network, dir, driver, env
    particle: str | None = None  # obj, at, as, from, of, topic, and
    prep: str | None = None  # in, at, from, with
    used: bool = False
    pos: int = 0


@dataclass
class Phrase:
    name: str
    values: tuple = ()
    data: dict = field(default_factory=dict)


VERBS = ("run", "create", "start", "stop", "kill", "pause", "unpause", "restart", "rm", "prune",
         "logs", "inspect", "list", "show", "pull", "push", "connect", "disconnect", "exec",
         "mount", "share", "publish", "expose")
# verbs that only add to a run/create ("마운트해서 … 실행", "publish port 80")
MODIFIERS = {"mount", "share", "publish", "expose", "connect"}
# verbs that combine with a more specific one ("show the logs" -> logs)
WEAK = {"show", "list", "inspect"}


class Reader:
    """Natural-language phrase sequence -> Command."""

    def __init__(self, lang: Lang, text: str = "") -> None:
        self.lang = lang
        self.text = text

    # ------------------------------------------------------------------ collect
    def read(self, tree: Tree) -> m.Command:
        self.verbs: list[str] = []
        self.verb_spans: list[tuple[str, int, int]] = []
        self.args: list[Arg] = []
        self.ph: dict[str, list[Phrase]] = {}
        self.used: set[str] = set()
        self.nouns: list[str] = []
        self.items: list[tuple[int, int, str, object]] = []  # (start, end, rule, what) in order
        pending_prep: str | None = None
        pending_kind: str | None = None
        for item in tree.children:
            name = item.data if isinstance(item, Tree) else str(item)
            self._record(item, name)
            if name.startswith("v_"):
                self.verbs.append(name[2:])
                meta = item.meta
                if not meta.empty:
                    self.verb_spans.append((name[2:], meta.start_pos, meta.end_pos))
                pending_prep = pending_kind = None
            elif name.startswith("e_"):
                pending_prep = name[2:]
                pending_kind = None
            elif name == "arg":
                arg = self._arg(item)
                arg.pos = item.meta.start_pos if not item.meta.empty else 0
                arg.prep = pending_prep
                if arg.kind is None and pending_kind is not None:
                    arg.kind = pending_kind
                self.args.append(arg)
                self._attach(arg)
                pending_prep = pending_kind = None
            elif name == "noun":
                kind = item.children[0].data[2:]
                self.nouns.append(kind)
                # English "volume pgdata": the kind belongs to the next name (never "env web");
                # a Korean noun follows its name ("db 볼륨") and is already on it
                english = not item.meta.empty and not HANGUL.search(self.text[item.meta.start_pos:item.meta.end_pos])
                pending_kind = kind if kind != "env" and english else None
                pending_prep = None
            elif name.startswith("p_"):
                continue
            else:
                ph = self._phrase(name, item)
                ph.data["span"] = (item.meta.start_pos, item.meta.end_pos) if not item.meta.empty else None
                self.ph.setdefault(self._group(name), []).append(ph)
                self._attach(ph)
                if name != "rm_after":  # "in a throwaway alpine container"
                    pending_prep = None
                pending_kind = None
        if "neg" in self.ph:
            self.used.add("neg")
            try:
                understood = self._build()
            except Incomplete:
                understood = None
            return m.Prohibition(understood=understood, lang=self.lang)
        return self._build()

    def _attach(self, what: object) -> None:
        if self.items and self.items[-1][3] is None and self.items[-1][2] in ("arg",) + tuple(self.ph):
            start, end, name, _ = self.items[-1]
            self.items[-1] = (start, end, name, what)

    def _record(self, item: Tree, name: str) -> None:
        """Remember where each phrase was said (the command-to-run region is cut from the text)."""
        if isinstance(item, Tree) and not item.meta.empty and not name.startswith("p_"):
            self.items.append((item.meta.start_pos, item.meta.end_pos, name, None))

    @staticmethod
    def _group(name: str) -> str:
        return "restart_policy" if name.startswith("rp_") else name

    @staticmethod
    def _arg(t: Tree) -> Arg:
        tok = t.children[0]
        arg = Arg(str(tok), tok.type)
        for c in t.children[1:]:
            if c.data.startswith("k_"):
                arg.kind = c.data[2:]
            elif c.data.startswith("p_"):
                arg.particle = c.data[2:]
        if arg.type == "STRING":
            arg.value = arg.value[1:-1]
        return arg

    @staticmethod
    def _phrase(name: str, t: Tree) -> Phrase:
        toks = tuple(c for c in t.children if isinstance(c, Token))
        subs = [c for c in t.children if isinstance(c, Tree)]
        ph = Phrase(name, tuple(str(x) for x in toks))
        ph.data["types"] = tuple(x.type for x in toks)
        ph.data["subs"] = subs
        return ph

    def has(self, name: str) -> bool:
        """Was this phrase said? (asking does not use it)"""
        return name in self.ph

    def use(self, name: str) -> bool:
        """Was this phrase said? Asking here means the command takes it into account."""
        if name in self.ph:
            self.used.add(name)
            return True
        return False

    def take(self, name: str) -> list[Phrase]:
        self.used.add(name)
        return self.ph.get(name, [])

    def _check_all_used(self) -> None:
        """Everything that was said must be in the command: never drop "--rm" or "1초 안에"."""
        left = [ph for g, phs in self.ph.items() if g not in self.used for ph in phs]
        words = [self.text[a:b] for ph in left if (span := ph.data.get("span")) for a, b in [span]]
        words += [a.value for a in self.free_args()]
        if words:
            raise Incomplete("parse.unused", words=", ".join(f"`{w}`" for w in words))

    # ------------------------------------------------------------------ decide
    def _main_verb(self) -> str | None:
        verbs = list(dict.fromkeys(self.verbs))
        if "shut" in verbs:  # "shut web down", "take web down"
            if not self.use("down"):
                raise Incomplete("parse.no_verb")
            verbs = ["stop" if v == "shut" else v for v in verbs]
        if "rm" in verbs and ("run" in verbs or "create" in verbs) and self._rm_after_run():
            verbs.remove("rm")  # "실행 후 삭제", "run it and then delete it": --rm
        if self.has("rm_after") and "rm" in verbs:
            verbs.remove("rm")
        if "run" in verbs or "create" in verbs:
            main = "create" if "create" in verbs and "run" not in verbs else "run"
            others = [v for v in verbs if v not in MODIFIERS and v not in ("run", "create", "exec")]
            korean = [v for v, a, b in self.verb_spans if v in others and HANGUL.search(self.text[a:b])]
            if korean:
                raise Incomplete("parse.two_verbs", verbs=", ".join([main] + korean))
            return main
        if "exec" in verbs:
            return "exec"
        strong = [v for v in verbs if v not in WEAK and v not in MODIFIERS]
        if "connect" in verbs and not strong:
            return "connect"
        if len(strong) > 1:
            if set(strong) == {"stop", "kill"}:
                return "kill"
            raise Incomplete("parse.two_verbs", verbs=", ".join(strong))
        if strong:
            return strong[0]
        for v in ("logs", "inspect", "list", "show"):
            if v in verbs:
                return v
        if verbs:
            raise Incomplete("parse.no_verb")
        if self.has("tail") or self.has("since"):
            return "logs"
        if self.has("help"):
            return "help"
        if "env" in self.nouns and self.args:
            return "show"  # "what are the env vars in web?"
        if not self.args and (self.has("running") or self.has("stopped")
                              or (self.nouns and set(self.nouns) <= {"container", "image", "volume", "network"})):
            return "list"  # "images", "볼륨", "containers", "what is running"
        raise Incomplete("parse.no_verb")

    def _rm_after_run(self) -> bool:
        spans = {v: (a, b) for v, a, b in self.verb_spans}
        run = spans.get("run") or spans.get("create")
        rm = spans.get("rm")
        return bool(run and rm and rm[0] > run[0])

    def _build(self) -> m.Command:
        verb = self._main_verb()
        kind = self._kind()
        build = getattr(self, f"_b_{verb}")
        cmd = build(kind)
        self._check_all_used()
        return cmd

    def _kind(self) -> str | None:
        """The family of the sentence: container/image/volume/network, from names or nouns."""
        kinds = [a.kind for a in self.args if a.kind in ("container", "image", "volume", "network")]
        kinds += [k for k in self.nouns if k in ("container", "image", "volume", "network")]
        return kinds[0] if kinds else None

    # ------------------------------------------------------------------ helpers
    def free_args(self) -> list[Arg]:
        return [a for a in self.args if not a.used]

    def targets(self, *, what: str = "container") -> tuple[str, ...]:
        names = []
        for a in self.free_args():
            if a.type == "ALL_RUNNING":
                continue
            self._check_name(a.value, what)
            a.used = True
            names.append(a.value)
        return tuple(names)

    def _check_name(self, value: str, what: str) -> None:
        pattern = IMAGE_REF if what == "image" else CONTAINER_NAME
        if not pattern.fullmatch(value):
            raise Incomplete("parse.invalid_name", name=value)

    def _all_running(self) -> bool:
        """"모든 컨테이너", "everything", "$(docker ps -q)"; with names ("web, cache 모두") it adds nothing."""
        return self.use("all") or any(a.type == "ALL_RUNNING" for a in self.args)

    def _one(self, what: str, key: str = "parse.need_target") -> str:
        names = self.targets(what=what)
        if not names:
            raise Incomplete(key, what=what)
        if len(names) > 1:
            raise Incomplete("parse.one_target", what=what, names=", ".join(names))
        return names[0]

    def _lifecycle(self, cls: type, **extra: object) -> m.Command:
        for a in self.free_args():
            if a.type == "ALL_RUNNING":
                a.used = True
        targets = self.targets()
        all_running = self._all_running() and not targets
        if all_running:
            self.use("running")  # "실행중인 컨테이너 전부 종료", "stop all running containers"
        if not targets and not all_running:
            raise Incomplete("parse.need_target", what="container")
        return cls(targets=targets, all_running=all_running, lang=self.lang, **extra)

    # ------------------------------------------------------------------ builders
    def _b_start(self, kind: str | None) -> m.Command:
        return self._lifecycle(m.Start)

    def _b_stop(self, kind: str | None) -> m.Command:
        if self.use("force"):
            return self._lifecycle(m.Kill)
        return self._lifecycle(m.Stop, timeout=self._timeout())

    def _timeout(self) -> int | None:
        """"web 5초 안에 종료", "stop web within 5 seconds": the grace period before SIGKILL."""
        phs = self.take("since")
        if not phs:
            return None
        span = phs[0].data.get("span") or (0, 0)
        said = self.text[span[0]:span[1]]
        before = self.text[:span[0]].rstrip().lower()
        after = self.text[span[1]:].lstrip()
        within = (said.startswith("within") or before.endswith("within") or after.startswith("timeout")
                  or any(w in said or after.startswith(w) for w in ("안에", "이내", "내에", "만에")))
        if not within:
            # "restart web in 5 minutes", "web 10분 뒤에 재시작": gorae acts now, it schedules nothing
            raise Incomplete("parse.no_schedule", when=said)
        text = self._since(phs[0])
        n, unit = int(text[:-1]), text[-1]
        return n * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]

    def _b_kill(self, kind: str | None) -> m.Command:
        self.use("force")  # "force kill web"
        signal = None
        for a in self.free_args():
            if a.type == "FLAGWORD" and re.fullmatch(r"-(\d+|[A-Z]+)", a.value):  # "kill -9 web", "kill -HUP web"
                a.used = True
                sig = a.value[1:]
                signal = None if sig in ("9", "KILL", "SIGKILL") else sig  # SIGKILL is kill's default
        return self._lifecycle(m.Kill, signal=signal)

    def _b_pause(self, kind: str | None) -> m.Command:
        return self._lifecycle(m.Pause)

    def _b_unpause(self, kind: str | None) -> m.Command:
        return self._lifecycle(m.Unpause)

    def _b_restart(self, kind: str | None) -> m.Command:
        return self._lifecycle(m.Restart, timeout=self._timeout())

    def _b_rm(self, kind: str | None) -> m.Command:
        if kind == "volume":
            return m.VolumeRemove(self._names("volume"), force=self.use("force"), lang=self.lang)
        if kind == "network":
            from_net = [a for a in self.free_args() if a.kind == "network" and (a.prep == "from" or a.particle == "from")]
            if from_net and len(self.free_args()) == 2:
                return self._b_disconnect(kind)  # "remove web from the backend network"
            return m.NetworkRemove(self._names("network"), lang=self.lang)
        if kind == "image":
            return m.RemoveImage(self._names("image"), force=self.use("force"), lang=self.lang)
        if self.use("stopped"):
            if self.free_args():
                raise Incomplete("parse.prune_with_names")
            self.use("all")  # "중지된 컨테이너 모두 삭제"
            return m.PruneContainers(lang=self.lang)
        if self._all_running() and not self.free_args():
            raise Incomplete("parse.rm_all")
        targets = self.targets()
        if not targets:
            raise Incomplete("parse.need_target", what="container")
        return m.Remove(targets=targets, force=self.use("force"), lang=self.lang)

    def _b_prune(self, kind: str | None) -> m.Command:
        self.use("stopped")
        self.use("all")
        if kind not in (None, "container"):
            raise Incomplete("parse.unsupported", what=f"{kind} prune")
        return m.PruneContainers(lang=self.lang)

    def _names(self, what: str) -> tuple[str, ...]:
        names = self.targets(what="image" if what == "image" else "container")
        if not names:
            raise Incomplete("parse.need_target", what=what)
        return names

    def _b_logs(self, kind: str | None) -> m.Command:
        tail = since = None
        counts = [a for a in self.free_args() if a.type == "INT"]
        if len(counts) == 1 and not self.has("tail") and len(self.free_args()) == 2:
            counts[0].used = True  # "tail web 50"
            tail = int(counts[0].value)
        target = self._one("container")
        if len(self.ph.get("tail", [])) > 1 or len(self.ph.get("since", [])) > 1:
            raise Incomplete("parse.two_amounts")
        if self.use("tail"):
            tail = int(self.take("tail")[0].values[0])
        if self.use("since"):
            since = self._since(self.take("since")[0])
        return m.Logs(target, tail=tail, since=since, lang=self.lang)

    @staticmethod
    def _since(ph: Phrase) -> str:
        if "DURATION" in ph.data["types"]:
            return ph.values[ph.data["types"].index("DURATION")]
        n = ph.values[0] if ph.values else "1"
        unit = ph.data["subs"][-1].data if ph.data["subs"] else "u_min"
        for sub in ph.data["subs"]:
            if sub.data.startswith("u_"):
                unit = sub.data
        return f"{n}{ {'u_min': 'm', 'u_hour': 'h', 'u_sec': 's', 'u_day': 'd'}[unit] }".replace(" ", "")

    def _b_inspect(self, kind: str | None) -> m.Command:
        if kind == "volume":
            return m.VolumeInspect(self._one("volume"), lang=self.lang)
        if kind == "network":
            return m.NetworkInspect(self._one("network"), lang=self.lang)
        if "logs" in self.verbs:
            return self._b_logs(kind)
        return m.Inspect(self._one("image" if kind == "image" else "container"), lang=self.lang)

    def _b_list(self, kind: str | None) -> m.Command:
        if self.free_args():
            # "show web" -> inspect web; "web 환경변수 확인" -> exec env
            return self._b_show(kind)
        if kind == "volume":
            return m.VolumeList(lang=self.lang)
        if kind == "network":
            return m.NetworkList(lang=self.lang)
        if kind == "image":
            return m.ListImages(all=self.use("all"), lang=self.lang)
        if "env" in self.nouns:
            raise Incomplete("parse.need_target", what="container")
        every, stopped, running = self.use("all"), self.use("stopped"), self.use("running")
        return m.ListContainers(all=(every or stopped) and not running, lang=self.lang)

    def _b_show(self, kind: str | None) -> m.Command:
        if "logs" in self.verbs:
            return self._b_logs(kind)
        if "env" in self.nouns and self.free_args():
            return m.Exec(self._one("container"), ("env",), lang=self.lang)
        if self.free_args():
            return self._b_inspect(kind)
        return self._b_list(kind)

    def _b_pull(self, kind: str | None) -> m.Command:
        return m.Pull(self._one("image"), lang=self.lang)

    def _b_push(self, kind: str | None) -> m.Command:
        return m.Push(self._one("image"), lang=self.lang)

    def _b_help(self, kind: str | None) -> m.Command:
        self.take("help")
        return m.Help(lang=self.lang)

    def _b_connect(self, kind: str | None) -> m.Command:
        net, container = self._net_and_container(("at", "as"))
        return m.NetworkConnect(net, container, lang=self.lang)

    def _b_disconnect(self, kind: str | None) -> m.Command:
        net, container = self._net_and_container(("from",))
        return m.NetworkDisconnect(net, container, force=self.use("force"), lang=self.lang)

    def _net_and_container(self, roles: tuple[str, ...]) -> tuple[str, str]:
        free = [a for a in self.free_args() if a.type == "NAME"]
        nets = [a for a in free if a.kind == "network"]
        if not nets:
            nets = [a for a in free if a.prep in roles or a.particle in roles]
        conts = [a for a in free if a not in nets[:1]]
        if len(nets) < 1 or len(conts) != 1:
            raise Incomplete("parse.need_network_and_container")
        for a in (nets[0], conts[0]):
            self._check_name(a.value, "container")
            a.used = True
        return nets[0].value, conts[0].value

    def _b_exec(self, kind: str | None) -> m.Command:
        free = self.free_args()
        if not free:
            raise Incomplete("parse.need_target", what="container")
        target = next((a for a in free if a.prep == "in" or a.particle == "from"), free[0])
        target.used = True
        self._check_name(target.value, "container")
        words = self._command_words()
        if not words:
            raise Incomplete("parse.need_command")
        return m.Exec(target.value, words, lang=self.lang)

    def _args_words(self, ph: Phrase) -> tuple[str, ...]:
        """"인자는 hello world", "and arguments hi there": the words as typed, to the next phrase."""
        span = ph.data.get("span")
        if not span:
            return ph.values
        end = next((start for start, _, _, _ in self.items if start >= span[1]), len(self.text))
        words = self.text[span[0]:end].split()
        first = words.index(ph.values[0]) if ph.values and ph.values[0] in words else 1
        return tuple(w for w in words[first:] if not HANGUL.search(w))

    # phrases that may stand inside a command to run ("ls -a", "tail -n 5", "echo all good")
    ABSORBED = {"all", "tail", "since", "force", "running", "stopped", "help", "noun", "readonly"}

    def _command_words(self) -> tuple[str, ...]:
        """The command to run: the stretch of the sentence from its first word to the next phrase
        that has another role (the image: "in alpine", "alpine에서"; the verb: 실행), cut from the
        text as typed — so "echo it works", "ls -l /" and "tail -n 5 x" stay whole.

        Words that are also gorae verbs ("ls", "ps", "stop") count as command words
        here: in "web에서 ls /etc 실행" the verb is 실행 and `ls /etc` the command.
        """
        main = MODIFIERS | {"run", "create", "exec"} | ({"rm"} if self.has("rm_after") or self._rm_after_run() else set())
        seed_args = {id(a) for a in self.free_args() if a.kind is None and a.prep is None and a.particle is None}
        verb_seeds = [(a, b) for v, a, b in self.verb_spans
                      if v not in main and re.fullmatch(r"[A-Za-z][\w.\-]*", self.text[a:b])]
        starts = [a.pos for a in self.free_args() if id(a) in seed_args] + [a for a, _ in verb_seeds]
        if not starts:
            return ("env",) if "env" in self.nouns and not self.has("env") else ()
        begin = min(starts)
        end = len(self.text)
        inside: list[object] = []
        for start, _, name, what in self.items:
            if start < begin:
                continue
            seed = (name == "arg" and id(what) in seed_args) or (name.startswith("v_") and name[2:] not in main)
            if seed or name in self.ABSORBED:
                inside.append(what)
                continue
            end = start
            break
        for what in inside:  # what the command's text holds is the command's, nothing else's
            if isinstance(what, Arg):
                what.used = True
            elif isinstance(what, Phrase):
                for group, phs in list(self.ph.items()):
                    if what in phs:
                        phs.remove(what)
                        if not phs:
                            del self.ph[group]
        region = self.text[begin:end].strip()
        quoted = re.fullmatch(r"\"([^\"]*)\"|'([^']*)'", region.split(" ")[0] if " " not in region else region)
        if quoted:  # run "echo hello world" in alpine: the quotes hold the whole command
            region = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
        try:
            words = shlex.split(region)
        except ValueError:
            words = region.split()
        while not quoted and words and (HANGUL.search(words[-1])
                                        or words[-1].lower() in ("please", "pls", "now", "thanks")):
            words.pop()  # "…실행해줘" endings, "please"
        return tuple(words)

    # ------------------------------------------------------------------ run / create
    def _b_create(self, kind: str | None) -> m.Command:
        if kind == "volume":
            name = self._named_or_one("volume")
            return m.VolumeCreate(name, driver=self._driver(), lang=self.lang)
        if kind == "network":
            return self._network_create()
        return self._run(create=True)

    def _named_or_one(self, what: str) -> str:
        if self.use("named"):
            return self.take("named")[0].values[0]
        return self._one(what)

    def _driver(self) -> str | None:
        if self.use("driver"):
            return self.take("driver")[0].values[0]
        for a in self.free_args():
            if a.kind == "driver":
                a.used = True
                return a.value
        return None

    def _network_create(self) -> m.Command:
        driver = self._driver()
        if self.use("named"):
            name = self.take("named")[0].values[0]
            for a in self.free_args():
                if a.kind == "network" and a.value in _DRIVERS and driver is None:
                    driver = a.value
                    a.used = True
        else:
            free = [a for a in self.free_args() if a.type == "NAME"]
            if driver is None and len(free) == 2 and free[0].value in _DRIVERS:
                driver = free[0].value  # "create an overlay network my-net"
                free[0].used = True
            name = self._one("network")
        self._check_name(name, "container")
        return m.NetworkCreate(name, driver=driver, lang=self.lang)

    def _b_run(self, kind: str | None) -> m.Command:
        if kind == "volume" and not self._image_candidates():
            raise Incomplete("parse.need_image")
        return self._run(create=False)

    def _image_candidates(self) -> list[Arg]:
        return [a for a in self.free_args() if a.type in ("NAME", "STRING")]

    def _run(self, *, create: bool) -> m.Command:
        for a in self.free_args():
            if a.type == "INT" and (a.particle in ("at", "as") or a.prep == "at"):
                # "nginx 8080에 띄워", "run nginx on 8080": a port
                self.ph.setdefault("port", []).append(Phrase("port", (a.value,), {"types": ("INT",), "subs": []}))
                a.used = True
        volumes = self._volumes()
        volumes_from = self._volumes_from()
        network = None
        for a in self.free_args():
            if a.kind == "network":
                network = a.value
                a.used = True
        if network is None and "connect" in self.verbs:
            to = [a for a in self.free_args() if a.type == "NAME" and a.kind is None
                  and (a.prep == "at" or a.particle == "at")]
            if len(to) == 1:  # "run redis connected to backend"
                network = to[0].value
                to[0].used = True
        name = self.take("named")[0].values[0] if self.has("named") else None
        image_arg, in_container, placed = self._image_arg()
        image_arg.used = True
        if name is None and create and not in_container:
            # "alpine으로 staging 컨테이너 생성": the container word names the new container
            named = [a for a in self.free_args() if a.kind == "container" and a.type == "NAME"]
            if len(named) == 1:
                name = named[0].value
                named[0].used = True
        quoted = any(a.type == "STRING" for a in self.free_args())
        if not (placed or quoted) and self.free_args():
            # "run nginx named x with restart policy always": words gorae did not read are
            # never a command to run; say which ones (the docker CLI reading is tried next)
            raise Incomplete("parse.stray_words", words=", ".join(f"`{a.value}`" for a in self.free_args()))
        command = self._command_words() if (placed or quoted) else ()
        entrypoint = None
        if self.has("entrypoint"):
            entrypoint = self.take("entrypoint")[0].values[0]
        if self.has("args"):
            command = command + self._args_words(self.take("args")[0])
        env = tuple(tuple(kv.split("=", 1)) for ph in self.take("env") for kv in ph.values)
        env = tuple((k, _unquote(v)) for k, v in env)
        ports, expose = self._ports()
        restart = self._restart_policy()
        detach = True if self.use("detach") else None
        if in_container and not create:
            # "my-nginx 컨테이너에서 env 실행": run a command in an existing container
            if not command:
                raise Incomplete("parse.need_command")
            return m.Exec(image_arg.value, command, lang=self.lang)
        self._check_name(image_arg.value, "image")
        if name is not None:
            self._check_name(name, "container")
        return m.RunContainer(
            image=image_arg.value,
            command=command,
            name=name,
            remove=self.use("rm_after") or self._rm_after_run(),
            create_only=create,
            detach=detach,
            env=env,  # type: ignore[arg-type]
            entrypoint=entrypoint,
            restart=restart,
            network=network,
            ports=ports,
            expose=expose,
            volumes=volumes,
            volumes_from=volumes_from,
            lang=self.lang,
        )

    def _image_arg(self) -> tuple[Arg, bool, bool]:
        """The image (or container) to run in: (arg, it is a container, it was placed).

        Placed: "in X", "X에서", "X로 (echo hi) 실행" — then the other words are the command.
        """
        cands = [a for a in self._image_candidates() if a.type == "NAME" and a.kind in (None, "image", "container")]
        if not cands:
            raise Incomplete("parse.need_image")
        throwaway = self.has("rm_after")
        placed = [a for a in cands if a.prep in ("in", "from") or a.particle == "from"]
        if placed:
            a = placed[0]
            return a, a.kind == "container" and not throwaway, True
        marked = [a for a in cands if a.particle in ("obj", "as") or a.kind == "image"]
        plain = [a for a in cands if a.kind != "container"]
        a = marked[0] if marked else (plain[0] if plain else cands[0])
        # "alpine으로 echo hi 실행": (으)로 places the image when words are left for a command
        return a, False, a.particle == "as" and len(self._image_candidates()) > 1

    def _volumes(self) -> tuple[m.VolumeSpec, ...]:
        specs: list[m.VolumeSpec] = []
        ro = self.has("readonly")
        sources: list[Arg] = []
        dests: list[Arg] = []
        for a in self.free_args():
            if a.type == "PATH" and ":" in a.value and not a.value.startswith(":"):
                parts = a.value.split(":")
                specs.append(m.VolumeSpec(parts[0], parts[1],
                                          read_only=(len(parts) > 2 and parts[2] == "ro") or ro))
                a.used = True
            elif a.type == "PATH" and (a.particle == "at" or a.prep == "at"):
                dests.append(a)
            elif a.kind in ("volume", "dir") or (a.type == "PATH" and (a.particle == "obj" or a.prep == "with")):
                sources.append(a)
            elif a.type == "PATH" and "mount" in self.verbs and not a.particle and not a.prep:
                sources.append(a)  # "run nginx mounting /opt/html to /usr/share/nginx/html"
        if dests:
            if len(sources) != len(dests):
                raise Incomplete("parse.mount_pairs")
            for src, dst in zip(sources, dests):
                src.used = dst.used = True
                specs.append(m.VolumeSpec(src.value, dst.value, read_only=ro))
        if specs:
            self.use("readonly")
        return tuple(specs)

    def _volumes_from(self) -> tuple[str, ...]:
        out = [ph.values[0] for ph in self.take("volumes_from")]
        # "my-volume 컨테이너의 볼륨을 공유해서", "my-volume의 볼륨으로"
        shares = "share" in self.verbs or "volume" in self.nouns
        if shares:
            for a in self.free_args():
                of = a.particle == "of" and a.kind in (None, "container")
                shared = "share" in self.verbs and a.kind == "container" and a.particle != "from"
                if a.type == "NAME" and (of or shared):
                    out.append(a.value)
                    a.used = True
        return tuple(out)

    def _restart_policy(self) -> str | None:
        phs = self.take("restart_policy")
        if not phs:
            return None
        ph = phs[0]
        if ph.name == "rp_named":
            value = next(sub for sub in ph.data["subs"] if sub.data.startswith("rv_"))
            if value.data == "rv_name":
                return str(value.children[0])
            return value.data[3:].replace("_", "-")
        return {"rp_always": "always", "rp_unless_stopped": "unless-stopped",
                "rp_on_failure": "on-failure"}[ph.name]

    def _ports(self) -> tuple[tuple[m.PortSpec, ...], tuple[int, ...]]:
        ip = None
        for ph in self.take("ip"):
            ip = ph.values[0] if ph.values else "127.0.0.1"
        hosts = [self._port_of(ph.data["subs"][0]) for ph in self.take("host_port")]
        conts = [self._port_of(ph.data["subs"][0]) for ph in self.take("container_port")]
        plain = [self._port_of_phrase(ph) for ph in self.take("port")]
        random = self.use("random_port")
        if "expose" in self.verbs:
            nums = [p[1] for p in plain + conts + hosts if p[1] is not None]
            if not nums:
                raise Incomplete("parse.need_port")
            return (), tuple(nums)
        # "mapping 127.0.0.1 port 8080 to container port 80": a plain port pairs with the other side
        if conts and not hosts and len(plain) == 1 and plain[0][0] is None and not random:
            hosts, plain = plain, []
        elif hosts and not conts and len(plain) == 1 and plain[0][0] is None:
            conts, plain = plain, []
        if len([1 for mapped, _ in plain if mapped is None]) > 1:
            # "nginx 80포트 8080으로", "on port 8080 to 80": which is the host's? ask, don't guess
            raise Incomplete("parse.port_pairs")
        specs: list[m.PortSpec] = []
        for mapped, num in plain:
            if mapped is not None:
                specs.append(mapped)
            elif random:
                specs.append(m.PortSpec(container_port=num, random_host=True, host_ip=ip))
            else:
                specs.append(m.PortSpec(host_port=num, host_ip=ip))
        if random and conts and not hosts:
            # "publish container port 80 on a random host port"
            specs += [m.PortSpec(container_port=c[1], random_host=True, host_ip=ip) for c in conts]
            conts = []
        if hosts or conts:
            if random or len(hosts) > 1 or len(conts) > 1:
                raise Incomplete("parse.port_pairs")
            h = hosts[0][1] if hosts else None
            c = conts[0][1] if conts else None
            specs.append(m.PortSpec(host_port=h, container_port=c if c is not None else h,
                                    host_ip=ip, random_host=h is None))
        if random and not specs:
            # "nginx 랜덤 포트로 실행": the container side comes from the image's EXPOSE (plan)
            specs.append(m.PortSpec(random_host=True, host_ip=ip))
        if ip is not None:
            specs = [sp if sp.host_ip else m.PortSpec(sp.host_port, sp.container_port, ip, sp.proto, sp.random_host)
                     for sp in specs]
        return tuple(specs), ()

    def _port_of(self, port_tree: Tree) -> tuple[m.PortSpec | None, int | None]:
        return self._port_of_phrase(self._phrase("port", port_tree))

    @staticmethod
    def _port_of_phrase(ph: Phrase) -> tuple[m.PortSpec | None, int | None]:
        tok, typ = ph.values[0], ph.data["types"][0]
        if typ == "PORTMAP":
            return portmap(tok), None
        return None, _port_number(tok)


def _port_number(text: str) -> int:
    n = int(text)
    if not 0 < n < 65536:
        raise Incomplete("parse.bad_port", port=text)
    return n


def portmap(text: str) -> m.PortSpec:
    """'8080:80' · '127.0.0.1:8080:80' · 'localhost:8080' · '53:53/udp' · '80' (random host port)."""
    proto = "tcp"
    if "/" in text:
        text, proto = text.split("/", 1)
    if text.startswith("localhost:"):
        text = "127.0.0.1:" + text[len("localhost:"):]
        if text.count(":") == 1:  # localhost:8080 -> host port 8080 on 127.0.0.1, container side from EXPOSE
            return m.PortSpec(_port_number(text.split(":")[1]), None, "127.0.0.1", proto)
    parts = text.split(":")
    if len(parts) == 1:
        return m.PortSpec(container_port=_port_number(parts[0]), random_host=True, proto=proto)
    if len(parts) == 2:
        return m.PortSpec(_port_number(parts[0]), _port_number(parts[1]), proto=proto)
    ip = ":".join(parts[:-2])
    host = _port_number(parts[-2]) if parts[-2] else None
    return m.PortSpec(host, _port_number(parts[-1]), ip, proto, random_host=host is None)


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v
