//! Word segmentation: one jieba-rs `Jieba`, with every dictionary term added
//! once when the extractor is built, so 字节跳动 or 首席科学家 stay whole.

use crate::dict::{Lexicon, Marker};
use jieba_rs::Jieba;

/// A word of a sentence: byte offsets into the normalized text and its
/// part-of-speech tag (jieba's tag set: `nr` person, `ns` place, `n` noun …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'s> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) tag: &'s str,
}

/// Whether a marker is a verb that reports a move or says something:
/// 官宣, 被曝, 否认, 透露.
fn is_verb(marker: Option<Marker>) -> bool {
    matches!(
        marker,
        Some(Marker::Confirmed | Marker::Reported | Marker::Denied | Marker::Speech)
    )
}

/// The segmenter, built once per extractor.
pub(crate) struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    /// jieba's own dictionary plus every organization, role and cue term,
    /// and the verbs of saying and of reporting (官宣, 被曝).
    /// Known people are not added: the automaton finds them, and a name
    /// added would make jieba cut ordinary text around it (有助于坚持 →
    /// 于坚) while costing start-up time.
    pub(crate) fn new(lexicon: &Lexicon) -> Segmenter {
        let mut jieba = Jieba::new();
        for (word, term) in lexicon.terms() {
            if word.chars().count() < 2 {
                continue;
            }
            let tag = if term.org.is_some() {
                "nt"
            } else if term.role.is_some() {
                "n"
            } else if term.cue.is_some() || is_verb(term.marker) {
                "v"
            } else {
                continue;
            };
            // A word jieba knows keeps its tag whatever is added, and is
            // already cut whole: adding it would only cost start-up time.
            if !jieba.has_word(word) {
                jieba.add_word(word, None, Some(tag));
            }
        }
        Segmenter { jieba }
    }

    /// Whether `word` is in jieba's dictionary or was added from ours.
    pub(crate) fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// The words of `text[range]`, with offsets into `text`.
    pub(crate) fn tokens<'a>(&'a self, text: &'a str, range: std::ops::Range<usize>) -> Vec<Token<'a>> {
        let base = range.start;
        self.jieba
            .tag(&text[range], true)
            .into_iter()
            .map(|t| Token {
                start: base + t.byte_start,
                end: base + t.byte_end,
                tag: t.tag,
            })
            .collect()
    }
}
