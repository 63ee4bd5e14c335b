//! Page metadata: schema.org JSON-LD first, then OpenGraph and `article:` meta tags,
//! then the page's own elements (`<h1>`, `<time>`, `<title>`).

use super::dom::{collapse, Head};
use crate::clean::Meta;
use crate::extract::fact::PartialDate;
use crate::extract::lexicon::dates::parse_date;
use serde_json::Value;

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default, Clone)]
pub struct LdArticle {
    /// `headline` (or `name`).
    pub headline: Option<String>,
    /// `datePublished`.
    pub published: Option<String>,
    /// `dateModified`.
    pub modified: Option<String>,
    /// `author` names.
    pub authors: Vec<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `articleBody`.
    pub body: Option<String>,
    /// `url` or `mainEntityOfPage`.
    pub url: Option<String>,
}

/// schema.org types that are articles.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit('/').next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting"
                | "Report"
                | "LiveBlogPosting"
                | "SocialMediaPosting"
                | "WebPage"
                | "Posting"
        )
}

fn type_rank(v: &Value) -> Option<u8> {
    let types: Vec<&str> = match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    types
        .iter()
        .filter(|t| is_article_type(t))
        .map(|t| if t.ends_with("WebPage") { 1 } else { 2 })
        .max()
}

/// The best article object among the JSON-LD scripts.
pub fn json_ld(scripts: &[String]) -> LdArticle {
    let mut best: Option<(u8, Value)> = None;
    for s in scripts {
        let Ok(root) = serde_json::from_str::<Value>(s.trim().trim_end_matches(';')) else {
            continue;
        };
        // Iterative walk over arrays and @graph (bounded: serde_json caps nesting at 128).
        let mut todo = vec![root];
        let mut seen = 0;
        while let Some(v) = todo.pop() {
            seen += 1;
            if seen > 10_000 {
                break;
            }
            match v {
                Value::Array(a) => todo.extend(a.into_iter().rev()),
                Value::Object(ref o) => {
                    if let Some(rank) = type_rank(&v) {
                        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                            best = Some((rank, v.clone()));
                        }
                    }
                    if let Some(g) = o.get("@graph") {
                        todo.push(g.clone());
                    }
                    if let Some(m) = o.get("mainEntity") {
                        todo.push(m.clone());
                    }
                }
                _ => {}
            }
        }
    }
    let Some((_, v)) = best else {
        return LdArticle::default();
    };
    let text = |key: &str| {
        v.get(key)
            .and_then(string_of)
            .map(|s| collapse(&s))
            .filter(|s| !s.is_empty())
    };
    LdArticle {
        headline: text("headline").or_else(|| text("name")),
        published: text("datePublished").or_else(|| text("dateCreated")),
        modified: text("dateModified"),
        authors: names(v.get("author")),
        publisher: v
            .get("publisher")
            .and_then(|p| names(Some(p)).into_iter().next()),
        body: v
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty()),
        url: text("url").or_else(|| {
            v.get("mainEntityOfPage")
                .and_then(|m| m.get("@id").and_then(string_of))
        }),
    }
}

