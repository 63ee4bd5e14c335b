//! Body → structure: title, headings and the sections they open (each mapped to the
//! jurisdictions its heading names), paragraphs, list items and sentences.
//!
//! Segments hold spans only; the text stays in `body`.

use crate::clean::{is_list_item, is_prose};
use crate::extract::lexicon::countries;
use crate::extract::lexicon::words::WordList;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// What a block of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A subheading that opens a section.
    Heading,
    /// A paragraph.
    Paragraph,
    /// One item of a list.
    ListItem,
}

/// One line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Where.
    pub span: Span,
    /// What.
    pub kind: BlockKind,
    /// Index of the section it belongs to, if any.
    pub section: Option<usize>,
}

/// A part of the article under one heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading line.
    pub heading: Span,
    /// From the heading to the next heading (or the end of the body).
    pub span: Span,
    /// Places the heading names ("Thailand and South Korea: …" → both).
    pub jurisdictions: Vec<&'static str>,
}

/// One sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where.
    pub span: Span,
    /// Index of its block.
    pub block: usize,
}

/// The structure of a body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    /// Every non-empty line, in order.
    pub blocks: Vec<Block>,
    /// Sections opened by headings.
    pub sections: Vec<Section>,
    /// Sentences of every block, in order.
    pub sentences: Vec<Sentence>,
}

impl Segments {
    /// The section that holds byte `at`, if any.
    pub fn section_at(&self, at: usize) -> Option<&Section> {
        let i = self.sections.partition_point(|s| s.span.start <= at);
        i.checked_sub(1)
            .map(|i| &self.sections[i])
            .filter(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
    }

    /// The sentence that holds byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.start <= at);
        i.checked_sub(1)
            .map(|i| &self.sentences[i])
            .filter(|s| at < s.span.end.max(s.span.start + 1))
    }
}

/// Segment `body`; `title` is the span of the headline when cleaning found one.
pub fn segment(body: &str, title: Option<Span>) -> Segments {
    let mut seg = Segments::default();
    let lines: Vec<Span> = line_spans(body).collect();
    // Inside a list that a "…:" line opened, short lines are its items.
    let mut in_list = false;
    for (i, &span) in lines.iter().enumerate() {
        let text = span.slice(body);
        let short_item = in_list && !is_prose(text) && text.split_whitespace().nth(12).is_none();
        let kind = if Some(span) == title {
            BlockKind::Title
        } else if is_list_item(text) || short_item {
            BlockKind::ListItem
        } else if is_heading(text, lines.get(i + 1).map(|s| s.slice(body))) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        if kind == BlockKind::Heading {
            if let Some(last) = seg.sections.last_mut() {
                last.span.end = span.start;
            }
            seg.sections.push(Section {
                heading: span,
                span: Span::new(span.start, body.len()),
                jurisdictions: heading_places(text),
            });
        }
        if text.trim_end().ends_with(':') {
            in_list = true;
        } else if kind != BlockKind::ListItem {
            in_list = false;
        }
        let section = seg.sections.len().checked_sub(1);
        seg.blocks.push(Block {
            span,
            kind,
            section,
        });
    }
    for (bi, block) in seg.blocks.iter().enumerate() {
        for s in sentence_spans(block.span.slice(body)) {
            seg.sentences.push(Sentence {
                span: s.shift(block.span.start),
                block: bi,
            });
        }
    }
    seg
}

fn line_spans(body: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    body.split('\n').filter_map(move |l| {
        let start = at;
        at += l.len() + 1;
        (!l.trim().is_empty()).then(|| Span::new(start, start + l.len()))
    })
}

/// A heading: a short line without closing punctuation, followed by more text.
///
/// (Every test must hold, so they run cheapest first: most lines are paragraphs,
/// which end with a full stop, and the word counts, the next line's prose test and
/// the date search are left for the few lines that could be headings.)
fn is_heading(line: &str, next: Option<&str>) -> bool {
    // A heading opens running text.
    let Some(next) = next else { return false };
    if line.ends_with(['.', ',', ';', ':', '!', '?', '"', '”', '’', ')']) && !line.ends_with("…")
    {
        return false;
    }
    // A heading starts with a capital or a digit …
    let first = line.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    // (counted no further than a heading's longest: a paragraph stops at 17 words)
    let words = line.split_whitespace().take(17).count();
    // … is not itself running text, and opens some.
    // ("Brazil: 41 arrested" over a short sentence, "Officers detained 41 people.", is
    // a country's section all the same)
    let place_lead = || {
        next.trim_end().ends_with(['.', '!', '?'])
            && line
                .split_once(": ")
                .is_some_and(|(lead, _)| !heading_places(lead).is_empty())
    };
    // A country's name alone over a paragraph heads that country's part of a
    // round-up ("Germany", then "Officers arrested 18 men in Hamburg.").
    // (over a short sentence too, as "Brazil: 41 arrested" is)
    let lone_place = || {
        let name = line.trim();
        matches!(countries::find(name).as_slice(),
            [f] if f.how == countries::Mention::Name && f.span.start == 0 && f.span.end == name.len())
    };
    let lone = words == 1 && lone_place();
    if !((2..=16).contains(&words) || lone)
        || !(is_prose(next)
            || is_list_item(next)
            || next.ends_with(':')
            || place_lead()
            || lone && next.trim_end().ends_with(['.', '!', '?']))
    {
        return false;
    }
    // A line broken mid-sentence ("… please contact Jane Roe, at") or a dateline is not a heading.
    let last = line.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    if matches!(
        last.as_str(),
        "a" | "an"
            | "the"
            | "at"
            | "to"
            | "of"
            | "and"
            | "or"
            | "for"
            | "with"
            | "in"
            | "on"
            | "by"
            | "from"
    ) || crate::extract::lexicon::dates::contains_date(line)
    {
        return false;
    }
    // … and is mostly capitalised or has a "Place: …" lead.
    let colon_lead = line.find(": ").is_some_and(|i| i < 60);
    let caps = line
        .split_whitespace()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    colon_lead || caps * 2 >= words || words <= 6
}

