"""f23y: fresh23's chat kinds, each fixed as a kind (issue 8).
- hangul-en: docker's words spelt in Hangul (로그스, 스탯츠, 알엠아이, 스탑된, 인스펙트 떠줘, 테일 N개) read as the words;
- thread: a reply pointing up at a Slack quote ("^ 이거 해줘", "^ same, but cache", "^ 이제 풀어줘", "^ 이번엔 실시간으로");
- handover: a work event said as its verb, nominalized, before 전에 ("넘기기 전에 …") is context;
- tutorial: a lesson the speaker follows, said first ("I'm doing a course lab: …"), sets a plain request off — "I'm
  testing gorae: …", "I'm restarting web" still never run;
- abbrev: 급함 after a jamo abbreviation is 급하다 ("ㄹㅇ 급함 web 재시작 ㄱ");
- esl: a verb of gorae's in the past or -ing after "can you" / "please" is the verb ("Can you stopped the my-nginx?");
- emoji: a stop sign said first and last frames a stop ("🛑 stop my-volume 🛑"); said first only it stays refused."""
import pytest
from test_wordings_fresh import answer

READ = [
    # hangul-en (fresh23 + invented)
    ("cache 로그스 보여줘", ["docker logs cache"]),
    ("my-nginx 로그스 50줄", ["docker logs --tail 50 my-nginx"]),
    ("web 로그스 팔로우 해줘", ["docker logs -f web"]),
    ("cache 스탯츠 좀 보여줘", ["docker stats --no-stream cache"]),
    ("web 스탯스 보여줘", ["docker stats --no-stream web"]),
    ("busybox 이미지 알엠아이 해줘", ["docker rmi busybox"]),
    ("alpine 이미지 알엠아이", ["docker rmi alpine"]),
    ("web 컨테이너 인스펙트 좀 떠줘", ["docker inspect web"]),
    ("cache 인스펙트 떠줘", ["docker inspect cache"]),
    ("web 상세 정보 좀 떠줘", ["docker inspect web"]),
    ("web 상세정보 좀", ["docker inspect web"]),  # 좀 last, no dump: as before
    ("작업 전에 db 컨테이너 상세 정보 한번 보여주시겠어요", ["docker inspect db"]),
    ("web 로그 테일 100개만", ["docker logs --tail 100 web"]),
    ("cache 로그 꼬리 30개", ["docker logs --tail 30 cache"]),
    ("스탑된 컨테이너 프룬 돌려줘", ["docker container prune"]),
    ("스톱된 컨테이너 다 지워줘", ["docker container prune"]),
    # thread: a reply pointing up at the quote
    ("> cache 재시작해줘\n^ 이거 해줘", ["docker restart cache"]),
    ("> web 로그 100줄\n^ 이번엔 cache로", ["docker logs --tail 100 cache"]),
    ("> docker logs --tail 20 web\n^ 이거 다시 한 번", ["docker logs --tail 20 web"]),
    ("> data 일시정지\n^ 이제 풀어줘", ["docker unpause data"]),
    ("> web 로그 보여줘\n^ 이번엔 실시간으로", ["docker logs -f web"]),
    ("> restart my-nginx\n^ do this pls", ["docker restart my-nginx"]),
    ("> pause data\n^ same for my-volume", ["docker pause my-volume"]),
    ("> restart web\n^ same, but cache", ["docker restart cache"]),
    ("> docker pull redis\n^ run this one", ["docker pull redis"]),
    ("> stop cache\n^ 이거 부탁해요", ["docker stop cache"]),
    ("> cache 로그 보여줘\n↑ 이번엔 web으로", ["docker logs web"]),
    ("> stop web\n^ same, but data", ["docker stop data"]),
    ("> cache 일시정지\n^ 이제 재개해줘", ["docker unpause cache"]),
    # handover: said as its verb before 전에
    ("넘기기 전에 pgdata 볼륨 상세 정보 떠 주세요", ["docker volume inspect pgdata"]),
    ("넘기기 전에 web 재시작해줘", ["docker restart web"]),
    ("넘겨주기 전에 web 로그 보여줘", ["docker logs web"]),
    # tutorial: a lesson said first
    ("I'm doing a course lab: create a volume called labvol23", ["docker volume create labvol23"]),
    ("I'm following a docker tutorial: pull alpine", ["docker pull alpine"]),
    ("we're doing a workshop: stop web", ["docker stop web"]),
    # esl: a verb in the past or -ing after a modal or please
    ("Can you stopped the my-nginx?", ["docker stop my-nginx"]),
    ("could you started db", ["docker start db"]),
    ("Please to delete all of stopped container", ["docker container prune"]),
    ("Please connecting cache in backend network", ["docker network connect backend cache"]),
    ("Please stopping web", ["docker stop web"]),
    ("please stopped containers all delete", ["docker container prune"]),  # stopped, an adjective after please
    # abbrev
    ("ㄹㅇ 급함 web 재시작 ㄱ", ["docker restart web"]),
    ("급함 ㅠㅠ web 로그 ㄱ", ["docker logs web"]),
    # emoji: a stop sign framing a stop
    ("🛑 stop my-volume 🛑", ["docker stop my-volume"]),
    ("🛑 web 꺼줘 🛑", ["docker stop web"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want, answer(text)


NOTHING = [
    # hangul-en negatives: a word asked about, two verbs
    "알엠아이가 뭐야?",
    "web 로그스 지워줘",
    # thread: what points up but takes back, asks, or acknowledges
    "> web 삭제해줘\n^ 하지마",
    "> web 재시작해줘\n^ ㄴㄴ",
    "> web 로그 보여줘\n^ 이거 뭐야?",
    "> stop web\n^ no",
    "> web 재시작했어요\n^ 👍",
    "> web 재시작했어요\n^ 이거 해줘",
    "> cache 재시작해줘\n이거 해줘",  # no pointer, no again: left as before
    "> data 지워줘\n^ 이거 다시?",
    "> rm data\n^ 저도",
    # esl negatives: the past told, asked
    "I stopped web",
    "you stopped web?",
    "Did you stopped web?",
    # handover negatives
    "넘기기 전에 정리할게요",
    "넘기기 전에 web 재시작 하지 마",
    "넘기기 전에 지워줘",
    # tutorial negatives: a task of the speaker's own, a verb of gorae's said first
    "I'm doing cleanup: remove data",
    "I'm testing gorae: remove data",
    "I'm restarting web",
    "I'm restarting web: remove data",
    "I'm doing a course lab: don't remove data",
    "I'm doing a course lab",
    # abbrev
    "ㄹㅇ 급함",
    "web 급함",
    "web 재시작 ㄷㄷ",  # trembling after the verbal noun: never run (test_parse_lead30)
    # emoji: said first only, or with another verb, or a no-entry sign
    "🛑 stop my-volume",
    "🛑 restart web 🛑",
    "✋ rm web ✋",
    "🛑 stop 🛑 web 🛑",
    "⛔ stop web ⛔",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_written_nor_run(text):
    got = answer(text)
    writes = [c for c in got.cli if not c.startswith(("docker ps", "docker logs", "docker inspect", "docker stats",
                                                      "docker images", "docker volume inspect"))]
    assert not writes, got
