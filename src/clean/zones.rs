//! Page-level cleaning: which lines are the title, page chrome before the article,
//! navigation runs, and what follows the article's end.

use super::{is_list_item, looks_like_headline, Line, Meta};
use crate::ascii::{at_least, chunk, equal, lanes_set, HIGH};
use crate::extract::fact::PartialDate;
use crate::extract::lexicon::dates::{parse_date, without_time};
use crate::extract::lexicon::Rule;
use crate::extract::lexicon::{at_most_words, regex};
use std::sync::LazyLock;

/// A byline above the article: "By Staff Reporter", "By Jane Roe and Ali Tan", "By
/// Jane Roe, BBC Scotland News", "By Brian Otieno | The Star" (the writer, then the
/// outlet or desk).
static BYLINE: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"^[Bb]y\s+(?P<who>\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})(?:(?:,|\s\|)\s+\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,5})?\s*$")
        .expect("byline regex")
});

/// A label before a page's date line.
static DATE_LABEL: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"(?i)^(?:published|posted|released|issued|updated|date)(?:\s+on)?\s*:?\s+")
        .expect("date-label regex")
});

/// "Headline - Site Name" / "Headline | Site": a scraped page's title line, read as
/// `^(?P<title>.{10,}?)\s+(?:-|–|—|\|)\s+(?P<site>[^|–—]{3,90}?)$` reads it (the
/// test holds the two equal). Read by hand: the regex's bounded repeat of a Unicode
/// class is a large automaton, and its captures took ~50,000 instructions a line.
///
/// The title is the shortest opening of 10 characters or more (no line break) that
/// white space, a mark and white space follow; the site is the rest, 3 to 90
/// characters without `|`, `–` or `—` (white space after the mark is given back to
/// a site shorter than 3, as the regex's backtracking gives it).
#[cfg(test)]
fn page_title(line: &str) -> Option<(&str, &str)> {
    page_title_splits(line).next()
}

/// Every way of reading `line` as [`page_title`] does, the title growing: after the
/// first, the splits at each later mark ("Media Advisory - John Doe - County
/// District Attorney" is also "Media Advisory - John Doe" of "County District
/// Attorney").
fn page_title_splits(line: &str) -> impl Iterator<Item = (&str, &str)> {
    // (up to a line break, which is still tried as the white space before a mark)
    let mut open = true;
    line.char_indices()
        .enumerate()
        .take_while(move |&(_, (_, c))| std::mem::replace(&mut open, c != '\n'))
        .filter(|&(chars, (_, c))| chars >= 10 && c.is_whitespace())
        .filter_map(move |(_, (at, _))| Some((&line[..at], title_tail(&line[at..])?)))
}

/// The site of a title line's tail `rest` (which opens with white space), if the
/// tail is white space, a separating mark, white space and a site.
fn title_tail(rest: &str) -> Option<&str> {
    let marked = rest.trim_start();
    let mark = marked
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—' | '|'))?;
    let after = &marked[mark.len_utf8()..];
    let site = after.trim_start();
    let space = &after[..after.len() - site.len()];
    let (space_chars, site_chars) = (space.chars().count(), site.chars().count());
    if space_chars == 0 || site_chars > 90 || site.contains(['|', '–', '—']) {
        return None;
    }
    // The white space after the mark keeps at least one character; the site takes
    // back as few as make it 3 long.
    let given = 3usize.saturating_sub(site_chars);
    if given >= space_chars {
        return None;
    }
    let from = space
        .char_indices()
        .nth(space_chars - given)
        .map_or(space.len(), |(i, _)| i);
    Some(&after[from..])
}

/// Words that make the tail of a title line a site or organisation name.
static SITE_NAME: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"(?i)\b(?:office|news|times|post|daily|herald|journal|tribune|gazette|press|department|police|attorney|agency|ministry|bureau|court|online|media|citizen|star|today|network|observer|chronicle|reuters|channel|courier|express|mail|telegraph|guardian|inquirer|bulletin|reporter|examiner|sentinel|dispatch|globe|insider|magazine|standard|mirror|monitor|nation|sun|independent|radio|tv|\.com|\.org|\.gov)\b")
        .expect("site regex")
});

/// A press-release slug with the headline after it.
static RELEASE_SLUG: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"(?i)^(?:for\s+immediate\s+release|news\s+release|press\s+release)\s*[:\-–—]+\s*(?P<title>.{10,})$").expect("slug regex")
});

/// An organisation's name alone on a line (a letterhead).
static LETTERHEAD: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"^(?:The\s+)?(?:[\p{Lu}][\p{L}’'.&-]*\s+(?:of\s+|and\s+|for\s+)?){1,8}(?:Office|Department|Agency|Bureau|Ministry|Commission|Police|Court|Prosecutor|Service)$")
        .expect("letterhead regex")
});

/// The other lines of an American federal release's letterhead: "U.S. Department of
/// Justice", "Office of Public Affairs", "District of New Mexico".
static FEDERAL_LETTERHEAD: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"^(?:(?:U\.S\.|United\s+States)\s+)?(?:Department|Ministry)\s+of\s+Justice$|^Office\s+of\s+Public\s+Affairs$|^(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}$")
        .expect("federal letterhead regex")
});

/// A breadcrumb's first link on a line of its own ("Home"): never the title.
fn is_breadcrumb_root(line: &str) -> bool {
    ["home", "homepage", "home page", "main page"]
        .iter()
        .any(|w| line.trim().eq_ignore_ascii_case(w))
}

/// An organisation's name alone on a line, or with the district it serves: "U.S.
/// Attorney's Office, Central District of California".
fn is_letterhead(line: &str) -> bool {
    LETTERHEAD.is_match(line)
        || FEDERAL_LETTERHEAD.is_match(line)
        || line.split_once(", ").is_some_and(|(name, district)| {
            at_most_words(district, 6)
                && district.starts_with(char::is_uppercase)
                && !has_date(district)
                && LETTERHEAD.is_match(name)
        })
}

/// A row of menu items ("Home | World | Europe | Crime", "Menu  News  Belgium
/// Europe"), a breadcrumb ("Home > Crime > Organised crime") or a run of site
/// sections ("ITALY NEWS DAILY — Crime — Calabria"): page chrome, never a title.
fn is_menu_row(line: &str) -> bool {
    let t = line.trim();
    if ends_sentence(t) || !at_most_words(t, 20) {
        return false;
    }
    // three or more items of a few words each between marks set apart by spaces
    let parts = |marks: &[&str]| -> Vec<&str> {
        let mut parts = vec![t];
        for m in marks {
            parts = parts.into_iter().flat_map(|p| p.split(m)).collect();
        }
        parts
    };
    let items = |marks: &[&str]| {
        let parts = parts(marks);
        parts.len() >= 3 && parts.iter().all(|p| at_most_words(p, 4))
    };
    let spaced_items = t.split("  ").filter(|p| !p.trim().is_empty()).count();
    items(&[" | ", " • ", " · "])
        || items(&[" > ", " » ", " › "])
        || items(&[" — ", " – "])
            && parts(&[" — ", " – "])
                .iter()
                .any(|p| *p == p.to_uppercase())
        || spaced_items >= 4 && t.split("  ").all(|p| at_most_words(p.trim(), 2))
}

/// A site's name on a line of its own above the headline: "Hamburg Herald", "UK
/// News Now", "The Brussels Courier".
fn is_site_name(line: &str) -> bool {
    let t = line.trim();
    let last = t.split_whitespace().next_back().unwrap_or("");
    at_most_words(t, 4)
        && !ends_sentence(t)
        && t.split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !["of", "and", "the", "for"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
        && SITE_NAME.is_match(t)
}

/// Widgets after which only article prose may remain.
static TRAILING_MARKER: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"(?i)^(?:related(?:\s+(?:posts?|articles?|stories|news|content|links))?:?|latest\s+(?:news|stories|posts|articles)|recent\s+(?:news|posts|articles)|more\s+(?:[a-z]+\s+)?news|more\s+like\s+this|more\s+on\s+this\s+story|popular|most\s+(?:read|popular|viewed)|you\s+(?:may|might)\s+also\s+like|read\s+more|read\s+next|also\s+read:?|read\s+also:?|trending(?:\s+(?:now|stories|news))?|top\s+stories|recommended(?:\s+(?:for\s+you|stories))?|editor['’]s\s+picks)$")
        .expect("trailing marker regex")
});

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Ends like a sentence.
fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', ':', ';'])
}

