"""Writes crates/engine/tests/fixtures/pii/labelled.jsonl: synthetic personal data of every
kind the redactor knows, inside realistic sentences, plus lookalikes that must
not be redacted (order numbers, versions, ordinary dates, amounts, Luhn- and
checksum-invalid numbers). Seeded, so the file is reproducible:

    python3 scripts/make-pii-set.py

Each line: {"text": ..., "pii": [{"kind": KIND, "value": exact substring}],
"lookalikes": [substrings that are not personal data]}. The names and terms a
user would list are in crates/engine/tests/fixtures/pii/terms.json (names and other terms)."""
import json
import pathlib
import random

rng = random.Random(20261125)
out = pathlib.Path(__file__).resolve().parent.parent / "crates" / "engine" / "tests" / "fixtures" / "pii"

FIRST = ["Maria", "John", "Aisha", "Chen", "Olga", "Pierre", "Fatima", "Lars", "Priya", "Tomasz", "Ana", "Kwame",
         "Yuki", "Elena", "David", "Sofia", "Omar", "Ingrid", "Luca", "Grace"]
LAST = ["Gonzalez", "Smith", "Rahman", "Wei", "Petrova", "Dubois", "Haddad", "Nilsen", "Sharma", "Nowak", "Silva",
        "Mensah", "Tanaka", "Rossi", "Miller", "Berg", "Farouk", "Lind", "Conti", "Okafor"]
DOMAINS = ["example.com", "mail.example.org", "corp.example.co.uk", "health.example.net", "law-firm.example.io",
           "example.de", "clinic.example.fr"]
TERMS = ["Project Falcon", "Blue Harbor Initiative", "Northwind Clinic", "case alpha-7", "Orion Trust"]

def person():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def email():
    f, l = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}.{l}+billing", f"{l}.{f}"])
    value = f"{local}@{rng.choice(DOMAINS)}"
    return value.upper() if rng.random() < 0.1 else value

def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))

def phone():
    return rng.choice([
        lambda: f"+1 {rng.randint(201, 989)} 555 {digits(4)}",
        lambda: f"+1-{rng.randint(201, 989)}-555-{digits(4)}",
        lambda: f"({rng.randint(201, 989)}) 555-{digits(4)}",
        lambda: f"{rng.randint(201, 989)}-555-{digits(4)}",
        lambda: f"{rng.randint(201, 989)}.555.{digits(4)}",
        lambda: f"+44 20 7946 {digits(4)}",
        lambda: f"020 7946 {digits(4)}",
        lambda: f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+49 30 {digits(7)}",
        lambda: f"030 {digits(4)} {digits(4)}",
        lambda: f"+61 2 9374 {digits(4)}",
        lambda: f"1-800-555-{digits(4)}",
        lambda: f"+91 98{digits(3)} {digits(5)}",
    ])()

def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, d in enumerate(reversed(body)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)

def card():
    kind = rng.choice(["visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    n = luhn_complete({"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55"]), "disc": "6011"}[kind], 16)
    return rng.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])

def iban_check(country, bban):
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"

def iban():
    country, bban = rng.choice([
        ("DE", lambda: digits(18)),
        ("GB", lambda: rng.choice(["WEST", "NWBK", "BARC"]) + digits(14)),
        ("FR", lambda: digits(23)),
        ("NL", lambda: rng.choice(["ABNA", "INGB", "RABO"]) + digits(10)),
        ("ES", lambda: digits(20)),
        ("IT", lambda: "X" + digits(22)),
    ])
    bban = bban()
    compact = country + iban_check(country, bban) + bban
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if rng.random() < 0.6 else compact

def ssn():
    area = rng.choice([a for a in range(1, 900) if a != 666])
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"

def ipv4():
    return rng.choice([
        lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: f"203.0.113.{rng.randint(1, 254)}",
        lambda: f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    ])()

def ipv6():
    h = lambda: f"{rng.randint(0, 0xffff):x}"
    return rng.choice([
        lambda: f"2001:db8:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
        lambda: f"2001:db8::{h()}:{h()}",
        lambda: f"fe80::{h()}:{h()}:{h()}:{h()}",
        lambda: f"2a02:{h()}:{h()}::{h()}",
        lambda: f"::1",
    ])()

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

def a_date(year_from=1935, year_to=2006):
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{d} {MONTHS[m - 1]} {y}", f"{m}/{d}/{y}"])

def birth():
    date = a_date()
    cue = rng.choice(["Date of birth: {}", "born on {}", "DOB {}", "DOB: {}", "birth date {}", "was born {}",
                      "Birthdate: {}"])
    return cue, date

SENTENCES = {
    "EMAIL": ["Please send the signed copy to {} before Friday.", "Contact: {}", "The claimant ({}) asked for a refund.",
              "Reply-To: <{}>", "Her work address is {}, which she checks daily."],
    "PHONE": ["Call the landlord on {} for repairs.", "Phone: {}", "The patient can be reached at {} after 6 pm.",
              "Emergency contact {} (mobile).", "Tel. {} / ask for accounts."],
    "CARD": ["The deposit was charged to card {} last week.", "Card number: {}", "Payment by {} was declined.",
             "She used the card {} for the booking."],
    "IBAN": ["Rent is paid into {} on the first of the month.", "IBAN: {}", "Refunds go to account {} only.",
             "Please transfer the balance to {} by 30 June."],
    "SSN": ["Employee SSN {} is on file with HR.", "Social security number: {}", "His SSN, {}, was verified."],
    "IP": ["The login came from {} at 03:12.", "Server {} refused the connection.", "Blocked address: {}",
           "Traffic from {} spiked overnight."],
    "PERSON": ["The tenant, {}, signed the lease.", "Report prepared for {} by the audit team.",
               "{} was admitted on Tuesday.", "Witness statement of {}."],
    "TERM": ["Funding for {} was approved.", "All files about {} are confidential.", "The board discussed {} twice."],
}

