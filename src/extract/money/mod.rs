//! `money` facts: an amount, its ISO 4217 currency and what the money was.
//!
//! | text | amount | currency |
//! |---|---|---|
//! | "fined RM3,000" | 3000 | MYR (role fine) |
//! | "S$5,000", "HK$1.2m", "US$2 million" | 5000, 1200000, 2000000 | SGD, HKD, USD |
//! | "$2.5 million" in an American article / a Singapore one | 2500000 | USD / SGD |
//! | "£5.5 billion ($7.3 billion)" | two facts | GBP, USD |
//! | "₹50 lakh", "Rs 2 crore" | 5000000, 20000000 | INR |
//! | "500,000 baht", "40 billion yuan", "EUR 10", "4.9 million dollars" | … | THB, CNY, EUR, the article's dollar |
//!
//! A "¥", "rupees" or "pesos" in a sentence that names one country issuing it is that
//! country's ("Japan's police said victims lost ¥1.2 billion"). Otherwise a bare "$"
//! (or "dollars", "¥", "rupees", "pesos") takes the currency of the article's country: the single place its section heading names, else the place
//! the body names most (counted once per article; American states and offices such
//! as "District Attorney" name the United States). "$" is the dollar of the
//! dollar-using place named most, when it is named at least two fifths as often as
//! the top place and more than in passing (twice, or in the headline or lede);
//! otherwise USD. "P" (pesos), "R" (rand) and "won" count only in news from their
//! country. Amounts inside links are not facts, nor are marks without digits
//! ("S$"), percentages or phone numbers (they carry no currency).
//!
//! The same quantity at two precisions in one article ("almost RM200,000" and
//! "RM197,124", "$225 million" and "$225.3 million") is one fact, the exact one.
//! "between $2 and $3 million" is 2 million and 3 million; "550.000 USD" (points
//! between thousands) is 550000.
//!
//! The role comes from the nearest telling word in the sentence: fined → fine,
//! bail/bond → bail, seized/frozen/confiscated/in cash → seized, laundered/stolen/
//! scheme/proceeds → proceeds, losses/lost/damages or "defrauded X of", "conned X out
//! of" → loss, reward, compensation/
//! restitution, else other.

use crate::extract::fact::{Currency, Decimal, Fact, MoneyRole, Value};
use crate::extract::law;
use crate::extract::lexicon::countries::{self, Mention};
use crate::extract::lexicon::currency::{self, Denomination};
use crate::extract::lexicon::numbers::scale_word;
use crate::extract::lexicon::Rule;
use crate::extract::Context;
use crate::span::Span;
use std::sync::LazyLock;

/// An amount in digits: "1,234.5", Indian "1,00,000", "1.234.567", "12".
/// A decimal comma ("R$ 9,5 milhões", "1,50 euros") is read as one: a comma that
/// no group of three digits follows separates no thousands.
const AMOUNT: &str = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:\.[0-9]{3}){2,}|[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]{1,2}\b|[0-9]+(?:\.[0-9]+)?";

/// The rest of an amount broken by a stray space after its thousands comma
/// ("$11, 500"): three digits, then no more digits.
static SPLIT_THOUSANDS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^,[\ ][0-9]{3}(?:,[0-9]{3})*(?:\.[0-9]{2})?\b")
        .expect("split thousands regex")
});

/// Thousands separated by points, as much of Europe and Asia writes them.
static DOTTED_THOUSANDS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^[0-9]{1,3}(?:\.[0-9]{3})+$").expect("dotted thousands regex")
});

/// A scale after the amount: words after a space (a line break allowed), short
/// forms attached ("1.2m", "500K", "€1.5bn", "Rs 50L") or not ("EUR 1.2 mln", "Rs 4
/// cr", "₹1.2 lakh crore"); Spanish, Indonesian and Portuguese words in bilingual and local releases
/// ("5 millones", "Rp 2,5 miliar", "R$ 9,5 milhões").
const SCALE: &str = r"(?:(?:[\ \t]*(?:\n[\ \t]*){0,2}|-)(?P<word>(?i:millones|millón|millon|million|billion|trillion|thousand|lakh[\ \t]+crores?|lakhs?|crores?|juta|miliar|milyar|triliun|ribu|milhões|milhão|milhoes|milhao|bilhões|bilhão|bilhoes|bilhao|mln|bln|cr)|bn|mn|tn)|-?(?P<short>[mMbBkKL]|bn|mn|mil|mln|bln|cr))\b";

