//! Events inside a sentence: each cue word, with its arguments filled from
//! the mentions around it as `GUIDELINES.md` describes.
//!
//! - The person is the nearest name before the cue in its clause
//!   (`林晓峰被曝离职`), with the names coordinated with it (`林晓峰、苏婉清等人离开`);
//!   with none there, the subject carried over from an earlier clause
//!   (`…离职后,2023年加入…`).
//! - The organization and role are what follows the cue (`加入字节跳动`,
//!   `不再担任其…院长`); for a departure, else what precedes it after 从
//!   (`从腾讯离职`), else the person's apposition (`星河科技技术负责人林晓峰离职`).
//! - The time is in the cue's clause, or a fronted clause of its own (`今年8月,…`).

use crate::dict::{Cue, CueEvent, CueObject, Lexicon, Marker, RolePart};
use crate::entity::{Kind, Mention, OBJECT_GAP, TIME_POSTPOSITIONS, is_han};
use crate::person::{PARTNERS, PASSIVES};
use crate::record::{EventType, Status};
use crate::sentence::Sentence;
use std::ops::Range;

/// An event with offsets into the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawEvent {
    pub(crate) kind: EventType,
    /// None when the sentence drops the subject and no sentence before it
    /// names anyone.
    pub(crate) person: Option<Mention>,
    pub(crate) org: Option<Mention>,
    pub(crate) role: Option<Mention>,
    pub(crate) time: Option<Mention>,
    pub(crate) trigger: Mention,
    pub(crate) status: Status,
    pub(crate) sentence: (usize, usize),
    /// For a pronoun (他, 她), the person last named before it.
    pub(crate) referent: Option<Mention>,
}

/// What an apposition says about a person (`星河科技技术负责人林晓峰`): the
/// organization and role the text gives them where it names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Profile {
    pub(crate) person: Mention,
    pub(crate) org: Option<Mention>,
    pub(crate) role: Option<Mention>,
}

/// Words that join coordinated names: 林晓峰、苏婉清; 张三和李四.
const COORDINATORS: &[&str] = &["、", "和", "与", "及", "以及", ",以及"];

/// The longest tenure word, in characters (任职, 就职).
const MAX_TENURE_CHARS: usize = 4;

/// Words for a film, a show or a record: a role in one (该片导演, 该剧制片人)
/// is a part in a production, not a post at an employer.
const PRODUCTIONS: &[&str] = &[
    "该片",
    "本片",
    "此片",
    "影片",
    "新片",
    "电影",
    "该剧",
    "本剧",
    "此剧",
    "新剧",
    "电视剧",
    "话剧",
    "舞台剧",
    "剧组",
    "节目",
    "专辑",
    "演唱会",
];

/// Parts in a production, which no employer gives: 出任女主角, 担任男一号.
const PRODUCTION_PARTS: &[&str] = &[
    "女主角",
    "男主角",
    "主角",
    "配角",
    "女一号",
    "男一号",
    "女二号",
    "男二号",
    "主演",
];

/// The longest role modifier, in characters (Honorary).
const MAX_MODIFIER_CHARS: usize = 8;

/// The longest run of scope words allowed inside an apposition
/// (`星河科技数据平台总监`), in characters.
const MAX_SCOPE_CHARS: usize = 8;

/// Particles that follow a verb and never a noun of a scope.
const ASPECT_PARTICLES: &[char] = &['了', '着', '过'];

/// The reading of one sentence: its mentions and the text they point into,
/// with indexes that keep every look-back constant-time, so a sentence of any
/// length reads in linear time.
pub(crate) struct Reader<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    sentence: &'a Sentence,
    mentions: &'a [Mention],
    /// The clause of each mention.
    clause: Vec<usize>,
    /// The mentions of each clause, as an index range.
    clause_mentions: Vec<Range<usize>>,
    /// For each mention, the nearest person or pronoun at or before it.
    prev_person: Vec<Option<usize>>,
    /// For each mention, the nearest named person at or before it.
    prev_named: Vec<Option<usize>>,
    /// For each mention, the nearest time at or before it.
    prev_time: Vec<Option<usize>>,
    /// For each mention, the nearest status marker at or before it.
    prev_status: Vec<Option<(usize, Status)>>,
    /// For each mention, the nearest negation at or before it.
    prev_denied: Vec<Option<usize>>,
    /// For each mention, the nearest organization and role at or before it.
    prev_org: Vec<Option<usize>>,
    prev_role: Vec<Option<usize>>,
    /// The first named person of each clause.
    first_person: Vec<Option<usize>>,
    /// Whether each clause names an organization or a role: it speaks of work.
    of_work: Vec<bool>,
    /// The organization the sentence opens with, its topic.
    topic: Option<Mention>,
    /// The topic, when it announces what follows (`星河队官宣:`, `星河科技今天宣布,`):
    /// the organization of the moves it announces that name none.
    announcing: Option<Mention>,
    /// The status an opening clause without a cue gives the sentence (`据悉,`).
    opening_status: Option<Status>,
}

/// The longest agent between 被 and the cue, in characters (被星河科技董事会解雇).
const MAX_AGENT_CHARS: usize = 8;

/// How far into its clause a cue whose subject is dropped may stand, in
/// bytes: times and a short adverb only (2023年11月下旬,随后被聘为).
const MAX_DROPPED_BYTES: usize = 96;

/// Adverbs that tell what happened next (不久, 随后): a sentence that opens
/// with one tells a story, as a date does.
const SEQUENCE: &[&str] = &["不久", "随后", "后来", "此后", "之后", "其后", "旋即", "继而"];

/// The longest adverb that may stand before a cue whose subject is dropped
/// (随后, 并于), in characters.
const MAX_ADVERB_CHARS: usize = 2;

/// How far back a fronted time may stand, in clauses.
const MAX_FRONTED_CLAUSES: usize = 3;

/// How many mentions an apposition or a 从-phrase may span.
const MAX_PHRASE_MENTIONS: usize = 8;

fn status_of(kind: Kind) -> Option<Status> {
    match kind {
        Kind::Marker(Marker::Reported) => Some(Status::Reported),
        Kind::Marker(Marker::Confirmed) => Some(Status::Confirmed),
        Kind::Marker(Marker::Denied) => Some(Status::Denied),
        Kind::Marker(Marker::Planned) => Some(Status::Planned),
        _ => None,
    }
}

/// For each item, the index of the nearest item at or before it that `keep` accepts.
fn nearest<T: Copy>(mentions: &[Mention], keep: impl Fn(usize, &Mention) -> Option<T>) -> Vec<Option<T>> {
    let mut last = None;
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if let Some(v) = keep(i, m) {
                last = Some(v);
            }
            last
        })
        .collect()
}

