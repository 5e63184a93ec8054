-- Exchange packages are encrypted and signed change by change (issue 13, item 4): a hub keeps each relayed change with
-- its desk's Ed25519 signature, checks it again before passing the change on, and hands it to the centre unchanged,
-- so an edit of this table is found instead of reaching the centre in the other desk's name. Rows relayed before this
-- version have none (NULL): they were imported from the old, HMAC-signed packages.
ALTER TABLE relay ADD COLUMN sig BLOB;
