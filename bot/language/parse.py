"""Text -> Command: the Lark grammar recognises phrases, this module reads them.

    >>> parse("nginx 80포트로 실행")
    RunContainer(image='nginx', ports=(PortSpec(host_port=80),), lang='ko')

This module is the entry point: it tries the docker CLI reading (bot/language/parse_cli.py, its
command words in grammar/docker_cli.lark) and the natural-language one (grammar/natural.lark,
Korean through bot/language/morph.py's morphemes), read by bot/language/parse_natural.py: an immutable phrase
list and one small pure function per verb family. No engine access here: whether "db" is a
container or an image is the planner's question.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from lark import Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from bot import model as m
from bot.language import grammar
from bot.language.grammar import keywords
from bot.language.normalize import HANGUL
from bot.model import Lang, Msg, NotUnderstood

if TYPE_CHECKING:  # pragma: no cover
    from bot.language.morph import Reading

MAX_LEN = 2000
_ALL_RUNNING = re.compile(r"\$\(\s*docker\s+(container\s+)?(ps|ls)\s+[-aq ]+\)")
# a quoted word without spaces ("http://localhost/?a=1&b=2"): `_shell_meta` reads a lone & in it as text
_QUOTED_WORD = re.compile(r'"[^"\s]*"|\'[^\'\s]*\'')
_META = re.compile(r";|&&|\|\||\||`|\$\(|\$\{|>|<|&")
_WORD = re.compile(r"(?<![\w:/.@=\-])[A-Za-z][A-Za-z\-]*(?![\w:/.@=\-])")
# the sentence ends in 하다 (do): 해 / 해줘 / 해 주세요 / 해봐 / 하자 / 해라 / 해주셈 …
_UPPER = re.compile(r"[A-Z]")  # what `_lower_keywords` lowers: a text without one is left as it is
_EMOJI = re.compile(r"[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]")


def detect_lang(text: str) -> Lang:
    """ko if any Hangul, cli if it starts like a docker command, else en."""
    if HANGUL.search(text):
        return "ko"
    if text.lstrip().lower().startswith("docker"):
        return "cli"
    return "en"


class Incomplete(Exception):
    """The phrases were read but do not make a command (no verb, no target, two verbs…).

    `proposal`: the command the sentence would mean were it a request (a write asked about —
    "can i stop web" — is offered as a yes/no question, never run); None for a refusal."""

    def __init__(self, key: str, proposal: m.Command | None = None, unread: tuple[str, ...] = (),
                 **params: object) -> None:
        super().__init__(key)
        self.msg = Msg.of(key, **params)
        self.proposal = proposal
        self.unread = unread  # a partial reading (parse.partial): the words left out of `proposal`


# --------------------------------------------------------------------------- entry point


def warm() -> None:
    """Load what reading a sentence needs besides Kiwi — the natural and docker-CLI parsers (from
    their pickle), the lexer's scanner, the sentence and CLI readers — by reading the English and
    docker-CLI forms of the first English example of grammar/examples.txt; the answers are dropped.

    Pure (no engine, no Kiwi, no audit): what it fills are caches of pure functions, which hold
    the answers any later reading computes. For a one-shot in Korean whose analyser still loads in
    its forked child (bot/language/ahead.py): this process loads these meanwhile instead of after
    the first analysis (~0.25 s of the one-shot, bench/RESULTS.md, issue 8 session 5)."""
    for text in _warm_texts():
        parse(text)


def _warm_texts() -> tuple[str, ...]:
    """The first English example of grammar/examples.txt, as a sentence and as a docker command."""
    first = grammar.examples()["en"][0]  # "restart web"
    return first, "docker " + first


def parse(text: str, *, detail: bool = True) -> m.Command | NotUnderstood:
    """Read one normalized utterance. Never raises.

    A sentence read but for a word or two ("web 재시작 xyz") is a `NotUnderstood` whose
    `proposal` is the Command the rest means and `unread` the words left out: it is offered
    as a yes/no question, never run as it is.

    `detail=False`: for a caller that only asks whether (and as what) a text reads — a text not
    understood is still a `NotUnderstood` (same reason), but without the partial reading or the
    suggestions, which cost up to two more parses (pipeline `Gorae._read`, a loose engine clause).
    """
    try:
        text = said_twice(text)
        bracketed = _bracketed(text)
        if bracketed is not None:
            if not detail and isinstance(bracketed, NotUnderstood):
                bracketed = replace(bracketed, suggestions=(), proposal=None, unread=())
            return _never_the_negated(text, _bare_shell(bracketed))
        res = _parse(text, detail)
        if isinstance(res, NotUnderstood) and res.reason.key in _SLIPPED and res.lang != "cli":
            res = _slip_read(text, detail) or res
        elif isinstance(res, m.Command) and res.lang == "ko" and not isinstance(res, (m.Help, m.Prohibition)):
            res = _slip_read_as_another(text, res, detail)
        if isinstance(res, NotUnderstood) and res.reason.key in _COLON_MISREAD and res.lang == "en":
            res = _colon_read(text, detail) or res
        if isinstance(res, NotUnderstood) and res.reason.key == "swarm.no_such_verb" and res.lang == "ko":
            res = _service_said_of_a_container(text, detail) or res
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            res = _without_context(text, detail) or res
        if isinstance(res, NotUnderstood) and res.proposal is None and res.lang != "cli":
            res = _social(text, res.lang) or res
        if (detail and isinstance(res, NotUnderstood) and res.reason.key == "parse.unknown_word"
                and res.lang != "cli"):
            res = _partial(text, res)
        return _never_the_negated(text, _bare_shell(res))
    except RecursionError:
        return NotUnderstood(text, detect_lang(text), Msg.of("parse.too_long", length=len(text)))


_PUNCT = re.compile(r"[.,!?~^()\[\]:;'\"“”‘’…]+")


def _social(text: str, lang: Lang) -> m.Help | None:
    """A greeting or a thanks said alone, with chat noise at most ("hi", "안녕하세요", "thanks!", "고마워요 ㅎㅎ"):
    answered as gorae's hello (how to start) or a you're-welcome — nothing runs (grammar/lexicon.txt `greeting`,
    `thanks`: English words, Korean lemmas). Anything else said with it is read as before."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    src = _lower_keywords(text)
    if lang == "ko":
        import bot.language.morph as morph

        src = morph.reading(src).text
    said = set()
    for word in _EMOJI.sub(" ", _PUNCT.sub(" ", src)).split():
        if word in lex["greeting"] or word in lex["thanks"]:
            said.add("thanks" if word in lex["thanks"] else "hello")
        elif not (word.startswith("~") or chat_noise(word)):
            return None
    if not said:
        return None
    return m.Help(topic="thanks" if "thanks" in said else "hello", lang=lang)


