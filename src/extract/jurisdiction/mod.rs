//! `jurisdiction` facts: the countries and territories where the reported
//! enforcement took place or that took part, one fact per place at its first
//! qualifying mention.
//!
//! A mention of a place qualifies when the text ties enforcement to it:
//! - **heading**: a section heading names it ("Malaysia: 4 suspects arrested"), or
//!   one of the list items that head the parts of a round-up ("1. Myanmar", "2.
//!   Cambodia", each followed by running text: see `item_headings`);
//! - **dateline**: the story is filed from it ("HONG KONG -", "Miami –",
//!   "(Dallas, Texas) –", "New Delhi, India (CNN)"), unless it is the seat of an
//!   international body the story names ("LYON, France – … INTERPOL");
//! - **locative**: it follows "in", "across", "throughout", "within", directly or in a
//!   list ("apprehended in the United States (130), Germany (42) …");
//! - **partners**: it follows "authorities/police/agencies … from/of" ("authorities
//!   from Germany, the Netherlands …", "the State Criminal Police of Bavaria"), or
//!   opens a list introduced as those taking part ("Participating countries: Austria,
//!   Belgium …", or one line each after "The following countries were involved:");
//! - **agency**: a police force, court or authority carries its name or demonym
//!   ("Royal Malaysia Police", "Polish authorities", "Malaysia's Health Ministry",
//!   "Brooklyn District Attorney", "Johor police chief");
//! - **actor**: it is the subject of an enforcement verb ("the United States seized");
//! - **tally**: it opens an item of a tally, its number alone after it ("Thailand
//!   arrested 20 suspects, Cambodia 18 and Laos 12"; see [`tally_item`]);
//! - **us-office**: an office only the United States has ("District Attorney",
//!   "State's Attorney", "Superior Court"); **uk-office**: one only the United
//!   Kingdom has ("Crown Court", "Crown Prosecution Service");
//! - **national-law**, **barangay**: when no place qualified at all, a law only one
//!   country has ("Indian Penal Code", "NDPS Act", "Republic Act No. 9165"), else a
//!   Philippine "Barangay X".
//!
//! Not evidence: a nationality alone ("a Chinese woman"), goods' origin
//! ("Singapore-registered"), a destination ("fled to", "deportation to", "destined
//! for Haiphong in Vietnam"), founding or birth places, places inside quotations,
//! and page furniture ("Related Story").
//! Cities, states and regions count for their country (see
//! [`countries::WITHIN`]), and so do national forces known by their initials
//! ([`countries::FORCES`]: "EFCC", "PDEA").

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::countries::{self, Found, Mention};
use crate::extract::lexicon::{chars, Rule};
use crate::extract::Context;
use crate::segment::BlockKind;
use crate::span::Span;
use std::sync::LazyLock;

/// Enforcement words after a place or demonym: "Police", "authorities", "'s Health
/// Ministry", "District Attorney".
static AGENCY_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^ (?:[’']s)? \s+ (?:[\p{Lu}][\p{L}-]*\s+|national\s+|local\s+|federal\s+|state\s+|and\s+){0,4}
        (?: Police|Force|Agency|Prosecution|Prosecutors?|Courts?|Ministry|Department|Bureau|Commission|
            Office|Attorney|Sheriff|Authorit(?:y|ies)|Government|Gendarmerie|Guards?|Customs|
            Navy|(?:Forest|Forestry|Wildlife|Fisheries|Immigration|Correctional|Prisons?)\s+Service|National\s+Parks|
            police|authorit(?:y|ies)|officers|court|courts|law\ enforcement|investigators|prosecutors|
            government|enforcement|judge|judges|officials|detectives|agents|seizure|raids?|operation)\b",
    )
    .expect("agency-after regex")
});

/// An enforcement verb after a place: "the United States seized".
static ACTOR_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^ \s+ (?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?
        (?: arrests?|arrested|seiz(?:ed|es)|sentenced|sentences|charged|charges|detained|detains|extradited|
            deported|raided|raids|jailed|jails|convicted|prosecuted|prosecutes|took\ part|participated|
            joined|deployed|deploys|cracked|launched|dismantled|shut|busts?|busted|indicted|fined|froze|
            recovered|recovers|rescued|rescues|confiscated|intercepted)\b",
    )
    .expect("actor-after regex")
});

/// Words before "from"/"of" that make the places after it partners, and a body's
/// name that ends in its country ("the National Anti-Corruption Bureau of Ukraine").
static PARTNERS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?i: authorities|police|agencies|officers|law\ enforcement|investigators|prosecutors|
            countries|partners|teams|officials|forces|units|inspectors|delegations|delegates|
            representatives|experts|specialists|agents|personnel|guards)
        \s+ (?:from|of|in) \s* $
        # a body's name ending in its country (the Security Service of Ukraine)
        | \b(?:Bureau|Service|Office|Agency|Ministry|Directorate|Commission|Committee|
             Gendarmerie|Guard|Court|Procuracy|Prosecution)
          \s+ of \s* $",
    )
    .expect("partners regex")
});

/// What opens a list of the places that took part, before its colon: "Participating
/// countries:", "The following countries took part in the action:", "Authorities
/// from these countries were involved:", "Arrests by country included:".
static PARTICIPANTS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \b(?: participating|participated|participants|took\s+part|taking\s+part|involved|
              partners|partner\s+(?:countries|agencies)|authorities|agencies|law\s+enforcement|
              (?:by|per|in\s+each)\s+(?:country|countries|nation|jurisdiction) )
        \b [^.:;!?]{0,80} $",
    )
    .expect("participants regex")
});