impl<'a> Reader<'a> {
    pub(crate) fn new(
        lexicon: &'a Lexicon,
        text: &'a str,
        sentence: &'a Sentence,
        mentions: &'a [Mention],
    ) -> Reader<'a> {
        let clause: Vec<usize> = mentions.iter().map(|m| sentence.clause_of(m.start)).collect();
        let clause_mentions: Vec<Range<usize>> = (0..sentence.clauses.len())
            .map(|c| clause.partition_point(|&x| x < c)..clause.partition_point(|&x| x <= c))
            .collect();
        let first_person = clause_mentions
            .iter()
            .map(|r| r.clone().find(|&i| mentions[i].kind == Kind::Person))
            .collect();
        let of_work = clause_mentions
            .iter()
            .map(|r| {
                mentions[r.clone()]
                    .iter()
                    .any(|m| matches!(m.kind, Kind::Org | Kind::Role))
            })
            .collect();
        // The organizations opening the sentence, with employer words between
        // them (中超球队上海申花), are its topic; a dateline may come first
        // (8月12日，星河科技宣布…).
        let mut opening_orgs: Vec<Mention> = Vec::new();
        let mut end = sentence.range.start;
        for m in mentions {
            if m.start != end {
                break;
            }
            match m.kind {
                Kind::Org => opening_orgs.push(*m),
                Kind::Marker(Marker::Employer) if !opening_orgs.is_empty() => {}
                Kind::Time if opening_orgs.is_empty() => {
                    let rest = &text[m.end..];
                    end = text.len() - rest.trim_start_matches(['，', ',', ' ']).len();
                    continue;
                }
                _ => break,
            }
            end = m.end;
        }
        let after_topic = mentions.partition_point(|m| m.start < end);
        // …and announce its moves when a verb of announcing follows, or a
        // colon, as a headline quotes them (星河科技：林晓峰不再担任董事长).
        // A short word may stand before the colon: 星河科技人事变动：….
        let headline = text[end..]
            .char_indices()
            .take(MAX_HEADLINE_GAP + 1)
            .find(|&(_, c)| !is_han(c))
            .is_some_and(|(at, _)| text[end + at..].starts_with(['：', ':']));
        let announcing = opening_orgs.last().is_some_and(|t| {
            let verb = mentions[after_topic..].iter().find(|m| m.kind != Kind::Time);
            headline
                || verb.is_some_and(|m| {
                    let marker = matches!(m.kind, Kind::Marker(Marker::Confirmed | Marker::Denied));
                    marker && is_scope(&text[t.end..m.start.max(t.end)])
                })
        });
        let opening = clause_mentions.first().cloned().unwrap_or_default();
        let opening_has_cue = mentions[opening.clone()].iter().any(|m| matches!(m.kind, Kind::Cue(_)));
        let opening_status = if opening_has_cue {
            None
        } else {
            mentions[opening].iter().rev().find_map(|m| status_of(m.kind))
        };
        // A name in brackets after a name is its original (黛博拉·莫柔(Deborah Marrow)):
        // the person is the name before it.
        let original = |i: usize| {
            i.checked_sub(1).is_some_and(|j| {
                let (before, m) = (mentions[j], mentions[i]);
                before.kind == Kind::Person && matches!(text.get(before.end..m.start), Some("(" | "（"))
            })
        };
        let mut reader = Reader {
            lexicon,
            text,
            sentence,
            mentions,
            prev_person: nearest(mentions, |i, m| {
                (matches!(m.kind, Kind::Person | Kind::Pronoun) && !original(i)).then_some(i)
            }),
            prev_named: nearest(mentions, |i, m| (m.kind == Kind::Person && !original(i)).then_some(i)),
            prev_time: nearest(mentions, |i, m| (m.kind == Kind::Time).then_some(i)),
            prev_status: nearest(mentions, |i, m| status_of(m.kind).map(|s| (i, s))),
            prev_denied: nearest(mentions, |i, m| {
                (status_of(m.kind) == Some(Status::Denied)).then_some(i)
            }),
            prev_org: nearest(mentions, |i, m| (m.kind == Kind::Org).then_some(i)),
            prev_role: nearest(mentions, |i, m| (m.kind == Kind::Role).then_some(i)),
            clause,
            clause_mentions,
            first_person,
            of_work,
            topic: None,
            announcing: None,
            opening_status,
        };
        reader.topic = reader.phrase(&opening_orgs);
        reader.announcing = reader.topic.filter(|_| announcing);
        reader
    }

    /// The value of a look-back index just before mention `i`.
    fn before<T: Copy>(index: &[Option<T>], i: usize) -> Option<T> {
        i.checked_sub(1).and_then(|j| index[j])
    }

    /// The last person named in the sentence.
    pub(crate) fn last_named(&self) -> Option<Mention> {
        self.prev_named.last().copied().flatten().map(|j| self.mentions[j])
    }

    /// The appositions and stated tenures of every person named in the
    /// sentence, and of whom each pronoun stands for (`named_before` is the
    /// last person named in the sentences before).
    pub(crate) fn profiles(&self, named_before: Option<Mention>) -> Vec<Profile> {
        (0..self.mentions.len())
            .filter_map(|i| {
                // A pronoun's tenure describes whom it stands for: 此前他曾任….
                let person = match self.mentions[i].kind {
                    Kind::Person => self.mentions[i],
                    Kind::Pronoun => self.referent(i, named_before)?,
                    _ => return None,
                };
                let (mut org, mut role) = self.apposition(i);
                if org.is_none() && role.is_none() {
                    (org, role) = self.tenure(i);
                }
                (org.is_some() || role.is_some()).then_some(Profile { person, org, role })
            })
            .collect()
    }

    /// The post a tenure stated right after person `p` names:
    /// `林晓峰曾任星河科技副总裁`, `苏婉清任职于北辰资本`.
    /// A time may stand between the person and the tenure: `林晓峰自2015年起担任…`.
    fn tenure(&self, p: usize) -> (Option<Mention>, Option<Mention>) {
        let mut end = self.mentions[p].end;
        let mut from = p + 1;
        if let Some(time) = self.mentions.get(from).filter(|m| m.kind == Kind::Time) {
            if ["", "自", "从", "于"].contains(&self.gap(end, time.start)) {
                end = time.end + self.text[time.end..].strip_prefix('起').map_or(0, |_| '起'.len_utf8());
                from += 1;
            }
        }
        self.tenure_at(end, from, self.clause[p])
    }

    /// A sentence that opens with a tenure, its subject dropped, describes
    /// the person named before it: `林晓峰离职！曾任星河科技副总裁`.
    pub(crate) fn opening_tenure(&self, named_before: Mention) -> Option<Profile> {
        let (org, role) = self.tenure_at(self.sentence.range.start, 0, 0);
        (org.is_some() || role.is_some()).then_some(Profile {
            person: named_before,
            org,
            role,
        })
    }

    /// The post a tenure word at byte `end` names, read from mention `from`
    /// on in clause `clause`.
    fn tenure_at(&self, end: usize, from: usize, clause: usize) -> (Option<Mention>, Option<Mention>) {
        let Some(len) = tenure_len(self.lexicon, &self.text[end..]) else {
            return (None, None);
        };
        let object = self.object_from(from, end + len, clause);
        (object.org, object.role)
    }

    /// The events of the sentence, in text order.
    /// `named_before` is the last person named in the sentences before this
    /// one, whom a pronoun at its start refers to.
    pub(crate) fn events(&self, named_before: Option<Mention>) -> Vec<RawEvent> {
        let mut out: Vec<RawEvent> = Vec::new();
        let mut departed = std::collections::HashSet::new();
        let mut last_departure: Option<usize> = None;
        let mut last_join: Option<usize> = None;
        let mut last_person: Option<usize> = None;
        for (i, m) in self.mentions.iter().enumerate() {
            // 青松队宣布顾长风为球队新主帅: announcing someone as the new
            // holder of a post appoints them.
            if m.kind == Kind::Marker(Marker::Confirmed) {
                let new_post = self.appointment(i, named_before).filter(|e| {
                    let (Some(person), Some(role)) = (e.person, e.role) else {
                        return false;
                    };
                    self.gap(person.end, role.end).contains('新')
                });
                out.extend(new_post.or_else(|| self.new_holder(i, named_before)));
                continue;
            }
            let Kind::Cue(cue) = m.kind else { continue };
            if self.continues(i) {
                continue;
            }
            if cue.object == CueObject::Appointee {
                out.extend(
                    self.appointment(i, named_before)
                        .or_else(|| self.new_holder(i, named_before)),
                );
                continue;
            }
            if cue.object == CueObject::Employee {
                let moved = self.employer_move(i, last_person, named_before);
                if let Some((last, _)) = moved.last() {
                    last_person = Some(*last);
                    // 解雇主帅甲，乙上任: whom the employer let go is whom a successor replaces.
                    let before = out.len();
                    last_departure = (moved.iter().rposition(|(_, e)| e.kind == EventType::Departure))
                        .map(|k| before + k)
                        .or(last_departure);
                    out.extend(moved.into_iter().map(|(_, e)| e));
                    continue;
                }
            }
            // A work is no organization, nor a part in one: 接手《…》, 出任女主角.
            let after = self.text[m.end..].trim_start_matches(OBJECT_GAP);
            if after.starts_with('《') || PRODUCTION_PARTS.iter().any(|p| after.starts_with(p)) {
                continue;
            }
            let object = self.object(i);
            let alone = self.stands_alone(i);
            let satisfied = match cue.object {
                CueObject::Org => object.org.is_some() || object.employer || alone,
                CueObject::Post => {
                    let gives_up =
                        cue.event == CueEvent::Departure && (object.employer || self.posts_word(i).is_some());
                    object.org.is_some() || object.role.is_some() || gives_up
                }
                CueObject::None | CueObject::Successor => true,
                // 签约 with no one after it: the person signs with the organization after it.
                CueObject::Employee => object.org.is_some(),
                CueObject::Appointee => false,
            };
            // 跳槽 leaves the old employer even when the new one is not named.
            if !satisfied && cue.event != CueEvent::Transfer {
                continue;
            }
            let persons = self.persons(i, last_person);
            let Some(&subject) = persons.last() else {
                if self.dropped_subject(i, object) {
                    let carried = self.carried(i, cue, object, named_before);
                    out.extend(carried.into_iter().filter(|e| satisfied || e.kind != EventType::Join));
                }
                continue;
            };
            last_person = Some(subject);
            let skeleton = self.event_at(i, EventType::Departure);
            for &p in &persons {
                let (app_org, app_role) = self.apposition(p);
                let person = self.mentions[p];
                let base = RawEvent {
                    person: Some(person),
                    referent: self.referent(p, named_before),
                    ..skeleton.clone()
                };
                // 离职,转投乙公司: the transfer's departure is the one already read.
                let already_left = departed.contains(&p);
                let departs = cue.event == CueEvent::Departure || (cue.event == CueEvent::Transfer && !already_left);
                if departs {
                    let explicit = cue.event == CueEvent::Departure;
                    // A role without its organization is the topic's: 纽卡斯尔本赛季…,主教练基冈下课.
                    let topical = app_role.is_some() || (object.org.is_none() && alone);
                    // 出任星河科技CEO不到一年便离职: what the person joined earlier in the sentence.
                    let joined = || {
                        let last = last_join.map(|j| &out[j]);
                        last.filter(|e| e.person == Some(person)).and_then(|e| e.org)
                    };
                    // 执教雪豹队仅3个月便遭解雇: the tenure the sentence states.
                    let (held_org, held_role) = self.tenure(p);
                    let org = object
                        .org
                        .filter(|_| explicit)
                        .or_else(|| self.source_org(p, i))
                        .or_else(|| self.partner(i))
                        .or_else(|| self.announcer(p))
                        .or(app_org)
                        .or_else(joined)
                        .or(held_org)
                        .or(self.topic.filter(|_| topical))
                        .or(self.announcing);
                    let role = object
                        .role
                        .filter(|_| explicit)
                        .or_else(|| self.post_named_before(i))
                        .or(app_role.filter(|_| self.same_org(app_org, org)))
                        .or(held_role.filter(|_| self.same_org(held_org, org)));
                    departed.insert(p);
                    last_departure = Some(out.len());
                    out.push(RawEvent {
                        org,
                        role,
                        ..base.clone()
                    });
                }
                if satisfied && matches!(cue.event, CueEvent::Join | CueEvent::Transfer) {
                    if object.role.is_some_and(|r| self.is_honorary(r)) {
                        continue;
                    }
                    let org = object.org.or_else(|| self.gone_to(i));
                    let (mut org, mut role) = (org.or_else(|| self.its_org(i, object)), object.role);
                    // A move without an object is into the topic: 星河队在新选手卡洛的加入后….
                    if org.is_none() {
                        org = self.announcing.or(self.topic.filter(|_| alone));
                    }
                    let left = last_departure.map(|d| &out[d]);
                    if cue.object == CueObject::Successor {
                        // 接任 takes over the post just left, from someone
                        // other than who left it.
                        if left.is_some_and(|e| e.person == Some(person)) {
                            continue;
                        }
                        // The post at the same organization, or at none named.
                        if role.is_none() && left.is_some_and(|e| self.same_org(org, e.org)) {
                            role = left.and_then(|e| e.role);
                        }
                    }
                    // A move without an object is into what someone else just
                    // left: 甲下课，乙上任; 甲卸任，乙接手.
                    if org.is_none() {
                        org = left.filter(|e| e.person != Some(person)).and_then(|e| e.org);
                    }
                    // 加入星河科技，担任副总裁: the post held next is the one joined in,
                    // and its organization where the join names none (上任，成为星河队主帅).
                    // After whom a successor replaces: 接替林晓峰成为星河科技新任CEO.
                    let replaced = (cue.object == CueObject::Successor)
                        .then(|| self.mentions.get(i + 1))
                        .flatten()
                        .filter(|p| p.kind == Kind::Person && p.start == m.end);
                    let after = object.end().or(replaced.map(|p| p.end)).unwrap_or(m.end);
                    let held = self.post_held_after(after).filter(|_| object.more.0 == object.more.1);
                    if let Some((held_org, held_role)) = held.filter(|&(held_org, _)| self.same_org(held_org, org)) {
                        if role.is_none() {
                            role = Some(held_role);
                            org = org.or(held_org);
                        }
                    }
                    last_join = Some(out.len());
                    out.push(RawEvent {
                        kind: EventType::Join,
                        org,
                        role,
                        ..base
                    });
                    // 先后加盟过星河队、青松队和北辰队: one join for each.
                    out.extend(
                        self.mentions[object.more.0..object.more.1]
                            .iter()
                            .map(|&more| RawEvent {
                                kind: EventType::Join,
                                org: Some(more),
                                role: None,
                                ..base
                            }),
                    );
                }
            }
        }
        out
    }

    /// The role of a tenure stated right after a join, with its subject
    /// dropped, and the organization written before the role: `加入星河科技，
    /// 担任副总裁`, `，并任CTO`, `上任，成为星河队主帅`. (出任 there is an
    /// event of its own.)
    fn post_held_after(&self, at: usize) -> Option<(Option<Mention>, Mention)> {
        // 跳槽至鼎华后，担任…: a postposition of time may close the join.
        let rest = self.text[at..]
            .strip_prefix(TIME_POSTPOSITIONS)
            .unwrap_or(&self.text[at..]);
        let rest = rest.trim_start_matches(['，', ',']);
        let rest = ["并", "后", "随后", "同时"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        let verb = ["担任", "成为", "任"].iter().find(|w| rest.starts_with(*w))?;
        let from = self.text.len() - rest.len() + verb.len();
        let mut next = self.mentions.partition_point(|m| m.start < from);
        let org = self
            .mentions
            .get(next)
            .filter(|m| m.kind == Kind::Org && m.start == from)
            .copied();
        if let Some(org) = org {
            next += 1;
            let role = self.mentions.get(next).filter(|m| m.kind == Kind::Role)?;
            // 新任 or 首任 may stand before the role: 成为星河科技新任CEO.
            let gap = self.gap(org.end, role.start);
            let gap = gap.strip_prefix('的').unwrap_or(gap);
            return matches!(gap, "" | "新任" | "首任" | "新一任").then_some((Some(org), *role));
        }
        let role = self.mentions.get(next).filter(|m| m.kind == Kind::Role)?;
        is_scope(self.gap(from, role.start)).then_some((None, *role))
    }

    fn gap(&self, from: usize, to: usize) -> &'a str {
        if from <= to { &self.text[from..to] } else { "" }
    }

    /// The person (or coordinated persons) of the cue at mention `cue`;
    /// `last` is the person of the sentence's previous event.
    fn persons(&self, cue: usize, last: Option<usize>) -> Vec<usize> {
        let c = self.clause[cue];
        if let Some(p) = Self::before(&self.prev_person, cue).filter(|&p| self.clause[p] == c) {
            // 林晓峰接替苏婉清出任总裁: whom a successor replaces takes no post.
            let successor = p.checked_sub(1).filter(|&s| {
                let replaces = matches!(self.mentions[s].kind, Kind::Cue(k) if k.object == CueObject::Successor);
                replaces && self.mentions[s].end == self.apposition_start(p)
            });
            let subject = successor.and_then(|s| Self::before(&self.prev_person, s).filter(|&q| self.clause[q] == c));
            return self.coordinated(subject.unwrap_or(p));
        }
        // A relative clause's subject is the name after 的: 从星河科技离职的林晓峰.
        if let Some(p) = self.relative_subject(cue) {
            return vec![p];
        }
        // With no name, a description right before the cue is the person:
        // 新教练上任, 创始人辞去CEO职务, 多名主力离队.
        if let Some(d) = cue.checked_sub(1).filter(|&d| self.is_description(d, cue)) {
            return vec![d];
        }
        // A description opening the clause, perhaps after its organization,
        // is its subject though not right before the cue: no one named
        // elsewhere moves. It is the person where only adverbs stand between
        // (公司高管近期将离开…), else none is (…，记者只好选择了暂时离开).
        let first = self.clause_mentions[c].start;
        let opening = (first..cue)
            .take(MAX_PHRASE_MENTIONS)
            .take_while(|&j| {
                let m = self.mentions[j];
                let at = if j == first {
                    self.sentence.clauses[c].start
                } else {
                    self.mentions[j - 1].end
                };
                matches!(m.kind, Kind::Org | Kind::Role | Kind::Marker(Marker::Member))
                    && self.gap(at, m.start).chars().count() <= 1
            })
            .last()
            .filter(|&d| matches!(self.mentions[d].kind, Kind::Role | Kind::Marker(Marker::Member)));
        if let Some(d) = opening {
            let near = self.gap(self.mentions[d].end, self.mentions[cue].start).chars().count() <= MAX_ADVERB_CHARS + 1;
            return if near { vec![d] } else { Vec::new() };
        }
        // A dropped subject continues the last event's person in the sentence,
        // else the first person of the nearest earlier clause that has one.
        if let Some(p) = last {
            return vec![p];
        }
        // A fronted clause of time takes the subject that opens the next one:
        // 离开星河科技后,林晓峰创办了云帆智能.
        if let Some(p) = self.cataphoric_subject(c) {
            return vec![p];
        }
        let earlier = Self::before(&self.prev_named, self.clause_mentions[c].start);
        earlier
            .and_then(|j| self.first_person[self.clause[j]])
            .into_iter()
            .collect()
    }

    /// The person a cue's relative clause describes: the name right after
    /// 的, after the cue and its object (`从星河科技离职的林晓峰`).
    fn relative_subject(&self, cue: usize) -> Option<usize> {
        let end = self.object(cue).end().unwrap_or(self.mentions[cue].end);
        if !self.text[end..].starts_with('的') {
            return None;
        }
        let p = (cue + 1..self.mentions.len()).find(|&j| self.mentions[j].start > end)?;
        let p = (p..self.mentions.len())
            .take_while(|&j| matches!(self.mentions[j].kind, Kind::Org | Kind::Role | Kind::Person))
            .find(|&j| self.mentions[j].kind == Kind::Person)?;
        (self.gap(end, self.apposition_start(p)) == "的").then_some(p)
    }

    /// For clause `c`, a fronted clause of time (ending in 后, 时, 前), the
    /// person that opens the next clause.
    fn cataphoric_subject(&self, c: usize) -> Option<usize> {
        let clause = &self.text[self.sentence.clauses[c].clone()];
        let clause = clause.trim_end_matches(is_punctuation);
        if !["后", "时", "前"].iter().any(|w| clause.ends_with(w)) {
            return None;
        }
        let next = self.clause_mentions.get(c + 1)?.clone();
        let p = next
            .clone()
            .find(|&j| matches!(self.mentions[j].kind, Kind::Person | Kind::Pronoun))?;
        let opens = self.mentions[next.start].start == self.sentence.clauses[c + 1].start;
        (opens && self.apposition_start(p) == self.mentions[next.start].start).then_some(p)
    }

    /// An appointment in the active voice: the subject appoints the person
    /// written after the cue to the post after 为 or 担任 (`星河科技任命林晓峰为总裁`,
    /// `董事会聘请苏婉清担任首席科学家`). The organization is the post's, else
    /// the subject's.
    fn appointment(&self, cue: usize, named_before: Option<Mention>) -> Option<RawEvent> {
        // The person, perhaps after an apposition (任命副总裁林晓峰为总裁).
        let p = self.person_after(cue)?;
        let person = self.mentions[p];
        // 为, or a verb of holding the post, perhaps after coming (来):
        // 聘请苏婉清担任首席科学家, 邀请到韩述来担任顾问.
        let after = &self.text[person.end..];
        let coming = if after.starts_with('来') { '来'.len_utf8() } else { 0 };
        let verb = ["为", "担任", "出任"]
            .iter()
            .find(|w| after[coming..].starts_with(*w))?;
        // Nothing between the cue and the person's apposition but 到, 前 or 原 (former).
        if !matches!(
            self.gap(self.mentions[cue].end, self.apposition_start(p)),
            "" | "到" | "前" | "原"
        ) {
            return None;
        }
        let start = person.end + coming + verb.len();
        let from = self.mentions.partition_point(|m| m.start < start);
        let object = self.object_from(from, start, self.clause[p]);
        if object.org.is_none() && object.role.is_none() {
            return None;
        }
        Some(RawEvent {
            person: Some(person),
            org: object.org.or(self.subject_org(cue)).or(self.announcing),
            role: object.role,
            referent: self.referent(p, named_before),
            ..self.event_at(cue, EventType::Join)
        })
    }

    /// Announcing or welcoming the new holder of a post, named after it,
    /// appoints them: `青松队官宣新帅卡洛维奇`, `星河科技宣布新任CEO林晓峰`,
    /// `星河科技迎来了新CEO林晓峰`. The organization is the subject's.
    fn new_holder(&self, cue: usize, named_before: Option<Mention>) -> Option<RawEvent> {
        let role = *self.mentions.get(cue + 1).filter(|m| m.kind == Kind::Role)?;
        let p = cue + 2;
        let person = *self.mentions.get(p).filter(|m| m.kind == Kind::Person)?;
        let gap = self.gap(self.mentions[cue].end, role.start);
        let gap = gap.strip_prefix('了').unwrap_or(gap);
        let new = self.text[role.start..role.end].starts_with('新') || matches!(gap, "新" | "新任");
        (new && person.start == role.end).then(|| RawEvent {
            person: Some(person),
            org: self.subject_org(cue).or(self.announcing),
            role: Some(role),
            referent: self.referent(p, named_before),
            ..self.event_at(cue, EventType::Join)
        })
    }

    /// Whether the subject of the cue at mention `cue` is dropped: its
    /// clause holds nothing before it but times, markers and a short adverb
    /// (`2015年加入星河科技`, `随后加入`, `被聘为`); `object` is what follows it.
    fn dropped_subject(&self, cue: usize, object: Object) -> bool {
        let c = self.clause[cue];
        let before = &self.mentions[self.clause_mentions[c].start..cue];
        let far = self.mentions[cue].start - self.sentence.clauses[c].start > MAX_DROPPED_BYTES;
        if far
            || before.len() > MAX_PHRASE_MENTIONS
            || before.iter().any(|m| !matches!(m.kind, Kind::Time | Kind::Marker(_)))
        {
            return false;
        }
        let words_in = |from: usize, to: usize| self.gap(from, to).chars().filter(|&c| !is_punctuation(c)).count();
        let mut at = self.sentence.clauses[c].start;
        let mut words = 0;
        for m in before {
            words += words_in(at, m.start);
            at = m.end.max(at);
        }
        words += words_in(at, self.mentions[cue].start);
        // 首次加入星河队的卡洛: a relative clause, whose subject is the noun after 的.
        let relative = object.end().is_some_and(|end| self.text[end..].starts_with('的'));
        words <= MAX_ADVERB_CHARS && !relative
    }

    /// The events of a cue whose dropped subject is `person`, named in an
    /// earlier sentence: `林晓峰生于杭州。2015年加入星河科技。`. Only what the
    /// clause says goes in; a departure's gaps are filled later from what
    /// the article says of the person. With no one named before, an event
    /// has no person, and is kept only if it names the organization and
    /// is dated or in sequence (`去年离开星河科技后…`, `不久,加入…`).
    fn carried(&self, i: usize, cue: Cue, object: Object, person: Option<Mention>) -> Vec<RawEvent> {
        let base = RawEvent {
            person,
            ..self.event_at(i, EventType::Departure)
        };
        let mut out = Vec::new();
        if cue.event == CueEvent::Departure {
            out.push(RawEvent {
                org: object.org,
                role: object.role,
                ..base
            });
        }
        if matches!(cue.event, CueEvent::Join | CueEvent::Transfer) {
            out.push(RawEvent {
                kind: EventType::Join,
                org: object.org.or_else(|| self.gone_to(i)).or(self.announcing),
                role: object.role.filter(|&r| !self.is_honorary(r)),
                ..base
            });
        }
        // Without a person, only a move with its organization told as a
        // story, dated or in sequence (不久,加入…): 加入联盟必须… is no event.
        let clause = &self.text[self.sentence.clauses[self.clause[i]].clone()];
        let sentence = &self.text[self.sentence.range.clone()];
        let told = |s: &str| SEQUENCE.iter().any(|w| s.starts_with(w));
        let in_sequence = told(clause) || told(sentence);
        out.retain(|e| e.person.is_some() || (e.org.is_some() && (e.time.is_some() || in_sequence)));
        out
    }

    /// A move the employer makes, with the index of each person moved:
    /// - the person follows the cue, after their role, and the employer is
    ///   the organization of their apposition or the subject
    ///   (`星河队宣布解雇主教练林晓峰`, `北辰资本签下了卡洛维奇和苏婉清`);
    /// - in the passive, the person comes first and the employer follows
    ///   被 or 遭, when it is named (`林晓峰被星河队解雇`, `林晓峰遭解聘`);
    /// - signing with (与) an organization: `林晓峰与星河队签约`.
    fn employer_move(&self, cue: usize, last: Option<usize>, named_before: Option<Mention>) -> Vec<(usize, RawEvent)> {
        let Kind::Cue(c) = self.mentions[cue].kind else {
            return Vec::new();
        };
        let kind = match c.event {
            CueEvent::Departure => EventType::Departure,
            _ => EventType::Join,
        };
        let clause = self.clause[cue];
        let in_clause = |j: &usize| self.clause[*j] == clause;
        // The post given up may follow the cue: 被罢免董事长职务.
        let post = self.object(cue).role.filter(|_| kind == EventType::Departure);
        let (persons, org) = if let Some(p) = self.employee(cue) {
            (
                self.coordinated_after(p),
                self.apposition(p).0.or(self.subject_org(cue)).or(self.topic),
            )
        } else if let Some((agent, first)) = self.passive(cue) {
            (self.persons(first, last), agent.or(self.topic))
        } else if let Some(partner) = self.partner(cue) {
            let subject = Self::before(&self.prev_person, cue).filter(in_clause);
            (subject.map(|p| self.coordinated(p)).unwrap_or_default(), Some(partner))
        } else if let Some((p, org)) = self.signed_with(cue) {
            (vec![p], Some(org))
        } else if let Some(d) = self
            .described_after(cue)
            .filter(|_| Self::before(&self.prev_person, cue).is_none() && named_before.is_none())
        {
            // A post with no name may be anaphoric: 卡洛维奇下课！雪豹队解雇主帅.
            (vec![d], self.subject_org(cue).or(self.topic))
        } else {
            return Vec::new();
        };
        let skeleton = self.event_at(cue, kind);
        persons
            .into_iter()
            .map(|p| {
                let (app_org, app_role) = self.apposition(p);
                let role = post
                    .filter(|r| r.start != self.mentions[p].start)
                    .or(app_role)
                    .or_else(|| self.role_after(p).filter(|_| kind == EventType::Departure));
                let event = RawEvent {
                    person: Some(self.mentions[p]),
                    org: org.or(app_org),
                    role,
                    referent: self.referent(p, named_before),
                    ..skeleton.clone()
                };
                (p, event)
            })
            .collect()
    }

    /// An event of kind `kind` for the cue at mention `cue`: its trigger,
    /// time, status and sentence, with no person, organization or role yet.
    fn event_at(&self, cue: usize, kind: EventType) -> RawEvent {
        RawEvent {
            kind,
            person: None,
            org: None,
            role: None,
            time: self.time(cue),
            trigger: self.mentions[cue],
            status: self.status(cue),
            sentence: (self.sentence.range.start, self.sentence.range.end),
            referent: None,
        }
    }

    /// The nearest organization before the cue in its clause: the subject
    /// that appoints, dismisses or signs (`星河队解雇了…`); not one the
    /// person comes from (`青松队从星河队签下…`).
    fn subject_org(&self, cue: usize) -> Option<Mention> {
        let clause = self.clause[cue];
        (0..cue)
            .rev()
            .take_while(|&j| self.clause[j] == clause)
            .map(|j| self.mentions[j])
            .find(|m| m.kind == Kind::Org && !self.text[..m.start].ends_with(['从', '自']))
    }

    /// The organization 其 refers to before the post after the cue: the last
    /// one named before it (`接受星河科技的邀请，出任其首席科学家`).
    fn its_org(&self, cue: usize, object: Object) -> Option<Mention> {
        let possessive = self.text[self.mentions[cue].end..].starts_with('其');
        (possessive && object.role.is_some())
            .then(|| Self::before(&self.prev_org, cue).map(|j| self.mentions[j]))
            .flatten()
    }

    /// The post a word for the post already named after the cue refers to:
    /// the last role before the cue (`林晓峰任市长，韩述不再担任该职务`).
    fn post_named_before(&self, cue: usize) -> Option<Mention> {
        let word = self.posts_word(cue)?;
        if !POSTS_NAMED_BEFORE.contains(&word) {
            return None;
        }
        Self::before(&self.prev_role, cue).map(|j| self.mentions[j])
    }

    /// The word of [`POSTS_NAMED`] right after the cue, perhaps after a word
    /// of [`OBJECT_GAP`].
    fn posts_word(&self, cue: usize) -> Option<&'static str> {
        let after = &self.text[self.mentions[cue].end..];
        let stripped = after.strip_prefix(OBJECT_GAP).unwrap_or(after);
        POSTS_NAMED
            .iter()
            .copied()
            .find(|w| after.starts_with(w) || stripped.starts_with(w))
    }

    /// The first person or pronoun after the cue in its clause, with only
    /// names, organizations, roles and member words between:
    /// `任命副总裁林晓峰`, `开除员工韩述`.
    fn person_after(&self, cue: usize) -> Option<usize> {
        let clause = self.clause[cue];
        (cue + 1..self.mentions.len())
            .take_while(|&j| {
                self.clause[j] == clause
                    && matches!(
                        self.mentions[j].kind,
                        Kind::Org | Kind::Role | Kind::Person | Kind::Pronoun | Kind::Marker(Marker::Member)
                    )
            })
            .find(|&j| matches!(self.mentions[j].kind, Kind::Person | Kind::Pronoun))
    }

    /// The person right after the cue, perhaps after their apposition and
    /// 了: `解雇了主教练林晓峰`.
    fn employee(&self, cue: usize) -> Option<usize> {
        let p = self.person_after(cue)?;
        // 签约了自由球员林晓峰: 了, and a short scope before the role, or a
        // clause ending in 的 (解雇了负责自动驾驶的高管林晓峰).
        let gap = self.gap(self.mentions[cue].end, self.apposition_start(p));
        let gap = gap.strip_prefix('了').unwrap_or(gap);
        ((gap.chars().count() <= 2 && is_scope(gap)) || is_relative(gap)).then_some(p)
    }

    /// With no name after the cue, the post right after it, perhaps counted,
    /// stands for whom the employer moves: `辞退了三名高管`, `解雇主教练，`
    /// (but not `解雇主教练的决定`, which names no one moved yet). Member
    /// words are no post: `开除了一批员工` lays off staff, like 裁员.
    fn described_after(&self, cue: usize) -> Option<usize> {
        let d = cue + 1;
        let m = self.mentions.get(d)?;
        let describes = m.kind == Kind::Role;
        let gap = self.gap(self.mentions[cue].end, m.start);
        let gap = gap.strip_prefix('了').unwrap_or(gap);
        let closes = self.text[m.end..self.sentence.range.end]
            .chars()
            .next()
            .is_none_or(is_punctuation);
        (describes && self.clause[d] == self.clause[cue] && is_count(gap) && closes).then_some(d)
    }

    /// `p` and the names coordinated after it: 林晓峰和苏婉清.
    fn coordinated_after(&self, p: usize) -> Vec<usize> {
        let mut out = vec![p];
        let mut last = p;
        while let Some(q) = (last + 1..self.mentions.len()).find(|&j| self.mentions[j].kind == Kind::Person) {
            if !COORDINATORS.contains(&self.gap(self.mentions[last].end, self.apposition_start(q))) {
                break;
            }
            out.push(q);
            last = q;
        }
        out
    }

    /// Whether the cue is in the passive: the employer named after 被 or 遭
    /// if one is (`被星河队解雇`; none in `遭解聘`, `被俱乐部开除`), and the
    /// first mention after 被, before which the person stands (`被马总解雇`).
    fn passive(&self, cue: usize) -> Option<(Option<Mention>, usize)> {
        let start = self.mentions[cue].start;
        // 被, the agent and the cue are close: look back a few characters only.
        let mut from = start
            .saturating_sub((MAX_AGENT_CHARS + 2) * 4)
            .max(self.sentence.clauses[self.clause[cue]].start);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = &self.text[from..start];
        // The agent between 被 and the cue is short: a name or a common noun (俱乐部).
        let (at, agent) = PASSIVES.iter().find_map(|w| {
            let at = before.rfind(w)?;
            Some((at, &before[at + w.len()..]))
        })?;
        // A reason may follow the agent: 被星河科技 + 以违纪为由 + 开除.
        let agent = match agent.strip_suffix("为由").and_then(|a| a.rfind('以').map(|k| (a, k))) {
            Some((a, k)) if a[k..].chars().count() <= MAX_AGENT_CHARS => &a[..k],
            _ => agent,
        };
        let short = agent.chars().count() <= MAX_AGENT_CHARS && !agent.contains(is_punctuation);
        let base = start - before.len() + at;
        let first = (0..cue)
            .rev()
            .take_while(|&j| self.mentions[j].start >= base)
            .last()
            .unwrap_or(cue);
        let between = &self.mentions[first..cue];
        if !short || between.iter().any(|m| matches!(m.kind, Kind::Cue(_))) {
            return None;
        }
        Some((between.iter().find(|m| m.kind == Kind::Org).copied(), first))
    }

    /// The organization signed with or parted from, between 与 (和, 同) and
    /// the cue: `与星河队签约`, `与星河队正式签约`, `与星河队分道扬镳`.
    fn partner(&self, cue: usize) -> Option<Mention> {
        let (j, _) = self.with_partner(cue, Kind::Org, |j| self.mentions[j].start)?;
        Some(self.mentions[j])
    }

    /// The person an organization signs with or parts from, between 与 (和,
    /// 同) and the cue, and that organization right before 与:
    /// `星河队与卡洛维奇签约`, `星河队与林晓峰正式签约`.
    fn signed_with(&self, cue: usize) -> Option<(usize, Mention)> {
        let (p, with) = self.with_partner(cue, Kind::Person, |p| self.apposition_start(p))?;
        let org = self.mentions[..p]
            .iter()
            .rev()
            .find(|m| m.end <= with)
            .filter(|m| m.kind == Kind::Org && m.end == with)?;
        Some((p, *org))
    }

    /// The mention of `kind` right before the cue (markers aside, 正式 at
    /// most between them), written after 与, 和 or 同: the partner of a
    /// signing or a parting. `start_of` gives where the partner's words
    /// start (a person's apposition first); with the partner comes where
    /// 与 starts.
    fn with_partner(&self, cue: usize, kind: Kind, start_of: impl Fn(usize) -> usize) -> Option<(usize, usize)> {
        let j = (0..cue)
            .rev()
            .find(|&j| !matches!(self.mentions[j].kind, Kind::Marker(_)))?;
        let gap = self.gap(self.mentions[j].end, self.mentions[cue].start);
        let start = start_of(j);
        let with = self.text[..start]
            .chars()
            .next_back()
            .filter(|c| PARTNERS.contains(c))?;
        (self.mentions[j].kind == kind && (gap.is_empty() || gap == "正式")).then_some((j, start - with.len_utf8()))
    }

    /// The role written right after person `p`: `免去林晓峰总经理职务`,
    /// `解除林晓峰的总经理职务`.
    fn role_after(&self, p: usize) -> Option<Mention> {
        let m = self.mentions.get(p + 1)?;
        let gap = self.gap(self.mentions[p].end, m.start);
        (m.kind == Kind::Role && (gap.is_empty() || gap == "的")).then_some(*m)
    }

    /// For a pronoun at mention `p`, the person last named before it, in this
    /// sentence or (`named_before`) an earlier one.
    fn referent(&self, p: usize, named_before: Option<Mention>) -> Option<Mention> {
        (self.mentions[p].kind == Kind::Pronoun)
            .then(|| {
                Self::before(&self.prev_named, p)
                    .map(|j| self.mentions[j])
                    .or(named_before)
            })
            .flatten()
    }

    /// Whether the cue at mention `cue` is used as a noun (`新选手林晓峰的加入`,
    /// `卡洛等人的离队`): then it is the person's move even though no
    /// organization follows. Before a title (`加盟《…》`) it is not: a work is
    /// no organization.
    ///
    /// So is a cue used without an object, ending its clause or before 也,
    /// 后, 时 (`卡洛选择离开也…`, `新队员加入以后`), in a clause about work;
    /// but a transfer without its new employer joins none.
    fn stands_alone(&self, cue: usize) -> bool {
        let m = self.mentions[cue];
        let nominal = self.text[..m.start].ends_with('的');
        let after = self.text[m.end..].trim_start_matches('了');
        let transfer = matches!(m.kind, Kind::Cue(c) if c.event == CueEvent::Transfer);
        let bare = after.is_empty()
            || after.starts_with(is_punctuation)
            || ["也", "后", "以后", "之后", "时"].iter().any(|w| after.starts_with(w));
        // Without an object, only where the clause speaks of work (离开 a
        // room is no move).
        let intransitive = bare && !transfer && self.of_work[self.clause[cue]];
        (nominal || intransitive) && !self.text[m.end..].starts_with('《')
    }

    /// The organization gone to right before the cue: `到星河研究院当院长`,
    /// `前往云帆智能担任解说`.
    fn gone_to(&self, cue: usize) -> Option<Mention> {
        let org = self.mentions[cue.checked_sub(1)?];
        let adjacent = org.kind == Kind::Org && ["", "来", "去"].contains(&self.gap(org.end, self.mentions[cue].start));
        let before = &self.text[..org.start];
        let going = ["到", "前往", "赴"].iter().any(|w| before.ends_with(w));
        (adjacent && going).then_some(org)
    }

    /// Whether mention `d` is a role or a member word standing for a person
    /// right before the cue.
    fn is_description(&self, d: usize, cue: usize) -> bool {
        let (m, c) = (self.mentions[d], self.mentions[cue]);
        let gap = self.gap(m.end, c.start);
        let describes = matches!(m.kind, Kind::Role | Kind::Marker(Marker::Member));
        // 以自由球员身份加盟: the capacity the person comes in, not the person.
        let capacity = gap.ends_with("身份");
        describes && gap.chars().count() <= 2 && !gap.contains(is_punctuation) && !capacity
    }

    /// Whether an adverb of continuing stands before the cue: a post still
    /// held is no move (仍然将担任, 继续出任).
    /// Markers written right before it may stand between (仍 + 将 + 出任).
    fn continues(&self, cue: usize) -> bool {
        let mut end = self.mentions[cue].start;
        for m in self.mentions[..cue].iter().rev() {
            let adjacent = m.end == end || self.gap(m.end, end) == "会";
            match m.kind {
                Kind::Marker(Marker::Continuing) if adjacent => return true,
                Kind::Marker(_) if adjacent => end = m.start,
                _ => return false,
            }
        }
        false
    }

    /// `p` and the names coordinated before it: 林晓峰、云帆智能专家苏婉清.
    fn coordinated(&self, p: usize) -> Vec<usize> {
        let mut out = vec![p];
        let mut head = p;
        loop {
            let start = self.apposition_start(head);
            let Some(q) = Self::before(&self.prev_named, head) else {
                break;
            };
            if !COORDINATORS.contains(&self.gap(self.mentions[q].end, start)) {
                break;
            }
            out.push(q);
            head = q;
        }
        out.reverse();
        out
    }

    /// Where the apposition of person `p` starts (its own start when none).
    fn apposition_start(&self, p: usize) -> usize {
        let (org, role) = self.apposition(p);
        [org, role]
            .iter()
            .flatten()
            .map(|m| m.start)
            .min()
            .unwrap_or(self.mentions[p].start)
    }

    /// The organization phrase and role written right before person `p`:
    /// `星河科技技术负责人林晓峰`, `云帆智能AI专家苏婉清`, `北辰资本韩述`.
    fn apposition(&self, p: usize) -> (Option<Mention>, Option<Mention>) {
        let mut cursor = self.mentions[p].start;
        let mut role = None;
        let mut orgs: Vec<Mention> = Vec::new();
        // A description may be counted: 青松队有三名队员, 星河科技的两位高管.
        let description = matches!(self.mentions[p].kind, Kind::Role | Kind::Marker(Marker::Member));
        for j in (p.saturating_sub(MAX_PHRASE_MENTIONS)..p).rev() {
            let m = self.mentions[j];
            let gap = self.gap(m.end, cursor);
            let first = cursor == self.mentions[p].start;
            let adjacent = gap.is_empty() || (!first && is_scope(gap)) || (first && description && is_count(gap));
            if !adjacent {
                break;
            }
            match m.kind {
                Kind::Role if orgs.is_empty() => role = role.or(Some(m)),
                Kind::Org
                    if orgs
                        .last()
                        .is_none_or(|o| self.gap(m.end, o.start).is_empty() || self.gap(m.end, o.start) == "的") =>
                {
                    orgs.push(m)
                }
                _ => break,
            }
            cursor = m.start;
        }
        orgs.reverse();
        (self.phrase(&orgs), role)
    }

    /// The organization phrase and role after the cue, and whether an
    /// employer word (原公司) stands there. A cue closed by a postposition of
    /// time has none: 离职后创办了星河科技 leaves no 星河科技.
    fn object(&self, cue: usize) -> Object {
        let end = self.mentions[cue].end;
        if self.text[end..].starts_with(TIME_POSTPOSITIONS) {
            return Object::default();
        }
        self.object_from(cue + 1, end, self.clause[cue])
    }

    /// The organization phrase and role that the mentions from `from` on
    /// give, read from byte `start` in clause `clause`.
    fn object_from(&self, from: usize, start: usize, clause: usize) -> Object {
        let clause = self.sentence.clauses[clause].clone();
        let mut object = Object::default();
        let mut cursor = start;
        let mut orgs: Vec<Mention> = Vec::new();
        for m in self.mentions.get(from..).unwrap_or_default() {
            if m.start >= clause.end || matches!(m.kind, Kind::Cue(_) | Kind::Person) {
                break;
            }
            let gap = self.gap(cursor, m.start);
            let first = cursor == start;
            // A pronoun may open a clause that describes the organization (她一手创办的).
            if first && m.kind == Kind::Pronoun {
                continue;
            }
            let fits = if first {
                let short = gap.chars().count() <= 2 && gap.chars().all(|c| OBJECT_GAP.contains(&c));
                // A scope may stand before the role or organization: 出任中心主任, 离开乌克兰劲旅Na'Vi战队;
                // but a production is no employer: 出任该片导演.
                let production = PRODUCTIONS.iter().any(|w| gap.ends_with(w));
                // A clause ending in 的 may describe the organization: 离开她一手创办的星河科技.
                let relative = m.kind == Kind::Org && is_relative(gap);
                short || relative || (matches!(m.kind, Kind::Role | Kind::Org) && is_scope(gap) && !production)
            } else if m.kind == Kind::Org {
                gap.is_empty() || gap == "的"
            } else {
                gap.is_empty() || is_scope(gap) || gap == "的"
            };
            if !fits {
                break;
            }
            match m.kind {
                Kind::Org if object.role.is_none() => orgs.push(*m),
                Kind::Role => {
                    object.role = Some(*m);
                    break;
                }
                // The employer word may stand before the role: 辞去球队主教练一职.
                Kind::Marker(Marker::Employer) if first => object.employer = true,
                _ => break,
            }
            cursor = m.end;
        }
        // A product's feature is no organization (加入CMMB功能), nor is a
        // coalition an employer (加入星河联盟, 加入分红大军).
        object.org = self.phrase(&orgs).filter(|o| {
            let after = &self.text[o.end..];
            !FEATURES.iter().chain(COALITIONS).any(|w| after.starts_with(w))
        });
        // Organizations coordinated after the first: 加入星河队和青松队.
        if let (Some(last), None) = (orgs.last(), object.role) {
            let first = self.mentions.partition_point(|m| m.start <= last.start);
            let mut end = first;
            while let Some(m) = self.mentions.get(end) {
                let joined = COORDINATORS.contains(&self.gap(self.mentions[end - 1].end, m.start));
                if m.kind != Kind::Org || m.start >= clause.end || !joined || end - first >= MAX_PHRASE_MENTIONS {
                    break;
                }
                end += 1;
            }
            object.more = (first, end);
        }
        // 公司 or 集团 alone names no organization, but does the employer: 不再担任公司任何职务.
        let after = self.text[start..].trim_start_matches(OBJECT_GAP);
        object.employer |= ["公司", "集团", "本公司", "该公司"]
            .iter()
            .any(|w| after.starts_with(w));
        // Nor does one's own (加入了自己的画廊, 加盟他的公司), but it is an employer.
        if let Some(owned) = POSSESSIVES.iter().find_map(|p| after.strip_prefix(p)) {
            object.employer |= (self.lexicon.terms_opening(owned, MAX_ORG_NOUN_CHARS))
                .any(|(_, t)| matches!(t.marker, Some(Marker::OrgNoun | Marker::OrgSuffix | Marker::Bureau)));
        }
        object
    }

    /// The organization announcing or denying the person's move:
    /// `百度宣布陆奇辞去…`, `云帆智能也宣布苏婉清不再担任…`, `甲公司否认乙离职`.
    fn announcer(&self, person: usize) -> Option<Mention> {
        let start = self.apposition_start(person);
        let j = (0..person).rev().find(|&j| self.mentions[j].end <= start)?;
        let marker = self.mentions[j];
        let announces = matches!(marker.kind, Kind::Marker(Marker::Confirmed | Marker::Denied));
        if !announces || !self.gap(marker.end, start).is_empty() {
            return None;
        }
        let k = j.checked_sub(1)?;
        let org = self.mentions[k];
        let gap = self.gap(org.end, marker.start);
        (org.kind == Kind::Org && gap.chars().count() <= 2 && is_scope(gap)).then_some(org)
    }

    /// For a departure, the organization after 从 or 自 before the cue
    /// (`林晓峰近日已从腾讯离职`), or after 向 where the person resigns
    /// (`向星河科技提出辞职`).
    fn source_org(&self, person: usize, cue: usize) -> Option<Mention> {
        // 从星河科技离职的林晓峰: the person comes after, the organizations
        // right before the cue still name the one left.
        let from = if person < cue {
            person + 1
        } else {
            (0..cue)
                .rev()
                .take_while(|&j| self.mentions[j].kind == Kind::Org)
                .last()?
        };
        if cue - from > MAX_PHRASE_MENTIONS {
            return None;
        }
        let orgs: Vec<Mention> = self.mentions[from..cue]
            .iter()
            .filter(|m| m.kind == Kind::Org)
            .copied()
            .collect();
        let first = orgs.first()?;
        let before = &self.text[..first.start];
        let after = self.gap(orgs.last()?.end, self.mentions[cue].start);
        // 向星河科技提出辞职, 向星河科技请辞: resigning to the employer.
        let resigns = matches!(self.mentions[cue].kind, Kind::Cue(c) if c.object != CueObject::Employee);
        let to = before.ends_with('向') && resigns;
        let from = before.ends_with('从') || before.ends_with('自') || to;
        (from && after.chars().count() <= 4 && !after.contains(is_punctuation))
            .then(|| self.phrase(&orgs))
            .flatten()
    }

    /// One mention covering adjacent organizations (`阿里通义千问`), naming
    /// the most specific one the dictionaries know. A bare common noun
    /// (公司, 集团) names no organization an event can report: no phrase; a
    /// government body (教育局) names the local one.
    fn phrase(&self, orgs: &[Mention]) -> Option<Mention> {
        let bare = |m: &Mention| {
            self.lexicon
                .term(&self.text[m.start..m.end])
                .is_some_and(|t| matches!(t.marker, Some(Marker::OrgNoun | Marker::OrgSuffix)))
        };
        if orgs.len() == 1 && orgs.iter().all(bare) {
            return None;
        }
        let first = orgs.first()?;
        let last = orgs.last()?;
        Some(Mention {
            org: orgs.iter().rev().find_map(|m| m.org),
            full: orgs.iter().rev().find_map(|m| m.full),
            ..Mention::new(first.start, last.end, Kind::Org)
        })
    }

    fn same_org(&self, a: Option<Mention>, b: Option<Mention>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => same_org(self.lexicon, self.text, a, b),
            _ => true,
        }
    }

    /// Whether a role's title is an honour, not a post (its first word is an
    /// honorary modifier): 改任荣誉顾问 marks stepping down, not taking a job.
    fn is_honorary(&self, role: Mention) -> bool {
        let text = &self.text[role.start..role.end];
        (self.lexicon.terms_opening(text, MAX_MODIFIER_CHARS)).any(|(_, t)| t.role == Some(RolePart::Honorary))
    }

    /// The time of the cue: in its clause, nearest before it, else after it;
    /// else the nearest fronted clause, when it holds only a time (`今年8月,`);
    /// else a time opening the sentence (`前不久因为业务调整，`).
    fn time(&self, cue: usize) -> Option<Mention> {
        let c = self.clause[cue];
        let before = Self::before(&self.prev_time, cue).filter(|&t| self.clause[t] == c);
        let after = || {
            self.mentions[cue + 1..self.clause_mentions[c].end]
                .iter()
                .take_while(|m| !matches!(m.kind, Kind::Cue(_)))
                .find(|m| m.kind == Kind::Time)
                .copied()
        };
        if let Some(t) = before.map(|t| self.mentions[t]).or_else(after) {
            return Some(t);
        }
        // Else the nearest earlier clause with a time, if that clause is
        // only a time: 去年9月,苏婉清加盟北辰资本,出任合伙人.
        for previous in (c.saturating_sub(MAX_FRONTED_CLAUSES)..c).rev() {
            let inside = &self.mentions[self.clause_mentions[previous].clone()];
            let Some(first_time) = inside.iter().find(|m| m.kind == Kind::Time) else {
                continue;
            };
            let covered: usize = inside
                .iter()
                .filter(|m| m.kind == Kind::Time)
                .map(|m| m.end - m.start)
                .sum();
            let rest: usize = self.text[self.sentence.clauses[previous].clone()]
                .chars()
                .filter(|c| !is_punctuation(*c))
                .map(char::len_utf8)
                .sum();
            let only_time = inside.iter().all(|m| m.kind == Kind::Time) && rest <= covered + "以来".len();
            if only_time {
                return Some(*first_time);
            }
            break;
        }
        // Else a time opening the sentence, with no other time before the
        // cue: 前不久因为业务调整，苏婉清离开了….
        let t = Self::before(&self.prev_time, cue)?;
        let opening = self.mentions[t];
        (t == 0 && opening.start == self.sentence.range.start).then_some(opening)
    }

    /// The status the nearest marker before the cue gives: in its clause, or
    /// in an opening clause such as `据悉,` or `有消息称,`.
    fn status(&self, cue: usize) -> Status {
        let c = self.clause[cue];
        // A negation anywhere before the cue in its clause wins: 尚未正式加盟.
        if Self::before(&self.prev_denied, cue).is_some_and(|m| self.clause[m] == c) {
            return Status::Denied;
        }
        let in_clause = Self::before(&self.prev_status, cue).filter(|&(m, _)| self.clause[m] == c);
        in_clause
            .map(|(_, s)| s)
            .or(self.opening_status)
            .unwrap_or(Status::Stated)
    }
}

