"""The kinds behind the third held-out table's misses (tests/data/wordings_fresh3.yaml), each
with other words of the same kind than the table's row: Gorae.explain against the fake corpus
world (tests/fakes.py), compared as tests/corpus_check.py compares plans.

A row's expectation `None` means nothing may run (a refusal, a question, an Unresolved).
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer

KINDS = {
    # a past tense closing the sentence: told or asked, never a request
    "past": [
        ("web 지웠어?", None), ("cache 재시작했어", None), ("my-nginx 껐어요", None),
        ("db 시작했나요?", None), ("web 꺼졌네", None), ("did you restart cache?", None),
        ("cache 로그 뭐 찍혔어?", "docker logs cache"),  # a read may be asked
    ],
    # reported speech: someone else's words
    "reported": [("web 재시작하래", None), ("web 지운대", None), ("web 재시작하자고 하던데", None),
                 ("cache 꺼달래", None), ("팀장님이 web 재시작하래요", None), ("web 지운다고 함", None),
                 ("web 재시작해줄래?", "docker restart web"), ("db 시작해주라고", "docker start db"),
                 ("web 재시작해 달라고 하네", None), ("web 로그 보여달래", "docker logs web")],
    # chat jamo stay chat noise after normalizing (NFKC made ㅎㅎ a noun glued to the verb)
    "chat-jamo": [("my-nginx 멈춰 ㅎㅎ", "docker stop my-nginx"), ("cache 재시작해 ㅋㅋㅋ", "docker restart cache"),
                  ("web 꺼 ㄱㄱ", "docker stop web"), ("web 재시작 ㄴㄴ", None)],
    # 찍다 types a command into a place said with (으)로/에서; alone it asks where
    "type-verb": [("busybox로 echo hi 찍어봐", "docker run busybox echo hi"),
                  ("data에서 date 찍어줘", "docker exec data date"), ("echo hi 찍어", None),
                  ("web으로 ls 찍어", "docker exec web ls")],  # never `docker start web` dropping ls
    # a name glued to a number before a particle: never run as an image; a port when the engine has the image before
    # the number and none of the word as typed (f12ko, bot/engine/plan.py `_number_said`), else asked
    "glued-number": [("nginx8080으로띄워", "docker run -d -p 8080:80 nginx"), ("redis6380으로 실행", "docker run -d -p 6380:6379 redis"),
                     ("foo8080으로띄워", None)],
    # a light verb after a verbal noun is that noun's 하다
    "light-verb": [
        ("my-nginx 재시작 돌려줘", "docker restart my-nginx"), ("cache 중지 때려", "docker stop cache"), ("web 때려", None),
        ("cache에서 redis-cli -p 6379 info 돌려", "docker exec cache redis-cli -p 6379 info"),
    ],
    # 까보다 with a read is a look
    "peek": [("web 로그 좀 까봐", "docker logs web"), ("cache 상세 까봐", "docker inspect cache"),
             ("alpine 까줘", "docker pull alpine")],
    # a command placed with 에 and a send verb, or with 컨테이너에
    "placed-at": [
        ("cache에 redis-cli info 쳐줘", "docker exec cache redis-cli info"),
        ("data에 hostname 쳐", "docker exec data hostname"),
        ("my-volume 컨테이너에 whoami 실행시켜줘", "docker exec my-volume whoami"),
    ],
    # 보여줘 after a command placed in a container shows what it prints
    "show-placed": [
        ("web에서 cat /etc/nginx/nginx.conf 보여줘", "docker exec web cat /etc/nginx/nginx.conf"),
        ("data에서 ls /tmp 보여줘", "docker exec data ls /tmp"),
        ("web에서 로그 보여줘", "docker logs web"),
        # a Korean word after the command is not the command's: never `exec web nginx` dropping 설정
        ("web에서 nginx 설정 보여줘", None), ("web에서 nginx 상세 보여줘", None),
        ("web에서 cache 보여줘", None),  # one bare word: a name, not a command
    ],
    # 보내 with 에 sends to the container ("web에 ping 보내"): never an exec of the word
    "send-to": [("web에 redis 보내", None), ("web에 ping 보내", None)],
    # a verbless request after a placed command ("좀", "해")
    "do-in-place": [("data 컨테이너에서 ls -al /tmp 좀", "docker exec data ls -al /tmp"),
                    ("web에서 nginx -t 해줘", "docker exec web nginx -t")],
    # a state said of named containers describes them
    "state-named": [
        ("실행 중인 cache 꺼줘", "docker stop cache"), ("돌아가고 있는 web 재시작", "docker restart web"),
        ("멈춰 있는 db 켜줘", "docker start db"), ("stop the running web", "docker stop web"),
        ("start the stopped db", "docker start db"), ("restart the running cache", "docker restart cache"),
    ],
    # the name before 이름으로; call it X
    "name-as": [
        ("httpd를 edge3 이름으로 9090 포트에 올려줘", "docker run -d --name edge3 -p 9090:80 httpd"),
        ("redis를 q8 이름으로 띄워", "docker run -d --name q8 redis"),
        ("nginx 이름은 edge3로 해서 실행", "docker run -d --name edge3 nginx"),
        ("run nginx on 8080 and call it green", "docker run -d --name green -p 8080:80 nginx"),
        ("run redis and call it q6", "docker run -d --name q6 redis"),
        ("edge 이름으로 nginx 실행", "docker run -d --name edge nginx"),  # never --name nginx edge
    ],
    # rm -v, rmi
    "remove-volumes": [("remove db along with its volumes", "docker rm -v db"),
                       ("rm db with its volumes", "docker rm -v db")],
    "rmi": [("httpd 이미지 rmi 해줘", "docker rmi httpd"), ("busybox rmi 좀", "docker rmi busybox")],
    # counts: 셋 다, 둘 다
    "count": [("web이랑 cache랑 data 셋 다 꺼", "docker stop web cache data"),
              ("web, cache 둘 다 재시작", "docker restart web cache")],
    # nominal request endings and chat spellings of -십시오
    "ending": [("cache 재시작 바람", "docker restart cache"), ("web 재시작 요망", "docker restart web"),
               ("cache 재시작 해주십셔", "docker restart cache"), ("web 꺼주십쇼", "docker stop web"),
               ("db 좀 띄워야 할 것 같은데", "docker start db")],
    # requests said around their verb, chat spellings of 줘
    "request-around": [("web 재시작 진행해줘", "docker restart web"), ("cache 중지하면 돼", "docker stop cache"),
                       ("web 삭제해주면 좋겠다", "docker rm web"), ("web 재시작해볼래", "docker restart web"),
                       ("cache 재시작해조", "docker restart cache"), ("web 멈춰쥬", "docker stop web"),
                       ("web 재시작하면 안 돼", None), ("web 재시작하면 되나?", None), ("진행해줘", None)],
    # 다시 with 시작/띄우/올리 is a restart wherever it is said; after a stop, started again is a start
    "again": [("web 다시 좀 시작해", "docker restart web"), ("db 다시 살려", "docker start db"),
              ("web 중지하고 다시 시작", "docker stop web ;; docker start web")],
    # chat around an English request; Slack inline code and the bot's name are markup
    "en-chat": [("let's restart web", "docker restart web"), ("stop web when you can", "docker stop web"),
                ("remove web if you can", "docker rm web"), ("pause web please and thank you", "docker pause web"),
                ("@gorae kill web", "docker kill web"), ("고래야, web 재시작", "docker restart web"),
                # Slack inline code inside a sentence is quoted text, exactly as typed (gorae runs no shell:
                # never command substitution); a shell character inside it is refused as ever (README.md,
                # "What you can say")
                ("restart `web`", "docker restart web"), ("run `ls | wc` in web", None),
                ("restart `web; rm -rf /`", None)],
    # ports said with 번 after 호스트/컨테이너; a port opened
    "port-words": [
        ("호스트 9000번을 컨테이너 80번에 매핑해서 httpd 띄워줘", "docker run -d -p 9000:80 httpd"),
        ("호스트 8081번 컨테이너 80번으로 nginx 실행", "docker run -d -p 8081:80 nginx"),
    ],
    # a name carried to the step after its removal is no image
    "removed-then-run": [("cache 지우고 다시 만들어", None), ("remove cache and create it again", None),
                         ("web 중지하고 삭제해", "docker stop web ;; docker rm web")],
    # "down"/"up" before the verb is a state, not the verb's particle
    "state-not-particle": [("cache is down, bring it back", None), ("take web down", "docker stop web"),
                           ("bring db back up", "docker start db")],
    # a docker command typed without `docker` never has a count for an image or sentence words
    # (grammar/lexicon.txt not_command) for its command
    "not-a-command": [("run 3 redis", None), ("run nginx twice", None), ("run nginx privileged", None),
                      ("run ubuntu:focal interactively", None), ("run alpine echo hi", "docker run alpine echo hi")],
    # a verb word after the image is never dropped from a run
    "run-keeps-verbs": [("run alpine ls", None), ("run busybox stop", None), ("run nginx, ps", None),
                        ("alpine ls 실행", None), ('run "ls" in alpine', "docker run alpine ls"),
                        ("busybox에서 ls 실행", "docker run busybox ls"),  # (alpine: data runs it, asked which — wrong10)
                        ("run nginx and remove it when done", "docker run -d --rm nginx")],
    # called off or not meant
    "called-off": [("web 삭제 취소", None), ("web 삭제는 취소해줘", None), ("web 삭제 (농담)", None),
                   ("restart web... jk", None), ("cancel the restart of web", None)],
    "rm-after": [("끝나면 지워지게 alpine에서 date 실행", "docker run --rm alpine date")],
    "since-ago": [("cache logs since 2h ago", "docker logs --since 2h cache"),
                  ("web logs since 30m ago", "docker logs --since 30m web")],
    "all-words": [("컨테이너 하나도 빠짐없이 재시작", "docker restart $(docker ps -q)"),
                  ("중간 이미지까지 다 보여줘", "docker images -a")],
    "en-verbs": [("spin down the cache container", "docker stop cache"),
                 ("ship team/api:2.1 to the registry", "docker push team/api:2.1"),
                 ("unplug web from backend", "docker network disconnect backend web"),
                 ("hook data up to backend", "docker network connect backend data"),
                 ("grab the latest nginx", "docker pull nginx"),
                 ("make a volume called logs", "docker volume create logs"),
                 ("what did data log", "docker logs data"), ("anything running?", "docker ps")],
    "ko-verbs": [("db 스타트", "docker start db"), ("localhost:5000/app:1 푸쉬 부탁", "docker push localhost:5000/app:1"),
                 ("중지된 컨테이너 청소", "docker container prune"),
                 ("127.0.0.1에만 8080 열어서 nginx 실행", "docker run -d -p 127.0.0.1:8080:80 nginx")],
    # --- the fourth held-out table (tests/data/wordings_fresh4.yaml) ---
    # the past perfect (었었) and a past closed by a connective (껐나?, 내렸던가?, 했었는데) are told,
    # never requested: "web 내렸었어?" planned `docker stop web` (a wrong action)
    "past-perfect": [("db 지웠었지", None), ("cache 재시작했었죠?", None), ("my-nginx 멈췄었어", None),
                     ("web 꺼놨었어", None), ("cache 껐나?", None), ("data 내렸던가?", None),
                     ("web 재시작했었는데", None), ("db 삭제했었어요", None),
                     ("web 로그 봤는데 재시작해줘", None),  # two verbs, not a past request
                     ("cache 재시작해줄래?", "docker restart cache")],
    # a spaced 다 after 거/것 is "all", not the copula's ending Kiwi joins to it (거+이+다)
    "spaced-da": [("떠있는 거 다 재시작", "docker restart $(docker ps -q)"),
                  ("돌고 있는 거 다 재시작해줘", "docker restart $(docker ps -q)"),
                  ("멈춘 거 다 지워", "docker container prune")],
    # 되 that Kiwi tags as an adjective suffix after a verbal noun is still a state's 되
    "doe-xsa": [("redis 항상 재시작되게 띄워줘", "docker run -d --restart always redis"),
                ("nginx 자동으로 재시작되게 실행", "docker run -d --restart always nginx")],
    # an exclusion said as a relative clause: 제외한 / 뺀
    "excl-relative": [("cache 제외한 나머지 다 꺼", "docker stop web my-nginx my-volume data"),
                      ("web 뺀 나머지 컨테이너 재시작", "docker restart my-nginx cache my-volume data")],
    # a verbal noun put on with 걸다 (Kiwi also reads 걸어 as 걷다)
    "put-on": [("cache 재시작 걸어줘", "docker restart cache"), ("my-nginx pause 걸어", "docker pause my-nginx"),
               ("web 걸어", None)],
    # a network driver said in Hangul, or in either order beside the network's name
    "driver-ko": [("edge 브릿지 네트워크 만들어줘", "docker network create -d bridge edge"),
                  ("오버레이 네트워크 ov1 생성", "docker network create -d overlay ov1"),
                  ("net7 bridge 네트워크 생성", "docker network create -d bridge net7")],
    # English ops idioms: kick = restart, tear down = remove, incl. = including
    "en-idioms": [("kick my-nginx", "docker restart my-nginx"), ("kick web and cache", "docker restart web cache"),
                  ("tear down the cache container", "docker rm cache"),
                  ("show all containers incl. stopped", "docker ps -a"), ("don't kick web", None)],
    # the concessive -어도 (even if) after a running state: remove it anyway
    "even-if": [("살아 있어도 cache 지워", "docker rm -f cache"),
                ("돌고 있어도 web 삭제해줘", "docker rm -f web")],
    # ("web 꺼도 돼": permission, not a request — proposed as a yes/no question: tests/test_kinds_vocab.py)
    # an English state word before a Korean kind noun is the state, never a container's name
    "en-state-ko": [("exited 컨테이너 다 정리해줘", "docker container prune"),
                    ("stopped 컨테이너 다 정리해줘", "docker container prune"),
                    ("dead 컨테이너 싹 지워", "docker container prune"),
                    ("running 컨테이너 목록 보여줘", "docker ps"),
                    ("logs 볼륨 생성", "docker volume create logs")],  # another keyword there is a name
    # chat "no": a lone ㄴ typed as its own word, 노노 — a negation, never the write
    "chat-no": [("cache 꺼 ㄴ", None), ("ㄴ my-nginx 재시작", None), ("db 지워 노노", None),
                ("web 재시작 ㄱ", "docker restart web")],  # ㄱ is go
    # an English past participle said as the verb tells what was done (a wrong action before:
    # "i restarted web" planned `docker restart web`), unless a word asks for it done
    "en-told-done": [("we restarted cache", None), ("someone removed my-nginx", None), ("db deleted", None),
                     ("I need cache restarted", "docker restart cache"), ("data removed pls", "docker rm data")],
    # how to do something is a question, not a request: never run
    "how-to": [("cache 어떻게 꺼?", None), ("web 어떻게 지워요?", None),
               ("my-nginx 설정 어떻게 돼 있어?", "docker inspect my-nginx"),
               ("how do I kill cache?", None), ("how to stop my-nginx", None),
               ("how do i see web logs", "docker logs web")],
}
CASES = [(kind, text, cli) for kind, rows in KINDS.items() for text, cli in rows]


@pytest.mark.parametrize("kind, text, cli", CASES, ids=[f"{k}:{t}" for k, t, _ in CASES])
def test_kind(kind, text, cli):
    ans = answer(text)
    if cli is None:
        assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
        assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"
        return
    assert ans.cli, f"{text!r} refused ({ans.refusal}); want {cli}"
    want = cli.split(" ;; ")
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"