/// A sentence about origins, not enforcement.
static ORIGIN: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"\b(?:founded|born|originat\w*|native|hails?)\b")
        .expect("origin regex")
});

/// A dateline: "HONG KONG -", "JOHOR BARU (THE STAR) -", "Miami – April 24",
/// "(Dallas, Texas) –", "New Delhi, India (CNN)" (any letters: "SÃO PAULO –").
///
/// The rule as written, which tests hold [`dateline_at_start`] to. Its place's
/// bounded repeats of Unicode classes (`{1,40}`, `{1,30}`) make an automaton of
/// ~22,000 NFA states: 3.5 MB compiled, too large for a lazy DFA in a rule's cache,
/// and ~2.8 MB a thread of NFA-simulation state; resolving its groups cost ~100,000
/// instructions a dateline (the backtracker clears a bit set of states × match
/// length; the PikeVM is no cheaper).
#[cfg(test)]
static DATELINE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex_without_dfa(&dateline_pattern(r"\p{Lu}", r"\p{L}", r"\s"))
        .expect("dateline regex")
});

/// [`DATELINE`] with ASCII classes, read on a text's ASCII shape
/// ([`dateline_at_start`]): a small automaton.
///
/// It keeps its lazy DFA, although that builds states for nearly every new opening
/// (its repeats are bounded) until the cache is full: without it the regex engine's
/// PikeVM read each opening, 0.5 G more instructions (+3.6%) over 3,000 bulk press
/// releases to save ~1 MB a thread.
static DATELINE_ASCII: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&dateline_pattern("[A-Z]", "A-Za-z", r"(?-u:\s)"))
        .expect("ascii dateline regex")
});

/// The dateline pattern with its upper-case class, letter class (bare, to sit
/// inside a class) and white space.
fn dateline_pattern(upper: &str, letter: &str, space: &str) -> String {
    let upper = if upper.starts_with('[') {
        upper.to_string()
    } else {
        format!("[{upper}]")
    };
    format!(
        r"(?x)
        ^ \(? (?P<place> {upper}[{letter}.'’\x20-]{{1,40}}? (?:,{space}*{upper}[{letter}.'\x20-]{{1,30}})? ) \)?
        (?: ,? {space}* (?: {month} {space}+ [0-9]{{1,2}} | [0-9]{{1,2}} {space}+ {month} )
            (?:,?{space}*[0-9]{{4}})? )?          # JAKARTA, Oct 3 (Reuters) - / KUALA LUMPUR, 1 July 2025 —
        {space}* (?: \( [^)]{{2,40}} \) {space}* )?
        (?: [-–—] | \((?:CNN|Reuters|AFP|AP|Bernama)\) | (?P<colon>:{space}) )   # RANCHI: The … (Indian papers)
        ",
        month = crate::extract::lexicon::months::MONTH,
    )
}

/// A dateline opening a text ([`dateline_at_start`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct DatelineMatch<'t> {
    /// The dateline, to its delimiter.
    all: &'t str,
    /// Where its place stands in the text.
    place: std::ops::Range<usize>,
    /// It ends in a colon ("RANCHI: The city police …").
    colon: bool,
}

/// The dateline opening `text`, as [`DATELINE`] finds it: [`DATELINE_ASCII`] reads
/// the text's ASCII shape ([`ascii_shape`]), on which it takes the path the Unicode
/// regex takes on the text.
///
/// The two patterns differ only in their classes, and the shape puts in place of
/// each character one the ASCII classes treat as the Unicode classes treat the
/// original: an upper-case letter (`\p{Lu}`) becomes `A`, another letter (`\p{L}`)
/// `a`, a space (`\s`, never the place's `\x20`) a tab; everything else, the
/// pattern's literals among it, stays. (The pattern has no word boundary and no case
/// folding, which would tell `A` from `Á`.)
fn dateline_at_start(text: &str) -> Option<DatelineMatch<'_>> {
    if !may_open_with_dateline(text) {
        return None;
    }
    let (shape, at) = ascii_shape(text);
    let c = DATELINE_ASCII.captures(&shape)?;
    let place = c.name("place")?;
    Some(DatelineMatch {
        all: &text[..at[c.get(0)?.end()]],
        place: at[place.start()]..at[place.end()],
        colon: c.name("colon").is_some(),
    })
}

/// `text`'s opening with `A` for each non-ASCII upper-case letter, `a` for each other
/// non-ASCII letter and a tab for each non-ASCII space (see [`dateline_at_start`]),
/// cut past the farthest a dateline reaches; and for each byte of it, and its end,
/// the offset in `text` it stands for.
fn ascii_shape(text: &str) -> (String, Vec<usize>) {
    /// More characters besides white space than a dateline holds (~146: `(` 1,
    /// place 41, second place 32, `)` 1, date 17, parenthesised source 42,
    /// delimiter 9); white space between them is unbounded.
    const REACH: usize = 160;
    let mut shape = String::with_capacity(REACH + 16);
    let mut at = Vec::with_capacity(REACH + 16);
    let mut end = text.len();
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen == REACH {
            end = i;
            break;
        }
        let stand_in = if c.is_ascii() {
            c
        } else if chars::is_upper_case_letter(c) {
            'A'
        } else if chars::is_letter(c) {
            'a'
        } else if c.is_whitespace() {
            '\t'
        } else {
            c
        };
        if !c.is_whitespace() {
            seen += 1;
        }
        shape.push(stand_in);
        at.extend(i..i + stand_in.len_utf8());
    }
    at.push(end);
    (shape, at)
}

