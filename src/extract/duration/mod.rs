//! `duration` facts: prison terms, penalties, how long operations ran, and other
//! stated lengths of time, as ISO 8601 (`P5W`, `P11Y8M`, `PT6H`).
//!
//! Two surface forms:
//! - spaced: "11 years and eight months", "up to 10 years' jail", "about a month",
//!   "more than half a year", "48 hour holds";
//! - hyphenated, only before a noun that the length describes: "a five-week-long
//!   operation", "a seven-year investigation" (not "a 43-year-old", "a three-hour
//!   drive", "a 24-hour hotline").
//!
//! Not durations: ages ("25 years old", "aged 30 years"), offsets ("two years ago",
//! "four hours later", "two weeks after the arrest"), lengths without a number ("for
//! years", "the past few years"), "a year" without a qualifier ("$1.5 million a
//! year"). When a headline rounds a term the body gives exactly ("11 years" and "11
//! years and eight months"), only the exact one is kept.
//!
//! | text | iso | qualifier | role |
//! |---|---|---|---|
//! | sentenced to 11 years and eight months | P11Y8M | | sentence |
//! | up to 10 years' jail | P10Y | up_to | sentence |
//! | a five-week-long operation | P5W | | operation |
//! | at least three years | P3Y | at_least | other |
//! | more than an hour | PT1H | over | other |

use crate::extract::fact::{Duration, DurationRole, Fact, Qualifier, Value};
use crate::extract::lexicon::months::month_number;
use crate::extract::lexicon::numbers::{parse_int, NUMBER_WORDS};
use crate::extract::lexicon::Rule;
use crate::extract::memo::{self, Memo};
use crate::extract::Context;
use crate::span::Span;
use std::cell::RefCell;
use std::sync::LazyLock;

/// A unit of time, spaced form (plural or singular).
const UNIT: &str = r"(?:decades?|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b";

/// The qualifiers that may open a duration ("which may extend to": the maximum of a
/// penal code's term).
const QUALIFIER: &str = r"(?:(?:which\s+)?(?:may|shall|can)\s+extend\s+to|extendable\s+to|extending\s+to|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|not\s+less\s+than|not\s+more\s+than|more\s+than|longer\s+than|less\s+than|over|about|around|nearly|almost|approximately|roughly|some|under|(?:a\s+)?(?:mandatory\s+)?(?:maximum|minimum)(?:\s+(?:jail\s+|prison\s+)?(?:term|sentence|penalty))?\s+of)";

/// "up to 10 years", "11 years and eight months", "2 years 6 months", "more than half
/// a year".
static SPACED: LazyLock<Rule> = LazyLock::new(|| {
    let num = format!(
        r"(?:(?:[0-9]{{1,4}}|{NUMBER_WORDS})(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half|[0-9]{{1,3}},[0-9]{{3}}|[0-9]{{1,4}}(?:\s+1/2|½)|[0-9]{{1,4}}(?:\.5)?|{NUMBER_WORDS}|half\s+an?|an?)"
    );
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        (?:\b(?P<q>{QUALIFIER})\s+)?
        (?P<dur>
            \b{num}\s+{UNIT}
            (?:(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+){num}|\s+(?:[0-9]{{1,4}}|{NUMBER_WORDS}))\s+{UNIT})*
        )
        "
    ))
    .expect("duration regex compiles")
});

/// A qualifier opening a spaced duration, with the white space after it.
static QUALIFIER_AT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"(?i)^{QUALIFIER}\s+"))
        .expect("qualifier regex compiles")
});

/// The groups `q` (the qualifier, if any) and `dur` (the rest) of a [`SPACED`]
/// match, read off the match instead of a capture search (which cost ~1.8 µs a
/// match: the number words make a large automaton).
///
/// A match opens either with its qualifier or with its length, never both ways (a
/// length opens with a number, "half" or "a"/"an" followed by a unit; no qualifier
/// does, and "a maximum of" is no length), and the qualifier's alternatives exclude
/// one another; so the match has a qualifier exactly when one opens it, and the
/// length is what follows its white space. A property test holds this to the
/// regex's captures.
fn spaced_groups(m: &str) -> (Option<&str>, &str) {
    match QUALIFIER_AT.find(m) {
        Some(q) => (Some(q.as_str().trim_end()), &m[q.end()..]),
        None => (None, m),
    }
}

