"""(blind16) Whether gorae is able to run something, asked of a bare run: asked back, never run on the question.

    ability_asked("can you run kubectl?", RunContainer(image="kubectl", lang="en"))
    -> NotUnderstood(reason parse.ability_asked, proposal=RunContainer(image="kubectl"))

"can you run kubectl?" planned `docker run -d kubectl`: said to a bot, "can you run X?" of a program may ask what the
bot can do as well as ask for it, and a bare run is all it says (no port, no name, no command) — so it is the yes/no
question of a proposal ("`docker run -d kubectl` — Run it?"), whatever the image. A run with more said ("can you run
nginx on 8080?") and every other verb said as a question ("can you restart web?") stay requests (README). Korean: the
ability ending -(으)ㄹ 수 있다 asked of a bare run with no 주다 of a request ("kubectl 실행할 수 있어?"; "nginx 실행해 줄 수
있어?" is a request). The words are grammar/lexicon.txt's `ability_*`.
"""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.normalize import HANGUL
from bot.model import Msg, NotUnderstood

_EN_WORDS = re.compile(r"[a-z0-9][a-z0-9./:_-]*")


def _bare_run(cmd: m.Command | NotUnderstood) -> bool:
    """A run of one image with nothing else said: every field but the image and the language at its default."""
    if not isinstance(cmd, m.RunContainer) or cmd.as_typed or not cmd.image:
        return False
    plain, others = _plain_run()
    return all(getattr(cmd, name) == getattr(plain, name) for name in others)


@lru_cache(maxsize=1)
def _plain_run() -> tuple[m.RunContainer, tuple[str, ...]]:
    """(perf33) A run with every field at its default, and its fields but the image, the language and detach:
    what `_bare_run` compares (it made a run of the image said, ~40 fields, on every run read; the image and language are
    the command's own, no field's default depends on them — the model's dataclasses have no __post_init__)."""
    others = tuple(f.name for f in fields(m.RunContainer) if f.name != "detach" and f.name != "image" and f.name != "lang")
    return m.RunContainer(image="-", lang="en"), others


def _asked_en(text: str, image: str) -> bool:
    """English: a modal or do and who is asked ("can you", "do u"; normalize reads "are you able to" as "can you"),
    then run and the image, and nothing else."""
    said = _EN_WORDS.findall(text.lower())
    return (said[-2:] == ["run", image.lower()] and len(said) == 4
            and said[0] in grammar.words("ability_modal_en") and said[1] in grammar.words("ability_who_en"))


def _asked_ko(text: str) -> bool:
    """Korean by morphemes: -(으)ㄹ, the bound noun 수 (`ability_ko`), then 있다 (`ability_have_ko`), asked ("?" or an
    ending after 있다 only), and no auxiliary of a request (`ability_request_ko`: 주다)."""
    from bot.language.context_clause import analysed

    toks = analysed(text)
    if any(t == "VX" and f in grammar.words("ability_request_ko") for f, t in toks):
        return False
    for i, (f, t) in enumerate(toks[:-1]):
        if (t == "NNB" and f in grammar.words("ability_ko") and i and toks[i - 1][1] == "ETM"
                and toks[i + 1][0] in grammar.words("ability_have_ko")):
            tail = toks[i + 2:]
            return bool(tail) and all(tt in ("EF", "EP", "SF") for _, tt in tail)
    return False


def ability_asked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res` unless it is a bare run and `text` asks whether gorae can run it: then the proposal of that run
    (parse.ability_asked), nothing run without a yes. Pure; Kiwi only for a Korean text that read as a bare run."""
    if not _bare_run(res):
        return res
    assert isinstance(res, m.RunContainer)
    asked = _asked_ko(text) if HANGUL.search(text) else _asked_en(text, res.image)
    if not asked:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.ability_asked", image=res.image), proposal=res)
