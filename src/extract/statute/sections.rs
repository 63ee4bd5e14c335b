//! Section numbers and lists of them: "292(1)(a)", "377BG–377BK", "841 and 846".

use crate::extract::lexicon::Rule;
use std::sync::LazyLock;

/// Regex fragment for one section number: digits, up to three capital letters (or
/// small ones, with a dashed part: "289g-2"; or a dashed small letter: "50-a"),
/// dotted parts, each with up to two capital letters, and bracketed subsections
/// ("376A(2)", "787.06", "474.22A", "2252A(a)(2)", "5(1)(aba)", "163.1(4.1)"), and a paragraph of a
/// Central European code's article ("202 § 3", which the scorer folds to "202§3").
pub const SEC: &str = r"[0-9]{1,5}(?:[A-Z]{1,3}|[a-z]{1,2}(?:-[0-9]{1,3}[a-z]?)?|-[a-z]\b|-[A-Z]\b)?(?:[\x20-](?:bis|ter|quater)\b)?(?:\.[0-9]+[A-Z]{0,2})*(?:\x20?\((?:[0-9]{1,3}(?:\.[0-9]{1,2})?[A-Za-z]{0,2}|[A-Za-z]|[ivxlIVXL]{2,5}|[a-z]{2,3}|[a-z][0-9]{1,2})\))*(?:\x20?§\x20?[0-9]{1,3}[a-z]?)?";

/// Regex fragment for a bare subsection standing for the section before it in a
/// list: the "(e)" of "§§ 2251(a) and (e)", the "(b)(1)" of "2252A(a)(2) and (b)(1)".
pub const SUB: &str = r"\((?:[0-9]{1,3}[A-Za-z]{0,2}|[A-Za-z]|[ivxlIVXL]{2,5})\)(?:\((?:[0-9]{1,3}[A-Za-z]{0,2}|[A-Za-z]|[ivxlIVXL]{2,5}|[a-z]{2,3}|[a-z][0-9]{1,2})\))*";

/// An offence's name in brackets after a section number, as Indian reports gloss
/// them: "318(4) (cheating), 319(2) (cheating by personation)".
pub const GLOSS: &str = r"(?:[\ \t]*\([a-z][a-z\ ,'’-]{2,60}\))?";

/// The most facts one range may expand into.
const MAX_RANGE: u32 = 50;

static ONE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!("{SEC}|{SUB}")).expect("section regex")
});

/// A section list right after a code's name: "Health and Safety Code 11378".
pub static LIST_AFTER_CODE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"^[ \t]+(?:[Ss]ections?[ \t]+|§§?[ \t]*)?(?P<list>{SEC}(?:[ \t]*(?:,[ \t]*(?:and|or)?|and|or|&|/|to|through|[-–—])[ \t]*{SEC})*)"
    ))
    .expect("code-number regex")
});

/// Where the last section number of a list starts.
pub fn last_start(list: &str) -> Option<usize> {
    ONE.find_iter(list).last().map(|m| m.start())
}

/// The sections a list names, ranges expanded when they can be.
pub fn split_list(list: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev_end = 0;
    let mut prev: Option<String> = None;
    for m in ONE.find_iter(list) {
        let sep = list[prev_end..m.start()].trim();
        // "376A (2)" → "376A(2)"; "202§3" → "202 § 3"
        let mut this = m.as_str().replace(' ', "").replace('§', " § ");
        if this.starts_with('(') {
            // "2251(a) and (e)": the subsection of the section before it; "1324(a)(1)
            // (A)(ii) and (B)(iii)": a sibling at the level of its first part.
            let Some(base) = out.last().map(|p| sibling_base(p, &this)) else {
                prev_end = m.end();
                continue;
            };
            this = format!("{base}{this}");
        }
        let is_range = matches!(sep, "-" | "–" | "—" | "to" | "through");
        match (&prev, is_range) {
            (Some(a), true) => {
                out.pop();
                match expand(a, &this) {
                    Some(all) => out.extend(all),
                    // "Article 222-37" (French codes number articles so): a bare
                    // hyphen before a smaller number runs down, no range; it is the
                    // article's own.
                    None if list[prev_end..m.start()] == *"-"
                        && matches!((a.parse::<u32>(), this.parse::<u32>()), (Ok(x), Ok(y)) if y <= x) =>
                    {
                        out.push(format!("{a}-{this}"));
                    }
                    None => out.push(format!("{a}–{this}")),
                }
                prev = None;
            }
            _ => {
                out.push(this.clone());
                prev = Some(this);
            }
        }
        prev_end = m.end();
    }
    out
}

/// The kind of a bracketed subsection's label: a number, a small letter, a
/// capital, or a small roman numeral of two letters or more ("(ii)").
fn level(label: &str) -> u8 {
    let l = label.trim_matches(['(', ')']);
    if l.starts_with(|c: char| c.is_ascii_digit()) {
        0
    } else if l.len() > 1 && l.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')) {
        3
    } else if l.starts_with(|c: char| c.is_ascii_uppercase()) {
        2
    } else {
        1
    }
}

/// What a bare subsection `sub` hangs from in the section `prev` before it: `prev`
/// up to its last part of the same kind as `sub`'s first ("1324(a)(1)(A)(ii)" and
/// "(B)(iii)" → "1324(a)(1)"), else the section's number ("2251(a)" and "(e)" →
/// "2251"; "841" and "(b)" → "841").
fn sibling_base(prev: &str, sub: &str) -> String {
    let number = prev.split('(').next().unwrap_or(prev);
    let Some(first) = sub.split_inclusive(')').next() else {
        return number.to_string();
    };
    let kind = level(first);
    let mut cut = None;
    let mut at = number.len();
    for part in prev[number.len()..].split_inclusive(')') {
        if level(part) == kind {
            cut = Some(at);
        }
        at += part.len();
    }
    prev[..cut.unwrap_or(number.len())].to_string()
}

/// "4"–"7" → 4, 5, 6, 7; "377BG"–"377BK" → 377BG … 377BK. `None` when the two ends
/// are not consecutive numbers or letters, or the range is too long.
fn expand(a: &str, b: &str) -> Option<Vec<String>> {
    if a.contains(['(', '.']) || b.contains(['(', '.']) {
        return None;
    }
    if let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) {
        return (x < y && y - x < MAX_RANGE).then(|| (x..=y).map(|n| n.to_string()).collect());
    }
    // Same stem, last letter running on: 377BG … 377BK.
    let (sa, la) = a.split_at(a.len().checked_sub(1)?);
    let (sb, lb) = b.split_at(b.len().checked_sub(1)?);
    let (ca, cb) = (la.chars().next()?, lb.chars().next()?);
    if sa != sb || !ca.is_ascii_uppercase() || !cb.is_ascii_uppercase() || ca >= cb {
        return None;
    }
    if !sa.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((ca..=cb).map(|c| format!("{sa}{c}")).collect())
}
