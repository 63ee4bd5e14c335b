//! What an article says about *when*, gathered once so that partial dates can be
//! completed: the publication date (from the page's metadata, else the dateline),
//! the explicit dates with a year that a partial date may borrow it from, whether
//! the article writes dates the US way (month first), and the stretches of text
//! whose dates are furniture (datelines, URLs, dates standing alone on a line).
//!
//! Completing a partial date follows `FACTS.md`: a day and month take the year of
//! the publication date when that puts them near it, else of the nearest explicit
//! date before them (in the future tense, only when that date names a day or a year
//! no earlier than the next such day after publication; else that next day); a
//! month alone is read against the publication date (the most recent such month for
//! past tense, the next one for future tense); a weekday or "yesterday" only ever
//! against the publication date.

use super::loose::{DAY, MONTH, WEEKDAY, YEAR};
use super::Digits;
use crate::extract::fact::PartialDate;
use crate::extract::lexicon::Rule;
use crate::extract::Context;
use crate::span::Span;
use jiff::civil::Date;
use std::sync::LazyLock;

/// A full date with a year, or a month with a year: the anchors partial dates borrow
/// their year from.
static EXPLICIT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
          (?P<dmy>{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR})      # 20 March 2025
        | (?P<mdy>{MONTH}\s*{DAY},?\s+{YEAR})                # March 20, 2025
        | {MONTH},?\s+(?:of\s+)?{YEAR}                       # March 2025
        | \b{YEAR}-[01][0-9]-[0-3][0-9]\b                    # 2025-03-20
        "
    ))
    .expect("explicit date regex compiles")
});

/// Which of [`EXPLICIT`]'s branches a match of it is, read off its text without
/// capture groups: `(mdy, dmy)`. A day first opens with a digit and names a month
/// (the ISO branch, also a digit first, has no letter); a month first with a day has
/// two runs of digits (the month-and-year branch one).
fn explicit_order(date: &str) -> (bool, bool) {
    let b = date.as_bytes();
    let digit_first = b.first().is_some_and(u8::is_ascii_digit);
    let runs = b
        .iter()
        .zip(std::iter::once(&b' ').chain(b))
        .filter(|(c, prev)| c.is_ascii_digit() && !prev.is_ascii_digit())
        .count();
    let dmy = digit_first && b.iter().any(u8::is_ascii_alphabetic);
    let mdy = !digit_first && runs >= 2;
    (mdy, dmy)
}

/// Which of [`ORDER`]'s branches a match of it is, `(md, dm)`: its first byte is a
/// month's letter or a day's digit (no capture groups needed).
fn day_month_order(date: &str) -> (bool, bool) {
    let first = date.as_bytes().first();
    (
        first.is_some_and(u8::is_ascii_alphabetic),
        first.is_some_and(u8::is_ascii_digit),
    )
}

/// A dateline: a full date opening one of the first lines, perhaps after a short
/// "Admin |" or "MIAMI –" and a weekday.
static DATELINE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)^
          (?:[^|–—\n0-9]{{0,40}}?\s[|–—]\s*)?           # Admin | , Miami –
          (?:(?:Updated|Published|Posted|Date)\s*:?\s*)?
          (?:{WEEKDAY},?\s+)?
          (?P<date>{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH}\s*{DAY},?\s+{YEAR}|{YEAR}-[01][0-9]-[0-3][0-9])
        "
    ))
    .expect("dateline regex compiles")
});

/// A wire dateline with its date after a comma: "HONG KONG, 22 August 2024 —",
/// "GUAYAQUIL, Ecuador, Jan. 22, 2025 –". Its date dates the story when no page
/// metadata does; it stays a fact (unlike a [`DATELINE`]'s, which stands apart).
static PLACE_DATELINE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)^
          \p{{Lu}}[\p{{L}}.'’-]*(?:[\ ,]+\p{{Lu}}[\p{{L}}.'’-]*){{0,4}},\s+
          (?:{WEEKDAY},?\s+)?
          (?P<date>{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH}\s*{DAY},?\s+{YEAR})
          \s*[–—-]
        "
    ))
    .expect("place dateline regex compiles")
});

