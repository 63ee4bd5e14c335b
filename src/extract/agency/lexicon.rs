//! Agencies known by name or abbreviation, and the words agency names are made of.

use crate::extract::lexicon::words::WordList;

/// A well-known agency: its abbreviation, its full name, and whether the bare
/// abbreviation alone is a safe mention of it in law-enforcement news.
pub struct Known {
    /// "FBI".
    pub abbr: &'static str,
    /// "Federal Bureau of Investigation".
    pub name: &'static str,
    /// The bare abbreviation is an agency mention on its own.
    pub bare: bool,
    /// Where an ambiguous bare abbreviation is this agency: in an article that names
    /// one of these places ("AFP" in news from Australia, not a wire credit; "DCI" in
    /// Kenya, not a British detective's rank).
    pub home: &'static [&'static str],
}

/// Agencies whose abbreviation news uses without defining it.
#[rustfmt::skip]
pub const KNOWN: &[Known] = &[
    known("FBI", "Federal Bureau of Investigation", true),
    known("DEA", "Drug Enforcement Administration", true),
    known("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives", true),
    known("HSI", "Homeland Security Investigations", true),
    known("USMS", "U.S. Marshals Service", true),
    known("NCA", "National Crime Agency", true),
    known("CBI", "Central Bureau of Investigation", true),
    known("NCB", "Narcotics Control Bureau", true),
    known("NIA", "National Investigation Agency", true),
    known("MACC", "Malaysian Anti-Corruption Commission", true),
    known("CNB", "Central Narcotics Bureau", true),
    known("ICAC", "Independent Commission Against Corruption", true),
    known("SPF", "Singapore Police Force", true),
    known("RCMP", "Royal Canadian Mounted Police", true),
    known("NYPD", "New York City Police Department", true),
    known("LAPD", "Los Angeles Police Department", true),
    known("HKPF", "Hong Kong Police Force", true),
    known("KNPA", "Korean National Police Agency", true),
    known("SFO", "Serious Fraud Office", true),
    known("FDLE", "Florida Department of Law Enforcement", true),
    known("PDRM", "Royal Malaysia Police", true),
    known("BKA", "Bundeskriminalamt", true),
    at_home("AFP", "Australian Federal Police", &["Australia"]),
    at_home("CPS", "Crown Prosecution Service", &["United Kingdom"]),
    at_home("RMP", "Royal Malaysia Police", &["Malaysia"]),
    at_home("ED", "Enforcement Directorate", &["India"]),
    known("DOJ", "Department of Justice", true),
    at_home("ICE", "Immigration and Customs Enforcement", &["United States"]),
    known("CBP", "Customs and Border Protection", true),
    known("NBI", "National Bureau of Investigation", true),
    known("PNP", "Philippine National Police", true),
    at_home("AGC", "Attorney-General's Chambers", &["Malaysia", "Singapore"]),
    known("EFCC", "Economic and Financial Crimes Commission", true),
    known("NDLEA", "National Drug Law Enforcement Agency", true),
    known("ICPC", "Independent Corrupt Practices and Other Related Offences Commission", true),
    known("PDEA", "Philippine Drug Enforcement Agency", true),
    known("CIDG", "Criminal Investigation and Detection Group", true),
    known("AMLC", "Anti-Money Laundering Council", true),
    // Bangladesh's border force and its police's elite unit
    at_home("BGB", "Border Guard Bangladesh", &["Bangladesh"]),
    at_home("RAB", "Rapid Action Battalion", &["Bangladesh"]),
    known("NACOC", "Narcotics Control Commission", true),
    known("EACC", "Ethics and Anti-Corruption Commission", true),
    known("IRS-CI", "IRS Criminal Investigation", true),
    known("OCDETF", "Organized Crime Drug Enforcement Task Forces", true),
    known("UNODC", "United Nations Office on Drugs and Crime", true),
    known("VGT", "Virtual Global Taskforce", true),
    known("EC3", "European Cybercrime Centre", true),
    known("EOCO", "Economic and Organised Crime Office", true),
    known("ONCB", "Office of the Narcotics Control Board", true),
    known("KPK", "Corruption Eradication Commission", true),
    known("HMRC", "HM Revenue and Customs", true),
    known("USPIS", "U.S. Postal Inspection Service", true),
    known("AUSTRAC", "Australian Transaction Reports and Analysis Centre", true),
    known("ACIC", "Australian Criminal Intelligence Commission", true),
    at_home("GMP", "Greater Manchester Police", &["United Kingdom"]),
    at_home("DCI", "Directorate of Criminal Investigations", &["Kenya"]),
    at_home("ABF", "Australian Border Force", &["Australia"]),
    at_home("DSI", "Department of Special Investigation", &["Thailand"]),
    at_home("BNN", "National Narcotics Agency", &["Indonesia"]),
    at_home("FIA", "Federal Investigation Agency", &["Pakistan"]),
    at_home("DRI", "Directorate of Revenue Intelligence", &["India"]),
    known("SAPS", "South African Police Service", true),
    known("IPID", "Independent Police Investigative Directorate", true),
    at_home("NPA", "National Prosecuting Authority", &["South Africa"]),
    known("NAPTIP", "National Agency for the Prohibition of Trafficking in Persons", true),
    known("EPPO", "European Public Prosecutor's Office", true),
    // the child-protection centres whose tips and referrals open most online
    // child-exploitation cases ("a CyberTip from NCMEC", "referred by the ACCCE")
    known("NCMEC", "National Center for Missing & Exploited Children", true),
    known("ACCCE", "Australian Centre to Counter Child Exploitation", true),
    known("CEOP", "Child Exploitation and Online Protection Command", true),
    known("IJM", "International Justice Mission", true),
    at_home("WCPC", "Women and Children Protection Center", &["Philippines"]),
    at_home("BSF", "Border Security Force", &["India"]),
    at_home("ANF", "Anti-Narcotics Force", &["Pakistan"]),
    known("OLAF", "European Anti-Fraud Office", true),
    known("SEMAR", "Secretariat of the Navy", true),
    known("SEDENA", "Secretariat of National Defense", true),
    known("WCO", "World Customs Organization", true),
    known("IOM", "International Organization for Migration", true),
];