/// What follows a cue.
#[derive(Debug, Default, Clone, Copy)]
struct Object {
    org: Option<Mention>,
    role: Option<Mention>,
    employer: bool,
    /// The organizations coordinated after the first, as a range of mention indices.
    more: (usize, usize),
}

impl Object {
    /// Where the object ends, if the cue has one.
    fn end(self) -> Option<usize> {
        [self.org, self.role].iter().flatten().map(|m| m.end).max()
    }
}

/// Whether two organization mentions can name the same organization: one
/// within the other by the dictionaries, or one's text contains the other's.
pub(crate) fn same_org(lexicon: &Lexicon, text: &str, a: Mention, b: Mention) -> bool {
    if let (Some(x), Some(y)) = (a.org, b.org) {
        if lexicon.is_within(x, y) || lexicon.is_within(y, x) {
            return true;
        }
    }
    let (x, y) = (&text[a.start..a.end], &text[b.start..b.end]);
    x.contains(y) || y.contains(x)
}

/// Scope words inside an apposition or before a role: Latin letters,
/// digits and Chinese characters, no punctuation, short (大模型, AI, 数据平台).
/// A Latin word counts as one character (乌克兰DotA劲旅).
fn is_scope(gap: &str) -> bool {
    let mut length = 0;
    let mut previous = None;
    for c in gap.chars() {
        // An aspect particle marks a verb: 离开骑士去了热火 leaves no 热火.
        if !(c.is_alphanumeric() || c == ' ') || ASPECT_PARTICLES.contains(&c) {
            return false;
        }
        let continues_word = c.is_ascii_alphanumeric() && previous.is_some_and(|p: char| p.is_ascii_alphanumeric());
        length += usize::from(!continues_word);
        previous = Some(c);
    }
    length <= MAX_SCOPE_CHARS
}

