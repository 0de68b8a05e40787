"""Wording of the two multi-part answers: a partial reading offered as a question (proposal.*)
and an ordered sequence of steps (sequence.*). {key: (korean, english)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- a partial reading, asked as a question (issue 8 item 3)
    "proposal.question": ("`{cli}` — {unread} 부분은 읽지 못했습니다. 이대로 실행할까요?",
                          "`{cli}` — I did not read {unread}. Run it?"),
    "proposal.asked": ("`{cli}` — 해도 되는지 물으셨습니다. 지금 실행할까요?",
                       "`{cli}` — you asked whether you may. Run it now?"),
    "proposal.asked_closest": ("해도 되는지 물은 명령: `{cli}`", "The command asked about: `{cli}`"),
    "proposal.stated": ("`{cli}` — 할 일을 알려 주신 것으로 읽었습니다. 지금 실행할까요?",
                        "`{cli}` — you told it as the task to do. Run it now?"),
    "proposal.stated_closest": ("알려 주신 할 일: `{cli}`", "The task told: `{cli}`"),
    "proposal.piped": ("`{cli}` — 파이프 `|`는 컨테이너 안의 셸(sh -c)이 읽게 됩니다. 이대로 실행할까요?",
                       "`{cli}` — the pipe `|` is read by a shell in the container (sh -c). Run it?"),
    "proposal.piped_closest": ("셸(sh -c)로 실행할 명령: `{cli}`", "Run through a shell (sh -c): `{cli}`"),
    "proposal.loan_name": ("`{cli}` — {said}을(를) 이름 {name}(으)로 읽었습니다. 실행할까요?",
                           "`{cli}` — I read {said} as the name {name}. Run it?"),
    "proposal.loan_name_closest": ("{said}을(를) {name}(으)로 읽은 명령: `{cli}`", "Read {said} as {name}: `{cli}`"),
    "proposal.only_on_yes": ("요청한 사람이 '예'라고 답해야만 실행합니다. 아니면 아무것도 실행하지 않습니다.",
                             "It runs only if the person who asked says yes; otherwise nothing runs."),
    "proposal.closest": ("가장 가까운 해석: `{cli}` (읽지 못한 부분: {unread})",
                         "Closest reading: `{cli}` (not read: {unread})"),
    "proposal.not_allowed": ("가장 가까운 해석은 `{cli}`이지만, 여기서는 실행할 수 없어 묻지 않았습니다.",
                             "The closest reading is `{cli}`, but it is not allowed here, so gorae did not ask."),
    "proposal.no_blind_yes": ("추측한 해석은 --yes로 실행하지 않습니다. 정확한 명령으로 다시 요청해 주세요.",
                              "A guessed reading is never run by --yes. Say the exact command again to run it."),
    # --- an ordered sequence of steps (issue 8 item 5)
    "summary.sequence": ("{count}단계를 순서대로 실행합니다.", "{count} steps, in order."),
    "sequence.confirm": ("{count}단계를 순서대로 실행합니다. 한 번에 확인해 주세요. 진행할까요?",
                         "These {count} steps run in order, confirmed together. Go ahead?"),
    "sequence.done": ("{count}단계를 순서대로 모두 실행했습니다.", "Ran all {count} steps, in order."),
    "sequence.failed": ("{count}단계 중 {n}단계(`{cli}`)에서 실패해 거기서 멈췄습니다.",
                        "Step {n} of {count} (`{cli}`) failed; gorae stopped there."),
    "sequence.ran": ("실행한 단계: {steps}", "Steps that ran: {steps}"),
    "sequence.not_run": ("실행하지 않은 단계: {steps}", "Steps not run: {steps}"),
    "sequence.denied": ("{count}단계 중 {n}단계(`{cli}`)가 허용되지 않아 어떤 단계도 실행하지 않았습니다.",
                        "Step {n} of {count} (`{cli}`) is not allowed, so no step was run."),
}
