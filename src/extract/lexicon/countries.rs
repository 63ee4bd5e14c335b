//! Countries and territories: the common short English name, other names for it, and
//! demonyms ("Malaysian" → Malaysia).

use crate::extract::lexicon::surfaces::Surfaces;
use crate::extract::lexicon::Rule;
use crate::span::Span;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// One country or territory.
pub struct Place {
    /// The common short English name ("South Korea").
    pub name: &'static str,
    /// Other names as written in news ("Korea", "Republic of Korea", "ROK").
    pub aliases: &'static [&'static str],
    /// Adjectives and nouns of nationality ("Korean", "Koreans").
    pub demonyms: &'static [&'static str],
}

macro_rules! places {
    ($( $name:literal [$($a:literal),*] [$($d:literal),*] ),* $(,)?) => {
        /// Every place known to blotter.
        pub static PLACES: &[Place] = &[ $( Place { name: $name, aliases: &[$($a),*], demonyms: &[$($d),*] } ),* ];
    };
}

places! {
    "Singapore" [] ["Singaporean", "Singaporeans"],
    "Malaysia" [] ["Malaysian", "Malaysians"],
    "Hong Kong" ["HKSAR", "Hongkong"] ["Hongkonger", "Hongkongers", "Hong Konger", "Hong Kongers"],
    "Macau" ["Macao"] [],
    "Japan" [] ["Japanese"],
    "South Korea" ["Korea", "Republic of Korea"] ["Korean", "South Korean", "South Koreans", "Koreans"],
    "North Korea" ["DPRK"] ["North Korean", "North Koreans"],
    "Thailand" [] ["Thai", "Thais"],
    "China" ["People's Republic of China", "mainland China", "PRC"] ["Chinese"],
    "Taiwan" [] ["Taiwanese"],
    "Philippines" ["the Philippines"] ["Filipino", "Filipinos", "Philippine"],
    "Indonesia" [] ["Indonesian", "Indonesians"],
    "Vietnam" ["Viet Nam"] ["Vietnamese"],
    "Cambodia" [] ["Cambodian", "Cambodians"],
    "Laos" ["Lao PDR", "Lao People's Democratic Republic"] ["Laotian", "Lao"],
    "Myanmar" ["Burma"] ["Burmese"],
    "Brunei" [] ["Bruneian"],
    "India" [] ["Indian", "Indians"],
    "Pakistan" [] ["Pakistani", "Pakistanis"],
    "Bangladesh" [] ["Bangladeshi", "Bangladeshis"],
    "Sri Lanka" [] ["Sri Lankan", "Sri Lankans"],
    "Nepal" [] ["Nepali", "Nepalese"],
    "Maldives" [] ["Maldivian"],
    "Afghanistan" [] ["Afghan", "Afghans"],
    "Australia" [] ["Australian", "Australians"],
    "New Zealand" [] ["New Zealander", "New Zealanders"],
    "Fiji" [] ["Fijian"],
    "Papua New Guinea" [] [],
    "United States" ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America"] ["American", "Americans"],
    "Canada" [] ["Canadian", "Canadians"],
    "Mexico" [] ["Mexican", "Mexicans"],
    "Guatemala" [] ["Guatemalan"],
    "Honduras" [] ["Honduran"],
    "El Salvador" [] ["Salvadoran"],
    "Nicaragua" [] ["Nicaraguan"],
    "Costa Rica" [] ["Costa Rican"],
    "Panama" [] ["Panamanian"],
    "Cuba" [] ["Cuban", "Cubans"],
    "Dominican Republic" [] ["Dominican"],
    "Haiti" [] ["Haitian"],
    "Jamaica" [] ["Jamaican"],
    "Colombia" [] ["Colombian", "Colombians"],
    "Venezuela" [] ["Venezuelan", "Venezuelans"],
    "Ecuador" [] ["Ecuadorian"],
    "Peru" [] ["Peruvian"],
    "Bolivia" [] ["Bolivian"],
    "Brazil" [] ["Brazilian", "Brazilians"],
    "Argentina" [] ["Argentine", "Argentinian"],
    "Chile" [] ["Chilean"],
    "Paraguay" [] ["Paraguayan"],
    "Uruguay" [] ["Uruguayan"],
    // England, Scotland, Wales and Northern Ireland report as the United Kingdom, the
    // contract's short name ("English" is a language far more often than a demonym).
    "United Kingdom" ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"] ["British", "Briton", "Britons", "Scottish", "Welsh"],
    "Ireland" ["Republic of Ireland"] ["Irish"],
    "France" [] ["French"],
    "Germany" [] ["German", "Germans"],
    "Spain" [] ["Spanish", "Spaniard", "Spaniards"],
    "Portugal" [] ["Portuguese"],
    "Italy" [] ["Italian", "Italians"],
    "Netherlands" ["the Netherlands", "Holland"] ["Dutch"],
    "Belgium" [] ["Belgian", "Belgians"],
    "Luxembourg" [] [],
    "Switzerland" [] ["Swiss"],
    "Austria" [] ["Austrian", "Austrians"],
    "Denmark" [] ["Danish"],
    "Sweden" [] ["Swedish", "Swede", "Swedes"],
    "Norway" [] ["Norwegian", "Norwegians"],
    "Finland" [] ["Finnish"],
    "Iceland" [] ["Icelandic"],
    "Estonia" [] ["Estonian"],
    "Latvia" [] ["Latvian"],
    "Lithuania" [] ["Lithuanian"],
    "Poland" [] ["Polish", "Pole", "Poles"],
    "Czech Republic" ["Czechia"] ["Czech"],
    "Slovakia" [] ["Slovak"],
    "Hungary" [] ["Hungarian"],
    "Romania" [] ["Romanian", "Romanians"],
    "Bulgaria" [] ["Bulgarian"],
    "Greece" [] ["Greek"],
    "Cyprus" [] ["Cypriot"],
    "Malta" [] ["Maltese"],
    "Slovenia" [] ["Slovenian"],
    "Croatia" [] ["Croatian"],
    "Serbia" [] ["Serbian"],
    "Bosnia and Herzegovina" ["Bosnia"] ["Bosnian"],
    "Montenegro" [] [],
    "North Macedonia" [] [],
    "Albania" [] ["Albanian", "Albanians"],
    "Kosovo" [] [],
    "Moldova" [] ["Moldovan"],
    "Ukraine" [] ["Ukrainian", "Ukrainians"],
    "Belarus" [] ["Belarusian"],
    "Russia" ["Russian Federation"] ["Russian", "Russians"],
    "Georgia" [] ["Georgian"],
    "Armenia" [] ["Armenian"],
    "Azerbaijan" [] ["Azerbaijani"],
    "Kazakhstan" [] ["Kazakh"],
    "Uzbekistan" [] ["Uzbek"],
    "Kyrgyzstan" [] [],
    "Tajikistan" [] [],
    "Turkmenistan" [] [],
    "Mongolia" [] ["Mongolian"],
    "Turkey" ["Türkiye", "Turkiye"] ["Turkish"],
    "Israel" [] ["Israeli", "Israelis"],
    "Palestine" [] ["Palestinian", "Palestinians"],
    "Lebanon" [] ["Lebanese"],
    "Syria" [] ["Syrian", "Syrians"],
    "Jordan" [] ["Jordanian"],
    "Iraq" [] ["Iraqi", "Iraqis"],
    "Iran" [] ["Iranian", "Iranians"],
    "Saudi Arabia" [] ["Saudi", "Saudis"],
    "United Arab Emirates" ["UAE", "U.A.E."] ["Emirati"],
    "Qatar" [] ["Qatari"],
    "Kuwait" [] ["Kuwaiti"],
    "Bahrain" [] ["Bahraini"],
    "Oman" [] ["Omani"],
    "Yemen" [] ["Yemeni"],
    "Egypt" [] ["Egyptian", "Egyptians"],
    "Libya" [] ["Libyan"],
    "Tunisia" [] ["Tunisian"],
    "Algeria" [] ["Algerian"],
    "Morocco" [] ["Moroccan", "Moroccans"],
    "Nigeria" [] ["Nigerian", "Nigerians"],
    "Ghana" [] ["Ghanaian", "Ghanaians"],
    "Senegal" [] ["Senegalese"],
    "Ivory Coast" ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire"] ["Ivorian"],
    "Cameroon" [] ["Cameroonian"],
    "Benin" [] ["Beninese"],
    "Togo" [] ["Togolese"],
    "Sierra Leone" [] [],
    "Liberia" [] ["Liberian"],
    "Gambia" ["The Gambia"] ["Gambian"],
    "Mali" [] ["Malian"],
    "Burkina Faso" [] [],
    "Niger" [] [],
    "Chad" [] [],
    "Sudan" [] ["Sudanese"],
    "South Sudan" [] [],
    "Ethiopia" [] ["Ethiopian", "Ethiopians"],
    "Eritrea" [] ["Eritrean"],
    "Somalia" [] ["Somali"],
    "Kenya" [] ["Kenyan", "Kenyans"],
    "Uganda" [] ["Ugandan"],
    "Tanzania" [] ["Tanzanian"],
    "Rwanda" [] ["Rwandan"],
    "Democratic Republic of the Congo" ["DR Congo", "DRC"] ["Congolese"],
    "Angola" [] ["Angolan"],
    "Zambia" [] ["Zambian"],
    "Zimbabwe" [] ["Zimbabwean"],
    "Mozambique" [] [],
    "Malawi" [] [],
    "Namibia" [] [],
    "Botswana" [] [],
    "South Africa" [] ["South African", "South Africans"],
    "Madagascar" [] [],
    "Mauritius" [] ["Mauritian"],
    "Guinea" ["Guinea-Conakry"] ["Guinean"],
    "Guinea-Bissau" [] [],
    "Equatorial Guinea" [] [],
    "Republic of the Congo" ["Congo-Brazzaville"] [],
    "Gabon" [] ["Gabonese"],
    "Central African Republic" [] [],
    "Mauritania" [] ["Mauritanian"],
    "Cape Verde" ["Cabo Verde"] [],
    "Djibouti" [] [],
    "Burundi" [] ["Burundian"],
    "Lesotho" [] [],
    "Eswatini" ["Swaziland"] [],
    "Seychelles" [] [],
    "Comoros" [] [],
    "Timor-Leste" ["East Timor"] [],
    "Bhutan" [] ["Bhutanese"],
    "Trinidad and Tobago" [] [],
    "Bahamas" ["The Bahamas"] ["Bahamian"],
    "Barbados" [] ["Barbadian"],
    "Belize" [] ["Belizean"],
    "Suriname" [] ["Surinamese"],
    "Guyana" [] ["Guyanese"],
    "Liechtenstein" [] [],
    "Monaco" [] [],
    "Andorra" [] [],
    "Solomon Islands" [] [],
    "Vanuatu" [] [],
    "Samoa" [] ["Samoan"],
    "Tonga" [] ["Tongan"],
}

