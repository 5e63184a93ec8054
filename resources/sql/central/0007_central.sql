-- 0007: row-level security on requests and events as a second wall (issue 13, item 2). A desk's login has no rights
-- on any table (0004) and reaches rows only through the desk functions, which check who calls (0005, 0006). Should a
-- right on a table be granted to the desks by mistake, these policies still show a desk's session only the requests
-- of its office, of the offices it is addressed by and of the desks it relays, and only their events; and no desk
-- may write a row directly. They apply to the desks' group, not to the owner's functions: held to the policies (FORCE),
-- the functions took the upload of 100,000 requests from about 70 s to 240 s (the offices looked up for every row).

-- The offices whose rows the session may see; NULL when the login is no desk's.
CREATE FUNCTION kense_caller_offices() RETURNS text[]
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    me text;
BEGIN
    SELECT r.desk INTO me FROM desk_roles r WHERE r.role = session_user;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN ARRAY(SELECT r.office FROM desk_roles r WHERE r.desk = me OR r.relayed_by = me);
END
$fn$;

ALTER TABLE requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
DO $do$
DECLARE
    desks text := kense_role_prefix() || '_desks';
BEGIN
    -- (SELECT …) makes the offices an init plan: looked up once per statement, not per row. No policy lets a desk
    -- insert, update or delete.
    EXECUTE format('CREATE POLICY requests_of_the_desks_offices ON requests FOR SELECT TO %I '
                   'USING (office = ANY ((SELECT kense_caller_offices())::text[]) '
                   'OR provider = ANY ((SELECT kense_caller_offices())::text[]))', desks);
    EXECUTE format('CREATE POLICY events_of_visible_requests ON events FOR SELECT TO %I '
                   'USING (EXISTS (SELECT 1 FROM requests q WHERE q.uuid = request_uuid))', desks);
END
$do$;

-- As 0004's, and the desks may call kense_caller_offices(), which the policies call as the desk that reads.
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
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_role_prefix(), kense_schema_version() TO %I, %I', desks, admins);
    -- The row-level security policies (0007) call it as the desk that reads.
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_caller_offices() TO %I', desks);
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_upload(jsonb, json), kense_latest_seq(), '
                   'kense_pull(text, text, bigint, bigint, integer), kense_note_pulled(text, bigint), '
                   'kense_uploaded_mark(text), kense_held_changes(text, bigint, bigint), '
                   'kense_chain_mark(text, bigint), kense_chain_report(text, bigint, bytea, bigint, bytea, boolean) '
                   'TO %I', desks);
    EXECUTE format('GRANT EXECUTE ON FUNCTION kense_conflicts(), kense_count(text) TO %I', admins);
END
$fn$;

SELECT kense_own_everything();
