//! One test per bug found by the property tests, the hostile-input tests and the fuzz
//! targets, each named after the bug.

use blotter::clean::clean;

/// Property `cleaning_a_clean_body_removes_nothing_more`: a heading mark hid
/// furniture ("# Box 1" became "Box 1", which the next clean removed).
#[test]
fn heading_mark_hid_furniture() {
    let c = clean("Police raid\n\n# Box 1\n\n## Date:\n\n[Share](http://x.test/s)\n\nText.");
    assert_eq!(c.body, "Police raid\n\nText.");
    assert_eq!(clean(&c.body).body, c.body);
}

/// Same property: "# # " kept a "#" that the next clean dropped.
#[test]
fn repeated_heading_marks() {
    let c = clean("# # ");
    assert_eq!(c.body, "");
    let c = clean("# # Title here\n\nText.");
    assert_eq!(c.body, "Title here\n\nText.");
    assert_eq!(c.meta.title.as_deref(), Some("Title here"));
}

/// Same property: a link inside a link ("[[a](b)](c)") came out as a link.
#[test]
fn nested_links_unwrap_fully() {
    let c = clean("Title\n\nSee [[the report](http://a.test)](http://b.test) today.");
    assert_eq!(c.body, "Title\n\nSee the report today.");
    assert_eq!(clean(&c.body).body, c.body);
}

/// Property `cleaning_a_clean_body_removes_nothing_more`: two hard-wrapped lines that
/// together form a link ("[ the" + "the. ](url)") were joined after the line rules ran,
/// so only the second clean removed the link.
#[test]
fn joined_lines_are_judged_again() {
    let c = clean("[ the\nthe. ](http://x.test/a) ");
    assert_eq!(clean(&c.body).body, c.body);
}

/// Property `cleaning_a_clean_body_removes_nothing_more`: a Markdown heading opening the
/// page was kept as its title even when, bare, it reads as no headline
/// ("# <!DOCTYPE html> ;"); the next clean, seeing it bare, dropped it as page chrome.
#[test]
fn a_heading_is_a_title_only_when_it_reads_as_one_bare() {
    let doctype = "<!DOCTYPE html> ".repeat(11);
    let c = clean(&format!("# # <!DOCTYPE html> ;\n{doctype}"));
    assert_eq!(clean(&c.body).body, c.body);
    assert!(clean(&c.body).removed.is_empty());
    // a heading that reads as a headline stays the title
    let c =
        clean("# Police raid nets 12\n\nOfficers arrested twelve men in a raid on Tuesday night.");
    assert_eq!(c.meta.title.as_deref(), Some("Police raid nets 12"));
    assert_eq!(clean(&c.body).body, c.body);
}
