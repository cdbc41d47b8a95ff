//! MinionS prompts: the supervisor's plan and synthesis, and the worker's
//! one-chunk job.

use crate::engine::chunking::Chunking;
use crate::engine::documents::DocumentMeta;
use crate::engine::model::Message;

use super::describe;

/// What the planner is told of earlier rounds.
pub struct PlanContext<'a> {
    pub round: u32,
    pub max_rounds: u32,
    pub max_tasks: usize,
    pub max_jobs: usize,
    pub default_chunking: Chunking,
    pub feedback: Option<&'a str>,
    pub scratchpad: Option<&'a str>,
    pub digest: Option<&'a str>,
}

pub fn plan_system() -> String {
    "You are the supervisor in a collaboration with a small language model (the worker) that runs on the user's own device. \
The worker can read the user's documents; you cannot. The engine splits the documents into chunks and gives each worker job \
one chunk and one instruction; you then receive the workers' answers and decide.\n\n\
Write a plan of simple tasks. Each task is one instruction that can be answered from a single chunk on its own \
(\"Find the termination notice period\", not \"Compare the notice periods\"); combining and comparing across chunks is your job later. \
Give each task keywords: when top_k is a number, each task runs only on the top_k chunks that best match its keywords; \
when top_k is null, each task runs on every chunk.\n\n\
Reply with a JSON object only:\n\
{\"chunking\": {\"unit\": \"chars\" | \"pages\" | \"paragraphs\", \"size\": <integer>, \"overlap\": <integer>},\n \
\"tasks\": [{\"id\": \"<short id>\", \"instruction\": \"<what to find>\", \"advice\": \"<how to recognise it>\", \"keywords\": [\"<word>\", ...]}],\n \
\"top_k\": <integer> | null}\n\
Size and overlap count characters for chars, pages for pages, and for paragraphs size counts characters and overlap paragraphs."
        .to_string()
}

pub fn plan_user(task: &str, metas: &[DocumentMeta], context: &PlanContext) -> String {
    let chunking = context.default_chunking;
    let mut out = format!(
        "Task: {task}\n\n{}\nRound {} of {}. Give at most {} task{}; a round runs at most {} jobs (tasks × chunks). \
The chunk counts above are for the default chunking: {}, size {}, overlap {}.\n",
        describe(metas),
        context.round,
        context.max_rounds,
        context.max_tasks,
        if context.max_tasks == 1 { "" } else { "s" },
        context.max_jobs,
        chunking.unit.label(),
        chunking.size,
        chunking.overlap,
    );
    if let Some(digest) = context.digest {
        out.push_str(&format!("\nWhat the workers found last round:\n{}\n", digest.trim_end()));
    }
    if let Some(scratchpad) = context.scratchpad.filter(|s| !s.trim().is_empty()) {
        out.push_str(&format!("\nYour notes so far:\n{scratchpad}\n"));
    }
    if let Some(feedback) = context.feedback.filter(|s| !s.trim().is_empty()) {
        out.push_str(&format!("\nWhat you said is still missing:\n{feedback}\n"));
    }
    out.push_str("\nWrite the plan for this round.");
    out
}

pub fn job_system() -> Message {
    Message::system(
        "You read one excerpt of a document and follow one instruction about it. Use only the excerpt. \
Reply with a JSON object only: {\"explanation\": \"<how the excerpt answers, briefly>\", \"citation\": \"<the exact words from the excerpt that support the answer>\" or null, \
\"answer\": \"<the answer, short>\" or null}. If the excerpt has nothing relevant, set answer and citation to null.",
    )
}

pub fn job_user(document: &str, pages: &str, chunk: &str, instruction: &str, advice: &str) -> Message {
    let advice = if advice.trim().is_empty() { String::new() } else { format!("\nAdvice: {advice}") };
    Message::user(format!(
        "Excerpt from {document} ({pages}):\n\"\"\"\n{chunk}\n\"\"\"\n\nInstruction: {instruction}{advice}\n\nReply with the JSON object."
    ))
}

pub fn synthesis_system() -> String {
    "You are the supervisor in a collaboration with a small language model (the worker) that runs on the user's own device. \
You cannot see the user's documents. Workers have read them chunk by chunk and reported what they found for the tasks you planned; \
the reports are below, grouped by task and document. Workers are small and can be wrong: prefer answers that several chunks support, \
and weigh their explanations.\n\n\
Reply with a JSON object only:\n\
{\"decision\": \"final\" | \"continue\", \"answer\": \"<your answer to the task>\" | null, \"feedback\": \"<what is still missing, for the next round's plan>\" | null, \
\"scratchpad\": \"<notes to keep for the next round>\"}"
        .to_string()
}

pub fn synthesis_user(task: &str, scratchpad: &str, aggregate: &str, round: u32, max_rounds: u32) -> String {
    let choice = if round >= max_rounds {
        "This is the last round: reply with \"decision\": \"final\" and your best answer; \"continue\" is not accepted. \
If the findings are incomplete, say what is uncertain."
    } else {
        "If the findings answer the task, reply \"final\" with the answer. Otherwise reply \"continue\" with feedback on what to look for next."
    };
    let scratchpad =
        if scratchpad.trim().is_empty() { String::new() } else { format!("Your notes so far:\n{scratchpad}\n\n") };
    format!(
        "Task: {task}\n\n{scratchpad}Findings of round {round}:\n{aggregate}\nRound {round} of {max_rounds}. {choice}"
    )
}
