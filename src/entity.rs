//! Mentions in a sentence: people, organizations and roles, from the
//! dictionaries and from rules for names no dictionary lists, together with
//! the words events are built from (cues, markers, times).

use crate::dict::{Cue, CueEvent, Found, Lexicon, Marker, OrgId, RolePart};
use crate::person;
use crate::segment::{Segmenter, Token};
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Person,
    Pronoun,
    /// An organization; `org` is set when a dictionary knows it.
    Org,
    Role,
    Time,
    Cue(Cue),
    Marker(Marker),
}

/// A mention: byte offsets into the normalized text, its kind, and for an
/// organization the dictionary entry it names (or, for a unit named by rule,
/// the organization it sits in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) org: Option<OrgId>,
}

impl Mention {
    pub(crate) fn new(start: usize, end: usize, kind: Kind) -> Mention {
        Mention {
            start,
            end,
            kind,
            org: None,
        }
    }
}

/// Dates and times as Chinese news writes them: 2024年下半年, 今年8月,
/// 10月份, 11月13日, 十月初.
static TIME: Lazy<Regex> = Lazy::new(|| {
    let year = r"(?:\d{4}|\d{2})年|[今去明前]年";
    let month = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?";
    let day = r"\d{1,2}[日号]";
    let part = r"上半年|下半年|年初|年底|年末|年中|上旬|中旬|下旬|初|底|末";
    let pattern = format!("(?:{year})(?:{month}(?:{day})?)?(?:{part})?|(?:{month})(?:{day})?(?:{part})?");
    Regex::new(&pattern).expect("the time pattern is valid")
});

