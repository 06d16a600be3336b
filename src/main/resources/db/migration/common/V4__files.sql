-- 附件: metadata of attachments; the content lives in the file store under its SHA-256 (stored once per content)
create table attachment (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    owner_type     varchar(40)  not null,
    owner_id       bigint       not null,
    file_name      varchar(255) not null,
    sha256         varchar(64)  not null,
    size_bytes     bigint       not null,
    content_type   varchar(100) not null,
    uploaded_at    timestamp with time zone not null,
    uploaded_by    varchar(60)  not null,
    corrupt        boolean      not null default false
);
create index attachment_owner_ix on attachment (owner_type, owner_id);
create index attachment_sha256_ix on attachment (sha256);
create index attachment_town_ix on attachment (town_id);
