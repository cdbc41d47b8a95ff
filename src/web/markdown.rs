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
    // For each link or image open, whether it was kept: its end goes out
    // only if its start did, however links and images nest.
    let mut open: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).flat_map(|event| -> Vec<Event> {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => vec![Event::Text(raw)],
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let kept = is_web_link(&dest_url);
                open.push(kept);
                if kept {
                    vec![Event::Start(Tag::Link { link_type, dest_url, title, id })]
                } else {
                    vec![]
                }
            }
            // An image becomes a link to it: the page loads nothing from elsewhere.
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                let kept = is_web_link(&dest_url);
                open.push(kept);
                if kept {
                    vec![Event::Start(Tag::Link { link_type: LinkType::Inline, dest_url, title, id: CowStr::from("") })]
                } else {
                    vec![]
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if open.pop().unwrap_or(false) {
                    vec![Event::End(TagEnd::Link)]
                } else {
                    vec![]
                }
            }
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
    fn links_and_images_nested_either_way_stay_balanced() {
        // A kept image inside a dropped link, and a dropped image inside a kept link.
        // The image's link ends with the image, not with the dropped link around it.
        let html = render("[![chart](https://ok.example/c.png) more text](javascript:x()) after");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert_eq!(html.matches("</a>").count(), 1, "{html}");
        assert!(html.contains("href=\"https://ok.example/c.png\""), "{html}");
        assert!(html.contains(">chart</a> more text after</p>"), "{html}");
        let html = render("[![x](javascript:1) label](https://ok.example/) after");
        assert_eq!((html.matches("<a ").count(), html.matches("</a>").count()), (1, 1), "{html}");
        assert!(html.contains("label</a> after"), "{html}");
        let html = render("![a](javascript:1) [b](https://ok.example/) ![c](data:x) [d](https://ok.example/d)");
        assert_eq!((html.matches("<a ").count(), html.matches("</a>").count()), (2, 2), "{html}");
        assert!(html.contains(">b</a>") && html.contains(">d</a>"), "{html}");
    }

    #[test]
    fn images_become_links_and_load_nothing() {
        let html = render("![chart](https://tracker.example/pixel.png) ![x](javascript:alert(1))");
        assert!(!html.contains("<img"));
        assert!(html.contains("href=\"https://tracker.example/pixel.png\""));
        assert!(!html.contains("javascript"));
    }
}
