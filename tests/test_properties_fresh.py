"""Properties of understanding over the fresh wordings table (issue 8, hypothesis).

Seeds are the rows of tests/data/wordings_fresh*.yaml (all three tables) that mean a write, said in chat (not as
docker CLI) and without a command text of their own (an exec's or an attached run's words
are the command's words: inserting one there rightly changes the plan). Then:

  * a neutral adverb or interjection (좀, 빨리, 일단, 한번, 제발, ㅋㅋ, please, real quick, …)
    inserted at a word boundary never changes the plan into another plan;
  * nor does it make gorae refuse a sentence it read (xfail, not strict: a refusal is a miss,
    not a wrong action, and the morpheme parser of issue 8 still refuses some, e.g.
    "web 일시정지 좀 풀어줘" as two verbs);
  * an inserted negation never yields the original write;
  * an inserted exclusion of one of the row's containers never yields the original write;
  * the sentence without its verb never yields a write;
  * a verb told in the past ("web 지웠어?", "cache 재시작했어") never yields a write: it is a report
    or a question about something done, not a request;
  * a name glued to a number before a particle ("nginx8080으로") is never run as an image.

Korean (any Hangul in the row) takes insertions at any space between words next to a Hangul
word; English takes them at the start or the end (an English word in the middle can be a
name: "run nginx named please edge" rightly names it "please").
"""
from __future__ import annotations

import re

import pytest
from corpus_check import is_write, plan_key
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import ROWS, ROWS2, ROWS3, Answer, answer

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")
LIFECYCLE = ("start", "stop", "kill", "pause", "unpause", "restart", "rm")


def _has_command_text(cmd: str) -> bool:
    key = plan_key([cmd])[0]
    sub, pos = key[1], key[3]
    return sub == "exec" or (sub in ("run", "create") and len(pos) > 1)


def _seed(row: dict) -> bool:
    # (a verb typed with a slip, read since ko9x — "db 시잗" — is no word `without_verb` knows to drop)
    if row["expect"] == "none" or row.get("kind") in ("cli", "autocorrect", "exec-text", "misspelling", "typo"):
        return False
    text = row["text"]
    if text.lstrip().startswith("docker ") or any(q in text for q in "\"'“”‘’"):
        return False
    plans = [row["expect"]] + row.get("alt", [])
    return is_write(row["expect"]) and not any(_has_command_text(c) for p in plans for c in p)


SEEDS = [r for r in ROWS + ROWS2 + ROWS3 if _seed(r)]
BY_TEXT = {r["text"]: r for r in SEEDS}


def case(text: str, changed: str) -> tuple[dict, str]:
    """An explicit example: a seed row and its changed wording (kinds seen going wrong)."""
    return BY_TEXT[text], changed

# rows that split a word on purpose ("web 재 시작") take no inserted word
INSERTABLE = [r for r in SEEDS if r.get("kind") != "spacing"]


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


KO_NEUTRAL = ["좀", "빨리", "얼른", "바로", "한번", "제발", "일단", "그냥", "지금", "ㅋㅋ", "ㅎㅎ", "ㅠㅠ",
              "!!", "🙏", "😅", "아", "음", "당장"]
EN_PREFIX = ["please", "pls", "just", "hey", "ok", "quickly", "yo", "hey gorae,", "umm", "🙏"]
EN_SUFFIX = ["please", "pls", "real quick", "asap", "thanks", "thx", "!!", "🙏", "right now", "now",
             "lol", "if you can"]

KO_NEGATE_BEFORE_VERB = ["안", "못", "절대 안"]
KO_NEGATE_AFTER = [", 아니 하지 마", ". 아 아니다, 하지 마세요", " -- 는 취소, 하지 마"]
EN_NEGATE_BEFORE = ["don't", "do not", "never", "please don't", "no need to"]
EN_NEGATE_AFTER = [" — no, don't", ". actually, don't", " ... never mind, don't"]

KO_EXCLUDE = ["{t} 빼고", "{t} 말고", "{t} 제외하고", "{t}는 빼고"]
EN_EXCLUDE_AFTER = [" except {t}", " but not {t}", ", not {t}", " excluding {t}"]

