//! The HTML route: structure of the extracted text, metadata, pruning, and pages
//! built to break parsers (each must return promptly, without panicking).

use blotter::ingest::html::extract_page;
use std::time::{Duration, Instant};

/// Run `f` and fail when it takes longer than `limit` (debug builds are slow: the
/// limits are generous, but a quadratic blow-up still trips them).
fn within<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
    out
}

const ARTICLE: &str = r##"<!DOCTYPE html><html><head>
<title>Harbour raid nets smugglers - The Coast Gazette</title>
<link rel="canonical" href="https://gazette.example/news/harbour-raid">
<meta property="og:site_name" content="The Coast Gazette">
<meta property="og:title" content="Harbour raid nets smugglers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Harbour raid nets smugglers","datePublished":"2023-06-14T09:30:00+01:00",
 "author":{"@type":"Person","name":"Dana Reporter"},"publisher":{"@type":"Organization","name":"The Coast Gazette"}}</script>
<style>.x{display:none}</style><script>var ads = "<p>not text</p>";</script>
</head><body>
<header class="site-header"><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/world">World</a><a href="/business">Business</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article class="article">
<h1>Harbour raid nets smugglers</h1>
<div class="byline">By Dana Reporter</div>
<div class="share-bar"><a href="/s">Share on Facebook</a><a href="/s">Share on X</a></div>
<div class="article-body">
<p>Customs officers arrested five men at the harbour on Tuesday, the agency said, after a six-month inquiry into cigarette smuggling.</p>
<figure><img src="a.jpg"><figcaption>Officers at the quay. Photo: Staff</figcaption></figure>
<p>The men, aged between 24 and 51, were held overnight and are due in court &amp; expected to plead on Friday.</p>
<h2>What was found</h2>
<ul><li>Two million cigarettes</li><li>Three vans</li></ul>
<blockquote><p>"This was a well organised network," a spokesperson said.</p></blockquote>
<p style="display:none">Hidden text that readers never see.</p>
<p><strong>DON'T MISS</strong></p>
<div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story.</p></div>
<p>Investigators believe the goods were bound for markets across the region, and more arrests are possible.</p>
</div>
<section class="related-articles"><h3>Related</h3><ul><li><a href="/1">Port strike ends after talks</a></li><li><a href="/2">New ferry route opens</a></li></ul></section>
</article>
<div id="comments"><p>Great work by the officers, this has been going on for years and years.</p></div>
</main>
<footer class="site-footer"><p>© 2023 The Coast Gazette. All rights reserved.</p></footer>
</body></html>"##;

#[test]
fn article_structure_and_pruning() {
    let page = extract_page("a.html", ARTICLE).unwrap();
    let expected = "Harbour raid nets smugglers\n\n\
        Customs officers arrested five men at the harbour on Tuesday, the agency said, after a six-month inquiry into cigarette smuggling.\n\n\
        The men, aged between 24 and 51, were held overnight and are due in court & expected to plead on Friday.\n\n\
        What was found\n\n\
        • Two million cigarettes\n\
        • Three vans\n\n\
        \"This was a well organised network,\" a spokesperson said.\n\n\
        Investigators believe the goods were bound for markets across the region, and more arrests are possible.";
    assert_eq!(page.text, expected);
    let reasons: Vec<&str> = page.removed.iter().map(|r| r.reason).collect();
    for want in [
        "share",
        "caption",
        "newsletter",
        "related",
        "comments",
        "teaser",
        "cookie",
        "header",
        "footer",
    ] {
        assert!(reasons.contains(&want), "no {want:?} in {reasons:?}");
    }
}

#[test]
fn article_metadata() {
    let meta = extract_page("a.html", ARTICLE).unwrap().meta;
    assert_eq!(meta.title.as_deref(), Some("Harbour raid nets smugglers"));
    assert_eq!(meta.publisher.as_deref(), Some("The Coast Gazette"));
    assert_eq!(
        meta.published.map(|d| d.to_string()).as_deref(),
        Some("2023-06-14")
    );
    assert_eq!(meta.byline.as_deref(), Some("Dana Reporter"));
    assert_eq!(
        meta.url.as_deref(),
        Some("https://gazette.example/news/harbour-raid")
    );
}

