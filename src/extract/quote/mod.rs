//! `quote` facts: words inside quotation marks that someone said or stated.
//!
//! Rules:
//! - **scan**: double quotation marks, straight or curly, are paired left to right
//!   within a paragraph; an opening mark left unclosed at the paragraph's end runs to
//!   that end (the news convention for a quote that continues in the next
//!   paragraph, which opens with a new mark). A body with no double marks is
//!   scanned for single ones, where they cannot be apostrophes
//!   ([`quotations`]' fallback).
//! - **speech**: a quotation of four words or more is a quote unless it names
//!   something (a title in Title Case, a nickname after "dubbed", "known as" …).
//! - **short-speech**: a quotation of one to three words is a quote only when its
//!   sentence reports speech ("said", "told", "tweeted", "according to" …) and the
//!   words are not a name or a charge ("accused of “terrorism”").
//! - **attributive**: a quotation right before a lower-case noun modifies it and is not
//!   speech (a “so what” attitude, the “one country, two systems” formula).
//! - **speaker**: "…," said X / X said, "…" / "…," he said / "…," according to X /
//!   according to X, "…"; "…," reads the DOJ's press release (a document speaks: its
//!   owner when named, else no one); a pronoun is the last named person unless known
//!   (an honorific, pronouns after the name) to be of the other gender, then the last
//!   one known to be of its gender, or no one; a group ("…," prosecutors said) or "a
//!   spokesperson for Meta, which owns WhatsApp, said" is no named person; "X … told
//!   Y that he was “…”" is X's; a name ends with its sentence ("said Ugas. As of …");
//!   "X … and saying, “…”" is X's; "X, of Y's … team, said: “…”" (the person opening the
//!   sentence before an appositive); a quotation without its own attribution inherits the
//!   speaker of the quote before it in the same run of paragraphs; one left open at
//!   its paragraph's end takes the speaker of the quote that continues it.

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::Rule;
use crate::extract::{person, Context};
use crate::span::Span;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// One quotation: the span of the words between the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    /// The words inside the marks, trimmed.
    pub inner: Span,
    /// From the opening mark to the closing mark (or the paragraph's end).
    pub outer: Span,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// Feet and inches before a straight double mark: `5'7` in `5'7"`, `6'1,` in `6'1,"`.
static FEET_INCHES: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"[0-9]['’][0-9]{1,2},?$").expect("feet-inches regex")
});

/// Every double-quoted stretch of `body`, left to right.
///
/// ```
/// use blotter::extract::quote::quotations;
/// let body = "He said \"we will act\" and “soon”.\n\n\"Open paragraph";
/// let q = quotations(body);
/// let texts: Vec<&str> = q.iter().map(|q| q.inner.slice(body)).collect();
/// assert_eq!(texts, ["we will act", "soon", "Open paragraph"]);
/// ```
pub fn quotations(body: &str) -> Vec<Quoted> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // The last line break, to tell a blank line (which ends an open quotation).
    let mut last_newline: Option<usize> = None;
    let mut at = 0;
    // Only line breaks and quotation marks matter: `"`, and `“ ” „` (E2 80 9C/9D/9E
    // in UTF-8); the bytes between are skipped without decoding (memchr3: many bytes
    // a step).
    while let Some(k) = memchr::memchr3(b'\n', b'"', 0xE2, &bytes[at..]) {
        let i = at + k;
        let c = match bytes[i] {
            b'\n' => '\n',
            b'"' => '"',
            _ => match bytes.get(i + 1..i + 3) {
                Some([0x80, 0x9C]) => '“',
                Some([0x80, 0x9D]) => '”',
                Some([0x80, 0x9E]) => '„',
                _ => {
                    at = i + 1;
                    continue;
                }
            },
        };
        at = i + c.len_utf8();
        match c {
            '\n' => {
                // A blank line: nothing but white space since the last break.
                let blank = open.is_some()
                    && last_newline
                        .is_some_and(|p| body[p + 1..i].chars().all(char::is_whitespace));
                if blank {
                    if let Some(o) = open.take() {
                        push(body, &mut out, o, i, false);
                    }
                }
                last_newline = Some(i);
            }
            // 5'7" is a height, not a quotation mark.
            '"' if FEET_INCHES.is_match(tail(body, i, 8)) => {}
            _ => mark(body, &mut out, &mut open, i, c),
        }
    }
    if let Some(o) = open {
        push(body, &mut out, o, body.len(), false);
    }
    if out.is_empty() {
        return single_quotations(body);
    }
    // A paragraph with no double marks in a body that has some may still quote in
    // single ones ("'We will not supply electricity to criminals,' he said." beside
    // a double-quoted statement elsewhere). (Only a body with an opening single mark
    // after a space or at a line's start is read again.)
    if memchr::memmem::find(bytes, "‘".as_bytes()).is_some()
        || memchr::memmem::find(bytes, b" '").is_some()
        || memchr::memmem::find(bytes, b"\n'").is_some()
    {
        let doubled: Vec<Span> = out.iter().map(|q| q.outer).collect();
        let mut singles = single_quotations(body);
        // (closed, opening with a capital, and of a few words: a title's single marks
        // or a stray apostrophe are no quotation: "‘Home for the Holidays’ Operation
        // Recovers 19 Victims")
        singles.retain(|q| {
            let line = line_around(body, q.outer);
            let inner = q.inner.slice(body);
            q.closed
                && inner.starts_with(char::is_uppercase)
                && !crate::extract::lexicon::at_most_words(inner, 2)
                && !doubled.iter().any(|d| d.overlaps(line))
                && !line.slice(body).contains(['"', '“', '”', '„'])
        });
        if !singles.is_empty() {
            out.extend(singles);
            out.sort_by_key(|q| q.outer.start);
        }
    }
    out
}