/// Running prose, as opposed to headlines, menus and teasers: enough words, and
/// enough of them lower case.
pub fn is_prose(s: &str) -> bool {
    let (n, lower) = word_starts(s);
    prose_by_words(s, n, lower)
}

/// [`is_prose`] of `s`, which has `n` words, `lower` of them lower case.
fn prose_by_words(s: &str, n: usize, lower: usize) -> bool {
    if n < 5 {
        return false;
    }
    let ratio = lower as f64 / n as f64;
    (n >= 8 && ratio >= 0.35) || (ends_sentence(s) && ratio >= 0.3)
}

/// [`is_prose`] and [`is_short_without_date`] of a line, its words counted once (both
/// are asked of every line of every page).
pub(super) fn prose_and_short(s: &str) -> (bool, bool) {
    let (n, lower) = word_starts(s);
    (
        prose_by_words(s, n, lower),
        n <= 5 && short_by_ending(s) && !has_date(s),
    )
}

/// How many whitespace-separated words `s` has, and how many of them start with a
/// lower-case letter — `split_whitespace` and `char::is_lowercase`, in one pass that
/// reads ASCII eight bytes at a time ([`ascii_word_starts`]) and decodes only the
/// non-ASCII characters (this runs over every line of every page).
fn word_starts(s: &str) -> (usize, usize) {
    let bytes = s.as_bytes();
    let (mut n, mut lower) = (0usize, 0usize);
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = chunk(bytes, i) {
            if word & HIGH == 0 {
                let (starts, lower_starts, last_space) = ascii_word_starts(word, !in_word);
                n += starts as usize;
                lower += lower_starts as usize;
                in_word = !last_space;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let (space, lower_case) = if b.is_ascii() {
            i += 1;
            (ascii_space(b), b.is_ascii_lowercase())
        } else {
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            (c.is_whitespace(), c.is_lowercase())
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            n += 1;
            lower += usize::from(lower_case);
        }
    }
    (n, lower)
}

/// `char::is_whitespace` of an ASCII byte: also the vertical tab and form feed,
/// unlike `u8::is_ascii_whitespace`.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Eight ASCII bytes (as a little-endian `u64`, every byte below 0x80) read as
/// [`word_starts`] reads them one at a time: how many words start in them, how many
/// of those start with a lower-case letter, and whether the last byte is white
/// space. `space_before`: the byte before them was white space (or there was none).
fn ascii_word_starts(word: u64, space_before: bool) -> (u32, u32, bool) {
    // white space: ' ', or '\t' ..= '\r'
    let space = equal(word, b' ') | at_least(word, b'\t') & !at_least(word, b'\r' + 1);
    let lower = at_least(word, b'a') & !at_least(word, b'z' + 1);
    // a start: not space, after space (the byte before the chunk for the first)
    let before = space << 8 | u64::from(space_before) << 7;
    let starts = !space & HIGH & before;
    (
        lanes_set(starts),
        lanes_set(starts & lower),
        space >> 63 == 1,
    )
}

/// A dateline's place in capitals before a comma or the end: "MANILA, Philippines",
/// "MAE SOT, Thailand, Oct 22, 2025 (Reuters)", "SHANGHAI".
fn opens_like_dateline(t: &str) -> bool {
    use crate::extract::lexicon::countries;
    let mut parts = t.split(',').map(str::trim);
    let first = parts.next().unwrap_or("");
    let capitals = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && words(first) <= 3
        && first
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    // …and a place the gazetteer knows, or a country after it ("MAE SOT, Thailand").
    let place = |p: &str| {
        countries::canonical(&countries::title_case(p)).is_some()
            || countries::place_of_any_case(p).is_some()
    };
    capitals
        && (place(first)
            || parts
                .next()
                .is_some_and(|p| countries::canonical(p).is_some()))
}

/// A link's headline and its date, as a widget lists them: "Cambodia deports 50
/// Koreans over online fraud — January 12, 2025", "Raid nets six | 3 Dec 2024". An
/// entry of its own, never a wrapped line of a paragraph.
fn dated_entry(line: &str) -> bool {
    let t = line.trim_end();
    t.rfind(['—', '–', '|'])
        .or_else(|| t.rfind(" - ").map(|i| i + 1))
        .map(|i| t[i..].trim_start_matches(['—', '–', '|', '-']).trim())
        .is_some_and(|tail| words(tail) <= 5 && parse_date(tail).is_some())
}

/// A line that reads as a link's headline: no closing stop, not too long.
/// A line that opens with a capital and ends on a word a headline can end on: not
/// a comma, a bracket or a word that leads into more ("of", "and", "that").
fn headline_shaped(s: &str) -> bool {
    let t = s.trim_end();
    let last = t.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    t.starts_with(char::is_uppercase)
        && !t.ends_with([',', '(', '-', '–', '—'])
        && !matches!(
            last.as_str(),
            "of" | "and"
                | "or"
                | "that"
                | "the"
                | "a"
                | "an"
                | "to"
                | "in"
                | "for"
                | "with"
                | "by"
                | "on"
                | "at"
                | "from"
                | "as"
                | "was"
                | "were"
                | "is"
                | "are"
        )
}

fn headline_like(s: &str) -> bool {
    let t = s.trim_end();
    !t.ends_with(['.', '!', '?', '"', '”', ':', ';']) && at_most_words(t, 20)
}

/// A subheading in title case: every word of four letters or more capitalised
/// ("Tens of Thousands of Dollars and Six Guns Recovered"), at least three of them.
fn is_title_case(s: &str) -> bool {
    let mut long = 0;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().count() >= 4 {
            if !w.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
    }
    long >= 3
}

/// A short line that could be a menu item. A line ending in a colon introduces what
/// follows ("The defendants are:") and is never one.
fn is_short(s: &str) -> bool {
    at_most_words(s, 5) && short_by_ending(s)
}

/// [`is_short`] but for the word count: no closing mark, not a list item.
fn short_by_ending(s: &str) -> bool {
    !s.trim_end().ends_with(['.', '!', '?', ':']) && !is_list_item(s)
}

/// A line that is only a date, a date beside a byline ("Admin | April 24, 2026"), or
/// a labelled one without a colon ("Published 14 March 2025", "Posted on May 2, 2024").
fn date_line(s: &str) -> Option<crate::extract::fact::PartialDate> {
    let t = s.trim();
    // (a date holds a digit: most lines are answered here)
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let label = DATE_LABEL.find(t);
    let t = label.map_or(t, |m| &t[m.end()..]);
    let labelled = t;
    // "Posted Fri 15 Mar 2024 at 5:47am, updated Fri 15 Mar 2024 at 9:10am", "Jun
    // 05, 2025 4:12 PM ADT | Last Updated: June 6": the date before the update's.
    if let Some(head) = before_update(labelled) {
        if let Some(d) = date_line(head) {
            return Some(d);
        }
    }
    // "7:45pm, 18 Jun 2025": the time goes, the date stays ("03:20 pm GMT+7": and
    // the zone's offset).
    let bare = untimed(t);
    let t = bare.trim();
    let whole = |p: &str| {
        // ("12 June 2025, | By …": a comma the time left behind)
        let p = p.trim().trim_end_matches(',').trim_end();
        parse_stamp(p)
            .filter(|_| words(p) <= 5 && p.chars().filter(|c| c.is_alphabetic()).count() <= 20)
    };
    if let Some(d) = whole(t) {
        return Some(d);
    }
    // "The Hague, 18 March 2025", "SINGAPORE, 14 May 2025", "Lyon, France, 7 November
    // 2024", "Jakarta. March 4, 2024": a place (and its country) and the date (not a
    // label's "WHEN: Tomorrow, Wednesday, Sept. 7, 2011, at 1:30 p.m.").
    if label.is_none() && t.len() <= 80 {
        let seps = t
            .match_indices(", ")
            .map(|(i, _)| i)
            .chain(t.find(". "))
            .take(3);
        for at in seps {
            let (place, date) = (&t[..at], &t[at + 2..]);
            let place_words = place.split_whitespace().count();
            let capitalised = place
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '('));
            let dotted = t[at..].starts_with('.');
            let timely = place.split_whitespace().any(|p| {
                ["tomorrow", "today", "yesterday", "tonight"]
                    .iter()
                    .any(|w| p.trim_end_matches(',').eq_ignore_ascii_case(w))
            });
            // (a place of one or two words before a full stop: "Mr. Roe, 5 May" is
            // no place)
            if (1..=4).contains(&place_words)
                && capitalised
                && !timely
                && !place.contains([':', '.'])
                && !(dotted && (place_words > 2 || place.contains(',')))
            {
                if let Some(d) = whole(date) {
                    return Some(d);
                }
            }
        }
    }
    // "Admin | April 24, 2026", "12 June 2025, 8:15 pm | By Jane Wanjiru": a part
    // beside a byline (split before the time goes: it takes the bar with it).
    // ("By Staff Reporter | Published: 12 November 2023, 9:15 pm IST": a part may
    // have a label of its own)
    // ("Express News Service | Hyderabad | Published: 4th June 2024 09:15 AM": any
    // part; "Jaime Reyes Santos - March 22, 2024": a dash sets the date apart too)
    // ("CBC News · Posted: Jun 05, 2025 4:12 PM ADT", "Khuon Narim / Khmer Times
    // October 23, 2024": a dot or a slash sets the parts apart too)
    for bar in [" | ", " - ", " – ", " — ", " · ", " • ", " / "] {
        // (a dash after a place is a dateline's, "Miami – April 24, 2026": article
        // text; so is a dash with a story after it)
        let dash = bar != " | ";
        let dateline = || {
            let (place, _) = labelled.split_once(bar).unwrap_or((labelled, ""));
            let place = place.trim_start_matches('(');
            labelled.matches(bar).count() > 1
                || crate::extract::lexicon::countries::place_of_any_case(place).is_some()
                || crate::extract::lexicon::countries::canonical(place).is_some()
        };
        if labelled.contains(bar) && !(dash && dateline()) {
            // (each part is read as a line of its own: "By Hai Hien March 28, 2024 |
            // 03:20 pm GMT+7"; an update's date only when no other part has one)
            let parts: Vec<&str> = labelled.split(bar).map(str::trim).collect();
            let part = |p: &&str| date_line(p).or_else(|| outlet_then_date(p));
            return (parts.iter().rev())
                .filter(|p| !update_part(p))
                .find_map(part)
                .or_else(|| parts.iter().rev().find_map(part));
        }
    }
    if let Some((_, date)) = author_on_date(t) {
        return whole(date);
    }
    // "Posted on 5 December 2025 by Editorial Desk": a labelled date and its author;
    // "February 8, 2024 by Godfrey Bivbere": a date and a writer's name.
    if let Some((a, who)) = labelled.split_once(" by ") {
        if label.is_some() || BYLINE.is_match(&format!("by {}", who.trim())) {
            return whole(&untimed(a));
        }
    }
    // "By Marie Roe October 2, 2025": a byline and its date run together.
    byline_then_date(labelled).and_then(|(d, _)| d)
}

