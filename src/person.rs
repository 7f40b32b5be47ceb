//! People no dictionary lists, named by rule.
//!
//! - Chinese names: a known surname and one or two given-name characters,
//!   as jieba tags them (`林晓峰/nr`), or as jieba cut them when the context
//!   vouches for a name (`总裁陈/启航`, `顾/长风下课`).
//! - Transliterated names: `克里斯·保罗`, and runs of characters typical of
//!   transliteration (`卡洛维奇`) where the context vouches for a name.
//! - Latin-script names (`Kestrel加盟`), where the context vouches for one.
//!
//! The context that vouches for a name is a role just before it
//! (`主教练卡洛维奇`) or a move or speech verb just after it (`卡洛维奇下课`,
//! `李某表示`), or a role or honorific after it (`王伟教授`, `苏婉清女士`).
//! An honorific is not part of the name: `杨先生` names 杨.

use crate::dict::{CueObject, Found, Lexicon, Marker, Term};
use crate::entity::{Kind, Mention, in_titles, is_han, overlapping};
use crate::segment::{Segmenter, Token};
use std::ops::Range;

/// A surname at least this common (per 10,000 people) makes a name without
/// other evidence; rarer ones (晋, 连, 沙) need context.
const COMMON_SURNAME: f32 = 5.0;

/// A given-name character at least this common (per 10,000 given-name
/// characters) is plausible.
const GIVEN_MIN: f32 = 1.0;

/// A character this typical of transliteration (斯, 尔) is not read as a
/// Chinese given name without context: 莫斯科 is no person.
pub(crate) const FOREIGN_MIN: f32 = 0.15;

/// What separates a role from the name in a byline: 作者 | 黄某, 记者：李某.
const BYLINE_SEPARATORS: &[&str] = &["|", ":", "：", "/"];

/// Prepositions jieba may glue to a following surname (由王/立新).
const PREPOSITIONS: &[char] = &['由', '被', '向', '对', '给', '让', '把', '与', '和', '跟', '从', '将'];

/// Adverbs, prepositions and verbs of saying that follow a subject, and
/// that jieba's guess at an unknown name may glue to it (邓恩均, 迪迪则,
/// 张耀真说).
const AFTER_SUBJECT: &[char] = &[
    '均', '则', '也', '都', '却', '便', '就', '又', '还', '曾', '已', '亦', '仍', '因', '为', '在', '将', '被', '把',
    '向', '对', '说', '称', '以', '于',
];

/// Surnames that are units after a number too: 5000万欧元, 500余人, 3米, 第2章.
const NUMBER_UNITS: &[char] = &[
    '万', '亿', '千', '百', '余', '米', '时', '元', '多', '名', '尺', '斤', '章',
];

/// Conjunctions and adverbs that open a clause, and that jieba's guess at
/// an unknown name may glue to the name after them (而纪安, 但安蓉), and
/// 曝, "reportedly", that opens a headline (曝韩述离任).
const LEADING: &[char] = &[
    '而', '但', '并', '且', '却', '则', '又', '也', '还', '即', '就', '另', '曝',
];

/// The most words between a passive 被 and its verb: 被青松队官方解雇.
const MAX_AGENT_WORDS: usize = 4;

/// The longest transliterated name read from words, in characters.
const MAX_FOREIGN_CHARS: usize = 6;

/// The middle dots that join the parts of a foreign name: 克里斯·保罗.
const NAME_DOTS: &[char] = &['·', '•', '‧', '・'];

/// How a player moves, between the name and the move verb: 免费加盟, 租借加盟.
const TRANSFER_MANNERS: &[&str] = &["免费", "租借", "租借形式"];

/// What stands before the partner of a signing: 与雪豹队签约.
pub(crate) const PARTNERS: &[char] = &['与', '和', '同'];

/// The words of a passive, before its agent and verb: 被青松队解雇,
/// 遭到雪豹队解雇 (the longer first, where one starts another).
pub(crate) const PASSIVES: &[&str] = &["被", "遭到", "遭"];

/// Employer's verbs that either side may be the subject of: 签约.
const MUTUAL_CUES: &[&str] = &["签约"];

/// Where names may stand, by the roles and verbs around them. Positions
/// are byte offsets, sorted.
pub(crate) struct Context {
    role_ends: Vec<usize>,
    role_starts: Vec<usize>,
    /// Where a verb starts, or adverbs, times or status words that lead to
    /// one: `卡洛2015年离开`, `林某曾出任`, `苏某被曝离职`.
    verb_reach: Vec<usize>,
    verb_starts: Vec<usize>,
    /// Where a move verb starts (离队, 加盟), not a verb of saying.
    move_starts: Vec<usize>,
    /// Where a list separator (、) ends or a list closer (、 等) starts:
    /// `卡洛、维奇、斯塔等`.
    list_ends: Vec<usize>,
    list_starts: Vec<usize>,
}