/// One number and unit of a spaced duration.
static PART: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?i)\b(?P<n>(?:[0-9]{{1,4}}|{NUMBER_WORDS})(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half|[0-9]{{1,3}},[0-9]{{3}}|[0-9]{{1,4}}(?:\s+1/2|½)|[0-9]{{1,4}}(?:\.5)?|{NUMBER_WORDS}|half\s+an?|an?)\s+(?P<u>{UNIT})"
    ))
    .expect("duration part regex compiles")
});

/// Each number and unit of `dur` (a spaced duration), as [`PART`]'s groups `n` and
/// `u`, read off each match instead of a capture search: a part ends with its unit,
/// one word after white space, and its number never ends with white space, so the
/// unit is the match's last word and the number what comes before the white space.
/// A property test holds this to the regex's captures.
fn parts(dur: &str) -> impl Iterator<Item = (&str, &str)> {
    PART.find_iter(dur).map(|m| {
        let m = m.as_str();
        let number = m.trim_end_matches(|c: char| !c.is_whitespace());
        (number.trim_end(), &m[number.len()..])
    })
}

/// "five-week-long", "seven-year", "two-day".
static HYPHENATED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        (?:\b(?P<q>{QUALIFIER})\s+)?
        \b(?P<n>(?:[0-9]{{1,4}}|{NUMBER_WORDS})(?P<half>-and-a-half)?)-(?P<u>year|month|week|day|hour|minute)(?P<long>-long)?\b
        "
    ))
    .expect("hyphenated duration regex compiles")
});

/// One unit written as a single word before a noun: "a weeklong trial", "the
/// year-long investigation", "a decade-long feud".
static LONG_WORD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:an?|the|its|his|her|their)\s+(?P<w>(?P<u>day|week|month|year|decade)-?long)\b",
    )
    .expect("long-word regex compiles")
});

/// The lower end of a stated range just before a length: "25 to 99 years",
/// "five to 20 years", "2-5 years", "between two and 11 years".
static RANGE_LOW: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?i)(?:\b|\bbetween\s+)(?P<n>[0-9]{{1,4}}|{NUMBER_WORDS})(?:\s*(?:to|-|–)|(?P<and>\s+and))\s*$"
    ))
    .expect("range-low regex compiles")
});

/// Lengths listed before the last one of their unit: "12 and eight years
/// (respectively)", "terms of 6, 8 and 10 years" (not after "between": a range).
static LISTED_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?i)(?:^|[^\w,])\s*(?P<list>(?:(?:[0-9]{{1,4}}|{NUMBER_WORDS})\s*,\s*)*(?:[0-9]{{1,4}}|{NUMBER_WORDS}))\s*,?\s+and\s*$"
    ))
    .expect("listed-before regex compiles")
});

/// Words after a length that make it an age or an offset, not a duration.
static NOT_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^(?:['’]s?)?\s*(?:-\s*)?(?:old|(?:or\s+)?(?:older|younger)|of\s+age|ago|earlier|later|back|younger|older|for\s+each|-old|read|an?\s+(?:day|week|month|year)|per\s+(?:day|week|month|year))\b")
        .expect("not-after regex compiles")
});

/// "… two weeks after the arrest": an offset, unless "for" precedes the length.
static OFFSET_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^\s*(?:before|after|prior|since)\b")
        .expect("offset regex compiles")
});

/// After a length: a prison term.
static SENTENCE_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^['’]?\s*(?:in\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:jail|prison|penitentiary)|jail|prison|imprisonment|behind\s+bars|of\s+(?:imprisonment|jail|prison|incarceration)|in\s+custody|custodial|to\s+life\b|(?:of\s+)?(?:probation|community\s+supervision|deferred\s+adjudication))")
        .expect("sentence-after regex compiles")
});

