//! The catalogs are whole and the page's text comes from them: every
//! language has exactly English's messages with English's variables, every
//! file parses, every key the source asks for exists and every English
//! message is asked for, and the page's markup holds no text of its own.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

const LANGUAGES: [&str; 6] = ["en", "de", "fr", "es", "zh-CN", "ja"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The areas: the English files (the page's `AREAS` include each of them).
fn areas() -> Vec<String> {
    let mut areas: Vec<String> = std::fs::read_dir(root().join("locales/en"))
        .expect("locales/en")
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".ftl").map(str::to_string))
        .collect();
    areas.sort();
    areas
}

/// Each message's variables, by key.
fn messages(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = match parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                } else {
                    panic!("{}: {} has no value", path.display(), message.id.name);
                }
                let key = message.id.name.to_string();
                assert!(out.insert(key.clone(), variables).is_none(), "{}: {key} twice", path.display());
            }
            ast::Entry::Junk { content } => panic!("{}: cannot read {content:?}", path.display()),
            _ => {}
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_english_s_messages_with_english_s_variables() {
    let areas = areas();
    assert!(areas.len() >= 8, "{areas:?}");
    let page_areas = std::fs::read_to_string(root().join("src/web/i18n/catalog.rs")).unwrap();
    let mut problems = Vec::new();
    for area in &areas {
        assert!(page_areas.contains(&format!("\"{area}\"")), "src/web/i18n/catalog.rs does not load the {area} area");
        let english = messages(&root().join(format!("locales/en/{area}.ftl")));
        for lang in &LANGUAGES[1..] {
            let path = root().join(format!("locales/{lang}/{area}.ftl"));
            let theirs = messages(&path);
            for (key, variables) in &english {
                match theirs.get(key) {
                    None => problems.push(format!("{lang}/{area}.ftl lacks {key}")),
                    Some(v) if v != variables => {
                        problems.push(format!("{lang}/{area}.ftl: {key} uses {v:?}, English {variables:?}"))
                    }
                    Some(_) => {}
                }
            }
            for key in theirs.keys().filter(|k| !english.contains_key(*k)) {
                problems.push(format!("{lang}/{area}.ftl has {key}, which English does not"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The page's Rust source, file by file.
fn page_sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![root().join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path, text));
            }
        }
    }
    files.sort();
    files
}

/// The keys the source asks for with `tr!("key"…)` (the key may be on the
/// next line).
fn keys_asked_for(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for (at, _) in source.match_indices("tr!(") {
        // `tr!`, not `include_str!` or another macro ending in "tr".
        if source[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let line_start = source[..at].rfind('\n').map_or(0, |n| n + 1);
        if source[line_start..at].trim_start().starts_with("//") {
            continue;
        }
        let rest = source[at + 4..].trim_start();
        if let Some(quoted) = rest.strip_prefix('"') {
            if let Some(end) = quoted.find('"') {
                keys.push(quoted[..end].to_string());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_page_asks_for_is_in_english_and_every_english_message_is_asked_for() {
    let mut english = BTreeSet::new();
    for area in areas() {
        english.extend(messages(&root().join(format!("locales/en/{area}.ftl"))).into_keys());
    }
    let mut asked = BTreeSet::new();
    let mut missing = Vec::new();
    for (path, source) in page_sources() {
        for key in keys_asked_for(&source) {
            if !english.contains(&key) {
                missing.push(format!("{}: {key}", path.strip_prefix(root()).unwrap().display()));
            }
            asked.insert(key);
        }
    }
    assert!(missing.is_empty(), "keys not in locales/en:\n{}", missing.join("\n"));
    let unused: Vec<_> = english.difference(&asked).collect();
    assert!(unused.is_empty(), "English messages nothing asks for: {unused:?}");
}

/// Text in markup: a string literal that is a child of an element
/// (`<b>"Load"</b>`, `{"Load"}`) or a shown attribute's value
/// (`title="…"`, `aria-label="…"`, `placeholder="…"`, `alt="…"`).
fn markup_text(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        while let Some(start) = line[i..].find('"').map(|s| s + i) {
            let Some(len) = line[start + 1..].find('"') else { break };
            let end = start + 1 + len;
            let literal = &line[start + 1..end];
            let before = line[..start].trim_end();
            let after = line[end + 1..].trim_start();
            let child = (before.ends_with('>') && !before.ends_with("=>") && !before.ends_with("->"))
                && (after.starts_with('<') || after.is_empty())
                || before.strip_suffix('{').is_some_and(|b| {
                    // `<i>{"text"}</i>`, not `if x > 0 { "warn" }`.
                    let b = b.trim_end();
                    b.is_empty() || b.ends_with('>') || b.ends_with('}')
                }) && after.starts_with('}');
            let shown_attribute = ["title=", "aria-label=", "placeholder=", "alt="].iter().any(|a| before.ends_with(a));
            // An address (a placeholder's example URL) is not words to translate.
            let address = literal.starts_with("http://") || literal.starts_with("https://");
            if (child || shown_attribute) && !address && literal.chars().any(|c| c.is_alphabetic()) {
                found.push(format!("line {}: \"{literal}\"", number + 1));
            }
            i = end + 1;
            if i >= bytes.len() {
                break;
            }
        }
    }
    found
}

#[test]
fn the_page_s_markup_has_no_text_of_its_own() {
    let mut found = Vec::new();
    for (path, source) in page_sources() {
        if !source.contains("view!") {
            continue;
        }
        for text in markup_text(&source) {
            found.push(format!("{}: {text}", path.strip_prefix(root()).unwrap().display()));
        }
    }
    assert!(found.is_empty(), "text in the markup, not from a catalog:\n{}", found.join("\n"));
}

#[test]
fn the_markup_scan_finds_text_where_it_is() {
    let found = markup_text(
        "view! {\n<button>\"Load\"</button>\n<p title=\"Shown on hover\">{tr!(\"x\")}</p>\n<i>{\"An aside\"}</i>\n<b class=\"badge\">\"·\"</b>\n<b class={if n > 0 { \"warn\" } else { \"ok\" }}></b>\n<input placeholder=\"https://example.org/model.gguf\"/>\n}",
    );
    assert_eq!(found, ["line 2: \"Load\"", "line 3: \"Shown on hover\"", "line 4: \"An aside\""]);
}
