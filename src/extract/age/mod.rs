//! `age` facts: an age or an age range in years.
//!
//! | rule | text | min..max |
//! |---|---|---|
//! | `age-range` | "aged between 23 and 61", "aged 16 to 49", "ages ranging from 19 to 52" | 23..61 |
//! | `age-list` | "teenagers aged 15 and 16" | 15..15, 16..16 |
//! | `age-aged` | "aged 18" | 18..18 |
//! | `age-year-old` | "a 43-year-old man", "a five-year-old girl" | 43..43 |
//! | `age-decade` | "in his 30s", "aged in their 30s and 40s", "in their teens" | 30..39 (and 40..49), 13..19 |
//! | `age-apposition` | "The man, 25, and woman, 23,", "Mara Lindqvist, 28, was" | 25..25 |
//! | `age-bracketed` | "Sasha Diaz (15)" | 15..15 |
//! | `age-initials` | "identified by their initials as AS (29) and RH (35)" | 29..29 |
//! | `age-as-young-as` | "workers, some as young as 15" | 15..15 |
//! | `age-stated` | "who is 19,", "both 45,", "who were 7, 9 and 11 at the time", "when she was 12." | 19..19 |
//!
//! Ages above 120 are impossible and dropped. "Section 5, 6" and "25 years in prison"
//! are not ages.

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::months::{month_number, weekday_number};
use crate::extract::lexicon::numbers::{parse_int, NUMBER_WORDS};
use crate::extract::lexicon::Rule;
use crate::extract::memo::{self, Memo};
use crate::extract::Context;
use crate::span::Span;
use std::cell::RefCell;
use std::sync::LazyLock;

/// The number words of [`AGED`], [`AS_YOUNG_AS`] and the ranges ("aged four to 14",
/// "from six to 13 years old"): children's ages, written out up to nineteen.
const YOUNG_AGE_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

/// What may follow an age in apposition: a comma, a bracket, the end.
static APPOSITION_END: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^(?:\s*[,;)]|\s*[–—](?:\s|$)|\.(?:\s|$)|$)")
        .expect("apposition end regex")
});

/// What follows a number that is a term, not an age ("aged 16 years in jail").
static NOT_AN_AGE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)^\s*(?:years?\s+(?:in|of|jail|prison|imprisonment)|%|per\s*cent)",
    )
    .expect("not-an-age regex")
});

/// Right after an age: its unit is months ("aged 6 to 18 months").
static MONTHS_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^\s+months?\b").expect("months-after regex")
});

/// What comes before a threshold age: "under the age of", "over the age of", "less
/// than", "at least", "must be".
static THRESHOLD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\b(?:under|over|below|above|beneath|past|reached|reaching|attain(?:ed|ing)?|of\s+legal|minimum|min\.?|than|least|must\s+be)\s+(?:the\s+)?$")
        .expect("threshold regex")
});

/// An age in brackets after a two-word name: "Sasha Diaz (15)", an initial and a
/// name: "P. Lakshmi (26)", a name and the initial of a surname, as the German and
/// Spanish press write them: "Carlos M. (41)", or after an alias: "Singh alias Gopi
/// (29)", "Kumar urf Pappu (31)".
static BRACKETED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?P<name>(?:\b\p{Lu}\.\s*|\p{Lu}[\p{L}'’-]+\s+(?:(?:alias|aka|urf)\s+)?)(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.))\s+\((?P<n>[0-9]{1,2})\)",
    )
    .expect("bracketed age regex")
});

/// "in Selangor (20)": a count in a place, which makes a sentence's brackets counts.
static PLACE_BRACKET: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex_without_dfa(r"\b(?:in|from|at|across)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+\([0-9]")
        .expect("place bracket regex")
});

/// "who is 19,", "both 45,", "who was 14 at the time", and a person's age as the
/// predicate of "was": "when she was 12.", "The boy was 14 at the time", "the
/// victims were 9 and 11 when".
static STATED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \b(?: who\s+(?:is|was|are|were) | both | each
             | (?:he|she) \s+ (?:is|was) (?:\s+(?:only|just|then))?
             | (?:girl|boy|victim|child|son|daughter|teen|teenager|student)s? \s+ (?:is|was|are|were) (?:\s+(?:only|just|then))? )
        \s+ (?P<n>[0-9]{1,3}(?:\s*,\s*[0-9]{1,3})*(?:\s*,?\s*and\s+[0-9]{1,3})?)
        (?:\s*[,;.)] | \s+at\s+the\s+time\b | \s+when\b | \s*$)",
    )
    .expect("stated age regex")
});

