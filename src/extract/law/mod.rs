//! `law` facts: the names of laws, as written, without a leading "the".
//!
//! A law's name is a run of capitalised words (with the small words of titles
//! between them: "of", "and", "for", …, and a bracketed abbreviation such as
//! "(POCSO)") ending in a law word — Act, Code, Ordinance, Law, Decree, Statute(s),
//! Regulations, Enactment, and India's Sanhita and Adhiniyam — optionally followed by
//! its year ("1952", ", 2009", "of 1970", "(2002)").
//!
//! | text | name |
//! |---|---|
//! | "under the Penal Code 1871 and the Films Act 1981" | "Penal Code 1871", "Films Act 1981" |
//! | "Section 23 of the MACC Act 2009" | "MACC Act 2009" |
//! | "the Protection of Children from Sexual Offences (POCSO) Act" | as written |
//! | "detained under the national security law" | "national security law" |
//!
//! The name is found from its law word backwards, so two laws joined by "and the"
//! stay two, and a name stops at "the" (but "Offences Against the Person Act"), a
//! number, punctuation or a lower-case word; a bracketed group ("(Temporary
//! Provisions)", "(Prohibition, Prevention, etc)") and a law word followed by more of
//! the name ("Criminal Law Act") belong to it.
//! A few laws cited by their initials alone ("IPC", "PMLA") are named in full;
//! German codes so cited ("StGB") keep their initials.
//! Not laws: "the Act", "the same Act" (no name), "Faculty of Law", "QR Code", a law
//! word followed by another capitalised word ("Law Enforcement", "Code Red").
//! Citations of the United States Code ("18 U.S.C.") are `statute` facts only.

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::countries;
use crate::extract::lexicon::Rule;
use crate::extract::Context;
use crate::span::Span;
use std::sync::LazyLock;

/// One law named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where, relative to the searched text (the name without "the").
    pub span: Span,
    /// The name as written, white space folded.
    pub name: String,
}

/// The capitalised words that end a law's name (for a pattern; one alternation).
pub(crate) const LAW_NOUNS: &str =
    r"(?:Acts?|Code|Ordinance|Law|Decree|Statutes?|Regulations|Enactment|Sanhita|Adhiniyam)";

/// The word a law's name ends in.
static LAW_WORD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"\b{LAW_NOUNS}\b|\bnational[ \t]+security[ \t]+law\b|\b(?:IPC|CrPC|BNS|BNSS|PMLA|UAPA|ITPA|PPC|StGB|StPO|BtMG|WaffG)\b"))
        .expect("law word regex")
});

/// Laws news cites by their initials alone ("Section 420 IPC", "§ 263a StGB"), and
/// their names: India's and Pakistan's in full, as their reports name them too;
/// the German-language codes as written, as English reports leave them
/// (Strafgesetzbuch, Strafprozessordnung, Betäubungsmittelgesetz, Waffengesetz).
const ACRONYMS: &[(&str, &str)] = &[
    ("IPC", "Indian Penal Code"),
    ("PPC", "Pakistan Penal Code"),
    ("CrPC", "Code of Criminal Procedure"),
    ("BNS", "Bharatiya Nyaya Sanhita"),
    ("BNSS", "Bharatiya Nagarik Suraksha Sanhita"),
    ("PMLA", "Prevention of Money Laundering Act"),
    ("UAPA", "Unlawful Activities (Prevention) Act"),
    ("ITPA", "Immoral Traffic (Prevention) Act"),
    ("StGB", "StGB"),
    ("StPO", "StPO"),
    ("BtMG", "BtMG"),
    ("WaffG", "WaffG"),
];

/// What may follow the law word and still belong to the name: its year.
static YEAR_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)^(?:
            ,?[\ \t]+(?:(?:No\.?[\ \t]*)?[0-9]{1,3}[\ \t]+of[\ \t]+)?(?:of[\ \t]+)?(?:1[89]|20)[0-9]{2}\b   # Films Act 1981, Act, 2009, Act of 1970, Act 51 of 1977
            (?:[\ \t]+(?:and|to)[\ \t]+(?:1[89]|20)[0-9]{2}\b)?  # Misuse of Drugs Acts 1977 and 1984
          | [\ \t]+\((?:1[89]|20)[0-9]{2}\)               # Proceeds of Crime Act (2002)
        )",
    )
    .expect("law year regex")
});

