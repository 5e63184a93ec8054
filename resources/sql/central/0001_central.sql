-- The central database of an oblast's desks (PostgreSQL 15). Desks upload the changes of their outboxes here and
-- pull the changes addressed to their office. Applied by `kensectl central init|migrate` in one transaction.

CREATE TABLE kense_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Every desk that ever uploaded, with its high-water marks: the last of its own changes the centre holds, and the
-- last central change it pulled.
CREATE TABLE desks (
    code         text PRIMARY KEY,        -- "KZOTSON01-1"
    office       text NOT NULL,
    uploaded_seq bigint NOT NULL DEFAULT 0,
    pulled_seq   bigint NOT NULL DEFAULT 0,
    last_upload  timestamptz,
    last_pull    timestamptz
);

-- Each request as its last accepted change left it. A request two desks changed from the same state is flagged:
-- it keeps the first change until an administrator decides.
CREATE TABLE requests (
    uuid       uuid PRIMARY KEY,
    number     text NOT NULL UNIQUE,
    office     text NOT NULL,             -- the office that took it
    provider   text,                      -- the office it is addressed to
    service_id text NOT NULL,
    state      text NOT NULL,
    head_event uuid NOT NULL,
    conflict   boolean NOT NULL DEFAULT false,
    snapshot   jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requests_office ON requests (office);
CREATE INDEX requests_provider ON requests (provider) WHERE provider IS NOT NULL;
CREATE INDEX requests_conflicts ON requests (number) WHERE conflict;

-- Every change of every desk, once (by uuid), in the order the centre received them (seq: what desks pull by).
-- `accepted` is false for a change that did not follow the request's state here: kept, not applied.
CREATE TABLE events (
    seq          bigserial PRIMARY KEY,
    uuid         uuid NOT NULL UNIQUE,
    request_uuid uuid NOT NULL REFERENCES requests (uuid),
    desk         text NOT NULL REFERENCES desks (code),
    desk_seq     bigint NOT NULL,
    base         uuid,
    kind         text NOT NULL,
    accepted     boolean NOT NULL,
    payload      json NOT NULL,          -- as the desk wrote it: handed to the pulling desks without re-encoding
    received_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (desk, desk_seq)
);
CREATE INDEX events_request ON events (request_uuid, seq);

-- Writes what a batch decided about one request: its head, its flag and, when a change carried it, the request as
-- the desk committed it (snapshot, state, provider).
CREATE FUNCTION kense_write_request(req uuid, new_head uuid, flagged boolean, new_snap jsonb, new_provider text)
RETURNS void LANGUAGE sql AS $fn$
    UPDATE requests SET head_event = new_head, conflict = flagged, updated_at = now(),
                        state = coalesce(new_snap->>'state', state),
                        provider = CASE WHEN new_snap IS NULL THEN provider ELSE new_provider END,
                        snapshot = coalesce(new_snap, snapshot)
    WHERE uuid = req;
$fn$;

-- Applies a batch of changes, in order: `meta`, what the centre decides by ({desk, desk_seq, uuid, base, kind,
-- request, office, provider} each), and `payloads`, what it keeps ({event, request}, passed through as text). A change the centre has
-- already (its desk's sequence at or below the desk's mark) is skipped, so a batch sent twice changes nothing; a
-- change that skips one of its desk's sequence numbers is refused, so each desk's changes arrive in order.
-- A request's consecutive changes are decided against its head kept in variables and written once when the batch
-- moves on to another request (a desk's changes of one request mostly come together).
CREATE FUNCTION kense_upload(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    item     jsonb;
    body     json;
    d        text;
    n        bigint;
    mark     bigint;
    ev       uuid;
    req      uuid;
    b        uuid;
    snap     jsonb;
    ok       boolean;
    cur      uuid;     -- the request whose row is held in the variables below
    head     uuid;
    flagged  boolean;
    dirty    boolean := false;
    new_snap jsonb;    -- the newest accepted snapshot of `cur` in this batch, if any
    new_provider text;
    a        integer := 0;
    c        integer := 0;
    s        integer := 0;
BEGIN
    -- One upload at a time: the central sequence then follows the commit order, so no pull can miss a change
    -- (and no row needs locking).
    PERFORM pg_advisory_xact_lock(7307);
    FOR item, body IN SELECT m.value, p.value FROM jsonb_array_elements(meta) WITH ORDINALITY m (value, i)
                      JOIN json_array_elements(payloads) WITH ORDINALITY p (value, i) USING (i) ORDER BY i LOOP
        n := (item->>'desk_seq')::bigint;
        ev := (item->>'uuid')::uuid;
        IF d IS DISTINCT FROM item->>'desk' THEN
            IF d IS NOT NULL THEN
                UPDATE desks SET uploaded_seq = mark, last_upload = now() WHERE code = d;
            END IF;
            d := item->>'desk';
            SELECT x.uploaded_seq INTO mark FROM desks x WHERE x.code = d;
            IF NOT FOUND THEN
                INSERT INTO desks (code, office) VALUES (d, item->>'office');
                mark := 0;
            END IF;
        END IF;
        IF n <= mark THEN
            s := s + 1;
            CONTINUE;
        END IF;
        IF n <> mark + 1 THEN
            RAISE EXCEPTION 'desk % sent its change % but the centre has its changes up to %', d, n, mark
                USING ERRCODE = 'P0001', HINT = 'a change of the desk is missing; send the changes in order';
        END IF;
        mark := n;
        req := (item->>'request')::uuid;
        b := (item->>'base')::uuid;
        -- Only a change that carries the request is parsed further (its snapshot goes into the request's row).
        snap := NULL;
        IF (item->>'whole')::boolean THEN
            snap := (body->'request')::jsonb;
        END IF;
        IF cur IS DISTINCT FROM req THEN
            IF dirty THEN
                PERFORM kense_write_request(cur, head, flagged, new_snap, new_provider);
            END IF;
            cur := req;
            dirty := false;
            new_snap := NULL;
            SELECT r.head_event, r.conflict INTO head, flagged FROM requests r WHERE r.uuid = req;
            IF NOT FOUND THEN
                IF snap IS NULL OR jsonb_typeof(snap) <> 'object' THEN
                    RAISE EXCEPTION 'change % of desk % follows request % that the centre does not hold', n, d, req;
                END IF;
                INSERT INTO requests (uuid, number, office, provider, service_id, state, head_event, snapshot)
                VALUES (req, snap->>'number', snap->'office'->>'code', item->>'provider', snap->>'service_id',
                        snap->>'state', ev, snap);
                head := ev;
                flagged := false;
                INSERT INTO events (uuid, request_uuid, desk, desk_seq, base, kind, accepted, payload)
                VALUES (ev, req, d, n, b, item->>'kind', true, body);
                a := a + 1;
                CONTINUE;
            END IF;
        END IF;
        ok := item->>'kind' = 'conflict_resolved' OR (NOT flagged AND head IS NOT DISTINCT FROM b);
        INSERT INTO events (uuid, request_uuid, desk, desk_seq, base, kind, accepted, payload)
        VALUES (ev, req, d, n, b, item->>'kind', ok, body) ON CONFLICT (uuid) DO NOTHING;
        IF NOT FOUND THEN -- the centre has it already (it came another way): nothing changes
            s := s + 1;
            CONTINUE;
        END IF;
        IF ok THEN
            head := ev;
            IF jsonb_typeof(snap) = 'object' THEN
                -- A later change of the same transaction carries no snapshot: the request already holds it.
                new_snap := snap;
                new_provider := item->>'provider';
                flagged := false;
            END IF;
        ELSE
            flagged := true;
        END IF;
        dirty := true;
        IF ok THEN a := a + 1; ELSE c := c + 1; END IF;
    END LOOP;
    IF dirty THEN
        PERFORM kense_write_request(cur, head, flagged, new_snap, new_provider);
    END IF;
    IF d IS NOT NULL THEN
        UPDATE desks SET uploaded_seq = mark, last_upload = now() WHERE code = d;
    END IF;
    RETURN QUERY SELECT a, c, s;
END
$fn$;
