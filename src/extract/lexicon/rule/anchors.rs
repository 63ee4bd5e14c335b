//! Anchors: literals of which every match of a pattern holds one.
//!
//! Derived once per rule from the pattern's syntax tree (`Info` per node):
//! - a literal, a small class (`[0-9]`, the case forms of a letter) or a concatenation
//!   or alternation of such nodes has a finite *exact* language, kept while small;
//! - a concatenation's anchors are the best of its parts' anchors and of the products
//!   of runs of consecutive exact parts (`\b(?:one|two)\s+men` → `{"men"}`, or
//!   `{"one","two"}`: whichever is more selective);
//! - an alternation's anchors are the union of every branch's anchors (a branch
//!   without any leaves the alternation without any);
//! - a repetition at least once has its body's anchors; an optional part has none;
//! - "more selective" prefers the longer shortest literal, then fewer literals.
//!
//! Literals are folded to ASCII lower case and compared with the text folded the same
//! way. Unicode case folding maps `s` to `ſ` and `k` to the Kelvin sign too; those
//! forms stay in the sets, so the comparison is exact. A pattern that can match with
//! only big classes (`\p{Lu}`, `\w`) or nothing at all has no anchors.

use std::collections::BTreeSet;

use regex_syntax::hir::{Class, Hir, HirKind};

/// Largest exact language kept for a node, and largest product of a run.
const MAX_EXACT: usize = 128;
/// Largest class expanded into its members.
const MAX_CLASS: usize = 16;
/// Largest anchor set (an alternation's union); beyond it the gate is dropped.
const MAX_ANCHORS: usize = 2048;

/// A set of literals, each folded to ASCII lower case.
pub type Set = BTreeSet<Vec<u8>>;

/// The anchors of `pattern`: literals (ASCII lower case) of which every match holds
/// one, or `None` when there are none worth a gate (none at all, too many, or one
/// so common that the gate would skip nothing).
pub fn anchors(pattern: &str) -> Option<Set> {
    let hir = regex_syntax::parse(pattern).ok()?;
    let set = usable(&info(&hir))?;
    (set.len() <= MAX_ANCHORS && !set.iter().any(|l| weak(l))).then_some(set)
}

/// The anchors of a word list: the words themselves, folded to ASCII lower case, or
/// `None` when one of them is too common to skip anything (or there are none).
pub fn of_words(words: &[&str]) -> Option<Set> {
    let set: Set = words
        .iter()
        .map(|w| w.as_bytes().to_ascii_lowercase())
        .collect();
    (!set.is_empty() && set.len() <= MAX_ANCHORS && !set.iter().any(|l| l.is_empty() || weak(l)))
        .then_some(set)
}

/// Whether a word, as an anchor, is too common to skip anything (see [`of_words`]).
pub fn is_weak_word(word: &str) -> bool {
    let lit = word.as_bytes().to_ascii_lowercase();
    lit.is_empty() || weak(&lit)
}

/// What is known of one syntax node.
#[derive(Debug, Clone, Default)]
struct Info {
    /// Every string the node matches, folded, when that language is small.
    exact: Option<Set>,
    /// The best set of non-empty literals every match contains, beyond `exact`.
    required: Option<Set>,
}

impl Info {
    fn exact(set: Set) -> Info {
        Info {
            exact: Some(set),
            required: None,
        }
    }
    fn required(set: Option<Set>) -> Info {
        Info {
            exact: None,
            required: set,
        }
    }
}

/// The anchor set a node offers: its exact language when that has no empty string,
/// or its required literals, whichever is more selective.
fn usable(info: &Info) -> Option<Set> {
    let exact = info
        .exact
        .as_ref()
        .filter(|s| !s.is_empty() && s.iter().all(|l| !l.is_empty()))
        .cloned();
    better(exact, info.required.clone())
}

