//! Structured data for search engines: the article as a schema.org `NewsArticle` and its
//! glossary as a `DefinedTermSet`, in JSON-LD, which `lens render` puts beside the rendered
//! article (`<script type="application/ld+json">`).
//!
//! Only what the document says: a field the document does not give (a publisher, an image) is
//! left out, never invented. The glossary's terms are those the article mentions (a resolved
//! document's glossary holds no other).

use serde_json::{json, Map, Value};

use crate::model::content::Document;

/// The document's JSON-LD: a `@graph` of the `NewsArticle` and, where the article has a
/// glossary, the `DefinedTermSet` it is `about`.
pub fn json_ld(doc: &Document) -> Value {
    let article = &doc.article;
    let mut news = Map::new();
    news.insert("@type".into(), "NewsArticle".into());
    news.insert("@id".into(), format!("#{}", doc.id).into());
    news.insert("headline".into(), article.headline.clone().into());
    news.insert("inLanguage".into(), doc.language.clone().into());
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            news.insert(key.into(), value);
        }
    };
    put("description", article.dek.clone().map(Value::from));
    put("articleSection", article.kicker.clone().map(Value::from));
    put("keywords", (!article.topics.is_empty()).then(|| article.topics.join(", ").into()));
    put("datePublished", article.published.clone().map(Value::from));
    put("dateModified", article.updated.clone().map(Value::from));
    put("url", article.source_url.clone().map(Value::from));
    put("isPartOf", article.series.clone().map(|name| json!({ "@type": "CreativeWorkSeries", "name": name })));
    let authors: Vec<Value> = article
        .authors
        .iter()
        .map(|a| {
            let mut person = json!({ "@type": "Person", "name": a.name });
            if let Some(role) = &a.role {
                person["jobTitle"] = role.clone().into();
            }
            person
        })
        .collect();
    // A byline as published ("By A and B") is not a name: only listed authors are people.
    put("author", (!authors.is_empty()).then_some(Value::Array(authors)));
    let mut graph = Vec::new();
    if !doc.glossary.is_empty() {
        let set_id = format!("#{}-glossary", doc.id);
        news.insert("about".into(), json!({ "@id": set_id }));
        let terms: Vec<Value> = doc
            .glossary
            .iter()
            .map(|entry| {
                let mut term = json!({
                    "@type": "DefinedTerm",
                    "@id": format!("#{}-{}", doc.id, entry.id),
                    "name": entry.term,
                    "description": entry.definition,
                    "termCode": entry.id,
                    "inDefinedTermSet": { "@id": set_id },
                });
                if !entry.aliases.is_empty() {
                    term["alternateName"] = entry.aliases.clone().into();
                }
                if let Some(link) = &entry.further_reading {
                    term["url"] = link.url.clone().into();
                }
                term
            })
            .collect();
        graph.push(Value::Object(news));
        graph.push(json!({
            "@type": "DefinedTermSet",
            "@id": set_id,
            "name": format!("Glossary: {}", article.headline),
            "inLanguage": doc.language,
            "hasDefinedTerm": terms,
        }));
    } else {
        graph.push(Value::Object(news));
    }
    json!({ "@context": "https://schema.org", "@graph": graph })
}