/// Places named in a heading, preferring its "Place and Place:" lead.
fn heading_places(line: &str) -> Vec<&'static str> {
    let lead = match line.find(": ") {
        Some(i) => &line[..i],
        None => line,
    };
    let mut out: Vec<&'static str> = Vec::new();
    for f in countries::find_heading(lead).into_iter().filter(|f| {
        f.how == countries::Mention::Name
            && !countries::given_name(lead, f.span)
            && !origin_or_destination(&lead[..f.span.start])
    }) {
        if !out.contains(&f.name) {
            out.push(f.name);
        }
    }
    out
}

/// Whether the words before a place in a heading make it where someone came from or
/// went, not where the section's events are: "Flight to his Native Bangladesh",
/// "Fugitive from Peru", "Extradited to Spain".
fn origin_or_destination(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("").to_ascii_lowercase();
    let prev = words.next().unwrap_or("").to_ascii_lowercase();
    matches!(last.as_str(), "native" | "from" | "to")
        || matches!(prev.as_str(), "from" | "to")
            && matches!(last.as_str(), "his" | "her" | "their")
}

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: WordList = WordList::new(&[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "sgt", "lt", "gen", "col", "capt", "cpl",
    "brig", "maj", "adm", "cmdr", "pol", "pte", "cdr", "comdr", "insp", "supt", "asst", "dep",
    "usec", "asec", "det", "sen", "rep", "gov", "hon", "rev", "jr", "sr", "inc", "ltd", "co",
    "corp", "bhd", "vs", "v", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "est",
    "fig", "art", "sec", "ss", "para", "cf", "al", "mt", "ft", "gov't", "govt", "messrs", "mdm",
    "assoc", "dept", "univ", "ave", "blvd", "rd", "cr", "crim", "ch", "supp", "stat", "cal", "fla",
    "tex", "ga", "md", "va", "pa", "wash", "ore", "nev", "ariz", "colo", "conn", "del", "ill",
    "ind", "kan", "ky", "la", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "okla", "tenn",
    "wis", "wyo", "d.c", "u.s.c", "c.f.r",
    // currencies written with a point before the amount: "Rs. 455 crore", "Ksh. 2m"
    "rs", "re", "ksh", "sh", "tk",
]);

static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[.!?]+["”’')\]]*\s+["“‘(\[]?[\p{Lu}\p{N}]"#).expect("boundary regex")
});

/// Sentence spans within one block, relative to the block.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for m in BOUNDARY.find_iter(text) {
        // The end of the sentence: after the punctuation and closing quotes.
        let ws = m
            .as_str()
            .find(char::is_whitespace)
            .map(|i| m.start() + i)
            .unwrap_or(m.end());
        let before = &text[start..m.start()];
        let last_word = before
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        let lw = last_word
            .trim_start_matches(['"', '“', '('])
            .to_ascii_lowercase();
        let is_abbrev = text[m.start()..].starts_with('.')
            && (ABBREVIATIONS.contains(&lw)
                // "Ma. Teresa Cruz": the Philippines' María, as written (not the
                // surname closing "Jack Ma.")
                || last_word.trim_start_matches(['"', '“', '(']) == "Ma"
                    && !before
                        .trim_end()
                        .rsplit(char::is_whitespace)
                        .nth(1)
                        .is_some_and(|w| w.starts_with(char::is_uppercase) && !w.ends_with('.'))
                || (lw.chars().count() == 1 && lw.chars().all(char::is_alphabetic))
                || lw.contains('.')
                    && lw.len() <= 6
                    && lw.chars().all(|c| c.is_alphabetic() || c == '.'));
        if is_abbrev {
            continue;
        }
        if ws > start {
            out.push(Span::new(start, ws));
        }
        start = ws + text[ws..].len() - text[ws..].trim_start().len();
    }
    if start < text.len() {
        out.push(Span::new(start, text.trim_end().len().max(start)));
    }
    if out.iter().any(|s| s.len() > MAX_SENTENCE) {
        out = out.into_iter().flat_map(|s| split_long(text, s)).collect();
    }
    out
}

