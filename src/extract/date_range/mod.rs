//! `date_range` facts: "from 24 February to 28 March 2025", "between 24 February and
//! 28 March" (year from context), "February 24–28, 2025", "24–28 February",
//! "between April and August 2025", "between 2014 and 2017", "March 1-5",
//! "between January 2015 and this month".
//!
//! The two ends are parsed as [`Loose`] dates. The first end takes what it lacks
//! from the second (its month, its year, a year earlier when its month comes later
//! in the year: "from December to February 2025"); a second end without a year takes
//! it from the article's [`Timeline`] as a lone date would. The span runs from the
//! first end to the second, so the dates inside it are not reported again.
//!
//! | text | start | end |
//! |---|---|---|
//! | from 24 February to 28 March 2025 | 2025-02-24 | 2025-03-28 |
//! | February 24–28, 2025 | 2025-02-24 | 2025-02-28 |
//! | between April and August 2025 | 2025-04 | 2025-08 |
//! | between 2014 and 2017 | 2014 | 2017 |

use crate::extract::date::loose::{Loose, DAY, LOOSE, MONTH, WEEKDAY, YEAR};
use crate::extract::date::timeline::{future_at, Timeline};
use crate::extract::fact::{Fact, PartialDate, Value};
use crate::extract::lexicon::Rule;
use crate::extract::Context;
use crate::span::Span;
use regex::Captures;
use std::sync::LazyLock;

/// Words joining the two ends; a comma may close a first end that has its year
/// ("between Dec. 28, 2023, and Jan. 3, 2024"), only after "from" or "between".
const TO: &str = r"(?:\s*[-–—]\s*|,?\s+(?:to|until|till|through|thru|and)\s+)";

/// A hedge between "from" or "between" and the first end: "from about 2019", "from
/// at least 2017 through October 2022".
const HEDGE: &str =
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+|as\s+early\s+as\s+|at\s+least\s+)?";

/// "24–28 February 2025", "between 24 and 28 February".
static DAYS_MONTH: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?P<kw>\b(?:[Ff]rom|[Bb]etween)\s+{HEDGE})?
        (?P<a>{DAY}) (?P<to>{TO}) (?P<b>{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}}\b)?)
        "
    ))
    .expect("days-month range regex compiles")
});

/// "February 24–28, 2025", "March 1-5".
static MONTH_DAYS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?P<kw>\b(?:[Ff]rom|[Bb]etween)\s+{HEDGE})?
        (?P<m>{MONTH})\s*(?P<a>{DAY}) (?P<to>{TO}) (?P<b>{DAY}(?:,?\s+\d{{4}}\b)?)
        "
    ))
    .expect("month-days range regex compiles")
});

/// Two whole ends: "from 24 February to 28 March 2025", "between April and August
/// 2025", "between 2014 and 2017", "between January 2015 and this month", "between
/// late 2021 and early 2022" (a part of a year is read as the year).
static ENDS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?P<kw>\b(?:[Ff]rom|[Bb]etween)\s+{HEDGE})?
        (?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)? (?P<a>{loose}) (?P<to>{TO})
        (?:(?:early|late|mid)[\s-]+)? (?P<b>{loose}|this\s+month|this\s+year)
        ",
        loose = *LOOSE
    ))
    .expect("range regex compiles")
});

/// A "Dt." or "dated" label before a date in digits, as Indian police notes write
/// them ("from Dt. 12.12.2024 to 23.12.2024").
const DATED: &str = r"(?:(?:[Dd]t|DT|[Dd]ated)\.?\s*)?";

/// Two dates in digits: "from 01.06.2022 to 31.12.2024", "between 12/03/2024 and
/// 20/03/2024", "10-03-2024 – 14-03-2024" (four-digit years only: a two-digit one
/// may be a score or a reference).
static NUMERIC: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?P<kw>\b(?:[Ff]rom|[Bb]etween)\s+)? {DATED}
        \b(?P<a>(?P<a1>[0-9]{{1,2}})[./-](?P<a2>[0-9]{{1,2}})[./-](?P<ay>{YEAR}))
        (?P<to>{TO}) {DATED}
        (?P<b>(?P<b1>[0-9]{{1,2}})[./-](?P<b2>[0-9]{{1,2}})[./-](?P<by>{YEAR}))
        "
    ))
    .expect("numeric range regex compiles")
});

/// "between Monday and Tuesday (Sept 7 and Sept 8)".
static WEEKDAYS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b[Bb]etween\s+(?P<start>{WEEKDAY})\s+and\s+{WEEKDAY}\s*\(\s*
        (?P<a>{loose})\s*(?:and|to|-|–)\s*(?P<b>{loose})\s*\)
        ",
        loose = *LOOSE
    ))
    .expect("weekday range regex compiles")
});

