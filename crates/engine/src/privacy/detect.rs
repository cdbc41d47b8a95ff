//! Finding personal data in text: emails, phone numbers, payment cards
//! (Luhn), IBANs (mod 97), US social security numbers, IPv4 and IPv6
//! addresses, dates of birth, and the names or terms the user lists.
//!
//! Scanners, not regular expressions: each kind has a cheap trigger (an `@`,
//! a digit, a colon) and a validator, which keeps the wasm small and lets the
//! checksum-backed kinds refuse lookalikes (order numbers, versions, ordinary
//! dates) that a pattern alone would take.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A kind of personal data, named as its placeholder is (`[EMAIL_1]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PiiKind {
    Email,
    Phone,
    Card,
    Iban,
    Ssn,
    Ip,
    Birthdate,
    Person,
    Term,
}

impl PiiKind {
    pub const ALL: [PiiKind; 9] = [
        Self::Email,
        Self::Phone,
        Self::Card,
        Self::Iban,
        Self::Ssn,
        Self::Ip,
        Self::Birthdate,
        Self::Person,
        Self::Term,
    ];

    /// The placeholder's label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Email => "EMAIL",
            Self::Phone => "PHONE",
            Self::Card => "CARD",
            Self::Iban => "IBAN",
            Self::Ssn => "SSN",
            Self::Ip => "IP",
            Self::Birthdate => "BIRTHDATE",
            Self::Person => "PERSON",
            Self::Term => "TERM",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.label() == label)
    }

    /// In words, for the audit.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Email => "email address",
            Self::Phone => "phone number",
            Self::Card => "payment card number",
            Self::Iban => "IBAN",
            Self::Ssn => "social security number",
            Self::Ip => "IP address",
            Self::Birthdate => "date of birth",
            Self::Person => "listed name",
            Self::Term => "listed term",
        }
    }
}

/// The user's own list: names of people, and other terms to hide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listed {
    pub names: Vec<String>,
    pub terms: Vec<String>,
}

/// One piece of personal data: where it is and what kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: PiiKind,
    pub span: Range<usize>,
}

/// Every piece of personal data in `text`, in order, without overlaps
/// (where two detectors claim the same characters the earlier, longer one
/// wins). `listed` names and terms are matched as whole words regardless of
/// case.
pub fn find_pii(text: &str, listed: &Listed) -> Vec<Found> {
    let mut found = Vec::new();
    found.extend(emails(text));
    found.extend(ipv6(text));
    found.extend(ibans(text));
    found.extend(digit_runs(text));
    found.extend(ipv4(text));
    found.extend(birthdates(text));
    found.extend(listed_terms(text, listed));
    found.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for item in found {
        if kept.last().is_none_or(|last| item.span.start >= last.span.end) {
            kept.push(item);
        }
    }
    kept
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Whether `span` is not glued to letters or digits on either side.
fn stands_alone(text: &str, span: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let before = span.start.checked_sub(1).and_then(|i| bytes.get(i)).copied();
    let after = bytes.get(span.end).copied();
    !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte)
}

