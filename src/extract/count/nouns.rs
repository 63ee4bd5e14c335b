//! The head nouns a count can count, and what each says about the counted things:
//! the unit, the gender of counted people, and a role some nouns carry by themselves
//! ("arrests" are people arrested, "victims" are victims).

use crate::extract::fact::{Gender, Role, Unit};

/// How sure a noun's own role is: a strong one ("arrests", "victims") outranks the
/// predicate of the sentence, a weak one ("defendants") only fills in when the
/// sentence says nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// The noun names the role ("arrests", "detainees", "victims").
    Strong,
    /// The noun suggests the role ("defendants" are usually charged).
    Weak,
}

/// What a head noun tells about a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    /// What is counted.
    pub unit: Unit,
    /// Gender of counted people.
    pub gender: Option<Gender>,
    /// A role the noun carries by itself.
    pub role: Option<(Role, Strength)>,
    /// Places that count only in a sentence about raids or searches ("houses").
    pub needs_raid_context: bool,
}

const fn noun(unit: Unit) -> Noun {
    Noun {
        unit,
        gender: None,
        role: None,
        needs_raid_context: false,
    }
}

const fn person(gender: Option<Gender>, role: Option<(Role, Strength)>) -> Noun {
    Noun {
        unit: Unit::Person,
        gender,
        role,
        needs_raid_context: false,
    }
}

/// The head nouns of more than one word, as they open [`HEAD_NOUNS`] (a test holds
/// the two together): a count's groups are read with these and any other word in
/// place of the whole list (see `count::NOUN_COUNT_GROUPS`).
pub const MULTI_WORD_NOUNS: &str = r"investigation\s+papers|police\s+officers|search\s+warrants|seizure\s+warrants|member\s+states";

/// Regex alternation of every head noun (plural forms; case-insensitive use).
/// Multi-word nouns come first so they win over their last word.
pub const HEAD_NOUNS: &str = r"investigation\s+papers|police\s+officers|search\s+warrants|seizure\s+warrants|member\s+states|(?:men|women|boys|girls|males|females|people|persons|individuals|suspects|defendants|accused|arrestees|detainees|victims|children|minors|teenagers|teens|juveniles|youths|adults|foreigners|expatriates|expats|nationals|citizens|locals|residents|students|members|vendors|buyers|sellers|administrators|admins|operators|lawmakers|legislators|politicians|candidates|activists|protesters|protestors|demonstrators|rioters|witnesses|workers|employees|managers|officials|executives|directors|brothers|sisters|sons|daughters|stepsons|stepdaughters|grandsons|granddaughters|stepchildren|grandchildren|siblings|cousins|relatives|offenders|perpetrators|criminals|fraudsters|scammers|hackers|traffickers|dealers|smugglers|pushers|addicts|passengers|travellers|travelers|tourists|migrants|immigrants|refugees|drivers|couriers|mules|recruits|teachers|doctors|nurses|investors|customers|clients|depositors|policyholders|cardholders|accountholders|inmates|prisoners|fugitives|leaders|ringleaders|masterminds|accomplices|associates|survivors|patients|infants|babies|servants|clerks|guards|soldiers|militants|gunmen|robbers|thieves|burglars|shoplifters|gamblers|punters|prostitutes|maids|helpers|housewives|retirees|pensioners|fishermen|farmers|traders|businessmen|businesswomen|villagers|motorists|riders|pedestrians|commuters|shoppers|guests|participants|organisers|organizers|owners|tenants|landlords|lawyers|accountants|engineers|bankers|brokers|contractors|suppliers|shareholders|overstayers|applicants|seekers|co-defendants|co-accused|cybercriminals|conspirators|co-conspirators|extortionists|launderers|pimps|kidnappers|abductors|predators|paedophiles|pedophiles|counterfeiters|poachers|terrorists|extremists|looters|assailants|attackers|abusers|pickpockets|hitmen|gunrunners|miners|peddlers|touts|loggers|hawkers|beggars|squatters|bandits|cultists|rustlers|impostors|imposters|labourers|laborers|trespassers|vagrants|recruiters|handlers|facilitators|callers|telemarketers|bosses|kingpins|supervisors|cashiers|culprits|personalities|jobseekers|users|subscribers|holders|toddlers|seniors|grandparents|savers|captors|escapees|returnees|deportees|evacuees|abductees|hostages|captives|stowaways|intruders|infiltrators|seafarers|sailors|newborns|graduates|rohingya|rohingyas|uyghurs|uighurs|noncitizens|non-citizens|aliens|wni|ofws|others|arrests|detentions|convictions|gangsters|triads|syndicates|gangs|officers|policemen|policewomen|personnel|agents|detectives|investigators|troopers|troops|constables|police|raids|searches|swoops|busts|locations|premises|sites|addresses|venues|places|homes|houses|residences|apartments|flats|properties|shops|stores|outlets|factories|warehouses|offices|buildings|hotels|restaurants|bars|clubs|centres|centers|farms|compounds|establishments|countries|jurisdictions|nations|territories|states|cases|firs|e-firs|chargesheets|charge-sheets|charges|counts|indictments|investigations|felonies|misdemeanors|misdemeanours|offenses|offences|crimes)";

