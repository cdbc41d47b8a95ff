//! The panels of the page; each reads the shared `AppState` from context.

mod answer;
mod ask;
mod audit;
mod consent;
mod conversation;
mod cost;
pub mod doctor;
mod documents;
mod eval_results;
mod evaluation;
mod history;
mod run;
mod settings;
mod tab_model;
mod workers;

pub use answer::AnswerPanel;
pub use ask::AskPanel;
pub use audit::AuditPanel;
pub use consent::ConsentDialog;
pub use conversation::ConversationPanel;
pub use cost::CostPanel;
pub use doctor::StatusLights;
pub use documents::DocumentsPanel;
pub use evaluation::EvaluationPanel;
pub use history::HistoryPanel;
pub use run::RunPanel;
pub use settings::SettingsPanel;

/// Where a message puts an element (a link, a name in bold): pass it as
/// the message's variable, then [`around_slot`] gives the text either side.
pub(crate) const SLOT: &str = "\u{1}";

/// The text before and after [`SLOT`] in a message; all of it before when
/// the message has no slot.
pub(crate) fn around_slot(message: &str) -> (String, String) {
    match message.split_once(SLOT) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (message.to_string(), String::new()),
    }
}
