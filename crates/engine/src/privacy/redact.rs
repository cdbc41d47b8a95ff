//! Placeholders for personal data: [`Redactor`] replaces each value found by
//! [`super::detect`] with a stable placeholder (`[EMAIL_1]`: the same value
//! gets the same placeholder for the whole run) and restores the values in
//! what comes back. The mapping never leaves the device.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::detect::{find_pii, Listed, PiiKind};

/// One value replaced in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    pub kind: PiiKind,
    pub placeholder: String,
}

#[derive(Debug, Default)]
pub struct Redactor {
    listed: Listed,
    by_value: HashMap<(PiiKind, String), String>,
    by_placeholder: HashMap<String, String>,
    counters: BTreeMap<PiiKind, u32>,
}

/// The form two mentions of one value share (`+1 415 555 0132` and
/// `(415) 555-0132` differ; `Jane@Example.org` and `jane@example.org` do not).
fn identity(kind: PiiKind, value: &str) -> String {
    match kind {
        PiiKind::Phone | PiiKind::Card | PiiKind::Ssn => value.chars().filter(char::is_ascii_digit).collect(),
        PiiKind::Iban => value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase(),
        PiiKind::Email | PiiKind::Ip | PiiKind::Person | PiiKind::Term => value.to_lowercase(),
        PiiKind::Birthdate => value.to_string(),
    }
}

impl Redactor {
    pub fn new(listed: Listed) -> Self {
        Self { listed, ..Self::default() }
    }

    /// `text` with every value replaced, and what was replaced (in order).
    pub fn redact(&mut self, text: &str) -> (String, Vec<Replaced>) {
        let found = find_pii(text, &self.listed);
        if found.is_empty() {
            return (text.to_string(), Vec::new());
        }
        let mut out = String::with_capacity(text.len());
        let mut replaced = Vec::with_capacity(found.len());
        let mut copied = 0;
        for item in found {
            let value = &text[item.span.clone()];
            let placeholder = self.placeholder(item.kind, value);
            out.push_str(&text[copied..item.span.start]);
            out.push_str(&placeholder);
            copied = item.span.end;
            replaced.push(Replaced { kind: item.kind, placeholder });
        }
        out.push_str(&text[copied..]);
        (out, replaced)
    }

    fn placeholder(&mut self, kind: PiiKind, value: &str) -> String {
        let key = (kind, identity(kind, value));
        if let Some(existing) = self.by_value.get(&key) {
            return existing.clone();
        }
        let counter = self.counters.entry(kind).or_insert(0);
        *counter += 1;
        let placeholder = format!("[{}_{}]", kind.label(), counter);
        self.by_value.insert(key, placeholder.clone());
        self.by_placeholder.insert(placeholder.clone(), value.to_string());
        placeholder
    }

    /// `text` with every known placeholder back to its value.
    pub fn restore(&self, text: &str) -> String {
        if self.by_placeholder.is_empty() || !text.contains('[') {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let tail = &rest[open..];
            let close = tail.find(']').filter(|c| *c <= 24);
            match close.and_then(|c| self.by_placeholder.get(&tail[..=c]).map(|v| (c, v))) {
                Some((close, value)) => {
                    out.push_str(value);
                    rest = &tail[close + 1..];
                }
                None => {
                    out.push('[');
                    rest = &tail[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Like [`Self::restore`], but a reply that is JSON stays valid JSON:
    /// values are restored inside its strings (a value may hold a quote).
    pub fn restore_reply(&self, text: &str) -> String {
        if self.by_placeholder.is_empty() || !text.contains('[') {
            return text.to_string();
        }
        match serde_json::from_str::<Value>(text.trim()) {
            Ok(mut value @ (Value::Object(_) | Value::Array(_))) => {
                self.restore_strings(&mut value);
                serde_json::to_string(&value).unwrap_or_else(|_| text.to_string())
            }
            _ => self.restore(text),
        }
    }

    fn restore_strings(&self, value: &mut Value) {
        match value {
            Value::String(s) => *s = self.restore(s),
            Value::Array(items) => items.iter_mut().for_each(|v| self.restore_strings(v)),
            Value::Object(map) => map.values_mut().for_each(|v| self.restore_strings(v)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_value_keeps_its_placeholder_and_comes_back() {
        let mut redactor = Redactor::new(Listed { names: vec!["Jane Doe".into()], terms: vec![] });
        let (first, replaced) = redactor.redact("Jane Doe (jane@example.org, 415-555-0132) signed.");
        assert_eq!(first, "[PERSON_1] ([EMAIL_1], [PHONE_1]) signed.");
        assert_eq!(replaced.len(), 3);
        let (second, _) = redactor.redact("Ask JANE@example.org or bob@example.org.");
        assert_eq!(second, "Ask [EMAIL_1] or [EMAIL_2].");
        assert_eq!(
            redactor.restore("Mail [EMAIL_2], not [EMAIL_9] or [x]."),
            "Mail bob@example.org, not [EMAIL_9] or [x]."
        );
    }

    #[test]
    fn a_json_reply_stays_json_when_a_value_has_quotes() {
        let mut redactor = Redactor::new(Listed { names: vec![], terms: vec!["O\"Brien Ltd".into()] });
        let (_, replaced) = redactor.redact("Supplier: O\"Brien Ltd.");
        assert_eq!(replaced[0].placeholder, "[TERM_1]");
        let restored = redactor.restore_reply(r#"{"decision":"final","answer":"[TERM_1] supplies it"}"#);
        let value: Value = serde_json::from_str(&restored).expect("still JSON");
        assert_eq!(value["answer"], "O\"Brien Ltd supplies it");
    }
}