/// How a place was named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mention {
    /// By its name or an alias ("Singapore", "U.S.").
    Name,
    /// By a demonym ("Malaysian").
    Demonym,
}

/// One mention of a place in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Where, relative to the searched text.
    pub span: Span,
    /// The place's common name.
    pub name: &'static str,
    /// Named or by demonym.
    pub how: Mention,
}

struct Index {
    /// Every name, alias and demonym, longest first so that "South Korea" wins over
    /// "Korea".
    surfaces: Surfaces,
    /// For each surface, its place and how it names it.
    places: Vec<(&'static str, Mention)>,
    /// For each surface, the [`WITHIN`] places of another country that hold it as
    /// a word, with the byte offset it starts at there ("Mexico" in "New Mexico",
    /// "Wales" in "New South Wales").
    inside: Vec<Vec<(&'static str, usize)>>,
}

/// Whether `within` holds `surface` as a whole word (or words); where it starts.
fn word_inside(within: &str, surface: &str) -> Option<usize> {
    // (asked of every surface and place once per run: ~300,000 pairs of short
    // names, so a byte window rather than a substring searcher built per pair)
    let (w, s) = (within.as_bytes(), surface.as_bytes());
    if s.len() >= w.len() {
        return None;
    }
    w.windows(s.len()).enumerate().find_map(|(i, win)| {
        let end = i + s.len();
        (win == s && (i == 0 || w[i - 1] == b' ') && (end == w.len() || w[end] == b' '))
            .then_some(i)
    })
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut surfaces: Vec<(&'static str, &'static str, Mention)> = Vec::new();
    for p in PLACES {
        surfaces.push((p.name, p.name, Mention::Name));
        for a in p.aliases {
            surfaces.push((a, p.name, Mention::Name));
        }
        for d in p.demonyms {
            surfaces.push((d, p.name, Mention::Demonym));
        }
    }
    surfaces.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    // A surface written twice names the place of its last entry.
    let last: HashMap<&str, (&'static str, Mention)> =
        surfaces.iter().map(|&(s, n, m)| (s, (n, m))).collect();
    let places = surfaces.iter().map(|(s, _, _)| last[s]).collect();
    let names: Vec<&str> = surfaces.iter().map(|(s, _, _)| *s).collect();
    let inside = surfaces
        .iter()
        .map(|&(s, _, _)| {
            let (name, _) = last[s];
            within_and_forces()
                .filter(|&&(_, country)| country != name)
                .filter_map(|&(within, _)| Some((within, word_inside(within, s)?)))
                .collect()
        })
        .collect();
    // Case-sensitive: place names are proper nouns ("Chad" the country, "chad" not).
    Index {
        surfaces: Surfaces::new(&names),
        places,
        inside,
    }
});

/// Every place mentioned in `text`, left to right, without overlaps.
///
/// ```
/// use blotter::extract::lexicon::countries::find;
/// let found = find("Raids in South Korea and a Malaysian suspect");
/// assert_eq!(found[0].name, "South Korea");
/// assert_eq!(found[1].name, "Malaysia");
/// ```
pub fn find(text: &str) -> Vec<Found> {
    let idx = &*INDEX;
    idx.surfaces
        .find(text)
        .into_iter()
        .filter(|&(span, surface)| {
            // "New Mexico State Police", "Sydney, New South Wales": part of the name
            // of another country's state or city.
            !idx.inside[surface].iter().any(|&(within, at)| {
                (span.start.checked_sub(at)).is_some_and(|from| {
                    text.get(from..).is_some_and(|t| {
                        t.starts_with(within)
                            && !t[within.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                })
            })
        })
        .map(|(span, surface)| {
            // "US" and "UK" only in upper case words, never "us": case-sensitive.
            let (name, how) = idx.places[surface];
            Found { span, name, how }
        })
        .collect()
}

/// [`find`] for a heading, whose lead before ": " may be in capitals: a lead
/// without lower-case letters in which `find` sees no place is read title-cased
/// when it is a place's name and nothing else ("MOZAMBIQUE: 12 arrested", "HONG
/// KONG: …"; not "850 TURKEY DINNERS: …"; "UK: …" is found as written).
///
/// ```
/// use blotter::extract::lexicon::countries::find_heading;
/// assert_eq!(find_heading("MOZAMBIQUE: 12 arrested in Kenya")[0].name, "Mozambique");
/// assert_eq!(find_heading("UK: five held")[0].name, "United Kingdom");
/// assert!(find_heading("BREAKING: five held").is_empty());
/// assert!(find_heading("850 TURKEY DINNERS: a gift").is_empty());
/// ```
pub fn find_heading(text: &str) -> Vec<Found> {
    let found = find(text);
    let lead_end = text.find(": ").unwrap_or(text.len());
    let lead = &text[..lead_end];
    let shouted = lead.chars().any(char::is_uppercase) && !lead.chars().any(char::is_lowercase);
    if !shouted || found.iter().any(|f| f.span.start < lead_end) {
        return found;
    }
    let folded = title_case(lead);
    if folded.len() != lead.len() {
        return found;
    }
    let mut out: Vec<Found> = find(&folded)
        .into_iter()
        .filter(|f| f.span.start == 0 && f.span.end == folded.len())
        .collect();
    out.extend(found);
    out
}

/// The common name of a place named `s` (a name, alias or demonym), any case.
pub fn canonical(s: &str) -> Option<&'static str> {
    let t = s.trim();
    let t = t.strip_prefix("the ").unwrap_or(t);
    // (asked of every word of every candidate name)
    super::with_ascii_lower(t, |lower| BY_LOWER_SURFACE.get(lower).copied())
}

/// Every name, alias and demonym in ASCII lower case → the first place (in `PLACES`
/// order) that has it.
static BY_LOWER_SURFACE: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for p in PLACES {
        let surfaces = std::iter::once(&p.name).chain(p.aliases).chain(p.demonyms);
        for s in surfaces {
            map.entry(s.to_ascii_lowercase()).or_insert(p.name);
        }
    }
    map
});

/// Cities, states and regions that place a report in a country ("Miami" → United
/// States, "Johor" → Malaysia). Capitals that news uses for a government
/// ("Beijing", "Washington", "Moscow") are left out on purpose.
pub static WITHIN: &[(&str, &str)] = &[
    // United States: states (not "Georgia", "Washington") and cities.
    ("Alabama", "United States"),
    ("Alaska", "United States"),
    ("Arizona", "United States"),
    ("Arkansas", "United States"),
    ("California", "United States"),
    ("Colorado", "United States"),
    ("Connecticut", "United States"),
    ("Delaware", "United States"),
    ("Florida", "United States"),
    ("Hawaii", "United States"),
    ("Idaho", "United States"),
    ("Illinois", "United States"),
    ("Indiana", "United States"),
    ("Iowa", "United States"),
    ("Kansas", "United States"),
    ("Kentucky", "United States"),
    ("Louisiana", "United States"),
    ("Maine", "United States"),
    ("Maryland", "United States"),
    ("Massachusetts", "United States"),
    ("Michigan", "United States"),
    ("Minnesota", "United States"),
    ("Mississippi", "United States"),
    ("Missouri", "United States"),
    ("Montana", "United States"),
    ("Nebraska", "United States"),
    ("Nevada", "United States"),
    ("New Hampshire", "United States"),
    ("New Jersey", "United States"),
    ("New Mexico", "United States"),
    ("New York", "United States"),
    ("North Carolina", "United States"),
    ("North Dakota", "United States"),
    ("Ohio", "United States"),
    ("Oklahoma", "United States"),
    ("Oregon", "United States"),
    ("Pennsylvania", "United States"),
    ("Rhode Island", "United States"),
    ("South Carolina", "United States"),
    ("South Dakota", "United States"),
    ("Tennessee", "United States"),
    ("Texas", "United States"),
    ("Utah", "United States"),
    ("Vermont", "United States"),
    ("Virginia", "United States"),
    ("West Virginia", "United States"),
    ("Wisconsin", "United States"),
    ("Wyoming", "United States"),
    ("Miami", "United States"),
    ("Miami-Dade", "United States"),
    ("Brooklyn", "United States"),
    ("Manhattan", "United States"),
    ("Queens", "United States"),
    ("Staten Island", "United States"),
    ("the Bronx", "United States"),
    ("New York City", "United States"),
    ("Los Angeles", "United States"),
    ("Chicago", "United States"),
    ("Houston", "United States"),
    ("Dallas", "United States"),
    ("San Francisco", "United States"),
    ("San Diego", "United States"),
    ("Philadelphia", "United States"),
    ("Phoenix", "United States"),
    ("Seattle", "United States"),
    ("Boston", "United States"),
    ("Atlanta", "United States"),
    ("Detroit", "United States"),
    ("Denver", "United States"),
    ("Las Vegas", "United States"),
    ("Riverside", "United States"),
    ("Columbus", "United States"),
    ("Santa Ana", "United States"),
    ("Oakland", "United States"),
    ("San Jose", "United States"),
    ("Fresno", "United States"),
    ("Long Beach", "United States"),
    ("Anaheim", "United States"),
    ("Irvine", "United States"),
    ("Newark", "United States"),
    ("Cleveland", "United States"),
    ("Cincinnati", "United States"),
    ("Milwaukee", "United States"),
    ("Kansas City", "United States"),
    ("St. Louis", "United States"),
    ("New Orleans", "United States"),
    ("Nashville", "United States"),
    ("Memphis", "United States"),
    ("Louisville", "United States"),
    ("Honolulu", "United States"),
    ("Salt Lake City", "United States"),
    ("Albuquerque", "United States"),
    ("Tucson", "United States"),
    ("El Paso", "United States"),
    ("Fort Worth", "United States"),
    ("Jacksonville", "United States"),
    ("Indianapolis", "United States"),
    ("Oklahoma City", "United States"),
    ("Omaha", "United States"),
    ("Calif.", "United States"),
    ("Fla.", "United States"),
    ("Ariz.", "United States"),
    ("Baltimore", "United States"),
    ("Pittsburgh", "United States"),
    ("Sacramento", "United States"),
    ("Orlando", "United States"),
    ("Tampa", "United States"),
    ("San Antonio", "United States"),
    ("Portland", "United States"),
    ("Minneapolis", "United States"),
    // United Kingdom.
    ("London", "United Kingdom"),
    ("Manchester", "United Kingdom"),
    ("Birmingham", "United Kingdom"),
    ("Liverpool", "United Kingdom"),
    ("Glasgow", "United Kingdom"),
    ("Edinburgh", "United Kingdom"),
    ("Belfast", "United Kingdom"),
    ("Cardiff", "United Kingdom"),
    ("Leeds", "United Kingdom"),
    ("Bristol", "United Kingdom"),
    // towns and counties of British court reports (not those that are surnames or
    // American places too: Bolton, Bradford, Wakefield, Preston, Wiltshire, Norfolk,
    // Suffolk, Plymouth)
    ("Norwich", "United Kingdom"),
    ("Ipswich", "United Kingdom"),
    ("Peterborough", "United Kingdom"),
    ("Luton", "United Kingdom"),
    ("Northampton", "United Kingdom"),
    ("Leicester", "United Kingdom"),
    ("Middlesbrough", "United Kingdom"),
    ("Blackpool", "United Kingdom"),
    ("Chelmsford", "United Kingdom"),
    ("Maidstone", "United Kingdom"),
    ("Wigan", "United Kingdom"),
    ("Stockport", "United Kingdom"),
    ("Oldham", "United Kingdom"),
    ("Salford", "United Kingdom"),
    ("Croydon", "United Kingdom"),
    ("Swindon", "United Kingdom"),
    ("Doncaster", "United Kingdom"),
    ("Rotherham", "United Kingdom"),
    ("Barnsley", "United Kingdom"),
    ("Huddersfield", "United Kingdom"),
    ("Inverness", "United Kingdom"),
    ("Cheshire", "United Kingdom"),
    ("Hampshire", "United Kingdom"),
    ("Northumberland", "United Kingdom"),
    ("Cambridgeshire", "United Kingdom"),
    ("Oxfordshire", "United Kingdom"),
    ("Lanarkshire", "United Kingdom"),
    ("Humberside", "United Kingdom"),
    ("Gwent", "United Kingdom"),
    ("South Wales", "United Kingdom"),
    ("North Wales", "United Kingdom"),
    ("Nottingham", "United Kingdom"),
    ("Sheffield", "United Kingdom"),
    ("Derbyshire", "United Kingdom"),
    ("Yorkshire", "United Kingdom"),
    ("Kent", "United Kingdom"),
    ("Essex", "United Kingdom"),
    ("Tyneside", "United Kingdom"),
    ("Newcastle", "United Kingdom"),
    ("Southampton", "United Kingdom"),
    ("Portsmouth", "United Kingdom"),
    ("Dundee", "United Kingdom"),
    ("Swansea", "United Kingdom"),
    ("Lancashire", "United Kingdom"),
    ("Merseyside", "United Kingdom"),
    ("West Midlands", "United Kingdom"),
    ("Greater Manchester", "United Kingdom"),
    ("Northumbria", "United Kingdom"),
    ("Sussex", "United Kingdom"),
    ("Cumbria", "United Kingdom"),
    ("Lincolnshire", "United Kingdom"),
    ("Nottinghamshire", "United Kingdom"),
    ("Leicestershire", "United Kingdom"),
    ("Staffordshire", "United Kingdom"),
    ("Warwickshire", "United Kingdom"),
    ("Gloucestershire", "United Kingdom"),
    ("Hertfordshire", "United Kingdom"),
    ("Bedfordshire", "United Kingdom"),
    ("Thames Valley", "United Kingdom"),
    ("Sunderland", "United Kingdom"),
    ("Stoke-on-Trent", "United Kingdom"),
    ("Wolverhampton", "United Kingdom"),
    // Malaysia.
    ("Kuala Lumpur", "Malaysia"),
    ("Johor", "Malaysia"),
    ("Johor Baru", "Malaysia"),
    ("Johor Bahru", "Malaysia"),
    ("Selangor", "Malaysia"),
    ("Penang", "Malaysia"),
    ("Sabah", "Malaysia"),
    ("Sarawak", "Malaysia"),
    ("Kedah", "Malaysia"),
    ("Kelantan", "Malaysia"),
    ("Terengganu", "Malaysia"),
    ("Pahang", "Malaysia"),
    ("Perak", "Malaysia"),
    ("Melaka", "Malaysia"),
    ("Malacca", "Malaysia"),
    ("Negeri Sembilan", "Malaysia"),
    ("Putrajaya", "Malaysia"),
    ("Petaling Jaya", "Malaysia"),
    ("Shah Alam", "Malaysia"),
    ("Ipoh", "Malaysia"),
    // Elsewhere.
    ("Mumbai", "India"),
    ("New Delhi", "India"),
    ("Delhi", "India"),
    ("Bengaluru", "India"),
    ("Bangalore", "India"),
    ("Kolkata", "India"),
    ("Chennai", "India"),
    ("Hyderabad", "India"),
    ("Jakarta", "Indonesia"),
    ("Surabaya", "Indonesia"),
    ("Bali", "Indonesia"),
    ("Sumatra", "Indonesia"),
    ("Bangkok", "Thailand"),
    ("Pattaya", "Thailand"),
    ("Phuket", "Thailand"),
    ("Chiang Mai", "Thailand"),
    ("Manila", "Philippines"),
    ("Quezon City", "Philippines"),
    ("Cebu", "Philippines"),
    ("Ho Chi Minh City", "Vietnam"),
    ("Hanoi", "Vietnam"),
    ("Ha Noi", "Vietnam"),
    ("Da Nang", "Vietnam"),
    ("Haiphong", "Vietnam"),
    ("Hai Phong", "Vietnam"),
    ("Phnom Penh", "Cambodia"),
    ("Shanghai", "China"),
    ("Shenzhen", "China"),
    ("Guangzhou", "China"),
    ("Guangdong", "China"),
    ("Fujian", "China"),
    ("Zhejiang", "China"),
    ("Tokyo", "Japan"),
    ("Osaka", "Japan"),
    ("Seoul", "South Korea"),
    ("Busan", "South Korea"),
    ("Taipei", "Taiwan"),
    ("Kaohsiung", "Taiwan"),
    ("Sydney", "Australia"),
    ("Queensland", "Australia"),
    ("New South Wales", "Australia"),
    ("Victoria Police", "Australia"),
    ("Auckland", "New Zealand"),
    ("Toronto", "Canada"),
    ("Ontario", "Canada"),
    ("Quebec", "Canada"),
    ("British Columbia", "Canada"),
    ("Vancouver", "Canada"),
    ("Madrid", "Spain"),
    ("Barcelona", "Spain"),
    ("Seville", "Spain"),
    ("Malaga", "Spain"),
    ("Málaga", "Spain"),
    ("Cádiz", "Spain"),
    ("Cadiz", "Spain"),
    ("Sevilla", "Spain"),
    ("Alicante", "Spain"),
    ("Marbella", "Spain"),
    ("Ibiza", "Spain"),
    ("Mallorca", "Spain"),
    ("Catalonia", "Spain"),
    ("Andalusia", "Spain"),
    ("Bavaria", "Germany"),
    ("Bavarian", "Germany"),
    ("Berlin", "Germany"),
    ("Munich", "Germany"),
    ("Hamburg", "Germany"),
    ("Köln", "Germany"),
    ("München", "Germany"),
    ("Frankfurt", "Germany"),
    ("North Rhine-Westphalia", "Germany"),
    ("Paris", "France"),
    ("Marseille", "France"),
    // Lyon and Zaragoza are left out: surnames too ("Sarah Lyon", "Ed Zaragoza").
    ("Rennes", "France"),
    ("Nantes", "France"),
    ("Strasbourg", "France"),
    ("Amsterdam", "Netherlands"),
    ("Rotterdam", "Netherlands"),
    ("The Hague", "Netherlands"),
    ("Brussels", "Belgium"),
    ("Antwerp", "Belgium"),
    ("Rome", "Italy"),
    ("Milan", "Italy"),
    ("Naples", "Italy"),
    ("Catania", "Italy"),
    ("Sicily", "Italy"),
    ("Lisbon", "Portugal"),
    ("Porto", "Portugal"),
    ("Warsaw", "Poland"),
    ("Krakow", "Poland"),
    ("Kraków", "Poland"),
    ("Lodz", "Poland"),
    ("Łódź", "Poland"),
    ("Gdansk", "Poland"),
    ("Gdańsk", "Poland"),
    ("Wroclaw", "Poland"),
    ("Wrocław", "Poland"),
    ("Poznan", "Poland"),
    ("Poznań", "Poland"),
    ("Stockholm", "Sweden"),
    ("Gothenburg", "Sweden"),
    ("Dublin", "Ireland"),
    ("Vienna", "Austria"),
    ("Zurich", "Switzerland"),
    ("Geneva", "Switzerland"),
    ("Istanbul", "Turkey"),
    ("Antalya", "Turkey"),
    ("Izmir", "Turkey"),
    ("Dubai", "United Arab Emirates"),
    ("Abu Dhabi", "United Arab Emirates"),
    ("Lagos", "Nigeria"),
    ("Abuja", "Nigeria"),
    ("Nairobi", "Kenya"),
    ("Johannesburg", "South Africa"),
    ("Cape Town", "South Africa"),
    ("Durban", "South Africa"),
    ("Pretoria", "South Africa"),
    ("KwaZulu-Natal", "South Africa"),
    ("Gauteng", "South Africa"),
    ("Eastern Cape", "South Africa"),
    ("Western Cape", "South Africa"),
    ("Northern Cape", "South Africa"),
    ("Limpopo", "South Africa"),
    ("Mpumalanga", "South Africa"),
    ("Gqeberha", "South Africa"),
    ("Port Elizabeth", "South Africa"),
    ("Soweto", "South Africa"),
    ("Bloemfontein", "South Africa"),
    ("Nakuru", "Kenya"),
    ("Eldoret", "Kenya"),
    ("Quezon City", "Philippines"),
    ("Tijuana", "Mexico"),
    ("Cancun", "Mexico"),
    ("Cancún", "Mexico"),
    ("Ciudad Juarez", "Mexico"),
    ("Ciudad Juárez", "Mexico"),
    ("Bhubaneswar", "India"),
    // Capitals and large cities whose names are no American town's (not Athens,
    // Lima, Alexandria, Monrovia, Odessa: towns of American releases).
    ("Yerevan", "Armenia"),
    ("Tbilisi", "Georgia"),
    ("Kyiv", "Ukraine"),
    ("Odesa", "Ukraine"),
    ("Bucharest", "Romania"),
    ("Belgrade", "Serbia"),
    ("Tirana", "Albania"),
    ("Chisinau", "Moldova"),
    ("Riga", "Latvia"),
    ("Vilnius", "Lithuania"),
    ("Tallinn", "Estonia"),
    ("Helsinki", "Finland"),
    ("Oslo", "Norway"),
    ("Copenhagen", "Denmark"),
    ("Prague", "Czech Republic"),
    ("Budapest", "Hungary"),
    ("Bratislava", "Slovakia"),
    ("Zagreb", "Croatia"),
    ("Ljubljana", "Slovenia"),
    ("Marrakech", "Morocco"),
    ("Rabat", "Morocco"),
    ("Tunis", "Tunisia"),
    ("Algiers", "Algeria"),
    ("Cairo", "Egypt"),
    ("Khartoum", "Sudan"),
    ("Kinshasa", "Democratic Republic of the Congo"),
    ("Luanda", "Angola"),
    ("Maputo", "Mozambique"),
    ("Windhoek", "Namibia"),
    ("Gaborone", "Botswana"),
    ("Kigali", "Rwanda"),
    ("Abidjan", "Ivory Coast"),
    ("Lomé", "Togo"),
    ("Lome", "Togo"),
    ("Cotonou", "Benin"),
    ("Niamey", "Niger"),
    ("Bamako", "Mali"),
    ("Ouagadougou", "Burkina Faso"),
    ("Freetown", "Sierra Leone"),
    ("Conakry", "Guinea"),
    ("Sao Paulo", "Brazil"),
    ("São Paulo", "Brazil"),
    ("Rio de Janeiro", "Brazil"),
    ("Brasilia", "Brazil"),
    ("Brasília", "Brazil"),
    ("Belo Horizonte", "Brazil"),
    ("Curitiba", "Brazil"),
    ("Porto Alegre", "Brazil"),
    ("Recife", "Brazil"),
    ("Manaus", "Brazil"),
    ("Fortaleza", "Brazil"),
    ("Mexico City", "Mexico"),
    ("Bogota", "Colombia"),
    ("Bogotá", "Colombia"),
    ("Kowloon", "Hong Kong"),
    ("Algeciras", "Spain"),
    ("Bilbao", "Spain"),
    ("Toulouse", "France"),
    ("Bordeaux", "France"),
    ("Lille", "France"),
    ("Cologne", "Germany"),
    ("Stuttgart", "Germany"),
    ("Dusseldorf", "Germany"),
    ("Düsseldorf", "Germany"),
    ("Dresden", "Germany"),
    ("Leipzig", "Germany"),
    ("Hesse", "Germany"),
    ("Saxony", "Germany"),
    ("Lower Saxony", "Germany"),
    ("Baden-Württemberg", "Germany"),
    ("Utrecht", "Netherlands"),
    ("Eindhoven", "Netherlands"),
    ("Turin", "Italy"),
    ("Palermo", "Italy"),
    ("Calabria", "Italy"),
    ("Campania", "Italy"),
    ("Lombardy", "Italy"),
    ("Guadalajara", "Mexico"),
    ("Monterrey", "Mexico"),
    ("Sinaloa", "Mexico"),
    ("Jalisco", "Mexico"),
    ("Medellin", "Colombia"),
    ("Medellín", "Colombia"),
    ("Culiacán", "Mexico"),
    ("Culiacan", "Mexico"),
    ("Goiânia", "Brazil"),
    ("Goiania", "Brazil"),
    ("Montevideo", "Uruguay"),
    ("Asunción", "Paraguay"),
    ("Asuncion", "Paraguay"),
    ("Valparaíso", "Chile"),
    ("Tangier", "Morocco"),
    ("Marrakesh", "Morocco"),
    ("Marrakech", "Morocco"),
    ("Douala", "Cameroon"),
    ("Thessaloniki", "Greece"),
    ("Doha", "Qatar"),
    ("Quito", "Ecuador"),
    ("Guayaquil", "Ecuador"),
    ("Buenos Aires", "Argentina"),
    ("Caracas", "Venezuela"),
    ("Santo Domingo", "Dominican Republic"),
    ("Kampala", "Uganda"),
    ("Dar es Salaam", "Tanzania"),
    ("Addis Ababa", "Ethiopia"),
    ("Harare", "Zimbabwe"),
    ("Lusaka", "Zambia"),
    ("Dakar", "Senegal"),
    ("Casablanca", "Morocco"),
    ("Islamabad", "Pakistan"),
    ("Colombo", "Sri Lanka"),
    ("Kuching", "Malaysia"),
    ("Kota Kinabalu", "Malaysia"),
    ("Seremban", "Malaysia"),
    ("Klang", "Malaysia"),
    ("Subang Jaya", "Malaysia"),
    ("Baguio", "Philippines"),
    ("Mae Sot", "Thailand"),
    ("Bekasi", "Indonesia"),
    ("Tangerang", "Indonesia"),
    ("Bogor", "Indonesia"),
    // India.
    ("Maharashtra", "India"),
    ("Uttar Pradesh", "India"),
    ("Karnataka", "India"),
    ("Tamil Nadu", "India"),
    ("Kerala", "India"),
    ("Telangana", "India"),
    ("Andhra Pradesh", "India"),
    ("West Bengal", "India"),
    ("Gujarat", "India"),
    ("Rajasthan", "India"),
    ("Madhya Pradesh", "India"),
    ("Bihar", "India"),
    ("Jharkhand", "India"),
    ("Odisha", "India"),
    ("Assam", "India"),
    ("Haryana", "India"),
    ("Uttarakhand", "India"),
    ("Himachal Pradesh", "India"),
    ("Chhattisgarh", "India"),
    ("Goa", "India"),
    ("Manipur", "India"),
    ("Meghalaya", "India"),
    ("Mizoram", "India"),
    ("Nagaland", "India"),
    ("Tripura", "India"),
    ("Sikkim", "India"),
    ("Arunachal Pradesh", "India"),
    ("Jammu and Kashmir", "India"),
    ("Pune", "India"),
    ("Ahmedabad", "India"),
    ("Jaipur", "India"),
    ("Lucknow", "India"),
    ("Kanpur", "India"),
    ("Nagpur", "India"),
    ("Indore", "India"),
    ("Bhopal", "India"),
    ("Patna", "India"),
    ("Ranchi", "India"),
    ("Noida", "India"),
    ("Gurugram", "India"),
    ("Gurgaon", "India"),
    ("Thane", "India"),
    ("Surat", "India"),
    ("Thiruvananthapuram", "India"),
    ("Chandigarh", "India"),
    ("Guwahati", "India"),
    ("Visakhapatnam", "India"),
    ("Coimbatore", "India"),
    ("Vadodara", "India"),
    ("Ludhiana", "India"),
    ("Amritsar", "India"),
    ("Varanasi", "India"),
    ("Agra", "India"),
    ("Navi Mumbai", "India"),
    ("Ghaziabad", "India"),
    // Philippines.
    ("Luzon", "Philippines"),
    ("Mindanao", "Philippines"),
    ("Visayas", "Philippines"),
    ("Davao", "Philippines"),
    ("Pampanga", "Philippines"),
    ("Tarlac", "Philippines"),
    ("Bamban", "Philippines"),
    ("Porac", "Philippines"),
    ("Las Piñas", "Philippines"),
    ("Bulacan", "Philippines"),
    ("Cavite", "Philippines"),
    ("Batangas", "Philippines"),
    ("Iloilo", "Philippines"),
    ("Bacolod", "Philippines"),
    ("Zamboanga", "Philippines"),
    ("Taguig", "Philippines"),
    ("Makati", "Philippines"),
    ("Pasig", "Philippines"),
    ("Caloocan", "Philippines"),
    ("Angeles City", "Philippines"),
    ("Pasay", "Philippines"),
    ("Paranaque", "Philippines"),
    ("Parañaque", "Philippines"),
    ("Cagayan de Oro", "Philippines"),
    ("Rizal province", "Philippines"),
    // Indonesia.
    ("Bandung", "Indonesia"),
    ("Medan", "Indonesia"),
    ("Batam", "Indonesia"),
    ("Sulawesi", "Indonesia"),
    ("Kalimantan", "Indonesia"),
    ("Yogyakarta", "Indonesia"),
    ("Semarang", "Indonesia"),
    ("Makassar", "Indonesia"),
    ("East Java", "Indonesia"),
    ("West Java", "Indonesia"),
    ("Central Java", "Indonesia"),
    ("Riau", "Indonesia"),
    ("Aceh", "Indonesia"),
    ("Lombok", "Indonesia"),
    // Thailand.
    ("Chonburi", "Thailand"),
    ("Songkhla", "Thailand"),
    ("Hat Yai", "Thailand"),
    ("Nonthaburi", "Thailand"),
    ("Samut Prakan", "Thailand"),
    ("Chiang Rai", "Thailand"),
    ("Udon Thani", "Thailand"),
    ("Khon Kaen", "Thailand"),
    ("Nakhon Ratchasima", "Thailand"),
    ("Nakhon Phanom", "Thailand"),
    ("Suvarnabhumi", "Thailand"),
    // Vietnam.
    ("Da Nang", "Vietnam"),
    ("Haiphong", "Vietnam"),
    ("Hai Phong", "Vietnam"),
    ("Can Tho", "Vietnam"),
    // Cambodia.
    ("Sihanoukville", "Cambodia"),
    ("Siem Reap", "Cambodia"),
    ("Battambang", "Cambodia"),
    ("Poipet", "Cambodia"),
    ("Bavet", "Cambodia"),
    ("Kampot", "Cambodia"),
    ("Koh Kong", "Cambodia"),
    ("Svay Rieng", "Cambodia"),
    // Myanmar.
    ("Yangon", "Myanmar"),
    ("Mandalay", "Myanmar"),
    ("Myawaddy", "Myanmar"),
    ("Shan State", "Myanmar"),
    ("Karen State", "Myanmar"),
    ("Kayin State", "Myanmar"),
    ("Naypyidaw", "Myanmar"),
    ("Nay Pyi Taw", "Myanmar"),
    ("Shwe Kokko", "Myanmar"),
    ("Tachileik", "Myanmar"),
    ("Laukkaing", "Myanmar"),
    ("Lashio", "Myanmar"),
    // Laos.
    ("Vientiane", "Laos"),
    ("Golden Triangle Special Economic Zone", "Laos"),
    ("Bokeo", "Laos"),
    ("Luang Prabang", "Laos"),
    // Pakistan.
    ("Karachi", "Pakistan"),
    ("Lahore", "Pakistan"),
    ("Rawalpindi", "Pakistan"),
    ("Peshawar", "Pakistan"),
    ("Sindh", "Pakistan"),
    ("Khyber Pakhtunkhwa", "Pakistan"),
    ("Balochistan", "Pakistan"),
    ("Faisalabad", "Pakistan"),
    ("Multan", "Pakistan"),
    // Bangladesh.
    ("Dhaka", "Bangladesh"),
    ("Chittagong", "Bangladesh"),
    ("Chattogram", "Bangladesh"),
    ("Sylhet", "Bangladesh"),
    ("Cox's Bazar", "Bangladesh"),
    ("Cox’s Bazar", "Bangladesh"),
    // Sri Lanka.
    ("Kandy", "Sri Lanka"),
    // Nepal.
    ("Kathmandu", "Nepal"),
    // Nigeria.
    ("Kano", "Nigeria"),
    ("Port Harcourt", "Nigeria"),
    ("Ibadan", "Nigeria"),
    ("Enugu", "Nigeria"),
    ("Benin City", "Nigeria"),
    ("Kaduna", "Nigeria"),
    // Kenya.
    ("Mombasa", "Kenya"),
    ("Kisumu", "Kenya"),
    // Ghana.
    ("Accra", "Ghana"),
    ("Kumasi", "Ghana"),
    // Japan.
    ("Kyoto", "Japan"),
    ("Yokohama", "Japan"),
    ("Fukuoka", "Japan"),
    ("Okinawa", "Japan"),
    ("Hokkaido", "Japan"),
    ("Nagoya", "Japan"),
    // South Korea.
    ("Incheon", "South Korea"),
    ("Daegu", "South Korea"),
    ("Gyeonggi", "South Korea"),
    ("Gwangju", "South Korea"),
    ("Daejeon", "South Korea"),
    ("Jeju", "South Korea"),
    // China.
    ("Yunnan", "China"),
    ("Wuhan", "China"),
    ("Hubei", "China"),
    ("Jiangsu", "China"),
    ("Shandong", "China"),
    ("Henan", "China"),
    ("Hangzhou", "China"),
    ("Chengdu", "China"),
    ("Xiamen", "China"),
    ("Dongguan", "China"),
    ("Tianjin", "China"),
    // Taiwan.
    ("Taichung", "Taiwan"),
    ("Tainan", "Taiwan"),
    ("New Taipei", "Taiwan"),
    // Australia.
    ("Tasmania", "Australia"),
    ("Western Australia", "Australia"),
    ("South Australia", "Australia"),
    ("Northern Territory", "Australia"),
    ("Melbourne", "Australia"),
    ("Brisbane", "Australia"),
    ("Canberra", "Australia"),
    ("Gold Coast", "Australia"),
    ("NSW", "Australia"),
    ("Perth", "Australia"),
    ("Hobart", "Australia"),
    ("Parramatta", "Australia"),
    // New Zealand.
    ("Christchurch", "New Zealand"),
    ("Wellington", "New Zealand"),
    ("Tauranga", "New Zealand"),
    ("Dunedin", "New Zealand"),
    ("Rotorua", "New Zealand"),
    ("Waikato", "New Zealand"),
    ("Bay of Plenty", "New Zealand"),
    ("Manukau", "New Zealand"),
    // Ireland: towns and counties; counties whose names are also words or names
    // ("Kerry", "Clare", "Meath", "Down") only as "Co Kerry", "County Clare".
    ("Cork", "Ireland"),
    ("Limerick", "Ireland"),
    ("Galway", "Ireland"),
    ("Waterford", "Ireland"),
    ("Kilkenny", "Ireland"),
    ("Wexford", "Ireland"),
    ("Wicklow", "Ireland"),
    ("Kildare", "Ireland"),
    ("Donegal", "Ireland"),
    ("Sligo", "Ireland"),
    ("Tipperary", "Ireland"),
    ("Roscommon", "Ireland"),
    ("Westmeath", "Ireland"),
    ("Offaly", "Ireland"),
    ("Laois", "Ireland"),
    ("Louth", "Ireland"),
    ("Leitrim", "Ireland"),
    ("Cavan", "Ireland"),
    ("Carlow", "Ireland"),
    ("Drogheda", "Ireland"),
    ("Dundalk", "Ireland"),
    ("Athlone", "Ireland"),
    ("Tralee", "Ireland"),
    ("Letterkenny", "Ireland"),
    ("Mullingar", "Ireland"),
    ("Co Meath", "Ireland"),
    ("Co. Meath", "Ireland"),
    ("County Meath", "Ireland"),
    ("Co Kerry", "Ireland"),
    ("Co. Kerry", "Ireland"),
    ("County Kerry", "Ireland"),
    ("Co Clare", "Ireland"),
    ("Co. Clare", "Ireland"),
    ("County Clare", "Ireland"),
    ("Co Mayo", "Ireland"),
    ("Co. Mayo", "Ireland"),
    ("County Mayo", "Ireland"),
    ("Co Monaghan", "Ireland"),
    ("Co. Monaghan", "Ireland"),
    ("County Monaghan", "Ireland"),
    ("Co Longford", "Ireland"),
    ("Co. Longford", "Ireland"),
    ("County Longford", "Ireland"),
    // Northern Ireland's counties.
    ("Co Antrim", "United Kingdom"),
    ("Co. Antrim", "United Kingdom"),
    ("County Antrim", "United Kingdom"),
    ("Co Armagh", "United Kingdom"),
    ("Co. Armagh", "United Kingdom"),
    ("County Armagh", "United Kingdom"),
    ("Co Down", "United Kingdom"),
    ("Co. Down", "United Kingdom"),
    ("County Down", "United Kingdom"),
    ("Co Fermanagh", "United Kingdom"),
    ("Co. Fermanagh", "United Kingdom"),
    ("County Fermanagh", "United Kingdom"),
    ("Co Tyrone", "United Kingdom"),
    ("Co. Tyrone", "United Kingdom"),
    ("County Tyrone", "United Kingdom"),
    ("Co Derry", "United Kingdom"),
    ("Co. Derry", "United Kingdom"),
    ("County Derry", "United Kingdom"),
    ("Co Londonderry", "United Kingdom"),
    ("Co. Londonderry", "United Kingdom"),
    ("County Londonderry", "United Kingdom"),
    // Canada.
    ("Alberta", "Canada"),
    ("Manitoba", "Canada"),
    ("Saskatchewan", "Canada"),
    ("Nova Scotia", "Canada"),
    ("Montreal", "Canada"),
    ("Calgary", "Canada"),
    ("Edmonton", "Canada"),
    ("Winnipeg", "Canada"),
    ("Ottawa", "Canada"),
    ("Gatineau", "Canada"),
    ("Mississauga", "Canada"),
    ("Brampton", "Canada"),
    ("Saskatoon", "Canada"),
    ("Kelowna", "Canada"),
    ("Newfoundland", "Canada"),
    ("Prince Edward Island", "Canada"),
    ("Yukon", "Canada"),
    ("Nunavut", "Canada"),
    ("Quebec City", "Canada"),
    // United Arab Emirates.
    ("Sharjah", "United Arab Emirates"),
    ("Ajman", "United Arab Emirates"),
    // Saudi Arabia.
    ("Riyadh", "Saudi Arabia"),
    ("Jeddah", "Saudi Arabia"),
    // Singapore.
    ("Jurong", "Singapore"),
    ("Tampines", "Singapore"),
    ("Bedok", "Singapore"),
    ("Yishun", "Singapore"),
    ("Ang Mo Kio", "Singapore"),
    ("Geylang", "Singapore"),
    ("Changi", "Singapore"),
    // Hong Kong.
    ("Mong Kok", "Hong Kong"),
    ("Tsim Sha Tsui", "Hong Kong"),
    ("Kwun Tong", "Hong Kong"),
    ("Sham Shui Po", "Hong Kong"),
    ("Yuen Long", "Hong Kong"),
    ("Tuen Mun", "Hong Kong"),
    ("Sha Tin", "Hong Kong"),
    ("Tsuen Wan", "Hong Kong"),
    ("Wan Chai", "Hong Kong"),
    ("Causeway Bay", "Hong Kong"),
    ("Lantau", "Hong Kong"),
    // Police forces named after a city.
    ("Metropolitan Police", "United Kingdom"),
];

/// National police forces and enforcement agencies whose name (mostly initials)
/// names no place, with their country: where they act, their country enforces
/// ("EFCC operatives arrested …" is news from Nigeria; "N4.2bn" there is naira).
/// Searched with [`WITHIN`]. Initials other countries' bodies share are left out
/// ("NBI" is the Philippines' and Finland's, "SFO" Britain's and New Zealand's,
/// "ICAC" Hong Kong's, New South Wales' and American task forces', "AFP" a wire).
pub static FORCES: &[(&str, &str)] = &[
    ("RCMP", "Canada"),
    ("Scotland Yard", "United Kingdom"),
    ("HMRC", "United Kingdom"),
    ("Gardaí", "Ireland"),
    ("Garda Síochána", "Ireland"),
    ("EFCC", "Nigeria"),
    ("NDLEA", "Nigeria"),
    ("ICPC", "Nigeria"),
    ("PDEA", "Philippines"),
    ("CIDG", "Philippines"),
    ("PNP", "Philippines"),
    ("AMLC", "Philippines"),
    ("NACOC", "Ghana"),
    ("EOCO", "Ghana"),
    ("EACC", "Kenya"),
    ("SAPS", "South Africa"),
    ("DPCI", "South Africa"),
    ("MACC", "Malaysia"),
    ("PDRM", "Malaysia"),
    ("CNB", "Singapore"),
    ("ONCB", "Thailand"),
    ("CCIB", "Thailand"),
    ("KPK", "Indonesia"),
    ("Polri", "Indonesia"),
    ("Bareskrim", "Indonesia"),
    ("KNPA", "South Korea"),
    ("HKPF", "Hong Kong"),
    ("AUSTRAC", "Australia"),
    ("BKA", "Germany"),
    ("Bundeskriminalamt", "Germany"),
    ("Guardia Civil", "Spain"),
    ("Carabinieri", "Italy"),
    ("Guardia di Finanza", "Italy"),
    ("National Crime Agency", "United Kingdom"),
    ("IPID", "South Africa"),
    ("NAPTIP", "Nigeria"),
    ("SEMAR", "Mexico"),
    ("SEDENA", "Mexico"),
    ("Mossos d'Esquadra", "Spain"),
    ("Mossos d’Esquadra", "Spain"),
    ("Polícia Federal", "Brazil"),
];

/// [`WITHIN`]'s places and the [`FORCES`].
fn within_and_forces() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    WITHIN.iter().chain(FORCES)
}

/// Whether a [`WITHIN`] entry is a police force: enforcement wherever it is named.
pub fn is_force(place: &str) -> bool {
    place.contains("Police") || FORCES.iter().any(|(f, _)| *f == place)
}

/// Whether the place ending where `after` starts names a currency, not a place:
/// "US$3.7 million", "in U.S. dollars", "Singapore dollars", "HK$", "US-dollar".
///
/// ```
/// use blotter::extract::lexicon::countries::names_currency;
/// assert!(names_currency("$3.7 million"));
/// assert!(names_currency(" dollars and euros"));
/// assert!(!names_currency(" police seized dollars"));
/// ```
pub fn names_currency(after: &str) -> bool {
    if after.starts_with('$') {
        return true;
    }
    let Some(rest) = after.strip_prefix([' ', '-']) else {
        return false;
    };
    rest.get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("dollar"))
}

