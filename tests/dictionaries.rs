//! User dictionaries: loading, and errors that name file, line and offset.

use renshi::{Dictionary, ErrorKind, Extractor};
use std::io::Write;

#[test]
fn a_user_dictionary_adds_organizations() {
    let extractor = Extractor::builder()
        .dictionary(Dictionary::Orgs, "mine.txt", "青禾数据 | 青禾 |\n".as_bytes())
        .build()
        .unwrap();
    let x = extractor.extract("林晓峰加入青禾。");
    let org = x.events[0].org.as_ref().unwrap();
    assert_eq!(
        (org.text.as_str(), org.canonical.as_deref()),
        ("青禾", Some("青禾数据"))
    );
}

#[test]
fn malformed_lines_name_file_and_line() {
    let table = [
        (Dictionary::Orgs, "甲 | 乙\n", "orgs-user.txt:1: expected 3 fields"),
        (
            Dictionary::Roles,
            "# header\n院长 | chief\n",
            "orgs-user.txt:2: unknown role kind \"chief\"",
        ),
        (
            Dictionary::Cues,
            "\n\n离任 | leave | none\n",
            "orgs-user.txt:3: unknown event \"leave\"",
        ),
        (Dictionary::Surnames, "王 | lots\n", "orgs-user.txt:1: weight \"lots\""),
        (
            Dictionary::Orgs,
            "甲公司 | 腾讯 |\n",
            "orgs-user.txt:1: \"腾讯\" already names organization \"腾讯\"",
        ),
    ];
    for (kind, text, message) in table {
        let err = Extractor::builder()
            .dictionary(kind, "orgs-user.txt", text.as_bytes())
            .build()
            .err()
            .expect(text);
        assert!(err.to_string().starts_with(message), "{text:?}: {err}");
    }
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let dir = std::env::temp_dir().join(format!("renshi-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(b"ok | head\n\xff | head\n")
        .unwrap();
    let err = Extractor::builder()
        .dictionary_file(Dictionary::Roles, &path)
        .build()
        .err()
        .expect("invalid UTF-8");
    assert_eq!(err.kind(), ErrorKind::Read);
    assert!(
        err.to_string().ends_with("bad.txt: invalid UTF-8 at byte offset 10"),
        "{err}"
    );
    let missing = Extractor::builder()
        .dictionary_file(Dictionary::Roles, dir.join("missing.txt"))
        .build()
        .err()
        .expect("missing");
    assert_eq!(missing.kind(), ErrorKind::Read);
    assert!(missing.to_string().contains("missing.txt"), "{missing}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn well_known_people_need_no_context() {
    let text = "昨天卡洛斯塔出席了发布会。";
    assert!(people(&Extractor::new().extract(text)).is_empty());
    let extractor = Extractor::builder()
        .dictionary(Dictionary::People, "people.txt", "卡洛斯塔 | 卡洛斯·塔\n".as_bytes())
        .build()
        .unwrap();
    assert_eq!(people(&extractor.extract(text)), ["卡洛斯塔"]);
    let err = Extractor::builder()
        .dictionary(Dictionary::People, "people.txt", "卡洛斯塔 |\n卡洛斯塔 |\n".as_bytes())
        .build()
        .err()
        .expect("a duplicate");
    assert!(
        err.to_string()
            .starts_with("people.txt:2: \"卡洛斯塔\" is listed twice"),
        "{err}"
    );
}

#[test]
fn a_known_name_may_begin_a_longer_one() {
    let extractor = Extractor::builder()
        .dictionary(Dictionary::People, "people.txt", "卡洛 |\n".as_bytes())
        .build()
        .unwrap();
    let x = extractor.extract("主教练卡洛维奇下课。");
    assert_eq!(x.events[0].person.as_ref().map(|p| p.text.as_str()), Some("卡洛维奇"));
}

#[test]
fn the_last_part_of_a_known_foreign_name_names_the_person() {
    let extractor = Extractor::builder()
        .dictionary(Dictionary::People, "people.txt", "奥林·塔斯克维 |\n".as_bytes())
        .build()
        .unwrap();
    assert_eq!(people(&extractor.extract("塔斯克维今天表示满意。")), ["塔斯克维"]);
    // Not inside a longer transliteration.
    let inside = people(&extractor.extract("马塔斯克维尔今天表示满意。"));
    assert!(!inside.contains(&"塔斯克维".to_string()), "{inside:?}");
}

/// The people an extraction names, in text order.
fn people(x: &renshi::Extraction) -> Vec<String> {
    x.entities
        .iter()
        .filter(|e| e.kind == renshi::EntityKind::Person)
        .map(|e| e.text.clone())
        .collect()
}
