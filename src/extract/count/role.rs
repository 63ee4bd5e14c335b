//! What happened to counted people, read from the words around the count in its
//! clause: the verb or noun that governs it ("arrested 21 men", "the arrest of 435
//! individuals"), the predicate that follows it ("Seven men … were arrested"), or the
//! count's own noun ("Four of the arrests").

use crate::extract::fact::Role;

/// The role a single lower-case word signals, with the word after it for the few
/// cues that need it ("accused of", "in custody").
pub fn cue(word: &str, next: Option<&str>) -> Option<Role> {
    Some(match word {
        // "served 12 arrest warrants": a kind of warrant, not an arrest.
        "arrest" | "arrests" if next.is_some_and(|n| n.starts_with("warrant")) => return None,
        // (headlines in the present: "PNP nabs 5 suspects", "apprehends"; not
        // "captures", which cameras do)
        "arrest" | "arrests" | "arrested" | "arresting" | "nab" | "nabbed" | "nabbing" | "nabs"
        | "apprehended" | "apprehending" | "apprehends" | "busted" | "busting" | "caught"
        | "captured" | "arrestees" => Role::Arrested,
        // "16 others handed themselves in", "two more surrendered to police" (not
        // "surrendered their licences")
        "surrendered" | "surrendering"
            if next.is_none_or(|n| {
                matches!(
                    n,
                    "to" | "at"
                        | "themselves"
                        | "voluntarily"
                        | "on"
                        | "later"
                        | "yesterday"
                        | "today"
                        | "and"
                )
            }) =>
        {
            Role::Arrested
        }
        "handed" | "turned" | "gave" if next == Some("themselves") => Role::Arrested,
        // "the sweep netted 120 suspects" (Philippine and Nigerian police reports)
        "netted" | "nets" | "netting" => Role::Arrested,
        "detainees" => Role::Detained,
        // "19 men … were picked up", "rounded up 40 suspects"
        "picked" | "rounded" if next == Some("up") => Role::Arrested,
        "detain" | "detained" | "detaining" | "detains" | "detention" | "remanded" | "remand"
        | "custody" => Role::Detained,
        "held"
            if next
                .is_some_and(|n| matches!(n, "in" | "without" | "under" | "at" | "on" | "for")) =>
        {
            Role::Detained
        }
        // "Five held over scam", "12 were held.": the news's word for arrested (not
        // "held a meeting").
        "held" if next.is_none_or(|n| n == "over") => Role::Arrested,
        // "Three men, identified as Ali and Chong, were arrested": a name follows,
        // not an inquiry; "identified as victims" is read by the count rules.
        "identified" | "identifying" if next == Some("as") => return None,
        "investigated" | "investigating" | "investigation" | "investigations" | "questioned"
        | "questioning" | "identified" | "identifying" | "probed" | "probing" | "investigate"
        | "summoned" => Role::Investigated,
        // "interviewed under caution" (British police: as a suspect); witnesses are
        // interviewed too.
        "interviewed" if next == Some("under") => Role::Investigated,
        "assisting" | "assist" | "helping" | "help"
            if next.is_some_and(|n| n == "with" || n == "in" || n == "police") =>
        {
            Role::Investigated
        }
        "charged" | "charging" | "indicted" | "indictment" | "prosecuted" | "prosecuting"
        | "arraigned" | "arraigns" | "arraigning" | "arraignment" => Role::Charged,
        "charges" if next == Some("against") => Role::Charged,
        // "booked into the county jail" (US: processed into custody); "police booked
        // three men for cheating", "were booked under Section 420" (India: a case
        // registered against them); not "booked a flight", "rooms booked by", nor
        // "booked without detention" (Korean copy: under inquiry, not in custody; the
        // sentence does not say which role).
        "booked" if next.is_some_and(|n| n == "into" || n == "at") => Role::Detained,
        "booked"
            if next.is_none_or(|n| {
                !matches!(
                    n,
                    "a" | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "by"
                        | "rooms"
                        | "flights"
                        | "tickets"
                        | "in"
                        | "without"
                )
            }) =>
        {
            Role::Charged
        }
        "accused" if next == Some("of") => Role::Charged,
        "convicted" | "convicting" | "conviction" | "convictions" | "guilty" => Role::Convicted,
        "sentenced" | "sentencing" | "jailed" | "imprisoned" | "jails" => Role::Sentenced,
        // "acquitted 14 suspects and convicted 12 others": none of the roles, but a
        // verb of its own, so "convicted" further on does not reach back to them.
        "acquitted" | "acquits" | "acquitting" | "exonerated" => Role::Involved,
        // "14 suspects were deported", "Police deported 254 Chinese": sent away, which
        // is no arrest (nor the arrest a count's noun suggests).
        // (extradited people are wanted on charges: no role of their own here)
        "deported" | "deporting" | "deport" | "deports" | "repatriated" | "repatriating" => {
            Role::Involved
        }
        // "Two defendants received suspended sentences" (not "face sentences of")
        "sentences" if next.is_none() => Role::Sentenced,
        // "Three men were handed prison terms", "eight received sentences ranging
        // from …", "were given jail terms" (not "handed over", "given a chance")
        "handed" | "received" | "receive" | "given"
            if next.is_some_and(|n| {
                matches!(
                    n,
                    "prison" | "jail" | "custodial" | "suspended" | "sentences" | "terms"
                ) || (word == "handed" && n == "down")
            }) =>
        {
            Role::Sentenced
        }
        "rescued" | "rescuing" | "rescue" | "rescues" | "freed" | "frees" | "saved"
        | "liberated" | "safeguarded" | "safeguarding" => Role::Rescued,
        // "victim advocates", "victim services": staff, not victims.
        "victims" | "victim" if next.is_some_and(victim_service) => return None,
        "victims" | "victim" | "killed" | "dead" | "died" | "injured" | "wounded" | "defrauded"
        | "defrauding" | "cheated" | "duped" | "scammed" | "trafficked" | "abused"
        | "exploited" => Role::Victim,
        _ => return None,
    })
}