/// Force names in [`WITHIN`] that other cities' forces share: after another city's
/// name ("Seoul Metropolitan Police") they are that city's force.
const GENERIC_FORCES: &[&str] = &["Metropolitan Police"];

/// The country of a city, state or region named exactly `s` ("Miami" → United States).
pub fn place_of(s: &str) -> Option<&'static str> {
    WITHIN_BY_NAME.get(s.trim()).copied()
}

/// "HONG KONG" → "Hong Kong"; words already in mixed case stay.
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            if w.chars().any(char::is_lowercase) {
                return w.to_string();
            }
            let mut cs = w.chars();
            match cs.next() {
                Some(c) => c
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`place_of`] in any case: "RIO DE JANEIRO", "Rio De Janeiro" (a dateline in
/// capitals, title-cased word by word).
pub fn place_of_any_case(s: &str) -> Option<&'static str> {
    static FOLDED: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
        let mut map = HashMap::default();
        for &(place, country) in within_and_forces() {
            map.entry(place.to_lowercase()).or_insert(country);
        }
        map
    });
    FOLDED.get(&s.trim().to_lowercase()).copied()
}

/// A country's one-word name that may also be a given name: a capital, then lower
/// case, named (not a demonym: "Chinese Embassy" is no one).
pub fn is_given_name_like(w: &str) -> bool {
    w.chars().skip(1).all(char::is_lowercase)
        && matches!(find(w).as_slice(),
            [f] if f.how == Mention::Name && f.span.len() == w.len())
}