/// Whether a gap counts the people after it: 有三名, 的两位, 这些.
fn is_count(gap: &str) -> bool {
    gap.chars().count() <= MAX_SCOPE_CHARS
        && gap
            .chars()
            .all(|c| "有的这那些多几两一二三四五六七八九十百名位个批".contains(c))
}

/// The length of the tenure word `s` opens with, in bytes: the longest of
/// markers.txt, perhaps after 曾 or 现 (曾任职于 is 曾 + 任职 + 于, 曾任 a
/// word of its own).
pub(crate) fn tenure_len(lexicon: &Lexicon, s: &str) -> Option<usize> {
    let tenure = |s: &str| {
        (lexicon.terms_opening(s, MAX_TENURE_CHARS))
            .filter(|(_, t)| t.marker == Some(Marker::Tenure))
            .last()
            .map(|(end, _)| end)
    };
    let adverb = s.strip_prefix(['曾', '现', '原']).unwrap_or(s);
    // Most text opens with no tenure word: one look at its first character tells.
    let opens = |s: &str| s.chars().next().is_some_and(|c| lexicon.opens_tenure(c));
    if !opens(adverb) && !opens(s) {
        return None;
    }
    tenure(adverb).map(|n| n + s.len() - adverb.len()).or_else(|| tenure(s))
}

