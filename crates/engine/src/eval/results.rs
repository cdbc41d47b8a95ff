//! Results of an evaluation: one [`Row`] per question and protocol, folded
//! into a [`Summary`] per protocol (accuracy, cloud and local tokens,
//! dollars, time) with its ratios to cloud only, and exported as CSV or
//! JSON (the JSON reads back).

use serde::{Deserialize, Serialize};

use crate::config::Protocol;
use crate::error::RunError;

/// Why a row has no answer, typed so that the page can word it; `Display`
/// is the English a row's `reply` keeps.
#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
pub enum RowError {
    /// The question names documents of which none is loaded.
    #[error("None of the documents it names is loaded: {}.", .names.join(", "))]
    NotLoaded { names: Vec<String> },
    /// The run ended failed, or was not allowed to run.
    #[error("{0}")]
    Run(RunError),
}

/// One question under one protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub question_id: String,
    pub protocol: Protocol,
    /// `None` when unknown: the judge could not decide, the run was not
    /// allowed (cloud only without consent) or its documents are not
    /// loaded. A run that failed gave no answer: `Some(false)`.
    pub correct: Option<bool>,
    pub reply: String,
    pub cloud_tokens: u64,
    pub local_tokens: u64,
    pub dollars: Option<f64>,
    pub seconds: f64,
    /// The history entry of the run, to open it.
    pub run_id: Option<String>,
    /// The run ended failed: it gave no answer (`reply` says why).
    #[serde(default)]
    pub failed: bool,
    /// Why there is no answer, typed (`reply` holds its English); absent
    /// from rows saved before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<RowError>,
}

impl Row {
    /// A row not yet run: no reply, nothing counted.
    pub fn blank(question_id: &str, protocol: Protocol) -> Self {
        Self {
            question_id: question_id.to_string(),
            protocol,
            correct: None,
            reply: String::new(),
            cloud_tokens: 0,
            local_tokens: 0,
            dollars: None,
            seconds: 0.0,
            run_id: None,
            failed: false,
            error: None,
        }
    }
}

/// One protocol over every question it ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub protocol: Protocol,
    pub questions: usize,
    pub correct: usize,
    /// Correct of those scored (unknown ones left out); `None` if none was.
    pub accuracy: Option<f64>,
    pub cloud_tokens: u64,
    pub local_tokens: u64,
    pub dollars: Option<f64>,
    pub seconds: f64,
    /// Accuracy as a share of cloud only's, and cloud tokens as a fraction
    /// of cloud only's, when cloud only ran.
    pub accuracy_kept: Option<f64>,
    pub cloud_token_fraction: Option<f64>,
}

impl Summary {
    /// "keeps 94% of the accuracy at 1/12 of the cloud tokens".
    pub fn against_cloud(&self) -> Option<String> {
        let kept = self.accuracy_kept?;
        let fraction = self.cloud_token_fraction?;
        let tokens = if fraction <= 0.0 {
            "with no cloud tokens".to_string()
        } else if fraction < 1.0 {
            format!("at 1/{:.0} of the cloud tokens", 1.0 / fraction)
        } else {
            format!("at {fraction:.1}× the cloud tokens")
        };
        Some(format!("keeps {:.0}% of the accuracy {tokens}", kept * 100.0))
    }
}