/// Whether the place at `place` in `text` is a given name: the place is a single
/// word and one capitalised word closes a heading or a clause right after it
/// ("Murder of Jordan Edwards", "Report – Chad Smith", "Murder of Georgia Wixted,
/// Los Angeles County"); a month, a weekday or a place there is not a surname
/// ("Mexico City, Mexico").
///
/// ```
/// use blotter::extract::lexicon::countries::{find, given_name};
/// let heading = "Sentenced for the Murder of Jordan Edwards";
/// assert!(given_name(heading, find(heading)[0].span));
/// let heading = "Fugitive Arrested in Mexico City, Mexico";
/// assert!(!given_name(heading, find(heading)[0].span));
/// ```
pub fn given_name(text: &str, place: Span) -> bool {
    static SURNAME: LazyLock<Rule> =
        LazyLock::new(|| super::regex(r"^ (\p{Lu}\p{Ll}+)\s*(?:$|[,;])").expect("surname regex"));
    SURNAME
        .captures(&text[place.end..])
        .is_some_and(|c: regex::Captures<'_>| {
            let with_word = &text[place.start..place.end + c.get(1).map_or(0, |w| w.end())];
            // (not "U.S.", not a demonym)
            is_given_name_like(place.slice(text))
                && !super::months::is_calendar_word(&c[1])
                && canonical(&c[1]).is_none()
                && place_of(&c[1]).is_none()
                && place_of(with_word).is_none()
        })
}

