//! The owned, serde-serializable output: entities, events and movements.
//! Every offset is a byte offset into the caller's original text.

use crate::span::Span;
use serde::Serialize;

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// Every person, organization and role mention, in text order.
    pub entities: Vec<Entity>,
    /// Every departure and join the text reports, in text order.
    pub events: Vec<Event>,
    /// One record per person and move, merged across the article.
    pub movements: Vec<Movement>,
}

/// What an [`Entity`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person's name (林晓峰, 克里斯·保罗).
    Person,
    /// An organization: company, lab, team, club, university (字节跳动, Seed).
    Org,
    /// A role or title (技术负责人, 首席科学家, CEO).
    Role,
}

/// A mention of a person, organization or role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// The mention as written in the original text.
    pub text: String,
    /// Where it is in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// For an organization a dictionary knows, its canonical name (阿里 →
    /// 阿里巴巴); for the short form of one named by rule, its full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
}

/// A piece of text an event points at: a person, organization, role, time,
/// trigger word or the evidence sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Argument {
    /// The text as written in the original.
    pub text: String,
    /// Where it is in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// For an organization, as for [`Entity::canonical`]; for a pronoun
    /// standing for the person, the name of whom it refers to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
}

/// Whether a person leaves or joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EventType {
    /// The person leaves an organization or gives up a role.
    Departure,
    /// The person starts at an organization or takes a role.
    Join,
}

/// How sure the text is of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Status {
    /// Nothing marks it: the text states it.
    Stated,
    /// Confirmed or announced (据…确认, 宣布, 官宣).
    Confirmed,
    /// Reported by others (被曝, 有消息称, 据悉).
    Reported,
    /// Denied (否认, 辟谣).
    Denied,
    /// Not yet happened (将, 拟, 即将).
    Planned,
}

/// One departure or join, as one sentence reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// Departure or join.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// The person as written; a description (高管) or pronoun (他) when the
    /// text gives no name. For a sentence that drops its subject, the person
    /// named in an earlier one (`林晓峰生于杭州。2015年加入星河科技。`); `None`
    /// when no one is (`去年离开星河科技后…`): such an event always names
    /// its organization, and makes no [`Movement`].
    pub person: Option<Argument>,
    /// The organization left or joined, the most specific one named.
    pub org: Option<Argument>,
    /// The role left or taken.
    pub role: Option<Argument>,
    /// When, as written (今年8月, 近日).
    pub time: Option<Argument>,
    /// The cue word (离职, 加入, 转投).
    pub trigger: Argument,
    /// How sure the text is.
    pub status: Status,
    /// The sentence, as evidence.
    pub sentence: Argument,
}

/// One side of a movement: where the person was or went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    /// The organization.
    pub org: Option<Argument>,
    /// The role there.
    pub role: Option<Argument>,
    /// When the person left or joined.
    pub time: Option<Argument>,
}

/// A person's move, merged across the article: from one post to another
/// (`from` or `to` is `None` when the article names only one side).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Movement {
    /// The person, as first written.
    pub person: String,
    /// The post left.
    pub from: Option<Post>,
    /// The post taken.
    pub to: Option<Post>,
    /// How sure the article is, from the surest of its events.
    pub status: Status,
    /// Indices into [`Extraction::events`] of the events merged here.
    pub events: Vec<usize>,
}
