//! Running an evaluation: every question under every chosen protocol, each
//! a normal run (transcript, audit and usage kept in its report), scored by
//! its match rule or by the judge, one [`Row`] at a time so that a
//! cancelled evaluation keeps the rows it finished.

use std::borrow::Cow;

use super::questions::Question;
use super::results::{Row, RowError};
use super::score::{is_correct, MatchRule};
use crate::accounting::{CostReport, PriceTable};
use crate::cancel::Cancel;
use crate::clock::Clock;
use crate::config::{Protocol, RunConfig};
use crate::documents::Document;
use crate::error::RunError;
use crate::events::Event;
use crate::model::ChatModel;
use crate::privacy::review::Reviewer;
use crate::run::{judge, run, Judged, Outcome, RunInputs, RunReport};

/// Everything an evaluation needs. The supervisor is made anew for each
/// run and each judge's question (a run's egress gate takes its own).
pub struct EvalInputs<'a> {
    pub questions: &'a [Question],
    pub protocols: &'a [Protocol],
    pub documents: &'a [Document],
    /// The settings of every run; the protocol is set per row.
    pub config: &'a RunConfig,
    pub worker: &'a dyn ChatModel,
    pub supervisor: &'a dyn Fn() -> Option<Box<dyn ChatModel>>,
    /// Whether the user confirmed sending the documents for cloud-only rows.
    pub cloud_confirmed: bool,
    pub prices: &'a PriceTable,
    pub clock: &'a dyn Clock,
    pub cancel: Cancel,
    /// The events of each run, as they happen (a run starts with
    /// `Event::RunStarted`); the judge's requests are not reported.
    pub events: &'a dyn Fn(Event),
    /// Each finished row and its run, as soon as it is scored.
    pub on_row: &'a dyn Fn(&EvalRun),
    pub reviewer: Option<&'a dyn Reviewer>,
}

/// One finished row and the run behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRun {
    pub row: Row,
    pub report: Option<RunReport>,
    /// The run's cost against sending its documents to the cloud.
    pub cost: Option<CostReport>,
}

/// The documents a question names (all when it names none, without
/// copying them: they can be large).
fn documents_for<'d>(question: &Question, documents: &'d [Document]) -> Cow<'d, [Document]> {
    if question.documents.is_empty() {
        return Cow::Borrowed(documents);
    }
    documents.iter().filter(|d| question.asks_about(&d.name)).cloned().collect()
}

/// The protocols of `asked` an evaluation runs under `config`: cloud only
/// sends the documents, so it is left out while they must never leave
/// (not run, not a row: nothing the user could have allowed).
pub fn protocols_to_run(asked: &[Protocol], config: &RunConfig) -> Vec<Protocol> {
    let never_leave = config.privacy.documents_never_leave;
    asked.iter().copied().filter(|&p| !(p == Protocol::Cloud && never_leave)).collect()
}

/// Runs every question under every protocol [`protocols_to_run`] keeps, in
/// that order (question by question); stops before the next run once
/// cancelled.
pub async fn run_evaluation(inputs: EvalInputs<'_>) -> Vec<EvalRun> {
    let mut runs = Vec::new();
    let protocols = protocols_to_run(inputs.protocols, inputs.config);
    for question in inputs.questions {
        for &protocol in &protocols {
            if inputs.cancel.is_cancelled() {
                return runs;
            }
            let Some(run) = one(&inputs, question, protocol).await else { return runs };
            (inputs.on_row)(&run);
            runs.push(run);
        }
    }
    runs
}

/// One question under one protocol; `None` if cancelled meanwhile.
async fn one(inputs: &EvalInputs<'_>, question: &Question, protocol: Protocol) -> Option<EvalRun> {
    let started = inputs.clock.now_ms();
    let mut row = Row::blank(&question.id, protocol);
    let documents = documents_for(question, inputs.documents);
    if documents.is_empty() {
        let error = RowError::NotLoaded { names: question.documents.clone() };
        row.reply = error.to_string();
        row.error = Some(error);
        return Some(EvalRun { row, report: None, cost: None });
    }
    let config = RunConfig {
        protocol,
        documents_may_leave: protocol == Protocol::Cloud && inputs.cloud_confirmed,
        ..inputs.config.clone()
    };
    let supervisor = if protocol == Protocol::Local { None } else { (inputs.supervisor)() };
    let model = supervisor.as_ref().map(|s| s.endpoint().model).unwrap_or_default();
    let report = run(RunInputs {
        task: &question.question,
        documents: &documents,
        config: &config,
        worker: inputs.worker,
        supervisor,
        clock: inputs.clock,
        cancel: inputs.cancel.clone(),
        events: inputs.events,
        reviewer: inputs.reviewer,
    })
    .await;
    match &report.outcome {
        Outcome::Cancelled => return None,
        Outcome::Failed { error } => {
            row.reply = error.to_string();
            // A run that failed gave no answer: wrong, unless it was never
            // allowed to run (cloud only without consent).
            let not_run = matches!(error, RunError::CloudOnlyNotConfirmed | RunError::DocumentsMustStay);
            row.correct = if not_run { None } else { Some(false) };
            row.failed = !not_run;
            row.error = Some(RowError::Run(error.clone()));
        }
        Outcome::Answered { answer } => {
            row.reply = answer.clone();
            row.correct = match &question.rule {
                MatchRule::Judge => judged(inputs, question, answer).await?,
                rule => is_correct(rule, &question.question, &question.answer, answer),
            };
        }
    }
    let cost = CostReport::new(&report.ledger, inputs.prices, &model, &documents, &question.question, &row.reply);
    row.cloud_tokens = cost.cloud.prompt_tokens + cost.cloud.completion_tokens;
    row.local_tokens = cost.local.prompt_tokens + cost.local.completion_tokens;
    row.dollars = cost.cloud_dollars;
    row.seconds = (inputs.clock.now_ms() - started).max(0.0) / 1000.0;
    Some(EvalRun { row, report: Some(report), cost: Some(cost) })
}

/// The judge's verdict on `answer`: `Some(None)` when it could not decide,
/// `None` if cancelled.
async fn judged(inputs: &EvalInputs<'_>, question: &Question, answer: &str) -> Option<Option<bool>> {
    let ignore = |_: Event| {};
    let report = judge(
        &question.question,
        &question.answer,
        answer,
        RunInputs {
            task: "",
            documents: &[],
            config: inputs.config,
            worker: inputs.worker,
            supervisor: (inputs.supervisor)(),
            clock: inputs.clock,
            cancel: inputs.cancel.clone(),
            events: &ignore,
            reviewer: inputs.reviewer,
        },
    )
    .await;
    match report.judged {
        Judged::Verdict(verdict) => Some(Some(verdict.correct)),
        Judged::Failed(_) => Some(None),
        Judged::Cancelled => None,
    }
}