/// A page's own time stamp: "Posted on May 21, 2026", "Updated: 3 March 2024".
static STAMP: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b(?:Posted|Published|Updated|Last\s+updated|Modified|Date\s+posted)\s*(?:on|at|:)?\s*
        (?:{WEEKDAY},?\s+)?
        (?P<date>{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH}\s*{DAY},?\s+{YEAR}|{YEAR}-[01][0-9]-[0-3][0-9])
        "
    ))
    .expect("stamp regex compiles")
});

/// A photo caption: a sentence ending "… on September 6, 2020 in Mumbai, India."
static CAPTION: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \bon\s+(?:{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH}\s*{DAY},?\s+{YEAR})
        \s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\.?\s*$
        "
    ))
    .expect("caption regex compiles")
});

/// Web addresses and Markdown link targets: their digits are never dates.
static URL: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?:https?://|www\.)[^\s)\]]+|\]\([^)\s]*\)|\b[\w.-]+\.(?:com|org|net|gov|int|edu)(?:/[^\s)\]]*)?")
        .expect("url regex compiles")
});

/// A day and a month in either order ("Dec. 13" vs "13 December"): the article's style.
static ORDER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?P<md>{MONTH}\s*{DAY})|(?P<dm>{DAY}\s+(?:of\s+)?{MONTH})"
    ))
    .expect("order regex compiles")
});

/// Numeric dates whose order is unambiguous (a part above 12).
static NUMERIC: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"\b(?P<a>[0-9]{1,2})[/-](?P<b>[0-9]{1,2})[/-](?:[0-9]{4}|[0-9]{2})\b",
    )
    .expect("numeric date regex compiles")
});

/// Words that put a clause in the future tense. Besides the tenses and "must"
/// ("must report to police in mid-November"), a court's next step: "remanded in
/// custody to reappear on 2 October", "remanded until November 20", "bailed to
/// appear at … on", "faces sentencing on", "returns to court on", "due back in court
/// on"; and a deadline: "have until December 31".
static FUTURE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:will|shall|won't|is\s+(?:due|scheduled|expected|set)\s+to|are\s+(?:due|scheduled|expected|set)\s+to|(?:scheduled|fixed|set|slated|listed)\s+(?:for|to)|upcoming|next|would|must)\b|'ll\b|’ll\b|\b(?:adjourned|postponed|deferred|remanded)\s+(?:[\w']+\s+){0,4}?(?:to|till|until)\s+$|\b(?:have|has|given|gets?)\s+until\s+$|\bfixed\s+$|\b(?:remanded|bailed|released)\b[^.;]{0,40}?\bto\s+(?:re)?appear\b|\bfaces?\s+(?:sentencing|trial|a\s+(?:trial|hearing|sentencing\s+hearing))\b|\breturns?\s+to\s+court\b|\bdue\s+back\b|\bappears?\s+again\b",
    )
    .expect("future regex compiles")
});

/// How many lines from the top may hold the dateline.
const DATELINE_LINES: usize = 8;

/// A paragraph of prose: twenty words or more, closed as a sentence is.
fn is_paragraph(text: &str) -> bool {
    let text = text.trim_end();
    text.split_ascii_whitespace().nth(19).is_some()
        && text.ends_with(['.', '!', '?', '"', '”', '’', '\''])
}

/// The article's time frame (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// The publication date: the page's metadata, else the dateline.
    pub published: Option<Date>,
    /// Explicit dates with a month and a year: (byte offset, year, whether a day is
    /// named too), in body order.
    anchors: Vec<(usize, i16, bool)>,
    /// Whether numeric dates read month first (`10/3/1998` = 3 October).
    pub month_first: bool,
    /// Text whose dates are not facts (URLs, datelines, lone date lines), in order.
    skip: Vec<Span>,
    /// Each block's [`Digits`], by block index: read once here, asked again by the
    /// mention rules.
    digits: Vec<Digits>,
}

