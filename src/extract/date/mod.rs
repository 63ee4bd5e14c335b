//! `date` facts: "began on 20 March 2025" → 2025-03-20, "in March 2024" → 2024-03,
//! "in 2024" → 2024, "on July 6 last year", "on Monday (April 13)", "DOB 10/3/1998".
//!
//! Each rule finds *mentions* in a line; partial mentions (a day and month, a month,
//! a weekday, "yesterday") are completed against the article's [`Timeline`] in body
//! order, so that "the July 21 incident" reuses the year of an earlier "July 21 last
//! year". Earlier rules claim their words first: a full date is never also read as
//! a month alone. A year is a date only after a word that makes it one ("in",
//! "since", "late", …), so the years in "Penal Code 1871" or "(2002)" are not.
//! Dates in URLs, datelines and lines that hold only a date are furniture.
//!
//! | text | date |
//! |---|---|
//! | began on 20 March 2025 | 2025-03-20 |
//! | Thursday, December 6, 2018 | 2018-12-06 |
//! | in April 2022 | 2022-04 |
//! | since 2022 | 2022 |
//! | on July 6 last year (published 2020) | 2019-07-06 |
//! | on Wednesday (Aug 26) (published 2020-08-26) | 2020-08-26 |
//! | arrested on Tuesday (published Wed 2020-09-09) | 2020-09-08 |
//! | DOB 9/12/1987 (an article writing "April 24, 2026") | 1987-09-12 |

pub mod loose;
pub mod timeline;

use crate::extract::fact::{Fact, PartialDate, Value};
use crate::extract::lexicon::months::{month_number, weekday_number};
use crate::extract::lexicon::Rule;
use crate::extract::memo::{self, Memo};
use crate::extract::Context;
use crate::span::Span;
use loose::{Loose, DAY, MONTH, WEEKDAY, YEAR};
use regex::Captures;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::LazyLock;
use timeline::{future_at, Timeline};

/// A full month name (no abbreviations: "Jan" may be a name, "Mar" a word).
const MONTH_FULL: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b";

/// "Thursday, December 6, 2018", "20 March 2025", "June 29 2021".
static FULL: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?:{WEEKDAY},?\s+)?                                  # an optional weekday
        (?P<pre>(?:{DAY}\s*,\s*)*{DAY}\s+(?:and|&)\s+)?      # 18, 19 and
        (?P<d>{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}           # 20 March 2025
            | {MONTH}\s*{DAY},?\s+{YEAR})                    # March 20, 2025
        "
    ))
    .expect("full date regex compiles")
});

/// "2020-08-26".
static ISO: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"\b(?P<y>{YEAR})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])\b"
    ))
    .expect("iso date regex compiles")
});

/// "DOB 10/3/1998", "DOB: 9-5-85", "born 24.02.1990", "10/3/1998".
static NUMERIC: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?P<label>\b(?:DOB|D\.O\.B\.?|[Dd]ate\s+of\s+[Bb]irth|[Bb]orn(?:\s+on)?)\s*:?\s*)?
        \b(?P<a>[0-9]{1,2})[/.-](?P<b>[0-9]{1,2})[/.-](?P<y>[0-9]{4}|[0-9]{2})\b
        ",
    )
    .expect("numeric date regex compiles")
});

/// "Wednesday (18/10)", "this Tuesday (3/9)": a day and month in digits, bracketed
/// after their weekday, as Brazilian, Portuguese and Spanish releases (and their
/// translations) date what happened. (Without the weekday, "18/10" may be a score.)
static WEEKDAY_NUMERIC: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"{WEEKDAY}\s*\(\s*(?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})\s*\)"
    ))
    .expect("weekday-numeric regex compiles")
});

/// "April 2022", "late 2024"'s month-year cousin "late July 2021", "December of 2018".
static MONTH_YEAR: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?:\b(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})"
    ))
    .expect("month-year regex compiles")
});

/// "20 March", "Aug 20", "Monday (April 13)", "July 9 and 10", "July 6 last year".
static DAY_MONTH: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?:{WEEKDAY}\s*(?:\(\s*|,\s*))?                          # Monday ( | Monday,
        (?P<pre>(?:{DAY}\s*,\s*)*{DAY}\s+(?:and|&)\s+)?            # 11, 12 and
        (?P<d>{DAY}\s+(?:of\s+)?{MONTH} | {MONTH}\s*{DAY})       # 13 April | April 13
        (?P<more>(?:\s*,\s*{DAY} | \s+(?:and|&)\s+{DAY})*)       # , 14 and 15
        (?:\s*\))?                                               # )
        (?:\s+(?:of\s+)?(?P<rel>last\s+year|this\s+year|next\s+year|that\s+year|the\s+same\s+year))?  # last year
        "
    ))
    .expect("day-month regex compiles")
});

/// The year after a list of days: ", 2025" in "September 22 and 23, 2025".
static LIST_YEAR: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^\s*,?\s*(?P<y>(?:19|20)[0-9]{2})\b")
        .expect("list-year regex compiles")
});

