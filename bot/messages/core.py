"""Core wording: parse, plan, execute, render. {key: (korean, english)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- parse
    "parse.empty": ("무엇을 할까요? 예: `web 재시작`, `nginx 80포트로 실행`.",
                    "What should I do? For example: `restart web`, `run nginx on port 80`."),
    "parse.unknown": ("이해하지 못했습니다: {where}", "I could not read this: {where}"),
    "parse.too_long": ("요청이 너무 깁니다 ({length}자). 한 번에 명령 하나만 적어 주세요.",
                       "That request is too long ({length} characters). Please send one command at a time."),
    "parse.shell_meta": ("이름에 셸 특수문자 `{char}`가 있어 실행하지 않았습니다. 명령은 하나씩, 이름만 적어 주세요.",
                         "Nothing ran: `{char}` is a shell metacharacter, not part of a name. Send one command at a time, with plain names."),
    "parse.prohibition": ("'하지 말라'는 뜻으로 이해했습니다. 아무것도 실행하지 않았습니다.",
                          "Understood as a prohibition — nothing was run."),
    "parse.interactive": ("대화형 터미널(-it)은 채팅에서 쓸 수 없습니다. 명령 하나를 실행해 보세요: `{example}`",
                          "Interactive terminals (-it) are not a chat feature. Run one command instead: `{example}`"),
    "parse.suggest": ("이런 명령을 알고 있습니다:", "Commands I know that are close:"),
    "parse.invalid_name": ("`{name}`은(는) 올바른 이름이 아닙니다. 실행하지 않았습니다.",
                           "`{name}` is not a valid name. Nothing ran."),
}