impl Context {
    /// The context of a sentence: its roles, its cue, speech and honorific
    /// words, and its words.
    /// `goings` are where other move verbs start (到 in 到X当Y).
    pub(crate) fn new(
        text: &str,
        roles: &[Mention],
        found: &[Found],
        goings: &[usize],
        tokens: &[Token<'_>],
    ) -> Context {
        // Who appoints or welcomes someone (星河科技任命…, 岚山文旅迎来…) is no person moving.
        let is_verb = |f: &&Found| {
            (f.term.cue.is_some() && !f.term.appoints())
                || matches!(f.term.marker, Some(Marker::Speech | Marker::Honorific))
        };
        let mut verb_starts: Vec<usize> = found
            .iter()
            .filter(is_verb)
            .map(|f| f.start)
            .chain(goings.iter().copied())
            .collect();
        verb_starts.sort_unstable();
        let move_starts: Vec<usize> = found
            .iter()
            .filter(|f| f.term.moves() && !f.term.appoints())
            .map(|f| f.start)
            .collect();
        let status: Vec<usize> = found
            .iter()
            .filter(|f| {
                matches!(
                    f.term.marker,
                    Some(Marker::Reported | Marker::Confirmed | Marker::Planned | Marker::Control)
                )
            })
            .map(|f| f.start)
            .collect();
        let mut role_starts: Vec<usize> = roles.iter().map(|m| m.start).collect();
        role_starts.sort_unstable();
        let mut verb_reach = Vec::new();
        let mut reaches = false;
        // Words since the last that reaches a verb, none across punctuation.
        let mut since = usize::MAX;
        for t in tokens.iter().rev() {
            let adverb = matches!(t.tag, "d" | "ad" | "dg" | "z" | "t" | "m" | "q" | "p");
            let word = &text[t.start..t.end];
            // The passive reaches the verb over a short agent: 被青松队解雇.
            let passive = PASSIVES.contains(&word) && since <= MAX_AGENT_WORDS;
            // 为 before a post names who holds it: 宣布卡洛维奇为新帅.
            let post = word == "为" && role_starts.binary_search(&t.end).is_ok();
            reaches = verb_starts.binary_search(&t.start).is_ok()
                || passive
                || post
                || ((adverb || status.binary_search(&t.start).is_ok() || TRANSFER_MANNERS.contains(&word)) && reaches);
            since = match (reaches, t.tag) {
                (true, _) => 0,
                (false, "x") => usize::MAX,
                (false, _) => since.saturating_add(1),
            };
            if reaches {
                verb_reach.push(t.start);
            }
        }
        verb_reach.reverse();
        // A byline puts a separator between role and name: 作者 | 黄某, 记者：李某.
        let separated = roles.iter().filter_map(|m| {
            let t = tokens.get(tokens.partition_point(|t| t.start < m.end))?;
            (t.start == m.end && BYLINE_SEPARATORS.contains(&&text[t.start..t.end])).then_some(t.end)
        });
        // Whom an employer signs, dismisses or appoints follows its verb:
        // 签下(了)卡洛维奇; but a contract is signed by both sides, so after
        // a person 签约 is theirs, with an organization (林晓峰/nr 签约海川).
        let mutual = |f: &Found| MUTUAL_CUES.contains(&&text[f.start..f.end]);
        let after_person = |at: usize| {
            let k = tokens.partition_point(|t| t.end < at);
            tokens
                .get(k)
                .is_some_and(|t| t.end == at && matches!(t.tag, "nr" | "nrt" | "nrfg" | "r"))
        };
        let employed = found
            .iter()
            .filter(|f| {
                f.term
                    .cue
                    .is_some_and(|c| matches!(c.object, CueObject::Employee | CueObject::Appointee))
                    && !(mutual(f) && after_person(f.start))
            })
            .map(|f| {
                if text[f.end..].starts_with('了') {
                    f.end + '了'.len_utf8()
                } else {
                    f.end
                }
            });
        let mut role_ends: Vec<usize> = roles.iter().map(|m| m.end).chain(separated).chain(employed).collect();
        role_ends.sort_unstable();
        let listing: Vec<&Token<'_>> = tokens
            .iter()
            .filter(|t| matches!(&text[t.start..t.end], "、" | "等" | "等人"))
            .collect();
        // A biography opens with the name and the sex: 林某，男，汉族.
        let word = |t: &Token<'_>| &text[t.start..t.end];
        let sexes = tokens.windows(2).filter_map(|w| {
            let separator = matches!(word(&w[0]), "," | ":" | "，" | "：");
            (separator && matches!(word(&w[1]), "男" | "女")).then_some(w[0].start)
        });

        // A pseudonym is marked as one: 小林（化名）, james(化名).
        let pseudonyms = tokens.iter().filter_map(|t| {
            let rest = &text[t.start..];
            (rest.starts_with("(化名)") || rest.starts_with("（化名）")).then_some(t.start)
        });
        verb_reach.extend(sexes);
        verb_reach.extend(pseudonyms);
        verb_reach.sort_unstable();
        Context {
            role_ends,
            role_starts,
            verb_reach,
            verb_starts,
            move_starts,
            list_ends: listing.iter().filter(|t| t.tag == "x").map(|t| t.end).collect(),
            list_starts: listing.iter().map(|t| t.start).collect(),
        }
    }

    /// A move verb starts right where a name would end.
    fn move_after(&self, end: usize) -> bool {
        self.move_starts.binary_search(&end).is_ok()
    }

    /// A verb (not a role) starts right where a name would end.
    fn verb_after(&self, end: usize) -> bool {
        self.verb_starts.binary_search(&end).is_ok()
    }

    /// A role ends right where a name would start.
    fn before(&self, start: usize) -> bool {
        self.role_ends.binary_search(&start).is_ok()
    }

    /// The name would stand in a list: after 、 or before 、 or 等.
    fn listed(&self, start: usize, end: usize) -> bool {
        self.list_ends.binary_search(&start).is_ok() || self.list_starts.binary_search(&end).is_ok()
    }

    /// A verb, perhaps after adverbs, follows where a name would end.
    fn verb_reach_at(&self, end: usize) -> bool {
        self.verb_reach.binary_search(&end).is_ok()
    }

    /// A verb (perhaps after adverbs) or a role follows where a name would end.
    fn after(&self, end: usize) -> bool {
        self.verb_reach.binary_search(&end).is_ok() || self.role_starts.binary_search(&end).is_ok()
    }
}

/// The people of a sentence, in text order.
pub(crate) fn people(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    tokens: &[Token<'_>],
    titles: &[Range<usize>],
    context: &Context,
) -> Vec<Mention> {
    let reader = NameReader {
        lexicon,
        segmenter,
        text,
        tokens,
        terms: tokens.iter().map(|t| lexicon.term(&text[t.start..t.end])).collect(),
        context,
    };
    let dots = dotted(lexicon, text, tokens);
    let in_title = |start: usize| in_titles(titles, start);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reader.name_at(i) {
            Some(Name { start, end, used }) => {
                let (start, end) = reader.mend(start, end);
                let on_dotted = dots
                    .get(dots.partition_point(|m| m.end <= start))
                    .is_some_and(|m| m.start < end);
                // 杨浦区, 黄兴路, 威尼斯: a place, not a person; 济南人: its people.
                let is_place = |word: &str, kind: Marker| lexicon.term(word).is_some_and(|t| t.marker == Some(kind));
                let name = &text[start..end];
                let place = is_place(name, Marker::Place)
                    || name
                        .strip_suffix('人')
                        .is_some_and(|stem| is_place(stem, Marker::Place))
                    || text[start..end]
                        .chars()
                        .next_back()
                        .is_some_and(|c| is_place(c.encode_utf8(&mut [0; 4]), Marker::PlaceSuffix));
                // 5000万欧元: a unit after a number makes an amount, not a name.
                let amount = text[..start].chars().next_back().is_some_and(|c| c.is_ascii_digit())
                    && (name.starts_with(NUMBER_UNITS) || segmenter.knows(name));
                // 一位孙姓市民: "surnamed 孙".
                let surnamed = name.ends_with('姓');
                if !on_dotted
                    && !place
                    && !amount
                    && !surnamed
                    && !in_title(start)
                    && !holds_post(text, start, end, context)
                {
                    out.push(Mention::new(start, end, Kind::Person));
                }
                i += used;
            }
            None => i += 1,
        }
    }
    out.extend(dots.into_iter().filter(|m| !in_title(m.start)));
    out.sort_by_key(|m| m.start);
    // A given name and a family name in Latin letters are one name: Ilya Sutskever.
    let latin = |m: &Mention| text[m.start..m.end].bytes().all(|b| b.is_ascii_alphabetic());
    out.dedup_by(|next, kept| {
        let joined = latin(kept) && latin(next) && &text[kept.end..next.start] == " ";
        if joined {
            kept.end = next.end;
        }
        joined
    });
    // …and a capitalized word before a Latin name read is its given name:
    // 据报道，Ilya Sutskever离职 (not an acronym, CEO Sam, nor a word the dictionaries know).
    for m in out.iter_mut().filter(|m| latin(m)) {
        let Some(before) = text[..m.start].strip_suffix(' ') else {
            continue;
        };
        let word = &before[before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..];
        let named = word.len() >= 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word[1..].bytes().all(|b| b.is_ascii_lowercase());
        if named && lexicon.term(word).is_none() {
            m.start -= word.len() + 1;
        }
    }
    out
}

/// Words coordinated with a person's name that are names too, where nothing
/// else vouches for them: a word jieba tags a name but also knows as a word
/// (杨振兴和周茜), a transliteration (卡洛维奇和布朗). `people` are the names
/// read, sorted by start, none overlapping.
pub(crate) fn coordinated(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    tokens: &[Token<'_>],
    titles: &[Range<usize>],
    people: &[Mention],
) -> Vec<Mention> {
    // Sorted by start and not overlapping, names are sorted by end too.
    let name_ends_at = |at: usize| people.binary_search_by_key(&at, |m| m.end).is_ok();
    let name_starts_at = |at: usize| people.binary_search_by_key(&at, |m| m.start).is_ok();
    let joins = |c: usize| COORDINATORS.contains(&&text[tokens[c].start..tokens[c].end]);
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let word = &text[t.start..t.end];
        // A word jieba tags a name, or one it does not know that reads as a
        // Chinese name whatever its tag (郑源/ns).
        let tagged = matches!(t.tag, "nr" | "nrfg") && given_length(lexicon, word).is_some();
        let chinese = tagged || (!segmenter.knows(word) && looks_chinese(lexicon, word));
        let foreign = is_transliteration(lexicon, word) && lexicon.term(word).is_none();
        if !(chinese || foreign) || overlapping(people, t.start, t.end).is_some() || in_titles(titles, t.start) {
            continue;
        }
        let before = k >= 2 && joins(k - 1) && name_ends_at(tokens[k - 2].end);
        let after = k + 2 < tokens.len() && joins(k + 1) && name_starts_at(tokens[k + 2].start);
        if before || after {
            out.push(Mention::new(t.start, t.end, Kind::Person));
        }
    }
    out
}

/// Words for places named after someone or something: 林晓峰 + 广场.
const FACILITIES: &[&str] = &["广场", "大厦", "公园", "大道", "小区", "花园", "大街", "街道", "机场"];

/// Whether a name is the first part of a place's name: a word of a place
/// (岛, 镇, 路, 街道, 广场 …) follows it, as a noun (汉密尔顿 + 岛, 张自忠 +
/// 路, 林晓峰 + 广场), not a verb (站 in 林晓峰站在) nor a word the
/// dictionaries know otherwise (市长).
pub(crate) fn names_place(lexicon: &Lexicon, text: &str, tokens: &[Token<'_>], name: &Mention) -> bool {
    let Ok(k) = tokens.binary_search_by_key(&name.end, |t| t.start) else {
        return false;
    };
    let t = tokens[k];
    let word = &text[t.start..t.end];
    let noun = matches!(t.tag.as_bytes().first(), Some(b'n' | b's' | b'f'));
    let suffix = |w: &str| {
        lexicon
            .term(w)
            .is_some_and(|term| term.marker == Some(Marker::PlaceSuffix))
    };
    let first = word.chars().next().map_or("", |c| &word[..c.len_utf8()]);
    let known = lexicon
        .term(word)
        .is_some_and(|term| term.marker != Some(Marker::PlaceSuffix));
    noun && !known && (suffix(first) || FACILITIES.iter().any(|f| word.starts_with(f)))
}

/// A character at least this typical of transliteration (贝, 雷, 科) may be
/// a piece jieba cut off the front of a transliterated name.
const FRONT_PIECE_MIN: f32 = 0.1;

/// Transliterated names run on over the pieces jieba cut off them: a
/// character before (贝 + 巴托夫, 雷 + 哈格尔) and a word after that jieba
/// does not know or tags as a transliteration (科比 + 什利, 罗斯 + 达尔).
/// A piece before must leave a name that looks foreign; a piece after must
/// look foreign itself, after a name that looks foreign or is well known.
pub(crate) fn with_pieces(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    tokens: &[Token<'_>],
    people: &mut [Mention],
) {
    let unknown = |word: &str| !segmenter.knows(word) && lexicon.term(word).is_none();
    let fits = |start: usize, end: usize| {
        let name = &text[start..end];
        name.chars().all(is_han) && name.chars().count() <= MAX_FOREIGN_CHARS && looks_foreign(lexicon, name)
    };
    for person in people.iter_mut() {
        let first = tokens.partition_point(|t| t.end <= person.start);
        if let Some(before) = first
            .checked_sub(1)
            .map(|k| tokens[k])
            .filter(|t| t.end == person.start)
        {
            let word = &text[before.start..before.end];
            let mut chars = word.chars();
            let piece =
                matches!((chars.next(), chars.next()), (Some(c), None) if lexicon.foreign(c) >= FRONT_PIECE_MIN);
            let function = matches!(
                before.tag.as_bytes().first(),
                Some(b'p' | b'c' | b'u' | b'r' | b'd' | b'm' | b'q' | b'f' | b'y')
            );
            // A unit's suffix only names a unit after a name (科 in 宣传科).
            let free = lexicon.term(word).is_none_or(|t| {
                let suffix = matches!(t.marker, Some(Marker::Department | Marker::PlaceSuffix));
                suffix && t.org.is_none() && t.role.is_none() && t.cue.is_none() && !t.person
            });
            if piece && !function && free && fits(person.start, person.end) && fits(before.start, person.end) {
                person.start = before.start;
            }
        }
        let Ok(next) = tokens.binary_search_by_key(&person.end, |t| t.start) else {
            continue;
        };
        let t = tokens[next];
        let word = &text[t.start..t.end];
        let content = matches!(t.tag.as_bytes().first(), Some(b'n' | b'g' | b'x'));
        // Only a transliteration's piece: 章子怡 + 封后 (crowned queen) is no longer a name.
        // jieba may know the piece as a name (达尔/nrt), and the dictionaries as
        // the last part of a foreigner's name.
        let named = t.tag == "nrt" && lexicon.term(word).is_none_or(|t| t.last_name);
        // Not a verb jieba glued to a piece (帕拉斯 + 特说).
        let glued = word.ends_with(AFTER_SUBJECT);
        let piece = (unknown(word) || named) && looks_foreign(lexicon, word) && !glued;
        // A Chinese name takes no piece (林晓峰 + 阿卡): a foreign or a well-known one does (科比 + 什利).
        let name = &text[person.start..person.end];
        let foreign = fits(person.start, person.end) || lexicon.term(name).is_some_and(|t| t.person);
        if content && piece && foreign && word.chars().all(is_han) && word.chars().count() <= 3 {
            person.end = t.end;
        }
    }
}

/// A name between a role and a verb of speech or of a move, read by its
/// characters where jieba's words straddle it: `负责人吴国/平说` is the name
/// 吴国平 and the verb 说. A surname and one or two given-name characters,
/// nothing the dictionaries know inside, no adverb at its end (中场罗伊则表示),
/// and no word of two characters jieba knows (高管相继离职).
pub(crate) fn framed(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    roles: &[Mention],
    found: &[Found],
) -> Vec<Mention> {
    let verb = |f: &&Found| f.term.moves() || f.term.marker == Some(Marker::Speech);
    let verbs: Vec<usize> = found.iter().filter(verb).map(|f| f.start).collect();
    roles
        .iter()
        .filter_map(|role| {
            let &verb = verbs.get(verbs.partition_point(|&v| v <= role.end))?;
            let mut at = verb;
            if let Some(last) = text[role.end..at]
                .chars()
                .next_back()
                .filter(|c| AFTER_SUBJECT.contains(c))
            {
                at -= last.len_utf8();
            }
            let name = &text[role.end..at];
            let given = given_name(lexicon, name)?;
            let plausible = given.chars().all(|c| lexicon.given(c) >= GIVEN_MIN);
            let known_inside = terms_start_within(found, role.end, verb);
            // A word of two characters jieba knows is one (高管相继离职).
            let word = given.chars().nth(1).is_none() && segmenter.knows(name);
            (plausible && !known_inside && !word).then(|| Mention::new(role.end, at, Kind::Person))
        })
        .collect()
}

/// A Chinese name right after a role, read by its characters where jieba's
/// words straddle it or took it for a word: `总经理韩文/南向`.
/// A surname and one or two plausible given-name characters, then a clear
/// end: punctuation, a word the dictionaries know (表示, 先生, 加盟), or an
/// adverb or particle (向, 的); two given characters where both readings end
/// so. Not before an honorific, a given character that is a surname too:
/// `林晶孙女士` is 林晶, Ms Sun.
pub(crate) fn titled(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    tokens: &[Token<'_>],
    roles: &[Mention],
    found: &[Found],
) -> Vec<Mention> {
    let term_at = |at: usize| found.binary_search_by_key(&at, |f| f.start).ok().map(|k| found[k].term);
    // A verb of saying or of a move, or an honorific: what ends even a name
    // that is also a common word (记者林海表示, not 导演单元的).
    let verb_at = |at: usize| {
        term_at(at).is_some_and(|t| t.cue.is_some() || matches!(t.marker, Some(Marker::Speech | Marker::Honorific)))
    };
    // Punctuation, or a byline's 文 (text by) before it: 记者林晓峰文/图.
    let at_break = |at: usize| text[at..].chars().next().is_none_or(|c| !is_han(c)) || text[at..].starts_with("文/");
    // A particle, an adverb or any word the dictionaries know ends a name.
    let ends_name = |at: usize| {
        at_break(at)
            || text[at..].starts_with(AFTER_SUBJECT)
            || text[at..].starts_with(AFTER_NAME)
            || term_at(at).is_some()
    };
    roles
        .iter()
        .filter_map(|role| {
            let rest = &text[role.end..];
            // Not a word the dictionaries know (专家 + 成员, members), but a known name
            // may begin a longer one (主任 + 陈云 + 飞).
            let known = term_at(role.end);
            if known.is_some_and(|t| !t.person) {
                return None;
            }
            let surname = [2, 1].into_iter().find_map(|n| {
                let (at, c) = rest.char_indices().nth(n - 1)?;
                let end = at + c.len_utf8();
                lexicon.surname(&rest[..end]).map(|_| end)
            })?;
            let mut end = role.end + surname;
            let mut best = None;
            for c in text[end..].chars().take(2) {
                // After a whole name, an adverb rare in given names ends it
                // (韩述 + 也 + 认为; but 李超均, 闫大为).
                let adverb = best.is_some() && AFTER_SUBJECT.contains(&c) && lexicon.given(c) < GIVEN_MIN * 2.0;
                let given = is_han(c) && plausible_given(lexicon, c) && !AFTER_NAME.contains(&c) && !adverb;
                // Nothing the dictionaries know starts inside the name.
                if !given || term_at(end).is_some() {
                    break;
                }
                end += c.len_utf8();
                let honorific = term_at(end).is_some_and(|t| t.marker == Some(Marker::Honorific));
                let surname_too = best.is_some() && honorific && lexicon.surname(c.encode_utf8(&mut [0; 4])).is_some();
                // A word jieba knows (管理, 单元) is a name only before a verb or
                // at a break, and only a noun: an adverb (相继) never is.
                // Longer than a known name only where it clearly ends (作者林海 + 生于 is no 林海生).
                let ends = if known.is_some() {
                    at_break(end) || verb_at(end)
                } else if best.is_none() && segmenter.knows(&text[role.end..end]) {
                    let noun = tokens.binary_search_by_key(&role.end, |t| t.start).is_ok_and(|k| {
                        tokens[k].end != end || matches!(tokens[k].tag.as_bytes().first(), Some(b'n' | b'j' | b'g'))
                    });
                    noun && (at_break(end) || verb_at(end))
                } else {
                    ends_name(end)
                };
                if ends && !surname_too {
                    best = Some(end);
                }
            }
            best.map(|end| Mention::new(role.end, end, Kind::Person))
        })
        .collect()
}

/// A Chinese name that opens a clause before a verb of saying, read by its
/// characters where jieba took it for a word or cut it apart: `，邹建国介绍`,
/// `。韩立/才强调`. A surname and one or two plausible
/// given-name characters between a clause break and the verb, an adverb
/// between them at most; a name of two characters jieba knows as a word
/// (双方表示) is none, and 说 or 称 alone must end the clause (武侠小说).
pub(crate) fn spoken(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    sentence: Range<usize>,
    found: &[Found],
) -> Vec<Mention> {
    let clause_start = |at: usize| at == sentence.start || text[..at].ends_with(|c: char| !c.is_alphanumeric());
    found
        .iter()
        .filter(|f| f.term.marker == Some(Marker::Speech))
        .filter_map(|f| {
            // 说 and 称 alone end words too (小说, 名称): a break must follow them.
            let single = text[f.start..f.end].chars().nth(1).is_none();
            if single && text[f.end..].starts_with(|c: char| c.is_alphanumeric()) {
                return None;
            }
            let mut end = f.start;
            if let Some(adverb) = text[sentence.start..end]
                .chars()
                .next_back()
                .filter(|c| AFTER_SUBJECT.contains(c))
            {
                if !clause_start(end - adverb.len_utf8()) {
                    end -= adverb.len_utf8();
                }
            }
            let start = text[sentence.start..end]
                .char_indices()
                .rev()
                .take(4)
                .map(|(at, _)| sentence.start + at)
                .find(|&at| clause_start(at))?;
            let name = &text[start..end];
            let given = given_name(lexicon, name)?;
            let plausible = given
                .chars()
                .all(|c| plausible_given(lexicon, c) && !AFTER_NAME.contains(&c));
            let word = given.chars().nth(1).is_none() && segmenter.knows(name);
            let known_inside = terms_start_within(found, start, end);
            (plausible && !word && !known_inside).then(|| Mention::new(start, end, Kind::Person))
        })
        .collect()
}

/// Particles and conjunctions that may follow a name: 林晓峰的, 林晓峰和苏婉清.
const AFTER_NAME: &[char] = &['的', '等', '和', '与', '及', '同', '跟'];

/// A biography opens with the name, then an honorific or the sex: `乔振岳，男，…`,
/// `乔振岳先生：…`, `乔振岳：男`, `艾山·买买提，男`; or with the name and a
/// colon, as an interview gives the speaker: `乔振岳：我认为…`.
/// The name is all the sentence holds before them, so it needs no word of
/// jieba's: a surname and one to three characters, or a dotted name.
pub(crate) fn opening(
    lexicon: &Lexicon,
    segmenter: &Segmenter,
    text: &str,
    sentence: Range<usize>,
    found: &[Found],
) -> Option<Mention> {
    let s = &text[sentence.clone()];
    let run = s
        .char_indices()
        .find(|&(at, c)| at > MAX_OPENING_BYTES || !(is_han(c) || NAME_DOTS.contains(&c)))
        .map_or(s.len(), |(at, _)| at);
    if run > MAX_OPENING_BYTES {
        return None;
    }
    // Most sentences open with no surname: spare them the look-ups below.
    let surname_of = |n: usize| {
        s[..run]
            .char_indices()
            .nth(n)
            .is_some_and(|(at, _)| lexicon.surname(&s[..at]).is_some())
    };
    if !(surname_of(1) || surname_of(2) || s[..run].contains(NAME_DOTS)) {
        return None;
    }
    // An honorific of two or three characters (先生, 女士, 老先生) may follow
    // the name: the first the dictionaries found in the run.
    let honorific_at = found
        .iter()
        .take_while(|f| f.start < sentence.start + run)
        .find(|f| {
            let word = &text[f.start..f.end];
            f.start > sentence.start && word.chars().nth(1).is_some() && f.term.marker == Some(Marker::Honorific)
        })
        .map(|f| f.start - sentence.start);
    let (name, honorific) = match honorific_at {
        Some(at) => (&s[..at], true),
        None => (&s[..run], false),
    };
    // A verb of saying before the colon is not part of the name: 林晓峰说：….
    let said = ["说", "称", "表示", "指出", "透露", "说道"]
        .iter()
        .find(|w| name.ends_with(*w));
    let name = said.map_or(name, |w| &name[..name.len() - w.len()]);
    // Nor is the 的 of 苏婉清的先生 (her husband).
    let name = name.strip_suffix('的').unwrap_or(name);
    let rest = &s[run..];
    let separator = rest.starts_with(['，', ',', '：', ':']);
    let sex = separator && rest.chars().nth(1).is_some_and(|c| matches!(c, '男' | '女'));
    let colon = rest.starts_with(['：', ':']);
    let dotted = name.contains(NAME_DOTS);
    let chinese = given_length(lexicon, name).is_some() || surname_and_three(lexicon, segmenter, name);
    let is_name = if dotted {
        // Each part a name's length, not a clause (在卡洛·维斯特球场这个…).
        let parts = name
            .split(NAME_DOTS)
            .all(|part| (1..=MAX_FOREIGN_CHARS).contains(&part.chars().count()));
        parts && (honorific || separator)
    } else if honorific {
        chinese || lexicon.surname(name).is_some()
    } else if sex {
        chinese
    } else {
        // A colon alone: a name jieba does not know as a word (北京：…).
        colon && chinese && !segmenter.knows(name) && lexicon.term(name).is_none()
    };
    is_name.then(|| Mention::new(sentence.start, sentence.start + name.len(), Kind::Person))
}

/// A sentence about a move that opens with a Latin-script name, then a
/// comma or Chinese text, is about that person: `Kestrel，2004年加盟青松队`,
/// `Kestrel今年40岁，2002年加入星河科技`. Not an acronym (IBM), nor a word
/// before an organization's suffix (Kestrel公司).
pub(crate) fn latin_subject(lexicon: &Lexicon, text: &str, sentence: Range<usize>) -> Option<Mention> {
    let s = &text[sentence.clone()];
    let end = s.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(s.len());
    let (word, rest) = s.split_at(end);
    let named = word.len() >= 3 && word.bytes().any(|b| b.is_ascii_lowercase()) && lexicon.term(word).is_none();
    let follows = rest.starts_with(['，', ',']) || rest.starts_with(is_han);
    let suffixed = (lexicon.terms_opening(rest, 4)).any(|(_, t)| {
        t.org.is_some() || matches!(t.marker, Some(Marker::OrgSuffix | Marker::OrgNoun | Marker::Bureau))
    });
    (named && follows && !suffixed).then(|| Mention::new(sentence.start, sentence.start + end, Kind::Person))
}

/// A sentence about a move that opens with a transliterated name, then an
/// adverb or a comma, is about that person: `卡洛维奇则闹着要转会`. Nothing
/// the dictionaries know but names starts in it (a place, a club, 阿里巴巴 + 宣布).
/// `found` are the terms of the text, sorted by start.
pub(crate) fn foreign_subject(
    lexicon: &Lexicon,
    text: &str,
    sentence: Range<usize>,
    found: &[Found],
) -> Option<Mention> {
    // A conjunction may open the clause before the name: 但 + 布克则….
    let start = match text[sentence.clone()].chars().next() {
        Some(c) if LEADING.contains(&c) => sentence.start + c.len_utf8(),
        _ => sentence.start,
    };
    let s = &text[start..sentence.end];
    let end = s
        .char_indices()
        .find(|&(_, c)| !is_han(c) || AFTER_SUBJECT.contains(&c) || PARTNERS.contains(&c))
        .map_or(s.len(), |(at, _)| at);
    let (name, rest) = s.split_at(end);
    let chars = name.chars().count();
    // …or the partner it signs with: 萨维斯特 + 与雪豹队签约.
    let follows = rest.starts_with(AFTER_SUBJECT) || rest.starts_with(['，', ',']) || rest.starts_with(PARTNERS);
    let known = terms_within(found, start, start + end)
        .iter()
        .any(|f| !f.term.person && !f.term.last_name);
    let foreign = (2..=MAX_FOREIGN_CHARS).contains(&chars) && looks_foreign(lexicon, name) && !known;
    (foreign && follows).then(|| Mention::new(start, start + end, Kind::Person))
}

/// The longest opening read as a name, in bytes: a dotted name of about
/// twelve characters, with an honorific.
const MAX_OPENING_BYTES: usize = 48;

/// A single-character surname and three given characters: rare, but a
/// biography writes them (四字名 such as 欧阳 names are two and two). Not a
/// name of two and a verb of two (林峰推荐).
fn surname_and_three(lexicon: &Lexicon, segmenter: &Segmenter, name: &str) -> bool {
    let mut chars = name.char_indices();
    let first = chars.next().map(|(_, c)| String::from(c));
    let verb = chars.nth(1).is_some_and(|(at, _)| segmenter.knows(&name[at..]));
    name.chars().count() == 4 && first.is_some_and(|f| lexicon.surname(&f).is_some()) && !verb
}

/// 任 is a surname, but after a date or an adverb it is the verb "to hold
/// a post": `2012年3月任青禾水产总经理`, `曾任青禾`, `，任星河科技监事`.
/// A move or speech verb after the name still vouches for it (`，任某某表示`).
fn holds_post(text: &str, start: usize, end: usize, context: &Context) -> bool {
    post_verb_at(text, start) && !context.after(end)
}

/// Whether the 任 at `at` (if one is there) is the verb "to hold a post",
/// by what it follows (see [`holds_post`]).
pub(crate) fn post_verb_at(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    text[at..].starts_with('任') && before.is_none_or(|c| POST_VERB_AFTER.contains(&c))
}

/// What 任 as a verb follows: the end of a date (年 月 日 起 今), an adverb
/// of tenure (曾 现 历 兼 并 后 再 又 改 升 转 继 连 留 先), or a clause break.
const POST_VERB_AFTER: &[char] = &[
    '年', '月', '日', '起', '今', '曾', '现', '历', '兼', '并', '后', '再', '又', '改', '升', '转', '继', '连', '留',
    '先', '，', ',', '、', '；', ';', '：', ':', '。',
];

/// Names whose parts, one word each, are joined by middle dots:
/// 克里斯·保罗, a·约翰森, 安迪·沃霍尔; or by a hyphen between two
/// transliterated parts: 斯坦利-库布里克.
fn dotted(lexicon: &Lexicon, text: &str, tokens: &[Token<'_>]) -> Vec<Mention> {
    let is_part = |t: &Token<'_>| text[t.start..t.end].chars().all(|c| c.is_alphabetic());
    let foreign = |t: &Token<'_>| is_transliteration(lexicon, &text[t.start..t.end]);
    // jieba cuts a long transliteration into pieces (瑞/ns 特曼/nrt, 佩拉/nrt
    // 尔/nr 瑙/nrt): the part after a dot runs on over name-like pieces.
    let piece = |t: &Token<'_>| {
        let word = &text[t.start..t.end];
        let tagged = matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "ns" | "j" | "vg" | "g");
        word.chars().all(is_han)
            && word.chars().count() <= 3
            && (tagged || looks_foreign(lexicon, word))
            && lexicon.term(word).is_none()
    };
    let part_end = |first: usize| {
        let mut end = first + 1;
        while end < tokens.len()
            && end - first < MAX_NAME_PIECES
            && piece(&tokens[end])
            && tokens[end].start == tokens[end - 1].end
        {
            end += 1;
        }
        end
    };
    // The part before a dot runs back over pieces jieba tags as names while
    // it reads as one transliteration (not over 特工/n): the first token of
    // the part ending with token `last`.
    let part_start = |last: usize| {
        let mut first = last;
        while first > 0
            && last - first + 1 < MAX_NAME_PIECES
            && piece(&tokens[first - 1])
            && matches!(tokens[first - 1].tag, "nr" | "nrt" | "nrfg" | "ns" | "j" | "g")
            && tokens[first - 1].end == tokens[first].start
            && looks_foreign(lexicon, &text[tokens[first - 1].start..tokens[last].end])
        {
            first -= 1;
        }
        first
    };
    // jieba's name tag on the first part is as good as its looks (安东尼/nr-迈尔斯).
    let named = |t: &Token<'_>| {
        let word = &text[t.start..t.end];
        matches!(t.tag, "nr" | "nrt") && word.chars().count() >= 2 && word.chars().all(is_han)
    };
    let is_dot = |i: usize| {
        let word = &text[tokens[i].start..tokens[i].end];
        let hyphen = word == "-"
            && i > 0
            && (foreign(&tokens[i - 1]) || named(&tokens[i - 1]))
            && i + 1 < tokens.len()
            && looks_foreign(lexicon, &text[tokens[i + 1].start..tokens[part_end(i + 1) - 1].end]);
        hyphen || word.chars().all(|c| NAME_DOTS.contains(&c))
    };
    let mut out: Vec<Mention> = Vec::new();
    for i in 0..tokens.len() {
        let (Some(before), Some(first)) = (i.checked_sub(1).map(|b| &tokens[b]), tokens.get(i + 1)) else {
            continue;
        };
        if !is_dot(i) || !is_part(before) || !is_part(first) {
            continue;
        }
        let han = text[first.start..first.end].chars().all(is_han);
        let after = if han { &tokens[part_end(i + 1) - 1] } else { first };
        // jieba may cut a lone first character off the first part: 克/里斯·保罗.
        let lone = i.checked_sub(2).map(|b| &tokens[b]).filter(|t| {
            let word = &text[t.start..t.end];
            word.chars().count() == 1 && word.chars().all(is_han) && matches!(t.tag, "g" | "x" | "ng" | "nr" | "nrt")
        });
        // …or glue a preposition or locative to it: 拍卖会 + 上安迪·沃霍尔.
        let glued = text[before.start..before.end]
            .chars()
            .next()
            .filter(|c| GLUED_BEFORE_NAME.contains(c) && text[before.start..before.end].chars().count() >= 3);
        // …or into more pieces, as after it (奥利维/埃·达昂, 艾/德里/安·雪莉).
        let first_part = part_start(i - 1);
        let start = match glued {
            _ if first_part < i - 1 => tokens[first_part].start,
            Some(c) if lone.is_none() => before.start + c.len_utf8(),
            _ => lone.map_or(before.start, |t| t.start),
        };
        match out.last_mut() {
            Some(last) if last.end == before.end => last.end = after.end,
            _ => out.push(Mention::new(start, after.end, Kind::Person)),
        }
    }
    out
}

/// Prepositions and locatives jieba may glue to the first part of a dotted
/// name: 上安迪·沃霍尔, 和保罗·艾伦.
const GLUED_BEFORE_NAME: &[char] = &[
    '上', '下', '中', '在', '和', '与', '及', '由', '向', '对', '被', '把', '将', '从',
];

/// The most words one part of a dotted name may take: 佩拉 + 尔 + 瑙.
const MAX_NAME_PIECES: usize = 4;

/// A name read from words: where it is and how many words it takes.
struct Name {
    start: usize,
    end: usize,
    used: usize,
}

impl Name {
    fn new(start: usize, end: usize, used: usize) -> Name {
        Name { start, end, used }
    }
}

struct NameReader<'a> {
    lexicon: &'a Lexicon,
    segmenter: &'a Segmenter,
    text: &'a str,
    tokens: &'a [Token<'a>],
    /// The dictionary term each token is, looked up once.
    terms: Vec<Option<Term>>,
    context: &'a Context,
}