# words that carry the verb, Korean stems and English verbs (a word containing one is dropped)
KO_VERBS = ["재시작", "재기동", "리스타트", "재부팅", "시작", "기동", "켜", "켰", "꺼", "끄", "껐", "내려", "내릴",
            "내리", "멈", "중지", "정지", "종료", "세워", "세우", "지워", "지우", "지울", "삭제", "제거", "없애",
            "날려", "죽여", "죽이", "강제", "일시", "재개", "풀어", "띄", "올려", "올리", "실행", "돌려", "살려",
            "빼", "떼", "붙여", "끼워", "물려", "연결", "분리", "끊", "밀어", "푸시", "비워", "비우", "정리",
            "까", "받", "땡겨", "당겨", "가져", "다운", "얼려", "얼린", "깨워", "만들", "생성", "치워", "버려",
            "공유", "마운트", "공개", "expose", "해제", "풀", "스탑", "스타트", "킬", "강종", "청소", "푸쉬", "열어",
            "매핑", "찍", "쳐", "때려", "보내", "재기동"]
EN_VERBS = ["restart", "reboot", "bounce", "stop", "halt", "shut", "kill", "start", "boot", "fire", "spin",
            "launch", "bring", "run", "remove", "delete", "rm", "rid", "trash", "nuke", "purge", "prune",
            "clean", "pause", "freeze", "hold", "resume", "unfreeze", "pull", "grab", "fetch", "download",
            "get", "push", "upload", "publish", "create", "make", "set", "prepare", "attach", "plug",
            "connect", "detach", "drop", "take", "exec", "force", "send", "mount", "up", "down", "off",
            "out", "give", "need", "remov", "expose", "map", "bind", "bound", "listen", "call", "cycle",
            "suspend", "ship", "hook", "unplug", "new", "fresh", "freeze", "describe", "deploy"]


def _grammar_verbs() -> list[str]:
    """Every word of the grammar's verb rules (v_*): a verb added to grammar/natural.lark is
    dropped here too ("포즈", "wipe"), whatever the lists above hold."""
    from bot.language import grammar

    parser = grammar.natural()
    strings = {t.name: t.pattern.value for t in parser.terminals if t.pattern.type == "str"}
    out = set()
    for rule in parser.rules:
        if rule.origin.name.startswith("v_"):
            out |= {strings[sym.name] for sym in rule.expansion if sym.is_term and sym.name in strings}
    return sorted(w for w in out if not w.startswith("~"))


VERBS = KO_VERBS + EN_VERBS + [w for w in _grammar_verbs() if w not in KO_VERBS + EN_VERBS]
# two words read as one, that a word inserted between would split ("일시 정지", "강제 종료", "재 시작")
NO_SPLIT_AFTER = {"일시", "강제", "재", "상세", "한", "둘"}


def _words(text: str) -> list[str]:
    return text.split()


def _boundaries(words: list[str]) -> list[int]:
    """Indices i (0..len) where a word may go before words[i]: next to a Hangul word."""
    out = []
    for i in range(len(words) + 1):
        left = words[i - 1] if i > 0 else ""
        right = words[i] if i < len(words) else ""
        if left in NO_SPLIT_AFTER or left.isdigit():
            continue
        if korean(left) or korean(right) or i in (0, len(words)):
            out.append(i)
    return out


def _insert(words: list[str], i: int, extra: str) -> str:
    return " ".join(words[:i] + [extra] + words[i:])


def _before_verb(words: list[str]) -> int:
    """Where Korean puts 안/못: before the last verb word, or before the 해/하 that follows it
    ("restart 안 해줘"); without a verb word, before the last Hangul word."""
    for i in range(len(words) - 1, -1, -1):
        if any(v in words[i].lower() for v in VERBS):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return i + 1 if nxt[:1] in ("해", "하", "시") else i
    for i in range(len(words) - 1, -1, -1):
        if korean(words[i]):
            return i
    return len(words)


