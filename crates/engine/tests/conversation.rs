//! Conversations with scripted models: a follow-up's cloud requests carry
//! the earlier turns (never document text), jobs the conversation already
//! ran are answered from its findings (and invalidated when a document or
//! the worker changes), earlier turns past their budget are summarised or
//! dropped with a notice, and Minion's worker chat goes on.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::chunking::{ChunkUnit, Chunking};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::conversation::{Conversation, PastTurn};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::events::{Event, Purpose};
use minions_engine::model::{ChatRequest, Role};
use minions_engine::run::Outcome;
use minions_testkit::{all_text, converse_engine, excerpt, last_user, reply, Ran, ScriptedModel};

const PAGES: [&str; 3] = [
    "Quarterly report. Visitors rose to 41,200 in March, the busiest month.",
    "February was the second busiest month with 38,900 visitors.",
    "The reading room was closed for repairs in January.",
];

fn report() -> Vec<Document> {
    vec![Document::new("report.pdf", DocumentKind::Pdf, PAGES.join("\u{c}"))]
}

fn config(protocol: Protocol) -> RunConfig {
    RunConfig { protocol, chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 }, ..RunConfig::default() }
}

const VISITS_PLAN: &str = r#"{"reasoning": "One figure.", "chunking": {"unit": "pages", "size": 1, "overlap": 0},
  "tasks": [{"id": "peak", "instruction": "Find the busiest month and its visitors", "advice": "", "keywords": []}], "top_k": null}"#;
const FEBRUARY_PLAN: &str = r#"{"reasoning": "Reuse the peak, add February.", "chunking": {"unit": "pages", "size": 1, "overlap": 0},
  "tasks": [{"id": "peak", "instruction": "Find the busiest month and its visitors", "advice": "", "keywords": []},
            {"id": "feb", "instruction": "Find February's visitors", "advice": "", "keywords": []}], "top_k": null}"#;

fn final_answer(answer: &str, scratchpad: &str) -> String {
    format!(
        r#"{{"reasoning": "Enough.", "decision": "final", "answer": "{answer}", "feedback": null, "scratchpad": "{scratchpad}"}}"#
    )
}

