from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "department" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name_zh" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "scope" VARCHAR(20) NOT NULL,
    "email" VARCHAR(200),
    "supervisor_email" VARCHAR(200)
);
CREATE TABLE IF NOT EXISTS "place" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "street" VARCHAR(30) NOT NULL,
    "police_station" VARCHAR(30) NOT NULL,
    CONSTRAINT "uid_place_name_331e65" UNIQUE ("name", "street", "police_station")
) /* A gazetteer entry: a road, neighbourhood or landmark and the jurisdiction it lies in. */;
CREATE INDEX IF NOT EXISTS "idx_place_name_d34c60" ON "place" ("name");
CREATE TABLE IF NOT EXISTS "sla_class" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "clock" VARCHAR(10) NOT NULL,
    "sign_within" VARCHAR(10) NOT NULL,
    "resolve_within" VARCHAR(10) NOT NULL,
    "remind_at" REAL NOT NULL,
    "extension_max" VARCHAR(10)
);
CREATE TABLE IF NOT EXISTS "category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name_zh" VARCHAR(60) NOT NULL,
    "group" VARCHAR(20) NOT NULL,
    "lead" VARCHAR(40) NOT NULL,
    "assist" JSON NOT NULL,
    "sla_class_id" INT NOT NULL REFERENCES "sla_class" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "unit" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* POLICE_STATION: police_station\nSTREET_OFFICE: street_office */,
    "name" VARCHAR(50) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "street" VARCHAR(30) NOT NULL,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_unit_kind_357060" UNIQUE ("kind", "name")
) /* A police station or a street office (街道办事处) under a department. */;
CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(60) NOT NULL UNIQUE,
    "display_name" VARCHAR(60) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* STAFF: staff\nSUPERVISOR: supervisor\nOPERATOR: operator\nADMIN: admin\nOFFICER: officer */,
    "email" VARCHAR(200),
    "password_hash" VARCHAR(200),
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "unit_id" INT REFERENCES "unit" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "label" VARCHAR(60),
    "created_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
) /* A bearer token of an account (officers' phones): only its SHA-256 is kept; revocable. */;
CREATE TABLE IF NOT EXISTS "case" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL /* RECEIVED: received\nTRIAGE: triage\nROUTED: routed\nSIGNED: signed\nRETURNED: returned\nRESOLVED: resolved\nCLOSED: closed\nREOPENED: reopened\nCANCELLED: cancelled */,
    "district" VARCHAR(20),
    "street" VARCHAR(30),
    "police_station" VARCHAR(30),
    "place" VARCHAR(50),
    "summary" VARCHAR(200) NOT NULL,
    "details" TEXT NOT NULL,
    "routing" JSON NOT NULL,
    "sla_class" VARCHAR(20) NOT NULL,
    "excluded_departments" JSON NOT NULL,
    "routed_at" TIMESTAMP,
    "sign_due_at" TIMESTAMP,
    "signed_at" TIMESTAMP,
    "resolve_due_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "resolution_text" TEXT,
    "resolution_result" VARCHAR(30) /* RESOLVED: resolved\nEXPLAINED: explained\nNOT_OUR_RESPONSIBILITY: not_our_responsibility\nUNRESOLVABLE: unresolvable */,
    "suspended_at" TIMESTAMP,
    "remind_due_at" TIMESTAMP,
    "escalate_due_at" TIMESTAMP,
    "list_due_at" TIMESTAMP,
    "sla_next_at" TIMESTAMP,
    "version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "erased_at" TIMESTAMP,
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
CREATE TABLE IF NOT EXISTS "case_assist" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "opinion" TEXT,
    "opinion_at" TIMESTAMP,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_case_assist_case_id_307182" UNIQUE ("case_id", "department_id")
) /* A co-handling department (协办) on a case, with its opinion once given. */;
CREATE INDEX IF NOT EXISTS "idx_case_assist_departm_51fe45" ON "case_assist" ("department_id", "case_id");
CREATE TABLE IF NOT EXISTS "case_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "from_status" VARCHAR(20) /* RECEIVED: received\nTRIAGE: triage\nROUTED: routed\nSIGNED: signed\nRETURNED: returned\nRESOLVED: resolved\nCLOSED: closed\nREOPENED: reopened\nCANCELLED: cancelled */,
    "to_status" VARCHAR(20) /* RECEIVED: received\nTRIAGE: triage\nROUTED: routed\nSIGNED: signed\nRETURNED: returned\nRESOLVED: resolved\nCLOSED: closed\nREOPENED: reopened\nCANCELLED: cancelled */,
    "actor" VARCHAR(100) NOT NULL,
    "text" TEXT,
    "data" JSON NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
) /* One entry of a case's audit timeline: who did what, when, from which status to which. */;
CREATE INDEX IF NOT EXISTS "idx_case_event_case_id_bec6d6" ON "case_event" ("case_id", "at");
CREATE INDEX IF NOT EXISTS "idx_case_event_kind_467792" ON "case_event" ("kind", "at");
CREATE TABLE IF NOT EXISTS "case_number_sequence" (
    "day" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_number" INT NOT NULL
) /* Last case number handed out on a Xiamen calendar day, so numbers read XM20261128000123. */;
CREATE TABLE IF NOT EXISTS "reporter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "name" TEXT,
    "phone" TEXT,
    "phone_hash" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL
) /* The person a report came from: a resident, landlord, employer, or an officer for a task. */;
CREATE INDEX IF NOT EXISTS "idx_reporter_phone_h_e47bf7" ON "reporter" ("phone_hash");
CREATE TABLE IF NOT EXISTS "report" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(20) NOT NULL /* CHAT: chat\nOFFICER: officer\nOPEN311: open311\nPORTAL: portal\nAPI: api */,
    "text" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "meaning" JSON NOT NULL,
    "conversation_id" VARCHAR(36),
    "received_at" TIMESTAMP NOT NULL,
    "case_id" INT REFERENCES "case" ("id") ON DELETE RESTRICT,
    "reporter_id" INT REFERENCES "reporter" ("id") ON DELETE RESTRICT
) /* What arrived through a channel, as it arrived, and what the hub understood of it. */;
CREATE INDEX IF NOT EXISTS "idx_report_convers_406ce3" ON "report" ("conversation_id");
CREATE TABLE IF NOT EXISTS "task_system" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(60) NOT NULL UNIQUE,
    "api_key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "signing_secret" VARCHAR(100) NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A registered task system: authenticates with an API key, receives signed callbacks. */;
