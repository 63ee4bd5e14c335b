//! `person` facts: named real people in the body, with their office.
//!
//! A name is a run of two to five capitalised words (initials, particles such as
//! "bin", "van", "de la", "dela", "delos", hyphens and apostrophes allowed). A run
//! is a person only when the text around it says so:
//! - **titled**: an office, an honorific or a role word stands before it
//!   ("Deputy Inspector-General of Police Datuk Seri …", "lawmaker …", "Mr …");
//! - **aged**: an age follows it ("X, 25, was charged", "X (Fresh), 24, of …");
//! - **speaker**: it says something ("said X", "X said", "according to X", "X, the
//!   head of …, said");
//! - **alias**: "X (also known as Y)", "X, a.k.a. …";
//! - **listed**: a roster line "X DOB 1/2/1990", a name joined by "and" or a comma to
//!   a person already found;
//! - **single**: a one-word name only with an honorific, a role word or an age.
//!
//! Offices and honorifics are dropped from the name; the office becomes `title`.
//! Later mentions by surname or part of the name fold into the full name.

use crate::extract::fact::{Fact, Value};
use crate::extract::lexicon::countries;
use crate::extract::lexicon::words::WordList;
use crate::extract::lexicon::Rule;
use crate::extract::memo::{self, Memo};
use crate::extract::Context;
use crate::span::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A run of capitalised words that may be a name (a hyphenated part may be one
/// capital: "Nhu-Y Tran"). (No capture groups: a plain find
/// is several times cheaper than captures, and a possessive "’s" after the run is
/// read by [`possessive_len`].) It is only ever searched anchored at a capital
/// ([`candidates`]); tests hold that to the plain regex (`CANDIDATE`).
const CANDIDATE_PATTERN: &str = r"(?x)
      (?: Ma\. | \p{Lu}\. \s? | (?:Mc|Mac|Di|De|Da|Du|La|Le)?\p{Lu}[\p{Ll}]+(?:[’'\-]\p{L}[\p{Ll}]+|-\p{Lu}(?-u:\b))* | \p{Lu}[’']\p{Lu}[\p{Ll}]+
        | (?-u:\b)[A-Z]{2}\x20(?:Mc|Mac)?\p{Lu}[\p{Ll}]+(?:[’'\-]\p{L}[\p{Ll}]+)* )
      (?: \s+ (?:(?:a/l|a/p|s/o|d/o|bin|binti|bte|van|von|der|den|de|la|del|dela|delos|della|los|las|da|dos|das|di|du|le|al|De|Di|Du|Da|La|Le|Van|Von|Del|Della|Dos|St\.)\s+)*
          (?: \p{Lu}\. | (?:Mc|Mac|Di|De|Da|Du|La|Le)?\p{Lu}[\p{Ll}]+(?:[’'\-]\p{L}[\p{Ll}]+|-\p{Lu}(?-u:\b))* | \p{Lu}[’']\p{Lu}[\p{Ll}]+ )
      )*";

/// [`CANDIDATE_PATTERN`] searched as a plain regex.
#[cfg(test)]
static CANDIDATE: LazyLock<Rule> =
    LazyLock::new(|| crate::extract::lexicon::regex(CANDIDATE_PATTERN).expect("candidate regex"));

/// [`CANDIDATE_PATTERN`] for searches anchored at a given start (see [`candidates`]).
static CANDIDATE_AT: LazyLock<regex_automata::meta::Regex> = LazyLock::new(|| {
    regex_automata::meta::Regex::builder()
        .configure(
            regex_automata::meta::Config::new()
                .hybrid_cache_capacity(crate::extract::lexicon::DFA_CACHE),
        )
        .build(CANDIDATE_PATTERN)
        .expect("candidate regex")
});

/// The matches of [`CANDIDATE_PATTERN`] in `text`, as `find_iter` gives them, for less.
///
/// Every match starts at an upper-case letter (each branch of the first word opens
/// with `\p{Lu}` or with "Mc", "Di" …). So the leftmost match from a point is the
/// first anchored match at an upper-case letter from there, in order; an anchored
/// search runs one forward pass over the name, where an unanchored one also scans the
/// text before it and then runs backwards to find the start. A test holds the two
/// to the same matches. One difference is meant: a run opened by two capitals that
/// are not initials ("DA John Creuzot", see [`initials_open_name`]) is searched again
/// after them, where `find_iter` would keep it whole.
fn candidates(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    use crate::ascii;
    use crate::extract::lexicon::chars::is_upper_case_letter;
    use regex_automata::{Anchored, Input};
    let re = &*CANDIDATE_AT;
    let mut at = 0;
    // The next upper-case letter from `at`: a byte scan, eight ASCII bytes a step,
    // decoding only the non-ASCII characters (most of a sentence is lower-case ASCII).
    let next_upper = move |from: usize| {
        let b = text.as_bytes();
        let mut i = from;
        loop {
            while let Some(word) = ascii::chunk(b, i) {
                let stop = ascii::upper_lanes(word) | (word & ascii::HIGH);
                if stop != 0 {
                    i += (stop.trailing_zeros() / 8) as usize;
                    break;
                }
                i += 8;
            }
            let &byte = b.get(i)?;
            if byte.is_ascii() {
                if byte.is_ascii_uppercase() {
                    return Some((i, char::from(byte)));
                }
                i += 1;
            } else {
                let c = text[i..].chars().next()?;
                if is_upper_case_letter(c) {
                    return Some((i, c));
                }
                i += c.len_utf8();
            }
        }
    };
    std::iter::from_fn(move || {
        while let Some((start, c)) = next_upper(at) {
            let input = Input::new(text).range(start..).anchored(Anchored::Yes);
            match re.search(&input) {
                // ("DA John Creuzot": an office's letters, not a name's initials;
                // the name starts after them, as it did before)
                Some(_) if !initials_open_name(text, start) => at = start + 2,
                Some(m) if m.end() > start => {
                    at = m.end();
                    return Some((start, m.end()));
                }
                _ => at = start + c.len_utf8(),
            }
        }
        None
    })
}

/// Whether the text at `start` does not open with two capitals and a space, or
/// those two capitals are a person's initials written without stops ("KK Singh",
/// "JB Pritzker"), not an office, a place or another abbreviation ("DA Creuzot",
/// "SP Ravi Kumar", "UK Police", "UP Police").
fn initials_open_name(text: &str, start: usize) -> bool {
    let Some(pair) = text.get(start..start + 3).and_then(|p| p.strip_suffix(' ')) else {
        return true;
    };
    if !pair.bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    !(TITLE_WORDS.contains(pair)
        || SURNAME_OFFICES.contains(pair)
        || is_place_or_org(pair)
        || NOT_INITIALS.contains(pair))
}

/// Whether a name's words open with two capitals without stops ("KK Singh").
fn initials_led(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether `after` a name opens with a verb of saying ("KK Singh said", "…, told
/// reporters"): the narrow speech cue for a name that may be a firm's ("EZ Lube has
/// admitted").
fn says_after(after: &str) -> bool {
    let rest = after.trim_start_matches([',', ' ']);
    let verb = rest.split([' ', ',', '.']).next().unwrap_or("");
    matches!(
        verb,
        "said" | "says" | "told" | "added" | "stated" | "explained" | "noted"
    )
}

/// Two capitals that open a run without being anyone's initials: offices (District
/// Attorney, Attorney General, State's Attorney, Chief Minister, District
/// Magistrate, Director General, Medical Examiner), a DJ's billing, Indian states and
/// American cities or states by their letters, and common abbreviations.
#[rustfmt::skip]
static NOT_INITIALS: WordList = WordList::new(&[
    "DA", "AG", "SA", "CM", "PM", "DM", "DG", "ME", "PD", "DJ", "MC", "HC", "CJ", "GM", "VP", "CO",
    "UP", "AP", "MP", "HP", "NY", "LA", "DC", "NJ", "TX", "CA", "FL", "OK", "TV", "ID", "IT", "AI",
    "PR", "HR", "QC", "KC", "SC", "NA", "OR", "AM", "EU", "UN",
    // Australian states after an office ("Regional Commander WA Rod Baker")
    "WA", "NT",
    // Roman numerals ("Region IV Lindon Lewis")
    "II", "IV", "VI", "IX", "XI", "XV", "XX",
]);

/// [`candidates`], with a lone initial opening a name joined to the run after it:
/// the pattern's first initial takes the space after it ("P. " then "Lakshmi"), so
/// "P. Lakshmi" and "J. Smith" come as two runs. Not the letters of an abbreviation
/// ("U.S. Attorney": the "S." follows a full stop). Initials written together ("M.S.
/// Prakash", "S.P. Gowda") come as a run per letter: they are joined to the name
/// after them unless they are an abbreviation or an office follows them.
fn name_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut runs = candidates(text).peekable();
    let mut pending: Vec<(usize, usize)> = Vec::new();
    std::iter::from_fn(move || {
        if !pending.is_empty() {
            return Some(pending.remove(0));
        }
        let (start, end) = runs.next()?;
        // ("M.D.": no space after the initial, an abbreviation)
        let initial = |r: &str| r.trim_end().len() == 2 && r.trim_end().ends_with('.');
        let run = &text[start..end];
        let opens = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(');
        if !(opens && initial(run)) {
            return Some((bare_initials_start(text, start), end));
        }
        if run.ends_with(char::is_whitespace) {
            // "J. Smith"; "R. K. Saklani": initials each with its stop and a space.
            let mut last = end;
            let mut letters = 1;
            while let Some(&(next, next_end)) = runs.peek() {
                if next != last {
                    break;
                }
                let next_run = &text[next..next_end];
                let more = initial(next_run) && next_run.ends_with(char::is_whitespace);
                if letters > 1 && !more {
                    // (not "U. S. Attorney …", whose letters are a place's)
                    let first = next_run.split_whitespace().next().unwrap_or("");
                    if TITLE_WORDS.contains(first) || is_place_or_org(first) {
                        break;
                    }
                }
                runs.next();
                last = next_end;
                if !more || letters >= 3 {
                    break;
                }
                letters += 1;
            }
            return Some((start, last));
        }
        // "M.S. Prakash": the letters, then the name.
        let mut parts = vec![(start, end)];
        let mut last = end;
        while let Some(&(s, e)) = runs.peek() {
            if s != last || !initial(&text[s..e]) || parts.len() >= 3 {
                break;
            }
            runs.next();
            parts.push((s, e));
            last = e;
            if text[s..e].ends_with(char::is_whitespace) {
                break;
            }
        }
        let letters = text[start..last].trim_end();
        let joins = parts.len() >= 2
            && text[start..last].ends_with(char::is_whitespace)
            && !is_place_or_org(letters)
            && !TITLE_WORDS.contains(letters)
            && !ABBREVIATED.contains(letters);
        if joins {
            if let Some(&(next, next_end)) = runs.peek() {
                let first = text[next..next_end].split_whitespace().next().unwrap_or("");
                if next == last && !TITLE_WORDS.contains(first) && !is_place_or_org(first) {
                    runs.next();
                    return Some((start, next_end));
                }
            }
        }
        // "M.A Adamu": the last initial written without its stop.
        if let (Some(&(next, next_end)), [letter, b' ', ..]) =
            (runs.peek(), &text.as_bytes()[last..])
        {
            let letters = &text[start..last + 1];
            let first = text[next..next_end].split_whitespace().next().unwrap_or("");
            if letter.is_ascii_uppercase()
                && next == last + 2
                && !ABBREVIATED.contains(&format!("{letters}."))
                && !is_place_or_org(letters)
                && !TITLE_WORDS.contains(letters)
                && !TITLE_WORDS.contains(first)
                && !is_place_or_org(first)
            {
                runs.next();
                return Some((start, next_end));
            }
        }
        pending.extend_from_slice(&parts[1..]);
        Some(parts[0])
    })
}

/// Where a run at `start` opens once two or three initials without stops before it are
/// taken in ("R P Meena": the run found is "Meena"); `start` when there are none. Each
/// letter is a capital standing alone, after a space or at the start.
fn bare_initials_start(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut from = start;
    let mut letters = 0;
    while letters < 3
        && from >= 2
        && b[from - 1] == b' '
        && b[from - 2].is_ascii_uppercase()
        && (from == 2 || matches!(b[from - 3], b' ' | b'(' | b'\n'))
    {
        from -= 2;
        letters += 1;
    }
    // (one capital is a word: "A Smith", "I Told"; "A I"… is a sentence) — except
    // after an office, where initials are expected: "Superintendent A K Singh",
    // "Commissioner M Srinivas"
    if letters == 0 {
        return start;
    }
    // ("Tax Auditor I Ana Ruiz", "Investigator II": a grade, not an initial)
    if b[from] == b'I' {
        return start;
    }
    if letters < 2 || b[from] == b'A' {
        let before = text[..from].strip_suffix(' ').unwrap_or("");
        // ("Superintendent of Police A K Singh": an office "of Police")
        let of_police = before.strip_suffix(" of Police").is_some_and(|t| {
            t.rsplit(' ')
                .next()
                .is_some_and(|w| TITLE_WORDS.contains(w))
        });
        let office = of_police
            || before.rsplit(' ').next().is_some_and(|w| {
                let w = w.strip_suffix('.').unwrap_or(w);
                // (an office's own word, not a modifier or a body's: "State B Road")
                let modifier = matches!(
                    w,
                    "Police"
                        | "District"
                        | "State"
                        | "Federal"
                        | "County"
                        | "Union"
                        | "Home"
                        | "Foreign"
                        | "Health"
                        | "Justice"
                        | "Bureau"
                        | "U.S."
                        | "US"
                        | "Special"
                        | "Lead"
                        | "Senior"
                        | "Principal"
                        | "Acting"
                        | "Interim"
                        | "Vice"
                        | "Prime"
                        | "Charge"
                        | "Executive"
                        | "Head"
                        | "Rear"
                        | "Pol"
                );
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && !modifier
                    && (TITLE_WORDS.contains(w) || SURNAME_OFFICES.contains(w))
                    && !is_place_or_org(w)
            });
        if !office {
            return start;
        }
    }
    from
}

/// Letters with stops that abbreviate a thing, not a person's initials ("I.T.
/// Engineer", "L.A. County").
static ABBREVIATED: WordList = WordList::new(&[
    "I.T.", "L.A.", "D.C.", "N.Y.", "U.N.", "E.U.", "A.M.", "P.M.", "T.V.", "B.C.", "A.D.", "P.O.",
    // a district attorney ("D.A. Rackauckas stated")
    "D.A.",
]);

/// Bytes of a rank of counsel or an honour after a name ("Fiona McGrath SC said",
/// "John Price KC, prosecuting"), with the space before it, or 0: what the name's
/// cues are read after.
fn post_nominal_len(after: &str) -> usize {
    let Some(rest) = after.strip_prefix(' ') else {
        return 0;
    };
    let word = rest.split([' ', ',', '.', ';', ')']).next().unwrap_or("");
    if POST_NOMINALS.contains(word) {
        1 + word.len()
    } else {
        0
    }
}

/// Bytes of a possessive "’s" / "'s" opening `after` (a name's), or 0.
fn possessive_len(after: &str) -> usize {
    let len = if after.starts_with("’s") {
        "’s".len()
    } else if after.starts_with("'s") {
        2
    } else {
        return 0;
    };
    // "’s" is whole: not the start of "’sake".
    match after.as_bytes().get(len) {
        Some(b) if b.is_ascii_alphanumeric() || *b == b'_' => 0,
        _ => len,
    }
}

/// Honorifics: dropped from names and titles.
#[rustfmt::skip]
static HONORIFICS: WordList = WordList::new(&[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Madam", "Mdm", "Mdm.", "Miss", "Dr", "Dr.", "Prof", "Prof.",
    "Datuk", "Dato", "Dato'", "Dato’", "Datin", "Seri", "Sri", "Tan", "Tun", "Sir", "Dame", "Lord", "Lady",
    "Hon", "Hon.", "Puan", "Encik",
    // Nigerian and Ghanaian honorifics of pilgrims and elders ("Alhaji Musa Ibrahim")
    "Alhaji", "Alhaja", "Hajiya",
]);

/// Ranks of counsel, honours and seats written after a name ("Fiona McGrath SC", "Tom
/// Pursglove MP, said", "Ana Ruiz MLA").
static POST_NOMINALS: WordList = WordList::new(&[
    "KC", "QC", "SC", "OBE", "MBE", "CBE", "MP", "MLA", "MEP", "MSP",
]);

/// Offices by which a person is named with the surname alone: "Judge Holt told him",
/// "Mr Justice Pepperall jailed him", "DS Reed said".
static SURNAME_OFFICES: WordList = WordList::new(&[
    "Judge",
    // a Scottish judge ("Lady Scott told him")
    "Lord",
    "Lady",
    "Justice",
    "Magistrate",
    "Recorder",
    "Coroner",
    "Sheriff",
    "Detective",
    "Sergeant",
    "Sgt",
    "Inspector",
    "Insp",
    "Sub-Inspector",
    "Constable",
    "Superintendent",
    "Supt",
    "PC",
    "DC",
    "DS",
    "DI",
    "DCI",
    "DSU",
]);

/// Words of an office that stand before a name ("Deputy Chief", "State Attorney").
#[rustfmt::skip]
static TITLE_WORDS: WordList = WordList::new(&[
    "Administrator",
    "Charge",
    "Investigator", "Investigators", "Paralegal", "Supervising", "Co-defendant", "Defendant", "Pastor",
    // a party to a civil suit ("Plaintiffs Ana Ruiz and …")
    "Plaintiff", "Petitioner",
    "Specialist", "Supervisor", "Speaker", "Reverend", "Rev", "Rev.", "Bishop", "Trooper",
    "President", "Vice", "Prime", "Minister", "Ministers", "Deputy", "Assistant", "Executive", "Chief",
    "Chiefs", "Commissioner", "Commssioner", "Superintendent", "Supt", "Inspector", "Inspector-General",
    "Detective", "Det", "Sergeant", "Sgt", "Captain", "Capt", "Lieutenant", "Lt", "Lt.", "Officer", "Constable",
    "Corporal", "Cpl", "Attorney", "Attorneys", "Prosecutor", "Director", "Director-General", "Head",
    "Secretary", "Undersecretary", "Under-Secretary", "Judge", "Justice", "Magistrate", "Coroner", "Senator", "Sen", "Governor", "Gov", "Mayor",
    "Councillor", "Commander", "Colonel", "Col", "Major", "Maj", "Major-Gen", "Maj-Gen", "General", "Gen", "ASP",
    "DSP", "SUPT", "ACP", "SAC", "DIG", "IGP", "Insp", "Advocate", "Adv", "Spokesman", "Spokeswoman",
    "Spokesperson", "Chairman", "Chairwoman", "Lawyer", "Counsel", "Menteri", "Besar", "Commanding", "Sheriff",
    "Marshal", "Agent", "Special", "Lead", "Senior", "Principal", "Home", "Foreign", "Health", "Justice",
    "Union", "Police", "District", "State", "Federal", "County", "U.S.", "US", "Bureau", "Deputy-Director",
    "Editor", "Founder", "Co-founder", "Ambassador", "Premier", "MP", "Congressman", "Congresswoman",
    "Representative", "Rep", "Rep.", "Solicitor", "Solicitor-General", "Attorney-General", "Director-General",
    "Inspector-General", "Chair", "Chairperson", "Vice-Chair", "Coordinator", "Examiner", "Ombudsman", "Acting", "Interim", "Accountant", "Analyst", "Auditor",
    "Technician", "Scientist", "Pathologist",
    "Assemblywoman", "Assemblyman", "Assemblymember", "Councilmember", "Councilman", "Councilwoman",
    "Defender",
    // British and Australian police ranks as press offices abbreviate them
    "Det-Supt", "Det-Sgt", "Det-Insp", "Det-Con", "Det-Chief", "DCI", "DCS", "Ch", "Cmdr", "Snr", "Cst",
    "PC", "DC", "DS", "DI", "DSU", "PCSO", "WPC",
    // South Asian police ranks ("SP Ravi Kumar", "Additional DGP X", "SHO Rakesh Yadav"),
    // also with stops ("S.I. Vikas Tiwari": a rank, not initials), and the head
    // constable's and constable's ("HC Sunil Kumar", "Const. Ajay Singh")
    "SP", "SSP", "DGP", "ADGP", "DCP", "SHO", "SDPO", "ASI", "SI", "IG", "Sub-Inspector", "Sub-Insp",
    "S.I.", "A.S.I.", "P.S.I.", "H.C.", "HC", "PSI", "Const",
    // the Philippine National Police's ranks as its press releases abbreviate them
    // ("PCol. Jose Santos", "PBGen. Ana Reyes"), and the ranks before 2019 ("PSupt.",
    // "SPO2 Juan Cruz")
    "PGen", "PLtGen", "PMGen", "PBGen", "PCol", "PLtCol", "PMaj", "PCpt", "PLt", "PEMS", "PCMS",
    "PSMS", "PMSg", "PSSg", "PCpl", "PDir", "PCSupt", "PSSupt", "PSupt", "PCInsp", "PSInsp", "PInsp",
    "SPO1", "SPO2", "SPO3", "SPO4", "PO1", "PO2", "PO3",
    // Nigerian police ranks ("CP Musa Bello": Commissioner of Police; "AIG" its
    // assistant inspector-general)
    "CP", "AIG",
    // Customs and immigration ranks ("Deputy Comptroller Musa Bello", "Assistant
    // Comptroller-General Ada Obi")
    "Comptroller", "Comptroller-General",
    // ("Commandant General Ada Obi", "National Security Adviser Musa Bello")
    "Commandant", "Commandant-General", "Adviser", "Advisor",
    // Philippine offices as the press abbreviates them ("Usec. Gilberto Cruz": an
    // undersecretary; "Asec.": an assistant secretary)
    "Usec", "Usec.", "Asec", "Asec.",
    // the Irish police's rank ("Detective Garda Niamh O'Sullivan")
    "Garda",
    // Malaysian and Indonesian ranks ("Comm Ramli", "AKBP Budi", "Kombes Pol X")
    "Comm", "AKBP", "AKP", "Kombes", "Brigjen", "Irjen", "Pol",
    // military and court offices
    "Brigadier", "Brig", "Brig.", "Recorder", "Delegate", "Admiral", "Rear", "Commodore", "Prefect",
    // hyphenated ranks as Gulf and Commonwealth forces write them
    "Lieutenant-Colonel", "Lieutenant-General", "Lieutenant-Commander", "Lieutenant-Governor",
    "Major-General", "Brigadier-General", "Rear-Admiral", "Vice-Admiral", "Sergeant-Major",
    "Lance-Corporal", "Lt-Col", "Lt-Gen", "Brig-Gen", "Air-Marshal", "Air-Vice-Marshal",
    "Commissaire", "Comandante",
    // a trade or role before a name, as court reports open a sentence ("Courier
    // Mohammed Ali, 29, …", "Ringleader Jane Roe was jailed")
    "Courier", "Driver", "Dealer", "Teacher", "Nurse", "Doctor", "Businessman", "Businesswoman",
    "Ringleader", "Mastermind", "Gunman", "Kingpin", "Fraudster", "Conman", "Landlord", "Student",
    "Trafficker", "Smuggler", "Footballer",
]);

/// Lower-case role words that introduce a name ("lawmaker Junius Ho", "maid X").
#[rustfmt::skip]
static ROLE_WORDS: WordList = WordList::new(&[
    "lawmaker", "lawmakers", "activist", "activists", "tycoon", "actor", "actress", "star", "singer",
    "boyfriend", "girlfriend", "husband", "wife", "father", "mother", "son", "daughter", "brother", "sister",
    "cousin", "uncle", "aunt", "maid", "member", "members", "defendant", "defendants", "suspect", "suspects",
    "accused", "victim", "victims", "witness", "witnesses", "lawyer", "lawyers", "attorney", "chief", "head", "minister", "spokesman",
    "spokeswoman", "spokesperson", "commander", "commissioner", "director", "general", "editor-in-chief",
    "co-founder", "founder", "president", "judge", "advocate", "engineer", "protester", "lecturer", "officer",
    "associate", "named", "legend", "leader", "politician", "businessman", "businesswoman", "teacher",
    "mastermind", "fugitive", "secretary", "prosecutor", "prosecutors", "inspector", "superintendent",
    "counsel", "coroner", "magistrate", "chairman", "ceo", "mp", "senator", "governor", "mayor", "councillor",
    "detective", "sergeant", "boss", "worker", "workers", "employee", "employees", "patient", "patients",
    "resident", "residents", "neighbor", "neighbour", "friend", "friends", "victims", "nurse", "doctor",
    "owner", "manager", "driver", "passenger", "student", "students", "partner", "stepfather",
    "stepmother", "grandmother", "grandfather", "brothers", "sisters", "sons", "daughters", "cousins",
    "nephew", "nephews", "niece", "nieces", "grandson", "granddaughter", "stepson", "stepdaughter", "co-defendant", "co-defendants", "witnesses", "investigators", "detectives", "officers", "agents",
    "deputies", "treasurer", "cashier", "clerk", "client", "clients", "pastor", "imam", "priest",
    "headmaster", "principal", "accomplice", "accomplices", "player", "players",
    // the lowest police rank, as Indian and British papers write it ("constable Ajay
    // Singh", "head constable Ram Prasad")
    "constable", "constables",
]);

/// A word for a relative or a partner, in either case ("nephew", "Brothers"): it
/// introduces a name as a role word does, but is never its office.
fn kin_word(w: &str) -> bool {
    crate::extract::lexicon::with_ascii_lower(w, |l| {
        matches!(
            l,
            "husband"
                | "wife"
                | "father"
                | "mother"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "cousin"
                | "uncle"
                | "aunt"
                | "nephew"
                | "niece"
                | "grandson"
                | "granddaughter"
                | "grandmother"
                | "grandfather"
                | "stepfather"
                | "stepmother"
                | "stepson"
                | "stepdaughter"
                | "boyfriend"
                | "girlfriend"
                | "fiance"
                | "fiancee"
                | "brothers"
                | "sisters"
                | "sons"
                | "daughters"
                | "cousins"
                | "nephews"
                | "nieces"
                | "spouses"
                | "siblings"
                | "twins"
                | "couple"
        )
    })
}

/// Whether `w`, lower-cased, is one of [`ROLE_WORDS`] — `w.to_lowercase()` looked up,
/// without a new string for an ASCII word (asked of most words of every candidate
/// name). A word with other characters takes `to_lowercase`: the Kelvin sign, say,
/// lower-cases to "k".
fn is_role_word(w: &str) -> bool {
    // "Chinese national Zhang Ruijin", "British citizen Tom Hale": in lower case only
    // ("National Football League" is a name).
    // "former tax official Ana Ruiz" ("Health Department Official, Who Reported …" is
    // a headline's).
    if matches!(
        w,
        "national" | "nationals" | "citizen" | "citizens" | "official"
    ) {
        return true;
    }
    if w.is_ascii() {
        crate::extract::lexicon::with_ascii_lower(w, |lower| ROLE_WORDS.contains(lower))
    } else {
        ROLE_WORDS.contains(w.to_lowercase().as_str())
    }
}

/// Words before a capitalised run that make it the name of a place or an operation:
/// "a 47-year-old man from Wetherill Park", "residents of Pacific Heights",
/// "Operation Kakao Killer".
fn names_no_person(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(last), second) = (words.next(), words.next()) else {
        return false;
    };
    let resident = |w: &str| matches!(w, "resident" | "residents" | "native" | "natives");
    crate::extract::operation::is_name_prefix(last)
        || matches!(last, "codenamed" | "code-named" | "dubbed")
        // ("the family of Maria Lopez" is a person's: only residents are "of" a place)
        || last == "from"
            && second.is_some_and(|w| person_noun(w) || resident(w) || matches!(w, "couple" | "family"))
        || last == "of" && second.is_some_and(|w| resident(w) || place_noun(w))
}

/// A kind of place whose name follows "of": "the coastal province of Preah
/// Sihanouk", "the state of Minas Gerais".
fn place_noun(w: &str) -> bool {
    matches!(
        w,
        "province"
            | "provinces"
            | "state"
            | "city"
            | "town"
            | "village"
            | "region"
            | "district"
            | "municipality"
            | "island"
            | "county"
            | "prefecture"
            | "governorate"
            | "emirate"
            | "department"
            | "barangay"
    )
}

/// A plain noun for one person or several ("man", "girls", "individuals"): a person
/// is what such a noun names with "named", a place what it comes "from".
fn person_noun(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "men"
            | "women"
            | "boy"
            | "girl"
            | "boys"
            | "girls"
            | "person"
            | "people"
            | "individual"
            | "individuals"
            | "teen"
            | "teenager"
            | "youth"
            | "child"
            | "juvenile"
            | "minor"
    )
}

/// A phrase that names the person after it, strong enough for a one-word name: "a
/// 32-year-old man named Sonu", "a woman identified only as Marie", "the officer,
/// identified by his last name, Barahona".
fn naming_phrase(before: &str) -> bool {
    let mut w = before.split_whitespace().rev();
    match (w.next(), w.next(), w.next()) {
        (Some("named"), Some(noun), _) => {
            person_noun(noun)
                || noun != "named"
                    && noun.bytes().all(|b| b.is_ascii_lowercase())
                    && is_role_word(noun)
        }
        (Some("as"), Some("only"), Some("identified" | "named" | "known")) => true,
        (
            Some("name," | "names,"),
            Some("last" | "first" | "family" | "given"),
            Some("his" | "her" | "their"),
        ) => w.next() == Some("by") && matches!(w.next(), Some("identified" | "named" | "known")),
        _ => false,
    }
}

/// A noun for a body or a thing that "named" gives the name of: "a crime syndicate
/// named Sam Gor", "a vessel named Ocean Star" (not a person's: "a man named …").
fn group_noun(w: &str) -> bool {
    crate::extract::lexicon::with_ascii_lower(w, |l| {
        matches!(
            l,
            "syndicate"
                | "gang"
                | "group"
                | "network"
                | "ring"
                | "cartel"
                | "triad"
                | "militia"
                | "faction"
                | "organisation"
                | "organization"
                | "outfit"
                | "crew"
                | "cell"
                | "company"
                | "firm"
                | "business"
                | "entity"
                | "brand"
                | "band"
                | "club"
                | "party"
                | "movement"
                | "operation"
                | "scheme"
                | "project"
                | "programme"
                | "program"
                | "campaign"
                | "vessel"
                | "ship"
                | "boat"
                | "app"
                | "application"
                | "website"
                | "platform"
                | "account"
                | "channel"
                | "restaurant"
                | "shop"
                | "store"
                | "hotel"
                | "bar"
                | "charity"
                | "foundation"
                | "drug"
                | "strain"
                | "variant"
                | "storm"
                | "hurricane"
                | "typhoon"
                | "horse"
                | "dog"
        )
    })
}

/// Words that never belong to a person's name.
#[rustfmt::skip]
static NOT_NAME: WordList = WordList::new(&[
    // a headline's words after a role ("Driver Who Allegedly Blew …", "Student Shot Dead")
    "Who", "Whom", "Whose", "Shot", "Dead", "Called", "Off", "Allegedly",
    "Space", "Directorate", "Mission", "Pavilion",
    "Amphitheater", "Amphitheatre", "Arena", "Stadium", "Stage",     "Price", "Entry", "Kit", "Loans", "Music", "Fact", "Studio", "Studios", "Records", "Labs", "Systems",
    "United", "States", "Announce", "Results", "Wanted", "Expo", "Institute", "Departamento", "Policía",
    "Officer", "Investigator", "Homicide", "Effort", "Officials", "Day", "Specialists", "Ordinance", "Lodge",
    "Interstate", "Prop", "Proposition", "Part", "Doe", "Does", "Research", "Training", "Cold",
    "Case", "Sentence", "Charges", "Settlement", "Anniversary", "Penalty", "Motion", "Public", "Main",
    "Switchboard", "Paper", "Edition", "Latest", "Guardia", "Carabinieri",
    // a car's model ("a 2021 Tesla Model 3")
    "Model",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Police", "Force",
    "Department", "Court", "Office", "Bureau", "Agency", "Commission", "Ministry", "Party", "University",
    "College", "School", "Group", "Bank", "Act", "Code", "Operation", "Street", "St", "Avenue", "Ave", "Road",
    "Rd", "Drive", "Boulevard", "Blvd", "Lane", "Place", "Court", "Station", "Centre", "Center", "Team", "Unit",
    "Squad", "Division", "Task", "Service", "Services", "Council", "Government", "State", "County", "City",
    "Constabulary", "Gendarmerie", "Directorate", "Authority", "Administration", "Offices", "Development",
    "Safety",
    // the names of crimes, in unit and campaign names ("Online Child Sexual
    // Exploitation team")
    "Exploitation", "Sexual", "Protection", "Safeguarding", "Offences", "Offenders", "Smuggling",
    "Slavery", "Terrorism", "Counter", "Scam", "Scams", "Laundering", "Weapons", "Firearms", "Abduction",
    "Kidnapping", "Violent", "Forensic", "Forensics", "Medical", "Examination", "Examinations", "Genealogy",
    "District", "Island", "Islands", "North", "South", "East", "West", "Republic", "National", "International",
    "Federal", "Royal", "News", "Times", "Post", "Press", "Online", "Today", "Media", "Daily", "Release",
    "Immediate", "Human", "Trafficking", "Market", "Markets", "Queen", "Bitcoin", "Penal", "Crime", "Crimes",
    "Cyber", "Security", "Investigation", "Investigations", "Affairs", "Prison", "Jail", "Hotel", "Hospital",
    "Church", "Mosque", "Temple", "Company", "Corporation", "Inc", "Ltd", "LLC", "Bhd", "Holdings", "Capital",
    "Financial", "Fund", "Foundation", "Association", "Society", "Club", "Network", "Hotline", "Program",
    "Programme", "Project", "Initiative", "Campaign", "Festival", "Cup", "World", "Olympics", "Assembly",
    "Parliament", "Congress", "Senate", "House", "Building", "Tower", "Mall", "Plaza", "Bridge", "Airport",
    "Port", "Harbour", "Harbor", "Bay", "River", "Lake", "Mountain", "Valley", "Beach", "Square", "Province",
    "Region", "Territory", "Territories", "Prefecture", "Municipality", "Barangay", "Kingdom", "Empire", "Union", "Nations", "Europe", "Asia", "Africa",
    "America", "Americas", "Oceania", "Latin", "Middle", "Dark", "Web", "Internet", "Facebook", "Twitter",
    "Telegram", "WhatsApp", "Instagram", "TikTok", "YouTube", "Google", "Microsoft", "Apple", "Amazon", "Covid",
    "Coronavirus", "Ecstasy", "Act", "Regulations", "Rules", "Rule", "Section", "Sections", "Chapter",
    "Decree", "Decree-Law", "Ordinance", "Concerning", "Regarding",
    "Article", "Order", "Bill", "Law", "Laws", "Justice", "Prosecution", "Prosecutions", "Authority",
    "Authorities", "Command", "Cybercrime", "Economic", "Organised", "Organized", "Narcotics", "Drug", "Drugs",
    "Gang", "Impact", "Intelligence", "Led", "Policing", "Enforcement", "Sheriff’s", "Sheriff's", "Jury",
    "Verdict", "Trial", "Inquiry", "Commission", "Story", "Related", "Read", "More", "Share", "Click", "Here",
    "Access", "Version", "PDF", "Admin", "Newsletter", "Sign", "Email", "Contact", "Example", "Modal", "Select",
    "Remember", "Check", "View", "Skip", "Content", "Menu", "Home", "Search", "Subscribe", "Login", "Log",
    "Copyright", "Rights", "Reserved", "Privacy", "Terms", "Cookie", "Cookies", "Policy", "Magistrate’s",
    "Magistrates", "Crown", "Prosecutors", "Investigators", "Officers", "Detectives", "Agents", "Residents",
    "Mobile", "Reservoir", "Block", "Flat", "Dangerous", "Misuse", "Proceeds", "Films", "Water", "Environment",
    "Quality", "Industry", "Technology", "Science", "Innovation", "Communications", "Multimedia",
    "Anti-Corruption", "Corruption", "Victim", "Identification", "Meeting", "Conference", "Summit", "Forum",
    "Award", "Awards", "Prize", "Amendment", "First", "Second", "Third", "Tor",     "Stream", "Man-in-the-Middle", "Business", "Compromise", "Email", "Monetary", "Health",
    "Education", "Defence", "Defense", "Home", "Foreign", "Interior", "Finance", "Treasury", "Customs",
    "Immigration", "Border", "Coast", "Guard", "Army", "Navy", "Air", "Military", "Garrison", "Liberation",
    "People’s", "People's", "Democratic", "Civic", "Labour", "Labor", "Conservative", "Liberal", "Greens",
    "Socialist", "Communist", "Front", "Movement", "Alliance", "Coalition", "Nasional", "Islam", "SeMalaysia",
    "Perikatan", "Pakatan", "Barisan", "Gateway", "Junction", "Mitigation", "Highway", "Expressway", "Supreme",
    "High", "Appeal", "Appeals", "Circuit", "Superior", "Criminal", "Civil", "Family", "Juvenile", "Youth",
    "Community", "Downtown", "Uptown", "Village", "Town", "Township", "Borough", "Manhattan",
    "Brooklyn", "Queens", "Bronx", "Staten", "Hollywood",
    "Bollywood", "West", "End", "Theatre", "Theater", "Royal",     "One", "Super",     "Defendants", "Named", "Count",
    "Indictment", "Heroin", "Ring", "Operating", "Alleged", "Distribution", "Sales",
    "Including", "Employee", "Supplier", "Jury", "Sentences", "Ponzi", "Scheme", "Criminal", "Years",     "Constitutional", "Forensics",
    "Board", "Month", "Week", "Sentenced", "Charged", "Convicted", "Arrested", "Indicted",
    "Pleads", "Guilty", "Voters", "Theft", "Retail", "Fraud", "Robbery", "Burglary", "Assault",
    "Murder", "Abuse", "Committee", "Committees", "Fair", "Hour", "Patrol",
    "System", "Strategy", "Strategies", "Divisions", "Shootings", "Uses", "Renewal", "Needed", "Pleas", "Bail",
    "Enrollment", "Treatment", "Violence", "Harm", "Cable", "Wireless", "Motors", "Airlines", "Pharmacy",
    "Pharmaceuticals", "Insurance", "Energy", "Foods", "Wines", "Brands", "Solutions", "Enterprises",
    "Industries", "Associates", "Schools", "Academy", "Clinic", "Medical", "Dental", "Realty", "Properties",
    // companies and bodies that speak ("Tether Limited said", "Huione Guarantee said",
    // "Global Anti-Scam Organisation said")
    "Limited", "Corp", "PLC", "Plc", "Pty", "GmbH", "Platforms", "Technologies", "Ventures", "Partners",
    "Exchange", "Guarantee", "Trading", "Telecom", "Airways", "Organisation", "Organization", "Taskforce",
    "Observatory", "Baseball",
    // an office's remit ("Director for Court Operations Ana Ruiz")
    "Operations",
    // a title-case headline's verb after a role word ("Victims Were Shopping …"), a
    // memorial's name
    "Were", "Memorial", "Courtyard",
    "Construction", "Logistics", "Trucking", "Towing", "Charter", "Man", "Woman", "Men", "Women", "Boy", "Boys", "Girl", "Girls", "Mother",
    "Father", "Siblings", "Teen", "Teens", "Couple", "Tanjung", "Taman", "Kampung", "Bukit", "Pulau", "Bandar", "Kota", "Lorong", "Goods", "Garden",
    "Gardens", "Form", "Outlets", "Store", "Shop", "Restaurant", "Cafe", "Pizza", "Grill", "Motel", "Casino",     "Territories",     "Polytechnic", "Persiaran", "Jalan", "Sungai",     "Kuala", "Air",
    "Bernama", "Mail", "Star", "Straits", "Tribune", "Herald", "Guardian", "Telegraph",
    "Reuters", "Associated", "Agence", "Xinhua", "Bloomberg", "CNN", "BBC", "Sky", "Fox", "Channel", "Radio",
    "Television", "TV", "Magazine", "Journal", "Gazette", "Chronicle", "Express", "Insider", "Wire",
    "Affiliate", "Twitter", "Instagram", "Cabinet", "Palace", "Embassy", "Consulate", "Control", "Prevention",
    "Public", "Main", "Switchboard", "Paper", "Edition", "Latest", "Infectious", "Diseases", "Movement",
    "Inspector-General",
]);

/// Words that open a sentence but never a name ("The", "However", "Police").
#[rustfmt::skip]
static SENTENCE_OPENERS: WordList = WordList::new(&[
    "The", "A", "An", "In", "On", "At", "As", "After", "Before", "But", "And", "Or", "If", "When", "While",
    "During", "Since", "For", "From", "With", "Without", "Under", "Over", "Among", "Of", "To", "By", "This",
    "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Its", "Some",
    "All", "Many", "Most", "Other", "Another", "Several", "Earlier", "Later", "Last", "Next", "Also",
    "Meanwhile", "Instead", "Although", "Separately", "Specifically", "Furthermore", "Throughout", "Upon",
    "Once", "Despite", "Following", "Regarding", "Citing", "Amid", "Reacting", "Both", "Each", "Every", "Two",
    "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Thousands", "Hundreds", "Dozens", "Only",
    "Even", "Still", "Yet", "So", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Here", "There", "Where",
    "What", "Who", "Why", "How", "Which", "Whose", "According", "Asked", "Speaking", "Lawmakers", "Police",
    "Officers", "Authorities", "Prosecutors", "Investigators", "Defendants", "Suspects", "Victims", "Witnesses",
    "Fellow", "One",
    "Known", "Dubbed", "Codenamed", "Photo", "PHOTO", "Pictures", "Picture",
    "Video", "Watch", "Listen", "Comrades", "Sources", "Source", "Reasons", "Most", "Such", "Our", "Your", "My",
    "Nobody", "Everyone", "Anyone", "Please", "Let", "Thanks", "Thank", "Years", "Tens", "Bollywood",
    "Hollywood", "Assistant", "Deputy", "Because", "Unless", "Until", "Whether", "Though", "Whereas",
    "Meet", "Other", "Any", "Every", "Such", "More",
]);

/// Roles that news capitalises before a name ("Ringleader Ana Ruiz", "syndicate Boss
/// Tan Ah Kow"): an office-like word, not part of the name.
const CAPITALISED_ROLES: &[&str] = &[
    "Leader",
    "Ringleader",
    "Mastermind",
    "Boss",
    "Kingpin",
    "Suspect",
    "Victim",
    "Witness",
    "Fugitive",
    "Activist",
    "Lawmaker",
    "Accused",
    "Convict",
    "Inmate",
    "Informant",
];

/// Participles that belong to names of bodies and offices ("Unified Court System",
/// "Retired Detective"), unlike the verbs of a headline run into a name.
const ORG_PARTICIPLES: &[&str] = &[
    "Unified",
    "Consolidated",
    "Organized",
    "Organised",
    "Licensed",
    "Certified",
    "Registered",
    "Retired",
    "Decorated",
    "Elected",
    "Appointed",
    "Combined",
    "Integrated",
    "Specialized",
    "Specialised",
    "Advanced",
    "Accredited",
    "Affiliated",
    "Limited",
    "Incorporated",
    "Armed",
];

/// Words after a name that make it a speaker ("X said", "X, the head of …, told",
/// "X, U.S. Attorney for the District of Oregon, said": a full stop inside the
/// appositive only within an abbreviation's letters).
static SPEAKS_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^ (?: ,\s (?:the\ |a\ |an\ )? (?: [^,.;] | (?-u:\b)[A-Z]\.(?:[A-Z]\.)+ ){1,90} , )? ,? \s*
        (?: also\s+ | later\s+ | then\s+ | previously\s+ | had\s+ | has\s+ )?
        (?: said|says|told|tells|added|adds|stated|noted|claimed|denied|vowed|warned|explained|announced|
            confirmed|testified|argued|responded|replied|wrote|tweeted|posted|urged|insisted|defended|
            pleaded|admitted|applauded|accused|appeared|asked|filed|launched|begged|took|was\s+(?:arrested|
            charged|sentenced|found|convicted|jailed|indicted|detained|remanded|fined|acquitted|killed|
            evicted|released|extradited|due|accused|appointed|picked|filmed|awarded)|
            were\s+(?:arrested|charged|sentenced|picked|found|convicted) |
            pleaded|faces|face|raised|earned|denies|formally|made|played|plays|goes|left|escaped|
            had\ (?:been|worked|earlier|already) )\b",
    )
    .expect("speaks-after regex")
});

/// A second name after "and", then what befell both: "Ryan Smith and Liam Jones were
/// jailed" (the first name is read before the second is found).
static PAIRED_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        ^ \s+ and \s+ (?: \p{Lu}[\p{L}.'’-]* \s+ ){1,4}
        (?: ,\s*[0-9]{1,3}\s*,\s* )?
        were \s+ (?:each\s+|both\s+|also\s+|later\s+)?
        (?:arrested|charged|sentenced|convicted|jailed|indicted|detained|remanded|fined|acquitted|killed|injured|extradited)\b",
    )
    .expect("paired-after regex")
});

/// The rest of a law's name after a run: "Wildlife Preservation| and Protection Act"
/// (not "of": "Dr. Henry T. Nicholas of Marsy’s Law" is a person of a campaign).
static LAW_NAME_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"^\s+(?:and|&)\s+(?:\p{{Lu}}[\p{{L}}'’-]*\s+){{0,5}}{}\b",
        crate::extract::law::LAW_NOUNS
    ))
    .expect("law-name-after regex")
});

