"""Writes crates/engine/tests/fixtures/pii/faker.jsonl: personal data that nobody here wrote,
made by the Faker library in seven locales, inside short letters in each
locale's language, plus lookalikes that must not be redacted (order and
invoice numbers, amounts, dates, versions, postcodes, Luhn-invalid 16-digit
numbers, reference codes of phone and card length). Seeded, so the file is
reproducible with the pinned Faker:

    pip install Faker==40.63.0
    python3 scripts/make-faker-pii-set.py

Each line is a letter in the format of labelled.jsonl (see make-pii-set.py)
with a "locale" field: {"locale": "de_DE", "text": ..., "pii": [{"kind": KIND,
"value": exact substring}], "lookalikes": [substrings that are not personal
data]}.

Phone numbers cover every national format Faker has for each locale (each
format at least once, extensions such as x921 included) and Faker's bare
13-digit msisdn; cards cover every card type Faker has, bare as Faker writes
them or grouped as people write them. In letters every phone number follows a word that
says it is one ("Tel.", "erreichen", "joindre", ...) within five words; 20
lines per locale list values bare, as a worker answering with every value it
saw does ("Values in the excerpt: a; b; c.")."""
import json
import pathlib
import random
import sys

try:
    import faker
    from faker import Faker
except ImportError:
    sys.exit("Faker is missing: pip install Faker==40.63.0")

FAKER_VERSION = "40.63.0"
if faker.VERSION != FAKER_VERSION:
    sys.exit(f"Faker {faker.VERSION} found; the set is made with {FAKER_VERSION}: pip install Faker=={FAKER_VERSION}")

SEED = 20261201
OUT = pathlib.Path(__file__).resolve().parent.parent / "crates" / "engine" / "tests" / "fixtures" / "pii" / "faker.jsonl"
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
PER_KIND = 100
CARD_TYPES = ["maestro", "mastercard", "visa13", "visa16", "visa19", "amex", "discover", "diners", "jcb15", "jcb16"]

