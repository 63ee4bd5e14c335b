//! Numbers as news writes them: digits with thousands separators, number words up to
//! the millions ("four", "twenty-one", "one hundred and five", "two million"), and
//! digits with a scale word ("1.2 million", "3 lakh").

use crate::extract::fact::Decimal;

/// Regex fragment for a number written in words (case-insensitive, no captures).
/// "and" joins words only after a scale word ("one hundred and five"): "between
/// four and nine years" holds two numbers, not one.
pub const NUMBER_WORDS: &str = r"(?:(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)[\s-]+)*(?:hundred|thousand|million|billion)[\s-]+and[\s-]+)*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen))*)";

/// Whether `text` holds a number at all: a digit or a number word. Rules that need a
/// number ask this first and skip the text cheaply when there is none.
pub fn has_number(text: &str) -> bool {
    static NUMBER: std::sync::LazyLock<super::Rule> = std::sync::LazyLock::new(|| {
        super::regex(r"(?i)[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b")
            .expect("number regex")
    });
    NUMBER.is_match(text)
}

/// Regex fragment for a number in digits: `1,234`, `1234`, `12.5` (no captures).
pub const NUMBER_DIGITS: &str = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?";

fn unit_word(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// A scale word's factor: hundred, thousand, lakh, crore, million, billion, and their
/// abbreviations (`m`, `mn`, `bn`, `k`).
pub fn scale_word(w: &str) -> Option<u64> {
    super::with_ascii_lower(w, scale_word_lower)
}

fn scale_word_lower(w: &str) -> Option<u64> {
    Some(match w.trim_end_matches('.') {
        "hundred" => 100,
        "thousand" | "k" => 1_000,
        "lakh" | "lakhs" => 100_000,
        "million" | "millions" | "m" | "mn" | "mil" => 1_000_000,
        "crore" | "crores" | "cr" => 10_000_000,
        "billion" | "billions" | "bn" | "b" => 1_000_000_000,
        "trillion" | "tn" => 1_000_000_000_000,
        _ => return None,
    })
}

/// Parse a number written in words ("twenty-one", "one hundred and five",
/// "two million", "a dozen" is not handled: "dozen" alone is 12).
/// Returns `None` for anything that is not wholly a number.
pub fn parse_words(s: &str) -> Option<u64> {
    super::with_ascii_lower(s, parse_lower_words)
}

fn parse_lower_words(lower: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    for w in lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
    {
        if w == "and" {
            continue;
        }
        if w == "dozen" {
            current = current.max(1).checked_mul(12)?;
            any = true;
        } else if let Some(n) = unit_word(w) {
            // "twenty" + "one" composes; "twenty-one twenty-one" or "five six" does not.
            let below_hundred = current % 100;
            let composes =
                below_hundred == 0 || (below_hundred >= 20 && below_hundred % 10 == 0 && n < 10);
            if !composes {
                return None;
            }
            current = current.checked_add(n)?;
            any = true;
        } else if w == "hundred" {
            if current == 0 {
                return None;
            }
            current = current.checked_mul(100)?;
            any = true;
        } else if let Some(f) = scale_word_lower(w).filter(|f| *f >= 1000) {
            // A scale word needs a multiplier: "million" alone or "million million" is not a number.
            if current == 0 {
                return None;
            }
            total = total.checked_add(current.checked_mul(f)?)?;
            current = 0;
            any = true;
        } else {
            return None;
        }
    }
    any.then_some(total.checked_add(current)?)
}

/// Parse an integer in digits with optional thousands separators ("1,009").
/// `None` on overflow, fractions or junk.
pub fn parse_digits(s: &str) -> Option<u64> {
    Decimal::parse(s)?
        .as_integer()
        .and_then(|i| u64::try_from(i).ok())
}

/// Parse a whole number written either way ("21", "1,009", "Seven", "twenty-one").
pub fn parse_int(s: &str) -> Option<u64> {
    let t = s.trim();
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        parse_digits(t)
    } else {
        parse_words(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_number_sees_digits_and_words() {
        assert!(has_number("arrested 4 men"));
        assert!(has_number("Twenty-one were held"));
        assert!(has_number("a dozen suspects"));
        assert!(!has_number("police arrested the man"));
        // "often" and "tent" hold "ten" but not the word.
        assert!(!has_number("often seen near the tent"));
    }

    #[test]
    fn words() {
        for (s, n) in [
            ("four", 4),
            ("Seven", 7),
            ("twenty-one", 21),
            ("one hundred and five", 105),
            ("two million", 2_000_000),
            ("three thousand four hundred", 3_400),
            ("thirteen", 13),
        ] {
            assert_eq!(parse_words(s), Some(n), "{s}");
        }
        assert_eq!(parse_words("second"), None);
        assert_eq!(parse_words("twenty-one twenty-one"), None);
        assert_eq!(parse_words("five six"), None);
        assert_eq!(parse_words("a"), None);
    }

    #[test]
    fn and_joins_number_words_only_after_a_scale_word() {
        let re = regex::Regex::new(&format!("(?i)^{NUMBER_WORDS}")).unwrap();
        let first = |s: &str| re.find(s).map(|m| m.as_str().to_string());
        assert_eq!(
            first("one hundred and five years").as_deref(),
            Some("one hundred and five")
        );
        assert_eq!(
            first("two thousand and twelve").as_deref(),
            Some("two thousand and twelve")
        );
        assert_eq!(first("Twenty-one men").as_deref(), Some("Twenty-one"));
        // two numbers: a range's ends, or a list's
        assert_eq!(first("four and nine years").as_deref(), Some("four"));
        assert_eq!(first("two and three suspects").as_deref(), Some("two"));
    }

    #[test]
    fn digits() {
        assert_eq!(parse_int("1,009"), Some(1009));
        assert_eq!(parse_int("21"), Some(21));
        assert_eq!(parse_int("99999999999999999999999999"), None);
        assert_eq!(parse_int("2.5"), None);
    }

    #[test]
    fn absurd_length_is_bounded() {
        let s = "million ".repeat(50);
        assert_eq!(parse_words(&s), None, "overflow is not a number");
    }
}
