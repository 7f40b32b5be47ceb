//! Normalization: full-width forms to half-width, traditional characters to
//! simplified, compatibility forms to their plain form, and white space
//! squeezed the way Chinese text expects — with a map back to byte offsets in
//! the caller's original text.
//!
//! Real articles mix `ＯｐｅｎＡＩ` and `OpenAI`, `（` and `(`, `今年 8 月` and
//! `今年8月`, `領域` and `领域`. Every later stage sees one form.

use crate::span::Span;
use once_cell::sync::Lazy;
use std::convert::Infallible;
use unicode_normalization::UnicodeNormalization;

/// The normalized text of one article, with the way back to the original.
pub(crate) struct Normalized {
    text: String,
    map: OffsetMap,
}

impl Normalized {
    /// Normalizes `original`.
    pub(crate) fn new(original: &str) -> Normalized {
        // Most news is simplified: it is read so, and read again only if it
        // holds a traditional character.
        let simplified_only = |c: char| match is_traditional(c) && !is_contextual(c) {
            true => Err(Traditional),
            false => Ok(c),
        };
        if let Ok(normalized) = Normalized::read(original, Pace::Runs, simplified_only) {
            return normalized;
        }
        // fast2s reads a few characters by their neighbours (乾隆, 看著): a
        // traditional text with one of them is converted whole, any other
        // character by itself, from the table. Simplified text writes those
        // few too (著名, 乾隆): alone they make no text traditional.
        let Ok(normalized) = if original.chars().any(is_contextual) {
            let whole = fast2s::convert(original);
            let mut whole = whole.chars();
            // fast2s maps every char to exactly one char, so the two walk in
            // step, char by char.
            Normalized::read(original, Pace::CharByChar, |raw| {
                Ok::<_, Infallible>(match whole.next() {
                    Some(c) if !SIMPLIFIED_ALREADY.contains(&raw) => c,
                    _ => raw,
                })
            })
        } else {
            Normalized::read(original, Pace::Runs, |raw| Ok::<_, Infallible>(simplified(raw)))
        };
        normalized
    }

    /// Normalizes `original`, its ideographs by `convert`, which may give
    /// up, at `pace`.
    fn read<E>(original: &str, pace: Pace, mut convert: impl FnMut(char) -> Result<char, E>) -> Result<Normalized, E> {
        let mut out = Normalized {
            text: String::with_capacity(original.len()),
            map: OffsetMap::default(),
        };
        // A run of white space waits for the character after it: it becomes
        // its first line break, a space between two Latin letters or digits,
        // or nothing.
        let mut space: Option<Space> = None;
        let mut kept = 0..0;
        let tables = Kept::tables();
        let mut start = 0;
        while let Some(raw) = original[start..].chars().next() {
            let end = start + raw.len_utf8();
            if pace == Pace::Runs && space.is_none() && tables.stays(raw) {
                if kept.end != start {
                    out.push_str(original, kept);
                    kept = start..start;
                }
                // The run goes on, byte by byte, as far as ASCII and ideographs stay.
                kept.end = end + tables.run(&original.as_bytes()[end..]);
                start = kept.end;
                continue;
            }
            out.push_str(original, std::mem::replace(&mut kept, 0..0));
            // A typographic apostrophe inside a Latin word is an apostrophe: Na’Vi, O’Neal.
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            let raw = match raw {
                '\u{2019}' if latin(out.text.chars().next_back()) && latin(original[end..].chars().next()) => '\'',
                _ => raw,
            };
            fold_char(convert(raw)?, |c| {
                if c.is_whitespace() {
                    let run = space.get_or_insert(Space {
                        start,
                        end,
                        newline: None,
                    });
                    if c == '\n' && run.newline.is_none() {
                        run.newline = Some((start, end));
                    }
                    return;
                }
                if let Some(run) = space.take() {
                    if let Some((nl_start, nl_end)) = run.newline {
                        out.push('\n', nl_start, nl_end);
                    } else if keeps_space(out.text.chars().next_back(), Some(c)) {
                        out.push(' ', run.start, run.end);
                    }
                }
                out.push(c, start, end);
            });
            start = end;
        }
        out.push_str(original, kept);
        if let Some((nl_start, nl_end)) = space.and_then(|run| run.newline) {
            out.push('\n', nl_start, nl_end);
        }
        Ok(out)
    }

