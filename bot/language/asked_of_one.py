"""(lead28) What one container is, does or runs, asked — its details (docker inspect: Config.Image with its tag, Cmd,
Entrypoint, Labels), never a verb done.

    "what does the my-nginx box do"                    -> Inspect(my-nginx)
    "could someone tell me what cache is for"          -> Inspect(cache)   (the hedge read by the parser before)
    "Can you tell me which version of nginx web uses?" -> Inspect(web)
    "my-volume은 뭐 하는 컨테이너예요?"                   -> Inspect(my-volume)
    "web 버전 뭐야?", "cache 용도 알려줘"                  -> Inspect(web), Inspect(cache)
    "배포된 버전 뭔지 알 수 있을까요? web이요"             -> Inspect(web)  (the name said last, as an afterthought)

English: the shapes of grammar/lexicon.txt `asked_of_one_*_en` around one name (perhaps "the" before it, its kind after
it). Korean, by Kiwi's reading (bot/language/morph.py): one ASCII name said first or last (then only the copula), every
other word one of `asked_of_one_ko` (particles, question words, 알리/보이: tell, show), and a core of `asked_of_one_core_ko`
(버전, 용도) or "뭐 하는 컨테이너/애/거" (what it does). The name is never a keyword of gorae's. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

_NAME = r"(?P<name>[A-Za-z0-9][\w.\-]*)"


def _read_words(text: str) -> list[str]:
    """Kiwi's reading of `text` (bot/language/morph.py), its sentence marks left out."""
    from bot.language import morph

    return [w for w in morph.reading(text).text.split() if w not in ("?", "!", ".")]


