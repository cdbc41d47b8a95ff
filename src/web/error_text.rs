//! The engine's typed failures in the reader's language: [`run_error`],
//! [`model_error`], [`job_failure`] and the words they are made of; and the
//! typed reasons of its notices: [`plan_change`], [`history_drop`],
//! [`findings_drop`], [`chat_restart`].
//!
//! The engine's `Display` texts stay English (logs, engine tests); this
//! module says the same from the catalog (`locales/<tag>/errors.ftl`), and
//! its English is byte for byte the engine's, which the tests below check
//! for every variant.
//!
//! Text that comes from elsewhere stays as it came: a browser's or a
//! server's error message (`detail`, `message`) and a setting's range
//! sentence. A reply reader's problem ([`reply_problem`]) is worded here too,
//! though the model is told it in English when asked again.

use minions_engine::chunking::ChunkUnit;
use minions_engine::config::{ConfigError, Setting};
use minions_engine::conversation::{ChatRestartReason, FindingsDropReason, HistoryDropReason};
use minions_engine::error::{ContextAdvice, JobFailure, RunError};
use minions_engine::events::Lane;
use minions_engine::minions::plan::PlanChange;
use minions_engine::model::{ModelError, RequestParam, Reshape, SchemaDelivery};
use minions_engine::parse::{Expected, FieldName, ParseError};

use crate::tr;
use crate::web::i18n::Arg;

/// The value a message chooses its words by: `cloud` or `local`.
pub fn side(lane: Lane) -> &'static str {
    lane.side()
}

/// A run setting as the reader knows it: the label of its field in
/// Settings, or for the few the form does not show, its own name.
fn setting_name(setting: Setting) -> String {
    match setting {
        Setting::Rounds => tr!("settings-max-rounds"),
        Setting::TasksPerRound => tr!("settings-max-tasks"),
        Setting::WorkerConcurrency => tr!("settings-worker-concurrency"),
        Setting::ChunkSize => tr!("settings-chunk-size"),
        Setting::WorkerContext => tr!("settings-worker-context"),
        Setting::WorkerTemperature => tr!("settings-worker-temperature"),
        Setting::SupervisorOutputTokens => tr!("settings-supervisor-max-tokens"),
        Setting::SupervisorContext => tr!("settings-supervisor-context"),
        Setting::HistoryTokens => tr!("settings-conversation-budget"),
        Setting::VerbatimWords => tr!("settings-verbatim-words"),
        Setting::ChunkUnits => tr!("errors-setting-chunk-units"),
        Setting::JobsPerRound => tr!("errors-setting-jobs-per-round"),
        Setting::WorkerOutputTokens => tr!("errors-setting-worker-output-tokens"),
        Setting::ReplyRetries => tr!("errors-setting-reply-retries"),
    }
}

/// Why a run failed, and what to do about it.
pub fn run_error(error: &RunError) -> String {
    match error {
        RunError::NoDocuments => tr!("errors-run-no-documents"),
        RunError::NoTask => tr!("errors-run-no-task"),
        RunError::InvalidConfig(ConfigError::OutOfRange { setting, value }) => {
            let (min, max) = setting.range();
            tr!("errors-run-invalid-config", setting = setting_name(*setting), min = min, max = max, value = *value)
        }
        RunError::ContextTooSmall { needed, available, advice } => {
            let (needed, available, advice) = (*needed, *available, context_advice(*advice));
            tr!("errors-run-context-too-small", needed = needed, available = available, advice = advice)
        }
        RunError::Supervisor(error) => failure_sentence(Lane::Supervisor, error),
        RunError::Worker(error) => failure_sentence(Lane::Worker, error),
        RunError::MalformedReply { lane, attempts, problem } => {
            let problem = reply_problem(problem);
            tr!("errors-run-malformed-reply", side = side(*lane), attempts = *attempts, problem = problem)
        }
        RunError::CloudOnlyNotConfirmed => tr!("errors-run-cloud-only-not-confirmed"),
        RunError::DocumentsMustStay => tr!("errors-run-documents-must-stay"),
        RunError::WorkerNotOnDevice { host } => tr!("errors-run-worker-not-on-device", host = host),
        RunError::WorkerNetworkUntrusted { host } => tr!("errors-run-worker-network-untrusted", host = host),
        RunError::WorkerNotConfirmed { host } => tr!("errors-run-worker-not-confirmed", host = host),
    }
}