impl Timeline {
    /// Gather the time frame of `ctx`.
    pub fn new(ctx: &Context<'_>) -> Timeline {
        let body = ctx.body;
        let mut t = Timeline {
            published: ctx.published().and_then(|p| p.civil()),
            ..Timeline::default()
        };
        let (mut mdy, mut dmy) = (0usize, 0usize);
        let mut dateline: Option<Date> = None;
        // Whether a paragraph has come before the block: a dateline stands above
        // the article's first ("WHEN: Thursday, May 2, 2024, at 9 a.m." further down
        // is an event's date).
        let mut after_paragraph = false;
        for (i, block) in ctx.segments.blocks.iter().enumerate() {
            let text = block.span.slice(body);
            let in_top = i < DATELINE_LINES && !after_paragraph;
            after_paragraph = after_paragraph || in_top && is_paragraph(text);
            let urls: Vec<Span> = URL
                .find_iter(text)
                .map(|m| Span::from(m.range()).shift(block.span.start))
                .collect();
            t.skip.extend_from_slice(&urls);
            // Every rule below needs a day or a year in digits (`Digits`, one byte
            // pass): most lines hold none, and then their regexes are not run.
            let digits = Digits::of(text);
            t.digits.push(digits);
            if !digits.any {
                continue;
            }
            if digits.year {
                for all in EXPLICIT.find_iter(text) {
                    let span = Span::from(all.range()).shift(block.span.start);
                    if urls.iter().any(|u| u.overlaps(span)) {
                        continue;
                    }
                    let (m, d) = explicit_order(all.as_str());
                    mdy += usize::from(m);
                    dmy += usize::from(d);
                    if let Some(year) = year_in(all.as_str()) {
                        let iso = all.as_str().starts_with(|c: char| c.is_ascii_digit());
                        t.anchors.push((span.start, year, m || d || iso));
                    }
                }
            }
            for m in ORDER.find_iter(text) {
                let (m, d) = day_month_order(m.as_str());
                mdy += usize::from(m);
                dmy += usize::from(d);
            }
            if digits.separated {
                for m in NUMERIC.captures_iter(text) {
                    let part = |n: &str| {
                        m.name(n)
                            .and_then(|x| x.as_str().parse::<u8>().ok())
                            .unwrap_or(0)
                    };
                    if part("a") > 12 {
                        dmy += 10;
                    } else if part("b") > 12 {
                        mdy += 10;
                    }
                }
            }
            if !digits.year {
                continue;
            }
            for c in STAMP.captures_iter(text) {
                if let Some(d) = c.name("date") {
                    t.skip.push(Span::from(d.range()).shift(block.span.start));
                }
            }
            // (a sentence of the story in that shape is no caption; see
            // `clean::narrates`)
            if CAPTION.is_match(text) && !crate::clean::narrates(text) {
                t.skip.push(block.span);
            }
            if let Some(c) = DATELINE.captures(text) {
                let Some(d) = c.name("date") else { continue };
                let rest = text[d.end()..].trim();
                let alone = rest.split_whitespace().nth(3).is_none() && !rest.ends_with('.');
                if in_top || alone {
                    t.skip.push(Span::from(d.range()).shift(block.span.start));
                    if dateline.is_none() && i < 2 * DATELINE_LINES {
                        dateline = crate::extract::lexicon::dates::parse_date(d.as_str())
                            .and_then(|p| p.civil());
                    }
                }
            } else if dateline.is_none() && in_top {
                if let Some(d) = PLACE_DATELINE.captures(text).and_then(|c| c.name("date")) {
                    dateline = crate::extract::lexicon::dates::parse_date(d.as_str())
                        .and_then(|p| p.civil());
                }
            }
        }
        t.skip.sort();
        // Merge nested and overlapping stretches so that `skipped` may binary-search.
        let mut merged: Vec<Span> = Vec::with_capacity(t.skip.len());
        for s in t.skip.drain(..) {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        t.skip = merged;
        t.month_first = mdy > dmy;
        if t.published.is_none() {
            t.published = dateline;
        }
        t
    }

    /// What the digits of block `i` allow ([`Digits::of`] its text).
    pub(super) fn digits(&self, i: usize) -> Digits {
        self.digits[i]
    }

    /// Whether block `i` may hold a date in digits ("12.12.2023"): a year and a
    /// digit, "/", "." or "-", and a digit.
    pub fn numeric_dates(&self, i: usize) -> bool {
        self.digits.get(i).is_some_and(|d| d.year && d.separated)
    }

    /// Whether a date at `span` is furniture or part of a URL.
    pub fn skipped(&self, span: Span) -> bool {
        let i = self.skip.partition_point(|s| s.end <= span.start);
        self.skip.get(i).is_some_and(|s| s.overlaps(span))
    }

    /// The year of the nearest explicit date before byte `at` (and after `from`).
    fn year_before(&self, at: usize, from: usize) -> Option<i16> {
        self.anchor_before(at, from).map(|(y, _)| y)
    }

    /// The year of the nearest explicit date before byte `at` (and after `from`),
    /// and whether that date names a day.
    fn anchor_before(&self, at: usize, from: usize) -> Option<(i16, bool)> {
        let i = self.anchors.partition_point(|(o, ..)| *o < at);
        i.checked_sub(1)
            .and_then(|i| self.anchors.get(i))
            .filter(|(o, ..)| *o >= from)
            .map(|&(_, y, full)| (y, full))
    }

    /// The year of the nearest explicit date before byte `at` ("that year").
    pub fn anchor_year(&self, at: usize) -> Option<i16> {
        self.year_before(at, 0)
    }

    /// The year of the nearest explicit date after byte `at`.
    fn year_after(&self, at: usize) -> Option<i16> {
        let i = self.anchors.partition_point(|(o, ..)| *o <= at);
        self.anchors.get(i).map(|&(_, y, _)| y)
    }

    /// Complete a day of a month stated at byte `at` (see the module docs).
    pub fn day(&self, month: u8, day: u8, at: usize, future: bool) -> Option<PartialDate> {
        let near = self.published.and_then(|p| {
            let candidates = [-1i16, 0, 1]
                .into_iter()
                .filter_map(|dy| Date::new(p.year().checked_add(dy)?, month as i8, day as i8).ok())
                .map(|d| (d, days_between(p, d)));
            if future {
                candidates
                    .filter(|(_, diff)| *diff >= -3)
                    .min_by_key(|(_, diff)| *diff)
            } else {
                candidates
                    .filter(|(_, diff)| *diff <= 31)
                    .max_by_key(|(_, diff)| *diff)
            }
        });
        if let Some((d, diff)) = near {
            if diff.abs() <= 60 {
                return PartialDate::ymd(d.year(), month, day);
            }
        }
        let before = self.anchor_before(at, 0);
        if let (true, Some((d, diff))) = (future, near) {
            // What an article says will happen lies after it was published. A month
            // and year named before ("offences between January 2017 and December
            // 2021 … will be sentenced on 3 June") date the case's past, not the
            // hearing; a full date before ("arrested on February 12, 2004 … will be
            // arraigned on February 27") dates the story itself, whatever a page's
            // later stamp says, and so does any later year.
            if before.is_none_or(|(y, full)| !full && y < d.year()) && diff <= 366 {
                return PartialDate::ymd(d.year(), month, day);
            }
        }
        if let Some((y, _)) = before {
            return PartialDate::ymd(y, month, day);
        }
        if let Some((d, _)) = near {
            return PartialDate::ymd(d.year(), month, day);
        }
        PartialDate::ymd(self.year_after(at)?, month, day)
    }

    /// Complete a month stated alone at byte `at`, in the line starting at `line`.
    pub fn month(&self, month: u8, at: usize, line: usize, future: bool) -> Option<PartialDate> {
        if let Some(y) = self.year_before(at, line) {
            return PartialDate::ym(y, month);
        }
        if let Some(p) = self.published {
            let pm = p.month() as u8;
            let y = match (future, month >= pm, month <= pm) {
                (true, true, _) | (false, _, true) => p.year(),
                (true, false, _) => p.year().checked_add(1)?,
                (false, _, false) => p.year().checked_sub(1)?,
            };
            return PartialDate::ym(y, month);
        }
        let y = self.year_before(at, 0).or_else(|| self.year_after(at))?;
        PartialDate::ym(y, month)
    }

    /// The date of a weekday (0 = Monday) named without a date: the most recent one on
    /// or before publication, or for the future tense the next one after it.
    pub fn weekday(&self, weekday: u8, future: bool) -> Option<PartialDate> {
        let p = self.published?;
        let pw = p.weekday().to_monday_zero_offset() as i64;
        let w = weekday as i64;
        let offset = match (future, (w - pw).rem_euclid(7)) {
            (true, 0) => 7,
            (true, ahead) => ahead,
            (false, _) => -(pw - w).rem_euclid(7),
        };
        let d = p.checked_add(jiff::Span::new().days(offset)).ok()?;
        PartialDate::ymd(d.year(), d.month() as u8, d.day() as u8)
    }

    /// The publication date moved by `days`, when it is known.
    pub fn published_plus(&self, days: i64) -> Option<PartialDate> {
        let d = self
            .published?
            .checked_add(jiff::Span::new().days(days))
            .ok()?;
        PartialDate::ymd(d.year(), d.month() as u8, d.day() as u8)
    }

    /// The publication month moved by `months` (`-1`: last month), when known.
    pub fn published_month(&self, months: i64) -> Option<PartialDate> {
        let d = self
            .published?
            .checked_add(jiff::Span::new().months(months))
            .ok()?;
        PartialDate::ym(d.year(), d.month() as u8)
    }

    /// The publication year moved by `years`, when known.
    pub fn published_year(&self, years: i16) -> Option<PartialDate> {
        PartialDate::y(self.published?.year().checked_add(years)?)
    }

    /// The year a partial date at byte `at` takes from context when nothing nearer
    /// gives one: the nearest explicit date before it, the publication year, or the
    /// nearest explicit date after it.
    pub fn context_year(&self, at: usize) -> Option<i16> {
        self.year_before(at, 0)
            .or_else(|| self.published.map(|p| p.year()))
            .or_else(|| self.year_after(at))
    }
}

/// Whether the clause around `text[start..end]` speaks of the future: a future
/// marker shortly before the words, or right after them when they open the sentence.
pub fn future_at(text: &str, start: usize, end: usize) -> bool {
    let before_from = floor_char(text, start.saturating_sub(110));
    let before = text.get(before_from..start).unwrap_or("");
    let before = before.rsplit(['.', ';', '?', '!']).next().unwrap_or(before);
    // ("… would be sympathetic," she told reporters Thursday: the words quoted keep
    // their own tense; the reporting verb's is the date's)
    let before = before.rsplit(['"', '“', '”']).next().unwrap_or(before);
    if let Some(marker) = FUTURE.find_iter(before).last() {
        // "… will replace its auditor on Monday, it was announced on Thursday": a
        // reporting clause in the past after the future one dates the report.
        let reported = before[marker.end()..]
            .rsplit_once(", ")
            .is_some_and(|(_, clause)| reporting_in_past(clause));
        if !reported {
            return true;
        }
    }
    let opens = before
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .count()
        <= 1;
    let after_to = floor_char(text, (end + 25).min(text.len()));
    let after = text.get(end..after_to).unwrap_or("");
    hearing_after(after) || opens && FUTURE.is_match(after)
}

/// Whether a clause holds a reporting verb in the past: "it was announced on", "she
/// told the court on", "police said on".
fn reporting_in_past(clause: &str) -> bool {
    clause.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_ascii_alphabetic()),
            "was"
                | "were"
                | "said"
                | "told"
                | "announced"
                | "added"
                | "confirmed"
                | "reported"
                | "stated"
        )
    })
}

