"""(hand21) A message of several sentences — a shift handover, a note, a message that tells before it asks: the
sentences that tell (what happened, a state, a greeting, a sign-off, a label like "Handover:") are context and run
nothing; the ONE sentence that asks is read, and it must read whole.

    "Handover: web restarted twice overnight, db still in created. cache looks fine. Please start db."
                                                                   -> docker start db
    "EOD handover. I stopped my-volume at 6pm for the disk check. Please start it again."
                                                                   -> docker start my-volume
    "인수인계: 야간에 web 두 번 재시작했고 cache 메모리 높음. db는 아직 created 상태. cache 로그 좀 봐주세요."
                                                                   -> docker logs cache
    "handover: cache restarted at 02:14 by me, web untouched. no action needed"     -> nothing (no request)

Safety first (the context machinery's rules, bot/language/parse.py `_without_context_en`, context_clause.py):
  - a sentence read on its own that is a request (English: it reads as a command; Korean: it reads as a command and
    closes as a request, context_clause `_request_closes`, or asks with "?") — exactly one, else nothing is read
    (two requests are refused; a Korean state told that reads as a look, "db는 아직 created 상태", is context);
  - a sentence that tells a write ("cache 어제 재시작함" read as the restart) is never run, and blocks the rest;
  - a ban or a condition in any sentence of context (grammar/lexicon.txt `handover_barred_en`,
    `handover_barred_ec_ko`: "don't touch web", "if cache dies again", "-면") blocks a write; a negation told
    (`negated`) blocks a write when it names anything or reads as a ban;
  - a pronoun in the request ("Please start it again", "다시 풀어주세요") takes its referent only when the context
    names exactly one name beside a verb of gorae's (English) or exactly one ASCII name (Korean); else nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot import model as m
from bot.language import grammar

_META = re.compile(r"[;&|`$<>]")
# a sentence ends at . ! ? (one or more, perhaps a closing bracket or quote after) before a space, or at a new line
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])[)\]\"'\u201d\u2019]*\s+|\s*\n\s*")
_NAME = re.compile(r"[A-Za-z0-9][\w.\-]*")
_PROSE_SEMICOLON = re.compile(r"(?<=[A-Za-z']{2});(?=\s+[A-Za-z])")  # (f22b34) "files; check": between two words
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def sentences(text: str) -> list[str]:
    """The sentences of `text`, their ends kept: split at . ! ? before a space and at new lines."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip(" .!?")]


def _korean(sentence: str) -> bool:
    return bool(_HANGUL.search(sentence))


