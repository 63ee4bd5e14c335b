//! The seed article against its gold file (`fixtures/000-seed.gold.json`), scored the
//! way `../shared/eval/score.py` scores it (through `blotter::eval`, its port): every
//! gold fact found, nothing spurious, roles and jurisdictions right, boilerplate gone,
//! content kept, title and publisher right. On failure the message lists each missed
//! and spurious fact.

use blotter::eval::{score, Gold, Records};
use blotter::Article;
use std::path::Path;

#[test]
fn seed_matches_its_gold_file() {
    let gold_text = std::fs::read_to_string("fixtures/000-seed.gold.json").unwrap();
    let gold = Gold::parse("000-seed", &gold_text).unwrap();
    let rec = Article::read(Path::new("fixtures/000-seed.txt"))
        .unwrap()
        .extract()
        .unwrap();
    let report = score(&[gold], &Records::from_records([&rec]), true);
    let problems: Vec<String> = report
        .details
        .iter()
        .map(|d| format!("{} {} {:?}", d.what, d.kind, d.item))
        .collect();
    assert!(
        problems.is_empty(),
        "seed differs from its gold file:\n{}",
        problems.join("\n")
    );
    assert_eq!(report.overall.f1, 1.0);
    for (kind, s) in &report.kinds {
        assert!(
            s.gold > 0,
            "{kind}: the seed's gold has facts of every kind"
        );
        assert_eq!((s.tp, s.pred), (s.gold, s.gold), "{kind}");
    }
    assert_eq!(report.kinds.len(), 14, "every kind present");
    assert_eq!(report.role_accuracy, Some(1.0));
    assert_eq!(report.attribution_accuracy, Some(1.0));
    assert_eq!(report.boilerplate_removed, Some(1.0));
    assert_eq!(report.content_kept, Some(1.0));
    for (field, rate) in &report.meta {
        assert_eq!(*rate, 1.0, "meta.{field}");
    }
}

#[test]
fn seed_facts_point_at_their_words() {
    let rec = Article::read(Path::new("fixtures/000-seed.txt"))
        .unwrap()
        .extract()
        .unwrap();
    for f in &rec.facts {
        assert_eq!(&rec.body[f.span.start..f.span.end], f.text, "{:?}", f.value);
    }
    // Spot checks a reviewer would make: the numbers sit in their sentences.
    let text_of = |needle: &str| {
        rec.facts
            .iter()
            .find(|f| f.text.contains(needle))
            .map(|f| f.kind())
    };
    assert_eq!(text_of("21 men"), Some(blotter::Kind::Count));
    assert_eq!(text_of("RM3,000"), Some(blotter::Kind::Money));
    assert_eq!(rec.summary.totals.arrested, Some(435));
    assert_eq!(rec.summary.totals.raids, Some(269));
}
