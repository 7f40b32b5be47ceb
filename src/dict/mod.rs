//! The dictionary model: parse the plain-text dictionaries, embed the
//! shipped ones, and match every term in one automaton (term → entry).

mod parse;

pub(crate) use parse::{Cue, CueEvent, CueObject, Marker, RolePart};

use crate::error::{Error, ErrorKind, Result};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap as HashMap;

/// Which dictionary a file is, and so which format its lines follow (each
/// embedded file's header documents its format).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dictionary {
    /// Organizations: `canonical | aliases | parent`.
    Orgs,
    /// Role words: `term | head`, `term | modifier` or `term | honorary`.
    Roles,
    /// Event cues: `term | event | object`.
    Cues,
    /// Status, time, employer, pronoun and organization-suffix words: `term | kind`.
    Markers,
    /// Chinese surnames: `surname | weight`.
    Surnames,
    /// Given-name characters: `character | weight`.
    GivenNames,
    /// Characters typical of transliterated names: `character | weight`.
    Transliteration,
    /// Well-known people: `name | aliases`.
    People,
}

macro_rules! embedded {
    ($file:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/dictionaries/", $file))
    };
}

/// The dictionaries shipped in the crate, with the names errors give them.
pub(crate) const EMBEDDED: [(Dictionary, &str, &str); 9] = [
    (Dictionary::Orgs, "dictionaries/orgs.txt", embedded!("orgs.txt")),
    (Dictionary::Roles, "dictionaries/roles.txt", embedded!("roles.txt")),
    (Dictionary::Cues, "dictionaries/cues.txt", embedded!("cues.txt")),
    (
        Dictionary::Markers,
        "dictionaries/markers.txt",
        embedded!("markers.txt"),
    ),
    (Dictionary::Markers, "dictionaries/places.txt", embedded!("places.txt")),
    (
        Dictionary::Surnames,
        "dictionaries/surnames.txt",
        embedded!("surnames.txt"),
    ),
    (
        Dictionary::GivenNames,
        "dictionaries/given_names.txt",
        embedded!("given_names.txt"),
    ),
    (
        Dictionary::Transliteration,
        "dictionaries/transliteration.txt",
        embedded!("transliteration.txt"),
    ),
    (Dictionary::People, "dictionaries/people.txt", embedded!("people.txt")),
];

/// Every reading a term has, across all dictionaries.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) org: Option<OrgId>,
    pub(crate) role: Option<RolePart>,
    pub(crate) cue: Option<Cue>,
    pub(crate) marker: Option<Marker>,
    /// A well-known person's name.
    pub(crate) person: bool,
    /// The last part of a well-known foreigner's name (托雷斯), which may
    /// also end a longer name (道格拉斯 ends in 格拉斯).
    pub(crate) last_name: bool,
}

impl Term {
    /// Whether the term is a cue that reports a move (加入, 离职), not a
    /// word that only contains one (加盟店).
    pub(crate) fn moves(&self) -> bool {
        self.cue.is_some_and(|c| c.event != CueEvent::None)
    }

    /// Whether the term is a cue by which its subject appoints or welcomes
    /// someone named after it (任命, 迎来).
    pub(crate) fn appoints(&self) -> bool {
        self.cue.is_some_and(|c| c.object == CueObject::Appointee)
    }

    /// Whether the text is searched for the term. Words only looked up as
    /// words (a place suffix, a department, a tenure, a competition, a generic
    /// word, a place) are not: most are single characters that would match
    /// everywhere, and a place only keeps a word from being read as a name.
    fn searched(&self) -> bool {
        let looked_up = matches!(
            self.marker,
            Some(
                Marker::PlaceSuffix
                    | Marker::Department
                    | Marker::Tenure
                    | Marker::Competition
                    | Marker::Generic
                    | Marker::Place
            )
        );
        self.org.is_some()
            || self.role.is_some()
            || self.cue.is_some()
            || self.person
            || (self.marker.is_some() && !looked_up)
    }
}

/// Index of an organization in the lexicon.
pub(crate) type OrgId = u32;

/// An organization: its canonical name and the organization it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Org {
    pub(crate) canonical: String,
    pub(crate) parent: Option<OrgId>,
}

/// A term found in the text: byte offsets and its readings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) term: Term,
}

/// All dictionaries, merged and compiled.
pub(crate) struct Lexicon {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    terms: Vec<(String, Term)>,
    index: HashMap<String, usize>,
    orgs: Vec<Org>,
    surnames: HashMap<String, f32>,
    given: HashMap<char, f32>,
    foreign: HashMap<char, f32>,
    /// The characters a tenure word (曾任, 担任) opens with, sorted.
    tenure_initials: Vec<char>,
}