fn string_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.iter().find_map(string_of),
        _ => None,
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: &str| {
        let s = collapse(s);
        if !s.is_empty() && !s.starts_with("http") && !out.contains(&s) {
            out.push(s);
        }
    };
    match v {
        Some(Value::String(s)) => push(s),
        Some(Value::Object(o)) => {
            if let Some(n) = o.get("name").and_then(string_of) {
                push(&n);
            }
        }
        Some(Value::Array(a)) => {
            for x in a {
                match x {
                    Value::String(s) => push(s),
                    Value::Object(o) => {
                        if let Some(n) = o.get("name").and_then(string_of) {
                            push(&n);
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    out
}

/// A date from a machine-readable timestamp or a human one.
pub fn date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    // "2024-03-05…", and "2024/03/05" (Highwire's citation_publication_date)
    let iso = s.get(..10).filter(|h| {
        let b = h.as_bytes();
        b.len() == 10
            && matches!(b[4], b'-' | b'/')
            && b[7] == b[4]
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    });
    iso.and_then(|h| PartialDate::parse(&h.replace('/', "-")))
        .or_else(|| parse_date(s))
}

/// Strip a site name glued to a title ("Headline | Site", "Site - Headline").
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    const SEPS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » "];
    let t = title.trim();
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        let site_l = site.to_lowercase();
        for sep in SEPS {
            if let Some((head, tail)) = t.rsplit_once(sep) {
                if tail.to_lowercase().contains(&site_l) || site_l.contains(&tail.to_lowercase()) {
                    return head.trim().to_string();
                }
            }
            if let Some((head, tail)) = t.split_once(sep) {
                if head.to_lowercase().contains(&site_l) || site_l.contains(&head.to_lowercase()) {
                    return tail.trim().to_string();
                }
            }
        }
    }
    // Without a known site name, only a short last part after " | " is a site suffix.
    if let Some((head, tail)) = t.rsplit_once(" | ") {
        if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3 {
            return head.trim().to_string();
        }
    }
    t.to_string()
}

/// Assemble [`Meta`] from the evidence; `h1` is the page's first top heading.
pub fn meta(head: &Head, ld: &LdArticle, h1: Option<&str>) -> Meta {
    let publisher = ld
        .publisher
        .clone()
        .or_else(|| head.meta("og:site_name").map(collapse))
        .or_else(|| head.meta("application-name").map(collapse))
        .filter(|s| !s.is_empty());
    let site = publisher.as_deref();
    let stated = ld
        .headline
        .clone()
        .or_else(|| head.meta("og:title").map(collapse))
        .or_else(|| head.meta("twitter:title").map(collapse))
        .map(|t| strip_site(&t, site));
    let title = match (stated, h1.map(collapse).filter(|h| !h.is_empty())) {
        // The visible headline when it agrees with the stated one.
        (Some(s), Some(h)) if same_words(&s, &h) && h.split_whitespace().count() >= 3 => Some(h),
        (Some(s), _) => Some(s),
        (None, Some(h)) => Some(h),
        (None, None) => head.title.as_deref().map(|t| strip_site(t, site)),
    }
    .filter(|t| !t.is_empty());
    let published = ld
        .published
        .as_deref()
        .and_then(date)
        .or_else(|| {
            [
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date",
                "dc.date.issued",
                "dc.date.created",
                "dcterms.date",
                "dcterms.issued",
                "dcterms.created",
                "citation_publication_date",
                "citation_date",
                "publication_date",
                "date_published",
                "sailthru.date",
                "parsely-pub-date",
                "publish-date",
                "article.published",
                "og:article:published_time",
            ]
            .iter()
            .find_map(|k| head.meta(k).and_then(date))
        })
        .or_else(|| {
            head.times
                .iter()
                .filter(|(_, p)| *p)
                .find_map(|(t, _)| date(t))
        })
        .or_else(|| head.times.iter().find_map(|(t, _)| date(t)));
    let byline = if ld.authors.is_empty() {
        [
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
        ]
        .iter()
        .find_map(|k| {
            head.meta(k)
                .filter(|v| !v.starts_with("http"))
                .map(collapse)
        })
        .map(|b| {
            b.trim_start_matches("By ")
                .trim_start_matches("by ")
                .to_string()
        })
    } else {
        Some(ld.authors.join(", "))
    };
    let url = head
        .canonical
        .clone()
        .or_else(|| head.meta("og:url").map(str::to_string))
        .or_else(|| ld.url.clone())
        .filter(|u| u.starts_with("http"));
    // "Headline | The Iberia Courier": a page without a stated site name names itself
    // after its headline in the <title>.
    let publisher = publisher.or_else(|| {
        let (page, title) = (head.title.as_deref()?, title.as_deref()?);
        [" | ", " - ", " – ", " — "].iter().find_map(|sep| {
            let (left, right) = page.rsplit_once(sep)?;
            let right = collapse(right);
            (same_words(&collapse(left), title)
                && (1..=6).contains(&right.split_whitespace().count()))
            .then_some(right)
        })
    });
    let updated = ld.modified.as_deref().and_then(date).or_else(|| {
        ["article:modified_time", "og:updated_time", "datemodified"]
            .iter()
            .find_map(|k| head.meta(k).and_then(date))
    });
    Meta {
        title,
        publisher,
        published,
        byline,
        url,
        updated,
    }
}

/// Mostly the same words, ignoring case, order and punctuation: the visible headline
/// and the one the page states for sharing are often variants of each other.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        w.sort();
        w.dedup();
        w
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    common * 2 >= union || common == a.len().min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffix_stripped() {
        assert_eq!(
            strip_site("Police seize guns | Daily Planet", Some("Daily Planet")),
            "Police seize guns"
        );
        assert_eq!(
            strip_site("Daily Planet - Police seize guns", Some("The Daily Planet")),
            "Police seize guns"
        );
        assert_eq!(
            strip_site("Police seize guns in raid | City", None),
            "Police seize guns in raid"
        );
    }

    #[test]
    fn dates_from_timestamps() {
        assert_eq!(
            date("2019-11-20T08:00:00-05:00")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            date("November 20, 2019").map(|d| d.to_string()).as_deref(),
            Some("2019-11-20")
        );
        assert!(date("yesterday").is_none());
    }

    #[test]
    fn json_ld_graph() {
        let s = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
            {"@type":"NewsArticle","headline":"Six held","datePublished":"2020-01-02",
             "author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"The Paper"}}]}"#;
        let ld = json_ld(&[s.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("Six held"));
        assert_eq!(ld.authors, vec!["A. Writer".to_string()]);
        assert_eq!(ld.publisher.as_deref(), Some("The Paper"));
    }
}
