//! The geometry of the evaluation's pictures, in SVG user units: the
//! cost–accuracy plot (cloud tokens on a log axis, accuracy up, one point a
//! protocol) and the per-question bars (one bar a protocol, its height the
//! cloud tokens on the same kind of axis, its colour whether it was right).
//! Pure: the page puts the markup these functions write into the panel
//! (every label escaped), which costs far less WebAssembly than building
//! each shape as a reactive view.

use minions_engine::config::Protocol;
use minions_engine::eval::results::{Row, Summary};

use super::eval_tables::{correct_value, verdict};
use super::i18n::format::percent;
use super::i18n::labels;
use super::markup::Markup;
use crate::tr;

pub const WIDTH: f64 = 480.0;
pub const HEIGHT: f64 = 260.0;
pub const LEFT: f64 = 52.0;
pub const RIGHT: f64 = WIDTH - 16.0;
pub const TOP: f64 = 14.0;
pub const BOTTOM: f64 = HEIGHT - 40.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

/// Token counts on a log axis; zero (a protocol that sends nothing) gets
/// its own place at the start, before the first power of ten.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TokenScale {
    low_power: i32,
    high_power: i32,
    has_zero: bool,
}

/// The share of the axis kept for zero, when some value is zero.
const ZERO_BAND: f64 = 0.12;

impl TokenScale {
    fn of(values: impl Iterator<Item = u64> + Clone) -> Self {
        let positive = values.clone().filter(|v| *v > 0);
        let low = positive.clone().min().unwrap_or(1) as f64;
        let high = positive.max().unwrap_or(10) as f64;
        let low_power = low.log10().floor() as i32;
        let high_power = (high.log10().ceil() as i32).max(low_power + 1);
        Self { low_power, high_power, has_zero: values.into_iter().any(|v| v == 0) }
    }

    /// Where `tokens` falls between 0 (start) and 1 (end).
    fn fraction(&self, tokens: u64) -> f64 {
        let start = if self.has_zero { ZERO_BAND } else { 0.0 };
        if tokens == 0 {
            return 0.0;
        }
        let span = f64::from(self.high_power - self.low_power);
        let along = ((tokens as f64).log10() - f64::from(self.low_power)) / span;
        start + (1.0 - start) * along.clamp(0.0, 1.0)
    }

    fn ticks(&self, from: f64, to: f64) -> Vec<Tick> {
        let place = |fraction: f64| from + (to - from) * fraction;
        let mut ticks = Vec::new();
        if self.has_zero {
            ticks.push(Tick { at: place(0.0), label: "0".into() });
        }
        for power in self.low_power..=self.high_power {
            let tokens = 10u64.saturating_pow(power.max(0) as u32);
            ticks.push(Tick { at: place(self.fraction(tokens)), label: short_count(tokens) });
        }
        ticks
    }
}

