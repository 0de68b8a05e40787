"""Wording for named engines (docker contexts, gorae's `engines:`), fan-out and engine policy.
{key: (korean, english)}.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- configuration
    "config.unreadable": ("설정 파일 {path} 을(를) 읽을 수 없습니다: {why}",
                          "The config file {path} cannot be read: {why}"),
    "engines.bad_context": ("docker 컨텍스트 {path} 을(를) 읽을 수 없어 건너뜁니다.",
                            "The docker context {path} cannot be read; it is left out."),
    "engines.bad_section": ("설정의 `engines:`는 이름 -> 주소 목록이어야 합니다.",
                            "`engines:` in the config must map names to addresses."),
    "engines.bad_name": ("엔진 이름 `{name}`: docker 컨텍스트 이름처럼 두 글자 이상이어야 하고, 영문자나 숫자로 "
                         "시작하며 그 뒤에는 영문자, 숫자, `_ . + -`만 쓸 수 있습니다.",
                         "Engine name `{name}`: like a docker context name, it has two characters or more, "
                         "starts with a letter or digit, and has only letters, digits and `_ . + -` after it."),
    "engines.bad_entry": ("엔진 `{name}`: 주소(문자열) 또는 {{host, tls, default}} 이어야 합니다.",
                          "Engine `{name}`: an address (a string) or {{host, tls, default}}."),
    "engines.bad_host": ("엔진 `{name}`: `{host}` 는 unix://, tcp://, ssh:// 주소가 아닙니다.",
                         "Engine `{name}`: `{host}` is not a unix://, tcp:// or ssh:// address."),
    "engines.bad_tls": ("엔진 `{name}`: `tls:` 는 {{ca, cert, key, verify}} 이어야 합니다.",
                        "Engine `{name}`: `tls:` must be {{ca, cert, key, verify}}."),
    "engines.tls_missing": ("엔진 `{name}`: TLS 파일 {path} 이(가) 없습니다.",
                            "Engine `{name}`: the TLS file {path} does not exist."),
    "engines.bad_default": ("기본 엔진 `{name}` 을(를) 모릅니다 (아는 엔진: {known}).",
                            "The default engine `{name}` is not known (known engines: {known})."),
    # --- choosing an engine
    "engines.unknown": ("`{name}` 이라는 엔진(컨텍스트)은 없습니다. 아는 엔진: {known}",
                        "There is no engine (context) called `{name}`. Known engines: {known}"),
    "engines.prompt_unknown": ("붙여 넣은 프롬프트의 호스트 `{host}` 은(는) 아는 엔진이 아닙니다. 어느 엔진에서 실행할지 말해 주세요 "
                               "(예: `… prod-1에서`). 아는 엔진: {known}. 아무것도 실행하지 않았습니다.",
                               "The pasted prompt is on host `{host}`, which is no engine gorae knows; say the engine to run "
                               "it on (e.g. `… on prod-1`). Known engines: {known}. Nothing ran."),
    "engines.not_chosen": ("엔진 `{name}` 을(를) 확인하지 못해 아무것도 실행하지 않았습니다.",
                           "The engine `{name}` was not looked up, so nothing ran."),
    "engines.two_named": ("엔진이 두 번, 서로 다르게 지정되었습니다(`{first}`, {second}). 하나만 말해 주세요. 아무것도 실행하지 않았습니다.",
                          "The engine is named twice, differently (`{first}`, {second}); name one, nothing ran."),
    "engines.excluded": ("`{said}`: 엔진을 빼는 요청은 실행하지 않습니다. 실행할 엔진을 이름으로 말해 주세요.",
                         "`{said}`: leaving an engine out is not something gorae runs; name the engine to run on."),
    "engines.ambiguous": ("`{name}` 은(는) 여러 엔진에 있습니다: {engines}. 어느 엔진인지 골라 주세요.",
                          "`{name}` is on several engines: {engines}. Which one?"),
    "engines.none_reachable": ("어느 엔진도 응답하지 않았습니다: {engines}",
                               "No engine answered: {engines}"),
    "engines.skipped": ("{engine} 엔진은 응답하지 않아 제외했습니다: {why}",
                        "The engine {engine} did not answer and was left out: {why}"),
    "engines.not_there": ("{engines} 에는 해당 대상이 없어 제외했습니다.",
                          "Left out {engines}: the target is not there."),
    "engines.confirm_many": ("{count}개 엔진({engines})에서 실행합니다. 진행할까요?",
                             "This runs on {count} engines ({engines}). Go ahead?"),
    "engines.fanout": ("{count}개 엔진에서: {summary_ko}", "On {count} engines: {summary_en}"),
    "engines.fanout_done": ("{count}개 엔진 모두에서 끝났습니다.", "Done on all {count} engines."),
    "engines.fanout_failed": ("{count}개 엔진 중 {failed}개에서 실패했습니다: {engines}",
                              "Failed on {failed} of {count} engines: {engines}"),
    "engines.on": ("[{engine}] {text_ko}", "[{engine}] {text_en}"),
    "engines.list_head": ("엔진 {count}개 (기본: {default})", "{count} engines (default: {default})"),
    # --- policy
    "policy.on_engine": ("{reason_ko} (엔진 {engine})", "{reason_en} (engine {engine})"),
    "policy.engine_not_covered": (
        "{role} 역할은 {engine} 엔진에서 쓸 수 없습니다 (허용 엔진: {patterns}).",
        "The {role} role does not reach the engine {engine} (its engines: {patterns})."),
    "policy.err.engine_unknown": ("엔진 패턴 `{pattern}` 에 맞는 엔진이 없습니다 (아는 엔진: {known}).",
                                  "The engine pattern `{pattern}` matches no known engine (known: {known})."),
    # --- alerts
    "alert.engine_label": ("[{engine}] ", "[{engine}] "),
}
