//! Dates as a sentence states them, before any year is filled in from context:
//! "20 March", "March 20, 2025", "April 2025", "April", "2025".
//!
//! The regex fragments here are case-sensitive on purpose: month names are proper
//! nouns ("March 20" is a date, "march 20 kilometres" is not; "May" the month is
//! capitalised, the verb mostly is not).

use crate::extract::lexicon::months::month_number;
use crate::extract::lexicon::Rule;
use std::sync::LazyLock;

/// A month name or its abbreviation, capitalised (no captures).
pub const MONTH: &str = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))";

/// A weekday name, capitalised (no captures).
pub const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

/// A day of the month with an optional ordinal suffix (no captures).
pub const DAY: &str = r"\b(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b";

/// A plausible four-digit year of news (1800–2099), as a whole word (no captures).
pub const YEAR: &str = r"(?:1[89][0-9]{2}|20[0-9]{2})\b";

/// A date with at least a month or a year, optionally without a year:
/// "20 March", "March 20, 2025", "April 2025", "April", "2025" (no captures).
pub static LOOSE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?:{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?|{MONTH}\s*{DAY}(?:,?\s+{YEAR})?|{MONTH}(?:,?\s+(?:of\s+)?{YEAR})?|{YEAR})"
    )
});

static WHOLE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)^(?:
            (?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?     # 20 March (2025)
          | (?P<m2>{MONTH})\s*(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?               # March 20(, 2025)
          | (?P<m3>{MONTH})(?:,?\s+(?:of\s+)?(?P<y3>{YEAR}))?                     # March (2025)
          | (?P<y4>{YEAR})                                                         # 2025
          | (?P<d5>{DAY})(?:,?\s+(?P<y5>{YEAR}))?                                  # 28(, 2025): a range's bare day
        )$"
    ))
    .expect("loose date regex compiles")
});

/// A date whose parts may be missing; at least one of them is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loose {
    /// The year, when stated.
    pub year: Option<i16>,
    /// The month (1..=12), when stated.
    pub month: Option<u8>,
    /// The day of the month, when stated.
    pub day: Option<u8>,
}

impl Loose {
    /// Parse the whole of `s` ("20 March", "March 20, 2025", "April", "2025", "28").
    pub fn parse(s: &str) -> Option<Loose> {
        let c = WHOLE.captures(s.trim())?;
        let day = |n: &str| {
            c.name(n).and_then(|m| {
                m.as_str()
                    .trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
                    .parse::<u8>()
                    .ok()
            })
        };
        let month = |n: &str| c.name(n).and_then(|m| month_number(m.as_str()));
        let year = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<i16>().ok());
        let l = if c.name("m1").is_some() {
            Loose {
                year: year("y1"),
                month: month("m1"),
                day: day("d1"),
            }
        } else if c.name("m2").is_some() {
            Loose {
                year: year("y2"),
                month: month("m2"),
                day: day("d2"),
            }
        } else if c.name("m3").is_some() {
            Loose {
                year: year("y3"),
                month: month("m3"),
                day: None,
            }
        } else if c.name("y4").is_some() {
            Loose {
                year: year("y4"),
                month: None,
                day: None,
            }
        } else {
            Loose {
                year: year("y5"),
                month: None,
                day: day("d5"),
            }
        };
        (l.year.is_some() || l.month.is_some() || l.day.is_some()).then_some(l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        let l = Loose::parse("20 March").unwrap();
        assert_eq!((l.year, l.month, l.day), (None, Some(3), Some(20)));
        let l = Loose::parse("March 20, 2025").unwrap();
        assert_eq!((l.year, l.month, l.day), (Some(2025), Some(3), Some(20)));
        let l = Loose::parse("Sept. 7").unwrap();
        assert_eq!((l.year, l.month, l.day), (None, Some(9), Some(7)));
        let l = Loose::parse("August 2025").unwrap();
        assert_eq!((l.year, l.month, l.day), (Some(2025), Some(8), None));
        let l = Loose::parse("28, 2025").unwrap();
        assert_eq!((l.year, l.month, l.day), (Some(2025), None, Some(28)));
        assert!(Loose::parse("march").is_none());
        assert!(Loose::parse("Penal Code 1871").is_none());
    }
}
