//! A pool of worker endpoints: [`Pool`] is itself a `ChatModel`, so the
//! engine sees one worker while jobs spread over several machines.
//!
//! Each call goes to the live member with the most free room relative to its
//! own concurrency limit (ties to the one listed first). A member that cannot
//! be reached is taken out of the pool and the call moves on to the next; the
//! run fails only when no member is left.

use std::cell::Cell;

use futures::future::LocalBoxFuture;
use serde::Serialize;

use minions_engine::model::{
    CallRoute, ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError, Unrouted,
};

struct Member {
    model: Box<dyn ChatModel>,
    limit: usize,
    in_flight: Cell<usize>,
    served: Cell<usize>,
    dead: Cell<bool>,
}

/// What the page shows of each member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberStatus {
    pub host: String,
    pub limit: usize,
    pub in_flight: usize,
    pub served: usize,
    pub dead: bool,
}

pub struct Pool {
    members: Vec<Member>,
}

/// Gives a member's slot back even when the call is dropped (cancelled).
struct Slot<'a>(&'a Cell<usize>);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

impl Pool {
    /// Members with their concurrency limits (at least 1 each).
    pub fn new(members: Vec<(Box<dyn ChatModel>, usize)>) -> Self {
        Self {
            members: members
                .into_iter()
                .map(|(model, limit)| Member {
                    model,
                    limit: limit.max(1),
                    in_flight: Cell::new(0),
                    served: Cell::new(0),
                    dead: Cell::new(false),
                })
                .collect(),
        }
    }

    /// The sum of the live members' limits: the concurrency the engine should use.
    pub fn capacity(&self) -> usize {
        self.members.iter().filter(|m| !m.dead.get()).map(|m| m.limit).sum()
    }

    pub fn status(&self) -> Vec<MemberStatus> {
        self.members
            .iter()
            .map(|m| MemberStatus {
                host: m.model.endpoint().host,
                limit: m.limit,
                in_flight: m.in_flight.get(),
                served: m.served.get(),
                dead: m.dead.get(),
            })
            .collect()
    }

    /// The live member with the lowest load (in flight ÷ limit).
    fn pick(&self) -> Option<&Member> {
        self.members.iter().filter(|m| !m.dead.get()).min_by(|a, b| {
            let load = |m: &Member| m.in_flight.get() as f64 / m.limit as f64;
            load(a).total_cmp(&load(b))
        })
    }
}

impl ChatModel for Pool {
    fn endpoint(&self) -> ModelEndpoint {
        let model = self.members.first().map(|m| m.model.endpoint().model).unwrap_or_default();
        ModelEndpoint { host: self.hosts().join(", "), model }
    }

    fn hosts(&self) -> Vec<String> {
        self.members.iter().map(|m| m.model.endpoint().host).collect()
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        self.chat_routed(request, on_delta, &Unrouted)
    }

    fn chat_routed<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
        route: &'a dyn CallRoute,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move {
            loop {
                let Some(member) = self.pick() else {
                    return Err(ModelError::Unreachable {
                        host: self.endpoint().host,
                        detail: "no worker endpoint in the pool answers".into(),
                    });
                };
                member.in_flight.set(member.in_flight.get() + 1);
                let _slot = Slot(&member.in_flight);
                match member.model.chat_routed(request, on_delta, route).await {
                    Err(error @ ModelError::Unreachable { .. })
                        if self.members.iter().filter(|m| !m.dead.get()).count() > 1 =>
                    {
                        member.dead.set(true);
                        route.dropped(&member.model.endpoint(), &error);
                    }
                    outcome => {
                        member.served.set(member.served.get() + 1);
                        return outcome;
                    }
                }
            }
        })
    }
}
