"""(lead19) The most or the more of something asked — the read that shows it, never a write on "the oldest".

    compared("가장 오래된 컨테이너가 뭐야?", res)          -> ListContainers(all=True)   (docker ps -a: CREATED)
    compared("메모리 제일 적게 쓰는 컨테이너는?", res)     -> Stats()                    (docker stats --no-stream)
    compared("web이랑 cache 중에 뭐가 메모리 더 써?", res) -> Stats(targets=(web, cache))
    compared("web이랑 cache 중에 뭐가 먼저 떴어?", res)    -> Inspect(web, cache)      (named: StartedAt, RestartCount)
    compared("biggest image here?", res)                   -> ListImages()               (docker images: SIZE)
    compared("remove the oldest image", RemoveImage(("oldest",)))  -> NotUnderstood(parse.compared_write)

gorae sorts nothing itself: docker's own listing holds the column compared (CREATED, STATUS's Up …, SIZE, PORTS, or one
sample of every container's use), so a question of the most, the least or the more is that listing. What is compared
is said by a word of grammar/lexicon.txt `compared_use` (memory, cpu, busy: the use), `compared_up` (up, come up,
restarted: docker ps), `compared_age` (old, recent, made, died, pulled: every container, docker ps -a), `compared_size`
(big, small: images only) or `compared_port` (ports: docker ps); a count word (`compared_count`: 많이, most) with a
restart asks how often (every container). Said of images, it is their list whatever is compared.

Only a question or a noun phrase is read: Korean by morphemes — the sentence's last predicate is the copula ("뭐야",
"누구야"), or a state verb of `compared_asked_ko` asked with "?" ("web이 cache보다 먼저 떴어?"), or there is none
("포트 제일 많이 연 컨테이너"); English opening with a question word (`compared_opener_en`) or with the superlative
itself ("biggest image here?"). Containers compared with images ("컨테이너가 이미지보다 많아?") are no listing. A write
whose name is a word of the comparison ("remove the oldest image" planned `docker rmi oldest`) is refused: which one
is the oldest is the user's to say. Pure; Kiwi only for Korean text.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.normalize import HANGUL
from bot.model import Msg, NotUnderstood

_ASCII = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_CLASSES = ("compared_use", "compared_up", "compared_age", "compared_size", "compared_port")


@lru_cache(maxsize=1)
def _superlative_en() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{grammar.alternation('compared_most_en')})\b|\bthan\b", re.I)


def _classes(words: set[str]) -> list[str]:
    return [c for c in _CLASSES if words & grammar.words(c)]


def _read(kind: str, classes: list[str], words: set[str], names: tuple[str, ...],
          kind_said: bool = True) -> m.Command | None:
    """The listing that holds what is compared, or None when nothing said is compared or containers' size is; (ko33b)
    a size compared of names with no kind said ("nginx랑 nginx:1.25 중에 뭐가 더 커?") is the images' (a size is an
    image's: docker images)."""
    if not classes:
        return None
    if kind == "image" or (not kind_said and classes == ["compared_size"]):
        return m.ListImages(lang="en")
    top = classes[0]
    if top in ("compared_up", "compared_age") and len(names) > 1 and len(set(names)) == len(names):
        # (lead30) named containers compared by when they came up, were made or how often they restarted ("web이랑
        # my-nginx 중에 뭐가 먼저 떴어?", "web이랑 cache 중에 재시작 더 많이 된 거 뭐야"): their details (StartedAt,
        # Created, RestartCount), not every container's list
        return m.Inspect(names[0], more=names[1:], lang="en")
    if top == "compared_use":
        return m.Stats(targets=names, lang="en")
    if top == "compared_up" and not words & grammar.words("compared_count"):
        return m.ListContainers(lang="en")
    if top == "compared_port":
        return m.ListContainers(lang="en")
    if top in ("compared_up", "compared_age"):
        return m.ListContainers(all=True, lang="en")
    return None


