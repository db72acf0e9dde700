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
    "s/785+h2mxxuT52Q/WD4vdkBHMCnl4l28jpw9zX59qPdito/XJqr3ZJsNytj6QRr1iwCh6"
    "uwpvUPcLHKgHHq7D1dm//MpCvn3o5/LVpBoNSjo5ve9lBYd00BQ6ZzVzNzErTFFsJER4vI"
    "D37A8ku5B0gTTPnjRxAu56/a+9+w4wkYzUN6RMdeIVdH/uUWWqxPKa6qPhy4S1wI5Nz4/7"
    "Pw/ob7c4PTnfm7yMBu413FmRHhsPH73rslGYHLt7HI7pEVnDlttm+Nzz5LCBmNxdd3DXe3"
    "xkzSiumoYUPujAozBWnNn5jSOsuMa3gSmVfzW8fbOtMMy+QPPQrT6GYDmrFXRj54WHi0CE"
    "52l55wG5hsXUCrKhmrZvSHZNtpAIH0XZ6G0bU5SNmmH0eUooJCQiFFK5QnJKt+WMRGGhRo"
    "5FVRuH6EPWHAUpUkD0lRqVsuT5+CIaVTfS9RR32WsgLCi2GuB5q4EYiVtGyzFRoWfe9bzT"
    "txwRFDrmWcfJSEmpQTshLbR9AtrebS+giKjQM896dnn2XTb2CgsKHfOsY/ZBOhQByUYfKZ"
    "qekKM533JUtAmsY552e98m+b7ORrmPw8HPfvO4A5Sy9tCFkfxJXyWhg2IRw9QLcayRVlqM"
    "r/ft+bHbZ0E99GFoRCv0KL3K8GUkEYnn4WDcv+0/9if/S26KbQk7Jn1fg2hRnamaaq+n+s"
    "vAvXb39rHXAY7uXp+9XaE+UDevbzmWgXRlN7M4JivGV77HV7ZkdVfDOCYsdM2zrgkCUCPI"
    "76jtFHGhb571TSnXHXUdExV65lnP4ezGspN1VFTomWc9vyHTSk1rycw0DUkcbgXWeU2qrC"
    "bdVGwM/hf7ahxD2VHNUUmhZq7VHFs+UnCAjEntNEhyNuNVPkxGV2oUBDa+vkOs/00ie9zV"
    "1Q3vtopjaCrthRKel4Q3KSkATgKcXCFYEN+koIA3CS+t51QO15CEAHRrtQV/gkoCXLrWQg"
    "OLnLVjlRZi03lGnYX0ya0ChEtVs+CsHxeFuGgxi/ggUQG8BTdSOlFgQ+NikX4bmv0rGRua"
    "VO8i0WeTplIBiH2nqwJ4G1dvJY5wzEEtgG7IvBIjbyGMkwbpHnWENp+EKJSTvy2Z2I+Ms/"
    "3IThIkExnY3BelEbtIQ782G1qvkqbqrxV0pQm5VnN70hyZJkxbCVquL7mXaWhvwo49wymF"
    "2stANGTXeEKWBRdNneNM9KZae+9wO3Kv0qRPjtpQhSvmpewTkA3oUEcTTP7ZDmsvfLGGdD"
    "6KYsnigp75lFFiMDCu8gsNSjBoWKD2vIy/X0JdIRPSIlTTndaBv768mrsV4D8DrAMI6NXb"
    "gO5cAsiXBLCh6qyKPHFYwEIlVk1ayfnKr59aad6vsBhiueL15rfU7qPI7VlSTVQjq56Az6"
    "5G5nWPJLLZKxBCIhznuXO78sCDb4fMjaikyGrjOXHDHwmLj1ghCZFXwF1eQRPRzY0jWlUQ"
    "2QXpPt7ALR4/tFIp7Lvu+K573+MldHiq8O5fCL+UW7aDr+GSkBmuxoah3OJpoE27rY4G8Q"
    "MBaWyuAZ57pv53FoCOotqAzvnEP0Ad8L7EQFEV8j+0iSewRHobzE28In+q8hK4NU6Bjd3f"
    "SXejtruULL8e+ryqLZzsb8Uk6iZzNiO1czyV7L230nE9hf22ioNb89JY+uFK+5VOjl2CY9"
    "dQlE/O6BfJ6m3Ew9mvV0QuIPpEE/oEsVBwqfr1G4EGDsXnhYq3nucUbz1PFm8tWxNEFALZ"
    "nY6j9kYS65wquV57PupPNqoia3lGVKxhOwEq1NuDruQStoiQyPxPW8EmGOYmMcwN7K6CYD"
    "4kwQyDrHGRf74l/zwyu4h1P39F7n7AdlUbIwIr1VYGiR9r1d7K5rubtUlWWGIrr/8ILZvx"
    "7MAVBzTZBykAO7ab1PNNJY+mkybE8VSgCRS4bgMLe80tYCKogG9PF2cXN+fnF1/Ozs7OLy"
    "6TzH6N99nO7WfS5eQmZegEr3nj9sL7UoBI+JJJI3z5vIU/14jupazNBzNtm5iUsBuzTJvj"
    "DGRejn/K4BVk/2cPWGbQZusQ9dsS2gCaJmVGgb00sbNY0uAgGUF0RECGFlA3DchP3Y0Mkq"
    "YILJ0ZcIiuTcvGWKFRRdVODk613GGPYUlE8WqI4nna3DWcEBLnmUxukTF50qFd157qw4eH"
    "/l1v1CG9cq7KyCRHnnuDy/NzcsRAOvljqj8PR5PuYwfQ7xFqU7373O8AaKh8MP4H5aN5my"
    "0OTkiLndv4oqVXCOold24LiQiFVK4QcntaApIth0ll6rJ9hxTRmoJmx/MjLm+KZIfEIwKh"
    "7JCb+PjvR8R3KqYdERWhGq5DNYePKXBGb1VfToxadMgsW0ssIiWA3RpO8BGrgJ0dhS51Wh"
    "gXrwwS6V4F6O/DRmtOFNasYM2xye5Nh85kidzOvo0n8lptZYomSwQMYmQxQtkVBTK5LcsO"
    "77Bjlqog3W4Dja5pxabSBmhlaHiNzDbAJoC67yuDOf0JaLWHJGFU540Eb8QXb8R/9nfL72"
    "11uVl1szzs/xIQ++2bkHV4gKROg4BUCt+NQPMAviqC71U2vFcJdMW2B9vsl5N1UEuE2kQF"
    "reK1fMJU2L5FtEKXahBadWegsLpjGXknfk2yLdkmtt+sSI0amvfhLi9hFjKzgGkJNRpuxW"
    "1i/RpYI7ZwhrW9ywVyq8ywZ4/XlxFW9UGjsWLWbOqsKVLF6+R1WfnJUoiGJASiIj/8CPnh"
    "vq2wJ6QNq5YahzT0naZDeiwS1yvAmkriBsVZ80jcUKvt5uKGGf3OAoZjLd1aIBQdWtPDy7"
    "lrg1e0JtbfbM2O9BW0MrCNdHn9PelQ7BhjMYCF9JSMvzpuMtWnOiWG3X4HPnk3YBf5DAyo"
    "mkC13MTBFXxFFrmfgh2CEbmtwThhunjbXAPXwgH0wvQz69AbTXULkR6kAJX8YdoEPFWzyA"
    "/2ENTKmrHiizQ1kR7xGps0F9yyyWHrnSZRs9qM7LxNPj56nu2jjrJNZu8l6Hk1eH2JvJIw"
    "oI9qQMe1kUA4m95LEW1Evlycpi7GU+cR1clqJeT+yDRMNW05TjbiMbEGon1zVQDsm6tMrO"
    "mpeAKDOzYlcc7OfgvLiPS3iJNYSfqbcNqF0y5ysUr77J4RVQ7TqJDw3AUXcnguJGT97+m7"
    "F1/YzRvERd336PdaILVNsCKVsCIiW7Bq6u44PFNWTHJ7PLJwKDIbylTuw1pbNlrRK9PdUk"
    "wdamyHCUF7HJH2CGsigW62Ax4Ta6ADXk85QApQCZj99g3E96YIvDfZ6N4kwKXVSVM3QMnG"
    "NyTSvNS8GhB2Zv9CcqkFxCGRRnTiQ68hNjQol8s19QWa16FrYaANhA2tFCkaSPBBidL7NY"
    "cShZpG7V/JMTNKS2QxZlG55vX+60K9/zqn918ne39eSfDsKXOPGuC79XqaqlhXD6+7ID8r"
    "Fu6kWybZ82ZUqgm9+dAzpwiu7KSKUwuuOIayo5qjkkLNXKv5WCEfzgbRqiM+LiVXDtWIjI"
    "j6bI/6BLxnBaGJ8eZiJwZyUTo90r0KhH2OEVPjbFSoNKRWZE0eC3nQ9UL7LjcLrY9qSHeO"
    "2f5upu7eqxeDhN+mwFR36MsbJzMCYMEomh8Gk4Kxu8jCPBMtVNKepgKz1GdXugOIabNEuq"
    "3KRHFe1jDUQfe5T3OZ2/4+VZa3/RTwyQwrbe1eLfcQRTL4CssdtIIDZ9DWHMSAhkqztKUl"
    "tJZlII7LNQ/qylOO6VBD7i9ZSDZRqQTvpGQjokcHCDGTGYoM8yn2BsYagnpG394IxWCeEa"
    "m6cPZ7+mGZj9vh8DFCetz242Tiy9Ntj+DOUCeNVNdCTtm3STCMTaWedqpUQs2xPS39pjlD"
    "dVr5Q8ee4Y8nZFmQWWMJQz/aINfWx6yptAq1rTT5LWZMR/YwDyJqOvqwyZhAzHmD/i+2ND"
    "8Ze/0vshlC76nbf+wAtIKqNtV/693+Mhz+2gHvaLbE+HWqB5slxB3XYvZQIXMoxxpKKXet"
    "GmrqXl/ZtmdEiGd1cJVIkJUalmPj75kaxhkJe4BcpRlWUhYmZycR+O0b0YkPnnkH1xqGKZ"
    "NlTmZYIMJHalijVsvm5Sptn2KPkrdkIF3xdg8pM80+9wb3/cHPHeDJT/Vxb0AmVloWY6rf"
    "97r3HaAgt6Mdf5L1DNYUzWSalWGRw0WQz7g2LkPkb8wNSOCaTy6kiAuGgTuGIaxwtjUjMk"
    "2cEsXOnt2jUk0woUSK4Emo4tQ+Lzpt7qDjkFgFCj6hT+3U9CvqazSpgiNn2J74KvARelMt"
    "1W6lFht0T7Xzaw0GjbYmwAx1BDwBup0LCBYxuOUAWdlpmxbsW0Jrs9MLaWhjkFqpuooL7s"
    "zGK0RqTxKejlKha4f6iHcbwfDzNAa28xj+429VyZuNWPdmladI+Gg0kON3geKEz2N3MOjd"
    "d4AnP9W741/pbzKIsV+D8W+9ETvAKo/SY1+HffL7Dauc0EDecFnSyA6khBPFtZHNeuIOCg"
    "7LCTeKaw17Q8suSo6KCj3zrGdqiFjkTVJsmNwkwYjcbnmCp6PVCtMEicvyVh7sjZBAWiRk"
    "igFMbILTWMKPN3BPnPHrfdhIt9x3TnB+wcn21h3pUKTtEdJhvd023GFZMGU8DR7tHKbM4x"
    "gSwGYTZIFEA3mxOrJaoVW2mpAv0QiAD50ncIpEZFWZZ93n59HwK6MeDcPEb5R6HPUeXsb0"
    "kInmjoU4ISCD6WJWavueuFwjPpEDrDSMTM8JvPP9rbis8Li49rgoSz9Dc+IA7MLvB5JCzX"
    "yrGcmqUnr8jEo1IQ/xAIOnD9oOEbOIpKDaef+gqLtKGtgpQ2e2wZ4QbMJndWizfWFCnZoY"
    "u0Wmk9LiW+P5W+OAFT55WqdE2YMkhbmNPx7qaILJPzWzx0dVQj3c8V58MDHc7JwiCeHT7V"
    "xOmDQsVSCBZW96AnRnZQjCiXBtgFRKB4N3uAafflf138HcxCt3E2jSiLb4HTt26PDSmX1O"
    "zxGt5S4leeuULD9FNZHsF/ygWx21BYfNz2DXzuGwI5or7AiFhRrIIl0WSfDMzu9MbIZEen"
    "cZm9hv3whkD20LuyNJAu3stewbAbGSPV8ZO6xk3yHBTrCkJ+CBiCUCh1gikJe4EoIxCX/5"
    "BJbY5U4M/MLOSLLz8ZTQEtFCmgcT01KOCxNvWWdSSymDPXtkqHIw4KjYbFWrhXYsyZYxCh"
    "+jDFvrHc3qMmziNakKYH6RV5EqbYVWqb3zNgLCqqzcqqRDW+q8l8kGhCQOlxZ7Xldfr7gK"
    "j0gm36Vnn5zRLvYP+0uo2a8MUC5CFJMStUK2Lh3wEavA+xqFLnVaGBd1vGLda48NmbwAyL"
    "7bMUVjQac5XB22CHkXmaq8bKW4pd6Zdp5DCoM23LiiIna0Z+wo0w7PdjyzDfEm0H4X19dF"
    "HM/r62zPk56Lb+NjlEHYa95AdGtJTyR3tFPLpme79iGRwzv3x7GCK3Pj98q72Xcy+/P/AZ"
    "pZ0Pw="
)
