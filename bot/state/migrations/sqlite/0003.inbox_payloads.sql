-- gorae's state, version 3 (sqlite): slash commands and clicks in the stored inbox (bot/state/inbox.py).
-- depends: 0002.inbox

-- kind: 'event' (an Events API event: app_mention, message.im; the columns of 0002 say it all),
-- 'command' (a slash command) or 'action' (a button click: Confirm/Cancel, a "which one?" choice).
-- payload: for a command or an action, the payload Slack sent (JSON: what the listener needs to
-- run it again, its response_url included); NULL for an event. Deleted with its row when done.
ALTER TABLE inbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'event';
ALTER TABLE inbox ADD COLUMN payload TEXT;
