//! The `blotter` command as a user runs it: inputs, outputs, exit codes.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn blotter(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn ids(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(p, text).unwrap();
}

fn article(i: usize) -> String {
    format!(
        "Raid number {i}\n\nOfficers arrested {i} men and seized 3 phones on 2 May 2024, police said.\n\n\
         \"We will keep going,\" the chief said of case {i}.\n"
    )
}

fn corpus(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..n {
        write(dir.path(), &format!("{i:04}.txt"), &article(i));
    }
    dir
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn one_file_gives_one_json_object() {
    let dir = corpus(1);
    let o = blotter(&["extract", p(&dir.path().join("0000.txt"))]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "0000");
    assert!(
        stderr(&o).is_empty(),
        "no summary for a single input: {}",
        stderr(&o)
    );
}

#[test]
fn a_page_saved_as_text_is_read_as_html() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<!DOCTYPE html><html><head><title>Port raid nets two</title></head><body>\
                <article><h1>Port raid nets two</h1><p>Customs officers arrested two men &amp; \
                seized 40 kg of cannabis at the port, the agency said.</p></article></body></html>";
    write(dir.path(), "page.txt", page);
    let o = blotter(&["extract", p(&dir.path().join("page.txt"))]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["source"]["format"], "html");
    assert_eq!(v["meta"]["title"], "Port raid nets two");
    let body = v["body"].as_str().unwrap();
    assert!(
        !body.contains('<') && body.contains("two men & seized"),
        "{body}"
    );
    // plain text under the same name stays text
    write(dir.path(), "plain.txt", &article(2));
    let o = blotter(&["extract", p(&dir.path().join("plain.txt"))]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["source"]["format"], "text");
}