    /// The normalized text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The span in the original text of the normalized bytes `start..end`.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> Span {
        self.map.original(start, end)
    }

    /// Copies `original[range]`, which normalization leaves as it is.
    fn push_str(&mut self, original: &str, range: std::ops::Range<usize>) {
        if range.is_empty() {
            return;
        }
        let at = self.text.len();
        self.text.push_str(&original[range.clone()]);
        self.map.push(at, self.text.len(), range.start, range.end);
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        let at = self.text.len();
        self.text.push(c);
        self.map.push(at, self.text.len(), start, end);
    }
}

/// The simplified form of each ideograph fast2s changes by itself, `\0`
/// for the others: most news is simplified already, and one look-up per
/// character spares it the conversion.
static SIMPLIFIED: Lazy<Vec<char>> = Lazy::new(|| {
    (CJK_START..CJK_END)
        .map(|code| {
            let Some(c) = char::from_u32(code) else { return '\0' };
            let converted = fast2s::convert(&c.to_string());
            let mut one = converted.chars();
            match (one.next(), one.next()) {
                (Some(s), None) if s != c && !SIMPLIFIED_ALREADY.contains(&c) => s,
                _ => '\0',
            }
        })
        .collect()
});

/// One bit per character of `SIMPLIFIED`: whether it has a simplified
/// form. Every character of a text is looked up here, and 3 KB stay in
/// cache where the table's 108 KB do not.
static TRADITIONAL: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut bits = vec![0u64; SIMPLIFIED.len().div_ceil(64)];
    for (i, &s) in SIMPLIFIED.iter().enumerate() {
        if s != '\0' {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
});

/// Whether fast2s changes `c` by itself.
fn is_traditional(c: char) -> bool {
    let code = c as u32;
    if !(CJK_START..CJK_END).contains(&code) {
        return false;
    }
    let i = (code - CJK_START) as usize;
    bit(&TRADITIONAL, i)
}

/// The characters fast2s converts by their neighbours (乾隆 keeps 乾, 看著
/// becomes 看着): the keys of its context tables.
fn is_contextual(c: char) -> bool {
    matches!(
        c,
        '兒' | '覆' | '夥' | '藉' | '瞭' | '麽' | '幺' | '於' | '乾' | '著' | '苧' | '闔' | '鍾' | '讎' | '畫'
    )
}

/// Characters of standard simplified Chinese that fast2s changes all the
/// same: 捍卫 is not 扞卫, 哪吒 not 哪咤, 大阪 not 大坂, and the names 王濛 and
/// 甯某 keep their characters.
const SIMPLIFIED_ALREADY: &[char] = &[
    '仝', '吒', '呱', '呵', '彷', '捍', '煅', '甯', '疋', '磐', '祗', '薰', '醯', '阪', '麴', '濛', '昇', '崑',
];

const CJK_START: u32 = 0x3400;
const CJK_END: u32 = 0xA000;

/// Builds the table of traditional characters now rather than on first use.
pub(crate) fn prepare() {
    Lazy::force(&TRADITIONAL);
    Lazy::force(&STABLE);
}

/// The simplified form of `c` when fast2s changes it by itself, else `c`.
fn simplified(c: char) -> char {
    let code = c as u32;
    if !(CJK_START..CJK_END).contains(&code) {
        return c;
    }
    match SIMPLIFIED[(code - CJK_START) as usize] {
        '\0' => c,
        s => s,
    }
}

/// The tables that say which characters normalization leaves as they are,
/// looked up once per text rather than once per character.
#[derive(Clone, Copy)]
struct Kept {
    stable: &'static [u64],
    traditional: &'static [u64],
}

impl Kept {
    fn tables() -> Kept {
        Kept {
            stable: &STABLE,
            traditional: &TRADITIONAL,
        }
    }