@lru_cache(maxsize=1)
def _name_loans() -> tuple[tuple[str, str], ...]:
    """grammar/lexicon.txt `name_loan_ko`: (HANGUL, ascii) pairs, the longest Hangul first."""
    pairs = (tuple(w.split("=", 1)) for w in grammar.words("name_loan_ko"))
    return tuple(sorted(((h, a) for h, a in pairs), key=lambda p: -len(p[0])))


def said_twice(text: str) -> str:
    """`text` without a Hangul transliteration of a name (grammar/lexicon.txt `name_loan_ko`: 웹=web,
    캐시=cache, 레디스=redis) said as a word of its own in a sentence that says that very name in ASCII too
    ("웹 컨테이너 web 로그 ㄱ", "캐시 cache 재기동요"): the same name said twice, never a second word. Beside
    another name ("웹 cache 재시작") the Hangul word stays, a word not read."""
    if not HANGUL.search(text) or re.match(r"(?i)docker\s", text):
        return text  # typed docker CLI is run as typed
    # quoted text is a command's own (`cache에서 echo '캐시 지워' 실행해줘`): only the words outside quotes
    parts = re.split(r"""("[^"]*"|'[^']*'|`[^`]*`)""", text)
    outside = " ".join(parts[::2])
    for hangul, name in _name_loans():
        if hangul in outside and re.search(rf"(?<![\w.\-/:@]){re.escape(name)}(?![A-Za-z0-9_.\-/:@])", outside):
            word = re.compile(rf"(?<![\uac00-\ud7a3\w]){re.escape(hangul)}(?=\s|$)\s*")
            parts[::2] = [word.sub("", p) for p in parts[::2]]
            outside = " ".join(parts[::2])
    return "".join(parts)
def _without_context(text: str, detail: bool) -> m.Command | None:
    """"테스트 끝났으니 db 지워주세요", "web 재시작하고 알려줘": the request read whole once a reason or context
    clause around it is left out (bot/language/context_clause.py); None when no such reading."""
    from bot.language import context_clause
    from bot.language.parse_natural import COMPLAINT_TAIL

    if _shell_meta(text):
        return None  # "…; nginx 실행": a shell character refuses the sentence, whatever is around it

    if said := context_clause.complaint_said(text):  # "web 페이지 하얗게 나와요": its status and last log lines
        return m.Sequence(steps=(m.Inspect(said[0], lang="ko"), m.Logs(said[0], tail=COMPLAINT_TAIL, lang="ko")),
                          lang="ko")
    cuts = context_clause.cuts(text)
    for rest, clause in [*cuts, *context_clause.middles(text)]:
        res = parse(rest, detail=False)
        if (rest, clause) not in cuts and not (isinstance(res, m.Inspect) and context_clause.complains(clause)):
            continue  # a clause said between the name and the request: only a complaint before a look
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            if isinstance(res, m.Inspect) and not res.more and clause and context_clause.complains(clause):
                # "사이트 안 열려요 web 좀 봐주세요": a look said after a complaint is the complaint's reading
                return m.Sequence(steps=(res, m.Logs(res.target, tail=COMPLAINT_TAIL, lang=res.lang)), lang=res.lang)
            return res
    return None


