//! "Does this text hold any of these words?" in one pass.
//!
//! Several extractors first ask whether a sentence holds any word of a short list
//! ("seiz", "confiscat", "recover" …) before they read it closely. A substring search
//! per word, and a lower-cased copy of the sentence for it, cost more than the rest
//! of the check on most sentences; one Aho-Corasick automaton over the list answers
//! the same question in one pass, without a copy.

use aho_corasick::AhoCorasick;

/// A list of literals, searched all at once.
#[derive(Debug, Clone)]
pub struct Literals(AhoCorasick);

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
        Literals(
            AhoCorasick::builder()
                .ascii_case_insensitive(fold)
                .build(words)
                .expect("a short word list builds an automaton"),
        )
    }

    /// Whether `text` holds any of the literals.
    pub fn any_in(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