/// A Thai law's Buddhist-era year after its name, with the common-era year it may
/// carry: "Anti-Trafficking in Persons Act B.E. 2551 (2008)". Not part of the name
/// (the name is cited without it), and no capitalised word that ends one.
static BUDDHIST_ERA: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^,?[ \t]+B\.?[ \t]?E\.?[ \t]*2[4-6][0-9]{2}\b(?:[ \t]+\((?:19|20)[0-9]{2}\))?",
    )
    .expect("buddhist-era regex")
});

/// "Code of Criminal Procedure": a code's name may go on after it.
static CODE_OF: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^[ \t]+of[ \t]+[A-Z][A-Za-z-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][A-Za-z-]+)*",
    )
    .expect("code-of regex")
});

/// "Statute of the Child and Adolescent", "Rome Statute of the International
/// Criminal Court": a statute's name goes on after it (not "Statute of Limitations").
static STATUTE_OF: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z-]+(?:[ \t]+(?:and[ \t]+|of[ \t]+(?:the[ \t]+)?)?[A-Z][A-Za-z-]+)*",
    )
    .expect("statute-of regex")
});

/// A capitalised word right after the law word: then it was not a law's name
/// ("Law Enforcement", "Code Red"), unless the word cites a part of the law.
static CAPITAL_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^[ \t]+(?P<w>[A-Z][A-Za-z]*)").expect("capital-after regex")
});

/// "of the People's Republic of China", "of Ukraine" after "Law".
static LAW_OF_COUNTRY: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^[ \t]+of[ \t]+(?:the[ \t]+)?(?P<c>[A-Z][A-Za-z'’]*(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z'’]*){0,4})",
    )
    .expect("law-of-country regex")
});

/// Capitalised words that cite a part of a law, so may follow its name.
const PART_WORDS: &[&str] = &[
    "Section", "Sections", "Sec", "Chapter", "Part", "Article", "Rule", "Schedule", "Title",
];

/// A section number right after a name: "Penal Code Section 187", "Penal Law § 265".
static PART_CITED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^,?[ \t]+(?:[Ss]ections?|Sec\.|§§?)[ \t]*[0-9]")
        .expect("part-cited regex")
});

/// A part's number and "of" at the start of a name: "II of", "3 of".
static PART_NUMBER_OF: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^(?:[IVXLC]+|[0-9]+[A-Z]?)[ \t]+of[ \t]+")
        .expect("part-number-of regex")
});

/// The number of a numbered act: " 9165", " No. 10591", " (RA) 11930" (its
/// initials in brackets before the number, left out of the name: [`RA_INITIALS`]).
static ACT_NUMBER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^[ \t]+(?:\((?:RA|R\.A\.)\)[ \t]+)?(?:No\.?[ \t]*)?[0-9]{3,5}\b",
    )
    .expect("act-number regex")
});

/// A Republic Act's initials in brackets, as written between its name and number.
const RA_INITIALS: [&str; 2] = [" (RA)", " (R.A.)"];

/// A law's subject: capitalised words with the small words of titles between them
/// ("Firearms and Ammunition", "Narcotics").
const SUBJECT: &str =
    r"[A-Z][A-Za-z-]+(?:[\ \t]+(?:(?:of[\ \t]+the|and|of|the|in|for)[\ \t]+)?[A-Z][A-Za-z-]+)*";

/// "of Population" after a generic law's name ("General Law of Population").
static LAW_OF_SUBJECT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"^[\ \t]+of[\ \t]+{SUBJECT}"))
        .expect("law-of-subject regex")
});

/// "Law on Firearms and Ammunition", "Law against Money Laundering": a law's subject
/// after it.
static LAW_ON: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"^[\ \t]+(?:on|against)[\ \t]+{SUBJECT}"))
        .expect("law-on regex")
});

