//! `count` facts: how many people, raids, places, officers, countries or cases.
//!
//! | rule | text | value |
//! |---|---|---|
//! | `count-noun` | "arrested 21 men", "Four investigation papers", "Four of the arrests" | 21 person male arrested; 4 case; 4 person arrested |
//! | `count-hyphen` | "a 214-count indictment" | 214 case |
//! | `count-bare` | "Malaysia: 4 suspects arrested, 2 convicted", "22 were arrested" | 2 person convicted |
//! | `count-verb` | "Police arrest 14, including …" | 14 person arrested |
//! | `count-place` | "arrested in Austria (37), France (29)" | 37 person arrested |
//! | `count-elliptic` | "nine suspects, including two in Honduras", "ten arrested in Romania, seven in Moldova" | 2 person; 7 person arrested |
//! | `count-demonym` | "Nine Malaysians and three Indonesians were among those arrested" | 9 person arrested |
//! | `count-of-them` | "Five of them have been charged" | 5 person charged |
//! | `count-copula` | "Of the 19 suspects, 15 are Chinese nationals" | 15 person arrested |
//!
//! A count of one ("a", "an", "one", "another") is never a fact; years, ages, money,
//! durations and numbers glued to other characters (phone numbers, "43-year-old",
//! URLs) never start a count. The role of a person count comes from its clause (see
//! `role`); a headline count repeated in the body with a gender, or a rounded
//! figure restated exactly, is dropped in favour of the more precise mention.

mod nouns;
mod role;

use crate::extract::fact::{Fact, Gender, Role, Unit, Value};
use crate::extract::lexicon::countries;
use crate::extract::lexicon::months::{month_number, weekday_number};
use crate::extract::lexicon::numbers::{parse_int, NUMBER_WORDS};
use crate::extract::lexicon::Rule;
use crate::extract::memo::{self, Memo};
use crate::extract::Context;
use crate::segment::BlockKind;
use crate::span::Span;
use nouns::{Noun, Strength};
use role::Before;
use std::cell::RefCell;
use std::sync::LazyLock;

/// Number (its digits in brackets after it, as Philippine reports write it:
/// "sixteen (16)"), optional "of the" ("of its", …), up to four modifiers, head
/// noun: "four local men", "Four of the arrested individuals", "180 dark web
/// sellers", "Nineteen of its members".
static NOUN_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        \b(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} )\b
        (?: \s* \( [0-9]{{1,6}} \) )?   # sixteen (16)
        (?P<of> \s+ of \s+ (?:the|these|those|its|their|his|her) )?
        (?P<mods> (?: \s+ \[? (?: [a-z][a-z'’-]* | [0-9]{{1,3}}-[a-z][a-z-]* ) ){{0,4}}? )
        \s+ \[? (?P<noun> {nouns} | them | whom )
        \b (?P<poss> ['’] )?",
        words = NUMBER_WORDS,
        nouns = nouns::HEAD_NOUNS,
    ))
    .expect("noun count regex")
});

/// [`NOUN_COUNT`]'s groups, read off a match it found: the same pattern anchored at
/// both ends of the match, with any word in place of the one-word head nouns. The
/// head noun is the match's last word (or pair of words, for the nouns of two); the
/// lazy modifiers stop before it as they do in the full pattern. No word boundary
/// after the noun: the full pattern checked it against the text after the match,
/// which the groups' pattern does not see (an ASCII `\b` after "investigationſ" —
/// "investigations" under case folding — holds before "uspects", not at the end).
/// A property test holds the groups to the full pattern's.
static NOUN_COUNT_GROUPS: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::extract::lexicon::groups_regex(&format!(
        r"(?xi)
        ^(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} )\b
        (?: \s* \( [0-9]{{1,6}} \) )?
        (?P<of> \s+ of \s+ (?:the|these|those|its|their|his|her) )?
        (?P<mods> (?: \s+ \[? (?: [a-z][a-z'’-]* | [0-9]{{1,3}}-[a-z][a-z-]* ) ){{0,4}}? )
        \s+ \[? (?P<noun> {multi} | [a-z][a-z-]* )
        (?P<poss> ['’] )?$",
        words = NUMBER_WORDS,
        multi = nouns::MULTI_WORD_NOUNS,
    ))
    .expect("noun count groups regex")
});

/// One [`NOUN_COUNT`] match, by its groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NounCount {
    num: Span,
    /// "of the", "of these", "of those", "of its" (their, his, her) after the number.
    of: bool,
    /// The modifiers between the number (or "of the") and the noun; may be empty.
    mods: Span,
    noun: Span,
    /// An apostrophe after the noun ("five children's").
    poss: bool,
}

impl NounCount {
    /// The match of captures `c`, whose haystack starts at byte `offset` of the text.
    fn of_captures(c: &regex::Captures<'_>, offset: usize) -> Option<NounCount> {
        let span = |name: &str| {
            c.name(name)
                .map(|g| Span::new(offset + g.start(), offset + g.end()))
        };
        Some(NounCount {
            num: span("num")?,
            of: c.name("of").is_some(),
            mods: span("mods")?,
            noun: span("noun")?,
            poss: c.name("poss").is_some(),
        })
    }
}

/// The first [`NOUN_COUNT`] match at or after `at` in `text`: found by the rule's
/// lazy DFA, its groups read by [`NOUN_COUNT_GROUPS`] on the match alone.
fn noun_count_at(text: &str, at: usize) -> Option<NounCount> {
    let m = NOUN_COUNT.find_at(text, at)?;
    NounCount::of_captures(&NOUN_COUNT_GROUPS.captures(m.as_str())?, m.start())
}

/// What may follow the bare number of [`VERB_COUNT`]: punctuation, the end, or a
/// preposition ("arrests seven in …"), never a noun.
static VERB_COUNT_END: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi) ^(?: \s*[,.;:)\]–—-](?:\s|$) | \s*$ | \s+(?:in|on|for|over|after|during|including|at|across|from|as|and|while|with|under|since|following|amid|near|inside|last|this|yesterday|today)\b )",
    )
    .expect("verb count end regex")
});

/// A number and a nationality: "Nine Malaysians", "three Chinese were held", "11 Sri
/// Lankans" (the first words of the gazetteer's two-word demonyms may open it).
static DEMONYM_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    let mut firsts: Vec<&str> = crate::extract::lexicon::countries::PLACES
        .iter()
        .flat_map(|p| p.demonyms.iter())
        .filter_map(|d| d.split_once(' ').map(|(first, _)| first))
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    crate::extract::lexicon::regex(&format!(
        r"(?x) \b(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | (?i:{words}) ) \s+ (?P<dem> (?:(?:{firsts})\s)? \p{{Lu}}\p{{Ll}}+ ) \b (?P<next> \s+\p{{Ll}}+ )?",
        words = NUMBER_WORDS,
        firsts = firsts.iter().map(|f| regex::escape(f)).collect::<Vec<_>>().join("|"),
    ))
    .expect("demonym count regex")
});

/// A number as the subject of "were"/"are": "460 were Chinese nationals", "619 were
/// minors", "15 of whom were women" (what they were is read by [`copula_counts`]).
static COPULA_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi) \b(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} ) (?: \s+ of \s+ (?:whom|them) )? \s+ (?:were|are) \s+ (?:all\s+|also\s+)?",
        words = NUMBER_WORDS
    ))
    .expect("copula count regex")
});

/// "Five of them", "three of whom", "two of those arrested", "nine of the detained":
/// people.
static OF_THEM: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi) \b(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} ) \s+ of \s+ (?:them|whom|those|us|the) \b",
        words = NUMBER_WORDS
    ))
    .expect("of-them regex")
});

/// People counted in millions: "4.3 million cardholders", "1.8 million users", "2
/// lakh devotees" (the words after the scale are read by [`scaled_counts`]).
static SCALED_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi) \b(?P<int>[0-9]{1,3})(?:\.(?P<frac>[0-9]{1,3}))?\s*-?\s*(?P<scale>million|billion|lakh|crore)\b (?P<words>(?:\s+[a-z][a-z'’-]*){1,3})",
    )
    .expect("scaled count regex")
});

/// "a 214-count indictment", "10-count complaint".
static HYPHEN_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi) \b(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} ) - count \s+ (?:indictment|complaint|information|charge-sheet|charge)s?\b",
        words = NUMBER_WORDS
    ))
    .expect("hyphen count regex")
});

/// A number followed by what happened to the people it counts: "21 arrested",
/// "22 were arrested", "seven have been charged", "four were given suspended
/// sentences", "six were fined", "16 remain at large", "41 were taken into custody",
/// "16 handed themselves in".
static BARE_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        \b(?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} )
        (?: \s+ (?:were|was|are|have|has|had|will|would|being|been|be|also|later|subsequently|since|now|all|already|then|still|[a-z]{{3,}}ly) )*   # (an adverb too: 850 were held specifically for …)
        \s+ (?P<part> arrested|detained|charged|convicted|sentenced|investigated|rescued|killed|injured|dead|nabbed|remanded|questioned|indicted|jailed|identified|apprehended|held\s+in\s+custody|held|taken\s+into\s+custody|surrendered|(?:handed|turned)\s+themselves\s+(?:in|over)|gave\s+themselves\s+up|deported|repatriated|fined|imprisoned|given\s+(?:(?:suspended|prison|jail|custodial|life|lengthy)\s+)*(?:sentences?|terms?)|(?:remain(?:s|ed)?\s+)?at\s+large|face\s+(?:(?:multiple|several|numerous|criminal|federal|new|additional|similar|related)\s+)?(?:charges|counts|trial|prosecution))\b",
        words = NUMBER_WORDS
    ))
    .expect("bare count regex")
});

/// An arrest verb with a bare number as its object: "Police arrest 14, including …",
/// "arrests seven in fraud inquiry".
static VERB_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        \b(?:arrest|arrests|arrested|detain|detains|detained|nab|nabs|nabbed|charge|charges|charged|rescue|rescues|rescued|convict|convicts|convicted|jail|jails|jailed)
        \s+ (?:(?:more\s+than|over|about|nearly|some|at\s+least|another|a\s+further)\s+)?
        (?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} )\b",
        words = NUMBER_WORDS
    ))
    .expect("verb count regex")
});

