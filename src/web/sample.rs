//! The sample behind "Try it with a sample": one short public-domain report
//! written for this project and a question set over it, built into the page
//! so that a newcomer sees a whole evaluation without files of their own.

use minions_engine::documents::{Document, DocumentKind};
use minions_engine::eval::questions::{parse_jsonl, Question};

pub const DOCUMENT_NAME: &str = "millbrook-library-2025.md";
const DOCUMENT: &str = include_str!("../../static/sample/millbrook-library-2025.md");
const QUESTIONS: &str = include_str!("../../static/sample/millbrook-questions.jsonl");

pub fn document() -> Document {
    Document::new(DOCUMENT_NAME, DocumentKind::Markdown, DOCUMENT)
}

pub fn questions() -> Vec<Question> {
    parse_jsonl(QUESTIONS).questions
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::eval::score::is_correct;

    #[test]
    fn every_sample_question_loads_and_the_report_holds_its_answer() {
        let imported = parse_jsonl(QUESTIONS);
        assert!(imported.errors.is_empty(), "{:?}", imported.errors);
        assert_eq!(imported.questions.len(), 8);
        let names: Vec<&str> = imported.questions.iter().map(|q| q.rule.name()).collect();
        for rule in ["number", "contains", "judge"] {
            assert!(names.contains(&rule), "the sample shows the {rule} rule: {names:?}");
        }
        // The sentence a careful reader would quote scores as correct,
        // except where the answer takes a subtraction.
        let quotes = [
            ("visits", "The library recorded 48,215 visits in 2025."),
            ("director", "Harriet Okonkwo, Director"),
            ("budget", "The library's operating budget for 2025 was $1,284,500."),
            ("solar", "about 38 percent of the building's use"),
            ("fines-drop", "By $4,365: from $11,240 in 2024 to $6,875 in 2025."),
            ("busiest-month", "The busiest month was October, with 5,102 visits"),
            ("delivery-target", "a target of 150 registered users by the end of the year"),
        ];
        let document = document();
        for (id, quote) in quotes {
            let question = imported.questions.iter().find(|q| q.id == id).expect("question");
            assert_eq!(is_correct(&question.rule, &question.question, &question.answer, quote), Some(true), "{id}");
            if id != "fines-drop" {
                assert!(document.text.contains(quote.trim_end_matches('.')), "{id}: the report says it");
            }
        }
        assert!(document.text.contains("On 1 July 2025 the library stopped charging late fees on children's books"));
    }
}
