-- The authority's postal address, for the objection clause of its letters (Awb 6:4: an objection is sent to the
-- body that decided). Set by the authority's ADMIN; a letter without it says to object in writing to the authority.
alter table authority add column postal_address varchar(500);
alter table authority add constraint authority_postal_address_ck check (postal_address is null or length(trim(postal_address)) > 0);