/// The lowercased word that ends just before `at` (skipping spaces and
/// punctuation such as `#`, `:` or `.`), up to 3 words back joined by spaces.
fn words_before(text: &str, at: usize, count: usize) -> String {
    let head = &text[..at];
    let words: Vec<&str> = head.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(count).collect();
    words.into_iter().rev().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn emails(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let local_byte = |b: u8| b.is_ascii_alphanumeric() || b"._%+-'".contains(&b);
    let domain_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
    let mut out = Vec::new();
    let mut search_from = 0;
    while let Some(offset) = text[search_from..].find('@') {
        let at = search_from + offset;
        search_from = at + 1;
        let mut start = at;
        while start > 0 && local_byte(bytes[start - 1]) {
            start -= 1;
        }
        while start < at && matches!(bytes[start], b'.' | b'\'' | b'-') {
            start += 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain_byte(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &text[at + 1..end];
        let tld = domain.rsplit('.').next().unwrap_or("");
        let valid = start < at
            && domain.contains('.')
            && !domain.contains("..")
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic());
        if valid {
            out.push(Found { kind: PiiKind::Email, span: start..end });
            search_from = end;
        }
    }
    out
}

fn ipv6(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.';
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !part(bytes[i]) || (i > 0 && is_word_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && part(bytes[i]) {
            i += 1;
        }
        let mut end = i;
        while end > start && matches!(bytes[end - 1], b'.' | b':') && !text[start..end].ends_with("::") {
            end -= 1;
        }
        let candidate = &text[start..end];
        if candidate.matches(':').count() >= 2
            && stands_alone(text, &(start..end))
            && candidate.parse::<std::net::Ipv6Addr>().is_ok()
        {
            out.push(Found { kind: PiiKind::Ip, span: start..end });
        }
    }
    out
}

/// mod-97 over the rearranged IBAN, digits for letters.
fn iban_checksum_ok(compact: &str) -> bool {
    let (head, tail) = compact.split_at(4);
    let mut remainder: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let value = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        remainder = if value >= 10 { (remainder * 100 + value) % 97 } else { (remainder * 10 + value) % 97 };
    }
    remainder == 1
}

fn ibans(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let starts = bytes[i].is_ascii_uppercase()
            && bytes[i + 1].is_ascii_uppercase()
            && bytes[i + 2].is_ascii_digit()
            && bytes[i + 3].is_ascii_digit()
            && (i == 0 || !is_word_byte(bytes[i - 1]));
        if !starts {
            i += 1;
            continue;
        }
        // Up to 34 characters, written whole or in groups of four (the last
        // group may be shorter) separated by one space; `ends[k]` is the byte
        // end of the first k characters.
        let mut compact = String::new();
        let mut ends = vec![i];
        let mut j = i;
        let mut group = 0;
        while j < bytes.len() && compact.len() < 34 {
            let b = bytes[j];
            if b.is_ascii_alphanumeric() {
                compact.push(b.to_ascii_uppercase() as char);
                group += 1;
                j += 1;
                ends.push(j);
            } else if b == b' ' && group == 4 && bytes.get(j + 1).is_some_and(u8::is_ascii_alphanumeric) {
                group = 0;
                j += 1;
            } else {
                break;
            }
        }
        // Grouping may have swallowed a following word: back off to the
        // longest valid prefix that does not end inside a word.
        let matched = (15..=compact.len())
            .rev()
            .find(|&length| stands_alone(text, &(i..ends[length])) && iban_checksum_ok(&compact[..length]));
        if let Some(length) = matched {
            out.push(Found { kind: PiiKind::Iban, span: i..ends[length] });
            i = ends[length];
            continue;
        }
        i += 1;
    }
    out
}

