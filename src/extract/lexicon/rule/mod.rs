//! A compiled rule regex behind a literal gate.
//!
//! Nearly every rule names words it cannot match without: a count rule needs one of
//! "people", "persons", "suspects" …; a sentence rule needs "sentenced" or "jailed".
//! Most sentences hold none of a given rule's words (on the bulk press releases a rule
//! matches in 4.5% of paragraphs on average), yet a regex's lazy DFA reads every byte
//! it is given, ~2 ns a byte, and there are ~160 rules.
//!
//! So each [`Rule`] knows its **anchors** ([`anchors`]): literals of which every match
//! holds one. When a document's extraction starts, one Aho-Corasick pass over the
//! body finds every anchor of every rule and notes, per sentence, which rules have one
//! there ([`index`]). A rule asked to search a slice of that body first looks up
//! whether any sentence the slice touches holds one of its anchors; if none does, the
//! rule cannot match and the regex never runs. Text that is not part of the current
//! body (a title, a string built on the fly) is searched as usual.
//!
//! The gate only ever says "cannot match" when that is certain, so every method
//! returns exactly what the plain regex returns — tests hold each rule to that over the
//! fixtures and the extractor corpora.

pub mod anchors;
pub mod index;

pub(super) use index::{may_match as index_may_match, register as index_register};

use regex::{CaptureMatches, Captures, Match, Matches, Regex};
use std::iter::FusedIterator;

pub use index::{enter, Scope};

/// A compiled rule: its regex and, when the pattern has anchors, its place in the
/// anchor index. The search methods mirror [`Regex`]'s and return exactly what the
/// regex returns.
#[derive(Debug, Clone)]
pub struct Rule {
    re: Regex,
    /// Index of the rule's anchors in the registry; `None` when it has none.
    id: Option<usize>,
}

impl Rule {
    /// A rule from a compiled regex; its anchors come from its pattern.
    pub fn from_regex(re: Regex) -> Rule {
        let id = anchors::anchors(re.as_str()).map(|set| index::register(Some(&re), set));
        Rule { re, id }
    }

    /// The plain regex (no gate).
    pub fn regex(&self) -> &Regex {
        &self.re
    }

    /// The pattern's source.
    pub fn as_str(&self) -> &str {
        self.re.as_str()
    }

    /// Whether the rule has anchors, i.e. can be skipped at all.
    pub fn is_gated(&self) -> bool {
        self.id.is_some()
    }

    /// False only when no match can lie in `hay`: it is a slice of the body being
    /// extracted and none of the sentences it touches holds one of the anchors.
    pub fn may_match(&self, hay: &str) -> bool {
        self.may_match_bytes(hay.as_bytes())
    }

    fn may_match_bytes(&self, hay: &[u8]) -> bool {
        match self.id {
            Some(id) => index::may_match(id, hay),
            None => true,
        }
    }

    fn tail(hay: &str, start: usize) -> &[u8] {
        hay.as_bytes().get(start..).unwrap_or_default()
    }

    /// [`Regex::is_match`].
    pub fn is_match(&self, hay: &str) -> bool {
        self.may_match(hay) && self.re.is_match(hay)
    }

    /// [`Regex::find`].
    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.may_match(hay).then(|| self.re.find(hay)).flatten()
    }

    /// [`Regex::find_at`].
    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<Match<'h>> {
        self.may_match_bytes(Self::tail(hay, start))
            .then(|| self.re.find_at(hay, start))
            .flatten()
    }

    /// [`Regex::find_iter`]. A skipped slice costs no regex iterator at all (making
    /// one takes a cache from the regex's pool).
    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> RuleMatches<'r, 'h> {
        Gated(self.may_match(hay).then(|| self.re.find_iter(hay)))
    }

    /// [`Regex::captures`].
    ///
    /// `Regex::captures` allocates its capture slots before it searches, match or
    /// not; most calls find nothing, so a cheaper `is_match` (no slots, and it stops
    /// at the first match state) asks first.
    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        (self.may_match(hay) && self.re.is_match(hay))
            .then(|| self.re.captures(hay))
            .flatten()
    }

    /// [`Regex::captures_at`], asking `is_match_at` first (see [`Rule::captures`]).
    pub fn captures_at<'h>(&self, hay: &'h str, start: usize) -> Option<Captures<'h>> {
        (self.may_match_bytes(Self::tail(hay, start)) && self.re.is_match_at(hay, start))
            .then(|| self.re.captures_at(hay, start))
            .flatten()
    }

    /// [`Regex::captures_iter`]. A skipped slice, or one the regex does not match,
    /// costs no regex iterator at all (each of its steps allocates capture slots,
    /// the last one, which finds nothing, too).
    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> RuleCaptureMatches<'r, 'h> {
        Gated((self.may_match(hay) && self.re.is_match(hay)).then(|| self.re.captures_iter(hay)))
    }

    /// [`Regex::replace_all`].
    pub fn replace_all<'h, R: regex::Replacer>(
        &self,
        hay: &'h str,
        rep: R,
    ) -> std::borrow::Cow<'h, str> {
        if self.may_match(hay) {
            self.re.replace_all(hay, rep)
        } else {
            std::borrow::Cow::Borrowed(hay)
        }
    }
}

/// A regex iterator, or none for a slice the gate skipped: what [`Rule::find_iter`]
/// and [`Rule::captures_iter`] return.
///
/// (One `Option` of the regex's iterator, not a `Flatten` of it: that is three of
/// them, up to 480 bytes written and moved on each of the millions of calls, most of
/// them skipped.)
#[derive(Debug)]
pub struct Gated<I>(Option<I>);