/// "some as young as 15", "children as young as eight": the youngest age of a
/// group, stated as one age. (Not before "years old" or "-year-old", read as such.)
static AS_YOUNG_AS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?i)\bas\s+young\s+as\s+(?P<n>[0-9]{{1,2}}|{young})\b",
        young = YOUNG_AGE_WORDS
    ))
    .expect("as-young-as regex")
});

/// Initials in capitals with an age in brackets, as Indonesian, Malaysian and Indian
/// reports name suspects: "identified by their initials as AS (29), RH (35) and
/// MFT (41)", "the suspects, AS (44) and RH (31)". Read only in a sentence that
/// speaks of initials or suspects (see [`initials`]): "PNP (12)" elsewhere counts.
static INITIALS_AGE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"\b\p{Lu}{2,4}\s+\((?P<n>[0-9]{1,2})\)")
        .expect("initials age regex")
});

/// Words of a sentence that names people by initials.
static INITIALS_CUE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:initials?|suspects?|namely|identified\s+as|tersangka)\b",
    )
    .expect("initials cue regex")
});

/// The oldest age a person may have.
const MAX_AGE: u32 = 120;

/// "aged between 23 and 61", "aged 16 to 49", "between the ages of 20 and 30",
/// "ages ranging from 19 to 52", "aged 15 and 16" (a list, not a range), "aged four
/// to 14" (young ages in words).
static AGED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        \b(?: aged | ages? | age\s+range | ranging\s+in\s+age | between\s+the\s+ages\s+of )
        (?: \s+ (?:ranging|range|of|from|were|was|are|is|between|about|around|approximately|roughly) )*
        \s+ (?P<a> [0-9]{{1,3}} | {young} ) (?P<months> \s+ months? )?
        (?P<rest> (?: \s*,\s* [0-9]{{1,3}} )* \s* (?: , \s* )? (?P<sep> and | to | or | - | – | — ) \s* (?: (?:about|around|approximately|roughly) \s+ )? (?P<b> [0-9]{{1,3}} | {young} ) )?
        \b",
        young = YOUNG_AGE_WORDS
    ))
    .expect("aged regex")
});

/// "a 43-year-old man", "five-year-old", "25 years old", "two 17-year-olds", the
/// hyphen broken across a line of a PDF text ("a 35-year-\nold"), and "14 years of
/// age" (not after a threshold: "under 18 years of age").
static YEAR_OLD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi) \b(?P<n> [0-9]{{1,3}} | {words} ) (?: -\s* | \s+ ) years? (?: (?: -\s* | \s+ ) olds? | \s+ (?P<of_age> of \s+ age ) ) \b",
        words = NUMBER_WORDS
    ))
    .expect("year-old regex")
});

/// An age after a name, as Nigerian and Ghanaian police releases list suspects:
/// "Johnson Okafor - 38yrs", "Janet Obi, 55yrs", "Musa Bello (27yrs)". The name
/// before it is checked by the reader ([`after_name`]).
static NAME_YRS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)(?:,|\(|\s[-–])\s*(?P<n>[0-9]{1,2})\s?yrs\b(?:\s+old\b)?")
        .expect("name-yrs regex")
});

/// Whether `before` ends with a capitalised word (a name's last).
fn after_name(before: &str) -> bool {
    before
        .trim_end_matches([' ', ',', '-', '–', '('])
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.len() > 1 && w.starts_with(|c: char| c.is_uppercase()))
}

/// The first of two ages sharing one "-year-old": "a 12- and 14-year-old", "were 7
/// and 9 years old" (after "between" it is a range, read by [`AGED`] or not at all).
static SHARED_YEAR_OLD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?P<n>[0-9]{1,3})(?:-\s+|\s+)(?:and|or)\s+[0-9]{1,3}[\s-]+years?[\s-]+olds?\b",
    )
    .expect("shared year-old regex")
});