@st.composite
def neutral(draw):
    row = draw(st.sampled_from(INSERTABLE))
    text = row["text"]
    words = _words(text)
    if korean(text):
        i = draw(st.sampled_from(_boundaries(words)))
        return row, _insert(words, i, draw(st.sampled_from(KO_NEUTRAL)))
    if draw(st.booleans()):
        return row, draw(st.sampled_from(EN_PREFIX)) + " " + text
    return row, text + " " + draw(st.sampled_from(EN_SUFFIX))


@st.composite
def negated(draw):
    row = draw(st.sampled_from(INSERTABLE))
    text = row["text"]
    words = _words(text)
    if korean(text):
        if draw(st.booleans()):
            return row, _insert(words, _before_verb(words), draw(st.sampled_from(KO_NEGATE_BEFORE_VERB)))
        return row, text + draw(st.sampled_from(KO_NEGATE_AFTER))
    if draw(st.booleans()):
        return row, draw(st.sampled_from(EN_NEGATE_BEFORE)) + " " + text
    return row, text + draw(st.sampled_from(EN_NEGATE_AFTER))


def _containers(row: dict) -> list[str]:
    """Containers the row's lifecycle write acts on, named in its text."""
    names = []
    for c in row["expect"]:
        key = plan_key([c])[0]
        if key[1] in LIFECYCLE:
            names += [n for n in key[3] if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", row["text"])]
    return names


EXCLUDABLE = [r for r in INSERTABLE if _containers(r)]


@st.composite
def excluded(draw):
    row = draw(st.sampled_from(EXCLUDABLE))
    text = row["text"]
    t = draw(st.sampled_from(_containers(row)))
    words = _words(text)
    if korean(text):
        i = draw(st.sampled_from(_boundaries(words)))
        return row, _insert(words, i, draw(st.sampled_from(KO_EXCLUDE)).format(t=t))
    return row, text + draw(st.sampled_from(EN_EXCLUDE_AFTER)).format(t=t)


def without_verb(text: str) -> str:
    return " ".join(w for w in _words(text) if not any(v in w.lower() for v in VERBS))


def _same(a: Answer, b: Answer) -> bool:
    return plan_key(list(a.cli)) == plan_key(list(b.cli))


def _wrote_original(row: dict, ans: Answer) -> bool:
    wanted = {plan_key(p) for p in [row["expect"]] + row.get("alt", [])}
    return bool(ans.cli) and plan_key(list(ans.cli)) in wanted


class NeutralWordRefused(AssertionError):
    """A neutral word made gorae refuse a sentence it reads without it: a miss, not a wrong action."""


def test_seeds_are_enough():
    assert len(SEEDS) >= 300 and len(EXCLUDABLE) >= 100, (len(SEEDS), len(EXCLUDABLE))


@SETTINGS
@given(neutral())
@example(case("delete the busybox image", "delete the busybox image real quick"))
@example(case("stop web and my-nginx", "please stop web and my-nginx"))
@example(case("web 중지하고 삭제해", "일단 web 중지하고 삭제해"))
@example(case("nginx 8080포트로 띄워줘", "nginx 8080포트로 좀 띄워줘"))
@example(case("redis를 q2라는 이름으로 띄워줘", "redis를 q2라는 이름으로 빨리 띄워줘"))
def test_neutral_word_never_changes_the_plan(case):
    row, text = case
    before, after = answer(row["text"]), answer(text)
    if after.cli and before.cli:
        assert _same(before, after), f"{row['text']!r} -> {list(before.cli)}; {text!r} -> {list(after.cli)}"
    elif after.writes:
        # gorae refused the row: with a neutral word it may read it, but only as meant
        assert _wrote_original(row, after), f"{text!r} -> {list(after.cli)}, want {row['expect']}"


@pytest.mark.xfail(strict=False, raises=NeutralWordRefused,
                   reason="the morpheme parser still refuses some neutral words (a miss, never a wrong action)")
@SETTINGS
@given(neutral())
def test_neutral_word_never_makes_gorae_refuse(case):
    row, text = case
    before, after = answer(row["text"]), answer(text)
    if before.cli and not after.cli:
        raise NeutralWordRefused(f"{row['text']!r} -> {list(before.cli)}; {text!r} refused ({after.refusal})")


@SETTINGS
@given(negated())
@example(case("restart web and show its logs", "don't restart web and show its logs"))
@example(case("web 중지하고 삭제해", "web 중지하고 안 삭제해"))
@example(case("nginx 8080포트로 띄워줘", "nginx 8080포트로 안 띄워줘"))
def test_negation_never_yields_the_original_write(case):
    row, text = case
    assert not _wrote_original(row, answer(text)), f"{text!r} -> {list(answer(text).cli)}"


@SETTINGS
@given(excluded())
@example(case("restart both web and cache", "restart both web and cache except cache"))
@example(case("web, cache, data 재시작", "cache 빼고 web, cache, data 재시작"))
def test_exclusion_never_yields_the_original_write(case):
    row, text = case
    assert not _wrote_original(row, answer(text)), f"{text!r} -> {list(answer(text).cli)}"


@SETTINGS
@given(st.sampled_from(SEEDS))
def test_without_its_verb_a_sentence_never_writes(row):
    text = without_verb(row["text"])
    ans = answer(text)
    assert not ans.writes, f"{row['text']!r} without its verb {text!r} -> {list(ans.cli)}"


def test_without_its_verb_no_row_writes():
    """The same property over every seed at once (a few hundred parses, no search)."""
    wrong = []
    for row in SEEDS:
        text = without_verb(row["text"])
        ans = answer(text)
        if ans.writes:
            wrong.append(f"  {row['text']!r} without its verb {text!r} -> {list(ans.cli)}")
    assert not wrong, "verbless sentences planned as writes:\n" + "\n".join(wrong)


# --------------------------------------------------------------------------- told, not requested

TARGETS = ["web", "cache", "db", "my-nginx", "pgdata 볼륨", "backend 네트워크", "busybox 이미지"]
# verbal nouns (+ 하다 in the past) and native verbs in the past, every family that writes
KO_PAST_NOUN = ["재시작", "삭제", "중지", "정지", "종료", "시작", "일시정지", "재개", "정리", "생성", "연결",
                "강제 종료", "실행", "푸시"]
KO_PAST_HA = ["했어?", "했어", "했다", "했나요?", "했어요", "했습니다", "했음?", "했냐", "했지?", "한 거야?"]
KO_PAST_VERB = ["지웠어?", "껐어", "켰어?", "죽였어", "날렸어?", "멈췄어?", "띄웠어", "받았어?", "살렸어",
                "세웠어?", "내렸어?", "올렸어?", "비웠어", "없앴어?", "치웠다", "지웠나요?", "꺼졌어?"]
EN_PAST = ["did you restart {t}?", "did you stop {t}", "did someone delete {t}?", "did you kill {t} already?"]


@st.composite
def told_in_the_past(draw):
    t = draw(st.sampled_from(TARGETS))
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return f"{t} {draw(st.sampled_from(KO_PAST_NOUN))}{draw(st.sampled_from(KO_PAST_HA))}"
    if kind == 1:
        return f"{t} {draw(st.sampled_from(KO_PAST_VERB))}"
    return draw(st.sampled_from(EN_PAST)).format(t=t.split()[0])


@SETTINGS
@given(told_in_the_past())
@example("web 지웠어?")
@example("cache 재시작했어")
@example("did you restart cache?")
def test_a_verb_told_in_the_past_never_writes(text):
    ans = answer(text)
    assert not ans.writes, f"{text!r} -> {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"


GLUED = ["nginx8080으로띄워", "nginx8080으로 띄워줘", "redis6380으로 실행", "httpd9090에 올려줘",
         "postgres5433으로 실행해", "nginx80포트로띄워"]


@pytest.mark.parametrize("text", GLUED)
def test_a_name_glued_to_a_number_is_never_run_as_an_image(text):
    ans = answer(text)
    images = [w for c in ans.cli + ans.proposal for w in c.split() if re.fullmatch(r"[a-z]+\d{2,5}", w)]
    assert not images, f"{text!r} -> {list(ans.cli) or list(ans.proposal)}"
