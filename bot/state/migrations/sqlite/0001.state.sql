-- gorae's state, version 1 (SQLite). The same tables as ../postgresql/0001.state.sql.
-- IF NOT EXISTS: an audit file of an older gorae (the same `requests` table) is adopted as it is.

-- The audit log (bot/state/audit.py): one row per request; outcome NULL = started, no outcome.
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started REAL NOT NULL,
    finished REAL,
    seconds REAL,
    "user" TEXT NOT NULL,
    channel TEXT,
    source TEXT,
    request_id TEXT,
    text TEXT,
    lang TEXT,
    verb TEXT,
    verb_class TEXT,
    targets TEXT,
    cli TEXT,
    decision TEXT,
    rule TEXT,
    reason TEXT,
    outcome TEXT,
    message TEXT,
    exit_code INTEGER,
    confirmed_by TEXT
);
CREATE INDEX IF NOT EXISTS requests_started ON requests (started);
CREATE INDEX IF NOT EXISTS requests_user ON requests ("user");

-- The audit hash chain: every write to `requests` appended here; hash = sha256(prev + data).
CREATE TABLE IF NOT EXISTS audit_chain (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    row_id INTEGER NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_chain_row ON audit_chain (row_id);

-- Slack delivery keys seen (bot/state/dedup.py).
CREATE TABLE IF NOT EXISTS dedup (key TEXT PRIMARY KEY, at REAL NOT NULL);

-- Plans waiting for a yes (bot/state/pending.py): a pickled Pending, taken once.
CREATE TABLE IF NOT EXISTS pending (id TEXT PRIMARY KEY, expires REAL NOT NULL, blob BLOB NOT NULL);

-- Write actions taken, per user (bot/policy/ratelimit.py).
CREATE TABLE IF NOT EXISTS rate_writes ("user" TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS rate_writes_user_at ON rate_writes ("user", at);

-- Alert state (bot/alerts/watch.py WatchStore).
CREATE TABLE IF NOT EXISTS alert_cursor (engine TEXT PRIMARY KEY, time_nano INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS alert_seen (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS alert_incidents (key TEXT PRIMARY KEY, data TEXT NOT NULL, channel TEXT, ts TEXT,
    open INTEGER NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS alert_silences (name TEXT NOT NULL, family TEXT NOT NULL, until REAL NOT NULL,
    by_user TEXT, PRIMARY KEY (name, family));

-- Leases (one holder at a time, with an expiry): e.g. which replica watches an engine.
CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires REAL NOT NULL);
