-- 0011: each service's own path (issue 17, item 3). A service whose regulation names no head (the VKO preschool queue,
-- the Kyzylorda unemployed certificate, targeted social assistance, …) goes from the executor's result straight to its
-- issue, and Almaty's home-schooling documents from registration to issue. The rule book of 0006 held one chain for
-- every service: such moves were refused here, or — had they been added for all — a duplicate could skip the head's
-- signature. Now each move is kept with the path it belongs to (core's Path names), the centre keeps each service's
-- path as the catalog gives it (`kensectl central migrate` writes both), and a move is accepted only on its request's
-- own path; a service the centre does not know keeps the head's path, the strictest.

ALTER TABLE workflow_moves ADD COLUMN path text NOT NULL DEFAULT 'head_and_executor';
ALTER TABLE workflow_moves ALTER COLUMN path DROP DEFAULT;
ALTER TABLE workflow_moves DROP CONSTRAINT workflow_moves_pkey;
ALTER TABLE workflow_moves ADD PRIMARY KEY (channel, path, from_state, to_state);

CREATE TABLE service_paths (
    service_id text PRIMARY KEY,
    path       text NOT NULL
);

CREATE OR REPLACE FUNCTION kense_check_moves(after_seq bigint, before jsonb) RETURNS void
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
                    coalesce((SELECT p.path FROM service_paths p WHERE p.service_id = q.service_id),
                             'head_and_executor') AS path,
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
                                     WHERE w.channel = e.channel AND w.path = e.path AND w.from_state = cur
                                       AND w.to_state = e.t) THEN
            RAISE EXCEPTION 'change % of desk % moves request % from "%" to "%": the rule book allows no such move '
                            'from its state at the centre ("%") on its service''s path (%)',
                            e.desk_seq, e.desk, e.number, e.f, e.t, cur, e.path
                USING ERRCODE = 'KF004';
        END IF;
        st := jsonb_set(st, ARRAY[e.req], to_jsonb(e.t));
    END LOOP;
END
$fn$;

SELECT kense_own_everything();
