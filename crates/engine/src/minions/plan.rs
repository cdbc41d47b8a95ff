//! Bounding the supervisor's plan: [`bound_chunking`] and
//! [`bound_selection`] turn a [`RawPlan`] into a [`Plan`] the worker can run,
//! and say what they changed ([`PlanChange`]).

use serde::{Deserialize, Serialize};

use crate::chunking::{ChunkUnit, Chunking};
use crate::config::{RunConfig, WorkerSettings};
use crate::replies::{RawChunking, RawTask};

/// A task as the engine runs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub id: String,
    pub instruction: String,
    pub advice: String,
    pub keywords: Vec<String>,
}

/// A plan within bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub chunking: Chunking,
    pub tasks: Vec<Task>,
    /// Chunks per task; `None` runs every task on every chunk.
    pub top_k: Option<usize>,
}

/// What the engine changed in a plan to keep it within bounds
/// ([`crate::events::Event::PlanAdjusted`]). Its `Display` is the English
/// sentence (the supervisor's synthesis prompt and the transcripts use it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum PlanChange {
    /// The plan gave no chunking; the configured default is used.
    DefaultChunking,
    /// The chunk size asked for (in `unit`s; paragraphs are sized in
    /// characters) is out of bounds; `used` is used.
    ChunkSize { asked: usize, unit: ChunkUnit, used: usize },
    /// The overlap asked for is too large; `used` is used.
    Overlap { asked: usize, used: usize },
    /// The plan had `tasks` tasks; only the first `limit` are run.
    TooManyTasks { tasks: usize, limit: usize },
    /// `top_k` 0 would run nothing; 1 is used.
    TopKZero,
    /// The user's cap on chunks per task.
    ChunkCap { cap: usize },
    /// `tasks` tasks over `per_task` chunks would be `jobs` jobs, over
    /// `limit`; each task runs on its best `lowered` chunks.
    TooManyJobs { tasks: usize, per_task: usize, jobs: usize, limit: usize, lowered: usize },
    /// A chunk needs about `needed` tokens but the worker holds `available`;
    /// chunks are cut to at most `chars` characters.
    ChunksCut { needed: u32, available: u32, chars: usize },
}

impl std::fmt::Display for PlanChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::DefaultChunking => f.write_str("The plan gave no chunking; the default is used."),
            Self::ChunkSize { asked, unit, used } => {
                let unit_name = match unit {
                    ChunkUnit::Chars | ChunkUnit::Paragraphs => "characters",
                    ChunkUnit::Pages => "pages",
                };
                write!(f, "Chunk size {asked} {unit_name} is out of bounds; {used} is used.")
            }
            Self::Overlap { asked, used } => write!(f, "Overlap {asked} is too large; {used} is used."),
            Self::TooManyTasks { tasks, limit } => {
                write!(f, "The plan had {tasks} tasks; only the first {limit} are run.")
            }
            Self::TopKZero => f.write_str("top_k 0 would run nothing; 1 is used."),
            Self::ChunkCap { cap } => {
                write!(f, "Each task runs on at most {cap} chunks (your setting), chosen by its keywords.")
            }
            Self::TooManyJobs { tasks, per_task, jobs, limit, lowered } => write!(
                f,
                "{tasks} tasks over {per_task} chunks would be {jobs} jobs, over the limit of {limit}; each task runs on its best {lowered} chunks."
            ),
            Self::ChunksCut { needed, available, chars } => write!(
                f,
                "A chunk needs about {needed} tokens but the worker holds {available}; chunks are cut to at most {chars} characters."
            ),
        }
    }
}

/// The smallest chunk, in characters, worth a job.
pub const MIN_CHUNK_CHARS: usize = 300;
/// The most pages in one chunk.
pub const MAX_CHUNK_PAGES: usize = 50;
/// Characters a token, for sizing chunks: English-like text has about four,
/// taken as three for safety.
const CHARS_PER_TOKEN: usize = 3;
/// Tokens of a job's prompt besides its chunk (the frame, the task).
const JOB_PROMPT_ROOM: u32 = 400;