/// The line (between line breaks) that holds `span`.
fn line_around(body: &str, span: Span) -> Span {
    let start = body[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = body[span.end..]
        .find('\n')
        .map_or(body.len(), |i| span.end + i);
    Span::new(start, end)
}

/// The single-quoted quotations of a body (the British and Australian style: ‘Do not
/// pay,’ Commander Smith said.): all of them when it has no double-quoted ones, else
/// those of the paragraphs without double marks.
///
/// A single mark is also an apostrophe (“the victims’ phones”, “’90s”, “rock ’n’
/// roll”), so a quotation is taken only where its marks cannot be one: it opens
/// with `‘` before a letter, or `'` before a capital, at a paragraph's start or
/// after white space or an opening bracket, dash or colon; and it closes with `’` or
/// `'` right after the `,` `.` `!` or `?` that ends the quoted words, before white
/// space, a closing bracket, a dash or the line's end. Left open at its paragraph's
/// end, it runs to that end only when it opened the paragraph (a quote continued in
/// the next paragraph).
///
/// ```
/// use blotter::extract::quote::quotations;
/// let body = "‘The victims’ families are suffering,’ he said.\n\n'We will act.' It's late.";
/// let q = quotations(body);
/// let texts: Vec<&str> = q.iter().map(|q| q.inner.slice(body)).collect();
/// assert_eq!(texts, ["The victims’ families are suffering,", "We will act."]);
/// ```
fn single_quotations(body: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in body.split_inclusive('\n') {
        let text = line.trim_end_matches(['\n', '\r']);
        let first = text.len() - text.trim_start().len();
        let mut open: Option<usize> = None;
        let mut prev: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let before_ok =
                prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'));
            match (c, open) {
                ('‘', None) if before_ok && next.is_some_and(char::is_alphabetic) => {
                    open = Some(i)
                }
                ('\'', None) if before_ok && next.is_some_and(char::is_uppercase) => open = Some(i),
                ('’' | '\'', Some(o))
                    if prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?'))
                        && next
                            .is_none_or(|n| n.is_whitespace() || matches!(n, ')' | '—' | '–')) =>
                {
                    push(
                        body,
                        &mut out,
                        line_start + o,
                        line_start + i + c.len_utf8(),
                        true,
                    );
                    open = None;
                }
                _ => {}
            }
            prev = Some(c);
        }
        if open == Some(first) {
            push(
                body,
                &mut out,
                line_start + first,
                line_start + text.len(),
                false,
            );
        }
        line_start += line.len();
    }
    out
}

/// A quotation mark `c` at byte `i`: opens a quotation, closes the open one, or
/// (an opening mark while one is open) ends the first unclosed and opens another.
fn mark(body: &str, out: &mut Vec<Quoted>, open: &mut Option<usize>, i: usize, c: char) {
    let opening = c == '“' || c == '„' || (c == '"' && open.is_none());
    match *open {
        None if opening || c == '"' => *open = Some(i),
        Some(o) if c != '“' && c != '„' => {
            push(body, out, o, i + c.len_utf8(), true);
            *open = None;
        }
        Some(o) => {
            push(body, out, o, i, false);
            *open = Some(i);
        }
        None => {}
    }
}

/// The last `n` bytes (or a few more, to a char boundary) of `body[..end]`.
fn tail(body: &str, end: usize, n: usize) -> &str {
    let mut start = end.saturating_sub(n);
    while !body.is_char_boundary(start) {
        start = start.saturating_sub(1);
    }
    body.get(start..end).unwrap_or("")
}

fn push(body: &str, out: &mut Vec<Quoted>, open: usize, end: usize, closed: bool) {
    let mark_len = body[open..].chars().next().map_or(1, char::len_utf8);
    let inner_start = open + mark_len;
    let inner_end = if closed {
        body[..end]
            .char_indices()
            .next_back()
            .map_or(end, |(i, _)| i)
    } else {
        end
    };
    if inner_end <= inner_start {
        return;
    }
    let raw = &body[inner_start..inner_end];
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let inner = Span::new(inner_start + lead, inner_start + lead + trimmed.len());
    out.push(Quoted {
        inner,
        outer: Span::new(open, end),
        closed,
    });
}

/// Words before a quotation that make it a name, not speech.
static NAMING: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        (?: \b(?:dubbed|known\ as|called|named|nicknamed|codenamed|code-named|titled|entitled|
              nickname|slogan|hashtag|brands?|film|movie|book|song|album|series|show|
              accused\ of|charged\ with|convicted\ of|guilty\ of|counts?\ of|as|of|
              # goods as their papers describe them: declared as carrying “dried
              # seafood”, labelled “frozen squid”, manifested as containing …
              (?:declared|labell?ed|marked|manifested|described|listed|mislabell?ed|misdeclared)
                  (?:\ as)?\ (?:carrying|containing|holding)
              | labell?ed|marked|mislabell?ed|misdeclared)
        ) [\s,]* $",
    )
    .expect("naming regex")
});

/// A lower-case word right after the closing mark.
static NEXT_WORD: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(r"^ +(\p{Ll}+)\b").expect("next-word regex"));

/// Words that may follow a quotation without it modifying them.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "and", "or", "but", "to", "for", "with", "from", "by", "as", "of", "that", "when", "if",
    "while", "after", "before", "because", "a", "an", "the", "is", "was", "were", "are", "has", "had", "have",
    "will", "would", "could", "should", "can", "may", "might", "says", "said", "he", "she", "they", "it", "we",
    "i", "you", "since", "until", "over", "about", "during", "than", "then", "so", "not", "which", "who", "his",
    "her", "their", "its", "our", "this", "these", "those", "into", "against", "without", "amid", "among",
    "says", "adds", "added", "told", "wrote", "tweeted", "posted", "continued", "explained", "also", "yet",
    // a document that speaks: "…," reads the DOJ's press release
    "reads", "read",

];

/// A single function word that is no pronoun of a speaker: "but", "who", "and" (a
/// group may speak: "police", "prosecutors").
fn is_clause_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w) && !matches!(w, "he" | "she" | "they" | "it" | "we" | "i")
}

/// A lower-case noun right after the closing mark: the quotation modifies it
/// (a “so what” attitude, the “one country, two systems” formula).
fn attributive(after_mark: &str) -> bool {
    NEXT_WORD
        .captures(after_mark)
        .is_some_and(|c| !FUNCTION_WORDS.contains(&&c[1]))
}

/// Whether a quotation closed by its own comma or stop is followed, on its line,
/// by its speaker and a verb of speech ([`AFTER`]): `"…," police spokesperson X
/// said` is speech although a lower-case word follows the mark.
fn speaker_follows(text: &str, after_mark: &str) -> bool {
    let line = &after_mark[..after_mark.find('\n').unwrap_or(after_mark.len())];
    text.trim_end().ends_with([',', '.', '!', '?']) && AFTER.is_match(line)
}

