"""ctxko27: Korean context before a request that was refused —
- a work event typed in ASCII (grammar/lexicon.txt `context_event`: QA) before the request: "QA 돌리기 전에 cache 한 번
  재시작 부탁드려요", "QA 전에 cache 재시작해줘" (parse.unknown_word) — the event is no name;
- a sentence of the speaker's own closed before the request, then "before that": "점심 먹고 올게요, 그 전에 web 재시작
  부탁해요" — the request is for now (Kiwi tags the polite 올게요 a connective when more follows);
- an HTTP code said to come out (나오다) or as the subject: "cache 502 나와", "web 500이 나요" — the complaint's reads."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("QA 돌리기 전에 cache 한 번 재시작 부탁드려요", ["docker restart cache"]),
    ("QA 전에 cache 재시작해줘", ["docker restart cache"]),
    ("테스트 돌리기 전에 cache 재시작해줘", ["docker restart cache"]),
    ("QA 끝났으니까 web 재시작해줘", ["docker restart web"]),
    ("점심 먹고 올게요, 그 전에 web 재시작 부탁해요", ["docker restart web"]),
    ("점심 먹고 올게요, 그 전에 cache 로그만 보여주세요", ["docker logs cache"]),
    ("점심 먹고 올게요, web 재시작 부탁해요", ["docker restart web"]),
    ("cache 502 나와", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 500이 나요", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx 502가 떠요", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "퇴근하고 web 꺼줘",  # after leaving work: a time, never now
    "점심 먹고 올게요, 그 전에 web 지우지 마",  # a ban
    "web 재시작하고 올게요, 그 전에 cache 꺼줘",  # the clause holds a verb of gorae's: never left out
    "안 돼요, web 꺼줘",
    "cache 200 나와",  # no error code
])
def test_never_a_write(text):
    a = answer(text)
    assert not a.cli or not any(w in " ".join(a.cli) for w in ("stop", "rm", "restart", "kill")), a
