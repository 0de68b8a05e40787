"""(run26) A Korean report of something done, then a request: the request alone is read.

    "web은 어제 재시작했으니까 오늘은 cache 재시작해줘"   -> Restart(cache)   (web's restart told, never run)
    "cache 재시작은 아까 했고 지금은 web 로그 보여줘"     -> Logs(web)
    "web 껐는데 cache도 꺼줘"                          -> Stop(cache)
    "web 재시작했으니까 로그 보여줘"                     -> None             (logs of what? the request names nothing)
    "cache는 괜찮은 것 같고 web만 재시작해줘"             -> Restart(web)     (a state told fine of another name)

The report is a clause whose verb is in the past (Kiwi's EP of grammar/lexicon.txt `told_past_ep`) closed by a
connective of `told_past_link` (-니까, -고, -는데, -지만; never -더니, what followed); the text after that word is read
alone, and taken only when it is said as a request (a morpheme of asking: 주다, 부탁, 드리다, -시-) and reads whole as one
command that names what it acts on (never a help, a ban, nor a reading that names nothing), the report holds no
negation and no question mark. A word of now opening the request ("오늘은", "지금은": grammar/lexicon.txt
`deferred_now_ko`) says it is for now, against the report's time, and is left out. The report's write is never run:
it is told done. Pure: `read` parses a text (no detail); `negated` says whether a text holds a negation.
"""
from __future__ import annotations

from collections.abc import Callable

from bot import model as m
from bot.language import grammar
from bot.language.parse_natural import reads_only

Read = Callable[[str], m.Command | m.NotUnderstood]


def _cut(text: str) -> tuple[int, bool] | None:
    """(the index in `text` where the request begins, whether the report is a state told of something else) — right
    after the word whose past verb and connective close the report, or whose connective closes a state told fine
    (grammar/lexicon.txt `told_fine_ko`, `told_fine_link`: "cache는 괜찮은 것 같고 web만 재시작해줘") with no verb of
    gorae's before it; None when there is no such word (or nothing after it)."""
    from bot.language import morph
    from bot.language.context_clause import gorae_verbs

    toks = morph.tokens(text)
    eps, links = grammar.words("told_past_ep"), grammar.words("told_past_link")
    fine, fine_links = grammar.words("told_fine_ko"), grammar.words("told_fine_link")
    for i in range(1, len(toks)):
        t, before = toks[i], toks[i - 1]
        if t.tag.split("-", 1)[0] != "EC":
            continue
        past = t.form in links and before.tag.split("-", 1)[0] == "EP" and before.form in eps
        verbs = {x.form for k, x in enumerate(toks[:i]) if x.tag.split("-", 1)[0] == "VV" or (
            x.tag.split("-", 1)[0] in ("NNG", "XR") and k + 1 < i and toks[k + 1].tag.split("-", 1)[0] in ("XSV", "XSA", "VV"))}
        state = (t.form in fine_links and any(x.form in fine for x in toks[:i]) and gorae_verbs().isdisjoint(verbs))
        if past or state:
            end = text.find(" ", t.start)
            return (end, not past) if end >= 0 else None
    return None


def _asked_for(rest: str) -> bool:
    """Whether `rest` says its request as one: a morpheme of asking (grammar/lexicon.txt `told_then_asked_marks`: the
    auxiliary 주다, 부탁, 드리다, the honorific -시-), never a bare verbal noun or banmal that a report says too
    ("cache 재시작", "cache도 지워")."""
    from bot.language import morph

    marks = grammar.words("told_then_asked_marks")
    return any(t.form in marks and t.tag.split("-", 1)[0] in ("VX", "VV", "NNG", "EP") for t in morph.tokens(rest))


def told_then_asked(text: str, read: Read, negated: Callable[[str], bool]) -> m.Command | None:
    """The request said after a report of something done (see the module doc), or None."""
    found = _cut(text)
    if found is None:
        return None
    cut, state = found
    head, rest = text[:cut].strip(), text[cut:].strip(" ,")
    if not rest or "?" in head or negated(head):
        return None
    first, _, after = rest.partition(" ")
    if first in grammar.words("deferred_now_ko") and after:
        rest = after  # "… 어제 재시작했으니까 오늘은 cache …": now, said against the report's time (lexicon deferred_now_ko)
    if not _asked_for(rest):
        return None  # "web 재시작했고 cache 재시작": both told, perhaps — the request must be said as one
    res = read(rest)
    if isinstance(res, m.NotUnderstood) and res.reason.key == "parse.need_target":
        return _read_of_the_one(head, rest, read)  # (lead28) "… 들었는데, 지금 로그를 좀 보여주시겠어요?": of what was told
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    if not m.names_of(res, images=True):
        # "web 재시작했으니까 로그 보여줘": logs of what? never a listing, never a guess of the name — (lead28) but a read
        # asked after a report said of one thing is of that thing ("오늘 오전에 web에 문제가 있었다고 들었는데, 지금 로그를
        # 좀 보여주시겠어요?": its logs)
        return _read_of_the_one(head, rest, read) if reads_only(res) else None
    if state and any(n.lower() in head.lower().split() or head.lower().startswith(n.lower())
                     for n in m.names_of(res, images=True)):
        return None  # "cache는 괜찮은데 cache 재시작해줘": fine, and restarted? asked, as before
    return res


def _read_of_the_one(head: str, rest: str, read: Read) -> m.Command | None:
    """(lead28) The read asked in `rest` (naming nothing) of the one name the report `head` says (an ASCII name, perhaps
    with a particle glued to it), re-read with the name before it; None for a report that names none or more than one,
    or when the re-reading is not a read of that one name (never a write)."""
    import re

    names = {mt.group(1) for w in head.split() if (mt := re.match(r"([a-z0-9][a-z0-9_.\-]*)(?![A-Za-z])", w))
             and re.search(r"[a-z]", mt.group(1))}
    if len(names) != 1:
        return None
    name = next(iter(names))
    again = read(f"{name} {rest}")
    if not isinstance(again, m.Command) or not reads_only(again) or m.names_of(again) != (name,):
        return None
    return again
