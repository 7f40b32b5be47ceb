//! `Extractor::extract` on any UTF-8 input: it must not panic, every span
//! must slice the input on `char` boundaries to the text it reports, and two
//! calls must agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use renshi::{Argument, Extraction, Extractor};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let extraction = extractor().extract(text);
    check(text, &extraction);
    assert_eq!(extraction, extractor().extract(text), "two calls disagree");
});

fn check(text: &str, x: &Extraction) {
    for e in &x.entities {
        assert_eq!(slice(text, e.span), e.text);
    }
    for e in &x.events {
        let arguments = [
            e.person.as_ref(),
            e.org.as_ref(),
            e.role.as_ref(),
            e.time.as_ref(),
            Some(&e.trigger),
            Some(&e.sentence),
        ];
        arguments.into_iter().flatten().for_each(|a| argument(text, a));
    }
    for m in &x.movements {
        assert!(m.events.iter().all(|&i| i < x.events.len()));
        for post in [&m.from, &m.to].into_iter().flatten() {
            [&post.org, &post.role, &post.time]
                .into_iter()
                .flatten()
                .for_each(|a| argument(text, a));
        }
    }
}

fn argument(text: &str, a: &Argument) {
    assert_eq!(slice(text, a.span), a.text);
}

fn slice(text: &str, span: renshi::Span) -> &str {
    text.get(span.range())
        .unwrap_or_else(|| panic!("span {span:?} does not slice the input on char boundaries"))
}
