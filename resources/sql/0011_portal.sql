-- A request sent through the e-gov portal is registered at the provider's канцелярия (issue 17, item 4): its channel
-- is 'portal', and its portal number and the moment it was sent are among its fields ("portal.number",
-- "portal.sent_at"). The CHECK on requests.channel is widened to 'portal' after this script, in the same transaction
-- (PortalChannel: SQLite changes a CHECK only by editing the table's definition); this index finds a portal request
-- by its number, so that one portal request is registered once.
CREATE INDEX requests_portal_number ON requests (json_extract(fields, '$."portal.number"')) WHERE channel = 'portal';
