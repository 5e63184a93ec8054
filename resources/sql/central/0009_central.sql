-- 0009: the centre checks each relayed change's signature itself (issue 13, item 4). A rural desk without a link signs
-- every change of its packages with its Ed25519 key; until now the hub that passes them on checked the signatures and
-- the centre trusted the hub: a hub running a changed program (or its login used from psql) could pass on an edited
-- change in the rural desk's name. Now the centre holds each such desk's public exchange key (`kensectl central desk
-- key CODE --from KEYFILE`, the file the desk made with `exchange key new`) and a relayed change reaches the centre
-- only through kense_upload_relayed, which refuses the whole batch unless every change carries its desk's signature
-- over exactly the bytes the desk signed. A desk's login may no longer send other desks' changes through
-- kense_upload.
--
-- PostgreSQL has no Ed25519 of its own and Debian ships no extension that has: the check is a PL/Python function
-- calling PyNaCl (libsodium's binding; Debian: postgresql-plpython3-15 and python3-nacl on the centre's server). Only
-- a superuser may create a function in an untrusted language, so this migration runs as one.

DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'plpython3u') THEN
        RAISE EXCEPTION 'central schema 9 checks the signatures of relayed changes in PL/Python with PyNaCl, which '
                        'this server lacks: install postgresql-plpython3-15 and python3-nacl on it, then migrate again';
    END IF;
    IF NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'central schema 9 creates a function in PL/Python, which only a superuser may: run central '
                        'migrate (or init) as postgres or another superuser';
    END IF;
END
$do$;

CREATE EXTENSION IF NOT EXISTS plpython3u;

-- The public exchange keys of the desks whose changes others pass on. Keys, not logins: a rural desk never connects.
CREATE TABLE exchange_keys (
    desk        text PRIMARY KEY,
    sign_key    bytea NOT NULL CHECK (octet_length(sign_key) = 32), -- Ed25519
    box_key     bytea NOT NULL CHECK (octet_length(box_key) = 32),  -- X25519 (kept for the fingerprint)
    fingerprint text NOT NULL,
    set_at      timestamptz NOT NULL DEFAULT now(),
    set_by      text NOT NULL DEFAULT session_user,
    replaced    text                                                 -- the fingerprint of the key this one replaced
);

-- Whether `signature` (base64 of a detached Ed25519 signature) is `public_key`'s over `message`. Anything malformed
-- is no signature; only a missing PyNaCl is an error, and it says so.
CREATE FUNCTION kense_signature_holds(public_key bytea, signature text, message bytea) RETURNS boolean
LANGUAGE plpython3u IMMUTABLE STRICT AS $py$
try:
    import nacl.signing
    import nacl.exceptions
except ImportError:
    plpy.error("PyNaCl is not installed on the centre's server (Debian: python3-nacl)")
import base64
import binascii
try:
    nacl.signing.VerifyKey(bytes(public_key)).verify(bytes(message), base64.b64decode(signature, validate=True))
    return True
except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, nacl.exceptions.TypeError, binascii.Error,
        ValueError, TypeError):
    return False
$py$;

-- RFC 8032's first test vector, and the same signature over another message: the check works on this server.
DO $do$
DECLARE
    k bytea := '\xd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
    s text := encode('\xe5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'::bytea, 'base64');
BEGIN
    IF NOT kense_signature_holds(k, replace(s, chr(10), ''), ''::bytea)
       OR kense_signature_holds(k, replace(s, chr(10), ''), 'x'::bytea) THEN
        RAISE EXCEPTION 'the Ed25519 check of this server gives wrong answers (PyNaCl)';
    END IF;
END
$do$;

-- 0005's checks of who calls, mended: they asked that each change name its desk's office, but a change names its
-- request's office, so a provider's login could send no change of a request a ЦОН addressed to it (the courier's
-- receipt, the result, the register back): its every sync stopped there. Found when the ЦОН–provider test moved to
-- the desks' own logins. Now the rule is the one the comment gave: the desk's office took the request or is addressed
-- by it; a request new to the centre still belongs to the sender's office.
CREATE OR REPLACE FUNCTION kense_upload_as_caller(meta jsonb, payloads json)
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
        -- Each change concerns a request its desk's office took or that is addressed to it. (A change's "office" is
        -- its request's: a provider's change of a ЦОН's request names the ЦОН's office.)
        SELECT m->>'desk' AS desk, m->>'request' AS request, q.number INTO bad
        FROM jsonb_array_elements(meta) m
        JOIN desk_roles r ON r.desk = m->>'desk'
        LEFT JOIN requests q ON q.uuid = (m->>'request')::uuid
        WHERE (q.uuid IS NULL AND m->>'office' IS DISTINCT FROM r.office)
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


