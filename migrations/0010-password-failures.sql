-- Alliance schema, migration 10: failed password sign-ins, so that an
-- address is held back after too many (the web application's officers'
-- passwords).  Kept for addresses with no account too, so the answer
-- never tells whether an account exists.
CREATE TABLE signin_failure (
  email           TEXT NOT NULL COLLATE NOCASE,
  at              TEXT NOT NULL
);

CREATE INDEX signin_failure_email ON signin_failure(email, at);