/// [`WITHIN`] as a map, the first entry winning for a repeated place.
static WITHIN_BY_NAME: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for &(place, country) in within_and_forces() {
        map.entry(place).or_insert(country);
    }
    map
});

/// [`WITHIN`]'s places, longest first.
static WITHIN_SURFACES: LazyLock<(Surfaces, Vec<&'static str>)> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = within_and_forces().map(|(p, _)| *p).collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    (Surfaces::new(&names), names)
});

/// Every city, state or region of [`WITHIN`] mentioned in `text`, with its country.
///
/// ```
/// use blotter::extract::lexicon::countries::find_within;
/// let found = find_within("Raids in Miami and Johor Baru");
/// assert_eq!(found[0].name, "United States");
/// assert_eq!(found[1].name, "Malaysia");
/// ```
pub fn find_within(text: &str) -> Vec<Found> {
    let (surfaces, names) = &*WITHIN_SURFACES;
    let mut out = Vec::new();
    for (span, surface) in surfaces.find(text) {
        let place = names[surface];
        // "Seoul Metropolitan Police", "Tokyo Metropolitan Police": another city's force.
        let another_citys_force = GENERIC_FORCES.contains(&place)
            && text[..span.start]
                .strip_suffix(' ')
                .and_then(|b| b.rsplit([' ', '\n']).next())
                .is_some_and(|w| w.starts_with(char::is_uppercase) && w != "The");
        if another_citys_force {
            continue;
        }
        if let Some(name) = place_of(place) {
            out.push(Found {
                span,
                name,
                how: Mention::Name,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_inside_another_country_s_place_is_not_found() {
        let text = "New Mexico State Police, police in Sydney, New South Wales, and Benin City \
                    officers; then Mexico, Wales and Benin, and British Columbia's British consul.";
        let found: Vec<(&str, &str)> = find(text)
            .iter()
            .map(|f| (f.span.slice(text), f.name))
            .collect();
        assert_eq!(
            found,
            [
                ("Mexico", "Mexico"),
                ("Wales", "United Kingdom"),
                ("Benin", "Benin"),
                ("British", "United Kingdom")
            ]
        );
    }

    #[test]
    fn finds_names_aliases_and_demonyms() {
        let f = find("the U.S. and UK, with Thai police and Hong Kong.");
        let names: Vec<_> = f.iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            ["United States", "United Kingdom", "Thailand", "Hong Kong"]
        );
        assert_eq!(f[2].how, Mention::Demonym);
    }

    #[test]
    fn not_inside_words_or_lower_case() {
        assert!(find("Chadwick said the chad").is_empty());
        assert!(find("tell us about it").is_empty());
    }

    #[test]
    fn canonical_names() {
        assert_eq!(canonical("Korea"), Some("South Korea"));
        assert_eq!(canonical("Malaysian"), Some("Malaysia"));
        assert_eq!(canonical("Atlantis"), None);
    }
}
