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
    "session_generation" INT NOT NULL,
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
    "details" TEXT NOT NULL,
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
    "erased_at" TIMESTAMPTZ,
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
CREATE INDEX IF NOT EXISTS "idx_case_departm_e60379" ON "case" ("department_id", "category_id", "created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_returne_d477c2" ON "case" ("returned_by_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_assigne_9fb2a7" ON "case" ("assignee_id", "status");
CREATE INDEX IF NOT EXISTS "idx_case_status_14d88e" ON "case" ("status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_status_05f616" ON "case" ("status", "sign_due_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_status_370cb1" ON "case" ("status", "resolve_due_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_created_974780" ON "case" ("created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_case_categor_53ab9a" ON "case" ("category_id", "place", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_sla_nex_602b5c" ON "case" ("sla_next_at");
CREATE INDEX IF NOT EXISTS "idx_case_status_1e1e1f" ON "case" ("status", "closed_at");
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
    "name" TEXT,
    "phone" TEXT,
    "phone_hash" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_reporter_phone_h_e47bf7" ON "reporter" ("phone_hash");
COMMENT ON TABLE "reporter" IS 'The person a report came from: a resident, landlord, employer, or an officer for a task.';
CREATE TABLE IF NOT EXISTS "report" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(20) NOT NULL,
    "text" TEXT NOT NULL,
    "details" TEXT NOT NULL,
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
    "people" TEXT NOT NULL,
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
    "state" TEXT NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "reporter_id" INT REFERENCES "reporter" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "chat_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "direction" VARCHAR(3) NOT NULL,
    "text" TEXT NOT NULL,
    "extra" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "conversation_id" VARCHAR(36) NOT NULL REFERENCES "conversation" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_chat_messag_convers_028c91" ON "chat_message" ("conversation_id", "direction", "id");
COMMENT ON TABLE "chat_message" IS 'One message in a conversation, either way (`in` from the person, `out` from the hub).';
CREATE TABLE IF NOT EXISTS "personal_key" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(10) NOT NULL,
    "digest" VARCHAR(64) NOT NULL,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_personal_ke_case_id_32ec14" UNIQUE ("case_id", "kind", "digest")
);
CREATE INDEX IF NOT EXISTS "idx_personal_ke_digest_8ce110" ON "personal_key" ("digest", "case_id");
COMMENT ON TABLE "personal_key" IS 'An ID number, passport number or phone named in a case''s reports, as its keyed hash.';
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
    "eJztXW1z27ay/isYfWkyo3Zsx3ZT3Tt3RrblVqeO5ZGUNPdUHRYSIYvHFMFDkE50evvfL8"
    "D3F5AiJVKCGHxJLBLLl2dBYPfZxeKvzhqrSCc/9BcL7Bh2pwf+6hhwjegf6VNd0IGmGZ1g"
    "B2w41922MNZoTmwLLti1llAniB5SEVlYmmlr2KBHDUfX2UG8oA014zk65Bjavx2k2PgZ2S"
    "tk0RO//0EPa4aKviIS/DRflKWGdDXxsJrK7u0eV+yN6R4bGva925Ddba4ssO6sjaixubFX"
    "2Ahba97jPyMDWdBG7PK25bDHZ0/nv2jwRt6TRk28R4zJqGgJHd2Ove5ciY51FOVxNFUmg6"
    "midCoAtMAGA5c+KnHf/pk9wvcX55c/Xr5/d335njZxHzM88uPf3q0jYDxBF57Haedv9zy0"
    "odfCxTgC1SHIcv/OQHu7ghYf27hMCmH66GmEAzzFhXgNvyo6Mp7tFf15fVaA56f++PaX/v"
    "jN9dlbdkNMPwLv43j0z1y4pxjkEcSqRkwdbpSqMKfl6oE6OBBhHX3CLQDbwnoOyAPDWbtA"
    "D+kDQWOBMoAHsiID3ZlM+/f3PUBfYbmcGZOPT4Pxp+FkNKaHHBNZrxrB1swY0cP9KTuKTf"
    "bU7Fj/7sPwsQegutYM2uL+fng7YA2WS22B3Fesqr6LMuq7yFffRUZ9aA01vcpHEgrspDR/"
    "mBHz47g4KwdvEb4ZgE1IyBdsqcoKklUVoDOCEvBSgC9p/0SqouNnzSAVDJiM3HZbpq5R6U"
    "xoWyaCVseLFwoRNUp5Y8YdRcXW1ogPb1o2ha7qC/8Q/HF6fbsAyunww4DOIx+e2OXXhPxb"
    "dwHrTwfszIV7dJM6+uY61evDi4DfhtNfAPsJ/jl6HLhoYmI/W+4do3bTf3bYM0HHxoqBvy"
    "hQjWMSHA4OJTRNfQ3tlTOv32A6ZUODr+JIKKXcOZVq6tsJDNfDKvRmNHpI6PJmOE2NUR8/"
    "3AzGb85dJdJGmo34HxVBhNAHU3xw2DOWH7T4wnLkSoO8sBB7cwXaVcetpGQNo5ZoDkKbhi"
    "0VmdCy18iwlUrkRUZupy9IsPmo7m+IvldFWGMSElAPUEa2LV+4zFDUCbMQ32MLac/Gr2iT"
    "8ahTyPoM413iYqeF899BPwqORo9owS8hUZn9aikM9OWRN9OO6WgyHt5OO5lOXAO8H/3LtB"
    "PY2HebAynrxnO4ePkCqYOa059t/IJ4HtiNL3f/6xjpeTZLQJSb2pRd5nTn1QzYSTubmm/P"
    "BjUvFpCacvthdUsv0Z4+mWSpXhFrvjc8g9dWDYhJIhYtkWVBfU+Yxv5l2vrF2ZC87AnRlF"
    "6iRZ2IjeX4AsfG8MTonj21vlinj0ADPruvxO7N7pQev3lB0NjYXhAFNTXFDptti4N2+mCO"
    "oIUs4MoAvATQAH4kFbzxqXfyHTCpXhF52wPY0DdAswmY/NL//uLqGmgEvCDT/i9goVe8YI"
    "/xQ5qqb+4uMlorVrTW1W9l6j4p1b6I7WWZIOJlfhDxMs3Z07dGlaJQoUD7giL1h2gl+bVt"
    "UmwF+cVmkped1JyUlJEZkbXsWxnViLik0OHCA4LP/AVkXCz5bk+qKJbrd2IQl6WLkr0rwR"
    "jd9ie3/btBEWHUpPtxS8F+xtamw3E/wnOF7sci3kpmYZ7S111k1y+opqvYm0H71tnyl2Ws"
    "zct8a/MyY22y/5X/VPKXYiIipwIKY9A/W9gxqwAcCrQQ3vpzInUEOWNugTPqt28huPUPDy"
    "ziQTh21T8mo8cc4zWUSHsm2sIG/wd0/2wTQHf+e+kYC4YhmDuabmsG+YHd7386zdpcPLgZ"
    "QgkvJYD5zYf+57QGbh9GN2n3g13gJp19pENloVOIqzkUaTHpUmx3KULManAqJjq8DS51Yi"
    "iX9SrSXWyPSPThgqunAnajQZ9Y7gnH70pmpuR7Xsl0GOl7ndQw2JW+l/S9BLBfz0utMDkv"
    "WGFynl1h4kKGOGnaW1BGvPmlDSg3so7nhb5aFYiD9q3Et24XlyywWWkQDgUkvHJV5fEHh2"
    "jprVIZa56shD0X9oxHW8bj8kNC+2b/lg6dCaaKUpmILMt6T4BKpqGLNvyWgkdmRBdn+9qO"
    "JRPHy+TXE7s+mPohF93GT06m2R+eLHvS4QJ1ODyZd6JbRJGZYZMSedHP8D/IthGyAFWOte"
    "kBCCwM1S4wkPa8mmPHWmGsAmwBHRrqGlovgP4P7BUC/3IsjbBoC4uDaDbQNUSAZvDyohu6"
    "C4fD+70T1Omh90fICxBhXVsghdheJ/1D8nxH5Pmqll9quuzS8Yi+qzKm+FW+JX7FK3FFH2"
    "DBiaMWlrcKZaQXX4YkCceV0q5lNBK1D+B3ZQB+lw/wu2xtpORwXQHorKQEPAfwCv57k3ZO"
    "GLHmmDrxaHa+tZOIn8t4YGvsBBkPbGwGW7CqW5WwDQRaOJyelwsFFkQCMwaC9mwoXzR7pV"
    "WavFJiEuoSUFuIYP0V7YB2VlICXgrwNX0z7mKyex3DnDkvIZXCecnEThDpAmTvRh9vHgbg"
    "aTy4HU6GfnpmuFzMPekSFGH5t/Gg/5COFX61keEWcaMarRQzTAu2L4hVT7feKYLlL/zR9m"
    "eNowVEp9nxD8uHuiEtjo8QhLry/YOgtFMZMtTzH4HvPzI6EgLPeffLM4M3M+f9+6sfZ85P"
    "Z1fvZs7VxU9o5lyi93P6909nl2+BQ5XCxKI8RR4f2tyNuJRokATjgifpz2O6Nfn5S9sLo5"
    "9CLlPnafQwvB0ok2l/Sqe+HkhyMjNjMh0PqKhX97zn93rF6/XpL+U47pFoDPURZ1pJUZ+k"
    "gy8p6oYp6uNWlBUO7bZWQBUN6LKLpMqWQJU5ezIp7fR8QRcqbukOsiUzZhG0aDJM9Fcneo"
    "/sl8jsYMd9qlgVLXYF9NW0vLL9IQL++/l3DjpMx21Mn9/94fbDcjd0CWaVPrzHt9HTh7lv"
    "QLUe7NbJ+mRN38xncg5w7zC7c745UG/yCxGj5O1qvEHTL3Cg3n+4zt5k/0p15TCPsCHV6F"
    "Ax6OnGNL7QMdn/qSU9dtDsQGc99zbBK82+hBIy8l+CGAg+jl34x0haZJKA+je3g+GnwV0P"
    "WGiBtFekzgzq8PR/HjBlatSonBnj0cep2wI7Njs/Gf78yH57dffp+cH04/jRu4Y36bJjk9"
    "GDf113kKfHbh9GE3bEG2tYm9HTwJfDJnLlbvuPt4OHB7cZw1XXkSoG03kUMk4wF6Z1XJzQ"
    "+LYwW/RbwzuwCkvDHAi0D936wyPEWa+hlxZQeriIRESelncekBtYJ64iG2q8LVEmCNLJOS"
    "iplqLuQxkxCs6x2x6j4Nx08Dm9BxyzotjVMnjml++LiXzbcDZbv6/SQBIXauVQUrdth74u"
    "dEdFqhKxghzE8z+CPHkxvohWVbT0HL1ddkGIC8pNEETeBCFF8VbRckpU6ll0Pe/0LScEpY"
    "5F1nE2jlJp0M5IS22fgLZ326UoISr1LLKeo5BcRS0nBKWORdax+0E6DAHFRl85mp7SowXf"
    "clK0DaThNjKlW+TrhMp9GD3+HDRPO0CcVZEejPRP9ioZHZQL+HEvJLBGOrwQ3eDz00N/6M"
    "bk0FdTp1phR9lVRh/HCpV4Gj1OhjfDh+H0f+lNsa1gx2Lva1ItanNN1+zNzPj46F27f/Mw"
    "6AHH8K7vvl2pPtA0LU8cYiJD3c0sTsnK8VXs8dVdTLurYZwSlroWWdcUAahT5HfUNkdc6l"
    "tkfTPKdUddp0SlnkXWczz3sepknRSVehZZz6/IItyslNxE0ZjE4daGnTekynqyReWW5d/Y"
    "V+OY6o5qTkpKNQutZor7bmRgQlBOgCLrOLWAqOQkmJLaaSIUTKm1T4XJtTolgU2v8JGrz7"
    "PIHndtf8u7reqYusZ6oYKXFeHNSkqAswBn14iWxDcrKOHNwsuqiVXDNSYhAd1a6yOYoLIA"
    "V6700cISe91UnY/UdJ5T5YM/udWAcKVaKoL147IQly2lkh4kaoC35DZeJwpsbFws029js3"
    "8tY0Obqq1k+mzWVCoBceB01QBv66r9pBFOOagl0I2ZV3LkLYVx1iDdo4pV+EnIMk3Fm+LJ"
    "3fAE2w3vJEGykImtfVEauxdp6ddmQ/Ki6JrxUkNXmtJrtbcnLZFlQd5i3Wp9ybtMS3sTdu"
    "w55mwTUAWikXuND4gQ+NzWOc5CrxrZe3/lsXeVtn5yJrIINqCuvKDNnkg9+Zeilm2b0GIW"
    "Z+nqlpw9PfJBHRloiuk/26EdxC/Wkk+VoVixEKhvbOaUA41M0eKioAqMGpbYJ2KBv19BQ6"
    "XT93Ns/wW2Z8PVu8ult1vDW4ANAAG7ehewXYYAHXcANjXD3fGBunfgWaM2IG97iNqvz90V"
    "IqiGGuME03tDbCt9SVwPWJbXE4ldZ+fzyuv53SOLbP6anJiIwCs/akmuaGItjg/fDlkuSU"
    "mZ5iJymkswEpYfsWISMgtDuCyMNqJbGHUlddD+JclR0cAtH20lXML/tj+57d8NRAm0niq8"
    "+29aUckt28HX8CjbHFcj5HO3eBoobLfV0aB+IKCNrQ3AS9/U/44A6KiaDdicT/0D1ANfVh"
    "iomkr/hzb1BFbI6IKlhdf0T22xAl7RXmBj73fW3WjsLhW3Soh9XvVWBA+2TZOFwAWbkboF"
    "nkr+Pnl8XE9hb7zy4Da8WJx9uMp+tcBTlxDYNZT1wHP6RbaeIfVw9usViQvIPtGGPkEtFF"
    "xpQ4ZQoIVD8XmpasTnBdWIz7PViKtWyZGlcXan45i9kcU6v0Jr0F6MiqytqlFcnRGVqzpP"
    "gAr194usuOAvISTXSfDW+0mGuU0Mcwu7qySYD0kwwyjHXmbrb8nWT8wucpXUt8jdP7rbBE"
    "4QhZVpK4fET7XqbmXzvd0HFRKX2MrrP0Biuzw78MQBS/ZBKsCO7SX1fNbooxm0CXU8VWgB"
    "FW66gGC/OQEWgir4/OHi7OL6/Pzi/dnZ2fnFuyyz3+B9tnP7uXQ5vUkVOsFv3rrNHd+XIB"
    "Le59II799u4c91qnslbzfNXNsmJSXtxjzT5jgDmb8igjN4RWsl8gcsK2qzdYj6bQVtAC2L"
    "MaPAXlnYeV6x4CAdQQxEQYYEaGED+tPwIoO0KQIrZw4cqmuL2BirLKqo2dnBqZE77DEsyS"
    "heA1E8X5u7hhNi4iKTyR06Jk97rOvaM2N0fz+8HYx7tFcutQWy6JGnweO783N6xEQG/WNm"
    "PI3G0/5DD7DvEeozo/807AFoamIw/nw+2tsab+qfq4+QFm26ODgjLfci3FMjSTzXCBoV9y"
    "KMiXzbcDbC89Pbs6Km7nIWLtOWb/tzRBsKeh3PD3h3XSa7I83ox7I7rtPjdxDR3qk8fEJU"
    "hlqEDrUcPiYgGD1Vf/E0ZpEhq2rltISUBHZrOCBArAZ2dRy71GlhXL4OSqJ7laCvDxttOV"
    "FY84Itxyarww6dy/J4nX0bz+O32sr0TFcIeCu+AQSeKFjQ27rZ3T33GNFUZNhdoLM1qdhS"
    "uwCtTR1vkNUF2ALQCHxdsGQ/AattkSV8mryR5H3E4n3Ez97uBL2tKTeraZbG/T8DcQFLEw"
    "jItMHqJI1JEauGdigh4d4RbmUFyarKIJKUah1RcH1ZYgi5vswdQtgpuZ3KN0ITVAhYyqpt"
    "5UsjxQnJfQu3xS7VIrSazuNxa93lZO8EdfC25OzYQbMylX5Y9oy3SMf1U1w/hJXtY0Fr3K"
    "U+iIl16pHk+Dy7XKCwVo/77OkqPdK3OWhMW86abZ01ZcJ9k+y6W/K0EqIxCYmozLI/QpZ9"
    "YCvsCWnLKvSmIY19p3xIj0Wl+0V/uVR6VBC4iEqPtdpuLob89HcEmA5ZeRVVGDqsMoqfud"
    "gFL2hDrb/5xj0yVNHaxDYyFpvvaYdyj7lMBiDI4ORNNnGTmTEzGD3v9Tvwxr+Be5G3wISa"
    "BTTipV+u4Qsi9H4qdihG9Lamy8yzJfDWBngWDmAXZp9Zj91oZhBEe5AKNPqHZVPwNJ3QH+"
    "5DMCtr7pawZAme7Ijf2GIZ9cSmh8kXloruVrh0z9v042PniUm7Jco3mf2XYOe16PVZUVtp"
    "QB/VgE5rI4NwPsXHEW1F0mE6WFAuWlAULsjWfKH3R5ZpabxFTfmIp8RaiHb9vGowNmVxzs"
    "9BjMvIJMTiiMIuSYjSaZdOu8yIq+yz+0ZUNUyTQtJzl1zI4bmQmPW/p+9efnm8aBCXdd+T"
    "32uJBEPJitTCisiczbqpu+PwTHkxye3xyNKhyHwoudwH2RAbrdmV2Z4zFtvMh+3TIWmPI9"
    "IecU1k0M13wFNiLXTAmymqyACqAHPQvoX4XpeB9zof3esMuKzGK3cbmXx8YyJtyIhsHGFn"
    "/i+0qFQWNCbSik588KRTHS4qDRmhQPs6dCMMtImwqedmUXMXukciYnCi7H6CrHNfQF1n5q"
    "viWDn1NfIIr6Rc+zrvVanOe1XQea+ynbeoLnr+jLdHIfTd+izLNGyqfza9K4FbMd3hGxb5"
    "015Sqg29+dATn4yN7KSKU4uNOKa6o5qTklLNQqv5WBEbwQbRugM2HqNWDdWEjAzabA/aRL"
    "RlDZGFSXixEwO5LBue6F4lojbHCIkJNirUGhErs6TOjViw5T77rhaLLW9qSXdO2f5eou3e"
    "iw+jfN22wNR05MofJ3PiV9EoWhzFUqKxu8y6Ogs9a7Q9y+R1M5c96R6gps0KGba2oIrzk3"
    "6hAfpPQ5aK3A026yL+HlwgIDMIb+ldI/eQlUbEiqrxy2DkszJ7VcEQDNqGYxDQ1FiSdeU6"
    "DGm59kFde8YwG2ro/RWCFhaqlJ+dlWxF8OcAEWI6Q9FhnmNvYKwjaOT07VAoBfOcSjWFc9"
    "DTD8t83IxGDwnS42aYJhM/frgZUNxd1GkjzbOQOZtXSYaxrdTTToVGmDm2p6XfNmeoSSt/"
    "5Nhz/PUDIgS61ljG0E82KLT1sdtUWcfa1pq7ljKmExu5RxE1A3216ZhAzXmT/S/3dT8Ze/"
    "0b2RFi8KE/fOgBtIaaPjN+G9z8Mhr92gNf0HyF8cvMiHaMSDuu5eyhUuZQgTXEqRmumRp3"
    "w7N82zMhJLI6hEokyMvsKrDx98zsEoyEPUCq0RyrnHXF+UkEQftWdOKDJ87BjY4hZ7LMX+"
    "0aExEjsatVi12LcpW2T7FHyVsykaH6W7BUmWafBo93w8efe8CXnxmTwSOdWFlVi5lxN+jf"
    "9YCKvI52/EnWN1g5msk1K+Mih4sgnwltXMbI35QbkMG1mFzgiEuGQTiGIa5wd39KZFmYE8"
    "XOn92TUm0woWSK4Emo4tQ+LzZt7qDjmFgNCj6hT+3U9CvLY7SpAKNg2J74Iu4xetWIZne4"
    "tQK9U93iUoFRo60JMCMDAV+A7YkDokUMXjU/t2q0zertrSAJt8uhDW0MuIWm67jgzmy8Sq"
    "X2JOHZKBW7dqyP+LeRDL9IY2C3iOE//n6fotmITe/4eYqEj84COUEXKE/4PPQfHwd3PeDL"
    "z4z+5Ff2mw5i7q/HyW+DsXvALRzKjn0aDenvV6wJQgP5w2VFIzuSkk6U0Ea22xN3UHBcTr"
    "pRQmvYH1p2UXJSVOpZZD0zQ4TQN+HYMIVJggm53fIET0erNaYJUpfltTrYoZBEWiZkygFM"
    "7mHTWsJPNHBPnPEbfLWRQbx3znB+0cnu1g3lUKLtEdJh/c0yvGFZMmUiDR7dAqbM5xgywO"
    "YTZJFEC3mxJrJaIalaTSiQaAXAh84TOEUisq7Ms/7T03j0yaUeTdPCr4x6HA/uP07YIQst"
    "HYIEISCj6WJeafedtFwrPpEDrDRMTM8ZvIv9rbSs9LiE9rgYSz9HS+oA7MLvR5JSzWKrGS"
    "00tfL4mZRqQx7iAQbPALQdImYJSUm1i/5BMXeVNrA5Q2e+wZ4RbMNndWiz/dmCBjMxdotM"
    "Z6XltybytyYAK3zytE6FsgdZCnMbfzwy0BTTfxpmj4+qhGa44734YGq42QVFEuKnu4WcMG"
    "1YqUCCm73pC7CNkSGIJ8J1AdIYHQy+wA1486dm/AmWFl57ezjTRqzFn9ixY4dXzvwtP0e0"
    "kbtU5K05WX6qZqFFUPCD7VTUlRy2OINdt4DDTmiutCMUF2ohi/SuTIJnfn5nZi8j2ruz8H"
    "rbZkz9cwl8A4FWQHtoY9gbSnLg5u5SEkp822vZOZuU7JAgJ1nOE/AgZIr/IVL8ixJPYjBm"
    "4a+egJK63ImBX9qZyHY+kRJSElrgeSApLRW4IOmWTSalVDK480eGOgcDgYrF1rXaZ8eSaj"
    "mj8DHKqHW+oHlTZkm6plQJzC+KKkrxVlhV27oulJBGYQpLNjJxp61cZzwmcbis1POmumrN"
    "RXBkLvdO/fLUbG65fdc3oeZgYX61AE1KSpbq2Jq5HyBWg/M0jl3qtDAu6zelutce+yH58Y"
    "d9d0NKhmJOc7g6bA3wJzeGA3XarTsc1zJ+ulvkWZp+Q7bDR7ngVt8Awzv6OOs5srrAhISw"
    "zuQfANgCJtUwAuyBVD8uBQn6jvg1SkgXQAI0m7DdeWgLtqsIZ7efhm7C8X5/D6O2L7QDed"
    "Er2qPtzh9FQS+/TTeKaMoYl0hTRbfAwQ70XNa7Dtq3kNhsoBpG+GGUjx4GEi0EuP69hQRI"
    "9zk2wnIR6PFtSEEXgfaRpS1WPJPIP1NoDcGojTAMu5zu95zuc/nJ/Ckpn6Bsw5x0cXVVhk"
    "+/uson1Nm59O6CZhWE/eYtRLeRVRP0jjZ3N5f8PRliIocPWRyHHaxt94W90oH3ncz+/n+2"
    "q5UJ"
)
