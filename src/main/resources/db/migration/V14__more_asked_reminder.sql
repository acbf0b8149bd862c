-- The applicant asked to add to a report gets one reminder a few days before that term ends
-- (ReportReminders); marked before the mail goes, so it is sent once. Cleared when a new term is set.
alter table report_obligation add column more_reminded_at timestamptz;
