//! The privacy shield: the worker rewrites its own report without personal
//! details before the cloud model reads it.

use super::{Session, Stop, WorkerFailure};
use crate::error::{ContextAdvice, RunError};
use crate::events::{Event, Lane, Purpose};
use crate::model::Message;
use crate::parse::ParseError;
use crate::privacy::{Change, Control};
use crate::prompts::shield as shield_prompt;
use crate::tokens::estimate_tokens;
use crate::worker::context_window;

impl Session<'_> {
    /// The privacy shield: when it is on, the worker rewrites `report` (its
    /// own findings) without personal details before the cloud sees it, and
    /// the transcript shows both versions.
    pub async fn shield(&self, report: &str, round: u32) -> Result<String, Stop> {
        if !self.config.privacy.shield || self.gate.is_none() || report.trim().is_empty() {
            return Ok(report.to_string());
        }
        let system = shield_prompt::system(self.task);
        let report_tokens = estimate_tokens(report);
        let output_tokens = (report_tokens * 5 / 4 + 64).max(self.config.worker.num_predict as usize);
        let context =
            context_window(estimate_tokens(&system) + report_tokens, output_tokens as u32, &self.config.worker)
                .map_err(|shortfall| Stop::Failed(shortfall.into_error(ContextAdvice::ShieldOff)))?;
        let mut request = self.worker_request(vec![Message::system(system), Message::user(report)], None, context);
        request.max_output_tokens = Some(u32::try_from(output_tokens).unwrap_or(u32::MAX));
        let rewritten = match self.call_worker(&request, Purpose::Shield, round).await {
            Ok((_, reply)) => reply.text.trim().to_string(),
            Err(WorkerFailure::Cancelled) => return Err(Stop::Cancelled),
            Err(WorkerFailure::Model(error)) => return Err(Stop::Failed(RunError::Worker(error))),
        };
        if rewritten.is_empty() {
            return Err(Stop::Failed(RunError::MalformedReply {
                lane: Lane::Worker,
                attempts: 1,
                problem: ParseError::EmptyRewrite,
            }));
        }
        self.emit(Event::Shielded { round, original: report.to_string(), rewritten: rewritten.clone() });
        self.pending_changes.borrow_mut().push(Change {
            control: Control::Shield,
            detail: format!(
                "The local model rewrote its report without personal details ({} → {} characters).",
                report.chars().count(),
                rewritten.chars().count()
            ),
        });
        Ok(rewritten)
    }
}