/// False when [`DATELINE`] cannot match `text`, read from its first characters.
///
/// The regex's automaton is large (see [`DATELINE_ASCII`]) and a search cost ~2 µs
/// even where it fails after a few words, on each of the first lines of every page.
/// A dateline opens with `(` or an upper-case letter and reaches its delimiter
/// (`-`, `–`, `—`, `(` or `:`) through at most ~92 characters besides white space,
/// each a letter, a digit, `.`, `'`, `’`, `,` or `)` (place, date, closing
/// parenthesis). A character of any other kind, or too many, before the first
/// delimiter rules it out.
fn may_open_with_dateline(text: &str) -> bool {
    /// Characters other than white space a dateline may have before its
    /// delimiter: `(` 1, place 41, `,` 1, second place 31, `)` 1, date 17 (",
    /// September 30, 2026").
    const MOST: usize = 92;
    let mut chars = text.chars();
    if !chars.next().is_some_and(|c| c == '(' || c.is_uppercase()) {
        return false;
    }
    let mut seen = 1;
    for c in chars {
        if matches!(c, '-' | '–' | '—' | '(' | ':') {
            return true;
        }
        if c.is_whitespace() {
            continue;
        }
        let part = c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | ',' | ')');
        seen += 1;
        if !part || seen > MOST {
            return false;
        }
    }
    false
}

/// Tokens of the text before a mention, for walking back through a list.
static TOKEN: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"\(\s*[0-9][0-9,.]*\s*\)|[\p{L}][\p{L}’'.-]*|,|\S")
        .expect("token regex")
});

/// Append the `jurisdiction` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let body = ctx.body;
    let quotes: Vec<Span> = ctx.quotations().iter().map(|q| q.outer).collect();
    let in_quote = |s: Span| quotes.iter().any(|q| q.contains(s));
    let mut seen: Vec<&'static str> = Vec::new();
    let mut emit = |name: &'static str, span: Span, rule: &'static str, out: &mut Vec<Fact>| {
        if !seen.contains(&name) {
            seen.push(name);
            out.push(ctx.fact(
                Value::Jurisdiction {
                    name: name.to_string(),
                },
                span,
                rule,
            ));
        }
    };
    let mut candidates: Vec<(Span, &'static str, &'static str)> = Vec::new();
    for sec in &ctx.segments.sections {
        let heading = sec.heading.slice(body);
        for f in countries::find_heading(heading) {
            let before = heading[..f.span.start].trim_end();
            let glued = before.rsplit(' ').next().is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase) && !LIST_OPENERS.contains(&w)
            });
            if sec.jurisdictions.contains(&f.name)
                && !glued
                && !before.ends_with(" to")
                && !countries::given_name(heading, f.span)
            {
                candidates.push((f.span.shift(sec.heading.start), f.name, "heading"));
            }
        }
    }
    participant_lines(ctx, &mut candidates);
    // ("1. Myanmar" heading a part of a round-up)
    for (span, _, name) in item_headings(body, ctx.segments) {
        candidates.push((span, name, "heading"));
    }
    // The dateline's place is emitted first, so that its fact says "dateline" even
    // when the country was named earlier (a demonym in the headline): attribution
    // falls back to the dateline's place.
    if let Some((span, name)) = ctx.dateline() {
        emit(name, span, "dateline", out);
    }
    for (sspan, sentence) in ctx.sentences() {
        let line_start = ctx.line_at(sspan.start).start;
        if furniture(&body[line_start..]) || sentence.ends_with('…') || sentence.ends_with("...")
        {
            continue;
        }
        // ("An Ontario Superior Court judge": Canada's courts have the name too)
        if let Some(m) = ONE_COUNTRY_OFFICE.find(sentence).filter(|m| {
            !(m.as_str() == "Superior Court"
                && countries::find_within(crate::extract::lexicon::chars::tail(
                    &sentence[..m.start()],
                    30,
                ))
                .iter()
                .any(|p| p.name == "Canada"))
        }) {
            let country = office_country(m.as_str());
            candidates.push((
                Span::new(sspan.start + m.start(), sspan.start + m.end()),
                country,
                if country == "United States" {
                    "us-office"
                } else {
                    "uk-office"
                },
            ));
        }
        let origin = ORIGIN.is_match(sentence);
        let mut found: Vec<Found> = countries::find(sentence);
        let within = countries::find_within(sentence);
        let us_place = within.iter().any(|w| w.name == "United States");
        found.extend(within);
        for f in found {
            let abs = f.span.shift(sspan.start);
            if in_quote(abs) {
                continue;
            }
            if let Some(rule) = qualifies(sentence, &f, origin) {
                // "LaGrange, Georgia", "guns bought in Georgia and Ohio": the US
                // state, not the country, after a town or beside another US place.
                let georgia = f.name == "Georgia"
                    && (us_place || US_TOWN_BEFORE.is_match(&sentence[..f.span.start]));
                let name = if georgia { "United States" } else { f.name };
                candidates.push((abs, name, rule));
            }
        }
    }
    candidates.sort_by_key(|(s, _, _)| *s);
    let none = candidates.is_empty() && ctx.dateline().is_none();
    for (span, name, rule) in candidates {
        emit(name, span, rule, out);
    }
    // No place qualified ("The Khammam Rural police … under the NDPS Act", a town
    // the gazetteer does not know): a law only one country has tells the country,
    // and so does a Philippine barangay.
    if none {
        let national = ctx
            .laws()
            .iter()
            .find_map(|l| Some((l.span, law_country(&l.name)?, "national-law")))
            .or_else(|| barangay(body).map(|at| (at, "Philippines", "barangay")));
        if let Some((span, name, rule)) = national {
            emit(name, span, rule, out);
        }
    }
}

