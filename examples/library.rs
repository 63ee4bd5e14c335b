//! Use blotter as a library: extract one article and print its people counts.
//!
//! `cargo run --example library -- fixtures/000-seed.txt`

use blotter::{Article, Kind, Value};
use std::path::Path;

fn main() -> Result<(), blotter::Error> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fixtures/000-seed.txt".into());
    let record = Article::read(Path::new(&path))?.extract()?;
    println!(
        "{} — {}",
        record.id,
        record.meta.title.as_deref().unwrap_or("(no title)")
    );
    for fact in record.facts.iter().filter(|f| f.kind() == Kind::Count) {
        if let Value::Count {
            value, unit, role, ..
        } = &fact.value
        {
            let role = role.map(|r| r.as_str()).unwrap_or("-");
            let place = fact.jurisdiction.as_deref().unwrap_or("-");
            println!(
                "{value:>6} {unit:<12} {role:<13} {place:<14} {:?}",
                fact.text
            );
        }
    }
    Ok(())
}
