//! Whole-word mentions of a fixed list of names, found by a byte scan and a trie.
//!
//! Places are the names of a list between word boundaries: what the regex
//! `(?:^|[^\p{L}\p{N}])(Name A|Name B|…)(?:[^\p{L}\p{N}]|$)` finds, searched again
//! from the end of each mention. [`Surfaces`] finds the same mentions without the
//! regex. Every name begins with a letter or a number, so a mention can start only
//! where such a character follows a boundary (or opens the text); the finder skips
//! the bytes that begin no name, eight at a time (prose is mostly lower case, and
//! the names begin with a capital), and at each possible start walks a byte trie of
//! the names, taking, as the regex does, the first name in list order that is
//! followed by a boundary.
//!
//! The regex's lazy DFA read fewer instructions a byte (on the bulk press releases
//! ~0.4 G for both place lists, against the finder's 0.8 G), but its states for
//! ~1,000 names, several MB a list, were built again by every thread: without them
//! peak memory is 6 MB less at `--jobs 1` and 10 MB less at `--jobs 2` (alternating
//! runs show no difference in time). A table of the names' first two bytes turns
//! away most capitalised words before the trie. Tests hold the finder to the
//! regex's captures on generated texts.

use super::chars::is_letter_or_number;
use super::rule::{anchors, index_may_match, index_register};
use crate::ascii;
use crate::span::Span;
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap as HashMap;

/// A list of names, in priority order, matched case-sensitively between word
/// boundaries.
#[derive(Debug, Clone)]
pub struct Surfaces {
    /// Trie edges: (node, byte) → node; the root is node 0.
    edges: HashMap<(u32, u8), u32>,
    /// For each node, the first name in the list spelled by the path to it.
    ends: Vec<Option<u32>>,
    /// Whether some name begins with the byte.
    opens: [bool; 256],
    /// The kinds of bytes names begin with, to skip eight bytes at a time.
    lanes: OpenLanes,
    /// Bit `256 * a + b` set when some name begins with the bytes `a b` (or is the
    /// one byte `a`): most capitalised words fail here, before the trie.
    pairs: Vec<u64>,
    /// What rules out a text without reading it.
    gate: Gate,
}

/// The gate of a list: the anchor index, asked for the names themselves (folded to
/// lower case, a superset of the case-sensitive mentions).
#[derive(Debug, Clone)]
enum Gate {
    /// The names are the anchors of this id.
    Names(usize),
    /// Some names are too short to be anchors (see [`ShortNames`]).
    Short(ShortNames),
    /// Every text is read.
    None,
}

/// The gate of a list with a few names too short to be anchors ("US", "UK" among
/// the countries): as anchors they would rule out nothing ("us" is in every sixth
/// line). Instead the long names are anchors in the document's index and the short
/// ones are looked for as written (names match case-sensitively): a text with
/// neither holds no name.
#[derive(Debug, Clone)]
struct ShortNames {
    /// The long names' id in the anchor index.
    long: usize,
    /// The short names, matched as written.
    short: AhoCorasick,
}

impl ShortNames {
    /// The gate for `names` when some are too short to be anchors and the rest are
    /// not (`None` otherwise).
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

impl Gate {
    fn of(names: &[&str]) -> Gate {
        if let Some(set) = anchors::of_words(names) {
            Gate::Names(index_register(None, set))
        } else if let Some(short) = ShortNames::of(names) {
            Gate::Short(short)
        } else {
            Gate::None
        }
    }

    /// False only when `text` holds none of the names.
    fn may_hold(&self, text: &str) -> bool {
        match self {
            Gate::Names(id) => index_may_match(*id, text.as_bytes()),
            Gate::Short(short) => short.may_hold(text),
            Gate::None => true,
        }
    }
}

/// The bytes names begin with, as lane tests of [`crate::ascii`] (a superset of
/// them): the capitals, the digits, any non-ASCII byte, and the few other ASCII
/// bytes one by one ("the Netherlands", "mainland China").
#[derive(Debug, Clone, Copy, Default)]
struct OpenLanes {
    upper: bool,
    digit: bool,
    /// Not ASCII (a name beginning with "Ö").
    high: bool,
    /// Other ASCII bytes, tested one by one while they are few.
    other: [u8; 4],
    others: usize,
    /// More than four other bytes: all lower-case letters are tested.
    lower: bool,
}

impl OpenLanes {
    fn add(&mut self, b: u8) {
        match b {
            b'A'..=b'Z' => self.upper = true,
            b'0'..=b'9' => self.digit = true,
            _ if !b.is_ascii() => self.high = true,
            _ if self.other[..self.others].contains(&b) => {}
            _ if self.others < self.other.len() => {
                self.other[self.others] = b;
                self.others += 1;
            }
            _ => self.lower = true,
        }
    }