/// Verbs (and phrases) that report speech in a sentence.
static SPEECH: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \b(?: said|says|saying|told|tells|added|adds|stated|states|wrote|writes|tweeted|posted|
              responded|replied|argued|asked|warned|urged|claimed|conceded|testified|ruled|
              insisted|explained|noted|declared|announced|described|remarked|
              according\ to|quoted|referred\ to|words|read|reading|chanted|chanting|shouted|shouting|
              message|sign )\b",
    )
    .expect("speech regex")
});

/// Whether `sentence` holds a verb of speech ([`SPEECH`]). A capitalised word
/// inside a proper name of running text is no verb: "States" in "bound for the
/// United States paid for …", "Message" in "the Police Message Board". (In a
/// headline, where every word is capitalised, "Chief Says" is still the verb.)
fn reports_speech(sentence: &str) -> bool {
    let running = sentence
        .split_whitespace()
        .filter(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_lowercase()))
        .nth(1)
        .is_some();
    SPEECH.find_iter(sentence).any(|m| {
        let capital = m.as_str().starts_with(|c: char| c.is_uppercase());
        let before = sentence[..m.start()].trim_end_matches(' ');
        let in_name = capital
            && running
            && before.len() < m.start()
            && before
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        !in_name
    })
}

/// Lower-case office words that may stand before a speaker's name ("police
/// spokesman John Carver", "board president Luis Vela").
const OFFICE: &str = r"spokes(?:man|woman|person)|president|vice-president|chair(?:man|woman|person)?|
    chief|commander|director|prosecutor|official|superintendent|inspector|minister|secretary|
    officer|detective|sergeant|head|manager|attorney|lawyer|counsel|agent|commissioner|leader|
    founder|judge|coordinator|administrator|governor|mayor|sheriff|captain|lieutenant|constable";

/// Verbs that report speech beside said/added/told, as news writes them after a
/// quotation ("…," stressed X / "…," X warned).
const REPORTED: &str = r"stressed|disclosed|urged|warned|insisted|revealed|declared|announced|confirmed|
    remarked|commented|emphasi[sz]ed|admitted|claimed|argued|replied|responded|vowed|promised|
    cautioned|assured|lamented";

/// "…," said X / "…," X said / "…," he added — after the closing mark. The name may
/// follow lower-case office words ("said police spokesman John Carver", "board
/// president Luis Vela said") and be followed by an appositive between commas ("Jane
/// Hill, a police spokeswoman, said").
static AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        ^ [\s,.;:!?)]*
        (?: (?:said|says|added|adds|stated|told|asked|wrote|explained|noted|continued|{REPORTED}|according\s+to)\s+
            (?P<after_verb> (?:the\ )? (?:(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}(?:{OFFICE})\s+)?
                [\p{{Lu}}][\p{{L}}.’'-]* (?:\s+(?:of\s+)?[\p{{Lu}}][\p{{L}}.’'-]*){{0,8}} )
          | (?P<before_verb> he|she|they|it
              | (?:the\ |a\ )?(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}(?:{OFFICE})
                (?:\s+[\p{{Lu}}][\p{{L}}.’'-]*){{1,6}}
              | (?:the\ |a\ )?[\p{{L}}][\p{{L}}.’'-]*
                (?:\s+(?:[\p{{Lu}}][\p{{L}}.’'-]*|police|{OFFICE})){{0,6}} )
            (?: ,\s+ (?:(?:a|an|the)\s+)? [^,\x22“”\n]{{1,60}} , )?   # (an appositive)
            \s+ (?:also\s+)? (?:said|says|added|adds|stated|told|asked|wrote|explained|noted|continued|{REPORTED}|
                 was\ quoted|was\ quoted\ as\ saying) \b
        )",
    ))
    .expect("after regex")
});

/// "…," reads the DOJ's press release / "…," reads an announcement from the National
/// Office of Investigation / "…," states the indictment: a document speaks, after the
/// closing mark. Its owner, when a proper name, is the speaker; else no one named.
static DOCUMENT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^ [\s,]* \[? (?:reads|read|states|stated|says|said) \s+ (?:the\s+|an?\s+)?
        (?: (?P<owner> [\p{Lu}][\p{L}.&-]* (?:\s+[\p{Lu}][\p{L}.&-]*){0,5} ) ['’]s \s+
          | \p{Ll}+['’]s \s+ )?
        (?:\p{Ll}[\p{L}-]*\s+){0,2}
        (?: press\s+release|release|announcement|statement|indictment|complaint|affidavit|
            report|filing|notice|post|letter|document|documents|judgment|ruling|memo|
            email|lawsuit|summary|website|decision|order )
        \b (?: \]\([^)\s]*\) )?
        (?: \s+ (?:from|by|of) \s+ (?:the\s+)?
            (?P<from> [\p{Lu}][\p{L}.&-]* (?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.&-]*){0,6} ) )?",
    )
    .expect("document regex")
});

/// X said: "…" / X said, "…" — before the opening mark.
static BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex_without_dfa(&format!(
        r"(?x)
        (?P<who> he|she|they|it
          | [\p{{Lu}}][\p{{L}}.’'-]*(?:\s+(?:(?:and|of|of\s+the)\s+)?[\p{{Lu}}][\p{{L}}.’'-]*)* )  # X of Y and Z Police
        (?P<comma>,)? \s+ (?:also\s+)? (?:said|says|added|stated|told\ \w+|wrote|tweeted|posted|asked|explained|{REPORTED})
        (?:\s+\w+){{0,4}}? \s* [:,]? \s* $",
    ))
    .expect("before regex")
});

/// "According to Colonel Jay Guillermo, “…”": the name right before the quotation.
static ACCORDING_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex_without_dfa(
        r"(?x)
        \b[Aa]ccording\s+to\s+
        (?P<who> (?:the\s+)? [\p{Lu}][\p{L}.’'-]* (?:\s+[\p{Lu}][\p{L}.’'-]*){0,6} )
        \s* [:,]? \s* $",
    )
    .expect("according-before regex")
});