def _bare_shell(res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """A shell with no argument as the whole command ("web에서 bash 실행", "run sh in web", `docker exec web
    sh`, `docker run alpine /bin/bash`: grammar/lexicon.txt `shells`) is a terminal session, which a chat
    does not hold (it exits at once, or waits for a terminal): marked `interactive`, which plan refuses with
    one command to run instead (parse.interactive) — said or typed alike. `sh -c '…'` is a command."""
    if isinstance(res, NotUnderstood):
        if res.proposal is not None and _bare_shell(res.proposal) is not res.proposal:
            return replace(res, proposal=_bare_shell(res.proposal))  # type: ignore[arg-type]
        return res
    if isinstance(res, m.RunContainer) and res.detach and res.tty:
        return res  # `docker run -dit alpine sh`: a detached container whose shell a TTY keeps alive, no session
    if (isinstance(res, (m.RunContainer, m.Exec)) and len(res.command) == 1 and not res.interactive
            and re.sub(r"^(/usr)?/bin/", "", res.command[0]) in grammar.words("shells")):
        return replace(res, interactive=True)
    return res


# why a sentence with a colon glued to a word before a space did not read ("exec into data: cat /etc/hostname": the
# word and its colon read as a name; "new volume: cachedata": no verb read)
_COLON_MISREAD = frozenset({"parse.invalid_name", "parse.no_verb"})
_WORD_COLON = re.compile(r"(?<=[A-Za-z0-9_\-.]):(?=\s)")


def _colon_read(text: str, detail: bool) -> m.Command | None:
    """English: the sentence with the colon that ends a word before a space read as a comma — a pause in the
    sentence ("exec into data: cat /etc/hostname", "new volume: cachedata", "alpine one-off: CMD") — when there is
    one such colon and it is said before any command (the sentence did not read as typed), and the sentence then
    reads whole as a command; None otherwise."""
    colons = list(_WORD_COLON.finditer(text))
    if len(colons) != 1 or "\"" in text or "'" in text[:colons[0].start()]:
        return None
    res = _parse(text[:colons[0].start()] + "," + text[colons[0].end():], detail=False)  # a refusal here is dropped
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return res


# why a sentence with a verb typed with a slip did not read ("web 재시잫": the sentence ended before a command;
# "strat db": no verb; "web 재싲가": a word not read; "shwo web logs": the slip read as a second name of a verb of
# one): only then is a slip looked for (bot/language/typo.py)
_SLIPPED = frozenset({"parse.unknown_word", "parse.incomplete", "parse.no_verb", "parse.one_target"})


def _slip_read(text: str, detail: bool) -> m.Command | None:
    """The sentence with its words typed one slip from a verb read as that verb (bot/language/typo.py), when
    it then reads whole as a command (no partial reading, no refusal); `typos` says which words. None otherwise."""
    from bot.language.typo import correct

    fixed = correct(text)
    if fixed is None:
        return None
    res = _parse(fixed[0], detail=False)  # a refusal here is dropped: no suggestions made
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return replace(res, typos=fixed[1])


def _slip_read_as_another(text: str, res: m.Command, detail: bool) -> m.Command:
    """A Korean sentence that read, with a word one slip from a verb of the grammar that is no word of it
    (bot/language/typo.py, the verb itself mistyped, not its ending): the morphemes of a slip can spell another
    verb ("web 애기동" = 애 + 기동, start — meant 재기동, restart). Read with the verb meant when that reads as
    another command; `res` otherwise (it reads the same, or as nothing: "10분치" is no slip of 분리)."""
    from bot.language.typo import correct

    fixed = correct(text, endings=False)
    if fixed is None:
        return res
    again = _parse(fixed[0], detail=False)  # a refusal here is dropped: no suggestions made
    if isinstance(again, (m.Help, m.Prohibition, NotUnderstood)) or again == res:
        return res
    return replace(again, typos=fixed[1])


@lru_cache(maxsize=1)
def _everyday_service() -> re.Pattern[str]:
    """grammar/lexicon.txt `service_everyday`, said as a word of its own right after an ASCII name."""
    words = "|".join(re.escape(w) for w in grammar.words("service_everyday"))
    return re.compile(r"(?<=[A-Za-z0-9])\s*(?:" + words + r")(?=\s|$)")


@lru_cache(maxsize=1)
def _everyday_named() -> re.Pattern[str]:
    """The name said right before grammar/lexicon.txt `service_everyday` (group 1)."""
    words = "|".join(re.escape(w) for w in grammar.words("service_everyday"))
    return re.compile(r"([A-Za-z0-9][\w.\-]*)\s*(?:" + words + r")(?=\s|$)")


def _service_said_of_a_container(text: str, detail: bool) -> m.Command | None:
    """"cache 서비스 내려야 돼 꺼줘": a verb no Swarm service has (stop, start, kill, pause…) said of NAME 서비스 —
    the everyday word for what runs there, the container NAME (the plan still checks that it is one; the
    pipeline refuses it when NAME is a service on the engine: `not_a_service`): the sentence read without the
    word; None when it then reads as no container command."""
    named = [mt.group(1) for mt in _everyday_named().finditer(text)]
    said = _everyday_service().sub("", text)
    if said == text:
        return None
    res = _parse(said, detail=False)  # a refusal here is dropped
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return replace(res, not_a_service=tuple(named))


# the commands that change nothing: what a negated sentence may still be offered
READS = (m.ListContainers, m.Inspect, m.Logs, m.ListImages, m.VolumeList, m.VolumeInspect, m.NetworkList,
         m.NetworkInspect, m.ServiceList, m.ServicePs, m.ServiceInspect, m.ServiceLogs, m.NodeList, m.Help, m.Stats)


def negated(text: str) -> bool:
    """Whether a word of `text` (or two words together: "~지 말") is one natural.lark reads as a
    negation or a calling off ("web 안 지워", "지우지 말아줘", "don't", "never", "no need to", "(농담)",
    "jk"), wherever it is and whether or not the rest of the sentence reads."""
    src = _lower_keywords(text)
    if HANGUL.search(text):
        from bot.language import morph

        src = morph.reading(src).text
    else:
        src = _EMOJI.sub(" ", src)
    ws = re.sub(r"[()\[\]{}]", " ", src).split()
    return any("neg" in (_phrases(" ".join(ws[i:i + n])) or ()) for n in (1, 2) for i in range(len(ws) - n + 1))


def _is_read(cmd: object) -> bool:
    return isinstance(cmd, READS)


@lru_cache(maxsize=None)
def _example_is_read(example: str) -> bool:
    """Whether a suggestion (one of grammar/examples.txt's few dozen utterances: `suggest` offers
    nothing else) reads as a command that changes nothing. Worked out once per example — a fixed
    text, never the asker's — instead of three parses for every negated sentence not read."""
    return _is_read(_parse(example))


def _never_the_negated(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """A negated sentence that did not read ("web 안 지워 xyz") is never offered a write: no
    suggestion (grammar/examples.txt) and no proposal but a read — the write it negated least of all."""
    if not isinstance(res, NotUnderstood) or not (res.suggestions or res.proposal) or not negated(text):
        return res
    suggestions = tuple(s for s in res.suggestions if _example_is_read(s))
    if res.proposal is None or _is_read(res.proposal):
        return replace(res, suggestions=suggestions)
    return replace(res, suggestions=suggestions, proposal=None, unread=())


# a group in brackets typed in chat ("web 삭제 (농담)", "(jk) remove web", "web 재시작 [급함]"); "$(…)" is
# the shell's, a quote or backtick inside makes it a command's text
_GROUP = re.compile(r"(?<!\$)[(\[]([^()\[\]\"'`$]*)[)\]]")


def _alone(words: str) -> tuple[str, ...] | None:
    """The phrases (natural.lark rule names, in order) of `words` read as a sentence of their own;
    () for chat noise only (filler: "급함", "ㅋㅋ", "lol", emoji); None when they do not read."""
    src = _lower_keywords(words)
    if HANGUL.search(src):
        from bot.language import morph

        src = morph.reading(src).text
    else:
        src = _EMOJI.sub(" ", src)
    return _phrases(src)


@lru_cache(maxsize=4096)
def _phrases(src: str) -> tuple[str, ...] | None:
    """`_alone` of a text already prepared for the grammar (Korean: the morpheme stream)."""
    if not src.strip():
        return ()
    try:
        tree = grammar.natural().parse(src)
    except UnexpectedInput:
        return None
    return tuple(c.data if isinstance(c, Tree) else "" for c in tree.children)


def called_off(words: str) -> bool:
    """Whether `words`, read alone, are a negation or calling off with chat noise at most ("농담",
    "jk", "장난 ㅋㅋ", "kidding 😜"): a word the grammar reads so is never an engine or a name."""
    read = _alone(words)
    # the copula that ends it ("장난임", "농담이야": natural.lark `stated`) says nothing more
    return read is not None and "neg" in read and all(r in ("neg", "stated") for r in read)


def chat_noise(words: str) -> bool:
    """Whether `words`, read alone, change nothing ("lol", "asap", "급함", "ㅋㅋ", emoji: natural.lark's
    filler): said in brackets they are noise, never an engine or a name."""
    return _alone(words) == ()


def _bracketed(text: str) -> m.Command | NotUnderstood | None:
    """A sentence with brackets typed in chat, read as the sentence it is: a bracket is punctuation.

    A group that is a calling off ("web 삭제 (농담)", "remove web (jk)", "(장난 ㅋㅋ) web 지워"), chat
    noise ("(급함)", "(ㅋㅋ)") or holds Korean is read without its brackets; when the whole does not
    read so, the request without a Korean aside ("cache 재시작해줘 (확인 부탁)") is proposed as a
    question with the aside unread (never run without a yes) — unless the aside may change the
    meaning (a negation, a time: `_unread_is_noise`). A group in ASCII that is none of these
    ("(staging)": an engine, bot/language/engine_clause.py) is left as typed. None when nothing
    was in brackets this way (the sentence is read as typed)."""
    if "(" not in text and "[" not in text:
        return None
    lang = detect_lang(text)
    from bot.language.parse_cli import docker_command

    if lang == "cli" or docker_command(text) is not None:
        return None
    groups = [g for g in _GROUP.finditer(text)
              if g.group(1).strip() and (HANGUL.search(g.group(1)) or chat_noise(g.group(1))
                                         or called_off(g.group(1)))]
    if not groups:
        return None
    plain, rest, pos = [], [], 0
    for g in groups:
        plain += [text[pos:g.start()], " ", g.group(1), " "]
        rest += [text[pos:g.start()], " "]
        pos = g.end()
    plain.append(text[pos:])
    rest.append(text[pos:])
    without = " ".join("".join(rest).split())
    if not without:
        return None  # "(확인 부탁)" alone: no request around it, read as typed
    res = _parse(" ".join("".join(plain).split()), detail=False)  # a refusal here is dropped
    if not isinstance(res, NotUnderstood):
        return res
    asides = tuple(g.group() for g in groups)
    if not all(_unread_is_noise(w) for a in asides for w in a[1:-1].split()):
        return None
    proposal = _parse(without, detail=False)  # a refusal here is dropped
    if isinstance(proposal, NotUnderstood) or isinstance(proposal, (m.Prohibition, m.Help)):
        return None
    return NotUnderstood(text, lang, Msg.of("parse.partial", words=", ".join(f"`{a}`" for a in asides)),
                         suggestions=suggest(text, lang), proposal=proposal, unread=asides)


@lru_cache(maxsize=4096)
def _unread_is_noise(word: str) -> bool:
    """A word that may be left out of a proposal: Korean only, and none of what changes the
    meaning — a negation (마셈, 않), a time or place (자정에, 퇴근하고), a clause ending, a count or
    its unit (두 번, 몇 분: a bound noun or a determiner)."""
    if not HANGUL.search(word) or re.search(r"[A-Za-z0-9]", word):
        return False
    from bot.language import morph

    bare = re.sub(r"[()\[\]{}<>\"'“”‘’.,!?~]", " ", word).strip()
    if bare:  # "(농담)", "취소!": a word the grammar reads as a negation or a time is never left out
        try:
            tree = grammar.natural().parse(morph.reading(bare).text)
        except UnexpectedInput:
            tree = None
        if tree is not None and any(t.data in ("neg", "schedule") for t in tree.iter_subtrees()):
            return False
    forms, tags = grammar.words("never_unread") | grammar.words("never_unread_what"), grammar.words("never_unread_tags")
    for t in morph.kiwi().tokenize(word):
        if t.form in forms or t.tag.split("-")[0] in tags:
            return False
    return True


def without_word(cmd: m.Command, word: str, text: str) -> m.Command | None:
    """`cmd` without the container `word`, when `word` may be an English word read as one more
    name ("stop the flibber web": Stop(flibber, web)) — a sentence (not typed docker CLI) in
    English, a container action with other targets, and `word` a bare lower-case word said as its
    own word in `text`. The caller proposes the rest only when `word` names no container; never
    run without a yes. None when it may not be left out."""
    if (cmd.lang != "en" or not isinstance(cmd, m.ContainerAction) or cmd.as_typed
            or word not in cmd.targets or len(cmd.targets) < 2 or not re.fullmatch(r"[a-z]+", word)):
        return None
    if not re.search(r"(?<![\w\-./:@'\"`])" + re.escape(word) + r"(?![\w\-./:@'\"`])", text):
        return None
    if not grammar.words("never_unread_en").isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return None  # "restart web every night", "he said to stop web": never offered as "run it now?"
    return replace(cmd, targets=tuple(t for t in cmd.targets if t != word))


def _negation_pending(text: str) -> bool:
    """"지우지 마셈": a ~지 ending waits for its negation — the word after it is never left out.
    "db 지우면 복구 돼?": a ~면 clause (if …) waits for what follows it — left out, "지우면 돼"
    would read as a request."""
    if not HANGUL.search(text):
        return False
    from bot.language import morph

    return not grammar.words("negation_pending").isdisjoint(morph.words(text).split())


MAX_UNREAD = 2  # at most this many words left out of a proposal, and at most a third of the sentence


def _partial(text: str, first: NotUnderstood) -> NotUnderstood:
    """The closest complete reading without the words that could not be read, or `first`."""
    words = text.split()
    rest = text
    unread: list[str] = []
    res: m.Command | NotUnderstood = first
    while isinstance(res, NotUnderstood) and res.reason.key == "parse.unknown_word" and res.column is not None:
        if len(unread) >= MAX_UNREAD or 3 * (len(unread) + 1) > len(words):
            return first
        start = rest.rfind(" ", 0, res.column + 1) + 1
        end = rest.find(" ", res.column)
        end = len(rest) if end < 0 else end
        word = rest[start:end]
        if not word.strip() or not _unread_is_noise(word):
            return first  # a word that may change the meaning is never left out (checked below too)
        unread.append(_without_asked(word) or word)
        rest = (rest[:start] + rest[end:]).strip()
        if not rest:
            return first
        res = _parse(rest, detail=False)  # only a command or the refusal's reason and column are read
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Prohibition, m.Help)) or not unread:
        return first
    if isinstance(res, (m.RunContainer, m.Exec, m.ServiceCreate)) and res.command:
        return first  # a word left out of a command to run may be the command's own
    if any(not _unread_is_noise(w) for w in unread) or _negation_pending(text):
        return first
    return replace(first, reason=Msg.of("parse.partial", words=", ".join(f"`{w}`" for w in unread)),
                   proposal=res, unread=tuple(unread))


