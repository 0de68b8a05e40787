"""Policy, guards, confirmation/approval, rate limit, audit wording. {key: (korean, english)}.

Reasons are built by bot.policy.check from smaller pieces (a verb's noun, "only in
#ops", a guard's why); each piece is rendered in both languages and passed as
`{name_ko}` / `{name_en}` parameters, so a Decision stays a language-neutral Msg.
Korean particles after a Hangul word are chosen by `josa` (은/는, 을/를).
"""
from __future__ import annotations

from typing import Any

from bot.model import Msg

MESSAGES: dict[str, tuple[str, str]] = {}

# ============================================================================ verbs (nouns / gerunds)
MESSAGES.update({
    "verb.run": ("실행", "Running"),
    "verb.create": ("생성", "Creating"),
    "verb.start": ("시작", "Starting"),
    "verb.stop": ("중지", "Stopping"),
    "verb.restart": ("재시작", "Restarting"),
    "verb.kill": ("강제 종료", "Killing"),
    "verb.pause": ("일시 정지", "Pausing"),
    "verb.rename": ("이름 바꾸기", "Renaming"),
    "verb.unpause": ("재개", "Unpausing"),
    "verb.rm": ("삭제", "Removing"),
    "verb.container_prune": ("멈춘 컨테이너 정리", "Pruning stopped containers"),
    "verb.ps": ("컨테이너 목록 보기", "Listing containers"),
    "verb.inspect": ("상세 보기", "Inspecting"),
    "verb.logs": ("로그 보기", "Reading the logs of"),
    "verb.exec": ("명령 실행(exec)", "Running a command (exec) in"),
    "verb.pull": ("이미지 받기", "Pulling"),
    "verb.push": ("이미지 올리기", "Pushing"),
    "verb.tag": ("이미지 태그 달기", "Tagging"),
    "verb.images": ("이미지 목록 보기", "Listing images"),
    "verb.rmi": ("이미지 삭제", "Removing the image"),
    "verb.volume_create": ("볼륨 생성", "Creating the volume"),
    "verb.volume_ls": ("볼륨 목록 보기", "Listing volumes"),
    "verb.volume_inspect": ("볼륨 상세 보기", "Inspecting the volume"),
    "verb.volume_prune": ("안 쓰는 볼륨 정리", "Pruning unused volumes"),
    "verb.network_prune": ("안 쓰는 네트워크 정리", "Pruning unused networks"),
    "verb.image_prune": ("안 쓰는 이미지 정리", "Pruning unused images"),
    "verb.volume_rm": ("볼륨 삭제", "Removing the volume"),
    "verb.network_create": ("네트워크 생성", "Creating the network"),
    "verb.network_ls": ("네트워크 목록 보기", "Listing networks"),
    "verb.network_inspect": ("네트워크 상세 보기", "Inspecting the network"),
    "verb.network_rm": ("네트워크 삭제", "Removing the network"),
    "verb.network_connect": ("네트워크 연결", "Connecting to the network"),
    "verb.network_disconnect": ("네트워크 연결 해제", "Disconnecting from the network"),
    "verb.help": ("도움말", "Help"),
    "verb.other": ("이 작업", "This action on"),
    # kinds
    "kind.container": ("컨테이너", "container"),
    "kind.image": ("이미지", "image"),
    "kind.volume": ("볼륨", "volume"),
    "kind.network": ("네트워크", "network"),
    # joiners and places
    "policy.or": (" 또는 ", " or "),
    "policy.where.none": ("", ""),
    "policy.where.only": (" ({channels} 채널에서만)", " (only in {channels})"),
    "policy.dm": ("DM", "DM"),
    "policy.anywhere": ("어디서나", "anywhere"),
})

