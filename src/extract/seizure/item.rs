//! One seized thing: a conjunct of a seizure list ("84 computers", "18.5kg of
//! fentanyl", "a laptop computer") parsed into item, count and weight.

use crate::extract::fact::{Decimal, MassUnit};
use crate::extract::lexicon::numbers;
use crate::extract::lexicon::Rule;
use std::sync::LazyLock;

/// A parsed conjunct.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Lower-case singular noun phrase.
    pub item: String,
    /// Number of things, when counted.
    pub count: Option<u64>,
    /// Weight or volume.
    pub quantity: Option<(Decimal, MassUnit)>,
    /// Coins of a cryptocurrency counted in fractions ("38.6 bitcoin"): an amount
    /// without a unit.
    pub coins: Option<Decimal>,
    /// Byte range of the words that state it, within the conjunct.
    pub start: usize,
    /// End of that range.
    pub end: usize,
}

/// Nouns that are seized things on their own, without a count (singular, lower case).
const SEIZABLE: &[&str] = &[
    // devices and data
    "device",
    "phone",
    "smartphone",
    "handset",
    "iphone",
    "cellphone",
    "handphone",
    "cpu",
    "computer",
    "laptop",
    "notebook",
    "tablet",
    "ipad",
    "router",
    "modem",
    "drive",
    "stick",
    "disk",
    "server",
    "camera",
    "printer",
    "drone",
    "console",
    "card",
    "data",
    "equipment",
    "storage",
    "hardware",
    "sim",
    // card skimmers; botnets' addresses ("20,000 malicious IPs")
    "skimmer",
    "ip",
    // "200 external storage media", "recording media"
    "medium",
    // online
    "domain",
    "website",
    "account",
    "wallet",
    // vehicles
    "vehicle",
    "car",
    "motorcycle",
    "scooter",
    "suv",
    "sedan",
    "jeep",
    "pickup",
    "motorbike",
    "truck",
    "lorry",
    "van",
    "boat",
    "vessel",
    "bmw",
    "mercedes",
    "yacht",
    "speedboat",
    "skiff",
    "trawler",
    "two-wheeler",
    "three-wheeler",
    "four-wheeler",
    // livestock smuggled or stolen ("18 head of cattle", "cows and buffaloes")
    "cattle",
    "cow",
    "buffalo",
    "bullock",
    "goat",
    "sheep",
    "camel",
    "livestock",
    // weapons
    "weapon",
    "firearm",
    "gun",
    "pistol",
    "rifle",
    "handgun",
    "shotgun",
    "revolver",
    "ammunition",
    "bullet",
    "round",
    "knife",
    "machete",
    "sword",
    "explosive",
    "grenade",
    "magazine",
    "cartridge",
    "silencer",
    "suppressor",
    // a pistol by its maker or calibre alone ("a Glock", "two 9mms")
    "glock",
    "beretta",
    "9mm",
    "vest",
    "detonator",
    // weapons known by their model ("five AK-47s", "two AR-15s")
    "ak-47",
    "ak47",
    "ar-15",
    "ar15",
    "m16",
    "uzi",
    "kalashnikov",
    // drugs
    "drug",
    "narcotic",
    "substance",
    "cocaine",
    "heroin",
    "methamphetamine",
    "meth",
    "ice",
    "shabu",
    "yaba",
    "erimin",
    "kush",
    "ice",
    "shabu",
    "yaba",
    "kush",
    "syabu",
    "cannabis",
    "marijuana",
    "ganja",
    "ketamine",
    "ecstasy",
    "mdma",
    "fentanyl",
    "opioid",
    "amphetamine",
    "pill",
    "strip",
    "oxycodone",
    "hydrocodone",
    "paraphernalia",
    "opium",
    "hashish",
    "crack",
    "lsd",
    "kratom",
    "methylamphetamine",
    "codeine",
    "phensedyl",
    "hemp",
    // valuables and goods (and wildlife parts)
    "ivory",
    "tusk",
    "jewellery",
    "jewelry",
    "watch",
    "gold",
    "cash",
    "currency",
    "bitcoin",
    "cryptocurrency",
    "bag",
    "handbag",
    "cigarette",
    "tobacco",
    "liquor",
    "alcohol",
    "passport",
    "document",
    "goods",
    "material",
    "packaging",
    "glassine",
    // wildlife parts and timber ("20 pieces of rhino horn", "shark fins")
    "horn",
    "pelt",
    "fin",
    "claw",
    "timber",
    "rosewood",
    // chemicals and fuel ("codeine syrup", "precursor chemicals", "smuggled diesel")
    "syrup",
    "chemical",
    "precursor",
    "fuel",
    "diesel",
    "petrol",
    "gasoline",
    // tools of the trade
    "scale",
    "machine",
    "counter",
];

/// Cryptocurrencies, counted in coins: "61,000 bitcoin", "38.6 BTC", "12,000 USDT",
/// "45 ether" (lower case; tickers only after a figure, see [`coin`]).
const COINS: &[&str] = &[
    "bitcoin", "ether", "ethereum", "tether", "usdt", "usdc", "monero", "litecoin", "dogecoin",
    "btc", "eth", "xmr", "ltc", "xrp",
];

/// Whether `head` (singular, lower case) names a cryptocurrency's coins.
pub fn coin(head: &str) -> bool {
    COINS.contains(&head)
}

