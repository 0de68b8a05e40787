"""Korean by morphemes: the Hangul of a sentence -> the lemma stream grammar/natural.lark reads.

    >>> words("죽어있는 컨테이너들 다 지워주삼")
    '죽 있 ~는 컨테이너 다 지우'

A pre-lexer keeps every ASCII entity whole (names, image refs with tags, paths,
ports, IP:port, KEY=VALUE, flags, quoted strings): they are copied to the
stream as typed and handed to Kiwi only as fixed, pre-tokenized proper nouns,
so that "web을" gives Kiwi the context of a noun before 을 without Kiwi ever
splitting `db2` or `/opt/html`. Only the Hangul spans are analysed; each
morpheme becomes one word by the table in grammar/morphemes.txt (lemma for
verbs and nouns, ~words for endings that mean something, nothing for
politeness and aspect). Kiwi's dictionary is corrected by grammar/ko_words.txt.

Kiwi (`kiwipiepy`) is imported here only, on the first Korean sentence or at
a front end's start-up (`preload()`), or in the child a Korean one-shot forks
(bot/language/ahead.py, answered through `_Forked`): an English or docker-CLI
one-shot never loads it. Loading takes 0.4–2 s; a sentence then takes ~0.1–0.4 ms. Kiwi is
deterministic: the same text always gives the same stream.
"""
from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import IO, Protocol

# Hangul syllables and compatibility jamo (ㅋㅋ, ㅎㅎ) and any other non-ASCII symbol
# (emoji, ♥): the side Kiwi reads. Everything printable ASCII is an entity's.
_KOREAN_SIDE = re.compile(r"[^\x00-\x7f]")
_ENTITY = re.compile(r"(?:\"[^\"\n]*\"|'[^'\n]*'|[\x21\x23-\x26\x28-\x7e])+|[\"']")
_SPACE = re.compile(r"\s+")
_JAMO = re.compile(r"[\u1100-\u11ff\u3131-\u318e]+")
_LOCK = threading.Lock()
# spaces Kiwi may find inside one word (see `_load`)
SPACE_TOLERANCE = 1


@dataclass(frozen=True)
class Reading:
    """A sentence as the grammar reads it: `text`, and where each of its characters was said.

    `origin[i]` is the index in the original sentence of `text[i]` (a word made
    from a morpheme points at the start of that morpheme).
    """

    text: str
    origin: tuple[int, ...]
    source: str

    def original_column(self, col: int) -> int:
        """Column in the sentence as typed for a column of `text` (0-based, clamped)."""
        if not self.origin:
            return 0
        if col >= len(self.origin):
            return len(self.source)
        return self.origin[max(0, col)]


def _data(name: str) -> list[list[str]]:
    text = resources.files("grammar").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split())
    return rows


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, str], str], dict[str, str], dict[tuple[str, str], tuple[str, str]],
                    dict[tuple[str, str], tuple[tuple[str, str], ...]], dict[str, tuple[tuple[str, str], ...]],
                    dict[tuple[str, str], tuple[tuple[str, str, str], ...]]]:
    """grammar/morphemes.txt: (tag, form) -> word, tag -> word for `*` lines,
    (tag, form) -> (word, next tags) for the lines that hold only before a morpheme of a tag,
    (tag, form) -> ((word, previous tags), ...) for those that hold only after one (`<PREV`: several lines of one
    morpheme after different ones, the first that holds wins: 니까 after the past and after 하다), and
    tag -> ((prefix, word), ...) for the lines whose form ends in `*` (any form that begins so:
    Kiwi gives a compound ending such as ᆫ다던데 or 라더라 as one morpheme), and (tag, form) ->
    ((word, next tags, previous tags), ...) for the lines with both columns (`>NEXT <PREV`: "db 켜?"; several lines of
    one morpheme, the first that holds wins: 니 before a name is a reason, at the end a question)."""
    exact: dict[tuple[str, str], str] = {}
    any_form: dict[str, str] = {}
    before: dict[tuple[str, str], tuple[str, str]] = {}
    after: dict[tuple[str, str], list[tuple[str, str]]] = {}
    around: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    for row in _data("morphemes.txt"):
        tag, form, word = row[:3]
        if len(row) > 4 and row[3].startswith(">") and row[4].startswith("<"):
            around.setdefault((tag, form), []).append((word, row[3][1:], row[4][1:]))
        elif len(row) > 3 and row[3].startswith(">"):
            before.setdefault((tag, form), (word, row[3][1:]))
        elif len(row) > 3 and row[3].startswith("<"):
            after.setdefault((tag, form), []).append((word, row[3][1:]))
        elif form == "*":
            any_form.setdefault(tag, word)
        elif form.endswith("*"):
            prefixes.setdefault(tag, []).append((form[:-1], word))
        else:
            exact.setdefault((tag, form), word)
    return (exact, any_form, before, {k: tuple(v) for k, v in after.items()},
            {t: tuple(v) for t, v in prefixes.items()}, {k: tuple(v) for k, v in around.items()})


class Morpheme(Protocol):
    """One morpheme as Kiwi gives it: `form` ("지우"), `tag` (Sejong tag, "VV"), `start` (index in the text)."""

    @property
    def form(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def start(self) -> int: ...


class Analyser(Protocol):
    """What gorae asks of Kiwi (`kiwipiepy.Kiwi.tokenize`): the morphemes of `text`, the
    `pretokenized` spans (start, end, tag) kept whole."""

    def tokenize(self, text: str, pretokenized: list[tuple[int, int, str]] | None = None
                 ) -> Sequence[Morpheme]: ...


_kiwi: Analyser | None = None


def _load() -> Analyser:
    """A new Kiwi with gorae's dictionary corrections (grammar/ko_words.txt); 0.4–1 s, ~250 MB."""
    from kiwipiepy import Kiwi

    k = Kiwi(load_typo_dict=False, load_multi_dict=False, load_default_dict=False)
    # A space typed inside a word ("재시 작해줘", "중 지", "삭 제해줘"): Kiwi joins the pieces of a word
    # split by up to SPACE_TOLERANCE spaces (kiwipiepy `Kiwi.global_config.space_tolerance`, 0 by
    # default), each join costing `space_penalty` (Kiwi's default, 7.0) so that a word typed whole
    # still wins. Measured over every table with bench/explain_diff.py (bench/RESULTS.md).
    k.global_config.space_tolerance = SPACE_TOLERANCE
    for row in _data("ko_words.txt"):
        form, morphs = row[0], row[1:]
        pairs = [tuple(x.rsplit("/", 1)) for x in morphs]
        if len(pairs) == 1 and pairs[0][0] == form:
            k.add_user_word(form, pairs[0][1], 10.0)
        else:
            k.add_pre_analyzed_word(form, pairs, 10.0)
    return k


def kiwi() -> Analyser:
    """The one Kiwi of the process, with gorae's dictionary corrections (loaded once, thread-safe).

    After `bot.language.ahead.start()` it is the forked analyser (the same Kiwi, in a child process)."""
    global _kiwi
    if _kiwi is None:
        with _LOCK:
            if _kiwi is None:
                from bot.language import ahead

                started = ahead.take()
                if started is not None:
                    pid, ask, answers = started
                    _kiwi = _Forked(pid, os.fdopen(ask, "wb"), os.fdopen(answers, "rb"))
                else:
                    _kiwi = _load()
    return _kiwi



@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Morpheme, ...]:
    """Kiwi's morphemes of `text` (`kiwi().tokenize(text)`, read only), kept by text: (perf32) the readers that ask for
    a sentence's morphemes (bot/language/parse.py, told_then_asked.py, verbless_run.py, context_clause.analysed_spans)
    share one Kiwi call per text, as a message and each rest of it read again ask several times (uncached, 100 Kiwi
    calls over one pass of bench item 6's texts, all in its slowest 50). A first message still pays its analysis
    (bench/common.py FIRST_SIGHT_CACHES clears it)."""
    return tuple(kiwi().tokenize(text))

@dataclass(frozen=True)
class _Answered:
    form: str
    tag: str
    start: int


