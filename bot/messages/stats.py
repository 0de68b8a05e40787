"""Wording of `docker stats --no-stream` (one sample of CPU and memory use) and of a bounded
`docker logs -f` (new log lines for GORAE_FOLLOW_SECONDS), Korean and English."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # plan: what will be shown
    "summary.stats": ("{names} 컨테이너의 CPU·메모리 사용량을 한 번 측정해 보여 줍니다.",
                      "Show the CPU and memory use of {names} (one sample)."),
    "summary.stats_running": ("실행 중인 모든 컨테이너의 CPU·메모리 사용량을 한 번 측정해 보여 줍니다.",
                              "Show the CPU and memory use of every running container (one sample)."),
    "summary.stats_all": ("모든 컨테이너(중지된 것 포함)의 CPU·메모리 사용량을 한 번 측정해 보여 줍니다.",
                          "Show the CPU and memory use of every container, stopped ones included (one sample)."),
    "stats.one_sample": ("`docker stats`는 Ctrl-C를 누를 때까지 계속 갱신되지만, 채팅에서는 한 번 측정한 값"
                         "(`--no-stream`)을 보여 줍니다.",
                         "`docker stats` keeps refreshing until Ctrl-C; in a chat it shows one sample (`--no-stream`)."),
    # execute: what came of it
    "done.stats": ("컨테이너 {count}개의 리소스 사용량(한 번 측정)", "Resource use of {count} container(s) (one sample)"),
    "stats.most_cpu": ("CPU를 가장 많이 쓰는 컨테이너: `{name}` ({cpu})", "Most CPU: `{name}` ({cpu})"),
    "stats.most_memory": ("메모리를 가장 많이 쓰는 컨테이너: `{name}` ({mem})", "Most memory: `{name}` ({mem})"),
    "stats.not_running": ("`{names}` 컨테이너는 실행 중이 아니라 사용량이 0입니다.",
                          "`{names}` is not running: its use reads as zero."),
    # a bounded follow of the logs
    "summary.logs_follow": ("{names} 컨테이너의 로그를 {seconds}초 동안 실시간으로 보여 준 뒤 멈춥니다(-f).",
                            "Follow the logs of {names} for {seconds} s, then stop (-f)."),
    "logs.follow_bounded": ("채팅에는 Ctrl-C가 없어서 {seconds}초 동안만 따라갑니다(GORAE_FOLLOW_SECONDS). "
                            "셸에서는 Ctrl-C로 먼저 멈출 수 있습니다.",
                            "A chat has no Ctrl-C: gorae follows for {seconds} s (GORAE_FOLLOW_SECONDS); "
                            "in the shell Ctrl-C stops it sooner."),
    "done.logs_follow": ("`{name}` 로그를 {seconds}초 동안 따라가고 멈췄습니다({lines}줄).",
                         "Followed the logs of `{name}` for {seconds} s, then stopped (lines: {lines})."),
    "done.logs_follow_ended": ("`{name}` 로그가 {elapsed}초 만에 끝났습니다(컨테이너가 멈춤, {lines}줄).",
                               "The logs of `{name}` ended after {elapsed} s: the container stopped (lines: {lines})."),
    "done.logs_follow_interrupted": ("Ctrl-C: `{name}` 로그 따라가기를 {elapsed}초 만에 멈췄습니다({lines}줄).",
                                     "Ctrl-C: stopped following the logs of `{name}` after {elapsed} s (lines: {lines})."),
    "progress.logs_follow": ("`{name}` 로그를 {seconds}초 동안 따라갑니다…", "Following the logs of `{name}` for {seconds} s…"),
}