/// Words before a name that make it a speaker or a subject of enforcement.
static CUE_BEFORE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        (?: \b(?:said|says|added|according\ to|told|arrested|charged|sentenced|convicted|against|
              alongside|fined|jailed|remanded|acquitted|extradited|deported|arraigned|indicted|
              (?:sentence|penalty|fine)\ on|
              named|named\ as|starring|featuring|identified\ (?:only\ )?as|
              # 'identified by his last name, X'
              (?:identified|named|known)\ by\ (?:his|her|their)\ (?:last|first|family|full|given)\ names?,|
              (?:death|murder|killing|stabbing|shooting|abduction|disappearance)\ of)\s+ $ )",
    )
    .expect("cue-before regex")
});

/// "identified the suspect as X", "named the two men as X and Y": who a person is,
/// told before the name (asked only of text ending in " as").
static IDENTIFIED_AS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?x)
        \b(?:identified|named)\ (?:him|her|them|the\ (?:[a-z0-9-]+\ ){0,2}?
            (?:suspects?|man|men|woman|women|victims?|accused|deceased|driver|shooter|gunman|
               attacker|assailant|defendants?|boy|girl|teen|teenager|pair|couple|officers?|
               persons?|individuals?))\ as\s+$",
    )
    .expect("identified-as regex")
});