/// A law cited by its number: "Law No. 35 of 2009 on Narcotics", "Law Number 35 of
/// 2014", "Presidential
/// Decree No. 1602", "Government Regulation No. 43/2017"; the Philippines' "RA 9165".
static NUMBERED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)
        \b(?:
            (?:(?:Presidential|Government|Ministerial|Royal|Emergency|Executive|Federal)[\ \t]+)?
            (?:Law|Decree|Regulation|Ordinance)[\ \t]+
            (?: (?:No\.?|Number)[\ \t]*(?:[0-9]{{1,3}}(?:[.,][0-9]{{3}})+|[0-9]{{1,5}}[A-Z]?)
                (?:[\ \t]*/[\ \t]*(?:19|20)[0-9]{{2}} | [\ \t]+of[\ \t]+(?:19|20)[0-9]{{2}})?
              # Brazil's Law 11.829/2008, Law 8,069/1990: number and year
              | (?:[0-9]{{1,3}}(?:[.,][0-9]{{3}})+|[0-9]{{1,5}})/(?:19|20)[0-9]{{2}} )
            (?:[\ \t]+(?:on|concerning|regarding)[\ \t]+(?:the[\ \t]+)?{SUBJECT})?
          | R\.?A\.?[\ \t]+(?:No\.?[\ \t]*)?[0-9]{{3,5}}
        )\b",
    ))
    .expect("numbered law regex")
});

/// How far around a name the title-case test looks.
const WINDOW: usize = 240;

/// The most capitalised words a name has before its law word; a longer run is a
/// headline in title case. ("Anti-Online Sexual Abuse or Exploitation of Children and
/// Anti-Child Sexual Abuse or Exploitation Materials Act": ten.)
const MAX_NAME_WORDS: usize = 10;

/// The most words (capitalised or small) the walk back takes.
const MAX_NAME_TOKENS: usize = 20;

/// Small words that may stand between the capitalised words of a name.
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "on", "to", "in", "against", "from", "&", "with", "relating",
];

/// Capitalised words that never start or sit inside a law's name: sentence openers,
/// prepositions, citation words.
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "Under", "Section", "Sections", "Sec", "In", "On", "By", "For", "From", "With", "Per", "Breaching", "Violating",
    "Contravening", "If", "As", "At", "After", "Before", "During", "When", "While", "Both", "Its", "Their", "His", "Her",
    "This", "That", "These", "Those", "A", "An", "And", "Or", "But", "Title", "Rule", "Article", "Part", "Chapter",
    "Schedule", "The", "Amended", "Of", "To", "Also", "Charged", "Arrested", "Into", "Following", "Pursuant",
    "Over", "Amid", "Regarding", "Concerning", "Violation", "Violations", "About", "Our", "Your", "All",
    "Some", "Any", "Every", "Signs", "Signed", "Passes", "Passed", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
    "Will", "Would", "Could", "May",
];

/// Single words before a law word that make a thing, not a law ("QR Code").
#[rustfmt::skip]
const NOT_LAWS: &[&str] = &[
    "QR", "Zip", "ZIP", "Area", "Dress", "Bar", "Source", "Morse", "Promo", "Discount", "Postal", "Country", "Riot",
    "County", "City", "State", "Federal", "Local", "Municipal", "Town", "Village",
];

/// Single words before "Law" that name a field or a regime, not one law ("Case Law").
#[rustfmt::skip]
const NOT_LAWS_LAW: &[&str] = &[
    "Case", "Common", "Our", "Family", "Criminal", "Civil", "International", "Constitutional", "Corporate",
    "Business", "Immigration", "Martial", "Sharia", "Islamic", "Federal", "State", "Tax", "Employment", "Contract",
    "Administrative", "Environmental", "Public", "Private", "Human", "Health", "Property", "New", "Becomes",
    "Proposed",
];

/// Words before "Act" that make an act, not a law ("a lewd act", "Criminal Sexual Act").
#[rustfmt::skip]
const DEEDS: &[&str] = &[
    "Sexual", "Lewd", "Lascivious", "Indecent", "Overt", "Unlawful", "Criminal", "Terrorist", "Terror", "Violent",
    "Heroic", "Final", "Balancing", "Sex", "Disappearing", "Class", "Juggling", "Vanishing", "Desperate", "Cowardly",
];

/// American states: "Texas Law" is not one law's name.
#[rustfmt::skip]
pub const STATES: &[&str] = &[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "Wisconsin", "Wyoming", "New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina",
    "South Carolina", "North Dakota", "South Dakota", "Rhode Island", "West Virginia",
];