impl NameReader<'_> {
    fn word(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// A name starting at token `i`: its end and how many tokens it takes.
    fn name_at(&self, i: usize) -> Option<Name> {
        let t = self.tokens[i];
        if self.terms[i].is_some() {
            return None;
        }
        if let Some(end) = self.before_honorific(i) {
            return Some(Name::new(self.tokens[i].start, end, 1));
        }
        // A surname alone before an honorific word: 张/先生.
        let next_honorific = self
            .terms
            .get(i + 1)
            .is_some_and(|term| term.is_some_and(|term| term.marker == Some(Marker::Honorific)));
        let long_title = self
            .tokens
            .get(i + 1)
            .is_some_and(|n| self.text[n.start..n.end].chars().nth(1).is_some());
        if next_honorific && long_title && self.lexicon.surname(self.word(i)).is_some() {
            return Some(Name::new(t.start, t.end, 1));
        }
        if matches!(t.tag, "nr" | "nrfg") && given_length(self.lexicon, self.word(i)).is_some() {
            return self.chinese_name(i);
        }
        self.split_name(i)
            .or_else(|| self.latin_name(i))
            .or_else(|| self.foreign_name(i))
            .or_else(|| self.mover(i))
    }

    /// A word of jieba's that reads as a Chinese name, a common surname and
    /// a common given-name character, opening a clause right before a move
    /// (or its passive): the person moving (`高远被免去…`, `江山接任…`),
    /// not the word (`高层离职`: 层 is no given name).
    fn mover(&self, i: usize) -> Option<Name> {
        let t = self.tokens[i];
        let mut chars = self.word(i).chars();
        let (Some(surname), Some(given), None) = (chars.next(), chars.next(), chars.next()) else {
            return None;
        };
        let common = self
            .lexicon
            .surname(surname.encode_utf8(&mut [0; 4]))
            .is_some_and(|w| w >= COMMON_SURNAME);
        let plausible = is_han(given) && self.lexicon.given(given) >= GIVEN_MIN * 2.0;
        // An adjective or a verb there is the manner of the move: 成功/a 入主….
        let manner = t.tag.starts_with(['a', 'v']);
        let opens = (i == 0 || self.tokens[i - 1].tag == "x") && !manner;
        let passive = self
            .tokens
            .get(i + 1)
            .is_some_and(|n| PASSIVES.contains(&&self.text[n.start..n.end]));
        let moves = self.context.move_after(t.end) || (passive && self.context.verb_reach_at(t.end));
        (common && plausible && opens && moves).then(|| Name::new(t.start, t.end, 1))
    }

    /// A surname, perhaps with a given name, written with an honorific in
    /// one word (`杨先生`, `王女士`): the name is what precedes the honorific.
    fn before_honorific(&self, i: usize) -> Option<usize> {
        let t = self.tokens[i];
        let word = self.word(i);
        // A surname, two given-name characters and a two-character honorific at most.
        if word.chars().nth(5).is_some() {
            return None;
        }
        let (split, _) = word.char_indices().skip(1).find(|&(at, _)| {
            self.lexicon
                .term(&word[at..])
                .is_some_and(|term| term.marker == Some(Marker::Honorific))
        })?;
        let name = &word[..split];
        // A surname alone before a one-character title is a word (元帅).
        let long_title = word[split..].chars().nth(1).is_some();
        let surname_only = long_title && self.lexicon.surname(name).is_some();
        (surname_only || given_length(self.lexicon, name).is_some()).then_some(t.start + split)
    }

    /// A word jieba tags as a name, perhaps with a lone given-name character
    /// jieba split off (苏婉 + 清). A name unlike Chinese names needs context.
    fn chinese_name(&self, i: usize) -> Option<Name> {
        let t = self.tokens[i];
        let mut end = t.end;
        let mut used = 1;
        if given_length(self.lexicon, self.word(i)) == Some(1) {
            if let Some(next) = self.tokens.get(i + 1) {
                let mut chars = self.text[next.start..next.end].chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    // jieba leaves rare given-name characters as lone morphemes (灏/g).
                    let morpheme = matches!(next.tag, "g" | "ng" | "nr" | "nrfg" | "x" | "j");
                    let function = matches!(
                        next.tag.as_bytes().first(),
                        Some(b'p' | b'u' | b'c' | b'r' | b'm' | b'q' | b'f' | b'y' | b'd')
                    );
                    // Nor a word the dictionaries know (韩述 + 称, says), but a
                    // place's suffix, which makes the whole a place (林坡 + 镇).
                    let known = self.terms[i + 1].is_some_and(|t| t.marker != Some(Marker::PlaceSuffix));
                    // Coming to do something is no given name: 韩述 + 来/v + 担任/v.
                    let coming =
                        matches!(c, '来' | '去') && self.tokens.get(i + 2).is_some_and(|t| t.tag.starts_with('v'));
                    let common = !function && !known && !coming && self.lexicon.given(c) >= GIVEN_MIN * 2.0;
                    // Before 先生 or 女士 the character ends the name whatever jieba took it for.
                    let titled = self
                        .terms
                        .get(i + 2)
                        .is_some_and(|term| term.is_some_and(|term| term.marker == Some(Marker::Honorific)));
                    if is_han(c) && (morpheme || common || titled) {
                        end = next.end;
                        used = 2;
                    }
                }
            }
        }
        // jieba's guess at an unknown name may take the adverb after it:
        // 邓恩均/nr (邓恩 + 均), 迪迪则/nr.
        if used == 1 {
            end = self.without_adverb(i);
        }
        // A foreign-looking name runs on over the pieces of its
        // transliteration jieba cut off: 马扎/nr + 里/f, 贾玛/nr + 瓦尔/nrt.
        let mut j = i + used;
        while let Some(next) = self.tokens.get(j).filter(|n| n.start == end) {
            let longer = &self.text[t.start..next.end];
            let named = self.terms[j].is_some_and(|t| t.cue.is_some() || t.org.is_some() || t.role.is_some());
            let word = &self.text[next.start..next.end];
            let piece = word.chars().all(is_han)
                && match word.chars().nth(1) {
                    None => word.chars().all(|c| self.lexicon.foreign(c) >= FOREIGN_MIN),
                    Some(_) => looks_foreign(self.lexicon, word),
                };
            // The first character may be one a Chinese surname shares (乔 + 沃维奇).
            let tail = longer.char_indices().nth(1).map_or("", |(at, _)| &longer[at..]);
            let foreign = looks_foreign(self.lexicon, longer) || looks_foreign(self.lexicon, tail);
            if named || !piece || longer.chars().count() > MAX_FOREIGN_CHARS || !foreign {
                break;
            }
            end = next.end;
            used += 1;
            j += 1;
        }
        let name = &self.text[t.start..end];
        let vouched = self.context.before(t.start) || self.context.after(end);
        // A two-character word of jieba's own dictionary is as often a
        // common word (陆军, 温泉) as a name: it needs context, which a list
        // of names gives too (张伟、李娜、王芳).
        let ambiguous = name.chars().count() == 2 && self.segmenter.knows(name);
        let listed = self.context.listed(t.start, end);
        // A name of three jieba tags whole, of a common surname and given-name
        // characters, is one even where they are typical of transliteration too (李伊琳).
        let three = used == 1
            && name.chars().count() == 3
            && common_given(self.lexicon, name)
            && !looks_foreign(self.lexicon, name)
            && !self.segmenter.knows(name);
        let likely = (!ambiguous || listed) && (looks_chinese(self.lexicon, name) || three);
        (vouched || likely).then_some(Name::new(t.start, end, used))
    }

    /// A name read from words, without what jieba glued to a Chinese name
    /// on either side: a conjunction before it (而/但 + 纪安), an adverb
    /// before a verb after it (韩连楠 + 则 + 强调), or a byline's 文, "text
    /// by" (记者韩连志 + 文/图, 文/ + 韩连志).
    fn mend(&self, start: usize, end: usize) -> (usize, usize) {
        let name = &self.text[start..end];
        let chinese = |name: &str| looks_given(self.lexicon, name);
        let byline = |at: usize| self.text[at..].starts_with('/') || self.text[..at].ends_with('/');
        let mut chars = name.chars();
        if let Some(first) = chars
            .next()
            .filter(|c| LEADING.contains(c) || (*c == '文' && byline(start)))
        {
            if chars.clone().nth(1).is_some() && chinese(chars.as_str()) {
                return (start + first.len_utf8(), end);
            }
        }
        if let Some(last) = chars.next_back() {
            // In a word jieba does not know (连楠则), not in one it does (韩 + 大为).
            let glued = self
                .tokens
                .binary_search_by_key(&end, |t| t.end)
                .is_ok_and(|k| !self.segmenter.knows(self.word(k)));
            let adverb = AFTER_SUBJECT.contains(&last) && glued && self.context.verb_reach_at(end);
            let rest = &name[..name.len() - last.len_utf8()];
            if (adverb || (last == '文' && byline(end))) && rest.chars().nth(1).is_some() && chinese(rest) {
                return (start, end - last.len_utf8());
            }
            // A transliteration gives back 为 or 则 before a role or a verb:
            // 宣布卡洛维奇为新帅.
            let foreign = rest.chars().nth(2).is_some() && looks_foreign(self.lexicon, rest);
            if AFTER_SUBJECT.contains(&last) && glued && foreign && self.context.after(end) {
                return (start, end - last.len_utf8());
            }
        }
        (start, end)
    }

    /// Where token `i` ends without the adverb jieba's guess at an unknown
    /// name may glue to it: 邓恩均/nr is 邓恩 + 均, 迪迪则/nr 迪迪 + 则.
    fn without_adverb(&self, i: usize) -> usize {
        let (word, end) = (self.word(i), self.tokens[i].end);
        if !(3..=4).contains(&word.chars().count()) || self.segmenter.knows(word) {
            return end;
        }
        match word.chars().next_back() {
            Some(last) if AFTER_SUBJECT.contains(&last) => end - last.len_utf8(),
            _ => end,
        }
    }

    /// A surname and the word after it, where context vouches for a name:
    /// `总裁陈/启航`, `顾/长风下课`.
    fn split_name(&self, i: usize) -> Option<Name> {
        let t = self.tokens[i];
        if let Some(end) = self.nickname(i) {
            return Some(Name::new(self.tokens[i].start, end, 1));
        }
        let next = self.tokens.get(i + 1)?;
        // jieba may glue a preposition to the surname: 由王/立新接任.
        let word = self.word(i);
        let start = match word.chars().next() {
            Some(p) if PREPOSITIONS.contains(&p) && word.chars().count() == 2 => t.start + p.len_utf8(),
            _ => t.start,
        };
        self.lexicon.surname(&self.text[start..t.end])?;
        // A surname jieba read as a preposition or conjunction (向/p 大家,
        // 负责人向/p 媒体) is one only before what jieba reads as a given name.
        let function = matches!(t.tag.as_bytes().first(), Some(b'p' | b'c' | b'u'));
        let given_like = self.tokens.get(i + 1).is_some_and(|n| {
            let two = self.text[n.start..n.end].chars().count() == 2;
            matches!(n.tag, "ng" | "g") || (two && matches!(n.tag, "nr" | "nrfg"))
        });
        if start == t.start && function && !given_like {
            return None;
        }
        let given = self.word(i + 1);
        let n = given.chars().count();
        if !(1..=2).contains(&n) || !given.chars().all(is_han) || self.terms[i + 1].is_some() {
            return None;
        }
        if start != t.start {
            // The name starts inside the token: only a following verb vouches.
            return self.context.after(next.end).then_some(Name::new(start, next.end, 2));
        }
        // Given-name characters form no function word (将于/下/月离开 is no 于下).
        let function = matches!(
            next.tag.as_bytes().first(),
            Some(b'p' | b'u' | b'c' | b'r' | b'm' | b'q' | b'f' | b'y' | b'd' | b't')
        );
        let vouched = (self.context.before(t.start) || self.context.after(next.end)) && !function;
        // jieba tags a lone common surname as a name (曹/nr 鹏飞): with
        // given-name characters after it that form no function word, it is one.
        let name = &self.text[t.start..next.end];
        let lone = t.tag == "nr" && !function && !self.segmenter.knows(name) && looks_chinese(self.lexicon, name);
        (vouched || lone).then_some(Name::new(t.start, next.end, 2))
    }

    /// 老 or 小 and a surname, a familiar way to name someone, where context
    /// vouches for a name: `老林转投…`, `小王表示`.
    fn nickname(&self, i: usize) -> Option<usize> {
        let t = self.tokens[i];
        let word = self.word(i);
        let rest = word.strip_prefix('老').or_else(|| word.strip_prefix('小'))?;
        self.lexicon.surname(rest)?;
        (self.context.before(t.start) || self.context.after(t.end)).then_some(t.end)
    }

    /// A Latin-script word where context vouches for a name: `Kestrel加盟`,
    /// and `Orin和Kestrel加盟`, `选手Orin和Kestrel`: the verb or the role
    /// vouches for every name coordinated with the one it stands by.
    fn latin_name(&self, i: usize) -> Option<Name> {
        let t = self.tokens[i];
        let latin = |k: usize| {
            self.tokens[k].tag == "eng" && self.word(k).chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        };
        let mut last = i;
        while last + 2 < self.tokens.len()
            && last - i < 2 * MAX_COORDINATED
            && COORDINATORS.contains(&self.word(last + 1))
            && latin(last + 2)
        {
            last += 2;
        }
        let mut first = i;
        while first >= 2
            && i - first < 2 * MAX_COORDINATED
            && COORDINATORS.contains(&self.word(first - 1))
            && latin(first - 2)
        {
            first -= 2;
        }
        // A Latin word before a role is mostly a company or a department
        // (Kestrel董事, ERP经理): only a role before or a verb after vouches,
        // for the whole list (选手Orin和Kestrel).
        let vouched =
            self.context.before(self.tokens[first].start) || self.context.verb_reach_at(self.tokens[last].end);
        (latin(i) && self.word(i).len() >= 2 && vouched).then_some(Name::new(t.start, t.end, 1))
    }

    /// Words that read as a transliterated name, where context vouches for a
    /// name: `主教练卡洛维奇卸任`. Between a role and a verb any short run
    /// of characters is a name.
    fn foreign_name(&self, i: usize) -> Option<Name> {
        let start = self.tokens[i].start;
        // 一职, 兼党办: a numeral or a conjunction starts no name.
        if self.word(i).starts_with([
            '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '兼', '及', '并', '或', '暨',
        ]) {
            return None;
        }
        let before = self.context.before(start);
        let mut chars = 0;
        let mut best = None;
        for j in i..self.tokens.len() {
            let word = self.word(j);
            // jieba tags a transliteration's pieces as it tags any word: 里/f + 弗斯/nrt.
            let piece = {
                let mut chars = word.chars();
                matches!((chars.next(), chars.next()), (Some(c), None) if self.lexicon.foreign(c) >= FOREIGN_MIN)
            };
            let content = matches!(self.tokens[j].tag.as_bytes().first(), Some(b'n' | b'g' | b'x' | b'j')) || piece;
            if !content || !word.chars().all(is_han) || self.terms[j].is_some() {
                break;
            }
            chars += word.chars().count();
            if chars > MAX_FOREIGN_CHARS {
                break;
            }
            let end = if j == i {
                self.without_adverb(i)
            } else {
                self.tokens[j].end
            };
            let after = self.context.after(end);
            let name = &self.text[start..end];
            // A word jieba does not know, right after a role or right before a
            // move verb, is a name: 主教练卡洛, 卡洛维奇离队.
            // Not an adverb jieba glued to what follows a name (韩述/nr + 因伤).
            let glued_adverb = word.starts_with(AFTER_SUBJECT)
                && i.checked_sub(1)
                    .is_some_and(|b| self.tokens[b].end == start && self.tokens[b].tag.starts_with("nr"));
            let unknown =
                j == i && (before || self.context.verb_after(end)) && !self.segmenter.knows(word) && !glued_adverb;
            // A Chinese name jieba did not know and tagged otherwise (韩连/ns), before a verb.
            let chinese = j == i && after && !self.segmenter.knows(word) && looks_chinese(self.lexicon, name);
            // A proper noun jieba knows (本特利/nz) right before a move verb: who moves is a person.
            let proper = j == i && matches!(self.tokens[j].tag, "nz" | "nrt") && self.context.move_after(end);

            // Between a role and a verb, any run of words but a common noun (客服人员告诉我).
            let common_noun = j == i && self.tokens[j].tag == "n" && self.segmenter.knows(word);
            let framed = before && self.context.verb_after(end) && !common_noun;
            let placed = before || after || self.context.listed(start, end);
            if chars >= 2 && (framed || unknown || chinese || proper || (placed && looks_foreign(self.lexicon, name))) {
                best = Some(Name::new(start, end, j + 1 - i));
            }
            // A name that ended before an adverb goes no further.
            if end != self.tokens[j].end {
                break;
            }
        }
        best
    }
}

