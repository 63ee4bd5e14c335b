//! Settling the facts of all extractors, stated once:
//!
//! 0. **Plausibility.** Values no article can mean (overflows, junk) are dropped:
//!    [`Value::is_plausible`].
//! 1. **Overlaps.** Numeric kinds claim their words exclusively. When two such facts
//!    overlap, the one earlier in [`PRECEDENCE`] wins ("25 years" inside "jailed for
//!    25 years" is a duration, not an age; a year inside "Penal Code 1871" is part of a
//!    law, not a date).
//! 2. **Attribution.** A fact's jurisdiction is its section's (when the heading names
//!    one place), else the one place its sentence names among the article's
//!    jurisdictions (a partner "with Malaysia" aside), else the article's only
//!    jurisdiction.
//! 3. **Duplicates.** Mentions of the same value (a headline count repeated in the
//!    body) become one fact, the first mention, keeping secondary fields (role,
//!    qualifier, jurisdiction) another mention supplies. The same value in two
//!    different jurisdictions stays two facts.
//! 4. **Order.** Facts sorted by span, then kind.

use crate::extract::fact::{Fact, Kind, Value};
use crate::extract::lexicon::countries::{self, Found, Mention};
use crate::segment::Segments;
use rustc_hash::FxHashMap as HashMap;

/// Kinds that claim their words exclusively, strongest first.
pub const PRECEDENCE: &[Kind] = &[
    Kind::Money,
    Kind::Statute,
    Kind::Law,
    Kind::DateRange,
    Kind::Date,
    Kind::Duration,
    Kind::Age,
    Kind::Count,
];

fn rank(k: Kind) -> Option<usize> {
    PRECEDENCE.iter().position(|p| *p == k)
}

/// Whether `a` and `b` may not share words. Statute and law legitimately overlap
/// ("section 30 of the Films Act" holds the law "Films Act"); so do the name kinds.
fn conflicts(a: Kind, b: Kind) -> bool {
    if a == b {
        return false;
    }
    match (rank(a), rank(b)) {
        (Some(_), Some(_)) => !matches!(
            (a, b),
            (Kind::Statute, Kind::Law) | (Kind::Law, Kind::Statute)
        ),
        _ => false,
    }
}

/// Settle overlaps, attribute jurisdictions, merge duplicates and sort.
pub fn resolve(body: &str, segments: &Segments, mut facts: Vec<Fact>) -> Vec<Fact> {
    facts.retain(|f| {
        f.span.end <= body.len()
            && body.is_char_boundary(f.span.start)
            && body.is_char_boundary(f.span.end)
            && f.text == body[f.span.start..f.span.end]
    });
    facts.retain(|f| f.value.is_plausible());
    facts = drop_overlaps(facts);
    attribute(body, segments, &mut facts);
    facts = merge_duplicates(facts);
    // (the identity is a formatted string, built only to order two facts of one kind
    // at one span — rare; the sort keeps the order of equal keys)
    facts.sort_by(|a, b| {
        (a.span, a.kind())
            .cmp(&(b.span, b.kind()))
            .then_with(|| a.value.identity().cmp(&b.value.identity()))
    });
    facts
}

fn drop_overlaps(mut facts: Vec<Fact>) -> Vec<Fact> {
    // Strongest first; within a kind, by start, longer spans first.
    facts.sort_by_key(|f| {
        (
            rank(f.kind()).unwrap_or(usize::MAX),
            f.span.start,
            std::cmp::Reverse(f.span.len()),
        )
    });
    // Per ranked kind, the union of its kept spans as sorted disjoint intervals: a
    // candidate asks each stronger kind's union with one binary search, so the pass is
    // O(n log n) however many facts there are.
    let mut unions: Vec<Vec<(usize, usize)>> = vec![Vec::new(); PRECEDENCE.len()];
    let mut kept: Vec<Fact> = Vec::with_capacity(facts.len());
    for f in facts {
        let Some(r) = rank(f.kind()) else {
            // "5,000 US dollars" read as 5,000 things seized: the sum is the fact.
            // (unranked kinds come last: every sum is in its union by now)
            let is_money = f.kind() == Kind::Seizure
                && rank(Kind::Money).is_some_and(|m| {
                    union_overlaps(
                        &unions[m],
                        crate::span::Span::new(f.span.start, f.span.start + 1),
                    )
                });
            if !is_money {
                kept.push(f);
            }
            continue;
        };
        let lost = PRECEDENCE[..r]
            .iter()
            .enumerate()
            .any(|(i, k)| conflicts(*k, f.kind()) && union_overlaps(&unions[i], f.span));
        if !lost {
            let u = &mut unions[r];
            match u.last_mut() {
                Some(last) if f.span.start <= last.1 => last.1 = last.1.max(f.span.end),
                _ => u.push((f.span.start, f.span.end)),
            }
            kept.push(f);
        }
    }
    kept
}

