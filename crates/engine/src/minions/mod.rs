//! MinionS: decompose, execute in parallel, aggregate, over up to R rounds.
//!
//! Each round the supervisor writes a plan ([`plan`]), the engine bounds it
//! and expands it into jobs ([`jobs`]), the worker runs them with bounded
//! concurrency ([`execute`]), the engine aggregates the answers
//! ([`aggregate`]), and the supervisor synthesizes: `final` ends the run,
//! `continue` carries feedback and a scratchpad into the next round. For R
//! rounds: 2R supervisor calls; worker calls are the jobs.

pub mod aggregate;
pub mod execute;
pub mod finding;
pub mod jobs;
pub mod plan;
pub mod reuse;

use crate::chunking::{chunk_documents_paced, Chunk, Chunking};
use crate::clock::Pacer;
use crate::documents::DocumentMeta;
use crate::error::{ContextAdvice, RunError};
use crate::events::{Event, Lane, Purpose, RoundDecision};
use crate::model::Message;
use crate::parse::ParseError;
use crate::prompts::minions as prompts;
use crate::replies::{reasoning_of, RawPlan, Synthesis};
use crate::retrieval::ChunkIndex;
use crate::run::{worker_output_tokens, Session, Stop};
use crate::schemas;
use crate::tokens::estimate_tokens;
use crate::worker::context_window;

use self::execute::JobResult;
use self::jobs::Job;
use self::plan::{bound_chunking, bound_selection, max_chunk_chars, Plan, PlanChange};

pub(crate) async fn run(session: &Session<'_>) -> Result<String, Stop> {
    let config = session.config;
    let max_rounds = config.max_rounds;
    let metas = metadata(session, &config.chunking).await;
    let mut feedback: Option<String> = None;
    let mut scratchpad = String::new();
    let mut digest: Option<String> = None;
    let mut adjustments: Vec<String> = Vec::new();
    let mut next_job = 0;
    let earlier = session.earlier_turns();
    // What earlier turns found, told to the first planner (later rounds have the digest).
    let held = session.held_findings();

    for round in 1..=max_rounds {
        session.emit(Event::RoundStarted { round, of: max_rounds });
        let context = prompts::PlanContext {
            round,
            max_rounds,
            max_tasks: config.max_tasks,
            max_jobs: config.max_jobs_per_round,
            max_chunk_chars: max_chunk_chars(config),
            default_chunking: config.chunking,
            feedback: feedback.as_deref(),
            scratchpad: Some(scratchpad.as_str()),
            digest: digest.as_deref(),
            adjustments: &adjustments,
            earlier: earlier.as_deref(),
            held: held.as_deref().filter(|_| round == 1),
        };
        let messages = vec![
            Message::system(prompts::plan_system()),
            Message::user(prompts::plan_user(session.task, &metas, &context)),
        ];
        let (raw_plan, _) = session
            .ask_supervisor(messages, schemas::minions_plan(config.max_tasks), Purpose::Plan, round, RawPlan::parse)
            .await?;

        let (plan, chunks, context_tokens, changes) = prepare_round(session, &raw_plan, round).await?;
        adjustments = changes.iter().map(ToString::to_string).collect();
        let index = match plan.top_k {
            Some(_) => {
                let pacer = Pacer::new(session.clock);
                let keywords: Vec<Vec<String>> = plan.tasks.iter().map(|t| t.keywords.clone()).collect();
                Some(ChunkIndex::build(session.documents, &chunks, &keywords, || pacer.pause()).await)
            }
            None => None,
        };
        let jobs = jobs::expand(&plan, &chunks, index.as_ref(), next_job);
        next_job += jobs.len();
        session.emit(Event::JobsQueued { round, jobs: jobs.iter().map(|j| j.card(session.documents)).collect() });

        let results = execute::run_jobs(session, &jobs, &plan.chunking, context_tokens, round).await;
        let results = match results {
            Ok(results) => results,
            Err(stop) => return Err(stop),
        };
        record_findings(session, &results, round);
        let last_round = round >= max_rounds;
        let budget = report_budget(session, earlier.as_deref(), &scratchpad, round, max_rounds, last_round);
        let aggregate = aggregate::aggregate(&results, &plan.tasks, session.documents, config.send_citations, budget);
        session.emit(Event::Aggregated {
            round,
            answered: aggregate.answered,
            abstained: aggregate.abstained,
            failed: aggregate.failed,
        });

        let report = session.shield(&aggregate.text, round).await?;
        let messages = vec![
            Message::system(prompts::synthesis_system()),
            Message::user(prompts::synthesis_user(
                session.task,
                earlier.as_deref(),
                &scratchpad,
                &report,
                round,
                max_rounds,
            )),
        ];
        let (synthesis, raw) = session
            .ask_supervisor(messages, schemas::minions_synthesis(last_round), Purpose::Synthesize, round, |text| {
                Synthesis::parse(text, last_round)
            })
            .await?;
        match synthesis {
            Synthesis::Final { answer, scratchpad } => {
                session.emit(Event::Decision { round, decision: RoundDecision::Final });
                let notes =
                    if scratchpad.trim().is_empty() { reasoning_of(&raw).unwrap_or_default() } else { scratchpad };
                session.keep_notes(&notes);
                return Ok(answer);
            }
            Synthesis::Continue { feedback: next_feedback, scratchpad: next_scratchpad } => {
                session.emit(Event::Decision { round, decision: RoundDecision::Continue });
                if !next_feedback.trim().is_empty() {
                    session.emit(Event::SupervisorMessage { round, text: next_feedback.clone() });
                }
                feedback = Some(next_feedback);
                scratchpad = next_scratchpad;
                digest = Some(session.shield(&aggregate::digest(&results, &plan.tasks), round).await?);
            }
        }
    }
    Err(Stop::Failed(RunError::MalformedReply {
        lane: Lane::Supervisor,
        attempts: 0,
        problem: ParseError::NoFinalAnswer,
    }))
}

