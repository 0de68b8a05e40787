"""Every example written in a grammar comment is run: the grammar reads it, with the rule it stands for.

grammar/natural.lark documents each rule with examples in the comment above it
(`// "web 재시작" · "restart web" ...`). Each example is read the way gorae reads a
sentence (Korean through the morpheme stream of bot/language/morph.py) and must parse, and the
rule under the comment (or one of its `-> alias` names) must be in the tree — so a
comment cannot promise what the grammar does not do. Whole sentences among them are
also parsed end to end (`bot.language.parse.parse`) in test_parse.py and the wordings tables.
"""
from __future__ import annotations

import re
from importlib import resources

import pytest
from lark import Tree

from bot.language import grammar
from bot.language.morph import reading
from bot.language.normalize import has_hangul, normalize

EXAMPLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
RULE = re.compile(r"^([a-z_][a-z0-9_]*|[A-Z_]+)(\.\d+)?\s*:")


def _examples() -> list[tuple[str, str, frozenset[str]]]:
    """(example, rule, names the rule shows up as in a tree) for every commented rule."""
    text = resources.files("grammar").joinpath("natural.lark").read_text(encoding="utf-8")
    lines = text.splitlines()
    out: list[tuple[str, str, frozenset[str]]] = []
    pending: list[str] = []
    for i, line in enumerate(lines):
        if line.startswith("//"):
            if line.startswith("// ") and '"' in line and not line.startswith("// ---"):
                pending += [bytes(e, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                            for e in EXAMPLE.findall(line)]
            continue
        found = RULE.match(line)
        if found and pending:
            rule = found.group(1)
            body = [line]
            for x in lines[i + 1:]:  # the rule's own continuation lines, not the next rules'
                if not x.startswith((" ", "\t")):
                    break
                body.append(x)
            names = {rule} | set(re.findall(r"->\s*([a-z_0-9]+)", "\n".join(body)))
            out += [(ex, rule, frozenset(names)) for ex in pending if "(" not in ex]
        if not line.strip() or found:
            pending = []
    return out


EXAMPLES = _examples()


def _names(tree: Tree) -> set[str]:
    return {t.data for t in tree.iter_subtrees()}


def test_there_are_examples():
    assert len(EXAMPLES) > 150
    assert {rule for _, rule, _ in EXAMPLES} >= {"v_run", "v_rm", "seq", "excl", "brief", "neg", "running"}


@pytest.mark.parametrize("example, rule, names", EXAMPLES, ids=[f"{r}:{e}" for e, r, _ in EXAMPLES])
def test_grammar_example(example, rule, names):
    text = normalize(example)
    src = reading(text).text if has_hangul(text) else text
    tree = grammar.natural().parse(src)
    if rule.startswith("_") or rule.isupper():
        return  # inlined rules and terminals leave no node of their own: parsing is the test
    assert names & _names(tree), f"{example!r} did not use {rule} ({sorted(_names(tree))})"