const fn known(abbr: &'static str, name: &'static str, bare: bool) -> Known {
    Known {
        abbr,
        name,
        bare,
        home: &[],
    }
}

/// An agency whose bare abbreviation is its mention only in news from `home`.
const fn at_home(abbr: &'static str, name: &'static str, home: &'static [&'static str]) -> Known {
    Known {
        abbr,
        name,
        bare: false,
        home,
    }
}

/// Names that are agencies on their own, without a head word.
#[rustfmt::skip]
pub static BARE_NAMES: WordList = WordList::new(&[
    "People's Liberation Army", "People’s Liberation Army", "People's Armed Police", "People’s Armed Police",
    "Immigration and Customs Enforcement", "Customs and Border Protection", "Police Scotland",
    "Policía Nacional", "An Garda Síochána", "INTERPOL", "Interpol", "Europol", "EUROPOL", "Eurojust",
    "EUROJUST", "Frontex", "Scotland Yard", "Polri", "Bundeskriminalamt", "Guardia Civil", "Carabinieri",
    "Guardia di Finanza", "Mossos d'Esquadra", "Mossos d’Esquadra", "Ertzaintza", "Polícia Federal",
    "Gendarmerie", "Home Office", "Kenya Wildlife Service", "Fish and Wildlife Service",
    // names no head word ends (or whose words a head word would cut)
    "IRS Criminal Investigation", "Organized Crime Drug Enforcement Task Forces",
    "Organized Crime Drug Enforcement Task Force", "United Nations Office on Drugs and Crime",
    "UN Office on Drugs and Crime", "Virtual Global Taskforce",
    "Pakistan Coast Guards",
    // Forces whose official name is a place and "Police" (a place's police is otherwise
    // a description: "Dallas Police", "Thai Police"): England and Wales, Australia,
    // New Zealand.
    "Avon and Somerset Police", "Bedfordshire Police", "City of London Police", "Cleveland Police",
    "Cumbria Police", "Devon and Cornwall Police", "Dorset Police", "Dyfed-Powys Police", "Essex Police",
    "Greater Manchester Police", "Gwent Police", "Humberside Police", "Kent Police",
    "Leicestershire Police", "Lincolnshire Police", "Merseyside Police", "North Wales Police",
    "North Yorkshire Police", "Northamptonshire Police", "Northumbria Police", "Nottinghamshire Police",
    "South Wales Police", "South Yorkshire Police", "Staffordshire Police", "Surrey Police",
    "Sussex Police", "Thames Valley Police", "Warwickshire Police", "West Mercia Police",
    "West Midlands Police", "West Yorkshire Police", "Wiltshire Police", "British Transport Police",
    "Victoria Police", "Tasmania Police", "South Australia Police", "New Zealand Police",
    "Western Australia Police", "Northern Territory Police", "New South Wales Police",
    "New South Wales Police Force", "Queensland Police Service",
    // South Asia: state and metropolitan forces ("Delhi Police", "Punjab Police") and
    // national ones.
    "Delhi Police", "Mumbai Police", "Kolkata Police", "Greater Chennai Police", "Kerala Police",
    "Punjab Police", "Haryana Police", "Rajasthan Police", "Gujarat Police", "Assam Police",
    "Odisha Police", "Telangana Police", "Karnataka State Police", "Bihar Police",
    "Uttar Pradesh Police", "Maharashtra Police", "Tamil Nadu Police", "West Bengal Police",
    "Madhya Pradesh Police", "Andhra Pradesh Police", "Jharkhand Police", "Uttarakhand Police",
    "Himachal Pradesh Police", "Chhattisgarh Police", "Jammu and Kashmir Police", "Goa Police",
    "Chandigarh Police", "Manipur Police", "Meghalaya Police", "Mizoram Police", "Nagaland Police",
    "Tripura Police", "Sikkim Police", "Arunachal Pradesh Police", "Puducherry Police",
    "Ladakh Police", "Pune Police", "Pune City Police", "Hyderabad Police", "Hyderabad City Police",
    "Cyberabad Police", "Rachakonda Police", "Bengaluru Police", "Bengaluru City Police",
    "Bangalore City Police", "Chennai Police", "Noida Police", "Gurugram Police", "Ghaziabad Police",
    "Lucknow Police", "Thane Police", "Nagpur Police", "Ahmedabad Police", "Jaipur Police",
    "Assam Rifles", "Sashastra Seema Bal", "Sindh Police", "Islamabad Police",
    "Balochistan Police", "Khyber Pakhtunkhwa Police", "Bangladesh Police", "Sri Lanka Police",
    "Nepal Police",
    // The prosecution service named after the office that heads it (Ireland, England
    // and Wales' DPP before the CPS, Australia's states and Commonwealth, Kenya, …).
    "Director of Public Prosecutions", "Commonwealth Director of Public Prosecutions",
    // The Gulf and elsewhere.
    "Dubai Police", "Abu Dhabi Police", "Sharjah Police", "Ajman Police", "Ras Al Khaimah Police",
    "Israel Police",
    // Australian and New Zealand forces by their short names
    "NSW Police", "WA Police", "NT Police", "SA Police", "NZ Police",
    // customs services named by their place (a place's "Customs" is otherwise a
    // description)
    "Dubai Customs", "Abu Dhabi Customs", "Singapore Customs",
    // regional police bodies and national forces known by their own names
    "AFRIPOL", "Afripol", "AMERIPOL", "Ameripol", "ASEANAPOL", "Aseanapol",
    "Polícia Judiciária", "Politie", "Sûreté du Québec", "Guardia Nacional",
    // "Spain's National Police", "the National Police said": a national force by its
    // own name (after a demonym, the national-police rule takes the longer name).
    "National Police",
    // Kenya's and other Commonwealth forces' name ("officers of the National Police
    // Service"): every word generic, so the head rule does not take it.
    "National Police Service",
    // The same for other forces whose every word is generic (Japan's "National
    // Police Agency"; a longer name that opens with one, "Korean National Police
    // Agency", is read whole). ("Federal Police" alone stays a description: it is
    // a name only with its initials, "Brazil's Federal Police (PF)".)
    "National Police Agency", "Border Patrol", "U.S. Border Patrol",
    "United States Border Patrol",
    // European forces by their official names: a place's or a people's "Police" is
    // otherwise a description.
    "Hellenic Police", "Cyprus Police", "Gendarmerie Nationale", "Police Nationale", "Polizia di Stato",
    "Royal Netherlands Marechaussee", "Koninklijke Marechaussee",
    // a force whose name ends in its country
    "Border Guard Bangladesh",
    // International bodies that join enforcement operations.
    "World Customs Organization", "World Customs Organisation", "International Organization for Migration",
    "Internal Revenue Service Criminal Investigation",
    // park rangers' services named after the parks they guard
    "South African National Parks",
]);

