//! `operation` facts: the code names of enforcement operations.
//!
//! | text | name |
//! |---|---|
//! | "seven arrested under Operation Hurdle" | `Operation Hurdle` |
//! | "codenamed Operation KESTREL IV" | `Operation KESTREL IV` |
//! | "a sting dubbed \"NightNet\"" | `NightNet` |
//!
//! Rules:
//! - **operation-name**: "Operation" followed by capitalised words (all caps, mixed
//!   case and Roman numerals allowed). "the operation", "Operations Manager" and
//!   "Operation Centre" are not names.
//! - **dubbed-name**: an operation word ("operation", "sting", "crackdown", …) shortly
//!   before "dubbed", "codenamed", "named", "called" or "known as", then a capitalised
//!   name, quoted or not.
//!
//! A name found in a headline or heading, where every word is capitalised, is cut back
//! to the same name found in running text ("Operation Lantern Nets 7" → "Operation
//! Lantern" when the body says "Operation Lantern").

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::{Literals, Rule};
use crate::extract::Context;
use crate::segment::BlockKind;
use crate::span::Span;
use std::sync::LazyLock;

/// "Operation" (or Malaysian police's "Ops") and the capitalised words of its name.
static OPERATION_NAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        \b(?P<prefix>Operation|Ops)
        (?P<words>
            (?:\x20+[A-Z0-9][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+|\.[0-9]+)*)+   # Hurdle, KESTREL IV, Endgame 2.0
        )",
    )
    .expect("operation-name compiles")
});

/// An operation word, then a naming verb, then the name (quoted or bare).
static DUBBED_NAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r#"(?xi)
        \b(?:operation|sting|crackdown|action|swoop|blitz|raid|investigation|probe|campaign|exercise|takedown)s?
        \x20*,?\x20*                                     # "the operation, which was dubbed"
        (?:(?:which|that)\x20+(?:was|is|has\x20+been|had\x20+been)\x20+)?
        (?:dubbed|codenamed|code-named|code\x20named|named|called|known\x20as)\x20+
        ["'“‘]?
        (?P<name>
            (?-i:[A-Z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*)
            (?:\x20+(?-i:[A-Z0-9][A-Za-z0-9]*))*
        )
        ["'”’]?"#,
    )
    .expect("dubbed-name compiles")
});

/// First words that make "Operation X" an office or a room, not a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "Centre", "Center", "Room", "Manager", "Managers", "Director", "Officer", "Officers", "Head", "Chief",
    "Commander", "Team", "Unit", "Division", "Command", "Department", "Section", "Group", "Force", "Forces",
    "The", "A", "An", "In", "On", "At", "By", "For", "Of", "And", "Is", "Was",
];

/// Title-case verbs and nouns of headlines that follow a name, never part of it.
#[rustfmt::skip]
const HEADLINE_VERBS: &[&str] = &[
    "Nets", "Net", "Results", "Result", "Recovers", "Recovered", "Began", "Begins", "Begin", "Ends", "Ended",
    "Spanned", "Spans", "Identifies", "Identified", "Targeting", "Targets", "Targeted", "Leads", "Led", "Yields",
    "Yielded", "Snares", "Nabs", "Busts", "Arrests", "Arrested", "Charges", "Charged", "Seizes", "Seized",
    "Rescues", "Rescued", "Finds", "Found", "Uncovers", "Dismantles", "Disrupts", "Takes", "Took", "Lands",
    "Sees", "Saw", "Hits", "Continues", "Concludes", "Concluded", "Launches", "Launched", "Underway",
    "Update", "Updates", "Success", "Successful", "Nabbed", "Netted", "Catches", "Caught", "Shuts", "Closes",
    "Removes", "Yields", "Brings", "Resulted", "Results", "Involving", "Involved", "Aimed", "Against", "With",
    "To", "From", "In", "On", "At", "By", "For", "Of", "And", "Or", "Is", "Was", "Are", "Were", "Has", "Have",
    "Will",
];