CREATE TABLE IF NOT EXISTS "task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "external_id" VARCHAR(100) NOT NULL,
    "type" VARCHAR(60) NOT NULL,
    "station" VARCHAR(60),
    "subject" TEXT NOT NULL,
    "place" VARCHAR(200),
    "people" TEXT NOT NULL,
    "callback_url" VARCHAR(500),
    "status" VARCHAR(30) NOT NULL,
    "resolution" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "officer_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "system_id" INT NOT NULL REFERENCES "task_system" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_task_system__3379f6" UNIQUE ("system_id", "external_id")
);
CREATE TABLE IF NOT EXISTS "case_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_case_task_case_id_52f494" UNIQUE ("case_id", "task_id")
) /* A case opened from, or linked to, a police task. */;
CREATE TABLE IF NOT EXISTS "referral" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "response" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" INT REFERENCES "case" ("id") ON DELETE CASCADE,
    "officer_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_referral_officer_bb3c65" UNIQUE ("officer_id", "idempotency_key")
) /* An officer's push of a task to the hub, keyed by the Idempotency-Key the phone sent. */;
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(10) NOT NULL /* EMAIL: email\nWEBHOOK: webhook\nCHAT: chat */,
    "recipient" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(200),
    "body" TEXT NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending\nSENT: sent\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_error" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "case_id" INT REFERENCES "case" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4d04e0" ON "outbox_message" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "revisit" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "conversation_id" VARCHAR(36) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PLANNED: planned\nASKED: asked\nANSWERED: answered\nVOID: void */,
    "due_at" TIMESTAMP NOT NULL,
    "asked_at" TIMESTAMP,
    "answered_at" TIMESTAMP,
    "satisfied" INT,
    "solved" INT,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE
) /* One revisit per resolution of a case that has a reporter to ask. */;
CREATE INDEX IF NOT EXISTS "idx_revisit_status_7bc1d4" ON "revisit" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_revisit_case_id_3b606c" ON "revisit" ("case_id", "status");
CREATE TABLE IF NOT EXISTS "case_extension" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "length" VARCHAR(10) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREFUSED: refused */,
    "requested_by" VARCHAR(100) NOT NULL,
    "requested_at" TIMESTAMP NOT NULL,
    "due_before" TIMESTAMP NOT NULL,
    "decided_by" VARCHAR(100),
    "decided_at" TIMESTAMP,
    "decision_note" TEXT,
    "granted_due_at" TIMESTAMP,
    "case_id" INT NOT NULL UNIQUE REFERENCES "case" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_case_extens_status_a83ce6" ON "case_extension" ("status", "requested_at");
