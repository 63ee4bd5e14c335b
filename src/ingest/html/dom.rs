//! The parsed page flattened into an arena: elements and text in document order,
//! without the parts that are never article text (scripts, styles, forms' controls,
//! hidden elements), plus the page-level evidence met on the way (meta tags,
//! JSON-LD, canonical link, `<title>`, `<time>`).
//!
//! Every walk here and downstream is iterative: a page of 100 000 nested elements
//! cannot overflow the stack.

use super::content::{neg_hint, pos_hint, Hint};
use ego_tree::iter::Edge;
use scraper::{Html, Node as HtmlNode};

/// No node: the parent of the root.
pub const NONE: usize = usize::MAX;

/// One element or text run.
#[derive(Debug, Clone)]
pub struct Node {
    /// Lower-case element name (`*` for names the extractor has no use for);
    /// empty for text.
    pub tag: &'static str,
    /// Parent index, [`NONE`] for the root.
    pub parent: usize,
    /// Children in document order.
    pub children: Vec<usize>,
    /// Text of a text node (raw, whitespace not yet collapsed).
    pub text: String,
    /// Lower-case `class` and `id` joined by a space (elements only).
    pub hint: String,
    /// `itemprop` attribute, lower-case.
    pub itemprop: Option<Box<str>>,
    /// The boilerplate reason the class/id gives, if any.
    pub neg: Option<Hint>,
    /// The class/id names article content.
    pub pos: bool,
}

impl Node {
    /// True for a text run.
    pub fn is_text(&self) -> bool {
        self.tag.is_empty()
    }
}

/// Page-level evidence collected while flattening.
#[derive(Debug, Default, Clone)]
pub struct Head {
    /// `<meta property|name|itemprop=… content=…>` pairs, keys lower-case, in order.
    pub metas: Vec<(String, String)>,
    /// Texts of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `<link rel="canonical" href>`.
    pub canonical: Option<String>,
    /// `<title>` text.
    pub title: Option<String>,
    /// `datetime` attributes of `<time>` elements (and `itemprop=datePublished`), in order.
    pub times: Vec<(String, bool)>,
}

impl Head {
    /// The first non-empty value of the meta key `key`.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }
}

/// The flattened page.
#[derive(Debug, Default)]
pub struct Dom {
    /// Nodes in document order; index 0 is the root.
    pub nodes: Vec<Node>,
    /// Evidence from the head (and from anywhere for JSON-LD and times).
    pub head: Head,
}

/// Elements skipped whole, with everything inside them.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "select", "option", "textarea", "input", "video", "audio", "picture",
    "img", "map", "head", "link", "meta", "dialog",
];