/// The writer a date line names: "By Jane Wanjiru" beside the date ("Posted on 12
/// June 2025, 8:15 pm | By Jane Wanjiru", "By Hai Hien March 28, 2024 | 03:20 pm"),
/// "… by Editorial Desk" after it, "Posted by Admin on 9 January 2025", or the
/// writer before an outlet and the date ("Khuon Narim / Khmer Times October 23,
/// 2024").
fn dateline_writer(text: &str) -> Option<String> {
    let by = text.find(" by ").map(|i| &text[i + 1..]);
    let parts = || text.split(['|', '·', '•']).map(str::trim);
    parts()
        .chain(by)
        .find_map(|p| BYLINE.captures(p.trim()).map(|c| c["who"].to_string()))
        .or_else(|| parts().find_map(|p| byline_then_date(p).and_then(|(_, w)| w)))
        .or_else(|| author_on_date(text.trim()).map(|(a, _)| a.to_string()))
        .or_else(|| {
            let (who, rest) = text.split_once(" / ")?;
            let who = who.trim();
            let named = (1..=4).contains(&words(who))
                && who.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
                });
            (named && outlet_then_date(rest.trim()).is_some()).then(|| who.to_string())
        })
}

/// The outlet a date line names before its stamp, set apart by a dot: "CBC News" of
/// "CBC News · Posted: Jun 05, 2025 4:12 PM ADT".
fn dateline_outlet(text: &str) -> Option<&str> {
    let (outlet, _) = text.split_once(" · ")?;
    let outlet = outlet.trim();
    is_site_name(outlet).then_some(outlet)
}