fn alternation(marks: &[(&str, Denomination)]) -> String {
    let mut v: Vec<&str> = marks.iter().map(|(m, _)| *m).collect();
    v.sort_by_key(|m| std::cmp::Reverse(m.len()));
    v.iter()
        .map(|m| regex::escape(m).replace(' ', r"[\ \t]+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Thousands set apart by spaces, as much of Europe writes them ("EUR 780 000"):
/// read only after a currency mark, where two numbers side by side are not.
const SPACED_THOUSANDS: &str = r"[0-9]{1,3}(?:[\ \u{a0}\u{202f}][0-9]{3})+(?:,[0-9]{1,2})?\b";

/// "S$5,000", "RM 3.5 million", "€1.5bn", "USD 10", "EUR 780 000".
static PREFIXED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)(?P<cur>{cur})[\ \t]?(?P<num>{SPACED_THOUSANDS}|{AMOUNT})(?:{SCALE})?",
        cur = alternation(currency::PREFIXES)
    ))
    .expect("prefixed money regex")
});

/// "500,000 baht", "40 billion yuan", "4.9 million dollars", "5,000 USD".
static SUFFIXED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)\b(?P<num>{AMOUNT})(?:{SCALE})?[\ \t]*\n?[\ \t]*(?P<cur>(?i:{cur}))\b",
        cur = alternation(currency::SUFFIXES)
    ))
    .expect("suffixed money regex")
});

/// The bare first end of a range whose second end names the currency after it:
/// "between 80 million and 120 million dong", "from 5,000 to 10,000 baht", and
/// without the opening word when "to" or a dash joins the ends: "paid 8 to 10 lakh
/// rupees", "30,000-50,000 baht". Matched against the text just before the second
/// end.
static BARE_RANGE_HEAD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)(?:(?P<kw>\b(?i:between|from|of))[\ \t]+|(?:^|[\ \t(]))(?P<head>(?P<num>{AMOUNT})(?:{SCALE})?)(?:[\ \t]+(?P<and>and)[\ \t]+|[\ \t]+to[\ \t]+|[-–])$"
    ))
    .expect("bare range head regex")
});

/// The bare second end of a range after a prefixed first end: "between Rs 1.5 lakh
/// and 3 lakh", "a fine of P2 million to 5 million". Read only with a scale word (a
/// bare "to 5" may count anything).
static BARE_RANGE_TAIL: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?x)^[\ \t]*(?:and|to|-|–)[\ \t]*(?P<tail>(?P<num>{AMOUNT})(?:{SCALE}))"
    ))
    .expect("bare range tail regex")
});

/// Whether `word`, right after a bare figure, names what the figure counts ("3.5
/// million erimin pills", "2 million Captagon tablets"): a word, not a preposition,
/// conjunction, verb of being or adverb that may follow an amount of money ("and 3
/// million respectively", "… in cash", "… each", "… was seized").
fn counts_a_thing(word: &str) -> bool {
    const AFTER_MONEY: &[&str] = &[
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "before",
        "between",
        "but",
        "by",
        "during",
        "each",
        "for",
        "from",
        "had",
        "has",
        "have",
        "in",
        "into",
        "is",
        "last",
        "of",
        "on",
        "or",
        "over",
        "per",
        "respectively",
        "since",
        "that",
        "the",
        "this",
        "through",
        "to",
        "under",
        "was",
        "were",
        "when",
        "which",
        "while",
        "with",
        "worth",
    ];
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    w.chars().next().is_some_and(char::is_alphabetic)
        && !AFTER_MONEY.contains(&w.to_lowercase().as_str())
}

/// How often (names twice, demonyms once) a country must be named before a bare
/// "$" is its dollar, unless the headline or the opening lines name it.
const MIN_DOLLAR_WEIGHT: u32 = 4;

/// American states, which name the United States.
static US_STATE: LazyLock<Rule> = LazyLock::new(|| {
    let alts: Vec<String> = law::STATES.iter().map(|s| regex::escape(s)).collect();
    crate::extract::lexicon::regex(&format!(r"\b(?:{})\b", alts.join("|"))).expect("state regex")
});

/// Offices only American news names: "District Attorney", "Superior Court", "FBI".
static US_OFFICE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"\b(?:District Attorney|Superior Court|Sheriff['’]s (?:Office|Department)|U\.S\. Attorney|FBI|Department of Homeland Security)\b",
    )
    .expect("us office regex")
});