def _korean(text: str) -> m.Command | None:
    from bot.language.context_clause import analysed

    toks = analysed(text)
    forms = [f for f, _ in toks]
    more_among = (set(forms) & grammar.words("compared_more_ko")) and (set(forms) & grammar.words("compared_among_ko"))
    comparing = set(forms) & grammar.words("compared_verb_ko")
    ordered = any(f in grammar.words("compared_order_ko") and i + 1 < len(toks)
                  and (toks[i + 1][1] == "JKB" or toks[i + 1][0] in grammar.words("compared_order_as_ko"))
                  for i, f in enumerate(forms))  # (dneg23) "메모리 순으로 보여줘"; (ko33b) "이미지 큰 순서대로 보여줘"
    if not (more_among or comparing or ordered or any(f in grammar.words("compared_most_ko") for f in forms)):
        return None  # ("더" alone is no comparison: "로그 더 보여줘")
    kinds = {k for k, role in (("container", "kind_container_said"), ("image", "kind_image_said"))
             if grammar.words(role) & set(forms)}
    if len(kinds) > 1:
        return None  # "컨테이너가 이미지보다 많아?": two kinds counted, no listing compares them
    allowed = grammar.words("compared_asked_ko") | grammar.words("compared_shown_ko") | grammar.words("compared_verb_ko")
    if any(lemma not in allowed for lemma in _finite_verbs(toks)):
        return None  # "제일 오래된 컨테이너 지우고 목록 보여줘": a request said beside it, never dropped
    ends = [i for i, (_, t) in enumerate(toks) if t == "EF"]
    if ends:
        j = ends[-1] - 1
        while j >= 0 and toks[j][1] in ("EP", "VX", "EC"):
            j -= 1
        if j > 1 and toks[j][1] in ("XSA", "XSV") and toks[j - 1][0] in grammar.words("compared_thanks_ko") \
                and toks[j - 2][1] == "EC" and toks[j - 2][0] in grammar.words("compared_thanks_if_ko"):
            j -= 3  # (ko33b) "… 비교하여 주시면 감사하겠습니다": the request before the thanks
            while j >= 0 and toks[j][1] in ("EP", "VX", "EC"):
                j -= 1
        if j < 0:
            return None
        lemma, tag = toks[j]
        asked = (toks[-1][1] == "SF" and toks[-1][0] == "?") or bool(set(forms) & grammar.words("compared_who_ko"))
        if tag == "VCP" or lemma in grammar.words("compared_shown_ko"):
            pass  # "가장 오래된 컨테이너가 뭐야?" · "메모리 제일 많이 먹는 컨테이너 3개 알려줘"
        elif tag == "XSV" and j > 0 and toks[j - 1][0] in grammar.words("compared_verb_ko"):
            pass  # (dneg23) "web하고 my-nginx 메모리 비교해줘"
        elif not (asked and lemma in grammar.words("compared_asked_ko")):
            return None  # "가장 오래된 컨테이너 지워": a request, never read as a listing
    elif toks and toks[-1][1] not in ("NNG", "NNB", "NP", "JX", "SF"):
        return None
    words = {f.lower() for f in forms}
    names = tuple(n for n in _ASCII.findall(text) if n.lower() not in grammar.words("compared_not_name") and not n.isdigit())
    return _read(kinds.pop() if kinds else "container", _classes(words), words, names, kind_said=bool(kinds))


def _finite_verbs(toks: tuple[tuple[str, str], ...]) -> list[str]:
    """The lemmas of the verbs said with a connective or final ending (not a relative or nominal one): VV, or a noun
    before the verb suffix XSV ("재시작하고"); auxiliaries (VX) are the verb's own."""
    out = []
    for i, (form, tag) in enumerate(toks):
        if tag == "VV" or (tag == "NNG" and i + 1 < len(toks) and toks[i + 1][1] == "XSV"):
            j = i + 1
            while j < len(toks) and toks[j][1] in ("XSV", "EP", "VX"):
                j += 1
            if j < len(toks) and toks[j][1] in ("EC", "EF"):
                out.append(form)
    return out


@lru_cache(maxsize=1)
def _two_compared_en() -> tuple[re.Pattern[str], ...]:
    verb = grammar.alternation("compared_verb_en")
    versus = grammar.alternation("compared_versus_en")
    images = grammar.alternation("kind_image_said")
    name = r"(?P<{}>[a-z0-9][a-z0-9_.-]*)"
    return (re.compile(rf"(?i)^(?:{verb})\s+(?:the\s+)?(?P<what>\w+)\s+of\s+{name.format('a')}\s+and\s+"
                       rf"(?:(?P=what)\s+of\s+)?{name.format('b')}\s*[?.!]*$"),
            re.compile(rf"(?i)^{name.format('a')}\s+(?:{versus})\s+{name.format('b')}\s+(?:(?P<image>{images})\s+)?"
                       r"(?P<what>\w+)\s*[?.!]*$"),
            re.compile(rf"(?i)^(?:{verb})\s+{name.format('a')}\s+and\s+{name.format('b')}\s+(?P<what>\w+)\s*[?.!]*$"))