/// What to do when the documents do not fit the local model's context.
pub fn context_advice(advice: ContextAdvice) -> String {
    match advice {
        ContextAdvice::NarrowerQuestion => tr!("errors-advice-narrower-question"),
        ContextAdvice::LongerContext => tr!("errors-advice-longer-context"),
        ContextAdvice::ReadInChunks => tr!("errors-advice-read-in-chunks"),
        ContextAdvice::ShieldOff => tr!("errors-advice-shield-off"),
    }
}

/// A model's failure that ended the run, in one sentence that says what to do.
fn failure_sentence(lane: Lane, error: &ModelError) -> String {
    let side = side(lane);
    match error {
        ModelError::Unreachable { host, detail } => match lane {
            Lane::Worker => tr!("errors-failure-worker-unreachable", host = host, detail = detail),
            Lane::Supervisor => tr!("errors-failure-supervisor-unreachable", host = host, detail = detail),
        },
        ModelError::Unauthorized { status } => {
            tr!("errors-failure-unauthorized", side = side, status = status.to_string())
        }
        ModelError::ModelMissing { model } => match lane {
            Lane::Worker => tr!("errors-failure-worker-model-missing", model = model),
            Lane::Supervisor => tr!("errors-failure-supervisor-model-missing", model = model),
        },
        ModelError::NotLoaded => tr!("errors-failure-not-loaded"),
        ModelError::RateLimited { .. } => tr!("errors-failure-rate-limited", side = side),
        ModelError::QuotaExhausted => tr!("errors-failure-quota-exhausted"),
        ModelError::ContextOverflow => tr!("errors-failure-context-overflow", side = side),
        ModelError::Unsupported { parameter: RequestParam::ReplySchema } => {
            tr!("errors-failure-schema-refused", side = side)
        }
        ModelError::Unsupported { parameter } => {
            tr!("errors-failure-unsupported", side = side, parameter = request_param(*parameter))
        }
        ModelError::Server { status, message } => {
            tr!("errors-failure-server", side = side, status = status.to_string(), message = message)
        }
        ModelError::StreamCut { detail } => tr!("errors-failure-stream-cut", side = side, detail = detail),
        ModelError::Timeout { seconds } => tr!("errors-failure-timeout", side = side, seconds = *seconds),
        ModelError::Resend { change } => tr!("errors-failure-resend", side = side, change = reshape(*change)),
    }
}

/// A failed call, briefly (a notice's or a pool member's reason).
pub fn model_error(error: &ModelError) -> String {
    match error {
        ModelError::Unreachable { host, detail } => tr!("errors-model-unreachable", host = host, detail = detail),
        ModelError::Unauthorized { status } => tr!("errors-model-unauthorized", status = status.to_string()),
        ModelError::ModelMissing { model } => tr!("errors-model-missing", model = model),
        ModelError::RateLimited { retry_after_ms: None } => tr!("errors-model-rate-limited"),
        ModelError::RateLimited { retry_after_ms: Some(ms) } => {
            tr!("errors-model-rate-limited-wait", seconds = Arg::fixed(*ms as f64 / 1000.0, 1))
        }
        ModelError::QuotaExhausted => tr!("errors-model-quota-exhausted"),
        ModelError::NotLoaded => tr!("errors-model-not-loaded"),
        ModelError::ContextOverflow => tr!("errors-model-context-overflow"),
        ModelError::Unsupported { parameter } => tr!("errors-model-unsupported", parameter = request_param(*parameter)),
        ModelError::Server { status, message } => {
            tr!("errors-model-server", status = status.to_string(), message = message)
        }
        ModelError::StreamCut { detail } => tr!("errors-model-stream-cut", detail = detail),
        ModelError::Timeout { seconds } => tr!("errors-model-timeout", seconds = *seconds),
        ModelError::Resend { change } => tr!("errors-model-resend", change = reshape(*change)),
    }
}

