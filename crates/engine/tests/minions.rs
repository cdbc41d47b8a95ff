//! MinionS with scripted models: plan → jobs → aggregate → synthesis, and
//! every rule of the contract about bounding, retries and concurrency.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::chunking::{ChunkUnit, Chunking, PageRange};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::events::{Event, JobState};
use minions_engine::model::{ChatReply, FinishReason, ModelError, RequestParam, Reshape, SchemaDelivery, Usage};
use minions_engine::run::Outcome;
use minions_engine::schemas;
use minions_testkit::{all_text, excerpt, last_user, reply, run_engine, ScriptedModel};

/// Four pages; only page 3 mentions the penalty.
fn report() -> Vec<Document> {
    let pages = [
        "Quarterly report. Revenue grew in all regions during the quarter.",
        "Staffing: the team hired four engineers and one designer.",
        "Contract penalty: late delivery costs 2% of the order value per week.",
        "Outlook: the board expects steady growth next year.",
    ];
    vec![Document::new("report.pdf", DocumentKind::Pdf, pages.join("\u{c}"))]
}

fn config() -> RunConfig {
    RunConfig {
        protocol: Protocol::Minions,
        chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 },
        ..RunConfig::default()
    }
}

const PAGE_PLAN: &str = r#"{"chunking": {"unit": "pages", "size": 1, "overlap": 0},
  "tasks": [{"id": "penalty", "instruction": "Find the late delivery penalty", "advice": "Look for percentages", "keywords": ["penalty", "late"]}],
  "top_k": null}"#;

/// A worker that answers when its excerpt has `needle`, else abstains. Each
/// call takes one scheduler turn, so the jobs of a round overlap.
fn finder(needle: &'static str, answer: &'static str) -> ScriptedModel {
    ScriptedModel::responding("localhost:11434", move |request, _| {
        let text = excerpt(request);
        Ok(reply(&if text.contains(needle) {
            format!(r#"{{"explanation": "The excerpt states it.", "citation": "{needle}", "answer": "{answer}"}}"#)
        } else {
            r#"{"explanation": "Nothing about this here.", "citation": null, "answer": null}"#.to_string()
        }))
    })
    .with_turns(|_| 1)
}

#[test]
fn plan_jobs_aggregate_and_synthesis_over_two_rounds() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            PAGE_PLAN,
            r#"{"decision": "continue", "answer": null, "feedback": "Check whether the penalty is capped.", "scratchpad": "Penalty 2%/week (p. 3)."}"#,
            r#"{"chunking": {"unit": "pages", "size": 2, "overlap": 0},
                "tasks": [{"id": "cap", "instruction": "Find a cap on the penalty", "advice": "", "keywords": ["cap"]}], "top_k": null}"#,
            r#"{"decision": "final", "answer": "2% of the order value per week; no cap is stated.", "feedback": null, "scratchpad": "done"}"#,
        ],
    );
    let requests = supervisor.recorder();
    let worker = finder("costs 2%", "2% of the order value per week");
    let ran = run_engine(
        "What is the late delivery penalty?",
        &report(),
        &config(),
        &worker,
        Some(Box::new(supervisor)),
        Cancel::new(),
    );

    assert_eq!(
        ran.transcript(),
        [
            "run minions over 1 documents",
            "round 1/3",
            "→ supervisor plan",
            "plan: 1 tasks, top_k null",
            "← 4 jobs",
            "→ worker job 0",
            "→ worker job 1",
            "→ worker job 2",
            "→ worker job 3",
            "job 0 abstained",
            "job 1 abstained",
            "job 2 answered",
            "job 3 abstained",
            "aggregate: 1 answered, 3 abstained, 0 failed",
            "→ supervisor synthesize",
            "decision continue",
            "supervisor: Check whether the penalty is capped.",
            "round 2/3",
            "→ supervisor plan",
            "plan: 1 tasks, top_k null",
            "← 2 jobs",
            "→ worker job 4",
            "→ worker job 5",
            "job 4 abstained",
            "job 5 answered",
            "aggregate: 1 answered, 1 abstained, 0 failed",
            "→ supervisor synthesize",
            "decision final",
            "answer: 2% of the order value per week; no cap is stated.",
        ]
    );

    let requests = requests.borrow();
    // Round 1's synthesis sees the answer grouped by task and document, and no abstentions.
    let synthesis = last_user(&requests[1]);
    assert!(synthesis.contains("## Task penalty: Find the late delivery penalty"));
    assert!(
        synthesis.contains("### report.pdf\n- p. 3 (job 2): 2% of the order value per week — The excerpt states it.")
    );
    assert!(synthesis.contains("4 jobs read their chunks: 1 found an answer, 3 found nothing relevant, 0 failed."));
    assert!(!synthesis.contains("Nothing about this here"));
    // Citations stay on the device by default.
    assert!(!synthesis.contains("quote:"));
    assert!(synthesis.contains("Round 1 of 3"));
    // Round 2's plan carries the feedback, the scratchpad and a digest.
    let plan2 = last_user(&requests[2]);
    assert!(plan2.contains("Round 2 of 3"));
    assert!(plan2.contains("Check whether the penalty is capped."));
    assert!(plan2.contains("Penalty 2%/week (p. 3)."));
    assert!(plan2.contains(
        "- penalty (Find the late delivery penalty): 1 of 4 chunks answered: 2% of the order value per week"
    ));
    // Round 2's synthesis carries the scratchpad.
    assert!(last_user(&requests[3]).contains("Your notes so far:\nPenalty 2%/week (p. 3)."));

    // Jobs carry their chunk with its document name and pages, the instruction and the advice.
    let worker_requests = worker.requests.borrow();
    let job2 = last_user(&worker_requests[2]);
    assert!(job2.starts_with("Excerpt from report.pdf (p. 3):"));
    assert!(job2.contains("Instruction: Find the late delivery penalty\nAdvice: Look for percentages"));
    assert!(worker_requests[2].schema.is_some());
    // Bounded by the job schema, not by num_predict.
    assert_eq!(worker_requests[2].max_output_tokens, schemas::output_token_bound(&schemas::job_reply().schema));
    assert_ne!(worker_requests[2].max_output_tokens, Some(512));
    assert_eq!(worker_requests[2].temperature, Some(0.2));
    // Round 2 used two-page chunks.
    assert!(last_user(&worker_requests[4]).starts_with("Excerpt from report.pdf (pp. 1–2):"));

    // Findings keep the citation on the device.
    let answered: Vec<_> = ran.report.findings.iter().filter(|f| f.answer.is_some()).collect();
    assert_eq!(answered.len(), 2);
    assert_eq!(answered[0].pages, PageRange { first: 3, last: 3 });
    assert_eq!(answered[1].pages, PageRange { first: 3, last: 4 });
    assert_eq!(answered[0].citation.as_deref(), Some("costs 2%"));
    assert_eq!(ran.report.findings.len(), 6);
    assert_eq!(ran.report.audit.len(), 4);
}

