"""Text cleanup before parsing: one function (its words, once, from grammar/lexicon.txt).

    >>> normalize("<@U123> ｗｅｂ  재시작 &amp; “now”")
    'web 재시작 & "now"'

- Unicode NFKC (full-width ８０ -> 80, ｗｅｂ -> web; Hangul stays composed)
- smart quotes -> ASCII quotes; zero-width and control characters dropped
- Slack markup: <@U123> mentions dropped, <#C1|name> -> #name, <http://x|x> -> x,
  then &lt; &gt; &amp; unescaped (in that order, as Slack documents); ~struck~ words dropped, *bold* unwrapped
- English contractions: "don't" -> "do not" (so the negation is a word)
- a sentence's closing punctuation (but one ? after Hangul: the mood of its ending), and runs of spaces

Never changed, in any dialect (issue 15): a quoted string, a value (`KEY=VALUE`, a path, a
port, a flag's word), a name's case. A docker command (`docker …`, also pasted after `$ ` or
`sudo `) is left exactly as typed after the markup is undone: docker reads it, not English
grammar (`-e GREETING=hello!`, `echo "bob's"`, `echo hello.` keep every character). Full-width
forms are folded only outside quotes there.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from bot.language.own_service import framed

# Hangul syllables and compatibility jamo (ㅇㅇ, ㄱㄱ): the one test for "is this Korean text"
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


def has_hangul(text: str | None) -> bool:
    """True when `text` has a Hangul syllable or jamo (HANGUL): Korean, for choosing a language."""
    return bool(text) and HANGUL.search(text or "") is not None


_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")
_SUBTEAM = re.compile(r"<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto|ftp)[^>|]*)(?:\|([^>]*))?>")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "`"})
_QUOTE_CHARS = re.compile("[" + "".join(map(chr, _QUOTES)) + "]")  # what _QUOTES changes: without one, nothing
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# (lead20) a lone UTF-16 surrogate (a JSON "\\ud800" decodes to one): no character; Kiwi raised UnicodeDecodeError on it
SURROGATE = re.compile(r"[\ud800-\udfff]")
_TRAILING = re.compile(r"(?<=[\w\uac00-\ud7a3)\]\"'])[.!?~]+(?=\s|$)")
# what _TRAILING strips, at the end of a part `_protect` gives it (before a space, a quote or the end — a
# value word starts after a space): a text without one is left as it is ("mysql:5.7 실행": nothing stripped)
_TRAILING_CHAR = re.compile(r"[.!?~](?=[\s\"']|$)")
# (f23a) a full stop (or "!") closing the sentence after a value-like word that ends in a letter or digit ("push
# fastcampus/hello-world.", "pull redis:7."): the sentence's end, not the reference's; one inside the word ("nginx:1.25",
# "./x") or after a path's slash ("web:/app/.") is kept, and so is one closing a path ("/tmp/0.", "./x.", "~/a.",
# "vol:/data.": a directory may be so named — a mount's source is never changed)
_VALUE_STOP = re.compile(r"(?<!\S)(?![/.~])((?:-\S*|\S*[=/:@\\]\S*)[A-Za-z0-9])[.!]+(?=\s|$)")


def _value_stopped(mt: re.Match[str]) -> str:
    """(f23a) `_VALUE_STOP`'s word without its closing stop — unless it holds a path (":/", "=/"): kept as typed."""
    return mt.group(0) if ":/" in mt.group(1) or "=/" in mt.group(1) else mt.group(1)
_NOT_SPACE = re.compile(r"\s\s|[^\S ]")  # what _SPACES changes: two blanks, or one other than " "
_N_T = re.compile(r"[nN][’']?[tT]")  # what every `contract_not` match holds ("don't", "cant")
_SPACES = re.compile(r"\s+")
_CODE = re.compile(r"^(```|`)\s*(.*?)\s*\1$", re.S)  # Slack inline code / code block around it all
_INLINE_CODE = re.compile(r"(```|`)([^`\n]+?)\1")  # Slack inline code inside a sentence
_LEADING_CODE = re.compile(r"^(```|`)\s*((?i:docker)\s[^`]*?)\s*\1(?=\s)")  # `docker …` and words after it
# Slack's strikethrough (~web~) and bold (*web*) around words: a struck word is one the writer crossed out
# ("restart ~cache~ web" = restart web), bold is emphasis. Never a home path ("~/x"), never a tilde closing
# a word ("재시작해줘~") and never a glob (`*` inside a word).
# A mark opens a word only where Slack reads it as one: after the start, a space or an opening bracket or quote —
# never inside an ASCII entity ("/tmp/gorae-_x5_" is a host path: its underscores were dropped and the wrong
# directory was mounted; "/srv/*a*" is a glob) — and closes it only before a space, the end, a Hangul particle or
# a sentence's punctuation that ends the token (never "_a_.txt", "_a_:/x", "_a_-b").
_MARK_OPENS = r"(?<![^\s(\[{\"'“‘<>])"
_MARK_CLOSES = r"(?![\w\-/@=+%#\\])(?![.:,]\w)(?![.:,][/\-])"
_STRUCK = re.compile(_MARK_OPENS + r"(~~?)(?![\s/~])[^~\n]*?(?<![\s~])\1(?![\w/~])" + _MARK_CLOSES)
_BOLD = re.compile(_MARK_OPENS + r"\*(?![\s*])([^*\n]*?)(?<![\s*])\*(?![\w*])" + _MARK_CLOSES)
# (en22) Slack's italic (_web_, _please_) around words, emphasis as bold is ("_please_ restart web" · "_web_ 상태?" ·
# "restart _cache_ now"): a Docker name never starts or ends with _, so a word in it is never cut (my_app stays)
_ITALIC = re.compile(_MARK_OPENS + r"_(?![\s_])([^_\n]*?[^\s_])_(?![\w_])" + _MARK_CLOSES)
# (en24b) a pasted shell prompt before a docker command: `$ `, `# `, `% `, `> `, with what a prompt shows before its sign
# — user@host and a path ("root@prod:~# docker images", "deploy@web-1:/srv$ docker ps"), a path alone
# ("~/infra $ docker restart my-nginx", "/opt/app# docker ps"), a bracketed one ("[root@prod ~]# docker ps") — and sudo
_PROMPT_HEAD = (r"(?:(?:[\w.\-]+@[\w.\-]+(?::[^\s$#%>]*)?|\[[^\]\n]{1,80}\]|[~/][^\s$#%>]*)[ \t]*)?[$#%>][ \t]+")
_PROMPT = re.compile(r"^(?:" + _PROMPT_HEAD + r")?(?:sudo\s+)?(?=(?i:docker)\b)")
# (lead27) the host of a pasted prompt ("root@prod-9:~# docker rm web", "[deploy@web-1 srv]$ docker ps"): where the
# command was typed (`prompt_host`)
_PROMPT_HOST = re.compile(r"^\s*(?:`{1,3}\s*)?\[?[\w.\-]+@(?P<host>[\w.\-]+)(?::[^\s$#%>]*|\s[^\]\n]{0,80}\])?[ \t]*[$#%>]"
                          r"[ \t]+(?:sudo\s+)?(?i:docker)\b")
# (en24b) a shell line continuation pasted with its command: a backslash alone (a blank before it) before a line break,
# before the next word when the lines were joined ("docker run -d \ -p 8090:80 nginx", "… \ alpine"), or ending the text
# ("docker stop web \"); a shell would read `\ x` as a word " x" starting with a blank, which no docker word is
_CONTINUED = re.compile(r"(?<=\s)\\(?:[ \t]*\r?\n|[ \t]+|$)")
# (brk25) … but in a command typed into a container (docker exec) a backslash inside the line is the shell's: `a \ b`
# is the word " b" ("docker exec web echo a \ b" ran echo a b); only one before a line break or ending the text continues
_CONTINUED_EXEC = re.compile(r"(?<=\s)\\(?:[ \t]*\r?\n|[ \t]*$)")
_EXEC_CLI = re.compile(r"^(?i:docker)\s+(?:container\s+)?exec\s")
# a runbook's step number before a pasted docker command ("1) docker stop cache", "2. docker start db"); with its
# word (grammar/lexicon.txt `runbook_step`: "step 2: docker start db") in `_step()`
_STEP = re.compile(r"^\d{1,2}[.)]\s+(?=docker\b)")


@lru_cache(maxsize=1)
def _step() -> re.Pattern[str]:
    """"step 2: docker start db": a runbook's numbered step (grammar/lexicon.txt `runbook_step`) before a docker command."""
    return re.compile(r"^(?i:" + _alternation("runbook_step") + r")\s*\d{1,2}\s*[:.)]\s*(?=docker\b)")


def _unstep(text: str) -> str:
    """The text without a runbook's step number before a docker command ("1) docker ps" -> "docker ps")."""
    if not text[:1].isdigit() and not text[:1].isalpha():
        return text
    return _step().sub("", _STEP.sub("", text))


@lru_cache(maxsize=1)
def _hesitation() -> re.Pattern[str]:
    """(chain16) grammar/lexicon.txt `hesitation_en` set off by commas (", er,"): a word taken back, as ", sorry,"."""
    return re.compile(r"(?i),\s*(?:" + _alternation("hesitation_en") + r")\s*,")


def _alternation(role: str) -> str:
    """The words of a grammar/lexicon.txt role as a regex alternation (longest first)."""
    from bot.language.grammar import lexicon

    return "|".join(re.escape(w) for w in sorted(lexicon()[role], key=len, reverse=True))


@lru_cache(maxsize=1)
def _words_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns made of grammar/lexicon.txt's words: English contractions (`contract_is`,
    `contract_not`: "what's" -> "what is", "don't" -> "do not") and the bot called by name at the
    start (`bot_names`, with a Korean `vocative`), as typed in a terminal or without Slack's
    mention markup; and the possessive 's, dropped ("cache's logs" -> "cache logs") except before a noun of
    `possessed` ("web's image": the image of web, grammar/natural.lark `image_of`)."""
    possessive = re.compile(r"(?<=[A-Za-z0-9])['’]s\b(?!\s+(?i:" + _alternation("possessed") + r")\b)")
    is_ = re.compile(r"(?i)\b(" + _alternation("contract_is") + r")[’']s\b")
    not_ = re.compile(r"(?i)\b(" + _alternation("contract_not") + r")n[’']?t\b")
    names, voc = _alternation("bot_names"), _alternation("vocative")
    bot = re.compile(r"^@?(" + names + r")(?:" + voc + r")?\s*[,:]\s*|^@(" + names + r")\s+", re.I)
    return is_, not_, bot, possessive


def _possessive_dropped(mt: re.Match[str]) -> str:
    """(break5) The possessive 's is dropped before a word of the grammar ("cache's logs" -> "cache logs"); before
    any other word, a name, it stays ("restart web's cache": the cache OF web, never web and cache — it restarted
    both): the sentence is then not read, and nothing runs."""
    from bot.language import grammar

    after = re.match(r"\s+([A-Za-z][\w.\-]*)", mt.string[mt.end():])
    if after is not None and after.group(1).lower() in grammar.words("told_state"):
        return " is"  # (break6) "web's ok, restart cache": web IS ok (its state told), never web's own ok
    if after is None or after.group(1).lower() in grammar.keywords():
        return ""
    return mt.group()


@lru_cache(maxsize=1)
def _asked_not_be() -> re.Pattern[str]:
    """(q17) grammar/lexicon.txt `asked_not_be_en`: a negated be first in a question of one sentence, its subject a
    thing, not a person ("isn't web running?", "why isn't db up?", "aren't there any stopped containers?"), asks what
    the plain question asks ("is web running?": a read) — its n't is no ban, so it is dropped; "web isn't running"
    (a complaint), "isn't web running. restart it" and "aren't you going to restart web?" are left as said."""
    return re.compile(r"(?i)^(\s*(?:(?:" + _alternation("asked_not_why_en") + r")\s+)?(?:"
                      + _alternation("asked_not_be_en") + r"))n[’']t(?=\s+(?!(?:" + _alternation("asked_not_person_en")
                      + r")\b)[A-Za-z0-9][^.,;:!?\n]*\?+\s*$)")


@lru_cache(maxsize=1)
def _state_is() -> re.Pattern[str]:
    """(f14en) grammar/lexicon.txt `contract_is_state`: 's after a word and before a state is "is", never a possessive
    nor a quote ("investigation's over" -> "investigation is over", "web's down again" -> "web is down again")."""
    return re.compile(r"(?<=[A-Za-z0-9])['’]s(?=\s+(?i:" + _alternation("contract_is_state") + r")\b)")


@lru_cache(maxsize=1)
def _bare_is() -> re.Pattern[str]:
    """grammar/lexicon.txt `contract_is_bare`: a contraction of is typed without its apostrophe ("whos on backend"
    -> "who is on backend"); only those words ("its" is the possessive)."""
    return re.compile(r"(?i)\b(" + _alternation("contract_is_bare") + r")s\b")


# Slack's emoji shortcodes, one or more glued, as a word of their own (":fire:", ":eyes::pray:", ":+1::skin-tone-2:")
_SHORTCODES = re.compile(r"(?<!\S)(?::[a-z0-9_+\-]+:)+(?!\S)")
_SHORTCODE = re.compile(r":([a-z0-9_+\-]+):")


@lru_cache(maxsize=1)
def _no_emoji() -> tuple[re.Pattern[str], frozenset[str], str]:
    """grammar/lexicon.txt `no_emoji` (as a pattern), `no_emoji_codes`, `no_emoji_kept`."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    return (re.compile(_alternation("no_emoji")), frozenset(lex["no_emoji_codes"]), lex["no_emoji_kept"][0])


