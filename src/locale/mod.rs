//! The widget's words in the reader's language: every string it writes (controls, card labels,
//! notices, the map in words, error messages, accessible names) comes from a [`Locale`]'s table,
//! with its numbers and dates written the locale's way. The article and its glossary are the
//! author's and keep their own language; the native `lens` tool speaks English.
//!
//! Which locale: the `lang` the page gives the widget (the element's, else the document's), by
//! [`Locale::for_tag`]: an exact tag, then its language alone (`ja-JP` is `ja`), else English.
//!
//! To add a locale, copy `ja.rs` to a file named for its language, translate every string
//! (placeholders such as `{count}` stay as they are; a test checks each locale uses exactly
//! English's), set its direction, plural rule, digits and date pattern, and list it in
//! [`LOCALES`]. `docs/locales.md` says the same with the JavaScript side's three strings.

mod ar_xb;
mod en;
mod ja;

use crate::model::content::{Basis, EntryKind, PlayerKind};
use crate::model::date::Date;
use crate::model::load_error::LoadError;
use crate::text::glossary::MarkMode;

pub use ar_xb::AR_XB;
pub use en::EN;
pub use ja::JA;

/// Every locale the widget has, English first (the fallback).
pub static LOCALES: [&Locale; 3] = [&EN, &JA, &AR_XB];

/// Which way a locale's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The direction of a language's text, from its BCP 47 tag (the scripts written right to
    /// left: Arabic, Hebrew, Persian, Urdu, and others), for the article's own text.
    pub fn of_language(tag: &str) -> Direction {
        let language = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let rtl = ["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi"];
        let script_rtl = tag.split(['-', '_']).skip(1).any(|s| ["arab", "hebr", "thaa", "syrc"].contains(&s.to_ascii_lowercase().as_str()));
        if script_rtl || (rtl.contains(&language.as_str()) && !tag.to_ascii_lowercase().contains("-latn")) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }
}

/// How a locale picks between a count's singular and plural wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// `one` for exactly 1, `other` otherwise (English).
    OneOther,
    /// No grammatical number: always `other` (Japanese).
    Invariant,
}

macro_rules! ui_table {
    ($( $(#[doc = $doc:expr])* $name:ident, )*) => {
        /// Every string the widget writes, in one language. `{name}` marks where a value goes
        /// (filled by [`fill`]); a pair `NAME_one` / `NAME_other` is chosen by count.
        #[derive(Debug)]
        #[allow(non_snake_case)]
        pub struct Ui {
            $( $(#[doc = $doc])* pub $name: &'static str, )*
        }

        impl Ui {
            /// Each string with its field's name, in table order (for tests and the docs).
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($name), self.$name), )*]
            }
        }
    };
}