fn luhn_ok(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A run of digits with the separators phone numbers, cards and SSNs use.
struct DigitRun {
    span: Range<usize>,
    digits: Vec<u8>,
    /// Digit counts of the groups between separators.
    groups: Vec<usize>,
    separators: Vec<u8>,
    plus: bool,
    parenthesised: bool,
    /// A trunk prefix written `(0)` after the country code (`+44 (0)20 …`).
    trunk_zero: bool,
    /// A phone extension (`x921`, ` ext. 12`) ends the span.
    extension: bool,
}

fn digit_run_at(text: &str, start: usize) -> DigitRun {
    let bytes = text.as_bytes();
    let mut run = DigitRun {
        span: start..start,
        digits: Vec::new(),
        groups: vec![0],
        separators: Vec::new(),
        plus: false,
        parenthesised: false,
        trunk_zero: false,
        extension: false,
    };
    let mut i = start;
    if bytes.get(i) == Some(&b'+') {
        run.plus = true;
        i += 1;
    }
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let spaces_from = |mut k: usize| {
        while bytes.get(k) == Some(&b' ') {
            k += 1;
        }
        k
    };
    let mut open_paren: Option<usize> = None;
    let mut end = i;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            run.digits.push(b - b'0');
            if let Some(last) = run.groups.last_mut() {
                *last += 1;
            }
            i += 1;
            end = i;
            // The area code's closing parenthesis, then optional spaces or a hyphen before the number.
            if let Some(opened) = open_paren.filter(|_| bytes.get(i) == Some(&b')')) {
                open_paren = None;
                if run.plus && run.digits.len() == opened + 1 && run.digits[opened] == 0 {
                    run.trunk_zero = true;
                }
                let mut k = spaces_from(i + 1);
                if bytes.get(k) == Some(&b'-') {
                    k = spaces_from(k + 1);
                }
                if digit_at(k) {
                    run.groups.push(0);
                    run.separators.push(b')');
                    i = k;
                } else {
                    break;
                }
            }
        } else if b == b'(' && !run.parenthesised && run.digits.len() <= 3 && digit_at(i + 1) {
            run.parenthesised = true;
            open_paren = Some(run.digits.len());
            if run.groups.last() != Some(&0) {
                run.groups.push(0);
                run.separators.push(b'(');
            }
            i += 1;
        } else if matches!(b, b' ' | b'-' | b'.')
            && !run.digits.is_empty()
            && open_paren.is_none()
            && (digit_at(i + 1) || (b == b' ' && bytes.get(i + 1) == Some(&b'(') && digit_at(i + 2)))
        {
            run.groups.push(0);
            run.separators.push(b);
            i += 1;
        } else {
            break;
        }
    }
    if open_paren.is_some() {
        // "(123" with no closing parenthesis is not a phone number's area code.
        run.digits.clear();
    }
    run.groups.retain(|g| *g > 0);
    if !run.digits.is_empty() {
        if let Some(ext_end) = extension_at(bytes, end) {
            run.extension = true;
            end = ext_end;
        }
    }
    run.span = start..end;
    run
}

/// The end of a phone extension starting at `at`: `x921`, ` x 921`,
/// `ext. 921` or ` ext 921` (1 to 6 digits, not glued to a word).
fn extension_at(bytes: &[u8], at: usize) -> Option<usize> {
    let mut k = at;
    if bytes.get(k) == Some(&b' ') {
        k += 1;
    }
    let rest = bytes.get(k..)?;
    let marker = if rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"ext") {
        if rest.get(3) == Some(&b'.') {
            4
        } else {
            3
        }
    } else if matches!(rest.first(), Some(b'x' | b'X')) {
        1
    } else {
        return None;
    };
    k += marker;
    if bytes.get(k) == Some(&b' ') {
        k += 1;
    }
    let digits = bytes.get(k..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let end = k + digits;
    ((1..=6).contains(&digits) && !bytes.get(end).copied().is_some_and(is_word_byte)).then_some(end)
}

/// What the words just before a number say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Phone,
    Card,
    /// An order, invoice, reference, customer, postcode or version number.
    Other,
    None,
}

/// Words that introduce a phone number in the seven languages the Faker set
/// covers, whole or as the start of a longer word (`telefonnummer`).
const PHONE_WORDS: [&str; 13] =
    ["tel", "tél", "fax", "call", "ring", "reach", "cell", "mob", "bel", "handy", "sms", "whatsapp", "ph"];
const PHONE_STEMS: [&str; 21] = [
    "phon", "telef", "teléf", "télép", "mobil", "móvil", "cellul", "erreich", "joindr", "joign", "appel", "llam",
    "chiam", "bereik", "ruf", "anruf", "kontakt", "contact", "contatt", "mobiel", "portab",
];
const CARD_WORDS: [&str; 6] = ["cc", "visa", "amex", "maestro", "mastercard", "jcb"];
const CARD_STEMS: [&str; 7] = ["card", "kart", "carte", "tarjet", "carta", "kaart", "creditcard"];
/// Words before numbers that are not personal data. Stems, so that
/// `bestellnummer` and `factuurnummer` count.
const OTHER_WORDS: [&str; 15] =
    ["ref", "réf", "rif", "id", "sn", "case", "part", "item", "sku", "v", "ean", "zip", "plz", "cap", "cp"];