/// Every law named in `text`, left to right.
///
/// ```
/// use blotter::extract::law::find;
/// let m = find("charged under the Penal Code 1871 and the Films Act 1981");
/// let names: Vec<_> = m.iter().map(|m| m.name.as_str()).collect();
/// assert_eq!(names, ["Penal Code 1871", "Films Act 1981"]);
/// ```
pub fn find(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let numbered: Vec<Span> = NUMBERED
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .collect();
    let mut next_numbered = numbered.iter().peekable();
    for m in LAW_WORD.find_iter(text) {
        // The numbered laws that start before this law word come first, in order.
        while let Some(n) = next_numbered.next_if(|n| n.start <= m.start()) {
            out.push(Mention {
                span: *n,
                name: fold_space(n.slice(text)),
            });
        }
        // (a binary search: the numbered laws are sorted and do not overlap)
        let inside = numbered.partition_point(|n| n.start <= m.start());
        if inside > 0 && m.start() < numbered[inside - 1].end {
            continue; // its law word
        }
        let word = m.as_str();
        if let Some(full) = ACRONYMS.iter().find(|(a, _)| *a == word).map(|(_, f)| *f) {
            out.push(Mention {
                span: Span::new(m.start(), m.end()),
                name: full.to_string(),
            });
            continue;
        }
        if word.starts_with('n') {
            // A well-known law usually written in lower case.
            out.push(Mention {
                span: Span::new(m.start(), m.end()),
                name: fold_space(word),
            });
            continue;
        }
        if let Some(found) = name_at(text, m.start(), m.end(), word) {
            out.push(found);
        }
    }
    out.extend(next_numbered.map(|n| Mention {
        span: *n,
        name: fold_space(n.slice(text)),
    }));
    out
}

/// The law whose law word is `text[ks..ke]`, if the words before it name one.
fn name_at(text: &str, ks: usize, ke: usize, word: &str) -> Option<Mention> {
    let mut end = ke;
    let mut code_of = false;
    if word == "Code" {
        if let Some(c) = CODE_OF.find(&text[end..]) {
            // "Code of Criminal Procedure Section 56": the name stops before a part word.
            let ext = c.as_str();
            let mut keep = ext.len();
            let mut at = 0;
            for w in ext.split_whitespace() {
                let Some(i) = ext[at..].find(w).map(|i| i + at) else {
                    break;
                };
                if PART_WORDS.contains(&w.trim_end_matches('s')) {
                    keep = i;
                    break;
                }
                at = i + w.len();
            }
            let ext = ext[..keep].trim_end();
            // "the Penal Code of Thailand": a place is not part of the name.
            let place = ext
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| countries::canonical(w).is_some());
            if ext.split_whitespace().count() >= 2 && !place {
                end += ext.len();
                code_of = true;
            }
        }
    }
    if word == "Statute" {
        if let Some(c) = STATUTE_OF.find(&text[end..]) {
            let ext = c.as_str();
            let place = ext
                .split_whitespace()
                .skip(1)
                .any(|w| countries::canonical(w).is_some());
            if !place && !ext.contains("Limitation") {
                end += ext.len();
                code_of = true;
            }
        }
    }
    if code_of
        && ["Conduct", "Practice", "Ethics", "Honour", "Honor"]
            .iter()
            .any(|w| text[ke..end].ends_with(w))
    {
        return None; // a rule book, not a law
    }
    let mut law_on = false;
    if let Some(y) = YEAR_AFTER.find(&text[end..]) {
        end += y.end();
    } else if word == "Acts" {
        return None; // "Lewd Acts": plural acts name laws only with their years
    } else if word == "Law" {
        // "the General Law of Population", "the Organic Law of Narcotics": a generic
        // law's subject after "of" (not "the Penal Law of New York", a field's law)
        let generic = text[..ks]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| matches!(w, "General" | "Federal" | "Organic" | "Basic"));
        let on = LAW_ON.find(&text[end..]).or_else(|| {
            generic
                .then(|| LAW_OF_SUBJECT.find(&text[end..]))
                .flatten()
                .filter(|m| {
                    !m.as_str()
                        .split_whitespace()
                        .any(|w| countries::canonical(w).is_some())
                })
        });
        if let Some(on) = on {
            end += on.end();
            // standing alone, a subject of two capitalised words at least ("Law
            // on Suppression of Human Trafficking"; not "the Law on Sundays")
            law_on = on
                .as_str()
                .split_whitespace()
                .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .count()
                >= 2;
        }
    }
    let era = BUDDHIST_ERA.is_match(&text[end..]);
    if let Some(c) = CAPITAL_AFTER.captures(&text[end..]).filter(|_| !era) {
        let w = c.name("w").map_or("", |w| w.as_str());
        // "Republic Act No. 9208": a number's "No." does not carry the name on.
        let number = w == "No" && ACT_NUMBER.is_match(&text[end..]);
        if !PART_WORDS.contains(&w) && !number {
            return None;
        }
    }
    // "the Code of Criminal Procedure", "Cambodia's Law on Suppression of Human
    // Trafficking" start at their law word.
    let mut start = name_start(text, ks).or((code_of || law_on).then_some(ks))?;
    // "Article II of Republic Act 9165": a part's number is not the law's name.
    if let Some(p) = PART_NUMBER_OF.find(&text[start..ks]) {
        start += p.end();
    }
    // "Republic Act 9165", "Republic Act No. 10591": the number names the act
    // ("Republic Act (RA) 11930": without its initials).
    let mut initials = 0..0;
    if text[start..ks].trim_end() == "Republic" {
        if let Some(n) = ACT_NUMBER.find(&text[end..]) {
            if let Some(i) = RA_INITIALS.iter().find(|i| n.as_str().starts_with(**i)) {
                initials = end..end + i.len();
            }
            end += n.end();
        }
    }
    // "Penal Code Section 236.1 defines:": a cited section shows a law, even in a
    // short line of capitals.
    if !PART_CITED.is_match(&text[end..]) && in_title_case(text, start, ks) {
        return None;
    }
    let before: Vec<&str> = text[start..ks].split_whitespace().collect();
    if before.last().is_some_and(|w| CONNECTORS.contains(w)) {
        return None; // "Faculty of Law", "… Women to Act"
    }
    if word == "Act" && before.last().is_some_and(|w| DEEDS.contains(w)) {
        return None;
    }
    if let [one] = before.as_slice() {
        let place = countries::canonical(one).is_some() || STATES.contains(one);
        // ("the Federal Law against Organized Crime": its subject makes it a law)
        if NOT_LAWS.contains(one) && !law_on || word == "Law" && place {
            return None;
        }
    }
    // "the Criminal Law of the People's Republic of China": a field's name with its
    // country is that country's law.
    if word == "Law" && end == ke {
        if let Some(c) = LAW_OF_COUNTRY.captures(&text[end..]) {
            if c.name("c")
                .is_some_and(|c| countries::canonical(c.as_str()).is_some())
            {
                end += c.get(0).map_or(0, |m| m.end());
                return Some(Mention {
                    span: Span::new(start, end),
                    name: fold_space(&text[start..end]),
                });
            }
        }
    }
    if word == "Law" && !law_on && before.last().is_some_and(|w| NOT_LAWS_LAW.contains(w)) {
        return None; // "Case Law", "California State Law"
    }
    let name = if initials.is_empty() {
        fold_space(&text[start..end])
    } else {
        fold_space(&format!(
            "{}{}",
            &text[start..initials.start],
            &text[initials.end..end]
        ))
    };
    Some(Mention {
        span: Span::new(start, end),
        name,
    })
}