#[test]
fn citations_go_to_the_supervisor_only_when_allowed() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "2%", "feedback": null, "scratchpad": ""}"#],
    );
    let requests = supervisor.recorder();
    let worker = finder("costs 2%", "2%");
    let config = RunConfig { send_citations: true, ..config() };
    run_engine("Penalty?", &report(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert!(
        last_user(&requests.borrow()[1]).contains("- p. 3 (job 2): 2% — The excerpt states it. [quote: \"costs 2%\"]")
    );
}

#[test]
fn an_oversized_plan_is_clamped_and_the_user_told() {
    let tasks: Vec<String> = (1..=5)
        .map(|i| format!(r#"{{"id": "t{i}", "instruction": "Find fact {i}", "advice": "", "keywords": ["fact"]}}"#))
        .collect();
    let plan = format!(
        r#"{{"chunking": {{"unit": "pages", "size": 1, "overlap": 3}}, "tasks": [{}], "top_k": null}}"#,
        tasks.join(",")
    );
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[&plan, r#"{"decision": "final", "answer": "done", "feedback": null, "scratchpad": ""}"#],
    );
    let worker = finder("never", "x");
    let config = RunConfig { max_jobs_per_round: 6, ..config() };
    let ran = run_engine("Facts?", &report(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    let transcript = ran.transcript();
    assert_eq!(
        transcript[3],
        "adjusted: Overlap 3 is too large; 0 is used. | The plan had 5 tasks; only the first 3 are run. | \
3 tasks over 4 chunks would be 12 jobs, over the limit of 6; each task runs on its best 2 chunks."
    );
    assert_eq!(transcript[4], "plan: 3 tasks, top_k 2");
    assert_eq!(transcript[5], "← 6 jobs");
    assert_eq!(worker.requests.borrow().len(), 6);
}

#[test]
fn top_k_runs_each_task_on_its_best_chunks_only() {
    let plan = r#"{"chunking": {"unit": "pages", "size": 1, "overlap": 0},
      "tasks": [{"id": "p", "instruction": "Find the penalty", "advice": "", "keywords": ["penalty"]},
                {"id": "s", "instruction": "Find the hires", "advice": "", "keywords": ["engineers", "hired"]}],
      "top_k": 1}"#;
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[plan, r#"{"decision": "final", "answer": "ok", "feedback": null, "scratchpad": ""}"#],
    );
    let worker = finder("never", "x");
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    let excerpts: Vec<String> =
        worker.requests.borrow().iter().map(|r| last_user(r).lines().next().unwrap().to_string()).collect();
    assert_eq!(excerpts, ["Excerpt from report.pdf (p. 3):", "Excerpt from report.pdf (p. 2):"]);
    assert!(ran.transcript().contains(&"plan: 2 tasks, top_k 1".to_string()));
}

#[test]
fn a_truncated_job_is_split_in_two_and_retried() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "2%", "feedback": null, "scratchpad": ""}"#],
    );
    // The first call (page 1, whole) is cut off; its halves then answer.
    let worker = ScriptedModel::responding("localhost:11434", |request, call| {
        if call == 0 {
            return Ok(ChatReply {
                text: r#"{"explanation": "The excerpt"#.into(),
                finish: FinishReason::Length,
                usage: Usage::default(),
                server_ms: None,
            });
        }
        let excerpt = last_user(request);
        Ok(reply(&if excerpt.contains("Revenue") {
            r#"{"explanation": "e", "citation": null, "answer": "revenue grew"}"#.to_string()
        } else {
            r#"{"explanation": "e", "citation": null, "answer": null}"#.to_string()
        }))
    });
    let config = RunConfig { concurrency: 1, ..config() };
    let ran = run_engine("?", &report(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    let transcript = ran.transcript();
    assert_eq!(
        transcript[5..11],
        ["→ worker job 0", "job 0 split", "→ worker job 0", "→ worker job 0", "job 0 answered", "→ worker job 1"]
    );
    let requests = worker.requests.borrow();
    let quoted = |i: usize| excerpt(&requests[i]).split("\"\"\"\n").nth(1).unwrap().trim_end_matches('\n').to_string();
    let (first, second) = (quoted(1), quoted(2));
    assert_eq!(format!("{first}{second}"), "Quarterly report. Revenue grew in all regions during the quarter.");
    assert!(first.len() > 20 && second.len() > 20, "{first:?} {second:?}");
    let job0: Vec<_> = ran.report.findings.iter().filter(|f| f.job == 0).collect();
    assert_eq!(job0.len(), 2);
}

#[test]
fn a_failing_job_is_recorded_and_the_round_goes_on() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "2%", "feedback": null, "scratchpad": ""}"#],
    );
    let requests = supervisor.recorder();
    // Job 1 gets two unreadable replies; the rest are fine.
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        let excerpt = excerpt(request);
        if excerpt.contains("Staffing") {
            return Ok(reply("I think the answer is four engineers"));
        }
        if excerpt.contains("Outlook") {
            return Err(ModelError::ModelMissing { model: "llama3.2".into() });
        }
        Ok(reply(r#"{"explanation": "e", "citation": null, "answer": null}"#))
    });
    let config = RunConfig { concurrency: 1, ..config() };
    let ran = run_engine("?", &report(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    let transcript = ran.transcript();
    let from = transcript.iter().position(|l| l == "→ worker job 1").unwrap();
    assert_eq!(
        transcript[from..from + 6],
        [
            "→ worker job 1",
            "✗ worker reply rejected (job 1: the reply contains no JSON object), retrying",
            "→ worker job 1",
            "✗ worker reply rejected (job 1: the reply contains no JSON object)",
            "job 1 failed: the reply could not be read: the reply contains no JSON object",
            "job 1 failed",
        ]
    );
    assert!(transcript.contains(&"job 3 failed: model `llama3.2` is not available on the server".to_string()));
    assert!(transcript.contains(&"aggregate: 0 answered, 2 abstained, 2 failed".to_string()));
    assert!(last_user(&requests.borrow()[1])
        .contains("4 jobs read their chunks: 0 found an answer, 2 found nothing relevant, 2 failed."));
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "2%".into() });
}

