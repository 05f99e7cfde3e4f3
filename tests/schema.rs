//! The committed JSON Schema is exactly what the Rust types generate, so the two cannot drift.

#[test]
fn committed_schema_matches_the_types() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/content-format.schema.json"))
        .expect("docs/content-format.schema.json exists");
    let generated = article_lens::model::schema::json_schema();
    assert!(
        committed == generated,
        "docs/content-format.schema.json is out of date: run `cargo run --bin lens -- schema > docs/content-format.schema.json`"
    );
}

#[test]
fn committed_library_schema_matches_the_types() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/glossary-library.schema.json"))
        .expect("docs/glossary-library.schema.json exists");
    assert!(
        committed == article_lens::model::schema::library_schema(),
        "docs/glossary-library.schema.json is out of date: run `cargo run --bin lens -- schema --library > docs/glossary-library.schema.json`"
    );
}