/// "Detective Inspector Hannah Kell of the city's fraud team said: “…”": a name (two
/// capitalised words at least), the body or unit it belongs to, then a verb of
/// speech right before the quotation. Taken only when the article names that person
/// (the run before "of" could be an office or a body: "the Court of Appeal
/// explicitly stated").
static BEFORE_OF: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex_without_dfa(
        r"(?x)
        (?P<who> [\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)+ )
        \s+ (?:of|from) \s+ [^,\x22“”\n]{1,60}?
        \s+ (?:also\s+)? (?:said|says|added|stated|told\ \w+|wrote|explained)
        (?:\s+in\s+part)? \s* [:,]? \s* $",
    )
    .expect("before-of regex")
});

/// An indefinite article, a preposition or a possessive right before a short
/// quotation: the quotation is a term ("a “doorbell ditch”", "calling for “calm”",
/// "the firm’s “consultants”"), not speech. ("the “slander”" may be
/// someone's word and is left to the speech test.)
///
/// A phrasal verb's particle right before it makes it the verb's object, a thing
/// named, not words said: "forced to pay off “debts”", "set up “shell companies”".
static TERM_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)(?:\b(?:a|an|so-called|for|like|about|help|indicating)|[’']s|\b\p{Ll}+\s+(?-i:off|up|out))\s*$",
    )
    .expect("term-before regex")
});

/// Another quotation right after a short one: a list of terms ("words like “scam,”
/// “complaint,” or “review”").
static TERM_LIST_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r#"^[,;]?\s*(?:(?:or|and)\s+)?[“"]"#)
        .expect("term-list-after regex")
});

/// A quotation closing right before a short one: the end of a list of terms.
static TERM_LIST_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r#"[,;]?[”"][,;]?\s*(?:(?:or|and)\s+)?$"#)
        .expect("term-list-before regex")
});

/// Words that open a clause, never a speaker ("When asked …, she said").
#[rustfmt::skip]
const NOT_SPEAKER: &[&str] = &[
    "When", "While", "If", "As", "After", "Before", "Asked", "Once", "Then", "But", "And", "Later", "Earlier",
    "Since", "Although", "Though", "Because", "Where", "What",
    // a share of a group, never a named speaker ("One of the victim's sisters said")
    "One", "Some", "Many", "Several", "Each", "All", "Both", "Another", "Most", "Others",
];

