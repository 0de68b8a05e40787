"""Every example written in a grammar comment is run: the grammar reads it, with the rule it stands for.

grammar/natural.lark documents each rule with examples in the comment above it
(`// "web 재시작" · "restart web" ...`). Each example is read the way gorae reads a
sentence (Korean through the morpheme stream of bot/language/morph.py) and must parse, and the
rule under the comment (or one of its `-> alias` names) must be in the tree — so a
comment cannot promise what the grammar does not do. Whole sentences among them are
also parsed end to end (`bot.language.parse.parse`) in test_parse.py and the wordings tables.

Comments indented above an alternative (`    // "why won't cache respond?" ...` over `| ...`) are run
too (`test_alternative_example`), the comment's lines read as one text (an example may wrap). What
counts as a claim there:
- an utterance in double quotes is a claim; one inside parentheses `( … )` is not (a counter-example,
  "… is never this", or an aside), nor is one with a parenthesis of its own;
- a fragment or a gloss (a word, a particle, a translation) is written in single quotes or backticks,
  never in double quotes, so it is no claim.
A claim must either parse with the natural grammar (as at column 0) or, where the reading is made by
Python around the grammar (bot/language/parse_natural.py, bot/language/parse.py: sequences, Korean
read end to end, complaints), be understood end to end by `bot.language.parse.parse` (a Command,
never NotUnderstood). The rule under it is not looked for in the tree (an alternative has no name).
"""
from __future__ import annotations

import re
from importlib import resources

import pytest
from lark import Tree
from lark.exceptions import LarkError

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


# --------------------------------------------------------------------------- indented comments

COMMENT = re.compile(r"^\s+//\s?(.*)$")


def _claims(text: str) -> list[str]:
    """The double-quoted utterances of a comment's text outside parentheses (see the module docstring)."""
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(text):
        if text[i] == '"':
            found = EXAMPLE.match(text, i)
            if found is None:
                raise AssertionError(f"an unclosed quote in a grammar comment: {text[i:i + 60]!r}")
            if depth == 0 and "(" not in found.group(1):
                out.append(bytes(found.group(1), "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8"))
            i = found.end()
            continue
        if text[i] == "(":
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
        i += 1
    return out


def _alternative_examples() -> list[tuple[int, str]]:
    """(line of the comment, example) for every indented comment right above an alternative or a rule's
    continuation line; the comment's lines are joined, so an example may wrap from one line to the next."""
    text = resources.files("grammar").joinpath("natural.lark").read_text(encoding="utf-8")
    out: list[tuple[int, str]] = []
    block: list[str] = []
    start = 0
    for no, line in enumerate(text.splitlines(), 1):
        found = COMMENT.match(line)
        if found:
            if not block:
                start = no
            block.append(found.group(1))
            continue
        if block and line[:1].isspace() and line.strip():
            out += [(start, ex) for ex in _claims(" ".join(block))]
        block = []
    return out


ALT_EXAMPLES = _alternative_examples()


def test_there_are_alternative_examples():
    assert len(ALT_EXAMPLES) > 900


@pytest.mark.parametrize("line, example", ALT_EXAMPLES, ids=[f"{n}:{e}" for n, e in ALT_EXAMPLES])
def test_alternative_example(line, example):
    from bot.language.parse import parse
    from bot.model import NotUnderstood

    text = normalize(example)
    src = reading(text).text if has_hangul(text) else text
    try:
        grammar.natural().parse(src)
        return
    except LarkError:
        pass
    res = parse(text)
    assert not isinstance(res, NotUnderstood), \
        f"natural.lark:{line}: {example!r} neither parses nor reads end to end ({res.reason.key})"


# --------------------------------------------------------------------------- docker CLI grammar
#
# grammar/docker_cli.lark: each rule is named after the Command dataclass it reads to (snake case),
# read by bot.language.parse_cli.Commands, a method per rule. Every quoted example above a rule is read
# whole (options included, by the rule's option table) and must give that Command.

def _camel(rule: str) -> str:
    return "".join(part.capitalize() for part in rule.split("_"))


def _cli_examples() -> list[tuple[str, str]]:
    text = resources.files("grammar").joinpath("docker_cli.lark").read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for line in text.splitlines():
        if line.startswith("// "):
            pending += EXAMPLE.findall(line)
            continue
        found = RULE.match(line)
        if found and found.group(1).islower() and pending:
            out += [(ex, found.group(1)) for ex in pending]
        pending = []
    return out


CLI_EXAMPLES = _cli_examples()


def _cli_rules() -> set[str]:
    from bot.language.grammar import CLI, grammar_text

    return {r for r in re.findall(r"^([a-z][a-z_]*)\s*:", grammar_text(CLI), re.M)} - {"cli"}


def test_every_cli_rule_is_a_command_with_a_method_and_examples():
    from bot import model
    from bot.language.parse_cli import Commands

    rules = _cli_rules()
    assert len(rules) >= 27
    for rule in rules:
        cls = getattr(model, _camel(rule), None)
        assert isinstance(cls, type) and issubclass(cls, model.Command), rule
        assert callable(getattr(Commands, rule, None)), f"Commands has no method {rule}"
    assert {rule for _, rule in CLI_EXAMPLES} == rules  # every rule shows at least one example


@pytest.mark.parametrize("example, rule", CLI_EXAMPLES, ids=[f"{r}:{e}" for e, r in CLI_EXAMPLES])
def test_cli_grammar_example(example, rule):
    from bot import model
    from bot.language.parse_cli import read

    cmd = read(example, "cli")
    assert type(cmd) is getattr(model, _camel(rule)), f"{example!r} read as {type(cmd).__name__}"
    assert cmd.as_typed


@pytest.mark.parametrize("words, rule", [
    (["run", "ps"], "run_container"),        # a keyword where an argument is expected is an argument
    (["exec", "web", "ls"], "exec"),
    (["Docker"], None), (["rmweb"], None), (["image", "foo"], None), (["container"], None),
])
def test_a_keyword_is_one_only_where_the_grammar_expects_it(words, rule):
    from bot.language.parse_cli import command_path

    found = command_path(words)
    assert (found[0] if found else None) == rule
