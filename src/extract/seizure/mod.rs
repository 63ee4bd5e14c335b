//! `seizure` facts: what was seized, confiscated, recovered, frozen or taken down.
//!
//! | text | item | count | quantity |
//! |---|---|---|---|
//! | "seized 84 computers and 9 routers" | `computer`, `router` | 84, 9 | |
//! | "Devices seized included hard drives and iPads" | `hard drive`, `ipad` | null | |
//! | "the seizure of 18.5 kilograms of fentanyl" | `fentanyl` | null | 18.5 kg |
//! | "1,009 pills of Ecstasy were recovered" | `ecstasy pill` | 1009 | |
//! | "blocked more than 12,500 bank accounts" | `bank account` | 12500 | |
//!
//! Rules (the rule name is on every fact):
//! - **seized-object**: a seizure verb or noun ("seized", "confiscated", "took down",
//!   "the seizure of", "found", "ordered to forfeit") followed by a list of things.
//! - **seized-passive**: a list of things before "were seized", "seized by …".
//! - **seized-included**: "Devices seized included …", "Among the items found were …".
//! - **seized-list**: list items under a line announcing seizures ("seizures
//!   included:").
//! - **seized-weighs**: the weight of a thing seized, in a clause of its own ("the
//!   seized suspected heroin weighs 2,774 grams").
//!
//! The list is cut into conjuncts at commas, "and", "as well as", "along with" and
//! parentheses; each
//! conjunct is parsed by `item::parse`. Sums of money ("S$1,000 in cash") are
//! `money` facts, not seizures, and are skipped; so are negated seizures ("did not
//! recover any drugs").

mod item;

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::{Literals, Rule};
use crate::extract::Context;
use crate::segment::BlockKind;
use crate::span::Span;
use std::sync::LazyLock;

/// A seizure verb or noun whose object follows it.
static ACTIVE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \b(?P<verb>
            seiz(?:ed|es|e|ing)
          | confiscat(?:ed|es|e|ing)
          | impound(?:ed|s|ing)?
          | intercepted
          # (the coast guard's and the navy's words: 'offloaded 14,500 pounds of
          # cocaine', 'interdicted 9,800 pounds of cocaine')
          | offload(?:ed|s|ing)?
          | interdict(?:ed|s|ing)?
          # (botnet and darknet takedowns: 'took control of 17 servers', 'dismantled
          # 9 servers', 'disabled 300 domains'; servers, domains and sites only)
          | (?:took|taken|takes?|taking)\s+control\s+of
          | dismantl(?:ed|es|e|ing)
          | disabl(?:ed|es|e|ing)
          | recover(?:ed|s|ing)?
          # (translated Spanish and Portuguese copy's 'intervened 41 hard drives':
          # seized)
          | interven(?:ed|es|e|ing)
          # (translated European copy's 'officers secured 2 kg of cocaine and three
          # phones': things known by name only, never 'secured a conviction')
          | secured
          | (?:froze|frozen|freez(?:e|es|ing))
          # (Australian and British copy: 'the AFP restrained 38.6 bitcoin and two
          # houses', 'restrained assets worth £2m'; never 'restraining order')
          | restrained
          | block(?:ed|s|ing)
          | (?:took|taken|takes?|taking)\s+down
          | (?:shut|shuts|shutting)\s+down
          | (?:took|taken|takes?|taking)\s+offline    # 'took offline 40 servers'
          | sinkhol(?:ed|es|e|ing)                    # 'sinkholed 1,300 domains'
          # ('the search resulted in the finding of 11 kilograms of amphetamine',
          # 'led to the discovery of 250 grams of heroin': weighed or counted out only,
          # never 'the finding of the court')
          | (?:finding|discovery)\s+of
          | found | finding
          | attach(?:ed|es|ing)          # an Indian agency's word: 'ED attached 14 flats'
          | net(?:ted|s)                 # 'agents netted 5 kilos of shabu'
          | (?-i:discover(?:ed|s|ing)?|uncover(?:ed|s|ing)?)
          | locat(?:ed|ing)
          | yield(?:ed|s)?
          | forfeit(?:ed|s|ing)?
          | uproot(?:ed|s|ing)?
          | rescu(?:ed|es|e|ing)                    # livestock only: 'rescued 18 head of cattle'
          | turned\s+up | (?-i:reveal(?:ed|s))      # 'a search turned up 44 pounds of …'
          # ('fishermen surrendered 1,038 kilos of shabu', 'the rebels turned over 20
          # firearms': weighed things and counted contraband, never 'surrendered to
          # police', 'turned over to the FBI', 'surrendered his passport')
          | surrender(?:ed|s|ing)?
          | turn(?:ed|s|ing)?\s+over
          # ('led to the arrest of Leal García and 57 kilos of cocaine': the weighed
          # thing after the people)
          | arrests?\s+of
          | (?:foil(?:ed|s)?|thwart(?:ed|s)?)\s+(?:an?\s+|the\s+)?
            (?:attempts?\s+to\s+smuggle|smuggling\s+(?:attempts?\s+)?of)   # 'foiled an attempt to smuggle 4.7 million pills'
          | (?:seizures?|confiscation|recovery|takedowns?|freezing|forfeiture)\s+of
        )\b\s+",
    )
    .expect("active seizure verb compiles")
});

/// Most characters an [`INCLUDED`] match may span: its verb, up to ~60 characters of
/// words, "included". Checked on the match rather than written as a bounded repeat
/// in the pattern, whose lazy DFA would take megabytes per thread.
const INCLUDED_MAX: usize = 100;

/// "X seized (in Singapore) included …", "Among the items found … were …".
static INCLUDED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        (?:
            \b(?:seized|confiscated|recovered|retrieved|found|seizures?)\b
            [^.;:]*?
            \b(?:included|include|includes|comprised|consisted\s+of)\b
          | \b(?:seized|confiscated|recovered|retrieved)\s+(?:from\s+[^.;:,]+?\s+)?(?:were|was)\b  # seized (from him) were …
          # a haul named before, then what it held: 'The haul consisted of 56 pieces
          # of raw tusks', 'the shipment comprised 300 live tortoises'
          | \b(?:the|this|that)\s+(?:haul|consignment|shipment|catch|contraband|cargo|seizure)\s+
            (?:consisted\s+of|consists\s+of|comprised|comprises|included|includes|contained|contains|(?:was|is)\s+made\s+up\s+of)\b
          | \bamong\s+(?:the\s+)?(?:items|things|articles|goods|exhibits|property)\s+
            (?:seized|found|recovered|confiscated)\b
            [^.;:]*?
            \b(?:were|was|included)\b
          # (an Indian agency's 'attached': 'the attached assets include 3 flats')
          | \battached\s+(?:assets|properties|immovable\s+properties|movable\s+properties)\s+
            (?:include|includes|included|comprise|comprised)\b
          | \bamong\s+(?:the\s+)?(?:seized|confiscated|recovered|attached)\s+
            (?:items|things|articles|goods|exhibits|property|assets)\s+(?:were|was|are|included)\b  # among the seized items were …
        )\s*:?\s+",
    )
    .expect("included compiles")
});

