//! The library's batch: order under parallelism, per-article failures, skipping,
//! directory expansion.

use blotter::batch::{Batch, Input, Outcome};
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(p, text).unwrap();
}

fn article(i: usize) -> String {
    format!("Raid number {i}\n\nPolice arrested {i} people in the town of Example on Tuesday.\n")
}

#[test]
fn order_is_the_input_order_whatever_the_threads_and_windows() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        write(dir.path(), &format!("{i:03}.txt"), &article(i));
    }
    let want: Vec<String> = (0..40).map(|i| format!("{i:03}")).collect();
    for (jobs, window) in [(1, 256), (4, 5), (3, 1), (2, 7)] {
        let ids: Vec<String> = Batch::new([dir.path()])
            .jobs(jobs)
            .window(window)
            .records()
            .map(|r| r.expect("every article extracts").id)
            .collect();
        assert_eq!(ids, want, "jobs {jobs}, window {window}");
    }
}

#[test]
fn a_failure_takes_its_place_and_the_others_still_come() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", &article(1));
    write(dir.path(), "c.txt", &article(3));
    let inputs = [
        dir.path().join("a.txt"),
        dir.path().join("b-missing.txt"),
        dir.path().join("c.txt"),
    ];
    let results: Vec<_> = Batch::new(inputs).jobs(2).records().collect();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id, "a");
    let err = results[1].as_ref().unwrap_err().to_string();
    assert!(err.contains("b-missing.txt"), "{err}");
    assert_eq!(results[2].as_ref().unwrap().id, "c");
}

#[test]
fn skipped_ids_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..5 {
        write(dir.path(), &format!("{i}.txt"), &article(i));
    }
    let outcomes: Vec<_> = Batch::new([dir.path()])
        .skip_ids(["1".to_string(), "3".to_string()])
        .map(|d| (d.name, d.outcome))
        .collect();
    let skipped: Vec<&str> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Skipped { id } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(skipped, ["1", "3"]);
    let ids: Vec<String> = Batch::new([dir.path()])
        .skip_ids(["1".to_string(), "3".to_string()])
        .records()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["0", "2", "4"]);
}

#[test]
fn directories_recursive_and_globbed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", &article(1));
    write(dir.path(), "a.html", "<html><body><p>x</p></body></html>");
    write(dir.path(), "notes.csv", "not an article");
    write(dir.path(), "sub/c.txt", &article(2));
    write(dir.path(), "sub/deeper/d.txt", &article(3));

    let flat = Batch::new([dir.path()]);
    assert_eq!(flat.count_hint(), Some(2)); // a.html, b.txt
    let deep = Batch::new([dir.path()]).recursive(true);
    assert_eq!(deep.count_hint(), Some(4));
    let globbed = Batch::new([dir.path()])
        .recursive(true)
        .glob(&["sub/**/*.txt".to_string()])
        .unwrap();
    let ids: Vec<String> = globbed.records().map(|r| r.unwrap().id).collect();
    assert_eq!(ids, ["c", "d"]);
    assert!(Batch::new([dir.path()]).glob(&["[".to_string()]).is_err());
    assert_eq!(Batch::new([Input::Jsonl("-".into())]).count_hint(), None);
}

#[test]
fn jsonl_rows_gz_and_malformed_lines() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let rows = concat!(
        "{\"id\":\"one\",\"text\":\"Title\\n\\nFive men were held.\",\"source\":\"wire\"}\n",
        "\n",
        "{\"id\":\"two\"}\n",
        "[1,2]\n",
        "{\"id\":\"three\",\"text\":\"Another\\n\\nText.\"}\n",
    );
    let path = dir.path().join("rows.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&path).unwrap(),
        flate2::Compression::fast(),
    );
    enc.write_all(rows.as_bytes()).unwrap();
    enc.finish().unwrap();

    let results: Vec<_> = Batch::new([Input::Jsonl(path)]).records().collect();
    assert_eq!(results.len(), 4);
    let one = results[0].as_ref().unwrap();
    assert_eq!(one.id, "one");
    assert_eq!(one.source.extra.as_ref().unwrap()["source"], "wire");
    let e = results[1].as_ref().unwrap_err().to_string();
    assert!(e.contains("rows.jsonl.gz:3"), "{e}");
    let e = results[2].as_ref().unwrap_err().to_string();
    assert!(e.contains("rows.jsonl.gz:4"), "{e}");
    assert_eq!(results[3].as_ref().unwrap().id, "three");
}
