-- 0005: the centre decides by who is connected (issue 13, step 2). Until now the desk's identity came from what it
-- sent: one change under a made-up desk code was accepted, and changed another office's issued request. Now, when the
-- session's login is a desk's role (desk_roles), every desk function acts only as that desk: a change of any other
-- desk is refused unless the administrator said this desk relays it (`central desk add CODE --relayed-by HUB`, a
-- rural desk's packages); a change to a request that neither the change's office took nor is addressed to it is
-- refused, and so is a new request of another office; a decision of a conflict (conflict_resolved) is taken only for
-- a request the centre holds as a conflict; a pull reads only what is addressed to the desk's office. A login that is
-- no desk's (the centre's own administrators, who import packages) acts for the desk it names, as before.
-- Refusals have SQLSTATE KF004 and nothing of the batch is kept.

ALTER TABLE desk_roles ADD COLUMN relayed_by text REFERENCES desk_roles (desk);

-- The desk role of the session's login; none for a login that is no desk's. A disabled desk is refused here too (its
-- open sessions outlive NOLOGIN).
CREATE FUNCTION kense_caller() RETURNS desk_roles
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    me desk_roles;
BEGIN
    SELECT * INTO me FROM desk_roles r WHERE r.role = session_user;
    IF FOUND AND me.disabled THEN
        RAISE EXCEPTION 'desk % is disabled at the centre', me.desk USING ERRCODE = 'KF004';
    END IF;
    RETURN me;
END
$fn$;