/// A speaker made only of office words and abbreviations ("FBI Special Agent").
fn office_only(s: &str) -> bool {
    s.split_whitespace().all(|w| {
        person::is_title_word(w) || w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// Append the `quote` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let body = ctx.body;
    let people = People::new(person::names(ctx));
    let mut last_speaker: Option<(usize, String)> = None;
    // Each quote pushed: its index in `out` and its quotation.
    let mut pushed: Vec<(usize, Quoted)> = Vec::new();
    for &q in ctx.quotations() {
        let text = q.inner.slice(body);
        let words = text.split_whitespace().count();
        let before = sentence_before(ctx, q.outer.start);
        let after_mark = &body[q.outer.end.min(body.len())..];
        if words == 0
            || is_name(text)
            || NAMING.is_match(before)
            || furniture(ctx, q.outer.start)
            // (not a quotation closed by its own comma or stop and followed by its
            // speaker and a verb of speech: `"…," police spokesperson X said`)
            || (q.closed && attributive(after_mark) && !speaker_follows(text, after_mark))
        {
            continue;
        }
        if words < 4
            && (TERM_BEFORE.is_match(before)
                || TERM_LIST_AFTER.is_match(after_mark)
                || TERM_LIST_BEFORE.is_match(before))
        {
            // A term in quotation marks after a determiner: a “doorbell ditch”.
            continue;
        }
        if words < 4 {
            let sentence = ctx
                .segments
                .sentence_at(q.outer.start)
                .map_or("", |s| s.span.slice(body));
            let outside = sentence.replace(text, " ");
            // (or it goes on from a quote just before, across the attribution:
            // `"These people came as tourists," Viado said. "That ends today."`)
            let goes_on = pushed.last().is_some_and(|(_, p)| {
                let gap = body.get(p.outer.end..q.outer.start).unwrap_or("\n");
                gap.len() <= 80 && !gap.contains('\n') && SPEECH.is_match(gap)
            });
            if !reports_speech(&outside) && !goes_on {
                continue;
            }
        }
        let after = &body[q.outer.end.min(body.len())..];
        let after = &after[..after.find('\n').unwrap_or(after.len())];
        let after_who = AFTER
            .captures(after)
            .and_then(|c| c.name("after_verb").or(c.name("before_verb")))
            .map(|m| end_at_stop(m.as_str()).to_string())
            // (a clause word is no speaker: "…” but recalled fighting", "…” who said")
            .filter(|w| !is_clause_word(w));
        // "…," reads the DOJ's press release: its owner, or no one named.
        let document = match after_who {
            None => DOCUMENT.captures(after).map(|c| {
                c.name("owner")
                    .or(c.name("from"))
                    .map(|m| m.as_str().to_string())
            }),
            Some(_) => None,
        };
        // Attributed, but to no one named (a document of no named owner, "a
        // spokesperson for Meta, which owns WhatsApp, said").
        let anonymous = std::cell::Cell::new(matches!(document, Some(None)));
        let who = after_who
            .or_else(|| document.flatten())
            .or_else(|| {
                if anonymous.get() {
                    return None;
                }
                let c = BEFORE.captures(before)?;
                // "Dawn Ryan, Attorney-in-Charge at The Legal Aid Society, said":
                // the words before the comma end an appositive; the speaker is
                // the person the sentence names first.
                let from = q.outer.start - before.len();
                let first = c
                    .name("comma")
                    .and_then(|_| people.first_from(from))
                    .filter(|(sp, _)| sp.end <= q.outer.start);
                if let Some((_, n)) = first {
                    return Some(n.clone());
                }
                // "A spokesperson for Meta, which owns WhatsApp, said": the run is
                // the object of a relative clause, not the subject.
                let run = c.name("who")?;
                if c.name("comma").is_some() && relative_clause(&before[..run.start()]) {
                    anonymous.set(true);
                    return None;
                }
                Some(run.as_str().to_string())
            })
            .or_else(|| {
                ACCORDING_BEFORE
                    .captures(before)
                    .map(|c| c["who"].to_string())
            })
            .or_else(|| appositive_speaker(body, before, q.outer.start, &people))
            .or_else(|| saying_speaker(body, before, q.outer.start, &people))
            .or_else(|| told_speaker(body, before, q.outer.start, &people))
            .or_else(|| {
                let who = BEFORE_OF.captures(before)?.name("who")?.as_str();
                let bare = strip_titles(who);
                people
                    .by_name(bare)
                    .or_else(|| people.within(bare))
                    .cloned()
            });
        // "said the head of the Anti-Fraud Unit, Maria Lopez", "said Colombian police
        // General Carlos Triana", "the EFCC chairman, Ola Olukoyede, said": what the
        // rules caught is no one the article names, and a person it names stands
        // beside the verb of speech after the quote.
        let mut who = who.filter(|_| !anonymous.get());
        let mut resolved = who
            .as_deref()
            .and_then(|w| resolve(body, w, q.outer.start, &people));
        if !anonymous.get() && !resolved.as_ref().is_some_and(|w| people.knows(w)) {
            if let Some(n) = named_beside_verb(ctx, q.outer.end, &people) {
                resolved = resolve(body, &n, q.outer.start, &people);
                who = Some(n);
            }
        }
        // "One of the victim's sisters said": attributed, to no one named — not a
        // continuation of the quote before.
        let unnamed = anonymous.get()
            || who.as_ref().is_some_and(|w| {
                w.split_whitespace()
                    .next()
                    .is_some_and(|f| NOT_SPEAKER.contains(&f))
            });
        let who = who.filter(|_| !unnamed);
        let speaker = match who {
            None if unnamed => None,
            Some(_) => resolved.map(|s| {
                // "said FBI Special Agent in Charge Ana Ruiz": only the office was
                // caught; the person named right after it is the speaker.
                if office_only(&s) {
                    people
                        .first_from(q.outer.end)
                        .filter(|(sp, _)| sp.start < q.outer.end + 80)
                        .map_or(s, |(_, n)| n.clone())
                } else {
                    s
                }
            }),
            // A continuation paragraph keeps the speaker of the quote just before.
            None => last_speaker
                .as_ref()
                .filter(|(at, _)| q.outer.start.saturating_sub(*at) < 600)
                .map(|(_, s)| s.clone()),
        };
        if let Some(s) = &speaker {
            last_speaker = Some((q.outer.end, s.clone()));
        }
        let value = Value::Quote {
            text: text.to_string(),
            speaker,
        };
        pushed.push((out.len(), q));
        out.push(ctx.fact(
            value,
            q.inner,
            if words < 4 { "short-speech" } else { "speech" },
        ));
    }
    speaker_from_next_paragraph(body, &pushed, out);
}

/// A quotation left open at its paragraph's end runs on in the next paragraph, which
/// opens with a new mark (the news convention); the speaker is often named only at
/// the end of the last paragraph (“They befriend people for months. ¶ “Then they
/// ask for money,” he said.). An open quotation without a speaker takes the speaker
/// of the quotation that continues it, right after its paragraph break.
fn speaker_from_next_paragraph(body: &str, pushed: &[(usize, Quoted)], out: &mut [Fact]) {
    let speaker_of = |fact: &Fact| match &fact.value {
        Value::Quote { speaker, .. } => speaker.clone(),
        _ => None,
    };
    for pair in pushed.windows(2).rev() {
        let [(open_at, open), (next_at, next)] = pair else {
            continue;
        };
        let joined = !open.closed
            && body
                .get(open.outer.end..next.outer.start)
                .is_some_and(|gap| gap.contains('\n') && gap.trim().is_empty());
        if !joined {
            continue;
        }
        let Some(next_speaker) = out.get(*next_at).and_then(speaker_of) else {
            continue;
        };
        if let Some(Value::Quote { speaker, .. }) = out.get_mut(*open_at).map(|f| &mut f.value) {
            if speaker.is_none() {
                *speaker = Some(next_speaker);
            }
        }
    }
}

/// "Detective Constable Aisha Rahman, of Kent Police's fraud team, said: “…”": a
/// sentence that opens with a person and an appositive between commas, then a verb
/// of speech right before the quotation. The appositive may end in lower-case words
/// (a team, a unit) that [`BEFORE`]'s capitalised run cannot take.
fn appositive_speaker(body: &str, before: &str, at: usize, people: &People) -> Option<String> {
    if !COMMA_SAID.is_match(before) {
        return None;
    }
    let from = at - before.len();
    let (sp, name) = people.first_from(from)?;
    let opens = body[from..sp.start]
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    (sp.end < at && opens && body[sp.end..].starts_with(", ")).then(|| name.clone())
}

/// "The operator, Hiroshi Tanabe, 48, denied the allegations, saying, “…”": a
/// participle of speech right before the quotation; the speaker is the subject, the
/// first person the sentence names, when no verb in the past ("arrested", "charged")
/// comes before that person (whose object the person would be; "the alleged
/// operator" is a description).
fn saying_speaker(body: &str, before: &str, at: usize, people: &People) -> Option<String> {
    if !SAYING.is_match(before) {
        return None;
    }
    let from = at - before.len();
    let (sp, name) = people.first_from(from)?;
    // (a participle after a determiner describes: "The alleged operator, X")
    let words: Vec<&str> = body[from..sp.start.max(from)]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let acted_on = words.iter().enumerate().any(|(i, w)| {
        w.len() > 3
            && w.ends_with("ed")
            && !i.checked_sub(1).is_some_and(|p| {
                ["the", "a", "an", "his", "her", "their"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(words[p]))
            })
    });
    (sp.end < at && !acted_on).then(|| name.clone())
}

/// "Mr Gamal Fouda, imam of the mosque, told Tarrant that he was “misguided”": the
/// person opening the sentence, before "told" (or an appositive between commas and
/// "told"), said it; the one told never did.
fn told_speaker(body: &str, before: &str, at: usize, people: &People) -> Option<String> {
    let told = words_of(before).find(|(_, w)| *w == "told")?.0;
    // (the quotation within the told clause: "told the teens …, to which X replied:"
    // is another's)
    let clause = &before[told..];
    if clause.len() > 80 || clause.contains([',', ':', ';']) {
        return None;
    }
    let from = at - before.len();
    let (sp, name) = people.first_from(from)?;
    if sp.end > from + told {
        return None;
    }
    let opens = body[from..sp.start]
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    let gap = body[sp.end..from + told].trim();
    let appositive = gap.is_empty()
        || (gap.starts_with(',') && gap.ends_with(',') && !gap.contains(['"', '“', '”']));
    (opens && appositive).then(|| name.clone())
}

/// Whether the text before a name ends inside a relative clause opened after its
/// last comma (", which owns WhatsApp"): the name is the clause's object.
fn relative_clause(pre: &str) -> bool {
    let clause = pre.rsplit(',').next().unwrap_or(pre);
    pre.contains(',')
        && clause
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "which" | "who" | "whose" | "that"))
}

