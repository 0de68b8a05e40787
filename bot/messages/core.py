"""Core wording: parse, plan, execute, render. {key: (korean, english)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- parse
    "parse.empty": ("무엇을 할까요? 예: `web 재시작`, `nginx 80포트로 실행`.",
                    "What should I do? For example: `restart web`, `run nginx on port 80`."),
    "parse.unknown": ("이해하지 못했습니다: {where}", "I could not read this: {where}"),
    "parse.too_long": ("요청이 너무 깁니다 ({length}자). 한 번에 명령 하나만 적어 주세요.",
                       "That request is too long ({length} characters). Please send one command at a time."),
    "core.backtick": ("백틱 기호", "the backtick"),  # a lone ` in a message (bot.messages.text)
    "parse.piped": ("파이프 `|`는 셸이 읽는 문자라 입력한 그대로 실행하지 않았습니다.",
                    "A pipe `|` is read by a shell, so nothing was run as typed."),
    "parse.shell_meta": ("이름에 셸 특수문자 `{char}`가 있어 실행하지 않았습니다. 명령은 하나씩, 이름만 적어 주세요.",
                         "`{char}` is a shell metacharacter, not part of a name. Send one command at a time, with plain names."),
    "parse.prohibition": ("'하지 말라'는 뜻으로 이해했습니다. 아무것도 실행하지 않았습니다.",
                          "Understood as a prohibition — nothing was run."),
    "parse.interactive": ("대화형 터미널(-it)은 채팅에서 쓸 수 없습니다. 명령 하나를 실행해 보세요: `{example}`",
                          "Interactive terminals (-it) are not a chat feature. Run one command instead: `{example}`"),
    "parse.suggest": ("이런 명령을 알고 있습니다:", "Commands I know that are close:"),
    "parse.invalid_name": ("`{name}`은(는) 올바른 이름이 아닙니다. 실행하지 않았습니다.",
                           "`{name}` is not a valid name."),
}

# ============================================================================ execute
# Every Docker error is translated once, in bot/engine/execute.py, into one of these.
# Each is one sentence that says what happened and what to do next.
MESSAGES.update({
    # --- engine
    "engine.unreachable": (
        "Docker 엔진에 연결할 수 없습니다({where}). `sudo ./dev engine`(root라면 `./dev engine`)으로 엔진을 시작하거나 DOCKER_HOST를 설정해 주세요.",
        "Cannot reach the Docker engine at {where}; start one with `sudo ./dev engine` (`./dev engine` as root) or set DOCKER_HOST."),
    "engine.tls_refused": (
        "Docker 엔진({where})과 TLS 연결을 맺지 못했습니다: 엔진이 gorae의 클라이언트 인증서를 받아들이지 않거나 gorae의 CA가 엔진 인증서를 보증하지 않습니다. 설정의 `tls:`(ca, cert, key)를 확인해 주세요.",
        "The Docker engine at {where} refused the TLS connection: it does not accept gorae's client certificate, or gorae's CA does not vouch for the engine's; check `tls:` (ca, cert, key) in the config."),
    "engine.tls_refused_env": (
        "Docker 엔진({where})과 TLS 연결을 맺지 못했습니다: 엔진이 gorae의 클라이언트 인증서를 받아들이지 않거나 gorae의 CA가 엔진 인증서를 보증하지 않습니다. DOCKER_CERT_PATH 폴더의 ca.pem, cert.pem, key.pem을 확인해 주세요.",
        "The Docker engine at {where} refused the TLS connection: it does not accept gorae's client certificate, or gorae's CA does not vouch for the engine's; check ca.pem, cert.pem and key.pem in the DOCKER_CERT_PATH folder."),
    "engine.tls_refused_context": (
        "Docker 엔진({where})과 TLS 연결을 맺지 못했습니다: 엔진이 gorae의 클라이언트 인증서를 받아들이지 않거나 gorae의 CA가 엔진 인증서를 보증하지 않습니다. docker 컨텍스트의 TLS 파일을 확인해 주세요 (`docker context inspect`).",
        "The Docker engine at {where} refused the TLS connection: it does not accept gorae's client certificate, or gorae's CA does not vouch for the engine's; check the docker context's TLS files (`docker context inspect`)."),
    "engine.denied": (
        "Docker 소켓({where})에 접근할 권한이 없습니다. gorae를 docker 그룹 사용자로 실행하거나, 컨테이너라면 `--group-add <소켓 그룹 ID>`를 주세요.",
        "No permission to use the Docker socket at {where}; run gorae as a member of the docker group, or in a container give it `--group-add <the socket's group id>`."),
    "err.bind_symlink": (
        "`{path}`은(는) `{real}`을(를) 가리키는 링크라서 마운트하지 않았습니다. 실제 경로로 다시 요청해 주세요.",
        "`{path}` is a link to `{real}`, so nothing was mounted; ask again with the real path."),
    # --- no such …
    "err.no_such_container": (
        "`{name}` 컨테이너가 없습니다. `docker ps -a`로 이름을 확인해 주세요.",
        "There is no container named `{name}`; check the name with `docker ps -a`."),
    "err.no_such_image": (
        "`{name}` 이미지가 이 엔진에 없습니다. 먼저 `docker pull {name}`으로 받아 주세요.",
        "There is no image `{name}` on this engine; pull it first with `docker pull {name}`."),
    "err.no_such_network": (
        "`{name}` 네트워크가 없습니다. `docker network ls`로 이름을 확인해 주세요.",
        "There is no network named `{name}`; check the name with `docker network ls`."),
    "err.no_such_volume": (
        "`{name}` 볼륨이 없습니다. `docker volume ls`로 이름을 확인해 주세요.",
        "There is no volume named `{name}`; check the name with `docker volume ls`."),
    # --- conflicts with the current state
    "err.port_allocated": (
        "호스트 포트 {port}번은 이미 사용 중입니다. 다른 포트(예: {suggest})로 다시 요청해 주세요.",
        "Host port {port} is already in use; ask again with another port, for example {suggest}."),
    "err.name_in_use": (
        "`{name}` 이름의 컨테이너가 이미 있습니다. 다른 이름(예: `{suggest}`)을 쓰거나 기존 컨테이너를 먼저 삭제해 주세요(`docker rm {name}`).",
        "A container named `{name}` already exists; use another name (for example `{suggest}`) or remove the old one first (`docker rm {name}`)."),
    "err.remove_running": (
        "`{name}` 컨테이너가 실행 중이라 삭제할 수 없습니다. 먼저 중지하거나(`{name} 중지`) 강제 삭제해 주세요(`{name} 강제 삭제`).",
        "Container `{name}` is running, so it cannot be removed; stop it first (`stop {name}`) or force it (`docker rm -f {name}`)."),
    "err.remove_paused": (
        "`{name}` 컨테이너가 일시 정지 상태라 삭제할 수 없습니다. 먼저 재개하거나(`docker unpause {name}`) 강제 삭제해 주세요(`{name} 강제 삭제`).",
        "Container `{name}` is paused, so it cannot be removed; unpause it first (`docker unpause {name}`) or force it (`docker rm -f {name}`)."),
    "err.not_running": (
        "`{name}` 컨테이너가 실행 중이 아닙니다. 먼저 시작해 주세요(`{name} 시작`).",
        "Container `{name}` is not running; start it first (`start {name}`)."),
    "err.paused": (
        "`{name}` 컨테이너가 일시 정지 상태입니다. 먼저 재개해 주세요(`docker unpause {name}`).",
        "Container `{name}` is paused; unpause it first (`docker unpause {name}`)."),
    "err.already_paused": (
        "`{name}` 컨테이너는 이미 일시 정지되어 있습니다. 재개하려면 `docker unpause {name}`을 요청해 주세요.",
        "Container `{name}` is already paused; to resume it, ask for `docker unpause {name}`."),
    "err.not_paused": (
        "`{name}` 컨테이너는 일시 정지 상태가 아니라 바꾼 것이 없습니다. 상태는 `docker ps -a`로 확인해 주세요.",
        "Container `{name}` is not paused, so nothing changed; check its state with `docker ps -a`."),
    "err.image_in_use": (
        "`{name}` 이미지를 쓰는 컨테이너가 있어 삭제할 수 없습니다. 그 컨테이너를 먼저 삭제하거나 강제 삭제(`docker rmi -f {name}`)해 주세요.",
        "Image `{name}` is used by a container, so it cannot be removed; remove that container first or force it (`docker rmi -f {name}`)."),
    "err.volume_in_use": (
        "`{name}` 볼륨을 쓰는 컨테이너가 있어 삭제할 수 없습니다. 그 컨테이너를 먼저 삭제해 주세요.",
        "Volume `{name}` is used by a container, so it cannot be removed; remove that container first."),
    "err.network_in_use": (
        "`{name}` 네트워크에 연결된 컨테이너가 있어 삭제할 수 없습니다. 먼저 연결을 끊어 주세요(`docker network disconnect {name} 컨테이너`).",
        "Network `{name}` still has containers attached, so it cannot be removed; disconnect them first (`docker network disconnect {name} CONTAINER`)."),
    "err.image_in_use_by": (
        "`{name}` 이미지를 쓰는 컨테이너({containers})가 있어 삭제할 수 없습니다. 그 컨테이너를 먼저 삭제하거나 강제 삭제(`docker rmi -f {name}`)해 주세요.",
        "Image `{name}` is in use (containers: {containers}), so it cannot be removed; remove those containers first or force it (`docker rmi -f {name}`)."),
    "err.volume_in_use_by": (
        "`{name}` 볼륨을 쓰는 컨테이너({containers})가 있어 삭제할 수 없습니다. 그 컨테이너를 먼저 삭제해 주세요.",
        "Volume `{name}` is in use (containers: {containers}), so it cannot be removed; remove those containers first."),
    "err.network_in_use_by": (
        "`{name}` 네트워크에 연결된 컨테이너({containers})가 있어 삭제할 수 없습니다. 먼저 연결을 끊어 주세요(`docker network disconnect {name} 컨테이너`).",
        "Network `{name}` still has containers attached ({containers}), so it cannot be removed; disconnect them first (`docker network disconnect {name} CONTAINER`)."),
    "err.network_predefined": (
        "`{name}`은(는) Docker에 기본으로 있는 네트워크라 삭제할 수 없습니다. 직접 만든 네트워크만 삭제할 수 있습니다(`docker network ls`).",
        "`{name}` is one of Docker's built-in networks and cannot be removed; only networks you created can be (`docker network ls`)."),
    "err.network_exists": (
        "`{name}` 네트워크가 이미 있습니다. 다른 이름을 쓰거나 그대로 사용해 주세요.",
        "A network named `{name}` already exists; use another name or use that one."),
    "err.already_connected": (
        "`{container}` 컨테이너는 이미 `{network}` 네트워크에 연결되어 있어 바꾼 것이 없습니다.",
        "Container `{container}` is already connected to network `{network}`, so nothing changed."),
    "err.not_connected": (
        "`{container}` 컨테이너는 `{network}` 네트워크에 연결되어 있지 않아 바꾼 것이 없습니다.",
        "Container `{container}` is not connected to network `{network}`, so nothing changed."),
    "err.conflict": (
        "현재 상태와 충돌해서 실행하지 못했습니다({detail}). `docker ps -a`로 상태를 확인한 뒤 다시 요청해 주세요.",
        "That conflicts with the current state ({detail}); check it with `docker ps -a` and ask again."),
    "err.command_not_found": (
        "`{command}` 명령을 `{image}` 이미지 안에서 찾을 수 없어 시작하지 못했습니다. 명령 이름을 확인해 주세요(예: `sh -c '…'`).",
        "Could not start: there is no `{command}` command in image `{image}`; check the command name (for example `sh -c '…'`)."),
    # --- images and registries
    "err.not_in_registry": (
        "레지스트리에 `{image}` 이미지가 없습니다. 이미지 이름과 태그를 확인해 주세요.",
        "The registry has no image `{image}`; check the image name and tag."),
    "err.pull_denied": (
        "`{image}` 이미지를 받을 수 없습니다(저장소가 없거나 권한이 없음). 이름을 확인하거나 `docker login` 후 다시 시도해 주세요.",
        "Pull access to `{image}` was denied (no such repository, or a login is needed); check the name or `docker login` and try again."),
    "err.tag_not_made": (
        "엔진이 `{source}` 이미지에 `{reference}` 태그를 만들었다고 답하지 않았습니다. `docker images`로 확인해 주세요.",
        "The engine did not answer that it tagged `{source}` as `{reference}`; check with `docker images`."),
    "err.push_failed": (
        "`{image}` 이미지를 올리지 못했습니다({detail}). 레지스트리 주소와 로그인 상태를 확인해 주세요.",
        "Could not push `{image}` ({detail}); check the registry address and your login."),
    "err.registry_unreachable": (
        "`{image}` 이미지의 레지스트리에 연결할 수 없습니다. 네트워크와 레지스트리 주소(미러 설정)를 확인해 주세요.",
        "Could not reach the registry of `{image}`; check the network and the registry address (or mirror)."),
    "err.invalid_reference": (
        "`{name}`은(는) 올바른 이미지 이름이 아닙니다. `nginx`나 `nginx:1.25`처럼 적어 주세요.",
        "`{name}` is not a valid image name; write it like `nginx` or `nginx:1.25`."),
    # the new name of a `docker tag` the engine refused (docker_errors.py `_reference_msg`): the name is the one to fix
    "err.tag_invalid": (
        "`{reference}`은(는) 이미지 태그로 쓸 수 없어 `{source}`에 태그를 달지 않았습니다. `nginx:prod`처럼 적어 주세요"
        "(이름은 소문자로 255자까지, 태그는 영문·숫자·`_`·`.`·`-`로 128자까지).",
        "`{reference}` cannot name an image, so `{source}` was not tagged; write it like `nginx:prod` (a lowercase name "
        "of up to 255 characters, a tag of letters, digits, `_`, `.` and `-`, up to 128)."),
    # --- time limits
    "err.timeout": (
        "Docker 엔진이 제한 시간 안에 답하지 않았습니다. 잠시 후 `docker ps -a`로 상태를 확인해 주세요.",
        "The Docker engine did not answer in time; check the state with `docker ps -a` in a moment."),
    "err.run_timeout": (
        "`{name}` 컨테이너가 {seconds}초가 지나도 끝나지 않아 계속 실행 중입니다. `docker logs -f {name}`로 보거나 `docker stop {name}`으로 멈춰 주세요.",
        "Container `{name}` was still running after {seconds} s and keeps running; follow it with `docker logs -f {name}` or stop it with `docker stop {name}`."),
    "err.run_timeout_removed": (
        "명령이 {seconds}초 안에 끝나지 않아 컨테이너를 멈추고 삭제했습니다(--rm). 오래 걸리는 작업은 백그라운드(-d)로 실행해 주세요.",
        "The command did not finish within {seconds} s, so its container was stopped and removed (--rm); run long jobs in the background (-d)."),
    # --- fallbacks
    "err.docker": (
        "Docker가 요청을 거절했습니다: {detail}. 내용을 확인한 뒤 다시 요청해 주세요.",
        "Docker refused the request: {detail}. Check the details and ask again."),
    "err.engine_said": (
        "Docker 엔진이 요청을 거절했습니다(HTTP {status}): “{detail}”. `{check}`로 상태를 확인한 뒤 다시 요청해 주세요.",
        "The Docker engine refused the request (HTTP {status}): “{detail}”. Check the state with `{check}` and ask again."),
    "err.unexpected": (
        "예상하지 못한 오류가 났습니다({detail}). 다시 시도하고, 반복되면 관리자에게 알려 주세요.",
        "Something unexpected went wrong ({detail}); try again, and tell an admin if it repeats."),
    "err.unknown_op": (
        "실행할 수 없는 작업입니다({op}). 관리자에게 알려 주세요.",
        "This plan has an operation I cannot run ({op}); please tell an admin."),
    "err.partial": (
        "{ok_count}개는 처리했고 {failed_count}개는 실패했습니다: {failed}. 아래 내용을 확인해 주세요.",
        "{ok_count} done, {failed_count} failed: {failed}. See the details below."),
    "err.failed_all": (
        "{failed_count}개 모두 실패했습니다: {failed}. 아래 내용을 확인해 주세요.",
        "All {failed_count} failed: {failed}. See the details below."),

    # --- success headlines (names: "web, cache")
    "done.run": ("`{name}` 컨테이너를 실행했습니다({id}).", "Started container `{name}` ({id})."),
    "done.run_ports": ("`{name}` 컨테이너를 실행했습니다({id}). 포트: {ports}",
                       "Started container `{name}` ({id}); ports: {ports}."),
    "done.run_attached": ("`{image}` 실행이 끝났습니다(종료 코드 {code}).",
                          "`{image}` finished with exit code {code}."),
    "done.create": ("`{name}` 컨테이너를 만들었습니다({id}). 시작하려면 `{name} 시작`이라고 해 주세요.",
                    "Created container `{name}` ({id}); start it with `start {name}`."),
    "done.start": ("{names} 컨테이너를 시작했습니다.", "Started {names}."),
    "done.stop": ("{names} 컨테이너를 중지했습니다.", "Stopped {names}."),
    "done.stop_none": ("실행 중인 컨테이너가 없어 중지할 것이 없습니다.", "No container is running, so there is nothing to stop."),
    "done.kill": ("{names} 컨테이너를 강제 종료했습니다.", "Killed {names}."),
    "done.pause": ("{names} 컨테이너를 일시 정지했습니다.", "Paused {names}."),
    "done.rename": ("`{name}` 컨테이너의 이름을 `{new}`(으)로 바꿨습니다.", "Renamed container `{name}` to `{new}`."),
    "done.unpause": ("{names} 컨테이너를 재개했습니다.", "Unpaused {names}."),
    "done.restart": ("{names} 컨테이너를 재시작했습니다.", "Restarted {names}."),
    "done.remove": ("{names} 컨테이너를 삭제했습니다.", "Removed {names}."),
    "done.prune": ("멈춘 컨테이너 {count}개를 삭제했습니다({space} 확보).",
                   "Stopped containers removed: {count} ({space} reclaimed)."),
    "done.volumes_prune": ("사용하지 않는 볼륨 {count}개를 삭제했습니다({space} 확보).",
                           "Unused volumes removed: {count} ({space} reclaimed)."),
    "done.networks_prune": ("사용하지 않는 네트워크 {count}개를 삭제했습니다.", "Unused networks removed: {count}."),
    "done.images_prune": ("사용하지 않는 이미지를 정리했습니다(항목 {count}개, {space} 확보).",
                          "Unused images pruned: {count} entries ({space} reclaimed)."),
    "done.list_containers": ("컨테이너 {count}개", "Containers: {count}"),
    "done.list_containers_none": ("실행 중인 컨테이너가 없습니다. 멈춘 것까지 보려면 `docker ps -a`.",
                                  "No containers are running; to see stopped ones too, ask for `docker ps -a`."),
    "done.list_containers_all_none": ("컨테이너가 하나도 없습니다.", "There are no containers."),
    "done.inspect": ("`{name}` 컨테이너 정보", "Container `{name}`"),
    "done.logs": ("`{name}` 로그 {lines}줄", "Logs of `{name}` (lines: {lines})"),
    "done.top": ("`{name}` 컨테이너의 프로세스 {count}개", "Processes in `{name}`: {count}"),
    "done.port": ("`{name}` 컨테이너가 공개한 포트 {count}개", "Ports published by `{name}`: {count}"),
    "done.port_bindings": ("`{name}` 컨테이너가 공개한 포트 {count}개(호스트 바인딩 {bindings}개: `docker port`가 한 줄씩 보여 주는 것)",
                           "Ports published by `{name}`: {count} ({bindings} host bindings, one line each as `docker port` lists them)"),
    "done.port_none": ("`{name}` 컨테이너는 공개한 포트가 없습니다.", "`{name}` publishes no ports."),
    "done.logs_empty": ("`{name}` 로그가 비어 있습니다.", "The logs of `{name}` are empty."),
    "done.exec": ("`{name}`에서 명령을 실행했습니다(종료 코드 {code}).", "Ran the command in `{name}` (exit code {code})."),
    "done.pull": ("`{image}` 이미지를 받았습니다({id}).", "Pulled image `{image}` ({id})."),
    "done.push": ("`{image}` 이미지를 올렸습니다.", "Pushed image `{image}`."),
    "done.tag": ("`{source}` 이미지에 `{reference}` 태그를 붙였습니다.", "Tagged image `{source}` as `{reference}`."),
    "done.list_images": ("이미지 {count}개", "Images: {count}"),
    "done.list_images_none": ("이미지가 없습니다.", "There are no images."),
    "done.image_remove": ("{names} 이미지를 삭제했습니다.", "Removed image {names}."),
    "done.volume_create": ("`{name}` 볼륨을 만들었습니다.", "Created volume `{name}`."),
    "done.list_volumes": ("볼륨 {count}개", "Volumes: {count}"),
    "done.list_volumes_none": ("볼륨이 없습니다.", "There are no volumes."),
    "done.history": ("`{image}` 이미지 히스토리 (레이어 {count}개)", "History of image `{image}` ({count} layers)"),
    "done.image_inspect": ("`{image}` 이미지 정보", "Image `{image}`"),
    "done.volume_inspect": ("`{name}` 볼륨 정보", "Volume `{name}`"),
    "done.volume_remove": ("{names} 볼륨을 삭제했습니다.", "Removed volume {names}."),
    "done.network_create": ("`{name}` 네트워크를 만들었습니다.", "Created network `{name}`."),
    "done.list_networks": ("네트워크 {count}개", "Networks: {count}"),
    "done.network_inspect": ("`{name}` 네트워크 정보", "Network `{name}`"),
    "done.network_remove": ("{names} 네트워크를 삭제했습니다.", "Removed network {names}."),
    "done.network_connect": ("`{container}` 컨테이너를 `{network}` 네트워크에 연결했습니다.",
                             "Connected `{container}` to network `{network}`."),
    "done.network_disconnect": ("`{container}` 컨테이너를 `{network}` 네트워크에서 분리했습니다.",
                                "Disconnected `{container}` from network `{network}`."),

    # --- progress lines (pull/push), printed as they come
    "progress.pull_missing": ("`{image}` 이미지가 없어 받는 중입니다…", "Image `{image}` is not here; pulling it…"),
    "progress.pull": ("`{image}` 받는 중: 레이어 {done}/{total}, {size}", "Pulling `{image}`: {done}/{total} layers, {size}"),
    "progress.push": ("`{image}` 올리는 중: 레이어 {done}/{total}", "Pushing `{image}`: {done}/{total} layers"),
    "progress.waiting": ("`{name}` 실행 중, 최대 {seconds}초 기다립니다…", "Running `{name}`; waiting up to {seconds} s…"),

    # --- inspect summaries: field labels
    "field.name": ("이름", "Name"),
    "field.id": ("ID", "ID"),
    "field.image": ("이미지", "Image"),
    "field.state": ("상태", "State"),
    "field.exit_code": ("종료 코드", "Exit code"),
    "field.health": ("헬스", "Health"),
    "field.restarts": ("재시작 횟수", "Restarts"),
    "field.restart_policy": ("재시작 정책", "Restart policy"),
    "field.ports": ("포트", "Ports"),
    "field.mounts": ("마운트", "Mounts"),
    "field.networks": ("네트워크", "Networks"),
    "field.command": ("명령", "Command"),
    "field.created": ("생성", "Created"),
    "field.tags": ("태그", "Tags"),
    "field.size": ("크기", "Size"),
    "field.platform": ("플랫폼", "Platform"),
    "field.exposed": ("노출 포트", "Exposed ports"),
    "field.volumes": ("볼륨", "Volumes"),
    "field.driver": ("드라이버", "Driver"),
    "field.mountpoint": ("마운트 위치", "Mountpoint"),
    "field.labels": ("레이블", "Labels"),
    "field.used_by": ("사용 중인 컨테이너", "Used by"),
    "field.scope": ("범위", "Scope"),
    "field.subnet": ("서브넷", "Subnet"),
    "field.gateway": ("게이트웨이", "Gateway"),
    "field.members": ("연결된 컨테이너", "Containers"),
})

# ============================================================================ pipeline
MESSAGES.update({
    "confirm.destructive": ("되돌릴 수 없는 작업이라 먼저 확인이 필요합니다.",
                            "This cannot be undone, so I need a yes first."),
    "confirm.question": ("진행할까요? (y/n)", "Go ahead? (y/n)"),
    "confirm.unknown": ("확인할 요청을 찾지 못했습니다. 이미 처리되었을 수 있으니 필요하면 다시 요청해 주세요.",
                        "There is no request waiting for this answer; it may have been handled already, so ask again if needed."),
    "confirm.foreign": ("요청한 사람이 같은 곳에서만 확인할 수 있습니다. 직접 요청해 주세요.",
                        "Only the person who asked, in the same place, can confirm this; send your own request."),
    "confirm.expired": ("확인 시간이 지나 취소되었습니다. 다시 요청해 주세요.",
                        "The confirmation timed out and nothing was run; ask again."),
    "confirm.cancelled": ("취소했습니다. 아무것도 실행하지 않았습니다.", "Cancelled; nothing was run."),
    "policy.error": ("권한을 확인하다 오류가 나서 안전을 위해 거절했습니다. 관리자에게 정책 설정을 확인해 달라고 해 주세요.",
                     "Checking permissions failed, so to be safe this was refused; ask an admin to check the policy."),
    "policy.denied": ("이 요청은 허용되지 않았습니다. 권한이 필요하면 관리자에게 문의해 주세요.",
                      "This request is not allowed; ask an admin if you need it."),
})

# ============================================================================ render
MESSAGES.update({
    "render.nothing_ran": ("아무것도 실행하지 않았습니다.", "Nothing was run."),
    "render.did_you_mean": ("혹시 이것인가요? {choices}", "Did you mean: {choices}?"),
    "render.which": ("어느 것인가요? {choices}", "Which one? {choices}"),
    "render.exited": ("종료 코드 {code}", "exit code {code}"),
    "render.truncated": ("(앞의 {count}줄 생략)", "({count} earlier lines not shown)"),
    "render.not_understood": ("이해하지 못했습니다. 예: `web 재시작`, `nginx 80포트로 실행`, `docker ps`.",
                              "I did not understand that; try `restart web`, `run nginx on port 80` or `docker ps`."),
    "help.text": (
        "컨테이너에 할 일을 한국어, 영어, docker 명령으로 적어 주세요. 예: `nginx 80포트로 실행`, `web 로그 마지막 100줄`, `web 재시작`, `docker ps -a`.",
        "Tell me what to do with your containers, in Korean, English or docker CLI; for example `run nginx on port 80`, `logs of web last 100 lines`, `restart web`, `docker ps -a`."),
    "help.nothing": ("이 채널에서 할 수 있는 일이 없습니다. 권한이 필요하면 관리자에게 요청해 주세요.",
                     "You may not do anything with gorae here. Ask an admin for a role."),
    "help.class.read": ("보기: `실행중인 컨테이너 보여줘`, `web 로그 마지막 100줄`, `web 상세 정보`, `이미지 목록`",
                        "look: `list containers`, `logs of web last 100 lines`, `inspect web`, `list images`"),
    "help.class.operate": ("운영: `web 재시작`, `web 종료`, `db 시작`, `web 일시 중지`, `web 재개`, `web 이름 web-blue로 변경`",
                           "operate: `restart web`, `stop web`, `start db`, `pause web`, `unpause web`, "
                           "`rename web to web-blue`"),
    "help.class.exec": ("실행: `web에서 ls /etc 실행`, `web 환경변수 확인`",
                        "exec: `run \"ls /etc\" inside web`, `show env of web`"),
    "help.class.deploy": ("배포: `nginx 8080포트로 실행`, `redis 이미지 받아줘`, `nginx로 컨테이너 생성`, "
                          "`nginx 이미지에 nginx:prod 태그 달아줘`",
                          "deploy: `run nginx on port 8080`, `pull redis`, `create a container from nginx`, "
                          "`tag nginx as nginx:prod`"),
    "help.class.destroy": ("삭제: `web 강제 종료`, `web 삭제`, `중지된 컨테이너 모두 삭제`, `nginx:1.25 이미지 삭제`",
                           "destroy: `kill web`, `remove web`, `remove all stopped containers`, `remove image nginx:1.25`"),
    "help.class.network": ("네트워크: `my-net 네트워크 생성`, `web 컨테이너를 backend 네트워크에 연결`",
                           "networks: `create network my-net`, `connect web to backend`"),
    "help.class.volume": ("볼륨: `logs 볼륨 생성`, `볼륨 목록`", "volumes: `create volume logs`, `list volumes`"),
    # help on one verb ("help restart", "재시작 어떻게 해?", "how do I see logs?"): how to say it, and what runs
    "help.topic.run": ("새 컨테이너 실행: `nginx 80포트로 실행` (docker run -d -p 80:80 nginx), `nginx를 edge라는 이름으로 띄워줘`, "
                       "`ubuntu:focal에서 echo hello 실행하고 끝나면 삭제` (docker run --rm …)",
                       "run a new container: `run nginx on port 80` (docker run -d -p 80:80 nginx), `run nginx named edge`, "
                       "`run \"echo hello\" in ubuntu:focal and remove it when done` (docker run --rm …)"),
    "help.topic.create": ("만들기만 (실행 없이): `redis로 q3 컨테이너 만들어 줘, 실행은 말고` (docker create --name q3 redis), "
                          "`logs 볼륨 생성`, `my-net 네트워크 생성`",
                          "create without starting: `set up a redis container named q3 without starting it` "
                          "(docker create --name q3 redis), `create volume logs`, `create network my-net`"),
    "help.topic.start": ("멈춘 컨테이너 시작: `db 시작`, `db 켜줘`, `db 살려줘` (docker start db)",
                         "start a stopped container: `start db`, `turn db on`, `bring db back` (docker start db)"),
    "help.topic.stop": ("정지: `web 종료`, `web 꺼줘`, `모든 컨테이너 종료` (docker stop …, 여러 개는 먼저 묻습니다); "
                        "잠깐 멈추기는 `web 잠깐 멈춰` (docker pause web)",
                        "stop: `stop web`, `shut web off`, `stop all containers` (docker stop …, several are asked first); "
                        "for a moment: `stop web for a moment` (docker pause web)"),
    "help.topic.kill": ("강제 종료: `web 강제 종료`, `web 죽여` (docker kill web): SIGKILL",
                        "kill: `kill web`, `kill web hard, no graceful stop` (docker kill web): SIGKILL"),
    "help.topic.pause": ("일시 중지: `web 일시 중지`, `web 잠깐 멈춰` (docker pause web); 다시 `web 재개`",
                         "pause: `pause web`, `stop web for a moment` (docker pause web); again: `unpause web`"),
    "help.topic.rename": ("이름 바꾸기: `web 이름 web-blue로 변경`, `web을 my-web으로 이름 바꿔줘` (docker rename web my-web); "
                          "새 이름은 다른 컨테이너가 쓰지 않는 이름이어야 합니다",
                          "rename a container: `rename my-nginx to proxy` (docker rename my-nginx proxy), "
                          "`change data's name to archive`; the new name must be one no other container has"),
    "help.topic.unpause": ("재개: `web 재개`, `web 일시정지 풀어` (docker unpause web)",
                           "unpause: `unpause web`, `resume web` (docker unpause web)"),
    "help.topic.restart": ("재시작: `web 재시작`, `web이랑 cache 재시작해줘` (docker restart web cache), "
                           "`실행 중인 컨테이너 다 재시작` (먼저 묻습니다)",
                           "restart: `restart web`, `restart web and cache` (docker restart web cache), `bounce web`, "
                           "`restart whatever is running` (asked first)"),
    "help.topic.rm": ("삭제 (먼저 묻습니다): `web 삭제` (docker rm web), `web 강제 삭제` (rm -f), `nginx:1.25 이미지 삭제` (rmi), "
                      "`pgdata 볼륨 삭제`, `중지된 컨테이너 모두 삭제` (docker container prune)",
                      "remove (asked first): `remove web` (docker rm web), `force remove web` (rm -f), `remove image nginx:1.25` "
                      "(rmi), `delete volume pgdata`, `remove all stopped containers` (docker container prune)"),
    "help.topic.prune": ("정리 (먼저 묻고, 지울 것을 보여 줍니다): `중지된 컨테이너 모두 삭제`, `안 쓰는 볼륨 정리해줘`, "
                         "`안 쓰는 네트워크 정리`, `이미지 프룬 해줘`",
                         "prune (asked first, naming what would go): `remove all stopped containers`, `prune unused volumes`, "
                         "`remove unused networks`, `clean up dangling images`"),
    "help.topic.logs": ("로그: `web 로그 마지막 100줄` (docker logs --tail 100 web), `web 최근 10분 로그` (--since 10m), "
                        "`web 로그 실시간으로` (-f, 잠시 따라갑니다), `web 로그 타임스탬프 붙여서 보여줘` (-t)",
                        "logs: `show the last 100 lines of logs from web` (docker logs --tail 100 web), `web logs since 10m`, "
                        "`follow web logs` (-f, for a while), `web logs with timestamps` (-t)"),
    "help.topic.inspect": ("상세 정보: `web 컨테이너 상세 정보` (docker inspect web), `web 이미지 뭐야`, `backend 네트워크 상세`, "
                           "`pgdata 볼륨 어디 있어`",
                           "details: `inspect web` (docker inspect web), `what image is web running?`, `inspect network backend`, "
                           "`where is pgdata mounted`"),
    "help.topic.list": ("목록: `실행중인 컨테이너 보여줘` (docker ps), `전체 컨테이너 목록` (ps -a), `이미지 목록`, `볼륨 목록`, "
                        "`네트워크 목록`",
                        "lists: `show running containers` (docker ps), `list all containers` (ps -a), `list images`, "
                        "`list volumes`, `list networks`"),
    "help.topic.pull": ("이미지 받기: `nginx 이미지 받아줘` (docker pull nginx), `redis:7 까줘`, `update the busybox image`",
                        "pull an image: `pull nginx` (docker pull nginx), `pull redis:7`, `update the busybox image`"),
    "help.topic.push": ("이미지 올리기: `team/app:2 이미지 올려` (docker push team/app:2)",
                        "push an image: `push team/app:2` (docker push team/app:2)"),
    "help.topic.tag": ("이미지에 태그 달기: `nginx 이미지에 nginx:prod 태그 달아줘` (docker tag nginx nginx:prod), "
                       "`redis를 redis:backup으로 태그해줘`",
                       "tag an image: `tag nginx as nginx:prod` (docker tag nginx nginx:prod), `tag redis redis:backup`"),
    "help.topic.exec": ("컨테이너 안에서 명령 하나 실행: `web에서 ls /etc 실행` (docker exec web ls /etc), "
                        "`cache에 redis-cli info 쳐줘`; 대화형 셸(-it)은 채팅에서 열 수 없습니다",
                        "one command inside a container: `run \"ls /etc\" inside web` (docker exec web ls /etc), "
                        "`exec into cache and redis-cli dbsize`; an interactive shell (-it) is not a chat feature"),
    "help.topic.connect": ("네트워크 연결: `web 컨테이너를 backend 네트워크에 연결` (docker network connect backend web)",
                           "connect to a network: `connect web to backend` (docker network connect backend web)"),
    "help.topic.disconnect": ("네트워크에서 빼기: `web을 backend 네트워크에서 빼줘` (docker network disconnect backend web)",
                              "disconnect: `disconnect web from backend` (docker network disconnect backend web)"),
    # a greeting or a thanks said alone ("hi", "안녕하세요", "thanks!", "고마워요"): nothing runs
    "help.social.hello": ("안녕하세요! 고래입니다. 컨테이너에 할 일을 한국어, 영어, docker 명령으로 적어 주세요. 예: `실행중인 컨테이너 보여줘`, "
                          "`web 로그 마지막 100줄`, `web 재시작`. 할 수 있는 일은 `도움말`.",
                          "Hi! I'm gorae. Tell me what to do with your containers, in Korean, English or docker CLI; for "
                          "example `show running containers`, `logs of web last 100 lines`, `restart web`. What I can do: `help`."),
    "help.social.thanks": ("천만에요. 또 할 일이 있으면 말씀해 주세요.", "You're welcome. Anything else, just say it."),
    "help.topic.not_allowed": ("이 채널에서 당신에게는 이 작업 권한이 없습니다 ({verb_class}).",
                               "You may not do this here (it needs {verb_class})."),
    "help.more": ("전체 목록은 `도움말`.", "Everything: `help`."),
})

# ============================================================================ shell
MESSAGES.update({
    "shell.welcome": ("고래 셸입니다. 할 일을 적어 주세요(끝내려면 Ctrl-D, 실행 없이 보려면 `explain …`).",
                      "gorae shell: say what to do (Ctrl-D to leave, `explain …` to see the plan without running it)."),
    "shell.engine": ("Docker 엔진 {version}에 연결했습니다({where}).", "Connected to Docker engine {version} ({where})."),
    "shell.no_engine": (
        "Docker 엔진에 연결할 수 없습니다({where}). `sudo ./dev engine`(root라면 `./dev engine`)으로 시작하거나 DOCKER_HOST를 설정해 주세요. 그동안 `explain …`은 쓸 수 있습니다.",
        "Cannot reach a Docker engine ({where}); start one with `sudo ./dev engine` (`./dev engine` as root) or set DOCKER_HOST. Meanwhile `explain …` still works."),
    "shell.confirm": ("진행할까요? [y/N] ", "Go ahead? [y/N] "),
    "render.choose_again": ("고르려면 요청 전체를 위의 것 하나로 다시 말해 주세요(번호나 이름만 적으면 답이 되지 않습니다).",
                            "To choose, say the whole request again with one of these (a number or a name alone is not an answer)."),
    "shell.bye": ("안녕히 가세요.", "Bye."),
    "shell.explain": ("이렇게 실행합니다:", "This is what would run:"),
    "shell.interrupted": ("중단했습니다. 이미 시작된 작업이 있을 수 있으니 `docker ps -a`로 상태를 확인해 주세요.",
                          "Interrupted; something may already have started, so check with `docker ps -a`."),
})

# ============================================================================ limits
# Nothing hangs: an engine that does not answer, an exec that does not end, a log too long.
MESSAGES.update({
    "engine.no_answer": (
        "Docker 엔진({where})이 {seconds}초 안에 응답하지 않았습니다. 엔진이 멈춰 있는지 확인해 주세요(`systemctl status docker`).",
        "The engine at {where} did not answer within {seconds} s; check whether it is stuck (`systemctl status docker`)."),
    "explain.unchecked": (
        "엔진 없이 해석했습니다. 컨테이너·이미지 이름이 실제로 있는지는 확인하지 않았습니다: {reason}",
        "Read without an engine: the names of containers and images were not checked. {reason}"),
    "err.exec_timeout": (
        "`{name}`에서 실행한 명령이 {seconds}초가 지나도 끝나지 않았습니다. 프로세스는 컨테이너 안에서 계속 실행 중입니다. 지금까지의 출력을 보여 드립니다.",
        "The command in `{name}` was still running after {seconds} s; the process keeps running in the container. Here is its output so far."),
    "done.logs_tail": (
        "`{name}` 로그 마지막 {lines}줄 (줄 수를 말하지 않으면 최대 {limit}줄, 더 보려면 `{name} 로그 마지막 500줄`)",
        "The last {lines} lines of the logs of `{name}` (at most {limit} when no count is given; for more, ask `logs --tail 500 {name}`)"),
    "note.output_cut": (
        "출력이 길어 마지막 {size}만 보여 드립니다.",
        "The output was long: only its last {size} are shown."),
})
