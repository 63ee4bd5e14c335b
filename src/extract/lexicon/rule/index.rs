//! The per-document anchor index: which rules have an anchor in which sentence.
//!
//! Every gated rule registers its anchor set once, when it is compiled. One
//! Aho-Corasick automaton holds the anchors of all registered rules (rebuilt when
//! rules were added since — rules compile lazily, so that happens during the first
//! documents only). [`enter`] runs it once over the ASCII-lower-cased body, with
//! overlapping matches so that no anchor hides another, and records for each *cell*
//! (the span between two consecutive boundaries: sentence and line starts) the rules
//! with an anchor starting in it.
//!
//! The index is current for its thread while the [`Scope`] `enter` returned is alive
//! (the extraction [`crate::extract::Context`] holds it). A search on a slice of the
//! body asks which cells the slice touches; a slice found nowhere in the body — its
//! address is outside the body's bytes — is never skipped. Because the body is
//! borrowed, unchanged, for as long as the scope lives, an address inside it means
//! those very bytes.

use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use super::anchors::Set;

/// Every gated rule's anchors (and regex, for a [`super::Rule`]; a word list has
/// none), by rule id.
static REGISTRY: Mutex<Vec<(Option<Regex>, Set)>> = Mutex::new(Vec::new());
/// `REGISTRY`'s length, readable without the lock.
static REGISTERED: AtomicUsize = AtomicUsize::new(0);
/// The automaton over the anchors of the first `rules` registered rules.
static AUTOMATON: RwLock<Option<Arc<Automaton>>> = RwLock::new(None);

thread_local! {
    /// The index of the document being extracted on this thread: set by [`enter`],
    /// cleared when the last [`Scope`] of that document is dropped. A strong
    /// reference, so that a gate check (millions per corpus) borrows it without
    /// touching reference counts.
    static CURRENT: RefCell<Option<Rc<DocIndex>>> = const { RefCell::new(None) };
}

/// Adds a rule's anchors (and its regex, when it is one); returns its id.
pub(in crate::extract::lexicon) fn register(re: Option<&Regex>, set: Set) -> usize {
    let mut reg = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    reg.push((re.cloned(), set));
    REGISTERED.store(reg.len(), Ordering::Release);
    reg.len() - 1
}

struct Automaton {
    ac: AhoCorasick,
    /// For each pattern, `words` u64s: bit `r` set when it is an anchor of rule `r`.
    rows: Vec<u64>,
    /// Rules covered: ids `0..rules`.
    rules: usize,
    words: usize,
}