/// A range sharing one "-year-old": "16- to 24-year-olds", "from 10-13 years old",
/// or one "years of age": "between 22 and 41 years of age", "22 to 41 years of age".
/// The upper end is then not read again as an age of its own.
static RANGE_YEAR_OLD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"(?i)(?P<btw>\bbetween\s+)?\b(?P<a>[0-9]{{1,3}}|{young})(?:-?\s+(?:to|through)\s+|\s*[-–]\s*|\s+(?P<and>and)\s+)(?P<b>[0-9]{{1,3}}|{young})[\s-]+years?(?:[\s-]+olds?|\s+of\s+age)\b", young = YOUNG_AGE_WORDS))
        .expect("range year-old regex")
});

/// Before a "-year-old": the lower end of a range ("10-", "14- to ", "3 through ").
static RANGE_END: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(r"(?i)(?:(?:[0-9]|\b(?:{young}))-?\s*(?:-|–|to|through)|\b(?:between|ages?\s+of|aged|ages?)\s+(?:[0-9]{{1,3}}|{young})\s+and)\s*$", young = YOUNG_AGE_WORDS))
        .expect("range end regex")
});

/// Before the first of two ages: a range or an "aged" list, read by [`AGED`].
static RANGE_LEAD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\b(?:between|ages?\s+of|aged|ages?)\s*$")
        .expect("range lead regex")
});

/// "in his 30s", "in their early forties", "aged in their 30s and 40s".
static DECADE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \bin \s+ (?:his|her|their) \s+ (?: (?:early|mid|late)[\s-]+ )?
        (?P<a> [1-9]0 ['’]?s | teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties )
        (?: \s+ (?:and|or|to) \s+ (?:(?:early|mid|late)[\s-]+)? (?P<b> [1-9]0 ['’]?s | twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties ) )?
        \b",
    )
    .expect("decade regex")
});

/// A name or a person noun, then the age between commas: "The man, 25, and",
/// "Mara Lindqvist, 28, was", "Okafor, then 41,", "Dana Ruelas (Sunny), 24, of",
/// the police-blotter form without the first comma, "Brandt 31, of", and a
/// quoted alias with the comma inside the quotes, `alias "Buboy," 45;`.
static APPOSITION: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?P<prev> [\p{L}'’.\-]+ | \) )
        (?P<sep> \s*,\s* (?: (?:then|now|aged) \s+ )? | ,[\x22”]\s+ | \s+ )
        (?P<n> [0-9]{1,3} ) \b",
    )
    .expect("apposition regex")
});

/// After an age, the words that make it a threshold: "65 years of age and older",
/// "18 years old or over", "children 14 years of age or younger".
static OR_OLDER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)^,?\s+(?:and|or)\s+(?:older|over|above|younger|under|below|up)\b",
    )
    .expect("or-older regex")
});

/// Whether `before` ends with a threshold's words: "under the age of", "over",
/// "at least", "younger than", "must be" (a legal limit, not someone's age).
fn below_threshold(before: &str) -> bool {
    THRESHOLD.is_match(crate::extract::lexicon::chars::tail(before, 40))
}

/// Person nouns that take an age in apposition ("the woman, 23,").
fn is_person_noun(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "men"
            | "women"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "suspect"
            | "victim"
            | "driver"
            | "teenager"
            | "teen"
            | "youth"
            | "accused"
            | "defendant"
            | "girlfriend"
            | "boyfriend"
            | "partner"
            | "friend"
            | "student"
            | "worker"
            | "maid"
            | "nephew"
            | "niece"
            | "cousin"
            | "uncle"
            | "aunt"
            | "grandmother"
            | "grandfather"
            | "resident"
            | "passenger"
            | "pedestrian"
            | "national"
            | "citizen"
            | "officer"
            | "constable"
            // trades and posts of people in the news: "A Kenyan clearing agent, 52,"
            | "agent"
            | "dealer"
            | "trader"
            | "businessman"
            | "businesswoman"
            | "farmer"
            | "fisherman"
            | "ranger"
            | "guard"
            | "courier"
            | "smuggler"
            | "trafficker"
            | "poacher"
            | "teacher"
            | "nurse"
            | "doctor"
            | "mechanic"
            | "pastor"
            | "priest"
            | "employee"
            | "official"
            | "accountant"
            | "lawyer"
            | "soldier"
            | "pilot"
            | "captain"
            | "clerk"
            | "vendor"
            | "tourist"
            | "foreigner"
            | "engineer"
            | "manager"
            | "director"
            | "owner"
            | "operator"
            | "labourer"
            | "laborer"
            | "pensioner"
            | "retiree"
            | "mother-of-two"
            | "father-of-two"
            | "accomplice"
            | "ringleader"
            | "mastermind"
    )
}

