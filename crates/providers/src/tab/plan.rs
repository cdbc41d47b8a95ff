//! Deciding how to load a model in the page, before anything is loaded:
//! whether the stored file is a whole GGUF ([`check_file`]), the context and
//! threads to ask for, and whether it fits in the memory a page may use
//! ([`plan_load`]). Every refusal is a [`TabFailure`] with a sentence.

use super::gguf::{read_header, GgufError, GgufInfo};

/// Bytes in a GiB.
const GIB: u64 = 1 << 30;
/// What a page's WebAssembly may address with Memory64 (Chromium's limit).
const WASM_MEMORY_LIMIT: u64 = 16 * GIB;
/// Share of the device's memory a page can reasonably take.
const DEVICE_SHARE: f64 = 0.6;
/// llama.cpp's compute buffers and the runtime, beyond weights and cache.
const OVERHEAD: u64 = 160 << 20;
/// What the compat build (32-bit WebAssembly memory) can hold, with room to spare.
const COMPAT_LIMIT: u64 = 3 * GIB + GIB / 2;
/// The context to ask for when the file does not say what it was trained for.
const DEFAULT_CONTEXT: u32 = 4_096;

/// What went wrong with a model in the page, in a form the page words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TabFailure {
    NotGguf,
    Version(u32),
    /// The file ends before its last tensor (or inside its header).
    Truncated {
        have: u64,
        need: u64,
    },
    Damaged(String),
    TooBig {
        need: u64,
        limit: u64,
    },
    Http(u16),
    Network(String),
    Storage(String),
    Cancelled,
    /// llama.cpp refused the file or ran out of memory while loading it.
    Load(String),
    OutOfMemory(String),
    /// The model files could not be imported (the page was built without them?).
    Library(String),
}

/// `12_345_678` bytes → `11.8 MB` (decimal megabytes, as downloads are sized).
pub fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1e6;
    if mb >= 1000.0 {
        format!("{:.2} GB", mb / 1000.0)
    } else if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

impl TabFailure {
    /// What happened and what to do, in one or two sentences.
    pub fn sentence(&self) -> String {
        match self {
            Self::NotGguf => {
                "This file is not a GGUF model (it does not start with \u{201c}GGUF\u{201d}). Choose a .gguf file, for example from Hugging Face.".into()
            }
            Self::Version(v) => format!(
                "This GGUF file is version {v}, which llama.cpp no longer reads. Download a newer conversion of the model."
            ),
            Self::Truncated { have, need } => format!(
                "The model file is incomplete: it has {} of the {} it needs. Press Load to resume the download, or choose the whole file again.",
                megabytes(*have),
                megabytes(*need)
            ),
            Self::Damaged(detail) => format!("The model file is damaged ({detail}). Remove it and download it again."),
            Self::TooBig { need, limit } => format!(
                "This model needs about {} of memory, more than this page can use here (about {}). Choose a smaller model or a shorter context.",
                megabytes(*need),
                megabytes(*limit)
            ),
            Self::Http(404) => "The model address answers 404 (not found). Check the URL; on Hugging Face use the file's \u{201c}resolve\u{201d} link.".into(),
            Self::Http(status @ (401 | 403)) => format!(
                "The model address refused the download (HTTP {status}); gated models need you to accept their licence on Hugging Face. Choose an open model, or download the file and pick it from disk."
            ),
            Self::Http(status) => format!("The model address answered HTTP {status}. Try again later, or download the file and pick it from disk."),
            Self::Network(detail) => format!(
                "The download failed ({detail}). Check the connection and press Load to resume; what arrived is kept."
            ),
            Self::Storage(detail) => format!(
                "This browser could not store the model ({detail}). Free some space, leave private browsing, or pick a smaller model."
            ),
            Self::Cancelled => "Cancelled. What arrived is kept: Load resumes the download.".into(),
            Self::Load(detail) => format!(
                "The model could not be loaded ({detail}). It may be damaged or of an architecture this llama.cpp does not know; remove it and try another."
            ),
            Self::OutOfMemory(detail) => format!(
                "The model does not fit in the memory this page can use ({detail}). Choose a smaller model or a shorter context."
            ),
            Self::Library(detail) => format!(
                "The in-page model runtime could not start ({detail}). Reload the page; if it stays, this browser lacks WebAssembly features it needs."
            ),
        }
    }

