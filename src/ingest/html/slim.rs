//! A linear pre-pass over the raw page, before html5ever sees it:
//!
//! - scripts, styles, SVG, templates, `noscript` and comments are cut out whole
//!   (JSON-LD scripts are kept aside for the metadata): on news pages they are most
//!   of the bytes and none of the text;
//! - tags keep only the attributes the extractor reads (class, id, itemprop, …); an
//!   inline style that hides the element becomes `hidden`;
//! - nesting is capped at [`MAX_DEPTH`]: html5ever, following the HTML standard,
//!   scans its stack of open elements for several tags, so 100 000 nested `<div>`s
//!   would cost quadratic time. Tags opened deeper are dropped (their text stays),
//!   with their end tags.
//!
//! The scan is byte-level and single-pass; the output is still HTML, which html5ever
//! then parses with all its error recovery.

/// Deepest nesting kept.
pub const MAX_DEPTH: usize = 256;

/// Elements cut out with everything inside them (raw-text or never article text).
const CUT: &[&str] = &[
    "script", "style", "svg", "noscript", "template", "iframe", "textarea", "math", "noembed",
    "noframes", "button", "select", "video", "audio", "canvas",
];

/// Void elements dropped (no text, nothing the extractor reads).
const DROP_VOID: &[&str] = &[
    "img", "source", "input", "wbr", "track", "param", "area", "col", "base", "embed",
];

/// Elements whose content is raw text up to their end tag, copied verbatim.
const RAW: &[&str] = &["title", "xmp"];

/// Elements without end tags, or whose end tags are implied by their siblings: not
/// counted for nesting.
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
];

/// Attributes the extractor reads.
const KEEP_ATTRS: &[&str] = &[
    "class",
    "id",
    "itemprop",
    "hidden",
    "aria-hidden",
    "datetime",
    "content",
    "property",
    "name",
    "rel",
    "href",
    "role",
];

/// The slimmed page and the JSON-LD scripts taken out of it.
#[derive(Debug, Default)]
pub struct Slim {
    /// HTML without scripts, styles and comments, attributes pruned, nesting capped.
    pub html: String,
    /// Texts of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
}

fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b':' || c == b'_'
}

/// Find `</name` (ASCII case-insensitive) from `from`: the index of its `<`.
fn find_end_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let b = html.as_bytes();
    let mut i = from;
    while let Some(off) = html.get(i..).and_then(|rest| rest.find('<')) {
        let at = i + off;
        if b.get(at + 1) != Some(&b'/') {
            i = at + 1;
            continue;
        }
        let after = at + 2;
        if b.get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && !b.get(after + name.len()).copied().is_some_and(is_name_byte)
        {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

/// Index just past the `>` that ends the tag whose attributes start at `i`, with
/// the attributes as (name, whole `name=value` slice) pairs.
fn scan_attrs<'a>(html: &'a str, mut i: usize, attrs: &mut Vec<(&'a str, &'a str)>) -> usize {
    let b = html.as_bytes();
    attrs.clear();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return b.len();
        }
        if b[i] == b'>' {
            return i + 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        // A stray '=' with no name: step over it.
        if i == start {
            i += 1;
            continue;
        }
        let name = &html[start..i];
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                let close = b
                    .get(j + 1..)
                    .and_then(|r| r.iter().position(|&c| c == q))
                    .map_or(b.len(), |p| j + 1 + p + 1);
                i = close;
            } else {
                while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                    j += 1;
                }
                i = j;
            }
        }
        attrs.push((name, &html[start..i.min(b.len())]));
    }
}

/// Value of an attribute slice `name="value"` (quotes removed; raw, entities kept).
fn attr_value(slice: &str) -> &str {
    let v = slice.split_once('=').map_or("", |(_, v)| v.trim());
    v.trim_matches(|c| c == '"' || c == '\'')
}