/// 1, 10, 100, 1k, 10k, 100k, 1M…
pub fn short_count(n: u64) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=999_999 => format!("{}k", n / 1_000),
        _ => format!("{}M", n / 1_000_000),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlotPoint {
    pub protocol: Protocol,
    pub x: f64,
    pub y: f64,
    pub accuracy: f64,
    pub cloud_tokens: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CostAccuracyPlot {
    pub points: Vec<PlotPoint>,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
}

fn accuracy_y(accuracy: f64) -> f64 {
    BOTTOM - (BOTTOM - TOP) * accuracy.clamp(0.0, 1.0)
}

/// One point per protocol with a known accuracy.
pub fn cost_accuracy(summaries: &[Summary]) -> CostAccuracyPlot {
    let scored: Vec<&Summary> = summaries.iter().filter(|s| s.accuracy.is_some()).collect();
    let scale = TokenScale::of(scored.iter().map(|s| s.cloud_tokens));
    let points = scored
        .iter()
        .map(|s| {
            let accuracy = s.accuracy.unwrap_or(0.0);
            PlotPoint {
                protocol: s.protocol,
                x: LEFT + (RIGHT - LEFT) * scale.fraction(s.cloud_tokens),
                y: accuracy_y(accuracy),
                accuracy,
                cloud_tokens: s.cloud_tokens,
            }
        })
        .collect();
    let y_ticks =
        (0..=4).map(|i| Tick { at: accuracy_y(f64::from(i) / 4.0), label: percent(f64::from(i) / 4.0, 0) }).collect();
    CostAccuracyPlot { points, x_ticks: scale.ticks(LEFT, RIGHT), y_ticks }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub question_id: String,
    pub protocol: Protocol,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub correct: Option<bool>,
    pub cloud_tokens: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionBars {
    pub bars: Vec<Bar>,
    /// One label under each question's group of bars.
    pub groups: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
}

/// The shortest bar, so that a protocol with no cloud tokens still shows
/// whether it was right.
const STUB: f64 = 3.0;

/// A group of bars per question (in `question_ids` order), one bar per
/// protocol that has a row for it.
pub fn question_bars(question_ids: &[String], rows: &[Row]) -> QuestionBars {
    let protocols: Vec<Protocol> =
        Protocol::ALL.into_iter().filter(|p| rows.iter().any(|r| r.protocol == *p)).collect();
    let ids: Vec<&String> = question_ids.iter().filter(|id| rows.iter().any(|r| &r.question_id == *id)).collect();
    let scale = TokenScale::of(rows.iter().map(|r| r.cloud_tokens));
    let group_width = (RIGHT - LEFT) / ids.len().max(1) as f64;
    let bar_width = (group_width * 0.8 / protocols.len().max(1) as f64).min(28.0);
    let mut bars = Vec::new();
    let mut groups = Vec::new();
    for (g, id) in ids.iter().enumerate() {
        let group_start = LEFT + group_width * g as f64;
        let used = bar_width * protocols.len() as f64;
        let first = group_start + (group_width - used) / 2.0;
        groups.push(Tick { at: group_start + group_width / 2.0, label: (*id).clone() });
        for (b, protocol) in protocols.iter().enumerate() {
            let Some(row) = rows.iter().find(|r| &&r.question_id == id && r.protocol == *protocol) else { continue };
            let height = ((BOTTOM - TOP) * scale.fraction(row.cloud_tokens)).max(STUB);
            bars.push(Bar {
                question_id: row.question_id.clone(),
                protocol: *protocol,
                x: first + bar_width * b as f64,
                y: BOTTOM - height,
                width: bar_width * 0.9,
                height,
                correct: row.correct,
                cloud_tokens: row.cloud_tokens,
            });
        }
    }
    let y_ticks = scale.ticks(BOTTOM, TOP);
    QuestionBars { bars, groups, y_ticks }
}

fn svg_open(out: &mut Markup, class: &'static str, label: &str) {
    out.push(
        "<svg class=\"{}\" data-testid=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\
         <line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\
         <line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        &[&class, &class, &WIDTH, &HEIGHT, &label, &LEFT, &BOTTOM, &RIGHT, &BOTTOM, &LEFT, &TOP, &LEFT, &BOTTOM],
    );
}

/// A coordinate as the pictures write it.
fn at(value: f64) -> impl std::fmt::Display {
    format!("{value:.1}")
}

fn x_label(out: &mut Markup, x: f64, label: &str) {
    out.push(
        "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
        &[&at(x), &at(BOTTOM + 14.0), &label],
    );
}

fn y_label(out: &mut Markup, y: f64, label: &str) {
    out.push(
        "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        &[&at(LEFT - 6.0), &at(y + 4.0), &label],
    );
}

fn axis_title(out: &mut Markup, title: &str) {
    out.push(
        "<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></svg>",
        &[&at((LEFT + RIGHT) / 2.0), &at(HEIGHT - 6.0), &title],
    );
}

/// The cost–accuracy plot as SVG markup (`data-testid="eval-plot"`, one
/// `eval-point` per protocol).
pub fn cost_accuracy_svg(summaries: &[Summary]) -> String {
    let plot = cost_accuracy(summaries);
    let mut out = Markup::new();
    svg_open(&mut out, "eval-plot", &tr!("evaluation-plot-label"));
    for tick in &plot.x_ticks {
        out.push(
            "<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            &[&at(tick.at), &TOP, &at(tick.at), &BOTTOM],
        );
        x_label(&mut out, tick.at, &tick.label);
    }
    for tick in &plot.y_ticks {
        out.push(
            "<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            &[&LEFT, &at(tick.at), &RIGHT, &at(tick.at)],
        );
        y_label(&mut out, tick.at, &tick.label);
    }
    for p in &plot.points {
        let (value, label) = (p.protocol.value(), labels::protocol(p.protocol));
        let title =
            tr!("evaluation-plot-point", protocol = &label, accuracy = percent(p.accuracy, 0), tokens = p.cloud_tokens);
        out.push(
            "<g class=\"point {}\" data-testid=\"eval-point\" data-protocol=\"{}\">\
             <circle cx=\"{}\" cy=\"{}\" r=\"6\"><title>{}</title></circle>\
             <text x=\"{}\" y=\"{}\">{}</text></g>",
            &[&value, &value, &at(p.x), &at(p.y), &title, &at(p.x + 9.0), &at(p.y - 8.0), &label],
        );
    }
    axis_title(&mut out, &tr!("evaluation-plot-axis"));
    out.into_string()
}

/// The per-question bars as SVG markup (`data-testid="eval-bars"`).
pub fn question_bars_svg(question_ids: &[String], rows: &[Row]) -> String {
    let chart = question_bars(question_ids, rows);
    let mut out = Markup::new();
    svg_open(&mut out, "eval-bars", &tr!("evaluation-bars-label"));
    for tick in &chart.y_ticks {
        y_label(&mut out, tick.at, &tick.label);
    }
    for group in &chart.groups {
        x_label(&mut out, group.at, &group.label);
    }
    for b in &chart.bars {
        let title = tr!(
            "evaluation-bars-bar",
            question = &b.question_id,
            protocol = labels::protocol(b.protocol),
            verdict = verdict(b.correct),
            tokens = b.cloud_tokens
        );
        out.push(
            "<rect class=\"bar correct-{} {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">\
             <title>{}</title></rect>",
            &[&correct_value(b.correct), &b.protocol.value(), &at(b.x), &at(b.y), &at(b.width), &at(b.height), &title],
        );
    }
    axis_title(&mut out, &tr!("evaluation-bars-axis"));
    out.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(protocol: Protocol, accuracy: Option<f64>, cloud_tokens: u64) -> Summary {
        Summary {
            protocol,
            questions: 4,
            correct: 0,
            accuracy,
            cloud_tokens,
            local_tokens: 0,
            dollars: None,
            seconds: 0.0,
            accuracy_kept: None,
            cloud_token_fraction: None,
        }
    }

    #[test]
    fn points_sit_on_a_log_token_axis_with_zero_at_the_start() {
        let plot = cost_accuracy(&[
            summary(Protocol::Minion, Some(0.75), 1_000),
            summary(Protocol::Local, Some(0.5), 0),
            summary(Protocol::Cloud, Some(1.0), 100_000),
            summary(Protocol::Minions, None, 5_000),
        ]);
        assert_eq!(plot.points.len(), 3, "a protocol with no scored row has no point");
        let labels: Vec<&str> = plot.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "1k", "10k", "100k"]);
        let at = |p: Protocol| plot.points.iter().find(|q| q.protocol == p).expect("point");
        assert_eq!(at(Protocol::Local).x, LEFT);
        assert_eq!(at(Protocol::Cloud).x, RIGHT);
        let start = LEFT + (RIGHT - LEFT) * ZERO_BAND;
        assert!((at(Protocol::Minion).x - start).abs() < 1e-9, "1k is the first power of ten");
        assert_eq!((at(Protocol::Cloud).y, at(Protocol::Local).y), (TOP, (TOP + BOTTOM) / 2.0));
        // Equal steps per power of ten.
        let steps: Vec<f64> = plot.x_ticks.windows(2).skip(1).map(|w| w[1].at - w[0].at).collect();
        assert!((steps[0] - steps[1]).abs() < 1e-9);
    }

    #[test]
    fn one_token_count_still_spans_a_power_of_ten() {
        let plot = cost_accuracy(&[summary(Protocol::Minion, Some(1.0), 2_000)]);
        assert_eq!(plot.x_ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["1k", "10k"]);
        assert!(plot.points[0].x > LEFT && plot.points[0].x < RIGHT);
        assert!(cost_accuracy(&[]).points.is_empty());
    }

    #[test]
    fn bars_group_by_question_and_show_zero_token_rows() {
        let row = |id: &str, protocol, correct, cloud_tokens| Row { correct, cloud_tokens, ..Row::blank(id, protocol) };
        let rows = [
            row("b", Protocol::Cloud, Some(true), 10_000),
            row("a", Protocol::Local, Some(false), 0),
            row("a", Protocol::Cloud, None, 1_000),
        ];
        let ids = ["a".to_string(), "b".to_string(), "unasked".to_string()];
        let chart = question_bars(&ids, &rows);
        assert_eq!(chart.groups.iter().map(|g| g.label.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(chart.bars.len(), 3);
        let local = &chart.bars[0];
        assert_eq!((local.protocol, local.height, local.correct), (Protocol::Local, STUB, Some(false)));
        let tallest = chart.bars.iter().map(|b| b.height).fold(0.0, f64::max);
        assert_eq!(tallest, BOTTOM - TOP);
        assert!(chart.bars.iter().all(|b| b.x >= LEFT && b.x + b.width <= RIGHT));
        assert!(chart.bars[1].x < chart.bars[2].x, "question a before question b");
    }

    #[test]
    fn the_markup_has_a_point_per_protocol_a_bar_per_row_and_escapes_ids() {
        let svg = cost_accuracy_svg(&[
            summary(Protocol::Minion, Some(0.75), 1_000),
            summary(Protocol::Cloud, Some(1.0), 100_000),
        ]);
        assert!(svg.starts_with("<svg class=\"eval-plot\" data-testid=\"eval-plot\"") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("data-testid=\"eval-point\"").count(), 2);
        assert!(svg.contains("<title>Cloud only: 100% at 100000 cloud tokens</title>"));
        let row = Row::blank("<b onmouseover=x>", Protocol::Local);
        let bars = question_bars_svg(&["<b onmouseover=x>".to_string()], &[row]);
        assert_eq!(bars.matches("<rect ").count(), 1);
        assert!(!bars.contains("<b ") && bars.contains("&lt;b onmouseover=x&gt;"));
    }
}
