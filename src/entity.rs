//! Mentions in a sentence: people, organizations and roles, from the
//! dictionaries and from rules for names no dictionary lists, together with
//! the words events are built from (cues, markers, times).

use crate::dict::{Cue, CueEvent, CueObject, Found, Lexicon, Marker, OrgId, RolePart};
use crate::person;
use crate::segment::{Segmenter, Token};
use aho_corasick::{AhoCorasick, MatchKind};
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
/// organization the dictionary entry it names, or for the short form of a
/// name found by rule, where the full name is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) org: Option<OrgId>,
    pub(crate) full: Option<(usize, usize)>,
}

impl Mention {
    pub(crate) fn new(start: usize, end: usize, kind: Kind) -> Mention {
        Mention {
            start,
            end,
            kind,
            org: None,
            full: None,
        }
    }
}

/// A sentence whose subject a personal pronoun takes up in the next one
/// is about that person, when it opens with a Latin-script name:
/// `Kestrel比较擅长。但是他离开队伍后…` (see [`person::latin_subject`]).
/// Only where neither sentence names anyone before the pronoun.
pub(crate) fn pronoun_antecedents(
    lexicon: &Lexicon,
    text: &str,
    sentences: &[Range<usize>],
    mentions: &mut [Vec<Mention>],
) {
    for k in 1..mentions.len() {
        let takes_up = mentions[k]
            .iter()
            .find(|m| matches!(m.kind, Kind::Person | Kind::Pronoun))
            .is_some_and(|m| m.kind == Kind::Pronoun);
        if !takes_up || mentions[k - 1].iter().any(|m| m.kind == Kind::Person) {
            continue;
        }
        let Some(name) = person::latin_subject(lexicon, text, sentences[k - 1].clone()) else {
            continue;
        };
        let before = &mut mentions[k - 1];
        if overlapping(before, name.start, name.end).is_none() {
            let at = before.partition_point(|m| m.start < name.start);
            before.insert(at, name);
        }
    }
}

/// Names read once are names everywhere in the article (`百度创始人李彦宏`
/// vouches for the later `李彦宏预判`), and the short form of an
/// organization named by rule names it too (after `云岭集团`, `云岭`). One
/// scan of the article adds them wherever nothing else was read.
pub(crate) fn read_across(lexicon: &Lexicon, text: &str, sentences: &[Range<usize>], mentions: &mut [Vec<Mention>]) {
    // The names the dictionaries list are found everywhere already.
    let mut names = person::names(text, mentions);
    names.retain(|name| !lexicon.term(name).is_some_and(|t| t.person));
    let stems = short_forms(lexicon, text, mentions);
    if names.is_empty() && stems.is_empty() {
        return;
    }
    let patterns: Vec<&str> = names
        .iter()
        .copied()
        .chain(stems.iter().map(|&(stem, _)| stem))
        .collect();
    let mention = |pattern: usize, start: usize, end: usize| match pattern.checked_sub(names.len()) {
        None => Mention::new(start, end, Kind::Person),
        Some(s) => Mention {
            full: Some(stems[s].1),
            ..Mention::new(start, end, Kind::Org)
        },
    };
    let found: Vec<Mention> = if patterns.len() <= FEW_PATTERNS {
        // A handful: a scan each costs less than building an automaton.
        (patterns.iter().enumerate())
            .flat_map(|(p, pattern)| {
                text.match_indices(pattern)
                    .map(move |(at, _)| (p, at, at + pattern.len()))
            })
            .map(|(p, start, end)| mention(p, start, end))
            .collect()
    } else {
        let Ok(automaton) = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
        else {
            return;
        };
        (automaton.find_iter(text))
            .map(|m| mention(m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    };
    add_where_free(text, sentences, mentions, found);
}

/// The short forms of organizations named by rule, with where their full
/// name is written: the full name less a company suffix (云岭 of 云岭集团),
/// two to five characters.
fn short_forms<'t>(lexicon: &Lexicon, text: &'t str, mentions: &[Vec<Mention>]) -> Vec<(&'t str, (usize, usize))> {
    let mut stems: Vec<(&str, (usize, usize))> = Vec::new();
    for m in mentions
        .iter()
        .flatten()
        .filter(|m| m.kind == Kind::Org && m.org.is_none() && m.full.is_none())
    {
        let name = &text[m.start..m.end];
        // A brand before a company suffix (云岭 + 集团), not a place or a
        // description before a common noun (北京 + 大学).
        let suffix = name.char_indices().skip(2).take(4).map(|(at, _)| at).find(|&at| {
            lexicon
                .term(&name[at..])
                .is_some_and(|t| t.marker == Some(Marker::OrgSuffix))
        });
        let Some(at) = suffix else { continue };
        let stem = &name[..at];
        if lexicon.term(stem).is_none() && !stems.iter().any(|(s, _)| *s == stem) {
            stems.push((stem, (m.start, m.end)));
        }
        if stems.len() >= MAX_SHORT_FORMS {
            break;
        }
    }
    stems
}

/// Adds mentions found across the article (names read elsewhere, short
/// forms) to their sentences: leftmost-longest among themselves, and only
/// where nothing else was read.
pub(crate) fn add_where_free(
    text: &str,
    sentences: &[Range<usize>],
    mentions: &mut [Vec<Mention>],
    mut found: Vec<Mention>,
) {
    found.sort_unstable_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut last_end = 0;
    let mut added = Vec::new();
    // The titles of the sentence last looked at: mentions come in text order.
    let mut titled: Option<(usize, Vec<Range<usize>>)> = None;
    for m in found {
        if m.start < last_end {
            continue;
        }
        last_end = m.end;
        let s = sentences.partition_point(|r| r.end <= m.start);
        let Some(list) = mentions.get(s) else { continue };
        if titled.as_ref().is_none_or(|(at, _)| *at != s) {
            titled = Some((s, titles(text, sentences[s].clone())));
        }
        let in_title = titled.as_ref().is_some_and(|(_, t)| in_titles(t, m.start));
        if sentences[s].end >= m.end && overlapping(list, m.start, m.end).is_none() && !in_title {
            added.push((s, m));
        }
    }
    for (s, m) in added {
        mentions[s].push(m);
    }
    for list in mentions.iter_mut() {
        list.sort_by_key(|m| m.start);
    }
}

/// Up to this many names, [`read_across`] scans the article for each;
/// beyond, it builds an automaton.
const FEW_PATTERNS: usize = 8;

/// How many full names an article's short forms are looked for, at most.
const MAX_SHORT_FORMS: usize = 16;

/// Dates and times as Chinese news writes them: 2024年下半年, 今年8月,
/// 10月份, 11月13日, 十月初, 当地时间3月15日凌晨, 上周五.
static TIME: Lazy<Regex> = Lazy::new(|| {
    let zone = r"(?:(?:当地|北京|美东|美国东部)时间)?";
    let year = r"(?:\d{4}|\d{2})年|[今去明前]年";
    let month = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?";
    let day = r"\d{1,2}[日号]";
    let part = r"上半年|下半年|年初|年底|年末|年中|上旬|中旬|下旬|初|底|末|[春夏秋冬](?:天|季)";
    let hours = r"(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚)?";
    // A span of time before or after now: 10年前, 两个月后, 半年前.
    let ago = r"(?:\d{1,2}|[一二三四五六七八九十两半]{1,3})(?:年|个多?月)[前后]";
    let weekday = r"(?:本|上|下|这)?(?:周|星期|礼拜)[一二三四五六日天末]";
    // A day of the month alone (3日, 28日晚), and a day named relative to
    // today with its zone or hours (北京时间今天凌晨, 昨日下午).
    let lone_day = r"\d{1,2}日";
    let today = r"(?:今天|昨天|明天|前天|今日|昨日|明日|当天|当日)";
    let pattern = format!(
        "{ago}|{zone}(?:(?:{year})(?:{month}(?:{day})?)?(?:{part})?|(?:{month})(?:{day})?(?:{part})?|{weekday}|{lone_day}){hours}|{zone}{today}{hours}"
    );
    Regex::new(&pattern).expect("the time pattern is valid")
});

/// The dates of a sentence: 2024年下半年, 今年8月.
pub(crate) fn dates(text: &str, sentence: Range<usize>) -> Vec<Mention> {
    let s = &text[sentence.clone()];
    // Every date holds 年, 月 or 日, every weekday 周 or 期 (星期) or 拜 (礼拜),
    // every day named relative to today 日 or 天;
    // most sentences hold none.
    if !has_any(s, &['年', '月', '周', '期', '拜', '日', '天']) {
        return Vec::new();
    }
    TIME.find_iter(s)
        // 周 + a numeral is also a name (周一鸣, 周天宇): a bare weekday ends
        // before anything but a character of a word.
        .filter(|m| {
            let bare = m.as_str().starts_with('周') && m.as_str().chars().nth(2).is_none();
            !(bare && s[m.end()..].starts_with(is_han))
        })
        .map(|m| Mention::new(sentence.start + m.start(), sentence.start + m.end(), Kind::Time))
        .collect()
}

/// Whether `s` holds one of `chars`: one fast search per char.
fn has_any(s: &str, chars: &[char]) -> bool {
    chars.iter().any(|&c| s.contains(c))
}

/// Going to an organization to hold a post starts a tenure: `到星河研究院当院长`,
/// `正式前往云帆智能担任解说`, `赴星河科技出任总裁` (担任 alone only states one).
static TAKES_POST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:到|前往|赴)([\p{Han}A-Za-z0-9]{2,12}?)(担任|出任|当|任)").expect("the post-taking pattern is valid")
});

