//! What a run used and what it cost: the [`Ledger`] of calls, the editable
//! [`PriceTable`], and the comparison with sending the documents to the cloud
//! ([`CostReport`]).
//!
//! The default prices ship as data (`prices.json`, with the date they were
//! last checked) because prices change; the page lets the user edit them.

use serde::{Deserialize, Serialize};

use super::documents::Document;
use super::events::Lane;
use super::model::Usage;
use super::tokens::estimate_tokens;

/// One call's usage. Token counts the server did not report are estimated,
/// and `estimated` says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallRecord {
    pub call: u32,
    pub lane: Lane,
    pub round: u32,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub cached_tokens: u64,
    pub elapsed_ms: f64,
    pub estimated: bool,
    pub truncated: bool,
}

/// What the engine measured of a call itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CallMeasure {
    /// The engine's estimate of the prompt's tokens.
    pub estimated_prompt: usize,
    pub elapsed_ms: f64,
    pub truncated: bool,
}

impl CallRecord {
    /// Fills what `usage` lacks from the estimates.
    pub fn from_usage(
        call: u32,
        lane: Lane,
        round: u32,
        usage: &Usage,
        reply_text: &str,
        measure: CallMeasure,
    ) -> Self {
        let estimated = usage.prompt_tokens.is_none() || usage.completion_tokens.is_none();
        Self {
            call,
            lane,
            round,
            prompt_tokens: usage.prompt_tokens.map_or(measure.estimated_prompt as u64, u64::from),
            completion_tokens: usage.completion_tokens.map_or(estimate_tokens(reply_text) as u64, u64::from),
            cached_tokens: usage.cached_tokens.map_or(0, u64::from),
            elapsed_ms: measure.elapsed_ms,
            estimated,
            truncated: measure.truncated,
        }
    }
}

/// Totals for one lane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct LaneTotals {
    pub calls: u64,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub cached_tokens: u64,
    pub elapsed_ms: f64,
    /// Whether any count in the totals was estimated.
    pub estimated: bool,
}

/// Every call of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    pub calls: Vec<CallRecord>,
}

impl Ledger {
    pub fn record(&mut self, record: CallRecord) {
        self.calls.push(record);
    }

    pub fn totals(&self, lane: Lane) -> LaneTotals {
        self.calls.iter().filter(|c| c.lane == lane).fold(LaneTotals::default(), |mut t, c| {
            t.calls += 1;
            t.prompt_tokens += c.prompt_tokens;
            t.completion_tokens += c.completion_tokens;
            t.cached_tokens += c.cached_tokens;
            t.elapsed_ms += c.elapsed_ms;
            t.estimated |= c.estimated;
            t
        })
    }
}

/// Prices of one model in US dollars per million tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelPrice {
    pub model: String,
    pub input: f64,
    pub cached_input: f64,
    pub output: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriceTable {
    pub checked_on: String,
    pub source: String,
    pub models: Vec<ModelPrice>,
}

impl Default for PriceTable {
    fn default() -> Self {
        serde_json::from_str(include_str!("prices.json")).unwrap_or(Self {
            checked_on: String::new(),
            source: String::new(),
            models: Vec::new(),
        })
    }
}

impl PriceTable {
    /// The price of `model`: an exact name first, then the longest listed
    /// name it starts with (dated snapshots like `gpt-4o-2024-08-06`).
    pub fn price(&self, model: &str) -> Option<&ModelPrice> {
        let model = model.rsplit('/').next().unwrap_or(model);
        self.models
            .iter()
            .find(|p| p.model == model)
            .or_else(|| self.models.iter().filter(|p| model.starts_with(&p.model)).max_by_key(|p| p.model.len()))
    }

    /// Dollars for the given tokens; cached tokens are part of `prompt` and
    /// are billed at the cached price instead of the input price.
    pub fn cost(&self, model: &str, prompt: u64, cached: u64, completion: u64) -> Option<f64> {
        let price = self.price(model)?;
        let cached = cached.min(prompt);
        let dollars = (prompt - cached) as f64 * price.input
            + cached as f64 * price.cached_input
            + completion as f64 * price.output;
        Some(dollars / 1_000_000.0)
    }
}