/// A seizure verb whose object comes before it: "were seized", "seized by".
static PASSIVE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        (?:\b(?:(?:have|has|had)\s+been|were|was|been|being|are|is)\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?)?
        \b(?P<verb>seized|confiscated|forfeited|intercepted|interdicted|offloaded|recovered|retrieved|frozen|restrained|taken\s+down|taken\s+offline|shut\s+down|sinkholed|found|discovered|uncovered)\b",
    )
    .expect("passive compiles")
});

/// An amount of money at the very start of the text, with what it was in: "€66,400 in cash", "$439 million in cash
/// and cryptocurrency", "€50.8 million ($55.9M)", "P2.7-M" (pesos), "RM2 million worth of".
static MONEY: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        ^  # anchored: callers ask whether a sum starts right here
        (?: (?:[€$£¥₹₱]|\b(?:[A-Z]{1,3}\$|RM|Rs\.?|USD|EUR|GBP|SGD|MYR|HKD|INR|PHP|AUD)\s?|\b(?-i:P))
            [0-9][0-9.,]*
            (?:\s*-?\s*(?:million|billion|trillion|m|bn|k|mn|lakh|crore)\b)?
          # or a number and a currency's name: 280,000 euros, 5 million pesos
          | [0-9][0-9.,]*
            (?:\s*-?\s*(?:million|billion|trillion|lakh|crore)\b)?
            \s+ (?:euros?|dollars?|rupees?|pesos?|baht|ringgit|yuan|renminbi|yen|won|naira|rand|
                   dirhams?|shillings?|reais|rubles?|roubles?|lira|francs?|dinars?|riyals?|rupiah|
                   taka|kyat|riels?|hryvnias?|zlotys?|kronor|kroner|krona|soles|lek|leke|liras|
                   lei|shekels?|forints?|birr|cedis?|quetzal(?:es)?)\b
        )
        (?:\s*\([^)]{0,30}\))?
        (?:\s+(?:(?:worth\s+of|in)\s+(?:[a-z-]+\s+){0,2}?)?
            (?:cash|cryptocurrenc(?:y|ies)|crypto|bitcoin|digital\s+assets|assets|virtual\s+currenc(?:y|ies)|currenc(?:y|ies)|bank\s+accounts?|proceeds|funds)
            (?:\s+and\s+(?:cash|cryptocurrenc(?:y|ies)|crypto|digital\s+assets|assets|virtual\s+currenc(?:y|ies)))?
        )?
        (?:\s+worth\s+of\b)?   # P6.8 million worth of shabu: the thing follows",
    )
    .expect("money compiles")
});

/// "arrested two men with 1.2 kg of charas", "caught him with 2 kg of ganja", "found
/// him in possession of 300 grams of shabu", "who was in possession of …": what
/// someone was caught with. Only weighed things and contraband are taken from it
/// ("arrested him with his brother", "in connection with the murder" are not).
static CAUGHT_WITH: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        (?: \bfound\s+(?:to\s+be\s+|being\s+)?(?:with|in\s+(?:illegal\s+|unlawful\s+)?possession\s+of)
          | \b(?:arrested|arrests|arresting|caught|nabbed|held|apprehended|detained|intercepted|stopped|found)\b
            # (an age apposition after the person: 'arrested Jane Roe, 38, (of Springfield) with')
            (?P<between>[^.;:,]*? (?:,\s*(?:aged\s+)?[1-9][0-9]?\s*,[^.;:,]*?)?)
            \b(?:with|in\s+(?:illegal\s+|unlawful\s+)?possession\s+of)
          | (?P<bare> \b(?:was|were|been)\s+(?:allegedly\s+|reportedly\s+|also\s+)?in\s+(?:illegal\s+|unlawful\s+)?possession\s+of ) )
        \s+",
    )
    .expect("caught-with compiles")
});

/// The weight of a thing seized, in a clause of its own: "the seized suspected
/// heroin weighs 2,774 grams", "The seized cocaine weighed about 3 kilograms".
static WEIGHS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \b(?:the|this|that|all\s+the)\s+seized\s+
        (?P<thing>(?:[a-z][a-z0-9-]*\s+){1,3}?)
        (?:weighs|weighed|weigh)\s+
        (?:(?:about|approximately|around|nearly|over|some|roughly)\s+|a\s+total\s+of\s+)?",
    )
    .expect("weighs compiles")
});

/// What a seized vessel, vehicle or bag held: "intercepted a speedboat carrying 96
/// kilograms of methamphetamine", "a bag containing 200 grams of heroin". Taken in a
/// sentence that reports a seizure, and only weighed things and contraband.
static CARGO: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)\b(?:carrying|laden\s+with|loaded\s+with|containing|transporting|ferrying|packed\s+with|stuffed\s+with)\s+",
    )
    .expect("cargo compiles")
});

/// Words after a participle that show it has no object after it ("seized by
/// police", "found guilty").
#[rustfmt::skip]
const NOT_OBJECT: &[&str] = &[
    "by", "in", "at", "from", "during", "between", "on", "as", "since", "for", "under", "last", "this",
    "earlier", "and", "after", "were", "was", "guilty", "dead", "that", "to",
];

/// What follows "was found" when it is a verdict or a state ("found guilty", "found
/// dead in his cell"), not the finding of things.
static FOUND_STATE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^(?:not\s+)?(?:guilty|innocent|liable|responsible|competent|incompetent|dead|alive|unresponsive|unconscious|injured|safe|deceased|in\s+contempt|in\s+violation)\b",
    )
    .expect("found-state regex")
});

/// Words that end a list: a new clause with another verb.
const CLAUSE_VERBS: &[&str] = &[
    "arrested",
    "arrests",
    "arresting",
    "detained",
    "detaining",
    "charged",
    "charging",
    "froze",
    "freezing",
    "blocked",
    "blocking",
    "seized",
    "seizing",
    "confiscated",
    "recovered",
    "identified",
    "identifying",
    "dismantled",
    "took",
    "shut",
    "brought",
    "gave",
    "sold",
    "bought",
    "kept",
    "fled",
    "shot",
    "threw",
    "hid",
    "told",
    "rescued",
    "led",
    "resulted",
    "raided",
    "searched",
    "conducted",
    "said",
    "added",
    "were",
    "was",
    "have",
    "has",
    "had",
    "is",
    "are",
    "will",
    "would",
    "who",
    "which",
    "while",
];