/// The summary of each protocol in `rows`, in [`Protocol::ALL`] order.
pub fn summarize(rows: &[Row]) -> Vec<Summary> {
    let mut summaries: Vec<Summary> = Protocol::ALL
        .iter()
        .filter(|p| rows.iter().any(|r| r.protocol == **p))
        .map(|&protocol| {
            let mine: Vec<&Row> = rows.iter().filter(|r| r.protocol == protocol).collect();
            let scored = mine.iter().filter(|r| r.correct.is_some()).count();
            let correct = mine.iter().filter(|r| r.correct == Some(true)).count();
            let dollars: Vec<f64> = mine.iter().filter_map(|r| r.dollars).collect();
            Summary {
                protocol,
                questions: mine.len(),
                correct,
                accuracy: (scored > 0).then(|| correct as f64 / scored as f64),
                cloud_tokens: mine.iter().map(|r| r.cloud_tokens).sum(),
                local_tokens: mine.iter().map(|r| r.local_tokens).sum(),
                dollars: (!dollars.is_empty()).then(|| dollars.iter().sum()),
                seconds: mine.iter().map(|r| r.seconds).sum(),
                accuracy_kept: None,
                cloud_token_fraction: None,
            }
        })
        .collect();
    let cloud = summaries.iter().find(|s| s.protocol == Protocol::Cloud).cloned();
    if let Some(cloud) = cloud {
        for summary in &mut summaries {
            summary.accuracy_kept = match (summary.accuracy, cloud.accuracy) {
                (Some(mine), Some(theirs)) if theirs > 0.0 => Some(mine / theirs),
                _ => None,
            };
            summary.cloud_token_fraction =
                (cloud.cloud_tokens > 0).then(|| summary.cloud_tokens as f64 / cloud.cloud_tokens as f64);
        }
    }
    summaries
}

/// A text cell a spreadsheet will not run: OWASP's rule for CSV injection
/// (a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// a formula to Excel, LibreOffice and Google Sheets, so it gets a leading
/// `'`, which they show as text).
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One CSV record, quoted where needed by `csv-core`'s writer.
fn csv_record(fields: &[&str], out: &mut String) {
    let mut writer = csv_core::WriterBuilder::new().terminator(csv_core::Terminator::Any(b'\n')).build();
    let mut bytes = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        // Room for every byte doubled (quotes) and the quotes around it.
        let mut buffer = vec![0; field.len() * 2 + 4];
        let mut used = 0;
        if i > 0 {
            used += writer.delimiter(&mut buffer[used..]).1;
        }
        used += writer.field(field.as_bytes(), &mut buffer[used..]).2;
        bytes.extend_from_slice(&buffer[..used]);
    }
    let mut end = [0; 4];
    let used = writer.terminator(&mut end).1;
    bytes.extend_from_slice(&end[..used]);
    out.push_str(&String::from_utf8_lossy(&bytes));
}

