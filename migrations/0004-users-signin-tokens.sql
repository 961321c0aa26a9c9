-- Alliance schema, migration 4: users, sign-in and API tokens.
--
-- A user is a person of the registry who may sign in.  What they may do
-- follows from the data (their organisation's memberships, their
-- offices, their roles); only "officer" is kept here, for the
-- secretariat.  Secrets are never stored: sign-in links, sessions and
-- API tokens are kept as BLAKE2b hashes of the random value handed out,
-- passwords as Argon2id strings (libsodium crypto_pwhash_str).
CREATE TABLE app_user (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL UNIQUE REFERENCES person(id),
  officer         INTEGER NOT NULL DEFAULT 0,
  password        TEXT,              -- Argon2id, officers only
  created         TEXT NOT NULL,
  disabled        TEXT
);

-- One-time sign-in links: single use, short-lived, stored hashed.
CREATE TABLE signin_link (
  hash            TEXT PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES app_user(id),
  expires         TEXT NOT NULL,     -- YYYY-MM-DDTHH:MM:SS
  used            TEXT
);

CREATE TABLE session (
  hash            TEXT PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES app_user(id),
  csrf            TEXT NOT NULL,
  created         TEXT NOT NULL,
  seen            TEXT NOT NULL      -- idle expiry counts from here
);

CREATE TABLE api_token (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  hash            TEXT NOT NULL UNIQUE,
  created_by      TEXT NOT NULL,
  created         TEXT NOT NULL,
  revoked         TEXT
);
