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

/// `text` with each space that sets off thousands in a figure turned into a comma,
/// byte for byte (offsets into the copy are offsets into `text`): "4 100 kilograms"
/// reads "4,100 kilograms", "12 500 devices" "12,500 devices", as Hong Kong, South
/// African and European copy writes figures (no-break spaces are plain spaces by
/// now). A figure is one to three digits standing alone, then groups of exactly
/// three after one space; not a year or a longer number ("2024 232"), nor groups
/// followed by a hyphen, another digit or a decimal ("20 500-gram ingots" are 20
/// ingots of 500 grams; "3 100.5"), nor after a month ("By March 3 120 people").
pub fn join_spaced_thousands(text: &str) -> std::borrow::Cow<'_, str> {
    join_spaced_thousands_unless(text, |_| false)
}

/// [`join_spaced_thousands`], also refusing a figure whose word before it (its
/// punctuation trimmed) passes `names_it`: a label such as "Route 9 232 …".
pub fn join_spaced_thousands_unless(
    text: &str,
    names_it: impl Fn(&str) -> bool,
) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let digits_at = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && !matches!(b[i - 1], b' ' | b'(' | b'~')) {
            i += 1;
            continue;
        }
        let lead = digits_at(i);
        let mut end = i + lead;
        let mut spaces = Vec::new();
        while (1..=3).contains(&lead)
            && end + 4 <= b.len()
            && b[end] == b' '
            && digits_at(end + 1) == 3
        {
            spaces.push(end);
            end += 4;
        }
        let after = b.get(end).copied();
        let decimal =
            matches!(after, Some(b'.' | b',')) && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        let word_before = || {
            let w = text[..i]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.']);
            super::months::month_number(w).is_some() || names_it(w)
        };
        if !spaces.is_empty() && !matches!(after, Some(b'-' | b'%')) && !decimal && !word_before() {
            let o = out.get_or_insert_with(|| b.to_vec());
            for s in spaces {
                o[s] = b',';
            }
        }
        i = end.max(i + 1);
    }
    match out {
        // (only ASCII spaces became ASCII commas: still UTF-8)
        Some(o) => String::from_utf8(o).map_or(std::borrow::Cow::Borrowed(text), Into::into),
        None => std::borrow::Cow::Borrowed(text),
    }
}

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
    fn spaced_thousands_join() {
        for (s, want) in [
            ("4 100 kilograms", "4,100 kilograms"),
            ("seized 12 500 devices", "seized 12,500 devices"),
            ("about 1 250 000 units", "about 1,250,000 units"),
            // a year, a per-unit weight, a decimal, a longer group: left alone
            ("in 2024 232 people", "in 2024 232 people"),
            ("20 500-gram ingots", "20 500-gram ingots"),
            ("3 100.5 kg", "3 100.5 kg"),
            ("12 5000 pills", "12 5000 pills"),
            ("5.1 232 kg", "5.1 232 kg"),
            ("By March 3 120 people", "By March 3 120 people"),
        ] {
            assert_eq!(join_spaced_thousands(s), want, "{s}");
            assert_eq!(join_spaced_thousands(s).len(), s.len());
        }
    }

    #[test]
    fn absurd_length_is_bounded() {
        let s = "million ".repeat(50);
        assert_eq!(parse_words(&s), None, "overflow is not a number");
    }
}