# Per language: greetings, the sentences each kind appears in, and the labels
# that lookalikes carry in letters.
TEXT = {
    "en": {
        "hello": ["Dear {},", "Hello {},", "To {}:"],
        "bye": ["Kind regards, {}", "Best wishes, {}", "Sincerely, {}"],
        "PHONE": ["Please call me on {} if anything changes.", "Phone: {}", "You can reach me at {} during office hours.",
                  "Tel. {} (mornings only).", "My mobile number is {}.", "Fax: {}", "Ring the office on {} to book.",
                  "Contact number: {}"],
        "CARD": ["The deposit was charged to card {} last week.", "Card number: {}", "I paid with {} on Monday.",
                 "Please refund the amount to {}.", "The booking is guaranteed by {}."],
        "EMAIL": ["Write to {} with any questions.", "Email: {}", "Copies go to {} as well."],
        "IBAN": ["Please transfer the balance to {} by the end of the month.", "IBAN: {}", "Rent is paid into {}."],
        "IP": ["The login came from {} at night.", "Our records show the address {}.", "Blocked address: {}"],
        "SSN": ["Employee SSN {} is on file with HR.", "Social security number: {}", "His SSN, {}, was verified."],
        "order": "Order no. {} has shipped.", "invoice": "Invoice {} is overdue.", "amount": "The total comes to {}.",
        "date": "The contract was signed on {}.", "version": "Please update to version {} first.",
        "postcode": "The parcel goes to postcode {}.", "customer": "Customer number {} (internal).",
        "ref": "Our reference: {}", "case": "Case {} was closed.", "tracking": "Tracking number {} was delivered.",
    },
    "de": {
        "hello": ["Sehr geehrte Damen und Herren, {} schreibt Ihnen.", "Hallo {},", "Liebe(r) {},"],
        "bye": ["Mit freundlichen Grüßen, {}", "Viele Grüße, {}"],
        "PHONE": ["Sie erreichen mich unter {}.", "Telefon: {}", "Tel.: {}", "Mobil: {}", "Fax {}",
                  "Rufen Sie mich unter {} an.", "Meine Telefonnummer lautet {}.", "Bitte rufen Sie {} zurück."],
        "CARD": ["Die Kaution wurde von der Karte {} abgebucht.", "Kartennummer: {}", "Bezahlt habe ich mit {}.",
                 "Bitte erstatten Sie den Betrag auf {}."],
        "EMAIL": ["Schreiben Sie mir an {}.", "E-Mail: {}", "Eine Kopie geht an {}."],
        "IBAN": ["Bitte überweisen Sie den Betrag auf {}.", "IBAN: {}", "Die Miete geht auf das Konto {}."],
        "IP": ["Die Anmeldung kam von {}.", "IP-Adresse: {}", "Gesperrte Adresse: {}"],
        "order": "Bestellnummer {} wurde versandt.", "invoice": "Die Rechnung Nr. {} ist fällig.",
        "amount": "Der Gesamtbetrag beträgt {}.", "date": "Der Vertrag wurde am {} unterschrieben.",
        "version": "Bitte aktualisieren Sie auf Version {}.", "postcode": "Die Lieferung geht an PLZ {}.",
        "customer": "Kundennummer {} (intern).", "ref": "Unser Zeichen: {}", "case": "Aktenzeichen {} ist erledigt.",
        "tracking": "Sendungsnummer {} wurde zugestellt.",
    },
    "fr": {
        "hello": ["Madame, Monsieur, {} vous écrit.", "Bonjour {},", "Cher {},"],
        "bye": ["Cordialement, {}", "Bien à vous, {}"],
        "PHONE": ["Vous pouvez me joindre au {}.", "Téléphone : {}", "Tél. {}", "Portable : {}", "Fax : {}",
                  "Appelez-moi au {} en cas de besoin.", "Mon numéro de téléphone est le {}."],
        "CARD": ["La caution a été débitée de la carte {}.", "Numéro de carte : {}", "J'ai payé avec {} lundi.",
                 "Merci de rembourser le montant sur {}."],
        "EMAIL": ["Écrivez-moi à {}.", "Courriel : {}", "Une copie part à {}."],
        "IBAN": ["Merci de virer le solde sur {}.", "IBAN : {}", "Le loyer est versé sur le compte {}."],
        "IP": ["La connexion venait de {}.", "Adresse IP : {}", "Adresse bloquée : {}"],
        "order": "La commande n° {} est partie.", "invoice": "La facture {} est en retard.",
        "amount": "Le total s'élève à {}.", "date": "Le contrat a été signé le {}.",
        "version": "Veuillez installer la version {}.", "postcode": "Le colis part au code postal {}.",
        "customer": "Numéro client {} (interne).", "ref": "Notre référence : {}", "case": "Le dossier {} est clos.",
        "tracking": "Le colis {} a été livré.",
    },
    "es": {
        "hello": ["Estimados señores, les escribe {}.", "Hola {},", "Querido {}:"],
        "bye": ["Atentamente, {}", "Un saludo, {}"],
        "PHONE": ["Puede llamarme al {}.", "Teléfono: {}", "Tel. {}", "Móvil: {}", "Fax: {}",
                  "Mi número de teléfono es {}.", "Contacto: {}"],
        "CARD": ["La fianza se cargó a la tarjeta {}.", "Número de tarjeta: {}", "Pagué con {} el lunes.",
                 "Devuelvan el importe a {}."],
        "EMAIL": ["Escríbame a {}.", "Correo: {}", "Una copia va a {}."],
        "IBAN": ["Transfieran el saldo a {}.", "IBAN: {}", "El alquiler se paga en la cuenta {}."],
        "IP": ["El acceso vino de {}.", "Dirección IP: {}", "Dirección bloqueada: {}"],
        "order": "El pedido n.º {} ha salido.", "invoice": "La factura {} está vencida.",
        "amount": "El total asciende a {}.", "date": "El contrato se firmó el {}.",
        "version": "Actualice a la versión {}.", "postcode": "El paquete va al código postal {}.",
        "customer": "Número de cliente {} (interno).", "ref": "Nuestra referencia: {}",
        "case": "El expediente {} está cerrado.", "tracking": "El envío {} fue entregado.",
    },
    "it": {
        "hello": ["Spettabile ditta, vi scrive {}.", "Ciao {},", "Gentile {},"],
        "bye": ["Cordiali saluti, {}", "Distinti saluti, {}"],
        "PHONE": ["Può chiamarmi al {}.", "Telefono: {}", "Tel. {}", "Cellulare: {}", "Fax: {}",
                  "Il mio numero di telefono è {}.", "Per urgenze chiamare il {}."],
        "CARD": ["La cauzione è stata addebitata sulla carta {}.", "Numero della carta: {}", "Ho pagato con {} lunedì.",
                 "Rimborsate l'importo su {}."],
        "EMAIL": ["Scrivetemi a {}.", "Email: {}", "Una copia va a {}."],
        "IBAN": ["Vi prego di bonificare il saldo su {}.", "IBAN: {}", "L'affitto si paga sul conto {}."],
        "IP": ["L'accesso è arrivato da {}.", "Indirizzo IP: {}", "Indirizzo bloccato: {}"],
        "order": "L'ordine n. {} è stato spedito.", "invoice": "La fattura {} è scaduta.",
        "amount": "Il totale è di {}.", "date": "Il contratto è stato firmato il {}.",
        "version": "Aggiornate alla versione {}.", "postcode": "Il pacco va al CAP {}.",
        "customer": "Codice cliente {} (interno).", "ref": "Nostro riferimento: {}", "case": "La pratica {} è chiusa.",
        "tracking": "La spedizione {} è stata consegnata.",
    },
    "nl": {
        "hello": ["Geachte heer of mevrouw, {} schrijft u.", "Hallo {},", "Beste {},"],
        "bye": ["Met vriendelijke groet, {}", "Groeten, {}"],
        "PHONE": ["U kunt mij bereiken op {}.", "Telefoon: {}", "Tel. {}", "Mobiel: {}", "Fax: {}",
                  "Bel gerust naar {}.", "Mijn telefoonnummer is {}."],
        "CARD": ["De borg is afgeschreven van kaart {}.", "Kaartnummer: {}", "Ik heb met {} betaald.",
                 "Stort het bedrag terug op {}."],
        "EMAIL": ["Schrijf mij op {}.", "E-mail: {}", "Een kopie gaat naar {}."],
        "IBAN": ["Maak het saldo over naar {}.", "IBAN: {}", "De huur gaat naar rekening {}."],
        "IP": ["De aanmelding kwam van {}.", "IP-adres: {}", "Geblokkeerd adres: {}"],
        "order": "Bestelling {} is verzonden.", "invoice": "Factuur {} is vervallen.",
        "amount": "Het totaal bedraagt {}.", "date": "Het contract is op {} getekend.",
        "version": "Werk eerst bij naar versie {}.", "postcode": "Het pakket gaat naar postcode {}.",
        "customer": "Klantnummer {} (intern).", "ref": "Ons kenmerk: {}", "case": "Dossier {} is gesloten.",
        "tracking": "Zending {} is bezorgd.",
    },
}

