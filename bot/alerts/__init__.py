"""Alerts: engine events -> incidents (incidents.py) -> routes (rules.py), the watcher (watch.py)."""