/// Slim the page (see the module docs).
pub fn slim(html: &str) -> Slim {
    let b = html.as_bytes();
    let mut out = Slim {
        html: String::with_capacity(html.len() / 2),
        json_ld: Vec::new(),
    };
    // Open counted elements: (name slice, kept).
    let mut stack: Vec<(&str, bool)> = Vec::new();
    let mut kept_depth = 0usize;
    let mut attrs: Vec<(&str, &str)> = Vec::new();
    let mut i = 0;
    let mut pre_depth = 0usize;
    while let Some(off) = html.get(i..).and_then(|r| r.find('<')) {
        let at = i + off;
        push_text(&mut out.html, &html[i..at], pre_depth > 0);
        let next = b.get(at + 1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            // Comment, doctype, CDATA, processing instruction: dropped.
            let end = if html[at..].starts_with("<!--") {
                html.get(at + 4..)
                    .and_then(|r| r.find("-->"))
                    .map_or(b.len(), |e| at + 4 + e + 3)
            } else if next == b'?' {
                // (a template's PHP, "<?php $view->open('main'); ?>", ends at its
                // "?>": its code can hold a '>' of its own)
                html.get(at + 2..)
                    .and_then(|r| r.find("?>"))
                    .map_or(b.len(), |e| at + 2 + e + 2)
            } else {
                html.get(at..)
                    .and_then(|r| r.find('>'))
                    .map_or(b.len(), |e| at + e + 1)
            };
            i = end;
            continue;
        }
        let closing = next == b'/';
        let name_start = at + 1 + usize::from(closing);
        let mut name_end = name_start;
        while name_end < b.len() && is_name_byte(b[name_end]) {
            name_end += 1;
        }
        if name_end == name_start || !b[name_start].is_ascii_alphabetic() {
            // Not a tag: a literal '<'.
            out.html.push_str("&lt;");
            i = at + 1;
            continue;
        }
        let name = &html[name_start..name_end];
        let class = classify(name);
        let lower = |list: Role| class == list;
        let tag_end = scan_attrs(html, name_end, &mut attrs);
        if closing {
            i = tag_end;
            if name.eq_ignore_ascii_case("pre") {
                pre_depth = pre_depth.saturating_sub(1);
            }
            if lower(Role::Uncounted) {
                push_end(&mut out.html, name);
                continue;
            }
            // Close the nearest matching open element, looking a few levels down only.
            match stack
                .iter()
                .rev()
                .take(16)
                .position(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some(k) => {
                    let mut keep_tag = true;
                    for _ in 0..=k {
                        if let Some((_, kept)) = stack.pop() {
                            if kept {
                                kept_depth = kept_depth.saturating_sub(1);
                            }
                            keep_tag = kept;
                        }
                    }
                    if keep_tag {
                        push_end(&mut out.html, name);
                    }
                }
                None => push_end(&mut out.html, name),
            }
            continue;
        }
        if lower(Role::Cut) {
            let content_end = find_end_tag(html, tag_end, name).unwrap_or(b.len());
            if name.eq_ignore_ascii_case("script")
                && attrs.iter().any(|(n, v)| {
                    n.eq_ignore_ascii_case("type")
                        && attr_value(v)
                            .trim()
                            .eq_ignore_ascii_case("application/ld+json")
                })
            {
                if let Some(body) = html.get(tag_end..content_end) {
                    out.json_ld.push(body.to_string());
                }
            }
            i = html
                .get(content_end..)
                .and_then(|r| r.find('>'))
                .map_or(b.len(), |e| content_end + e + 1);
            continue;
        }
        if lower(Role::DropVoid) || boring_head_tag(name, &attrs) {
            i = tag_end;
            continue;
        }
        if name.eq_ignore_ascii_case("pre") {
            pre_depth += 1;
        }
        let self_closing = tag_end >= 2 && b[tag_end - 2] == b'/';
        let counted = !self_closing && !lower(Role::Uncounted);
        let keep = !counted || kept_depth < MAX_DEPTH;
        if counted {
            if keep {
                kept_depth += 1;
            }
            stack.push((name, keep));
        }
        i = tag_end;
        if !keep {
            continue;
        }
        out.html.push('<');
        out.html.push_str(name);
        for (n, slice) in &attrs {
            if n.eq_ignore_ascii_case("style") {
                let v: String = attr_value(slice)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>();
                let v = v.to_ascii_lowercase();
                if v.contains("display:none") || v.contains("visibility:hidden") {
                    out.html.push_str(" hidden");
                }
            } else if KEEP_ATTRS.iter().any(|k| k.eq_ignore_ascii_case(n)) {
                out.html.push(' ');
                out.html.push_str(slice);
            }
        }
        out.html.push('>');
        if lower(Role::Raw) {
            let content_end = find_end_tag(html, tag_end, name).unwrap_or(b.len());
            out.html.push_str(&html[tag_end..content_end]);
            i = content_end;
        }
    }
    push_text(&mut out.html, html.get(i..).unwrap_or(""), pre_depth > 0);
    out
}

