"""State: what gorae remembers between messages (audit log, pending proposals, Slack dedup)."""