/// Whether `span` shares a byte with one of the sorted, disjoint `intervals`.
fn union_overlaps(intervals: &[(usize, usize)], span: crate::span::Span) -> bool {
    // The last interval starting before the span's end is the only candidate.
    let i = intervals.partition_point(|&(s, _)| s < span.end);
    i > 0 && intervals[i - 1].1 > span.start && span.start < span.end
        || i > 0
            && span.is_empty()
            && intervals[i - 1].0 < span.start
            && span.start < intervals[i - 1].1
}

fn attribute(body: &str, segments: &Segments, facts: &mut [Fact]) {
    let mut article: Vec<String> = Vec::new();
    // Participants named beside a counted group of countries: facts, but places no
    // other fact is attributed to (unless also named otherwise).
    let mut aside: Vec<String> = Vec::new();
    for f in facts.iter() {
        if let Value::Jurisdiction { name } = &f.value {
            let list = if f.rule == crate::extract::jurisdiction::PARTNERS_BESIDE_GROUP {
                &mut aside
            } else {
                &mut article
            };
            if !list.contains(name) {
                list.push(name.clone());
            }
        }
    }
    aside.retain(|a| !article.contains(a));
    // Quotations: a place named inside one speaks for the quotation's own facts only.
    // (sorted, for a binary search per place: quotations do not overlap)
    let mut quotes: Vec<crate::span::Span> = facts
        .iter()
        .filter(|f| f.kind() == Kind::Quote)
        .map(|f| f.span)
        .collect();
    quotes.sort_unstable_by_key(|q| q.start);
    // A round-up in country sections ("Spain: 23 arrested", "Brazil: 41 arrested")
    // has no main place for what stands outside them: its totals span the countries.
    let mut section_places: Vec<&str> = segments
        .sections
        .iter()
        .filter_map(|s| match s.jurisdictions.as_slice() {
            [one] => Some(*one),
            _ => None,
        })
        .collect();
    // Parts of a round-up headed by list items ("1. Myanmar", "2. Cambodia"): each to
    // the next such item or the next heading.
    let items = crate::extract::jurisdiction::item_headings(body, segments);
    let item_parts: Vec<(crate::span::Span, &'static str)> = items
        .iter()
        .enumerate()
        .map(|(k, &(_, block, name))| {
            let start = segments.blocks[block].span.start;
            let next_item = items
                .get(k + 1)
                .map_or(body.len(), |n| segments.blocks[n.1].span.start);
            let next_heading = segments
                .sections
                .iter()
                .map(|s| s.heading.start)
                .find(|&h| h > start)
                .unwrap_or(body.len());
            (
                crate::span::Span::new(start, next_item.min(next_heading)),
                name,
            )
        })
        .collect();
    section_places.extend(item_parts.iter().map(|p| p.1));
    section_places.sort_unstable();
    section_places.dedup();
    let several = section_places.len() >= 2 || article.len() >= 2;
    let dominant = if section_places.len() >= 2 {
        None
    } else {
        dateline_place(body, segments, facts, true)
            .or_else(|| dominant_place(body, &article))
            .or_else(|| {
                // a place opening the lead, when the lead's sentence names no other
                let name = dateline_place(body, segments, facts, false)?;
                let first = segments
                    .sentences
                    .iter()
                    .find(|s| segments.blocks[s.block].kind != crate::segment::BlockKind::Title)?;
                let lead = sentence_places(first.span.slice(body), &article);
                lead.iter().all(|p| p.name == name).then_some(name)
            })
    };
    // What each sentence says of places, computed once per sentence.
    let mut by_sentence: HashMap<usize, SentencePlaces> = HashMap::default();
    let mut places_of = |i: usize| -> SentencePlaces {
        by_sentence
            .entry(i)
            .or_insert_with(|| {
                let s = segments.sentences[i].span;
                let text = s.slice(body);
                let mut found = sentence_places(text, &article);
                found.retain(|p| !aside.iter().any(|a| a == p.name));
                for f in &mut found {
                    f.span = f.span.shift(s.start);
                }
                // (clauses and a span over countries matter only where places differ)
                let differ = single(&found).is_none();
                let breaks = if differ {
                    CLAUSE_BREAK
                        .find_iter(text)
                        .map(|m| (s.start + m.start(), s.start + m.end()))
                        .collect()
                } else {
                    Vec::new()
                };
                let global = several && spans_countries(text);
                SentencePlaces {
                    found,
                    breaks,
                    global,
                }
            })
            .clone()
    };
    for f in facts.iter_mut() {
        if f.jurisdiction.is_some() || f.kind() == Kind::Jurisdiction {
            continue;
        }
        // An agency named after its country ("Royal Thai Police") belongs there.
        if let Value::Agency { name, .. } = &f.value {
            let own: Vec<Found> = countries::find(name)
                .into_iter()
                .filter(|p| article.iter().any(|a| a == p.name))
                .collect();
            if let Some(one) = single(&own) {
                f.jurisdiction = Some(one.to_string());
                continue;
            }
        }
        let idx = segments
            .sentences
            .partition_point(|s| s.span.start <= f.span.start)
            .checked_sub(1);
        // A figure in a sentence over many countries ("rescued 219 victims across the
        // three countries", "arrests worldwide") in an article of several places takes
        // a place only from its own words: not its section's, its paragraph's or the
        // article's.
        let global = matches!(f.kind(), Kind::Count | Kind::Money | Kind::Seizure)
            && idx.is_some_and(|i| places_of(i).global);
        if !global {
            if let Some(sec) = segments.section_at(f.span.start) {
                if let [one] = sec.jurisdictions.as_slice() {
                    f.jurisdiction = Some(one.to_string());
                    continue;
                }
            }
            if let Some(part) = containing(&item_parts, |p| p.0, f.span) {
                f.jurisdiction = Some(part.1.to_string());
                continue;
            }
        }
        let mut pick = Pick::Unsaid;
        if let Some(i) = idx {
            let info = places_of(i);
            // (not a place inside a person's name: "Chad Hatch", "Iran Shafiee";
            // an agency's, a law's or a count's own place is theirs)
            let mut here = info.found;
            if f.kind() == Kind::Person {
                here.retain(|p| !p.span.overlaps(f.span));
            }
            // Enforcers act on what follows them ("South Korean prosecutors indicted
            // 14 people"), not on what came before ("… the DOJ and Peruvian police").
            here.retain(|p| p.how == Mention::Name || p.span.end <= f.span.start);
            // A place opening the next item of a list is that item's ("arrested 20
            // suspects, Cambodia 18 and Laos 12").
            here.retain(|p| {
                p.span.start < f.span.end
                    || !(next_item(&body[f.span.end..p.span.start])
                        && crate::extract::jurisdiction::tally_item(
                            &body[f.span.end..p.span.start],
                            &body[p.span.end..],
                        ))
            });
            // Where the article has several places: …
            if several {
                here.retain(|p| {
                    // a quotation's places are its own ("… with Chinese law
                    // enforcement,” said Will Lyne");
                    containing(&quotes, |q| *q, p.span).is_none_or(|q| q.contains(f.span))
                    // a place after a total that opens its breakdown ("50 suspects
                    // (Spain 20, Italy 18)", "400 people, including 20 in Spain") is
                    // not the total's;
                    && (p.span.start < f.span.end
                        || !breakdown(&body[f.span.end..p.span.start]))
                    // where victims live or a firm is based ("defrauded 128,000
                    // victims in China") places only the words beside it ("… in China
                    // between 2014 and 2017");
                    && (!locates_others(&body[..p.span.start])
                        || f.span.end <= p.span.start
                            && body[f.span.end..p.span.start].split_whitespace().count() <= 2
                        || p.span.end <= f.span.start
                            && body[p.span.end..f.span.start].split_whitespace().count() <= 1)
                    // and a fugitive's refuge or an extradition's origin ("fled to
                    // Mexico", "extradited from Spain") is not where the case is.
                    && !away(&body[..p.span.start], &body[p.span.end..])
                });
            }
            // A clause of its own ("…, while in Spain 11 were held") keeps its places;
            // in it, a fact beside a list of places belongs to them all.
            let (from, to) = clause(&info.breaks, f.span);
            let in_clause = |p: &Found| p.span.start >= from && p.span.end <= to;
            let own_clause = several && here.iter().any(in_clause);
            if own_clause {
                here.retain(in_clause);
            }
            pick = nearest(body, &here, f.span, own_clause);
            // Else the place the paragraph's earlier sentences settled on.
            let block = segments.sentences[i].block;
            let mut j = i;
            while matches!(pick, Pick::Unsaid)
                && !global
                && j > 0
                && i - j < 3
                && segments.sentences[j - 1].block == block
            {
                j -= 1;
                let earlier = places_of(j).found;
                if let Some(one) = single(&earlier) {
                    pick = Pick::Place(one);
                }
            }
        }
        f.jurisdiction = match pick {
            Pick::Place(one) => Some(one.to_string()),
            Pick::Joint => None,
            Pick::Unsaid if global => None,
            Pick::Unsaid => dominant.clone(),
        };
    }
}

/// The item of `sorted` (by start, not overlapping) whose span holds `span`: a binary
/// search, as it is asked once per fact and place (a page of thousands of quotations
/// would make a scan quadratic).
fn containing<T>(
    sorted: &[T],
    span_of: impl Fn(&T) -> crate::span::Span,
    span: crate::span::Span,
) -> Option<&T> {
    let i = sorted.partition_point(|t| span_of(t).start <= span.start);
    let t = sorted.get(i.checked_sub(1)?)?;
    span_of(t).contains(span).then_some(t)
}

/// What a sentence says of a fact's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// One place.
    Place(&'static str),
    /// Several places together ("Police in Germany and Austria arrested 38 people"):
    /// none of them alone, and no other.
    Joint,
    /// Nothing: the fact takes the paragraph's or the article's place.
    Unsaid,
}

/// What a sentence says of places, read once per sentence.
#[derive(Debug, Clone, Default)]
struct SentencePlaces {
    /// Its places ([`sentence_places`]), at offsets into the body.
    found: Vec<Found>,
    /// Where its clauses break ([`CLAUSE_BREAK`]), at offsets into the body; read
    /// only when its places differ.
    breaks: Vec<(usize, usize)>,
    /// It gives figures over many countries ([`spans_countries`]) in an article of
    /// several places.
    global: bool,
}

/// Where a sentence's clauses about different places part: "; ", ", while ",
/// ", whereas ", ", but ", ", meanwhile " ("In Italy, police identified 24
/// suspects, while in Spain 11 people were held").
static CLAUSE_BREAK: std::sync::LazyLock<crate::extract::lexicon::Rule> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::regex(
            r"(?x) ;\s | ,\s+(?:while|whereas|but|meanwhile)\s | \s(?:while|whereas)\s",
        )
        .expect("clause-break regex")
    });

