//! Word lists asked of every token: "is this word one of these?".
//!
//! A list kept as a slice is searched from its first word on each question, a string
//! comparison per word; the agency rules ask lists of 10 to 50 words about every
//! token of every capitalised run, and that linear search was most of their own time.
//! A [`WordList`] keeps the slice (to iterate, in its order) and answers membership
//! from a hash set built on first use.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A fixed list of words with a set for look-ups.
///
/// ```
/// use blotter::extract::lexicon::words::WordList;
/// static HEADS: WordList = WordList::new(&["Police", "Bureau"]);
/// assert!(HEADS.contains("Bureau"));
/// assert!(!HEADS.contains("bureau"));
/// assert_eq!(HEADS.iter().count(), 2);
/// ```
#[derive(Debug)]
pub struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    /// The list of `words` (matched exactly as written).
    pub const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }

    /// The words, in the list's order.
    pub fn iter(&self) -> std::slice::Iter<'static, &'static str> {
        self.words.iter()
    }

    /// The words as a slice.
    pub fn as_slice(&self) -> &'static [&'static str] {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_is_the_slice_contains() {
        static LIST: WordList = WordList::new(&["Police", "Force", "of", "U.S.", "Police"]);
        for w in [
            "Police", "Force", "of", "U.S.", "police", "Forces", "", "o", "U.S",
        ] {
            assert_eq!(LIST.contains(w), LIST.as_slice().contains(&w), "{w:?}");
        }
        assert_eq!(LIST.iter().copied().collect::<Vec<_>>(), LIST.as_slice());
    }
}
