-- Public search on PostgreSQL: the redacted text's characters and overlapping character pairs, computed in Java, in
-- a text[] with a GIN index; queried with "search_terms @> ARRAY[...] and search_text like ...". Two-character Chinese
-- queries (most of them) cannot use pg_trgm, which needs three characters.
alter table publication add column search_terms text[];
create index publication_search_terms_ix on publication using gin (search_terms);
