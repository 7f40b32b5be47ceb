//! Robustness: on any input, however hostile, extraction finishes without
//! panicking, in time linear in the input, with every span slicing the input
//! back to the text it reports, and with the same result every time and from
//! any thread; a bad dictionary is an error naming its file and line.
//!
//! The people and organizations are invented. Tests that show a bug not yet
//! fixed are `#[ignore]`d with the reason; `cargo test --test robust --
//! --ignored` runs them.

use proptest::prelude::*;
use renshi::{Argument, Dictionary, EntityKind, ErrorKind, EventType, Extraction, Extractor, Status};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

mod common;

use common::{TEST_ORGS, extractor};

/// Timing tests run alone: the others hold this lock shared, a timing test
/// holds it exclusively, so no other test of this file runs beside it.
static TIMING: RwLock<()> = RwLock::new(());

fn shared() -> RwLockReadGuard<'static, ()> {
    TIMING.read().unwrap_or_else(PoisonError::into_inner)
}

fn exclusive() -> RwLockWriteGuard<'static, ()> {
    TIMING.write().unwrap_or_else(PoisonError::into_inner)
}

// ---------------------------------------------------------------------------
// What every extraction must satisfy

/// Extracts `text` twice, checks that both agree and that every span is
/// valid, and returns the extraction.
fn extract_checked(text: &str) -> Extraction {
    let x = extractor().extract(text);
    assert_valid(text, &x);
    assert!(x == extractor().extract(text), "two extractions of {text:?} differ");
    x
}

/// Every span lies on `char` boundaries of `text` and slices it to the text
/// reported; entities come in text order; an event's trigger lies in its
/// sentence; movements point at existing events, each event in at most one
/// movement.
fn assert_valid(text: &str, x: &Extraction) {
    for e in &x.entities {
        assert_slices(text, &e.text, e.span, "entity");
    }
    let starts: Vec<usize> = x.entities.iter().map(|e| e.span.start).collect();
    assert!(starts.is_sorted(), "entities out of text order in {text:?}");
    for e in &x.events {
        let arguments = [
            ("person", e.person.as_ref()),
            ("org", e.org.as_ref()),
            ("role", e.role.as_ref()),
            ("time", e.time.as_ref()),
            ("trigger", Some(&e.trigger)),
            ("sentence", Some(&e.sentence)),
        ];
        for (what, a) in arguments {
            if let Some(a) = a {
                assert_argument(text, a, what);
            }
        }
        let (sentence, trigger) = (e.sentence.span, e.trigger.span);
        let inside = sentence.start <= trigger.start && trigger.end <= sentence.end;
        assert!(
            inside,
            "trigger {:?} outside its sentence {:?}",
            e.trigger.text, e.sentence.text
        );
    }
    let mut seen = vec![false; x.events.len()];
    for m in &x.movements {
        assert!(
            !m.events.is_empty() && m.events.is_sorted(),
            "movement events {:?}",
            m.events
        );
        for &i in &m.events {
            assert!(i < x.events.len(), "movement points at event {i} of {}", x.events.len());
            assert!(!seen[i], "event {i} is in two movements");
            seen[i] = true;
        }
        assert!(!m.person.is_empty(), "a movement without a person");
        for post in [&m.from, &m.to].into_iter().flatten() {
            for (what, a) in [
                ("post org", &post.org),
                ("post role", &post.role),
                ("post time", &post.time),
            ] {
                if let Some(a) = a {
                    assert_argument(text, a, what);
                }
            }
        }
    }
}

fn assert_argument(text: &str, a: &Argument, what: &str) {
    assert_slices(text, &a.text, a.span, what);
}

fn assert_slices(text: &str, reported: &str, span: renshi::Span, what: &str) {
    assert!(!span.is_empty(), "empty {what} span {span:?} in {text:?}");
    let Some(slice) = text.get(span.range()) else {
        panic!("{what} span {span:?} is not on char boundaries of {text:?}");
    };
    assert_eq!(slice, reported, "{what} span {span:?} in {text:?}");
}

// ---------------------------------------------------------------------------
// Pieces of news-like text

const NAMES: &[&str] = &[
    "林晓峰",
    "苏婉清",
    "韩述",
    "陈一鸣",
    "顾长风",
    "克里斯·保罗",
    "Kestrel",
    "李某",
    "他",
];
const ORGS: &[&str] = &[
    "星河科技",
    "云帆智能",
    "北辰资本",
    "星河研究院",
    "青禾数据公司",
    "云帆",
    "原公司",
];
const ROLES: &[&str] = &[
    "首席科学家",
    "技术负责人",
    "副总裁",
    "CEO",
    "董事长",
    "首席技术官",
    "合伙人",
    "主教练",
];
const CUES: &[&str] = &[
    "离职",
    "加入",
    "转投",
    "出任",
    "卸任",
    "接任",
    "辞去",
    "加盟",
    "辞职",
    "离开",
    "担任",
    "不再担任",
    "跳槽至",
    "退休",
];
const TIMES: &[&str] = &[
    "2023年3月",
    "今年5月",
    "近日",
    "去年底",
    "2024年下半年",
    "10月份",
    "11月13日",
];
const LINKS: &[&str] = &[
    "据悉",
    "宣布",
    "将",
    "被曝",
    "否认",
    "有消息称",
    "从",
    "由",
    "的",
    "后",
    "并",
    "和",
    "表示",
];
const PUNCTUATION: &[&str] = &[
    "，", ",", "。", "、", "；", "：", "“", "”", "(", ")", "!", "？", "\"", "……",
];
/// Forms normalization folds: traditional characters, full-width forms,
/// spaces of several kinds, a line break.
const VARIANTS: &[&str] = &[
    "離職",
    "雲帆智能",
    "擔任",
    "總裁",
    "ＣＥＯ",
    "２０２３年",
    " ",
    "\u{3000}",
    "\t",
    "\n",
    "\r\n",
];

