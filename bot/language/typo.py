"""A verb typed with a slip of the keyboard ("web 재시잫", "cache 재싲작해줘", "strat db"), read as the verb
of grammar/natural.lark it is one keystroke away from — only that one verb, never a name.

A word is read as a verb it misspells when all of these hold:
- it is not itself a word of the grammar (natural.lark's literals, grammar/ko_words.txt's forms);
- it is within one edit (an insertion, deletion, substitution or swap of two neighbours) of exactly
  one verb word of natural.lark's verb rules (`VERB_RULES`: the ones that act, and logs) — Korean
  by jamo (재시잫 = ㅈㅐㅅㅣㅈㅏㅎ, one jamo from 재시작), English by letter — and more than one edit
  from every other word of the grammar (a word as near to two words is a question left unread — (loan25) unless
  both are words of one verb: 졍지 is one jamo from 정지 and from 중지, both v_stop);
- Korean: the verb is a verbal noun of 5 jamo or more (재시작, 삭제, 중지 — a stem such as 지우 is typed
  conjugated, never as it is spelt) and what follows it in the word is typed as is, or is one edit from a
  request ending of grammar/lexicon.txt `typo_endings` ("재시작햊줘" = 재시작 + 해줘);
- English: a word of letters only, five or more of them ("stopp", "strat"; "stat" is as near to start as to
  stats: never read) — or four with two neighbours swapped of the logs verb ("lgos" = logs; "stpo" is no stop), one slip from no other keyword of gorae's two grammars; a slip there is a letter left
  out, typed twice, or two swapped (`_keyboard_slip`): a letter put in or for another makes other words.

`correct` only proposes the text; bot/language/parse.py reads it, only when the sentence as typed did not
read, and keeps the reading only when it reads whole; the reply says which word was read as which
(`Command.typos`, the note `parse.typo_read`), and bot/pipeline.py refuses it when the word is a name on
the engine. No engine access here.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.language.morph import Morpheme

# the verb rules of natural.lark whose words a typo may be read as (the others are nouns of the
# things acted on, and question words: a slip of one of those is not read); v_list, a read, for "컨테이너 목륵"
VERB_RULES = ("v_run", "v_create", "v_start", "v_stop", "v_kill", "v_pause", "v_unpause", "v_restart", "v_rm",
              "v_prune", "v_logs", "v_pull", "v_push", "v_connect", "v_disconnect", "v_list")

# …and of those, the ones an English slip may be read as: a slip of "launch" or "create" spells English words
# ("lunch", "crate") — a new container is never made from one
EN_VERB_RULES = ("v_start", "v_stop", "v_kill", "v_pause", "v_unpause", "v_restart", "v_rm", "v_prune", "v_logs")

# the rules of the English words of a read (show, list, logs, inspect, and the plural of a kind: "images") whose slip of two
# neighbours swapped is read in a word of four letters or more ("shwo web logs", "lsit containers", "lgos web",
# "imagse"): a read, never a write, so a shorter word than a verb's is read (a write's slip needs five letters)
EN_READ_RULES = ("v_show", "v_list", "v_logs", "plural", "v_inspect")  # (fix14) v_inspect: "web stauts" = status

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+")
_ENGLISH_WORD = re.compile(r"(?<![\w\-./:@=$])[a-z]{4,}(?![\w\-./:@=])")
_MIN_KO_JAMO = 5
_MIN_EN = 4
_MIN_EN_STRUCK = 7  # (en24b) a letter typed for its neighbour key is read in a word this long only (`_struck_beside`)


@lru_cache(maxsize=None)
def _consonant(ch: str) -> str:
    """A final consonant as the initial one of the same letter (ᆨ -> ᄀ: one key on the keyboard, wherever
    it is in a syllable); a final cluster as it is."""
    import unicodedata

    name = unicodedata.name(ch, "")
    try:
        return unicodedata.lookup(name.replace("JONGSEONG", "CHOSEONG")) if "JONGSEONG" in name else ch
    except KeyError:
        return ch


@lru_cache(maxsize=4096)
def jamo(text: str) -> str:
    """`text` spelt as jamo, one per key typed ("작" -> ᄌ ᅡ ᄀ, a jamo typed alone, ㄱ, the same ᄀ); other
    characters as they are (Unicode NFKD: a syllable decomposed, a compatibility jamo as the conjoining one)."""
    import unicodedata

    return "".join(_consonant(ch) for ch in unicodedata.normalize("NFKD", text))


def distance(a: str, b: str, most: int = 1) -> int:
    """Edits (insert, delete, substitute, swap of two neighbours: optimal string alignment) from `a` to
    `b`; any number above `most` is returned as `most + 1` (so the work stops early)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > most:
            return most + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], most + 1)


