"""(lead32) The images of an English pull are the names said with its verb — never words said apart from it.

    words_pulled_apart_en("my boss says pull httpd", Sequence(Pull(boss), Pull(says), Pull(httpd)))
        -> NotUnderstood(parse.partial, proposal=Pull(httpd), unread=("boss", "says"))

Every name is a possible image on a registry, so the plan stage cannot refuse a word of prose taken for one (a
container's name can be: no such container). A pull read with two images or more keeps those said right after its
verb (grammar/lexicon.txt `pull_verb_en`), joined by the words of a list (`pull_list_word_en`: and, a comma, the,
image …); any other is unread, and the rest is offered back as a question ("my boss says pull httpd", "pull redis asap
boss" pulled `boss` and `says`). Pure function.
"""
from __future__ import annotations

import re

from bot import model as m
from bot.language import grammar
from bot.language.grammar import HANGUL
from bot.model import Msg, NotUnderstood


def _pulls(res: m.Command) -> tuple[m.Pull, ...]:
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    return tuple(s for s in steps if isinstance(s, m.Pull)) if all(isinstance(s, m.Pull) for s in steps) else ()


def words_pulled_apart_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.partial offering the images said with the verb when an English pull of two images or more took
    words said apart from its verb for images (see the module); parse.unused when none is said with it."""
    if isinstance(res, NotUnderstood) or res.lang != "en" or HANGUL.search(text) or res.as_typed:
        return res
    pulls = _pulls(res)
    if len(pulls) < 2:
        return res
    tokens = [t.strip(".!?;:\"'").lower() for t in re.findall(r"[^\s,]+|,", text)]
    verbs, joiners = grammar.words("pull_verb_en"), grammar.words("pull_list_word_en")
    at = next((i for i, t in enumerate(tokens) if t in verbs), None)
    if at is None:
        return res
    said_with: list[str] = []
    joined = True
    last = len(tokens) - 1
    while last > at and tokens[last] in grammar.words("after_courtesy_en"):
        last -= 1  # "pull alpine bob pls": the word said last before a courtesy
    for i, t in enumerate(tokens[at + 1:], at + 1):
        if t in joiners or t == ",":
            joined = True
            continue
        if (said_with and not joined and i == last and re.fullmatch(r"[a-z]+", t)
                and t not in grammar.words("pull_known_image_en")):
            break  # (safe34en) "pull alpine bob": a word said bare last may be someone called — never pulled unasked
        joined = False
        if said_with and t == said_with[-1].lower().partition(":")[2]:
            continue  # its tag said after it as a word ("pull redis 7 and alpine": redis:7)
        image = next((p.image for p in pulls if t in (p.image.lower(), p.image.lower().partition(":")[0])
                      and p.image not in said_with), None)
        if image is None or t in grammar.words("addressed_not_other_en"):
            break  # (safe33en) a chat word or one called ("pull alpine dear") is no image
        said_with.append(image)
    apart = tuple(p.image for p in pulls if p.image not in said_with)
    if not apart:
        return res
    words = ", ".join(f"`{w}`" for w in apart)
    kept = tuple(p for p in pulls if p.image in said_with)
    if not kept:
        return NotUnderstood(text, "en", Msg.of("parse.unused", words=words))
    offered = kept[0] if len(kept) == 1 else m.Sequence(lang="en", steps=kept)
    if _apart_in_trailing_context(text, apart):
        return offered  # (f22a) "pull the redis image for my onboarding exercise": what it is for, said after
    return NotUnderstood(text, "en", Msg.of("parse.partial", words=words), proposal=offered, unread=apart)


def word_run_apart_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(safe34en) `res`, or parse.partial offering the run without it when an English run (said, not typed) took one bare
    word said last after its image for its command — a word of letters only that is no program of grammar/lexicon.txt
    `known_programs` ("run alpine bob" ran the command `bob`: bob may be someone called, as "pull alpine bob")."""
    if not isinstance(res, m.RunContainer) or res.lang != "en" or res.as_typed or len(res.command) != 1:
        return res
    word = res.command[0]
    said = [t.strip(".!?;:\"'").lower() for t in text.split()]
    while said and said[-1] in grammar.words("after_courtesy_en"):
        said.pop()
    if (not re.fullmatch(r"[A-Za-z]+", word) or word.lower() in grammar.words("known_programs") or not said
            or said[-1] != word.lower() or len(said) < 2 or said[-2] != res.image.lower()):
        return res
    from dataclasses import replace

    return NotUnderstood(text, "en", Msg.of("parse.partial", words=f"`{word}`"), proposal=replace(res, command=()),
                         unread=(word,))



def _apart_in_trailing_context(text: str, apart: tuple[str, ...]) -> bool:
    """(f22a) Whether every image said apart is a word of a context said after the pull that changes nothing
    (bot/language/parse.py `_trailing_cuts`: a work event or a purpose, "for my onboarding exercise", "for the nightly
    dumps"), the pull before it said whole."""
    from bot.language.parse import _trailing_cuts

    for before in _trailing_cuts(text):
        tail = {t.strip(".!?;:\"'").lower() for t in text[len(before):].split()}
        if {a.lower() for a in apart} <= tail:
            return True
    return False