fn piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        3 => prop::sample::select(NAMES),
        3 => prop::sample::select(ORGS),
        2 => prop::sample::select(ROLES),
        3 => prop::sample::select(CUES),
        1 => prop::sample::select(TIMES),
        2 => prop::sample::select(LINKS),
        2 => prop::sample::select(PUNCTUATION),
        1 => prop::sample::select(VARIANTS),
    ]
}

/// Pieces of news joined in any order: names, organizations, roles, cues,
/// times, punctuation, and their full-width and traditional forms.
fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

/// Characters that have broken text pipelines: controls and NUL, joiners and
/// variation selectors, combining marks, U+FFFD, private use, noncharacters,
/// forms NFKC expands (㈱, ﷽), line separators, bidi controls, quotes.
const ODD_CHARS: &[char] = &[
    '\0',
    '\u{1}',
    '\u{8}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{9f}',
    '\u{200b}',
    '\u{200d}',
    '\u{200e}',
    '\u{202e}',
    '\u{2066}',
    '\u{fe0f}',
    '\u{feff}',
    '\u{fffd}',
    '\u{fffe}',
    '\u{ffff}',
    '\u{e000}',
    '\u{f8ff}',
    '\u{f0000}',
    '\u{10ffff}',
    '\u{300}',
    '\u{301}',
    '\u{20dd}',
    '\u{3099}',
    '㈱',
    '①',
    'ﬁ',
    '㍿',
    '\u{fdfd}',
    'ǅ',
    'İ',
    'ß',
    '\u{a0}',
    '\u{2028}',
    '\u{2029}',
    '\u{3000}',
    '\r',
    '\n',
    '\t',
    ' ',
    '“',
    '”',
    '"',
    '「',
    '」',
    '·',
    '・',
    '…',
    '—',
    '😀',
    '👨',
    '🇨',
    '🇳',
    '𠀀',
    '𪚥',
    '乾',
    '后',
    '髮',
];

/// Any characters, with the odd ones, full-width forms and the characters
/// of news text much more likely than chance would make them.
fn chaos() -> impl Strategy<Value = String> {
    let news: Vec<char> = [NAMES, ORGS, ROLES, CUES, TIMES, LINKS, PUNCTUATION, VARIANTS]
        .concat()
        .concat()
        .chars()
        .collect();
    let c = prop_oneof![
        4 => prop::sample::select(news),
        2 => prop::sample::select(ODD_CHARS),
        1 => proptest::char::range('\u{ff01}', '\u{ff5e}'),
        1 => any::<char>(),
    ];
    prop::collection::vec(c, 0..120).prop_map(String::from_iter)
}

/// `cases` cases, or as many as `PROPTEST_CASES` asks for a deeper run.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn any_string_gives_valid_spans(text in any::<String>()) {
        let _shared = shared();
        extract_checked(&text);
    }

    #[test]
    fn odd_characters_give_valid_spans(text in chaos()) {
        let _shared = shared();
        extract_checked(&text);
    }

    #[test]
    fn news_like_text_gives_valid_spans(text in news_like()) {
        let _shared = shared();
        extract_checked(&text);
    }
}

// ---------------------------------------------------------------------------
// The full-width, traditional and spaced variant of a sentence reads the same

/// Simplified characters of the pieces and their traditional forms.
const TRADITIONAL: &[(char, char)] = &[
    ('晓', '曉'),
    ('苏', '蘇'),
    ('韩', '韓'),
    ('陈', '陳'),
    ('鸣', '鳴'),
    ('顾', '顧'),
    ('长', '長'),
    ('风', '風'),
    ('云', '雲'),
    ('资', '資'),
    ('术', '術'),
    ('负', '負'),
    ('责', '責'),
    ('总', '總'),
    ('学', '學'),
    ('离', '離'),
    ('职', '職'),
    ('转', '轉'),
    ('辞', '辭'),
    ('担', '擔'),
    ('据', '據'),
    ('将', '將'),
    ('认', '認'),
    ('开', '開'),
    ('数', '數'),
    ('师', '師'),
    ('务', '務'),
    ('兴', '興'),
    ('书', '書'),
    ('记', '記'),
    ('阳', '陽'),
    ('盟', '盟'),
];