/// "in March", "during the month of December", "late July".
static MONTH_ALONE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Ll]ast
            |the\s+month\s+of|(?:end|start|beginning|middle)\s+of)\s+
        (?P<m>(?:(?:early|late|mid-?)\s*)?{MONTH_FULL})
        | (?P<m2>\b(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*{MONTH_FULL})
        "
    ))
    .expect("month regex compiles")
});

/// "in 2024", "since 2022", "since at least 2021", "as early as 2019", "(born 1990)",
/// "in fiscal 2023", "FY2024",
/// "late 2024", "the first 10 months of 2024", "the Justice Department's 2022 seizure".
static YEAR_ALONE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?:\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter
            |(?:[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]y)\s+at\s+least|[Aa]s\s+(?:early|late)\s+as  # hedged: 'since at least 2021'
            |[Bb]orn    # a year of birth: 'Tran Van Nam (born 1985)'
            |(?:end|start|beginning|middle|summer|winter|spring|autumn|fall|half|quarter|part|months|weeks)\s+of
            |[Ee]arly|[Ll]ate|[Mm]id-|[Aa]s\s+of|the\s+year
            |[Ff]iscal(?:\s+[Yy]ear)?|FY)   # 'in fiscal 2023', 'fiscal year 2022', 'FY2024'
          | (?P<poss>['’]s))
        \s*(?P<y>{YEAR})
        "
    ))
    .expect("year regex compiles")
});

/// A year used as a modifier of an event: "a 2005 cold case", "his 1998 capital
/// murder conviction", "a fatal 2021 crash", "for 2016 Murder" (headline). Only
/// event and court nouns: "the 2000 residents" is a count, "a 2005 sedan" a model.
static YEAR_ATTRIBUTIVE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ff]or)
        \s+(?:[a-z]+\s+)?                 # one adjective: 'a fatal 2021 crash'
        (?P<y>{YEAR})
        \s+(?:[A-Za-z-]+\s+){{0,3}}?      # 'capital murder', 'aggravated robbery'
        (?i:case|murder|killing|slaying|shooting|stabbing|crash|collision|attack|assault
           |robbery|burglary|kidnapping|abduction|disappearance|homicide|rape|arson|fire
           |bombing|riots?|protests?|conviction|indictment|arrest|trial|verdict|plea
           |sentencing|investigation|probe|raid|seizure|incident|offen[cs]e|crime
           |fraud|scheme|heist|theft|election|hit-and-run|carjacking|shootout|explosion
           |massacre|overdose)\b
        "
    ))
    .expect("attributive year regex compiles")
});

/// The next year of a list: ", 2020", " and 2021".
static YEAR_LIST: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"^(?:\s*,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?P<y>{YEAR})"
    ))
    .expect("year list regex compiles")
});

/// A weekday named without a date.
static WEEKDAY_ALONE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"\b(?P<w>{WEEKDAY})")).expect("weekday regex compiles")
});

/// Relative dates that the publication date makes certain.
static RELATIVE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)\b(?:
            (?P<yesterday>[Yy]esterday)
          | (?P<this_year>(?:[Ee]arlier|[Ll]ater)\s+this\s+year)
          | (?P<this_month>(?:[Ee]arlier|[Ll]ater)\s+this\s+month|[Tt]his\s+month)
          | (?P<last_year>[Ll]ast\s+year)
          | (?P<last_month>[Ll]ast\s+month)
        )\b",
    )
    .expect("relative date regex compiles")
});

/// Words before a weekday that make it no particular day ("every Monday", "Black Friday").
const NOT_A_DAY_BEFORE: &[&str] = &[
    "a", "an", "every", "each", "last", "next", "this", "that", "the", "black", "good", "super",
    "cyber", "easter", "holy", "ash", "palm", "bloody", "maundy", "fat",
];

/// A mention where it stands in its block, with the rule that found it.
type Mentioned = (Span, Mention, &'static str);

/// What a mention says before it is completed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mention {
    /// Fully stated.
    Known(PartialDate),
    /// A day of a month; the year maybe relative to publication ("last year" = -1).
    Day {
        month: u8,
        day: u8,
        relative_year: Option<RelYear>,
    },
    /// A month alone.
    Month(u8),
    /// A month of the publication year plus `relative_year` ("in March last year").
    MonthOfYear { month: u8, relative_year: i16 },
    /// A weekday, 0 = Monday.
    Weekday(u8),
    /// "yesterday" and the like, resolved by the timeline.
    Relative(Relative),
}

/// A year named relative to something: "last year" (publication), "that year".
#[derive(Debug, Clone, Copy, PartialEq)]
enum RelYear {
    /// The publication year plus this many.
    Published(i16),
    /// The year of the nearest explicit date before.
    ThatYear,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Relative {
    Yesterday,
    ThisYear,
    ThisMonth,
    LastYear,
    LastMonth,
}

/// The mentions of one line, with the spans they claim kept sorted so that a
/// later rule's overlap check is a binary search.
#[derive(Default)]
struct Found {
    items: Vec<Mentioned>,
    taken: Vec<Span>,
}

impl Found {
    /// Whether no mention claims any of `s`.
    fn free(&self, s: Span) -> bool {
        let i = self.taken.partition_point(|t| t.end <= s.start);
        self.taken.get(i).is_none_or(|t| t.start >= s.end)
    }

