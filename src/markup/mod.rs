//! What renders: the article, its cards, the glossary index, the map chart, its panels and the
//! error notice as escaped HTML and SVG markup, shared by `lens render` (the static page) and the
//! widget's views in `web`.

pub mod body;
pub mod card;
pub mod error_notice;
pub mod index;
pub mod map_panels;
pub mod map_svg;
pub mod static_page;
