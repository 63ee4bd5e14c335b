//! Main-content extraction over the flattened page, in three stages:
//!
//! 1. **measure** — per element: text and link-text length, own (inline) text, the
//!    class/id hint (boilerplate or content);
//! 2. **choose** — readability-style scoring: every paragraph credits its ancestors,
//!    scores are discounted by link density and class/id hints, the best container
//!    wins, and its siblings that read like article text join it;
//! 3. **serialize** — the chosen containers' blocks (paragraphs, subheadings, list
//!    items, quotes), pruning boilerplate children, each pruned region recorded.
//!
//! Every stage is a linear pass (bottom-up over the arena or an explicit-stack walk).

use super::dom::{collapse, Dom, NONE};
use crate::record::Removed;
use regex::Regex;
use std::sync::LazyLock;

/// Elements that start and end a block of text.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "tbody"
            | "thead"
            | "tfoot"
            | "figure"
            | "figcaption"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "form"
            | "fieldset"
            | "address"
            | "hr"
            | "br"
            | "center"
            | "details"
            | "summary"
            | "body"
            | "html"
            | "caption"
            | "hgroup"
            | "menu"
            | "legend"
    )
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Per-element measurements.
pub struct Stats {
    /// Non-space characters of text in the subtree.
    pub text: Vec<u32>,
    /// Of which inside links.
    pub link: Vec<u32>,
    /// Non-space characters in text children and inline children (not in child blocks).
    pub own: Vec<u32>,
    /// Commas in the own text.
    pub own_commas: Vec<u32>,
    /// Non-space characters inside `<p>` elements of the subtree.
    pub para: Vec<u32>,
}

/// Measure every node bottom-up (children always follow their parent in the arena).
pub fn measure(dom: &Dom) -> Stats {
    let n = dom.nodes.len();
    let mut st = Stats {
        text: vec![0; n],
        link: vec![0; n],
        own: vec![0; n],
        own_commas: vec![0; n],
        para: vec![0; n],
    };
    let mut commas = vec![0u32; n];
    for i in (0..n).rev() {
        let node = &dom.nodes[i];
        if node.is_text() {
            let len = node.text.chars().filter(|c| !c.is_whitespace()).count() as u32;
            st.text[i] = len;
            commas[i] = node.text.matches(',').count() as u32;
        } else {
            if node.tag == "a" {
                st.link[i] = st.text[i];
            }
            if node.tag == "p" {
                st.para[i] = st.text[i];
            }
        }
        let p = node.parent;
        if p == NONE {
            continue;
        }
        st.text[p] = st.text[p].saturating_add(st.text[i]);
        st.link[p] = st.link[p].saturating_add(st.link[i]);
        st.para[p] = st.para[p].saturating_add(st.para[i]);
        if node.is_text() || !is_block(node.tag) {
            st.own[p] = st.own[p].saturating_add(st.text[i]);
            st.own_commas[p] = st.own_commas[p].saturating_add(commas[i]);
            commas[p] = commas[p].saturating_add(commas[i]);
        }
    }
    st
}

/// Why a region is boilerplate, judged from its class and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// Reason recorded when dropped.
    pub reason: &'static str,
    /// Weak hints only drop small regions.
    pub weak: bool,
}

/// Substrings of class/id tokens that mark boilerplate (regex fragments).
const NEG_CONTAINS: &[(&str, &str)] = &[
    ("comment", "comments"),
    ("disqus", "comments"),
    ("share", "share"),
    ("sharing", "share"),
    ("social", "share"),
    ("related", "related"),
    ("recommend", "related"),
    ("outbrain", "related"),
    ("taboola", "related"),
    ("popular", "related"),
    ("trending", "related"),
    (r"most[-_]?read", "related"),
    (r"read[-_]?more", "related"),
    ("newsletter", "newsletter"),
    ("subscribe", "newsletter"),
    (r"sign[-_]?up", "newsletter"),
    ("cookie", "cookie"),
    ("consent", "cookie"),
    ("gdpr", "cookie"),
    ("breadcrumb", "navigation"),
    ("sidebar", "sidebar"),
    ("advert", "ad"),
    ("sponsor", "ad"),
    ("promo", "ad"),
    ("paywall", "paywall"),
    ("caption", "caption"),
    ("modal", "popup"),
    ("popup", "popup"),
];

