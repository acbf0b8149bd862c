-- Which private sources a call's "private co-financing at least x%" counts (issue 13):
-- a comma-separated set of PRIVATE_FUNDERS, OWN_FUNDS, IN_KIND. Empty means all three, as calls counted before.
alter table grant_call add column private_share_counts varchar(60);
alter table grant_call add constraint grant_call_private_share_counts_known
    check (private_share_counts is null or private_share_counts ~ '^(PRIVATE_FUNDERS|OWN_FUNDS|IN_KIND)(,(PRIVATE_FUNDERS|OWN_FUNDS|IN_KIND))*$');