@lru_cache(maxsize=1)
def _grammar_words() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    """(verb word -> its rule, for the rules of VERB_RULES; every Korean word of the grammar; every
    English word of the grammar; the Korean verbal nouns among the verb words) — from natural.lark's
    string literals and grammar/ko_words.txt (`_words`), the verbal nouns as Kiwi reads them."""
    verbs, ko, en = _words()
    from bot.language.morph import tokenize_all

    said = [w for w in verbs if _HANGUL_WORD.fullmatch(w) and len(jamo(w)) >= _MIN_KO_JAMO]
    # Kiwi reads them all in one go (one round trip to a Korean one-shot's forked analyser, not one a word)
    read = tokenize_all([w + _endings()[0] for w in said])
    nouns = frozenset(w for w, toks in zip(said, read) if _is_noun(w, toks))
    return verbs, ko, en, nouns


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """`_grammar_words` without the verbal nouns: what needs no Kiwi (made while a Korean one-shot's
    analyser loads, bot.language.parse.warm_korean)."""
    from bot.language.grammar import natural

    parser = natural()
    terminals = {t.name: t for t in parser.terminals}
    verbs: dict[str, str] = {}
    ko: set[str] = set()
    en: set[str] = set()
    for t in parser.terminals:
        if t.pattern.type == "str":
            value = t.pattern.value
            (ko if _HANGUL_WORD.fullmatch(value) else en).add(value)
    for rule in parser.rules:
        name = str(rule.origin.name)
        if name not in VERB_RULES or len(rule.expansion) != 1:
            continue
        term = terminals.get(rule.expansion[0].name)
        if term is not None and term.pattern.type == "str":
            verbs.setdefault(term.pattern.value, name)
    from bot.language.morph import _data

    ko |= {row[0] for row in _data("ko_words.txt")}
    return verbs, frozenset(ko), frozenset(w.lower() for w in en)


def _is_noun(word: str, toks: Sequence[Morpheme]) -> bool:
    """Whether Kiwi reads `word` as a noun that 하다 makes a verb of (a verbal noun: 재시작해 = 재시작 하 어),
    not a verb stem (살리, 돌리): `toks`, Kiwi's morphemes of `word` with the first `typo_endings` ending
    (하다's) after it."""
    return len(toks) > 1 and toks[0].form == word and toks[0].tag.startswith("NN") and toks[1].tag.startswith("XS")


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    from bot.language.grammar import lexicon

    return lexicon()["typo_endings"]


def _near(word: str, pool: frozenset[str] | tuple[str, ...], spell: bool) -> set[str]:
    """The words of `pool` within one edit of `word` (by jamo when `spell`)."""
    w = jamo(word) if spell else word
    index, shortest, longest = _index(pool, spell)
    if not shortest - 1 <= len(w) <= longest + 1:
        return set()  # one edit changes the length by one at most
    out: set[str] = set()
    for key in _deletions(w):
        for p, spelt in index.get(key, ()):
            if p not in out and distance(w, spelt) <= 1:
                out.add(p)
    return out


def _deletions(s: str) -> set[str]:
    """`s` and `s` with one character taken out."""
    return {s, *(s[:i] + s[i + 1:] for i in range(len(s)))}


@lru_cache(maxsize=8)
def _index(pool: frozenset[str] | tuple[str, ...],
           spell: bool) -> tuple[dict[str, tuple[tuple[str, str], ...]], int, int]:
    """The words of `pool` (with their spelling: jamo when `spell`) by their `_deletions` — so that `_near` checks
    only the few words that can be one edit away instead of the whole pool: two words one edit apart (inserted,
    deleted, substituted, two neighbours swapped) share one of their `_deletions` (the shorter itself, or each
    without the character changed / the first of the two swapped in one and the second in the other).
    `pool` is one of `_grammar_words`' and `_endings`' values, made once a process. With the lengths of the
    shortest and the longest spelling (0, 0 for an empty pool)."""
    out: dict[str, list[tuple[str, str]]] = {}
    lengths = [0]
    for p in pool:
        spelt = jamo(p) if spell else p
        lengths.append(len(spelt))
        for key in _deletions(spelt):
            out.setdefault(key, []).append((p, spelt))
    return {k: tuple(v) for k, v in out.items()}, min(lengths[1:] or [0]), max(lengths)


@lru_cache(maxsize=1)
def _real_rests() -> frozenset[str]:
    """grammar/lexicon.txt `typo_real_rest`: what follows a verbal noun as typed, a real ending one jamo from a request
    ending ("재시작해야": -어야, only if — never 재시작해요)."""
    from bot.language.grammar import words

    return words("typo_real_rest")


