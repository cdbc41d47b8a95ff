//! The connection doctor's advice in the reader's language: the providers
//! say which advice and with which values ([`AdviceKind`], [`StepKind`]),
//! this puts it in words from `locales/<tag>/doctor.ftl`. Commands and
//! service-file lines are copied in as they are.

use minions_providers::doctor::{AdviceKind, Os, StepKind, Warning};

use crate::tr;

/// The advice's sentence.
pub fn summary(advice: &AdviceKind) -> String {
    match advice {
        AdviceKind::Checking => tr!("doctor-checking"),
        AdviceKind::TabReady { model, context_length, warning } => {
            let model = model.clone().unwrap_or_else(|| tr!("doctor-tab-some-model"));
            let sentence = match context_length {
                // As written, like the in-page model's own line: a size, not a count to group.
                Some(n) => tr!("doctor-tab-ready-context", model = &model, context = n.to_string()),
                None => tr!("doctor-tab-ready", model = &model),
            };
            followed(sentence, warning.as_ref())
        }
        AdviceKind::TabMissing { model } => tr!("doctor-tab-missing", model = model),
        AdviceKind::Connected { version, models, warning } => {
            let sentence = match version {
                Some(version) => tr!("doctor-connected-version", count = *models, version = version),
                None => tr!("doctor-connected", count = *models),
            };
            followed(sentence, warning.as_ref())
        }
        AdviceKind::OllamaCors { origin } => tr!("doctor-ollama-cors", origin = origin),
        AdviceKind::Cors { base_url, origin } => tr!("doctor-cors", url = base_url, origin = origin),
        AdviceKind::MixedContent { base_url } => tr!("doctor-mixed-content", url = base_url),
        AdviceKind::OllamaDown { base_url, local_network_permission } => {
            local_network(tr!("doctor-ollama-down", url = base_url), *local_network_permission)
        }
        AdviceKind::Down { base_url, local_network_permission } => {
            local_network(tr!("doctor-down", url = base_url), *local_network_permission)
        }
        AdviceKind::OllamaModelMissing { model, installed } => {
            let installed = if installed.is_empty() { tr!("doctor-none-installed") } else { installed.join(", ") };
            tr!("doctor-ollama-model-missing", model = model, installed = installed)
        }
        AdviceKind::ModelMissing { model, available } if available.is_empty() => {
            tr!("doctor-model-missing", model = model)
        }
        AdviceKind::ModelMissing { model, available } => {
            tr!("doctor-model-missing-available", model = model, available = available.join(", "))
        }
        AdviceKind::MissingKey => tr!("doctor-missing-key"),
        AdviceKind::NeedsReload { origin } => tr!("doctor-needs-reload", origin = origin),
        AdviceKind::BadKey => tr!("doctor-bad-key"),
    }
}

/// The advice's steps, each ready to copy.
pub fn steps(advice: &AdviceKind) -> Vec<String> {
    advice.steps().iter().map(step).collect()
}

/// One step: its words around its commands.
pub fn step(step: &StepKind) -> String {
    let commands = step.commands();
    let c = |i: usize| commands.get(i).cloned().unwrap_or_default();
    match step {
        StepKind::OllamaOrigins { os: Os::MacOs, .. } => tr!("doctor-step-origins-macos", command = c(0)),
        StepKind::OllamaOrigins { os: Os::Linux, .. } => {
            tr!("doctor-step-origins-linux", edit = c(0), lines = c(1), restart = c(2))
        }
        StepKind::OllamaOrigins { os: Os::Windows, .. } => tr!("doctor-step-origins-windows", command = c(0)),
        StepKind::OllamaServe { .. } => tr!("doctor-step-origins-serve", command = c(0)),
        StepKind::OllamaPull { .. } => c(0),
        StepKind::OllamaParallel { os: Os::MacOs, .. } => tr!("doctor-step-parallel-macos", command = c(0)),
        StepKind::OllamaParallel { os: Os::Linux, .. } => tr!("doctor-step-parallel-linux", line = c(0)),
        StepKind::OllamaParallel { os: Os::Windows, .. } => tr!("doctor-step-parallel-windows", command = c(0)),
    }
}

/// How to let Ollama run `slots` jobs at once, one step per system.
pub fn parallel_steps(slots: u32) -> Vec<String> {
    minions_providers::doctor::ollama_parallel_step_kinds(slots).iter().map(step).collect()
}

/// What a check noticed that does not stop a run.
pub fn warning(warning: &Warning) -> String {
    match warning {
        // Token counts as digits, as the context length is written in the same light.
        Warning::SmallContext { length, needed } => {
            tr!("doctor-warning-small-context", length = length.to_string(), needed = needed.to_string())
        }
        Warning::OneThread { threads } => tr!("settings-tab-single-thread", threads = *threads),
    }
}

/// `sentence`, then the check's own warning when there is one.
fn followed(sentence: String, warning: Option<&Warning>) -> String {
    match warning {
        Some(warning) => format!("{sentence} {}", self::warning(warning)),
        None => sentence,
    }
}

