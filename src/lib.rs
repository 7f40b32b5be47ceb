//! # renshi (人事)
//!
//! Reads Chinese news and says who left which organization and who joined
//! which, in what role and when.
//!
//! ```
//! use renshi::{EventType, Extractor, Status};
//!
//! let extractor = Extractor::new();
//! let text = "2021年5月，字节跳动创始人张一鸣宣布将卸任CEO。";
//! let extraction = extractor.extract(text);
//!
//! let departure = &extraction.events[0];
//! assert_eq!(departure.kind, EventType::Departure);
//! let person = departure.person.as_ref().expect("the sentence names who");
//! assert_eq!(person.text, "张一鸣");
//! assert_eq!(departure.org.as_ref().map(|o| o.text.as_str()), Some("字节跳动"));
//! assert_eq!(departure.role.as_ref().map(|r| r.text.as_str()), Some("CEO"));
//! assert_eq!(departure.time.as_ref().map(|t| t.text.as_str()), Some("2021年5月"));
//! assert_eq!(departure.status, Status::Planned);
//! assert_eq!(&text[person.span.range()], "张一鸣");
//! ```
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! text ─► normalize ─► sentences ─► segments ─► mentions ─► events ─► records
//! ```
//!
//! Every offset in the output is a byte offset into the text you passed,
//! whatever normalization did (full-width forms, traditional characters,
//! spaces).
#![deny(missing_docs)]

mod dict;
mod entity;
mod error;
mod event;
mod extractor;
mod merge;
mod normalize;
mod person;
mod record;
mod segment;
mod sentence;
mod span;

pub use dict::Dictionary;
pub use error::{Error, ErrorKind, Result};
pub use extractor::{Coverage, Extractor, ExtractorBuilder};
pub use record::{Argument, Entity, EntityKind, Event, EventType, Extraction, Movement, Post, Status};
pub use span::Span;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