/// The clause around `span`: from the end of the last break before it to the start
/// of the first break after it.
fn clause(breaks: &[(usize, usize)], span: crate::span::Span) -> (usize, usize) {
    let from = breaks
        .iter()
        .rev()
        .find(|b| b.1 <= span.start)
        .map_or(0, |b| b.1);
    let to = breaks
        .iter()
        .find(|b| b.0 >= span.end)
        .map_or(usize::MAX, |b| b.0);
    (from, to)
}

/// Figures over many countries: "worldwide", "around the world", "across the three
/// countries", "in 14 countries", "in all participating countries".
static OVER_COUNTRIES: std::sync::LazyLock<crate::extract::lexicon::Rule> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::regex(&format!(
            r"(?xi) \b(?: worldwide | globally | (?:around|across)\s+the\s+(?:world|globe)
                | (?:in|across|from|throughout)\s+(?:the\s+|all\s+(?:the\s+)?)?
                  (?:[0-9]+\s+|{words}\s+|several\s+|multiple\s+|many\s+)?
                  (?:participating\s+|member\s+|other\s+|[A-Z][a-z]+\s+)?
                  (?:countries|nations|jurisdictions|member\s+states) )\b",
            words = crate::extract::lexicon::numbers::NUMBER_WORDS
        ))
        .expect("over-countries regex")
    });

