"""(ko33b) An order corrected after it was said: the last word wins, and the order taken back never runs.

    "stop data... actually pause it instead"        -> docker pause data     (the order said again, "it" = data)
    "stop my-nginx — wait, no, restart it"          -> docker restart my-nginx
    "restart cache. scratch that, restart data"     -> docker restart data
    "show me web logs, i mean my-nginx"             -> docker logs my-nginx  (a name said again: it replaces the one)
    "cache 재시작 해줘 (아 잘못 말함 db임)"            -> docker restart db
    "cache 로그 보여줘 아 아니다 cache 말고 db"         -> docker logs db        (A 말고 B: B replaces A)
    "web cache 재시작 아 cache는 빼고"                -> docker restart web    (A 빼고: A left out)
    "web 로그 100줄, 아니 50줄"                       -> docker logs --tail 50 web (a number said again)
    "nginx 9092포트로 띄워줘 아 9093으로"              -> docker run -d -p 9093:80 nginx
    "not web, cache. restart it pls"               -> docker restart cache  (the name set right first)

The text is cut at its last word of correcting (grammar/lexicon.txt `corrected_marker_en`, `corrected_marker_ko`, perhaps
after an interjection of `corrected_interjection_ko`; or a bare one of `corrected_bare_ko`: 아니, 아). What comes before
must read alone as one command (the order taken back); what comes after is, in this order of looking:

- a whole order (after a marker, never after a bare word: "cache 꺼 아니 cache 켜" stays refused, the tables
  disagree on it), "it" there the one name of the order taken back;
- one name (a Korean copula glued to it, `corrected_copula_ko`), which replaces the order's one name — after a marker
  that is no bare slip of `corrected_between` ("web 재시작 정정 cache", "web 꺼줘 아차 cache" stay refused: lead31);
- "A 말고 B" / "A 대신 B" / "A 아니고 B" (`corrected_instead_ko`), A the order's one name: B replaces it;
- "A 빼고" / "A는 빼고" (`corrected_left_out_ko`), A one of the order's names: the order without it;
- a number, perhaps with its unit and particle (`corrected_particle_ko`), the order holding one number of that unit:
  it replaces it.

The new order is read by `read` (the whole parser) and must be one command, no ban, no help, no sequence; what is
after the correction may add nothing (`corrected_added`: "… actually cache too" is both). Anything else: None, and the
sentence stays as the parser left it (refused, or asked back). Pure; no engine.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

_META = re.compile(r"[;&|`$<>\"']")
_NAME = r"[A-Za-z0-9][A-Za-z0-9_.\-]*"
_SEP = r"[\s,.…\u2014\u2013\-:;()!]"
_HANGUL = "\uac00-\ud7a3"
# a number typed as a word of its own (never inside a name: "my-nginx2", "nginx:1.25"), its Hangul unit glued after it
_NUMBER = re.compile(rf"(?<![\w.:/\-])(\d+)([{_HANGUL}]*)(?![\w.:/\-])")

Read = Callable[[str], "m.Command | m.NotUnderstood"]


def _phrases(role: str) -> str:
    """The phrases of `role` (`_` for a space or a comma between its words), as an alternation, the longest first."""
    said = sorted(grammar.words(role), key=len, reverse=True)
    return "|".join(r"[\s,]+".join(re.escape(w) for w in p.split("_")) for p in said)


@lru_cache(maxsize=1)
def _cut() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a marker said, a bare word said): before, the marker, after — the last one in the text."""
    interjection = rf"(?:(?:{_phrases('corrected_interjection_ko')})[\s,]+)?"
    marked = re.compile(rf"(?is)^(?P<before>.*\S){_SEP}+{interjection}(?P<marker>{_phrases('corrected_marker_en')}|"
                        rf"{_phrases('corrected_marker_ko')})(?![\w{_HANGUL}]){_SEP}*\s(?P<after>.*\S)\s*$")
    bare = re.compile(rf"(?is)^(?P<before>.*\S){_SEP}*\s(?P<marker>{_phrases('corrected_bare_ko')})"
                      rf"(?![\w{_HANGUL}]){_SEP}*\s(?P<after>.*\S)\s*$")
    return marked, bare


@lru_cache(maxsize=1)
def _not_first() -> re.Pattern[str]:
    """"not web, cache. restart it": not A, B, then the order on "it"."""
    return re.compile(rf"(?i)^(?:{_phrases('corrected_not_first_en')})\s+(?P<a>{_NAME})\s*,\s*(?P<b>{_NAME})\s*[.,;:!]*\s+"
                      r"(?P<order>\S.*)$")


