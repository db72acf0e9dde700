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
    "category_id" INT NOT NULL REFERENCES "category" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "duplicate_of_id" INT REFERENCES "case" ("id") ON DELETE RESTRICT,
    "unit_id" INT REFERENCES "unit" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_case_departm_926e25" ON "case" ("department_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_status_14d88e" ON "case" ("status", "created_at");
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
    "eJztXWtz4zay/SsofclMlZKyPbYz0b11q2Rbk2hjSy5Jnszd1RYDiZDENUVw+fBjc/PfLw"
    "CS4psiKVICGXyZsUg0H6dBoPt0o/FHZ4tlpJo/9JdLbGtWpwf+6Ghwi8gf0VNd0IG67p+g"
    "Byy4UFlbGGi0MC0DLum1VlA1ETkkI3NpKLqlYI0c1WxVpQfxkjRUtLV/yNaUf9tIsvAaWR"
    "tkkBP/+Cc5rGgyekOm91N/llYKUuXQwyoyvTc7LlnvOjs21KwvrCG920JaYtXean5j/d3a"
    "YG3XWnEef400ZEAL0ctbhk0fnz6d+6LeGzlP6jdxHjEgI6MVtFUr8LoLyT/WkaTReCZNBz"
    "NJ6hQAaIk1Ci55VJO9/Zo+wvcX55c/Xn7+dH35mTRhj7k78uOfzq19YBxBBs9o1vmTnYcW"
    "dFowjH1QbRMZ7O8YtLcbaCRjG5SJIEwePYqwhye/EG/hm6QibW1tyM/rsww8v/Ynt7/0Jx"
    "+uzz7SG2LyETgfx8g9c8FOUch9iGXF1FX4LhWFOSpXDdTeAR9r/xNuAdgGVlNAHmj2lgE9"
    "JA8EtSWKAe7J8gx0Zzrrf/nSA+QVVqu5Nn16HEy+DqfjCTlk68h4UUxszLUxOdyf0aNYp0"
    "9Nj/XvHoajHoDyVtFIiy9fhrcD2mC1UpaIvWJR9V3kUd9FuvouYupDW6ioRT6SnUAppbnD"
    "DJ8fx8VZPniz8I0BrEPTfMWGLG2guSkCdExQAJ4L8BXpn0iWVLxWNLOAAROT22/LVDUqnX"
    "Fty/jQqnj5TCAiRmnSmHFHULGULUqGNyobQVd2hX/w/mhe386AcjZ8GJB55OGRXn5rmv9W"
    "GWD92YCeuWBH3yNHP1xHev3uIuC34ewXQH+Cv49HA4YmNq21we7ot5v9vUOfCdoWljT8Kk"
    "E5iIl32DsU0jTxNZSXhHn9BpMpG2rJKvaFIspdEKm6vh3PcD2uQm/G4/uQLm+Gs8gY9fRw"
    "M5h8OGdKJI0UCyV/VEsDUUgkaBX9pMKSFXxQvNmubfqiZKRDw9oizZIK+dUxuVLTEmdDZd"
    "UTE3mvgrAGJASgDqCUB1o9J5IWfieMQ/wFG0hZa7+i95izF0HWJb/uQhdrFs5/ev3IO+o/"
    "ogFfdxxa/KslMJCXR84kMCGjyWR4O+vEOnEF8D65l2knsIHvNgVS2o0XcPn8ConvlNKfLf"
    "yMkpyDG1fuy68TpEL2Dqk493VlRi/T3Hk1BnaYGXhBtPlBGN1CEw1eWvWlh8kvtEKGAdUD"
    "YZq4l2lrV7Kg+XwgRDNyiRZ1IjpI4QscGJxCw1b81PZiGz0CNbhmr0TvTe8UHZiSAk+BQS"
    "sj8qQrkrVrti/21OmDBYIGMgCTAXgFoAbc6BX44NKd5ndAJ3pF5scewJr6DhTLBNNf+t9f"
    "XF0DxQTPSLf+CxjoBS/pY/wQpUfru4uIkPEVIWP6LUyXhqXaFyW7zBO4uUwP3FxGeVLy1q"
    "gQ878TaB8RXX1YTLA6+ybFVrA6dCZ5LqXmsKRgw3nWsmtlFGOYwkLHCyZxPvNnsEyBhKcD"
    "OZBAflXDIM7Lg4R7V4gKue1Pb/t3gywmpE7345aAvcbGeyfB/didy3Q/lsFWIvOtSV93ll"
    "2/JJouYm967Vtny1/msTYv063Ny5i1Sf+X/lPIXwqI8Jx+xY1BvzawrRcBeCfQQnirz0NT"
    "EUwYczOcUbd9C8GtfniApqmYCXbV36bjUYrxupOIeibK0gL/B1T3bB1Ad/57ZWtLiiFY2I"
    "pqKZr5A73f/3TqtbmS4KYIhbwUD+YPD/1vUQ3c3o9vou4HvcBNRB2mCqWlSiAu5lBExYRL"
    "sd+l2GFWgVMxVeGtd6mGoZzXq4h2sQNCrEtoogqihy0Cu9agTyCpIsHvCqdcpHte4TwP4X"
    "s1ahjsCt9L+F4c2K/nubL6zzOy+s/jWf0MMicgXQhllDS/tAHlWtZOPJNXKwKx176V+Fbt"
    "4ppLrBcahHcCAl6xku30g4O/3FEqjHWSrIA9FfaYR5vH43JDQoemteYOnXGmilyZiDR9+E"
    "CAcuZX8zb85oLneE57EzuPQ4oiWaoIpv6OZG1jXxL548dngR5VuESdBALIOdHN4n70XZMc"
    "Cb9r+B9kWQgZgCjHeO8BCAwM5S7QkLLeLLBtbDCWATaACjV5C41nQP4H1gaBf9mGYtIwAi"
    "X4FQuoCjKBoiUl/NZ0lwRy6h8dr+gHuT9CTuQDq8oSSabldNJ/CgLrhARW0VoudddwOR2D"
    "dZXHxrxKNzGvkurlkAdYJgQIM2vl7GSEe5rH+9+NK7l9Jn8kah/An/IA/Ckd4E/xQivh4b"
    "oA0HFJAXgK4AUc0zrtnF0oNsHUCYZp062dUGBYBLpaYyeIQFdtM9iSlvAphK0n0MLh9Dxf"
    "jCsjxBUzEJS1Jr0q1kYpNHlFxATUOaA2kInVF1QC7bikADwX4FvyZomrpL6oGKbMeSGpCM"
    "4rKtZApDOQvRs/3dwPwONkcDucDt28w906KHaSERS7WlKTQf8+GgR7s5BmkmeSiEYLBcOi"
    "gu2LzlTTrUuFZtwVLcrhrLG/MqaZHf+4fCiL1ST4CF4MJ90/8Irx5CFDHf8RuP4jpSMhcJ"
    "x3t9Yr+DC3P3+++nFu/3R29WluX138hOb2Jfq8IH//dHb5EdhEKVTMT8BL4kPru1EiJepl"
    "dzDwBP15SrcmPTFnf5XlJiTpdB7H98PbgTSd9Wdk6uuBMCcz16azyYCIOkWUe26vl5xeH/"
    "1STuMe8cZQn3CmFRR1Ix18QVHXTFGftgYod2i3tWYlb0DnXf2Tt2ilSEYT2VbN8wUZVIk1"
    "Kcw9mTFLr0WdYaI/Ov57xL9Eagfb7KkC5aHoFdCbbiCTEjc7BNz3c+/sdZgOa0yen/1g/T"
    "Bww7qv75X08OYvL9eoprdRoaSR04deVvi4R03xsbcLZ1uc3C7UTkKE73JY994nXoZE8KV5"
    "tvSJkXI7GH4d3PWAgZZIeUHyXCNWS//nAVWmQmaGuTYZP81YC2xb9Px0+POI/qaRNPp7Mp"
    "g9TUbONSzbcI9Nx/fudVkEiBy7vR9P6ZGlik2nzfhx4MphHTG52/7odnB/z5pRXFUVyXzQ"
    "FSfxqDmzQ1rnUHONbwtTvv5qeHtmW26YPYH2oVs9x2na2y10Ynv5l9XtRHielksPyDWsYp"
    "SRBZWkgv3pxZACInxUQ6K3bU01JGqG0ecpoJCAiFBI5QrJqJmUMRIFhVo5FlW+Xv1tqdoy"
    "kiWf7Ck0KqXJ8/FFtKpgm+MplinyHRQUNb55rvHN8mhlG5XQckRU6Jl3PZf6lkOCQsc869"
    "jL0i73OcelhbYboO1ym3CERIWeedazw7OX2VEnKCh0zLOO2QdpUwQkC70laHpGjmZ8y2HR"
    "NrCOWdodfJtl+zo75d6PRz97zaMOUMLaKAdG8id9lZgO8kUMEy/EsUY6STG+wbfH+/6QBf"
    "XQm64SrdCj9Crjp4lEJB7Ho+nwZng/nP0vuSm2JGwb9H11okVloaiK9T7XnkbOtfs394Me"
    "sDXn+uztcvWBunl90zZ1pMnlzOKIrBhf+R5f2ZK6soZxRFjommddEwSgSpAvqe0EcaFvnv"
    "VNKdeSuo6ICj3zrOdgdmPRyTosKvTMs55fkGEmprWkZpoGJI63QuS8JlVWk24qduT9i301"
    "ti6XVHNYUqiZazVHFhTkHCCjyxDEMrr4OHnaRYqc2ROVg2vrqkJ7oYRXBeGNSwqA4wDTuh"
    "3FgA1ICED3rqoN7s184JraFhaz6UZW1Ebmm5T1tMmjbwUIF1q1zFk/rnrRcnSQqADenDtB"
    "NBTYwLiYp98GpqdKxoY2rWuO9dn4XH7AUvvd1cRa8uydO8SWHZxt2dFIkAykY+NQlCbsIi"
    "392ixoPkuqoj1X0JVm5Frt7UkrZBgwaTFSsb7kXKalvQnb1gIn1DItAtGYXeMBmSZct3WO"
    "M9CLYh68u9nEuUqbPrlCRWUSSummAzrW0AyTf/bDOgherCWdr0T9Hdd8SqnC4xtX2bV4JO"
    "g3zFGedYm/30BNJhPSOlD2lJZKvfp0uXKKpH4EWAMQ0Kt3AS3uDciXBLCuaKzQKvFVwFoh"
    "Vk1SVdbKr59YjNUrQhQgCERJ1lOWq3GVF0c2PUU1IMJxIiS3qakufCVCe2FJkfbAd2SPjP"
    "AFo3o7CRHR4y6i10Z0MwMkZkKJlLoIUN7AzR8Y2X2yIebztj+97d8NeImJNBXewyu5FnKa"
    "SngCDkWY4gjs+MM9fgDatdvrBhAvzdlEFuCVa4h/ZwJoy4oF6JxPrHfUA68bDGRFJv9Di9"
    "jpG6R1wcrAW/KnstwApwgesLDzO+4M1HaXgvVDA59XtZU1vb0ERGFNzmakboankr55RDKu"
    "TdgwIj+4Na+doh+udFhtzcglOHYNRX3NlH4RL+9DPJzDekXoAqJPtKFPEAsFFypwvBNo4V"
    "B8nqu633lGdb/zeHW/oovGxUrx8nQctTfiWGeUUXTb81GgrFUl+4ozomKRQwOoUHcTlWKs"
    "XVhIpDQnrAQTDHOrGOYWdldBMB+TYIb+NlMHotq6DauiuIZnF7Gg4a/I3Y/YtjtTRGCl2k"
    "oh8SOtunvZfGc3H8kMSuzl9e+haTGeHTjigKbiIBlg23JSbr4p5NE00oQ4njI0gAzfu8DE"
    "bnMTGAjK4NvDxdnF9fn5xeezs7Pzi09xZr/G++zn9lPpcnKTInSC27x1myV9zkEkfE6lET"
    "5/3MOfq0T3UtruVKm2TURK2I1pps1pBjI3Az9h8PJz89MHLMNvs3eI+m0DLQANgzKjwNoY"
    "2F5vaHCQjCAaIiBDEyi7BuSn5kQGSVMENvbC2bLdtDCWaVRRSdgZvpY7HDAsiSheDVE8V5"
    "tlwwkBcZ7J5A4Zk2c92nWtuebs9j7pAWefd4MceRyMPp2fkyM60sgfc+1xPJn17+mG8YYF"
    "1bnWfxz2ANQVPhj/o/LRvM0WRyekxdY+fNHSWwS1glv7BESEQipXCLk9rRHGFqskMnXpvk"
    "OCaE1Bs9P5EZ+u82SHRCMCgeyQ6+j470XES1VbDYmKUA3XoZrjxxQ4o7eqDik4HhYyioEa"
    "kRLA7g0neIhVwM5OApdqFsZ5udlI98pBfx83WtNQWNOCNacmu3cdOpUlcjr7Pp7IbbWXKZ"
    "ptENCJkcUIZUcULMltWXZ4jx0zFRlpVheodMUpNuQuQFtdxe/I6AJsAKh5vjJY0Z+A1mKI"
    "E0Z13kjwRnzxRvxnf3e83laXm1U3y8P+LwCx174NWYdHSOrUCUjFth33BNoH8GUefC/T4b"
    "2MoSvqYu+zXxrroBYItYn6Vvkr7QSpsENLXAUu1SK06s5AYVXBUvJOvIphe7JNLK9Zngoy"
    "NO/DWV7CLGRmAdMCZzTcirvE+tWxSmzhFGu7zAUya8CwZxfVX04ajRWzZltnTZEqXievy4"
    "pDFkI0ICEQFfnhJ8gP92yFAyFtWS3TKKSB7zQZ0lORuG551EQS1y+dmkXiBlrtNxd3zOh3"
    "JtBtc+PUAqHo0Joebs5dFzyjd2L9Ld7ZkaGMtjq2kLZ8/550KHaMsRjARFpCxl8dN5lrc4"
    "0Sw06/Ax/cG7CLfAQ6VAygmE7i4BY+I5PcT8Y2wYjcVmecMF28bbwDx8IB9ML0M+vRG801"
    "E5EeJAOF/GFYBDxFNckP9hDUylqw0og0NZEecRsbNBfctMhh85UmUbPKiey8RT4+ep5ttI"
    "vSTWb3Jeh5xX99ibySMKBPakBHtRFDOJ3eSxBtRb5clKbOx1NnEdXxaiXk/sjQDSVpOU46"
    "4hGxFqJ9fZkD7OvLVKzpqdhG6mxsiuOcnv0WlBHpbyEnsZL0N+G0C6dd5GIV9tldI6oYpm"
    "Eh4bkLLuT4XEjA+j/Qd8+/sJs3iPO67+HvNUdqm2BFKmFFRLZg1dTdaXimtJjk/nhk7lBk"
    "OpSJ3If5blpoS69M9zIxNKhS2ATtcUraI6iJGLrpDnhErIUOeD3lAClABWD22rcQ3+s88F"
    "6no3sdA5dWJ03cACUd34BI+1LzakDYXvwLLQstIA6ItKITH3sNsa7CZbFcU0+gfR26FgZa"
    "R1hXC5GivgQflCi9X3soUaiq1P6VbCOltEQaYxaWa1/vv8rV+68yev9VvPdnlQRPnzIPqA"
    "FertfTVMW6enjdBflZsXA72TJJnzfDUm3ozceeOUVwpZQqmhZcsXW5pJrDkkLNXKv5VCEf"
    "zgbRqiM+DiVXDNWQjIj67I/6+LxnBaGJ6e5iDQM5L50e6l45wj6niKlxNipUGlLLsyaPhT"
    "zoeqFDl5sF1ke1pDtHbH8nU/fg1Yt+wm9bYKo79OWOkykBMH8UzQ6DSf7YnWdhnoHWCmlP"
    "U4FZ6rMj3QPEtNkgzVKWRHFu1jDUQP9xSHOZu94+Vaa7/RTwyAwzae1eLfcQRTL4CssdtY"
    "IDZ9DWHMSAukKztKUNNDdFII7KtQ/qylOO6VBD7i+ZaGmgQgnecclWRI+OEGImMxQZ5hPs"
    "DYxVBLWUvr0TisC8IFJ14ez19OMyHzfj8X2I9LgZRsnEp4ebAcGdoU4aKY6FnLBvk2AY20"
    "o9lapUQs2xAy39tjlDdVr5Y9ta4LcHZJqQWWMxQz/cINPWx6yptA20rTT5LWJMh/Yw9yNq"
    "GnqzyJhAzHmd/i+2NG+Mvf4X2Qxh8NAf3vcA2kJFnWu/DW5+GY9/7YFXtNhg/DzX/M0Soo"
    "5rPnsolzmUYQ0llLtWdCVxr6902zMkxLM6uEokSEsNy7DxD0wN44yEPUKu0gLLCQuT05MI"
    "vPat6MRHz7yD7yqGCZNlRmaYL8JHalirVstm5Srtn2JPkrekI012dw8pMs0+DkZ3w9HPPe"
    "DKz7XpYEQmVloWY67dDfp3PSAjp6OdfpJ1DdYEzaSalUGR40WQz7g2LgPkb8QNiOGaTS4k"
    "iAuGgTuGIahwtjUjMgycEMVOn93DUm0woUSKYCNU0bTPi06bJXQcEKtAwQ361JqmX1Ffo0"
    "0VHDnDtuGrwCfoRTEVq5NYbNA51c2uNeg32psAM9YQcAXodi7AX8TglANkZactWrBvA83d"
    "Ti+koYVBYqXqKi5Ymo2XidSBJDwdpQLXDvQR9zaC4edpDOxmMfyn36qSNxux7s0qm0j4qD"
    "SQ43WB/ITPfX80Gtz1gCs/1/rTX+lvMoixX6Ppb4MJO8Aqj9JjX8dD8vsFK5zQQO5wWdDI"
    "9qWEE8W1kc16YgkFB+WEG8W1ht2hpYySw6JCzzzrmRoiJnmTBBsmM0kwJFcuT7A5Wq0wTZ"
    "C4LC/Fwd4JCaRFQqYYwMQmOK0l/HgDt+GM3+DNQprpvHOM8/NPdvfuSIdCbU+QDuvutuEM"
    "y4Ip42nw6GYwZS7HEAM2nSDzJVrIi9WR1QrNotWEPIlWAHzsPIEmEpFVZZ71Hx8n46+Met"
    "R1A79Q6nEy+PI0pYcMtLJNxAkB6U8Xi0Lb90TlWvGJHGGlYWh6juGd7W9FZYXHxbXHRVn6"
    "BVoRB6AMv+9LCjXzrWa0VOTC42dYqg15iEcYPD3QSkTMQpKCauf9g6LuKmlgJQyd6QZ7TL"
    "ANn9Wxzfa1ATVqYpSLTMelxbfG87fGASvceFqnQNmDOIW5jz8ea2iGyT81s8cnVUI93PFB"
    "fDAx3KyMIgnB091MTpg0LFQggWVvugJ0Z2UIgolwXYAUSgeDV/gOPvyuaL+DlYG3zibQpB"
    "Ft8Tu2rcDhjb34mJwjWstdCvLWCVl+smKgpVfwg2511BUcNj+DXTeDww5pLrcjFBRqIYv0"
    "KU+CZ3p+Z2wzJNK7i9jEXvtWIHtsW9gZSWJop69l3wmIlezZyiixkr1Egp1gSRvggYglAs"
    "dYIpCVuBKAMQ5/8QSWyOUaBn5uZyTe+XhKaAlpIcmDiWgpw4WJtqwzqaWQwZ4+MlQ5GHBU"
    "bLaq1UIlS7KljMKnKMPWeUWLugybaE2qHJhfZFWkSlqhVWjvvJ2AsCortyrp0JY476WyAQ"
    "GJ46XFntfV1yuuwiOSycv07MYZ7WL/sL+Emr3KAMUiRBEpUStk79IBD7EKvK9J4FLNwjiv"
    "4xXpXgdsyOQGQA7djikcC2rmcHXcIuR9ZCjLTSfBLXXPdLMcUui34cYVFbGjA2NHqXZ4uu"
    "OZboi3gfa7uLrK43heXaV7nvRcdBsfvQjCbvMWoltLeiK5o5VYNj3dtQ+IHN+5P40VXJkb"
    "f1DezaGT2Z//D2haGF0="
)
