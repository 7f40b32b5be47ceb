//! Shared by the integration tests: one extractor with a few invented
//! organizations beside the embedded dictionaries, and helpers to read events.

// Each test file uses a part of these helpers.
#![allow(dead_code)]

use renshi::{Argument, Dictionary, EntityKind, Event, EventType, Extraction, Extractor};
use std::sync::OnceLock;

/// Invented organizations, so tests do not depend on real companies.
pub const TEST_ORGS: &str = "\
# test organizations: canonical | aliases | parent
星河科技 | 星河 |
星河研究院 | | 星河科技
云帆智能 | 云帆 |
北辰资本 | 北辰 |
青松队 | 青松 |
";

pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .dictionary(Dictionary::Orgs, "test-orgs.txt", TEST_ORGS.as_bytes())
            .build()
            .expect("test dictionary builds")
    })
}

pub fn extract(text: &str) -> Extraction {
    extractor().extract(text)
}

/// The person of a row for an event without one.
pub const NO_PERSON: &str = "(no person)";

/// An event as a row of texts: (type, person, org, role, time).
pub type Row<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

fn text(a: &Option<Argument>) -> Option<&str> {
    a.as_ref().map(|a| a.text.as_str())
}

pub fn row(e: &Event) -> Row<'_> {
    let kind = match e.kind {
        EventType::Departure => "departure",
        EventType::Join => "join",
        _ => "other",
    };
    (
        kind,
        text(&e.person).unwrap_or(NO_PERSON),
        text(&e.org),
        text(&e.role),
        text(&e.time),
    )
}

pub fn rows(x: &Extraction) -> Vec<Row<'_>> {
    x.events.iter().map(row).collect()
}

/// The texts of the entities of one kind `text` holds, in text order.
pub fn entities(text: &str, kind: EntityKind) -> Vec<String> {
    extract(text)
        .entities
        .into_iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.text)
        .collect()
}
