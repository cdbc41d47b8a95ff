//! The evaluation's tables as HTML markup: the summary per protocol and one
//! row per question and protocol. Replies are model output and question ids
//! the user's; [`Markup`] escapes every value. The page puts the markup into
//! the panel and handles the "open run" buttons by their `data-run`.

use minions_engine::eval::results::{summarize, Row, Summary};

use super::eval_text::row_reply;
use super::evaluation::Evaluation;
use super::i18n::format::{count, money, percent};
use super::i18n::labels;
use super::i18n::Arg;
use super::markup::Markup;
use crate::tr;

pub fn correct_value(correct: Option<bool>) -> &'static str {
    match correct {
        Some(true) => "true",
        Some(false) => "false",
        None => "unknown",
    }
}

/// "true", "false", "unknown" in the reader's words: the verdict a row's
/// title shows ([`correct_value`] stays for classes and attributes).
pub fn verdict(correct: Option<bool>) -> String {
    match correct {
        Some(true) => tr!("evaluation-verdict-true"),
        Some(false) => tr!("evaluation-verdict-false"),
        None => tr!("evaluation-verdict-unknown"),
    }
}

/// A duration in the tables' own words: "2.3 s".
fn seconds(value: f64) -> String {
    tr!("evaluation-seconds", seconds = Arg::fixed(value, 1))
}

/// "keeps 94% of the accuracy at 1/12 of the cloud tokens", when cloud only ran.
pub fn against_cloud(summary: &Summary) -> Option<String> {
    let kept = percent(summary.accuracy_kept?, 0);
    let fraction = summary.cloud_token_fraction?;
    Some(if fraction <= 0.0 {
        tr!("evaluation-against-none", kept = &kept)
    } else if fraction < 1.0 {
        tr!("evaluation-against-fraction", kept = &kept, ratio = Arg::fixed(1.0 / fraction, 0))
    } else {
        tr!("evaluation-against-multiple", kept = &kept, ratio = Arg::fixed(fraction, 1))
    })
}

/// Per protocol: accuracy (`eval-accuracy`), cloud tokens
/// (`eval-cloud-tokens`, a plain integer), dollars, local tokens, time and
/// the comparison with cloud only.
pub fn summary_table(rows: &[Row]) -> String {
    let mut out = Markup::new();
    out.push(
        "<table class=\"eval-summary\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        &[
            &tr!("evaluation-column-protocol"),
            &tr!("evaluation-column-accuracy"),
            &tr!("evaluation-column-cloud-tokens"),
            &tr!("evaluation-column-cloud-dollars"),
            &tr!("evaluation-column-local-tokens"),
            &tr!("evaluation-column-time"),
            &tr!("evaluation-column-against-cloud"),
        ],
    );
    for s in summarize(rows) {
        let p = s.protocol.value();
        let accuracy = s.accuracy.map(|a| percent(a, 0)).unwrap_or_else(|| "–".into());
        let dollars = s.dollars.map(|d| money(d, 4)).unwrap_or_else(|| "–".into());
        // The cloud tokens stay a plain integer: the `eval-cloud-tokens` hook is read as one.
        out.push(
            "<tr><th scope=\"row\">{}</th><td data-testid=\"eval-accuracy\" data-protocol=\"{}\">{}</td>\
             <td data-testid=\"eval-cloud-tokens\" data-protocol=\"{}\">{}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td data-testid=\"eval-against-cloud\" data-protocol=\"{}\">{}</td></tr>",
            &[
                &labels::protocol(s.protocol),
                &p,
                &accuracy,
                &p,
                &s.cloud_tokens,
                &dollars,
                &count(s.local_tokens as f64),
                &seconds(s.seconds),
                &p,
                &against_cloud(&s).unwrap_or_default(),
            ],
        );
    }
    out.push("</tbody></table>", &[]);
    out.into_string()
}