# ============================================================================ decisions
MESSAGES.update({
    "policy.need_role": ("{subj_ko}{verb_ko_eun} {roles_ko} 역할이 필요합니다{where_ko}",
                         "{verb_en}{subj_en} needs the {roles_en} role{where_en}"),
    "policy.unknown_user": ("{user}에게는 이 정책의 역할이 없습니다: {subj_ko}{verb_ko_eun} {roles_ko} 역할이 필요합니다",
                            "{user} has no role in this policy: {verb_en}{subj_en} needs the {roles_en} role"),
    "policy.nobody": ("이 정책에서는 아무도 {subj_ko}{verb_ko_eul} 할 수 없습니다 ({verb_class} 권한을 주는 역할이 없음)",
                      "No role in this policy allows {verb_lc}{subj_en} (no role has {verb_class})"),
    "policy.not_covered": ("{role} 역할은 {target}에 쓸 수 없습니다 (대상: {patterns})",
                           "The {role} role does not cover {target} (it covers: {patterns})"),
    "policy.not_covered_kind": ("{role} 역할은 {kind_ko} {target}에 쓸 수 없습니다 (대상: {patterns})",
                                "The {role} role does not cover the {kind_en} {target} (it covers: {patterns})"),
    "policy.relative_bind": ("`{source}`: 호스트 경로는 절대 경로로 써 주세요 (`/`로 시작). `~`와 상대 경로는 확인할 수 없어 아무것도 실행하지 않았습니다",
                             "`{source}`: use an absolute path for a host directory (starting with `/`); `~` and "
                             "relative paths cannot be checked. Nothing ran"),
    "policy.binding_missed": ("{binding}({line}번째 줄)은 {role} 역할을 {who}에게만 줍니다",
                              "{binding} (line {line}) gives {role} only to {who}"),
    "policy.binding_missed_in": ("{binding}({line}번째 줄)은 {role} 역할을 {channels} 채널에서만 줍니다",
                                 "{binding} (line {line}) gives {role} only in {channels}"),
    "policy.with_binding": ("{reason_ko} — {missed_ko}", "{reason_en} — {missed_en}"),
    "policy.unnamed_run": ("{role} 역할로 실행하려면 {patterns}에 맞는 이름을 정해 주세요 (--name)",
                           "With the {role} role, give the container a name matching {patterns} (--name)"),
    "policy.bad_name": ("`{name}`은(는) 올바른 {kind_ko} 이름이 아닙니다 (`{char}`). 아무것도 실행하지 않았습니다",
                        "`{name}` is not a valid {kind_en} name (`{char}`). Nothing ran"),
    "policy.lookalike": ("`{name}`에 ASCII가 아닌 글자 `{char}`({code})가 있습니다. 비슷하게 생긴 다른 글자일 수 있어 아무것도 실행하지 않았습니다",
                         "`{name}` contains `{char}` ({code}), a non-ASCII character that only looks like a Latin letter. Nothing ran"),
    "policy.rate": ("쓰기 작업은 1분에 {limit}번까지입니다. {wait}초 뒤에 다시 해 주세요",
                    "Slow down: at most {limit} write actions a minute. Try again in {wait} s"),
    "policy.local_none": ("이 정책은 터미널 사용자에게 역할을 주지 않습니다 (local: none)",
                          "This policy gives the terminal user no role (local: none)"),
})

# ============================================================================ confirmation and approval
MESSAGES.update({
    "policy.confirm.destructive": ("{subj_ko}{verb_ko_eun} 되돌릴 수 없습니다. 실행할까요?",
                                   "{verb_en}{subj_en} cannot be undone. Go ahead?"),
    "policy.confirm.multi": ("컨테이너 {count}개에 실행합니다: {names}. 실행할까요?",
                             "This acts on {count} container(s): {names}. Go ahead?"),
    "policy.confirm.rule": ("정책({rule})에 따라 {subj_ko}{verb_ko_eun} 확인이 필요합니다. 실행할까요?",
                            "The policy ({rule}) asks for a yes before {verb_lc}{subj_en}. Go ahead?"),
    "policy.confirm.guard": ("`{detail}`: {why_ko}. {role} 역할이 허용하지만 확인이 필요합니다. 실행할까요?",
                             "`{detail}`: {why_en}. The {role} role allows it, with a yes. Go ahead?"),
    "policy.approve": ("{subj_ko}{verb_ko_eun} 다른 사람의 승인이 필요합니다: {approvers} 역할을 가진 사람이 같은 채널에서 승인해야 합니다 ({rule})",
                       "{verb_en}{subj_en} needs approval by someone else with the {approvers} role, in this channel ({rule})"),
    "policy.approve.self": ("자기 요청은 스스로 승인할 수 없습니다. {approvers} 역할을 가진 다른 사람이 승인해야 합니다",
                            "You cannot approve your own request: someone else with the {approvers} role must"),
    "policy.approve.not_approver": ("{user}은(는) 이 요청을 승인할 수 없습니다: {approvers} 역할이 필요합니다 ({rule})",
                                    "{user} cannot approve this: it needs the {approvers} role ({rule})"),
    "policy.approve.no_policy": ("정책 파일이 없어 승인할 수 있는 사람이 없습니다",
                                 "There is no policy file, so nobody can approve"),
    "policy.approved": ("{user}이(가) 승인했습니다", "Approved by {user}"),
    "confirm.changed": ("확인을 기다리는 사이에 대상이 바뀌었습니다 ({what}). 지금 상태로 다시 확인해 주세요",
                        "The targets changed while waiting for your yes ({what}); please confirm again against what is there now"),
    "confirm.gone": ("확인을 기다리는 사이에 대상이 사라졌습니다. 아무것도 실행하지 않았습니다",
                     "The targets are gone since you were asked. Nothing ran"),
    "confirm.needs_approval": ("이제는 다른 사람의 승인이 필요합니다", "This now needs someone else's approval"),
})

