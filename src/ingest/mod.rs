//! Bytes → text: decoding (UTF-8 with or without BOM, UTF-16 with BOM, lossy UTF-8
//! with a warning), line endings, no-break spaces; and the choice between the text
//! and the HTML route.

pub mod html;

use crate::ascii::{at_least, chunk, equal, HIGH};
use crate::error::{Error, Result};
use crate::record::Warning;
use std::borrow::Cow;

/// How an input is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text as a scraper dumped it (Markdown-ish allowed).
    Text,
    /// A raw HTML page.
    Html,
}

impl Format {
    /// The format a file name suggests (`.html`, `.htm`, `.xhtml`; `.gz` ignored).
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            Some(Format::Html)
        } else if lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".text") {
            Some(Format::Text)
        } else {
            None
        }
    }

    /// Guess from the first bytes: markup that opens like a page is HTML. A
    /// template's PHP opening (`<?php … ?>`) and a Markdown front matter block
    /// (`---` … `---`) before the markup are looked past.
    pub fn sniff(text: &str) -> Format {
        // (only text that opens with markup, or with what can stand before it, is
        // read further)
        let start = text.trim_start();
        if !start.starts_with(['<', '-']) {
            return Format::Text;
        }
        let head: String = start
            .chars()
            .take(1024)
            .collect::<String>()
            .to_ascii_lowercase();
        let head = skip_preamble(&head);
        if head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || head.starts_with("<?xml") && head.contains("<html")
            || head.starts_with("<head")
            || head.starts_with("<body")
            || (head.starts_with('<')
                && (head.contains("<p>")
                    || head.contains("<p ")
                    || head.contains("<div")
                    || head.contains("<meta")
                    || head.contains("<article")))
        {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// `head` (lower-cased, trimmed at the start) past what a page's markup can follow
/// in a scraped file: PHP openings (`<?php … ?>`) and one front matter block of at
/// most a few short lines (`---`, a title, `---`).
fn skip_preamble(mut head: &str) -> &str {
    if let Some(rest) = head.strip_prefix("---\n") {
        // (a thematic break of Markdown text has no closing line within reach)
        match rest.find("\n---") {
            Some(end) if end <= 400 && rest[..end].lines().count() <= 8 => {
                head = rest[end + 4..].trim_start_matches('-').trim_start();
            }
            _ => return head,
        }
    }
    while let Some(rest) = head.strip_prefix("<?php") {
        match rest.find("?>") {
            Some(end) => head = rest[end + 2..].trim_start(),
            None => break,
        }
    }
    head
}

/// Decoded text and what decoding had to say about it.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text: LF line endings, no BOM, no-break and odd spaces as plain spaces.
    pub text: String,
    /// Problems met while decoding (lossy UTF-8, …).
    pub warnings: Vec<Warning>,
}

/// Decode `bytes` of the input called `name` into normalized text.
///
/// UTF-8 (BOM or not), UTF-16 LE/BE with a BOM; NUL bytes otherwise mean a binary
/// file, which is an error; invalid UTF-8 is decoded lossily with a warning.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded> {
    let mut warnings = Vec::new();
    let raw: Cow<'_, str> = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8(name, rest, &mut warnings)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes, &mut warnings).into()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes, &mut warnings).into()
    } else {
        utf8(name, bytes, &mut warnings)?
    };
    Ok(Decoded {
        text: normalize(&raw),
        warnings,
    })
}

/// The text of UTF-8 `bytes`, borrowed when they are valid (normalizing copies it).
fn utf8<'b>(name: &str, bytes: &'b [u8], warnings: &mut Vec<Warning>) -> Result<Cow<'b, str>> {
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::Binary {
            name: name.to_string(),
            offset,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let s = String::from_utf8_lossy(bytes).into_owned();
            let bad = s.matches('\u{FFFD}').count();
            warnings.push(Warning::new(
                "invalid-utf8",
                format!(
                    "input is not valid UTF-8 (first bad byte at offset {}); {bad} sequence(s) replaced with U+FFFD",
                    e.valid_up_to()
                ),
            ));
            Ok(Cow::Owned(s))
        }
    }
}