/// What people "identified as" it are under investigation: "suspects", "offenders".
pub fn suspect_word(w: &str) -> bool {
    matches!(w, "suspect" | "suspects" | "perpetrators" | "offenders")
}

/// A noun after "victim" that makes it a modifier of staff or services.
fn victim_service(next: &str) -> bool {
    matches!(
        next,
        "advocate"
            | "advocates"
            | "services"
            | "service"
            | "assistance"
            | "support"
            | "liaison"
            | "liaisons"
            | "coordinator"
            | "coordinators"
            | "compensation"
            | "impact"
            | "rights"
            | "witness"
            | "unit"
    )
}

/// A verb that makes its object a victim ("killing 18 women", "robbed five
/// tourists"); after the count only in the passive ("three men were shot").
pub fn victim_verb(word: &str) -> bool {
    matches!(
        word,
        "killing"
            | "killed"
            | "murdered"
            | "murdering"
            | "shot"
            | "shooting"
            | "stabbed"
            | "stabbing"
            | "assaulted"
            | "assaulting"
            | "attacked"
            | "attacking"
            | "robbed"
            | "robbing"
            | "raped"
            | "raping"
            | "kidnapped"
            | "kidnapping"
            | "abducted"
            | "abducting"
            | "molested"
            | "molesting"
            | "threatened"
            | "threatening"
            | "injuring"
            | "defrauded"
            | "defrauding"
            | "scamming"
            | "cheating"
            | "deceived"
            | "deceiving"
            | "swindled"
            | "swindling"
            | "conned"
            | "conning"
            | "fleeced"
            | "fleecing"
            | "tricked"
            | "tricking"
            | "lured"
            | "luring"
            | "prostituted"
            | "prostituting"
            | "exploiting"
            | "exploited"
            | "trafficking"
            | "trafficked"
            | "abusing"
            | "abused"
            | "sexually"
            | "strangled"
            | "strangling"
            | "beat"
            | "beating"
            | "tortured"
            | "torturing"
            | "extorted"
            | "extorting"
            | "blackmailed"
            | "blackmailing"
            | "groomed"
            | "grooming"
            | "harassed"
            | "harassing"
            | "smothered"
            | "smothering"
            | "choked"
            | "choking"
            | "poisoned"
            | "poisoning"
            | "drugged"
            | "endangered"
            | "endangering"
            | "neglected"
            | "neglecting"
            | "menaced"
            | "menacing"
            | "traumatized"
            | "traumatised"
            | "groped"
            | "groping"
            | "pimping"
            | "pandering"
            | "victimized"
            | "victimised"
            | "victimizing"
            | "victimising"
            | "targeted"
            | "targeting"
            | "sextorted"
            | "sextorting"
            | "coerced"
            | "coercing"
            | "enticed"
            | "enticing"
            | "harmed"
            | "harming"
            // the plain and present forms of abuse and exploitation ("used social
            // media to coerce 14 minors", "grooms young girls", "to lure 30 women",
            // "exploit 200 workers", "blackmail 12 teenagers", "sextort nine boys")
            | "coerce"
            | "coerces"
            | "groom"
            | "grooms"
            | "lure"
            | "lures"
            | "entice"
            | "entices"
            | "abuse"
            | "abuses"
            | "exploit"
            | "exploits"
            | "blackmail"
            | "blackmails"
            | "sextort"
            | "sextorts"
    )
}