/// Lines that head the parts of a round-up with a country's name alone after a list
/// marker ("1. Myanmar", "• Thailand"), each followed by running text: at least two of
/// them, else none (a list of participants, "- Austria" / "- Belgium", heads nothing).
/// Each: where the name stands, the line's block and the country.
pub(crate) fn item_headings(
    body: &str,
    segments: &crate::segment::Segments,
) -> Vec<(Span, usize, &'static str)> {
    let blocks = &segments.blocks;
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let line = b.span.slice(body);
        if b.kind != BlockKind::ListItem || line.len() > 48 {
            continue;
        }
        let rest = line.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || ".)(•●▪*-–#".contains(c)
        });
        let lead = line.len() - rest.len();
        let rest = rest.trim_end().trim_end_matches(':').trim_end();
        if lead == 0 || rest.is_empty() {
            continue;
        }
        let named = countries::find(rest)
            .first()
            .is_some_and(|f| f.how == Mention::Name && f.span.len() == rest.len());
        let Some(name) = countries::canonical(rest).filter(|_| named) else {
            continue;
        };
        if blocks
            .get(i + 1)
            .is_some_and(|n| n.kind == BlockKind::Paragraph)
        {
            let start = b.span.start + lead;
            out.push((Span::new(start, start + rest.len()), i, name));
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The one country whose law this is: named in it ("Indian Penal Code", "Criminal
/// Code of Ukraine", "Odisha Excise Act"), or a law only that country has (India's
/// Sanhitas and Adhiniyams, its NDPS and POCSO Acts; the Philippines' Republic Acts).
///
/// ```text
/// "Pakistan Penal Code" → Pakistan · "NDPS Act" → India · "Arms Act" → none
/// ```
fn law_country(name: &str) -> Option<&'static str> {
    const INDIA: &[&str] = &[
        "NDPS Act",
        "Narcotic Drugs and Psychotropic Substances Act",
        "POCSO Act",
        "Protection of Children from Sexual Offences Act",
        "Prevention of Money Laundering Act",
        "Unlawful Activities (Prevention) Act",
        "Immoral Traffic (Prevention) Act",
        "Prevention of Corruption Act",
    ];
    if let Some(f) = countries::find(name)
        .into_iter()
        .chain(countries::find_within(name))
        .next()
    {
        return Some(f.name);
    }
    if name.ends_with("Sanhita")
        || name.ends_with("Adhiniyam")
        || INDIA.iter().any(|l| name.starts_with(l))
    {
        return Some("India");
    }
    if name.starts_with("Republic Act") {
        return Some("Philippines");
    }
    None
}

/// "Barangay San Jose": the Philippines' smallest unit of local government, with its
/// name; the span of the word.
fn barangay(body: &str) -> Option<Span> {
    body.match_indices("Barangay ")
        .find(|&(at, w)| {
            body[at + w.len()..].starts_with(|c: char| c.is_uppercase())
                && (at == 0 || !body[..at].ends_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(at, w)| Span::new(at, at + w.len() - 1))
}

/// The places that open the lines after a line that introduces the places taking
/// part ("The following countries took part:" then "- Austria: Federal Criminal
/// Police Office", "- Belgium" …), up to the first line that opens with no place.
fn participant_lines(ctx: &Context<'_>, out: &mut Vec<(Span, &'static str, &'static str)>) {
    let body = ctx.body;
    let mut open = false;
    for block in &ctx.segments.blocks {
        let line = block.span.slice(body);
        if open {
            // After a list marker ("-", "•", "3.") the line must open with the place.
            let lead = line.len()
                - line
                    .trim_start_matches(|c: char| !c.is_alphabetic() && c != '(')
                    .len();
            let first = countries::find(&line[lead..])
                .into_iter()
                .next()
                .filter(|f| f.span.start == 0 && f.how != Mention::Demonym);
            if let Some(f) = first {
                out.push((f.span.shift(block.span.start + lead), f.name, "partners"));
                continue;
            }
        }
        open = block.kind != BlockKind::Title
            && line
                .trim_end()
                .strip_suffix(':')
                .is_some_and(|lead_in| PARTICIPANTS.is_match(lead_in));
    }
}

/// Page furniture whose places are not the story's.
fn furniture(line: &str) -> bool {
    [
        "Related Story",
        "Related:",
        "Related Posts",
        "READ MORE",
        "Read More",
        "SEE MORE",
        "See more",
        "Also read",
    ]
    .iter()
    .any(|p| line.starts_with(p))
}

/// Which rule, if any, makes the mention `f` of `sentence` a jurisdiction.
fn qualifies(sentence: &str, f: &Found, origin: bool) -> Option<&'static str> {
    let before = &sentence[..f.span.start];
    let after = &sentence[f.span.end..];
    let surface = f.span.slice(sentence);
    // "Mark Cuban The Department …": a sentence break, not one agency's name.
    let agency = AGENCY_AFTER
        .find(after)
        .is_some_and(|m| !m.as_str().contains(" The "));
    // "linked to the North Korean government": a state behind the crime, not one
    // enforcing
    if agency && behind_crime(before) {
        return None;
    }
    if agency || countries::is_force(surface) {
        return Some("agency");
    }
    if f.how == Mention::Demonym {
        return None;
    }
    // "• Zambia: 65 suspects arrested …": a place opening a line or list item with a
    // colon heads what follows, as a section heading does.
    let lead = before.trim_start_matches(|c: char| c.is_whitespace() || "•*-–·".contains(c));
    if lead.is_empty() && after.starts_with(':') {
        return Some("heading");
    }
    if after.starts_with('-') || after.starts_with('–') && !after.starts_with("– ") {
        return None;
    }
    // "US$3.7 million", "in U.S. dollars": a currency, not where anything happened.
    if countries::names_currency(after) {
        return None;
    }
    // "Robert Jordan", "Mark Cuban": the end of a person's or a company's name.
    let prev = before.trim_end_matches(' ');
    let glued_before = prev.len() < before.len()
        && prev.rsplit(' ').next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && !LIST_OPENERS.contains(&w)
                && countries::canonical(w).is_none()
                && countries::place_of(w).is_none()
        })
        && prev.contains(' ');
    if glued_before {
        return None;
    }
    // "Canada Drive", "Lebanon, Pennsylvania": a street or a town, not the country.
    if GLUED_AFTER
        .captures(after)
        .is_some_and(|c| !crate::extract::lexicon::months::is_calendar_word(&c[1]))
    {
        return None;
    }
    if let Some(c) = TOWN_OF.captures(after) {
        if countries::place_of(&c[1]).is_some_and(|p| p != f.name) {
            return None;
        }
    }
    if ACTOR_AFTER.is_match(after) {
        return Some("actor");
    }
    if tally_item(before, after) {
        return Some("tally");
    }
    if origin {
        return None;
    }
    list_trigger(before)
}