_QUOTED_DOCKER = re.compile(r"(?P<pre>[^\"'`]*)(?P<q>[\"'])(?P<cmd>(?i:docker)\s[^\"'`]+?)(?P=q)(?P<post>[^\"'`]*)")


# "pls run docker restart web": a docker command typed unquoted to the end of the sentence, after words
_UNQUOTED_DOCKER = re.compile(r"(?P<pre>[^\"'`]*?\S[^\"'`]*?)\s+(?P<cmd>(?i:docker)\s+\S.*)")


def _quoted_docker(text: str, lang: Lang) -> m.Command | NotUnderstood | None:
    """"run `docker restart web`", "`docker ps -a` 실행해줘" (Slack code, quoted by normalize): a docker
    command quoted in a sentence that only asks to run it is that command, exactly as quoted. So is one
    typed unquoted after such a request ("pls run docker restart web", "can you run docker ps -a"): the
    docker command line to the end of the sentence, read as typed (a misspelt one is refused with the
    CLI's reason, never a run of an image named `docker`). None when there is no such command, or the
    words around it say more (a negation, a question, a name…)."""
    if '"' not in text and "'" not in text and "docker" not in text.lower():
        return None  # no quote and no docker command: neither pattern can match (most chat)
    quoted = _QUOTED_DOCKER.fullmatch(text)
    if quoted is None:
        quoted = _UNQUOTED_DOCKER.fullmatch(text)
        if quoted is None:
            return None
        rest = quoted["pre"].strip()
    else:
        rest = (quoted["pre"] + " " + quoted["post"]).strip()
    if rest:
        src = _lower_keywords(rest)
        if lang == "ko":
            from bot.language import morph

            src = morph.reading(src).text
        elif lang == "en":
            src = _EMOJI.sub(" ", src)
        try:
            tree = grammar.natural().parse(src)
        except UnexpectedInput:
            return None
        if not tree.children or not all(isinstance(c, Tree) and c.data in ("v_run", "v_exec") for c in tree.children):
            return None  # "what does 'docker stop cache' do": the words around it ask nothing to run
    res = _parse(quoted["cmd"].strip())
    return replace(res, lang="ko") if lang == "ko" else res