class _Forked:
    """Kiwi loaded in a forked child (bot/language/ahead.py), asked over a pipe (one JSON line
    each way per `tokenize`).

    If the child is gone (it failed or was killed), Kiwi is loaded here instead: the answers are
    the same, only later."""

    def __init__(self, pid: int, ask: IO[bytes], answers: IO[bytes]) -> None:
        self.pid = pid  # the child's
        self._ask: IO[bytes] | None = ask
        self._answers = answers
        self._local: Analyser | None = None

    def tokenize(self, text: str, pretokenized: list[tuple[int, int, str]] | None = None
                 ) -> Sequence[Morpheme]:
        with _LOCK:
            if self._ask is not None:
                try:
                    self._ask.write(json.dumps([text, pretokenized]).encode() + b"\n")
                    self._ask.flush()
                    line = self._answers.readline()
                except OSError:
                    line = b""
                if line:
                    return [_Answered(f, t, s) for f, t, s in json.loads(line)]
                self._ask = None  # the child is gone: load here
            if self._local is None:
                self._local = _load()
            local = self._local
        return local.tokenize(text, pretokenized=pretokenized)

    def tokenize_all(self, texts: Sequence[str]) -> list[Sequence[Morpheme]]:
        """`tokenize` of each of `texts` (no pre-tokenized spans), asked of the child in one JSON line
        ({"all": texts}) and answered in one: one round trip instead of one a text."""
        with _LOCK:
            if self._ask is not None:
                try:
                    self._ask.write(json.dumps({"all": list(texts)}).encode() + b"\n")
                    self._ask.flush()
                    line = self._answers.readline()
                except OSError:
                    line = b""
                if line:
                    return [[_Answered(f, t, s) for f, t, s in toks] for toks in json.loads(line)]
                self._ask = None  # the child is gone: load here
        return [self.tokenize(text) for text in texts]


def tokenize_all(texts: Sequence[str]) -> list[Sequence[Morpheme]]:
    """Kiwi's morphemes of each of `texts`, in order — the same as `kiwi().tokenize(text)` of each,
    but asked of a forked analyser (bot/language/ahead.py) in one round trip: a table of the grammar
    read by Kiwi on a Korean one-shot's first sentence (bot/language/typo.py `_grammar_words`, ~70
    words) costs one wake-up of the child, not one a word (bench/RESULTS.md, issue 8 session 12)."""
    k = kiwi()
    if isinstance(k, _Forked):
        return k.tokenize_all(texts)
    return [k.tokenize(text) for text in texts]


def serve(asks_fd: int, answers_fd: int) -> None:
    """The forked child's side (bot/language/ahead.py): load Kiwi, build it, then answer each
    JSON line [text, pretokenized] with the JSON line [[form, tag, start], …], and each line
    {"all": [text, …]} with the JSON line [[[form, tag, start], …], …] (`tokenize_all`), until EOF;
    then the process ends (`os._exit`): call it only in the forked child."""
    with os.fdopen(asks_fd, "rb") as asks, os.fdopen(answers_fd, "wb") as answers:
        k = _load()
        k.tokenize(_warm_text())  # Kiwi builds its automaton on the first analysis
        for line in asks:
            asked = json.loads(line)
            if isinstance(asked, dict):
                out: object = [[[t.form, t.tag, t.start] for t in k.tokenize(text)] for text in asked["all"]]
            else:
                text, pre = asked
                toks = k.tokenize(text, pretokenized=[tuple(p) for p in pre] if pre is not None else None)
                out = [[t.form, t.tag, t.start] for t in toks]
            answers.write(json.dumps(out).encode() + b"\n")
            answers.flush()
    # EOF: the one-shot is done. The process ends here, Kiwi not torn down (freeing its ~250 MB block by
    # block is ~0.1 s of CPU nobody waits for, taken from whatever runs next)
    os._exit(0)


def preload(background: bool = False) -> threading.Thread | None:
    """Load Kiwi now (a front end's start-up), so that the first Korean message is not slow.

    With `background=True` the load runs in a daemon thread (returned) and start-up does not
    wait for it; a Korean message that comes before it is done waits for the same load.
    """
    if not background:
        _warm()
        return None
    t = threading.Thread(target=_warm, name="gorae-kiwi-preload", daemon=True)
    t.start()
    return t


def _warm_text() -> str:
    """The first Korean example of grammar/examples.txt (read without the grammar's imports)."""
    return next(" ".join(row[1:]) for row in _data("examples.txt") if row[0] == "ko")


def _warm() -> None:
    """Load Kiwi and read one sentence (the first Korean example of grammar/examples.txt)."""
    reading(_warm_text())


@lru_cache(maxsize=None)  # asked for every reading (`from … import` in a function: ~3 µs a call)
def _lex(role: str) -> tuple[str, ...]:
    from bot.language.grammar import lexicon

    return lexicon()[role]


@lru_cache(maxsize=1)
def _spaced_all() -> frozenset[str]:
    return frozenset(_lex("spaced_all"))


@lru_cache(maxsize=1)
def _chat_no() -> tuple[str, re.Pattern[str]]:
    """grammar/lexicon.txt `chat_no` (ㄴㄴ) and the pattern of a word of its letters only, as
    typed (compatibility jamo) or as NFKC makes them (conjoining jamo): ㄴ, ㄴㄴ, ㄴㄴㄴ."""
    return _chat_letters("chat_no", 1)


@lru_cache(maxsize=1)
def _chat_go() -> tuple[str, re.Pattern[str]]:
    """grammar/lexicon.txt `chat_go` (ㄱㄱ) and the pattern of a word of two or more of its letters:
    ㄱㄱ, ㄱㄱㄱ (a lone ㄱ is a slip: noise)."""
    return _chat_letters("chat_go", 2)


def _chat_letters(role: str, least: int) -> tuple[str, re.Pattern[str]]:
    import unicodedata

    word = _lex(role)[0]
    letters = set(word) | set(unicodedata.normalize("NFKC", word))
    return word, re.compile("[" + "".join(sorted(re.escape(c) for c in letters)) + "]{%d,}" % least)


def _word(form: str, tag: str, next_tag: str = "", prev: tuple[str, str] = ("", "")) -> str:
    """The stream word of one morpheme (`form`, `tag`), by grammar/morphemes.txt; `next_tag` is the
    next morpheme's tag, `prev` the previous morpheme's (form, tag) (a `<PREV` line names a tag,
    or TAG:FORM for one morpheme)."""
    exact, any_form, before, after, prefixes, around = _table()
    base = tag.split("-", 1)[0]  # VV-R, VV-I: regular/irregular conjugation, same verb
    if base != tag and (tag, form) in exact:
        return exact[(tag, form)]  # (run26) a line of the full tag: Kiwi's irregular 닫 of "v1로 달아" is 달
    for word, nexts, prevs in around.get((base, form), ()):
        if _prev_is(prev, prevs) and next_tag in nexts.split(","):
            return word  # "db 켜?": -어 right after the verb, then a typed "?" — asked
    for word, prevs in after.get((base, form), ()):
        if _prev_is(prev, prevs):
            # "web은 두고": 두다 after a name keeps it; "재시작해 봐줘": 보다 right after a verb's -어 is the auxiliary
            return word
    if (base, form) in before and (next_tag.split("-", 1)[0] in before[(base, form)][1].split(",")
                                   or (not next_tag and "$" in before[(base, form)][1].split(","))):
        return before[(base, form)][0]  # "지웠어": past tense at the end of the sentence; "web 지웠" ($: the end)
    if (base, form) in before and next_tag.endswith("$") and next_tag in before[(base, form)][1].split(","):
        return before[(base, form)][0]  # "껐나?", "재시작했었는데": a connective that closes the sentence
    if (base, "*") in before and next_tag in before[(base, "*")][1].split(","):
        return before[(base, "*")][0]  # "민수: data 꺼": any proper noun right before a speaker's colon
    if (base, form) in exact:
        return exact[(base, form)]
    for prefix, word in prefixes.get(base, ()):
        if form.startswith(prefix):
            return word  # "지운다던데" (ᆫ다던데), "재시작하라던데" (라던데): one compound ending
    if base in any_form:
        return any_form[base]
    return form