impl<I: Iterator> Iterator for Gated<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.0.as_mut()?.next()
    }
}

impl<I: FusedIterator> FusedIterator for Gated<I> {}

/// [`Rule::find_iter`]'s matches.
pub type RuleMatches<'r, 'h> = Gated<Matches<'r, 'h>>;

/// [`Rule::captures_iter`]'s captures.
pub type RuleCaptureMatches<'r, 'h> = Gated<CaptureMatches<'r, 'h>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gate_skips_only_what_cannot_match() {
        let rule =
            Rule::from_regex(Regex::new(r"(?i)\b(?P<n>[0-9]+)\s+(?:suspects|men)\b").unwrap());
        assert!(rule.is_gated());
        let body =
            "The court heard the case on Tuesday.\nPolice said they had detained 12 SUSPECTS.\n";
        let miss = &body[..36];
        let hit = &body[37..];
        // outside a scope nothing is skipped
        assert!(rule.may_match(miss));
        let bounds = [0, 37, body.len()];
        let _scope = index::enter_fresh(body, bounds.iter().copied());
        assert!(!rule.may_match(miss));
        assert!(rule.may_match(hit));
        assert!(rule.may_match(body));
        assert_eq!(
            rule.captures(hit).map(|c| c["n"].to_string()),
            Some("12".into())
        );
        assert_eq!(rule.find_iter(miss).count(), 0);
        assert_eq!(rule.find_iter(body).count(), 1);
        assert_eq!(rule.captures_iter(miss).count(), 0);
        let mut caps = rule.captures_iter(body);
        assert_eq!(caps.next().map(|c| c["n"].to_string()), Some("12".into()));
        assert!(caps.next().is_none() && caps.next().is_none(), "fused");
        // a copy of the text is not the body: searched as usual
        let copy = miss.to_string();
        assert!(rule.may_match(&copy));
        // a clone of the scope (a cloned `Context`) keeps the index current
        let clone = _scope.clone();
        drop(_scope);
        assert!(!rule.may_match(miss), "a clone of the scope still lives");
        assert!(rule.may_match(hit));
        drop(clone);
        assert!(
            rule.may_match(miss),
            "the index is gone with its last scope"
        );

        // A slice over many sentences is not walked to its end: the regex runs.
        let long = "Nothing to see here.\n".repeat(80);
        let bounds: Vec<usize> = (0..80).map(|i| i * 21).collect();
        let _scope = index::enter_fresh(&long, bounds);
        assert!(!rule.may_match(&long[..21 * 3]));
        assert!(rule.may_match(&long));
        assert_eq!(rule.find_iter(&long).count(), 0);
    }

    /// Several documents' scopes alive at once (a group extracted extractor by
    /// extractor): the gate reads the index made current last, and only for its own
    /// body.
    #[test]
    fn a_document_made_current_again_is_gated_by_its_own_index() {
        let rule =
            Rule::from_regex(Regex::new(r"(?i)\b(?P<n>[0-9]+)\s+(?:suspects|men)\b").unwrap());
        let a = "The court heard the case.\nPolice held 2 men.\n".to_string();
        let b = "Nothing to see here.\nA quiet day.\n".to_string();
        let (a_miss, a_hit, b_miss) = (&a[..25], &a[26..], &b[..20]);
        let scope_a = index::enter_fresh(&a, [0, 26]);
        let scope_b = enter(&b, [0, 21]);
        // the last document entered is current; another body is searched as usual
        assert!(!rule.may_match(b_miss));
        assert!(rule.may_match(a_miss));
        scope_a.make_current();
        assert!(!rule.may_match(a_miss));
        assert!(rule.may_match(a_hit));
        assert!(rule.may_match(b_miss), "b's index is no longer current");
        scope_b.make_current();
        assert!(!rule.may_match(b_miss));
        assert!(rule.may_match(a_miss));
        // dropping a scope that is not current leaves the current one in place
        drop(scope_a);
        assert!(!rule.may_match(b_miss));
        drop(scope_b);
        assert!(
            rule.may_match(b_miss),
            "the index is gone with its last scope"
        );
    }

    /// Every match of every gated rule, on every fixture and every corpus example,
    /// holds one of the rule's anchors — the gate never hides a match.
    #[test]
    fn every_match_holds_an_anchor() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        let mut dirs = vec![root.join("fixtures"), root.join("src/extract")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt" || e == "html") {
                    texts.push(std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        assert!(
            texts.len() > 20,
            "fixtures and corpora found: {}",
            texts.len()
        );
        // compile every rule the pipeline reaches on these texts
        for text in &texts {
            crate::extract_text("warm-up", text);
        }
        let rules = index::registered();
        assert!(rules.len() > 80, "gated rules: {}", rules.len());
        let mut matches = 0;
        for (re, set) in &rules {
            let anchors = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(set)
                .unwrap();
            for text in &texts {
                for m in re.find_iter(text) {
                    matches += 1;
                    assert!(
                        anchors.is_match(m.as_str()),
                        "{:?} matched {:?} without any of {:?}",
                        re.as_str(),
                        m.as_str(),
                        set.iter()
                            .map(|l| String::from_utf8_lossy(l))
                            .collect::<Vec<_>>()
                    );
                }
            }
        }
        assert!(matches > 1000, "matches checked: {matches}");
    }
}