/// Whole class/id tokens that mark boilerplate: (token, reason, weak).
const NEG_TOKENS: &[(&str, &str, bool)] = &[
    ("nav", "navigation", false),
    ("navbar", "navigation", false),
    ("navigation", "navigation", false),
    ("menu", "navigation", false),
    ("pagination", "navigation", false),
    ("footer", "footer", false),
    ("contentinfo", "footer", false),
    ("complementary", "sidebar", false),
    ("ad", "ad", false),
    ("ads", "ad", false),
    ("adslot", "ad", false),
    ("dfp", "ad", false),
    ("banner", "ad", true),
    ("caption", "caption", true),
    ("credit", "caption", true),
    ("credits", "caption", true),
    ("tags", "tags", true),
    ("tag", "tags", true),
    ("topics", "tags", true),
    ("keywords", "tags", true),
    ("byline", "byline", true),
    ("author", "byline", true),
    ("dateline", "byline", true),
    ("timestamp", "byline", true),
    ("meta", "byline", true),
    ("header", "header", true),
    ("masthead", "header", true),
    ("widget", "related", true),
    ("hidden", "hidden", false),
    ("visually", "hidden", false),
    ("toolbar", "share", true),
    ("tools", "share", true),
];

/// Class/id tokens that mark article content.
const POS_TOKENS: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "prose",
    "blog",
    "articlebody",
    "richtext",
];

fn tokens(hint: &str) -> impl Iterator<Item = &str> {
    hint.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
}

/// The boilerplate reason a class/id hint gives, if any.
pub fn neg_hint(hint: &str) -> Option<Hint> {
    if hint.is_empty() {
        return None;
    }
    // Strong whole tokens, then telling substrings, then weak tokens.
    let token = |weak: bool| {
        tokens(hint).find_map(|t| NEG_TOKENS.iter().find(|(k, _, w)| *k == t && *w == weak))
    };
    if let Some((_, r, _)) = token(false) {
        return Some(Hint {
            reason: r,
            weak: false,
        });
    }
    if let Some(m) = NEG_CONTAINS_RE.find(hint) {
        return NEG_CONTAINS_SET
            .iter()
            .find(|(re, _)| re.is_match(m.as_str()))
            .map(|(_, r)| Hint {
                reason: r,
                weak: false,
            });
    }
    token(true).map(|(_, r, _)| Hint {
        reason: r,
        weak: true,
    })
}

/// All of [`NEG_CONTAINS`] in one pass.
static NEG_CONTAINS_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alt: Vec<&str> = NEG_CONTAINS.iter().map(|(k, _)| *k).collect();
    Regex::new(&alt.join("|")).expect("hint regex compiles")
});

/// Each of [`NEG_CONTAINS`] alone, anchored, to name the reason of a match.
static NEG_CONTAINS_SET: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    NEG_CONTAINS
        .iter()
        .map(|(k, r)| {
            (
                Regex::new(&format!("^(?:{k})$")).expect("hint regex compiles"),
                *r,
            )
        })
        .collect()
});

/// True when a class/id hint names article content.
pub fn pos_hint(hint: &str) -> bool {
    tokens(hint).any(|t| POS_TOKENS.contains(&t))
}

/// The chosen content: container roots in document order.
pub struct Choice {
    /// Roots to serialize.
    pub roots: Vec<usize>,
}