/// Word stems of which a sentence reporting a seizure holds one (any case).
static SEIZURE_WORDS: LazyLock<Literals> = LazyLock::new(|| {
    Literals::ascii_case_insensitive(&[
        "seiz",
        "confiscat",
        "impound",
        "intercept",
        "recover",
        "retriev",
        "interven",
        // (not "secur": "Social Security", "Homeland Security" would open every
        // such sentence to the seizure rules)
        "secured",
        "froze",
        "frozen",
        "restrained",
        "freez",
        "block",
        "down",
        "offline",
        "sinkhol",
        "found",
        "finding",
        "attach",
        "netted",
        "nets",
        "locat",
        "yield",
        "cover",
        "possession",
        "forfeit",
        "uproot",
        "rescu",
        "turned up",
        "turned over",
        "surrender",
        "arrest of",
        "reveal",
        "foil",
        "thwart",
        "offload",
        "interdict",
        "control",
        "dismantl",
        "disabl",
        "haul",
        "consignment",
        "shipment",
    ])
});

/// Append the `seizure` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let first = out.len();
    for (s, text) in ctx.sentences() {
        caught_with(ctx, s, text, out);
        cargo(ctx, s, text, out);
        if !SEIZURE_WORDS.any_in(text) {
            continue;
        }
        weighs(ctx, s, text, out);
        let mut claimed: Vec<(usize, usize)> = Vec::new();
        for m in INCLUDED.find_iter(text) {
            // (the words between the verb and "included" are bounded here: see
            // INCLUDED_MAX)
            if negated(text, m.start()) || m.as_str().chars().count() > INCLUDED_MAX {
                continue;
            }
            let region = (m.end(), list_end(text, m.end()));
            claimed.push((m.start(), region.1));
            emit_list(ctx, s, text, region, "seized-included", true, out);
        }
        for c in ACTIVE.captures_iter(text) {
            let (Some(all), Some(verb)) = (c.get(0), c.name("verb")) else {
                continue;
            };
            if claimed
                .iter()
                .any(|&(a, b)| a <= all.start() && all.start() < b)
                || negated(text, all.start())
            {
                continue;
            }
            let v = verb.as_str().to_ascii_lowercase();
            // "the traffickers confiscated their passports": what offenders took from
            // their victims is no seizure.
            if offender_subject(&text[..all.start()]) {
                continue;
            }
            // A participle followed by a preposition is passive ("seized by police").
            let next = text[all.end()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if NOT_OBJECT.contains(&next.as_str())
                // ("an affirmative finding of a deadly weapon": a court's finding)
                || v == "finding" && matches!(next.as_str(), "of" | "that")
            {
                continue;
            }
            // ("Impounded vehicles are not released …": a participle opening the
            // sentence describes its subject)
            let opens = text[..verb.start()].trim_end().is_empty();
            if is_passive_aux(text, verb.start())
                || (v.ends_with("ed") && (after_article(text, verb.start()) || opens))
            {
                continue;
            }
            let found_like = v == "found"
                || v.starts_with("finding")
                || v.starts_with("discovery")
                || v.starts_with("turned")
                || v.starts_with("reveal")
                || v.starts_with("locat")
                || v.starts_with("discover")
                || v.starts_with("uncover");
            // "found 14 gold bars … hidden in two suitcases": a find of things hidden
            // is a seizure of whatever is counted or weighed.
            let hidden = found_like && HIDDEN.is_match(&text[all.end()..]);
            let strict = (found_like && !hidden)
                || v.starts_with("rescu")
                || v.starts_with("surrender")
                || v.starts_with("arrest")
                || v.starts_with("yield")
                || v.starts_with("recover")
                || v.starts_with("interven")
                || v.starts_with("secur")
                || v.starts_with("block")
                || v.starts_with("fr")
                || v.starts_with("restrain");
            let region = (all.end(), list_end(text, all.end()));
            let rule = "seized-object";
            let before = out.len();
            emit_list(ctx, s, text, region, rule, !strict, out);
            // "found images on his home computer, laptop and work computer": after
            // "found" or "located" the list is the things themselves, first to last.
            if found_like
                && out[before..]
                    .first()
                    .is_none_or(|f| f.span.start > s.start + first_piece_end(text, region))
            {
                out.truncate(before);
            }
            if v.starts_with("rescu") {
                // People are rescued, not seized: only smuggled livestock.
                keep_from(out, before, |f| {
                    matches!(&f.value, Value::Seizure { item, .. }
                        if item::livestock(item.rsplit(' ').next().unwrap_or("")))
                });
            }
            if v.starts_with("finding")
                || v.starts_with("discovery")
                || v.starts_with("surrender")
                || v.starts_with("turn") && v.ends_with("over")
            {
                // Only what is weighed, or counted out ("the finding of the court",
                // "surrendered his passport"); a count of one is no haul.
                keep_from(out, before, |f| {
                    matches!(&f.value, Value::Seizure { item, quantity, count, .. }
                        if quantity.is_some()
                            || count.is_some_and(|n| n >= 2)
                                && (v.starts_with("finding") || v.starts_with("discovery")
                                    || item.split(' ').any(item::contraband)))
                });
            }
            if v.starts_with("arrest") {
                // The people arrested are no seizure: only the weighed things with them.
                keep_from(out, before, |f| {
                    matches!(
                        &f.value,
                        Value::Seizure {
                            quantity: Some(_),
                            ..
                        }
                    )
                });
            }
            if v.starts_with("net") {
                // Nets also catch people ("nets 15 minors"): only weighed hauls.
                keep_from(out, before, |f| {
                    matches!(
                        &f.value,
                        Value::Seizure {
                            quantity: Some(_),
                            ..
                        }
                    )
                });
            }
            if v.starts_with("dismantl") || v.starts_with("disabl") || v.contains("control") {
                // Takedowns: servers, domains, sites and botnets, not gangs or labs.
                keep_from(out, before, |f| {
                    matches!(&f.value, Value::Seizure { item, .. }
                        if ["server", "domain", "website", "site", "botnet"].iter().any(|h| item.ends_with(h)))
                });
            }
            if v.starts_with("block") || v.starts_with("fr") {
                // Blocking and freezing only seize accounts, wallets, sites.
                keep_from(out, before, |f| {
                    matches!(&f.value, Value::Seizure { item, .. }
                        if ["account", "wallet", "website", "domain", "site", "card"].iter().any(|h| item.ends_with(h)))
                });
            }
        }
        for c in PASSIVE.captures_iter(text) {
            let (Some(all), Some(verb)) = (c.get(0), c.name("verb")) else {
                continue;
            };
            if claimed
                .iter()
                .any(|&(a, b)| a <= verb.start() && verb.start() < b)
                || negated(text, all.start())
            {
                continue;
            }
            let after = text[verb.end()..].trim_start().to_ascii_lowercase();
            let aux = all.start() != verb.start();
            let v = verb.as_str().to_ascii_lowercase();
            if !aux
                && (matches!(v.as_str(), "found" | "discovered" | "uncovered")
                    || after.starts_with("include")
                    || !passive_follow(&after))
            {
                continue;
            }
            // "X was found guilty", "found dead": a verdict or a state, not a find.
            if v == "found" && FOUND_STATE.is_match(&after) {
                continue;
            }
            if aux && offender_agent(&after) {
                continue;
            }
            let start = list_start(text, all.start());
            let before = out.len();
            emit_list(
                ctx,
                s,
                text,
                (start, all.start()),
                "seized-passive",
                false,
                out,
            );
            // "the victim's van was found": found things are seized only when they
            // are contraband or counted out.
            if matches!(v.as_str(), "found" | "discovered" | "uncovered") {
                keep_from(out, before, |f| {
                    matches!(&f.value, Value::Seizure { item, count, quantity, .. }
                        if count.is_some() || quantity.is_some()
                            || item::contraband(item.rsplit(' ').next().unwrap_or("")))
                });
            }
        }
    }
    list_items(ctx, out);
    let title = ctx
        .segments
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| b.span);
    drop_restated(out, first, title, ctx.body);
}