/// "Ugas. As of Monday": a speaker's run of capitalised words ends with its sentence
/// (a full stop after a word of two letters or more that is no abbreviation; "Frank
/// A. Tarentino", "U.S. Attorney", "Dr. Ana Ruiz" go on).
fn end_at_stop(w: &str) -> &str {
    let mut at = 0;
    for word in w.split_inclusive(char::is_whitespace) {
        let t = word.trim_end();
        at += word.len();
        let Some(bare) = t.strip_suffix('.') else {
            continue;
        };
        let abbreviation = bare.contains('.')
            || bare.chars().count() < 2
            || person::is_title_word(t)
            || matches!(
                bare,
                "Jr" | "Sr"
                    | "St"
                    | "Mt"
                    | "Ft"
                    | "Lt"
                    | "Sgt"
                    | "Col"
                    | "Gen"
                    | "Capt"
                    | "Det"
                    | "Insp"
                    | "Supt"
                    | "Cpl"
                    | "Maj"
                    | "Rev"
                    | "Hon"
                    | "Gov"
                    | "Sen"
                    | "Rep"
                    | "Atty"
                    | "Asst"
                    | "Dep"
                    | "Dist"
                    | "Cmdr"
                    | "Ofc"
                    | "Pres"
                    | "Sec"
                    | "Prof"
                    | "Supv"
                    | "Comm"
                    | "Lieut"
                    | "Sup"
            );
        if !abbreviation {
            return w[..at].trim_end();
        }
    }
    w
}

/// ", saying:" / ", saying," / " and saying," at the end of the text before a quotation.
static SAYING: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?:,\s+(?:and\s+)?|\s+and\s+)saying\s*[:,]?\s*$")
        .expect("saying regex")
});

/// An appositive closed by a comma, then a verb of speech: ", said:" at the end of
/// the text before a quotation.
static COMMA_SAID: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r",\s+(?:also\s+)?(?:said|says|added|stated|explained|told\s+\w+)\s*[:,]?\s*$",
    )
    .expect("comma-said regex")
});

/// The person named beside the verb of speech in the words after a quotation that
/// closes at `end` (same sentence, within 120 bytes): right before it, alone or as
/// an appositive between commas ("…," the EFCC chairman, Ola Olukoyede, said), or
/// right after the verb and its office words, an appositive's comma at most in
/// between ("…," said the head of the Anti-Fraud Unit, Maria Lopez). Not a person
/// the verb's clause only mentions ("…," police said, adding that John Doe …).
fn named_beside_verb(ctx: &Context<'_>, end: usize, people: &People) -> Option<String> {
    let body = ctx.body;
    let stop = ctx
        .segments
        .sentence_at(end.saturating_sub(1))
        .map_or(body.len(), |s| s.span.end)
        .min(end + 120)
        .max(end);
    let after = body.get(end..stop)?;
    let (at, verb) = words_of(after).find(|(_, w)| said_word(w))?;
    let (verb_start, verb_end) = (end + at, end + at + verb.len());
    let (span, name) = people.first_from(end).filter(|(sp, _)| sp.end <= stop)?;
    // (the name as written, or its surname: not a given name another person's full
    // name was folded into)
    if !name.ends_with(body.get(span.start..span.end)?) {
        return None;
    }
    let clean = |s: &str| !s.contains(['"', '“', '”', '\n']);
    if span.end <= verb_start {
        let gap = &body[span.end..verb_start];
        (clean(&body[end..span.start]) && matches!(gap.trim(), "" | ",")).then(|| name.clone())
    } else {
        let between = &body[verb_end..span.start];
        let commas = between.matches(',').count();
        let plain = commas == 0 || (commas == 1 && between.trim_end().ends_with(','));
        (clean(between) && plain && !words_of(between).any(|(_, w)| clause_word(w)))
            .then(|| name.clone())
    }
}

/// The words of `s` with their byte offsets (letters and apostrophes; a plain scan,
/// no regex: asked only after a quotation).
fn words_of(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// A verb of speech.
fn said_word(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "added" | "stated" | "told" | "explained" | "noted"
    )
}

/// Words that open another clause between a verb of speech and a name.
fn clause_word(w: &str) -> bool {
    crate::extract::lexicon::with_ascii_lower(w, |w| {
        matches!(
            w,
            "that"
                | "who"
                | "which"
                | "adding"
                | "after"
                | "when"
                | "while"
                | "because"
                | "as"
                | "and"
                | "but"
                | "to"
                | "reporters"
                | "media"
        )
    })
}

/// The text of the sentence holding `at`, up to `at`.
fn sentence_before<'a>(ctx: &Context<'a>, at: usize) -> &'a str {
    let start = ctx
        .segments
        .sentence_at(at)
        .map_or(at, |s| s.span.start.min(at));
    &ctx.body[start..at]
}

/// Lines of page furniture ("Related Story …") never hold quotes.
fn furniture(ctx: &Context<'_>, at: usize) -> bool {
    let line_start = ctx.line_at(at).start;
    let line = &ctx.body[line_start..];
    [
        "Related Story",
        "Related:",
        "READ MORE",
        "Read More",
        "SEE MORE",
        "See more",
    ]
    .iter()
    .any(|p| line.starts_with(p))
}