/// The supervisor's document list, with chunk counts under `chunking`.
async fn metadata(session: &Session<'_>, chunking: &Chunking) -> Vec<DocumentMeta> {
    let pacer = Pacer::new(session.clock);
    let chunks =
        chunk_documents_paced(session.documents, chunking, max_chunk_chars(session.config), || pacer.pause()).await;
    session
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| d.meta(Some(chunks.iter().filter(|c| c.document == i).count())))
        .collect()
}

/// What a round runs: the bounded plan, its chunks, the round's `num_ctx`,
/// and what the engine changed in the plan (told to the next planner).
type PreparedRound = (Plan, Vec<Chunk>, u32, Vec<PlanChange>);

/// Bounds the plan, chunks the documents so that every job fits the worker's
/// context (shrinking chunks if the text is denser than assumed), and picks
/// the round's `num_ctx`.
async fn prepare_round(session: &Session<'_>, raw: &RawPlan, round: u32) -> Result<PreparedRound, Stop> {
    let config = session.config;
    let mut changes = Vec::new();
    let mut chunking = bound_chunking(raw.chunking.as_ref(), config, &mut changes);
    let char_limit = max_chunk_chars(config);
    let longest_instruction =
        raw.tasks.iter().map(|t| estimate_tokens(&t.instruction) + estimate_tokens(&t.advice)).max().unwrap_or(0);
    let frame: usize = prompts::job_messages("", "", "", "", "").iter().map(|m| estimate_tokens(&m.content) + 4).sum();
    let overhead = frame + longest_instruction + 64;
    let job_output_tokens = worker_output_tokens(Some(&schemas::job_reply()), &config.worker);
    let mut limit = char_limit;
    let pacer = Pacer::new(session.clock);
    let (chunks, context_tokens) = loop {
        let chunks = chunk_documents_paced(session.documents, &chunking, limit, || pacer.pause()).await;
        if chunks.is_empty() {
            return Err(Stop::Failed(RunError::NoDocuments));
        }
        // Every chunk is read for this: paced, as 100 MB of them take the page half a second.
        let mut largest = 0;
        for group in chunks.chunks(256) {
            largest = group.iter().map(|c| estimate_tokens(c.text(session.documents))).fold(largest, usize::max);
            pacer.pause().await;
        }
        match context_window(largest + overhead, job_output_tokens, &config.worker) {
            Ok(window) => break (chunks, window),
            Err(shortfall) if limit > plan::MIN_CHUNK_CHARS => {
                limit = (limit * 2 / 3).max(plan::MIN_CHUNK_CHARS);
                if chunking.unit != crate::chunking::ChunkUnit::Pages {
                    chunking.size = chunking.size.min(limit);
                    chunking.overlap = chunking.overlap.min(chunking.size / 4);
                }
                changes.push(PlanChange::ChunksCut {
                    needed: shortfall.needed,
                    available: shortfall.available,
                    chars: limit,
                });
            }
            Err(shortfall) => return Err(Stop::Failed(shortfall.into_error(ContextAdvice::LongerContext))),
        }
    };
    let (tasks, top_k) = bound_selection(&raw.tasks, raw.top_k, chunks.len(), config, &mut changes);
    let plan = Plan { chunking, tasks, top_k };
    if !changes.is_empty() {
        session.emit(Event::PlanAdjusted { round, changes: changes.clone() });
    }
    session.emit(Event::PlanAccepted { round, plan: plan.clone() });
    Ok((plan, chunks, context_tokens, changes))
}

/// Keeps what each job found (on the device) in the run's findings.
pub(crate) fn record_findings(session: &Session, results: &[JobResult], round: u32) {
    let mut findings = session.findings.borrow_mut();
    for result in results {
        findings.extend(finding::from_result(result, round, session.documents));
    }
}

/// Jobs of a round, for callers outside the protocol (local-only mode).
pub(crate) async fn single_task_jobs(session: &Session<'_>, instruction: &str) -> Result<(Vec<Job>, Plan, u32), Stop> {
    let raw = RawPlan {
        chunking: None,
        tasks: vec![crate::replies::RawTask {
            id: "answer".into(),
            instruction: instruction.to_string(),
            advice: String::new(),
            keywords: Vec::new(),
        }],
        top_k: None,
    };
    let (plan, chunks, context_tokens, _) = prepare_round(session, &raw, 1).await?;
    let jobs = jobs::expand(&plan, &chunks, None, 0);
    Ok((jobs, plan, context_tokens))
}

/// Estimated tokens the round's report may take in the synthesis request:
/// the supervisor's context less its reply and the rest of the prompt, with
/// a quarter kept back for tokenizers that count more than the estimate.
/// `None` when the context is not known.
fn report_budget(
    session: &Session<'_>,
    earlier: Option<&str>,
    scratchpad: &str,
    round: u32,
    max_rounds: u32,
    last_round: bool,
) -> Option<usize> {
    let settings = &session.config.supervisor;
    let context = settings.context_tokens? as usize;
    let reply = schemas::output_token_bound(&schemas::minions_synthesis(last_round).schema)
        .into_iter()
        .chain(settings.max_output_tokens)
        .min()
        .unwrap_or(2_048) as usize;
    let frame = estimate_tokens(&prompts::synthesis_system())
        + estimate_tokens(&prompts::synthesis_user(session.task, earlier, scratchpad, "", round, max_rounds))
        + 64;
    Some(context.saturating_sub(reply + frame) * 3 / 4)
}
