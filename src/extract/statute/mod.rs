//! `statute` facts: a section of a named law.
//!
//! | text | law | section |
//! |---|---|---|
//! | "Section 292 of the Penal Code" | Penal Code | 292 |
//! | "(Section 30, Films Act 1981)" | Films Act 1981 | 30 |
//! | "(Sections 377BG–377BK)" under "the Penal Code 1871" | Penal Code 1871 | 377BG … 377BK (five facts) |
//! | "Rule 11 of the … Regulations 2020" | … Regulations 2020 | 11 |
//! | "18 U.S.C. § 2252A(a)(2)" | 18 U.S.C. | 2252A(a)(2) |
//! | "Title 18, United States Code, Section 1349" | 18 U.S.C. | 1349 |
//! | "21 U.S.C. §§ 841 and 846" | 21 U.S.C. | 841, 846 |
//! | "California Penal Code section 187", "Health and Safety Code 11378" | the code | 187, 11378 |
//! | "murder (187 PC)" | Penal Code | 187 |
//! | "Section 302/34 IPC", "s.17A of the MACC Act 2009" | Indian Penal Code; MACC Act 2009 | 302, 34; 17A |
//! | "Section 15(1)(a) of the same Act" | the law named last before it | 15(1)(a) |
//! | "Article 266-A and Article 266-B of the Revised Penal Code" | Revised Penal Code | 266-A, 266-B |
//!
//! A section whose law is not cited with it takes the law in scope: the same
//! sentence's law (the nearest before it, else the first after it); for a list item,
//! the first law of the sentence that introduces the list; else the nearest law named
//! before it in its section of the article; else the article's only law. With no law
//! in scope the section is skipped: a statute without its law says little. So is a
//! section of something else ("section 12 of the prison"), and a rule, article or
//! clause cited without its law.
//!
//! Ranges of consecutive numbers or letter suffixes ("377BG–377BK", "Sections 4 to 7")
//! become one fact per section, up to fifty; other ranges stay one fact "A–B".

mod sections;

use crate::extract::fact::{fold_name, Fact, Value};
use crate::extract::law;
use crate::extract::lexicon::Rule;
use crate::extract::Context;
use crate::segment::BlockKind;
use crate::span::Span;
use regex::Captures;
use sections::{split_list, GLOSS, SEC, SUB};
use std::sync::LazyLock;

/// Where a cited section's law comes from.
enum Bound {
    /// Named with it.
    Law(String),
    /// "of the same Act", "of the Act": the law named last before it.
    Previous,
    /// Not said: the law in scope.
    Scope,
    /// Another citation follows at once ("Article 266-A and Article 266-B of the
    /// Revised Penal Code"): that one's law.
    Next,
}

/// Another citation right after one: "and Article 266-B", ", Section 12(2)", "and
/// Part 3 of Article 209".
static NEXT_CITE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^[ \t]*(?:,[ \t]*(?:and|or)?|and|or|&)[ \t]*(?:(?:[Pp]art|[Pp]aragraph|[Cc]lause|[Ss]ubsection)[ \t]+[0-9]{1,3}[ \t]+of[ \t]+)?(?:[Ss]ections?|SECTIONS?|[Aa]rticles?|Rules?|Regulations?|Clauses?|§§?)[ \t]*[0-9]",
    )
    .expect("next-cite regex")
});

/// "Section 292", "Sections 4 and 5", "s 292(1)(a)", "§§ 841 and 846", "Rule 11".
static CITED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?P<lead>
            \b(?:[Ss]ections?|SECTIONS?|[Ss]ecs?\.|ss?\.?|U/S\.?)  # Section, sec., s, ss, India's U/S
          | §§?                                                 # §, §§
          | \b(?P<part>Rules?|Regulations?|[Aa]rticles?|[Aa]rt\.|Clauses?)  # only with their law
        )
        [\ \t]*
        (?P<list>{SEC}{GLOSS}(?:[\ \t]*(?:,[\ \t]*(?:and|or)?|and|or|&|/|to|through|[-–—]|read[\ \t]+with)[\ \t]*{SEC}{GLOSS})*)   # 13(2) read with 13(1)(d)
        "
    ))
    .expect("cited-section regex")
});