/// The mentions of one sentence, in text order and never overlapping.
///
/// Where two readings compete for the same characters, the more reliable
/// wins: dictionary organizations, then roles, times, organizations found by
/// their suffix, people found by rule, and last cues and markers.
pub(crate) fn mentions(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    sentence: Range<usize>,
    found: &[Found],
    tokens: &[Token<'_>],
) -> Vec<Mention> {
    let mut layers: Vec<Vec<Mention>> = vec![Vec::new(); 7];
    let mut role_parts = Vec::new();
    let mut suffixes = Vec::new();
    for f in found {
        let term = f.term;
        if let Some(id) = term.org {
            layers[0].push(Mention {
                org: Some(id),
                ..Mention::new(f.start, f.end, Kind::Org)
            });
        } else if let Some(part) = term.role {
            role_parts.push((f.start, f.end, part));
        } else if let Some(cue) = term.cue {
            if cue.event != CueEvent::None {
                layers[5].push(Mention::new(f.start, f.end, Kind::Cue(cue)));
            }
        } else if let Some(marker) = term.marker {
            match marker {
                Marker::OrgSuffix => suffixes.push(Suffix {
                    start: f.start,
                    end: f.end,
                    needs_proper: false,
                }),
                Marker::OrgNoun => suffixes.push(Suffix {
                    start: f.start,
                    end: f.end,
                    needs_proper: true,
                }),
                Marker::Time => layers[2].push(Mention::new(f.start, f.end, Kind::Time)),
                Marker::Pronoun => layers[6].push(Mention::new(f.start, f.end, Kind::Pronoun)),
                Marker::None | Marker::Generic | Marker::Speech => {}
                other => layers[6].push(Mention::new(f.start, f.end, Kind::Marker(other))),
            }
        }
    }
    layers[1] = roles(&role_parts);
    // Dates first: 2024年下半年 is one time, not 2024年 and 下半年.
    let dates = TIME.find_iter(&text[sentence.clone()]);
    let dates = dates.map(|m| Mention::new(sentence.start + m.start(), sentence.start + m.end(), Kind::Time));
    layers[2].splice(0..0, dates);
    layers[3] = suffix_orgs(lexicon, text, &suffixes, &layers[0], tokens);
    extend_orgs_by_suffix(&mut layers[0], &suffixes);
    let context = person::Context::new(&layers[1], found);
    layers[4] = person::people(lexicon, segmenter, text, sentence.clone(), tokens, &context);
    resolve(sentence, layers)
}

/// Keeps the mentions of earlier layers where readings overlap, then sorts.
/// Occupancy is one flag per byte, so this is linear in the sentence length.
fn resolve(sentence: Range<usize>, layers: Vec<Vec<Mention>>) -> Vec<Mention> {
    let mut taken = vec![false; sentence.len()];
    let mut out = Vec::new();
    for layer in layers {
        for m in layer {
            let range = m.start - sentence.start..m.end - sentence.start;
            if m.start < m.end && !taken[range.clone()].iter().any(|&t| t) {
                taken[range].iter_mut().for_each(|t| *t = true);
                out.push(m);
            }
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Role grammar: any run of adjacent modifiers ending in a head is one role
/// (首席 + 科学家, 技术 + 负责人); modifiers without a head are not a role.
fn roles(parts: &[(usize, usize, RolePart)]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut run_start: Option<usize> = None;
    let mut prev_end = usize::MAX;
    for &(start, end, part) in parts {
        if start != prev_end {
            run_start = None;
        }
        let first = *run_start.get_or_insert(start);
        if part == RolePart::Head {
            // 董事长兼总裁 is two roles; 副 + 总裁 is one.
            match out.last_mut() {
                Some(last @ &mut Mention { end: e, .. }) if e == start && first < e => last.end = end,
                _ => out.push(Mention::new(first, end, Kind::Role)),
            }
            run_start = None;
        }
        prev_end = end;
    }
    out
}

/// Whether a word may form part of the name before an organization suffix:
/// nouns, Latin words, Arabic numbers (2050全球研究院) — not numerals and
/// quantifiers (几家科技公司).
fn may_name_org(word: &str, tag: &str) -> bool {
    match tag {
        "m" => word.chars().all(|c| c.is_ascii_digit()),
        _ => tag.starts_with('n') || matches!(tag, "eng" | "j" | "a" | "b" | "vn" | "x"),
    }
}

/// Whether a word is a proper name: a suffix organization needs one
/// (香颂 + 资本, 2050 + 全球 + 研究院), so that 大模型公司, 两家公司 or
/// AI创业公司 are not taken for names. Generic words (AI, 互联网) are listed
/// as markers.
fn is_proper(lexicon: &Lexicon, word: &str, tag: &str) -> bool {
    let generic = lexicon.term(word).is_some_and(|t| t.marker == Some(Marker::Generic));
    let proper = match tag {
        "m" => word.chars().all(|c| c.is_ascii_digit()),
        _ => matches!(tag, "nr" | "nrfg" | "nrt" | "ns" | "nt" | "nz" | "eng" | "j" | "x"),
    };
    proper && !generic
}

/// A word that ends an organization's name, and whether the name before it
/// must hold a proper name.
#[derive(Debug, Clone, Copy)]
struct Suffix {
    start: usize,
    end: usize,
    needs_proper: bool,
}

/// Organizations named by rule: the words before a suffix such as 资本,
/// 研究院 or 公司, back to the first word that cannot be part of a name.
/// After a common noun such as 公司 the name must hold a proper name, except
/// right after a known organization: 字节跳动 + 大模型研究院 is a unit of it.
fn suffix_orgs(
    lexicon: &Lexicon,
    text: &str,
    suffixes: &[Suffix],
    known: &[Mention],
    tokens: &[Token<'_>],
) -> Vec<Mention> {
    const MAX_WORDS: usize = 4;
    let mut out = Vec::new();
    for &Suffix {
        start,
        end,
        needs_proper,
    } in suffixes
    {
        let Some(last) = tokens.iter().position(|t| t.end == end) else {
            continue;
        };
        let mut first = last;
        if tokens[last].start == start {
            while first > 0 && last - first < MAX_WORDS {
                let t = tokens[first - 1];
                let word = &text[t.start..t.end];
                let is_word = word.chars().all(|c| c.is_alphanumeric());
                if !is_word || !may_name_org(word, t.tag) || known.iter().any(|k| k.start < t.end && t.start < k.end) {
                    break;
                }
                first -= 1;
            }
        }
        let name_start = tokens[first].start;
        if name_start >= start {
            continue;
        }
        let unit_of_known = known.iter().any(|k| k.end == name_start);
        let names: Vec<&str> = tokens[first..last].iter().map(|t| &text[t.start..t.end]).collect();
        let generic = names
            .iter()
            .all(|w| lexicon.term(w).is_some_and(|t| t.marker == Some(Marker::Generic)));
        let proper = tokens[first..last]
            .iter()
            .zip(&names)
            .any(|(t, w)| is_proper(lexicon, w, t.tag));
        if unit_of_known || proper || (!needs_proper && !generic) {
            out.push(Mention::new(name_start, end, Kind::Org));
        }
    }
    out
}

/// A known organization directly followed by a suffix names the same
/// organization (华为 + 公司).
fn extend_orgs_by_suffix(orgs: &mut [Mention], suffixes: &[Suffix]) {
    for org in orgs {
        if let Some(suffix) = suffixes.iter().find(|s| s.start == org.end) {
            org.end = suffix.end;
        }
    }
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}
