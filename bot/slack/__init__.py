"""The Slack front end: a thin adapter from Slack events to `Gorae.handle`.

    app.py       bolt App (HTTP or Socket Mode), listeners, `gorae slack`
    server.py    the Events API endpoint (asyncio HTTP/1.1 in front of the App)
    deliver.py   one answer in a thread: placeholder, progress, result, file
    blocks.py    Reply -> Block Kit (pure)
    dedup.py     at-most-once deliveries, persisted in SQLite
    identity.py  a user's user groups, cached
    worker.py    bounded-concurrency executor off the request path

No parsing, policy or Docker logic lives here; the wording is in
bot/messages/slack.py.
"""