/// The rows as CSV, one record each; text cells cannot become formulas.
pub fn to_csv(rows: &[Row]) -> String {
    let mut out = String::new();
    csv_record(
        &["question_id", "protocol", "correct", "reply", "cloud_tokens", "local_tokens", "dollars", "seconds"],
        &mut out,
    );
    for row in rows {
        let correct = match row.correct {
            Some(true) => "true",
            Some(false) => "false",
            None => "unknown",
        };
        csv_record(
            &[
                &defused(&row.question_id),
                row.protocol.value(),
                correct,
                &defused(&row.reply),
                &row.cloud_tokens.to_string(),
                &row.local_tokens.to_string(),
                &row.dollars.map(|d| format!("{d:.6}")).unwrap_or_default(),
                &format!("{:.2}", row.seconds),
            ],
            &mut out,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, protocol: Protocol, correct: Option<bool>, cloud: u64) -> Row {
        Row {
            question_id: id.into(),
            protocol,
            correct,
            reply: format!("reply, \"{id}\""),
            cloud_tokens: cloud,
            local_tokens: 100,
            dollars: Some(0.01),
            seconds: 2.0,
            run_id: None,
            failed: false,
            error: None,
        }
    }

    #[test]
    fn summaries_compare_each_protocol_with_cloud_only() {
        let rows = vec![
            row("q1", Protocol::Cloud, Some(true), 12_000),
            row("q2", Protocol::Cloud, Some(true), 12_000),
            row("q1", Protocol::Minion, Some(true), 1_000),
            row("q2", Protocol::Minion, Some(false), 1_000),
            row("q1", Protocol::Local, Some(true), 0),
            row("q2", Protocol::Local, None, 0),
        ];
        let summaries = summarize(&rows);
        assert_eq!(
            summaries.iter().map(|s| s.protocol).collect::<Vec<_>>(),
            [Protocol::Minion, Protocol::Local, Protocol::Cloud]
        );
        assert_eq!(summaries[0].accuracy, Some(0.5));
        assert_eq!(
            summaries[0].against_cloud().as_deref(),
            Some("keeps 50% of the accuracy at 1/12 of the cloud tokens")
        );
        assert_eq!((summaries[1].accuracy, summaries[1].correct), (Some(1.0), 1), "unknown rows are not scored");
        assert_eq!(summaries[1].against_cloud().as_deref(), Some("keeps 100% of the accuracy with no cloud tokens"));
        assert_eq!(
            summaries[2].against_cloud().as_deref(),
            Some("keeps 100% of the accuracy at 1.0× the cloud tokens")
        );
    }

    #[test]
    fn rows_export_as_csv_and_json_that_reads_back() {
        let rows = vec![row("q1", Protocol::Minions, None, 5)];
        assert_eq!(
            to_csv(&rows),
            "question_id,protocol,correct,reply,cloud_tokens,local_tokens,dollars,seconds\nq1,minions,unknown,\"reply, \"\"q1\"\"\",5,100,0.010000,2.00\n"
        );
        let json = serde_json::to_string(&rows).expect("json");
        assert_eq!(serde_json::from_str::<Vec<Row>>(&json).expect("reads back"), rows);
    }

    #[test]
    fn a_row_keeps_why_it_has_no_answer_and_old_rows_still_read() {
        let missing = RowError::NotLoaded { names: vec!["lease.pdf".into(), "annex.docx".into()] };
        assert_eq!(missing.to_string(), "None of the documents it names is loaded: lease.pdf, annex.docx.");
        let refused = RowError::Run(RunError::DocumentsMustStay);
        assert_eq!(refused.to_string(), RunError::DocumentsMustStay.to_string());
        let rows = vec![Row { error: Some(refused), ..row("q1", Protocol::Cloud, None, 0) }];
        let json = serde_json::to_string(&rows).expect("json");
        assert_eq!(serde_json::from_str::<Vec<Row>>(&json).expect("reads back"), rows);
        let mut old = serde_json::to_value(row("q1", Protocol::Local, Some(true), 0)).expect("json");
        old.as_object_mut().expect("an object").remove("error");
        old.as_object_mut().expect("an object").remove("failed");
        assert_eq!(serde_json::from_value::<Row>(old).expect("an old row").error, None);
    }

    #[test]
    fn replies_that_look_like_formulas_export_as_text() {
        let mut rows = Vec::new();
        for reply in ["=HYPERLINK(\"http://evil.test\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "fine = ok"] {
            rows.push(Row { reply: reply.into(), ..row("q", Protocol::Local, Some(true), 0) });
        }
        let csv = to_csv(&rows);
        let replies: Vec<&str> = csv.lines().skip(1).filter_map(|l| l.split(',').nth(3)).collect();
        assert_eq!(replies[0], "\"'=HYPERLINK(\"\"http://evil.test\"\"");
        assert_eq!(&replies[1..4], ["'+1", "'-2+3", "'@SUM(A1)"]);
        assert_eq!(replies[4], "'\tx");
        assert!(csv.contains("\"'\rx\""), "a carriage return is quoted: {csv:?}");
        assert!(csv.ends_with(",fine = ok,0,100,0.010000,2.00\n"), "{csv:?}");
        let ids = to_csv(&[Row { question_id: "=1+1".into(), ..row("q", Protocol::Local, None, 0) }]);
        assert!(ids.lines().nth(1).unwrap().starts_with("'=1+1,local,"), "{ids}");
    }
}
