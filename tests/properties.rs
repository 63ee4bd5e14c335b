//! Property tests: for arbitrary text, news-like text and HTML-ish input, no stage
//! panics; every span (facts, sections, blocks, sentences) lies inside `body`, on
//! char boundaries, and `body[span] == text`; cleaning a clean body removes nothing
//! more; the same input always gives byte-identical JSON.
//!
//! Extractors are also run one by one on the pipeline's context, so a bad span is
//! caught where it is made (the resolver would otherwise silently drop it).
//!
//! `PROPTEST_CASES=10000 cargo test --test properties` for a longer run.

use blotter::extract::{Context, EXTRACTORS};
use blotter::{clean, ingest, segment, Article, Fact, Record, Span};
use proptest::prelude::*;

/// Words and marks that wake up the stages: numbers in every form, dates, money,
/// statutes, headings, furniture, Markdown, quotes, brackets and odd Unicode.
const TOKENS: &[&str] = &[
    "the",
    "police",
    "arrested",
    "men",
    "women",
    "aged",
    "between",
    "and",
    "were",
    "fined",
    "jailed",
    "for",
    "years",
    "months",
    "seized",
    "kg",
    "of",
    "cocaine",
    "Operation",
    "Hurdle",
    "Singapore",
    "Malaysia",
    "Hong Kong",
    "South Korea",
    "United States",
    "U.S.",
    "Mr.",
    "Dr.",
    "Datuk Seri",
    "said",
    "Section",
    "Sections",
    "377BG",
    "–",
    "—",
    "-",
    "377BK",
    "1–999999999",
    "Penal Code 1871",
    "Act",
    "18 U.S.C. §",
    "2252A(a)(2)",
    "RM3,000",
    "S$5,000",
    "HK$1.2m",
    "$2.5 million",
    "₱",
    "₹",
    "Rs",
    "€",
    "£",
    "¥",
    "1,009",
    "0",
    "7",
    "21",
    "435",
    "99999999999999999999999",
    "18446744073709551616",
    "1.5",
    "3.",
    ".5",
    "twenty-one",
    "one hundred and five",
    "million",
    "billion",
    "lakh",
    "crore",
    "dozen",
    "a",
    "another",
    "one",
    "first",
    "31 February 2025",
    "29 February 2023",
    "2025-02-24",
    "24/02/2025",
    "February 24, 2025",
    "April",
    "2025",
    "Monday",
    "last week",
    "aged 999",
    "43-year-old",
    "in his 30s",
    "between 24 February and 28 March",
    "from",
    "to",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    ":",
    ";",
    ",",
    ".",
    "!",
    "?",
    "…",
    "\n",
    "\n\n",
    "\n\n\n",
    "  ",
    "\t",
    "\r\n",
    "\r",
    "#",
    "## ",
    "* ",
    "• ",
    "1. ",
    "(a) ",
    "Box 1",
    "Source link",
    "Share post:",
    "Date:",
    "spot_img",
    "Related",
    "Read more",
    "publish date: 2020-08-26",
    "authors: Jane Roe",
    "keywords: x",
    "The post X appeared first on Y.",
    "[",
    "](http://x.test/a)",
    "![](i.png)",
    "[link](u)",
    "http://x.test",
    "Thailand and South Korea: Participation",
    "FBI",
    "(SPF)",
    "Singapore Police Force",
    "é",
    "ß",
    "İ",
    "Σ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "\u{0}",
    "\u{7f}",
    "\u{fffd}",
    "😀",
    "👨‍👩‍👧",
    "́",
    "ﬁ",
    "٣",
    "〇",
    "Ⅻ",
    "§",
    "&amp;",
    "<p>",
    "</p>",
    "[[",
    "](u)](v)",
    "[Box 1](u)",
    "# #",
    "[Share](u)",
];

const HTML_TOKENS: &[&str] = &[
    "<!DOCTYPE html>",
    "<html>",
    "</html>",
    "<head>",
    "</head>",
    "<body>",
    "</body>",
    "<title>",
    "</title>",
    "<p>",
    "</p>",
    "<div class=\"article-body\">",
    "</div>",
    "<article>",
    "</article>",
    "<h1>",
    "</h1>",
    "<h2>",
    "</h2>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "<br>",
    "<br/>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<meta property=\"og:site_name\" content=\"X News\">",
    "<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">",
    "<a href=\"/x\">",
    "</a>",
    "&amp;",
    "&nbsp;",
    "&#8211;",
    "&#x1F600;",
    "&#0;",
    "&#xD800;",
    "&bogus;",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "<table>",
    "<tr>",
    "<td>",
    "<nav>",
    "</nav>",
    "<footer>",
    "<iframe>",
    "<img src=x>",
    "<noscript>",
    "<template>",
    "<svg><p>",
    "</svg>",
    "<math>",
    "<select>",
    "<option>",
    "<textarea>",
    "<plaintext>",
    "<xmp>",
];

