//! The stance maps: a map's data resolved from the document (players, lanes, words, downloads)
//! and its geometry (points and labels without overlaps).

pub mod label_layout;
pub mod stance_map;
