//! Is a reply correct? [`normalize`] folds case, whitespace and punctuation;
//! [`first_number`] reads the first number in a text, with thousands
//! separators, decimals, signs, currency signs, percent and units around
//! it; [`is_correct`] applies a question's [`MatchRule`].

use serde::{Deserialize, Serialize};

/// How a reply is compared with the expected answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "match")]
pub enum MatchRule {
    /// Equal after [`normalize`].
    Exact,
    /// The first number in the reply equals the expected one, within a
    /// relative `tolerance` (0.01 = 1%) when given.
    Number { tolerance: Option<f64> },
    /// The normalised reply contains the normalised expected answer.
    Contains,
    /// The supervisor decides, seeing only the question, the expected
    /// answer and the reply.
    Judge,
}

impl MatchRule {
    /// The rule's name in question sets: `exact`, `number`, `contains`, `judge`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Number { .. } => "number",
            Self::Contains => "contains",
            Self::Judge => "judge",
        }
    }
}

/// Lowercase, punctuation dropped (inside words too: "U.S." = "us"), runs
/// of whitespace folded to one space, trimmed; a leading article dropped.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else if c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '_') {
            space = true;
        }
    }
    // Leading articles, all of them, so that normalising twice changes nothing.
    let mut rest = out.as_str();
    while let Some(stripped) = ["the ", "a ", "an "].iter().find_map(|article| rest.strip_prefix(article)) {
        rest = stripped;
    }
    rest.to_string()
}