/// Append the `operation` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let mut found: Vec<(Span, String, bool)> = Vec::new();
    for sentence in &ctx.segments.sentences {
        let s = sentence.span;
        let text = s.slice(ctx.body);
        let title_case = ctx
            .segments
            .blocks
            .get(sentence.block)
            .is_some_and(|b| matches!(b.kind, BlockKind::Title | BlockKind::Heading));
        if NAME_LEADS.any_in(text) {
            for c in OPERATION_NAME.captures_iter(text) {
                let (Some(all), Some(prefix), Some(words)) =
                    (c.get(0), c.name("prefix"), c.name("words"))
                else {
                    continue;
                };
                let Some(name) = clean_words(words.as_str()) else {
                    continue;
                };
                let lead = words.as_str().len() - words.as_str().trim_start().len();
                let end = words.start() + lead + name.len();
                let span = Span::new(s.start + all.start(), s.start + end.min(all.end()));
                found.push((span, format!("{} {name}", prefix.as_str()), title_case));
            }
        }
        if !OPERATION_ANY_CASE.any_in(text) && !has_naming_verb(text) {
            continue;
        }
        for c in DUBBED_NAME.captures_iter(text) {
            let Some(m) = c.name("name") else { continue };
            if m.as_str().starts_with("Operation") {
                continue; // the first rule has it
            }
            let Some(name) = clean_words(m.as_str()) else {
                continue;
            };
            let span = Span::new(s.start + m.start(), s.start + m.start() + name.len());
            found.push((span, name.to_string(), title_case));
        }
    }
    // Headline forms cut back to a running-text name they start with.
    let body_names: Vec<String> = found.iter().filter(|f| !f.2).map(|f| f.1.clone()).collect();
    for (span, name, title_case) in found {
        let mut name = name;
        let mut span = span;
        if title_case {
            let best = body_names
                .iter()
                .filter(|b| {
                    name.len() > b.len()
                        && name.starts_with(b.as_str())
                        && name[b.len()..].starts_with(' ')
                })
                .max_by_key(|b| b.len());
            if let Some(b) = best {
                span = Span::new(span.start, span.start + b.len().min(span.len()));
                name = b.clone();
            } else if name.split(' ').nth(1).is_some_and(|w| {
                w.len() > 4 && w.ends_with("ed") && w[1..].chars().all(|c| c.is_ascii_lowercase())
            }) && !body_names.contains(&name)
            {
                // "Operation Distributed 2 Million Doses": a headline's verb, not a name.
                continue;
            }
        }
        let rule = if name.starts_with("Operation ") || name.starts_with("Ops ") {
            "operation-name"
        } else {
            "dubbed-name"
        };
        out.push(ctx.fact(Value::Operation { name }, span, rule));
    }
}

/// The leads [`OPERATION_NAME`] needs, as written: the sentences it reads. (Asked of
/// every sentence: a search through the anchor index, where a substring search per
/// lead read every sentence.)
static NAME_LEADS: LazyLock<Literals> = LazyLock::new(|| Literals::new(&["Operation", "Ops "]));

/// "operation" in any case: with a naming verb, the sentences [`DUBBED_NAME`] reads
/// (without a lower-cased copy of each).
static OPERATION_ANY_CASE: LazyLock<Literals> =
    LazyLock::new(|| Literals::ascii_case_insensitive(&["operation"]));

fn has_naming_verb(text: &str) -> bool {
    static NAMING_VERBS: LazyLock<Literals> =
        LazyLock::new(|| Literals::new(&["dubbed", "named", "called", "known as"]));
    NAMING_VERBS.any_in(text)
}

/// The name's words without a trailing possessive; `None` when it is not a name.
fn clean_words(words: &str) -> Option<&str> {
    let w = words.trim();
    let first = w.split(' ').next()?;
    if NOT_NAMES.contains(&first) || HEADLINE_VERBS.contains(&first) {
        return None;
    }
    // A headline's verb ends the name: "Operation Lantern Nets 41 Arrests".
    let mut end = w.len();
    for word in w.split(' ').skip(1) {
        let at = word.as_ptr() as usize - w.as_ptr() as usize;
        if HEADLINE_VERBS.contains(&word) || NOT_NAMES.contains(&word) {
            end = at;
            break;
        }
    }
    let w = w[..end].trim_end();
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    let w = w.trim_end_matches(['\'', '’']);
    (!w.is_empty()).then_some(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_compile() {
        for re in [&OPERATION_NAME, &DUBBED_NAME] {
            LazyLock::force(re);
        }
    }
}
