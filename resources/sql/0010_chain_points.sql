-- A rural desk's history reaches the centre through its packages (issue 16, item 8; central schema 10). A package's
-- manifest carries the head of this desk's log and the hashes the log holds now at the heads this desk showed before,
-- so that the centre can tell the log extends the one it was shown, whichever of them reached it last.

-- The heads of this desk's log it showed: at a sync, or in a package it wrote. The newest few are kept.
CREATE TABLE chain_shown (
    event_id INTEGER PRIMARY KEY,
    shown_at TEXT NOT NULL,
    how      TEXT NOT NULL CHECK (how IN ('sync', 'package'))
) STRICT;

-- The manifests of other desks' packages imported here, with their desk's signature, to pass on to the centre before
-- the package's changes (sent = 1 once the centre took it).
CREATE TABLE relay_chain (
    origin   TEXT NOT NULL,
    to_seq   INTEGER NOT NULL,
    manifest BLOB NOT NULL,
    sig      BLOB NOT NULL,
    sent     INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    PRIMARY KEY (origin, to_seq)
) STRICT;
