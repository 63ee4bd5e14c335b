//! Whole-word mentions of a fixed list of names, without a capture search per mention.
//!
//! Places are found with a list of names between word boundaries: the regex
//! `(?:^|[^\p{L}\p{N}])(Name A|Name B|…)(?:[^\p{L}\p{N}]|$)`, searched again from the
//! end of each mention. Asking the regex for the name (its capture group) cost a
//! capture search per mention, whose backtracker clears a bit set the size of the
//! 1,000-name automaton times the match: more than finding the match. [`Surfaces`]
//! asks the regex only where its match is (its lazy DFA), and reads the name off a
//! byte trie of the names:
//! - the match begins with the boundary character before the name, or with the name
//!   itself at the start of the text; every name begins with a letter or a number, so
//!   the two are told apart by the match's first character;
//! - at that start the regex takes the first name in list order that is followed by
//!   a boundary, and so does the trie walk.
//!
//! A test holds this to the captures on generated texts.

use super::chars::is_letter_or_number;
use super::rule::{anchors, index_may_match, index_register};
use super::Rule;
use crate::span::Span;
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap as HashMap;

/// A list of names, in priority order, matched case-sensitively between word
/// boundaries.
#[derive(Debug, Clone)]
pub struct Surfaces {
    /// The list as one regex, which finds where the next mention is.
    re: Rule,
    /// Trie edges: (node, byte) → node; the root is node 0.
    edges: HashMap<(u32, u8), u32>,
    /// For each node, the first name in the list spelled by the path to it.
    ends: Vec<Option<u32>>,
    /// A gate for a list whose regex has none (see [`ShortNames`]).
    gate: Option<ShortNames>,
}

/// The gate of a list with a few names too short to be anchors ("US", "UK" among
/// the countries): the regex's anchors would include "us", found in every sixth line,
/// so the regex has none and read every sentence asked of it — 61 MB of the bulk
/// press releases (1.5 times the corpus) without a match, ~0.3 s of a 12 s run when
/// each search was timed.
/// Instead the long names are anchors in the document's index and the short ones are
/// looked for as written (names match case-sensitively): a text with neither holds
/// no name.
#[derive(Debug, Clone)]
struct ShortNames {
    /// The long names' id in the anchor index.
    long: usize,
    /// The short names, matched as written.
    short: AhoCorasick,
}

impl ShortNames {
    /// The gate for `names` when some are too short to be anchors and the rest are
    /// not (`None` otherwise: the regex's own gate, or none, is all there is).
    fn of(names: &[&str]) -> Option<ShortNames> {
        let (short, long): (Vec<&str>, Vec<&str>) =
            names.iter().partition(|n| anchors::is_weak_word(n));
        if short.is_empty() || long.is_empty() {
            return None;
        }
        Some(ShortNames {
            long: index_register(None, anchors::of_words(&long)?),
            short: AhoCorasick::new(&short).ok()?,
        })
    }

    /// False only when `text` holds none of the names.
    fn may_hold(&self, text: &str) -> bool {
        index_may_match(self.long, text.as_bytes()) || self.short.is_match(text)
    }
}

impl Surfaces {
    /// The finder for `names`; when two names start at the same place, the one
    /// earlier in the list is tried first.
    ///
    /// # Panics
    /// When a name is empty or does not begin with a letter or a number (see the
    /// module docs).
    pub fn new<S: AsRef<str>>(names: &[S]) -> Surfaces {
        let alts: Vec<String> = names.iter().map(|n| regex::escape(n.as_ref())).collect();
        let re = super::regex(&format!(
            r"(?:^|[^\p{{L}}\p{{N}}])(?:{})(?:[^\p{{L}}\p{{N}}]|$)",
            alts.join("|")
        ))
        .expect("a name list compiles");
        let gate = if re.is_gated() {
            None
        } else {
            let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
            ShortNames::of(&names)
        };
        let mut trie = Surfaces {
            re,
            edges: HashMap::default(),
            ends: vec![None],
            gate,
        };
        for (i, name) in names.iter().enumerate() {
            let name = name.as_ref();
            assert!(
                name.chars().next().is_some_and(is_letter_or_number),
                "a name begins with a letter or a number: {name:?}"
            );
            let mut node = 0u32;
            for &b in name.as_bytes() {
                let next = u32::try_from(trie.ends.len()).expect("fewer than 2^32 trie nodes");
                node = *trie.edges.entry((node, b)).or_insert(next);
                if node == next {
                    trie.ends.push(None);
                }
            }
            let end = &mut trie.ends[node as usize];
            if end.is_none() {
                *end = Some(u32::try_from(i).expect("fewer than 2^32 names"));
            }
        }
        trie
    }

    /// Every mention in `text`, left to right, without overlaps: its span and the
    /// index of the name in the list.
    ///
    /// ```
    /// use blotter::extract::lexicon::surfaces::Surfaces;
    /// let places = Surfaces::new(&["South Korea", "Korea", "Chad"]);
    /// let found: Vec<usize> = places
    ///     .find("Korean and South Korea, not Chadwick; Chad.")
    ///     .into_iter()
    ///     .map(|(_, name)| name)
    ///     .collect();
    /// assert_eq!(found, [0, 2]);
    /// ```
    pub fn find(&self, text: &str) -> Vec<(Span, usize)> {
        let mut out = Vec::new();
        if self.gate.as_ref().is_some_and(|g| !g.may_hold(text)) {
            return out;
        }
        let mut at = 0;
        while at <= text.len() {
            let Some(m) = self.re.find_at(text, at) else {
                break;
            };
            let lead = text[m.start()..]
                .chars()
                .next()
                .filter(|&c| !is_letter_or_number(c))
                .map_or(0, char::len_utf8);
            let start = m.start() + lead;
            let Some((name, end)) = self.first_name(text, start) else {
                // (cannot happen: the regex matched one of the names here)
                break;
            };
            out.push((Span::new(start, end), name));
            at = end;
        }
        out
    }