const OTHER_STEMS: [&str; 43] = [
    "order",
    "ordine",
    "invoice",
    "referen",
    "référen",
    "riferim",
    "account",
    "acct",
    "serial",
    "isbn",
    "ticket",
    "polic",
    "version",
    "versión",
    "versie",
    "build",
    "postcode",
    "postal",
    "bestell",
    "rechnung",
    "auftrag",
    "kunde",
    "aktenz",
    "zeichen",
    "sendung",
    "commande",
    "factur",
    "dossier",
    "client",
    "colis",
    "pedido",
    "expedient",
    "fattur",
    "pratic",
    "codic",
    "spediz",
    "factuur",
    "kenmerk",
    "klant",
    "zending",
    "tracking",
    "contract",
    "contrat",
];

/// The cue among the five words before `at` (within 48 bytes), nearest
/// first; neutral words such as "number", "is" or "on" are passed over.
fn cue_before(text: &str, at: usize) -> Cue {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..at];
    for word in head.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(5) {
        if word.bytes().any(|b| b.is_ascii_digit()) {
            break;
        }
        let word = word.to_lowercase();
        let is = |words: &[&str], stems: &[&str]| {
            words.contains(&word.as_str()) || stems.iter().any(|s| word.starts_with(s))
        };
        if is(&PHONE_WORDS, &PHONE_STEMS) {
            return Cue::Phone;
        }
        if is(&CARD_WORDS, &CARD_STEMS) {
            return Cue::Card;
        }
        if is(&OTHER_WORDS, &OTHER_STEMS) {
            return Cue::Other;
        }
    }
    Cue::None
}

const DATE_WORDS: [&str; 6] = ["dated", "date", "on", "signed", "until", "from"];

fn digit_runs(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b.is_ascii_digit() || b == b'+' || b == b'(')
            && (i == 0 || !(is_word_byte(bytes[i - 1]) || matches!(bytes[i - 1], b'.' | b'-' | b'/' | b',')));
        if !starts {
            i += 1;
            continue;
        }
        let run = digit_run_at(text, i);
        if run.digits.is_empty() {
            i += 1;
            continue;
        }
        let next = bytes.get(run.span.end).copied();
        let digit_after = bytes.get(run.span.end + 1).is_some_and(u8::is_ascii_digit);
        let glued = next.is_some_and(|n| is_word_byte(n) || n == b'%')
            || (matches!(next, Some(b'.' | b'-' | b'/' | b',' | b':')) && digit_after);
        if !glued {
            if let Some(kind) = classify_digits(text, &run) {
                out.push(Found { kind, span: run.span.clone() });
            }
        }
        i = run.span.end.max(i + 1);
    }
    out
}

/// Whether the card networks issue numbers of this length with these leading
/// digits (IIN ranges): Visa, Mastercard (51–55, 2221–2720), Amex, Discover,
/// JCB (3528–3589, and 1800/2131 at 15 digits; the rest of 35 is claimed too,
/// as Faker issues it and no other network does), Diners, Maestro (50, 56–69,
/// and 0604 as older range lists have it) and UnionPay (62).
fn issued_length(digits: &[u8]) -> bool {
    let n = digits.len();
    let prefix = |k: usize| digits[..k].iter().fold(0u32, |acc, d| acc * 10 + u32::from(*d));
    let (p2, p3, p4, p6) = (prefix(2), prefix(3), prefix(4), prefix(6));
    match digits[0] {
        4 => matches!(n, 13 | 16 | 19),
        _ if (51..=55).contains(&p2) || (2221..=2720).contains(&p4) => n == 16,
        _ if p2 == 34 || p2 == 37 => n == 15,
        _ if p4 == 1800 || p4 == 2131 => n == 15,
        _ if p2 == 35 => (16..=19).contains(&n),
        _ if (300..=305).contains(&p3) || p4 == 3095 || matches!(p2, 36 | 38 | 39) => (14..=19).contains(&n),
        _ if p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || (622126..=622925).contains(&p6) => {
            (16..=19).contains(&n)
        }
        _ if p2 == 50 || (56..=69).contains(&p2) || p4 == 604 => (12..=19).contains(&n),
        _ => false,
    }
}