@lru_cache(maxsize=1)
def _stop_emoji() -> tuple[re.Pattern[str], frozenset[str], str]:
    """(lead32c) grammar/lexicon.txt `stop_emoji` (as a pattern), `stop_emoji_codes`, `stop_emoji_kept`."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    return (re.compile(_alternation("stop_emoji")), frozenset(lex["stop_emoji_codes"]), lex["stop_emoji_kept"][0])


@lru_cache(maxsize=1)
def _verdict_emoji() -> re.Pattern[str]:
    """grammar/lexicon.txt `verdict_emoji` (Unicode, a skin tone after it) and `verdict_emoji_codes` (Slack shortcodes)
    between a name (an ASCII word, a Hangul particle after it) and another ASCII word: groups 1 and 3 are kept."""
    from bot.language.grammar import words

    one = "|".join([*(re.escape(e) for e in words("verdict_emoji")),
                    *(re.escape(f":{c}:") for c in words("verdict_emoji_codes"))])
    # or after a name said last after a comma ("restart cache, web 👍")
    # typed over and over too ("web 👍 👍 cache 재시작")
    each = r"(?:" + one + r")(?:[\U0001F3FB-\U0001F3FF]|:skin-tone-\d:)*"
    return re.compile(r"((?<![\w\-./:@])[A-Za-z0-9][\w.\-]*[\uac00-\ud7a3]?\s*|,\s*[A-Za-z0-9][\w.\-]*\s*)(" + each
                      + r"(?:\s*" + each + r")*)(\s*,?\s*(?=[A-Za-z0-9])|\s*$)")


# (aside34) a run of emoji (Unicode, or Slack shortcodes) closing the text, after a word
_EMOJI_RUN_LAST = re.compile(r"(?:\s+(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d\u2640\u2642]+"
                             r"|(?::[a-z0-9_+\-]+:)+))+\s*$")
_EMOJI_RUN_FIRST = re.compile(r"^\s*(?:(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d\u2640\u2642]+"
                              r"|(?::[a-z0-9_+\-]+:)+)\s+)+")
_EMOJI_DRESS = re.compile(r"[\ufe0f\u200d\u2640\u2642\U0001F3FB-\U0001F3FF\s]")


@lru_cache(maxsize=1)
def _emoji_kinds() -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(aside34) grammar/lexicon.txt: the neutral emoji (Unicode and `:code:`, the longest first), those that say no or
    stop (left to `_emoji_said`), and `emoji_unread_kept`."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    neutral = [*lex["emoji_neutral"], *(f":{c}:" for c in lex["emoji_neutral_codes"]),
               *(f":{c}:" for c in lex["verdict_emoji_codes"]), *lex["verdict_emoji"]]
    said = [*lex["no_emoji"], *lex["stop_emoji"], *(f":{c}:" for c in lex["no_emoji_codes"]),
            *(f":{c}:" for c in lex["stop_emoji_codes"])]
    return (tuple(sorted(neutral, key=len, reverse=True)), tuple(said), lex["emoji_unread_kept"][0])


def _emoji_last(text: str) -> str:
    """(aside34) Emoji said last after an order ("data 삭제 ⚠️", "restart web 🤷", "rm data :scream:") are set aside only
    when each is a neutral or urgent one (grammar/lexicon.txt `emoji_neutral`: "🙏", "🔥", ":rotating_light:"); any
    other is kept, as one word `emoji_unread_kept` and the emoji glued after it (":emoji:😱"), so that a write before it
    is asked back, never run (bot/language/parse.py `_emoji_after_order`). One that says no or stop is `_emoji_said`'s."""
    mt = _EMOJI_RUN_LAST.search(text)
    if mt is None or not text[:mt.start()].strip():
        return text
    run = mt.group()
    neutral, said, kept = _emoji_kinds()
    if any(e in run for e in said):
        return text
    rest = run
    for e in neutral:
        rest = rest.replace(e, " ")
    if not _EMOJI_DRESS.sub("", rest):
        return text
    return f"{text[:mt.start()]} {kept}{''.join(run.split())}"


def _emoji_first(text: str) -> str:
    """(brk35b) Emoji said first before an order, one of them of fear, doubt or a trial (grammar/lexicon.txt
    `emoji_first_asked`: "😱 rm data", "🧪 data 지워", ":scream: cache 꺼") are read as said last (`_emoji_last`): kept
    after the order as `emoji_unread_kept`, so a write is asked back, never run. Any other said first (a pointer, an icon
    of the topic, a warning sign: "👉 cache 👈 재시작", "🔌 web을 … 빼줘", ":warning: restart web") stays chat noise; one
    that says no or stop is `_emoji_said`'s; one already kept last leaves it."""
    mt = _EMOJI_RUN_FIRST.match(text)
    _, said, kept = _emoji_kinds()
    if mt is None or not text[mt.end():].strip() or kept in text:
        return text
    run = mt.group()
    from bot.language.grammar import lexicon

    lex = lexicon()
    doubt = [*lex["emoji_first_asked"], *(f":{c}:" for c in lex["emoji_first_asked_codes"])]
    if any(e in run for e in said) or not any(e in run for e in doubt):
        return text
    return f"{text[mt.end():].rstrip()} {kept}{''.join(run.split())}"


def _emoji_said(part: str) -> str:
    """An emoji that says no (grammar/lexicon.txt `no_emoji`, Unicode or a Slack shortcode) becomes the one
    shortcode `no_emoji_kept` (a word the grammar never reads: the sentence is refused, never a write with
    the no dropped); one of a verdict of ok between two names (`verdict_emoji`: "web 👍 cache 재시작") the word ok,
    which tells of the name before it (lead31); any other shortcode is chat noise, dropped."""
    if not part.isascii() or ":" in part:
        part = _verdict_emoji().sub(r"\1 ok \3", part)
    no, codes, kept = _no_emoji()
    stop, stop_codes, stop_kept = _stop_emoji()  # (lead32c) one of stop: its own word (still no word the grammar reads)
    part = no.sub(f" {kept} ", stop.sub(f" {stop_kept} ", part)) if not part.isascii() else part

    def shortcodes(mt: re.Match[str]) -> str:
        if mt.group().startswith(_emoji_kinds()[2]):
            return mt.group()  # (aside34) emoji kept unread (`_emoji_last`)
        found = _SHORTCODE.findall(mt.group())
        if any(c in codes and c not in stop_codes for c in found):
            return f" {kept} "
        return f" {stop_kept} " if any(c in stop_codes for c in found) else " "

    return _SHORTCODES.sub(shortcodes, part) if ":" in part else part


@lru_cache(maxsize=1)
def _doubled() -> re.Pattern[str]:
    """grammar/lexicon.txt `doubled_particle`: a particle typed twice right after an ASCII name
    ("cache를를 재시작" -> "cache를 재시작"), a slip that names nothing."""
    return re.compile(r"(?<=[A-Za-z0-9])(" + _alternation("doubled_particle") + r")\1(?![\uac00-\ud7a3])")


@lru_cache(maxsize=1)
def _slips() -> tuple[re.Pattern[str], dict[str, str]]:
    """grammar/lexicon.txt `slip_ending` (SLIP=MEANT): a request ending typed with a jamo slip, glued
    after a Hangul syllable at the end of a word ("재시작해즈ㅓ" -> "재시작해줘")."""
    from bot.language.grammar import lexicon

    meant = dict(entry.split("=", 1) for entry in lexicon()["slip_ending"])
    alternation = "|".join(re.escape(w) for w in sorted(meant, key=len, reverse=True))
    return re.compile(r"(?<=[\uac00-\ud7a3])(" + alternation + r")(?=\s|$|[.!?~])"), meant


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _image_used_ko() -> tuple[re.Pattern[str], dict[str, str]]:
    """(run25) grammar/lexicon.txt `image_used_ko` (FORM=MEANT, `_` a space): the image said as what a run uses
    ("nginx 이미지를 사용하여 8080포트로 컨테이너 하나 기동", "redis 이미지를 이용해서 띄워") is the image a run is of,
    as "이미지로" says it; said of another noun ("my-volume 볼륨을 사용해서": its volumes) it stays."""
    from bot.language.grammar import lexicon

    meant = {k.replace("_", " "): v.replace("_", " ") for k, v in (e.split("=", 1) for e in lexicon()["image_used_ko"])}
    alternation = "|".join(re.escape(w) for w in sorted(meant, key=len, reverse=True))
    return re.compile("(" + alternation + r")(?=\s|$|[.,!])"), meant


@lru_cache(maxsize=1)
def _size_said_of_ko() -> frozenset[str]:
    """(run25) grammar/lexicon.txt `size_said_of_ko`: the words of a memory said in Korean ("메모리", "램")."""
    from bot.language.grammar import words

    return words("size_said_of_ko")


@lru_cache(maxsize=1)
def _size_unit_ko() -> tuple[re.Pattern[str], dict[str, str]]:
    """(run25) grammar/lexicon.txt `size_unit_ko` (FORM=LETTER): a size's unit said in Korean right after its number,
    in a sentence that says a memory ("메모리 512메가로 redis 띄워줘" -> "메모리 512m로 …", "램 2기가" -> "램 2g"): the
    letter docker reads (-m 512m). "몇 메가" (no number) stays a question of the use."""
    from bot.language.grammar import lexicon

    letter = dict(entry.split("=", 1) for entry in lexicon()["size_unit_ko"])
    alternation = "|".join(re.escape(w) for w in sorted(letter, key=len, reverse=True))
    return re.compile(r"(?<![\w.])([0-9]+(?:\.[0-9]+)?)\s?(" + alternation + ")"), letter


@lru_cache(maxsize=1)
def _list_put_up_ko() -> re.Pattern[str]:
    """(f22c) A word of a list (grammar/lexicon.txt `list_put_up_ko`), then a word that changes nothing (`list_put_up_between_ko`,
    `~` a space), then 띄우다 put up: the word between dropped, as natural.lark's v_list reads the list put up."""
    between = _alternation("list_put_up_between_ko").replace("\\~", "~").replace("~", r"\s?")  # re.escape's \~
    return re.compile(r"(?<![\w.])(" + _alternation("list_put_up_ko") + r")\s+(?:" + between + r")\s+(?=" + _alternation("list_put_up_verb_ko") + ")")


@lru_cache(maxsize=1)
def _half_ko() -> re.Pattern[str]:
    """(f22c) A time and a half in Korean (grammar/lexicon.txt `half_hour_ko`, `half_one_ko`, `half_ko`): digits or 한,
    시간, 반 ("1시간 반", "한 시간 반": group n), or 반 before 시간 ("반시간", "반 시간": no n)."""
    hour, one, half = _alternation("half_hour_ko"), _alternation("half_one_ko"), _alternation("half_ko")
    return re.compile(r"(?<![\w.])(?:(?P<n>[0-9]{1,2}|" + one + r")\s?(?:" + hour + r")\s?(?:" + half + r")|(?:" + half
                      + r")\s?(?:" + hour + r"))(?=\s|$|[.!?~,]|" + _alternation("half_after_ko") + ")")


@lru_cache(maxsize=1)
def _size_as_ko() -> re.Pattern[str]:
    """(f22c) Digits glued to a unit of grammar/lexicon.txt `size_unit_ko`, then a particle of `size_as_particle_ko`
    closing the word ("512메가로", "1기가로"): groups digits, unit, particle."""
    from bot.language.grammar import lexicon

    units = "|".join(re.escape(e.split("=", 1)[0]) for e in sorted(lexicon()["size_unit_ko"], key=len, reverse=True))
    particles = "|".join(re.escape(w) for w in sorted(lexicon()["size_as_particle_ko"], key=len, reverse=True))
    return re.compile(r"(?<![\w.])([0-9]+(?:\.[0-9]+)?)(" + units + r")(" + particles + r")(?=\s|$)")


def _size_said_as_ko() -> str:
    """(f22c) The word of a memory said first in grammar/lexicon.txt `size_said_of_ko` (메모리)."""
    from bot.language.grammar import lexicon

    return lexicon()["size_said_of_ko"][0]


@lru_cache(maxsize=1)
def _digits_power_ko() -> tuple[re.Pattern[str], dict[str, int]]:
    """(ko33b) Digits glued to a power of grammar/lexicon.txt `num_powers` right before a unit of `num_units` ("web 로그
    2천 줄", "3백줄"): the number in digits ("2000 줄"); the digits alone were read ("--tail 2")."""
    from bot.language.grammar import lexicon

    power = {w: 10 ** (n + 1) for n, w in enumerate(lexicon()["num_powers"])}
    units = "|".join(re.escape(u) for u in sorted(lexicon()["num_units"], key=len, reverse=True))
    return re.compile(r"(?<![\w.])([0-9]{1,3})(" + "|".join(map(re.escape, power)) + r")(?=\s?(?:" + units + "))"), power