/// The text before a page's update stamp on its date line: "Fri 15 Mar 2024 at
/// 5:47am" of "Fri 15 Mar 2024 at 5:47am, updated Fri 15 Mar 2024 at 9:10am", "Jun
/// 05, 2025 4:12 PM ADT" of "… | Last Updated: June 6". `None` when the line holds
/// no update after some text.
fn before_update(t: &str) -> Option<&str> {
    if t.len() > 160 {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let at = lower.find("updated").filter(|&i| i > 0)?;
    // (the update's stamp is short: not "… updated figures show that …")
    if words(&t[at..]) > 8 {
        return None;
    }
    let head = t[..at].trim_end();
    let head = head
        .strip_suffix("last")
        .or_else(|| head.strip_suffix("Last"))
        .unwrap_or(head);
    let head = head
        .trim_end()
        .trim_end_matches([',', ';', '|', '-', '–', '—', '·']);
    (!head.trim().is_empty()).then(|| head.trim())
}

/// A part of a date line that is an update's stamp ("Last Updated: June 6").
fn update_part(p: &str) -> bool {
    let lower = p.trim_start().to_ascii_lowercase();
    lower.starts_with("updated") || lower.starts_with("last updated")
}

/// "Khmer Times October 23, 2024": an outlet's name, in capitalised words, and the
/// date (a part of a byline line, "Khuon Narim / Khmer Times October 23, 2024").
fn outlet_then_date(p: &str) -> Option<PartialDate> {
    if p.len() > 80 || !p.starts_with(char::is_uppercase) {
        return None;
    }
    let starts: Vec<usize> = p
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .collect();
    starts.iter().rev().take(5).find_map(|&i| {
        let (name, rest) = (p[..i].trim(), p[i..].trim());
        let capitalised = name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
        });
        if !capitalised || !(1..=5).contains(&words(name)) {
            return None;
        }
        parse_stamp(&untimed(rest))
            .filter(|_| words(rest) <= 5 && rest.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// [`without_time`], and the zone's offset a time leaves behind ("03:20 pm GMT+7").
fn untimed(t: &str) -> std::borrow::Cow<'_, str> {
    static OFFSET: LazyLock<Rule> = LazyLock::new(|| {
        regex(r"\s*\(?(?:(?:GMT|UTC)\s*[+−-]|\+)\s*[0-9]{1,2}(?::?[0-9]{2})?\)?\s*$")
            .expect("offset regex")
    });
    let t = without_time(t);
    match OFFSET.find(&t) {
        Some(m) if m.start() > 0 => t[..m.start()].to_string().into(),
        _ => t,
    }
}

/// A page's stamp of its date, as [`parse_date`] reads dates and also as pages write
/// them: "Wed June 11, 2025" (a weekday's abbreviation without a comma), "08/29/2025"
/// (an American month first, when the day-first reading is no date).
pub(super) fn parse_stamp(p: &str) -> Option<PartialDate> {
    const WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let p = p.trim_start();
    if let Some(d) = parse_date(p) {
        return Some(d);
    }
    let day = p
        .get(..3)
        .filter(|w| WEEKDAYS.iter().any(|d| w.eq_ignore_ascii_case(d)));
    if let Some(rest) = day.and_then(|_| p[3..].strip_prefix([' ', '.'])) {
        return parse_date(rest.trim_start());
    }
    // "08/29/2025", "8/29/2025 10:00": the numbers alone, or before a space
    let mut parts = p.splitn(3, '/');
    let (m, d, rest) = (parts.next()?, parts.next()?, parts.next()?);
    let y = rest.split(' ').next()?;
    let num = |s: &str, n: usize| {
        (s.len() <= n && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let (m, d, y) = (num(m, 2)?, num(d, 2)?, num(y, 4).filter(|_| y.len() == 4)?);
    PartialDate::ymd(y as i16, m as u8, d as u8)
}

/// "Posted by Admin on 9 January 2025", "By Staff Reporter on January 9, 2025": an
/// author of up to four words, then (after "on") what should be the date.
/// The date and writer a page's byline element states ("By Lena Hartmann · 5 min
/// read · Nov 27, 2024", "Posted on 12 June 2025 | By Jane Wanjiru", "By Staff
/// Reporter"): what the line rules read off such a line above the article.
pub(super) fn byline_element(text: &str) -> (Option<PartialDate>, Option<String>) {
    let text = text.trim();
    if let Some(d) = date_line(text) {
        return (Some(d), dateline_writer(text));
    }
    if let Some(c) = BYLINE.captures(text) {
        return (None, Some(c["who"].to_string()));
    }
    entry_meta(text)
        .or_else(|| byline_then_date(text))
        .unwrap_or_default()
}

/// "By Marie Roe October 2, 2025", "By Jo Roe 12 May 2025": a byline and a date run
/// together with nothing between (a theme's author link and its date).
fn byline_then_date(text: &str) -> Option<(Option<PartialDate>, Option<String>)> {
    if !text.starts_with("By ") && !text.starts_with("by ") {
        return None;
    }
    // (the date is the line's last five words or fewer)
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| c == ' ' && i > 3)
        .map(|(i, _)| i)
        .collect();
    starts.iter().rev().take(5).find_map(|&i| {
        let (who, rest) = (&text[..i], text[i..].trim());
        let d = date_line(rest)?;
        let c = BYLINE.captures(who)?;
        Some((Some(d), Some(c["who"].to_string())))
    })
}

/// An author named only by a desk or a role, as sites fill their metadata: "Web
/// Desk", "Staff", "Admin", "News Desk", "Editorial Team". A visible byline naming a
/// writer beats it.
pub(super) fn placeholder_author(who: &str) -> bool {
    const WORDS: &[&str] = &[
        "web",
        "desk",
        "news",
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "editorial",
        "team",
        "reporter",
        "reporters",
        "correspondent",
        "online",
        "digital",
        "the",
        "our",
        "newsroom",
        "writer",
        "writers",
        "bureau",
        "agencies",
        "wire",
        "service",
        "content",
        "author",
        "guest",
        "contributor",
    ];
    let mut any = false;
    for w in who.split(|c: char| c.is_whitespace() || c == ',' || c == '&') {
        if w.is_empty() {
            continue;
        }
        if !WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return false;
        }
        any = true;
    }
    any
}

/// A post's meta line of parts between "·" or "•" ("By Lena Hartmann · 5 min read ·
/// Nov 27, 2024"), or a theme's "September 6, 2024 by Chinedu Okafor 0 Comments":
/// its date and writer, when every part is one of those or a reading time.
fn entry_meta(text: &str) -> Option<(Option<PartialDate>, Option<String>)> {
    static COMMENTS: LazyLock<Rule> = LazyLock::new(|| {
        regex(r"(?i)\s*(?:[0-9]+|no)\s+comments?\s*$|\s*leave\s+a\s+comment\s*$")
            .expect("comments regex")
    });
    static READ_TIME: LazyLock<Rule> = LazyLock::new(|| {
        regex(r"(?i)^[0-9]{1,2}[\s-]*min(?:ute)?s?\s+read$").expect("read-time regex")
    });
    let comments = COMMENTS.find(text);
    let t = comments.map_or(text, |m| &text[..m.start()]).trim();
    if comments.is_none() && !t.contains(['·', '•']) {
        return None;
    }
    let (mut date, mut who) = (None, None);
    for part in t.split(['·', '•']).map(str::trim).filter(|p| !p.is_empty()) {
        if READ_TIME.is_match(part) {
            continue;
        }
        if let Some(d) = date_line(part) {
            date = date.or(Some(d));
            who = who.or_else(|| dateline_writer(part));
            continue;
        }
        // "September 6, 2024 by Chinedu Okafor"
        let lower = part.to_ascii_lowercase();
        if let Some(i) = lower.find(" by ") {
            if let (Some(d), Some(c)) =
                (date_line(&part[..i]), BYLINE.captures(part[i + 1..].trim()))
            {
                date = date.or(Some(d));
                who = who.or_else(|| Some(c["who"].to_string()));
                continue;
            }
        }
        match BYLINE.captures(part) {
            Some(c) => who = who.or_else(|| Some(c["who"].to_string())),
            None => return None,
        }
    }
    (date.is_some() || who.is_some()).then_some((date, who))
}

/// "Posted by Admin on 9 January 2025" → ("Admin", "9 January 2025"); also with the
/// labels a theme writes with colons and the categories after the date: "Posted By:
/// Premium Times Agency on: June 18, 2024 In: News, Metro".
fn author_on_date(t: &str) -> Option<(&str, &str)> {
    let lower = t.to_ascii_lowercase();
    let from = [
        "posted by: ",
        "posted by ",
        "published by: ",
        "published by ",
        "written by: ",
        "written by ",
        "by: ",
        "by ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p).map(|_| p.len()))?;
    let (i, sep) = [" on ", " on: "]
        .iter()
        .filter_map(|sep| lower[from..].find(sep).map(|i| (i, sep.len())))
        .min()?;
    let author = &t[from..from + i];
    let date = &t[from + i + sep..];
    let date = lower[from + i + sep..]
        .find(" in: ")
        .map_or(date, |j| &date[..j]);
    (1..=4).contains(&words(author)).then_some((author, date))
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['–', '—'], "-")
}

/// `norm(s) == normed`, without building `norm(s)` (the title is compared with every
/// line of the page). `str::to_lowercase` is `char::to_lowercase` of each character
/// but for a final capital sigma, so only a line holding one is normalised whole.
fn norm_is(s: &str, normed: &str) -> bool {
    if s.contains('Σ') {
        return norm(s) == normed;
    }
    let mut want = normed.chars();
    for (k, word) in s.split_whitespace().enumerate() {
        if k > 0 && want.next() != Some(' ') {
            return false;
        }
        for c in word.chars() {
            let c = if matches!(c, '–' | '—') { '-' } else { c };
            if !c.to_lowercase().all(|l| want.next() == Some(l)) {
                return false;
            }
        }
    }
    want.next().is_none()
}

/// Apply the page-level rules; returns the index of the title line, if any.
///
/// `chosen` is the title an earlier round chose, if any.
///
/// What it decides depends only on `lines`, `trailer_title` and `chosen`: `meta` is written,
/// never read, so that [`super::clean`] may stop the rounds at the first one that
/// removes no line.
pub(super) fn apply(
    lines: &mut [Line],
    meta: &mut Meta,
    trailer_title: Option<&str>,
    chosen: Option<usize>,
) -> Option<usize> {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    let &first = kept.first()?;
    // (a title an earlier round chose stands: with the chrome above it gone, the
    // lines after it would otherwise be read for one again)
    let title = chosen
        .filter(|&i| lines[i].removed.is_none())
        .or_else(|| choose_title(lines, &kept, meta, trailer_title));
    let first_prose = kept
        .iter()
        .copied()
        // "Posted on June 18, 2025 at 7:45 pm" reads as prose but is the page's date
        // (only a short line can be one: the paragraph is not searched for times).
        .find(|&i| {
            // (not the page's title line, "Headline - Site", that `choose_title`
            // just took away)
            Some(i) != title
                && lines[i].removed.is_none()
                && lines[i].prose
                && (lines[i].text.len() > 80 || date_line(&lines[i].text).is_none())
        });

    // Chrome before the article's first paragraph.
    let title_norm = title.map(|t| norm(&lines[t].text));
    if let Some(p) = first_prose {
        let mut labelled = false;
        for &i in kept.iter().take_while(|&&i| i < p) {
            if Some(i) == title || lines[i].removed.is_some() {
                continue;
            }
            let text = lines[i].text.as_str();
            // "WHEN:" then "April 30, 2026 @ 1:30 pm": the date of an event, not the
            // page's (a media advisory's fields); "FOR IMMEDIATE RELEASE:" then a date
            // is the page's.
            let event_label = text.trim().strip_suffix(':').is_some_and(|l| {
                ["when", "time", "date and time", "date & time"]
                    .iter()
                    .any(|w| l.trim().eq_ignore_ascii_case(w))
            });
            let after_label = std::mem::replace(&mut labelled, event_label);
            if country_heading(text) {
                continue;
            }
            // "By" on a line of its own, the writer's name (a link) on the next.
            if text.eq_ignore_ascii_case("by") {
                let next = kept.iter().copied().find(|&j| j > i && j < p);
                let who = next.and_then(|j| {
                    let line = format!("By {}", lines[j].text);
                    let who = BYLINE.captures(&line)?["who"].to_string();
                    Some((j, who))
                });
                if let Some((j, who)) = who {
                    meta.byline.get_or_insert(who);
                    lines[i].removed = Some("byline");
                    lines[j].removed = Some("byline");
                    continue;
                }
            }
            let removed = if title_norm.as_deref().is_some_and(|t| norm_is(text, t)) {
                // the headline again, above the article (a page's title block)
                "title-repeat"
            } else if let Some(d) = date_line(text).filter(|_| !after_label) {
                meta.published.get_or_insert(d);
                // "Posted on 12 June 2025, 8:15 pm | By Jane Wanjiru": the byline beside it.
                // ("… by Editorial Desk": the author after a labelled date)
                // ("By Staff Reporter | Published: 12 November 2023": before it)
                if let Some(who) = dateline_writer(text) {
                    meta.byline.get_or_insert(who);
                }
                // ("CBC News · Posted: …": the outlet names itself)
                if let Some(outlet) = dateline_outlet(text) {
                    meta.publisher.get_or_insert_with(|| outlet.to_string());
                }
                "dateline"
            } else if let Some(c) = BYLINE.captures(text) {
                meta.byline.get_or_insert_with(|| c["who"].to_string());
                "byline"
            } else if let Some((date, who)) = entry_meta(text) {
                if let Some(d) = date {
                    meta.published.get_or_insert(d);
                }
                if let Some(w) = who {
                    meta.byline.get_or_insert(w);
                }
                "byline"
            } else if is_letterhead(text) && (i != first || title.is_some_and(|t| t > i)) {
                meta.publisher.get_or_insert_with(|| text.to_string());
                "letterhead"
            } else if is_menu_row(text) {
                "navigation"
            } else if is_site_name(text) && title.is_some_and(|t| t > i) {
                meta.publisher.get_or_insert_with(|| text.to_string());
                "site-name"
            } else if is_short(text) && parse_date(text).is_none() && !has_date(text) {
                "page-chrome"
            } else {
                continue;
            };
            lines[i].removed = Some(removed);
        }
    }

    // Navigation: runs of three or more short lines, unless a "…:" line opened a
    // list they belong to (names of defendants, charges).
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].removed.is_none())
        .collect();
    let mut in_list = false;
    let mut k = 0;
    while k < kept.len() {
        let short = |i: usize| {
            Some(i) != title
                && lines[i].short
                && !is_tally(&lines[i].text)
                && !country_heading(&lines[i].text)
        };
        if !short(kept[k]) {
            let line = &lines[kept[k]];
            if line.text.trim_end().ends_with(':') {
                in_list = true;
            } else if line.prose {
                in_list = false;
            }
            k += 1;
            continue;
        }
        let mut e = k;
        while e < kept.len() && short(kept[e]) {
            e += 1;
        }
        if e - k >= 3 && !in_list {
            for &i in &kept[k..e] {
                lines[i].removed = Some("navigation");
            }
        }
        k = e;
    }

    // After an end marker, a post's pager or a trailing widget, only prose survives.
    let half = lines.len() / 2;
    let cut = (0..lines.len()).find(|&i| {
        Some(i) > first_prose
            && match lines[i].removed {
                Some("end-marker" | super::PAGER) => true,
                Some(_) => i >= half && TRAILING_MARKER.is_match(&lines[i].text),
                None => false,
            }
    });
    if let Some(c) = cut {
        // (a country's heading over the prose of its part is the article's: a
        // newsletter's rule of underscores is no end)
        let heads_prose = |lines: &[Line], i: usize| {
            country_heading(&lines[i].text)
                && lines[i + 1..]
                    .iter()
                    .find(|l| l.removed.is_none())
                    .is_some_and(|l| l.prose)
        };
        for i in c + 1..lines.len() {
            if lines[i].removed.is_none()
                && (!lines[i].prose || RELEASE_SLUG.is_match(&lines[i].text))
                && !heads_prose(lines, i)
            {
                lines[i].removed = Some("after-article");
            }
        }
    }
    // After a release's notes to editors, and (in the page's second half) after its
    // "Issued by:", a comment section's heading or a blog platform's trailer, nothing
    // is the article's: the notes, the readers' comments and the author's box are
    // prose too.
    let end = (0..lines.len()).find(|&i| {
        Some(i) > first_prose
            && match lines[i].removed {
                Some(super::EDITORS_NOTES) => true,
                Some(super::RELEASE_TAIL | super::COMMENTS | super::PLATFORM_TRAILER) => i >= half,
                _ => false,
            }
    });
    if let Some(e) = end {
        for line in lines.iter_mut().skip(e + 1) {
            if line.removed.is_none() {
                line.removed = Some("after-article");
            }
        }
    }
    // The links right under a widget's heading ("Related news:" then "- Two officers
    // charged over …", "Related Articles" then "Six held over gambling den in
    // Penang") are the widget's, prose or not: list items and headlines (no closing
    // stop), up to the first sentence.
    // (Higher up than the page's tail, after the article, a line broken mid-sentence
    // has no stop either: there only a line shaped like a headline, "Police seize
    // $2m in cash from gang house", not "… charged in connection to the killings of".)
    let mut under_widget = false;
    for (i, line) in lines.iter_mut().enumerate() {
        let tail = cut.is_some_and(|c| i > c);
        match line.removed {
            Some("widget") => under_widget = true,
            // (a heading of the page's own ends the widget: "News Releases", then
            // the article's headline)
            Some("page-chrome") => under_widget = false,
            Some(_) => {}
            // (the headline ends a widget above it: "Latest News", then the title)
            None if Some(i) == title => under_widget = false,
            None if under_widget
                && (is_list_item(&line.text)
                    || (tail || headline_shaped(&line.text)) && headline_like(&line.text)
                    || dated_entry(&line.text)
                    || date_line(&line.text).is_some()) =>
            {
                line.removed = Some("widget");
            }
            None => under_widget = false,
        }
    }
    title
}

