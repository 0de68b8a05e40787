"""brk34a: breaker34's wrong writes of six kinds, each kept as a test with wordings of the same kind and near ones that
still run (bot/language/outside.py `state_widened`, `check_said_run_en`, `incident_told`, `banned_said`,
`label_unknown`, `compound_names`, `count_mismatch`, `go_signal_said`):
1. a state no docker filter reads said of all ("restart whatever is broken", "응답 없는 거 다 재시작") never widens to
   every running container;
2. "run a check on db" is a look at db, never a start, a run of the image nor an exec of "a check";
3. incident words: "cache OOM kill again", "pull access denied for nginx", "tag nginx error" are incidents told (the
   slang "nginx 까봐" stays a pull, as tests/test_parse_blind.py and fresh5 read it);
4. a ban said by a word the grammar has no negation for ("stop the kill of cache", "cache 중지 삼가", "data 삭제 금물");
5. a label first: an unknown "label:" before a write is asked back ("bold move: rm data", "2단계: data 삭제", "알림: data
   삭제"); example/contingency leads ("for instance, rm data", "worst case, rm data") are refused (a reminder, "data 삭제
   잊지 마", stays the request the tables read);
6. two names as a compound in a removal ("remove cache data"), a count that doesn't match ("restart both: web, cache, data"), a
   go-signal still to come ("restart web on my ok")."""
import pytest
from test_wordings_fresh import answer


def _nothing_runs(text: str) -> None:
    a = answer(text)
    assert not a.cli, a


def _not_offered(text: str) -> None:
    a = answer(text)
    assert not a.cli and not a.proposal, a


# 1. a state said of all ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # breaker34's
    "restart whatever is broken", "restart whatever's stuck", "restart whatever is slow", "restart whatever crashed",
    "restart whatever needs it", "restart everything that's broken", "restart all broken containers",
    "restart all stuck containers", "restart all the slow ones", "restart everything erroring",
    "restart all erroring containers", "kill all stuck containers", "kill all erroring containers",
    "stop all the slow ones", "응답 없는 거 다 재시작", "에러 나는 거 다 재시작", "응답 없는 거 다 꺼",
    # invented
    "restart every flaky container", "restart whatever is acting up", "kill everything that's hung",
    "stop all the laggy ones", "오류 나는 거 전부 꺼", "먹통인 거 다 재시작",
])
def test_a_state_no_filter_reads_never_widens_to_all(text):
    _not_offered(text)


@pytest.mark.parametrize("text,cli", [
    ("restart whatever is running", ["docker restart $(docker ps -q)"]),
    ("restart all running containers", ["docker restart $(docker ps -q)"]),
    ("restart everything", ["docker restart $(docker ps -q)"]),
    ("stop every single container", ["docker stop $(docker ps -q)"]),
    ("stop all of them", ["docker stop $(docker ps -q)"]),
    ("떠 있는 거 죄다 재시작", ["docker restart $(docker ps -q)"]),
    ("실행 중인 거 다 꺼", ["docker stop $(docker ps -q)"]),
    ("모든 컨테이너 재시작", ["docker restart $(docker ps -q)"]),
    ("web is stuck, bounce it", ["docker restart web"]),
])
def test_all_said_as_what_runs_still_runs(text, cli):
    assert list(answer(text).cli) == cli


# 2. run a check on X ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "run a check on db", "run a quick check on db", "execute a check on db", "run a check against db",
    "execute a status check on db", "run a quick status on db", "run a check on nginx", "run a security scan on nginx",
    "run a sanity check on data", "run a test on cache", "run a scan on web", "run diagnostics on cache",
    "run a health check on web", "run command of web",
    # invented
    "run an audit on cache", "perform a quick check on db", "run a benchmark against web", "run checks on data",
])
def test_a_check_run_on_a_name_is_no_write(text):
    _not_offered(text)


@pytest.mark.parametrize("text,cli", [
    ("run nginx", ["docker run -d nginx"]),
    ("run ls on web", ["docker exec web ls"]),
    ("run redis-cli ping on cache", ["docker exec cache redis-cli ping"]),
    ("execute ls on cache", ["docker exec cache ls"]),
    ("run a new nginx on port 8080", ["docker run -d -p 8080:80 nginx"]),
    ("run a container of nginx", ["docker run -d nginx"]),
    ("run df -h on web", ["docker exec web df -h"]),
])
def test_a_command_or_an_image_run_still_runs(text, cli):
    assert list(answer(text).cli) == cli


# 3. slang and incident words -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "cache OOM kill again", "OOM kill on cache", "kernel OOM kill cache", "cache: OOM kill", "cache OOM kill",
    "cache 또 OOM kill", "oom kill cache?", "pull access denied for nginx", "pull access denied nginx",
    "tag nginx error",
    # invented
    "web oom-kill again", "pull permission denied for redis", "tag nginx failed",
])
def test_slang_and_incident_words_are_no_write(text):
    _not_offered(text)


@pytest.mark.parametrize("text,cli", [
    # 까봐 said of an image is its pull as the project reads it (fresh5, tests/test_parse_blind.py): left as it is
    ("httpd 이미지 까봐", ["docker pull httpd"]),
    ("nginx 까봐", ["docker pull nginx"]),
    ("web 로그 까봐", ["docker logs web"]),
    ("nginx 받아봐", ["docker pull nginx"]),
    ("kill cache", ["docker kill cache"]),
    ("pull nginx", ["docker pull nginx"]),
    ("tag nginx nginx:prod", ["docker tag nginx nginx:prod"]),
    ("docker tag nginx error", ["docker tag nginx error"]),
    ("restart web, it's throwing errors", ["docker restart web"]),
])
def test_near_ones_still_run(text, cli):
    assert list(answer(text).cli) == cli