/// Places and forces that name a dollar-using country without naming it: states,
/// provinces, big cities, national police forces.
static DOLLAR_PLACES: LazyLock<[(Rule, &'static str); 3]> = LazyLock::new(|| {
    let re = |p: &str| crate::extract::lexicon::regex(p).expect("dollar place regex");
    [
        (
            re(
                r"\b(?:Australian Federal Police|New South Wales|NSW|Victoria Police|Queensland|Tasmania|Sydney|Melbourne|Brisbane|Adelaide|Canberra)\b|\(Cth\)",
            ),
            "Australia",
        ),
        (
            re(
                r"\b(?:RCMP|Royal Canadian Mounted Police|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|Toronto|Vancouver|Montreal|Calgary|Ottawa)\b",
            ),
            "Canada",
        ),
        (re(r"\b(?:Auckland|Christchurch)\b"), "New Zealand"),
    ]
});

/// Links: amounts inside them are parts of addresses.
static URL: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(r"(?:https?://|www\.)\S+").expect("url regex"));

/// Words that hedge a round figure ("almost RM200,000").
static HEDGE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\b(?:almost|nearly|about|around|roughly|approximately|approx\.?|over|more than|some|close to|at least|an estimated|estimated|just under|just over|upwards of|in excess of)\s*$")
        .expect("hedge regex")
});

/// Hedges that put the exact sum above the round figure ("over $100,000").
static ABOVE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)\b(?:over|more than|at least|just over|upwards of|in excess of)\s*$",
    )
    .expect("above hedge regex")
});

/// Hedges that put the exact sum below the round figure ("almost RM200,000").
static BELOW: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"(?i)\b(?:almost|nearly|close to|just under)\s*$")
        .expect("below hedge regex")
});

/// Where a hedged figure's exact sum lies.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Above,
    Below,
    Either,
}

/// How far from an amount its role words are looked for.
const ROLE_WINDOW: usize = 160;

/// Words that tell what money was, one group per role.
static ROLE_WORDS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)\b(?:
            # a compound is a fine in Malaysian and Singaporean copy ('a compound of
            # RM500', 'issued compounds'), not a scam compound, a compound cream or
            # compounded drugs
            (?P<fine>fined|fines?|penalty|penalties|compound(?:\ (?:fines?|notices?|of|amounting|totalling)|ing\ fees?)|(?:issued|offered|imposed|paid|pay|issuing|offering)\ (?:an?\ |the\ |[0-9]+\ )?compounds?|special\ assessments?)
          | (?P<bail>bail|bond|bonds|surety|fianza)
          | (?P<seized>seized|seizures?|seizes|seize|seizing|frozen|froze|freezes|freeze|freezing|restrained|restrains|confiscates|provisionally\ attached|attached\ (?:properties|property|assets|immovable|movable|bank|flats?|land|plots?)|(?:were|been)\ attached|attachment|confiscated|confiscation|forfeit|forfeits|forfeiting|forfeited|forfeiture|recovered|intercepted|in\ cash)
          # what victims were cheated of is their loss: 'defrauded investors of $4
          # million', 'conned 14 women out of £640,000', 'bilked the state out of'
          | (?P<lossof>(?:defrauded|defrauding|conned|conning|cheated|cheating|swindled|swindling|scammed|scamming|bilked|bilking|fleeced|fleecing|duped|duping)
              \s+(?:[a-z0-9,'’-]+\s+){0,5}?(?:out\s+of|of))
          | (?P<proceeds>laundered|laundering|stolen|stole|stealing|steal|steals|defrauded|scheme|scam|proceeds|embezzled|embezzling|embezzlement|misappropriated|swindled|bribes?|raised|sales|profits?|revenue|illicit|earned|earning|generated|generating|netted)
          | (?P<loss>losses|lost|loss|damages|cheated|victims)
          | (?P<reward>rewards?|bounty)
          # damages a court awards are compensation ('PHP500,000 as moral damages',
          # 'civil indemnity'); bare 'damages' stays a loss
          | (?P<compensation>compensation|restitution|reparations?|refunds?|repay|reimburse|(?:moral|exemplary|temperate|nominal|punitive|compensatory|civil)\ (?:damages|indemnity))
          # a court's costs and surcharges are none of the roles: 'fined her £440 and
          # ordered her to pay costs of £650'
          # (the noun, not the verb: 'fraud costs employers $30 billion' is a loss)
          | (?P<other>(?:in|and|court|legal|investigative|investigation|prosecution|enforcement|pay|plus)\s+costs|surcharge)
        )\b",
    )
    .expect("money role regex")
});

/// One amount found, before merging precisions.
struct Found {
    span: Span,
    amount: Decimal,
    currency: Currency,
    hedged: bool,
    /// Which side of a hedged figure the exact sum lies on ("over": above).
    side: Side,
    /// Written with a scale word ("$225 million").
    scaled: bool,
    /// That scale.
    scale: Option<u64>,
}