/// Becoming one of an organization's members joins it: `成为雪豹队的一员`,
/// `成为星河科技新成员`.
static BECOMES_MEMBER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(成为)([\p{Han}A-Za-z0-9]{2,12}?)的?(?:一员|新成员|一份子|一分子)")
        .expect("the membership pattern is valid")
});

/// Whether the sentence goes to an organization to hold a post, or
/// becomes one of its members: a move no cue word marks (see
/// [`TAKES_POST`], [`BECOMES_MEMBER`]).
/// `found` are the sentence's terms.
pub(crate) fn takes_post(text: &str, sentence: Range<usize>, found: &[Found]) -> bool {
    let s = &text[sentence];
    (goes_to_post(s) && TAKES_POST.is_match(s)) || (becomes_member(found) && BECOMES_MEMBER.is_match(s))
}

/// Whether the sentence's terms hold a word of membership (一员): every
/// match of [`BECOMES_MEMBER`] does.
fn becomes_member(found: &[Found]) -> bool {
    found.iter().any(|f| f.term.marker == Some(Marker::Membership))
}

/// Whether `s` holds the characters every match of [`TAKES_POST`] holds:
/// most sentences go nowhere, and this spares them the regex.
fn goes_to_post(s: &str) -> bool {
    has_any(s, &['到', '赴', '往']) && has_any(s, &['任', '当'])
}