/// A noun of harm whose "of" names those harmed: "the online abuse of 10 girls",
/// "the sexual exploitation of 14 minors", "the sextortion of nine boys" (the count is the crime's object, whatever the verb of
/// the clause: "jailed over the abuse of 10 girls" counts victims, not people jailed).
fn harm_noun(w: &str) -> bool {
    matches!(
        w,
        "abuse"
            | "exploitation"
            | "sextortion"
            | "molestation"
            | "rape"
            | "rapes"
            | "abduction"
            | "abductions"
            | "enslavement"
            | "torture"
            | "assault"
            | "assaults"
            | "grooming"
    )
}

/// A verb of searching right before a count: "looking for", "hunting for",
/// "searching for", "seeking", "tracing".
fn sought_before(w: &str, prev: Option<&str>) -> bool {
    matches!(w, "seeking" | "tracing" | "hunting")
        || (w == "for"
            && prev.is_some_and(|p| {
                matches!(
                    p,
                    "looking" | "hunting" | "searching" | "search" | "hunt" | "manhunt" | "appeal"
                )
            }))
}

/// Words after a count that say its people are still sought: "at large", "on the
/// run", "(are) wanted". (Not "fled" or "escaped": victims flee and escape too.)
fn sought_after(w: &str, next: Option<&str>, then: Option<&str>, passive: bool) -> bool {
    (w == "at" && next == Some("large"))
        || (w == "on" && next == Some("the") && then == Some("run"))
        || (passive && w == "wanted")
}

fn is_passive_aux(w: &str) -> bool {
    matches!(w, "were" | "was" | "been" | "being" | "are" | "is" | "got")
}

/// Words that may stand between a governing verb or noun and its count without
/// breaking the link ("the arrest of more than 2,700 suspects").
pub fn is_glue(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "of"
            | "a"
            | "total"
            | "more"
            | "than"
            | "over"
            | "some"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "at"
            | "least"
            | "up"
            | "to"
            | "approximately"
            | "roughly"
            | "another"
            | "all"
            | "further"
            | "additional"
            | "an"
            | "estimated"
            | "as"
            | "many"
            | "have"
            | "has"
            | "had"
            | "also"
            | "now"
            | "since"
            | "successfully"
            // "Those arrested included five women", "the detainees comprised 11 men"
            | "included"
            | "include"
            | "includes"
            | "comprised"
            | "comprise"
            | "comprises"
            | "consisted"
    )
}

/// Words that end the reach of a cue: a new clause with its own subject.
pub fn is_barrier(word: &str) -> bool {
    matches!(
        word,
        "while" | "whereas" | "but" | "although" | "though" | "whilst" | "meanwhile"
    )
}

/// Punctuation between two words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Spaces, brackets, quotes.
    Plain,
    /// A comma.
    Comma,
    /// Punctuation that ends a clause (`;` `:` `—`).
    Break,
}

/// The words of `lower` (a text already in ASCII lower case, as the callers make it
/// with one `to_ascii_lowercase`), each with the punctuation right before it: slices
/// of `lower`, not a string each (the role scans read a few hundred bytes around
/// every count).
pub fn words(lower: &str) -> Vec<(&str, Gap)> {
    let mut out = Vec::new();
    let mut gap = Gap::Plain;
    let mut start: Option<usize> = None;
    for (i, c) in lower.char_indices() {
        if c.is_alphanumeric() || c == '-' || c == '\'' {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                out.push((&lower[s..i], gap));
                gap = Gap::Plain;
            }
            if matches!(c, ';' | ':' | '—' | '–') {
                gap = Gap::Break;
            } else if c == ',' && gap == Gap::Plain {
                gap = Gap::Comma;
            }
        }
    }
    if let Some(s) = start {
        out.push((&lower[s..], gap));
    }
    out
}