/// Append the `money` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    let body = ctx.body;
    if !body.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let urls: Vec<Span> = URL
        .find_iter(body)
        .map(|m| Span::new(m.start(), m.end()))
        .collect();
    let lead_end = ctx
        .segments
        .blocks
        .get(1)
        .or(ctx.segments.blocks.last())
        .map_or(0, |b| b.span.end);
    // Tallied over the whole body, so only once a sum needs them (most pages with
    // digits name no sum that does).
    let places = std::cell::OnceCell::new();
    let places = || {
        *places.get_or_init(|| {
            main_places(
                body,
                body.get(..lead_end).unwrap_or(""),
                ctx.dateline().map(|d| d.1),
            )
        })
    };
    let main_place = || places().0;
    let place_at = |at: usize, den: Denomination| -> Option<&'static str> {
        match ctx
            .segments
            .section_at(at)
            .map(|s| s.jurisdictions.as_slice())
        {
            Some([one]) => Some(*one),
            _ if den == Denomination::Dollar => places().1,
            _ => main_place(),
        }
    };
    // The one place that issues the denomination named in the sentence at `at`.
    let sentence_place = |at: usize, den: Denomination| -> Option<&'static str> {
        if matches!(den, Denomination::Fixed(_) | Denomination::Dollar) {
            return None;
        }
        let s = ctx.segments.sentence_at(at)?;
        let mut issuers = countries::find(s.span.slice(body))
            .into_iter()
            .map(|f| f.name)
            .filter(|p| den.issued_by(p));
        let first = issuers.next()?;
        issuers.all(|p| p == first).then_some(first)
    };
    let mut found: Vec<Found> = Vec::new();
    let push =
        |span: Span, num: &str, scale: Option<u64>, den: Denomination, found: &mut Vec<Found>| {
            if overlaps_any(&urls, span, |u| *u) || overlaps_any(found, span, |f| f.span) {
                return;
            }
            let Some(amount) = amount(num, scale) else {
                return;
            };
            let place = sentence_place(span.start, den).or_else(|| place_at(span.start, den));
            // ("debts of 25 million pesos" in a story of Colombian women trafficked to
            // Spain: the first country the article names that issues pesos)
            let code = den.code(place).or_else(|| {
                if matches!(den, Denomination::Fixed(_) | Denomination::Dollar) {
                    return None;
                }
                countries::find(body)
                    .iter()
                    .find(|f| den.issued_by(f.name))
                    .and_then(|f| den.code(Some(f.name)))
            });
            let Some(currency) = code.and_then(Currency::new) else {
                return;
            };
            let mut from = span.start.saturating_sub(40);
            while !body.is_char_boundary(from) {
                from += 1;
            }
            let before = &body[from..span.start];
            let hedged = HEDGE.is_match(before);
            let side = if !hedged {
                Side::Either
            } else if ABOVE.is_match(before) {
                Side::Above
            } else if BELOW.is_match(before) {
                Side::Below
            } else {
                Side::Either
            };
            let at = found.partition_point(|f| f.span.start < span.start);
            found.insert(
                at,
                Found {
                    span,
                    amount,
                    currency,
                    hedged,
                    side,
                    scaled: scale.is_some(),
                    scale,
                },
            );
        };
    for c in PREFIXED.captures_iter(body) {
        let (Some(m), Some(cur), Some(num)) = (c.get(0), c.name("cur"), c.name("num")) else {
            continue;
        };
        if !prefix_stands_alone(body, cur.start(), cur.as_str())
            || runs_on(
                body,
                m.end(),
                c.name("word").is_some() || c.name("short").is_some(),
            )
        {
            continue;
        }
        if let Some(homes) = currency::local_mark(cur.as_str()) {
            // A bare letter and a short number is a model or a route ("N95 masks",
            // "the R2"), not a sum: it needs a scale, a separator or four digits.
            let sumlike = scale_of(&c).is_some()
                || num.as_str().contains([',', '.'])
                || num.as_str().len() >= 4;
            // … in news from its country: the article's main place, or — for a
            // figure with a scale or thousands ("N24.5 million") — any place the
            // article names (a story of raids in Nigeria and Ghana).
            let spelled = scale_of(&c).is_some() || num.as_str().contains(',');
            // (every place the body names, found only once a local mark needs them)
            let home_named = || homes.iter().any(|h| ctx.named_places().contains(h));
            // (a letter pair may stand apart from a spelled figure: "SR 3.7m")
            let apart_ok = cur.as_str().len() == 2 && spelled;
            if (num.start() != cur.end() && !apart_ok)
                || !sumlike
                || !(main_place().is_some_and(|p| homes.contains(&p)) || spelled && home_named())
            {
                continue;
            }
        }
        let Some(den) = currency::prefix(cur.as_str()) else {
            continue;
        };
        // "$11, 500 in restitution": a stray space after a thousands comma.
        let scale = scale_of(&c);
        let split = (scale.is_none() && num.end() == m.end() && num.as_str().len() <= 3)
            .then(|| SPLIT_THOUSANDS.find(&body[m.end()..]))
            .flatten();
        let (end, num) = match split {
            Some(t) => (
                m.end() + t.end(),
                format!("{},{}", num.as_str(), t.as_str()[1..].trim_start()),
            ),
            None => (m.end(), num.as_str().to_owned()),
        };
        push(Span::new(m.start(), end), &num, scale, den, &mut found);
        // "between Rs 1.5 lakh and 3 lakh": the second end in the first's currency
        // (unless it names one of its own: "… to 5 million pesos" is read below).
        if let Some(t) = BARE_RANGE_TAIL.captures(&body[end..]) {
            if let (Some(tail), Some(tnum)) = (t.name("tail"), t.name("num")) {
                let next = body[end + tail.end()..].split_whitespace().next();
                let own = next.is_some_and(|w| {
                    currency::suffix(w.trim_end_matches(|c: char| !c.is_alphanumeric())).is_some()
                });
                // "seized RM1.2 million and 3.5 million erimin pills": the second
                // figure counts the pills.
                if !own && !next.is_some_and(counts_a_thing) {
                    let span = Span::new(end + tail.start(), end + tail.end());
                    push(span, tnum.as_str(), scale_of(&t), den, &mut found);
                }
            }
        }
    }
    for c in SUFFIXED.captures_iter(body) {
        let (Some(m), Some(cur), Some(num)) = (c.get(0), c.name("cur"), c.name("num")) else {
            continue;
        };
        if body[..m.start()].ends_with(['.', ',']) {
            continue; // the tail of a longer number
        }
        let scale = scale_of(&c);
        if scale.is_none() && looks_like_year(num.as_str()) {
            continue;
        }
        // "5 won acquittals": the Korean won only in news from Korea.
        if cur.as_str().eq_ignore_ascii_case("won")
            && !matches!(main_place(), Some("South Korea" | "North Korea"))
        {
            continue;
        }
        let Some(den) = currency::suffix(cur.as_str()) else {
            continue;
        };
        // "between 80 million and 120 million dong": the first end is the same
        // currency's (a rising range only: share_scales scales a bare figure).
        let mut from = m.start().saturating_sub(60);
        while !body.is_char_boundary(from) {
            from += 1;
        }
        if let Some(h) = BARE_RANGE_HEAD.captures(&body[from..m.start()]) {
            // ("seized 5 guns and 10,000 baht": no range without "between")
            let range = h.name("kw").is_some() || h.name("and").is_none();
            if let (Some(head), Some(hnum), true) = (h.name("head"), h.name("num"), range) {
                let hscale = scale_of(&h);
                if hscale.is_some() || !looks_like_year(hnum.as_str()) {
                    let span = Span::new(from + head.start(), from + head.end());
                    push(span, hnum.as_str(), hscale, den, &mut found);
                }
            }
        }
        push(
            Span::new(m.start(), m.end()),
            num.as_str(),
            scale,
            den,
            &mut found,
        );
    }
    share_scales(body, &mut found);
    let keep = exact_figures(&found);
    for (f, keep) in found.iter().zip(keep) {
        if !keep {
            continue;
        }
        let role = role_at(ctx, f.span);
        out.push(ctx.fact(
            Value::Money {
                amount: f.amount,
                currency: f.currency,
                role: Some(role),
            },
            f.span,
            "money-amount",
        ));
    }
}