/// Head words that end an agency's name.
#[rustfmt::skip]
pub static HEADS: WordList = WordList::new(&[
    "Chambers", "Police", "Force", "Agency", "Bureau", "Department", "Commission", "Directorate", "Ministry",
    "Command", "Branch", "Squad", "Guard", "Constabulary", "Gendarmerie", "Investigations", "Service",
    "Division", "Unit", "Inspectorate", "Office", "Centre", "Center", "Team", "Authority", "Section", "Group",
    "Administration", "Council", "Navy", "Battalion", "Patrol", "Forces",
]);

/// Heads that need a word of the trade in the name ("Serious Fraud Office", not
/// "Post Office"; "European Cybercrime Centre", not "HarbourFront Centre").
#[rustfmt::skip]
pub static WEAK_HEADS: WordList = WordList::new(&[
    "Chambers", "Service", "Office", "Centre", "Center", "Team", "Authority", "Section", "Group",
    "Administration", "Forces",
]);

/// Crimes that make a council an agency ("Inter-Agency Council Against Trafficking",
/// "National Council Against Drug Abuse"; not "Fullerton City Council", "Economic
/// Development Council"), alone or after a hyphen ("Anti-Trafficking").
#[rustfmt::skip]
pub static COUNCIL_CRIMES: WordList = WordList::new(&[
    "Trafficking", "Crime", "Crimes", "Drug", "Drugs", "Narcotics", "Corruption", "Fraud", "Terrorism",
    "Smuggling", "Cybercrime", "Scam", "Scams", "Laundering", "Trafficked",
]);

