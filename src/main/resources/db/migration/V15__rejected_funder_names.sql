-- A rejected registration keeps its record and reason, but no longer its name: the same organisation may
-- register again (for example with corrected details). Names stay unique, regardless of case, among the
-- funders that are not rejected (the service checks the same, and says so at the field).
alter table funder drop constraint funder_name_key;
create unique index funder_name_uq on funder (lower(name)) where registration <> 'REJECTED';