/// Whether `span` overlaps one of `items`, sorted by start and not overlapping each
/// other (binary search: an article may hold thousands of amounts).
fn overlaps_any<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> bool {
    let i = items.partition_point(|t| span_of(t).start < span.start);
    let hit = |j: usize| items.get(j).is_some_and(|t| span_of(t).overlaps(span));
    hit(i) || i.checked_sub(1).is_some_and(hit)
}

/// A letter mark ("RM", "USD", "A$") must not be the end of a longer word.
fn prefix_stands_alone(body: &str, at: usize, mark: &str) -> bool {
    let prev = body[..at].chars().next_back();
    let starts_with_letter = mark.starts_with(|c: char| c.is_ascii_alphabetic());
    // ("$3,000-$5,000": a range's second end after a dash)
    let range_dash = || {
        prev == Some('-')
            && body[..at - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
    };
    match prev {
        Some(p) if p.is_alphanumeric() => !starts_with_letter && !p.is_ascii_alphanumeric(),
        Some(p) if starts_with_letter || mark == "$" => {
            !matches!(p, '-' | '_' | '/' | '$') || range_dash()
        }
        _ => true,
    }
}

/// The amount goes on past the match ("$5,0001", "5%", "RM2-3"): not money, or not
/// read whole.
fn runs_on(body: &str, end: usize, has_scale: bool) -> bool {
    let next = body[end..].chars().next();
    match next {
        Some(c) if c.is_ascii_digit() || c == '%' => true,
        Some(c) if c.is_alphabetic() => !has_scale,
        _ => false,
    }
}

fn scale_of(c: &regex::Captures<'_>) -> Option<u64> {
    let w = c.name("word").or(c.name("short"))?.as_str();
    let lower = w.to_lowercase();
    Some(match lower.as_str() {
        // Spanish; Indonesian and Malay; Portuguese
        "millones" | "millón" | "millon" | "juta" | "milhões" | "milhão" | "milhoes" | "milhao" => {
            1_000_000
        }
        "ribu" => 1_000,
        "miliar" | "milyar" | "bilhões" | "bilhão" | "bilhoes" | "bilhao" => 1_000_000_000,
        "triliun" => 1_000_000_000_000,
        // wire copy's "EUR 1.2 mln", "VND 9 bln"; Indian headlines' "Rs 50L" (lakh)
        "mln" => 1_000_000,
        "bln" => 1_000_000_000,
        "l" if w == "L" => 100_000,
        // "₹1.2 lakh crore": a hundred thousand crore
        _ if lower.starts_with("lakh") && lower.contains("crore") => 1_000_000_000_000,
        _ => return scale_word(w),
    })
}

fn amount(num: &str, scale: Option<u64>) -> Option<Decimal> {
    // "780 000", "1 250 000,50": spaces between groups of three, a decimal comma.
    let spaced;
    let num = if num.contains([' ', '\u{a0}', '\u{202f}']) {
        spaced = num
            .replace([' ', '\u{a0}', '\u{202f}'], "")
            .replace(',', ".");
        spaced.as_str()
    } else {
        num
    };
    // "9,5", "1.250,50": a decimal comma (thousands by points before it).
    let comma;
    let num = match num.rsplit_once(',') {
        Some((_, decimals)) if (1..=2).contains(&decimals.len()) => {
            comma = num.replace('.', "").replace(',', ".");
            comma.as_str()
        }
        _ => num,
    };
    // "550.000 USD", "1.234.567": points between groups of three are thousands
    // separators (English amounts have two decimals, or a scale word).
    let d = if scale.is_none() && DOTTED_THOUSANDS.is_match(num) {
        Decimal::parse(&num.replace('.', ""))?
    } else {
        Decimal::parse(num)?
    };
    let d = match scale {
        Some(f) => d.times(i128::from(f))?,
        None => d,
    };
    // Nothing, or more than all the money in the world: not an amount.
    (d.mantissa > 0 && d.mantissa < 10i128.pow(16 + u32::from(d.scale))).then_some(d)
}

fn looks_like_year(num: &str) -> bool {
    num.len() == 4 && (num.starts_with("19") || num.starts_with("20"))
}

/// The article's main country, and the country whose dollar a bare "$" means: the
/// place its body names most (names count twice, demonyms once; ties go to the
/// first named), and the dollar-using place named most when it is named at least
/// two fifths as often ("$300" in a Singapore paper's story about an Indonesian
/// court is Singapore's dollar).
fn main_places(
    body: &str,
    lead: &str,
    dateline: Option<&'static str>,
) -> (Option<&'static str>, Option<&'static str>) {
    // An American state, or an office only America has, names the United States.
    let american_marks = US_STATE.find_iter(body).count() + US_OFFICE.find_iter(body).count();
    let american = american_marks > 0;
    let mut tally: Vec<(&'static str, u32)> = Vec::new();
    let mut add = |name: &'static str, w: u32| match tally.iter_mut().find(|(n, _)| *n == name) {
        Some((_, c)) => *c += w,
        None => tally.push((name, w)),
    };
    for f in countries::find(body) {
        add(f.name, if f.how == Mention::Name { 2 } else { 1 });
    }
    // "SINGAPORE —", "ISLAMABAD:": where the story is filed, often in capitals that
    // the gazetteer's search leaves to headings.
    if let Some(place) = dateline {
        add(place, 2);
    }
    for _ in 0..american_marks {
        add("United States", 2);
    }
    for (re, place) in DOLLAR_PLACES.iter() {
        for _ in re.find_iter(body) {
            add(place, 2);
        }
    }
    // Outside American releases (no state, no American office), a city or region
    // names its country as well as the country's name does ("Lagos" in a Nigerian
    // paper that never writes "Nigeria"). In American ones "Ontario" or "Dublin" is
    // more often a town of the state.
    if !american {
        for f in countries::find_within(body) {
            add(f.name, 2);
        }
    }
    let most = |it: &mut dyn Iterator<Item = &(&'static str, u32)>| {
        let mut best: Option<(&'static str, u32)> = None;
        for &(n, c) in it {
            if best.is_none_or(|(_, b)| c > b) {
                best = Some((n, c));
            }
        }
        best
    };
    let top = most(&mut tally.iter());
    let dollar = most(
        &mut tally
            .iter()
            .filter(|(n, _)| currency::dollar_of(n).is_some()),
    );
    let dollar = match (top, dollar) {
        // A passing mention ("fled to Canada") does not make the article Canadian:
        // the place is named often, or in the headline or the opening lines (a city
        // of it too, outside American releases: "seized $40,000 in Winnipeg").
        (Some((_, t)), Some((n, d)))
            if d * 5 >= t * 2
                && (d >= MIN_DOLLAR_WEIGHT
                    || n == "United States"
                    || dateline == Some(n)
                    || countries::find(lead).iter().any(|f| f.name == n)
                    || !american && countries::find_within(lead).iter().any(|f| f.name == n)) =>
        {
            Some(n)
        }
        _ => None,
    };
    (top.map(|(n, _)| n), dollar)
}

/// "between $2 and $3 million": the first end of a range takes the second's scale.
fn share_scales(body: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (head, tail) = found.split_at_mut(i);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let Some(scale) = b
            .scale
            .filter(|_| a.scale.is_none() && a.currency == b.currency)
        else {
            continue;
        };
        let gap = body.get(a.span.end..b.span.start).unwrap_or("").trim();
        if matches!(gap, "and" | "to" | "or" | "-" | "–" | "y") {
            // Only a rising range: "$500 and $2 million" are two sums.
            let rising = |x: Decimal| {
                x.as_integer()
                    .zip(b.amount.as_integer())
                    .is_some_and(|(x, y)| x <= y)
            };
            if let Some(scaled) = a.amount.times(i128::from(scale)).filter(|x| rising(*x)) {
                a.amount = scaled;
                a.scale = Some(scale);
                a.scaled = true;
            }
        }
    }
}

/// Above this many amounts in one article, precisions are not compared (quadratic).
const MAX_COMPARED: usize = 400;

/// Which amounts to keep: a round figure that is another amount of the same
/// currency at a lower precision goes, when it is hedged ("almost RM200,000" beside
/// "RM197,124") or a scaled figure precise enough not to be a different sum
/// ("$225 million" beside "$225.3 million"; "$150,000" and "$154,000" stay two).
fn exact_figures(found: &[Found]) -> Vec<bool> {
    if found.len() > MAX_COMPARED {
        return vec![true; found.len()];
    }
    found
        .iter()
        .map(|a| {
            let Some((ai, sig_a)) = int_and_sig(a.amount) else {
                return true;
            };
            if !(a.hedged || a.scaled && sig_a >= 2) {
                return true;
            }
            !found.iter().any(|b| {
                let Some((bi, sig_b)) = int_and_sig(b.amount) else {
                    return false;
                };
                b.currency == a.currency
                    && bi != ai
                    && sig_b > sig_a
                    && round_sig(bi, sig_a) == Some(ai)
                    && close(ai, bi)
                    && match a.side {
                        Side::Above => bi > ai,
                        Side::Below => bi < ai,
                        Side::Either => true,
                    }
            })
        })
        .collect()
}

/// Whether `exact` is within a tenth of the round figure `round`: "over $100,000"
/// beside "$130,000" are two sums (a threshold and a haul), "almost RM500,000"
/// beside "RM486,210" one.
fn close(round: i128, exact: i128) -> bool {
    let gap = round.abs_diff(exact);
    gap.checked_mul(10)
        .is_some_and(|g| g <= round.unsigned_abs())
}

/// An integer amount and its count of significant digits.
fn int_and_sig(d: Decimal) -> Option<(i128, u32)> {
    let i = d.as_integer()?;
    let mut t = i;
    while t != 0 && t % 10 == 0 {
        t /= 10;
    }
    Some((i, digits(t)))
}

fn digits(mut n: i128) -> u32 {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

/// `n` rounded to `sig` significant digits.
fn round_sig(n: i128, sig: u32) -> Option<i128> {
    let d = digits(n);
    if d <= sig {
        return Some(n);
    }
    let p = 10i128.checked_pow(d - sig)?;
    n.checked_add(p / 2)?.checked_div(p)?.checked_mul(p)
}

/// The role the nearest telling word in the amount's sentence gives.
fn role_at(ctx: &Context<'_>, span: Span) -> MoneyRole {
    let sentence = ctx
        .segments
        .sentence_at(span.start)
        .map_or(span, |s| s.span);
    // Look no further than a window around the amount (linear time on long sentences).
    let mut from = sentence.start.max(span.start.saturating_sub(ROLE_WINDOW));
    while !ctx.body.is_char_boundary(from) {
        from += 1;
    }
    let mut to = sentence.end.min(span.end + ROLE_WINDOW).max(from);
    while !ctx.body.is_char_boundary(to) {
        to -= 1;
    }
    let sentence = Span::new(from, to.max(from));
    let text = sentence.slice(ctx.body);
    let mut best: Option<(usize, MoneyRole)> = None;
    for c in ROLE_WORDS.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let (s, e) = (sentence.start + m.start(), sentence.start + m.end());
        if s < span.end && e > span.start {
            continue;
        }
        let dist = if e <= span.start {
            span.start - e
        } else if attached(&ctx.body[span.end..s]) {
            // "… penalties and costs and $19.6 million in direct restitution": what
            // the sum is "in" or "for" tells what it is, before any nearer word.
            0
        } else {
            s.saturating_sub(span.end)
        };
        let role = if c.name("fine").is_some() {
            MoneyRole::Fine
        } else if c.name("bail").is_some() {
            MoneyRole::Bail
        } else if c.name("seized").is_some() {
            MoneyRole::Seized
        } else if c.name("proceeds").is_some() {
            MoneyRole::Proceeds
        } else if c.name("loss").is_some() || c.name("lossof").is_some() {
            MoneyRole::Loss
        } else if c.name("reward").is_some() {
            MoneyRole::Reward
        } else if c.name("other").is_some() {
            MoneyRole::Other
        } else {
            MoneyRole::Compensation
        };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, role));
        }
    }
    best.map_or(MoneyRole::Other, |(_, r)| r)
}