-- The batch as a desk's login sends its own changes. A relayed desk's changes come with their signatures, below; an
-- older Kense at the hub is told so (and what it relays waits there until it is updated).
ALTER FUNCTION kense_upload(jsonb, json) RENAME TO kense_upload_checked;
CREATE FUNCTION kense_upload(meta jsonb, payloads json)
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    me  desk_roles := kense_caller();
    bad record;
BEGIN
    IF me.desk IS NOT NULL THEN
        SELECT m->>'desk' AS desk INTO bad FROM jsonb_array_elements(meta) m
        WHERE m->>'desk' IS DISTINCT FROM me.desk
          AND EXISTS (SELECT 1 FROM desk_roles r WHERE r.desk = m->>'desk' AND r.relayed_by = me.desk)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'desk % passes on the changes of desk % without that desk''s signatures; the centre takes '
                            'them only signed: update Kense at desk %', me.desk, bad.desk, me.desk
                USING ERRCODE = 'KF004';
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM kense_upload_checked(meta, payloads);
END
$fn$;

-- Changes of other desks passed on, each with its desk's signature (base64) over "KENSE-CHANGE-1\n" meta "\n"
-- payload, as the desk wrote them: the elements of `metas` and `payloads` are json, whose text is kept as sent. Then
-- every check of an upload (whose changes a login may pass on, the offices, the rule book).
CREATE FUNCTION kense_upload_relayed(metas json, payloads json, signatures text[])
RETURNS TABLE (accepted integer, conflicts integer, skipped integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    bad record;
BEGIN
    IF json_array_length(metas) <> json_array_length(payloads)
       OR json_array_length(metas) <> coalesce(cardinality(signatures), 0) THEN
        RAISE EXCEPTION 'a batch of % changes came with % payloads and % signatures', json_array_length(metas),
                        json_array_length(payloads), coalesce(cardinality(signatures), 0)
            USING ERRCODE = 'KF004';
    END IF;
    SELECT a.m->>'desk' AS desk, a.m->>'desk_seq' AS n, k.sign_key IS NULL AS unknown INTO bad
    FROM json_array_elements(metas) WITH ORDINALITY a (m, i)
    JOIN json_array_elements(payloads) WITH ORDINALITY b (p, i) USING (i)
    JOIN unnest(signatures) WITH ORDINALITY s (sig, i) USING (i)
    LEFT JOIN exchange_keys k ON k.desk = a.m->>'desk'
    WHERE k.sign_key IS NULL OR s.sig IS NULL
       OR NOT kense_signature_holds(k.sign_key, s.sig,
                                    convert_to('KENSE-CHANGE-1' || chr(10) || a.m::text || chr(10) || b.p::text,
                                               'UTF8'))
    ORDER BY a.i
    LIMIT 1;
    IF FOUND AND bad.unknown THEN
        RAISE EXCEPTION 'the centre holds no exchange key of desk %, whose changes are passed on to it', bad.desk
            USING ERRCODE = 'KF004',
                  HINT = format('kensectl central desk key %s --from KEYFILE (the file desk %s made)', bad.desk,
                                bad.desk);
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION 'change % of desk %, passed on to the centre, does not carry that desk''s signature: it was '
                        'changed after the desk signed it; nothing of the batch was kept', bad.n, bad.desk
            USING ERRCODE = 'KF004';
    END IF;
    RETURN QUERY SELECT * FROM kense_upload_checked(metas::jsonb, payloads);
END
$fn$;

-- The desks central status counts: the centre's own decisions (0008) come from the row "centre", which is no desk.
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
    ELSE RAISE EXCEPTION 'kense_count: no table %', what;
    END CASE;
END
$fn$;

INSERT INTO function_grants (signature, grantee) VALUES ('kense_upload_relayed(json,json,text[])', 'desks');
SELECT kense_own_everything();