@lru_cache(maxsize=1)
def _digits_unit() -> re.Pattern[str]:
    """(f23x) A number right before a unit of grammar/lexicon.txt `num_units` (Korean, glued or not) or `number_unit_en`
    written with thousands' commas ("1,000줄", "2,000 lines") or with a thousand's letter of `num_thousand_letter`
    ("1k줄", "5k lines"): group n, said in digits by `_digits_said`."""
    letter = _alternation("num_thousand_letter")
    return re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9])?(?:" + letter + r"))(?=\s?(?:"
                      + _alternation("num_units") + r")|\s+(?i:" + _alternation("number_unit_en") + r")\b)")


def _digits_said(mt: re.Match[str]) -> str:
    n = mt["n"].replace(",", "")
    if n[-1].isdigit():
        return n
    return str(round(float(n[:-1]) * 1000))


@lru_cache(maxsize=1)
def _hours_said() -> re.Pattern[str]:
    """(f23x) Hours said with their minutes ("2시간 30분", "2 hours 30 minutes", "2 hrs and 15 mins") or with a decimal
    ("1.5시간", "1.5 hrs"): the words of grammar/lexicon.txt `hour_unit`, `minute_unit` and `hour_minute_join_en`; groups
    h, m (said in minutes by `_hours_in_minutes`)."""
    hour, minute = _alternation("hour_unit"), _alternation("minute_unit")
    return re.compile(r"(?i)(?<![\w.,])(?P<h>[0-9]{1,2}(?:\.[0-9]{1,2})?)\s?(?P<hu>" + hour + r")(?:\s?(?:(?:"
                      + _alternation("hour_minute_join_en") + r")\s+)?(?P<m>[0-9]{1,2})\s?(?:" + minute
                      + r"))?(?![a-z])")


def _hours_in_minutes(mt: re.Match[str]) -> str:
    minutes = float(mt["h"]) * 60 + int(mt["m"] or 0)
    if "." not in mt["h"] and not mt["m"] or not minutes.is_integer():
        return mt.group(0)  # "2시간": as said
    said = _lexicon_words("minute_said")
    return f"{int(minutes)}{said[0] if HANGUL.match(mt['hu']) else ' ' + said[1]}"


@lru_cache(maxsize=1)
def _size_before_ko() -> re.Pattern[str]:
    """(lead32b) A size with a unit letter of grammar/lexicon.txt `size_unit_ko` right before a word of a memory
    (`size_said_of_ko`) and its particle: groups size, word, particle."""
    from bot.language.grammar import lexicon

    letters = "".join(sorted({e.split("=", 1)[1] for e in lexicon()["size_unit_ko"]}))
    said = "|".join(re.escape(w) for w in sorted(_size_said_of_ko(), key=len, reverse=True))
    return re.compile(r"(?<![\w.])([0-9]+(?:\.[0-9]+)?[" + letters + r"])\s+(" + said + r")([\uac00-\ud7a3]*)(?=\s|$)")


@lru_cache(maxsize=1)
def _dialect_aux() -> tuple[re.Pattern[str], dict[str, str]]:
    """(blind16) grammar/lexicon.txt `dialect_aux_ko` (FORM=MEANT): a dialect form of the auxiliary 버리다 glued at the
    end of a word after a syllable of the -어/-아 form with no final consonant ("멈춰부러" -> "멈춰버려", "꺼뿌라" ->
    "꺼버려"); "일부러" (a final consonant before it) stays."""
    from bot.language.grammar import lexicon

    meant = dict(entry.split("=", 1) for entry in lexicon()["dialect_aux_ko"])
    alternation = "|".join(re.escape(w) for w in sorted(meant, key=len, reverse=True))
    # a syllable with no final consonant whose vowel is ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ (Unicode: (code - 0xAC00) % 28 == 0)
    eo = "".join(chr(0xAC00 + (lead * 21 + vowel) * 28) for lead in range(19) for vowel in (0, 1, 4, 6, 9, 10, 14))
    return re.compile("(?<=[" + eo + "])(" + alternation + r")(?=\s|$|[.!?~,])"), meant


@lru_cache(maxsize=1)
def _chat_spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """(en12) grammar/lexicon.txt `chat_spelling` (FORM=MEANT, a space written ~): English chat spellings and
    contractions of would/will/have ("r u able to", "ya", "wanna", "i'd", "that'd", "we'll"), whole words."""
    from bot.language.grammar import lexicon

    meant = {f.replace("~", " ").lower(): w.replace("~", " ")
             for f, w in (entry.split("=", 1) for entry in lexicon()["chat_spelling"])}
    alternation = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(meant, key=len, reverse=True))
    # a colon right after the form ends it when a blank follows ("pls n thx: restart data"); glued to more text it
    # is part of a word ("ya:1.2")
    # (en22) a full stop closing the sentence ends it too ("Kindly restart web and revert."); one inside a word does not
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(" + alternation + r")(?![\w'\-/@=]|\.\w|:\S)"), meant


@lru_cache(maxsize=1)
def _signal_first() -> re.Pattern[str]:
    """(en22) a signal of grammar/lexicon.txt `signal_first_en` said first, in capitals, then a name: "send SIG NAME"."""
    return re.compile(r"^(\s*)(" + _alternation("signal_first_en") + r")\s+(?=[a-z0-9][\w.\-]*(?:\s+(?i:please|pls))?\s*$)")


@lru_cache(maxsize=1)
def _called_from_now() -> re.Pattern[str]:
    """(en22) "call OLD NEW from now on" (grammar/lexicon.txt `called_from_now_en`): "rename OLD to NEW"."""
    said = "|".join(re.escape(w.replace("~", " ")).replace("\\ ", r"\s+") for w in _lex_words("called_from_now_en"))
    return re.compile(r"(?i)^(?P<lead>\s*)call\s+(?P<old>[a-z0-9][\w.\-]*)\s+(?P<new>[a-z0-9][\w.\-]*)\s+(?:" + said + r")\s*[.!]?$")


def _lex_words(role: str) -> list[str]:
    from bot.language.grammar import lexicon

    return sorted(lexicon()[role], key=len, reverse=True)


@lru_cache(maxsize=1)
def _made_to() -> re.Pattern[str]:
    """(en22) "make NAME [container] [to] VERB" with a verb of grammar/lexicon.txt `made_to_en`: the verb said first."""
    return re.compile(r"(?i)(?<![\w'.\-/:@=])make\s+(?P<name>(?:the\s+)?[a-z0-9][\w.\-]*(?:\s+container)?)\s+(?:to\s+)?"
                      r"(?P<verb>" + _alternation("made_to_en") + r")(?![\w'\-/@=])")


def _chat_spelt(part: str) -> str:
    pattern, meant = _chat_spellings()
    numbers, values = _number_words()
    part = numbers.sub(lambda m: values[" ".join(m.group(1).lower().split())], part)
    part = _number_last().sub(lambda m: m["lead"] + " " + values[" ".join(m["n"].lower().split())], part)
    if _size_en().search(part) and _size_said_of_en().search(part):
        letter = {f: v for f, v in (e.split("=", 1) for e in _lexicon_words("size_unit_en"))}
        part = _size_en().sub(lambda m: m["n"] + letter[m["unit"].lower()], part)
    part = _help_me().sub("please", _before_ago().sub(r"\1 ago", part))
    if "log" in part.lower():
        part = _logs_of_two_each().sub(r"\g<n> \g<unit> of \g<noun> \g<prep> \g<a> and \g<n> \g<unit> of \g<noun> \g<prep> \g<b>",
                                       part)  # (f22b34) "show logs for web and cache, 20 lines each"
        part = _logs_of_two().sub(r"\g<noun> \g<prep> \g<a> and \g<noun> \g<prep> \g<b>", part)
    part = _called_from_now().sub(r"\g<lead>rename \g<old> to \g<new>", _signal_first().sub(r"\1send \2 ", part))
    if " name" in part.lower():
        part = _in_the_name().sub(r"whose name contains \g<word>", part)  # (f23x) "with nginx in the name"
    if "than" in part.lower():
        part = _older_than().sub(r"until \g<n> ago", part)  # (f23x) "logs older than 10 minutes" = until 10 minutes ago
    if " ago" in part.lower():
        part = _window_one_unit().sub(r"from \g<a> \g<unit> ago until \g<b> \g<unit> ago", part)
        part = _window_ago().sub(r"from \g<a> ago until \g<b> ago", part)
        part = _until_one_ago().sub(lambda m: m["lead"] + " 1 " + m["unit"], part)
    part = _UP_TO_AGO.sub("until ", pattern.sub(lambda m: meant[" ".join(m.group(1).lower().split())], part))
    return _made_to().sub(lambda m: m.group("verb") + " " + m.group("name"), part) if "make" in part.lower() else part


def _lexicon_words(key: str) -> list[str]:
    from bot.language.grammar import lexicon

    return list(lexicon()[key])


@lru_cache(maxsize=1)
def _number_last() -> re.Pattern[str]:
    """(f22c) The number of the last ones said in a word of grammar/lexicon.txt `number_word_en`, after a word of
    `number_last_lead_en` and before one of `number_last_kind_en` ("the last two containers created" -> "the last 2
    containers created"): groups lead, n."""
    _, values = _number_words()
    words = "|".join(re.escape(w).replace("\\ ", r"\s+").replace(" ", r"\s+") for w in sorted(values, key=len, reverse=True))
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?P<lead>" + _alternation("number_last_lead_en") + r")\s+(?P<n>" + words
                      + r")(?=\s+(?:" + _alternation("number_last_kind_en") + r")\b)")


@lru_cache(maxsize=1)
def _size_en() -> re.Pattern[str]:
    """(f22c) Digits, then a size's unit of grammar/lexicon.txt `size_unit_en` said as a word ("1 gig", "512 megs"):
    groups n, unit."""
    units = "|".join(re.escape(e.split("=", 1)[0]) for e in sorted(_lexicon_words("size_unit_en"), key=len, reverse=True))
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?P<n>[0-9]+(?:\.[0-9]+)?)\s+(?P<unit>" + units + r")\b")


@lru_cache(maxsize=1)
def _size_said_of_en() -> re.Pattern[str]:
    """(f22c) A word of a memory, grammar/lexicon.txt `size_said_of_en`."""
    return re.compile(r"(?i)\b(?:" + _alternation("size_said_of_en") + r")\b")


@lru_cache(maxsize=1)
def _number_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """(blind16) grammar/lexicon.txt `number_word_en` (WORD=DIGITS, a space written ~) right before a word of
    `number_unit_en`: "last ten lines" -> "last 10 lines", "past thirty minutes" -> "past 30 minutes"."""
    from bot.language.grammar import lexicon

    values = {w.replace("~", " "): v for w, v in (e.split("=", 1) for e in lexicon()["number_word_en"])}
    # (f22b) a ten and a digit said together, hyphened or not ("the past forty-five minutes", "twenty five lines"):
    # grammar/lexicon.txt `spoken_tens_en` and `spoken_digit_en`, added
    tens = dict(e.split("=", 1) for e in lexicon()["spoken_tens_en"])
    digits = {w: v for w, v in (e.split("=", 1) for e in lexicon()["spoken_digit_en"]) if v != "0"}
    for t, tv in tens.items():
        for d, dv in digits.items():
            values.setdefault(f"{t}-{d}", str(int(tv) + int(dv)))
            values.setdefault(f"{t} {d}", str(int(tv) + int(dv)))
    words = "|".join(re.escape(w).replace("\\ ", r"\s+").replace(" ", r"\s+") for w in sorted(values, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(lexicon()["number_unit_en"], key=len, reverse=True))
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(" + words + r")(?=\s+(?:" + units + r")\b)"), values


# (en13) "up to" right before a time ago is the end of a window of logs, until ("data logs up to 10 minutes ago",
# "web logs up to 2h ago"); before anything else it stays ("hook data up to backend")
_UP_TO_AGO = re.compile(r"(?i)(?<![\w'.\-/:@=])up\s+to\s+(?=\d+\s*[a-z]*\s+ago\b)")


@lru_cache(maxsize=1)
def _until_one_ago() -> re.Pattern[str]:
    """(lead32c) The end of a window said as one unit ago ("logs from web up to an hour ago", "cache logs until a minute
    ago"): grammar/lexicon.txt `until_one_lead_en`, then a/an (`until_one_article_en`) and a unit of `until_one_unit_en`
    said before ago — "until 1 hour ago", as a number is said."""
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?P<lead>" + _alternation("until_one_lead_en").replace("_", r"\s+")
                      + r")\s+(?:" + _alternation("until_one_article_en") + r")\s+(?P<unit>"
                      + _alternation("until_one_unit_en") + r")(?=\s+ago\b)")
@lru_cache(maxsize=1)
def _window_ago() -> re.Pattern[str]:
    """(ko33b) A window of logs said by both its ends ago (grammar/lexicon.txt `window_from_en`, `window_to_en`: "cache
    logs between 2 hours ago and 1 hour ago", "from 1h ago to 30 min ago"): said as "from A ago until B ago", which the
    grammar reads (--since A --until B)."""
    amount = r"(?:\d+\s*[a-z]+|an?\s+[a-z]+)"
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?:" + _alternation("window_from_en") + r")\s+(?P<a>" + amount
                      + r")\s+ago\s+(?:" + _alternation("window_to_en") + r")\s+(?P<b>" + amount + r")\s+ago\b")


@lru_cache(maxsize=1)
def _window_one_unit() -> re.Pattern[str]:
    """(f23x) A window of logs said by both its ends ago with one unit after the second ("web logs between 90 and 30 minutes
    ago", "from 2 to 1 hours ago"; grammar/lexicon.txt `window_from_en`, `window_to_en`): groups a, b, unit."""
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?:" + _alternation("window_from_en") + r")\s+(?P<a>\d+)\s+(?:"
                      + _alternation("window_to_en") + r")\s+(?P<b>\d+)\s*(?P<unit>" + _alternation("before_unit_en")
                      + r")\s+ago\b")


@lru_cache(maxsize=1)
def _older_than() -> re.Pattern[str]:
    """(f23x) Logs older than a time (grammar/lexicon.txt `older_than_en`: "my-nginx logs older than 10 minutes"): those
    until that time ago; group n (the digits and the unit)."""
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?:" + _alternation("older_than_en").replace("_", r"\s+") + r")\s+(?P<n>\d+\s*(?:"
                      + _alternation("before_unit_en") + r"))\b(?!\s+ago\b)")


@lru_cache(maxsize=1)
def _in_the_name() -> re.Pattern[str]:
    """(f23x) A word said to be in the name of containers listed ("containers with nginx in the name", "with web in their
    names"): grammar/lexicon.txt `in_the_name_en` (its words, a space written _); groups word. Said as "whose name contains
    WORD", as natural.lark `name_has` reads it."""
    return re.compile(r"(?i)(?<![\w'.\-/:@=])with\s+(?P<word>[a-z0-9][\w.\-]*)\s+(?:"
                      + _alternation("in_the_name_en").replace("_", r"\s+") + r")\b")


@lru_cache(maxsize=1)
def _before_ago() -> re.Pattern[str]:
    """(en22) "N minute(s) before" at a clause's end or before until (grammar/lexicon.txt `before_unit_en`,
    `before_end_en`): said as "N minutes ago"."""
    return re.compile(r"(?i)(?<=\d)(\s*(?:" + _alternation("before_unit_en") + r"))\s+before"
                      r"(?=\s*$|\s*[,.!?]|\s+(?:" + _alternation("before_end_en") + r")\b)")


@lru_cache(maxsize=1)
def _logs_of_two() -> re.Pattern[str]:
    """(en22) "logs of A and B" closing the clause (grammar/lexicon.txt `logs_of_two_*`), a courtesy word of `trailing`
    at most after it: said as "logs of A and logs of B"; "logs of web and restart cache" is left as typed."""
    name = r"[a-z0-9][\w.\-]*"
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?P<noun>" + _alternation("logs_of_two_noun_en") + r")\s+(?P<prep>"
                      + _alternation("logs_of_two_prep_en") + r")\s+(?P<a>" + name + r")\s*(?:,|(?<![\w&])(?:"
                      + _alternation("logs_of_two_join_en") + r")(?![\w&]))\s*(?P<b>" + name + r")(?=\s*(?:[.!?]|$|\s+(?:"
                      + _alternation("trailing") + r")\b))")


@lru_cache(maxsize=1)
def _logs_of_two_each() -> re.Pattern[str]:
    """(f22b34) "logs of A and B, N lines each" closing the clause (grammar/lexicon.txt `logs_of_two_*`,
    `logs_of_two_each_en`, `logs_of_two_unit_en`): the amount said before each, "N lines of logs of A and N lines of logs
    of B" (the amount was read of one of them, or not at all)."""
    name = r"[a-z0-9][\w.\-]*"
    return re.compile(r"(?i)(?<![\w'.\-/:@=])(?P<noun>" + _alternation("logs_of_two_noun_en") + r")\s+(?P<prep>"
                      + _alternation("logs_of_two_prep_en") + r")\s+(?P<a>" + name + r")\s*(?:,|(?<![\w&])(?:"
                      + _alternation("logs_of_two_join_en") + r")(?![\w&]))\s*(?P<b>" + name + r")\s*,?\s+(?P<n>\d+)\s+(?P<unit>"
                      + _alternation("logs_of_two_unit_en") + r")\s+(?:" + _alternation("logs_of_two_each_en")
                      + r")(?=\s*(?:[.!?]|$))")


