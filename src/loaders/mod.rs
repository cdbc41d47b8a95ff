//! Loaders: turning the bytes of a file into a document's text. Pure, so
//! they are tested (and fuzzed with property tests) on the host.
//!
//! - [`text`]: plain text in UTF-8, UTF-16 (with a byte-order mark) or, when
//!   the bytes are not UTF-8, Windows-1252; binary files are refused.

pub mod text;