/// Whether `text` may hold a [`CITED`] match: a digit after a lead and any spaces or
/// tabs. The rule's only anchors are the digits (its lead "s" is in every
/// sentence), so without this check its automaton reads every block with a number
/// ("in 2024", "the 5 men"). A lead is a whole lead word, or "s", "ss", "s." or "ss."
/// after a byte that is not a word's; the check may pass where the rule then finds
/// nothing, never the other way round (a property test holds it to the rule).
fn may_cite(text: &str) -> bool {
    const LEADS: &[&[u8]] = &[
        "§".as_bytes(),
        b"section",
        b"Section",
        b"SECTION",
        b"sec.",
        b"secs.",
        b"Sec.",
        b"Secs.",
        b"Rule",
        b"Regulation",
        b"Article",
        b"article",
        b"Art.",
        b"art.",
        b"Clause",
        b"U/S",
        b"U/S.",
    ];
    /// The bytes a lead can end in: a lead's last byte, a plural's "s"/"S", a bare
    /// "s"/"s.".
    const LAST_BYTES: [bool; 256] = {
        let mut last = [false; 256];
        let mut i = 0;
        while i < LEADS.len() {
            last[LEADS[i][LEADS[i].len() - 1] as usize] = true;
            i += 1;
        }
        last[b's' as usize] = true;
        last[b'S' as usize] = true;
        last[b'.' as usize] = true;
        last
    };
    let b = text.as_bytes();
    let is_lead = |l: &[u8]| LEADS.iter().any(|w| l.ends_with(w));
    crate::ascii::digits(b).any(|i| {
        let mut end = i;
        while end > 0 && matches!(b[end - 1], b' ' | b'\t') {
            end -= 1;
        }
        let lead = &b[..end];
        // A digit after a byte no lead can end in (most of them: the digits of "2024"
        // after the first) is ruled out before the comparisons.
        if !lead.last().is_some_and(|&b| LAST_BYTES[usize::from(b)]) {
            return false;
        }
        // a plural ("Sections", "SECTIONS", "Rules") ends in its singular plus "s"
        let stem = lead
            .strip_suffix(b"s")
            .or_else(|| lead.strip_suffix(b"S"))
            .unwrap_or(lead);
        is_lead(lead) || is_lead(stem) || bare_s(lead)
    })
}

/// `lead` ends in "s", "ss", "s." or "ss." opening a word.
fn bare_s(lead: &[u8]) -> bool {
    let lead = lead.strip_suffix(b".").unwrap_or(lead);
    let Some(rest) = lead.strip_suffix(b"s") else {
        return false;
    };
    let rest = rest.strip_suffix(b"s").unwrap_or(rest);
    rest.last()
        .is_none_or(|&c| !(c.is_ascii_alphanumeric() || c == b'_'))
}

/// "18 U.S.C. § 2252A(a)(2)", "21 U.S.C. §§ 841 and 846", "18 USC 1343".
static USC: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b(?P<title>[0-9]{{1,2}})[\ \t]+U\.?[\ \t]?S\.?[\ \t]?C\.?(?:A\.?)?   # 18 U.S.C., 18 USC
        [\ \t]*(?:§§?|[Ss]ections?|[Ss]ecs?\.)?[\ \t]*
        (?P<list>{SEC}(?:[\ \t]*(?:,[\ \t]*(?:and|or)?|and|or|&|/|to|through|[-–—])[\ \t]*(?:{SEC}|{SUB}))*)
        "
    ))
    .expect("usc regex")
});