# ";;" closing a Korean sentence is chat (a sweat drop: "web 재시작 좀;;"), no shell: nothing follows it
_CHAT_SEMICOLONS = re.compile(r"(?<=[" + HANGUL.pattern.strip("[]") + r"])\s*;{2,}\s*$")


def _parse(text: str, detail: bool = True) -> m.Command | NotUnderstood:
    if ";;" in text:  # what `_CHAT_SEMICOLONS` needs
        text = _CHAT_SEMICOLONS.sub("", text)
    lang = detect_lang(text)
    if not text.strip():
        return NotUnderstood(text, lang, Msg.of("parse.empty"))
    if len(text) > MAX_LEN:
        return NotUnderstood(text, lang, Msg.of("parse.too_long", length=len(text)))
    if lang != "cli" and (said := _quoted_docker(text, lang)) is not None:
        return said
    if lang == "en" and "*" in text and (globbed := _glob_quoted(text, detail)) is not None:
        return globbed
    import bot.language.parse_cli as parse_cli  # (`import … as`: ~0.4 µs a call, `from … import` ~2 µs)

    docker_command = parse_cli.docker_command
    # the docker CLI is read as typed (no keyword lowered, no value touched); "docker restart
    # web 해줘": a docker command with a Korean request after it, the reply stays Korean
    cli_text = docker_command(text)
    cli_first = lang == "cli" or cli_text is not None or text.startswith(("-H ", "--host", "--context"))
    cli_text = cli_text or text
    if not cli_first:
        meta = _shell_meta(text)  # the docker CLI checks its own (unquoted ones only)
        if meta:
            char, col = meta
            piped = _piped(text) if char == "|" and lang == "ko" and detail else None
            # a pipe proposed as `sh -c '…'` says so (parse.piped): it is no name with a shell character in it
            reason = Msg.of("parse.piped") if piped is not None else Msg.of("parse.shell_meta", char=char)
            return NotUnderstood(text, lang, reason, column=col, proposal=piped)
    prepared = _lower_keywords(text) if not cli_first else text
    order = ("cli",) if cli_first else ("sentence", "cli")
    first_error: UnexpectedInput | None = None
    error_reading = None  # the morpheme reading the first error's column is in
    first_incomplete: Incomplete | None = None
    for start in order:
        try:
            if start == "cli":
                from bot.language.parse_cli import read as read_cli

                cmd = read_cli(cli_text, lang if lang == "ko" else "cli")
                if (not cli_first and lang == "en" and isinstance(cmd, m.Top) and cmd.ps_args
                        and (trimmed := _courtesy_trimmed(cli_text)) != cli_text):
                    # (en13) "top web pls": a courtesy typed after docker's word is no option of ps
                    cmd = read_cli(trimmed, "cli")
                if (isinstance(cmd, m.RunContainer) and not cmd.create_only and not cmd.command
                        and cli_text.split()[1:] == [cmd.image] and cli_text.split()[0].lower() != "docker"):
                    # "run stop", "run logs" (no `docker` typed, the second word a name gorae also knows): said, not
                    # typed — with a container of that name here it is that container (`docker start stop`, as
                    # "run web" is), never a new container of an image named after it; the planner decides as
                    # for any said run; a word of gorae's ("run ps", "run top") is the container of that name or an
                    # image already here, never an image pulled for it (`placed`)
                    cmd = replace(cmd, as_typed=False, lang="en", placed=cmd.image.lower() in grammar.keywords())
                if (not cli_first and lang == "en" and isinstance(cmd, m.RunContainer) and cmd.command
                        and cmd.command[0].startswith("-")
                        and (said := _options_after_image(text, detail)) is not None):
                    return said  # "run nginx -v /srv:/srv": options, never the container's arguments
                if not cli_first and _reads_like_a_sentence(cmd):
                    break  # "run alpine echo hi and remove it": not a docker command by accident
            else:
                rd = None
                src = prepared
                if lang == "en":
                    src = _EMOJI.sub(" ", src)  # "restart web 🙏": a symbol is chat noise
                if lang == "ko":
                    import bot.language.morph as morph

                    rd = morph.reading(prepared)
                    src = rd.text  # Korean by morphemes; ASCII stays as typed
                try:
                    tree = grammar.natural().parse(src)
                except UnexpectedInput as e:
                    if first_error is None:
                        first_error, error_reading = e, rd
                    continue
                import bot.language.parse_natural as parse_natural

                cmd = parse_natural.read(tree, lang, src, _as_typed(text, prepared, src, rd))
                if (isinstance(cmd, m.RunContainer) and not cmd.command and " -" in text
                        and isinstance(said := _command_kept(text, lang, detail), m.RunContainer)
                        and said.command and said.image == cmd.image):
                    return said  # "run ubuntu:focal -e A=1 env": the command after the options is never dropped
        except UnexpectedInput as e:
            if first_error is None:
                first_error, error_reading = e, None
            continue
        except Incomplete as inc:
            first_incomplete = first_incomplete or inc
            if inc.msg.key not in ("parse.no_verb", "parse.stray_words"):
                if start == "sentence" and lang == "en" and (bare := _typed_without_docker(text)) is not None:
                    cli_text = bare
                    continue
                break  # a sentence that was read must not become a docker command by accident
            continue
        return cmd
    if first_incomplete is not None:
        if (lang == "ko" and first_incomplete.msg.key in _PLACED_UNREAD
                and (placed := _placed_command(text)) is not None):
            return placed  # "cache에서 redis-cli info memory 좀": a word of the command was a word of gorae's
        return NotUnderstood(text, lang, first_incomplete.msg, suggestions=suggest(text, lang) if detail else (),
                             proposal=first_incomplete.proposal, unread=first_incomplete.unread)
    assert first_error is not None
    if lang == "ko" and (placed := _placed_command(text)) is not None:
        return placed
    return _not_understood(text, lang, first_error, error_reading, detail)