/// Before a length, in its sentence: a prison term or a penalty.
static SENTENCE_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:sentenc\w*|faces?|facing|jailed|imprison\w*|penalt\w*|punish\w*|incarcerat\w*|prison|jail|received|receives|probation|adjudication)\b",
    )
    .expect("sentence-before regex compiles")
});

/// A maximum named earlier in the clause, the length its complement: "The maximum
/// penalty for the offence is 15 years' imprisonment", "liable to a maximum fine of
/// $10 million and imprisonment for 10 years". (A term handed down after it is
/// not: "a maximum sentence of 20 years, but was jailed for five years".)
static MAXIMUM_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\bmaximum\s+(?:penalty|penalties|sentence|sentences|term|punishment|fine|(?:jail|prison)\s+term)\b[^.;:]*$",
    )
    .expect("maximum-before regex compiles")
});

/// Words in the span from a maximum to a length that make the length a term given,
/// not the maximum's complement.
static HANDED_DOWN: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:sentenced|jailed|received|receives|given|handed|ordered|but|while|whereas|instead|served|serving|spent|minimum|years?|months?|weeks?|days?)\b",
    )
    .expect("handed-down regex compiles")
});

/// Nouns of an operation: a length that describes one, or that one "lasted", is the
/// operation's.
const OPERATION_NOUNS: &str = "operation|investigation|probe|crackdown|sting|campaign|blitz|manhunt|hunt|inquiry|surveillance|raid|exercise|siege|standoff";

/// An operation named before "lasted" or "lasting": the length is the operation's.
static OPERATION_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?i)\b(?:{OPERATION_NOUNS}|inquiries)(?:s|es)?\b"
    ))
    .expect("operation-before regex compiles")
});

/// Nouns that a hyphenated length may describe, with the role they give it (a
/// British court's "18-month youth rehabilitation order", an Australian one's
/// "12-month good behaviour bond" or "community correction order" is a sentence;
/// other orders, "a 10-year Sexual Harm Prevention Order", "a five-year restraining
/// order", and bans, "a 15-year disqualification", are not).
static NOUN_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)^\s+(?:[a-z-]+\s+){{0,4}}?
        (?:(?P<op>{OPERATION_NOUNS}|raids)
          |(?P<sent>jail|prison|sentence|term|imprisonment|custodial|(?:community|rehabilitation|supervision|training|correction)\s+order|(?:behaviou?r|recognizance)\s+bond)
          |(?P<other>trial|review|audit|study|moratorium|hold|holds|remand|custody|ban|suspension|detention|period|programme|program|course|stay|delay|lockdown|curfew|closure|shutdown|strike|protest|journey|hearing|deadline|window|orders?|disqualification|prohibition))\b",
    ))
    .expect("noun-after regex compiles")
});

/// Append the `duration` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let first = out.len();
    for (sentence, text) in ctx.sentences() {
        for (span, value, rule) in sentence_durations(text) {
            out.push(ctx.fact(value, span.shift(sentence.start), rule));
        }
    }
    drop_rounded(out, first);
}