/// A short line that could be a menu item and holds no date: navigation, when three
/// or more come in a row. (Asked of lines through [`prose_and_short`]; this is the
/// reading that function is tested against.)
#[cfg(test)]
fn is_short_without_date(s: &str) -> bool {
    is_short(s) && !has_date(s)
}

/// A dateline such as "Miami – April 24, 2026" is article text, not chrome.
fn has_date(s: &str) -> bool {
    static NUMERIC: LazyLock<Rule> = LazyLock::new(|| {
        regex(r"\b[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})\b")
            .expect("numeric date regex")
    });
    crate::extract::lexicon::dates::contains_date(s) || NUMERIC.is_match(s)
}

fn choose_title(
    lines: &mut [Line],
    kept: &[usize],
    meta: &mut Meta,
    trailer_title: Option<&str>,
) -> Option<usize> {
    // (past a line of stray marks, "”", which goes as chrome)
    let first = kept
        .iter()
        .copied()
        .find(|&i| !only_marks(&lines[i].text))
        .unwrap_or(kept[0]);
    // A kicker over the headline, "**EDITORIAL**", "****DAILY REPORT****" (a
    // label set in bold, a few words): the Markdown heading under it is the title.
    if is_kicker(&lines[first].text) {
        if let Some(&i) = kept
            .iter()
            .skip_while(|&&i| i <= first)
            .take(2)
            .find(|&&i| {
                lines[i].markdown_heading
                    && looks_like_headline(&lines[i].text)
                    && date_line(&lines[i].text).is_none()
            })
        {
            lines[first].removed = Some("kicker");
            return Some(i);
        }
    }
    // A Markdown heading opening the page is its title — when it reads as one
    // bare, as it will when the cleaned body is read again ("# <!DOCTYPE html> ;"
    // is no title either way).
    // (and not one that reads as "Headline - Site", split below)
    if lines[first].markdown_heading
        && looks_like_headline(&lines[first].text)
        && date_line(&lines[first].text).is_none()
        && page_title_splits(&lines[first].text).next().is_none()
    {
        return Some(first);
    }
    // The title a WordPress trailer names: the line repeating it near the top, past
    // breadcrumbs such as "Home".
    if let Some(known) = trailer_title {
        let known = norm(known);
        if let Some(i) = kept
            .iter()
            .copied()
            .take(12)
            .find(|&i| norm_is(&lines[i].text, &known))
        {
            // The page's title line above it, "<the same title> - Site", is the
            // page's, as it is without a trailer (not the article's first paragraph).
            if first < i {
                let site = page_title_splits(&lines[first].text)
                    .find(|(t, site)| norm_is(t.trim(), &known) && at_most_words(site, 10))
                    .map(|(_, site)| site.trim().to_string());
                if let Some(site) = site {
                    meta.publisher.get_or_insert(site);
                    lines[first].removed = Some("page-title");
                }
            }
            return Some(i);
        }
    }
    // "Home Latest News Six held in raid" over "Six held in raid": a breadcrumb run
    // into the headline it ends in; the headline's own line is the title.
    let lead = lines[first].text.split_whitespace().next().unwrap_or("");
    if is_breadcrumb_root(lead) {
        let whole = norm(&lines[first].text);
        let again = kept.iter().copied().skip(1).take(12).find(|&i| {
            let t = norm(&lines[i].text);
            words(&t) >= 3
                && whole.len() > t.len()
                && whole.ends_with(&t)
                && whole[..whole.len() - t.len()].ends_with(' ')
        });
        if let Some(i) = again {
            lines[first].removed = Some("navigation");
            return Some(i);
        }
    }
    // "Headline - Site": the page's title line. One with more marks ("Media Advisory
    // - Jane Roe - County District Attorney") is split after the longest headline
    // the page repeats on a line of its own; when none is repeated, before the last
    // tail that reads as a site's name (a pipe binds looser than a dash: "Raid nets
    // 5 | Star - Online" is the site "Star - Online").
    let repeated_at = |t: &str| {
        let nt = norm(t.trim());
        let bare = RELEASE_SLUG.captures(t.trim()).map(|c| norm(&c["title"]));
        kept.iter().copied().skip(1).find(|&i| {
            let line = &lines[i].text;
            norm_is(line, &nt) || bare.as_deref().is_some_and(|b| norm_is(line, b))
        })
    };
    // (not a dateline and its story: "MANILA, Philippines — The court ordered …",
    // a sentence is no site's name)
    let splits: Vec<(&str, &str)> = page_title_splits(&lines[first].text)
        .filter(|(t, site)| {
            words(site) <= 10
                && !(words(site) >= 4 && site.trim_end().ends_with('.'))
                && !opens_like_dateline(t)
        })
        .collect();
    let repeated =
        (splits.iter().enumerate().rev()).find_map(|(k, &(t, _))| Some((k, Some(repeated_at(t)?))));
    // ("INTERPOL | News and Events | News": a menu row, no headline beside a site,
    // unless the page repeats its first part)
    let menu = lines[first].text.matches('|').count() >= 2;
    let chosen = repeated.or_else(|| {
        (splits.iter().enumerate().rev())
            .filter(|_| !menu)
            .find(|&(k, &(t, site))| (k == 0 || !t.contains('|')) && SITE_NAME.is_match(site))
            .map(|(k, _)| (k, None))
    });
    if let Some((k, again)) = chosen {
        let (t, site) = (
            splits[k].0.trim().to_string(),
            splits[k].1.trim().to_string(),
        );
        meta.title = Some(t);
        meta.publisher.get_or_insert(site);
        lines[first].removed = Some("page-title");
        return again;
    }
    // A release's slug line: "For Immediate Release: Headline".
    for &i in kept.iter().take(12) {
        if let Some(c) = RELEASE_SLUG.captures(&lines[i].text) {
            meta.title = Some(c["title"].trim().to_string());
            return Some(i);
        }
        if lines[i].prose {
            break;
        }
    }
    // The first line that is no press release's letterhead or date ("Australian
    // Federal Police", "Wednesday, 4 September 2024", then the headline), when it
    // reads as a headline; else the first line, when it does.
    // (Past a menu row and the site's name, too: "Hamburg Herald", "Home | News |
    // World", then the headline.)
    kept.iter()
        .copied()
        .take(5)
        .find(|&i| {
            let t = &lines[i].text;
            // (and a short line that cannot be the title, "( ’", "Box 1 ’", "Operation
            // the", which goes as chrome)
            let furniture = is_letterhead(t)
                || lone_by(t)
                || date_line(t).is_some()
                || is_breadcrumb_root(t)
                || is_menu_row(t)
                || i == first && is_site_name(t)
                || only_marks(t)
                || i != first
                    && is_short(t)
                    && !has_date(t)
                    && (!looks_like_headline(t) || at_most_words(t, 3))
                || opens_with_phone(t);
            !furniture
        })
        .filter(|&i| {
            looks_like_headline(&lines[i].text) && (i == first || !at_most_words(&lines[i].text, 3))
        })
        .or_else(|| {
            // (a date alone is the page's date, never its title; stray marks are none)
            let t = &lines[first].text;
            (looks_like_headline(t)
                && !lone_by(t)
                && date_line(t).is_none()
                && !is_menu_row(t)
                && !only_marks(t)
                && !is_breadcrumb_root(t))
            .then_some(first)
        })
}

