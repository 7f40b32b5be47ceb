//! Sentence and clause splitting on normalized text.
//!
//! A sentence ends at `。！？；…`, their ASCII forms `! ? ;`, or a line break,
//! together with the closing quotes and brackets that follow
//! (`他说："我走了。"` is one sentence). Clauses split a sentence at commas and
//! colons: a fronted time (`今年8月,…`) or a dropped subject
//! (`…离职后,2023年加入…`) is read across that boundary, not further.

use std::ops::Range;

/// A sentence of the normalized text and its clauses, as byte ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) range: Range<usize>,
    pub(crate) clauses: Vec<Range<usize>>,
}

impl Sentence {
    /// The sentence `range` of `text`, split into its clauses.
    pub(crate) fn new(text: &str, range: Range<usize>) -> Sentence {
        let clauses = clauses(text, range.clone());
        Sentence { range, clauses }
    }

    /// The index of the clause holding byte `at`.
    pub(crate) fn clause_of(&self, at: usize) -> usize {
        self.clauses
            .partition_point(|c| c.end <= at)
            .min(self.clauses.len().saturating_sub(1))
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '…' | '!' | '?' | ';' | '\n')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | ')' | '）' | '》' | ']')
}

/// Splits `text` into its non-empty sentences, in order: their ranges,
/// from the first character that is not white space. Clauses are split
/// only for the sentences read for events ([`Sentence::new`]).
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut inside_ascii_quote = false;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '"' {
            inside_ascii_quote = !inside_ascii_quote;
        }
        if !is_terminator(c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            let closes_quote = next == '"' && inside_ascii_quote;
            if !(is_terminator(next) || is_closer(next) || closes_quote) {
                break;
            }
            if closes_quote {
                inside_ascii_quote = false;
            }
            end = next_at + next.len_utf8();
            chars.next();
        }
        push_sentence(text, start..end, &mut out);
        start = end;
    }
    push_sentence(text, start..text.len(), &mut out);
    out
}

fn push_sentence(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    if let Some(first) = s.find(|c: char| !c.is_whitespace()) {
        out.push(range.start + first..range.end);
    }
}

/// Splits a sentence at commas and colons that are not inside a number
/// (`1,000`, `10:30`).
fn clauses(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = range.start;
    let mut prev = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let in_number = prev.is_some_and(|p: char| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
        if matches!(c, ',' | '，' | ':' | '：') && !in_number {
            let end = range.start + i + c.len_utf8();
            out.push(start..end);
            start = end;
        }
        prev = Some(c);
    }
    if start < range.end || out.is_empty() {
        out.push(start..range.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn splits_sentences() {
        let table: [(&str, &[&str]); 5] = [
            ("甲离职。乙加入!丙呢?", &["甲离职。", "乙加入!", "丙呢?"]),
            ("他说:“我走了。”然后离开", &["他说:“我走了。”", "然后离开"]),
            ("他说:\"我走了。\"然后离开", &["他说:\"我走了。\"", "然后离开"]),
            ("第一行\n第二行……第三行", &["第一行\n", "第二行……", "第三行"]),
            ("  \n ", &[]),
        ];
        for (input, expected) in table {
            assert_eq!(texts(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn splits_clauses_outside_numbers() {
        let text = "今年8月,张三以1,000万元加盟,任CEO。";
        let s = Sentence::new(text, sentences(text)[0].clone());
        let clauses: Vec<&str> = s.clauses.iter().map(|c| &text[c.clone()]).collect();
        assert_eq!(clauses, ["今年8月,", "张三以1,000万元加盟,", "任CEO。"]);
        assert_eq!(s.clause_of(text.find("加盟").unwrap()), 1);
    }
}
