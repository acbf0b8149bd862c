-- Owned by the submission module (issue 20 item 3, memviews; ADR 0023 rule 3): the applications that seek
-- co-financing and what they seek per year, as cofinancing's marketplace reads them inside its own statement. The
-- marketplace filters on "amount still missing" (sought per year minus the confirmed pledges of that year, never
-- below zero, summed) and pages in submission order; with a Java API per application it read every project and its
-- pledges for each page and sliced the list (docs/performance.md, 2026-12-06). Now one statement reads one page.
-- Published read models: TableOwnershipTest lists them in PUBLISHED_READ_MODELS. Each reads one table of submission.
create view application_seeking_cofinancing as
select a.id as application_id, a.reference, a.title, a.organisation_id, a.status, a.submitted_at, a.facility_type,
       a.facility_municipality_code, a.target_groups, a.expected_visitors_per_week
from grant_application a
where a.seeking_cofinancing and a.status <> 'DRAFT';

create view application_cofinancing_sought as
select s.application_id, s.year, s.amount
from cofinancing_sought s;
