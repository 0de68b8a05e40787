"""lead28: what is told around a request, read as context (the request alone), that was refused —
- English: a question that asks, then a sentence the asker tells of themselves ("can you start db? need to run my etl":
  the "?" was dropped and the two ran together — two verbs); a need said with its subject left unsaid; the asker's name
  before the request and an aim after it ("QA here, can you restart cache so i get a clean state");
- English: a statement told before the request, set off by ";" or ", but"/", so" (bot/language/preamble_en.py): "I was
  told web had an outage this morning; could you show me its recent logs?", "we talked about removing web, but for now
  just stop it" — its pronoun is the one thing the statement says something of;
- Korean: a read that names nothing after a report of one thing ("오늘 오전에 web에 문제가 있었다고 들었는데, 지금 로그를 좀
  보여주시겠어요?"); a clause of context between the report and the request; a thing not used any more, said before the
  verb (as "no need": "backend 네트워크는 이제 안 써요, 지워 주세요"); a correction of what was offered ("아니요 그거 말고 web
  로그요"); a name said with what was done to it ("아까 재시작한 web 로그 좀"); business Korean ("혹시 시간 괜찮으실 때 …",
  "… 재시작 건 승인되었으므로 진행 부탁드립니다", -(으)므로)."""
import pytest
from test_wordings_fresh import answer

