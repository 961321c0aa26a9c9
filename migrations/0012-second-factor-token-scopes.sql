-- Alliance schema, migration 12: officers' second factor, and API
-- tokens with a scope, an expiry and a last-used time.
--
-- An officer's rights need the password and a TOTP code (RFC 6238); a
-- session opened by an emailed link is a member's session only, even
-- for a person who is an officer.  The TOTP secret is kept as base32,
-- since the server must compute the codes; totp_step is the last time
-- step accepted, so a code once used is never accepted again.
ALTER TABLE app_user ADD COLUMN totp_secret TEXT;
ALTER TABLE app_user ADD COLUMN totp_confirmed TEXT;  -- NULL: not enrolled
ALTER TABLE app_user ADD COLUMN totp_step INTEGER;

-- officer: 1 once password and code were given in this session.
-- enrol: 1 while an officer who gave the password sets up the second
-- factor.  verified: when password and code (or the link) were last
-- given; the most dangerous actions want it recent.  Sessions opened
-- before this migration are members' sessions.
ALTER TABLE session ADD COLUMN officer INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN enrol INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN verified TEXT;

-- scope: public (what an anonymous visitor sees), members (what a
-- member sees) or write (granted by no route yet).  Tokens made before
-- this migration read everything, so they become members' tokens, and
-- expire a year after they were made.
ALTER TABLE api_token ADD COLUMN scope TEXT NOT NULL DEFAULT 'members'
  CHECK (scope IN ('public', 'members', 'write'));
ALTER TABLE api_token ADD COLUMN expires TEXT;  -- YYYY-MM-DD, last day
ALTER TABLE api_token ADD COLUMN last_used TEXT;
UPDATE api_token SET expires = date(created, '+1 year');