/// Nouns that are never seized things even with a count.
#[rustfmt::skip]
const NOT_SEIZED: &[&str] = &[
    "body", "victim", "child", "children", "people", "person", "suspect", "man", "men", "woman", "women",
    "girl", "boy", "hostage", "migrant", "worker", "officer", "year", "month", "week", "day", "hour",
    "minute", "time", "percent", "occasion", "case", "charge", "count", "conviction", "offense", "offence", "enhancement", "arrest", "raid", "country",
    "jurisdiction", "location", "individual", "member", "administrator", "admin", "customer", "buyer",
    "vendor", "defendant", "dose", "kilometre", "kilometer", "mile", "metre", "meter", "item", "asset",
    "thing", "others", "other", "one", "crew", "gang", "ring", "network", "organization", "organisation",
    "group", "cell", "syndicate", "cartel", "enterprise", "agency", "department", "bureau", "office",
    "police", "commission", "ministry", "court", "council",
    // places where goods are stopped ("seized cocaine at the airport and the seaport")
    "airport", "seaport", "port", "checkpoint", "terminal", "border", "harbour", "harbor",
    "jetty", "wharf",
];

/// Words that end a conjunct: what follows describes it.
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "inside", "outside", "behind", "beneath", "underneath", "near", "within", "beside", "a.k.a", "aka",
    "worth", "valued", "linked", "belonging", "hosting", "used", "that", "which", "who", "from", "with",
    "during", "in", "at", "on", "between", "after", "before", "by", "for", "to", "were", "was", "is", "are",
    "have", "has", "had", "being", "as", "while", "where", "when", "under", "totalling", "totaling", "weighing",
    "amounting", "estimated", "allegedly", "reportedly", "believed", "said", "connected", "related",
    "containing", "holding", "hidden", "found", "seized", "recovered", "confiscated", "previously", "across", "since",
    "into", "of", "prior", "including",
    // what a vehicle or container held: "18 trucks carrying illegal timber" (and,
    // before "with", "3 lorries loaded with charcoal": see `HELD_WITH`)
    "carrying", "transporting", "laden", "bearing",
    // time after the object: "seized 12 phones this week", "5 kg of cocaine yesterday"
    "off", "bound", "headed", "destined", "each", "this", "last", "yesterday", "today", "tonight", "overnight", "earlier", "recently", "later",
    // a place after the object: "20kg of cocaine north of Dublin", "about 10 miles south of"
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "about",
    // where, as an adverb: "3,900 devices globally", "40 laptops worldwide"
    "globally", "worldwide", "nationwide", "overall", "altogether", "abroad", "domestically", "locally",
];

/// Participles that end an item before "with": "3 lorries loaded with charcoal".
const HELD_WITH: &[&str] = &["loaded", "filled", "packed", "stuffed", "crammed", "laden"];

/// Leading words that only describe quantity, doubt or order.
#[rustfmt::skip]
const LEADING: &[&str] = &[
    "and", "or", "including", "included", "includes", "include", "plus", "also", "then", "total", "more",
    "than", "over", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "several",
    "various", "numerous", "multiple", "other", "another", "additional", "further", "assorted", "suspected",
    "alleged", "the", "its", "their", "his", "her", "these", "those", "up", "least", "at", "of", "as", "well",
    "further", "associated", "illegal", "illicit", "unlicensed", "stolen", "second", "third", "any", "all",
    "both", "pieces", "piece", "quantities", "quantity", "amounts", "amount", "large", "small", "huge",
    "unspecified", "undisclosed", "number", "a", "an", "fully", "automatic", "dozens", "hundreds",
    "thousands", "to", "combined", "dozen", "hundred", "thousand", "just", "only", "unknown",
];

/// Nouns that only hold a place for what a thing is suspected to be: "substances
/// suspected to be Indian hemp".
const PLACEHOLDERS: &[&str] = &[
    "substance",
    "item",
    "material",
    "powder",
    "leaf",
    "liquid",
    "object",
];

/// Leading words that say no amount at all: "enough fentanyl to kill thousands".
const VAGUE: &[&str] = &["enough", "sufficient"];

/// Measure words that only say "some of": "pieces of jewellery".
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "piece", "item", "unit", "quantity", "amount", "kind", "type", "variety", "range", "lot", "number",
    "bundle", "stack", "wad", "roll", "haul", "cache", "stash", "total", "shipment", "consignment",
    "cargo", "batch", "load", "supply", "pair", "head",
];

/// Mass nouns: "a controlled substance" does not count one.
#[rustfmt::skip]
const MASS: &[&str] = &[
    "drug", "narcotic", "substance", "cocaine", "heroin", "methamphetamine", "meth", "syabu", "cannabis",
    "marijuana", "ganja", "ketamine", "ecstasy", "mdma", "fentanyl", "opioid", "amphetamine", "data", "cash",
    "jewellery", "jewelry", "equipment", "ammunition", "material", "paraphernalia", "gold", "currency",
    "opium", "hashish", "crack", "tobacco", "alcohol", "liquor", "storage", "hardware", "goods", "codeine",
    "hemp",
];

/// Containers counted instead of the substance: "1,009 pills of Ecstasy".
#[rustfmt::skip]
const CONTAINERS: &[&str] = &[
    "pill", "round", "tablet", "carton", "pack", "crate", "packet", "sachet", "bag", "bottle", "block",
    "brick", "box", "capsule", "vial", "strip", "glassine", "envelope", "wrap", "parcel", "package",
    "bale", "sack", "jar", "tin", "slab",
];

/// A weight or volume: "18.5 kilograms of", "4g of", "a half-pound of", "a ½ kilo of",
/// "2 million litres of" (a scale word multiplies the number);
/// or an amount of data: "12 terabytes of", "500GB of".
static QUANTITY: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        ^(?:(?P<one>a|an)\s+)?
        (?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3},[0-9]{1,2}\b|[0-9]+(?:\.[0-9]+)?|½|half(?:\s+a)?|quarter(?:\s+a)?
            |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred)?
        (?:\s*-?\s*(?P<scale>thousand|million|billion)\b)?   # 2 million litres of
        \s*-?\s*
        (?:metric\s+)?                                       # 3.5 metric tons of
        (?P<unit>kilograms?|kilogrammes?|kilos?|kgs?|grams?|grammes?|gms?|g|milligrams?|mg|pounds?|lbs?|ounces?|oz|tonnes?|tons?|t|
                 mt|quintals?|litres?|liters?|l|millilitres?|milliliters?|ml|gallons?|gal|cubic\s+met(?:re|er)s?|m3|m³|
                 gigabytes?|terabytes?|petabytes?|[gtp]b)
        (?:\b\.?)?\s+(?:of\s+)?                             # (no word boundary after m³)
        ",
    )
    .expect("quantity compiles")
});

