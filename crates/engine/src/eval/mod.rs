//! Evaluation on the user's own documents (issue 8): question sets
//! ([`questions`]: JSONL or CSV, each bad line reported by number) and
//! scoring a reply against the expected answer ([`score`]: exact after
//! normalising, numbers with separators, units and a tolerance, contains;
//! `judge` is decided by the supervisor elsewhere). Pure: the page runs the
//! questions and shows the results.

pub mod questions;
pub mod results;
pub mod runner;
pub mod score;