    /// A failure the JavaScript side threw, by its `kind`.
    pub fn from_kind(kind: &str, detail: &str) -> Self {
        let detail = detail.to_string();
        match kind {
            "http" => Self::Http(detail.trim().parse().unwrap_or(0)),
            "network" => Self::Network(detail),
            "storage" | "missing" => Self::Storage(detail),
            "cancelled" => Self::Cancelled,
            "memory" => Self::OutOfMemory(detail),
            // The download ended before its length: resumable, so a network failure.
            "truncated" => {
                let mut numbers = detail.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u64>().ok());
                match (numbers.next(), numbers.next()) {
                    (Some(have), Some(need)) => {
                        Self::Network(format!("the connection closed after {} of {}", megabytes(have), megabytes(need)))
                    }
                    _ => Self::Network(detail),
                }
            }
            "load" | "inference" | "context" | "not-loaded" => Self::Load(detail),
            _ => Self::Library(detail),
        }
    }
}

/// What reading a stored file's first bytes found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileCheck {
    Whole(GgufInfo),
    /// Read again with this many bytes (at most the file's size).
    ReadMore(u64),
    Refused(TabFailure),
}

/// Checks the first bytes of a file of `file_size` bytes.
pub fn check_file(prefix: &[u8], file_size: u64) -> FileCheck {
    let whole_file_read = prefix.len() as u64 >= file_size;
    match read_header(prefix) {
        Ok(info) => match info.expected_size {
            Some(need) if need > file_size => FileCheck::Refused(TabFailure::Truncated { have: file_size, need }),
            _ => FileCheck::Whole(info),
        },
        Err(GgufError::NotGguf) => FileCheck::Refused(TabFailure::NotGguf),
        Err(GgufError::Version(v)) => FileCheck::Refused(TabFailure::Version(v)),
        Err(GgufError::Malformed(why)) => FileCheck::Refused(TabFailure::Damaged(why.into())),
        Err(GgufError::NeedMore(_)) if whole_file_read => {
            if file_size < 4 && !b"GGUF".starts_with(prefix) {
                FileCheck::Refused(TabFailure::NotGguf)
            } else {
                FileCheck::Refused(TabFailure::Truncated { have: file_size, need: file_size + 1 })
            }
        }
        Err(GgufError::NeedMore(n)) => FileCheck::ReadMore(n.max(prefix.len() as u64 * 2).min(file_size)),
    }
}

/// What the page knows of where it runs.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Deserialize)]
#[serde(default)]
pub struct Environment {
    /// `crossOriginIsolated`: threads need it.
    pub isolated: bool,
    /// `navigator.hardwareConcurrency`.
    pub threads: u32,
    /// `navigator.deviceMemory` (Chromium only, capped at 8).
    pub device_memory_gb: Option<f64>,
    /// `navigator.gpu` is there.
    pub webgpu: bool,
    /// A Chromium-based browser (where the compat build was measured faster).
    pub chromium: bool,
}

/// How to load a model, and what it will take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadPlan {
    pub n_ctx: u32,
    pub n_threads: u32,
    /// Weights, cache and buffers, bytes.
    pub memory_bytes: u64,
    /// Without cross-origin isolation the model runs on one thread.
    pub single_thread_notice: bool,
    /// Run wllama's compat build (32-bit memory, no JSPI): on Chromium's CPU
    /// path it is faster than the Memory64 build (BENCHMARKS `tab-model`:
    /// 1.3-1.6x), and a model that fits in 4 GiB loses nothing by it.
    pub compat: bool,
}

/// The plan for a file of `file_size` bytes whose header said `info`, with
/// at most `context_limit` tokens of context.
pub fn plan_load(
    info: &GgufInfo,
    file_size: u64,
    context_limit: u32,
    env: Environment,
) -> Result<LoadPlan, TabFailure> {
    let trained = info.context_length.unwrap_or(DEFAULT_CONTEXT);
    let n_ctx = trained.min(context_limit.max(512));
    let cache = info.cache_bytes(n_ctx).unwrap_or(file_size / 4);
    let memory_bytes = file_size.saturating_add(cache).saturating_add(OVERHEAD);
    let limit = match env.device_memory_gb {
        Some(gb) if gb > 0.0 => WASM_MEMORY_LIMIT.min((gb * DEVICE_SHARE * GIB as f64) as u64),
        _ => WASM_MEMORY_LIMIT,
    };
    if memory_bytes > limit {
        return Err(TabFailure::TooBig { need: memory_bytes, limit });
    }
    let n_threads = if env.isolated { env.threads.clamp(1, 16) } else { 1 };
    let compat = env.chromium && !env.webgpu && memory_bytes <= COMPAT_LIMIT;
    Ok(LoadPlan { n_ctx, n_threads, memory_bytes, single_thread_notice: !env.isolated && env.threads > 1, compat })
}