def _two_en(text: str) -> m.Command | None:
    """(dneg23) Two containers compared by a verb or vs, what is compared said once ("compare cpu of cache and data",
    "web vs my-nginx memory", "compare web and cache memory"): their use (docker stats --no-stream A B), or each
    one's logs ("compare the logs of web and my-nginx"); None for anything else compared or said."""
    for pattern in _two_compared_en():
        mt = pattern.match(text.strip())
        if mt is None:
            continue
        what, names = mt["what"].lower(), (mt["a"], mt["b"])
        if names[0].lower() == names[1].lower():
            return None
        if "image" in mt.groupdict() and mt["image"] is not None:
            # (ko33b) "httpd vs busybox image size": images compared, by size only
            return m.ListImages(lang="en") if what in grammar.words("compared_size") else None
        if what in grammar.words("compared_use"):
            return m.Stats(targets=names, lang="en")
        if what in grammar.words("compared_logs_en"):
            return m.Sequence(steps=tuple(m.Logs(target=n, lang="en") for n in names), lang="en")
        return None
    return None


@lru_cache(maxsize=1)
def _more_than_en() -> re.Pattern[str]:
    """(ko33b) NAME, a verb of use, more or less, what, than NAME, perhaps a tag asking agreement ("my-nginx uses more
    ram than web, right?")."""
    name = r"(?P<{}>[a-z0-9][a-z0-9_.-]*)"
    return re.compile(rf"(?i)^{name.format('a')}\s+(?:{grammar.alternation('compared_use_verb_en')})\s+"
                      rf"(?:{grammar.alternation('compared_more_en')})\s+(?P<what>\w+)\s+than\s+{name.format('b')}"
                      rf"(?:\s*,?\s+(?:{grammar.alternation('compared_agree_en')}))?\s*[?.!]*$")


def _top_n_en(text: str) -> m.Command | None:
    """(ko33b) "top 3 memory hogs right now", "top 5 cpu users": the most of a use (`compared_use`), shown in every
    running container's use (docker stats --no-stream); None for anything else (no flag, no other use)."""
    said = text.lower().split()
    if not (len(said) > 2 and said[0] in grammar.words("compared_top_en") and said[1].isdigit()) or "-" in text:
        return None
    return m.Stats(lang="en") if set(said[2:]) & grammar.words("compared_use") else None


def _english(text: str) -> m.Command | None:
    if (two := _two_en(text)) is not None:
        return two
    if (mt := _more_than_en().match(text.strip())) and mt["what"].lower() in grammar.words("compared_use") \
            and mt["a"].lower() != mt["b"].lower():
        return m.Stats(targets=(mt["a"], mt["b"]), lang="en")  # (ko33b) "my-nginx uses more ram than web, right?"
    if (top := _top_n_en(text)) is not None:
        return top
    said = re.findall(r"[a-z0-9][a-z0-9_.'-]*", text.lower())
    if said[:1] == ["the"]:
        said = said[1:]  # (ko33b) "the biggest image?"
    if not said or not _superlative_en().search(text):
        return None
    if not (said[0] in grammar.words("compared_opener_en") or said[0] in grammar.words("compared_most_en")):
        return None
    if len(said) > 1 and said[1] in grammar.words("compared_not_who_en"):
        return None  # "did you remove my-nginx earlier?", "do we have the newest nginx?": a deed or a holding asked
    words = set(said)
    if words & grammar.words("kind_image_said") and words & grammar.words("kind_container_said"):
        return None
    names: tuple[str, ...] = ()
    opener = grammar.alternation("compared_opener_en")
    if mt := re.match(rf"^(?:{opener})\s+(\S+)\s.*\bthan\s+(\S+?)[?.!]*$", text.strip(), re.I):
        names = (mt[1], mt[2])
    kind = "image" if words & grammar.words("kind_image_said") else "container"
    return _read(kind, _classes(words), words, names)