/// A measure of each thing counted, as one hyphenated word: "one-kilogram",
/// "500-gram", "1-kg", "20-litre", "half-pound" (lower case).
static PER_UNIT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"^(?:[0-9]+(?:\.[0-9]+)?|one|two|three|four|five|ten|twenty|fifty|hundred|half|quarter)-(?:kilograms?|kilogrammes?|kilos?|kgs?|grams?|grammes?|g|pounds?|lbs?|ounces?|oz|tonnes?|tons?|litres?|liters?|l|gallons?)$",
    )
    .expect("per-unit regex")
});

/// A weight with a decimal comma, as much of Europe writes it: "3,5 tonnes" is 3.5
/// (a comma that no group of three digits follows separates no thousands). Points
/// between thousands ("7.412 kg" for 7412) are not read so: American lab weights
/// are written "2.455 kilograms".
fn european_number(n: &str) -> std::borrow::Cow<'_, str> {
    match n.split_once(',') {
        Some((i, d)) if !i.is_empty() && i.len() <= 3 && (1..=2).contains(&d.len()) => {
            n.replace(',', ".").into()
        }
        _ => n.into(),
    }
}

/// A weight after "weighing": "200kg", "1.5 tonnes".
static QUANTITY_AFTER: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?xi)
        ^(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*
        (?:metric\s+)?
        (?P<unit>kilograms?|kilogrammes?|kilos?|kgs?|grams?|grammes?|gms?|g|milligrams?|mg|pounds?|lbs?|ounces?|oz|
                 tonnes?|tons?|t|mt|quintals?|litres?|liters?|l|millilitres?|milliliters?|ml|gallons?|gal|
                 cubic\s+met(?:re|er)s?|m3)\b",
    )
    .expect("quantity-after compiles")
});

/// The thing weighed when a weight follows a counted container ("20 bricks of
/// cocaine, weighing 22 kg": the cocaine), as [`parse`] names it when the weight
/// is in the same phrase: "cocaine brick" → "cocaine"; else `None`.
pub fn weighed_contents(item: &str) -> Option<&str> {
    let (contents, last) = item.rsplit_once(' ')?;
    CONTAINERS.contains(&last).then_some(contents)
}

/// The weight a participle after a seized thing gives it: "weighing 772 kg",
/// "weighing about 3.5kg", "totalling 40 grams", "with a total weight of 12 kg".
pub fn weight_after(rest: &str) -> Option<(Decimal, MassUnit)> {
    let rest = rest.trim_start();
    // (asked of every piece of every seizure list: most open with neither lead)
    if !rest.starts_with(['w', 't', 'W', 'T']) {
        return None;
    }
    let lower = rest.to_ascii_lowercase();
    let q = [
        "weighing about ",
        "weighing approximately ",
        "weighing nearly ",
        "weighing over ",
        "weighing ",
        "totalling ",
        "totaling ",
        "with a total weight of ",
        "with a combined weight of ",
    ]
    .iter()
    .find_map(|lead| lower.strip_prefix(lead))?;
    let c = QUANTITY_AFTER.captures(&rest[rest.len() - q.len()..])?;
    Decimal::parse(c.name("num")?.as_str())
        .and_then(|num| quantity_in(num, c.name("unit")?.as_str()))
}

/// A weight at the start of `rest` ("2,774 grams", "3.5 kg"), and where it ends.
pub fn weight_at(rest: &str) -> Option<(Decimal, MassUnit, usize)> {
    let c = QUANTITY_AFTER.captures(rest)?;
    let (num, unit) = (c.name("num")?.as_str(), c.name("unit")?.as_str());
    let (q, u) = quantity_in(Decimal::parse(num)?, unit)?;
    Some((q, u, c.get(0)?.end()))
}

/// A weight in brackets between a counted container and its contents: the "12 kg"
/// of "300 packets (12 kg) of syabu", "about 2.5g" in "40 sachets (about 2.5g) of
/// shabu".
pub fn bracketed_weight(inner: &str) -> Option<(Decimal, MassUnit)> {
    let inner = inner.trim();
    let lower = inner.to_ascii_lowercase();
    let q = [
        "about ",
        "approximately ",
        "approx. ",
        "around ",
        "nearly ",
        "over ",
        "some ",
    ]
    .iter()
    .find_map(|lead| lower.strip_prefix(lead))
    .map_or(inner, |q| inner[inner.len() - q.len()..].trim_start());
    let c = QUANTITY_AFTER.captures(q)?;
    if !q[c.get(0)?.end()..].trim().is_empty() {
        return None;
    }
    Decimal::parse(c.name("num")?.as_str())
        .and_then(|num| quantity_in(num, c.name("unit")?.as_str()))
}

/// Whether `word` (any case or number) is a container counted instead of what it
/// holds: "packets", "sachet", "bricks".
pub fn is_container(word: &str) -> bool {
    CONTAINERS.contains(&singular(&word.to_lowercase()).as_str())
}

/// A count with a scale word: "2.4 million methamphetamine pills", "3 million yaba
/// tablets".
static SCALED_COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(
        r"(?i)^(?P<n>[0-9]{1,3}(?:\.[0-9]{1,3})?)\s*-?\s*(?P<s>million|billion|thousand|lakh|crore)\b",
    )
    .expect("scaled count compiles")
});

