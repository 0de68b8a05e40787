"""(ko33a) A developer's own service said with the container it runs in: the framing dropped, the container kept.

    framed("우리 서비스 web 재시작 한번 해줘")                        -> "web 재시작 한번 해줘"
    framed("내 앱(my-nginx) 방금 배포했는데 로그 보여줘")              -> "my-nginx 방금 배포했는데 로그 보여줘"
    framed("우리 api는 web 컨테이너에서 돌아요. 재시작 부탁해요")        -> "web 재시작 부탁해요"
    framed("my app is cache, can you check if it's up?")          -> "can you check if cache is up?"
    framed("I own the data container, could you restart it for me?") -> "could you restart data for me?"
    framed("우리 서비스 죽었어요")                                    -> "우리 서비스 죽었어요" (no container named: as said)

Whose service it is says nothing about what to do: "우리 서비스 web" is the container web, and so is "my app (web)";
the words of ownership and of the service (grammar/lexicon.txt `own_service_owner_ko` / `_en`, `own_service_noun_ko` /
`_en`) read as names or unknown words and the request was refused. Only when one name is said right after them (or
after "is", "runs in", "on" — `own_service_link_en` — or "I own the NAME container"): the words of the framing clause
("… 컨테이너에서 돌아요.", "my app is web.") are dropped, and its pronoun in what follows (it, its, inside) is the name.
With no name said nothing changes (the service alone names no container: nothing runs).
Pure text; no parser.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.language import grammar

_NAME = r"[a-z0-9][a-z0-9_.\-]*[a-z0-9]"


def _alt(role: str) -> str:
    return "|".join(re.escape(w.replace("_", " ")) for w in sorted(grammar.words(role), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ko = re.compile(
        rf"^\s*(?:{_alt('own_service_owner_ko')})\s*(?:(?:{_alt('own_service_team_ko')})\s*)?"
        rf"(?:{_alt('own_service_noun_ko')})(?P<particle>{_alt('own_service_particle_ko')})?\s*"
        rf"(?:\(\s*)?(?P<name>{_NAME})(?:\s*\))?(?P<rest>.*)$", re.S)
    en = re.compile(
        rf"(?i)^\s*(?:{_alt('own_service_owner_en')})\s+(?:(?:{_alt('own_service_noun_en')})\s+)?"
        rf"(?:{_alt('own_service_noun_en')})\s*(?:(?P<link>{_alt('own_service_link_en')})\s+)?(?:the\s+)?"
        rf"\(?(?P<name>{_NAME})\)?(?:\s+(?:{_alt('own_service_container_en')}))?(?P<rest>.*)$", re.S)
    own = re.compile(
        rf"(?i)^\s*(?:{_alt('own_service_i_own_en')})\s+(?:the\s+)?(?P<name>{_NAME})\s+"
        rf"(?:{_alt('own_service_container_en')})(?P<rest>.*)$", re.S)
    return ko, en, own


def _clause_end_ko(rest: str) -> str | None:
    """What follows the framing clause of a Korean `rest` ("컨테이너에서 돌아요. 재시작 부탁해요" -> "재시작 부탁해요"),
    or None when no word of `own_service_clause_end_ko` closes one."""
    words = rest.split()
    for i, w in enumerate(words):
        if w in grammar.words("own_service_not_ko") or any(
                w.startswith(n) for n in grammar.words("own_service_not_ko") if len(n) > 1):
            return None  # (safe34ko) a negated copula: "우리 서비스는 web 아니에요. 재시작해줘" restarted web
        if w.rstrip(".,!~") in grammar.words("own_service_clause_end_ko") and i + 1 < len(words):
            return " ".join(words[i + 1:])
    return None


def _pronoun_named(rest: str, name: str) -> str:
    rest = re.sub(r"(?i)\bit(?:'|’)s\b", f"{name} is", rest)
    rest = re.sub(r"(?i)\bits\b", f"{name}'s", rest)
    rest = re.sub(r"(?i)\bit\b", name, rest)
    return re.sub(rf"(?i)\b({_alt('own_service_inside_en')})\b(?!\s+{re.escape(name)})(?=\s*[?.!]*\s*$)",
                  rf"\1 {name}", rest)


def _other_named(said: str, name: str) -> bool:
    """Whether Korean `said` says an ASCII word other than `name` that may name a thing (digits alone are counts)."""
    return any(w != name and not w.isdigit() for w in re.findall(r"(?<![\w.\-/])[A-Za-z0-9][A-Za-z0-9_.\-]*", said))


def framed(text: str) -> str:
    """`text` with a developer's own service said of one named container read as that container (see the module)."""
    if not text or "\n" in text:
        return text
    ko, en, own = _patterns()
    if (mt := ko.match(text)) is not None:
        name, rest = mt["name"], mt["rest"]
        if name.lower() in grammar.words("own_service_not_name"):
            return text
        if mt["particle"]:
            # "우리 api는 web 컨테이너에서 돌아요. 재시작 부탁해요": the clause that says where it runs, then the request;
            # with no end of such a clause the sentence is left as said ("제 앱이 web 컨테이너에서 … 볼 수 있을까요?")
            after = _clause_end_ko(rest)
            if after is None:
                return text
            if _other_named(rest, name):
                # (breaker33) "우리 서비스는 web인데 cache 재시작해줘" restarted web and cache, "제 앱이 db 쓰는데 web 지워줘"
                # removed both, "우리 앱은 web 컨테이너가 아니라 cache에서 돌아요" restarted web: another name said in the
                # clause or the request — the frame is never read as the name
                return text
            return after if re.search(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-])", after) else f"{name} {after}"
        if re.match(r"[A-Za-z0-9_\-]", rest):
            return text  # "우리 서비스 webApp…": a longer word, not the name said
        return f"{name}{rest}"
    for pat in (own, en):
        if (mt := pat.match(text)) is None:
            continue
        name, rest = mt["name"], mt["rest"]
        if name.lower() in grammar.words("own_service_not_name") or re.match(r"[A-Za-z0-9_\-]", rest):
            return text
        said = re.match(r"^\s*[,.:;—–-]+\s*(?P<after>\S.*)$", rest, re.S)
        if said is not None:
            after = said["after"]
            named = _pronoun_named(after, name)
            if re.search(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-])", named):
                return named
            return f"{name} {after}" if pat is en and not mt.groupdict().get("link") else text
        if pat is en and not mt["link"] and rest.strip():
            return f"{name}{rest}"  # "my app web keeps returning 502"
        if pat is en and mt["link"] and mt["link"].lower() in grammar.words("own_service_on_en") and rest.strip():
            return f"{name}{rest}"  # "my app on my-nginx started throwing errors"
    return text