    fn push(&mut self, item: (Span, Mention, &'static str)) {
        let i = self.taken.partition_point(|t| t.start < item.0.start);
        self.taken.insert(i, item.0);
        self.items.push(item);
    }
}

/// Append the `date` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let tl = ctx.timeline();
    let mut seen_days: HashMap<(u8, u8), i16> = HashMap::default();
    for (i, block) in ctx.segments.blocks.iter().enumerate() {
        let text = block.span.slice(ctx.body);
        let mut found = block_mentions(text, tl.digits(i), tl);
        found.sort_by_key(|(s, _, _)| s.start);
        for (local, mention, rule) in found {
            let span = local.shift(block.span.start);
            if tl.skipped(span) {
                continue;
            }
            let future = future_at(text, local.start, local.end);
            let date = match mention {
                Mention::Known(d) => Some(d),
                Mention::Day {
                    month,
                    day,
                    relative_year,
                } => match relative_year {
                    Some(RelYear::Published(dy)) => tl
                        .published_year(dy)
                        .and_then(|y| PartialDate::ymd(y.year, month, day)),
                    Some(RelYear::ThatYear) => tl
                        .anchor_year(span.start)
                        .and_then(|y| PartialDate::ymd(y, month, day)),
                    None => match seen_days.get(&(month, day)) {
                        Some(&y) => PartialDate::ymd(y, month, day),
                        None => tl
                            .day(month, day, span.start, future)
                            .map(|d| match_weekday(d, local.slice(text))),
                    },
                },
                Mention::Month(m) => tl.month(m, span.start, block.span.start, future),
                Mention::MonthOfYear {
                    month,
                    relative_year,
                } => tl
                    .published_year(relative_year)
                    .and_then(|y| PartialDate::ym(y.year, month)),
                Mention::Weekday(w) => tl.weekday(w, future),
                Mention::Relative(r) => match r {
                    Relative::Yesterday => tl.published_plus(-1),
                    Relative::ThisYear => tl.published_year(0),
                    Relative::ThisMonth => tl.published_month(0),
                    Relative::LastYear => tl.published_year(-1),
                    Relative::LastMonth => tl.published_month(-1),
                },
            };
            let Some(date) = date else { continue };
            if let (Some(m), Some(d)) = (date.month, date.day) {
                seen_days.entry((m, d)).or_insert(date.year);
            }
            out.push(ctx.fact(Value::Date(date), span, rule));
        }
    }
}

/// A month's name anywhere: the rules that need one run only where it occurs.
static ANY_MONTH: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(MONTH).expect("month regex compiles"));

/// What the digits of a line allow, read in one byte pass: conditions without which
/// a family of date rules cannot match, so that it is not run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Digits {
    /// Any ASCII digit (days: [`DAY_MONTH`]).
    any: bool,
    /// Four digits that may be a [`YEAR`] (1800–2099): every rule with a year
    /// ([`FULL`], [`MONTH_YEAR`], [`ISO`], [`YEAR_ALONE`], [`YEAR_ATTRIBUTIVE`]).
    year: bool,
    /// A digit, "/", "." or "-", and a digit ([`ISO`], [`NUMERIC`]).
    separated: bool,
}

impl Digits {
    fn of(text: &str) -> Digits {
        let b = text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut d = Digits::default();
        for i in crate::ascii::digits(b) {
            let c = b[i];
            d.any = true;
            d.year |= matches!(
                (c, b.get(i + 1)),
                (b'1', Some(b'8' | b'9')) | (b'2', Some(b'0'))
            ) && digit(i + 2)
                && digit(i + 3);
            d.separated |= matches!(b.get(i + 1), Some(b'/' | b'.' | b'-')) && digit(i + 2);
            if d.year && d.separated {
                break;
            }
        }
        d
    }
}

/// Every mention in one line, earlier rules claiming their words first.
///
/// Each rule family needs some vocabulary — a digit (days, years, numeric dates) or a
/// month's name — and runs only on a block that has it: most paragraphs hold no date,
/// and a byte scan or one literal search is far cheaper than a dozen regex passes.
/// A block's mentions, remembered for blocks that recur across pages. Besides the
/// text, `mentions` reads three things of the page, which make the memo's context:
/// whether it has a publication date, that date's year (a two-digit year is read
/// against it) and the page's order of numeric dates.
fn block_mentions(text: &str, digits: Digits, tl: &Timeline) -> Vec<Mentioned> {
    thread_local!(static MEMO: RefCell<Memo<Vec<Mentioned>>> = RefCell::default());
    let year = tl
        .published
        .map_or(0, |p| u64::from((p.year() % 100 + 100).unsigned_abs()));
    let context = u64::from(tl.published.is_some()) | u64::from(tl.month_first) << 1 | year << 2;
    memo::cached_in(&MEMO, text, context, || {
        let mut found = Found::default();
        mentions(text, digits, tl, &mut found);
        found.items
    })
}

