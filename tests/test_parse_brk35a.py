"""(brk35a) Kinds of breaker35 (/tmp/breaker35.md) that planned a wrong write, fixed, each with right neighbours:
  * A1: chat typed after a docker exec/run program became its arguments and ran ("docker exec web rm -rf /tmp/cache
    하지마", "… not yet", "… NO", "… tomorrow", "… 🚫", "docker run -d nginx please"): a ban, a time, a question, Korean
    or a symbol refuses it (cli.chat_after_command), courtesy is asked back without it (cli.courtesy_after_command) —
    bot/language/parse_cli.py `_chat_closing`, lexicon `cli_chat_after_en`, `cli_courtesy_after`, `cli_asked_after_en`,
    `cli_text_programs`; a program that prints its words keeps them ("docker run alpine echo no");
  * A7: a part of a container said after its name ("db 컨테이너 볼륨 지워", "data 폴더 지워", "remove data dir", "remove db
    container volume", "db 볼륨째로 지워") removed the container (or a volume named db): refused
    (parse.part_of_container) — outside.py `contents_said_ko` / `contents_said_en`, lexicon `part_noun_ko`, `part_noun_en`;
Over the fake world (tests/fakes.py)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

REFUSED = [
    # A1: chat after an exec's program (the breaker's inputs, then other wordings of the kind)
    "docker exec web rm -rf /tmp/cache 하지마", "docker exec web rm -rf /tmp/cache not yet",
    "docker exec web rm -rf /tmp/cache NO", "docker exec web rm -rf /tmp/cache never",
    "docker exec web rm -rf /tmp/cache later", "docker exec web rm -rf /tmp/cache tomorrow",
    "docker exec web rm -rf /tmp/cache 나중에", "docker exec web rm -rf /tmp/cache 내일",
    "docker exec web rm -rf /tmp/cache ㄴㄴ", "docker exec web rm -rf /tmp/cache 안돼",
    "docker exec web rm -rf /tmp/cache 🚫", "docker exec web rm -rf /tmp/cache 해도 돼?",
    "docker exec web rm -rf /tmp/cache 맞나?", "docker exec web rm -rf /tmp/cache 예시",
    "`docker exec web rm -rf /tmp/cache` 하지마", "```docker exec web rm -rf /tmp/cache``` 하지마",
    "docker exec web rm -rf /tmp/cache\nno", "docker exec web rm -rf /tmp/cache — bob did this",
    "docker exec web rm -rf /tmp/cache 때문에 터짐",
    "docker exec cache redis-cli flushall nope", "docker exec data rm -f /tmp/x 하지 마세요",
    "docker exec web rm -rf /tmp/x tonight", "docker run -d nginx tomorrow", "docker run -d nginx never",
    "docker run -d nginx no", "docker run -d nginx ok?", "docker exec web echo hi 하지마",
    # A7: a part of a container
    "db 컨테이너 볼륨 지워", "db 컨테이너 볼륨 삭제해줘", "remove db container volume", "web 컨테이너 네트워크 지워",
    "remove cache container network", "remove data dir", "rm data dir", "remove data directory", "remove cache dir",
    "remove web dir", "data 폴더 지워", "data 디렉토리 삭제", "data 디렉터리 지워", "cache 디렉토리 날려",
    "db 컨테이너 볼륨도 지워", "db 컨테이너 볼륨까지 지워", "db 볼륨째로 지워", "cache 폴더 삭제해줘", "delete web folder",
    "remove the cache container's volume",
]

ASKED = {
    "docker run -d nginx please": ["docker run -d nginx"],
    "docker run -d nginx pls": ["docker run -d nginx"],
    "docker run -d nginx 🙏": ["docker run -d nginx"],
    "docker run -d nginx for testing": ["docker run -d nginx"],
    "docker run -d nginx now": ["docker run -d nginx"],
    "docker run -d redis thanks": ["docker run -d redis"],
}

STILL_RUN = {
    "docker exec web echo hello world": ["docker exec web echo hello world"],
    "docker run alpine echo no": ["docker run alpine echo no"],
    "docker run --rm alpine echo ok": ["docker run --rm alpine echo ok"],
    "docker run alpine echo 안녕": ["docker run alpine echo '안녕'"],
    "docker exec web echo 지워": ["docker exec web echo '지워'"],
    "docker exec web rm -rf /tmp/cache": ["docker exec web rm -rf /tmp/cache"],
    "docker exec web ls .": ["docker exec web ls ."],
    "docker exec cache redis-cli ping 돌려봐": ["docker exec cache redis-cli ping"],
    "docker run -d nginx 해줘": ["docker run -d nginx"],
    "db 컨테이너 지워": ["docker rm db"],
    "remove data container": ["docker rm data"],
    "remove db container and its volume": ["docker rm -v db"],
    "db 볼륨 말고 db 컨테이너 삭제해": ["docker rm db"],
    "db 볼륨 말고 컨테이너 삭제해": ["docker rm db"],
    "db 지우고 db 볼륨도 지워": ["docker rm db", "docker volume rm db"],
    "pgdata 볼륨 지워": ["docker volume rm pgdata"],
}


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text):
    a = answer(text)
    assert not a.cli and not a.proposal, (text, a.cli, a.proposal)


@pytest.mark.parametrize("text,cli", ASKED.items())
def test_asked_back_without_the_courtesy(text, cli):
    a = answer(text)
    assert not a.cli and list(a.proposal) == cli, (text, a.cli, a.proposal, a.refusal)


@pytest.mark.parametrize("text,cli", STILL_RUN.items())
def test_still_runs(text, cli):
    assert list(answer(text).cli) == cli
