//! Shared pieces of news language used by several extractors.

pub mod chars;
pub mod countries;
pub mod currency;
pub mod dates;
pub mod literals;
pub mod months;
pub mod numbers;
pub mod rule;
pub mod surfaces;
pub mod words;

pub use literals::Literals;
pub use rule::Rule;

/// `f` of `s` in ASCII lower case, lower-cased on the stack when it is short (word
/// look-ups run millions of times; a new `String` each time cost more than the
/// look-up).
pub fn with_ascii_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if let Some(lower) = buf.get_mut(..s.len()) {
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII case changes keep UTF-8 valid
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&s.to_ascii_lowercase())
}

/// At most `n` words (stops counting early on a long text).
pub fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

/// Compiles a rule's regex for speed without changing what it matches in English
/// text:
/// - word boundaries `\b` / `\B` become ASCII ones, `(?-u:\b)`: a Unicode word
///   boundary stops the fast lazy DFA at the first non-ASCII byte (every curly quote
///   and dash of a press release), leaving a slow backtracking engine to scan the
///   rest. The two differ only next to a non-ASCII letter or digit ("é", "ß").
/// - room for a large lazy DFA: the rules' Unicode classes and bounded repeats make
///   many DFA states, and with the default 2 MB cache the DFA is cleared and rebuilt
///   over and over on a long article.
/// - a gate in front ([`Rule`]): a sentence without any of the words the pattern
///   cannot match without is skipped before the regex reads it.
pub fn regex(pattern: &str) -> Result<Rule, regex::Error> {
    rule(pattern, DFA_CACHE)
}

/// Bytes of lazy-DFA cache a rule may use (see [`fn@regex`]).
pub(crate) const DFA_CACHE: usize = 64 << 20;

/// A rule of `pattern` (ASCII word boundaries) with `dfa_cache` bytes of lazy DFA.
fn rule(pattern: &str, dfa_cache: usize) -> Result<Rule, regex::Error> {
    regex::RegexBuilder::new(&ascii_boundaries(pattern))
        .dfa_size_limit(dfa_cache)
        .build()
        .map(Rule::from_regex)
}

/// [`fn@regex`] without the lazy DFA: the regex engine's backtracker (or PikeVM)
/// reads each haystack instead. For a rule asked of few, short haystacks whose
/// pattern is heavy with Unicode classes, building DFA states as new text arrives
/// costs more over a run than all its searches: the speaker-before-a-quote rule spent
/// 66 ms building states over the bulk corpus's 5,933 quotations and 1.5 ms searching
/// once they were built; without the DFA it takes 16 ms, state-free.
pub fn regex_without_dfa(pattern: &str) -> Result<Rule, regex::Error> {
    rule(pattern, 0)
}

/// A plain regex (ASCII word boundaries, as [`fn@regex`]; no gate) that reads the
/// groups of a match another rule has found: given only the match's text, a pattern
/// with generic words in place of a rule's long word lists costs the regex engine's
/// backtracker far less than the rule itself, whose every list branch it would try.
pub fn groups_regex(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::Regex::new(&ascii_boundaries(pattern))
}

/// A [`regex::RegexSet`] of `patterns`, built as [`fn@regex`] builds one regex: one
/// pass over a line tells which of many whole-line rules match it.
pub fn regex_set<'a>(
    patterns: impl IntoIterator<Item = &'a str>,
) -> Result<regex::RegexSet, regex::Error> {
    regex::RegexSetBuilder::new(patterns.into_iter().map(ascii_boundaries))
        .dfa_size_limit(DFA_CACHE)
        .build()
}

/// `pattern` with every `\b` and `\B` outside a character class made ASCII-only.
fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(b @ ('b' | 'B')) if class_depth == 0 => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            },
            '[' => {
                class_depth += 1;
                out.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_short_and_long_words() {
        assert_eq!(with_ascii_lower("MiLLion", str::to_string), "million");
        let long = "Ä".repeat(40);
        assert_eq!(with_ascii_lower(&long, str::to_string), long);
        assert_eq!(with_ascii_lower(&"AB".repeat(40), str::len), 80);
    }

    #[test]
    fn boundaries_become_ascii_outside_classes() {
        assert_eq!(
            ascii_boundaries(r"\bab\B[\b\]]\\b"),
            r"(?-u:\b)ab(?-u:\B)[\b\]]\\b"
        );
        assert!(regex(r"\bman\b").is_ok_and(|r| r.is_match("a man, “he”")));
    }
}