/// "187 PC", "11378 H&S", "(PC 187)", "PC 186.22", "CVC section 405": California's
/// code abbreviations.
static CODE_ABBR: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
          \b(?P<list>{SEC})[\ \t]?(?P<abbr>PC|H&S|HS|VC|P\.C\.)(?:\b|$)
        | \((?P<abbr2>PC|H&S|HS|VC)[\ \t]?(?P<list2>{SEC})\)
        | \b(?P<abbr3>PC|CVC|VC|H&S)[\ \t]+(?:[Ss]ection[\ \t]+)?(?P<list3>[0-9]{{1,5}}(?:\.[0-9]+)*(?:\([0-9A-Za-z]{{1,3}}\))*)
        "
    ))
    .expect("code-abbreviation regex")
});

/// What follows a cited section and names its law: "of the Films Act", ", Films Act".
static LAW_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)^(?:
            \s*\(?\s*(?:of|under|in)\s+(?:the\s+)?(?:(?:19|20)[0-9]{2}\s+)?   # of the (2015) … (a line break allowed)
          | [\ \t]*,\s*(?:the\s+)?                     # , Films Act 1981
          | [\ \t]+\(?                                # Section 420 IPC, Section 30 (Films Act)
        )",
    )
    .expect("law-after regex")
});

/// A country's possessive between a section and its law: "Section 6 of Thailand's
/// Anti-Trafficking in Persons Act", "of the Philippines' …".
static POSSESSOR: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^[A-Z][A-Za-z]+(?:[\ \t]+[A-Z][A-Za-z]+)?(?:['’]s|s['’])[\ \t]+",
    )
    .expect("possessor regex")
});

/// A law followed by its own section: "Penal Code section 187", "Penal Code § 12".
static OWN_SECTION: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^[\ \t]*,?[\ \t]*(?:[Ss]ections?\b|§)")
        .expect("own-section regex")
});

/// "of the same Act", "of the Act", "of the said Code".
static SAME_LAW: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)^\s*(?:of|under|in)\s+(?:the|this|that)\s+
          (?:(?:same|said|above|above-mentioned|aforementioned|aforesaid|principal)\s+)?
          (?:Act|Code|Ordinance|Regulations|Law|Enactment|Decree|act|code)\b",
    )
    .expect("same-law regex")
});

/// "of the …" after a section, when no law follows.
static OF_SOMETHING: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^\s*of\s+(?:the\s+)?[\w(]").expect("of-something regex")
});

/// "of Title 18, United States Code" (or "U.S. Code") after a section.
static TITLE_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^[ \t]*(?:of|under)[ \t]+(?:the[ \t]+)?Title[ \t]+(?P<t>[0-9]{1,2}),?[ \t]+(?:of[ \t]+the[ \t]+)?(?:(?:United[ \t]+States|U\.S\.)[ \t]+Code|U\.S\.C\.?)")
        .expect("title-after regex")
});

/// "Title 18, United States Code, " (or "U.S. Code, ") before a section.
static TITLE_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"Title[ \t]+(?P<t>[0-9]{1,2}),?[ \t]+(?:of[ \t]+the[ \t]+)?(?:(?:United[ \t]+States|U\.S\.)[ \t]+Code|U\.S\.C\.?),?[ \t]*$")
        .expect("title-before regex")
});

/// One section list found in the body, before its law is settled.
struct Cite {
    span: Span,
    list: String,
    bound: Bound,
    rule: &'static str,
}

