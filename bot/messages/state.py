"""Wording for the state backend and the audit chain (issue 13). {key: (korean, english)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "state.unavailable": ("상태 데이터베이스에 연결할 수 없어서 아무것도 실행하지 않았습니다. 데이터베이스가 "
                          "돌아오면 다시 요청해 주세요.",
                          "The state database cannot be reached, so nothing was run. Ask again once it is back."),
    "state.unreachable": ("상태 데이터베이스 {where} 에 연결할 수 없습니다 ({why}).",
                          "The state database {where} cannot be reached ({why})."),
    "config.bad_state": ("GORAE_STATE={value}: 상태 URL은 {expected} 형식이어야 합니다.",
                         "GORAE_STATE={value}: the state URL must look like {expected}."),
    "audit.verify.ok": ("감사 로그가 온전합니다: 행 {rows}개, 체인 항목 {entries}개, 마지막 해시 {head} "
                        "(체인 이전의 행 {older}개).",
                        "The audit log is intact: {rows} rows, {entries} chain entries, head {head} "
                        "({older} rows from before the chain)."),
    "audit.verify.open": ("행 #{row}: 시작됨, 결과 없음", "Row #{row}: started, no outcome"),
    "audit.verify.link": ("행 #{row}부터 믿을 수 없습니다: 체인 항목 {seq}이(가) 해시와 맞지 않습니다 "
                          "(항목이 바뀌었거나 지워졌습니다).",
                          "Row #{row} is the first bad row: chain entry {seq} does not match its hash "
                          "(an entry was changed or removed)."),
    "audit.verify.changed": ("행 #{row}이(가) 첫 번째로 잘못된 행입니다: 기록된 뒤 바뀌었습니다 ({columns}).",
                             "Row #{row} is the first bad row: it was changed after it was written ({columns})."),
    "audit.verify.removed": ("행 #{row}이(가) 첫 번째로 잘못된 행입니다: 지워졌습니다.",
                             "Row #{row} is the first bad row: it was removed."),
    "audit.verify.added": ("행 #{row}이(가) 첫 번째로 잘못된 행입니다: 감사 로그를 거치지 않고 추가되었습니다.",
                           "Row #{row} is the first bad row: it was added outside the audit log."),
}
