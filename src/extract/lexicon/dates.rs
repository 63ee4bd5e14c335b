//! Whole dates written out in one piece: "24 February 2025", "February 24, 2025",
//! "Feb. 24, 2025", "2025-02-24", "24/02/2025" (day first), "April 2025".

use super::months::{month_number, MONTH};
use crate::extract::fact::PartialDate;
use crate::extract::lexicon::Rule;
use std::sync::LazyLock;

static FULL: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        ^(?:
            (?P<iy>[12][0-9]{{3}})-(?P<im>[01]?[0-9])-(?P<id>[0-3]?[0-9])        # ISO
          | (?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y1>[12][0-9]{{3}})   # 24 February 2025
          | (?P<m2>{MONTH})\s+(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?P<y2>[12][0-9]{{3}})          # February 24, 2025
          | (?P<sd>[0-3]?[0-9])[/.](?P<sm>[01]?[0-9])[/.](?P<sy>[12][0-9]{{3}})                      # 24/02/2025
          | (?P<m3>{MONTH}),?\s+(?P<y3>[12][0-9]{{3}})                                              # April 2025
        )"
    ))
    .expect("date regex compiles")
});

/// [`FULL`]'s five forms one by one, in its order, with numbered groups: a text
/// that `FULL` matches is read by the first of its forms that matches it, with that
/// form's groups, as `FULL`'s leftmost-first alternation reads it. `FULL`'s own
/// named groups cost its backtracker over all five forms and a hashed look-up per
/// group name; read this way the ~35,000 dates of the bulk press releases cost 58 M
/// fewer instructions (0.2% of a run).
///
/// ISO: year, month, day.
static ISO: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::extract::lexicon::groups_regex(r"^([12][0-9]{3})-([01]?[0-9])-([0-3]?[0-9])")
        .expect("ISO date regex compiles")
});
/// Day, month, year: "24th of February, 2025".
static DAY_MONTH: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::extract::lexicon::groups_regex(&format!(
        r"(?i)^([0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH}),?\s+([12][0-9]{{3}})"
    ))
    .expect("day-month date regex compiles")
});
/// Month, day, year: "February 24, 2025".
static MONTH_DAY: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::extract::lexicon::groups_regex(&format!(
        r"(?i)^({MONTH})\s+([0-3]?[0-9])(?:st|nd|rd|th)?,?\s+([12][0-9]{{3}})"
    ))
    .expect("month-day date regex compiles")
});
/// Day, month, year in digits: "24/02/2025".
static NUMERIC: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::extract::lexicon::groups_regex(r"^([0-3]?[0-9])[/.]([01]?[0-9])[/.]([12][0-9]{3})")
        .expect("numeric date regex compiles")
});
/// Month and year: "April 2025".
static MONTH_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::extract::lexicon::groups_regex(&format!(r"(?i)^({MONTH}),?\s+([12][0-9]{{3}})"))
        .expect("month-year date regex compiles")
});

/// A time of day beside a page's date: "7:45pm, 18 Jun 2025", "June 18, 2025 at
/// 7:45 pm", "18 Jun 2025, 19:45 HKT".
static TIME_OF_DAY: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?ix)
        (?: ^ | [\s,|]+ (?:at\s+)? | \s+[-–]\s+ )
        [0-9]{1,2} (?: :[0-9]{2} (?:\s*[ap]\.?\s?m\.?)? | \.[0-9]{2}\s*[ap]\.?\s?m\.? | \s*[ap]\.?\s?m\.? )
        (?: \s+ (?-i:[A-Z]{2,4}) )?
        \b [\s,|]* ",
    )
    .expect("time-of-day regex")
});

/// `s` without the first time of day in it, and the marks around that time.
///
/// ```
/// use blotter::extract::lexicon::dates::without_time;
/// assert_eq!(without_time("7:45pm, 18 Jun 2025").trim(), "18 Jun 2025");
/// assert_eq!(without_time("June 18, 2025 at 7:45 pm").trim(), "June 18, 2025");
/// assert_eq!(without_time("18 Jun 2025, 19:45 HKT").trim(), "18 Jun 2025");
/// assert_eq!(without_time("10:30 a.m. EST | June 18, 2025").trim(), "June 18, 2025");
/// assert_eq!(without_time("24/02/2025").trim(), "24/02/2025");
/// ```
pub fn without_time(s: &str) -> std::borrow::Cow<'_, str> {
    match TIME_OF_DAY.find(s) {
        Some(m) => format!("{} {}", &s[..m.start()], &s[m.end()..]).into(),
        None => s.into(),
    }
}

/// Parse a date at the start of `s` (leading spaces and a weekday allowed).
///
/// ```
/// use blotter::extract::lexicon::dates::parse_date;
/// assert_eq!(parse_date("April 24, 2026").unwrap().to_string(), "2026-04-24");
/// assert_eq!(parse_date("2020-08-26 10:43:09+08:00").unwrap().to_string(), "2020-08-26");
/// assert!(parse_date("31 February 2025").is_none());
/// ```
pub fn parse_date(s: &str) -> Option<PartialDate> {
    let s = s.trim_start();
    let s = strip_weekday(s);
    if !FULL.is_match(s) {
        return None;
    }
    let num = |m: Option<regex::Match<'_>>| m?.as_str().parse::<i64>().ok();
    let month = |m: Option<regex::Match<'_>>| month_number(m?.as_str());
    // A form in digits: its year, month and day groups.
    let in_digits = |c: regex::Captures<'_>, y: usize, m: usize, d: usize| {
        Some((
            num(c.get(y))?,
            num(c.get(m))? as u8,
            Some(num(c.get(d))? as u8),
        ))
    };
    // The ISO, day-first and numeric forms open with a digit, the other two with a
    // month's letter.
    let (y, m, d) = if s.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(c) = ISO.captures(s) {
            in_digits(c, 1, 2, 3)?
        } else if let Some(c) = DAY_MONTH.captures(s) {
            (num(c.get(3))?, month(c.get(2))?, Some(num(c.get(1))? as u8))
        } else {
            in_digits(NUMERIC.captures(s)?, 3, 2, 1)?
        }
    } else if let Some(c) = MONTH_DAY.captures(s) {
        (num(c.get(3))?, month(c.get(1))?, Some(num(c.get(2))? as u8))
    } else {
        let c = MONTH_YEAR.captures(s)?;
        (num(c.get(2))?, month(c.get(1))?, None)
    };
    let y = i16::try_from(y).ok()?;
    match d {
        Some(d) => PartialDate::ymd(y, m, d),
        None => PartialDate::ym(y, m),
    }
}

