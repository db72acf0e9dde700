from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "department" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name_zh" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "scope" VARCHAR(20) NOT NULL,
    "email" VARCHAR(200),
    "supervisor_email" VARCHAR(200)
);
CREATE TABLE IF NOT EXISTS "place" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "street" VARCHAR(30) NOT NULL,
    "police_station" VARCHAR(30) NOT NULL,
    CONSTRAINT "uid_place_name_331e65" UNIQUE ("name", "street", "police_station")
);
CREATE INDEX IF NOT EXISTS "idx_place_name_d34c60" ON "place" ("name");
COMMENT ON TABLE "place" IS 'A gazetteer entry: a road, neighbourhood or landmark and the jurisdiction it lies in.';
CREATE TABLE IF NOT EXISTS "sla_class" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "clock" VARCHAR(10) NOT NULL,
    "sign_within" VARCHAR(10) NOT NULL,
    "resolve_within" VARCHAR(10) NOT NULL,
    "remind_at" DOUBLE PRECISION NOT NULL,
    "extension_max" VARCHAR(10)
);
CREATE TABLE IF NOT EXISTS "category" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name_zh" VARCHAR(60) NOT NULL,
    "group" VARCHAR(20) NOT NULL,
    "lead" VARCHAR(40) NOT NULL,
    "assist" JSONB NOT NULL,
    "sla_class_id" INT NOT NULL REFERENCES "sla_class" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "unit" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "street" VARCHAR(30) NOT NULL,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_unit_kind_357060" UNIQUE ("kind", "name")
);
COMMENT ON COLUMN "unit"."kind" IS 'POLICE_STATION: police_station\nSTREET_OFFICE: street_office';
COMMENT ON TABLE "unit" IS 'A police station or a street office (街道办事处) under a department.';
CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(60) NOT NULL UNIQUE,
    "display_name" VARCHAR(60) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "email" VARCHAR(200),
    "password_hash" VARCHAR(200),
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "unit_id" INT REFERENCES "unit" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "account"."role" IS 'STAFF: staff\nSUPERVISOR: supervisor\nOPERATOR: operator\nADMIN: admin\nOFFICER: officer';
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "label" VARCHAR(60),
    "created_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "api_token" IS 'A bearer token of an account (officers'' phones): only its SHA-256 is kept; revocable.';
