-- Issue 22 item 8: a funder's users keep its address and public description themselves (name and kind stay the
-- administrator's). All optional: funders recorded before have none.
alter table funder
    add column street             varchar(200),
    add column postcode           varchar(7),
    add column city               varchar(100),
    add column public_description varchar(2000);