def _recent_ko(text: str) -> m.Command | None:
    """(ko33b) The containers made last, counted ("최근에 만든 컨테이너 3개 보여줘", "최근 2개 컨테이너만 보여줘": docker ps
    -n N, any state) or the one made last ("제일 최근에 만든 컨테이너 하나만": docker ps -l). Every morpheme must be one
    of: a word of recency (`recent_said_ko`), of the most (`compared_most_ko`), of making (`recent_made_ko`, with 되 and
    its relative ending), the container noun, a count with its counter (`recent_counter_ko`), a particle, and a verb
    of showing at the end (`compared_shown_ko`); anything else (a write, another noun) is no such listing: None."""
    from bot.language.context_clause import analysed
    from bot.language.morph import korean_number

    toks = list(analysed(text))
    while toks and toks[-1][1] in ("SF", "EF", "EC", "VX", "EP"):
        toks.pop()
    if toks and toks[-1][1] == "VV" and toks[-1][0] in grammar.words("compared_shown_ko"):
        toks.pop()
    recent = most = container = False
    count: int | None = None
    i = 0
    while i < len(toks):
        form, tag = toks[i]
        counter = i + 1 < len(toks) and toks[i + 1][0] in grammar.words("recent_counter_ko")
        value = int(form) if tag == "SN" and form.isdigit() else (
            korean_number(form) if tag in ("NR", "MM") else None)
        if value is not None and count is None and (counter or tag == "NR"):
            count = value
            i += 2 if counter else 1
            continue
        if form in grammar.words("recent_said_ko"):
            recent = True
        elif form in grammar.words("compared_most_ko") and tag == "MAG":
            most = True
        elif form in grammar.words("kind_container_said"):
            container = True
        elif not ((tag == "VV" and form in grammar.words("recent_made_ko"))
                  or (tag == "NNG" and form in grammar.words("recent_made_ko"))
                  or (tag == "XSV" and form in grammar.words("recent_made_as_ko"))
                  or tag in ("ETM", "JKB", "JKG", "JX", "XSN")):
            return None
        i += 1
    if not (recent and container) or (count is None and not most) or (count is not None and count < 1):
        return None
    return m.ListContainers(latest=True) if count in (None, 1) else m.ListContainers(last=count)


def _recent_en(text: str) -> m.Command | None:
    """(ko33b) "last 5 containers", "show me the last 3 containers created": docker ps -n N; "the most recently created
    container", "the latest container": docker ps -l. Every word must be one of `recent_words_en`, a word of recency
    (`recent_said_en`), the container noun, and one count in digits; anything else: None."""
    said = re.findall(r"[a-z0-9][a-z0-9_.'-]*", text.lower())
    counts = [w for w in said if w.isdigit()]
    rest = [w for w in said if not w.isdigit()]
    allowed = grammar.words("recent_words_en") | grammar.words("recent_said_en") | grammar.words("kind_container_said")
    if len(counts) > 1 or not rest or any(w not in allowed for w in rest):
        return None
    if not set(rest) & grammar.words("recent_said_en") or not set(rest) & grammar.words("kind_container_said"):
        return None
    if counts:
        n = int(counts[0])
        return None if n < 1 else (m.ListContainers(latest=True) if n == 1 else m.ListContainers(last=n))
    plural = set(rest) & grammar.words("recent_plural_en")
    return None if plural else m.ListContainers(latest=True)


@lru_cache(maxsize=1)
def _comparing() -> frozenset[str]:
    """grammar/lexicon.txt `compared_most_en` and `compared_most_ko` (perf33: made once, not on every reading)."""
    return grammar.words("compared_most_en") | grammar.words("compared_most_ko")


def compared(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or the listing a comparison asked reads as (see the module); a write on a name that is a word of the
    comparison is parse.compared_write. A read, a ban or help that read whole stays as it is unless it names a word
    of the comparison."""
    # parse_natural imports parse: read late, as parse does
    from bot.language.parse_natural import reads_only

    if isinstance(res, (m.Prohibition, m.Help)):
        return res
    if res.lang != "cli" and (isinstance(res, NotUnderstood) or (isinstance(res, m.ListContainers) and not res.filters)):
        recent = _recent_ko(text) if HANGUL.search(text) else _recent_en(text)
        if recent is not None:
            return replace(recent, lang=res.lang)
    if res.lang == "cli":
        # (ko33b) "top 3 memory hogs right now": the top N of a use, never `docker top 3 memory hogs right`
        if isinstance(res, m.Top) and not text.lower().startswith("docker") and (read := _top_n_en(text)) is not None:
            return read
        return res
    comparing = _comparing()
    named = ({n.lower() for n in m.names_of(res, images=True)}
             if isinstance(res, m.Command) and not isinstance(res, m.Sequence) else set())
    if isinstance(res, m.Command) and not isinstance(res, m.Sequence) and not reads_only(res):
        if named & comparing:
            return NotUnderstood(text, res.lang, Msg.of("parse.compared_write", word=sorted(named & comparing)[0]))
        return res
    if not HANGUL.search(text) and (two := _two_en(text)) is not None:
        return replace(two, lang=res.lang)  # (dneg23) "web vs my-nginx memory": read as one name "web vs my-nginx"
    top_n = re.match(rf"(?i)^(?:{grammar.alternation('compared_top_en')})\s+\d+\s", text.strip()) is not None
    if isinstance(res, m.Command) and not named & comparing and not top_n:
        return res
    read = _korean(text) if HANGUL.search(text) else _english(text)
    return res if read is None else replace(read, lang=res.lang)