const SPACES: &[char] = &[' ', '\u{3000}', '\t', '\u{a0}'];

/// A sentence as news writes it, in simplified characters and ASCII forms
/// without spaces: `[time，][org][role]name cue [org][role]。`, perhaps
/// with a second clause.
fn plain_sentence() -> impl Strategy<Value = String> {
    let maybe = |s: &'static [&'static str]| prop::option::of(prop::sample::select(s));
    (
        maybe(TIMES),
        maybe(ORGS),
        maybe(ROLES),
        prop::sample::select(NAMES),
        maybe(&["据悉", "将", "被曝", "宣布"]),
        prop::sample::select(CUES),
        maybe(ORGS),
        maybe(ROLES),
        maybe(&[
            "，转投云帆智能",
            ",出任北辰资本合伙人",
            "，由苏婉清接任",
            "后加入星河研究院",
        ]),
        prop::sample::select(&["。", "!", "；", ""]),
    )
        .prop_map(|(time, org, role, name, status, cue, object, post, more, end)| {
            let time = time.map(|t| format!("{t}，")).unwrap_or_default();
            [
                &time,
                org.unwrap_or(""),
                role.unwrap_or(""),
                name,
                status.unwrap_or(""),
                cue,
            ]
            .into_iter()
            .chain([object.unwrap_or(""), post.unwrap_or(""), more.unwrap_or(""), end])
            .collect()
        })
}

/// `plain` with characters turned traditional or full-width and spaces
/// inserted, as `dice` (one byte per character) decides. Spaces go only
/// where normalization drops them: not between two Latin letters or digits.
fn variant(plain: &str, dice: &[u8]) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for (i, c) in plain.chars().enumerate() {
        let d = dice.get(i % dice.len().max(1)).copied().unwrap_or(0);
        let between_words = previous.is_some_and(|p| p.is_ascii_alphanumeric()) && c.is_ascii_alphanumeric();
        if d & 0b11 == 0 && !between_words {
            out.push(SPACES[usize::from(d >> 2) % SPACES.len()]);
        }
        let traditional = TRADITIONAL.iter().find(|&&(s, _)| s == c).map(|&(_, t)| t);
        let converted = match (traditional, c) {
            (Some(t), _) if d & 0b100 != 0 => t,
            (_, '!'..='~') if d & 0b1000 != 0 => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        };
        out.push(converted);
        previous = Some(c);
    }
    out
}

