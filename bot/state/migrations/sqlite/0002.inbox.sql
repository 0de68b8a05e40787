-- gorae's state, version 2 (sqlite): the stored inbox (bot/state/inbox.py).
-- depends: 0001.state

-- Slack events acknowledged and not finished yet: written before the ack, deleted when done.
-- status 'queued' (not started: any live replica may run it once its owner is gone) or
-- 'started' (never run again: the asker is told). owner: the replica (its lease 'inbox:<owner>').
-- text: the asker's words (NULL when longer than the bound: not kept, never run cut).
CREATE TABLE IF NOT EXISTS inbox (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    status TEXT NOT NULL,
    received REAL NOT NULL,
    event_id TEXT,
    team TEXT,
    "user" TEXT NOT NULL,
    channel TEXT NOT NULL,
    thread_ts TEXT,
    text TEXT,
    meta TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS inbox_owner ON inbox (owner);