#[cfg(test)]
mod tests {
    use super::super::gguf::tests::sample_header;
    use super::*;

    fn info() -> GgufInfo {
        read_header(&sample_header()).unwrap()
    }

    #[test]
    fn a_whole_file_passes_and_a_cut_one_says_how_much_is_missing() {
        let header = sample_header();
        let need = info().expected_size.unwrap();
        assert!(matches!(check_file(&header, need), FileCheck::Whole(_)));
        assert_eq!(check_file(&header, need - 1), FileCheck::Refused(TabFailure::Truncated { have: need - 1, need }));
        // A download cut inside the header.
        assert_eq!(check_file(&header[..40], 40), FileCheck::Refused(TabFailure::Truncated { have: 40, need: 41 }));
        // A prefix of a bigger file asks for more, never past the end.
        assert_eq!(check_file(&header[..40], 200), FileCheck::ReadMore(200));
    }

    #[test]
    fn other_files_are_refused_with_their_sentence() {
        let FileCheck::Refused(failure) = check_file(b"name,amount\nrent,1200\n", 22) else { panic!() };
        assert_eq!(failure, TabFailure::NotGguf);
        assert!(failure.sentence().starts_with("This file is not a GGUF model"));
        assert_eq!(check_file(b"GG", 2), FileCheck::Refused(TabFailure::Truncated { have: 2, need: 3 }));
        assert_eq!(check_file(b"{}", 2), FileCheck::Refused(TabFailure::NotGguf));
    }

    #[test]
    fn the_context_is_the_trained_one_within_the_limit_and_threads_need_isolation() {
        let isolated =
            Environment { isolated: true, threads: 8, device_memory_gb: Some(8.0), ..Environment::default() };
        let plan = plan_load(&info(), 100_000_000, 32_768, isolated).unwrap();
        assert_eq!((plan.n_ctx, plan.n_threads, plan.single_thread_notice), (8192, 8, false));
        assert_eq!(plan.memory_bytes, 100_000_000 + 8192 * 30 * 192 * 4 + (160 << 20));
        let plain = Environment { isolated: false, threads: 8, ..Environment::default() };
        let plan = plan_load(&info(), 100_000_000, 2_048, plain).unwrap();
        assert_eq!((plan.n_ctx, plan.n_threads, plan.single_thread_notice), (2048, 1, true));
    }

    #[test]
    fn chromium_s_cpu_runs_the_compat_build_while_the_model_fits_in_its_memory() {
        let chromium = Environment { isolated: true, threads: 2, chromium: true, ..Environment::default() };
        assert!(plan_load(&info(), 100_000_000, 8_192, chromium).unwrap().compat);
        // Past 3.5 GiB only the Memory64 build holds it; a GPU wants the default build; other browsers keep wllama's choice.
        assert!(!plan_load(&info(), 3_700_000_000, 8_192, chromium).unwrap().compat);
        assert!(!plan_load(&info(), 100_000_000, 8_192, Environment { webgpu: true, ..chromium }).unwrap().compat);
        assert!(!plan_load(&info(), 100_000_000, 8_192, Environment { chromium: false, ..chromium }).unwrap().compat);
    }

    #[test]
    fn a_model_bigger_than_the_page_may_use_is_refused_before_loading() {
        let small_device =
            Environment { isolated: true, threads: 4, device_memory_gb: Some(2.0), ..Environment::default() };
        let Err(TabFailure::TooBig { need, limit }) = plan_load(&info(), 2_000_000_000, 8_192, small_device) else {
            panic!()
        };
        assert_eq!(limit, (2.0 * 0.6 * GIB as f64) as u64);
        assert!(need > 2_000_000_000);
        let sentence = TabFailure::TooBig { need, limit }.sentence();
        assert!(sentence.contains("2.36 GB") && sentence.contains("1.29 GB"), "{sentence}");
    }

    #[test]
    fn failures_from_the_page_script_keep_their_meaning() {
        assert_eq!(TabFailure::from_kind("http", "404"), TabFailure::Http(404));
        assert_eq!(
            TabFailure::from_kind("truncated", "40000000 of 98000000 bytes"),
            TabFailure::Network("the connection closed after 40 MB of 98 MB".into())
        );
        assert!(TabFailure::Http(404).sentence().contains("404"));
        assert!(TabFailure::Cancelled.sentence().contains("resumes"));
        assert_eq!(megabytes(138_000_000), "138 MB");
        assert_eq!(megabytes(1_500_000), "1.5 MB");
    }
}
