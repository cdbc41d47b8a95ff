//! The built-in list of models that run in the page: small instruct models
//! that fit a laptop's memory, as GGUF files on Hugging Face, in
//! quantizations with fast WebAssembly kernels (Q8_0 and Q4_0; llama.cpp's
//! WASM SIMD covers their dot products) where the publisher offers one.

/// One model of the built-in list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogModel {
    /// The name shown (and the worker model name in the audit and history).
    pub name: &'static str,
    pub url: &'static str,
    /// Download size, bytes.
    pub bytes: u64,
    pub licence: &'static str,
    /// The context it was trained for, tokens.
    pub context: u32,
    pub good_for: &'static str,
}

/// Where the built-in models are downloaded from: Hugging Face, which
/// redirects to its CDN hosts under `hf.co`. The page's connect policy
/// allows these from the start.
pub const DOWNLOAD_SOURCES: [&str; 3] = ["https://huggingface.co", "https://*.huggingface.co", "https://*.hf.co"];

pub const CATALOG: [CatalogModel; 5] = [
    CatalogModel {
        name: "Qwen2.5 0.5B Instruct (Q8_0)",
        url: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q8_0.gguf",
        bytes: 675_710_816,
        licence: "Apache-2.0",
        context: 32_768,
        good_for: "The default: follows instructions and JSON well for its size, in many languages.",
    },
    CatalogModel {
        name: "SmolLM2 360M Instruct (Q8_0)",
        url: "https://huggingface.co/HuggingFaceTB/SmolLM2-360M-Instruct-GGUF/resolve/main/smollm2-360m-instruct-q8_0.gguf",
        bytes: 386_404_992,
        licence: "Apache-2.0",
        context: 8_192,
        good_for: "The smallest download; quick answers from short English documents.",
    },
    CatalogModel {
        name: "Llama 3.2 1B Instruct (Q4_0)",
        url: "https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/Llama-3.2-1B-Instruct-Q4_0.gguf",
        bytes: 773_000_000,
        licence: "Llama 3.2 Community License",
        context: 131_072,
        good_for: "General reading in English and the main European languages.",
    },
    CatalogModel {
        name: "Gemma 3 1B it (Q4_K_M)",
        url: "https://huggingface.co/ggml-org/gemma-3-1b-it-GGUF/resolve/main/gemma-3-1b-it-Q4_K_M.gguf",
        bytes: 806_058_240,
        licence: "Gemma Terms of Use",
        context: 32_768,
        good_for: "Many languages (over 140); fluent short answers.",
    },
    CatalogModel {
        name: "Qwen2.5 1.5B Instruct (Q4_0)",
        url: "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_0.gguf",
        bytes: 1_070_000_000,
        licence: "Apache-2.0",
        context: 32_768,
        good_for: "The best answers of this list, on a machine with 8 GB of memory or more.",
    },
];

/// The model the first-visit offer downloads.
pub fn default_model() -> &'static CatalogModel {
    &CATALOG[0]
}

/// The built-in model at `url`, if it is one.
pub fn by_url(url: &str) -> Option<&'static CatalogModel> {
    CATALOG.iter().find(|m| m.url == url.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_is_a_gguf_on_hugging_face_that_fits_a_laptop() {
        for model in CATALOG {
            assert!(
                model.url.starts_with("https://huggingface.co/") && model.url.contains("/resolve/main/"),
                "{}",
                model.url
            );
            assert!(model.url.ends_with(".gguf"), "{}", model.url);
            assert!(model.bytes < 1_500_000_000, "{} is {} bytes", model.name, model.bytes);
            assert!(model.context >= 8_192);
        }
        assert_eq!(by_url(default_model().url), Some(default_model()));
        assert_eq!(by_url("https://example.org/x.gguf"), None);
    }
}