/// Whether the words before a state's government or agency put it behind the crime:
/// "linked to the", "tied to", "connected to" (not "sponsored by": "a bill sponsored
/// by the San Diego County District Attorney's Office").
fn behind_crime(before: &str) -> bool {
    let b = before.trim_end();
    let b = b.strip_suffix(" the").unwrap_or(b);
    ["linked to", "tied to", "connected to"]
        .iter()
        .any(|p| b.ends_with(p))
}

/// Whether a place between `before` and `after` is an item of a tally, the place
/// and its number alone: "Thailand arrested 20 suspects, Cambodia 18 and Laos 12",
/// "in Spain, 12 people were arrested; in Italy, eight". The item follows a comma,
/// a semicolon, "and" or an open bracket ("50 held (Spain 20, Italy 18)"); a comma
/// between place and number only after "in" (not
/// "…, Kent, 63, died": an age); not a year ("Brazil 2014") nor a postcode ("Texas
/// 75232").
pub fn tally_item(before: &str, after: &str) -> bool {
    // ("; in Italy": the word "in", not the end of "Berlin")
    let (head, after_in) = match before.strip_suffix("in ") {
        Some(h) if h.ends_with(' ') => (h, true),
        _ => (before, false),
    };
    // ("arrested 50 suspects (Spain 20, Italy 18)": a bracketed breakdown's first item)
    if ![", ", "; ", " and ", "("].iter().any(|o| head.ends_with(o)) {
        return false;
    }
    TALLY_AFTER.captures(after).is_some_and(|c| {
        let year = c[2].len() == 4 && c[2].starts_with(['1', '2']);
        !year && (c.get(1).is_none() || after_in)
    })
}

/// A number alone after a place, closing a list item: " 18 and …", ", eight;".
static TALLY_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x) ^ (,)?\s+ ([0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]{{1,4}} | (?i:{words}) ) (?: \s*[,;.)] | \s+and\b | \s*$ )",
        words = crate::extract::lexicon::numbers::NUMBER_WORDS
    ))
    .expect("tally-after regex")
});

/// Offices found only in the United States: a District Attorney, a State's Attorney,
/// a U.S. Attorney, a Superior Court, a Sheriff's Office, a U.S. District Court or
/// Judge, a federal judicial district ("the Eastern District of New York", "the
/// District of Columbia"); and only in the United Kingdom: a Crown Court, the Crown
/// Prosecution Service, the Old Bailey, a Scottish Sheriff Court (see
/// [`office_country`]).
static ONE_COUNTRY_OFFICE: LazyLock<Rule> = LazyLock::new(|| {
    let states = crate::extract::law::STATES.join("|");
    crate::extract::lexicon::regex(&format!(r"\b(?:District\ Attorney|State[’']s\ Attorney|U\.S\.\ Attorney|Superior\ Court|Sheriff[’']s\ (?:Office|Department)|U\.S\.\ District\ (?:Court|Judge)|(?:(?:Eastern|Western|Northern|Southern|Middle|Central)\ )?District\ of\ (?:{states}|Columbia|Puerto\ Rico)|Crown\ Court|Crown\ Prosecution\ Service|Old\ Bailey|Sheriff\ Court)\b"))
        .expect("us-office regex")
});

/// The country of an office [`ONE_COUNTRY_OFFICE`] matched.
fn office_country(office: &str) -> &'static str {
    match office {
        "Crown Court" | "Crown Prosecution Service" | "Old Bailey" | "Sheriff Court" => {
            "United Kingdom"
        }
        _ => "United States",
    }
}

/// "LaGrange, " before "Georgia".
pub(crate) static US_TOWN_BEFORE: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(r"\p{Lu}\p{L}+,\s*$").expect("us-town regex"));

/// Capitalised words that may stand before a place in a heading ("In Thailand").
const LIST_OPENERS: &[&str] = &[
    "In", "And", "Across", "From", "Of", "The", "To", "For", "At", "&",
];

/// A capitalised word right after a place: the place is part of a longer name.
static GLUED_AFTER: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(r"^ (\p{Lu}\p{Ll}+)").expect("glued regex"));

/// ", Pennsylvania" after a place: a town of that state or region.
static TOWN_OF: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^,\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)").expect("town regex")
});

