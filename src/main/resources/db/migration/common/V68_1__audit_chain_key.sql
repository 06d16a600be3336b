-- 审计链密钥: events from keyed_from_seq on are chained with HMAC-SHA256 under a key kept outside the database
-- (FAZHI_AUDIT_KEY or a key file), so that whoever can write to the database can no longer recompute the chain after
-- an edit. Events before keyed_from_seq keep their plain SHA-256 chain and are verified as before. The application
-- sets both columns at its first start with a key; keyed_from_mac (an HMAC of keyed_from_seq) stops an intruder from
-- moving the switch point.
alter table audit_chain_head add column keyed_from_seq bigint;
alter table audit_chain_head add column keyed_from_mac varchar(64);
