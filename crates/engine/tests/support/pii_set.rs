//! The personal-data sets (`crates/engine/tests/fixtures/pii`: `labelled.jsonl` written by
//! `scripts/make-pii-set.py`, `faker.jsonl` by `scripts/make-faker-pii-set.py`)
//! and their scoring: per kind (and per locale where a line names one), how
//! many labelled items the detectors found with their exact extent (recall),
//! and how many of the detectors' finds were labelled items (precision).
//! Lookalikes are unlabelled text, so any find in them counts against
//! precision.

use std::collections::BTreeMap;

use minions_engine::privacy::detect::{find_pii, Listed, PiiKind};
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    kind: String,
    value: String,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    locale: Option<String>,
    text: String,
    pii: Vec<Labelled>,
    lookalikes: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct KindScore {
    pub items: usize,
    pub found: usize,
    pub false_finds: usize,
}

impl KindScore {
    pub fn recall(&self) -> f64 {
        if self.items == 0 {
            1.0
        } else {
            self.found as f64 / self.items as f64
        }
    }

    pub fn precision(&self) -> f64 {
        let finds = self.found + self.false_finds;
        if finds == 0 {
            1.0
        } else {
            self.found as f64 / finds as f64
        }
    }
}

pub struct SetScore {
    pub sentences: usize,
    pub lookalikes: usize,
    pub kinds: BTreeMap<PiiKind, KindScore>,
    /// The same per locale, for sets whose lines name one.
    pub locales: BTreeMap<String, BTreeMap<PiiKind, KindScore>>,
    /// Each miss or false find, for reading.
    pub mistakes: Vec<String>,
}

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pii");

/// The labelled set, with the names and terms a user would list.
pub fn score() -> SetScore {
    let lists: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/terms.json")).expect("terms")).expect("json");
    let list = |key: &str| -> Vec<String> {
        lists[key]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let listed = Listed { names: list("names"), terms: list("terms") };
    score_file("labelled.jsonl", &listed)
}

/// The Faker set: no names or terms are listed for it.
pub fn score_faker() -> SetScore {
    score_file("faker.jsonl", &Listed::default())
}

fn score_file(name: &str, listed: &Listed) -> SetScore {
    let text = std::fs::read_to_string(format!("{DIR}/{name}")).expect("the set");
    let mut result = SetScore {
        sentences: 0,
        lookalikes: 0,
        kinds: BTreeMap::new(),
        locales: BTreeMap::new(),
        mistakes: Vec::new(),
    };
    for raw in text.lines().filter(|l| !l.trim().is_empty()) {
        let line: Line = serde_json::from_str(raw).expect("a labelled line");
        let mistakes = &mut result.mistakes;
        result.sentences += 1;
        result.lookalikes += line.lookalikes.len();
        let found = find_pii(&line.text, listed);
        let mut tally = |kind: PiiKind, add: &dyn Fn(&mut KindScore)| {
            add(result.kinds.entry(kind).or_default());
            if let Some(locale) = &line.locale {
                add(result.locales.entry(locale.clone()).or_default().entry(kind).or_default());
            }
        };
        let mut matched = vec![false; found.len()];
        for item in &line.pii {
            let kind = PiiKind::from_label(&item.kind).expect("a known kind");
            tally(kind, &|s| s.items += 1);
            let hit = found
                .iter()
                .enumerate()
                .find(|(i, f)| !matched[*i] && f.kind == kind && line.text[f.span.clone()] == item.value);
            match hit {
                Some((i, _)) => {
                    matched[i] = true;
                    tally(kind, &|s| s.found += 1);
                }
                None => mistakes.push(format!("missed {} {:?} in {:?}", item.kind, item.value, line.text)),
            }
        }
        for (f, matched) in found.iter().zip(matched) {
            if !matched {
                tally(f.kind, &|s| s.false_finds += 1);
                mistakes.push(format!("false {:?} {:?} in {:?}", f.kind, &line.text[f.span.clone()], line.text));
            }
        }
    }
    result
}