/// A naming aside after a listed thing: "known as", "locally known as", "referred
/// to as", "dubbed".
static NAMING_ASIDE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\s+(?:(?:locally|commonly|popularly|also)\s+)?(?:known\s+as|referred\s+to\s+as|dubbed)\b",
    )
    .expect("naming aside regex")
});

/// Words after a find that say the things were hidden: "found 14 gold bars hidden
/// in two suitcases", "concealed in", "stashed".
static HIDDEN: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)^[^.;]{0,120}?\b(?:hidden|concealed|stashed|secreted)\b")
        .expect("hidden regex")
});

/// Whether the words right before a seizure verb name offenders as its subject
/// ("the traffickers confiscated", "their employers had seized").
fn offender_subject(before: &str) -> bool {
    // The subject, not an object ("Officers searching the defendant seized …"), an
    // owner ("the defendant's bedroom") or the end of a clause ("the homes of the
    // defendants, investigators recovered …").
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let Some(at) = (0..words.len().min(3)).find(|&i| {
        let w = words[i];
        !w.ends_with([',', ';', '\'', '’'])
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && offender_word(w)
    }) else {
        return false;
    };
    !words[at + 1..].iter().take(2).any(|w| {
        let w = w.to_ascii_lowercase();
        w.ends_with("ing")
            || w.ends_with("ed")
            || matches!(w.as_str(), "from" | "with" | "against" | "on" | "of" | "by")
    })
}

/// Whether a passive seizure's agent is an offender or an offender's ("their
/// passports were confiscated by the employer", "phones were seized by the
/// syndicate's men").
fn offender_agent(after: &str) -> bool {
    let mut words = after.split_whitespace();
    if words.next() != Some("by") {
        return false;
    }
    words
        .take(3)
        .any(|w| offender_word(w.trim_end_matches("'s").trim_end_matches("’s")))
}

/// Whether `w` (punctuation off, any case) names offenders: traffickers, their
/// employers and bosses, defendants.
fn offender_word(w: &str) -> bool {
    const OFFENDERS: &[&str] = &[
        "trafficker",
        "traffickers",
        "syndicate",
        "syndicates",
        "gang",
        "gangs",
        "employer",
        "employers",
        "recruiter",
        "recruiters",
        "smuggler",
        "smugglers",
        "scammer",
        "scammers",
        "captor",
        "captors",
        "kidnapper",
        "kidnappers",
        "abductor",
        "abductors",
        "boss",
        "bosses",
        "handler",
        "handlers",
        "pimp",
        "pimps",
        "defendant",
        "defendants",
        "robber",
        "robbers",
        "gunmen",
    ];
    let bare = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    OFFENDERS.contains(&bare.as_str())
}

/// The facts of [`WEIGHS`] in sentence `text`: a drug or a seizable thing, weighed.
fn weighs(ctx: &Context<'_>, s: Span, text: &str, out: &mut Vec<Fact>) {
    for c in WEIGHS.captures_iter(text) {
        let (Some(all), Some(thing)) = (c.get(0), c.name("thing")) else {
            continue;
        };
        let Some((q, u, len)) = item::weight_at(&text[all.end()..]) else {
            continue;
        };
        let Some(it) = item::parse(thing.as_str().trim_end(), false)
            .filter(|it| it.count.is_none() && it.quantity.is_none())
        else {
            continue;
        };
        let value = Value::Seizure {
            item: it.item,
            count: None,
            quantity: Some(q),
            unit: Some(u),
        };
        let span = Span::new(
            s.start + thing.start() + it.start,
            s.start + all.end() + len,
        );
        out.push(ctx.fact(value, span, "seized-weighs"));
    }
}

/// The weighed things and contraband of [`CARGO`] in sentence `text`.
fn cargo(ctx: &Context<'_>, s: Span, text: &str, out: &mut Vec<Fact>) {
    /// Things that carry or hold others: a person carrying a gun is a charge's words.
    #[rustfmt::skip]
    const CARRIERS: &[&str] = &[
        "boat", "speedboat", "vessel", "ship", "trawler", "yacht", "canoe", "dhow", "submarine", "truck",
        "lorry", "van", "car", "vehicle", "pickup", "suv", "bus", "trailer", "container", "plane",
        "aircraft", "bag", "package", "parcel", "packet", "suitcase", "luggage", "box", "carton",
        "shipment", "consignment", "satchel", "backpack", "sack", "crate", "drum", "envelope",
    ];
    /// The words before "carrying" of someone carrying a thing on them.
    #[rustfmt::skip]
    const BEARERS: &[&str] = &[
        "was", "were", "allegedly", "reportedly", "he", "she", "they", "suspect", "man", "woman",
        "courier", "mule", "passenger", "traveller", "traveler", "national", "driver",
    ];
    for m in CARGO.find_iter(text) {
        let carrier = text[..m.start()].split_whitespace().next_back().map(|w| {
            item::singular(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase(),
            )
        });
        if negated(text, m.start()) {
            continue;
        }
        let carrier = carrier.unwrap_or_default();
        // "recovered a Glock loaded with 15 rounds": a gun's load, in a sentence that
        // reports a seizure (not "fired a pistol loaded with …").
        let gun = || {
            matches!(
                carrier.as_str(),
                "gun"
                    | "handgun"
                    | "pistol"
                    | "rifle"
                    | "revolver"
                    | "shotgun"
                    | "firearm"
                    | "weapon"
                    | "glock"
                    | "beretta"
                    | "9mm"
                    | "magazine"
            ) && SEIZURE_WORDS.any_in(text)
        };
        if CARRIERS.contains(&carrier.as_str()) || gun() {
            emit_weighed_or_contraband(ctx, s, text, m.end(), "seized-cargo", out);
        } else if BEARERS.contains(&carrier.as_str()) {
            // "The suspect was carrying 2kg of heroin": a weight someone carried is
            // what they were caught with ("was carrying a loaded gun" is a charge's
            // words, and stays one).
            let before = out.len();
            emit_weighed_or_contraband(ctx, s, text, m.end(), "seized-carried", out);
            keep_from(
                out,
                before,
                |f| matches!(&f.value, Value::Seizure { quantity, .. } if quantity.is_some()),
            );
        }
    }
}