LOOKALIKES = [
    ("Order {} shipped on Monday.", lambda: f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"),
    ("Invoice no. {} is overdue.", lambda: digits(8)),
    ("Upgrade to version {} before deploying.", lambda: f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"),
    ("Firmware {} fixes the bug.", lambda: f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 200)}"),
    ("The contract was signed on {}.", lambda: a_date(2015, 2025)),
    ("Payment is due {}.", lambda: a_date(2024, 2026)),
    ("The meeting started at {}.", lambda: f"{rng.randint(8, 18)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
    ("Total: EUR {}.", lambda: f"{rng.randint(1, 999)},{digits(3)},{digits(3)}.{digits(2)}"),
    ("Revenue grew {} year on year.", lambda: f"{rng.randint(1, 40)}.{rng.randint(0, 9)}%"),
    ("Reference {} (internal).", lambda: luhn_bad()),
    ("ISBN {}", lambda: f"978-{rng.randint(0, 9)}-{digits(2)}-{digits(6)}-{rng.randint(0, 9)}"),
    ("Device MAC {} registered.", lambda: ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))),
    ("Room {}, second floor.", lambda: f"{rng.randint(1, 9)}.{rng.randint(10, 40)}"),
    ("Account code {} (not an IBAN).", lambda: iban_bad()),
    ("Policy POL-{} renewed.", lambda: f"{digits(3)}-{digits(2)}-{digits(4)}"),
    ("Tracking number {} delivered.", lambda: "1Z" + digits(3) + "AA" + digits(10)),
    ("Dimensions: {} m.", lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 9)}.{rng.randint(0, 9)}"),
    ("Postcode {}, Paris.", lambda: f"750{rng.randint(1, 20):02d}"),
    ("Case {} was closed.", lambda: f"{rng.randint(2015, 2025)}-{digits(4)}"),
    ("Population in {}: {}.", None),
]

def luhn_bad():
    n = luhn_complete("4", 16)
    return n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)

def iban_bad():
    good = iban().replace(" ", "")
    check = int(good[2:4])
    bad = good[:2] + f"{(check + rng.randint(1, 50)) % 97 + 2:02d}" + good[4:]
    return bad if bad != good else bad[:-1] + "0"

def main():
    lines = []
    names = set()
    makers = {
        "EMAIL": email, "PHONE": phone, "CARD": card, "IBAN": iban, "SSN": ssn,
        "PERSON": person, "TERM": lambda: rng.choice(TERMS),
    }
    for kind, make in makers.items():
        for _ in range(60):
            value = make()
            if kind == "PERSON":
                names.add(value)
            lines.append({"text": rng.choice(SENTENCES[kind]).format(value), "pii": [{"kind": kind, "value": value}],
                          "lookalikes": []})
    for _ in range(60):
        value = ipv4() if rng.random() < 0.55 else ipv6()
        lines.append({"text": rng.choice(SENTENCES["IP"]).format(value), "pii": [{"kind": "IP", "value": value}],
                      "lookalikes": []})
    for _ in range(60):
        cue, date = birth()
        who = rng.choice(["The patient", "The applicant", "Mr Jones", "The child", "The employee"])
        lines.append({"text": f"{who}: {cue.format(date)}.", "pii": [{"kind": "BIRTHDATE", "value": date}],
                      "lookalikes": []})
    # Mixed sentences: several kinds at once.
    for _ in range(40):
        name, mail, tel = person(), email(), phone()
        names.add(name)
        cue, date = birth()
        card_v = card()
        text = f"{name} ({mail}, tel. {tel}), {cue.format(date)}; card {card_v} on file."
        lines.append({"text": text, "pii": [{"kind": "PERSON", "value": name}, {"kind": "EMAIL", "value": mail},
                                             {"kind": "PHONE", "value": tel}, {"kind": "BIRTHDATE", "value": date},
                                             {"kind": "CARD", "value": card_v}], "lookalikes": []})
    for _ in range(8):
        for template, make in LOOKALIKES:
            if make is None:
                year, count = rng.randint(1990, 2024), f"{rng.randint(1, 99)},{digits(3)},{digits(3)}"
                lines.append({"text": template.format(year, count), "pii": [], "lookalikes": [str(year), count]})
                continue
            value = make()
            lines.append({"text": template.format(value), "pii": [], "lookalikes": [value]})
    rng.shuffle(lines)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "labelled.jsonl", "w") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    (out / "terms.json").write_text(json.dumps({"names": sorted(names), "terms": TERMS}, indent=1) + "\n")
    items = sum(len(l["pii"]) for l in lines)
    looks = sum(len(l["lookalikes"]) for l in lines)
    print(f"{len(lines)} sentences, {items} labelled items, {looks} lookalikes")

main()
