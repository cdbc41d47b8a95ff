//! The typed replies of each protocol step, read from model text with
//! [`super::parse`]. Each `parse` checks what the contract requires (a last
//! round accepts only `final`, a plan needs at least one task) and returns a
//! [`ParseError`] that the protocol sends back to the model in a retry.

use serde::{Deserialize, Serialize};

use super::chunking::ChunkUnit;
use super::parse::{extract_object, salvage_cut, Expected, Fields, ParseError};

/// Minion's opening: `{"message": string}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupervisorQuestion {
    pub message: String,
}

impl SupervisorQuestion {
    pub fn parse(reply: &str) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        let message = non_empty(Fields(&object).string("message")?, "message")?;
        Ok(Self { message })
    }
}

/// The judge's verdict on one reply (evaluation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JudgeVerdict {
    pub correct: bool,
    pub reason: String,
}

impl JudgeVerdict {
    pub fn parse(reply: &str) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        let fields = Fields(&object);
        let correct = fields.keyword("verdict", &["correct", "incorrect"])? == "correct";
        Ok(Self { correct, reason: fields.optional_string("reason")?.unwrap_or_default() })
    }
}

/// The summary of a conversation's earlier turns: `{"summary": string}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationSummary {
    pub summary: String,
}

impl ConversationSummary {
    pub fn parse(reply: &str) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        Ok(Self { summary: non_empty(Fields(&object).string("summary")?, "summary")? })
    }
}

/// Minion's decision after each worker answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MinionDecision {
    Final { answer: String },
    Ask { message: String },
}

impl MinionDecision {
    pub fn parse(reply: &str, last_round: bool) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        let fields = Fields(&object);
        match fields.keyword("decision", &["final", "ask"])?.as_str() {
            "final" => Ok(Self::Final { answer: non_empty(fields.string("answer")?, "answer")? }),
            _ if last_round => Err(last_round_error()),
            _ => Ok(Self::Ask { message: non_empty(fields.string("message")?, "message")? }),
        }
    }
}

/// A plan as the supervisor wrote it, before the engine bounds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawPlan {
    pub chunking: Option<RawChunking>,
    pub tasks: Vec<RawTask>,
    pub top_k: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawChunking {
    pub unit: ChunkUnit,
    pub size: u64,
    pub overlap: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawTask {
    pub id: String,
    pub instruction: String,
    pub advice: String,
    pub keywords: Vec<String>,
}

impl RawPlan {
    pub fn parse(reply: &str) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        let fields = Fields(&object);
        let chunking = match fields.object("chunking") {
            Ok(chunking) => Some(RawChunking {
                unit: match chunking.keyword("unit", &["chars", "pages", "paragraphs"])?.as_str() {
                    "pages" => ChunkUnit::Pages,
                    "paragraphs" => ChunkUnit::Paragraphs,
                    _ => ChunkUnit::Chars,
                },
                size: chunking.optional_count("size")?.ok_or(ParseError::missing("size"))?,
                overlap: chunking.optional_count("overlap")?.unwrap_or(0),
            }),
            Err(ParseError::Missing { .. }) => None,
            Err(error) => return Err(error),
        };
        let mut tasks = Vec::new();
        for (index, item) in fields.array("tasks")?.iter().enumerate() {
            let serde_json::Value::Object(task) = item else {
                return Err(ParseError::wrong_type("tasks", Expected::Objects));
            };
            let task = Fields(task);
            let id = task
                .optional_string("id")?
                .filter(|id| !id.trim().is_empty())
                .unwrap_or_else(|| format!("task{}", index + 1));
            tasks.push(RawTask {
                id,
                instruction: non_empty(task.string("instruction")?, "instruction")?,
                advice: task.optional_string("advice")?.unwrap_or_default(),
                keywords: task.strings("keywords")?,
            });
        }
        if tasks.is_empty() {
            return Err(ParseError::NoTasks);
        }
        Ok(Self { chunking, tasks, top_k: fields.optional_count("top_k")? })
    }
}

/// A worker's reply to one job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobReply {
    pub explanation: String,
    pub citation: Option<String>,
    /// The worker's own verdict on whether the excerpt answers; `None` when
    /// its reply did not say (an older contract, a server without schemas).
    #[serde(default)]
    pub found: Option<bool>,
    pub answer: Option<String>,
}

impl JobReply {
    /// Reads a reply. It must say `answer` or `found`; every other field may
    /// be missing. `"found": false` is an abstention whatever the answer says.
    pub fn parse(reply: &str) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        let fields = Fields(&object);
        let found = fields.optional_flag("found")?;
        if !object.contains_key("answer") && found.is_none() {
            return Err(ParseError::missing("answer"));
        }
        let answer = match found {
            Some(false) => None,
            _ => fields.optional_string("answer")?,
        };
        Ok(Self {
            explanation: fields.optional_string("explanation")?.unwrap_or_default(),
            citation: fields.optional_string("citation")?.filter(|c| !c.trim().is_empty()),
            found,
            answer,
        })
    }

    /// Reads a reply cut off at the output limit: what closed before the cut
    /// counts, and the reply is an answer only if its `answer` (or `found:
    /// false`) was complete.
    pub fn parse_cut(reply: &str) -> Option<Self> {
        let closed = salvage_cut(reply)?;
        let parsed = Self::parse(&closed).ok()?;
        // Cut before its answer, the reply says nothing yet.
        let complete = parsed.found == Some(false) || extract_object(&closed).is_ok_and(|o| o.contains_key("answer"));
        complete.then_some(parsed)
    }

    /// Whether the worker found nothing relevant: `found: false`, or a null,
    /// empty or "none"-like answer.
    pub fn abstains(&self) -> bool {
        self.found == Some(false) || self.answer.as_deref().is_none_or(is_abstention)
    }
}