    /// The first name in the list spelled at `start` and followed by a boundary: its
    /// index and end.
    fn first_name(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let mut best: Option<(u32, usize)> = None;
        let mut node = 0u32;
        for (k, &b) in text.as_bytes()[start..].iter().enumerate() {
            let Some(&next) = self.edges.get(&(node, b)) else {
                break;
            };
            node = next;
            if let Some(name) = self.ends[node as usize] {
                let end = start + k + 1;
                let trail = text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_letter_or_number(c));
                if trail && best.is_none_or(|(b, _)| name < b) {
                    best = Some((name, end));
                }
            }
        }
        best.map(|(name, end)| (name as usize, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::rule::index;
    use proptest::prelude::*;

    /// The regex this finder replaces, searched as the finders searched it.
    fn by_regex(names: &[&str], text: &str) -> Vec<(Span, usize)> {
        let alts: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
        let re = regex::Regex::new(&format!(
            r"(?:^|[^\p{{L}}\p{{N}}])({})(?:[^\p{{L}}\p{{N}}]|$)",
            alts.join("|")
        ))
        .unwrap();
        let mut out = Vec::new();
        let mut at = 0;
        while at <= text.len() {
            let Some(c) = re.captures_at(text, at) else {
                break;
            };
            let m = c.get(1).unwrap();
            // the first name in the list with this text (a name may repeat)
            let name = names.iter().position(|n| *n == m.as_str()).unwrap();
            out.push((Span::new(m.start(), m.end()), name));
            at = m.end();
        }
        out
    }

    const NAMES: &[&str] = &[
        "South Korea",
        "U.S.",
        "Korean",
        "Korea",
        "US",
        "U.S",
        "Östland",
        "Chad",
        "Ad",
        "Kor",
    ];

    #[test]
    fn finds_what_the_regex_finds() {
        let s = Surfaces::new(NAMES);
        for text in [
            "South Korea and Korea",
            "U.S. and US",
            "the U.S.",
            "U.S.A. and Chadian",
            "Chad/Korea",
            "ChadKorea Korea",
            "Östland, Östlandic",
            "éKorea Korea",
            "Ad Ad",
            "",
            "Korea",
        ] {
            assert_eq!(s.find(text), by_regex(NAMES, text), "{text:?}");
        }
    }

    #[test]
    #[should_panic(expected = "begins with a letter")]
    fn names_begin_with_a_letter_or_number() {
        Surfaces::new(&["(Cth)"]);
    }

    proptest! {
        #[test]
        fn agrees_with_the_regex(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "South", " ", "Korea", "Korean", "n", "U", ".", "S", "US", "Chad", "A",
                    "d", "Ö", "stland", "é", "\n", ",", "-", "1", "’", "Kor",
                ]),
                0..14,
            )
        ) {
            let text: String = parts.concat();
            let s = Surfaces::new(NAMES);
            prop_assert_eq!(s.find(&text), by_regex(NAMES, &text));
        }

        /// Inside a document, where the short-name gate skips lines: every line and
        /// the whole text still find what the regex finds.
        #[test]
        fn agrees_with_the_regex_inside_a_document(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "South", " ", "Korea", "Korean", "n", "U", ".", "S", "US", "us", "Chad",
                    "chad", "A", "d", "Ad", "ad", "Ö", "stland", "é", "\n", "\n", ",", "1",
                ]),
                0..24,
            )
        ) {
            static GATED: std::sync::LazyLock<Surfaces> =
                std::sync::LazyLock::new(|| Surfaces::new(NAMES));
            let text: String = parts.concat();
            let lines: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            index::rebuild_soon();
            let _scope = index::enter(&text, lines.iter().copied());
            for (k, &start) in lines.iter().enumerate() {
                let end = lines.get(k + 1).copied().unwrap_or(text.len());
                let line = &text[start..end];
                prop_assert_eq!(GATED.find(line), by_regex(NAMES, line), "{:?}", line);
            }
            prop_assert_eq!(GATED.find(&text), by_regex(NAMES, &text));
        }
    }

    #[test]
    fn short_names_gate_skips_only_texts_without_a_name() {
        let names = ["United States", "US", "UK", "Malaysia", "Chad"];
        let places = Surfaces::new(&names);
        let gate = places
            .gate
            .as_ref()
            .expect("two short names, the rest anchors");
        let body =
            "Nothing for us here.\nAgents of the US met.\nRaids in malaysia.\nThe UK.\nChadwick.\n";
        let lines: Vec<usize> = std::iter::once(0)
            .chain(body.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < body.len())
            .collect();
        index::rebuild_soon();
        let _scope = index::enter(body, lines.iter().copied());
        let slices: Vec<&str> = body.split_inclusive('\n').collect();
        let held: Vec<bool> = slices.iter().map(|l| gate.may_hold(l)).collect();
        // "us" is not "US"; "malaysia" holds the anchor, and "Chadwick" "chad", so
        // the regex reads them (and finds nothing)
        assert_eq!(held, [false, true, true, true, true]);
        for line in slices {
            assert_eq!(places.find(line), by_regex(&names, line), "{line:?}");
        }
        // a list without short names has its regex's own gate
        assert!(Surfaces::new(&["Malaysia", "Chad"]).gate.is_none());
    }
}