ui_table! {
    /// Skip link to the stance maps' heading.
    skip_to_map,
    /// Skip link to the glossary index.
    skip_to_glossary,
    /// Every term's description for screen readers.
    term_hint,
    /// The radio group's legend.
    marks_legend,
    /// Marking mode: every mention.
    marks_all,
    /// Marking mode: the first in each paragraph.
    marks_first,
    /// Marking mode: none.
    marks_none,
    /// The header's topic list's name.
    topics,
    /// The article's series: `{series}`.
    series,
    /// Link to the publisher's original: `{host}`.
    original_at,
    /// Before the editor's note.
    editors_note,
    /// Before the first author's name.
    by,
    /// Between two authors.
    author_separator,
    /// Before the last author.
    author_last_separator,
    /// After an author's name: `{role}`.
    author_role,
    /// The publication date: `{date}`.
    published,
    /// The update date: `{date}`.
    updated,
    /// The lead figure's label (its photo is not part of the document).
    figure_label,
    /// The photo's credit: `{credit}`.
    credit,
    /// Card: the definition's label.
    background,
    /// Card: the definition's label, with its date: `{date}`.
    background_as_of,
    /// Card: the close button's name.
    close,
    /// Card: the article's words about the term.
    in_this_article,
    /// Card: related entries.
    related,
    /// Card: highlight every mention: `{count}`.
    show_all_one,
    show_all_other,
    /// Announced when they are highlighted: `{count}`, `{term}`.
    highlighted_one,
    highlighted_other,
    /// Card: select the term's player on the stance map.
    show_on_map,
    /// After a link that opens a new tab, for screen readers.
    new_tab,
    /// The copy-link control.
    copy_link,
    /// Its accessible name in a card.
    copy_link_card,
    /// Its accessible name in the evidence panel.
    copy_link_player,
    /// Announced once the link is on the clipboard.
    link_copied,
    /// Announced when the clipboard is closed to the page.
    link_in_address_bar,
    /// Link from a quote to the passage it comes from.
    go_to_passage,
    /// Link from a quote to the same words at the publisher's original.
    at_the_source,
    /// Entry kinds, singular.
    kind_organisation,
    kind_agreement,
    kind_person,
    kind_place,
    kind_policy,
    kind_concept,
    /// Entry kinds, as the index's headings.
    kinds_organisation,
    kinds_agreement,
    kinds_person,
    kinds_place,
    kinds_policy,
    kinds_concept,
    /// Player kinds.
    player_state,
    player_bloc,
    player_organisation,
    player_person,
    player_faction,
    /// The glossary index's summary: `{count}`.
    index_summary_one,
    index_summary_other,
    /// The filter box's label.
    filter_label,
    /// How many entries the filter leaves: `{count}`, `{total}`.
    filter_status,
    /// A mention link's text: `{paragraph}` (a number, perhaps with a letter).
    paragraph_short,
    /// Its accessible name: `{paragraph}`, `{n}`, `{count}`.
    paragraph_name,
    /// The list of an entry's mention links: `{term}`.
    mentions_of,
    /// The folded definition of an entry mentioned only in the headline or dek.
    definition,
    /// After such an entry: where it is mentioned.
    only_in_headline,
    only_in_dek,
    /// After an entry: its mention count, `{count}`.
    mention_count_one,
    mention_count_other,
    /// The print endnotes' heading.
    glossary_heading,
    /// An endnote after its term: `{kind}`, `{definition}`.
    endnote,
    /// The stance maps' heading.
    maps_title,
    /// Under it.
    maps_intro,
    /// The map switch's name.
    map_switch,
    /// The chart/table switch's name and options.
    show_as,
    chart,
    table,
    /// The grouping menu's label and its empty choice.
    outline_grouping,
    grouping_none,
    /// A grouping's membership basis: `{basis}`.
    membership,
    /// The horizontal question: `{question}`.
    across,
    /// The vertical question: `{question}`.
    up,
    /// The legend's name and its entries.
    legend,
    legend_state,
    legend_bloc,
    legend_person,
    legend_faction,
    legend_stated,
    legend_implied,
    legend_background,
    /// The folded summary of the map.
    map_in_words,
    /// The table's name: `{title}`.
    table_name,
    /// Table column headings.
    column_player,
    column_evidence,
    /// The evidence column's label in the narrow (one block a row) view.
    evidence_label,
    /// A stance the article does not give.
    not_characterised,
    /// A placement in words: `{position}`, `{value}`, `{basis}`.
    placement,
    /// The evidence panel's name: `{name}`.
    evidence_for,
    /// Players placed on neither question.
    unplaced,
    /// Before the data downloads, and after them for screen readers (`{title}`).
    get_the_data,
    data_for,
    /// Stance bases.
    basis_stated,
    basis_implied,
    basis_background,
    /// A position in words: `{pole}`; `{low}`, `{high}`.
    leaning_to,
    between,
    /// A point's accessible name: `{name}`, `{x}`, `{y}`; a point's axis with no stance:
    /// `{question}`; one with: `{position}`, `{value}`, `{basis}`.
    point_name,
    point_unplaced,
    point_placed,
    /// The chart's left strip.
    lane_y_label,
    /// The map in words: `{count}`; the questions (`{x}`, `{x_low}`, `{x_high}`, `{y}`,
    /// `{y_low}`, `{y_high}`); the players toward a pole (`{pole}`, `{names}`); those not
    /// placed on a question (`{question}`, `{names}`).
    summary_players_one,
    summary_players_other,
    summary_axes,
    summary_toward,
    summary_unplaced,
    /// What the dashed strips mean.
    lanes_note,
    lanes_left,
    lanes_bottom,
    /// Lists of names in a sentence: between two, before the last.
    list_separator,
    list_last_separator,
    /// In place of the article when it cannot be shown.
    error_title,
    /// What the messages call a document given inline.
    inline_document,
    /// Why it cannot be shown: `{source}`, with `{status}`, `{reason}` or `{count}`.
    error_http,
    error_network,
    error_not_json,
    error_invalid_one,
    error_invalid_other,
    error_no_source,
    /// Before the list of problems, which name places in the document in English.
    error_details,
}