/// Answers from the page that holds `March` or `February` for the matching
/// instruction; abstains elsewhere.
fn finder() -> ScriptedModel {
    ScriptedModel::responding("localhost:11434", |request, _| {
        let job = excerpt(request);
        let answer = if job.contains("busiest month and its visitors") && job.contains("41,200") {
            Some("March, 41,200")
        } else if job.contains("February's visitors") && job.contains("38,900") {
            Some("38,900")
        } else {
            None
        };
        Ok(reply(&match answer {
            Some(answer) => {
                format!(r#"{{"explanation": "The excerpt gives it.", "citation": null, "answer": "{answer}"}}"#)
            }
            None => r#"{"explanation": "Not here.", "citation": null, "answer": null}"#.to_string(),
        }))
    })
}

/// What one turn gave: the run, the conversation after it, and what the
/// cloud model and the worker received.
struct Asked {
    ran: Ran,
    after: Conversation,
    cloud: Vec<ChatRequest>,
    worker: Vec<ChatRequest>,
}

/// One turn of `conversation` with the cloud model's `replies` and `worker`.
fn ask(
    question: &str,
    documents: &[Document],
    config: &RunConfig,
    worker: ScriptedModel,
    replies: &[&str],
    conversation: &Conversation,
) -> Asked {
    let supervisor = ScriptedModel::replies("api.openai.com", replies);
    let cloud = supervisor.recorder();
    let (ran, after) = converse_engine(question, documents, config, &worker, Box::new(supervisor), conversation);
    let cloud = cloud.borrow().clone();
    let worker = worker.requests.borrow().clone();
    Asked { ran, after, cloud, worker }
}

/// The first turn: MinionS finds March's 41,200.
fn first_turn() -> Conversation {
    let first = ask(
        "Which month had the most visitors?",
        &report(),
        &config(Protocol::Minions),
        finder(),
        &[VISITS_PLAN, &final_answer("March, with 41,200 visitors.", "Peak March 41,200 (p. 1).")],
        &Conversation::default(),
    );
    assert_eq!(first.ran.report.outcome, Outcome::Answered { answer: "March, with 41,200 visitors.".into() });
    assert_eq!(first.worker.len(), 3, "one job per page");
    first.after
}

#[test]
fn a_follow_up_hears_the_earlier_turn_reuses_its_jobs_and_sends_no_document_text() {
    let conversation = first_turn();
    assert_eq!(conversation.turns.len(), 1);
    assert_eq!(conversation.turns[0].notes, "Peak March 41,200 (p. 1).");
    assert_eq!(conversation.findings.jobs.len(), 3);

    let Asked { ran, after, cloud, worker } = ask(
        "And how does that compare with February?",
        &report(),
        &config(Protocol::Minions),
        finder(),
        &[FEBRUARY_PLAN, &final_answer("February had 38,900, 2,300 fewer than March's peak.", "")],
        &conversation,
    );
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.transcript());
    let plan = last_user(&cloud[0]).to_string();
    assert!(plan.contains("Question 1: Which month had the most visitors?\nYour answer: March, with 41,200 visitors.\nYour notes: Peak March 41,200 (p. 1)."), "{plan}");
    assert!(plan.contains("Findings this conversation already holds"), "{plan}");
    assert!(
        plan.contains(
            "- \"Find the busiest month and its visitors\" (pages, size 1; 3 chunks of report.pdf read, 1 answered)"
        ),
        "{plan}"
    );
    let synthesis = last_user(&cloud[1]).to_string();
    assert!(synthesis.starts_with("This question follows earlier ones"), "{synthesis}");
    for request in &cloud {
        let text = all_text(request);
        for page in PAGES {
            assert!(!text.contains(page), "no document text reaches the cloud: {text}");
        }
    }
    // The peak's three jobs come from the findings; only February's run.
    let transcript = ran.transcript();
    assert_eq!(transcript.iter().filter(|l| l.ends_with(" reused")).count(), 3, "{transcript:?}");
    assert_eq!(worker.len(), 3);
    assert!(worker.iter().all(|r| excerpt(r).contains("February's visitors")));
    assert!(
        synthesis.contains("March, 41,200") && synthesis.contains("38,900"),
        "reused answers are reported: {synthesis}"
    );
    assert_eq!(after.turns.len(), 2);
    assert_eq!(after.findings.jobs.len(), 6);
    // The conversation is plain data: the page saves it and reads it back.
    let saved = serde_json::to_string(&after).unwrap();
    assert_eq!(serde_json::from_str::<Conversation>(&saved).unwrap(), after);
}

#[test]
fn a_follow_up_whose_jobs_all_ran_before_sends_nothing_to_the_worker() {
    let conversation = first_turn();
    let Asked { ran, worker, .. } = ask(
        "Which month again?",
        &report(),
        &config(Protocol::Minions),
        finder(),
        &[VISITS_PLAN, &final_answer("March.", "")],
        &conversation,
    );
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert!(worker.is_empty());
    assert!(ran.events.iter().all(|e| !matches!(e, Event::CallStarted { purpose: Purpose::Job { .. }, .. })));
    assert!(
        ran.transcript().contains(&"aggregate: 1 answered, 2 abstained, 0 failed".to_string()),
        "{:?}",
        ran.transcript()
    );
}

#[test]
fn a_changed_document_or_another_worker_model_invalidates_the_findings() {
    let conversation = first_turn();
    let mut changed = PAGES;
    changed[2] = "The reading room reopened in April.";
    let documents = vec![Document::new("report.pdf", DocumentKind::Pdf, changed.join("\u{c}"))];
    let march = [VISITS_PLAN, &final_answer("March.", "")];
    let Asked { ran, after, worker, .. } =
        ask("Which month?", &documents, &config(Protocol::Minions), finder(), &march, &conversation);
    assert!(
        ran.transcript()
            .contains(&"findings: 3 dropped (a document they were read from changed or was removed)".to_string()),
        "{:?}",
        ran.transcript()
    );
    assert_eq!(worker.len(), 3, "every job runs again");
    assert!(ran.transcript().iter().all(|l| !l.ends_with(" reused")));
    assert_eq!(after.findings.jobs.len(), 3, "only the new findings are kept");

    let warmer = RunConfig {
        worker: minions_engine::config::WorkerSettings { temperature: 0.7, ..Default::default() },
        ..config(Protocol::Minions)
    };
    let Asked { ran, worker, .. } = ask("Which month?", &report(), &warmer, finder(), &march, &first_turn());
    assert!(
        ran.transcript().contains(&"findings: 3 dropped (another local model answered them)".to_string()),
        "{:?}",
        ran.transcript()
    );
    assert_eq!(worker.len(), 3);
}