/// How many Latin names one verb vouches for, coordinated before it.
const MAX_COORDINATED: usize = 8;

/// Words that coordinate names: Orin和Kestrel, 卡洛、维奇.
const COORDINATORS: &[&str] = &["和", "与", "及", "、", "跟"];

/// Most characters typical of transliteration (at most one not): 卡洛, 斯塔姆.
pub(crate) fn looks_foreign(lexicon: &Lexicon, name: &str) -> bool {
    let (mut count, mut unusual, mut sum) = (0, 0, 0.0_f32);
    for w in name.chars().map(|c| lexicon.foreign(c)) {
        count += 1;
        unusual += usize::from(w < 0.03);
        sum += w;
    }
    unusual <= 1 && sum / count as f32 >= 0.1
}

/// Two or more Chinese characters that read as a transliteration: 卡洛维奇.
fn is_transliteration(lexicon: &Lexicon, word: &str) -> bool {
    word.chars().nth(1).is_some() && word.chars().all(is_han) && looks_foreign(lexicon, word)
}

/// The given name of `name` when it is a known surname and one or two
/// given-name characters (see [`given_length`]).
fn given_name<'n>(lexicon: &Lexicon, name: &'n str) -> Option<&'n str> {
    let given = given_length(lexicon, name)?;
    let at = name
        .char_indices()
        .nth(name.chars().count() - given)
        .map_or(name.len(), |(at, _)| at);
    Some(&name[at..])
}