# (en22) help asked for a request, as please ("help me restart web" · "web is hang, help me check" · "help me to pull
# redis"): only before another word, never a courtesy word of `trailing` ("help me" alone, "help me please" ask gorae's help)
@lru_cache(maxsize=1)
def _help_me() -> re.Pattern[str]:
    """(en22) "help me [to]" before a word other than a courtesy of grammar/lexicon.txt `trailing`."""
    return re.compile(r"(?i)(?<![\w'.\-/:@=])help\s+me(?:\s+to)?(?=\s+(?!(?:" + _alternation("trailing") + r")\b)[a-z])")


_VERB_COLON = re.compile(r"^([A-Za-z]+):\s")  # "restart: web"
# a colon typed after a name, before a space, is punctuation when the name is the sentence's first word or
# is or follows a word of grammar/lexicon.txt `colon_head` ("web: restart", "exec into data: cat /etc/hostname",
# "new volume: cachedata"): no image reference, port or path ends with a bare colon. Elsewhere ("run echo a: b
# in web") it may be a command's own text: kept
_NAME_COLON = re.compile(r"(?<!\S)(\w[\w.\-]*):(?=\s)")


# (break7) a Korean sentence whose first word is an ASCII name with a colon, another ASCII name after it and then Korean
# ("web: cache 재시작", "data: web 꺼"; not a pasted error, "Error: permission denied …"): the first is addressed — its colon is kept (bot/language/parse.py `_addressed_apart`), never
# dropped into a list of two names ("web cache 재시작" restarted both)
_ADDRESSED_KO = re.compile(r"[A-Za-z0-9][\w.\-]*:\s+[A-Za-z0-9][\w.\-]*(?=\s*[\uac00-\ud7a3])")


def _addressed_ko(text: str) -> bool:
    return bool(_ADDRESSED_KO.match(text)) and bool(HANGUL.search(text))


def _verb_colon(mt: re.Match[str]) -> str:
    """The first word's colon of `_VERB_COLON` dropped ("restart: web"), but (f22c) kept after a work event of
    grammar/lexicon.txt `context_event_en` said as a label ("audit: which containers exist", "QA: run nginx …": the
    label is context, read by bot/language/preamble_en.py `setting_first`, never a name)."""
    from bot.language.grammar import words

    return mt.group() if mt.group(1).lower() in words("context_event_en") else mt.group(1) + " "


def _colon_head(text: str) -> str:
    """`text` with the colon of `_NAME_COLON` dropped where it is punctuation (see above)."""
    from bot.language.grammar import words

    heads = words("colon_head")

    def drop(mt: re.Match[str]) -> str:
        before = text[:mt.start()].split()
        if not before and all(HANGUL.match(c) for c in mt.group(1)):
            return mt.group()  # "팀장: web 지워": a speaker's label, read by grammar/morphemes.txt (~전언 before a colon)
        if not before and _addressed_ko(text):
            return mt.group()  # (break7) "web: cache 재시작": a container addressed, kept (bot/language/parse.py reads it)
        if not before and mt.group(1).lower() in words("context_event_en"):
            return mt.group()  # (f22c) "audit: which containers exist", "QA: run nginx …": a label of a work event, kept
        head = not before or before[-1].lower() in heads or mt.group(1).lower() in heads
        if head and before and (text[mt.end():].split() or [""])[0].lower() in words("colon_asked_en"):
            return mt.group(1) + ","  # (f22a) "Our db container: when was it created?": the topic, then a question of it
        return mt.group(1) if head else mt.group()

    return _NAME_COLON.sub(drop, text)


# an arrow typed between words ("web -> restart", "cache → restart"): punctuation of chat, the words around it
# are the sentence (an arrow glued inside a value, "8080->80", is the value's)
_ARROW = re.compile(r"(?<=\s)(?:->|=>|→|⇒)(?=\s)")


# (lead32c) an arrow typed spaced pointing back at the words before it ("502 Bad Gateway nginx/1.25.3 <- this on web, show
# its logs", "… ← this on web"): a dash, the words after it said of what was pasted (never a shell's redirection `<`)
# — only before a word pointing back (grammar/lexicon.txt `back_arrow_this_en`: "this", "that"), never inside a command
# ("exec web cat <- x" stays refused) or between names ("restart web <- cache")
@lru_cache(maxsize=1)
def _back_arrow() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<=\s)(?:<-|\u2190|\u21d0)(?=\s+(?:" + _alternation("back_arrow_this_en")
                      + r")(?![\w\-]))")


@lru_cache(maxsize=1)
def _error_word() -> re.Pattern[str]:
    """A word or phrase of grammar/lexicon.txt `error_said` (`_` for a space), whole."""
    said = "|".join(re.escape(w.replace("_", " ")) for w in _lex_words("error_said"))
    return re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + said + r")(?![A-Za-z])")


def _pointed_back(part: str) -> str:
    """(lead32c) `_back_arrow` made a dash where the words before it hold a word of an error (a paste: "502 Bad Gateway
    nginx/1.25.3 <- this on web"); `part` as typed otherwise ("exec web cat <- this" stays refused)."""
    return _back_arrow().sub(lambda mt: "\u2014" if _error_word().search(part, 0, mt.start()) else mt.group(), part)


def _arrowed_steps(part: str) -> str:
    """Arrows typed between words (`_ARROW`): punctuation, dropped — unless two or more of them part steps of two
    words or more each ("web 일시정지 → cache 재시작 → web 재개", "stop web -> restart cache -> show logs of web"):
    (chain16) then each arrow is "and then" (Korean 그 다음에, English then), the steps in their order."""
    steps = _ARROW.split(part)
    if len(steps) >= 3 and all(len(st.split()) >= 2 for st in steps):
        from bot.language.grammar import lexicon

        then = lexicon()["arrow_then_ko" if HANGUL.search(part) else "arrow_then_en"][0].replace("~", " ")
        return f" {then} ".join(st.strip() for st in steps)
    return _ARROW.sub("", part)