/// Walk back from a mention through a list of places to the word that opens it.
/// Words before "in <place>" that locate people, firms or goods, not enforcement.
#[rustfmt::skip]
pub(crate) const NOT_ENFORCEMENT: &[&str] = &[
    "victims", "victim", "cartel", "cartels", "living", "lives", "lived", "resides", "resided", "residing",
    "resident", "residents", "based", "located", "headquartered", "family", "relatives", "customers",
    "clients", "companies", "company", "banks", "bank", "accounts", "account", "suppliers", "supplier",
    "investors", "born", "studied", "vacation", "holiday", "holidays", "properties", "property",
];

/// Nouns of a place that a name follows after "of": "in the port of Guayaquil".
/// (Not "at" or "near" a place: in American releases those are streets and
/// schools, "near Kent and Division Avenue", "so much began for me at Kent".)
const PLACE_NOUNS: &[&str] = &[
    "port",
    "city",
    "town",
    "province",
    "state",
    "region",
    "island",
    "islands",
    "district",
    "capital",
    "village",
    "municipality",
    "outskirts",
    "coast",
    "waters",
    "suburb",
    "county",
    "area",
    "prefecture",
    "governorate",
    "emirate",
    "regency",
];

/// Words that send goods or people somewhere, or bring them from somewhere.
#[rustfmt::skip]
const ROUTE_WORDS: &[&str] = &[
    "destined", "bound", "headed", "heading", "shipped", "smuggled", "exported", "imported",
    "sent", "trafficked", "transported", "originated", "originating", "sourced", "transiting",
    "routed", "flown", "sailed", "sailing", "departed", "departing",
];

/// Whether the tokens before an "in" end with a route to or from a place: "destined
/// for Haiphong in Vietnam", "shipped from the port of Santos in Brazil": the place
/// after "in" is where the goods go or come from, not where enforcement took place.
fn in_route(tokens: &[(usize, &str)]) -> bool {
    let mut named = false;
    for &(_, w) in tokens.iter().rev().take(8) {
        match w {
            "for" | "to" | "from" | "via" | "into" => {}
            "the" | "a" | "an" | "of" | "," => continue,
            _ if w.chars().next().is_some_and(char::is_uppercase) => {
                named = true;
                continue;
            }
            // ("sailed from a port in Iran": the place noun stands for the name)
            _ if PLACE_NOUNS.contains(&w) => {
                named = true;
                continue;
            }
            _ => return false,
        }
        // the preposition: a route word must come right before it
        return named
            && tokens
                .iter()
                .rev()
                .skip_while(|&&(_, t)| t != w)
                .nth(1)
                .is_some_and(|&(_, t)| ROUTE_WORDS.contains(&t));
    }
    false
}

/// The rule of a participant named beside a counted group of countries
/// ("investigators from 18 African countries and the United Kingdom"): a
/// jurisdiction fact that attributes no other fact.
pub const PARTNERS_BESIDE_GROUP: &str = "partners-beside-group";

/// How many tokens back a place's list may open: a list of twenty countries, each
/// with its comma, and a few of two or three words ("Bosnia and Herzegovina").
const LIST_REACH: usize = 80;

fn list_trigger(before: &str) -> Option<&'static str> {
    let tokens = last_tokens(before);
    // Inside a counted group of places ("18 African countries"): its number may come.
    let mut in_group = false;
    // The place is one of the group's members, named after "including" ("police from
    // 12 countries, including Spain and Italy", "arrests in 14 countries, including
    // Spain").
    let mut member = false;
    for (k, &(start, w)) in tokens.iter().enumerate().rev().take(LIST_REACH) {
        match w {
            "in" | "In" | "across" | "Across" | "throughout" | "within" | "inside" => {
                // "victims in Canada", "a cartel in Mexico": where someone lives or
                // operates, not where enforcement took place.
                let owner = k
                    .checked_sub(1)
                    .and_then(|i| tokens.get(i))
                    .map(|p| p.1.to_lowercase());
                if owner.is_some_and(|o| NOT_ENFORCEMENT.contains(&o.as_str()))
                    || in_route(&tokens[..k])
                {
                    return None;
                }
                if in_group && member {
                    return Some(PARTNERS_BESIDE_GROUP);
                }
                return Some("locative");
            }
            "including" if !in_group => member = true,
            // "in the port of Guayaquil, Ecuador", "in the city of Cebu": the place
            // noun before "of" is part of the place.
            "of" if k
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|p| PLACE_NOUNS.contains(&p.1)) => {}
            _ if PLACE_NOUNS.contains(&w) => {}
            "from" | "of" => {
                // (beside a counted group of countries the place is one participant
                // of many: a fact, but not the story's place — see `resolve`)
                let rule = if in_group {
                    PARTNERS_BESIDE_GROUP
                } else {
                    "partners"
                };
                return PARTNERS
                    .is_match(&before[..start + w.len()])
                    .then_some(rule);
            }
            // "an operation led by Germany and Romania": the places that led it
            "by" => {
                let verb = k.checked_sub(1).and_then(|i| tokens.get(i)).map(|p| p.1);
                return verb
                    .is_some_and(|v| {
                        matches!(
                            v,
                            "led" | "co-led" | "coordinated" | "spearheaded" | "initiated"
                        )
                    })
                    .then_some("partners");
            }
            ":" => {
                return PARTICIPANTS
                    .is_match(&before[..start])
                    .then_some("partners")
            }
            "the" | "and" | "or" | "," | "as" | "well" => {}
            // "investigators from 18 African countries and the United Kingdom": a
            // counted group of places in the list
            "countries" | "nations" | "territories" | "jurisdictions" => in_group = true,
            "other" | "more" | "several" | "many" | "multiple" | "various" if in_group => {}
            // (a number's digits are tokens of their own)
            _ if in_group && w.starts_with(|c: char| c.is_ascii_digit()) => {}
            // the lower-case particle of a place in the list ("Côte d'Ivoire")
            _ if w.starts_with("d'") || w.starts_with("d’") => {}
            _ if w.starts_with('(') => {}
            _ if w.chars().next().is_some_and(char::is_uppercase) => {}
            _ => return None,
        }
    }
    None
}

