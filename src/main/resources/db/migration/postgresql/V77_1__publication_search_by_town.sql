-- Public search is per town (each town's portal lists its own decisions): broad terms walk the town's published
-- decisions newest first along this index, so a small town's page does not walk past a large town's decisions.
create index publication_public_town_order_ix on publication (town_id, decided_on desc, id desc)
    where status in ('PUBLISHED', 'WITHDRAWN') and published_on is not null;