/// Whether a sentence gives figures over many countries ([`OVER_COUNTRIES`]).
fn spans_countries(text: &str) -> bool {
    let cheap = [
        "countries",
        "nations",
        "jurisdictions",
        "member states",
        "world",
        "global",
    ]
    .iter()
    .any(|w| text.contains(w));
    cheap && OVER_COUNTRIES.is_match(text)
}

/// Whether the words between a total and a place after it open the total's
/// breakdown: an open bracket ("50 suspects (Spain 20"), "including", "of whom".
fn breakdown(gap: &str) -> bool {
    gap.matches('(').count() > gap.matches(')').count()
        || gap.contains("including")
        || gap.contains("of whom")
        || gap.contains("of which")
}

/// Whether the place between `before` and `after` is where someone fled ("fled to
/// Mexico", not "fled to the UK, where she laundered …") or was extradited or
/// deported from ("extradited to Orange County from Mexico").
fn away(before: &str, after: &str) -> bool {
    let tail = crate::extract::lexicon::chars::tail(before, 60);
    let mut words = tail.split_whitespace().rev();
    let mut w = words.next();
    if w == Some("the") {
        w = words.next();
    }
    match w {
        Some("to") => {
            words
                .next()
                .is_some_and(|v| matches!(v, "fled" | "flee" | "fleeing" | "flees" | "escaped"))
                && !after.starts_with(", where")
        }
        Some("from") => words
            .take(6)
            .any(|v| v.starts_with("extradit") || v.starts_with("deport") || v == "returned"),
        _ => false,
    }
}

/// Whether the place after `before` says where people, firms or goods are ("victims
/// in China", "a syndicate based in Cambodia"), not where enforcement took place.
fn locates_others(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut w = words.next();
    if w == Some("the") {
        w = words.next();
    }
    if w != Some("in") {
        return false;
    }
    words.next().is_some_and(|o| {
        crate::extract::jurisdiction::NOT_ENFORCEMENT
            .contains(&o.trim_end_matches(',').to_lowercase().as_str())
    })
}

/// Whether `gap` (between a fact and a place after it) only separates list items:
/// ", ", "; ", " and ", ", and in ".
fn next_item(gap: &str) -> bool {
    let g = gap.trim();
    let g = g.strip_suffix("in").map_or(g, str::trim_end);
    matches!(g, "," | ";" | "and" | ", and" | "; and")
}

/// The one place of `found`, if all its mentions name the same place.
fn single(found: &[Found]) -> Option<&'static str> {
    let first = found.first()?.name;
    found.iter().all(|f| f.name == first).then_some(first)
}