def _kept_on(tokens: list[_Tok], at: int) -> bool:
    """(break7) Whether the morpheme before `tokens[at]` is the auxiliary of a state kept (grammar/lexicon.txt
    `kept_aux`: 두다, 놓다, which Kiwi may call a verb) said right after a verb of `kept_on` (켜다, 살리다) and its -어."""
    i = at - 1
    if i < 1 or tokens[i].tag.split("-", 1)[0] not in ("VX", "VV") or tokens[i].form not in _lex("kept_aux"):
        return False
    i -= 1
    while i >= 0 and tokens[i].tag.startswith("E"):
        i -= 1
    return i >= 0 and tokens[i].tag.split("-", 1)[0] == "VV" and tokens[i].form in _lex("kept_on")


def _titled(tok: _Tok, prev: tuple[str, str], text: str) -> bool:
    """(break7) A title of address spaced after a name typed in ASCII ("web 님 cache 꺼주세요": Kiwi reads 님 as a copula
    and endings): the name called (grammar/lexicon.txt `title_after_name`), as "web님" is (grammar/morphemes.txt)."""
    if prev[1] != "SL" or prev[0].lower() in _lex("called_self") or tok.tag.startswith("E"):
        return False
    word = text[tok.start:].split(maxsplit=1)[:1]
    return bool(word) and word[0] in _lex("title_after_name") and text[tok.start - 1:tok.start].isspace()


def _vocative(tok: _Tok, tokens: list[_Tok], ti: int, prev: tuple[str, str]) -> bool:
    """(break7) Kiwi's copula then -야 right after a name typed in ASCII ("web 야 cache 지워", "cache 야, web 꺼"): a
    container called, as the vocative particle after it is (grammar/morphemes.txt ~부름) — the word "~부름". Only
    when the copula is the whole word after the name (a blank or nothing between; -야 said, not -이야 "it is web") and
    the name is not gorae's (grammar/lexicon.txt `called_self`)."""
    if tok.tag != "VCP" or prev[1] != "SL" or prev[0].lower() in _lex("called_self") or ti >= len(tokens):
        return False
    nxt = tokens[ti]
    return nxt.tag == "EF" and nxt.form in _lex("vocative_after_name") and nxt.start == tok.start


def _prev_is(prev: tuple[str, str], allowed: str) -> bool:
    """Whether the morpheme `prev` (form, tag) is one of `allowed` (a `<PREV` column: TAG or TAG:FORM, comma-separated;
    !TAG:FORM excludes one)."""
    prev_base = prev[1].split("-", 1)[0]
    names = allowed.split(",")
    if f"!{prev_base}:{prev[0]}" in names:
        return False  # !TAG:FORM: not after that one ("켜 줘?": 주다 the auxiliary, though Kiwi calls it a verb)
    return prev_base in names or f"{prev_base}:{prev[0]}" in names


def _intent_before_verb(tokens: Sequence[_Tok], ti: int) -> bool:
    """(f17ko) Whether a verb of its own (VV, or XSV: a verbal noun's 하다) comes after the connective of intention
    right before `tokens[ti]` ("web 지우려고 하는데 cache 꺼": 끄) — not only auxiliaries ("재시작하려고 하는데 해줄래")."""
    return any(t.tag.split("-", 1)[0] in ("VV", "XSV", "XSA") for t in tokens[ti:])  # Kiwi: "재시작해" 하 as XSA too


def _intent_told(tokens: Sequence[_Tok], ti: int) -> bool:
    """(lead17) Whether the connective of intention right before `tokens[ti]` closes an intention told, never asked: no
    auxiliary of asking (grammar/lexicon.txt `intent_asked_aux`: 주다, 드리다) after it — "web 재시작하려고 해" (I mean to),
    "web 재시작해줘 cache 지우려고" (the purpose of the request names a second write), "web 재시작하려고요"; but
    "web 재시작하려고 하는데 해줄래" asks it."""
    asked = _lex("intent_asked_aux")
    return not any(t.tag.split("-", 1)[0] in ("VX", "VV") and t.form in asked for t in tokens[ti:])


def _intent_told_as_reason(tokens: Sequence[_Tok], ti: int) -> bool:
    """(ctxko25) Whether the connective right before `tokens[ti]` closes an intention told as the reason — -ㄹ 거라서,
    -ㄹ 건데, -ㄹ 거니까, -ㄹ 것이니 (grammar/lexicon.txt `intent_told_link` after the copula, the bound noun of
    `reason_after_intent` and the ending of `reason_after_intent_etm`): "web 지울 거라서 cache 꺼줘" planned `docker rm web`
    then `docker stop cache` — the verb before it is what the speaker means to do, never a step."""
    if ti < 4 or tokens[ti - 1].form not in _lex("intent_told_link"):
        return False
    cop, noun, etm = tokens[ti - 2], tokens[ti - 3], tokens[ti - 4]
    return (cop.tag.split("-", 1)[0] == "VCP" and noun.tag.split("-", 1)[0] == "NNB"
            and noun.form in _lex("reason_after_intent") and etm.tag.split("-", 1)[0] == "ETM"
            and etm.form in _lex("reason_after_intent_etm"))


def _told_verb(tokens: Sequence[_Tok], vi: int) -> bool:
    """(run26) Whether `tokens[vi]` is a verb a connective may tell rather than ask for: VV, a verbal noun's XSV, or an
    auxiliary of grammar/lexicon.txt `background_aux` — never 되다/있다/없다 (`background_not`), nor 하다 right after a
    connective (the wish "재시작해 주셨으면 하는데요", the quote "보여달라니까")."""
    verb = tokens[vi]
    vtag = verb.tag.split("-", 1)[0]
    if not (vtag in ("VV", "XSV") or (vtag == "VX" and verb.form in _lex("background_aux"))):
        return False
    return not (vtag == "VV" and (verb.form in _lex("background_not") or (
        verb.form in _lex("intent_same_verb") and vi > 0 and tokens[vi - 1].tag.split("-", 1)[0] == "EC")))


def _background_told(tokens: Sequence[_Tok], ti: int) -> bool:
    """(run26) Whether `tokens[ti - 1]` closes a verb told as the background of what follows, -는데 (while, given that):
    Kiwi's connective (grammar/lexicon.txt `background_link`) or the present relative ending and the bound noun 데
    (`background_etm`, `background_noun`; -ㄴ데 is an adjective's: "web이 slow한데 check해줘") right after a verb — VV, a verbal noun's XSV, or an auxiliary of
    `background_aux` (never 되다, `background_not`, nor 하다 right after a connective: the wish "재시작해 주셨으면 하는데요"
    is a request) — then a name, a comma, the end, or 요 and the end ("web 지우는데 cache 꺼줘", "web 끄는데, cache도
    꺼줘", "테스트 돌리는데 cache 좀 꺼줘"): told, never asked for — each planned both writes. At the end it is the verb's
    own form, the request (the issue's "지우는데": "web 지우는데" is docker rm web), and with a name kept after it, one
    request and its exception ("다 끄는데 my-volume은 놔둬": `background_kept`). (run26) So is the condition -어야 and the purpose -도록 (`condition_link`) right before a name or a comma ("web
    지워야 cache 꺼줘", "web 재시작해야 cache 꺼줘", "web 지우도록 cache 꺼줘"), never at the end ("web 지워야 돼"). Before
    anything else it is left as it was ("web 재시작하는데 3초만 기다려", "web 500 뜨는데 재시작 좀"). So are the endings of
    `told_link` right before a name or a comma — a quote or a report (-ㄴ다고, -라고, -ㄴ다니까), a condition (-거든), a
    purpose (-고자), whatever (-든): "web 지운다고 cache 꺼줘" planned both writes. And so is
    a run said, then how it is made (`background_run`, then a word of `background_detail`: "redis 띄우는데 pgdata 볼륨
    /data에 마운트")."""
    tok = tokens[ti - 1]
    tag = tok.tag.split("-", 1)[0]
    ends = True  # a clause it may close the sentence with
    if tag == "EC" and tok.form in _lex("background_link"):
        vi, ends = ti - 2, False
    elif tag == "EC" and tok.form in _lex("condition_link"):
        vi, ends = ti - 2, False  # "web 지워야 cache 꺼줘" (only if), "web 지우도록 cache 꺼줘" (so that); "web 지워야 돼" kept
    elif tag in ("EC", "EF") and tok.form in _lex("told_link"):
        vi, ends = ti - 2, tok.form in _lex("told_end_link")  # "web 지운다고 cache 꺼줘", "web 지우거든 cache 꺼줘"
    elif (tag == "NNB" and tok.form in _lex("background_noun") and ti >= 3
          and tokens[ti - 2].tag.split("-", 1)[0] == "ETM" and tokens[ti - 2].form in _lex("background_etm")):
        vi, ends = ti - 3, False
    else:
        return False
    if vi < 0:
        return False
    if not _told_verb(tokens, vi):
        return False
    verb, vtag = tokens[vi], tokens[vi].tag.split("-", 1)[0]
    if any(t.form in _lex("background_kept") for t in tokens[ti:]):
        return False  # "다 끄는데 my-volume은 놔둬": all, but one kept — one request with its exception, as -되
    lemma = tokens[vi - 1].form if vtag == "XSV" and vi > 0 else verb.form
    if lemma in _lex("background_run") and any(t.form in _lex("background_detail") or "=" in t.form for t in tokens[ti:]):
        return False  # "redis 띄우는데 pgdata 볼륨 /data에 마운트": the run said, then how — one request, as it was read
    k = ti
    while k < len(tokens) and (tokens[k].form in _lex("background_polite") or tokens[k].tag.split("-", 1)[0] == "VCP"):
        k += 1  # "지우는데요": 요 (and Kiwi's copula before it: 데 이 요)
    if k >= len(tokens):
        return ends
    nxt = tokens[k].tag.split("-", 1)[0]
    return nxt in ("SL", "SP") or (ends and nxt == "SF") or tokens[k].form in (",", "，")


