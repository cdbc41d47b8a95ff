//! Snapshots of every prompt, so that a change of wording shows in review.
//! Update them with `INSTA_UPDATE=always cargo test --test prompts` and read
//! the diff.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::chunking::Chunking;
use minions_engine::config::Protocol;
use minions_engine::documents::{describe_documents, Document, DocumentKind};
use minions_engine::model::Message;
use minions_engine::prompts::{local, minion, minions};

fn documents() -> Vec<Document> {
    vec![
        Document::new("lease.pdf", DocumentKind::Pdf, "Page one text.\u{c}Page two: rent is 1,850 EUR."),
        Document::from_text("notes.md", "# Notes\n\nCall the landlord about the boiler."),
    ]
}

fn show(messages: &[Message]) -> String {
    messages.iter().map(|m| format!("[{:?}]\n{}", m.role, m.content)).collect::<Vec<_>>().join("\n\n")
}

#[test]
fn minion_prompts() {
    let metas = describe_documents(&documents());
    insta::assert_snapshot!("minion_supervisor_system", minion::supervisor_system());
    insta::assert_snapshot!("minion_supervisor_open", minion::supervisor_open("What is the rent?", &metas, 3, None));
    insta::assert_snapshot!("minion_supervisor_decide", minion::supervisor_decide("The rent is 1,850 EUR.", 1, 3));
    insta::assert_snapshot!("minion_supervisor_decide_penultimate", minion::supervisor_decide("No boiler info.", 2, 3));
    insta::assert_snapshot!("minion_supervisor_decide_last", minion::supervisor_decide("No boiler info.", 3, 3));
    insta::assert_snapshot!("minion_worker_system", show(&[minion::worker_system("What is the rent?", &documents())]));
}

/// The planner's context in a question's first round.
fn first_round() -> minions::PlanContext<'static> {
    minions::PlanContext {
        round: 1,
        max_rounds: 3,
        max_tasks: 3,
        max_jobs: 256,
        max_chunk_chars: 12_000,
        default_chunking: Chunking::default(),
        feedback: None,
        scratchpad: None,
        digest: None,
        adjustments: &[],
        earlier: None,
        held: None,
    }
}

#[test]
fn minions_prompts() {
    let documents = documents();
    let metas: Vec<_> = documents.iter().map(|d| d.meta(Some(2))).collect();
    let first = first_round();
    insta::assert_snapshot!("minions_plan_system", minions::plan_system());
    insta::assert_snapshot!("minions_plan_round_1", minions::plan_user("What is the rent?", &metas, &first));
    let adjustments = ["Tasks cut from 5 to 3.".to_string()];
    let second = minions::PlanContext {
        round: 2,
        feedback: Some("Find the payment date too."),
        scratchpad: Some("Rent 1,850 EUR (lease.pdf p. 2)."),
        digest: Some("- rent (Find the rent): 1 of 4 chunks answered: 1,850 EUR\n"),
        adjustments: &adjustments,
        ..first
    };
    insta::assert_snapshot!("minions_plan_round_2", minions::plan_user("What is the rent?", &metas, &second));
    insta::assert_snapshot!(
        "minions_job",
        show(&minions::job_messages(
            "lease.pdf",
            "p. 2",
            "Page two: rent is 1,850 EUR.",
            "Find the monthly rent",
            "An amount in EUR"
        ))
    );
    insta::assert_snapshot!("minions_synthesis_system", minions::synthesis_system());
    insta::assert_snapshot!(
        "minions_synthesis_round_1",
        minions::synthesis_user("What is the rent?", None, "", "1 jobs read their chunks: 1 found an answer.\n", 1, 3)
    );
    insta::assert_snapshot!(
        "minions_synthesis_last",
        minions::synthesis_user("What is the rent?", None, "Rent found.", "0 jobs read their chunks.\n", 3, 3)
    );
}

#[test]
fn local_prompts() {
    insta::assert_snapshot!("local_answer_system", show(&[local::answer_system(&documents())]));
    insta::assert_snapshot!("local_synthesize", show(&local::synthesize("What is the rent?", "- p. 2: 1,850 EUR\n")));
}

#[test]
fn shield_prompt() {
    insta::assert_snapshot!("shield_system", minions_engine::prompts::shield::system("What is the rent?"));
}

#[test]
fn judge_prompt() {
    let messages = minions_engine::prompts::judge::messages("What is the rent?", "1,850 EUR", "€1850");
    insta::assert_snapshot!("judge", show(&messages));
}

#[test]
fn cloud_only_prompt() {
    insta::assert_snapshot!(
        "cloud_only",
        show(&minions_engine::prompts::cloud::messages("What is the rent?", &documents(), None))
    );
}

#[test]
fn conversation_prompts() {
    use minions_engine::conversation::findings_cache::HeldInstruction;
    use minions_engine::conversation::{EarlierSummary, PastTurn};
    use minions_engine::prompts::conversation;

    let turns = [PastTurn {
        question: "What is the rent?".into(),
        answer: "1,850 EUR a month.".into(),
        notes: "Rent on lease.pdf p. 2; no increase clause found.".into(),
        protocol: Protocol::Minions,
    }];
    let summary = EarlierSummary { text: "The lease runs from March 2024 for two years.".into(), turns: 2 };
    let earlier = conversation::earlier_turns(Some(&summary), &turns);
    assert_eq!(conversation::earlier_turns(None, &[]), None, "a first question has no history");
    let held = conversation::held_findings(&[HeldInstruction {
        instruction: "Find the monthly rent".into(),
        advice: String::new(),
        chunking: "pages, size 1".into(),
        documents: vec!["lease.pdf".into()],
        chunks: 2,
        answered: 1,
    }]);
    let metas: Vec<_> = documents().iter().map(|d| d.meta(Some(2))).collect();
    let follow_up = minions::PlanContext { earlier: earlier.as_deref(), held: held.as_deref(), ..first_round() };
    insta::assert_snapshot!("conversation_plan_follow_up", minions::plan_user("And the deposit?", &metas, &follow_up));
    insta::assert_snapshot!(
        "conversation_minion_open_follow_up",
        minion::supervisor_open("And the deposit?", &describe_documents(&documents()), 3, earlier.as_deref())
    );
    insta::assert_snapshot!("conversation_summary", show(&conversation::summary_messages(Some(&summary), &turns, 120)));
    insta::assert_snapshot!(
        "conversation_worker_follow_up",
        conversation::follow_up_question("And the deposit?", "What deposit does the lease ask for?")
    );
}