/// Multipliers written after a number.
const SCALES: [(&str, f64); 8] = [
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("k", 1e3),
    ("m", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
];

/// The first number in `text`: `1,850`, `1 850`, `-3.5`, `€1,850.00`,
/// `12%` (12), `4.2 million` (4 200 000), `1.850,5` (European). A comma
/// followed by exactly three digits is a thousands separator; otherwise a
/// lone comma is a decimal point.
pub fn first_number(text: &str) -> Option<f64> {
    let chars: Vec<char> = text.chars().collect();
    read_number(&chars, 0).map(|(value, _)| value)
}

/// Every number in `text`, in order, read as [`first_number`] reads one.
pub fn numbers(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((value, end)) = read_number(&chars, from) {
        found.push(value);
        from = end;
    }
    found
}

/// The first number at or after `from`, and where its digits end.
fn read_number(chars: &[char], from: usize) -> Option<(f64, usize)> {
    let start = from + chars[from.min(chars.len())..].iter().position(|c| c.is_ascii_digit())?;
    let negative =
        start > 0 && matches!(chars[start - 1], '-' | '−') && (start < 2 || !chars[start - 2].is_alphanumeric());
    // The run of digits and separators.
    let mut end = start;
    while end < chars.len() {
        let c = chars[end];
        let next_digit = chars.get(end + 1).is_some_and(char::is_ascii_digit);
        let separator = matches!(c, ',' | '.' | '\'' | '\u{a0}' | '\u{202f}') && next_digit;
        let grouping_space =
            c == ' ' && next_digit && thousands_group(chars, end + 1) && run_is_grouped(&chars[start..end]);
        if !(c.is_ascii_digit() || separator || grouping_space) {
            break;
        }
        end += 1;
    }
    let run: String = chars[start..end].iter().collect();
    let mut value = parse_run(&run)?;
    // A scale word right after it ("4.2 million", "3bn").
    let rest: String = chars[end..].iter().collect::<String>().to_lowercase();
    let rest = rest.trim_start();
    for (word, factor) in SCALES {
        if let Some(after) = rest.strip_prefix(word) {
            if !after.chars().next().is_some_and(char::is_alphanumeric) {
                value *= factor;
                break;
            }
        }
    }
    Some((if negative { -value } else { value }, end))
}

/// Whether `chars[at..]` starts with exactly three digits and then no digit.
fn thousands_group(chars: &[char], at: usize) -> bool {
    (at..at + 3).all(|i| chars.get(i).is_some_and(char::is_ascii_digit))
        && !chars.get(at + 3).is_some_and(char::is_ascii_digit)
}

/// A space only separates thousands after 1–3 leading digits or groups of three.
fn run_is_grouped(run: &[char]) -> bool {
    let groups: Vec<usize> = run.split(|c| *c == ' ').map(<[char]>::len).collect();
    groups.first().is_some_and(|g| (1..=3).contains(g)) && groups.iter().skip(1).all(|g| *g == 3)
}

fn parse_run(run: &str) -> Option<f64> {
    let cleaned: String = run.chars().filter(|c| !matches!(c, ' ' | '\'' | '\u{a0}' | '\u{202f}')).collect();
    let (dots, commas) = (cleaned.matches('.').count(), cleaned.matches(',').count());
    let digits_after = |sep: char| cleaned.rsplit(sep).next().map_or(0, str::len);
    let normal = match (dots, commas) {
        (0, 0) => cleaned,
        // 1,850 or 1,850,000: thousands; 3,5: a decimal comma.
        (0, 1) if digits_after(',') != 3 => cleaned.replace(',', "."),
        (0, _) => cleaned.replace(',', ""),
        // 1.850.000 (European thousands) or 3.5.
        (1, 0) => cleaned,
        (_, 0) => cleaned.replace('.', ""),
        // Both: the one that comes last is the decimal point.
        _ => {
            if cleaned.rfind(',') > cleaned.rfind('.') {
                cleaned.replace('.', "").replace(',', ".")
            } else {
                cleaned.replace(',', "")
            }
        }
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The number a reply gives as its answer: its first number that does not
/// repeat one of the question's ("In 2025 the budget was…" answers the
/// budget, not the year), else its first number.
fn answered_number(question: &str, reply: &str, wanted: f64) -> Option<f64> {
    let asked = numbers(question);
    let given = numbers(reply);
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    let fresh = given.iter().find(|n| same(**n, wanted) || !asked.iter().any(|a| same(*a, **n)));
    fresh.or(given.first()).copied()
}

/// Whether `reply` to `question` answers `expected` under `rule`; `None`
/// for `Judge` (decided by the supervisor) or when the expected number
/// cannot be read.
pub fn is_correct(rule: &MatchRule, question: &str, expected: &str, reply: &str) -> Option<bool> {
    match rule {
        MatchRule::Exact => Some(normalize(reply) == normalize(expected)),
        MatchRule::Contains => {
            let wanted = normalize(expected);
            Some(!wanted.is_empty() && format!(" {} ", normalize(reply)).contains(&format!(" {wanted} ")))
        }
        MatchRule::Number { tolerance } => {
            let wanted = first_number(expected)?;
            let Some(got) = answered_number(question, reply, wanted) else { return Some(false) };
            let tolerance = tolerance.unwrap_or(0.0).abs();
            Some(if tolerance == 0.0 {
                (got - wanted).abs() <= 1e-9 * wanted.abs().max(1.0)
            } else {
                (got - wanted).abs() <= tolerance * wanted.abs()
            })
        }
        MatchRule::Judge => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_case_space_punctuation_and_articles() {
        assert_eq!(normalize("  The  Landlord, Ltd.  "), "landlord ltd");
        assert_eq!(normalize("U.S.-based"), "us based");
        assert_eq!(normalize("Ärzte\tund\nPatienten!"), "ärzte und patienten");
        assert_eq!(normalize("Another one"), "another one");
        assert_eq!(normalize("the The a x"), normalize(&normalize("the The a x")));
    }

    #[test]
    fn numbers_are_read_with_separators_units_and_scales() {
        let cases: [(&str, Option<f64>); 16] = [
            ("The rent is €1,850 a month.", Some(1850.0)),
            ("1,850.50 EUR", Some(1850.5)),
            ("1.850,50 EUR", Some(1850.5)),
            ("1.850.000", Some(1_850_000.0)),
            ("3,5 kg", Some(3.5)),
            ("12%", Some(12.0)),
            ("It fell -3.2 points", Some(-3.2)),
            ("Revenue was 4.2 million", Some(4_200_000.0)),
            ("about 3bn dollars", Some(3e9)),
            ("1 850 000 people", Some(1_850_000.0)),
            ("page 12 of 40", Some(12.0)),
            ("12 345 678", Some(12_345_678.0)),
            ("clause 7-B", Some(7.0)),
            ("x=1'000'000", Some(1_000_000.0)),
            ("no digits here", None),
            ("42 items, not 7 million", Some(42.0)),
        ];
        for (text, expected) in cases {
            assert_eq!(first_number(text), expected, "{text}");
        }
    }

    #[test]
    fn each_rule_decides_as_documented() {
        assert_eq!(is_correct(&MatchRule::Exact, "", "Jane Doe", "jane  doe."), Some(true));
        assert_eq!(is_correct(&MatchRule::Exact, "", "Jane Doe", "Jane"), Some(false));
        assert_eq!(is_correct(&MatchRule::Contains, "", "boiler", "The boiler is repaired."), Some(true));
        assert_eq!(is_correct(&MatchRule::Contains, "", "oil", "The boiler is repaired."), Some(false));
        let within = MatchRule::Number { tolerance: Some(0.01) };
        assert_eq!(is_correct(&within, "", "1850", "About €1,860."), Some(true));
        assert_eq!(is_correct(&within, "", "1850", "About €1,900."), Some(false));
        assert_eq!(is_correct(&MatchRule::Number { tolerance: None }, "", "42", "It is 42."), Some(true));
        assert_eq!(is_correct(&MatchRule::Number { tolerance: None }, "", "42", "No idea."), Some(false));
        assert_eq!(is_correct(&MatchRule::Judge, "", "x", "y"), None);
        let exact = MatchRule::Number { tolerance: None };
        let asked = "What was the budget for 2025?";
        assert_eq!(is_correct(&exact, asked, "1,284,500", "In 2025 the budget was $1,284,500."), Some(true));
        assert_eq!(is_correct(&exact, asked, "1,284,500", "In 2025 it was 1.2 million."), Some(false));
        assert_eq!(is_correct(&exact, "Which year, 2024 or 2025?", "2025", "2025, not 2024"), Some(true));
        assert_eq!(is_correct(&exact, "Visits in 2025?", "48215", "2025"), Some(false), "only the year");
        assert_eq!(numbers("from 1,850 to -3.5 (12%)"), [1850.0, -3.5, 12.0]);
    }
}