/// Why a job failed, or why it was split.
pub fn job_failure(failure: &JobFailure) -> String {
    match failure {
        JobFailure::Model(error) => model_error(error),
        JobFailure::PromptTooLong => tr!("errors-job-prompt-too-long"),
        JobFailure::ReplyCutOff => tr!("errors-job-reply-cut-off"),
        JobFailure::CannotSplit => tr!("errors-job-cannot-split"),
        JobFailure::Unreadable { problem } => tr!("errors-job-unreadable", problem = reply_problem(problem)),
    }
}

/// Why a model's reply could not be used.
pub fn reply_problem(problem: &ParseError) -> String {
    match problem {
        ParseError::NoObject => tr!("errors-reply-no-object"),
        ParseError::Missing { field } => tr!("errors-reply-missing", field = field.as_ref()),
        ParseError::WrongType { field, expected } => {
            tr!("errors-reply-wrong-type", field = field.as_ref(), expected = expected_value(*expected))
        }
        ParseError::NotAllowed { field, allowed, found } => {
            let (allowed, found) = (alternatives(allowed), format!("{found:?}"));
            tr!("errors-reply-not-allowed", field = field.as_ref(), allowed = allowed, found = found)
        }
        ParseError::Empty { field } => tr!("errors-reply-empty", field = field.as_ref()),
        ParseError::NoTasks => tr!("errors-reply-no-tasks"),
        ParseError::FinalOnly => tr!("errors-reply-final-only"),
        ParseError::CutOff => tr!("errors-reply-cut-off"),
        ParseError::NoFinalAnswer => tr!("errors-reply-no-final-answer"),
        ParseError::EmptyRewrite => tr!("errors-reply-empty-rewrite"),
    }
}

/// What a reply's field should have held.
pub fn expected_value(expected: Expected) -> String {
    match expected {
        Expected::Text => tr!("errors-expected-text"),
        Expected::Flag => tr!("errors-expected-flag"),
        Expected::Count => tr!("errors-expected-count"),
        Expected::Texts => tr!("errors-expected-texts"),
        Expected::Objects => tr!("errors-expected-objects"),
        Expected::Object => tr!("errors-expected-object"),
        Expected::List => tr!("errors-expected-list"),
    }
}

/// The allowed values, quoted, as a list of alternatives.
fn alternatives(allowed: &[FieldName]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|value| format!("\"{value}\"")).collect();
    match quoted.split_last() {
        None => tr!("errors-reply-allowed-any"),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tr!("errors-reply-alternatives", init = rest.join(", "), last = last.as_str()),
    }
}

/// A request's setting by its name.
pub fn request_param(parameter: RequestParam) -> String {
    match parameter {
        RequestParam::Temperature => tr!("errors-param-temperature"),
        RequestParam::MaxOutputTokens => tr!("errors-param-max-output-tokens"),
        RequestParam::ReasoningEffort => tr!("errors-param-reasoning-effort"),
        RequestParam::ReplySchema => tr!("errors-param-reply-schema"),
    }
}

/// What an adapter changed in how it sends requests.
pub fn reshape(change: Reshape) -> String {
    match change {
        Reshape::ReplySchema { now: SchemaDelivery::Enforced } => tr!("errors-reshape-enforced"),
        Reshape::ReplySchema { now: SchemaDelivery::JsonOnly } => tr!("errors-reshape-json-only"),
        Reshape::ReplySchema { now: SchemaDelivery::PromptOnly } => tr!("errors-reshape-prompt-only"),
        Reshape::NoStreamUsage => tr!("errors-reshape-no-stream-usage"),
    }
}