    /// Whether normalization leaves `c` as it is: printable ASCII other
    /// than the space, the other characters before the ideographs that NFKC
    /// keeps (“, —, 、, 《), and ideographs with no simplified form.
    fn stays(self, c: char) -> bool {
        let code = c as u32;
        if c.is_ascii() {
            return c.is_ascii_graphic();
        }
        if code < CJK_START {
            return bit(self.stable, code as usize);
        }
        is_plain_cjk(c) && !(code < CJK_END && bit(self.traditional, (code - CJK_START) as usize))
    }

    /// The length of the run `bytes` starts with of characters that stay as
    /// they are (of one to three bytes), read from the bytes without
    /// decoding the text char by char.
    fn run(self, bytes: &[u8]) -> usize {
        let mut at = 0;
        while let Some(&lead) = bytes.get(at) {
            let (len, code) = match lead {
                0x21..=0x7E => (1, u32::from(lead)),
                0xC2..=0xDF => match bytes.get(at + 1) {
                    Some(&b1) => (2, (u32::from(lead & 0x1F) << 6) | u32::from(b1 & 0x3F)),
                    None => (0, 0),
                },
                0xE0..=0xE9 => match bytes.get(at + 1..at + 3) {
                    Some(&[b1, b2]) => (
                        3,
                        (u32::from(lead & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
                    ),
                    _ => (0, 0),
                },
                _ => (0, 0),
            };
            if len == 0 || !char::from_u32(code).is_some_and(|c| self.stays(c)) {
                break;
            }
            at += len;
        }
        at
    }
}

fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

/// One bit per character below the ideographs: whether it stays as it is
/// (see [`Kept::stays`]): not white space, not the apostrophe a Latin word may
/// hold (’), and NFKC leaves it alone.
static STABLE: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut bits = vec![0u64; (CJK_START as usize).div_ceil(64)];
    for code in 0x80..CJK_START {
        let Some(c) = char::from_u32(code) else { continue };
        let mut folded = String::new();
        fold_char(c, |f| folded.push(f));
        if !c.is_whitespace() && c != '\u{2019}' && folded.chars().eq([c]) {
            bits[code as usize / 64] |= 1 << (code % 64);
        }
    }
    bits
});

/// How [`Normalized::read`] walks the text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pace {
    /// What normalization leaves as it is (ASCII, ideographs with no
    /// traditional form) is copied a run at a time, without asking `convert`.
    Runs,
    /// Every character goes through `convert`: a whole-text conversion
    /// walks in step with the text.
    CharByChar,
}

/// A traditional character in a text read as simplified.
struct Traditional;

/// A run of white space not yet written: where its first character is,
/// and its first line break.
struct Space {
    start: usize,
    end: usize,
    newline: Option<(usize, usize)>,
}

/// Full-width ASCII to ASCII, the ideographic space to a space, and any other
/// compatibility form to its NFKC form (`①` → `1`); everything else as is.
fn fold_char(c: char, mut emit: impl FnMut(char)) {
    match c {
        '\u{FF01}'..='\u{FF5E}' => emit(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)),
        '\u{3000}' => emit(' '),
        _ if c.is_ascii() || is_plain_cjk(c) => emit(c),
        _ => std::iter::once(c).nfkc().for_each(emit),
    }
}

/// Characters NFKC leaves alone, skipped for speed: CJK ideographs and the
/// CJK punctuation block.
fn is_plain_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3001}'..='\u{303F}')
}

/// White space carries meaning only between two Latin letters or digits
/// (`AI Lab`); around Chinese it is typesetting (`今年 8 月`), and goes.
fn keeps_space(before: Option<char>, after: Option<char>) -> bool {
    matches!((before, after), (Some(b), Some(a)) if b.is_ascii_alphanumeric() && a.is_ascii_alphanumeric())
}

/// Runs of normalized bytes and the original bytes they came from.
///
/// A run either shifts bytes one for one (most text, including traditional
/// characters, which keep their UTF-8 length) or replaces one original char
/// by other chars (`，` → `,`), so the map stays small.
#[derive(Default)]
struct OffsetMap {
    runs: Vec<Run>,
}

#[derive(Clone, Copy)]
struct Run {
    norm: usize,
    norm_end: usize,
    orig: usize,
    orig_end: usize,
}

impl Run {
    fn is_shift(self) -> bool {
        self.norm_end - self.norm == self.orig_end - self.orig
    }
}

