//! Model output as safe HTML: markdown rendered with pulldown-cmark, where
//! raw HTML is shown as text, links keep only http(s) targets (others become
//! plain text), and images become links (the page loads nothing from other
//! origins). The result may go into `inner_html`.

use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Renders untrusted markdown to HTML that runs nothing.
pub fn render(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut dropped_links = 0usize;
    let events = Parser::new_ext(markdown, options).flat_map(|event| -> Vec<Event> {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => vec![Event::Text(raw)],
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                if is_web_link(&dest_url) {
                    vec![Event::Start(Tag::Link { link_type, dest_url, title, id })]
                } else {
                    dropped_links += 1;
                    vec![]
                }
            }
            Event::End(TagEnd::Link) if dropped_links > 0 => {
                dropped_links -= 1;
                vec![]
            }
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                let dest = if is_web_link(&dest_url) { dest_url } else { CowStr::from("") };
                if dest.is_empty() {
                    dropped_links += 1;
                    vec![]
                } else {
                    vec![Event::Start(Tag::Link {
                        link_type: LinkType::Inline,
                        dest_url: dest,
                        title,
                        id: CowStr::from(""),
                    })]
                }
            }
            Event::End(TagEnd::Image) if dropped_links > 0 => {
                dropped_links -= 1;
                vec![]
            }
            Event::End(TagEnd::Image) => vec![Event::End(TagEnd::Link)],
            other => vec![other],
        }
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    // Links open outside the page and tell the target nothing.
    out.replace("<a href=", "<a rel=\"noopener noreferrer nofollow\" target=\"_blank\" href=")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders() {
        assert_eq!(render("**Total:** 1,850 EUR"), "<p><strong>Total:</strong> 1,850 EUR</p>\n");
        assert!(render("| a | b |\n|---|---|\n| 1 | 2 |").contains("<table>"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render("Hi <script>alert(1)</script> and <img src=x onerror=alert(2)>");
        assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;") && html.contains("&lt;img"));
        let block = render("<div onclick=\"x()\">block</div>");
        assert!(!block.contains("<div"), "{block}");
    }

    #[test]
    fn only_web_links_survive() {
        let html = render(
            "[ok](https://example.org) [bad](javascript:alert(1)) [data](data:text/html,x) <javascript:alert(3)>",
        );
        assert!(html.contains("href=\"https://example.org\""));
        assert!(!html.to_lowercase().contains("javascript:alert(1)\"") && !html.contains("href=\"javascript"));
        assert!(!html.contains("href=\"data:"));
        assert!(html.contains("bad") && html.contains("data"));
    }

    #[test]
    fn images_become_links_and_load_nothing() {
        let html = render("![chart](https://tracker.example/pixel.png) ![x](javascript:alert(1))");
        assert!(!html.contains("<img"));
        assert!(html.contains("href=\"https://tracker.example/pixel.png\""));
        assert!(!html.contains("javascript"));
    }
}