CREATE TABLE IF NOT EXISTS "conversation" (
    "id" VARCHAR(36) NOT NULL PRIMARY KEY,
    "channel" VARCHAR(20) NOT NULL,
    "state" TEXT NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "reporter_id" INT REFERENCES "reporter" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "chat_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "direction" VARCHAR(3) NOT NULL,
    "text" TEXT NOT NULL,
    "extra" TEXT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "conversation_id" VARCHAR(36) NOT NULL REFERENCES "conversation" ("id") ON DELETE CASCADE
) /* One message in a conversation, either way (`in` from the person, `out` from the hub). */;
CREATE INDEX IF NOT EXISTS "idx_chat_messag_convers_028c91" ON "chat_message" ("conversation_id", "direction", "id");
CREATE TABLE IF NOT EXISTS "personal_key" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "digest" VARCHAR(64) NOT NULL,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_personal_ke_case_id_32ec14" UNIQUE ("case_id", "kind", "digest")
) /* An ID number, passport number or phone named in a case's reports, as its keyed hash. */;
CREATE INDEX IF NOT EXISTS "idx_personal_ke_digest_8ce110" ON "personal_key" ("digest", "case_id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
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
    "3AzGb85dJdJGmo34H9XCQgwSBdpVP6mkZA0flGi2a5u+KBWZ0LLXyLCVSn51Rm6naUmwob"
    "LuiYm+V0VYYxISUA9QxgMtX7ikRdQJsxDfYwtpz8avaJNx9lLI+uTXXeJip4Xz30E/Co5G"
    "j2jBLyGHlv1qKQz05ZE3CYzpaDIe3k47mU5cA7wf/cu0E9jYd5sDKevGc7h4+QKp75TTn2"
    "38gnjOwY0vd//rGOnQfYdcnPumNmWXOd15NQN20gQkhPY7al4sIEF7YnVLL9GePpkkUF4R"
    "a743PIPXVg2ISY4QLZFlQX1PmMb+Zdr6xdmQvOwJ0ZReokWdiI3l+ALHxvDE6J49tb5Yp4"
    "9AAz67r8Tuze6UHr958bnY2F4QoDM1xQ6bbQvRdfpgjqCFLODKALwE0AB+kA+88Vlh8h0w"
    "qV4RedsD2NA3QLMJmPzS//7i6hpoBLwg0/4vYKFXvGCP8UOaRW7uLjKQKFYg0dVvZVY5Kd"
    "W+YOJlmfjWZX586zJNJ9O3RpUCJKFA+/j6+qOHkvzaNim2gvxiM8nLTmpOSsqggcha9q2M"
    "akRcUuhwMTfBZ/4CMi6WF7YnVRRLQzsxiMvSRcnelWCMbvuT2/7doIgwatL9uKVgP2Nr0+"
    "G4H+G5QvdjEW8lEwRP6esususXVNNV7M2gfets+csy1uZlvrV5mbE22f/Kfyr5SzERkbPU"
    "hDHony3smFUADgVaCG/96Xo6gpwxt8AZ9du3ENz6hwcW8SAcu+ofk9FjjvEaSqQ9E21hg/"
    "8Dun+2CaA7/710jAXDEMwdTbc1g/zA7vc/nWZtLh7cDKGElxLA/OZD/3NaA7cPo5u0+8Eu"
    "cJNSB9GhstApxNUcirSYdCm2uxQhZjU4FRMd3gaXOjGUy3oV6S62RyT6cMHVUwG70aBPLP"
    "eE43clM1PyPa9kOoz0vU5qGOxK30v6XgLYr+elFj+cFyx+OM8ufnAh8wLSlVBGvPmlDSg3"
    "ssTkhb5aFYiD9q3Et24XlyywWWkQDgUkvHLB3/EHh2hVqFIZa56shD0X9oxHW8bj8kNC+2"
    "b/lg6dCaaKUpmILMt6T4BKpqGLNvyWgkdmRBdn+9qOJRPHy+TXE7s+mPohF93GT06m2R+e"
    "LHvS4QJ1ODyZd6JbRJGZYZMSedHP8D/IthGyAFWOtekBCCwM1S4wkPa8mmPHWmGsAmwBHR"
    "rqGlovgP4P7BUC/3IsjbBoC4uDaDbQNUSAZvDyohu6C4fD+70TlJCh90fICxBhXVsghdhe"
    "J/1D8nxH5PmqVgZquiLQ8Yi+qzKm+FW+JX7Fq75EH2DBiaMWVl4KZaQXX4YkCceV0q5lNB"
    "K1D+B3ZQB+lw/wu2zZnuRwXQHorKQEPAfwCv57k3ZOGLHmmDrxaHa+tZOIn8t4YGvsBBkP"
    "bGwGW7CCUJWwDQRaOJyelwsFFkQCMwaC9mwoXzR7pVWavFJiEuoSUFuIYP0V7YB2VlICXg"
    "rwNX0z7mKyex3DnDkvIZXCecnEThDpAmTvRh9vHgbgaTy4HU6GfnpmuFzMPekSFGFlsvGg"
    "/5COFX61kUHoMylUo5VihmnB9gWx6unWO0Ww/IU/2v6scbSA6DQ7/mH5UDekxfERglBXvn"
    "8QlHYqQ4Z6/iPw/UdGR0LgOe9+5WDwZua8f3/148z56ezq3cy5uvgJzZxL9H5O//7p7PIt"
    "cKhSmFiUp8jjQ5u7EZcSDZJgXPAk/XlMtyY/f2l7ze5TyGXqPI0ehrcDZTLtT+nU1wNJTm"
    "ZmTKbjARX1SnL3/F6veL0+/aUcxz0SjaE+4kwrKeqTdPAlRd0wRX3cirLCod3WCqiiAV12"
    "kVTZEqgyZ08mpZ2eL+hCxS3dQbZkxiyCFk2Gif7qRO+R/RKZHey4TxWrosWugL6aFiKMuA"
    "kR8N/Pv3PQYTpuY/r87g+3H5a7oUswq/ThPb6Nnj7MfQOq9WC3TtYna/pmPpNzgHuH2Z3z"
    "zYF6k1+IGCVvV+MNmn6BA/X+w3X2JvtXqiuHeYQNqUaHikFPN6bxhY7J/k8t6bGDZgc667"
    "m3P1tp9iWUkJH/EsRA8HHswj9G0iKTBNS/uR0MPw3uesBCC6S9InVmUIen//OAKVOjRuXM"
    "GI8+Tt0W2LHZ+cnw50f226u7T88Pph/Hj941vEmXHZuMHvzruoM8PXb7MJqwI95Yw9qMng"
    "a+HDaRK3fbf7wdPDy4zRiuuo5UMZjOo5BxgrkwrePihMa3hdmi3xregVVYGuZAoH3o1h8e"
    "Ic56Db20gNLDRSQi8rS884DcwDpxFdlQ422JMkGQTs5BSbUUdR/KiFFwjt32GAXnpoPP6T"
    "3gmBXFrpbBM798X0zk24az2fp9lQaSuFArh5K6bTv0daE7KlKViBXkIJ7/EeTJi/FFtKqi"
    "pefo7bILQlxQboIg8iYIKYq3ipZTolLPout5p285ISh1LLKOs3GUSoN2Rlpq+wS0vdsuRQ"
    "lRqWeR9RyF5CpqOSEodSyyjt0P0mEIKDb6ytH0lB4t+JaTom0gDbeRKd0iXydU7sPo8eeg"
    "edoB4qyK9GCkf7JXyeigXMCPeyGBNdLhhegGn58e+kM3Joe+mjrVCjvKrjL6OFaoxNPocT"
    "K8GT4Mp/9Lb4ptBTsWe1+TalGba7pmb2bGx0fv2v2bh0EPOIZ3ffftSvWBpml54hATGepu"
    "ZnFKVo6vYo+v7mLaXQ3jlLDUtci6pghAnSK/o7Y54lLfIuubUa476jolKvUssp7juY9VJ+"
    "ukqNSzyHp+RRbhZqXkJorGJA63Nuy8IVXWky0qtyz/xr4ax1R3VHNSUqpZaDVT3HcjAxOC"
    "cgIUWcepBUQlJ8GU1E4ToWBKrX0qTK7VKQlseoWPXH2eRfa4a/tb3m1Vx9Q11gsVvKwIb1"
    "ZSApwFOLtGtCS+WUEJbxZeVk2sGq4xCQno1lofwQSVBbhypY8Wltjrpup8pKbznCof/Mmt"
    "BoQr1VIRrB+XhbhsKZX0IFEDvCW38TpRYGPjYpl+G5v9axkb2lRtJdNns6ZSCYgDp6sGeF"
    "tX7SeNcMpBLYFuzLySI28pjLMG6R5VrMJPQpZpKt4UT+6GJ9hueCcJkoVMbO2L0ti9SEu/"
    "NhuSF0XXjJcautKUXqu9PWmJLAvyFutW60veZVram7BjzzFnm4AqEI3ca3xAhMDnts5xFn"
    "rVyN77K4+9q7T1kzORRbABdeUFbfZE6sm/FLVs24QWszhLV7fk7OmRD+rIQFNM/9kO7SB+"
    "sZZ8qgzFioVAfWMzpxxoZIoWFwVVYNSwxD4RC/z9Choqnb6fY/svsD0brt5dLr3dGt4CbA"
    "AI2NW7gO0yBOi4A7CpGe6OD9S9A88atQF520PUfn3urhBBNdQYJ5jeG2Jb6UviesCyvJ5I"
    "7Do7n1dez+8eWWTz1+TERARe+VFLckUTa3F8+HbIcklKyjQXkdNcgpGw/IgVk5BZGMJlYb"
    "QR3cKoK6mD9i9JjooGbvloK+ES/rf9yW3/biBKoPVU4d1/04pKbtkOvoZH2ea4GiGfu8XT"
    "QGG7rY4G9QMBbWxtAF76pv53BEBH1WzA5nzqH6Ae+LLCQNVU+j+0qSewQkYXLC28pn9qix"
    "XwivYCG3u/s+5GY3epuFVC7POqtyJ4sG2aLAQu2IzULfBU8vfJ4+N6CnvjlQe34cXi7MNV"
    "9qsFnrqEwK6hrAee0y+y9Qyph7Nfr0hcQPaJNvQJaqHgShsyhAItHIrPS1UjPi+oRnyerU"
    "ZctUqOLI2zOx3H7I0s1vkVWoP2YlRkbVWN4uqMqFzVeQJUqL9fZMUFfwkhuU6Ct95PMsxt"
    "Yphb2F0lwXxIghlGOfYyW39Ltn5idpGrpL5F7v7R3SZwgiisTFs5JH6qVXcrm+/tPqiQuM"
    "RWXv8BEtvl2YEnDliyD1IBdmwvqeezRh/NoE2o46lCC6hw0wUE+80JsBBUwecPF2cX1+fn"
    "F+/Pzs7OL95lmf0G77Od28+ly+lNqtAJfvPWbe74vgSR8D6XRnj/dgt/rlPdK3m7aebaNi"
    "kpaTfmmTbHGcj8FRGcwStaK5E/YFlRm61D1G8raANoWYwZBfbKws7zigUH6QhiIAoyJEAL"
    "G9CfhhcZpE0RWDlz4FBdW8TGWGVRRc3ODk6N3GGPYUlG8RqI4vna3DWcEBMXmUzu0DF52m"
    "Nd154Zo/v74e1g3KO9cqktkEWPPA0e352f0yMmMugfM+NpNJ72H3qAfY9Qnxn9p2EPQFMT"
    "g/Hn89He1nhT/1x9hLRo08XBGWm5F+GeGkniuUbQqLgXYUzk24azEZ6f3p4VNXWXs3CZtn"
    "zbnyPaUNDreH7Au+sy2R1pRj+W3XGdHr+DiPZO5eETojLUInSo5fAxAcHoqfqLpzGLDFlV"
    "K6clpCSwW8MBAWI1sKvj2KVOC+PydVAS3asEfX3YaMuJwpoXbDk2WR126FyWx+vs23gev9"
    "VWpme6QsBb8Q0g8ETBgt7Wze7uuceIpiLD7gKdrUnFltoFaG3qeIOsLsAWgEbg64Il+wlY"
    "bYss4dPkjSTvIxbvI372difobU25WU2zNO7/GYgLWJpAQKYNVidpTIpYNbRDCQn3jnArK0"
    "hWVQaRpFTriILryxJDyPVl7hDCTsntVL4RmqBCwFJWbStfGilOSO5buC12qRah1XQej1vr"
    "Lid7J6iDtyVnxw6alan0w7JnvEU6rp/i+iGsbB8LWuMu9UFMrFOPJMfn2eUChbV63GdPV+"
    "mRvs1BY9py1mzrrCkT7ptk192Sp5UQjUlIRGWW/RGy7ANbYU9IW1ahNw1p7DvlQ3osKt0v"
    "+sul0qOCwEVUeqzVdnMx5Ke/I8B0yMqrqMLQYZVR/MzFLnhBG2r9zTfukaGK1ia2kbHYfE"
    "87lHvMZTIAQQYnb7KJm8yMmcHoea/fgTf+DdyLvAUm1CygES/9cg1fEKH3U7FDMaK3NV1m"
    "ni2BtzbAs3AAuzD7zHrsRjODINqDVKDRPyybgqfphP5wH4JZWXO3hCVL8GRH/MYWy6gnNj"
    "1MvrBUdLfCpXveph8fO09M2i1RvsnsvwQ7r0Wvz4raSgP6qAZ0WhsZhPMpPo5oK5IO08GC"
    "ctGConBBtuYLvT+yTEvjLWrKRzwl1kK06+dVg7Epi3N+DmJcRiYhFkcUdklClE67dNplRl"
    "xln903oqphmhSSnrvkQg7PhcSs/z199/LL40WDuKz7nvxeSyQYSlakFlZE5mzWTd0dh2fK"
    "i0luj0eWDkXmQ8nlPsiG2GjNrsz2nLHYZj5snw5JexyR9ohrIoNuvgOeEmuhA95MUUUGUA"
    "WYg/YtxPe6DLzX+eheZ8BlNV6528jk4xsTaUNGZOMIO/N/oUWlsqAxkVZ04oMnnepwUWnI"
    "CAXa16EbYaBNhE09N4uau9A9EhGDE2X3E2Sd+wLqOjNfFcfKqa+RR3gl5drXea9Kdd6rgs"
    "57le28RXXR82e8PQqh79ZnWaZhU/2z6V0J3IrpDt+wyJ/2klJt6M2HnvhkbGQnVZxabMQx"
    "1R3VnJSUahZazceK2Ag2iNYdsPEYtWqoJmRk0GZ70CaiLWuILEzCi50YyGXZ8ET3KhG1OU"
    "ZITLBRodaIWJkldW7Egi332Xe1WGx5U0u6c8r29xJt9158GOXrtgWmpiNX/jiZE7+KRtHi"
    "KJYSjd1l1tVZ6Fmj7Vkmr5u57En3ADVtVsiwtQVVnJ/0Cw3QfxqyVORusFkX8ffgAgGZQX"
    "hL7xq5h6w0IlZUjV8GI5+V2asKhmDQNhyDgKbGkqwr12FIy7UP6tozhtlQQ++vELSwUKX8"
    "7KxkK4I/B4gQ0xmKDvMcewNjHUEjp2+HQimY51SqKZyDnn5Y5uNmNHpIkB43wzSZ+PHDzY"
    "Di7qJOG2mehczZvEoyjG2lnnYqNMLMsT0t/bY5Q01a+SPHnuOvHxAh0LXGMoZ+skGhrY/d"
    "pso61rbW3LWUMZ3YyD2KqBnoq03HBGrOm+x/ua/7ydjr38iOEIMP/eFDD6A11PSZ8dvg5p"
    "fR6Nce+ILmK4xfZka0Y0TacS1nD5UyhwqsIU7NcM3UuBue5dueCSGR1SFUIkFeZleBjb9n"
    "ZpdgJOwBUo3mWOWsK85PIgjat6ITHzxxDm50DDmTZf5q15iIGIldrVrsWpSrtH2KPUreko"
    "kM1d+Cpco0+zR4vBs+/twDvvzMmAwe6cTKqlrMjLtB/64HVOR1tONPsr7BytFMrlkZFzlc"
    "BPlMaOMyRv6m3IAMrsXkAkdcMgzCMQxxhbv7UyLLwpwodv7snpRqgwklUwRPQhWn9nmxaX"
    "MHHcfEalDwCX1qp6ZfWR6jTQUYBcP2xBdxj9GrRjS7w60V6J3qFpcKjBptTYAZGQj4AmxP"
    "HBAtYvCq+blVo21Wb28FSbhdDm1oY8AtNF3HBXdm41UqtScJz0ap2LVjfcS/jWT4RRoDu0"
    "UM//H3+xTNRmx6x89TJHx0FsgJukB5wueh//g4uOsBX35m9Ce/st90EHN/PU5+G4zdA27h"
    "UHbs02hIf79iTRAayB8uKxrZkZR0ooQ2st2euIOC43LSjRJaw/7QsouSk6JSzyLrmRkihL"
    "4Jx4YpTBJMyO2WJ3g6Wq0xTZC6LK/VwQ6FJNIyIVMOYHIPm9YSfqKBe+KM3+CrjQzivXOG"
    "84tOdrduKIcSbY+QDutvluENy5IpE2nw6BYwZT7HkAE2nyCLJFrIizWR1QpJ1WpCgUQrAD"
    "50nsApEpF1ZZ71n57Go08u9WiaFn5l1ON4cP9xwg5ZaOkQJAgBGU0X80q776TlWvGJHGCl"
    "YWJ6zuBd7G+lZaXHJbTHxVj6OVpSB2AXfj+SlGoWW81ooamVx8+kVBvyEA8weAag7RAxS0"
    "hKql30D4q5q7SBzRk68w32jGAbPqtDm+3PFjSYibFbZDorLb81kb81AVjhk6d1KpQ9yFKY"
    "2/jjkYGmmP7TMHt8VCU0wx3vxQdTw80uKJIQP90t5IRpw0oFEtzsTV+AbYwMQTwRrguQxu"
    "hg8AVuwJs/NeNPsLTw2tvDmTZiLf7Ejh07vHLmb/k5oo3cpSJvzcnyUzULLYKCH2ynoq7k"
    "sMUZ7LoFHHZCc6UdobhQC1mkd2USPPPzOzN7GdHenYXX2zZj6p9L4BsItALaQxvD3lCSAz"
    "d3l5JQ4ttey87ZpGSHBDnJcp6AByFT/A+R4l+UeBKDMQt/9QSU1OVODPzSzkS284mUkJLQ"
    "As8DSWmpwAVJt2wyKaWSwZ0/MtQ5GAhULLau1T47llTLGYWPUUat8wXNmzJL0jWlSmB+UV"
    "RRirfCqtrWdaGENApTWLKRiTtt5TrjMYnDZaWeN9VVay6CI3O5d+qXp2Zzy+27vgk1Bwvz"
    "qwVoUlKyVMfWzP0AsRqcp3HsUqeFcVm/KdW99tgPyY8/7LsbUjIUc5rD1WFrgD+5MRyo02"
    "7d4biW8dPdIs/S9BuyHT7KBbf6Bhje0cdZz5HVBSYkhHUm/wDAFjCphhFgD6T6cSlI0HfE"
    "r1FCugASoNmE7c5DW7BdRTi7/TR0E473+3sYtX2hHciLXtEebXf+KAp6+W26UURTxrhEmi"
    "q6BQ52oOey3nXQvoXEZgPVMMIPo3z0MJBoIcD17y0kQLrPsRGWi0CPb0MKugi0jyxtseKZ"
    "RP6ZQmsIRm2EYdjldL/ndJ/LT+ZPSfkEZRvmpIurqzJ8+tVVPqHOzqV3FzSrIOw3byG6ja"
    "yaoHe0ubu55O/JEBM5fMjiOOxgbbsv7JUOvO9k9vf/A3zlIzw="
)