DATE_PATTERNS = {
    "en_US": ["%m/%d/%Y", "%B %d, %Y", "%Y-%m-%d"], "en_GB": ["%d/%m/%Y", "%d %B %Y", "%Y-%m-%d"],
    "de_DE": ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"], "fr_FR": ["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"],
    "es_ES": ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"], "it_IT": ["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"],
    "nl_NL": ["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"],
}


def grouped_card(rng, number, card_type):
    """Faker writes cards bare; people group them."""
    if rng.random() < 0.5:
        return number
    sep = rng.choice([" ", "-"])
    if card_type == "amex":
        return sep.join([number[:4], number[4:10], number[10:]])
    if card_type == "diners":
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


def phones(fake, rng):
    """Every national format of the locale at least once, then random ones,
    then Faker's msisdn (13 bare digits)."""
    provider = fake.provider("faker.providers.phone_number")
    formats = list(provider.formats) + list(getattr(provider, "basic_formats", ()))
    rng.shuffle(formats)
    while len(formats) < PER_KIND + 20:
        formats.append(rng.choice(formats))
    values = [fake.numerify(fake.parse(f)) for f in formats]
    values += [fake.msisdn() for _ in range(20)]
    return values


def lookalikes(fake, rng, locale):
    """Numbers and codes of the same shapes that are not personal data."""
    d = fake.numerify
    day = lambda: fake.date_between(start_date="-10y", end_date="+1y")
    bad16 = lambda: (lambda n: n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10))(
        fake.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "discover", "jcb16"])))
    makers = [
        ("order", lambda: rng.choice([d("##########"), d("0#########"), d("####-####-##"), d("ORD-######"),
                                      d("#############")])),
        ("invoice", lambda: rng.choice([d("########"), d("20##-######"), d("0##########"), d("%##-###-####")])),
        ("amount", lambda: rng.choice([fake.pricetag(), d("%# ### ###"), d("%.###.###,##"), d("%,###,###.##")])),
        ("date", lambda: day().strftime(rng.choice(DATE_PATTERNS[locale]))),
        ("version", lambda: f"{rng.randint(1, 30)}.{rng.randint(0, 40)}.{rng.randint(0, 300)}"),
        ("postcode", lambda: fake.postcode()),
        ("customer", bad16),
        ("ref", lambda: rng.choice([d("##########"), d("0##########"), d("%##-%##-####"), d("############"),
                                    bad16()])),
        ("case", lambda: f"{rng.randint(2015, 2026)}-{d('####')}"),
        ("tracking", lambda: rng.choice(["1Z" + d("###") + "AA" + d("##########"), d("JJD00############")])),
    ]
    out = []
    for _ in range(3 * PER_KIND):
        key, make = rng.choice(makers)
        out.append((key, make()))
    return out