/// The supervisor's `reasoning`, when its reply has one.
pub fn reasoning_of(reply: &str) -> Option<String> {
    let object = extract_object(reply).ok()?;
    Fields(&object).optional_string("reasoning").ok().flatten().map(|r| r.trim().to_string()).filter(|r| !r.is_empty())
}

/// Answers that mean "nothing here", compared without case or trailing dots.
pub fn is_abstention(answer: &str) -> bool {
    let normalized = answer.trim().trim_end_matches('.').trim().to_lowercase();
    matches!(
        normalized.as_str(),
        "" | "none" | "null" | "n/a" | "na" | "not found" | "no answer" | "not applicable" | "unknown"
    )
}

/// MinionS synthesis at the end of a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synthesis {
    Final { answer: String, scratchpad: String },
    Continue { feedback: String, scratchpad: String },
}

impl Synthesis {
    pub fn parse(reply: &str, last_round: bool) -> Result<Self, ParseError> {
        let object = extract_object(reply)?;
        let fields = Fields(&object);
        let scratchpad = fields.optional_string("scratchpad")?.unwrap_or_default();
        match fields.keyword("decision", &["final", "continue"])?.as_str() {
            "final" => Ok(Self::Final { answer: non_empty(fields.string("answer")?, "answer")?, scratchpad }),
            _ if last_round => Err(last_round_error()),
            _ => Ok(Self::Continue { feedback: fields.optional_string("feedback")?.unwrap_or_default(), scratchpad }),
        }
    }
}

fn non_empty(value: String, field: &'static str) -> Result<String, ParseError> {
    if value.trim().is_empty() {
        Err(ParseError::empty(field))
    } else {
        Ok(value)
    }
}

fn last_round_error() -> ParseError {
    ParseError::FinalOnly
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_to_ask_is_refused_in_the_last_round() {
        let ask = r#"{"decision": "ask", "answer": null, "message": "What is the total?"}"#;
        assert_eq!(MinionDecision::parse(ask, false), Ok(MinionDecision::Ask { message: "What is the total?".into() }));
        assert!(MinionDecision::parse(ask, true).is_err());
    }

    #[test]
    fn a_plan_without_chunking_or_ids_gets_defaults() {
        let plan =
            RawPlan::parse(r#"{"tasks": [{"instruction": "Find the date", "keywords": "date"}], "top_k": null}"#)
                .unwrap();
        assert_eq!(plan.chunking, None);
        assert_eq!(plan.tasks[0].id, "task1");
        assert_eq!(plan.tasks[0].keywords, ["date"]);
        assert_eq!(plan.top_k, None);
    }

    #[test]
    fn an_empty_plan_is_refused() {
        assert!(RawPlan::parse(r#"{"tasks": []}"#).is_err());
    }

    #[test]
    fn abstentions_are_recognised() {
        for answer in ["None", " n/a ", "Not found.", "", "NULL"] {
            assert!(is_abstention(answer), "{answer:?}");
        }
        assert!(!is_abstention("None of the clauses apply except 4.2"));
        let reply = JobReply::parse(r#"{"explanation": "x", "citation": "", "answer": null}"#).unwrap();
        assert!(reply.abstains());
        assert_eq!(reply.citation, None);
    }

    #[test]
    fn a_job_reply_must_say_answer_or_found() {
        assert_eq!(JobReply::parse(r#"{"explanation": "x"}"#), Err(ParseError::missing("answer")));
        let abstained = JobReply::parse(r#"{"explanation": "x", "found": false}"#).unwrap();
        assert!(abstained.abstains());
        let answered = JobReply::parse(r#"{"found": true, "answer": "30 days"}"#).unwrap();
        assert_eq!((answered.answer.as_deref(), answered.explanation.as_str()), (Some("30 days"), ""));
        assert!(!answered.abstains());
    }

    #[test]
    fn found_false_is_an_abstention_whatever_the_answer_says() {
        let reply = JobReply::parse(
            r#"{"explanation": "no rent here", "citation": null, "found": false, "answer": "1,850 EUR"}"#,
        )
        .unwrap();
        assert!(reply.abstains());
        assert_eq!(reply.answer, None);
        let stringly = JobReply::parse(r#"{"found": "yes", "answer": "1,850 EUR"}"#).unwrap();
        assert_eq!(stringly.found, Some(true));
    }

    #[test]
    fn a_cut_reply_counts_only_when_its_answer_closed() {
        let complete = r#"{"explanation": "The excerpt gives the rent.", "citation": "rent is 1,850 EUR", "found": true, "answer": "1,850 EUR""#;
        assert_eq!(JobReply::parse_cut(complete).and_then(|r| r.answer), Some("1,850 EUR".into()));
        let mid_answer =
            r#"{"explanation": "The excerpt gives the rent.", "citation": null, "found": true, "answer": "1,8"#;
        assert_eq!(JobReply::parse_cut(mid_answer), None);
        let mid_explanation = r#"{"explanation": "The excerpt gives the rent. It is stated in the second para"#;
        assert_eq!(JobReply::parse_cut(mid_explanation), None);
        let abstained = r#"{"explanation": "Nothing about rent.", "citation": null, "found": false, "answer": nu"#;
        assert!(JobReply::parse_cut(abstained).is_some_and(|r| r.abstains()));
    }

    #[test]
    fn reasoning_is_read_when_present() {
        assert_eq!(
            reasoning_of(r#"{"reasoning": " The rent is known. ", "decision": "final"}"#),
            Some("The rent is known.".into())
        );
        assert_eq!(reasoning_of(r#"{"reasoning": "", "decision": "final"}"#), None);
        assert_eq!(reasoning_of("no json"), None);
    }
}
