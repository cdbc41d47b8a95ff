//! The audit of worker requests that leave the device. A worker on this
//! machine (or in this tab) reads the documents where they are; a worker on
//! the network or elsewhere receives them, so each request to one is
//! recorded before it leaves, as the cloud's are: host, size, the document
//! text it carries, the exact body, and the reply once it is back.
//!
//! The session routes every worker call through a [`WorkerRoute`]; a pool
//! tells it which member a call goes to, so the entry names that member.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use super::clock::Clock;
use super::egress::{AuditEntry, LeakIndex};
use super::events::{Event, Lane, Purpose};
use super::locality::Locality;
use super::model::{CallRoute, ChatRequest, ModelEndpoint, ModelError};

/// The run's worker requests that left the device.
#[derive(Default)]
pub struct WorkerAudit {
    entries: RefCell<Vec<AuditEntry>>,
    /// The documents' text, to count what each request carries.
    leaks: OnceCell<Rc<LeakIndex>>,
}

impl WorkerAudit {
    /// Whether any of `hosts` is off this device (then the index is needed).
    pub fn needed_for<S: AsRef<str>>(hosts: &[S]) -> bool {
        hosts.iter().any(|h| !Locality::of_host(h.as_ref()).on_device())
    }

    /// Shares the index of the documents' text (built once for the run).
    pub fn use_index(&self, index: Rc<LeakIndex>) {
        let _ = self.leaks.set(index);
    }

    pub fn entries(&self) -> Vec<AuditEntry> {
        self.entries.borrow().clone()
    }

    fn record(&self, endpoint: &ModelEndpoint, body: String, request: &ChatRequest, stamp: &WorkerStamp) -> usize {
        let contents: Vec<&str> = request.messages.iter().map(|m| m.content.as_str()).collect();
        let verbatim_chars = self.leaks.get().map_or(0, |index| index.verbatim_chars(&contents));
        let mut entries = self.entries.borrow_mut();
        let position = entries.len();
        entries.push(AuditEntry {
            sequence: position as u32,
            round: stamp.round,
            purpose: stamp.purpose.clone(),
            host: endpoint.host.clone(),
            model: endpoint.model.clone(),
            bytes: body.len(),
            body,
            at_ms: stamp.at_ms,
            verbatim_chars,
            changes: Vec::new(),
            reply: None,
            lane: Lane::Worker,
        });
        position
    }
}

/// When and why a worker call is made.
pub struct WorkerStamp {
    pub call: u32,
    pub round: u32,
    pub purpose: Purpose,
    pub at_ms: f64,
}

/// One worker call's way out: records it where it leaves the device, and
/// reports pool routing as events.
pub struct WorkerRoute<'s> {
    pub audit: &'s WorkerAudit,
    pub request: &'s ChatRequest,
    pub stamp: WorkerStamp,
    pub clock: &'s dyn Clock,
    /// Routing events only for a pool (one worker always gets the call).
    pub pooled: bool,
    pub emit: &'s dyn Fn(Event),
    /// Entries of this call: (position, whether that member left the pool).
    recorded: RefCell<Vec<(usize, bool)>>,
}

impl<'s> WorkerRoute<'s> {
    pub fn new(
        audit: &'s WorkerAudit,
        request: &'s ChatRequest,
        stamp: WorkerStamp,
        clock: &'s dyn Clock,
        pooled: bool,
        emit: &'s dyn Fn(Event),
    ) -> Self {
        Self { audit, request, stamp, clock, pooled, emit, recorded: RefCell::new(Vec::new()) }
    }

    /// The call is over: its entries go to the page, the one of the member
    /// that answered with the reply (those of members that left the pool
    /// got none).
    pub fn finish(&self, reply: Option<&str>) {
        let recorded: Vec<(usize, bool)> = self.recorded.borrow_mut().drain(..).collect();
        for (position, dropped) in recorded {
            let entry = {
                let mut entries = self.audit.entries.borrow_mut();
                let Some(entry) = entries.get_mut(position) else { continue };
                if !dropped {
                    entry.reply = reply.map(str::to_string);
                }
                entry.clone()
            };
            (self.emit)(Event::SentToWorker { entry });
        }
    }
}

impl CallRoute for WorkerRoute<'_> {
    fn sending(&self, endpoint: &ModelEndpoint, body: &dyn Fn() -> String) {
        if self.pooled {
            (self.emit)(Event::WorkerRouted { call: self.stamp.call, host: endpoint.host.clone() });
        }
        if Locality::of_host(&endpoint.host).on_device() {
            return;
        }
        let stamp = WorkerStamp { at_ms: self.clock.now_ms(), purpose: self.stamp.purpose.clone(), ..self.stamp };
        let position = self.audit.record(endpoint, body(), self.request, &stamp);
        self.recorded.borrow_mut().push((position, false));
    }

    fn dropped(&self, endpoint: &ModelEndpoint, error: &ModelError) {
        let entries = self.audit.entries.borrow();
        for (position, dropped) in self.recorded.borrow_mut().iter_mut() {
            if entries.get(*position).is_some_and(|e| e.host == endpoint.host) {
                *dropped = true;
            }
        }
        drop(entries);
        (self.emit)(Event::WorkerDropped { host: endpoint.host.clone(), error: error.clone() });
    }
}
