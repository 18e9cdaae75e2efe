-- How many evidence files each measure has, for the status view and its exports (kept by EvidenceCountChanged).
alter table measure_status add column evidence_count integer not null default 0;