/// The weighed things and contraband of [`CAUGHT_WITH`] in sentence `text`.
fn caught_with(ctx: &Context<'_>, s: Span, text: &str, out: &mut Vec<Fact>) {
    for c in CAUGHT_WITH.captures_iter(text) {
        let Some(m) = c.get(0) else {
            continue;
        };
        // "in connection with", "along with", "caught up", "armed with": no things
        // caught on someone.
        // (at most 50 characters between the verb and "with": bounded here, not in
        // the pattern, where a bounded repeat of a negated class grows a large DFA)
        if c.name("between")
            .is_some_and(|b| b.as_str().chars().count() > 50)
        {
            continue;
        }
        let between = c
            .name("between")
            .map_or(String::new(), |b| b.as_str().trim().to_ascii_lowercase());
        let first_after = text[m.end()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        #[rustfmt::skip]
        const NOT_CAUGHT: &[&str] = &[
            "connection", "along", "together", "charged", "associated", "up", "armed", "being",
            "assault", "riddled", "shot", "struck", "hit", "beat", "beaten",
        ];
        if negated(text, m.start())
            || NOT_CAUGHT
                .iter()
                .any(|w| between.ends_with(w) || between.starts_with(w))
            || first_after.ends_with("ly")
            || first_after.ends_with("ing")
        {
            continue;
        }
        // "found (him) guilty of murder with …": a verdict or a state, not a find
        if between
            .split_whitespace()
            .any(|w| matches!(w, "guilty" | "innocent" | "liable" | "responsible" | "dead"))
        {
            continue;
        }
        let before = out.len();
        emit_weighed_or_contraband(ctx, s, text, m.end(), "seized-caught-with", out);
        // "was in possession of" with no arrest or search beside it: only what is
        // weighed or counted out ("12 sachets of shabu"; "was in possession of a
        // firearm at the time of the crime" is the crime's circumstance).
        if c.name("bare").is_some() {
            keep_from(out, before, |f| {
                matches!(&f.value, Value::Seizure { quantity, count, .. }
                    if quantity.is_some() || count.is_some_and(|n| n >= 2))
            });
        }
    }
}

/// The list that starts at `from` in sentence `text`, keeping only weighed things and
/// contraband: what a loose cue ("arrested … with", "a truck carrying") can vouch for.
fn emit_weighed_or_contraband(
    ctx: &Context<'_>,
    s: Span,
    text: &str,
    from: usize,
    rule: &'static str,
    out: &mut Vec<Fact>,
) {
    let before = out.len();
    emit_list(ctx, s, text, (from, list_end(text, from)), rule, false, out);
    keep_from(out, before, |f| {
        // (a container of contraband is contraband: "shabu sachet", "cocaine brick")
        matches!(&f.value, Value::Seizure { item, quantity, .. }
            if quantity.is_some() || item.split(' ').any(item::contraband)
                // ("120 bottles of cough syrup": codeine syrup sold as a drug)
                || item.contains("cough syrup"))
    });
}

/// Keeps, of the facts from index `from` on, those `keep` accepts (in order): a
/// loose cue's facts filtered after its list is read.
fn keep_from(out: &mut Vec<Fact>, from: usize, keep: impl Fn(&Fact) -> bool) {
    let mut i = 0;
    out.retain(|f| {
        i += 1;
        i <= from || keep(f)
    });
}

/// "420 kg of ganja" in the headline and "420 kg of dry ganja" in the text: the same
/// weighed or counted thing, said twice, is one fact (the first). A headline's bare
/// "cocaine" over the body's "150kg of cocaine" is the body's, said short.
fn drop_restated(out: &mut Vec<Fact>, first: usize, title: Option<Span>, body: &str) {
    let key = |f: &Fact| match &f.value {
        Value::Seizure {
            item,
            count,
            quantity,
            unit,
        } if count.is_some() || quantity.is_some() => Some((
            item::drug_name(item.rsplit(' ').next().unwrap_or("")).to_string(),
            *count,
            quantity.map(|q| q.to_string()),
            unit.map(|u| format!("{u:?}")),
        )),
        _ => None,
    };
    // The fact kept for each key: the first, unless a later one names the drug by
    // its proper name ("850kg of meth" in the headline, "850 kilograms of
    // methamphetamine" in the body).
    let proper = |f: &Fact| {
        matches!(&f.value, Value::Seizure { item, .. }
            if item.rsplit(' ').next().is_some_and(|w| item::drug_name(w) == w))
    };
    let mut keep: rustc_hash::FxHashMap<_, usize> = rustc_hash::FxHashMap::default();
    for (i, f) in out.iter().enumerate().skip(first) {
        let Some(k) = key(f) else { continue };
        keep.entry(k)
            .and_modify(|j| {
                if !proper(&out[*j]) && proper(f) {
                    *j = i;
                }
            })
            .or_insert(i);
    }
    let mut i = 0;
    out.retain(|f| {
        i += 1;
        i <= first || key(f).is_none_or(|k| keep.get(&k) == Some(&(i - 1)))
    });
    // "Police seize cocaine at port" over "seized 150kg of cocaine": the headline's
    // bare mention is the measured one said again (in the body, a bare mention is
    // often another haul: "seized 30 grams of methamphetamine … more methamphetamine
    // and heroin").
    let measured: rustc_hash::FxHashSet<String> = out[first..]
        .iter()
        .filter_map(|f| key(f).map(|k| k.0))
        .collect();
    // In the body, so is a bare mention that points back: "seized the ivory", "the
    // largest seizure of heroin this year".
    // (the words right before it only: lower-casing all of the body before each
    // mention made a long article's cost grow with its square)
    let points_back = |f: &Fact| {
        let before = crate::extract::lexicon::chars::tail(&body[..f.span.start], 40)
            .trim_end()
            .to_ascii_lowercase();
        const BACK: &[&str] = &[
            " the",
            " this",
            " that",
            "largest seizure of",
            "biggest seizure of",
            "record seizure of",
            "single seizure of",
            "largest haul of",
            "biggest haul of",
            "record haul of",
            "single haul of",
        ];
        BACK.iter().any(|w| before.ends_with(w))
    };
    keep_from(out, first, |f| {
        !(title.is_some_and(|t| t.contains(f.span)) || points_back(f))
            || !matches!(&f.value, Value::Seizure { item, count: None, quantity: None, .. }
                if measured.contains(item.rsplit(' ').next().unwrap_or("")))
    });
}

/// Whether the verb at `at` follows a passive auxiliary ("were seized").
fn is_passive_aux(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let last = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "were" | "was" | "been" | "being" | "be" | "is" | "are"
    )
}