/// "By" on a line of its own (the writer's name on the next): never a title.
fn lone_by(t: &str) -> bool {
    t.len() <= 3 && t.trim_end_matches(':').eq_ignore_ascii_case("by")
}

/// A kicker: a label of one to four words set in bold, "**EDITORIAL**".
fn is_kicker(t: &str) -> bool {
    t.len() <= 60 && t.starts_with("**") && t.ends_with("**") && {
        let inner = t.trim_matches('*').trim();
        !inner.is_empty() && !inner.contains('*') && at_most_words(inner, 4)
    }
}

/// A line of stray marks, "”", "( ’": no title, and chrome.
fn only_marks(t: &str) -> bool {
    !t.chars().any(char::is_alphanumeric)
}

/// A line of a country's results, "Spain: 23 arrests", "Argentina: 45": a place of
/// up to four words, a colon, a number. Rows of them are a round-up's figures, not a
/// menu.
fn is_tally(t: &str) -> bool {
    t.split_once(':').is_some_and(|(lead, rest)| {
        let n = lead.split_whitespace().count();
        (1..=4).contains(&n)
            && lead.starts_with(char::is_uppercase)
            && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
            && !crate::extract::lexicon::countries::find(lead).is_empty()
    })
}

/// A round-up's country heading, in any case: "MOZAMBIQUE: IVORY HAUL AT THE PORT",
/// "Cambodia: raid in the capital", "Philippines:" (a colon with nothing after it
/// still opens the country's part), "2. Myanmar". Article text, never chrome.
fn country_heading(t: &str) -> bool {
    use crate::extract::lexicon::countries;
    let t = t.trim();
    // (cheap tests first: this is asked of short lines near the top and in the tail)
    if t.len() > 120 || t.ends_with(['.', '!', '?', ';', ',']) {
        return false;
    }
    let place = |p: &str| {
        let p = p.trim();
        (1..=4).contains(&words(p))
            && p.starts_with(char::is_uppercase)
            && countries::canonical(&countries::title_case(p)).is_some()
    };
    if let Some((lead, rest)) = t.split_once(':') {
        return place(lead) && at_most_words(rest, 14) && !rest.contains(':');
    }
    // "1. Myanmar", "2) Philippines"
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && t[digits..]
            .strip_prefix(". ")
            .or_else(|| t[digits..].strip_prefix(") "))
            .is_some_and(place)
}