/// An age before a name: "47-year-old X", "three-year-old X", "twenty-one-year-old X".
static YEAR_OLD: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"\b(?:[0-9]{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+$")
        .expect("year-old regex")
});

/// An age in brackets after a name of two words or more, the Indian press's way:
/// "Harjit Singh (34)" (one word and a bracketed figure is more often a count: "Pimping
/// (2)").
static AGE_BRACKET: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^[ \t]*\([1-9][0-9]\)").expect("age-bracket regex")
});

/// An age or nickname and age after a name: ", 25," / " (Fresh), 24," / ", then 41," /
/// ", 35 –" (closing a list set off by dashes) / ", 38 and Ana Ruiz" (a list without a
/// serial comma).
static AGED: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^\s*(?:\([^)]{1,30}\)\s*)?,?\s*(?:then\s+|now\s+|aged\s+)?[0-9]{1,3}\s*(?:,|;|\)|[–—](?:\s|$)|\.(?:\s|$)|$|\s+of\b|\s+was\b)|^,\s*[0-9]{1,3}\s+and\s+\p{Lu}")
        .expect("aged regex")
});

/// An age between commas in a line: ", 34,".
static AGE_IN_LINE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"\p{L}, [0-9]{1,3}(?:,|$)").expect("age-in-line regex")
});

