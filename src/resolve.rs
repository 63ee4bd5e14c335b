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
    section_places.sort_unstable();
    section_places.dedup();
    let dominant = if section_places.len() >= 2 {
        None
    } else {
        dominant_place(body, &article).or_else(|| dateline_place(body, segments, facts))
    };
    // Places each sentence names, computed once per sentence.
    let mut by_sentence: HashMap<usize, Vec<Found>> = HashMap::default();
    let mut places_of = |i: usize| -> Vec<Found> {
        by_sentence
            .entry(i)
            .or_insert_with(|| {
                let s = segments.sentences[i].span;
                let mut found = sentence_places(s.slice(body), &article);
                found.retain(|p| !aside.iter().any(|a| a == p.name));
                for f in &mut found {
                    f.span = f.span.shift(s.start);
                }
                found
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
        if let Some(sec) = segments.section_at(f.span.start) {
            if let [one] = sec.jurisdictions.as_slice() {
                f.jurisdiction = Some(one.to_string());
                continue;
            }
        }
        let idx = segments
            .sentences
            .partition_point(|s| s.span.start <= f.span.start)
            .checked_sub(1);
        let mut pick: Option<&'static str> = None;
        if let Some(i) = idx {
            // (not a place inside a person's name: "Chad Hatch", "Iran Shafiee";
            // an agency's, a law's or a count's own place is theirs)
            let mut here = places_of(i);
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
            pick = nearest(&here, f.span);
            // Else the place the paragraph's earlier sentences settled on.
            let block = segments.sentences[i].block;
            let mut j = i;
            while pick.is_none() && j > 0 && i - j < 3 && segments.sentences[j - 1].block == block {
                j -= 1;
                let earlier = places_of(j);
                if let Some(one) = single(&earlier) {
                    pick = Some(one);
                }
            }
        }
        f.jurisdiction = pick.map(str::to_string).or_else(|| dominant.clone());
    }
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
/// United States (130), Germany (42)").
fn nearest(found: &[Found], span: crate::span::Span) -> Option<&'static str> {
    if let Some(one) = single(found) {
        return Some(one);
    }
    found
        .iter()
        .min_by_key(|p| {
            if p.span.end <= span.start {
                span.start - p.span.end
            } else if p.span.start >= span.end {
                // A place after the words counts a little less than one before them.
                p.span.start - span.end + 5
            } else {
                0
            }
        })
        .map(|p| p.name)
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
/// a jurisdiction fact at the very start of the first paragraph after the title.
fn dateline_place(body: &str, segments: &Segments, facts: &[Fact]) -> Option<String> {
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
        .filter(|p| keep(p) && (p.how == Mention::Name || enforcers_after(&text[p.span.end..])))
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
    named.extend(countries::find_within(text).into_iter().filter(|p| keep(p)));
    named.sort_by_key(|p| p.span);
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