def _reason_closes(tokens: Sequence[_Tok], ti: int) -> bool:
    """(run26) Whether `tokens[ti - 1]` is a reason's -니까 (grammar/lexicon.txt `reason_end_link`) closing the sentence
    right after a verb ("web 지우니까", "web 재시작하니까요", "cache 재시작하니깐."): why, told — no request, it planned the
    write. Never the insistent order, Kiwi's one -라니까 ("web 지우라니까") or a quoted one, 하다 right after a
    connective ("컨테이너 목록 보여달라니까"), nor 되다 (the need, `background_not`)."""
    tok = tokens[ti - 1]
    if tok.tag.split("-", 1)[0] != "EC" or tok.form not in _lex("reason_end_link") or ti < 2:
        return False
    if not _told_verb(tokens, ti - 2):
        return False
    rest = [t for t in tokens[ti:] if t.form not in _lex("background_polite")]
    return all(t.tag.split("-", 1)[0] == "SF" for t in rest)


def _own_verb_after(tokens: Sequence[_Tok], ti: int) -> bool:
    """(ctxko25) Whether a verb of its own comes at or after `tokens[ti]`: a VV, or a verbal noun's 하다 (Kiwi's XSV, XSA,
    or VV right after a noun: "cache 재시작해줘") — never 하다 alone (grammar/lexicon.txt `intent_same_verb`: "cache 재시작할
    건데 해줄래?" asks the same verb)."""
    for k in range(ti, len(tokens)):
        tag = tokens[k].tag.split("-", 1)[0]
        if tag in ("XSV", "XSA") or (tag == "VV" and (tokens[k].form not in _lex("intent_same_verb") or (
                k > ti and tokens[k - 1].tag.split("-", 1)[0] in ("NNG", "XR")))):
            return True
    return False


@lru_cache(maxsize=4096)
def reading(text: str) -> Reading:
    """Rewrite the Hangul spans of `text` as morpheme words; ASCII stays exactly as typed."""
    entities = [(mt.start(), mt.end()) for mt in _ENTITY.finditer(text)]
    korean = _korean_spans(text, entities)
    if not korean:
        return Reading(text, tuple(range(len(text))), text)
    tokens = _then_past_neutral(_tokens(text, entities))
    out: list[str] = []
    origin: list[int] = []

    def emit(s: str, at: int, verbatim: bool = False) -> None:
        out.append(s)
        origin.extend(range(at, at + len(s)) if verbatim else [at] * len(s))

    pos = 0
    ti = 0
    for a, b in korean:
        chunk = text[pos:a]
        loan = _ascii_loan(chunk, tokens, ti, a)
        if loan is not None:  # "web top 봐줘": the docker word read as its Hangul loanword
            cut, hangul = loan
            emit(text[pos:cut], pos, verbatim=True)
            emit(hangul, cut)
            emit(" ", a)
            pos = a
            chunk = ""
        glued = _GLUED_PORT.search(chunk) if text.startswith(_port_words(), a) else None
        if glued is None and text.startswith(_lex("glued_error"), a):
            glued = _GLUED_CODE.search(chunk)  # "web500남": the name, then the HTTP error code said to show up
        if glued:  # "nginx8081포트로": the name, then the port said with its word (grammar/lexicon.txt glued_port)
            cut = pos + glued.start(2)
            emit(text[pos:cut], pos, verbatim=True)
            emit(" ", cut)
            emit(text[cut:a], cut, verbatim=True)
        elif pos and korean[0][0] == 0 and pos == korean[0][1] and _LABEL_COLON.match(chunk):
            # "팀장: web 지워": the colon of a speaker's label (the first word, bot/language/normalize.py keeps it for
            # the title before it, grammar/morphemes.txt ~전언 before SC) is punctuation, no word of the stream
            emit(" ", pos)
            emit(chunk[1:], pos + 1, verbatim=True)
        else:
            emit(chunk, pos, verbatim=True)
        words: list[tuple[str, int]] = []
        while ti < len(tokens) and tokens[ti].start < b:
            tok = tokens[ti]
            ti += 1
            if tok.start < a:
                continue
            before_tok = (tokens[ti - 2].form, tokens[ti - 2].tag) if ti >= 2 else ("", "")
            if (ti >= 3 and before_tok[1].startswith("JX") and before_tok[0] in _lex("kept_only")
                    and tokens[ti - 3].tag.split("-", 1)[0] in ("SL", "SN", "NNG", "NNP")):
                # "web만 두고": the name before the particle is what 두다 is said of (grammar/lexicon.txt kept_only)
                before_tok = (tokens[ti - 3].form, tokens[ti - 3].tag)
            if before_tok[1] == "SL" and before_tok[0] in (",", "，"):
                before_tok = (before_tok[0], "SP")  # (corr24) a comma typed, punctuation as `_next_tag` reads it
            next_tag = _next_tag(tokens, ti)
            w = _word(chat_once(tok.form) if tok.tag == "SW" else tok.form, tok.tag, next_tag, before_tok)
            if w in _lex("asked_closing_dropped") and _asked_on_the_verb(tok, next_tag, before_tok):
                w = _lex("asked_closing_word")[0]  # (lead24) "web 지우고?", "web 지워서요?": asked, never the write
            if _vocative(tok, tokens, ti, before_tok) or _titled(tok, before_tok, text):
                w = _lex("called_word")[0]
            if (tok.tag == "EC" and tok.form in _lex("kept_link") and _kept_on(tokens, ti - 1)
                    and ti < len(tokens) and tokens[ti].tag == "SL"):  # another name next ("… 다 꺼": the rest, kept)
                w = _lex("kept_word")[0]  # (break7) "db는 켜두고 cache 꺼": kept on, or turned on? (grammar/lexicon.txt kept_on)
            if (ti < len(tokens) and tok.tag == "EC" and tok.form in _lex("want_link") and before_tok[0] not in _lex("want_kept")
                    and tokens[ti].tag.split("-", 1)[0] == "VX" and tokens[ti].form in _lex("want_aux")):
                w = "-"  # "보고 싶은데": -고 of the auxiliary 싶다 (want), no "and then" (grammar/lexicon.txt want_aux)
            if tok.tag == "EC" and tok.form in _lex("intent_link") and (_intent_before_verb(tokens, ti)
                                                                          or _intent_told(tokens, ti)):
                w = _lex("intent_word")[0]  # (f17ko) "web 지우려면 cache 꺼": meant, never a step
            if tok.tag == "EC" and _intent_told_as_reason(tokens, ti) and _own_verb_after(tokens, ti):
                w = _lex("intent_word")[0]  # (ctxko25) "web 지울 거라서 cache 꺼줘": meant, never a step
            if tok.tag in ("EC", "EF", "NNB") and _background_told(tokens, ti):
                w = _lex("background_word")[0]  # (run26) "web 지우는데 cache 꺼줘": told, never a step
            if tok.tag == "EC" and _reason_closes(tokens, ti):
                w = _lex("background_word")[0]  # (run26) "web 지우니까": why, told — never the write
            if (tok.tag.startswith("MAG") and ti < len(tokens) and tokens[ti].tag.startswith("MAG")
                    and f"{tok.form}+{tokens[ti].form}" in _lex("together_ko")):
                w = "-"  # (pre33) "다 같이 봅시다": all of us, together — never every container (grammar/morphemes.txt)
            no, no_letters = _chat_no()
            if no_letters.fullmatch(tok.form):
                w = no  # chat "no no": a negation, never noise
            if tok.tag == "NNP" and tok.form in _net_loans()[0] and _net_loans()[1].match(text, tok.start):
                w = _net_loans()[0][tok.form]  # "백엔드 네트워크": the network's name as typed in ASCII (checked by the plan)
            go, go_letters = _chat_go()
            if go_letters.fullmatch(tok.form):
                w = go  # chat "go go": said to get it going (a run's options with no verb: grammar/natural.lark `go`)
            # (lead23) "cache 재시작 ㅇㅋ?": the yes asked for (grammar/natural.lark `asked`), no noise
            tag_asked = (chat_once(tok.form) in _lex("tag_question_ko") and ti < len(tokens) and tokens[ti].tag == "SF"
                         and "?" in tokens[ti].form)
            if tag_asked and w == "-":
                w = chat_once(tok.form)  # Kiwi's SW, else dropped (grammar/morphemes.txt `SW * -`; ㅇㅈ, ㄱㅊ have a word there)
            if w == "-" and tok.tag == "SW" and _said_jamo(tok.form):
                words.append((tok.form, tok.start))  # (lead30) "web 재시작 ㅊㅋ": a word of its own, never dropped
            elif w != "-" and (w in (no, go) or tag_asked or not _JAMO.fullmatch(w)):  # ㅋㅋ ㅎㅎ ㅠㅠ: chat noise
                words.append((w, tok.start))
        for w, at in words:
            emit(" ", at)
            emit(w, at)
        emit(" ", b)
        pos = b
    tail = text[pos:]
    if pos and korean[0] == (0, pos) and _LABEL_COLON.match(tail):
        emit(" ", pos)  # "재시작: web": the first word's colon, the same punctuation with nothing Korean after it
        emit(tail[1:], pos + 1, verbatim=True)
    else:
        emit(tail, pos, verbatim=True)
    return Reading("".join(out), tuple(origin), text)


