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
    "eJztXWlz4zYS/SsofdmZKu2ULR9xVFtbJdvyRBtZcklyMpsoxUAkLDGmAIaHj2Tnvy/A+x"
    "YpkRLFwSdbJJrHaxDoft1o/N1aEwkp+qeeKBITG60u+LuF4RrRf6Kn2qAFVdU/wQ4YcKFY"
    "bWGg0UI3NCiyaz1BRUf0kIR0UZNVQyaYHsWmorCDRKQNZbz0D5lY/tNEgkGWyFghjZ749T"
    "d6WMYSekO6+1N9Fp5kpEihh5Uldm/ruGC8q9axATburIbsbgtBJIq5xn5j9d1YEey1lu3H"
    "XyKMNGggdnlDM9njs6dzXtR9I/tJ/Sb2IwZkJPQETcUIvO5C8I+1BGE0ngnT/kwQWgUAEg"
    "lm4NJH1a23X7JH+Gfn9Py786uzy/Mr2sR6TO/Id1/tW/vA2IIWPKNZ66t1HhrQbmFh7INq"
    "6kiz/o9Be7OCWjK2QZkIwvTRowi7eNYX4jV8ExSEl8aK/rw8ycDzp97k5ofe5MPlyUd2Q0"
    "I/AvvjGDlnOtYpBrkPsSTrqgLfhaIwR+XKgdo94GPtf8INAFsjSgrIfWyuLaAH9IEgFlEM"
    "cFe2zkC3prPe3V0X0Fd4eprj6eNDf/LTYDqe0EOmirQXWSfaHI/p4d6MHSUqe2p2rHd7Px"
    "h1AZTWMqYt7u4GN33W4OlJFpH1ikXV18mjvk66+jox9aE1lJUiH4knsJXSnGGmnh9H5yQf"
    "vFn4xgBWoa6/Ek0SVlBfFQE6JsgBzwX4E+2fSBIUspSxXsCAiclttmXKGpVOam3L+NAqRH"
    "ymEFGjNGnMuKWoGPIaJcMblY2gKznCn9x/jq9vZ0A5G9z36Txy/8Auv9b1PxULsN6sz850"
    "rKPvkaMfLiO93rsI+Hkw+wGwn+CX8ahvoUl0Y6lZd/TbzX5psWeCpkEETF4FKAUxcQ+7h0"
    "Kapr6G/JIwr18TOmVDnKxiXyii3AWVqurbcQ3X/Sr0ejwehnR5PZhFxqjH++v+5MOppUTa"
    "SDZQ8kclaohBIkCj6CcVlizhg6qb7dqkL0pCKtSMNcKGUMivjsltNS3VbKgse2Ki71UQ1o"
    "AEB9QGlPFAT8+JpIXfCeMQ3xENyUv8I3qPOXsRZB3y6zZ0sePC+avbj9yj/iNq8NXj0OJf"
    "LYWBvjyyJ4EJHU0mg5tZK9aJS4D30blMM4ENfLcpkLJuvIDi8yukvlNKf0YviN03bt44cn"
    "c/TpACrXdIxfkG6qj/0qheHOqOBtSfd4RoRi/RIHRYzyIdEuhRob4WP7XurKNHIIZL65XY"
    "vdmdvN5koCXR3lsJ0QLvXDsrXCAGW/F4wTHNvO2MeIFINV2ENnLbNy5OcJ6HKzpPp4rOY0"
    "wR+yv8VYiUC4jUmbSuTXRgqRFTLQKwJ9BAeMtn7xUEE8bcdHTd9g0Et/zhAeq6rCdY5P+Z"
    "jkcpBJgnESVjZNEA/wOKc7YKoFv/ejKxyDAEC1NWDBnrn9j9/t2q1kxKgpshFOJlXJg/3P"
    "e+RDVwMxxfRwkXdoHriDp0BQqiQiEu5uhHxfbH6tfc6Mhw9z3MSnBHpwq8cS91ZCjn9Umj"
    "XWwHx1SkTmUJfmmDwK7U6wpQUQl+V5ioSve8wuwY972Oahhsc9+L+141sF9Pc+VCnGbkQp"
    "zGcyEsyBAujDJKml+agHIlGSfP9NWKQOy2byS+Zbu4ukjUQoOwJ8Dh5fl/hx8c/CRRoTDW"
    "SbIc9lTYYx5tHo/LWWWxo9MVWNBxXKrIFQpkQdcdAcoZla7b8JsLnv057cfYeWxSFElCST"
    "D1PJK1iX2JZybsnwV6UKCIWgkEkH2incX9qF6TTbRPqweW8C9kGAhpgCpHe+8CCDQCpTbA"
    "SF6uFsTUVoRIgGhAgVhaQ+0Z0L/AWCHwh6nJOgsjMIJfNoAiIx3I+FMrAmt1d0kgp35tuU"
    "ul6P0RsiMfRJFFJOiG3Ul/4wTWAQmsoivgql75djgG6yKPjXmRbmJeJK0ypA8gJgQIM1cY"
    "ejLcPc3j/XvjSm6fyR+JmgfwWR6Az9IBPosvTwsP1wWAjktywFMAL+CYVmnneKHYBFMnGK"
    "ZNt3ZCgWEe6GqMncADXZXNYCJb+FgIW1eggcPpab4YV0aIK2YgyEssvMrGSi40eUXEONQ5"
    "oNaQTpQXtAXacUkOeC7A1/TNEheG3ikEpsx5IakIzk9M7AiRzkD2dvx4PeyDh0n/ZjAdOH"
    "mH3spP66RFUHgrcCf93jAaBHszENbpMwlUo4WCYVHB5kVnyunWW4VmnBUt8u6ssb8y5jg7"
    "/n75UCtWk+AjuDGcdP/AXcKYhwy1/Ufg+I+MjoTAdt6dCjngw9y8urr4bm5+f3JxNjcvOt"
    "+juXmOrhb0/+9Pzj8CkyqFifkJeEl8aHU3SqRE3ewOCzxOfx7SrUlPzNlcm+oYknRaD+Ph"
    "4KYvTGe9GZ36uiDMyczxdDbpU1G79FTX6fWC3eujX8ph3KO6MdQHnGk5RX2UDj6nqCumqA"
    "9bOaV2aDe10kfdgC671AdPRuPZVsfnC1pQJdak0DdkxohuiyrDRH+3/PeIf4nMDjatpwqU"
    "SmNXQG+qhnRG3HgIOO/n3NntMC2rMX1+64fVDwM3rPr6bkkPd/5yc41Kuht3Rveai2OuF3"
    "bV39y+jifB42w5zHD3W9zG2/el62ySU2vipj/4qX/bBRoSkfyCpDmm5kXvc58pU6ZD+BxP"
    "xo8zqwUxDXZ+Ovg8Yr9ZyIv9nvRnj5ORfQ3D1Jxj0/HQua4VqqHHbobjKTsiKkS324wf+o"
    "4cUZEld9Mb3fSHQ6sZw1VRkFQPXuEgrm/NDIbGeb61xreBuVnfGt6ufZUbZlegeeiWT0bq"
    "5noN7SBc/vVvnkidp+WtB+QKlhtKyICykmAHpVctCojUo2wRu21jyhYxM4w9TwGFBES4Qk"
    "pXSEZxo4yRKCjUyLGo9IXlb6JiSkgSfFam0KiUJl+PL6JRldVsT3GLDQhCgnxDjzpvP2Al"
    "vEom2kLLEVGu57rreatvOSTIdVxnHbvp1Nt9znFpru0j0PZW83NYlOu5znq2efZttoEKCn"
    "Id11nH1gdpMgQEA70laHpGj2Z8y2HRJrCOWdrtf5ll+zqecofj0We3edQBSljEZMNI/2Wv"
    "EtNBzr1rky5UY420kmJ8/S8Pw97ACuqhN1WhWmFH2VXGjxOBSjyMR9PB9WA4mP2X3pQYAj"
    "E19r4q1aK8kBXZeJ/jx5F97d71sN8FJravb71drj5QNa//gjQ9MYCSmtMQkNhf0uBpRZ9Y"
    "2Zut8Q0Lv4m5ylSlLdUcluRqrrWaIzlmOQfIaGYaz6yOj5N8x88qwTVVRWa9UCBPBeGNS3"
    "KA+Zaq+15oEdyub8dlFg1c39yOLLKIzDc5dlPlW9byLWvrAezmLWvTJrZSxoYmLXWJ9dn4"
    "XL7D6ivvanx5UXYxZ17FuWZVnI8SJA2pRNsVpYl1kYZ+bWwLbkGR8a77cLOulHMv7qPsSc"
    "Q0FiShcFMRjMbWNe6RrsNlk0bvqheHOgN5yhJRf5jPXigq+Fun5qkdJJJ/riCW6KexDNTk"
    "YXV8Ls7On+wKPh8BwQACdvU2YJXngGzogKgytqoAUasJLGU6viaVDCr9+omVgtwVsgFXhd"
    "cLOuQSTUd5RcKyAZEaB/9qG4514NsiyBCW5GkP9Y4x0BG+YHzBk+CxhdrFFpqIbiZVqycs"
    "C6yKiqkbuPkpWu+TDXEwN73pTe+2Xxd29ljh3b3MUNWegE1WpDgCHpOxwQ9AL3m30W6NMb"
    "J3OALkyTHE/6EDaEqyAdicT6131AWvKwIkWaJ/oUHt9BXCbfCkkTX9VxZXwC78AAxi/447"
    "A5XdpWBxm8Dnxcu+1GzuyPIp+ObAFWb2sU9M2K3yS+QSNXbiePWXlH4RX3xKfZHdekXoAr"
    "xPNKFPUFuCFCq/5Qk0cCg+zVV74jSj9sRpvPZE0SUNfB3D9sQZszfiWGcU+XDa12P5fKMK"
    "ShTnLnli9BGQlk4t3mL8WliIp0EmrB7hXHCjuOAGdldOBe+TCoZ+tfIdUW1c3fMoruHZhS"
    "dBf4ss+8gqCj1FFFamrRS6PdKqvZF3t2tNC3pQYiMDP4S6YTHiwBYHLGkGSYCYhp0c80Wm"
    "j4ZpE+p4SlADEnxvA504zXWgISiBL/edk87l6Wnn6uTk5LRzFufgK7zPDjsR05sUoROc5o"
    "0r5X2Vg0i4SqURrj5u4M8VqnshrXZ6qm0TkeJ2Y5ppc5iBzMnaTRi8/Hze9AFL89tsHKJ+"
    "XkEDQE1jzCgwVhoxlysWxqMjCEYUZKgD2WtAf2I7hkebIrAyF/bOf7pBiMTif3LCBoOV3I"
    "FvkF6vKJ6jzW3DCQHxOpPJLTomz7qs6xpzbG8aOOk6m2Rq9MhDf3R2ekqPqAjTf+b4YTyZ"
    "9YZs30HNgMoc9x4GXQBVuR6M/1756LrNFnsnpHnh6XrR0msEccHC0wERrpDSFUJvz+oKWe"
    "tQEpm6dN8hQbSioNnh/IizyzzZIdGIQCA75DI6/rsR8a0qJ4ZEeaim1qGa/ccUakZvlR1S"
    "sD0spBUDNSLFgd0YTnARK4GdnQQudVwY5+VmI90rB/2932jNkcKaFqw5NNntdehUlsju7J"
    "t4IqfVRqZotkJApUaWRSjbokCkt7XyuLvWMV2WEDbaQGFrQ4kmtQFaqwp5R1obEA1A7PrK"
    "4In9BGz9dpwwqvJGnDeqF29U/+zvltvbqnKzqmZ5rL8FIHbbNyHrcA9JnSoFqdimeK5A8w"
    "A+z4PveTq85zF0eS3dTfbL0TqoBUJtvCZO/lovQSps17I4gUs1CK2qM1CsSkIpeSdulaEN"
    "2SaG2yxPrReW92EvL7EsZMsCZkWRWLiVtKn1a+92m2Jtb3OBzGot1rPzOi0HjcbyWbOpsy"
    "ZPFa+S17UKyhVCNCDBEeX54QfID3dthR0hbVj9wyikge80GdLDkLhptuJmOzG3iZgOZaIZ"
    "p7/rBlqzK6M3A2kYKgw2bs8d0p4LaiKGbjrTFBFrRNrWPpZpM4AKwOy2byC+l3ngvUxH9z"
    "IGLqsakVhCMmNveSONp2gAZVoBwubiDyQWSuwMiDSiE+87t1NVoFgsBuAKNK9Dd3INyZ2M"
    "IbmTEGRBRFUSEE5P1fQl6pGpye7XnExNqCjM/hVMLSXlP41+CMs1r/df5Or9Fxm9/yLe+7"
    "NKNaVPmTvUZtqu1zMKuaoeXnWhNH+32iLzZliqCb153zMnZ6q3UsWxMdV8r9RvQs1O0l0x"
    "Bj0sxJOi41EJm5IrhmpIhkcmNkcmfN6zBCJ96l3syEDOS6eHuleOTHPnIy8B3sYXsQmPhz"
    "ts12dFkfjuWHvPAQoMACmRHX94yI7vCP6glCcTSENLmbbXWN4OlQa2dBfQOXuFsGFv3Whv"
    "xQQx6D0MwDN6b7uFcXWn3i1wvXQ9KVmoknvwrPx6xZv2mjJeM2grZuehKgv0ixBWUF8VgT"
    "gq1zyoz/NAfZ4O9XmMNqNDDb2/oCNRQwmOZwZ9FpNsRFhkD7FTOkPRYT7B3iBEQRCn9G1P"
    "KALzgkpVhbPb0/fr0l+Px8OQN389iLJkj/fXfYq7hTptJNumX0KhWE6dNZVT2WppBDPHdr"
    "T0uZWf38oP74ebYOjHNsxNt/Xt/XmFdaBtqVldEWM6tG+SHyrC6M2gYwI151X2l++hdDT2"
    "+jdSfa1/3xsMuwCtoazM8c/96x/G4x+74BUtVoQ8z7FfnS3quOazh3KZQxnWUEJ9HVmVE4"
    "sLp9ueIaE6q6NWEfK0nKcMG3/HnKeasYt7SMJZECmhoG96dNxt34hOvPeUMviuEJgwWWak"
    "PPki9ch5alR1ut32SztIQo6KsOSUKywyzT70R7eD0ecucOTneNof0YlVp5PSHN/2e7ddIC"
    "G41bZl5U+yjsGaoJn0TWgCIvsLjZ7U2rgMkL8RNyCGaza5kCDOGYbaMQxBhVu14JGmJe3+"
    "lz67h6WaYELx3LejUMWxfV5s2txCxwGxEhR8RJ/asemXF1dt0pLxmmFb2orxwyxvps6RkU"
    "GRB0+3M4vi0IaF6PHWGCPgCACZFZIM1kVqAyQzbhy8wnfw4XcZ/24VvrG2HLErT7bB78Q0"
    "AodX5uJjPB+msrvwjJh6MeySrCGx6MLVkFAjWLDIMpw8q3DSF+Hw7UgO6HzYsboY2unsoi"
    "fAucXSuUW+Q3YzPYPDb2hSN/VWsaVJlu8QqWC5qw9RrCBm3cDP7UzEO1+tnIqgFpK8ioiW"
    "MtyKaMsqs24KGezpI0OZg0GN0n/L2t1oyySZlFH4EIkxrVe0qMqwqbrWPAtzFirT4Qlwq7"
    "J0q5INbYnzXiobEJDYX1z0tKq+XnJclIdrtunZR2e081IF34Sa+Q5ufAe32jle+XZwy7MY"
    "xAlK7LryOxyfOc7har/LQnpIk8VVK8Etdc60sxxS6LepjSvKY0c7xo5S7fB0xzPdEG8C7d"
    "e5uMjjeF5cpHue7Fx0YbVaBGGneQPRrWRdL72jkbiQJd21D4js37k/jBVcmhtfYAFo+ZPZ"
    "1/8DtykCfQ=="
)