/// Append the `date_range` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let tl = ctx.timeline();
    for (i, block) in ctx.segments.blocks.iter().enumerate() {
        let text = block.span.slice(ctx.body);
        let mut taken: Vec<Span> = Vec::new();
        for c in WEEKDAYS.captures_iter(text) {
            let (Some(start), Some(all)) = (c.name("start"), c.get(0)) else {
                continue;
            };
            let span = Span::new(start.start(), all.end());
            emit(
                ctx,
                tl,
                text,
                block.span,
                &c,
                span,
                None,
                "date-range-weekdays",
                &mut taken,
                out,
            );
        }
        // A range with a day of the month needs a digit: most blocks whose words
        // hold a month's letters ("may", "Dec" in "decided") have none, and then the
        // two day rules are not run.
        let days = crate::ascii::digits(text.as_bytes()).next().is_some();
        if tl.numeric_dates(i) {
            numeric(ctx, tl, text, block.span, &mut taken, out);
        }
        for c in days
            .then(|| MONTH_DAYS.captures_iter(text))
            .into_iter()
            .flatten()
        {
            let Some(m) = c.name("m") else { continue };
            let Some(b) = c.name("b") else { continue };
            if !joined(&c) || counted(&text[b.end()..]) {
                continue;
            }
            emit(
                ctx,
                tl,
                text,
                block.span,
                &c,
                Span::new(m.start(), b.end()),
                Some(m.as_str()),
                "date-range-month-days",
                &mut taken,
                out,
            );
        }
        for c in days
            .then(|| DAYS_MONTH.captures_iter(text))
            .into_iter()
            .flatten()
        {
            let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
                continue;
            };
            if !joined(&c) {
                continue;
            }
            emit(
                ctx,
                tl,
                text,
                block.span,
                &c,
                Span::new(a.start(), b.end()),
                None,
                "date-range-days-month",
                &mut taken,
                out,
            );
        }
        for c in ENDS.captures_iter(text) {
            let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
                continue;
            };
            let (Some(la), lb) = (Loose::parse(a.as_str()), Loose::parse(b.as_str())) else {
                continue;
            };
            if !joined(&c) {
                continue;
            }
            // Without "from" or "between", only two dates with a month each make a range.
            if c.name("kw").is_none()
                && (la.month.is_none() || lb.is_none_or(|l| l.month.is_none()))
            {
                let dashed = c
                    .name("to")
                    .is_some_and(|t| t.as_str().trim().chars().all(|ch| "-–—".contains(ch)));
                if !(dashed
                    && la.month.is_none()
                    && la.year.is_some()
                    && lb.is_some_and(|l| l.month.is_none() && l.year.is_some()))
                {
                    continue;
                }
            }
            emit(
                ctx,
                tl,
                text,
                block.span,
                &c,
                Span::new(a.start(), b.end()),
                None,
                "date-range",
                &mut taken,
                out,
            );
        }
    }
}

/// The [`NUMERIC`] ranges of a block: both ends read in one order, day or month
/// first, by whichever number of either end is over 12, else by the article's style.
fn numeric(
    ctx: &Context<'_>,
    tl: &Timeline,
    text: &str,
    line: Span,
    taken: &mut Vec<Span>,
    out: &mut Vec<Fact>,
) {
    for c in NUMERIC.captures_iter(text) {
        let (Some(a), Some(bm)) = (c.name("a"), c.name("b")) else {
            continue;
        };
        let n = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u16>().ok());
        let (Some(a1), Some(a2), Some(ay), Some(b1), Some(b2), Some(by)) =
            (n("a1"), n("a2"), n("ay"), n("b1"), n("b2"), n("by"))
        else {
            continue;
        };
        // ("1.2.2024.5", "10.12.2023-04": a longer figure, not a date)
        let after = &text[bm.end()..];
        let mut rest = after.chars();
        let runs_on = match rest.next() {
            Some(ch) if ch.is_ascii_alphanumeric() => true,
            Some('.' | '/' | '-') => rest.next().is_some_and(|ch| ch.is_ascii_digit()),
            _ => false,
        };
        if !joined(&c) || runs_on {
            continue;
        }
        let day_first = if a1 > 12 || b1 > 12 {
            true
        } else if a2 > 12 || b2 > 12 {
            false
        } else {
            !tl.month_first
        };
        let ymd = |x: u16, y: u16, year: u16| {
            let (m, d) = if day_first { (y, x) } else { (x, y) };
            PartialDate::ymd(
                i16::try_from(year).ok()?,
                u8::try_from(m).ok()?,
                u8::try_from(d).ok()?,
            )
        };
        let (Some(start), Some(end)) = (ymd(a1, a2, ay), ymd(b1, b2, by)) else {
            continue;
        };
        let local = Span::new(a.start(), bm.end());
        if start >= end
            || taken.iter().any(|t| t.overlaps(local))
            || tl.skipped(local.shift(line.start))
        {
            continue;
        }
        taken.push(local);
        out.push(ctx.fact(
            Value::DateRange { start, end },
            local.shift(line.start),
            "date-range-numeric",
        ));
    }
}

