//! The entry type: builds the pipeline once, then runs it on any text.

use crate::dict::{Dictionary, Lexicon, LexiconBuilder};
use crate::entity::{self, Kind, Mention};
use crate::error::{Error, ErrorKind, Result};
use crate::event::{self, RawEvent, Reader};
use crate::merge::{self, RawMovement};
use crate::normalize::Normalized;
use crate::record::{Argument, Entity, EntityKind, Event, Extraction, Movement, Post};
use crate::segment::Segmenter;
use crate::sentence::{self, Sentence};
use crate::span::Span;
use std::io::BufRead;
use std::path::Path;

/// Reads Chinese news and extracts people, organizations, roles, and who
/// left or joined which organization.
///
/// Build it once (it loads jieba's dictionary and compiles the automaton),
/// then call [`extract`](Extractor::extract) on as many texts as you like,
/// from as many threads as you like.
///
/// ```
/// let extractor = renshi::Extractor::new();
/// let text = "星河科技首席科学家林晓峰近日离职，将加入云帆智能。";
/// let extraction = extractor.extract(text);
/// assert_eq!(extraction.events[0].person.as_ref().unwrap().text, "林晓峰");
/// ```
pub struct Extractor {
    lexicon: Lexicon,
    segmenter: Segmenter,
    coverage: Coverage,
}

/// How much of a text the extractor reads in full.
///
/// Segmentation is most of the cost, and most sentences of news report no
/// move: [`Coverage::Moves`] segments only the sentences with a cue word and
/// reads the rest from the dictionaries alone, several times faster.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Coverage {
    /// Every sentence: all events, and every person the rules can find.
    #[default]
    Everything,
    /// Sentences with a move (a cue word, or going to a post) in full;
    /// elsewhere the organizations, roles and people the dictionaries know
    /// and the people named in move sentences.
    /// Events are the same as with [`Coverage::Everything`], unless a gap
    /// could only be filled from a person named in no move sentence.
    Moves,
}

impl Extractor {
    /// An extractor on the embedded dictionaries.
    pub fn new() -> Extractor {
        let lexicon = LexiconBuilder::embedded()
            .and_then(LexiconBuilder::build)
            .unwrap_or_else(|e| panic!("the embedded dictionaries are checked by the test suite: {e}"));
        Extractor::from_lexicon(lexicon, Coverage::default())
    }