# ============================================================================ guards
MESSAGES.update({
    "policy.guard": ("`{detail}`은(는) 막혀 있습니다 ({guard} 가드): {why_ko}. 이 가드를 허용하는 역할이 필요합니다",
                     "`{detail}` is blocked by the {guard} guard: {why_en}. It needs a role that allows this guard"),
    "guard.why.privileged": ("컨테이너가 호스트 전체를 제어할 수 있게 됩니다", "it gives the container full control of the host"),
    "guard.why.cap_add": ("컨테이너에 커널 권한(capability)을 더합니다", "it adds kernel capabilities to the container"),
    "guard.why.host_pid": ("호스트의 모든 프로세스를 보고 건드릴 수 있게 됩니다", "it shares the host's process namespace"),
    "guard.why.host_ipc": ("호스트의 공유 메모리(IPC)를 함께 씁니다", "it shares the host's IPC namespace"),
    "guard.why.host_network": ("호스트 네트워크를 그대로 씁니다", "it puts the container on the host's network stack"),
    "guard.why.device": ("호스트 장치를 컨테이너에 넘깁니다", "it passes a host device into the container"),
    "guard.why.sensitive_mount": ("호스트의 민감한 경로(시스템 파일, 도커 소켓)를 마운트합니다",
                                  "it mounts a sensitive host path (system files or the Docker socket)"),
    "guard.why.bind_mount": ("허용 목록({allow}) 밖의 호스트 경로를 마운트합니다",
                             "it mounts a host path outside the allowlist ({allow})"),
    "guard.why.bind_unseen": ("허용된 경로 {root}이(가) gorae가 실행되는 곳에서 보이지 않아, 그 안의 링크가 어디를 가리키는지 확인할 수 없습니다. "
                              "{root}을(를) 만들거나, gorae가 컨테이너에서 실행된다면 같은 경로로 마운트해 주세요(읽기 전용)",
                              "the allowed tree {root} is not visible where gorae runs, so a link in it could lead "
                              "anywhere; create {root}, or when gorae runs in a container mount it there at the same "
                              "path (read-only)"),
    "guard.why.host_flag": ("다른 도커 엔진을 가리키는 옵션입니다", "it points gorae at another Docker engine"),
    "guard.why.security_opt": ("보안 프로필(seccomp/AppArmor/SELinux)을 바꿉니다", "it changes the security profile"),
    "guard.why.host_uts": ("호스트의 호스트 이름(UTS 네임스페이스)을 함께 씁니다", "it shares the host's UTS namespace (hostname)"),
    "guard.why.userns_host": ("사용자 네임스페이스 격리를 끕니다", "it turns user-namespace isolation off"),
    "guard.allowlist_empty": ("비어 있음", "empty"),
    # for the parser: CLI input with -H/--host/--context
    "guard.host_flag": ("`{flag}`: 다른 도커 엔진을 지정하는 옵션은 쓸 수 없습니다. gorae는 설정된 엔진에만 명령합니다",
                        "`{flag}` is not allowed: gorae only talks to the Docker engine it was configured with"),
})