READ = [
    # a question, then what the asker tells
    ("can you start db? need to run my etl", ["docker start db"]),
    ("is the db container up? i need to run a query", ["docker inspect db"]),
    ("can you restart web? i need to deploy", ["docker restart web"]),
    ("could you restart cache? we're seeing errors", ["docker restart cache"]),
    ("can you stop data? gotta take a snapshot", ["docker stop data"]),
    ("QA here, can you restart cache so i get a clean state", ["docker restart cache"]),
    ("hey, could you stop web so we can patch it", ["docker stop web"]),
    # a statement told first
    ("I was told web had an outage this morning; could you show me its recent logs?", ["docker logs web"]),
    ("i know you restarted it yesterday, but restart web again", ["docker restart web"]),
    ("we talked about removing web, but for now just stop it", ["docker stop web"]),
    ("i'm heading into a meeting so please restart web now", ["docker restart web"]),
    ("she said cache crashed; restart it", ["docker restart cache"]),
    ("we removed data, but restart cache", ["docker restart cache"]),
    # Korean: a read after a report of one thing
    ("오늘 오전에 web에 문제가 있었다고 들었는데, 지금 로그를 좀 보여주시겠어요?", ["docker logs web"]),
    ("web 재시작했는데 상태 좀 보여줘", ["docker inspect web"]),
    ("web 로그 봤는데 이상해서 그런데 cache 재시작해줘", ["docker restart cache"]),
    # not used any more
    ("backend 네트워크는 이제 안 써요, 지워 주세요", ["docker network rm backend"]),
    ("web 더 이상 사용하지 않으니 지워줘", ["docker rm web"]),
    ("web 안 쓰니까 꺼줘", ["docker stop web"]),
    ("web 이제 사용 안 해요 지워주세요", ["docker rm web"]),
    # a correction of what was offered
    ("아니요 그거 말고 web 로그요", ["docker logs web"]),
    ("그거 말고 cache 재시작해줘", ["docker restart cache"]),
    ("아니 이거 말고 cache 재시작", ["docker restart cache"]),
    # a name said with what was done to it
    ("아까 재시작한 web 로그 좀", ["docker logs web"]),
    ("어제 띄운 cache 상태 보여줘", ["docker inspect cache"]),
    # business Korean
    ("혹시 시간 괜찮으실 때 cache 컨테이너 프로세스 목록 좀 확인해 주실 수 있을까요?", ["docker top cache"]),
    ("시간 되실 때 cache 재시작 부탁드려요", ["docker restart cache"]),
    ("편하실 때 web 로그 보여주세요", ["docker logs web"]),
    ("cache 컨테이너 재시작 건 승인되었으므로 진행 부탁드립니다.", ["docker restart cache"]),
    ("승인되었으므로 cache 컨테이너 재시작 진행 부탁드립니다.", ["docker restart cache"]),
    # English: a question, then a sentence of a noun and its verb
    ("can you restart cache for me? tests are failing against it", ["docker restart cache"]),
    ("can you restart cache? the build is red", ["docker restart cache"]),
    # Korean: a clause that says one thing, then a request that names nothing (bot/language/antecedent_ko.py)
    ("제 앱이 web 컨테이너에서 도는데 로그 좀 볼 수 있을까요?", ["docker logs web"]),
    ("cache 쪽이 좀 이상한데 로그 볼 수 있어요?", ["docker logs cache"]),
    ("pgdata 볼륨이 거의 찼는데 상세 좀 보여줘", ["docker volume inspect pgdata"]),
    ("web에 배포한 게 반영이 안 된 것 같은데 재시작 한번 해주실래요?", ["docker restart web"]),
    ("web이 안 열리는데 재시작 좀", ["docker restart web"]),
    ("cache가 느리다는데 확인 좀 해줘", ["docker inspect cache", "docker logs --tail 20 cache"]),
    # who told it, then what was heard and the request
    ("수진이가 그러는데 cache가 느리대. 확인 좀 해줘", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("민수가 그러던데 web 로그 좀 봐줘", ["docker logs web"]),
    ("수진이가 그러는데 web 재시작 좀 해줘", ["docker restart web"]),
    ("web이 요즘 자주 죽는다는데 로그 좀 볼 수 있을까요", ["docker logs web"]),
    # English: a thing its users do not need, then the request of it (asked with "can we" too)
    ("I dont need the data one anymore, can we shut it down?", ["docker stop data"]),
    ("we don't need the pgdata volume anymore, delete it", ["docker volume rm pgdata"]),
    ("we don't need web anymore, can we remove it?", ["docker rm web"]),
    # a statement told before a plain comma; a thing told of with its verb; a time it happened
    ("the alert fired at 3am, show me cache logs from the last hour", ["docker logs --since 1h cache"]),
    ("the job failed at 14:02, restart db", ["docker restart db"]),
    ("we stopped web, remove it", ["docker rm web"]),
    ("i restarted web, remove cache", ["docker rm cache"]),
    # what a tool or a person reports, said first
    ("dashboard says cache is slow, show logs", ["docker logs cache"]),
    ("<https://grafana.example.com|dashboard> says cache is slow, show logs", ["docker logs cache"]),
    ("grafana says web is down, check status", ["docker inspect web", "docker logs --tail 20 web"]),
    # a ban on touching one thing, then "but" and the request
    ("don't touch web, but restart cache", ["docker restart cache"]),
    ("never touch db, but stop cache", ["docker stop cache"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


NEVER = [
    # the asker's doubt, a request inside the statement, or the request leaning on it
    "remove web? i think so",
    "i want you to remove web, but stop it first",
    "we talked about removing web, but stop it first",
    "did you restart web? i need to know",
    "can you stop web? gotta remove cache too",
    # Korean: a write that names nothing after a report; two things told; a ban; a time; a rejection
    "web 재시작했는데 지워줘",
    "web 안 지워",
    "일시정지했던 data 지워",  # remove it, or lift the pause? a write is never read past the name's description
    "아까 껐던 web 다시 켜줘",  # (not read yet: a write after a description is refused, never guessed)
    "web 안 쓰니까 지우지 마",
    "그거 말고 다 지워",
    "나중에 시간 되실 때 web 지워주세요",
    "web 삭제 건 반려되었으므로 진행 부탁드립니다",
    "web 삭제 건 거절됐으니 진행 부탁드립니다",
    "web 재시작 건 취소됐으니 진행 부탁드립니다",
    # a clause that tells (no complaint) before a write naming nothing; the thing not first; two things
    "web에 배포했는데 지워줘",
    "web 쉘 붙어서 보고 싶은데",  # no request said: what is wished for, never a look at web
    "제 앱이 web에서 안 도는데 재시작해줘",
    "web 지웠는데 재시작해줘",
    # an order heard is never run
    "수진이가 그러는데 web 지우래",
    "민수가 그러던데 web 지우지 마",
    "we don't need web anymore, don't remove it",
    "we don't need web anymore, restart it",  # not needed, so restarted? never the reason's request
    "the alert fired, restart it",  # it? nothing named
    "grafana says remove web",  # an order relayed: never run
    "someone said web is throwing 503s, restart it",  # the restart may be what was said
    "sentry says web is throwing errors, restart it",
    "i accidentally removed web, restart it",  # it is gone: asked
    "the deploy finished, now restarting web",  # announced
    "web 지우니까 로그 보여줘",  # a verb of gorae's said of the thing in the clause
    "do not touch web, but restart web",
    "don't touch web, but remove everything",
]


@pytest.mark.parametrize("text", NEVER)
def test_never_the_write(text):
    a = answer(text)
    assert not a.cli, a


def test_two_things_complained_of_each_read():
    assert list(answer("web이랑 cache가 느린데 로그 보여줘").cli) == ["docker logs web", "docker logs cache"]


def test_two_things_told_never_one_read_of_them():
    # which one's logs? asked, never one guessed
    assert not answer("web이랑 cache 재시작했는데 로그 보여줘").cli


def test_a_request_in_the_question_then_a_second_one_is_both():
    # "i need you to …" asks gorae: never left out as the asker's own need
    assert list(answer("can you remove web? i need you to remove cache").cli) == ["docker rm web cache"]