/// A running total: "bring to 47 the number of suspects arrested", "bringing the
/// total number of people arrested to 95", "taking the tally of arrests to 30". What
/// is counted follows "number of" (read by [`total_counts`]).
static TOTAL_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)
        \b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|raise|raises|raising|raised)
        \s+ (?: to \s+ (?P<pre> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} ) \s+ )?
        the \s+ (?:(?:overall|total)\s+)? (?:number|tally|total|count) (?: \s+ of )? \s+",
        words = NUMBER_WORDS
    ))
    .expect("total count regex")
});

/// "… to 95": the number a running total reaches.
static TOTAL_TO: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi) ^ (?P<what> [^,.;:()\n]*? ) \s+ to \s+ (?:(?:more\s+than|over|about|nearly|some|at\s+least)\s+)? (?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} ) \b",
        words = NUMBER_WORDS
    ))
    .expect("total-to regex")
});

/// A place with a count in brackets: "Canada (88), Austria (37)".
static PLACE_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"\((?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\)")
        .expect("place count regex")
});

/// "including two in Honduras", "ten were arrested in Romania, seven in Moldova and
/// three in Ukraine", "17 people: six in the United States, …": the unit (and
/// predicate) of the count before it.
static ELLIPTIC_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi) (?: (?:\bincluding|[,;:]|,?\s+and) \s+ | \( \s* ) (?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | {words} ) \s+
        (?: (?:in|from) \s+ (?:the\s+)? (?-i:[A-Z])
          # '… were placed in detention and five under house arrest': a state, not a place
          | (?P<state> under\s+house\s+arrest | on\s+bail | in\s+custody | in\s+(?:pre-?trial\s+)?detention )\b )",
        words = NUMBER_WORDS
    ))
    .expect("elliptic count regex")
});

/// The place first: "in Spain, 12 people were arrested; in Italy, eight; and in
/// Portugal, five", "Thailand arrested 20 suspects, Cambodia 18 and Laos 12". The
/// number must close its item (read by [`place_first_counts`]).
static PLACE_FIRST_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x) (?:[,;]\s+(?:and\s+)?|\s+and\s+) (?:in\s+)? (?P<place> [A-Z][a-zà-ÿ'’.-]* (?:\s[A-Z][a-zà-ÿ'’.-]* (?:\s[A-Z][a-zà-ÿ'’.-]*)? )? ) ,?\s+ (?P<num> [0-9]{{1,3}}(?:,[0-9]{{3}})+ | [0-9]+ | (?i:{words}) ) \b",
        words = NUMBER_WORDS
    ))
    .expect("place-first count regex")
});

/// Whether `w` (a plural, any case) is a head noun that counts people or officers
/// ("travellers", "passengers", "agents"): what other extractors take for things
/// is never such a word.
pub(crate) fn is_people_noun(w: &str) -> bool {
    nouns::lookup(w).is_some_and(|n| matches!(n.unit, Unit::Person | Unit::Officer))
}

/// Whether the modifiers between a number and its noun (`noun_text`) hold a word
/// that ends the noun phrase before the noun. An "and" joins two modifiers ("120
/// male and female suspects", "31,000 telecom and online fraud suspects", "94 search
/// and seizure warrants", the noun of two words) when at most two words stand before
/// it, none of them a plural, and a modifier, not a determiner or a number, follows
/// it; else it joins two phrases ("two vans and three suspects", "four continents
/// identified and arrested suspects", "the 911 call and found both victims").
fn stops_modifiers(mods: &str, noun_text: &str) -> bool {
    let words: Vec<&str> = mods.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let joins = w.eq_ignore_ascii_case("and")
            && (1..=2).contains(&i)
            && words[..i]
                .iter()
                .all(|m| !m.ends_with(['s', 'S', ',']) && parse_int(m).is_none())
            && if i + 1 == words.len() {
                noun_text.contains(char::is_whitespace)
            } else {
                words[i + 1..].iter().all(|next| {
                    parse_int(next).is_none() && !is_stop_modifier(next) && !is_determiner(next)
                })
            };
        !joins && is_stop_modifier(w)
    })
}

/// A word that opens a noun phrase of its own: "both", "all", "each".
fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "both" | "all" | "each" | "every" | "its" | "their" | "his" | "her" | "these" | "those"
    )
}

/// Words that may not stand between a number and its noun: they show the number
/// belongs to something else ("five years in jail for men").
fn is_stop_modifier(w: &str) -> bool {
    let w = w.trim_start_matches('[').to_ascii_lowercase();
    matches!(
        w.as_str(),
        "of" | "in"
            | "and"
            | "or"
            | "to"
            | "the"
            | "a"
            | "an"
            | "for"
            | "with"
            | "from"
            | "at"
            | "on"
            | "by"
            | "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "be"
            | "been"
            | "who"
            | "which"
            | "that"
            // "12 videos involving children": the number counts the videos
            | "involving"
            | "depicting"
            | "showing"
            | "featuring"
            | "containing"
            | "targeting"
            | "years"
            | "year"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "days"
            | "day"
            | "hours"
            | "hour"
            | "minutes"
            | "times"
            | "per"
            | "percent"
            | "cent"
            | "kg"
            | "grams"
            | "g"
            | "tonnes"
            | "million"
            | "billion"
            | "thousand"
            | "lakh"
            | "crore"
            | "dozen"
            | "hundred"
            | "they"
            | "he"
            | "she"
            | "it"
            | "as"
            | "but"
            | "not"
            | "than"
            | "across"
            | "into"
            | "against"
            | "over"
            | "under"
            | "after"
            | "before"
            | "during"
            | "including"
            | "within"
            | "between"
            | "through"
            | "about"
            | "among"
            | "via"
            | "like"
            | "while"
            | "when"
            | "where"
            | "whose"
            | "there"
            | "their"
            | "his"
            | "her"
            | "its"
            | "our"
            | "your"
            | "my"
            | "this"
            | "these"
            | "those"
            | "all"
            | "each"
            | "every"
            | "such"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "do"
            | "did"
            | "does"
            | "said"
            | "says"
            // "Six also face charges": people facing charges, not six charges
            | "face"
            | "faces"
            | "facing"
            | "also"
            | "out"
            | "up"
            | "off"
            | "if"
            | "because"
            | "so"
            | "no"
            | "only"
    ) || parse_int(&w).is_some()
}

/// Words before a number that make its people hypothetical: the drugs were "enough
/// for about 560,000 addicts", "sufficient to supply 20,000 users".
fn hypothetical(before: &str) -> bool {
    // (asked of every count found: byte comparisons, no lower-cased copy)
    let ends = |b: &str, p: &str| {
        b.len() >= p.len()
            && b.is_char_boundary(b.len() - p.len())
            && b[b.len() - p.len()..].eq_ignore_ascii_case(p)
    };
    let mut b = role::tail(before, 60).trim_end();
    for q in APPROXIMATORS {
        if ends(b, q) {
            b = b[..b.len() - q.len()].trim_end();
            break;
        }
    }
    [
        "enough for",
        "sufficient for",
        "enough to supply",
        "enough to feed",
        "enough to serve",
        "sufficient to supply",
    ]
    .iter()
    .any(|p| ends(b, p))
}

/// Words before a number that make it approximate ("nearly 300").
/// (longer forms first: the hypothetical check strips the first that ends a text)
const APPROXIMATORS: [&str; 16] = [
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "over",
    "more than",
    "close to",
    "an estimated",
    "estimated",
    "at least",
    "up to",
    "upwards of",
    "in excess of",
];

/// Whether `before` ends with one of [`APPROXIMATORS`].
fn is_approximate(before: &str) -> bool {
    let b = before.trim_end().to_ascii_lowercase();
    APPROXIMATORS.iter().any(|q| {
        b.ends_with(q) && b[..b.len() - q.len()].ends_with(|c: char| !c.is_alphanumeric())
            || b == *q
    })
}

/// The number at `span` of `text`, when it may be a count.
fn count_value(text: &str, span: Span) -> Option<u64> {
    let raw = span.slice(text);
    let prev = text[..span.start].chars().next_back();
    if prev.is_some_and(|c| {
        matches!(
            c,
            '$' | '€' | '£' | '¥' | '₹' | '₱' | '#' | '/' | '.' | '-' | '+' | '@' | '=' | '_'
        )
    }) {
        return None;
    }
    let next = text[span.end..].chars().next();
    if next.is_some_and(|c| matches!(c, '/' | '%' | '_' | '='))
        || text[span.end..].starts_with(".")
            && text[span.end..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    let lower = raw.to_ascii_lowercase();
    // "dozen" or "hundred" alone ("a dozen countries", "several dozen people") are vague.
    if matches!(
        lower.as_str(),
        "dozen" | "hundred" | "thousand" | "million" | "billion"
    ) {
        return None;
    }
    let v = parse_int(raw)?;
    // A year written in digits ("in 2021 men …") is not a count.
    if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) && (1900..=2100).contains(&v) {
        return None;
    }
    // A label before a digit number makes it a name ("SB 1899", "Highway 60",
    // "Area 3"); "1 in 6 victims" is a ratio.
    let prev_word = role::tail(&text[..span.start], 60)
        .trim_end_matches(' ')
        .rsplit(' ')
        .next()
        .unwrap_or("");
    if raw.starts_with(|c: char| c.is_ascii_digit()) && is_label(prev_word) {
        return None;
    }
    let near = role::tail(&text[..span.start], 24);
    if near.to_ascii_lowercase().ends_with(" in ") && RATIO.is_match(near) {
        return None;
    }
    // A month name right before the number makes it a day ("June 5 arrested").
    let before_word = role::tail(&text[..span.start], 60)
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if month_number(before_word).is_some() {
        return None;
    }
    (v >= 2).then_some(v)
}