def _one_command(res: m.Command | m.NotUnderstood) -> m.Command | None:
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return None
    return res


def _words(text: str) -> list[str]:
    return re.findall(r"[^\s,.!?:;…()\u2014\u2013]+", text)


def _adds(after: str) -> bool:
    """Whether what is said after the correction adds (grammar/lexicon.txt `corrected_added`: too, also, 도, 그리고)."""
    added = grammar.words("corrected_added")
    for w in _words(after):
        name = re.match(_NAME, w)
        if w.lower() in added or (name is not None and w[name.end():] in added):
            return True  # "… actually cache too", "… 아 cache도"
    return False


def _tail_dropped(after: str) -> str:
    """`after` without the courtesy or "instead" said last (`corrected_tail`)."""
    words = after.split()
    while len(words) > 1 and words[-1].lower().strip(".!") in grammar.words("corrected_tail"):
        words.pop()
    return " ".join(words).strip(" .!")


def _it_replaced(order: str, name: str) -> str:
    pronoun = grammar.alternation("corrected_it_en")
    return re.sub(rf"(?i)(?<![\w'\-])(?:{pronoun})(?![\w'\-])", name, order)


def _name_said(before: str, name: str) -> list[re.Match[str]]:
    """Where `name` is typed in `before` as a word of its own (a Korean particle may follow it)."""
    return list(re.finditer(rf"(?<![\w.\-/:@]){re.escape(name)}(?![\w.\-/:@])", before))


def _copula_dropped(word: str) -> str:
    """A name with a Korean copula or politeness glued to it ("db임", "db요"): the name."""
    mt = re.fullmatch(rf"({_NAME}?)([{_HANGUL}]+)", word)
    if mt and mt.group(2) in grammar.words("corrected_copula_ko"):
        return mt.group(1)
    return word


def _unit(suffix: str) -> str:
    """A number's Hangul unit without its particle ("포트로" -> "포트", "줄" -> "줄", "으로" -> "")."""
    for particle in sorted(grammar.words("corrected_particle_ko"), key=len, reverse=True):
        if suffix.endswith(particle):
            return suffix[:-len(particle)]
    return suffix


def _said_again(before: str, after: str, first: m.Command, whole: bool, named_again: bool,
                read: Read) -> m.Command | None:
    names = list(dict.fromkeys(m.names_of(first, images=True)))
    keywords = grammar.keywords()
    if whole:
        order = _it_replaced(after, names[0]) if len(names) == 1 else after
        if order == after and re.search(rf"(?i)(?<![\w'\-])(?:{grammar.alternation('corrected_it_en')})(?![\w'\-])", after):
            return None  # "it" said of an order with no one name: of what?
        if (res := _one_command(read(order))) is not None:
            return res
    words = after.split()
    if len(words) == 1:
        said = _copula_dropped(words[0])
        if named_again and re.fullmatch(_NAME, said) and not _VERSION.fullmatch(said) and said.lower() not in keywords \
                and len(names) == 1 and said != names[0] and len(spots := _name_said(before, names[0])) == 1:
            return _one_command(read(before[:spots[0].start()] + said + before[spots[0].end():]))
        number = _NUMBER.fullmatch(words[0])
        if number is not None:
            return _number_again(before, number, read)
        return None
    instead = re.fullmatch(rf"({_NAME})([{_HANGUL}]*)\s+(?:{grammar.alternation('corrected_instead_ko')})\s+(\S+)", after)
    if instead is not None and len(names) == 1 and instead.group(1) == names[0]:
        said = _copula_dropped(instead.group(3))
        if (re.fullmatch(_NAME, said) and not said.isdigit() and said.lower() not in keywords and said != names[0]
                and len(spots := _name_said(before, names[0])) == 1):
            return _one_command(read(before[:spots[0].start()] + said + before[spots[0].end():]))
        return None
    left = re.fullmatch(rf"({_NAME})([{_HANGUL}]*)\s+(?:{grammar.alternation('corrected_left_out_ko')})", after)
    if left is not None and len(names) > 1 and left.group(1) in names and left.group(2) in (
            {""} | grammar.words("corrected_topic_ko")) and len(spots := _name_said(before, left.group(1))) == 1:
        kept = " ".join((before[:spots[0].start()] + before[spots[0].end():]).split())
        res = _one_command(read(kept))
        if res is not None and left.group(1) not in m.names_of(res, images=True) and set(
                m.names_of(res, images=True)) <= set(names):
            return res
    return None


