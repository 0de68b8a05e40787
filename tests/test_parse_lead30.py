"""(lead30) Kinds of issue 8 read in session 30, each with wordings of its own beside the table's row; each kind's
never-cases beside it (a write never planned from what is only told, asked or scheduled)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # the asker's own go after the question ("ok? go go"): fresh14 junior "선배 web 재시작 ㄱㅊ? ㄱㄱ"
    ("선배 web 재시작 ㄱㅊ? ㄱㄱ", "docker restart web"),
    ("ㅇㅈ web 재시작", "docker restart web"),  # the yes said first is the go-ahead (as "ㅇㅋ web 재시작")
    ("web 로그 봐도 ㄱㅊ?", "docker logs web"),  # a read asked so is answered
    ("web 재시작해줘 ㅋㅋ", "docker restart web"),  # a laugh after a request changes nothing
    ("restart web lol", "docker restart web"),
    # 좀 between the logs and the verb that dumps them (fresh19 konglish "cache 로그 좀 떠봐")
    ("cache 로그 좀 떠봐", "docker logs cache"),
    ("web 로그 좀 떠 줘", "docker logs web"),
    ("web 로그 좀 긁어줘", "docker logs web"),
    ("web 로그 좀", "docker logs web"),
    # Gyeongsang: 와 (왜) before a verb, 이카노 / 이라노 (이러노: why is it like this) — fresh19 satoori
    ("web 와 이카노 로그 함 보자", "docker logs web"),
    ("web 와 이카노", "docker inspect web ; docker logs --tail 20 web"),
    ("cache 와 이라노", "docker inspect cache ; docker logs --tail 20 cache"),
    ("web 와 cache 꺼줘", "docker stop web cache"),  # 와 the particle (and) stays
    ("와 web 재시작해", "docker restart web"),  # 와 the interjection (wow) changes nothing
    # a Slack link in a message of several sentences is its label (fresh19 slack)
    ("<https://grafana.internal/d/x|dashboard> 보니 cache cpu 튐. cache stats 보여줘", "docker stats --no-stream cache"),
    ("<https://grafana.internal/d/x> 보니 cache cpu 튐. cache stats 보여줘", "docker stats --no-stream cache"),
    # named containers compared by when they came up, were made or restarted: their details (fresh19 compare)
    ("web이랑 my-nginx 중에 뭐가 먼저 떴어?", "docker inspect web my-nginx"),
    ("web이랑 cache 중에 재시작 더 많이 된 거 뭐야", "docker inspect web cache"),
    ("web하고 cache 중에 뭐가 먼저 만들어졌어?", "docker inspect web cache"),
    ("web이랑 cache 중에 뭐가 더 오래됐어?", "docker inspect web cache"),
    ("web이 cache보다 먼저 떴어?", "docker inspect web cache"),
    ("web이랑 cache 중에 뭐가 메모리 더 써?", "docker stats --no-stream web cache"),  # the use: their stats
    ("가장 오래된 컨테이너가 뭐야?", "docker ps -a"),  # none named: the list
    ("web 먼저 재시작하고 cache 꺼", "docker restart web ; docker stop cache"),  # 먼저 without 중: an order
    # a state asked to be denied: its details alone (fresh19 dneg)
    ("web 안 켜져 있는 거 아니지?", "docker inspect web"),
    ("cache 죽은 거 아니지?", "docker inspect cache"),
    ("web 죽었어", "docker inspect web ; docker logs --tail 20 web"),  # a complaint stays the complaint's reads
    # a read negated twice, then asked (fresh19 dneg "web 로그 안 볼 수가 없네, 보여줘")
    ("web 로그 안 볼 수가 없네, 보여줘", "docker logs web"),
    ("cache 상태 안 볼 수 없잖아 알려줘", "docker inspect cache"),
    # a final consonant typed as a key of its own (fresh19 typo "alpine 푸ㄹ 받아줘")
    ("alpine 푸ㄹ 받아줘", "docker pull alpine"),
    ("alpine 푸ㄹ 해줘", "docker pull alpine"),
]

# Asked back (a proposal with yes/no), never run
PROPOSED = [
    # (lead30) chat abbreviations of a permission or a yes asked, typed in jamo (ㄱㅊ = 괜찮아, ㅇㅈ = 인정): they planned
    # the write — the jamo were dropped as chat noise (session 29's note, "seen and left")
    ("web 꺼도 ㄱㅊ?", "docker stop web"),
    ("web 꺼도 ㄱㅊ", "docker stop web"),
    ("web 재시작 ㄱㅊ?", "docker restart web"),
    ("web 재시작 ㄱㅊ", "docker restart web"),
    ("web 재시작해도 ㄱㅊ", "docker restart web"),
    ("web 지워도 ㄱㅊ ㅋㅋ", "docker rm web"),
    ("web 꺼도 ㄱㅊ음", "docker stop web"),
    ("web 꺼도 ㄱㅊ아?", "docker stop web"),
    ("web 재시작 ㅇㅈ?", "docker restart web"),
    ("web 재시작 ㅇㅈ", "docker restart web"),
    # a tag question's "?" then a laugh, a sob or an emoji: still asked (the "?" was dropped and the write ran)
    ("web 재시작 ㅇㅋ? ㅋㅋ", "docker restart web"),
    ("web 재시작 ㅇㅈ? ㅋㅋ", "docker restart web"),
    ("web 재시작 ㅇㅋ? ㅠㅠ", "docker restart web"),
    ("web 재시작 ㅇㅋ? 😂", "docker restart web"),
    ("restart web ok? lol", "docker restart web"),
    ("restart web ok? 🙏", "docker restart web"),
    # typed twice
    ("web 꺼도 ㄱㅊㄱㅊ?", "docker stop web"),
    ("web 재시작 ㅇㅈㅇㅈ?", "docker restart web"),
    ("web 재시작 ㅇㅋㅇㅋ?", "docker restart web"),
]

NOT_RUN = [
    # "restart is fine" (괜찮아 glued to ㄱㅊ): it read ㄱㅊ아 as keys of the other layout, `rcdk`, a second name
    "web 재시작 ㄱㅊ아",
    "web 재시작 ㄱㅊ아?",
    "stop cache, okay? lmao",
    "web 재시작 괜찮?",
    # twice negated, a write: never read so (only a read is); told with nothing asked after it
    "web 안 지울 수가 없네, 지워줘",
    "web 안 끌 수 없잖아 꺼",
    "web 로그 안 볼 수가 없네, web 지워",
    "web 재시작 안 할 수가 없네, 로그 보여줘",
    # a write asked among names is no comparison
    "web이랑 cache 중에 먼저 재시작해",
]

# (breaker30) a subagent's attack on this session's kinds (~1,390 wordings, /tmp/breaker30): every wrong write it found
BREAKER_NOT_RUN = [
    # a Slack link's label is a page's name, never the referent of a request that names nothing (it planned docker rm data)
    "<https://grafana.internal/d/x|data> 보니 이상. 지워줘",
    "<https://grafana.internal/d/x|db> 보니 이상. 재시작해줘",
    "<https://x.slack.com/archives/C1|web> 보니 cpu 튐. 재시작해줘",
    # a word of bare jamo that says something is never dropped (congrats, good work, thanks, wait, sorry: they ran the write)
    "web 재시작 ㅊㅋ",
    "web 재시작 ㅅㄱ",
    "web 재시작해줘서 ㄳ",
    "web 재시작 ㄱㄷ",
    "web 재시작 ㄷㄷ",
    "web 지워 ㅋㅋ ㅈㅅ",
    "web 꺼 ㅈㅅ cache 꺼",
    # a verdict on a name in jamo (web is fine): it restarted both
    "web은 ㄱㅊ cache만 재시작",
    "web ㅇㅋ cache 재시작",
    "cache ㄱㅊ web 꺼",
    "web ㄱㅊ? cache 꺼",
    # a question's "?" then other chat marks
    "web 재시작 ㄱㅊ? ;;",
    "web 재시작 ㄱㅊ? ㄷㄷ",
    "web 재시작 ㄱㅊ? ㅇㅅㅇ",
    # a chat abbreviation is no keys of the other layout (it offered `docker rmi nginx rc`)
    "docker rmi nginx ㄱㅊ",
    "docker rmi redis ㅇㅈ",
    # Gyeongsang 와 (why) and -노 (the ending of a question): asked, never run
    "web 와 멈추노",
    "web 와 지워",
    # told after: it is fine now
    "web 재시작하고 나니 ㄱㅊ",
]

# (breaker30) asked back (a proposal of the one write meant)
BREAKER_PROPOSED = [
    ("web 재시작 ㄱㅊ? ㅡㅡ", "docker restart web"),
    ("cache 삭제 ㄱ? ㅋㅋ", "docker rm cache"),  # the go-sign asked, a laugh after it
    ("cache 삭제 ㄱㄱ? ㅋㅋ", "docker rm cache"),
    ("web 재시작 ㄹㅇ?", "docker restart web"),  # really?
    ("web 지워 ㄹㅇ?", "docker rm web"),
    ("cache 지우라고 ㄹㅇ?", "docker rm cache"),
    ("web 재시작 ㅇㄸ?", "docker restart web"),  # how about it?
    ("cache 지우는 거 ㅇㄸ?", "docker rm cache"),
    ("web 재시작 ㄱㅊㄱㅊ", "docker restart web"),  # typed twice, no "?"
    ("web 재시작 ㅇㅋㅇㅋ", "docker restart web"),
    # the chat go-sign ㄲ asked before a removal, a laugh after it too
    ("cache 삭제 ㄲ?", "docker rm cache"),
    ("cache 삭제 ㄲ? ㅋㅋ", "docker rm cache"),
    ("web 와 재시작하노", "docker restart web"),
    ("web 재시작하노", "docker restart web"),
    ("web 재시작하노 ㅋㅋ", "docker restart web"),  # (breaker30b) Kiwi read 하 and 노 as nouns before a laugh
]

# (breaker30b) a second attack (1,359 wordings, /tmp/breaker30b): a tag question's "?" kept before more words made
# "delete cache ok? i think so" run (the clause after it read as the asker's go) and offered `docker restart db web` for
# "db ok? restart web" — taken back: the "?" is kept only when nothing but chat marks follows it
BREAKER2_NOT_RUN = [
    "delete cache ok? i doubt it",
    "restart web ok? i think so",
    "kill web right? i think so",
    "db ok? restart web",
    "restart web ok? cache is slow",
    # a verdict on a name: ㄱㅊ after another chat word, ㅇㅈ / ㅇㅇ after a name (they restarted both)
    "web은 ㄹㅇ ㄱㅊ cache 재시작",
    "web ㅇㅈ cache 재시작",
    "web ㅇㅇ cache 재시작",
    "web 재시작해줘서 ㄳ",  # thanks for it done
    # wait, said after a request (read as its reason: the wait dropped, the write ran)
    "web 지워줘 기다려",
    "web 꺼줘 기다려",
    "web Rjwnj rlekfu",  # 꺼줘 기다려 typed in the English layout
    # a joke owned after a laugh (read as the request's reason: it ran the write)
    "web 재시작해 ㅋㅋ 농담임",
    "cache 지워줘 장난이야",
]

BREAKER2_READ = [
    # chat noise run together (laughter and the go-sign): it read a container named ㅋㅋㄱㄱ
    ("web 재시작 ㅋㅋㄱㄱ", "docker restart web"),
    ("web 재시작 ㄱㄱㅋㅋ", "docker restart web"),
    ("ㄹㅇㅋㅋ web 재시작", "docker restart web"),
    ("ㅇㅇ web 재시작", "docker restart web"),  # a yes said first
]



BREAKER_READ = [
    ("web 상태 ㅇㄸ?", "docker inspect web"),  # 어때 of a read: its state
    ("ㅈㅂ db 켜줘", "docker start db"),  # please, really, go: chat that changes nothing
    ("캐시 ㄹㅇ 재시작 좀", "docker restart cache"),
    ("web 재시작 ㄱㄱㅆ", "docker restart web"),
    ("web 로그 마지막 10줄 보여ㅜㅓ", "docker logs --tail 10 web"),  # vowels alone: a slip of the keys
    ("okay? restart web", "docker restart web"),  # no request before the tag
]


# every list of a kind above, checked the same way
@pytest.mark.parametrize(("text", "cli"), READ + BREAKER_READ + BREAKER2_READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN + BREAKER_NOT_RUN + BREAKER2_NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
    assert not any(n in c for c in ans.proposal for n in ("db web", "web cache")), ans  # never one more name offered


@pytest.mark.parametrize(("text", "cli"), PROPOSED + BREAKER_PROPOSED)
def test_proposed(text: str, cli: str) -> None:
    ans = answer(text)
    assert not ans.planned and " ; ".join(ans.proposal) == cli, ans
