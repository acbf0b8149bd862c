-- tidy19 (issue 19): the application a mail is about, so that destroying an application's records finds its mails by
-- this column instead of a regex over every subject and body. New mails get it from their subject (MailOutbox);
-- the mails already in the outbox get it here, once, from their subject by the same pattern. A mail whose subject
-- names no application (a digest, a body-only mention) keeps null: for those, destruction still searches the text.
alter table mail_outbox add column application_reference varchar(40);
update mail_outbox set application_reference = substring(subject from '(?:^|[^0-9A-Za-z])(GF-[0-9]{4}-[0-9]+)(?:$|[^0-9])')
where subject ~ '(^|[^0-9A-Za-z])GF-[0-9]{4}-[0-9]+($|[^0-9])';
create index mail_outbox_application_reference_ix on mail_outbox (application_reference) where application_reference is not null;