/// The place whose mention lies nearest the fact's words (for lists such as "the
/// United States (130), Germany (42)"); when `joint` is asked, [`Pick::Joint`] if
/// that mention is one of a list of different places, all sharing the fact ("Police
/// in Germany and Austria arrested 38 people").
fn nearest(body: &str, found: &[Found], span: crate::span::Span, joint: bool) -> Pick {
    if let Some(one) = single(found) {
        return Pick::Place(one);
    }
    let Some((k, p)) = found.iter().enumerate().min_by_key(|(_, p)| {
        if p.span.end <= span.start {
            span.start - p.span.end
        } else if p.span.start >= span.end {
            // A place after the words counts a little less than one before them.
            p.span.start - span.end + 5
        } else {
            0
        }
    }) else {
        return Pick::Unsaid;
    };
    let joined = |a: &Found, b: &Found| {
        a.name != b.name
            && a.span.end <= b.span.start
            && matches!(
                body[a.span.end..b.span.start].trim(),
                "," | "and" | ", and" | "&" | "or" | ", or"
            )
    };
    let outside = !p.span.overlaps(span);
    let listed = k.checked_sub(1).is_some_and(|b| joined(&found[b], p))
        || found.get(k + 1).is_some_and(|a| joined(p, a));
    if joint && outside && listed {
        Pick::Joint
    } else {
        Pick::Place(p.name)
    }
}

/// The article's main place: named far more often than any other (at least twice as
/// often as the next, and at least twice in all). Multi-country round-ups have none,
/// and their article-level totals stay unattributed.
fn dominant_place(body: &str, article: &[String]) -> Option<String> {
    if let [one] = article {
        return Some(one.clone());
    }
    let mut counts: Vec<(usize, &String)> = article.iter().map(|a| (0, a)).collect();
    for p in countries::find(body)
        .into_iter()
        .filter(|p| p.how == Mention::Name && !countries::names_currency(&body[p.span.end..]))
        .chain(countries::find_within(body))
    {
        if let Some(c) = counts.iter_mut().find(|(_, a)| a.as_str() == p.name) {
            c.0 += 1;
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.0));
    match counts.as_slice() {
        [(n, top), (m, _), ..] if *n >= 2 && *n >= 2 * m => Some((*top).clone()),
        _ => None,
    }
}

/// The place a dateline opens the story with ("SINGAPORE - …", "Miami – April 24"):
/// the jurisdiction fact of the `dateline` rule; or, unless `strict`, a jurisdiction
/// fact at the very start of the first paragraph after the title ("In Malaysia,
/// police …").
fn dateline_place(body: &str, segments: &Segments, facts: &[Fact], strict: bool) -> Option<String> {
    if strict {
        return facts.iter().find_map(|f| match &f.value {
            Value::Jurisdiction { name } if f.rule == "dateline" => Some(name.clone()),
            _ => None,
        });
    }
    let lead = segments
        .blocks
        .iter()
        .find(|b| b.kind != crate::segment::BlockKind::Title)?;
    let head_end = (lead.span.start + 40).min(lead.span.end);
    facts.iter().find_map(|f| match &f.value {
        Value::Jurisdiction { name }
            if f.span.start >= lead.span.start && f.span.end <= head_end =>
        {
            let before = &body[lead.span.start..f.span.start];
            (!before.contains(['.', '"', '“'])).then(|| name.clone())
        }
        _ => None,
    })
}

/// Enforcers named right after a demonym: "Vietnamese police", "South Korean
/// prosecutors" (not "Vietnamese Advisory Commission", "Jamaican Police Officer").
static ENFORCERS_AFTER: std::sync::LazyLock<crate::extract::lexicon::Rule> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::regex(
            r"^\s+(?:police|authorities|prosecutors|investigators|detectives|customs|officers|agents|law\s+enforcement)\b",
        )
        .expect("enforcers regex")
    });

/// Whether `after` opens with enforcers ([`ENFORCERS_AFTER`]), not one officer ("a
/// former Jamaican police officer").
fn enforcers_after(after: &str) -> bool {
    ENFORCERS_AFTER.find(after).is_some_and(|m| {
        let next = after[m.end()..].trim_start();
        !(next.starts_with("officer") || next.starts_with("chief"))
    })
}