/// The end of a name's age apposition, where a hometown follows: "X, 47, " /
/// "X, 47, of " / "X (52) of " (the Indian press's way).
static HOMETOWN_SLOT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"\p{L},\s*[0-9]{1,3}\s*,\s*(?:of\s+|from\s+|r/o\s+|resident\s+of\s+)?$|\p{L}\s*\([0-9]{1,3}\)\s*,?\s*(?:of|from|r/o|resident\s+of)\s+$",
    )
    .expect("hometown regex")
});

/// An alias after a name: "(also known as Y)", ", a.k.a.", " alias Gopi".
static ALIAS: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^\s*(?:(?:\(|,\s*)(?:also\s+known\s+as|a\.k\.a\.|aka)|,?\s*alias)\b",
    )
    .expect("alias regex")
});

/// A roster line: "X DOB 1/2/1990", "X, DOB: …".
static ROSTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(r"^\s*,?\s*(?:\n\s*)?(?:\p{Ll}\s+)?DOB\b").expect("roster regex")
});

/// Lines that name press contacts, authors and bylines, not people in the story.
///
/// "Contact" marks a contact block only as a label or a request to get in touch:
/// "Media contact:", "Press Contacts", "Contact information", "Contact Det. Ana Ruiz
/// at …", "For more information, contact …", "anyone with information is asked to
/// contact …". The noun in a story is no contact block: "bought the horns from an
/// African contact", "phoned his contact in Dubai", "after contact with a buyer".
static CONTACT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        \b(?:author|authors|byline|public\ information\ officer|director\ of\ communications|correspondent|journalist)\b
        | \b(?:photo|photos|credit):
        | ^\s*(?:reporting|written|edited|compiled)\ by\b
        # a label: 'Media contact:', 'Contacts:', 'Press Contact', 'Contact details'
        | \bcontacts?\s*:
        | \b(?:media|press|news|public\ affairs|public\ information|agency)\ contacts?\b
        | \bcontact\ (?:information|info|details|us|person|officer)\b
        # a request: 'Contact Det. Ana Ruiz at …', 'please contact', 'asked to contact'
        | ^[\s\p{P}]*contact\b
        | (?:\b(?:to|please|can|should|may|could|must|or|and)|,)\s+contact\b",
    )
    .expect("contact regex")
});

/// A person found in the body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    span: Span,
    name: String,
    title: Option<String>,
    single: bool,
}

impl Found {
    /// Where the name is in the body.
    pub(crate) fn span(&self) -> Span {
        self.span
    }
}

/// Append the `person` facts found in `ctx`.
pub fn extract(ctx: &Context<'_>, out: &mut Vec<Fact>) {
    for f in ctx.people() {
        let rule = if f.single { "single" } else { "named" };
        let value = Value::Person {
            name: f.name.clone(),
            title: f.title.clone(),
        };
        out.push(ctx.fact(value, f.span, rule));
    }
}

/// Every mention of a person found in `ctx`, as (span, full name), in text order:
/// first mentions and later mentions by part of the name ("Ayob", "Mr Ho").
pub fn names(ctx: &Context<'_>) -> Vec<(Span, String)> {
    let found = ctx.people();
    let mut out: Vec<(Span, String)> = found.iter().map(|f| (f.span, f.name.clone())).collect();
    // The spans in `out` by start, to ask whether one covers a new mention without
    // walking them all: a covering span starts at most `longest` bytes before it.
    let mut starts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut longest = 0;
    for (sp, _) in &out {
        starts.entry(sp.start).or_default().push(sp.end);
        longest = longest.max(sp.end.saturating_sub(sp.start));
    }
    // Where each first and last name part occurs, found in one pass over the body
    // for all of them (a search per part would cost names × body).
    let mut parts: Vec<&str> = Vec::new();
    for f in found {
        let words: Vec<&str> = f.name.split_whitespace().filter(|p| p.len() > 2).collect();
        parts.extend([words.first(), words.last()].into_iter().flatten().copied());
    }
    parts.sort_unstable();
    parts.dedup();
    let at_part = occurrences(ctx.body, &parts);
    for f in found {
        let parts: Vec<&str> = f.name.split_whitespace().filter(|p| p.len() > 2).collect();
        for p in [parts.first(), parts.last()].into_iter().flatten() {
            let mut at = 0;
            for &s in at_part.get(p).map_or(&[][..], Vec::as_slice) {
                if s < at {
                    continue;
                }
                let e = s + p.len();
                let before_ok = !ctx.body[..s]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after_ok = !ctx.body[e..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let covered = starts
                    .range(s.saturating_sub(longest)..=s)
                    .any(|(_, ends)| ends.iter().any(|&end| e <= end));
                if before_ok && after_ok && !covered {
                    out.push((Span::new(s, e), f.name.clone()));
                    starts.entry(s).or_default().push(e);
                    longest = longest.max(e.saturating_sub(s));
                }
                at = e;
            }
        }
    }
    out.sort_by_key(|(s, _)| *s);
    out
}

/// Most name parts searched one at a time; beyond, one automaton finds them all.
const FEW_PARTS: usize = 16;

/// Bytes of substring search (parts × body) that cost less than building the
/// automaton: an Aho-Corasick automaton for a page's name parts took ~320,000
/// instructions to build, more than a SIMD search of a megabyte.
const SEARCH_BUDGET: usize = 1 << 20;

/// Every start of every part in `body`, overlapping ones included, ascending per part.
///
/// A document names a few people: a SIMD substring search per part costs less than
/// building an automaton for them (which on its own cost more than the rest of
/// `names`). A long page naming many people gets the automaton, so the cost stays
/// one pass over the body, not one per part.
fn occurrences<'p>(body: &str, parts: &[&'p str]) -> HashMap<&'p str, Vec<usize>> {
    if by_automaton(body, parts) {
        occurrences_by_automaton(body, parts)
    } else {
        occurrences_by_search(body, parts)
    }
}

/// Whether one automaton finds `parts` in `body` for less than a search per part.
fn by_automaton(body: &str, parts: &[&str]) -> bool {
    parts.len() > FEW_PARTS && parts.len().saturating_mul(body.len()) > SEARCH_BUDGET
}

/// [`occurrences`] by a SIMD substring search per part.
fn occurrences_by_search<'p>(body: &str, parts: &[&'p str]) -> HashMap<&'p str, Vec<usize>> {
    let mut at_part: HashMap<&str, Vec<usize>> = HashMap::default();
    for &part in parts {
        let finder = memchr::memmem::Finder::new(part);
        let mut from = 0;
        while let Some(k) = finder.find(&body.as_bytes()[from..]) {
            at_part.entry(part).or_default().push(from + k);
            from += k + 1;
        }
    }
    at_part
}

/// [`occurrences`] by one Aho-Corasick pass for all parts.
fn occurrences_by_automaton<'p>(body: &str, parts: &[&'p str]) -> HashMap<&'p str, Vec<usize>> {
    let mut at_part: HashMap<&str, Vec<usize>> = HashMap::default();
    let ac = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(parts);
    if let Ok(ac) = ac {
        for m in ac.find_overlapping_iter(body) {
            at_part
                .entry(parts[m.pattern().as_usize()])
                .or_default()
                .push(m.start());
        }
    }
    at_part
}

/// Whether `w` is a word of an office ("Chief", "Commissioner").
pub fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(w) || HONORIFICS.contains(w) || is_role_word(w)
}

/// Every person named in `ctx`, one entry per person at their first full mention.
/// Read it through `Context::people`, which finds them once per document.
pub(crate) fn find(ctx: &Context<'_>) -> Vec<Found> {
    let body = ctx.body;
    let mut found: Vec<Found> = Vec::new();
    let mut prev_accepted_end: Option<usize> = None;
    let mut line_skip: Option<(usize, bool)> = None;
    for (sspan, sentence) in ctx.sentences() {
        let line = ctx.line_at(sspan.start);
        let (line_start, line_end) = (line.start, line.end.max(sspan.end));
        let line = &body[line_start..line_end];
        // Whether the line is furniture is decided once per line, not once per
        // sentence (a page with no line breaks has one line of megabytes).
        let skip_line = match line_skip {
            Some((start, skip)) if start == line_start => skip,
            _ => {
                let skip = CONTACT.is_match(line)
                    || line.starts_with("Related")
                    || line.trim_end().ends_with('…')
                    || line.trim_end().ends_with("...")
                    || headline_case(ctx, sspan.start, line)
                    || link_line(line);
                line_skip = Some((line_start, skip));
                skip
            }
        };
        if skip_line || CONTACT.is_match(sentence) {
            continue;
        }
        let sspan = rank_opened(body, sspan);
        // A name before this sentence lists into it only across nothing but
        // connectors ("Ana Ruiz\n\nand Tom Lee"); else the sentence's people are a
        // function of its text and the text around it, remembered across pages.
        let listing = prev_accepted_end.is_some_and(|p| {
            p <= sspan.start
                && body[p..sspan.start]
                    .chars()
                    .all(|c| c.is_whitespace() || ",&andor".contains(c))
        });
        if listing {
            prev_accepted_end = sentence_people(body, sspan, prev_accepted_end, &mut found);
        } else {
            let (start, mut people) = remembered_people(body, sspan);
            for f in &mut people {
                f.span = f.span.shift(start);
            }
            if cfg!(debug_assertions) {
                let mut direct = Vec::new();
                sentence_people(body, sspan, None, &mut direct);
                assert_eq!(people, direct, "people read around {sspan:?}");
            }
            if let Some(last) = people.last() {
                prev_accepted_end = Some(last.span.end);
            }
            found.append(&mut people);
        }
    }
    // Keep the full name: drop names contained in a longer one, then repeats.
    // Decided once per distinct name, not once per mention.
    let mut distinct: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    // Every shorter run of words inside a name, gathered once: a lookup per name
    // instead of comparing every pair of names (quadratic on a long page).
    let mut inner: HashSet<String> = HashSet::default();
    for n in &distinct {
        let words: Vec<&str> = n.split_whitespace().collect();
        for len in 1..words.len() {
            for w in words.windows(len) {
                inner.insert(w.join(" "));
            }
        }
        // "Christopher Aragon" after "Christopher John Aragon": the middle name left out.
        if let [first, _, .., last] = words.as_slice() {
            inner.insert(format!("{first} {last}"));
        }
    }
    let partial: HashSet<String> = distinct
        .iter()
        .filter(|n| inner.contains(&n.split_whitespace().collect::<Vec<_>>().join(" ")))
        .map(|n| (*n).to_string())
        .collect();
    found.retain(|f| !partial.contains(&f.name));
    let mut out: Vec<Found> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    for f in found {
        match index.get(&f.name).and_then(|&i| out.get_mut(i)) {
            Some(o) => {
                if o.title.is_none() {
                    o.title = f.title;
                }
            }
            None => {
                index.insert(f.name.clone(), out.len());
                out.push(f);
            }
        }
    }
    out
}

/// Ranks written with a full stop that the sentence splitter takes for a sentence's
/// end ("SI. Ramesh Kumar said", "PCol. Jose Santos led"): the rank opens the next
/// sentence's name. (Each is one of [`TITLE_WORDS`]; "Insp.", "Supt.", "Sgt." are
/// no sentence's end to the splitter.)
static DOTTED_RANKS: WordList = WordList::new(&[
    "SI", "ASI", "PSI", "Const", "Cst", "SHO", "DSP", "ACP", "DCP", "SSP", "Sub-Insp", "PGen",
    "PLtGen", "PMGen", "PBGen", "PCol", "PLtCol", "PMaj", "PCpt", "PLt", "PEMS", "PCMS", "PSMS",
    "PMSg", "PSSg", "PCpl", "PDir", "PCSupt", "PSSupt", "PSupt", "PCInsp", "PSInsp", "PInsp",
]);

/// The sentence at `sspan`, opened earlier when the text before it ends with one of
/// [`DOTTED_RANKS`], its stop and a space (a rank the splitter cut off).
fn rank_opened(body: &str, sspan: Span) -> Span {
    let Some(t) = body[..sspan.start]
        .strip_suffix(' ')
        .and_then(|t| t.strip_suffix('.'))
    else {
        return sspan;
    };
    let b = t.as_bytes();
    let mut from = t.len();
    while from > 0
        && t.len() - from < 9
        && (b[from - 1].is_ascii_alphanumeric() || b[from - 1] == b'-')
    {
        from -= 1;
    }
    let opens = from == 0 || matches!(b[from - 1], b' ' | b'\n' | b'(' | b'"');
    if opens && DOTTED_RANKS.contains(&t[from..]) {
        Span::new(from, sspan.end)
    } else {
        sspan
    }
}

