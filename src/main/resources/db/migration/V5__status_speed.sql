-- Each state's rows in page order come straight off this index (see StatusRepository#bucket).
create index ix_measure_status_page on measure_status (fiscal_year, done, deadline, business_key);

-- Bumped after every committed change to measure_status: the totals cache of each node compares it.
create table status_version (
    id       integer primary key,
    version  bigint  not null
);
insert into status_version (id, version) values (1, 0);