/// What the engine changed in a plan to keep it within bounds.
pub fn plan_change(change: &PlanChange) -> String {
    match change {
        PlanChange::DefaultChunking => tr!("errors-plan-change-default-chunking"),
        PlanChange::ChunkSize { asked, unit, used } => {
            let unit = match unit {
                ChunkUnit::Chars | ChunkUnit::Paragraphs => "characters",
                ChunkUnit::Pages => "pages",
            };
            tr!("errors-plan-change-chunk-size", asked = *asked, unit = unit, used = *used)
        }
        PlanChange::Overlap { asked, used } => tr!("errors-plan-change-overlap", asked = *asked, used = *used),
        PlanChange::TooManyTasks { tasks, limit } => {
            tr!("errors-plan-change-too-many-tasks", tasks = *tasks, limit = *limit)
        }
        PlanChange::TopKZero => tr!("errors-plan-change-top-k-zero"),
        PlanChange::ChunkCap { cap } => tr!("errors-plan-change-chunk-cap", cap = *cap),
        PlanChange::TooManyJobs { tasks, per_task, jobs, limit, lowered } => {
            let (tasks, per_task, jobs, limit, lowered) = (*tasks, *per_task, *jobs, *limit, *lowered);
            tr!(
                "errors-plan-change-too-many-jobs",
                tasks = tasks,
                per_task = per_task,
                jobs = jobs,
                limit = limit,
                lowered = lowered
            )
        }
        PlanChange::ChunksCut { needed, available, chars } => {
            let (needed, available, chars) = (*needed, *available, *chars);
            tr!("errors-plan-change-chunks-cut", needed = needed, available = available, chars = chars)
        }
    }
}

/// Why earlier questions are left out of what the cloud model hears.
pub fn history_drop(reason: &HistoryDropReason) -> String {
    match reason {
        HistoryDropReason::SummaryFailed { error } => tr!("errors-history-summary-failed", error = run_error(error)),
        HistoryDropReason::OverBudget { budget } => tr!("errors-history-over-budget", budget = *budget),
    }
}

/// Why findings of earlier questions will not be used again.
pub fn findings_drop(reason: FindingsDropReason) -> String {
    match reason {
        FindingsDropReason::DocumentChanged => tr!("errors-findings-document-changed"),
        FindingsDropReason::OtherWorker => tr!("errors-findings-other-worker"),
    }
}