/// Bytes after a name (and its possessive "’s") that judging it reads.
const AFTER_NAME: usize = 200;

/// Bytes after a sentence that judging its names reads: [`AFTER_NAME`] after a
/// possessive, with room to spare.
const PEOPLE_AFTER: usize = AFTER_NAME + 10;

/// The people of the sentence at `sspan`, found with no name accepted before it
/// (see [`sentence_people`]), remembered for sentences that recur across pages with
/// the same character before them and the same [`PEOPLE_AFTER`] bytes after. Spans
/// are relative to the returned offset.
fn remembered_people(body: &str, sspan: Span) -> (usize, Vec<Found>) {
    thread_local!(static MEMO: RefCell<Memo<Vec<Found>>> = RefCell::default());
    let start = body[..sspan.start]
        .chars()
        .next_back()
        .map_or(sspan.start, |c| sspan.start - c.len_utf8());
    let mut end = (sspan.end + PEOPLE_AFTER).min(body.len());
    while !body.is_char_boundary(end) {
        end += 1;
    }
    let text = &body[start..end];
    let local = Span::new(sspan.start - start, sspan.end - start);
    let context = local.start as u64 | (local.len() as u64) << 8;
    let people = memo::cached_in(&MEMO, text, context, || {
        let mut found = Vec::new();
        sentence_people(text, local, None, &mut found);
        found
    });
    (start, people)
}