/// Whether a line opens with a phone number, "214-653-3600 133 N. Riverfront Blvd.":
/// a letterhead's contact line, never a headline.
fn opens_with_phone(t: &str) -> bool {
    let tok = t.split_whitespace().next().unwrap_or("");
    let digits = tok.chars().filter(char::is_ascii_digit).count();
    digits == 10
        && tok.contains(['-', '.', ')'])
        && tok
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '(' | ')' | '+'))
}

/// Join lines a PDF or e-mail hard-wrapped: a line without closing punctuation whose
/// successor (with no blank line between) starts in lower case, or continues prose.
/// Returns the indices of the lines that absorbed others (their text changed).
pub(super) fn join_hard_wraps(lines: &mut [Line]) -> Vec<usize> {
    let mut grown = Vec::new();
    let mut i = 0;
    // Under a widget's label with no blank line between ("More from SCMP:" then its
    // headlines, one a line): each line is an entry of its own, joined to the next
    // only when that one opens in lower case.
    let mut widget = false;
    while i < lines.len() {
        if lines[i].removed.is_some() {
            // (a label, not a line of text that reads as one: "see also id. § 15.004
            // (extending …" in a filing)
            widget = lines[i].removed == Some("widget") && at_most_words(&lines[i].text, 6);
            i += 1;
            continue;
        }
        widget &= !lines[i].after_blank;
        let mut j = i + 1;
        // The length of the last line taken in (the text grows as lines join).
        let mut last_len = lines[i].text.len();
        while j < lines.len() && lines[j].removed.is_none() && !lines[j].after_blank {
            let (cur, next) = (&lines[i].text, &lines[j].text);
            let open = (!ends_sentence(cur) && !cur.ends_with(',')
                || cur.ends_with(',') && cur.len() >= 60)
                && !dated_entry(cur);
            // A line far longer than the last is no wrap of it: the wrap width would
            // have put more words on the short one. So a headline stays apart from
            // the long paragraph under it ("Six jailed over county line" then "Six
            // members of a gang that …").
            let wider = next.len() >= 120 && next.len() > last_len + 40;
            // (`open` first: the prose tests read the whole line, which grows as lines join)
            let continues = || {
                next.chars().next().is_some_and(char::is_lowercase)
                    || (!widget
                        && cur.len() >= 60
                        && !wider
                        && is_prose(cur)
                        && !is_title_case(cur)
                        && (is_prose(next) || runs_on(cur, last_len, next)))
            };
            let glued = glued_punctuation(next);
            let attached = glued || speech_tag(cur, next);
            if !(open && continues() || attached) || is_list_item(next) || is_list_item(cur) {
                break;
            }
            let next = std::mem::take(&mut lines[j].text);
            last_len = next.len();
            match word_break(&lines[i].text, &next) {
                Some(Break::Split) => {
                    lines[i].text.pop();
                }
                Some(Break::Compound) => {}
                None if glued => {}
                None => lines[i].text.push(' '),
            }
            lines[i].text.push_str(&next);
            lines[j].removed = Some("joined");
            j += 1;
        }
        if j > i + 1 {
            grown.push(i);
        }
        // (a sentence under the label is the article again)
        widget &= !ends_sentence(&lines[i].text);
        i = j;
    }
    grown
}

/// A prose line `cur` that a hard wrap cut in the middle of a name or a phrase, before
/// a line of about its width: it ends in a word that never closes a
/// sentence ("… with the", "… for"), or — in a line no wider than a page's wrap —
/// in one or two capitalised words after a lower-case one ("… with the Royal", "…
/// announced U.S. Attorney"). Never before a date on its own (a list of headlines
/// with their dates).
///
/// `width` is the length of the last line `cur` took in (it grows as lines join).
fn runs_on(cur: &str, width: usize, next: &str) -> bool {
    const OPEN: &[&str] = &[
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
        "as", "into", "under", "against", "between", "his", "her", "their", "its",
    ];
    // (the next line is another of the wrap's width, or the paragraph's last, closed
    // by a stop: not a short item of a list, "Community leader Jane Roe")
    if next.len() > width + 20
        || next.len() < 50 && !ends_sentence(next)
        || date_line(next).is_some()
        || dated_entry(next)
    {
        return false;
    }
    let mut words = cur.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    if OPEN.contains(&last) {
        return true;
    }
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase());
    if width > 110 || !capital(last) || last.ends_with(|c: char| !c.is_alphanumeric() && c != '.') {
        return false;
    }
    match (words.next(), words.next()) {
        (Some(w), _) if lower(w) => true,
        (Some(w), Some(v)) => capital(w) && lower(v),
        _ => false,
    }
}

/// How a line ending in a hyphen joins the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    /// A word split across the lines ("mil-" + "lion"): the hyphen goes.
    Split,
    /// A compound broken at its hyphen ("anti-" + "drug", "20-" + "year-old"): the
    /// hyphen stays, with no space after it.
    Compound,
}

/// A hard wrap after a hyphen, before a lower-case continuation: `None` when `cur`
/// does not end in a word and a hyphen.
///
/// The hyphen is a split word's (and goes) when the word it makes is a number's
/// scale ("mil-lion") or the continuation is a bound suffix ("punish-ment",
/// "ac-tion"); otherwise it is a compound's and stays ("cross-border", "anti-
/// corruption", "41-year-old"). (A break elsewhere in a word, "Conser-vation",
/// keeps its hyphen: without a dictionary it reads as a compound.)
fn word_break(cur: &str, next: &str) -> Option<Break> {
    let head = cur.strip_suffix('-')?;
    let first = head
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .filter(|w| w.chars().last().is_some_and(char::is_alphanumeric))?;
    let rest: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    if !rest.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    const SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];
    const SUFFIXES: &[&str] = &[
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances",
        "ence", "ences", "ly", "ally", "ous", "ously", "ive", "ively", "ible", "ibly", "ure",
        "ures", "ized", "ised", "ization", "isation", "ation", "ations", "ing", "ings", "ed", "er",
        "ers", "al", "ial", "ical", "ic", "ics", "ist", "ists", "ism", "ary", "ory", "ery",
    ];
    let word = format!("{first}{rest}").to_lowercase();
    let split = !first.contains(|c: char| c.is_ascii_digit() || c == '-')
        && !rest.contains('-')
        && (SCALES.contains(&word.as_str()) || SUFFIXES.contains(&rest.as_str()));
    Some(if split { Break::Split } else { Break::Compound })
}

