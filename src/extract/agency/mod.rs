//! `agency` facts: police forces, prosecutors' offices, bureaus, ministries.
//!
//! | text | name | abbr |
//! |---|---|---|
//! | "the Singapore Police Force (SPF)" | `Singapore Police Force` | `SPF` |
//! | "the Specialised Crime Branch of the Criminal Investigation Department" | two agencies | |
//! | "Europol's European Cybercrime Centre" | `Europol`, `European Cybercrime Centre` | |
//! | "the FBI" | `FBI` | `FBI` |
//! | "the Beaumont and Hemet Police Departments" | `Beaumont Police Department`, `Hemet Police Department` | |
//!
//! Rules:
//! - **agency-head**: a run of capitalised words ending in a head word (Police, Force,
//!   Agency, Bureau, Department, Commission, Unit, Office, …), optionally continued by
//!   "of …" / "for …" ("Ministry of Health") or a purpose clause ("Centre to Counter
//!   Child Exploitation"). Weak heads (Office, Centre, Team,
//!   Authority, …) need a word of the trade in the name. Titles ("Head of …",
//!   "Police Commissioner") and descriptions ("Thai Police") are not agencies.
//! - **agency-known**: well-known names and abbreviations (INTERPOL, Europol, FBI, …).
//! - **agency-national-police**: "the Indonesian national police".
//! - **agency-plural**: "the A, B and C Police Departments" → one agency each.
//! - **agency-unit**: a unit named after an agency's possessive ("the Met's Economic
//!   Crime team").
//! - **agency-inner-abbr**: an abbreviation inside a name, before its unit head ("the
//!   Central Florida Internet Crimes Against Children (ICAC) Task Force").
//! - **agency-lower-case**: a lower-case ministry whose abbreviation spells its
//!   initials ("the ministry of external affairs (MEA)").
//! - **agency-us-department**: "the State Department" in an American story.
//!
//! Words inside a law's name ("the Economic and Organised Crime Office Act") name no
//! agency.
//!
//! An abbreviation in brackets right after the name goes to `abbr`; so does the
//! abbreviation of a well-known agency, so later bare mentions merge with it.

mod lexicon;

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::countries;
use crate::extract::lexicon::{Literals, Rule};
use crate::extract::memo::{self, Memo};
use crate::extract::Context;
use crate::span::Span;
use lexicon::{
    BARE_NAMES, BREAKS, COUNCIL_CRIMES, EVENT_NOUNS, GENERIC, HEADS, INSTITUTIONAL, KNOWN,
    NAME_POSSESSIVES, OPENERS, POLICE_FOLLOWERS, SERVICE_WORDS, TERMINAL_HEADS, TITLES,
    TRADE_WORDS, WEAK_HEADS,
};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::sync::LazyLock;

/// Words: "U.S.", "Attorney’s", "Miami-Dade", "&". The definition of a token:
/// [`token_spans`] finds the same spans by hand, and a test holds it to this regex.
#[cfg(test)]
static TOKEN: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?:[A-Z]\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’-]*|&")
        .expect("token compiles")
});

/// An abbreviation in brackets right after a name: " (SPF)", " (PNP-ACG)", "
/// (Bareskrim Polri)", " (EC3)" (read by [`stated_abbr`]).
static ABBR: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^\s*\(\s*(?P<abbr>[A-Z][A-Za-z0-9&.]{1,11}(?:[-–][A-Z][A-Za-z0-9&.]{1,11}|\s[A-Z][A-Za-z0-9&.]{1,11}|\s[0-9]{1,4})?)\s*\)",
    )
    .expect("abbr compiles")
});

/// The abbreviation stated in brackets at the start of `after` (a name's): words of
/// at least two capitals each ("SPF", "PNP-ACG", "HSI FAST"), or a known agency's
/// bare name alone or with its unit ("Polri", "Bareskrim Polri"); not a translation
/// of the name ("(Federal Police)") nor a place ("(Hong Kong)").
fn stated_abbr(after: &str) -> Option<String> {
    let a = ABBR.captures(after)?.name("abbr")?.as_str();
    let capitals = |w: &str| w.chars().filter(|c| c.is_ascii_uppercase()).count();
    let parts: Vec<&str> = a.split([' ', '-', '–']).collect();
    let ok = match parts.as_slice() {
        [one] => capitals(one) >= 2 || BARE_NAMES.contains(one),
        // a numbered task force's: "(CTF 150)"
        [letters, number] if number.bytes().all(|b| b.is_ascii_digit()) => capitals(letters) >= 2,
        // "PNP-ACG", "HSI FAST"; a known name and its unit: "Bareskrim Polri" (not
        // "(SAKI Grant)", "(Brooklyn Region)", "(Federal Police)")
        parts => {
            parts.iter().all(|p| capitals(p) >= 2)
                || !a.contains(['-', '–'])
                    && parts
                        .iter()
                        .any(|p| BARE_NAMES.contains(p) && !is_head_word(p))
        }
    };
    ok.then(|| a.to_string())
        .filter(|a| countries::find(a).is_empty())
}

/// Known bare names and abbreviations, whole words, case as written.
static KNOWN_MENTION: LazyLock<Rule> = LazyLock::new(|| {
    // Verbose mode ignores spaces: names of several words need `\s+`.
    let mut alts: Vec<String> = BARE_NAMES
        .iter()
        .map(|n| regex::escape(n).replace(' ', r"\s+"))
        .collect();
    alts.extend(
        KNOWN
            .iter()
            .filter(|k| k.bare)
            .map(|k| regex::escape(k.abbr)),
    );
    alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?:^|[^\p{{L}}\p{{N}}-])
        (?P<name>{})
        (?:['’]s)?
        (?:$|[^\p{{L}}\p{{N}}-])",
        alts.join("|")
    ))
    .expect("known mention compiles")
});

/// "the Met", "the Hawks": nicknames that need their article.
static NICKNAME: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"\b(?i:the)\s+(?P<name>Met|Hawks)\b(?P<poss>['’]s)?(?:\s+(?P<next>[A-Za-z]+))?",
    )
    .expect("nickname compiles")
});

/// "the Indonesian national police", "the Spanish National police".
static NATIONAL_POLICE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?P<name>
            [A-Z][\p{L}-]+\s+
            (?i:national|federal|state|royal|metropolitan|municipal|judicial|criminal)\s+
            police
        )\b",
    )
    .expect("national police compiles")
});

/// "the A, B, and C Police Departments".
static PLURAL: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?P<list>
            (?:[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,2},\s+)+
            (?:and\s+)?
            [A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,2}
        )
        \s+(?P<head>Police\s+Departments|Police\s+Forces|Sheriff['’]s\s+Offices|Sheriffs['’]\s+Offices|Police\s+Services)\b",
    )
    .expect("plural compiles")
});

/// "the Met's Economic Crime team": a unit of an agency, lower-case head.
static UNIT_OF: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?:['’]s)\s+
        (?P<name>
            [A-Z][\p{L}-]+(?:\s+(?:and\s+|of\s+)?[A-Z][\p{L}-]+){0,4}
            \s+(?:team|unit|squad|division|branch|department|bureau|command|taskforce)
        )\b",
    )
    .expect("unit-of compiles")
});

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    /// The word without a possessive ending.
    word: &'a str,
    /// Ends in 's / ’s.
    possessive: bool,
}

impl Tok<'_> {
    fn cap(&self) -> bool {
        self.word.starts_with(|c: char| c.is_uppercase())
    }
    fn connector(&self) -> bool {
        matches!(
            self.word,
            "of" | "and" | "for" | "the" | "&" | "de" | "del" | "la"
        )
    }
}

/// Append the `agency` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let mut found: Vec<Mention> = Vec::new();
    let menu = menu_blocks(ctx);
    for sentence in &ctx.segments.sentences {
        if menu.get(sentence.block).copied().unwrap_or(false) {
            continue;
        }
        let s = sentence.span;
        let mentions = sentence_mentions(s.slice(ctx.body));
        found.extend(
            mentions
                .into_iter()
                .map(|(span, name, abbr, rule)| (span.shift(s.start), name, abbr, rule)),
        );
    }
    at_home_mentions(ctx, &menu, &mut found);
    us_departments(ctx, &mut found);
    lower_case_ministries(ctx.body, &mut found);
    // "the Economic and Organised Crime Office Act, 2010": words of a law's name
    // name no body.
    if !found.is_empty() {
        let laws = ctx.laws();
        found.retain(|m| {
            !laws
                .iter()
                .any(|l| l.span.start <= m.0.start && m.0.end <= l.span.end)
        });
    }
    if found.iter().any(|m| m.3 == "agency-head") {
        let people: Vec<Span> = ctx.people().iter().map(|p| p.span()).collect();
        apart_from_people(ctx.body, &people, &mut found);
    }
    within_stated_abbrs(ctx.body, &mut found);
    settle(&mut found);
    for (span, name, abbr, rule) in found {
        out.push(ctx.fact(Value::Agency { name, abbr }, span, rule));
    }
}

