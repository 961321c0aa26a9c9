-- Alliance schema, migration 11: requests for sign-in links, so that an
-- address and a client are each held to a few an hour.  The address is
-- kept only as a hash (strangers' addresses are asked for too), and a
-- row lives an hour.
CREATE TABLE signin_request (
  email_hash      TEXT NOT NULL,     -- BLAKE2b of the address, lower case
  client          TEXT NOT NULL,     -- the client's IP address
  at              TEXT NOT NULL
);

CREATE INDEX signin_request_email ON signin_request(email_hash, at);
CREATE INDEX signin_request_client ON signin_request(client, at);