@lru_cache(maxsize=8192)  # a word's answer depends on the word and the grammar only (made once a process; perf33:
# conn26 put `_real_rests` between this line and its function, which had been asked uncached since)
def _korean(word: str, endings: bool = True) -> str | None:
    """The word meant by a Korean word typed with one slip, or None (see the module doc). Kept by word: every
    Korean sentence that reads asks it of each of its words (bot/language/parse.py `_slip_read_as_another`), and
    chat says the same words again and again (재시작해줘, 실행, 컨테이너)."""
    verbs, ko, _, nouns = _grammar_words()
    if endings and (keyed := _keyed_apart(word, verbs)) is not None:
        return keyed  # (f22b) "web 재시자ㄱ", "네트워크 목로ㄱ", "볼륨 목록 보여ㅈ줘": a key of its own, put back
    if word in ko or any(word[:k] in ko and word[:k] not in nouns for k in range(2, len(word))):
        return None  # a word of the grammar, or one with more after it ("마운트해서"): never a slip
    apart = _typed_apart(word)
    if apart is not None and apart in verbs:
        return apart  # (lead30) "alpine 푸ㄹ 받아줘": 풀, its final consonant typed as a key of its own
    if endings and (linked := _linked_as_said(word, verbs)) is not None:
        return linked  # (f22b) "data 일시정지 푸러줘" = 풀어줘, "db 상태 화긴" = 확인: spelt as it sounds
    spoken = _spelt_as_said(word, nouns)
    if spoken is not None:
        return spoken  # "재시자캐줘": 재시작해줘 as it sounds
    meant: set[str] = set()
    for cut in range(1, len(word) + 1):
        head, rest = word[:cut], word[cut:]
        if head in nouns:  # the verb as spelt, an ending one slip from a request ending ("재시작햊줘")
            if rest in _real_rests():
                continue  # (run26) "재시작해야": the condition -어야, a word as typed — never 재시작해요
            ends = _near(rest, _endings(), spell=True) if endings and rest and rest not in _endings() else set()
            if len(ends) == 1:
                meant.add(head + next(iter(ends)))
            continue
        if head in ko:
            continue  # a word of the grammar is never a slip
        near = _near(head, nouns, spell=True)
        if not near:
            continue
        if len({verbs[w] for w in near}) > 1 or _near(head, ko, spell=True) - near:
            return None  # as near to two words: never a guess
        # (loan25) "졍지" is one jamo from 정지 and from 중지: two words of one verb (v_stop) — that verb, either spelling
        meant.add(min(near) + rest)
    if len(meant) != 1:
        return None
    return next(iter(meant))


# the compatibility jamo of a consonant -> its index as a final (Unicode's Hangul syllable order)
# (by Unicode name: HANGUL JONGSEONG X, U+11A8 … U+11C2, is typed as HANGUL LETTER X)
_FINALS = {unicodedata.lookup("HANGUL LETTER " + unicodedata.name(chr(0x11A7 + i)).split("JONGSEONG ")[1]): i
           for i in range(1, 28)}


def _typed_apart(word: str) -> str | None:
    """(lead30) `word` — one syllable with no final consonant, then a consonant typed as a key of its own ("푸ㄹ") — as
    the syllable the keyboard would have made ("풀"); None for any other word."""
    if len(word) != 2 or word[1] not in _FINALS:
        return None
    at = ord(word[0]) - 0xAC00
    if not 0 <= at < 11172 or at % 28:
        return None
    return chr(0xAC00 + at + _FINALS[word[1]])


def _keyed_apart(word: str, verbs: dict[str, str]) -> str | None:
    """(f22b) `word` with a consonant typed as a key of its own inside it, put back where the keyboard meant it: at the
    end, after a syllable with no final consonant, that syllable's final ("재시자ㄱ" = 재시작, "목로ㄱ" = 목록: kept only
    when the word so made is a verb word of the grammar or a read's noun); right before a syllable that begins with
    the same consonant, a key struck early, left out ("보여ㅈ줘" = 보여줘). None for any other word."""
    if len(word) > 2 and word[-1] in _FINALS:
        head = _typed_apart(word[-2:])
        if head is not None and (word[:-2] + head in verbs or word[:-2] + head in _ko_read_words()):
            return word[:-2] + head
    for i in range(1, len(word) - 1):
        ch, after = word[i], ord(word[i + 1]) - 0xAC00
        if ch in _FINALS and _is_syllable(word[i - 1]) and 0 <= after < 11172 and jamo(ch) == jamo(word[i + 1])[:1]:
            return word[:i] + word[i + 1:]
    return None


def _is_syllable(ch: str) -> bool:
    return 0 <= ord(ch) - 0xAC00 < 11172