#[test]
fn a_failed_turn_is_not_remembered_but_its_findings_are() {
    let Asked { ran, after: conversation, .. } = ask(
        "Which month had the most visitors?",
        &report(),
        &config(Protocol::Minions),
        finder(),
        &[VISITS_PLAN],
        &Conversation::default(),
    );
    assert!(matches!(ran.report.outcome, Outcome::Failed { .. }));
    assert!(conversation.turns.is_empty(), "a question without an answer is not history");
    assert_eq!(conversation.findings.jobs.len(), 3, "the worker's work is not lost");
}

fn turn(n: usize) -> PastTurn {
    PastTurn {
        question: format!("Question number {n} about the visitor figures of the library?"),
        answer: format!("Answer number {n}: a long answer that names several months and figures in turn."),
        notes: format!("Notes {n}."),
        protocol: Protocol::Minions,
    }
}

#[test]
fn earlier_turns_past_the_budget_are_summarised_by_the_cloud_model() {
    let conversation = Conversation { turns: (1..=3).map(turn).collect(), ..Conversation::default() };
    let mut config = config(Protocol::Minions);
    config.supervisor.history_tokens = 130;
    let summary = r#"{"summary": "Questions 1 and 2 covered visitor figures; March peaked."}"#;
    let replies = [summary, VISITS_PLAN, &final_answer("March.", "")];
    let Asked { ran, after, cloud, .. } = ask("And the fourth?", &report(), &config, finder(), &replies, &conversation);
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.transcript());
    assert!(ran.transcript().contains(&"→ supervisor summarize".to_string()), "{:?}", ran.transcript());
    assert!(ran.transcript().contains(&"history: 2 turns summarised".to_string()));
    let asked = all_text(&cloud[0]);
    assert!(asked.contains("Question 1: Question number 1") && asked.contains("Question 2: Question number 2"));
    assert!(!asked.contains("Question number 3"), "the latest turn stays verbatim");
    let plan = last_user(&cloud[1]).to_string();
    assert!(
        plan.contains("Summary of the first 2 questions: Questions 1 and 2 covered visitor figures; March peaked."),
        "{plan}"
    );
    assert!(plan.contains("Question 3: Question number 3"), "{plan}");
    assert!(!plan.contains("Question number 1"), "{plan}");
    assert!(ran.report.audit.iter().any(|e| e.purpose == Purpose::Summarize), "the summary request is audited");
    assert_eq!(after.summary.as_ref().map(|s| s.turns), Some(2));
    assert_eq!(after.turns.len(), 2, "turn 3 and the new one");
    assert_eq!(after.answered(), 4);
}

#[test]
fn turns_that_cannot_be_summarised_are_dropped_with_a_notice_never_silently() {
    let conversation = Conversation { turns: (1..=3).map(turn).collect(), ..Conversation::default() };
    let mut config = config(Protocol::Minions);
    config.supervisor.history_tokens = 90;
    config.max_reply_retries = 0;
    let replies = ["no JSON here", VISITS_PLAN, &final_answer("March.", "")];
    let Asked { ran, after, cloud, .. } = ask("And the fourth?", &report(), &config, finder(), &replies, &conversation);
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.transcript());
    let dropped = ran.transcript().into_iter().find(|l| l.starts_with("history:")).unwrap_or_default();
    assert!(dropped.starts_with("history: 2 turns dropped (the cloud model could not summarise them"), "{dropped}");
    let plan = last_user(&cloud[1]).to_string();
    assert!(plan.contains("Question 1: Question number 3"), "what is left is numbered from the start: {plan}");
    assert_eq!(after.turns.len(), 2);
}