/// What the head noun `w` (any case, one of [`HEAD_NOUNS`]) tells.
pub fn lookup(w: &str) -> Option<Noun> {
    use Gender::{Female, Male};
    use Strength::{Strong, Weak};
    let lower = w.to_ascii_lowercase();
    let last = lower.split_whitespace().last().unwrap_or("");
    let located = |unit| Noun {
        unit,
        gender: None,
        role: None,
        needs_raid_context: true,
    };
    Some(match last {
        "men" | "males" | "boys" | "brothers" | "sons" | "stepsons" | "grandsons" | "gunmen"
        | "hitmen" | "fishermen" | "businessmen" => person(Some(Male), None),
        "women" | "females" | "girls" | "sisters" | "daughters" | "stepdaughters"
        | "granddaughters" | "housewives" | "businesswomen" => person(Some(Female), None),
        "arrests" | "arrestees" => person(None, Some((Role::Arrested, Strong))),
        "detainees" | "inmates" | "prisoners" | "detentions" => {
            person(None, Some((Role::Detained, Strong)))
        }
        "victims" | "survivors" => person(None, Some((Role::Victim, Strong))),
        // In enforcement news, the clients, customers and depositors counted are
        // those a fraud took money from ("stealing $280,000 from two clients").
        "customers" | "clients" | "depositors" | "policyholders" | "cardholders"
        | "accountholders" => {
            person(None, Some((Role::Victim, Strong)))
        }
        "convictions" => person(None, Some((Role::Convicted, Strong))),
        "defendants" | "accused" => person(None, Some((Role::Charged, Weak))),
        // In enforcement news, suspects a sentence says nothing more about are mostly
        // those arrested.
        "suspects" => person(None, Some((Role::Arrested, Weak))),
        "syndicates" | "gangs" => noun(Unit::Other),
        "officers" | "personnel" | "agents" | "detectives" | "investigators" | "troopers" | "troops"
        | "constables" | "police" => noun(Unit::Officer),
        "policemen" => Noun {
            gender: Some(Male),
            ..noun(Unit::Officer)
        },
        "policewomen" => Noun {
            gender: Some(Female),
            ..noun(Unit::Officer)
        },
        "raids" | "searches" | "swoops" | "busts" | "warrants" => noun(Unit::Raid),
        "locations" | "premises" | "sites" | "addresses" | "venues" => noun(Unit::Location),
        "homes" | "houses" | "residences" | "apartments" | "flats" | "properties" | "shops"
        | "stores" | "outlets" | "factories" | "warehouses" | "offices" | "buildings"
        | "hotels" | "restaurants" | "bars" | "clubs" | "centres" | "centers" | "farms"
        | "compounds" | "establishments" | "places" => located(Unit::Location),
        "countries" | "jurisdictions" | "nations" | "territories" => noun(Unit::Jurisdiction),
        "states" => noun(Unit::Jurisdiction),
        // (India: a First Information Report opens a case; a chargesheet lays one
        // before the court: "registered 17 FIRs", "filed 9 chargesheets")
        "firs" | "e-firs" | "chargesheets" | "charge-sheets" => noun(Unit::Case),
        "cases" | "charges" | "counts" | "indictments" | "investigations" | "papers"
        | "felonies" | "misdemeanors" | "misdemeanours" | "offenses" | "offences" | "crimes" => {
            noun(Unit::Case)
        }
        "people" | "persons" | "individuals" | "children" | "minors" | "teenagers" | "teens"
        | "juveniles" | "youths" | "adults" | "foreigners" | "expatriates" | "expats"
        | "nationals" | "citizens" | "locals" | "residents" | "students" | "members"
        | "vendors" | "buyers" | "sellers" | "administrators" | "admins" | "operators"
        | "lawmakers" | "legislators" | "politicians" | "candidates" | "activists"
        | "protesters" | "protestors" | "demonstrators" | "rioters" | "witnesses" | "workers"
        | "employees" | "managers" | "officials" | "executives" | "directors" | "siblings"
        | "cousins" | "relatives" | "offenders" | "perpetrators" | "criminals" | "fraudsters"
        | "scammers" | "hackers" | "traffickers" | "dealers" | "smugglers" | "pushers"
        | "addicts" | "passengers" | "travellers" | "travelers" | "tourists" | "migrants"
        | "immigrants" | "refugees" | "drivers" | "couriers" | "mules" | "recruits"
        | "teachers" | "doctors" | "nurses" | "investors" | "fugitives" | "leaders"
        | "ringleaders" | "masterminds" | "accomplices" | "associates" | "patients" | "infants"
        | "babies" | "stepchildren" | "grandchildren" | "others" | "gangsters" | "triads"
        | "servants" | "clerks" | "guards" | "soldiers" | "militants" | "robbers" | "thieves"
        | "burglars" | "shoplifters" | "gamblers" | "punters" | "prostitutes" | "maids"
        | "helpers" | "retirees" | "pensioners" | "farmers" | "traders" | "villagers"
        | "motorists" | "riders" | "pedestrians" | "commuters" | "shoppers" | "guests"
        | "participants" | "organisers" | "organizers" | "owners" | "tenants" | "landlords"
        | "lawyers" | "accountants" | "engineers" | "bankers" | "brokers" | "contractors"
        | "suppliers" | "shareholders" | "overstayers" | "applicants" | "seekers"
        | "co-defendants" | "co-accused" | "cybercriminals" | "conspirators"
        | "co-conspirators" | "extortionists" | "launderers" | "pimps" | "kidnappers"
        | "abductors" | "predators" | "paedophiles" | "pedophiles" | "counterfeiters"
        | "poachers" | "terrorists" | "extremists" | "looters" | "assailants" | "attackers"
        | "abusers" | "pickpockets" | "gunrunners" | "miners" | "peddlers" | "touts"
        | "loggers" | "hawkers" | "beggars" | "squatters" | "bandits" | "cultists" | "rustlers"
        | "impostors" | "imposters" | "labourers" | "laborers" | "trespassers" | "vagrants"
        // (the crews of scam compounds and trafficking rings; a platform's users)
        | "recruiters" | "handlers" | "facilitators" | "callers" | "telemarketers" | "bosses"
        // ("three drug personalities": Philippine police copy's word for suspects)
        | "kingpins" | "supervisors" | "cashiers" | "culprits" | "personalities" | "jobseekers" | "users"
        | "subscribers" | "holders" | "toddlers" | "seniors" | "grandparents" | "savers"
        // (people held, freed, sent home or sent away: "arrested 4 captors", "14
        // escapees", "40 returnees", "25 deportees")
        | "captors" | "escapees" | "returnees" | "deportees" | "evacuees" | "abductees"
        // (people held or found aboard, at a border, in a record: "freed 17 hostages",
        // "4 stowaways", "6 intruders", "12 seafarers", "two newborns", "six university
        // graduates")
        | "hostages" | "captives" | "stowaways" | "intruders" | "infiltrators" | "seafarers"
        | "sailors" | "newborns" | "graduates"
        // (peoples named without a country, and the status words of migration copy:
        // "31 Rohingya", "12 Uyghurs", "200 undocumented noncitizens", "45 illegal
        // aliens"; Indonesian and Philippine copy's "40 WNI" (Indonesian citizens) and
        // "9 OFWs" (overseas Filipino workers))
        | "rohingya" | "rohingyas" | "uyghurs" | "uighurs" | "noncitizens" | "non-citizens"
        | "aliens" | "wni" | "ofws" => {
            person(None, None)
        }
        _ => return None,
    })
}

/// A modifier word that marks the gender of counted people ("five male suspects").
pub fn gender_of_modifier(w: &str) -> Option<Gender> {
    match w.to_ascii_lowercase().as_str() {
        "male" | "men" => Some(Gender::Male),
        "female" | "women" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn every_head_noun_has_an_entry() {
        let re = Regex::new(r"[a-z-]+(?:\\s\+[a-z]+)?").expect("word regex");
        for m in re.find_iter(HEAD_NOUNS) {
            let w = m.as_str().replace(r"\s+", " ");
            assert!(lookup(&w).is_some(), "{w}");
        }
    }

    #[test]
    fn multi_word_nouns_open_the_list_and_no_other_noun_has_a_space() {
        let rest = HEAD_NOUNS
            .strip_prefix(MULTI_WORD_NOUNS)
            .and_then(|r| r.strip_prefix("|(?:"))
            .and_then(|r| r.strip_suffix(')'))
            .expect("the multi-word nouns, then a group of one-word nouns");
        assert!(MULTI_WORD_NOUNS.split('|').all(|w| w.contains(r"\s+")));
        for w in rest.split('|') {
            assert!(
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{w:?}"
            );
        }
    }
}