/// "… fixed Aug 8 for mention", "… June 27 for sentencing": a date a court set for
/// a step of the case still to come.
fn hearing_after(after: &str) -> bool {
    const STEPS: &[&str] = &[
        "mention",
        "hearing",
        "trial",
        "sentencing",
        "plea",
        "arraignment",
        "judgment",
        "judgement",
        "ruling",
        "verdict",
        "continuation",
        "further",
        "the next",
    ];
    after
        .trim_start_matches([' ', ',', ')'])
        .strip_prefix("for ")
        .is_some_and(|rest| STEPS.iter().any(|s| rest.starts_with(s)))
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn days_between(from: Date, to: Date) -> i64 {
    to.duration_since(from).as_secs() / 86_400
}

fn year_in(s: &str) -> Option<i16> {
    static Y: LazyLock<Rule> = LazyLock::new(|| {
        crate::extract::lexicon::regex(&format!(r"\b{YEAR}")).expect("year regex compiles")
    });
    Y.find(s)?.as_str().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_markers() {
        let s = "The coroner will give her findings on Wednesday.";
        let at = s.find("Wednesday").unwrap();
        assert!(future_at(s, at, at + 9));
        // the quoted words' tense is not the reporting verb's
        let s = "\"They would help us,\" the minister told reporters Thursday.";
        let at = s.find("Thursday").unwrap();
        assert!(!future_at(s, at, at + 8));
        let s = "\"We will meet on Monday,\" he said.";
        let at = s.find("Monday").unwrap();
        assert!(future_at(s, at, at + 6));
        // a past reporting clause after the future one
        let s = "The firm will replace its auditor on Monday, it was announced on Thursday.";
        let at = s.find("Thursday").unwrap();
        assert!(!future_at(s, at, at + 8));
        let at = s.find("Monday").unwrap();
        assert!(future_at(s, at, at + 6));
        let s = "He will, police said, appear in court on Friday.";
        let at = s.find("Friday").unwrap();
        assert!(future_at(s, at, at + 6));
        let s = "He vowed on Saturday that they will be charged.";
        let at = s.find("Saturday").unwrap();
        assert!(!future_at(s, at, at + 8));
        let s = "On Tuesday, it will call a witness.";
        assert!(future_at(s, 3, 10));
    }

    #[test]
    fn explicit_order_of_each_branch() {
        for (date, order) in [
            ("20 March 2025", (false, true)),
            ("3rd of Dec. 2024", (false, true)),
            ("March 20, 2025", (true, false)),
            ("Sept 9 1999", (true, false)),
            ("March 2025", (false, false)),
            ("June, of 2021", (false, false)),
            ("2025-03-20", (false, false)),
        ] {
            let c = EXPLICIT.regex().captures(date).unwrap();
            assert_eq!(&c[0], date);
            let branch = (c.name("mdy").is_some(), c.name("dmy").is_some());
            assert_eq!((explicit_order(date), branch), (order, order), "{date}");
        }
    }

    proptest::proptest! {
        /// A line's timeline rules are skipped for want of its digits only when they
        /// could not have matched it.
        #[test]
        fn skipped_rules_cannot_match(
            text in super::super::tests::glued(
                vec![
                    "1", "3", "9", "20", "2024", "1899", "31st", "12/25/2020", "4-5-21", "/",
                    "-", "\n", "May", "Dec.", "March", "June,", "of", "on", "in", "Posted",
                    "Updated:", "Admin |", "Monday,", "Miami", "Florida.", "Mumbai, India",
                ],
                vec![" ", " ", ", ", ""],
                12,
            ),
        ) {
            let d = Digits::of(&text);
            for re in [&EXPLICIT, &STAMP, &CAPTION, &DATELINE] {
                proptest::prop_assert!(d.year || !re.regex().is_match(&text), "{} in {:?}", re.as_str(), text);
            }
            proptest::prop_assert!(d.separated || !NUMERIC.regex().is_match(&text), "{:?}", text);
            proptest::prop_assert!(d.any || !ORDER.regex().is_match(&text), "{:?}", text);
        }

        /// A date's order read off its text is the branch of its rule that matched
        /// it: [`EXPLICIT`]'s full dates and [`ORDER`]'s days and months.
        #[test]
        fn order_read_off_the_text_is_the_branch(
            text in super::super::tests::glued(
                vec![
                    "1", "3", "9", "20", "31st", "2nd", "2024", "1999", "May", "Dec.", "Sept",
                    "March", "June,", "of", "on", "Jan", "x", "2025-03-20", "-", "2021-1",
                    "May5", "12May", "in", "(", ")", "\n",
                ],
                vec![" ", " ", ", ", "", "\n"],
                12,
            ),
        ) {
            for c in EXPLICIT.regex().captures_iter(&text) {
                proptest::prop_assert_eq!(
                    explicit_order(&c[0]),
                    (c.name("mdy").is_some(), c.name("dmy").is_some()),
                    "{:?}", &c[0]
                );
            }
            for c in ORDER.regex().captures_iter(&text) {
                proptest::prop_assert_eq!(
                    day_month_order(&c[0]),
                    (c.name("md").is_some(), c.name("dm").is_some()),
                    "{:?}", &c[0]
                );
            }
        }
    }
}