/// `digits` are [`Digits::of`] `text`.
fn mentions(text: &str, digits: Digits, tl: &Timeline, found: &mut Found) {
    let month = ANY_MONTH.is_match(text);
    if digits.year && month {
        full_dates(text, found);
    }
    if digits.separated {
        iso_and_numeric(text, tl, found);
    }
    if digits.year && month {
        month_years(text, found);
    }
    if digits.any && month {
        day_months(text, found);
    }
    if month {
        months_alone(text, found);
    }
    if digits.year {
        years(text, found);
    }
    if tl.published.is_some() {
        weekdays_and_relative(text, found);
    }
}

fn full_dates(text: &str, found: &mut Found) {
    for c in FULL.captures_iter(text) {
        if let (Some(all), Some(d)) = (c.get(0), c.name("d")) {
            let Some(date) = crate::extract::lexicon::dates::parse_date(d.as_str()) else {
                continue;
            };
            let pre = c.name("pre");
            match (pre, date.month) {
                (Some(p), Some(month))
                    if d.as_str().starts_with(|ch: char| ch.is_ascii_digit()) =>
                {
                    for extra in DAY_IN.find_iter(p.as_str()) {
                        let n = extra
                            .as_str()
                            .trim_end_matches(char::is_alphabetic)
                            .parse::<u8>();
                        if let Some(listed) =
                            n.ok().and_then(|n| PartialDate::ymd(date.year, month, n))
                        {
                            let es = Span::from(extra.range()).shift(p.start());
                            found.push((es, Mention::Known(listed), "date-full-list"));
                        }
                    }
                    found.push((Span::from(d.range()), Mention::Known(date), "date-full"));
                }
                (Some(p), _) => found.push((
                    Span::new(p.end(), all.end()),
                    Mention::Known(date),
                    "date-full",
                )),
                (None, _) => {
                    found.push((Span::from(all.range()), Mention::Known(date), "date-full"))
                }
            }
        }
    }
}

fn iso_and_numeric(text: &str, tl: &Timeline, found: &mut Found) {
    for c in ISO.captures_iter(text) {
        let date = (|| {
            PartialDate::ymd(
                num(&c, "y")? as i16,
                num(&c, "m")? as u8,
                num(&c, "d")? as u8,
            )
        })();
        if let (Some(all), Some(date)) = (c.get(0), date) {
            let s = Span::from(all.range());
            if found.free(s) {
                found.push((s, Mention::Known(date), "date-iso"));
            }
        }
    }
    for c in NUMERIC.captures_iter(text) {
        let Some(a) = c.name("a") else { continue };
        let Some(all) = c.get(0) else { continue };
        let s = Span::new(a.start(), all.end());
        if !found.free(s) || continues(&text[all.end()..]) {
            continue;
        }
        if let Some(date) = numeric_date(&c, c.name("label").is_some(), tl) {
            found.push((s, Mention::Known(date), "date-numeric"));
        }
    }
    for c in WEEKDAY_NUMERIC.captures_iter(text) {
        let (Some(all), Some(a), Some(b)) = (c.get(0), num(&c, "a"), num(&c, "b")) else {
            continue;
        };
        let (month, day) = day_and_month(a as u8, b as u8, tl);
        let s = Span::from(all.range());
        if (1..=12).contains(&month) && (1..=31).contains(&day) && found.free(s) {
            let day = Mention::Day {
                month,
                day,
                relative_year: None,
            };
            found.push((s, day, "date-weekday-numeric"));
        }
    }
}

/// The matches of `rule` in `text` whose span is still free, each with its groups.
///
/// A match inside a date an earlier rule claimed ("March 20" of "March 20, 2025") is
/// common and needs no groups: they are read (the same match, searched again from
/// its start) only for a free one.
fn free_captures<'t>(
    rule: &'static Rule,
    text: &'t str,
    found: &Found,
) -> impl Iterator<Item = regex::Captures<'t>> {
    let free: Vec<usize> = rule
        .find_iter(text)
        .filter(|m| found.free(Span::from(m.range())))
        .map(|m| m.start())
        .collect();
    free.into_iter().filter_map(move |start| {
        let c = rule.regex().captures_at(text, start);
        debug_assert_eq!(
            c.as_ref().and_then(|c| c.get(0)).map(|m| m.start()),
            Some(start)
        );
        c
    })
}

fn month_years(text: &str, found: &mut Found) {
    for c in free_captures(&MONTH_YEAR, text, found) {
        let date =
            (|| PartialDate::ym(num(&c, "y")? as i16, month_number(c.name("m")?.as_str())?))();
        if let (Some(all), Some(date)) = (c.get(0), date) {
            let s = Span::from(all.range());
            if found.free(s) {
                found.push((s, Mention::Known(date), "date-month-year"));
            }
        }
    }
}