/// The people named in the sentence at `sspan` of `body`, appended to `found`; a
/// name may be listed after the one accepted last, ending at `prev_accepted_end`.
/// Returns where the last accepted name ends. Reads the body from the character
/// before the sentence to [`PEOPLE_AFTER`] bytes after it.
fn sentence_people(
    body: &str,
    sspan: Span,
    mut prev_accepted_end: Option<usize>,
    found: &mut Vec<Found>,
) -> Option<usize> {
    let sentence = sspan.slice(body);
    let runs: Vec<(usize, usize)> = name_runs(sentence).collect();
    let mut i = 0;
    while i < runs.len() {
        let (m_start, mut m_end) = runs[i];
        i += 1;
        // `Raymond "Ray" Pruitt`: a nickname in quotation marks between the given
        // name and the surname belongs to the name (and is dropped from it).
        let mut quoted = false;
        if let [(n_start, n_end), (s_start, s_end), ..] = runs[i..] {
            let (open, close) = (&sentence[m_end..n_start], &sentence[n_end..s_start]);
            if matches!(open, " \"" | " “") && matches!(close, "\" " | "” ") {
                m_end = s_end;
                quoted = true;
                i += 2;
            }
        }
        let abs = Span::new(sspan.start + m_start, sspan.start + m_end);
        if body[abs.end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        if nickname(body, abs) {
            continue;
        }
        // "Hoan Kiem and Cau Giay districts", "State Workers Compensation judges": a
        // run before a plural noun of places or people modifies it.
        if plural_noun_after(&body[abs.end..]) || place_noun_after(&body[abs.end..]) {
            continue;
        }
        // "spouses Ronaldo and Edna Pascual", "Brothers Ana and Tobi Okafor": two
        // given names sharing the surname after them.
        if let Some(f) = shared_surname(sentence, (m_start, m_end), runs.get(i).copied()) {
            prev_accepted_end = Some(abs.end);
            found.push(Found {
                span: f.span.shift(sspan.start),
                ..f
            });
            continue;
        }
        let before = &sentence[..m_start];
        let after = &body[abs.end..];
        let after = &after[possessive_len(after)..];
        let after = &after[post_nominal_len(after)..];
        let mut cut = after.len().min(AFTER_NAME);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let after_line = &after[..cut];
        let listed = prev_accepted_end.is_some_and(|p| {
            p <= abs.start
                && (matches!(
                    without_age(body[p..abs.start].trim()),
                    "," | "and" | ", and" | "&" | "or"
                ) || semicolon_item(&body[p..abs.start], after))
        });
        let raw = &sentence[m_start..m_end];
        if let Some(mut f) = judge(raw, abs, before, after_line, m_start == 0, listed) {
            if quoted {
                f.name = without_nickname(&f.name);
            }
            prev_accepted_end = Some(abs.end);
            found.push(f);
        }
    }
    prev_accepted_end
}

/// What is between two listed names without the first one's age: ", 31 and" →
/// "and" ("Naresh Babu, 31 and Anil Kumar").
fn without_age(between: &str) -> &str {
    let Some(rest) = between.strip_prefix(", ") else {
        return between;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &rest[digits..];
    // (not ", 47, …": a hometown may follow an age between commas, "Ana Ruiz, 47,
    // Grand Prairie", which `HOMETOWN_SLOT` reads)
    if (1..=3).contains(&digits) && tail == " and" {
        tail.trim_start()
    } else {
        between
    }
}

/// The office set off by a comma before a name, when an article or a possessive
/// opens it: "The agency's Director-General, " → "Director-General"; "Its
/// spokesperson, " → "spokesperson"; up to two modifiers in lower case go with it
/// ("France's interior minister, " → "interior minister"). Not an office closing a
/// list item ("Ana Ruiz, Financial Investigator, Tom Lee, …" names Ruiz's).
fn comma_title(before: &str) -> Option<String> {
    let office = before.trim_end().strip_suffix(',')?;
    let title = title_before(office, &[])?;
    let n = title.split_whitespace().count();
    let determiner = |w: &str| {
        matches!(
            w,
            "the" | "The" | "its" | "Its" | "his" | "His" | "her" | "Her" | "their" | "Their"
        ) || w.ends_with("’s")
            || w.ends_with("'s")
    };
    let mut words = office.split_whitespace().rev().skip(n);
    let mut mods: Vec<&str> = Vec::new();
    let mut opener = words.next()?;
    while mods.len() < 2 && !determiner(opener) && opener.bytes().all(|b| b.is_ascii_lowercase()) {
        mods.push(opener);
        opener = words.next()?;
    }
    if !determiner(opener) {
        return None;
    }
    if mods.is_empty() {
        return Some(title);
    }
    mods.reverse();
    Some(format!("{} {title}", mods.join(" ")))
}

/// `Raymond Pruitt` from `Raymond "Ray" Pruitt`.
fn without_nickname(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut inside = false;
    for c in name.chars() {
        match c {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `after` a run opens with a plural noun of places or of people (" districts",
/// " judges"), or with the rest of a list of names closed by a plural noun of places
/// (" and Cau Giay districts", ", Ba Dinh and Cau Giay districts").
fn plural_noun_after(after: &str) -> bool {
    static LIST: LazyLock<Rule> = LazyLock::new(|| {
        crate::extract::lexicon::regex(
            r"(?x)
            ^ (?: ,\s+ \p{Lu}[\p{L}'’-]* (?:\s+\p{Lu}[\p{L}'’-]*){0,3} )* ,?
              \s+ and \s+ \p{Lu}[\p{L}'’-]* (?:\s+\p{Lu}[\p{L}'’-]*){0,3}
              \s+ (?:districts|provinces|wards|counties|islands|ports|villages|towns|cities|
                     regions|municipalities|barangays|prefectures|townships|
                     subdistricts|communes|neighbourhoods|neighborhoods) \b",
        )
        .expect("place-list regex")
    });
    let Some(rest) = after.strip_prefix(' ') else {
        return after.starts_with([',', ' ']) && LIST.is_match(after);
    };
    let next = rest.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
    let plural_place = matches!(
        next,
        "districts"
            | "provinces"
            | "wards"
            | "counties"
            | "islands"
            | "ports"
            | "villages"
            | "towns"
            | "cities"
            | "regions"
            | "municipalities"
            | "barangays"
            | "prefectures"
            | "townships"
            | "subdistricts"
            | "communes"
    );
    // ("judges", "officers": a role in the plural; not "Ana Ruiz’s lawyers", where
    // the possessive stands between)
    let plural_role = next.len() > 3
        && next.ends_with('s')
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && (ROLE_WORDS.contains(next) || ROLE_WORDS.contains(&next[..next.len() - 1]));
    plural_place || plural_role || LIST.is_match(after)
}

/// Whether `after` a run (before any possessive) opens with a noun in lower case for
/// a kind of place or a place's police: the run names the place ("Paris's Charles de
/// Gaulle airport", "the Santa Cruz police chief", "on Ocean Park road").
fn place_noun_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let next = rest.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
    matches!(
        next,
        "airport"
            | "street"
            | "road"
            | "avenue"
            | "boulevard"
            | "highway"
            | "expressway"
            | "hospital"
            | "clinic"
            | "stadium"
            | "arena"
            | "bridge"
            | "university"
            | "college"
            | "school"
            | "campus"
            | "station"
            | "terminal"
            | "port"
            | "harbour"
            | "harbor"
            | "park"
            | "square"
            | "mall"
            | "market"
            | "prison"
            | "jail"
            | "hotel"
            | "museum"
            | "church"
            | "mosque"
            | "temple"
            | "police"
    )
}

/// Plural nouns for relatives or a couple before two given names that share the
/// surname after them ("spouses Ronaldo and Edna Pascual").
fn kin_plural(w: &str) -> bool {
    crate::extract::lexicon::with_ascii_lower(w, |l| {
        matches!(
            l,
            "spouses" | "couple" | "brothers" | "sisters" | "siblings" | "twins" | "cousins"
        )
    })
}

/// "found spouses Ronaldo and Edna Pascual guilty", "Brothers Ana and Tobi Okafor
/// were extradited": the given name before "and" takes the surname that closes the
/// next run (which is read next, listed after this one). `run` is the run of the
/// first given name (with the noun, when it opens the sentence capitalised), `next`
/// the run after it; spans are in `sentence`.
fn shared_surname(
    sentence: &str,
    run: (usize, usize),
    next: Option<(usize, usize)>,
) -> Option<Found> {
    let (next_start, next_end) = next?;
    if &sentence[run.1..next_start] != " and " {
        return None;
    }
    let words: Vec<&str> = sentence[run.0..run.1].split_whitespace().collect();
    let given = match words.as_slice() {
        [kin, given] if run.0 == 0 && kin_plural(kin) => *given,
        [given] => {
            let before = sentence[..run.0].split_whitespace().next_back()?;
            if !(kin_plural(before) && before.starts_with(char::is_lowercase)) {
                return None;
            }
            *given
        }
        _ => return None,
    };
    let second: Vec<&str> = sentence[next_start..next_end].split_whitespace().collect();
    let surname = *second.last()?;
    let plain = |w: &str| {
        w.len() >= 2
            && w.chars().skip(1).all(char::is_lowercase)
            && !is_place_or_org(w)
            && !TITLE_WORDS.contains(w)
            && !HONORIFICS.contains(w)
            && !SENTENCE_OPENERS.contains(w)
    };
    if second.len() < 2 || !second.iter().all(|w| plain(w)) || !plain(given) {
        return None;
    }
    let start = run.1 - given.len();
    Some(Found {
        span: Span::new(start, run.1),
        name: format!("{given} {surname}"),
        title: None,
        single: false,
    })
}

/// "X, a bank manager; Wong Siu-ming, a property agent; and …": a name opening the
/// next item of a list of people set off by semicolons, each item a name and what
/// the person is. `between` runs from the end of the name before to this one.
fn semicolon_item(between: &str, after: &str) -> bool {
    between.len() <= 160
        && between.starts_with(", ")
        && (between.ends_with("; ") || between.ends_with("; and "))
        && between.matches(';').count() == 1
        && !between.contains('\n')
        && after.starts_with(", ")
}

/// Decide whether a capitalised run is a person; returns the person found.
fn judge(
    raw: &str,
    span: Span,
    before: &str,
    after: &str,
    at_start: bool,
    prev: bool,
) -> Option<Found> {
    let first = raw.split_whitespace().next().unwrap_or("");
    // "In Minas Gerais, agents seized …": a sentence opening with a place.
    let place_opening = at_start && first == "In" && after.starts_with(',');
    if place_opening
        || names_no_person(before)
        || crate::extract::operation::is_name_prefix(first)
        || LAW_NAME_AFTER.is_match(after)
    {
        return None;
    }
    // Split off leading honorifics and office words, which form the title.
    // (each token with its offset in `raw`: it is a subslice of it)
    let tokens: Vec<(usize, &str)> = raw
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - raw.as_ptr() as usize, t))
        .collect();
    let mut lead_title: Vec<&str> = Vec::new();
    let mut honorific = false;
    let mut kin_lead = false;
    // "Forty-two-year-old Antonio Lucà": an age spelled out opening the sentence is
    // no part of the name, and a cue for it (as "42-year-old" before it is).
    let aged_lead = tokens.first().is_some_and(|&(_, t)| {
        t.len() > 9
            && t.get(t.len() - 9..)
                .is_some_and(|end| end.eq_ignore_ascii_case("-year-old"))
    });
    let mut k = usize::from(aged_lead);
    while k < tokens.len() {
        let t = tokens[k].1;
        let opener = k == 0 && at_start && SENTENCE_OPENERS.contains(t);
        // "Tan" is an honorific only in "Tan Sri"; else a surname ("Tan Wei Ming").
        let surname_tan = t == "Tan" && tokens.get(k + 1).is_none_or(|n| n.1 != "Sri");
        if surname_tan {
            break;
        }
        if matches!(t, "Lord" | "Lady")
            && k + 2 == tokens.len()
            && !HONORIFICS.contains(tokens[k + 1].1)
        {
            // "Lady Scott told him", "Lord Beckett jailed him": a Scottish judge's
            // style before the surname alone is the judge's title.
            lead_title.push(t);
        } else if HONORIFICS.contains(t) {
            honorific = true;
        } else if k == 0 && at_start && tokens.len() >= 2 && t != "Son" && kin_word(t) {
            // "Brothers Chukwuemeka and …", "Cousin Ana Ruiz": a relative opening the
            // sentence is no part of the name, nor its office ("Son" is a surname too).
            kin_lead = true;
        } else if TITLE_WORDS.contains(t)
            // ("Senators A and B", "Detectives C and D": an office of several)
            || ((k > 0 || before.split_whitespace().last() != Some("of")) && tokens.get(k + 1).is_some_and(|n| !is_place_or_org(n.1)) && t.strip_suffix('s').is_some_and(|one| one.len() > 3 && TITLE_WORDS.contains(one)))
        {
            lead_title.push(t);
        } else if opener {
            let style = matches!(t, "His" | "Her")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.1, "Honour" | "Honor"));
            if is_role_word(t) || style {
                lead_title.push(t);
            }
        } else if k == 0
            && at_start
            && tokens.len() >= 3
            && is_role_word(t)
            && !kin_word(t)
            && (!t.ends_with('s') || t.ends_with("ss"))
            && tokens[1..].iter().all(|&(_, n)| !is_place_or_org(n))
        {
            // "Player Norman Powell said": a role of one person opening the sentence,
            // capitalised only there, before a name of two words or more (a relative
            // is read above: "Son" is a given name too; "Workers Allegedly Directed
            // …" is a headline).
            lead_title.push(t);
        } else if k + 2 < tokens.len() && CAPITALISED_ROLES.contains(&t) {
            // "gang Leader Marcus Oyelaran": a role written with a capital, before a
            // name of two words or more.
            lead_title.push(t);
        } else if k + 2 <= tokens.len().saturating_sub(1) && is_place_or_org(t) {
            // "Selangor Menteri Besar X Y", "Miami Police Chief X Y": the place or body
            // belongs to the office.
            lead_title.push(t);
        } else {
            break;
        }
        k += 1;
    }
    // "New York City Police Commissioner William J. Bratton": the name is what follows
    // the last word of an office, when two words or more remain.
    // ("Tan" of "Tan Sri" is never the last: "Sri" follows it)
    let office = |t: &str| (HONORIFICS.contains(t) && t != "Tan") || TITLE_WORDS.contains(t);
    let mut office_cut = false;
    if let Some(j) = (k..tokens.len()).rev().find(|&j| office(tokens[j].1)) {
        if tokens.len() - (j + 1) >= 2 {
            // The office is the run of words ending at its last office word, never
            // past a pronoun, an article or a verb ("… Accounts They Controlled
            // Brooklyn District Attorney X": "Brooklyn District Attorney").
            let mut from = j;
            while from > k {
                let t = tokens[from - 1].1;
                let verb = t.ends_with("ed")
                    && !office(t)
                    && !is_place_or_org(t)
                    && !ORG_PARTICIPLES.contains(&t);
                let clause = matches!(
                    t,
                    "He" | "She"
                        | "They"
                        | "We"
                        | "It"
                        | "I"
                        | "You"
                        | "The"
                        | "A"
                        | "An"
                        | "And"
                        | "Or"
                        | "But"
                        | "Who"
                        | "That"
                        | "This"
                        | "These"
                        | "Those"
                        | "Their"
                        | "His"
                        | "Her"
                        | "Its"
                        | "Our"
                        | "With"
                        | "From"
                        | "To"
                );
                // "His Honour Judge Simon Ward": a judge's style, not a clause.
                let style =
                    matches!(t, "His" | "Her") && matches!(tokens[from].1, "Honour" | "Honor");
                if (clause && !style) || verb {
                    office_cut = true;
                    break;
                }
                from -= 1;
            }
            for &(_, t) in &tokens[from..=j] {
                if HONORIFICS.contains(t) {
                    honorific = true;
                } else {
                    lead_title.push(t);
                }
            }
            k = j + 1;
        }
    }
    // "AFP Commander Western Command Kate Ferry": a unit's name after a rank, before
    // a name of two words or more, belongs to the office.
    if !lead_title.is_empty() {
        if let Some(u) = (k..tokens.len())
            .rev()
            .find(|&j| UNIT_NOUNS.contains(&tokens[j].1))
        {
            let name = &tokens[u + 1..];
            if name.len() >= 2
                && name
                    .iter()
                    .all(|&(_, t)| !is_place_or_org(t) && !TITLE_WORDS.contains(t))
            {
                lead_title.extend(tokens[k..=u].iter().map(|&(_, t)| t));
                k = u + 1;
            }
        }
    }
    // "NCA Director of Threat Leadership Rob Jones": after an office and "of", the
    // words before the last two are the office's remit, the last two the name.
    // Only when the remit's last word is a remit's noun ("Leadership", "Affairs"),
    // not a given name ("Chief of Staff Susan Kang Schroeder" keeps its three).
    if k == 0 && !honorific && tokens.len() >= 3 && office_of_before(before) {
        let cut = tokens.len() - 2;
        if remit_noun(tokens[cut - 1].1) {
            lead_title.extend(tokens[..cut].iter().map(|&(_, t)| t));
            k = cut;
        }
    }
    // ("Minister of Finance Ana Ruiz": the place or body is the office's remit)
    if lead_title
        .iter()
        .all(|t| is_place_or_org(t) && !TITLE_WORDS.contains(t) && !is_role_word(t))
        && !(k > 0 && office_right_before(before))
    {
        // A place alone before a name is not an office ("Brooklyn Jose Sosa").
        lead_title.clear();
    }
    // "Of" inside an office ("Inspector-General of Police"): keep walking.
    let rest = &tokens[k.min(tokens.len())..];
    let (off, _) = *rest.first()?;
    let name_str = raw[off..].trim();
    let name_span = Span::new(span.start + off, span.end);
    // (the words of `name_str` are the tokens from `k` on: it opens at token `k`)
    let words: Vec<&str> = rest.iter().map(|&(_, t)| t).collect();
    debug_assert!(words.iter().copied().eq(name_str.split_whitespace()));
    let content = words.iter().filter(|w| !is_particle(w)).count();
    if content == 0 || content > 5 {
        return None;
    }
    // After an office, an honorific or a role word, the name wins over a place or
    // a month: "Police Colonel Renato Baguio", "manager Tim Houston", "Judge Karen
    // Denver" (a surname that is a city), "Police Major Jun Reyes" (a given name
    // that is a month).
    let titled_early = !lead_title.is_empty() || honorific || kin_lead || {
        let b = before.split_whitespace().next_back().unwrap_or("");
        let b = b.strip_suffix('.').unwrap_or(b);
        TITLE_WORDS.contains(b) || HONORIFICS.contains(b) || is_role_word(b)
    };
    let given_before = |i: usize| {
        i > 0
            && words[..i]
                .iter()
                .all(|w| !is_place_or_org(w) && !is_particle(w))
    };
    // (not after a place or a body: "the State Baja California"; an office word
    // that also names a body's part is an office: "Police Officer Richard Houston")
    let office_right_before = lead_title.last().map_or_else(
        || before.split_whitespace().next_back().unwrap_or(""),
        |t| *t,
    );
    let office_holder = |w: &str| {
        !is_place_or_org(w)
            || crate::extract::lexicon::with_ascii_lower(w, |l| OFFICE_NOUNS.contains(&l))
    };
    let place_surname = |i: usize| {
        (titled_early && office_holder(office_right_before) || speaks_or_aged(after))
            && i + 1 == words.len()
            && given_before(i)
    };
    let month_given = |i: usize, w: &str| {
        titled_early
            && i == 0
            && matches!(w, "Jun" | "May" | "April" | "June" | "Jan" | "August")
            && words.get(1).is_some_and(|n| !is_place_or_org(n))
    };
    // A country's name may open a name as a given name ("Chad Smith", "Jordan
    // Edwards"), never close it or stand in its middle.
    // …nor close it, unless an age or a verb of speech follows, as with a town
    // ("Joel Israel, 35,", "Harvey French, 54,", "Matthew August, 47,").
    let month_surname = |i: usize, w: &str| {
        w.len() > 3
            && crate::extract::lexicon::months::month_number(w).is_some()
            && place_surname(i)
    };
    if words.iter().enumerate().any(|(i, w)| {
        NOT_NAME.contains(w)
            && !surname_islam(&words, i)
            && !month_given(i, w)
            && !month_surname(i, w)
            || countries::canonical(w).is_some()
                && !(i == 0 && content >= 2 && countries::is_given_name_like(w))
                && !(i > 0 && place_surname(i))
            || countries::place_of(w).is_some() && !place_surname(i)
    }) {
        return None;
    }
    // (nor a place whose first word reads as an honorific: "Sri Lankans")
    if countries::canonical(name_str).is_some()
        || countries::place_of(name_str).is_some()
        || countries::canonical(raw).is_some()
    {
        return None;
    }
    // "Federal Jury Convicts Four …": a number word is never part of a name.
    // (a word of letters only has no space or digit: `parse_int` reads it as words,
    // which it lower-cases itself)
    // ("A K Singh": initials, which only an office before them lets open a run)
    let initial_a = words.first() == Some(&"A")
        && words
            .get(1)
            .is_some_and(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()));
    if words.iter().enumerate().any(|(i, w)| {
        !(i == 0 && initial_a)
            && w.chars().all(char::is_alphabetic)
            && crate::extract::lexicon::numbers::parse_words(w).is_some()
    }) {
        return None;
    }
    const INNER_STOP: &[&str] = &["He", "She", "It", "They", "We", "The", "A", "In", "On"];
    if words.iter().skip(1).any(|w| INNER_STOP.contains(w))
        || !initial_a
            && matches!(
                words.first(),
                Some(&"The" | &"A" | &"His" | &"Her" | &"Their" | &"Its" | &"Our" | &"My" | &"Your")
            )
        // A name never opens with a preposition ("About Probation:", "For Victims").
        || words.first().is_some_and(|w| {
            matches!(
                *w,
                "About" | "For" | "From" | "With" | "Under" | "After" | "Before" | "During" | "Against" | "By"
                    | "To" | "At" | "Of" | "In" | "On" | "Into" | "Over" | "Without" | "Regarding"
            )
        })
    {
        return None;
    }
    // "New York-listed", "Texas-based": an adjective made from a place.
    const PLACE_ADJ: &[&str] = &[
        "listed",
        "based",
        "born",
        "registered",
        "owned",
        "led",
        "backed",
        "made",
        "linked",
    ];
    if words
        .iter()
        .any(|w| w.rsplit('-').next().is_some_and(|p| PLACE_ADJ.contains(&p)))
    {
        return None;
    }
    if words
        .iter()
        .all(|w| w.ends_with('.') && w.chars().count() <= 2)
    {
        return None;
    }
    if words
        .last()
        .is_some_and(|w| w.ends_with('.') && w.chars().count() <= 2)
    {
        return None;
    }
    // "Medical Examiner Dr", "County Refugee Coordinator", "Legal Support Assistants":
    // an office or a staff group, not a name.
    if words.last().is_some_and(|w| {
        // ("Tan" closing a name is the surname: "John Tan")
        HONORIFICS.contains(w) && *w != "Tan"
            || TITLE_WORDS.contains(w)
            || TITLE_WORDS.contains(w.strip_suffix('s').unwrap_or(""))
            || is_role_word(w)
    }) {
        return None;
    }
    let prev_words: Vec<&str> = before.split_whitespace().rev().take(8).collect();
    let prev1 = prev_words.first().copied().unwrap_or("");
    // "Bangkok's Huai Khwang district": a place's name before the kind of place.
    let next_word = after.split_whitespace().next().unwrap_or("");
    if matches!(
        next_word.trim_end_matches([',', '.', ';']),
        "district"
            | "province"
            | "subdistrict"
            | "village"
            | "township"
            | "prefecture"
            | "county"
            | "municipality"
            | "region"
            | "state"
    ) {
        return None;
    }
    // "Gurpreet Singh alias Gopi": the alias is the named person's, not another's.
    if content == 1 && matches!(prev1, "alias" | "aka" | "a.k.a." | "urf") {
        return None;
    }
    // "Col." / "Supt." / "Gen.": an abbreviated office keeps its full stop.
    let prev1_bare = prev1.strip_suffix('.').unwrap_or(prev1);
    // "a man named X" names a person; "the network, named Black Axe" and "the
    // operation, named Operation Thunder" name things.
    // "a crime syndicate named Sam Gor": a body's noun right before "named".
    let thing_named = prev1 == "named"
        && prev_words
            .get(1)
            .is_some_and(|w| match w.strip_suffix(',') {
                Some(w) => {
                    !(is_role_word(w) || crate::extract::lexicon::with_ascii_lower(w, person_noun))
                }
                None => group_noun(w),
            });
    let appositive_office = if prev1.ends_with(',') {
        office_appositive(before)
    } else {
        None
    };
    // "The agency's Director-General, Binta Adamu Bello, disclosed this": an office
    // set off by commas before the name is its holder's, whatever verb follows.
    let comma_office = prev1.strip_suffix(',').is_some_and(|w| {
        after.starts_with(',')
            && crate::extract::lexicon::with_ascii_lower(w, |l| OFFICE_NOUNS.contains(&l))
    });
    let role_before = (is_role_word(prev1.trim_end_matches(',')) && !thing_named)
        // "according to DCP (IFSO) Hemant Tiwari": a rank with its remit
        || remit_group(before).is_some()
        || comma_office
        || TITLE_WORDS.contains(prev1)
        || TITLE_WORDS.contains(prev1_bare)
        || HONORIFICS.contains(prev1)
        || possessive_body(prev1)
        || person_noun_apposition(prev1, after)
        || appositive_office.is_some()
        || portfolio_office(before).is_some();
    // "Ana Ruiz, 47, Costa Mesa, pleaded guilty": the run after a name's age is
    // where the person lives — unless it has an age of its own (a list of people).
    if lead_title.is_empty()
        && !honorific
        && HOMETOWN_SLOT.is_match(before)
        && !AGED.is_match(after)
        && !AGE_BRACKET.is_match(after)
    {
        return None;
    }
    let titled = !lead_title.is_empty() || honorific || role_before || kin_lead;
    // The cues below are asked lazily, cheapest first: most capitalised runs are
    // settled by the first that holds (or by the one-word rules), and each regex
    // call costs more than the string checks around it.
    let aged = || AGED.is_match(after);
    let roster = || ROSTER.is_match(after);
    let listed = prev;
    if content == 1 {
        // One-word names need a strong cue and a word that is not a common one.
        let w = words[0];
        if w.len() < 4 || SENTENCE_OPENERS.contains(w) || w.chars().all(char::is_uppercase) {
            return None;
        }
        let aged = aged();
        // "Judge Holt told him", "Mr Justice Pepperall jailed him": an office that
        // names people by their surname, right before it ("Justice" only after an
        // honorific: "Department of Justice Report" is none), the name ending its
        // clause or followed by lower-case words ("Judge Orders Cases …" is a
        // headline, and so is "Judge Orders a …"; "Justice Vincent Del …" a given
        // name; "Detective Squads of …" a unit).
        let next = after.split_whitespace().next().unwrap_or("");
        let addressed = lead_title
            .last()
            .is_some_and(|&t| SURNAME_OFFICES.contains(t) && (t != "Justice" || honorific))
            && next
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || c.is_lowercase())
            && !matches!(next, "of" | "a" | "an" | "the");
        if at_start && !aged && !addressed {
            return None;
        }
        let aged = aged && after.trim_start().starts_with([',', '(']);
        // "the driver Wulandari, who …": a lower-case role word and a relative clause.
        let lower_role = prev1.chars().next().is_some_and(char::is_lowercase);
        if !(honorific
            || addressed
            || role_before && aged
            || aged && !at_start
            || role_before && lower_role && after.starts_with(", who ")
            || !thing_named && naming_phrase(before))
        {
            return None;
        }
    } else if initials_led(&words) {
        // "KK Singh", "JB Pritzker": a name opened by initials without stops needs a
        // cue of its own — an office, an age, speech — since firms are named so too
        // ("EZ Lube has admitted", "against DV Biologics, DaVinci …").
        let cued = titled
            || aged()
            || AGE_BRACKET.is_match(after)
            || YEAR_OLD.is_match(before)
            || aged_lead
            || says_after(after)
            || office_after(after);
        if !cued {
            return None;
        }
    } else {
        let cued = titled
            || listed
            || aged()
            || AGE_BRACKET.is_match(after)
            || ALIAS.is_match(after)
            || appositive(after)
            || roster()
            || SPEAKS_AFTER.is_match(after)
            || PAIRED_AFTER.is_match(after)
            || (!thing_named
                && !firm_after(after)
                && (CUE_BEFORE.is_match(before)
                    || before.trim_end().ends_with(" as") && IDENTIFIED_AS.is_match(before)))
            || YEAR_OLD.is_match(before)
            || aged_lead
            // "unarmed black man George Floyd": a noun for one person, then the name
            // (not "juvenile", "minor": adjectives too)
            || matches!(prev1, "man" | "woman" | "boy" | "girl" | "teen" | "teenager" | "child" | "toddler" | "baby")
            || at_start && before.is_empty() && colon_entry(after, words.last().copied())
            || office_after(after);
        if !cued {
            return None;
        }
    }
    // An office cut at a clause boundary takes nothing more from before the name.
    let title = title_before(if office_cut { "" } else { before }, &lead_title)
        .or_else(|| portfolio_office(before))
        .or_else(|| appositive_office.flatten())
        .or_else(|| title_after(after))
        .or_else(|| comma_office.then(|| comma_title(before)).flatten())
        // ("a man named X": "named" cues the name but is no office)
        .filter(|t| t != "named");
    Some(Found {
        span: name_span,
        name: name_str.to_string(),
        title,
        single: content == 1,
    })
}

