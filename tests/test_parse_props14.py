"""Session 14, props14: neutral words never change a plan; proposals never drop or add a word; a question about a
write never proposes another write (issue 8). Unseen wordings of each kind fixed, read through Gorae.explain over the
fake corpus world (tests/test_wordings_fresh.answer), both languages where the kind applies, with the wordings of each
kind that must NOT be read as a write.

Kinds:
  * Korean's off-then-on idiom with a neutral word between its verbs is the restart (parse_natural `_off_then_on_ko`),
    and -었다 before a neutral word and a verb is the connective, as without it (morph `_then_past_neutral`);
  * the chat -ㅁ right after a write verb, asked ("cache 지움?"), is told, never proposed (grammar/morphemes.txt);
  * docker's words of a read said without `docker`, closed by a courtesy ("volume list please") read as without it;
  * the speaker's subject contracted with its auxiliary ("im", "i'll", "we're") and "will be" + -ing: an intention
    told (grammar/lexicon.txt chat_spelling, intent_said_en);
  * an order taken back after it ("scratch that", "nvm", "forget it", "disregard that"): called off (natural.lark neg);
  * an image named with its kind noun, then the noun container: its containers listed; with a remove, refused;
  * English context before a request that reports someone's words ("someone said please stop web"): hearsay;
  * a courtesy before an English yes/no question ("please is db stopped?"): still asked, never the write;
  * English with an emoji at its edges is English ("🙏 hi! can u pull alpine?").
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer

READ = [
    # off, then on, a neutral word between: the restart
    ("cache 껐다가 빨리 켜", ["docker restart cache"]),
    ("my-nginx 내렸다 얼른 올려줘", ["docker restart my-nginx"]),
    ("data 껐다 한번 켜 주세요", ["docker restart data"]),
    ("db 내렸다가 좀 띄워줘", ["docker restart db"]),
    ("web 껐다 좀 켜고 로그 보여줘", ["docker restart web", "docker logs web"]),
    ("turn web off and on again real quick", ["docker restart web"]),
    # … and the neutral word after -었다 that made Kiwi read a final ending (morph `_then_past_neutral`)
    ("cache 껐다 제발 켜줘", ["docker restart cache"]),
    ("my-nginx 껐다 일단 켜", ["docker restart my-nginx"]),
    ("data 껐다 🙏 켜줘", ["docker restart data"]),
    ("db 껐다 !! 켜줘", ["docker restart db"]),
    ("cache 껐다 바로 지워줘", ["docker stop cache", "docker rm cache"]),
    # … and not the idiom: another verb, another name
    ("web 껐다가 좀 지워줘", ["docker stop web", "docker rm web"]),
    ("web 껐다가 cache 좀 켜줘", ["docker stop web", "docker start cache"]),
    # docker's words of a read, a courtesy after them
    ("volume ls please", ["docker volume ls"]),
    ("network list pls", ["docker network ls"]),
    ("image ls thanks", ["docker images"]),
    ("container ls please", ["docker ps"]),
    # an image and the noun container: its containers
    ("redis 이미지 컨테이너들 목록", ["docker ps --filter ancestor=redis"]),
    ("httpd 이미지 컨테이너 보여줘", ["docker ps --filter ancestor=httpd"]),
    ("show redis image containers", ["docker ps --filter ancestor=redis"]),
    ("list the httpd image containers", ["docker ps --filter ancestor=httpd"]),
    # English with emoji at its edges
    ("🙏 hi! can u pull alpine? thx", ["docker pull alpine"]),
    ("🙏 web logs up to 5 minutes ago", ["docker logs --until 5m web"]),
    ("stop my-nginx 👍", ["docker stop my-nginx"]),
]

# nothing runs, and no write is proposed
NOTHING = [
    # the chat -ㅁ asked: done?
    "web 껐다 제발", "web 멈춤?", "db 삭제함?", "my-nginx 끔?", "data 날림?", "cache 지워줌?",
    # an intention told with a contraction
    "I'm gonna stop cache", "im going to kill db", "i'll restart my-nginx", "we'll remove data later",
    "i'll be restarting cache", "i will be restarting my-nginx", "we're going to stop web",
    # an order taken back
    "remove db, scratch that", "restart cache. nvm", "stop my-nginx, forget it", "kill web... disregard that",
    "restart db, ignore that", "pause cache nevermind", "data 지워 아 취소",
    # an image or a volume and the noun container, with a remove
    "remove redis image containers", "httpd 이미지 컨테이너 삭제해줘", "pgdata 볼륨 컨테이너 지워",
    # hearsay said before a courtesy
    "someone said please stop cache", "they said could you restart my-nginx", "someone asked can you kill db",
    "he told me please remove web",
    # a courtesy before a yes/no question
    "please is cache stopped?", "pls was my-nginx restarted?", "please is data paused?", "hey, should web be removed?",
]

# asked: the write said is proposed, never run (the necessity with -ㅁ stays a question)
PROPOSED = [
    ("my-nginx 꺼야 함?", ["docker stop my-nginx"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read(text, want):
    ans = answer(text)
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r} -> {list(ans.cli)} ({ans.refusal}), want {want}"


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_runs_and_no_write_is_proposed(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} -> {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"


@pytest.mark.parametrize("text, want", PROPOSED, ids=[t for t, _ in PROPOSED])
def test_proposed(text, want):
    ans = answer(text)
    assert not ans.cli and plan_key(list(ans.proposal)) == plan_key(want), (
        f"{text!r} -> {list(ans.cli)}, proposes {list(ans.proposal)}, want {want} proposed")