    /// A builder, to add dictionaries of your own.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    fn from_lexicon(lexicon: Lexicon, coverage: Coverage) -> Extractor {
        crate::normalize::prepare();
        let segmenter = Segmenter::new(&lexicon);
        Extractor {
            lexicon,
            segmenter,
            coverage,
        }
    }

    /// Extracts entities, events and movements from `text`.
    ///
    /// Total on any input: it never fails and never panics, and every span
    /// in the result slices `text` on `char` boundaries.
    pub fn extract(&self, text: &str) -> Extraction {
        let normalized = Normalized::new(text);
        let norm = normalized.text();
        let found = self.lexicon.find(norm);
        let sentences = sentence::sentences(norm);
        let mut mentions: Vec<Vec<Mention>> = sentences
            .iter()
            .map(|range| {
                let range = range.clone();
                // Terms do not overlap: sorted by start, they are sorted by end too.
                let from = found.partition_point(|f| f.start < range.start);
                let to = found.partition_point(|f| f.end <= range.end).max(from);
                let local = &found[from..to];
                // An appointment names a post (任命…为总裁, 迎来新CEO…): without a
                // role, 迎来 (common in any news) moves no one.
                let has_role = || local.iter().any(|f| f.term.role.is_some());
                let has_cue = local
                    .iter()
                    .any(|f| f.term.moves() && (!f.term.appoints() || has_role()))
                    || (self.coverage == Coverage::Moves && entity::takes_post(norm, range.clone(), local));
                // Without a move, a sentence matters only for who and what it names.
                let names = local
                    .iter()
                    .any(|f| f.term.org.is_some() || f.term.role.is_some() || f.term.person);
                if self.coverage == Coverage::Moves && !has_cue && !names {
                    return Vec::new();
                }
                // Dates only serve events: a sentence read from the dictionaries alone needs none.
                let (dates, tokens) = match self.coverage {
                    Coverage::Moves if !has_cue => (Vec::new(), Vec::new()),
                    _ => (
                        entity::dates(norm, range.clone()),
                        self.segmenter.tokens(norm, range.clone()),
                    ),
                };
                entity::mentions(&self.lexicon, &self.segmenter, norm, range, local, &dates, &tokens)
            })
            .collect();
        entity::pronoun_antecedents(&self.lexicon, norm, &sentences, &mut mentions);
        entity::read_across(&self.lexicon, norm, &sentences, &mut mentions);
        let mut entities = Vec::new();
        let mut events: Vec<RawEvent> = Vec::new();
        let mut profiles = Vec::new();
        let mut named_before = None;
        for (range, mentions) in sentences.iter().zip(&mentions) {
            entities.extend(mentions.iter().filter_map(|m| self.entity(&normalized, text, m)));
            // A sentence that names only organizations and roles has no
            // event, no one to refer back to and no one to describe.
            let read = |m: &Mention| matches!(m.kind, Kind::Person | Kind::Pronoun | Kind::Cue(_));
            if !mentions.iter().any(read) {
                // …but one that opens with a tenure describes the person named before it.
                let tenure = || event::tenure_len(&self.lexicon, &norm[range.clone()]).is_some();
                if let Some(person) = named_before.filter(|_| tenure()) {
                    let sentence = Sentence::new(norm, range.clone());
                    profiles.extend(Reader::new(&self.lexicon, norm, &sentence, mentions).opening_tenure(person));
                }
                continue;
            }
            let sentence = Sentence::new(norm, range.clone());
            let reader = Reader::new(&self.lexicon, norm, &sentence, mentions);
            events.extend(reader.events(named_before));
            profiles.extend(reader.profiles(named_before));
            named_before = reader.last_named().or(named_before);
        }
        merge::fill_departures(&self.lexicon, norm, &mut events, &profiles);
        let movements = merge::movements(&self.lexicon, norm, &events);
        let output = Output {
            extractor: self,
            normalized: &normalized,
            original: text,
        };
        Extraction {
            entities,
            movements: movements.iter().map(|m| output.movement(m, &events)).collect(),
            events: events.iter().map(|e| output.event(e)).collect(),
        }
    }

    fn entity(&self, normalized: &Normalized, original: &str, m: &Mention) -> Option<Entity> {
        let kind = match m.kind {
            Kind::Person => EntityKind::Person,
            Kind::Org => EntityKind::Org,
            Kind::Role => EntityKind::Role,
            _ => return None,
        };
        let span = normalized.original_span(m.start, m.end);
        Some(Entity {
            kind,
            text: original[span.range()].to_string(),
            span,
            canonical: self.canonical(normalized, original, m),
        })
    }
}

impl Extractor {
    /// An organization's canonical name: the dictionary's, or for a short
    /// form, the full name as the article writes it.
    fn canonical(&self, normalized: &Normalized, original: &str, m: &Mention) -> Option<String> {
        if let Some(id) = m.org {
            return Some(self.lexicon.org(id).canonical.clone());
        }
        let (start, end) = m.full?;
        Some(original[normalized.original_span(start, end).range()].to_string())
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

/// The longest evidence sentence, in bytes, before it is cut to a window.
const MAX_EVIDENCE: usize = 1024;

/// Turns internal mentions (offsets into the normalized text) into owned
/// records (offsets into the original).
struct Output<'a> {
    extractor: &'a Extractor,
    normalized: &'a Normalized,
    original: &'a str,
}

impl Output<'_> {
    fn argument(&self, start: usize, end: usize) -> Argument {
        let span = self.normalized.original_span(start, end);
        Argument {
            text: self.original[span.range()].to_string(),
            span,
            canonical: None,
        }
    }

    fn mention(&self, m: &Mention) -> Argument {
        Argument {
            canonical: self.extractor.canonical(self.normalized, self.original, m),
            ..self.argument(m.start, m.end)
        }
    }

    fn event(&self, e: &RawEvent) -> Event {
        Event {
            kind: e.kind,
            person: e.person.map(|p| Argument {
                // A pronoun names, as its canonical form, whom it refers to.
                canonical: e.referent.map(|r| self.argument(r.start, r.end).text),
                ..self.mention(&p)
            }),
            org: e.org.as_ref().map(|m| self.mention(m)),
            role: e.role.as_ref().map(|m| self.mention(m)),
            time: e.time.as_ref().map(|m| self.mention(m)),
            trigger: self.mention(&e.trigger),
            status: e.status,
            sentence: self.evidence(e),
        }
    }