def _courtesy_trimmed(text: str) -> str:
    """(en13) `text` without the closing courtesy typed after it (grammar/lexicon.txt `trailing`: "top web pls",
    "logs web -f thanks"), its first word kept."""
    ws = text.split()
    while len(ws) > 1 and ws[-1].lower().strip(".!") in grammar.words("trailing"):
        ws = ws[:-1]
    return " ".join(ws)


def _typed_without_docker(text: str) -> str | None:
    """(en13) English: a docker command typed without `docker`, with an option the sentence reader does not read
    ("logs web -f", "restart -t 2 web", "ps --filter status=exited", "logs web --tail=20 pls"): its words as the docker
    CLI reads them (a closing courtesy typed after it, grammar/lexicon.txt `trailing`, taken off), or None when it starts
    with no docker command word or has no option. The CLI reading runs as typed; a refusal stays the sentence's."""
    import bot.language.parse_cli as parse_cli

    bare = _courtesy_trimmed(text)
    ws = bare.split()
    if not any(w.startswith("-") and len(w) > 1 for w in ws[1:]):
        return None
    try:
        path = parse_cli.command_path(parse_cli.words(parse_cli.autocorrected(bare)))
    except Incomplete:
        return None
    return bare if path is not None else None


# a word with a glob star typed bare, outside quotes ("keys *", "ls *.log")
_GLOB_WORD = re.compile(r"(?<![^\s])[^\s'\"`*]*\*[^\s'\"`]*(?![^\s])")


def _glob_quoted(text: str, detail: bool) -> m.Command | None:
    """English: a command run in a container with a glob word typed bare ("hop into cache and run redis-cli keys *",
    "in data run ls *.log"): gorae runs no shell, so the word is the command's own text — read as if quoted
    (`keys '*'`, as the Korean sentence and typed docker CLI read it), only when that reads as a command run whose
    words hold it; None otherwise (the sentence is read as typed)."""
    if "'" in text or '"' in text or "$(" in text:
        return None
    quoted = _GLOB_WORD.sub(lambda mt: "'" + mt.group() + "'", text)
    if quoted == text:
        return None
    res = _parse(quoted, detail)
    if isinstance(res, (m.Exec, m.RunContainer)) and any("*" in w for w in res.command):
        return res
    return None