#[test]
fn metadata_from_meta_tags_and_title() {
    let html = r#"<html><head><title>Two charged over fraud | Valley Times</title>
        <meta property="og:site_name" content="Valley Times">
        <meta property="article:published_time" content="2021-02-03">
        <meta name="author" content="Sam Writer"></head>
        <body><div class="story"><p>Two people were charged with fraud on Monday after a long investigation by police.</p></div></body></html>"#;
    let meta = extract_page("b.html", html).unwrap().meta;
    assert_eq!(meta.title.as_deref(), Some("Two charged over fraud"));
    assert_eq!(
        meta.published.map(|d| d.to_string()).as_deref(),
        Some("2021-02-03")
    );
    assert_eq!(meta.byline.as_deref(), Some("Sam Writer"));
}

/// Dublin Core and citation dates (government and agency pages carry one of these
/// and nothing else) give the page's date.
#[test]
fn published_from_dublin_core_and_citation_meta() {
    for (name, value, date) in [
        ("dcterms.date", "2025-06-10", "2025-06-10"),
        ("DCTERMS.issued", "2024-02-29T09:00:00+01:00", "2024-02-29"),
        ("DC.date.created", "March 3, 2023", "2023-03-03"),
        ("citation_publication_date", "2022/11/05", "2022-11-05"),
    ] {
        let html = format!(
            r#"<html><head><title>Vendors held</title><meta name="{name}" content="{value}"></head>
            <body><main><h1>Vendors held</h1>
            <p>Police arrested nine vendors of a dark-web market on Tuesday, the agency said.</p>
            </main></body></html>"#
        );
        let meta = extract_page("d.html", &html).unwrap().meta;
        assert_eq!(
            meta.published.map(|d| d.to_string()).as_deref(),
            Some(date),
            "{name}"
        );
    }
    // a modification date is not the page's date
    let html = r#"<html><head><title>Vendors held</title>
        <meta name="dcterms.modified" content="2025-06-12"></head><body><main><h1>Vendors held</h1>
        <p>Police arrested nine vendors of a dark-web market on Tuesday, the agency said.</p>
        </main></body></html>"#;
    assert_eq!(extract_page("d.html", html).unwrap().meta.published, None);
}

#[test]
fn metadata_from_a_byline_element_in_the_content() {
    let page = |byline: &str| {
        format!(
            r#"<html><head><title>Servers seized</title></head><body><article>
            <h1>Servers seized</h1><div class="byline">{byline}</div>
            <p>German police arrested three suspects on Monday and seized twelve servers in a raid.</p>
            </article><aside><div class="meta">March 1, 2020 by Other Writer</div></aside></body></html>"#
        )
    };
    for (byline, date, who) in [
        (
            "By Lena Hartmann · 5 min read · Nov 27, 2024",
            "2024-11-27",
            "Lena Hartmann",
        ),
        (
            "September 6, 2024 by Chinedu Okafor 0 Comments",
            "2024-09-06",
            "Chinedu Okafor",
        ),
    ] {
        let meta = extract_page("b.html", &page(byline)).unwrap().meta;
        assert_eq!(meta.published.map(|d| d.to_string()).as_deref(), Some(date));
        assert_eq!(meta.byline.as_deref(), Some(who));
    }
    // a byline element that states neither leaves them unknown (not the sidebar's)
    let meta = extract_page("b.html", &page("Staff · Crime desk"))
        .unwrap()
        .meta;
    assert_eq!(meta.published, None);
}

#[test]
fn a_release_heading_beats_a_generic_page_title() {
    let page = |body: &str| {
        format!(
            r#"<html><head><title>News - EBA</title>
            <meta property="og:site_name" content="Example Border Agency"></head>
            <body><div class="nav"><a>About</a> <a>News</a></div>
            <div class="content">{body}</div></body></html>"#
        )
    };
    let lead = "<p>A former clerk was sentenced on Monday to two years in prison for taking bribes from a contractor.</p>";
    let meta = extract_page(
        "r.html",
        &page(&format!(
            "<h2>Former clerk jailed for taking bribes</h2>{lead}"
        )),
    )
    .unwrap()
    .meta;
    assert_eq!(
        meta.title.as_deref(),
        Some("Former clerk jailed for taking bribes")
    );
    // a heading under the release's first paragraph is a section's: the page title stands
    let meta = extract_page(
        "r.html",
        &page(&format!(
            "{lead}<h2>Background to the case here</h2><p>More.</p>"
        )),
    )
    .unwrap()
    .meta;
    assert_eq!(meta.title.as_deref(), Some("News - EBA"));
}

