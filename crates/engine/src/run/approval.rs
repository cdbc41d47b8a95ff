//! The privacy controls on each cloud request, and the user's decision when
//! a request is held for approval.

use super::{Session, Stop};
use crate::clock::Pacer;
use crate::egress::{EgressGate, Guarded, QuotedRuns, Stamp};
use crate::events::{Event, Purpose};
use crate::model::ChatRequest;
use crate::privacy::review::Decision;
use crate::privacy::{Change, Control};

impl Session<'_> {
    /// The privacy controls on one request, and the user's decision when the
    /// settings hold it for approval or it quotes the documents under the
    /// "ask" policy. A rejection stops the run as a cancellation does.
    pub(super) async fn guard_request(
        &self,
        gate: &EgressGate<'_>,
        request: &ChatRequest,
        purpose: &Purpose,
        round: u32,
    ) -> Result<Guarded, Stop> {
        // The quotes are looked for a slice of the documents at a time; the guard then finds them known.
        let pacer = Pacer::new(self.clock);
        gate.find_quotes(&request.messages, || pacer.pause()).await;
        let mut guarded = gate.guard(&request.messages, QuotedRuns::Pending);
        if gate.privacy().approve || !guarded.pending.is_empty() {
            let mut shown = request.clone();
            shown.messages = guarded.messages.clone();
            let stamp = Stamp { round, purpose: purpose.clone(), at_ms: self.clock.now_ms() };
            self.emit(Event::ReviewRequested { review: gate.review_request(&shown, &guarded, &stamp) });
            let decision = match self.reviewer {
                Some(reviewer) => self.cancel.race(reviewer.decide()).await.map_err(|_| Stop::Cancelled)?,
                None if gate.privacy().approve => Decision::Reject,
                None => Decision::Withhold,
            };
            let note = decision.kind().note();
            self.emit(Event::Reviewed { decision: decision.kind() });
            match decision {
                Decision::Approve => guarded = gate.guard(&request.messages, QuotedRuns::Send),
                Decision::Withhold => guarded = gate.guard(&request.messages, QuotedRuns::Withhold),
                Decision::Edit(text) => guarded.edit_newest(text),
                Decision::Reject => return Err(Stop::Cancelled),
            }
            if !note.is_empty() {
                guarded.note(Change { control: Control::Review, detail: note.into() });
            }
        }
        for change in self.pending_changes.borrow_mut().drain(..) {
            guarded.note(change);
        }
        gate.commit(&guarded);
        Ok(guarded)
    }

    /// Records a change for the next cloud request's audit entry.
    pub fn note(&self, change: Change) {
        self.pending_changes.borrow_mut().push(change);
    }
}
