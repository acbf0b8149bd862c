-- Owned by the cofinancing module (issue 19 rule 3, issue 20 item 2): the co-financing conditions not yet fulfilled,
-- as another module's list query reads them inside its own statement. Review's work-queue page marks a running grant
-- whose condition's date has passed; it used to ask CoFinancingConditions.notMetAmong for the page's ids in a second
-- statement and transaction step, which cost as much as the page's own query (docs/performance.md, 2026-12-06).
-- Published read model: TableOwnershipTest lists it in PUBLISHED_READ_MODELS; cofinancing.OpenCoFinancingCondition
-- maps it for JPQL. An application has at most one condition (cofinancing_condition.application_id is unique).
create view cofinancing_condition_open as
select application_id, due_on
from cofinancing_condition
where fulfilled_at is null;
