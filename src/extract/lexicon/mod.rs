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
/// - a lazy DFA of [`DFA_CACHE`] bytes a thread.
/// - a gate in front ([`Rule`]): a sentence without any of the words the pattern
///   cannot match without is skipped before the regex reads it.
pub fn regex(pattern: &str) -> Result<Rule, regex::Error> {
    rule(pattern, DFA_CACHE)
}

/// Bytes of lazy-DFA cache a rule may use on each thread (see [`fn@regex`]): the
/// regex crate's default. When a rule's automaton outgrows it, the cache is cleared
/// and states are built again as text arrives.
///
/// A cache only grows, each thread has one per rule, and most rules meet new DFA
/// states in nearly every new text. With room for 64 MB the caches held ~95 MB of a
/// two-thread run's peak over the bulk press releases (heaptrack; the count-noun
/// rule 12 MB, the line rules 11 MB). At 2 MB: ~8 MB less at `--jobs 1` and ~5 MB
/// less at `--jobs 2`, in the same time, on the bulk corpus and on one 100 MB
/// article alike (+1.85% instructions: states built again after a cache fills);
/// output identical.
///
/// A cache too small for a pattern's automaton to start (about 47 bytes per NFA
/// state) disables the lazy DFA and leaves the regex engine's slow NFA simulation to
/// read every haystack: at 1 MB the line rules did, and a run took 1.7x as long. So
/// a debug build checks that each rule's automata need at most half the cache to
/// start (`dfa_needs`), leaving room for as many states again (a reverse automaton
/// that never searches need only start); a rule that does not fit is made smaller
/// or runs [`regex_without_dfa`].
pub const DFA_CACHE: usize = 2 << 20;

/// A rule of `pattern` (ASCII word boundaries) with `dfa_cache` bytes of lazy DFA.
fn rule(pattern: &str, dfa_cache: usize) -> Result<Rule, regex::Error> {
    let pattern = ascii_boundaries(pattern);
    // (a pattern anchored at its start is never searched backwards: its reverse
    // automaton need only start)
    #[cfg(debug_assertions)]
    if dfa_cache > 0 {
        let (forward, reverse) = dfa_needs(&[&pattern]);
        let anchored = regex_syntax::parse(&pattern).is_ok_and(|hir| {
            hir.properties()
                .look_set_prefix()
                .contains(regex_syntax::hir::Look::Start)
        });
        let reverse_room = if anchored { reverse } else { 2 * reverse };
        assert!(
            2 * forward <= dfa_cache && reverse_room <= dfa_cache,
            "the lazy DFAs of this rule need {forward} and {reverse} bytes to start, too much of its {dfa_cache}: {pattern}"
        );
    }
    regex::RegexBuilder::new(&pattern)
        .dfa_size_limit(dfa_cache)
        .build()
        .map(Rule::from_regex)
}

/// Bytes of cache the lazy DFAs the regex engine builds for `patterns` need to
/// start: `(forward, reverse)`. (The reverse one finds where a match starts; the
/// engine builds both or neither, and silently falls back to its slow NFA
/// simulation when either does not fit.) For debug builds' checks of [`DFA_CACHE`].
#[cfg(debug_assertions)]
fn dfa_needs(patterns: &[&str]) -> (usize, usize) {
    use regex_automata::hybrid::dfa::Config;
    use regex_automata::nfa::thompson::{Compiler, Config as NfaConfig, WhichCaptures};
    // the engine's lazy-DFA settings that bear on its minimum (see regex-automata's
    // meta::wrappers::Hybrid)
    let dfa = Config::new()
        .starts_for_each_pattern(true)
        .unicode_word_boundary(true);
    let need = |reverse: bool| {
        let nfa = NfaConfig::new()
            .reverse(reverse)
            .which_captures(if reverse {
                WhichCaptures::None
            } else {
                WhichCaptures::All
            });
        Compiler::new()
            .configure(nfa)
            .build_many(patterns)
            .ok()
            .and_then(|nfa| dfa.get_minimum_cache_capacity(&nfa).ok())
            .unwrap_or(0)
    };
    (need(false), need(true))
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
    let patterns: Vec<String> = patterns.into_iter().map(ascii_boundaries).collect();
    // (a set searches forwards only: its reverse automaton need only start)
    #[cfg(debug_assertions)]
    {
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let (forward, reverse) = dfa_needs(&patterns);
        assert!(
            2 * forward <= DFA_CACHE && reverse <= DFA_CACHE,
            "the lazy DFAs of this set of rules need {forward} and {reverse} bytes to start, more than DFA_CACHE allows"
        );
    }
    regex::RegexSetBuilder::new(patterns)
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

    /// A debug build refuses a rule whose lazy DFA could not start in its cache (the
    /// regex engine would fall back to its NFA simulation without a word).
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "bytes to start")]
    fn a_rule_too_large_for_its_dfa_cache_is_refused() {
        // a bounded repeat of a Unicode class: ~60,000 NFA states
        let _ = regex(r"\b\p{L}[\p{L}\s]{1,300}x");
    }

    #[test]
    fn rules_of_ordinary_size_fit_their_dfa_cache() {
        assert!(regex(r"\b(?:seized|confiscated)\s+\p{L}+").is_ok());
        assert!(regex_set([r"(?i)^share\s+this$", r"^\[[^\]]*\]\([^)]*\)$"]).is_ok());
    }

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