/// The text as normalization reads it: simplified, half-width, without spaces.
fn fold(text: &str) -> String {
    fast2s::convert(text)
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// An event as folded texts: type, person, org, role, time, trigger, status, sentence.
type Reading = (
    EventType,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Status,
    String,
);

fn readings(x: &Extraction) -> Vec<Reading> {
    let f = |a: &Option<Argument>| a.as_ref().map(|a| fold(&a.text));
    x.events
        .iter()
        .map(|e| {
            let (person, trigger, sentence) = (f(&e.person), fold(&e.trigger.text), fold(&e.sentence.text));
            (
                e.kind,
                person,
                f(&e.org),
                f(&e.role),
                f(&e.time),
                trigger,
                e.status,
                sentence,
            )
        })
        .collect()
}

fn entity_readings(x: &Extraction) -> Vec<(EntityKind, String, Option<String>)> {
    x.entities
        .iter()
        .map(|e| (e.kind, fold(&e.text), e.canonical.clone()))
        .collect()
}

#[test]
fn the_traditional_forms_fold_to_the_simplified() {
    for &(simplified, traditional) in TRADITIONAL {
        assert_eq!(fast2s::convert(&traditional.to_string()), simplified.to_string());
    }
}

proptest! {
    #![proptest_config(config(150))]

    #[test]
    fn a_variant_reads_as_the_plain_sentence(
        plain in prop::collection::vec(plain_sentence(), 1..3).prop_map(|s| s.concat()),
        dice in prop::collection::vec(any::<u8>(), 1..64),
    ) {
        let _shared = shared();
        let variant = variant(&plain, &dice);
        prop_assert_eq!(fold(&variant), fold(&plain), "the generator makes variants normalization undoes");
        let (a, b) = (extract_checked(&plain), extract_checked(&variant));
        prop_assert_eq!(readings(&a), readings(&b), "variant {:?}", variant);
        prop_assert_eq!(entity_readings(&a), entity_readings(&b), "variant {:?}", variant);
        let movements = |x: &Extraction| x.movements.iter().map(|m| (fold(&m.person), m.events.clone())).collect::<Vec<_>>();
        prop_assert_eq!(movements(&a), movements(&b), "variant {:?}", variant);
    }
}

#[test]
fn a_written_variant_reads_as_the_plain_sentence() {
    let _shared = shared();
    let plain = "2023年3月，星河科技首席科学家林晓峰离职，加入云帆智能担任CEO。";
    let variant = "２０２３年３月，星河 科技首席科學家林 曉峰離職，加入\u{3000}雲帆智能擔任ＣＥＯ。";
    let (a, b) = (extract_checked(plain), extract_checked(variant));
    assert!(!a.events.is_empty());
    assert_eq!(readings(&a), readings(&b));
    assert_eq!(b.events[0].person.as_ref().map(|p| p.text.as_str()), Some("林 曉峰"));
    assert_eq!(b.events[0].org.as_ref().map(|o| o.text.as_str()), Some("星河 科技"));
}

// ---------------------------------------------------------------------------
// Hostile inputs

/// A text `n` characters long made by repeating `unit`.
fn repeat_chars(unit: &str, n: usize) -> String {
    unit.chars().cycle().take(n).collect()
}

/// `n` two-character given names after surnames, joined by 、: 张伟芳、张伟娜、….
fn name_list(n: usize) -> String {
    let surnames: Vec<char> = "张李王陈林赵黄周吴徐孙胡朱高何郭马罗梁宋".chars().collect();
    let given: Vec<char> = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华".chars().collect();
    let (s, g) = (surnames.len(), given.len());
    let names: Vec<String> = (0..n)
        .map(|i| {
            [surnames[i % s], given[i / s % g], given[i / s / g % g]]
                .iter()
                .collect()
        })
        .collect();
    names.join("、") + "等人离职。"
}

fn hostile_inputs() -> Vec<(&'static str, String)> {
    let controls: String = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32).collect();
    vec![
        ("empty", String::new()),
        ("whitespace only", " \t\n\r\u{3000}\u{a0}\u{2028}\u{85}".repeat(1000)),
        ("control characters", controls.repeat(100)),
        ("NUL inside a sentence", "林晓峰\0离职\0,加入\0云帆智能\0。".repeat(200)),
        (
            "emoji and ZWJ sequences",
            "林晓峰👨‍👩‍👧‍👦离职，加入云帆智能🏳️‍🌈担任CEO👩🏽‍💻。🇨🇳".repeat(500),
        ),
        (
            "combining marks",
            "林\u{301}晓\u{302}峰离\u{20dd}职e\u{301}\u{302}\u{303}".repeat(500),
        ),
        (
            "a letter under 1,000 combining marks",
            format!("a{}离职", "\u{301}".repeat(1000)),
        ),
        (
            "U+FFFD, private use and noncharacters",
            "\u{fffd}林晓峰\u{e000}离职\u{f8ff}加入\u{f0000}云帆智能\u{10ffff}\u{fffe}\u{ffff}。".repeat(500),
        ),
        (
            "forms NFKC expands",
            "㈱①ﬁ㍿\u{fdfd}ǅ林晓峰离职㈱加入云帆智能".repeat(500),
        ),
        (
            "bidi controls",
            "\u{202e}林晓峰离职\u{202c}，\u{2066}加入云帆智能\u{2069}。".repeat(500),
        ),
        (
            "rare ideographs outside the BMP",
            "𠀀𠀁𪚥𫝀林晓峰离职加入𠀀云帆智能。".repeat(500),
        ),
        (
            "full-width forms",
            "２０２３年３月，ＡＩ专家林晓峰离职，加入云帆智能担任ＣＥＯ。".repeat(500),
        ),
        (
            "lone line feeds and carriage returns",
            "林晓峰\r离职\r\n加入\n\n\r云帆智能".repeat(500),
        ),
        (
            "1 M characters of news without punctuation",
            repeat_chars("林晓峰加入星河科技担任首席科学家", 1_000_000),
        ),
        ("20,000 names in one list", name_list(20_000)),
        (
            "10,000 nested quotes",
            format!("{}林晓峰离职{}", "“".repeat(10_000), "”".repeat(10_000)),
        ),
        (
            "10,000 nested brackets of every kind",
            format!(
                "{}林晓峰加入云帆智能{}",
                "「『（(\"".repeat(2_000),
                "\")）』」".repeat(2_000)
            ),
        ),
        ("10,000 ASCII quotes", format!("{}离职。", "\"林晓峰".repeat(10_000))),
        ("a cue word 100,000 times", "离职".repeat(100_000)),
        ("a cue that needs an object, 100,000 times", "加入".repeat(100_000)),
        (
            "a cue after each of 10,000 commas",
            format!("林晓峰{}", "离职，".repeat(10_000)),
        ),
        ("20,000 events of one person", "林晓峰离职。".repeat(20_000)),
        (
            "digits with 年月日, 500,000 characters",
            repeat_chars("2023年12月31日", 500_000),
        ),
        ("a line of 1,000,000 digits", repeat_chars("1234567890", 1_000_000)),
        ("a Latin word of 1,000,000 letters", "a".repeat(1_000_000)),
        ("one 20,000-character line of dots", "·".repeat(20_000)),
        (
            "a sentence of 10,000 commas",
            format!("林晓峰{}离职。", "，".repeat(10_000)),
        ),
    ]
}

#[test]
fn hostile_inputs_finish_with_valid_spans() {
    let _shared = shared();
    for (what, text) in hostile_inputs() {
        let started = Instant::now();
        let x = extractor().extract(&text);
        assert_valid(&text, &x);
        serde_json::to_string(&x).unwrap_or_else(|e| panic!("{what}: {e}"));
        eprintln!("{what}: {} bytes in {:?}", text.len(), started.elapsed());
    }
}