def _toks(sentence: str) -> list[tuple[str, str]]:
    from bot.language.context_clause import analysed

    return [t for t in analysed(sentence) if t[1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]


def _asks_ko(sentence: str) -> bool:
    """Whether a Korean sentence closes as a request (an auxiliary of asking, 부탁: context_clause `_request_closes`,
    or the request noun said last: "확인 부탁.") or asks ("?")."""
    from bot.language.context_clause import _request_closes

    if sentence.rstrip().endswith("?"):
        return True
    for part in re.split(r",\s+", sentence):  # "지금 처리해 주세요, web을 backend에 연결": the request closes first
        toks = _toks(part)
        if _request_closes(toks) or (bool(toks) and toks[-1][0] in grammar.words("reason_after_request_noun")):
            return True
    return False


def _asks_en(sentence: str, kws: frozenset[str]) -> bool:
    """Whether an English sentence asks: a question, or it opens with a word that opens a request (grammar/lexicon.txt
    `request_opener_en`: please, can) or a word of the grammar (a verb: "Show me …", "Unpause data") — never a thing
    said first, its state told ("cache was slow", "data seems stuck" read as a look at it)."""
    if sentence.rstrip().endswith("?"):
        return True
    first = (re.findall(r"[A-Za-z']+", sentence) or [""])[0].lower()
    return first in grammar.words("request_opener_en") or first in kws


def _told_ko(sentence: str) -> bool:
    """Whether a Korean sentence tells (the past, -었-, or a noun form last, -ㅁ/-음: "아직 반영 안 됨", "web 건드리지
    않음", "아직 안 했음"), never a ban nor a promise ("web 건드리지 마세요", "web 안 건드릴게요")."""
    toks = _toks(sentence)
    if not toks or any(f in grammar.words("handover_ban_vx_ko") and t == "VX" for f, t in toks):
        return False
    return any(t == "EP" and f in grammar.words("handover_past_ep_ko") for f, t in toks) or toks[-1][1] == "ETN" or (
        toks[-1][1] == "EF" and toks[-1][0] in grammar.words("handover_noun_ef_ko"))


def _verbal_ko(sentence: str) -> bool:
    """Whether a Korean sentence says a verb of gorae's (context_clause `gorae_verbs`: 풀, 켜, 재시작), never a
    courtesy of its own ("인계 드려요")."""
    from bot.language.context_clause import gorae_verbs

    return not gorae_verbs().isdisjoint(f for f, _ in _toks(sentence))


def _connective_dropped(sentence: str) -> str:
    """A Korean sentence without the conjunctive adverb it opens with ("근데 cache 로그 확인해줘": 근데, Kiwi MAJ)."""
    words = sentence.split()
    if len(words) > 1 and _korean(words[0]) and [t for _, t in _toks(words[0])] == ["MAJ"]:
        return " ".join(words[1:])
    return sentence


def _barred(sentence: str) -> bool:
    """A ban or a condition said in a sentence of context (grammar/lexicon.txt `handover_barred_en`,
    `handover_barred_ec_ko`)."""
    if _korean(sentence):
        ecs = grammar.words("handover_barred_ec_ko")
        return any(t == "EC" and f in ecs for f, t in _toks(sentence)) or any(
            f in grammar.words("handover_ban_vx_ko") and t == "VX" for f, t in _toks(sentence))
    words = {w.lower().replace("\u2019", "'") for w in re.findall(r"[A-Za-z'\u2019]+", sentence)}
    return not grammar.words("handover_barred_en").isdisjoint(words)


def _names(sentence: str, kws: frozenset[str]) -> list[str]:
    """The names a sentence of context says beside a verb of gorae's: English, a name right before or after a word of
    the grammar told done ("I stopped my-volume", "web restarted twice"); Korean, every ASCII word no keyword."""
    words = sentence.replace(",", " ").split()
    if _korean(sentence):
        found = [mt.group() for mt in (re.match(r"[A-Za-z0-9][\w.\-]*", w) for w in words) if mt]
        return [w for w in found if w.lower() not in kws and not w.isdigit()]
    out: list[str] = []
    told = grammar.words("handover_told_en")
    bare = [w.strip(".,:;!?()\"'").lower() for w in words]
    for i, w in enumerate(bare):
        if w not in told:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(bare) and _NAME.fullmatch(bare[j]) and bare[j] not in kws and bare[j] not in \
                    grammar.words("handover_not_name_en"):
                out.append(words[j].strip(".,:;!?()\"'"))
    return out


def _mentions(sentence: str, kws: frozenset[str]) -> bool:
    """(lead21) Whether a sentence of context says a word that may be a name: ASCII, no keyword of the grammar, none of
    `handover_not_name_en` ("web slow.", "my-nginx top !!")."""
    words = (w.strip(".,:;!?()\"'") for w in sentence.split())
    return any(_NAME.fullmatch(w.lower()) and w.lower() not in kws and w.lower() not in grammar.words("handover_not_name_en")
               for w in words if w)


def _called_out(sentence: str, kws: frozenset[str]) -> bool:
    """(lead21) Whether a sentence of context is one word that may be a name, in lower case, and no greeting ("web!",
    "web..."; never "Morning.", "Handover:")."""
    from bot.language.normalize import normalize
    from bot.language.parse import _social

    words = sentence.split()
    word = words[0].strip(".,:;!?()\"'") if len(words) == 1 else ""
    return bool(word) and word == word.lower() and _mentions(word, kws) and _social(normalize(word), "en") is None


def _with_referent(request: str, names: list[str]) -> str | None:
    """The request with its one pronoun (grammar/lexicon.txt `antecedent_pronoun_en`) replaced by the one name the
    context says (Korean: the name said first); None when the context names none or more than one."""
    if len({n.lower() for n in names}) != 1:
        return None
    name = names[0]
    if _korean(request):
        return None  # (said where the sentence reads: `_placed_ko`)
    pronouns = [w for w in re.findall(r"[A-Za-z']+", request) if w.lower() in grammar.words("handover_pronoun_en")]
    if len(pronouns) != 1:
        return None
    return re.sub(r"(?i)(?<![\w'-])" + re.escape(pronouns[0]) + r"(?![\w'-])", name, request, count=1)


def _placed_ko(request: str, names: list[str], read: Callable[[str], m.Command | m.NotUnderstood],
               ) -> tuple[str, m.Command] | None:
    """(the request with the one name the context says, its reading) for a Korean request that names nothing and does
    not read ("마이그레이션 끝났으니 다시 풀어주세요" after "data 컨테이너 일시정지해 둠"): the name said first, or after a
    clause that ends in a connective (-으니, -어서), the first place where the request reads whole; None when the context
    names none or more than one, or it reads nowhere."""
    if len({n.lower() for n in names}) != 1:
        return None
    words = request.split()
    places = [0] + [i + 1 for i, w in enumerate(words[:-1]) if (_toks(w) or [("", "")])[-1][1] == "EC"]
    for i in places:
        said = " ".join([*words[:i], names[0], *words[i:]])
        res = read(said)
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
            return said, res
    return None


def handed_over(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
                negated: Callable[[str], bool]) -> str | None:
    """The one request of a message of several sentences `text` as typed (see the module; bot/pipeline.py reads it
    whole when `text` does not read), its pronoun replaced by its referent; `read` reads one sentence (normalized by
    it). None when `text` is one sentence, holds no request or more than one, or a sentence of context bars it."""
    from bot.language.normalize import link_labels, links_said

    # (lead30) "<https://grafana…|dashboard> 보니 cache cpu 튐. cache stats 보여줘": a link is its label — a page's name, never
    # the referent of a request that names nothing ("<…|data> 보니 이상. 지워줘" planned docker rm data)
    labels = {w.lower() for label in link_labels(text) for w in label.split()}
    text = links_said(text)
    semicolon = text.count(";") == 1 and not _korean(text) and bool(_PROSE_SEMICOLON.search(text))
    if semicolon:
        # (f22b34) English prose, one ";" before a space parting two clauses ("Customer can't upload files; check
        # my-volume's status"): a sentence's end, for a read only — every other shell character still refuses the message
        text = _PROSE_SEMICOLON.sub(".", text)
    said = sentences(text)
    if len(said) < 2 or _META.search(text) or len(said) > 8:
        return None
    from bot.language.parse import _PS_ROW

    if _PS_ROW.search(text) or any(x.rstrip().endswith("?") for x in said[:-1]):
        return None  # a pasted `docker ps` row: parse.py `_after_pasted_ps` reads it
    from bot.language.parse_natural import reads_only

    kws = grammar.keywords()
    request: tuple[str, m.Command | m.NotUnderstood] | None = None
    after = 0  # the sentences of context said before the request (those after it may take it back)
    context: list[str] = []
    for s in said:
        if _korean(s):
            s = _connective_dropped(s)
        res = read(s)
        asks = _asks_ko(s) if _korean(s) else _asks_en(s, kws)
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            if not asks:
                if not reads_only(res):
                    return None  # a write told ("cache 어제 재시작함"): never run, and nothing else either
                context.append(s)  # a state told that reads as a look ("db는 아직 created 상태")
                continue
            if request is not None:
                return None  # two requests: refused
            request = (s, res)
            after = len(context)
            continue
        if isinstance(res, m.NotUnderstood) and asks and not negated(s) and (
                res.reason.key == "parse.need_target" or (_korean(s) and not _names(s, kws) and _verbal_ko(s))):
            if request is not None:
                return None
            request = (s, res)  # "Please start it again": its referent from the context
            after = len(context)
            continue
        if request is None and s.rstrip().endswith("?") and not (
                isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition))):
            return None  # a question before the request ("cache 살아있어? 그럼 꺼", "cache oom?? stats"): asked (break8)
        if asks and isinstance(res, m.NotUnderstood) and (_verbal_ko(s) if _korean(s) else (
                re.findall(r"[A-Za-z']+", s) or [""])[0].lower() in grammar.words("request_opener_en")):
            return None  # a request that does not read ("Please flibber web"): nothing else read in its place
        context.append(s)
    if request is None:
        return None
    sentence, res = request
    if isinstance(res, m.NotUnderstood):
        names = [n for c in context for n in _names(c, kws) if n.lower() not in labels]
        if _korean(sentence):
            if any(_korean(c) and any(t == "VCN" for _, t in _toks(c)) for c in context):
                return None  # (safe34ko) "우리 서비스는 web 아니에요. 재시작해줘": the name said is not it
            placed = _placed_ko(sentence, names, read)
            if placed is None:
                return None
            sentence, res = placed
            if isinstance(res, m.THROWN_AWAY):
                return None  # (safe34ko) "data 담당입니다. 지워주세요": a removal of a name guessed from the context
        elif (replaced := _with_referent(sentence, names)) is None:
            return None
        else:
            sentence, res = replaced, read(replaced)
        if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
            return None
    if isinstance(res, m.Sequence) or (semicolon and not reads_only(res)):
        return None  # (f22b34) a write after a ";" ("…restart cache; rm web, go ahead"): refused as typed
    from bot.language.outside import _LISTINGS, _names_nothing

    if any(_called_out(c, kws) for c in context):
        return None  # (lead21) a name said alone, called out ("web! restart cache", "web... restart cache"): addressed (break7)
    if _names_nothing(res) and any(_mentions(c, kws) for c in context) and (
            not isinstance(res, _LISTINGS) or (_korean(sentence) and grammar.words("ko_kind").isdisjoint(
                f for f, _ in _toks(sentence)))):
        # (lead21) a request naming nothing after reports that name something: the reports' name was its object ("web
        # slow. stats" is web's stats, as break7 says; "my-nginx top !! 보여줘" is my-nginx's processes, the "!!" no
        # sentence end) — never every container's read instead; a listing asked stays one ("cache was slow. What's
        # running right now?", "… 지금 떠 있는 컨테이너 목록만 보여주세요"), but in Korean only with its kind said: a verb said
        # bare reads as one ("보여줘", "확인 좀 해줘": "수진이가 그러는데 cache가 느리대. 확인 좀 해줘" is never `docker ps`)
        return None
    if not reads_only(res):
        from bot.language.normalize import normalize
        from bot.language.parse import _social

        if any(_social(normalize(c), "ko" if _korean(c) else "en") is None for c in context[after:]):
            return None  # "Restart cache. Or not.", "… maybe later", "cache 재시작해줘. 농담이야": after a write, only thanks
        of = m.named(res)
        own = {n.lower() for n in (*of.targets, *of.names, of.target, of.name, of.container) if n}
        if any(_korean(c) and not {n.lower() for n in _names(c, kws)} <= own for c in context[:after]):
            return None  # "db는 정상입니다. web 지워주세요": another name told before a Korean write is asked (break7)
        for c in context:
            if _barred(c):
                return None  # "if cache dies again …", "don't touch web": never the write read blind
            if negated(c) and (not _korean(c) or isinstance(read(c), m.Prohibition) or not _told_ko(c)):
                return None  # "I did not touch web", "web 건드리지 마세요": a negation, never read past (Korean: told
                # of the past or a state, "아직 반영 안 됨", is no ban)
    return sentence
