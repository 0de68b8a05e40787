"""(lead32) The order of steps as meant, and a need told after an order.

    after_said_last("restart web after restarting cache", …)  -> Sequence(restart cache, restart web)
    after_said_last("cache 꺼줘 web 재시작한 다음에", …)         -> Sequence(restart web, stop cache)
    need_told_after_ko("db 켜줘, etl 돌려야 함", …)              -> NotUnderstood(parse.partial, proposal=start db)

A step said last but meant first — after an order, "after X" in English (grammar/lexicon.txt `after_en`) or a Korean
-ㄴ 다음에 / 뒤에 / 후에 (`after_noun_ko`) closing the sentence — ran in the order said (the step meant second ran first,
or one command took both names in the wrong order). The sentence is read again with the after-clause said first, as
people also say it ("after restarting cache, restart web", "web 재시작한 다음에 cache 꺼줘"); when that reading is not
a command the sentence keeps its own reading (a time after which — "restart cache after lunch" — is refused there).

A need told after an order in Korean (-어야 하다 / 되다 as a statement: "db 켜줘, etl 돌려야 함") may be the order's
reason (the speaker has to run etl) or a second order: the steps after the order are not run; the order alone is
offered back (parse.partial, the need unread), as a bracketed aside is (bot/language/parse.py `_bracketed`).
(safe33ko) So is a purpose told beside an order ("web 꺼줘 data 지울 수 있도록", "data 지울 수 있도록 web 꺼줘": only the
stop is asked) and the speaker's plan told as a sentence before one ("data 지울 거야. web 꺼줘"): the order alone offered.
Korean steps whose clauses were merged are never run as read: a name said first as the topic before another name's step
("data는 web 끈 다음에 지워줘": each name at its step, asked back), two names each with a verb of its own read as one
command ("data 강제종료 web 정지"), an event after or before an order read as one more target ("cache 꺼줘 web 죽은
다음에"), "the rest" after a step ("web 재시작한 다음에 나머지 지워").
Pure functions; Kiwi only for a Korean text (context_clause.analysed_spans, kept by text).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.grammar import HANGUL
from bot.language.outside import _a_write_in  # (bench35) once, not in `_writes` (~10 calls a sentence)
from bot.model import Msg, NotUnderstood

_Read = Callable[[str], "m.Command | NotUnderstood"]
_Tok = tuple[str, str, int, int]
_TAIL = ("SF", "SW", "SE", "SO", "SP")


def _writes(res: m.Command | NotUnderstood) -> tuple[m.Command, ...]:
    """The write steps `res` reads (none for a refusal or a read)."""
    if isinstance(res, NotUnderstood):
        return ()
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    return tuple(s for s in steps if _a_write_in(s, res.lang))


def _boundary(toks: tuple[_Tok, ...], before: int) -> int | None:
    """The index of the first morpheme of the clause ending at `before`: after the last end of an order before it — a
    sentence's ending (EF), a mark (a comma, a full stop), or -어 after an auxiliary (꺼줘: Kiwi tags that 어 EC) — or
    else at its last ASCII name after a Hangul word ("cache 중지 web 재시작 다음에", "data 멈춰줘 my-nginx 재시작해야 됨":
    Kiwi reads 멈춰줘 a noun); None when there is none."""
    for i in range(before - 1, 0, -1):
        f, t = toks[i][0], toks[i][1]
        if t in ("EF", "SF", "SP") or (t == "EC" and toks[i - 1][1] == "VX"
                                                 and f in grammar.words("order_end_after_aux_ko")):
            return i + 1 if i + 1 < before else None
    for i in range(before - 1, 0, -1):
        if toks[i][1] != "SL":
            continue
        while i > 0 and toks[i - 1][1] in ("SL", "SO", "SN") and toks[i - 1][3] == toks[i][2]:
            i -= 1  # a name Kiwi split ("my-nginx": SL SO SL)
        return i if i > 0 and toks[i - 1][1][0] in "NVX" else None
    return None


def _after_ko(text: str) -> tuple[str, str] | None:
    """(order, after-clause) of a Korean text closing with -ㄴ 다음에 / 뒤에 / 후에 after an order, or None."""
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    words = list(toks)
    while words and (words[-1][1] in _TAIL or words[-1][1] == "JX"):
        words.pop()
    if words and words[-1][1] == "JKB" and words[-1][0] in grammar.words("after_particle_ko"):
        words.pop()
    if len(words) < 4 or words[-1][1] not in ("NNG", "NNB") or words[-1][0] not in grammar.words("after_noun_ko"):
        return None
    k = _boundary(toks, len(words) - 1)
    if k is None:
        return None
    order, after = text[:toks[k][2]].strip(" ,."), text[toks[k][2]:].strip()
    if not order or not HANGUL.search(order):
        return None
    return order, after


@lru_cache(maxsize=1)
def _after_en() -> re.Pattern[str]:
    return re.compile(rf"(?is)^(?P<order>\S.*?)\s*,?\s+(?:{grammar.alternation('after_en')})\s+(?P<after>\S.*?)[\s.!]*$")


def _after_first_ko(text: str) -> tuple[str, str] | None:
    """(order, after-clause) of a Korean text "X 한 다음에 / 뒤에 / 후에 ORDER" (the after-clause said first), or None."""
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    nouns, particles = grammar.words("after_noun_ko"), grammar.words("after_particle_ko")
    at = [i for i, t in enumerate(toks[1:-2], 1) if t[1] in ("NNG", "NNB") and t[0] in nouns
          and toks[i - 1][1] in ("ETM", "NNG") and toks[i + 1][1] == "JKB" and toks[i + 1][0] in particles]
    if len(at) != 1:
        return None
    i = at[0]
    return text[toks[i + 1][3]:].strip(" ,"), text[:toks[i + 1][3]].strip()


def _after_split(text: str) -> tuple[str, str, bool] | None:
    """(order, after-clause, said last) of `text`: the after-clause said last (English "… after X", Korean "… X 한
    다음에") or said first ("after X, …", "X 한 다음에 …"); None when there is none or "after" is said more than once."""
    if HANGUL.search(text):
        split = _after_ko(text)
        if split is None:
            first = _after_first_ko(text)
            return None if first is None else (first[0], first[1], False)
        return split[0], split[1], True
    if len(_after_word_en().findall(text)) != 1:
        return None
    if (mt := _after_first_en().match(text)) is not None:
        return mt["order"], mt["after"], False
    if (mt := _after_en().match(text)) is not None:
        return mt["order"], mt["after"], True
    return None


@lru_cache(maxsize=1)
def _after_word_en() -> re.Pattern[str]:
    """grammar/lexicon.txt `after_en` as a whole word (perf33: compiled once, not looked up on every English text)."""
    return re.compile(rf"(?i)\b(?:{grammar.alternation('after_en')})\b")


@lru_cache(maxsize=1)
def _after_first_en() -> re.Pattern[str]:
    return re.compile(rf"(?is)^\W*(?:{grammar.alternation('after_en')})\s+(?P<after>[^,]+?)\s*,\s*(?P<order>\S.*)$")


def after_said_last(text: str, res: m.Command | NotUnderstood, read: _Read) -> m.Command | NotUnderstood:
    """`res`, or the reading of `text` with its trailing after-clause said first (see the module) when that reading is
    a command of two write steps or more and `res` read a write or was refused; parse.step_order when a write of `res`
    acts on a thing the after-clause's step names and the clause cannot be said first ("restart web after restarting
    cache and then stop data": web restarted first); parse.asked when the after-clause says no verb but names a thing
    the write acts on ("remove web after cache", "after the demo, remove data": the demo was a target) — the same write
    done to it, or a time taken for a name, is a guess."""
    if (split := _after_split(text)) is None:
        return res
    order, after, last = split
    if _taken_back(text):
        # "restart web, not after restarting cache", "web 재시작해줘 cache 지우기 전에 말고 다음에": which step first?
        return NotUnderstood(text, res.lang, Msg.of("parse.step_order", after=after)) if _writes(res) else res
    if after.split()[0].strip(".,;:!").lower() in grammar.words("after_then_en"):
        return res  # "first stop web, after that remove web": the step before
    if isinstance(res, m.Command) and _pronoun_in(order) and _writes(res):
        said_after = set(_ASCII_NAME.findall(after))
        if len({n for n in m.names_of(res, images=True) if n in said_after}) > 1:
            # (safe34en) "after restarting web and cache, remove it" (it removed cache): which one is it? never guessed
            pronoun = next(w for w in re.findall(r"[a-z]+", order.lower()) if w in grammar.words("step_pronoun_en"))
            return NotUnderstood(text, res.lang, Msg.of("parse.which_it", said=after, pronoun=pronoun))
    if not _writes(res) and not isinstance(res, NotUnderstood):
        return res
    moved = False
    if not HANGUL.search(text):
        # (safe33en) a courtesy said last in the after-clause is the whole order's, never the clause's ("kill data after
        # stopping web please", "after stopping web please, kill data": the kill took web too)
        words, kept, tail = after.split(), grammar.words("after_courtesy_en"), list[str]()
        while len(words) > 1 and words[-1].strip(".,!").lower() in kept:
            tail.insert(0, words.pop())
        if tail:
            order, after, moved = f"{order} {' '.join(tail)}", " ".join(words).rstrip(" ,"), True
    said = set(re.findall(r"[\w.\-]+", after))
    named = any(n in said for s in _writes(res) for n in m.names_of(s, images=True))
    again = f"{after} {order}" if HANGUL.search(text) else f"after {after}, {order}"
    reread = read(again) if last or moved else res
    steps = _writes(reread)
    if not _verb_in(after):
        if named and not isinstance(res, NotUnderstood):
            if isinstance(reread, NotUnderstood) and reread.proposal is not None:
                reread = reread.proposal  # "stop web after cache": said first, it is asked back as well
            offered = reread if not isinstance(reread, NotUnderstood) and _writes(reread) else res
            said_as = after if HANGUL.search(text) else f"after {after}"
            return NotUnderstood(text, res.lang, Msg.of("parse.after_what", said=said_as), proposal=offered,
                                 unread=(said_as,))
        return res
    if _done_by_other(after):
        # "web 재시작해줘 제가 cache 지운 다음에", "db 켜줘 cache가 꺼진 다음에", "after I remove cache, restart web": the
        # step is not gorae's — it ran too
        return NotUnderstood(text, res.lang, Msg.of("parse.step_of_other", said=after))
    if not last and not moved and not _split_as_said(res, after, order):
        return NotUnderstood(text, res.lang, Msg.of("parse.step_order", after=after))
    if _merged(reread, after, order):  # said last: the steps read in the order meant (res when said first)
        # (safe33ko) "cache 꺼줘 web 죽은 다음에", "web 죽은 다음에 cache 꺼줘": web's dying (an event, no subject
        # particle) read as one more target of the stop — one write of names said in both clauses
        return NotUnderstood(text, res.lang, Msg.of("parse.step_of_other", said=after))
    if isinstance(res, NotUnderstood) and (isinstance(reread, NotUnderstood) or len(steps) < 2 or not (last or moved)) and (
            both := _steps_read(after, order, read)) is not None:
        # (ko33a) "after restarting cache, show me its last 30 lines", "restart cache after you pull the last 50 lines
        # of its logs": refused whole (two verbs) and said again in order too, each step read alone — the step after
        # "after" first
        if "?" in text and not isinstance(both, NotUnderstood):
            return NotUnderstood(text, res.lang, Msg.of("parse.asked"), proposal=both)
        return both
    if not last and not moved:
        return res
    if isinstance(reread, NotUnderstood) or not steps:
        return NotUnderstood(text, res.lang, Msg.of("parse.step_order", after=after)) if named else res
    if len(steps) < 2:
        # (safe33en) the after-clause's step names a thing a write acts on, yet said first the two steps are not two
        # ("remove cache after you exec ls in it" ran `docker exec cache remove`): which step, in what order, is asked
        return NotUnderstood(text, res.lang, Msg.of("parse.step_order", after=after)) if named or _pronoun_in(
            after) and _writes(res) else res
    if not _split_as_said(reread, after, order):
        return NotUnderstood(text, res.lang, Msg.of("parse.step_order", after=after))
    if "?" in text:  # "cache 꺼줘 web 재시작한 다음에?": asked — the steps in the order meant, asked back
        return NotUnderstood(text, res.lang, Msg.of("parse.asked"), proposal=reread)
    return reread


def _merged(res: m.Command | NotUnderstood, after: str, order: str) -> bool:
    """(safe33ko) Whether one write step of `res` acts on a name said only in the after-clause `after` and on one said
    only in `order` (the two clauses' steps read as one: "web 죽은 다음에 cache 꺼줘" -> docker stop web cache)."""
    in_after = set(_ASCII_NAME.findall(after))
    in_order = set(_ASCII_NAME.findall(order))
    for step in _writes(res):
        names = _acted_on(step)
        if names & (in_after - in_order) and names & (in_order - in_after):
            return True
    return False


_ASCII_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")


def _acted_on(step: m.Command) -> set[str]:
    """The things `step` acts on, alike: its targets (containers, or images, volumes, networks removed), never the
    network it joins a container to nor a new name ("web을 backend에 연결", "web을 my-web으로 이름 바꿔")."""
    n = m.named(step)
    out = {*n.targets, *n.names, *(x for x in (n.target, n.container) if x)}
    if isinstance(step, m.RemoveImage):
        out |= set(step.images)
    return out


def _name_at(toks: tuple[_Tok, ...], i: int) -> int:
    """The index after the name that begins at `i` (Kiwi splits "my-nginx": SL SO SL, "db2": SL SN)."""
    j = i + 1
    while j < len(toks) and toks[j][1] in ("SL", "SO", "SN") and toks[j][2] == toks[j - 1][3]:
        j += 1
    return j


def _is_verb(tok: _Tok) -> bool:
    from bot.language.context_clause import gorae_verbs

    return tok[1].startswith("VV") or (tok[1] in ("NNG", "XR") and tok[0] in gorae_verbs())


def topic_apart_ko(text: str, res: m.Command | NotUnderstood, read: _Read) -> m.Command | NotUnderstood:
    """`res`, or parse.topic_apart when a Korean name said first as the topic or the object (은/는/도, 을/를, or with 좀:
    grammar/lexicon.txt `topic_mark_ko`) is followed right away by another name and its own step, the last verb naming
    nothing: "data는 web 끈 다음에 지워줘", "data 좀 web 끄고 지워줘" — meant: stop web, then remove data; read as both
    verbs on both names (docker stop data web, docker rm data web). The steps with each name where it was meant ("web 끈
    다음에 data 지워줘") are offered back when they read so — never run on the guess (safe33ko)."""
    if isinstance(res, NotUnderstood) or res.lang != "ko" or not _writes(res):
        return res
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    firsts = [i for i, t in enumerate(toks) if t[1] == "SL"]
    if not firsts:
        return res
    a0 = firsts[0]
    a1 = _name_at(toks, a0)
    j = a1
    kinds = grammar.words("docker_tool_kind_ko")
    if j < len(toks) and toks[j][1] == "NNG" and toks[j][0] in kinds:
        j += 1  # "data 컨테이너는 …"
    marked = False
    while j < len(toks) and ((toks[j][1] in ("JX", "JKO", "MAG") and toks[j][0] in grammar.words("topic_mark_ko"))
                             or toks[j][1] == "SP"):
        marked = marked or toks[j][1] != "SP"
        j += 1
    if not marked or j >= len(toks) or toks[j][1] != "SL":
        return res
    b0, b1 = j, _name_at(toks, j)
    verbs = [i for i in range(b1, len(toks)) if _is_verb(toks[i])]
    if len(verbs) < 2 or any(toks[i][1] == "SL" for i in range(verbs[0], len(toks))):
        return res
    if not all((t[1] == "NNG" and t[0] in kinds) or t[1] in ("JKO", "MAG") for t in toks[b1:verbs[0]]):
        # the second name's own step follows it, perhaps after its kind, its object particle or an adverb ("web 컨테이너
        # 끈", "web을 먼저 끈"); never "web도 cache도 재시작", "cache를 backend에 연결" (no step of its own)
        return res
    name_a = text[toks[a0][2]:toks[a1 - 1][3]]
    name_b = text[toks[b0][2]:toks[b1 - 1][3]]
    if name_a == name_b or not any({name_a, name_b} <= _acted_on(s) for s in _writes(res)):
        return res
    last = toks[verbs[-1]][2]
    moved = f"{text[toks[b0][2]:last].rstrip()} {name_a} {text[last:]}"
    offered = read(moved)
    said = text[toks[a0][2]:toks[b1 - 1][3]]
    msg = Msg.of("parse.topic_apart", name=name_a, other=name_b, said=said)
    if (isinstance(offered, NotUnderstood) or len(_writes(offered)) < 2
            or any({name_a, name_b} <= _acted_on(s) for s in _writes(offered))):
        return NotUnderstood(text, "ko", msg)
    return NotUnderstood(text, "ko", msg, proposal=offered)


def steps_merged_ko(text: str, res: m.Command | NotUnderstood, read: _Read) -> m.Command | NotUnderstood:
    """`res`, or parse.two_verbs when one Korean write of two names or more was read from a sentence that says each name
    with a verb of its own and those read alone are not the same command: "data 강제종료 web 정지" (kill data, stop web)
    ran one `docker kill data web`, the stop folded into the kill (safe33ko). The same verb said twice ("web 재시작 cache
    재시작") is one command of both."""
    if isinstance(res, NotUnderstood) or isinstance(res, m.Sequence) or not _writes(res):
        return res
    if len(m.names_of(res, images=True)) < 2:
        return res
    if res.lang == "en":
        return _steps_merged_en(text, res, read)
    if res.lang != "ko":
        return res
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    starts: list[int] = []
    verb_seen, i = False, 0
    while i < len(toks):
        if toks[i][1] == "SL":
            if not starts or verb_seen:
                starts.append(toks[i][2])
            verb_seen = False
            i = _name_at(toks, i)
            continue
        verb_seen = verb_seen or _is_verb(toks[i])
        i += 1
    if len(starts) < 2:
        return res
    parts = [text[a:b].strip(" ,") for a, b in zip(starts, [*starts[1:], len(text)])]
    parts[0] = text[:starts[1]].strip(" ,")
    kinds: set[type] = set()
    for part in parts:
        alone = read(part)
        if isinstance(alone, NotUnderstood) or isinstance(alone, (m.Sequence, m.Prohibition, m.Help)):
            return res  # "data 강제종료 web도": a part with no verb of its own
        kinds.add(type(alone))
    if kinds == {type(res)}:
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.two_verbs", verbs=", ".join(f"`{p}`" for p in parts)))


def _steps_merged_en(text: str, res: m.Command, read: _Read) -> m.Command | NotUnderstood:
    """`steps_merged_ko`'s English: two verbs of gorae's (grammar/lexicon.txt `aside_verb_en`), no link between the steps
    ("kill data stop web", "data kill web stop" ran one `docker kill data web`) — the sentence cut in two where both
    halves read as one command each, of two kinds: parse.two_verbs."""
    words = text.split()
    verbs = grammar.words("aside_verb_en")
    if len(words) > 8 or sum(w.strip(",.!").lower() in verbs for w in words) < 2:
        return res
    for k in range(1, len(words)):
        first, then = read(" ".join(words[:k])), read(" ".join(words[k:]))
        if any(isinstance(x, NotUnderstood) or isinstance(x, (m.Sequence, m.Prohibition, m.Help)) or not _writes(x)
               for x in (first, then)):
            continue
        if type(first) is not type(then):
            return NotUnderstood(text, "en", Msg.of("parse.two_verbs", verbs=f"`{' '.join(words[:k])}`, "
                                                                         f"`{' '.join(words[k:])}`"))
    return res


def rest_carried_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.unused when a Korean write is read from a sentence that says "the rest" (grammar/lexicon.txt
    `rest_word`) with nothing left out or kept (no exclusion, no word of `rest_kept`): "web 재시작한 다음에 나머지 지워"
    ran `docker rm web` (the name of the step before carried to the rest) — the rest of what? never every other container
    silently, never the named one (safe33ko; parse_natural.py `_rest_beside_a_name` refuses the -고 form)."""
    if isinstance(res, NotUnderstood) or res.lang != "ko" or not _writes(res):
        return res
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    rest = [t[0] for t in toks if t[0] in grammar.words("rest_word")]
    if not rest or not grammar.words("rest_kept").isdisjoint(t[0] for t in toks):
        return res
    if any(isinstance(s, m.ContainerAction) and s.exclude for s in _writes(res)):
        return res  # "web 빼고 나머지 재시작": all but web
    return NotUnderstood(text, "ko", Msg.of("parse.unused", words=f"`{rest[0]}`"))


def _split_as_said(cmd: m.Command | NotUnderstood, after: str, order: str) -> bool:
    """(safe33en) Whether the write steps of `cmd` keep the names of the after-clause and of the order apart, the
    after-clause's first: "kill data after stopping web and cache" read `docker stop web`, `docker kill cache data`
    (the list's last name went to the kill). True when either says no name of them."""
    steps = _writes(cmd)
    if len(steps) < 2:
        return True

    def said(clause: str) -> set[str]:
        words = {w.lower() for w in re.findall(r"[\w.\-:/]+", clause)}
        return {n for s in steps for n in m.names_of(s, images=True) if n.lower() in words}

    first, then = said(after), said(order)
    if not first or not then or first & then:
        return True
    seen_then = False
    for s in steps:
        names = set(m.names_of(s, images=True))
        if names & first and (names & then or seen_then):
            return False
        seen_then = seen_then or bool(names & then)
    return True


@lru_cache(maxsize=1)
def _time_said_last_en() -> re.Pattern[str]:
    return re.compile(rf"(?is)^(?P<order>\S.*?)\s*,?\s+(?P<prep>{grammar.alternation('time_preposition_en')})\s+"
                      r"(?P<time>[^,]+?)[\s.!]*$")


def time_taken_for_a_name_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.after_what offering it back when an English write closes with a time's preposition (grammar/
    lexicon.txt `time_preposition_en`) and words with no verb, one of them taken for a name the write acts on: "stop
    cache during lunch", "restart cache by noon", "restart web around midnight" planned the write on `lunch`, `noon`,
    `midnight` too (the preposition dropped: a container so named was a wrong write)."""
    if "?" in text or HANGUL.search(text) or isinstance(res, NotUnderstood) or not _writes(res):
        return res
    mt = _time_said_last_en().match(text)
    if mt is None or _verb_in(mt["time"]) or mt["time"].split()[0].lower() in grammar.words("after_then_en"):
        return res
    said = set(re.findall(r"[\w.\-]+", mt["time"]))
    if not any(n in said for s in _writes(res) for n in m.names_of(s, images=True)):
        return res
    said_as = f"{mt['prep']} {mt['time']}"
    return NotUnderstood(text, res.lang, Msg.of("parse.after_what", said=said_as), proposal=res, unread=(said_as,))


def _done_by_other(clause: str) -> bool:
    """Whether the step of `clause` is someone else's, the speaker's, or a thing that happens (grammar/lexicon.txt
    `step_doer_en`): Korean, a subject particle in it ("제가 cache 지운", "cache가 꺼진"); English, a first word that is
    not its verb, the verb's -ing or "you" ("I remove data", "cache restarts")."""
    if HANGUL.search(clause):
        from bot.language.context_clause import analysed_spans

        return any(t == "JKS" for _, t, _, _ in analysed_spans(clause))
    first = (re.findall(r"[a-z']+", clause.lower()) or [""])[0]
    return first not in grammar.words("aside_verb_en") | grammar.words("step_doer_en")


def _taken_back(text: str) -> bool:
    """A word of grammar/lexicon.txt `step_taken_back` said ("cache 지우기 전에 말고 다음에", "not before")."""
    return not grammar.words("step_taken_back").isdisjoint(re.findall(r"[\w']+", text.lower()))


def _verb_in(clause: str) -> bool:
    """Whether `clause` says a verb (English: grammar/lexicon.txt `aside_verb_en`; Korean: a verb of gorae's or its noun,
    or any verb)."""
    from bot.language import context_clause

    if HANGUL.search(clause):
        from bot.language.context_clause import analysed_spans

        verbs = context_clause.gorae_verbs()
        return any(f in verbs or t.startswith("VV") for f, t, _, _ in analysed_spans(clause))
    return not grammar.words("aside_verb_en").isdisjoint(re.findall(r"[a-z]+", clause.lower()))


def need_told_after_ko(text: str, res: m.Command | NotUnderstood, read: _Read) -> m.Command | NotUnderstood:
    """`res`, or parse.partial offering the order said first when a Korean sequence of writes closes with a need told
    (-어야 하다 / 되다 as a statement, grammar/lexicon.txt `need_link_ko`, `need_aux_ko`) after an order (see the
    module): "db 켜줘, etl 돌려야 함" ran `docker run -d etl` after the start. (safe33ko) So does a purpose (`purpose_end_ko`)
    closing the sentence after an order, or said first right before the order's name."""
    if "?" in text or not HANGUL.search(text) or not isinstance(res, m.Sequence) or len(_writes(res)) < 2:
        return res
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    if (first := _purpose_said_first(text, toks, read)) is not None:
        return first
    words = list(toks)
    while words and (words[-1][1] in _TAIL or (len(words) > 1 and words[-1][0] in grammar.words("purpose_tail_ko"))):
        words.pop()
    if len(words) >= 4 and ((words[-1][1] == "EC" and words[-1][0] in grammar.words("purpose_end_ko"))
                            or (words[-1][1] == "EF" and words[-1][0] in grammar.words("purpose_end_ef_ko"))):
        # (safe33ko) a purpose told after an order ("web 꺼줘 data 지울 수 있도록", "web 꺼줘 data 지우려고")
        k = _boundary(toks, len(words) - 1)
    else:
        if len(words) < 5 or words[-1][1] != "EF" or words[-1][0] in grammar.words("aside_asked_end_ko"):
            return res
        link, aux = words[-3], words[-2]
        if not (link[1] == "EC" and link[0] in grammar.words("need_link_ko") and aux[1] in ("VV", "VX")
                and aux[0] in grammar.words("need_aux_ko")):
            return res
        k = _boundary(toks, len(words) - 3)
    if k is None:
        return res
    order, need = text[:toks[k][2]].strip(" ,."), text[toks[k][2]:].strip()
    alone = read(order)
    if (isinstance(alone, NotUnderstood) or isinstance(alone, (m.Sequence, m.Prohibition, m.Help))
            or not _writes(alone)):
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.partial", words=f"`{need}`"), proposal=alone, unread=(need,))


def _plan_said_before_ko(text: str, res: m.Command | NotUnderstood,
                         read: _Read | None) -> m.Command | NotUnderstood | None:
    """(safe33ko) parse.partial offering the order said after the speaker's plan told as a sentence of its own — -ㄹ
    거 + 이다 closing it with a statement's ending (grammar/lexicon.txt `own_plan_said_ko`), then an order: "data 지울
    거야. web 꺼줘", "data 지울 거예요 web 꺼주세요" ran the removal, the plan; None when there is no such plan."""
    from bot.language.context_clause import analysed_spans

    if isinstance(res, NotUnderstood) or len(_writes(res)) < 2:
        return None
    toks = analysed_spans(text)
    for i in range(1, len(toks) - 4):
        etm, noun, cop, end = toks[i:i + 4]
        if not (etm[1] == "ETM" and noun[1] == "NNB" and noun[0] in grammar.words("own_plan_noun_ko")
                and cop[1] == "VCP" and end[1] in ("EF", "EC") and end[0] in grammar.words("own_plan_said_ko")
                and toks[i - 1][1] in ("VV", "XSV", "VX")):
            continue
        rest = text[end[3]:].strip(" ,.!~")
        if "?" in text[end[3]:end[3] + 2] or not re.search(r"[A-Za-z0-9]", rest):
            return None  # "data 지울 거야? web 꺼줘": asked (the ~물음 reading's); nothing named after it
        plan = text[:end[3]].strip()
        alone = read(rest) if read is not None else None
        if (alone is None or isinstance(alone, NotUnderstood) or isinstance(alone, (m.Sequence, m.Prohibition, m.Help))
                or not _writes(alone)):
            return NotUnderstood(text, "ko", Msg.of("parse.partial", words=f"`{plan}`"))
        return NotUnderstood(text, "ko", Msg.of("parse.partial", words=f"`{plan}`"), proposal=alone, unread=(plan,))
    return None


def _purpose_said_first(text: str, toks: tuple[_Tok, ...], read: _Read) -> NotUnderstood | None:
    """(safe33ko) parse.partial offering the order alone when a purpose (grammar/lexicon.txt `purpose_end_ko`) closes a
    clause of a verb right before the order's name ("data 지울 수 있도록 web 꺼줘", "data 지울 수 있게 web 꺼줘"): the
    removal is the aim, never asked for; None when there is none."""
    for i in range(2, len(toks) - 1):
        if not (toks[i][1] == "EC" and toks[i][0] in grammar.words("purpose_end_ko") and toks[i + 1][1] == "SL"):
            continue
        if not any(_is_verb(t) for t in toks[:i]) or any(t[1] in ("EF", "SF") for t in toks[:i]):
            return None
        aim, order = text[:toks[i][3]].strip(), text[toks[i + 1][2]:].strip()
        alone = read(order)
        if (isinstance(alone, NotUnderstood) or isinstance(alone, (m.Sequence, m.Prohibition, m.Help))
                or not _writes(alone)):
            return NotUnderstood(text, "ko", Msg.of("parse.partial", words=f"`{aim}`"))
        return NotUnderstood(text, "ko", Msg.of("parse.partial", words=f"`{aim}`"), proposal=alone, unread=(aim,))
    return None


def own_plan_told_ko(text: str, res: m.Command | NotUnderstood,
                     read: _Read | None = None) -> m.Command | NotUnderstood:
    """`res`, or parse.asked offering it back when a Korean write was read from the speaker's own plan told as a reason
    with nothing after it — the future's -ㄹ 거 + 이다 then -거든 / -라서 (grammar/lexicon.txt `own_plan_noun_ko`,
    `own_plan_end_ko`) closing the sentence: "cache 지울 거거든", "web 재시작할 거라서요" ran the write."""
    if isinstance(res, NotUnderstood) or not HANGUL.search(text) or not _writes(res):
        return res
    if (before := _plan_said_before_ko(text, res, read)) is not None:
        return before
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    words = [t for t in toks if t[1] not in _TAIL]
    while words and words[-1][1] == "JX":
        words.pop()
    if len(words) < 4 or isinstance(res, m.Sequence):
        return res
    etm, noun, cop, end = words[-4:]
    if not (etm[1] == "ETM" and noun[1] == "NNB" and noun[0] in grammar.words("own_plan_noun_ko") and cop[1] == "VCP"
            and end[1] in ("EF", "EC") and end[0] in grammar.words("own_plan_end_ko")):
        return res  # (perf33) looked at before the clause's boundary, which is sought only for a plan told
    if _boundary(toks, toks.index(words[-4])) is not None:
        return res  # an order said before it: the plan is its reason ("my-nginx 지워줘 이제 안 쓸 거거든")
    return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=res)