/// Where the name ending at the law word at `ks` starts: walk back over capitalised
/// words and connectors; `None` when no capitalised word precedes the law word.
///
/// Inside a name the walk also takes a bracketed group with commas ("Cybercrimes
/// (Prohibition, Prevention, etc) Act"), "the" after "Against" ("Offences Against
/// the Person Act", see [`the_inside`]) and a law word followed by more of the name ("Criminal
/// Law Act", "Criminal Law (Temporary Provisions) Act"; not "Penal Code and Films
/// Act", where a connector follows it).
fn name_start(text: &str, ks: usize) -> Option<usize> {
    let mut first_capital: Option<usize> = None; // start of the leftmost capitalised token
    let mut capitals = 0;
    let mut at = ks;
    // Whether the token after the current one (towards the law word) is a connector.
    let mut after_connector = false;
    for _ in 0..MAX_NAME_TOKENS {
        let head = &text[..at];
        let trimmed = head.trim_end_matches([' ', '\t']);
        let trimmed = trimmed
            .strip_suffix('\n')
            .unwrap_or(trimmed)
            .trim_end_matches([' ', '\t']);
        if trimmed.len() == head.len() {
            break; // no white space before: punctuation or the start
        }
        if let Some(open) = bracket_group(trimmed) {
            capitals += 1;
            after_connector = false;
            at = open;
            continue;
        }
        let tok_start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let tok = &trimmed[tok_start..];
        if tok.is_empty() {
            break;
        }
        // "… Renewal Law (ARL) and False Advertising Law": an abbreviation after a
        // law word closes another law's name.
        if at < ks
            && is_abbreviation_in_brackets(tok)
            && trimmed[..tok_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| LAW_WORD.find(w).is_some_and(|m| m.len() == w.len()))
        {
            break;
        }
        // A bracketed part of a name: "(POCSO)", "(Special Measures)".
        let core = tok.trim_start_matches('(').trim_end_matches(')');
        let bracketed = core.len() < tok.len() && !core.is_empty() && is_capitalised(core);
        // "Criminal Code Act", "Criminal Law Act": a law word inside a longer name.
        let inner_law = matches!(tok, "Code" | "Law")
            && (at < ks && !after_connector || at == ks && text[ks..].starts_with("Act"));
        if inner_law || is_capitalised(tok) || is_abbreviation_in_brackets(tok) || bracketed {
            if !tok.starts_with('(') {
                first_capital = Some(tok_start); // a name starts with a word, not "(ARL)"
            } else if bracketed && !tok.ends_with(')') && !text[tok_start..ks].contains(')') {
                // "(Films Act 1981)": the bracket opens before the name.
                first_capital = Some(tok_start + 1);
                break;
            }
            capitals += 1;
            if capitals > MAX_NAME_WORDS {
                return None; // a run of title case, not a name
            }
            after_connector = false;
        } else if CONNECTORS.contains(&tok)
            || tok == "the" && the_inside(trimmed, tok_start)
            // "Sexual Abuse or Exploitation of Children Act"; not among the
            // connectors, which a headline in title case leaves in lower case too
            // (see `in_title_case`): a sentence's "or" tells it from a headline.
            || tok == "or" && !after_connector
        {
            after_connector = true;
        } else {
            break;
        }
        at = tok_start;
    }
    first_capital
}