/// `sentence`, then the word on the browser's local network permission when it may apply.
fn local_network(sentence: String, permission: bool) -> String {
    if permission {
        format!("{sentence} {}", tr!("doctor-local-network"))
    } else {
        sentence
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_providers::doctor::{ollama_origin_step_kinds, ServerKind, Verdict};

    #[test]
    fn english_says_what_the_doctor_said() {
        let ollama = "http://localhost:11434";
        let cors = Verdict::Cors.advice_kind(ServerKind::Ollama, "https://me.github.io/", ollama);
        assert_eq!(
            summary(&cors),
            "Ollama is running but refuses requests from this page (https://me.github.io). Allow this origin with OLLAMA_ORIGINS, then restart Ollama."
        );
        let steps = steps(&cors);
        assert_eq!(
            steps[0],
            "macOS (the Ollama app): launchctl setenv OLLAMA_ORIGINS \"https://me.github.io\" — then quit Ollama from the menu bar and open it again."
        );
        assert_eq!(
            steps[1],
            "Linux (systemd): sudo systemctl edit ollama.service — add the two lines\n[Service]\nEnvironment=\"OLLAMA_ORIGINS=https://me.github.io\"\n— then: sudo systemctl daemon-reload && sudo systemctl restart ollama"
        );
        assert_eq!(steps[3], "Running `ollama serve` by hand: OLLAMA_ORIGINS=\"https://me.github.io\" ollama serve");
        let down = Verdict::Down { local_network_permission: true }.advice_kind(ServerKind::Ollama, "", ollama);
        assert_eq!(
            summary(&down),
            "Nothing answers at http://localhost:11434. Start Ollama (open the app, or run `ollama serve`) and check the address. If the browser asked whether this site may reach devices on your local network, allow it (site settings → Local network access), then check again."
        );
        let one = Verdict::Ok {
            version: Some("0.5.1".into()),
            models: vec!["m".into()],
            context_length: None,
            warning: None,
        };
        assert_eq!(
            summary(&one.advice_kind(ServerKind::Ollama, "", ollama)),
            "Connected to version 0.5.1; 1 model available."
        );
        let tab = Verdict::ModelMissing { model: "SmolLM2, a 676 MB download".into(), installed: vec![] };
        assert_eq!(
            summary(&tab.advice_kind(ServerKind::Tab, "", "")),
            "No model is loaded in this page yet. Open Settings, choose one under \u{201c}In this page\u{201d} and press Load (SmolLM2, a 676 MB download)."
        );
        let missing = Verdict::ModelMissing { model: "llama3.2".into(), installed: vec![] };
        let missing = missing.advice_kind(ServerKind::Ollama, "", ollama);
        assert_eq!(
            summary(&missing),
            "The model `llama3.2` is not installed. Pull it, or choose one of: (none installed)."
        );
        assert_eq!(super::steps(&missing), ["ollama pull llama3.2"]);
        assert_eq!(
            parallel_steps(4)[1],
            "Linux (systemd): add Environment=\"OLLAMA_NUM_PARALLEL=4\" beside OLLAMA_ORIGINS in the service override, then daemon-reload and restart."
        );
    }

    #[test]
    fn every_advice_reads_in_english_as_the_providers_write_it() {
        let names = |n: usize| (0..n).map(|i| format!("model-{i}")).collect::<Vec<String>>();
        let verdicts = [
            Verdict::Checking,
            Verdict::Ok { version: None, models: vec![], context_length: None, warning: None },
            Verdict::Ok {
                version: None,
                models: names(2),
                context_length: Some(8192),
                warning: Some(Warning::SmallContext { length: 2048, needed: 4096 }),
            },
            Verdict::Ok { version: Some("0.6".into()), models: names(3), context_length: None, warning: None },
            Verdict::Cors,
            Verdict::MixedContent,
            Verdict::Down { local_network_permission: false },
            Verdict::Down { local_network_permission: true },
            Verdict::ModelMissing { model: "m".into(), installed: vec![] },
            Verdict::ModelMissing { model: "m".into(), installed: names(20) },
            Verdict::MissingKey,
            Verdict::BadKey,
            Verdict::NeedsReload { origin: "https://api.groq.com".into() },
        ];
        for verdict in &verdicts {
            for kind in [ServerKind::Ollama, ServerKind::OpenAi, ServerKind::Tab] {
                let advice = verdict.advice_kind(kind, "https://me.github.io/", "http://192.168.1.9:11434");
                let english = advice.english();
                assert_eq!(summary(&advice), english.summary, "{advice:?}");
                assert_eq!(steps(&advice), english.steps, "{advice:?}");
            }
        }
        for step_kind in ollama_origin_step_kinds("https://me.github.io").iter().chain(&ollama_parallel_kinds()) {
            assert_eq!(step(step_kind), step_kind.english());
        }
    }

    fn ollama_parallel_kinds() -> Vec<StepKind> {
        minions_providers::doctor::ollama_parallel_step_kinds(1)
    }
}