/// The run's cloud cost next to the cost of sending everything to the cloud.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CostReport {
    pub cloud: LaneTotals,
    pub local: LaneTotals,
    /// Dollars for the cloud calls, if the model has a price.
    pub cloud_dollars: Option<f64>,
    /// Estimated prompt tokens of the whole documents and task, sent once.
    pub cloud_only_prompt_tokens: u64,
    pub cloud_only_completion_tokens: u64,
    pub cloud_only_dollars: Option<f64>,
    /// How many times more the cloud-only run would cost (in dollars when
    /// priced, else in prompt tokens).
    pub savings_ratio: Option<f64>,
    /// Document tokens the cloud never saw.
    pub tokens_kept_local: u64,
}

/// Estimated prompt tokens of sending the task and every document, each
/// headed by its name, in one request.
pub fn cloud_only_prompt_tokens(documents: &[Document], task: &str) -> u64 {
    let headers: usize = documents.iter().map(|d| estimate_tokens(&d.name) + 4).sum();
    let texts: usize = documents.iter().map(Document::estimated_tokens).sum();
    (estimate_tokens(task) + headers + texts + 16) as u64
}

impl CostReport {
    pub fn new(
        ledger: &Ledger,
        prices: &PriceTable,
        model: &str,
        documents: &[Document],
        task: &str,
        answer: &str,
    ) -> Self {
        let cloud = ledger.totals(Lane::Supervisor);
        let local = ledger.totals(Lane::Worker);
        let cloud_dollars = prices.cost(model, cloud.prompt_tokens, cloud.cached_tokens, cloud.completion_tokens);
        let cloud_only_prompt_tokens = cloud_only_prompt_tokens(documents, task);
        let cloud_only_completion_tokens = estimate_tokens(answer).max(1) as u64;
        let cloud_only_dollars = prices.cost(model, cloud_only_prompt_tokens, 0, cloud_only_completion_tokens);
        let savings_ratio = match (cloud_dollars, cloud_only_dollars) {
            (Some(run), Some(only)) if run > 0.0 => Some(only / run),
            (None, _) | (_, None) if cloud.prompt_tokens > 0 => {
                Some(cloud_only_prompt_tokens as f64 / cloud.prompt_tokens as f64)
            }
            _ => None,
        };
        let document_tokens: u64 = documents.iter().map(|d| d.estimated_tokens() as u64).sum();
        Self {
            cloud,
            local,
            cloud_dollars,
            cloud_only_prompt_tokens,
            cloud_only_completion_tokens,
            cloud_only_dollars,
            savings_ratio,
            tokens_kept_local: document_tokens,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_table_loads_and_prices_snapshots() {
        let prices = PriceTable::default();
        assert!(!prices.checked_on.is_empty());
        assert_eq!(prices.price("gpt-4o-2024-08-06").unwrap().model, "gpt-4o");
        assert_eq!(prices.price("gpt-4o-mini-2024-07-18").unwrap().model, "gpt-4o-mini");
        assert_eq!(prices.price("openai/gpt-5-mini").unwrap().model, "gpt-5-mini");
        assert!(prices.price("llama3").is_none());
    }

    #[test]
    fn cached_tokens_are_billed_at_the_cached_price() {
        let prices = PriceTable::default();
        // gpt-4o: 2.50 in, 1.25 cached, 10 out per million.
        let dollars = prices.cost("gpt-4o", 1_000_000, 400_000, 100_000).unwrap();
        assert!((dollars - (0.6 * 2.5 + 0.4 * 1.25 + 0.1 * 10.0)).abs() < 1e-9);
    }

    #[test]
    fn the_report_compares_with_cloud_only() {
        let documents = [Document::from_text("a.txt", "word ".repeat(40_000))];
        let mut ledger = Ledger::default();
        ledger.record(CallRecord::from_usage(
            0,
            Lane::Supervisor,
            1,
            &Usage { prompt_tokens: Some(1_000), completion_tokens: Some(100), cached_tokens: None },
            "",
            CallMeasure { estimated_prompt: 0, elapsed_ms: 10.0, truncated: false },
        ));
        let report = CostReport::new(&ledger, &PriceTable::default(), "gpt-4o", &documents, "Q?", "An answer.");
        assert_eq!(report.cloud.prompt_tokens, 1_000);
        assert!(report.cloud_only_prompt_tokens > 40_000);
        assert!(report.savings_ratio.unwrap() > 10.0);
    }
}