/// `rule.captures_iter(body)`, searched one block (line) at a time.
///
/// For a rule that cannot match across a line break (CITED and CODE_ABBR allow only
/// spaces and tabs between their parts): the matches are the same, with body
/// offsets (each search runs on the body up to the block's end, from the block's
/// start), but a block without any of the rule's anchors is skipped by the rule
/// gate, where one search over the whole body runs everywhere. So is a block that
/// `may_match` rules out (a check that passes every block the rule can match).
fn captures_by_block<'h>(
    ctx: &Context<'h>,
    rule: &'static Rule,
    may_match: fn(&str) -> bool,
) -> impl Iterator<Item = regex::Captures<'h>> + 'h {
    let body = ctx.body;
    let blocks = ctx
        .segments
        .blocks
        .iter()
        .map(|b| b.span)
        .filter(move |span| may_match(span.slice(body)));
    blocks.flat_map(move |span| {
        let hay = &body[..span.end];
        let mut at = span.start;
        std::iter::from_fn(move || {
            if at > hay.len() {
                return None;
            }
            let c = rule.captures_at(hay, at)?;
            let m = c.get(0)?;
            // (neither rule matches the empty string; were one to, step past a char)
            at = if m.end() > m.start() {
                m.end()
            } else {
                m.end() + hay[m.end()..].chars().next().map_or(1, char::len_utf8)
            };
            Some(c)
        })
    })
}

/// Append the `statute` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let body = ctx.body;
    let laws = Laws::new(ctx.laws());
    let mut cites: Vec<Cite> = Vec::new();

    // Searched from the end of each citation's own list, so a list that stopped
    // before the next citation's title leaves that title to it.
    let mut pos = 0;
    while let Some(c) = USC.captures_at(body, pos) {
        let (Some(m), Some(t), Some(list)) = (c.get(0), c.name("title"), c.name("list")) else {
            break;
        };
        let list = without_next_title(body, list.start(), list.as_str());
        let end = list.start + list.text.len();
        pos = if end > m.start() { end } else { m.end() };
        if list.is_empty() {
            continue;
        }
        cites.push(Cite {
            span: Span::new(m.start(), end),
            list: list.text.into(),
            bound: Bound::Law(format!("{} U.S.C.", t.as_str())),
            rule: "statute-usc",
        });
    }
    for c in captures_by_block(ctx, &CODE_ABBR, |_| true) {
        let (Some(m), Some(list), Some(abbr)) = (
            c.get(0),
            c.name("list").or(c.name("list2")).or(c.name("list3")),
            c.name("abbr").or(c.name("abbr2")).or(c.name("abbr3")),
        ) else {
            continue;
        };
        if looks_like_year(list.as_str()) {
            continue; // "the 2020 PC"
        }
        // "PC 186.22" only where a law is cited ("under PC 186.22"), never "a new PC 500".
        if c.name("abbr3").is_some() {
            let runs_on = body[m.end()..].starts_with(|ch: char| ch.is_ascii_alphanumeric());
            let prev = body[..m.start()]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_ascii_lowercase();
            let cue = matches!(
                prev.as_str(),
                "under" | "through" | "to" | "of" | "per" | "violating" | "violated" | "and" | "or"
            ) || prev.ends_with([',', '('])
                || body[..m.start()].ends_with('(');
            if runs_on || !cue {
                continue;
            }
        }
        let law = match abbr.as_str() {
            "H&S" | "HS" => "Health and Safety Code",
            "VC" | "CVC" => "Vehicle Code",
            _ => "Penal Code",
        };
        push_unless_overlapping(
            &mut cites,
            Cite {
                span: Span::new(m.start(), m.end()),
                list: list.as_str().into(),
                bound: Bound::Law(law.into()),
                rule: "statute-code-abbreviation",
            },
        );
    }
    for c in captures_by_block(ctx, &CITED, may_cite) {
        if let Some(cite) = cited(body, &laws, &c) {
            // "sections 420 and 120B of the IPC and 66C, 66D of the IT Act": more
            // sections of the next law, without their lead word.
            let mut law_end = (cite.rule == "statute-of-law")
                .then(|| laws.first_from(cite.span.end).map(|l| l.span.end))
                .flatten();
            push_unless_overlapping(&mut cites, cite);
            while let Some(next) = law_end.and_then(|at| continued(body, &laws, at)) {
                law_end = Some(next.1);
                push_unless_overlapping(&mut cites, next.0);
            }
        }
    }
    // "Health and Safety Code 11378", "Florida Statute 787.06": a code and its number.
    for l in laws.all {
        let Some(after) = body.get(l.span.end..) else {
            continue;
        };
        let is_code = ["Code", "Statute", "Statutes"]
            .iter()
            .any(|w| l.name.ends_with(w));
        if !is_code {
            continue;
        }
        if let Some(c) = sections::LIST_AFTER_CODE.captures(after) {
            let Some(list) = c.name("list") else { continue };
            push_unless_overlapping(
                &mut cites,
                Cite {
                    span: Span::new(l.span.start, l.span.end + list.end()),
                    list: list.as_str().into(),
                    bound: Bound::Law(l.name.clone()),
                    rule: "statute-code-number",
                },
            );
        }
    }

    // Last to first, so that a citation listed with the next one takes its law.
    let mut bound_laws: Vec<Option<String>> = vec![None; cites.len()];
    for (i, cite) in cites.iter().enumerate().rev() {
        bound_laws[i] = match &cite.bound {
            Bound::Law(l) => Some(l.clone()),
            Bound::Previous => previous_law(ctx, &laws, cite.span.start),
            Bound::Scope => scope_law(ctx, &laws, cite.span.start),
            Bound::Next => bound_laws.get(i + 1).cloned().flatten(),
        };
    }
    for (cite, law) in cites.into_iter().zip(bound_laws) {
        let Some(law) = law.filter(|l| !l.is_empty()) else {
            continue;
        };
        for section in split_list(&cite.list) {
            out.push(ctx.fact(
                Value::Statute {
                    law: law.clone(),
                    section,
                },
                cite.span,
                cite.rule,
            ));
        }
    }
}

