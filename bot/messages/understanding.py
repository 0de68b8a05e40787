"""Wording of the parse and plan stages: what gorae understood, or why not. {key: (korean, english)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- parse: could not read
    "parse.unknown_word": ("`{word}` 부분을 이해하지 못했습니다.",
                           "I could not read `{word}`."),
    "parse.incomplete": ("문장이 끝났는데 명령이 완성되지 않았습니다. 무엇을 할지(예: 재시작, 로그)도 적어 주세요.",
                         "The sentence ended before the command did. Say what to do too (e.g. restart, logs)."),
    "parse.confirm_alone": ("`{word}`만 말씀하셔서 무엇을 확인할지 알 수 없습니다 (기다리는 확인 요청도 없습니다). 대상을 함께 "
                            "적어 주세요 (예: `web 상태 확인`, `컨테이너 목록 확인`). 아무것도 실행하지 않았습니다.",
                            "Only `{word}` was said: I can't tell what to check (no question of mine is waiting for "
                            "an answer). Say what to check (e.g. `check web`, `list containers`). Nothing was run."),
    "parse.no_verb": ("무엇을 할지 알 수 없습니다. 동작을 적어 주세요 (예: `web 재시작`, `web 로그`).",
                      "I can't tell what to do. Add an action (e.g. `restart web`, `logs web`)."),
    "parse.two_verbs": ("한 문장에 동작이 여러 개입니다 ({verbs}). 한 번에 하나씩 요청해 주세요.",
                        "That asks for several actions at once ({verbs}). Please send one at a time."),
    "parse.stray_words": ("{words} 부분을 어떻게 해야 할지 모르겠습니다. "
                          "컨테이너 안에서 실행할 명령이면 `alpine에서 echo hi 실행`처럼 적어 주세요.",
                          "I don't know what to do with {words}. "
                          "If it is a command to run, say e.g. `run \"echo hi\" in alpine`."),
    "parse.two_kinds": ("{words}: 컨테이너, 이미지, 볼륨, 네트워크 중 서로 다른 종류가 한 문장에 섞여 있습니다. "
                        "한 종류씩 요청해 주세요.",
                        "{words} are of different kinds (containers, images, volumes, networks). "
                        "Please ask for one kind at a time."),
    "parse.set_apart": ("`{name}`은(는) 요청과 따로 말씀하셔서 (`{said}`) 같은 동작의 대상인지 알 수 없습니다. "
                        "`web이랑 {name} 재시작`처럼 함께 적거나 하나씩 요청해 주세요. 아무것도 실행하지 않았습니다.",
                        "`{name}` is said apart from the request (`{said}`), so I can't tell whether it is meant too. "
                        "Name it with the others (e.g. `restart web and {name}`) or ask one at a time. Nothing was run."),
    "parse.addressed": ("`{name}`을(를) 부르듯 먼저 말씀하셔서 (`{said}`) `{name}`도 대상인지 알 수 없습니다. "
                        "대상을 이름으로 함께 적어 주세요 (예: `{name} 재시작`). 아무것도 실행하지 않았습니다.",
                        "`{name}` is said first, as if addressed (`{said}`), so I can't tell whether it is meant too. "
                        "Name the targets of the request (e.g. `restart {name}`). Nothing was run."),
    # (lead31) an English request said to someone named first ("bob can you restart web", "Jane, stop cache")
    "parse.addressed_other": ("`{name}`님께 하신 말씀으로 이해했습니다 (`{said}`). gorae가 하려면 `{name}` 없이 요청해 주세요. "
                              "아무것도 실행하지 않았습니다.",
                              "That reads as said to `{name}` (`{said}`), so nothing was run. To have gorae do it, ask it "
                              "without addressing someone else."),
    # (safe34ko) a removal said after a title or a kin word called first ("팀장님 cache 지워주세요", "형 cache 지워주세요")
    "parse.addressed_title": ("`{name}`님께 하신 말씀일 수도 있어 바로 실행하지 않았습니다 (`{said}`). gorae에게 하신 "
                              "요청이면 확인해 주세요.",
                              "That may be said to `{name}` (`{said}`), so nothing was run yet. If it was meant for "
                              "gorae, confirm it."),
    "parse.included_and_excluded": ("`{name}`을(를) 포함하라는 말과 빼라는 말이 한 문장에 있어 무엇을 할지 알 수 없습니다. "
                                    "대상을 이름으로 적어 주세요 (예: `web이랑 {name} 재시작`). 아무것도 실행하지 않았습니다.",
                                    "`{name}` is said as included in a sentence that leaves something out, so I can't tell "
                                    "what is meant. Name the targets (e.g. `restart web and {name}`). Nothing was run."),
    "parse.unused": ("{words} 부분은 이 명령에 쓸 수 없습니다.",
                     "{words} does not fit this command."),
    # (lead32) a step said after "after" that could not be put first ("restart web after restarting cache and then
    # stop data", "restart web, not after restarting cache")
    "parse.step_order": ("`{after}` 부분 때문에 어떤 단계를 먼저 할지 확실하지 않습니다. 먼저 할 것부터 차례로 적어 주세요 "
                         "(예: `cache 재시작하고 web 재시작`). 아무것도 실행하지 않았습니다.",
                         "Because of `{after}` I can't tell which step comes first. Say the steps in the order to do "
                         "them (e.g. `restart cache, then restart web`). Nothing was run."),
    # (lead32) "after X" with no step said, X named as a target too ("restart cache after lunch", "remove web after cache")
    "parse.after_what": ("`{said}`이(가) 시간인지 컨테이너의 단계인지 알 수 없습니다. gorae는 예약 실행을 하지 "
                         "않습니다. 컨테이너라면 그 단계도 적어 주세요 (예: `cache 재시작하고 web 재시작`).",
                         "I can't tell what `{said}` means: a time (gorae doesn't schedule) or a container's step? If "
                         "a container, say its step too (e.g. `restart cache, then restart web`)."),
    # (lead32) a step said with after/before that is someone else's, the speaker's, or a thing that happens
    "parse.step_of_other": ("`{said}`은(는) 다른 사람(또는 요청하신 분)이 하는 일이거나 일어날 일로 읽혀, 그 전후를 기다려 "
                            "실행하지 않습니다. 지금 할 일만 요청해 주세요. 아무것도 실행하지 않았습니다.",
                            "`{said}` reads as someone else's step (or yours), or a thing that happens: gorae does not "
                            "wait for it. Ask for what to do now. Nothing was run."),
    # (safe33ko) a name said first as the topic, then another name's step ("data는 web 끈 다음에 지워줘")
    "parse.topic_apart": ("`{name}`을(를) 먼저 말씀하시고 `{other}`의 단계를 말씀하셔서 (`{said}`) 어느 동작이 어느 대상인지 "
                          "확실하지 않아 바로 실행하지 않았습니다. 이름마다 동작을 적어 주세요 (예: `{other} 끄고 {name} 지워`).",
                          "`{name}` is said first, then a step of `{other}` (`{said}`), so I can't tell which action is "
                          "meant for which: nothing was run yet. Say each name with its action (e.g. `stop {other}, "
                          "then remove {name}`)."),
    # (lead32) a name said to be kept as it is, which the write acts on (or beside a write on every container)
    "parse.kept_said": ("`{name}`을(를) 그대로 두라고 하셨는데 이 요청이 `{name}`에도 미치게 읽혀 실행하지 않았습니다. 나머지만 "
                        "하려면 `{name} 빼고 다 꺼`처럼 적어 주세요. 아무것도 실행하지 않았습니다.",
                        "You said to keep `{name}` as it is, but the request reads as acting on it too, so nothing was "
                        "run. To do the rest, say e.g. `stop everything except {name}`."),
    "parse.no_schedule": ("gorae는 예약 실행을 하지 않습니다 (`{when}`). 지금 실행하려면 시간 없이 다시 적어 주세요.",
                          "gorae doesn't schedule (`{when}`): it acts now. Say it again without the time to do it now."),
    # branch brk24: "delete the data", "wipe the cache": the container, or what it holds?
    "parse.part_of_container": ("`{part}`은(는) `{name}` 컨테이너가 아니라 그 일부라서 컨테이너를 지우지 않았습니다. 지울 것을 그 이름으로 "
                                "말해 주세요.",
                                "`{part}` is a part of `{name}`, not the container: nothing removed. Say what to remove by "
                                "its own name."),
    "parse.contents_or_container": ("`{name}`이(가) 컨테이너인지, 그 안의 내용인지 확실하지 않아 바로 실행하지 않았습니다.",
                                    "`{name}` may be the container or what it holds, so nothing was run yet."),
    # (safe34en) a fenced docker command, then a request pointing at it that asks something else of it ("run this on cache
    # instead", "run this after the backup")
    "parse.fence_changed": ("붙여넣은 명령을 가리키지만 그대로가 아닌 다른 것을 요청하셨습니다 (`{said}`). 아무것도 실행하지 "
                            "않았습니다. 실행할 명령을 그대로 적어 주세요.",
                            "That points at the pasted command but asks something other than it as it is (`{said}`), "
                            "so nothing was run. Please write the exact command to run."),
    # (safe34en) "run this on cache": a command pointed at that is not read here
    "parse.pointed_unseen": ("`{said}`이(가) 가리키는 명령을 여기서 읽지 못했습니다. 아무것도 실행하지 않았습니다. 실행할 명령을 "
                             "그대로 적어 주세요.",
                             "I cannot read here the command `{said}` points at, so nothing was run. Please write the "
                             "command to run."),
    # (safe34en) "I'm testing gorae: remove data": what the speaker is doing said first, not known to change nothing
    "parse.setting_unknown": ("요청 앞의 `{said}`이(가) 요청을 바꾸는지 알 수 없어 아무것도 실행하지 않았습니다. 실행하려면 요청만 "
                              "다시 적어 주세요.",
                              "`{said}`, said before the request, may change what it means, so nothing was run. To have "
                              "it done, send the request alone."),
    # (safe34en) "web here, restart it": who speaks said first, then it
    "parse.it_unsaid": ("`{said}`은(는) 말하는 사람을 소개하는 말이라 `{pronoun}`이(가) 무엇인지 알 수 없습니다. 이름을 적어 주세요 "
                        "(예: `web 재시작해줘`). 아무것도 실행하지 않았습니다.",
                        "`{said}` says who is speaking, so `{pronoun}` names nothing here. Please name it (e.g. `restart "
                        "web`). Nothing ran."),
    # (safe34en) a version said as the correction of an image ("pull nginx, actually 1.25"): its tag, asked
    "parse.tag_said_again": ("`{tag}`을(를) `{image}` 이미지의 태그로 읽었습니다: `{meant}`. 이대로 할까요?",
                             "I read `{tag}` as a tag of the `{image}` image: `{meant}`. Shall I?"),
    "parse.asked": ("해도 되는지 물으셨으므로 바로 실행하지 않았습니다.",
                    "You asked whether it may be done, so nothing was run yet."),
    # branch f12en: an image and a number said bare, no verb ("httpd 8098")
    "parse.terse_port": ("`{said}`에는 동사가 없습니다. 숫자를 포트로 읽은 실행을 바로 하지 않고 묻습니다.",
                         "`{said}` has no verb: the run with that number as its port is asked, not done."),
    # branch w2f13en + lead: docker compose typed for one container ("docker-compose restart cache")
    "parse.compose_asked": ("compose의 서비스 이름이 같은 이름의 컨테이너인지는 compose 파일에 달려 있어, `{said}`을(를) 바로 "
                            "실행하지 않고 묻습니다.",
                            "A compose service is the container of that name only if its file says so: `{said}` is "
                            "asked, not run."),
    "parse.terse_up": ("`{said}`은(는) 켜져 있는지 묻는 말일 수도, 켜 달라는 말일 수도 있어 바로 실행하지 않았습니다.",
                       "`{said}` may ask whether it is up or ask for it to be started, so nothing was run yet."),
    # branch blind14: "다시 돌려" of a container ("cache다시돌려"): resume, restart or start, by a state not said
    "parse.again_which": ("`다시 {said}`가 일시정지 해제인지, 재시작인지, 시작인지 알 수 없어 실행하지 않았습니다. "
                          "`cache 재시작`, `cache 일시정지 해제`처럼 적어 주세요.",
                          "`{said}` again may mean unpause, restart or start, so nothing was run. Say which "
                          "(e.g. `restart cache`, `unpause cache`)."),
    # branch blind16: "can you run kubectl?" — whether gorae can run a program, or a request to run the image
    "parse.ability_asked": ("`{image}`을(를) 실행할 수 있는지 물으신 것인지, 실행해 달라는 것인지 알 수 없어 바로 실행하지 않고 묻습니다.",
                            "You may be asking whether I can run `{image}` or asking me to run it: it is asked, not run."),
    "parse.stated": ("할 일을 알려 주신 것으로 읽었으므로 바로 실행하지 않았습니다.",
                     "That reads as a statement of the task, so nothing was run yet."),
    "parse.question": ("물어보신 것으로 이해했습니다. 실행하려면 `web 재시작해줘`처럼 요청해 주세요. 아무것도 실행하지 않았습니다.",
                       "That reads as a question, so nothing was run. Ask for it (e.g. `restart web`) to have it done."),
    "parse.concept": ("`{noun}`이(가) 무엇인지 물으신 것으로 이해했습니다. gorae는 도커 명령을 실행하는 봇이라 개념 설명은 하지 않습니다. "
                      "목록을 보려면 `{noun} 목록`처럼 말해 주세요. 아무것도 실행하지 않았습니다.",
                      "That reads as asking what a {noun} is: gorae runs docker commands and does not explain them. "
                      "For the list, ask for it (e.g. `{noun} 목록`). Nothing was run."),
    "parse.done_already": ("이미 한 일을 말씀하시거나 물어보신 것으로 이해했습니다. 지금 하려면 `web 재시작해줘`처럼 "
                           "요청해 주세요. 아무것도 실행하지 않았습니다.",
                           "That reads as something already done, so nothing was run. Ask for it (e.g. `restart web`) "
                           "to have it done now."),
    # branch brk25: a request said in the past ("web 재시작 부탁드렸는데요"): a reminder, the order asked back
    "parse.reminded": ("예전에 하신 요청을 다시 말씀하신 것으로 이해했습니다. 지금 실행할지 확인해 주세요.",
                       "That reads as a request made earlier, recalled: confirm to have it done now."),
    # branch w2fix: the speaker's own intention told ("I am going to restart web", "I will stop cache")
    "parse.intended": ("직접 하실 일을 알려 주신 것으로 이해했습니다. 고래가 하려면 `web 재시작해줘`처럼 요청해 주세요. "
                       "아무것도 실행하지 않았습니다.",
                       "That reads as what you are going to do yourself, so nothing was run. Ask for it (e.g. "
                       "`restart web`) to have it done."),
    "parse.hesitant": ("망설이시는 말씀으로 이해했습니다 (`…는 좀`). 실행하려면 `web 재시작해줘`처럼 요청해 주세요. "
                       "아무것도 실행하지 않았습니다.",
                       "That reads as a hesitation (\"… is a bit much\"), so nothing was run. Ask for it (e.g. "
                       "`restart web`) to have it done."),
    "parse.event_noun": ("`{said}`의 `{word}`은(는) 이미 있었던 일(사건)로 이해했습니다. 그 일 뒤에 무엇을 할지는 "
                         "`web 재시작해줘`처럼 따로 요청해 주세요. 아무것도 실행하지 않았습니다.",
                         "`{word}` in `{said}` reads as something that happened (an event), not as a request. Ask for "
                         "what to do on its own (e.g. `restart web`). Nothing was run."),
    # (lead32) a write read but for words, said with a laugh ("db 지우고 퇴사각 ㅋㅋ"): a joke, never offered
    "parse.laughed": ("웃음과 함께 {words} 부분을 읽지 못해 농담일 수 있어 묻지 않았습니다. 실행하려면 `web 재시작해줘`처럼 "
                      "요청해 주세요. 아무것도 실행하지 않았습니다.",
                      "That was said with a laugh and I could not read {words}, so it may be a joke: nothing was run "
                      "or offered. Ask for it (e.g. `restart web`) to have it done."),
    "parse.vented": ("웃음과 함께 하고 싶다고만 하셔서 농담이나 푸념으로 이해했습니다. 실행하려면 `web 재시작해줘`처럼 "
                     "요청해 주세요. 아무것도 실행하지 않았습니다.",
                     "That reads as a wish said with a laugh (a joke or venting), so nothing was run. Ask for it "
                     "(e.g. `restart web`) to have it done."),
    # branch brk21: a write said as the subject of another verb ("stopping cache hung", "the rm of cache failed")
    "parse.action_told": ("`{said}`은(는) 주어로 쓰여 (`{word}` …) 있었던 일을 알려 주신 것으로 이해했습니다. 실행하려면 "
                          "`web 재시작해줘`처럼 요청해 주세요. 아무것도 실행하지 않았습니다.",
                          "`{said}` is the subject of `{word}`: that reads as a report of what happened, so nothing was "
                          "run. Ask for it (e.g. `restart web`) to have it done."),
    "parse.action_topic": ("`{said}`은(는) 요청이 아니라 주제(명사구)로만 말씀하셔서 바로 실행하지 않고 묻습니다.",
                           "`{said}` names a thing done or to be done (a topic), not a request: it is asked, not run."),
    # branch brk21: a write asked as a suggestion ("web 지우는 거 어때?")
    "parse.suggested": ("하면 어떨지 물으신 것으로 이해했습니다. 바로 실행하지 않고 묻습니다.",
                        "That reads as asking how it would be to do it, so it is asked, not run."),
    "parse.reported": ("다른 분이 한 말을 전해 주신 것으로 이해했습니다. 실행하려면 `web 재시작해줘`처럼 직접 요청해 "
                       "주세요. 아무것도 실행하지 않았습니다.",
                       "That reads as someone else's words, so nothing was run. Ask for it directly "
                       "(e.g. `restart web`) to have it done."),
    "parse.glued_number": ("`{word}`가 이름인지, 이름과 포트 번호인지 알 수 없습니다. `nginx 8080포트로`처럼 띄어 적어 주세요.",
                           "Is `{word}` a name, or a name and a port? Write them apart (e.g. `nginx on port 8080`)."),
    "parse.keyboard": ("{said}을(를) 다른 자판으로 친 {read}(으)로 읽었습니다. 바로 실행하지 않고 묻습니다.",
                       "I read {said} as {read} typed with the other keyboard layout on, so I ask before running it."),
    "parse.loan_name": ("{said}을(를) 이름 {name}(으)로 읽었습니다. 바로 실행하지 않고 묻습니다.",
                        "I read {said} as the name {name}, so I ask before running it."),
    "parse.which_it": ("`{said}`에 이름이 둘 이상 있어 `{pronoun}`이(가) 어느 것인지 알 수 없습니다. 이름을 적어 주세요 "
                       "(예: `cache 지워줘`). 아무것도 실행하지 않았습니다.",
                       "`{said}` names more than one thing, so which one `{pronoun}` is is unclear. Please name it "
                       "(e.g. `remove cache`). Nothing ran."),
    "parse.no_antecedent": ("`{said}`이(가) 앞에서 말한 것을 가리키는 것 같지만, gorae는 이전 메시지를 기억하지 않습니다. "
                            "이름을 적어 주세요 (예: `web 로그 보여줘`). 아무것도 실행하지 않았습니다.",
                            "`{said}` seems to point at something said before, but gorae keeps no earlier message. "
                            "Please name it (e.g. `show web's logs`). Nothing ran."),
    "parse.about_me": ("gorae 자신에 대해 물으신 것으로 이해했습니다. gorae는 팀의 Docker 엔진에 도커 명령을 실행하는 봇입니다. "
                       "할 수 있는 일은 `도움말`로 볼 수 있습니다. 아무것도 실행하지 않았습니다.",
                       "You asked about gorae itself: it is a bot that runs docker commands on the team's Docker "
                       "engines. Say `help` for what it can do. Nothing ran."),
    "parse.compared_write": ("`{word}`은(는) 이름이 아니라 비교하는 말입니다. 어느 것이 그런지는 목록(예: `docker ps -a`, "
                             "`docker images`)에서 보고 이름으로 요청해 주세요. 아무것도 실행하지 않았습니다.",
                             "`{word}` compares; it names nothing. See which one it is in the list (e.g. `docker ps -a`, "
                             "`docker images`) and ask for it by name. Nothing ran."),
    # (brk34a) a state no docker filter reads, said of all ("restart whatever is broken", "응답 없는 거 다 재시작")
    "parse.state_unfiltered": ("`{word}` 같은 상태로는 컨테이너를 골라낼 수 없어, 실행 중인 모든 컨테이너에 하지 않았습니다. "
                               "어느 것인지 이름으로 요청해 주세요 (예: `web 재시작`). 아무것도 실행하지 않았습니다.",
                               "gorae can't pick containers out by a state like `{word}`, so it did not do this to every "
                               "running container. Name the ones you mean (e.g. `restart web`). Nothing ran."),
    # (brk34a) "run a check on db": a look asked at db, never a start, run or exec
    "parse.check_on": ("`{said}`은(는) {name}을(를) 살펴봐 달라는 말로 읽혀, 실행·시작하지 않았습니다. 보려는 것을 적어 주세요 "
                       "(예: `{name} 상태`, `{name} 로그`). 아무것도 실행하지 않았습니다.",
                       "`{said}` reads as a look asked at {name}, not a command to run or start there. Say what to "
                       "look at (e.g. `status of {name}`, `logs of {name}`). Nothing ran."),
    # (brk34a) "pull access denied for nginx", "cache OOM kill again": an incident told, never the write
    "parse.incident_told": ("`{word}`은(는) 일어난 일이나 오류 메시지로 읽혀 명령으로 실행하지 않았습니다. 할 일을 따로 요청해 "
                            "주세요 (예: `cache 로그 보여줘`). 아무것도 실행하지 않았습니다.",
                            "`{word}` reads as an incident or an error message told, not an order, so nothing was done. "
                            "Ask for what to do on its own (e.g. `show cache logs`). Nothing ran."),
    "parse.log_filter": ("gorae는 로그에서 일부 줄(`{word}`)만 골라내지 않습니다: docker logs는 로그를 통째로 보여 줍니다. "
                         "`cache 로그 마지막 100줄`처럼 요청해 주세요. 아무것도 실행하지 않았습니다.",
                         "gorae does not pick lines (`{word}`) out of a log: docker logs shows a log whole. Ask e.g. "
                         "`last 100 lines of cache's logs`. Nothing ran."),
    "parse.transcript": ("터미널에서 실행한 명령과 그 출력을 붙여 넣으신 것으로 읽었습니다. 다시 실행하지 않았습니다. "
                         "실행하려면 명령만 보내 주세요.",
                         "This reads as a pasted terminal session (a command and what it printed): nothing was run "
                         "again. To run it, send the command alone."),
    "parse.partial": ("{words} 부분은 읽지 못했습니다.", "I did not read {words}."),
    # branch safe35: a word glued of a syllable and a write verb, one jamo from another write verb ("web 죽켜줘")
    "parse.typo_either": ("`{typed}`은(는) `{read}`일 수도, `{meant}`의 오타일 수도 있어 실행하지 않았습니다. 다시 적어 주세요.",
                          "`{typed}` may be `{read}` or a typo of `{meant}`, so nothing was run. Please say it again."),
    # branch safe35: a write's verb word typed with a slip in chat, on every container ("restrat all"): asked back
    "parse.typo_asked": ("`{typed}`을(를) `{meant}`의 오타로 읽었습니다. 이대로 실행할까요?",
                         "I read `{typed}` as a typo of `{meant}`. Run it?"),
    "parse.typo_read": ("`{typed}` → {meant} (오타로 보고 이렇게 읽었습니다)", "`{typed}` → {meant} (read as a typo of it)"),
    "parse.typo_is_name": ("`{typed}`은(는) {meant}의 오타일 수도 있지만 이 엔진에 있는 이름이기도 합니다. 다시 적어 주세요.",
                           "`{typed}` may be a typo of {meant}, but it is also a name on this engine. Please say it again."),
    "parse.excluded_and_named": ("{names}을(를) 빼라면서 대상으로도 적었습니다. 어느 쪽인지 다시 적어 주세요.",
                                 "{names} is both left out and named. Please say it again one way."),
    "parse.exclusion_all": ("{names}을(를) 뺀 나머지 전부는 한 번에 할 수 없습니다. 대상 이름을 적어 주세요.",
                            "I can't act on everything but {names} in one go. Please name the containers."),
    "parse.two_amounts": ("줄 수나 기간이 두 번 나왔습니다. 하나만 적어 주세요.",
                          "That gives two line counts or two time spans. Please give one."),
    "parse.prune_what": ("무엇을 정리할까요? 중지된 컨테이너, 안 쓰는 볼륨, 네트워크, 이미지 중 하나를 말해 주세요.",
                         "Prune what? Say stopped containers, unused volumes, unused networks or images."),
    "parse.need_target": ("어떤 {what}인지 이름을 적어 주세요.", "Which {what}? Please name it."),
    "parse.need_signal": ("어떤 시그널을 보낼까요? 이름을 적어 주세요 (예: HUP, TERM).",
                          "Which signal? Please name it (e.g. HUP, TERM)."),
    "parse.one_target": ("{what} 하나만 지정해 주세요 (받은 이름: {names}).",
                         "Please name a single {what} (got: {names})."),
    "parse.rename_needs_two": ("이름 바꾸기는 컨테이너와 새 이름을 함께 말해 주세요 "
                               "(예: `web 이름 web-blue로 변경`, docker rename web web-blue). 실행하지 않았습니다.",
                               "A rename names the container and its new name (e.g. `rename web to web-blue`, "
                               "docker rename web web-blue). Nothing ran."),
    "parse.rename_asked": ("네, `{name}` 컨테이너의 이름은 바꿀 수 있습니다. 새 이름을 함께 말해 주세요 "
                           "(예: `{name} 이름 {name}-old로 변경`, docker rename {name} {name}-old). 실행하지 않았습니다.",
                           "Yes, the container `{name}` can be renamed: say its new name too (e.g. `rename {name} to "
                           "{name}-old`, docker rename {name} {name}-old). Nothing ran."),
    "parse.rename_one_container": ("이름을 바꿀 컨테이너는 하나만 말해 주세요 (받은 이름: {names}). 실행하지 않았습니다.",
                                   "Rename one container at a time (names given: {names}). Nothing ran."),
    "parse.rename_not_container": ("이름은 컨테이너만 바꿀 수 있습니다 (`{name}`은(는) {kind}(으)로 말씀하셨습니다). "
                                   "실행하지 않았습니다.",
                                   "Only a container can be renamed (`{name}` was said as a {kind}). Nothing ran."),
    "parse.tag_needs_two": ("태그는 이미지 두 개로 말해 주세요: 태그를 달 이미지와 새 이름 "
                            "(예: `nginx 이미지에 nginx:prod 태그 달아줘`, docker tag nginx nginx:prod). 실행하지 않았습니다.",
                            "A tag names two images: the image to tag and its new name (e.g. `tag nginx as nginx:prod`, "
                            "docker tag nginx nginx:prod). Nothing ran."),
    "parse.tag_one_source": ("태그를 달 이미지는 하나만 말해 주세요 (받은 이름: {names}). 실행하지 않았습니다.",
                             "Tag one image at a time (got: {names}). Nothing ran."),
    "parse.tag_bare": ("`{word}`이(가) `{source}`의 태그(`{source}:{word}`)인지 새 이미지 이름(`{word}:latest`)인지 "
                       "알 수 없습니다. 새 이름을 `이름:태그`로 적어 주세요. 실행하지 않았습니다.",
                       "Is `{word}` a tag of `{source}` (`{source}:{word}`) or a new image name (`{word}:latest`)? "
                       "Say the new name as `name:tag`. Nothing ran."),
    "parse.need_image": ("어떤 이미지로 실행할지 적어 주세요 (예: `nginx 실행`).",
                         "Which image should run? (e.g. `run nginx`)."),
    "parse.need_command": ("컨테이너 안에서 실행할 명령을 적어 주세요 (예: `web에서 ls /etc 실행`).",
                           "Which command should run in the container? (e.g. `run \"ls /etc\" inside web`)."),
    "parse.need_port": ("포트 번호를 적어 주세요 (예: `80포트로`).", "Which port? (e.g. `on port 80`)."),
    "parse.port_pairs": ("포트 연결을 이해하지 못했습니다. `호스트 8080 포트를 컨테이너 80 포트에`처럼 적어 주세요.",
                         "I could not pair the ports. Say e.g. `host port 8080 to container port 80`."),
    "parse.bad_port": ("`{port}`은(는) 포트 번호가 아닙니다 (1–65535).", "`{port}` is not a port number (1–65535)."),
    "parse.mount_pairs": ("마운트할 경로를 짝지을 수 없습니다. `/opt/html 디렉토리를 /usr/share/nginx/html에 마운트`처럼 적어 주세요.",
                          "I could not pair the mount paths. Say e.g. `with /opt/html mounted at /usr/share/nginx/html`."),
    "parse.volume_spec": ("`{spec}`은(는) 올바른 볼륨 지정이 아닙니다 (SOURCE:TARGET[:ro]).",
                          "`{spec}` is not a volume spec (SOURCE:TARGET[:ro])."),
    "parse.env_value": ("환경변수 `{name}`에 값이 없습니다 (KEY=VALUE로 적어 주세요).",
                        "Environment variable `{name}` has no value (use KEY=VALUE)."),
    "parse.need_network_and_container": ("네트워크와 컨테이너를 하나씩 적어 주세요 (예: `web 컨테이너를 backend 네트워크에 연결`).",
                                         "Name one network and one container (e.g. `connect web to backend`)."),
    "parse.prune_with_names": ("중지된 컨테이너 정리에는 이름을 함께 적지 않습니다. 이름이 있으면 `web 삭제`처럼 요청해 주세요.",
                               "Pruning stopped containers takes no names; to remove one, say `remove web`."),
    "parse.rm_all": ("모든 컨테이너 삭제는 하지 않습니다. 중지된 것만 지우려면 `중지된 컨테이너 모두 삭제`라고 해 주세요.",
                     "I don't remove every container. To remove the stopped ones, say `remove all stopped containers`."),
    "parse.unknown_flag": ("`{flag}` 옵션은 지원하지 않습니다.",
                           "The `{flag}` option is not supported."),
    "parse.unsupported": ("`{what}`은(는) 아직 지원하지 않습니다.", "`{what}` is not supported yet."),
    "parse.follow": ("로그 따라가기(-f)는 채팅에서 할 수 없습니다. `web 로그 마지막 100줄`처럼 요청해 주세요.",
                     "Following logs (-f) is not a chat feature. Ask for e.g. `logs web --tail 100`."),
    # (safe34ko) 날리다 said after a program's command line ("cache 재시작 후에 redis-cli ping 날려봐"): send, not remove
    "parse.sent_program": ("`{words}`을(를) 보내라는(실행하라는) 뜻으로 보여 지우지 않았습니다. 어느 컨테이너에서 실행할지 "
                           "적어 주세요 (예: `cache에서 {words} 실행`). 아무것도 실행하지 않았습니다.",
                           "`{words}` reads as a command to send (run), not as containers to remove. Say where to run "
                           "it (e.g. `run {words} in cache`). Nothing was run."),
    # (safe34ko) a ban typed with a slip ("web 재시작 하지먀")
    "parse.ban_slipped": ("`{word}`은(는) '하지 마'의 오타로 보여 아무것도 실행하지 않았습니다. 원하시는 작업을 다시 "
                          "적어 주세요.",
                          "`{word}` looks like a typo of a Korean \"don't\" (하지 마), so nothing was run. Say again "
                          "what you want done."),
    "parse.prohibition_of": ("`{cli}`을(를) 하지 말라는 뜻으로 이해했습니다. 아무것도 실행하지 않았습니다.",
                             "Understood as a prohibition of `{cli}` — nothing was run."),
    # --- plan: resolving names against the engine
    "plan.by_case": ("`{said}` 컨테이너는 없어, 대소문자만 다른 유일한 컨테이너 `{name}`(으)로 읽었습니다.",
                     "There is no container `{said}`: read as `{name}`, the only one whose name differs in case only."),
    "plan.no_such_container": ("`{name}` 컨테이너가 없습니다.", "There is no container named `{name}`."),
    "plan.rename_taken": ("`{new}` 이름의 컨테이너가 이미 있습니다. `{name}`의 이름을 바꾸지 않았습니다. 다른 이름을 말해 주세요.",
                          "A container named `{new}` already exists, so `{name}` was not renamed; give another name."),
    "plan.run_name_taken": ("`{name}` 이름의 컨테이너가 이미 있어 `{image}` 컨테이너를 그 이름으로 띄우지 않았습니다. 다른 이름(예: "
                            "`{suggest}`)을 말하거나, 먼저 `{name}`을(를) 지워 달라고 해 주세요.",
                            "A container named `{name}` already exists, so no `{image}` container was started under that "
                            "name; give another name (for example `{suggest}`), or ask for `{name}` to be removed first."),
    "plan.rename_same": ("`{name}` 컨테이너의 이름이 이미 `{new}`입니다. 바꿀 것이 없어 실행하지 않았습니다.",
                         "Container `{name}` is already named `{new}`; nothing to change, nothing ran."),
    "plan.history_of_container": ("`{name}`은(는) 컨테이너입니다. 히스토리(레이어)는 이미지에 있습니다: 어느 이미지인가요? "
                                  "(예: `docker history IMAGE`)",
                                  "`{name}` is a container; a history (its layers) is an image's: which image? "
                                  "(e.g. `docker history IMAGE`)"),
    "plan.none_runs_image": ("`{image}` 이미지로 돌아가는 컨테이너가 없습니다.", "No container runs the image `{image}`."),
    "plan.several_run_image": ("`{image}` 이미지로 돌아가는 컨테이너가 여럿입니다: {names}. 어느 것인지 이름으로 말해 주세요.",
                               "Several containers run `{image}`: {names}. Which one? Say it by name."),
    "plan.no_such_image": ("`{name}` 이미지가 없습니다.", "There is no image `{name}` here."),
    "plan.image_is_container": ("`{name}` 이미지는 없습니다. `{name}`은(는) 컨테이너이고, 그 이미지는 `{image}`입니다. "
                                "그 이미지를 지우려면 `docker rmi {image}`라고 해 주세요.",
                                "There is no image `{name}`: `{name}` is a container, and its image is `{image}`. "
                                "To remove that image, say `docker rmi {image}`."),
    "plan.image_verb_of_container": ("`{name}` 이미지는 없습니다. `{name}`은(는) 컨테이너이고, 그 이미지는 `{image}`입니다. "
                                     "실행하지 않았습니다. 그 이미지라면 `docker {verb} {image}`라고 해 주세요.",
                                     "There is no image `{name}`: `{name}` is a container, and its image is `{image}`. "
                                     "Nothing ran. For that image, say `docker {verb} {image}`."),
    "plan.tag_of_container": ("`{name}` 이미지는 없습니다. `{name}`은(는) 컨테이너이고, 그 이미지는 `{image}`입니다. "
                              "실행하지 않았습니다. 그 이미지에 태그를 달려면 아래처럼 말해 주세요.",
                              "There is no image `{name}`: `{name}` is a container, and its image is `{image}`. "
                              "Nothing ran. To tag that image, say it as below."),
    "plan.tag_moves": ("`{reference}`은(는) 지금 다른 이미지({image})의 이름입니다. 이 태그는 그 이미지에서 떨어져 "
                       "새 이미지로 옮겨집니다.",
                       "`{reference}` names another image now ({image}): the tag is moved off it onto this one."),
    "plan.no_such_volume": ("`{name}` 볼륨이 없습니다.", "There is no volume named `{name}`."),
    "plan.no_such_network": ("`{name}` 네트워크가 없습니다.", "There is no network named `{name}`."),
    "plan.ambiguous": ("`{name}`에 해당하는 컨테이너가 여러 개입니다 ({names}). 어느 것인지 골라 주세요.",
                       "`{name}` matches several containers ({names}). Which one?"),
    "plan.not_running": ("`{name}` 컨테이너가 실행 중이 아닙니다 (상태: {status}). 먼저 `{name} 시작`을 해 주세요.",
                         "Container `{name}` is not running (state: {status}). Start it first: `start {name}`."),
    "plan.nothing_running": ("실행 중인 컨테이너가 없습니다. 할 일이 없습니다.", "No container is running: nothing to do."),
    "plan.nothing_stopped": ("멈춘 컨테이너가 없습니다. 시작할 것이 없습니다.", "No container is stopped: nothing to start."),
    "plan.nothing_paused": ("일시 정지된 컨테이너가 없습니다. 재개할 것이 없습니다.", "No container is paused: nothing to unpause."),
    "plan.inspect_image": ("`{name}`은(는) 컨테이너가 아니라 이미지입니다. `이미지 목록`으로 볼 수 있습니다.",
                           "`{name}` is an image, not a container. See it with `list images`."),
    "plan.host_flag": ("gorae는 설정된 Docker 엔진에만 명령합니다. `{flag}`은(는) 다른 엔진을 가리키므로 실행하지 않았습니다.",
                       "gorae only talks to its own Docker engine; `{flag}` points elsewhere, so nothing ran."),
    "plan.not_an_image": ("`{name}`은(는) 이미지가 아니라 네트워크나 볼륨 이름입니다. 무엇을 실행할지 다시 적어 주세요.",
                          "`{name}` is a network or volume here, not an image. Please say again what to run."),
    "plan.container_not_image": ("`{name}`은(는) 이미지가 아니라 컨테이너입니다. 새 컨테이너를 띄우지 않았습니다. 그 안에서 명령을 실행하려면 `{name}에서 COMMAND 실행`처럼 적어 주세요.",
                                 "`{name}` is a container here, not an image: no new container was started. To run a command in it, say e.g. `exec COMMAND in {name}`."),
    "plan.fresh_of_container": ("`{name}`은(는) 이미지가 아니라 컨테이너입니다. 새 컨테이너는 이미지로 만듭니다: 어떤 이미지로 띄울지 적어 주세요 (있는 `{name}`을(를) 켜려면 `{name} 시작`).",
                                "`{name}` is a container, not an image: a new container is made from an image. Say which image (to start the `{name}` that is there: `start {name}`)."),
    "plan.which_image": ("`{name}` 이미지는 여기 없고 `{other}` 이미지는 있습니다. `{other}`을(를) 실행하려던 건가요? 다시 적어 주세요.",
                         "There is no image `{name}` here, but there is `{other}`. Did you mean to run `{other}`? Please say it again."),
    "plan.need_container_port": ("`{image}` 이미지가 어느 포트를 쓰는지 알 수 없습니다. 컨테이너 포트를 적어 주세요 (예: `80포트를 임의 포트로`).",
                                 "`{image}` doesn't say which port it serves. Name the container port (e.g. `publish container port 80 on a random host port`)."),
    "plan.registry_port_unknown": ("`{image}` 이미지가 아직 이 엔진에 없고, 레지스트리에서 이 이미지가 여는 포트(EXPOSE)를 읽지 못해 컨테이너 포트를 알 수 없습니다. 짐작해서 실행하지 않았습니다. 컨테이너 포트까지 적어 주세요 (예: `docker run -d {example} {image}`).",
                                   "Image `{image}` is not on this engine yet and its EXPOSEd port could not be read from the registry, so the container port is unknown; nothing was guessed or run. Say the container port too (e.g. `docker run -d {example} {image}`)."),
    "plan.offline_port_unknown": ("엔진에 연결되지 않아 `{image}` 이미지가 여는 포트(EXPOSE)를 읽을 수 없습니다. 짐작해서 포트를 정하지 않았습니다. 컨테이너 포트까지 적어 주세요 (예: `docker run -d {example} {image}`).",
                                  "No engine answers, so the port image `{image}` EXPOSEs cannot be read; no port was guessed. Say the container port too (e.g. `docker run -d {example} {image}`)."),
    "plan.offline_place_unknown": ("엔진에 연결되지 않아 `{name}`이(가) 컨테이너(그 안에서 실행: exec)인지 이미지(새 컨테이너: run)인지 알 수 없습니다. 짐작해서 정하지 않았습니다. `docker exec {name} …` 또는 `docker run {name} …`처럼 적어 주세요.",
                                   "No engine answers, so whether `{name}` is a container (run in it: exec) or an image (a new container: run) cannot be told; nothing was guessed. Type `docker exec {name} …` or `docker run {name} …`."),
    "plan.unsupported": ("이 명령은 아직 실행할 수 없습니다.", "gorae can't run this command yet."),
    "plan.image_of_container": ("`{name}` 이미지는 없어서 컨테이너 `{name}`의 이미지 `{image}`(으)로 띄웁니다.",
                                "There is no image `{name}`: the image of container `{name}`, `{image}`, is used."),
    "plan.loan_name_read": ("{said}을(를) 이름 {name}(으)로 읽었습니다 (그 이름에 맞는 것이 하나뿐입니다).",
                           "I read {said} as the name {name} (the one thing here of that name)."),
    "plan.glued_read": ("`{said}`을(를) 붙여 쓴 `{verb} {name}`(으)로 읽었습니다 (이름이 {name}인 컨테이너가 하나뿐입니다).",
                        "I read `{said}` as `{verb} {name}` typed together (the one container named {name})."),
    "plan.loan_network": ("`{said}`은(는) 네트워크 `{name}`(으)로 읽었습니다 (이름이 그것과 맞는 네트워크가 하나뿐입니다).",
                          "`{said}` was read as network `{name}` (the one network whose name it spells)."),
    "plan.loan_network_none": ("`{said}`에 맞는 네트워크가 하나로 정해지지 않습니다 (`{name}`). 네트워크 이름을 영문 그대로 적어 주세요.",
                               "`{said}` does not name exactly one network here (`{name}`): write the network's name as it is."),
    # branch f12en: two bare names of a connect or a disconnect, told apart by the engine
    "plan.network_which": ("`{a}`와(과) `{b}` 중 어느 쪽이 네트워크인지 정해지지 않습니다. `web 컨테이너를 backend 네트워크에 연결`처럼 적어 주세요.",
                           "Which of `{a}` and `{b}` is the network is not clear here: say it as `connect web to backend`."),
    "plan.image_not_container": ("`{name}` 컨테이너는 없어서 `{name}` 이미지로 새 컨테이너를 띄워 실행합니다.",
                                 "There is no container `{name}`: the command runs in a new container of image `{name}`."),
    "plan.which_container_of_image": ("`{name}` 컨테이너는 없고, `{name}` 이미지의 컨테이너가 있습니다: {names}. 어느 컨테이너에서 실행할지 이름으로 말해 주세요 (새 컨테이너는 띄우지 않았습니다).",
                                      "There is no container `{name}`, but containers of image `{name}` are here: {names}. Which container? Say it by name (no new container was started)."),
    # branch wrong10 (issue 8): writes never taken from a prefix, a state, a tag, swapped words or a possessive by guess
    "plan.prefix_for_write": ("`{name}`이라는 컨테이너는 없습니다 (`{full}`의 앞부분일 뿐입니다). 바꾸는 명령은 이름 전체로 말해 주세요: `{full}`.",
                              "There is no container named `{name}` (`{full}` only begins so). Say the whole name for a change: `{full}`."),
    "parse.image_meant": ("`{name}` 컨테이너는 없고 `{name}` 이미지가 있습니다. 이미지를 지우려면 `{name} 이미지 지워`라고 해 주세요.",
                          "There is no container `{name}`, but there is an image `{name}`. To remove the image, say `remove image {name}`."),
    "plan.not_in_state": ("참고: `{name}` 컨테이너는 지금 {status} 상태입니다 (말한 상태: {state}).",
                          "Note: container `{name}` is {status} now, not {state} as said."),
    "plan.nothing_in_state": ("상태가 {state}인 컨테이너가 없습니다. 아무것도 하지 않았습니다.",
                              "No container is {state}: nothing to do."),
    "plan.which_tag": ("`{image}` 이미지는 여기에 여러 태그가 있습니다 ({tags}). 어느 태그를 받을지 말해 주세요.",
                       "Image `{image}` is here with several tags ({tags}). Which tag should be pulled?"),
    "plan.name_is_image": ("`{image}` 이미지는 여기 없고, 이름으로 말한 `{name}`은(는) 이미지입니다. 이미지 `{name}`을(를) `{image}` 이름으로 띄울까요? 그렇다면 `docker run -d --name {image} {name}`라고 해 주세요.",
                           "There is no image `{image}` here, and `{name}`, said as the name, is an image. Did you mean `docker run -d --name {image} {name}`? Say it so."),
    # (k15ko) a new container's name said in Korean that is a network's here ("nginx 컨테이너 backend로 실행"): its name, or
    # the network it joins? asked (plan.py `_run`)
    "plan.name_is_network": ("`{name}`은(는) 여기 있는 네트워크 이름입니다. 새 컨테이너 이름이면 `{image} 컨테이너 {name} 이름으로 실행`, 네트워크에 붙이려면 `{image}을(를) {name} 네트워크로 실행`이라고 해 주세요.",
                             "`{name}` is a network here. For a new container of that name say `run {image} named {name}`; to join the network, `run {image} on the {name} network`."),
    # (f12ko) a number said bare after an image that may be its port or its version: asked (plan.py `_number_said`)
    "plan.bare_number": ("`{image} {number}`: {number}이(가) 포트인지 버전(태그)인지 알 수 없습니다. `{image} {number}포트로` 또는 `{image}:{number}`처럼 말해 주세요.",
                         "`{image} {number}`: is {number} a port or a version (tag)? Say `{image} on port {number}` or `{image}:{number}`."),
    "plan.volumes_of_container": ("`{name}` 컨테이너가 쓰는 볼륨: {volumes}. 어느 볼륨을 지울지 이름으로 말해 주세요 (`{name}`이라는 이름의 볼륨과는 다릅니다).",
                                  "The volumes container `{name}` mounts: {volumes}. Which one? Say it by name (not the volume named `{name}`)."),
    "plan.no_volumes_of_container": ("`{name}` 컨테이너는 이름 있는 볼륨을 쓰지 않습니다. 아무것도 지우지 않았습니다.",
                                     "Container `{name}` mounts no volume: nothing removed."),
    "parse.volume_of_container": ("`{name}`이(가) 쓰는 볼륨은 이름으로 말해 주세요 (`docker inspect {name}`의 Mounts에 있습니다). `{name}`이라는 이름의 볼륨을 지우려면 `{name} 볼륨 지워`라고 해 주세요.",
                                  "Say the volume `{name}` mounts by its name (`docker inspect {name}` lists its Mounts). To remove the volume named `{name}`, say `remove volume {name}`."),
    "plan.will_pull": ("`{image}` 이미지가 없어 먼저 받아옵니다.", "Image `{image}` is not here: it will be pulled first."),
    # --- summaries: what the plan does, one line
    "summary.run": ("`{image}` 이미지로 컨테이너를 실행합니다.", "Run a container from `{image}`."),
    "summary.create": ("`{image}` 이미지로 컨테이너를 만듭니다 (시작하지 않음).", "Create a container from `{image}` (not started)."),
    "summary.start": ("{names} 컨테이너를 시작합니다.", "Start {names}."),
    "summary.stop": ("{names} 컨테이너를 정지합니다 (SIGTERM, 시간이 지나면 SIGKILL).",
                     "Stop {names} (SIGTERM, then SIGKILL after the timeout)."),
    "summary.restart": ("{names} 컨테이너를 재시작합니다.", "Restart {names}."),
    "summary.kill": ("{names} 컨테이너를 강제 종료합니다 (SIGKILL).", "Kill {names} (SIGKILL)."),
    "summary.pause": ("{names} 컨테이너를 일시 중지합니다.", "Pause {names}."),
    "summary.rename": ("`{name}` 컨테이너의 이름을 `{new}`(으)로 바꿉니다.", "Rename container `{name}` to `{new}`."),
    "summary.unpause": ("{names} 컨테이너를 다시 재개합니다.", "Unpause {names}."),
    "summary.rm": ("{names} 컨테이너를 삭제합니다.", "Remove {names}."),
    "summary.prune": ("중지된 컨테이너를 모두 삭제합니다 (지금 {count}개).", "Remove all stopped containers ({count} now)."),
    "summary.volume_prune": ("사용하지 않는 볼륨을 모두 삭제합니다 (지금 {count}개: {names}).",
                             "Remove all unused volumes ({count} now: {names})."),
    "summary.network_prune": ("사용하지 않는 네트워크를 모두 삭제합니다 (지금 {count}개: {names}).",
                              "Remove all unused networks ({count} now: {names})."),
    "summary.image_prune": ("태그 없는(dangling) 이미지 중 사용하지 않는 것을 모두 삭제합니다 (지금 {count}개: {names}).",
                            "Remove all dangling images no container uses ({count} now: {names})."),
    "summary.image_prune_all": ("컨테이너가 사용하지 않는 이미지를 모두 삭제합니다 (지금 {count}개: {names}).",
                                "Remove every image no container uses ({count} now: {names})."),
    "summary.ps": ("컨테이너 목록을 보여 줍니다.", "List containers."),
    "summary.inspect": ("{names} 컨테이너의 상세 정보를 보여 줍니다.", "Show details of {names}."),
    "summary.logs": ("{names} 컨테이너의 로그를 보여 줍니다.", "Show the logs of {names}."),
    "summary.top": ("{names} 컨테이너 안에서 실행 중인 프로세스를 보여 줍니다.", "Show the processes running in {names}."),
    "summary.port": ("{names} 컨테이너가 공개한 포트를 보여 줍니다.", "Show the ports {names} publishes."),
    "summary.exec": ("{names} 컨테이너 안에서 명령을 실행합니다.", "Run a command inside {names}."),
    "summary.pull": ("`{image}` 이미지를 받아옵니다.", "Pull `{image}`."),
    "summary.push": ("`{image}` 이미지를 레지스트리에 올립니다.", "Push `{image}` to its registry."),
    "summary.tag": ("`{source}` 이미지에 `{reference}` 이름(태그)을 붙입니다.",
                    "Tag image `{source}` as `{reference}`."),
    "summary.images": ("이미지 목록을 보여 줍니다.", "List images."),
    "summary.history": ("`{image}` 이미지의 레이어 히스토리를 보여 줍니다.", "Show the layer history of image `{image}`."),
    "summary.image_inspect": ("`{image}` 이미지의 상세 정보를 보여 줍니다.", "Show details of image `{image}`."),
    "summary.rmi": ("`{image}` 이미지를 삭제합니다.", "Remove image `{image}`."),
    "summary.rmi_of": ("`{container}` 컨테이너의 이미지 `{image}`를 삭제합니다.",
                       "Remove image `{image}`, the image of container `{container}`."),
    "summary.volume_create": ("`{names}` 볼륨을 만듭니다.", "Create volume `{names}`."),
    "summary.volume_ls": ("볼륨 목록을 보여 줍니다.", "List volumes."),
    "summary.volume_inspect": ("`{names}` 볼륨 정보를 보여 줍니다.", "Show volume `{names}`."),
    "summary.volume_rm": ("`{names}` 볼륨을 삭제합니다.", "Remove volume `{names}`."),
    "summary.network_create": ("`{names}` 네트워크를 만듭니다.", "Create network `{names}`."),
    "summary.network_ls": ("네트워크 목록을 보여 줍니다.", "List networks."),
    "summary.network_inspect": ("`{names}` 네트워크 정보를 보여 줍니다.", "Show network `{names}`."),
    "summary.network_rm": ("`{names}` 네트워크를 삭제합니다.", "Remove network `{names}`."),
    "summary.network_connect": ("{names} 컨테이너를 `{network}` 네트워크에 연결합니다.", "Connect {names} to network `{network}`."),
    "summary.network_disconnect": ("{names} 컨테이너를 `{network}` 네트워크에서 분리합니다.",
                                   "Disconnect {names} from network `{network}`."),
    "summary.help": ("할 수 있는 일을 알려 드립니다.", "What gorae can do."),
}