/// Drops a known name read inside another agency's stated abbreviation of two
/// words, or as the whole of it: "Polri" in "the Criminal Investigation Agency
/// (Bareskrim Polri)" and in a later "Bareskrim Polri said"; "PNP-CIDG" in "the
/// Criminal Investigation and Detection Group (PNP-CIDG)".
fn within_stated_abbrs(body: &str, found: &mut Vec<Mention>) {
    let mut stated: Vec<&str> = found
        .iter()
        .filter_map(|f| f.2.as_deref())
        .filter(|a| a.contains([' ', '-', '–']))
        .collect();
    if stated.is_empty() {
        return;
    }
    stated.sort_unstable();
    stated.dedup();
    let spans: Vec<Span> = stated
        .iter()
        .flat_map(|a| {
            body.match_indices(a)
                .map(|(at, a)| Span::new(at, at + a.len()))
        })
        .collect();
    let stated_in = |f: &Mention| {
        f.3 == "agency-known"
            && spans
                .iter()
                .any(|s| s.start <= f.0.start && f.0.end <= s.end && s.len() >= f.0.len())
    };
    found.retain(|f| !stated_in(f));
}

/// Bare abbreviations that name an agency only in news from its home ([`KNOWN`]'s
/// `home`): "the AFP" in a story from Australia.
static AT_HOME_MENTION: LazyLock<Rule> = LazyLock::new(|| {
    let alts: Vec<String> = KNOWN
        .iter()
        .filter(|k| !k.home.is_empty())
        .map(|k| regex::escape(k.abbr))
        .collect();
    crate::extract::lexicon::regex(&format!(
        r"(?:^|[^\p{{L}}\p{{N}}-])(?P<name>{})(?:['’]s)?(?:$|[^\p{{L}}\p{{N}}-])",
        alts.join("|")
    ))
    .expect("at-home mention compiles")
});

/// The [`AT_HOME_MENTION`]s of the body whose home the article names.
fn at_home_mentions(ctx: &Context<'_>, menu: &[bool], found: &mut Vec<Mention>) {
    let body = ctx.body;
    let mut hits = AT_HOME_MENTION.captures_iter(body).peekable();
    if hits.peek().is_none() {
        return;
    }
    let named = ctx.named_places();
    for c in hits {
        let Some(m) = c.name("name") else { continue };
        let Some(k) = KNOWN.iter().find(|k| k.abbr == m.as_str()) else {
            continue;
        };
        let span = Span::new(m.start(), m.end());
        let in_menu = ctx
            .segments
            .sentence_at(span.start)
            .is_some_and(|s| menu.get(s.block).copied().unwrap_or(false));
        // In a line of capitals ("LEAVING BODIES ON ICE") a word is no abbreviation.
        let shouting = |w: Option<&str>| {
            w.map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
                .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase()))
        };
        let capitals = shouting(body[..span.start].split_whitespace().next_back())
            || shouting(body[span.end..].split_whitespace().next());
        if in_menu || capitals || !k.home.iter().any(|h| named.contains(h)) {
            continue;
        }
        found.push((
            span,
            k.abbr.to_string(),
            Some(k.abbr.to_string()),
            "agency-known",
        ));
    }
}

/// "the State Department", "the Justice Department": American departments by their
/// short names, without "U.S." (which the head rule reads: "U.S. State Department"),
/// in an article that names the United States; not "the State Department of Health".
static US_DEPARTMENT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"\b[Tt]he\s+(?P<name>(?:State|Justice|Treasury|Homeland\s+Security)\s+Department)\b",
    )
    .expect("us-department compiles")
});

fn us_departments(ctx: &Context<'_>, found: &mut Vec<Mention>) {
    let body = ctx.body;
    if !body.contains(" Department") {
        return;
    }
    // (the article's places, a pass over the whole body, are asked only once a
    // candidate turns up)
    let mut american = None;
    for c in US_DEPARTMENT.captures_iter(body) {
        let Some(m) = c.name("name") else { continue };
        let rest = body[m.end()..].trim_start_matches(' ');
        if rest.starts_with("of ") || rest.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        if !*american.get_or_insert_with(|| ctx.named_places().contains(&"United States")) {
            return;
        }
        let name = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        found.push((
            Span::new(m.start(), m.end()),
            name,
            None,
            "agency-us-department",
        ));
    }
}

/// "the ministry of external affairs (MEA)", "the department of revenue intelligence
/// (DRI)": a ministry in lower case (the house style of Indian papers) is a name when
/// the abbreviation after it has the initials of its words.
static LOWER_MINISTRY: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        \b(?P<name>(?:ministry|department|directorate|bureau)\s+of\s+
            [a-z][a-z-]*(?:\s+(?:and\s+|of\s+|for\s+)?[a-z][a-z-]*){0,4})
        \s*\(\s*(?P<abbr>[A-Z][A-Z0-9]{1,6})\s*\)",
    )
    .expect("lower-ministry compiles")
});

fn lower_case_ministries(body: &str, found: &mut Vec<Mention>) {
    if !body.contains("ministry")
        && !body.contains("department")
        && !body.contains("directorate")
        && !body.contains("bureau")
    {
        return;
    }
    for c in LOWER_MINISTRY.captures_iter(body) {
        let (Some(m), Some(abbr)) = (c.name("name"), c.name("abbr")) else {
            continue;
        };
        let words: Vec<&str> = m
            .as_str()
            .split_whitespace()
            .filter(|w| !matches!(*w, "of" | "and" | "for" | "the"))
            .collect();
        let initials: String = words
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        let letters: String = abbr
            .as_str()
            .chars()
            .filter(char::is_ascii_uppercase)
            .collect();
        if initials != letters {
            continue;
        }
        let name = m
            .as_str()
            .split_whitespace()
            .map(|w| match w {
                "of" | "and" | "for" | "the" => w.to_string(),
                _ => {
                    let mut cs = w.chars();
                    cs.next()
                        .map(|f| f.to_uppercase().chain(cs).collect())
                        .unwrap_or_default()
                }
            })
            .collect::<Vec<String>>()
            .join(" ");
        found.push((
            Span::new(m.start(), m.end()),
            name,
            Some(abbr.as_str().to_string()),
            "agency-lower-case",
        ));
    }
}

/// "the Central Florida Internet Crimes Against Children (ICAC) Task Force", "the
/// Joint Criminal Opioid and Darknet Enforcement (JCODE) team": an abbreviation in
/// brackets inside a name, a unit's head after it. The abbreviation is the whole
/// name's when its letters are the initials of the capitalised words right before
/// it (which end in no head of their own: "the Drug Enforcement Administration (DEA)
/// Task Force" is a task force of the DEA). The name takes the place words before
/// those ("Central Florida") and a capitalised head after the bracket; a lower-case
/// one ("team") stays out, and needs a word of the trade in the name.
///
/// (The name words are ASCII: with `\p{L}` the rule's lazy DFA, run over every
/// sentence that has a unit word, grew by ~2 MB over the bulk corpus.)
static INNER_ABBR: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?P<pre>[A-Z][A-Za-z-]*(?:\x20+(?:[A-Z][A-Za-z-]*|of|and|for|on|in|the|&))*)
        \x20+\(\s*(?P<abbr>[A-Z][A-Za-z0-9&]{1,9})\s*\)\x20+
        (?P<post>Task\x20+Force|Taskforce|Strike\x20+Force|Unit|Team|Division|Centre|Center|Squad|
            Section|Command|Group|team|unit|task\x20+force|taskforce|squad|division)\b",
    )
    .expect("inner-abbr compiles")
});