# ============================================================================ policy file
MESSAGES.update({
    "policy.err.yaml": ("YAML 문법 오류: {problem}", "YAML syntax error: {problem}"),
    "policy.err.empty": ("정책 파일이 비어 있습니다", "the policy file is empty"),
    "policy.err.mapping": ("{where}은(는) `키: 값` 매핑이어야 합니다", "{where} must be a mapping (key: value)"),
    "policy.err.list": ("{where}은(는) 목록이어야 합니다", "{where} must be a list"),
    "policy.err.string": ("{where}은(는) 문자열이어야 합니다", "{where} must be a string"),
    "policy.err.unknown_key": ("{where}에 알 수 없는 키 `{name}`{hint_ko}", "unknown key `{name}` in {where}{hint_en}"),
    "policy.err.hint": (" (`{guess}`인가요?)", " (did you mean `{guess}`?)"),
    "policy.err.duplicate": ("키 `{name}`가 두 번 나옵니다", "the key `{name}` appears twice"),
    "policy.err.verb": ("알 수 없는 동사 분류 `{verb}`{hint_ko} (쓸 수 있는 것: {known})",
                        "unknown verb class `{verb}`{hint_en} (known: {known})"),
    "policy.err.rule_verb": ("알 수 없는 동사 `{verb}`{hint_ko}", "unknown verb `{verb}`{hint_en}"),
    "policy.err.role": ("역할 `{role}`이(가) roles에 없습니다{hint_ko}", "role `{role}` is not defined in roles{hint_en}"),
    "policy.err.guard": ("알 수 없는 가드 `{guard}`{hint_ko} (쓸 수 있는 것: {known})",
                         "unknown guard `{guard}`{hint_en} (known: {known})"),
    "policy.err.pattern": ("패턴 `{pattern}`에 쓸 수 없는 글자가 있습니다", "the pattern `{pattern}` has characters a name cannot have"),
    "policy.err.path": ("`{path}`은(는) 절대 경로여야 합니다", "`{path}` must be an absolute path"),
    "policy.err.number": ("{where}은(는) 0 이상의 정수여야 합니다", "{where} must be a whole number, 0 or more"),
    "policy.err.duration": ("{where}: `{value}`은(는) 시간이 아닙니다 (예: 300, 5m, 1h)",
                            "{where}: `{value}` is not a duration (e.g. 300, 5m, 1h)"),
    "policy.err.no_subject": ("바인딩에 대상이 없습니다: users, groups, channels, local 중 하나가 필요합니다",
                              "the binding has no subject: it needs users, groups, channels or local"),
    "policy.err.missing": ("{where}에 `{name}`가 필요합니다", "{where} needs `{name}`"),
    "policy.err.version": ("지원하지 않는 버전 {version} (1만 지원)", "unsupported version {version} (only 1)"),
    "policy.err.channel": ("채널 `{channel}`: `#이름`, 채널 ID(C…/G…/D…), `dm`, `terminal` 또는 `*`이어야 합니다",
                           "channel `{channel}`: use `#name`, a channel ID (C…/G…/D…), `dm`, `terminal` or `*`"),
    "policy.err.channel_id": ("channels의 `{name}: {value}`: 값은 채널 ID(C…/G…, 채널 오른쪽 클릭 > 링크 복사의 끝부분)여야 합니다. "
                              "Slack은 채널 ID를 보내므로 이름은 절대 맞지 않습니다",
                              "`{name}: {value}` in channels: the value must be the channel's ID (C…/G…, the end of "
                              "right-click > Copy link); Slack sends channel IDs, so a name could never match"),
    "policy.err.channel_unknown": ("채널 `{channel}`이(가) channels에 없습니다. Slack은 채널 ID를 보내므로 이 이름은 절대 맞지 않습니다: channels에 `{name}: C…`를 넣거나 ID를 쓰세요",
                                   "channel `{channel}` is not in channels: Slack sends channel IDs, so it could never "
                                   "match; add `{name}: C…` under channels or write the ID"),
    "policy.err.user": ("`{user}`은(는) Slack 사용자 ID가 아닙니다: 이름, @핸들, 표시 이름은 절대 맞지 않습니다. 멤버 ID(U… 또는 W…, 프로필 ⋮ 메뉴 > 멤버 ID 복사)를 쓰세요",
                        "`{user}` is not a Slack user ID: names, @handles and display names never match; use the "
                        "member ID (U… or W…, profile ⋮ menu > Copy member ID)"),
    "policy.err.group": ("그룹 `{group}`은(는) 이 정책의 groups에도 없고 Slack 사용자 그룹 ID(S…)도 아닙니다{hint_ko}. Slack 사용자 그룹은 ID로만 지정합니다: 핸들은 누구나 만들 수 있어 절대 맞지 않습니다",
                         "group `{group}` is neither in groups nor a Slack user group ID (S…){hint_en}; name a Slack "
                         "user group by its ID: anyone can create a handle, so a handle never matches"),
    "policy.err.read": ("정책 파일을 읽을 수 없습니다: {problem}", "cannot read the policy file: {problem}"),
    "policy.check.ok": ("{file}: 문제 없음 — 역할 {roles}개, 바인딩 {bindings}개, 확인 규칙 {confirms}개, 승인 규칙 {approves}개",
                        "{file}: OK — {roles} roles, {bindings} bindings, {confirms} confirm rules, {approves} approve rules"),
    "policy.check.failed": ("{file}: 오류 {count}개", "{file}: {count} error(s)"),
})