/// One `eval-row` per question and protocol, in question order; a row links
/// to its run while `kept(run_id)` says the run is still saved.
pub fn rows_table(evaluation: &Evaluation, kept: &dyn Fn(&str) -> bool) -> String {
    let mut out = Markup::new();
    out.push(
        "<table class=\"eval-rows\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        &[
            &tr!("evaluation-column-question"),
            &tr!("evaluation-column-protocol"),
            &tr!("evaluation-column-right"),
            &tr!("evaluation-column-reply"),
            &tr!("evaluation-column-cloud-tokens"),
            &tr!("evaluation-column-local-tokens"),
            &tr!("evaluation-column-time"),
            &tr!("evaluation-column-run"),
        ],
    );
    for row in evaluation.rows_in_order() {
        let correct = correct_value(row.correct);
        let mark = match row.correct {
            Some(true) => "✓",
            Some(false) => "✗",
            None => "?",
        };
        let question = evaluation.questions.iter().find(|q| q.id == row.question_id).map(|q| q.question.as_str());
        let reply = row_reply(&row);
        out.push(
            "<tr data-testid=\"eval-row\" data-protocol=\"{}\" data-correct=\"{}\" data-failed=\"{}\" data-question=\"{}\">\
             <td title=\"{}\">{}</td><td>{}</td><td class=\"mark correct-{}\">{}</td>\
             <td class=\"reply\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>",
            &[
                &row.protocol.value(),
                &correct,
                &row.failed,
                &row.question_id,
                &question.unwrap_or_default(),
                &row.question_id,
                &labels::protocol(row.protocol),
                &correct,
                &mark,
                &reply,
                &row.cloud_tokens,
                &row.local_tokens,
                &seconds(row.seconds),
            ],
        );
        if let Some(run) = row.run_id.as_deref().filter(|run| kept(run)) {
            out.push(
                "<button class=\"link\" data-testid=\"eval-open-run\" data-run=\"{}\">{}</button>",
                &[&run, &tr!("evaluation-open-run")],
            );
        }
        out.push("</td></tr>", &[]);
    }
    out.push("</tbody></table>", &[]);
    out.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::config::Protocol;

    fn row(protocol: Protocol, correct: Option<bool>, reply: &str) -> Row {
        Row {
            question_id: "rent".into(),
            protocol,
            correct,
            reply: reply.into(),
            cloud_tokens: 1200,
            local_tokens: 3400,
            dollars: None,
            seconds: 2.25,
            run_id: Some("run-1\"><script>".into()),
            failed: false,
            error: None,
        }
    }

    #[test]
    fn rows_carry_their_hooks_and_model_output_stays_text() {
        let evaluation = Evaluation {
            rows: vec![
                row(Protocol::Cloud, None, "<img src=x onerror=alert(1)>"),
                row(Protocol::Minion, Some(true), "1,850 & more"),
            ],
            ..Evaluation::default()
        };
        let html = rows_table(&evaluation, &|_| true);
        assert_eq!(html.matches("data-testid=\"eval-row\"").count(), 2);
        let minion = html.find("data-protocol=\"minion\" data-correct=\"true\"").expect("the minion row");
        let cloud = html.find("data-protocol=\"cloud\" data-correct=\"unknown\"").expect("the cloud row");
        assert!(minion < cloud, "protocol order within a question");
        assert!(!html.contains("<img") && !html.contains("<script>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;") && html.contains("1,850 &amp; more"));
        assert!(html.contains("data-run=\"run-1&quot;&gt;&lt;script&gt;\""));
        assert!(!rows_table(&evaluation, &|_| false).contains("eval-open-run"), "no link to a deleted run");
    }

    #[test]
    fn the_summary_shows_accuracy_and_plain_token_counts() {
        let rows = [row(Protocol::Minion, Some(true), ""), row(Protocol::Cloud, Some(false), "")];
        let html = summary_table(&rows);
        assert!(html.contains("<td data-testid=\"eval-accuracy\" data-protocol=\"minion\">100%</td>"));
        assert!(html.contains("<td data-testid=\"eval-accuracy\" data-protocol=\"cloud\">0%</td>"));
        assert!(html.contains("<td data-testid=\"eval-cloud-tokens\" data-protocol=\"minion\">1200</td>"));
    }
}
