"""All vocabulary lives in grammar/ (issue 8: one place): the Python of bot/language/ holds no word.

- No Hangul in a string literal of bot/language/*.py (docstrings and comments may show examples):
  Korean words are in grammar/*.lark, grammar/lexicon.txt, grammar/morphemes.txt,
  grammar/ko_words.txt or grammar/examples.txt, read at start-up.
- No English word list there either: a literal set/tuple/list of lower-case words is made of the
  grammar's own rule names (the tree's vocabulary, not the user's), grammar/lexicon.txt role
  names, or Docker's own CLI values (below); no regex literal alternates English words.
- Every role the code reads is in grammar/lexicon.txt, and every suggestion of
  grammar/examples.txt is understood as written.
"""
from __future__ import annotations

import ast
import io
import re
import tokenize
from importlib import resources
from pathlib import Path

import pytest

from bot import model as m
from bot.language import grammar
from bot.language.normalize import normalize
from bot.language.parse import parse

LANGUAGE = Path(__file__).resolve().parent.parent / "bot" / "language"
SOURCES = sorted(LANGUAGE.glob("*.py"))
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")

# A Hangul literal allowed in bot/language/*.py: (file name, the literal's text). None today.
HANGUL_EXEMPT: set[tuple[str, str]] = set()

# Docker's own tables, not chat: option names, value names, SDK fields (docker's CLI reference)
DOCKER_TABLES = {"docker_options.py", "docker_values.py"}
# Docker's own values used where the CLI is checked (docker's CLI reference, not words of chat):
# SDK keyword fields, network modes, endpoint flags, port protocols and --publish fields,
# a swarm port mode, a node's availability
DOCKER_WORDS = frozenset({
    "ports", "volumes", "devices", "mounts", "link-local-ip", "network-alias",
    "default", "bridge", "host", "none", "tcp", "udp", "sctp", "ingress",
    "published", "target", "protocol", "mode", "active", "pause", "drain",
    # (blind14) docker ps --filter status= and two of its values (docker's State.Status)
    "status", "exited", "paused",
})
# A regex literal of words allowed: (file name, literal). Slack's own markup (its documented special
# mentions <!here>, <!channel>, <!everyone>), not words of chat.
REGEX_EXEMPT = {("normalize.py", r"<!(here|channel|everyone)(?:\|[^>]*)?>")}