/// The given name of `name` when its surname is a common one (not 晋, 连, 沙).
fn given_after_common_surname<'n>(lexicon: &Lexicon, name: &'n str) -> Option<&'n str> {
    given_name(lexicon, name).filter(|given| {
        let surname = &name[..name.len() - given.len()];
        lexicon.surname(surname).is_some_and(|w| w >= COMMON_SURNAME)
    })
}

/// A character plausible in a Chinese given name and not typical of
/// transliteration (斯, 尔 are).
fn plausible_given(lexicon: &Lexicon, c: char) -> bool {
    lexicon.given(c) >= GIVEN_MIN && lexicon.foreign(c) < FOREIGN_MIN
}

/// A common surname and given-name characters common in names, whatever
/// else they are typical of.
fn common_given(lexicon: &Lexicon, name: &str) -> bool {
    given_after_common_surname(lexicon, name).is_some_and(|given| given.chars().all(|c| lexicon.given(c) >= GIVEN_MIN))
}

/// A common surname and plausible given-name characters.
fn looks_chinese(lexicon: &Lexicon, name: &str) -> bool {
    given_after_common_surname(lexicon, name).is_some_and(|given| given.chars().all(|c| plausible_given(lexicon, c)))
}

/// A surname and plausible given-name characters.
fn looks_given(lexicon: &Lexicon, name: &str) -> bool {
    given_name(lexicon, name).is_some_and(|given| given.chars().all(|c| plausible_given(lexicon, c)))
}