/// Pick the main-content containers.
pub fn choose(dom: &Dom, st: &Stats) -> Choice {
    let n = dom.nodes.len();
    let mut score = vec![0f64; n];
    let mut init = vec![false; n];
    let initial = |i: usize| -> f64 {
        let node = &dom.nodes[i];
        let mut s = match node.tag {
            "div" | "article" | "section" | "main" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        s += class_weight(dom, i);
        s
    };
    // Regions that are boilerplate by tag or strong class/id hint earn no score
    // (comments, related lists, menus): parents come before children in the arena.
    let page_len = st.text.first().copied().unwrap_or(0);
    let mut boiler = vec![false; n];
    for i in 1..n {
        let node = &dom.nodes[i];
        let p = node.parent;
        if p != NONE && boiler[p] {
            boiler[i] = true;
            continue;
        }
        if node.is_text() || node.pos || node.itemprop.as_deref() == Some("articlebody") {
            continue;
        }
        let strong = match node.tag {
            "nav" | "aside" | "footer" => Some("navigation"),
            _ => node.neg.filter(|h| !h.weak).map(|h| h.reason),
        };
        if let Some(reason) = strong {
            let huge = st.text[i] as f64 > page_len as f64 * 0.6;
            boiler[i] = reason == "comments" || !huge;
        }
    }
    for (i, node) in dom.nodes.iter().enumerate() {
        if node.is_text() || !is_block(node.tag) || is_heading(node.tag) || boiler[i] {
            continue;
        }
        let own = st.own[i];
        if own < 25 {
            continue;
        }
        // Link-heavy own text (menus) earns nothing.
        let s = 1.0 + st.own_commas[i].min(50) as f64 + (own as f64 / 100.0).min(3.0);
        // A text-bearing container credits itself like a paragraph's parent would.
        let (first, mut level) =
            if matches!(node.tag, "p" | "pre" | "td" | "li" | "dd" | "blockquote") {
                (node.parent, 0)
            } else {
                (i, 0)
            };
        let mut a = first;
        while a != NONE && level < 5 {
            if !init[a] {
                init[a] = true;
                score[a] = initial(a);
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            score[a] += s / div;
            level += 1;
            a = dom.nodes[a].parent;
        }
    }
    let final_score = |i: usize| -> f64 {
        let t = st.text[i].max(1) as f64;
        score[i] * (1.0 - st.link[i] as f64 / t)
    };
    let mut best = NONE;
    let mut best_score = f64::MIN;
    for (i, node) in dom.nodes.iter().enumerate() {
        if init[i] && !matches!(node.tag, "#root" | "html") {
            let f = final_score(i);
            if f > best_score {
                best_score = f;
                best = i;
            }
        }
    }
    if best == NONE {
        // Nothing scored: the body (or the root).
        let body = (0..n).find(|&i| dom.nodes[i].tag == "body").unwrap_or(0);
        return Choice { roots: vec![body] };
    }
    // Near-best candidates sharing an ancestor: the article is split into many
    // containers (one per paragraph), so their common ancestor holds it.
    let mut top = best;
    let mut alts: Vec<(f64, usize)> = (0..n)
        .filter(|&i| init[i] && i != best && !matches!(dom.nodes[i].tag, "#root" | "html" | "body"))
        .map(|i| (final_score(i), i))
        .filter(|(f, _)| *f >= best_score * 0.75)
        .collect();
    alts.sort_by(|a, b| b.0.total_cmp(&a.0));
    alts.truncate(5);
    if alts.len() >= 3 {
        let mut ancestor_of = vec![0u8; 0];
        ancestor_of.resize(n, 0);
        for &(_, alt) in &alts {
            let mut a = dom.nodes[alt].parent;
            while a != NONE {
                ancestor_of[a] = ancestor_of[a].saturating_add(1);
                a = dom.nodes[a].parent;
            }
        }
        let mut a = dom.nodes[best].parent;
        while a != NONE && !matches!(dom.nodes[a].tag, "body" | "html" | "#root") {
            if ancestor_of[a] >= 3 {
                top = a;
                break;
            }
            a = dom.nodes[a].parent;
        }
    }
    // Walk up while the parents keep scoring well (more content may lurk there).
    let mut last = final_score(top);
    let threshold = last / 3.0;
    let mut p = dom.nodes[top].parent;
    while p != NONE && !matches!(dom.nodes[p].tag, "body" | "html" | "#root") {
        if !init[p] {
            p = dom.nodes[p].parent;
            continue;
        }
        let ps = final_score(p);
        if ps < threshold {
            break;
        }
        if ps > last {
            top = p;
            break;
        }
        last = ps;
        p = dom.nodes[p].parent;
    }
    // An only child stands for its parent.
    loop {
        let p = dom.nodes[top].parent;
        if p == NONE || matches!(dom.nodes[p].tag, "body" | "html" | "#root") {
            break;
        }
        let elems = dom.nodes[p]
            .children
            .iter()
            .filter(|&&c| !dom.nodes[c].is_text() || st.text[c] > 0)
            .count();
        if elems != 1 {
            break;
        }
        top = p;
    }
    let top_score = if init[top] {
        final_score(top)
    } else {
        best_score
    };
    // Siblings that read like article text join.
    let parent = dom.nodes[top].parent;
    if parent == NONE {
        return Choice { roots: vec![top] };
    }
    let threshold = (top_score * 0.2).max(10.0);
    let siblings = &dom.nodes[parent].children;
    let mut keep: Vec<bool> = siblings
        .iter()
        .map(|&s| {
            if s == top {
                return true;
            }
            let node = &dom.nodes[s];
            if node.is_text() || st.text[s] == 0 {
                return false;
            }
            if node.neg.is_some_and(|h| !h.weak) {
                return false;
            }
            let mut bonus = 0.0;
            if !node.hint.is_empty() && node.hint == dom.nodes[top].hint {
                bonus += top_score * 0.2;
            }
            if init[s] && final_score(s) + bonus >= threshold {
                return true;
            }
            if node.tag == "p" {
                let len = st.text[s];
                let ld = st.link[s] as f64 / len.max(1) as f64;
                if len > 80 && ld < 0.25 {
                    return true;
                }
                if len > 0 && ld == 0.0 {
                    let t = subtree_text(dom, s, 400);
                    return t.ends_with('.') || t.contains(". ");
                }
            }
            false
        })
        .collect();
    // Subheadings directly before a kept sibling join too.
    for k in 0..siblings.len().saturating_sub(1) {
        if !keep[k] && matches!(dom.nodes[siblings[k]].tag, "h2" | "h3" | "h4") && keep[k + 1] {
            keep[k] = true;
        }
    }
    let roots = siblings
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(&s, _)| s)
        .collect();
    Choice { roots }
}

fn class_weight(dom: &Dom, i: usize) -> f64 {
    let node = &dom.nodes[i];
    let mut w = 0.0;
    if let Some(h) = node.neg {
        w -= if h.weak { 10.0 } else { 25.0 };
    }
    if node.pos {
        w += 25.0;
    }
    if node.itemprop.as_deref() == Some("articlebody") {
        w += 50.0;
    }
    w
}

/// Up to `limit` bytes of the subtree's text, whitespace collapsed.
pub fn subtree_text(dom: &Dom, root: usize, limit: usize) -> String {
    let mut out = String::new();
    let mut stack = vec![root];
    while let Some(i) = stack.pop() {
        if out.len() >= limit {
            break;
        }
        let node = &dom.nodes[i];
        if node.is_text() {
            out.push_str(&node.text);
        } else {
            if is_block(node.tag) {
                out.push(' ');
            }
            stack.extend(node.children.iter().rev());
        }
    }
    let mut s = collapse(&out);
    if s.len() > limit {
        let mut cut = limit;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s
}

/// Why the element `i` inside a chosen container is boilerplate (`root_len` is the
/// container's text length).
fn drop_reason(dom: &Dom, st: &Stats, i: usize, root_len: u32) -> Option<&'static str> {
    let node = &dom.nodes[i];
    let len = st.text[i];
    // The article itself, whatever its classes say.
    let big = len > 0 && root_len > 0 && len as f64 > root_len as f64 * 0.6 && len > 300;
    if node.itemprop.as_deref() == Some("articlebody") {
        return None;
    }
    let by_tag = match node.tag {
        "nav" => Some("navigation"),
        "aside" => Some("sidebar"),
        "footer" => Some("footer"),
        "form" => Some("form"),
        "figcaption" => Some("caption"),
        "header" if st.para[i] < 200 => Some("header"),
        "h1" => Some("headline"),
        _ => None,
    };
    if let Some(r) = by_tag {
        if !big || matches!(r, "caption" | "headline") {
            return Some(r);
        }
    }
    if big {
        return None;
    }
    if let Some(h) = node.neg {
        if !h.weak || len < 300 {
            return Some(h.reason);
        }
    }
    if len > 0
        && matches!(
            node.tag,
            "div" | "section" | "ul" | "ol" | "table" | "p" | "dl" | "span" | "li"
        )
    {
        let density = st.link[i] as f64 / len as f64;
        let para_free = st.para[i] < 100 || node.tag == "p";
        let list_like = node.tag != "li" && node.tag != "p";
        if para_free
            && (list_like && density > 0.5
                || node.tag == "p" && density > 0.7 && len < 300
                || density > 0.85 && len < 200)
        {
            return Some("links");
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Para,
    Item,
}

/// Blocks of the chosen containers.
pub struct Serialized {
    /// Blocks: text and whether it is a list item.
    pub blocks: Vec<(String, bool)>,
    /// Pruned regions.
    pub removed: Vec<Removed>,
}

/// Serialize the roots' blocks, pruning boilerplate.
pub fn serialize(dom: &Dom, st: &Stats, roots: &[usize]) -> Serialized {
    let root_len: u32 = roots.iter().map(|&r| st.text[r]).sum();
    let mut out = Serialized {
        blocks: Vec::new(),
        removed: Vec::new(),
    };
    let mut cur = String::new();
    let mut kind = Kind::Para;
    let mut li_depth = 0usize;
    let mut pre_depth = 0usize;
    enum Step {
        Enter(usize),
        Exit(usize),
    }
    let flush = |cur: &mut String, kind: Kind, blocks: &mut Vec<(String, bool)>| {
        let t = collapse(cur);
        cur.clear();
        if t.chars().any(char::is_alphanumeric) {
            blocks.push((t, kind == Kind::Item));
        }
    };
    for &root in roots {
        let mut stack = vec![Step::Enter(root)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(i) => {
                    let node = &dom.nodes[i];
                    if node.is_text() {
                        if pre_depth > 0 && node.text.contains('\n') {
                            for (k, line) in node.text.split('\n').enumerate() {
                                if k > 0 {
                                    flush(&mut cur, kind, &mut out.blocks);
                                }
                                cur.push_str(line);
                            }
                        } else {
                            cur.push_str(&node.text);
                        }
                        continue;
                    }
                    if i != root {
                        if let Some(reason) = drop_reason(dom, st, i, root_len) {
                            if st.text[i] > 0 && reason != "headline" {
                                out.removed.push(Removed {
                                    text: subtree_text(dom, i, 100),
                                    reason,
                                });
                            }
                            if !is_block(node.tag) {
                                cur.push(' ');
                            }
                            continue;
                        }
                    }
                    let tag = node.tag;
                    if tag == "br" || tag == "hr" {
                        if li_depth > 0 {
                            cur.push(' ');
                        } else {
                            flush(&mut cur, kind, &mut out.blocks);
                        }
                        continue;
                    }
                    if is_block(tag) {
                        if tag == "li" {
                            flush(&mut cur, kind, &mut out.blocks);
                            li_depth += 1;
                            kind = Kind::Item;
                        } else if li_depth > 0 {
                            cur.push(' ');
                        } else {
                            flush(&mut cur, kind, &mut out.blocks);
                        }
                        if tag == "pre" {
                            pre_depth += 1;
                        }
                    } else if matches!(tag, "td" | "th") {
                        cur.push(' ');
                    }
                    stack.push(Step::Exit(i));
                    stack.extend(node.children.iter().rev().map(|&c| Step::Enter(c)));
                }
                Step::Exit(i) => {
                    let tag = dom.nodes[i].tag;
                    if tag == "pre" {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                    if tag == "li" {
                        flush(&mut cur, kind, &mut out.blocks);
                        li_depth = li_depth.saturating_sub(1);
                        kind = if li_depth > 0 { Kind::Item } else { Kind::Para };
                    } else if is_block(tag) && li_depth == 0 {
                        flush(&mut cur, kind, &mut out.blocks);
                    } else if is_block(tag) {
                        cur.push(' ');
                    }
                }
            }
        }
        flush(&mut cur, kind, &mut out.blocks);
    }
    out
}

/// Summaries of the regions outside the chosen containers (one per sibling region
/// along the path from the page root to each container).
pub fn outside(dom: &Dom, st: &Stats, roots: &[usize]) -> Vec<Removed> {
    let n = dom.nodes.len();
    let mut on_path = vec![false; n];
    for &r in roots {
        let mut a = r;
        while a != NONE && !on_path[a] {
            on_path[a] = true;
            a = dom.nodes[a].parent;
        }
    }
    let mut out = Vec::new();
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        if roots.contains(&i) {
            continue;
        }
        for &c in dom.nodes[i].children.iter().rev() {
            if on_path[c] {
                stack.push(c);
            } else if st.text[c] >= 20 {
                let node = &dom.nodes[c];
                let reason = match node.tag {
                    "nav" => "navigation",
                    "footer" => "footer",
                    "header" => "header",
                    "aside" => "sidebar",
                    "form" => "form",
                    _ => node.neg.map_or("outside-article", |h| h.reason),
                };
                out.push(Removed {
                    text: subtree_text(dom, c, 100),
                    reason,
                });
            }
        }
    }
    out
}