impl Lexicon {
    /// Whether a tenure word of the dictionaries opens with `c`.
    pub(crate) fn opens_tenure(&self, c: char) -> bool {
        self.tenure_initials.binary_search(&c).is_ok()
    }

    /// The readings of `word` when it is a term of its own.
    pub(crate) fn term(&self, word: &str) -> Option<Term> {
        let i = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.index.get(&word.to_ascii_lowercase())
        } else {
            self.index.get(word)
        };
        i.map(|&i| self.terms[i].1)
    }

    /// The terms `s` opens with, of at most `max_chars` characters, shortest
    /// first: each with its length in bytes.
    pub(crate) fn terms_opening<'s>(
        &'s self,
        s: &'s str,
        max_chars: usize,
    ) -> impl Iterator<Item = (usize, Term)> + 's {
        s.char_indices()
            .map(|(at, c)| at + c.len_utf8())
            .take(max_chars)
            .filter_map(move |end| self.term(&s[..end]).map(|term| (end, term)))
    }

    /// The terms of `text`, leftmost-longest, Latin letters without case,
    /// never splitting a Latin word (`AI` is not found inside `OpenAI`).
    pub(crate) fn find(&self, text: &str) -> Vec<Found> {
        let lower = if text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        self.automaton
            .leftmost_find_iter(lower.as_ref())
            .filter(|m| !splits_latin_word(text, m.start(), m.end()))
            .map(|m| Found {
                start: m.start(),
                end: m.end(),
                term: self.terms[m.value() as usize].1,
            })
            .collect()
    }

    /// Every term with its readings, for the segmenter's word list.
    pub(crate) fn terms(&self) -> impl Iterator<Item = (&str, &Term)> {
        self.terms.iter().map(|(t, term)| (t.as_str(), term))
    }

    pub(crate) fn org(&self, id: OrgId) -> &Org {
        &self.orgs[id as usize]
    }

    /// Whether `ancestor` is `id` or one of its parents, grandparents, ….
    pub(crate) fn is_within(&self, id: OrgId, ancestor: OrgId) -> bool {
        let mut at = Some(id);
        // Parents form a forest (checked when building), so this ends.
        while let Some(i) = at {
            if i == ancestor {
                return true;
            }
            at = self.orgs[i as usize].parent;
        }
        false
    }

    /// How common `surname` is (per 10,000 people), if it is one.
    pub(crate) fn surname(&self, surname: &str) -> Option<f32> {
        self.surnames.get(surname).copied()
    }

    /// How common `c` is as a character of a given name (0 when unseen).
    pub(crate) fn given(&self, c: char) -> f32 {
        self.given.get(&c).copied().unwrap_or(0.0)
    }

    /// How typical `c` is of transliterated names, from 0 to 1.
    pub(crate) fn foreign(&self, c: char) -> f32 {
        self.foreign.get(&c).copied().unwrap_or(0.0)
    }
}

fn splits_latin_word(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    (alnum(first) && alnum(text[..start].chars().next_back())) || (alnum(last) && alnum(text[end..].chars().next()))
}

/// Collects dictionaries, checks them against each other, and compiles them.
#[derive(Default)]
pub(crate) struct LexiconBuilder {
    terms: Vec<(String, Term)>,
    index: HashMap<String, usize>,
    /// Where each (term, dictionary) pair was defined, to report duplicates.
    defined: HashMap<(String, Dictionary), String>,
    orgs: Vec<Org>,
    org_ids: HashMap<String, OrgId>,
    parents: Vec<(OrgId, String, String)>,
    surnames: HashMap<String, f32>,
    given: HashMap<char, f32>,
    foreign: HashMap<char, f32>,
}

impl LexiconBuilder {
    /// A builder holding the embedded dictionaries.
    pub(crate) fn embedded() -> Result<LexiconBuilder> {
        let mut builder = LexiconBuilder::default();
        for (kind, source, text) in EMBEDDED {
            builder.add(kind, source, text)?;
        }
        Ok(builder)
    }