fn utf16(bytes: &[u8], conv: fn([u8; 2]) -> u16, warnings: &mut Vec<Warning>) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| conv([c[0], c[1]])).collect();
    if bytes.len() % 2 == 1 {
        warnings.push(Warning::new(
            "truncated-utf16",
            "UTF-16 input has an odd number of bytes; the last was dropped",
        ));
    }
    let s: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    if s.contains('\u{FFFD}') {
        warnings.push(Warning::new(
            "invalid-utf16",
            "unpaired UTF-16 surrogates replaced with U+FFFD",
        ));
    }
    s
}

/// Line endings to LF; no-break, thin and other odd spaces to a plain space; zero-width
/// characters and other controls (but tab and LF) dropped; tabs to a space.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Printable ASCII and LF, nearly all of a page, are copied a run at a time;
        // only the other characters are decoded.
        let run = plain_run_end(bytes, at);
        out.push_str(&s[at..run]);
        at = run;
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
        push_normalized(&mut out, c, bytes.get(at) == Some(&b'\n'));
    }
    out
}

/// Where the run of printable ASCII and line feeds starting at `at` ends: the
/// first other byte, or the end. Eight bytes a step while they are all plain.
fn plain_run_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(word) = chunk(bytes, at) {
        if word & HIGH != 0 {
            // a non-ASCII byte: the byte loop below finds the first other byte
            break;
        }
        let other = !at_least(word, 0x20) & HIGH & !equal(word, b'\n') | equal(word, 0x7F);
        if other != 0 {
            return at + (other.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| !(b == b'\n' || (0x20..0x7F).contains(&b)))
        .map_or(bytes.len(), |k| at + k)
}

/// The rule for one character `c` of [`normalize`]; `lf_next` when a line feed
/// follows it (a CR before an LF is dropped, the LF ends the line).
fn push_normalized(out: &mut String, c: char, lf_next: bool) {
    match c {
        '\r' => {
            if !lf_next {
                out.push('\n');
            }
        }
        '\n' => out.push('\n'),
        '\t' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            out.push(' ')
        }
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => {}
        '\u{2028}' | '\u{2029}' => out.push('\n'),
        c if c.is_control() => {}
        c => out.push(c),
    }
}

