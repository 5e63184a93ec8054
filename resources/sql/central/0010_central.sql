-- 0010: a rural desk's history reaches the centre through its packages (issue 16, item 8). A desk with a link shows
-- the centre its log's head at every sync (0003); a desk without one never did, so a rural desk whose log was written
-- again behind the program went on unnoticed. Now each package's manifest, which the desk signs, carries the head of
-- its log and the hashes its log holds now at the heads it showed before (in packages or at syncs); the hub keeps the
-- manifest with its signature and passes it on before the package's changes, and the centre checks the signature with
-- the desk's exchange key (0009) and the chain as it checks a connected desk's.

-- The newest package of each desk whose chain the centre took: a manifest passed on again (a sync cut after the centre
-- took it, or a hub replaying an old one) changes nothing.
CREATE TABLE relayed_chain (
    desk        text PRIMARY KEY,
    to_seq      bigint NOT NULL,              -- the last change the package held
    reported_at timestamptz NOT NULL DEFAULT now(),
    relayed_by  text NOT NULL DEFAULT session_user
);

-- The manifest of a package (its bytes as the desk signed them) and the desk's signature over "KENSEPK2" manifest
-- (base64). Returns 'taken', 'seen' (that package or a later one was shown before) or 'none' (a package of an older
-- Kense, whose manifest carries no chain). Refuses (KF004) a manifest its desk did not sign, one the caller's desk does
-- not relay, and a log that does not extend the one the centre was shown.
CREATE FUNCTION kense_chain_report_relayed(manifest bytea, signature text) RETURNS text
LANGUAGE plpgsql AS $fn$
DECLARE
    me       desk_roles := kense_caller();
    m        jsonb;
    d        text;
    key      bytea;
    chain    jsonb;
    head_id  bigint;
    mark     desk_chain%ROWTYPE;
    at_hash  bytea;
BEGIN
    BEGIN
        m := convert_from(manifest, 'UTF8')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'a package manifest passed on to the centre is not one: %', SQLERRM USING ERRCODE = 'KF004';
    END;
    d := m->>'desk';
    IF me.desk IS NOT NULL AND NOT EXISTS (SELECT 1 FROM desk_roles r WHERE r.desk = d AND r.relayed_by = me.desk
                                           AND NOT r.disabled) THEN
        RAISE EXCEPTION 'the login of desk % may not pass on the history of desk %', me.desk, d
            USING ERRCODE = 'KF004', HINT = 'a desk passes on the packages of the desks the administrator said it relays';
    END IF;
    SELECT k.sign_key INTO key FROM exchange_keys k WHERE k.desk = d;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the centre holds no exchange key of desk %, whose changes are passed on to it', d
            USING ERRCODE = 'KF004',
                  HINT = format('kensectl central desk key %s --from KEYFILE (the file desk %s made)', d, d);
    END IF;
    IF NOT kense_signature_holds(key, signature, convert_to('KENSEPK2', 'UTF8') || manifest) THEN
        RAISE EXCEPTION 'the manifest of a package of desk % passed on to the centre does not carry that desk''s '
                        'signature: it was changed after the desk signed it; nothing was kept', d
            USING ERRCODE = 'KF004';
    END IF;
    chain := m->'chain';
    IF jsonb_typeof(chain) IS DISTINCT FROM 'object' THEN
        RETURN 'none';
    END IF;
    PERFORM pg_advisory_xact_lock(7308, hashtext(d));
    IF EXISTS (SELECT 1 FROM relayed_chain c WHERE c.desk = d AND c.to_seq >= (m->>'to_seq')::bigint) THEN
        RETURN 'seen';
    END IF;
    head_id := (chain->'head'->>'event')::bigint;
    SELECT * INTO mark FROM desk_chain c WHERE c.desk = d AND c.event_id <= head_id
    ORDER BY c.event_id DESC LIMIT 1;
    IF FOUND THEN
        SELECT decode(p->>'hash', 'hex') INTO at_hash FROM jsonb_array_elements(chain->'points') p
        WHERE (p->>'event')::bigint = mark.event_id LIMIT 1;
        IF at_hash IS NULL THEN
            RAISE EXCEPTION 'the package of desk % (changes % to %) does not show its log at event %, the head the '
                            'centre was shown on %: the desk''s log is not the one it showed before', d,
                            m->>'from_seq', m->>'to_seq', mark.event_id,
                            to_char(mark.reported_at, 'YYYY-MM-DD HH24:MI')
                USING ERRCODE = 'KF004';
        END IF;
    END IF;
    BEGIN
        PERFORM kense_chain_report_of(d, CASE WHEN at_hash IS NULL THEN NULL ELSE mark.event_id END, at_hash,
                                      head_id, decode(chain->'head'->>'hash', 'hex'),
                                      coalesce((chain->>'restored')::boolean, false));
    EXCEPTION WHEN SQLSTATE 'KF002' THEN
        RAISE EXCEPTION 'the history of desk % in its package of changes % to %, passed on to the centre, is not the '
                        'one that desk showed before (%): its log was written again behind the program, or the '
                        'package comes from another database under its code; nothing of it was kept', d,
                        m->>'from_seq', m->>'to_seq', SQLERRM
            USING ERRCODE = 'KF004';
    END;
    INSERT INTO relayed_chain (desk, to_seq) VALUES (d, (m->>'to_seq')::bigint)
        ON CONFLICT (desk) DO UPDATE SET to_seq = excluded.to_seq, reported_at = now(), relayed_by = session_user;
    RETURN 'taken';
END
$fn$;

CREATE OR REPLACE FUNCTION kense_count(what text) RETURNS bigint
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    CASE what
    WHEN 'requests' THEN RETURN (SELECT count(*) FROM requests);
    WHEN 'events' THEN RETURN (SELECT count(*) FROM events);
    WHEN 'desks' THEN RETURN (SELECT count(*) FROM desks WHERE code <> 'centre');
    WHEN 'desk_roles' THEN RETURN (SELECT count(*) FROM desk_roles);
    WHEN 'desk_chain' THEN RETURN (SELECT count(*) FROM desk_chain);
    WHEN 'exchange_keys' THEN RETURN (SELECT count(*) FROM exchange_keys);
    WHEN 'relayed_chain' THEN RETURN (SELECT count(*) FROM relayed_chain);
    ELSE RAISE EXCEPTION 'kense_count: no table %', what;
    END CASE;
END
$fn$;

INSERT INTO function_grants (signature, grantee) VALUES ('kense_chain_report_relayed(bytea,text)', 'desks');
SELECT kense_own_everything();