/// A title, a brand, a slogan or a nickname: every word capitalised ("Bitcoin Queen",
/// "When Crime Pays, We Take It Back").
fn is_name(text: &str) -> bool {
    #[rustfmt::skip]
const SMALL: &[&str] = &[
    "a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or",
    "de", "del", "la", "las", "los", "el", "con", "y", "da", "do", "du", "des", "le", "van", "von",
];
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 12 {
        return false;
    }
    words.iter().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || SMALL.contains(&w)
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }) && words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The article's mentions of people, in text order, with indexes for the lookups a
/// speaker needs — each costs a hash lookup or a binary search, not a walk over every
/// mention (quadratic on a long page).
struct People {
    /// (span, full name), sorted by span start.
    list: Vec<(Span, String)>,
    /// Full name or one word of it → the first mention (index in `list`) that has it.
    first_by_word: HashMap<String, usize>,
    /// Full name → its first mention.
    first_by_name: HashMap<String, usize>,
    /// Full name → its first [`MAX_GENDER_MENTIONS`] mentions (indices in `list`).
    mentions_by_name: HashMap<String, Vec<usize>>,
    /// Full name → the gender [`People::gender`] found (asked once per name).
    genders: std::cell::RefCell<HashMap<String, Option<Gender>>>,
}

/// The most mentions of one person [`People::gender`] reads, and the most mentions a
/// pronoun's walk back looks at: a page naming thousands of people costs no more per
/// quote than one naming a few.
const MAX_GENDER_MENTIONS: usize = 32;

impl People {
    fn new(list: Vec<(Span, String)>) -> Self {
        let mut first_by_word = HashMap::default();
        let mut first_by_name = HashMap::default();
        let mut mentions_by_name: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, (_, n)) in list.iter().enumerate() {
            first_by_name.entry(n.clone()).or_insert(i);
            let seen = mentions_by_name.entry(n.clone()).or_default();
            if seen.len() < MAX_GENDER_MENTIONS {
                seen.push(i);
            }
            first_by_word.entry(n.clone()).or_insert(i);
            for t in n.split_whitespace() {
                first_by_word.entry(t.to_string()).or_insert(i);
            }
        }
        People {
            list,
            first_by_word,
            first_by_name,
            mentions_by_name,
            genders: std::cell::RefCell::default(),
        }
    }

    /// The person a pronoun of `gender` before `at` stands for: the last one named,
    /// unless known to be of the other gender; then the one named before that who is
    /// known to be of the pronoun's gender (three people back at most; else no one).
    fn pronoun(&self, body: &str, at: usize, gender: Gender) -> Option<&String> {
        let i = self.list.partition_point(|(s, _)| s.start < at);
        let mut skipped: Vec<&str> = Vec::new();
        for (_, name) in self.list[..i].iter().rev().take(MAX_GENDER_MENTIONS) {
            if skipped.contains(&name.as_str()) {
                continue;
            }
            if skipped.len() == 3 {
                break;
            }
            let known = self.gender(body, name);
            if known == Some(gender) || (known.is_none() && skipped.is_empty()) {
                return Some(name);
            }
            skipped.push(name);
        }
        None
    }

    /// A person's gender when the article tells it: an honorific before a mention
    /// ("Mr", "Madam", "Datin Seri"), or else pronouns of one gender only after its
    /// mentions as a subject (to the end of the sentence or the next person, a
    /// gendered noun or a quotation mark; and the next sentence's first word:
    /// "Tarrant sat still. He …"). A mention after a lower-case word ("away from
    /// Tarrant, said she", "told Tarrant that he") or before "'s" is no subject.
    fn gender(&self, body: &str, name: &str) -> Option<Gender> {
        if let Some(&known) = self.genders.borrow().get(name) {
            return known;
        }
        let known = self.gender_uncached(body, name);
        self.genders.borrow_mut().insert(name.to_string(), known);
        known
    }

    fn gender_uncached(&self, body: &str, name: &str) -> Option<Gender> {
        let no_mentions = Vec::new();
        let mentions = self.mentions_by_name.get(name).unwrap_or(&no_mentions);
        let (mut male, mut female) = (0, 0);
        for &i in mentions {
            let sp = self.list[i].0;
            let mut words = body[..sp.start].split_whitespace().rev();
            let mut title = words.next();
            if title.is_some_and(|t| matches!(t, "Seri" | "Sri")) {
                title = words.next();
            }
            if let Some(g) = title.and_then(Gender::of_title) {
                return Some(g);
            }
        }
        for &i in mentions {
            let sp = self.list[i].0;
            let object = body[..sp.start]
                .trim_end()
                .ends_with(|c: char| c.is_lowercase());
            let possessive = body[sp.end..].starts_with(['\'', '’']);
            if object || possessive {
                continue;
            }
            let (mut m, mut f) = (0, 0);
            let next = self.list.get(i + 1).map_or(body.len(), |(s, _)| s.start);
            let end = next.max(sp.end).min(sp.end + 300).min(body.len());
            let mut window = body.get(sp.end..end).unwrap_or("");
            if let Some(k) = window.find(['"', '“', '”', '\n']) {
                window = &window[..k];
            }
            let mut sentence_ended = false;
            for (_, w) in words_of(window) {
                if sentence_ended && !w.starts_with(char::is_uppercase) {
                    break;
                }
                match Gender::of_word(w) {
                    Some((Gender::Male, true)) => m += 1,
                    Some((Gender::Female, true)) => f += 1,
                    Some((_, false)) => break,
                    None => {}
                }
                if sentence_ended {
                    break;
                }
                let after = &window[w.as_ptr() as usize - window.as_ptr() as usize + w.len()..];
                if after.starts_with(['.', '?', '!']) && w.len() > 2 {
                    sentence_ended = true;
                }
            }
            // (a window of both genders tells nothing)
            match (m, f) {
                (m, 0) => male += m,
                (0, f) => female += f,
                _ => {}
            }
        }
        match (male, female) {
            (m, 0) if m > 0 => Some(Gender::Male),
            (0, f) if f > 0 => Some(Gender::Female),
            _ => None,
        }
    }

    /// The first mention starting at or after `at`.
    fn first_from(&self, at: usize) -> Option<&(Span, String)> {
        self.list
            .get(self.list.partition_point(|(s, _)| s.start < at))
    }

    /// Whether `name` is the full name of a person the article names.
    fn knows(&self, name: &str) -> bool {
        self.first_by_name.contains_key(name)
    }

    /// The first mention whose name is `w` or has `w` as one of its words.
    fn by_name(&self, w: &str) -> Option<&String> {
        self.first_by_word.get(w).map(|&i| &self.list[i].1)
    }

    /// The first mention whose full name appears inside `w` ("Chief Ana Ruiz of …").
    fn within(&self, w: &str) -> Option<&String> {
        // Word runs of `w`, as written and with the punctuation at their edges taken
        // off ("Riley." → "Riley", but "A." inside "Frank A. Tarentino" stays).
        let words: Vec<&str> = w.split_whitespace().collect();
        let mut best: Option<usize> = None;
        for len in 1..=words.len() {
            for win in words.windows(len) {
                let run = win.join(" ");
                let bare = run.trim_matches(|c: char| !c.is_alphanumeric());
                for key in [run.as_str(), bare] {
                    if let Some(&i) = self.first_by_name.get(key) {
                        best = Some(best.map_or(i, |b: usize| b.min(i)));
                    }
                }
            }
        }
        best.map(|i| &self.list[i].1)
    }
}