/// A section list and where it starts in the body.
struct List<'a> {
    start: usize,
    text: &'a str,
}

impl List<'_> {
    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// "18 U.S.C. § 922(g) and 21 U.S.C. 841": a list's last number that is the title of
/// the next citation is not one of its sections.
fn without_next_title<'a>(body: &str, start: usize, list: &'a str) -> List<'a> {
    let end = start + list.len();
    let next_is_code = body
        .get(end..)
        .is_some_and(|rest| NEXT_TITLE.is_match(rest));
    let text = match sections::last_start(list).filter(|_| next_is_code) {
        Some(cut) => list[..cut].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '&' | '/') || c.is_ascii_alphabetic()
        }),
        None => list,
    };
    List { start, text }
}

/// "U.S.C." right after a number: that number is a title.
static NEXT_TITLE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^[ \t]*U\.?[ \t]?S\.?[ \t]?C\b").expect("next-title regex")
});

/// Add `cite` unless an earlier rule claimed its words; `cites` stays sorted by start.
fn push_unless_overlapping(cites: &mut Vec<Cite>, cite: Cite) {
    let i = cites.partition_point(|c| c.span.start < cite.span.start);
    let clash = |j: usize| cites.get(j).is_some_and(|c| c.span.overlaps(cite.span));
    if !(clash(i) || i.checked_sub(1).is_some_and(clash)) {
        cites.insert(i, cite);
    }
}

/// More sections right after a law a citation named, without their lead word, and
/// their own law: "… of the IPC and 66C, 66D of the IT Act", "… BNS and 66D IT Act".
/// The citation and where its law ends.
fn continued(body: &str, laws: &Laws<'_>, law_end: usize) -> Option<(Cite, usize)> {
    let after = body.get(law_end..)?;
    let c = CONTINUED.captures(after)?;
    let list = c.name("list")?;
    let list_end = law_end + list.end();
    let a = LAW_AFTER.find(&body[list_end..])?;
    let law = laws.starting_at(list_end + a.end())?;
    let cite = Cite {
        span: Span::new(law_end + list.start(), list_end),
        list: list.as_str().into(),
        bound: Bound::Law(law.name.clone()),
        rule: "statute-of-law",
    };
    Some((cite, law.span.end))
}

