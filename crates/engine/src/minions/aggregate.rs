//! Turning a round's job results into what the supervisor reads: drop
//! abstentions, group answers by task then by document and pages, and say how
//! many chunks were read and how many had nothing. No chunk text; citations
//! only when the user allowed them. [`digest`] is the shorter form carried
//! into the next round's plan.

use std::fmt::Write;

use crate::documents::Document;
use crate::events::JobState;
use crate::tokens::estimate_tokens;

use super::execute::JobResult;
use super::plan::Task;

/// The supervisor's view of one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aggregate {
    pub text: String,
    pub answered: usize,
    pub abstained: usize,
    pub failed: usize,
}

/// Longest answer or explanation quoted in a digest line.
const DIGEST_ANSWER_CHARS: usize = 200;
/// Most answers per task in a digest.
const DIGEST_ANSWERS_PER_TASK: usize = 8;

/// The round's report; with `budget` (in estimated tokens), answers stop
/// where the next one would pass it, and the report says how many were
/// left out (the supervisor's context is then full, never silently cut).
pub fn aggregate(
    results: &[JobResult],
    tasks: &[Task],
    documents: &[Document],
    send_citations: bool,
    budget: Option<usize>,
) -> Aggregate {
    let count = |state| results.iter().filter(|r| r.state() == state).count();
    let (answered, abstained, failed) =
        (count(JobState::Answered), count(JobState::Abstained), count(JobState::Failed));
    let mut text = format!(
        "{} jobs read their chunks: {answered} found an answer, {abstained} found nothing relevant, {failed} failed.\n",
        results.len()
    );
    let mut used = estimate_tokens(&text);
    let mut left_out = 0usize;
    let mut silent_tasks = Vec::new();
    for task in tasks {
        let answers: Vec<&JobResult> =
            results.iter().filter(|r| r.job.task.id == task.id && r.state() == JobState::Answered).collect();
        if answers.is_empty() {
            silent_tasks.push(task.id.as_str());
            continue;
        }
        let heading = format!("\n## Task {}: {}\n", task.id, task.instruction);
        used += estimate_tokens(&heading);
        text.push_str(&heading);
        let mut current_document = usize::MAX;
        for result in answers {
            for part in result.parts.iter().filter(|p| !p.reply.abstains()) {
                let mut line = String::new();
                if part.chunk.document != current_document {
                    let name = documents.get(part.chunk.document).map(|d| d.name.as_str()).unwrap_or("?");
                    let _ = writeln!(line, "### {name}");
                }
                let answer = part.reply.answer.as_deref().unwrap_or("").trim();
                let _ = write!(line, "- {} (job {}): {answer}", part.chunk.page_label(), result.job.number);
                let explanation = part.reply.explanation.trim();
                if !explanation.is_empty() {
                    let _ = write!(line, " — {explanation}");
                }
                if send_citations {
                    if let Some(citation) = part.reply.citation.as_deref() {
                        let _ = write!(line, " [quote: \"{}\"]", citation.trim());
                    }
                }
                line.push('\n');
                let cost = estimate_tokens(&line);
                if budget.is_some_and(|budget| used + cost > budget) {
                    left_out += 1;
                    continue;
                }
                used += cost;
                current_document = part.chunk.document;
                text.push_str(&line);
            }
        }
    }
    if !silent_tasks.is_empty() {
        let _ = write!(
            text,
            "\nNo chunk answered task{} {}.\n",
            if silent_tasks.len() == 1 { "" } else { "s" },
            silent_tasks.join(", ")
        );
    }
    if left_out > 0 {
        let _ = write!(
            text,
            "\n{left_out} more answer{} left out to fit your context window; the ones above came first in task and document order.\n",
            if left_out == 1 { " was" } else { "s were" }
        );
    }
    Aggregate { text, answered, abstained, failed }
}

/// A short account of a round for the next plan: per task, how many chunks
/// answered and (shortened) what they said.
pub fn digest(results: &[JobResult], tasks: &[Task]) -> String {
    let mut out = String::new();
    for task in tasks {
        let of_task: Vec<&JobResult> = results.iter().filter(|r| r.job.task.id == task.id).collect();
        let answers: Vec<String> = of_task
            .iter()
            .flat_map(|r| r.parts.iter())
            .filter(|p| !p.reply.abstains())
            .filter_map(|p| p.reply.answer.as_deref())
            .map(|a| shorten(a.trim(), DIGEST_ANSWER_CHARS))
            .collect();
        let shown = answers.len().min(DIGEST_ANSWERS_PER_TASK);
        let _ =
            write!(out, "- {} ({}): {} of {} chunks answered", task.id, task.instruction, answers.len(), of_task.len());
        if shown > 0 {
            let _ = write!(out, ": {}", answers[..shown].join("; "));
            if answers.len() > shown {
                let _ = write!(out, "; and {} more", answers.len() - shown);
            }
        }
        out.push('\n');
    }
    out
}

fn shorten(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
