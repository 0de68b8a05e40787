"""(run25) A new container said without a verb of running: the image named with an option of a run (in English right
after the image and a word of `verbless_join_en`: with, on, at, capped …).

    "redis with restart unless-stopped"          -> docker run -d --restart unless-stopped redis
    "nginx capped at 128m of memory"             -> docker run -d --memory 128m nginx
    "alpine with LOG_LEVEL=debug"                -> docker run -d -e LOG_LEVEL=debug alpine
    "postgres:16 on host port 5434"              -> docker run -d -p 5434:5432 postgres:16 (the port of the image's EXPOSE)
    "8082 포트로 httpd 하나"                       -> docker run -d -p 8082:80 httpd
    "redis 컨테이너 하나 6394로"                    -> docker run -d -p 6394:6379 redis
    "redis with"                                 -> None  (no option said: the caller's refusal stands)
    "httpd 하나", "httpd port 8088"               -> None  (a sentence with its verb dropped: no option, no join word)
    "nginx 80포트로"                              -> None  (Korean: a word of one more must be said, `verbless_one_ko`)
    "nginx:1.25 8160포트로"                       -> docker run -d -p 8160:80 nginx:1.25 (… or the image's tag)
    "redis with restart always?"                 -> None  (asked, never run)
    "not redis with restart always"              -> None  (a negation)
    "redis 하나 있어"                              -> None  (a predicate of its own: `verbless_predicate_tags_ko`)
    "is web on port 80?"                         -> None  (English: the image is said first, after `verbless_lead_en`)
    "redis was on 6380"                          -> None  (a word of being or an auxiliary: `verbless_not_en`)

The sentence is read again with a verb of running (`verbless_verb_en` first, `verbless_verb_ko` last); only a reading
read whole as one new container (`m.RunContainer`, no command, not typed) that sets a run's option is taken — and it is marked `fresh` and `verbless`: a container's name said so ("web with
restart always", with web a container, whether or not an image has that name too) is never its start, an update, nor a
run of an image by that name (the plan asks: plan.fresh_of_container); an image the engine lacks is never pulled on
such a sentence (plan.no_such_image: "IC here. confirm when done" read `confirm` as one), and a removal when done alone
("… when done") is no option that makes a run. Pure but for `read` and `negated`, the caller's.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot import model as m
from bot.language import grammar


def _sets_an_option(cmd: m.RunContainer) -> bool:
    """Whether the run sets any option of a new container (a port, a variable, a policy, a name, a limit, …)."""
    return bool(cmd.ports or cmd.expose or cmd.env or cmd.restart or cmd.network or cmd.volumes or cmd.mounts
                or cmd.name or cmd.options or cmd.workdir or cmd.user or cmd.volumes_from)  # never --rm alone ("when done")


def _wish_left_out(said: str) -> str:
    """(f22r) English, the new container said as one's or a team's need, its subject one word or none, then a word of
    grammar/lexicon.txt `verbless_wish_en` and the article (`verbless_lead_en`): "QA needs an nginx on 8089 named qa22",
    "I need a redis on 6390" — the container said from its article on (read as any verbless run: an option must be said,
    a name of a container here is asked by the plan); `said` as it is otherwise."""
    words = said.split()
    for at in (0, 1):
        if (len(words) > at + 2 and words[at].lower() in grammar.words("verbless_wish_en")
                and words[at + 1].lower() in grammar.words("verbless_lead_en")
                and all(w.isalpha() for w in words[:at])):
            return " ".join(words[at + 1:])
    return said


def _need_left_out_ko(said: str) -> str:
    """(f22r) Korean, the new container said as needed, the need's noun and 하다 with a plain ending closing the sentence
    (grammar/lexicon.txt `verbless_need_ko`: "nginx 하나 8089포트로 필요해요"): the container said without it (read as any
    verbless run: a word of one more and an option must be said); the past ("필요했어") or anything else after the noun
    (필요 없어: no need) is no such need — `said` as it is."""
    from bot.language import morph

    words = said.split()
    if len(words) < 2:
        return said
    toks = [(t.form, t.tag) for t in morph.tokens(words[-1])]
    if (len(toks) == 3 and toks[0] in {(w, "NNG") for w in grammar.words("verbless_need_ko")} and toks[1][1] == "XSA"
            and toks[2][1] == "EF"):
        return " ".join(words[:-1])
    return said


def verbless_run(text: str, lang: str, read: Callable[[str], m.Command | m.NotUnderstood],
                 negated: Callable[[str], bool]) -> m.RunContainer | None:
    """The new container `text` says without a verb (see the module), or None. `lang` is "ko" or "en"; `read` parses a
    text (no detail); `negated` says whether a text holds a negation."""
    said = text.strip().rstrip(".!")
    if not said or "?" in said or negated(said):
        return None
    if lang == "ko":
        from bot.language import morph

        said = _need_left_out_ko(said)
        if any(t.tag in grammar.words("verbless_predicate_tags_ko") for t in morph.tokens(said)):
            return None  # "redis 하나 있어", "redis 하나 좋아": a predicate said — never a run added to it
        verb = sorted(grammar.words("verbless_verb_ko"))[0]
        res = read(f"{said} {verb}")
    elif lang == "en":
        said = _wish_left_out(said)
        if {w.strip(",.!").lower() for w in said.split()} & grammar.words("verbless_not_en"):
            return None  # "redis was on 6380", "nginx used to have restart always": told or asked, never a run
        verb = sorted(grammar.words("verbless_verb_en"))[0]
        res = read(f"{verb} {said}")
    else:
        return None
    if lang == "en":
        lead = said.split()
        while lead and lead[0].lower() in grammar.words("verbless_lead_en") | grammar.words("verbless_one_en"):
            lead = lead[1:]
        if not isinstance(res, m.RunContainer) or len(lead) < 2 or lead[0] != res.image:
            return None  # "is web on port 80?": the image said first, or it is no run said without its verb
        if lead[1].lower() not in grammar.words("verbless_join_en"):
            return None  # "httpd port 8088", "httpd as h2": a sentence with its verb dropped, never a run
    if not isinstance(res, m.RunContainer) or res.command or res.as_typed or res.create_only or res.interactive:
        return None
    if not _sets_an_option(res):
        return None  # "httpd 하나": a run's verb dropped (tests/test_properties_fresh.py) — an option must be said
    if lang == "ko" and not {w.strip(",.!") for w in said.split()} & grammar.words("verbless_one_ko") and not (
            ":" in res.image and res.image in said.split()):
        # "nginx 80포트로" (tests/test_wordings.py): a fragment with its verb missing — asked, as before; (lead32b) an
        # image said with its tag ("nginx:1.25 8160포트로", "redis:7 6390포트로") is an image only (no container is
        # named so): a run of it, as "… 하나" says
        return None
    return replace(res, fresh=True, verbless=True)


def opened_run(text: str, lang: str, read: Callable[[str], m.Command | m.NotUnderstood],
               negated: Callable[[str], bool]) -> m.RunContainer | None:
    """(lead32b) A new container said by the verb of opening its port (grammar/lexicon.txt `opened_run_ko`: 열다), no
    verb of running: "로컬호스트 8130에만 nginx 열어줘" is `docker run -d -p 127.0.0.1:8130:80 nginx` — the word of opening
    read as `verbless_verb_ko`; only a run that publishes a port, no command, is taken, marked `fresh` and `verbless`
    as `verbless_run`'s (a container's name — "web 8130 포트 열어줘" — is asked by the plan, never a new container)."""
    said = text.strip().rstrip(".!")
    if lang != "ko" or not said or "?" in said or negated(said):
        return None
    from bot.language import morph

    opening = grammar.words("opened_run_ko")
    words = said.split()
    at = [i for i, w in enumerate(words)
          if any(t.tag == "VV" and t.form in opening for t in morph.tokens(w))]
    if len(at) != 1 or at[0] != len(words) - 1:
        return None  # the word of opening closes the sentence, once
    verb = sorted(grammar.words("verbless_verb_ko"))[0]
    res = read(" ".join(words[:-1] + [verb]))
    if not isinstance(res, m.RunContainer) or res.command or res.as_typed or res.create_only or not res.ports:
        return None
    return replace(res, fresh=True, verbless=True)
