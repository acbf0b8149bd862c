-- Issue 21 items 1 and 2 (ADR 0026): a call's own questions and its eligibility check, and an application's answers.

-- fund: the questions and the eligibility check of a call, one row per version. Version 1 is edited freely while the
-- call is a draft; after publication a new version is only made by an amendment (call_amendment holds its reason).
-- The questions are kept as JSON: a version is a snapshot that is never changed once an application uses it.
create table call_question_set (
    call_id     bigint       not null references grant_call (id),
    version     integer      not null check (version >= 1),
    questions   jsonb        not null default '[]',
    eligibility jsonb        not null default '[]',
    created_at  timestamptz  not null,
    created_by  varchar(320) not null,
    primary key (call_id, version)
);

-- submission: the answers of an application to its call's questions, of the version the application was started
-- with, and the answers the applicant gave in the eligibility check before registering.
create table application_answers (
    application_id   bigint      not null primary key references grant_application (id),
    question_version integer     not null check (question_version >= 1),
    answers          jsonb       not null default '{}',
    eligibility      jsonb       not null default '{}',
    updated_at       timestamptz not null
);