/// The tokens of `before` with their offsets: at least the last [`LIST_REACH`] + 1
/// (all of them when there are fewer), without tokenizing a whole run-on page for
/// every mention.
fn last_tokens(before: &str) -> Vec<(usize, &str)> {
    const WINDOW: usize = 1024;
    if let Some(mut cut) = before.len().checked_sub(WINDOW) {
        while !before.is_char_boundary(cut) {
            cut += 1;
        }
        // Restart at a letter after a space: no token runs across that point (only the
        // "( 12 )" token holds spaces, and it holds no letters), so the tokens from
        // there on are the ones a scan from the start finds.
        let tail = &before[cut..];
        let mut prev_space = false;
        let restart = tail.char_indices().find_map(|(i, c)| {
            let hit = prev_space && c.is_alphabetic();
            prev_space = c.is_whitespace();
            hit.then_some(cut + i)
        });
        if let Some(p) = restart {
            let tokens: Vec<(usize, &str)> = TOKEN
                .find_iter(&before[p..])
                .map(|m| (p + m.start(), m.as_str()))
                .collect();
            if tokens.len() > LIST_REACH {
                return tokens;
            }
        }
    }
    TOKEN
        .find_iter(before)
        .map(|m| (m.start(), m.as_str()))
        .collect()
}

/// The place a story is filed from, in one of its first lines (ask
/// [`Context::dateline`], which finds it once).
pub(super) fn dateline(ctx: &Context<'_>) -> Option<(Span, &'static str)> {
    let body = ctx.body;
    let blocks = ctx.segments.blocks.iter().filter(|b| {
        matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Heading | BlockKind::Title
        )
    });
    for b in blocks.take(12) {
        let text = b.span.slice(body);
        let Some(d) = dateline_at_start(text) else {
            continue;
        };
        // "Singapore: 21 arrested …" heading a section is not a dateline; "PUNE: The
        // city police …" opening a paragraph is (but a country's name after the lead,
        // "Brazil: 37 people were arrested …", heads a part of a round-up).
        if d.colon && b.kind != BlockKind::Paragraph {
            continue;
        }
        let place = text[d.place.clone()].trim();
        if d.colon
            && !first_paragraph(ctx, b.span.start)
            && countries::canonical(&countries::title_case(place)).is_some()
        {
            continue;
        }
        if seat_of_named_body(place, body) {
            return None;
        }
        for part in std::iter::once(place).chain(place.split(',').map(str::trim)) {
            let titled = countries::title_case(part);
            let name = countries::canonical(&titled)
                .filter(|_| !titled.is_empty())
                .or_else(|| countries::place_of(&titled))
                .or_else(|| countries::place_of(part))
                .or_else(|| countries::place_of_any_case(part))
                .or_else(|| dateline_capital(part, d.all))
                .or_else(|| {
                    // "CEBU CITY —", "DAVAO CITY —": a city named for its place
                    let stem = part.strip_suffix(" CITY").or(part.strip_suffix(" City"))?;
                    countries::place_of(&countries::title_case(stem))
                })
                .or_else(|| {
                    // "TULSA, Okla. –": a town and an American state's AP abbreviation
                    (part != place && US_STATE_ABBR.contains(&part)).then_some("United States")
                });
            if let Some(name) = name {
                // Keep `canonical`'s demonyms out: a dateline names a place.
                if countries::find(&titled)
                    .iter()
                    .any(|f| f.how == Mention::Demonym)
                {
                    continue;
                }
                let start = b.span.start + d.place.start;
                return Some((Span::new(start, start + place.len()), name));
            }
        }
    }
    None
}

/// Whether the paragraph at `start` is the story's first (no paragraph before it but
/// the title and headings).
fn first_paragraph(ctx: &Context<'_>, start: usize) -> bool {
    !ctx.segments
        .blocks
        .iter()
        .take_while(|b| b.span.start < start)
        .any(|b| b.kind == BlockKind::Paragraph || b.kind == BlockKind::ListItem)
}

/// Capitals the gazetteer leaves out, as the place of a `dateline`: those running
/// text uses for their governments ("Beijing said", "Washington warned"), always;
/// those that are also American towns, only in a wire service's dateline ("ATHENS
/// (AP) —", "LIMA (Reuters) -": wire copy names an American town with its state,
/// "ATHENS, Ga. (AP)").
fn dateline_capital(place: &str, dateline: &str) -> Option<&'static str> {
    const CAPITALS: &[(&str, &str)] = &[
        ("beijing", "China"),
        ("washington", "United States"),
        ("moscow", "Russia"),
        ("tehran", "Iran"),
        ("pyongyang", "North Korea"),
        ("kyiv", "Ukraine"),
        ("kiev", "Ukraine"),
        ("canberra", "Australia"),
        ("ottawa", "Canada"),
        ("new delhi", "India"),
        ("islamabad", "Pakistan"),
        ("riyadh", "Saudi Arabia"),
        ("ankara", "Turkey"),
    ];
    const WIRE_CAPITALS: &[(&str, &str)] = &[
        ("athens", "Greece"),
        ("lima", "Peru"),
        ("alexandria", "Egypt"),
        ("cairo", "Egypt"),
        ("monrovia", "Liberia"),
        ("odessa", "Ukraine"),
        ("santiago", "Chile"),
        ("san jose", "Costa Rica"),
        ("havana", "Cuba"),
        ("panama city", "Panama"),
    ];
    const WIRES: &[&str] = &["(AP)", "(Reuters)", "(AFP)", "(Bernama)"];
    let wire = WIRES.iter().any(|w| dateline.contains(w));
    let lower = place.trim().to_lowercase();
    CAPITALS
        .iter()
        .chain(WIRE_CAPITALS.iter().filter(|_| wire))
        .find(|(c, _)| *c == lower)
        .map(|(_, n)| *n)
}