/// "1 in 6 …", "one in five …": a ratio, not a count.
static RATIO: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\b(?:[0-9]+|one)\s+in\s+$").expect("ratio regex")
});

/// A word that names a numbered thing ("SB 1899", "Highway 60"): a label word, or a
/// short all-capitals abbreviation.
fn is_label(w: &str) -> bool {
    let t = w.trim_start_matches(['(', '[', '"', '“']);
    let short_caps = (2..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase());
    short_caps
        || matches!(
            t.to_ascii_lowercase().trim_end_matches('.'),
            "section"
                | "sections"
                | "article"
                | "articles"
                | "rule"
                | "rules"
                | "chapter"
                | "part"
                | "no"
                | "nos"
                | "number"
                | "box"
                | "block"
                | "level"
                | "room"
                | "unit"
                | "area"
                | "district"
                | "precinct"
                | "station"
                | "flight"
                | "interstate"
                | "highway"
                | "route"
                | "road"
                | "street"
                | "avenue"
                | "bay"
                | "lot"
                | "phase"
                | "stage"
                | "grade"
                | "class"
                | "act"
                | "cap"
                | "page"
                | "pages"
                | "exhibit"
                | "docket"
                | "code"
                | "title"
                | "proposition"
                | "prop"
                | "measure"
                | "ward"
                | "zone"
                | "sector"
                | "channel"
                | "news"
                | "covid"
                | "vol"
                | "volume"
                | "amendment"
                | "bill"
                | "item"
                | "clause"
                | "schedule"
                | "regulation"
                | "floor"
                | "gate"
                | "suite"
                | "tower"
                | "apartment"
                | "apt"
                | "version"
                | "season"
                | "episode"
                | "week"
                | "day"
                | "year"
                | "top"
                | "group"
                | "team"
                | "ward's"
                | "platform"
                | "terminal"
                | "bus"
                | "line"
                | "court"
                | "courtroom"
                | "department"
                | "dept"
                | "region"
                | "division"
                | "zip"
                | "model"
                | "form"
                | "table"
                | "figure"
                | "fig"
                | "paragraph"
                | "para"
                | "count"
                | "counts"
                | "charge"
                | "case"
        )
}

/// One count found in a clause, before its role is settled.
#[derive(Debug, Clone)]
struct Hit {
    /// The words that state the count, relative to the clause.
    span: Span,
    /// Where the number starts, relative to the clause.
    num_start: usize,
    value: u64,
    unit: Unit,
    gender: Option<Gender>,
    /// The role the noun or participle carries by itself.
    own_role: Option<(Role, Strength)>,
    /// A participle among the modifiers ("the arrested individuals").
    mod_role: Option<Role>,
    /// Takes the unit and role of the count before it.
    elliptic: bool,
    approximate: bool,
    rule: &'static str,
}

/// Whether a count's words end in a noun for children ("51 children", "12 minors").
fn child_noun(words: &str) -> bool {
    words.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "children" | "minors" | "girls" | "boys" | "infants" | "babies" | "toddlers" | "kids"
        )
    })
}

/// Verbs by which an offender reaches children online or films them: their objects
/// are victims when they are children ("contacted nine boys", "filmed 12 girls").
const CHILD_CONTACT_VERBS: &[&str] = &[
    "contact",
    "contacts",
    "contacted",
    "contacting",
    "messaged",
    "messaging",
    "approached",
    "approaching",
    "photographed",
    "photographing",
    "filmed",
    "filming",
    "recorded",
    "recording",
    "livestreamed",
    "livestreaming",
];

/// Whether the word before a count (hedges such as "more than" aside) is
/// "identified" or "identifying".
fn identified_right_before(before: &str) -> bool {
    verb_right_before(before, &["identified", "identifying"])
}

/// Whether the last word before a count, glue words aside, is one of `verbs`.
fn verb_right_before(before: &str, verbs: &[&str]) -> bool {
    role::tail(before, 80)
        .split_whitespace()
        .rev()
        .map(|w| w.to_ascii_lowercase())
        .find(|w| !role::is_glue(w))
        .is_some_and(|w| verbs.contains(&w.as_str()))
}

/// Whether a count's words end in a noun for people whose money a fraud takes
/// ("60 investors", "200 depositors").
fn money_victim_noun(words: &str) -> bool {
    words.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "investors"
                | "customers"
                | "clients"
                | "depositors"
                | "policyholders"
                | "savers"
                | "shareholders"
                | "pensioners"
                | "retirees"
        )
    })
}

/// Whether a count's words end in a noun for suspects ("40 suspects").
fn suspect_noun(words: &str) -> bool {
    words
        .split_whitespace()
        .next_back()
        .is_some_and(|w| role::suspect_word(&w.to_ascii_lowercase()))
}

/// A count kept for the article-wide checks, with where it was found.
#[derive(Debug, Clone)]
struct Found {
    span: Span,
    value: u64,
    unit: Unit,
    gender: Option<Gender>,
    role: Option<Role>,
    approximate: bool,
    /// Found in the title or a heading; the section it heads, if a heading.
    headline: Option<Option<usize>>,
    section: Option<usize>,
    rule: &'static str,
}

/// Whether the words after a count's "Police" go on with a capitalised name that
/// no noun for people closes: "Police Land Divisions", not "Police Department
/// officers".
fn police_opens_a_name(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if after.starts_with(|c: char| !c.is_whitespace()) || !first.starts_with(char::is_uppercase) {
        return false;
    }
    let closing = words.find(|w| !w.starts_with(char::is_uppercase));
    !closing.is_some_and(|w| {
        matches!(
            w.trim_end_matches(|c: char| !c.is_alphabetic()),
            "officers"
                | "officer"
                | "personnel"
                | "agents"
                | "detectives"
                | "officials"
                | "members"
        )
    })
}

/// Whether `word` (any case) is a noun counts count: "suspects", "arrests", "raids".
pub(crate) fn is_counted_noun(word: &str) -> bool {
    nouns::lookup(word).is_some()
}

/// Append the `count` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let mut found: Vec<Found> = Vec::new();
    let sentences = &ctx.segments.sentences;
    for (si, s) in sentences.iter().enumerate() {
        let text = s.span.slice(ctx.body);
        let block = ctx.segments.blocks.get(s.block);
        let headline = block.and_then(|b| match b.kind {
            BlockKind::Title => Some(None),
            BlockKind::Heading => Some(b.section),
            _ => None,
        });
        let section = block.and_then(|b| b.section);
        if block.is_some_and(|b| is_teaser(b.span.slice(ctx.body))) {
            continue;
        }
        for clause in clauses(text, headline.is_some()) {
            // ("1 232 suspects", "600 000 users": a figure with its thousands set off
            // by spaces, read as one, byte for byte; a label or a month before it
            // still makes it no count, as `count_value` reads them)
            let joined = crate::extract::lexicon::numbers::join_spaced_thousands_unless(
                clause.slice(text),
                is_label,
            );
            let ctext: &str = &joined;
            for h in clause_counts(ctext) {
                // "499 rhinos were killed … KwaZulu-Natal accounted for 325 of them":
                // "them" reaches back into the sentence before.
                let prev = si
                    .checked_sub(1)
                    .map(|p| &sentences[p])
                    .filter(|p| p.block == s.block)
                    .map(|p| p.span.slice(ctx.body));
                if let Some(prev) = prev.filter(|_| h.rule == "count-of-them") {
                    let before = &ctext[..h.span.start];
                    let said = h.span.slice(ctext).to_ascii_lowercase();
                    if said.ends_with(" them")
                        && antecedent(before, false).is_none()
                        && antecedent_across(prev, before) == Some(true)
                    {
                        continue;
                    }
                }
                let (start, value) = (h.span.start, h.value);
                let span = Span::new(start, h.span.end).shift(clause.start + s.span.start);
                found.push(Found {
                    span,
                    value,
                    unit: h.unit,
                    gender: h.gender,
                    role: h.role,
                    approximate: h.approximate,
                    headline,
                    section,
                    rule: h.rule,
                });
            }
        }
    }
    let keep = article_filter(&found);
    for (f, k) in found.iter().zip(keep) {
        if k {
            let value = Value::Count {
                value: f.value,
                unit: f.unit,
                gender: f.gender,
                role: f.role,
            };
            out.push(ctx.fact(value, f.span, f.rule));
        }
    }
}

/// A link to another story ("Related Story Six activists targeted …"): its counts
/// belong to that story.
fn is_teaser(block: &str) -> bool {
    TEASER.is_match(block)
}

static TEASER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^\W*(?:related\s+(?:story|stories|articles?|news|posts?)|related:|read\s+(?:more|also|next)|also\s+read|see\s+more|more\s+on\s+this|you\s+may\s+also\s+like)\b")
        .expect("teaser regex")
});

/// The clauses of a sentence: a headline splits at semicolons and bars
/// ("4 suspects arrested; 2 convicted | News").
fn clauses(text: &str, headline: bool) -> Vec<Span> {
    if !headline {
        return vec![Span::new(0, text.len())];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ';' | '|') {
            out.push(Span::new(start, i));
            start = i + c.len_utf8();
        }
    }
    out.push(Span::new(start, text.len()));
    out
}

/// A count with its role settled.
#[derive(Debug, Clone, PartialEq)]
struct Settled {
    span: Span,
    value: u64,
    unit: Unit,
    gender: Option<Gender>,
    role: Option<Role>,
    approximate: bool,
    rule: &'static str,
}

/// Spans of URLs in markdown links and bare addresses, where no count starts.
static URL: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\]\([^)\s]*\)?|\bhttps?://\S+|\bwww\.\S+")
        .expect("url regex")
});

/// Ages, whose numbers are not counts ("aged 14 to 68 were investigated").
static AGE_PHRASE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\b(?:aged|ages?|between\s+the\s+ages\s+of)(?:\s+(?:between|from|of|ranging))*\s+[0-9]{1,3}(?:\s*(?:,|to|and|or|-|–)\s*[0-9]{1,3})*")
        .expect("age phrase regex")
});