/// Capitalized words that name a numbered thing, not a person ("Section 5, 6").
fn is_numbered_thing(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().trim_end_matches('.'),
        "section"
            | "sections"
            | "article"
            | "articles"
            | "rule"
            | "rules"
            | "chapter"
            | "part"
            | "schedule"
            | "box"
            | "block"
            | "level"
            | "room"
            | "unit"
            | "page"
            | "pages"
            | "no"
            | "nos"
            | "number"
            | "vol"
            | "volume"
            | "item"
            | "clause"
            | "regulation"
            | "regulations"
            | "act"
            | "cap"
            | "lot"
            | "jalan"
            | "road"
            | "street"
            | "avenue"
            | "route"
            | "highway"
            | "floor"
            | "gate"
            | "phase"
            | "stage"
            | "grade"
            | "class"
            | "covid"
            | "news"
            | "channel"
            | "bay"
            | "suite"
            | "building"
            | "tower"
            | "ward"
            | "district"
            | "zone"
            | "sector"
            | "exhibit"
            | "table"
            | "figure"
            | "count"
            | "counts"
            | "charge"
            | "charges"
            | "step"
            | "week"
            | "day"
            | "year"
            | "season"
            | "episode"
            | "game"
            | "round"
            | "match"
            | "top"
            | "group"
            | "team"
            | "flight"
            | "bus"
            | "line"
            | "platform"
            | "terminal"
    ) || month_number(w).is_some()
}

/// Numbered things that are also common surnames: "Ward", and the months
/// ("August", "June").
fn ward_or_month(w: &str) -> bool {
    w.eq_ignore_ascii_case("ward") || month_number(w).is_some()
}

/// Whether `word` (a place's or a numbered thing's name right before ", 35,") is a
/// surname: a given name stands right before it, one space apart — a title-case word
/// that is no function word, no time word and no word of a place's name ("Joel
/// Israel", "Mark Ward"; not "In Israel", "Northern Ireland", "Last August", "Papua
/// New Guinea", "County Mayo", nor an all-caps dateline).
///
/// ```text
/// "identified the defendant as Harvey French" + "French" → true
/// "Across England" + "England" → false
/// ```
fn surname_after_given_name(before: &str, word: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let given = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let mut chars = given.chars();
    let title_case = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && given.len() >= 2
        && chars.all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'');
    if !title_case || month_number(given).is_some() || weekday_number(given).is_some() {
        return false;
    }
    let lower = given.to_ascii_lowercase();
    if NOT_GIVEN_NAMES.contains(&lower.as_str()) {
        return false;
    }
    // the two words one place ("Saudi Arabia"), or the first a place itself
    let countries = crate::extract::lexicon::countries::canonical;
    countries(given).is_none() && countries(&format!("{given} {word}")).is_none()
}

/// Whether the word right before `word` (one space apart) and `word` name a country:
/// "Saudi Arabia", "New Zealand".
fn country_of_two_words(before: &str, word: &str) -> bool {
    use crate::extract::lexicon::countries::canonical;
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let first = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if !first.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    canonical(&format!("{first} {word}")).is_some()
}

/// Title-case words that open a sentence or a place's name before a place or a
/// numbered thing, never a given name.
const NOT_GIVEN_NAMES: &[&str] = &[
    "in",
    "at",
    "on",
    "from",
    "to",
    "for",
    "with",
    "by",
    "of",
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "across",
    "throughout",
    "within",
    "into",
    "near",
    "outside",
    "inside",
    "over",
    "under",
    "after",
    "before",
    "since",
    "until",
    "during",
    "both",
    "all",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "great",
    "greater",
    "new",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "equatorial",
    "mainland",
    "metropolitan",
    "county",
    "province",
    "state",
    "city",
    "rural",
    "urban",
    "overseas",
    "republic",
    "kingdom",
    "police",
    "hospital",
    "maternity",
    "general",
    "children",
    "court",
    "saint",
    "st",
    "san",
    "santa",
    "el",
    "la",
    "le",
    "los",
    "las",
    "de",
    "del",
    "day",
    "team",
    "club",
];