/// A count in digits or words at the start.
static COUNT: LazyLock<Rule> = LazyLock::new(|| {
    crate::extract::lexicon::regex(&format!(
        r"(?xi)^(?P<n>{}|{})\b",
        numbers::NUMBER_DIGITS,
        numbers::NUMBER_WORDS
    ))
    .expect("count compiles")
});

/// `num` of the unit written `unit`, in a unit of [`MassUnit`]: "4 quintals" (a
/// hundred kilograms each, as South Asian police weigh poppy husk and ganja) is 400 kg.
/// Volumes outside the contract's units go to litres: "1,300 gallons" (US gallons,
/// 3.785 l each) and "1,100 cubic metres" (1,000 l each).
fn quantity_in(num: Decimal, unit: &str) -> Option<(Decimal, MassUnit)> {
    let unit = unit.to_ascii_lowercase();
    let stem = unit.trim_end_matches('s');
    if stem == "quintal" {
        return Some((num.times(100)?, MassUnit::Kg));
    }
    if stem == "gallon" || stem == "gal" {
        let litres = Decimal {
            mantissa: num.mantissa.checked_mul(3785)?,
            scale: num.scale.checked_add(3)?,
        };
        return Some((litres.normalized(), MassUnit::L));
    }
    if stem.starts_with("cubic") || stem == "m3" || stem == "m³" {
        return Some((num.times(1000)?, MassUnit::L));
    }
    Some((num, mass_unit(&unit)?))
}

fn mass_unit(s: &str) -> Option<MassUnit> {
    let s = s.to_ascii_lowercase();
    Some(match s.trim_end_matches('s') {
        "kilogram" | "kilogramme" | "kilo" | "kg" => MassUnit::Kg,
        // ("120 gms of heroin", "50 gm of smack")
        "gram" | "gramme" | "g" | "gm" => MassUnit::G,
        "milligram" | "mg" => MassUnit::Mg,
        "pound" | "lb" => MassUnit::Lb,
        "ounce" | "oz" => MassUnit::Oz,
        // ("2.3 MT of shabu": Philippine and Indian copy's metric tonnes)
        "tonne" | "ton" | "t" | "mt" => MassUnit::T,
        "litre" | "liter" | "l" => MassUnit::L,
        "millilitre" | "milliliter" | "ml" => MassUnit::Ml,
        "gigabyte" | "gb" => MassUnit::Gb,
        "terabyte" | "tb" => MassUnit::Tb,
        "petabyte" | "pb" => MassUnit::Pb,
        _ => return None,
    })
}