/// The largest chunk in characters that the worker's context can hold next
/// to the job prompt and reply.
pub fn max_chunk_chars(config: &RunConfig) -> usize {
    let worker = &config.worker;
    let room = worker
        .context_limit
        .saturating_sub(worker.num_predict)
        .saturating_sub(worker.context_margin)
        .saturating_sub(JOB_PROMPT_ROOM);
    (room as usize * CHARS_PER_TOKEN).max(MIN_CHUNK_CHARS)
}

/// Tokens a worker's context must hold for chunks of `chars` characters to
/// be read whole, the inverse of [`max_chunk_chars`]: what the connection
/// doctor checks a model's context length against.
pub fn context_for_chunk_chars(chars: usize, worker: &WorkerSettings) -> u32 {
    let chunk_tokens = u32::try_from(chars.div_ceil(CHARS_PER_TOKEN)).unwrap_or(u32::MAX);
    chunk_tokens
        .saturating_add(worker.num_predict)
        .saturating_add(worker.context_margin)
        .saturating_add(JOB_PROMPT_ROOM)
}

/// The plan's chunking within bounds; `None` takes the configured default.
pub fn bound_chunking(raw: Option<&RawChunking>, config: &RunConfig, changes: &mut Vec<PlanChange>) -> Chunking {
    let Some(raw) = raw else {
        changes.push(PlanChange::DefaultChunking);
        return config.chunking;
    };
    let max_chars = max_chunk_chars(config);
    let (min, max) = match raw.unit {
        ChunkUnit::Chars | ChunkUnit::Paragraphs => (MIN_CHUNK_CHARS, max_chars),
        ChunkUnit::Pages => (1, MAX_CHUNK_PAGES),
    };
    let asked = usize::try_from(raw.size).unwrap_or(usize::MAX);
    let size = asked.clamp(min, max.max(min));
    if size != asked {
        changes.push(PlanChange::ChunkSize { asked, unit: raw.unit, used: size });
    }
    let max_overlap = match raw.unit {
        ChunkUnit::Chars => size / 4,
        ChunkUnit::Pages => size - 1,
        ChunkUnit::Paragraphs => 2,
    };
    let asked_overlap = usize::try_from(raw.overlap).unwrap_or(usize::MAX);
    let overlap = asked_overlap.min(max_overlap);
    if overlap != asked_overlap {
        changes.push(PlanChange::Overlap { asked: asked_overlap, used: overlap });
    }
    Chunking { unit: raw.unit, size, overlap }
}

