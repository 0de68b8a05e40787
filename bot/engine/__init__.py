"""Engine: the read-only engine view, the plan (Request -> Plan), the executor (Plan -> Outcome)
and what they share (docker's errors, formatting, the registry client)."""