fn inner_abbr_rule(text: &str, found: &mut Vec<Mention>) {
    if !text.contains(") ") {
        return;
    }
    for c in INNER_ABBR.captures_iter(text) {
        let (Some(pre), Some(abbr), Some(post)) = (c.name("pre"), c.name("abbr"), c.name("post"))
        else {
            continue;
        };
        let words: Vec<(usize, &str)> = pre
            .as_str()
            .split(' ')
            .scan(pre.start(), |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        if words.last().is_some_and(|(_, w)| is_head(w)) {
            continue;
        }
        let letters: Vec<char> = abbr
            .as_str()
            .chars()
            .filter(char::is_ascii_uppercase)
            .collect();
        // The capitalised words from the end whose initials spell the letters.
        let mut need = letters.len();
        let mut first = words.len();
        for (i, (_, w)) in words.iter().enumerate().rev() {
            if need == 0 {
                break;
            }
            if !w.starts_with(|c: char| c.is_uppercase()) {
                if w.starts_with(|c: char| c.is_lowercase()) || *w == "&" {
                    continue;
                }
                break;
            }
            if !w.starts_with(letters[need - 1]) {
                break;
            }
            need -= 1;
            first = i;
        }
        if need > 0 || letters.len() < 2 || first == words.len() {
            continue;
        }
        // (up to three place words before them: "Central Florida")
        let mut places = 0;
        while first > 0 && places < 3 {
            let w = words[first - 1].1;
            // (not an agency's initials: "OCDA Human Exploitation And Trafficking
            // (HEAT) Unit" is a unit of the OCDA)
            let place = w.starts_with(|c: char| c.is_uppercase())
                && w.chars().any(char::is_lowercase)
                && !OPENERS.contains(w)
                && !BREAKS.contains(w)
                && !is_head(w)
                && !w.ends_with("'s")
                && !w.ends_with("’s");
            if !place {
                break;
            }
            first -= 1;
            places += 1;
        }
        let start = words[first].0;
        let capital_head = post.as_str().starts_with(|c: char| c.is_uppercase());
        // (before a lower-case "team" only a name of the trade: not "the National
        // Hockey League (NHL) team")
        if !capital_head && !words[first..].iter().any(|(_, w)| is_trade_word(w)) {
            continue;
        }
        let (end, name) = if capital_head {
            (
                post.end(),
                format!("{} {}", &text[start..pre.end()], post.as_str()),
            )
        } else {
            (pre.end(), text[start..pre.end()].to_string())
        };
        found.push((
            Span::new(start, end),
            name,
            Some(abbr.as_str().to_string()),
            "agency-inner-abbr",
        ));
    }
}

/// An agency's mention: where, its name, its abbreviation and the rule that found it.
type Mention = (Span, String, Option<String>, &'static str);

/// The agencies one sentence names, with spans relative to it (remembered for
/// sentences that recur across pages).
fn sentence_mentions(text: &str) -> Vec<Mention> {
    thread_local!(static MEMO: RefCell<Memo<Vec<Mention>>> = RefCell::default());
    memo::cached(&MEMO, text, || {
        let mut found = Vec::new();
        head_rule(text, &mut found);
        inner_abbr_rule(text, &mut found);

        known_rule(text, &mut found);
        for c in NATIONAL_POLICE.captures_iter(text) {
            let Some(m) = c.name("name") else { continue };
            let abbr = stated_abbr(&text[m.end()..]);
            found.push((
                Span::new(m.start(), m.end()),
                m.as_str().to_string(),
                abbr,
                "agency-national-police",
            ));
        }
        for c in PLURAL.captures_iter(text) {
            let (Some(list), Some(head)) = (c.name("list"), c.name("head")) else {
                continue;
            };
            let singular = singular_head(head.as_str());
            for part in split_list(list.as_str()) {
                let (a, b) = (list.start() + part.0, list.start() + part.1);
                let place = &text[a..b];
                found.push((
                    Span::new(a, head.end()),
                    format!("{place} {singular}"),
                    None,
                    "agency-plural",
                ));
            }
        }
        romance_rule(text, &mut found);
        for c in UNIT_OF.captures_iter(text) {
            let Some(m) = c.name("name") else { continue };
            if m.as_str().split_whitespace().any(|w| HEADS.contains(w)) {
                continue; // the head rule has it
            }
            found.push((
                Span::new(m.start(), m.end()),
                m.as_str().to_string(),
                None,
                "agency-unit",
            ));
        }
        found
    })
}

/// The institutions' words a [`ROMANCE`] name opens with, each as written (with and
/// without its accent): the rule's openers and its gate both come from this list.
const ROMANCE_OPENERS: &[&str] = &[
    "Fiscalía",
    "Fiscalia",
    "Secretaría",
    "Secretaria",
    "Procuraduría",
    "Procuraduria",
    "Procuradoria",
    "Procura",
    "Policía",
    "Policia",
    "Polícia",
    "Dirección",
    "Direccion",
    "Diretoria",
    "Ministerio",
    "Ministério",
    "Guardia",
    "Superintendencia",
    "Superintendência",
    "Unidad",
    "Agencia",
    "Agência",
    "Instituto",
    "Servicio",
    "Serviço",
    "Servico",
    "Comisión",
    "Comision",
    "Gendarmería",
    "Gendarmeria",
    "Prefectura",
    "Fuerza",
    "Carabineros",
    "Departamento",
    "Oficina",
    "Coordinación",
    "Coordinacion",
    "Brigada",
    "Receita",
    "Polizia",
];

/// An agency's name in Spanish, Portuguese or Italian, as translated releases leave
/// it, with its initials in brackets: "Fiscalía General de la República (FGR)",
/// "Secretaría de Seguridad y Protección Ciudadana (SSPC)", "Polícia Rodoviária
/// Federal (PRF)". It opens with an institution's word; the capitals of the
/// bracketed initials spell its capitalised words'. (The name's letters are Latin
/// ones spelled out: with `\p{L}` the rule's lazy DFA, run over every sentence with
/// a bracket and an opener's stem, held ~3 MB more over the bulk corpus.)
static ROMANCE: LazyLock<Rule> = LazyLock::new(|| {
    let mut openers = ROMANCE_OPENERS.to_vec();
    openers.sort_by_key(|o| std::cmp::Reverse(o.len()));
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        (?P<name>
          (?:{openers})
          (?:\x20+(?:(?:de|del|de\x20+la|de\x20+las|de\x20+los|da|do|das|dos|y|e|para|contra|di|della|dello|la|las|los)\x20+)?
             [A-ZÁÉÍÓÚÑÇ][a-zA-ZáéíóúñçâêôãõàèìòùüÁÉÍÓÚ-]*){{1,7}}
        )
        \x20*\(\s*(?P<abbr>[A-Z]{{2,8}})\s*\)",
        openers = openers.join("|")
    ))
    .expect("romance agency compiles")
});

/// [`ROMANCE_OPENERS`], found in one pass: the rule runs only where one is.
static ROMANCE_STEMS: LazyLock<Literals> = LazyLock::new(|| Literals::new(ROMANCE_OPENERS));

fn romance_rule(text: &str, found: &mut Vec<Mention>) {
    if !text.contains('(') || !ROMANCE_STEMS.any_in(text) {
        return;
    }
    for c in ROMANCE.captures_iter(text) {
        let (Some(name), Some(abbr)) = (c.name("name"), c.name("abbr")) else {
            continue;
        };
        let capitals: Vec<&str> = name
            .as_str()
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        let initials: String = capitals.iter().filter_map(|w| w.chars().next()).collect();
        if initials != abbr.as_str() {
            continue;
        }
        found.push((
            Span::new(name.start(), name.end()),
            name.as_str().to_string(),
            Some(abbr.as_str().to_string()),
            "agency-romance",
        ));
    }
}

