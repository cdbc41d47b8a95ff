//! The labelled personal-data set (`tests/fixtures/pii`, written by
//! `scripts/make-pii-set.py`) and its scoring: per kind, how many labelled
//! items the detectors found with their exact extent (recall), and how many
//! of the detectors' finds were labelled items (precision). Lookalikes are
//! unlabelled text, so any find in them counts against precision.

use std::collections::BTreeMap;

use minions_web::engine::privacy::detect::{find_pii, Listed, PiiKind};
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    kind: String,
    value: String,
}

#[derive(Deserialize)]
struct Line {
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
    /// Each miss or false find, for reading.
    pub mistakes: Vec<String>,
}

pub fn score() -> SetScore {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pii");
    let lists: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/terms.json")).expect("terms")).expect("json");
    let list = |key: &str| -> Vec<String> {
        lists[key]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let listed = Listed { names: list("names"), terms: list("terms") };
    let text = std::fs::read_to_string(format!("{dir}/labelled.jsonl")).expect("the labelled set");
    let mut result = SetScore { sentences: 0, lookalikes: 0, kinds: BTreeMap::new(), mistakes: Vec::new() };
    for raw in text.lines().filter(|l| !l.trim().is_empty()) {
        let line: Line = serde_json::from_str(raw).expect("a labelled line");
        result.sentences += 1;
        result.lookalikes += line.lookalikes.len();
        let found = find_pii(&line.text, &listed);
        let mut matched = vec![false; found.len()];
        for item in &line.pii {
            let kind = PiiKind::from_label(&item.kind).expect("a known kind");
            let score = result.kinds.entry(kind).or_default();
            score.items += 1;
            let hit = found
                .iter()
                .enumerate()
                .find(|(i, f)| !matched[*i] && f.kind == kind && line.text[f.span.clone()] == item.value);
            match hit {
                Some((i, _)) => {
                    matched[i] = true;
                    score.found += 1;
                }
                None => result.mistakes.push(format!("missed {} {:?} in {:?}", item.kind, item.value, line.text)),
            }
        }
        for (f, matched) in found.iter().zip(matched) {
            if !matched {
                result.kinds.entry(f.kind).or_default().false_finds += 1;
                result.mistakes.push(format!("false {:?} {:?} in {:?}", f.kind, &line.text[f.span.clone()], line.text));
            }
        }
    }
    result
}
