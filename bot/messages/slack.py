"""Slack front-end wording. {key: (korean, english)}.

Everything a Slack user reads that the pipeline did not write: the "working on
it" placeholder, button labels, who confirmed, busy and error notices.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- progress
    "slack.working": (":hourglass_flowing_sand: 처리 중입니다…", ":hourglass_flowing_sand: Working on it…"),
    "slack.busy": ("지금 처리 중인 요청이 너무 많습니다. 잠시 뒤에 다시 보내 주세요.",
                   "Too many requests are running right now. Please send it again in a moment."),
    "slack.internal_error": ("요청을 처리하다가 내부 오류가 났습니다. 실행 결과는 `gorae audit`에서 확인해 주세요.",
                             "Something went wrong inside gorae while handling this. Check `gorae audit` for what ran."),
    "slack.inbox.stopped": ("<@{user}> gorae가 이 요청을 처리하던 중에 멈춰서 실행되었는지 알 수 없습니다. 다시 요청하기 전에 "
                            "`gorae audit`와 해당 컨테이너의 상태를 확인해 주세요.",
                            "<@{user}> gorae stopped while working on this request, so it may or may not have run: "
                            "check `gorae audit` and the container's state before asking again."),
    "slack.inbox.not_run": ("<@{user}> gorae가 이 요청을 실행하기 전에 멈췄고, 너무 늦었거나 너무 길어서 나중에 실행하지 "
                            "않았습니다. 아무것도 실행되지 않았으니 필요하면 다시 보내 주세요.",
                            "<@{user}> gorae stopped before running this request and it was too old or too long to run "
                            "later, so nothing was run: send it again if it is still needed."),
    "slack.queued": (":hourglass: 대기 중입니다. 앞에 {ahead}개 요청이 있습니다.",
                     ":hourglass: Queued, {ahead} ahead of yours."),
    "slack.finished": ("<@{user}> 요청하신 작업이 끝났습니다: {icon} {headline}",
                       "<@{user}> your request finished: {icon} {headline}"),
    "slack.answered_privately": ("답변은 요청한 분에게만 보냈습니다.", "The answer was sent only to the person who asked."),
    # --- buttons
    "slack.btn.confirm": ("실행", "Confirm"),
    "slack.btn.approve": ("승인 (다른 사람)", "Approve (someone else)"),
    "slack.btn.cancel": ("취소", "Cancel"),
    "slack.confirm.title": ("정말 실행할까요?", "Are you sure?"),
    "slack.confirm.plain": ("{cli} 을(를) 실행합니다.", "This will run: {cli}"),
    "slack.confirmed_by": (":white_check_mark: <@{user}> 님이 확인했습니다.", ":white_check_mark: Confirmed by <@{user}>."),
    "slack.cancelled_by": (":no_entry_sign: <@{user}> 님이 취소했습니다.", ":no_entry_sign: Cancelled by <@{user}>."),
    "slack.chose": (":point_right: <@{user}> 님이 `{choice}` 을(를) 골랐습니다.", ":point_right: <@{user}> chose `{choice}`."),
    "slack.choice_foreign": ("이 질문은 요청한 분만 고를 수 있습니다. 직접 요청해 주세요.",
                             "Only the person who asked can choose here. Ask gorae yourself instead."),
    # --- long output
    "slack.output_file": ("출력이 길어 파일로 올렸습니다 ({lines}줄). 마지막 부분:",
                          "The output was long, so it is attached as a file ({lines} lines). The end of it:"),
    "slack.table_file": ("표가 길어 파일로 올렸습니다 ({rows}행).", "The table was long, so it is attached as a file ({rows} rows)."),
    "slack.more_fields": ("…외 {count}개 항목", "…and {count} more fields"),
    # --- `gorae slack`: the operator's errors at start (stderr, in the operator's language)
    "slack.start.missing": ("gorae slack: {names}을(를) 설정하세요 (docs/slack.md 참고)",
                            "gorae slack: set {names} (see docs/slack.md)"),
    "slack.start.failed": ("gorae slack: 시작할 수 없습니다: ", "gorae slack: cannot start: "),
    "slack.start.listen": ("gorae slack: 포트 {port}에서 요청을 받을 수 없습니다: {why}",
                           "gorae slack: cannot listen on port {port}: {why}"),
    "slack.start.socket": ("gorae slack: Socket Mode로 연결할 수 없습니다: {why} (SLACK_APP_TOKEN을 확인하세요: "
                           "connections:write 권한이 있는 xapp- 토큰)",
                           "gorae slack: cannot connect in Socket Mode: {why} (check SLACK_APP_TOKEN: an xapp- token "
                           "with connections:write)"),
    "slack.start.unhealthy": ("gorae slack: 종료합니다: {why}", "gorae slack: {why}"),
}
