-- The office and fiscal year a draft-measures review (bpmn/draft-measures.bpmn) may import a plan for. Kept here,
-- not in process variables, because completing the review task may set any process variable.
create table draft_review (
    process_instance_id varchar(64)  primary key,
    organisation        varchar(300) not null,
    fiscal_year         integer      not null
);