/// Every count of one clause (remembered for clauses that recur across pages).
fn clause_counts(text: &str) -> Vec<Settled> {
    thread_local!(static MEMO: RefCell<Memo<Vec<Settled>>> = RefCell::default());
    memo::cached(&MEMO, text, || counts_of_clause(text))
}

fn counts_of_clause(text: &str) -> Vec<Settled> {
    // Every rule below counts with a number.
    if !crate::extract::lexicon::numbers::has_number(text) {
        return Vec::new();
    }
    let urls: Vec<Span> = URL
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .collect();
    let in_url = |s: Span| urls.iter().any(|u| u.overlaps(s));
    let mut hits: Vec<Hit> = Vec::new();
    noun_counts(text, &mut hits);
    scaled_counts(text, &mut hits);
    hyphen_counts(text, &mut hits);
    of_them_counts(text, &mut hits);
    copula_counts(text, &mut hits);
    demonym_counts(text, &mut hits);
    bare_counts(text, &mut hits);
    verb_counts(text, &mut hits);
    place_counts(text, &mut hits);
    elliptic_counts(text, &mut hits);
    place_first_counts(text, &mut hits);
    total_counts(text, &mut hits);
    let ages: Vec<Span> = AGE_PHRASE
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .collect();
    hits.retain(|h| {
        !in_url(h.span)
            && !hypothetical(&text[..h.num_start])
            && !ages
                .iter()
                .any(|a| a.contains(Span::new(h.num_start, h.num_start + 1)))
    });
    // Earlier start first; at the same start the longer (more specific) rule.
    hits.sort_by_key(|h| (h.num_start, std::cmp::Reverse(h.span.len())));
    // Sorted by start, a hit overlaps a kept one only if it starts before the
    // furthest end kept so far.
    let mut kept: Vec<Hit> = Vec::new();
    let mut reach = 0;
    for h in hits {
        if h.span.start.min(h.num_start) < reach {
            continue;
        }
        reach = reach.max(h.span.end);
        kept.push(h);
    }
    settle(text, kept)
}

/// Whether `after` opens a relative clause about the people just counted: "who were
/// rescued", ", who had been held", "that were arrested".
fn relative_clause(after: &str) -> bool {
    let after = after.trim_start_matches([' ', ',']);
    ["who ", "that ", "whom "]
        .iter()
        .any(|w| after.starts_with(w))
}

/// A count of `noun`, with the gender or role its modifiers add ("five male
/// suspects", "the arrested individuals").
fn noun_hit(text: &str, num: Span, end: usize, value: u64, noun: Noun, mods: &str) -> Hit {
    let mod_words: Vec<&str> = mods.split_whitespace().collect();
    // "22 men and women", "five boys and girls": both genders.
    let mixed = MIXED_GENDER.is_match(&text[end..]);
    let noun = if mixed {
        Noun {
            gender: None,
            ..noun
        }
    } else {
        noun
    };
    // ("120 male and female suspects": both, so neither)
    let mut genders = mod_words
        .iter()
        .filter_map(|w| nouns::gender_of_modifier(w));
    let first = genders.next();
    let gender = noun
        .gender
        .or_else(|| first.filter(|g| genders.all(|other| other == *g)));
    let mod_role = mod_words.iter().find_map(|w| {
        let w = w.trim_start_matches('[').to_ascii_lowercase();
        role::cue(&w, None).filter(|_| w.ends_with("ed"))
    });
    Hit {
        span: Span::new(num.start, end),
        num_start: num.start,
        value,
        unit: noun.unit,
        gender,
        own_role: noun.role,
        mod_role,
        elliptic: false,
        approximate: is_approximate(role::tail(&text[..num.start], 40)),
        rule: "count-noun",
    }
}

fn noun_counts(text: &str, hits: &mut Vec<Hit>) {
    // A rejected match resumes right after its number, so "Two of the five suspects"
    // still finds "five suspects".
    let mut at = 0;
    while let Some(c) = noun_count_at(text, at) {
        let (num, noun_span) = (c.num, c.noun);
        at = num.end;
        if c.poss {
            continue; // "five children's phones"
        }
        let Some(value) = count_value(text, num) else {
            continue;
        };
        let mods = c.mods.slice(text);
        if stops_modifiers(mods, c.noun.slice(text)) {
            continue;
        }
        let noun_text = noun_span.slice(text);
        let of = c.of;
        let noun = match noun_text.to_ascii_lowercase().as_str() {
            "them" | "whom" if of => Noun {
                unit: Unit::Person,
                gender: None,
                role: None,
                needs_raid_context: false,
            },
            "them" | "whom" => continue,
            _ => match nouns::lookup(noun_text) {
                Some(n) => n,
                None => continue,
            },
        };
        // "N of the …" counts people only ("two of the cases" is not a count of cases).
        if of && noun.unit != Unit::Person {
            continue;
        }
        // "the seven Police Land Divisions", "eight Police Departments": "Police"
        // opens a unit's capitalised name, not a count of officers (but "8 Houston
        // Police Department officers" counts the officers after the name).
        if noun_text == "Police" && police_opens_a_name(&text[noun_span.end..]) {
            continue;
        }
        // "two prior strike convictions", "three previous arrests": a record, not
        // people of this case.
        if matches!(
            noun_text.to_ascii_lowercase().as_str(),
            "arrests" | "convictions"
        ) && mods.split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "prior" | "previous" | "past" | "earlier" | "former"
            )
        }) {
            continue;
        }
        if noun.needs_raid_context && !RAID_CONTEXT.is_match(text) {
            continue;
        }
        // "police" counts officers only as the last word ("500 police were deployed").
        if noun_text.eq_ignore_ascii_case("police")
            && NEXT_IS_NOUNISH.is_match(&text[noun_span.end..])
        {
            continue;
        }
        // "United States" is a country, not a count of states.
        if noun_text == "States"
            && mods.trim().is_empty()
            && value < 60
            && role::tail(&text[..num.start], 20)
                .trim_end()
                .ends_with("United")
        {
            continue;
        }
        if noun.unit == Unit::Jurisdiction && value > 250 {
            continue;
        }
        // "two 17-year-old boys": the age keeps its words, the count takes the number.
        let end = if mods.bytes().any(|b| b.is_ascii_digit()) {
            num.end
        } else {
            noun_span.end
        };
        hits.push(noun_hit(text, num, end, value, noun, mods));
    }
}

static MIXED_GENDER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)^\s+(?:and|or|&)\s+(?:women|men|girls|boys|females|males)\b",
    )
    .expect("mixed gender regex")
});

/// What may follow a bare participle count ("21 arrested for …", "2 convicted,"):
/// not a noun, or the participle is an adjective ("the two charged incidents").
static BARE_END: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?xi) ^(?: \s*[^\s\w] | \s*$ | \s+(?:for|in|on|with|over|after|during|under|at|as|and|or|since|by|from|following|including|yesterday|today|last|this|earlier|while|across|amid|near|so|but|to|without|pending|overnight|following|when|since|before|because|until|as|who|that|were|are|was|is|have|had|has|so\s+far|of|[a-z]{3,}ly)\b )")
        .expect("bare end regex")
});

/// A sentence about raids or searches, where "houses" and "shops" are places raided.
static RAID_CONTEXT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:raid|search|inspect|storm|swoop|visit|check|target|bust)",
    )
    .expect("raid context regex")
});

static NEXT_IS_NOUNISH: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^\s+(?:officers|officials|personnel|staff|stations?|chiefs?|commanders?|units?|cars?|vehicles?|forces?|departments?|agencies|services?|districts?|divisions?|precincts?|posts?|reports?|records?|files?|documents?|statements?|checks?|raids?|operations?|investigations?|sources?|escorts?|patrols?|dogs?|boats?|helicopters?|motorcycles?|trucks?|uniforms?|badges?|barracks|headquarters|cells?|checkpoints?|informants?|radios?)\b")
        .expect("nounish regex")
});

/// [`SCALED_COUNT`]'s people: the first head noun among the words after the scale,
/// with only modifiers before it ("4.3 million credit card holders" is not read: the
/// noun must come within three words).
fn scaled_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in SCALED_COUNT.captures_iter(text) {
        let (Some(int), Some(scale), Some(words)) =
            (c.name("int"), c.name("scale"), c.name("words"))
        else {
            continue;
        };
        let Some(factor) = crate::extract::lexicon::numbers::scale_word(scale.as_str()) else {
            continue;
        };
        let frac = c.name("frac").map_or("", |f| f.as_str());
        let Some(value) = scaled_value(int.as_str(), frac, factor) else {
            continue;
        };
        let mut mods_end = words.start();
        for w in words.as_str().split_whitespace() {
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            let noun = nouns::lookup(w).filter(|n| {
                n.unit == Unit::Person && n.role.is_none_or(|(r, _)| r == Role::Victim)
            });
            if let Some(noun) = noun {
                let mods = &text[words.start()..mods_end];
                if !stops_modifiers(mods, w) && harmed(w, &text[..int.start()]) {
                    let num = Span::new(int.start(), scale.end());
                    hits.push(Hit {
                        rule: "count-scaled",
                        ..noun_hit(text, num, at + w.len(), value, noun, mods)
                    });
                }
                break;
            }
            mods_end = at + w.len();
        }
    }
}

/// Whether people counted in millions are a case's victims: the noun says so
/// ("4.3 million victims"), or a verb of harm comes before them ("defrauded 4.3
/// million cardholders", "the breach affected 2 million customers"); "a market
/// serving 17 million customers" counts no victims.
fn harmed(noun: &str, before: &str) -> bool {
    const HARM: &[&str] = &[
        "defraud",
        "affect",
        "impact",
        "expos",
        "target",
        "victimi",
        "scam",
        "cheat",
        "dup",
        "swindl",
        "harm",
        "breach",
        "compromis",
        "stole",
        "steal",
        "hack",
        "leak",
        "lure",
        "trick",
    ];
    if noun.eq_ignore_ascii_case("victims") {
        return true;
    }
    let clause = role::tail(before, 80);
    let clause = clause.rsplit([',', ';']).next().unwrap_or(clause);
    clause.split_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        HARM.iter().any(|h| w.starts_with(h))
    })
}

