//! Markdown in the page, with its reader out of the first load: the
//! markdown parser (pulldown-cmark) and the sanitizer are a lazy part
//! (feature `split`), fetched when the first answer is shown. Until it is
//! here the text shows as it is, escaped; `data-rendered` says which.

use leptos::prelude::*;

use super::{markdown, markup};

crate::lazy_part! {
    /// The markdown reader, fetched the first time an answer is shown.
    async fn render_markdown(text: String) -> String {
        markdown::render(&text)
    }
}

/// `text` as sanitized HTML: (the HTML, whether it is the rendered
/// markdown yet). Follows `text` as it changes.
pub fn html(
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl Fn() -> (String, bool) + Copy + Send + Sync + 'static {
    let text = Memo::new(move |_| text());
    let rendered = LocalResource::new(move || {
        let source = text.get();
        // A reader that could not be fetched leaves the text as it is; the next text tries again.
        async move { (render_markdown(source.clone()).await.ok(), source) }
    });
    move || {
        let source = text.get();
        match rendered.get() {
            Some((Some(html), from)) if from == source => (html, true),
            _ => (plain(&source), false),
        }
    }
}

/// Text as inert HTML: every character shown as it is.
fn plain(text: &str) -> String {
    format!("<p class=\"plain\">{}</p>", markup::escape(text))
}