#[test]
fn short_odd_inputs_are_deterministic() {
    let _shared = shared();
    let table = [
        "",
        " ",
        "。",
        "，。！？；",
        "离职",
        "林",
        "林晓峰",
        "加入",
        "“",
        "”",
        "\"",
        "·",
        "\u{feff}",
        "\u{200d}",
        "\0",
        "\u{fffd}",
        "\u{fdfd}",
        "e\u{301}",
        "由",
        "接任",
        "离职离职",
        "林晓峰离职，离职，离职。",
    ];
    for text in table {
        extract_checked(text);
    }
}

// ---------------------------------------------------------------------------
// Linear time

/// The time of the fastest of `runs` extractions of `text`.
fn fastest(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            let x = extractor().extract(text);
            let elapsed = started.elapsed();
            drop(x);
            elapsed
        })
        .min()
        .unwrap_or_default()
}

/// Extracting from the input of 8 × `n` units takes at most 20 times as long
/// as from the input of `n` units: linear time with room for noise (a
/// quadratic stage makes it 64 times).
fn assert_linear(what: &str, make: impl Fn(usize) -> String, n: usize) {
    let _alone = exclusive();
    let (small, large) = (make(n), make(8 * n));
    let short = fastest(&small, 3).max(Duration::from_millis(5));
    let long = fastest(&large, 2);
    eprintln!("{what}: {n} units in {short:?}, {} in {long:?}", 8 * n);
    assert!(
        long <= 20 * short,
        "{what}: {} bytes took {short:?}, {} bytes took {long:?}",
        small.len(),
        large.len()
    );
}

#[test]
fn linear_in_text_without_cues() {
    assert_linear(
        "text without cues",
        |n| repeat_chars("星河科技的研究员林晓峰在实验室里工作", n),
        10_000,
    );
}

#[test]
fn linear_in_nested_quotes() {
    assert_linear(
        "nested quotes",
        |n| format!("{}林晓峰离职{}", "“".repeat(n), "”".repeat(n)),
        4_000,
    );
}

#[test]
fn linear_in_dates() {
    assert_linear("dates", |n| repeat_chars("2023年12月31日", n), 20_000);
}

#[test]
fn linear_in_odd_characters() {
    assert_linear(
        "odd characters",
        |n| repeat_chars("👨‍👩‍👧‍👦\u{fdfd}㈱e\u{301}\u{fffd}\u{e000}\0𠀀林晓峰", n),
        10_000,
    );
}

#[test]
fn linear_in_a_cue_that_needs_an_object() {
    assert_linear("加入 repeated", |n| "加入".repeat(n), 4_000);
}

#[test]
fn linear_in_organizations_named_by_suffix() {
    assert_linear("suffix organizations", |n| "青禾数据公司星河资本".repeat(n), 1_000);
}

#[test]
fn linear_in_a_list_of_names() {
    assert_linear("names", name_list, 2_000);
}

#[test]
fn linear_in_a_repeated_cue() {
    assert_linear("离职 repeated", |n| "离职".repeat(n), 4_000);
}

#[test]
fn linear_in_clauses() {
    assert_linear("clauses", |n| format!("林晓峰{}", "离职，".repeat(n)), 1_000);
}

#[test]
fn linear_in_news_without_punctuation() {
    assert_linear(
        "news without punctuation",
        |n| repeat_chars("林晓峰加入星河科技担任首席科学家", n),
        8_000,
    );
}

#[test]
fn linear_in_names_read_by_characters() {
    assert_linear(
        "roles and verbs of saying",
        |n| repeat_chars("总经理韩文南向林晓峰表示说", n),
        8_000,
    );
}

#[test]
fn linear_in_announcements_and_signings() {
    assert_linear(
        "announcements and signings",
        |n| {
            format!(
                "青松队宣布{}",
                "林晓峰为新任主帅，签下韩述，出任星河科技CEO不到一年便离职，".repeat(n)
            )
        },
        200,
    );
}

#[test]
fn linear_in_negations_appointments_and_memberships() {
    // One clause, so that every cue looks back over all of it.
    assert_linear(
        "negations, appointments and memberships",
        |n| {
            format!(
                "林晓峰正式{}尚未",
                "加盟青松队出任其总裁辞退了三名高管不再担任该职务成为雪豹队的一员".repeat(n)
            )
        },
        1_000,
    );
}

#[test]
fn linear_in_events_of_one_person() {
    assert_linear("events of one person", |n| "林晓峰离职。".repeat(n), 1_000);
}

#[test]
fn linear_in_digits() {
    assert_linear("digits", |n| "1".repeat(n), 2_000);
}

#[test]
fn linear_in_latin_letters() {
    assert_linear("Latin letters", |n| "a".repeat(n), 1_000);
}

// ---------------------------------------------------------------------------
// Threads

#[test]
fn an_extractor_is_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Extractor>();
}