/// Heads after which a second agency name may start ("… Attorney's Office Bureau of
/// Investigation").
#[rustfmt::skip]
pub static TERMINAL_HEADS: WordList = WordList::new(&[
    "Office", "Department", "Agency", "Force", "Service", "Commission", "Ministry", "Administration",
    "Bureau",
]);

/// Words of the trade that make a weak head an agency.
#[rustfmt::skip]
pub static TRADE_WORDS: WordList = WordList::new(&[
    "Police", "Policing", "Crime", "Crimes", "Criminal", "Cyber", "Cybercrime", "Security", "Intelligence",
    "Enforcement", "Investigation", "Investigations", "Investigative", "Prosecutions", "Narcotics", "Narcotic", "Drug",
    "Drugs", "Fraud", "Corruption", "Anti-Corruption", "Prosecution", "Prosecutor", "Prosecutors",
    "Prosecuting", "Customs", "Immigration", "Border", "Gang", "Gangs", "Trafficking", "Homicide", "Counter",
    "Terrorism", "Counter-Terrorism", "Vice", "Organised", "Organized", "Firearms", "Tax", "Revenue",
    "Securities", "Marshal", "Marshals", "Sheriff", "Attorney", "Attorneys", "Correctional", "Corrections",
    "Prison", "Prisons", "Military", "Defence", "Defense", "Financial", "Economic", "Forensic", "Forensics",
    "Exploitation", "Apprehension", "Abuse",
    "Detective", "Transportation", "Coast", "Anti-Scam", "Scam", "Scams", "Excise", "Maritime", "Monetary", "Checkpoints", "Attorney-General",
    "Solicitor-General", "Postal", "Secret", "Probation", "Parole", "Protective", "Inquiry", "Anti-Fraud",
    "Anti-Drug", "Anti-Narcotics",
]);

/// Words that make a "Service" an agency: forest, wildlife and fisheries services
/// enforce the law against poaching and illegal logging ("Kenya Forest Service
/// (KFS)"); a "Wildlife Center" is a shelter.
#[rustfmt::skip]
pub static SERVICE_WORDS: WordList = WordList::new(&[
    "Forest", "Forestry", "Wildlife", "Fisheries", "Parks",
]);

/// Possessives that belong inside a name ("State Attorney's Office").
#[rustfmt::skip]
pub static NAME_POSSESSIVES: WordList = WordList::new(&[
    "Attorney-General", "Solicitor-General", "General", "Attorney", "Attorneys", "Prosecutor", "Prosecutors", "Sheriff",
    "Sheriffs", "Marshal", "Marshals", "People",
]);

/// Titles: "Head of …", "Commanding Officer of the …", "Deputy Bureau Chief".
#[rustfmt::skip]
pub static TITLES: WordList = WordList::new(&[
    "Head", "Chief", "Chiefs", "Director", "Director-General", "Commissioner", "Commander", "Officer",
    "Deputy", "Assistant", "Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "President",
    "Chairman", "Member", "Members", "Inspector-General", "General", "Superintendent", "Inspector", "Senior",
    "Executive", "Acting", "Former", "Special", "Agent", "Agents", "Sergeant", "Captain", "Lieutenant",
    "Detective",
]);

