//! The seed document's players and stance maps: every placement traceable to the article, every
//! player found in the text, every map legible at phone, tablet and desktop widths.

use article_lens::locale::EN;
use article_lens::model::content::Document;
use article_lens::text::glossary::Mentions;
use article_lens::map::label_layout::{layout, PointSpec};
use article_lens::map::stance_map::{Lane, MapData};

/// The seed document, its glossary resolved from its library, read and checked.
fn doc() -> Document {
    article_lens::model::files::load(std::path::Path::new("content/asian-nato.json")).expect("the seed document is valid").doc
}

#[test]
fn every_evidence_quote_is_in_the_article_body_verbatim() {
    let doc = doc();
    let quotes = doc.stances.iter().flat_map(|s| &s.evidence).chain(doc.groupings.iter().flat_map(|g| &g.evidence));
    let mut n = 0;
    for quote in quotes {
        assert!(doc.block_quoting(quote).is_some(), "not in the body: {quote}");
        n += 1;
    }
    assert!(n >= 26, "{n} quotes");
}

#[test]
fn enough_players_each_mentioned_in_the_text() {
    let doc = doc();
    assert!(doc.players.len() >= 13, "{} players", doc.players.len());
    let counts = Mentions::find(&doc).counts(doc.glossary.len());
    for player in &doc.players {
        if player.id == "author" {
            assert!(player.entries.is_empty());
            continue;
        }
        let mentions: usize = player
            .entries
            .iter()
            .filter_map(|id| doc.glossary.iter().position(|e| &e.id == id))
            .map(|i| counts[i])
            .sum();
        assert!(mentions >= 1, "{} is never mentioned", player.id);
    }
    for required in ["ishiba", "iwaya", "china", "united-states", "india", "asean", "south-korea", "australia", "new-zealand", "taiwan", "nato"] {
        assert!(doc.players.iter().any(|p| p.id == required), "{required} missing");
    }
}

#[test]
fn every_placement_has_a_basis_evidence_and_a_summary() {
    let doc = doc();
    for s in &doc.stances {
        assert!(!s.evidence.is_empty() && !s.summary.trim().is_empty(), "{} on {}", s.player, s.axis);
        assert!((-1.0..=1.0).contains(&s.value));
    }
}

#[test]
fn unplaced_players_go_to_a_lane_not_a_guess() {
    let doc = doc();
    let regional = MapData::resolve(&doc, 0).expect("regional map");
    // The article never says where Taiwan stands on either question.
    let taiwan = regional.players.iter().find(|p| p.player.id == "taiwan").expect("taiwan shown");
    assert_eq!(taiwan.lane(), Lane::Neither);
    // It places the United States in the alliance network but not on an Asian NATO.
    let us = regional.players.iter().find(|p| p.player.id == "united-states").expect("us shown");
    assert_eq!(us.lane(), Lane::NoX);
    assert!(regional.summary(&EN).contains("Not characterised by the article"));
}

fn specs(data: &MapData<'_>) -> Vec<PointSpec> {
    data.players
        .iter()
        .map(|p| PointSpec { x: p.x.map(|s| s.value), y: p.y.map(|s| s.value), label: p.player.label.clone() })
        .collect()
}

#[test]
fn labels_never_overlap_labels_or_points_at_any_width() {
    let doc = doc();
    for index in 0..doc.maps.len() {
        let data = MapData::resolve(&doc, index).expect("map resolves");
        let specs = specs(&data);
        for width in [288.0, 320.0, 390.0, 576.0, 768.0, 1280.0] {
            let chart = layout(&specs, width, EN.ui.lane_y_label);
            let broken = chart.broken_promises();
            assert!(broken.is_empty(), "map {index} at {width}: {broken:#?}");
            // From the desktop article column (576 px) up, every label is a name, not a number.
            if width >= 576.0 {
                assert!(chart.key(&specs).is_empty(), "map {index} at {width} numbered some labels");
            }
        }
    }
}

#[test]
fn the_data_downloads_hold_every_player() {
    let doc = doc();
    let data = MapData::resolve(&doc, 0).expect("regional map");
    let csv = data.csv();
    assert_eq!(csv.lines().count(), data.players.len() + 1);
    let json: serde_json::Value = serde_json::from_str(&data.json()).expect("valid JSON");
    assert_eq!(json["players"].as_array().map(Vec::len), Some(data.players.len()));
    assert_eq!(json["x"]["id"], "asian-nato");
}

#[test]
fn the_strip_note_names_only_the_strips_a_map_has() {
    let doc = doc();
    let regional = MapData::resolve(&doc, 0).expect("regional map");
    let note = regional.lanes_note(&EN);
    assert!(note.contains("Left strip") && note.contains("Bottom strip"), "{note}");
    // The LDP map places Ishiba only "Across" and the Tanaka school only "Up": both strips.
    let ldp = MapData::resolve(&doc, 1).expect("LDP map");
    let note = ldp.lanes_note(&EN);
    assert!(note.contains("Bottom strip") && note.contains("Left strip"), "{note}");
    // Without the Tanaka school's one placement, a bottom strip and no left one.
    let mut one_strip = doc.clone();
    one_strip.stances.retain(|s| s.player != "tanaka-school");
    let ldp = MapData::resolve(&one_strip, 1).expect("LDP map");
    assert!(ldp.in_lane(Lane::NoX).next().is_none());
    let note = ldp.lanes_note(&EN);
    assert!(note.contains("Bottom strip") && !note.contains("Left strip"), "{note}");
}