# ============================================================================ explain and audit CLI
MESSAGES.update({
    "policy.explain.not_understood": ("이해하지 못했습니다: {text}", "Not understood: {text}"),
    "policy.explain.decision": ("결정", "Decision"),
    "policy.explain.reason": ("이유", "Reason"),
    "policy.explain.rule": ("규칙", "Rule"),
    "policy.explain.roles": ("이 채널에서의 역할", "Roles here"),
    "policy.explain.command": ("명령", "Command"),
    "policy.explain.none": ("없음", "none"),
    "decision.allow": ("허용", "allow"),
    "decision.deny": ("거부", "deny"),
    "decision.confirm": ("확인 필요", "confirm"),
    "decision.approve": ("승인 필요", "approve"),
    "audit.col.id": ("#", "#"),
    "audit.col.time": ("시각", "Time"),
    "audit.col.user": ("사용자", "User"),
    "audit.col.channel": ("채널", "Channel"),
    "audit.col.text": ("요청", "Request"),
    "audit.col.cli": ("명령", "Command"),
    "audit.col.decision": ("결정", "Decision"),
    "audit.col.outcome": ("결과", "Outcome"),
    "audit.col.seconds": ("초", "Secs"),
    "audit.outcome.none": ("시작됨, 결과 없음", "started, no outcome"),
    "audit.empty": ("기록이 없습니다.", "No records."),
    "audit.bad_time": ("시간 `{value}`을(를) 읽을 수 없습니다 (예: 10m, 2h, 3d, 2026-01-31, 2026-01-31T09:00)",
                       "cannot read the time `{value}` (e.g. 10m, 2h, 3d, 2026-01-31, 2026-01-31T09:00)"),
    "audit.no_db": ("감사 로그가 없습니다: {path}", "There is no audit log at {path}"),
})


def has_batchim(word: str) -> bool | None:
    """Does the last Hangul syllable end in a consonant? None if it is not Hangul."""
    for ch in reversed(word.strip()):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isalnum():
            return None
    return None


def josa(word: str, with_final: str, without_final: str) -> str:
    """`word` + the right particle: josa("재시작", "은", "는") == "재시작은"."""
    b = has_batchim(word)
    if b is None:
        return f"{word}{with_final}({without_final})"
    return word + (with_final if b else without_final)


def expand(msg_key: str, /, **params: Any) -> Msg:
    """A Msg whose Msg-valued params are pre-rendered in both languages.

    A param `verb=Msg(...)` becomes `verb_ko`, `verb_en`, plus `verb_ko_eun` / `verb_ko_eul`
    (with the Korean particle) and `verb_lc` (English, lower-case first letter), so
    the reason stays one language-neutral Msg that any renderer can format.
    """
    from bot.messages import text  # late: this module is loaded by bot.messages

    flat: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, Msg):
            ko, en = text(value, "ko"), text(value, "en")
            flat.update({f"{name}_ko": ko, f"{name}_en": en, f"{name}_ko_eun": josa(ko, "은", "는"),
                         f"{name}_ko_eul": josa(ko, "을", "를"), f"{name}_lc": en[:1].lower() + en[1:]})
        elif isinstance(value, str) and value == "":
            flat.update({f"{name}_ko": "", f"{name}_en": "", name: ""})
        else:
            flat[name] = value
    return Msg(msg_key, tuple(sorted(flat.items())))
