-- 0007: row-level security on requests and events as a second wall (issue 13, item 2). The desk functions already
-- read and write only what the calling desk may (0005); should one of them, or one added later, miss a check — or an
-- administrator's function be granted to a desk by mistake — the rows of other offices stay out of its reach: when
-- the session's login is a desk's, a request is visible only when its office, or the provider it is addressed to, is
-- the desk's office or the office of a desk it relays, and an event only when its request is. The owner's functions
-- are held to it too (FORCE), since they run as the owner for the desk that called them. Logins that are no desk's
-- (the administrators, the owner's migrations) see every row.

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
ALTER TABLE requests FORCE ROW LEVEL SECURITY;
-- (SELECT …) makes the offices an init plan: computed once per statement, not per row.
CREATE POLICY requests_of_the_callers_offices ON requests
    USING ((SELECT kense_caller_offices()) IS NULL OR office = ANY ((SELECT kense_caller_offices())::text[])
           OR provider = ANY ((SELECT kense_caller_offices())::text[]))
    WITH CHECK ((SELECT kense_caller_offices()) IS NULL OR office = ANY ((SELECT kense_caller_offices())::text[])
                OR provider = ANY ((SELECT kense_caller_offices())::text[]));

ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE events FORCE ROW LEVEL SECURITY;
-- The request is looked up by its key (an index probe per row), and is itself seen through the policy above.
CREATE POLICY events_of_visible_requests ON events
    USING ((SELECT kense_caller_offices()) IS NULL OR EXISTS (SELECT 1 FROM requests q WHERE q.uuid = request_uuid))
    WITH CHECK ((SELECT kense_caller_offices()) IS NULL
                OR EXISTS (SELECT 1 FROM requests q WHERE q.uuid = request_uuid));

SELECT kense_own_everything();
