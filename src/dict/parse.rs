//! Parsing the dictionary formats, one line at a time.
//!
//! Every format is `field | field | …` per line; `#` starts a comment line and
//! blank lines are skipped. Each file's header documents its own fields.

use crate::error::{Error, ErrorKind, Result};

/// A role word: a head ends a role, a modifier only forms one before a head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RolePart {
    Head,
    Modifier,
    /// A modifier that makes the title an honour, not a post (荣誉, 名誉).
    Honorary,
    /// A modifier that also ends a role after a head: 助理 (助理研究员, 厂长助理).
    Suffix,
}

/// What a cue word starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueEvent {
    Departure,
    Join,
    /// 转投, 跳槽至: a departure from the old employer and a join of the new.
    Transfer,
    /// A word that contains a cue but is not one (加盟店).
    None,
}

/// What must follow a cue for it to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueObject {
    /// An organization or an employer word (离开腾讯).
    Org,
    /// A role or an organization (出任CEO).
    Post,

    /// Nothing (离职).
    None,
    /// Nothing; without an object, the post of the sentence's previous
    /// departure (马云卸任董事局主席,由张勇接任).
    Successor,
    /// The person, then 为 and the post: the subject appoints them
    /// (星河科技任命林晓峰为总裁).
    Appointee,
    /// The person, after their role: the subject, their employer, moves
    /// them (星河队解雇了主教练林晓峰, 北辰资本签下卡洛维奇); in the passive
    /// the employer follows 被 (林晓峰被星河队解雇). With no person after
    /// it, the cue reads as one whose object is an organization
    /// (林晓峰签约星河队).
    Employee,
}

/// A cue word's reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub(crate) event: CueEvent,
    pub(crate) object: CueObject,
}

/// What a marker word tells about the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Reported,
    Confirmed,
    Denied,
    Planned,
    Employer,
    /// Ends an organization's name: the words before it are the name (资本).
    OrgSuffix,
    /// Ends an organization's name after a proper name only (公司, 研究院).
    OrgNoun,
    /// A government body: ends an organization's name like an org-noun
    /// (杭州市 + 教育局), and alone names the local one (教育局局长).
    Bureau,
    Time,
    Pronoun,
    /// A common word that does not make a name proper (AI, 互联网).
    Generic,
    /// A verb of saying, which often follows a name (表示, 透露).
    Speech,
    /// A title of address after a name, not part of it (先生, 女士).
    Honorific,
    /// A word stating a tenure, no move (现任, 曾任, 担任).
    Tenure,
    /// A character that ends place names, never a given name (区, 路).
    PlaceSuffix,
    /// A competition or league: neither a person nor an organization (欧冠, 英超).
    Competition,
    /// Ends a department's name, which belongs to a role after it (财务部经理).
    Department,
    /// A verb taking a move verb after it (决定离开, 选择加盟): the name
    /// before it is the mover's.
    Control,
    /// A member of an organization, no post (队员, 员工): before a move verb
    /// it stands for an unnamed person (新队员加入).
    Member,
    /// An adverb of continuing: a post still held, no move (仍然将担任).
    Continuing,
    /// Being one of an organization's members (一员, 新成员): after 成为
    /// and the organization, a join (成为雪豹队的一员).
    Membership,
    /// A place's name, never a person's (威尼斯, 张家口).
    Place,
    None,
}

/// One organization line: canonical name, aliases, parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrgLine<'a> {
    pub(crate) canonical: &'a str,
    pub(crate) aliases: Vec<&'a str>,
    pub(crate) parent: Option<&'a str>,
}

/// The content lines of a dictionary, with their 1-based line numbers and
/// their `|`-separated fields, trimmed.
pub(crate) fn records<'a>(text: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        Some((i + 1, line.split('|').map(str::trim).collect()))
    })
}

/// Checks that a record has `n` fields and that the first is not empty.
pub(crate) fn expect_fields(source: &str, line: usize, fields: &[&str], n: usize) -> Result<()> {
    if fields.len() != n {
        let what = format!("expected {n} fields separated by '|', found {}", fields.len());
        return Err(Error::at(ErrorKind::Syntax, source, line, what));
    }
    if fields[0].is_empty() {
        return Err(Error::at(ErrorKind::Syntax, source, line, "empty term"));
    }
    Ok(())
}

fn bad_value(source: &str, line: usize, field: &str, value: &str, expected: &str) -> Error {
    let what = format!("unknown {field} {value:?}, expected one of {expected}");
    Error::at(ErrorKind::Syntax, source, line, what)
}

pub(crate) fn org<'a>(source: &str, line: usize, fields: &[&'a str]) -> Result<OrgLine<'a>> {
    expect_fields(source, line, fields, 3)?;
    let aliases = fields[1]
        .split([',', '，'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect();
    let parent = Some(fields[2]).filter(|p| !p.is_empty());
    Ok(OrgLine {
        canonical: fields[0],
        aliases,
        parent,
    })
}

/// One person line: the name and its aliases.
pub(crate) fn person<'a>(source: &str, line: usize, fields: &[&'a str]) -> Result<Vec<&'a str>> {
    expect_fields(source, line, fields, 2)?;
    let aliases = fields[1].split([',', '，']).map(str::trim).filter(|a| !a.is_empty());
    Ok(std::iter::once(fields[0]).chain(aliases).collect())
}

