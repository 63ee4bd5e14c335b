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
//!   case and Roman numerals allowed; a word clipped with an apostrophe, as in
//!   "Operation Smokin’ Aces", stays inside). "the operation", "Operations Manager" and
//!   "Operation Centre" are not names. A run of capitals after a word in mixed case
//!   is a dateline, not the name's ("Operation K-Fraud SANTA ANA – …").
//! - **dubbed-name**: an operation word ("operation", "sting", "crackdown", …) shortly
//!   before "dubbed", "codenamed", "named", "called" or "known as", then a capitalised
//!   name, quoted or not; and a "Project X" that a verb launches or names ("The RCMP
//!   launched Project Coyote").
//!
//! A name found in a headline, a heading or any line in title case, where every word
//! is capitalised, is cut back to the same name found in running text ("Operation
//! Lantern Nets 7" → "Operation Lantern" when the body says "Operation Lantern"); there
//! a verb or adverb form after "Operation" ("Fraud Operation Exploiting …", "Operation
//! Allegedly Took …") is the headline's, not a name, unless running text names it.

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::{Literals, Rule};
use crate::extract::Context;
use crate::segment::BlockKind;
use crate::span::Span;
use std::sync::LazyLock;

/// "Operation" (or Malaysian police's "Ops" and "Op", Philippine police's "Oplan";
/// Portuguese, Spanish, Italian, French and Indonesian "Operação", "Operación",
/// "Operazione", "Opération", "Operasi"; New South Wales police's "Strike Force") and
/// the capitalised words of its name.
static OPERATION_NAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b(?P<prefix>{prefixes})
        (?P<words>
            (?:\x20+[\p{{Lu}}0-9][\p{{L}}\p{{M}}0-9]*(?:[-'’][\p{{L}}\p{{M}}0-9]+|\.[0-9]+)*['’]?)+   # Hurdle, KESTREL IV, Endgame 2.0, Smokin’ Aces, Kōwhai
        )",
        prefixes = prefix_alternation(),
    ))
    .expect("operation-name compiles")
});

/// [`NAME_PREFIXES`] as one alternation for a verbose pattern (spaces inside a
/// prefix written out).
fn prefix_alternation() -> String {
    NAME_PREFIXES
        .iter()
        .map(|p| p.trim_end().replace(' ', r"\x20"))
        .collect::<Vec<_>>()
        .join("|")
}

/// An operation word, then a naming verb, then the name (quoted or bare); or the
/// verb first and the name in quotes: "Police dubbed the operation 'Eagle Eye'".
static DUBBED_NAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r#"(?xi)
        (?:
            \b(?:operation|sting|crackdown|action|swoop|blitz|raid|investigation|probe|campaign|exercise|takedown)s?
            \x20*,?\x20*                                     # "the operation, which was dubbed"
            (?:(?:which|that)\x20+(?:was|is|has\x20+been|had\x20+been)\x20+)?
            (?:dubbed|codenamed|code-named|code\x20named|named|called|known\x20as)\x20+
            ["'“‘]?
          | \b(?:dubbed|codenamed|code-named|named|called)\x20+(?:the|their|its|this)\x20+
            (?:operation|sting|crackdown|swoop|investigation|probe|campaign|takedown)\x20+
            ["'“‘]
        )
        (?P<name>
            (?-i:\p{Lu}[\p{L}\p{M}0-9]*(?:[-'’][\p{L}\p{M}0-9]+)*)
            (?:\x20+(?-i:[\p{Lu}0-9][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*))*   # Project E-Heartland
        )
        ["'”’]?"#,
    )
    .expect("dubbed-name compiles")
});

/// A Canadian-style "Project X" as the object of a verb that starts or names it: "The
/// RCMP launched Project Coyote". Not after "part of" or "under": "Project Safe
/// Childhood", a standing programme, closes many American releases that way.
static PROJECT_NAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        \b(?:launched|initiated|began|started|dubbed|codenamed|code-named|named|called)\x20+
        (?P<name> Project (?:\x20+[\p{Lu}0-9][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*)+ )",
    )
    .expect("project-name compiles")
});

/// Any "Project X": an operation's name in Canadian news (the RCMP, the OPP and
/// city forces name nearly every operation so), or where an operation noun shares
/// its sentence ("Project Maverick, an annual operation involving 27 police
/// services"); elsewhere a company's, a charity's or a programme's.
static PROJECT_ANY: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        \b(?P<name> Project (?:\x20+[\p{Lu}0-9][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*)+ )",
    )
    .expect("project-any compiles")
});

