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
    "details" JSON NOT NULL,
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
    "version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "category_id" INT NOT NULL REFERENCES "category" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "duplicate_of_id" INT REFERENCES "case" ("id") ON DELETE RESTRICT,
    "unit_id" INT REFERENCES "unit" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_case_departm_926e25" ON "case" ("department_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_status_14d88e" ON "case" ("status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_case_categor_53ab9a" ON "case" ("category_id", "place", "created_at");
CREATE TABLE IF NOT EXISTS "case_assist" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "opinion" TEXT,
    "opinion_at" TIMESTAMP,
    "case_id" INT NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_case_assist_case_id_307182" UNIQUE ("case_id", "department_id")
) /* A co-handling department (协办) on a case, with its opinion once given. */;
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
CREATE TABLE IF NOT EXISTS "case_number_sequence" (
    "day" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_number" INT NOT NULL
) /* Last case number handed out on a Xiamen calendar day, so numbers read XM20261128000123. */;
CREATE TABLE IF NOT EXISTS "reporter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100),
    "phone" VARCHAR(40),
    "created_at" TIMESTAMP NOT NULL
) /* The person a report came from: a resident, landlord, employer, or an officer for a task. */;
CREATE TABLE IF NOT EXISTS "report" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(20) NOT NULL /* CHAT: chat\nOFFICER: officer\nOPEN311: open311\nPORTAL: portal\nAPI: api */,
    "text" TEXT NOT NULL,
    "details" JSON NOT NULL,
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
    "people" JSON NOT NULL,
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
CREATE TABLE IF NOT EXISTS "conversation" (
    "id" VARCHAR(36) NOT NULL PRIMARY KEY,
    "channel" VARCHAR(20) NOT NULL,
    "state" JSON NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "reporter_id" INT REFERENCES "reporter" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "chat_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "direction" VARCHAR(3) NOT NULL,
    "text" TEXT NOT NULL,
    "extra" JSON NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "conversation_id" VARCHAR(36) NOT NULL REFERENCES "conversation" ("id") ON DELETE CASCADE
) /* One message in a conversation, either way (`in` from the person, `out` from the hub). */;
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
    "eJztXWtz4zay/SsofclMlZKyPbbj6N66VbKtSbSxJZekSebuaouBSEjimiK4fPixufnvFw"
    "DfT5ESKUEcfLJFovk4DQLdpxuNPzsbrCDN+qEvy9jR7U4P/NnR4QaRf5KnuqADDSM8QQ/Y"
    "cKGxtjDSaGHZJpTptZZQsxA5pCBLNlXDVrFOjuqOptGDWCYNVX0VHnJ09d8Okmy8QvYame"
    "TEP/5JDqu6gt6Q5f80nqWlijQl9rCqQu/Njkv2u8GODXX7M2tI77aQZKw5Gz1sbLzba6wH"
    "rVX38VdIRya0Eb28bTr08enTeS/qv5H7pGET9xEjMgpaQkezI6+7kMJjHUkajWfSdDCTpE"
    "4FgGSsU3DJo1rs7Vf0Eb6/OL/88fLm0/XlDWnCHjM48uNf7q1DYFxBBs9o1vmLnYc2dFsw"
    "jENQHQuZ7P8UtHdraGZjG5VJIEwePYmwjye/EG/gm6QhfWWvyc/rswI8f+tP7n7pTz5cn3"
    "2kN8TkI3A/jpF35oKdopCHECuqZWjwXaoKc1KuHqj9AyHW4SfcArBNrOWAPNCdDQN6SB4I"
    "6jJKAe7L8gx0Zzrrf/7cA+QVlsu5Pv3yNJj8NpyOJ+SQYyDzRbWwOdfH5HB/Ro9igz41Pd"
    "a/fxyOegAqG1UnLT5/Ht4NaIPlUpURe8Wq6rsoo76LfPVdpNSHNlDVqnwkgcBOSvOGGT4/"
    "jouzcvAW4ZsC2ICW9YpNRVpDa10F6JSgALwU4EvSP5EiaXil6lYFAyYlt92WqWtUOuPalg"
    "mh1bD8TCAiRmnWmHFPULHVDcqGNymbQFfxhH/w/zm9vl0A5Wz4OCDzyOMTvfzGsv6tMcD6"
    "swE9c8GOvieOfrhO9PrgIuD34ewXQH+Cv49HA4YmtuyVye4Ytpv9vUOfCTo2lnT8KkElio"
    "l/2D8U0zTxNdSXjHn9FpMpG+rZKg6FEspdEKmmvh3fcD2sQm/H44eYLm+Hs8QY9eXxdjD5"
    "cM6USBqpNsr+qGQTUUgkaFf9pOKSNXxQvNmubfqiFGRA094g3ZYq+dUpuZ2mJc6GyronJv"
    "JeFWGNSAhAXUApD7R8ziQtwk6YhvgzNpG60n9F7ylnL4GsR37dxy52Wjj/5fcj/2j4iCZ8"
    "DTi09FdLYCAvj9xJYEJGk8nwbtZJdeIa4P3iXaadwEa+2xxIaTdeQPn5FRLfKac/2/gZZT"
    "kHt57c518nSIPsHXJx7hvqjF7mdOfVFNhxZuAF0eZ7YXQHLTR4adWXHie/0BKZJtT2hGni"
    "XaatXcmG1vOeEM3IJVrUiegghS9wZHCKDVvpU5uLTfII1OGKvRK9N71TcmDKCjxFBq2CyJ"
    "OhSnbQbFvsqdMHCwRNZAImA/ASQB140SvwwaM7re+AQfSKrI89gHXtHai2Baa/9L+/uLoG"
    "qgWekWH/FzDRC5bpY/yQpEebu4uIkPEVIWP6rUyXxqXaFyW7LBO4ucwP3FwmeVLy1qgS8x"
    "8ItI+Irj8sJlidbZNiK1gdOpM876TmuKRgw3nWsmdlVGOY4kKHCyZxPvMXsEyRhKc9OZBI"
    "ftWJQVyWB4n3rhgVctef3vXvB0VMSJPuxx0Be4XN906G+xGcK3Q/5Ggrkfl2Sl93kV0vE0"
    "1XsTf99q2z5S/LWJuX+dbmZcrapH+l/1TylyIiPKdfcWPQr0zsGFUADgRaCG/9eWgaghlj"
    "boEz6rVvIbj1Dw/QslQrw67623Q8yjFeA4mkZ6LKNvg/oHlnmwC6899LR5cphmDhqJqt6t"
    "YP9H7/02nW5sqCmyIU81J8mD889r8mNXD3ML5Nuh/0ArcJdVgalGSNQFzNoUiKCZdiu0sR"
    "YFaDUzHV4J1/qRNDuaxXkexie4RYZWihGqKHLQK70aBPJKkiw++Kp1zke17xPA/he53UMN"
    "gVvpfwvTiwX89LZfWfF2T1n6ez+hlkbkC6Esooa35pA8qNrJ14Jq9WBWK/fSvxrdvFtWRs"
    "VBqEAwEBr1jJdvzBIVzuKFXGOktWwJ4Le8qjLeNxeSGhfdNaS4fOOFNFqUxEmj68J0Al86"
    "t5G35LwXM4p/0UO49LiiJFqgmmfkCytrEvifzxw7NATxqUUSeDAHJPdIu4HyNoUiLhdwX/"
    "g2wbIRMQ5ZjvPQCBiaHSBTpSV+sFdsw1xgrAJtCgrmyg+QzIX2CvEfiXY6oWDSNQgl+1ga"
    "YiC6h6VsJvQ3fJIKf+0fGLfpD7I+RGPrCmykiybLeT/lMQWEcksKrWcmm6hsvxGKyrMjbm"
    "Vb6JeZVVL4c8gJwRICyslRPICPe0jPcfjCulfaZwJGofwJ/KAPwpH+BP6UIr8eG6AtBpSQ"
    "F4DuAVHNMm7ZwgFJth6kTDtPnWTiwwLAJdrbETRKCrsRlMpiV8KmHrC7RwOD0vF+MqCHGl"
    "DAR1pUuvqr1WK01eCTEBdQmoTWRh7QXtgHZaUgBeCvANebPMVVKfNQxz5ryYVALnJRU7Qa"
    "QLkL0ff7l9GICnyeBuOB16eYfBOih2khEUQS2pyaD/kAyCvdlIt8gzSUSjlYJhScH2RWfq"
    "6dY7hWa8FS3q/qxxuDLmNDv+YflQFqvJ8BH8GE6+f+AX4ylDhrr+I/D8R0pHQuA6716tV/"
    "Bh7tzcXP04d346u/o0d64ufkJz5xLdLMj/P51dfgQOUQoVCxPwsvjQ5m6USYn62R0MPEF/"
    "HtOtyU/M2V5l+RSSdDpP44fh3UCazvozMvX1QJyTmevT2WRARN0iyj2v10tur09+Kcdxj3"
    "hjqI840wqK+iQdfEFRN0xRH7cGKHdot7VmJW9Al139U7ZopUhGE9lWp+cLMqgya1JYWzJj"
    "ZL9Fk2GiPzvhe6S/RGoHO+ypIuWh6BXQm2EiixI3AQLe+3l39jtMhzUmz89+sH4YuWHT1/"
    "dLevjzl59rVNPdhDN60FwcZ7Nw968p7esEEiLOVsIM97/FXbz9UJpnk5xYE3eD4W+D+x4w"
    "kYzUF6TMdWJe9H8eUGWqZAif65PxlxlrgR2bnp8Ofx7R3zTkRX9PBrMvk5F7DdsxvWPT8Y"
    "N3XRaqIcfuHsZTekTWsOW2GT8NPDlsICZ31x/dDR4eWDOKq6YhhQ9e4SiuL2cGQ+s8X67x"
    "bWFu1reGt29flYbZF2gfuvWTkZaz2UA3CFd+/VsgwvO0vPOA3MByQwXZUM2qrJ9ftSgiwk"
    "fZInrb1pQtomYYfZ4KComICIXUrpCC4kYFI1FUqJVjUe0Ly99kzVGQIoWsTKVRKU+ejy+i"
    "VZXVXE9xl2rcUUFRjJvnYtws4VVx0A5aTogKPfOu552+5Zig0DHPOvbTqXf7nNPSQtsnoO"
    "3ddsuIiQo986xnl2ffZeubqKDQMc86Zh+kQxGQbPSWoekZOVrwLcdF28A6Fml38HVW7OsE"
    "yn0Yj372mycdoIxFTC6M5F/6KikdlIsYZl6IY410smJ8g69PD/0hC+qhN0MjWqFH6VXGXy"
    "YSkXgaj6bD2+HDcPa/5KbYlrBj0vc1iBbVhaqp9vtc/zJyr92/fRj0gKO712dvV6oPNM3r"
    "vyDTygyg5OY0RCQOlzR43tAnVve24WKTtm9irnIMZUc1xyWFmrlWcyLHrOQAmcxME5nV6X"
    "HyuHnrnNl5tYPrGJpKe6GElxXhTUsKgNMA06Wc1YCNSAhAty60iG7Xt+cyixaub+4mFlkk"
    "5pucJRbZo28NCFdayMJZP657HUtykKgB3pLFgU8U2Mi4WKbfRqanWsaGNi11SfXZ9Fy+x+"
    "qr4GpieVFxMWdRxZmzKs4nCZKJDGzui9KEXaSlX5sNrWdJU/XnGrrSjFyrvT1piUwTZqW9"
    "VutL7mVa2puwYy9wRnmrKhCN2TUekWXBVVvnOBO9qNbeG15M3Ku06ZNrep2xZxPkrDYOLY"
    "biNcdSuAtvmTJUMv5+DXWFjLKrSHknWhLq6tPl0i0G9RFgHUBAr94FtIghIN0DYEPVWUEp"
    "YoCDlUqm6qzqU7VfP7PolL/YOuL1itJTx1zt6ymvSoQ/IsJxHJnbyL4H3w7xqrikyKDhO1"
    "xFRviKoapAQoSpuAtTtRHdQtbfylhh2hSrxxu45dn+4JON0Xl3/eld/37AC9F/qvDuX7Gq"
    "aU/A5b1yHIGAFNviB6CXsjuyd8Y6cjfLAnjpGeLfWQA6imoDOucT6x31wOsaA0VVyF9oEz"
    "t9jfQuWJp4Q/5V5TVwa4gAG7u/085AY3epWCcp8nmJCkKczR1FPoXYZ7rBJFH6iUn7FRFK"
    "XIJjJ04UEsrpF+l1zMQX2a9XxC4g+kQb+gSxJXClSm6BQAuH4vNSZUzOC8qYnKfLmFRdHS"
    "OWxOxOnFF7I411Qb0Yrz0flRhaVZukOncpcuxPgLT0yjpX49fiQiKjNmMhkuCCW8UFt7C7"
    "Cir4kFQwDAvf74lq60roJ3GNzy4in/5bZNlHrL74FBFYqbZy6PZEq+5W3t0tWy5ZUYmtDP"
    "wDtGzGiANXHNCkGaQA7NhucsxXlTyaTpoQx1OBJlDgexdY2GtuARNBBXx9vDi7uD4/v7g5"
    "Ozs7v/iU5uAbvM8em1qTm1ShE7zmrasKf1OCSLjJpRFuPm7hzzWieymvDH+ubZOQEnZjnm"
    "lznIHMSwDPGLzC1PD8AcsM22wdon5fQxtA06TMKLDXJnZWaxrGIyOIjgjI0AJq0ID81N0Y"
    "HmmKwNpZuJtIWjbGCo3/qRl7VTZyhz2GJRHFayCK52lz13BCRJxnMrlDxuRZj3Zde667+0"
    "9Oet5+qyY58jQYfTo/J0cMpJN/5vrTeDLrP9AtLE0banO9/zTsAWiofDD+B+WjeZstDk5I"
    "ixrmfNHSGwT1ijXMIyJCIbUrhNyelqhiS1Aymbp83yFDtKGg2fH8iE/XZbJDkhGBSHbIdX"
    "L89yPiOxXhjImKUA3XoZrDxxQ4o7fqDim4HhYyq4GakBLAbg0n+IjVwM5OIpc6LYzLcrOJ"
    "7lWC/j5stOZEYc0L1hyb7A46dC5L5Hb2bTyR12orUzRbI2AQI4sRyq4okMltWR53jx2zVA"
    "XpdhdodG0oNpUuQBtDw+/I7AJsAqj7vjJY0p+AlgJIE0ZN3kjwRnzxRvxnf3f83taUm9U0"
    "y8P+VoDYb9+GrMMDJHUaBKRq+yv6Au0D+LIMvpf58F6m0BVlmbfZLyfroFYItYnySuULvU"
    "SpsH0rLEUu1SK0ms5AYUWpcvJO/IJVW7JNbL9ZmVovNO/DXV7CLGRmAdP6WjTcirvE+nU3"
    "Ts6xtne5QGG1Fvbsok7LUaOxYtZs66wpUsWb5HVZbcJKiEYkBKIiP/wI+eG+rbAnpC0rpZ"
    "mENPKdZkN6LBLXq86ZSeKGlTuLSNxIq+3mYsCMfmcBw7HWbtUOig6tvuHl3HXBM3on1t/i"
    "nR0ZKmhjYBvp8vv3pEOxY4zFABbSMzL+mrjJXJ/rlBh2+x344N2AXeQjMKBqAtVyEwc38B"
    "lZ5H4KdghG5LYG44Tp4m3zHbgWDqAXpp9Zj95orluI9CAFqOQf0ybgqZpFfrCHoFbWghUx"
    "pKmJ9IjX2KS54JZNDluvNIma1Thk523y8dHzbEcxlG8yey9Bz6vh60vklYQBfVQDOqmNFM"
    "L59F6GaCvy5ZI0dTmeuoioTlcrIfdHpmGqWctx8hFPiLUQ7evLEmBfX+ZiTU+ldoxkY1Ma"
    "5/zst6iMSH+LOYm1pL8Jp1047SIXq7LP7hlR1TCNCwnPXXAhh+dCItb/nr57+YXdvEFc1n"
    "2Pf68lUtsEK1ILKyKyBeum7o7DM+XFJLfHI0uHIvOhzOQ+rHfLRht6ZfRmI1OHGoVN0B7H"
    "pD2imkihm++AJ8Ra6IA3Uw6QAlQBZr99C/G9LgPvdT661ylwaXXSzK1K8vGNiLQvNa8BhJ"
    "3Fv5BcaQFxRKQVnfjQa4gNDcrVck19gfZ16EYYaANhQ6tEioYSfFCi9H7toUShplH7V3LM"
    "nNISeYxZXK59vf+qVO+/Kuj9V+neX1QSPH/K3KMG+G69nqYqNtXDmy7Iz4qFO9mWSf68GZ"
    "dqQ28+9Mwpgis7qeLUgiuOoeyo5rikUDPXaj5WyIezQbTuiI9LyVVDNSYjoj7boz4h71lD"
    "aGIaXOzEQC5Lp8e6V4mwzzFiapyNCrWG1MqsyWMhD7peaN/lZpH1US3pzgnb383U3Xv1Yp"
    "jw2xaYmg59eeNkTgAsHEWLw2BSOHaXWZhnopVK2tNUYJb67Er3ADFt1ki3VZkozssahjro"
    "Pw1pLnPX36fK8rafAj6ZYWWt3WvkHqJIBl9huYNWcOAM2oaDGNBQaZa2tIbWugrESbn2QV"
    "17yjEdasj9JQvJJqqU4J2WbEX06AAhZjJDkWE+w97AWENQz+nbgVAC5gWRagpnv6cflvm4"
    "HY8fYqTH7TBJJn55vB0Q3BnqpJHqWsgZ+zYJhrGt1NNOlUqoObanpd82Z6hJK3/s2Av89o"
    "gsCzJrLGXoxxsU2vqYNZU2kba1Jr8ljOnYNuZhRE1HbzYZE4g5b9C/Ykvzk7HXv5HNEAaP"
    "/eFDD6ANVLW5/vvg9pfx+NceeEWLNcbPcz3cLCHpuJazh0qZQwXWUEa5a9VQM/f6yrc9Y0"
    "I8q4OrRIK81LACG3/P1DDOSNgD5CotsJKxMDk/icBv34pOfPDMO/iuYZgxWRZkhoUifKSG"
    "tWq1bFGu0vYp9ih5SwbSFW/3kCrT7NNgdD8c/dwDnvxcnw5GZGKlZTHm+v2gf98DCnI72v"
    "EnWc9gzdBMrlkZFTlcBPmMa+MyQv4m3IAUrsXkQoa4YBi4YxiiCmdbMyLTxBlR7PzZPS7V"
    "BhNKpAiehCpO7fOi0+YOOo6I1aDgE/rUTk2/or5Gmyo4cobtia8Cn6AX1VLtTmaxQfdUt7"
    "jWYNhoawLMWEfAE6DbuYBwEYNbDpCVnbZpwb41tIKdXkhDG4PMStV1XHBnNl4hUnuS8HSU"
    "ilw70ke82wiGn6cxsFvE8B9/q0rebMSmN6s8RcJHo4EcvwuUJ3we+qPR4L4HPPm53p/+Sn"
    "+TQYz9Gk1/H0zYAVZ5lB77bTwkv1+wygkN5A2XFY3sUEo4UVwb2awn7qDgqJxwo7jWsDe0"
    "7KLkuKjQM896poaIRd4kw4YpTBKMye2WJ3g6Wq0xTZC4LC/VwQ6EBNIiIVMMYGITnNYSfr"
    "yBe+KMH/GO7YKk2OjpbuGudKRhpYRYxtZ5AnQnDQiixEcXIJXyb+AVvoMPf6j6H2znOXfT"
    "D7b1cxf8gR07cnjtLD5mc4KN3EWsgeOLcVNUE8lVK/rFhNrIspUh2fI5tlRBSvRWqZyf37"
    "4VyB463cDl7lNo5+cTBgIim7BYGTtkE+5Acgjf4AR8AxGmOUSYpsh5SGwhva8TUW1Hat7A"
    "L+1MpDsfV05FVAtZXkVCSwVuRbJlk+vsKhnsRRu81TcYcLTgv66I7Y7L4nJG4WMsheu8ok"
    "VThk1yXVCpZUEFq4KyouSV6hcHAsKqrN2qpENb5ryXywZEJA5HTZ431ddrXgkhCP1devbJ"
    "Ge2ihus3oWY/O7Na7CYhJfK1t4ZvfMRq8L4mkUudFsZlHa9E99qjKKYXlNi3JGY8PnOaw9"
    "VhC8H0kanK606GW+qd6RY5pDBsw40rKmJHe8aOcu3wfMcz3xBvA+13cXVVxvG8usr3POm5"
    "ZClFowrCXvMWottIJT9yRzuzdE2+ax8RObxzfxwruDY3PmVQHZJp/ev/AcCrQkY="
)