@lru_cache(maxsize=1)
def _before_en() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = grammar.alternation("before_en")
    return (re.compile(rf"(?is)^\W*(?:{before})\s+(?P<step>[^,]+?)\s*,\s*(?P<order>\S.*?)[\s.!]*$"),
            re.compile(rf"(?is)^(?P<order>\S.*?)\s*,?\s+(?:{before})\s+(?P<step>\S.*?)[\s.!]*$"))


def _before_ko(text: str) -> tuple[str, str] | None:
    """(order, step) of a Korean text "STEP(-기) 전에 ORDER", or None."""
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    at = [i for i, t in enumerate(toks[1:-1], 1) if t[1] == "NNG" and t[0] in grammar.words("before_noun_ko")
          and toks[i + 1][1] == "JKB" and toks[i + 1][0] in grammar.words("after_particle_ko")
          and (toks[i - 1][1] in ("ETN", "NNG"))]
    if len(at) != 1:
        return None
    i = at[0]
    step, order = text[:toks[i][2]].strip(), text[toks[i + 1][3]:].strip(" ,")
    return (order, step) if step and order else None


def _before_that_en(order: str, step: str) -> tuple[str, str] | None:
    """(ko33a) (the order said first, the step said after "before that") of an English "ORDER, but before that STEP"
    (grammar/lexicon.txt `before_that_link_en`, `after_then_en`), or None."""
    words = step.split(None, 1)
    if HANGUL.search(order) or len(words) < 2 or words[0].strip(",").lower() not in grammar.words("after_then_en"):
        return None
    link = grammar.alternation("before_that_link_en")
    said = re.sub(rf"(?i)[\s,;.]+(?:{link})?\s*$", "", order)
    return (said, words[1].lstrip(", ")) if said and said != order or order.rstrip().endswith((",", ";", ".")) else None