/// A unit of a force named after a rank ("Commander Western Command", "Chief
/// Inspector Northern Region").
const UNIT_NOUNS: &[&str] = &[
    "Command",
    "Region",
    "Division",
    "Zone",
    "Sector",
    "Battalion",
    "Brigade",
    "Regiment",
    "Unit",
    "Branch",
    "Squad",
];

/// Words that modify an office in an appositive ("former", "acting", "deputy").
const OFFICE_MODIFIERS: &[&str] = &[
    "former",
    "additional",
    "acting",
    "then",
    "interim",
    "retired",
    "founding",
    "new",
    "senior",
    "junior",
    "assistant",
    "associate",
    "lead",
    "special",
    "longtime",
    "current",
    "outgoing",
    "incoming",
    "chief",
    "executive",
    "deputy",
    "regional",
    "national",
    "state",
    "district",
    "county",
];

/// Office words that make an appositive after a name its title (any case).
const OFFICE_NOUNS: &[&str] = &[
    "director",
    "adviser",
    "advisor",
    "commandant",
    "director-general",
    "head",
    "chief",
    "commander",
    "commissioner",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "minister",
    "secretary",
    "undersecretary",
    "under-secretary",
    "comptroller",
    "comptroller-general",
    "superintendent",
    "inspector",
    "inspector-general",
    "officer",
    "prosecutor",
    "attorney",
    "judge",
    "justice",
    "magistrate",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "co-founder",
    "executive",
    "deputy",
    "agent",
    "detective",
    "sergeant",
    "captain",
    "lieutenant",
    "sheriff",
    "governor",
    "mayor",
    "senator",
    "ambassador",
    "coordinator",
    "manager",
    "supervisor",
    "investigator",
    "lawyer",
    "counsel",
    "advocate",
    "solicitor",
    "constable",
    "general",
    "colonel",
    "major",
];

/// The office in an appositive after a name: "X, the deputy director of the
/// Narcotics Control Bureau, said" → "deputy director of the Narcotics Control
/// Bureau"; "X, Hong Kong’s new police commissioner, said". Not an age, a hometown
/// or a relation ("X, 47, of …", "X, the victim's mother").
/// An office set off by commas after a name ("Erik Siebert, U.S. Attorney for the
/// Eastern District of Virginia, and …"): its holder is a person whatever follows.
/// The office's head word (before its first "of", "for" …, else its last word) is an
/// office word, and the phrase is no name: it opens with an office word or an
/// abbreviation, or holds a word in lower case ("Association of … Deputy Sheriffs",
/// "Justice Department" and "Mike Major" are none).
fn office_after(after: &str) -> bool {
    let Some(title) = title_after(after) else {
        return false;
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    let head = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "in" | "at" | "with" | "to" | "on"))
        .map_or(words.last(), |i| {
            i.checked_sub(1).and_then(|i| words.get(i))
        });
    let first = words.first().copied().unwrap_or("");
    head.is_some_and(|h| TITLE_WORDS.contains(h))
        && (TITLE_WORDS.contains(first)
            || first.len() >= 4 && first.ends_with('.') && first.matches('.').count() >= 2
            || words.iter().any(|w| w.starts_with(char::is_lowercase)))
}

fn title_after(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    // The appositive ends at punctuation; a full stop ends it unless it closes an
    // initial or an abbreviation ("the U.S. Attorney").
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        if matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '\n' | '—' | '–'
        ) {
            end = i;
            break;
        }
        if c == '.' {
            let token = rest[..i].rsplit(' ').next().unwrap_or("");
            if !(token.len() <= 2 || token.contains('.')) {
                end = i;
                break;
            }
        }
    }
    let mut phrase = rest[..end].trim();
    for stop in [
        " who ",
        " said",
        " says",
        " told",
        " added",
        " announced",
        " announces",
        " stated",
        " was ",
        " is ",
        " has ",
        " had ",
    ] {
        if let Some(i) = phrase.find(stop) {
            phrase = &phrase[..i];
        }
    }
    for article in ["the ", "The ", "a ", "an "] {
        if let Some(p) = phrase.strip_prefix(article) {
            phrase = p;
        }
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    };
    let office = words
        .iter()
        .any(|w| OFFICE_NOUNS.contains(&bare(w).as_str()));
    // A noun phrase of an office: it opens with a capital ("Head of …", "Hong Kong’s
    // new …"), an office word or a modifier of one — not "once in the back of the
    // head", "identifying himself as an attorney".
    let first = words.first().map(|w| bare(w)).unwrap_or_default();
    // A headline's verb ("Causing Fall and Head Injury", "Acted as an Attorney").
    if first.ends_with("ing")
        || first.ends_with("ed") && !OFFICE_MODIFIERS.contains(&first.as_str())
    {
        return None;
    }
    let starts_well = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        || OFFICE_NOUNS.contains(&first.as_str())
        || OFFICE_MODIFIERS.contains(&first.as_str());
    // "X, Sergeant Ana Ruiz, and …": the next person of a list, office and name.
    let ends_in_name = words.len() >= 3
        && words[words.len() - 2..].iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && !is_place_or_org(w)
                && !TITLE_WORDS.contains(w)
                && !OFFICE_NOUNS.contains(&bare(w).as_str())
        })
        && words[..words.len() - 2]
            .iter()
            .any(|w| TITLE_WORDS.contains(w) || OFFICE_NOUNS.contains(&bare(w).as_str()));
    (office && starts_well && !ends_in_name && (1..=12).contains(&words.len()))
        .then(|| phrase.to_string())
}

/// Whether `after` a run goes on as a firm's name: "Arch Builders & Developers,
/// Inc." (the defendants a cue before it names may be firms).
fn firm_after(after: &str) -> bool {
    let rest = after.trim_start_matches([',', ' ']);
    after.starts_with(" & ")
        || ["Inc", "LLC", "L.L.C.", "Ltd", "Corp", "Co."]
            .iter()
            .any(|f| {
                rest.strip_prefix(f)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            })
}

/// ", executive director of …", ", the Head of …", ", a lecturer from …" after a name.
fn appositive(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    // (up to the end of the clause: "…, the victim's neighbour." ends in its role)
    let mut ended = false;
    rest.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(5)
        .take_while(|w| {
            let go = !ended;
            ended = w.ends_with(['.', ';']);
            go
        })
        .any(|w| is_role_word(w.trim_end_matches(['.', ';'])))
}

/// An office of something, then a comma, before a name: "the head of the
/// Anti-Fraud Unit, Maria Lopez", "Eurojust's national member for Italy, Filippo
/// Spiezia" — the name is the office holder's.
static OFFICE_APPOSITIVE: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r#"(?x)
        (?: \b(?P<a>[Aa]n?) | \b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) | \p{Lu}[\p{L}-]*['’]s ) \s+
        (?P<office>
          # ("the Deputy Commissioner of …": a modifier may be capitalised)
          (?P<mods> (?: [A-Za-z][a-z-]*\s+ ){0,2} )
          (?i: head|chief|director|chair(?:man|woman|person)?|commissioner|commander|
              spokes(?:man|woman|person)|president|secretary|coordinator|leader|minister|
              member|prosecutor|superintendent|inspector|governor|deputy|representative|
              ambassador|attorney|mayor|commandant|comptroller|adviser|advisor|controller )
          # ("the Commandant General of the NSCDC, X", "the Director-General of …")
          (?: [\ -] (?i:general) )?
          \s+ (?:of|for|at) \s+ (?P<remit>[^,;"“”\n]+) ) , \s* $"#,
    )
    .expect("office appositive regex")
});

/// [`OFFICE_APPOSITIVE`] before a name: `None` when there is none, else the office as
/// the name's title when its remit is a proper name and only modifiers stand before
/// it ("a former governor of Kogi State, Ana Ruiz" → "former governor of Kogi State";
/// "the head of his unit, X" gives no title). After "a"/"an" the remit must be a
/// proper name ("a member of the street gang, Park Row Posse" names a gang).
fn office_appositive(before: &str) -> Option<Option<String>> {
    let tail = crate::extract::lexicon::chars::tail(before, 160);
    if !OFFICE_APPOSITIVE.is_match(tail) {
        return None;
    }
    let caps = OFFICE_APPOSITIVE.regex().captures(tail)?;
    let remit = caps.name("remit").map_or("", |m| m.as_str());
    // ("a deputy commissioner of Delhi police, X": a place's police is a proper remit)
    let proper = remit.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(w, "the" | "of" | "and" | "for" | "&" | "police")
    });
    if caps.name("a").is_some() && !proper {
        return None;
    }
    let plain = caps
        .name("mods")
        .map_or("", |m| m.as_str())
        .split_whitespace()
        .all(|w| crate::extract::lexicon::with_ascii_lower(w, |l| OFFICE_MODIFIERS.contains(&l)));
    let title = (proper && plain)
        .then(|| caps.name("office").map(|m| m.as_str().trim().to_string()))
        .flatten();
    Some(title)
}

/// An office with its portfolio in lower case right before a name: "minister for
/// housing X", "director of operations X", "head of foreign affairs X" → the office.
/// (A capitalised remit is read by [`title_before`]: "Minister of Finance X".)
fn portfolio_office(before: &str) -> Option<String> {
    const OFFICES: &[&str] = &[
        "minister",
        "secretary",
        "director",
        "commissioner",
        "chief",
        "head",
        "officer",
        "official",
        "superintendent",
        "inspector",
        "chairman",
        "chairperson",
    ];
    let mut words = before.split_whitespace().rev();
    let mut remit = vec![words.next()?];
    let mut prep = words.next()?;
    if !matches!(prep, "of" | "for") {
        remit.push(prep);
        prep = words.next()?;
    }
    let office = words.next()?;
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    let ok = matches!(prep, "of" | "for")
        && OFFICES.contains(&office)
        && remit.iter().all(|w| {
            lower(w)
                && !matches!(
                    *w,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "and"
                )
        });
    ok.then(|| {
        let start = office.as_ptr() as usize - before.as_ptr() as usize;
        before[start..].trim_end().to_string()
    })
}

/// "Nurul Islam", "Rafiqul Islam": "Islam" as a surname, closing a name after a given
/// name (the religion or a party's word elsewhere: "Parti Islam SeMalaysia").
fn surname_islam(words: &[&str], i: usize) -> bool {
    i > 0 && i + 1 == words.len() && words[i] == "Islam" && !is_place_or_org(words[i - 1])
}

/// "One of the injured cashiers, Marta Delgado, testified": a lower-case noun for
/// people, a comma, the name, a comma.
fn person_noun_apposition(prev: &str, after: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ee", "ees", "ian",
        "ians",
    ];
    const NOT_PEOPLE: &[&str] = &[
        "center",
        "corner",
        "river",
        "border",
        "tower",
        "quarter",
        "water",
        "theater",
        "shelter",
        "order",
        "number",
        "letter",
        "chapter",
        "sector",
        "corridor",
        "floor",
        "interior",
        "district",
        "apartment",
        "department",
        "restaurant",
        "event",
        "incident",
        "statement",
        "agreement",
        "settlement",
        "indictment",
        "area",
        "later",
        "earlier",
        "however",
        "together",
    ];
    let Some(noun) = prev.strip_suffix(',') else {
        return false;
    };
    noun.chars().all(|c| c.is_ascii_lowercase())
        && (SUFFIXES.iter().any(|s| noun.ends_with(s)) || person_noun(noun))
        && !NOT_PEOPLE.contains(&noun)
        && (after.starts_with(',') || second_name_closes(after))
}

/// " and Mark Tan, were …": the apposition names two people, the second closed by a
/// comma ("two fraudsters, Daniel Reyes and Mark Tan, were held").
fn second_name_closes(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" and ") else {
        return false;
    };
    let mut words = 0;
    for w in rest.split(' ').take(5) {
        let bare = w.strip_suffix(',');
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        words += 1;
        if bare.is_some() {
            return words >= 2;
        }
    }
    false
}

/// A body or an office owning the name after it: "the Civic Party’s X", "Deputy
/// Chief’s X" (not a shop: "Dick’s Sporting Goods").
fn possessive_body(w: &str) -> bool {
    let bare = w
        .strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or("");
    !bare.is_empty() && (is_place_or_org(bare) || TITLE_WORDS.contains(bare))
}

/// "Ana Ruiz: 34, of Elm Street" (a roster entry) or "Ana Ruiz:" heading a paragraph
/// about Ruiz; not "About Bail:" closing a heading line.
fn colon_entry(after: &str, surname: Option<&str>) -> bool {
    after
        .trim_start_matches([' ', '\t'])
        .strip_prefix(':')
        .is_some_and(|rest| {
            let line = rest.split('\n').next().unwrap_or("");
            // "Ana Ruiz:" heading a paragraph that goes on about "Ruiz".
            let named_below = surname.is_some_and(|s| {
                rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| w == s)
            });
            !line.trim().is_empty() || named_below
        })
}

/// A nickname: a capitalised run alone inside parentheses or quotation marks right
/// after a name ("Ana Ruiz (Smiley), 31", "Leo “Big Lou” Marsh").
fn nickname(body: &str, at: Span) -> bool {
    let open = body[..at.start].chars().next_back();
    let close = body[at.end..].chars().next();
    matches!(open, Some('(' | '"' | '“' | '‘' | '\''))
        && matches!(close, Some(')' | '"' | '”' | '’' | '\''))
}

/// A stand-alone line in Title Case without sentence punctuation or figures: a link
/// to another story or a menu entry ("Meet Our Victim Advocate Dana Lee"), whose
/// names are page furniture.
fn link_line(line: &str) -> bool {
    let t = line.trim();
    if ["Link to", "Read more", "Read More", "See also", "Related"]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return true;
    }
    if t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”'])
        || t.contains(|c: char| c.is_ascii_digit() || c == ',' || c == '(')
    {
        return false;
    }
    let (words, caps) = capitalised(t);
    // A line that is only a name ("Ana María Ruiz Soto") is a roster entry.
    let office = words
        .iter()
        .any(|w| TITLE_WORDS.contains(w) || is_place_or_org(w));
    // "… Attorney Jo Cruz leads the": a sentence broken over lines, not a link.
    let last_cap = words
        .last()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    last_cap
        && (words.len() >= 4 && caps * 10 >= words.len() * 8 && office
            || words.len() >= 6 && caps * 10 >= words.len() * 8)
}