    /// The lanes of `word` whose byte may open a name.
    fn of(self, word: u64) -> u64 {
        let mut lanes = 0;
        if self.upper {
            lanes |= ascii::upper_lanes(word);
        }
        if self.digit {
            lanes |= ascii::digit_lanes(word);
        }
        if self.high {
            lanes |= word & ascii::HIGH;
        }
        if self.lower {
            // (every ASCII letter is a letter or a number; a name opens with one)
            lanes |= ascii::range_lanes(word, b'a', b'z');
        } else {
            for &b in &self.other[..self.others] {
                lanes |= ascii::equal(word, b);
            }
        }
        lanes
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
        let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
        let mut trie = Surfaces {
            edges: HashMap::default(),
            ends: vec![None],
            opens: [false; 256],
            lanes: OpenLanes::default(),
            pairs: vec![0; 256 * 256 / 64],
            gate: Gate::of(&names),
        };
        for (i, name) in names.iter().enumerate() {
            assert!(
                name.chars().next().is_some_and(is_letter_or_number),
                "a name begins with a letter or a number: {name:?}"
            );
            let first = name.as_bytes()[0];
            trie.opens[usize::from(first)] = true;
            trie.lanes.add(first);
            let seconds = match name.as_bytes().get(1) {
                Some(&second) => second..=second,
                None => 0..=u8::MAX,
            };
            for second in seconds {
                let (word, bit) = pair_bit(first, second);
                trie.pairs[word] |= bit;
            }
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
        if !self.gate.may_hold(text) {
            return out;
        }
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(at) = self.next_opening(bytes, from) {
            // A byte that opens a name is ASCII or the first byte of a character.
            // (The regex searched again from the end of a mention; the character
            // there is a boundary, which opens no name, so the next one lies after.)
            if self.pair_opens(bytes, at) && boundary_before(text, at) {
                if let Some((name, end)) = self.first_name(text, at) {
                    out.push((Span::new(at, end), name));
                    from = end;
                    continue;
                }
            }
            from = at + 1;
        }
        out
    }

    /// The first byte at or after `from` that some name begins with: eight bytes a
    /// step while none of them is of a kind that opens a name.
    fn next_opening(&self, bytes: &[u8], mut from: usize) -> Option<usize> {
        while let Some(word) = ascii::chunk(bytes, from) {
            let mut lanes = self.lanes.of(word);
            while lanes != 0 {
                let at = from + (lanes.trailing_zeros() / 8) as usize;
                if self.opens[usize::from(bytes[at])] {
                    return Some(at);
                }
                lanes &= lanes - 1;
            }
            from += 8;
        }
        let rest = bytes.get(from..)?;
        Some(from + rest.iter().position(|&b| self.opens[usize::from(b)])?)
    }

    /// Whether some name begins with the one or two bytes at `at`.
    fn pair_opens(&self, bytes: &[u8], at: usize) -> bool {
        // a one-byte name sets every pair of its byte, the one with 0 too, which
        // stands for the end of the text
        let (word, bit) = pair_bit(bytes[at], bytes.get(at + 1).copied().unwrap_or(0));
        self.pairs[word] & bit != 0
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

/// The word of [`Surfaces`]' pair table holding the pair `first second`, and its bit.
fn pair_bit(first: u8, second: u8) -> (usize, u64) {
    let pair = usize::from(first) << 8 | usize::from(second);
    (pair / 64, 1 << (pair % 64))
}

/// Whether a mention may start at `at` (a character boundary): the text opens there,
/// or a character that is no letter or number comes just before.
fn boundary_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => true,
        Some(before) if before.is_ascii() => !before.is_ascii_alphanumeric(),
        Some(_) => text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !is_letter_or_number(c)),
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
        "d Kor",
    ];

    #[test]
    fn finds_what_the_regex_finds() {
        let s = Surfaces::new(NAMES);
        for text in [
            "South Korea and Korea",
            "U.S. and US",
            "U.S.Korea, U.S.-Korea",
            "a long sentence in lower case before Chad, Korea and South Korea.",
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

    /// Names that open in lower case, up to the four bytes tested one by one and
    /// beyond (every lower-case letter tested).
    #[test]
    fn lower_case_openers_find_what_the_regex_finds() {
        let text = "In the Bronx and mainland China, not theBronx; a1 b2-c3 d4 e5 xa1 \
                    the Bronxes, 9 the Bronx";
        for names in [
            &["the Bronx", "mainland China", "Chad"][..],
            &["the Bronx", "mainland China", "a1", "b2", "c3", "d4", "e5"][..],
        ] {
            let found = Surfaces::new(names).find(text);
            assert_eq!(found, by_regex(names, text), "{names:?}");
            assert!(found.len() >= 3, "{found:?}");
        }
    }

    /// A one-byte name, at the end of the text too (the pair filter has no second
    /// byte there).
    #[test]
    fn one_byte_names_are_found() {
        let names = ["X", "Xa Y", "Z"];
        for text in ["X", "a X", "X, Xa Y and Xa", "XZ Z", "Z"] {
            let found = Surfaces::new(&names).find(text);
            assert_eq!(found, by_regex(&names, text), "{text:?}");
            assert!(!found.is_empty(), "{text:?}");
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
            let _scope = index::enter_fresh(&text, lines.iter().copied());
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
        let Gate::Short(gate) = &places.gate else {
            panic!("two short names, the rest anchors: {:?}", places.gate);
        };
        let body =
            "Nothing for us here.\nAgents of the US met.\nRaids in malaysia.\nThe UK.\nChadwick.\n";
        let lines: Vec<usize> = std::iter::once(0)
            .chain(body.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < body.len())
            .collect();
        let _scope = index::enter_fresh(body, lines.iter().copied());
        let slices: Vec<&str> = body.split_inclusive('\n').collect();
        let held: Vec<bool> = slices.iter().map(|l| gate.may_hold(l)).collect();
        // "us" is not "US"; "malaysia" holds the anchor, and "Chadwick" "chad", so
        // the regex reads them (and finds nothing)
        assert_eq!(held, [false, true, true, true, true]);
        for line in slices {
            assert_eq!(places.find(line), by_regex(&names, line), "{line:?}");
        }
        // a list without short names has its names as anchors
        assert!(matches!(
            Surfaces::new(&["Malaysia", "Chad"]).gate,
            Gate::Names(_)
        ));
    }
}