/// `int.frac` times `factor`, exactly: ("4", "3", 1,000,000) is 4,300,000.
fn scaled_value(int: &str, frac: &str, factor: u64) -> Option<u64> {
    let whole = int.parse::<u64>().ok()?.checked_mul(factor)?;
    if frac.is_empty() {
        return Some(whole);
    }
    let digits = u32::try_from(frac.len()).ok()?;
    let part = frac.parse::<u64>().ok()?.checked_mul(factor)? / 10u64.checked_pow(digits)?;
    whole.checked_add(part)
}

fn demonym_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in DEMONYM_COUNT.captures_iter(text) {
        let (Some(num), Some(dem)) = (c.name("num"), c.name("dem")) else {
            continue;
        };
        let word = dem.as_str();
        let plural = word.len() > 3 && word.ends_with('s');
        let singular = if plural {
            &word[..word.len() - 1]
        } else {
            word
        };
        // (or a region's people: "six Asians and two Arabs", "three Africans")
        let is_demonym = countries::find(singular).first().is_some_and(|f| {
            f.how == countries::Mention::Demonym && f.span.len() == singular.len()
        }) || plural
            && matches!(
                singular,
                "Asian"
                    | "Arab"
                    | "African"
                    | "European"
                    | "Latino"
                    | "Hispanic"
                    | "Caucasian"
                    | "Westerner"
                    | "Foreigner"
                    | "Expatriate"
                    | "Expat"
            );
        // "two Chinese companies": an adjective; "five Chinese were held", "deported
        // 254 Chinese on Wednesday", "detained 14 Vietnamese at the border": people.
        let next_is_verb = c.name("next").is_some_and(|n| {
            matches!(
                n.as_str().trim(),
                "were"
                    | "are"
                    | "was"
                    | "have"
                    | "had"
                    | "and"
                    | "who"
                    | "in"
                    | "from"
                    | "arrested"
                    | "detained"
                    | "charged"
                    | "among"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "over"
                    | "after"
                    | "during"
                    | "near"
                    | "by"
                    | "with"
                    | "including"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "last"
            )
        });
        // "two Indian Air Force flights", "three Philippine Navy ships": a name goes on
        // after the adjective.
        let name_goes_on = !plural
            && c.name("next").is_none()
            && text[dem.end()..].strip_prefix(' ').is_some_and(|rest| {
                let word = rest
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                word.starts_with(char::is_uppercase)
                    && weekday_number(word).is_none()
                    && month_number(word).is_none()
            });
        if !is_demonym || name_goes_on || !(plural || c.name("next").is_none() || next_is_verb) {
            continue;
        }
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        hits.push(person_hit(
            num_span,
            dem.end(),
            value,
            None,
            text,
            "count-demonym",
        ));
    }
}

/// "Of the 19 suspects, 15 are Chinese nationals and four are Cambodians", "1,970
/// were women and 624 were minors": a number whose people the words after "were"
/// name — a person noun after at most two modifiers, or a nationality alone.
fn copula_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in COPULA_COUNT.captures_iter(text) {
        let (Some(m), Some(num)) = (c.get(0), c.name("num")) else {
            continue;
        };
        let num_span = Span::new(num.start(), num.end());
        if let Some((end, role)) = classified_as(&text[m.end()..]) {
            if let Some(value) = count_value(text, num_span) {
                let role = role.map(|r| (r, Strength::Strong));
                hits.push(person_hit(
                    num_span,
                    m.end() + end,
                    value,
                    role,
                    text,
                    "count-copula",
                ));
            }
            continue;
        }
        let mut gender = None;
        let mut end = None;
        let mut noun_role = None;
        let mut at = m.end();
        for (i, word) in text[m.end()..].split(' ').take(3).enumerate() {
            let w = word.trim_end_matches([',', '.', ';', ':', ')']);
            if w.is_empty() {
                break;
            }
            let start = at + (word.len() - word.trim_start().len());
            at += word.len() + 1;
            // ("the three are accused of": a verb; "115 were convictions": events)
            let verbal = w.ends_with("ed") || matches!(w, "arrests" | "convictions");
            if let Some(n) = nouns::lookup(w).filter(|n| n.unit == Unit::Person && !verbal) {
                gender = n.gender.or(gender);
                // ("48 were victims"; "12 were suspected recruiters": suspects, in no
                // role the sentence names, not the victims counted before them)
                noun_role = n.role.or(noun_role);
                end = Some(start + w.len());
                break;
            }
            let singular = w.strip_suffix('s').unwrap_or(w);
            let demonym = w.starts_with(|c: char| c.is_uppercase())
                && [w, singular].iter().any(|x| {
                    countries::find(x).first().is_some_and(|f| {
                        f.how == countries::Mention::Demonym && f.span.len() == x.len()
                    })
                });
            // "15 are Chinese nationals": the noun may follow; "460 were Chinese": people.
            if demonym {
                end = Some(start + w.len());
                continue;
            }
            match nouns::gender_of_modifier(w) {
                Some(g) if i < 2 => gender = Some(g),
                _ if i < 2
                    && matches!(
                        w.to_ascii_lowercase().as_str(),
                        "foreign" | "local" | "underage" | "young" | "elderly"
                    ) => {}
                _ if i < 2
                    && matches!(
                        w.to_ascii_lowercase().as_str(),
                        "suspected" | "alleged" | "presumed"
                    ) =>
                {
                    noun_role = Some((Role::Involved, Strength::Weak));
                }
                _ => break,
            }
        }
        // "the two were students": people counted before, referred to again.
        let referred = role::tail(&text[..num.start()], 8)
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let Some(end) = end.filter(|_| !referred) else {
            continue;
        };
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        let mut h = person_hit(num_span, end, value, noun_role, text, "count-copula");
        h.gender = gender;
        hits.push(h);
    }
}

/// After "N were": a participle of judging, "as", and the people it names, within
/// three words: "198 were classified as trafficking victims", "were formally
/// confirmed as suspects". The end of the noun and the role it names ("victims"
/// victims, "suspects" investigated, as `identified_as` reads them). "Identified
/// as" is the bare count's (`count-bare`).
fn classified_as(after: &str) -> Option<(usize, Option<Role>)> {
    let c = CLASSIFIED_AS.captures(after)?;
    let (m, p) = (c.get(0)?, c.name("part")?);
    if role::cue(&p.as_str().to_ascii_lowercase(), None).is_some() {
        return None;
    }
    let mut at = m.end();
    for word in after[m.end()..].split(' ').take(3) {
        let w = word.trim_end_matches([',', '.', ';', ':', ')']);
        let end = at + w.len();
        at += word.len() + 1;
        let lower = w.to_ascii_lowercase();
        if nouns::lookup(&lower).is_some_and(|n| n.unit == Unit::Person)
            || role::suspect_word(&lower)
        {
            let named = identified_as(&format!("as {}", &after[m.end()..end]))?;
            return Some((end, named));
        }
    }
    None
}

static CLASSIFIED_AS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^(?:[a-z]{3,}ly\s+)?(?P<part>[a-z]{3,}ed)\s+as\s+")
        .expect("classified-as regex")
});

fn of_them_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in OF_THEM.captures_iter(text) {
        let (Some(m), Some(num)) = (c.get(0), c.name("num")) else {
            continue;
        };
        // "22 of those years": "those" before a noun is not people.
        if m.as_str().to_ascii_lowercase().ends_with("those") {
            let next = text[m.end()..].split_whitespace().next().unwrap_or("");
            let next = next
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            let ok = next.is_empty()
                || next.ends_with("ed")
                || matches!(
                    next.as_str(),
                    "who" | "that" | "held" | "in" | "at" | "on" | "from" | "involved"
                );
            if !ok {
                continue;
            }
        }
        // "Three of those arrested were remanded", "Nine of the detained were
        // charged": the participle names the group; what happened to the part is
        // the predicate after it (else the group's).
        let lower = m.as_str().to_ascii_lowercase();
        let the = lower.ends_with("the");
        let participle = (the || lower.ends_with("those"))
            .then(|| {
                let rest = &text[m.end()..];
                let word = rest.trim_start();
                let len = word
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(word.len());
                let w = &word[..len];
                (w.len() > 4
                    && w.ends_with("ed")
                    && role::cue(&w.to_ascii_lowercase(), None).is_some())
                .then(|| {
                    (
                        m.end() + (rest.len() - word.len()) + len,
                        participle_role(w),
                    )
                })
            })
            .flatten();
        // "N of the" counts only a group named by a participle alone: "two of the
        // cases" is no count of people, and "nine of the detained men" is the noun
        // count's.
        if the
            && participle.is_none_or(|(end, _)| {
                let next = text[end..].split_whitespace().next().unwrap_or("");
                let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
                nouns::lookup(next).is_some()
                    || nouns::lookup(text[m.end()..end].trim_start()).is_some()
            })
        {
            continue;
        }
        // "received 2,400 cases and rejected 900 of them": not people ("of whom"
        // always is).
        let whom = m.as_str().to_ascii_lowercase().ends_with("whom");
        if participle.is_none() && !whom && antecedent_is_thing(&text[..num.start()]) {
            continue;
        }
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        let mut hit = person_hit(
            num_span,
            participle.map_or(m.end(), |(end, _)| end),
            value,
            participle.map(|(_, r)| (r, Strength::Weak)),
            text,
            "count-of-them",
        );
        // "40 people, 12 of them women": what they are, right after.
        if participle.is_none() {
            // (one adjective allowed: "eight of them teenage boys")
            let noun = text[m.end()..]
                .split_whitespace()
                .take(2)
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .find_map(nouns::lookup);
            if let Some(noun) = noun.filter(|n| n.unit == Unit::Person) {
                hit.gender = noun.gender;
            }
        }
        hits.push(hit);
    }
}

