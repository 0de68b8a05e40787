"""Wording of the docker-CLI dialect: docker's own reasons, in Korean and English.

The English text is docker's error as docker prints it (docker/cli, moby, go-connections);
the Korean says the same and keeps docker's words in backticks. {key: (korean, english)}.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- words and flags
    "cli.unterminated_quote": ("따옴표가 닫히지 않았습니다. 셸처럼 따옴표를 짝지어 주세요.",
                               "A quote is not closed: pair the quotes as a shell would."),
    "cli.shell_expansion": ("`{text}`은(는) 셸이 펼치는 부분입니다 (변수, `$(…)`, `~`). gorae는 셸을 쓰지 않으므로 "
                            "셸에서와 같은 뜻이 될 수 없습니다. 값을 그대로 적거나 작은따옴표로 감싸 주세요.",
                            "`{text}` is something a shell expands (a variable, `$(…)`, `~`). gorae runs no shell, "
                            "so it cannot mean what it would there: write the value itself, or single-quote it."),
    "cli.bad_context": ("`--context {name}`: 컨텍스트 이름이 아닙니다 (영문자·숫자로 시작, `*` 같은 패턴은 안 됩니다). 아무것도 실행하지 않았습니다.",
                        "`--context {name}` is not a context's name (letters, digits and `_ . + -`, no pattern such as `*`); nothing ran."),
    "cli.two_contexts": ("엔진이 두 개 지정되었습니다(`{first}`, `{second}`). 하나만 말해 주세요. 아무것도 실행하지 않았습니다.",
                         "Two engines are named, `{first}` and `{second}`; name one, nothing ran."),
    "cli.no_command": ("docker 다음에 명령이 없습니다 (예: `docker ps`).",
                       "Nothing after `docker`: add a command (e.g. `docker ps`)."),
    "cli.typo_asked": ("`{typed}`을(를) docker 명령 `{meant}`의 오타로 읽었습니다. 이대로 실행할까요?",
                       "I read `{typed}` as a typo of the docker command `{meant}`. Run it?"),
    "cli.unknown_command": ("`{command}`은(는) gorae가 실행하는 docker 명령이 아닙니다.",
                            "docker: '{command}' is not a docker command gorae runs."),
    "cli.unknown_flag": ("docker {command}에 없는 옵션입니다: `{flag}`",
                         "unknown flag: {flag} (docker {command})"),
    "cli.unknown_shorthand": ("docker {command}에 없는 짧은 옵션입니다: `{word}`의 `{letter}`",
                              "unknown shorthand flag: '{letter}' in {word} (docker {command})"),
    "cli.flag_needs_argument": ("옵션에 값이 필요합니다: {flag}", "flag needs an argument: {flag}"),
    "cli.bad_bool": ("`{value}`은(는) 참/거짓 값이 아닙니다 ({flag}).",
                     'invalid argument "{value}" for "{flag}": strconv.ParseBool: parsing "{value}": invalid syntax'),
    "cli.hangul_program": ("`{word}`은(는) 컨테이너에서 실행할 프로그램이 아닙니다: docker 명령 뒤의 한국어는 명령의 일부로 읽지 않습니다. "
                           "명령만 입력하거나 문장으로 말해 주세요.",
                           "`{word}` is no program to run in a container: Korean after a docker command line is not read as "
                           "part of it. Type the command alone, or say it as a sentence."),
    "cli.chat_after_command": ("`{words}`은(는) 명령 뒤에 한 말로 읽었습니다. 명령의 인자로 붙여 실행하지 않습니다: 실행할 것이면 "
                               "명령만 다시 입력해 주세요.",
                               "`{words}` reads as chat after the command, never as its arguments: nothing was run. To run "
                               "it, type the command alone."),
    "cli.courtesy_after_command": ("`{words}`은(는) 명령의 인자가 아니라 인사말로 읽었습니다. 그것 없이 실행할까요?",
                                   "`{words}` reads as courtesy, not the command's arguments. Run it without them?"),
    "cli.needs_image": ("`docker {command}`에는 이미지가 필요합니다.", '"docker {command}" requires at least 1 argument.'),
    "cli.needs_argument": ("`docker {command}`에는 대상이 하나 이상 필요합니다.",
                           '"docker {command}" requires at least 1 argument.'),
    "cli.one_argument": ("`docker {command}`에는 대상을 정확히 하나 적어 주세요.",
                         '"docker {command}" requires exactly 1 argument.'),
    "cli.two_arguments": ("`docker {command}`에는 네트워크와 컨테이너를 하나씩 적어 주세요.",
                          '"docker {command}" requires exactly 2 arguments.'),
    "cli.rename_arguments": ("`docker rename`에는 컨테이너와 새 이름 두 개를 적어 주세요 (`docker rename web web-old`).",
                             '"docker rename" requires exactly 2 arguments: CONTAINER NEW_NAME.'),
    "cli.tag_arguments": ("`docker tag`에는 원본 이미지와 새 이름 두 개를 적어 주세요 (`docker tag nginx nginx:v2`).",
                          '"docker tag" requires exactly 2 arguments: SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG].'),
    "cli.tag_digest": ("새 이름 `{image}`에는 다이제스트(@sha256:…)를 붙일 수 없습니다. 태그를 적어 주세요 (`이름:태그`).",
                       "refusing to create a tag with a digest reference: `{image}`; give a tag (`name:tag`)."),
    "cli.bad_reference": ("`{image}`은(는) 새 이미지 이름으로 쓸 수 없습니다: 저장소 이름은 소문자, 태그는 영문·숫자·`_.-`로 "
                          "적어 주세요 (예: `nginx:prod`).",
                          "invalid reference format: `{image}` (the repository in lower case, a tag of letters, digits "
                          "and `_.-`, e.g. `nginx:prod`)."),
    "cli.no_arguments": ("`docker {command}`은(는) 인자를 받지 않습니다 (`{word}`).",
                         '"docker {command}" accepts no arguments (got `{word}`).'),
    "cli.exec_needs_command": ("`docker exec`에는 컨테이너와 실행할 명령이 필요합니다.",
                               '"docker exec" requires at least 2 arguments.'),
    # (k8s21) kubectl's separator typed in a docker exec: docker would run a program named `--`
    "cli.exec_separator": ("`docker exec`는 `--`를 구분자로 읽지 않고 `--`라는 프로그램을 실행하려 합니다 (kubectl과 다름). "
                           "`{container}`에서 `--` 뒤의 명령을 실행할까요?",
                           "docker exec reads no `--` separator (kubectl does): it would run a program named `--`. "
                           "Run the command after `--` in `{container}`?"),
    "cli.exec_separator_twice": ("`--`가 두 번 있어 `{container}`에서 실행할 명령이 어디서 시작하는지 알 수 없습니다. "
                                 "`--` 없이 명령만 적어 주세요 (`exec {container} ls /etc`).",
                                 "`--` is typed twice: where the command run in `{container}` starts is unclear. Type the "
                                 "command without `--` (`exec {container} ls /etc`)."),
    # --- refused on purpose
    "cli.refused_tty": ("`{flag}`은(는) 터미널을 붙잡는 옵션이라 채팅에서는 쓸 수 없습니다.",
                        "`{flag}` attaches a terminal: not a chat feature."),
    "cli.refused_host_file": ("`{flag}`은(는) gorae가 도는 기계의 파일을 읽거나 씁니다. gorae는 그렇게 하지 않습니다.",
                              "`{flag}` reads or writes a file on the machine gorae runs on: gorae never does."),
    "cli.refused_no_sdk": ("`{flag}` 옵션(docker {command})은 gorae가 아직 실행할 수 없습니다 (Docker SDK로 표현되지 않음).",
                           "gorae cannot run `{flag}` (docker {command}) yet: the Docker SDK call cannot express it."),
    "cli.refused_client": ("`{flag}`은(는) docker 클라이언트 자체의 설정이라 gorae에는 해당하지 않습니다.",
                           "`{flag}` is a setting of the docker client itself; it does not apply to gorae."),
    # --- names and images
    "cli.bad_container_name": ("잘못된 컨테이너 이름입니다 (`{name}`). [a-zA-Z0-9][a-zA-Z0-9_.-]만, 두 글자 이상 쓸 수 있습니다.",
                               "Invalid container name ({name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed, two characters or more"),
    "cli.bad_volume_name": ("`{name}`은(는) 로컬 볼륨 이름으로 쓸 수 없습니다 ([a-zA-Z0-9][a-zA-Z0-9_.-], 두 글자 이상). "
                            "호스트 디렉터리라면 절대 경로로 적어 주세요.",
                            '"{name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" '
                            "are allowed, two characters or more. If you intended to pass a host directory, use absolute path"),
    "cli.bad_image": ("`{image}`은(는) 올바른 이미지 이름이 아닙니다.", "invalid reference format: {image}"),
    "cli.image_lowercase": ("이미지 저장소 이름은 소문자여야 합니다 (`{image}`).",
                            "invalid reference format: repository name must be lowercase ({image})"),
    # --- ports
    "cli.no_port": ("포트가 없습니다: `{spec}`", "no port specified: {spec}<empty>"),
    "cli.bad_proto": ("`{proto}`은(는) 프로토콜이 아닙니다 (tcp, udp, sctp).", "invalid proto: {proto}"),
    "cli.bad_ip": ("`{ip}`은(는) 올바른 IP 주소가 아닙니다 (호스트 이름은 쓸 수 없습니다).", "invalid IP address: {ip}"),
    "cli.bad_container_port": ("잘못된 컨테이너 포트입니다: `{port}`", "invalid containerPort: {port}"),
    "cli.bad_host_port": ("잘못된 호스트 포트입니다: `{port}`", "invalid hostPort: {port}"),
    "cli.bad_ranges": ("컨테이너 포트 범위와 호스트 포트 범위의 크기가 다릅니다: `{container}`, `{host}`",
                       "invalid ranges specified for container and host Ports: {container} and {host}"),
    "cli.publish_format": ("`--publish` 값은 name=value 형식이어야 합니다 (`{param}`).",
                           "invalid publish opts format (should be name=value but got '{param}')"),
    "cli.bad_expose": ("잘못된 `--expose` 범위입니다: `{spec}`", "invalid range format for --expose: {spec}"),
    # --- env, labels, values
    "cli.bad_env": ("잘못된 환경변수입니다: `{value}`", "invalid environment variable: {value}"),
    "cli.bad_label": ("잘못된 레이블입니다: `{value}`", "invalid label '{value}': empty name"),
    "cli.bad_key_value": ("`{value}`은(는) key=value 형식이 아닙니다.", "invalid value '{value}': must be key=value"),
    "cli.bad_extra_host": ("잘못된 `--add-host` 값입니다: `{value}` (이름:IP)", "invalid argument \"{value}\" for \"--add-host\" flag: invalid IP address"),
    "cli.bad_int": ("`{value}`은(는) 정수가 아닙니다.", 'strconv.ParseInt: parsing "{value}": invalid syntax'),
    "cli.bad_cpus": ("`{value}`은(는) CPU 수가 아닙니다.", 'invalid argument "{value}" for "--cpus" flag: failed to parse {value} as a rational number'),
    "cli.bad_duration": ("`{value}`은(는) 시간 길이가 아닙니다 (예: 30s, 1m30s).", 'time: invalid duration "{value}"'),
    "cli.bad_size": ("`{value}`은(는) 크기가 아닙니다 (예: 512m, 1g).", "invalid size: '{value}'"),
    "cli.bad_ulimit": ("잘못된 ulimit입니다: `{value}` (name=soft[:hard])", "invalid ulimit argument: {value}"),
    # --- restart policy
    "cli.restart_no_name": ("재시작 정책 이름이 콜론 앞에 없습니다: `{value}`",
                            "invalid restart policy format: no policy provided before colon"),
    "cli.restart_unknown": ("알 수 없는 재시작 정책입니다: `{name}` (no, always, on-failure, unless-stopped 중 하나)",
                            "invalid restart policy: unknown policy '{name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"),
    "cli.restart_count_int": ("재시작 최대 횟수는 정수여야 합니다: `{value}`",
                              "invalid restart policy format: maximum retry count must be an integer"),
    "cli.restart_count_only_on_failure": ("재시작 최대 횟수는 on-failure에만 쓸 수 있습니다 (`{name}`).",
                                          "invalid restart policy: maximum retry count can only be used with 'on-failure'"),
    "cli.restart_count_negative": ("재시작 최대 횟수는 음수일 수 없습니다: `{value}`",
                                   "invalid restart policy: maximum retry count cannot be negative"),
    "cli.rm_and_restart": ("`--rm`과 `--restart`는 함께 쓸 수 없습니다.", "Conflicting options: --restart and --rm"),
    # --- volumes and mounts
    "cli.volume_spec": ("잘못된 볼륨 지정입니다: `{spec}` ([SOURCE:]TARGET[:MODE])", "invalid volume specification: '{spec}'"),
    "cli.volume_mode": ("잘못된 볼륨 모드입니다: `{mode}` (`{spec}`)", "invalid mode: {mode}"),
    "cli.mount_path_absolute": ("마운트 경로는 절대 경로여야 합니다: `{path}`", "invalid mount config: mount path must be absolute: {path}"),
    "cli.mount_root": ("컨테이너의 `/`에는 마운트할 수 없습니다 (`{spec}`).", "invalid specification: destination can't be '/'"),
    "cli.relative_bind": ("바인드 원본 `{source}`은(는) 상대 경로(또는 `~`)입니다. docker는 클라이언트의 현재 디렉터리로 풀지만 "
                          "채팅에는 그런 디렉터리가 없습니다. 절대 경로로 적어 주세요.",
                          "The bind source `{source}` is relative (or `~`): docker resolves it against the client's "
                          "directory, which a chat does not have. Use an absolute path."),
    "cli.duplicate_mount_point": ("같은 마운트 지점이 두 번 있습니다: `{target}`", "Duplicate mount point: {target}"),
    "cli.mount_field": ("잘못된 `--mount` 항목입니다: `{field}` (key=value)", "invalid field '{field}' must be a key=value pair"),
    "cli.mount_key": ("`--mount`에 없는 키입니다: `{field}`", "unexpected key '{field}' in '{spec}'"),
    "cli.mount_value": ("`--mount`의 `{field}` 값이 잘못되었습니다: `{value}`", "invalid value for {field}: {value}"),
    "cli.mount_type": ("지원하지 않는 마운트 종류입니다: `{type}`", "invalid mount type: {type}"),
    "cli.mount_target": ("`--mount`에 target이 없습니다.", "target is required"),
    "cli.mount_mix": ("`{prefix}-*` 옵션은 마운트 종류 `{type}`과 함께 쓸 수 없습니다.",
                      "cannot mix '{prefix}-*' options with mount type '{type}'"),
    "cli.mount_source_required": ("`{type}` 마운트에는 source가 필요합니다.",
                                  'invalid mount config for type "{type}": field Source must not be empty'),
    "cli.mount_tmpfs_source": ("tmpfs 마운트에는 source를 쓸 수 없습니다.",
                               'invalid mount config for type "tmpfs": field Source must not be specified'),
    "cli.bad_device_value": ("잘못된 장치 값입니다: `{value}` (/dev/…:값)", "invalid argument \"{value}\": bad format for path:value"),
    "cli.bad_gpus": ("잘못된 `--gpus` 값입니다: `{value}`", "invalid argument \"{value}\" for \"--gpus\" flag"),
    "cli.endpoint_needs_network": ("`{flag}`은(는) 사용자가 만든 네트워크(`--network`)에서만 쓸 수 있습니다.",
                                   "`{flag}`: user specified IP address and aliases are supported on user defined networks only"),
    "cli.bad_timestamp": ("`{value}`은(는) 시각이나 시간 길이가 아닙니다 (예: 10m, 1h30m, 2024-01-02T15:04:05Z).",
                          'failed to parse value as time or duration: "{value}"'),
    "cli.template_unsupported": ("`{template}`: gorae는 `--format`에서 필드 경로(`{{{{.State.Status}}}}`)와 "
                                 "`{{{{json .Mounts}}}}`, `json`만 출력합니다. 아무것도 실행하지 않았습니다.",
                                 "`{template}`: gorae prints only a field path (`{{{{.State.Status}}}}`), "
                                 "`{{{{json .Mounts}}}}` or `json` in `--format`. Nothing was run."),
    "cli.bad_filter": ("`--filter` 값은 key=value 형식이어야 합니다: `{value}`", "bad format of filter (expected name=value)"),
    "cli.done_exec_detached": ("`{name}` 컨테이너에서 명령을 백그라운드로 시작했습니다.", "Started the command in `{name}` (detached)."),
    # --- plan notes
    "cli.env_unset": ("`-e {name}`: 값이 없는 환경변수는 docker가 클라이언트의 환경에서 가져오지만, 채팅에는 그런 환경이 없고 "
                      "gorae는 자기 환경을 넘기지 않습니다. `{name}`은(는) 설정되지 않은 채로 전달됩니다.",
                      "`-e {name}`: docker takes a bare variable from the client's environment; a chat has none, and "
                      "gorae never passes its own. `{name}` is passed unset."),
}
