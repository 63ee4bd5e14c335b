//! Unicode character classes as the rules' regexes define them, for hand-written
//! scanners that must agree with a regex character for character.
//!
//! `char::is_alphanumeric` is not `[\p{L}\p{N}]`: it also takes the marks of the
//! Unicode "Other_Alphabetic" property (U+0345, the vowel signs of Indic scripts).
//! These tables come from the same Unicode data the regex engine uses (regex-syntax),
//! so a scanner built on them splits text exactly where the regex would.

use regex_syntax::hir::{Class, HirKind};
use std::sync::LazyLock;

/// The ranges of a Unicode class written in regex syntax, sorted.
struct Ranges(Vec<(char, char)>);

impl Ranges {
    fn of(class: &str) -> Ranges {
        let hir = regex_syntax::parse(class).expect("a class parses");
        let ranges = match hir.kind() {
            HirKind::Class(Class::Unicode(c)) => {
                c.ranges().iter().map(|r| (r.start(), r.end())).collect()
            }
            other => panic!("{class} is not a Unicode class: {other:?}"),
        };
        Ranges(ranges)
    }

    fn contains(&self, c: char) -> bool {
        let i = self.0.partition_point(|&(_, end)| end < c);
        self.0.get(i).is_some_and(|&(start, _)| start <= c)
    }
}

static LETTER_OR_NUMBER: LazyLock<Ranges> = LazyLock::new(|| Ranges::of(r"[\p{L}\p{N}]"));
static LETTER: LazyLock<Ranges> = LazyLock::new(|| Ranges::of(r"\p{L}"));
static UPPER: LazyLock<Ranges> = LazyLock::new(|| Ranges::of(r"\p{Lu}"));

/// `[\p{L}\p{N}]`: a letter or a number (ASCII answered without the table).
pub fn is_letter_or_number(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        LETTER_OR_NUMBER.contains(c)
    }
}

/// `\p{L}`: a letter (ASCII answered without the table).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        LETTER.contains(c)
    }
}

/// `\p{Lu}`: an upper-case letter (ASCII answered without the table).
pub fn is_upper_case_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        UPPER.contains(c)
    }
}

/// The last `n` bytes of `s` (or a little less, on a char boundary).
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `n` bytes of `s` (or a little less, on a char boundary).
pub fn head(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_the_regex_engine() {
        let ln = regex::Regex::new(r"^[\p{L}\p{N}]$").unwrap();
        let l = regex::Regex::new(r"^\p{L}$").unwrap();
        let lu = regex::Regex::new(r"^\p{Lu}$").unwrap();
        // every char up to U+FFFF and a sample beyond
        let chars = (0u32..0x1_0000).chain((0x1_0000..0x11_0000).step_by(97));
        for c in chars.filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(is_letter_or_number(c), ln.is_match(&s), "{c:?}");
            assert_eq!(is_letter(c), l.is_match(&s), "{c:?}");
            assert_eq!(is_upper_case_letter(c), lu.is_match(&s), "{c:?}");
        }
        assert!(!is_letter_or_number('\u{345}') && '\u{345}'.is_alphanumeric());
    }
}