/// A list of sections without a lead word, joined to what comes before: "and 66C,
/// 66D" (read by [`continued`]).
static CONTINUED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)^[\ \t]*(?:,[\ \t]*(?:and|or)?|and|or|&)[\ \t]*
        (?P<list>{SEC}{GLOSS}(?:[\ \t]*(?:,[\ \t]*(?:and|or)?|and|or|&|/)[\ \t]*{SEC}{GLOSS})*)"
    ))
    .expect("continued-sections regex")
});

/// A "Section …" citation and how its law is given.
fn cited(body: &str, laws: &Laws<'_>, c: &Captures<'_>) -> Option<Cite> {
    let m = c.get(0)?;
    let lead = c.name("lead")?;
    let list = c.name("list")?;
    let lead_text = lead.as_str();
    // "s 292": a bare "s" only after a space or bracket, never "Singapore's 5"; and
    // India's "u/s 370" (under section).
    if lead_text.starts_with('s') && !lead_text.starts_with("se") {
        let before = &body[..lead.start()];
        let prev = before.chars().next_back();
        let under = before.ends_with("u/") || before.ends_with("U/");
        if !matches!(prev, None | Some(' ' | '\t' | '\n' | '(')) && !under {
            return None;
        }
    }
    let span = Span::new(m.start(), list.end());
    let after = &body[list.end()..];
    let before = tail(&body[..lead.start()], 120);

    // Named after it: "of the Penal Code", ", Films Act 1981".
    if let Some(a) = LAW_AFTER.find(after) {
        let at = list.end() + a.end();
        // "Rule 9.4, Business and Professions Code section 6067": that code is the
        // next section's, not this one's.
        // ("Sections 143 and 144 of the BNS, Sections 3 and 4 of the ITPA": after
        // "of", the law is this list's, whatever follows it.)
        let bound_by_of = a.as_str().trim_start().starts_with(['(', 'o', 'u', 'i']);
        let cites_own = |l: &law::Mention| {
            !bound_by_of
                && body
                    .get(l.span.end..)
                    .is_some_and(|rest| OWN_SECTION.is_match(rest))
        };
        let after_possessor = || {
            let p = POSSESSOR.find(&body[at..])?;
            laws.starting_at(at + p.end())
        };
        let law = laws.starting_at(at).or_else(after_possessor);
        if let Some(l) = law.filter(|l| !cites_own(l)) {
            return Some(Cite {
                span,
                list: list.as_str().into(),
                bound: Bound::Law(l.name.clone()),
                rule: "statute-of-law",
            });
        }
    }
    if let Some(t) = TITLE_AFTER.captures(after).and_then(|t| t.name("t")) {
        return Some(Cite {
            span,
            list: list.as_str().into(),
            bound: Bound::Law(format!("{} U.S.C.", t.as_str())),
            rule: "statute-of-title",
        });
    }
    if SAME_LAW.is_match(after) {
        return Some(Cite {
            span,
            list: list.as_str().into(),
            bound: Bound::Previous,
            rule: "statute-of-same-law",
        });
    }
    // Named before it: "Title 18, United States Code, Section 1349", "California Penal Code section 187".
    if let Some(t) = TITLE_BEFORE.captures(before).and_then(|t| t.name("t")) {
        return Some(Cite {
            span,
            list: list.as_str().into(),
            bound: Bound::Law(format!("{} U.S.C.", t.as_str())),
            rule: "statute-title-section",
        });
    }
    let gap = before.trim_end_matches([' ', '\t', ',']);
    if gap.len() < before.len() || before.is_empty() {
        let gap_end = lead.start() - before.len() + gap.len();
        if let Some(l) = laws.ending_at(gap_end) {
            return Some(Cite {
                span,
                list: list.as_str().into(),
                bound: Bound::Law(l.name.clone()),
                rule: "statute-law-section",
            });
        }
    }
    if NEXT_CITE.is_match(after) {
        return Some(Cite {
            span,
            list: list.as_str().into(),
            bound: Bound::Next,
            rule: "statute-listed-with-next",
        });
    }
    // Rules, articles and clauses only with their law named; a section "of" something
    // that is not a law ("section 12 of the prison") is not a law's.
    if c.name("part").is_some() || OF_SOMETHING.is_match(after) {
        return None;
    }
    Some(Cite {
        span,
        list: list.as_str().into(),
        bound: Bound::Scope,
        rule: "statute-section-in-scope",
    })
}