/// Words after "Police" that make it part of a title or a place, not a name's end.
#[rustfmt::skip]
pub static POLICE_FOLLOWERS: WordList = WordList::new(&[
    "Commissioner", "Chief", "Chiefs", "Officer", "Officers", "Constable", "Station", "Headquarters",
    "Academy", "Departments", "Forces", "Sergeant", "Inspector", "Superintendent", "Spokesman",
    "Spokesperson", "Report", "Reports", "Car", "Cars",
]);

/// Capitalised words that open a sentence or a clause but are not part of a name.
#[rustfmt::skip]
pub static OPENERS: WordList = WordList::new(&[
    "Although", "Though", "Because", "Unless", "Once", "Whereas", "However", "Additionally", "Furthermore",
    "Moreover", "Today", "So", "Yet", "Why", "How", "What", "Where", "Whether", "Including", "Like", "Per",
    "The", "A", "An", "In", "According", "At", "By", "From", "With", "Under", "During", "After", "Before",
    "On", "For", "As", "While", "When", "Since", "Both", "Thanks", "Officers", "Officials", "Agents",
    "Detectives", "Investigators", "Meanwhile", "Also", "Then", "And", "But", "Of", "Its", "Their", "His",
    "Her", "Our", "This", "That", "These", "Those", "Some", "Local", "Both", "Via", "Through", "To", "If",
    "Earlier", "Later", "Today", "Yesterday", "Last", "Next", "Former", "Now", "Previously",
]);

/// Capitalised words that never sit inside a name: headline verbs, prepositions,
/// pronouns ("Brief Urges Department of Justice", "Releases His Office").
#[rustfmt::skip]
pub static BREAKS: WordList = WordList::new(&[
    "Allows", "Allow", "Defraud", "Defrauded", "Defrauding", "Nearly", "Million", "Billion", "Thousands",
    "During", "Without", "Within", "Amid", "Following", "Despite", "Through", "Near", "Under",
    "Announces", "Announce", "Announced", "Calls", "Call", "Urges", "Urge", "Releases", "Release", "Charges",
    "Charged", "Arrests", "Arrested", "Seizes", "Seized", "Files", "Filed", "Sues", "Joins", "Join",
    "Launches", "Warns", "Says", "Said", "Increased", "Receives", "Receive", "Honors", "Honored", "Awarded",
    "Awards", "Partners", "Reaches", "Wins", "Secures", "Obtains", "Thanks", "Praises", "Applauds",
    "Welcomes", "Leads", "Led", "Helps", "Asks", "Investigates", "Probes", "Upon", "With", "To", "From", "By",
    "At", "In", "On", "After", "Before", "Over", "Into", "As", "Is", "Are", "Was", "Were", "His", "Her",
    "Their", "Its", "Our", "Your", "My", "Who", "That", "Will", "Has", "Have", "Had",
]);

/// Words that make "<place> Police" a force's name rather than a description.
#[rustfmt::skip]
pub static INSTITUTIONAL: WordList = WordList::new(&[
    "Royal", "National", "State", "Metropolitan", "Met", "Federal", "Municipal", "Provincial", "Military", "Criminal",
    "Judicial", "Transit", "Capitol", "Border", "Railway", "Park", "Airport", "Port", "Highway", "Mounted",
    "Civil", "Secret", "Special", "Transport", "Marine", "Central", "Regional", "Security", "Auxiliary",
    "Investigation", "Investigative", "Narcotics", "Traffic", "Tourist", "Immigration", "Religious",
]);

/// Modifiers too generic to name an agency on their own ("Task Force").
#[rustfmt::skip]
pub static GENERIC: WordList = WordList::new(&[
    "Task", "Strike", "Joint", "Special", "Local", "Regional", "Field", "Main", "Central", "Federal", "State", "National",
    "New", "Police",
]);

/// Lower-case nouns after a name that make it a qualifier ("the Task Force meeting").
#[rustfmt::skip]
pub static EVENT_NOUNS: WordList = WordList::new(&[
    "meeting", "meetings", "conference", "summit", "hotline", "website", "award", "awards", "event", "training",
    "programme", "program", "workshop", "report", "podcast", "newsletter",
]);
