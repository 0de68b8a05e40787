"""Alerts: engine events -> incidents (incidents.py), the watcher and its cursor (watch.py); who hears
about what is the policy file's `alerts:` section (bot/policy/alertrules.py)."""