CREATE TABLE IF NOT EXISTS "case" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL,
    "district" VARCHAR(20),
    "street" VARCHAR(30),
    "police_station" VARCHAR(30),
    "place" VARCHAR(50),
    "summary" VARCHAR(200) NOT NULL,
    "details" JSONB NOT NULL,
    "routing" JSONB NOT NULL,
    "sla_class" VARCHAR(20) NOT NULL,
    "excluded_departments" JSONB NOT NULL,
    "routed_at" TIMESTAMPTZ,
    "sign_due_at" TIMESTAMPTZ,
    "signed_at" TIMESTAMPTZ,
    "resolve_due_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "resolution_text" TEXT,
    "resolution_result" VARCHAR(30),
    "suspended_at" TIMESTAMPTZ,
    "remind_due_at" TIMESTAMPTZ,
    "escalate_due_at" TIMESTAMPTZ,
    "list_due_at" TIMESTAMPTZ,
    "sla_next_at" TIMESTAMPTZ,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "assignee_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "category" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "duplicate_of_id" INT REFERENCES "case" ("id") ON DELETE RESTRICT,
    "returned_by_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "unit_id" INT REFERENCES "unit" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_case_departm_926e25" ON "case" ("department_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_departm_a7585b" ON "case" ("department_id", "status", "sign_due_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_departm_17d99e" ON "case" ("department_id", "status", "resolve_due_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_departm_ba96cf" ON "case" ("department_id", "created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_returne_d477c2" ON "case" ("returned_by_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_assigne_9fb2a7" ON "case" ("assignee_id", "status");
CREATE INDEX IF NOT EXISTS "idx_case_status_14d88e" ON "case" ("status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_created_974780" ON "case" ("created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_categor_53ab9a" ON "case" ("category_id", "place", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_sla_nex_602b5c" ON "case" ("sla_next_at");
COMMENT ON COLUMN "case"."status" IS 'RECEIVED: received\nTRIAGE: triage\nROUTED: routed\nSIGNED: signed\nRETURNED: returned\nRESOLVED: resolved\nCLOSED: closed\nREOPENED: reopened\nCANCELLED: cancelled';
COMMENT ON COLUMN "case"."resolution_result" IS 'RESOLVED: resolved\nEXPLAINED: explained\nNOT_OUR_RESPONSIBILITY: not_our_responsibility\nUNRESOLVABLE: unresolvable';
CREATE TABLE IF NOT EXISTS "case_assist" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "opinion" TEXT,
    "opinion_at" TIMESTAMPTZ,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_case_assist_case_id_307182" UNIQUE ("case_id", "department_id")
);
CREATE INDEX IF NOT EXISTS "idx_case_assist_departm_51fe45" ON "case_assist" ("department_id", "case_id");
COMMENT ON TABLE "case_assist" IS 'A co-handling department (协办) on a case, with its opinion once given.';
CREATE TABLE IF NOT EXISTS "case_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(30) NOT NULL,
    "from_status" VARCHAR(20),
    "to_status" VARCHAR(20),
    "actor" VARCHAR(100) NOT NULL,
    "text" TEXT,
    "data" JSONB NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_case_event_case_id_bec6d6" ON "case_event" ("case_id", "at");
CREATE INDEX IF NOT EXISTS "idx_case_event_kind_467792" ON "case_event" ("kind", "at");
COMMENT ON COLUMN "case_event"."from_status" IS 'RECEIVED: received\nTRIAGE: triage\nROUTED: routed\nSIGNED: signed\nRETURNED: returned\nRESOLVED: resolved\nCLOSED: closed\nREOPENED: reopened\nCANCELLED: cancelled';
COMMENT ON COLUMN "case_event"."to_status" IS 'RECEIVED: received\nTRIAGE: triage\nROUTED: routed\nSIGNED: signed\nRETURNED: returned\nRESOLVED: resolved\nCLOSED: closed\nREOPENED: reopened\nCANCELLED: cancelled';
COMMENT ON TABLE "case_event" IS 'One entry of a case''s audit timeline: who did what, when, from which status to which.';
CREATE TABLE IF NOT EXISTS "case_number_sequence" (
    "day" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_number" INT NOT NULL
);
COMMENT ON TABLE "case_number_sequence" IS 'Last case number handed out on a Xiamen calendar day, so numbers read XM20261128000123.';
CREATE TABLE IF NOT EXISTS "reporter" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100),
    "phone" VARCHAR(40),
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "reporter" IS 'The person a report came from: a resident, landlord, employer, or an officer for a task.';
CREATE TABLE IF NOT EXISTS "report" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(20) NOT NULL,
    "text" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "meaning" JSONB NOT NULL,
    "conversation_id" VARCHAR(36),
    "received_at" TIMESTAMPTZ NOT NULL,
    "case_id" INT REFERENCES "case" ("id") ON DELETE RESTRICT,
    "reporter_id" INT REFERENCES "reporter" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_report_convers_406ce3" ON "report" ("conversation_id");
COMMENT ON COLUMN "report"."channel" IS 'CHAT: chat\nOFFICER: officer\nOPEN311: open311\nPORTAL: portal\nAPI: api';
COMMENT ON TABLE "report" IS 'What arrived through a channel, as it arrived, and what the hub understood of it.';
CREATE TABLE IF NOT EXISTS "task_system" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(60) NOT NULL UNIQUE,
    "api_key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "signing_secret" VARCHAR(100) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "task_system" IS 'A registered task system: authenticates with an API key, receives signed callbacks.';
CREATE TABLE IF NOT EXISTS "task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "external_id" VARCHAR(100) NOT NULL,
    "type" VARCHAR(60) NOT NULL,
    "station" VARCHAR(60),
    "subject" TEXT NOT NULL,
    "place" VARCHAR(200),
    "people" JSONB NOT NULL,
    "callback_url" VARCHAR(500),
    "status" VARCHAR(30) NOT NULL,
    "resolution" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "officer_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "system_id" INT NOT NULL REFERENCES "task_system" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_task_system__3379f6" UNIQUE ("system_id", "external_id")
);
CREATE TABLE IF NOT EXISTS "case_task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_case_task_case_id_52f494" UNIQUE ("case_id", "task_id")
);
COMMENT ON TABLE "case_task" IS 'A case opened from, or linked to, a police task.';
CREATE TABLE IF NOT EXISTS "referral" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" INT REFERENCES "case" ("id") ON DELETE CASCADE,
    "officer_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_referral_officer_bb3c65" UNIQUE ("officer_id", "idempotency_key")
);
COMMENT ON TABLE "referral" IS 'An officer''s push of a task to the hub, keyed by the Idempotency-Key the phone sent.';
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(10) NOT NULL,
    "recipient" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(200),
    "body" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "case_id" INT REFERENCES "case" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4d04e0" ON "outbox_message" ("status", "next_attempt_at");
COMMENT ON COLUMN "outbox_message"."channel" IS 'EMAIL: email\nWEBHOOK: webhook\nCHAT: chat';
COMMENT ON COLUMN "outbox_message"."status" IS 'PENDING: pending\nSENT: sent\nDEAD: dead';
CREATE TABLE IF NOT EXISTS "revisit" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "conversation_id" VARCHAR(36) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "asked_at" TIMESTAMPTZ,
    "answered_at" TIMESTAMPTZ,
    "satisfied" BOOL,
    "solved" BOOL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_revisit_status_7bc1d4" ON "revisit" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_revisit_case_id_3b606c" ON "revisit" ("case_id", "status");
COMMENT ON COLUMN "revisit"."status" IS 'PLANNED: planned\nASKED: asked\nANSWERED: answered\nVOID: void';
COMMENT ON TABLE "revisit" IS 'One revisit per resolution of a case that has a reporter to ask.';
CREATE TABLE IF NOT EXISTS "case_extension" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "length" VARCHAR(10) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "requested_by" VARCHAR(100) NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "due_before" TIMESTAMPTZ NOT NULL,
    "decided_by" VARCHAR(100),
    "decided_at" TIMESTAMPTZ,
    "decision_note" TEXT,
    "granted_due_at" TIMESTAMPTZ,
    "case_id" INT NOT NULL UNIQUE REFERENCES "case" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_case_extens_status_a83ce6" ON "case_extension" ("status", "requested_at");
COMMENT ON COLUMN "case_extension"."status" IS 'PENDING: pending\nAPPROVED: approved\nREFUSED: refused';
CREATE TABLE IF NOT EXISTS "conversation" (
    "id" VARCHAR(36) NOT NULL PRIMARY KEY,
    "channel" VARCHAR(20) NOT NULL,
    "state" JSONB NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "reporter_id" INT REFERENCES "reporter" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "chat_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "direction" VARCHAR(3) NOT NULL,
    "text" TEXT NOT NULL,
    "extra" JSONB NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "conversation_id" VARCHAR(36) NOT NULL REFERENCES "conversation" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_chat_messag_convers_028c91" ON "chat_message" ("conversation_id", "direction", "id");
COMMENT ON TABLE "chat_message" IS 'One message in a conversation, either way (`in` from the person, `out` from the hub).';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz4zay/SsofclMlZLyOxPdW7dKtuVEG1tySfJk7q62GIiELK4pgsuHH5ub/34BkB"
    "TfFCmREsjgy4xFovk4DQLdpxuNPzprrCDN+qEvy9jR7U4P/NHR4RqRP+KnuqADDSM4QQ/Y"
    "cKGxtjDUaGHZJpTptZZQsxA5pCBLNlXDVrFOjuqOptGDWCYNVf05OOTo6r8dJNn4GdkrZJ"
    "IT//gnOazqCnpHlv/TeJGWKtKUyMOqCr03Oy7ZHwY7NtTtO9aQ3m0hyVhz1nrQ2PiwV1jf"
    "tFbdx39GOjKhjejlbdOhj0+fzntR/43cJw2auI8YklHQEjqaHXrdhRQc60jSaDyTpoOZJH"
    "VKACRjnYJLHtVib/9MH+H7s9OLHy++nF9dfCFN2GNujvz4p3vrABhXkMEzmnX+ZOehDd0W"
    "DOMAVMdCJvs7Ae3NCprp2IZlYgiTR48j7OPJL8Rr+C5pSH+2V+Tn1UkOnl/7k5tf+pNPVy"
    "ef6Q0x+Qjcj2PknTljpyjkAcSKahka/JDKwhyXqwZq/0CAdfAJtwBsE2sZIA90Z82AHpIH"
    "grqMEoD7sjwD3ZnO+nd3PUBeYbmc69Onx8Hk63A6npBDjoHMV9XC5lwfk8P9GT2KDfrU9F"
    "j/9mE46gGorFWdtLi7G94MaIPlUpURe8Wy6jsror6zbPWdJdSH1lDVynwkG4GdlOYNM3x+"
    "HGcnxeDNwzcBsAEt6w2birSC1qoM0AlBAXghwJekfyJF0vCzqlslDJiE3HZbpqpR6YRrWy"
    "aAVsPyC4GIGKVpY8YtQcVW1ygd3rhsDF3FE/7B/6N5fTsHytnwYUDmkYdHevm1Zf1bY4D1"
    "ZwN65owd/Ygd/XQV6/Wbi4DfhrNfAP0J/j4eDRia2LKfTXbHoN3s7x36TNCxsaTjNwkqYU"
    "z8w/6hiKaJr6G+pszr15hM2VBPV3EgFFPugkjV9e34huthFXo9Ht9HdHk9nMXGqKeH68Hk"
    "0ylTImmk2ij9o5JNRCGRoF32k4pKVvBB8Wa7tumLUpABTXuNdFsq5Vcn5HaaljgbKquemM"
    "h7lYQ1JCEAdQGlPNDyJZW0CDphEuI7bCL1Wf8VfSScvRiyHvl1G7lYs3D+0+9H/tHgEU34"
    "tuHQkl8tgYG8PHIngQkZTSbDm1kn0YkrgPfJu0w7gQ19txmQ0m68gPLLGyS+U0Z/tvELSn"
    "MOrj25u18nSIPsHTJx7hvqjF6mufNqAuyoCWhZpN8R80KGFtoTqxtyifb0ySiB8opo873h"
    "Gby2akCMcoRoiUwTanvCNPEu09YvzobWy54QzcglWtSJ6FiOz3BoDI+M7slT67N1/AjU4T"
    "N7JXpveqf4+J0WnwuN7TkBOkOV7E2zbSG6Th8sEDSRCZgMwEsAdeAF+cAnjxW2vgMG0Suy"
    "PvcA1rUPoNoWmP7S//7s8gqoFnhBhv1fwESvWKaP8UOcRa7vLiKQyFcgkem3NKsclWpfMP"
    "GiSHzrIju+dRGnk8lbo1IBko1A+/j66qOHgvzaNim2gvyiM8nLTmqOSoqgAc9a9qyMckRc"
    "VOhwMTfOZ/4cMi6UF7YnVRRKQ2sYxEXpomjvijBGN/3pTf92kEcY1el+3BCwn7H50UlxPz"
    "bnct0POdxKJAg26evOs+tlouky9qbfvnW2/EURa/Mi29q8SFib9H/pP6X8pZAIz1lq3Bj0"
    "zyZ2jDIAbwRaCG/16Xoagiljbo4z6rVvIbjVDw804mGl2FV/m45HGcbrRiLumaiyDf4PaN"
    "7ZOoDu/PfS0WWKIVg4qmaruvUDvd//dOq1udLgpghFvBQf5k8P/W9xDdzcj6/j7ge9wHVM"
    "HZYGJVkjEJdzKOJiwqXY7lJsMKvAqZhq8Ma/VMNQLupVxLvYHpHowwVXmwJ2rUGfUO5Jit"
    "8VzUzJ9ryi6TDC92rUMNgVvpfwvTiwX08LLX44zVn8cJpc/MAgcwPSpVBGafNLG1CuZYnJ"
    "C3m1MhD77VuJb9UuriVjo9QgvBEQ8IoFf8cfHIJVoVJprNNkBeyZsCc82iIelxcS2jf7t3"
    "DojDNVFMpEpFnWewJUMA2dt+G3EDwiIzo/29d2TJE4XiS/3rKrg6m/4aLb+MmJNPvDk2WP"
    "GpRRJ4Unc0908ygyY9OkQF70M/wPsm2ETECUY370AAQmhkoX6Eh9Xi2wY64wVgA2gQZ1ZQ"
    "3NF0D+B/YKgX85pmrRaAuNg6g20FRkAVVPy4uu6S4pHN4/On4JGXJ/hNwAEdZUGUmW7XbS"
    "fwqe74g8X9nKQHVXBDoe0XdZxBS/zLbEL9OqL5EHkFPiqLmVlzYywosvQpJsxpXCrmUwEr"
    "UP4PMiAJ9nA3yeLNsTHa5LAJ2UFIBnAF7Cf6/TztlErFNMnXA0O9vaicTPRTywNXaCiAfW"
    "NoPJtCBUKWx9gRYOp6fFQoE5kcCEgaA+69Kbaq/UUpNXTExAXQBqE1lYe0U7oJ2UFIAXAn"
    "xN3ix1MdmdhmHGnBeRiuG8pGINRDoH2dvx0/X9ADxOBjfD6dBLz9wsF2MnGUGxqUw2GfTv"
    "47HCdxvpFnkmiWi0VMwwLti+IFY13XqnCJa38EfdnzUOFhA1s+Mflg9lIa0UH8EPdWX7B3"
    "5ppyJkqOs/As9/pHQkBK7z7lUOBp/mzpcvlz/OnZ9OLs/nzuXZT2juXKAvC/L3TycXn4FD"
    "lELFgjzFND60vhulUqJ+EgwDT9Cfx3RrsvOXttfsbkIuU+dxfD+8GUjTWX9Gpr4eiHIyc3"
    "06mwyIqFuSu+f1esnt9fEv5TjuEW8M9RFnWkFRN9LBFxR1zRT1cSvKcod2Wyug8gZ00UVS"
    "RUugipw9kZTWPF+QQZVausPakhkj+y3qDBP90QneI/klUjvYYU8VqqJFr4DeDRNZlLjZIO"
    "C9n3dnv8N0WGPy/OwH64fFbsgIZoU8vMu3kdOHua9PtR7s1tH6ZNXebJNhufg4kEa9YsAo"
    "ersKb1D3C9SpDr8Qj29O+alv9bwJjTXr5PS+lxWUy0Ezzpz1wt3zq7BHv5EQ0eQCzqY/fO"
    "zCaQXSPDuexGa+GQy/Dm57wEQyUl+RMteJEd3/eUCVqRJDZa5Pxk8z1gI7Nj0/Hf48or/d"
    "Wu7k/GD2NBm513AnEXpsOr73rstmSXLs5n48pUdkDVtum/HjwJPDBmJyN/3RzeD+njWjuG"
    "oaUvhgz45C8HBmFreO3+Ea3xZmIP7V8PbNtsIw+wLtQ7d6yt1y1mvohpqLL4bdiPA8Le88"
    "INew9lhBNlTTttnILmEWEuGjhhm9bWtqmFEzjD5PCYWERIRCKldITqWznJEoLNTKsahq4x"
    "C9y5qjIEUKeLFSo1KWPB9fRKvKLLqe4i6l+cOCojI/z5X5Y6x7GS3HRIWeedfzTt9yRFDo"
    "mGcdJyNZpQbthLTQdgO0vdvWORFRoWee9ezy7LvsgxUWFDrmWcfsg3QoApKN3lM0PSNHc7"
    "7lqGgbWMc87Q6+zfJ9nY1y78ejn/3mcQcoZameCyP5k75KQgfFIoapF+JYI520GN/g2+N9"
    "f8iCeujd0IhW6FF6lfHTRCISj+PRdHg9vB/O/pfcFNsSdkz6vgbRorpQNdX+mOtPI/fa/e"
    "v7QQ84unt99naF+kDdvL7lWAbSld3M4pisGF/5Hl/ZCs9dDeOYsNA1z7omCECNIL+jtlPE"
    "hb551jelXHfUdUxU6JlnPYezG8tO1lFRoWee9fyKTCs1rSUz0zQkcbgFS6c1qbKadFOxj/"
    "Zf7KtxDGVHNUclhZq5VnNstUXBATImtdMgydmMV/kwGV2pURDY+PoOsVw2iexxFyO3vNsq"
    "jqGptBdKeFkS3qSkADgJcHJBXUF8k4IC3iS8tPxROVxDEgLQrcUJ/AkqCXDp0gQtrAnWjR"
    "UmiE3nGWUJ0ie3ChAuVfyBs35cde2H+CBRAbwF9x1qKLChcbFIvw3N/pWMDW0qD5Hos0lT"
    "qQDEvtNVAbytK08SRzjmoBZAN2ReiZG3EMZJg3SPsjubT0LUlcnfxUts38XZ9l2NBMlEBj"
    "b3RWnCLtLSr82G1oukqfpLBV1pRq7V3p60RKYJ01aClutL7mVa2puwYy9wSl3zMhCN2TUe"
    "kGXB57bOcSZ6Va29N4SduFdp0ydHbajCBeZSyupnAzrW0QyTf7bDOghfrCWdj6JYshafZz"
    "5lVOQLjKv8unwSDBoWKNUu4+9XUFfIhPQcKoFOy6Zfnl8s3YLpnwHWAQT06l1AN/oA5EsC"
    "2FB1VnSdOCzgWSVWTVqF9sqvn1qY3S9IGGK54uXZt5S6o8jtWVJNVCOrnoDPrkbmdY8kst"
    "krEEIiHOe5c7vywINvh8yNqKTIauM5ccMfCYuPWCEJkVfAXV5BG9HNjSNaVRDZBek+3sAt"
    "Hj+0Uinsm/70pn874CV02FR4968bX8ot28HXcEnIDFdjw1Bu8TTQpt1WR4P4ge6W9QAvPV"
    "P/OwtAR1FtQOd84h+gHnhbYaCoCvkf2sQTWCG9C5YmXpM/VXkF3BqnwMbu76S7UdtdSlYr"
    "D31e1RZO9ncuEnWTOZuRujmeSvZWVem4NmF7quLg1rw0ln640n6lk2OX4Ng1FOWTM/pFsn"
    "ob8XD26xWRC4g+0YY+QSwUXKp+/UaghUPxaaHirac5xVtPk8Vby9YEEYVAdqfjqL2RxDqn"
    "Sq7Xno/6k62qyFqeERVr2BpAhXpbtpVcwhYREpn/aSvYBMPcJoa5hd1VEMyHJJhhkDUu8s"
    "+35J9HZhex7uevyN2P2K5qU0RgpdrKIPFjrbpb2Xx3szbJCkts5fXvoWUznh244oAm+yAF"
    "YMd2k3q+qeTRdNKEOJ4KNIECP7rAwl5zC5gIKuDbw9nJ2dXp6dmXk5OT07PzJLNf4322c/"
    "uZdDm5SRk6wWveur3wvhQgEr5k0ghfPm/hzzWieylr88FM2yYmJezGLNPmOAOZl+OfMngF"
    "2f/ZA5YZtNk6RP22gjaApkmZUWCvTOw8r2hwkIwgOiIgQwuomwbkp+5GBklTBFbOAjhE16"
    "ZlY6zQqKJqJwenWu6wx7Akong1RPE8be4aTgiJ80wmd8iYPOvRrmvP9fHd3fBmMOmRXrlU"
    "ZWSSI4+D0fnpKTliIJ38Mdcfx5NZ/74H6PcItbnefxz2ADRUPhj/g/LRvM0WByekxc5tfN"
    "HSawT1kju3hUSEQipXCLk9LQHJlsOkMnXZvkOKaE1Bs+P5EedXRbJD4hGBUHbIVXz89yPi"
    "OxXTjoiKUA3XoZrDxxQ4o7eqLydGLTpklq0lFpESwG4NJ/iIVcDOTkKXahbGxSuDRLpXAf"
    "r7sNGahsKaFaw5Ntm96dCZLJHb2bfxRF6rrUzRbIWAQYwsRii7okAmt2XZ4T12zFIVpNtd"
    "oNE1rdhUugCtDQ1/ILMLsAmg7vvKYEl/AlrtIUkY1XkjwRvxxRvxn/3d8XtbXW5W3SwP+7"
    "8ExH77NmQdHiCp0yAglcJ3I9A+gC+K4HuRDe9FAl2x7cE2+6WxDmqJUJuooFW8lk+YCtu3"
    "iFboUi1Cq+4MFFZ3LCPvxK9JtiXbxPabFalRQ/M+3OUlzEJmFjAtoUbDrbhLrF8Da8QWzr"
    "C2d7lAbpUZ9uzx+jLCqj5oNFbMmm2dNUWqeJ28Lis/WQrRkIRAVOSHHyE/3LcV9oS0ZdVS"
    "45CGvtN0SI9F4noFWFNJ3KA4ax6JG2q13VzcMKPfWcBwrJVbC4SiQ2t6eDl3XfCCPoj1t/"
    "hgR4YKWhvYRrr88T3pUOwYYzGAhfSUjL86bjLX5zolht1+Bz55N2AX+QwMqJpAtdzEwTV8"
    "QRa5n4IdghG5rcE4Ybp42/wAroUD6IXpZ9ajN5rrFiI9SAEq+cO0CXiqZpEf7CGolbVgxR"
    "dpaiI94jU2aS64ZZPD1htNoma1Gdl5m3x89DzbRx1lm8zeS9DzavD6EnklYUAf1YCOayOB"
    "cDa9lyLainy5OE1djKfOI6qT1UrI/ZFpmGracpxsxGNiLUT76qIA2FcXmVjTU/EEBndsSu"
    "Kcnf0WlhHpbxEnsZL0N+G0C6dd5GKV9tk9I6ocplEh4bkLLuTwXEjI+t/Tdy++sJs3iIu6"
    "79HvtUBqm2BFKmFFRLZg1dTdcXimrJjk9nhk4VBkNpSp3If1YdloTa9Md0sxdaixHSYE7X"
    "FE2iOsiQS62Q54TKyFDng95QApQCVg9tu3EN+rIvBeZaN7lQCXVidN3QAlG9+QSPtS82pA"
    "2Fn8C8mlFhCHRFrRiQ+9htjQoFwu19QXaF+HroWBNhA2tFKkaCDBByVK79ceShRqGrV/Jc"
    "fMKC2RxZhF5drX+y8L9f7LnN5/mez9eSXBs6fMPWqA79braapiXT287oL8rFi4k26ZZM+b"
    "Uak29OZDz5wiuLKTKpoWXHEMZUc1RyWFmrlW87FCPpwNolVHfFxKrhyqERkR9dke9Ql4zw"
    "pCE9PNxRoGclE6PdK9CoR9jhFT42xUqDSkVmRNHgt50PVC+y43C62Pakl3jtn+bqbu3qsX"
    "g4TftsBUd+jLGyczAmDBKJofBpOCsbvIwjwTPaukPU0FZqnPrnQPENNmhXRblYnivKxhqI"
    "P+45DmMnf9faosb/sp4JMZVtravVruIYpk8BWWO2gFB86grTmIAQ2VZmlLK2itykAcl2sf"
    "1JWnHNOhhtxfspBsolIJ3knJVkSPDhBiJjMUGeZT7A2MNQT1jL69EYrBvCBSdeHs9/TDMh"
    "/X4/F9hPS4HsbJxKeH6wHBnaFOGqmuhZyyb5NgGNtKPe1UqYSaY3ta+m1zhuq08seOvcDv"
    "D8iyILPGEoZ+tEGurY9ZU2kdaltp8lvMmI7sYR5E1HT0bpMxgZjzBv1fbGneGHv9L7IZwu"
    "ChP7zvAbSGqjbXfxtc/zIe/9oDb2ixwvhlrgebJcQd12L2UCFzKMcaSil3rRpq6l5f2bZn"
    "RIhndXCVSJCVGpZj4++ZGsYZCXuAXKUFVlIWJmcnEfjtW9GJD555Bz80DFMmy5zMsECEj9"
    "SwVq2WzctV2j7FHiVvyUC64u0eUmaafRyMboejn3vAk5/r08GITKy0LMZcvx30b3tAQW5H"
    "O/4k6xmsKZrJNCvDIoeLIJ9wbVyGyN+YG5DANZ9cSBEXDAN3DENY4WxrRmSaOCWKnT27R6"
    "XaYEKJFMFGqKJpnxedNnfQcUisAgU36FNrmn5FfY02VXDkDNuGrwKfoFfVUu1OarFB91Q3"
    "v9Zg0GhrAsxYR8AToNu5gGARg1sOkJWdtmnBvhW0Nju9kIY2BqmVqqu44M5svEKk9iTh6S"
    "gVunaoj3i3EQw/T2NgN4/hP/5WlbzZiHVvVtlEwkejgRy/CxQnfO77o9Hgtgc8+bnen/5K"
    "f5NBjP0aTX8bTNgBVnmUHvs6HpLfr1jlhAbyhsuSRnYgJZworo1s1hN3UHBYTrhRXGvYG1"
    "p2UXJUVOiZZz1TQ8Qib5Jiw+QmCUbkdssTbI5WK0wTJC7La3mwN0ICaZGQKQYwsQlOawk/"
    "3sBtOOM3eLeRbrnvnOD8gpPdrTvSoUjbI6TDerttuMOyYMp4Gjy6OUyZxzEkgM0myAKJFv"
    "JidWS1QqtsNSFfohUAHzpPoIlEZFWZZ/3Hx8n4K6MeDcPEr5R6nAzunqb0kImWjoU4ISCD"
    "6WJRavueuFwrPpEDrDSMTM8JvPP9rbis8Li49rgoS79AS+IA7MLvB5JCzXyrGcmqUnr8jE"
    "q1IQ/xAIOnD9oOEbOIpKDaef+gqLtKGtgpQ2e2wZ4QbMNndWiz/dmEOjUxdotMJ6XFt8bz"
    "t8YBK9x4WqdE2YMkhbmNPx7raIbJPzWzx0dVQj3c8V58MDHc7JwiCeHT3VxOmDQsVSCBZW"
    "96AnRnZQjCiXBdgFRKB4M3+AE+/a7qv4OlidfuJtCkEW3xO3bs0OGVs/icniNay11K8tYp"
    "WX6KaiLZL/hBtzrqCg6bn8Gum8NhRzRX2BEKC7WQRTovkuCZnd+Z2AyJ9O4yNrHfvhXIHt"
    "oWdkeSBNrZa9k3AmIle74ydljJvkOCnWBJG+CBiCUCh1gikJe4EoIxCX/5BJbY5RoGfmFn"
    "JNn5eEpoiWghzYOJaSnHhYm3rDOppZTBnj0yVDkYcFRstqrVQjuWZMsYhY9Rhq3zhhZ1GT"
    "bxmlQFMD/Lq0iVtkKr1N55GwFhVVZuVdKhLXXey2QDQhKHS4s9rauvV1yFRyST79KzG2e0"
    "i/3D/hJq9isDlIsQxaRErZCtSwd8xCrwviahSzUL46KOV6x77bEhkxcA2Xc7pmgsqJnD1W"
    "GLkPeRqcqrTopb6p3p5jmkMGjDjSsqYkd7xo4y7fBsxzPbEG8D7Xd2eVnE8by8zPY86bn4"
    "Nj5GGYS95i1Et5b0RHJHO7VserZrHxI5vHN/HCu4Mjd+r7ybfSezP/8f+YGRAw=="
)
