-- Owned by the submission module (issue 19): the authority scope of an application, written once.
-- An application belongs to the authority of the fund of its call (application -> call -> fund -> authority).
-- Staff of that authority may see it once it is submitted; a draft is the applicant's own and is not in here.
-- Other modules filter their list queries by authority by joining this view
--   (join application_authority s on s.application_id = x.application_id and s.authority_id = ?)
-- instead of writing the join through grant_call and fund themselves. The table-ownership test lists it as
-- submission's published read model (nl.gemeenschapsfonds.submission.ApplicationAuthority maps it for JPQL;
-- nl.gemeenschapsfonds.submission.ApplicationScope is the Java API).
create view application_authority as
select a.id as application_id, f.authority_id, c.fund_id, a.call_id
from grant_application a
join grant_call c on c.id = a.call_id
join fund f on f.id = c.fund_id
where a.status <> 'DRAFT';