/// "the recovered knife", "the release of impounded vehicles", "their impounded
/// car": the participle is an adjective.
fn after_article(text: &str, at: usize) -> bool {
    let last = text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(
        last.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "any" | "all" | "of" | "their" | "his" | "her" | "its"
    )
}

/// Words after a bare participle that mark it as passive ("devices seized between …").
fn passive_follow(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    after.is_empty()
        || after.starts_with([',', '.', ';'])
        || matches!(
            next,
            "by" | "in" | "at" | "from" | "during" | "between" | "on" | "last" | "this" | "earlier"
        )
}

/// "did not recover any", "no drugs were found".
fn negated(text: &str, at: usize) -> bool {
    // One of the three words right before the verb denies it.
    text[..at].split_whitespace().rev().take(3).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_ascii_lowercase();
        matches!(w.as_str(), "not" | "never" | "no" | "nor" | "neither")
            || w.ends_with("n't")
            || w.ends_with("n’t")
    })
}

/// Where a list that starts at `from` ends: at the end of the clause.
fn list_end(text: &str, from: usize) -> usize {
    // A list runs a few hundred bytes at most: look no further (linear time).
    let mut limit = (from + 800).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let text = &text[..limit];
    let rest = &text[from..];
    let mut depth = 0i32;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' | ':' | '!' | '?' => return from + i,
            '.' if depth <= 0 && rest[i + 1..].chars().next().is_none_or(char::is_whitespace) => {
                return from + i
            }
            _ => {}
        }
    }
    text.len()
}

/// Where the first conjunct of `region` that is not money ends, relative to the
/// sentence.
fn first_piece_end(text: &str, region: (usize, usize)) -> usize {
    conjuncts(text, region.0, region.1)
        .iter()
        .find(|p| {
            let t = text.get(p.start..p.end).unwrap_or("").trim_start();
            let first = t.split_whitespace().next().unwrap_or("");
            // Money, or what is left of it ("in cash in shoe boxes").
            !p.money
                && !MONEY.is_match(t)
                && !matches!(first, "in" | "on" | "at" | "from" | "inside" | "with")
        })
        .map_or(region.1, |p| p.end)
}

/// Where a list that ends at `to` starts: after the clause boundary before it.
fn list_start(text: &str, to: usize) -> usize {
    // Look back a few hundred bytes at most (linear time).
    let mut from = to.saturating_sub(600);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let words: Vec<(usize, &str)> = text[from..to]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let mut start = from;
    for &(off, w) in words.iter().rev() {
        let lw = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        if CLAUSE_VERBS.contains(&lw.as_str())
            || matches!(
                lw.as_str(),
                "time" | "when" | "after" | "that" | "where" | "though" | "although" | "whereas"
            )
        {
            start = off + w.len();
            break;
        }
        // ("LISBON — 40 firearms were seized": a dateline's dash)
        if w.ends_with([';', ':']) || matches!(w, "—" | "–" | "-" | "--") {
            start = off + w.len();
            break;
        }
    }
    start.min(to)
}

