"""(lead19) What a sentence asks that no docker command answers, found after it read: nothing is planned.

    pointed_back("that one too", ListContainers(lang="en"))
    -> NotUnderstood(reason parse.no_antecedent)

- An earlier message pointed at: English "that one too", "show that container", "list those" read `docker ps` (the
  kind word, no name). gorae keeps no earlier message, so a demonstrative before a kind or alone as the object
  (grammar/lexicon.txt `pointing_en`, `pointed_kind_en`) with no name said reads nothing. A relative word after it
  ("those containers that are running") makes it a description, read as before.
- gorae itself asked of: "are you running inside a container?", "are you up?" read `docker ps` (running, up: a
  state). `are you` / `r u` said first, no name, and no word of asking gorae to act (`about_me_not_en`: "are you
  able to", "are you going to" …) is a question about the bot.
- (lead20) A write read from an English question word and do-support said first ("what does web run?" planned
  `docker start web`): a question (`wh_word_en`, `do_support_en`), nothing runs.
- (lead20) A Korean write left as a state by -어 있다 ("web 꺼 있네"): told, nothing runs.
- (lead20) A Korean write read with 아직 (still) said beside it ("web 아직 꺼": still off?): no order, refused.
- (lead21) A Korean write read with 누가 (who) as its subject and no 주다 of asking ("누가 web을 지우겠어 ㅋㅋ"): a question.
- Lines picked out of a log: "cache 로그에서 에러만 골라서 보여줘", "only the errors in web's logs" — docker logs shows a
  log whole (grep is a shell's), so a log read with an error word said with 만 / only, or with a verb of picking
  (`log_pick_ko`, `log_pick_en`), is refused, never shown as if it were filtered.

Pure functions over the text and the reading; Kiwi only for a Korean text (its analysis is cached per text).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.context_clause import analysed, analysed_spans
from bot.language.grammar import keywords
from bot.language.morph import chat_once
from bot.language.normalize import HANGUL, tag_asked_mid, without_chat_tail
from bot.language.parse_natural import reads_only
from bot.model import Msg, NotUnderstood


def _names_nothing(res: m.Command | NotUnderstood) -> bool:
    """A command read that names no container, image, volume or network (a listing, a bare kind)."""
    if isinstance(res, (NotUnderstood, m.Help, m.Prohibition, m.Sequence)):
        return False
    n = m.named(res)
    return not (n.targets or n.names or n.target or n.name or n.container or n.network)


@lru_cache(maxsize=1)
def _pointing_en() -> re.Pattern[str]:
    """A demonstrative then a kind word or `one`, not followed by a word that describes it; or a demonstrative
    alone as the object, at the end ("list those")."""
    point = grammar.alternation("pointing_en")
    kind = grammar.alternation("pointed_kind_en")
    described = grammar.alternation("described_after_en")
    alone = grammar.alternation("pointing_alone_en")
    after = grammar.alternation("pointing_after_en")
    return re.compile(rf"\b(?:{point})\s+(?:{kind})\b(?!\s+(?:{described})\b)"
                      rf"|\b(?:{alone})(?:\W+(?:{after}))*\W*$", re.I)


_LISTINGS = (m.ListContainers, m.ListImages, m.VolumeList, m.NetworkList)


def pointed_back(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.no_antecedent when an English listing naming nothing (what a kind word or a pronoun alone reads
    as) came from words pointing back. Any other reading keeps them: its own antecedent was read ("the busybox image
    is no longer needed, please delete it")."""
    if res.lang != "en" or not isinstance(res, _LISTINGS) or not _names_nothing(res):
        return res
    found = _pointing_en().search(text)
    if found is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.no_antecedent", said=found.group().strip(" ?.!")))


_WRITE_KIND: dict[type, bool] = {}  # (perf33) a class but Sequence -> whether its commands write: asked ~29 times a sentence


def _a_write_in(res: m.Command | NotUnderstood, lang: str) -> bool:
    """Whether `res` is a command read in `lang` that writes (no refusal, help, ban or read): what the checks below
    may turn into a refusal. Known once per class (plain classes: isinstance and `reads_only` are of the type alone),
    but for a Sequence (of its steps)."""
    if res.lang != lang:
        return False
    if isinstance(res, m.Sequence):
        return not reads_only(res)
    kind = type(res)
    got = _WRITE_KIND.get(kind)
    if got is None:
        got = _WRITE_KIND[kind] = not isinstance(res, (NotUnderstood, m.Help, m.Prohibition)) and not reads_only(res)
    return got


@lru_cache(maxsize=1)
def _about_me_en() -> re.Pattern[str]:
    asked = grammar.alternation("about_me_en")
    acting = grammar.alternation("about_me_not_en")
    opener = grammar.alternation("about_me_opener_en")
    return re.compile(rf"^\W*(?:(?:{opener})\W+)?(?:{asked})\b(?!\s+(?:{acting})\b)"
                      rf"|{_about_me_where_en().pattern}", re.I)


@lru_cache(maxsize=1)
def _about_me_where_en() -> re.Pattern[str]:
    """Where gorae runs, asked anywhere in the sentence ("which container are you running in?")."""
    asked = grammar.alternation("about_me_en")
    return re.compile(rf"\b(?:{asked})\s+(?:running\s+)?(?:{grammar.alternation('about_me_where_en')})\b", re.I)