/// Why the worker's chat starts again from the documents.
pub fn chat_restart(reason: ChatRestartReason) -> String {
    match reason {
        ChatRestartReason::DocumentsChanged => tr!("errors-chat-documents-changed"),
        ChatRestartReason::WorkerChanged => tr!("errors-chat-worker-changed"),
        ChatRestartReason::NoLongerFits => tr!("errors-chat-no-longer-fits"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model_errors() -> Vec<ModelError> {
        let mut errors = vec![
            ModelError::Unreachable { host: "localhost:11434".into(), detail: "Failed to fetch".into() },
            ModelError::Unauthorized { status: 401 },
            ModelError::ModelMissing { model: "llama3.2".into() },
            ModelError::RateLimited { retry_after_ms: None },
            ModelError::RateLimited { retry_after_ms: Some(1_500) },
            ModelError::RateLimited { retry_after_ms: Some(20_000) },
            ModelError::QuotaExhausted,
            ModelError::NotLoaded,
            ModelError::ContextOverflow,
            ModelError::Server { status: 503, message: "overloaded".into() },
            ModelError::StreamCut { detail: "connection reset".into() },
            ModelError::Timeout { seconds: 120 },
        ];
        for parameter in params() {
            errors.push(ModelError::Unsupported { parameter });
        }
        for change in reshapes() {
            errors.push(ModelError::Resend { change });
        }
        errors
    }

    fn params() -> [RequestParam; 4] {
        [
            RequestParam::Temperature,
            RequestParam::MaxOutputTokens,
            RequestParam::ReasoningEffort,
            RequestParam::ReplySchema,
        ]
    }

    fn reshapes() -> [Reshape; 4] {
        [
            Reshape::ReplySchema { now: SchemaDelivery::Enforced },
            Reshape::ReplySchema { now: SchemaDelivery::JsonOnly },
            Reshape::ReplySchema { now: SchemaDelivery::PromptOnly },
            Reshape::NoStreamUsage,
        ]
    }

    fn advice() -> [ContextAdvice; 4] {
        [
            ContextAdvice::NarrowerQuestion,
            ContextAdvice::LongerContext,
            ContextAdvice::ReadInChunks,
            ContextAdvice::ShieldOff,
        ]
    }

    /// Which variant an error is: a new variant does not compile here, and
    /// once numbered, the tests fail until they construct it.
    fn run_variant(error: &RunError) -> usize {
        match error {
            RunError::NoDocuments => 0,
            RunError::NoTask => 1,
            RunError::InvalidConfig(_) => 2,
            RunError::ContextTooSmall { .. } => 3,
            RunError::Supervisor(_) => 4,
            RunError::Worker(_) => 5,
            RunError::MalformedReply { .. } => 6,
            RunError::CloudOnlyNotConfirmed => 7,
            RunError::DocumentsMustStay => 8,
            RunError::WorkerNotOnDevice { .. } => 9,
            RunError::WorkerNetworkUntrusted { .. } => 10,
            RunError::WorkerNotConfirmed { .. } => 11,
        }
    }

    fn model_variant(error: &ModelError) -> usize {
        match error {
            ModelError::Unreachable { .. } => 0,
            ModelError::Unauthorized { .. } => 1,
            ModelError::ModelMissing { .. } => 2,
            ModelError::RateLimited { .. } => 3,
            ModelError::QuotaExhausted => 4,
            ModelError::NotLoaded => 5,
            ModelError::ContextOverflow => 6,
            ModelError::Unsupported { .. } => 7,
            ModelError::Server { .. } => 8,
            ModelError::StreamCut { .. } => 9,
            ModelError::Timeout { .. } => 10,
            ModelError::Resend { .. } => 11,
        }
    }

    fn covers(variants: impl Iterator<Item = usize>, count: usize) -> bool {
        let seen: std::collections::BTreeSet<usize> = variants.collect();
        seen == (0..count).collect()
    }

    fn run_errors() -> Vec<RunError> {
        let mut errors = vec![
            RunError::NoDocuments,
            RunError::NoTask,
            RunError::InvalidConfig(ConfigError::OutOfRange { setting: Setting::Rounds, value: 25.0 }),
            RunError::InvalidConfig(ConfigError::OutOfRange { setting: Setting::JobsPerRound, value: 0.0 }),
            RunError::InvalidConfig(ConfigError::OutOfRange { setting: Setting::WorkerOutputTokens, value: 8.0 }),
            RunError::InvalidConfig(ConfigError::OutOfRange { setting: Setting::ReplyRetries, value: 9.0 }),
            RunError::CloudOnlyNotConfirmed,
            RunError::DocumentsMustStay,
            RunError::WorkerNotOnDevice { host: "gpu.example.com:8000".into() },
            RunError::WorkerNetworkUntrusted { host: "192.168.1.20:11434".into() },
            RunError::WorkerNotConfirmed { host: "gpu.example.com:8000".into() },
        ];
        for advice in advice() {
            errors.push(RunError::ContextTooSmall { needed: 48_000, available: 8_192, advice });
        }
        for error in model_errors() {
            errors.push(RunError::Supervisor(error.clone()));
            errors.push(RunError::Worker(error));
        }
        for lane in [Lane::Supervisor, Lane::Worker] {
            for attempts in [1, 3] {
                errors.push(RunError::MalformedReply { lane, attempts, problem: ParseError::NoObject });
            }
        }
        errors
    }

    #[test]
    fn every_run_error_reads_in_english_as_the_engine_says_it() {
        assert!(covers(run_errors().iter().map(run_variant), 12), "a RunError variant is not tested");
        for error in run_errors() {
            // A setting is named by its label in Settings, which the engine does not know.
            if !matches!(error, RunError::InvalidConfig(_)) {
                assert_eq!(run_error(&error), error.to_string(), "{error:?}");
            }
        }
        let out_of_range =
            |setting, value| run_error(&RunError::InvalidConfig(ConfigError::OutOfRange { setting, value }));
        assert_eq!(
            out_of_range(Setting::Rounds, 25.0),
            "The setting “Rounds” must be between 1 and 20; it is 25. Change it in Settings."
        );
        assert_eq!(
            out_of_range(Setting::WorkerTemperature, 2.5),
            "The setting “Temperature” must be between 0 and 2; it is 2.5. Change it in Settings."
        );
        assert_eq!(
            out_of_range(Setting::ReplyRetries, 9.0),
            "The setting “Retries of an unreadable reply” must be between 0 and 5; it is 9. Change it in Settings."
        );
        for advice in advice() {
            assert_eq!(context_advice(advice), advice.to_string());
        }
    }

    #[test]
    fn every_model_error_reads_in_english_as_the_engine_says_it() {
        assert!(covers(model_errors().iter().map(model_variant), 12), "a ModelError variant is not tested");
        for error in model_errors() {
            assert_eq!(model_error(&error), error.to_string(), "{error:?}");
        }
        for parameter in params() {
            assert_eq!(request_param(parameter), parameter.to_string());
        }
        for change in reshapes() {
            assert_eq!(reshape(change), change.to_string());
        }
    }

    fn reply_problems() -> Vec<ParseError> {
        let mut problems = vec![
            ParseError::NoObject,
            ParseError::missing("answer"),
            ParseError::empty("answer"),
            ParseError::NoTasks,
            ParseError::FinalOnly,
            ParseError::CutOff,
            ParseError::NoFinalAnswer,
            ParseError::EmptyRewrite,
        ];
        for allowed in [
            vec![],
            vec!["final".into()],
            vec!["final".into(), "request".into()],
            vec!["a".into(), "b".into(), "c".into()],
        ] {
            problems.push(ParseError::NotAllowed { field: "decision".into(), allowed, found: "maybe \"so\"".into() });
        }
        for expected in [
            Expected::Text,
            Expected::Flag,
            Expected::Count,
            Expected::Texts,
            Expected::Objects,
            Expected::Object,
            Expected::List,
        ] {
            problems.push(ParseError::wrong_type("citation", expected));
        }
        problems
    }

    fn reply_problem_variant(problem: &ParseError) -> usize {
        match problem {
            ParseError::NoObject => 0,
            ParseError::Missing { .. } => 1,
            ParseError::WrongType { .. } => 2,
            ParseError::NotAllowed { .. } => 3,
            ParseError::Empty { .. } => 4,
            ParseError::NoTasks => 5,
            ParseError::FinalOnly => 6,
            ParseError::CutOff => 7,
            ParseError::NoFinalAnswer => 8,
            ParseError::EmptyRewrite => 9,
        }
    }

    #[test]
    fn every_reply_problem_reads_in_english_as_the_engine_says_it() {
        assert!(covers(reply_problems().iter().map(reply_problem_variant), 10), "a ParseError variant is not tested");
        for problem in reply_problems() {
            assert_eq!(reply_problem(&problem), problem.to_string(), "{problem:?}");
        }
        // What crossed from the engine's worker as JSON reads the same.
        for problem in reply_problems() {
            let json = serde_json::to_string(&problem).unwrap();
            let back: ParseError = serde_json::from_str(&json).unwrap();
            assert_eq!(reply_problem(&back), problem.to_string(), "{json}");
        }
    }

    #[test]
    fn every_job_failure_reads_in_english_as_the_engine_says_it() {
        let mut failures = vec![JobFailure::PromptTooLong, JobFailure::ReplyCutOff, JobFailure::CannotSplit];
        failures.extend(reply_problems().into_iter().map(|problem| JobFailure::Unreadable { problem }));
        failures.extend(model_errors().into_iter().map(JobFailure::Model));
        for failure in failures {
            assert_eq!(job_failure(&failure), failure.to_string(), "{failure:?}");
        }
    }
    fn plan_changes() -> Vec<PlanChange> {
        let mut changes = vec![
            PlanChange::DefaultChunking,
            PlanChange::Overlap { asked: 5_000, used: 75 },
            PlanChange::TooManyTasks { tasks: 12, limit: 8 },
            PlanChange::TopKZero,
            PlanChange::ChunkCap { cap: 5 },
            PlanChange::TooManyJobs { tasks: 4, per_task: 100, jobs: 400, limit: 64, lowered: 16 },
            PlanChange::ChunksCut { needed: 9_000, available: 4_096, chars: 6_000 },
        ];
        for unit in [ChunkUnit::Chars, ChunkUnit::Pages, ChunkUnit::Paragraphs] {
            changes.push(PlanChange::ChunkSize { asked: 10, unit, used: 300 });
        }
        changes
    }

    fn plan_change_variant(change: &PlanChange) -> usize {
        match change {
            PlanChange::DefaultChunking => 0,
            PlanChange::ChunkSize { .. } => 1,
            PlanChange::Overlap { .. } => 2,
            PlanChange::TooManyTasks { .. } => 3,
            PlanChange::TopKZero => 4,
            PlanChange::ChunkCap { .. } => 5,
            PlanChange::TooManyJobs { .. } => 6,
            PlanChange::ChunksCut { .. } => 7,
        }
    }

    #[test]
    fn every_plan_change_and_notice_reason_reads_in_english_as_the_engine_says_it() {
        assert!(covers(plan_changes().iter().map(plan_change_variant), 8), "a PlanChange variant is not tested");
        for change in plan_changes() {
            assert_eq!(plan_change(&change), change.to_string(), "{change:?}");
        }
        let mut history = vec![HistoryDropReason::OverBudget { budget: 2_000 }];
        // A setting is named by its label in Settings, which the engine does not know.
        let read_alike = run_errors().into_iter().filter(|error| !matches!(error, RunError::InvalidConfig(_)));
        history.extend(read_alike.map(|error| HistoryDropReason::SummaryFailed { error }));
        for reason in &history {
            // A new variant does not compile here.
            match reason {
                HistoryDropReason::SummaryFailed { .. } | HistoryDropReason::OverBudget { .. } => {}
            }
            assert_eq!(history_drop(reason), reason.to_string(), "{reason:?}");
        }
        for reason in [FindingsDropReason::DocumentChanged, FindingsDropReason::OtherWorker] {
            match reason {
                FindingsDropReason::DocumentChanged | FindingsDropReason::OtherWorker => {}
            }
            assert_eq!(findings_drop(reason), reason.to_string(), "{reason:?}");
        }
        for reason in
            [ChatRestartReason::DocumentsChanged, ChatRestartReason::WorkerChanged, ChatRestartReason::NoLongerFits]
        {
            match reason {
                ChatRestartReason::DocumentsChanged
                | ChatRestartReason::WorkerChanged
                | ChatRestartReason::NoLongerFits => {}
            }
            assert_eq!(chat_restart(reason), reason.to_string(), "{reason:?}");
        }
    }

    #[test]
    fn in_every_language_the_side_chooses_the_words_and_every_message_reads() {
        use crate::web::i18n::{Catalog, Lang};
        let sources = [
            (Lang::De, include_str!("../../locales/de/errors.ftl"), "Der lokale Dienst"),
            (Lang::Fr, include_str!("../../locales/fr/errors.ftl"), "Le service local"),
            (Lang::Es, include_str!("../../locales/es/errors.ftl"), "El servicio local"),
            (Lang::ZhCn, include_str!("../../locales/zh-CN/errors.ftl"), "本地服务"),
            (Lang::Ja, include_str!("../../locales/ja/errors.ftl"), "ローカルサービス"),
        ];
        for (lang, source, local) in sources {
            let (catalog, problems) = Catalog::parse(lang, vec![("errors", source.to_string())]);
            assert!(problems.is_empty(), "{problems:?}");
            let text = |side: &str| {
                catalog.text("errors-failure-unauthorized", &[("side", Arg::from(side)), ("status", Arg::from("401"))])
            };
            assert!(text("local").starts_with(local), "{}", text("local"));
            assert!(!text("cloud").starts_with(local) && text("cloud").contains("401"), "{}", text("cloud"));
            assert!(catalog.has_own("errors-note-history-summarised"));
        }
    }
}