/// Operation nouns that make a "Project X" in their sentence an operation.
static OPERATION_NOUN: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:operations?|investigations?|probes?|stings?|crackdowns?|takedowns?|blitz)\b",
    )
    .expect("operation-noun compiles")
});

/// A name in quotes right after "Operation" (or another prefix): 'Operation "Black
/// Tulip"', "Operation ‘Pangea XVI’". The name opens with a capital or a digit; its
/// other words may be the lower-case joining words of European names ("Guardiões da
/// Infância").
static QUOTED_NAME: LazyLock<Rule> = LazyLock::new(|| {
    let word = r"[\p{Lu}0-9][\p{L}\p{M}0-9]*(?:[-.'’][\p{L}\p{M}0-9]+)*";
    let joining = r"(?:of|the|and|da|de|do|dos|das|del|la|le|di|du|van|von|der|für)";
    crate::extract::lexicon::regex(&format!(
        r#"(?x)
        \b(?P<prefix>{prefixes}) \x20+
        (?P<open>["“‘'])
        (?P<name> {word} (?:\x20+(?:{word}|{joining})){{0,5}} )
        (?P<close>["”’'])"#,
        prefixes = prefix_alternation(),
    ))
    .expect("quoted-name compiles")
});

/// "Operation Global Chain / Liberterra II": a second name after a slash goes on
/// with "Operation" ("Operation Pangea XVI/Operation Lionfish" the main rule reads).
static SLASH_NAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^\x20*/\x20*
        (?P<name>[\p{Lu}][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*
            (?:\x20+[\p{Lu}0-9][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*)*)",
    )
    .expect("slash-name compiles")
});

/// "Operations Liberterra and Turquesa III", "Operations Lionfish, Pangea and
/// Trigger": the plural names each operation of the list.
static PLURAL_NAMES: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        \bOperations\x20+
        (?P<list>
            NAME (?:,\x20+NAME)* ,?\x20+and\x20+NAME
        )"
        .replace(
            "NAME",
            r"[\p{Lu}][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*(?:\x20+[\p{Lu}0-9][\p{L}\p{M}0-9]*(?:-[\p{L}\p{M}0-9]+)*)*",
        )
        .as_str(),
    )
    .expect("plural-names compiles")
});

/// The United States' standing national programmes, launched once and named in
/// releases ever since: no operation.
const PROGRAMMES: &[&str] = &[
    "Project Safe Childhood",
    "Project Safe Neighborhoods",
    "Project Safe Neighborhood",
];

