"""Personal data at rest: sealed columns, keyed hashes to find people by, views and erasure.

What is sealed (hub/privacy/fields.py; AES-256-GCM, keys from HUB_PII_KEYS) and why:

- `reporter.name`, `reporter.phone`: who reported, as they gave it. Found by `phone_hash`.
- `report.text`, `report.details`: the report as it arrived. Free text may hold any identifier;
  a chat form's fields hold names, ID numbers, passports and phones by design.
- `case.details`: the same form fields, copied onto the case the department works.
- `conversation.state`: the chat's slots (the form being filled in, the values said so far).
- `chat_message.text`, `chat_message.extra`: what the person typed, and the read-back card the
  hub showed them (which shows every value whole, for them to check).
- `task.people`: the people a police task names, with their phones.

What is not sealed, and why:

- `case.summary`: the queue searches and sorts it, e-mails quote it; it is written with ID numbers,
  phones, passports and e-mail addresses masked (hub/observability/masking.py), never in clear.
- `report.meaning`, `case.routing`: category, confidence, place and evidence words, no identifiers.
- `case_event.text`: notes written by departments and operators about the case; the timeline's
  own texts are masked where they quote a report (a duplicate report).
- `task.subject`, `task.place`: the task system's title of the task, shown in every list of tasks.

Identifiers are found by keyed hashes (hub/privacy/lookup.py, HUB_PII_HASH_KEY): `reporter.
phone_hash`, and `personal_key` rows for every ID number, passport and phone a case's reports name.
"""