-- Refuses a desk's login that names another desk (or another office).
CREATE FUNCTION kense_act_as(p_desk text, p_office text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    me desk_roles := kense_caller();
BEGIN
    IF me.desk IS NULL THEN
        RETURN;
    END IF;
    IF p_desk IS DISTINCT FROM me.desk OR (p_office IS NOT NULL AND p_office IS DISTINCT FROM me.office) THEN
        RAISE EXCEPTION 'the login of desk % may not act as desk % (office %)', me.desk, p_desk,
                        coalesce(p_office, me.office)
            USING ERRCODE = 'KF004';
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION kense_pull(p_desk text, p_office text, p_after bigint, p_up_to bigint, p_limit integer)
RETURNS TABLE (seq bigint, uuid text, desk text, base text, accepted boolean, payload text, request_uuid text)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    PERFORM kense_act_as(p_desk, p_office);
    RETURN QUERY
    SELECT e.seq, e.uuid::text, e.desk, e.base::text, e.accepted, e.payload::text, e.request_uuid::text
    FROM events e JOIN requests r ON r.uuid = e.request_uuid
    WHERE e.seq > p_after AND e.seq <= p_up_to AND e.desk <> p_desk AND (r.office = p_office OR r.provider = p_office)
    ORDER BY e.seq LIMIT p_limit;
END
$fn$;

CREATE OR REPLACE FUNCTION kense_note_pulled(p_desk text, p_seq bigint) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM kense_act_as(p_desk);
    UPDATE desks SET pulled_seq = greatest(pulled_seq, p_seq), last_pull = now() WHERE code = p_desk;
END
$fn$;

CREATE OR REPLACE FUNCTION kense_uploaded_mark(p_desk text) RETURNS bigint
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    PERFORM kense_act_as(p_desk);
    RETURN coalesce((SELECT d.uploaded_seq FROM desks d WHERE d.code = p_desk), 0);
END
$fn$;

CREATE OR REPLACE FUNCTION kense_held_changes(p_desk text, p_after bigint, p_up_to bigint)
RETURNS TABLE (desk_seq bigint, uuid text)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    PERFORM kense_act_as(p_desk);
    RETURN QUERY SELECT e.desk_seq, e.uuid::text FROM events e
                 WHERE e.desk = p_desk AND e.desk_seq > p_after AND e.desk_seq <= p_up_to;
END
$fn$;

ALTER FUNCTION kense_chain_mark(text, bigint) RENAME TO kense_chain_mark_of;
CREATE FUNCTION kense_chain_mark(d text, below bigint)
RETURNS TABLE (event_id bigint, hash bytea, reported_at timestamptz)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    PERFORM kense_act_as(d);
    RETURN QUERY SELECT * FROM kense_chain_mark_of(d, below);
END
$fn$;

ALTER FUNCTION kense_chain_report(text, bigint, bytea, bigint, bytea, boolean) RENAME TO kense_chain_report_of;
CREATE FUNCTION kense_chain_report(d text, at_id bigint, at_hash bytea, head_id bigint, head_hash bytea,
                                   restored boolean)
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM kense_act_as(d);
    PERFORM kense_chain_report_of(d, at_id, at_hash, head_id, head_hash, restored);
END
$fn$;

-- The batch as a desk's login may send it.
ALTER FUNCTION kense_upload(jsonb, json) RENAME TO kense_upload_unforked;
CREATE FUNCTION kense_upload(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    me  desk_roles := kense_caller();
    bad record;
BEGIN
    IF me.desk IS NOT NULL THEN
        -- Whose changes: the desk's own, or a desk's the administrator said it relays.
        SELECT m->>'desk' AS desk INTO bad FROM jsonb_array_elements(meta) m
        WHERE m->>'desk' IS DISTINCT FROM me.desk
          AND NOT EXISTS (SELECT 1 FROM desk_roles r WHERE r.desk = m->>'desk' AND r.relayed_by = me.desk
                          AND NOT r.disabled)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'the login of desk % may not send changes of desk %', me.desk, bad.desk
                USING ERRCODE = 'KF004', HINT = 'a desk sends its own changes, and those of the desks it relays';
        END IF;
        -- Each change names its desk's office, and concerns a request that office took or that is addressed to it.
        SELECT m->>'desk' AS desk, m->>'request' AS request, q.number INTO bad
        FROM jsonb_array_elements(meta) m
        JOIN desk_roles r ON r.desk = m->>'desk'
        LEFT JOIN requests q ON q.uuid = (m->>'request')::uuid
        WHERE m->>'office' IS DISTINCT FROM r.office
           OR (q.uuid IS NOT NULL AND q.office <> r.office AND q.provider IS DISTINCT FROM r.office)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'desk % may not change request % (%): its office neither took it nor is addressed by it',
                            bad.desk, coalesce(bad.number, 'new'), bad.request
                USING ERRCODE = 'KF004';
        END IF;
        -- A request new to the centre belongs to the office of the desk that sends it first.
        SELECT m->>'desk' AS desk, p->'request'->>'number' AS number INTO bad
        FROM jsonb_array_elements(meta) WITH ORDINALITY a (m, i)
        JOIN json_array_elements(payloads) WITH ORDINALITY b (p, i) USING (i)
        JOIN desk_roles r ON r.desk = m->>'desk'
        WHERE (m->>'whole')::boolean
          AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.uuid = (m->>'request')::uuid)
          AND p->'request'->'office'->>'code' IS DISTINCT FROM r.office
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'desk % may not bring request % of another office', bad.desk, bad.number
                USING ERRCODE = 'KF004';
        END IF;
        -- A decision of a conflict only where the centre holds one.
        SELECT m->>'desk' AS desk, q.number INTO bad
        FROM jsonb_array_elements(meta) m JOIN requests q ON q.uuid = (m->>'request')::uuid
        WHERE m->>'kind' = 'conflict_resolved' AND NOT q.conflict
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'desk % decided a conflict of request %, which the centre does not hold as one',
                            bad.desk, bad.number
                USING ERRCODE = 'KF004';
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM kense_upload_unforked(meta, payloads);
END
$fn$;

-- The new and renamed functions: the owner's, run with its rights, granted only as kense_own_everything says.
SELECT kense_own_everything();