/// Singular of an English noun as news writes it.
pub fn singular(word: &str) -> String {
    let w = word;
    let keep = [
        "cannabis",
        "news",
        "series",
        "species",
        "paraphernalia",
        "goods",
        "glasses",
        "ammunition",
        "gas",
        "mercedes",
        "lexus",
        "charas",
    ];
    // (the Latin plural: "storage media")
    if w == "media" {
        return "medium".to_string();
    }
    // (short acronyms' plurals: "IPs", "PCs")
    if matches!(w, "ips" | "pcs") {
        return w[..2].to_string();
    }
    if keep.contains(&w)
        || w.len() <= 3
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
    {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = w.strip_suffix("ves") {
        if matches!(stem, "kni" | "li" | "wi") {
            return format!("{stem}fe");
        }
        // "ketum leaves", "loaves", "thieves"
        if matches!(
            stem,
            "lea" | "loa" | "shel" | "hal" | "thie" | "wol" | "cal"
        ) {
            return format!("{stem}f");
        }
    }
    // ("buffaloes", "cargoes", "tomatoes"; not "shoes")
    if let Some(stem) = w.strip_suffix("oes").filter(|s| s.len() >= 4) {
        return format!("{stem}o");
    }
    for end in ["ches", "shes", "xes", "sses", "zes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    match w.strip_suffix('s') {
        Some(stem) => stem.to_string(),
        None => w.to_string(),
    }
}

/// Whether `head` (singular, lower case) is a thing seized on its own.
/// Whether a head noun names contraband: drugs, weapons and their parts.
pub fn contraband(head: &str) -> bool {
    // ("AK-47", "AR-15": a weapon's model, whose last part is no word)
    if matches!(
        head,
        "ak-47" | "ak47" | "ar-15" | "ar15" | "m16" | "uzi" | "kalashnikov"
    ) {
        return true;
    }
    let head = head.rsplit('-').next().unwrap_or(head);
    (MASS.contains(&head)
        && !matches!(head, "data" | "storage" | "hardware" | "goods" | "material"))
        || matches!(
            head,
            "weapon"
                | "firearm"
                | "gun"
                | "pistol"
                | "rifle"
                | "handgun"
                | "shotgun"
                | "revolver"
                | "glock"
                | "beretta"
                | "9mm"
                | "bullet"
                | "round"
                | "knife"
                | "machete"
                | "explosive"
                | "grenade"
                | "detonator"
                | "phensedyl"
                | "pill"
                | "yaba"
                | "ice"
                | "shabu"
                | "erimin"
                | "kush"
                | "oxycodone"
                | "hydrocodone"
                | "lsd"
                | "kratom"
                | "methylamphetamine"
                | "glassine"
        )
}

/// Whether a head noun (singular, lower case) names a drug: "ecstasy", "fentanyl",
/// "oxycodone" (not a weapon, cash or goods).
pub fn drug(head: &str) -> bool {
    (MASS.contains(&head)
        && !matches!(
            head,
            "data"
                | "storage"
                | "hardware"
                | "goods"
                | "material"
                | "cash"
                | "jewellery"
                | "jewelry"
                | "equipment"
                | "ammunition"
                | "paraphernalia"
                | "gold"
                | "currency"
                | "tobacco"
                | "alcohol"
                | "liquor"
        ))
        || matches!(
            head,
            "yaba"
                | "shabu"
                | "erimin"
                | "kush"
                | "oxycodone"
                | "hydrocodone"
                | "oxycontin"
                | "xanax"
                | "alprazolam"
                | "tramadol"
                | "percocet"
                | "adderall"
                | "captagon"
                | "lsd"
                | "kratom"
                | "methylamphetamine"
        )
}

/// "1,200 marijuana plants", "poppy seedlings", "two pill presses": a crop of a drug
/// or a press for pills, whose head noun alone ("plants", "presses") is no seized
/// thing.
fn crop_or_press(np: &[String]) -> bool {
    let [.., crop, head] = np else {
        return false;
    };
    match head.as_str() {
        "plant" | "seedling" | "bush" | "shrub" => {
            contraband(crop) || matches!(crop.as_str(), "poppy" | "coca" | "hemp" | "khat")
        }
        "press" => matches!(crop.as_str(), "pill" | "tablet"),
        _ => false,
    }
}

/// A drug's proper name for its street name, to tell one haul said twice apart from
/// two ("meth" in a headline, "methamphetamine" in the body); other words as they are.
pub fn drug_name(word: &str) -> &str {
    match word {
        "meth" | "methylamphetamine" => "methamphetamine",
        "coke" => "cocaine",
        "mdma" => "ecstasy",
        _ => word,
    }
}

/// Whether a head noun (singular, lower case) names livestock.
pub fn livestock(head: &str) -> bool {
    matches!(
        head,
        "cattle" | "cow" | "buffalo" | "bullock" | "goat" | "sheep" | "camel" | "livestock"
    )
}

pub fn seizable(head: &str) -> bool {
    // "crack-cocaine", "AK-47"-free compounds: the last part names the thing.
    SEIZABLE.contains(&head)
        || coin(head)
        || head
            .rsplit('-')
            .next()
            .is_some_and(|h| h != head && SEIZABLE.contains(&h))
}

/// Parse a conjunct. `loose` allows any plural head when a count is given (after
/// "seized" or "took down"); otherwise the head must be a known seizable thing.
pub fn parse(text: &str, loose: bool) -> Option<Item> {
    parse_with(text, loose, true)
}

/// [`parse`], with `definite` false to refuse "the drugs" without a count (a
/// reference back to things already reported).
pub fn parse_with(text: &str, loose: bool, definite: bool) -> Option<Item> {
    // Words with their byte offsets.
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let mut i = 0;
    let mut count: Option<u64> = None;
    let mut quantity: Option<(Decimal, MassUnit)> = None;
    let mut coins: Option<Decimal> = None;
    let mut start: Option<usize> = None;
    let mut article_one = false;
    let mut counted_container: Option<String> = None;
    // The count is of containers whose contents a bracketed weight weighs.
    let mut weighed_by_bracket = false;
    // "the Quickmart.example marketplace": one named thing.
    let the_name = words.len() >= 3
        && words[0].1.eq_ignore_ascii_case("the")
        && words[1].1.starts_with(|c: char| c.is_uppercase())
        && words[2].1.starts_with(|c: char| c.is_alphabetic());
    if the_name {
        i = 2;
    }
    if words
        .first()
        .is_some_and(|w| VAGUE.contains(&w.1.to_lowercase().as_str()))
    {
        return None;
    }
    while i < words.len() {
        let (off, w) = words[i];
        let lw = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '½')
            .to_lowercase();
        // "14 one-kilogram gold bars", "20 500-gram silver ingots": after a count, a
        // measure of each is no part of the thing's name.
        if count.is_some() && i + 1 < words.len() && PER_UNIT.is_match(&lw) {
            i += 1;
            continue;
        }
        // "9 mm guns", "two 9 mm pistols": a calibre, not a count.
        let calibre = |w: &str| {
            matches!(
                w.to_ascii_lowercase().trim_end_matches('.'),
                "mm" | "caliber" | "calibre"
            )
        };
        if !lw.is_empty()
            && lw.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && words.get(i + 1).is_some_and(|w| calibre(w.1))
            && i + 2 < words.len()
        {
            i += 2;
            continue;
        }
        if let Some(c) = QUANTITY.captures(&text[off..]) {
            if quantity.is_none() && count.is_none() {
                let (Some(u), Some(all)) = (c.name("unit"), c.get(0)) else {
                    break;
                };
                // "a tonne of methamphetamine", "an ounce of heroin": one of a unit
                // spelt out ("a t-shirt", "a g" are no weights).
                let n = match c.name("num") {
                    Some(n) => n.as_str().to_ascii_lowercase(),
                    None if c.name("one").is_some() && u.as_str().len() > 3 => "one".to_string(),
                    // "tonnes of cocaine": no amount
                    None => String::new(),
                };
                let num = if n.is_empty() {
                    None
                } else if n == "½" || n.starts_with("half") {
                    Decimal::parse("0.5")
                } else if n.starts_with("quarter") {
                    Decimal::parse("0.25")
                } else if n.starts_with(|c: char| c.is_ascii_digit()) {
                    Decimal::parse(&european_number(&n))
                } else {
                    numbers::parse_words(&n).map(|v| Decimal::int(i128::from(v)))
                };
                let num = match c.name("scale") {
                    Some(s) => num
                        .zip(crate::extract::lexicon::numbers::scale_word(s.as_str()))
                        .and_then(|(n, s)| n.times(i128::from(s))),
                    None => num,
                };
                // "12 terabytes of data" is an amount; "3 TB drives" counts drives.
                let of = all
                    .as_str()
                    .trim_end()
                    .to_ascii_lowercase()
                    .ends_with(" of");
                let found = num
                    .and_then(|num| quantity_in(num, u.as_str()))
                    .filter(|(_, u)| {
                        of || !matches!(u, MassUnit::Gb | MassUnit::Tb | MassUnit::Pb)
                    });
                if let Some(found) = found {
                    quantity = Some(found);
                    start.get_or_insert(off);
                    let end = off + all.end();
                    while i < words.len() && words[i].0 < end {
                        i += 1;
                    }
                    continue;
                }
            }
        }
        // "an additional 9,210 glassines": the article does not count one.
        let added = article_one
            && i > 0
            && matches!(
                words[i - 1].1.to_ascii_lowercase().as_str(),
                "additional"
                    | "further"
                    | "extra"
                    | "record"
                    | "estimated"
                    | "whopping"
                    | "staggering"
            );
        if count.is_none() && quantity.is_none() && (!article_one || added) {
            if let Some(c) = SCALED_COUNT.captures(&text[off..]) {
                let n = c.name("n").and_then(|n| Decimal::parse(n.as_str()));
                let scale = c
                    .name("s")
                    .and_then(|s| crate::extract::lexicon::numbers::scale_word(s.as_str()));
                let n = n
                    .zip(scale)
                    .and_then(|(n, s)| n.times(i128::from(s)))
                    .and_then(|d| d.as_integer())
                    .and_then(|v| u64::try_from(v).ok());
                if let (Some(n), Some(all)) = (n, c.get(0)) {
                    count = Some(n);
                    start.get_or_insert(off);
                    let end = off + all.end();
                    while i < words.len() && words[i].0 < end {
                        i += 1;
                    }
                    continue;
                }
            }
            if let Some(c) = COUNT.captures(&text[off..]).and_then(|c| c.name("n")) {
                let joined = text[off + c.end()..].starts_with('-');
                // "three two-wheelers": two words under twenty are no one number; the
                // count is the first, the second names the thing.
                let mut two = c.as_str().split_whitespace();
                let (first_word, second) = (two.next().unwrap_or(""), two.next());
                let small = |w: &str| numbers::parse_int(w).filter(|n| (1..20).contains(n));
                if joined && two.next().is_none() && second.and_then(small).is_some() {
                    if let Some(n) = small(first_word) {
                        count = Some(n);
                        article_one = false;
                        start.get_or_insert(off);
                        i += 1;
                        continue;
                    }
                }
                // "38.6 bitcoin": coins in fractions, an amount without a unit.
                let next_coin = || {
                    words.get(i + 1).is_some_and(|w| {
                        coin(&singular(
                            &w.1.trim_matches(|ch: char| !ch.is_alphanumeric())
                                .to_ascii_lowercase(),
                        ))
                    })
                };
                if c.as_str().contains('.') && !c.as_str().contains(' ') && next_coin() {
                    if let Some(d) = Decimal::parse(&c.as_str().replace(',', "")) {
                        coins = Some(d);
                        start.get_or_insert(off);
                        i += 1;
                        continue;
                    }
                }
                if let Some(n) =
                    numbers::parse_int(c.as_str()).filter(|n| (1..=1_000_000_000_000).contains(n))
                {
                    // "one of the largest …" is not a count of things.
                    if text[off + c.end()..].trim_start().starts_with("of ") {
                        return None;
                    }
                    // "a 40-caliber pistol", "9-mm rounds": a measure, not a count.
                    if joined {
                        break;
                    }
                    // "three dozen phones": 36
                    let rest = &text[off + c.end()..];
                    let dozen = rest.trim_start().get(..5).is_some_and(|w| {
                        w.eq_ignore_ascii_case("dozen")
                            && !rest.trim_start()[5..].starts_with(char::is_alphanumeric)
                    });
                    count = Some(if dozen { n.saturating_mul(12) } else { n });
                    article_one = false;
                    start.get_or_insert(off);
                    let end = off + c.end();
                    while i < words.len() && words[i].0 < end {
                        i += 1;
                    }
                    continue;
                }
            }
            if lw == "a" || lw == "an" || lw == "single" {
                // "a total of", "a number of", "a large quantity of" do not count one.
                let next = words
                    .get(i + 1)
                    .map(|w| w.1.to_lowercase())
                    .unwrap_or_default();
                if !matches!(
                    next.as_str(),
                    "total"
                        | "number"
                        | "large"
                        | "small"
                        | "quantity"
                        | "variety"
                        | "range"
                        | "unknown"
                ) {
                    article_one = true;
                    start.get_or_insert(off);
                }
                i += 1;
                continue;
            }
        }
        let container_at = |j: usize| {
            words
                .get(j)
                .is_some_and(|w| CONTAINERS.contains(&singular(&w.1.to_lowercase()).as_str()))
        };
        let of_at = |j: usize| words.get(j).is_some_and(|w| w.1.eq_ignore_ascii_case("of"));
        if container_at(i) && container_at(i + 1) && of_at(i + 2) {
            i += 1;
            continue;
        }
        // "70 soap cases of heroin": a case named by what it once held, counted.
        if count.is_some()
            && counted_container.is_none()
            && !lw.is_empty()
            && lw.bytes().all(|b| b.is_ascii_alphabetic())
            && !LEADING.contains(&lw.as_str())
            && words
                .get(i + 1)
                .is_some_and(|w| matches!(w.1.to_ascii_lowercase().as_str(), "case" | "cases"))
            && of_at(i + 2)
        {
            counted_container = Some(format!("{lw} case"));
            i += 3;
            continue;
        }
        // "three locally made pistols": where a thing was made says nothing of what it is.
        if lw == "locally"
            && words.get(i + 1).is_some_and(|w| {
                matches!(
                    w.1.to_ascii_lowercase().as_str(),
                    "made" | "manufactured" | "fabricated"
                )
            })
            && i + 2 < words.len()
        {
            i += 2;
            continue;
        }
        if (LEADING.contains(&lw.as_str()) || lw.is_empty()) && i + 1 < words.len() {
            i += 1;
            continue;
        }
        // "a record 190 tonnes of methamphetamine", "an estimated 3,000 pills": words
        // of size or doubt before the figure (not "3 record books").
        if count.is_none()
            && quantity.is_none()
            && matches!(
                lw.as_str(),
                "record" | "estimated" | "whopping" | "staggering"
            )
            && words
                .get(i + 1)
                .is_some_and(|w| w.1.starts_with(|c: char| c.is_ascii_digit()))
        {
            i += 1;
            continue;
        }
        // "300 packets (12 kg) of syabu": the packets counted and the syabu weighed,
        // as "300 packets of syabu weighing 12 kg" says it.
        if quantity.is_none()
            && words.get(i + 1).is_some_and(|w| w.1.starts_with('('))
            && is_container(&lw)
        {
            let close = (i + 1..words.len().min(i + 5)).find(|&j| words[j].1.ends_with(')'));
            let weight = close.and_then(|j| {
                let (open, last) = (words[i + 1].0 + 1, words[j].0 + words[j].1.len() - 1);
                text.get(open..last).and_then(bracketed_weight).zip(Some(j))
            });
            if let Some((found, j)) = weight.filter(|&(_, j)| of_at(j + 1)) {
                quantity = Some(found);
                weighed_by_bracket = count.is_some();
                i = j + 2;
                continue;
            }
        }
        // A container or a measure word: "1,009 pills of Ecstasy", "pieces of jewellery".
        if words
            .get(i + 1)
            .is_some_and(|w| w.1.eq_ignore_ascii_case("of"))
        {
            let s = singular(&lw);
            // "glassine envelopes of heroin": two container words.
            let s = match i.checked_sub(1).and_then(|j| words.get(j)) {
                Some(prev) if CONTAINERS.contains(&s.as_str()) => {
                    let p = singular(&prev.1.to_lowercase());
                    if CONTAINERS.contains(&p.as_str()) && counted_container.is_none() {
                        format!("{p} {s}")
                    } else {
                        s
                    }
                }
                _ => s,
            };
            if CONTAINERS.contains(&s.as_str())
                || CONTAINERS.contains(&s.rsplit(' ').next().unwrap_or(""))
            {
                if count.is_some() {
                    counted_container = Some(s);
                }
                i += 2;
                continue;
            }
            if MEASURES.contains(&s.as_str()) {
                // "a cache of 2,000 cigarettes": the article counts the cache, and
                // the count after it counts the things.
                article_one = false;
                i += 2;
                continue;
            }
        }
        break;
    }
    // The noun phrase: up to a stop word or punctuation.
    let np_start = words.get(i)?.0;
    let mut np_end = np_start;
    let mut np: Vec<String> = Vec::new();
    for &(off, w) in &words[i..] {
        let clean: String = w
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '.')
            .collect::<String>()
            .to_lowercase();
        let clean = clean.trim_matches(['.', '-']).to_string();
        if clean.is_empty() || STOPS.contains(&clean.as_str()) {
            break;
        }
        // "lorries loaded with charcoal" (not "a loaded gun")
        let with_next = words
            .iter()
            .find(|x| x.0 > off)
            .is_some_and(|x| x.1.eq_ignore_ascii_case("with"));
        if with_next && HELD_WITH.contains(&clean.as_str()) {
            break;
        }
        // The word after this one, lower case ("" at the end).
        let next_word = || {
            words
                .iter()
                .find(|x| x.0 > off)
                .map(|x| x.1.to_ascii_lowercase())
                .unwrap_or_default()
        };
        // "2.2 tonnes of cocaine 200 nautical miles off the coast": a distance.
        if !np.is_empty() && clean.starts_with(|c: char| c.is_ascii_digit()) {
            let next = next_word();
            if matches!(
                next.trim_end_matches([',', '.']),
                "nautical"
                    | "miles"
                    | "mile"
                    | "km"
                    | "kilometres"
                    | "kilometers"
                    | "metres"
                    | "meters"
            ) {
                break;
            }
        }
        // "a casing matching a 9mm pistol": a participle with an object ends the phrase.
        if clean.ends_with("ing") && !np.is_empty() {
            let next = next_word();
            if matches!(
                next.as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "its"
            ) || next.starts_with(|c: char| c.is_ascii_digit())
            {
                break;
            }
        }
        // "41 servers supporting the scheme": a participle after things counted in
        // the plural describes them (not a noun: "narcotics packaging material").
        if count.is_some()
            && clean.len() > 4
            && clean.ends_with("ing")
            && !seizable(&clean)
            // (adjectives: "scrip cards missing from the safe")
            && !matches!(clean.as_str(), "missing" | "remaining" | "outstanding" | "existing")
            && np
                .last()
                .is_some_and(|h: &String| *h != singular(h) && seizable(&singular(h)))
        {
            break;
        }
        // "ganja concealed under sacks", "cocaine packed in bricks": a participle after
        // the thing ends it.
        if clean.len() > 4
            && clean.ends_with("ed")
            && np.last().is_some_and(|h: &String| {
                seizable(&singular(h)) || quantity.is_some() && !h.ends_with("ed")
            })
        {
            break;
        }
        // "the suspect's phone": the owner is not part of the item.
        if w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") {
            np.clear(); // "Jane Doe's vehicle": the whole owner goes
            continue;
        }
        // "P13.6 million shabu": a sum, not a thing.
        if clean.starts_with(|c: char| c.is_alphabetic())
            && clean.chars().any(|c| c.is_ascii_digit())
            && clean.chars().take_while(|c| c.is_alphabetic()).count() <= 3
            && clean
                .chars()
                .skip_while(|c| c.is_alphabetic())
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            && np.is_empty()
            && w.starts_with(|c: char| c.is_uppercase())
            // ("an M16 rifle", "AK47 rifles": a model before a weapon)
            && !words.iter().find(|x| x.0 > off).is_some_and(|x| {
                let next = singular(&x.1.to_ascii_lowercase());
                contraband(&next) && !MASS.contains(&next.as_str())
            })
        {
            return None;
        }
        np.push(clean);
        np_end = off
            + w.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '’', '\''])
                .len();
        if w.ends_with([',', ';', ':', ')']) || (w.ends_with('.') && w.len() > 3) {
            break;
        }
    }
    // "cocaine weighing 200kg": the weight follows the thing; "35 packets of syabu
    // weighing 3.5kg": the weight says more than the packets.
    // "substances suspected to be Indian hemp": a placeholder noun names the thing
    // after "suspected to be".
    if np
        .last()
        .is_some_and(|h| PLACEHOLDERS.contains(&singular(h).as_str()))
    {
        let rest = text[np_end.min(text.len())..].trim_start();
        let lower = rest.to_ascii_lowercase();
        let tail = ["suspected to be ", "believed to be ", "suspected as "]
            .iter()
            .find_map(|lead| lower.strip_prefix(lead))
            .map(|q| &rest[rest.len() - q.len()..]);
        if let Some(tail) = tail {
            let at = text.len() - tail.len();
            if let Some(t) =
                parse_with(tail, true, true).filter(|t| t.count.is_none() && t.quantity.is_none())
            {
                np = t.item.split(' ').map(str::to_string).collect();
                np_end = at + t.end;
            }
        }
    }
    // ("15 sachets of shabu weighing 176 grams": the sachets counted, the shabu
    // weighed; "4.6 million Captagon pills weighing 772 kg": the pills counted and
    // weighed)
    let mut weighed_count = weighed_by_bracket;
    if quantity.is_none() {
        if let Some(found) = weight_after(&text[np_end.min(text.len())..]) {
            quantity = Some(found);
            // (the count stays: the pills, or the sachets, were counted too)
            weighed_count = counted_container.take().is_some() || count.is_some();
        }
    }
    let last = np.pop()?;
    let head = singular(&last);
    np.push(head.clone());
    if np.len() > 5
        || NOT_SEIZED.contains(&head.as_str())
        || NOT_SEIZED.contains(&last.as_str())
        || crate::extract::count::is_people_noun(&last)
    {
        return None;
    }
    // People by their nationality ("three Tanzanians arrested" after a seizure
    // verb's list) are never seized things.
    let demonym = |w: &str| crate::extract::lexicon::countries::canonical(w).is_some();
    if (demonym(&head) || demonym(&last)) && last.ends_with(['s', 'e']) && !seizable(&head) {
        return None;
    }
    let mut item = np.join(" ");
    if let Some(container) = &counted_container {
        item = format!("{item} {container}");
    }
    let known = seizable(&head) || counted_container.is_some() || crop_or_press(&np);
    let first = words
        .first()
        .map(|w| w.1.to_ascii_lowercase())
        .unwrap_or_default();
    if !definite
        && count.is_none()
        && quantity.is_none()
        && matches!(first.as_str(), "the" | "these" | "those" | "such")
    {
        return None;
    }
    let plural = last != head;
    let counted = count.is_some() && (plural || count == Some(1));
    // A weighed thing is a seized thing whatever its name ("1.2 kg of charas"); a
    // counted or named one only after a verb that seizes for sure.
    let weighed =
        quantity.is_some_and(|(_, u)| !matches!(u, MassUnit::Gb | MassUnit::Tb | MassUnit::Pb));
    if !known && !weighed && !(loose && (counted || quantity.is_some() || the_name && !plural)) {
        return None;
    }
    if quantity.is_none()
        && count.is_none()
        && (article_one || the_name)
        && !plural
        && !MASS.contains(&head.as_str())
    {
        count = Some(1);
    }
    if quantity.is_some() && !weighed_count {
        count = None;
    }
    Some(Item {
        item,
        count,
        quantity,
        coins,
        start: start.unwrap_or(np_start),
        end: np_end.max(np_start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_compile() {
        for re in [&QUANTITY, &QUANTITY_AFTER, &COUNT] {
            LazyLock::force(re);
        }
    }

    #[test]
    fn conjuncts() {
        let p = |s: &str| parse(s, false).map(|i| (i.item, i.count));
        assert_eq!(p("84 computers"), Some(("computer".into(), Some(84))));
        assert_eq!(p("mobile phones"), Some(("mobile phone".into(), None)));
        assert_eq!(p("iPads"), Some(("ipad".into(), None)));
        assert_eq!(
            p("1,009 pills of Ecstasy"),
            Some(("ecstasy pill".into(), Some(1009)))
        );
        assert_eq!(
            p("several pieces of jewellery"),
            Some(("jewellery".into(), None))
        );
        assert_eq!(
            p("a laptop computer"),
            Some(("laptop computer".into(), Some(1)))
        );
        assert_eq!(
            p("more than 12,500 associated bank accounts"),
            Some(("bank account".into(), Some(12500)))
        );
        assert_eq!(p("victims"), None);
        let q = parse("18.5 kilograms of suspected fentanyl", false).unwrap();
        assert_eq!(
            (q.item.as_str(), q.quantity),
            (
                "fentanyl",
                Some((Decimal::parse("18.5").unwrap(), MassUnit::Kg))
            )
        );
        let q = parse("a half-pound of methamphetamine", false).unwrap();
        assert_eq!(
            q.quantity,
            Some((Decimal::parse("0.5").unwrap(), MassUnit::Lb))
        );
        assert_eq!(
            parse("six botnet-for-rent services", true).map(|i| i.item),
            Some("botnet-for-rent service".into())
        );
    }
}
