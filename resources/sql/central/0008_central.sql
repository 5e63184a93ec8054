-- 0008: a conflict is decided at the centre, by one of its administrators (issue 13, item 2). Until now any desk
-- could send a change "conflict_resolved" and the centre took the state it named: a desk's login decided, for every
-- desk of the office, which of two clerks' changes stood. Now only a member of <prefix>_admins (`kensectl central
-- admin add LOGIN`), signed in with that login, decides: kense_decide_conflict makes the decision a change of the
-- centre's own ("centre"), which every desk of the offices concerned pulls and takes; a decision uploaded by any
-- other login is kept as that desk's change but never taken as a decision (see kense_upload below).
--
-- And the grants are data: kense_own_everything grants what function_grants lists, so a migration that adds a
-- function adds a row, not another copy of kense_own_everything.

CREATE TABLE function_grants (
    signature text NOT NULL,             -- as regprocedure prints it: "kense_pull(text,text,bigint,bigint,integer)"
    grantee   text NOT NULL CHECK (grantee IN ('desks', 'admins')),
    PRIMARY KEY (signature, grantee)
);
INSERT INTO function_grants (signature, grantee) VALUES
    ('kense_role_prefix()', 'desks'), ('kense_role_prefix()', 'admins'),
    ('kense_schema_version()', 'desks'), ('kense_schema_version()', 'admins'),
    ('kense_caller_offices()', 'desks'),
    ('kense_upload(jsonb,json)', 'desks'),
    ('kense_latest_seq()', 'desks'),
    ('kense_pull(text,text,bigint,bigint,integer)', 'desks'),
    ('kense_note_pulled(text,bigint)', 'desks'),
    ('kense_uploaded_mark(text)', 'desks'),
    ('kense_held_changes(text,bigint,bigint)', 'desks'),
    ('kense_chain_mark(text,bigint)', 'desks'),
    ('kense_chain_report(text,bigint,bytea,bigint,bytea,boolean)', 'desks'),
    ('kense_conflicts()', 'admins'),
    ('kense_count(text)', 'admins'),
    ('kense_decide_conflict(text,uuid,text,text)', 'admins');

CREATE OR REPLACE FUNCTION kense_own_everything() RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    owner  text := kense_role_prefix() || '_owner';
    desks  text := kense_role_prefix() || '_desks';
    admins text := kense_role_prefix() || '_admins';
    t      record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', owner);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = desks) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', desks);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = admins) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', admins);
    END IF;
    IF NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        EXECUTE format('GRANT %I TO %I', owner, current_user);
    END IF;
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', t.relname, owner);
        EXECUTE format('REVOKE ALL ON TABLE %I FROM PUBLIC', t.relname);
    END LOOP;
    FOR t IN SELECT f.oid::regprocedure AS sig, f.proname FROM pg_proc f JOIN pg_namespace n ON n.oid = f.pronamespace
             WHERE n.nspname = 'public' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', t.sig, owner);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, %I, %I', t.sig, desks, admins);
        IF t.proname NOT IN ('kense_own_everything', 'kense_role_prefix') THEN
            EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = public, pg_temp', t.sig);
        END IF;
    END LOOP;
    -- A listed function that does not exist stops the migration here (regprocedure says which).
    FOR t IN SELECT g.signature, g.grantee FROM function_grants g ORDER BY g.signature, g.grantee LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', t.signature::regprocedure,
                       kense_role_prefix() || '_' || t.grantee);
    END LOOP;
END
$fn$;

-- Whether the session's login may decide conflicts: a member of the administrators' group (a superuser is one).
CREATE FUNCTION kense_may_decide() RETURNS boolean
LANGUAGE sql STABLE AS $fn$
    SELECT pg_has_role(session_user, kense_role_prefix() || '_admins', 'MEMBER');
$fn$;

-- The batch as any login may send it: two checks before 0006's (the rule book's), which is renamed, not copied.
-- A decision of a conflict comes only from an administrator: one a desk sent (a desk of an older Kense decided for
-- itself, or a forged one) is kept as that desk's change but never taken as a decision — it counts as a change of its
-- own kind ("conflict_resolved_at_desk"), which a flagged request does not take (the conflict stays for the centre's
-- administrators, with this change among its sides) and which the rule book checks as any other move. Refusing it
-- would stop that desk's every later change for good, as each desk's changes arrive in order.
ALTER FUNCTION kense_upload(jsonb, json) RENAME TO kense_upload_by_rule_book;
CREATE FUNCTION kense_upload(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    bad record;
BEGIN
    -- A desk's change says the same in what the centre decides by (meta) and in what the desks take (payload): its
    -- event's uuid and kind, and the request its snapshot is of. Else one change could pass the checks as one request
    -- and be taken at the desks as another, or carry an event the desks hold already and stop their every pull.
    IF (kense_caller()).desk IS NOT NULL THEN
        -- Each payload is text (json): every field read from it parses it whole, so the event is read out once
        -- (MATERIALIZED keeps the planner from reading it again for each comparison), the request only where it is.
        WITH x AS MATERIALIZED (
            SELECT m, p->'event' AS ev,
                   CASE WHEN (m->>'whole')::boolean THEN p->'request'->>'uuid' END AS req
            FROM jsonb_array_elements(meta) WITH ORDINALITY a (m, i)
            JOIN json_array_elements(payloads) WITH ORDINALITY b (p, i) USING (i))
        SELECT x.m->>'desk' AS desk, x.m->>'desk_seq' AS n INTO bad FROM x
        WHERE x.m->>'uuid' IS DISTINCT FROM x.ev->>'uuid' OR x.m->>'kind' IS DISTINCT FROM x.ev->>'kind'
           OR ((x.m->>'whole')::boolean AND x.m->>'request' IS DISTINCT FROM x.req)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'change % of desk % says one thing to the centre and another to the desks (its event''s '
                            'uuid or kind, or its request)', bad.n, bad.desk
                USING ERRCODE = 'KF004';
        END IF;
    END IF;
    IF NOT kense_may_decide() AND jsonb_path_exists(meta, '$[*] ? (@.kind == "conflict_resolved")') THEN
        SELECT jsonb_agg(CASE WHEN m->>'kind' = 'conflict_resolved'
                              THEN m || '{"kind": "conflict_resolved_at_desk"}'::jsonb ELSE m END ORDER BY i)
        INTO meta FROM jsonb_array_elements(meta) WITH ORDINALITY a (m, i);
    END IF;
    RETURN QUERY SELECT * FROM kense_upload_by_rule_book(meta, payloads);
END
$fn$;

-- The conflicts with each change's uuid, and which change the centre holds the request by (head).
DROP FUNCTION kense_conflicts();
CREATE FUNCTION kense_conflicts()
RETURNS TABLE (number text, state text, desk text, kind text, to_state text, at text, accepted boolean, event text,
               head boolean)
LANGUAGE sql STABLE AS $fn$
    SELECT r.number, r.state, e.desk, e.kind, e.payload->'event'->>'to_state', e.payload->'event'->>'at', e.accepted,
           e.uuid::text, e.uuid = r.head_event
    FROM requests r JOIN events e ON e.request_uuid = r.uuid WHERE r.conflict ORDER BY r.number, e.seq;
$fn$;

-- The decision: the request takes the state of `p_event` — the change the centre holds it by (its head), or a
-- change it flagged, whose desk's newest flagged snapshot of the request stands. `p_at` is the moment as the
-- deciding administrator's desk writes it (local time, "YYYY-MM-DDTHH:MI:SS"). Returns the new change and state.
CREATE FUNCTION kense_decide_conflict(p_number text, p_event uuid, p_note text, p_at text)
RETURNS TABLE (event text, state text)
LANGUAGE plpgsql AS $fn$
DECLARE
    q      requests;
    chosen events;
    snap   jsonb;
    ev     uuid := gen_random_uuid();
    n      bigint;
    said   text;
BEGIN
    IF NOT kense_may_decide() THEN
        RAISE EXCEPTION 'only an administrator of the centre decides a conflict; % is not one', session_user
            USING ERRCODE = 'KF004';
    END IF;
    IF p_at IS NULL OR p_at !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$' THEN
        RAISE EXCEPTION 'the moment of the decision "%" is not YYYY-MM-DDTHH:MI:SS', p_at USING ERRCODE = 'KF004';
    END IF;
    -- Under the upload lock: the central sequence follows the commit order, and no upload moves the request now.
    PERFORM pg_advisory_xact_lock(7307);
    SELECT * INTO q FROM requests r WHERE r.number = p_number;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the centre holds no request %', p_number USING ERRCODE = 'KF004';
    END IF;
    IF NOT q.conflict THEN
        RAISE EXCEPTION 'request % is not in conflict at the centre', p_number USING ERRCODE = 'KF004';
    END IF;
    SELECT * INTO chosen FROM events e WHERE e.uuid = p_event AND e.request_uuid = q.uuid;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the centre holds no change % of request %: the desk that made it syncs first', p_event,
                        p_number USING ERRCODE = 'KF004';
    END IF;
    IF chosen.uuid = q.head_event THEN
        snap := q.snapshot;
        said := format('kept the state the centre holds (change %s of %s)', chosen.uuid, chosen.desk);
    ELSIF chosen.accepted THEN
        RAISE EXCEPTION 'the change % is an earlier state of request %: choose the change the centre holds it by or '
                        'one it flagged', p_event, p_number USING ERRCODE = 'KF004';
    ELSE
        SELECT (e.payload->'request')::jsonb INTO snap FROM events e
        WHERE e.request_uuid = q.uuid AND e.desk = chosen.desk AND NOT e.accepted
          AND json_typeof(e.payload->'request') = 'object'
        ORDER BY e.seq DESC LIMIT 1;
        IF snap IS NULL THEN
            RAISE EXCEPTION 'the changes of % to request % came without the request''s data', chosen.desk, p_number
                USING ERRCODE = 'KF004';
        END IF;
        said := format('took the change %s of %s', chosen.uuid, chosen.desk);
    END IF;
    IF coalesce(btrim(p_note), '') <> '' THEN
        said := said || ': ' || btrim(p_note);
    END IF;
    INSERT INTO desks (code, office) VALUES ('centre', '') ON CONFLICT (code) DO NOTHING;
    UPDATE desks d SET uploaded_seq = d.uploaded_seq + 1, last_upload = now() WHERE d.code = 'centre'
    RETURNING d.uploaded_seq INTO n;
    INSERT INTO events (uuid, request_uuid, desk, desk_seq, base, kind, accepted, payload)
    VALUES (ev, q.uuid, 'centre', n, q.head_event, 'conflict_resolved', true,
            json_build_object('event', json_build_object('uuid', ev, 'at', p_at, 'kind', 'conflict_resolved',
                                                         'user', json_build_object('login', session_user || '@centre',
                                                                                   'name', session_user::text),
                                                         'from_state', q.state, 'to_state', snap->>'state',
                                                         'before', NULL, 'after', NULL, 'note', said),
                              'request', snap));
    PERFORM kense_write_request(q.uuid, ev, false, snap, snap->>'provider');
    RETURN QUERY SELECT ev::text, snap->>'state';
END
$fn$;

SELECT kense_own_everything();
