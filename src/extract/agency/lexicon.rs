//! Agencies known by name or abbreviation, and the words agency names are made of.

/// A well-known agency: its abbreviation, its full name, and whether the bare
/// abbreviation alone is a safe mention of it in law-enforcement news.
pub struct Known {
    /// "FBI".
    pub abbr: &'static str,
    /// "Federal Bureau of Investigation".
    pub name: &'static str,
    /// The bare abbreviation is an agency mention on its own.
    pub bare: bool,
}

/// Agencies whose abbreviation news uses without defining it.
pub const KNOWN: &[Known] = &[
    Known { abbr: "FBI", name: "Federal Bureau of Investigation", bare: true },
    Known { abbr: "DEA", name: "Drug Enforcement Administration", bare: true },
    Known { abbr: "ATF", name: "Bureau of Alcohol, Tobacco, Firearms and Explosives", bare: true },
    Known { abbr: "HSI", name: "Homeland Security Investigations", bare: true },
    Known { abbr: "USMS", name: "U.S. Marshals Service", bare: true },
    Known { abbr: "NCA", name: "National Crime Agency", bare: true },
    Known { abbr: "CBI", name: "Central Bureau of Investigation", bare: true },
    Known { abbr: "NCB", name: "Narcotics Control Bureau", bare: true },
    Known { abbr: "NIA", name: "National Investigation Agency", bare: true },
    Known { abbr: "MACC", name: "Malaysian Anti-Corruption Commission", bare: true },
    Known { abbr: "CNB", name: "Central Narcotics Bureau", bare: true },
    Known { abbr: "ICAC", name: "Independent Commission Against Corruption", bare: true },
    Known { abbr: "SPF", name: "Singapore Police Force", bare: true },
    Known { abbr: "RCMP", name: "Royal Canadian Mounted Police", bare: true },
    Known { abbr: "NYPD", name: "New York City Police Department", bare: true },
    Known { abbr: "LAPD", name: "Los Angeles Police Department", bare: true },
    Known { abbr: "HKPF", name: "Hong Kong Police Force", bare: true },
    Known { abbr: "KNPA", name: "Korean National Police Agency", bare: true },
    Known { abbr: "SFO", name: "Serious Fraud Office", bare: true },
    Known { abbr: "FDLE", name: "Florida Department of Law Enforcement", bare: true },
    Known { abbr: "PDRM", name: "Royal Malaysia Police", bare: true },
    Known { abbr: "BKA", name: "Bundeskriminalamt", bare: true },
    Known { abbr: "AFP", name: "Australian Federal Police", bare: false },
    Known { abbr: "CPS", name: "Crown Prosecution Service", bare: false },
    Known { abbr: "RMP", name: "Royal Malaysia Police", bare: false },
    Known { abbr: "ED", name: "Enforcement Directorate", bare: false },
    Known { abbr: "DOJ", name: "Department of Justice", bare: true },
];

/// Names that are agencies on their own, without a head word.
pub const BARE_NAMES: &[&str] = &[
    "INTERPOL", "Interpol", "Europol", "EUROPOL", "Eurojust", "EUROJUST", "Frontex", "Scotland Yard", "Polri",
    "Bundeskriminalamt", "Guardia Civil", "Carabinieri", "Gendarmerie", "Home Office", "UNODC",
];

/// Head words that end an agency's name.
pub const HEADS: &[&str] = &[
    "Police", "Force", "Agency", "Bureau", "Department", "Commission", "Directorate", "Ministry", "Command",
    "Branch", "Squad", "Guard", "Constabulary", "Gendarmerie", "Investigations", "Service", "Division", "Unit",
    "Inspectorate", "Office", "Centre", "Center", "Team", "Authority", "Section", "Group", "Administration",
];

/// Heads that need a word of the trade in the name ("Serious Fraud Office", not
/// "Post Office"; "European Cybercrime Centre", not "HarbourFront Centre").
pub const WEAK_HEADS: &[&str] = &["Service", "Office", "Centre", "Center", "Team", "Authority", "Section", "Group", "Administration"];

/// Heads after which a second agency name may start ("… Attorney's Office Bureau of
/// Investigation").
pub const TERMINAL_HEADS: &[&str] =
    &["Office", "Department", "Agency", "Force", "Service", "Commission", "Ministry", "Administration", "Bureau"];

/// Words of the trade that make a weak head an agency.
pub const TRADE_WORDS: &[&str] = &[
    "Police", "Policing", "Crime", "Crimes", "Criminal", "Cyber", "Cybercrime", "Security", "Intelligence",
    "Enforcement", "Investigation", "Investigations", "Investigative", "Narcotics", "Narcotic", "Drug", "Drugs",
    "Fraud", "Corruption", "Anti-Corruption", "Prosecution", "Prosecutor", "Prosecutors", "Prosecuting",
    "Justice", "Customs", "Immigration", "Border", "Gang", "Gangs", "Trafficking", "Homicide", "Counter",
    "Terrorism", "Counter-Terrorism", "Vice", "Organised", "Organized", "Firearms", "Tax", "Revenue",
    "Securities", "Marshal", "Marshals", "Sheriff", "Attorney", "Attorneys", "Correctional", "Corrections",
    "Prison", "Prisons", "Military", "Defence", "Defense", "Financial", "Economic", "Forensic", "Forensics",
    "Detective", "Transportation", "Coast", "Postal", "Secret", "Probation", "Parole", "Protective",
    "Inquiry", "Anti-Fraud", "Anti-Drug", "Anti-Narcotics",
];

/// Possessives that belong inside a name ("State Attorney's Office").
pub const NAME_POSSESSIVES: &[&str] =
    &["Attorney", "Attorneys", "Prosecutor", "Prosecutors", "Sheriff", "Sheriffs", "Marshal", "Marshals", "People"];

/// Titles: "Head of …", "Commanding Officer of the …", "Deputy Bureau Chief".
pub const TITLES: &[&str] = &[
    "Head", "Chief", "Chiefs", "Director", "Director-General", "Commissioner", "Commander", "Officer", "Deputy",
    "Assistant", "Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "President", "Chairman",
    "Member", "Members", "Inspector-General", "General", "Superintendent", "Inspector", "Senior", "Executive",
    "Acting", "Former", "Special", "Agent", "Agents", "Sergeant", "Captain", "Lieutenant", "Detective",
];

/// Words after "Police" that make it part of a title or a place, not a name's end.
pub const POLICE_FOLLOWERS: &[&str] = &[
    "Commissioner", "Chief", "Chiefs", "Officer", "Officers", "Constable", "Station", "Headquarters", "Academy",
    "Departments", "Forces", "Sergeant", "Inspector", "Superintendent", "Spokesman", "Spokesperson", "Report",
    "Reports", "Car", "Cars",
];

/// Capitalised words that open a sentence or a clause but are not part of a name.
pub const OPENERS: &[&str] = &[
    "The", "A", "An", "In", "According", "At", "By", "From", "With", "Under", "During", "After", "Before", "On",
    "For", "As", "While", "When", "Since", "Both", "Thanks", "Officers", "Officials", "Agents", "Detectives",
    "Investigators", "Meanwhile", "Also", "Then", "And", "But", "Of", "Its", "Their", "His", "Her", "Our", "This",
    "That", "These", "Those", "Some", "Local", "Both", "Via", "Through", "To", "If", "Earlier", "Later", "Today",
    "Yesterday", "Last", "Next", "Former", "Now", "Previously",
];
