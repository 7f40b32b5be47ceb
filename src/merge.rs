//! Records across the article: the gaps of a departure filled from what the
//! article says about the person elsewhere, and one movement per person and
//! move.
//!
//! If one sentence calls someone `甲公司技术负责人` and a later one says they
//! `转投乙公司`, the departure is from 甲公司 in that role, and the movement
//! runs from 甲公司 (技术负责人) to 乙公司.

use crate::dict::Lexicon;
use crate::entity::{Kind, Mention};
use crate::event::{Profile, RawEvent, same_org};
use crate::record::{EventType, Status};
use std::collections::{HashMap, HashSet};

/// A movement with indices into the event list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawMovement {
    /// The departure events of the move, in text order.
    pub(crate) from: Vec<usize>,
    /// The join events of the move, in text order.
    pub(crate) to: Vec<usize>,
    pub(crate) status: Status,
}

impl RawMovement {
    /// All its events, in text order.
    pub(crate) fn events(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self.from.iter().chain(&self.to).copied().collect();
        all.sort_unstable();
        all
    }
}

/// A person's key: the name, and the event's index when it must not merge.
type PersonKey<'t> = (&'t str, Option<usize>);

/// The person of an event as a key: names compare by their text, a pronoun
/// as whom it refers to; a description, or a pronoun referring to no one,
/// never merges with another event. An event without a person has none.
fn key<'t>(text: &'t str, e: &RawEvent, index: usize) -> Option<PersonKey<'t>> {
    let person = e.referent.or(e.person)?;
    let name = &text[person.start..person.end];
    Some(match person.kind {
        Kind::Person => (name, None),
        _ => (name, Some(index)),
    })
}

/// The distinct organizations among `orgs`, by their text: repeated reports
/// name the same few, so comparing against these keeps merging linear.
fn distinct<'t>(text: &'t str, orgs: impl Iterator<Item = Mention>) -> Vec<Mention> {
    let mut seen: HashSet<&'t str> = HashSet::new();
    orgs.filter(|o| seen.insert(&text[o.start..o.end])).collect()
}

/// How many earlier appositions a departure looks through for one it can use.
const MAX_PROFILE_LOOKBACK: usize = 16;

/// Fills a departure's missing organization and role from the person's
/// appositions elsewhere in the article, skipping those that name where the
/// person went.
pub(crate) fn fill_departures(lexicon: &Lexicon, text: &str, events: &mut [RawEvent], profiles: &[Profile]) {
    let name = |m: &Mention| &text[m.start..m.end];
    let mut joined: HashMap<&str, Vec<Mention>> = HashMap::new();
    for e in events.iter().filter(|e| e.kind == EventType::Join) {
        if let Some(person) = e.referent.or(e.person) {
            joined.entry(name(&person)).or_default().extend(e.org);
        }
    }
    let joined: HashMap<&str, Vec<Mention>> = joined
        .into_iter()
        .map(|(k, orgs)| (k, distinct(text, orgs.into_iter())))
        .collect();
    let mut described: HashMap<&str, Vec<&Profile>> = HashMap::new();
    for p in profiles {
        described.entry(name(&p.person)).or_default().push(p);
    }
    for e in events.iter_mut() {
        if e.kind != EventType::Departure || (e.org.is_some() && e.role.is_some()) {
            continue;
        }
        let Some(person) = e.referent.or(e.person) else {
            continue;
        };
        let Some(candidates) = described.get(name(&person)) else {
            continue;
        };
        let went: &[Mention] = joined.get(name(&person)).map_or(&[], Vec::as_slice);
        let usable = |p: &&&Profile| {
            p.org
                .is_none_or(|o| !went.iter().any(|&j| same_org(lexicon, text, o, j)))
        };
        let upto = candidates.partition_point(|p| p.person.start <= e.trigger.start);
        let before = candidates[..upto].iter().rev().take(MAX_PROFILE_LOOKBACK).find(usable);
        let after = || candidates[upto..].iter().take(MAX_PROFILE_LOOKBACK).find(usable);
        let Some(profile) = before.or_else(after) else { continue };
        let org_agrees = match (e.org, profile.org) {
            (Some(a), Some(b)) => same_org(lexicon, text, a, b),
            _ => true,
        };
        if org_agrees {
            e.org = e.org.or(profile.org);
            e.role = e.role.or(profile.role);
        }
    }
}