fn day_months(text: &str, found: &mut Found) {
    for c in free_captures(&DAY_MONTH, text, found) {
        let (Some(all), Some(d)) = (c.get(0), c.name("d")) else {
            continue;
        };
        let s = Span::from(all.range());
        if !found.free(s) {
            continue;
        }
        let Some(Loose {
            month: Some(month),
            day: Some(day),
            ..
        }) = Loose::parse(d.as_str())
        else {
            continue;
        };
        let relative_year = c
            .name("rel")
            .map(|r| match r.as_str().split_whitespace().next() {
                Some("last") => RelYear::Published(-1),
                Some("next") => RelYear::Published(1),
                Some("this") => RelYear::Published(0),
                _ => RelYear::ThatYear,
            });
        let pre = c
            .name("pre")
            .filter(|_| d.as_str().starts_with(|ch: char| ch.is_ascii_digit()));
        let s = match (pre, c.name("pre")) {
            (None, Some(p)) => Span::new(p.end(), s.end),
            _ => s,
        };
        let counted = c
            .name("more")
            .is_some_and(|m| !m.as_str().is_empty() && counted_after(&text[all.end()..]));
        let more = c
            .name("more")
            .filter(|m| !m.as_str().is_empty() && !counted);
        // "on 16 October, 15 suspects were arrested": the number is the count's, so
        // the date ends before it.
        let s = if counted {
            Span::new(s.start, d.end())
        } else {
            s
        };
        // "(August 23)": the bracket closes only a bracket the match opened ("Monday
        // (13 April)").
        let s = match s.slice(text).strip_suffix(')') {
            Some(t) if !t.contains('(') => Span::new(s.start, s.start + t.trim_end().len()),
            _ => s,
        };
        let more = more.or(pre);
        // "September 22 and 23, 2025", "3 and 4 March 2025": the year after the list
        // is every day's.
        let year_after = more
            .filter(|_| relative_year.is_none())
            .and_then(|_| LIST_YEAR.captures(&text[all.end()..]))
            .and_then(|y| {
                let g = y.name("y")?;
                Some((g.as_str().parse::<i16>().ok()?, all.end() + g.end()))
            });
        let day_of = |day: u8| match year_after.and_then(|(y, _)| PartialDate::ymd(y, month, day)) {
            Some(date) => Mention::Known(date),
            None => Mention::Day {
                month,
                day,
                relative_year,
            },
        };
        match more {
            None => found.push((
                s,
                Mention::Day {
                    month,
                    day,
                    relative_year,
                },
                "date-day-month",
            )),
            Some(m) => {
                let start = if pre.is_some() { d.start() } else { s.start };
                // (the year joins the last mention's span, so no rule takes it alone)
                let d_end = match year_after {
                    Some((_, end)) if pre.is_some() => end,
                    _ => d.end(),
                };
                found.push((Span::new(start, d_end), day_of(day), "date-day-month"));
                let extras: Vec<_> = DAY_IN.find_iter(m.as_str()).collect();
                let last = extras.len().checked_sub(1);
                for (k, extra) in extras.into_iter().enumerate() {
                    let Ok(n) = extra
                        .as_str()
                        .trim_end_matches(char::is_alphabetic)
                        .parse::<u8>()
                    else {
                        continue;
                    };
                    let mut es = Span::from(extra.range()).shift(m.start());
                    if let Some((_, end)) = year_after.filter(|_| pre.is_none() && Some(k) == last)
                    {
                        es = Span::new(es.start, end);
                    }
                    found.push((es, day_of(n), "date-day-list"));
                }
            }
        }
    }
}

fn months_alone(text: &str, found: &mut Found) {
    for c in MONTH_ALONE.captures_iter(text) {
        let Some(m) = c.name("m").or_else(|| c.name("m2")) else {
            continue;
        };
        let s = Span::from(m.range());
        let next = text[s.end..].trim_start_matches([' ', ',']);
        if !found.free(s) || next.starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let name = m.as_str().rsplit([' ', '-']).next().unwrap_or("");
        let Some(month) = month_number(name) else {
            continue;
        };
        // ("in March, last year's figures" names no month of last year)
        if let Some(rel) = LAST_YEAR_AFTER
            .captures(&text[s.end..])
            .and_then(|r| r.get(0))
            .filter(|r| !text[s.end + r.end()..].starts_with(['\'', '’']))
        {
            let span = Span::new(s.start, s.end + rel.end());
            found.push((
                span,
                Mention::MonthOfYear {
                    month,
                    relative_year: if rel.as_str().contains("last") { -1 } else { 0 },
                },
                "date-month",
            ));
        } else if c.name("m2").is_some() || !text[s.end..].starts_with(' ') || !adjective(next) {
            found.push((s, Mention::Month(month), "date-month"));
        }
    }
}

fn years(text: &str, found: &mut Found) {
    for c in year_matches(text) {
        let Some(y) = c.name("y") else { continue };
        let s = Span::from(y.range());
        let after = &text[s.end..];
        let mut chars = after.chars();
        let joined = chars.next().is_some_and(|ch| "-–/%.,".contains(ch))
            && chars.next().is_some_and(|ch| ch.is_ascii_digit());
        let lone_possessive = c.name("poss").is_some() && !after.starts_with(' ')
            || c.name("poss").is_some()
                && !after
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_lowercase());
        if !found.free(s)
            || joined
            || after.starts_with('%')
            || after.trim_start().starts_with("per cent")
            || lone_possessive
        {
            continue;
        }
        if let Some(date) = y.as_str().parse().ok().and_then(PartialDate::y) {
            found.push((s, Mention::Known(date), "date-year"));
        }
        // "in 2019, 2020 and 2021": the listed years too.
        let mut at = s.end;
        while let Some(m) = YEAR_LIST.captures(&text[at..]).and_then(|c| c.name("y")) {
            let ys = Span::from(m.range()).shift(at);
            at = ys.end;
            let next = text[at..].chars().next();
            if !found.free(ys) || next.is_some_and(|ch| ch.is_ascii_digit() || "-–/%".contains(ch))
            {
                break;
            }
            if let Some(date) = m.as_str().parse().ok().and_then(PartialDate::y) {
                found.push((ys, Mention::Known(date), "date-year-list"));
            }
        }
    }
}