# (safe34en) a version said alone ("1.25", "v2", "7.0-alpine"): a tag of the image said before, never an image of its own
_VERSION = re.compile(r"(?i)v?\d+(?:\.\d+)*(?:-[a-z0-9.]+)?")


def _tag_said_again(text: str, before: str, after: str, first: m.Command, read: Read) -> m.NotUnderstood | None:
    """(safe34en) "pull nginx, actually 1.25" (it pulled an image `1.25`): a version said after an order on one image with
    tag or another is that image's tag — asked back with the image so tagged (parse.tag_said_again), never run on a guess."""
    images = [n for n in m.names_of(first, images=True) if n not in m.named(first).targets]
    if not _VERSION.fullmatch(after) or len(images) != 1 or "@" in images[0]:
        return None
    spots = _name_said(before, images[0])
    if len(spots) != 1:
        return None
    repo = images[0].rsplit(":", 1)[0] if ":" in images[0].rsplit("/", 1)[-1] else images[0]
    meant = f"{repo}:{after}"
    proposal = _one_command(read(before[:spots[0].start()] + meant + before[spots[0].end():]))
    if proposal is None:
        return None
    return m.NotUnderstood(text, first.lang, m.Msg.of("parse.tag_said_again", tag=after, image=images[0], meant=meant),
                           proposal=proposal)


def _number_again(before: str, number: re.Match[str], read: Read) -> m.Command | None:
    """The one number of `before` whose unit is the new number's (or any, when it has none) replaced by it."""
    unit = _unit(number.group(2))
    spots = [mt for mt in _NUMBER.finditer(before) if not unit or _unit(mt.group(2)) == unit]
    if len(spots) != 1 or len(list(_NUMBER.finditer(before))) != 1 or spots[0].group(1) == number.group(1):
        return None
    spot = spots[0]
    return _one_command(read(before[:spot.start(1)] + number.group(1) + before[spot.end(1):]))


def corrected_last(text: str, read: Read) -> m.Command | m.NotUnderstood | None:
    """The order `text` says after correcting itself (see the module), read by `read`; None when there is no such
    correction or what it makes does not read as one command; (safe34en) a tag said again asked back
    (`_tag_said_again`)."""
    if _META.search(text) or "\n" in text.strip():
        return None
    first_set = _not_first().match(text.strip())
    if first_set is not None:
        order = _tail_dropped(first_set["order"])
        if first_set["a"].lower() in grammar.words("corrected_not_first_barred_en"):
            return None  # (safe34en) "not now, cache, restart it": a time or a doubt, no name set right
        if first_set["a"] == first_set["b"] or _adds(order) or not re.search(
                rf"(?i)(?<![\w'\-])(?:{grammar.alternation('corrected_it_en')})(?![\w'\-])", order):
            return None
        res = _one_command(read(_it_replaced(order, first_set["b"])))
        return res if res is not None and tuple(m.names_of(res, images=True)) == (first_set["b"],) else None
    marked, bare = _cut()
    for pattern, whole in ((marked, True), (bare, False)):
        said = pattern.match(text.strip())
        if said is None:
            continue
        before = said["before"]
        while len(before.split()) > 1 and before.split()[-1].strip("(,") in grammar.words("corrected_interjection_ko"):
            before = before.rsplit(None, 1)[0]  # "cache 재시작 해줘 (아 잘못 말함 db임)": the interjection is the marker's
        before = before.strip(" ,.…\u2014\u2013-:;(")
        after = _tail_dropped(said["after"].strip(" ,.…\u2014\u2013-:;()"))
        if not before or not after or _adds(after):
            return None
        if before.split()[-1].lower() in grammar.words("corrected_link_before_en"):
            return None  # (safe34en) "restart web, and actually remove it": a step more, or the restart taken back?
            # (the link is no order of its own: what is before it reads without it)
        first = _one_command(read(before))
        if first is None:
            return None
        if whole and (tagged := _tag_said_again(text, before, after, first, read)) is not None:
            return tagged
        # a name alone after a bare word or a slip of `corrected_between` ("web 꺼줘 아차 cache", "web 재시작 정정 cache"),
        # or a calling off (`corrected_order_only`): instead of it, or beside it? refused (lead31), as it was
        marker = "_".join(re.findall(r"[^\s,]+", said["marker"].lower()))
        slip = marker in grammar.words("corrected_between") | grammar.words("corrected_order_only")
        return _said_again(before, after, first, whole, whole and not slip, read)
    return None