/// Mentions of the article's places in a sentence: names, cities and regions. A
/// nationality ("a Chinese woman") says who someone is, not where the story happened,
/// so demonyms are used only before an enforcement body ("Vietnamese police busted
/// a ring", "South Korean prosecutors indicted 14 people").
fn sentence_places(text: &str, article: &[String]) -> Vec<Found> {
    let keep = |p: &Found| article.is_empty() || article.iter().any(|a| a == p.name);
    let mut named: Vec<Found> = countries::find(text)
        .into_iter()
        // (Georgia before the American state is told apart, below)
        .filter(|p| {
            (keep(p) || p.name == "Georgia")
                && (p.how == Mention::Name || enforcers_after(&text[p.span.end..]))
        })
        // ("US$3.7 million", "in U.S. dollars": a currency)
        .filter(|p| !countries::names_currency(&text[p.span.end..]))
        .filter(|p| {
            // (not a place opening a body's name: "with the U.S. Department of …")
            !(p.how == Mention::Name
                && partner_before(&text[..p.span.start])
                && !text[p.span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase)))
        })
        .collect();
    named.extend(countries::find_within(text));
    named.sort_by_key(|p| p.span);
    // A town before an American, Canadian or Australian state or region named like a
    // country ("Lebanon, Pennsylvania", "Mexico, Missouri") is no country; and Georgia beside American places ("of Norcross,
    // Georgia; … of Monroeville, Pennsylvania") is the American state.
    let town: Vec<bool> = (0..named.len())
        .map(|k| {
            let p = &named[k];
            named.get(k + 1).is_some_and(|q| {
                q.name != p.name
                    && matches!(q.name, "United States" | "Canada" | "Australia")
                    && countries::canonical(p.span.slice(text)).is_some()
                    && countries::canonical(q.span.slice(text)).is_none()
                    && text[p.span.end..q.span.start].trim() == ","
            })
        })
        .collect();
    let american = named.iter().any(|p| p.name == "United States")
        || named.iter().any(|p| {
            p.name == "Georgia"
                && crate::extract::jurisdiction::US_TOWN_BEFORE.is_match(&text[..p.span.start])
                && !named.iter().any(|q| {
                    q.name == "Georgia"
                        && q.span.end <= p.span.start
                        && q.span.end + 3 > p.span.start
                })
        });
    let mut k = 0;
    named.retain(|_| {
        k += 1;
        !town[k - 1]
    });
    for p in &mut named {
        if american && p.name == "Georgia" && p.how == Mention::Name {
            p.name = "United States";
        }
    }
    named.retain(|p| keep(p));
    named
}

/// Whether a country named after these words is a partner of the operation, not
/// where its facts happened: "in a joint operation with Malaysia", "working with
/// the Philippines".
fn partner_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    match words.next() {
        Some("with") => true,
        Some("the") => words.next() == Some("with"),
        _ => false,
    }
}

fn merge_duplicates(facts: Vec<Fact>) -> Vec<Fact> {
    // Keep mention order: first mention stands for the fact.
    let mut facts = facts;
    facts.sort_by_key(|f| f.span);
    let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::default();
    for f in facts {
        let key = f.value.identity();
        let group = by_key.entry(key).or_default();
        // Same jurisdiction, or one side without: the same fact. A name (agency,
        // operation, person, quote) is one fact wherever it is mentioned.
        let named = matches!(
            f.kind(),
            Kind::Agency | Kind::Operation | Kind::Person | Kind::Quote
        );
        let same = group.iter().copied().find(|&i| {
            let o: &Fact = &out[i];
            (named
                || o.jurisdiction.is_none()
                || f.jurisdiction.is_none()
                || o.jurisdiction == f.jurisdiction)
                && !victims_and_offenders(&o.value, &f.value)
        });
        match same {
            Some(i) => {
                let kept = &mut out[i];
                if kept.jurisdiction.is_none() {
                    kept.jurisdiction = f.jurisdiction.clone();
                }
                fill_secondary(&mut kept.value, &f.value);
            }
            None => {
                group.push(out.len());
                out.push(f);
            }
        }
    }
    out
}

/// Two counts of the same number, one of victims and one of offenders ("rescued 14
/// victims … 14 suspects were arrested"): two groups of people, not one said twice.
fn victims_and_offenders(a: &Value, b: &Value) -> bool {
    use crate::extract::fact::Role;
    let side = |v: &Value| match v {
        Value::Count { role: Some(r), .. } => match r {
            Role::Victim | Role::Rescued => Some(true),
            Role::Involved => None,
            _ => Some(false),
        },
        _ => None,
    };
    matches!((side(a), side(b)), (Some(x), Some(y)) if x != y)
}

