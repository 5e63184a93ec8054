-- What proves that a request's rows are what the program last wrote (RequestSeals): at every commit the program seals
-- each request its transaction touched — a SHA-256 of the request row, its parties, its documents and its result — and
-- `kensectl db verify` recomputes every seal. An edit made behind the program (the sqlite3 shell, another tool)
-- changes the rows but not their seal, and is named. The seals of the requests already here are made by the program
-- in the same transaction as this table (Database::migrate).
CREATE TABLE request_seals (
    request_id INTEGER PRIMARY KEY REFERENCES requests(id),
    digest     BLOB NOT NULL
) STRICT;

-- The outbox's changes carry a SHA-256 of their meta and payload from the moment they are sealed (OutboxDigest): a
-- change damaged on disk or edited behind the program is never sent, and `db verify` names it. The program adds it
-- to the changes sealed before, in the same transaction as this column.
ALTER TABLE outbox ADD COLUMN digest BLOB;
