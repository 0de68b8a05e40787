"""Wording for settings and start-up checks. {key: (korean, english)}.

One line each: what is wrong, and how to fix it.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "config.bad_level": ("{name}={value}: 로그 수준은 debug, info, warning, error, critical 중 하나입니다.",
                         "{name}={value}: the log level is one of debug, info, warning, error, critical."),
    "config.bad_int": ("{name}={value}: {low}에서 {high} 사이의 정수여야 합니다.",
                       "{name}={value}: must be a whole number from {low} to {high}."),
    "config.bad_seconds": ("{name}={value}: 초 단위 숫자여야 합니다 ({low}–{high}).",
                           "{name}={value}: must be a number of seconds ({low}–{high})."),
    "config.bad_number": ("{name}={value}: {low}에서 {high} 사이의 숫자여야 합니다.",
                          "{name}={value}: must be a number from {low} to {high}."),
    "config.bad_token": ("{name}: `{prefix}`로 시작하는 토큰이어야 합니다 (docs/slack.md 2단계).",
                         "{name}: must be a token that starts with `{prefix}` (docs/slack.md, step 2)."),
    "config.bad_docker_host": ("DOCKER_HOST={value}: unix://, tcp://, ssh:// 주소가 아닙니다.",
                               "DOCKER_HOST={value}: not a unix://, tcp:// or ssh:// address."),
    "config.policy_dir": ("정책 파일 {path} 이(가) 디렉터리입니다. 호스트에 파일이 없어서 Docker가 대신 빈 디렉터리를 "
                          "만든 경우입니다: GORAE_POLICY_FILE에 실제 정책 파일 경로를 지정하세요.",
                          "The policy file {path} is a directory: Docker made it because the file was missing on "
                          "the host. Point GORAE_POLICY_FILE at your real policy file."),
    "config.policy_missing": ("정책 파일 {path} 이(가) 없습니다: GORAE_POLICY(또는 --policy)에 있는 파일을 지정하세요.",
                              "The policy file {path} does not exist: point GORAE_POLICY (or --policy) at a file."),
    "config.policy_unreadable": ("정책 파일 {path} 을(를) 읽을 수 없습니다 ({why}): 권한을 확인하세요 "
                                 "(컨테이너의 gorae 사용자는 uid 10001).",
                                 "The policy file {path} cannot be read ({why}): check its permissions "
                                 "(the container's gorae user is uid 10001)."),
    "config.engine_denied": ("Docker 소켓 {where} 에 권한이 없습니다: 소켓의 그룹이 필요합니다 "
                             "(compose: deploy/.env의 DOCKER_GID에 `stat -c %g /var/run/docker.sock`이 출력하는 숫자).",
                             "No permission on the Docker socket {where}: gorae needs the socket's group "
                             "(compose: DOCKER_GID in deploy/.env, the number `stat -c %g /var/run/docker.sock` prints)."),
    "config.engine_down": ("Docker 엔진 {where} 에 연결할 수 없습니다: {why}",
                           "Cannot reach the Docker engine at {where}: {why}"),
    "config.health_ok": ("정상: Slack {slack}, 엔진 {engine} ({age}초 전 확인)",
                         "healthy: Slack {slack}, engine {engine} (checked {age} s ago)"),
    "config.health_bad": ("비정상: Slack {slack}, 엔진 {engine} ({age}초 전 확인)",
                          "unhealthy: Slack {slack}, engine {engine} (checked {age} s ago)"),
    "config.health_starting": ("시작 중: 작업 프로세스가 파서와 Kiwi를 불러오는 중입니다 ({age}초 전 확인).",
                               "starting: the worker processes are still loading the parsers and Kiwi (checked {age} s ago)."),
    "config.health_stale": ("비정상: {path} 이(가) {age}초 동안 갱신되지 않았습니다 (gorae slack이 멈췄거나 시작 중).",
                            "unhealthy: {path} was not updated for {age} s (gorae slack is stuck or still starting)."),
    "config.health_none": ("비정상: {path} 이(가) 없습니다 (gorae slack이 실행 중이 아닙니다).",
                           "unhealthy: no {path} (gorae slack is not running)."),
    "config.secret_both": ("{name}와 {name}_FILE이 둘 다 설정되어 있습니다: 하나만 쓰세요 (Swarm에서는 {name}_FILE 또는 /run/secrets).",
                           "Both {name} and {name}_FILE are set: use one (under Swarm, {name}_FILE or /run/secrets)."),
    "config.secret_unreadable": ("{name}의 파일 {path}을 읽을 수 없습니다: {why}.", "Cannot read {name} from {path}: {why}."),
    "config.secret_empty": ("{name}의 파일 {path}이 비어 있습니다.", "The file {path} for {name} is empty."),
}