/// One language's table, with how it writes numbers and dates.
#[derive(Debug)]
pub struct Locale {
    /// Its BCP 47 tag, as the widget writes it in `lang`.
    pub tag: &'static str,
    /// Its name in itself (`日本語`).
    pub name: &'static str,
    pub direction: Direction,
    pub plural: PluralRule,
    /// The digits 0 to 9.
    pub digits: [char; 10],
    /// Between groups of three digits, and before decimals.
    pub group_separator: &'static str,
    pub decimal_separator: &'static str,
    pub minus: &'static str,
    /// The months' names, January first.
    pub months: [&'static str; 12],
    /// A date: `{day}`, `{month}` (its name) and `{year}`.
    pub date_pattern: &'static str,
    pub ui: Ui,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        self.tag == other.tag
    }
}

impl Eq for Locale {}

impl Locale {
    /// The locale for a BCP 47 tag: the one with that tag (letter case aside), else the one for
    /// its language (`ja-JP` and `ja-Latn` are `ja`), else English. An empty tag is English.
    pub fn for_tag(tag: &str) -> &'static Locale {
        let tag = tag.trim();
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        LOCALES
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(tag))
            .or_else(|| LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(language)))
            .copied()
            .unwrap_or(&EN)
    }

    /// `n` in this locale's digits, its groups of three apart: `1,234`.
    pub fn number(&self, n: usize) -> String {
        let plain = n.to_string();
        let mut out = String::new();
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && (plain.len() - i).is_multiple_of(3) {
                out.push_str(self.group_separator);
            }
            out.push(self.digit(c));
        }
        out
    }

    /// A stance value, to one decimal: `-0.5`.
    pub fn value(&self, value: f64) -> String {
        let tenths = (value * 10.0).round() as i64;
        let sign = if tenths < 0 { self.minus } else { "" };
        let whole = self.number(usize::try_from(tenths.unsigned_abs() / 10).unwrap_or(usize::MAX));
        format!("{sign}{whole}{}{}", self.decimal_separator, self.digit(char::from(b'0' + (tenths.unsigned_abs() % 10) as u8)))
    }

    /// A calendar day as a reader of this language reads it: `8 October 2024`, `2024年10月8日`.
    pub fn date(&self, date: Date) -> String {
        let year = date.year.to_string().chars().map(|c| self.digit(c)).collect::<String>();
        let day = self.number(usize::from(date.day));
        let month = self.months[usize::from(date.month.clamp(1, 12) - 1)];
        fill(self.date_pattern, &[("day", &day), ("month", month), ("year", &year)])
    }

    /// `template` filled (see [`fill`]). In a right-to-left locale each value is a bidi
    /// isolate (FSI … PDI): a name, a question or a number in a left-to-right language keeps
    /// its own order inside the sentence, and its punctuation stays with it.
    pub fn fill(&self, template: &str, args: &[(&str, &str)]) -> String {
        if self.direction == Direction::Ltr {
            return fill(template, args);
        }
        let isolated: Vec<(&str, String)> = args.iter().map(|(k, v)| (*k, format!("\u{2068}{v}\u{2069}"))).collect();
        let args: Vec<(&str, &str)> = isolated.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &args)
    }

    /// The wording of a count (`one` or `other`, by this locale's plural rule) with `{count}`
    /// filled, and any other values.
    pub fn count(&self, one: &str, other: &str, n: usize, args: &[(&str, &str)]) -> String {
        let template = match self.plural {
            PluralRule::OneOther if n == 1 => one,
            _ => other,
        };
        let n = self.number(n);
        let mut all = vec![("count", n.as_str())];
        all.extend_from_slice(args);
        self.fill(template, &all)
    }

    /// Names as a list in a sentence: "a, b and c". In English, a name that starts with "The "
    /// is written "the " there ("Iwaya and the author").
    pub fn list(&self, names: &[&str]) -> String {
        let names: Vec<String> = names
            .iter()
            .map(|n| match n.strip_prefix("The ") {
                Some(rest) if self.tag == "en" => format!("the {rest}"),
                _ => (*n).to_owned(),
            })
            .collect();
        match names.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{}{}{last}", init.join(self.ui.list_separator), self.ui.list_last_separator),
        }
    }

    /// Why a document cannot be shown, in one sentence naming it (`source`).
    pub fn load_error(&self, error: &LoadError, source: &str) -> String {
        let ui = &self.ui;
        match error {
            LoadError::Http { .. } => self.fill(ui.error_http, &[("source", source), ("status", &error.status_words())]),
            LoadError::Network(reason) => self.fill(ui.error_network, &[("source", source), ("reason", reason)]),
            LoadError::NotJson(reason) => self.fill(ui.error_not_json, &[("source", source), ("reason", reason)]),
            LoadError::Invalid(problems) => {
                self.count(ui.error_invalid_one, ui.error_invalid_other, problems.len(), &[("source", source)])
            }
            LoadError::NoSource => ui.error_no_source.to_owned(),
        }
    }

    /// A stance's basis: "stated by the article".
    pub fn basis(&self, basis: Basis) -> &'static str {
        match basis {
            Basis::Stated => self.ui.basis_stated,
            Basis::Implied => self.ui.basis_implied,
            Basis::Background => self.ui.basis_background,
        }
    }

    /// A glossary entry's kind, as a card names it.
    pub fn entry_kind(&self, kind: EntryKind) -> &'static str {
        let ui = &self.ui;
        match kind {
            EntryKind::Organisation => ui.kind_organisation,
            EntryKind::Agreement => ui.kind_agreement,
            EntryKind::Person => ui.kind_person,
            EntryKind::Place => ui.kind_place,
            EntryKind::Policy => ui.kind_policy,
            EntryKind::Concept => ui.kind_concept,
        }
    }

    /// A kind of entry, as the index's heading for them.
    pub fn entry_kinds(&self, kind: EntryKind) -> &'static str {
        let ui = &self.ui;
        match kind {
            EntryKind::Organisation => ui.kinds_organisation,
            EntryKind::Agreement => ui.kinds_agreement,
            EntryKind::Person => ui.kinds_person,
            EntryKind::Place => ui.kinds_place,
            EntryKind::Policy => ui.kinds_policy,
            EntryKind::Concept => ui.kinds_concept,
        }
    }

    /// A player's kind.
    pub fn player_kind(&self, kind: PlayerKind) -> &'static str {
        let ui = &self.ui;
        match kind {
            PlayerKind::State => ui.player_state,
            PlayerKind::Bloc => ui.player_bloc,
            PlayerKind::Organisation => ui.player_organisation,
            PlayerKind::Person => ui.player_person,
            PlayerKind::Faction => ui.player_faction,
        }
    }

    /// A marking mode, as the switch offers it.
    pub fn mark_mode(&self, mode: MarkMode) -> &'static str {
        match mode {
            MarkMode::All => self.ui.marks_all,
            MarkMode::FirstPerParagraph => self.ui.marks_first,
            MarkMode::None => self.ui.marks_none,
        }
    }

    fn digit(&self, c: char) -> char {
        c.to_digit(10).map_or(c, |d| self.digits[d as usize])
    }
}