/// Whether a term of `found` (sorted by start) starts in `start..end`.
fn terms_start_within(found: &[Found], start: usize, end: usize) -> bool {
    !terms_within(found, start, end).is_empty()
}

/// The terms of `found` (sorted by start) that start in `start..end`.
fn terms_within(found: &[Found], start: usize, end: usize) -> &[Found] {
    &found[found.partition_point(|f| f.start < start)..found.partition_point(|f| f.start < end)]
}

/// The number of given-name characters of `word` when it is a known surname
/// followed by one or two characters.
pub(crate) fn given_length(lexicon: &Lexicon, word: &str) -> Option<usize> {
    let chars: Vec<char> = word.chars().collect();
    if !chars.iter().all(|&c| is_han(c)) {
        return None;
    }
    let surname_len = [2, 1]
        .into_iter()
        .find(|&n| chars.len() > n && lexicon.surname(&chars[..n].iter().collect::<String>()).is_some())?;
    let given = chars.len() - surname_len;
    (given <= 2).then_some(given)
}

/// The names of people read in an article, two characters or more: read
/// once, they are names everywhere (see [`crate::entity::read_across`]).
pub(crate) fn names<'t>(text: &'t str, mentions: &[Vec<Mention>]) -> Vec<&'t str> {
    let mut names: Vec<&str> = mentions
        .iter()
        .flatten()
        .filter(|m| m.kind == Kind::Person && text[m.start..m.end].chars().nth(1).is_some())
        .map(|m| &text[m.start..m.end])
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}