/// `line` with the HTML character references a scraper left in text decoded:
/// `&amp;`, `&quot;`, `&nbsp;` (a space), `&#8220;`, `&#x2019;` and the common
/// typographic names. Borrowed when there is none; a reference decoding to `&`
/// is read again (`&amp;amp;`), so decoding decoded text changes nothing.
pub fn decode_entities(line: &str) -> Cow<'_, str> {
    if !line.contains('&') || !line.contains(';') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.as_bytes().iter().take(10).position(|&b| b == b';');
        match end.and_then(|e| entity(&rest[1..e]).map(|c| (e, c))) {
            Some((e, mut c)) => {
                rest = &rest[e + 1..];
                // "&amp;amp;", "&amp;#8220;": escaped twice, so the `&` is read again
                // with what follows (in a loop: a line of ten thousand of them costs
                // no stack and no copies)
                while c == '&' {
                    let end = rest.as_bytes().iter().take(9).position(|&b| b == b';');
                    match end.and_then(|e| entity(&rest[..e]).map(|d| (e, d))) {
                        Some((e, d)) => {
                            rest = &rest[e + 1..];
                            c = d;
                        }
                        None => break,
                    }
                }
                out.push(c);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference's name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        let c = char::from_u32(code)?;
        // (as `normalize` has it: no-break spaces plain, controls none)
        return match c {
            '\u{A0}' => Some(' '),
            c if c.is_control() || c == '\0' => None,
            c => Some(c),
        };
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        "eacute" => 'é',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `normalize` one character at a time: the runs of plain ASCII it copies whole
    /// must come out as the character rule would have them.
    fn normalize_slow(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            push_normalized(&mut out, c, chars.peek() == Some(&'\n'));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn normalize_is_the_character_rules(s in "[a-z \r\n\t\u{0}\u{7f}\u{85}\u{a0}\u{ad}\u{2009}\u{200b}\u{2028}\u{feff}é“”]{0,40}") {
            proptest::prop_assert_eq!(normalize(&s), normalize_slow(&s));
        }

        /// Long plain runs (read eight bytes a step) with any other byte among them.
        #[test]
        fn normalize_is_the_character_rules_on_long_runs(
            parts in proptest::collection::vec("[a-zA-Z0-9 .,\n~]{0,20}|[\u{0}-\u{1f}\u{7f}\u{80}-\u{a0}\u{ad}\u{2028}é“]", 0..8)
        ) {
            let s = parts.concat();
            proptest::prop_assert_eq!(normalize(&s), normalize_slow(&s));
        }
    }

    /// Every ASCII byte in every place of a run read eight bytes a step.
    #[test]
    fn plain_runs_stop_at_every_other_ascii_byte() {
        for b in 0u8..0x80 {
            for at in 0..17 {
                let mut bytes = b"Police held 4 in a raid.".to_vec();
                bytes[at] = b;
                let s = String::from_utf8(bytes).unwrap();
                assert_eq!(normalize(&s), normalize_slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn bom_crlf_nbsp() {
        let d = decode("x", b"\xEF\xBB\xBFa\r\nb\xC2\xA0c\rd").unwrap();
        assert_eq!(d.text, "a\nb c\nd");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Hi é".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode("x", &b).unwrap().text, "Hi é");
        let mut be = vec![0xFE, 0xFF];
        for u in "Ok".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode("x", &be).unwrap().text, "Ok");
    }

    #[test]
    fn binary_is_an_error_naming_the_file() {
        let e = decode("photo.jpg", b"\x89PNG\0\0").unwrap_err();
        assert!(e.to_string().contains("photo.jpg"), "{e}");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning() {
        let d = decode("x", b"caf\xE9 ok").unwrap();
        assert_eq!(d.text, "caf\u{FFFD} ok");
        assert_eq!(d.warnings[0].code, "invalid-utf8");
    }

    #[test]
    fn entities_are_decoded_once_for_all() {
        assert_eq!(
            decode_entities("Tom &amp; Jo said &#8220;no&#8221;&nbsp;&rsquo;"),
            "Tom & Jo said “no” ’"
        );
        assert_eq!(
            decode_entities("&amp;amp;lt; R&D &x; a&b;"),
            "< R&D &x; a&b;"
        );
        assert_eq!(decode_entities("&#0; &#x110000;"), "&#0; &#x110000;");
        let once = decode_entities("a &amp;quot; b").into_owned();
        assert_eq!(decode_entities(&once), once);
        assert!(matches!(decode_entities("Q&A, no refs"), Cow::Borrowed(_)));
        // many in a row: linear, no recursion
        let many = "&amp;amp;".repeat(200_000);
        assert_eq!(decode_entities(&many), "&".repeat(200_000));
    }

    #[test]
    fn sniffing() {
        assert_eq!(Format::sniff("  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff("435 arrested <in> raids"), Format::Text);
        // a template's fragment, its PHP opening first
        assert_eq!(
            Format::sniff("<?php $x->open('main'); ?><p>Two held.</p>"),
            Format::Html
        );
        assert_eq!(
            Format::sniff("<div class=\"post\">\n<p>Two held.</p>"),
            Format::Html
        );
        // page markup under a short front matter block
        assert_eq!(
            Format::sniff("---\nTwo held in port raid\n---\n<article class=\"post\">"),
            Format::Html
        );
        // Markdown text with a rule and a tag in its prose stays text
        assert_eq!(
            Format::sniff("---\nPolice held two <b>men</b>."),
            Format::Text
        );
        assert_eq!(Format::sniff("<b>Two held</b> in a raid."), Format::Text);
        assert_eq!(Format::from_name("a/003-raid.html"), Some(Format::Html));
        assert_eq!(Format::from_name("a/003-raid.txt.gz"), Some(Format::Text));
    }
}