/// The start of a bracketed group with commas or lower-case words that `head` ends
/// with, inside a name: "(Prohibition, Prevention, etc)", "(…, etc.)". Groups of one word are
/// left to the token walk.
fn bracket_group(head: &str) -> Option<usize> {
    let inner_end = head.strip_suffix(')')?.len();
    let open = head[..inner_end].rfind('(')?;
    let inner = &head[open + 1..inner_end];
    let simple = !inner.contains([',', ' ']);
    (!simple
        && inner.len() <= 60
        && inner.starts_with(|c: char| c.is_uppercase())
        && !inner.contains(['(', ';', ':'])
        // (a full stop only that of "etc.": "(Prohibition, Prevention, etc.)")
        && inner.match_indices('.').all(|(i, _)| inner[..i].ends_with("etc"))
        && head[..open].ends_with([' ', '\t']))
    .then_some(open)
}

/// Whether the word before `text[..at]` (at a token's start) lets a "the" there sit
/// inside a name: "Offences Against the Person Act", "Crimes Against the State Act".
/// Only "Against": after "of" or "to" headings in title case run on ("Explanation of
/// the Law", "According to the California Elections Code"), and capitalised words
/// open clauses ("Although the Act", "Outside the Public Information Act").
fn the_inside(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end();
    let tok = &head[head.rfind(char::is_whitespace).map_or(0, |i| i + 1)..];
    head.len() < at && tok == "Against"
}

/// Words that title case may leave in lower case beside [`CONNECTORS`].
const TITLE_CASE_LOWER: &[&str] = &[
    "about", "after", "among", "amid", "before", "between", "into", "over", "than", "that",
    "under", "upon", "within", "without",
];

/// Whether the name at `start` sits in a headline written in title case without a
/// word that opens it ("Under", "the"): there every word is capitalised and the
/// walk back cannot tell a name from the headline ("Bill Becomes Law").
fn in_title_case(text: &str, start: usize, ks: usize) -> bool {
    // The line around the name, at most a few hundred bytes of it (linear time).
    let mut from = start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (ks + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[ks..to].find('\n').map_or(to, |i| i + ks);
    let words: Vec<&str> = text[line_start..line_end]
        .split_whitespace()
        .filter(|w| {
            w.starts_with(char::is_alphabetic)
                && !CONNECTORS.contains(w)
                && *w != "the"
                && *w != "a"
        })
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if words.len() < 4 || caps * 4 < words.len() * 3 {
        return false;
    }
    // "He was charged with violating … Act": two lower-case words of four letters or
    // more (title case leaves only short words and prepositions in lower case) make
    // it a sentence however many names it holds.
    let lower = words
        .iter()
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && w.len() >= 4
                && !TITLE_CASE_LOWER.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic()))
        })
        .count();
    if lower >= 2 {
        return false;
    }
    let opener = text[line_start..start].split_whitespace().next_back();
    !opener.is_some_and(|w| STOPS.contains(&w) || w.eq_ignore_ascii_case("the"))
}