# the initial consonants as compatibility jamo (HANGUL CHOSEONG X typed as HANGUL LETTER X), in Unicode's order
_INITIALS = tuple(unicodedata.lookup("HANGUL LETTER " + unicodedata.name(chr(0x1100 + i)).split("CHOSEONG ")[1])
                  for i in range(19))
# the index of ㅇ as an initial (Unicode's Hangul syllable order): a syllable that begins with a vowel
_IEUNG = 11


def _linked_as_said(word: str, verbs: dict[str, str]) -> str | None:
    """(f22b) A verb typed as it sounds, the final consonant of its stem heard as the first of the syllable after it
    (liaison: "푸러줘" = 풀어줘, "바다줘" = 받아줘, "화긴" = 확인): the word as spelt when exactly one such reading begins
    with a verb word of the grammar or a read's word (`_ko_read_words`, v_show's 확인) running through the syllable
    moved; else None."""
    from bot.language.grammar import words

    heads = set(verbs) | set(_ko_read_words()) | words("typo_linked_read")
    meant: set[str] = set()
    for i in range(len(word) - 1):
        a, b = ord(word[i]) - 0xAC00, ord(word[i + 1]) - 0xAC00
        if not (0 <= a < 11172 and 0 <= b < 11172) or a % 28 or b // 588 == _IEUNG:
            continue
        final = _FINALS.get(_INITIALS[b // 588])
        if final is None:
            continue  # ㄸ ㅃ ㅉ end no syllable
        said = word[:i] + chr(0xAC00 + a + final) + chr(0xAC00 + _IEUNG * 588 + b % 588) + word[i + 2:]
        if any(said[:k] in heads for k in range(i + 1, len(said) + 1)):
            meant.add(said)
    return next(iter(meant)) if len(meant) == 1 else None


# an aspirated initial heard for a final plain consonant and the ㅎ of 하다 after it (ㄱ+ㅎ = ㅋ, ㄷ+ㅎ = ㅌ, ㅂ+ㅎ = ㅍ,
# ㅈ+ㅎ = ㅊ): the initial's index -> the final's index (Unicode's Hangul syllable order)
_ASPIRATED = {15: 1, 16: 7, 17: 17, 14: 22}
_HIEUH = 18


def _spelt_as_said(word: str, nouns: frozenset[str]) -> str | None:
    """A verbal noun and a request ending typed as they sound, the final consonant of the noun and the ㅎ of 하다
    heard as one aspirated consonant ("재시자캐줘" = 재시작해줘, "시자카자" = 시작하자): the word as spelt when exactly one
    such reading is a verb word of `nouns` and an ending of grammar/lexicon.txt `typo_endings`, else None."""
    meant: set[str] = set()
    for i in range(len(word) - 1):
        a, b = ord(word[i]) - 0xAC00, ord(word[i + 1]) - 0xAC00
        if not (0 <= a < 11172 and 0 <= b < 11172) or a % 28 != 0 or b // 588 not in _ASPIRATED:
            continue
        head = word[:i] + chr(0xAC00 + a + _ASPIRATED[b // 588])
        rest = chr(0xAC00 + _HIEUH * 588 + b % 588) + word[i + 2:]
        if head in nouns and rest in _endings():
            meant.add(head + rest)
    return next(iter(meant)) if len(meant) == 1 else None


@lru_cache(maxsize=8192)
def _ending_slip(word: str) -> str | None:
    """`word` with its last syllable read as the request ending of grammar/lexicon.txt `typo_request_ending`
    (줘) when it is one jamo from it and follows a verb's -어 form (a syllable with no final consonant and a
    vowel of `typo_eo_vowels`): "보여줴" -> "보여줘", "보여죠" -> "보여줘"; else None."""
    from bot.language.grammar import lexicon

    ending = lexicon()["typo_request_ending"][0]
    if (len(word) < 2 or word[-1] == ending or word[-1] in lexicon()["typo_real_endings"]
            or distance(jamo(word[-1]), jamo(ending)) > 1):
        return None
    before = jamo(word[-2])
    vowels = {jamo(v)[-1] for v in lexicon()["typo_eo_vowels"]}
    if len(before) != 2 or before[-1] not in vowels:
        return None  # a final consonant or another vowel: no -어 form ("했죠", "하죠", "되죠" are said as typed)
    return word[:-1] + ending


@lru_cache(maxsize=4096)
def _hae_slip(word: str) -> str | None:
    """(f22b) A verbal noun of the grammar's verbs closed by a slip of 해 one key beside it (grammar/lexicon.txt
    `typo_hae_slip`: "my-nginx 강제종료햐" = 강제종료해), the noun said last in the word; else None (했, 하, 해요 are
    typed as meant: never listed)."""
    from bot.language.grammar import lexicon, words

    if len(word) < 3 or word[-1] not in words("typo_hae_slip"):
        return None
    nouns = _grammar_words()[3]
    if not any(word[:-1].endswith(n) for n in nouns):
        return None
    return word[:-1] + lexicon()["typo_hae"][0]


@lru_cache(maxsize=8192)
def _english(word: str) -> str | None:
    """The verb meant by an English word typed with one slip, or None (see the module doc); kept by word."""
    from bot.language.grammar import keywords

    verbs, _, en = _words()  # no Kiwi: an English one-shot never loads it
    if word in en or word in keywords():
        return None
    near = {k for k in _slip_candidates(word) if _keyboard_slip(word, k)}
    if not near and len(word) >= _MIN_EN_STRUCK:
        return _struck_beside(word)
    if len(near) != 1:
        return None
    (meant,) = near
    if verbs.get(meant) in EN_VERB_RULES and len(meant) >= _MIN_EN and len(word) > _MIN_EN:
        return meant
    from bot.language.grammar import words

    if meant in words("courtesy_slip_en"):
        return meant  # (lead29) "restart web pleasse": a courtesy word's slip changes nothing either way
    swapped = len(word) == len(meant)
    return meant if swapped and _read_words().get(meant) in EN_READ_RULES and len(meant) >= _MIN_EN else None


def _struck_beside(word: str) -> str | None:
    """(en24b) The verb of EN_VERB_RULES meant by a long English word (`_MIN_EN_STRUCK` letters or more) with one
    letter typed for the key beside it ("reatart" = restart: a for s), or None: the only word of gorae's grammars one
    letter from `word` (any letter) — none other as near by a letter left out, typed twice or swapped, none other of
    its length one letter off — and the keys touch (bot/language/keyboard.py `neighbours`). A short word is never read
    so: a letter for another makes other English words ("stop" -> "shop", "kill" -> "bill")."""
    from bot.language.keyboard import neighbours

    verbs, _, _ = _words()
    words, dropped = _english_pool()
    if dropped.get(word) or any(k in words for k in _deletions(word)):
        return None  # a word as near by a letter more or less: two readings
    off = [w for w in words if len(w) == len(word) and distance(w, word) == 1]
    if len(off) != 1 or verbs.get(off[0]) not in EN_VERB_RULES:
        return None
    (meant,) = off
    i = next(i for i in range(len(word)) if word[i] != meant[i])
    if i == 0 or not neighbours(word[i], meant[i]):
        return None  # a first letter typed for another is another word begun ("destart"), never a slip read
    return meant


def _one_word_rules(rules: tuple[str, ...]) -> list[tuple[str, str]]:
    """(word, rule) for each rule of `rules` said as one literal word in natural.lark, in the grammar's order."""
    from bot.language.grammar import natural

    parser = natural()
    terminals = {t.name: t for t in parser.terminals}
    out: list[tuple[str, str]] = []
    for rule in parser.rules:
        name = str(rule.origin.name)
        if name not in rules or len(rule.expansion) != 1:
            continue
        term = terminals.get(rule.expansion[0].name)
        if term is not None and term.pattern.type == "str":
            out.append((term.pattern.value, name))
    return out


@lru_cache(maxsize=1)
def _read_words() -> dict[str, str]:
    """English word of a read -> its rule, for the rules of EN_READ_RULES said as one word (natural.lark)."""
    out: dict[str, str] = {}
    for word, name in _one_word_rules(EN_READ_RULES):
        if not _HANGUL_WORD.fullmatch(word):
            out.setdefault(word.lower(), name)
    return out


def _slip_candidates(typed: str) -> set[str]:
    """The English words of the grammar (natural.lark's and every keyword) that `typed` can be a `_keyboard_slip`
    of — found by the slip's three shapes instead of trying every word: a word with a letter left out is `typed`
    (looked up among the words' one-letter deletions), a letter typed twice is `typed` with one of a doubled pair
    taken out, two neighbours swapped is `typed` with two neighbours swapped back. A superset; `_keyboard_slip`
    decides."""
    words, dropped = _english_pool()
    out = set(dropped.get(typed, ()))
    for i in range(len(typed) - 1):
        if typed[i] == typed[i + 1]:
            out.add(typed[:i] + typed[i + 1:])
        else:
            out.add(typed[:i] + typed[i + 1] + typed[i] + typed[i + 2:])
    return out & words


@lru_cache(maxsize=1)
def _english_pool() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(every English word of the grammar and keyword; those words by each of their one-letter deletions)."""
    from bot.language.grammar import keywords

    words = _words()[2] | keywords()
    dropped: dict[str, list[str]] = {}
    for w in words:
        for i in range(len(w)):
            dropped.setdefault(w[:i] + w[i + 1:], []).append(w)
    return words, {k: tuple(v) for k, v in dropped.items()}


def _keyboard_slip(typed: str, word: str) -> bool:
    """English: `typed` is `word` with a letter left out ("delte"), a letter typed twice ("stopp") or two
    neighbours swapped ("strat") — never another letter put in or for one, which makes other English words
    ("lunch" is not launch, "remote" not remove)."""
    if len(typed) == len(word) - 1:
        return any(word[:i] + word[i + 1:] == typed for i in range(len(word)))
    if len(typed) == len(word) + 1:
        return any(typed[i] == typed[i + 1] and typed[:i] + typed[i + 1:] == word for i in range(len(typed) - 1))
    if len(typed) == len(word) and typed != word:
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]
    return False


# (loan25) the rules of the Korean nouns of a read ("로그", "상태", "상세") whose one-jamo slip is read when the word is
# typed alone ("web 로크 보여줘" = 로그, "web 상테" = 상태: `_read_noun_ko`): a read, never a write
KO_READ_RULES = ("v_logs", "v_inspect")
_MIN_KO_READ_JAMO = 4


@lru_cache(maxsize=1)
def _ko_read_words() -> dict[str, str]:
    """Korean word of a read -> its rule, for the rules of KO_READ_RULES said as one word of 4 jamo or more."""
    out: dict[str, str] = {}
    for word, name in _one_word_rules(KO_READ_RULES):
        if _HANGUL_WORD.fullmatch(word) and len(jamo(word)) >= _MIN_KO_READ_JAMO:
            out.setdefault(word, name)
    return out


@lru_cache(maxsize=4096)
def _read_noun_ko(word: str) -> str | None:
    """(loan25) The Korean noun of a read (`_ko_read_words`) a whole word is one jamo from ("로크" = 로그, "상테" = 상태),
    when every word of the grammar that near is a word of that one read (상테 is as near to 상세: both inspect — 상태
    said) and the word is none itself; else None."""
    _, ko, _ = _words()
    reads = _ko_read_words()
    if word in ko or len(jamo(word)) < _MIN_KO_READ_JAMO:
        return None
    near = _near(word, frozenset(reads), spell=True)
    if not near or len({reads[w] for w in near}) != 1 or _near(word, ko, spell=True) - near:
        return None
    order = {w: i for i, w in enumerate(reads)}
    return min(near, key=order.__getitem__)  # the one the grammar says first (상태 before 상세: the same read)


# (f22b) a tense initial and the plain one it doubles, one key with shift held (Unicode's initial indices: ㄲ ㄱ, ㄸ ㄷ,
# ㅃ ㅂ, ㅆ ㅅ, ㅉ ㅈ)
_TENSE = {1: 0, 4: 3, 8: 7, 10: 9, 13: 12}


@lru_cache(maxsize=1024)
def _unit_slip(word: str) -> str | None:
    """(f22b) A unit typed right after a number with its first consonant tensed, shift held ("50쭐" = 50줄, "10뿐" = 10분):
    the unit of grammar/lexicon.txt `num_units` it spells with the plain consonant, else None."""
    from bot.language.grammar import words

    at = ord(word[0]) - 0xAC00
    if not 0 <= at < 11172 or at // 588 not in _TENSE:
        return None
    plain = chr(0xAC00 + _TENSE[at // 588] * 588 + at % 588) + word[1:]
    return plain if plain in words("num_units") else None


@lru_cache(maxsize=1024)
def _particle_slip(word: str) -> str | None:
    """(f22b) A read's noun with its object or topic particle typed without its final consonant ("web 로그르 100줄" =
    로그를): the noun with the particle of grammar/lexicon.txt `typo_particle_slip` (slip=particle), else None."""
    from bot.language.grammar import lexicon

    slips = dict(pair.split("=") for pair in lexicon().get("typo_particle_slip", ()))
    for cut in range(2, len(word)):
        head, rest = word[:cut], word[cut:]
        if rest in slips and (head in _ko_read_words() or head in _words()[0]):
            return head + slips[rest]
    return None


def correct(text: str, endings: bool = True, reads: bool = False) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """`text` with each word typed one slip from a verb (see the module doc) replaced by it, and the pairs
    (typed, read as), in order; None when no word is. Quoted text is the command's: never touched.
    `endings=False`: a slip of the verb only (an ending one slip from a request ending is left as typed).
    `reads=True`: (loan25) a whole Hangul word one jamo from a read's noun too (`_read_noun_ko`); the caller keeps
    that reading only when it is a read."""
    from bot.language.normalize import _outside

    fixes: list[tuple[str, str]] = []

    def fix(part: str) -> str:
        out: list[str] = []
        for word in part.split(" "):
            new = word
            for mt in _HANGUL_WORD.finditer(word):
                meant = _korean(mt.group(), endings)
                if meant is None and endings and mt.start() and word[mt.start() - 1].isdigit():
                    meant = _unit_slip(mt.group())
                if meant is None and endings and mt.start() == 0:
                    meant = _particle_slip(mt.group())
                if meant is None and endings and mt.end() == len(word):
                    meant = _ending_slip(mt.group()) or _hae_slip(mt.group())
                if meant is None and reads and mt.start() == 0 and mt.end() == len(word):
                    meant = _read_noun_ko(mt.group())
                if meant is not None:
                    new = word[:mt.start()] + meant + word[mt.end():]
                    fixes.append((mt.group(), meant))
                    break
            else:
                mt2 = _ENGLISH_WORD.fullmatch(word)
                if mt2 is not None and (meant := _english(word)) is not None:
                    new = meant
                    fixes.append((word, meant))
            out.append(new)
        return " ".join(out)

    fixed = _outside(text, fix)
    return (fixed, tuple(fixes)) if fixes else None



# (safe35) the verb rules that write: a slip of one of their words never makes another's write
WRITE_VERB_RULES = ("v_run", "v_create", "v_start", "v_stop", "v_kill", "v_pause", "v_unpause", "v_restart", "v_rm",
                    "v_prune", "v_pull", "v_push", "v_connect", "v_disconnect")

def write_verb_slipped(typos: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """(safe35) Of a reading's slips (`Command.typos`: typed, read as), the first typed in a write's verb word itself
    ("restat" -> restart, "재시잘해줘" -> 재시작해줘, "졍지" -> 정지); None when every slip is elsewhere — an ending
    ("켜쥬세요" -> 켜주세요: the verb as typed), a courtesy word ("pleasse"), docker's name ("dokcer"), a name, or a word
    typed in the other keyboard layout (its script differs from the word read)."""
    verbs, _, _ = _words()
    writes = [w for w, rule in verbs.items() if rule in WRITE_VERB_RULES]
    for typed, meant in typos:
        if (_HANGUL_WORD.search(typed) is None) != (_HANGUL_WORD.search(meant) is None):
            continue  # the other keyboard layout ("wotlwkr" = 재시작): typed right on the wrong keys
        if meant.lower() in writes:
            return typed, meant
        heads = [v for v in writes if _HANGUL_WORD.fullmatch(v) and meant.startswith(v)]
        if heads and not typed.startswith(max(heads, key=len)):
            return typed, meant
    return None


# (safe35) the vowel of a stem's last syllable (Unicode's medial index) -> the vowel of its -어 form said contracted
# (죽이 -> 죽여, 지우 -> 지워, 끄 -> 꺼, 보 -> 봐; a vowel of its own stays: 켜, 빼)
_EO = {20: 6, 13: 14, 18: 4, 8: 9, 0: 0, 4: 4, 6: 6, 1: 1, 5: 5}
_HA, _HAE = "\ud558", "\ud574"  # 하 -> 해


def _eo_form(stem: str) -> str:
    """The -어 form of a Korean verb stem as chat types it before 줘 (죽이 -> 죽여, 지우 -> 지워, 받 -> 받아)."""
    last = ord(stem[-1]) - 0xAC00
    if stem.endswith(_HA):
        return stem[:-1] + _HAE
    if last % 28:
        return stem + ("\uc544" if (last % 588) // 28 in (0, 8) else "\uc5b4")  # 아 after ㅏ ㅗ, else 어
    vowel = (last % 588) // 28
    if vowel not in _EO:
        return stem
    return stem[:-1] + chr(0xAC00 + (last // 588) * 588 + _EO[vowel] * 28)


@lru_cache(maxsize=1)
def _said_verbs_ko() -> dict[str, str]:
    """(safe35) The Korean verb words of the grammar's write verbs as chat types them before its request ending — a
    verbal noun as spelt (재기동), a stem in its -어 form (죽여, 켜) — with their rule."""
    verbs, _, _, nouns = _grammar_words()
    out: dict[str, str] = {}
    for w, rule in verbs.items():
        if rule in WRITE_VERB_RULES and _HANGUL_WORD.fullmatch(w) and not re.search(r"[\u3131-\u318e]", w):
            out.setdefault(w if w in nouns else _eo_form(w), rule)
            out.setdefault(w, rule)
    return out


def glued_slip_ko(word: str) -> tuple[str, str, str] | None:
    """(safe35) A Hangul word read as a write verb of the grammar said after a syllable glued before it that the reading
    drops ("죽켜줘" = 죽 + 켜줘: start; "저기동해줘" = 저 + 기동해줘) when, its request ending taken off, the word is
    one jamo from another write verb's word (죽여: kill; 재기동: restart): (the verb read, the verb it may be a slip of,
    the word typed with that verb: 죽여줘) — a slip of one verb never makes another's write (the caller reads the word
    so typed: when it reads as the same command, "재가동" = 재기동, nothing is in doubt); None otherwise (a word said as
    a verb of its own: 재워, 날려)."""
    from bot.language.grammar import words

    said = _said_verbs_ko()
    for end in [*sorted(words("typo_glued_end_ko"), key=len, reverse=True), ""]:
        if not word.endswith(end) or len(word) <= len(end):
            continue
        core = word[:-len(end)] if end else word
        if core in said:
            return None
        read = [v for i in range(1, len(core)) if (v := core[i:]) in said]
        if not read:
            continue
        spelt = jamo(core)
        for other, rule in said.items():
            if rule != said[read[0]] and distance(spelt, jamo(other)) <= 1:
                return read[0], other, other + end
    return None


@lru_cache(maxsize=64)
def _cli_words_near(length: int) -> tuple[str, ...]:
    """(perf33) grammar/lexicon.txt `typo_cli_word` sorted, those one letter shorter, as long or longer than `length`
    only: `_keyboard_slip` is False for any other (asked of every sentence's first word)."""
    from bot.language.grammar import words

    return tuple(w for w in sorted(words("typo_cli_word")) if abs(len(w) - length) <= 1)


def cli_slip(text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """`text` whose first word is one keyboard slip (`_keyboard_slip`) of the word a typed docker command starts with
    (grammar/lexicon.txt `typo_cli_word`: "dokcer ps", "dcoker images") with that word put right, and the pair
    (typed, read as); None otherwise (the word typed right, another word, or nothing after it)."""
    first, _, rest = text.partition(" ")
    if not rest.strip():
        return None
    typed = first.lower()
    meant = next((w for w in _cli_words_near(len(typed)) if w != typed and _keyboard_slip(typed, w)), None)
    return (meant + " " + rest, ((first, meant),)) if meant is not None else None


@lru_cache(maxsize=1)
def _cli_keywords() -> frozenset[str]:
    """The command words of grammar/docker_cli.lark (its string terminals: ps, images, network, unpause…)."""
    from bot.language import grammar

    return frozenset(t.pattern.value for t in grammar.cli().terminals
                     if t.pattern.type == "str" and re.fullmatch(r"[a-z]{2,}", t.pattern.value))


def cli_word_slip(typed: str) -> str | None:
    """(en33) The command word of docker's CLI `typed` is one keyboard slip of (`_keyboard_slip`: "imgaes" = images,
    "netwrok" = network, "pul" = pull, "unpuase" = unpause) when it is no command word itself, that word is the only one
    within one edit of it (`distance`: "rn" is as near to rm as to run, "stat" to start as to stats — never read), and
    `typed` is letters only; None otherwise. Only a command word is ever read so: every other word stays as typed."""
    low = typed.lower()
    words = _cli_keywords()
    if not low.isalpha() or not low.isascii() or low in words:
        return None
    near = [w for w in words if distance(low, w) <= 1]
    if len(near) != 1 or not _keyboard_slip(low, near[0]):
        return None
    return near[0]


@lru_cache(maxsize=1)
def _ban_slip() -> re.Pattern[str]:
    """-지 (grammar/lexicon.txt `ban_slip_lead_ko`) then a syllable of ㅁ (U+B9C8 … U+BC13), then the rest of the word."""
    from bot.language import grammar

    return re.compile(rf"(?:{grammar.alternation('ban_slip_lead_ko')})([\ub9c8-\ubc13])(\S*)")


def ban_slipped_ko(text: str) -> str | None:
    """(safe34ko) The word of a Korean `text` that types a ban's -지 마 with one jamo slipped (the syllable after 지 one
    jamo from one of grammar/lexicon.txt `ban_slip_of_ko`, only `ban_slip_tail_ko` after it: "web 재시작 하지먀", "cache
    지우지머", "web 재시작 하지먀라" — a write was run or offered), or None; 마 / 말 as typed are the ban itself."""
    from bot.language import grammar

    of, tail = grammar.words("ban_slip_of_ko"), grammar.words("ban_slip_tail_ko") | {""}
    for word in text.split():
        for mt in _ban_slip().finditer(word.strip(".,!?~")):
            slip, after = mt.group(1), mt.group(2)
            if (slip not in of and after in tail and (ord(slip) - 0xAC00) % 28 == 0
                    and any(distance(jamo(slip), jamo(b)) == 1 for b in of)):  # a vowel slipped: 먀, 머 (never 마지막, 하지만)
                return word
    return None