/// Events of one type and one person that report the same move.
struct Group<'t> {
    kind: EventType,
    person: PersonKey<'t>,
    members: Vec<usize>,
    /// The distinct organizations its events name.
    orgs: Vec<Mention>,
}

impl Group<'_> {
    /// Whether event `e` reports this move: its organization agrees with
    /// every one the group names, or it names none.
    fn admits(&self, lexicon: &Lexicon, text: &str, e: &RawEvent) -> bool {
        e.org
            .is_none_or(|o| self.orgs.iter().all(|&g| same_org(lexicon, text, g, o)))
    }
}

/// One movement per person and move: repeated reports of one departure (or
/// join) merge, and a departure pairs with a join of another organization.
/// Events without a person make none.
pub(crate) fn movements(lexicon: &Lexicon, text: &str, events: &[RawEvent]) -> Vec<RawMovement> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut by_person: HashMap<(EventType, PersonKey<'_>), Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        let Some(person) = key(text, e, i) else {
            continue;
        };
        let slot = by_person.entry((e.kind, person)).or_default();
        match slot.iter().copied().find(|&g| groups[g].admits(lexicon, text, e)) {
            Some(g) => {
                let group = &mut groups[g];
                group.members.push(i);
                if let Some(o) = e.org {
                    if !group.orgs.iter().any(|x| text[x.start..x.end] == text[o.start..o.end]) {
                        group.orgs.push(o);
                    }
                }
            }
            None => {
                slot.push(groups.len());
                groups.push(Group {
                    kind: e.kind,
                    person,
                    members: vec![i],
                    orgs: e.org.into_iter().collect(),
                });
            }
        }
    }
    // A join pairs with a departure of the same person unless the person is
    // also said to leave the organization joined: then they are two moves.
    let mut left: HashMap<PersonKey<'_>, Vec<Mention>> = HashMap::new();
    for g in groups.iter().filter(|g| g.kind == EventType::Departure) {
        left.entry(g.person).or_default().extend(g.orgs.iter().copied());
    }
    let joins_at_left = |g: &Group<'_>| {
        let orgs = left.get(&g.person).map_or(&[][..], Vec::as_slice);
        g.orgs
            .iter()
            .any(|&j| orgs.iter().any(|&d| same_org(lexicon, text, d, j)))
    };
    let mut paired = vec![false; groups.len()];
    let mut out: Vec<RawMovement> = Vec::new();
    for g in groups.iter().filter(|g| g.kind == EventType::Departure) {
        let joins = by_person
            .get(&(EventType::Join, g.person))
            .map_or(&[][..], Vec::as_slice);
        let partner = joins
            .iter()
            .copied()
            .find(|&h| !paired[h] && !joins_at_left(&groups[h]));
        let to = partner.map_or_else(Vec::new, |h| {
            paired[h] = true;
            groups[h].members.clone()
        });
        out.push(RawMovement {
            from: g.members.clone(),
            to,
            status: Status::Stated,
        });
    }
    for (h, g) in groups.iter().enumerate() {
        if g.kind == EventType::Join && !paired[h] {
            out.push(RawMovement {
                from: Vec::new(),
                to: g.members.clone(),
                status: Status::Stated,
            });
        }
    }
    for m in &mut out {
        m.status = surest(m.events().iter().map(|&i| events[i].status));
    }
    out.sort_by_key(|m| m.events()[0]);
    out
}

/// The status a movement takes from its events: a confirmation outweighs a
/// report, which outweighs a plan or a denial.
fn surest(statuses: impl Iterator<Item = Status>) -> Status {
    let rank = |s: Status| match s {
        Status::Confirmed => 4,
        Status::Stated => 3,
        Status::Reported => 2,
        Status::Planned => 1,
        _ => 0,
    };
    statuses.max_by_key(|&s| rank(s)).unwrap_or(Status::Stated)
}
