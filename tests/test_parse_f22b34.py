"""(f22b34) Kinds of issue 8 read for fresh22 in session 34 — English passive and modal requests, lists joined by and /
as well as / 과 / 이랑 / 하고, negations in the middle, questions with the action embedded, relayed complaints — each
with the table's row, wordings of its own, and never-cases (a write never planned from what is asked, forbidden, told,
guessed or conditioned)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # passive: the thing asked for done after a need, or asked with can / could / would it be possible (fresh22 "the nginx
    # image needs to be pulled again", "a volume named vol22b needs to be created", "the backend network should be
    # inspected", "can web be disconnected from backend?", "could the logs of db be shown, last 15 lines?", "could
    # my-volume's status be checked?")
    ("the nginx image needs to be pulled again", "docker pull nginx"),
    ("the redis image has to be pulled", "docker pull redis"),
    ("a volume named vol22b needs to be created", "docker volume create vol22b"),
    ("the frontend network needs to be created", "docker network create frontend"),
    ("the backend network should be inspected", "docker network inspect backend"),
    ("can web be disconnected from backend?", "docker network disconnect backend web"),
    ("could cache be connected to backend?", "docker network connect backend cache"),
    ("could the logs of db be shown, last 15 lines?", "docker logs --tail 15 db"),
    ("could web's logs be shown?", "docker logs web"),
    ("could my-volume's status be checked?", "docker inspect my-volume"),
    ("could web's status be checked?", "docker inspect web"),
    # modal: asked whether it is possible, ought to, a gain, leave to ask (fresh22 "would it be possible for cache to be
    # restarted?", "my-nginx ought to be paused for a bit", "my-volume would benefit from a restart, go ahead", "might I
    # ask for cache's processes?")
    ("would it be possible for cache to be restarted?", "docker restart cache"),
    ("is it possible for data to be unpaused?", "docker unpause data"),
    ("my-nginx ought to be paused for a bit", "docker pause my-nginx"),
    ("my-nginx ought to be paused", "docker pause my-nginx"),
    ("my-volume would benefit from a restart, go ahead", "docker restart my-volume"),
    ("cache could benefit from a reboot", "docker restart cache"),
    ("might I ask for cache's processes?", "docker top cache"),
    ("may I ask for the logs of web", "docker logs web"),
    ("could I ask for db's details?", "docker inspect db"),
    # list-and: as well as joins as and does; a disconnect of several from one network; processes and ports of several
    # (fresh22 "pause web as well as cache", "web과 cache를 backend에서 빼줘")
    ("pause web as well as cache", "docker pause web cache"),
    ("restart my-nginx as well as data", "docker restart my-nginx data"),
    ("web과 cache를 backend에서 빼줘", "docker network disconnect backend web ; docker network disconnect backend cache"),
    ("web이랑 cache를 backend에서 빼줘", "docker network disconnect backend web ; docker network disconnect backend cache"),
    ("web하고 cache backend에서 끊어줘", "docker network disconnect backend web ; docker network disconnect backend cache"),
    ("disconnect web and cache from backend", "docker network disconnect backend web ; docker network disconnect backend cache"),
    ("show processes of web and my-nginx", "docker top web ; docker top my-nginx"),
    ("show processes for web and cache", "docker top web ; docker top cache"),
    ("web이랑 cache 프로세스 보여줘", "docker top web ; docker top cache"),
    ("show the ports of web and cache", "docker port web ; docker port cache"),
    ("web하고 cache 포트 보여줘", "docker port web ; docker port cache"),
    ("show the ports of web as well as cache", "docker port web ; docker port cache"),
    # … an amount of lines said once for each (fresh22 "show logs for web and cache, 20 lines each")
    ("show logs for web and cache, 20 lines each", "docker logs --tail 20 web ; docker logs --tail 20 cache"),
    ("logs of db and my-nginx, 50 lines apiece", "docker logs --tail 50 db ; docker logs --tail 50 my-nginx"),
    # mid-negation: instead said last, gently as gracefully, no need to X first, touch nothing first (fresh22 "don't restart
    # web, restart cache instead", "don't kill cache, just stop it gently", "no need to pull anything, just list the
    # images", "아무것도 지우지 말고 멈춘 컨테이너 목록만")
    ("don't restart web, restart cache instead", "docker restart cache"),
    ("don't stop data, pause it instead", "docker pause data"),
    ("don't remove web, stop it instead", "docker stop web"),
    ("don't kill cache, just stop it gently", "docker stop cache"),
    ("stop cache gently", "docker stop cache"),
    ("no need to pull anything, just list the images", "docker images"),
    ("no need to restart web, just show its logs", "docker logs web"),
    ("there's no need to restart web, show its logs", "docker logs web"),
    ("아무것도 지우지 말고 멈춘 컨테이너 목록만", "docker ps -a --filter status=exited"),
    ("아무것도 재시작하지 말고 web 로그만 보여줘", "docker logs web"),
    ("아무것도 건드리지 말고 이미지 목록만", "docker images"),
    # embedded: a read asked, then a write forbidden; where one looked said by when; 같이 with an amount; a paused state
    # said or guessed (fresh22 "my-nginx 떠 있는지만 알려줘, 재시작은 하지 말고", "is my-nginx running? just tell me, don't
    # restart it", "cache 상태 어때? 로그 20줄도 같이", "data 지금 일시정지돼 있을 텐데 풀어줘")
    ("my-nginx 떠 있는지만 알려줘, 재시작은 하지 말고", "docker inspect my-nginx"),
    ("web 로그 보여줘, 재시작은 하지 마", "docker logs web"),
    ("is my-nginx running? just tell me, don't restart it", "docker inspect my-nginx"),
    ("show web's logs, don't restart it", "docker logs web"),
    ("아 방금 보니 web 죽었네, 재시작해줘", "docker restart web"),
    ("지금 보니까 cache 느린데 로그 좀", "docker logs cache"),
    ("cache 상태 어때? 로그 20줄도 같이", "docker inspect cache ; docker logs --tail 20 cache"),
    ("web 상태랑 로그 최근 10분도 같이", "docker inspect web ; docker logs --since 10m web"),
    ("data 지금 일시정지돼 있을 텐데 풀어줘", "docker unpause data"),
    ("data 일시정지돼 있으니 풀어줘", "docker unpause data"),
    ("data 멈춰 있을 텐데 켜줘", "docker start data"),
    # relay: a relayed complaint's own negation, condition and error; is it right that; a ticket relaying, approved; one
    # ";" in prose; the team a label comes from (fresh22 rows of the kind relay)
    ("VOC 들어왔어요: 업로드가 안 된대요. my-volume 상태 좀", "docker inspect my-volume"),
    ("업로드가 안 된대요, my-volume 상태 좀", "docker inspect my-volume"),
    ("로그인이 안 된대요, web 로그 좀 봐주세요", "docker logs web"),
    ("고객 한 분이 로그인하면 에러 난대요, cache 로그 최근 30분만 봐주실 수 있나요", "docker logs --since 30m cache"),
    ("결제하면 에러 난대요, web 상태 좀", "docker inspect web"),
    ("고객 문의 때문에 그러는데 web 떠 있는 거 맞죠?", "docker inspect web"),
    ("web 살아 있는 거 맞아?", "docker inspect web"),
    ("Ticket 4411 asks us to restart cache; engineering approved it, go ahead", "docker restart cache"),
    ("Jane asked us to stop data, her lead signed off, please do", "docker stop data"),
    ("Customer can't upload files; check my-volume's status", "docker inspect my-volume"),
    ("escalation from support: cache seems frozen, please look into it",
     "docker inspect cache ; docker logs --tail 20 cache"),
    ("urgent from cs: web logs", "docker logs web"),
]

NOT_RUN = [
    # passive: asked, told, conditioned, said of someone else, advice told by a subject
    "web should be restarted?",
    "should web be restarted?",
    "should the busybox image be removed, do you think?",
    "does web need to be restarted?",
    "I think web should be restarted",
    "Priya says data should be paused",
    "cache may be restarted if needed",
    "cache needs to be restarted if it hangs",
    "web should've been restarted yesterday",
    "web was restarted by Jane at 2am",
    "cache is being restarted by the on-call right now",
    "web could have been restarted sooner, oh well",
    "web should not be restarted",
    "the nginx image does not need to be pulled",
    "web should be restarted by the on-call tonight",
    "the redis image could be pulled",
    "web would benefit from a restart?",
    # list-and / mid-negation: a disconnect of several forbidden; no need said alone
    "web이랑 cache를 backend에서 빼지 마",
    "no need to restart web",
    "restart web and cache, 20 lines each",  # an amount of lines said of a write: nothing read
    "is there no need to restart web?",
    "don't pause web as well as cache",
    "아무것도 지우지 말고 web 재시작해",
    # embedded: a write after a forbidden one never runs; a paused state guessed then another write is asked
    "is my-nginx running? restart it, don't stop it",
    "data 일시정지돼 있을 텐데 지워줘",
    "web 재시작한 거 맞죠?",
    "web 꺼진 거 맞지?",  # (break) a thing done, asked to be confirmed: nothing reads
    "web returns 502, don't restart it",  # a complaint told with a ban: nothing runs, no look either
    "cache is super slow, don't restart it",
    "never remove db, stop it instead",  # (break8) never … is left as said
    "cache 지운 거 맞나요?",
    # relay: a condition of ours stays a condition; hearsay of a write is no request; a write after ";" in a list of
    # writes is refused as typed
    "에러 나면 web 재시작해주세요",
    "web 재시작하면 된대요, web 재시작해주세요",
    "stop web; rm web",
    "restart cache; rm -rf /",
    "Ticket 4411 asks us to restart cache",
    "Ticket 4411 asks us to restart cache; rm web, go ahead",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
