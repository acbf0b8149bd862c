-- Issue 19 (tidy19): one table for the columns a user chose to see in a list. The work queue kept its own
-- (work_queue_preference, V59, keyed by the user's e-mail); view_preference (V68, keyed by the user's id, per view) holds
-- the other lists' choices. The work queue's rows move into view_preference as the view 'work-queue', so every
-- reviewer and decision maker keeps the columns they chose; the choice now also survives a change of e-mail address and
-- goes with the account when it is removed. A row whose e-mail names no account any more has nobody to serve: left out.
insert into view_preference (user_id, view_key, visible_columns)
select app_user.id, 'work-queue', work_queue_preference.visible_columns
from work_queue_preference
join app_user on lower(app_user.email) = work_queue_preference.user_email
on conflict (user_id, view_key) do nothing;

drop table work_queue_preference;
