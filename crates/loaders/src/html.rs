//! The visible text of an HTML page, in reading order: headings, paragraphs,
//! list items, table rows and line breaks become lines; scripts, styles,
//! templates, the head and hidden elements (`hidden`, `aria-hidden`,
//! `display: none`) are dropped. Tokenized by `html5gum` (a WHATWG
//! tokenizer), so character references and broken markup are handled as
//! browsers do.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements whose content is never shown.
const INVISIBLE: [&[u8]; 10] =
    [b"script", b"style", b"template", b"head", b"noscript", b"svg", b"math", b"iframe", b"object", b"select"];

/// Elements that end a line before and after.
const BLOCKS: [&[u8]; 30] = [
    b"p",
    b"div",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"main",
    b"aside",
    b"nav",
    b"blockquote",
    b"pre",
    b"ul",
    b"ol",
    b"dl",
    b"dt",
    b"dd",
    b"table",
    b"thead",
    b"tbody",
    b"tfoot",
    b"tr",
    b"form",
    b"fieldset",
    b"figure",
    b"figcaption",
    b"address",
    b"details",
    b"summary",
    b"hr",
    b"caption",
];

/// Elements with no end tag: they never open a hidden region.
const VOID: [&[u8]; 14] = [
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"track", b"wbr",
    b"param",
];

fn heading_level(name: &[u8]) -> Option<usize> {
    match name {
        [b'h', digit @ b'1'..=b'6'] => Some(usize::from(digit - b'0')),
        _ => None,
    }
}

fn is_hidden(tag: &html5gum::StartTag<()>) -> bool {
    let attribute = |name: &[u8]| tag.attributes.get(name).map(|v| String::from_utf8_lossy(&v.value).to_lowercase());
    if tag.attributes.contains_key(b"hidden".as_slice()) || attribute(b"aria-hidden").as_deref() == Some("true") {
        return true;
    }
    attribute(b"style").is_some_and(|style| {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    }) || (tag.name.as_slice() == b"input" && attribute(b"type").as_deref() == Some("hidden"))
}

/// Collects text, folding whitespace as a browser does and keeping lines.
#[derive(Default)]
struct Lines {
    out: String,
    pending_space: bool,
}

impl Lines {
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.out.is_empty() && !self.out.ends_with('\n') {
                    self.out.push(' ');
                }
                self.pending_space = false;
                self.out.push(c);
            }
        }
    }

    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
        self.pending_space = false;
    }

    fn line_break(&mut self) {
        self.pending_space = false;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// A blank line between blocks.
    fn paragraph(&mut self) {
        self.line_break();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }
}

/// The visible text of `html`.
pub fn visible_text(html: &str) -> String {
    let mut emitter = DefaultEmitter::default();
    // Script and style bodies are raw text, not markup.
    emitter.naively_switch_states(true);
    let mut lines = Lines::default();
    // Names of the open elements that hide their content, innermost last.
    let mut hidden: Vec<Vec<u8>> = Vec::new();
    let mut pre_depth = 0usize;
    let mut cell_in_row = 0usize;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_slice();
                // In HTML `<script/>` still opens a script: only foreign elements (svg, math) close themselves.
                let opens = !VOID.contains(&name) && (!tag.self_closing || !matches!(name, b"svg" | b"math"));
                if !hidden.is_empty() {
                    if opens {
                        hidden.push(name.to_vec());
                    }
                    continue;
                }
                if (INVISIBLE.contains(&name) || is_hidden(&tag)) && opens {
                    hidden.push(name.to_vec());
                    continue;
                }
                match name {
                    b"br" => lines.line_break(),
                    b"li" => {
                        lines.line_break();
                        lines.raw("- ");
                    }
                    b"tr" => {
                        lines.line_break();
                        cell_in_row = 0;
                    }
                    b"td" | b"th" => {
                        if cell_in_row > 0 {
                            lines.raw(" | ");
                        }
                        cell_in_row += 1;
                    }
                    b"pre" => {
                        lines.paragraph();
                        pre_depth += 1;
                    }
                    b"img" => {
                        if let Some(alt) = tag.attributes.get(b"alt".as_slice()) {
                            lines.text(&String::from_utf8_lossy(&alt.value));
                        }
                    }
                    _ if heading_level(name).is_some() => {
                        lines.paragraph();
                        lines.raw(&"#".repeat(heading_level(name).unwrap_or(1)));
                        lines.raw(" ");
                    }
                    _ if BLOCKS.contains(&name) => lines.paragraph(),
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.as_slice();
                if !hidden.is_empty() {
                    // Close up to the matching element (markup may be mis-nested).
                    if let Some(at) = hidden.iter().rposition(|open| open.as_slice() == name) {
                        hidden.truncate(at);
                    }
                    continue;
                }
                match name {
                    b"pre" => {
                        pre_depth = pre_depth.saturating_sub(1);
                        lines.paragraph();
                    }
                    b"li" | b"tr" => lines.line_break(),
                    _ if heading_level(name).is_some() || BLOCKS.contains(&name) => lines.paragraph(),
                    _ => {}
                }
            }
            Token::String(text) if hidden.is_empty() => {
                let text = String::from_utf8_lossy(&text.value);
                if pre_depth > 0 {
                    lines.raw(&text);
                } else {
                    lines.text(&text);
                }
            }
            _ => {}
        }
    }
    lines.out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_visible_text_in_reading_order_with_headings_lists_and_tables() {
        let html = r#"<!doctype html><html><head><title>Ignored</title><style>p { color: red }</style></head>
<body>
  <h1>Lease  &amp; terms</h1>
  <p>The rent is <b>1,850&nbsp;EUR</b>
     a month.</p>
  <script>document.write("<p>not text</p>")</script>
  <ul><li>Deposit: two months</li><li>Pets allowed</li></ul>
  <div hidden><p>secret draft</p></div>
  <p style="display: none">also hidden</p>
  <span aria-hidden="true">icon</span>
  <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Boiler</td><td>900</td></tr></table>
  <p>Line one<br>line two <img src="x.png" alt="a floor plan"></p>
</body></html>"#;
        assert_eq!(
            visible_text(html),
            "# Lease & terms\n\nThe rent is 1,850 EUR a month.\n\n- Deposit: two months\n- Pets allowed\n\n\
Item | Cost\nBoiler | 900\n\nLine one\nline two a floor plan"
        );
    }

    #[test]
    fn broken_markup_still_gives_its_text() {
        assert_eq!(visible_text("<p>open <b>bold <i>both</p> after"), "open bold both\n\nafter");
        assert_eq!(visible_text("<div hidden><p>x</div>shown"), "shown");
        assert_eq!(visible_text("<script>never closed"), "");
        assert_eq!(visible_text("plain text, no tags"), "plain text, no tags");
    }
}