fn classify_digits(text: &str, run: &DigitRun) -> Option<PiiKind> {
    let cue = cue_before(text, run.span.start);
    let phone = phone_shaped(text, run, cue);
    if run.extension {
        return phone.then_some(PiiKind::Phone);
    }
    if phone && cue == Cue::Phone {
        return Some(PiiKind::Phone);
    }
    if card_shaped(run, cue) {
        return Some(PiiKind::Card);
    }

    // US SSN: 3-2-4 with hyphens or spaces, or 9 digits after "SSN".
    let seps = plain_separators(run);
    let before = words_before(text, run.span.start, 2);
    let ssn_shape = (run.groups == [3, 2, 4] && seps.len() <= 1 && !seps.contains(&b'.'))
        || (run.groups == [9] && (before.contains("ssn") || before.contains("security")));
    if ssn_shape && !run.plus && !run.parenthesised {
        let area = u32::from(run.digits[0]) * 100 + u32::from(run.digits[1]) * 10 + u32::from(run.digits[2]);
        let group = u32::from(run.digits[3]) * 10 + u32::from(run.digits[4]);
        let serial = run.digits[5..].iter().fold(0u32, |acc, d| acc * 10 + u32::from(*d));
        if area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 {
            return Some(PiiKind::Ssn);
        }
    }
    phone.then_some(PiiKind::Phone)
}

/// The separators between groups, parentheses left out.
fn plain_separators(run: &DigitRun) -> std::collections::BTreeSet<u8> {
    run.separators.iter().copied().filter(|s| !matches!(s, b'(' | b')')).collect()
}

/// A payment card: a length its network issues for its leading digits, or
/// any 12 to 19 digits after a word such as "card"; always Luhn; written
/// whole or in groups of four (Amex 4-6-5, Diners 4-6-4). Short numbers (12
/// to 14 digits) after an order, invoice or reference word are left alone.
fn card_shaped(run: &DigitRun, cue: Cue) -> bool {
    let n = run.digits.len();
    let seps = plain_separators(run);
    if !(12..=19).contains(&n) || run.plus || run.parenthesised || seps.len() > 1 || seps.contains(&b'.') {
        return false;
    }
    let grouping_ok = run.groups.len() == 1
        || run.groups[..run.groups.len() - 1].iter().all(|g| *g == 4)
        || run.groups == [4, 6, 5]
        || run.groups == [4, 6, 4];
    let network_ok = match cue {
        Cue::Card => true,
        Cue::Other => n >= 15 && issued_length(&run.digits),
        Cue::Phone | Cue::None => issued_length(&run.digits),
    };
    grouping_ok && network_ok && luhn_ok(&run.digits)
}

/// A phone number in one of the national layouts: with a country code
/// (`+44 …`, `+49(0)…`, `001-…`), North American (`415-555-0132`,
/// `(415)555-0132`, `1-800-…`), national with a trunk 0 (`030 1234 5678`,
/// `(0113) 496 0123`, `0612345678`), or any 7 to 15 digits right after a
/// word that says it is a phone number ("Tel.", "erreichen", "joindre").
/// An extension may follow.
fn phone_shaped(text: &str, run: &DigitRun, cue: Cue) -> bool {
    let digits = &run.digits;
    let n = digits.len();
    let seps = plain_separators(run);
    if cue == Cue::Other || seps.len() > 1 || n < 7 {
        return false;
    }
    if run.plus {
        return (8..=15).contains(&(n - usize::from(run.trunk_zero)));
    }
    if digits[..2] == [0, 0] {
        return (10..=17).contains(&n) && digits[2] != 0;
    }
    if n > 15 {
        return false;
    }
    let cued = cue == Cue::Phone;
    if run.parenthesised {
        return n >= 9 || run.groups.len() >= 3;
    }
    let groups = run.groups.as_slice();
    if groups.len() == 1 {
        // Bare digits: a phone word, a national number with its trunk 0, or
        // a North American number (area code and exchange start 2–9), which
        // a worker listing what it saw writes without any cue; an order or
        // reference word before it has already said otherwise.
        let nanp = |d: &[u8]| d.len() == 10 && d[0] >= 2 && d[3] >= 2;
        let north_american = nanp(digits) || (n == 11 && digits[0] == 1 && nanp(&digits[1..]));
        return cued || north_american || (digits[0] == 0 && digits[1] != 0 && (10..=11).contains(&n));
    }
    let last_word = words_before(text, run.span.start, 1);
    let date_like = groups.len() == 3 && n <= 8;
    if date_like && (DATE_WORDS.contains(&last_word.as_str()) || !cued) {
        return false;
    }
    let north_american = groups == [3, 3, 4] || groups == [1, 3, 3, 4] && digits[0] == 1;
    let national = digits[0] == 0
        && digits[1] != 0
        && groups.iter().all(|g| (1..=8).contains(g))
        && groups[0] >= 2
        && (n >= 10 || cued);
    let dotted = seps.contains(&b'.');
    if dotted && !north_american && !(national && (groups.len() >= 4 || cued)) {
        return false;
    }
    north_american || national || (cued && n <= 13 && groups.iter().all(|g| (2..=8).contains(g)))
}