    /// The event's sentence; of a sentence longer than `MAX_EVIDENCE`
    /// bytes (machine output with no punctuation), the window around the
    /// trigger, so output stays linear in the input.
    fn evidence(&self, e: &RawEvent) -> Argument {
        let sentence = self.normalized.original_span(e.sentence.0, e.sentence.1);
        if sentence.len() <= MAX_EVIDENCE {
            return self.argument(e.sentence.0, e.sentence.1);
        }
        let trigger = self.normalized.original_span(e.trigger.start, e.trigger.end);
        let mut start = trigger.start.saturating_sub(MAX_EVIDENCE / 2).max(sentence.start);
        let mut end = (trigger.end + MAX_EVIDENCE / 2).min(sentence.end);
        while !self.original.is_char_boundary(start) {
            start += 1;
        }
        while !self.original.is_char_boundary(end) {
            end -= 1;
        }
        let span = Span::new(start, end);
        Argument {
            text: self.original[span.range()].to_string(),
            span,
            canonical: None,
        }
    }

    /// One side of a movement: each field from the first of its events that has it.
    fn post(&self, members: &[usize], events: &[RawEvent]) -> Option<Post> {
        let first =
            |f: fn(&RawEvent) -> Option<Mention>| members.iter().find_map(|&i| f(&events[i])).map(|m| self.mention(&m));
        (!members.is_empty()).then(|| Post {
            org: first(|e| e.org),
            role: first(|e| e.role),
            time: first(|e| e.time),
        })
    }

    fn movement(&self, m: &RawMovement, events: &[RawEvent]) -> Movement {
        let all = m.events();
        let first = &events[all[0]];
        // Events without a person make no movement (merge::movements).
        let person = first.referent.or(first.person);
        Movement {
            person: person.map(|p| self.mention(&p).text).unwrap_or_default(),
            from: self.post(&m.from, events),
            to: self.post(&m.to, events),
            status: m.status,
            events: all,
        }
    }
}

/// Builds an [`Extractor`] with dictionaries of your own beside the
/// embedded ones.
///
/// ```
/// use renshi::{Dictionary, Extractor};
///
/// let extractor = Extractor::builder()
///     .dictionary(Dictionary::Orgs, "my-orgs.txt", "云帆智能 | 云帆 |\n".as_bytes())
///     .build()?;
/// let extraction = extractor.extract("前星河科技高管林晓峰加入云帆。");
/// let org = extraction.events[0].org.as_ref().unwrap();
/// assert_eq!(org.canonical.as_deref(), Some("云帆智能"));
/// # Ok::<(), renshi::Error>(())
/// ```
#[derive(Default)]
pub struct ExtractorBuilder {
    sources: Vec<(Dictionary, String, Result<String>)>,
    coverage: Coverage,
}

impl ExtractorBuilder {
    /// How much of each text to read in full (default [`Coverage::Everything`]).
    pub fn coverage(mut self, coverage: Coverage) -> ExtractorBuilder {
        self.coverage = coverage;
        self
    }

    /// Adds a dictionary read from `reader`; `name` names it in errors.
    /// Read errors are reported by [`build`](ExtractorBuilder::build).
    pub fn dictionary(mut self, kind: Dictionary, name: &str, mut reader: impl BufRead) -> ExtractorBuilder {
        let mut bytes = Vec::new();
        let text = match reader.read_to_end(&mut bytes) {
            Ok(_) => decode(name, bytes),
            Err(e) => Err(Error::new(ErrorKind::Read, format!("{name}: {e}"))),
        };
        self.sources.push((kind, name.to_string(), text));
        self
    }

    /// Adds the dictionary file at `path`.
    pub fn dictionary_file(mut self, kind: Dictionary, path: impl AsRef<Path>) -> ExtractorBuilder {
        let path = path.as_ref();
        let name = path.display().to_string();
        let text = std::fs::read(path)
            .map_err(|e| Error::new(ErrorKind::Read, format!("{name}: {e}")))
            .and_then(|bytes| decode(&name, bytes));
        self.sources.push((kind, name, text));
        self
    }

    /// Builds the extractor: the embedded dictionaries, then the added ones
    /// in the order they were added.
    ///
    /// # Errors
    ///
    /// When an added dictionary cannot be read, is not UTF-8 (the error gives
    /// the byte offset), has a malformed line, or contradicts another (the
    /// error gives the file and 1-based line).
    pub fn build(self) -> Result<Extractor> {
        let mut lexicon = LexiconBuilder::embedded()?;
        for (kind, name, text) in self.sources {
            lexicon.add(kind, &name, &text?)?;
        }
        Ok(Extractor::from_lexicon(lexicon.build()?, self.coverage))
    }
}

fn decode(name: &str, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::new(ErrorKind::Read, format!("{name}: invalid UTF-8 at byte offset {at}"))
    })
}