/// A title or heading in Title Case ("County Prosecutor Secures Life Sentence"):
/// its capitalised runs are not names.
fn headline_case(ctx: &Context<'_>, at: usize, line: &str) -> bool {
    use crate::segment::BlockKind;
    let blocks = &ctx.segments.blocks;
    let kind = blocks
        .partition_point(|b| b.span.start <= at)
        .checked_sub(1)
        .map(|i| &blocks[i])
        .filter(|b| at < b.span.end)
        .map(|b| b.kind);
    if !matches!(kind, Some(BlockKind::Title | BlockKind::Heading)) {
        return false;
    }
    // "Ana Ruiz, 34, of Eastvale": a roster line with an age, not a headline.
    if AGE_IN_LINE.is_match(line) {
        return false;
    }
    let (words, caps) = capitalised(line);
    words.len() >= 4 && caps * 10 >= words.len() * 7
}

/// The words of `line` that hold a letter, and how many of them start with a capital.
fn capitalised(line: &str) -> (Vec<&str>, usize) {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (words, caps)
}

fn is_place_or_org(w: &str) -> bool {
    NOT_NAME.contains(w) || countries::canonical(w).is_some() || countries::place_of(w).is_some()
}

/// A singular word of an office or of a body's name ("Director", "Health", "County");
/// plural offices ("Attorneys") and names are not.
fn office_word(w: &str) -> bool {
    (TITLE_WORDS.contains(w) || is_place_or_org(w)) && !w.ends_with("neys") && !w.ends_with("ers")
}

fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "binti"
            | "bte"
            // Malaysian and Singaporean Indian names: "S. Ravichandran a/l
            // Subramaniam" (son of), "Kavitha a/p Muniandy", "s/o", "d/o"
            | "a/l"
            | "a/p"
            | "s/o"
            | "d/o"
            | "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "la"
            | "del"
            | "dela"
            | "delos"
            | "della"
            | "los"
            | "las"
            | "da"
            | "das"
            | "du"
            | "dos"
            | "di"
            | "le"
            | "al"
    )
}

/// Whether `before` ends with an office and "of" ("Director of ", "Head of the "):
/// a name after it comes after the office's remit.
fn office_of_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut w = words.next();
    if w == Some("the") {
        w = words.next();
    }
    w == Some("of")
        && words
            .next()
            .is_some_and(|t| TITLE_WORDS.contains(t) && t.starts_with(char::is_uppercase))
}

/// Whether `before` ends with a capitalised office and "of" or "for" ("Minister of ",
/// "Secretary for "): the capitalised words after it are the office's remit.
fn office_right_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    matches!(words.next(), Some("of" | "for"))
        && words.next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && crate::extract::lexicon::with_ascii_lower(w, |l| OFFICE_NOUNS.contains(&l))
        })
}

/// A noun that names an office's remit by its ending — "Leadership", "Affairs",
/// "Prosecutions", "Services", "Initiatives" — as no given name ends.
fn remit_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ship", "ment", "ments", "ance", "ence", "ity", "ities", "tion", "tions", "sion", "sions",
        "ics", "ices", "ives", "airs",
    ];
    // (given names with those endings: "Chief of Staff Lawrence Kim Lee")
    const GIVEN: &[&str] = &[
        "Clarence",
        "Florence",
        "Lawrence",
        "Laurence",
        "Terrence",
        "Terence",
        "Constance",
        "Prudence",
        "Patience",
    ];
    w.starts_with(char::is_uppercase)
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !GIVEN.contains(&w)
}

/// A bracketed word of two to fifteen letters: "(IFSO)", "(Crime)".
/// The bracketed remit `before` ends with, after an office word: its start and the
/// group ("(Cyber Crime)" in "according to SP (Cyber Crime) "): up to four
/// capitalised words or letters, the office word right before the bracket.
fn remit_group(before: &str) -> Option<(usize, &str)> {
    let t = before.trim_end();
    let inner_end = t.strip_suffix(')')?.len();
    let open = t[..inner_end].rfind('(')?;
    let inner = &t[open + 1..inner_end];
    let words = inner.split_whitespace().count();
    let capitalised = inner.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase()) || matches!(w, "&" | "and" | "of")
    });
    let office = t[..open]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| TITLE_WORDS.contains(w));
    ((1..=4).contains(&words) && capitalised && office && t[..open].ends_with(' '))
        .then_some((open, &t[open..]))
}

fn bracketed_remit(w: &str) -> bool {
    w.strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|r| {
            (2..=15).contains(&r.len())
                && r.starts_with(|c: char| c.is_ascii_uppercase())
                && r.chars()
                    .all(|c| c.is_ascii_alphabetic() || matches!(c, '&' | '-' | '.'))
        })
}

/// Two to six capitals, an agency's or a state's letters ("DILG", "WA", "NSW").
fn agency_letters(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The office written before a name: "Johor police chief", "Deputy Inspector-General
/// of Police" (honorifics dropped).
fn title_before(before: &str, lead: &[&str]) -> Option<String> {
    // "SP (Cyber Crime) Anjali Sharma", "ACP (Crime Branch) X": a remit of words in
    // brackets after a rank is the office's.
    if let Some((open, group)) = remit_group(before) {
        if group.contains(' ') {
            return title_before(&before[..open], lead).map(|t| format!("{t} {group}"));
        }
    }
    let mut words: Vec<&str> = Vec::new();
    for (i, w) in before.split_whitespace().rev().enumerate() {
        // "Deputy Commissioner of Police (IFSO) X", "Orange County District Attorney
        // (OCDA) X": the office's bracketed remit or abbreviation, only after an office
        // word or an agency's head ("Anthony (Tony) X" is a nickname).
        if i == 0
            && bracketed_remit(w)
            && before.split_whitespace().rev().nth(1).is_some_and(|p| {
                TITLE_WORDS.contains(p)
                    || matches!(
                        p,
                        "Department"
                            | "Office"
                            | "Force"
                            | "Bureau"
                            | "Agency"
                            | "Unit"
                            | "Branch"
                            | "Division"
                            | "Command"
                            | "Squad"
                            | "Service"
                    )
            })
        {
            words.push(w);
            continue;
        }
        // "Regional Commander WA Rod Baker": a state's letters after an office
        // belong to it; so do an agency's letters before an office that opens the
        // name's run ("DILG Undersecretary Raul Vasquez", "AFP Commander …").
        if i == 0
            && agency_letters(w)
            && (!lead.is_empty()
                || before
                    .split_whitespace()
                    .rev()
                    .nth(1)
                    .is_some_and(|p| TITLE_WORDS.contains(p)))
        {
            words.push(w);
            continue;
        }
        let bare = w.trim_end_matches(',');
        if bare.len() != w.len() && !words.is_empty() {
            break;
        }
        // `"… in Oman," DCI spokesperson X`: a quotation's end closes the office.
        if bare.contains(['"', '“', '”', '(', ')', ':', ';']) {
            break;
        }
        // "Summer Lee and Health Director X": the word before "and" is a name, not
        // part of the office.
        if words.last() == Some(&"and") && !office_word(bare) {
            words.pop();
            break;
        }
        // "Said SDPD Chief Scott Wahl:": a verb of saying opening the sentence ends
        // the office.
        if saying_opener(bare) {
            break;
        }
        // "his nephew Gurpreet Singh", "Her husband Mark Cruz": a relative is no
        // office, nor is what the relative is of ("grandson of the firm's founder").
        if kin_word(bare) {
            words.clear();
            break;
        }
        let ok = TITLE_WORDS.contains(bare)
            || TITLE_WORDS.contains(bare.strip_suffix('.').unwrap_or(bare))
            || HONORIFICS.contains(bare)
            || is_role_word(bare)
            || matches!(bare, "of" | "police" | "for" | "and" | "in")
            || bare.chars().next().is_some_and(char::is_uppercase)
                && !SENTENCE_OPENERS.contains(bare)
                && !words.is_empty();
        if !ok || words.len() >= 8 {
            break;
        }
        if bare.len() != w.len() {
            break;
        }
        words.push(bare);
    }
    if words.len() == 1 && bracketed_remit(words[0]) {
        words.clear();
    }
    words.reverse();
    while words
        .first()
        .is_some_and(|w| matches!(*w, "of" | "for" | "and" | "in") || HONORIFICS.contains(w))
    {
        words.remove(0);
    }
    let mut all: Vec<&str> = words
        .into_iter()
        .filter(|w| !HONORIFICS.contains(w))
        .collect();
    // ("Lord"/"Lady" in the lead is a judge's style: see `judge`)
    all.extend(
        lead.iter()
            .copied()
            .filter(|w| !HONORIFICS.contains(w) || matches!(*w, "Lord" | "Lady")),
    );
    while all
        .last()
        .is_some_and(|w| matches!(*w, "of" | "for" | "and" | "in"))
    {
        all.pop();
    }
    // (the name's own run may open with the verb: "Said Police Chief Dana Morrow")
    if let Some(verb) = all.iter().rposition(|w| saying_opener(w)) {
        all.drain(..=verb);
    }
    (!all.is_empty()).then(|| all.join(" "))
}

/// Whether the text after a run of capitalised words makes it a person as surely as
/// a title before it: a verb of saying ("Tim Houston said") or an age between commas
/// ("Chad Paris, 29,"). Then a place closing the run is a surname.
fn speaks_or_aged(after: &str) -> bool {
    let said = after.trim_start_matches(' ');
    let said = SAYING_VERBS.iter().any(|v| {
        said.strip_prefix(v)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    });
    let aged = after.strip_prefix(", ").is_some_and(|a| {
        let digits = a.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && a[digits..].starts_with(',')
    });
    said || aged
}

/// Verbs of saying: after a name they make it a speaker ("Tim Houston said");
/// capitalised, opening a sentence before a speaker's office ("Said SDPD Chief Scott
/// Wahl: …"), they are never part of the office.
const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "adds",
    "stated",
    "explained",
    "noted",
    "warned",
];

/// A capitalised verb of saying ([`SAYING_VERBS`]) opening a sentence.
fn saying_opener(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && SAYING_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_ranks_are_offices() {
        for r in DOTTED_RANKS.iter() {
            assert!(TITLE_WORDS.contains(r), "{r} is no title word");
        }
    }

    fn candidates_by_regex(s: &str) -> Vec<(usize, usize)> {
        CANDIDATE
            .regex()
            .find_iter(s)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    #[test]
    fn candidates_are_the_candidate_regex() {
        for s in [
            "Det. Insp. J. Smith and Mary McDonald-O’Neil of the FBI met Jean van der Berg.",
            "J. Smith, J.  R. Ewing, iPhone, ÉMILE Zola, Émile zola, D’Arcy, O'Brien St. John",
            "U.S. Attorney Ana de la Cruz bin Ahmad; DE LA; Mc; Mac Donald; LeBlanc",
        ] {
            assert_eq!(
                candidates(s).collect::<Vec<_>>(),
                candidates_by_regex(s),
                "{s}"
            );
        }
    }

    proptest::proptest! {
        /// The people of a sentence read in its window (the character before, the
        /// sentence, `PEOPLE_AFTER` bytes after) are those read in the whole body.
        #[test]
        fn a_sentence_window_reads_the_people_the_body_does(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Ana", "Ruiz", "John", "Okafor", "Mr", "Chief", "Inspector", "District",
                    "Attorney", "County", "Harbour", "the", "of", "head", "unit", "said",
                    "who", "and", "47", "was", "arrested", "Police", "Department", "mayor",
                ]),
                0..60,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", " ", " ", ", ", ", ", ". ", "! ", "! ", "\n\n", " (", ") ", ": ", " “",
                    "” ",
                ]),
                0..60,
            ),
        ) {
            let body = crate::testing::joined(&words, &seps);
            let segments = crate::segment::segment(&body, None);
            for s in &segments.sentences {
                let (start, mut windowed) = remembered_people(&body, s.span);
                for f in &mut windowed {
                    f.span = f.span.shift(start);
                }
                let mut direct = Vec::new();
                sentence_people(&body, s.span, None, &mut direct);
                proptest::prop_assert_eq!(windowed, direct, "{:?} in {:?}", s.span, body);
            }
        }

        #[test]
        fn candidates_agree_with_the_regex_on_name_like_text(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "John", "J.", "J", "Mc", "McDonald", "Mac", "van", "der", "de", "la", "St.", "O’Neil",
                    "D'Arcy", "DE", "La", "le", "bin", "Smith", "said", "iPhone", "Émile", "élan",
                    "FBI", "U.S.", "Ana-María", "Ñ", "X’Y", "and", "Δ", "Σmith", "investigators",
                ]),
                0..10,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![" ", "  ", "", ", ", ".", "\n", " - ", "’"]),
                0..10,
            ),
        ) {
            let s = crate::testing::joined(&words, &seps);
            proptest::prop_assert_eq!(candidates(&s).collect::<Vec<_>>(), candidates_by_regex(&s));
        }
    }

    #[test]
    fn part_occurrences_overlap_and_agree_between_search_paths() {
        let body = "Anna LaLaLa met Ann; ANNA and Annabel";
        let few = occurrences(body, &["Ann", "LaLa"]);
        assert_eq!(few["Ann"], [0, 16, 30]);
        assert_eq!(few["LaLa"], [5, 7], "overlapping occurrences");
        let fillers: Vec<String> = (0..FEW_PARTS).map(|k| format!("Zq{k}")).collect();
        let mut many: Vec<&str> = fillers.iter().map(String::as_str).collect();
        many.extend(["Ann", "LaLa"]);
        for all in [
            occurrences_by_automaton(body, &many),
            occurrences_by_search(body, &many),
        ] {
            assert_eq!(all["Ann"], few["Ann"]);
            assert_eq!(all["LaLa"], few["LaLa"]);
            assert!(!all.contains_key("Zq0"));
        }
        // The automaton only for many parts over a long body (a search per part
        // would read the body once per part).
        let long = "x".repeat(SEARCH_BUDGET / FEW_PARTS);
        assert!(!by_automaton(body, &many));
        assert!(!by_automaton(&long, &many[..FEW_PARTS]));
        assert!(by_automaton(&long, &many));
    }

    fn judged(raw: &str, before: &str, after: &str) -> Option<Found> {
        judge(
            raw,
            Span::new(0, raw.len()),
            before,
            after,
            before.is_empty(),
            false,
        )
    }

    #[test]
    fn a_number_word_is_never_part_of_a_name() {
        // A headline run after an office: "Federal Jury Convicts Four …".
        assert!(judged("Federal Jury Convicts Four", "", " MS-13 Members said").is_none());
        assert!(judged("Chief Ana Ruiz", "", " said on Monday").is_some());
    }

    #[test]
    fn the_run_after_an_age_is_a_hometown() {
        assert!(judged("Costa Mesa", "Lena Marsh, 47, ", ", pleaded guilty").is_none());
        // A second person with an age of her own is a list, not a hometown.
        assert!(judged("Tessa Lindqvist", "Omar Reyes, 45, ", ", 32, and").is_some());
    }
}