/// Whether what "N of them" counts (within a dozen words before it) is not people:
/// the nearest counted noun ("filed 312 cases and won 148 of them"), or, when a
/// number comes first, the unknown words it counts ("found 3,400 indecent images,
/// 612 of them in Category A"; not "arrested 40 in Manila, 12 of them women").
fn antecedent_is_thing(before: &str) -> bool {
    antecedent(before, false) == Some(true)
}

/// [`antecedent`] across a sentence break: the words of the sentence before
/// (`prev`) and of this one up to the count (`before`), read for a counted noun only
/// right after its number ("Detectives arrested 30 people in the raids. Twelve of
/// them …": the people, not the raids).
fn antecedent_across(prev: &str, before: &str) -> Option<bool> {
    let joined = format!("{} {before}", role::tail(prev, 240));
    antecedent(&joined, true)
}

/// What the nearest counted words before "N of them" are: `Some(true)` things,
/// `Some(false)` people, `None` when the words say nothing. With
/// `capitalised_people` (across a sentence break, where no verb of the sentence
/// vouches for the link), a capitalised word after a number counts people
/// ("recruited 40 Filipinos"), a counted noun counts only after its number, and the
/// reach is longer.
fn antecedent(before: &str, capitalised_people: bool) -> Option<bool> {
    let reach = if capitalised_people { 40 } else { 12 };
    let words: Vec<&str> = before.split_whitespace().rev().take(reach).collect();
    let counted = |i: usize| {
        words[i + 1..]
            .iter()
            .take(3)
            .any(|w| parse_int(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some())
    };
    for (i, w) in words.iter().enumerate() {
        let word = w.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(n) = nouns::lookup(word).filter(|_| !capitalised_people || counted(i)) {
            return Some(n.unit != Unit::Person);
        }
        if i > 0 && parse_int(word).is_some() && !w.ends_with([',', ';', ':', '.']) {
            if capitalised_people && words[i - 1].starts_with(char::is_uppercase) {
                return Some(false);
            }
            let next = words[i - 1].to_ascii_lowercase();
            return Some(
                next.starts_with(|c: char| c.is_ascii_alphabetic())
                    && !matches!(
                        next.trim_end_matches(|c: char| !c.is_alphanumeric()),
                        "in" | "on"
                            | "at"
                            | "from"
                            | "of"
                            | "and"
                            | "or"
                            | "were"
                            | "was"
                            | "are"
                            | "have"
                            | "had"
                            | "who"
                            | "during"
                            | "across"
                            | "including"
                    ),
            );
        }
    }
    None
}

fn hyphen_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in HYPHEN_COUNT.captures_iter(text) {
        let (Some(m), Some(num)) = (c.get(0), c.name("num")) else {
            continue;
        };
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        hits.push(Hit {
            span: Span::new(num.start(), m.end()),
            num_start: num.start(),
            value,
            unit: Unit::Case,
            gender: None,
            own_role: None,
            mod_role: None,
            elliptic: false,
            approximate: false,
            rule: "count-hyphen",
        });
    }
}

fn participle_role(p: &str) -> Role {
    let p = p.to_ascii_lowercase();
    let mut words = p.split_whitespace();
    match words.next().unwrap_or("") {
        // ("held in custody"; "Five held over scam": what "held" means is the cue's)
        "held" => role::cue("held", words.next()).unwrap_or(Role::Detained),
        "detained" | "remanded" | "taken" => Role::Detained,
        "charged" | "indicted" | "face" => Role::Charged,
        "convicted" => Role::Convicted,
        "sentenced" | "jailed" | "fined" | "imprisoned" | "given" => Role::Sentenced,
        // ("16 remain at large": named in the case, not in custody)
        "remain" | "remains" | "remained" | "at" => Role::Involved,
        "investigated" | "questioned" | "identified" => Role::Investigated,
        "rescued" => Role::Rescued,
        "killed" | "injured" | "dead" => Role::Victim,
        "deported" | "repatriated" => Role::Involved,
        _ => Role::Arrested,
    }
}

fn person_hit(
    num: Span,
    end: usize,
    value: u64,
    role: Option<(Role, Strength)>,
    text: &str,
    rule: &'static str,
) -> Hit {
    Hit {
        span: Span::new(num.start, end),
        num_start: num.start,
        value,
        unit: Unit::Person,
        gender: None,
        own_role: role,
        mod_role: None,
        elliptic: false,
        approximate: is_approximate(role::tail(&text[..num.start], 40)),
        rule,
    }
}

fn bare_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in BARE_COUNT.captures_iter(text) {
        let (Some(num), Some(part)) = (c.name("num"), c.name("part")) else {
            continue;
        };
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        if value >= 1_000_000 {
            continue;
        }
        if !BARE_END.is_match(&text[part.end()..]) {
            continue;
        }
        // "12 were held.", "Five held over scam"; "All five are being held on bail"
        // tells of people counted before.
        let rest = text[part.end()..].trim_start();
        // ("850 were held specifically for trafficking offences")
        let rest = ADVERB
            .find(rest)
            .map_or(rest, |m| rest[m.end()..].trim_start());
        if part.as_str().eq_ignore_ascii_case("held")
            && !(rest.is_empty()
                || rest.starts_with(['.', ';', ','])
                || rest.starts_with("over ")
                || rest.starts_with("for "))
        {
            continue;
        }
        let identified = part.as_str().eq_ignore_ascii_case("identified");
        let role = match identified_as(&text[part.end()..]).filter(|_| identified) {
            Some(named) => named,
            None => Some(participle_role(part.as_str())),
        };
        hits.push(person_hit(
            num_span,
            part.end(),
            value,
            role.map(|r| (r, Strength::Strong)),
            text,
            "count-bare",
        ));
    }
}

/// An adverb opening a text: "specifically ", "initially ".
static ADVERB: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(r"(?i)^[a-z]{3,}ly\b").expect("adverb regex"));

/// After "N were identified": "as" and what they were identified as, whose role
/// (if its first three words give one) replaces the inquiry's: "221 were identified
/// as victims of trafficking" are victims, "12 were identified as suspects" are
/// investigated; "identified as Ali and Chong" gives no role (`Some(None)`). `None`
/// when no "as" follows: identified by an inquiry.
fn identified_as(after: &str) -> Option<Option<Role>> {
    let rest = after.trim_start().strip_prefix("as ")?;
    let words: Vec<String> = rest
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let role = words.iter().enumerate().find_map(|(i, w)| {
        let next = words.get(i + 1).map(String::as_str);
        if role::suspect_word(w) {
            Some(Role::Investigated)
        } else {
            role::cue(w, next)
        }
    });
    Some(role)
}

fn verb_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in VERB_COUNT.captures_iter(text) {
        let Some(num) = c.name("num") else { continue };
        if !VERB_COUNT_END.is_match(&text[num.end()..]) {
            continue;
        }
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        if value >= 1_000_000 {
            continue;
        }
        hits.push(person_hit(
            num_span,
            num.end(),
            value,
            None,
            text,
            "count-verb",
        ));
    }
}

fn total_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in TOTAL_COUNT.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let rest = &text[m.end()..];
        // What is counted, and the number: before it ("to 47 the number of
        // suspects arrested") or after ("the number of people arrested to 95").
        let (num, what) = if let Some(pre) = c.name("pre") {
            let end = rest.find([',', '.', ';', ':', '(']).unwrap_or(rest.len());
            (Span::new(pre.start(), pre.end()), &rest[..end])
        } else if let Some(t) = TOTAL_TO.captures(rest) {
            let (Some(n), Some(w)) = (t.name("num"), t.name("what")) else {
                continue;
            };
            // (what is counted runs at most ~80 characters: bounded here, not in the
            // pattern, where a bounded repeat of a negated class grows a large DFA)
            if w.as_str().len() > 80 {
                continue;
            }
            (
                Span::new(m.end() + n.start(), m.end() + n.end()),
                w.as_str(),
            )
        } else {
            continue;
        };
        let Some(value) = count_value(text, num).filter(|v| *v < 1_000_000) else {
            continue;
        };
        // The head noun ("people", "arrests") and the participle after it
        // ("arrested by the NBI"); a participle alone counts people ("the total
        // arrested").
        let words: Vec<&str> = what
            .split_whitespace()
            .take(8)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .collect();
        let noun = words.iter().find_map(|w| nouns::lookup(w).map(|n| (*w, n)));
        let participle = words.iter().find(|w| {
            let w = w.to_ascii_lowercase();
            w.ends_with("ed") && role::cue(&w, None).is_some()
        });
        let (unit, gender, noun_role) = match noun {
            Some((_, n)) => (n.unit, n.gender, n.role),
            None if participle.is_some() => (Unit::Person, None, None),
            None => continue,
        };
        // (a noun's own role stands: "the number of victims identified")
        let own_role = noun_role
            .filter(|(_, strength)| *strength == Strength::Strong)
            .or(participle
                .map(|p| (participle_role(p), Strength::Strong))
                .filter(|_| unit == Unit::Person))
            .or(noun_role);
        // The span: from the number or "the number", through the noun and participle.
        let said = [noun.map(|(w, _)| w), participle.copied()]
            .into_iter()
            .flatten()
            .filter_map(|w| what.find(w).map(|at| at + w.len()))
            .max()
            .unwrap_or(what.len());
        let the = m.as_str().to_ascii_lowercase().find("the ").unwrap_or(0);
        let start = num.start.min(m.start() + the);
        let end = (m.end() + said).max(num.end);
        hits.push(Hit {
            span: Span::new(start, end),
            num_start: num.start,
            value,
            unit,
            gender,
            own_role,
            mod_role: None,
            elliptic: false,
            approximate: false,
            rule: "count-total",
        });
    }
}