/// A person's gender, as the article tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

impl Gender {
    /// An honorific's gender ("Mr", "Madam", "Datin").
    fn of_title(t: &str) -> Option<Gender> {
        match t.trim_end_matches('.') {
            "Mr" | "Sir" | "Lord" | "Encik" | "Alhaji" => Some(Gender::Male),
            "Mrs" | "Ms" | "Miss" | "Madam" | "Mdm" | "Dame" | "Lady" | "Datin" | "Puan"
            | "Alhaja" | "Hajiya" => Some(Gender::Female),
            _ => None,
        }
    }

    /// A pronoun's gender (`true`), or a gendered noun's (`false`: another person).
    fn of_word(w: &str) -> Option<(Gender, bool)> {
        crate::extract::lexicon::with_ascii_lower(w, |w| match w {
            "he" | "him" | "his" | "himself" => Some((Gender::Male, true)),
            "she" | "her" | "hers" | "herself" => Some((Gender::Female, true)),
            "man" | "men" | "boy" | "father" | "husband" | "son" | "brother" | "boyfriend" => {
                Some((Gender::Male, false))
            }
            "woman" | "women" | "girl" | "mother" | "wife" | "daughter" | "sister"
            | "girlfriend" => Some((Gender::Female, false)),
            _ => None,
        })
    }
}

/// A speaker as written, resolved against the article's people: a pronoun is the
/// last person named before the quote; a surname is the person's full name.
fn resolve(body: &str, who: &str, at: usize, people: &People) -> Option<String> {
    let w = who
        .trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .trim_start_matches("the ")
        .trim_start_matches("The ");
    let lower = w.to_lowercase();
    if matches!(lower.as_str(), "he" | "she") {
        let gender = if lower == "he" {
            Gender::Male
        } else {
            Gender::Female
        };
        return people.pronoun(body, at, gender).cloned();
    }
    if matches!(lower.as_str(), "it" | "they") {
        return None;
    }
    // "the Singapore Police Force said", "the Central Narcotics Bureau said": a body
    // speaks; its name holds office words that are no person's title.
    if w.split_whitespace().count() >= 2
        && w.split_whitespace()
            .last()
            .is_some_and(crate::extract::agency::is_head_word)
        && w.split_whitespace()
            .all(|t| t.starts_with(char::is_uppercase))
    {
        return Some(w.to_string());
    }
    let w = strip_titles(w);
    if let Some(full) = people.by_name(w) {
        return Some(full.clone());
    }
    // "Tom Hale of Kent Police": a person the text names, with the body they serve.
    if let Some(full) = people.within(w) {
        return Some(full.clone());
    }
    // "… Superintendent of Schools Dr": the name was cut at the honorific's full stop.
    // (Not a group in lower case: "prosecutors said".)
    if w.split_whitespace()
        .last()
        .is_some_and(|t| t.starts_with(char::is_uppercase) && person::is_title_word(t))
    {
        return people.first_from(at + 1).map(|(_, n)| n.clone());
    }
    Some(w.to_string())
}

/// "Deputy Chief Martin" → "Martin", "DA Stephan" → "Stephan", "Escondido Police
/// Chief Ana Cruz" → "Ana Cruz": the words after the last office word.
fn strip_titles(w: &str) -> &str {
    let words: Vec<&str> = w.split_whitespace().collect();
    let last_title = words
        .iter()
        .rposition(|t| person::is_title_word(t) || matches!(*t, "DA" | "DDA" | "AG"));
    match last_title {
        Some(i) if i + 1 < words.len() => {
            let first = words[i + 1];
            let rest = w.find(first).map_or(w, |at| &w[at..]);
            // "Chief of the Organized Crime Division": the body the office belongs to.
            let rest = rest.strip_prefix("of ").unwrap_or(rest);
            rest.strip_prefix("the ").unwrap_or(rest)
        }
        _ => w,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-at-a-time scan `quotations` must agree with (which characters
    /// it reads, and where a blank line ends a quotation; the marks are `mark`'s).
    fn quotations_slow(body: &str) -> Vec<Quoted> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let mut prev_newline = false;
        for (i, c) in body.char_indices() {
            match c {
                '\n' => {
                    if prev_newline {
                        if let Some(o) = open.take() {
                            push(body, &mut out, o, i, false);
                        }
                    }
                    prev_newline = true;
                    continue;
                }
                '"' if FEET_INCHES.is_match(tail(body, i, 8)) => {}
                '"' | '“' | '”' | '„' => mark(body, &mut out, &mut open, i, c),
                _ => {}
            }
            if !c.is_whitespace() {
                prev_newline = false;
            }
        }
        if let Some(o) = open {
            push(body, &mut out, o, body.len(), false);
        }
        out
    }

    #[test]
    fn blank_lines_end_open_quotations() {
        let body = "He said \"we act\n \nNext “one” and 5'7\" tall — „x";
        assert_eq!(quotations(body), quotations_slow(body));
        let texts: Vec<&str> = quotations(body)
            .iter()
            .map(|q| q.inner.slice(body))
            .collect();
        assert_eq!(texts, ["we act", "one", "x"]);
    }

    proptest::proptest! {
        #[test]
        fn quotations_is_the_character_scan(s in "[ab5' \n\t\"“”„—\u{2009}\u{a0}]{0,40}") {
            proptest::prop_assert_eq!(quotations(&s), quotations_slow(&s));
        }
    }
}