def _options_after_image(text: str, detail: bool) -> m.Command | NotUnderstood | None:
    """"run nginx -v /srv:/srv", "run ubuntu:focal -e A=1 env" (English, no `docker`: a sentence's shorthand):
    the docker-run options after the image are the run's (bot/language/parse_cli.py `options_after_image`),
    whichever option — never the container's arguments, never dropped; an option gorae cannot apply is a
    refusal. Typed `docker run IMAGE -v x` is read as docker reads it, elsewhere. None when `text` is no such
    run, or the words after the options are a sentence's ("run nginx -p 8080 and name it web")."""
    import bot.language.parse_cli as parse_cli

    try:
        cmd = parse_cli.options_after_image(text, "cli")
    except Incomplete as inc:
        return NotUnderstood(text, "en", inc.msg, suggestions=suggest(text, "en") if detail else ())
    except UnexpectedInput:
        return None
    if cmd is None:
        return None
    words = cmd.command if isinstance(cmd, m.RunContainer) else ()
    if _reads_like_a_sentence(cmd) and not (words and _a_command_word(words[0].lower())
                                            and not any(w.lower() in _sentence_words() for w in words)):
        return None
    return replace(cmd, lang="en")


@lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    return grammar.words("not_command") | grammar.words("joins")


_KO_RUN = re.compile(r"(?P<cli>[!-~][ -~]*?)\s+(?P<verb>" + HANGUL.pattern + r"[^!-~]*)")


def _command_kept(text: str, lang: Lang, detail: bool) -> m.Command | NotUnderstood | None:
    """`_options_after_image` of a run the sentence read without a command: English as said; Korean when
    the sentence is docker-run words then a run verb alone ("ubuntu:focal -e A=1 env 실행": read as
    "run ubuntu:focal -e A=1 env", answered in Korean). None otherwise."""
    if lang == "en":
        return _options_after_image(text, detail)
    shape = _KO_RUN.fullmatch(text.strip()) if lang == "ko" else None
    if shape is None or _alone(shape["verb"]) != ("v_run",):
        return None
    said = _options_after_image("run " + shape["cli"], detail)
    return replace(said, lang="ko") if isinstance(said, m.RunContainer) else None


@lru_cache(maxsize=256)
def _a_command_word(word: str) -> bool:
    """Whether `word`, first after a run's options ("run ubuntu:focal -e A=1 env", "… ls /data"), is a
    program's name though gorae's grammar knows it: read alone it is a word (`arg`), the list verb (`ls`,
    `ps`) or the env noun — a program of the image, never a sentence's word (chat noise, a name, a
    modifier, another verb: those leave the sentence to the grammar)."""
    try:
        tree = grammar.natural().parse(word)
    except UnexpectedInput:
        return False
    kids = [c for c in tree.children if isinstance(c, Tree)]
    if len(kids) != 1:
        return False
    return kids[0].data in ("arg", "v_list") or any(t.data == "k_env" for t in kids[0].iter_subtrees())


# the refusals of a sentence read whole whose command, typed between its container and the verb, may hold a
# word of gorae's grammar ("info", "memory", "set"): the command is then read quoted (`_placed_command`)
# (m11) or a word left stray: "web에 curl -I localhost 실행해봐", "data에 ls -al /tmp 돌려줘" (-I, -al read as options)
_PLACED_UNREAD = frozenset({"parse.unused", "parse.two_verbs", "parse.stray_words"})


@lru_cache(maxsize=1)
def _placed_shape() -> re.Pattern[str]:
    """"X에서 CMD ARG… 실행해": a name with its place particle (grammar/lexicon.txt `place_particles`), ASCII words
    with no quote, then Korean only — group `place`, `command`, `verb`."""
    particles = "|".join(re.escape(w) for w in sorted(grammar.words("place_particles"), key=len, reverse=True))
    return re.compile(r"(?P<place>[A-Za-z0-9][\w.\-]*(?:" + particles + r"))\s+(?P<command>[!-~](?:[^\"'`\s]|\s(?=[!-~]))*)"
                      r"\s+(?P<verb>" + HANGUL.pattern + r"[^!-~]*)")


# a shell character other than a pipe: `;`, `&&`, `||`, backticks, `$(`, `${`, redirections, `&`
_NOT_A_PIPE = re.compile(r";|&|\|\||`|\$\(|\$\{|>|<")


def _piped(text: str) -> m.Command | None:
    """"web에서 ps aux | grep nginx 해줘", "cache에서 redis-cli info | head -5 실행": a command line with an unquoted
    pipe typed between its container and the Korean verb. The tables disagree on it (the first, sixth, seventh,
    eighth and tenth tables: nothing runs, design.md's shell characters; the ninth and eleventh: `docker exec X
    sh -c '…'`): it is never run as said, and never refused bare — the `sh -c` reading is proposed (yes/no,
    bound to the asker), the shell reading the pipe. Only pipes (no `;`, `&&`, redirection or substitution);
    None when the sentence is no such command or does not read with it quoted."""
    shape = _placed_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]) or "|" not in shape["command"]:
        return None
    line = shape["command"]
    if _NOT_A_PIPE.search(line) or '"' in line or any(not part.strip() for part in line.split("|")):
        return None
    res = _parse(f'{shape["place"]} sh -c "{line}" {shape["verb"]}', detail=False)
    if isinstance(res, (m.Exec, m.RunContainer)) and list(res.command) == ["sh", "-c", line]:
        return res
    return None


def _placed_command(text: str) -> m.Command | None:
    """"cache에서 redis-cli set k v 실행해": a command typed whole between its container and the Korean verb
    that runs it, that the grammar could not read (a word of its, `set`, is a word of gorae's grammar): read
    with the command quoted, as if typed `cache에서 "redis-cli set k v" 실행해` — only when that reads as a
    command run there whose words are exactly the ones typed (never another reading). None otherwise."""
    shape = _placed_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]):
        return None  # a Korean word among the command's ("data에서 /tmp에서 ls 실행"): the sentence's
    words = shape["command"].split()
    quoted = f'{shape["place"]} "{shape["command"]}" {shape["verb"]}'
    try:
        res = _parse(quoted, detail=False)
    except RecursionError:
        return None
    if isinstance(res, (m.Exec, m.RunContainer)) and list(res.command) == words:
        return res
    if isinstance(res, (m.Exec, m.RunContainer)) and list(res.command) == [shape["command"]]:
        return replace(res, command=tuple(words))  # read as one quoted word: the words it was typed as
    return None


