-- The set-based upload (issue 18, item 3). The innermost step of an upload decided and wrote each change on its own
-- (kense_upload_each, schema 1's loop: a few statements a change), and that loop was most of an upload's time at the
-- centre. Most batches are one run of changes that follow: each desk's changes from the one after its mark, each
-- request's from the change the centre holds it by (or new to the centre, brought whole by its first change), none
-- held already, no decision of a conflict among them. Such a batch is accepted whole, so it is written in one
-- statement: the new requests, the events in the batch's order, the requests' heads, the desks' marks. Any other batch
-- (a change sent twice, a conflict, a hole, a request in conflict) goes through the loop, change by change, as before.

ALTER FUNCTION kense_upload_changes(jsonb, json) RENAME TO kense_upload_each;

CREATE FUNCTION kense_upload_changes(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    total   integer;
    follows boolean;
    fresh   uuid[];
BEGIN
    -- Whether the batch follows: each desk's changes number on from its mark, each request's from its head (a
    -- request new to the centre from its first change, which carries it whole), and the centre holds none of them.
    WITH m AS (SELECT a.i, a.x->>'desk' AS desk, (a.x->>'desk_seq')::bigint AS n, (a.x->>'uuid')::uuid AS ev,
                      (a.x->>'request')::uuid AS req, (a.x->>'base')::uuid AS base, a.x->>'kind' AS kind,
                      coalesce((a.x->>'whole')::boolean, false) AS whole, b.p
               FROM jsonb_array_elements(meta) WITH ORDINALITY a (x, i)
               JOIN json_array_elements(payloads) WITH ORDINALITY b (p, i) USING (i)),
         s AS (SELECT m.*, row_number() OVER (PARTITION BY m.desk ORDER BY m.i) AS k,
                      row_number() OVER (PARTITION BY m.req ORDER BY m.i) AS r,
                      lag(m.ev) OVER (PARTITION BY m.req ORDER BY m.i) AS prev,
                      count(*) OVER (PARTITION BY m.ev) AS times
               FROM m)
    SELECT count(*)::integer,
           bool_and(s.desk IS NOT NULL AND s.n IS NOT NULL AND s.ev IS NOT NULL AND s.req IS NOT NULL
                    AND s.times = 1 AND s.kind IS DISTINCT FROM 'conflict_resolved'
                    AND s.n = coalesce(d.uploaded_seq, 0) + s.k
                    AND CASE WHEN s.r > 1 THEN s.base IS NOT DISTINCT FROM s.prev
                             WHEN q.uuid IS NOT NULL THEN NOT q.conflict AND s.base IS NOT DISTINCT FROM q.head_event
                             ELSE s.whole AND json_typeof(s.p->'request') = 'object' END
                    AND NOT EXISTS (SELECT 1 FROM events e WHERE e.uuid = s.ev)),
           coalesce(array_agg(s.req) FILTER (WHERE s.r = 1 AND q.uuid IS NULL), '{}')
    INTO total, follows, fresh
    FROM s LEFT JOIN desks d ON d.code = s.desk LEFT JOIN requests q ON q.uuid = s.req;
    IF total = 0 OR NOT follows THEN
        RETURN QUERY SELECT * FROM kense_upload_each(meta, payloads);
        RETURN;
    END IF;

    -- A desk new to the centre has its row already (kense_hold_batch made it), its office its first change's.
    INSERT INTO desks (code, office)
    SELECT DISTINCT ON (a.x->>'desk') a.x->>'desk', a.x->>'office'
    FROM jsonb_array_elements(meta) WITH ORDINALITY a (x, i) ORDER BY a.x->>'desk', a.i
    ON CONFLICT (code) DO NOTHING;
    -- As the loop leaves them: a new request has its first change's number, office and service, and every request
    -- the state, provider and snapshot of its last change that carries it, and that change's uuid as its head.
    WITH x AS MATERIALIZED (
             SELECT a.i, a.x->>'desk' AS desk, (a.x->>'desk_seq')::bigint AS n, (a.x->>'uuid')::uuid AS ev,
                    (a.x->>'request')::uuid AS req, (a.x->>'base')::uuid AS base, a.x->>'kind' AS kind,
                    a.x->>'provider' AS provider, b.p,
                    CASE WHEN (a.x->>'whole')::boolean THEN (b.p->'request')::jsonb END AS snap
             FROM jsonb_array_elements(meta) WITH ORDINALITY a (x, i)
             JOIN json_array_elements(payloads) WITH ORDINALITY b (p, i) USING (i)),
         firsts AS (SELECT DISTINCT ON (x.req) x.req, x.snap FROM x WHERE x.req = ANY (fresh) ORDER BY x.req, x.i),
         lasts AS (SELECT DISTINCT ON (x.req) x.req, x.ev FROM x ORDER BY x.req, x.i DESC),
         wholes AS (SELECT DISTINCT ON (x.req) x.req, x.snap, x.provider FROM x
                   WHERE jsonb_typeof(x.snap) = 'object' ORDER BY x.req, x.i DESC),
         new_requests AS (INSERT INTO requests (uuid, number, office, provider, service_id, state, head_event, snapshot)
                          SELECT f.req, f.snap->>'number', f.snap->'office'->>'code', w.provider,
                                 f.snap->>'service_id', w.snap->>'state', l.ev, w.snap
                          FROM firsts f JOIN lasts l USING (req) JOIN wholes w USING (req)),
         heads AS (UPDATE requests q SET head_event = l.ev, conflict = false, updated_at = now(),
                                         state = coalesce(w.snap->>'state', q.state),
                                         provider = CASE WHEN w.snap IS NULL THEN q.provider ELSE w.provider END,
                                         snapshot = coalesce(w.snap, q.snapshot)
                   FROM lasts l LEFT JOIN wholes w USING (req)
                   WHERE q.uuid = l.req AND NOT (l.req = ANY (fresh))),
         changes AS (INSERT INTO events (uuid, request_uuid, desk, desk_seq, base, kind, accepted, payload)
                     SELECT x.ev, x.req, x.desk, x.n, x.base, x.kind, true, x.p FROM x ORDER BY x.i)
    UPDATE desks d SET uploaded_seq = t.n, last_upload = now()
    FROM (SELECT x.desk, max(x.n) AS n FROM x GROUP BY x.desk) t
    WHERE d.code = t.desk;
    RETURN QUERY SELECT total, 0, 0;
END
$fn$;

-- The rule book's check of a batch's moves read each change's payload (text) whole twice, for the state it moves
-- from and to, and its request's snapshot once for every change; and it kept the states of all the batch's requests
-- in one document copied at each move. Now each payload's event is read out once, each request's channel and path
-- once, and the changes are walked request by request (a request's moves depend on its own changes only); the change
-- refused is still the first one in the centre's order that breaks the rule book.
CREATE OR REPLACE FUNCTION kense_check_moves(after_seq bigint, before jsonb) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    e        record;
    cur      text;
    req      uuid;
    state    text;
    refused  boolean;
    bad_seq  bigint;
    bad      text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM workflow_moves) THEN
        RAISE EXCEPTION 'the centre holds no rule book of moves: run kensectl central migrate' USING ERRCODE = 'KF004';
    END IF;
    FOR e IN WITH evs AS MATERIALIZED (
                 SELECT ev.seq, ev.request_uuid, ev.kind, ev.desk, ev.desk_seq, ev.payload->'event' AS body
                 FROM events ev WHERE ev.seq > after_seq AND ev.accepted),
             reqs AS MATERIALIZED (
                 SELECT q.uuid, q.number, q.snapshot->>'channel' AS channel,
                        coalesce((SELECT p.path FROM service_paths p WHERE p.service_id = q.service_id),
                                 'head_and_executor') AS path
                 FROM requests q WHERE q.uuid IN (SELECT evs.request_uuid FROM evs))
             SELECT evs.seq, evs.request_uuid AS req, evs.kind, evs.desk, evs.desk_seq, r.number, r.channel, r.path,
                    coalesce(evs.body->>'from_state', '') AS f, coalesce(evs.body->>'to_state', '') AS t
             FROM evs JOIN reqs r ON r.uuid = evs.request_uuid
             ORDER BY evs.request_uuid, evs.seq LOOP
        IF req IS DISTINCT FROM e.req THEN
            req := e.req;
            state := before->>(e.req::text);
            refused := false;
        ELSIF refused THEN
            CONTINUE; -- a request's first refused move is the one that counts
        END IF;
        cur := coalesce(state, e.f);
        IF e.kind = 'conflict_resolved' OR e.t = '' OR e.t = e.f THEN
            IF e.kind = 'conflict_resolved' AND e.t <> '' THEN
                state := e.t;
            END IF;
            CONTINUE;
        END IF;
        IF e.f <> cur OR NOT EXISTS (SELECT 1 FROM workflow_moves w
                                     WHERE w.channel = e.channel AND w.path = e.path AND w.from_state = cur
                                       AND w.to_state = e.t) THEN
            IF bad_seq IS NULL OR e.seq < bad_seq THEN
                bad_seq := e.seq;
                bad := format('change %s of desk %s moves request %s from "%s" to "%s": the rule book allows no such '
                              'move from its state at the centre ("%s") on its service''s path (%s)',
                              e.desk_seq, e.desk, e.number, e.f, e.t, cur, e.path);
            END IF;
            refused := true;
            CONTINUE;
        END IF;
        state := e.t;
    END LOOP;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION '%', bad USING ERRCODE = 'KF004';
    END IF;
END
$fn$;

SELECT kense_own_everything();
