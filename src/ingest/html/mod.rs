//! HTML pages → article text and page metadata.
//!
//! The page is slimmed by a linear pre-pass ([`slim`]: scripts, styles and comments
//! cut, nesting capped), parsed with `scraper` (html5ever), flattened into an arena without
//! scripts, styles, controls and hidden elements ([`dom`]), its metadata read from
//! JSON-LD, OpenGraph and `article:` tags ([`meta`]), and its main content chosen
//! and serialized by readability-style scoring with class/id hints ([`content`]).
//!
//! ```
//! use blotter::ingest::html::extract_page;
//!
//! let page = extract_page("p.html", r#"<html><head>
//!   <meta property="og:site_name" content="The Courier">
//!   <meta property="article:published_time" content="2024-03-05T10:00:00Z">
//!   <title>Six held in raids | The Courier</title></head>
//!   <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>Six held in raids</h1>
//!   <p>Police arrested six people on Monday, officials said, after a long inquiry.</p>
//!   <ul><li>Two were charged.</li><li>Four were released.</li></ul>
//!   </article><footer>© The Courier</footer></body></html>"#).unwrap();
//! assert_eq!(page.text, "Six held in raids\n\nPolice arrested six people on Monday, \
//!     officials said, after a long inquiry.\n\n• Two were charged.\n• Four were released.");
//! assert_eq!(page.meta.publisher.as_deref(), Some("The Courier"));
//! assert_eq!(page.meta.published.unwrap().to_string(), "2024-03-05");
//! ```

pub mod content;
pub mod dom;
pub mod meta;
pub mod slim;

use crate::clean::Meta;
use crate::error::Result;
use crate::record::Removed;
use regex::Regex;
use std::sync::LazyLock;

/// The article text of a page (blocks separated by blank lines) and its metadata.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Main-content text: headline first, then paragraphs, one list item a line.
    pub text: String,
    /// Title, publisher, publication date, byline, canonical URL.
    pub meta: Meta,
    /// What was dropped, summarized.
    pub removed: Vec<Removed>,
}

/// Extract the main content of the page `html` (named `name` in errors).
///
/// Never fails on malformed markup: html5ever recovers as browsers do.
pub fn extract_page(_name: &str, html: &str) -> Result<Page> {
    // A scraper's front matter block above the markup ("---", the title, "---"):
    // its title is the page's when the markup names none.
    let (fm_title, html) = match crate::clean::front_matter_title(html) {
        Some((title, end)) => (title, &html[end..]),
        None => (None, html),
    };
    let slim = slim::slim(html);
    let doc = scraper::Html::parse_document(&slim.html);
    let mut dom = dom::build(&doc);
    dom.head.json_ld.extend(slim.json_ld);
    drop(doc);
    let stats = content::measure(&dom);
    let choice = content::choose(&dom, &stats);
    let ser = content::serialize(&dom, &stats, &choice.roots);
    let ld = meta::json_ld(&dom.head.json_ld);
    let h1 = first_h1(&dom, &choice.roots);
    let mut meta = meta::meta(&dom.head, &ld, h1.as_deref());
    if meta.title.is_none() {
        meta.title = fm_title;
    }

    let mut blocks = ser.blocks;
    // A page whose markup hides the text but whose JSON-LD carries it.
    let body_len: usize = blocks.iter().map(|(t, _)| t.len()).sum();
    if let Some(ld_body) = ld.body.as_deref() {
        if ld_body.len() > 2 * body_len.max(100) {
            blocks = ld_body
                .split('\n')
                .map(dom::collapse)
                .filter(|l| !l.is_empty())
                .map(|l| (l, false))
                .collect();
        }
    }
    let mut text = String::new();
    if let Some(t) = &meta.title {
        text.push_str(t);
    }
    let title_key = meta.title.as_deref().map(key);
    let mut prev_item = false;
    // The date and writer of a byline element the page's markup set apart inside
    // its content (not beside it: a sidebar's entries date other stories).
    for r in ser.removed.iter().filter(|r| r.reason == "byline") {
        crate::clean::fill_from_byline(&mut meta, &r.text);
    }
    let mut removed = content::outside(&dom, &stats, &choice.roots);
    removed.extend(ser.removed);
    for (k, (block, item)) in blocks.iter().enumerate() {
        // The headline again at the top of the content.
        if k < 3 && title_key.as_deref() == Some(key(block).as_str()) {
            continue;
        }
        if TEASER.is_match(block) {
            removed.push(Removed {
                text: block.clone(),
                reason: "teaser",
            });
            continue;
        }
        if !text.is_empty() {
            text.push_str(if *item && prev_item { "\n" } else { "\n\n" });
        }
        if *item {
            text.push_str("• ");
        }
        text.push_str(block);
        prev_item = *item;
    }
    Ok(Page {
        text,
        meta,
        removed,
    })
}

/// Lines inside articles that point elsewhere: "Don't miss", "Story continues below
/// the gallery", "Continue reading", "Advertisement".
static TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            don'?t\s+miss | don’t\s+miss | must\s+read | more\s+on\s+this\s+story | also\s+read
            | (?:story|article)\s+continues\s+(?:below|after).* | continue\s+reading.* | advertisement
            | scroll\s+(?:down\s+)?to\s+continue.* | read\s+more | watch\s+now | recommended
        )[\s:.!]*$",
    )
    .expect("teaser regex compiles")
});

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text of the first `<h1>` inside the content, else in the page; on a page
/// without one, the content's first `<h2>` that reads as a headline (an agency's
/// release under a generic "Press Releases" page title).
fn first_h1(d: &dom::Dom, roots: &[usize]) -> Option<String> {
    let within = |h: usize| {
        let mut a = h;
        while a != dom::NONE {
            if roots.contains(&a) {
                return true;
            }
            a = d.nodes[a].parent;
        }
        false
    };
    let text = |h: usize| Some(content::subtree_text(d, h, 400)).filter(|t| !t.is_empty());
    let h1s: Vec<usize> = (0..d.nodes.len())
        .filter(|&i| d.nodes[i].tag == "h1")
        .collect();
    if !h1s.is_empty() {
        let inside = h1s.iter().copied().take(5).find(|&h| within(h));
        return inside.or_else(|| h1s.first().copied()).and_then(text);
    }
    // (above the content's prose: a heading under the first paragraph is a section's)
    let h2 = (0..d.nodes.len()).find(|&i| d.nodes[i].tag == "h2" && within(i))?;
    let prose_above = (0..h2).any(|i| {
        d.nodes[i].tag == "p"
            && within(i)
            && content::subtree_text(d, i, 400).split_whitespace().count() >= 8
    });
    text(h2).filter(|t| {
        !prose_above && t.split_whitespace().count() >= 4 && !t.ends_with([':', '.', '?'])
    })
}