def _pronoun_named_en(clause: str, name: str) -> str:
    """(ko33a) `clause` with its pronoun of a thing (grammar/lexicon.txt `step_pronoun_en`: it, its) said as `name`."""
    def named(mt: re.Match[str]) -> str:
        return f"{name}'s" if mt[0].lower().endswith("s") else name

    return re.sub(rf"(?i)\b(?:{grammar.alternation('step_pronoun_en')})\b", named, clause)


def _steps_read(step: str, order: str, read: _Read) -> m.Command | NotUnderstood | None:
    """(ko33a) `step` then `order`, each read alone as one command (the one name said carried to the clause that names
    none; a leading "you" of the step dropped): a Sequence when one of them writes — asked back when a write throws a
    thing away or runs a new container; None when either does not read as one command."""
    words = step.split(None, 1)
    if len(words) == 2 and words[0].lower() in grammar.words("step_doer_en") and not HANGUL.search(step):
        step = words[1]
    if HANGUL.search(step):
        from bot.language import context_clause
        from bot.language.context_clause import analysed_spans

        verbs = context_clause.gorae_verbs()
        if not any(f in verbs for f, _, _, _ in analysed_spans(step)):
            return None  # "web 꺼진 다음에 지워": it went off — an event, no step of gorae's
    first, then = read(step), read(order)
    if ((isinstance(first, NotUnderstood) or _pronoun_in(step)) and not isinstance(then, NotUnderstood)
            and len(named := m.names_of(then)) == 1):
        first = _read_named(read, step, named[0])
    if ((isinstance(then, NotUnderstood) or _pronoun_in(order)) and not isinstance(first, NotUnderstood)
            and len(named := m.names_of(first)) == 1):
        then = _read_named(read, order, named[0])
    kinds = (m.Sequence, m.Prohibition, m.Help)
    if (isinstance(first, NotUnderstood) or isinstance(then, NotUnderstood) or isinstance(first, kinds)
            or isinstance(then, kinds) or not (_writes(first) or _writes(then))):
        return None
    both = m.Sequence(lang=first.lang, steps=(first, then))
    if any(isinstance(s, (m.RunContainer, *m.THROWN_AWAY)) for s in (first, then)):
        return NotUnderstood(step, first.lang, Msg.of("parse.asked"), proposal=both)
    return both