/// The longest clause ending in 的 between an employer's verb and whom it
/// moves (解雇了负责自动驾驶的高管林晓峰), in characters.
const MAX_RELATIVE_CHARS: usize = 12;

/// Whether a gap is a short clause ending in 的 that describes what follows:
/// 解雇了负责自动驾驶的 + 高管林晓峰, 离开她一手创办的 + 星河科技.
fn is_relative(gap: &str) -> bool {
    gap.ends_with('的') && gap.chars().count() <= MAX_RELATIVE_CHARS && !gap.contains(is_punctuation)
}

/// Words for the posts already named, or for every post held, after a
/// departure's verb: 不再担任该职务, 辞去一切职务.
const POSTS_NAMED: &[&str] = &[
    "该职",
    "此职",
    "这一职务",
    "上述职务",
    "一切职务",
    "所有职务",
    "全部职务",
];

/// Nouns after a name that make it a product's feature, not an
/// organization: 加入CMMB功能, 加入Kestrel元素.
const FEATURES: &[&str] = &["功能", "特性", "元素", "模块", "插件", "技术", "模式"];

/// The most characters between an organization opening a headline and
/// its colon: 星河科技人事变动：.
const MAX_HEADLINE_GAP: usize = 4;

/// Nouns after a name that make it a coalition or a crowd, which one
/// joins but is not employed by: 加入星河联盟, 加入分红大军. (A team's
/// 阵营 or 军团 is the team: 加盟湖人阵营.)
const COALITIONS: &[&str] = &["联盟", "大军", "行列", "阵线"];

/// Those of [`POSTS_NAMED`] that refer to the post named before.
const POSTS_NAMED_BEFORE: &[&str] = &["该职", "此职", "这一职务", "上述职务"];

/// Words for whose something is: 自己的画廊, 他的公司.
const POSSESSIVES: &[&str] = &["自己的", "他的", "她的", "他们的", "本人的"];

/// The longest common noun for an organization after a possessive, in characters.
const MAX_ORG_NOUN_CHARS: usize = 4;

fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}
