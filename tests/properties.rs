//! Property tests: on any input, loading, validating and matching never panic; match offsets
//! always fall on character boundaries; the pieces of a text always rebuild it; cards always fit
//! the viewport. Bounded (proptest's default 256 cases each) so CI runs them every time.

use article_lens::text::matcher::{pieces, CaseRule, Matcher, Pattern, Piece};
use article_lens::text::card_placement::{place, Rect, MARGIN};
use proptest::prelude::*;

const SEED: &str = include_str!("fixtures/v1/asian-nato.json");

/// Text made of the characters that matter to matching: letters, digits, spaces, apostrophes
/// of both kinds, hyphens and their variants, quotes, and some wide characters.
fn tricky_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a"), Just("Quad"), Just("quad"), Just("NATO"), Just("Asian"), Just(" "), Just("\n"), Just("’"), Just("'"),
            Just("s"), Just("-"), Just("‑"), Just("4"), Just("“"), Just("”"), Just("é"), Just("日本"), Just("🙂"), Just("\u{202e}"),
            Just("Indo"), Just("Pacific"), Just(","), Just("."),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn any_text_is_rejected_or_accepted_without_panicking(text in any::<String>()) {
        let _ = article_lens::model::read::check_json(&text);
    }

    #[test]
    fn any_edit_of_the_seed_document_is_handled(cut in 0usize..SEED.len(), insert in any::<String>()) {
        // Splice arbitrary text into the real document at any char boundary.
        let mut at = cut;
        while !SEED.is_char_boundary(at) { at -= 1; }
        let text = format!("{}{}{}", &SEED[..at], insert, &SEED[at..]);
        let _ = article_lens::model::read::check_json(&text);
    }

    #[test]
    fn any_string_values_in_every_field_are_validated_without_panicking(s in any::<String>(), n in -5.0f64..5.0) {
        let mut v: serde_json::Value = serde_json::from_str(SEED).expect("seed is JSON");
        v["article"]["headline"] = s.clone().into();
        v["article"]["blocks"][0]["text"] = s.clone().into();
        v["glossary"][0]["term"] = s.clone().into();
        v["glossary"][1]["aliases"] = serde_json::json!([s.clone()]);
        v["glossary"][2]["in_article"]["quote"] = s.clone().into();
        v["players"][0]["label"] = s.clone().into();
        v["stances"][0]["value"] = n.into();
        v["stances"][0]["evidence"][0] = s.into();
        let _ = article_lens::model::read::check_json(&v.to_string());
    }

    #[test]
    fn matches_fall_on_char_boundaries_and_pieces_rebuild_the_text(
        text in tricky_text(),
        forms in proptest::collection::vec(tricky_text(), 0..8),
        insensitive in any::<bool>(),
    ) {
        let patterns: Vec<Pattern> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| Pattern { text: f.clone(), case: if insensitive { CaseRule::Insensitive } else { CaseRule::Exact }, target: i })
            .collect();
        let found = Matcher::new(&patterns).find_all(&text);
        let mut last_end = 0;
        for m in &found {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(m.start < m.end && m.start >= last_end, "sorted and disjoint");
            last_end = m.end;
        }
        let rebuilt: String = pieces(&text, &found)
            .into_iter()
            .map(|p| match p { Piece::Plain(s) => s, Piece::Marked { text, .. } => text })
            .collect();
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn cards_always_fit_the_viewport(
        x in -50.0f64..2000.0, y in -50.0f64..2000.0, w in 1.0f64..300.0,
        cw in 50.0f64..600.0, ch in 20.0f64..900.0,
        vw in 280.0f64..2000.0, vh in 300.0f64..1400.0,
    ) {
        // A term on screen.
        let term = Rect { x: x.min(vw - w).max(0.0), y: y.min(vh - 20.0).max(0.0), width: w.min(vw), height: 20.0 };
        let p = place(term, (cw, ch), (vw, vh));
        prop_assert!(p.rect.x >= MARGIN - 1e-6 && p.rect.x + p.rect.width <= vw - MARGIN + 1e-6);
        prop_assert!(p.rect.y >= MARGIN - 1e-6 || p.rect.height == 0.0);
        prop_assert!(p.rect.y + p.rect.height <= vh - MARGIN + 1e-6 || p.rect.height == 0.0);
    }
}