def _names_at(words: list[str]) -> list[int]:
    """Where in `words` an ASCII name stands (lower case, a letter in it)."""
    return [i for i, w in enumerate(words) if re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", w) and re.search(r"[a-z]", w)]


@lru_cache(maxsize=1)
def _english() -> tuple[re.Pattern[str], ...]:
    alt = grammar.alternation
    the, kind = r"(?:the\s+)?", rf"(?:\s+(?:{alt('asked_of_one_kind_en')}))?"
    what = alt("asked_of_one_what_en")
    lead = rf"(?:(?:{alt('asked_of_one_lead_en')})\s+)?"
    img = r"(?:[a-z0-9][\w.\-/]*\s+)?"
    of_img = r"(?:\s+of\s+[a-z0-9][\w.\-/]*)?"
    return (
        # "what does the my-nginx box do", "what is cache for", "tell me what cache is used for"
        re.compile(rf"(?i){lead}(?:{what})\s+(?:{alt('asked_of_one_aux_en')})\s+{the}{_NAME}{kind}\s+"
                   rf"(?:{alt('asked_of_one_does_en')})"),
        re.compile(rf"(?i){lead}(?:{what})\s+{the}{_NAME}{kind}\s+(?:{alt('asked_of_one_is_en')})\s+"
                   rf"(?:{alt('asked_of_one_does_en')})"),
        # "which version of nginx web uses", "which version of nginx does web run", "what nginx version is web on"
        re.compile(rf"(?i){lead}(?:{what})\s+{img}(?:{alt('asked_of_one_version_en')}){of_img}\s+"
                   rf"(?:(?:{alt('asked_of_one_aux_en')})\s+)?{the}{_NAME}{kind}\s+(?:{alt('asked_of_one_uses_en')})"),
    )


def asked_of_one_en(text: str) -> m.Command | None:
    """English (see the module): the details of the one container asked about, or None."""
    said = text.strip().rstrip("?!. ")
    for pattern in _english():
        mt = pattern.fullmatch(said)
        if mt is not None and mt["name"].lower() not in grammar.keywords():
            return m.Inspect(mt["name"], lang="en")
    return None


def asked_of_one_ko(text: str) -> m.Command | None:
    """Korean (see the module): the details of the one container asked about, or None."""
    words = _read_words(text)
    names = _names_at(words)
    if len(names) != 1 or words[names[0]] in grammar.keywords():
        return None
    at = names[0]
    rest = words[:at] + words[at + 1:]
    if at == len(words) - 1 or all(w in grammar.words("asked_of_one_last_ko") for w in words[at + 1:]):
        rest = words[:at]  # "… 알 수 있을까요? web이요": the name said last
    elif at != 0:
        return None
    if not rest or any(w not in grammar.words("asked_of_one_ko") for w in rest):
        return None
    core = grammar.words("asked_of_one_core_ko")
    joined = "+".join(rest)
    if core.isdisjoint(rest) and not any(seq in joined for seq in grammar.words("asked_of_one_does_ko")):
        return None
    name = words[at]
    # (lead28) of a volume or a network, said by its kind right after the name ("pgdata 볼륨 만든 날짜"): its details
    kind = words[at + 1] if at + 1 < len(words) and at == 0 else ""
    if kind in grammar.words("asked_of_one_volume_ko"):
        return m.VolumeInspect(name, lang="ko")
    if kind in grammar.words("asked_of_one_network_ko"):
        return m.NetworkInspect(name, lang="ko")
    if kind in grammar.words("asked_of_one_image_ko"):
        return None  # an image's date or version: its own reads (docker image inspect), left to the grammar
    return m.Inspect(name, lang="ko")


def file_asked_ko(text: str) -> m.Command | None:
    """(lead28) Korean: a file or a directory of one container asked — "my-nginx 설정 파일 /etc/nginx/nginx.conf 내용
    보여줄래요?", "data /etc/hosts 파일 좀 보여줘" (its contents: `docker exec NAME cat PATH`), "web의 /usr/share/nginx/html
    안에 뭐 있어?", "web 컨테이너 /etc/nginx/conf.d 목록 보여줘" (what it holds: `docker exec NAME ls PATH`). By Kiwi's reading:
    one ASCII name, one absolute path after it, every other word one of grammar/lexicon.txt `file_asked_ko`, and a word of
    `file_contents_ko` (내용: cat; 파일, `file_said_ko`, only of a path with an extension) or `file_listed_ko` (안 … 뭐 있, 목록: ls), never both. None otherwise — a write
    is never read here (no verb of gorae's is among those words)."""
    words = _read_words(text)
    names = _names_at(words)
    paths = [i for i, w in enumerate(words) if re.fullmatch(r"/[\w./\-]*", w)]
    if len(names) != 1 or len(paths) != 1 or paths[0] < names[0] or words[names[0]] in grammar.keywords():
        return None
    rest = [w for i, w in enumerate(words) if i not in (names[0], paths[0])]
    if not rest or any(w not in grammar.words("file_asked_ko") for w in rest):
        return None
    path = words[paths[0]]
    contents = not grammar.words("file_contents_ko").isdisjoint(rest) or (
        not grammar.words("file_said_ko").isdisjoint(rest) and "." in path.rsplit("/", 1)[-1])
    listed = not grammar.words("file_listed_ko").isdisjoint(rest)
    if contents == listed:
        return None  # "web /etc 파일 보여줘": the files in it, or the file? asked
    if contents and path.endswith("/"):
        return None  # a directory's contents: what it holds, said so
    return m.Exec(words[names[0]], ("cat" if contents else "ls", path), lang="ko")


@lru_cache(maxsize=1)
def _file_en() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    alt = grammar.alternation
    place = rf"\s+(?:{alt('file_in_en')})\s+(?:the\s+)?{_NAME}(?:\s+container)?"
    return (
        # "show me /etc/nginx/nginx.conf in my-nginx", "print the contents of /etc/hosts on data"
        re.compile(rf"(?i)(?:{alt('file_show_en')})(?:\s+me)?\s+(?:the\s+)?(?:(?:{alt('file_contents_en')})\s+of\s+)?"
                   rf"(?P<path>/[\w./\-]*[\w.\-]){place}"),
        # "check disk on data with df -h", "check memory in cache using free -m"
        re.compile(rf"(?i)(?:{alt('file_check_en')})\s+[a-z][a-z ]*?{place}\s+(?:{alt('file_with_en')})\s+(?P<cmd>\S.*)"),
        # (f24a) "list the files in /etc inside web", "show me the files under /tmp on data": what it holds (ls)
        re.compile(rf"(?i)(?:{alt('file_list_en')})(?:\s+me)?\s+(?:all\s+)?(?:the\s+)?(?:{alt('file_listed_en')})\s+"
                   rf"(?:{alt('file_under_en')})\s+(?P<path>/[\w./\-]*){place}"),
    )


def file_asked_en(text: str) -> m.Command | None:
    """(lead28) English: a file of one container shown ("show me /etc/nginx/nginx.conf in my-nginx": `docker exec NAME cat
    PATH`), or a thing checked there with a program named ("check disk on data with df -h": `docker exec data df -h`, the
    program one of grammar/lexicon.txt `known_programs`, its words typed as they are). None otherwise."""
    said = text.strip().rstrip("?!. ")
    show, check, listed = _file_en()
    if (mt := show.fullmatch(said)) is not None and mt["name"].lower() not in grammar.keywords():
        return m.Exec(mt["name"], ("cat", mt["path"]), lang="en")
    if (mt := check.fullmatch(said)) is not None and mt["name"].lower() not in grammar.keywords():
        cmd = tuple(mt["cmd"].split())
        if cmd[0] in grammar.words("known_programs") and all(re.fullmatch(r"[\w./:=,@%+\-]+", w) for w in cmd):
            return m.Exec(mt["name"], cmd, lang="en")
    if (mt := listed.fullmatch(said)) is not None and mt["name"].lower() not in grammar.keywords():
        return m.Exec(mt["name"], ("ls", mt["path"]), lang="en")
    return None


@lru_cache(maxsize=1)
def _made_from() -> re.Pattern[str]:
    alt = grammar.alternation
    return re.compile(rf"(?i)(?:(?:{alt('made_from_lead_en')})\s+)?(?:the\s+)?containers\s+(?:(?:{alt('made_from_be_en')})\s+)?"
                      rf"(?:{alt('made_from_verb_en')})\s+(?:{alt('made_from_prep_en')})\s+(?:the\s+)?"
                      r"(?P<image>[a-z0-9][\w.\-/]*(?::[\w.\-]+)?)(?:\s+image)?")


def made_from_en(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(lead28) English: the containers started from an image, asked without a verb of listing ("containers built from
    redis?", "which containers were started from redis?" — refused as a deed told): read as "which containers use the
    IMAGE image" (docker ps --filter ancestor=IMAGE), by `read`; None otherwise. The words: grammar/lexicon.txt
    `made_from_*_en`."""
    mt = _made_from().fullmatch(text.strip().rstrip("?!. "))
    if mt is None or mt["image"].lower() in grammar.keywords():
        return None
    res = read(f"which containers use the {mt['image']} image")
    return res if isinstance(res, m.ListContainers) else None


@lru_cache(maxsize=1)
def _port_user() -> re.Pattern[str]:
    alt = grammar.alternation
    return re.compile(rf"(?i)(?:(?:{alt('port_user_lead_en')})\s+)?(?:{alt('port_user_who_en')})\s+(?:(?:is|are)\s+)?"
                      rf"(?:{alt('port_user_verb_en')})\s+(?:host\s+)?port\s+(?P<port>\d{{1,5}})")


def port_user_en(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(lead28) English: what uses a host port, asked another way ("is anyone using port 80", "what's using port 80?",
    "which container uses port 80"): read as "who is using port N" (docker ps --filter publish=N), by `read`; None
    otherwise. The words: grammar/lexicon.txt `port_user_*_en`."""
    mt = _port_user().fullmatch(text.strip().rstrip("?!. "))
    if mt is None or not 0 < int(mt["port"]) < 65536:
        return None
    res = read(f"who is using port {mt['port']}")
    return res if isinstance(res, m.ListContainers) else None


@lru_cache(maxsize=1)
def _port_user_bare() -> re.Pattern[str]:
    alt = grammar.alternation
    return re.compile(rf"(?i)(?:(?:{alt('port_user_lead_en')})\s+)?(?:{alt('port_user_who_en')}|"
                      rf"{alt('port_user_pasted_who_en')})\s+(?:(?:is|are)\s+)?(?:{alt('port_user_verb_en')})\s+"
                      rf"(?:(?:host\s+)?port\s+)?(?P<port>\d{{1,5}})")


def port_user_pasted_en(text: str, port: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(lead32c) English, after a pasted error that names the host port `port`: what uses it, asked with the number bare
    or by who ("who's on 8080?", "what's using 8080") — read as "who is using port N", by `read`; None when `text` asks
    of another number or is not so asked."""
    mt = _port_user_bare().fullmatch(text.strip().rstrip("?!. "))
    if mt is None or mt["port"] != port or not 0 < int(port) < 65536:
        return None
    res = read(f"who is using port {port}")
    return res if isinstance(res, m.ListContainers) else None


def _sized(kind: str, name: str | None, lang: m.Lang) -> m.Command | None:
    """The read that shows the size of `kind` (grammar/lexicon.txt `size_kind_image`, `size_kind_volume`): images, or the
    images of one repository (docker images NAME: SIZE); a volume's details (docker volume inspect NAME); None else."""
    if kind in grammar.words("size_kind_image"):
        return m.ListImages(reference=name, lang=lang)
    if kind in grammar.words("size_kind_volume") and name:
        return m.VolumeInspect(name, lang=lang)
    return None


@lru_cache(maxsize=1)
def _size_en() -> re.Pattern[str]:
    alt = grammar.alternation
    return re.compile(rf"(?i)(?:{alt('size_asked_en')})\s+(?:(?:{alt('size_det_en')})\s+)?"
                      rf"(?:(?P<name>[a-z0-9][\w.\-/]*(?::[\w.\-]+)?)\s+)?(?P<kind>{alt('size_kind_en')})")


def size_asked_en(text: str) -> m.Command | None:
    """(lead28) English: the size of images or of a volume asked ("how big are my images?", "how big is the nginx image",
    "how big is the pgdata volume", "what's the size of the redis image"): the read that shows it (`_sized`); None
    otherwise. The words: grammar/lexicon.txt `size_*_en`."""
    mt = _size_en().fullmatch(text.strip().rstrip("?!. "))
    if mt is None or (mt["name"] and mt["name"].lower() in grammar.keywords()):
        return None
    return _sized(mt["kind"].lower(), mt["name"], "en")


@lru_cache(maxsize=1)
def _program_asked_en() -> re.Pattern[str]:
    alt = grammar.alternation
    return re.compile(rf"(?i)^(?:{alt('program_asked_lead_en')})\s+(?:the\s+)?(?P<prog>{alt('program_asked_en')})\s+"
                      rf"(?:{alt('program_asked_in_en')})\s+(?:the\s+)?(?P<name>[a-z0-9][\w.\-]*)(?:\s+container)?\s*\??$")


def program_asked_en(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(ko33b) English: a value a program prints asked of a container ("what's the hostname inside data", "what is the
    uptime of web"): that program run there (docker exec data hostname), read by `read` as "print PROGRAM inside NAME"
    and kept only when it is that exec; None otherwise."""
    mt = _program_asked_en().match(text.strip())
    if mt is None or mt["name"].lower() in grammar.keywords():
        return None
    prog = mt["prog"].lower()
    res = read(f"{grammar.lexicon()['program_asked_as_en'][0]} {prog} inside {mt['name']}")
    return res if isinstance(res, m.Exec) and res.target == mt["name"] and res.command == (prog,) else None


def related_images_ko(text: str) -> m.Command | None:
    """(ko33b) Korean: the images related to one name asked for ("이미지 중에 nginx 관련된 것만 보여줘", "nginx 관련 이미지
    목록"): the images of that repository (docker images NAME). Read by Kiwi's reading: perhaps "이미지 중에" first (the
    words of `related_among_ko`), one ASCII name, a word of `related_ko` and its ending (`related_after_ko`), then only
    words of `related_rest_ko` (the kind, the thing, only, a showing) — and the image kind said; None otherwise."""
    words = _read_words(text)
    while words and words[0] in grammar.words("related_among_ko"):
        words = words[1:]
    if len(words) < 3 or not re.fullmatch(r"[a-z0-9][\w.\-/]*(?::[\w.\-]+)?", words[0]) or words[0] in grammar.keywords():
        return None
    name, words = words[0], words[1:]
    if words[0] not in grammar.words("related_ko"):
        return None
    rest = [w for w in words[1:] if w not in grammar.words("related_after_ko")]
    if not rest or any(w not in grammar.words("related_rest_ko") for w in rest):
        return None
    if not set(_read_words(text)) & grammar.words("size_kind_image"):
        return None  # "nginx 관련 거 보여줘": containers, images, or both?
    return m.ListImages(reference=name, lang="ko")


def size_asked_ko(text: str) -> m.Command | None:
    """(lead28) Korean, by Kiwi's reading: the size of images or of a volume asked ("redis 이미지 용량 얼마야", "이미지 용량
    다 합쳐서 얼마나 돼?", "pgdata 볼륨 용량 얼마나 돼?"): at most one ASCII name first, then a kind of `size_kind_ko`, a word
    of `size_word_ko`, and only words of `size_asked_ko` after it — the read that shows it (`_sized`); None otherwise."""
    words = _read_words(text)
    name = None
    if words and re.fullmatch(r"[a-z0-9][\w.\-/]*(?::[\w.\-]+)?", words[0]):
        name, words = words[0], words[1:]
    if len(words) < 2 or words[0] not in grammar.words("size_kind_ko") or words[1] not in grammar.words("size_word_ko"):
        return None
    if any(w not in grammar.words("size_asked_ko") for w in words[2:]) or (name and name in grammar.keywords()):
        return None
    kind = grammar.lexicon()["size_kind_image"][0] if words[0] in grammar.words("size_kind_image") else words[0]
    kind = grammar.lexicon()["size_kind_volume"][0] if kind in grammar.words("size_kind_volume") else kind
    return _sized(kind, name, "ko")