#[test]
fn concurrency_is_bounded_and_results_keep_job_order() {
    let pages: Vec<String> = (1..=12).map(|i| format!("Page {i} says the code is {}.", 100 + i)).collect();
    let documents = vec![Document::new("codes.pdf", DocumentKind::Pdf, pages.join("\u{c}"))];
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "ok", "feedback": null, "scratchpad": ""}"#],
    );
    let requests = supervisor.recorder();
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        let excerpt = last_user(request);
        let code = excerpt.split("the code is ").nth(1).and_then(|s| s.get(..3)).unwrap_or("?");
        Ok(reply(&format!(r#"{{"explanation": "e", "citation": null, "answer": "{code}"}}"#)))
    })
    // Later calls finish sooner, so jobs finish out of order.
    .with_turns(|call| 40usize.saturating_sub(call * 3));
    let config = RunConfig { concurrency: 3, ..config() };
    let ran = run_engine("Codes?", &documents, &config, &worker, Some(Box::new(supervisor)), Cancel::new());

    assert_eq!(worker.max_in_flight.get(), 3);
    let finished: Vec<usize> = ran
        .events
        .iter()
        .filter_map(|e| match e {
            Event::JobFinished { job, .. } => Some(*job),
            _ => None,
        })
        .collect();
    assert_ne!(finished, (0..12).collect::<Vec<_>>(), "jobs should finish out of order");
    let order: Vec<usize> = ran.report.findings.iter().map(|f| f.job).collect();
    assert_eq!(order, (0..12).collect::<Vec<_>>());
    let synthesis = last_user(&requests.borrow()[1]).to_string();
    let positions: Vec<usize> = (0..12).map(|job| synthesis.find(&format!("(job {job})")).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "aggregate lists jobs in order");
}