    /// Adds the dictionary `text` of format `kind`; `source` names it in errors.
    ///
    /// A term listed twice in one file is an error. A later file may give a
    /// term another reading (a user's cue list overrides the shipped one), and
    /// may list a known organization again to add aliases, but an alias may
    /// never belong to two organizations.
    pub(crate) fn add(&mut self, kind: Dictionary, source: &str, text: &str) -> Result<()> {
        // Editors on some systems open a UTF-8 file with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (line, fields) in parse::records(text) {
            let at = format!("{source}:{line}");
            match kind {
                Dictionary::Orgs => self.add_org(source, line, &fields)?,
                Dictionary::Roles => {
                    let part = parse::role(source, line, &fields)?;
                    self.define(kind, fields[0], &at)?.role = Some(part);
                }
                Dictionary::Cues => {
                    let cue = parse::cue(source, line, &fields)?;
                    self.define(kind, fields[0], &at)?.cue = Some(cue);
                }
                Dictionary::Markers => {
                    let marker = parse::marker(source, line, &fields)?;
                    self.define(kind, fields[0], &at)?.marker = Some(marker);
                }
                Dictionary::People => {
                    for name in parse::person(source, line, &fields)? {
                        self.define(kind, name, &at)?.person = true;
                    }
                }
                Dictionary::Surnames => {
                    let weight = parse::weight(source, line, &fields)?;
                    self.check_unique(kind, fields[0], &at)?;
                    self.surnames.insert(fields[0].to_string(), weight);
                }
                Dictionary::GivenNames | Dictionary::Transliteration => {
                    let weight = parse::weight(source, line, &fields)?;
                    let mut chars = fields[0].chars();
                    let (Some(c), None) = (chars.next(), chars.next()) else {
                        return Err(Error::at(ErrorKind::Syntax, source, line, "an entry is one character"));
                    };
                    self.check_unique(kind, fields[0], &at)?;
                    let table = if kind == Dictionary::GivenNames {
                        &mut self.given
                    } else {
                        &mut self.foreign
                    };
                    table.insert(c, weight);
                }
            }
        }
        Ok(())
    }

    fn add_org(&mut self, source: &str, line: usize, fields: &[&str]) -> Result<()> {
        let org = parse::org(source, line, fields)?;
        let at = format!("{source}:{line}");
        let id = match self.org_ids.get(org.canonical) {
            Some(&id) => {
                self.check_unique(Dictionary::Orgs, org.canonical, &at)?;
                id
            }
            None => {
                let id = self.orgs.len() as OrgId;
                self.orgs.push(Org {
                    canonical: org.canonical.to_string(),
                    parent: None,
                });
                self.org_ids.insert(org.canonical.to_string(), id);
                id
            }
        };
        if let Some(parent) = org.parent {
            self.parents.push((id, parent.to_string(), at.clone()));
        }
        for name in std::iter::once(org.canonical).chain(org.aliases) {
            let term = self.term(name);
            match term.org {
                Some(other) if other != id => {
                    let owner = &self.orgs[other as usize].canonical;
                    let what = format!("{name:?} already names organization {owner:?}");
                    return Err(Error::new(ErrorKind::Conflict, format!("{at}: {what}")));
                }
                _ => term.org = Some(id),
            }
            self.defined
                .insert((name.to_ascii_lowercase(), Dictionary::Orgs), at.clone());
        }
        Ok(())
    }

    /// The term `name` for a definition from dictionary `kind` at `at`.
    fn define(&mut self, kind: Dictionary, name: &str, at: &str) -> Result<&mut Term> {
        self.check_unique(kind, name, at)?;
        Ok(self.term(name))
    }

    /// Fails when `name` (Latin letters without case, as terms match) was
    /// defined before in the same file as `at`.
    fn check_unique(&mut self, kind: Dictionary, name: &str, at: &str) -> Result<()> {
        let key = (name.to_ascii_lowercase(), kind);
        if let Some(first) = self.defined.get(&key) {
            let same_file = first.rsplit_once(':').map(|f| f.0) == at.rsplit_once(':').map(|a| a.0);
            if same_file {
                let what = format!("{at}: {name:?} is listed twice (first at {first})");
                return Err(Error::new(ErrorKind::Conflict, what));
            }
        }
        self.defined.insert(key, at.to_string());
        Ok(())
    }

    /// The term `name`; Latin letters compare without case (Visa = visa).
    fn term(&mut self, name: &str) -> &mut Term {
        let i = *self.index.entry(name.to_ascii_lowercase()).or_insert_with(|| {
            self.terms.push((name.to_string(), Term::default()));
            self.terms.len() - 1
        });
        &mut self.terms[i].1
    }

    /// News names a well-known foreigner by the last part of the name
    /// (托雷斯 for 费尔南多·托雷斯): that part names a person too, unless a
    /// dictionary reads it otherwise (华盛顿 is a place, 福特 a company).
    fn add_last_names(&mut self) {
        let last_names: Vec<String> = self
            .terms
            .iter()
            .filter(|(_, term)| term.person)
            .filter_map(|(name, _)| name.rsplit_once('·').map(|(_, last)| last.to_string()))
            .filter(|last| last.chars().nth(1).is_some() && last.chars().all(|c| c.is_alphabetic() && !c.is_ascii()))
            .collect();
        for last in last_names {
            if !self.index.contains_key(&last) {
                let term = self.term(&last);
                term.person = true;
                term.last_name = true;
            }
        }
    }

    /// Resolves parents and compiles the automaton.
    pub(crate) fn build(mut self) -> Result<Lexicon> {
        self.add_last_names();
        for (id, parent, at) in std::mem::take(&mut self.parents) {
            let Some(&parent_id) = self.org_ids.get(&parent) else {
                let what = format!("{at}: parent {parent:?} is not a listed organization");
                return Err(Error::new(ErrorKind::Conflict, what));
            };
            if self.reaches(parent_id, id) {
                let what = format!("{at}: parent {parent:?} would make a cycle");
                return Err(Error::new(ErrorKind::Conflict, what));
            }
            self.orgs[id as usize].parent = Some(parent_id);
        }
        let automaton = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_with_values(
                self.terms
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, term))| term.searched())
                    .map(|(i, (t, _))| (t.to_ascii_lowercase(), i as u32)),
            )
            .map_err(|e| Error::new(ErrorKind::Conflict, format!("cannot compile the dictionaries: {e}")))?;
        let mut tenure_initials: Vec<char> = self
            .terms
            .iter()
            .filter(|(_, term)| term.marker == Some(Marker::Tenure))
            .filter_map(|(t, _)| t.chars().next())
            .collect();
        tenure_initials.sort_unstable();
        tenure_initials.dedup();
        Ok(Lexicon {
            automaton,
            tenure_initials,
            terms: self.terms,
            index: self.index,
            orgs: self.orgs,
            surnames: self.surnames,
            given: self.given,
            foreign: self.foreign,
        })
    }

    fn reaches(&self, from: OrgId, to: OrgId) -> bool {
        let mut at = Some(from);
        let mut steps = 0;
        while let Some(i) = at {
            if i == to || steps > self.orgs.len() {
                return true;
            }
            at = self.orgs[i as usize].parent;
            steps += 1;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(orgs: &str) -> Result<Lexicon> {
        let mut b = LexiconBuilder::default();
        b.add(Dictionary::Orgs, "orgs.txt", orgs)?;
        b.add(Dictionary::Roles, "roles.txt", "院长 | head\n副 | modifier\n")?;
        b.build()
    }

    #[test]
    fn finds_terms_without_splitting_latin_words() {
        let lex = lexicon("甲乙科技 | 甲乙, JY |\n丙实验室 | | 甲乙科技\nAI | |\n").unwrap();
        let found: Vec<(&str, bool)> = {
            let text = "OpenAI与甲乙的丙实验室副院长,AI";
            lex.find(text)
                .iter()
                .map(|f| (&text[f.start..f.end], f.term.org.is_some()))
                .collect()
        };
        assert_eq!(
            found,
            [
                ("甲乙", true),
                ("丙实验室", true),
                ("副", false),
                ("院长", false),
                ("AI", true)
            ]
        );
        let child = lex.org(1);
        assert_eq!(child.canonical, "丙实验室");
        assert!(lex.is_within(1, 0));
        assert!(!lex.is_within(0, 1));
    }

    #[test]
    fn conflicts_are_errors_naming_the_line() {
        let table = [
            (
                "甲 | 乙 |\n丙 | 乙 |\n",
                "orgs.txt:2: \"乙\" already names organization \"甲\"",
            ),
            (
                "甲 | |\n甲 | 乙 |\n",
                "orgs.txt:2: \"甲\" is listed twice (first at orgs.txt:1)",
            ),
            ("甲 | | 丁\n", "orgs.txt:1: parent \"丁\" is not a listed organization"),
            ("甲 | | 乙\n乙 | | 甲\n", "parent \"甲\" would make a cycle"),
        ];
        for (orgs, message) in table {
            let err = lexicon(orgs).err().expect(orgs);
            assert_eq!(err.kind(), ErrorKind::Conflict, "{orgs}");
            assert!(err.to_string().contains(message), "{orgs}: {err}");
        }
    }

    #[test]
    fn a_later_file_may_add_aliases_and_override_readings() {
        let mut b = LexiconBuilder::default();
        b.add(Dictionary::Orgs, "a.txt", "甲公司 | 甲 |\n").unwrap();
        b.add(Dictionary::Orgs, "b.txt", "甲公司 | 甲司 |\n").unwrap();
        b.add(Dictionary::Cues, "a.txt", "离任 | departure | none\n").unwrap();
        b.add(Dictionary::Cues, "b.txt", "离任 | none | none\n").unwrap();
        let lex = b.build().unwrap();
        let text = "甲司离任";
        let found = lex.find(text);
        assert_eq!(found[0].term.org, Some(0));
        assert_eq!(found[1].term.cue.map(|c| c.event), Some(CueEvent::None));
    }

    #[test]
    fn embedded_dictionaries_build() {
        let lex = LexiconBuilder::embedded().and_then(LexiconBuilder::build).unwrap();
        assert!(lex.surname("王").is_some());
        assert!(lex.given('伟') > 0.0);
    }
}