/// The more selective of two anchor sets.
fn better(a: Option<Set>, b: Option<Set>) -> Option<Set> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Selectivity: a set with a *weak* literal (one found in nearly every sentence)
/// is worst; then the longer the shortest literal, the rarer; then the fewer.
fn score(set: &Set) -> (bool, usize, std::cmp::Reverse<usize>) {
    let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
    (
        !set.iter().any(|l| weak(l)),
        shortest,
        std::cmp::Reverse(set.len()),
    )
}

/// A literal too common to skip anything: one punctuation mark, marks and white
/// space ("." or ", "; two marks glued together, as a link's "](", are rare), a
/// letter or two (found inside half the words of any sentence), or one of the
/// commonest short words — except the few short literals rare in running text
/// ([`RARE_SHORT`]).
fn weak(lit: &[u8]) -> bool {
    const COMMON: &[&[u8]] = &[
        b"and", b"are", b"but", b"for", b"had", b"has", b"her", b"his", b"not", b"the", b"was",
        b"who",
    ];
    if RARE_SHORT.contains(&lit) {
        return false;
    }
    (lit.iter()
        .all(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation())
        && (lit.len() < 2 || lit.iter().any(u8::is_ascii_whitespace)))
        || (lit.len() <= 2 && lit.iter().any(u8::is_ascii_alphabetic))
        || COMMON.contains(&lit)
}

/// Short literals that rules name and running text seldom holds, folded: the
/// abbreviations of units ("yr", "hr") and of California's codes ("PC", "HS", "VC"),
/// and the dollar and per-cent signs. On 1,500 bulk press releases each is in at most
/// 2.7% of the lines ("hr", inside "three" and "through"), where the letter pairs
/// left weak are in many more ("up" 5.5%, "by" 6.1%, "us" 16.7%, "of" 20.3%). Kept
/// weak, one of them left a whole rule ungated: the spaced durations (for "yrs" and
/// "hrs") ran on every sentence, the code abbreviations on every line with a digit.
const RARE_SHORT: &[&[u8]] = &[b"hr", b"yr", b"pc", b"hs", b"vc", b"$", b"%"];

fn single(bytes: &[u8]) -> Set {
    BTreeSet::from([bytes.to_ascii_lowercase()])
}

fn empty_string() -> Set {
    single(b"")
}

/// Every concatenation of a string of `a` with one of `b`, if not too many.
fn product(a: &Set, b: &Set) -> Option<Set> {
    if a.len().saturating_mul(b.len()) > MAX_EXACT {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| {
                b.iter().map(move |y| {
                    let mut s = x.clone();
                    s.extend_from_slice(y);
                    s
                })
            })
            .collect(),
    )
}

/// The members of a small class, each folded (`None` for a big class, which is not
/// enumerated).
fn class_members(class: &Class) -> Option<Set> {
    type Members<'a> = Box<dyn Iterator<Item = Vec<u8>> + 'a>;
    let (size, members): (usize, Members<'_>) = match class {
        Class::Unicode(c) => (
            c.ranges()
                .iter()
                .map(|r| (u32::from(r.end()) - u32::from(r.start())) as usize + 1)
                .sum(),
            Box::new(
                c.ranges()
                    .iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(|ch| ch.to_string().into_bytes()),
            ),
        ),
        Class::Bytes(c) => (
            c.ranges()
                .iter()
                .map(|r| usize::from(r.end() - r.start()) + 1)
                .sum(),
            Box::new(
                c.ranges()
                    .iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(|b| vec![b]),
            ),
        ),
    };
    (size <= MAX_CLASS).then(|| members.map(|m| m.to_ascii_lowercase()).collect())
}

fn info(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info::exact(empty_string()),
        HirKind::Literal(lit) => Info::exact(single(&lit.0)),
        HirKind::Class(class) => match class_members(class) {
            Some(set) => Info::exact(set),
            None => Info::default(),
        },
        HirKind::Capture(cap) => info(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = info(&rep.sub);
            match (rep.min, rep.max) {
                (1, Some(1)) => sub,
                (0, Some(1)) => match sub.exact {
                    Some(mut set) if set.len() < MAX_EXACT => {
                        set.insert(Vec::new());
                        Info::exact(set)
                    }
                    _ => Info::default(),
                },
                (0, _) => Info::default(),
                _ => Info::required(usable(&sub)),
            }
        }
        HirKind::Concat(parts) => concat(&parts.iter().map(info).collect::<Vec<_>>()),
        HirKind::Alternation(branches) => {
            alternation(&branches.iter().map(info).collect::<Vec<_>>())
        }
    }
}