impl OffsetMap {
    fn push(&mut self, norm: usize, norm_end: usize, orig: usize, orig_end: usize) {
        let run = Run {
            norm,
            norm_end,
            orig,
            orig_end,
        };
        if let Some(last) = self.runs.last_mut() {
            let contiguous = last.norm_end == norm && last.orig_end == orig;
            if contiguous && last.is_shift() && run.is_shift() {
                last.norm_end = norm_end;
                last.orig_end = orig_end;
                return;
            }
            // More pieces of one original char (an NFKC expansion).
            if last.orig == orig && last.orig_end == orig_end && last.norm_end == norm {
                last.norm_end = norm_end;
                return;
            }
        }
        self.runs.push(run);
    }

    fn original(&self, start: usize, end: usize) -> Span {
        Span::new(self.start(start), self.end(end.max(start)).max(self.start(start)))
    }

    fn start(&self, at: usize) -> usize {
        let i = self.runs.partition_point(|r| r.norm_end <= at);
        match self.runs.get(i) {
            Some(r) if r.is_shift() => r.orig + at.saturating_sub(r.norm),
            Some(r) => r.orig,
            None => self.runs.last().map_or(0, |r| r.orig_end),
        }
    }

    fn end(&self, at: usize) -> usize {
        let i = self.runs.partition_point(|r| r.norm_end < at);
        match self.runs.get(i) {
            Some(r) if r.is_shift() && at >= r.norm => r.orig + (at - r.norm),
            Some(r) if at > r.norm => r.orig_end,
            Some(r) => r.orig,
            None => self.runs.last().map_or(0, |r| r.orig_end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s).text().to_string()
    }

    #[test]
    fn folds_forms_and_spaces() {
        let table = [
            ("ＯｐｅｎＡＩ（美国）", "OpenAI(美国)"),
            ("今年 8 月加入", "今年8月加入"),
            ("AI Lab 计算机", "AI Lab计算机"),
            ("領域　專家", "领域专家"),
            ("捍卫大阪的王濛", "捍卫大阪的王濛"),
            ("後來捍衛", "后来捍卫"),
            ("乾隆时代很著名", "乾隆时代很著名"),
            ("第一行\n\n 第二行", "第一行\n第二行"),
            ("①号", "1号"),
            ("Na’Vi战队的‘老将’", "Na'Vi战队的‘老将’"),
            ("", ""),
        ];
        for (input, expected) in table {
            assert_eq!(norm(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn the_table_converts_as_fast2s_does() {
        // Every ideograph between two neutral ones, as fast2s reads it in a text.
        for code in CJK_START..CJK_END {
            let Some(c) = char::from_u32(code) else { continue };
            if is_contextual(c) || SIMPLIFIED_ALREADY.contains(&c) {
                continue;
            }
            let whole: Vec<char> = fast2s::convert(&format!("一{c}一")).chars().collect();
            assert_eq!(simplified(c), whole[1], "{c}");
            assert_eq!(is_traditional(c), whole[1] != c, "{c}");
        }
        // A contextual character takes the whole-text path.
        assert_eq!(norm("乾隆與乾燥"), "乾隆与干燥");
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let original = "今年 ８ 月，ＡＩ 專家張三離職。";
        let n = Normalized::new(original);
        for (needle, written) in [
            ("8月", "８ 月"),
            ("AI", "ＡＩ"),
            ("专家张三", "專家張三"),
            ("今年", "今年"),
            (",", "，"),
        ] {
            let at = n.text().find(needle).expect(needle);
            let span = n.original_span(at, at + needle.len());
            assert_eq!(&original[span.range()], written, "for {needle}");
        }
        let whole = n.original_span(0, n.text().len());
        assert_eq!(whole, Span::new(0, original.len()));
    }

    #[test]
    fn expansions_map_to_their_whole_char() {
        let original = "见㈱公司";
        let n = Normalized::new(original);
        assert_eq!(n.text(), "见(株)公司");
        let at = n.text().find('株').unwrap();
        let span = n.original_span(at, at + '株'.len_utf8());
        assert_eq!(&original[span.range()], "㈱");
    }
}
