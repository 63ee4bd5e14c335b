//! `--csv DIR`: the records as three tables, for spreadsheets and data frames.
//!
//! - `articles.csv`: one row per record: id, path, format, title, publisher,
//!   published, byline, number of facts and warnings, and the summary's totals.
//! - `facts.csv`: one row per fact: id, kind, the normalized fields of every kind (a
//!   column per field name of `FACTS.md`, empty where the kind has no such field),
//!   jurisdiction, the matched text, span start and end, rule.
//! - `jurisdictions.csv`: one row per record and jurisdiction: person counts by
//!   role, ages, statutes, seizures, fines, agencies, operations (lists joined by `; `).
//!
//! UTF-8 with a byte-order mark (so spreadsheet programs do not guess a legacy code
//! page), RFC 4180 quoting by the `csv` crate, `\n` line ends. Rows are rendered on
//! the worker threads ([`Rows::of`]) and written in input order by [`Tables`].

use super::output::Sink;
use blotter::extract::fact::Value;
use blotter::Record;
use std::io::{self, Write};
use std::path::Path;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Columns of `articles.csv`.
pub const ARTICLE_COLUMNS: &[&str] = &[
    "id",
    "path",
    "format",
    "title",
    "publisher",
    "published",
    "byline",
    "facts",
    "warnings",
    "arrested",
    "investigated",
    "charged",
    "convicted",
    "raids",
    "men",
    "women",
    "age_min",
    "age_max",
    "period_start",
    "period_end",
];

/// Columns of `facts.csv`.
pub const FACT_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "value",
    "unit",
    "gender",
    "role",
    "min",
    "max",
    "date",
    "start",
    "end",
    "iso",
    "qualifier",
    "law",
    "section",
    "name",
    "abbr",
    "title",
    "amount",
    "currency",
    "item",
    "count",
    "quantity",
    "quote",
    "speaker",
    "jurisdiction",
    "text",
    "span_start",
    "span_end",
    "rule",
];

/// The person roles of `FACTS.md`, one column each in `jurisdictions.csv`.
const ROLES: &[&str] = &[
    "arrested",
    "investigated",
    "charged",
    "convicted",
    "sentenced",
    "detained",
    "rescued",
    "victim",
    "involved",
];

/// Columns of `jurisdictions.csv`.
pub fn jurisdiction_columns() -> Vec<&'static str> {
    let mut c = vec!["id", "jurisdiction"];
    c.extend_from_slice(ROLES);
    c.extend_from_slice(&[
        "ages",
        "statutes",
        "seizures",
        "fines",
        "agencies",
        "operations",
    ]);
    c
}

/// One record's rows of the three tables, rendered as CSV bytes.
#[derive(Debug, Default)]
pub struct Rows {
    articles: Vec<u8>,
    facts: Vec<u8>,
    jurisdictions: Vec<u8>,
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new())
}

