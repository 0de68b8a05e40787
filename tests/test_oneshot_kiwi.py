"""A one-shot's start-up (issue 8, bench item 7; bench/RESULTS.md session 12, branch cold13): Kiwi is asked
once for the typo reader's table (bot.language.morph `tokenize_all`: one round trip to a Korean one-shot's
forked analyser, with Kiwi's own answers), the tables a Korean sentence needs besides Kiwi are made while
the analyser loads (bot.language.parse `warm_korean`), and an English text — a slip of a verb included —
never loads Kiwi."""
import json
import subprocess
import sys

import pytest

from bot.language import morph

# words with the ending the typo reader adds (bot/language/typo.py `_grammar_words`), a sentence, a word Kiwi
# reads as a stem, and an empty text
TEXTS = ["재시작해", "삭제해", "살리해", "web 컨테이너 재시작해 주세요", "돌리해", ""]


def _run(code: str) -> list:
    prog = "import json, os, signal, sys\nfrom bot.language import ahead, morph\n" + code
    out = subprocess.run([sys.executable, "-c", prog, json.dumps(TEXTS)], capture_output=True, text=True,
                         timeout=180)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _kiwi_here(texts: list[str]) -> list[list[list]]:
    return [[[t.form, t.tag, t.start] for t in morph.kiwi().tokenize(x)] for x in texts]


def test_tokenize_all_is_each_text_tokenized_here() -> None:
    assert [[[t.form, t.tag, t.start] for t in toks] for toks in morph.tokenize_all(TEXTS)] == _kiwi_here(TEXTS)


@pytest.mark.parametrize("child_gone", [False, True])
def test_tokenize_all_of_the_forked_analyser_is_kiwis_own(child_gone: bool) -> None:
    """One round trip to the child gives what Kiwi gives each text here; the child gone, Kiwi loads here
    and gives the same."""
    kill = ("os.kill(morph.kiwi().pid, signal.SIGKILL); os.waitpid(morph.kiwi().pid, 0)\n" if child_gone else "")
    started, got, kiwi_here = _run(
        "started = ahead.start('web 재시작')\n" + kill +
        "got = [[[t.form, t.tag, t.start] for t in toks] for toks in morph.tokenize_all(json.loads(sys.argv[1]))]\n"
        "print(json.dumps([started, got, 'kiwipiepy' in sys.modules]))")
    assert started is True
    assert got == _kiwi_here(TEXTS)
    assert kiwi_here is child_gone  # the answers came from the child while it lived


# English slips of a verb (bot/language/typo.py `_english`) and other English texts: read without Kiwi — before,
# the first slip read made the typo reader's Korean table, with ~70 Kiwi analyses (an English one-shot loaded Kiwi)
ENGLISH = [("strat web", "docker start web"), ("stopp web please", "docker stop web"),
           ("shwo web logs", "docker logs web"), ("lgos web", "docker logs web"),
           ("restart the web container please", "docker restart web")]


def test_an_english_one_shot_never_loads_kiwi_even_for_a_slip() -> None:
    prog = ("import json, sys\nfrom bot.language.normalize import normalize\nfrom bot.language.parse import parse\n"
            f"read = [type(parse(normalize(t))).__name__ for t in {[t for t, _ in ENGLISH]!r}]\n"
            "print(json.dumps([read, 'kiwipiepy' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    read, kiwi_loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert kiwi_loaded is False
    assert "NotUnderstood" not in read, read


@pytest.mark.parametrize("text, cli", ENGLISH)
def test_the_english_slips_still_read_as_the_verb(text: str, cli: str) -> None:
    from test_wordings_fresh import answer

    assert answer(text).cli == (cli,)


# Korean sentences whose reading uses the tables `warm_korean` makes (morphemes, slips of a verb, a phone spelling)
KOREAN = ["web 컨테이너 재시작해 주세요", "web 재시잫", "cache 재싲작해줘", "web 애기동", "재시자캐줘 web", "죽어있는 컨테이너들 다 지워주삼"]


def test_warm_korean_needs_no_kiwi_and_changes_no_reading() -> None:
    """Made before any Korean sentence (as a one-shot does while its child loads Kiwi): no Kiwi is loaded by
    it, and every sentence then reads exactly as in a process without it."""
    code = ("from bot.language.normalize import normalize\nfrom bot.language.parse import parse, warm, warm_korean\n"
            "{}loaded = 'kiwipiepy' in sys.modules\n"
            f"print(json.dumps([loaded, [repr(parse(normalize(t))) for t in {KOREAN!r}]]))")
    loaded, read_warmed = _run(code.format("warm(); warm_korean()\n"))
    assert loaded is False  # the tables are made without Kiwi
    _, read_cold = _run(code.format(""))
    assert read_warmed == read_cold