fn ipv4(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && (is_word_byte(bytes[i - 1]) || bytes[i - 1] == b'.')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
            i += 1;
        }
        let mut end = i;
        while end > start && bytes[end - 1] == b'.' {
            end -= 1;
        }
        let candidate = &text[start..end];
        let parts: Vec<&str> = candidate.split('.').collect();
        let octets_ok =
            parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok());
        let after = bytes.get(end).copied();
        let glued = after.is_some_and(|b| is_word_byte(b) || b == b'-');
        let before = words_before(text, start, 1);
        let versioned = matches!(before.as_str(), "version" | "v" | "ver" | "release" | "build" | "firmware");
        if octets_ok && !glued && !versioned {
            out.push(Found { kind: PiiKind::Ip, span: start..end });
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> bool {
    let word = word.trim_end_matches('.').to_lowercase();
    word.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(&word))
}

/// The length of a date at the start of `text`: 1984-03-12, 12/03/1984,
/// 12.03.1984, 3/12/84, March 12, 1984, 12 March 1984, 12th of March 1984.
fn date_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits_at = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let first = digits_at(0);
    if first > 0 {
        // Numeric: three groups of digits with one separator kind.
        let sep = *bytes.get(first)?;
        if matches!(sep, b'-' | b'/' | b'.') {
            let second = digits_at(first + 1);
            if second > 0 && second <= 2 && bytes.get(first + 1 + second) == Some(&sep) {
                let third = digits_at(first + 2 + second);
                let end = first + 2 + second + third;
                let shape_ok = (first == 4 && third <= 2 && third > 0) || (first <= 2 && (third == 4 || third == 2));
                if shape_ok {
                    return Some(end);
                }
            }
        }
        // 12 March 1984 / 12th of March, 1984
        let mut rest = &text[first..];
        rest = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() && c.is_lowercase() && "stndrh".contains(c));
        rest = rest.trim_start();
        rest = rest.strip_prefix("of ").unwrap_or(rest);
        let word: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '.').collect();
        if first <= 2 && month(&word) {
            let after = rest[word.len()..].trim_start_matches([',', ' ']);
            let year = after.bytes().take_while(u8::is_ascii_digit).count();
            if year == 4 {
                return Some(text.len() - after.len() + 4);
            }
        }
        return None;
    }
    // March 12, 1984
    let word: String = text.chars().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    if !month(&word) {
        return None;
    }
    let rest = text[word.len()..].trim_start();
    let day = rest.bytes().take_while(u8::is_ascii_digit).count();
    if day == 0 || day > 2 {
        return None;
    }
    let after = rest[day..].trim_start_matches(|c: char| c.is_ascii_lowercase());
    let after = after.trim_start_matches([',', ' ']);
    let year = after.bytes().take_while(u8::is_ascii_digit).count();
    (year == 4).then(|| text.len() - after.len() + 4)
}

const BIRTH_CUES: [&str; 7] = ["date of birth", "birth date", "birthdate", "dob", "born on", "born", "birthday"];