/// The matches of [`YEAR_ALONE`], then of [`YEAR_ATTRIBUTIVE`], in `text`: what
/// their `captures_iter` give, read only around the years.
///
/// Both rules match a few words around one year and hold no other digits, so a
/// match lies within two words before its year (the cue: "the year", "end of",
/// "a fatal"; three are read, for margin) and, for the attributive rule, four words
/// after it (up to three modifiers and the noun: "first degree murder case").
/// Each rule searches those windows, year by year, from the end of its last match:
/// on a paragraph the regexes read a few dozen bytes around each year instead of
/// all of it, twice.
fn year_matches(text: &str) -> Vec<Captures<'_>> {
    let mut out = Vec::new();
    for (rule, after) in [(&*YEAR_ALONE, 0), (&*YEAR_ATTRIBUTIVE, 4)] {
        let mut from = 0;
        for y in year_starts(text) {
            let start = words_before(text, y, 3).max(from);
            if start > y {
                continue;
            }
            let end = words_after(text, y + 4, after);
            let Some(c) = rule.captures_at(&text[..end], start) else {
                continue;
            };
            if let (Some(all), true) = (c.get(0), c.name("y").is_some_and(|m| m.start() == y)) {
                from = all.end();
                out.push(c);
            }
        }
    }
    out
}

/// Where a [`YEAR`] may stand: four digits 1800–2099 with no ASCII word character
/// after them (the pattern's `\b`).
fn year_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    crate::ascii::digits(b).filter(move |&i| {
        i + 3 < b.len()
            && matches!((b[i], b[i + 1]), (b'1', b'8' | b'9') | (b'2', b'0'))
            && b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit()
            && !b
                .get(i + 4)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
    })
}

/// The start of the `n` white-space-separated words before byte `at` (a word glued
/// to `at` counts as one), with the white space between.
fn words_before(text: &str, at: usize, n: usize) -> usize {
    let mut start = at;
    let mut chars = text[..at].char_indices().rev().peekable();
    for _ in 0..n {
        for want_space in [true, false] {
            while let Some(&(i, c)) = chars.peek() {
                if c.is_whitespace() != want_space {
                    break;
                }
                start = i;
                chars.next();
            }
        }
    }
    start
}

/// The end of the `n` white-space-separated words after byte `at`: the text up to
/// there ends where a word does.
fn words_after(text: &str, at: usize, n: usize) -> usize {
    let mut end = at;
    let mut chars = text[at..].char_indices().peekable();
    for _ in 0..n {
        for want_space in [true, false] {
            while let Some(&(i, c)) = chars.peek() {
                if c.is_whitespace() != want_space {
                    break;
                }
                end = at + i + c.len_utf8();
                chars.next();
            }
        }
    }
    end
}

fn weekdays_and_relative(text: &str, found: &mut Found) {
    for c in WEEKDAY_ALONE.captures_iter(text) {
        let Some(w) = c.name("w") else { continue };
        let s = Span::from(w.range());
        if !found.free(s) || !weekday_is_a_day(text, s) {
            continue;
        }
        if let Some(n) = weekday_number(w.as_str()) {
            found.push((s, Mention::Weekday(n), "date-weekday"));
        }
    }
    for c in RELATIVE.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        let s = Span::from(all.range());
        if !found.free(s) {
            continue;
        }
        let r = if c.name("yesterday").is_some() {
            Relative::Yesterday
        } else if c.name("this_year").is_some() {
            Relative::ThisYear
        } else if c.name("this_month").is_some() {
            Relative::ThisMonth
        } else if c.name("last_year").is_some() {
            Relative::LastYear
        } else {
            Relative::LastMonth
        };
        found.push((s, Mention::Relative(r), "date-relative"));
    }
}

/// Whether a numeric date goes on as a longer number ("1/2/2024/7", "1.2.2024.5").
fn continues(after: &str) -> bool {
    let mut chars = after.chars();
    chars.next().is_some_and(|c| "/-.".contains(c))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

static DAY_IN: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(DAY).expect("day regex compiles"));

/// "last year" / "this year" right after a month, a comma between allowed ("in
/// November, last year").
static LAST_YEAR_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^,?\s+(?:last|this)\s+year\b")
        .expect("last-year regex compiles")
});

/// Whether a month is used as an adjective: the next word is a lower-case content
/// word ("before July riots", "the December polls"), not a function word.
fn adjective(next: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "and",
        "or",
        "but",
        "to",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "the",
        "a",
        "an",
        "this",
        "that",
        "last",
        "next",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "as",
        "where",
        "which",
        "who",
        "by",
        "from",
        "during",
        "following",
        "amid",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "if",
        "so",
        "then",
        "he",
        "she",
        "they",
        "it",
        "we",
        "police",
        "its",
        "their",
        "his",
        "her",
    ];
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    word.starts_with(|c: char| c.is_lowercase()) && !FUNCTION.contains(&word.as_str())
}

