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
}
