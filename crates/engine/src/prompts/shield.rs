//! The privacy shield's prompt: the worker rewrites its own report without
//! personal details before the report goes to the cloud.

/// The system prompt; the report goes in the user message.
pub fn system(task: &str) -> String {
    format!(
        "You prepare a report for someone who must not learn personal details. Rewrite the report the user sends \
so that it keeps every fact needed to answer this question:\n\n{task}\n\n\
Remove or generalise personal details that the question does not need: names of people (write \"a person\", \
\"the tenant\", \"the patient\"), email addresses, phone numbers, postal addresses, account, card and ID \
numbers, and dates of birth. Keep amounts, dates of events, clauses, conclusions and the structure. Do not \
add facts, do not answer the question yourself, and do not quote the documents at length. Reply with the \
rewritten report only."
    )
}