/// Blocks inside page menus: six or more short lines in a row without sentence
/// punctuation ("Post-Conviction Bureau", "Frauds Bureau", …).
fn menu_blocks(ctx: &Context<'_>) -> Vec<bool> {
    let short: Vec<bool> = ctx
        .segments
        .blocks
        .iter()
        .map(|b| {
            let t = b.span.slice(ctx.body).trim();
            t.split_whitespace().nth(5).is_none() && !t.ends_with(['.', '!', '?', ':', ',', ';'])
        })
        .collect();
    let mut menu = vec![false; short.len()];
    let mut i = 0;
    while i < short.len() {
        if !short[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < short.len() && short[j] {
            j += 1;
        }
        if j - i >= 6 {
            menu[i..j].iter_mut().for_each(|m| *m = true);
        }
        i = j;
    }
    menu
}

/// A name of the head rule that holds the end of a person's name, then "and":
/// "Commissioner Jane E. Roe and New York City Department of Buildings" names the
/// person, then the agency (here the initial "E." ended the run, so it began at the
/// surname; "Analyst Jane Roe and …" holds the whole name). The agency is what
/// follows "and" (two words or more, a head among them); without "and" the words are
/// a person's and no agency's.
///
/// Only names written as found are cut (not one the rule rewrote), and only when the
/// words the two share hold no head word (a person's name that wrongly holds
/// "Department" leaves the agency whole). A person's name at the end of an agency's
/// is left alone: there the person's name is as often the one in error ("Housing
/// and Urban Development").
fn apart_from_people(body: &str, people: &[Span], found: &mut Vec<Mention>) {
    found.retain_mut(|m| {
        let at = m.0;
        if m.3 != "agency-head" || m.1 != at.slice(body) {
            return true;
        }
        let Some(p) = people
            .iter()
            .find(|p| p.start < at.end && at.start < p.end && p.end < at.end)
        else {
            return true;
        };
        if body[at.start..p.end].split_whitespace().any(is_head) {
            return true;
        }
        let Some(after) = body[p.end..at.end].strip_prefix(" and ") else {
            return false;
        };
        let after = after.trim_start();
        if !after.split_whitespace().any(is_head) || after.split_whitespace().nth(1).is_none() {
            return false;
        }
        m.0 = Span::new(at.end - after.len(), at.end);
        m.1 = after.to_string();
        if m.2.is_none() {
            m.2 = KNOWN_BY_FOLD.get(&fold(after)).map(|a| a.to_string());
        }
        true
    });
}

/// Article-level clean-up: one spelling of a ministry, abbreviations shared by every
/// mention of a name, a short form dropped when a longer name ends with it.
fn settle(found: &mut Vec<(Span, String, Option<String>, &'static str)>) {
    // Each step looks names up in a hash map built once, so settling costs the number
    // of mentions, not its square (a long page names thousands of agencies).
    // One spelling per name: "Attorney's" and "Attorney’s" are the same office.
    found.sort_by_key(|f| f.0);
    let mut spellings: HashMap<String, String> = HashMap::default();
    for f in found.iter_mut() {
        let key = f.1.replace('’', "'").to_lowercase();
        match spellings.get(&key) {
            Some(first) => f.1 = first.clone(),
            None => {
                spellings.insert(key, f.1.clone());
            }
        }
    }
    // "Health Ministry" → "Ministry of Health", "U.S. Justice Department" → "U.S.
    // Department of Justice" when the article also says so.
    let names: HashSet<String> = found.iter().map(|f| f.1.to_ascii_lowercase()).collect();
    // (a name as written still ends a shorter one: "Buildings Department" after "New
    // York City Buildings Department", whatever the longer one becomes)
    let mut written: Vec<String> = Vec::new();
    let long_forms = names.iter().any(|n| n.contains("department of "));
    for f in found.iter_mut() {
        if let Some(topic) = f.1.strip_suffix(" Ministry") {
            let long = format!("Ministry of {topic}");
            if names.contains(&long.to_ascii_lowercase()) {
                f.1 = long;
            }
        } else if let Some(long) = long_forms
            .then(|| department_of(&f.1, |l| names.contains(l)))
            .flatten()
        {
            written.push(std::mem::replace(&mut f.1, long));
        }
    }
    // Abbreviations: stated once, shared by every mention of the name.
    let mut abbrs: HashMap<String, String> = HashMap::default();
    for f in found.iter() {
        if let Some(a) = &f.2 {
            abbrs.entry(f.1.to_lowercase()).or_insert_with(|| a.clone());
        }
    }
    for f in found.iter_mut() {
        if f.2.is_none() {
            f.2 = abbrs.get(&f.1.to_lowercase()).cloned();
        }
    }
    // "the Justice Department" in an article that says "DOJ": the known agency's
    // short form takes its abbreviation (and so is one agency with it).
    let abbrs_used: HashSet<&str> = found.iter().filter_map(|f| f.2.as_deref()).collect();
    let short_abbr: Vec<Option<&'static str>> = found
        .iter()
        .map(|f| {
            if abbrs_used.is_empty() || f.2.is_some() || !f.1.ends_with(" Department") {
                return None;
            }
            let mut abbr = None;
            department_of(&f.1, |l| {
                abbr = KNOWN_BY_FOLD
                    .get(&fold(l))
                    .copied()
                    .filter(|a| abbrs_used.contains(a));
                abbr.is_some()
            });
            abbr
        })
        .collect();
    for (f, a) in found.iter_mut().zip(short_abbr) {
        if let Some(a) = a {
            f.2 = Some(a.to_string());
        }
    }
    // A bare mention of a stated abbreviation ("(Polri)" … "Polri") is that agency.
    let mut stated: HashMap<String, String> = HashMap::default();
    for a in found.iter().filter_map(|f| f.2.as_ref()) {
        stated
            .entry(a.to_ascii_lowercase())
            .or_insert_with(|| a.clone());
    }
    for f in found.iter_mut() {
        if f.2.is_none() {
            f.2 = stated.get(&f.1.to_ascii_lowercase()).cloned();
        }
    }
    // "State Attorney's Office" after "Miami-Dade State Attorney's Office": drop a
    // name that ends a longer one (after a space).
    let mut tails: HashSet<String> = HashSet::default();
    for name in found.iter().map(|f| &f.1).chain(&written) {
        let lower = name.to_lowercase();
        for (i, _) in lower.match_indices(' ') {
            tails.insert(lower[i + 1..].to_string());
        }
    }
    found.retain(|f| f.2.is_some() || !tails.contains(&f.1.to_lowercase()));
    // A name the head rule ends at its head word, and a known name that starts
    // inside it and runs on ("French Gendarmerie" and "Gendarmerie Nationale"): one
    // name, "French Gendarmerie Nationale". (Both as written, so the words join.)
    for i in 1..found.len() {
        let (a, b) = (&found[i - 1], &found[i]);
        let joins = a.3 == "agency-head"
            && b.3 == "agency-known"
            && a.0.start < b.0.start
            && b.0.start < a.0.end
            && a.0.end < b.0.end
            && a.1.len() == a.0.len()
            && b.1.len() == b.0.len();
        let rest = b.1.get(a.0.end.saturating_sub(b.0.start)..);
        if let Some(rest) = rest.filter(|_| joins) {
            let name = format!("{}{rest}", a.1);
            let abbr = a.2.clone().or_else(|| b.2.clone());
            found[i] = (Span::new(a.0.start, b.0.end), name, abbr, "agency-head");
            found[i - 1].3 = "";
        }
    }
    found.retain(|f| !f.3.is_empty());
    // A name without initials that opens a longer name ("National Police" in "the
    // National Police of Ukraine", "Internal Revenue Service" in "Internal Revenue
    // Service Criminal Investigation"): the longer one. (The mentions that start at
    // one place are found through a map, so settling stays linear.)
    let mut by_start: HashMap<usize, Vec<(usize, &str)>> = HashMap::default();
    for (span, name, ..) in found.iter() {
        by_start
            .entry(span.start)
            .or_default()
            .push((span.end, name.as_str()));
    }
    let opens_longer: Vec<bool> = found
        .iter()
        .map(|(span, name, abbr, rule)| {
            matches!(*rule, "agency-known" | "agency-head")
                && abbr.is_none()
                && by_start[&span.start]
                    .iter()
                    .any(|&(end, long)| span.end < end && long.starts_with(name.as_str()))
        })
        .collect();
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !opens_longer[k - 1]
    });
}

/// The long form of a department named by its remit before "Department" ("Homeland
/// Security Department" → "Department of Homeland Security", "U.S. Justice
/// Department" → "U.S. Department of Justice") that `known` (asked in lower case)
/// knows. A short form without a place may stand for the American long form ("Justice
/// Department" → "U.S. Department of Justice").
fn department_of(name: &str, mut known: impl FnMut(&str) -> bool) -> Option<String> {
    let head = name.strip_suffix(" Department")?;
    let words: Vec<&str> = head.split(' ').collect();
    // the remit is the last word or two ("Justice", "Homeland Security"); the words
    // before it, the place
    for n in 1..=words.len().min(3) {
        let (place, remit) = words.split_at(words.len() - n);
        let remit = remit.join(" ");
        let mut forms = vec![match place {
            [] => format!("Department of {remit}"),
            _ => format!("{} Department of {remit}", place.join(" ")),
        }];
        if place.is_empty() {
            forms.push(format!("U.S. Department of {remit}"));
            forms.push(format!("United States Department of {remit}"));
        }
        for long in forms {
            if known(&long.to_ascii_lowercase()) {
                return Some(long);
            }
        }
    }
    None
}

/// Titles of an agency's officers that may follow a unit's name ("Branch Commander").
const OFFICER_TITLES: &[&str] = &[
    "Commander",
    "Chief",
    "Head",
    "Director",
    "Officer",
    "Inspector",
    "Superintendent",
    "Supt",
    "Manager",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Deputy",
    "Assistant",
    "Commandant",
    "Lead",
    "Leader",
    "Coordinator",
    "Supervisor",
];