fn done(w: csv::Writer<Vec<u8>>) -> io::Result<Vec<u8>> {
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

impl Rows {
    /// Render `rec`'s rows.
    pub fn of(rec: &Record) -> io::Result<Rows> {
        let mut a = writer();
        let t = &rec.summary.totals;
        a.write_record([
            rec.id.clone(),
            opt(&rec.source.path),
            serde_json::to_value(rec.source.format)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            opt(&rec.meta.title),
            opt(&rec.meta.publisher),
            opt(&rec.meta.published),
            opt(&rec.meta.byline),
            rec.facts.len().to_string(),
            rec.warnings.len().to_string(),
            opt(&t.arrested),
            opt(&t.investigated),
            opt(&t.charged),
            opt(&t.convicted),
            opt(&t.raids),
            opt(&t.men),
            opt(&t.women),
            opt(&t.age.map(|a| a[0])),
            opt(&t.age.map(|a| a[1])),
            opt(&t.period.map(|p| p[0])),
            opt(&t.period.map(|p| p[1])),
        ])?;

        let mut f = writer();
        for fact in &rec.facts {
            let mut row: Vec<String> = vec![String::new(); FACT_COLUMNS.len()];
            let mut set = |col: &str, v: String| {
                if let Some(i) = FACT_COLUMNS.iter().position(|c| *c == col) {
                    row[i] = v;
                }
            };
            set("id", rec.id.clone());
            set("kind", fact.kind().to_string());
            fact_fields(&fact.value, &mut set);
            set("jurisdiction", opt(&fact.jurisdiction));
            set("text", fact.text.clone());
            set("span_start", fact.span.start.to_string());
            set("span_end", fact.span.end.to_string());
            set("rule", fact.rule.to_string());
            f.write_record(&row)?;
        }

        let mut j = writer();
        for row in &rec.summary.jurisdictions {
            let mut cells = vec![rec.id.clone(), row.name.clone()];
            cells.extend(ROLES.iter().map(|r| opt(&row.counts.get(r))));
            cells.push(
                row.ages
                    .iter()
                    .map(|[lo, hi]| format!("{lo}-{hi}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            );
            for list in [
                &row.statutes,
                &row.seizures,
                &row.fines,
                &row.agencies,
                &row.operations,
            ] {
                cells.push(list.join("; "));
            }
            j.write_record(&cells)?;
        }
        Ok(Rows {
            articles: done(a)?,
            facts: done(f)?,
            jurisdictions: done(j)?,
        })
    }
}

/// A value's normalized fields by their contract names (`value` for a count, `quote`
/// for a quote's words so it does not clash with the matched `text`).
fn fact_fields(v: &Value, set: &mut impl FnMut(&str, String)) {
    match v {
        Value::Count {
            value,
            unit,
            gender,
            role,
        } => {
            set("value", value.to_string());
            set("unit", unit.to_string());
            set("gender", opt(gender));
            set("role", opt(role));
        }
        Value::Age { min, max } => {
            set("min", min.to_string());
            set("max", max.to_string());
        }
        Value::Date(d) => set("date", d.to_string()),
        Value::DateRange { start, end } => {
            set("start", start.to_string());
            set("end", end.to_string());
        }
        Value::Duration {
            duration,
            qualifier,
            role,
        } => {
            set("iso", duration.iso());
            set("qualifier", opt(qualifier));
            set("role", opt(role));
        }
        Value::Statute { law, section } => {
            set("law", law.clone());
            set("section", section.clone());
        }
        Value::Law { name } | Value::Operation { name } | Value::Jurisdiction { name } => {
            set("name", name.clone())
        }
        Value::Money {
            amount,
            currency,
            role,
        } => {
            set("amount", amount.to_string());
            set("currency", currency.as_str().to_string());
            set("role", opt(role));
        }
        Value::Seizure {
            item,
            count,
            quantity,
            unit,
        } => {
            set("item", item.clone());
            set("count", opt(count));
            set("quantity", opt(quantity));
            set("unit", opt(unit));
        }
        Value::Agency { name, abbr } => {
            set("name", name.clone());
            set("abbr", opt(abbr));
        }
        Value::Person { name, title } => {
            set("name", name.clone());
            set("title", opt(title));
        }
        Value::Quote { text, speaker } => {
            set("quote", text.clone());
            set("speaker", opt(speaker));
        }
    }
}

/// The three files being written.
pub struct Tables {
    articles: Sink,
    facts: Sink,
    jurisdictions: Sink,
}

fn header(sink: &mut Sink, columns: &[&str]) -> io::Result<()> {
    sink.write_all(BOM)?;
    let mut w = writer();
    w.write_record(columns)?;
    sink.write_all(&done(w)?)
}

impl Tables {
    /// Create `dir` if needed and open its three (temporary) files with their headers.
    pub fn create(dir: &Path) -> io::Result<Tables> {
        std::fs::create_dir_all(dir)?;
        let mut t = Tables {
            articles: Sink::create(&dir.join("articles.csv"))?,
            facts: Sink::create(&dir.join("facts.csv"))?,
            jurisdictions: Sink::create(&dir.join("jurisdictions.csv"))?,
        };
        header(&mut t.articles, ARTICLE_COLUMNS)?;
        header(&mut t.facts, FACT_COLUMNS)?;
        header(&mut t.jurisdictions, &jurisdiction_columns())?;
        Ok(t)
    }

    /// Append one record's rows.
    pub fn write(&mut self, rows: &Rows) -> io::Result<()> {
        self.articles.write_all(&rows.articles)?;
        self.facts.write_all(&rows.facts)?;
        self.jurisdictions.write_all(&rows.jurisdictions)
    }

    /// Put the three files in place.
    pub fn finish(self) -> io::Result<()> {
        self.articles.finish()?;
        self.facts.finish()?;
        self.jurisdictions.finish()
    }
}