/// Whether the words after "N-year-old" name a thing, not a person ("a 20-year-old
/// case", "a 100-year-old building").
fn is_thing(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let raw = words.next().unwrap_or("");
    let next = raw
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    // "a 60-year-old company employee": the thing word is only a modifier.
    let then = words.next().unwrap_or("").to_ascii_lowercase();
    let head = raw.len() != next.len()
        || then.is_empty()
        || matches!(
            then.as_str(),
            "in" | "of"
                | "was"
                | "is"
                | "has"
                | "had"
                | "that"
                | "which"
                | "and"
                | "on"
                | "at"
                | "from"
                | "with"
                | "for"
                | "to"
                | "were"
                | "the"
                | "a"
                | "by"
                | "after"
                | "when"
                | "where"
        );
    head && matches!(
        next.as_str(),
        "building"
            | "buildings"
            | "house"
            | "home"
            | "car"
            | "vehicle"
            | "case"
            | "cases"
            | "law"
            | "company"
            | "business"
            | "firm"
            | "tradition"
            | "record"
            | "program"
            | "programme"
            | "scheme"
            | "operation"
            | "investigation"
            | "dispute"
            | "feud"
            | "murder"
            | "crime"
            | "cold"
            | "mystery"
            | "tree"
            | "bridge"
            | "church"
            | "temple"
            | "mosque"
            | "school"
            | "policy"
            | "rule"
            | "statute"
            | "ban"
            | "practice"
            | "network"
            | "syndicate"
            | "account"
            | "debt"
            | "loan"
            | "warrant"
            | "conviction"
            | "sentence"
            | "relationship"
            | "marriage"
            | "friendship"
            | "partnership"
            | "machine"
            | "computer"
            | "phone"
            | "device"
            | "gun"
            | "weapon"
            | "rifle"
            | "bottle"
            | "whisky"
            | "wine"
            | "painting"
            | "vessel"
            | "ship"
            | "boat"
            | "aircraft"
            | "plane"
            | "structure"
            | "flat"
            | "apartment"
            | "shop"
            | "store"
            | "restaurant"
            | "market"
            | "brand"
            | "organisation"
            | "organization"
            | "group"
            | "gang"
            | "ring"
            | "campaign"
            | "war"
            | "conflict"
            | "battle"
            | "rivalry"
            | "system"
            | "treaty"
            | "agreement"
            | "contract"
            | "lease"
            | "unit"
            | "facility"
            | "prison"
            | "jail"
    )
}

fn age(n: u32) -> Option<u32> {
    (n <= MAX_AGE).then_some(n)
}