/// Whether the words between a sum and a role word after it attach the role to the
/// sum: "in", "for" or "as" and at most two words more (" in direct ", " as ").
fn attached(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    matches!(words.next(), Some("in" | "for" | "as")) && words.count() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_sig(197_124, 1), Some(200_000));
        assert_eq!(round_sig(225_300_000, 3), Some(225_000_000));
        assert_eq!(int_and_sig(Decimal::int(200_000)), Some((200_000, 1)));
    }

    #[test]
    fn amounts_multiply_out() {
        assert_eq!(
            amount("1.2", Some(1_000_000)),
            Some(Decimal::int(1_200_000))
        );
        assert_eq!(amount("0", None), None);
        assert_eq!(amount("99999999999999999", Some(1_000_000_000_000)), None);
    }
}

#[cfg(test)]
mod odd_inputs {
    /// No panic and spans on char boundaries on fragments and odd characters.
    #[test]
    fn never_panics() {
        let odd = [
            "$",
            "RM",
            "S$ ",
            "$1.",
            "₹₹5 lakh",
            "1,00,",
            "£5.5 billion ($7.3 billion",
            "é$5m€1bn¥",
            "Rs.",
            "P5",
            "$9999999999999999999999999 trillion",
            "Section",
            "§§",
            "Sections 1-99999 of the Penal Code",
            "377BZ–377BA of the Act",
            "Act",
            "the Act of 2020 Act",
            "Ａct Code Law",
            "s 5 s 6 ss 7",
            "(Section 30, Films Act 1981",
            "18 U.S.C. §",
            "Title 18, United States Code, Section",
            "Code of",
            "\n\nAct\n\nLaw\n\n",
            "中文 Act 法律 Section 5 of the 中 Act",
            "4.9\n\n\nmillion dollars",
        ];
        for t in odd {
            let rec = crate::extract_text("odd", t);
            let json = serde_json::to_value(&rec).expect("serializes");
            assert!(json["facts"].is_array(), "{t:?}");
        }
    }
}

#[cfg(test)]
mod rules {
    use super::*;

    /// Every rule's regex compiles (they compile lazily, on first use).
    #[test]
    fn compile() {
        LazyLock::force(&DOTTED_THOUSANDS);
        LazyLock::force(&PREFIXED);
        LazyLock::force(&SUFFIXED);
        LazyLock::force(&US_STATE);
        LazyLock::force(&US_OFFICE);
        LazyLock::force(&URL);
        LazyLock::force(&HEDGE);
        LazyLock::force(&ROLE_WORDS);
    }
}