def _as_typed(text: str, prepared: str, src: str, rd: Reading | None) -> Reading | None:
    """The reading whose `source` is the sentence as typed: a command's words are cut from it, so the
    keywords lowered for the grammar stay as typed there ("web에서 printenv A 실행", "run echo A in data":
    `A`, never the keyword `a`). Lowering keeps every column (ASCII keywords), so the columns hold."""
    if rd is not None:
        return m.changed(rd, source=text) if len(rd.source) == len(text) else rd  # (replace: ~5x the time)
    if prepared == text or len(prepared) != len(text):
        return None
    from bot.language.morph import Reading as Columns

    return Columns(src, tuple(range(len(src))), _EMOJI.sub(" ", text))


def _reads_like_a_sentence(cmd: m.Command) -> bool:
    """A docker-CLI reading (typed without `docker`) whose command words are gorae's own words,
    or words of a sentence (grammar/lexicon.txt `not_command` and `joins`: "run nginx twice", "run
    busybox and have it ping localhost", "run nginx
    privileged"), or whose image is a count ("run 3 redis"); or whose containers are gorae's
    words ("restart everything but leave web alone" names no containers `everything`, `but`…)."""
    words = cmd.command if isinstance(cmd, (m.RunContainer, m.Exec, m.ServiceCreate)) else ()
    if isinstance(cmd, m.ContainerAction) and len(cmd.targets) > 1:
        words += cmd.targets
    kws = keywords()
    said = grammar.words("not_command") | grammar.words("joins")  # "run busybox and have it ping …"
    if isinstance(cmd, m.RunContainer) and cmd.image.isdigit():
        return True
    return any(w.lower() in kws or w.lower() in said for w in words)


@lru_cache(maxsize=1)
def _shell_script() -> re.Pattern[str]:
    """A quoted script after a shell's `-c` (grammar/lexicon.txt `shells`): `sh -c "ps aux | grep nginx"`
    — group 1 the shell and its -c, group 2 the quoted script."""
    shells = "|".join(re.escape(w) for w in sorted(grammar.words("shells"), key=len, reverse=True))
    return re.compile(r"((?<![\w./-])(?:/bin/|/usr/bin/)?(?:" + shells + r")\s+-c\s+)(\"[^\"]*\"|'[^']*')")


def _shell_meta(text: str) -> tuple[str, int] | None:
    """A shell metacharacter anywhere (but the well-known `$(docker ps -q)`).

    Quoted ones too: gorae runs no shell, so `"ls | wc"` would not mean what it says. But the script
    a shell is given with `-c` (`sh -c "ps aux | grep nginx"`: the shell reads it, as typed), and one:
    a single `&` inside a quoted word without spaces is that word's text, never an operator
    (a query string: `curl -s "http://localhost/?a=1&b=2"` is one argument, as a shell reads it).
    """
    masked = _ALL_RUNNING.sub(lambda mt: "x" * len(mt.group()), text)
    masked = _shell_script().sub(lambda mt: mt.group(1) + "x" * len(mt.group(2)), masked)
    masked = _QUOTED_WORD.sub(lambda mt: mt.group().replace("&", "x") if "&&" not in mt.group() else mt.group(),
                              masked)
    found = _META.search(masked)
    if found:
        return found.group(), found.start()
    return None


def _lower_keywords(text: str) -> str:
    """"Restart Web" reads like "restart Web" (names keep their case)."""
    if not _UPPER.search(text):
        return text  # nothing to lower: don't load the keyword list (it builds the CLI parser)
    kws = keywords()

    def lower(mt: re.Match[str]) -> str:
        word = mt.group()
        before = text[:mt.start()].split()
        if before and before[-1].lower() in grammar.words("keeps_case"):
            return word  # "--name I", "named Web": a name keeps its case
        return word.lower() if word.lower() in kws else word

    return _WORD.sub(lower, text)


def _without_asked(word: str) -> str:
    """A word as shown to the asker: without the "?" that bot/language/normalize.py keeps after Hangul (the mood
    of its ending, not a part of the word: "`맞지`", never "`맞지?`"); "" when it is all the word (nothing unread)."""
    return word.rstrip("?")


def _not_understood(text: str, lang: Lang, err: UnexpectedInput, rd: Reading | None = None,
                    detail: bool = True) -> NotUnderstood:
    column = err.column if isinstance(err.column, int) else 1  # lark: -1 at the end, "?" for a token without one
    col = max(0, (column or 1) - 1)
    if rd is not None:  # a column of the morpheme stream -> the same place in the text as typed
        col = rd.original_column(col)
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
    word = _without_asked(word)
    key = "parse.incomplete" if not word else "parse.unknown_word"
    return NotUnderstood(text, lang, Msg.of(key, word=word), column=col,
                         suggestions=suggest(text, lang) if detail else ())


# --------------------------------------------------------------------------- suggestions

def examples(lang: str) -> tuple[str, ...]:
    """The known utterances offered as suggestions, "ko" or "en" (grammar/examples.txt), in order."""
    return grammar.examples()[lang]


def _bigrams(text: str) -> frozenset[str]:
    padded = f" {text.lower()} "
    return frozenset(padded[i:i + 2] for i in range(len(padded) - 1))


@lru_cache(maxsize=2)
def _example_bigrams(lang: str) -> tuple[frozenset[str], ...]:
    return tuple(_bigrams(ex) for ex in examples(lang))


def suggest(text: str, lang: Lang, n: int = 3) -> tuple[str, ...]:
    """The `n` closest known utterances, in the asker's language, best first: Dice similarity of
    the character bigrams (lower case, word edges included), ties in the order of grammar/examples.txt.
    ~35 µs for the 22 examples (difflib's ratio, used before, took ~1 ms: bench/RESULTS.md)."""
    key = "ko" if lang == "ko" else "en"
    mine = _bigrams(text)
    scored = sorted(((2 * len(mine & ex) / (len(mine) + len(ex)), -i)
                     for i, ex in enumerate(_example_bigrams(key))), reverse=True)
    return tuple(examples(key)[-i] for _, i in scored[:n])