fn place_counts(text: &str, hits: &mut Vec<Hit>) {
    if !text.contains('(') {
        return;
    }
    let places = countries::find(text);
    let place_ends: Vec<usize> = places
        .iter()
        .filter(|p| p.how == countries::Mention::Name)
        .map(|p| p.span.end)
        .collect();
    let Some(sentence_role) = role::scan_after(text).filter(|_| !places.is_empty()) else {
        return;
    };
    for c in PLACE_COUNT.captures_iter(text) {
        let (Some(m), Some(num)) = (c.get(0), c.name("num")) else {
            continue;
        };
        let before = text[..m.start()].trim_end();
        let after_place = place_ends.binary_search(&before.len()).is_ok();
        if !after_place {
            continue;
        }
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = parse_int(num.as_str()).filter(|v| *v >= 2 && *v < 1_000_000) else {
            continue;
        };
        hits.push(person_hit(
            num_span,
            num_span.end,
            value,
            Some((sentence_role, Strength::Strong)),
            text,
            "count-place",
        ));
    }
}

fn elliptic_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in ELLIPTIC_COUNT.captures_iter(text) {
        let Some(num) = c.name("num") else { continue };
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        // The span takes in the place ("seven in Moldova"), whose count it is, or the
        // state ("five under house arrest").
        let end = c
            .name("state")
            .map(|m| m.end())
            .or_else(|| {
                c.get(0).map(|m| m.end() - 1).and_then(|at| {
                    let rest = text.get(at..)?;
                    countries::find(rest)
                        .into_iter()
                        .chain(countries::find_within(rest))
                        .find(|p| p.span.start == 0)
                        .map(|p| at + p.span.end)
                })
            })
            .unwrap_or(num.end());
        let mut h = person_hit(num_span, end, value, None, text, "count-elliptic");
        h.elliptic = true;
        hits.push(h);
    }
}

/// [`PLACE_FIRST_COUNT`]s: elliptic counts whose place, a country or a place in one,
/// comes first in an item of a tally ([`crate::extract::jurisdiction::tally_item`]),
/// after a count in the clause before them.
fn place_first_counts(text: &str, hits: &mut Vec<Hit>) {
    for c in PLACE_FIRST_COUNT.captures_iter(text) {
        let (Some(place), Some(num)) = (c.name("place"), c.name("num")) else {
            continue;
        };
        let item =
            crate::extract::jurisdiction::tally_item(&text[..place.start()], &text[place.end()..]);
        let whole = |f: &countries::Found| f.span.start == 0 && f.span.end == place.len();
        let named = countries::find(place.as_str()).iter().any(whole)
            || countries::find_within(place.as_str()).iter().any(whole);
        let after_count = hits.iter().any(|h| h.span.end <= place.start());
        if !item || !named || !after_count {
            continue;
        }
        let num_span = Span::new(num.start(), num.end());
        let Some(value) = count_value(text, num_span) else {
            continue;
        };
        let mut h = person_hit(num_span, num.end(), value, None, text, "count-elliptic");
        h.span = Span::new(place.start(), num.end());
        h.elliptic = true;
        hits.push(h);
    }
}

/// Whether `between`, the words from one count of a list of subjects to the next,
/// only describes the first (its ages, where its people are from, another person)
/// before the list goes on: "Two men, aged 19 and 23, from London, a 17-year-old boy
/// and three women … were arrested" lists one subject; "Two men were held in Leeds
/// and three women …" has a verb between and does not.
fn appositive_gap(between: &str) -> bool {
    let t = between.trim_end();
    if between.len() > 90
        || !between.starts_with(',')
        || !(t.ends_with(" and") || t.ends_with(','))
        || between.contains([';', '.', ':', '\n', '(', ')'])
    {
        return false;
    }
    between
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let lower = w.to_ascii_lowercase();
            w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                || lower.ends_with("-year-old")
                || matches!(
                    lower.as_str(),
                    "and"
                        | "aged"
                        | "age"
                        | "from"
                        | "of"
                        | "in"
                        | "a"
                        | "an"
                        | "the"
                        | "both"
                        | "all"
                        | "respectively"
                        | "boy"
                        | "girl"
                        | "man"
                        | "woman"
                        | "youth"
                        | "teenager"
                        | "juvenile"
                        | "minor"
                        | "year"
                        | "years"
                        | "old"
                )
        })
}

/// Settle units of elliptic counts and roles of person counts, clause-wide.
fn settle(text: &str, hits: Vec<Hit>) -> Vec<Settled> {
    // Groups of coordinated counts: "525 men and 19 women", "111 individuals (105 men and 6 women)".
    let mut group_of: Vec<usize> = Vec::with_capacity(hits.len());
    for i in 0..hits.len() {
        let joined = i > 0 && {
            let between = &text[hits[i - 1].span.end..hits[i].num_start];
            let w =
                between.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'));
            let w = w.to_ascii_lowercase();
            // "13 people, including four women, were arrested" shares the predicate too.
            // A part with a predicate of its own is not the whole's: "detained 45
            // people, 12 of whom were charged", "…, of whom 12 were charged" (the 12
            // were charged).
            let part = (hits[i].rule == "count-of-them"
                || matches!(w.as_str(), "of whom" | "of them"))
                && {
                    let end = hits.get(i + 1).map_or(text.len(), |n| n.num_start);
                    role::scan_after(&text[hits[i].span.end..end.max(hits[i].span.end)])
                        .is_some_and(|r| r != Role::Involved)
                };
            !part
                && (matches!(
                    w.as_str(),
                    "" | "and" | "or" | "&" | "including" | "among them" | "of whom" | "of them"
                ) || appositive_gap(between))
        };
        let g = if joined { group_of[i - 1] } else { i };
        group_of.push(g);
    }
    let mut out: Vec<Settled> = Vec::with_capacity(hits.len());
    for (i, h) in hits.iter().enumerate() {
        let (mut unit, mut gender) = (h.unit, h.gender);
        // The nearest person count before this one, for elliptic counts and "including".
        let prev_person = out.iter().rev().find(|p| p.unit == Unit::Person);
        if h.elliptic {
            match prev_person {
                Some(prev) => {
                    unit = prev.unit;
                    gender = prev.gender;
                }
                None => continue,
            }
        }
        let role = if unit == Unit::Person || unit == Unit::Officer {
            let first = group_of[i];
            let last = (i..hits.len())
                .take_while(|j| group_of[*j] == first)
                .last()
                .unwrap_or(i);
            let before = role::scan_before(&text[..hits[first].num_start]);
            let after_start = hits.get(last).map_or(h.span.end, |l| l.span.end);
            let after_end = hits.get(last + 1).map_or(text.len(), |n| n.num_start);
            let mut after = role::scan_after(&text[after_start..after_end.max(after_start)]);
            // "…, who were among the 12 arrested": the role of that later count.
            if after.is_none() {
                if let Some(n) = hits.get(last + 1) {
                    let gap = text[after_start..n.num_start].to_ascii_lowercase();
                    if gap.trim_end().ends_with("among") || gap.trim_end().ends_with("among the") {
                        after = n
                            .own_role
                            .map(|r| r.0)
                            .or_else(|| role::scan_after(&text[n.span.end..]));
                    }
                }
            }
            let inherited = || prev_person.and_then(|p| p.role);
            let own = h.own_role;
            // "Three defendants are still at large": sought, but charged all the same.
            if after == Some(Role::Involved) && own.is_some_and(|o| o.0 == Role::Charged) {
                after = None;
            }
            let chosen = if h.rule == "count-bare" {
                own.map(|o| o.0)
            } else {
                None
            }
            // "siphoned $14 million from 60 investors": those a fraud took from.
            .or_else(|| {
                (money_victim_noun(&text[h.span.start..h.span.end])
                    && verb_right_before(&text[..hits[first].num_start], &["from"]))
                .then_some(Role::Victim)
            })
            // "contacted nine boys", "filmed 12 girls": children reached by an
            // offender are his victims (adults contacted are witnesses as often).
            .or_else(|| {
                (child_noun(&text[h.span.start..h.span.end])
                    && verb_right_before(&text[..hits[first].num_start], CHILD_CONTACT_VERBS))
                .then_some(Role::Victim)
            })
            .or(match before {
                // "identified 35,000 victims": victims found, not people investigated.
                Before::Adjacent(Role::Investigated)
                    if own == Some((Role::Victim, Strength::Strong)) =>
                {
                    Some(Role::Victim)
                }
                // "identified 39 children who were rescued", "identified 12 suspects
                // who were later arrested": what the clause after says happened.
                Before::Adjacent(Role::Investigated)
                    if after.is_some_and(|r| !matches!(r, Role::Involved | Role::Investigated))
                        && relative_clause(&text[after_start..]) =>
                {
                    after
                }
                // "identified 51 children": children found in abuse material are its
                // victims, not people investigated.
                Before::Adjacent(Role::Investigated)
                    if child_noun(&text[h.span.start..h.span.end])
                        && identified_right_before(&text[..hits[first].num_start]) =>
                {
                    Some(Role::Victim)
                }
                // "Searches targeted 40 suspects": the ones sought out, not harmed.
                Before::Adjacent(Role::Victim)
                    if suspect_noun(&text[h.span.start..h.span.end])
                        && verb_right_before(
                            &text[..hits[first].num_start],
                            &["targeted", "targeting", "targets", "target"],
                        ) =>
                {
                    Some(Role::Investigated)
                }
                Before::Adjacent(r) => Some(r),
                Before::Inherit => inherited().or(own.map(|o| o.0)),
                _ => None,
            })
            // "12 victims … were rescued": victims freed are counted as rescued.
            .or_else(|| {
                (own == Some((Role::Victim, Strength::Strong)) && after == Some(Role::Rescued))
                    .then_some(Role::Rescued)
            })
            .or_else(|| own.filter(|o| o.1 == Strength::Strong).map(|o| o.0))
            // ("a director who forced 19 nurses … has been jailed": the jailing is the
            // director's; "found 5 women who had been trafficked": theirs)
            .or(after.filter(|_| before != Before::Object || relative_clause(&text[after_start..])))
            .or(match before {
                Before::Distant(r) => Some(r),
                _ => None,
            })
            .or(h.mod_role)
            .or(own.map(|o| o.0))
            // ("1,970 were women": a part of the people counted before)
            .or(if h.elliptic || h.rule == "count-copula" {
                inherited()
            } else {
                None
            });
            if unit == Unit::Officer {
                // Officers arrested or charged are counted as people.
                match chosen {
                    Some(
                        r @ (Role::Arrested
                        | Role::Detained
                        | Role::Charged
                        | Role::Convicted
                        | Role::Sentenced),
                    ) if matches!(before, Before::Adjacent(_))
                        || after.is_some() && officers_undergo(&text[after_start..]) =>
                    {
                        unit = Unit::Person;
                        Some(r)
                    }
                    _ => None,
                }
            } else {
                Some(chosen.unwrap_or(Role::Involved))
            }
        } else {
            None
        };
        // A figure of a million people or more is a statistic's ("a county of 3.3
        // million people", "enough fentanyl to kill 4.7 million people"), unless it
        // counts the victims of the case: "defrauded 4.3 million cardholders".
        if unit == Unit::Person
            && h.value >= 1_000_000
            && (h.rule != "count-scaled" || role != Some(Role::Victim))
        {
            continue;
        }
        out.push(Settled {
            span: h.span,
            value: h.value,
            unit,
            gender,
            role,
            approximate: h.approximate,
            rule: h.rule,
        });
    }
    out
}