fn join(tokens: Vec<(&'static str, u8)>) -> String {
    let mut s = String::new();
    for (t, sep) in tokens {
        s.push_str(t);
        s.push_str(match sep % 5 {
            0 | 1 => " ",
            2 => "",
            3 => "\n",
            _ => ". ",
        });
    }
    s
}

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(TOKENS), any::<u8>()), 0..80).prop_map(join)
}

fn html() -> impl Strategy<Value = String> {
    let tok =
        prop_oneof![3 => prop::sample::select(HTML_TOKENS), 2 => prop::sample::select(TOKENS)];
    prop::collection::vec((tok, any::<u8>()), 0..80).prop_map(join)
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), news(), html(), "[ -~\n\t]{0,200}"]
}

fn check_span(body: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= body.len(),
        "{what}: span {span:?} outside body of {} bytes",
        body.len()
    );
    prop_assert!(
        body.is_char_boundary(span.start) && body.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
    Ok(())
}

fn check_fact(body: &str, f: &Fact, what: &str) -> Result<(), TestCaseError> {
    check_span(body, f.span, what)?;
    prop_assert_eq!(
        &body[f.span.start..f.span.end],
        f.text.as_str(),
        "{}: text is not body[span]",
        what
    );
    Ok(())
}

fn check_record(r: &Record) -> Result<(), TestCaseError> {
    let body = &r.body;
    for f in &r.facts {
        check_fact(body, f, "record fact")?;
    }
    for s in &r.sections {
        check_span(body, s.span, "section")?;
        prop_assert!(
            body[s.span.start..].starts_with(&s.heading),
            "section heading not at its span"
        );
    }
    let json = serde_json::to_string(r).expect("record serializes");
    let back: serde_json::Value = serde_json::from_str(&json).expect("record JSON parses");
    prop_assert_eq!(back["body"].as_str(), Some(body.as_str()));
    Ok(())
}

/// Run the stages by hand and check every extractor's own facts before resolution.
fn check_stages(text: &str) -> Result<(), TestCaseError> {
    let normalized = ingest::normalize(text);
    let cleaned = clean::clean(&normalized);
    let body = &cleaned.body;
    if let Some(t) = cleaned.title {
        check_span(body, t, "title")?;
    }
    let seg = segment::segment(body, cleaned.title);
    for b in &seg.blocks {
        check_span(body, b.span, "block")?;
    }
    for s in &seg.sentences {
        check_span(body, s.span, "sentence")?;
        prop_assert!(s.block < seg.blocks.len());
        prop_assert!(
            seg.blocks[s.block].span.contains(s.span),
            "sentence outside its block"
        );
    }
    for s in &seg.sections {
        check_span(body, s.span, "section")?;
        check_span(body, s.heading, "heading")?;
    }
    let ctx = Context::new(body, &seg, &cleaned.meta);
    for (kind, extract) in EXTRACTORS {
        let mut out = Vec::new();
        extract(&ctx, &mut out);
        for f in &out {
            check_fact(body, f, &format!("{kind:?} extractor"))?;
            prop_assert_eq!(f.kind(), *kind, "an extractor emitted another kind");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn text_pipeline_never_panics_and_spans_hold(s in any_text()) {
        let r = blotter::extract_text("p", &s);
        check_record(&r)?;
        check_stages(&s)?;
    }

    #[test]
    fn bytes_pipeline_never_panics(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        any_text().prop_map(String::into_bytes),
        html().prop_map(|h| { let mut b = vec![0xEF, 0xBB, 0xBF]; b.extend(h.into_bytes()); b }),
        any_text().prop_map(|s| { let mut b = vec![0xFF, 0xFE]; for u in s.encode_utf16() { b.extend(u.to_le_bytes()); } b }),
    ]) {
        match Article::from_bytes("p", bytes.clone()).extract() {
            Ok(r) => check_record(&r)?,
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        let mut as_html = Article::from_bytes("p", bytes);
        as_html.format = Some(blotter::Format::Html);
        if let Ok(r) = as_html.extract() {
            check_record(&r)?;
        }
    }

    #[test]
    fn cleaning_a_clean_body_removes_nothing_more(s in any_text()) {
        let c = clean::clean(&ingest::normalize(&s));
        let again = clean::clean(&c.body);
        prop_assert_eq!(&again.body, &c.body, "second clean changed the body; removed: {:?}", again.removed);
        prop_assert!(again.removed.is_empty(), "second clean removed {:?}", again.removed);
    }

    #[test]
    fn same_input_same_bytes(s in any_text()) {
        let a = serde_json::to_string(&blotter::extract_text("p", &s)).unwrap();
        let b = serde_json::to_string(&blotter::extract_text("p", &s)).unwrap();
        prop_assert_eq!(&a, &b);
        let x = Article::from_bytes("p", s.clone().into_bytes()).extract().map(|r| serde_json::to_string(&r).unwrap());
        let y = Article::from_bytes("p", s.into_bytes()).extract().map(|r| serde_json::to_string(&r).unwrap());
        prop_assert_eq!(x.ok(), y.ok());
    }
}