@lru_cache(maxsize=1)
def _ascii_loans() -> tuple[dict[str, str], frozenset[str]]:
    """grammar/lexicon.txt `ascii_loan_ko` (ascii=HANGUL, `_` for a space) and `look_ko` (the lemmas of a verb
    of looking)."""
    pairs = (w.split("=", 1) for w in _lex("ascii_loan_ko"))
    return {a.replace("_", " "): h for a, h in pairs}, frozenset(_lex("look_ko"))


@lru_cache(maxsize=1)
def _ascii_loans_done() -> tuple[dict[str, str], frozenset[str]]:
    """grammar/lexicon.txt `ascii_loan_do` (ascii=HANGUL) and `do_ko` (the lemmas of the light verbs 하다, 시키다)."""
    pairs = (w.split("=", 1) for w in _lex("ascii_loan_do"))
    return {a.replace("_", " "): h for a, h in pairs}, frozenset(_lex("do_ko"))


def _ascii_loan(chunk: str, tokens: list[_Tok], ti: int, at: int) -> tuple[int, str] | None:
    """(where in the text, the Hangul loanword) of the ASCII word that ends `chunk` (the text right before the
    Hangul span at `at`) when it is one of grammar/lexicon.txt `ascii_loan_ko` and the span starts with a verb of
    looking (`look_ko`): "web top 봐줘" reads "web 탑 봐줘"; or one of `ascii_loan_do` and the span starts with a
    light verb (`do_ko`): "web up 해줘" reads "web 시작 해줘" (blind13). None otherwise."""
    return (_loan_before(chunk, tokens, ti, at, *_ascii_loans()) or _loan_before(
        chunk, tokens, ti, at, *_ascii_loans_done()) or _loan_before(chunk, tokens, ti, at, *_ascii_loans_kind()))


@lru_cache(maxsize=1)
def _ascii_loans_kind() -> tuple[dict[str, str], frozenset[str]]:
    """(ko33b) grammar/lexicon.txt `ascii_loan_kind` (ascii=HANGUL) and `ascii_loan_kind_of` (the kind words it is
    said before): "dangling 이미지만 보여줘" reads "댕글링 이미지만 보여줘" (it inspected an image named dangling)."""
    pairs = (w.split("=", 1) for w in _lex("ascii_loan_kind"))
    return {a.replace("_", " "): h for a, h in pairs}, frozenset(_lex("ascii_loan_kind_of"))


def _loan_before(chunk: str, tokens: list[_Tok], ti: int, at: int, loans: dict[str, str],
                 looks: frozenset[str]) -> tuple[int, str] | None:
    found = next((f for w in sorted(loans, key=len, reverse=True)
                  if (f := re.search(rf"(?:^|\s)({re.escape(w)})\s+$", chunk))), None)
    if found is None:
        return None
    first = next((t for t in tokens[ti:] if t.start >= at), None)
    if first is None or first.start != at or first.form not in looks:
        return None
    return at - len(chunk) + found.start(1), loans[found.group(1)]


# the colon right after the sentence's first word, when that word is Hangul ("팀장: web 지워", "긴급: web 재시작")
_LABEL_COLON = re.compile(r":(?=\s)")
# a name glued to a port number glued to the word for a port ("nginx8081포트로띄워줘"): split before the digits
_GLUED_CODE = re.compile(r"(?<![A-Za-z0-9_.\-/:@])([A-Za-z][A-Za-z\-]*[A-Za-z])([45]\d\d)$")
_GLUED_PORT = re.compile(r"(?<![A-Za-z0-9_.\-/:@])([A-Za-z][A-Za-z\-]*[A-Za-z])(\d{2,5})$")


@lru_cache(maxsize=1)
def _port_words() -> tuple[str, ...]:
    return _lex("glued_port")


# what may follow the last morpheme of a sentence: nothing, or punctuation (typed "?" is an entity, SL)
_CLOSING = re.compile(r"[?!.~…]+")
_ASKED = re.compile(r"[?!~…]*\?[?!~…]*")  # closing punctuation that asks (bot/language/normalize.py keeps its "?")


