-- The web links each prepared document version carries (its public evidence), and what the weekly check of the
-- approved versions' links last found.
create table document_link (
    document_id     bigint        not null references ita_document (id),
    url             varchar(2000) not null,
    constraint pk_document_link primary key (document_id, url)
);

create table link_check (
    url             varchar(2000) primary key,
    checked_at      timestamp with time zone not null,
    answered        boolean       not null,
    outcome         varchar(300)  not null,
    -- when the link first failed to answer in the current run of failures; null while it answers
    failing_since   timestamp with time zone
);
