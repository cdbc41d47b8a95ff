//! Keeping what the cloud model hears of earlier turns within its budget:
//! when the earlier turns outgrow it, the supervisor folds all but the
//! latest into a summary (a gated request like any other, in the audit);
//! what still does not fit, or cannot be summarised, is left out with a
//! notice. Never cut silently.

use super::{Conversation, EarlierSummary, HistoryDropReason};
use crate::config::SupervisorSettings;
use crate::events::{Event, Purpose};
use crate::prompts::conversation as prompts;
use crate::replies::ConversationSummary;
use crate::run::{Session, Stop};
use crate::schemas;
use crate::tokens::estimate_tokens;

/// Estimated tokens the earlier turns may take: the user's budget, and at
/// most a quarter of the cloud model's context when it is known.
pub(crate) fn budget(settings: &SupervisorSettings) -> usize {
    let chosen = settings.history_tokens as usize;
    match settings.context_tokens {
        Some(context) => chosen.min(context as usize / 4),
        None => chosen,
    }
}

/// Estimated tokens of the earlier turns as a supervisor prompt carries them.
pub(crate) fn size(conversation: &Conversation) -> usize {
    prompts::earlier_turns(conversation.summary.as_ref(), &conversation.turns).map_or(0, |text| estimate_tokens(&text))
}

/// Brings `conversation`'s earlier turns within the budget.
pub(crate) async fn fit(session: &Session<'_>, conversation: &mut Conversation) -> Result<(), Stop> {
    let budget = budget(&session.config.supervisor);
    let before = size(conversation);
    if before <= budget {
        return Ok(());
    }
    // The latest turn stays verbatim (a follow-up most often refers to it),
    // unless it is the only one.
    let fold = conversation.turns.len().saturating_sub(1).max(usize::from(conversation.turns.len() == 1));
    let mut failure = None;
    if fold > 0 && session.gate.is_some() {
        // A summary of about half the budget, a word being about 4/3 tokens.
        let words = (budget / 2 * 3 / 4).clamp(40, 250);
        let messages = prompts::summary_messages(conversation.summary.as_ref(), &conversation.turns[..fold], words);
        let asked = session
            .ask_supervisor(
                messages,
                schemas::conversation_summary(),
                Purpose::Summarize,
                0,
                ConversationSummary::parse,
            )
            .await;
        match asked {
            Ok((summary, _)) => {
                let turns = conversation.summary.as_ref().map_or(0, |s| s.turns) + fold;
                conversation.summary = Some(EarlierSummary { text: summary.summary.trim().to_string(), turns });
                conversation.turns.drain(..fold);
                session.emit(Event::HistorySummarised {
                    turns: fold,
                    tokens_before: before,
                    tokens_after: size(conversation),
                });
            }
            Err(Stop::Cancelled) => return Err(Stop::Cancelled),
            Err(Stop::Failed(error)) => failure = Some(error),
        }
    }
    let mut dropped = 0;
    while size(conversation) > budget && !conversation.turns.is_empty() {
        conversation.turns.remove(0);
        dropped += 1;
    }
    if size(conversation) > budget {
        dropped += conversation.summary.take().map_or(0, |s| s.turns);
    }
    if dropped > 0 {
        let reason = match failure {
            Some(error) => HistoryDropReason::SummaryFailed { error },
            None => HistoryDropReason::OverBudget { budget },
        };
        session.emit(Event::HistoryDropped { turns: dropped, reason });
    }
    Ok(())
}