def _docstrings(tree: ast.AST) -> set[int]:
    """Line numbers where a docstring starts (module, class, function)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                out.add(body[0].lineno)
    return out


def hangul_literals(path: Path) -> list[tuple[int, str]]:
    """(line, literal as written) of every string literal with Hangul in its source text, docstrings
    aside. The source text, not the value: a range written `\\uac00-\\ud7a3` is no word."""
    src = path.read_text(encoding="utf-8")
    docs = _docstrings(ast.parse(src))
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        kind = tok.type
        fstring = getattr(tokenize, "FSTRING_MIDDLE", None)
        if (kind == tokenize.STRING or kind == fstring) and tok.start[0] not in docs and HANGUL.search(tok.string):
            out.append((tok.start[0], tok.string))
    return out


def test_the_scan_finds_a_hangul_literal(tmp_path):
    """The scan itself: a Hangul word in code is found, the same in a docstring or comment is not."""
    f = tmp_path / "x.py"
    f.write_text('"""재시작 example."""\n# 재시작\nX = ("재시작", "\\uac00")\n', encoding="utf-8")
    assert hangul_literals(f) == [(3, '"재시작"')]


@pytest.mark.parametrize("path", SOURCES, ids=[p.name for p in SOURCES])
def test_no_hangul_word_in_python(path):
    found = [(line, lit) for line, lit in hangul_literals(path) if (path.name, lit) not in HANGUL_EXEMPT]
    assert not found, f"Korean words belong in grammar/ (lexicon.txt or a .lark file): {path.name} {found}"


def _grammar_names() -> frozenset[str]:
    """Rule names and aliases of the grammars (the names of tree nodes), and those without their
    family prefix (v_run -> run: the verb families the readers name)."""
    names: set[str] = set()
    for f in ("natural.lark", "docker_cli.lark", "engines.lark", "words.lark"):
        text = resources.files("grammar").joinpath(f).read_text(encoding="utf-8")
        names |= set(re.findall(r"^[?!]?([a-z_][a-z0-9_]*)\s*:", text, re.M))
        names |= set(re.findall(r"->\s*([a-z_0-9]+)", text))
    return frozenset(names | {n.split("_", 1)[1] for n in names if re.match(r"[vkpe]_", n)})


WORD = re.compile(r"[a-z][a-z'\-]*")
WORD_ALTERNATION = re.compile(r"\b[a-z]{2,}\|[a-z]{2,}\|[a-z]{2,}")


def english_words_in(path: Path) -> list[tuple[int, list[str]]]:
    """(line, words) of each literal collection of 2+ lower-case words that are not the grammar's
    names, lexicon roles or Docker's own values; and (line, [regex]) of each regex literal
    that alternates English words."""
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    docs = _docstrings(tree)
    allowed = _grammar_names() | set(grammar.lexicon()) | DOCKER_WORDS
    out: list[tuple[int, list[str]]] = []
    slots = {id(n.value) for n in ast.walk(tree)  # __slots__ = ("a", "b"): attribute names, no vocabulary
             if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in n.targets)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in slots:
            said = [e.value for e in node.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str) and WORD.fullmatch(e.value)]
            if len(said) >= 2 and set(said) - allowed:
                out.append((node.lineno, sorted(set(said) - allowed)))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and node.lineno not in docs
              and WORD_ALTERNATION.search(node.value)):
            out.append((node.lineno, [node.value]))
    return out


def test_the_scan_finds_an_english_word_list(tmp_path):
    f = tmp_path / "x.py"
    f.write_text('"""a|b|c and docs|are|fine."""\nA = {"please", "pls"}\nB = ("run", "stop")\n'
                 'C = r"\\b(more|fewer|less)\\b"\nclass D:\n    __slots__ = ("lexer", "rows")\n', encoding="utf-8")
    assert english_words_in(f) == [(2, ["please", "pls"]), (4, [r"\b(more|fewer|less)\b"])]


@pytest.mark.parametrize("path", [p for p in SOURCES if p.name not in DOCKER_TABLES],
                         ids=[p.name for p in SOURCES if p.name not in DOCKER_TABLES])
def test_no_english_word_list_in_python(path):
    found = [(line, ws) for line, ws in english_words_in(path) if (path.name, ws[0]) not in REGEX_EXEMPT]
    assert not found, f"English words belong in grammar/lexicon.txt: {path.name} {found}"


ROLE_READ = re.compile(r"""(?:words|_lex|lexicon\(\)|_LEX)(?:\(|\[)\s*["']([a-z_]+)["']""")


def test_every_role_read_is_in_the_lexicon():
    roles = set(grammar.lexicon())
    read = {r for p in SOURCES for r in ROLE_READ.findall(p.read_text(encoding="utf-8"))}
    assert len(read) > 30
    assert read <= roles, sorted(read - roles)
    assert all(grammar.lexicon()[r] for r in read)  # no role read empty


@pytest.mark.parametrize("lang, said", [(lang, s) for lang, ex in grammar.examples().items() for s in ex])
def test_every_suggestion_is_understood(lang, said):
    """A suggestion that gorae itself would not understand would be a lie."""
    cmd = parse(normalize(said))
    assert not isinstance(cmd, m.NotUnderstood), cmd
    assert cmd.lang == lang or (lang == "en" and cmd.lang == "cli")


def test_suggestions_are_from_the_file():
    from bot.language.parse import suggest

    assert suggest("web 재시작 좀", "ko", n=1) == ("web 재시작",)
    assert suggest("restart the web", "en", n=1) == ("restart web",)
    assert len(grammar.examples()["ko"]) >= 20 and len(grammar.examples()["en"]) >= 20