/// The punctuation at the end of `text`, after its last word.
fn trailing_gap(text: &str) -> Gap {
    let tail: String = text
        .chars()
        .rev()
        .take_while(|c| !c.is_alphanumeric())
        .collect();
    if tail.contains([';', ':', '—', '–']) {
        Gap::Break
    } else if tail.contains(',') {
        Gap::Comma
    } else {
        Gap::Plain
    }
}

/// What the words before a count say: the nearest cue, and whether only glue words
/// stand between it and the count. `Inherit` when the count elaborates the one
/// before it ("arrested 16, including 2 lawmakers").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// A cue right before the count.
    Adjacent(Role),
    /// A cue a few words before.
    Distant(Role),
    /// "including N": the role of the previous count.
    Inherit,
    /// The object of a past verb that is no cue ("who forced 19 nurses"): the
    /// predicate after the count is its subject's, not its own.
    Object,
    /// Nothing.
    None,
}

pub use crate::extract::lexicon::chars::{head, tail};

/// Scan `before` (the clause up to the count) backwards.
pub fn scan_before(before: &str) -> Before {
    // Eight words back is the reach; a bounded tail keeps long lines linear.
    let before = tail(before, 240);
    let lower = before.to_ascii_lowercase();
    let ws = words(&lower);
    let mut next: Option<&str> = None;
    // A clause break right before the count ("Malaysia: 4 suspects") ends the scan;
    // a comma loosens the link ("5 suspects arrested, 3 convicted").
    let mut gap_after = trailing_gap(before);
    let mut adjacent = true;
    for (i, &(w, gap)) in ws.iter().rev().enumerate() {
        if i >= 8 || gap_after == Gap::Break || is_barrier(w) {
            break;
        }
        if gap_after == Gap::Comma && w != "including" && w != "among" {
            adjacent = false;
        }
        if w == "including" || w == "among" {
            return if adjacent {
                Before::Inherit
            } else {
                Before::None
            };
        }
        // "charges have been filed against two men": charged.
        if w == "against" && adjacent {
            let from = ws.len().saturating_sub(i + 6);
            let charged = ws[from..ws.len() - i - 1].iter().any(|&(c, _)| {
                matches!(
                    c,
                    "charges" | "charge" | "indictment" | "indictments" | "complaint" | "case"
                )
            });
            if charged {
                return Before::Adjacent(Role::Charged);
            }
        }
        // "a remand order against three officers": held.
        if w == "against" && adjacent {
            let at = ws.len() - i - 1;
            if at >= 2
                && matches!(ws[at - 1].0, "order" | "orders")
                && matches!(ws[at - 2].0, "remand" | "detention")
            {
                return Before::Adjacent(Role::Detained);
            }
        }
        // "sex crimes against three young girls", "violence against 12 women": the
        // ones harmed (charges against them were read above).
        if w == "against"
            && adjacent
            && ws.len() > i + 1
            && matches!(
                ws[ws.len() - i - 2].0,
                "crimes"
                    | "crime"
                    | "violence"
                    | "abuse"
                    | "offences"
                    | "offenses"
                    | "offence"
                    | "offense"
                    | "assault"
                    | "assaults"
                    | "acts"
                    | "threats"
                    | "attack"
                    | "attacks"
                    | "fraud"
                    | "frauds"
            )
        {
            return Before::Adjacent(Role::Victim);
        }
        // "jailed over the online abuse of 10 girls": the harm's object.
        if w == "of" && adjacent && i + 1 < ws.len() && harm_noun(ws[ws.len() - i - 2].0) {
            return Before::Adjacent(Role::Victim);
        }
        // "looking for three more suspects", "seeking two men": people sought, not held.
        if adjacent {
            let prev = (i + 1 < ws.len()).then(|| ws[ws.len() - i - 2].0);
            if sought_before(w, prev) {
                return Before::Adjacent(Role::Involved);
            }
        }
        // "Man arraigned for the murder of two women": the cue is about the
        // subject; the count is the crime's object.
        // (Not a span of time: "remanded for six days, 5 suspects".)
        let timed = next.is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                || crate::extract::lexicon::numbers::parse_words(n).is_some()
        });
        if w == "for" && !adjacent && !timed {
            return Before::None;
        }
        // A headline in the present: "Police charge three men" (the noun, "released
        // without charge", never stands right before a count).
        if w == "charge" && adjacent && i == 0 {
            return Before::Adjacent(Role::Charged);
        }
        // "opened fire on three men": victims.
        if w == "on" && adjacent && i + 1 < ws.len() && ws[ws.len() - i - 2].0 == "fire" {
            return Before::Adjacent(Role::Victim);
        }
        // "During the investigation, five women came forward": a noun cue only
        // governs a count it is bound to ("the investigation of 57 others").
        let nominal = matches!(w, "investigation" | "investigations");
        // "the identification of 14,643 suspects" (after a count, "a lone eyewitness's
        // identification" names no role)
        if w == "identification" && adjacent {
            return Before::Adjacent(Role::Investigated);
        }
        if let Some(r) = cue(w, next)
            .or(victim_verb(w).then_some(Role::Victim))
            .filter(|_| adjacent || !nominal)
        {
            // "rescued and repatriated 250 Indians", "deported and charged 12 men":
            // of two verbs of one object, the one that names a role gives it.
            let at = ws.len() - i - 1;
            let r = match (r, at.checked_sub(2)) {
                (Role::Involved, Some(k)) if adjacent && matches!(ws[k + 1].0, "and" | "or") => {
                    cue(ws[k].0, Some(ws[k + 1].0))
                        .or(victim_verb(ws[k].0).then_some(Role::Victim))
                        .unwrap_or(r)
                }
                _ => r,
            };
            return if adjacent {
                Before::Adjacent(r)
            } else {
                Before::Distant(r)
            };
        }
        if !is_glue(w) {
            // "charged four men and released two others", "the leader, who had
            // recruited five women": the count is the object of another verb; a cue
            // further back is not about it.
            // ("assaulted or menaced three men": two verbs of one object.)
            let back = |k: usize| (i + k < ws.len()).then(|| ws[ws.len() - i - 1 - k].0);
            let coordinated = matches!(back(1), Some("and" | "or" | "and/or"))
                && back(2).is_some_and(|v| cue(v, None).is_some() || victim_verb(v));
            if adjacent && w.len() > 4 && w.ends_with("ed") && !coordinated {
                return Before::Object;
            }
            adjacent = false;
        }
        gap_after = gap;
        next = Some(w);
    }
    Before::None
}

