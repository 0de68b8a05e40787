"""bot/language/engine_clause.py: how a sentence names an engine (on prod-1, prod-1에서, --context); every grammar example."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from bot.language import engine_clause
from bot.language.engine_clause import EVERY, find

EXAMPLE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _grammar_examples() -> list[tuple[str, str]]:
    """(example, rule) for every `// "..."` comment line above a rule of grammar/engines.lark."""
    lines = resources.files("grammar").joinpath("engines.lark").read_text(encoding="utf-8").splitlines()
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for line in lines:
        if line.startswith("// ") and '"' in line:
            pending += EXAMPLE.findall(line)
            continue
        found = re.match(r"^\??([a-z_]+)\s*:", line)
        if found and pending:
            out += [(ex, found.group(1)) for ex in pending]
        if not line.startswith("//"):
            pending = []
    return out


GRAMMAR_EXAMPLES = _grammar_examples()


def test_the_grammar_has_examples():
    assert {rule for _, rule in GRAMMAR_EXAMPLES} >= {"one", "loose", "every"}


@pytest.mark.parametrize("example, rule", GRAMMAR_EXAMPLES, ids=[f"{r}:{e}" for e, r in GRAMMAR_EXAMPLES])
def test_grammar_example(example, rule):
    got = engine_clause.read(example)
    assert got is not None, example
    name, loose = got
    if rule == "every":
        assert name == EVERY
    else:
        assert name != EVERY and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.+-]*", name)
        assert loose == (rule == "loose"), example


@pytest.mark.parametrize("sentence, rest, engine, loose", [
    ("prod-1에서 web 재시작", "web 재시작", "prod-1", True),
    ("web 재시작해줘 (staging)", "web 재시작해줘", "staging", False),
    ("web 재시작해줘(staging)", "web 재시작해줘", "staging", False),
    ("restart web on prod-1", "restart web", "prod-1", True),
    ("restart web on host prod-1", "restart web", "prod-1", False),
    ("prod-1 서버에서 web 로그 보여줘", "web 로그 보여줘", "prod-1", False),
    ("모든 서버에서 web 재시작", "web 재시작", EVERY, False),
    ("restart web on every host", "restart web", EVERY, False),
    ("전체 서버 컨테이너 목록", "컨테이너 목록", EVERY, False),
    ("ps on all hosts", "ps", EVERY, False),
    ("restart web every host", "restart web", EVERY, False),
    ("list containers across all servers", "list containers", EVERY, False),
])
def test_clause_found(sentence, rest, engine, loose):
    c = find(sentence)
    assert c is not None and (c.rest, c.engine, c.loose) == (rest, engine, loose)


@pytest.mark.parametrize("sentence", [
    "web 재시작", "run nginx on port 80", "docker --context prod-1 restart web", "restart web in 5 minutes",
    "전체 컨테이너 목록", "prod-1에서", "nginx 80포트로 실행",
])
def test_no_clause(sentence):
    assert find(sentence) is None


def test_the_quick_hint_test_is_the_regex():
    """`_may_name_fast` (a speed change, bench/RESULTS.md issue 8 session 7) answers exactly as the
    `_may_name` regex it replaces: on the corpus and table texts, and on random text made of the
    hints' letters in both cases, the characters re's IGNORECASE folds to ASCII (İ ı ſ K), word
    joiners and Hangul."""
    import random

    import yaml

    texts: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                texts.append(v) if k == "text" and isinstance(v, str) else walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    root = Path(__file__).resolve().parent
    for path in [root / "corpus" / "dev.yaml", *sorted((root / "data").glob("wordings*.yaml"))]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert len(texts) > 1000
    rnd = random.Random(8)
    alphabet = list("onatihsrcxOANTIHSRCX_-.(@ 1\u0130\u0131\u017f\u212a에서버가") + [
        "on", "ON", "in", "hoſt", "İn", "ın", "ACROSS", "_on", "on_", "서버", "hosts", "engine"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    for t in texts:
        assert engine_clause._may_name_fast(t) == bool(engine_clause._may_name().search(t)), t
