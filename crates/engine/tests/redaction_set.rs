//! Redaction measured on the labelled set: at least 500 items of every kind
//! in realistic sentences, with lookalikes. Targets from the privacy issue:
//! recall ≥ 99% on the checksum-backed kinds (cards, IBANs), ≥ 95% on the
//! rest, precision ≥ 95% everywhere. `scripts/bench.sh` writes the same
//! figures to BENCHMARKS.md.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/pii_set.rs"]
mod pii_set;

use minions_engine::privacy::detect::PiiKind;

#[test]
fn the_detectors_meet_their_targets_on_the_labelled_set() {
    let score = pii_set::score();
    let items: usize = score.kinds.values().map(|k| k.items).sum();
    assert!(items >= 500, "the set has {items} items");
    for kind in [
        PiiKind::Email,
        PiiKind::Phone,
        PiiKind::Card,
        PiiKind::Iban,
        PiiKind::Ssn,
        PiiKind::Ip,
        PiiKind::Birthdate,
        PiiKind::Person,
        PiiKind::Term,
    ] {
        let k = score.kinds.get(&kind).cloned().unwrap_or_default();
        assert!(k.items >= 40, "{kind:?} has {} items", k.items);
        let recall_target = if matches!(kind, PiiKind::Card | PiiKind::Iban) { 0.99 } else { 0.95 };
        assert!(
            k.recall() >= recall_target && k.precision() >= 0.95,
            "{kind:?}: recall {:.3}, precision {:.3}\n{}",
            k.recall(),
            k.precision(),
            score.mistakes.join("\n")
        );
    }
}

/// The Faker set: personal data nobody here wrote, in seven locales
/// (`scripts/make-faker-pii-set.py`). Every kind at recall ≥ 99% and
/// precision ≥ 95% over the whole set; each locale is reported on failure.
#[test]
fn the_detectors_meet_their_targets_on_the_faker_set() {
    let score = pii_set::score_faker();
    assert!(score.locales.len() >= 7, "the set has {} locales", score.locales.len());
    let per_locale: Vec<String> = score
        .locales
        .iter()
        .flat_map(|(locale, kinds)| {
            kinds.iter().map(move |(kind, k)| {
                format!(
                    "{locale} {kind:?}: {} items, recall {:.3}, precision {:.3}",
                    k.items,
                    k.recall(),
                    k.precision()
                )
            })
        })
        .collect();
    for kind in [PiiKind::Email, PiiKind::Phone, PiiKind::Card, PiiKind::Iban, PiiKind::Ssn, PiiKind::Ip] {
        let k = score.kinds.get(&kind).cloned().unwrap_or_default();
        assert!(k.items >= 100, "{kind:?} has {} items", k.items);
        assert!(
            k.recall() >= 0.99 && k.precision() >= 0.95,
            "{kind:?}: recall {:.3}, precision {:.3}\n{}\n{}",
            k.recall(),
            k.precision(),
            per_locale.join("\n"),
            score.mistakes.join("\n")
        );
    }
}
