-- An upload holds its desks and requests by their rows. Schema 12 held each by an advisory lock (7310: a desk, 7311:
-- a request, by a hash of its code or uuid), and so:
-- * a batch of 2,000 changes held up to 2,000 locks of the server's shared lock table, which has room for about
--   64 per connection: a dozen big batches at once (links coming back across an oblast) ran the centre out of shared
--   memory, and every upload and every new connection failed meanwhile;
-- * any login may take advisory locks: a desk's login holding the lock of another desk, or of another office's
--   request, kept that desk's uploads waiting for as long as it liked.
-- A row's lock is kept in the row itself, not in the lock table, and no desk's login can lock the centre's rows (it
-- may not read its tables). Now an upload holds, in this order:
-- * each of its desks by the desk's row, one desk after another in the order of their codes (a desk new to the centre
--   gets its row first; two uploads of one new desk meet at its key and the second waits for the first);
-- * the requests the centre holds by their rows, in the order of their uuids. A request new to the centre needs no
--   lock: it is sent by the desk that took it (held above), and another upload bringing the same uuid meets its key.
-- A decision of a conflict holds its request's row.

CREATE OR REPLACE FUNCTION kense_hold_batch(meta jsonb) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    d record;
BEGIN
    -- A desk's office is that of the first change it sends (as kense_upload_changes records it).
    FOR d IN SELECT DISTINCT ON (m->>'desk') m->>'desk' AS code, m->>'office' AS office
             FROM jsonb_array_elements(meta) WITH ORDINALITY a (m, i)
             WHERE m->>'desk' IS NOT NULL ORDER BY m->>'desk', i LOOP
        INSERT INTO desks (code, office) VALUES (d.code, d.office) ON CONFLICT (code) DO NOTHING;
        PERFORM 1 FROM desks x WHERE x.code = d.code FOR NO KEY UPDATE;
    END LOOP;
    PERFORM 1 FROM requests r
    WHERE r.uuid IN (SELECT (m->>'request')::uuid FROM jsonb_array_elements(meta) m WHERE m->>'request' IS NOT NULL)
    ORDER BY r.uuid FOR NO KEY UPDATE;
END
$fn$;

CREATE OR REPLACE FUNCTION kense_hold_request(req uuid) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM 1 FROM requests r WHERE r.uuid = req FOR NO KEY UPDATE;
END
$fn$;

SELECT kense_own_everything();