/// The Associated Press's abbreviations of American states, as datelines write them
/// after a town ("TULSA, Okla.", "FRESNO, Calif."). Only a dateline's second part is
/// read this way: in running text "Miss." and "La." are other words.
#[rustfmt::skip]
const US_STATE_ABBR: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
];

/// Cities that host an international police or justice body, with the names of the
/// bodies there. A story the body files from its seat ("LYON, France – … coordinated
/// by INTERPOL across 14 countries") happened in the countries it names, not at the
/// seat.
const SEATS: &[(&str, &[&str])] = &[
    ("lyon", &["INTERPOL", "Interpol"]),
    (
        "the hague",
        &[
            "Europol",
            "EUROPOL",
            "Eurojust",
            "EUROJUST",
            "International Criminal Court",
        ],
    ),
    ("vienna", &["UNODC"]),
    ("warsaw", &["Frontex"]),
];

/// Whether a dateline's place opens with a seat of [`SEATS`] whose body `body` names.
fn seat_of_named_body(place: &str, body: &str) -> bool {
    let city = place
        .split(',')
        .next()
        .unwrap_or(place)
        .trim()
        .to_lowercase();
    SEATS
        .iter()
        .any(|(seat, bodies)| city == *seat && bodies.iter().any(|b| body.contains(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A match's end, its place's span and whether it took the colon branch.
    type Groups = (usize, Option<(usize, usize)>, bool);

    fn groups(c: Option<regex::Captures<'_>>) -> Option<Groups> {
        c.map(|c| {
            (
                c.get(0).map_or(0, |m| m.end()),
                c.name("place").map(|m| (m.start(), m.end())),
                c.name("colon").is_some(),
            )
        })
    }

    /// [`dateline_at_start`]'s answer as [`groups`] has the regex's.
    fn shape_groups(text: &str) -> Option<Groups> {
        dateline_at_start(text).map(|d| (d.all.len(), Some((d.place.start, d.place.end)), d.colon))
    }

    #[test]
    fn datelines_read_on_their_ascii_shape_as_the_unicode_regex_reads_them() {
        for text in [
            "HONG KONG - Police said",
            "JOHOR BARU (THE STAR) - A man",
            "Miami – April 24, 2026 – The",
            "(Dallas, Texas) – Two",
            "New Delhi, India (CNN) The",
            "RANCHI: The city police",
            "São Paulo – Police",
            "SÃO PAULO, Brazil (AP) — Police",
            "ZÜRICH\u{a0}– Police",
            "Ōsaka, Japan – Police",
            "Admin | Miami",
        ] {
            assert_eq!(
                shape_groups(text),
                groups(DATELINE.regex().captures(text)),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn dateline_groups_do_not_depend_on_the_regex_used(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "MIAMI", "New", "Delhi", "D", "a", " ", ",", ", ", "-", " – ", "—", ":", ": ",
                    "(", ")", "(CNN)", "Oct", "3", "2026", ".", "’", "'", "Ø", "é", "\u{a0}", "x",
                    "“", "\u{212a}", "\u{17f}", "Ma\u{17f}", "OCT", "   ", "\t", "ǅ", "Σ",
                    "\u{2003}", "ÃO", "1 July", "Sept. 3", "(AP)", "(THE STAR)",
                ]),
                0..16,
            )
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(
                shape_groups(&text),
                groups(DATELINE.regex().captures(&text))
            );
        }

        /// The quick look at a line's opening never rules out a dateline the regex
        /// finds.
        #[test]
        fn dateline_precheck_keeps_every_dateline(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "MIAMI", "SÃO PAULO", "New", "Delhi", "D", "a", " ", "\n", ",", ", ", "-",
                    " – ", "—", ":", ": ", "(", ")", "(CNN)", "(THE STAR)", "Oct", "September",
                    "3", "30", "2026", ".", "’", "'", "Ø", "é", "\u{a0}", "x", "“", ";", "$",
                    "Abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJ KLMNOPQRST",
                ]),
                0..14,
            )
        ) {
            let text: String = parts.concat();
            proptest::prop_assert!(
                may_open_with_dateline(&text) || !DATELINE.regex().is_match(&text),
                "{:?}", text
            );
        }
    }

    #[test]
    fn dateline_precheck_rules_out_ordinary_openings() {
        for text in [
            "The defendant, John Smith, 45, of Miami, was sentenced on Friday.",
            "“We will not rest,” the prosecutor said.",
            "12 people were arrested",
            "a lower-case opening",
        ] {
            assert!(!may_open_with_dateline(text), "{text}");
        }
        // The longest dateline the pattern allows: 92 characters besides spaces
        // before its delimiter.
        let longest = format!(
            "(A{}, B{}), September 30, 2026 – The police",
            "a".repeat(40),
            "b".repeat(30)
        );
        for text in [
            "MIAMI – A man",
            "(Dallas, Texas) – Police",
            "PUNE: The city police",
            &longest,
        ] {
            assert!(may_open_with_dateline(text), "{text}");
            assert!(DATELINE.regex().is_match(text), "{text}");
        }
    }
}