/// Tasks and `top_k` within the task and job limits for `chunk_count` chunks.
pub fn bound_selection(
    raw_tasks: &[RawTask],
    raw_top_k: Option<u64>,
    chunk_count: usize,
    config: &RunConfig,
    changes: &mut Vec<PlanChange>,
) -> (Vec<Task>, Option<usize>) {
    let mut tasks: Vec<Task> = Vec::new();
    for raw in raw_tasks {
        let mut id = raw.id.trim().to_string();
        if tasks.iter().any(|t| t.id == id) {
            id = format!("{id}-{}", tasks.len() + 1);
        }
        tasks.push(Task {
            id,
            instruction: raw.instruction.trim().to_string(),
            advice: raw.advice.trim().to_string(),
            keywords: raw.keywords.iter().map(|k| k.trim().to_string()).filter(|k| !k.is_empty()).collect(),
        });
    }
    let task_limit = config.max_tasks.min(config.max_jobs_per_round);
    if tasks.len() > task_limit {
        changes.push(PlanChange::TooManyTasks { tasks: tasks.len(), limit: task_limit });
        tasks.truncate(task_limit);
    }
    let chunk_count = chunk_count.max(1);
    let mut top_k = raw_top_k.map(|k| usize::try_from(k).unwrap_or(usize::MAX));
    if top_k == Some(0) {
        changes.push(PlanChange::TopKZero);
        top_k = Some(1);
    }
    if top_k.is_some_and(|k| k >= chunk_count) {
        top_k = None;
    }
    if let Some(cap) = config.max_chunks_per_task.filter(|&cap| cap >= 1 && cap < chunk_count) {
        if top_k.is_none_or(|k| k > cap) {
            changes.push(PlanChange::ChunkCap { cap });
            top_k = Some(cap);
        }
    }
    let per_task = top_k.unwrap_or(chunk_count);
    let jobs = tasks.len() * per_task;
    if jobs > config.max_jobs_per_round {
        let lowered = (config.max_jobs_per_round / tasks.len().max(1)).max(1);
        changes.push(PlanChange::TooManyJobs {
            tasks: tasks.len(),
            per_task,
            jobs,
            limit: config.max_jobs_per_round,
            lowered,
        });
        top_k = Some(lowered);
    }
    (tasks, top_k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_task(id: &str) -> RawTask {
        RawTask { id: id.into(), instruction: "Find it".into(), advice: String::new(), keywords: vec!["it".into()] }
    }

    #[test]
    fn sizes_and_overlaps_are_clamped_with_a_note() {
        let config = RunConfig::default();
        let mut changes = Vec::new();
        let raw = RawChunking { unit: ChunkUnit::Chars, size: 10, overlap: 5_000 };
        let chunking = bound_chunking(Some(&raw), &config, &mut changes);
        assert_eq!(chunking, Chunking { unit: ChunkUnit::Chars, size: MIN_CHUNK_CHARS, overlap: 75 });
        assert_eq!(changes.len(), 2);
    }

    #[test]
    fn the_context_for_a_chunk_size_holds_chunks_of_that_size_and_no_less_does() {
        for chars in [MIN_CHUNK_CHARS, 1_000, 3_000, 3_001, 12_000, 100_000] {
            let mut config = RunConfig::default();
            config.worker.context_limit = context_for_chunk_chars(chars, &config.worker);
            assert!(max_chunk_chars(&config) >= chars, "{chars}");
            config.worker.context_limit -= 1;
            assert!(chars <= MIN_CHUNK_CHARS || max_chunk_chars(&config) < chars, "{chars}");
        }
    }

    #[test]
    fn too_many_jobs_lower_top_k() {
        let config = RunConfig { max_jobs_per_round: 10, ..RunConfig::default() };
        let mut changes = Vec::new();
        let tasks = [raw_task("a"), raw_task("b"), raw_task("a"), raw_task("d")];
        let (tasks, top_k) = bound_selection(&tasks, None, 100, &config, &mut changes);
        let ids: Vec<&str> = tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "a-3"]);
        assert_eq!(top_k, Some(3));
        assert_eq!(changes.len(), 2, "{changes:?}");
    }

    #[test]
    fn the_users_cap_on_chunks_per_task_lowers_top_k() {
        let config = RunConfig { max_chunks_per_task: Some(5), ..RunConfig::default() };
        let mut changes = Vec::new();
        let (_, top_k) = bound_selection(&[raw_task("a")], None, 40, &config, &mut changes);
        assert_eq!(top_k, Some(5));
        assert_eq!(changes, [PlanChange::ChunkCap { cap: 5 }]);
        assert_eq!(
            changes[0].to_string(),
            "Each task runs on at most 5 chunks (your setting), chosen by its keywords."
        );
        let mut quiet = Vec::new();
        let (_, top_k) = bound_selection(&[raw_task("a")], Some(3), 40, &config, &mut quiet);
        assert_eq!((top_k, quiet.len()), (Some(3), 0));
    }

    #[test]
    fn top_k_over_the_chunk_count_means_every_chunk() {
        let mut changes = Vec::new();
        let (_, top_k) = bound_selection(&[raw_task("a")], Some(50), 8, &RunConfig::default(), &mut changes);
        assert_eq!(top_k, None);
        assert!(changes.is_empty());
    }
}