/// Whether two BCP 47 tags are one language (`en-GB` and `en` are; `ja` and `en` are not).
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |t: &str| t.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    primary(a) == primary(b)
}

/// `lang` and `dir` for a part in language `part` (written `direction`) inside text in language
/// `around` (WCAG 3.1.2, language of parts): none where they are one language.
pub fn part_attributes(part: &str, direction: Direction, around: &str) -> (Option<String>, Option<&'static str>) {
    if same_language(part, around) {
        (None, None)
    } else {
        (Some(part.to_owned()), Some(direction.key()))
    }
}

/// `template` with each `{name}` replaced by its value in `args`; a name not given stays.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| args.iter().find(|(k, _)| *k == &after[..close]).map(|(_, v)| (close, v))) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of `template` before and after its one `{name}`, for putting an element there.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mark = format!("{{{name}}}");
    template.split_once(mark.as_str()).unwrap_or((template, ""))
}

/// The `{name}`s a template uses, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_a_locale_or_fall_back_to_english() {
        assert_eq!(Locale::for_tag("ja").tag, "ja");
        assert_eq!(Locale::for_tag("ja-JP").tag, "ja");
        assert_eq!(Locale::for_tag("JA_jp").tag, "ja");
        assert_eq!(Locale::for_tag("en-GB").tag, "en");
        assert_eq!(Locale::for_tag("fr").tag, "en");
        assert_eq!(Locale::for_tag("").tag, "en");
        assert_eq!(Locale::for_tag("ar-XB").tag, "ar-XB");
        // The fixture is only for its own tag: an Arabic page is not given a half-translated UI.
        assert_eq!(Locale::for_tag("ar").tag, "en");
        assert_eq!(Locale::for_tag("ar-EG").tag, "en");
    }

    #[test]
    fn every_locale_fills_the_same_places_as_english() {
        let english = EN.ui.entries();
        for locale in LOCALES {
            let entries = locale.ui.entries();
            assert_eq!(entries.len(), english.len());
            for ((name, text), (_, en)) in entries.iter().zip(&english) {
                let mut ours = placeholders(text);
                let mut theirs = placeholders(en);
                ours.sort_unstable();
                theirs.sort_unstable();
                // The singular may leave the count out ("one term").
                if name.ends_with("_one") {
                    theirs.retain(|p| ours.contains(p) || *p != "count");
                }
                assert_eq!(ours, theirs, "{}: {name} = {text:?}", locale.tag);
                assert!(!text.trim().is_empty() || *name == "author_separator", "{}: {name} is empty", locale.tag);
            }
        }
    }

    #[test]
    fn japanese_is_a_whole_translation() {
        let same: Vec<_> = JA.ui.entries().into_iter().zip(EN.ui.entries()).filter(|((_, ja), (_, en))| ja == en).map(|((n, _), _)| n).collect();
        // Only what is the same in both languages: punctuation, symbols and file formats.
        assert!(same.iter().all(|n| ["paragraph_short", "author_role", "point_name"].contains(n)), "untranslated: {same:?}");
        assert_eq!(JA.direction, Direction::Ltr);
        let translated = AR_XB.ui.entries().into_iter().zip(EN.ui.entries()).filter(|((_, a), (_, en))| a != en).count();
        assert!(translated >= 8, "the right-to-left fixture translates a few strings");
        assert_eq!(AR_XB.direction, Direction::Rtl);
    }

    #[test]
    fn numbers_and_dates_are_written_the_locales_way() {
        assert_eq!(EN.number(1234567), "1,234,567");
        assert_eq!(EN.number(12), "12");
        assert_eq!(JA.number(1234), "1,234");
        assert_eq!(AR_XB.number(1234), "١٬٢٣٤");
        assert_eq!(EN.value(-0.45), "-0.5");
        assert_eq!(EN.value(0.0), "0.0");
        assert_eq!(EN.value(1.0), "1.0");
        assert_eq!(AR_XB.value(-0.5), "؜-٠٫٥");
        let day = Date::parse("2024-10-08").expect("a day");
        assert_eq!(EN.date(day), "8 October 2024");
        assert_eq!(JA.date(day), "2024年10月8日");
        assert_eq!(AR_XB.date(day), "٨ أكتوبر ٢٠٢٤");
    }

    #[test]
    fn counts_choose_their_wording() {
        assert_eq!(EN.count(EN.ui.show_all_one, EN.ui.show_all_other, 1, &[]), "Show all 1 mention");
        assert_eq!(EN.count(EN.ui.show_all_one, EN.ui.show_all_other, 3, &[]), "Show all 3 mentions");
        assert_eq!(JA.count(JA.ui.show_all_one, JA.ui.show_all_other, 1, &[]), "言及箇所1件をすべて表示");
        assert_eq!(
            EN.count(EN.ui.highlighted_one, EN.ui.highlighted_other, 2, &[("term", "Quad")]),
            "2 mentions of Quad highlighted. Press Escape to clear."
        );
    }

    #[test]
    fn templates_fill_and_split() {
        assert_eq!(fill("{a} and {b}, {a}", &[("a", "x"), ("b", "{a}")]), "x and {a}, x");
        assert_eq!(fill("no {such} place {", &[]), "no {such} place {");
        assert_eq!(around("Published {date}.", "date"), ("Published ", "."));
        assert_eq!(placeholders("{x} to {y}"), vec!["x", "y"]);
    }

    /// The embed script's words before the wasm runs (`WORDS` in `js/article-lens.js`): one
    /// entry per locale here, each with this locale's direction.
    #[test]
    fn the_embed_script_has_the_same_locales() {
        let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/js/article-lens.js")).expect("the embed script");
        let table = script.split("const WORDS = {").nth(1).and_then(|rest| rest.split("\n};").next()).expect("a WORDS table");
        let entries: Vec<(String, String)> = table
            .lines()
            .filter_map(|line| {
                let (key, rest) = line.trim().split_once(": { dir: '")?;
                Some((key.trim_matches('\'').to_owned(), rest.split('\'').next()?.to_owned()))
            })
            .collect();
        let ours: Vec<(String, String)> = LOCALES.iter().map(|l| (l.tag.to_owned(), l.direction.key().to_owned())).collect();
        assert_eq!(entries, ours);
    }

    #[test]
    fn right_to_left_sentences_isolate_their_values() {
        assert_eq!(AR_XB.fill("{a}: {b}", &[("a", "Where?"), ("b", "١")]), "\u{2068}Where?\u{2069}: \u{2068}١\u{2069}");
        assert_eq!(EN.fill("{a}: {b}", &[("a", "Where?"), ("b", "1")]), "Where?: 1");
    }

    #[test]
    fn lists_read_as_part_of_a_sentence() {
        assert_eq!(EN.list(&["China"]), "China");
        assert_eq!(EN.list(&["China", "The author", "India"]), "China, the author and India");
        assert_eq!(JA.list(&["中国", "インド", "The author"]), "中国、インド、The author");
    }

    #[test]
    fn load_errors_name_the_document_in_the_readers_language() {
        let err = LoadError::Http { status: 404, status_text: String::new() };
        assert_eq!(EN.load_error(&err, "a.json"), "The document “a.json” could not be loaded: the server answered 404 Not Found.");
        assert_eq!(JA.load_error(&err, "a.json"), "ドキュメント「a.json」を読み込めませんでした。サーバーの応答: 404 Not Found");
    }

    #[test]
    fn parts_in_another_language_say_so() {
        assert!(same_language("en-GB", "EN") && !same_language("ja", "en"));
        assert_eq!(part_attributes("en", Direction::Ltr, "en-US"), (None, None));
        assert_eq!(part_attributes("en", Direction::Ltr, "ar-XB"), (Some("en".to_owned()), Some("ltr")));
    }

    #[test]
    fn article_text_direction_follows_its_language() {
        for rtl in ["ar", "he", "fa-IR", "ur", "ar-XB", "az-Arab"] {
            assert_eq!(Direction::of_language(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["en", "ja", "", "ku-Latn", "arn"] {
            assert_eq!(Direction::of_language(ltr), Direction::Ltr, "{ltr}");
        }
    }
}
