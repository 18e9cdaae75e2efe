-- The measures-status view's own read model, kept up to date by events inside the same transactions as the
-- changes they describe. One row per measure: the overview is one indexed scan, never a query per measure.
create table measure_status (
    measure_id          bigint        primary key references measure (id),
    fiscal_year         integer       not null,
    business_key        varchar(100)  not null,
    code                varchar(50)   not null,
    title               varchar(1000) not null,
    responsible_group   varchar(64)   not null,
    deadline            date          not null,
    -- ',9,10,' so that one indicator or quarter is found with like '%,9,%'
    indicators          varchar(200)  not null,
    reporting_quarters  varchar(20)   not null,
    steps_total         integer       not null,
    steps_done          integer       not null default 0,
    done                boolean       not null default false,
    completed_at        timestamp with time zone,
    report_fiscal_year  integer,
    report_quarter      integer,
    report_state        varchar(20),
    report_progress     integer,
    -- due date of the latest report while it waits for the group (OPEN or RETURNED), else null
    report_due_open     date
);
create index ix_measure_status_year on measure_status (fiscal_year, done, deadline);
create index ix_measure_status_group on measure_status (fiscal_year, responsible_group);

-- Steps completed per month, per group: the "steps completed over the fiscal year" chart.
create table step_completion_month (
    fiscal_year         integer      not null,
    responsible_group   varchar(64)  not null,
    month_start         date         not null,
    completed           integer      not null,
    constraint pk_step_completion_month primary key (fiscal_year, responsible_group, month_start)
);
