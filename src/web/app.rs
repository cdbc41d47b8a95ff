//! The page's root: the shared state every panel reads, and the layout.

use std::sync::Arc;

use leptos::prelude::*;

use crate::tr;

use minions_engine::accounting::CostReport;
use minions_engine::cancel::Cancel;
use minions_engine::documents::Document;
use minions_providers::doctor::ConnectionCheck;
use minions_providers::doctor::Verdict;

use super::components::{
    AnswerPanel, AskPanel, AuditPanel, ConsentDialog, ConversationPanel, CostPanel, DocumentsPanel, EvaluationPanel,
    HistoryPanel, RunPanel, SettingsPanel, StatusLights,
};
use super::conversation::PageConversation;
use super::driver::RunSinks;
use super::evaluation::Evaluation;
use super::history::HistoryEntry;
use super::i18n::{self, Lang};
use super::settings::Settings;
use super::state::RunView;
use super::storage;
use super::tab_actions::TabModelStore;

/// A document in the page, with an id for lists.
#[derive(Clone, PartialEq)]
pub struct LoadedDoc {
    pub id: u64,
    /// Shared, so that lists and runs do not copy the text.
    pub document: Arc<Document>,
    /// How the file was decoded, when it was not plain UTF-8.
    pub encoding: Option<minions_loaders::Encoding>,
    /// What the loader noticed (blank PDF pages, ragged CSV rows…).
    pub warnings: Vec<minions_loaders::LoadWarning>,
}

/// A file being read: pages done of total (0 of 0 until known).
#[derive(Clone, PartialEq)]
pub struct FileLoad {
    pub id: u64,
    pub name: String,
    pub done: u32,
    pub total: u32,
    /// What `done` and `total` count: "pages" or "MB".
    pub unit: &'static str,
}

/// State shared by the panels; every field is a signal, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: RwSignal<Settings>,
    pub documents: RwSignal<Vec<LoadedDoc>>,
    pub document_errors: RwSignal<Vec<String>>,
    /// Files being read, with their progress; removing one cancels it.
    pub loading: RwSignal<Vec<FileLoad>>,
    pub question: RwSignal<String>,
    pub sinks: RunSinks,
    /// Stops the run or evaluation in progress.
    pub cancel: StoredValue<Option<Cancel>, LocalStorage>,
    pub settings_open: RwSignal<bool>,
    pub doctor_worker: RwSignal<Verdict>,
    pub doctor_supervisor: RwSignal<Verdict>,
    /// The doctor's verdict on each worker endpoint after the first.
    pub doctor_pool: RwSignal<Vec<Verdict>>,
    /// The worker's context length, when its server reported it.
    pub worker_context: RwSignal<Option<u32>>,
    pub next_id: StoredValue<u64>,
    pub evaluation: RwSignal<Evaluation>,
    pub eval_open: RwSignal<bool>,
    /// Worker hosts elsewhere waiting for the user's yes (the consent dialog).
    pub consent: RwSignal<Option<Vec<String>>>,
    /// Connection checks that left the device, for "What left this device".
    pub checks: RwSignal<Vec<ConnectionCheck>>,
    /// The conversation the ask box continues.
    pub conversation: RwSignal<PageConversation>,
    /// The model inside the page: its state and what is stored.
    pub tab: TabModelStore,
}

impl AppState {
    /// Shows a saved run in the run, answer and cost panels.
    pub fn show_run(&self, entry: &HistoryEntry) {
        self.question.set(entry.question.clone());
        self.sinks.view.set(entry.view.reshown());
        self.sinks.cost.set(entry.cost.clone());
        self.sinks.findings.set(entry.findings.clone());
        self.sinks.chosen.set(None);
    }

    /// Shows one turn of the conversation in the run, answer and cost
    /// panels, leaving the ask box as it is.
    pub fn show_turn(&self, entry: &HistoryEntry) {
        self.sinks.view.set(entry.view.reshown());
        self.sinks.cost.set(entry.cost.clone());
        self.sinks.findings.set(entry.findings.clone());
        self.sinks.chosen.set(None);
    }