static ANYWHERE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"\b(?:{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[12][0-9]{{3}}|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+[12][0-9]{{3}}|[12][0-9]{{3}}-[01][0-9]-[0-3][0-9])\b"
    ))
    .expect("date-anywhere regex compiles")
});

/// True when `s` holds a whole date (day, month and year) anywhere.
pub fn contains_date(s: &str) -> bool {
    ANYWHERE.is_match(s)
}

fn strip_weekday(s: &str) -> &str {
    for w in [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ] {
        if let Some(rest) = s.strip_prefix(w) {
            return rest.trim_start_matches([',', ' ']);
        }
        if let Some(rest) = s.get(..3).filter(|p| w.starts_with(*p)).map(|_| &s[3..]) {
            if rest.starts_with(", ") {
                return rest.trim_start_matches([',', ' ']);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        for (s, want) in [
            ("24 February 2025", "2025-02-24"),
            ("February 24, 2025", "2025-02-24"),
            ("Feb. 24, 2025", "2025-02-24"),
            ("Wednesday, August 26, 2020", "2020-08-26"),
            ("2025-02-24T10:00:00Z", "2025-02-24"),
            ("24/02/2025", "2025-02-24"),
            ("April 2025", "2025-04"),
            ("1st March 2024", "2024-03-01"),
        ] {
            assert_eq!(
                parse_date(s).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{s}"
            );
        }
        assert!(parse_date("Penal Code 1871").is_none());
        assert!(parse_date("30/02/2025").is_none());
    }

    /// [`parse_date`] as it read [`FULL`]'s named groups, before the forms were
    /// read one by one.
    fn parse_date_by_names(s: &str) -> Option<PartialDate> {
        let s = strip_weekday(s.trim_start());
        let c = FULL.captures(s)?;
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<i64>().ok());
        let month = |n: &str| c.name(n).and_then(|m| month_number(m.as_str()));
        let (y, m, d) = if let Some(y) = num("iy") {
            (y, num("im")? as u8, Some(num("id")? as u8))
        } else if let Some(y) = num("y1") {
            (y, month("m1")?, Some(num("d1")? as u8))
        } else if let Some(y) = num("y2") {
            (y, month("m2")?, Some(num("d2")? as u8))
        } else if let Some(y) = num("sy") {
            (y, num("sm")? as u8, Some(num("sd")? as u8))
        } else {
            (num("y3")?, month("m3")?, None)
        };
        let y = i16::try_from(y).ok()?;
        match d {
            Some(d) => PartialDate::ymd(y, m, d),
            None => PartialDate::ym(y, m),
        }
    }

    #[test]
    fn forms_read_as_the_named_groups_did() {
        for s in [
            "2025-1-5",
            "2025-13-40",
            "12/05/2024",
            "12.5.2024",
            "3 of May, 2024",
            "31st of DECEMBER 2023",
            "Sept. 9, 2021",
            "SEPT 2021",
            "ſeptember 3, 2020",
            "May 2024",
            "May 20, 2024",
            "May 2020 24",
            "Mar., 2020",
            "20 May2024",
            "20May 2024",
            "2 0 May 2024",
            "1999-02-29",
            "2000-02-29",
            "Tue, May 5, 2020",
            "Sunday 3 March 2024",
            "0 May 2024",
            "39 May 2024",
            "May 39, 2024",
        ] {
            assert_eq!(parse_date(s), parse_date_by_names(s), "{s:?}");
        }
    }

    proptest::proptest! {
        /// Days, months and years in every order the forms take (and some they do
        /// not), with separators right and wrong: the forms read what the named
        /// groups read.
        #[test]
        fn forms_read_as_the_named_groups_do(
            weekday in "(Monday, |Tue, |)",
            day in "[0-3]?[0-9](st|nd|ND|th)?",
            month in "January|june|MAY|Sept?\\.?|ſept|Dec\\.|Marc|[01]?[0-9]",
            year in "[12][0-9]{3}|[0-9]{1,3}",
            seps in proptest::collection::vec("[ ,./-]|\u{a0}|  | of |, |", 2),
            order in 0..4usize,
        ) {
            let s = match order {
                0 => format!("{weekday}{day}{}{month}{}{year}", seps[0], seps[1]),
                1 => format!("{weekday}{month}{}{day}{}{year}", seps[0], seps[1]),
                2 => format!("{year}{}{month}{}{day}", seps[0], seps[1]),
                _ => format!("{weekday}{month}{}{year}", seps[0]),
            };
            proptest::prop_assert_eq!(parse_date(&s), parse_date_by_names(&s), "{:?}", s);
        }
    }
}