/// The laws of an article, in order, with the look-ups the rules need (each in
/// logarithmic time: an article may cite hundreds of sections).
struct Laws<'a> {
    all: &'a [law::Mention],
    /// The article's only law, when it names one law (in any spelling).
    only: Option<String>,
}

impl<'a> Laws<'a> {
    fn new(all: &'a [law::Mention]) -> Self {
        let mut distinct: Vec<String> = all.iter().map(|l| fold_name(&l.name)).collect();
        distinct.sort();
        distinct.dedup();
        let only = (distinct.len() == 1)
            .then(|| all.first().map(|l| l.name.clone()))
            .flatten();
        Laws { all, only }
    }

    /// The law whose name starts at byte `at`.
    fn starting_at(&self, at: usize) -> Option<&law::Mention> {
        let i = self.all.partition_point(|l| l.span.start < at);
        self.all.get(i).filter(|l| l.span.start == at)
    }

    /// The first law whose name starts at or after byte `at`.
    fn first_from(&self, at: usize) -> Option<&law::Mention> {
        let i = self.all.partition_point(|l| l.span.start < at);
        self.all.get(i)
    }

    /// The law whose name ends at byte `at`.
    fn ending_at(&self, at: usize) -> Option<&law::Mention> {
        let i = self.all.partition_point(|l| l.span.end < at);
        self.all.get(i).filter(|l| l.span.end == at)
    }

    /// The laws inside `s`.
    fn within(&self, s: Span) -> &'a [law::Mention] {
        let from = self.all.partition_point(|l| l.span.start < s.start);
        let to = self.all.partition_point(|l| l.span.end <= s.end).max(from);
        &self.all[from..to]
    }

    /// The law named last before `at`, not before `floor`.
    fn before(&self, at: usize, floor: usize) -> Option<&law::Mention> {
        let i = self.all.partition_point(|l| l.span.end <= at);
        i.checked_sub(1)
            .and_then(|i| self.all.get(i))
            .filter(|l| l.span.start >= floor)
    }
}

/// The law named last before `at` (within its section of the article).
fn previous_law(ctx: &Context<'_>, laws: &Laws<'_>, at: usize) -> Option<String> {
    let floor = ctx.segments.section_at(at).map_or(0, |s| s.span.start);
    laws.before(at, floor).map(|l| l.name.clone())
}

/// The law in scope for a section cited without one (see the module docs).
fn scope_law(ctx: &Context<'_>, laws: &Laws<'_>, at: usize) -> Option<String> {
    let seg = ctx.segments;
    if let Some(sent) = seg.sentence_at(at) {
        let here = laws.within(sent.span);
        let before = here.iter().rfind(|l| l.span.end <= at);
        if let Some(l) = before.or_else(|| here.iter().find(|l| l.span.start > at)) {
            return Some(l.name.clone());
        }
        // A list item: the sentence that introduces the list.
        if seg
            .blocks
            .get(sent.block)
            .is_some_and(|b| b.kind == BlockKind::ListItem)
        {
            let intro = seg.blocks[..sent.block]
                .iter()
                .rposition(|b| b.kind != BlockKind::ListItem);
            if let Some(intro) = intro {
                let next = seg.sentences.partition_point(|s| s.block <= intro);
                let last_sentence = next
                    .checked_sub(1)
                    .and_then(|i| seg.sentences.get(i))
                    .filter(|s| s.block == intro);
                if let Some(l) = last_sentence.and_then(|s| laws.within(s.span).first()) {
                    return Some(l.name.clone());
                }
                if let Some(l) = laws.within(seg.blocks[intro].span).first() {
                    return Some(l.name.clone());
                }
            }
        }
    }
    previous_law(ctx, laws, at).or_else(|| laws.only.clone())
}