/// Whether the words after a list of days count something ("March 3 and 4 men",
/// "on 16 October, 15 arrests were made").
fn counted_after(after: &str) -> bool {
    static COUNTED: LazyLock<Rule> = LazyLock::new(|| {
        crate::extract::lexicon::regex(r"^\s*(?:men|women|people|persons|suspects|individuals|others|of\b|years|months|days|per\b|%)")
            .expect("counted regex compiles")
    });
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    COUNTED.is_match(after) || crate::extract::count::is_counted_noun(next)
}

/// When a day is written with its weekday ("Saturday, January 21") and the year
/// taken from context gives another weekday, the neighbouring year that fits.
fn match_weekday(date: PartialDate, text: &str) -> PartialDate {
    let named = text
        .split(|c: char| !c.is_alphabetic())
        .next()
        .and_then(weekday_number);
    let fits =
        |d: &PartialDate| d.civil().map(|c| c.weekday().to_monday_zero_offset() as u8) == named;
    if named.is_none() || fits(&date) {
        return date;
    }
    let (Some(m), Some(day)) = (date.month, date.day) else {
        return date;
    };
    [1i16, -1]
        .into_iter()
        .filter_map(|dy| PartialDate::ymd(date.year.checked_add(dy)?, m, day))
        .find(fits)
        .unwrap_or(date)
}

/// Whether a weekday at `s` of `text` names a particular day.
fn weekday_is_a_day(text: &str, s: Span) -> bool {
    let before = text[..s.start].trim_end();
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    static SPAN_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
        crate::extract::lexicon::regex(&format!(r"{WEEKDAY}\s*(?:to|through|till|until|-|–)$"))
            .expect("weekday-span regex compiles")
    });
    if NOT_A_DAY_BEFORE.contains(&prev.as_str())
        || before.ends_with('-')
        || SPAN_BEFORE.is_match(before)
    {
        return false;
    }
    static AFTER: LazyLock<Rule> = LazyLock::new(|| {
        crate::extract::lexicon::regex(&format!(
            r"^(?:\s*(?:to|through|till|until|-|–)\s*{WEEKDAY}|\s+[A-Z]|-|['’]?s\b\s+[A-Z]|\s+(?:of\s+)?(?:last|next|this|that)\s+week)"
        ))
        .expect("weekday-after regex compiles")
    });
    !AFTER.is_match(&text[s.end..])
}

fn num(c: &Captures<'_>, name: &str) -> Option<i64> {
    c.name(name)?.as_str().parse().ok()
}

/// A numeric date: day or month first by the values, else by the article's style;
/// two-digit years only after a date-of-birth label.
fn numeric_date(c: &Captures<'_>, labelled: bool, tl: &Timeline) -> Option<PartialDate> {
    let a = num(c, "a")? as u8;
    let b = num(c, "b")? as u8;
    let ytext = c.name("y")?.as_str();
    let mut y = ytext.parse::<i16>().ok()?;
    if ytext.len() == 2 {
        if !labelled {
            return None;
        }
        let now = tl.published.map(|p| p.year() % 100).unwrap_or(30);
        y += if y > now { 1900 } else { 2000 };
    }
    let (m, d) = day_and_month(a, b, tl);
    PartialDate::ymd(y, m, d)
}

