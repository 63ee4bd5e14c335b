//! Results of pure functions of a line or a sentence, remembered across the
//! documents a thread reads.
//!
//! Scraped pages repeat themselves: a site's menus and footers, its hotline notice,
//! its closing paragraph ("An indictment is merely an allegation …") recur on
//! thousands of pages. On the bulk corpus of press releases 43% of the input lines
//! and a third of the cleaned bytes were seen in an earlier page, and a quarter of
//! the sentences recur. Work on a line or a sentence that depends on its text alone
//! (with spans relative to it) is asked of a [`Memo`]: the second time a text is met
//! its result is kept, and from the third time on it is a look-up. Work that also
//! reads a little of the page (its publication year, say) packs that into a
//! context word ([`cached_in`]) and is reused only in the same context.
//!
//! What may be memoised is a function of the text (and context) alone: nothing
//! else read from the document around it. Debug builds check this on every hit by
//! computing the result again, in the current document, and comparing.
//!
//! Memory stays bounded: each memo keeps results for at most [`KEPT_BYTES`] of text
//! and forgets them all when it would pass that (the boilerplate comes back within a
//! few pages), and remembers at most [`SEEN`] texts it has met once. On the bulk
//! corpus of press releases, bounds four times these (256 KiB, 8,192 texts) took
//! 4-7 MB more peak memory at `--jobs 2` for 0.2% fewer instructions; 1 MiB and
//! 32,768 saved 0.3% more for ~15 MB more per thread.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::thread::LocalKey;

/// Bytes of text a memo keeps results for before it starts again.
pub const KEPT_BYTES: usize = 1 << 16;
/// Texts met once that a memo remembers (by hash) before it starts again.
pub const SEEN: usize = 1 << 11;

/// A memo of one function; held in a `thread_local!` (see [`cached`]).
#[derive(Debug)]
pub struct Memo<V> {
    /// Hashes of the texts met once.
    seen: HashSet<u64, BuildHasherDefault<Identity>>,
    /// Texts met more than once, with the context they were read in and their
    /// result.
    kept: HashMap<u64, (Box<str>, u64, V), BuildHasherDefault<Identity>>,
    kept_bytes: usize,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo {
            seen: HashSet::default(),
            kept: HashMap::default(),
            kept_bytes: 0,
        }
    }
}

impl<V: Clone> Memo<V> {
    fn get(&self, hash: u64, text: &str, context: u64) -> Option<V> {
        self.kept
            .get(&hash)
            .filter(|(t, c, _)| &**t == text && *c == context)
            .map(|(_, _, v)| v.clone())
    }

    /// Keeps `value` for `text` if the text was met before; else notes it as met.
    fn offer(&mut self, hash: u64, text: &str, context: u64, value: &V) {
        if !self.seen.contains(&hash) {
            if self.seen.len() >= SEEN {
                self.seen.clear();
            }
            self.seen.insert(hash);
            return;
        }
        if self.kept_bytes + text.len() > KEPT_BYTES {
            self.kept.clear();
            self.kept_bytes = 0;
        }
        if text.len() <= KEPT_BYTES {
            self.kept_bytes += text.len();
            // (a 64-bit collision between two texts replaces the older one)
            let kept = (text.into(), context, value.clone());
            if let Some((old, _, _)) = self.kept.insert(hash, kept) {
                self.kept_bytes -= old.len();
            }
        }
    }
}

/// `f()`, the result of a pure function of `text`, taken from `memo` when `text` was
/// met often enough before on this thread.
///
/// ```
/// use std::cell::RefCell;
/// use blotter::extract::memo::{cached, Memo};
///
/// thread_local!(static WORDS: RefCell<Memo<usize>> = RefCell::default());
///
/// let count = |s: &str| cached(&WORDS, s, || s.split_whitespace().count());
/// for _ in 0..3 {
///     assert_eq!(count("Two men were arrested."), 4);
/// }
/// ```
pub fn cached<V>(memo: &'static LocalKey<RefCell<Memo<V>>>, text: &str, f: impl Fn() -> V) -> V
where
    V: Clone + PartialEq + std::fmt::Debug + 'static,
{
    cached_in(memo, text, 0, f)
}

/// [`cached`] for a function of `text` and of a little of the document around it,
/// packed in `context` (the publication year a numeric date is read against, say):
/// a result is reused only for the same text in the same context.
pub fn cached_in<V>(
    memo: &'static LocalKey<RefCell<Memo<V>>>,
    text: &str,
    context: u64,
    f: impl Fn() -> V,
) -> V
where
    V: Clone + PartialEq + std::fmt::Debug + 'static,
{
    let hash = hash(text, context);
    if let Some(v) = memo.with_borrow(|m| m.get(hash, text, context)) {
        debug_assert_eq!(
            v,
            f(),
            "a memoised result differs for {text:?} in {context}"
        );
        return v;
    }
    let v = f();
    memo.with_borrow_mut(|m| m.offer(hash, text, context, &v));
    v
}

fn hash(text: &str, context: u64) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(text.as_bytes());
    h.write_usize(text.len());
    h.write_u64(context);
    h.finish()
}

/// The hasher of keys that are hashes already.
#[derive(Debug, Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local!(static LEN: RefCell<Memo<usize>> = RefCell::default());

    #[test]
    fn a_text_is_computed_twice_then_looked_up() {
        let calls = Cell::new(0);
        let len = |s: &str| {
            cached(&LEN, s, || {
                calls.set(calls.get() + 1);
                s.len()
            })
        };
        let text = "The post appeared first on the site.";
        for _ in 0..5 {
            assert_eq!(len(text), text.len());
        }
        // debug builds compute again on every hit to check the memo
        let expected = if cfg!(debug_assertions) { 5 } else { 2 };
        assert_eq!(calls.get(), expected);
        assert_eq!(len("another"), 7);
    }

    #[test]
    fn texts_with_the_same_hash_are_told_apart() {
        let mut m: Memo<u32> = Memo::default();
        m.offer(7, "one", 0, &1);
        m.offer(7, "one", 0, &1);
        assert_eq!(m.get(7, "one", 0), Some(1));
        assert_eq!(m.get(7, "two", 0), None);
        assert_eq!(m.get(7, "one", 1), None);
    }

    #[test]
    fn kept_texts_stay_within_the_budget() {
        let mut m: Memo<u32> = Memo::default();
        let text = "x".repeat(KEPT_BYTES / 3 + 1);
        for i in 0..10u64 {
            m.offer(i, &text, 0, &1);
            m.offer(i, &text, 0, &1);
            assert!(m.kept_bytes <= KEPT_BYTES);
            assert_eq!(
                m.kept_bytes,
                m.kept.values().map(|(t, _, _)| t.len()).sum::<usize>()
            );
        }
        assert_eq!(m.get(9, &text, 0), Some(1));
    }
}