/// [`KNOWN`] agencies by folded name → abbreviation (the first entry wins).
static KNOWN_BY_FOLD: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for k in KNOWN {
        map.entry(fold(k.name)).or_insert(k.abbr);
    }
    map
});

/// [`KNOWN`] agencies by name and by abbreviation → abbreviation (the first entry
/// wins).
static KNOWN_BY_NAME: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for k in KNOWN {
        map.entry(k.abbr).or_insert(k.abbr);
        map.entry(k.name).or_insert(k.abbr);
    }
    map
});

fn singular_head(h: &str) -> String {
    let words: Vec<&str> = h.split_whitespace().collect();
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    if let Some(last) = out.last_mut() {
        *last = match last.as_str() {
            "Departments" => "Department".into(),
            "Forces" => "Force".into(),
            "Offices" => "Office".into(),
            "Services" => "Service".into(),
            other => other.to_string(),
        };
    }
    if let Some(first) = out.first_mut() {
        if first.starts_with("Sheriffs") {
            *first = "Sheriff’s".into();
        }
    }
    out.join(" ")
}

/// Byte ranges of the names in "A, B, and C".
fn split_list(list: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for part in list.split(',') {
        let start = at;
        at += part.len() + 1;
        let trimmed = part.trim();
        let t = trimmed.strip_prefix("and ").unwrap_or(trimmed).trim();
        if t.is_empty() {
            continue;
        }
        let off = start + part.find(t).unwrap_or(0);
        out.push((off, off + t.len()));
    }
    out
}

/// "PNP-CIDG", "PNP-HPG": two capitals' words joined by a hyphen, the Philippine
/// press's way of naming a unit with its parent force (read by [`hyphened_units`]).
static HYPHENED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?:^|[^A-Za-z0-9-])(?P<name>(?P<parent>[A-Z]{2,6})-(?P<unit>[A-Z]{2,6}))(?:['’]s)?(?:$|[^A-Za-z0-9-])",
    )
    .expect("hyphened compiles")
});

/// A known unit after its known parent and a hyphen ("PNP-CIDG"): the unit, as
/// written, with the unit's abbreviation (so a bare "CIDG" later is the same agency).
fn hyphened_units(text: &str, found: &mut Vec<Mention>) {
    // (a capital on both sides of a hyphen, found by a byte scan, before the regex)
    let b = text.as_bytes();
    let joined = memchr::memchr_iter(b'-', b).any(|i| {
        i > 0 && b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
    });
    if !joined {
        return;
    }
    let bare = |w: &str| KNOWN.iter().any(|k| k.bare && k.abbr == w);
    for c in HYPHENED.captures_iter(text) {
        let (Some(m), Some(parent), Some(unit)) =
            (c.name("name"), c.name("parent"), c.name("unit"))
        else {
            continue;
        };
        if bare(parent.as_str()) && bare(unit.as_str()) {
            found.push((
                Span::new(m.start(), m.end()),
                m.as_str().to_string(),
                Some(unit.as_str().to_string()),
                "agency-known",
            ));
        }
    }
}

fn known_rule(text: &str, found: &mut Vec<Mention>) {
    hyphened_units(text, found);
    for c in KNOWN_MENTION.captures_iter(text) {
        let Some(m) = c.name("name") else { continue };
        let name = m.as_str();
        // "National Police" alone is a force's name only when it stands alone: not in
        // "National Police Week" or "the Israeli National Police" (the national-police
        // rule's), where it is part of another name.
        if name.split_whitespace().all(|w| GENERIC.contains(w))
            && (next_word_capitalised(&text[m.end()..])
                || prev_word_capitalised(&text[..m.start()]))
        {
            continue;
        }
        let stated = stated_abbr(&text[m.end()..]);
        let abbr = stated.or_else(|| KNOWN_BY_NAME.get(name).map(|a| a.to_string()));
        found.push((
            Span::new(m.start(), m.end()),
            name.to_string(),
            abbr,
            "agency-known",
        ));
    }
    for c in NICKNAME.captures_iter(text) {
        let Some(m) = c.name("name") else { continue };
        // "the Met Office", "the Met Gala" are something else.
        let poss = c.name("poss").is_some();
        if !poss
            && c.name("next")
                .is_some_and(|n| n.as_str().starts_with(|ch: char| ch.is_uppercase()))
        {
            continue;
        }
        found.push((
            Span::new(m.start(), m.end()),
            m.as_str().to_string(),
            None,
            "agency-known",
        ));
    }
}

/// Whether the word right after `rest`'s leading spaces opens with a capital.
fn next_word_capitalised(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    trimmed.len() < rest.len() && trimmed.starts_with(char::is_uppercase)
}

/// Whether the word that ends `before` (before its trailing spaces) opens with a
/// capital; a possessive ("Spain's") and a sentence's "The" do not count.
fn prev_word_capitalised(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() == before.len()
        || trimmed.ends_with(['s', 'S']) && {
            let t = &trimmed[..trimmed.len() - 1];
            t.ends_with('\'') || t.ends_with('’')
        }
    {
        return false;
    }
    trimmed
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !matches!(w, "The" | "THE"))
}

/// Whether `w` is a head word, allowing one dropped letter in long heads
/// ("Commssion").
/// Whether `w` is a word an agency's name ends in ("Police", "Force", "Bureau" …),
/// as written.
pub(crate) fn is_head_word(w: &str) -> bool {
    HEADS.contains(w)
}

fn is_head(w: &str) -> bool {
    HEADS.contains(w)
        || (w.len() >= 8
            && w.starts_with(|c: char| c.is_uppercase())
            && HEADS
                .iter()
                .any(|h| h.len() == w.len() + 1 && h.len() >= 9 && one_dropped(h, w)))
}

fn one_dropped(long: &str, short: &str) -> bool {
    let (l, s) = (long.as_bytes(), short.as_bytes());
    let i = l.iter().zip(s).take_while(|(a, b)| a == b).count();
    // A dropped last letter is a different word ("Investigation"), not a typo.
    i < s.len() && l.get(i + 1..) == s.get(i..)
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    for (start, end) in token_spans(text) {
        let t = &text[start..end];
        // "Australian Federal Police-led Joint … Team": the head ends one name, and
        // the participle (lower case) keeps the next apart.
        if let Some((head, _)) = t
            .rsplit_once('-')
            .filter(|(head, _)| participle_compound(t) && is_head(head))
        {
            let cut = start + head.len();
            toks.push(Tok {
                start,
                end: cut,
                word: head,
                possessive: false,
            });
            toks.push(Tok {
                start: cut + 1,
                end,
                word: &text[cut + 1..end],
                possessive: false,
            });
            continue;
        }
        let stem = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s"));
        let stem = stem.or_else(|| t.strip_suffix("s'").map(|_| &t[..t.len() - 1]));
        toks.push(Tok {
            start,
            end,
            word: stem.unwrap_or(t),
            possessive: stem.is_some(),
        });
    }
    toks
}

/// The matches of [`TOKEN`] in `text`, found by hand: the regex ran twice over every
/// word (to find a token's end, then its start) of every sentence with a head word.
/// Leftmost-first, as the regex: at each start an initialism ("U.S.", two letters or
/// more) before a word, then `&`; a test holds the two to the same spans.
fn token_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    use crate::extract::lexicon::chars::is_letter_or_number;
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            // (?:[A-Z]\.){2,}
            let mut end = start;
            while bytes.get(end).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(end + 1) == Some(&b'.')
            {
                end += 2;
            }
            if end - start >= 4 {
                at = end;
                return Some((start, end));
            }
            let c = text[start..].chars().next()?;
            at = start + c.len_utf8();
            if c == '&' {
                return Some((start, at));
            }
            // [\p{L}\p{N}][\p{L}\p{N}'’-]*
            if is_letter_or_number(c) {
                for d in text[at..].chars() {
                    if !(is_letter_or_number(d) || matches!(d, '\'' | '’' | '-')) {
                        break;
                    }
                    at += d.len_utf8();
                }
                return Some((start, at));
            }
        }
        None
    })
}

/// The first four letters of every head word: a sentence without any has no head.
static HEAD_STEMS: LazyLock<Literals> = LazyLock::new(|| {
    let stems: Vec<&str> = HEADS.iter().map(|h| &h[..4]).collect();
    Literals::new(&stems)
});

