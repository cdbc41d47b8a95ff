//! The models kept in this browser (Origin Private File System): what the
//! page script reports of each ([`StoredModel`]) and the storage key a
//! model source is kept under ([`ModelSource::key`]).

use serde::{Deserialize, Serialize};

use minions_engine::fingerprint::Fnv64;

/// Where a model comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelSource {
    /// A GGUF URL (a built-in model or one the user typed).
    Url(String),
    /// A file the user picked: its name and size.
    File { name: String, bytes: u64 },
}

impl ModelSource {
    /// The storage key: the same source is stored once, under a name no
    /// file system refuses.
    pub fn key(&self) -> String {
        let mut hash = Fnv64::default();
        match self {
            Self::Url(url) => {
                hash.field(url.trim());
                format!("url-{}", hash.hex())
            }
            Self::File { name, bytes } => {
                hash.field(name);
                hash.field(&bytes.to_string());
                format!("file-{}", hash.hex())
            }
        }
    }

    /// The name shown for it: a built-in model's, else the file name.
    pub fn display_name(&self) -> String {
        match self {
            Self::Url(url) => super::catalog::by_url(url).map(|m| m.name.to_string()).unwrap_or_else(|| file_name(url)),
            Self::File { name, .. } => name.clone(),
        }
    }
}

/// The last path segment of a URL, without its query.
pub fn file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.trim_end_matches('/').rsplit('/').next().filter(|s| !s.is_empty()).unwrap_or(path).to_string()
}

/// A stored model, as `tab-model.js` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredModel {
    pub key: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub url: String,
    /// The whole file's size, when known.
    #[serde(default)]
    pub total: Option<u64>,
    /// Bytes in storage now.
    #[serde(default)]
    pub stored: u64,
    #[serde(default)]
    pub complete: bool,
}

impl StoredModel {
    /// Stored models from the script's JSON; what it cannot read is skipped.
    pub fn list_from_json(json: &str) -> Vec<StoredModel> {
        let mut models: Vec<StoredModel> = serde_json::from_str(json).unwrap_or_default();
        models.sort_by(|a, b| a.name.cmp(&b.name).then(a.key.cmp(&b.key)));
        models
    }

    /// How far a download got, in words (`138 MB`, `40 MB of 138 MB`).
    pub fn size_text(&self) -> String {
        use super::plan::megabytes;
        match self.total {
            Some(total) if !self.complete && total > self.stored => {
                format!("{} of {}, incomplete", megabytes(self.stored), megabytes(total))
            }
            _ => megabytes(self.stored),
        }
    }
}

/// Storage used and available to this origin, bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub struct StorageEstimate {
    #[serde(default)]
    pub usage: u64,
    #[serde(default)]
    pub quota: u64,
}

impl StorageEstimate {
    pub fn from_json(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    pub fn left(&self) -> u64 {
        self.quota.saturating_sub(self.usage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_keeps_one_key_and_different_sources_differ() {
        let url = ModelSource::Url("https://huggingface.co/a/b/resolve/main/m.gguf".into());
        assert_eq!(url.key(), ModelSource::Url(" https://huggingface.co/a/b/resolve/main/m.gguf ".into()).key());
        assert!(url.key().starts_with("url-") && url.key().len() == 20);
        let file = ModelSource::File { name: "m.gguf".into(), bytes: 10 };
        assert_ne!(file.key(), ModelSource::File { name: "m.gguf".into(), bytes: 11 }.key());
        assert!(file.key().chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        assert_eq!(url.display_name(), "m.gguf");
        assert_eq!(file_name("https://x.org/models/tiny.gguf?download=true"), "tiny.gguf");
        let built_in = ModelSource::Url(super::super::catalog::default_model().url.into());
        assert_eq!(built_in.display_name(), super::super::catalog::default_model().name);
    }

    #[test]
    fn the_stored_list_reads_what_the_script_writes_and_says_what_is_incomplete() {
        let json = r#"[{"key":"url-2","name":"b.gguf","url":"http://x/b.gguf","total":5000000,"stored":2000000,"complete":false,"etag":"\"e\"","source":"url"},
                      {"key":"file-1","name":"a.gguf","url":"","total":1000,"stored":1000,"complete":true}]"#;
        let models = StoredModel::list_from_json(json);
        assert_eq!(models.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["a.gguf", "b.gguf"]);
        assert_eq!(models[1].size_text(), "2.0 MB of 5.0 MB, incomplete");
        assert_eq!(models[0].size_text(), "0.0 MB");
        assert!(StoredModel::list_from_json("not json").is_empty());
        let estimate = StorageEstimate::from_json(r#"{"usage":100,"quota":1000}"#);
        assert_eq!(estimate.left(), 900);
    }
}