/// An age found: where, its bounds and the rule.
type Aged = (Span, u32, u32, &'static str);

fn push(out: &mut Vec<Aged>, span: Span, min: u32, max: u32, rule: &'static str) {
    if min <= max && max <= MAX_AGE {
        out.push((span, min, max, rule));
    }
}

/// The first year of one's teens.
const TEENS: u32 = 13;

/// The first year of a decade of life ("30s", "forties"; the teens start at 13).
fn decade(s: &str) -> Option<u32> {
    let l = s.to_ascii_lowercase();
    let digits: String = l.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    Some(match l.as_str() {
        "teens" => TEENS,
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

/// Append the `age` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    for (s, text) in ctx.sentences() {
        for (span, min, max, rule) in sentence_ages(text) {
            out.push(ctx.fact(Value::Age { min, max }, span.shift(s.start), rule));
        }
    }
}

/// The ages one sentence states, spans relative to it (remembered for sentences
/// that recur across pages).
fn sentence_ages(text: &str) -> Vec<Aged> {
    thread_local!(static MEMO: RefCell<Memo<Vec<Aged>>> = RefCell::default());
    memo::cached(&MEMO, text, || {
        let mut found = Vec::new();
        let out = &mut found;
        let abs = |m: &regex::Match<'_>| Span::from(m.range());
        aged(out, text);
        for c in YEAR_OLD.captures_iter(text) {
            let (Some(m), Some(n)) = (c.get(0), c.name("n")) else {
                continue;
            };
            if n.as_str().eq_ignore_ascii_case("a")
                || is_thing(&text[m.end()..])
                || RANGE_END.is_match(&text[..m.start()])
                || c.name("of_age").is_some() && below_threshold(&text[..m.start()])
                || OR_OLDER.is_match(&text[m.end()..])
            {
                continue;
            }
            if let Some(a) = parse_int(n.as_str())
                .and_then(|v| u32::try_from(v).ok())
                .and_then(age)
            {
                push(out, abs(&m), a, a, "age-year-old");
            }
        }
        for c in NAME_YRS.captures_iter(text) {
            let (Some(m), Some(n)) = (c.get(0), c.name("n")) else {
                continue;
            };
            if !after_name(&text[..m.start() + 1]) {
                continue;
            }
            if let Some(a) = n.as_str().parse::<u32>().ok().and_then(age) {
                // (the span is the figure and its "yrs", not the punctuation before)
                push(out, Span::new(n.start(), m.end()), a, a, "age-name-yrs");
            }
        }
        for c in RANGE_YEAR_OLD.captures_iter(text) {
            let (Some(m), Some(a), Some(b)) = (c.get(0), c.name("a"), c.name("b")) else {
                continue;
            };
            // "7 and 9 years old" is a list; only "between 7 and 9" is a range.
            if c.name("and").is_some() && c.name("btw").is_none() {
                continue;
            }
            let years =
                |n: regex::Match<'_>| parse_int(n.as_str()).and_then(|v| u32::try_from(v).ok());
            if let (Some(a), Some(b)) = (years(a), years(b)) {
                push(out, abs(&m), a, b, "age-range-year-old");
            }
        }
        for c in DECADE.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            for d in [c.name("a"), c.name("b")].into_iter().flatten() {
                if let Some(d) = decade(d.as_str()) {
                    // the teens run from 13 to 19
                    let last = if d == TEENS { 19 } else { d + 9 };
                    push(out, abs(&m), d, last, "age-decade");
                }
            }
        }
        for c in SHARED_YEAR_OLD.captures_iter(text) {
            let Some(n) = c.name("n") else { continue };
            // "between 7 and 9", "the ages of 7 and 14 years old": read as ranges.
            if RANGE_LEAD.is_match(&text[..n.start()]) {
                continue;
            }
            if let Some(a) = n.as_str().parse::<u32>().ok().and_then(age) {
                push(out, abs(&n), a, a, "age-year-old");
            }
        }
        apposition(out, text);
        for c in STATED.captures_iter(text) {
            let Some(n) = c.name("n") else { continue };
            if text[n.end()..].starts_with([',', '.'])
                && text[n.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let ages = n.as_str().split(|ch: char| !ch.is_ascii_digit());
            for a in ages
                .filter_map(|d| d.parse::<u32>().ok())
                .filter(|a| (1..=110).contains(a))
            {
                push(out, abs(&n), a, a, "age-stated");
            }
        }
        bracketed(out, text);
        initials(out, text);
        for c in AS_YOUNG_AS.captures_iter(text) {
            let (Some(m), Some(n)) = (c.get(0), c.name("n")) else {
                continue;
            };
            let rest = &text[m.end()..];
            // ("as young as 18 months": no number of years; "… 15 years old" is the
            // year-old rule's, "… six years." this rule's)
            let unit = rest.trim_start().to_ascii_lowercase();
            let year_old = unit.starts_with("year")
                && unit
                    .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                    .trim_start_matches([' ', '-'])
                    .starts_with("old")
                || unit.starts_with("years of age");
            if rest.starts_with('-') || year_old || unit.starts_with("month") {
                continue;
            }
            if let Some(a) = parse_int(n.as_str())
                .and_then(|v| u32::try_from(v).ok())
                .filter(|a| (1..=110).contains(a))
            {
                push(out, Span::from(m.range()), a, a, "age-as-young-as");
            }
        }
        found
    })
}

/// [`INITIALS_AGE`] in a sentence with an [`INITIALS_CUE`], outside a tally of
/// places ("arrested in NCR (20)").
fn initials(out: &mut Vec<Aged>, text: &str) {
    if !text.contains('(') || !INITIALS_CUE.is_match(text) || PLACE_BRACKET.is_match(text) {
        return;
    }
    for c in INITIALS_AGE.captures_iter(text) {
        let (Some(m), Some(n)) = (c.get(0), c.name("n")) else {
            continue;
        };
        // ("KWHY-TV (22)", "A/AB (3)": the end of a longer name or code)
        if text[..m.start()].ends_with(|ch: char| ch.is_alphanumeric() || "-/.&".contains(ch)) {
            continue;
        }
        let Some(a) = n
            .as_str()
            .parse::<u32>()
            .ok()
            .filter(|a| (1..=110).contains(a))
        else {
            continue;
        };
        let span = Span::from(n.range());
        // (a full name before the initials was read by the bracketed rule)
        if out.iter().any(|(s, ..)| *s == span) {
            continue;
        }
        push(out, span, a, a, "age-initials");
    }
}

/// Whether a number in brackets follows a city, state or region the gazetteer
/// knows, by its last word or last two: "followed by Johor (9), Kuala Lumpur (7)
/// and Negeri Sembilan (5)" is a tally of places.
fn bracket_after_place(text: &str) -> bool {
    use crate::extract::lexicon::countries::place_of;
    text.match_indices(" (").any(|(at, _)| {
        let digits = text[at + 2..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 0 || !text[at + 2 + digits..].starts_with(')') {
            return false;
        }
        let words: Vec<&str> = text[..at].rsplit(' ').take(2).collect();
        let one = words.first().copied().unwrap_or("");
        place_of(one).is_some()
            || words.len() == 2 && place_of(&format!("{} {one}", words[1])).is_some()
    })
}

fn bracketed(out: &mut Vec<Aged>, text: &str) {
    if !text.contains('(') {
        return;
    }
    let found: Vec<_> = BRACKETED.captures_iter(text).collect();
    // "in Austria (37), Chile (19)": counts of people per place; one place
    // makes the whole list counts.
    let places = PLACE_BRACKET.is_match(text)
        || found.iter().any(|c| {
            c.name("name").is_some_and(|name| {
                crate::extract::lexicon::countries::find(name.as_str())
                    .iter()
                    .any(|f| f.span.end == name.len())
            })
        })
        || bracket_after_place(text);
    if places {
        return;
    }
    for c in found {
        let (Some(name), Some(n)) = (c.name("name"), c.name("n")) else {
            continue;
        };
        let first = name.as_str().split_whitespace().next().unwrap_or("");
        if is_numbered_thing(first) {
            continue;
        }
        let Some(a) = n
            .as_str()
            .parse::<u32>()
            .ok()
            .filter(|a| (1..=110).contains(a))
        else {
            continue;
        };
        let span = Span::from(n.range());
        push(out, span, a, a, "age-bracketed");
    }
}

fn aged(out: &mut Vec<Aged>, text: &str) {
    for c in AGED.captures_iter(text) {
        let (Some(m), Some(a)) = (c.get(0), c.name("a")) else {
            continue;
        };
        // A number glued to what follows ("aged 16-year-old", "age 5.5") is not read here.
        if text[m.end()..].starts_with(['-', '.'])
            && text[m.end()..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            continue;
        }
        if NOT_AN_AGE.is_match(&text[m.end()..]) {
            continue;
        }
        // "under the age of 13" is a legal threshold, not someone's age.
        if below_threshold(&text[..m.start()]) {
            continue;
        }
        let span = Span::from(m.range());
        let age = |s: &str| parse_int(s).and_then(|n| u32::try_from(n).ok());
        let a_digits = a.as_str().starts_with(|ch: char| ch.is_ascii_digit());
        let a_end = a.end();
        let Some(a) = age(a.as_str()) else {
            continue;
        };
        // An age in months ("aged eight months"; "aged between 18 months and 12
        // years" opens a range at its whole years: 1) is no number of years, nor
        // is a range whose upper end is in months too.
        let months = c.name("months").is_some();
        let a = if months { a / 12 } else { a };
        let upper_in_months = c.name("b").is_some() && MONTHS_AFTER.is_match(&text[m.end()..]);
        if months && c.name("b").is_none() || upper_in_months {
            continue;
        }
        let head = m.as_str().to_ascii_lowercase();
        // "age 19, and two juveniles": a number word after figures counts people.
        let b = c
            .name("b")
            .filter(|b| !a_digits || b.as_str().starts_with(|ch: char| ch.is_ascii_digit()));
        if c.name("b").is_some() && b.is_none() {
            push(out, Span::new(m.start(), a_end), a, a, "age-aged");
            continue;
        }
        match (c.name("sep"), b) {
            (Some(sep), Some(b)) => {
                let Some(b) = age(b.as_str()) else {
                    continue;
                };
                let listed = sep.as_str().eq_ignore_ascii_case("and")
                    || sep.as_str().eq_ignore_ascii_case("or");
                let ranged =
                    head.contains("between") || head.contains("from") || head.contains("rang");
                if listed && !ranged {
                    // "aged 15 and 16", "aged 15, 16 and 17": one age each.
                    let rest = c.name("rest").map_or("", |r| r.as_str());
                    let mut ages = vec![a];
                    ages.extend(
                        rest.split(|ch: char| !ch.is_ascii_alphanumeric())
                            .filter_map(age),
                    );
                    for v in ages {
                        push(out, span, v, v, "age-list");
                    }
                } else {
                    push(out, span, a.min(b), a.max(b), "age-range");
                }
            }
            _ => push(out, span, a, a, "age-aged"),
        }
    }
}

fn apposition(out: &mut Vec<Aged>, text: &str) {
    if !text.contains(',') {
        return;
    }
    // Most matches are a word and any number ("in 2024", "Section 5"): they are
    // judged on the match and what follows it, and only the few left are read into
    // groups (capture groups cost several times a plain match).
    for m in APPOSITION.find_iter(text) {
        // The number ends the match, and the separator is the only part of it that
        // can hold a comma.
        let rest = &text[m.end()..];
        let comma = m.as_str().contains(',');
        // Without the first comma only the police-blotter form "Brandt 31, of".
        if !APPOSITION_END.is_match(rest)
            || (!comma && !rest.starts_with(", of "))
            || rest.starts_with([',', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // The same match, searched from its start, with its groups.
        let Some(c) = APPOSITION.regex().captures_at(text, m.start()) else {
            continue;
        };
        debug_assert_eq!(c.get(0).map(|g| g.range()), Some(m.range()));
        let (Some(prev), Some(n)) = (c.name("prev"), c.name("n")) else {
            continue;
        };
        let p = prev.as_str().trim_end_matches(['.', '\'', '’']);
        let name_like = p == ")" || p.chars().next().is_some_and(char::is_uppercase);
        if !(name_like || is_person_noun(p)) || weekday_number(p).is_some() {
            continue;
        }
        // A numbered thing ("Ward 7", "August, 2024") or a country ("In Singapore, 25
        // were …") is not a person, unless a given name stands before it: "Mark Ward,
        // 47,", "Joel Israel, 35,", "Matthew August, 47,".
        let surname = || surname_after_given_name(&text[..prev.start()], p);
        if is_numbered_thing(p) && !(ward_or_month(p) && surname()) {
            continue;
        }
        // (a country only: a person may be named after a city, "Kent, 63,", or
        // follow a city, "X, Los Angeles, 33,")
        if p != ")" && crate::extract::lexicon::countries::canonical(p).is_some() && !surname() {
            continue;
        }
        // …or a country of two words: "Saudi Arabia, 9;", "New Zealand, 3;".
        if country_of_two_words(&text[..prev.start()], p) {
            continue;
        }
        let Some(a) = n
            .as_str()
            .parse::<u32>()
            .ok()
            .filter(|a| (1..=110).contains(a))
        else {
            continue;
        };
        let span = Span::from(n.range());
        push(out, span, a, a, "age-apposition");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_compile() {
        for re in [
            &AGED,
            &SHARED_YEAR_OLD,
            &RANGE_YEAR_OLD,
            &RANGE_END,
            &RANGE_LEAD,
            &YEAR_OLD,
            &DECADE,
            &APPOSITION,
            &APPOSITION_END,
            &NOT_AN_AGE,
            &THRESHOLD,
            &BRACKETED,
            &PLACE_BRACKET,
            &STATED,
            &AS_YOUNG_AS,
            &INITIALS_AGE,
            &INITIALS_CUE,
        ] {
            assert!(!re.as_str().is_empty());
        }
    }

    #[test]
    fn decades() {
        assert_eq!(decade("30s"), Some(30));
        assert_eq!(decade("forties"), Some(40));
    }
}
