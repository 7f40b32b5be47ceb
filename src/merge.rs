//! Records across the article: the gaps of a departure filled from what the
//! article says about the person elsewhere, and one movement per person and
//! move.
//!
//! If one sentence calls someone `甲公司技术负责人` and a later one says they
//! `转投乙公司`, the departure is from 甲公司 in that role, and the movement
//! runs from 甲公司 (技术负责人) to 乙公司.

use crate::dict::Lexicon;
use crate::event::{Profile, RawEvent, same_org};
use crate::record::{EventType, Status};

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

/// Events of one type and one person that report the same move.
struct Group<'t> {
    kind: EventType,
    person: PersonKey<'t>,
    members: Vec<usize>,
}

/// The person of an event as a key: names compare by their text; a pronoun
/// or description never merges with another event.
fn key<'t>(text: &'t str, e: &RawEvent, index: usize) -> PersonKey<'t> {
    let name = &text[e.person.start..e.person.end];
    match e.person.kind {
        crate::entity::Kind::Person => (name, None),
        _ => (name, Some(index)),
    }
}

/// Fills a departure's missing organization and role from the person's
/// appositions elsewhere in the article, skipping those that name where the
/// person went.
pub(crate) fn fill_departures(lexicon: &Lexicon, text: &str, events: &mut [RawEvent], profiles: &[Profile]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != EventType::Departure || (e.org.is_some() && e.role.is_some()) {
            continue;
        }
        let name = &text[e.person.start..e.person.end];
        let joins: Vec<_> = events
            .iter()
            .filter(|j| j.kind == EventType::Join && &text[j.person.start..j.person.end] == name)
            .filter_map(|j| j.org)
            .collect();
        let usable = |p: &&Profile| {
            &text[p.person.start..p.person.end] == name
                && p.org
                    .is_none_or(|o| !joins.iter().any(|&j| same_org(lexicon, text, o, j)))
        };
        let before = profiles
            .iter()
            .rev()
            .filter(usable)
            .find(|p| p.person.start <= e.trigger.start);
        let Some(profile) = before.or_else(|| profiles.iter().find(usable)) else {
            continue;
        };
        let e = &mut events[i];
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

/// One movement per person and move: repeated reports of one departure (or
/// join) merge, and a departure pairs with a later-named join of another
/// organization.
pub(crate) fn movements(lexicon: &Lexicon, text: &str, events: &[RawEvent]) -> Vec<RawMovement> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let person = key(text, e, i);
        let same = groups.iter_mut().find(|g| {
            g.kind == e.kind
                && g.person == person
                && g.members.iter().all(|&m| compatible(lexicon, text, &events[m], e))
        });
        match same {
            Some(g) => g.members.push(i),
            None => groups.push(Group {
                kind: e.kind,
                person,
                members: vec![i],
            }),
        }
    }
    // A join pairs with a departure of the same person unless the person is
    // also said to leave the organization joined: then they are two moves.
    let left = |person: PersonKey<'_>, j: usize| {
        groups
            .iter()
            .filter(|g| g.kind == EventType::Departure && g.person == person)
            .flat_map(|g| &g.members)
            .any(|&d| same_place(lexicon, text, &events[d], &events[j]))
    };
    let mut paired = vec![false; groups.len()];
    let mut out: Vec<RawMovement> = Vec::new();
    for g in groups.iter().filter(|g| g.kind == EventType::Departure) {
        let partner = groups.iter().enumerate().position(|(h, join)| {
            !paired[h]
                && join.kind == EventType::Join
                && join.person == g.person
                && !join.members.iter().any(|&j| left(g.person, j))
        });
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

/// Two reports of one move: their organizations agree or one is unnamed.
fn compatible(lexicon: &Lexicon, text: &str, a: &RawEvent, b: &RawEvent) -> bool {
    match (a.org, b.org) {
        (Some(x), Some(y)) => same_org(lexicon, text, x, y),
        _ => true,
    }
}

/// A departure and a join at the same organization are two moves, not one.
fn same_place(lexicon: &Lexicon, text: &str, a: &RawEvent, b: &RawEvent) -> bool {
    matches!((a.org, b.org), (Some(x), Some(y)) if same_org(lexicon, text, x, y))
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