def about_me(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.about_me when an English reading naming nothing was a question about gorae itself — or a read
    of a name said as where gorae runs ("are you running inside web?": web's inspect answers nothing of gorae)."""
    if res.lang != "en" or isinstance(res, NotUnderstood):
        return res
    if _names_nothing(res) and _about_me_en().search(text):
        return NotUnderstood(text, res.lang, Msg.of("parse.about_me"))
    if reads_only(res) and _about_me_where_en().search(text):
        return NotUnderstood(text, res.lang, Msg.of("parse.about_me"))
    return res


@lru_cache(maxsize=1)
def _wh_do_en() -> re.Pattern[str]:
    opener = grammar.alternation("about_me_opener_en")
    wh = grammar.alternation("wh_word_en")
    do = grammar.alternation("do_support_en")
    who = grammar.alternation("about_me_who_en")
    # … never "what can you do" asked first, then a request ("what can you do restart web": help, then the request)
    return re.compile(rf"^\W*(?:(?:{opener})\W+)?(?:{wh})(?:\s+(?!(?:{do})\b)[\w-]+){{0,2}}\s+(?:{do})\b"
                      rf"(?!\s+(?:{who})\s+do\b(?!\s+to\b))"
                      # (lead20) … or do/did you said first: gorae's habits asked ("do you remove web?", "do you want me
                      # to restart web?"), never "do you mind …" (a favour asked)
                      rf"|^\W*(?:(?:{opener})\W+)?(?:{grammar.alternation('do_you_en')})\b"
                      rf"(?!\s+(?:{grammar.alternation('do_you_not_en')})\b)", re.I)


def wh_do_asked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.question when an English write was read from a question word and do-support said first ("what
    does web run?" planned `docker start web`: what, does are words that change nothing elsewhere; "what did cache
    stop", "which containers does web stop" — a kind word or two between): the verb there is asked of, never
    requested."""
    if not _a_write_in(res, "en"):
        return res
    if not _wh_do_en().search(text):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.question"))


def still_of_a_write(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.unused when a Korean write was read with 아직 (still, yet; grammar/lexicon.txt `still_ko`) said
    beside it (brk21: or an English one with yet and no negation, "restart web yet?" — `still_en`): 아직 is read as a word of a state asked or told ("my-nginx 아직 떠있지?", "cache 아직 안 꺼졌지?"), and
    with a write it tells a state ("web 아직 꺼" — still off?), never an order (a ban keeps it: "web 아직 끄지 마")."""
    if _a_write_in(res, "en"):  # (brk21) "restart web yet?", "yet restart web": yet with no negation
        words = [w.lower() for w in re.findall(r"[\w/]+", text)]
        still = [w for w in words if w in grammar.words("still_en")]
        if still and grammar.words("still_negation_en").isdisjoint(words):
            return NotUnderstood(text, res.lang, Msg.of("parse.unused", words=", ".join(f"`{w}`" for w in still)))
        return res
    if not _a_write_in(res, "ko"):
        return res
    still = [f for f, _ in analysed(text) if f in grammar.words("still_ko")]
    if not still:
        return res
    _, asked, order = text.rpartition("?")
    if asked and order.strip() and not any(f in grammar.words("still_ko") for f, _ in analysed(order)) and any(
            t == "VX" and f in grammar.words("reason_after_request_aux") for f, t in analysed(order)):
        return res  # (lead32a) "db 아직 안 켜져 있지? 켜줘": the state asked, then the request after it, asked for (주다)
    return NotUnderstood(text, res.lang, Msg.of("parse.unused", words=", ".join(f"`{w}`" for w in still)))


def korean_state_left(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or — for a Korean write — parse.done_already when its last verb is followed by -어 있다 and endings alone
    (the state it left, told or asked: "web 꺼 있네", "web 삭제해 있음", "web 재시작해 있어?" each planned the write;
    grammar/lexicon.txt `state_left_*`). A state before the request stays a description ("떠있는 거 다 재시작")."""
    if not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    verbs = [i for i, (_, tag) in enumerate(toks) if tag in ("VV", "XSV")]
    if verbs:
        i = verbs[-1]
        after = toks[i + 1:i + 3]
        ending = all(tag in ("EF", "EC", "ETN", "EP", "SF", "SW", "JX") for _, tag in toks[i + 3:])
        if (len(after) == 2 and after[0][0] in grammar.words("state_left_link_ko") and after[0][1] in ("EC", "EF")
                and after[1][0] in grammar.words("state_left_ko") and after[1][1] in ("VX", "VA") and ending):
            return NotUnderstood(text, res.lang, Msg.of("parse.done_already"))
    return res


def who_of_a_write_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.question when a Korean write was read with who said as its subject (누가: grammar/lexicon.txt
    `who_ko` then a subject particle, `who_subject_ko`) and no auxiliary of asking after its verb (`reason_after_request_aux`:
    주다, 드리다): "누가 web을 지우겠어 ㅋㅋ" (who would remove web) planned `docker rm web`, "누가 web 지울래?" (who'll
    remove it?) — asked of people, never an order; "누가 web 좀 지워줘" (someone remove web, please) stays the request."""
    if not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    who = any(f in grammar.words("who_ko") and toks[i + 1][0] in grammar.words("who_subject_ko")
              for i, (f, _) in enumerate(toks[:-1]))
    if not who or any(f in grammar.words("reason_after_request_aux") and t in ("VX", "VV") for f, t in toks):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.question"))


def what_of_a_write_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.question (nothing offered) when a Korean write, read or offered, is said with "what is it" (the
    pronoun of grammar/lexicon.txt `what_is_ko` as the copula's complement: Kiwi's NP then VCP 이, or an ending right
    after it): "web 재시작 뭐야" (what is this restart of web?), "이게 뭐야 web 재시작", "cache 재시작 이건 또 뭐임",
    "web 재시작?? 뭐야" asked about a write seen — they planned the write, the 뭐 dropped as a filler (brk24)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, "ko"):
        return res
    toks = analysed(text)
    what = grammar.words("what_is_ko")
    if not any(f in what and t == "NP" and (nt == "EF" or (nt == "VCP" and nf in grammar.words("what_is_copula_ko")))
               for (f, t), (nf, nt) in zip(toks, toks[1:])):
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.question"))


def _speaker_said_ko(toks: tuple[tuple[str, str], ...]) -> bool:
    """(f22a) Whether Korean morphemes say the speaker as a subject (grammar/lexicon.txt `speaker_ko` then a particle of
    `speaker_subject_ko`: 제가, 내가, 저는)."""
    me, particles = grammar.words("speaker_ko"), grammar.words("speaker_subject_ko")
    return any(f in me and t == "NP" and nf in particles and nt in ("JKS", "JX")
               for (f, t), (nf, nt) in zip(toks, toks[1:]))


def own_part_after_ko(text: str, res: m.Command | NotUnderstood,
                      reread: Callable[[str], m.Command | NotUnderstood]) -> m.Command | NotUnderstood:
    """(f22a) `res`, or the order said first when a Korean sentence not read (the speaker's own: parse.intended) is an
    order, a comma, then the part the speaker keeps, its thing set against the order's by 은/는 ("nginx:1.25 받아놓고, 배포
    끝나면 web 재시작은 제가 할게요": pull it, the restart is mine): the order alone, when it reads whole as one command
    (never help, a ban, a sequence) that names nothing of the speaker's part and says no speaker of its own."""
    if not (isinstance(res, NotUnderstood) and res.lang == "ko"):
        return res
    head, comma, tail = text.partition(",")
    if not comma or not head.strip() or not tail.strip() or "?" in head:
        return res
    head_toks, tail_toks = analysed(head.strip()), analysed(tail.strip())
    if _speaker_said_ko(head_toks) or not _speaker_said_ko(tail_toks):
        return res
    promise = grammar.words("speaker_promise_ko")
    if not any(f in promise and t in ("EF", "EP") and all(tt in ("EF", "SF", "JX") for _, tt in tail_toks[i + 1:])
               for i, (f, t) in enumerate(tail_toks)):
        return res
    topic = grammar.words("own_part_topic_ko")
    if not any(t in ("NNG", "SL") and nf in topic and nt == "JX" for (f, t), (nf, nt) in zip(tail_toks, tail_toks[1:])):
        return res  # the speaker's part set against the order's, by its topic
    if not head_toks or not (head_toks[-1][1] == "EF" or (
            head_toks[-1][1] == "EC" and head_toks[-1][0] in grammar.words("own_part_link_ko"))):
        return res
    cmd = reread(head.strip())
    if not isinstance(cmd, m.Command) or isinstance(cmd, (m.Help, m.Prohibition, m.Sequence)):
        return res
    mine = set(re.findall(r"[A-Za-z0-9][\w.:/\-]*", tail))
    if mine & set(m.names_of(cmd, images=True)):
        return res
    return cmd


def speaker_does_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.intended (nothing offered) when a Korean write, read or offered, is said with the speaker as its
    subject (grammar/lexicon.txt `speaker_ko` then a particle of `speaker_subject_ko`: Kiwi's 저 + 가 for 제가) and a
    promise closing it (`speaker_promise_ko`: -ㄹ게, -겠-, with only endings and marks after it): "cache 재시작은 제가
    할게요", "제가 web 지울게요", "web 내가 끌게", "제가 직접 web 재시작하겠습니다" — what the speaker will do, told
    (they planned the write, 저/가 dropped as politeness); "web 재시작할게요" with no subject said stays as read (brk24)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, "ko"):
        return res
    if promised_ko(text):
        return NotUnderstood(text, "ko", Msg.of("parse.intended"))  # (safe34ko) "cache 지워줄게요": I will, for you
    if announced_ko(text) and any(isinstance(c, m.THROWN_AWAY) for c in (
            cmd.steps if isinstance(cmd, m.Sequence) else (cmd,))):
        return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=cmd)  # (safe34ko) "cache 지우겠습니다"
    toks = analysed(text)
    me, particles, promise = (grammar.words(r) for r in ("speaker_ko", "speaker_subject_ko", "speaker_promise_ko"))
    if not (any(f in me and t == "NP" and nf in particles and nt in ("JKS", "JX")
                for (f, t), (nf, nt) in zip(toks, toks[1:])) or _speaker_first_or_going_ko(toks)):
        return res
    for i, (f, t) in enumerate(toks):
        if f in promise and t in ("EF", "EC", "EP") and all(tt in ("EF", "SF", "JX") for _, tt in toks[i + 1:]):
            return NotUnderstood(text, "ko", Msg.of("parse.intended"))
    return res


def act_not_ordered_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(breaker34) `res`, or a reading that never runs when a Korean write's last verb closes with no request (each planned
    the write; Kiwi's tags, grammar/lexicon.txt):
    - the honorific -시- on the verb itself (no 주다 before it) and an ending that asks or echoes what the addressee does
      (`honored_asked_ko`: "cache 끄심?", "web 재시작하실?", "data 지우신다고요?", "cache 끄신다며?") — parse.question;
      "web 재시작해주심?", "cache 꺼주실?" (주다: for the asker) stay requests;
    - the plain declarative -ㄴ다 closing the text (`plain_told_ko`: "web 재시작한다", "cache 끈다!"): the speaker's own
      act announced — asked back (parse.intended, the write proposed);
    - -면 되- then an ending of a remark (`enough_if_ko`: "cache 끄면 되잖아", "그냥 cache 끄면 되는데"): what would
      do, said to someone — asked back (parse.suggested)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, "ko"):
        return res
    toks = [(f, t) for f, t in analysed(text) if t not in ("SF", "SW", "SE", "SS")]
    if len(toks) < 2:
        return res
    last_verb = max((i for i, (_, t) in enumerate(toks) if t in ("VV", "XSV", "VX")), default=None)
    if last_verb is None:
        return res
    tail = toks[last_verb + 1:]
    if (toks[last_verb][1] != "VX" and tail and tail[0][1] == "EP" and tail[0][0] in grammar.words("honorific_ep_ko")
            and len(tail) == 2
            and tail[1][0] in grammar.words("honored_asked_ko")):
        return NotUnderstood(text, "ko", Msg.of("parse.question"))
    if isinstance(res, NotUnderstood):
        return res
    if (toks[last_verb][1] != "VX" and len(tail) == 1 and tail[0][1] == "EF" and tail[0][0] in grammar.words("plain_told_ko")
            and toks[last_verb - 1][0] not in grammar.words("plain_told_asking_ko")):  # "web 재시작 부탁한다": asked
        return NotUnderstood(text, "ko", Msg.of("parse.intended"), proposal=res)
    if (len(tail) == 1 and tail[0][1] in ("EF", "EC") and tail[0][0] in grammar.words("enough_if_ko")
            and toks[last_verb][0] in grammar.words("enough_verb_ko") and last_verb >= 2
            and toks[last_verb - 1][1] == "EC" and toks[last_verb - 1][0] in grammar.words("enough_link_ko")):
        return NotUnderstood(text, "ko", Msg.of("parse.suggested"), proposal=res)
    return res


def promised_ko(text: str) -> bool:
    """(safe34ko) Whether a Korean `text` closes on the speaker's own act promised with no subject said: 주다 / 드리다
    given to the listener then -ㄹ게 (grammar/lexicon.txt `given_aux_ko`, `given_promise_ko`: "web 재시작해줄게", "cache
    지워줄게요", "web 재시작 전에 알려줄게" — I will do it for you, I will tell you), never after a noun of asking
    (`request_noun_ko`: "볼륨 목록 좀 부탁드릴게요" asks). "data 시작할게요" (no 주다) stays the start it reads as."""
    toks = _closing_ko(text)
    if len(toks) < 3:
        return False
    (af, at), (ef, et) = toks[-2], toks[-1]
    return (af in grammar.words("given_aux_ko") and at == "VX" and et in ("EF", "EC")
            and ef in grammar.words("given_promise_ko") and toks[-3][0] not in grammar.words("request_noun_ko"))


def _closing_ko(text: str) -> list[tuple[str, str]]:
    toks = [(f, t) for f, t in analysed(text) if t not in ("SF", "SW", "SE")]
    while toks and toks[-1][1] == "JX":
        toks.pop()
    return toks


def announced_ko(text: str) -> bool:
    """(safe34ko) Whether a Korean `text` closes on a verb then -겠- and a statement's ending (grammar/lexicon.txt
    `announced_end_ko`: "cache 지우겠습니다", "data 삭제하겠습니다" — I will remove it: the speaker's own act, or the order?)
    with no -시-, no 주다, no -어야 (a need: "재시작해야겠다") and no -면 (a wish: "해 주시면 감사하겠습니다")."""
    toks = _closing_ko(text)
    if len(toks) < 3:
        return False
    (vf, vt), (af, at), (ef, et) = toks[-3:]
    if not (af in grammar.words("announced_ep_ko") and at == "EP" and et == "EF" and ef in grammar.words("announced_end_ko")
            and vt in ("VV", "XSV")):
        return False
    return not any((t == "EP" and f in grammar.words("announced_not_ep_ko")) or (t == "VX" and f in grammar.words("given_aux_ko"))
                   or f in grammar.words("request_noun_ko")
                   or (t == "EC" and f in grammar.words("announced_not_after_ko")) for f, t in toks)


def _speaker_first_or_going_ko(toks: Sequence[tuple[str, str]]) -> bool:
    """(brk25) The speaker said first with no particle (grammar/lexicon.txt `speaker_ko`, Kiwi's NP or the MM it reads
    저 as before a name: "저 web 지울게요", "나 cache 재시작할게"), or a verb then -고 and a verb of going or coming
    (`going_link_ko`, `going_ko`: "web 지우고 올게요", "cache 끄고 갈게") — the speaker's own errand; `speaker_does_ko`
    still asks for the promise closing it."""
    if toks and toks[0][0] in grammar.words("speaker_ko") and toks[0][1] in ("NP", "MM"):
        return True
    link, going = grammar.words("going_link_ko"), grammar.words("going_ko")
    return any(t in ("VV", "XSV") and lf in link and lt == "EC" and gf in going and gt in ("VV", "VX")
               for (_, t), (lf, lt), (gf, gt) in zip(toks, toks[1:], toks[2:]))


def rhetorical_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.question (nothing offered) when a Korean write, read or offered, has its verb said as a noun
    with the topic (-기 + -ㄴ/는: grammar/lexicon.txt `rhetorical_nominal_ko`, `rhetorical_topic_ko`) and a question word
    right after (`rhetorical_wh_ko`): "web 지우긴 뭘 지워" (remove web? what for — don't), "web 재시작하긴 뭘 해",
    "cache 끄긴 무슨" — a rhetorical no; it planned the write, the 뭐 dropped (brk25)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, "ko"):
        return res
    toks = analysed(text)
    nominal, topic, wh = (grammar.words(r) for r in ("rhetorical_nominal_ko", "rhetorical_topic_ko", "rhetorical_wh_ko"))
    for i, (f, t) in enumerate(toks[:-2]):
        if f in nominal and t == "ETN" and toks[i + 1][0] in topic and toks[i + 1][1] == "JX" \
                and any(wf in wh for wf, _ in toks[i + 2:i + 4]):
            return NotUnderstood(text, "ko", Msg.of("parse.question"))
    return res


def tag_last_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.asked offering the write back when a Korean write was read with a chat yes of grammar/lexicon.txt
    `tag_question_ko` (ㅇㅋ, 오케이, 콜) said last, after the order, with no question mark: "web 재시작 ㅇㅋ" (restart web —
    OK? / the restart is OK'd / done OK), "cache 꺼 오케이" — a yes asked for or one reported as often as an order; said
    first ("ㅇㅋ web 재시작") it is the go-ahead and stays as read (brk25; with "?" it is natural.lark `asked`)."""
    if isinstance(res, NotUnderstood) or res.lang != "ko" or not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    # (breaker30) typed twice too: "web 재시작 ㄱㅊㄱㅊ", "web 재시작 ㅇㅋㅇㅋ"
    if len(toks) > 1 and chat_once(toks[-1][0]) in grammar.words("tag_last_ko") and toks[-2][1] in grammar.words(
            "tag_last_after_ko"):
        return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=res)
    return res


def asked_before_more(text: str, res: m.Command | NotUnderstood,
                      read: Callable[[str], m.Command | NotUnderstood]) -> m.Command | NotUnderstood:
    """`res`, or parse.asked offering it back (yes/no) when raw `text` asks a tag question ("ok?", "right?", "ㄹㅇ?")
    right after a write and goes on ("restart web ok? cache too", "restart web, ok? then cache too", "web 재시작 ㄹㅇ?
    지금?": each ran; normalize drops a "?" before more words). `read(text before the tag word)` says whether the
    question was of a write: a question of a name alone ("db ok? restart web") asks nothing of the order after it.
    Typed docker CLI is left as it is (lead31)."""
    if res.lang == "cli" or isinstance(res, NotUnderstood) or not _a_write_in(res, res.lang):
        return res
    for before in tag_asked_mid(text):
        said = read(before)
        if isinstance(said, NotUnderstood) and said.proposal is not None and said.reason.key == "parse.partial":
            said = said.proposal  # "restart web pls ok? …": read but for a word, a write still (a write asked is
            # no request: "is it okay if I delete the alpine image? yes? then delete it" — the asker's own yes, then the order)
        if _a_write_in(said, said.lang):
            return NotUnderstood(text, res.lang, Msg.of("parse.asked"), proposal=res)
    return res


_FOR_PURPOSE = r"(?<![\w\-./:@'\"`])for\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?"


def purpose_for_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res` without a name said after "for" as the purpose of an English write, never one more thing it acts on: "pull
    nginx:1.25 for the canary pls" pulled an image `canary` too, "pull redis for testing" one `testing` (fresh20); the
    first name is the request's ("restarts for web and cache" names both). A Sequence keeps the steps that act on
    something else; None of them left (or a name of a command that is not a target) leaves `res` as it is (lead31)."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "en") or "for" not in text.lower():
        return res
    if isinstance(res, (m.VolumeCreate, m.NetworkCreate)) and re.search(
            _FOR_PURPOSE + re.escape(res.name) + r"(?![\w\-./:@'\"`])", text, re.I):
        # "create a volume for web": the one it is for, never the new one's name (it created a volume `web`)
        what = "volume" if isinstance(res, m.VolumeCreate) else "network"
        return NotUnderstood(text, "en", Msg.of("parse.need_target", what=what))
    names = m.names_of(res, images=True)
    again = grammar.words("for_target_before_en")
    added = grammar.alternation("for_target_after_en")
    purposes = {n for n in names[1:]
                for mt in re.finditer(_FOR_PURPOSE + re.escape(n) + r"(?![\w\-./:@'\"`])", text, re.I)
                if not set(text[:mt.start()].lower().split()[-1:]) & again
                and not re.match(rf"(?i)\W*(?:{added})\b", text[mt.end():])}  # "… for web too": one more
    if not purposes:
        return res
    if isinstance(res, m.Sequence):
        kept = tuple(st for st in res.steps if not set(m.names_of(st, images=True)) <= purposes)
        if not kept or len(kept) == len(res.steps):
            return res
        return kept[0] if len(kept) == 1 else replace(res, steps=kept)
    targets = m.named(res).targets
    if isinstance(res, m.WITH_TARGETS) and purposes <= set(targets) and set(targets) - purposes:
        return replace(res, targets=tuple(t for t in targets if t not in purposes))
    return res


@lru_cache(maxsize=1)
def _lead_openers() -> re.Pattern[str]:
    return re.compile(rf"(?i)^(?:\W*(?:{grammar.alternation('lead_opener_en')})(?![\w\-'])[\s,.!:;\-]*)+")


def lead_stripped(text: str) -> str:
    """(lead31) `text` without the chat openers said first (grammar/lexicon.txt `lead_opener_en`: "please, I can rm
    cache" -> "I can rm cache", "quick, want me to restart web", "ok, Bob can you restart web"), for the guards that
    read the start of an English sentence."""
    return _lead_openers().sub("", text, count=1) if text[:1].isascii() else text


def write_topic_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.action_topic offering the write back when a Korean write's noun is followed by a noun of
    grammar/lexicon.txt `write_topic_ko` ("web 중지 여부", "web 재시작 결과 알려줘", "cache 삭제 이유"): the write is
    the topic, never asked for (lead31: they ran it)."""
    if not _a_write_in(res, "ko") or isinstance(res, NotUnderstood) or isinstance(res, (m.Exec, m.RunContainer)):
        return res  # "web에서 ls 실행 후 결과 보여줘": the result of a command run is its output, asked for
    topic, when = grammar.words("write_topic_ko"), grammar.words("write_time_ko")
    toks = analysed(text)
    for i in range(1, len(toks)):
        (f, t), (nf, nt) = toks[i - 1], toks[i]
        # the write's noun said of a name ("web 재시작 결과", "web 컨테이너 중지 여부"), never another noun's ("고객 문의");
        # (safe34ko) or its English verb ("web 컨테이너 reboot 결과 보여줘" restarted web)
        if (t == "NNG" or t == "SL" and f.lower() in keywords()) and nf in topic | when and nt in ("NNG", "NNB") and any(
                tt == "SL" or tt == "SN" and (nf in when or t == "SL") for _, tt in toks[max(0, i - 3):i - 1]):
            if nf in when:  # (safe34ko) "web 종료 시간 보여줘", "cache 삭제 날짜 알려줘": when it was done, never the write
                from bot.language.parse import _phrases

                if (toks[i - 2][1] in ("SL", "SN") or toks[i - 2][0] in grammar.words("kind_container_said")) and any(
                        p.startswith("v_") for p in _phrases(f) or ()):  # a verb's noun ("cache 유예 시간 5초": no verb)
                    return NotUnderstood(text, "ko", Msg.of("parse.action_topic", said=f"{f} {nf}"))
                continue  # the write's noun right after its name only ("web 종료 유예시간 10초 주고 꺼줘")
            return NotUnderstood(text, "ko", Msg.of("parse.action_topic", said=f"{f} {nf}"), proposal=res)
    return res


@lru_cache(maxsize=1)
def _ceased_offered_en() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lead, ceased = grammar.alternation("ceased_lead_en"), grammar.alternation("ceased_en")
    offered, opener, do_you = (grammar.alternation(r) for r in ("offered_en", "offered_opener_en", "offered_do_you_en"))
    return (re.compile(rf"(?i)(?<![\w\-])(?:{lead})\s+(?:{ceased})(?![\w\-])"),
            re.compile(rf"(?i)^\W*(?:(?:{opener})\W+)?(?:(?:{do_you})\s+)?(?:{offered})\s"))


def ceased_or_offered_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or a refusal when an English write is said as stop + a verb's -ing (grammar/lexicon.txt `ceased_en`: "stop
    killing web" killed web; parse.two_verbs), or offered by the speaker (`offered_en`: "want me to restart web", "I can
    rm cache": parse.intended) — never an order to gorae (lead31)."""
    if not _a_write_in(res, "en") or isinstance(res, NotUnderstood):
        return res
    ceased, offered = _ceased_offered_en()
    if (mt := ceased.search(text)) is not None:
        return NotUnderstood(text, "en", Msg.of("parse.two_verbs", verbs=mt.group()))
    if offered.search(text) or offered.search(lead_stripped(text)):
        return NotUnderstood(text, "en", Msg.of("parse.intended"))
    return res


def held_read_ko(text: str, res: m.Command | NotUnderstood,
                 read: Callable[[str], m.Command | NotUnderstood]) -> m.Command | NotUnderstood:
    """`res`, or the read `text` says before a hold said last (grammar/lexicon.txt `hold_last_ko`: "web 로그 잠깐만",
    "cache 상태 잠시만") — a refusal there since the hold is read as wait (lead31c); a write so held stays refused."""
    if not isinstance(res, NotUnderstood) or res.lang != "ko" or res.proposal is not None:
        return res
    words = text.split()
    if len(words) < 2 or words[-1].strip(".!~…") not in grammar.words("hold_last_ko"):
        return res
    said = read(" ".join(words[:-1]))
    if isinstance(said, m.Command) and not isinstance(said, (NotUnderstood, m.Help, m.Prohibition)) and reads_only(said):
        return said
    return res


@lru_cache(maxsize=1)
def _not_asked_en() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(breaker34) The three English shapes that name a write without asking for it (grammar/lexicon.txt): a modal
    and a demonstrative subject before a verb, in either order (`consequence_modal_en`, `consequence_subject_en`); a
    word (group `verb`) before a noun of its setting (`verb_setting_en`) with no number given after it; a warning
    (`warned_about_en`)."""
    modal, subject = grammar.alternation("consequence_modal_en"), grammar.alternation("consequence_subject_en")
    skip = grammar.alternation("consequence_skip_en")
    consequence = re.compile(rf"(?i)\b(?:(?:{modal})\s+(?:{subject})|(?:{subject})\s+(?:{modal}))"
                             rf"(?:\s+(?:{skip}))*\s+(?!(?:be|you)\b)(?P<verb>[a-z]+)")
    setting = re.compile(rf"(?i)\b(?P<verb>[a-z]+)\s+(?:{grammar.alternation('verb_setting_en')})\b"
                         r"(?!\s*(?:period\s*)?(?:of\s*|is\s*)?[:=]?\s*\d)")
    warned = re.compile(rf"(?i)(?<!never)(?:^|\W)(?:{grammar.alternation('warned_about_en')})\b")  # never mind
    return consequence, setting, warned


def named_not_asked_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.question (nothing offered) when an English write, read or offered, is named without being asked
    for (breaker34; each planned the write): a consequence asked or warned with a demonstrative as the subject ("could
    this remove data", "would that also remove pgdata volume?", "this would stop cache"), the verb said as the noun of
    its setting ("what's the stop timeout of web", "web restart timeout?", "cache stop grace?" — "stop web, timeout 10"
    gives one), a warning ("mind the web restart", "mind the rm of data"). "would you stop cache?" is a request."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if res.lang != "en" or cmd is None or not _a_write_in(cmd, "en"):
        return res
    consequence, setting, warned = _not_asked_en()
    from bot.language.parse import _alone

    def a_verb(mt: re.Match[str]) -> bool:  # one of gorae's verbs ("it will not respond" is a reason, not a consequence)
        return any(p.startswith("v_") for p in _alone(mt.group("verb").lower()) or ())

    if not (any(map(a_verb, consequence.finditer(text))) or warned.search(text) or any(map(a_verb, setting.finditer(text)))):
        return res
    return NotUnderstood(text, "en", Msg.of("parse.question"))


def verdict_last_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.set_apart when an English write names a thing last, after a comma, with a verdict of ok
    (grammar/lexicon.txt `verdict_last_en`, perhaps after `verdict_be_en`: "restart cache, web ok", "stop cache, web is
    fine", "restart cache, web 👍" — the thumbs-up read ok): said of it, never one more target (lead31: it restarted
    both). "restart web and cache ok" (no comma) is the asker's ok."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "en"):
        return res
    names = {n.lower() for n in m.names_of(res, images=True)}
    if len(names) < 2:
        return res
    ok, be = grammar.alternation("verdict_last_en"), grammar.alternation("verdict_be_en")
    mt = re.search(rf"(?i),\s*([A-Za-z0-9][\w.\-]*)\s+(?:(?:{be})\s+)?(?:{ok})\s*[.!]*$", text)
    if mt is not None and mt.group(1).lower() in names:
        return NotUnderstood(text, "en", Msg.of("parse.set_apart", name=mt.group(1), said=mt.group().strip(" ,")))
    # … or between two of them ("restart cache 👍 web": the thumbs-up read ok)
    for mt in re.finditer(rf"(?i)(?<![\w\-./:@])([A-Za-z0-9][\w.\-]*)\s+(?:{ok})\s*,?\s+([A-Za-z0-9][\w.\-]*)", text):
        if (mt.group(1).lower() in names and mt.group(2).lower() in names
                and not set(text[mt.end():].lower().split()[:1]) & grammar.words("corrected_added")):
            # ("restart web ok? cache too": one more said so, the tag question's — bot/pipeline.py asks it back)
            return NotUnderstood(text, "en", Msg.of("parse.set_apart", name=mt.group(1), said=mt.group().strip(" ,")))
    return res


def corrected_between(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.set_apart when a word of grammar/lexicon.txt `corrected_between` (a slip or a correction: 아, 미안,
    oops, uh) is said alone between two names of one write ("web 꺼줘 아 cache", "rm web oops cache"): the second may
    replace the first — never both (lead31: they ran it on both)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res  # "web 재시작 정정 cache": offered on both
    if cmd is None or res.lang == "cli" or not _a_write_in(cmd, cmd.lang):
        return res
    names = set(m.names_of(cmd, images=True))
    if len(names) < 2:
        return res
    slips, added = grammar.words("corrected_between"), grammar.words("corrected_added")
    raw = re.findall(r"[^\s,.!?:;…~]+", text)
    words = [re.sub(r"[\uac00-\ud7a3]+$", "", w) if re.match(r"[A-Za-z0-9]", w) else w for w in raw]
    said = [i for i, w in enumerate(words) if w in names]
    for k, w in enumerate(words):
        if w.lower() in slips and any(i < k for i in said) and (after := [i for i in said if i > k]):
            j = after[0]
            if (raw[j][len(words[j]):] in added or {x.lower() for x in raw[k + 1:j] + raw[j + 1:j + 2]} & added):
                continue  # "web 꺼, 아 cache도", "web 꺼줘 아 그리고 cache도": one more, said so
            return NotUnderstood(text, res.lang, Msg.of("parse.set_apart", name=words[after[0]],
                                                        said=" ".join(words[k:after[0] + 1])))
    return res


@lru_cache(maxsize=1)
def _addressed_first() -> re.Pattern[str]:
    ask, you = grammar.alternation("addressed_ask_en"), grammar.alternation("addressed_you_en")
    lead = grammar.alternation("addressed_lead_en")
    # "bob can you …", or a greeting then a name and a comma ("hey Jane, stop cache")
    please = grammar.alternation("addressed_please_en")
    # (safe33en) … or a word then a comma or a dash alone ("bob, remove cache", "dave - restart web")
    # (safe34en) … or a message's header to someone ("to bob: restart web", "attn jane, stop cache")
    to = grammar.alternation("addressed_to_en")
    return re.compile(rf"(?i)^\W*(?:(?:{lead}|{to})\s+([A-Za-z][a-z]+)(\s*[,:]|\s+[-\u2013\u2014]+\s)"
                      rf"|([A-Za-z][a-z]+)(\s+(?:{ask})\s+(?:{you})\b|\s+(?:{please})\s)"
                      rf"|([A-Za-z][a-z]+)(\s*,|\s+[-\u2013\u2014]+\s))")


def addressed_other_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.addressed_other when an English write is said to someone named first — a word with a comma after
    it, or "can you" — that is no name the write acts on and none of grammar/lexicon.txt `addressed_not_other_en` (chat
    openers, the bot's name, a group): "bob can you restart web", "Jane, stop cache" ran the write (lead31). A name of
    the request said so ("cache, restart") is the pipeline's (`_addressed_apart`)."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "en"):
        return res
    names = {n.lower() for n in m.names_of(res, images=True)}
    for said in dict.fromkeys((text, lead_stripped(text))):  # "ok, Bob can you restart web": after the opener
        mt = _addressed_first().match(said)
        if mt is None:
            continue
        word = mt.group(1) or mt.group(3) or mt.group(5)
        if word.lower() in grammar.words("addressed_not_other_en") | grammar.words("aside_verb_en") or word.lower() in names:
            continue  # "ok, restart web"; "restart, web and cache"; "delete please volume pgdata": no one's name
        if mt.group(5) and word.lower() in grammar.words("courtesy_head"):
            continue  # "Morning, restart web"
        break
    else:
        return res
    reason = Msg.of("parse.addressed_other", name=word, said=re.sub(r"[\s,:\-\u2013\u2014]+$", "", said[:mt.end()]).strip())
    ask, you = grammar.alternation("addressed_ask_en"), grammar.alternation("addressed_you_en")
    please = grammar.alternation("addressed_please_en")
    if mt.group(3) or re.match(rf"(?i)\s*(?:(?:{ask})\s+(?:{you})\b|(?:{please})\b)", said[mt.end():]):
        # "bob can you restart web", "Bob please …", "hey jane, can you restart web?": asked of them (lead31)
        return NotUnderstood(text, "en", reason)
    # (safe33en) a name called with a comma or a dash ("bob, remove cache" ran it; "hey alice, restart web"): asked
    # back, never run — it may be a chat word ("Prod, restart web"): a yes runs it. A container named so ("web, restart
    # cache") is the pipeline's refusal (`_addressed_apart`).
    return NotUnderstood(text, "en", reason, proposal=res)


@lru_cache(maxsize=1)
def _topic_first_en() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lead, place = grammar.alternation("topic_lead_en"), grammar.alternation("topic_place_en")
    name = r"([A-Za-z0-9][\w.\-]*?)(?:'s)?"
    return (re.compile(rf"(?i)^\W*(?:{lead})\s+(?:the\s+)?{name}\s*[,:]\s*(?P<rest>.+)$"),
            re.compile(rf"(?i)^\W*(?:the\s+)?{name}\s+(?:{place})\s+(?:the\s+)?{name}\s*[,:]\s*(?P<rest>.+)$"))


def topic_then_it_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.which_it when an English write says it / them (grammar/lexicon.txt `step_pronoun_en`) after a
    thing said first as its topic, beside another name ("for cache, check web's logs then remove it": web was removed),
    or after a thing said on or of another ("the cache on web, remove it", "the volume of db, remove it": `docker rm`
    of the second) — which is it? Never guessed. (safe34en) After who speaks said first ("web here, restart it", "oncall
    here: stop it"): it names nothing — parse.it_unsaid."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or not _a_write_in(cmd, "en"):
        return res
    topic, placed = _topic_first_en()
    pronouns = grammar.words("step_pronoun_en")
    here = re.match(rf"(?i)^\W*(?P<who>[A-Za-z0-9][\w.\-]*)\s+(?:{grammar.alternation('setting_here_en')})\s*(?:[,:;]|\s[\u2014\u2013-])"
                    r"\s*(?P<rest>\S.*)$", text)
    if here is not None and not pronouns.isdisjoint(re.findall(r"[a-z]+", here["rest"].lower())):
        # (safe34en) "web here, restart it": who speaks is said first — it names nothing (web was restarted)
        pronoun = next(w for w in re.findall(r"[a-z]+", here["rest"].lower()) if w in pronouns)
        return NotUnderstood(text, "en", Msg.of("parse.it_unsaid", said=text[:here.start("rest")].strip(" ,:;"),
                                                pronoun=pronoun))
    if (mt := placed.match(text)) is not None and mt.group(1).lower() not in grammar.words("topic_not_name_en"):
        first, rest, other = mt.group(1), mt["rest"], mt.group(2)
    elif (mt := topic.match(text)) is not None and mt.group(1).lower() not in grammar.words("topic_not_name_en"):
        first, rest = mt.group(1), mt["rest"]
        named = [n for n in m.names_of(cmd, images=True) if n.lower() != first.lower()
                 and re.search(rf"(?i)(?<![\w.\-]){re.escape(n)}(?![\w\-])", rest)]
        if not named:
            return res
        other = named[0]
    else:
        return res
    if pronouns.isdisjoint(re.findall(r"[a-z]+", rest.lower())) or first.lower() == other.lower():
        return res
    said = text[:mt.start("rest")].strip(" ,:")
    pronoun = next(w for w in re.findall(r"[a-z]+", rest.lower()) if w in pronouns)
    return NotUnderstood(text, "en", Msg.of("parse.which_it", said=said, pronoun=pronoun))


def volumes_included_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.volume_of_container when an English removal of a volume names it as a container said with its
    volumes included (grammar/lexicon.txt `included`, then the, its or their: "remove db including the volumes" removed
    the volume named db; "remove db including volumes" is `docker rm -v db`, grammar/natural.lark `with_volumes`)."""
    if isinstance(res, NotUnderstood) or res.lang != "en":
        return res
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    gone = [n for s in steps if isinstance(s, m.VolumeRemove) for n in m.names_of(s)]
    said = grammar.alternation("included")
    for name in gone:
        if re.search(rf"(?i)(?<![\w.\-]){re.escape(name)}\s*,?\s+(?:{said})\s+(?:\w+\s+)?volumes?\b", text):
            return NotUnderstood(text, "en", Msg.of("parse.volume_of_container", name=name))
    return res


_A_MENTION = r"<@([A-Z0-9]+)(?:\|[^>]*)?>"


def addressed_by_mention(text: str, bot_id: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.addressed_other offering the write back when a message (any language) opens with the Slack
    mention of a user who is not gorae (`bot_id`, known to the Slack front), perhaps after a greeting or gorae's own
    mention: "<@U0MINSU> restart web", "hey <@U0MINSU> restart web", "<@U0GORAE> <@U0MINSU> restart web" are said to
    them (safe33en: they ran as gorae's — normalize drops every mention). Copied in ("cc <@U0MINSU> restart web") or gorae
    mentioned first ("<@U0GORAE> cc <@U0MINSU> …") is gorae's; with no `bot_id` a first mention is gorae's, as Slack
    delivers a channel message only when gorae is mentioned."""
    if not bot_id or isinstance(res, NotUnderstood) or not _a_write_in(res, res.lang):
        return res
    lead = grammar.alternation("addressed_lead_en")
    own = rf"<@{re.escape(bot_id)}(?:\|[^>]*)?>"
    # a greeting or gorae's own mention said first ("hey <@U0MINSU> restart web", "<@U0GORAE> <@U0MINSU> restart web")
    mt = re.match(rf"(?i)^\s*(?:(?:{lead})\b[\s,]*)?(?:{own}[\s,:]*)*{_A_MENTION}", text)
    if mt is None or mt.group(1) == bot_id:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.addressed_other", name=f"@{mt.group(1)}", said=mt.group().strip()),
                         proposal=res)


def addressed_other_ko(text: str, res: m.Command | NotUnderstood,
                       read: Callable[[str], m.Command | NotUnderstood]) -> m.Command | NotUnderstood:
    """`res`, or parse.addressed_other when a Korean write is said to a person called first — a noun with the vocative
    particle (-아 / -야: "수진아 cache 지워", "얘들아 web 꺼") or a person's name with 씨 / 님 ("민수씨 web 재시작해 주세요",
    "현우님, cache 지워주세요") — never gorae's own name (grammar/lexicon.txt `bot_names`: "고래야 …"): an order to
    someone else in a shared channel ("수진아 cache 지워" pulled an image cache then removed cache: 수진 read as a
    verb): refused, never offered back (safe33ko). A title with 님 said first ("선배님 web 꺼주세요", "사장님 …") is left
    to the tables' reading: said to gorae."""
    if res.lang != "ko" or not (_a_write_in(res, "ko") or isinstance(res, NotUnderstood)):
        return res
    from bot.language.context_clause import analysed_spans

    toks = analysed_spans(text)
    i = 0
    while i < len(toks) and toks[i][1] in ("NNP", "NNG", "NP", "XSN", "NNB"):
        i += 1
    if i == 0 or i >= len(toks):
        return res
    head = toks[:i]
    j = i + 1 if toks[i][1] == "SP" and i + 1 < len(toks) else i
    if (toks[0][0] in grammar.words("addressed_title_ko") and toks[j][1] == "SL"
            and not text[toks[i - 1][3]:toks[j][2]].strip(" ,") and all(  # "팀장: web 지워": a label, quoted (w2mix)
            h[0] in grammar.words("addressed_suffix_ko") for h in head[1:])):
        return _title_called_ko(text, res, text[toks[0][2]:toks[i - 1][3]], read(text[toks[j][2]:].strip()))
    called = toks[i][1] == "JKV" or (toks[0][1] == "NNP" and toks[i - 1][0] in grammar.words("addressed_suffix_ko"))
    if not called or toks[0][0] in grammar.words("bot_names") or text[:toks[0][3]].lower() in grammar.words(
            "bot_names"):
        return res
    if toks[i][1] == "JKV":
        i += 1
    while i < len(toks) and toks[i][1] == "SP":
        i += 1
    if i >= len(toks) or toks[i][1] != "SL":
        return res  # the call before a name of the request only ("민수야 밥 먹자")
    said = text[:toks[i][2]].strip(" ,")
    while len(head) > 1 and head[-1][0] in grammar.words("addressed_suffix_ko"):
        head = head[:-1]  # "민수씨": 민수 (the message says 님께)
    name = text[head[0][2]:head[-1][3]]
    alone = read(text[toks[i][2]:].strip())
    if not _a_write_in(res, "ko") and not _a_write_in(alone, "ko"):
        return res  # a read, or nothing read: left as it was
    # refused, never offered back: an order relayed to someone else is never "run it now?" (the tables' `reported`
    # rows: "민수님 cache 재시작 좀 해주세요" runs and offers nothing), as in English (`addressed_other_en`)
    return NotUnderstood(text, "ko", Msg.of("parse.addressed_other", name=name, said=said))


def _title_called_ko(text: str, res: m.Command | NotUnderstood, name: str,
                     alone: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(safe34ko) `res`, or parse.addressed_title offering the removal back when a title or a kin word is called first
    (grammar/lexicon.txt `addressed_title_ko`: "팀장님 cache 지워주세요", "형 cache 지워주세요" removed cache) and what
    is said after it reads alone as a removal (or as steps with one): maybe said to a colleague. Other writes stay as
    the tables read them ("선배님 web 좀 꺼주세요", "형 cache 좀 재시작해줘": said to gorae)."""
    cmd = res if not isinstance(res, NotUnderstood) else alone
    if isinstance(cmd, NotUnderstood) or not any(isinstance(c, m.THROWN_AWAY) for c in (
            cmd.steps if isinstance(cmd, m.Sequence) else (cmd,))):
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.addressed_title", name=name, said=text), proposal=cmd)


def vented_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.vented when an English write (or one offered back) is a wish of grammar/lexicon.txt `vent_wish_en`
    said with a word of `laughter` ("kinda want to restart cache tbh", "i wanna restart web lol"): venting, never a
    request (lead31; the Korean is bot/language/parse.py `_vented`)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "en" or not _a_write_in(cmd, cmd.lang):
        return res
    wish = grammar.alternation("vent_wish_en")
    laughs = {w.lower() for w in grammar.words("laughter")}
    if re.search(rf"(?i)(?<![\w\-])(?:{wish})(?![\w\-])", text) and laughs & {w.strip(".,!?~").lower() for w in text.split()}:
        return NotUnderstood(text, "en", Msg.of("parse.vented"))
    return res


@lru_cache(maxsize=1)
def _example_mark() -> re.Pattern[str]:
    return re.compile(rf"(?i)\(\s*(?:{grammar.alternation('example_mark')})\s*[.!]?\s*\)")


def example_said(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.unused when a write (or one offered back) is marked in a bracket as an example, a reference or
    taken back (grammar/lexicon.txt `example_mark`: "docker rm cache (예시)", "rm cache (strike that)" ran the removal)
    (lead32, breaker32)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or "(" not in text or not _a_write_in(cmd, cmd.lang):
        return res
    if (mt := _example_mark().search(text)) is not None:
        return NotUnderstood(text, cmd.lang, Msg.of("parse.unused", words=f"`{mt.group()}`"))
    return res


def kept_yet_acted_on(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.kept_said when a write (or one offered back) acts on a name said to be kept as it is (grammar/
    lexicon.txt `kept_said_ko`, `kept_said_en`: "다 지워 web은 그대로" removed web; "web, cache 지워 근데 cache는 냅둬"
    removed both), or is a write on every running container beside such a name or one kept on (`kept_on_all_ko`: "다 꺼
    web은 남겨", "다 꺼 web은 켜둬", "stop all (excluding web)" — every one stopped, web too) (lead32, breaker32)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or not _a_write_in(cmd, cmd.lang):
        return res
    kept = _kept_names(text)
    if not kept:
        return res  # (perf33) no name said with a word of keeping (most writes): nothing below to look at
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    on_all = [st for st in steps if isinstance(st, m.ContainerAction) and st.all_running]
    acted = set(m.names_of(cmd)) - {n for st in on_all for n in st.exclude}
    for name, keep in kept:
        if name.lower() in keywords():
            continue  # "restart all containers except for web": a word of the grammar, never a name
        if (keep and name in acted) or any(name not in st.exclude for st in on_all):
            # ("web은 놔두고 다 꺼": every running container but web — read as said)
            return NotUnderstood(text, cmd.lang, Msg.of("parse.kept_said", name=name))
    return res


def _kept_names(text: str) -> list[tuple[str, bool]]:
    """(name, kept as it is) of each ASCII name said with a word of keeping: Korean, the name then its lemma of
    `kept_said_ko` (True) or of `kept_on_all_ko` (False: kept on, counted only beside a write on every container); English,
    the word of keeping
    right before the name (`kept_before_en`) or after it (`kept_after_en`)."""
    out: list[tuple[str, bool]] = []
    if HANGUL.search(text):
        toks = analysed_spans(text)
        names: list[tuple[int, str]] = []  # (the index of its last morpheme, the name typed: Kiwi splits "my-volume")
        for i, (f, t, start, _) in enumerate(toks):
            if t not in ("SL", "SO", "SN"):
                continue
            if names and toks[names[-1][0]][3] == start and names[-1][0] == i - 1:
                names[-1] = (i, names[-1][1] + f)
            elif t == "SL":
                names.append((i, f))
        for i, name in names:
            for k, (f, t, _, _) in enumerate(toks[i + 1:i + 4], i + 1):
                if t in ("SL", "SO", "SN"):
                    break
                nxt = toks[k + 1][1] if k + 1 < len(toks) else ""
                if (f in grammar.words("kept_said_ko") and t.startswith(("VV", "MAG", "NNG", "XR"))
                        and not (t == "MAG" and nxt in ("NNG", "VV", "XSV"))):
                    # ("web 그대로 재시작": as it is, said of the restart — the name is the one restarted)
                    out.append((name, True))
                elif f in grammar.words("kept_on_all_ko") and t.startswith("VV"):
                    out.append((name, False))
        return out
    words = re.findall(r"[\w.\-]+", text)
    before, after = grammar.words("kept_before_en"), grammar.words("kept_after_en")
    for a, b in zip(words, words[1:]):
        if a.lower() in before and b.lower() not in before | after:
            out.append((b, True))  # "leave web alone", "excluding web", "except web"
        if b.lower() in after and a.lower() not in before | after:
            out.append((a, True))  # "web stays", "(web excluded)"
    return out


def relative_subject_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.set_apart when a Korean write acts on a name said as the subject or the place of a relative clause
    describing what is acted on — the name, 이/가 or 에/에서, a verb made a modifier (-ㄴ, -는, -ㄹ), then a thing ("web이
    만든 거 지워" removed web, "web이 만든 cache 죽여" killed web too, "web에 물린 cache 꺼" stopped both): the thing
    described is meant, never the name (lead32, breaker32)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, cmd.lang):
        return res
    acted = set(m.names_of(cmd))
    toks = analysed_spans(text)
    for i in range(len(toks) - 4):
        (name, tag, start, _), particle = toks[i], toks[i + 1]
        if tag != "SL" or name not in acted or not (particle[1] == "JKS" or particle[1] == "JKB"
                                                    and particle[0] in grammar.words("relative_place_ko")):
            continue  # ("web이랑 죽은 cache 재시작": 이랑 joins the names)
        j = i + 2
        while j < len(toks) and toks[j][1] in ("VV", "XSV", "VX", "EP", "EC", "NNG") and j < i + 6:
            j += 1
        described = toks[j + 1] if j < len(toks) - 1 else None
        after = toks[j + 2][1] if j < len(toks) - 2 else ""
        # the thing described is the write's object: a name, or 거/것 then the object particle or the verb ("web에
        # 배포한 게 반영이 안 된 것 같은데 재시작": 게 is a subject — web is the one restarted)
        if (described is not None and toks[j][1] == "ETM" and toks[j - 1][1] in ("VV", "XSV", "VX", "EP")
                and (described[1] == "SL" or described[1] in ("NNB", "NNG") and after in ("JKO", "VV", "NNG", ""))):
            return NotUnderstood(text, "ko", Msg.of("parse.set_apart", name=name, said=text[start:described[3]]))
    return res


def laughed_partial(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.laughed (nothing offered) when a write was read but for words (parse.partial) in a message with a
    word of grammar/lexicon.txt `laughter`: "db 지우고 퇴사각 ㅋㅋ" (remove db and I'm quitting, lol) offered `docker rm
    db` — what was not read may be the joke (lead32, fresh21)."""
    if not isinstance(res, NotUnderstood) or res.proposal is None or res.reason.key != "parse.partial":
        return res
    if not _a_write_in(res.proposal, res.lang):
        return res
    laughs = tuple(grammar.words("laughter"))
    if not any(w.strip(".,!?~").lower().startswith(laughs) for w in text.split()):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.laughed", words=unread_said(res)))


def unread_said(res: NotUnderstood) -> str:
    """The words `res` did not read, each in backticks."""
    return ", ".join(f"`{w}`" for w in res.unread) or "…"


def got_told_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.done_already when an English write is read from a name then a word of grammar/lexicon.txt
    `got_told_en` and a participle ("cache got stopped": the past told; it stopped cache). "get cache stopped" and "cache
    gets stopped" (asked for done) stay as read (lead31)."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "en"):
        return res
    got = grammar.alternation("got_told_en")
    names = {n.lower() for n in m.names_of(res, images=True)}
    for mt in re.finditer(rf"(?i)(?<![\w\-./:@])([A-Za-z0-9][\w.\-]*)\s+(?:{got})\s+[a-z]+(?:ed|en)\b", text):
        if mt.group(1).lower() in names:
            return NotUnderstood(text, "en", Msg.of("parse.done_already"))
    return res


@lru_cache(maxsize=1)
def _task_labelled() -> re.Pattern[str]:
    words = grammar.alternation("task_label")
    emoji = grammar.alternation("task_label_emoji")
    lets = grammar.alternation("task_label_lead")
    # a short label after the word ("option A:", "plan 2:"), or "let's" before it ("let's vote: restart web?")
    return re.compile(rf"(?i)^\W*?(?:(?:(?:{lets})\s+)?(?:{words})(?:\s+\w{{1,2}})?\s*:|(?:{emoji}))")


def task_labelled(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.stated offering it back when a write is said after the label of a task, a plan or a notice
    (grammar/lexicon.txt `task_label` and a colon, or `task_label_emoji`: "todo: web 재시작", "📢 web 재시작", "plan: restart
    web"): the task told, never run on the note (lead31: they ran it)."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, res.lang) or res.lang == "cli":
        return res
    if _task_labelled().match(text) is None and _task_labelled().match(lead_stripped(text)) is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.stated"), proposal=res)


def contents_said_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.contents_or_container offering it back when a Korean removal or kill (grammar/lexicon.txt
    `contents_destroyed_cmd`) names a container followed by a noun of its contents (`contents_noun_ko`: "data 데이터
    지워") or the place inside it (`contents_inside_ko`: "cache 안에 있는거 지워"): the contents as often as the
    container (lead31: they planned docker rm). The Korean `contents_said_en`."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    whole = grammar.words("part_whole_ko")
    for (f, t), (nf, _nt), (xf, xt) in zip(toks, toks[1:], toks[2:]):
        if t == "SL" and nf in grammar.words("part_noun_ko") and xt == "XSN" and xf in whole:
            # (brk35a) "db 볼륨째로 지워": the container with its volume — neither the volume named db nor db alone
            return NotUnderstood(text, "ko", Msg.of("parse.part_of_container", name=f, part=nf))
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    if not any(type(c).__name__ in grammar.words("contents_destroyed_cmd") for c in steps):
        return res
    names = set(m.names_of(res))
    nouns, inside = grammar.words("contents_noun_ko"), grammar.words("contents_inside_ko")
    toks = analysed(text)
    parts, kind = grammar.words("part_noun_ko"), grammar.words("part_kind_ko")
    for i, (f, t) in enumerate(toks):
        after = [nf for nf, nt in toks[i + 1:i + 3] if nt == "NNG"]
        if f in names and t == "SL" and after and sum(g == f for g, _ in toks) == 1 and (after[0] in parts or after[0] in kind and after[1:2]
                                                   and after[1] in parts and toks[i + 2][1] == "NNG"):
            # (brk35a) "db 컨테이너 볼륨 지워", "data 폴더 지워": a part of the container, never it ("db 볼륨 말고 db 컨테이너
            # 지워", "db 지우고 db 볼륨도 지워": the name said again is the container's)
            part = after[0] if after[0] in parts else after[1]
            at = next(j for j in range(i + 1, len(toks)) if toks[j][0] == part)
            if any(g in grammar.words("part_set_aside_ko") for g, _ in toks[at + 1:at + 3]):
                continue  # "db 볼륨 말고 컨테이너 삭제해": the part set aside, the container meant
            return NotUnderstood(text, "ko", Msg.of("parse.part_of_container", name=f, part=part))
    for (f, t), (nf, nt) in zip(toks, toks[1:]):
        if f in names and t == "SL" and nt == "NNG" and (nf in nouns or nf in inside):
            return NotUnderstood(text, "ko", Msg.of("parse.contents_or_container", name=f), proposal=res)
    return res


@lru_cache(maxsize=1)
def _possessed_ko() -> re.Pattern[str]:
    glued, spaced = grammar.alternation("possessed_glued_ko"), grammar.alternation("possessed_spaced_ko")
    return re.compile(rf"(?<![\w\-./:@])([A-Za-z0-9][\w.\-]*)(?:\s*(?:{glued})|\s*(?:{spaced}))\s+([A-Za-z0-9][\w.\-]*)")


def possessed_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.set_apart when a Korean write names two things, the first said as what owns or serves the second
    (grammar/lexicon.txt `possessed_glued_ko`, `possessed_spaced_ko`: "web의 cache 꺼", "web용 cache 재시작", "web 쪽 cache
    재시작"): never both (lead31: they ran the write on both)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res  # "web 전용 cache 지워": offered on both, 전용 unread
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, cmd.lang):
        return res
    names: set[str] | None = None  # (perf33) the names acted on, looked at only once an owner is said
    for mt in _possessed_ko().finditer(text):
        if names is None:
            names = set(m.names_of(cmd, images=True))
        if mt.group(1) in names and mt.group(2) in names:
            return NotUnderstood(text, "ko", Msg.of("parse.set_apart", name=mt.group(1), said=mt.group().strip()))
    return res


def reminded_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.reminded offering the write back when a Korean write was read from a noun of asking
    (grammar/lexicon.txt `request_noun_ko`: 부탁, 요청) whose verb (`request_noun_verb_ko`: 드리다, 하다) is in the
    past (`request_past_ko`: -었-): "web 재시작 부탁드렸는데요" (I asked for a restart of web …), "cache 정지 요청했는데
    아직이네요" — a reminder or a complaint, never the order given now; they planned it, the past dropped (brk25)."""
    if isinstance(res, NotUnderstood) or res.lang != "ko" or not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    nouns, verbs, past = (grammar.words(r) for r in ("request_noun_ko", "request_noun_verb_ko", "request_past_ko"))
    if any(f in nouns and vf in verbs and vt in ("VV", "XSV") and pf in past and pt == "EP"
           for (f, _), (vf, vt), (pf, pt) in zip(toks, toks[1:], toks[2:])):
        return NotUnderstood(text, "ko", Msg.of("parse.reminded"), proposal=res)
    return res


@lru_cache(maxsize=1)
def _what_is_first_en() -> re.Pattern[str]:
    """(brk25) "what is" first, then a write's verb (grammar/lexicon.txt `what_is_first_en`, `what_is_verb_en`)."""
    return re.compile(rf"\s*(?:{grammar.alternation('what_is_first_en')})\s+(?:docker\s+)?"
                      rf"(?:{grammar.alternation('what_is_verb_en')})(?![\w'])", re.I)


@lru_cache(maxsize=1)
def _what_is_this_en() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{grammar.alternation('what_is_this_en')})(?![\w'])", re.I)


def what_of_a_write_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.question (nothing offered) when an English write, read or offered, is said with "what is this"
    (grammar/lexicon.txt `what_is_this_en`): "restart web? what is this", "what's this restart web" ask about a write
    seen — they planned it, the question dropped (brk24; the Korean `what_of_a_write_ko`). (brk25) So does "what is"
    first before a write's verb (`_what_is_first_en`): "what is restart web", "what's docker stop cache?"."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "en" or not _a_write_in(cmd, "en"):
        return res
    if not _what_is_this_en().search(text) and not _what_is_first_en().match(text):
        return res
    return NotUnderstood(text, "en", Msg.of("parse.question"))


@lru_cache(maxsize=1)
def _contents_en() -> re.Pattern[str]:
    nouns = grammar.alternation("contents_noun_en")
    kinds = grammar.alternation("contents_kind_after_en")
    return re.compile(rf"\bthe\s+({nouns})\b(?!\s+(?:{kinds})\b)", re.I)


@lru_cache(maxsize=1)
def _part_en() -> re.Pattern[str]:
    """(brk35a) A name, "container" or not, then a noun of a part of it (grammar/lexicon.txt `part_noun_en`)."""
    parts, kind = grammar.alternation("part_noun_en"), grammar.alternation("part_kind_en")
    return re.compile(rf"(?<![\w\-./:@])([A-Za-z0-9][\w.\-]*)(?:'s)?\s+(?:(?:{kind})(?:'s)?\s+)?({parts})(?![\w\-])",
                      re.I)


def contents_said_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.asked offering it back when an English removal or kill (grammar/lexicon.txt
    `contents_destroyed_cmd`) is said of "the" + a container's name that is also a word for what a thing holds
    (`contents_noun_en`: data, cache, db) and "container" is not said after it: "delete the data", "wipe the cache",
    "drop the db" mean the contents as often as the container — they planned docker rm (brk24). "remove data" and
    "delete the data container" stay as read."""
    if not _a_write_in(res, "en") or isinstance(res, NotUnderstood):
        return res
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    if not any(type(c).__name__ in grammar.words("contents_destroyed_cmd") for c in steps):
        return res
    names = {n.lower() for n in m.names_of(res)}
    for found in _part_en().finditer(text):
        if found.group(1).lower() in names:
            # (brk35a) "remove db container volume", "rm data dir": a part of the container, never it
            return NotUnderstood(text, "en", Msg.of("parse.part_of_container", name=found.group(1),
                                                    part=found.group(2)))
    said = [found.group(1) for found in _contents_en().finditer(text) if found.group(1).lower() in names]
    if not said:
        return res
    return NotUnderstood(text, "en", Msg.of("parse.contents_or_container", name=said[0]), proposal=res)


@lru_cache(maxsize=1)
def _picked_en() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{grammar.alternation('log_pick_en')})\b", re.I)


def _picked_ko(text: str) -> str | None:
    """The error word said with 만 (within three morphemes: "에러만", "에러 난 부분만") or with a verb of picking
    (고르다, 거르다, 필터): the word, or None."""
    toks = analysed(text)
    logs = grammar.words("log_word")
    if not any(f in logs for f, _ in toks):
        return None
    errors = grammar.words("log_error_word")
    only = grammar.words("log_only_ko")
    picked = any(f in grammar.words("log_pick_ko") for f, _ in toks)
    for i, (f, _) in enumerate(toks):
        if f.lower() in errors and (picked or any(ff in only and tt == "JX" for ff, tt in toks[i + 1:i + 5])):
            return f
    return None


def lines_picked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.log_filter when the sentence asks for some lines of a log only (no docker command does that).
    A prohibition stays one (it runs nothing)."""
    if isinstance(res, (m.Prohibition, m.Help)) or res.lang == "cli":
        return res
    if HANGUL.search(text):
        word = _picked_ko(text)
    else:
        logs = grammar.words("log_word")
        found = _picked_en().search(text) if not logs.isdisjoint(re.findall(r"[a-z]+", text.lower())) else None
        word = found.group() if found else None
    if word is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.log_filter", word=word))




def go_asked_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.asked with it proposed when a Korean removal (a kill, a prune: `m.THROWN_AWAY`) closes with the
    chat go-sign and a question mark ("web 삭제 ㄱ?", "cache 강삭 ㄱㄱ?": go?, asked — bot/language/normalize.py keeps
    that "?"): asked back, never run. A restart or a stop asked so is the request (the tables' "web 재시작 ㄱ?")."""
    text = without_chat_tail(text.rstrip())  # (breaker30) "cache 삭제 ㄱ? ㅋㅋ": a laugh after it asks the same
    if not _a_write_in(res, "ko") or not text.endswith("?"):
        return res
    head = text[:-1].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    possible = word in grammar.words("possible_asked_ko")  # (breaker34) "data 삭제 가능?": a removal asked possible
    if not word or not (possible or set(word) <= set("".join(grammar.words("chat_go_sign_ko")))):
        return res
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    if not any(isinstance(st, m.THROWN_AWAY) and not (possible and isinstance(st, m.Kill)) for st in steps):
        return res  # (a kill asked possible is the request, as the tables read "kill cache 가능?")
    assert isinstance(res, m.Command)
    return NotUnderstood(text, res.lang, Msg.of("parse.asked"), proposal=res)


def concession_ko(text: str, res: m.Command | NotUnderstood,
                  read: Callable[[str], m.Command | NotUnderstood]) -> m.Command | NotUnderstood:
    """`res`, or parse.done_already when a Korean write is said with the concessive -어도 (grammar/lexicon.txt
    `concession_ko`) and what follows is no permission (`concession_allowed_ko`: "web 꺼도 돼?") and no request of its
    own: what happens even so, told ("web 재시작해도 그대로야" planned docker restart web). `read` reads the words before
    it (the verb with -어도 must be a write itself: "nginx 죽어도 항상 다시 살아나게 띄워" stays a run) and after it ("web
    안 꺼져도 강제로 꺼줘": the request after the concession stands)."""
    if not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    at = next((i for i, (f, t) in enumerate(toks) if t == "EC" and f in grammar.words("concession_ko")
               and i > 0 and toks[i - 1][1] in ("VV", "XSV")), None)
    if at is None:
        return res
    after = [f for f, t in toks[at + 1:] if t != "MAG"]
    if after and after[0] in grammar.words("concession_allowed_ko"):
        return res
    words = text.split()
    ends = tuple(grammar.words("concession_end_ko"))
    cut = next((i for i, w in enumerate(words) if w.rstrip("?!.~").endswith(ends)), None)
    if cut is None:
        return res
    # the verb said with -어도 is itself a write ("web 재시작해도": "web 재시작해"), not another one ("nginx 죽어도 항상 다시
    # 살아나게 띄워": a run whose restart policy is said with a concession)
    word = words[cut].rstrip("?!.~")
    head = " ".join([*words[:cut], word[:-len(next(e for e in ends if word.endswith(e)))]])
    if not _a_write_in(read(head), "ko"):
        return res
    rest = " ".join(words[cut + 1:])
    if rest:
        said = read(rest)
        if _a_write_in(said, "ko"):
            return res
    return NotUnderstood(text, res.lang, Msg.of("parse.done_already"))


def suggestion_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.suggested with it proposed when a Korean write is asked as a suggestion — the adjective of
    grammar/lexicon.txt `suggestion_ko` (어떻다, how about) after the verb ("web 지우는 거 어때?", "web 재시작은 어때?",
    "web 이름 web2로 바꾸는 거 어때?" each planned the write): asked back, never run."""
    if not _a_write_in(res, "ko"):
        return res
    toks = analysed(text)
    verbs = [i for i, (_, t) in enumerate(toks) if t in ("VV", "XSV", "NNG")]
    how = [i for i, (f, t) in enumerate(toks) if t == "VA" and f in grammar.words("suggestion_ko")
           or t == "SW" and f in grammar.words("suggestion_chat_ko")]  # (lead30) "web 재시작 ㅇㄸ?": 어때 in chat
    if not how or not verbs or how[-1] < verbs[0]:
        return res
    assert isinstance(res, m.Command)
    return NotUnderstood(text, res.lang, Msg.of("parse.suggested"), proposal=res)


def _widened_to_all(cmd: m.Command | None) -> bool:
    """Whether `cmd` (or a step of it) is a write on every running container, no exclusion, no state filter."""
    if cmd is None:
        return False
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    return any(isinstance(c, m.ContainerAction) and c.all_running and not c.exclude and not c.in_state
               for c in steps)


@lru_cache(maxsize=1)
def _state_slot_en() -> re.Pattern[str]:
    """The word said after "whatever (is)" or between "all (the)" and "ones"/"containers": the state said of them."""
    whatever, be, every, ones, rel = (grammar.alternation(r) for r in (
        "run_by_all", "state_slot_be_en", "state_slot_all_en", "state_slot_ones_en", "state_slot_rel_en"))
    return re.compile(rf"(?i)\b(?:{whatever})(?:\s+(?:{be}))?(?:'s)?\s+([a-z][\w\-]*)"
                      rf"|\b(?:{every})\s+(?:of\s+)?(?:the\s+)?([a-z][\w\-]*)\s+(?:{ones})\b"
                      rf"|\b(?:{every})\s+(?:(?:{rel})\s+)?([a-z][\w\-]*(?:ing|ed))\b")


def state_widened(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.state_unfiltered when a write (or one offered back) on every running container was read from a
    sentence that names them by a state or quality no docker filter reads (grammar/lexicon.txt `state_unfiltered_en`,
    any word but `state_running_en` after "whatever (is)" / in "all the X ones"; Korean `state_unfiltered_ko` said
    before `state_ones_ko`): "restart whatever is broken", "kill all stuck containers", "응답 없는 거 다 재시작" planned
    the write on all of them (brk34a). Never widened: refused."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or not _widened_to_all(cmd) or res.lang == "cli":
        return res
    word = None
    if res.lang == "ko":
        toks = analysed(text)
        bad, ones = grammar.words("state_unfiltered_ko"), grammar.words("state_ones_ko")
        for i, (_, t) in enumerate(toks):
            if t == "ETM" and i + 1 < len(toks) and toks[i + 1][0] in ones:
                found = [bf for bf, _ in toks[max(0, i - 4):i] if bf in bad]
                if found:
                    word = " ".join(found)
                    break
    else:
        said = [w.strip(".,!?;:\"'`()").lower() for w in text.split()]
        bad = grammar.words("state_unfiltered_en")
        word = next((w for w in said if w in bad), None)
        if word is None:
            running = grammar.words("state_running_en")
            for mt in _state_slot_en().finditer(text):
                slot = next(g for g in mt.groups() if g is not None).lower()
                if slot not in running:
                    word = slot
                    break
    if word is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.state_unfiltered", word=word))


@lru_cache(maxsize=1)
def _check_said_run_en() -> re.Pattern[str]:
    verb, art, noun, on = (grammar.alternation(r) for r in ("check_said_run_en", "check_said_article_en",
                                                          "check_said_noun_en", "check_said_on_en"))
    return re.compile(rf"(?i)\b(?:{verb})\s+(?:(?:{art})\s+((?:[\w\-]+\s+){{0,3}}?[\w\-]+)|({noun}))\s+(?:{on})\s+"
                      r"(?:the\s+)?([A-Za-z0-9][\w.\-:/]*)")


def check_said_run_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.check_on when an English run, start or exec (or one offered back) was read from "run a <noun> on
    <name>" (grammar/lexicon.txt `check_said_*`: "run a check on db" started db, "run a check on nginx" ran nginx, "run
    a sanity check on data" exec'd `a sanity check`) or "run <check noun> on/of <name>" ("run diagnostics on cache",
    "run command of web"): a look asked at the name, never that write (brk34a). Refused."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "en" or not _a_write_in(cmd, "en"):
        return res
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    if not any(isinstance(c, (m.Exec, m.RunContainer, m.Start)) for c in steps):
        return res
    names = set(m.names_of(cmd, images=True)) | {c.image for c in steps if isinstance(c, m.RunContainer)}
    kinds = {w.replace("_", " ") for w in grammar.words("check_said_kind_en")}
    for mt in _check_said_run_en().finditer(text):
        said = (mt.group(1) or mt.group(2)).lower()
        if mt.group(3) not in names or (mt.group(1) and set(said.split()) & kinds):
            continue
        return NotUnderstood(text, "en", Msg.of("parse.check_on", said=mt.group().strip(), name=mt.group(3)))
    return res


@lru_cache(maxsize=1)
def _incident_kill_en() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w\-])(?:{grammar.alternation('incident_kill_en')})[\s\-]*kill")


def incident_told(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.incident_told when a write (or one offered back) acts on a word of an incident or of docker's
    error text said as a name (grammar/lexicon.txt `incident_name`: "pull access denied for nginx" pulled `access` and
    `denied`; "tag nginx error" tagged `error`), or is a kill read from the kernel's kill (`incident_kill_en`: "cache
    OOM kill again", "OOM kill on cache" killed cache) (brk34a): an incident told, never the write. Refused."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or not _a_write_in(cmd, cmd.lang):
        return res
    if res.lang == "cli" and (text.split()[:1] or [""])[0].lower() in ("docker", "$", "#"):
        return res  # the docker CLI typed whole: its arguments as typed ("tag nginx error" alone is chat)
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    if any(isinstance(c, m.RunContainer) for c in steps):
        return res  # a new container's name said ("run nginx named error")
    said = [*m.names_of(cmd, images=True), *(c.reference for c in steps if isinstance(c, m.Tag))]
    bad = grammar.words("incident_name")
    word = next((w for w in said if bad & {p.lower() for p in w.rsplit("/", 1)[-1].split(":")}), None)
    if word is None and any(isinstance(c, m.Kill) for c in steps) and (mt := _incident_kill_en().search(text)):
        word = mt.group()
    if word is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.incident_told", word=word))


@lru_cache(maxsize=1)
def _banned_en() -> re.Pattern[str]:
    verb, noun, det = (grammar.alternation(r) for r in ("ban_verb_en", "ban_noun_en", "ban_det_en"))
    lead, kept, from_ = (grammar.alternation(r) for r in ("ban_lead_en", "ban_kept_from_en", "ban_from_en"))
    return re.compile(rf"(?i)^\W*(?:(?:{lead})\s+)?(?:(?:{verb})\s+(?:{det})\s+(?:[\w.\-]+\s+)?(?:{noun})\b"
                      rf"|(?:{kept})\s+[\w.\-]+\s+(?:{from_})\s+[a-z]+ing\b)")


def banned_said(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or a Prohibition of it when a write (or one offered back) is banned by a word no negation of the grammar
    reads (grammar/lexicon.txt `ban_word_ko` said last, perhaps with `ban_tail_ko` after it, or alone first: "cache 중지
    삼가", "data 삭제 금물", "삼가 cache 중지"; English `ban_verb_en` before the order said as a noun: "stop the kill of
    cache", "halt the cache stop", "prevent web from restarting"; `ban_before_verb_ko` right before the verb said last:
    "data 그만 지워라", brk35b) — they ran or offered the write (brk34a)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang == "cli" or not _a_write_in(cmd, cmd.lang):
        return res
    if res.lang == "ko":
        bans, tail = grammar.words("ban_word_ko"), grammar.words("ban_tail_ko")
        said = [w.strip(".,!?~:;()[]") for w in text.split()]
        said = [w for w in said if w]
        found = bool(said) and said[0] in bans and len(said) > 1
        starts = tuple(bans)
        for i, w in enumerate(said):
            if i > 0 and w.startswith(starts) and all(x in tail for x in said[i + 1:]):
                found = True
        before, fill = grammar.words("ban_before_verb_ko"), grammar.words("ban_before_fill_ko")
        for i, w in enumerate(said[:-1]):
            if w in before and all(x in fill for x in said[i + 1:-1]):
                found = True  # (brk35b) right before the verb said last: "data 그만 지워라", "cache 좀 그만 꺼"
        if not found and not _act_stopped_ko(said, cmd):
            return res
    elif _banned_en().search(text) is None:
        return res
    return m.Prohibition(lang=res.lang, understood=cmd)


def _act_stopped_ko(said: list[str], cmd: m.Command) -> bool:
    """(lead35) Korean, the act itself said as a thing (-는 거) and then stopped (grammar/lexicon.txt `act_stopped_ko`,
    `act_thing_ko`): "cache 끄는 거 중지", "web 재시작하는 거 멈춰", "data 지우는 거 중단해" — stop doing it, never the act
    (the first planned docker stop cache). Only when the words up to the thing read alone as that same write ("cache
    도는 거 멈춰", the running one stopped, stays the stop)."""
    stems, things = tuple(grammar.words("act_stopped_ko")), grammar.words("act_thing_ko")
    doing = tuple(grammar.words("act_doing_ko"))
    for i in range(1, len(said) - 1):
        if said[i] in things and said[i - 1].endswith(doing) and said[i + 1].startswith(stems):
            from bot.language.parse import parse

            alone = parse(" ".join(said[:i + 1]), detail=False)
            return isinstance(alone, m.Command) and type(alone) is type(cmd)
    return False


@lru_cache(maxsize=1)
def _label_first() -> re.Pattern[str]:
    """A label said first: a few words, then a colon, then the rest."""
    return re.compile(r"^\s*([^\W_][\w'\-]*(?:\s+[\w'\-]+){0,3})\s*:\s+(\S.*)$", re.S)


@lru_cache(maxsize=1)
def _label_barred() -> re.Pattern[str]:
    en, ko = grammar.alternation("label_barred_en"), grammar.alternation("label_barred_ko")
    return re.compile(rf"(?i)^\W*(?:{en}|{ko})\s*[,:\-\u2014]\s*\S")


def label_unknown(text: str, res: m.Command | NotUnderstood,
                  read: Callable[[str], m.Command | NotUnderstood] | None = None) -> m.Command | NotUnderstood:
    """`res`, or refused or asked back when a write is said after a label that tells it is no request now (brk34a): a
    barred label first (grammar/lexicon.txt `label_barred_en`, `label_barred_ko`: "for instance, rm data", "worst case,
    rm data") is refused; any label with a colon but one of `label_kept`'s words (a step's word `label_step` only beside
    one: "2단계: data 삭제") before a write the rest reads alone ("bold move: rm data", "SO answer: rm data", "알림: data
    삭제") asks it back — unless the label is a pasted error's (`label_error_en`), an aim (preamble_en.py `aim_first`),
    names announced (`names_then_verb`) or the rest asks it plainly (`label_asked_rest`: "…: could you pause cache")."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or not _a_write_in(cmd, cmd.lang):
        return res
    if _label_barred().search(text):
        return NotUnderstood(text, cmd.lang, Msg.of("parse.stated"))
    if isinstance(res, NotUnderstood) or (mt := _label_first().match(text)) is None:
        return res
    label, rest = mt.group(1), mt.group(2)
    if cmd.addressed is not None and cmd.addressed.lower() == label.lower() and label.isascii():
        return res  # a name said first ("web: cache 재시작"): the pipeline's, asked whether it is a container there
    if re.search(r"[.!?\n]\s*\S", rest.strip()):
        return res  # sentences after it: a handover's or a note's label ("오전 인계: … 세워뒀어요. … 켜주세요.")
    if rest.lstrip("`'\" \n").lower().startswith("docker ") or text.lstrip().startswith(":"):
        return res  # the CLI typed whole after it ("step 2: docker start db"); an emoji's code (":rocket: …")
    words = [w.lower() for w in label.split()]
    if not grammar.words("label_error_en").isdisjoint(words) or (
            (rest.split()[:1] or [""])[0].lower() in grammar.words("label_asked_rest")):
        return res
    from bot.language.preamble_en import _aim, _names_then_verb

    if _aim().match(text.strip()) or _names_then_verb().match(text.strip()):
        return res
    names = {n.lower() for n in m.names_of(cmd, images=True)}
    if names & set(words) or re.fullmatch(r"[A-Za-z]+-\d+", label) or (cmd.engine or "").lower() in words:
        return res  # a name ("web and cache: restart both"), a ticket ("PROJ-8080: run nginx"), an engine
    kept, step = grammar.words("label_kept"), grammar.words("label_step")
    if len(words) > 2 or not kept.isdisjoint(words) and len(words) > 1 and not set(words) & step:
        return res  # a clause said first ("do what Sam asked: …", "수진 요청입니다: …"), a request's label with a name
    known = [w for w in words if w in kept]
    unknown = [w for w in words if w not in kept and not re.fullmatch(r"\d+\w{0,2}", w)
               and not any(w.endswith(s) and w[:-len(s)].isdigit() for s in step) and w not in step]
    if known and not unknown:
        return res
    if read is None:
        from bot.language.parse import parse

        read = lambda said: parse(said, detail=False)  # noqa: E731
    alone = read(rest)
    if not isinstance(alone, m.Command) or not _a_write_in(alone, alone.lang):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.stated"), proposal=alone)


def _targets_of(cmd: m.Command) -> list[str]:
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    out: list[str] = []
    for c in steps:
        out += [t for t in m.named(c).targets if t not in out]
    return out


def compound_names(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.set_apart offering it back when a removal (`compound_cmd`) acts on two names said side by side, the
    second a noun of what a container holds (grammar/lexicon.txt `compound_head`: "remove cache data", "delete db
    data" — the cached data), nothing joining them, in a removal: one thing as often as two (brk34a)."""
    if isinstance(res, NotUnderstood) or res.lang == "cli" or type(res).__name__ not in grammar.words("compound_cmd"):
        return res
    names = _targets_of(res)
    if len(names) != 2:
        return res
    heads = grammar.words("compound_head")
    said = [w.strip("`'\"") for w in text.split()]
    for a, b in zip(said, said[1:]):
        if a in names and b in names and a != b and b.lower() in heads:
            return NotUnderstood(text, res.lang, Msg.of("parse.set_apart", name=b, said=f"{a} {b}"), proposal=res)
    return res


@lru_cache(maxsize=1)
def _count_said() -> tuple[tuple[re.Pattern[str], int], ...]:
    out = []
    for role in ("count_said_en", "count_said_ko"):
        for entry in grammar.words(role):
            word, n = entry.rsplit("=", 1)
            out.append((re.compile(rf"(?i)(?<![\w\-]){re.escape(word.replace('_', ' '))}(?![\w\-])"), int(n)))
    return tuple(out)


@lru_cache(maxsize=1)
def _count_said_any() -> re.Pattern[str]:
    """(bench35) One search for any of `_count_said`'s words: a text that says none is left at once (each word's own
    search, ~16 a sentence, only when one is there)."""
    words = [e.rsplit("=", 1)[0] for role in ("count_said_en", "count_said_ko") for e in grammar.words(role)]
    return re.compile(r"(?i)(?<![\w\-])(?:" + "|".join(re.escape(w.replace("_", " ")) for w in words) + r")(?![\w\-])")


def count_mismatch(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.set_apart offering it back when a write names a number of containers other than the count said
    of them (grammar/lexicon.txt `count_said_en`, `count_said_ko`: "restart both: web, cache, data", "restart both web",
    "web cache data 둘 다 재시작") — which ones are meant is unclear (brk34a)."""
    if isinstance(res, NotUnderstood) or res.lang == "cli" or not _a_write_in(res, res.lang):
        return res
    if isinstance(res, m.Sequence) or (isinstance(res, m.ContainerAction) and res.all_running):
        return res  # a count said of one step of several ("web이랑 cache 둘 다 재시작하고 data 꺼")
    if _count_said_any().search(text) is None:
        return res  # no count said (bench35: the same answer, without a search a word)
    names = _targets_of(res)
    if not names:
        return res
    for pat, n in _count_said():
        if (mt := pat.search(text)) is not None and len(names) != n:
            return NotUnderstood(text, res.lang, Msg.of("parse.set_apart", name=", ".join(names), said=mt.group()),
                                 proposal=res)
    return res


@lru_cache(maxsize=1)
def _go_signal() -> re.Pattern[str]:
    lead, whose, sig = (grammar.alternation(r) for r in ("go_signal_lead_en", "go_signal_whose_en", "go_signal_en"))
    ko = grammar.alternation("go_signal_ko")
    return re.compile(rf"(?i)(?<![\w\-])(?:{lead})\s+(?:(?:{whose})\s+|[a-z][\w\-]*(?:'s)?\s+)?(?:{sig})(?![\w\-])|(?:{ko})")


def go_signal_said(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.no_schedule when a write (or one offered back) is said to wait for a go-signal still to come
    (grammar/lexicon.txt `go_signal_*`: "restart web on my ok", "stop cache on my go", "web 재시작 내 신호에"): gorae
    acts now or not at all — never run, nor offered now (brk34a)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang == "cli" or not _a_write_in(cmd, cmd.lang):
        return res
    if (mt := _go_signal().search(text)) is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.no_schedule", when=mt.group()))


def approval_asked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or parse.stated offering it back when a write is said with an approval asked of a person (grammar/lexicon.txt
    `approval_noun_ko` then `approval_asked_ko`: "data 삭제 승인 요청", "web 재시작 승인해주세요"; English
    `approval_asked_en`: "need approval to rm data") — the approval is someone's, never gorae's go (brk35b). "web 재시작을
    승인합니다" (the approver's word) stays the request."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang == "cli" or not _a_write_in(cmd, cmd.lang):
        return res
    said = [w.strip(".,!?~:;()[]") for w in text.split()]
    nouns, asked = grammar.words("approval_noun_ko"), grammar.words("approval_asked_ko")
    found = any(w.lower().startswith(n) and (w[len(n):] in asked or (w[len(n):] == "" and i + 1 < len(said)
                                                                   and any(said[i + 1].startswith(x) for x in asked if x)))
                for i, w in enumerate(said) for n in nouns)
    if not found and not re.search(rf"(?i)\b(?:{grammar.alternation('approval_asked_en')})\b", text):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.stated"), proposal=cmd)


def unasked_write(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(brk34a) The readers of a write no one asked for, in order: a state said of all (`state_widened`), a check run on
    a name (`check_said_run_en`), an incident told (`incident_told`), a ban without a
    negation (`banned_said`), a label first (`label_unknown`), two names as a compound (`compound_names`), a count that
    does not match (`count_mismatch`), a go-signal still to come (`go_signal_said`), an approval asked of a person
    (`approval_asked`, brk35b)."""
    if isinstance(res, NotUnderstood) and res.proposal is None:
        return res
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is not None and not _a_write_in(cmd, cmd.lang):
        # (bench35) no write read or offered (most reads): the six readers that look only at a write in its own language
        # would each return `res` (or what state_widened made of it) as it is — the two that look otherwise, in order
        return compound_names(text, state_widened(text, res))
    for reader in (state_widened, check_said_run_en, incident_told, banned_said, label_unknown,
                   compound_names, count_mismatch, go_signal_said, approval_asked):
        res = reader(text, res)
    return res