/// A line that opens with the punctuation closing the one before (". “Next …",
/// ", he said"): a page's inline markup broke the sentence there.
fn glued_punctuation(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('.' | ',' | ';')) && chars.next().is_none_or(char::is_whitespace)
}

/// "DA Roe said" (two to eight words ending in a speech verb) under a quotation
/// closed by a comma, a question mark or an exclamation mark: the attribution a
/// page's inline markup put on a line of its own.
fn speech_tag(cur: &str, next: &str) -> bool {
    const VERBS: &[&str] = &[
        "said",
        "says",
        "stated",
        "added",
        "explained",
        "noted",
        "continued",
        "wrote",
    ];
    let cur = cur.trim_end();
    let closed = (cur.ends_with('”') || cur.ends_with('"'))
        && [",”", ",\"", "?”", "?\"", "!”", "!\""]
            .iter()
            .any(|end| cur.ends_with(end));
    // (asked of every pair of lines: the cheap test first, and no word list)
    closed
        && next
            .split_whitespace()
            .next_back()
            .is_some_and(|w| VERBS.contains(&w))
        && (2..=8).contains(&next.split_whitespace().count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn word_starts_slow(s: &str) -> (usize, usize) {
        let words: Vec<&str> = s.split_whitespace().collect();
        let lower = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .count();
        (words.len(), lower)
    }

    #[test]
    fn a_country_heading_is_a_place_a_colon_and_a_short_title() {
        for t in [
            "KENYA: RHINO HORN SEIZED AT AIRPORT",
            "Laos: casino raided in border zone",
            "Indonesia:",
            "South Korea: 9 held",
            "3. Vietnam",
            "12) Thailand",
        ] {
            assert!(country_heading(t), "{t}");
        }
        for t in [
            "Note: the figures are provisional",
            "Kenya: Police arrested nine men at the airport on Monday.",
            "3. Police arrested nine men",
            "Contact: Kenya desk",
            "Time: 10:30",
            "123. Vietnam",
        ] {
            assert!(!country_heading(t), "{t}");
        }
    }

    #[test]
    fn norm_is_compares_as_norm_does() {
        for (s, n) in [
            ("  Man  Held\tIn RAID ", "man held in raid"),
            ("Man Held", "man held in raid"),
            ("Man Held In Raid Today", "man held in raid"),
            ("Café  Raid", "café raid"),
            ("", ""),
            ("A", ""),
            ("ΟΔΟΣ  Σ", "οδος σ"),
            ("ΟΔΟΣ", "οδοσ"),
            ("İstanbul Raid", &norm("İstanbul Raid")),
            ("“Quoted”  HEADLINE — Dash", "“quoted” headline — dash"),
        ] {
            assert_eq!(norm_is(s, n), norm(s) == n, "{s:?} vs {n:?}");
        }
    }

    #[test]
    fn word_starts_counts_words_and_lower_case_openings() {
        assert_eq!(
            word_starts("The man was\u{a0}ébloui, “and” Éclat\u{b}x "),
            (7, 4)
        );
        assert_eq!(word_starts(""), (0, 0));
        assert_eq!(word_starts(" \t\n"), (0, 0));
        assert!(is_prose(
            "The suspects were arrested on Tuesday and charged."
        ));
        assert!(!is_prose("Home News Contact Us About"));
    }

    #[test]
    fn word_starts_reads_eight_ascii_bytes_as_one_at_a_time() {
        // every ASCII byte in every lane, after space and after a letter
        for b in 0u8..0x80 {
            for lane in 0..8 {
                for before in [" ", "x"] {
                    let mut eight = [b'q'; 8];
                    eight[lane] = b;
                    eight[(lane + 3) % 8] = b' ';
                    let s = format!("{before}{}ab", String::from_utf8(eight.to_vec()).unwrap());
                    assert_eq!(word_starts(&s), word_starts_slow(&s), "{s:?}");
                }
            }
        }
    }

    /// The regex [`page_title`] reads as.
    fn page_title_regex(line: &str) -> Option<(&str, &str)> {
        static RE: LazyLock<regex::Regex> = LazyLock::new(|| {
            regex::Regex::new(r"^(?P<title>.{10,}?)\s+(?:-|–|—|\|)\s+(?P<site>[^|–—]{3,90}?)$")
                .unwrap()
        });
        RE.captures(line).map(|c| {
            let (t, s) = (c.name("title").unwrap(), c.name("site").unwrap());
            (t.as_str(), s.as_str())
        })
    }

    #[test]
    fn page_title_splits_headline_and_site() {
        for (line, want) in [
            (
                "Man held in raid - The Daily Post",
                Some(("Man held in raid", "The Daily Post")),
            ),
            // the first mark after ten characters; a site may hold hyphens
            (
                "Anti-drug raid nets 5 | Star - Online",
                Some(("Anti-drug raid nets 5", "Star - Online")),
            ),
            // a title shorter than ten characters takes the next mark
            (
                "Short - Mid part here - Site",
                Some(("Short - Mid part here", "Site")),
            ),
            // a site of two characters takes back white space
            ("Headline here -   AB", Some(("Headline here", " AB"))),
            ("Headline here - AB", None),
            // a mark in the site moves the title on to it
            (
                "Headline here - Site | Other",
                Some(("Headline here - Site", "Other")),
            ),
            (
                "Headline here | Site – Other – XYZ",
                Some(("Headline here | Site – Other", "XYZ")),
            ),
            ("Headline with no mark at all", None),
        ] {
            assert_eq!(page_title(line), want, "{line:?}");
            assert_eq!(page_title_regex(line), want, "{line:?}");
        }
        let long_site = format!("Headline here - {}", "s".repeat(91));
        assert_eq!(page_title(&long_site), None);
        assert!(page_title(&long_site[..long_site.len() - 1]).is_some());
    }

    #[test]
    fn prose_and_short_reads_lines_as_the_two_tests() {
        for s in [
            "The suspects were arrested on Tuesday and charged.",
            "Home News Contact Us About",
            "Home News Contact",
            "Posted on May 2, 2024",
            "Latest news:",
            "• One item",
            "",
        ] {
            assert_eq!(
                prose_and_short(s),
                (is_prose(s), is_short_without_date(s)),
                "{s:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn prose_and_short_is_the_two_tests(
            words in proptest::collection::vec("[A-Za-z]{1,6}|[a-z]{1,6}|[0-9]{1,4}|May|2024|[.:•,]", 0..10),
            seps in proptest::collection::vec("[ \t\u{a0}]{1,2}", 0..10),
        ) {
            let s = crate::testing::joined(&words, &seps);
            prop_assert_eq!(prose_and_short(&s), (is_prose(&s), is_short_without_date(&s)));
        }

        #[test]
        fn page_title_reads_as_its_regex(
            parts in proptest::collection::vec("[ab \t\n\u{a0}é|–—-]{1,6}|[a-z]{0,40}", 0..12)
        ) {
            let line = parts.concat();
            prop_assert_eq!(page_title(&line), page_title_regex(&line), "{:?}", line);
        }

        #[test]
        fn word_starts_is_split_whitespace(s in "[a-zA-Z \t\u{b}\u{c}\r\u{1f}\u{7f}\u{a0}\u{2003}éÉß“”.,{}`@\\[0-9\n]{0,40}") {
            prop_assert_eq!(word_starts(&s), word_starts_slow(&s));
        }

        /// Long ASCII runs (the chunked path) among non-ASCII characters.
        #[test]
        fn word_starts_is_split_whitespace_on_long_runs(
            parts in proptest::collection::vec("[a-zA-Z \t\u{b}\u{c}\r\n.,0-9]{0,24}|[\u{a0}\u{2003}éÉß“”]", 0..8)
        ) {
            let s = parts.concat();
            prop_assert_eq!(word_starts(&s), word_starts_slow(&s));
        }
    }
}