/// The head-word rule over one sentence.
fn head_rule(text: &str, found: &mut Vec<Mention>) {
    if !HEAD_STEMS.any_in(text) {
        return;
    }
    let toks = tokens(text);
    // Runs of capitalised words and the connectors between them.
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].cap() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < toks.len()
            && (gap_joins(&text[toks[j].end..toks[j + 1].start], toks[j], toks[j + 1])
                || list_in_name(text, &toks, i, j))
        {
            let next = toks[j + 1];
            let cap_at = |k: usize| toks.get(k).is_some_and(|t| t.cap());
            let the_then_cap = matches!(next.word, "of" | "for")
                && toks.get(j + 2).is_some_and(|t| t.word == "the")
                && cap_at(j + 3);
            // "Anti-Trafficking in Persons Division": the crime's own name.
            let trafficking_in = next.word == "in"
                && toks[j].word.ends_with("Trafficking")
                && toks
                    .get(j + 2)
                    .is_some_and(|t| matches!(t.word, "Persons" | "Human"));
            let joins = next.cap()
                || (next.connector() && (cap_at(j + 2) || the_then_cap) && !toks[j].possessive)
                || trafficking_in
                || purpose_after(&toks, j);
            if !joins {
                break;
            }
            j += 1;
        }
        // A run longer than any name is shouting, not naming (and would make the
        // recursive scan deep).
        if j - i > 40 {
            i = j + 1;
            continue;
        }
        // Split the run at possessives that are not part of a name ("Europol's").
        let mut a = i;
        for k in i..=j {
            let end_here = toks[k].possessive && !NAME_POSSESSIVES.contains(toks[k].word);
            if end_here || k == j {
                scan(text, &toks, a, k + 1, j, found);
                a = k + 1;
            }
        }
        i = j + 1;
    }
}

/// Whether the gap between two words keeps them in one name: a space, or a dash
/// after a head ("Special Investigations Section – Narcotics Unit").
fn gap_joins(gap: &str, left: Tok<'_>, right: Tok<'_>) -> bool {
    gap.chars().all(|c| c == ' ')
        || (is_head(left.word)
            && matches!(gap, " – " | " - " | " — ")
            && !OPENERS.contains(right.word))
}

/// A comma inside an "of" list of a name ("Bureau of Alcohol, Tobacco, Firearms and
/// Explosives"): after a head and "of", one word at a time, none of them a head.
fn list_in_name(text: &str, toks: &[Tok<'_>], i: usize, j: usize) -> bool {
    let (Some(last), Some(next)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    let run = &toks[i..=j];
    let of_after_head = run
        .windows(2)
        .any(|w| is_head(w[0].word) && w[1].word == "of");
    let element_ends = match toks.get(j + 2) {
        Some(after) => {
            let gap = &text[next.end..after.start];
            gap == ", " || (gap == " " && after.word == "and")
        }
        None => false,
    };
    &text[last.end..next.start] == ", "
        && of_after_head
        && element_ends
        && next.cap()
        && !is_head(next.word)
        && !is_head(last.word)
        && !last.possessive
}

/// Candidates among `toks[from..to]`; `run_end` is the last token of the whole run.
fn scan(
    text: &str,
    toks: &[Tok<'_>],
    from: usize,
    to: usize,
    run_end: usize,
    found: &mut Vec<Mention>,
) {
    if from >= to {
        return;
    }
    // Titles: "Head of …", "Commanding Officer of the …".
    let mut a = from;
    for k in from..to {
        if TITLES.contains(toks[k].word)
            && toks.get(k + 1).is_some_and(|t| t.word == "of")
            && k + 1 < to
        {
            a = k + 2;
            if toks.get(a).is_some_and(|t| t.word == "the") {
                a += 1;
            }
        }
    }
    while a < to
        && (OPENERS.contains(toks[a].word)
            || toks[a].connector()
            || participle_compound(toks[a].word)
            || matches!(
                toks[a].word,
                "Deputy" | "Assistant" | "Senior" | "Executive" | "Acting" | "Chief" | "Head"
            ))
    {
        a += 1;
    }
    let Some(h) = (a..to).find(|&k| is_head(toks[k].word) || district_head(toks, k)) else {
        return;
    };
    // Headline verbs, prepositions and pronouns are never inside a name ("Urges
    // Department of Justice", "Releases His Office").
    if let Some(b) = (a..h).rev().find(|&k| breaks_name(toks, a, k)) {
        a = b + 1;
    }
    // "FBI and United States Attorney's Office": a known agency before "and".
    if let Some(and) = (a..h).rev().find(|&k| toks[k].word == "and") {
        let before = toks[and.saturating_sub(1)].word;
        let acronym = before.len() >= 2 && before.chars().all(|c| c.is_ascii_uppercase());
        // … or a person before "and" (four words or more: "State Attorney Jane Roe
        // and Miami Beach Police Department").
        let words_before = (a..and).filter(|&k| !toks[k].connector()).count();
        if and > a && (acronym || BARE_NAMES.contains(before) || words_before >= 4) {
            a = and + 1;
        }
    }
    // "Sergeant Lee of the … Police Department": the name starts after "of", unless
    // the words before it name a place ("City of Miami Police Department").
    if let Some(of) = (a..h).rev().find(|&k| matches!(toks[k].word, "of" | "for")) {
        let place_word = of > 0
            && matches!(
                toks[of - 1].word,
                "City"
                    | "County"
                    | "State"
                    | "Town"
                    | "Village"
                    | "Province"
                    | "Commonwealth"
                    | "Republic"
                    | "Government"
                    | "Borough"
                    | "Kingdom"
                    | "Port"
                    | "Territory"
            );
        if !place_word {
            a = of + 1;
            if toks.get(a).is_some_and(|t| t.word == "the") {
                a += 1;
            }
        }
    }
    let mut e = h;
    loop {
        let next = e + 1;
        if next >= to {
            break;
        }
        let t = toks[next];
        if is_head(t.word) || district_head(toks, next) {
            // "… Attorney's Office Bureau of Investigation": a second agency.
            if TERMINAL_HEADS.contains(toks[e].word) && has_valid(text, toks, next, to, run_end) {
                emit(text, toks, a, e, run_end, found);
                scan(text, toks, next, to, run_end, found);
                return;
            }
            e = next;
            continue;
        }
        if matches!(t.word, "of" | "for" | "Against") || purpose_after(toks, e) {
            let mut c = next + 1;
            if toks.get(c).is_some_and(|t| t.word == "the") {
                c += 1;
            }
            // "and" continues the name only when the run ends at punctuation.
            let followed_by_word = toks.get(run_end + 1).is_some_and(|n| {
                text[toks[run_end].end..n.start]
                    .chars()
                    .all(char::is_whitespace)
                    && !n.cap()
            });
            let mut cend = to;
            let listed = (c..to.saturating_sub(1))
                .any(|k| text[toks[k].end..toks[k + 1].start].starts_with(','));
            // "of Bavaria and Bavarian prosecutors": the name ends before "and".
            if let Some(and) = (c..to).find(|&k| toks[k].word == "and") {
                let adjective = and + 2 == to
                    && toks.get(and + 1).is_some_and(|t| {
                        ["ian", "ese", "ish", "ean"]
                            .iter()
                            .any(|e| t.word.ends_with(e))
                    });
                if !listed && adjective && (followed_by_word || to <= run_end) {
                    cend = and;
                }
            }
            // "Department of Investigation Commissioner Jane Roe": a title ends it.
            if let Some(t) = (c..cend).find(|&k| title_at(toks, k)) {
                cend = t;
                if cend <= c {
                    break;
                }
            }
            // "Department of Insurance and Orange County District Attorney's Office":
            // two agencies; "of Environmental Health and District Attorney
            // Investigators": the name ends before "and".
            if let Some(and) = (c..cend).find(|&k| toks[k].word == "and") {
                if has_valid(text, toks, and + 1, to, run_end) {
                    emit(text, toks, a, and - 1, run_end, found);
                    scan(text, toks, and + 1, to, run_end, found);
                    return;
                }
                if !listed && (and + 1..cend).filter(|&k| !toks[k].connector()).count() >= 3 {
                    cend = and;
                }
            }
            // The name's words after "of" (the joining words aside).
            let words = (c..cend).filter(|&k| !toks[k].connector()).count();
            if let Some(ih) = (c..cend).find(|&k| is_head(toks[k].word)) {
                // "Department of Justice Bureau of Gaming Control": the second name
                // starts at the inner head when that is a name on its own …
                if ih > c && has_valid(text, toks, ih, to, run_end) {
                    // … yet "Division of the National Bureau of Investigation": only
                    // an institution's modifiers before the inner head, which name it
                    // with its head.
                    let modifiers = (c..ih).all(|k| {
                        INSTITUTIONAL.contains(toks[k].word) || GENERIC.contains(toks[k].word)
                    });
                    if modifiers && a < e && has_valid(text, toks, c, to, run_end) {
                        emit(text, toks, a, e, run_end, found);
                        scan(text, toks, c, to, run_end, found);
                        return;
                    }
                    emit(text, toks, a, ih - 1, run_end, found);
                    scan(text, toks, ih, to, run_end, found);
                    return;
                }
                // … else right after "of": "Crime Branch of the Criminal Investigation
                // Department", "New York Office of the U.S. Postal Inspection Service" —
                // unless a bare head opens the name ("Directorate of Criminal
                // Investigations", "Division of Confidential Investigations").
                let bare_head = a == e && toks[a].word != "Police" && words <= 5;
                if has_valid(text, toks, c, cend, run_end) && !bare_head {
                    emit(text, toks, a, e, run_end, found);
                    scan(text, toks, c, to, run_end, found);
                    return;
                }
            }
            if words == 0 || words > 5 {
                break;
            }
            e = cend - 1;
            emit(text, toks, a, e, run_end, found);
            if cend < to {
                scan(text, toks, cend + 1, to, run_end, found);
            }
            return;
        }
        if t.connector() {
            emit(text, toks, a, e, run_end, found);
            scan(text, toks, next + 1, to, run_end, found);
            return;
        }
        // A capitalised word after a head: a second name, or more of this one.
        if TERMINAL_HEADS.contains(toks[e].word) && has_valid(text, toks, next, to, run_end) {
            emit(text, toks, a, e, run_end, found);
            scan(text, toks, next, to, run_end, found);
            return;
        }
        match (next..to).find(|&k| is_head(toks[k].word)) {
            Some(h2)
                if !(next..h2).any(|k| toks[k].connector() || BREAKS.contains(toks[k].word)) =>
            {
                e = h2
            }
            _ => break,
        }
    }
    // "Deputy Bureau Chief": a title around the head.
    if e > a
        && TITLES.contains(toks[e - 1].word)
        && toks.get(e + 1).is_some_and(|t| TITLES.contains(t.word))
    {
        return;
    }
    if toks[h].word == "Police"
        && e == h
        && toks
            .get(e + 1)
            .is_some_and(|t| POLICE_FOLLOWERS.contains(t.word))
    {
        return;
    }
    emit(text, toks, a, e, run_end, found);
}

/// Verbs that open a purpose clause inside a name: "Centre to Counter Child
/// Exploitation", "Task Force to Combat Trafficking".
const PURPOSE_VERBS: &[&str] = &[
    "Counter",
    "Combat",
    "Fight",
    "Prevent",
    "Investigate",
    "Tackle",
    "Protect",
    "End",
    "Stop",
    "Suppress",
    "Eradicate",
];

/// Whether the name's head at token `e` goes on with a purpose clause: "to" and one of
/// [`PURPOSE_VERBS`] ("Australian Centre to Counter Child Exploitation"), not a
/// headline's infinitive ("Sheriff's Office to Hold Briefing").
fn purpose_after(toks: &[Tok<'_>], e: usize) -> bool {
    is_head(toks[e].word)
        && toks.get(e + 1).is_some_and(|t| t.word == "to")
        && toks
            .get(e + 2)
            .is_some_and(|t| PURPOSE_VERBS.contains(&t.word))
}

/// A capitalised compound that only describes what follows it: "AFP-led",
/// "Singapore-based", "US-backed" (not "Anti-Scam", "Counter-Narcotics").
fn participle_compound(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, last)| {
        matches!(
            last,
            "led" | "based" | "backed" | "funded" | "run" | "owned" | "linked" | "registered"
        )
    })
}

/// Whether token `k` is a title that ends a name ("Department of Investigation
/// Commissioner Jane Roe"). A title's modifier ("Special", "Senior") is one only
/// before another title word or any word not of the trade ("Special Agent",
/// "Special Investigator"): "Department of Special Investigation" is a name.
fn title_at(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].word;
    if !TITLES.contains(w) {
        return false;
    }
    let modifier = matches!(
        w,
        "Special" | "Senior" | "Executive" | "Acting" | "Former" | "Deputy" | "Assistant"
    );
    // (before a word of the trade it is the name's: "Special Investigation",
    // "Special Prosecutions Unit"; else an office's: "Special Investigator")
    !modifier
        || toks
            .get(k + 1)
            .is_none_or(|t| TITLES.contains(t.word) || !(is_head(t.word) || is_trade_word(t.word)))
}

/// "District" is a head only in "Police District".
fn district_head(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].word == "District" && k > 0 && toks[k - 1].word == "Police"
}

