//! Expanding a plan into jobs, deterministically: one [`Job`] per task and
//! selected chunk, tasks in plan order, chunks in document order, numbered
//! on from the jobs of earlier rounds.

use std::collections::HashMap;
use std::ops::Range;

use crate::chunking::Chunk;
use crate::documents::Document;
use crate::events::JobCard;
use crate::retrieval::ChunkIndex;

use super::plan::{Plan, Task};

/// One instruction over one chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Unique within the run.
    pub number: usize,
    pub task: Task,
    pub chunk: Chunk,
}

impl Job {
    pub fn card(&self, documents: &[Document]) -> JobCard {
        JobCard {
            job: self.number,
            task_id: self.task.id.clone(),
            chunk: self.chunk.index,
            document: documents.get(self.chunk.document).map(|d| d.name.clone()).unwrap_or_default(),
            pages: self.chunk.pages(),
        }
    }
}

/// Jobs for `plan` over `chunks`; with `top_k`, `index` picks each task's chunks.
pub fn expand(plan: &Plan, chunks: &[Chunk], index: Option<&ChunkIndex>, first_number: usize) -> Vec<Job> {
    let mut jobs = Vec::new();
    for task in &plan.tasks {
        let selected: Vec<usize> = match (plan.top_k, index) {
            (Some(k), Some(index)) => index.top_k(&task.keywords, k),
            (Some(k), None) => (0..chunks.len().min(k)).collect(),
            (None, _) => (0..chunks.len()).collect(),
        };
        for chunk_index in selected {
            if let Some(chunk) = chunks.get(chunk_index) {
                jobs.push(Job { number: first_number + jobs.len(), task: task.clone(), chunk: chunk.clone() });
            }
        }
    }
    jobs
}

/// The positions of `jobs` grouped by the chunk they read, groups in the
/// order their first job comes, jobs in job order within a group.
pub fn by_chunk(jobs: &[Job]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<(usize, usize, usize), usize> = HashMap::new();
    for (position, job) in jobs.iter().enumerate() {
        let key = (job.chunk.document, job.chunk.span.start, job.chunk.span.end);
        let group = *group_of.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[group].push(position);
    }
    groups
}

/// Splits a chunk's span in two near its middle, after whitespace if one is
/// close; `None` if it is too short to split.
pub fn halves(document: &Document, span: &Range<usize>) -> Option<[Range<usize>; 2]> {
    let text = document.text.get(span.clone())?;
    let chars = text.chars().count();
    if chars < 2 {
        return None;
    }
    let middle = text.char_indices().nth(chars / 2).map(|(i, _)| i)?;
    let window = text.len() / 8;
    let cut = text
        .char_indices()
        .filter(|(i, c)| c.is_whitespace() && i.abs_diff(middle) <= window)
        .min_by_key(|(i, _)| i.abs_diff(middle))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&cut| cut < text.len())
        .unwrap_or(middle);
    Some([span.start..span.start + cut, span.start + cut..span.end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chunking::{chunk_documents, ChunkUnit, Chunking};

    fn task(id: &str, keywords: &[&str]) -> Task {
        Task {
            id: id.into(),
            instruction: format!("do {id}"),
            advice: String::new(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        }
    }

    #[test]
    fn jobs_are_tasks_times_selected_chunks_in_order() {
        let docs = [Document::from_text("a.txt", "apples\n\nbananas\n\ncherries")];
        let chunking = Chunking { unit: ChunkUnit::Paragraphs, size: 8, overlap: 0 };
        let chunks = chunk_documents(&docs, &chunking, 100);
        let plan = Plan { chunking, tasks: vec![task("x", &["cherries"]), task("y", &[])], top_k: None };
        let index = ChunkIndex::new(&docs, &chunks, &[plan.tasks[0].keywords.clone(), plan.tasks[1].keywords.clone()]);
        let numbers: Vec<(usize, String, usize)> = expand(&plan, &chunks, Some(&index), 10)
            .into_iter()
            .map(|j| (j.number, j.task.id, j.chunk.index))
            .collect();
        assert_eq!(numbers.len(), 6);
        assert_eq!(numbers[0], (10, "x".into(), 0));
        assert_eq!(numbers[5], (15, "y".into(), 2));

        let plan = Plan { top_k: Some(1), ..plan };
        let picked: Vec<usize> = expand(&plan, &chunks, Some(&index), 0).iter().map(|j| j.chunk.index).collect();
        assert_eq!(picked, [2, 0]);
    }

    #[test]
    fn halves_cut_near_the_middle() {
        let doc = Document::from_text("a.txt", "one two three four five six");
        let [a, b] = halves(&doc, &(0..doc.text.len())).unwrap();
        assert_eq!(&doc.text[a], "one two three ");
        assert_eq!(&doc.text[b], "four five six");
        assert_eq!(halves(&doc, &(0..1)), None);
    }
}