/// A duration found: where in its sentence, its value and the rule.
type Found = (Span, Value, &'static str);

/// The durations one sentence states, spans relative to it (remembered for
/// sentences that recur across pages).
fn sentence_durations(text: &str) -> Vec<Found> {
    thread_local!(static MEMO: RefCell<Memo<Vec<Found>>> = RefCell::default());
    memo::cached(&MEMO, text, || {
        let mut found = Vec::new();
        let mut taken: Vec<Span> = Vec::new();
        for c in HYPHENATED.captures_iter(text) {
            let (Some(all), Some(n), Some(u)) = (c.get(0), c.name("n"), c.name("u")) else {
                continue;
            };
            let after = &text[all.end()..];
            if after.starts_with("-old") || after.starts_with(['-', '‑']) {
                continue;
            }
            let noun = NOUN_AFTER.captures(after);
            if noun.is_none() && c.name("long").is_none() {
                continue;
            }
            // ("a four-and-a-half-year sentence")
            let half = c.name("half");
            let whole = n.as_str().strip_suffix("-and-a-half").unwrap_or(n.as_str());
            let Some(duration) = parse_int(whole)
                .and_then(|n| add(Duration::default(), n, half.is_some(), u.as_str()))
            else {
                continue;
            };
            let role = match &noun {
                Some(x) if x.name("op").is_some() => DurationRole::Operation,
                Some(x) if x.name("sent").is_some() => DurationRole::Sentence,
                _ => DurationRole::Other,
            };
            let qualifier = c.name("q").and_then(|q| qualifier(q.as_str()));
            let local = Span::from(all.range());
            taken.push(local);
            let value = Value::Duration {
                duration,
                qualifier,
                role: Some(role),
            };
            found.push((local, value, "duration-hyphenated"));
        }
        for c in LONG_WORD.captures_iter(text) {
            let (Some(w), Some(u)) = (c.name("w"), c.name("u")) else {
                continue;
            };
            let Some(duration) = add(Duration::default(), 1, false, u.as_str()) else {
                continue;
            };
            let role = match NOUN_AFTER.captures(&text[w.end()..]) {
                Some(x) if x.name("op").is_some() => DurationRole::Operation,
                Some(x) if x.name("sent").is_some() => DurationRole::Sentence,
                _ => DurationRole::Other,
            };
            let local = Span::from(w.range());
            taken.push(local);
            let value = Value::Duration {
                duration,
                qualifier: None,
                role: Some(role),
            };
            found.push((local, value, "duration-long-word"));
        }
        for all in SPACED.find_iter(text) {
            let local = Span::from(all.range());
            if taken.iter().any(|t| t.overlaps(local)) {
                continue;
            }
            let (q, dur) = spaced_groups(all.as_str());
            let after = &text[all.end()..];
            let before = &text[..local.start];
            let prev = before
                .trim_end()
                .rsplit(|ch: char| !ch.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if NOT_AFTER.is_match(after)
                || OFFSET_AFTER.is_match(after) && prev != "for"
                || matches!(prev.as_str(), "aged" | "age" | "every" | "per" | "each")
                || aged_before(before)
                || after.starts_with(['-', '‑'])
                || fragment(before)
                || year_span_before(before)
                || clock_time(dur, &prev)
            {
                continue;
            }
            let Some((duration, needs_qualifier)) = parse_spaced(dur) else {
                continue;
            };
            let window_from = floor_char(before, before.len().saturating_sub(80));
            // "a year" alone is vague ("a year ago", "once a year") but for a term:
            // "jailed for a year", "the operation lasted a week".
            let term = || {
                prev == "lasted"
                    || prev == "lasting"
                    || matches!(prev.as_str(), "for" | "to")
                        && SENTENCE_BEFORE.is_match(&before[window_from..])
            };
            if needs_qualifier && q.is_none() && !term() {
                continue;
            }
            let mut qualifier = q.and_then(qualifier);
            let role = if SENTENCE_AFTER.is_match(after)
                || SENTENCE_BEFORE.is_match(&before[window_from..])
                || q.is_some_and(|q| q.to_ascii_lowercase().contains("imum"))
            {
                DurationRole::Sentence
            } else if matches!(prev.as_str(), "lasted" | "lasting" | "spanned" | "spanning")
                && OPERATION_BEFORE.is_match(&before[window_from..])
            {
                // "the operation lasted a week", "a probe lasting 18 months"
                DurationRole::Operation
            } else {
                DurationRole::Other
            };
            if q.is_none() && role == DurationRole::Sentence {
                // (the match runs from "maximum" to the length)
                if MAXIMUM_BEFORE
                    .find(&before[window_from..])
                    .is_some_and(|m| !HANDED_DOWN.is_match(m.as_str()))
                {
                    qualifier = Some(Qualifier::UpTo);
                }
            }
            // "25 to 99 years": the lower end is a length of the same unit.
            if q.is_none() {
                if let Some((low, span)) = range_low(before, dur, &duration) {
                    let value = Value::Duration {
                        duration: low,
                        qualifier: None,
                        role: Some(role),
                    };
                    found.push((span, value, "duration-range-low"));
                } else {
                    // "6, 8 and 10 years": each number a length of the same unit.
                    for (one, span) in listed_before(before, dur) {
                        let value = Value::Duration {
                            duration: one,
                            qualifier: None,
                            role: Some(role),
                        };
                        found.push((span, value, "duration-listed"));
                    }
                }
            }
            // "14 months and 10 months respectively", "12 years, 8 months and 21 years
            // and four months": a unit no finer than the one before starts another
            // length (each person's, or a range's end), not a sum.
            let runs = runs_of_parts(dur);
            if runs.len() > 1 {
                let dur_at = local.start + (all.as_str().len() - dur.len());
                for (k, (a, b)) in runs.into_iter().enumerate() {
                    let Some((one, _)) = parse_spaced(&dur[a..b]) else {
                        continue;
                    };
                    // (a qualifier before the first length is its own)
                    let value = Value::Duration {
                        duration: one,
                        qualifier: if k == 0 { qualifier } else { None },
                        role: Some(role),
                    };
                    found.push((Span::new(dur_at + a, dur_at + b), value, "duration-spaced"));
                }
                continue;
            }
            let value = Value::Duration {
                duration,
                qualifier,
                role: Some(role),
            };
            found.push((local, value, "duration-spaced"));
        }
        found
    })
}

/// The byte ranges of `dur`'s lengths: runs of parts whose units grow finer ("11
/// years and eight months" is one run; "14 months and 10 months" two; "18 months
/// and 120 hours" two, as hours only follow days).
fn runs_of_parts(dur: &str) -> Vec<(usize, usize)> {
    let rank = |u: &str| {
        let u = u.to_ascii_lowercase();
        ["year", "month", "week", "day", "hour", "minute"]
            .iter()
            .position(|k| u.starts_with(k))
            .unwrap_or(usize::MAX)
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut last = None;
    for m in PART.find_iter(dur) {
        let u = m.as_str().rsplit(char::is_whitespace).next().unwrap_or("");
        let r = rank(u);
        match (runs.last_mut(), last) {
            // (hours join days, not months: "18 months and 120 hours of unpaid work"
            // are a term and an order)
            (Some(run), Some(prev)) if r > prev && r != usize::MAX && (r < 4 || prev >= 3) => {
                run.1 = m.end()
            }
            _ => runs.push((m.start(), m.end())),
        }
        last = Some(r);
    }
    runs
}

/// The number starts inside a bigger one ("2.25 days" read from "25 days", a
/// thousands group broken across a line): not a length of its own.
fn fragment(before: &str) -> bool {
    let mut back = before.chars().rev();
    matches!(back.next(), Some(',' | '.' | '/')) && back.next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether `before` ends with a month's name: "sentenced on April 10 to 15 months",
/// where the number is a day of the month, not a range's lower end.
fn after_month(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase()) && month_number(w).is_some()
        })
}

/// The lower end of "25 to 99 years" (`before` ends just before "99 years"): the
/// length and its span in `before`, when the upper length is one plain number and
/// unit and the lower number is smaller.
fn range_low(before: &str, dur: &str, upper: &Duration) -> Option<(Duration, Span)> {
    let c = RANGE_LOW.captures(before)?;
    let n = c.name("n")?;
    // "and" joins a range only after "between" ("5 and 10 years" is two lengths
    // or a list's end)
    if c.name("and").is_some() && !c.get(0)?.as_str()[..1].eq_ignore_ascii_case("b") {
        return None;
    }
    let mut found = parts(dur);
    let (number, unit) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let high = parse_int(number)?;
    let low = parse_int(n.as_str())?;
    if low == 0
        || low >= high
        || fragment(&before[..n.start()])
        || after_month(&before[..n.start()])
    {
        return None;
    }
    let low = add(Duration::default(), low, false, unit)?;
    (low != *upper).then_some((low, Span::from(n.range())))
}

/// The lengths listed before `dur` that share its unit: "12 and eight years", "6, 8
/// and 10 years" (not a range's ends, "between 5 and 10 years", nor ages, nor a
/// number that is part of a date or a year before it).
fn listed_before(before: &str, dur: &str) -> Vec<(Duration, Span)> {
    let mut parts = parts(dur);
    let (Some((_, unit)), None) = (parts.next(), parts.next()) else {
        return Vec::new();
    };
    let Some(list) = LISTED_BEFORE.captures(before).and_then(|c| c.name("list")) else {
        return Vec::new();
    };
    let lead = &before[..list.start()];
    let word_before = lead
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // ("Prop 36 and four months": a label's number)
    let label = word_before.starts_with(char::is_uppercase);
    let word_before = word_before.to_ascii_lowercase();
    if label
        || matches!(word_before.as_str(), "between" | "aged" | "ages" | "age")
        || fragment(lead)
        || after_month(lead)
        || aged_before(lead)
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = list.start();
    for piece in list.as_str().split(',') {
        let lead_ws = piece.len() - piece.trim_start().len();
        let number = piece.trim();
        let start = at + lead_ws;
        at += piece.len() + 1;
        let Some(n) = parse_int(number).filter(|&n| n > 0 && n < 1000) else {
            return Vec::new();
        };
        let Some(d) = add(Duration::default(), n, false, unit) else {
            return Vec::new();
        };
        out.push((d, Span::new(start, start + number.len())));
    }
    out
}

/// "2010-15 years": the number closes a span of years ("2010–15"), not a length.
fn year_span_before(before: &str) -> bool {
    let t = before.trim_end_matches(['-', '–']);
    t.len() < before.len()
        && t.len() >= 4
        && t.is_char_boundary(t.len() - 4)
        && t[t.len() - 4..].bytes().all(|b| b.is_ascii_digit())
}

/// Parse "11 years and eight months"; the flag says a part was "a"/"an"/"half a",
/// which only counts after a qualifier ("about a month", "more than half a year").
fn parse_spaced(s: &str) -> Option<(Duration, bool)> {
    let mut d = Duration::default();
    let mut article = false;
    for (n, u) in parts(s) {
        let n = n.to_ascii_lowercase();
        let (n, half) = match n.as_str() {
            "a" | "an" => {
                article = true;
                (1, false)
            }
            _ if n.starts_with("half") => {
                article = true;
                (0, true)
            }
            // ("eight and a half", "eight-and-a-half")
            _ if n.ends_with("half") => {
                let and = n.rfind("and")?;
                let whole = n[..and].trim_end_matches(|c: char| c.is_whitespace() || c == '-');
                (parse_int(whole)?, true)
            }
            _ if n.ends_with("1/2") || n.ends_with('½') => {
                let whole = n.trim_end_matches("1/2").trim_end_matches('½').trim_end();
                (parse_int(whole)?, true)
            }
            _ => match n.strip_suffix(".5") {
                Some(whole) => (parse_int(whole)?, true),
                None => (parse_int(&n)?, false),
            },
        };
        d = add(d, n, half, u)?;
    }
    (d != Duration::default()).then_some((d, article))
}

/// Add `n` (and a half) of unit `u` to `d`; `None` on absurd values.
fn add(mut d: Duration, n: u64, half: bool, u: &str) -> Option<Duration> {
    let n = u32::try_from(n).ok().filter(|n| *n <= 10_000)?;
    let u = u.to_ascii_lowercase();
    let (whole, sub): (&mut u32, Option<(&mut u32, u32)>) = match u.trim_end_matches('s') {
        "decade" => {
            d.years = d.years.checked_add(n.checked_mul(10)?)?;
            return (!half).then_some(d);
        }
        "year" | "yr" => (&mut d.years, Some((&mut d.months, 6))),
        "month" => (&mut d.months, None),
        "week" => (&mut d.weeks, None),
        "day" => (&mut d.days, None),
        "hour" | "hr" => (&mut d.hours, Some((&mut d.minutes, 30))),
        "minute" | "min" => (&mut d.minutes, None),
        _ => return None,
    };
    *whole = whole.checked_add(n)?;
    if half {
        let (part, by) = sub?;
        *part = part.checked_add(by)?;
    }
    Some(d)
}

fn qualifier(q: &str) -> Option<Qualifier> {
    let q = q.to_ascii_lowercase();
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match q.as_str() {
        "at least" | "no less than" | "not less than" => Qualifier::AtLeast,
        "at most" | "no more than" | "not more than" | "less than" | "under" => Qualifier::AtMost,
        "up to" => Qualifier::UpTo,
        "more than" | "over" | "longer than" => Qualifier::Over,
        "about" | "around" | "nearly" | "almost" | "approximately" | "roughly" | "some" => {
            Qualifier::About
        }
        _ if q.contains("minimum") => Qualifier::AtLeast,
        // "imprisonment which may extend to seven years", "extendable to 20 years"
        _ if q.contains("maximum") || q.contains("extend") => Qualifier::UpTo,
        _ => return None,
    })
}

