//! Redaction on the labelled set (`tests/fixtures/pii`): recall and precision
//! per kind, printed as the Markdown section `scripts/bench.sh` writes into
//! BENCHMARKS.md.

#[path = "../tests/support/pii_set.rs"]
mod pii_set;

fn main() {
    let score = pii_set::score();
    let items: usize = score.kinds.values().map(|k| k.items).sum();
    println!("## Redaction: recall and precision on the labelled set\n");
    println!(
        "{} sentences holding {items} labelled items and {} lookalikes (order numbers, versions, ordinary dates, \
amounts, Luhn- and checksum-invalid numbers, MAC addresses), made by `scripts/make-pii-set.py` (seeded). \
An item counts as found only with its exact extent; any other find counts against precision. \
Targets: recall ≥ 99% for cards and IBANs, ≥ 95% for the rest; precision ≥ 95%. \
The set was written alongside the detectors, so it shows which formats are covered, not recall on real \
documents: formats it lacks (phone numbers in other national layouts, dates of birth without a cue word, \
names nobody listed) are missed.\n",
        score.sentences, score.lookalikes
    );
    println!("| kind | items | found | false finds | recall | precision |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (kind, k) in &score.kinds {
        println!(
            "| {} | {} | {} | {} | {:.1}% | {:.1}% |",
            kind.noun(),
            k.items,
            k.found,
            k.false_finds,
            k.recall() * 100.0,
            k.precision() * 100.0
        );
    }
    if !score.mistakes.is_empty() {
        println!("\nMistakes:\n");
        for mistake in score.mistakes.iter().take(20) {
            println!("- {mistake}");
        }
    }
}
