//! Rule-based extractors, one module per fact kind, each with its rules and its
//! corpus of positive and negative examples side by side (`<kind>/mod.rs`,
//! `<kind>/corpus.txt`).
//!
//! An extractor is a function from a [`Context`] (the body, its segments and the
//! page's metadata) to facts; [`EXTRACTORS`] is the one registry list. Overlaps
//! between kinds and duplicates are settled afterwards, in one place:
//! [`crate::resolve`].

pub mod fact;
pub mod lexicon;
pub mod memo;

pub mod age;
pub mod agency;
pub mod count;
pub mod date;
pub mod date_range;
pub mod duration;
pub mod jurisdiction;
pub mod law;
pub mod money;
pub mod operation;
pub mod person;
pub mod quote;
pub mod seizure;
pub mod statute;

use crate::clean::Meta;
use crate::segment::Segments;
use crate::span::Span;
use fact::{Fact, Kind, PartialDate, Value};

/// What an extractor sees.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The cleaned body; every span indexes it.
    pub body: &'a str,
    /// Its title, sections, blocks and sentences.
    pub segments: &'a Segments,
    /// Page metadata (publication date for relative dates).
    pub meta: &'a Meta,
    /// The people named in the body, found once per document for the extractors
    /// that need them (`person` and `quote`).
    people: std::cell::OnceCell<Vec<person::Found>>,
    /// The article's time frame, built once for `date` and `date_range`.
    timeline: std::cell::OnceCell<date::timeline::Timeline>,
    /// The body's quotations, found once for `quote` and `jurisdiction`.
    quotations: std::cell::OnceCell<Vec<quote::Quoted>>,
    /// The laws the body names, found once for `law` and `statute`.
    laws: std::cell::OnceCell<Vec<law::Mention>>,
    /// Every place the body names, found once for `money` and `agency`.
    places: std::cell::OnceCell<Vec<&'static str>>,
    /// The place the story is filed from, found once for `jurisdiction` and `money`.
    dateline: std::cell::OnceCell<Option<(Span, &'static str)>>,
    /// Which rules can match in which sentence (see [`lexicon::rule`]); current on
    /// this thread while the context lives.
    _anchors: lexicon::rule::Scope,
}

impl<'a> Context<'a> {
    /// The context of one cleaned, segmented document.
    pub fn new(body: &'a str, segments: &'a Segments, meta: &'a Meta) -> Self {
        let boundaries = segments
            .blocks
            .iter()
            .map(|b| b.span.start)
            .chain(segments.sentences.iter().map(|s| s.span.start));
        Context {
            body,
            segments,
            meta,
            people: std::cell::OnceCell::new(),
            timeline: std::cell::OnceCell::new(),
            quotations: std::cell::OnceCell::new(),
            laws: std::cell::OnceCell::new(),
            places: std::cell::OnceCell::new(),
            dateline: std::cell::OnceCell::new(),
            _anchors: lexicon::rule::enter(body, boundaries),
        }
    }

    /// Makes this document's anchor index the one gate checks on this thread read
    /// (the last context made is current already): for running one extractor over
    /// several documents' contexts in turn.
    pub fn make_current(&self) {
        self._anchors.make_current();
    }

    /// The article's time frame (built on first use).
    pub fn timeline(&self) -> &date::timeline::Timeline {
        self.timeline
            .get_or_init(|| date::timeline::Timeline::new(self))
    }

    /// The body's quotations (found on first use).
    pub fn quotations(&self) -> &[quote::Quoted] {
        self.quotations.get_or_init(|| quote::quotations(self.body))
    }

    /// The laws the body names, in order (found on first use).
    pub fn laws(&self) -> &[law::Mention] {
        self.laws.get_or_init(|| law::find(self.body))
    }

    /// Every country or territory the body names, by name, demonym, city or region:
    /// sorted, each once (found on first use).
    pub fn named_places(&self) -> &[&'static str] {
        self.places.get_or_init(|| {
            let mut all: Vec<&'static str> = lexicon::countries::find(self.body)
                .iter()
                .chain(&lexicon::countries::find_within(self.body))
                .map(|f| f.name)
                .collect();
            all.sort_unstable();
            all.dedup();
            all
        })
    }