/// "three people … are facing a combined 47 charges", "two men face trial", "face up
/// to 10 years": the people the count names are charged. Only as the count's own
/// predicate: before a count, the one facing trial is someone else ("Man Faces
/// Trial for Robbing Two Women").
fn faces_charges(w: &str, following: &[(&str, Gap)]) -> bool {
    let next = following.first().map(|&(n, _)| n);
    // "face human trafficking charges": a charge's kind before the word
    let kind_then_charges = || {
        following
            .iter()
            .take(4)
            .take_while(|&&(_, gap)| gap == Gap::Plain)
            .any(|&(n, _)| matches!(n, "charges" | "counts"))
    };
    matches!(w, "facing" | "face" | "faces")
        && (kind_then_charges()
            || next.is_some_and(|n| {
                matches!(
                    n,
                    "charges"
                        | "charge"
                        | "counts"
                        | "a"
                        | "multiple"
                        | "several"
                        | "numerous"
                        | "criminal"
                        | "federal"
                        | "up"
                        | "prosecution"
                        | "trial"
                )
            }))
}

/// A verb whose object the next word is ("to defraud victims", "who lured victims",
/// "targeting victims"): a past or present participle, a verb of harming, or a
/// verb of reaching people in its plain form. (Not "were", "as", "all", "primarily".)
fn takes_an_object(w: &str) -> bool {
    (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
        || victim_verb(w)
        || matches!(
            w,
            "defraud"
                | "lure"
                | "target"
                | "scam"
                | "cheat"
                | "deceive"
                | "dupe"
                | "trick"
                | "contact"
                | "approach"
                | "recruit"
                | "exploit"
                | "abuse"
                | "entice"
                | "attract"
                | "con"
                | "fleece"
                | "swindle"
                | "rob"
                | "help"
                | "serve"
                | "assist"
                | "support"
                | "protect"
                | "reach"
                | "find"
        )
}

/// "charging each migrant up to £3,500", "charging fees of": a price asked, not a
/// charge laid (which is "charging … with").
fn charging_a_fee(w: &str, following: &[(&str, Gap)]) -> bool {
    w == "charging" && {
        let near = || following.iter().take(5).map(|&(n, _)| n);
        !near().any(|n| n == "with")
            && near().any(|n| {
                n.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(n, "fee" | "fees" | "per" | "each" | "interest" | "rent")
            })
    }
}

/// Scan `after` (the clause after the count) forwards for the predicate's cue.
/// Two different cues joined by "or" ("either arrested or assisting with
/// investigations") mean the text does not say: `Involved`.
pub fn scan_after(after: &str) -> Option<Role> {
    let after = head(after, 320);
    let lower = after.to_ascii_lowercase();
    let ws = words(&lower);
    let mut found: Option<Role> = None;
    let mut saw_or = false;
    for (i, &(w, gap)) in ws.iter().enumerate() {
        if i >= 16 || gap == Gap::Break || is_barrier(w) {
            break;
        }
        if w == "or" && found.is_some() {
            saw_or = true;
            continue;
        }
        let next = ws.get(i + 1).map(|&(n, _)| n);
        // "… 16 Filipinos, according to the Department of Special Investigation":
        // what follows names the source, not what happened to the people.
        if w == "according" && next == Some("to") {
            break;
        }
        let prev = i.checked_sub(1).and_then(|p| ws.get(p)).map(|&(p, _)| p);
        let passive = prev.is_some_and(is_passive_aux);
        // "have previous convictions" tells the past, not this case; "earlier" after
        // an auxiliary is an adverb ("two men were earlier sentenced").
        let prev2 = i.checked_sub(2).and_then(|p| ws.get(p)).map(|&(p, _)| p);
        let adverb = prev == Some("earlier")
            && prev2.is_some_and(|p| is_passive_aux(p) || matches!(p, "had" | "have" | "has"));
        if prev.is_some_and(|p| matches!(p, "previous" | "prior" | "past" | "earlier")) && !adverb {
            continue;
        }
        // "two other suspects remain at large", "… are wanted": people sought, not
        // held (unless a role came first: "arrested 3 and are hunting 2 more").
        let then = ws.get(i + 2).map(|&(t, _)| t);
        if found.is_none() && sought_after(w, next, then, passive) {
            return Some(Role::Involved);
        }
        // "were identified as suspects" (as victims: "victims" is its own cue)
        let as_suspects = w == "identified" && next == Some("as") && then.is_some_and(suspect_word);
        let following = &ws[i + 1..];
        // "booked without detention": no detention.
        // "charging each migrant up to £3,500": a price.
        // "2,000 criminals to defraud victims": the victims are another verb's
        // object (but "were victims", "as victims", "all victims").
        let not_a_cue = prev == Some("without")
            || charging_a_fee(w, following)
            || (matches!(w, "victims" | "victim") && prev.is_some_and(takes_an_object));
        let cued = if not_a_cue {
            None
        } else {
            cue(w, next)
                .or(as_suspects.then_some(Role::Investigated))
                .or((passive && victim_verb(w)).then_some(Role::Victim))
                .or(faces_charges(w, following).then_some(Role::Charged))
        };
        if let Some(r) = cued {
            match found {
                None => found = Some(r),
                Some(f) if f != r && saw_or => return Some(Role::Involved),
                Some(_) => return found,
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before() {
        assert_eq!(
            scan_before("resulted in the arrest of "),
            Before::Adjacent(Role::Arrested)
        );
        assert_eq!(
            scan_before("remanded for six days "),
            Before::Distant(Role::Detained)
        );
        assert_eq!(scan_before("Police arrest 14, including "), Before::Inherit);
        assert_eq!(scan_before("Malaysia: "), Before::None);
    }

    #[test]
    fn after() {
        assert_eq!(
            scan_after(", aged between 13 and 68, were either arrested or are assisting with investigations."),
            Some(Role::Involved)
        );
        assert_eq!(
            scan_after(" aged 14 to 68 were investigated during the operation."),
            Some(Role::Investigated)
        );
        assert_eq!(
            scan_after(" accused law enforcers of insulting people"),
            None
        );
        assert_eq!(
            scan_after(" from two provinces are facing a combined 47 charges."),
            Some(Role::Charged)
        );
        // (before the count, facing trial is someone else's: the verb governs it)
        assert_eq!(
            scan_before("Man Faces Trial for Robbing "),
            Before::Adjacent(Role::Victim)
        );
        assert_eq!(scan_before("Man Faces Trial with "), Before::None);
        assert_eq!(
            scan_after(" and 16 Filipinos, according to the Department of Special Investigation."),
            None
        );
    }
}