/// Whether a name starts at `from`: its first head, the heads right after it and an
/// "of" continuation make a valid name. No recursion, so runs of many heads stay
/// linear.
/// Whether token `k` of a name opening at token `a` is one of [`BREAKS`]: a
/// headline's verb, a preposition or a pronoun. "Led" after a word that is no
/// body's name is a compound's ("Intelligence Led Policing Unit"), not a verb's
/// ("FBI Led", "Police Led").
fn breaks_name(toks: &[Tok<'_>], a: usize, k: usize) -> bool {
    let word = toks[k].word;
    let compound = word == "Led"
        && k > a
        && !is_head(toks[k - 1].word)
        && !toks[k - 1].word.chars().all(|c| c.is_ascii_uppercase());
    BREAKS.contains(word) && !compound
}

fn has_valid(text: &str, toks: &[Tok<'_>], from: usize, to: usize, _run_end: usize) -> bool {
    let mut a = from;
    while a < to && (OPENERS.contains(toks[a].word) || toks[a].connector()) {
        a += 1;
    }
    let Some(h) = (a..to).find(|&k| is_head(toks[k].word) || district_head(toks, k)) else {
        return false;
    };
    if (a..h).any(|k| breaks_name(toks, a, k) || toks[k].connector() && toks[k].word != "and") {
        return false;
    }
    let mut e = h;
    while e + 1 < to && (is_head(toks[e + 1].word) || district_head(toks, e + 1)) {
        e += 1;
    }
    if valid(text, toks, a, e).is_some() {
        return true;
    }
    if e + 1 < to && matches!(toks[e + 1].word, "of" | "for") {
        let mut c = e + 2;
        if toks.get(c).is_some_and(|t| t.word == "the") {
            c += 1;
        }
        let mut end = c;
        while end + 1 < to && !toks[end + 1].connector() && !is_head(toks[end + 1].word) {
            end += 1;
        }
        return end < to && c <= end && valid(text, toks, a, end).is_some();
    }
    false
}

/// A word of the trade ([`TRADE_WORDS`]), or a compound with one after a hyphen:
/// "Anti-Cybercrime Group", "Counter-Narcotics Team", "Cyber-Crime Unit".
fn is_trade_word(word: &str) -> bool {
    TRADE_WORDS.contains(word)
        || (word.contains('-') && word.split('-').skip(1).any(|p| TRADE_WORDS.contains(p)))
}

/// The name of `toks[a..=e]` when it is an agency.
fn valid<'t>(text: &'t str, toks: &[Tok<'_>], a: usize, e: usize) -> Option<&'t str> {
    if a > e || e >= toks.len() {
        return None;
    }
    let words: Vec<&str> = toks[a..=e]
        .iter()
        .filter(|t| !t.connector())
        .map(|t| t.word)
        .collect();
    if words.len() < 2 || words.len() > 12 {
        return None;
    }
    let heads: Vec<&str> = words.iter().copied().filter(|w| is_head(w)).collect();
    let last = toks[e].word;
    let service = last == "Service" && words.iter().any(|w| SERVICE_WORDS.contains(w));
    if WEAK_HEADS.contains(last)
        && !words.iter().any(|w| is_trade_word(w))
        && !service
        && !toks[a..=e]
            .iter()
            .any(|t| t.possessive && NAME_POSSESSIVES.contains(t.word))
    {
        return None;
    }
    if words
        .iter()
        .any(|w| *w == "Operation" || w.chars().any(|c| c.is_ascii_digit()))
        || (a..=e).any(|k| !toks[k].connector() && breaks_name(toks, a, k))
    {
        return None;
    }
    if words.iter().all(|w| is_head(w) || TITLES.contains(w)) {
        return None;
    }
    if heads == ["Council"]
        && !words
            .iter()
            .any(|w| w.split('-').any(|p| COUNCIL_CRIMES.contains(p)))
    {
        return None;
    }
    // "Brazil's Federal Police (PF)", "the Civil Police (PC)": an abbreviation stated
    // right after the words makes them a body's name, however generic.
    let named = || stated_abbr(&text[toks[e].end..]).is_some();
    // "Thai Police", "Hong Kong Police": a description.
    // "Thai Police", "Dallas Police": a place's police is a description unless the
    // name has an institutional word ("Royal Thai Police", "Pennsylvania State Police").
    // A South Asian district's or city's police is its force's name ("Varanasi
    // Police", "Ludhiana Police": each district's force is named so).
    let south_asian = || {
        let place = text[toks[a].start..toks[e].start].trim_end();
        last == "Police"
            && matches!(
                countries::place_of(place),
                Some("India" | "Pakistan" | "Bangladesh" | "Nepal" | "Sri Lanka")
            )
    };
    if heads == ["Police"]
        && last != "District"
        && !words.iter().any(|w| INSTITUTIONAL.contains(w))
        && !named()
        && !south_asian()
    {
        return None;
    }
    // "Task Force", "Special Unit": nothing but generic words.
    if words.iter().all(|w| is_head(w) || GENERIC.contains(w)) && !named() {
        return None;
    }
    // "Combined Maritime Forces"; not "Joining Forces to End Human Trafficking" (a
    // programme's slogan).
    if words.contains(&"Forces") && last != "Forces" {
        return None;
    }
    if last == "Guard" && words.iter().rev().nth(1) == Some(&"Security") {
        return None;
    }
    // "California Highway Patrol", "Washington State Patrol": a place's patrol on
    // roads, borders or waters is a force; a "Neighbourhood Watch Patrol", a "Police
    // Patrol" or a bare "Highway Patrol" is not.
    if last == "Patrol"
        && (words.len() < 3
            || !matches!(
                words.iter().rev().nth(1),
                Some(
                    &("Highway" | "State" | "Border" | "Marine" | "Harbor" | "Harbour" | "Customs")
                )
            ))
    {
        return None;
    }
    // A navy intercepts and seizes at sea in most countries; America's may not
    // enforce the law at all ("a U.S. Navy veteran"). "Go Navy" cheers a team, the
    // "Brooklyn Navy Yard" is a place.
    if last == "Navy" {
        let before = &words[..words.len() - 1];
        let american = matches!(before, [.., "US" | "U.S." | "States"]);
        let place = toks.get(e + 1).is_some_and(|t| t.word == "Yard");
        if american || place || before == ["Go"] {
            return None;
        }
    }
    let name = &text[toks[a].start..toks[e].start + toks[e].word.len()];
    Some(name)
}

fn emit(
    text: &str,
    toks: &[Tok<'_>],
    a: usize,
    e: usize,
    run_end: usize,
    found: &mut Vec<Mention>,
) {
    let Some(name) = valid(text, toks, a, e) else {
        return;
    };
    // "the … Task Force meeting": the name only qualifies an event or a product.
    if e == run_end
        && toks.get(e + 1).is_some_and(|n| {
            text[toks[e].end..n.start].chars().all(char::is_whitespace)
                && EVENT_NOUNS.contains(n.word)
        })
    {
        return;
    }
    // "… Criminal Code and Section 240b of …": a citation, not a section of a body.
    if matches!(toks[e].word, "Section" | "Sections")
        && text[toks[e].end..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return;
    }
    // "NCA Branch Commander Ruth Adeyemi": an abbreviation and a bare head before an
    // officer's title name an office of that agency, not a body of its own.
    if e == a + 1
        && toks[a].word.len() >= 2
        && toks[a].word.chars().all(|c| c.is_ascii_uppercase())
        && toks.get(e + 1).is_some_and(|n| {
            text[toks[e].end..n.start].chars().all(char::is_whitespace)
                && OFFICER_TITLES.contains(&n.word)
        })
    {
        return;
    }
    let start = toks[a].start;
    let mut end = start + name.len();
    let mut name = name.to_string();
    let mut numbered = false;
    if NUMBERED_HEADS.contains(&toks[e].word) {
        if let Some(m) = NUMBER_AFTER
            .captures(&text[end..])
            .and_then(|c| c.name("n"))
        {
            let rest = text[end + m.end()..].trim_start_matches(' ');
            let bare_number = m.as_str().bytes().all(|b| b.is_ascii_digit());
            if !bare_number || rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '(']) {
                end += m.end();
                name = text[start..end].to_string();
                numbered = true;
            }
        }
    }
    let mut abbr = None;
    if numbered {
        abbr = stated_abbr(&text[end..]);
    } else if e == run_end {
        abbr = stated_abbr(&text[toks[e].end..]);
    }
    if abbr.is_none() {
        abbr = KNOWN_BY_FOLD.get(&fold(&name)).map(|a| a.to_string());
    }
    found.push((Span::new(start, end), name, abbr, "agency-head"));
}

/// Heads a number, a compass point or a numbered district may follow inside the
/// name ([`NUMBER_AFTER`]).
const NUMBERED_HEADS: &[&str] = &["Force", "Taskforce", "Guard", "Command", "Group", "Fleet"];

/// What goes on a task force's or a command's name after its head: a number
/// before punctuation ("Combined Task Force 150 (CTF 150)", not "Task Force 10
/// officers"), a compass point
/// ("Joint Interagency Task Force South") or a numbered district ("Coast Guard 11th
/// District").
static NUMBER_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^\x20+(?P<n>
            [0-9]{1,4}(?:st|nd|rd|th)\x20+(?:District|Region|Fleet|Division)
          | [0-9]{1,4}
          | (?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)
        )\b",
    )
    .expect("number-after compiles")
});

