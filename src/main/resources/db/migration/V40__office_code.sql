-- The office's short code (letters, digits, '-'): its public page /public/{office_code}/{fiscal year}, later its
-- tenant code. Optional: plans imported before it have none until imported again with one.
alter table plan add column office_code varchar(32);
create index ix_plan_office_code on plan (office_code);
