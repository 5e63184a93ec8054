-- 0002: a desk's sequence number names one change for ever. A desk restored from an older copy numbers its new
-- changes again from where the copy stopped; the centre used to skip them as "already held" (their numbers were
-- at or below the desk's mark), so the centre kept one citizen and the desk another under the same number. Now a
-- batch that brings, under a sequence number the centre holds, a change other than the one it holds is refused
-- whole (SQLSTATE KF001), and the desk says why.

ALTER FUNCTION kense_upload(jsonb, json) RENAME TO kense_upload_changes;

CREATE FUNCTION kense_upload(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    d    text;
    n    bigint;
    held uuid;
BEGIN
    SELECT e.desk, e.desk_seq, e.uuid INTO d, n, held
    FROM jsonb_array_elements(meta) m
    JOIN events e ON e.desk = m->>'desk' AND e.desk_seq = (m->>'desk_seq')::bigint
    WHERE e.uuid <> (m->>'uuid')::uuid
    ORDER BY e.desk_seq
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'desk % sent a change under its sequence number % that the centre holds as another change (%)',
                        d, n, held
            USING ERRCODE = 'KF001',
                  HINT = 'the desk''s database was restored from an older copy, or two desks use one code';
    END IF;
    RETURN QUERY SELECT * FROM kense_upload_changes(meta, payloads);
END
$fn$;