/// Fill fields the first mention left empty from a later mention of the same value.
fn fill_secondary(kept: &mut Value, other: &Value) {
    match (kept, other) {
        (
            Value::Count { role, gender, .. },
            Value::Count {
                role: r2,
                gender: g2,
                ..
            },
        ) => {
            if role.is_none() || *role == Some(crate::extract::fact::Role::Involved) && r2.is_some()
            {
                *role = r2.or(*role);
            }
            *gender = gender.or(*g2);
        }
        (
            Value::Duration {
                qualifier, role, ..
            },
            Value::Duration {
                qualifier: q2,
                role: r2,
                ..
            },
        ) => {
            *qualifier = qualifier.or(*q2);
            // "other" is what a mention without context gets; a later, specific one wins
            if role.is_none() || *role == Some(crate::extract::fact::DurationRole::Other) {
                *role = r2.or(*role);
            }
        }
        // a headline's "involving S$2.3 million" (other), then "cost victims …" (loss)
        (Value::Money { role, .. }, Value::Money { role: r2, .. })
            if role.is_none() || *role == Some(crate::extract::fact::MoneyRole::Other) =>
        {
            *role = r2.or(*role);
        }
        (Value::Agency { abbr, name }, Value::Agency { abbr: a2, name: n2 }) => {
            if abbr.is_none() {
                abbr.clone_from(a2);
            }
            // (or the full name of a bare abbreviation met first: "NCA officers …",
            // then "the National Crime Agency (NCA)")
            let expands = abbr.as_deref() == Some(name.as_str()) && a2 == abbr && n2 != name;
            if expands || n2.len() > name.len() && n2.to_lowercase().contains(&name.to_lowercase())
            {
                name.clone_from(n2);
            }
        }
        (Value::Person { title, .. }, Value::Person { title: t2, .. }) if title.is_none() => {
            title.clone_from(t2);
        }
        (Value::Quote { speaker, .. }, Value::Quote { speaker: s2, .. }) if speaker.is_none() => {
            speaker.clone_from(s2);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::fact::{Duration, Unit};
    use crate::span::Span;

    fn fact(body: &str, v: Value, s: usize, e: usize) -> Fact {
        Fact::new(v, Span::new(s, e), body, "test")
    }

    #[test]
    fn a_partner_country_is_not_where_a_sentence_happened() {
        let article = [
            "Singapore".to_string(),
            "Malaysia".to_string(),
            "United States".to_string(),
        ];
        let names = |t: &str| -> Vec<&str> {
            sentence_places(t, &article)
                .iter()
                .map(|p| p.name)
                .collect()
        };
        assert!(names("Police arrest 27 suspects in joint operation with Malaysia").is_empty());
        assert!(names("Officers worked with the Malaysia police.").is_empty());
        assert_eq!(
            names("Police in Singapore arrested 27 suspects"),
            ["Singapore"]
        );
        // a place opening a body's name is no partner country
        assert_eq!(
            names("He was sent back with the U.S. Department of Justice's help."),
            ["United States"]
        );
    }

    /// The place each fact of the whole pipeline's record is attributed to, by the
    /// fact's words (jurisdiction facts left out).
    fn placed(text: &str) -> Vec<(String, Option<String>)> {
        crate::extract_text("t", text)
            .facts
            .into_iter()
            .filter(|f| f.kind() != Kind::Jurisdiction)
            .map(|f| (f.text, f.jurisdiction))
            .collect()
    }

    fn place_of<'a>(placed: &'a [(String, Option<String>)], words: &str) -> Option<&'a str> {
        placed
            .iter()
            .find(|(t, _)| t == words)
            .unwrap_or_else(|| panic!("no fact {words:?} in {placed:?}"))
            .1
            .as_deref()
    }

    #[test]
    fn a_clause_keeps_its_own_place() {
        let p = placed(
            "Fraud ring dismantled\n\nInvestigators identified 24 suspects in Italy, while 11 \
             people were arrested in Spain and 4 in Portugal.",
        );
        assert_eq!(place_of(&p, "24 suspects"), Some("Italy"));
        assert_eq!(place_of(&p, "11 people"), Some("Spain"));
        let p = placed(
            "Sweep\n\nIn Italy, police questioned 24 suspects; officers in Spain held 11 \
             people.",
        );
        assert_eq!(place_of(&p, "24 suspects"), Some("Italy"));
        assert_eq!(place_of(&p, "11 people"), Some("Spain"));
    }

    #[test]
    fn where_victims_live_and_a_quotations_places_stay_theirs() {
        let p = placed(
            "Fraudster jailed in London\n\nPolice in London said a woman had cheated 9,000 \
             victims in China over a seven-year period.\n\n“We thank our partners in Chinese \
             law enforcement,” said detective Jane Holt.\n\nShe was jailed for 11 years by a \
             court in London, the longest term for fraud in Britain. Police in Shanghai \
             arrested two of her accomplices in 2019.",
        );
        assert_eq!(place_of(&p, "9,000 victims"), Some("China"));
        assert_eq!(place_of(&p, "seven-year"), Some("United Kingdom"));
        assert_eq!(place_of(&p, "Jane Holt"), Some("United Kingdom"));
    }

    #[test]
    fn totals_over_countries_take_no_single_place() {
        // a round-up's closing paragraph, in its last section
        let p = placed(
            "Trafficking sweep\n\nAn operation across West Africa freed 101 victims.\n\n\
             Nigeria\n\nOfficers in Lagos rescued 64 victims.\n\nGhana\n\nPolice in Accra \
             rescued 37 women.\n\nIn total, 40 suspects were arrested across the two \
             countries.",
        );
        assert_eq!(place_of(&p, "64 victims"), Some("Nigeria"));
        assert_eq!(place_of(&p, "37 women"), Some("Ghana"));
        assert_eq!(place_of(&p, "40 suspects"), None);
        // a total before its breakdown; a figure shared by a list of places
        let p = placed(
            "Haul\n\nPolice arrested 50 suspects (Spain 20, Italy 18, France 12) and seized \
             cocaine.\n\nPolice in Germany and Austria have arrested 38 people.",
        );
        assert_eq!(place_of(&p, "50 suspects"), None);
        assert_eq!(place_of(&p, "38 people"), None);
        // members of a counted group ("12 countries, including …") place nothing
        let p = placed(
            "Officers join sweep\n\nPolice from 12 countries, including Spain, Italy and \
             France, took part in the operation, which led to 80 arrests.",
        );
        assert_eq!(place_of(&p, "12 countries"), None);
        assert_eq!(place_of(&p, "80 arrests"), None);
        // one country's places, listed, are that country's
        let p = placed(
            "Ring dismantled\n\nAgents arrested 27 people in Georgia, Alabama and Florida, \
             officials said.",
        );
        assert_eq!(place_of(&p, "27 people"), Some("United States"));
    }

    #[test]
    fn numbered_country_lines_head_the_parts_of_a_round_up() {
        let p = placed(
            "Where scam compounds grow\n\nA report lists five countries.\n\n1. Myanmar\n\n\
             Troops raided two compounds and freed 260 workers.\n\n2. Cambodia\n\nPolice \
             detained 680 foreigners in one raid.\n\n3. Laos\n\nOfficers arrested 771 \
             people in August.",
        );
        assert_eq!(place_of(&p, "260 workers"), Some("Myanmar"));
        assert_eq!(place_of(&p, "680 foreigners"), Some("Cambodia"));
        assert_eq!(place_of(&p, "771 people"), Some("Laos"));
        assert_eq!(place_of(&p, "five countries"), None);
    }

    #[test]
    fn a_country_heading_a_later_paragraph_is_no_dateline() {
        let p = placed(
            "Child abuse sweep\n\nInterpol said an operation across 24 countries led to 150 \
             arrests.\n\nBrazil: 37 people were arrested.\n\nUnited States: Investigators \
             arrested 28 suspects.\n\nPhilippines: Police arrested 9 adults.\n\nMore than \
             1,200 devices were seized.",
        );
        assert_eq!(place_of(&p, "37 people"), Some("Brazil"));
        assert_eq!(place_of(&p, "28 suspects"), Some("United States"));
        assert_eq!(place_of(&p, "1,200 devices"), None);
    }

    #[test]
    fn a_dateline_outweighs_a_background_paragraph() {
        let p = placed(
            "Man charged\n\nDURBAN - A 34-year-old man has been charged after police \
             seized 3 laptops at his home.\n\nThe case is similar to one in Australia last \
             year, when police in Brisbane arrested 19 men.",
        );
        assert_eq!(place_of(&p, "34-year-old"), Some("South Africa"));
        assert_eq!(place_of(&p, "19 men"), Some("Australia"));
        // a lead that names two places is no dateline
        let p = placed(
            "Fraud ring dismantled\n\nPolice in Italy identified 24 suspects, while Spanish \
             officers arrested 11 people in Valencia.\n\nOfficers also seized 12 cars.",
        );
        assert_eq!(place_of(&p, "12 cars"), None);
    }

    #[test]
    fn duration_beats_age_on_the_same_words() {
        let body = "jailed for 25 years";
        let facts = vec![
            fact(body, Value::Age { min: 25, max: 25 }, 11, 19),
            fact(
                body,
                Value::Duration {
                    duration: Duration {
                        years: 25,
                        ..Default::default()
                    },
                    qualifier: None,
                    role: None,
                },
                11,
                19,
            ),
        ];
        let out = resolve(body, &crate::segment::segment(body, None), facts);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].kind(), Kind::Duration);
    }

    /// Facts of one kind at one span (a list of sections) come out in the order of
    /// their values, whatever order the extractor found them in.
    #[test]
    fn facts_at_one_span_are_ordered_by_value() {
        let body = "under Sections 5 and 4 of the Films Act";
        let section = |n: &str| Value::Statute {
            law: "Films Act".into(),
            section: n.into(),
        };
        for order in [["5", "4"], ["4", "5"]] {
            let facts = order.map(|n| fact(body, section(n), 6, 22)).to_vec();
            let out = resolve(body, &crate::segment::segment(body, None), facts);
            let sections: Vec<String> = out
                .iter()
                .filter_map(|f| match &f.value {
                    Value::Statute { section, .. } => Some(section.clone()),
                    _ => None,
                })
                .collect();
            assert_eq!(sections, ["4", "5"], "found in the order {order:?}");
        }
    }

    #[test]
    fn repeated_count_is_one_fact() {
        let body = "21 arrested. Police arrested 21 men.";
        let c = |role| Value::Count {
            value: 21,
            unit: Unit::Person,
            gender: None,
            role,
        };
        let facts = vec![
            fact(body, c(None), 0, 11),
            fact(body, c(Some(crate::extract::fact::Role::Arrested)), 13, 31),
        ];
        let out = resolve(body, &crate::segment::segment(body, None), facts);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].span, Span::new(0, 11));
        assert!(matches!(out[0].value, Value::Count { role: Some(_), .. }));
    }
}