const OPEN: &str = r#"{"message": "Which month had the most visitors?"}"#;
const ASK_FEBRUARY: &str = r#"{"message": "How many visitors came in February?"}"#;

fn minion_final(answer: &str) -> String {
    format!(r#"{{"reasoning": "The worker said so.", "decision": "final", "answer": "{answer}", "message": null}}"#)
}

#[test]
fn a_minion_follow_up_continues_the_worker_chat_and_switching_protocol_keeps_the_history() {
    let chatty = || {
        ScriptedModel::responding("localhost:11434", |request, n| {
            Ok(reply(&format!("Answer {n} to: {}", last_user(request))))
        })
    };
    let minion = config(Protocol::Minion);
    let first = ask(
        "Which month had the most visitors?",
        &report(),
        &minion,
        chatty(),
        &[OPEN, &minion_final("March.")],
        &Conversation::default(),
    );
    let conversation = first.after;
    let first = first.worker[0].clone();
    let chat = conversation.worker_chat.clone().expect("the chat is kept");
    assert_eq!(chat.messages.len(), 2);
    assert!(!serde_json::to_string(&chat).unwrap().contains(PAGES[1]), "the kept chat holds no document text");
    assert_eq!(conversation.turns[0].notes, "The worker said so.");

    let replies = [ASK_FEBRUARY, &minion_final("38,900.")];
    let Asked { ran, after, cloud, worker } =
        ask("And how does that compare with February?", &report(), &minion, chatty(), &replies, &conversation);
    assert!(ran.transcript().contains(&"worker chat continued (2 messages)".to_string()), "{:?}", ran.transcript());
    let follow_up = &worker[0];
    // The earlier request is a prefix of the follow-up, byte for byte, so the server's cache serves it.
    assert_eq!(follow_up.messages[..first.messages.len()], first.messages[..]);
    assert_eq!(follow_up.messages[first.messages.len()].role, Role::Assistant);
    assert_eq!(
        last_user(follow_up),
        "The user now asks: And how does that compare with February?\n\nHow many visitors came in February?"
    );
    assert_eq!(follow_up.context_tokens, first.context_tokens, "the same num_ctx keeps the model loaded");
    let open = last_user(&cloud[0]).to_string();
    assert!(open.contains("Question 1: Which month had the most visitors?\nYour answer: March."), "{open}");
    assert_eq!(after.worker_chat.as_ref().map(|c| c.messages.len()), Some(4));

    // MinionS next: the supervisor history carries over.
    let replies = [VISITS_PLAN, &final_answer("March.", "")];
    let Asked { after, cloud, .. } =
        ask("Was March the peak?", &report(), &config(Protocol::Minions), finder(), &replies, &after);
    let plan = last_user(&cloud[0]).to_string();
    assert!(plan.contains("Question 2: And how does that compare with February?\nYour answer: 38,900."), "{plan}");
    assert_eq!(after.turns.len(), 3);

    // A changed document starts the worker's chat again.
    let documents = vec![Document::from_text("other.txt", "Something else entirely.")];
    let Asked { ran, worker, .. } =
        ask("Which month?", &documents, &minion, chatty(), &[OPEN, &minion_final("Unknown.")], &after);
    assert!(ran
        .transcript()
        .contains(&"worker chat restarted (the documents changed since its last answer)".to_string()));
    assert_eq!(worker[0].messages.len(), 2, "system prompt and the question only");
}

#[test]
fn a_local_only_follow_up_hears_the_earlier_turns_on_the_device() {
    let conversation = first_turn();
    let worker = ScriptedModel::responding("localhost:11434", |_, _| Ok(reply("38,900 in February.")));
    let Asked { ran, after, cloud, worker } =
        ask("And February?", &report(), &config(Protocol::Local), worker, &[], &conversation);
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "38,900 in February.".into() });
    let asked = last_user(&worker[0]).to_string();
    assert!(
        asked.contains("Question 1: Which month had the most visitors?\nYour answer: March, with 41,200 visitors."),
        "{asked}"
    );
    assert!(asked.ends_with("Question: And February?"), "{asked}");
    assert!(cloud.is_empty(), "local only sends nothing to the cloud");
    assert_eq!(after.turns.last().map(|t| t.protocol), Some(Protocol::Local));
}
