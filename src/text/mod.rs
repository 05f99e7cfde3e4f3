//! The article's text and its glossary: finding terms in it, which mentions to mark, and where
//! a term's card goes on screen.

pub mod card_placement;
pub mod deep_link;
pub mod glossary;
pub mod matcher;
pub mod mention_report;