/// Whether `after` (the text after a range's second day) opens with a unit: in
/// "sentenced on March 5 to 20 years" the "20" counts years, it is no day.
fn counted(after: &str) -> bool {
    let word = after
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.trim_end_matches('s'),
        "year"
            | "yr"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "hr"
            | "minute"
            | "min"
            | "decade"
            | "percent"
    )
}

/// Whether the connective suits the keyword: "and" only after "between", "to" never;
/// a dash after either or neither ("between 10-14 March 2025").
fn joined(c: &Captures<'_>) -> bool {
    let raw = c.name("to").map(|t| t.as_str().trim()).unwrap_or("");
    let to = raw.trim_start_matches(',').trim_start();
    let kw = c
        .name("kw")
        .and_then(|k| k.as_str().split_whitespace().next())
        .map(|k| k.to_ascii_lowercase());
    if to.len() < raw.len() && kw.is_none() {
        return false;
    }
    match to {
        "and" => kw.as_deref() == Some("between"),
        "-" | "–" | "—" => true,
        _ => kw.as_deref() != Some("between"),
    }
}

#[allow(clippy::too_many_arguments)]
fn emit(
    ctx: &Context<'_>,
    tl: &Timeline,
    text: &str,
    line: Span,
    c: &Captures<'_>,
    mut local: Span,
    month: Option<&str>,
    rule: &'static str,
    taken: &mut Vec<Span>,
    out: &mut Vec<Fact>,
) {
    if taken.iter().any(|t| t.overlaps(local)) || tl.skipped(local.shift(line.start)) {
        return;
    }
    let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
        return;
    };
    let with_month = |s: &str| match month {
        Some(m) => format!("{m} {s}"),
        None => s.to_string(),
    };
    let Some(mut start) = Loose::parse(&with_month(a.as_str())) else {
        return;
    };
    let bt = b.as_str();
    let end = if bt.starts_with("this") {
        if bt.ends_with("month") {
            tl.published_month(0)
        } else {
            tl.published_year(0)
        }
    } else {
        let Some(mut end) = Loose::parse(&with_month(bt)) else {
            return;
        };
        let future = future_at(text, local.start, local.end);
        if end.year.is_none() {
            if let Some((len, years)) = relative_year(&text[local.end..]) {
                end.year = tl.published_year(years).map(|p| p.year);
                local = Span::new(local.start, local.end + len);
            }
        }
        if end.year.is_none() {
            end.year = match (end.month, end.day) {
                (Some(m), Some(d)) => tl
                    .day(m, d, line.start + local.start, future)
                    .map(|p| p.year),
                (Some(m), None) => tl
                    .month(m, line.start + local.start, line.start, future)
                    .map(|p| p.year),
                _ => tl.context_year(line.start + local.start),
            };
        }
        to_date(end)
    };
    let Some(end) = end else { return };
    let span = local.shift(line.start);
    if start.month.is_none() && start.day.is_some() {
        start.month = end.month;
    }
    if start.year.is_none() {
        let later = start.month.zip(end.month).is_some_and(|(s, e)| s > e);
        start.year = if later {
            end.year.checked_sub(1)
        } else {
            Some(end.year)
        };
    }
    let Some(start) = to_date(start) else { return };
    if start >= end {
        return;
    }
    taken.push(local);
    out.push(ctx.fact(Value::DateRange { start, end }, span, rule));
}

/// "last year", "this year" or "next year" opening `after` (the text after a range
/// whose second end has no year): its length and the years it is from publication.
fn relative_year(after: &str) -> Option<(usize, i16)> {
    let rest = after.strip_prefix(' ')?;
    let (word, tail) = rest.split_once(' ')?;
    let years = match word.to_ascii_lowercase().as_str() {
        "last" | "past" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    let year = tail.get(..4).filter(|y| y.eq_ignore_ascii_case("year"))?;
    if tail[year.len()..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((1 + word.len() + 1 + year.len(), years))
}

fn to_date(l: Loose) -> Option<PartialDate> {
    match (l.year, l.month, l.day) {
        (Some(y), Some(m), Some(d)) => PartialDate::ymd(y, m, d),
        (Some(y), Some(m), None) => PartialDate::ym(y, m),
        (Some(y), None, None) => PartialDate::y(y),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_compile() {
        for re in [&DAYS_MONTH, &MONTH_DAYS, &ENDS, &WEEKDAYS, &NUMERIC] {
            assert!(!re.is_match(""));
        }
    }
}