# 4. bans by words the grammar has no negation for ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "stop the kill of cache", "stop the kill on cache", "halt the cache stop", "cache 중지 삼가", "삼가 cache 중지",
    "data 삭제 삼가", "prevent web from restarting", "block the web restart", "postpone the web restart",
    "delay the web restart", "data 삭제 주의", "data 삭제 금물", "data 삭제 반려", "data 삭제 불가", "data 삭제 조심",
    "data 삭제 지양", "data 삭제 기각", "data 삭제 거절", "cache 중지 자제", "cache 중지 자제 부탁", "web 재시작 불요",
    "kill the cache stop", "stop the cache kill", "reverse the rm of data", "end the cache pause",
    # invented
    "web 재시작 금지", "cache 중지 엄금", "abort the data removal", "keep cache from stopping",
])
def test_a_ban_never_offers_the_write(text):
    _not_offered(text)


@pytest.mark.parametrize("text,cli", [
    ("stop the web container", ["docker stop web"]),
    ("stop the cache", ["docker stop cache"]),
    ("kill the cache container", ["docker kill cache"]),
    ("stop cache and kill web", ["docker stop cache", "docker kill web"]),
    ("위험하니까 cache 꺼줘", ["docker stop cache"]),
    ("주의해서 web 재시작해줘", ["docker restart web"]),
    ("web 재시작 부탁", ["docker restart web"]),
])
def test_near_requests_still_run(text, cli):
    assert list(answer(text).cli) == cli


# 5. labels first -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "for instance, rm data", "worst case, rm data", "worst case scenario: rm data", "to illustrate, rm data",
    "for practice, stop cache", "yeah right, rm data", "note to self: rm data", "교육용: data 삭제",
    "pro tip: restart web", "bold move: rm data", "life hack: rm data",
    # invented
    "like for example, stop cache", "in theory, rm data", "최악의 경우 data 삭제", "worst-case scenario, stop cache",
])
def test_an_example_or_a_contingency_never_runs(text):
    _nothing_runs(text)


@pytest.mark.parametrize("text,cli", [
    # the tables read a reminder as the request (fresh7, break: "don't forget to restart web", "web 재시작 잊지 마")
    ("don't forget to restart web", ["docker restart web"]),
    ("web 재시작 잊지 마", ["docker restart web"]),
    ("remember to stop cache", ["docker stop cache"]),
])
def test_a_reminder_stays_the_request_the_tables_read(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", [
    "then: rm data", "afterwards: rm data", "2단계: data 삭제", "SO answer: rm data", "알림: data 삭제",
    "break glass: rm data", "rollback: stop cache", "the plan: stop cache",
    # invented
    "option b: stop cache", "3단계: web 재시작", "bob's idea: restart web", "참고: cache 중지",
])
def test_an_unknown_label_asks_back(text):
    _nothing_runs(text)


@pytest.mark.parametrize("text,cli", [
    ("urgent: restart web", ["docker restart web"]),
    ("긴급: web 재시작", ["docker restart web"]),
    ("요청: web 재시작", ["docker restart web"]),
    ("asap: restart web", ["docker restart web"]),
    ("mitigation: stop my-volume", ["docker stop my-volume"]),
    ("pls n thx: restart data", ["docker restart data"]),
    ("step 2: docker start db", ["docker start db"]),
    ("PROJ-8080: run nginx", ["docker run -d nginx"]),
    ("web and cache: restart both", ["docker restart web cache"]),
    ("ctr data: restart", ["docker restart data"]),
    ("p1 incident: my-nginx restart now", ["docker restart my-nginx"]),
    ("heads-up for the on-call: could you pause cache", ["docker pause cache"]),
    ("reset the test env: restart web and cache", ["docker restart web cache"]),
    ("Error response from daemon: Container web is not running — web 켜줘", ["docker start web"]),
])
def test_a_kept_label_keeps_the_request(text, cli):
    assert list(answer(text).cli) == cli


# 6. compound names, counts, go-signals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "remove cache data", "delete cache data", "remove web data", "delete db data",
    "restart both: web, cache, data", "restart both web",
    # invented
    "cache data 지워", "wipe web data", "stop both: web, cache, my-nginx",
])
def test_names_or_a_count_unclear_are_asked_back(text):
    _nothing_runs(text)


@pytest.mark.parametrize("text", [
    "restart web on my ok", "restart web after my ok", "stop cache on my go", "restart web on go",
    # invented
    "restart web on bob's go", "rm data on my signal", "stop cache upon my nod", "restart web once i give the go-ahead",
])
def test_a_go_signal_still_to_come_is_never_run_nor_offered(text):
    _not_offered(text)


@pytest.mark.parametrize("text,cli", [
    ("restart web and cache", ["docker restart web cache"]),
    ("restart web, cache", ["docker restart web cache"]),
    ("stop web my-nginx", ["docker stop web my-nginx"]),
    ("restart both web and cache", ["docker restart web cache"]),
    ("web, cache 둘 다 재시작", ["docker restart web cache"]),
    ("go ahead and restart web", ["docker restart web"]),
    # the tables read these as both (fresh6, break8): not asked
    ("restart web cache", ["docker restart web cache"]),
    ("remove web cache", ["docker rm web cache"]),
    ("web cache 둘 다 재시작", ["docker restart web cache"]),
    ("web cache data 셋 다 꺼", ["docker stop web cache data"]),
    ("web이랑 cache 둘 다 재시작하고 data 꺼", ["docker restart web cache", "docker stop data"]),
    ("pull busybox, run it with echo ok, then list images",
     ["docker pull busybox", "docker run busybox echo ok", "docker images"]),
])
def test_names_joined_or_counted_right_still_run(text, cli):
    assert list(answer(text).cli) == cli
