//! The evaluation's judge: the cloud model, through the egress gate, says
//! whether a reply answers a question as the expected answer does.

use super::{no_cloud_model, open_session, RunInputs, Stop};
use crate::accounting::Ledger;
use crate::egress::AuditEntry;
use crate::error::RunError;
use crate::events::Purpose;
use crate::model::{ChatModel, ChatReply, ChatRequest, ModelError};

/// A model that is never called: the judge's session has no worker.
struct NoWorker;

impl ChatModel for NoWorker {
    fn endpoint(&self) -> crate::model::ModelEndpoint {
        crate::model::ModelEndpoint { host: "none".into(), model: "none".into() }
    }

    fn wire_body(&self, _: &ChatRequest) -> String {
        String::new()
    }

    fn chat<'a>(
        &'a self,
        _: &'a ChatRequest,
        _: crate::model::DeltaSink<'a>,
    ) -> futures::future::LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async { Err(ModelError::Unreachable { host: "none".into(), detail: "no worker in a judge".into() }) })
    }
}

/// How asking the judge ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Judged {
    Verdict(crate::replies::JudgeVerdict),
    Failed(RunError),
    Cancelled,
}

/// What the judge decided, with the cost and the audit of asking.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgeReport {
    pub judged: Judged,
    pub ledger: Ledger,
    pub audit: Vec<AuditEntry>,
}

/// Asks the supervisor, through the egress gate like every cloud request,
/// whether `reply` answers `question` as `expected` does. No document is
/// involved: the gate sees only these three texts.
pub async fn judge(question: &str, expected: &str, reply: &str, mut inputs: RunInputs<'_>) -> JudgeReport {
    inputs.documents = &[];
    let no_worker = NoWorker;
    inputs.worker = &no_worker;
    let session = open_session(inputs, None);
    let judged = if session.gate.is_none() {
        Judged::Failed(RunError::Supervisor(no_cloud_model()))
    } else {
        match session
            .ask_supervisor(
                crate::prompts::judge::messages(question, expected, reply),
                crate::schemas::judge_verdict(),
                Purpose::Judge,
                0,
                crate::replies::JudgeVerdict::parse,
            )
            .await
        {
            Ok((verdict, _)) => Judged::Verdict(verdict),
            Err(Stop::Failed(error)) => Judged::Failed(error),
            Err(Stop::Cancelled) => Judged::Cancelled,
        }
    };
    JudgeReport {
        judged,
        ledger: session.ledger.into_inner(),
        audit: session.gate.map(|g| g.audit()).unwrap_or_default(),
    }
}