def _next_tag(tokens: list[_Tok], i: int) -> str:
    """The tag of tokens[i] (the morpheme after the one being read), "" at the end; a connective
    ending (EC) that closes the sentence ("껐나?", "재시작했었는데") is "EC$", which only a line of
    morphemes.txt naming EC$ after > matches; "$" before nothing but chat marks (a laugh, an emoji: "web 재시작했 ㅋㅋ"),
    which only a line naming $ after > matches, as it matches the end (brk24: the past typed without its ending)."""
    if i >= len(tokens):
        return ""
    if all(_chat_mark(t) for t in tokens[i:]):
        return "$"
    tag = tokens[i].tag
    if tag in ("SF", "SL") and _ASKED.fullmatch(tokens[i].form):
        return "SF?"  # a question mark typed right after it ("db 켜?"): the mood of the ending, grammar/morphemes.txt
    if (tag.startswith("JX") and i and tokens[i - 1].tag.startswith(("EF", "EC")) and i + 1 < len(tokens)
            and _ASKED.fullmatch(tokens[i + 1].form)):
        # "cache 꺼요?": a particle after a final ending is the polite 요 (no meaning) before its "?"; (lead24) so after
        # a connective that closes the sentence ("cache 끄라고요?": Kiwi's 라고 EC, then 요)
        return "SF?"
    if tag == "SL" and tokens[i].form in (",", "，"):
        return "SP"  # a comma typed is an entity to Kiwi, punctuation here ("잠깐, web 꺼줘")
    if tag == "SL" and _CLOSING.fullmatch(tokens[i].form) and all(
            _chat_mark(t) or _CLOSING.fullmatch(t.form) for t in tokens[i + 1:]):
        return "SF"  # (lead31) a "." or "!" typed that closes the sentence ("web 재시작하니."): its end, never a name
    if tag == "SL" and tokens[i].form == ":":
        return "SC"  # a colon typed after a word, Kiwi's separator: a speaker's label ("팀장: web 지워", morphemes.txt)
    if tag.split("-", 1)[0] in ("EC", "ETN") and all(
            t.tag in ("SF", "SE") or (t.tag == "SL" and _CLOSING.fullmatch(t.form)) or _chat_mark(t)
            for t in tokens[i + 1:]):
        # "web 정지했음?": -음 closing the sentence (ETN$), as -음 EF does; (brk17) a laugh, a sob or an emoji after
        # it closes nothing more ("web 지웠나 ㅋㅋ" removed web: the past was not at the end)
        return tag.split("-", 1)[0] + "$"
    return tag


def _asked_on_the_verb(tok: _Tok, next_tag: str, before: tuple[str, str]) -> bool:
    """(lead24) `tok` (`next_tag` after it) is the last ending of a sentence asked with a typed "?", right after a verb of
    its own (grammar/lexicon.txt `asked_closing_after`: 하다, 버리다 — never after 주다/드리다/보다, which ask it of
    gorae: "켜줘?" is a request, nor after the past, read as told): "web 지우고?" (Kiwi: 고 EF), "web 재시작해서?",
    "web 지워서요?", "web 지우면요?" each planned its write, the ending dropped or read as a step's link; an ending that
    asks it of the one spoken to (`asked_closing_of_you`: "web 재시작할래?", "누가 web 지울래?") is left as it is."""
    if tok.tag.split("-", 1)[0] not in ("EF", "EC") or next_tag != "SF?" or tok.form in _lex(
            "asked_closing_of_you"):
        return False
    tag = before[1].split("-", 1)[0]
    return tag in ("VV", "XSV", "XSA") or (tag == "VX" and before[0] in _lex("asked_closing_after"))


def _said_jamo(form: str) -> bool:
    """(lead30) Whether a word typed in bare jamo (Kiwi's SW) says something: an abbreviation of chat ("ㅊㅋ" congrats, "ㅅㄱ"
    good work, "ㄳ" thanks, "ㄱㄷ" wait, "ㄹㅇ?" really) — kept as a word the grammar does not read, never dropped ("web
    재시작 ㅊㅋ" planned the restart). Chat noise is dropped: laughter and sobs (grammar/lexicon.txt `laughter`, `sob`,
    over and over) and `chat_neutral_ko` (ㅈㅂ please, ㄹㅇ really before the request, ㅇㅇ yes, …)."""
    if not _JAMO.fullmatch(form):
        return False
    if re.fullmatch("[\u314f-\u3163]+", form):
        return False  # vowels alone: a slip of the keys ("보여ㅜㅓ" = 보여줘 typed with a key missed), as before
    return not _chat_noise().fullmatch(form)


@lru_cache(maxsize=1)
def _chat_noise() -> re.Pattern[str]:
    """(breaker30) A jamo word made of chat noise only: laughter and sobs' letters (grammar/lexicon.txt `laughter`, `sob`)
    and the abbreviations of `chat_neutral_ko`, run together ("ㅋㅋㄱㄱ", "ㅇㅋㅋ", "ㄹㅇㅋㅋ": it read a container `ㅋㅋㄱㄱ`)."""
    letters = [w for w in (*_lex("laughter"), *_lex("sob")) if len(w) == 1]
    units = sorted({*letters, *_lex("chat_neutral_ko")}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(u) for u in units) + ")+")