/// First words that make "Operation X" an office or a room, not a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "Centre", "Center", "Room", "Manager", "Managers", "Director", "Officer", "Officers", "Head", "Chief",
    "Commander", "Team", "Unit", "Division", "Command", "Department", "Section", "Group", "Force", "Forces",
    "Coordinator", "Lead", "Leader", "Assistant", "Specialist", "Supervisor",
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
        let heading = ctx
            .segments
            .blocks
            .get(sentence.block)
            .is_some_and(|b| matches!(b.kind, BlockKind::Title | BlockKind::Heading));
        let leads = NAME_LEADS.any_in(text);
        let title_case = heading || (leads && in_title_case(text));
        if leads {
            for c in OPERATION_NAME.captures_iter(text) {
                let (Some(all), Some(prefix), Some(words)) =
                    (c.get(0), c.name("prefix"), c.name("words"))
                else {
                    continue;
                };
                // "Co-Op Board", "an Op Ed": no operation
                let short = prefix.as_str() == "Op";
                if short
                    && (text[..prefix.start()].ends_with('-')
                        || words.as_str().split_whitespace().next() == Some("Ed"))
                {
                    continue;
                }
                let quoted = text[..prefix.start()].ends_with(['\'', '‘']);
                // “Operation We Will Find You”: between double quotes the whole name,
                // headline verbs and all.
                let whole = text[..prefix.start()].ends_with(['"', '“'])
                    && text[all.end()..].starts_with(['"', '”']);
                let name = if whole {
                    clean_words(words.as_str(), quoted).map(|_| words.as_str().trim())
                } else {
                    clean_words(words.as_str(), quoted)
                };
                let Some(name) = name else {
                    continue;
                };
                let lead = words.as_str().len() - words.as_str().trim_start().len();
                let end = words.start() + lead + name.len();
                let span = Span::new(s.start + all.start(), s.start + end.min(all.end()));
                found.push((span, format!("{} {name}", prefix.as_str()), title_case));
                // "Operation Global Chain / Liberterra II": the second name.
                if let Some(m) = SLASH_NAME
                    .captures(&text[all.end()..])
                    .and_then(|c| c.name("name"))
                {
                    if let Some(second) =
                        clean_words(m.as_str(), false).filter(|w| !w.starts_with(prefix.as_str()))
                    {
                        let at = all.end() + m.start();
                        let span = Span::new(s.start + at, s.start + at + second.len());
                        found.push((span, format!("{} {second}", prefix.as_str()), title_case));
                    }
                }
            }
            for c in QUOTED_NAME.captures_iter(text) {
                let (Some(all), Some(prefix), Some(name), Some(open), Some(close)) = (
                    c.get(0),
                    c.name("prefix"),
                    c.name("name"),
                    c.name("open"),
                    c.name("close"),
                ) else {
                    continue;
                };
                // the quotes pair up: "…" “…” ‘…’ '…' (a closing ’ also ends a '…')
                let paired = matches!(
                    (open.as_str(), close.as_str()),
                    ("\"", "\"") | ("“", "”") | ("‘", "’") | ("'", "'" | "’")
                );
                let first = name.as_str().split(' ').next().unwrap_or_default();
                if !paired || NOT_NAMES.contains(&first) {
                    continue;
                }
                let span = Span::new(s.start + all.start(), s.start + all.end());
                found.push((
                    span,
                    format!("{} {}", prefix.as_str(), name.as_str()),
                    title_case,
                ));
            }
            for c in PLURAL_NAMES.captures_iter(text) {
                let Some(list) = c.name("list") else { continue };
                let l = list.as_str();
                let mut at = 0;
                for part in l.split([',']).flat_map(|p| p.split(" and ")) {
                    let here = list.start() + l[at..].find(part).map_or(at, |i| at + i);
                    at = here - list.start() + part.len();
                    let Some(name) = clean_words(part, false) else {
                        continue;
                    };
                    let lead = part.len() - part.trim_start().len();
                    let start = s.start + here + lead;
                    let span = Span::new(start, start + name.len());
                    found.push((span, format!("Operation {name}"), title_case));
                }
            }
        }
        // Each "Project X" a rule finds, unless it is a programme's name.
        let mut projects = |rule: &Rule| {
            for c in rule.captures_iter(text) {
                let Some(m) = c.name("name") else { continue };
                let Some(name) = clean_words(m.as_str(), false)
                    .filter(|n| n.contains(' ') && !PROGRAMMES.contains(n))
                else {
                    continue;
                };
                let span = Span::new(s.start + m.start(), s.start + m.start() + name.len());
                found.push((span, name.to_string(), title_case));
            }
        };
        // "Project Maverick, an annual operation …"; any "Project X" in Canadian news.
        if text.contains("Project ")
            && (ctx.named_places().contains(&"Canada") || OPERATION_NOUN.is_match(text))
        {
            projects(&PROJECT_ANY);
        }
        // (the rule runs only where the anchor index has "project")
        projects(&PROJECT_NAME);
        if !OPERATION_ANY_CASE.any_in(text) && !has_naming_verb(text) {
            continue;
        }
        for c in DUBBED_NAME.captures_iter(text) {
            let Some(m) = c.name("name") else { continue };
            if m.as_str().starts_with("Operation") {
                continue; // the first rule has it
            }
            // between quotes the whole name, headline verbs and all ('Silver Net')
            let whole = text[..m.start()].ends_with(['"', '\'', '“', '‘'])
                && text[m.end()..].starts_with(['"', '\'', '”', '’']);
            let Some(name) = clean_words(m.as_str(), false) else {
                continue;
            };
            let name = if whole { m.as_str().trim() } else { name };
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
            } else if name.split(' ').nth(1).is_some_and(headline_verb_form)
                && !body_names.contains(&name)
            {
                // "Operation Distributed 2 Million Doses": a headline's verb, not a name.
                continue;
            }
        }
        let rule = if NAME_PREFIXES.iter().any(|p| name.starts_with(p)) {
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
static NAME_LEADS: LazyLock<Literals> = LazyLock::new(|| Literals::new(&NAME_PREFIXES));

/// Whether `w` opens an operation's name ("Operation", "Op", "Operazione" …): no
/// person's name comes after it or with it.
pub fn is_name_prefix(w: &str) -> bool {
    NAME_PREFIXES.iter().any(|p| p.trim_end() == w)
}

/// The words that open an operation's name, with the space after them ("Operation"
/// also opens "Operations", and is read without it; "Strike Force" is two words, and
/// [`is_name_prefix`], asked of one word, never matches it).
const NAME_PREFIXES: [&str; 10] = [
    "Operation",
    "Operação ",
    "Operación ",
    "Operazione ",
    "Opération ",
    "Operasi ",
    "Ops ",
    "Op ",
    "Oplan ",
    // New South Wales police name each investigation "Strike Force X".
    "Strike Force ",
];

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
/// `quoted`: the name opens after a single quote, so a word ending in one closes it
/// ("‘Operation Falcon’ Police said" is "Operation Falcon"); otherwise such a word is
/// a clipped one inside the name ("Operation Smokin’ Aces").
fn clean_words(words: &str, quoted: bool) -> Option<&str> {
    let w = words.trim();
    let first = w.split(' ').next()?;
    let first = first.trim_end_matches(['\'', '’']);
    if NOT_NAMES.contains(&first) || HEADLINE_VERBS.contains(&first) {
        return None;
    }
    let mut end = w.len();
    let mut mixed_case = false;
    for (i, word) in w.split(' ').enumerate() {
        let at = word.as_ptr() as usize - w.as_ptr() as usize;
        // A headline's verb ends the name: "Operation Lantern Nets 41 Arrests". So
        // does a run of capitals after a word in mixed case: a dateline or a place
        // in a headline ("Operation K-Fraud SANTA ANA – Seven charged").
        if i > 0
            && (HEADLINE_VERBS.contains(&word)
                || NOT_NAMES.contains(&word)
                || (mixed_case && all_caps_word(word)))
        {
            end = at;
            break;
        }
        mixed_case = word.bytes().any(|b| b.is_ascii_lowercase());
        if quoted && word.ends_with(['\'', '’']) {
            end = at + word.len();
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

/// A word of two or more capitals and nothing else that is not a Roman numeral
/// ("SANTA", "ANA"; not "IV", not "2.0").
fn all_caps_word(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !word
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// The form of a verb or an adverb in a title-case headline: "Distributed",
/// "Exploiting", "Allegedly" (a capital, then four lower-case letters or more, ending
/// in "-ed", "-ing" or "-ly").
fn headline_verb_form(word: &str) -> bool {
    let tail = word.get(1..).unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && tail.len() >= 4
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && (word.ends_with("ed") || word.ends_with("ing") || word.ends_with("ly"))
}

/// Whether `text` is written in title case: every word of four letters or more that
/// opens with a letter is capitalised ("Operation Distributed 2 Million Doses in a
/// Three-Month Period"), at least three of them. Numbers and short words ("in", "a")
/// do not count either way.
fn in_title_case(text: &str) -> bool {
    let mut long = 0;
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.starts_with(char::is_alphabetic) || w.chars().count() < 4 {
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        long += 1;
    }
    long >= 3
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