/// The longest sentence the extractors see, in bytes. Real sentences are far shorter;
/// a run-on "sentence" of a whole page (no full stops) is cut at clause boundaries, so
/// no rule that looks around a match within its sentence can cost more than this.
pub const MAX_SENTENCE: usize = 1_500;

/// Cut an overlong sentence at the last "; ", ", " or space before the limit.
fn split_long(text: &str, s: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = s.start;
    while s.end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .rfind("; ")
            .or_else(|| window.rfind(", "))
            .map(|i| i + 1)
            .filter(|&i| i > MAX_SENTENCE / 3)
            .or_else(|| window.rfind(' ').filter(|&i| i > 0))
            .map_or(limit, |i| start + i);
        let cut = if cut <= start { limit } else { cut };
        out.push(Span::new(start, cut));
        start = cut + text[cut..s.end].len() - text[cut..s.end].trim_start().len();
    }
    if start < s.end {
        out.push(Span::new(start, s.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &str) -> Vec<&str> {
        sentence_spans(t).into_iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn a_heading_place_someone_came_from_or_went_to_is_not_the_sections() {
        assert_eq!(
            heading_places("Thailand: 12 arrested in Bangkok raid"),
            ["Thailand"]
        );
        assert_eq!(
            heading_places("Raids in Vietnam net 30 suspects"),
            ["Vietnam"]
        );
        assert!(heading_places("Caught Boarding a Flight to his Native Bangladesh").is_empty());
        assert!(heading_places("Fugitive Extradited from Peru").is_empty());
    }

    #[test]
    fn abbreviation_aware() {
        assert_eq!(
            sentences("Mr. Tan met Dr. Lee in the U.S. on Monday. No. 5 was seized. It ended."),
            [
                "Mr. Tan met Dr. Lee in the U.S. on Monday.",
                "No. 5 was seized.",
                "It ended."
            ]
        );
        assert_eq!(
            sentences("He said: \"It is over.\" Then he left."),
            ["He said: \"It is over.\"", "Then he left."]
        );
        // "Ma." (María) before a name; the surname Ma ends a sentence
        assert_eq!(
            sentences("Police held Ma. Teresa Cruz. It was founded by Jack Ma. Police said so."),
            [
                "Police held Ma. Teresa Cruz.",
                "It was founded by Jack Ma.",
                "Police said so."
            ]
        );
        // Philippine offices: Undersecretary, Assistant Secretary
        assert_eq!(
            sentences("Usec. Gilberto Cruz and Asec. Ana Reyes led it. Police agreed."),
            [
                "Usec. Gilberto Cruz and Asec. Ana Reyes led it.",
                "Police agreed."
            ]
        );
        assert_eq!(
            sentences("Datuk Seri Ayob Khan spoke. Police agreed."),
            ["Datuk Seri Ayob Khan spoke.", "Police agreed."]
        );
    }

    #[test]
    fn run_on_sentences_are_cut_at_clauses() {
        let t = "police arrested 12 men, ".repeat(400);
        let spans = sentence_spans(&t);
        assert!(spans.len() > 1);
        assert!(spans
            .iter()
            .all(|s| s.len() <= MAX_SENTENCE && !s.is_empty()));
        assert_eq!(spans[0].start, 0);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn sections_map_to_jurisdictions() {
        let body = "Title line\n\nIntro paragraph.\n\nSingapore: 21 arrested for offences\n\nIn Singapore, men were held.\n\nThailand and South Korea: Participation confirmed\n\nBoth countries took part in the operation.";
        let seg = segment(body, Some(Span::new(0, 10)));
        assert_eq!(seg.sections.len(), 2);
        assert_eq!(seg.sections[0].jurisdictions, ["Singapore"]);
        assert_eq!(seg.sections[1].jurisdictions, ["Thailand", "South Korea"]);
        let at = body.find("men were").unwrap();
        assert_eq!(seg.section_at(at).unwrap().jurisdictions, ["Singapore"]);
        assert!(seg.section_at(body.find("Intro").unwrap()).is_none());
        assert_eq!(seg.blocks[0].kind, BlockKind::Title);
    }

    #[test]
    fn a_country_alone_over_a_paragraph_heads_a_section() {
        let body = "Title line\n\nPolice in 19 countries made arrests.\n\nGermany\n\nOfficers arrested 18 men in Hamburg.\n\nRomania\n\nOfficers held 22 people.\n\nMore\n\nOther news follows here today.";
        let seg = segment(body, Some(Span::new(0, 10)));
        let places: Vec<&[&str]> = seg
            .sections
            .iter()
            .map(|s| s.jurisdictions.as_slice())
            .collect();
        assert_eq!(places, [["Germany"], ["Romania"]]);
        let at = body.find("22 people").unwrap();
        assert_eq!(seg.section_at(at).unwrap().jurisdictions, ["Romania"]);
        // (nor is a lone word that names no country a heading)
        assert!(seg
            .blocks
            .iter()
            .all(|b| b.span.slice(body) != "More" || b.kind == BlockKind::Paragraph));
    }

    #[test]
    fn sentence_lookup() {
        let body = "One two. Three four.";
        let seg = segment(body, None);
        assert_eq!(seg.sentence_at(10).unwrap().span.slice(body), "Three four.");
    }
}