/// `(month, day)` of the two numbers of a date in digits, `a` written first: the
/// one over 12 is the day, else the order the article writes dates in.
fn day_and_month(a: u8, b: u8, tl: &Timeline) -> (u8, u8) {
    if a > 12 {
        (b, a)
    } else if b > 12 || tl.month_first {
        (a, b)
    } else {
        (b, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only the matches outside a claimed date come back, each with its own groups.
    #[test]
    fn free_captures_skip_claimed_dates_only() {
        let text = "On March 20, 2025 and on 21 March, then March 22 and 23.";
        let mut found = Found::default();
        full_dates(text, &mut found);
        assert_eq!(found.taken, [Span::new(3, 17)], "the full date is claimed");
        let free: Vec<(usize, String)> = free_captures(&DAY_MONTH, text, &found)
            .map(|c| (c.get(0).unwrap().start(), c["d"].to_string()))
            .collect();
        assert_eq!(free, [(25, "21 March".into()), (40, "March 22".into())]);
        // with nothing claimed, every match
        let all = free_captures(&DAY_MONTH, text, &Found::default()).count();
        assert_eq!(all, DAY_MONTH.regex().find_iter(text).count());
        assert_eq!(all, 3);
    }

    #[test]
    fn odd_text_does_not_panic() {
        for text in [
            "in 2024–", "in 2024–5", "’s 2024", "Monday (", "DOB 99/99/99", "DOB: 31-31-31", "between  and ",
            "from 31 February to 30 February 2025", "in 2019, 2020–", "Sept. 31", "on 0 March", "in Mai 2020 – ü",
            "Titel\npublish date: 2020-02-29\n\nOn Monday (Feb 29) and yesterday, last year in March.",
            "between December and January 1000", "from 2999 to 3000", "for 4294967295 years",
        ] {
            let rec = crate::extract_text("odd", text);
            for f in &rec.facts {
                assert_eq!(&rec.body[f.span.start..f.span.end], f.text);
            }
        }
    }

    #[test]
    fn rules_compile() {
        for re in [
            &FULL,
            &ISO,
            &NUMERIC,
            &WEEKDAY_NUMERIC,
            &MONTH_YEAR,
            &DAY_MONTH,
            &MONTH_ALONE,
            &YEAR_ALONE,
            &YEAR_ATTRIBUTIVE,
            &WEEKDAY_ALONE,
            &RELATIVE,
        ] {
            assert!(!re.is_match(""));
        }
    }

    #[test]
    fn digit_conditions() {
        let d = Digits::of("on 3 May 2024, case 12/4");
        assert_eq!(
            d,
            Digits {
                any: true,
                year: true,
                separated: true
            }
        );
        assert_eq!(Digits::of("seven men"), Digits::default());
        let d = Digits::of("aged 21 and 1790 - 5");
        assert!(d.any && !d.year && !d.separated);
    }

    /// Texts of up to `most` of `words`, each followed by one of `glue` (a space, a
    /// comma, nothing): the proptests' input, words in the order a rule reads them.
    pub(super) fn glued(
        words: Vec<&'static str>,
        glue: Vec<&'static str>,
        most: usize,
    ) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        (
            proptest::collection::vec(proptest::sample::select(words), 0..most),
            proptest::collection::vec(proptest::sample::select(glue), most),
        )
            .prop_map(|(parts, glue)| {
                parts
                    .iter()
                    .zip(&glue)
                    .flat_map(|(part, glue)| [*part, *glue])
                    .collect()
            })
    }

    /// The widest matches the two year rules allow: two words before the year, and
    /// three modifiers and a noun after it.
    #[test]
    fn year_windows_hold_the_widest_matches() {
        for text in [
            "It closed at the end  of 2019, then at the year 2020.",
            "his 2019 first degree capital murder case and a fatal 2021 hit-and-run",
            "In\n2019 and Florida’s 2020 count",
        ] {
            let whole: Vec<(usize, usize)> = YEAR_ALONE
                .regex()
                .find_iter(text)
                .chain(YEAR_ATTRIBUTIVE.regex().find_iter(text))
                .map(|m| (m.start(), m.end()))
                .collect();
            let windows: Vec<(usize, usize)> = year_matches(text)
                .iter()
                .filter_map(|c| c.get(0).map(|m| (m.start(), m.end())))
                .collect();
            assert!(whole.len() >= 2, "{text}: {whole:?}");
            assert_eq!(windows, whole, "{text}");
        }
    }

    proptest::proptest! {
        /// A rule family skipped for want of its digits could not have matched.
        #[test]
        fn skipped_rules_cannot_match(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "2", "0", "8", "9", "19", "20", "2024", "1899", "/", ".", "-", " ",
                    "May", "March", ",", "of", "in", "a", "case", "on", "DOB", "’s",
                ]),
                0..12,
            )
        ) {
            let text: String = parts.concat();
            let d = Digits::of(&text);
            for re in [&FULL, &MONTH_YEAR, &ISO, &YEAR_ALONE, &YEAR_ATTRIBUTIVE] {
                proptest::prop_assert!(d.year || !re.regex().is_match(&text), "{} in {:?}", re.as_str(), text);
            }
            for re in [&ISO, &NUMERIC] {
                proptest::prop_assert!(d.separated || !re.regex().is_match(&text), "{} in {:?}", re.as_str(), text);
            }
            proptest::prop_assert!(d.any || !DAY_MONTH.regex().is_match(&text));
        }

        /// Searching around each year finds what the two year rules find in the
        /// whole line.
        #[test]
        fn year_windows_find_every_year_match(
            text in glued(
                vec![
                    "2019", "1999", "2020,", "2021.", "12019", "20190", "2019a", "1750", "in",
                    "In", "since", "end of", "the year", "mid-2019", "Mid-", "Florida's",
                    "Texas’s", "a", "A", "his", "fatal", "capital", "murder", "case", "cases",
                    "crash.", "hit-and-run", "Ölfeld", "\n", "\u{a0}", "-", "2015 and",
                ],
                vec![" ", " ", "  ", ""],
                14,
            ),
        ) {
            let spans = |cs: Vec<Captures<'_>>| -> Vec<(usize, usize, Option<usize>, bool)> {
                cs.iter()
                    .map(|c| {
                        let all = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
                        (all.0, all.1, c.name("y").map(|m| m.start()), c.name("poss").is_some())
                    })
                    .collect()
            };
            let whole: Vec<Captures<'_>> = YEAR_ALONE
                .regex()
                .captures_iter(&text)
                .chain(YEAR_ATTRIBUTIVE.regex().captures_iter(&text))
                .collect();
            proptest::prop_assert_eq!(spans(year_matches(&text)), spans(whole), "{:?}", text);
        }
    }
}