/// Drop a whole-years length that another mention states exactly ("11 years" beside
/// "11 years and eight months", "over 68 years" beside "68 years and four months"). Not
/// a bound the exact one does not share: "sought at least four years" beside
/// "sentenced to four years and two months", "a maximum of 11 years" beside "jailed
/// for 11 years and six months" are other terms.
fn drop_rounded(out: &mut Vec<Fact>, first: usize) {
    let exact: Vec<(u32, Option<Qualifier>)> = out[first..]
        .iter()
        .filter_map(|f| match f.value {
            Value::Duration {
                duration: d,
                qualifier,
                ..
            } if d.years > 0 && d.months > 0 => Some((d.years, qualifier)),
            _ => None,
        })
        .collect();
    let mut i = first;
    while i < out.len() {
        let rounded = out[i].rule != "duration-range-low"
            && matches!(out[i].value, Value::Duration { duration: d, qualifier, .. }
            if d.months == 0 && d.weeks == 0 && d.days == 0
                && exact.iter().any(|&(years, q)| years == d.years
                    && (q == qualifier || !matches!(
                        qualifier,
                        Some(Qualifier::AtLeast | Qualifier::UpTo | Qualifier::AtMost)
                    ))));
        if rounded {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Whether an age is being stated just before: "aged 12 to 15 years", "aged from
/// about 6 to 12 years", "some as young as six years" — an age word, then only
/// numbers and the words of a range between it and the length.
/// Whether `dur` is a time of day on the 24-hour clock, as police reports write it:
/// "from 0930 Hrs", "at 1400 hours" (four digits, a zero first or a word of time
/// before them; "1000 hours of community service" stays a duration).
fn clock_time(dur: &str, prev: &str) -> bool {
    let mut words = dur.split_whitespace();
    let (Some(n), Some(unit)) = (words.next(), words.next()) else {
        return false;
    };
    let hhmm =
        n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) && &n[..2] < "24" && &n[2..] < "60";
    hhmm && unit.to_ascii_lowercase().starts_with('h')
        && (n.starts_with('0')
            || matches!(
                prev,
                "at" | "from"
                    | "till"
                    | "until"
                    | "to"
                    | "by"
                    | "around"
                    | "about"
                    | "since"
                    | "before"
                    | "after"
            ))
}

fn aged_before(before: &str) -> bool {
    // (the words it reads lie within the last 160 bytes: no need to fold the rest)
    let tail = &before[floor_char(before, before.len().saturating_sub(160))..];
    let lower = tail.trim_end().to_ascii_lowercase();
    if lower.ends_with("as young as") || lower.ends_with("as old as") {
        return true;
    }
    for w in lower.split_whitespace().rev().take(8) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w {
            "aged" | "ages" | "age" => return true,
            "" | "from" | "between" | "about" | "around" | "approximately" | "roughly" | "to"
            | "and" | "or" | "of" | "range" | "ranging" | "were" | "was" | "are" | "is"
            | "months" | "month" => {}
            _ if parse_int(w).is_some()
                || w.chars().all(|c| c.is_ascii_digit() || "-–,".contains(c)) => {}
            _ => return false,
        }
    }
    false
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`spaced_groups`] against the regex's own groups, match by match.
    fn groups_agree(text: &str) -> Result<(), String> {
        let by_regex: Vec<_> = SPACED
            .regex()
            .captures_iter(text)
            .map(|c| {
                let all = c.get(0).unwrap();
                (
                    all.range(),
                    c.name("q").map(|q| q.as_str()),
                    c.name("dur").unwrap().as_str(),
                )
            })
            .collect();
        let by_hand: Vec<_> = SPACED
            .regex()
            .find_iter(text)
            .map(|m| {
                let (q, dur) = spaced_groups(m.as_str());
                (m.range(), q, dur)
            })
            .collect();
        if by_regex == by_hand {
            Ok(())
        } else {
            Err(format!("{text:?}: {by_regex:?} vs {by_hand:?}"))
        }
    }

    #[test]
    fn spaced_groups_are_the_regex_groups() {
        for text in [
            "jailed for up to 10 years and a maximum term of five years",
            "a year, an hour and A Maximum Of 3 days; over  2 weeks",
            "sometimes 5 years, xover 2 days, about a decade",
            "at least 11 years and eight months, not more than half an hour",
            "é over 3 days, _over 4 days, a mandatory minimum prison sentence of 20 years",
        ] {
            groups_agree(text).unwrap();
        }
    }

    /// [`PART`]'s groups `n` and `u`, match by match, as the regex reads them.
    fn parts_by_regex(dur: &str) -> Vec<(&str, &str)> {
        PART.regex()
            .captures_iter(dur)
            .map(|c| (c.name("n").unwrap().as_str(), c.name("u").unwrap().as_str()))
            .collect()
    }

    #[test]
    fn parts_are_the_part_regex_groups() {
        for dur in [
            "11 years and eight months",
            "five and a half years, 3 1/2 months and 2½ weeks",
            "half an hour, an HOUR and 1,000 days",
            "twenty-one years\u{a0}and  six\tmonths",
        ] {
            assert_eq!(
                parts(dur).collect::<Vec<_>>(),
                parts_by_regex(dur),
                "{dur:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn parts_agree_with_the_regex(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "5", "11", "1,000", "1/2", "½", "2½", ".5", "five", "twenty-one", "and", "a", "an",
                "half", "years", "year", "Months", "hrs", "days", ",", "x",
            ]), 0..10),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", "  ", "", "\t", "\u{a0}"]), 0..10),
        ) {
            let dur = crate::testing::joined(&words, &seps);
            proptest::prop_assert_eq!(parts(&dur).collect::<Vec<_>>(), parts_by_regex(&dur), "{:?}", dur);
        }

        #[test]
        fn spaced_groups_agree_with_the_regex(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "up to", "at least", "a maximum term of", "A MAXIMUM OF", "mandatory", "a", "an",
                "five", "5", "11", "years", "year", "months", "and", ",", "over", "x", "half",
                "1/2", "some", "sometimes", "not", "more than", "under", "é", "_",
            ]), 0..10),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", "  ", "", ", "]), 0..10),
        ) {
            proptest::prop_assert_eq!(groups_agree(&crate::testing::joined(&words, &seps)), Ok(()));
        }
    }

    #[test]
    fn spaced() {
        let (d, _) = parse_spaced("11 years and eight months").unwrap();
        assert_eq!(d.iso(), "P11Y8M");
        let (d, a) = parse_spaced("half a year").unwrap();
        assert_eq!((d.iso().as_str(), a), ("P6M", true));
        let (d, _) = parse_spaced("2.5 hours").unwrap();
        assert_eq!(d.iso(), "PT2H30M");
        assert!(parse_spaced("99999 years").is_none());
        assert!(add(Duration::default(), 20_000, false, "years").is_none());
    }
}