/// `<link>` other than canonical, `<meta>` without content.
fn boring_head_tag(name: &str, attrs: &[(&str, &str)]) -> bool {
    if name.eq_ignore_ascii_case("link") {
        !attrs.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("rel")
                && attr_value(v).to_ascii_lowercase().contains("canonical")
        })
    } else if name.eq_ignore_ascii_case("meta") {
        !attrs.iter().any(|(n, _)| n.eq_ignore_ascii_case("content"))
    } else {
        false
    }
}

/// Text between tags, whitespace runs shortened to one character (a newline when
/// the run had one) outside `<pre>`.
fn push_text(out: &mut String, text: &str, verbatim: bool) {
    if verbatim {
        out.push_str(text);
        return;
    }
    let b = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if !b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let run = i;
        let mut newline = false;
        while i < b.len() && b[i].is_ascii_whitespace() {
            newline |= b[i] == b'\n';
            i += 1;
        }
        if i - run == 1 && b[run] == b' ' {
            continue;
        }
        out.push_str(&text[start..run]);
        out.push(if newline { '\n' } else { ' ' });
        start = i;
    }
    out.push_str(&text[start..]);
}

/// What the pre-pass does with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Cut out with its content ([`CUT`]).
    Cut,
    /// Raw text copied verbatim ([`RAW`]).
    Raw,
    /// Void element dropped ([`DROP_VOID`]).
    DropVoid,
    /// Kept, not counted for nesting ([`UNCOUNTED`]).
    Uncounted,
    /// Kept and counted.
    Counted,
}

/// The [`Role`] of an element name (any case), decided once per tag.
fn classify(name: &str) -> Role {
    let mut buf = [0u8; 12];
    let Some(dst) = buf.get_mut(..name.len()) else {
        return Role::Counted;
    };
    dst.copy_from_slice(name.as_bytes());
    dst.make_ascii_lowercase();
    let lower = std::str::from_utf8(dst).unwrap_or("");
    if CUT.contains(&lower) {
        Role::Cut
    } else if RAW.contains(&lower) {
        Role::Raw
    } else if DROP_VOID.contains(&lower) {
        Role::DropVoid
    } else if UNCOUNTED.contains(&lower) {
        Role::Uncounted
    } else {
        Role::Counted
    }
}

fn push_end(out: &mut String, name: &str) {
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_comments_cut_json_ld_kept() {
        let s = slim(
            r#"<html><head><style>p{color:red}</style><script type="application/ld+json">{"a":1}</script>
            <script>if (a<b) document.write("</div>")</script></head><body><!-- x --><p class="lead" onclick="f()">Hi</p></body></html>"#,
        );
        assert_eq!(s.json_ld, vec![r#"{"a":1}"#.to_string()]);
        assert!(
            !s.html.contains("color") && !s.html.contains("write") && !s.html.contains("onclick")
        );
        assert!(s.html.contains(r#"<p class="lead">Hi</p>"#), "{}", s.html);
    }

    #[test]
    fn template_code_is_cut_to_its_end_mark() {
        let s = slim("<?php $page->open('main'); ?><p>Two held.</p><?= $x->y ?>");
        assert_eq!(s.html, "<p>Two held.</p>");
    }

    #[test]
    fn hiding_style_becomes_hidden() {
        let s = slim(r#"<div style="display: none">x</div>"#);
        assert_eq!(s.html, "<div hidden>x</div>");
    }

    #[test]
    fn deep_nesting_is_capped_text_kept() {
        let n = MAX_DEPTH * 3;
        let page = format!(
            "<body>{}deep words{}<p>after</p></body>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let s = slim(&page);
        assert_eq!(s.html.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(s.html.matches("</div>").count(), MAX_DEPTH);
        assert!(s.html.contains("deep words") && s.html.contains("<p>after</p>"));
    }

    #[test]
    fn literal_less_than_and_unterminated_tags() {
        assert_eq!(slim("a < b").html, "a &lt; b");
        assert_eq!(slim("<p class=\"x").html, "<p class=\"x>");
        assert_eq!(slim("<script>never closed").html, "");
    }
}
