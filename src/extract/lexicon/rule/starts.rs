//! A rule searched only where its matches can begin.
//!
//! An unanchored search runs the rule's lazy DFA over every byte of the text, and
//! for a pattern such as the noun counts' (a number, up to four modifiers, one of
//! hundreds of nouns, case-insensitive) that DFA tracks every word as a possible
//! start at once: its states run to megabytes, and between two texts the other
//! rules push them out of the caches. When every match begins at an ASCII word
//! boundary (the pattern opens with `\b`) with one of a few bytes (read off the
//! pattern's prefix literals), the leftmost match from a point is the first
//! *anchored* match, in order, at a word start with such a byte. An anchored search
//! follows one start only: few states, and it stops at the first byte that cannot
//! continue. Tests hold the two ways to the same matches.
//!
//! For the noun counts, over the bulk press releases: 0.97x the CPU time at
//! `--jobs 1` and 0.96x the wall time at `--jobs 2` (least of four alternating
//! runs; 1% more instructions, the anchored searches' set-up at each start).

use super::Rule;
use regex_automata::{meta, Anchored, Input};
use regex_syntax::hir::{literal, Hir, HirKind, Look};

/// A [`Rule`] with an anchored twin of its regex and the bytes its matches can
/// begin with.
#[derive(Debug)]
pub struct Starts {
    rule: &'static Rule,
    anchored: meta::Regex,
    /// Whether a match can begin with the byte.
    opens: [bool; 256],
}

impl Starts {
    /// The searcher for `rule`, or `None` when its pattern does not open with an ASCII
    /// word boundary or its matches can begin with any byte.
    pub fn new(rule: &'static Rule) -> Option<Starts> {
        let hir = regex_syntax::parse(rule.as_str()).ok()?;
        if !opens_with_ascii_boundary(&hir) {
            return None;
        }
        let mut opens = [false; 256];
        // first bytes only: whole prefixes of a case-insensitive word list run past
        // the extractor's limits, and it gives up
        let prefixes = literal::Extractor::new()
            .limit_literal_len(1)
            .limit_total(1024)
            .extract(&hir);
        for lit in prefixes.literals()? {
            opens[usize::from(*lit.as_bytes().first()?)] = true;
        }
        let anchored = meta::Regex::builder()
            .configure(
                meta::Config::new().hybrid_cache_capacity(crate::extract::lexicon::DFA_CACHE),
            )
            .build(rule.as_str())
            .ok()?;
        Some(Starts {
            rule,
            anchored,
            opens,
        })
    }

    /// [`Rule::find_at`]'s match, as its byte range: the leftmost match starting at
    /// or after `at`.
    pub fn find_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        if !self.rule.may_match_bytes(bytes.get(at..)?) {
            return None;
        }
        let word = |i: usize| bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_';
        (at..bytes.len())
            .filter(|&start| {
                // a byte a match opens with, at the leading `\b`: a word byte after
                // a non-word one (or none), or the reverse
                self.opens[usize::from(bytes[start])]
                    && word(start) != (start > 0 && word(start - 1))
            })
            .find_map(|start| {
                let input = Input::new(text).range(start..).anchored(Anchored::Yes);
                self.anchored.search(&input).map(|m| (m.start(), m.end()))
            })
    }
}

/// Whether every match of `hir` begins at an ASCII word boundary.
fn opens_with_ascii_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(Look::WordAscii) => true,
        HirKind::Concat(parts) => parts.first().is_some_and(opens_with_ascii_boundary),
        HirKind::Capture(c) => opens_with_ascii_boundary(&c.sub),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static COUNT: LazyLock<Rule> = LazyLock::new(|| {
        crate::extract::lexicon::regex(r"(?i)\b(?:[0-9]+|ten|two)\s+(?:[a-z]+\s+)?men\b")
            .expect("test rule")
    });
    static NO_BOUNDARY: LazyLock<Rule> =
        LazyLock::new(|| crate::extract::lexicon::regex(r"men\b").expect("test rule"));
    static ANY_START: LazyLock<Rule> =
        LazyLock::new(|| crate::extract::lexicon::regex(r"\b\w+\s+men").expect("test rule"));

    #[test]
    fn finds_what_the_rule_finds_from_every_point() {
        let starts = Starts::new(&COUNT).expect("opens with \\b and a digit or a word");
        let text = "Ten men, 2 old men; often men, x10 men, TWO Men and 30men or 4  men.";
        for at in 0..=text.len() {
            let want = COUNT
                .regex()
                .find_at(text, at)
                .map(|m| (m.start(), m.end()));
            assert_eq!(starts.find_at(text, at), want, "from {at}");
        }
        assert_eq!(starts.find_at(text, 0), Some((0, 7)));
    }

    #[test]
    fn only_patterns_that_open_with_a_boundary_and_few_bytes() {
        assert!(Starts::new(&NO_BOUNDARY).is_none());
        assert!(Starts::new(&ANY_START).is_none(), "\\w is too big a class");
    }
}