/// Cut `region` of the sentence into conjuncts and emit one fact per parsed thing.
fn emit_list(
    ctx: &Context<'_>,
    s: Span,
    text: &str,
    region: (usize, usize),
    rule: &'static str,
    loose: bool,
    out: &mut Vec<Fact>,
) {
    let (a, b) = region;
    if a >= b || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
        return;
    }
    let pieces = conjuncts(text, a, b);
    let shared = shared_head(text, &pieces);
    let mut pending_adjectives: Vec<(usize, usize)> = Vec::new();
    let first_fact = out.len();
    for (i, p) in pieces.iter().enumerate() {
        // A new clause ends the list: parse the words before its verb, then stop.
        let full = &text[p.start..p.end];
        // "4.6 million Captagon pills, weighing 772 kg, at …": the weight set off
        // after the item is the item's, and the list goes on.
        if let Some((q, u)) = item::weight_after(full) {
            if let Some(Value::Seizure {
                item,
                quantity: quantity @ None,
                unit,
                ..
            }) = out[first_fact..].last_mut().map(|f| &mut f.value)
            {
                // ("bricks of cocaine": the cocaine weighed; "Captagon pills": the pills)
                let of_form =
                    i > 0 && text[pieces[i - 1].start..pieces[i - 1].end].contains(" of ");
                if let Some(contents) = item::weighed_contents(item).filter(|_| of_form) {
                    *item = contents.to_string();
                }
                *quantity = Some(q);
                *unit = Some(u);
                continue;
            }
        }
        // Each word's offset in the piece and its bare lower-case form, read once.
        let words: Vec<(usize, String)> = full
            .split_whitespace()
            .map(|w| {
                let bare = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase();
                (w.as_ptr() as usize - full.as_ptr() as usize, bare)
            })
            .collect();
        // "…, the Ministry of Public Security said on Friday": the words before a
        // reporting verb name who reports, not a thing seized.
        if reports(&words) {
            break;
        }
        let verb_at = words
            .iter()
            .find(|(_, w)| CLAUSE_VERBS.contains(&w.as_str()))
            .map(|&(o, _)| o);
        let (ps, pe) = match verb_at {
            // A piece that opens with a verb starts a new clause ("… and froze 11 accounts"):
            // its objects belong to that verb's own rule, not to this list.
            Some(0) => break,
            Some(o) if o > 0 => (p.start, p.start + full[..o].trim_end().len()),
            _ => (p.start, p.end),
        };
        // '14 high-speed boats known as "narcolanchas"': a naming aside ends the
        // item, not the list.
        let pe = NAMING_ASIDE
            .find(&text[ps..pe])
            .map_or(pe, |m| ps + m.start());
        let piece = &text[ps..pe];
        if p.money || piece.is_empty() {
            if verb_at.is_some_and(|o| o > 0) {
                break;
            }
            continue;
        }
        // "200,000 ecstasy, fentanyl and oxycodone pills": each drug's pills, and the
        // count of them all.
        if let Some((j, k, noun)) = shared.as_ref().filter(|(j, k, _)| (*j..*k).contains(&i)) {
            let word = piece.split_whitespace().next_back().unwrap_or("");
            let word_end = pe - (piece.len() - piece.trim_end().len());
            let word_start = word_end - word.len();
            let value = Value::Seizure {
                item: format!("{} {noun}", word.to_lowercase()),
                count: None,
                quantity: None,
                unit: None,
            };
            out.push(ctx.fact(
                value,
                Span::new(s.start + word_start, s.start + word_end),
                rule,
            ));
            let total = item::parse_with(piece, true, true).filter(|_| i == *j);
            if let Some((n, at)) = total.and_then(|it| Some((it.count?, it.start))) {
                let value = Value::Seizure {
                    item: noun.clone(),
                    count: Some(n),
                    quantity: None,
                    unit: None,
                };
                let span = Span::new(s.start + ps + at, s.start + pieces[*k].end);
                out.push(ctx.fact(value, span, rule));
            }
            continue;
        }
        // A new clause ("… and fired one round", "he then struck …") ends the list;
        // "no weapons" is nothing seized.
        let mut ws = piece.split_whitespace().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        let first = ws.next().unwrap_or_default();
        let second = ws.next().unwrap_or_default();
        let determiner = matches!(
            second.as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one" | "two"
        ) || second.starts_with(|c: char| c.is_ascii_digit());
        let verb_like = (first.ends_with("ed") && determiner)
            || (first.ends_with("ing") && first != "including" && !item::seizable(&first))
            || matches!(
                first.as_str(),
                "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "then"
            );
        if verb_like && i > 0 {
            break;
        }
        if verb_like || matches!(first.as_str(), "no" | "none" | "neither" | "nothing") {
            continue;
        }
        let gloss = p.gloss;
        // "Singapore and Malaysian currencies": a bare proper adjective shares the noun.
        let next_proper = pieces
            .get(i + 1)
            .is_some_and(|n| text[n.start..n.end].starts_with(|c: char| c.is_uppercase()));
        if piece.split_whitespace().count() == 1
            && piece.starts_with(|c: char| c.is_uppercase())
            && next_proper
            && item::parse(piece, false).is_none()
        {
            pending_adjectives.push((ps, pe));
            continue;
        }
        // "recovered the bullet", "the drugs were seized": things already mentioned.
        let definite_ok = loose || rule == "seized-included";
        // ("4 100 kilograms", "12 500 devices": read as one figure, byte for byte)
        let joined = crate::extract::lexicon::numbers::join_spaced_thousands(piece);
        let Some(mut it) = item::parse_with(&joined, loose, definite_ok) else {
            pending_adjectives.clear();
            continue;
        };
        if let Some((gs, ge)) = gloss {
            let g = text[gs..ge].trim().to_lowercase();
            if item::seizable(&item::singular(&g)) {
                it.item = item::singular(&g);
            }
        }
        let head = it.item.rsplit(' ').next().unwrap_or("").to_string();
        for &(qs, qe) in &pending_adjectives {
            let adj = text[qs..qe].trim().to_lowercase();
            let value = Value::Seizure {
                item: format!("{adj} {head}"),
                count: None,
                quantity: None,
                unit: None,
            };
            out.push(ctx.fact(value, Span::new(s.start + qs, s.start + qe), rule));
        }
        pending_adjectives.clear();
        let (quantity, unit) = match it.quantity {
            Some((q, u)) => (Some(q), Some(u)),
            None => (it.coins, None),
        };
        let value = Value::Seizure {
            item: it.item,
            count: it.count,
            quantity,
            unit,
        };
        let span = Span::new(s.start + ps + it.start, s.start + ps + it.end.max(it.start));
        out.push(ctx.fact(value, span, rule));
        if verb_at.is_some_and(|o| o > 0) {
            break;
        }
    }
}

/// "200,000 ecstasy, fentanyl and oxycodone pills": a run of conjuncts that each end
/// in a drug's name, the last of them "<drug> <pills>" (a counted container in the
/// plural): the first and last conjunct of the run and the container (singular).
fn shared_head(text: &str, pieces: &[Piece]) -> Option<(usize, usize, String)> {
    let words = |p: &Piece| -> Vec<String> {
        text[p.start..p.end]
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .collect()
    };
    for k in 1..pieces.len() {
        let Some(last) = item::parse_with(&text[pieces[k].start..pieces[k].end], true, true)
            .filter(|it| it.count.is_none() && it.quantity.is_none())
        else {
            continue;
        };
        let plural = text[pieces[k].start..pieces[k].start + last.end].ends_with('s');
        let Some((d, head)) = last.item.split_once(' ') else {
            continue;
        };
        if !plural || head.contains(' ') || !item::is_container(head) || !item::drug(d) {
            continue;
        }
        let head = head.to_string();
        let mut j = k;
        while j > 0 && !pieces[j - 1].money {
            let w = words(&pieces[j - 1]);
            // (not "5 kg of cocaine, heroin and meth pills": a weighed thing)
            if !w.last().is_some_and(|l| item::drug(l)) || w.iter().any(|x| x == "of") {
                break;
            }
            j -= 1;
            if w.len() > 1 {
                break;
            }
        }
        if j < k {
            return Some((j, k, head));
        }
    }
    None
}

/// Whether a conjunct (its words, bare and lower case, with their offsets) is a
/// reporting clause: a subject, then "said", "told", … in the active voice ("the
/// ministry said on Friday"; not "said to be", "a firearm that was reported as stolen").
fn reports(words: &[(usize, String)]) -> bool {
    let Some(k) = words.iter().position(|(_, w)| {
        matches!(
            w.as_str(),
            "said" | "says" | "told" | "added" | "announced" | "reported" | "stated"
        )
    }) else {
        return false;
    };
    let subordinate = |(_, w): &(usize, String)| {
        matches!(
            w.as_str(),
            "that"
                | "which"
                | "who"
                | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "had"
                | "has"
                | "have"
                | "previously"
                | "allegedly"
        )
    };
    k > 0
        && !words[..k].iter().any(subordinate)
        && words.get(k + 1).is_none_or(|(_, n)| n != "to" && n != "as")
}

/// One conjunct of a list.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    /// A one-word parenthesis right after it ("4g of syabu (methamphetamine)").
    gloss: Option<(usize, usize)>,
    /// It runs into a sum of money ("cash amounting to $300"): not a seizure.
    money: bool,
}

