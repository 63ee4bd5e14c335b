//! Results remembered across pages (`blotter::extract::memo`) must never change a
//! record: a page read on a thread that has met its paragraphs many times (in other
//! pages, with other dates and other text around them) gives the record a fresh
//! thread gives. Debug builds also recompute every remembered result and compare.

use blotter::extract_text;

/// A site's closing paragraphs, repeated on every page: a count, an age, a birth
/// date with a two-digit year (read against the page's publication year), an
/// agency, a place, a named official and a duration.
const BOILERPLATE: &str = "Officers of the Harbour City Police Department arrested \
12 people, including a 17-year-old and a mother with a child born 3/4/24, in \
Singapore.\n\nChief Inspector Mary Okafor said the operation would last three months.";

/// A page around the boilerplate: its own headline, publication date and text after.
fn page(headline: &str, published: &str, after: &str) -> String {
    format!("Published: {published}\n\n{headline}\n\n{BOILERPLATE} {after}\n\nMore to follow.\n")
}

fn json(id: &str, text: &str) -> String {
    serde_json::to_string(&extract_text(id, text)).expect("serializes")
}

/// The record of `text` on a thread that has read nothing before.
fn fresh(id: &str, text: &str) -> String {
    let (id, text) = (id.to_string(), text.to_string());
    std::thread::spawn(move || json(&id, &text))
        .join()
        .expect("fresh thread")
}

#[test]
fn a_page_read_again_and_again_gives_the_same_record() {
    let text = page("Twelve held in harbour raid", "2026-01-10", "");
    let first = fresh("a", &text);
    for _ in 0..4 {
        assert_eq!(json("a", &text), first);
    }
}

#[test]
fn remembered_paragraphs_are_read_in_their_new_page() {
    // Warm this thread's memos with the boilerplate in one page …
    let warm = page("Twelve held in harbour raid", "2026-01-10", "");
    for _ in 0..4 {
        json("warm", &warm);
    }
    // … then read it in pages that differ around it: another publication year (the
    // two-digit year reads differently), other words right after the official's
    // name, no publication date at all.
    let pages = [
        page("Raid in the harbour", "2020-05-02", ""),
        page(
            "Raid in the harbour",
            "2026-01-10",
            "Ng, his deputy, agreed.",
        ),
        "Harbour raid\n\n".to_string() + BOILERPLATE + "\n",
    ];
    for (i, text) in pages.iter().enumerate() {
        let id = format!("p{i}");
        assert_eq!(json(&id, text), fresh(&id, text), "page {i}:\n{text}");
    }
}

#[test]
fn the_publication_year_changes_a_remembered_date() {
    // (guards the test above: were the date memo blind to the page's year, these
    // two readings would be the same)
    let date_of = |published: &str| {
        let text = page("Raid", published, "");
        let rec = extract_text("d", &text);
        rec.facts
            .iter()
            .find(|f| f.text.contains("3/4/24"))
            .map(|f| format!("{:?}", f.value))
    };
    let recent = date_of("2026-01-10");
    assert!(recent.is_some(), "the numeric date is read");
    assert_ne!(recent, date_of("2020-05-02"));
}