fn birthdates(text: &str) -> Vec<Found> {
    // ASCII lowercasing keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let mut out: Vec<Found> = Vec::new();
    for cue in BIRTH_CUES {
        let mut from = 0;
        while let Some(offset) = lower[from..].find(cue) {
            let at = from + offset;
            from = at + cue.len();
            let word_start = at == 0 || !is_word_byte(lower.as_bytes()[at - 1]);
            let word_end = !lower.as_bytes().get(from).copied().is_some_and(is_word_byte);
            if !word_start || !word_end {
                continue;
            }
            // The date follows within a few characters (": ", " on ", " is ").
            let tail = &text[from..];
            let skipped = tail.len() - tail.trim_start_matches([':', ' ', '-', '(', ',']).len();
            let mut start = from + skipped;
            for filler in ["on ", "is ", "was ", "in "] {
                if lower[start..].starts_with(filler) {
                    start += filler.len();
                }
            }
            if let Some(length) = date_at(&text[start..]) {
                let span = start..start + length;
                if !out.iter().any(|f| f.span == span) {
                    out.push(Found { kind: PiiKind::Birthdate, span });
                }
            }
        }
    }
    out
}

fn listed_terms(text: &str, listed: &Listed) -> Vec<Found> {
    // ASCII lowercasing keeps every byte offset (letters beyond ASCII match as written).
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let all = listed.names.iter().map(|n| (PiiKind::Person, n)).chain(listed.terms.iter().map(|t| (PiiKind::Term, t)));
    for (kind, term) in all.map(|(k, t)| (k, t.trim())).filter(|(_, t)| t.chars().count() >= 2) {
        let needle = term.to_ascii_lowercase();
        for (at, _) in lower.match_indices(&needle) {
            let span = at..at + needle.len();
            if stands_alone(text, &span) {
                out.push(Found { kind, span });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(PiiKind, &str)> {
        find_pii(text, &Listed::default()).into_iter().map(|f| (f.kind, &text[f.span])).collect()
    }

    #[test]
    fn each_kind_is_found_with_its_exact_extent() {
        let cases = [
            ("Write to jane.doe+law@example.co.uk.", PiiKind::Email, "jane.doe+law@example.co.uk"),
            ("Call +44 20 7946 0958 today", PiiKind::Phone, "+44 20 7946 0958"),
            ("Call (415) 555-0132.", PiiKind::Phone, "(415) 555-0132"),
            ("Call 415-555-0132.", PiiKind::Phone, "415-555-0132"),
            ("Mobile 06 12 34 56 78.", PiiKind::Phone, "06 12 34 56 78"),
            ("Phone: 267-398-9676x921.", PiiKind::Phone, "267-398-9676x921"),
            ("Call (415) 555-0132 ext. 12 today", PiiKind::Phone, "(415) 555-0132 ext. 12"),
            ("Tel. 8785878870 (mornings)", PiiKind::Phone, "8785878870"),
            ("Tel: 01134960478.", PiiKind::Phone, "01134960478"),
            ("My mobile number is 2706889435210.", PiiKind::Phone, "2706889435210"),
            ("Call 001-878-469-0736 now", PiiKind::Phone, "001-878-469-0736"),
            ("Sie erreichen mich unter +49(0) 883685957.", PiiKind::Phone, "+49(0) 883685957"),
            ("Portable : +33 (0)5 31 82 88 36", PiiKind::Phone, "+33 (0)5 31 82 88 36"),
            ("Bel gerust naar (0812)-865707.", PiiKind::Phone, "(0812)-865707"),
            ("Telefono: 0865344979", PiiKind::Phone, "0865344979"),
            ("Card 4111 1111 1111 1111 on file", PiiKind::Card, "4111 1111 1111 1111"),
            ("JCB 180094580730211.", PiiKind::Card, "180094580730211"),
            ("Paid with 3530224154990955.", PiiKind::Card, "3530224154990955"),
            ("Maestro 5018 5736 8192 only", PiiKind::Card, "5018 5736 8192"),
            ("Paid with 501857368192.", PiiKind::Card, "501857368192"),
            ("Diners 36303642621292.", PiiKind::Card, "36303642621292"),
            ("UnionPay 6212972200332246.", PiiKind::Card, "6212972200332246"),
            ("Mastercard 2221 5383 2364 0563.", PiiKind::Card, "2221 5383 2364 0563"),
            ("Visa 4145475277204056088 and", PiiKind::Card, "4145475277204056088"),
            ("Visa 4656907029313 and", PiiKind::Card, "4656907029313"),
            ("Amex 3782 822463 10005.", PiiKind::Card, "3782 822463 10005"),
            ("Pay to DE89 3704 0044 0532 0130 00 by Friday", PiiKind::Iban, "DE89 3704 0044 0532 0130 00"),
            ("IBAN GB82WEST12345698765432.", PiiKind::Iban, "GB82WEST12345698765432"),
            ("SSN 123-45-6789.", PiiKind::Ssn, "123-45-6789"),
            ("from 192.168.10.4 at noon", PiiKind::Ip, "192.168.10.4"),
            ("host 2001:db8::8a2e:370:7334 failed", PiiKind::Ip, "2001:db8::8a2e:370:7334"),
            ("Date of birth: 12/03/1984.", PiiKind::Birthdate, "12/03/1984"),
            ("She was born on March 12, 1984 in Lyon", PiiKind::Birthdate, "March 12, 1984"),
            ("DOB 1984-03-12", PiiKind::Birthdate, "1984-03-12"),
        ];
        for (text, kind, value) in cases {
            assert_eq!(kinds(text), vec![(kind, value)], "{text}");
        }
    }

    #[test]
    fn bare_north_american_numbers_are_phones_unless_a_word_says_otherwise() {
        assert_eq!(
            kinds("Values seen: 8785878870, 12673989676."),
            [(PiiKind::Phone, "8785878870"), (PiiKind::Phone, "12673989676")]
        );
        assert!(kinds("Order 8785878870 shipped.").is_empty());
        assert!(kinds("It took 1234567890 ms.").is_empty(), "area code 123 is not one");
    }

    #[test]
    fn lookalikes_are_left_alone() {
        for text in [
            "Order 4829-1033-77 shipped.",
            "Upgrade to version 2.14.3 or v1.0.0.1 first.",
            "Signed on March 12, 2024 in Paris.",
            "Meeting on 2024-03-15 at 10:30:45.",
            "Invoice no. 4111111111111112 is due.",
            "ISBN 978-3-16-148410-0",
            "The total was 1,250,000.50 EUR, up 12.5%.",
            "MAC 00:1A:2B:3C:4D:5E",
            "Room 4.12, open from nine to five.",
            "Reference 000-12-3456 and 666-12-3456.",
            "Invoice 8785878870 is overdue.",
            "Our reference: 555-123-4567",
            "Order no. 1272467947874 has shipped.",
            "Bestellnummer 0123456789 wurde versandt.",
            "ZIP 02134-1234, Boston.",
            "Kundennummer 4162411730909313 (intern).",
            "Ref. 501857368192 is not a card here.",
            "The total comes to 65 811 029.",
            "Dimensions 1024x768 and 3 x 4.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn listed_names_match_whole_words_in_any_case() {
        let listed = Listed { names: vec!["Jane Doe".into()], terms: vec!["project falcon".into()] };
        let text = "JANE DOE leads Project Falcon; Jane Doerr does not.";
        let found: Vec<_> = find_pii(text, &listed).into_iter().map(|f| (f.kind, &text[f.span])).collect();
        assert_eq!(found, vec![(PiiKind::Person, "JANE DOE"), (PiiKind::Term, "Project Falcon")]);
    }

    #[test]
    fn checksums_decide_cards_and_ibans() {
        assert!(luhn_ok(&[4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7]));
        assert!(!luhn_ok(&[4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 8]));
        assert!(iban_checksum_ok("DE89370400440532013000"));
        assert!(!iban_checksum_ok("DE89370400440532013001"));
    }
}