def main():
    rng = random.Random(SEED)
    lines = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rng.randint(0, 2**31))
        text = TEXT[locale[:2]]
        items = [("PHONE", v) for v in phones(fake, rng)]
        for i in range(12 * len(CARD_TYPES)):
            card_type = CARD_TYPES[i % len(CARD_TYPES)]
            items.append(("CARD", grouped_card(rng, fake.credit_card_number(card_type=card_type), card_type)))
        items += [("EMAIL", rng.choice([fake.email(), fake.free_email(), fake.company_email()]))
                  for _ in range(PER_KIND)]
        for _ in range(PER_KIND):
            iban = fake.iban()
            items.append(("IBAN", iban if rng.random() < 0.5 else " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))))
        items += [("IP", rng.choice([fake.ipv4(), fake.ipv4_private(), fake.ipv4_public()])) for _ in range(PER_KIND)]
        if locale == "en_US":
            items += [("SSN", fake.ssn()) for _ in range(PER_KIND)]
        # A worker that answers with every value it saw lists them bare, with no word before each.
        listed = rng.sample(items, 60)
        sentences = [(rng.choice(text[kind]).format(value), kind, value) for kind, value in items]
        sentences += [(text[key].format(value), None, value) for key, value in lookalikes(fake, rng, locale)]
        rng.shuffle(sentences)
        # Short letters: a greeting, two to five sentences, a closing.
        while sentences:
            count = rng.randint(2, 5)
            body, sentences = sentences[:count], sentences[count:]
            parts = [rng.choice(text["hello"]).format(fake.name())] + [s for s, _, _ in body]
            parts.append(rng.choice(text["bye"]).format(fake.name()))
            lines.append({
                "locale": locale,
                "text": " ".join(parts),
                "pii": [{"kind": kind, "value": value} for _, kind, value in body if kind],
                "lookalikes": [value for _, kind, value in body if not kind],
            })
        for start in range(0, len(listed), 3):
            values = listed[start:start + 3]
            lines.append({
                "locale": locale,
                "text": "Values in the excerpt: " + "; ".join(value for _, value in values) + ".",
                "pii": [{"kind": kind, "value": value} for kind, value in values],
                "lookalikes": [],
            })
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    items = sum(len(l["pii"]) for l in lines)
    looks = sum(len(l["lookalikes"]) for l in lines)
    print(f"{len(lines)} letters, {items} labelled items, {looks} lookalikes, {OUT.stat().st_size // 1024} KB")


main()