fn is_capitalised(tok: &str) -> bool {
    if STOPS.contains(&tok) || LAW_WORD.is_match(tok) && !tok.contains('-') {
        return false;
    }
    if tok.ends_with("'s") || tok.ends_with("’s") || tok.ends_with("s'") || tok.ends_with('-') {
        return false;
    }
    let mut chars = tok.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // Dotted abbreviations ("U.K.") or words of letters, digits, hyphens, apostrophes.
    let dotted = tok.len() >= 4
        && tok
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.len() == 1)
        && tok.ends_with('.');
    dotted
        || tok
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '&'))
}

fn is_abbreviation_in_brackets(tok: &str) -> bool {
    tok.len() >= 3
        && tok.starts_with('(')
        && tok.ends_with(')')
        && tok[1..tok.len() - 1]
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
        && tok[1..].starts_with(|c: char| c.is_uppercase())
}

/// "United States Code", "U.S. Code": cited with a title number as a statute.
pub fn is_us_code(name: &str) -> bool {
    matches!(name, "United States Code" | "U.S. Code" | "US Code")
}

fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Append the `law` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    // A Philippine act by its number, and the name it was first cited by: "Republic
    // Act 11930", then "RA 11930" or "R.A. No. 11930" are the same act.
    let mut republic_acts: Vec<(&str, &str)> = Vec::new();
    for m in ctx.laws() {
        if is_us_code(&m.name) {
            continue; // cited by title and section: a statute fact ("18 U.S.C.")
        }
        let name = match republic_act_number(&m.name) {
            Some(n) => match republic_acts.iter().find(|(k, _)| *k == n) {
                Some((_, first)) => first,
                None => {
                    republic_acts.push((n, &m.name));
                    m.name.as_str()
                }
            },
            None => m.name.as_str(),
        };
        out.push(ctx.fact(
            Value::Law {
                name: name.to_string(),
            },
            m.span,
            "law-name",
        ));
    }
}

/// The number of a Philippine Republic Act however it is cited: "Republic Act
/// 11930", "Republic Act No. 11930", "RA 11930", "R.A. No. 11930", "RA 9165".
fn republic_act_number(name: &str) -> Option<&str> {
    let rest = ["Republic Act", "R.A.", "RA"]
        .iter()
        .find_map(|p| name.strip_prefix(p))?;
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix("No.")
        .or_else(|| rest.strip_prefix("No"))
        .unwrap_or(rest)
        .trim_start();
    (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        find(t).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn names_stop_at_the_and_numbers() {
        assert_eq!(
            names("under Section 39B of the Dangerous Drugs Act 1952, police said"),
            ["Dangerous Drugs Act 1952"]
        );
        assert_eq!(
            names("amend the Water Act 2006 and the Air Quality Act to"),
            ["Water Act 2006", "Air Quality Act"]
        );
        assert_eq!(
            names("the Protection of Children from Sexual Offences (POCSO) Act"),
            ["Protection of Children from Sexual Offences (POCSO) Act"]
        );
        assert_eq!(
            names("under the Proceeds of Crime Act (2002)."),
            ["Proceeds of Crime Act (2002)"]
        );
        assert_eq!(
            names("the Controlled Substances Act of 1970"),
            ["Controlled Substances Act of 1970"]
        );
    }

    #[test]
    fn not_laws() {
        assert!(names("under Section 15 of the same Act").is_empty());
        assert!(names("the Florida Department of Law Enforcement").is_empty());
        assert!(names("a professor at the Faculty of Law said").is_empty());
        assert!(names("Law enforcement officers").is_empty());
        assert!(names("scan the QR Code").is_empty());
    }
}

#[cfg(test)]
mod rules {
    use super::*;

    /// Every rule's regex compiles (they compile lazily, on first use).
    #[test]
    fn compile() {
        LazyLock::force(&LAW_WORD);
        LazyLock::force(&YEAR_AFTER);
        LazyLock::force(&CODE_OF);
        LazyLock::force(&CAPITAL_AFTER);
        LazyLock::force(&BUDDHIST_ERA);
    }
}