/// Conjuncts of `text[a..b]`, cut at commas, "and", "as well as", "along with" and
/// parentheses;
/// sums of money are cut out.
fn conjuncts(text: &str, a: usize, b: usize) -> Vec<Piece> {
    let region = &text[a..b];
    let mut out: Vec<Piece> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Piece>, s: usize, e: usize, money: bool| {
        let piece = &region[s..e];
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let off = s + (piece.len() - piece.trim_start().len());
            out.push(Piece {
                start: a + off,
                end: a + off + trimmed.len(),
                gloss: None,
                money,
            });
        }
    };
    while i < region.len() {
        let rest = &region[i..];
        // A sum opens with a currency sign, letters (`(?i)` lets "K" and "s" match
        // the Kelvin sign and the long s) or digits: skip the regex everywhere else.
        let may_open_sum = rest.starts_with(|c: char| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    '€' | '$' | '£' | '¥' | '₹' | '₱' | '\u{212A}' | '\u{017F}'
                )
        });
        if let Some(m) = may_open_sum.then(|| MONEY.find(rest)).flatten() {
            // "drugs worth RM2 million": the sum is the value of the thing before it.
            let before = region[start..i].trim_end().to_ascii_lowercase();
            // "… market value of about $28 million": the approximation is not the thing
            let mut before = before.as_str();
            while let Some(rest) = [
                "about",
                "around",
                "approximately",
                "roughly",
                "nearly",
                "almost",
                "some",
                "over",
                "more than",
                "at least",
                "an estimated",
                "estimated",
            ]
            .iter()
            .find_map(|w| {
                before
                    .strip_suffix(w)
                    .filter(|r| r.is_empty() || r.ends_with(' '))
            }) {
                before = rest.trim_end();
            }
            // "14 bank accounts containing RM410,000", "jewellery amounting to RM95,000":
            // the sum is what the thing holds or comes to.
            let value_of = [
                "worth",
                "valued at",
                "estimated at",
                "value of",
                "containing",
                "holding",
                "with",
                "totalling",
                "totaling",
                "amounting to",
            ]
            .iter()
            .find_map(|w| before.strip_suffix(w));
            // … unless the thing is money itself: "cash worth Rs 12 lakh" is the sum.
            let of_money = value_of.is_some_and(|thing| {
                let thing = thing.trim_end();
                ["cash", "currency", "money", "notes", "banknotes", "bills"]
                    .iter()
                    .any(|m| thing.ends_with(m))
            });
            push(&mut out, start, i, value_of.is_none() || of_money);
            i += m.end().max(1);
            while i < region.len() && !region.is_char_boundary(i) {
                i += 1;
            }
            start = i;
            continue;
        }
        if rest.starts_with('(') {
            let close = rest.find(')').map(|c| i + c);
            let inner = close.map(|c| &region[i + 1..c]).unwrap_or("");
            // "300 packets (12 kg) of syabu": a weight between a container and its
            // contents cuts nothing (the piece's parse reads it).
            if let Some(c) = close.filter(|&c| {
                region[c + 1..].trim_start().starts_with("of ")
                    && region[start..i]
                        .split_whitespace()
                        .last()
                        .is_some_and(item::is_container)
                    && item::bracketed_weight(inner).is_some()
            }) {
                i = c + 1;
                continue;
            }
            if let Some(c) =
                close.filter(|_| !inner.contains(',') && inner.split_whitespace().count() == 1)
            {
                push(&mut out, start, i, false);
                if let Some(last) = out.last_mut() {
                    last.gloss = Some((a + i + 1, a + c));
                }
                i = c + 1;
                start = i;
                continue;
            }
            push(&mut out, start, i, false);
            i += 1;
            start = i;
            continue;
        }
        let digit_comma =
            rest.starts_with(',') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        let sep = if rest.starts_with([',', ';', ')']) && !digit_comma {
            1
        } else if rest.starts_with(" and ") {
            5
        } else if rest.starts_with(" & ") {
            3
        } else if rest.starts_with(" as well as ") || rest.starts_with(" along with ") {
            12
        } else if rest.starts_with(" together with ") {
            15
        } else if rest.starts_with(" or ") {
            4
        } else if rest.starts_with(" plus ") {
            6
        // ("234kg of drugs -- including 152kg of amphetamine": a dash before
        // "including" sets off a list of its own; another dash is an aside)
        } else if let Some(dash) = ["--", " – ", "—"]
            .into_iter()
            .find(|d| rest.starts_with(d))
            .filter(|d| {
                rest[d.len()..]
                    .trim_start()
                    .get(..9)
                    .is_some_and(|w| w.eq_ignore_ascii_case("including"))
            })
        {
            dash.len()
        // ("20,000 malicious IPs/domains": a slash between two plural nouns; not
        // "and/or", "crack/cocaine", "R/T")
        } else if rest.starts_with('/')
            && region[..i]
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| {
                    w.len() >= 3 && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_alphabetic())
                })
            && rest[1..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(|w| w.len() >= 3 && w.ends_with('s'))
        {
            1
        } else {
            0
        };
        if sep > 0 {
            push(&mut out, start, i, false);
            i += sep;
            start = i;
            continue;
        }
        i += 1;
        while i < region.len() && !region.is_char_boundary(i) {
            i += 1;
        }
    }
    push(&mut out, start, region.len(), false);
    out
}

/// Words of a line that announces a list of seized items (any case).
static ANNOUNCES: LazyLock<Literals> = LazyLock::new(|| {
    Literals::ascii_case_insensitive(&[
        "seiz",
        "confiscat",
        "recovered",
        "items found",
        "found were",
    ])
});

/// List items under a line that announces seizures ("seizures included:").
fn list_items(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let blocks = &ctx.segments.blocks;
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        let t = b.span.slice(ctx.body).trim_end();
        let announces = (b.kind == BlockKind::Heading
            || b.kind != BlockKind::ListItem && t.ends_with(':'))
            && ANNOUNCES.any_in(t);
        i += 1;
        if !announces {
            continue;
        }
        while i < blocks.len() && blocks[i].kind == BlockKind::ListItem {
            let span = blocks[i].span;
            let text = span.slice(ctx.body);
            let lead = text.len()
                - text
                    .trim_start_matches(|c: char| c.is_whitespace() || "•*-–·▪●".contains(c))
                    .len();
            emit_list(
                ctx,
                span,
                text,
                (lead, text.len()),
                "seized-list",
                true,
                out,
            );
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_compile() {
        for re in [&ACTIVE, &INCLUDED, &PASSIVE, &MONEY, &WEIGHS] {
            LazyLock::force(re);
        }
    }
}