def _pronoun_in(clause: str) -> bool:
    """(ko33a, safe33en) Whether an English `clause` says a pronoun of a thing (grammar/lexicon.txt `step_pronoun_en`:
    "in it")."""
    return not HANGUL.search(clause) and not grammar.words("step_pronoun_en").isdisjoint(
        re.findall(r"[a-z]+", clause.lower()))


def _read_named(read: _Read, clause: str, name: str) -> m.Command | NotUnderstood:
    """(ko33a) `clause`, which names nothing, read of `name`: its pronoun said as the name ("dump its logs"), else the
    name said first ("로그 보여줘": "web 로그 보여줘")."""
    if not HANGUL.search(clause):
        said = _pronoun_named_en(clause, name)
        if said != clause and not isinstance(res := read(said), NotUnderstood):
            return res
    return read(f"{name} {clause}")


def before_said(text: str, res: m.Command | NotUnderstood, read: _Read) -> m.Command | NotUnderstood:
    """`res`, or the two steps of a sentence that says one step before another ("restart web before stopping cache",
    "before stopping cache, restart web", "cache 끄기 전에 web 재시작해줘": restart web, then stop cache) when the order
    and the step each read alone as one command; they were refused (two verbs, a word unread). A read before a write
    ("web 재시작 전에 로그 보여줘": the one name said carried to the order that names none) is both steps, the read
    first, confirmed as one sequence (ko33a; it was the read alone, the write said dropped)."""
    if "?" in text or not isinstance(res, NotUnderstood) or _taken_back(text):
        return res  # read already: "QA 돌리기 전에 cache 한 번 재시작 부탁드려요" (before running QA: its time, no step)
    if HANGUL.search(text):
        from bot.language.outside import promised_ko

        if promised_ko(text):
            return NotUnderstood(text, "ko", Msg.of("parse.intended"))  # (safe34ko) "web 재시작 전에 알려줄게": I will
        split = _before_ko(text)
    else:
        if len(re.findall(rf"(?i)\b(?:{grammar.alternation('before_en')})\b", text)) != 1:
            return res
        mt = _before_en()[0].match(text) or _before_en()[1].match(text)
        split = None if mt is None else (mt["order"], mt["step"])
    if split is None:
        return res
    order, step = split
    if (that := _before_that_en(order, step)) is not None:
        # (ko33a) "restart db, but before that show me its last 50 lines": the step after "before that" comes first
        order, step = that
        first, then = read(step), read(order)
        if (isinstance(first, NotUnderstood) and not isinstance(then, NotUnderstood)
                and len(named := m.names_of(then)) == 1):
            first = _read_named(read, step, named[0])
    else:
        if not _verb_in(step):
            return res
        if _done_by_other(step):
            return NotUnderstood(text, res.lang, Msg.of("parse.step_of_other", said=step))  # "before I remove data, …"
        first, then = read(order), read(step)
        if (isinstance(first, NotUnderstood) and not isinstance(then, NotUnderstood)
                and len(named := m.names_of(then)) == 1):
            # "web 재시작 전에 로그 보여줘": the logs of web; "before you restart my-nginx, dump its logs"
            first = _read_named(read, order, named[0])
        if isinstance(then, NotUnderstood) and not isinstance(first, NotUnderstood) and len(named := m.names_of(first)) == 1:
            # (ko33a) "data 로그 보기 전에 일시정지부터": the step before names none, the order's one name carried
            then = _read_named(read, step, named[0])
    if (isinstance(then, NotUnderstood) or isinstance(then, (m.Sequence, m.Prohibition, m.Help))
            or not (_writes(then) or _writes(first))):
        return res  # (ko33a) a read said before a write is a step too ("data 로그 보기 전에 data 일시정지부터")
    if isinstance(first, NotUnderstood) or isinstance(first, (m.Sequence, m.Prohibition, m.Help)):
        return res
    both = m.Sequence(lang=first.lang, steps=(first, then))
    if isinstance(then, m.RunContainer) or isinstance(then, m.THROWN_AWAY):
        # "before running QA": a step, or its time? "cache 지우기 전에 멈춰줘", "before removing cache, show its env": the
        # removal may be what the look decides — asked, never run on the words alone
        return NotUnderstood(text, first.lang, Msg.of("parse.asked"), proposal=both)
    # (ko33a) a read before a write ("web 재시작 전에 로그 보여줘", "before you restart my-nginx, dump its logs"): both
    # steps in the order meant, the read first — shown and confirmed together as one sequence (fresh21's convention;
    # break8's, the read alone, dropped the write said: never dropped silently)
    return both