#[test]
fn a_directory_gives_json_lines_sorted_by_name() {
    let dir = corpus(3);
    write(dir.path(), "skip-me.csv", "not an article");
    let o = blotter(&["extract", p(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(ids(&stdout(&o)), ["0000", "0001", "0002"]);
    assert!(
        stderr(&o).contains("3 ok, 0 failed, 0 skipped"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn format_json_with_several_inputs_is_one_array() {
    let dir = corpus(2);
    let o = blotter(&["extract", p(dir.path()), "--pretty", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    // With --csv and no --out, only the tables are written.
    let csv_dir = tempfile::tempdir().unwrap();
    let o = blotter(&["extract", p(dir.path()), "--csv", p(csv_dir.path()), "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(csv_dir.path().join("facts.csv").exists());
}

#[test]
fn stdin_is_dash() {
    let o = with_stdin(&["extract", "-"], article(7).as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "stdin");
    assert_eq!(v["source"]["path"], "-");
}

#[test]
fn order_is_preserved_under_parallelism_byte_for_byte() {
    // More files than the window (256 articles in flight), in groups of 64.
    let dir = corpus(300);
    let one = blotter(&["extract", "--jobs", "1", p(dir.path())]);
    let four = blotter(&["extract", "--jobs", "4", p(dir.path())]);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(four.status.code(), Some(0));
    assert_eq!(one.stdout, four.stdout);
    let want: Vec<String> = (0..300).map(|i| format!("{i:04}")).collect();
    assert_eq!(ids(&stdout(&four)), want);
}

#[test]
fn an_unreadable_file_in_the_middle_fails_alone_with_exit_1() {
    let dir = corpus(2);
    // A binary file cannot be decoded; a missing one cannot be read.
    std::fs::write(dir.path().join("0000b.txt"), b"\x89PNG\0\0\0binary").unwrap();
    let missing = dir.path().join("gone.txt");
    let o = blotter(&[
        "extract",
        p(dir.path()),
        p(&missing),
        p(&dir.path().join("0001.txt")),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(ids(&stdout(&o)), ["0000", "0001", "0001"]);
    let err = stderr(&o);
    assert!(err.contains("0000b.txt") && err.contains("binary"), "{err}");
    assert!(
        err.contains("gone.txt") && err.contains("cannot read"),
        "{err}"
    );
    assert!(err.contains("3 ok, 2 failed"), "{err}");
}

#[test]
fn a_bad_path_is_exit_1_naming_the_path() {
    let o = blotter(&["extract", "/no/such/dir/article.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/no/such/dir/article.txt"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn usage_errors_are_exit_2() {
    for args in [
        &["extract"][..],
        &["extract", "--no-such-flag", "x.txt"],
        &["extract", "--resume", "x.txt"],
        &["extract", "--jobs", "0", "x.txt"],
        &["extract", "-", "--jsonl-in", "-"],
        &["extract", "--glob", "[", "."],
        &["extract", "--pretty", "--format", "jsonl", "."],
        &["frobnicate"],
    ] {
        let o = blotter(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?}");
    }
}

#[test]
fn out_on_a_full_disk_is_an_error() {
    let dir = corpus(3);
    let o = blotter(&["extract", p(dir.path()), "--out", "/dev/full"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("/dev/full"), "{}", stderr(&o));
    let o = blotter(&["extract", p(dir.path()), "--csv", "/dev/full/csv"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn out_is_written_whole_and_leaves_no_temporary_file() {
    let dir = corpus(3);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("records.jsonl");
    let o = blotter(&["extract", p(dir.path()), "--out", p(&target), "--quiet"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
    assert_eq!(
        ids(&std::fs::read_to_string(&target).unwrap()),
        ["0000", "0001", "0002"]
    );
    let names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["records.jsonl"]);
}

#[test]
fn a_failed_run_keeps_the_previous_output() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("records.jsonl");
    std::fs::write(&target, "previous\n").unwrap();
    // A usage error after opening nothing, and a fatal CSV error after the output was opened.
    let dir = corpus(2);
    let o = blotter(&[
        "extract",
        p(dir.path()),
        "--out",
        p(&target),
        "--csv",
        "/dev/full/x",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous\n");
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        1,
        "temporary file left behind"
    );
}

#[test]
fn csv_round_trips_through_a_csv_reader() {
    let dir = corpus(4);
    // A title with a comma, quotes and non-ASCII letters must survive quoting.
    write(
        dir.path(),
        "0002.txt",
        "Police say \"no, never\" to Zoë's café\n\nTwo women were arrested in Oslo.\n",
    );
    let csv_dir = tempfile::tempdir().unwrap();
    let out = csv_dir.path().join("records.jsonl");
    let o = blotter(&[
        "extract",
        p(dir.path()),
        "--csv",
        p(csv_dir.path()),
        "--out",
        p(&out),
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let records: Vec<serde_json::Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();

    let read = |name: &str| {
        let bytes = std::fs::read(csv_dir.path().join(name)).unwrap();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name} starts with a UTF-8 BOM"
        );
        let mut r = csv::Reader::from_reader(&bytes[3..]);
        let headers: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|row| row.unwrap().iter().map(String::from).collect())
            .collect();
        (headers, rows)
    };
    let (h, rows) = read("articles.csv");
    assert_eq!(&h[..4], ["id", "path", "format", "title"]);
    assert_eq!(rows.len(), records.len());
    for (row, rec) in rows.iter().zip(&records) {
        assert_eq!(row[0], rec["id"].as_str().unwrap());
        assert_eq!(row[3], rec["meta"]["title"].as_str().unwrap_or(""));
        assert_eq!(row.len(), h.len());
    }
    assert_eq!(rows[2][3], "Police say \"no, never\" to Zoë's café");

    let (h, rows) = read("facts.csv");
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    let facts: Vec<&serde_json::Value> = records
        .iter()
        .flat_map(|r| r["facts"].as_array().unwrap().iter())
        .collect();
    assert_eq!(rows.len(), facts.len());
    for (row, f) in rows.iter().zip(&facts) {
        assert_eq!(row[col("kind")], f["kind"].as_str().unwrap());
        assert_eq!(row[col("text")], f["text"].as_str().unwrap());
        assert_eq!(row[col("span_start")], f["span"][0].to_string());
    }

    let (h, rows) = read("jurisdictions.csv");
    assert_eq!(&h[..3], ["id", "jurisdiction", "arrested"]);
    let want: usize = records
        .iter()
        .map(|r| r["summary"]["jurisdictions"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows.len(), want);
}

#[test]
fn jsonl_input_carries_extra_fields_and_reports_bad_rows() {
    let input = concat!(
        "{\"id\":\"r1\",\"text\":\"Title\\n\\nSix men were arrested.\",\"url\":\"https://example.org/1\"}\n",
        "{\"id\":\"r2\",\"text\":\n",
        "{\"id\":\"r3\",\"text\":\"Another\\n\\nNothing happened.\"}\n",
    );
    let o = with_stdin(&["extract", "--jsonl-in", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(ids(&out), ["r1", "r3"]);
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["source"]["extra"]["url"], "https://example.org/1");
    assert!(stderr(&o).contains("<stdin>:2"), "{}", stderr(&o));
}

#[test]
fn files_from_gz_and_recursive_glob() {
    let dir = corpus(2);
    let gz = dir.path().join("sub/packed.txt.gz");
    std::fs::create_dir_all(gz.parent().unwrap()).unwrap();
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::fast(),
    );
    enc.write_all(article(9).as_bytes()).unwrap();
    enc.finish().unwrap();

    let o = blotter(&["extract", "-r", "--glob", "**/*.gz", p(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(ids(&stdout(&o)), ["packed"]);
    assert!(stdout(&o).contains("Raid number 9"));

    let list = format!("{}\n\n{}\n", p(&gz), p(&dir.path().join("0001.txt")));
    let o = with_stdin(&["extract", "--files-from", "-"], list.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(ids(&stdout(&o)), ["packed", "0001"]);
}

#[test]
fn resume_skips_what_is_done_and_redoes_a_cut_line() {
    let dir = corpus(3);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("records.jsonl");
    let o = blotter(&["extract", p(dir.path()), "--out", p(&target), "-q"]);
    assert_eq!(o.status.code(), Some(0));
    // Simulate a crash in an older, non-atomic writer: the last line cut short.
    let mut text = std::fs::read_to_string(&target).unwrap();
    let cut = text.trim_end().rfind('\n').unwrap() + 20;
    text.truncate(cut);
    std::fs::write(&target, &text).unwrap();
    write(dir.path(), "0003.txt", &article(3));

    let o = blotter(&["extract", p(dir.path()), "--out", p(&target), "--resume"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("2 ok, 0 failed, 2 skipped"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        ids(&std::fs::read_to_string(&target).unwrap()),
        ["0000", "0001", "0002", "0003"]
    );
}

#[test]
fn resume_takes_over_what_a_killed_run_left_in_its_temporary_file() {
    let dir = corpus(4);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("records.jsonl");
    let o = blotter(&[
        "extract",
        p(&dir.path().join("0000.txt")),
        p(&dir.path().join("0001.txt")),
        "-o",
        p(&target),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<String> = std::fs::read_to_string(&target)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    // A killed run: no output in place, a temporary file with one whole record and a cut one.
    std::fs::remove_file(&target).unwrap();
    let partial = out.path().join(".records.jsonl.a1b2c3.partial");
    std::fs::write(&partial, format!("{}\n{}", lines[0], &lines[1][..30])).unwrap();

    let o = blotter(&["extract", p(dir.path()), "-o", p(&target), "--resume"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("3 ok, 0 failed, 1 skipped"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        ids(&std::fs::read_to_string(&target).unwrap()),
        ["0000", "0001", "0002", "0003"]
    );
    assert!(
        !partial.exists(),
        "the taken-over temporary file is removed"
    );
}

#[test]
fn a_killed_run_leaves_no_output_and_resume_finishes_it() {
    let dir = corpus(3000);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("records.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args([
            "extract",
            p(dir.path()),
            "--jobs",
            "1",
            "-q",
            "-o",
            p(&target),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some records reached the temporary file, then kill the run.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut killed = false;
    while std::time::Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            break; // finished before we could kill it: nothing to test below
        }
        let written: u64 = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .sum();
        if written > 0 {
            child.kill().unwrap();
            killed = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.wait().unwrap();
    if killed {
        assert!(
            !target.exists(),
            "a killed run must not leave an output that looks complete"
        );
    }
    let o = blotter(&["extract", p(dir.path()), "-o", p(&target), "--resume", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut got = ids(&std::fs::read_to_string(&target).unwrap());
    got.sort();
    let want: Vec<String> = (0..3000).map(|i| format!("{i:04}")).collect();
    assert_eq!(got, want);
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn a_reader_going_away_is_not_an_error() {
    let dir = corpus(400);
    let mut child = Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args(["extract", p(dir.path()), "-q"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}