# a quoted span (double quotes, or single quotes that open and close at word edges — so that
# the apostrophes of "don't stop cache's logs" are not quotes) and a value-like word
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![\w'])'[^']*'(?![\w'])")
_VALUE_WORD = re.compile(r"(?<!\S)(?:-\S*|\S*[=/:@\\]\S*)")
_CLI = re.compile(r"^\s*(?:`{1,3}\s*)?(?:" + _PROMPT_HEAD + r")?(?:sudo\s+)?(?i:docker)\s")
_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3000]+")


def _outside(text: str, fn: Callable[[str], str], pattern: re.Pattern[str] = _QUOTED) -> str:
    """Apply `fn` to the parts of `text` outside `pattern`'s matches."""
    if pattern is _QUOTED and '"' not in text and "'" not in text:
        return fn(text)  # nothing quoted (most chat): the same as the loop below, without it
    out: list[str] = []
    pos = 0
    for mt in pattern.finditer(text):
        out.append(fn(text[pos:mt.start()]))
        out.append(mt.group())
        pos = mt.end()
    out.append(fn(text[pos:]))
    return "".join(out)


def _protect(text: str, fn: Callable[[str], str]) -> str:
    """`fn` on plain words only: quoted spans and value-like words are left as they are."""
    return _outside(text, lambda part: _outside(part, fn, _VALUE_WORD))


def _fold(part: str) -> str:
    return _FULLWIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), part)


# chat jamo (ㅋㅋ, ㅎㅎ, ㄱㄱ, ㄴㄴ): compatibility jamo that NFKC would turn into conjoining jamo,
# which the morpheme analyser then reads as a noun glued to the word before ("멈춰 ㅎㅎ")
_COMPAT_JAMO = re.compile(r"([\u3131-\u318e]+)")
_JAMO_VOWEL = re.compile(r"[\u314f-\u3163]")  # ㅏ..ㅣ typed alone


def _nfkc_keep_jamo(part: str) -> str:
    """NFKC of `part`, but chat jamo stay the compatibility jamo they were typed as."""
    if unicodedata.is_normalized("NFKC", part):
        return part  # no compatibility jamo either (NFKC changes them): the same as below
    pieces = _COMPAT_JAMO.split(part)
    return "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(pieces))


# a step's number said with a dot or circled ("1. cache 정지 2. cache 삭제", "① db 켜고 ② …"): before NFKC (① -> 1) and
# the closing dots go, a list of them in order from the first word is written "1)" "2)" (bot/language/parse.py
# `_numbered_steps` reads the steps; blind13)
_LIST_MARK = re.compile(r"(?:^|(?<=\s))(?:(?P<d>[1-9])\.|(?P<c>[\u2460-\u2468]))(?=\s)")


# (f23a) a line opened by a bullet or a step's number with a dash or a slash ("- web 중지", "• cache 재시작", "step 1 -
# create volume x", "1/ inspect …")
_BULLET_LINE = re.compile(r"^\s*(?:[-*\u2022\u00b7\u25aa\u25cf\u2023](?=\s*[^\s\-])|(?i:step)\s*(?P<s>[1-9])\s*[-\u2013:.)]"
                          r"|(?P<n>[1-9])\s*/|(?P<d>[1-9])[.)](?=\s)|(?P<c>[\u2460-\u2468]))\s*")


def _bulleted_steps(text: str) -> str:
    """(f23a) Steps on lines of their own, each opened by a bullet or "step N -" / "N/" ("- web 중지\n- web 삭제",
    "step 1 - create volume backup23\nstep 2 - show volumes"), two or more, numbered in order: written "1) … 2) …" —
    after a heading line only when all its words are grammar/lexicon.txt `list_head_word` ("Please, in this order:",
    "순서대로 해줘:"), dropped; as it is otherwise (a numbered line out of order, any other line among them)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = []
    if lines and not _BULLET_LINE.match(lines[0]):
        head, lines = lines[:1], lines[1:]
    found = [_BULLET_LINE.match(ln) for ln in lines]
    if len(lines) < 2 or not all(found):
        return text
    numbers = [mt["s"] or mt["n"] or mt["d"] or (mt["c"] and str(ord(mt["c"]) - 0x2460 + 1)) for mt in found if mt]
    if any(numbers) and numbers != [str(i) for i in range(1, len(lines) + 1)]:
        return text
    if head:
        from bot.language.grammar import lexicon

        words = re.findall(r"[\w\-]+", head[0].lower())
        if not words or not all(w in lexicon()["list_head_word"] for w in words):
            return text
    return " ".join(f"{i}) {ln[mt.end():].strip()}" for i, (ln, mt) in enumerate(zip(lines, found), 1) if mt)


def _steps_marked(text: str) -> str:
    """`text` with its numbered steps' markers written "N)" when there are two or more, numbered 1, 2, … in order
    from the first word; as it is otherwise ("nginx 1.25", a lone "1.")."""
    found = list(_LIST_MARK.finditer(text))
    numbers = [int(mt["d"]) if mt["d"] else ord(mt["c"]) - 0x2460 + 1 for mt in found]
    if len(found) < 2 or text[:found[0].start()].strip() or numbers != list(range(1, len(found) + 1)):
        return text
    return _LIST_MARK.sub(lambda mt: (mt["d"] or str(ord(mt["c"]) - 0x2460 + 1)) + ")", text)


# (blind14) the record head of an incident order: a ticket or severity id ("[INC-231]", "(INC-77)", "[SEV2][INC-500]",
# "#INC-3310", "INC-88 |", "INC-1042:") and the clock time it was logged at ("14:02", "03:41") before the order
# ("[INC-231] 14:02 cache 재시작" is `docker restart cache` now). An id is ASCII capitals then digits (a tag of words,
# "[FYI]", "[공지]", "[완료]", tells and is kept); a bare id counts only before a separator or a time (else it may be a
# name); a time counts only after an id ("14:02 cache 재시작" alone may be a schedule: kept, as typed).
# the clock time an order was given or logged at, and the separator after it (k15en, k15ko, blind14)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?![\w:])\s*(?:[|:\-\u2013\u2014]\s+)?"
_TICKET = r"[A-Z][A-Z0-9]*-?[0-9]+"
_RECORD_HEAD = re.compile(
    r"^(?:(?:[\[(]#?" + _TICKET + r"[\])]\s*)+(?:[|:\-–—]\s*)?"
    r"|#?" + _TICKET + r"\s*(?:[|:\u2013\u2014]|-(?=\s))\s*"
    r"|#?" + _TICKET + r"\s+(?=\d{1,2}:\d{2}\b))"
    r"(?:" + _CLOCK + r")?"
    r"(?=\S)")


# (k15ko) the head of an order logged in Korean (`_order_head_ko`): the word 지시 (an order), after the role that gave it in ASCII
# capitals ("IC", "TL"), then the clock time it was given ("IC 지시 13:41 my-nginx 최근 30분 로그 공유", "지시: 14:10
# web 재시작", "TL 지시 - cache 재시작"): the time is when the order was given, not a schedule (as after a ticket id)
@lru_cache(maxsize=1)
def _order_head_ko() -> re.Pattern[str]:
    """The head of an order logged in Korean, its words from grammar/lexicon.txt `order_head_ko`."""
    from bot.language import grammar

    said = "|".join(re.escape(w) for w in sorted(grammar.words("order_head_ko"), key=len, reverse=True))
    return re.compile(
        r"^(?:[A-Z]{2,4}\s*)?(?:" + said + r")\s*(?:[|:\-\u2013\u2014]\s*)?"
        r"(?:" + _CLOCK + r")?(?=[A-Za-z0-9\[`'\"])")


def _order_head_dropped(text: str) -> str:
    """`text` without the head of an order logged in Korean (`_order_head_ko`); as it is without one."""
    mt = _order_head_ko().match(text)
    return text[mt.end():] if mt else text


def _record_head_dropped(text: str) -> str:
    """`text` without the record head of an incident order (`_RECORD_HEAD`, or (k15en) the speaker's role of
    `_role_head`), and the people it is addressed to after it (`_addressee_head`: "[SEV1] 04:02 all hands: stop data");
    as it is without one."""
    mt = _RECORD_HEAD.match(text) or _role_head().match(text)
    if mt is None:
        return text
    rest = text[mt.end():]
    addressed = _addressee_head().match(rest)
    return rest[addressed.end():] if addressed else rest


def _phrases_of(role: str) -> str:
    """The phrases of a grammar/lexicon.txt role (`_` for a space) as a regex alternation, the longest first."""
    from bot.language.grammar import lexicon

    return "|".join(re.escape(w.replace("_", " ")) for w in sorted(lexicon()[role], key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_head() -> re.Pattern[str]:
    """(k15en) The speaker of an incident order named first (grammar/lexicon.txt `incident_role_en`, "here" after it or
    not), then a stop, colon, bar or dash — "IC here. 13:37 restart cache", "IC: 13:40 — my-nginx logs since 30m" —
    and the clock time the order was given, as after a ticket id. A comma is no such stop ("IC, …" addresses)."""
    return re.compile(r"(?i)^(?:" + _phrases_of("incident_role_en") + r")(?:\s+(?:" + _phrases_of("incident_role_here_en")
                      + r"))?\s*(?:[.:|]|\s[\-\u2013\u2014])\s+(?:" + _CLOCK + r")?(?=\S)")


@lru_cache(maxsize=1)
def _label_head() -> re.Pattern[str]:
    """(tags20) The label of an incident order at its very head (grammar/lexicon.txt `incident_label`), one word or a few,
    in any case, then a colon or a closing paren: "sev2: cache latency spike", "p1 incident: my-nginx restart now",
    "장애 대응중) cache 재시작". Only with the separator: a bare word first may be a container's name — but a severity
    (`severity_label`: "sev1 web 502 확인좀"), which names none."""
    word = r"(?:" + _phrases_of("incident_label") + r")"
    # (f22b34) … and the team it comes from after the label ("escalation from support:")
    team = r"(?:\s+(?:" + _phrases_of("incident_label_from_en") + r")\s+(?:" + _phrases_of("incident_label_team_en") + r"))?"
    severity = r"(?:" + _phrases_of("severity_label") + r")!*\s+(?=\S)"  # (inc21) "sev1 web 502 확인좀": no separator
    # (ko33a) … or a stop or a cry after the label, then a space: "장애 대응중. my-nginx 로그 200줄", "sev1!! my-nginx is dead"
    return re.compile(r"(?i)^(?:" + word + r"(?:\s+" + word + r")*" + team + r"\s*(?:[:)]\s*|[.!]+\s+)(?=\S)|" + severity
                      + ")")


@lru_cache(maxsize=1)
def _signal_sent_ko() -> re.Pattern[str]:
    """(tags20) A signal named (SIGTERM, or grammar/lexicon.txt `signals`) right before a verb of sending in Korean
    (`signal_sent_ko`), its noun unsaid: "cache에 SIGUSR2 보내" is "cache에 SIGUSR2 시그널 보내"."""
    return re.compile(r"(?<![\w\-])((?:SIG)?(?:" + _alternation("signals") + r")|SIG[A-Z][A-Z0-9]*)\s+(?=(?:"
                      + _alternation("signal_sent_ko") + r"))")


def _signal_noun_said(text: str) -> str:
    """`text` with the noun of a signal said before its verb of sending (`_signal_sent_ko`)."""
    from bot.language.grammar import lexicon

    noun = lexicon()["signal_nouns"][0]
    return _signal_sent_ko().sub(lambda mt: mt.group(1) + " " + noun + " ", text)


@lru_cache(maxsize=1)
def _kube_cli() -> re.Pattern[str]:
    """grammar/lexicon.txt `kube_cli_en` first, then a read of `kube_read_en` (ctxen24)."""
    return re.compile(r"(?i)^(?:" + _alternation("kube_cli_en") + r")\s+(?=(?:" + _alternation("kube_read_en") + r")\s)")


def _kube_cli_dropped(text: str) -> str:
    """(ctxen24) kubectl's alias k typed first before a read of kubectl's ("k get po", "k describe pod web"): the words
    after it, which grammar/natural.lark reads with a pod as a container (k8s21); before anything else ("k delete pod
    web", "k logs -f web") it stays as typed, as kubectl spelt out does ("kubectl get pods": another tool's command)."""
    return _kube_cli().sub("", text) if text[:1] in "kK" else text


_CODES_SAID = re.compile(r"^(?P<name>[a-z0-9][a-z0-9_.\-]*)\s+(?P<code>[45]\d\d)s(?=\s*[.,!;:]|\s*$)")


def _codes_said(text: str) -> str:
    """(ko33a) An HTTP error code said in the plural right after the name that opens the sentence, then a stop ("my-nginx
    502s. logs pls", "web 500s, restart it"): the codes it answers with (`502 errors`), never 502 seconds of logs; not
    after a word of grammar/lexicon.txt `codes_said_not_after_en` ("last 500s.")."""
    from bot.language import grammar

    mt = _CODES_SAID.match(text)
    if mt is None or mt["name"].lower() in grammar.words("codes_said_not_after_en"):
        return text
    return f"{mt['name']} {mt['code']} errors{text[mt.end():]}"


def _reload_config_said(text: str) -> str:
    """(ko33a) A reload of a program's config said in English ("reload the nginx config in web", "reload nginx
    configuration on my-nginx"): the program's reload (grammar/lexicon.txt `reload_verb`, `reload_program`,
    `reload_config_en`) — "config" is no second verb (it read inspect, then refused two verbs)."""
    from bot.language import grammar

    programs = "|".join(re.escape(w.split("=", 1)[0]) for w in grammar.words("reload_program"))
    pat = (rf"(?i)\b({grammar.alternation('reload_verb')})\s+(?:the\s+)?({programs})\s+"
           rf"(?:{grammar.alternation('reload_config_en')})\b")
    return re.sub(pat, r"\1 \2", text)


def _lesson_head_dropped(text: str) -> str:
    """(f23a) `text` without a lesson's label before its first colon (grammar/lexicon.txt `lesson_head_word`, numbers
    glued or apart: "튜토리얼 5단계: …", "Lab 2: …", "ok tutorial part 6: …"); as it is when any other word is said
    there, or nothing follows."""
    head, colon, rest = text.partition(":")
    if not colon or not rest[:1].isspace() or not rest.strip() or not head.strip():
        return text
    from bot.language.grammar import lexicon

    words = lexicon()["lesson_head_word"]
    said = [re.sub(r"^[0-9]+|[0-9]+$", "", w.lower()) for w in head.split()]
    if any(w and w not in words for w in said) or not set(said) & set(lexicon()["lesson_head_noun"]):
        return text
    return rest.strip()


def _label_head_dropped(text: str) -> str:
    """`text` without the label of an incident order at its head (`_label_head`); as it is without one."""
    mt = _label_head().match(text)
    return text[mt.end():] if mt else text


@lru_cache(maxsize=1)
def _addressee_head() -> re.Pattern[str]:
    """(k15en) The people an incident order is addressed to, said right after its head with a colon or comma
    (grammar/lexicon.txt `incident_addressee_en`: "all hands: stop data")."""
    return re.compile(r"(?i)^(?:" + _phrases_of("incident_addressee_en") + r")\s*[:,]\s+(?=\S)")


@lru_cache(maxsize=1)
def report_when_done() -> re.Pattern[str]:
    """(k15en) The output asked to be told when the request is done (grammar/lexicon.txt `report_done_*`): "confirm
    when done", "let me know once it is finished", "and ping me when you are done" — which every answer is. Matched
    whole against a sentence or a clause (its closing punctuation stripped by the caller)."""
    subject = r"(?:(?:" + _phrases_of("report_done_subject_en") + r")\s+(?:(?:" + _phrases_of("report_done_be_en") + r")\s+)?)?"
    return re.compile(r"(?i)(?:(?:" + _phrases_of("report_done_lead_en") + r")\s+)*(?:" + _phrases_of("report_done_verb_en") + r")(?:\s+(?:"
                      + _phrases_of("report_done_where_en") + r"))?\s+(?:" + _phrases_of("report_done_when_en") + r")\s+"
                      + subject + r"(?:" + _phrases_of("report_done_state_en") + r")")


# (fix14) a run of two or more ! after an English word, more words after it ("web down!! restart"): the end of a
# sentence said in a hurry — kept as a comma (a clause's end the grammar reads: "web down, restart"), never dropped
# into one sentence ("web down restart" read nothing). Not "??": "cache oom, stats" reads the stats of every
# container (a bare stats after a clause is not yet read as the one it names), so "cache oom?? stats" stays refused
_EMPHATIC_BREAK = re.compile(r"(?<=[A-Za-z0-9])!{2,}(?=\s+\S)")
# (chain16) a long dash between words right before a word taken back (grammar/lexicon.txt `taken_back_after_dash`) is a
# pause, as a comma: "stop web — sorry, I meant cache", "logs of web — no, of cache", "remove web—actually stop it"; any
# other dash is left as typed (a pasted error or `docker ps` row before a request is read apart at it; the CLI path keeps
# it: phone autocorrect of `--`)
@lru_cache(maxsize=1)
def _dash_break() -> re.Pattern[str]:
    words = _alternation("taken_back_after_dash")
    return re.compile(r"(?:(?<=\S)\s+[\u2013\u2014]\s+|(?<=[A-Za-z])\u2014)(?=(?i:" + words + r")(?![\w\-]))")
# (blind14) a sentence ends at . ! ? ~ before a blank, or at a line's end
# (k15en) or at an emoji before a blank, as chat closes a greeting with one ("morning ☀️ run redis-cli info in cache")
_SENTENCE_END = re.compile(r"(?<=[.!?~\u2600-\u27bf\ufe0f\U0001f300-\U0001faff])\s+|\s*\n\s*")
_NOT_A_WORD = re.compile(r"[^\w~\-]+|(?<!\S)[~\-]+(?!\S)")


def _courtesy(sentence: str) -> bool:
    """Whether `sentence` is one of courtesy alone: a word of grammar/lexicon.txt `greeting`, `thanks` or
    `courtesy_head`, and else only `courtesy_word`s and chat noise ("좋은 아침입니다!", "thanks a lot", "Evening all")."""
    from bot.language import grammar
    from bot.language.parse import chat_noise

    if HANGUL.search(sentence):
        import bot.language.morph as morph

        sentence = morph.reading(sentence).text
    heads = grammar.words("greeting") | grammar.words("thanks") | grammar.words("courtesy_head")
    head = False
    for word in _NOT_A_WORD.sub(" ", sentence.lower()).split():
        if word in heads:
            head = True
        elif word not in grammar.words("courtesy_word") and not chat_noise(word):
            return False
    return head


@lru_cache(maxsize=1)
def report_only() -> re.Pattern[str]:
    """(f23a) An instruction on how to report, whole (grammar/lexicon.txt `report_only_*`): "결과만 보고할 것",
    "이후 보고", "결과 공유 바랍니다", "결과만 알려줘", "just report the result", "report back" — how every answer is
    given, never a read. Matched whole against a sentence or a closing clause (its punctuation stripped by the caller)."""
    noun = (r"(?:(?:" + _phrases_of("report_only_noun_ko") + r")\s*(?:" + _phrases_of("report_only_particle_ko")
            + r")?\s*)")
    verb = r"(?:" + _phrases_of("report_only_verb_ko") + r")"
    told = r"(?:" + _phrases_of("report_only_told_ko") + r")"
    close = r"(?:\s*(?:" + _phrases_of("report_only_close_ko") + r"))?"
    lead = r"(?:(?:" + _phrases_of("report_only_lead_ko") + r")\s+)?"
    ko = lead + r"(?:" + noun + r"?" + verb + r"|" + noun + told + r")" + close
    en = (r"(?:(?:" + _phrases_of("report_only_lead_en") + r")\s+)*(?:" + _phrases_of("report_only_verb_en")
          + r")(?:\s+(?:only\s+)?(?:" + _phrases_of("report_only_noun_en") + r"))?(?:\s+(?:"
          + _phrases_of("report_only_tail_en") + r"))*")
    return re.compile(r"(?i)(?:" + ko + r"|" + en + r")")


def _report_only(sentence: str) -> bool:
    """(f23a) Whether `sentence` is an instruction on how to report alone (`report_only`)."""
    return report_only().fullmatch(sentence.strip(" .!?~")) is not None


def _report_clause_dropped(text: str) -> str:
    """(f23a) `text` without a last clause after a comma that is an instruction on how to report (`report_only`):
    "cache 재시작, 이후 보고." -> "cache 재시작", "restart web, then report back" -> "restart web"."""
    head, _, tail = text.rpartition(",")
    return head.rstrip() if head.strip() and _report_only(tail) else text


def _courtesy_dropped(text: str) -> str:
    """`text` without the sentences of courtesy (`_courtesy`) said before or after the rest; as it is when it is
    one sentence, all courtesy, or none of it is."""
    parts = [p for p in _SENTENCE_END.split(text) if p]
    if len(parts) < 2:
        return text
    first, last = 0, len(parts)
    while first < last - 1 and (_courtesy(parts[first]) or _report_only(parts[first])):
        first += 1
    while last - 1 > first and (_courtesy(parts[last - 1]) or _report_only(parts[last - 1])
                                or report_when_done().fullmatch(parts[last - 1].strip(" .!?")) is not None):
        last -= 1
    if (first, last) == (0, len(parts)):
        return text
    return " ".join(parts[first:last])


# an emoji, a pictograph or a symbol of the kind chat adds (the same class bot/language/parse.py drops inside a sentence)
_EMOJI_CHAR = re.compile(r"[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]")


def _emoji_edges_dropped(text: str) -> str:
    """(props14) English (no Hangul): the words made only of emoji at the start and the end of `text` left out ("🙏 hi!
    can u pull httpd:2.4?", "data logs up to 10 minutes ago 🙏"): chat noise, dropped before the readers that look at
    the first or last word or at an ASCII sentence — with a 🙏 first, "hi!" was read as an image to pull and "up to 10
    minutes ago" as since. An emoji that says no or doubt is a word of its own by then (`_emoji_said`); one inside
    a sentence or a command stays."""
    words = text.split()
    while words and not _EMOJI_CHAR.sub("", words[0]).strip():
        words.pop(0)
    while words and not _EMOJI_CHAR.sub("", words[-1]).strip():
        words.pop()
    return " ".join(words) if words else text


# (voice21) speech-to-text: a command dictated, its symbols and numbers said in words (grammar/lexicon.txt `spoken_*`)
_SPOKEN_TOKEN = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _spoken() -> dict[str, dict[str, str]]:
    """grammar/lexicon.txt `spoken_*` roles: WORD=VALUE roles as dicts, plain roles as dicts of themselves."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    out: dict[str, dict[str, str]] = {}
    for role, said in lex.items():
        if role.startswith("spoken_") and role.endswith("_en"):
            out[role[len("spoken_"):-len("_en")]] = {e.partition("=")[0]: (e.partition("=")[2] or e) for e in said}
    out["unit"] = {u: u for u in lex["number_unit_en"]}
    out["number"] = {**out["digit"], **out["teen"], **out["tens"], **out["scale"]}
    return out


@lru_cache(maxsize=1)
def _spoken_marks() -> tuple[frozenset[str], frozenset[str]]:
    """(bench35) `_dictated`'s word sets, made once: the symbols said (dash, colon, slash, point), and every word that
    makes a dictated sentence worth reading (those, a period, a comma, a port, a unit)."""
    sp = _spoken()
    symbols = frozenset(sp["dash"].keys() | sp["colon"].keys() | sp["slash"].keys() | sp["point"].keys())
    return symbols, frozenset(symbols | sp["period"].keys() | sp["comma"].keys() | sp["port"].keys() | sp["unit"].keys())


def _spoken_number(words: list[str]) -> str | None:
    """The digits a run of number words says ("eighty eighty" -> "8080", "eight thousand eighty" -> "8080",
    "six three eight zero" -> "6380", "twenty five" -> "25"), or None when the run is no number."""
    sp = _spoken()
    if not words or words[0] in sp["scale"]:
        return None  # "a hundred", "hundred lines": grammar/lexicon.txt `number_word_en` reads those
    if any(w in sp["scale"] for w in words):
        total = current = 0
        for w in words:
            if w in sp["scale"]:
                scale = int(sp["scale"][w])
                if scale >= 1000:
                    total += max(current, 1) * scale
                    current = 0
                else:
                    current = max(current, 1) * scale
            else:
                current += int(sp["digit"].get(w) or sp["teen"].get(w) or sp["tens"][w])
        return str(total + current)
    groups: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in sp["tens"] and i + 1 < len(words) and words[i + 1] in sp["digit"] and words[i + 1] != "zero":
            groups.append(str(int(sp["tens"][w]) + int(sp["digit"][words[i + 1]])))
            i += 2
            continue
        groups.append(sp["digit"].get(w) or sp["teen"].get(w) or sp["tens"][w])
        i += 1
    return "".join(groups)


def _is_number_word(word: str) -> bool:
    return word in _spoken()["number"]


def _numbers_said(tokens: list[str], everywhere: bool) -> list[str]:
    """Runs of number words as digits: every run (`everywhere`, a dictated docker command), else only a run before a
    unit, after a word of a port or after a colon said."""
    sp = _spoken()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if not _is_number_word(tokens[i].lower()):
            out.append(tokens[i])
            i += 1
            continue
        j = i
        while j < len(tokens) and _is_number_word(tokens[j].lower()):
            j += 1
        run = [t.lower() for t in tokens[i:j]]
        before = out[-1].lower() if out else ""
        after = tokens[j].lower() if j < len(tokens) else ""
        said = _spoken_number(run)
        if said is not None and (everywhere or after in sp["unit"] or before in sp["port"] or before in sp["colon"]
                                 or (before in sp["point"] and len(out) > 1 and out[-2].isdigit())):
            out.append(said)
        else:
            out.extend(tokens[i:j])
        i = j
    return out


def _joined(tokens: list[str], role: str, glue: str, test: Callable[[str, str], bool]) -> list[str]:
    """"A <word of role> B" -> "A{glue}B" where `test(A, B)` holds."""
    sp = _spoken()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if (t.lower() in sp[role] and out and i + 1 < len(tokens) and test(out[-1], tokens[i + 1])):
            out[-1] = out[-1] + glue + tokens[i + 1]
            i += 2
            continue
        out.append(t)
        i += 1
    return out


_NAME_PART = re.compile(r"[A-Za-z0-9][\w.\-]*\Z")


def _flags_said(tokens: list[str]) -> list[str]:
    """(brk22) In a dictated sentence, a dash said twice ("run redis dash dash name q1") or before one letter ("run redis
    dash d") says a flag, as in a dictated command: "--name", "-d" — never a name joined ("redis dash d" planned a run of
    an image `redis-d`, "dash dash name" one of `dash-name`); (brk23) so does a dash before a flag word of grammar/lexicon.txt
    `spoken_flag_word_en` ("run busybox dash it" ran a command `dash it`, "run busybox dash rm" an image `busybox-rm`); a
    flag the sentence cannot take is refused."""
    sp = _spoken()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t, nxt = tokens[i].lower(), tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in sp["dash"] and nxt.lower() in sp["dash"] and i + 2 < len(tokens) and tokens[i + 2].isalpha():
            out.append("--" + tokens[i + 2].lower())
            i += 3
        elif t in sp["dash"] and len(nxt) == 1 and nxt.isalpha() and out:
            out.append("-" + nxt.lower())
            i += 2
        elif t in sp["dash"] and nxt.lower() in sp["flag_word"] and out:
            out.append(sp["flag_word"][nxt.lower()])  # (brk23) "run busybox dash it" = -it, "dash rm" = --rm
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


def _marks_said(tokens: list[str], marks: dict[str, str]) -> list[str]:
    """(f23a) A punctuation mark said in two words (grammar/lexicon.txt `spoken_mark_en`: "exclamation mark",
    "question mark") glued to the word before it as the mark: ["pull", "redis", "exclamation", "mark"] -> ["pull",
    "redis!"]; said first, it is dropped."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = f"{tokens[i]}_{tokens[i + 1]}".lower() if i + 1 < len(tokens) else ""
        if pair in marks:
            if out:
                out[-1] += marks[pair]
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


@lru_cache(maxsize=1)
def _mark_said_ko() -> tuple[re.Pattern[str], dict[str, str]]:
    """(f23a) grammar/lexicon.txt `spoken_mark_ko` as a pattern of the word said alone after a word, and its marks."""
    from bot.language.grammar import lexicon

    marks = {e.partition("=")[0]: e.partition("=")[2] for e in lexicon()["spoken_mark_ko"]}
    return re.compile(r"(?<=\S) +(" + "|".join(map(re.escape, marks)) + r")(?=\s|$)"), marks


def _marks_said_ko(text: str) -> str:
    """(f23a) A punctuation mark dictated in Korean as its own word ("웹 재시작 해 줘 마침표", "캐시 메모리 얼마나 쓰는지
    알려 줘 물음표", "볼륨 목록 보여 줘 쉼표 네트워크 목록도"): the mark itself, glued to the word before it."""
    pattern, marks = _mark_said_ko()
    return pattern.sub(lambda mt: marks[mt.group(1)], text)


def _dictated(part: str) -> str:
    """(voice21) A command dictated through speech-to-text read as typed: "restart my dash nginx" -> "restart
    my-nginx", "run redis on port six three eight zero" -> "run redis on port 6380", "pull nginx colon one point two
    five" -> "pull nginx:1.25", "kill web period" -> "kill web"; a dictated docker command ("docker run dash d dash p
    eighty eighty colon eighty nginx") reads every symbol and number said: "docker run -d -p 8080:80 nginx"."""
    sp = _spoken()
    tokens = _SPOKEN_TOKEN.findall(part)
    lowered = {t.lower() for t in tokens}
    symbols, worth = _spoken_marks()
    if len(tokens) > 1:
        lowered.add(f"{tokens[-2]}_{tokens[-1]}".lower())  # (ko33a) a stop said in two words ("full stop")
    if len(tokens) > 1 and any(f"{a}_{b}".lower() in sp["mark"] for a, b in zip(tokens, tokens[1:])):
        tokens = _marks_said(tokens, sp["mark"])  # (f23a) "exclamation mark": the mark, never two names
        lowered = {t.lower() for t in tokens}
        part = " ".join(tokens)
    if not (lowered & worth):
        return part
    cli = bool(_CLI.match(part)) and bool(lowered & symbols)
    tokens = _numbers_said(tokens, everywhere=cli)
    tokens = _joined(tokens, "point", ".", lambda a, b: a.isdigit() and b.isdigit())
    if cli:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if t.lower() in sp["dash"] and nxt.lower() in sp["dash"] and i + 2 < len(tokens):
                out.append("--" + tokens[i + 2].lower())
                i += 3
            elif t.lower() in sp["dash"] and nxt and len(nxt) <= 2 and nxt.isalpha():
                out.append("-" + nxt.lower())
                i += 2
            elif (t.lower() in sp["dash"] and nxt and out and _NAME_PART.match(out[-1]) and _NAME_PART.match(nxt)
                  and not out[-1].startswith("-")):
                out[-1] = out[-1] + "-" + nxt
                i += 2
            elif t.lower() in sp["dash"]:
                out.append("-" + nxt)  # a dash said where no flag nor name can be: an unknown flag, refused
                i += 2
            else:
                out.append(t)
                i += 1
        tokens = out
        tokens = _joined(tokens, "colon", ":", lambda a, b: bool(_NAME_PART.match(a) and _NAME_PART.match(b)))
        tokens = _joined(tokens, "slash", "/", lambda a, b: bool(_NAME_PART.match(a) and _NAME_PART.match(b)))
    else:
        tokens = _flags_said(tokens)
        def name_parts(a: str, b: str) -> bool:
            return (bool(_NAME_PART.match(a) and _NAME_PART.match(b)) and a.lower() not in sp["not_joined"]
                    and b.lower() not in sp["not_joined"] and not _is_number_word(b.lower())
                    and b.lower() not in sp["dash"])
        tokens = _joined(tokens, "dash", "-", name_parts)
        # "nginx colon one point two five", (lead32) "ubuntu colon focal", "nginx colon latest": a tag said
        tokens = _joined(tokens, "colon", ":", lambda a, b: bool(_NAME_PART.match(a)) and (b[:1].isdigit() or (
            bool(_NAME_PART.match(b)) and a.lower() not in sp["not_joined"] and b.lower() not in sp["not_joined"])))
        if len(tokens) > 1 and tokens[-1].lower() in sp["period"]:
            tokens = tokens[:-1]
        elif len(tokens) > 2 and f"{tokens[-2]}_{tokens[-1]}".lower() in sp["period"]:
            tokens = tokens[:-2]  # (ko33a) "restart web full stop": the stop said as two words
        tokens = _joined(tokens, "comma", ", ",
                         lambda a, b: bool(_NAME_PART.match(a)) and a.lower() not in sp["not_joined"] and b.isalpha())
    return " ".join(tokens)


@lru_cache(maxsize=1)
def _spoken_ko() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """grammar/lexicon.txt `spoken_dash_ko`, `spoken_letter_ko`, `spoken_flag_ko` (WORD=VALUE as dicts)."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    letters, flags = ({e.partition("=")[0]: e.partition("=")[2] for e in lex[role]}
                      for role in ("spoken_letter_ko", "spoken_flag_ko"))
    return frozenset(lex["spoken_dash_ko"]), letters, flags


def dictated_ko(text: str) -> str:
    """(voice24) A docker command dictated in Korean, its flags said with 대시 (grammar/lexicon.txt `spoken_*_ko`):
    "도커 피에스 대시 에이" -> "도커 피에스 -a", "도커 로그 대시 에프 웹" -> "도커 로그 -f 웹", "웹 로그 대시 대시 테일 오십"
    -> "웹 로그 --tail 50" (a number in words right after a flag of two dashes is its value: bot/language/morph.py
    `korean_number`). A 대시 before any other word stays as said: the sentence does not read whole and is asked.
    Read by bot/language/parse.py `_dictated_read_ko` (a read only), `text` unchanged when no 대시 is said."""
    dash, letters, flags = _spoken_ko()
    tokens = text.split()
    if not any(t in dash for t in tokens):
        return text
    from bot.language.morph import korean_number

    out: list[str] = []
    i = 0
    while i < len(tokens):
        t, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in dash and nxt in dash and i + 2 < len(tokens) and tokens[i + 2] in flags:
            out.append("--" + flags[tokens[i + 2]])
            i += 3
            value = korean_number(tokens[i]) if i < len(tokens) else None
            if value is not None:
                out.append(str(value))
                i += 1
        elif t in dash and nxt in letters and out:
            out.append("-" + letters[nxt])
            i += 2
        else:
            out.append(t)
            i += 1
    return " ".join(out)


# (en22) a Slack quote: a line opened by > (escaped &gt; as Slack sends it) is someone else's words quoted as context
_QUOTE_LINE = re.compile(r"^\s*(?:>|&gt;)")


def _quoted_lines_dropped(text: str) -> str:
    """(en22) Slack's quoted lines ("> web is down" then "can you check web" · "> cache 메모리 90%" then "cache 재시작 부탁"):
    the quote is context — what someone else said or saw — and the lines after it are the request; they alone are read
    (a quoted order of someone else runs nothing: "> web 재시작해줘" then "라고 팀장님이 말씀하셨어요" reads no request).
    A message of quoted lines only is left as typed."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    own = [ln for ln in lines if not _QUOTE_LINE.match(ln)]
    if own and len(own) < len(lines):
        # (ko33a) the lines after it pointing back at it ("이거 다시", "same for cache", "now unpause it"): what they ask
        from bot.language.parse import parse
        from bot.language.quoted_again import again

        quote = " ".join(_QUOTE_LINE.sub("", ln).strip() for ln in lines if _QUOTE_LINE.match(ln))
        said = again(quote, "\n".join(own), lambda t: parse(normalize(t)))
        return said if said is not None else "\n".join(own)
    return text


def normalize(text: str) -> str:
    """Clean one utterance for the parser (see module doc)."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", text)
    text = SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))
    if "\n" in text and (">" in text or "&gt;" in text):
        text = _quoted_lines_dropped(text)
    if "#" in text and "docker" in text.lower():
        text = _shell_comments_dropped(text)  # (f24a) "docker logs -f web  # follow the output"
    if "\n" in text and (lines := _docker_lines(text)) is not None:
        return " ".join(f"{i}) {_normalize_cli(ln)}" for i, ln in enumerate(lines, 1))
    if "\n" in text and not _CLI.match(text):
        text = _bulleted_steps(text)  # (f23a) "- web 중지\n- web 삭제": the steps, numbered
    if _LIST_MARK.search(text):
        text = _steps_marked(text)
    text = framed(text)  # (ko33a) "우리 서비스 web 재시작해줘", "my app is cache, …": the container said
    if _QUOTE_CHARS.search(text):
        text = text.translate(_QUOTES)
    if "```" in text:
        text = _fence_tag().sub("```\n", text)  # (en33) "```bash\ndocker exec …": the fence's language tag is no word
    if text.isascii() and '"' not in text and "'" not in text:
        text = _dictated(text)  # (voice21) a command said through speech-to-text
    if HANGUL.search(text):
        text = _outside(text, _marks_said_ko)  # (f23a) 마침표, 물음표, 쉼표 dictated: the marks
    if _CLI.match(_MENTION.sub("", text)):
        return _normalize_cli(text)
    text = _outside(text, _nfkc_keep_jamo)
    text = unicodedata.normalize("NFC", text)
    if _QUOTE_CHARS.search(text):
        text = text.translate(_QUOTES)  # NFKC may produce new quote forms
    if "<" in text:  # Slack markup (each pattern starts with "<")
        if "<@" in text:
            text = _copied_in().sub(" ", text)  # (safe33en) "cc <@U…>": people copied in, never a name
        text = _MENTION.sub(" ", text)
        text = _CHANNEL.sub(lambda m: "#" + (m.group(1) or ""), text)
        text = _SUBTEAM.sub(lambda m: m.group(1) or "", text)
        text = _SPECIAL.sub(_broadcast, text)  # (break8) to the people of the channel: said as grammar/lexicon.txt `broadcast_said`
        text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _code_quoted(text)
    if "-" in text and (ticket := _TICKET_SAID.search(text)) is not None:
        # (lead29) a ticket id said first or last ("INC-4412 my-nginx 재기동", "restart web JIRA-88"): the ticket the
        # request is for, said as a label ("INC-4412: …"), never a name of the request
        text = f"{ticket['id'] or ticket['id2']}: {(text[:ticket.start()] + ' ' + text[ticket.end():]).strip()}"
    if "docker" in text.lower():
        text = _outside(text, _docker_as_adjective)
    if ":" in text or not text.isascii():
        text = _emoji_first(_emoji_last(text))
        text = _outside(text, _emoji_said)
    if not text.isascii() and not HANGUL.search(text):
        text = _emoji_edges_dropped(text)
    if "_" in text and "~" in text:
        # (lead31) a strike inside italics ("_~restart web~_"): the italics first, so the struck words are seen (it ran)
        text = _outside(text, lambda part: _ITALIC.sub(lambda m: m.group(1), part))
    if "~" in text or "*" in text:
        text = _outside(text, lambda part: _BOLD.sub(lambda m: m.group(1), _STRUCK.sub(" ", part)))
    if "_" in text:
        text = _outside(text, lambda part: _ITALIC.sub(lambda m: m.group(1), part))
    if _JAMO_VOWEL.search(text):  # a vowel typed alone (rare): a slip of an ending, perhaps
        slip, meant = _slips()
        text = _outside(text, lambda part: slip.sub(lambda m: meant[m.group(1)], part))
    if _digits_unit().search(text):  # (f23x) "1,000줄", "1k줄", "5k lines": the number in digits
        text = _outside(text, lambda part: _digits_unit().sub(_digits_said, part))
    if _hours_said().search(text):  # (f23x) "2시간 30분" -> "150분", "1.5 hrs" -> "90 minutes"
        text = _outside(text, lambda part: _hours_said().sub(_hours_in_minutes, part))
    if HANGUL.search(text):
        text = _outside(text, lambda part: _doubled().sub(lambda m: m.group(1), part))
        aux, standard = _dialect_aux()
        text = _outside(text, lambda part: aux.sub(lambda m: standard[m.group(1)], part))
        powered, power = _digits_power_ko()
        if powered.search(text):
            text = _outside(text, lambda part: powered.sub(lambda m: str(int(m.group(1)) * power[m.group(2)]), part))
        if _list_put_up_ko().search(text):  # (f22c) "볼륨 목록 한 번 띄워 주세요" -> "볼륨 목록 띄워 주세요"
            text = _outside(text, lambda part: _list_put_up_ko().sub(r"\1 ", part))
        if _half_ko().search(text):  # (f22c) "최근 한 시간 반" -> "최근 90분", "반시간" -> "30분"
            text = _outside(text, lambda part: _half_ko().sub(
                lambda m: str(60 * (int(m["n"]) if m["n"] and m["n"].isdigit() else 1) + 30 if m["n"] else 30) + _lexicon_words("half_minute_ko")[0], part))
        used, meant = _image_used_ko()  # (run25) "redis 이미지를 사용하여 새 컨테이너를 실행": the image a run uses
        if used.search(text):
            text = _outside(text, lambda part: used.sub(lambda m: meant[m.group(1)], part))
        if any(w in text for w in _size_said_of_ko()):
            unit, letter = _size_unit_ko()
            text = _outside(text, lambda part: unit.sub(lambda m: m.group(1) + letter[m.group(2)], part))
            # (lead32b) the size said before its word ("nginx 1기가 메모리로 실행"): said after it, as the grammar reads
            # a limit ("nginx 메모리 1g로 실행")
            text = _outside(text, lambda part: _size_before_ko().sub(r"\2 \1\3", part))
        elif _size_as_ko().search(text):
            # (f22c) a size with its unit said as what a container runs with, no word of a memory ("redis 512메가로
            # 띄워줘", "nginx 1기가로 실행"): its memory, as said with the word ("redis 메모리 512m로 띄워줘")
            unit, letter = _size_unit_ko()
            text = _outside(text, lambda part: _size_as_ko().sub(
                lambda m: _size_said_as_ko() + " " + m.group(1) + letter[m.group(2)] + m.group(3), part))
    is_, not_, bot_name, possessive = _words_res()
    if not HANGUL.search(text):  # (en12) English chat spellings ("i'd like", "r u able to", "wanna"): the words meant
        text = _outside(text, _chat_spelt)
        if "," in text:
            text = _outside(text, lambda part: _hesitation().sub(", sorry,", part))
    if _N_T.search(text):
        text = _asked_not_be().sub(lambda m: m.group(1), text)
        text = _outside(text, lambda part: not_.sub(lambda m: m.group(1) + " not", part))
    if _bare_is().search(text):
        text = _protect(text, lambda part: _bare_is().sub(lambda m: m.group(1) + " is", part))
    if not HANGUL.search(text) and "image" in text.lower() and _container_image().search(text):
        text = _outside(text, lambda part: _container_image().sub(r"image of the \g<name> container", part))
    if "'" in text or "’" in text:  # both patterns need an apostrophe: without one they change nothing
        text = _outside(text, lambda part: is_.sub(lambda m: m.group(1) + " is", part))
        text = _outside(text, lambda part: _state_is().sub(" is", part))
        text = _protect(text, lambda part: possessive.sub(_possessive_dropped, part))
    text = text.strip()
    code = _CODE.match(text)
    if code:
        text = code.group(2)
    text = bot_name.sub("", text)
    text = _kube_cli_dropped(_PROMPT.sub("", _unstep(text)))
    text = _codes_said(_label_head_dropped(text))
    if ": " in text:
        text = _lesson_head_dropped(text)  # (f23a) "튜토리얼 5단계: …", "Lab 2: …": what the request is from
    if text.isascii():
        text = _reload_config_said(text)
    if text[:1] in "[(#" or text[:1].isupper():
        text = _record_head_dropped(text)
    if HANGUL.search(text[:12]):
        text = _order_head_dropped(text)
    if HANGUL.search(text):
        text = _signal_noun_said(text)
    if not _addressed_ko(text):
        text = _VERB_COLON.sub(_verb_colon, text)
    if ":" in text:
        text = _colon_head(text)
    if ">" in text or "→" in text or "⇒" in text:
        text = _outside(text, _arrowed_steps)
    if "<-" in text or "\u2190" in text or "\u21d0" in text:
        text = _outside(text, _pointed_back)
    if _SENTENCE_END.search(text):
        text = _courtesy_dropped(text)
    if "," in text:
        text = _report_clause_dropped(text)
    if "\u2014" in text or "\u2013" in text:
        text = _outside(text, lambda part: _dash_break().sub(", ", part))
    if "?" in text and _asked_which(text):
        return " ".join(text.split())  # (break8) "remove web? cache?": its question marks kept, the parser asks which
    if "?" in text and HANGUL.search(text):
        text = _laugh_asked_moved(text)
    if text.endswith("?") and text.isascii() and (mt := _state_asked_en().fullmatch(text)):
        text = f"{_lexicon_first('state_asked_said_en')} {mt['name']} {mt['state']}"  # (lead29) "cache down??": is it?
    if _TRAILING_CHAR.search(text):  # nothing to strip without one of its characters (most chat)
        text = _outside(text, lambda part: _EMPHATIC_BREAK.sub(",", part))
        text = _protect(text, lambda part: _TRAILING.sub(_closing, part))
        text = _outside(text, lambda part: _VALUE_STOP.sub(_value_stopped, part))
    if not _NOT_SPACE.search(text):
        return text.strip()  # single spaces only: `_SPACES` changes nothing
    return _outside(text, lambda part: _SPACES.sub(" ", part)).strip()


@lru_cache(maxsize=1)
def _laugh_asked() -> re.Pattern[str]:
    """(brk21) A Korean word, then laughter typed in jamo (grammar/lexicon.txt `laughter`'s jamo), then the "?"."""
    from bot.language.grammar import words

    jamo = "".join(w for w in words("laughter") if len(w) == 1 and "\u3131" <= w <= "\u318e")
    return re.compile(rf"(?<=[\uac00-\ud7a3])(\s+[{jamo}]+)\s*\?+\s*$")


def _laugh_asked_moved(text: str) -> str:
    """(brk21) The "?" typed after laughter closing a Korean sentence is the sentence's own ("web 지워 ㅋㅋ?" = "web
    지워? ㅋㅋ": asked — `_closing` kept no "?" after jamo, and the removal ran)."""
    return _laugh_asked().sub(lambda mt: "?" + mt.group(1), text)


def _go_sign_before(mt: re.Match[str]) -> bool:
    """(brk21) The word before `mt` is the chat go-sign typed in jamo (grammar/lexicon.txt `chat_go_sign_ko`: "ㄱ",
    "ㄱㄱ"): "web 삭제 ㄱ?" asks whether to go."""
    word = mt.string[:mt.start()].rsplit(None, 1)[-1] if mt.string[:mt.start()].strip() else ""
    from bot.language.grammar import words

    return bool(word) and set(word) <= set("".join(words("chat_go_sign_ko")))


_KEYS_TYPED = re.compile(r"[\u3131-\u3163](?=[\u3131-\u3163\uac00-\ud7a3]*[\u314f-\u3163\uac00-\ud7a3])|[\u3131-\u3163]{4}")


def _closing(mt: re.Match[str]) -> str:
    """What is kept of a sentence's closing punctuation (`_TRAILING`): nothing, but one "?" after a Hangul
    syllable — the mood of a Korean ending ("db 켜?" asks, "db 켜" tells; "web 지우니?" is -니 the question,
    "web 지우니" -니 the connective): Kiwi reads it (bot/language/morph.py, grammar/morphemes.txt `SF?`) — or after the
    chat go-sign (`_go_sign_before`: "web 삭제 ㄱ?")."""
    if "?" in mt.group() and ("\uac00" <= mt.string[mt.start() - 1] <= "\ud7a3" or _go_sign_before(mt)):
        return "?"
    if "?" in mt.group() and _closes(mt) and _KEYS_TYPED.search(mt.string, 0, mt.start()):
        return " ?"  # (lead29) "ㄱㄷㄴㅅㅁㄳ web?": keys of the other layout, asked — kept (parse asks back, never runs)
    if "?" in mt.group() and _closes(mt) and _tag_question().search(mt.string, 0, mt.start()):
        return " ?"  # "restart web ok?": a tag question asks for a yes (grammar/natural.lark `asked`), kept
    if "?" in mt.group() and _closes(mt) and _wish_asked_en().search(mt.string, 0, mt.start()):
        return "?"  # (brk23) "web should restart?", "web need to close?": a wish asked, the "?" kept (parse asks back)
    if "?" in mt.group() and mt.end() < len(mt.string) and _asked_then_told_en(mt):
        return ","  # (lead28) "can you start db? need to run my etl": the question's end before the reason told
    return ""


def tag_asked_mid(text: str) -> list[str]:
    """(lead31) The text before each tag question ("ok?", "right?", "ㄹㅇ?", "ㅇㅋ?": grammar/lexicon.txt `tag_question`,
    `tag_question_ko`) typed in raw `text` with more words after its "?" ("restart web ok? cache too", "web 재시작 ㄹㅇ?
    지금?"), the tag word left out; [] when there is none. `_closing` drops such a "?" (kept, what follows it read as the
    asker's go: "delete cache ok? i think so" ran), so bot/language/outside.py `asked_before_more` asks instead."""
    if "?" not in text:
        return []
    found = []
    for mt in _TRAILING.finditer(text):
        if "?" in mt.group() and not _closes(mt) and (tag := _tag_question().search(text, 0, mt.start())) and not (
                set(text[mt.end():].replace(" ", "")) <= set(_go_letters())):  # "… ㄱㅊ? ㄱㄱ": the asker's own go
            found.append(text[:tag.start()])
    return found


def _closes(mt: re.Match[str]) -> bool:
    """(lead30) Whether the punctuation `mt` closes its sentence: nothing after it but chat marks (`_chat_tail`: "restart
    web ok? lol", "web 재시작 ㅇㅋ? ㅋㅋ", "… ok? 😂" — the tag question's "?" was dropped and the write ran)."""
    if mt.end() == len(mt.string):
        return True
    tail = _chat_tail().fullmatch(mt.string, mt.end())
    # (breaker30) jamo after it close it too ("… ㄱㅊ? ㄷㄷ", "… ㅡㅡ") but the go-sign ("선배 web 재시작 ㄱㅊ? ㄱㄱ": the asker's go)
    return tail is not None and not (set(tail.group().replace(" ", "")) & set(_go_letters()))


@lru_cache(maxsize=1)
def _chat_tail() -> re.Pattern[str]:
    """(lead30) Chat marks alone, spaced: laughter and sobs (grammar/lexicon.txt `laughter`, `sob`, their jamo typed over
    and over), emoji and the punctuation of a mood."""
    from bot.language.grammar import words

    marks = [re.escape(w) + ("+" if len(w) == 1 else "") for w in (*words("laughter"), *words("sob"))]
    return re.compile(r"(?i)(?:\s*(?:" + "|".join(marks) + r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]|[!?~.;]+"
                      r"|[\u3131-\u3163]+))+\s*")


def without_chat_tail(text: str) -> str:
    """(breaker30) `text` without the chat marks it closes with after a "?" ("cache 삭제 ㄱ? ㅋㅋ" -> "cache 삭제 ㄱ?")."""
    at = text.rfind("?")
    if at < 0 or at == len(text) - 1 or _chat_tail().fullmatch(text, at + 1) is None:
        return text
    return text[:at + 1]


def _go_letters() -> str:
    """The jamo of the chat go-sign (grammar/lexicon.txt `chat_go_sign_ko`, `chat_go`)."""
    from bot.language.grammar import words

    return "".join((*words("chat_go_sign_ko"), *words("chat_go")))


@lru_cache(maxsize=1)
def _asked_then_told_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(lead28) (the question asked: a request opener and you, or a verb of being, first — grammar/lexicon.txt
    `request_opener_en`, `asked_you_en`, `asked_be_en`, perhaps after an interjection, `asked_lead_en` (lead32c: "um,
    can you maybe restart web? i think it's stuck"); the sentence told after it: a subject of `context_after_subject_en`,
    a need said without one, `context_after_need_en`, or a noun — perhaps after one of `context_after_the_en` — then a
    verb of `context_after_be_en`: "tests are failing", "the build is red")."""
    asked = re.compile(r"(?i)^(?:(?:" + _alternation("asked_lead_en") + r")(?:\s*,\s*|\s+))*"
                       r"(?:(?:" + _alternation("request_opener_en") + r")\s+(?:" + _alternation("asked_you_en")
                       + r")|(?:" + _alternation("asked_be_en") + r"))\s")
    told = re.compile(r"(?i)^\s+(?:(?:" + _alternation("context_after_subject_en") + r")\s|(?:"
                      + _alternation("context_after_need_en").replace("_", r"\s+") + r")\s|(?:(?:"
                      + _alternation("context_after_the_en") + r")\s+)?[a-z][\w\-]*\s+(?:"
                      + _alternation("context_after_be_en") + r")\s)")
    return asked, told


def _asked_then_told_en(mt: re.Match[str]) -> bool:
    """(lead28) Whether the "?" of `mt`, inside an English text, closes a question that asks for something ("can you start
    db?", "is the db container up?") before a sentence the asker tells of themselves ("need to run my etl", "i need to run
    a query"): kept as a comma, the clause's end the readers of a reason after the request read (bot/language/
    reason_clause.py `context_after`); dropped, the two sentences ran together ("can you start db need to run my etl":
    two verbs). A bare imperative asked ("remove web? i think so") is doubt, left as it was."""
    text = mt.string
    if HANGUL.search(text) or "?" in text[mt.end():]:
        return False
    start = max(text.rfind(c, 0, mt.start()) for c in ".!?") + 1
    asked, told = _asked_then_told_pattern()
    return bool(asked.match(text[start:mt.start()].strip())) and bool(told.match(text[mt.end():]))


# (lead29) a ticket id (an upper-case project key, a dash, its number) said first or last, beside more words
_TICKET_SAID = re.compile(r"^(?P<id>[A-Z][A-Z0-9]{1,9}-\d{1,7})[:,]?\s+(?=[\w\uac00-\ud7a3])|(?<=\S)\s+[(\[]?(?P<id2>[A-Z][A-Z0-9]{1,9}-\d{1,7})[)\]]?$")


@lru_cache(maxsize=1)
def _state_asked_en() -> re.Pattern[str]:
    """(lead29) One name and a word of a state (grammar/lexicon.txt `state_asked_en`), asked with "?" and nothing else
    ("cache down??", "web up?", "db dead?"): chat for "is cache down?" — a question of its state, never "take cache down"."""
    return re.compile(r"(?i)\s*(?P<name>[a-z0-9][\w.\-]*)\s+(?P<state>" + _alternation("state_asked_en") + r")\s*\?+\s*")


def _lexicon_first(role: str) -> str:
    from bot.language.grammar import lexicon

    return lexicon()[role][0]


@lru_cache(maxsize=1)
def _wish_asked_en() -> re.Pattern[str]:
    """(brk23) grammar/lexicon.txt `asked_wish_before_verb_en`: a word of a wish in an English sentence closed by "?"
    ("web should restart?"): the "?" asks whether it should be done, kept for the parser."""
    return re.compile(r"(?i)(?<![\w\-./:@'\"`])(?:" + _alternation("asked_wish_before_verb_en") + r")(?![\w\-])")


@lru_cache(maxsize=1)
def _tag_question() -> re.Pattern[str]:
    """grammar/lexicon.txt `tag_question`: the word of a tag question closing an English sentence ("ok?", "yeah?"),
    and `tag_question_ko` (lead23) a Korean one ("cache 재시작 ㅇㅋ?", "web 꺼 오케이?")."""
    return re.compile(r"(?i)(?<![\w\-./:@'\"`])(?:" + _alternation("tag_question") + "|(?:"
                      + _alternation("tag_question_ko") + r")+)$")  # (lead30) typed twice: "ㅇㅋㅇㅋ?"


@lru_cache(maxsize=1)
def _docker_before_kind() -> re.Pattern[str]:
    """(lead20) The word docker said of a kind, after a verb of showing or a quantity ("show docker images", "list docker
    networks", "show all docker volumes"): grammar/lexicon.txt `docker_adjective_before`, `docker_adjective_kind`."""
    from bot.language.grammar import alternation

    return re.compile(rf"(?i)(\b(?:{alternation('docker_adjective_before')})\s+)docker\s+"
                      rf"(?=(?:{alternation('docker_adjective_kind')})(?![\w-]))")


@lru_cache(maxsize=1)
def _docker_said_ko() -> re.Pattern[str]:
    """(run26) The word docker typed in ASCII in a Korean sentence, as the tool: before a particle of means or place
    ("docker로 web 재시작해줘", "docker에서 cache 로그") or a Korean kind ("docker 컨테이너 목록"): grammar/lexicon.txt
    `docker_tool_particle_ko`, `docker_tool_kind_ko`."""
    from bot.language.grammar import alternation

    return re.compile(rf"(?i)(?<![\w.-])docker(?=(?:{alternation('docker_tool_particle_ko')})(?![\uac00-\ud7a3])"
                      rf"|\s+(?:{alternation('docker_tool_kind_ko')}))")


def _docker_as_adjective(part: str) -> str:
    """`part` without the word docker said of a kind (`_docker_before_kind`): it names no container, network or image
    (it was read as one: "list docker networks" looked for a network named docker); (run26) in a Korean sentence, the
    tool typed in ASCII is the tool said in Hangul (`_docker_said_ko`: 도커, read by natural.lark `_docker_ko`)."""
    if HANGUL.search(part):
        from bot.language.grammar import lexicon

        part = _docker_said_ko().sub(lexicon()["docker_said_as_ko"][0], part)
    return _docker_before_kind().sub(r"\1", part)


@lru_cache(maxsize=1)
def _fence_tag() -> re.Pattern[str]:
    """(en33) A fence's opening with a language tag of grammar/lexicon.txt `fence_tag` alone on its line."""
    return re.compile(r"```[ \t]*(?i:" + _alternation("fence_tag") + r")[ \t]*\n")


# (en33) a fence in a sentence holding one line ("run this pls:\n```\ndocker pause my-volume\n```"): quoted as an
# inline code span is
_FENCED_LINE = re.compile(r"```[ \t]*\n[ \t]*([^`\n]+?)[ \t]*\n[ \t]*```")


def _code_quoted(text: str) -> str:
    """Slack inline code inside a sentence is the exact text of a command: `ls -la /tmp` becomes
    "ls -la /tmp" (or 'echo "hi"' when it holds a double quote), which the parser reads as one
    quoted string, kept as typed. A span holding both quotes stays as typed (a backtick is then
    refused as a shell character); a sentence that is all one code span is unwrapped later."""
    if _CODE.match(text.strip()):
        return text

    def quoted(mt: re.Match[str]) -> str:
        inner = mt.group(2).strip()
        if '"' not in inner:
            return f'"{inner}"'
        if "'" not in inner:
            return f"'{inner}'"
        return mt.group()

    if "```" in text and "\n" in text:
        text = _FENCED_LINE.sub(lambda mt: "```" + mt.group(1) + "```", text)
    return _INLINE_CODE.sub(quoted, text)


def prompt_host(text: str) -> str | None:
    """(lead27) The host name of a shell prompt pasted before a docker command — `user@HOST` ("root@prod-9:~# docker rm
    web" -> "prod-9", "[deploy@web-1 srv]$ docker ps" -> "web-1") — or None (no prompt, or one without a host: "$ docker
    ps", "~/infra $ …"). The command was typed on that host: bot/pipeline.py runs it on the engine of that name, and
    never guesses another for a write (`Gorae._prompt_engine`)."""
    if "@" not in text:
        return None
    got = _PROMPT_HOST.match(text)
    return got.group("host") if got else None


def link_labels(text: str) -> list[str]:
    """The labels of the Slack links in `text` (`<https://…|label>`), in order; a link with none has none."""
    return [m.group(2) for m in _LINK.finditer(text) if m.group(2)] if "<" in text else []


def links_said(text: str) -> str:
    """`text` with each Slack link (`<https://…|label>`, `<https://…>`) as what it shows: its label, else its address
    (Slack's mrkdwn link syntax: https://api.slack.com/reference/surfaces/formatting#linking-urls)."""
    return _LINK.sub(lambda m: m.group(2) or m.group(1), text) if "<" in text else text


# (f24a) a docker command's line, after a pasted prompt or sudo; a line that is a shell comment alone ("# list all
# containers") — never a root prompt before a docker command ("# docker rm web", "# sudo docker ps")
_DOCKER_LINE = re.compile(r"^\s*(?:`{1,3}\s*)?(?:" + _PROMPT_HEAD + r")?(?:sudo\s+)?(?i:docker)\s")
_COMMENT_LINE = re.compile(r"^\s*#(?!\s*(?:sudo\s+)?(?i:docker)\b)")


def _comment_at(line: str) -> int:
    """Where a shell comment starts in the docker command `line` — a `#` outside quotes after a blank, as a shell reads
    it ("docker ps -a   # shows stopped too"); -1 when there is none (`a#b`, "echo '# x'", a root prompt's `#`)."""
    start = _PROMPT.match(line.lstrip())
    pos = len(line) - len(line.lstrip()) + (start.end() if start else 0)
    quote = ""
    for i in range(pos, len(line)):
        ch = line[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and i > pos and line[i - 1] in " \t":
            return i
    return -1


def _docker_lines(text: str) -> list[str] | None:
    """(f24a) The docker commands of a text pasted as two or more lines, each a docker command (after a prompt or sudo,
    perhaps): "$ docker unpause data\n$ docker ps", "docker stop my-nginx\ndocker rm my-nginx" — run one after the
    other as a shell would, written as numbered steps ("1) docker unpause data 2) docker ps": bot/language/parse.py
    `_numbered_steps`, an ordered plan confirmed as one); None otherwise (a line continued with a backslash, any other
    line)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_DOCKER_LINE.match(ln) and not ln.rstrip().endswith("\\") and "`" not in ln
                                 for ln in lines):
        return None
    return lines


def _shell_comments_dropped(text: str) -> str:
    """(f24a) `text` without the shell comments of the docker commands pasted in it, as a shell reads them: a `#` after
    a blank to the end of a docker command's line ("docker exec my-volume df -h  # 디스크 확인" ran `df -h '#' '디스크'
    '확인'`), and a line that is a comment alone, before or after one ("# list all containers\ndocker ps -a"). A `#` in
    a word or in quotes is kept, and so is a root prompt ("# docker rm web"); a text with no docker command's line is
    left as typed."""
    lines = text.split("\n")
    if not any(_DOCKER_LINE.match(ln) for ln in lines):
        return text
    out, dropped = [], []
    for ln in lines:
        if _DOCKER_LINE.match(ln):
            at = _comment_at(ln)
            out.append(ln[:at].rstrip() if at >= 0 else ln)
            dropped.append(ln[at:] if at >= 0 else "")
        elif _COMMENT_LINE.match(ln) and len(lines) > 1:
            dropped.append(ln)
        else:
            out.append(ln)
    if _negated_comment().search(" ".join(dropped)):
        return text  # "docker rm web  # don't run this", "# 실행하지 마세요\ndocker rm web": a warning, left as typed
    return "\n".join(out)


@lru_cache(maxsize=1)
def _negated_comment() -> re.Pattern[str]:
    """(f24a) A negation in a shell comment (grammar/lexicon.txt `aside_negation_en` as a word, `aside_negation_ko` anywhere
    in a Korean word; `comment_warning_en`, a word in n't): the comment may forbid the command, never dropped then."""
    from bot.language.grammar import lexicon

    en = [w for w in (*lexicon()["aside_negation_en"], *lexicon()["comment_warning_en"])]
    ko = lexicon()["aside_negation_ko"]
    return re.compile(r"(?i)(?<![a-z'])(?:" + "|".join(re.escape(w) for w in en) + r")(?![a-z'])|[a-z]n['\u2019]t\b|"
                      + "|".join(re.escape(w) for w in ko))


def _normalize_cli(text: str) -> str:
    """A docker command: markup undone, the wrapping code span and prompt dropped, full-width
    forms folded outside quotes; every other character kept (docker reads it, see module doc)."""
    text = unicodedata.normalize("NFC", text)
    text = _outside(text, _fold)
    text = _MENTION.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = text.strip()
    code = _CODE.match(text)
    if code:
        text = code.group(2)
    else:  # "`docker restart web` 실행해줘": the code span is the command, the words after it a request
        lead = _LEADING_CODE.match(text)
        if lead and _only_courtesy(text[lead.end():]):
            text = lead.group(2)  # (f17en) "`docker restart web` pls": the courtesy after the span is no argument
        else:
            text = _LEADING_CODE.sub(lambda mt: mt.group(2), text)
    text = _PROMPT.sub("", _unstep(text))
    if "\\" in text:
        continued = _CONTINUED_EXEC if _EXEC_CLI.match(text) else _CONTINUED
        text = _outside(text, lambda part: continued.sub(" ", part))
    return _outside(text, lambda part: _SPACES.sub(" ", part)).strip()


@lru_cache(maxsize=1)
def _container_image() -> re.Pattern[str]:
    """(f17en) English, a container said with its kind, then its image ("remove the web container image" planned `docker
    rm web`: the image dropped; "what's the db container's image" was refused as an open quote): the image of that
    container, as "image of the web container" reads (grammar/natural.lark `image_of_of`), as Korean "web 컨테이너 이미지".
    A determiner of grammar/lexicon.txt `determiner_en` is no name ("remove the container image" is left as typed)."""
    dets = _alternation("determiner_en")
    return re.compile(r"(?i)\b(?:the\s+)?(?!(?:" + dets + r")\s)(?P<name>[a-z0-9][\w.\-]*)\s+container(?:['’]s)?\s+image\b"
                      r"(?!['’])")


def _only_courtesy(rest: str) -> bool:
    """(f17en) English words typed after a docker command's code span that are all courtesy (grammar/lexicon.txt
    `after_code_en`: "`docker restart web` pls", "`docker ps -a` thanks!"): never the command's arguments."""
    words = [w.strip(".,!~").lower() for w in rest.split()]
    from bot.language.grammar import lexicon

    return bool(words) and all(w in lexicon()["after_code_en"] for w in words)


def _asked_which(text: str) -> bool:
    """bot/language/alternative.py `asked_which` (imported when a "?" is typed)."""
    from bot.language.alternative import asked_which

    return asked_which(text)


@lru_cache(maxsize=1)
def _copied_in() -> re.Pattern[str]:
    """A word of grammar/lexicon.txt `cc_said` said right before Slack mentions, with them."""
    from bot.language import grammar

    return re.compile(rf"(?i)(?<![\w/-])(?:{grammar.alternation('cc_said')})\s*(?:{_MENTION.pattern}[\s,]*)+")


def _broadcast(_: re.Match[str]) -> str:
    """Slack's broadcast mention, said as the word of grammar/lexicon.txt `broadcast_said` (see `normalize`)."""
    from bot.language.grammar import lexicon

    return " " + lexicon()["broadcast_said"][0] + " "
