//! "Does this text hold any of these words?" in one pass.
//!
//! Several extractors first ask whether a sentence holds any word of a short list
//! ("seiz", "confiscat", "recover" …) before they read it closely. A substring search
//! per word, and a lower-cased copy of the sentence for it, cost more than the rest
//! of the check on most sentences; one Aho-Corasick automaton over the list answers
//! the same question in one pass, without a copy.
//!
//! Before that pass, the words are asked of the document's anchor index as a rule's
//! anchors are ([`super::rule`]): a sentence of the body without any of them (in any
//! case) is answered without reading it.

use aho_corasick::AhoCorasick;

use super::rule::{anchors, index_may_match, index_register};

/// A list of literals, searched all at once.
#[derive(Debug, Clone)]
pub struct Literals {
    ac: AhoCorasick,
    /// The list's id in the anchor index; `None` when it has a word too common to
    /// gate on.
    id: Option<usize>,
}

impl Literals {
    /// Literals matched exactly as written.
    pub fn new(words: &[&str]) -> Literals {
        Literals::build(words, false)
    }

    /// Literals matched in any ASCII case (as `text.to_ascii_lowercase().contains(w)`
    /// matches lower-case `w`).
    pub fn ascii_case_insensitive(words: &[&str]) -> Literals {
        Literals::build(words, true)
    }

    fn build(words: &[&str], fold: bool) -> Literals {
        Literals {
            ac: AhoCorasick::builder()
                .ascii_case_insensitive(fold)
                .build(words)
                .expect("a short word list builds an automaton"),
            // The index compares folded text with folded words: a superset of the
            // exact-case matches, so it never hides one.
            id: anchors::of_words(words).map(|set| index_register(None, set)),
        }
    }

    /// Whether `text` holds any of the literals.
    pub fn any_in(&self, text: &str) -> bool {
        self.id
            .is_none_or(|id| index_may_match(id, text.as_bytes()))
            && self.ac.is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::rule::index;

    #[test]
    fn inside_a_document_answers_as_without_the_index() {
        let exact = Literals::new(&["Seiz", "known as"]);
        let folded = Literals::ascii_case_insensitive(&["seiz", "known as"]);
        let common = Literals::new(&["of", "Seiz"]);
        assert!(exact.id.is_some() && folded.id.is_some());
        assert!(common.id.is_none(), "a two-letter word gates nothing");
        let body =
            "Nothing here at all.\nOfficers SEIZED guns.\nSeizures rose, known as a surge.\n";
        let bounds = [0, 21, 43, body.len()];
        let _scope = index::enter_fresh(body, bounds.iter().copied());
        let sentences = [&body[..21], &body[21..43], &body[43..]];
        for (i, s) in sentences.iter().enumerate() {
            let lower = s.to_ascii_lowercase();
            assert_eq!(
                exact.any_in(s),
                s.contains("Seiz") || s.contains("known as"),
                "{i}"
            );
            assert_eq!(
                folded.any_in(s),
                lower.contains("seiz") || lower.contains("known as"),
                "{i}"
            );
            assert_eq!(
                common.any_in(s),
                s.contains("of") || s.contains("Seiz"),
                "{i}"
            );
        }
        // the first sentence holds no anchor: skipped by the index
        assert!(!index::may_match(
            exact.id.unwrap(),
            sentences[0].as_bytes()
        ));
        assert!(index::may_match(exact.id.unwrap(), sentences[1].as_bytes()));
    }

    #[test]
    fn answers_as_contains_does() {
        let words = ["seiz", "known as", "Poli"];
        let exact = Literals::new(&words);
        let folded = Literals::ascii_case_insensitive(&words[..2]);
        for text in [
            "Officers SEIZED guns",
            "he is Known As Ace",
            "Police",
            "nothing",
            "",
        ] {
            assert_eq!(
                exact.any_in(text),
                words.iter().any(|w| text.contains(w)),
                "{text}"
            );
            let lower = text.to_ascii_lowercase();
            assert_eq!(
                folded.any_in(text),
                words[..2].iter().any(|w| lower.contains(w)),
                "{text}"
            );
        }
    }
}