/// What [`TAKES_POST`] finds: where the going starts, the organization gone
/// to, and the word that takes the post, read as a join cue.
fn taken_posts(text: &str, sentence: Range<usize>, found: &[Found]) -> Vec<(usize, Mention, Mention)> {
    let mut out = Vec::new();
    // Joining as a member: the cue is 成为, and an organization must follow it.
    if becomes_member(found) {
        let cue = Cue {
            event: CueEvent::Join,
            object: CueObject::Org,
        };
        for c in BECOMES_MEMBER.captures_iter(&text[sentence.clone()]) {
            let (Some(verb), Some(org)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let at = |m: regex::Match<'_>| (sentence.start + m.start(), sentence.start + m.end());
            let ((verb_start, verb_end), (org_start, org_end)) = (at(verb), at(org));
            out.push((
                verb_start,
                Mention::new(org_start, org_end, Kind::Org),
                Mention::new(verb_start, verb_end, Kind::Cue(cue)),
            ));
        }
    }
    // Most sentences go nowhere: spare them the capturing search.
    if !goes_to_post(&text[sentence.clone()]) {
        return out;
    }
    let cue = Cue {
        event: CueEvent::Join,
        object: CueObject::Post,
    };
    // The fast search finds where; captures run on the few matches only.
    out.extend(TAKES_POST.find_iter(&text[sentence.clone()]).filter_map(|found| {
        let base = sentence.start + found.start();
        let c = TAKES_POST.captures(found.as_str())?;
        let (org, post) = (c.get(1)?, c.get(2)?);
        let at = |m: regex::Match<'_>| (base + m.start(), base + m.end());
        let ((org_start, org_end), (post_start, post_end)) = (at(org), at(post));
        Some((
            base,
            Mention::new(org_start, org_end, Kind::Org),
            Mention::new(post_start, post_end, Kind::Cue(cue)),
        ))
    }));
    out
}

/// The organization a match of [`taken_posts`] goes to or joins as a
/// member, if it is one: a name, not a common noun (到公司当天). Coming
/// (来, 去) is no part of it (到星河科技 + 来/v + 担任), and whom one
/// invites to come is a person (邀请到韩述/nr + 来 + 担任). One joined as a
/// member is known, opens with a proper name or ends with an
/// organization's suffix (成为雪豹队的一员, not 成为家庭的一员).
fn taken_org(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token<'_>],
    found: &[Found],
    mut org: Mention,
    cue: Mention,
) -> Option<Mention> {
    let last = tokens.partition_point(|t| t.end < org.end);
    if let Some(t) = tokens.get(last).filter(|t| t.end == org.end && t.start > org.start) {
        if t.tag == "v" && matches!(&text[t.start..t.end], "来" | "去") {
            org.end = t.start;
            let before = last.checked_sub(1).map(|k| tokens[k]);
            if before.is_some_and(|b| b.start == org.start && matches!(b.tag, "nr" | "nrfg")) {
                return None;
            }
        }
    }
    let term = lexicon.term(&text[org.start..org.end]);
    if term.is_some_and(|t| t.org.is_none()) {
        return None;
    }
    let member = matches!(cue.kind, Kind::Cue(c) if c.object == CueObject::Org);
    if !member || term.is_some() {
        return Some(org);
    }
    let first = tokens.partition_point(|t| t.start < org.start);
    let opening = tokens.get(first).filter(|t| t.start == org.start);
    let proper = opening.is_some_and(|t| is_proper(lexicon, &text[t.start..t.end], t.tag));
    // Terms do not overlap: sorted by start, they are sorted by end too.
    let suffixed = (found.binary_search_by_key(&org.end, |f| f.end).ok())
        .is_some_and(|k| matches!(found[k].term.marker, Some(Marker::OrgSuffix | Marker::OrgNoun)));
    (proper || suffixed).then_some(org)
}

/// The layers of readings, most reliable first (see [`mentions`]).
const OPENING: usize = 0;
const KNOWN_ORGS: usize = 1;
const ROLES: usize = 2;
const TIMES: usize = 3;
const NAMED_ORGS: usize = 4;
const PEOPLE: usize = 5;
const CUES: usize = 6;
const MARKERS: usize = 7;
const LAYERS: usize = 8;

/// The mentions of one sentence, in text order and never overlapping.
///
/// Where two readings compete for the same characters, the more reliable
/// wins: the name a biography opens with, dictionary organizations, then roles, times, organizations found by
/// their suffix or place, people (known, then found by rule), and last cues
/// and markers.
pub(crate) fn mentions(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    sentence: Range<usize>,
    found: &[Found],
    dates: &[Mention],
    tokens: &[Token<'_>],
) -> Vec<Mention> {
    let mut layers: Vec<Vec<Mention>> = vec![Vec::new(); LAYERS];
    let mut role_parts = Vec::new();
    let mut suffixes = Vec::new();
    let mut known_people = Vec::new();
    let words = Words::new(tokens);
    let all_found = found;
    let found: Vec<Found> = found
        .iter()
        .filter(|f| {
            // A suffix may end a word jieba keeps whole: 日本政府, 分公司.
            let suffix = matches!(
                f.term.marker,
                Some(Marker::OrgSuffix | Marker::OrgNoun | Marker::Bureau)
            );
            f.term.role.is_some() || words.fit(text, f.start, f.end) || (suffix && words.ends(f.end))
        })
        .copied()
        .collect();
    for f in &found {
        let term = f.term;
        if let Some(id) = term.org {
            // Not a part of a longer word (中国银行 in 中国银行业, 荣耀 in
            // 王者荣耀), unless the word is the name of an organization that
            // ends with it: 印度国防部/nt is India's 国防部.
            let mut start = f.start;
            if let Some(i) = words.inside(f.start, f.end) {
                let t = tokens[i];
                if t.tag != "nt" || t.end != f.end {
                    continue;
                }
                start = t.start;
            }
            layers[KNOWN_ORGS].push(Mention {
                org: Some(id),
                ..Mention::new(start, f.end, Kind::Org)
            });
        } else if term.person {
            // A last name alone is no part of a longer transliteration (道 + 格拉斯, 格林 + 斯潘).
            let foreign = |c: Option<char>| c.is_some_and(|c| is_han(c) && lexicon.foreign(c) >= person::FOREIGN_MIN);
            let inside = foreign(text[..f.start].chars().next_back()) || foreign(text[f.end..].chars().next());
            if term.last_name && inside {
                continue;
            }
            known_people.push(Mention::new(f.start, f.end, Kind::Person));
        } else if let Some(part) = term.role {
            role_parts.push((f.start, f.end, part));
            // A modifier that is also a member word stands alone where no head
            // follows it: 主力 + 前锋 is a role, 多名主力离队 names members.
            if term.marker == Some(Marker::Member) {
                layers[MARKERS].push(Mention::new(f.start, f.end, Kind::Marker(Marker::Member)));
            }
        } else if let Some(cue) = term.cue {
            if cue.event != CueEvent::None {
                layers[CUES].push(Mention::new(f.start, f.end, Kind::Cue(cue)));
                // 其, mostly possessive (其职务), is a pronoun as a move verb's subject (邀其加入).
                if let Some(start) = f.start.checked_sub(POSSESSIVE.len_utf8()) {
                    if text[..f.start].ends_with(POSSESSIVE) && words.fit(text, start, f.start) {
                        layers[MARKERS].push(Mention::new(start, f.start, Kind::Pronoun));
                    }
                }
            }
        } else if let Some(marker) = term.marker {
            match marker {
                Marker::OrgSuffix => suffixes.push(Suffix {
                    start: f.start,
                    end: f.end,
                    needs_proper: false,
                    alone: false,
                }),
                Marker::OrgNoun | Marker::Bureau => suffixes.push(Suffix {
                    start: f.start,
                    end: f.end,
                    needs_proper: true,
                    alone: marker == Marker::Bureau,
                }),
                Marker::Time => layers[TIMES].push(Mention::new(f.start, f.end, Kind::Time)),
                Marker::Pronoun => layers[MARKERS].push(Mention::new(f.start, f.end, Kind::Pronoun)),
                Marker::None
                | Marker::Generic
                | Marker::Speech
                | Marker::Honorific
                | Marker::Tenure
                | Marker::PlaceSuffix
                | Marker::Competition
                | Marker::Department
                | Marker::Control
                | Marker::Membership
                | Marker::Place => {}
                other => layers[MARKERS].push(Mention::new(f.start, f.end, Kind::Marker(other))),
            }
        }
    }
    layers[OPENING].extend(person::opening(lexicon, segmenter, text, sentence.clone(), all_found));
    let moves = found.iter().any(|f| f.term.moves());
    if moves && layers[OPENING].is_empty() {
        let subject = person::latin_subject(lexicon, text, sentence.clone())
            .or_else(|| person::foreign_subject(lexicon, text, sentence.clone(), all_found));
        layers[OPENING].extend(subject);
    }
    layers[ROLES] = roles(&role_parts);
    // A role may follow a prefix inside one word (新教练, 老队长) but must end
    // one (or 兼, "and also", jieba may glue to it: 总裁兼), and not start
    // inside another (部门 + 将 is no 门将).
    layers[ROLES]
        .retain(|r| (words.ends(r.end) || text[r.end..].starts_with('兼')) && !words.straddles(r.start, r.end));
    let (before, rest) = layers.split_at_mut(ROLES);
    with_departments(lexicon, text, &mut rest[0], &before[KNOWN_ORGS], tokens);
    // Dates first: 2024年下半年 is one time, not 2024年 and 下半年.
    layers[TIMES].splice(0..0, dates.iter().copied());
    let role_starts: Vec<usize> = layers[ROLES].iter().map(|r| r.start).collect();
    layers[NAMED_ORGS] = suffix_orgs(lexicon, text, &suffixes, &mut layers[KNOWN_ORGS], &role_starts, tokens);
    let governed = governed_places(lexicon, text, &layers[ROLES], &layers[KNOWN_ORGS], tokens);
    layers[NAMED_ORGS].extend(governed);
    with_places(lexicon, text, &mut layers[KNOWN_ORGS], tokens);
    let objects = object_orgs(
        lexicon,
        text,
        &found,
        tokens,
        &role_starts,
        &layers[KNOWN_ORGS],
        &layers[NAMED_ORGS],
    );
    layers[NAMED_ORGS].extend(objects);
    // Going to a post is a move: its 到 or 前往 vouches for the name before it.
    let mut goings = Vec::new();
    for (going, org, cue) in taken_posts(text, sentence.clone(), all_found) {
        let Some(org) = taken_org(lexicon, text, tokens, all_found, org, cue) else {
            continue;
        };
        if words.fit(text, cue.start, cue.end) && words.bounds(org.start, org.end) {
            layers[NAMED_ORGS].push(org);
            layers[CUES].push(cue);
            goings.push(going);
        }
    }
    let titles = titles(text, sentence.clone());
    // Names read by characters: between a role and a verb; in a sentence
    // read in full, after a role and before a verb of saying too.
    known_people.extend(person::framed(lexicon, segmenter, text, &layers[ROLES], all_found));
    if !tokens.is_empty() {
        known_people.extend(person::titled(
            lexicon,
            segmenter,
            text,
            tokens,
            &layers[ROLES],
            all_found,
        ));
        known_people.extend(person::spoken(lexicon, segmenter, text, sentence.clone(), all_found));
    }
    // A name inside a title is part of the work's name: 《但丁的地狱》.
    known_people.retain(|m| !in_titles(&titles, m.start));
    layers[PEOPLE] = known_people;
    // Names no dictionary lists are read from the words (none without them).
    if !tokens.is_empty() {
        let context = person::Context::new(text, &layers[ROLES], &found, &goings, tokens);
        let mut read = person::people(lexicon, segmenter, text, tokens, &titles, &context);
        // A name does not run into a move verb jieba cut apart (宿 + 华辞 + 任
        // for 宿华 + 辞任): it ends where the verb starts, and the verb is one.
        for name in &mut read {
            let inside =
                all_found.partition_point(|f| f.start <= name.start)..all_found.partition_point(|f| f.start < name.end);
            let verb = all_found[inside].iter().find(|f| f.term.moves() && name.end < f.end);
            if let Some(verb) = verb.filter(|v| text[name.start..v.start].chars().nth(1).is_some()) {
                name.end = verb.start;
                if let Some(cue) = verb.term.cue {
                    layers[CUES].push(Mention::new(verb.start, verb.end, Kind::Cue(cue)));
                }
            }
        }
        // Nor into a time jieba glued to it (张伟明 + 年 for 张伟 + 明年).
        let mut times: Vec<(usize, usize)> = layers[TIMES].iter().map(|t| (t.start, t.end)).collect();
        times.sort_unstable();
        for name in &mut read {
            let after = times.partition_point(|&(start, _)| start <= name.start);
            let glued = times
                .get(after)
                .filter(|&&(start, end)| start < name.end && end > name.end);
            if let Some(&(start, _)) = glued.filter(|&&(start, _)| text[name.start..start].chars().nth(1).is_some()) {
                name.end = start;
            }
        }
        layers[PEOPLE].extend(read);
    }
    let originals: Vec<Mention> = layers[PEOPLE]
        .iter()
        .filter_map(|m| original_name(text, m.end))
        .collect();
    layers[PEOPLE].extend(originals);
    // Names coordinated with a name read are names: 周茜和杨振兴, 卡洛维奇和布朗.
    let mut named = layers[PEOPLE].clone();
    named.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    named.dedup_by(|later, kept| later.start < kept.end);
    let coordinated = person::coordinated(lexicon, segmenter, text, tokens, &titles, &named);
    layers[PEOPLE].extend(coordinated);
    // A transliterated name runs on over the pieces jieba cut off: 科比 + 什利.
    person::with_pieces(lexicon, segmenter, text, tokens, &mut layers[PEOPLE]);
    // 汉密尔顿岛, 张自忠路: a name that begins a place's name is no person there.
    layers[PEOPLE].retain(|m| !person::names_place(lexicon, text, tokens, m));
    // A status word jieba glued to the name after it still marks the move: 曝 + 韩述离任.
    let mut name_starts: Vec<usize> = layers[PEOPLE].iter().map(|m| m.start).collect();
    name_starts.sort_unstable();
    let glued: Vec<Mention> = all_found
        .iter()
        .filter(|f| !words.fit(text, f.start, f.end) && name_starts.binary_search(&f.end).is_ok())
        .filter_map(|f| match f.term.marker {
            Some(m @ (Marker::Reported | Marker::Confirmed | Marker::Denied | Marker::Planned)) => {
                Some(Mention::new(f.start, f.end, Kind::Marker(m)))
            }
            _ => None,
        })
        .collect();
    layers[MARKERS].extend(glued);
    // The longer of two overlapping names wins: 斯坦利-库布里克 over the
    // 库布里克 a dictionary lists, 马云飞 over 马云.
    layers[PEOPLE].sort_by_key(|m| std::cmp::Reverse(m.end - m.start));
    // A cue or an organization inside a title is part of the title:
    // 《疯狂回归》, 《星河日报》.
    for layer in [CUES, KNOWN_ORGS, NAMED_ORGS] {
        layers[layer].retain(|m| !in_titles(&titles, m.start));
    }
    resolve(sentence, layers)
}

/// The name in Latin letters a text gives in brackets right after a
/// person's name, at `end`: the same person's original name
/// (`安德鲁·贝克（Andrew Becker）`, `苏帕蒂(subodhi)`).
fn original_name(text: &str, end: usize) -> Option<Mention> {
    let rest = text[end..].strip_prefix(['(', '（'])?;
    let start = text.len() - rest.len();
    let len = rest
        .find(|c: char| !(c.is_ascii_alphabetic() || c == ' ' || c == '.' || c == '-'))
        .unwrap_or(rest.len());
    let name = rest[..len].trim_end_matches([' ', '.', '-']);
    let letters = name.bytes().filter(u8::is_ascii_alphabetic).count();
    (letters >= 2 && name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .then(|| Mention::new(start, start + name.len(), Kind::Person))
}

/// The mention of `sorted` (sorted, not overlapping) that overlaps `start..end`.
pub(crate) fn overlapping(sorted: &[Mention], start: usize, end: usize) -> Option<&Mention> {
    sorted
        .get(sorted.partition_point(|k| k.end <= start))
        .filter(|k| k.start < end)
}

/// Whether `at` lies inside one of `titles` (sorted).
pub(crate) fn in_titles(titles: &[Range<usize>], at: usize) -> bool {
    titles
        .get(titles.partition_point(|r| r.end <= at))
        .is_some_and(|r| r.start <= at)
}

/// The spans inside 《…》: the title of a work, whose words name no one and
/// report no move (《哈利·波特与魔法石》, 《疯狂回归》).
pub(crate) fn titles(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if !text[sentence.clone()].contains('《') {
        return out;
    }
    let mut open = None;
    for (at, c) in text[sentence.clone()].char_indices() {
        match c {
            '《' => open = Some(sentence.start + at + c.len_utf8()),
            '》' => out.extend(open.take().map(|start| start..sentence.start + at)),
            _ => {}
        }
    }
    out
}

/// Words allowed between a cue and its object: 加入到, 离开了, 加盟过,
/// 担任其, 就职于, 出任该.
pub(crate) const OBJECT_GAP: &[char] = &['了', '到', '至', '过', '其', '该', '于', '为', '在'];

/// Whether a word is one of [`OBJECT_GAP`].
fn is_object_gap(word: &str) -> bool {
    is_one_of(word, OBJECT_GAP)
}

/// Whether a word is a single character of `chars`.
fn is_one_of(word: &str, chars: &[char]) -> bool {
    let mut each = word.chars();
    matches!((each.next(), each.next()), (Some(c), None) if chars.contains(&c))
}

/// Organizations no dictionary lists, read where a move sentence puts one
/// (see [`object_nouns`] for the words they may be):
/// - the object of the cue: a Latin-script or proper name right after a
///   cue that must take an organization (`转投NovaLab`, `加盟Kestrel`), or
///   nouns after any cue but an appointment's (`加盟云帆/nr 智能/n。`,
///   `加盟山东/ns 泰山队/nz，`, `加盟云帆智能任副总裁`);
/// - before the cue, what is left after 从 (`从岚山文旅离职`), and the
///   employer of a passive after 被 (`被蓝鲸智能开除`);
/// - the employer before a post (`云帆智能CEO`) or before a verb that
///   appoints (`岚山文旅迎来…`);
/// - the sentence's topic, opening it before its verb (`蓝鲸智能再现…`).
///
/// Not a name where a person may stand (`签下萨维斯特`, `被韩述开除`).
/// `role_starts` are where roles start; `known` and `named` the organizations
/// already read.
fn object_orgs(
    lexicon: &Lexicon,
    text: &str,
    found: &[Found],
    tokens: &[Token<'_>],
    role_starts: &[usize],
    known: &[Mention],
    named: &[Mention],
) -> Vec<Mention> {
    // Only a sentence read in full that reports a move has any.
    if tokens.is_empty() || !found.iter().any(|f| f.term.moves()) {
        return Vec::new();
    }
    // The organizations read, by start, with the furthest end up to each.
    let mut spans: Vec<(usize, usize)> = known.iter().chain(named).map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    let mut furthest = 0;
    for span in &mut spans {
        furthest = furthest.max(span.1);
        span.1 = furthest;
    }
    let read = |start: usize, end: usize| {
        let before_end = spans.partition_point(|&(s, _)| s < end);
        before_end > 0 && spans[before_end - 1].1 > start
    };
    let reads_as_name = |start: usize, end: usize| {
        let name = &text[start..end];
        person::looks_foreign(lexicon, name) || person::given_length(lexicon, name).is_some()
    };
    let mut out = Vec::new();
    for f in found {
        let Some(cue) = f.term.cue else { continue };
        // What one leaves may stand before the verb, after 从 (从岚山文旅离职),
        // and the employer of a passive, after 被 (被蓝鲸智能开除), but not a
        // name (被韩述开除).
        let openers: &[&str] = match (cue.event, cue.object) {
            (_, CueObject::Employee) => &["被", "遭"],
            (CueEvent::Departure, _) => &["从", "自", "与"],
            _ => &[],
        };
        let last = tokens.partition_point(|t| t.end <= f.start);
        let opener = (last.saturating_sub(MAX_OBJECT_WORDS + 1)..last)
            .rev()
            .find(|&k| openers.contains(&&text[tokens[k].start..tokens[k].end]));
        let nouns = opener.and_then(|k| {
            Some((
                tokens.get(k + 1)?.start,
                object_nouns(lexicon, text, tokens, k + 1, role_starts, Slot::Object)?,
            ))
        });
        if let Some((start, end)) = nouns.filter(|&(_, end)| end == f.start) {
            if !read(start, end) && !reads_as_name(start, end) {
                out.push(Mention::new(start, end, Kind::Org));
            }
        }
        if cue.event == CueEvent::None || matches!(cue.object, CueObject::Appointee | CueObject::Successor) {
            continue;
        }
        // Only a verb that must take an organization makes a lone proper noun one.
        let takes_org = cue.object == CueObject::Org;
        let Ok(mut i) = tokens.binary_search_by_key(&f.end, |t| t.start) else {
            continue;
        };
        while tokens.get(i).is_some_and(|t| is_object_gap(&text[t.start..t.end])) {
            i += 1;
        }
        let Some(t) = tokens.get(i) else { continue };
        let word = &text[t.start..t.end];
        let latin = t.tag == "eng" && word.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
        let proper = matches!(t.tag, "nz" | "nt" | "nrt");
        // Before a time it names a period, not an organization: 告别新秀/nz 赛季/t.
        let period = tokens.get(i + 1).is_some_and(|n| n.tag == "t" && n.start == t.end);
        if takes_org && (latin || proper) && lexicon.term(word).is_none() && !period {
            let end = without_postposition(lexicon, text, tokens, t.start, i);
            out.push(Mention::new(t.start, end, Kind::Org));
        } else if let Some((start, end)) = object_nouns(lexicon, text, tokens, i, role_starts, Slot::Object)
            .map(|end| (t.start, end))
            .or_else(|| scoped_object(lexicon, text, tokens, i, role_starts))
        {
            // Whom an employer signs may follow its verb: a name is no organization (签下萨维斯特).
            let signed = cue.object == CueObject::Employee && reads_as_name(start, end);
            if !read(start, end) && !signed {
                out.push(Mention::new(start, end, Kind::Org));
            }
        }
    }
    // The organization a move sentence opens with, before its verb: its topic
    // (蓝鲸智能再现高层变动，COO林晓峰辞职).
    // Not opening with a name: the subject of a move is as often its person
    // (萨维斯特离开雪豹队, 萨维斯特 + 免费/vn + 加盟).
    if let Some(end) = object_nouns(lexicon, text, tokens, 0, role_starts, Slot::Subject) {
        let start = tokens[0].start;
        let named = reads_as_name(start, end)
            || (tokens.iter())
                .take_while(|t| t.end < end)
                .any(|t| person::looks_foreign(lexicon, &text[start..t.end]));
        if !read(start, end) && !named {
            out.push(Mention::new(tokens[0].start, end, Kind::Org));
        }
    }
    // The employer named before a post (蓝鲸/nr 智能/n + CEO, 雪豹 + 队 +
    // 主帅), and the one that appoints or welcomes someone (岚山文旅 + 迎来).
    // The nouns start where no noun stands before them, so no name is cut.
    // (In a sentence with no move, nouns before a profession are as often
    // its field: 科普作家.)
    let appointing = found.iter().filter(|f| f.term.appoints()).map(|f| f.start);
    let mut anchors: Vec<usize> = role_starts.iter().copied().chain(appointing).collect();
    anchors.sort_unstable();
    for &role in &anchors {
        let Ok(last) = tokens.binary_search_by_key(&role, |t| t.end) else {
            continue;
        };
        let first = (last.saturating_sub(MAX_OBJECT_WORDS - 1)..=last).find(|&k| {
            let opens = k == 0 || !is_noun(&tokens[k - 1]);
            opens && object_nouns(lexicon, text, tokens, k, role_starts, Slot::Object) == Some(role)
        });
        if let Some(k) = first.filter(|&k| !read(tokens[k].start, role)) {
            out.push(Mention::new(tokens[k].start, role, Kind::Org));
        }
    }
    out
}

/// An organization no dictionary lists after a common noun that scopes it
/// (加入竞争对手 + 云帆智能, 回归老东家 + 蓝鲸智能): the nouns after the
/// word at `first`, when they open with a proper name. Its span.
fn scoped_object(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    role_starts: &[usize],
) -> Option<(usize, usize)> {
    let scope = tokens[first];
    let word = &text[scope.start..scope.end];
    if scope.tag != "n" || word.chars().count() > MAX_SCOPE_WORD_CHARS || lexicon.term(word).is_some() {
        return None;
    }
    let next = tokens.get(first + 1)?;
    if !is_proper(lexicon, &text[next.start..next.end], next.tag) {
        return None;
    }
    let end = object_nouns(lexicon, text, tokens, first + 1, role_starts, Slot::Object)?;
    Some((next.start, end))
}

/// The longest common noun that may scope an organization after a move verb.
const MAX_SCOPE_WORD_CHARS: usize = 4;

/// Whether a word may be part of an organization's name read around a
/// move: a noun, a Latin word, an abbreviation, a verbal noun (影业).
fn is_noun(t: &Token<'_>) -> bool {
    t.tag.starts_with('n') || matches!(t.tag, "eng" | "j" | "vn")
}

/// Where nouns no dictionary lists stand in a move sentence: after a verb
/// or a preposition, or opening the sentence before its verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Object,
    Subject,
}

/// Adverbs and prepositions that follow a subject, which jieba may glue to
/// the noun after them: 因伤/n ("injured").
const SUBJECT_ADVERBS: &[char] = &[
    '因', '则', '也', '都', '却', '便', '就', '又', '还', '曾', '已', '亦', '仍', '被', '把', '将',
];

/// Nouns of being under someone's command, after an organization and no
/// part of it: 转投蓝鲸智能 + 麾下.
const UNDER: &[&str] = &["麾下", "旗下", "门下"];

/// The most words of an organization no dictionary knows after a move
/// verb (山东 + 泰山 + 队), and the most characters.
const MAX_OBJECT_WORDS: usize = 3;
const MAX_OBJECT_CHARS: usize = 10;

/// Where the nouns from token `first` on end, when they open with a proper
/// name, or a common noun before an organization's suffix (青松 + 队), and
/// end where the object does: at a clause break, the sentence's end, a role,
/// the verb 任 (`加盟云帆智能任副总裁`), a move verb (`从蓝鲸智能离职`) or,
/// after a proper name, 的 (`加盟蓝鲸智能的消息`); as the sentence's subject
/// ([`Slot::Subject`]), opening with a proper name, before any verb
/// (`蓝鲸智能再现…`). Not a place alone
/// (离开北京), nor a person's name alone, nor a word the dictionaries know
/// other than an organization's suffix.
fn object_nouns(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    role_starts: &[usize],
    slot: Slot,
) -> Option<usize> {
    let subject = slot == Slot::Subject;
    let word = |t: &Token<'_>| &text[t.start..t.end];
    let opening = tokens[first];
    // A common noun opens the name of a team or a lab (青松/n + 队), not of
    // anything else, nor of a company (游戏公司 is a kind of company).
    let suffixed = |k: usize| {
        let w = word(&tokens[k]);
        let suffix = lexicon
            .term(w)
            .is_some_and(|t| matches!(t.marker, Some(Marker::OrgSuffix | Marker::OrgNoun)));
        suffix && !EMPLOYER_NOUNS.contains(&w)
    };
    let common = opening.tag == "n" && lexicon.term(word(&opening)).is_none();
    let proper = is_proper(lexicon, word(&opening), opening.tag) && !matches!(opening.tag, "x" | "m");
    if !proper && (!common || subject) {
        return None;
    }
    let closes = |k: usize| match tokens.get(k) {
        None => true,
        Some(t) => {
            let at = t.start;
            let cue = lexicon.term(word(t)).is_some_and(|term| term.moves());
            cue || (t.tag == "x" && !word(t).chars().all(char::is_alphanumeric))
                || role_starts.binary_search(&at).is_ok()
                || matches!(word(t), "任" | "担任" | "出任")
                // 加盟蓝鲸智能的消息: a proper name ends before 的.
                || (proper && word(t) == "的")
                // A subject ends before its verb: 蓝鲸智能 + 再现.
                || (subject && t.tag.starts_with('v'))
                || UNDER.contains(&word(t))
                // A particle or a postposition of time may end the clause
                // after it: 离开岚山文旅了。, 加盟蓝鲸智能后，.
                || ((word(t) == "了" || is_one_of(word(t), TIME_POSTPOSITIONS)) && tokens.get(k + 1).is_none_or(|t| t.tag == "x"))
        }
    };
    let mut best = None;
    let mut chars = 0;
    for (k, t) in tokens.iter().enumerate().skip(first).take(MAX_OBJECT_WORDS) {
        let content = is_noun(t) && !UNDER.contains(&word(t));
        let free = lexicon.term(word(t)).is_none_or(|term| {
            let suffix = matches!(term.marker, Some(Marker::OrgSuffix | Marker::OrgNoun | Marker::Bureau));
            suffix && term.org.is_none() && term.role.is_none() && term.cue.is_none()
        });
        chars += word(t).chars().count();
        // A subject's adverb glued into a noun (韩述 + 因伤/n) ends it.
        let adverb = subject && k > first && word(t).starts_with(SUBJECT_ADVERBS);
        if !content || !free || adverb || chars > MAX_OBJECT_CHARS {
            break;
        }
        if closes(k + 1) && (proper || (k > first && suffixed(k))) {
            best = Some(k);
        }
    }
    let last = best?;
    // Nouns before a title name the work (加盟武侠大片《…》): no employer.
    if text[tokens[last].end..].starts_with(['《', '<']) {
        return None;
    }
    // A subject of one word is as often a person (米哈上任) as an organization.
    let alone = last == first && (subject || matches!(opening.tag, "ns" | "nr" | "nrfg"));
    let end = without_postposition(lexicon, text, tokens, opening.start, last);
    (!alone && text[opening.start..end].chars().nth(1).is_some()).then_some(end)
}

/// Where the organization from byte `start` to the end of token `last`
/// ends: before a postposition of time jieba glued to a name it does not
/// know, closing the clause (跳槽至银华后/nz ，: "after moving to 银华").
fn without_postposition(lexicon: &Lexicon, text: &str, tokens: &[Token<'_>], start: usize, last: usize) -> usize {
    let end = tokens[last].end;
    let name = &text[start..end];
    let breaks = tokens.get(last + 1).is_none_or(|t| t.tag == "x");
    match name.chars().last() {
        Some(p)
            if TIME_POSTPOSITIONS.contains(&p)
                && breaks
                && name.chars().count() >= 3
                && lexicon.term(name).is_none() =>
        {
            end - p.len_utf8()
        }
        _ => end,
    }
}

/// Postpositions of time that may close a move word in one word of
/// jieba's (下课后, 离职时), and close its clause: no object follows them.
pub(crate) const TIME_POSTPOSITIONS: &[char] = &['后', '前', '时'];

/// The word boundaries of a sentence. A term of one or two characters
/// counts only where it is a word of its own: 建行 is not read in 构建行业,
/// nor 称 in 名称.
struct Words {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Words {
    fn new(tokens: &[Token<'_>]) -> Words {
        Words {
            starts: tokens.iter().map(|t| t.start).collect(),
            ends: tokens.iter().map(|t| t.end).collect(),
        }
    }

    /// Whether `start..end` begins and ends at word boundaries (always, without words).
    fn bounds(&self, start: usize, end: usize) -> bool {
        self.starts.is_empty() || (self.starts.binary_search(&start).is_ok() && self.ends.binary_search(&end).is_ok())
    }

    /// The index of the word `start..end` lies inside, when it is less than that word.
    fn inside(&self, start: usize, end: usize) -> Option<usize> {
        let i = self.ends.partition_point(|&e| e < end);
        let s = *self.starts.get(i)?;
        (s <= start && (s < start || self.ends[i] > end)).then_some(i)
    }

    /// Whether a word starts before `start` and ends inside `start..end`.
    fn straddles(&self, start: usize, end: usize) -> bool {
        let i = self.ends.partition_point(|&e| e <= start);
        self.starts.get(i).is_some_and(|&s| s < start) && self.ends[i] < end
    }

    fn ends(&self, end: usize) -> bool {
        self.ends.is_empty() || self.ends.binary_search(&end).is_ok()
    }

    /// Whether a term fits the words; without words (a sentence not
    /// segmented) every term does. A word may add a postposition of time
    /// to it: 下课后 is 下课 + 后 ("after being let go").
    fn fit(&self, text: &str, start: usize, end: usize) -> bool {
        if self.starts.is_empty() {
            return true;
        }
        let short = text[start..end].chars().take(3).count() <= 2;
        let timed = text[end..]
            .chars()
            .next()
            .filter(|c| TIME_POSTPOSITIONS.contains(c))
            .is_some_and(|c| self.ends.binary_search(&(end + c.len_utf8())).is_ok());
        let ends = self.ends.binary_search(&end).is_ok() || timed;
        !short || (self.starts.binary_search(&start).is_ok() && ends)
    }
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
/// A suffix right after a role extends it (厂长 + 助理).
fn roles(parts: &[(usize, usize, RolePart)]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut run_start: Option<usize> = None;
    let mut prev_end = usize::MAX;
    for &(start, end, part) in parts {
        if start != prev_end {
            run_start = None;
        }
        if let (RolePart::Suffix, None, Some(last)) = (part, run_start, out.last_mut()) {
            if last.end == start {
                last.end = end;
                prev_end = end;
                continue;
            }
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

/// A department written right before a role is part of it: 财务部经理,
/// 人力资源部总经理, 质量技术保证部部长, 车间主任 — the post is the
/// department's. A department is common nouns ending in a department word;
/// a ministry or an organization the dictionaries know (外交部, 俱乐部) is
/// not one, nor a name with a place or proper noun in it.
/// A board's session before a role is part of it too: 第六届董事会独立董事.
fn with_departments(lexicon: &Lexicon, text: &str, roles: &mut [Mention], known: &[Mention], tokens: &[Token<'_>]) {
    let word = |t: &Token<'_>| &text[t.start..t.end];
    // A department's name may hold any word (技术 + 部, 人工智能 + 事业部)
    // but a role head, a cue, an organization, a marker, or a word ending
    // like an organization's name (化肥厂, 星河集团).
    let may_stand_in = |w: &str| {
        let org_end = w.char_indices().any(|(at, _)| {
            lexicon
                .term(&w[at..])
                .is_some_and(|t| matches!(t.marker, Some(Marker::OrgSuffix | Marker::OrgNoun | Marker::Bureau)))
        });
        !org_end
            && lexicon.term(w).is_none_or(|term| {
                term.org.is_none()
                    && term.cue.is_none()
                    && term.role != Some(RolePart::Head)
                    && term
                        .marker
                        .is_none_or(|m| matches!(m, Marker::Generic | Marker::Department))
            })
    };
    for role in roles.iter_mut() {
        // The word the department ends with: the one before the role, or the
        // part of the role's word before it (车间 of 车间主任).
        let at = tokens.partition_point(|t| t.end <= role.start);
        let (last, tail_start) = match tokens.get(at) {
            Some(t) if t.start < role.start => (at, t.start),
            _ => match at.checked_sub(1) {
                Some(b) if tokens[b].end == role.start => (b, tokens[b].start),
                _ => continue,
            },
        };
        if let Some(session) = session_before(text, tokens, last) {
            role.start = session;
            continue;
        }
        let tail = &text[tail_start..role.start.min(tokens[last].end)];
        let ends_department = tail.char_indices().any(|(at, _)| {
            lexicon
                .term(&tail[at..])
                .is_some_and(|term| term.marker == Some(Marker::Department))
        });
        if !ends_department || !may_stand_in(tail) {
            continue;
        }
        // Common nouns back to the department's first word; a verb may stand
        // inside (质量技术保证部) but not first.
        let mut first = last;
        let mut chars = tail.chars().count();
        while first > 0 {
            let t = &tokens[first - 1];
            let w = word(t);
            chars += w.chars().count();
            let common = matches!(t.tag, "n" | "vn" | "v" | "nt" | "j");
            if !common || !may_stand_in(w) || !w.chars().all(is_han) || chars > MAX_DEPARTMENT_CHARS {
                break;
            }
            first -= 1;
        }
        while first < last && tokens[first].tag == "v" {
            first += 1;
        }
        // A department has a name before its department word (财务 + 部), or
        // is one of two characters (车间); an organization is none (外交部).
        let start = if first < last { tokens[first].start } else { tail_start };
        let department = &text[start..role.start];
        let named = lexicon
            .term(department)
            .is_none_or(|t| t.marker == Some(Marker::Department) && department.chars().nth(1).is_some());
        if named && overlapping(known, start, role.start).is_none() {
            role.start = start;
        }
    }
}

/// The longest department before a role, in characters: 质量技术保证部.
const MAX_DEPARTMENT_CHARS: usize = 8;

/// Where a board's session starts when one is written right before the
/// role: 第六届 + 董事会独立董事.
fn session_before(text: &str, tokens: &[Token<'_>], last: usize) -> Option<usize> {
    let t = tokens[last];
    let numbered = text[t.start..t.end].strip_prefix('第')?.strip_suffix('届')?;
    let ordinal = !numbered.is_empty()
        && numbered
            .chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    ordinal.then_some(t.start)
}

/// A place written right before an organization the dictionaries know is
/// part of its name: 印度 + 国防部, 北京 + 万科 (its branch there).
fn with_places(lexicon: &Lexicon, text: &str, known: &mut [Mention], tokens: &[Token<'_>]) {
    let mut prev_end = 0;
    for org in known.iter_mut() {
        if let Ok(i) = tokens.binary_search_by_key(&org.start, |t| t.end) {
            let t = tokens[i];
            let free = t.start >= prev_end
                && lexicon
                    .term(&text[t.start..t.end])
                    .is_none_or(|term| term.org.is_none() && term.marker == Some(Marker::Place));
            if t.tag == "ns" && free {
                org.start = t.start;
            }
        }
        prev_end = org.end;
    }
}

/// A pronoun that is mostly possessive (其职务, his post), a person only as
/// the subject of a move verb right after it. Not in markers.txt: it would
/// be found all over every text.
const POSSESSIVE: char = '其';

/// The heads of a place's government, by the unit they head: 市长 heads a
/// city (杭州市), 省长 a province.
const UNIT_HEADS: &[&str] = &["市长", "省长", "县长", "区长", "州长", "镇长"];

/// A place right before the head of its government names the government:
/// 杭州市 + 市长, 浙江省 + 副省长, 杭州 + 市长. The place is a place the
/// dictionaries know or one jieba tags as such, and no organization yet.
fn governed_places(
    lexicon: &Lexicon,
    text: &str,
    roles: &[Mention],
    known: &[Mention],
    tokens: &[Token<'_>],
) -> Vec<Mention> {
    roles
        .iter()
        .filter(|role| UNIT_HEADS.iter().any(|head| text[role.start..role.end].ends_with(head)))
        .filter_map(|role| {
            let k = tokens.binary_search_by_key(&role.start, |t| t.end).ok()?;
            let t = tokens[k];
            let word = &text[t.start..t.end];
            let place = lexicon
                .term(word)
                .map_or(t.tag == "ns", |term| term.marker == Some(Marker::Place));
            (place && overlapping(known, t.start, t.end).is_none()).then(|| Mention::new(t.start, t.end, Kind::Org))
        })
        .collect()
}

/// The nouns that, alone before a role, stand for the employer the text is
/// about (任公司副总经理); 中心 or 大学 alone name no one in particular.
const EMPLOYER_NOUNS: &[&str] = &["公司", "集团"];

/// Whether a word may form part of the name before an organization suffix:
/// nouns, Latin words, Arabic numbers (2030未来研究院) — not numerals and
/// quantifiers (多家科技公司).
fn may_name_org(word: &str, tag: &str) -> bool {
    match tag {
        "m" => word.chars().all(|c| c.is_ascii_digit()),
        _ => tag.starts_with('n') || matches!(tag, "eng" | "j" | "a" | "b" | "vn" | "x"),
    }
}

/// Whether a word is a proper name: a suffix organization needs one
/// (星河 + 资本, 2030 + 未来 + 研究院), so that 大模型公司, 两家公司 or
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
    /// A government body names the local one alone (教育局局长).
    alone: bool,
}

/// Organizations named by rule: the words before a suffix such as 资本,
/// 研究院 or 公司, back to the first word that cannot be part of a name.
/// After a common noun such as 公司 the name must hold a proper name.
///
/// A unit written right after a known organization is part of it and
/// extends it: 华为 + 公司, 星河科技 + 人工智能研究院, 清华大学 + 经济管理学院.
fn suffix_orgs(
    lexicon: &Lexicon,
    text: &str,
    suffixes: &[Suffix],
    known: &mut [Mention],
    role_starts: &[usize],
    tokens: &[Token<'_>],
) -> Vec<Mention> {
    let mut out = Vec::new();
    for suffix in suffixes {
        // The suffix must end a word; it may start inside one, where jieba
        // glued name and suffix (鲁迅纪念馆) or two suffixes (集团股份 + 有限公司).
        if tokens.binary_search_by_key(&suffix.end, |t| t.end).is_err() {
            continue;
        }
        let last = tokens.partition_point(|t| t.end <= suffix.start);
        // A full name (有限公司) may run long; a common noun (公司) takes a short name.
        let max_words = if suffix.needs_proper { 4 } else { 8 };
        let mut first = last;
        // A verb, marker or role head ends the name; 全球 or 科技 may stand in it.
        let blocks = |t: &Token<'_>| {
            let word = &text[t.start..t.end];
            let other_term = lexicon.term(word).is_some_and(|term| {
                term.cue.is_some()
                    || term.role == Some(RolePart::Head)
                    || matches!(term.marker, Some(m) if !matches!(m, Marker::OrgSuffix | Marker::OrgNoun | Marker::Bureau | Marker::Generic | Marker::Place))
            });
            // An apostrophe inside a Latin name is part of it: Zo'Ra战队.
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            let apostrophe =
                word == "'" && latin(text[..t.start].chars().next_back()) && latin(text[t.end..].chars().next());
            let word_chars = word.chars().all(char::is_alphanumeric) || apostrophe;
            !word_chars || other_term || overlapping(known, t.start, t.end).is_some()
        };
        // A registered name may hold its group or place in brackets:
        // 椰岛(集团)股份有限公司, 敦天礼品(深圳)有限公司.
        let bracketed = |close: usize| {
            let word = |k: usize| &text[tokens[k].start..tokens[k].end];
            close >= 2
                && matches!(word(close), ")" | "）")
                && matches!(word(close - 2), "(" | "（")
                && (tokens[close - 1].tag == "ns" || word(close - 1) == "集团")
        };
        // A registered company name (有限公司) may hold any word but a
        // function word: 一六九 + 化工, 东方/s + 金钰, 众业/达/v + 电气.
        let registered = !suffix.needs_proper && text[suffix.start..suffix.end].ends_with("公司");
        let may_register = |t: &Token<'_>| {
            let function = matches!(
                t.tag.as_bytes().first(),
                Some(b'p' | b'c' | b'u' | b'r' | b'f' | b'y' | b'e' | b'o')
            );
            let verb = t.tag.starts_with('v') && text[t.start..t.end].chars().nth(1).is_some();
            registered && !function && !verb
        };
        while first > 0 && last - first < max_words {
            if !suffix.needs_proper && bracketed(first - 1) {
                first -= 3;
                continue;
            }
            let t = tokens[first - 1];
            if blocks(&t) || !(may_name_org(&text[t.start..t.end], t.tag) || may_register(&t)) {
                break;
            }
            first -= 1;
        }
        // A registered company name opens with a place and may hold any
        // word: 湖南 + 星沙 + 工程机械 + 股份有限公司.
        if registered {
            let reach = first.saturating_sub(max_words);
            let content =
                |t: &Token<'_>| may_name_org(&text[t.start..t.end], t.tag) || matches!(t.tag, "v" | "vn" | "vd");
            let place = (reach..first)
                .rev()
                .take_while(|&k| !blocks(&tokens[k]) && content(&tokens[k]))
                .filter(|&k| tokens[k].tag == "ns")
                .last();
            if let Some(mut k) = place {
                while k > reach && tokens[k - 1].tag == "ns" && !blocks(&tokens[k - 1]) {
                    k -= 1;
                }
                first = k;
            }
        }
        // jieba may glue the verb 任 to the name: 任青禾 + 集团.
        let name_start = match tokens[first].start {
            at if person::post_verb_at(text, at) => at + '任'.len_utf8(),
            at => at,
        };
        let ending_here = known.partition_point(|k| k.end < name_start);
        if let Some(unit_of) = known.get_mut(ending_here).filter(|k| k.end == name_start) {
            unit_of.end = suffix.end;
            continue;
        }
        if name_start >= suffix.start {
            let whole_word = tokens[last].start == suffix.start && tokens[last].end == suffix.end;
            if suffix.alone && whole_word {
                out.push(Mention::new(suffix.start, suffix.end, Kind::Org));
                continue;
            }
            // Alone before a role, after a verb or a break, it is the employer
            // the text is about: 任公司副总经理, 历任集团财务总监.
            let word = &text[suffix.start..suffix.end];
            let alone = first == last
                && tokens[last].start == suffix.start
                && tokens[last].end == suffix.end
                && EMPLOYER_NOUNS.contains(&word);
            let after_break = last.checked_sub(1).is_none_or(|b| {
                let t = tokens[b];
                t.tag == "x"
                    || lexicon
                        .term(&text[t.start..t.end])
                        .is_some_and(|term| term.cue.is_some() || term.marker == Some(Marker::Tenure))
                    || t.tag == "v"
            });
            if alone && after_break && role_starts.binary_search(&suffix.end).is_ok() {
                out.push(Mention::new(suffix.start, suffix.end, Kind::Org));
            }
            continue;
        }
        // The name's words, the last one cut where the suffix starts when
        // jieba kept name and suffix in one word (鲁迅纪念馆/nr).
        let words: Vec<(&str, &str)> = tokens[first..=last]
            .iter()
            .map(|t| (&text[t.start..t.end.min(suffix.start)], t.tag))
            .filter(|(w, _)| !w.is_empty())
            .collect();
        // 集团有限公司 or AI公司 names no one: all its words are suffixes or generic.
        let generic = words.iter().all(|(w, _)| {
            lexicon.term(w).is_some_and(|t| {
                matches!(
                    t.marker,
                    Some(Marker::Generic | Marker::OrgSuffix | Marker::OrgNoun | Marker::Bureau)
                )
            })
        });
        let proper = words.iter().any(|&(w, tag)| is_proper(lexicon, w, tag));
        if !generic && (proper || !suffix.needs_proper) {
            out.push(Mention::new(name_start, suffix.end, Kind::Org));
        }
    }
    // 深圳市星河集团有限公司 is one name, not 深圳市星河集团 and a rest.
    out.sort_by_key(|m| std::cmp::Reverse(m.end - m.start));
    out
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(start: usize, end: usize) -> Token<'static> {
        Token { start, end, tag: "n" }
    }

    #[test]
    fn words_tell_a_term_inside_one_from_one_across_two() {
        // Words at 0..6, 6..15, 15..18 (two, three and one characters).
        let words = Words::new(&[token(0, 6), token(6, 15), token(15, 18)]);
        // A whole word, or several, is inside none.
        assert_eq!(words.inside(0, 6), None);
        assert_eq!(words.inside(0, 15), None);
        // The head or the tail of a longer word is inside it (中国银行 of 中国银行业).
        assert_eq!(words.inside(6, 12), Some(1));
        assert_eq!(words.inside(9, 15), Some(1));
        // Across two words it is not inside one, but straddles the first.
        assert_eq!(words.inside(3, 9), None);
        assert!(words.straddles(3, 9));
        assert!(!words.straddles(6, 18));
    }
}
