//! Findings: what each worker job reported, with where it came from. They
//! stay on the device (citations included) and are shown beside the answer.

use serde::{Deserialize, Serialize};

use super::execute::JobResult;
use crate::chunking::PageRange;
use crate::documents::Document;

/// What one worker job found (abstentions included), kept on the device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub round: u32,
    pub job: usize,
    pub task_id: String,
    pub document: String,
    pub pages: PageRange,
    pub chunk: usize,
    /// Byte offsets of the part of the document the job read.
    #[serde(default)]
    pub span: std::ops::Range<usize>,
    pub answer: Option<String>,
    pub explanation: String,
    pub citation: Option<String>,
}

/// One finding per part of a job's chunk.
pub fn from_result(result: &JobResult, round: u32, documents: &[Document]) -> Vec<Finding> {
    result
        .parts
        .iter()
        .map(|part| Finding {
            round,
            job: result.job.number,
            task_id: result.job.task.id.clone(),
            document: documents.get(part.chunk.document).map(|d| d.name.clone()).unwrap_or_default(),
            pages: part.chunk.pages(),
            chunk: part.chunk.index,
            span: part.chunk.span.clone(),
            answer: part.reply.answer.clone().filter(|_| !part.reply.abstains()),
            explanation: part.reply.explanation.clone(),
            citation: part.reply.citation.clone(),
        })
        .collect()
}
