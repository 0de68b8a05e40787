"""The Slack front end: a thin adapter from Slack events to `Gorae.handle`.

    app.py       bolt App (HTTP or Socket Mode), listeners, `gorae slack`
    server.py    the Events API endpoint (asyncio HTTP/1.1 in front of the App)
    deliver.py   one answer in a thread: queued / working placeholder, progress, result,
                 mention; the per-workspace edit throttle (chat.update is Tier 3)
    blocks.py    Reply -> Block Kit (pure)
    identity.py  a user's user groups, cached
    worker.py    worker threads and a FIFO queue off the request path (positions reported)
    health.py    Socket Mode health: exit non-zero instead of staying up and deaf

At-most-once deliveries are kept by bot/state/dedup.py.
No parsing, policy or Docker logic lives here; the wording is in
bot/messages/slack.py.
"""