/// Lower case, letters and digits only, a plural "s" of the last word dropped.
fn fold(s: &str) -> String {
    let t: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    t.strip_suffix('s').map(str::to_string).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn token_spans_are_the_token_regex(s in "[A-Za-z0-9.&'’\\- ,éÉ\u{345}\u{300}ßØ٣]{0,30}") {
            let by_regex: Vec<(usize, usize)> = TOKEN.regex().find_iter(&s).map(|m| (m.start(), m.end())).collect();
            let by_hand: Vec<(usize, usize)> = token_spans(&s).collect();
            proptest::prop_assert_eq!(by_hand, by_regex);
        }
    }

    #[test]
    fn token_spans_split_initialisms_names_and_possessives() {
        let text = "U.S. Drug Enforcement Administration’s A.B.cde & Co-op, A. Smith";
        let words: Vec<&str> = token_spans(text).map(|(a, b)| &text[a..b]).collect();
        assert_eq!(
            words,
            [
                "U.S.",
                "Drug",
                "Enforcement",
                "Administration’s",
                "A.B.",
                "cde",
                "&",
                "Co-op",
                "A",
                "Smith"
            ]
        );
    }

    fn names(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        head_rule(text, &mut found);
        inner_abbr_rule(text, &mut found);
        found.into_iter().map(|f| f.1).collect()
    }

    #[test]
    fn rules_compile() {
        for re in [
            &TOKEN,
            &ABBR,
            &KNOWN_MENTION,
            &NICKNAME,
            &NATIONAL_POLICE,
            &PLURAL,
            &UNIT_OF,
            &ROMANCE,
            &INNER_ABBR,
        ] {
            LazyLock::force(re);
        }
    }

    #[test]
    fn a_person_before_and_is_cut_off_unless_the_shared_words_hold_a_head() {
        let body = "Chief Jo Ray and Fresno Police Department; Fresno Police Department and Ada";
        let head = |name: &str| {
            let start = body.find(name).unwrap();
            (
                Span::new(start, start + name.len()),
                name.to_string(),
                None,
                "agency-head",
            )
        };
        let mut found = vec![head("Ray and Fresno Police Department")];
        let jo_ray = Span::new(6, 12);
        apart_from_people(body, &[jo_ray], &mut found);
        assert_eq!(found[0].1, "Fresno Police Department");
        assert_eq!(found[0].0.slice(body), "Fresno Police Department");
        // A person's name that (wrongly) holds the head word leaves the agency whole.
        let mut found = vec![head("Fresno Police Department and Ada")];
        let start = body.rfind("Police").unwrap();
        apart_from_people(body, &[Span::new(start, start + 17)], &mut found);
        assert_eq!(found[0].1, "Fresno Police Department and Ada");
        // Without "and" after the person, the words are no agency.
        let mut found = vec![head("Ray and Fresno Police Department")];
        apart_from_people(body, &[Span::new(6, 16)], &mut found);
        assert!(found.is_empty());
    }

    #[test]
    fn split_after_terminal_head() {
        assert_eq!(
            names("supervised by the Riverside County District Attorney’s Office Bureau of Investigation and staffed"),
            ["Riverside County District Attorney’s Office", "Bureau of Investigation"]
        );
    }
}
