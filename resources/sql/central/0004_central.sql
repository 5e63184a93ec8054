-- 0004: one door (issue 13, step 1). A desk's login used to hold write rights on every table: it could read every
-- office's requests and UPDATE or DELETE rows of `events` directly. Now a NOLOGIN owner role owns every table and
-- function; the functions a desk calls run with the owner's rights (SECURITY DEFINER, search_path pinned); a desk
-- logs in with a role of its own (`kensectl central desk add`) that may only EXECUTE those functions, and an
-- administrator who decides conflicts (`kensectl central admin add`) only the administrators' functions. Nobody else
-- has rights on a table, and `events` refuses UPDATE, DELETE and TRUNCATE from every role, the owner's included.
--
-- Roles belong to the whole PostgreSQL cluster, so their names begin with this database's prefix
-- (kense_role_prefix: the database's own name when it is short and plain, else 'k' and 8 hex digits of its md5).

-- The desks' login roles: one per desk, named by the desk's code.
CREATE TABLE desk_roles (
    role     name PRIMARY KEY,
    desk     text NOT NULL UNIQUE,          -- "KZOEDU01-1"
    office   text NOT NULL,                 -- "KZOEDU01"
    disabled boolean NOT NULL DEFAULT false,
    added_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION kense_role_prefix() RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN current_database() ~ '^[a-z][a-z0-9_]{0,23}$' THEN current_database()
                ELSE 'k' || left(md5(current_database()), 8) END;
$fn$;

-- What a desk calls instead of reading tables.
CREATE FUNCTION kense_schema_version() RETURNS integer
LANGUAGE sql STABLE AS $fn$
    SELECT m.value::integer FROM kense_meta m WHERE m.key = 'schema_version';
$fn$;

CREATE FUNCTION kense_latest_seq() RETURNS bigint
LANGUAGE sql STABLE AS $fn$
    SELECT coalesce(max(e.seq), 0) FROM events e;
$fn$;

CREATE FUNCTION kense_pull(p_desk text, p_office text, p_after bigint, p_up_to bigint, p_limit integer)
RETURNS TABLE (seq bigint, uuid text, desk text, base text, accepted boolean, payload text, request_uuid text)
LANGUAGE sql STABLE AS $fn$
    SELECT e.seq, e.uuid::text, e.desk, e.base::text, e.accepted, e.payload::text, e.request_uuid::text
    FROM events e JOIN requests r ON r.uuid = e.request_uuid
    WHERE e.seq > p_after AND e.seq <= p_up_to AND e.desk <> p_desk AND (r.office = p_office OR r.provider = p_office)
    ORDER BY e.seq LIMIT p_limit;
$fn$;

CREATE FUNCTION kense_note_pulled(p_desk text, p_seq bigint) RETURNS void
LANGUAGE sql AS $fn$
    UPDATE desks SET pulled_seq = greatest(pulled_seq, p_seq), last_pull = now() WHERE code = p_desk;
$fn$;

CREATE FUNCTION kense_uploaded_mark(p_desk text) RETURNS bigint
LANGUAGE sql STABLE AS $fn$
    SELECT coalesce((SELECT d.uploaded_seq FROM desks d WHERE d.code = p_desk), 0);
$fn$;

CREATE FUNCTION kense_held_changes(p_desk text, p_after bigint, p_up_to bigint)
RETURNS TABLE (desk_seq bigint, uuid text)
LANGUAGE sql STABLE AS $fn$
    SELECT e.desk_seq, e.uuid::text FROM events e
    WHERE e.desk = p_desk AND e.desk_seq > p_after AND e.desk_seq <= p_up_to;
$fn$;

-- What an administrator calls.
CREATE FUNCTION kense_conflicts()
RETURNS TABLE (number text, state text, desk text, kind text, to_state text, at text, accepted boolean)
LANGUAGE sql STABLE AS $fn$
    SELECT r.number, r.state, e.desk, e.kind, e.payload->'event'->>'to_state', e.payload->'event'->>'at', e.accepted
    FROM requests r JOIN events e ON e.request_uuid = r.uuid WHERE r.conflict ORDER BY r.number, e.seq;
$fn$;

CREATE FUNCTION kense_count(what text) RETURNS bigint
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    CASE what
    WHEN 'requests' THEN RETURN (SELECT count(*) FROM requests);
    WHEN 'events' THEN RETURN (SELECT count(*) FROM events);
    WHEN 'desks' THEN RETURN (SELECT count(*) FROM desks);
    WHEN 'desk_roles' THEN RETURN (SELECT count(*) FROM desk_roles);
    WHEN 'desk_chain' THEN RETURN (SELECT count(*) FROM desk_chain);
    ELSE RAISE EXCEPTION 'kense_count: no table %', what;
    END CASE;
END
$fn$;

-- The central log is append-only for every role.
CREATE FUNCTION kense_append_only() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'the central event log is append-only (% refused)', TG_OP USING ERRCODE = 'KF003';
END
$fn$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION kense_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION kense_append_only();

-- Gives every table and function of the schema to the owner role, makes the functions run with its rights, and grants
-- the desks and the administrators what they call. Run by every migration from this one on, as its last statement,
-- by the administrator who migrates (a superuser, or a role with CREATEROLE that the owner role is granted to). The
-- desks and the administrators may call what is granted at the end and nothing else: every function's grants are
-- taken away first (a function a later migration renames keeps its grants).
CREATE FUNCTION kense_own_everything() RETURNS void
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
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_role_prefix(), kense_schema_version() TO %I, %I', desks, admins);
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_upload(jsonb, json), kense_latest_seq(), '
                   'kense_pull(text, text, bigint, bigint, integer), kense_note_pulled(text, bigint), '
                   'kense_uploaded_mark(text), kense_held_changes(text, bigint, bigint), '
                   'kense_chain_mark(text, bigint), kense_chain_report(text, bigint, bytea, bigint, bytea, boolean) '
                   'TO %I', desks);
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_conflicts(), kense_count(text) TO %I', admins);
END
$fn$;

SELECT kense_own_everything();