/// Flatten `html` into a [`Dom`].
pub fn build(doc: &Html) -> Dom {
    let mut dom = Dom::default();
    dom.nodes.push(Node {
        tag: "#root",
        parent: NONE,
        children: Vec::new(),
        text: String::new(),
        hint: String::new(),
        itemprop: None,
        neg: None,
        pos: false,
    });
    // Stack of arena indices for open kept elements; `skip` counts open skipped ones.
    let mut stack: Vec<usize> = vec![0];
    let mut skip = 0usize;
    // While inside <title> or an ld+json script, collect their text.
    let mut in_title = 0usize;
    let mut in_ld = 0usize;
    let mut ld_buf = String::new();
    let mut title_buf = String::new();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                HtmlNode::Element(el) => {
                    let name = el.name();
                    collect_head(name, el, &mut dom.head);
                    if name == "title" && dom.head.title.is_none() {
                        in_title += 1;
                    }
                    if name == "script"
                        && el
                            .attr("type")
                            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                    {
                        in_ld += 1;
                    }
                    if skip > 0 || SKIP.contains(&name) || hidden(el) {
                        skip += 1;
                        continue;
                    }
                    let parent = *stack.last().unwrap_or(&0);
                    let mut hint = String::new();
                    if let Some(c) = el.attr("class") {
                        hint.push_str(c);
                    }
                    if let Some(i) = el.attr("id") {
                        hint.push(' ');
                        hint.push_str(i);
                    }
                    if let Some(r) = el.attr("role") {
                        hint.push(' ');
                        hint.push_str(r);
                    }
                    hint.make_ascii_lowercase();
                    let (neg, pos) = if hint.is_empty() {
                        (None, false)
                    } else {
                        (neg_hint(&hint), pos_hint(&hint))
                    };
                    let itemprop = el
                        .attr("itemprop")
                        .map(|p| p.trim().to_ascii_lowercase().into_boxed_str());
                    let idx = dom.nodes.len();
                    dom.nodes.push(Node {
                        tag: intern(name),
                        parent,
                        children: Vec::new(),
                        text: String::new(),
                        hint,
                        itemprop,
                        neg,
                        pos,
                    });
                    if let Some(p) = dom.nodes.get_mut(parent) {
                        p.children.push(idx);
                    }
                    stack.push(idx);
                }
                HtmlNode::Text(t) => {
                    if in_ld > 0 {
                        ld_buf.push_str(t);
                    }
                    if in_title > 0 {
                        title_buf.push_str(t);
                    }
                    if skip > 0 || t.is_empty() {
                        continue;
                    }
                    let parent = *stack.last().unwrap_or(&0);
                    // Adjacent text runs merge.
                    if let Some(&last) = dom.nodes.get(parent).and_then(|p| p.children.last()) {
                        if let Some(prev) = dom.nodes.get_mut(last).filter(|p| p.is_text()) {
                            prev.text.push_str(t);
                            continue;
                        }
                    }
                    let idx = dom.nodes.len();
                    dom.nodes.push(Node {
                        tag: "",
                        parent,
                        children: Vec::new(),
                        text: t.to_string(),
                        hint: String::new(),
                        itemprop: None,
                        neg: None,
                        pos: false,
                    });
                    if let Some(p) = dom.nodes.get_mut(parent) {
                        p.children.push(idx);
                    }
                }
                _ => {}
            },
            Edge::Close(n) => {
                if let HtmlNode::Element(el) = n.value() {
                    let name = el.name();
                    if name == "title" && in_title > 0 {
                        in_title -= 1;
                        if in_title == 0 && dom.head.title.is_none() {
                            dom.head.title = Some(collapse(&title_buf));
                        }
                    }
                    if name == "script" && in_ld > 0 {
                        in_ld -= 1;
                        if in_ld == 0 {
                            dom.head.json_ld.push(std::mem::take(&mut ld_buf));
                        }
                    }
                    if skip > 0 {
                        skip -= 1;
                    } else if stack.len() > 1 {
                        stack.pop();
                    }
                }
            }
        }
    }
    dom
}

fn collect_head(name: &str, el: &scraper::node::Element, head: &mut Head) {
    match name {
        "meta" => {
            let key = el
                .attr("property")
                .or_else(|| el.attr("name"))
                .or_else(|| el.attr("itemprop"));
            if let (Some(k), Some(v)) = (key, el.attr("content")) {
                head.metas
                    .push((k.trim().to_ascii_lowercase(), v.to_string()));
            }
            if el
                .attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            {
                if let Some(v) = el.attr("content") {
                    head.times.push((v.to_string(), true));
                }
            }
        }
        "link" => {
            let canonical = el.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            });
            if canonical && head.canonical.is_none() {
                head.canonical = el
                    .attr("href")
                    .map(|h| h.trim().to_string())
                    .filter(|h| !h.is_empty());
            }
        }
        _ => {
            if let Some(dt) = el.attr("datetime") {
                let published = el
                    .attr("itemprop")
                    .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                    || el
                        .attr("class")
                        .is_some_and(|c| c.to_ascii_lowercase().contains("publish"));
                head.times.push((dt.to_string(), published));
            } else if el
                .attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            {
                if let Some(v) = el.attr("content") {
                    head.times.push((v.to_string(), true));
                }
            }
        }
    }
}

/// Hidden from readers: `hidden`, `aria-hidden="true"`, inline `display:none`.
fn hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Whitespace runs to one space, trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Element names the extractor tells apart, sorted for binary search.
const TAGS: &[&str] = &[
    "a",
    "address",
    "article",
    "aside",
    "b",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "span",
    "strong",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "ul",
];

/// The static name of a known element, `*` for the others.
fn intern(name: &str) -> &'static str {
    TAGS.binary_search(&name).map_or("*", |i| TAGS[i])
}
