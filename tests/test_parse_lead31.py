"""(lead31) Wrong-write kinds of issue 8 fixed in session 31 (session 30's "seen and left"), each with wordings of its
own; each kind's reads beside it (what must still run as read)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

NOT_RUN = [
    # a question closing the sentence with no "?" typed: -나 (Kiwi: 하나 the number one), -니 (Kiwi: a connective),
    # on a need (필요 있나) or the future (할 거니) — each ran the write
    "web 재시작하나",
    "web 재시작 하나",
    "web 중지하나",
    "web 재시작하니",
    "web 재시작 하니",
    "web 재시작하니.",
    "web 재시작하니 ㅋㅋ",
    "web 재시작해주니",
    "web 재시작할 거니",
    "web 재시작 하냐구",
    "web 멈출 필요 있나",
    # a verdict of ok on a name before another (or said last after a comma): it restarted both
    "web ok cache 재시작",
    "web은 ok cache 재시작",
    "web 👍 cache 재시작",
    "web👍 cache 재시작해줘",
    "web 👍, cache 재시작",
    "web 👍🏻 cache 재시작",
    "web :+1: cache 재시작",
    "restart cache, web ok",
    "restart cache, web 👍",
    # (breaker31) stop + a verb's -ing: what to cease (it killed web)
    "stop killing web",
    "stop stopping web",
    "please stop removing cache",
    # (breaker31) the speaker offering or able: never an order
    "want me to restart web",
    "want me to stop cache?",
    "I can rm cache",
    "so i can rm cache?",
    # (breaker31) a slip or a correction between two names of one write: never both
    "web 꺼줘 아 cache",
    "web 지워 미안 cache",
    "rm web oops cache",
    "restart web uh cache",
    "web 아 cache 꺼줘",
    # (breaker31) a request said to someone named first: never an order to gorae
    "bob can you restart web",
    "alice can you rm cache",
    "jane can u kill web",
    # (breaker31) a name said as what owns or serves the next one: never both
    "web의 cache 꺼",
    "web용 cache 재시작",
    "web 쪽 cache 재시작",
    "my-volume의 data 재시작",
    "web 전용 cache 지워",
    "web 재시작 정정 cache",
    "web 꺼줘 아차 cache",
    # (breaker31) a strike inside italics takes the words back
    "_~restart web~_",
    "restart web :thinking:",  # Slack's alias of the doubt emoji
    "sure, let's just delete web 🙄",  # sarcasm
    "restart web 🙃",
    "cache got stopped",  # the past told
    "gorae: docker restart web ✓",  # the bot's own answer pasted back, ticked
    "if you don't mind, don't restart web",  # a courtesy never hides a negation
    "restart web, we don't use it",  # the reason asks no restart
    "kinda want to restart cache tbh",  # a wish with a laugh: venting
    "i wanna restart web lol",
    # lead34: courtesy-if decided — the request runs ("if possible, restart web" moved to READ)
    "if possible, don't restart web",  # a courtesy never hides a negation
    "if possible, restart web if it is down",  # … nor a condition on a state
    # (breaker31b) an opener said first hid the guards' words
    "If you don't mind, I can rm cache",
    "When you have a moment, want me to restart web?",
    "quick, want me to restart web",
    "ok, Bob can you restart web",
    "hey Jane, stop cache",  # a greeting then a name: someone else
    "hey bob, restart web",
    "restart cache, web ok",
    "restart cache, web 👍",
    "web 재시작 잠깐만",
    "web 느리거든 재시작해",
    "web 멈출 필요 있나?",  # the need asked with its "?" too
    "web 👍 👍 cache 재시작",  # a verdict typed twice, or green
    "web 🟢 cache 재시작",
    "web 의 cache 꺼",  # the owner's particle spaced
    "web 용 cache 재시작",
    "web쪽 cache 재시작",
    "restart cache 👍 web",  # a verdict between two names after the verb
    "web 꺼줘 헐 cache",  # more slips between two names
    "web 음 cache 꺼줘",
    "stop web hmm cache",
    "create a volume for web",  # the one it is for, never the new one's name
    "Bob please restart web",  # a name then please: someone else asked
    "jane pls stop cache",
    "make a network for web",
    # (fresh20) an aside in brackets that makes a step of its own: asked, never run
    "db 켜줘 (etl 돌려야 함)",
    "web 꺼줘 (그리고 지워줘)",
]

# (breaker31) the noun of a write made a topic by the noun after it: asked back, never run
TOPIC = [
    ("web 중지 여부", "docker stop web"),
    ("web 재시작 결과 알려줘", "docker restart web"),
    # (breaker31) the contents as often as the container: asked back ("wipe db" without "the" stays rm: fresh6's row)
    ("cache 안에 있는거 지워", "docker rm cache"),
    # (breaker31) a task labelled in a list, a plan or a notice: told, asked back
    ("todo: web 재시작", "docker restart web"),
    ("📢 web 재시작", "docker restart web"),
    ("option A: restart web", "docker restart web"),  # an option or a vote put to the channel
    ("let's vote: restart web?", "docker restart web"),
]

PROPOSED = [
    # a tag question after a write, then more words (normalize dropped its "?"): each ran
    ("restart web ok? cache too", "docker restart web cache"),
    ("restart web, ok? then cache too", "docker restart web cache"),
    ("restart web right? and cache", "docker restart web cache"),
    ("web 재시작 ㄹㅇ? 지금?", "docker restart web"),
    ("web 재시작 ㅇㅋ? cache도", "docker restart web cache"),
    ("cache 지워 ㄱㅊ? 급함", "docker rm cache"),
    ("restart web, yeah? thx", "docker restart web"),
    ("web 재시작합니까", "docker restart web"),  # the formal question with no "?": asked, as with it
    ("cache 삭제합니까", "docker rm cache"),
    # the need asked in the chat -ㅁ ("있어?" was asked already): it ran
    ("web 멈출 필요 있음?", "docker stop web"),
]

READ = [
    ("ok? restart web", "docker restart web"),  # no write before the tag: the go
    ("restart web ok", "docker restart web"),
    ("restart web 👍", "docker restart web"),  # a thumbs-up anywhere else is chat noise
    ("👍 restart web", "docker restart web"),
    ("web 재시작 👍", "docker restart web"),
    ("restart web :+1:", "docker restart web"),
    ("web, cache 재시작 👍", "docker restart web cache"),
    ("web ok, restart cache", "docker restart cache"),
    ("nginx 하나 띄워", "docker run -d nginx"),  # 하나 before a verb: the number
    ("web 재시작해줘.", "docker restart web"),  # a "." typed closes a request as before
    ("web 지워.", "docker rm web"),
    ("nginx 이미지 있음?", "docker images nginx"),  # whether it is there: a read answered
    # (fresh20) a name after "for" is the purpose of a write, never one more thing pulled
    ("pull nginx:1.25 for the canary pls", "docker pull nginx:1.25"),
    ("pull redis for testing", "docker pull redis"),
    ("pull redis and alpine", "docker pull redis ; docker pull alpine"),
    ("restarts for web and cache", "docker restart web cache"),  # "for" first names the targets
    ("nginx 띄워 (8080 포트로)", "docker run -d -p 8080:80 nginx"),  # an aside that is an option stays read
    ("cache 재기동 건 진행 부탁드립니다", "docker restart cache"),  # 건 of the matter asked for: the request
    ("web이랑 cache 재시작", "docker restart web cache"),
    ("아 web 재시작해줘", "docker restart web"),
    ("ofc, restart cache", "docker restart cache"),  # chat openers and the bot's name are no one else
    ("gorae, restart web", "docker restart web"),
    ("quick, restart web", "docker restart web"),
    ("cache, restart", "docker restart cache"),
    ("mike, show me the logs of web", "docker logs web"),  # a read said so is answered
    ("remove db", "docker rm db"),
    ("wipe db", "docker rm db"),
    ("drop web", "docker rm web"),
    ("_restart web_", "docker restart web"),
    ("restart ~cache~ web", "docker restart web"),
    ("web과 cache 재시작", "docker restart web cache"),
    ("note: web 로그 보여줘", "docker logs web"),
    ("let's restart web", "docker restart web"),
    ("can I stop data? please do it", "docker stop data"),  # leave asked, then the go: no offer
    ("backend에 web 연결, 아니 cache 연결", "docker network connect backend cache"),  # 아니: the correction read
    ("web 컨테이너에서 cat /etc/hostname 실행 결과 회신 부탁드립니다", "docker exec web cat /etc/hostname"),
    ("web 재시작해 줘, 고객 문의가 계속 들어와서", "docker restart web"),  # 문의 of another noun: the reason
    ("restart cache for web", "docker restart cache"),  # the purpose
    # (fresh20 genz) Gen-Z chat: noise, cooked = broken, an intensifier glued to a predicate, the bot addressed
    ("lowkey web is cooked, restart it", "docker restart web"),
    ("yo bot restart my-nginx fr", "docker restart my-nginx"),
    ("web be lagging ngl", "docker inspect web ; docker logs --tail 20 web"),
    ("no cap cache is dead", "docker inspect cache ; docker logs --tail 20 cache"),
    ("bot pls show whats running 🙏", "docker ps"),
    ("web 재시작 ㄱㄱ 개급함 ㅠ", "docker restart web"),
    ("ㄹㅇ web 개느림", "docker inspect web ; docker logs --tail 20 web"),
    ("web 개수 알려줘", "docker inspect web"),  # 개수 is a word of its own (a count), no intensifier
    # (fresh20 junior, polite-en) a courtesy said first or last
    ("If you don't mind, could you show me the logs of cache?", "docker logs cache"),
    ("if possible, restart web", "docker restart web"),  # lead34: courtesy-if decided — the request runs
    ("When you have a moment, could you unpause my-volume? Thanks so much", "docker unpause my-volume"),
    ("sorry if this is a dumb question, but could you show me the logs of cache?", "docker logs cache"),
    ("not sure if this is right but could you pause my-volume please", "docker pause my-volume"),
    ("no rush, but restart cache", "docker restart cache"),
    ("Please and thank you: restart my-nginx", "docker restart my-nginx"),
    ("I would be grateful if you could start db", "docker start db"),
    ("Might I trouble you for web's logs?", "docker logs web"),
    ("restart web 😅 sorry for the noise", "docker restart web"),
    # (fresh20 network) the reason of its users; 쭉 (all the way) changes nothing
    ("delete network backend, we don't use it", "docker network rm backend"),
    ("remove web, i don't need it anymore", "docker rm web"),
    ("네트워크 목록 쭉 보여줘", "docker network ls"),
    ("cheers, now restart cache as well", "docker restart cache"),  # a chat word with a comma is no one addressed
    ("what can you do restart web", "docker restart web"),
    ("get cache stopped", "docker stop cache"),  # asked for done
    # (breaker31b) what the second attack found the guards took from the reads and requests before them
    ("restart web and cache ok", "docker restart web cache"),  # the asker's ok, no comma
    ("restart web and cache 👍", "docker restart web cache"),
    ("stop web and cache, ok", "docker stop web cache"),
    ("restart cache for web too", "docker restart cache web"),  # "for … too": one more
    ("restart cache, for web as well", "docker restart cache web"),
    ("web 죽었거든 재시작해줘", "docker restart web"),  # -거든 after the past: the reason
    ("Morning, restart web", "docker restart web"),  # a phone's capital, no one addressed
    ("hey there, restart web", "docker restart web"),
    ("hey team, restart web", "docker restart web"),
    ("hey gorae, restart web", "docker restart web"),
    ("web 꺼, 아 cache도", "docker stop web cache"),  # one more, said so
    ("web 꺼줘 아 그리고 cache도", "docker stop web cache"),
    ("web 로그 잠깐만", "docker logs web"),  # a hold after a read: the read
    ("cache 상태 잠시만", "docker inspect cache"),
    ("db 켜져 있나?", "docker inspect db"),  # a state asked with -나: its details
    ("remove cache, web doesn't need it anymore", "docker rm cache"),  # another thing's need told: the reason
    ("create volume named data2", "docker volume create data2"),
    ("음 web 재시작해줘", "docker restart web"),
    ("team please restart web", "docker restart web"),
    ("someone please restart web", "docker restart web"),
    ("web 재시작해 주시겠습니까", "docker restart web"),  # asked of gorae: a request
    ("try restarting my-nginx again", "docker restart my-nginx"),  # (fresh20 retry) try / retry -ing: the verb
    ("retry the pull of redis", "docker pull redis"),
    ("web 로그 있나?", "docker logs web"),
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
    assert not any(n in c for c in ans.proposal for n in ("web cache", "cache web")), ans  # never one more name


@pytest.mark.parametrize(("text", "cli"), PROPOSED + TOPIC)
def test_proposed(text: str, cli: str) -> None:
    ans = answer(text)
    assert not ans.planned and " ; ".join(ans.proposal) == cli, ans


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans
