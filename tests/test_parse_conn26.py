"""conn26: Korean connectives that do not order the verb before them, and words that oppose the write, never plan that
write (each was a wrong write on main; no table had them).

- the background -는데 (while, given that) said of a verb right before a name, a comma or the end — Kiwi's connective
  or a relative ending and the bound noun 데 (bot/language/morph.py `_background_told`): "web 지우는데 cache 꺼줘"
  planned docker rm web then docker stop cache (at the end it is the verb's form, the request: "web 지우는데");
- the condition -어야 and the purpose -도록 right before a name (grammar/morphemes.txt): "web 지워야 cache 꺼줘";
- a reason's -니까 closing the sentence (`_reason_closes`): "web 지우니까" planned docker rm web;
- a quote or a report (-ㄴ다고, -라고, -ㄴ다니까), a condition (-거든), a purpose (-고자), whatever (-든) right before a name
  (lexicon `told_link`; those that tell at the end too): "web 지운다고 cache 꺼줘", "web 지운다니까" planned the write;
- a word that opposes or leaves out the very thing read is never left out of a proposal (lexicon `never_unread`):
  "web 지우는 거 반대" and "web은 재시작 없이 가자" offered the write back for a yes;
- next time said with a permission ("다음에 web 꺼도 돼") is a schedule, never the write offered now.
Kept: -고, -다가, -어서, -면서 and -자 join or order two requests; a run said then how it is made ("redis 띄우는데 pgdata
볼륨 /data에 마운트"); the wish "재시작해 주셨으면 하는데요"; the insistent -라니까; a state before a noun or a number."""
import pytest
from test_wordings_fresh import answer

NO_WRITE = [
    "web 지우는데 cache 꺼줘",
    "web 지우는데요, cache 꺼주세요",
    "web 재시작하는데 cache도 꺼줘",
    "web 끄는데, cache도 꺼줘",
    "data 멈추는데 web 재시작해",
    "web restart하는데 cache 꺼줘",
    "redis 띄우는데 cache 지워줘",
    "web 지워야 cache 꺼줘",
    "web 재시작해야 cache 꺼줘",
    "web 지우도록 cache 꺼줘",
    "web 지우니까",
    "web 재시작하니까",
    "web 지우니깐",
    "cache 재시작하니까요",
    "web 지우니까 로그 보여줘",
    "web 지우는 거 반대",
    "web 지우는 거 반대해요",
    "web은 재시작 없이 가자",
    "다음에 web 꺼도 돼",
    "다음에 web 꺼도 돼?",
    "좀 있다 web 꺼도 돼?",
    # a quote or a report, a condition, a purpose, whatever (lexicon told_link)
    "web 지운다고 cache 꺼줘",
    "web 지우라고 cache 꺼줘",
    "web 지운다니까 cache 꺼줘",
    "web 지우거든 cache 꺼줘",
    "web 지우고자 cache 꺼줘",
    "web 지우든 cache 꺼줘",
    "web 지운다니까",
    "web 지운다니까요",
    "web 지운다고",
    "web 지운다고요",
    "web 지우기 전 cache 꺼줘",  # before removing web: 전 is never left out of a proposal
]


@pytest.mark.parametrize("text", NO_WRITE)
def test_no_write_and_none_offered(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not ans.proposal, f"{text!r} offered {list(ans.proposal)}"


READ = [
    ("web 지우고 cache 꺼줘", ["docker rm web", "docker stop cache"]),
    ("web 껐다가 지워줘", ["docker stop web", "docker rm web"]),
    ("web 중지하고 삭제해줘", ["docker stop web", "docker rm web"]),
    ("web 지우면서 cache 꺼줘", ["docker rm web", "docker stop cache"]),
    ("redis 띄우는데 pgdata 볼륨 /data에 마운트", ["docker run -d -v pgdata:/data redis"]),
    ("nginx 띄우는데 8080 포트로 열어줘", ["docker run -d -p 8080:80 nginx"]),
    ("web 재시작해 주셨으면 하는데요", ["docker restart web"]),
    ("web 재시작하라니까", ["docker restart web"]),
    ("web 지우라니까", ["docker rm web"]),
    ("컨테이너 목록 보여달라니까", ["docker ps"]),
    ("web 500 뜨니까 재시작 좀", ["docker restart web"]),
    ("web 500 뜨는데 재시작 좀", ["docker restart web"]),
    ("cache 느린데 web 재시작해줘", ["docker restart web"]),
    ("web이 좀 slow한데 check해줘", ["docker inspect web", "docker logs --tail 20 web"]),
    ("지금 배포하는데요, web 재시작 부탁드려요", ["docker restart web"]),
    ("nginx 항상 재시작하도록 띄워", ["docker run -d --restart always nginx"]),
    ("web 지워야 돼", ["docker rm web"]),
    ("web 지우는데", ["docker rm web"]),
    ("테스트 돌리는데 cache 좀 꺼줘", ["docker stop cache"]),  # running tests (a work event): context, then the request  # the issue's own example of a verb's form: the request
    ("web 재시작하는데요", ["docker restart web"]),
    ("다 끄는데 my-volume은 놔둬", ["docker stop web my-nginx cache data"]),
    ("web 지우라니까요", ["docker rm web"]),
    ("web 지우라고 했잖아", []),  # told before, reported: nothing
    ("web 지운 후에 cache 꺼줘", ["docker rm web", "docker stop cache"]),
    ("web 지우고 나서 cache 꺼줘", ["docker rm web", "docker stop cache"]),
    ("web 지우자 cache 꺼줘", ["docker rm web", "docker stop cache"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_kept(text, want):
    assert list(answer(text).cli) == want


def test_a_permission_without_a_time_is_still_asked():
    ans = answer("web 꺼도 돼")
    assert not ans.cli and list(ans.proposal) == ["docker stop web"]