impl Automaton {
    /// The automaton over `rules`' anchors: a contiguous NFA (~265 KB for the ~2,500
    /// anchors of the full rule set). A DFA of the same anchors (4.9 MB, built anew
    /// at each of the six rebuilds as rules register) took 0.84 G instructions over
    /// the bulk press releases against the NFA's 1.80 G, yet no less time in
    /// alternating runs (4.11/3.97/4.02 s against 3.99/4.05/4.00 s at `--jobs 1`),
    /// and 14-15 MB more peak memory (108-110 MB against 94 MB at `--jobs 1`, 151 MB
    /// against 137 MB at `--jobs 2`, where the target is 150 MB); output identical.
    fn build(rules: &[(Option<Regex>, Set)]) -> Option<Automaton> {
        let mut ids: HashMap<&[u8], usize> = HashMap::default();
        let mut patterns: Vec<&[u8]> = Vec::new();
        let mut rules_of: Vec<Vec<usize>> = Vec::new();
        for (rule, (_, set)) in rules.iter().enumerate() {
            for lit in set {
                let id = *ids.entry(lit.as_slice()).or_insert_with(|| {
                    patterns.push(lit);
                    rules_of.push(Vec::new());
                    patterns.len() - 1
                });
                rules_of[id].push(rule);
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .ok()?;
        let words = rules.len().div_ceil(64);
        let mut rows = vec![0u64; patterns.len() * words];
        for (p, rules) in rules_of.iter().enumerate() {
            for &r in rules {
                rows[p * words + r / 64] |= 1 << (r % 64);
            }
        }
        Some(Automaton {
            ac,
            rows,
            rules: rules.len(),
            words,
        })
    }
}

/// Every gated regex rule compiled so far, with its anchors (for tests).
#[cfg(test)]
pub(super) fn registered() -> Vec<(Regex, Set)> {
    REGISTRY
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .filter_map(|(re, set)| Some((re.clone()?, set.clone())))
        .collect()
}

/// Lets the next document rebuild the automaton (for tests that compile a rule and
/// index a text right away).
#[cfg(test)]
pub(in crate::extract::lexicon) fn rebuild_soon() {
    NEXT_BUILD.store(0, Ordering::Relaxed);
}

/// [`enter`] with an automaton that covers every rule registered before the call
/// (for tests: another test's thread may be building an automaton from an older
/// registry meanwhile, and a document entered then gets the one current, which
/// skips none of the newer rules — right, but not what a test of skipping asks).
#[cfg(test)]
pub(in crate::extract::lexicon) fn enter_fresh<B>(body: &str, boundaries: B) -> Scope
where
    B: IntoIterator<Item = usize> + Clone,
{
    let registered = REGISTERED.load(Ordering::Acquire);
    for _ in 0..10_000 {
        rebuild_soon();
        let scope = enter(body, boundaries.clone());
        if scope.index.as_ref().is_some_and(|i| i.rules >= registered) {
            return scope;
        }
        std::thread::yield_now();
    }
    panic!("no automaton covers the {registered} rules registered");
}

/// Documents indexed so far, and the count at which the automaton may next be
/// rebuilt to take in rules registered since its last build.
static DOCUMENTS: AtomicUsize = AtomicUsize::new(0);
static NEXT_BUILD: AtomicUsize = AtomicUsize::new(0);

/// The automaton, rebuilt when rules were registered since the last build — at
/// documents 1, 2, 4, 8 … only: rules compile on first use, nearly all of them during
/// the first few documents, and a rule the automaton does not cover yet is never
/// skipped, so a late rule costs only its own skips until the next build.
fn automaton() -> Option<Arc<Automaton>> {
    let registered = REGISTERED.load(Ordering::Acquire);
    let document = DOCUMENTS.fetch_add(1, Ordering::Relaxed);
    {
        let current = AUTOMATON.read().unwrap_or_else(|e| e.into_inner());
        if let Some(a) = current.as_ref() {
            if a.rules == registered || document < NEXT_BUILD.load(Ordering::Relaxed) {
                return Some(Arc::clone(a));
            }
        }
    }
    NEXT_BUILD.store(document.max(1) * 2, Ordering::Relaxed);
    let rules = REGISTRY.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let built = Arc::new(Automaton::build(&rules)?);
    let mut current = AUTOMATON.write().unwrap_or_else(|e| e.into_inner());
    if current.as_ref().is_none_or(|a| a.rules < built.rules) {
        *current = Some(Arc::clone(&built));
    }
    Some(built)
}

/// Most cells a gate check walks before giving up and letting the regex run.
const MAX_WALK: usize = 32;

/// One document's index.
#[derive(Debug)]
struct DocIndex {
    /// Address and length of the body's bytes.
    start: usize,
    len: usize,
    /// Cell starts, ascending, the first 0.
    cells: Vec<usize>,
    /// Rules covered (ids below this have a complete record).
    rules: usize,
    /// `words` u64s per cell: bit `r` set when rule `r` has an anchor in the cell.
    words: usize,
    bits: Vec<u64>,
    /// The cells the last slice asked about touch: `(start, end, first cell, cells
    /// touched up to MAX_WALK + 1)`. An extractor asks each of its rules about the
    /// same sentence in turn, so the binary search runs once per slice, not once per
    /// rule.
    last: Cell<(usize, usize, usize, usize)>,
}

/// Keeps a document's anchor index current on this thread while it lives.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The index `CURRENT` holds while any clone of this scope lives.
    index: Option<Rc<DocIndex>>,
}

impl Scope {
    /// Makes this scope's index current on this thread again (another document's
    /// was entered since). Safe as ever: the index leaves `CURRENT` when its last
    /// scope is dropped, and its body is borrowed until then.
    pub fn make_current(&self) {
        if let Some(index) = &self.index {
            CURRENT.with(|c| {
                let mut current = c.borrow_mut();
                if !current.as_ref().is_some_and(|i| Rc::ptr_eq(i, index)) {
                    *current = Some(Rc::clone(index));
                }
            });
        }
    }
}

impl Drop for Scope {
    /// The last scope of the current index takes it out of `CURRENT` (the index
    /// of a newer document, entered since, stays).
    fn drop(&mut self) {
        let Some(index) = self.index.take() else {
            return;
        };
        let _ = CURRENT.try_with(|c| {
            let mut current = c.borrow_mut();
            if current.as_ref().is_some_and(|i| Rc::ptr_eq(i, &index))
                && Rc::strong_count(&index) == 2
            {
                *current = None;
            }
        });
    }
}

/// Indexes `body`, cut into cells at `boundaries` (byte offsets on char boundaries,
/// any order; sentence and line starts), and makes the index current on this thread
/// until the returned scope is dropped.
pub fn enter(body: &str, boundaries: impl IntoIterator<Item = usize>) -> Scope {
    let Some(auto) = automaton() else {
        return Scope { index: None };
    };
    let mut cells: Vec<usize> = boundaries
        .into_iter()
        .filter(|&b| b < body.len())
        .chain([0])
        .collect();
    cells.sort_unstable();
    cells.dedup();
    let words = auto.words;
    let mut bits = vec![0u64; cells.len() * words];
    let lower = body.as_bytes().to_ascii_lowercase();
    let mut cell = 0;
    for m in auto.ac.find_overlapping_iter(&lower) {
        // overlapping matches come by end; starts are near-sorted
        let at = m.start();
        if !(cells[cell] <= at && cells.get(cell + 1).is_none_or(|&next| at < next)) {
            cell = cells.partition_point(|&c| c <= at) - 1;
        }
        let p = m.pattern().as_usize();
        let row = &mut bits[cell * words..(cell + 1) * words];
        for (have, add) in row.iter_mut().zip(&auto.rows[p * words..(p + 1) * words]) {
            *have |= add;
        }
    }
    let index = Rc::new(DocIndex {
        start: body.as_ptr() as usize,
        len: body.len(),
        cells,
        rules: auto.rules,
        words,
        bits,
        last: Cell::new((usize::MAX, 0, 0, 0)),
    });
    CURRENT.with(|c| *c.borrow_mut() = Some(Rc::clone(&index)));
    Scope { index: Some(index) }
}

/// False only when `hay` is a slice of the current body and no cell it touches holds
/// an anchor of rule `rule`.
pub(in crate::extract::lexicon) fn may_match(rule: usize, hay: &[u8]) -> bool {
    CURRENT.with(|c| {
        let current = c.borrow();
        let Some(index) = current.as_ref() else {
            return true;
        };
        let at = (hay.as_ptr() as usize).wrapping_sub(index.start);
        if rule >= index.rules || at > index.len || hay.len() > index.len - at {
            return true;
        }
        let end = at + hay.len();
        let (first, touched) = match index.last.get() {
            (a, e, first, touched) if (a, e) == (at, end) => (first, touched),
            (_, _, last_first, _) => {
                // Another slice, most often in the same cell as the last one or the
                // next (extractors read the body in order): those two are looked at
                // before the binary search.
                let cells = &index.cells;
                let within = |c: usize| {
                    cells.get(c).is_some_and(|&s| s <= at)
                        && cells.get(c + 1).is_none_or(|&next| at < next)
                };
                let first = if within(last_first) {
                    last_first
                } else if within(last_first + 1) {
                    last_first + 1
                } else {
                    cells.partition_point(|&c| c <= at) - 1
                };
                // A long slice (a rest-of-body tail for an anchored rule) is not worth
                // the walk: at most MAX_WALK cells are looked at, so a call costs O(1)
                // and a huge page with many such calls stays linear.
                let touched = index.cells[first..]
                    .iter()
                    .take(MAX_WALK + 1)
                    .take_while(|&&c| c < end)
                    .count();
                index.last.set((at, end, first, touched));
                (first, touched)
            }
        };
        let (word, bit) = (rule / 64, 1u64 << (rule % 64));
        (first..first + touched.min(MAX_WALK))
            .any(|cell| index.bits[cell * index.words + word] & bit != 0)
            || touched > MAX_WALK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Slices asked in any order (the same cell as the last, the next one, far
        /// away, across cells) get the answer a walk over the cells they touch gives:
        /// some cell holds an anchor of the rule, or there are too many to walk.
        #[test]
        fn may_match_is_the_walk_over_touched_cells(
            sentences in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Police held 3 suspects. ", "Nothing here. ", "Two MEN fled. ",
                    "A quiet day.\n", "x ", "Suspects\n",
                ]),
                1..60,
            ),
            asks in proptest::collection::vec((0usize..2000, 0usize..400), 1..40),
        ) {
            let rule = super::super::Rule::from_regex(
                Regex::new(r"(?i)\b(?P<n>[0-9]+)\s+(?:suspects|men)\b").unwrap(),
            );
            let id = rule.id.expect("gated");
            let anchors = super::super::anchors::anchors(rule.as_str()).unwrap();
            let body = sentences.concat();
            let mut bounds = vec![0];
            let mut at = 0;
            for s in &sentences {
                at += s.len();
                bounds.push(at);
            }
            let _scope = enter_fresh(&body, bounds.iter().copied());
            let cells: Vec<usize> = bounds.iter().copied().filter(|&b| b < body.len()).collect();
            let lower = body.to_ascii_lowercase();
            let has_anchor = |c: usize| {
                let (s, e) = (cells[c], cells.get(c + 1).copied().unwrap_or(body.len()));
                anchors.iter().any(|a| {
                    let a = std::str::from_utf8(a).unwrap();
                    lower.match_indices(a).any(|(i, _)| s <= i && i < e)
                })
            };
            for (start, len) in asks {
                let start = start % body.len();
                let end = (start + len).min(body.len());
                let slice = &body.as_bytes()[start..end];
                let first = cells.partition_point(|&c| c <= start) - 1;
                let touched = cells[first..].iter().take_while(|&&c| c < end).count();
                let want = touched > MAX_WALK || (first..first + touched).any(has_anchor);
                proptest::prop_assert_eq!(may_match(id, slice), want, "{}..{}", start, end);
            }
        }
    }
}