/// News-like texts from a fixed seed.
fn corpus(n: usize) -> Vec<String> {
    let pieces: Vec<&str> = [NAMES, ORGS, ROLES, CUES, TIMES, LINKS, PUNCTUATION, VARIANTS].concat();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|_| {
            let len = 5 + next() % 40;
            (0..len).map(|_| pieces[next() as usize % pieces.len()]).collect()
        })
        .collect()
}

#[test]
fn threads_sharing_one_extractor_agree_with_one_thread() {
    let _shared = shared();
    let texts = corpus(60);
    let alone: Vec<Extraction> = texts.iter().map(|t| extractor().extract(t)).collect();
    let threads = 4;
    let results: Vec<Vec<(usize, Extraction)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|k| {
                let texts = &texts;
                scope.spawn(move || {
                    // Each thread walks the corpus from another start, so
                    // different texts are in flight at once.
                    (0..texts.len())
                        .map(|i| (i + k * texts.len() / threads) % texts.len())
                        .map(|i| (i, extractor().extract(&texts[i])))
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no thread panics"))
            .collect()
    });
    for (i, x) in results.into_iter().flatten() {
        assert!(x == alone[i], "text {i} differs across threads: {:?}", texts[i]);
    }
}

#[test]
fn two_extractors_agree() {
    let _shared = shared();
    let other = Extractor::builder()
        .dictionary(Dictionary::Orgs, "test-orgs.txt", TEST_ORGS.as_bytes())
        .build()
        .expect("the test dictionary builds");
    for text in corpus(40) {
        assert!(other.extract(&text) == extractor().extract(&text), "{text:?}");
    }
}

// ---------------------------------------------------------------------------
// Dictionaries

/// A dictionary file: its kind, name and text.
type File<'a> = (Dictionary, &'a str, &'a str);

fn build_error(files: &[File<'_>]) -> renshi::Error {
    let builder = files.iter().fold(Extractor::builder(), |b, &(kind, name, text)| {
        b.dictionary(kind, name, text.as_bytes())
    });
    match builder.build() {
        Ok(_) => panic!("{files:?} builds"),
        Err(e) => e,
    }
}

#[test]
fn malformed_lines_are_syntax_errors_naming_file_and_line() {
    let _shared = shared();
    let table = [
        (
            Dictionary::Orgs,
            "# c\n\n星河科技 | 星河 | | 多余\n",
            "user.txt:3: expected 3 fields",
        ),
        (Dictionary::Orgs, "星河科技\n", "user.txt:1: expected 3 fields"),
        (Dictionary::Orgs, " | 星河 |\n", "user.txt:1: empty term"),
        (Dictionary::Roles, "院长 | head\n | head\n", "user.txt:2: empty term"),
        (Dictionary::Roles, "院长\n", "user.txt:1: expected 2 fields"),
        (
            Dictionary::Cues,
            "离任 | departure | away\n",
            "user.txt:1: unknown object \"away\"",
        ),
        (Dictionary::Cues, "离任 | departure\n", "user.txt:1: expected 3 fields"),
        (
            Dictionary::Markers,
            "据悉 | rumour\n",
            "user.txt:1: unknown marker kind \"rumour\"",
        ),
        (
            Dictionary::Markers,
            "据悉 | reported | x\n",
            "user.txt:1: expected 2 fields",
        ),
        (Dictionary::Surnames, "欧阳 | -1\n", "user.txt:1: weight \"-1\""),
        (Dictionary::Surnames, "欧阳 | NaN\n", "user.txt:1: weight \"NaN\""),
        (Dictionary::Surnames, "欧阳 | inf\n", "user.txt:1: weight \"inf\""),
        (Dictionary::Surnames, "欧阳 |\n", "user.txt:1: weight \"\""),
        (
            Dictionary::GivenNames,
            "晓峰 | 3\n",
            "user.txt:1: an entry is one character",
        ),
        (Dictionary::GivenNames, "晓 | many\n", "user.txt:1: weight \"many\""),
        (
            Dictionary::Transliteration,
            "斯 | 0.5 | 1\n",
            "user.txt:1: expected 2 fields",
        ),
        (
            Dictionary::Transliteration,
            "斯塔 | 0.5\n",
            "user.txt:1: an entry is one character",
        ),
        // Windows line ends count lines the same way.
        (
            Dictionary::Roles,
            "院长 | head\r\n\r\n主任 | boss\r\n",
            "user.txt:3: unknown role kind \"boss\"",
        ),
    ];
    for (kind, text, message) in table {
        let err = build_error(&[(kind, "user.txt", text)]);
        assert_eq!(err.kind(), ErrorKind::Syntax, "{text:?}: {err}");
        assert!(err.to_string().starts_with(message), "{text:?}: {err}");
    }
}

#[test]
fn duplicates_and_conflicting_aliases_are_conflicts_naming_file_and_line() {
    let _shared = shared();
    let table: [(&[File<'_>], &str); 11] = [
        (
            &[(
                Dictionary::Roles,
                "user.txt",
                "院长 | head\n主任 | head\n院长 | modifier\n",
            )],
            "user.txt:3: \"院长\" is listed twice (first at user.txt:1)",
        ),
        (
            &[(
                Dictionary::Cues,
                "user.txt",
                "离任 | departure | none\n离任 | join | none\n",
            )],
            "user.txt:2: \"离任\" is listed twice (first at user.txt:1)",
        ),
        (
            &[(
                Dictionary::Markers,
                "user.txt",
                "# m\n据报道 | reported\n据报道 | reported\n",
            )],
            "user.txt:3: \"据报道\" is listed twice (first at user.txt:2)",
        ),
        (
            &[(Dictionary::Surnames, "user.txt", "欧阳 | 1\n欧阳 | 2\n")],
            "user.txt:2: \"欧阳\" is listed twice (first at user.txt:1)",
        ),
        (
            &[(Dictionary::GivenNames, "user.txt", "峰 | 1\n峰 | 2\n")],
            "user.txt:2: \"峰\" is listed twice (first at user.txt:1)",
        ),
        (
            &[(Dictionary::Transliteration, "user.txt", "斯 | 0.5\n斯 | 0.6\n")],
            "user.txt:2: \"斯\" is listed twice (first at user.txt:1)",
        ),
        (
            &[(
                Dictionary::Orgs,
                "user.txt",
                "青禾数据 | 青禾 |\n青禾数据 | 青禾科技 |\n",
            )],
            "user.txt:2: \"青禾数据\" is listed twice (first at user.txt:1)",
        ),
        (
            &[(Dictionary::Orgs, "user.txt", "青禾数据 | 青禾 |\n青禾资本 | 青禾 |\n")],
            "user.txt:2: \"青禾\" already names organization \"青禾数据\"",
        ),
        (
            &[(Dictionary::Orgs, "user.txt", "青禾数据 | |\n青禾资本 | 青禾数据 |\n")],
            "user.txt:2: \"青禾数据\" already names organization \"青禾数据\"",
        ),
        (
            &[
                (Dictionary::Orgs, "a.txt", "青禾数据 | 青禾 |\n"),
                (Dictionary::Orgs, "b.txt", "# b\n青禾资本 | 青禾 |\n"),
            ],
            "b.txt:2: \"青禾\" already names organization \"青禾数据\"",
        ),
        (
            &[(Dictionary::Orgs, "user.txt", "青禾数据 | | 青禾集团\n")],
            "user.txt:1: parent \"青禾集团\" is not a listed organization",
        ),
    ];
    for (files, message) in table {
        let err = build_error(files);
        assert_eq!(err.kind(), ErrorKind::Conflict, "{files:?}: {err}");
        assert!(err.to_string().starts_with(message), "{files:?}: {err}");
    }
    let cycle = build_error(&[(Dictionary::Orgs, "user.txt", "甲组 | | 乙组\n乙组 | | 甲组\n")]);
    assert_eq!(cycle.kind(), ErrorKind::Conflict);
    assert!(cycle.to_string().contains("would make a cycle"), "{cycle}");
    assert!(cycle.to_string().starts_with("user.txt:"), "{cycle}");
}

#[test]
fn error_messages_are_lowercase_without_a_trailing_period() {
    let _shared = shared();
    let errors = [
        build_error(&[(Dictionary::Cues, "user.txt", "离任 | leave | none\n")]),
        build_error(&[(Dictionary::Surnames, "user.txt", "欧阳 | 1\n欧阳 | 2\n")]),
        build_error(&[(Dictionary::Orgs, "user.txt", "青禾数据 | | 青禾集团\n")]),
        build_error(&[(Dictionary::Roles, "user.txt", "院长 | head\n\u{ff}\n")]),
    ];
    for err in errors {
        let message = err.to_string();
        let what = message.rsplit(": ").next().unwrap_or_default();
        assert!(!message.ends_with('.'), "{message}");
        assert!(what.chars().next().is_none_or(|c| !c.is_uppercase()), "{message}");
    }
}

#[test]
fn unreadable_dictionaries_are_read_errors_naming_the_source() {
    let _shared = shared();
    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = Extractor::builder()
        .dictionary(Dictionary::Orgs, "broken.txt", std::io::BufReader::new(Failing))
        .build()
        .err()
        .expect("a failing reader is an error");
    assert_eq!(err.kind(), ErrorKind::Read);
    assert!(err.to_string().starts_with("broken.txt: "), "{err}");

    let err = Extractor::builder()
        .dictionary(Dictionary::Orgs, "latin1.txt", &b"\xe6\x98\x9f | |\nCaf\xe9 | |\n"[..])
        .build()
        .err()
        .expect("invalid UTF-8 is an error");
    assert_eq!(err.kind(), ErrorKind::Read);
    assert_eq!(err.to_string(), "latin1.txt: invalid UTF-8 at byte offset 11");
}

#[test]
fn a_later_file_may_extend_what_an_earlier_one_lists() {
    let _shared = shared();
    // Duplicates across files are allowed: a later file adds aliases or
    // gives a term another reading.
    let extractor = Extractor::builder()
        .dictionary(Dictionary::Orgs, "a.txt", "青禾数据 | 青禾 |\n".as_bytes())
        .dictionary(Dictionary::Orgs, "b.txt", "青禾数据 | 青禾科技 |\n".as_bytes())
        .dictionary(Dictionary::Cues, "c.txt", "离职 | departure | none\n".as_bytes())
        .build()
        .expect("a later file may re-list an organization and a cue");
    let x = extractor.extract("林晓峰离开青禾科技。");
    assert_eq!(
        x.events[0].org.as_ref().and_then(|o| o.canonical.as_deref()),
        Some("青禾数据")
    );
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_term() {
    let _shared = shared();
    let extractor = Extractor::builder()
        .dictionary(Dictionary::Orgs, "bom.txt", "\u{feff}青禾数据 | 青禾 |\n".as_bytes())
        .build()
        .expect("a file with a byte-order mark builds");
    let x = extractor.extract("林晓峰离开青禾数据。");
    let org = x.events[0].org.as_ref().expect("an organization");
    assert_eq!(org.canonical.as_deref(), Some("青禾数据"));
}

#[test]
fn a_term_listed_twice_in_another_case_is_a_conflict() {
    let _shared = shared();
    let table = [
        (Dictionary::Roles, "CEO | head\nceo | modifier\n"),
        (Dictionary::Cues, "Quit | departure | none\nQUIT | join | none\n"),
        (Dictionary::Markers, "Per | reported\nper | denied\n"),
    ];
    for (kind, text) in table {
        let err = build_error(&[(kind, "user.txt", text)]);
        assert_eq!(err.kind(), ErrorKind::Conflict, "{text:?}: {err}");
        assert!(err.to_string().starts_with("user.txt:2: "), "{text:?}: {err}");
    }
}

#[test]
fn odd_terms_build_or_fail_naming_the_line() {
    let _shared = shared();
    let long = "长".repeat(10_000);
    let table = [
        (Dictionary::Orgs, "青禾\0数据 | \0 |\n".to_string()),
        (Dictionary::Orgs, format!("{long} | |\n")),
        (Dictionary::Orgs, "😀 | 👨\u{200d}👩\u{200d}👧, , ,😀 |\n".to_string()),
        (Dictionary::Markers, "\u{200d} | time\n".to_string()),
        (Dictionary::Cues, "离 | departure | none\n".to_string()),
        (Dictionary::Surnames, "X | 1e30\n".to_string()),
        (Dictionary::Orgs, "# only a comment".to_string()),
        (Dictionary::Orgs, String::new()),
        (Dictionary::Orgs, "甲组 | | 甲组\n".to_string()),
    ];
    for (kind, text) in table {
        match Extractor::builder()
            .dictionary(kind, "odd.txt", text.as_bytes())
            .build()
        {
            Ok(extractor) => {
                let news = format!("林晓峰离职，加入{text}担任CEO。");
                assert_valid(&news, &extractor.extract(&news));
            }
            Err(e) => assert!(e.to_string().starts_with("odd.txt:1: "), "{e}"),
        }
    }
}

/// A dictionary line of odd terms and fields.
fn dictionary_line() -> impl Strategy<Value = String> {
    let term = prop_oneof![
        3 => prop::sample::select(&["青禾", "离任", "院长", "欧阳", "峰", "据报道", "星河科技", "腾讯"][..]).prop_map(String::from),
        2 => "[^|\n\r]{0,6}",
    ];
    let field = prop_oneof![
        3 => prop::sample::select(
            &["head", "modifier", "departure", "join", "none", "org", "post", "successor", "time", "reported", "1", "0.5", ""][..]
        )
        .prop_map(String::from),
        1 => "[^|\n]{0,5}",
    ];
    (term, prop::collection::vec(field, 0..4))
        .prop_map(|(term, fields)| std::iter::once(term).chain(fields).collect::<Vec<_>>().join(" | "))
}

fn dictionary_kind() -> impl Strategy<Value = Dictionary> {
    prop::sample::select(
        &[
            Dictionary::Orgs,
            Dictionary::Roles,
            Dictionary::Cues,
            Dictionary::Markers,
            Dictionary::Surnames,
            Dictionary::GivenNames,
            Dictionary::Transliteration,
        ][..],
    )
}

proptest! {
    // Each dictionary that loads builds a segmenter, which is slow: few cases.
    #![proptest_config(config(12))]

    #[test]
    fn any_dictionary_builds_or_errs_without_panicking(
        kind in dictionary_kind(),
        lines in prop::collection::vec(dictionary_line(), 0..6),
        text in news_like(),
    ) {
        let _shared = shared();
        let dictionary = lines.join("\n");
        let built = Extractor::builder().dictionary(kind, "fuzz.txt", dictionary.as_bytes()).build();
        match built {
            Ok(extractor) => assert_valid(&text, &extractor.extract(&text)),
            Err(e) => {
                let message = e.to_string();
                prop_assert!(message.starts_with("fuzz.txt:"), "{}", message);
            }
        }
    }
}