    /// Starts a fresh conversation: nothing of the current one is carried.
    pub fn new_conversation(&self) {
        let id = new_conversation_id();
        storage::save_open_conversation(&id);
        self.conversation.set(PageConversation::new(id));
        self.sinks.view.set(RunView::default().reshown());
        self.sinks.cost.set(None);
        self.sinks.findings.set(Vec::new());
        self.sinks.chosen.set(None);
        self.question.set(String::new());
    }

    /// Opens a saved conversation to continue it; its latest turn is shown.
    pub fn open_conversation(&self, id: String) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let memory = storage::load_memory(&id).await;
            let conversation = state.sinks.history.with_untracked(|runs| PageConversation::reopened(&id, runs, memory));
            if let Some(latest) = conversation.turns.last() {
                state.show_turn(latest);
            }
            storage::save_open_conversation(&id);
            state.question.set(String::new());
            state.conversation.set(conversation);
        });
    }

    pub fn new_id(&self) -> u64 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }
}

/// A new conversation's id: the time it was started, with a counter for
/// ids made within one millisecond.
fn new_conversation_id() -> String {
    thread_local! {
        static MADE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let seq = MADE.with(|n| n.replace(n.get().wrapping_add(1)));
    format!("conversation-{:015.0}-{seq:04}", js_sys::Date::now())
}

crate::lazy_part! {
    /// The settings, fetched the first time they are opened (in the page's own
    /// build, feature `split`: scripts/post-build.sh cuts them out of the first load).
    async fn settings_view() -> AnyView {
        // Built untracked: the Suspend around it must not rebuild the panel when a setting it reads changes.
        untrack(|| view! { <SettingsPanel /> }.into_any())
    }
}

crate::lazy_part! {
    /// The evaluation, fetched the first time it is opened (as the settings are).
    async fn evaluation_view() -> AnyView {
        untrack(|| view! { <EvaluationPanel /> }.into_any())
    }
}

/// In place of a part of the page that could not be fetched: what happened
/// and a button that fetches it again (bumping `tries`).
pub fn part_missing(tries: RwSignal<u32>) -> AnyView {
    view! {
        <p class="error-line" role="alert" data-testid="part-missing">
            {tr!("app-part-missing")}
            " "
            <button class="secondary" data-testid="part-retry" on:click=move |_| tries.update(|n| *n += 1)>
                {tr!("app-part-retry")}
            </button>
        </p>
    }
    .into_any()
}

#[component]
pub fn App() -> impl IntoView {
    let settings = storage::load_settings();
    // Before anything can connect anywhere.
    super::page_policy::install(&settings);
    let state = AppState {
        settings: RwSignal::new(settings),
        documents: RwSignal::new(Vec::new()),
        document_errors: RwSignal::new(Vec::new()),
        loading: RwSignal::new(Vec::new()),
        question: RwSignal::new(String::new()),
        sinks: RunSinks {
            view: RwSignal::new(RunView::default()),
            cost: RwSignal::new(None::<CostReport>),
            findings: RwSignal::new(Vec::new()),
            chosen: RwSignal::new(None),
            history: RwSignal::new(Vec::new()),
        },
        cancel: StoredValue::new_local(None),
        settings_open: RwSignal::new(false),
        doctor_worker: RwSignal::new(Verdict::Checking),
        doctor_supervisor: RwSignal::new(Verdict::Checking),
        doctor_pool: RwSignal::new(Vec::new()),
        worker_context: RwSignal::new(None),
        next_id: StoredValue::new(1),
        evaluation: RwSignal::new(storage::load_evaluation()),
        eval_open: RwSignal::new(false),
        consent: RwSignal::new(None),
        checks: RwSignal::new(Vec::new()),
        conversation: RwSignal::new(PageConversation::new(new_conversation_id())),
        tab: TabModelStore::new(),
    };
    provide_context(state);
    // Settings persist (without the key unless asked) whenever they change.
    Effect::new(move |_| state.settings.with(storage::save_settings));
    Effect::new(move |_| state.evaluation.with(storage::save_evaluation));
    super::components::doctor::watch(state);
    super::tab_actions::resume(state);
    leptos::task::spawn_local(async move {
        if state.settings.with_untracked(|s| s.keep_documents) {
            let stored = storage::load_documents().await;
            let next = stored.iter().map(|d| d.id + 1).max().unwrap_or(1);
            state.next_id.update_value(|id| *id = (*id).max(next));
            state.documents.update(|docs| {
                let mut all = stored;
                all.append(docs);
                *docs = all;
            });
        }
        state.sinks.history.set(storage::load_runs().await);
        // The conversation open before a reload comes back, with its latest turn shown.
        if let Some(id) = storage::load_open_conversation() {
            if state.sinks.history.with_untracked(|runs| runs.iter().any(|r| r.conversation_id() == id)) {
                state.open_conversation(id);
            }
        }
    });

    let showing = Memo::new(move |_| state.sinks.view.with(|v| v.showing));
    // Counts the user's "Try again" on a panel whose code could not be fetched.
    let settings_tries = RwSignal::new(0u32);
    let evaluation_tries = RwSignal::new(0u32);
    let language = RwSignal::new(i18n::current_lang());
    // Drawn anew in each language; the state above (documents, runs, settings) stays.
    move || {
        language.track();
        view! {
        <header class="top">
            <div class="brand">
                <h1>{tr!("app-title")}</h1>
                <p class="tagline">{tr!("app-tagline")}</p>
            </div>
            // The buttons keep their place: the lights below them grow their
            // advice while the page settles, and nothing above may move then.
            <div class="actions">
                <LanguageMenu language />
                <button class="secondary" data-testid="eval-open" aria-expanded=move || state.eval_open.get().to_string() on:click=move |_| state.eval_open.update(|o| *o = !*o)>
                    {tr!("app-evaluate")}
                </button>
                <button class="secondary" data-testid="settings-open" aria-expanded=move || state.settings_open.get().to_string() on:click=move |_| state.settings_open.update(|o| *o = !*o)>
                    {tr!("app-settings")}
                </button>
            </div>
            <StatusLights />
        </header>
        <Show when=move || state.settings_open.get()>
            {move || {
                settings_tries.track();
                view! { <Suspense fallback=|| ()>{Suspend::new(async move { settings_view().await.unwrap_or_else(|_| part_missing(settings_tries)) })}</Suspense> }
            }}
        </Show>
        <ConsentDialog />
        <Show when=move || state.eval_open.get()>
            {move || {
                evaluation_tries.track();
                view! { <Suspense fallback=|| ()>{Suspend::new(async move { evaluation_view().await.unwrap_or_else(|_| part_missing(evaluation_tries)) })}</Suspense> }
            }}
        </Show>
        <main class="layout">
            <section class="column">
                <DocumentsPanel />
                <AskPanel />
                <HistoryPanel />
            </section>
            <section class="column wide">
                <ConversationPanel />
                // Made anew for each run shown, so that no keyed list keeps
                // another run's rows (a re-run closure would rebuild in place).
                <For each=move || [showing.get()] key=|showing| *showing let(_)>
                    <AnswerPanel />
                    <RunPanel />
                    <CostPanel />
                    <AuditPanel />
                </For>
            </section>
        </main>
        }
    }
}

/// The language menu: each language named in itself; the choice is
/// remembered, and the page is drawn again in it once its catalog is here.
#[component]
fn LanguageMenu(language: RwSignal<Lang>) -> impl IntoView {
    let chosen = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::from_tag(&event_target_value(&ev)) else { return };
        leptos::task::spawn_local(async move {
            if i18n::switch(lang).await {
                i18n::remember(lang);
                language.set(lang);
            }
        });
    };
    view! {
        <label class="language">
            <span class="visually-hidden">{tr!("app-language")}</span>
            <select data-testid="language" on:change=chosen>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.tag() lang=lang.tag() selected=move || language.get() == lang>
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
