"""brk27: the lead's break run of this session's readers (shell27, exec27, grace27, look27, ctxko27, en27, said_of27)
with call-offs, times, negations and second requests — each a kind kept as a test:
- a call-off or a time after a command line typed after a container ("cache: redis-cli info memory? nah" ran `… nah`;
  "in data, cd /etc and ls? no wait" ran `ls no wait`; "alpine으로 echo 안녕 나중에 실행" echoed 나중에);
- a request after a past verb told ("show me db's logs, my job failed so remove db" showed the logs, the removal dropped);
- (before this session) a request said before an error word ("restart db, my job failed, also remove web" removed web and
  dropped the restart: the head read as a pasted error's text)."""
import pytest
from test_wordings_fresh import answer


@pytest.mark.parametrize("text,never", [
    ("cache: redis-cli info memory? nah", "nah"),
    ("in data, cd /etc and ls? no wait", "wait"),
    ("alpine으로 echo 안녕 나중에 실행", "나중에"),
    ("alpine으로 echo 안녕 내일 실행", "내일"),
    ("web echo info memory later", "later"),
])
def test_the_sentences_word_never_runs(text, never):
    a = answer(text)
    assert not any(never in c for c in a.cli), a


@pytest.mark.parametrize("text", [
    "show me db's logs, my job failed so remove db",
    "restart db, my job failed, also remove web",
])
def test_no_request_dropped(text):
    a = answer(text)
    assert not a.cli or len(a.cli) > 1, a  # both asked for, or asked again — never one of them alone


@pytest.mark.parametrize("text", [
    "cache 5초 안에 안 꺼지면 죽이지 마", "web에 root로 whoami 실행하지 마", "cache에 redis-cli flushall 보내지 마",
    "QA 돌리기 전에 cache 지우지 마", "점심 먹고 올게요, 그 전에 web 재시작하지 마세요", "my-nginx에 USR1 시그널 보내지 마",
    "data에서 ls 하지 마", "don't release the pause of data", "in data, cd /etc and don't ls",
    "all lowercase pls don't restart cache",
])
def test_a_negation_never_yields_the_write(text):
    assert not answer(text).cli, answer(text)