def chat_once(form: str) -> str:
    """(lead30) A chat abbreviation typed twice or more, said once ("ㄱㅊㄱㅊ?" = ㄱㅊ?: grammar/lexicon.txt `chat_jamo_ko`;
    it was chat noise and "web 꺼도 ㄱㅊㄱㅊ?" planned the stop); any other form as it is."""
    for word in _lex("chat_jamo_ko"):
        if len(form) > len(word) and len(word) > 1 and form == word * (len(form) // len(word)):
            return word
    return form


def _chat_mark(tok: _Tok) -> bool:
    """(brk17) A chat mark after the last morpheme: Kiwi's symbols and emoji (ㅋㅋ, ㅠㅠ, 😂), or a laugh typed in ASCII
    (grammar/lexicon.txt `laughter`: lol, lmao)."""
    if tok.tag in ("SW", "W_EMOJI"):
        return True
    return tok.tag == "SL" and bool(_laughs().fullmatch(tok.form.lower()))


@lru_cache(maxsize=1)
def _laughs() -> re.Pattern[str]:
    from bot.language.grammar import alternation

    return re.compile("(?:" + alternation("laughter") + "|" + alternation("sob") + ")+")


@lru_cache(maxsize=1)
def _noun_ha() -> re.Pattern[str]:
    """A word Kiwi takes whole for a noun though it is a noun + 하다 + ending ("시작해줘",
    "푸시해줘"): the syllables of 하다 are grammar/lexicon.txt `noun_ha`."""
    syllables = "".join(re.escape(c) for c in _lex("noun_ha"))
    return re.compile(r"([\uac00-\ud7a3]+?)([" + syllables + r"][\uac00-\ud7a3]*)")


_BRACKET_CHARS = "()[]{}"
_BRACKETS = str.maketrans(_BRACKET_CHARS, "." * len(_BRACKET_CHARS))


@dataclass(frozen=True)
class _Tok:
    form: str
    tag: str
    start: int


def _then_past_neutral(tokens: list[_Tok]) -> list[_Tok]:
    """(props14) -었다 closing a verb, then only words of chat that change nothing (grammar/lexicon.txt `neutral_ko`, an
    emoji, "!!"), then a verb: Kiwi reads 다 as a final ending there ("web 껐다 제발 켜줘", "cache 껐다 일단 켜", "web
    껐다 🙏 켜줘"), where with nothing between it reads the connective -었다(가) ("web 껐다 켜줘": then). A neutral word
    never changes its neighbours: that 다 is the connective (EC), as without it. Any other token list is returned as is."""
    out = list(tokens)
    neutral, past, da = set(_lex("neutral_ko")), set(_lex("past_ep_ko")), set(_lex("past_da_ko"))
    for i, t in enumerate(tokens):
        if t.tag != "EF" or t.form not in da or not i or tokens[i - 1].tag != "EP" or tokens[i - 1].form not in past:
            continue
        j = i + 1
        while j < len(tokens) and ((tokens[j].tag == "MAG" and tokens[j].form in neutral) or tokens[j].tag in (
                "W_EMOJI", "SW") or (tokens[j].tag in ("SF", "SL") and set(tokens[j].form) == {"!"})):
            j += 1
        if j > i + 1 and j < len(tokens) and tokens[j].tag.split("-", 1)[0] == "VV":
            out[i] = _Tok(t.form, "EC", t.start)
    return out


def _tokens(text: str, entities: list[tuple[int, int]]) -> list[_Tok]:
    """Kiwi's morphemes of `text`, the entities fixed as foreign words (SL) or numbers (SN)."""
    k = kiwi()
    # a bracket is punctuation to Kiwi: handed over as a foreign word (SL) it makes Kiwi read the verb
    # before it as an unknown proper noun ("web 지워 (농담)": 지워/NNP, while "web 지워" is 지우/VV). It
    # sees a full stop there instead (the same length: every offset holds), and the entities without it
    seen = text.translate(_BRACKETS)
    pre = []
    for a, b in entities:
        while a < b and text[a] in _BRACKET_CHARS:
            a += 1
        while b > a and text[b - 1] in _BRACKET_CHARS:
            b -= 1
        if a < b and not _ASKED.fullmatch(text[a:b]):  # a typed "?" is Kiwi's own SF: "web 지우니?" is -니 EF
            pre.append((a, b, "SN" if text[a:b].isdigit() else "SL"))
    loans = _net_loans()
    for mt in loans[1].finditer(text):  # "백엔드 네트워크": one word, never 백 + 엔드 (a network's name)
        pre.append((mt.start(), mt.end(), "NNP"))
    pre.sort()
    seen, pre, back = _chat_imperatives(seen, pre)
    out: list[_Tok] = []
    for t in k.tokenize(seen, pretokenized=pre):
        if back is not None:
            t = _Tok(t.form, t.tag, back[t.start])
        split = _noun_ha().fullmatch(t.form) if t.tag in ("NNP", "NNG") and len(t.form) > 2 else None
        if t.tag == "NNP" and not split and (t.form[:1] in _lex("noun_ha") or _verb_between_foreign(t, pre)):
            # "restart 해줘 web": 해줘 between two foreign words taken for a proper noun; alone it is 하다
            alone = k.tokenize(t.form)
            if alone and alone[0].tag.startswith("VV") and not any(x.tag == "NNP" for x in alone):
                out += [_Tok(x.form, x.tag, t.start + x.start) for x in alone]
                continue
        if (t.tag in ("NNP", "NNG") and len(t.form) > 2 and t.form[0] in _lex("intensifier_prefix_ko")
                and (plain := _intensified(t.form[1:])) is not None):
            # (lead31) chat's intensifier glued to a predicate Kiwi cannot read whole ("개급함", "개느림", "존맛"): the
            # predicate alone, the prefix (very) carrying nothing
            out += [_Tok(x.form, x.tag, t.start + 1 + x.start) for x in plain]
            continue
        if split:
            head = split.group(1)
            again = k.tokenize(head + " " + split.group(2))
            if not any(x.tag in ("NNP",) for x in again):
                for x in again:
                    at = x.start if x.start < len(head) else x.start - 1
                    out.append(_Tok(x.form, x.tag, t.start + at))
                continue
        out.append(_Tok(t.form, t.tag, t.start))
    return _numerals(_spaced_da(text, _glued_owner(text, out)))


def _intensified(rest: str) -> list[Morpheme] | None:
    """(lead31) Kiwi's morphemes of `rest`, a word after chat's intensifier prefix (grammar/lexicon.txt
    `intensifier_prefix_ko`), when they read as a predicate — an adjective or verb, or a noun with -하다 — and no proper
    noun: "급함" (급 + 하 + ㅁ), "느림" (느리 + ㅁ); None otherwise (the word is left as Kiwi read it)."""
    alone = kiwi().tokenize(rest)
    if not alone or any(x.tag == "NNP" for x in alone):
        return None
    tags = [x.tag.split("-", 1)[0] for x in alone]
    if tags[0] in ("VA", "VV") or (tags[0] == "NNG" and len(tags) > 1 and tags[1] in ("XSV", "XSA")):
        return list(alone)
    return None


_ENTITY_CHAR = re.compile(r"[A-Za-z0-9_./:@-]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{1,4}")


def _verb_between_foreign(t: Morpheme, pre: list[tuple[int, int, str]]) -> bool:
    """(k15ko) A short Hangul word Kiwi took for a proper noun right after a foreign word (an entity handed over as SL):
    "busybox image 지워 please", "web 지워 please" (지워/NNP, while "web 지워" is 지우/VV) — read alone, as 해줘 is
    between two foreign words (`_tokens`); a proper noun handed over (a network's loanword) stays one."""
    if not _HANGUL_WORD.fullmatch(t.form) or any(a == t.start for a, _, _ in pre):
        return False
    return any(b <= t.start and t.start - b <= 2 and tag == "SL" for _, b, tag in pre)


def _glued_owner(text: str, toks: list[_Tok]) -> list[_Tok]:
    """A bare 꺼 glued to an ASCII name ("fastcampus꺼", grammar/lexicon.txt `owner_glued`), Kiwi's verb 끄 + -어,
    in a sentence that holds another predicate ("hello-world image push 해줘 fastcampus꺼": fastcampus's — chat for
    the bound noun 것; "web 재시작해줘 cache꺼": maybe turn cache off): which one is meant cannot be told, so the
    morpheme becomes the word grammar/morphemes.txt gives the tag OWNER_GLUED, which the grammar never reads — the
    sentence is refused or proposed, never a stop planned on a guess. Alone ("cache꺼", "cache꺼 아니 web꺼") or
    after a clause ended with -고 ("web 재시작하고 cache꺼") it stays the verb 끄; a request noun before 하다 ("web꺼
    부탁해", `go_ahead`) is no other predicate."""
    glued, lemma = _lex("owner_glued")[0], _lex("owner_glued_verb")
    asking = set(_lex("go_ahead"))
    joined = set(_lex("sequence_ending"))
    for i, t in enumerate(toks):
        if not (t.tag.startswith("VV") and t.form in lemma and text.startswith(glued, t.start)
                and t.start and _ENTITY_CHAR.match(text[t.start - 1])
                and i + 1 < len(toks) and toks[i + 1].tag.startswith("EF") and toks[i + 1].start == t.start
                and (t.start + 1 == len(text) or not "\uac00" <= text[t.start + 1] <= "\ud7a3")):
            continue
        others = [u for j, u in enumerate(toks) if j not in (i, i + 1)
                  and u.tag.split("-", 1)[0] in ("VV", "XSV") and u.form not in lemma
                  and not (j and toks[j - 1].form in asking)]
        sequence = any(u.tag.startswith("EC") and u.form in joined for u in toks[:i])
        if others and not sequence:  # "web 재시작하고 cache꺼": a sequence said with -고, then a stop
            return toks[:i] + [_Tok(t.form, "OWNER_GLUED", t.start)] + toks[i + 2:]
    return toks


def korean_number(word: str) -> int | None:
    """The value of a Korean numeral written in Hangul (grammar/lexicon.txt `num_*`): native ("한" 1,
    "열다섯" 15, "스무" 20), Sino-Korean ("백" 100, "이백오십" 250, "삼십" 30); None if `word` is not one."""
    if not word:
        return None
    native = {w: i + 1 for i, w in enumerate(_lex("num_native"))}
    native |= {w: i + 1 for i, w in enumerate(_lex("num_native_det"))}
    tens = {w: 10 * (i + 1) for i, w in enumerate(_lex("num_tens"))} | {w: 20 for w in _lex("num_tens_det")}
    for ten, value in tens.items():  # native: tens then ones ("열다섯", "스물셋", "서른")
        if word.startswith(ten):
            rest = word[len(ten):]
            return value + native[rest] if rest in native else (value if not rest else None)
    if word in native:
        return native[word]
    sino = {w: i + 1 for i, w in enumerate(_lex("num_sino"))}
    zero = frozenset(_lex("num_zero"))
    if len(word) > 1 and any(ch in zero for ch in word) and all(ch in sino or ch in zero for ch in word):
        return int("".join("0" if ch in zero else str(sino[ch]) for ch in word))  # (f17ko) "팔공팔공": 8080
    powers = {w: 10 ** (i + 1) for i, w in enumerate(_lex("num_powers"))}
    total, digit = 0, None
    for ch in word:  # Sino-Korean: digit? power, from the highest ("이백오십" = 2*100 + 5*10)
        if ch in sino and digit is None:
            digit = sino[ch]
        elif ch in powers:
            total += (1 if digit is None else digit) * powers[ch]
            digit = None
        else:
            return None
    return total + (digit or 0) if (total or digit) else None


def _numerals(toks: list[_Tok]) -> list[_Tok]:
    """The numeral morphemes (NR, MM) right before a unit of grammar/lexicon.txt `num_units` ("백 줄",
    "두 시간", "열 다섯 줄") as one number (SN) in digits; any other numeral stays as Kiwi read it. (voice24) Also a
    noun Kiwi reads whose whole form is a numeral ("천 줄": 천 is also cloth) or a numeral glued to its unit ("백줄",
    "오십줄": one noun to Kiwi); never a lone Sino digit that is also a word (`num_word_too`: "web 이 줄 로그" = this
    line, Kiwi's determiner 이) — as a determiner, or glued ("이줄", "구분" = distinction)."""
    units = frozenset(_lex("num_units"))
    too = frozenset(_lex("num_word_too"))
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and (toks[j].tag.split("-", 1)[0] in ("NR", "MM")
                                 or (toks[j].tag.startswith("NN") and toks[j].form not in too
                                     and korean_number(toks[j].form) is not None)):
            j += 1
        if (i < j < len(toks) - 1 and toks[j].tag[:1] in ("J", "V") and len(toks[j].form) == 1
                and toks[j].start == toks[j - 1].start + len(toks[j - 1].form)
                and korean_number(toks[j].form) is not None and korean_number(toks[j - 1].form) in (10, 100, 1000)
                and toks[j + 1].form in units):
            j += 1  # (ko33a) "육천삼백구십이 포트로": the last digit glued after a power, Kiwi's particle 이 (6392)
        said = "".join(t.form for t in toks[i:j])
        lone_word = j == i + 1 and said in too and not toks[i].tag.startswith("NR")
        value = korean_number(said) if j > i and not lone_word else None
        if value is not None and j < len(toks) and toks[j].form in units:
            out.append(_Tok(str(value), "SN", toks[i].start))
            i = j
            continue
        glued = _numeral_glued(toks[i]) if j == i else None
        if glued is not None:
            out += glued
            i += 1
            continue
        out.append(toks[i])
        i += 1
    return out


def _numeral_glued(tok: _Tok) -> list[_Tok] | None:
    """A noun that is a numeral glued to a unit of `num_units` ("백줄" -> 100 줄), the numeral not a lone Sino digit
    that is also a word (`num_word_too`: "이줄", "구분"); None if it is not one."""
    if not tok.tag.startswith("NN"):
        return None
    for unit in _lex("num_units"):
        said = tok.form[:-len(unit)]
        if tok.form.endswith(unit) and said and said not in _lex("num_word_too"):
            value = korean_number(said)
            if value is not None:
                return [_Tok(str(value), "SN", tok.start), _Tok(unit, "NNB", tok.start + len(said))]
    return None


@lru_cache(maxsize=1)
def _imperative() -> tuple[re.Pattern[str], str]:
    """grammar/lexicon.txt `chat_imperative` (a Hangul word of at least two syllables ending in one) and
    `imperative_as`."""
    endings = "|".join(re.escape(w) for w in _lex("chat_imperative"))
    return re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]+)(" + endings + r")(?![\uac00-\ud7a3])"), _lex("imperative_as")[0]