#[test]
fn cancelling_mid_round_keeps_nothing_running_and_reports_cancelled() {
    let cancel = Cancel::new();
    let supervisor = ScriptedModel::replies("api.openai.com", &[PAGE_PLAN]);
    let worker = finder("costs 2%", "2%").with_turns(|_| 5).cancelling_at(2, cancel.clone());
    let config = RunConfig { concurrency: 2, ..config() };
    let ran = run_engine("?", &report(), &config, &worker, Some(Box::new(supervisor)), cancel);
    assert_eq!(ran.report.outcome, Outcome::Cancelled);
    assert_eq!(worker.requests.borrow().len(), 3, "no job starts after cancel");
    let transcript = ran.transcript();
    assert_eq!(transcript.last().unwrap(), "cancelled");
    assert!(!transcript.iter().any(|l| l.starts_with("aggregate")));
    assert_eq!(ran.report.audit.len(), 1);
}

#[test]
fn a_refused_parameter_is_dropped_and_the_request_resent_through_the_gate() {
    let supervisor = ScriptedModel::outcomes(
        "api.openai.com",
        vec![
            Err(ModelError::Unsupported { parameter: RequestParam::Temperature }),
            Ok(reply(PAGE_PLAN)),
            Ok(reply(r#"{"decision": "final", "answer": "2%", "feedback": null, "scratchpad": ""}"#)),
        ],
    );
    let requests = supervisor.recorder();
    let worker = finder("costs 2%", "2%");
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(
        ran.transcript()[2..5],
        ["→ supervisor plan", "✗ supervisor the server does not support `temperature`", "dropped `temperature`"]
    );
    let requests = requests.borrow();
    assert_eq!(requests[0].temperature, Some(0.0));
    assert_eq!(requests[1].temperature, None);
    assert_eq!(
        requests[2].temperature, None,
        "a dropped parameter stays dropped for the run's later calls of that step"
    );
    assert_eq!(ran.report.audit.len(), 3);
    assert!(!ran.report.audit[1].body.contains("temperature"));
}

#[test]
fn job_states_cover_answered_abstained_and_failed() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "x", "feedback": null, "scratchpad": ""}"#],
    );
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        let excerpt = excerpt(request);
        if excerpt.contains("Outlook") {
            Err(ModelError::Server { status: 500, message: "boom".into() })
        } else if excerpt.contains("costs 2%") {
            Ok(reply(r#"{"explanation": "e", "citation": null, "answer": "2%"}"#))
        } else {
            Ok(reply(r#"{"explanation": "e", "citation": null, "answer": "N/A"}"#))
        }
    });
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    let states: Vec<JobState> = ran
        .events
        .iter()
        .filter_map(|e| match e {
            Event::JobFinished { state, .. } => Some(*state),
            _ => None,
        })
        .collect();
    assert_eq!(states, [JobState::Abstained, JobState::Abstained, JobState::Answered, JobState::Failed]);
    // The 500 was tried twice more, after a wait each time, before the job failed.
    assert_eq!(worker.requests.borrow().len(), 6);
    let retries: Vec<String> = ran.transcript().into_iter().filter(|l| l.starts_with("retry worker")).collect();
    assert_eq!(retries.len(), 2);
    assert!(retries[0].ends_with("(the server failed (HTTP 500): boom)"), "{retries:?}");
    assert!(all_text(&worker.requests.borrow()[0]).contains("Excerpt"));
}

#[test]
fn a_rate_limited_supervisor_is_waited_for_and_every_attempt_audited() {
    let supervisor = ScriptedModel::outcomes(
        "api.openai.com",
        vec![
            Err(ModelError::RateLimited { retry_after_ms: Some(1_500) }),
            Err(ModelError::RateLimited { retry_after_ms: None }),
            Ok(reply(PAGE_PLAN)),
            Ok(reply(r#"{"decision": "final", "answer": "2%", "feedback": null, "scratchpad": ""}"#)),
        ],
    );
    let worker = finder("costs 2%", "2%");
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    let transcript = ran.transcript();
    assert_eq!(
        transcript[2..7],
        [
            "→ supervisor plan",
            "✗ supervisor the server is limiting the request rate (it asks to wait 1.5 s)",
            "retry supervisor in 1600 ms (the server is limiting the request rate (it asks to wait 1.5 s))",
            "→ supervisor plan",
            "✗ supervisor the server is limiting the request rate",
        ]
    );
    // Without a Retry-After, the second wait backs off to 2 s plus up to a quarter of jitter.
    let wait: f64 = transcript[7]
        .strip_prefix("retry supervisor in ")
        .and_then(|rest| rest.strip_suffix(" ms (the server is limiting the request rate)"))
        .and_then(|ms| ms.parse().ok())
        .unwrap_or_else(|| panic!("{}", transcript[7]));
    assert!((2_000.0..=2_500.0).contains(&wait), "{wait}");
    assert_eq!(ran.report.audit.len(), 4);
    // The manual clock moved on by the waits.
    assert!(ran.report.audit[2].at_ms - ran.report.audit[0].at_ms >= 3_600.0);
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "2%".into() });
}

#[test]
fn a_final_supervisor_error_ends_the_run_with_a_sentence() {
    let supervisor = ScriptedModel::outcomes("api.openai.com", vec![Err(ModelError::Unauthorized { status: 401 })]);
    let worker = finder("costs 2%", "2%");
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    let Outcome::Failed { error } = &ran.report.outcome else { panic!() };
    assert_eq!(error.to_string(), "The cloud service refused the API key (HTTP 401). Paste a valid key in Settings.");
    assert_eq!(ran.report.audit.len(), 1);
}

#[test]
fn a_request_the_adapter_reshapes_is_sent_again_through_the_gate() {
    let supervisor = ScriptedModel::outcomes(
        "api.openai.com",
        vec![
            Err(ModelError::Resend { change: Reshape::ReplySchema { now: SchemaDelivery::JsonOnly } }),
            Ok(reply(PAGE_PLAN)),
            Ok(reply(r#"{"decision": "final", "answer": "2%", "feedback": null, "scratchpad": ""}"#)),
        ],
    );
    let requests = supervisor.recorder();
    let worker = finder("costs 2%", "2%");
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(
        ran.transcript()[3..5],
        [
            "✗ supervisor the request must be sent again: the reply schema now goes in the prompt, with the server asked for JSON",
            "supervisor reshaped: the reply schema now goes in the prompt, with the server asked for JSON",
        ]
    );
    assert_eq!(requests.borrow()[0], requests.borrow()[1]);
    assert_eq!(ran.report.audit.len(), 3);
}

#[test]
fn a_refused_reply_schema_is_never_dropped_by_the_engine() {
    // Only the adapter knows the other forms a schema can take; when it has
    // none left, the run fails with a sentence instead of asking for free text.
    let supervisor = ScriptedModel::outcomes(
        "api.openai.com",
        vec![Err(ModelError::Unsupported { parameter: RequestParam::ReplySchema }), Ok(reply(PAGE_PLAN))],
    );
    let requests = supervisor.recorder();
    let worker = finder("costs 2%", "2%");
    let ran = run_engine("?", &report(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    let transcript = ran.transcript();
    assert!(!transcript.iter().any(|l| l.starts_with("dropped")), "{transcript:#?}");
    assert_eq!(requests.borrow().len(), 1, "not sent again");
    assert!(requests.borrow()[0].schema.is_some());
    let Outcome::Failed { error } = &ran.report.outcome else { panic!("{:?}", ran.report.outcome) };
    assert!(error.to_string().contains("refused the reply schema in every form"), "{error}");
}

#[test]
fn a_round_s_report_fits_the_cloud_model_s_context_and_says_what_was_left_out() {
    // Forty pages, each answering at length: far more than a 4,096-token context holds.
    let text: Vec<String> = (0..40).map(|i| format!("Page {i}: the penalty on this page is {i}% per week.")).collect();
    let documents = vec![Document::new("long.pdf", DocumentKind::Pdf, text.join("\u{c}"))];
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        let page = excerpt(request).split(':').next().unwrap_or_default().to_string();
        Ok(reply(&format!(
            r#"{{"explanation": "{page} gives a weekly percentage for late delivery, in the contract's penalty clause, which the task asks for; {}", "citation": null, "answer": "{page}: a weekly penalty"}}"#,
            "it is stated plainly and applies to every order. ".repeat(3)
        )))
    });
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "2% a week", "feedback": null, "scratchpad": ""}"#],
    );
    let requests = supervisor.recorder();
    let mut config = RunConfig { max_rounds: 1, ..config() };
    config.supervisor.context_tokens = Some(4_096);
    let ran =
        run_engine("What is the penalty?", &documents, &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.report.outcome);
    let synthesis = &requests.borrow()[1];
    let prompt: usize = synthesis.messages.iter().map(|m| minions_engine::tokens::estimate_tokens(&m.content)).sum();
    let reply_room = schemas::output_token_bound(&schemas::minions_synthesis(true).schema).unwrap_or(0) as usize;
    assert!(prompt + reply_room <= 4_096, "{prompt} prompt tokens + {reply_room} for the reply");
    let report = last_user(synthesis);
    assert!(report.contains("- p. 1 (job 0):"), "the first answers are kept: {report}");
    assert!(report.contains("more answers were left out to fit your context window"), "and the rest are counted");

    // Without a known context nothing is left out.
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[PAGE_PLAN, r#"{"decision": "final", "answer": "2% a week", "feedback": null, "scratchpad": ""}"#],
    );
    let requests = supervisor.recorder();
    config.supervisor.context_tokens = None;
    run_engine("What is the penalty?", &documents, &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert!(!last_user(&requests.borrow()[1]).contains("left out"));
}

#[test]
fn a_worker_with_the_context_the_doctor_asks_for_reads_the_configured_chunks_whole() {
    use minions_engine::minions::plan::context_for_chunk_chars;
    // Prose that costs about a token per four characters, as the doctor assumes of documents.
    let sentence = "The supplier shall deliver the goods within thirty days of the order, at its own cost. ";
    let document = Document::new("terms.txt", DocumentKind::Text, sentence.repeat(200));
    let plan = r#"{"chunking": {"unit": "chars", "size": 3000, "overlap": 0},
      "tasks": [{"id": "term", "instruction": "Find the delivery term", "advice": "Look for days", "keywords": ["days"]}],
      "top_k": 2}"#;
    let run = |context_limit: u32| {
        let supervisor = ScriptedModel::replies(
            "api.openai.com",
            &[plan, r#"{"decision": "final", "answer": "30 days", "feedback": null, "scratchpad": ""}"#],
        );
        let mut config =
            RunConfig { chunking: Chunking { unit: ChunkUnit::Chars, size: 3_000, overlap: 0 }, ..config() };
        config.worker.context_limit = context_limit;
        let worker = finder("thirty days", "30 days");
        let ran = run_engine(
            "Delivery term?",
            std::slice::from_ref(&document),
            &config,
            &worker,
            Some(Box::new(supervisor)),
            Cancel::new(),
        );
        assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.report.outcome);
        ran.events.iter().any(|e| matches!(e, Event::PlanAdjusted { .. }))
    };
    let needed = context_for_chunk_chars(3_000, &RunConfig::default().worker);
    assert!(!run(needed), "the plan was adjusted with {needed} tokens of context");
    assert!(run(needed * 3 / 4), "a smaller context should cut the chunks");
}