/// The last `n` bytes of `s` or a little more, on a char boundary.
fn tail(s: &str, n: usize) -> &str {
    let mut from = s.len().saturating_sub(n);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    &s[from..]
}

fn looks_like_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::sections::split_list;

    #[test]
    fn lists_and_ranges() {
        assert_eq!(
            split_list("377BG–377BK"),
            ["377BG", "377BH", "377BI", "377BJ", "377BK"]
        );
        assert_eq!(split_list("841 and 846"), ["841", "846"]);
        assert_eq!(split_list("4 to 7"), ["4", "5", "6", "7"]);
        assert_eq!(split_list("292(1)(a)"), ["292(1)(a)"]);
        assert_eq!(split_list("100-900"), ["100–900"]);
        assert_eq!(split_list("12, 13 and 15"), ["12", "13", "15"]);
    }
}

#[cfg(test)]
mod rules {
    use super::*;

    /// Every rule's regex compiles (they compile lazily, on first use).
    #[test]
    fn compile() {
        LazyLock::force(&CITED);
        LazyLock::force(&CONTINUED);
        LazyLock::force(&USC);
        LazyLock::force(&CODE_ABBR);
        LazyLock::force(&LAW_AFTER);
        LazyLock::force(&POSSESSOR);
        LazyLock::force(&SAME_LAW);
        LazyLock::force(&OF_SOMETHING);
        LazyLock::force(&TITLE_AFTER);
        LazyLock::force(&TITLE_BEFORE);
        LazyLock::force(&sections::LIST_AFTER_CODE);
    }

    #[test]
    fn may_cite_rules_out_numbers_without_a_lead() {
        for text in [
            "Police arrested 5 men in 2024.",
            "the 12 cases, 3 of them",
            "Call 555-0100 or visit the 2nd floor",
            "classes 4 and 5; access 7",
        ] {
            assert!(!may_cite(text), "{text:?}");
            assert!(CITED.regex().find(text).is_none(), "{text:?}");
        }
        for text in [
            "under Section 292 of the Penal Code",
            "SECTIONS 4 and 5",
            "secs. 12-14",
            "s 292(1)(a)",
            "(ss. 4)",
            "§§ 841 and 846",
            "Rules 11 and 12",
            "the Queen's 2024 list",
        ] {
            assert!(may_cite(text), "{text:?}");
            assert!(CITED.regex().find(text).is_some(), "{text:?}");
        }
    }

    proptest::proptest! {
        /// `may_cite` passes every text the rule matches.
        #[test]
        fn may_cite_passes_every_citation(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Section", "section", "Sections", "SECTION", "SECTIONS", "sec.", "Secs.",
                    "secs", "s", "ss", "s.", "ss.", "S", "§", "§§", "Rule", "Rules", "RULES",
                    "Regulation", "Articles", "article", "articles", "Art.", "art.", "Clause", "class", "Queen's", "is", "a", "the",
                    "of", "and", "to", "292", "4", "12A", "377BG", "(1)", "(a)", "841", "x1",
                    "Act", "2024", "_s", "–", "-",
                ]),
                0..16,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![" ", " ", "", "\t", "  ", ", ", ". ", "(", ")", "'", "\n", "é"]),
                0..16,
            ),
        ) {
            let text = crate::testing::joined(&words, &seps);
            if CITED.regex().is_match(&text) {
                proptest::prop_assert!(may_cite(&text), "{:?}", text);
            }
        }
    }
}