fn concat(parts: &[Info]) -> Info {
    let mut best: Option<Set> = None;
    let mut whole: Option<Set> = Some(empty_string());
    let mut run: Set = empty_string();
    for part in parts {
        match &part.exact {
            Some(exact) => {
                whole = whole.and_then(|w| product(&w, exact));
                run = match product(&run, exact) {
                    Some(longer) => longer,
                    None => {
                        best = better(best, usable(&Info::exact(run)));
                        exact.clone()
                    }
                };
            }
            None => {
                whole = None;
                let closed = std::mem::replace(&mut run, empty_string());
                best = better(best, usable(&Info::exact(closed)));
            }
        }
        best = better(best, part.required.clone());
    }
    best = better(best, usable(&Info::exact(run)));
    Info {
        exact: whole,
        required: best,
    }
}

fn alternation(branches: &[Info]) -> Info {
    let mut exact: Option<Set> = Some(Set::new());
    for b in branches {
        exact = match (exact, &b.exact) {
            (Some(mut all), Some(more)) if all.len() + more.len() <= MAX_EXACT => {
                all.extend(more.iter().cloned());
                Some(all)
            }
            _ => None,
        };
    }
    let mut required: Option<Set> = Some(Set::new());
    for b in branches {
        required = match (required, usable(b)) {
            (Some(mut all), Some(more)) if all.len() + more.len() <= MAX_ANCHORS => {
                all.extend(more);
                Some(all)
            }
            _ => None,
        };
    }
    Info {
        exact,
        required: required.filter(|s| !s.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor_list(p: &str) -> Option<Vec<String>> {
        anchors(p).map(|s| {
            s.into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect()
        })
    }

    #[test]
    fn anchors_of_typical_rules() {
        // the rarer side of a concatenation wins
        assert_eq!(
            anchor_list(r"(?i)\b(?:[0-9]+|two)\s+(?:men|women)\b"),
            Some(vec!["men".into(), "women".into()])
        );
        // case forms fold; Unicode case folding keeps the long s and the Kelvin sign
        let set = anchor_list(r"(?i)\barrests?\b").unwrap();
        assert!(set.contains(&"arrest".to_string()), "{set:?}");
        assert!(set.iter().all(|l| l.starts_with("arre")), "{set:?}");
        // an optional or starred part has no anchors of its own
        assert_eq!(anchor_list(r"\p{Lu}\w+(?: said)?"), None);
        assert_eq!(anchor_list(r"x*"), None);
        // a branch without anchors leaves the alternation without any
        assert_eq!(anchor_list(r"said|\p{Lu}+"), None);
        // two marks without a space are rare enough to gate on (a Markdown link
        // target); one mark, or marks around a space, are in every sentence
        assert_eq!(
            anchor_list(r"\]\([^)]*\)|www\."),
            Some(vec!["](".into(), "www.".into()])
        );
        assert_eq!(anchor_list(r"\.|www\."), None);
        assert_eq!(anchor_list(r", |www\."), None);
        // a rare abbreviation is an anchor; a common letter pair leaves none
        assert_eq!(
            anchor_list(r"\b[0-9]+\s+(?:years?|yrs?)\b"),
            Some(vec![
                "year".into(),
                "years".into(),
                "yr".into(),
                "yrs".into()
            ])
        );
        assert_eq!(
            anchor_list(r"\b[0-9]+(?:PC|VC)\b"),
            Some(vec!["pc".into(), "vc".into()])
        );
        assert_eq!(anchor_list(r"\b(?:up|by)\s+to\b"), None);
        // digits are anchors when nothing better is there
        assert_eq!(anchor_list(r"\b[0-9]{2,}\b").map(|s| s.len()), Some(10));
    }
}
