-- 0006: the centre checks every move against the rule book (issue 13, step 2). Until now a desk's login could send a
-- request from "registered" straight to "issued" (or any state to any other) and the centre kept it, since it decided
-- only by the change's base. Now the moves the workflow allows — core's table (Workflow::target for every transition,
-- state and channel), which `kensectl central init` and `central migrate` write here, so the rule book stays in one
-- place — are the only ones the centre accepts: each accepted change that moves a request must start from the state
-- the request is in at the centre (after the batch's earlier changes) and go where a move of its channel leads from
-- there. A decision of a conflict takes the state it names. Refusals have SQLSTATE KF004 and nothing of the batch is
-- kept.

CREATE TABLE workflow_moves (
    channel    text NOT NULL,
    from_state text NOT NULL,
    to_state   text NOT NULL,
    PRIMARY KEY (channel, from_state, to_state)
);

-- `after_seq`: the centre's latest change before the batch (what the batch added follows it: uploads take the upload
-- lock); `before`: each request's state before the batch, by uuid (a request new to the centre starts from the state
-- its first change starts from: its history before that is the desk's own).
CREATE FUNCTION kense_check_moves(after_seq bigint, before jsonb) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    e   record;
    st  jsonb := before;
    cur text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM workflow_moves) THEN
        RAISE EXCEPTION 'the centre holds no rule book of moves: run kensectl central migrate' USING ERRCODE = 'KF004';
    END IF;
    FOR e IN SELECT ev.request_uuid::text AS req, ev.kind, ev.desk, ev.desk_seq, q.number,
                    q.snapshot->>'channel' AS channel,
                    coalesce(ev.payload->'event'->>'from_state', '') AS f,
                    coalesce(ev.payload->'event'->>'to_state', '') AS t
             FROM events ev JOIN requests q ON q.uuid = ev.request_uuid
             WHERE ev.seq > after_seq AND ev.accepted ORDER BY ev.seq LOOP
        cur := coalesce(st->>e.req, e.f);
        IF e.kind = 'conflict_resolved' OR e.t = '' OR e.t = e.f THEN
            IF e.kind = 'conflict_resolved' AND e.t <> '' THEN
                st := jsonb_set(st, ARRAY[e.req], to_jsonb(e.t));
            END IF;
            CONTINUE;
        END IF;
        IF e.f <> cur OR NOT EXISTS (SELECT 1 FROM workflow_moves w
                                     WHERE w.channel = e.channel AND w.from_state = cur AND w.to_state = e.t) THEN
            RAISE EXCEPTION 'change % of desk % moves request % from "%" to "%": the rule book allows no such move '
                            'from its state at the centre ("%")', e.desk_seq, e.desk, e.number, e.f, e.t, cur
                USING ERRCODE = 'KF004';
        END IF;
        st := jsonb_set(st, ARRAY[e.req], to_jsonb(e.t));
    END LOOP;
END
$fn$;

-- The batch as any login may send it: the caller's checks (0005), then the moves.
ALTER FUNCTION kense_upload(jsonb, json) RENAME TO kense_upload_as_caller;
CREATE FUNCTION kense_upload(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    before jsonb;
    last   bigint;
BEGIN
    -- The states before the batch are read under the upload lock, so no other upload moves them in between.
    PERFORM pg_advisory_xact_lock(7307);
    -- Where each request is by its accepted changes: the state its latest move led to. (Not requests.state: that is
    -- the request as its desk committed the whole transaction, which a batch may have cut after its first change.)
    SELECT coalesce(jsonb_object_agg(r.u::text, x.t), '{}'::jsonb) INTO before
    FROM (SELECT DISTINCT (m->>'request')::uuid AS u FROM jsonb_array_elements(meta) m) r
    CROSS JOIN LATERAL (SELECT e.payload->'event'->>'to_state' AS t FROM events e
                        WHERE e.request_uuid = r.u AND e.accepted
                          AND coalesce(e.payload->'event'->>'to_state', '') <> ''
                        ORDER BY e.seq DESC LIMIT 1) x;
    last := coalesce((SELECT max(e.seq) FROM events e), 0);
    RETURN QUERY SELECT * FROM kense_upload_as_caller(meta, payloads);
    PERFORM kense_check_moves(last, before);
END
$fn$;

SELECT kense_own_everything();