    /// The place the story is filed from ("SINGAPORE —", "TULSA, Okla. –") and its
    /// span, when one of the first lines opens with a dateline (found on first use).
    pub fn dateline(&self) -> Option<(Span, &'static str)> {
        *self.dateline.get_or_init(|| jurisdiction::dateline(self))
    }

    /// The people found in the body (computed on first use).
    fn people(&self) -> &[person::Found] {
        self.people.get_or_init(|| person::find(self))
    }

    /// Every sentence with its span.
    pub fn sentences(&self) -> impl Iterator<Item = (Span, &'a str)> + 'a {
        let body = self.body;
        self.segments
            .sentences
            .iter()
            .map(move |s| (s.span, s.span.slice(body)))
    }

    /// The body line (block) that holds byte `at`, found by binary search — use it
    /// rather than scanning `body[..at]` backwards for a newline, which costs the whole
    /// line per call on a page with no line breaks.
    pub fn line_at(&self, at: usize) -> Span {
        let blocks = &self.segments.blocks;
        let i = blocks.partition_point(|b| b.span.start <= at);
        i.checked_sub(1)
            .map(|i| blocks[i].span)
            .filter(|s| at <= s.end)
            .unwrap_or(Span::new(at, at))
    }

    /// The publication date, when known.
    pub fn published(&self) -> Option<PartialDate> {
        self.meta.published
    }

    /// A fact at `span` of the body.
    pub fn fact(&self, value: Value, span: Span, rule: &'static str) -> Fact {
        Fact::new(value, span, self.body, rule)
    }
}

/// An extractor: appends the facts it finds.
pub type ExtractFn = fn(&Context<'_>, &mut Vec<Fact>);

/// Every extractor, in the order they run.
pub const EXTRACTORS: &[(Kind, ExtractFn)] = &[
    (Kind::Count, count::extract),
    (Kind::Age, age::extract),
    (Kind::Date, date::extract),
    (Kind::DateRange, date_range::extract),
    (Kind::Duration, duration::extract),
    (Kind::Statute, statute::extract),
    (Kind::Law, law::extract),
    (Kind::Money, money::extract),
    (Kind::Seizure, seizure::extract),
    (Kind::Agency, agency::extract),
    (Kind::Operation, operation::extract),
    (Kind::Jurisdiction, jurisdiction::extract),
    (Kind::Person, person::extract),
    (Kind::Quote, quote::extract),
];

/// Each kind's example corpus (see `tests/corpus.rs` for the format).
#[doc(hidden)]
pub const CORPORA: &[(Kind, &str)] = &[
    (Kind::Count, include_str!("count/corpus.txt")),
    (Kind::Age, include_str!("age/corpus.txt")),
    (Kind::Date, include_str!("date/corpus.txt")),
    (Kind::DateRange, include_str!("date_range/corpus.txt")),
    (Kind::Duration, include_str!("duration/corpus.txt")),
    (Kind::Statute, include_str!("statute/corpus.txt")),
    (Kind::Law, include_str!("law/corpus.txt")),
    (Kind::Money, include_str!("money/corpus.txt")),
    (Kind::Seizure, include_str!("seizure/corpus.txt")),
    (Kind::Agency, include_str!("agency/corpus.txt")),
    (Kind::Operation, include_str!("operation/corpus.txt")),
    (Kind::Jurisdiction, include_str!("jurisdiction/corpus.txt")),
    (Kind::Person, include_str!("person/corpus.txt")),
    (Kind::Quote, include_str!("quote/corpus.txt")),
];

/// Run every extractor over the context.
pub fn extract_all(ctx: &Context<'_>) -> Vec<Fact> {
    let mut facts = Vec::new();
    for (_, f) in EXTRACTORS {
        f(ctx, &mut facts);
    }
    facts
}
