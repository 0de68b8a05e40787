"""normalize: Unicode, Slack markup, contractions, spacing — a table of input -> output."""
import pytest

from bot.language.normalize import normalize


@pytest.mark.parametrize("raw, clean", [
    ("", ""),
    ("   web   재시작  ", "web 재시작"),
    ("８０포트로 nginx 실행", "80포트로 nginx 실행"),
    ("ｗｅｂ 재시작", "web 재시작"),
    ("<@U012AB3CD> restart web", "restart web"),
    ("<@U012AB3CD|gorae> web 재시작", "web 재시작"),
    ("run “echo hello” in alpine", 'run "echo hello" in alpine'),
    ("run ‘ls /etc’ inside web", "run 'ls /etc' inside web"),
    ("restart web &amp;&amp; rm cache", "restart web && rm cache"),
    ("a &lt;b&gt; c", "a <b> c"),
    ("see <https://example.com|example.com> now", "see example.com now"),
    ("<#C0123|ops> restart web", "#ops restart web"),
    ("don't stop cache", "do not stop cache"),
    ("Don’t restart web", "Do not restart web"),
    ("restart web.", "restart web"),
    # one "?" after Hangul is kept: the mood of a Korean ending (Kiwi reads it; tests/test_parse_mood10.py)
    ("web 재시작해 주시겠어요?", "web 재시작해 주시겠어요?"),
    ("db 켜??", "db 켜?"),
    ("db 켜?!", "db 켜?"),
    ("web 재시작!", "web 재시작"),
    # (brk21) a "?" after the chat go-sign is kept (whether to go is asked), and one typed after laughter closing a
    # Korean sentence is the sentence's own
    ("web 삭제 ㄱ?", "web 삭제 ㄱ?"),
    ("web 삭제 ㄱㄱ??", "web 삭제 ㄱㄱ?"),
    ("web 삭제 ㄱ", "web 삭제 ㄱ"),
    ("web 지워 ㅋㅋ?", "web 지워? ㅋㅋ"),
    ("cache 꺼 ㅎㅎㅎ??", "cache 꺼? ㅎㅎㅎ"),
    ("web 지워 ㅋㅋ", "web 지워 ㅋㅋ"),
    ("restart web?", "restart web"),
    ("web? 재시작", "web 재시작"),
    ("pull nginx:1.25", "pull nginx:1.25"),
    ("web\u200b재시작", "web재시작"),
    ("web\x00\x07 재시작", "web 재시작"),
    ("web\t\n재시작", "web 재시작"),
    ("`docker restart web`", "docker restart web"),
    ("```docker ps -a```", "docker ps -a"),
    ("$ docker ps", "docker ps"),
    ("sudo docker ps", "docker ps"),
    ("show me cache's logs", "show me cache logs"),
    ("restart: web", "restart web"),
    ("restart `id`", 'restart "id"'),  # Slack inline code: a quoted string (gorae runs no shell)
    ("run `echo \"hi\"` in web", "run 'echo \"hi\"' in web"),
    ("run `echo \"it's\"` in web", "run `echo \"it's\"` in web"),  # both quotes inside: left as typed
])
def test_normalize(raw, clean):
    assert normalize(raw) == clean


def test_hangul_stays_composed():
    decomposed = "\u1112\u1161\u11ab"  # 한 as jamo
    assert normalize(decomposed) == "한"
