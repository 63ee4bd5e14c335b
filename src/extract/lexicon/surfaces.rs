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
use super::Rule;
use crate::span::Span;
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
        let mut trie = Surfaces {
            re,
            edges: HashMap::default(),
            ends: vec![None],
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
    }
}
