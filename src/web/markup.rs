//! HTML and SVG markup written as text, escaped by default.
//!
//! [`Markup`] takes markup only as `&'static str` (literals the program
//! wrote) and every value through a `{}` placeholder of such a literal,
//! escaped: model output, question ids or run ids cannot become markup,
//! whatever the caller forgets. The evaluation's tables and pictures are
//! written with it (far less WebAssembly than a reactive view per cell).

use std::fmt::Display;

/// Text made safe for an HTML text node or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Markup being written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes `template`, with each `{}` replaced by the next value of
    /// `values`, escaped. Values left over are ignored; placeholders left
    /// over are written empty.
    pub fn push(&mut self, template: &'static str, values: &[&dyn Display]) -> &mut Self {
        let mut values = values.iter();
        let mut parts = template.split("{}");
        if let Some(first) = parts.next() {
            self.0.push_str(first);
        }
        for part in parts {
            if let Some(value) = values.next() {
                self.0.push_str(&escape(&value.to_string()));
            }
            self.0.push_str(part);
        }
        self
    }

    /// Writes markup made by another `Markup`.
    pub fn append(&mut self, other: Markup) -> &mut Self {
        self.0.push_str(&other.0);
        self
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_templates_are_not() {
        let mut markup = Markup::new();
        markup.push("<td data-run=\"{}\">{}</td>", &[&"a\"><script>", &"1 < 2 & 'x'"]);
        assert_eq!(markup.into_string(), "<td data-run=\"a&quot;&gt;&lt;script&gt;\">1 &lt; 2 &amp; &#39;x&#39;</td>");
    }

    #[test]
    fn numbers_and_nested_markup_go_in_as_they_are() {
        let mut inner = Markup::new();
        inner.push("<b>{}</b>", &[&format_args!("{:.1}", 2.26)]);
        let mut outer = Markup::new();
        outer.push("<p>", &[]).append(inner).push("{} {}</p>", &[&7, &"x"]);
        assert_eq!(outer.into_string(), "<p><b>2.3</b>7 x</p>");
        let mut short = Markup::new();
        short.push("{}-{}", &[&1]);
        assert_eq!(short.into_string(), "1-");
    }
}
