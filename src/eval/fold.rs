//! The folding functions of `score.py`, one for one: how two spellings of a value are
//! made comparable (case, dashes, quotes, white space, law names, plurals, units).

use super::json::Json;
use regex::Regex;
use std::sync::LazyLock;

/// Python's `str.isspace()` (Rust's `char::is_whitespace` plus the four separators
/// U+001C..U+001F).
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.splitlines()`.
pub fn splitlines(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\u{b}'
                | '\u{c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if brk {
            out.push(&s[start..i]);
            let mut next = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
                it.next();
                next += 1;
            }
            start = next;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `fold(s)`: lower case, dashes and quotes unified, white space collapsed and trimmed.
pub fn fold_str(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut space = false;
    for c in lower.chars() {
        let c = match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{2018}'..='\u{201b}' => '\'',
            '\u{201c}'..='\u{201f}' => '"',
            '\u{a0}' => ' ',
            c => c,
        };
        if py_space(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// `fold(value)`: `null` is the empty string; other values fold their `str()`.
pub fn fold(v: &Json) -> String {
    v.py_str().map(|s| fold_str(&s)).unwrap_or_default()
}

fn alnum_str(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut gap = false;
    for c in folded.chars() {
        if c.is_ascii_digit() || c.is_ascii_lowercase() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

/// `alnum(value)`: the folded value with every run of other characters than `[0-9a-z]`
/// made one space, trimmed.
pub fn alnum(v: &Json) -> String {
    alnum_str(&fold(v))
}

static LAW_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",?[\s\x1c-\x1f]*(?:of )?\d{4}$").expect("law year regex"));

/// `law_key(value)`: a law's name without a leading "the", a trailing year, or spaces
/// between single letters ("u s c" → "usc"), with a few abbreviations spelled out.
pub fn law_key(v: &Json) -> String {
    let f = fold(v);
    let s = f.strip_prefix("the ").unwrap_or(&f);
    let s = LAW_YEAR.replace(s, "");
    let s = alnum_str(&s);
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    let single = |w: &str| w.len() == 1 && w.as_bytes()[0].is_ascii_lowercase();
    let mut out = String::with_capacity(s.len());
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        let joined = single(w) && words.get(i + 1).is_some_and(|n| single(n));
        if i + 1 < words.len() && !joined {
            out.push(' ');
        }
    }
    match out.as_str() {
        "pc" => "penal code".into(),
        "hs" => "health and safety code".into(),
        "vc" => "vehicle code".into(),
        "cpc" => "criminal procedure code".into(),
        "cpa" => "criminal procedure act".into(),
        _ => out,
    }
}

/// `singular(word)` for the last word of an item.
pub fn singular(word: &str) -> String {
    if word.len() > 3 && word.ends_with("ies") {
        return format!("{}y", &word[..word.len() - 3]);
    }
    if ["ches", "shes", "xes", "sses"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        return word[..word.len() - 2].to_string();
    }
    if word.len() > 2 && word.ends_with('s') && !word.ends_with("ss") {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

/// `item_key(value)`: alnum words, the last one singular.
pub fn item_key(v: &Json) -> String {
    let a = alnum(v);
    let mut words: Vec<String> = a
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if let Some(last) = words.last_mut() {
        *last = singular(last);
    }
    words.join(" ")
}

/// `place(value)`: a place name without "the", with common aliases resolved.
pub fn place(v: &Json) -> String {
    let a = alnum(v);
    let s = a.strip_prefix("the ").unwrap_or(&a);
    let alias = match s {
        "korea" | "republic of korea" | "rok" => "south korea",
        "usa" | "us" | "u.s." | "united states of america" | "america" => "united states",
        "uk" | "u.k." | "britain" | "great britain" => "united kingdom",
        "hongkong" | "hksar" => "hong kong",
        "the philippines" => "philippines",
        "uae" => "united arab emirates",
        other => other,
    };
    alias.to_string()
}

/// Python's `float(s)` for a string: white space around, `_` between digits,
/// `inf`/`nan` spellings.
fn py_float_parse(s: &str) -> Option<f64> {
    let t = s.trim_matches(py_space);
    if t.contains('_') {
        let b = t.as_bytes();
        let ok = b.iter().enumerate().all(|(i, &c)| {
            c != b'_'
                || (i > 0
                    && i + 1 < b.len()
                    && b[i - 1].is_ascii_digit()
                    && b[i + 1].is_ascii_digit())
        });
        if !ok {
            return None;
        }
        return t.replace('_', "").parse().ok();
    }
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if body.len() + 1 < lower.len() {
        return None; // two signs
    }
    if matches!(body, "inf" | "infinity" | "nan")
        || body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-'))
    {
        return t.parse().ok();
    }
    None
}

/// Python's `round(x, n)` (half to even on the exact binary value).
pub fn round(x: f64, n: usize) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.n$}").parse().unwrap_or(x)
}

/// `num(value)`: a number rounded to 2 places, or `None` when it is not one.
pub fn num(v: &Json) -> Option<f64> {
    let f = match v {
        Json::Bool(b) => f64::from(u8::from(*b)),
        Json::Int(i) => *i as f64,
        Json::Float(f) => *f,
        Json::Str(s) => py_float_parse(s)?,
        _ => return None,
    };
    Some(round(f, 2))
}

/// `base_qty(fact)`: a seizure's weight or volume in grams or litres, 3 significant figures.
pub fn base_qty(f: &Json) -> Option<f64> {
    let q = num(f.at("quantity"))?;
    let a = alnum(f.at("unit"));
    let u = a.trim_end_matches('s');
    let factor = match if u.is_empty() { "g" } else { u } {
        "mg" => 0.001,
        "g" | "gram" => 1.0,
        "kg" | "kilogram" => 1000.0,
        "lb" | "pound" => 453.592,
        "oz" | "ounce" => 28.3495,
        "t" | "tonne" | "ton" => 1e6,
        "ml" => 0.001,
        "l" | "litre" | "liter" => 1.0,
        _ => 1.0,
    };
    let v = q * factor;
    if !v.is_finite() {
        return Some(v);
    }
    format!("{v:.2e}").parse().ok()
}

/// The key of an ISO 8601 duration: (months, days, seconds), or the folded text
/// when it is not one.
#[derive(Debug, Clone, PartialEq)]
pub enum DurationKey {
    /// Parsed.
    Parts(f64, f64, f64),
    /// Not a duration: the text, upper case.
    Text(String),
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^P(?:([0-9]+(?:\.[0-9]+)?)Y)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)W)?(?:([0-9]+(?:\.[0-9]+)?)D)?(?:T(?:([0-9]+(?:\.[0-9]+)?)H)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?$",
    )
    .expect("iso duration regex")
});

/// `iso_duration(value)`: P8Y6M == P102M, P2W == P14D.
pub fn iso_duration(v: &Json) -> DurationKey {
    let up = fold(v).to_uppercase();
    let Some(c) = ISO.captures(&up) else {
        return DurationKey::Text(up);
    };
    if (1..=7).all(|i| c.get(i).is_none()) {
        return DurationKey::Text(up);
    }
    let g = |i: usize| {
        c.get(i)
            .and_then(|m| m.as_str().parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let (y, mo, w, d, h, mi, s) = (g(1), g(2), g(3), g(4), g(5), g(6), g(7));
    DurationKey::Parts(
        round(y * 12.0 + mo, 3),
        round(w * 7.0 + d, 3),
        round(h * 3600.0 + mi * 60.0 + s, 3),
    )
}

/// `section(value)`: no spaces, hyphens as en dashes.
pub fn section(v: &Json) -> String {
    fold(v).replace(' ', "").replace('-', "\u{2013}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Json {
        Json::Str(x.to_string())
    }

    #[test]
    fn folding() {
        assert_eq!(
            fold(&s("  The  Penal\u{a0}Code\u{2014}X ")),
            "the penal code-x"
        );
        assert_eq!(fold(&Json::Int(435)), "435");
        assert_eq!(fold(&Json::Null), "");
        assert_eq!(alnum(&s("Hong-Kong's  Police!")), "hong kong s police");
        assert_eq!(law_key(&s("the Penal Code 1871")), "penal code");
        assert_eq!(law_key(&s("18 U.S.C.")), "18 usc");
        assert_eq!(law_key(&s("PC")), "penal code");
        assert_eq!(law_key(&s("Act, of 1999")), "act");
        assert_eq!(item_key(&s("Mobile Phones")), "mobile phone");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("parties"), "party");
        assert_eq!(place(&s("the U.K.")), "u k");
        assert_eq!(place(&s("USA")), "united states");
    }

    #[test]
    fn numbers() {
        assert_eq!(num(&s(" 1_000 ")), Some(1000.0));
        assert_eq!(num(&s("1__0")), None);
        assert_eq!(num(&Json::Float(0.125)), Some(0.12));
        assert_eq!(num(&Json::Bool(true)), Some(1.0));
        assert_eq!(num(&s("abc")), None);
        let f = Json::parse(r#"{"quantity": 18.5, "unit": "kg"}"#).unwrap();
        assert_eq!(base_qty(&f), Some(18500.0));
        let f = Json::parse(r#"{"quantity": 2, "unit": "lbs"}"#).unwrap();
        assert_eq!(base_qty(&f), Some(907.0));
    }

    #[test]
    fn durations() {
        assert_eq!(iso_duration(&s("P8Y6M")), iso_duration(&s("p102m")));
        assert_eq!(iso_duration(&s("P2W")), DurationKey::Parts(0.0, 14.0, 0.0));
        assert_eq!(iso_duration(&Json::Null), DurationKey::Text(String::new()));
        assert_eq!(iso_duration(&s("P")), DurationKey::Text("P".into()));
        assert_eq!(section(&s("377BG - 377BK")), "377bg\u{2013}377bk");
    }

    #[test]
    fn lines_like_python() {
        assert_eq!(splitlines("a\r\nb\rc\u{2028}d\n"), ["a", "b", "c", "d"]);
        assert_eq!(splitlines(""), Vec::<&str>::new());
        assert_eq!(splitlines("\n"), [""]);
    }
}