@lru_cache(maxsize=256)
def _verb_with(word: str) -> bool:
    """Whether Kiwi reads `word` (a stem and the polite imperative) as a verb and its final ending."""
    toks = kiwi().tokenize(word)
    return (len(toks) >= 2 and toks[-1].tag == "EF" and toks[-2].tag.split("-", 1)[0] in ("VV", "VX")
            and toks[-1].start + len(toks[-1].form) == len(word))


def _chat_imperatives(seen: str, pre: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int, str]],
                                                                            list[int] | None]:
    """"web 끄셈", "db 켜 두삼": a chat imperative glued to a verb's stem (grammar/lexicon.txt `chat_imperative`),
    which Kiwi takes for a noun, handed to it as the polite imperative (`imperative_as`: 끄세요, 두세요) — when Kiwi
    reads that as a verb. Returns the text Kiwi reads, the entities moved with it, and the column as typed of
    each of its columns (None: nothing rewritten). Words of grammar/ko_words.txt (하셈, 주삼) are Kiwi's already."""
    pattern, polite = _imperative()
    if not pattern.search(seen):
        return seen, pre, None
    known = {line[0] for line in _data("ko_words.txt")}
    parts: list[str] = []
    back: list[int] = []
    pos = 0
    for mt in pattern.finditer(seen):
        if mt.group(0) in known or not _verb_with(mt.group(1) + polite):
            continue
        cut = mt.start(2)
        parts.append(seen[pos:cut] + polite)
        back += list(range(pos, cut)) + [cut] * len(polite)
        pos = mt.end()
    if not parts:
        return seen, pre, None
    parts.append(seen[pos:])
    back += list(range(pos, len(seen) + 1))  # and the end of the text
    ahead: dict[int, int] = {}
    for i, at in enumerate(back):
        ahead.setdefault(at, i)
    return "".join(parts), [(ahead[a], ahead[b], tag) for a, b, tag in pre], back


@lru_cache(maxsize=1)
def _net_loans() -> tuple[dict[str, str], re.Pattern[str]]:
    """grammar/lexicon.txt `net_loan_ko` (HANGUL=ascii) and the pattern of one of them as a whole word
    right before a word for a network (lexicon `net_word_ko`)."""
    table = dict(w.split("=", 1) for w in _lex("net_loan_ko"))
    network = _lex("net_word_ko")
    particle = "|".join(_lex("net_particle_ko"))  # (f12en) "web 백엔드에 커넥트": the place's particle glued
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return table, re.compile(rf"(?<![\uac00-\ud7a3])({words})(?=\s*(?:{'|'.join(network)})|(?:{particle})(?![\uac00-\ud7a3]))")


def _spaced_da(text: str, toks: list[_Tok]) -> list[_Tok]:
    """Two of Kiwi's readings that chat spacing contradicts: "실행 중인 거 다 재시작" — a 다 typed as
    its own word with more words after it is the adverb (all), not the copula's ending Kiwi joins to
    the noun before it (거+이+다); "재시작되게 띄워" — 되게 glued to a verbal noun is 되 + 게."""
    spaced_all = _spaced_all()
    glued = _glued_split()
    out: list[_Tok] = []
    for i, t in enumerate(toks):
        if (t.form in spaced_all and t.tag == "EF" and 0 < t.start and text[t.start - 1].isspace()
                and any(x.tag not in ("SF", "SE", "SL") for x in toks[i + 1:])):
            out.append(_Tok(t.form, "MAG", t.start))
        elif t.form in glued and t.tag == "MAG" and out and out[-1].tag == "NNG" and 0 < t.start \
                and not text[t.start - 1].isspace():
            # "재시작되게" glued to a verbal noun is 되 + 게 (so that it), not the adverb 되게 (very)
            at = t.start
            for form, tag in glued[t.form]:
                out.append(_Tok(form, tag, at))
                at += len(form)
        else:
            out.append(t)
    return out


@lru_cache(maxsize=1)
def _glued_split() -> dict[str, tuple[tuple[str, str], ...]]:
    """grammar/lexicon.txt `glued_split`: FORM=MORPHEME/TAG+MORPHEME/TAG -> FORM's morphemes."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for entry in _lex("glued_split"):
        form, parts = entry.split("=", 1)
        out[form] = tuple((p.rsplit("/", 1)[0], p.rsplit("/", 1)[1]) for p in parts.split("+"))
    return out


def _korean_spans(text: str, entities: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal stretches outside the entities that hold a non-ASCII character (Hangul, emoji)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    gaps = []
    for a, b in entities:
        if a > pos:
            gaps.append((pos, a))
        pos = b
    if pos < len(text):
        gaps.append((pos, len(text)))
    for a, b in gaps:
        chunk = text[a:b]
        if _KOREAN_SIDE.search(chunk):
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            spans.append((a + lead, a + trail))
    return spans


def words(text: str) -> str:
    """The stream as one line (for logs and `gorae explain`): `reading(text).text`, spaces squeezed."""
    return _SPACE.sub(" ", reading(text).text).strip()