pub(crate) fn role(source: &str, line: usize, fields: &[&str]) -> Result<RolePart> {
    expect_fields(source, line, fields, 2)?;
    match fields[1] {
        "head" => Ok(RolePart::Head),
        "modifier" => Ok(RolePart::Modifier),
        "honorary" => Ok(RolePart::Honorary),
        "suffix" => Ok(RolePart::Suffix),
        other => Err(bad_value(
            source,
            line,
            "role kind",
            other,
            "head, modifier, honorary, suffix",
        )),
    }
}

pub(crate) fn cue(source: &str, line: usize, fields: &[&str]) -> Result<Cue> {
    expect_fields(source, line, fields, 3)?;
    let event = match fields[1] {
        "departure" => CueEvent::Departure,
        "join" => CueEvent::Join,
        "transfer" => CueEvent::Transfer,
        "none" => CueEvent::None,
        other => {
            return Err(bad_value(
                source,
                line,
                "event",
                other,
                "departure, join, transfer, none",
            ));
        }
    };
    let object = match fields[2] {
        "org" => CueObject::Org,
        "post" => CueObject::Post,
        "none" => CueObject::None,
        "successor" => CueObject::Successor,
        "appointee" => CueObject::Appointee,
        "employee" => CueObject::Employee,
        other => {
            return Err(bad_value(
                source,
                line,
                "object",
                other,
                "org, post, none, successor, appointee, employee",
            ));
        }
    };
    Ok(Cue { event, object })
}

pub(crate) fn marker(source: &str, line: usize, fields: &[&str]) -> Result<Marker> {
    expect_fields(source, line, fields, 2)?;
    Ok(match fields[1] {
        "reported" => Marker::Reported,
        "confirmed" => Marker::Confirmed,
        "denied" => Marker::Denied,
        "planned" => Marker::Planned,
        "employer" => Marker::Employer,
        "org-suffix" => Marker::OrgSuffix,
        "org-noun" => Marker::OrgNoun,
        "bureau" => Marker::Bureau,
        "time" => Marker::Time,
        "pronoun" => Marker::Pronoun,
        "generic" => Marker::Generic,
        "speech" => Marker::Speech,
        "honorific" => Marker::Honorific,
        "tenure" => Marker::Tenure,
        "place-suffix" => Marker::PlaceSuffix,
        "competition" => Marker::Competition,
        "department" => Marker::Department,
        "control" => Marker::Control,
        "member" => Marker::Member,
        "continuing" => Marker::Continuing,
        "membership" => Marker::Membership,
        "place" => Marker::Place,
        "none" => Marker::None,
        other => {
            let expected = "reported, confirmed, denied, planned, employer, org-suffix, org-noun, bureau, time, pronoun, generic, speech, honorific, tenure, place-suffix, competition, department, control, member, continuing, membership, place, none";
            return Err(bad_value(source, line, "marker kind", other, expected));
        }
    })
}

/// A weighted term: a surname or a given-name character and how common it is.
pub(crate) fn weight(source: &str, line: usize, fields: &[&str]) -> Result<f32> {
    expect_fields(source, line, fields, 2)?;
    match fields[1].parse::<f32>() {
        Ok(w) if w.is_finite() && w >= 0.0 => Ok(w),
        _ => Err(Error::at(
            ErrorKind::Syntax,
            source,
            line,
            format!("weight {:?} is not a non-negative number", fields[1]),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_with_line_numbers() {
        let text = "# header\n\n阿里巴巴 | 阿里, Alibaba |\n通义千问 | 通义 | 阿里巴巴\n";
        let rows: Vec<_> = records(text).collect();
        assert_eq!(rows[0], (3, vec!["阿里巴巴", "阿里, Alibaba", ""]));
        let org = org("orgs.txt", 4, &rows[1].1).unwrap();
        assert_eq!(
            org,
            OrgLine {
                canonical: "通义千问",
                aliases: vec!["通义"],
                parent: Some("阿里巴巴")
            }
        );
    }

    #[test]
    fn errors_name_source_and_line() {
        let table: [(&str, Result<()>, &str); 4] = [
            (
                "roles",
                role("roles.txt", 7, &["院长", "boss"]).map(drop),
                "roles.txt:7: unknown role kind \"boss\"",
            ),
            (
                "cues",
                cue("cues.txt", 2, &["离职", "departure"]).map(drop),
                "cues.txt:2: expected 3 fields",
            ),
            (
                "weights",
                weight("surnames.txt", 9, &["王", "many"]).map(drop),
                "surnames.txt:9: weight \"many\"",
            ),
            (
                "empty",
                marker("markers.txt", 1, &["", "time"]).map(drop),
                "markers.txt:1: empty term",
            ),
        ];
        for (name, result, prefix) in table {
            let err = result.expect_err(name);
            assert!(err.to_string().starts_with(prefix), "{name}: {err}");
            assert_eq!(err.kind(), ErrorKind::Syntax, "{name}");
        }
    }
}