#[test]
fn a_visible_byline_beats_a_desk_named_in_the_metadata() {
    let page = |author: &str| {
        format!(
            r#"<html><head><title>Servers seized</title><meta name="author" content="{author}"></head>
            <body><article><h1>Servers seized</h1><div class="byline">By <a href="/a/jo">Jo Roe</a>, Crime Reporter</div>
            <p>German police arrested three suspects on Monday and seized twelve servers in a raid.</p>
            </article></body></html>"#
        )
    };
    let meta = extract_page("b.html", &page("Web Desk")).unwrap().meta;
    assert_eq!(meta.byline.as_deref(), Some("Jo Roe"));
    let meta = extract_page("b.html", &page("Ann Lee")).unwrap().meta;
    assert_eq!(meta.byline.as_deref(), Some("Ann Lee"));
}

#[test]
fn publisher_from_the_title_after_the_headline() {
    let page = |title: &str| {
        format!(
            r#"<html><head><title>{title}</title>
            <meta property="og:title" content="Two charged over fraud"></head>
            <body><article><h1>Two charged over fraud</h1><p>Two people were charged with fraud on Monday after a long investigation by police.</p></article></body></html>"#
        )
    };
    let meta = extract_page(
        "p.html",
        &page("Two charged over fraud | The Iberia Courier"),
    )
    .unwrap()
    .meta;
    assert_eq!(meta.publisher.as_deref(), Some("The Iberia Courier"));
    // a title that is not the headline and a site names nothing
    let meta = extract_page("p.html", &page("Crime | Fraud | Latest"))
        .unwrap()
        .meta;
    assert_eq!(meta.publisher, None);
}

#[test]
fn paragraphs_split_by_line_breaks() {
    let html = "<html><body><div class=\"content\">First paragraph of the report, with enough words.<br><br>\
        Second paragraph, also long enough to count as text.</div></body></html>";
    let page = extract_page("c.html", html).unwrap();
    assert_eq!(
        page.text,
        "First paragraph of the report, with enough words.\n\nSecond paragraph, also long enough to count as text."
    );
}

#[test]
fn hundred_thousand_nested_divs() {
    let n = 100_000;
    let html = format!(
        "<html><body>{}Deeply nested words survive.{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let page = within(Duration::from_secs(60), || extract_page("deep.html", &html)).unwrap();
    assert!(
        page.text.contains("Deeply nested words survive."),
        "{}",
        page.text
    );
}

#[test]
fn hundred_thousand_unclosed_tags() {
    let html = format!(
        "<html><body><article>{}",
        "<div><span><p>Unclosed words, repeated, and more <b>bold <i>italic <table><tr><td>cell "
            .repeat(20_000)
    );
    let page = within(Duration::from_secs(60), || extract_page("open.html", &html)).unwrap();
    assert!(page.text.contains("Unclosed words"));
}

#[test]
fn five_megabytes_of_scripts() {
    let script =
        "<script>var s = '<div><p>not text</p></div>'; if (a < b && c > d) { x(); }</script>\n";
    let mut html = String::from("<html><head>");
    while html.len() < 5_000_000 {
        html.push_str(script);
    }
    html.push_str(
        "</head><body><p>The only real sentence on this page, with a few words.</p></body></html>",
    );
    let page = within(Duration::from_secs(60), || {
        extract_page("scripts.html", &html)
    })
    .unwrap();
    assert_eq!(
        page.text,
        "The only real sentence on this page, with a few words."
    );
}

#[test]
fn broken_entities_and_markup() {
    let html =
        "<html><body><p>Fish &amp chips &#xZZ; &#99999999; &bogus; &lt &#0; caf&eacute; &</p>\
        <p <p>>< </ <!-- unterminated comment";
    let page = within(Duration::from_secs(10), || extract_page("ent.html", html)).unwrap();
    assert!(
        page.text
            .starts_with("Fish & chips &#xZZ; \u{FFFD} &bogus; < \u{FFFD} café &"),
        "{}",
        page.text
    );
}

#[test]
fn degenerate_inputs_do_not_panic() {
    for html in [
        "",
        "<",
        "<<<>>>",
        "</>",
        "<html",
        "<!DOCTYPE",
        "<script>",
        "<style>",
        "<p class='x",
        "\u{FFFD}<é>",
        "<title>",
        "<svg><svg>",
        "<a href=\"",
        "<table><td><td>",
        "<select><option>x",
    ] {
        let _ = extract_page("x.html", html).unwrap();
    }
}
