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
    "suspended_at" TIMESTAMP,
    "remind_due_at" TIMESTAMP,
    "escalate_due_at" TIMESTAMP,
    "list_due_at" TIMESTAMP,
    "sla_next_at" TIMESTAMP,
    "version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
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
CREATE INDEX IF NOT EXISTS "idx_chat_messag_convers_028c91" ON "chat_message" ("conversation_id", "direction", "id");
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
    "eJztXWtz4zay/SsofclMlZLyOxPdW7dKtuVEG1tySfJk7q62GIiEJK4pgsuHbW1u/vsFQF"
    "J8U6REShCDLzMWiebjNAh0n240/mitsII064euLGNHt1sd8EdLhytE/oifaoMWNIzgBD1g"
    "w5nG2sJQo5llm1Cm15pDzULkkIIs2VQNW8U6Oao7mkYPYpk0VPVFcMjR1X87SLLxAtlLZJ"
    "IT//gnOazqCvpAlv/TeJXmKtKUyMOqCr03Oy7Za4Md6+v2A2tI7zaTZKw5Kz1obKztJdY3"
    "rVX38RdIRya0Eb28bTr08enTeS/qv5H7pEET9xFDMgqaQ0ezQ687k4JjLUkaDCfSuDeRpF"
    "YJgGSsU3DJo1rs7Rf0Eb6/OL/68erL5c3VF9KEPebmyI9/urcOgHEFGTyDSetPdh7a0G3B"
    "MA5AdSxksr8T0N4toZmObVgmhjB59DjCPp78QryCH5KG9IW9JD9vznLw/Nod3f3SHX26Of"
    "tMb4jJR+B+HAPvzAU7RSEPIFZUy9DgWioLc1yuGqj9AwHWwSfcALBNrGWA3NOdFQO6Tx4I"
    "6jJKAO7L8gx0azzpPjx0AHmF+Xyqj1+ee6Ov/fFwRA45BjLfVAubU31IDncn9Cg26FPTY9"
    "37p/6gA6CyUnXS4uGhf9ejDeZzVUbsFcuq76KI+i6y1XeRUB9aQVUr85FsBHZSmjfM8Plx"
    "XJwVgzcP3wTABrSsd2wq0hJayzJAJwQF4IUAn5P+iRRJwwtVt0oYMAm57bZMVaPSGde2TA"
    "CthuVXAhExStPGjHuCiq2uUDq8cdkYuoon/IP/x+n17RwoJ/2nHplHnp7p5VeW9W+NAdad"
    "9OiZC3Z0HTv66SbW6zcXAb/1J78A+hP8fTjoMTSxZS9Mdseg3eTvLfpM0LGxpON3CSphTP"
    "zD/qGIpomvob6lzOu3mEzZUE9XcSAUU+6MSNX17fiG62EVejscPkZ0edufxMaol6fb3ujT"
    "OVMiaaTaKP2jkk1EIZGgXfaTikpW8EHxZrs26YtSkAFNe4V0WyrlVyfkdpqWOBsqq56YyH"
    "uVhDUkIQB1AaU80Pw1lbQIOmES4gdsInWh/4rWCWcvhqxHft1HLnZaOP/p9yP/aPCIJnzf"
    "cGjJr5bAQF4euZPAiIwmo/7dpJXoxBXA++JdppnAhr7bDEhpN55B+fUdEt8poz/b+BWlOQ"
    "e3ntzDryOkQfYOmTh3DXVCL3O682oC7KgJaFmk3xHzQoYW2hOrO3KJ5vTJKIHyhmjzveHp"
    "vTVqQIxyhGiOTBNqe8I08i7T1C/OhtbrnhBNyCUa1InoWI4vcGgMj4zuyVOri1X8CNThgr"
    "0SvTe9U3z8TovPhcb2nACdoUr2ptm2EF2rC2YImsgETAbgOYA68IJ84JPHClvfAYPoFVmf"
    "OwDr2hqotgXGv3S/v7i+AaoFXpFh/xcw0RuW6WP8EGeR67uLCCTyFUhk+i3NKkelmhdMvC"
    "oS37rKjm9dxelk8taoVIBkI9A8vr766KEgv7ZNio0gv+hM8rqTmqOSImjAs5Y9K6McERcV"
    "OlzMjfOZP4eMC+WF7UkVhdLQTgzionRRtHdFGKO77viue9/LI4zqdD/uCNgLbK5bKe7H5l"
    "yu+yGHW4kEwVP6uvPseplouoy96bdvnC1/VcTavMq2Nq8S1ib9X/pPKX8pJMJzlho3Bv3C"
    "xI5RBuCNQAPhrT5dT0MwZczNcUa99g0Et/rhgUY8rBS76m/j4SDDeN1IxD0TVbbB/wHNO1"
    "sH0K3/nju6TDEEM0fVbFW3fqD3+59WvTZXGtwUoYiX4sP86an7La6Bu8fhbdz9oBe4janD"
    "0qAkawTicg5FXEy4FNtdig1mFTgVYw3e+Zc6MZSLehXxLrZHJPpwwdVTAbvWoE8o9yTF74"
    "pmpmR7XtF0GOF7ndQw2Ba+l/C9OLBfzwstfjjPWfxwnlz8wCBzA9KlUEZp80sTUK5lickr"
    "ebUyEPvtG4lv1S6uJWOj1CC8ERDwigV/xx8cglWhUmms02QF7JmwJzzaIh6XFxLaN/u3cO"
    "iMM1UUykSkWdZ7AlQwDZ234bcQPCIjOj/b13ZMkTheJL/esquDqbvhopv4yYk0+8OTZc8a"
    "lFErhSdzT7TzKDJj06RAXvQC/gfZNkImIMox1x0AgYmh0gY6UhfLGXbMJcYKwCbQoK6soP"
    "kKyP/AXiLwL8dULRptoXEQ1Qaaiiyg6ml50TXdJYXD+0fLLyFD7o+QGyDCmiojybLdTvpP"
    "wfMdkecrWxmo7opAxyP6rouY4tfZlvh1WvUl8gByShw1t/LSRkZ48UVIks24Uti1DEai5g"
    "F8WQTgy2yAL5Nle6LDdQmgk5IC8AzAS/jvddo5m4h1iqkTjmZnWzuR+LmIBzbGThDxwNpm"
    "MJkWhCqFrS/QwOH0vFgoMCcSmDAQ1IUuvav2Ui01ecXEBNQFoDaRhbU3tAPaSUkBeCHAV+"
    "TNUheTPWgYZsx5EakYznMqdoJI5yB7P3y5feyB51Hvrj/ue+mZm+Vi7CQjKDaVyUa97mM8"
    "VvhhI90izyQRjZaKGcYFmxfEqqZb7xTB8hb+qPuzxsECotPs+IflQ1lIK8VH8ENd2f6BX9"
    "qpCBnq+o/A8x8pHQmB67x7lYPBp6nz5cv1j1Pnp7Pry6lzffETmjpX6MuM/P3T2dVn4BCl"
    "ULEgTzGND63vRqmUqJ8Ew8AT9Ocx3Zrs/KXtNbtPIZep9Tx87N/1pPGkOyFTXwdEOZmpPp"
    "6MekTULcnd8Xq95Pb6+JdyHPeIN4b6iDOtoKhP0sEXFHXNFPVxK8pyh3ZTK6DyBnTRRVJF"
    "S6CKnD2RlHZ6viCDKrV0h7UlM0b2W9QZJvqjFbxH8kukdrDDnipURYteAX0YJrIocbNBwH"
    "s/785+h2mxxuT52Q/WD4vdkBHMCnl4l28jpw9zX59qPdito/XJ6r6Zx+Qc4N6b7M7Z+kC9"
    "yStEjKK3q/AGdb/AgXr/4Tp7nf0r1pU3eYQ1qUaDkk5O73tZwV8dNH3PWc3cDdQK0yMbCR"
    "GaL+C5+wPJLgRhIM2zF08ckLte/2vvvgNMJCP1DSlTnXgk3Z97VJkqsfqm+mj4MmEtsGPT"
    "8+P+zwP62y2MT873Ji+jgXsNd1akx8bDR++6bBQmx+4eh2N6RNaw5bYZPvc8OWwgJnfXHd"
    "z1Hh9ZM4qrpiGFDyryKGwZZz5G48gyrvFtYDrnXw1v32wrDLMv0Dx0q49fWM5qBd24feHh"
    "IhDheVreeUCuYSG3gmyopu1Zkl0PLiTCR0E4etvGFISjZhh9nhIKCYkIhVSukJyycTkjUV"
    "iokWNR1cYh+pA1R0GKFPB+pUalLHk+vohG1ax0PcVd9jkIC4ptDnje5iBG4pbRckxU6Jl3"
    "Pe/0LUcEhY551nEyUlJq0E5IC22fgLZ324coIir0zLOeXZ59l03FwoJCxzzrmH2QDkVAst"
    "FHiqYn5GjOtxwVbQLrmKfd3rdJvq+zUe7jcPCz3zzuAKWse3RhJH/SV0nooFjEMPVCHGuk"
    "lRbj6317fuz2WVAPfRga0Qo9Sq8yfBlJROJ5OBj3b/uP/cn/kptiW8KOSd/XIFpUZ6qm2u"
    "up/jJwr929fex1gKO712dvV6gP1M3rW45lIF3ZzSyOyYrxle/xlS2X3dUwjgkLXfOsa4IA"
    "1AjyO2o7RVzom2d9U8p1R13HRIWeedZzOLux7GQdFRV65lnPb8i0UtNaMjNNQxKHW/11Xp"
    "Mqq0k3FZuS/8W+GsdQdlRzVFKomWs1x5aPFBwgY1I7DZKczXiVD5PRlRoFgY2v7xBrj5PI"
    "Hndld8O7reIYmkp7oYTnJeFNSgqAkwAnVwgWxDcpKOBNwktrSZXDNSQhAN1a6cGfoJIAl6"
    "7z0MACa+1YlYfYdJ5R4yF9cqsA4VKVNDjrx0UhLlpIIz5IVABvwU2cThTY0LhYpN+GZv9K"
    "xoYm1dpI9NmkqVQAYt/pqgDextV6iSMcc1ALoBsyr8TIWwjjpEG6Rw2jzSchivTkb4km9k"
    "LjbC+0kwTJRAY290VpxC7S0K/NhtarpKn6awVdaUKu1dyeNEemCdNWgpbrS+5lGtqbsGPP"
    "cEqR+DIQDdk1npBlwUVT5zgTvanW3rvrjtyrNOmTozZU4Wp9KXsUZAM61NEEk3+2w9oLX6"
    "whnY+iWLKwoWc+ZZQ3DIyr/CKHEgwaFqh7L+Pvl1BXyIS0CNWTpzXory+v5m71+c8A6wAC"
    "evU2oLumAPIlAWyoOqtgTxwWsFCJVZNW7r7y66dWuferO4ZYrnit+22l/Czm04lqZDzxxf"
    "R8VjUyr3skkc1egRAS4TjPnduVBx58O2RuRCVFVhvPiRv+SFh8xApJiLwC7vIKmohubhzR"
    "qoLILkj38QZu8fihlUph33XHd937Hi+hw1OFd/8i/KXcsh18DZeEzHA1NgzlFk8DbdptdT"
    "SIHwhIY3MN8Nwz9b+zAHQU1QZ0zif+AeqA9yUGiqqQ/6FNPIEl0ttgbuIV+VOVl8CtcQps"
    "7P5Ouhu13aVk6ffQ51Vt4WR/GyhRN5mzGamd46lk7/uVjusp7PVVHNyal8bSD1far3Ry7B"
    "Icu4aifHJGv0hWbyMezn69InIB0Sea0CeIhYJL1a/fCDRwKD4vVLz1PKd463myeGvZmiCi"
    "EMjudBy1N5JY51TJ9drzUX+yURVZyzOiYg3bCVCh3v53JZewRYRE5n/aCjbBMDeJYW5gdx"
    "UE8yEJZhhkjYv88y3555HZRaz7+Sty9wO2q9oYEViptjJI/Fir9lY2392sTbLCElt5/Udo"
    "2YxnB644oMk+SAHYsd2knm8qeTSdNCGOpwJNoMB1G1jYa24BE0EFfHu6OLu4OT+/+HJ2dn"
    "Z+cZlk9mu8z3ZuP5MuJzcpQyd4zRu3F96XAkTCl0wa4cvnLfy5RnQvZW0+mGnbxKSE3Zhl"
    "2hxnIPNy/FMGryD7P3vAMoM2W4eo35bQBtA0KTMK7KWJncWSBgfJCKIjAjK0gLppQH7qbm"
    "SQNEVg6cyAQ3RtWjbGCo0qqnZycKrlDnsMSyKKV0MUz9PmruGEkDjPZHKLjMmTDu269lQf"
    "Pjz073qjDumVc1VGJjny3Btcnp+TIwbSyR9T/Xk4mnQfO4B+j1Cb6t3nfgdAQ+WD8T8oH8"
    "3bbHFwQlrs3MYXLb1CUC+5c1tIRCikcoWQ29MSkGw5TCpTl+07pIjWFDQ7nh9xeVMkOyQe"
    "EQhlh9zEx38/Ir5TMe2IqAjVcB2qOXxMgTN6q/pyYtSiQ2bZWmIRKQHs1nCCj1gF7OwodK"
    "nTwrh4ZZBI9ypAfx82WnOisGYFa45Ndm86dCZL5Hb2bTyR12orUzRZImAQI4sRyq4okMlt"
    "WXZ4hx2zVAXpdhtodE0rNpU2QCtDw2tktgE2AdR9XxnM6U9Aqz0kCaM6byR4I754I/6zv1"
    "t+b6vLzaqb5WH/l4DYb9+ErMMDJHUaBKRS+G4EmgfwVRF8r7LhvUqgK7Y92Ga/nKyDWiLU"
    "JipoFa/lE6bC9i2iFbpUg9CqOwOF1R3LyDvxa5JtyTax/WZFatTQvA93eQmzkJkFTEuo0X"
    "ArbhPr18AasYUzrO1dLpBbZYY9e7y+jLCqDxqNFbNmU2dNkSpeJ6/Lyk+WQjQkIRAV+eFH"
    "yA/3bYU9IW1YtdQ4pKHvNB3SY5G4XgHWVBI3KM6aR+KGWm03FzfM6HcWMBxr6dYCoejQmh"
    "5ezl0bvKI1sf5ma3akr6CVgW2ky+vvSYdixxiLASykp2T81XGTqT7VKTHs9jvwybsBu8hn"
    "YEDVBKrlJg6u4CuyyP0U7BCMyG0NxgnTxdvmGrgWDqAXpp9Zh95oqluI9CAFqOQP0ybgqZ"
    "pFfrCHoFbWjBVfpKmJ9IjX2KS54JZNDlvvNIma1WZk523y8dHzbB91lG0yey9Bz6vB60vk"
    "lYQBfVQDOq6NBMLZ9F6KaCPy5eI0dTGeOo+oTlYrIfdHpmGqactxshGPiTUQ7ZurAmDfXG"
    "ViTU/FExjcsSmJc3b2W1hGpL9FnMRK0t+E0y6cdpGLVdpn94yocphGhYTnLriQw3MhIet/"
    "T9+9+MJu3iAu6r5Hv9cCqW2CFamEFRHZglVTd8fhmbJiktvjkYVDkdlQpnIf1tqy0Ypeme"
    "6WYupQYztMCNrjiLRHWBMJdLMd8JhYAx3wesoBUoBKwOy3byC+N0XgvclG9yYBLq1OmroB"
    "Sja+IZHmpebVgLAz+xeSSy0gDok0ohMfeg2xoUG5XK6pL9C8Dl0LA20gbGilSNFAgg9KlN"
    "6vOZQo1DRq/0qOmVFaIosxi8o1r/dfF+r91zm9/zrZ+/NKgmdPmXvUAN+t19NUxbp6eN0F"
    "+VmxcCfdMsmeN6NSTejNh545RXBlJ1WcWnDFMZQd1RyVFGrmWs3HCvlwNohWHfFxKblyqE"
    "ZkRNRne9Qn4D0rCE2MNxc7MZCL0umR7lUg7HOMmBpno0KlIbUia/JYyIOuF9p3uVlofVRD"
    "unPM9nczdfdevRgk/DYFprpDX944mREAC0bR/DCYFIzdRRbmmWihkvY0FZilPrvSHUBMmy"
    "XSbVUmivOyhqEOus99msvc9vepsrztp4BPZlhpa/dquYcoksFXWO6gFRw4g7bmIAY0VJql"
    "LS2htSwDcVyueVBXnnJMhxpyf8lCsolKJXgnJRsRPTpAiJnMUGSYT7E3MNYQ1DP69kYoBv"
    "OMSNWFs9/TD8t83A6HjxHS47YfJxNfnm57BHeGOmmkuhZyyr5NgmFsKvW0U6USao7taek3"
    "zRmq08ofOvYMfzwhy4LMGksY+tEGubY+Zk2lVahtpclvMWM6sod5EFHT0YdNxgRizhv0f7"
    "Gl+cnY63+RzRB6T93+YwegFVS1qf5b7/aX4fDXDnhHsyXGr1M92Cwh7rgWs4cKmUM51lBK"
    "uWvVUFP3+sq2PSNCPKuDq0SCrNSwHBt/z9QwzkjYA+QqzbCSsjA5O4nAb9+ITnzwzDu41j"
    "BMmSxzMsMCET5Swxq1WjYvV2n7FHuUvCUD6Yq3e0iZafa5N7jvD37uAE9+qo97AzKx0rIY"
    "U/2+173vAAW5He34k6xnsKZoJtOsDIscLoJ8xrVxGSJ/Y25AAtd8ciFFXDAM3DEMYYWzrR"
    "mRaeKUKHb27B6VaoIJJVIET0IVp/Z50WlzBx2HxCpQ8Al9aqemX1Ffo0kVHDnD9sRXgY/Q"
    "m2qpdiu12KB7qp1fazBotDUBZqgj4AnQ7VxAsIjBLQfIyk7btGDfElqbnV5IQxuD1ErVVV"
    "xwZzZeIVJ7kvB0lApdO9RHvNsIhp+nMbCdx/Aff6tK3mzEujerPEXCR6OBHL8LFCd8HruD"
    "Qe++Azz5qd4d/0p/k0GM/RqMf+uN2AFWeZQe+zrsk99vWOWEBvKGy5JGdiAlnCiujWzWE3"
    "dQcFhOuFFca9gbWnZRclRU6JlnPVNDxCJvkmLD5CYJRuR2yxM8Ha1WmCZIXJa38mBvhATS"
    "IiFTDGBiE5zGEn68gXvijF/vw0a65b5zgvMLTra37kiHIm2PkA7r7bbhDsuCKeNp8GjnMG"
    "Uex5AANpsgCyQayIvVkdUKrbLVhHyJRgB86DyBUyQiq8o86z4/j4ZfGfVoGCZ+o9TjqPfw"
    "MqaHTDR3LMQJARlMF7NS2/fE5RrxiRxgpWFkek7gne9vxWWFx8W1x0VZ+hmaEwdgF34/kB"
    "Rq5lvNSFaV0uNnVKoJeYgHGDx90HaImEUkBdXO+wdF3VXSwE4ZOrMN9oRgEz6rQ5vtCxPq"
    "1MTYLTKdlBbfGs/fGges8MnTOiXKHiQpzG388VBHE0z+qZk9PqoS6uGO9+KDieFm5xRJCJ"
    "9u53LCpGGpAgkse9MToDsrQxBOhGsDpFI6GLzDNfj0u6r/DuYmXrmbQJNGtMXv2LFDh5fO"
    "7HN6jmgtdynJW6dk+SmqiWS/4Afd6qgtOGx+Brt2Docd0VxhRygs1EAW6bJIgmd2fmdiMy"
    "TSu8vYxH77RiB7aFvYHUkSaGevZd8IiJXs+crYYSX7Dgl2giU9AQ9ELBE4xBKBvMSVEIxJ"
    "+MsnsMQud2LgF3ZGkp2Pp4SWiBbSPJiYlnJcmHjLOpNaShns2SNDlYMBR8Vmq1ottGNJto"
    "xR+Bhl2FrvaFaXYROvSVUA84u8ilRpK7RK7Z23ERBWZeVWJR3aUue9TDYgJHG4tNjzuvp6"
    "xVV4RDL5Lj375Ix2sX/YX0LNfmWAchGimJSoFbJ16YCPWAXe1yh0qdPCuKjjFetee2zI5A"
    "VA9t2OKRoLOs3h6rBFyLvIVOVlK8Ut9c608xxSGLThxhUVsaM9Y0eZdni245ltiDeB9ru4"
    "vi7ieF5fZ3ue9Fx8Gx+jDMJe8waiW0t6IrmjnVo2Pdu1D4kc3rk/jhVcmRu/V97NvpPZn/"
    "8PL5H3sQ=="
)