/// Whether the words after a count of officers make them the ones a role befalls
/// ("five officers were arrested", "two officers from two agencies have been
/// charged", "four officers … pleaded guilty"), not the ones acting: the role's verb
/// as a participle ("400 officers took part in the raids, arresting 56 people") or
/// with an object ("officers who arrested the man", "officers detained 12 suspects").
fn officers_undergo(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        let w = w.to_ascii_lowercase();
        let stem = [
            "arrest",
            "charg",
            "convict",
            "sentenc",
            "detain",
            "jail",
            "indict",
            "plead",
            "pled",
            "net",
            "nab",
            "caught",
            "captur",
            "apprehend",
            "held",
            "bust",
        ]
        .iter()
        .any(|s| w.starts_with(s));
        if !stem {
            continue;
        }
        // ("… to detect and arrest drivers": the officers' own act)
        if w.ends_with("ing")
            || matches!(
                w.as_str(),
                "arrest"
                    | "charge"
                    | "detain"
                    | "jail"
                    | "indict"
                    | "net"
                    | "nets"
                    | "nab"
                    | "nabs"
                    | "arrests"
                    | "detains"
                    | "busts"
            )
        {
            return false;
        }
        let next = words
            .next()
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let object = next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                next.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "him"
                    | "her"
                    | "them"
                    | "his"
                    | "their"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "suspects"
                    | "people"
                    | "men"
                    | "women"
                    | "dozens"
                    | "hundreds"
            );
        return !object;
    }
    true
}

/// Article-wide checks; `false` drops a count:
/// - a genderless person count in a headline restated with a gender in the body it
///   heads ("Malaysia: 4 suspects arrested" … "four local men were arrested");
/// - an approximate figure restated exactly ("nearly 300" … "289"), a headline's
///   round figure too ("1,200 arrests" … "1,209 suspects").
fn article_filter(found: &[Found]) -> Vec<bool> {
    found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if f.unit == Unit::Person && f.gender.is_none() {
                if let Some(heads) = f.headline {
                    let restated = found.iter().enumerate().any(|(j, g)| {
                        j != i
                            && g.headline.is_none()
                            && g.unit == Unit::Person
                            && g.value == f.value
                            && g.gender.is_some()
                            && (heads.is_none() || g.section == heads)
                            && (g.role == f.role
                                || g.role == Some(Role::Involved)
                                || f.role == Some(Role::Involved))
                    });
                    if restated {
                        return false;
                    }
                }
            }
            // (a headline rounds: "1,200 arrests" over "1,209 suspects were arrested")
            let rounded_headline = f.headline.is_some() && trailing_zeros(f.value) >= 2;
            if f.approximate || rounded_headline {
                let exact = found.iter().enumerate().any(|(j, g)| {
                    j != i
                        && g.unit == f.unit
                        && g.value != f.value
                        && trailing_zeros(g.value) < trailing_zeros(f.value)
                        && g.value.abs_diff(f.value).saturating_mul(20) <= f.value
                        && (g.role == f.role
                            || g.role == Some(Role::Involved)
                            || f.role == Some(Role::Involved))
                        && (g.gender == f.gender || g.gender.is_none() || f.gender.is_none())
                });
                if exact {
                    return false;
                }
            }
            true
        })
        .collect()
}

fn trailing_zeros(mut v: u64) -> u32 {
    let mut n = 0;
    while v > 0 && v % 10 == 0 {
        v /= 10;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(s: &str) -> Vec<(u64, Unit, Option<Gender>, Option<Role>)> {
        clause_counts(s)
            .into_iter()
            .map(|c| (c.value, c.unit, c.gender, c.role))
            .collect()
    }

    /// [`noun_count_at`] as the full pattern reads it: its own groups.
    fn noun_count_by_full_pattern(text: &str, at: usize) -> Option<NounCount> {
        NounCount::of_captures(&NOUN_COUNT.regex().captures_at(text, at)?, 0)
    }

    /// Every match of a clause, resuming after each number as `noun_counts` does.
    fn noun_count_matches(
        text: &str,
        next: impl Fn(&str, usize) -> Option<NounCount>,
    ) -> Vec<NounCount> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(c) = next(text, at) {
            at = c.num.end;
            out.push(c);
        }
        out
    }

    #[test]
    fn noun_count_groups_are_the_full_patterns() {
        for text in [
            "Police arrested five local police officers and 12 Suspects' phones.",
            "Four of the arrested individuals; two of these men, three of them",
            "1,234 people and 12,34 men; twenty-one [alleged] co-defendants",
            "two 17-year-old boys, one hundred and two ſuspects, ten of theft victims",
            "5 members of the gang, 3 member states, 4 investigation papers",
        ] {
            assert_eq!(
                noun_count_matches(text, noun_count_at),
                noun_count_matches(text, noun_count_by_full_pattern),
                "{text:?}"
            );
        }
        assert!(!noun_count_matches("five local police officers", noun_count_at).is_empty());
    }

    proptest::proptest! {
        /// The groups [`NOUN_COUNT_GROUPS`] reads off a match are the full
        /// pattern's: the same number, "of the", modifiers, noun and apostrophe.
        #[test]
        fn noun_count_groups_read_as_the_full_pattern_reads_them(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "3", "12", "1,234", "12,34", "five", "Twenty", "twenty-one", "hundred",
                    "and", "dozen", "one", "of", "the", "these", "Those", "theft", "men",
                    "Men", "suspects", "ſuspects", "police", "officers", "Police",
                    "investigation", "papers", "member", "states", "States", "co-defendants",
                    "them", "whom", "local", "arrested", "17-year-old", "[alleged", "o'brien",
                    "children", "cars", "people", "in", "were", "K9", "kid", "Kelvin",
                    "member states", "police officers", "Search Warrants", "investigation papers",
                ]),
                0..24,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", " ", " ", " ", "  ", "\n", "-", ", ", "'s ", "’ ", "' ", ". ", " [",
                    "é", "",
                ]),
                0..24,
            ),
        ) {
            let text = crate::testing::joined(&words, &seps);
            proptest::prop_assert_eq!(
                noun_count_matches(&text, noun_count_at),
                noun_count_matches(&text, noun_count_by_full_pattern),
                "{:?}",
                text
            );
        }
    }

    #[test]
    fn rules_compile() {
        for re in [
            &NOUN_COUNT,
            &DEMONYM_COUNT,
            &OF_THEM,
            &HYPHEN_COUNT,
            &BARE_COUNT,
            &BARE_END,
            &VERB_COUNT,
            &VERB_COUNT_END,
            &PLACE_COUNT,
            &ELLIPTIC_COUNT,
            &URL,
            &AGE_PHRASE,
            &RATIO,
            &TEASER,
            &MIXED_GENDER,
            &RAID_CONTEXT,
            &NEXT_IS_NOUNISH,
        ] {
            assert!(!re.as_str().is_empty());
        }
    }

    #[test]
    fn coordinated_counts_share_the_predicate() {
        assert_eq!(
            counts("In all, 525 men and 19 women, aged between 13 and 68, were either arrested or are assisting with investigations."),
            [
                (525, Unit::Person, Some(Gender::Male), Some(Role::Involved)),
                (19, Unit::Person, Some(Gender::Female), Some(Role::Involved))
            ]
        );
    }

    #[test]
    fn a_list_of_subjects_with_their_ages_shares_the_verb() {
        assert_eq!(
            counts("Two men, aged 19 and 23, from London, a 17-year-old boy and three women, aged 22, 34 and 46, were arrested on suspicion of supplying drugs."),
            [
                (2, Unit::Person, Some(Gender::Male), Some(Role::Arrested)),
                (3, Unit::Person, Some(Gender::Female), Some(Role::Arrested))
            ]
        );
        // a verb between ends the first subject's clause
        assert_eq!(
            counts("Two men were questioned in Leeds, and three women were arrested."),
            [
                (
                    2,
                    Unit::Person,
                    Some(Gender::Male),
                    Some(Role::Investigated)
                ),
                (3, Unit::Person, Some(Gender::Female), Some(Role::Arrested))
            ]
        );
    }

    #[test]
    fn governing_noun_wins() {
        assert_eq!(
            counts("It led to the arrest of 435 individuals and the investigation of 109 others across six Asian jurisdictions."),
            [
                (435, Unit::Person, None, Some(Role::Arrested)),
                (109, Unit::Person, None, Some(Role::Investigated)),
                (6, Unit::Jurisdiction, None, None)
            ]
        );
    }
}
