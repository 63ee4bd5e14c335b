//! Currencies as news writes them: symbols and prefixes ("S$", "RM", "₹", "US$"),
//! ISO codes ("USD 5,000"), and names after the amount ("500,000 baht"), each mapped to
//! an ISO 4217 code, some only once the article's country is known ("$", "¥",
//! "dollars", "rupees").

/// What a currency mark stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denomination {
    /// One currency whatever the article ("S$" → SGD).
    Fixed(&'static str),
    /// "$" or "dollars": the dollar of the article's country, USD when it has none.
    Dollar,
    /// "¥": JPY, or CNY in an article about China.
    Yen,
    /// "rupees": INR, or the rupee of Pakistan, Sri Lanka, Nepal.
    Rupee,
    /// "pesos": the peso of the article's country (Philippines, Mexico, …).
    Peso,
    /// "shillings": the shilling of the article's country (Kenya, Uganda, …).
    Shilling,
    /// "CFA francs": Central Africa's (XAF) in news from there, else West Africa's (XOF).
    CfaFranc,
    /// "dirhams": Morocco's (MAD) in news from there, else the UAE's (AED).
    Dirham,
    /// "riyals": Qatar's, Oman's or Yemen's in news from there, else Saudi Arabia's.
    Riyal,
}

impl Denomination {
    /// The ISO 4217 code in an article whose main country is `place` (a common name
    /// from [`super::countries`]).
    pub fn code(self, place: Option<&str>) -> Option<&'static str> {
        match self {
            Denomination::Fixed(c) => Some(c),
            Denomination::Dollar => Some(place.and_then(dollar_of).unwrap_or("USD")),
            Denomination::Yen => Some(if place == Some("China") { "CNY" } else { "JPY" }),
            Denomination::Rupee => Some(match place {
                Some("Pakistan") => "PKR",
                Some("Sri Lanka") => "LKR",
                Some("Nepal") => "NPR",
                Some("Mauritius") => "MUR",
                _ => "INR",
            }),
            Denomination::Peso => match place {
                Some("Philippines") => Some("PHP"),
                Some("Mexico") => Some("MXN"),
                Some("Colombia") => Some("COP"),
                Some("Argentina") => Some("ARS"),
                Some("Chile") => Some("CLP"),
                Some("Cuba") => Some("CUP"),
                Some("Dominican Republic") => Some("DOP"),
                Some("Uruguay") => Some("UYU"),
                _ => None,
            },
            Denomination::CfaFranc => Some(match place {
                Some(
                    "Cameroon"
                    | "Central African Republic"
                    | "Chad"
                    | "Republic of the Congo"
                    | "Congo"
                    | "Equatorial Guinea"
                    | "Gabon",
                ) => "XAF",
                _ => "XOF",
            }),
            Denomination::Dirham => Some(if place == Some("Morocco") {
                "MAD"
            } else {
                "AED"
            }),
            Denomination::Riyal => Some(match place {
                Some("Qatar") => "QAR",
                Some("Oman") => "OMR",
                Some("Yemen") => "YER",
                _ => "SAR",
            }),
            Denomination::Shilling => match place {
                Some("Kenya") => Some("KES"),
                Some("Uganda") => Some("UGX"),
                Some("Tanzania") => Some("TZS"),
                Some("Somalia") => Some("SOS"),
                _ => None,
            },
        }
    }
}

impl Denomination {
    /// Whether `place` issues a currency of this name: a sentence that names one such
    /// place (and no other) settles "¥", "rupees" or "pesos" there ("Japan's police
    /// said victims lost ¥1.2 billion" in a story led from China). Not for "$": a
    /// US-dollar figure often stands beside another country's name.
    pub fn issued_by(self, place: &str) -> bool {
        match self {
            Denomination::Yen => matches!(place, "Japan" | "China"),
            Denomination::Rupee => {
                matches!(
                    place,
                    "India" | "Pakistan" | "Sri Lanka" | "Nepal" | "Mauritius"
                )
            }
            Denomination::Peso | Denomination::Shilling => self.code(Some(place)).is_some(),
            Denomination::Dirham => matches!(place, "United Arab Emirates" | "Morocco"),
            Denomination::Riyal => matches!(place, "Saudi Arabia" | "Qatar" | "Oman" | "Yemen"),
            Denomination::Fixed(_) | Denomination::Dollar | Denomination::CfaFranc => false,
        }
    }
}

/// The dollar a bare "$" means in news from a country or territory.
pub fn dollar_of(place: &str) -> Option<&'static str> {
    Some(match place {
        "United States" => "USD",
        "Singapore" => "SGD",
        "Hong Kong" => "HKD",
        "Australia" => "AUD",
        "Canada" => "CAD",
        "New Zealand" => "NZD",
        "Taiwan" => "TWD",
        "Brunei" => "BND",
        // Elsewhere ("J$", "FJ$") news writes the local dollar with its own mark, and
        // a bare "$" is the US dollar.
        _ => return None,
    })
}

/// Marks written before the amount, longest first (the order the regex tries them).
/// `P` and `R` count only in news from their country ([`local_mark`]).
pub const PREFIXES: &[(&str, Denomination)] = &[
    ("U.S.$", Denomination::Fixed("USD")),
    ("US$", Denomination::Fixed("USD")),
    ("US $", Denomination::Fixed("USD")),
    ("USD", Denomination::Fixed("USD")),
    ("S$", Denomination::Fixed("SGD")),
    ("SG$", Denomination::Fixed("SGD")),
    ("SGD", Denomination::Fixed("SGD")),
    ("HK$", Denomination::Fixed("HKD")),
    ("HKD", Denomination::Fixed("HKD")),
    ("A$", Denomination::Fixed("AUD")),
    ("AU$", Denomination::Fixed("AUD")),
    ("AUD", Denomination::Fixed("AUD")),
    ("C$", Denomination::Fixed("CAD")),
    ("CA$", Denomination::Fixed("CAD")),
    ("CAD", Denomination::Fixed("CAD")),
    ("NZ$", Denomination::Fixed("NZD")),
    ("NZD", Denomination::Fixed("NZD")),
    ("NT$", Denomination::Fixed("TWD")),
    ("TWD", Denomination::Fixed("TWD")),
    ("B$", Denomination::Fixed("BND")),
    ("J$", Denomination::Fixed("JMD")),
    ("FJ$", Denomination::Fixed("FJD")),
    ("RM", Denomination::Fixed("MYR")),
    ("MYR", Denomination::Fixed("MYR")),
    ("Rs.", Denomination::Rupee),
    ("Rs", Denomination::Rupee),
    ("₹", Denomination::Fixed("INR")),
    ("INR", Denomination::Fixed("INR")),
    ("PKR", Denomination::Fixed("PKR")),
    ("₱", Denomination::Fixed("PHP")),
    ("PHP", Denomination::Fixed("PHP")),
    ("Php", Denomination::Fixed("PHP")),
    ("£", Denomination::Fixed("GBP")),
    ("GBP", Denomination::Fixed("GBP")),
    ("€", Denomination::Fixed("EUR")),
    ("EUR", Denomination::Fixed("EUR")),
    ("¥", Denomination::Yen),
    ("JPY", Denomination::Fixed("JPY")),
    ("CNY", Denomination::Fixed("CNY")),
    ("RMB", Denomination::Fixed("CNY")),
    ("Rp", Denomination::Fixed("IDR")),
    ("IDR", Denomination::Fixed("IDR")),
    ("฿", Denomination::Fixed("THB")),
    ("THB", Denomination::Fixed("THB")),
    // Thai English-language papers: "seized Bt5 million"
    ("Bt", Denomination::Fixed("THB")),
    ("₩", Denomination::Fixed("KRW")),
    ("KRW", Denomination::Fixed("KRW")),
    ("VND", Denomination::Fixed("VND")),
    ("₫", Denomination::Fixed("VND")),
    ("ZAR", Denomination::Fixed("ZAR")),
    ("CHF", Denomination::Fixed("CHF")),
    ("AED", Denomination::Fixed("AED")),
    ("NGN", Denomination::Fixed("NGN")),
    ("₦", Denomination::Fixed("NGN")),
    ("GH¢", Denomination::Fixed("GHS")),
    ("GH₵", Denomination::Fixed("GHS")),
    ("GHS", Denomination::Fixed("GHS")),
    ("KHR", Denomination::Fixed("KHR")),
    ("MMK", Denomination::Fixed("MMK")),
    ("BDT", Denomination::Fixed("BDT")),
    ("LKR", Denomination::Fixed("LKR")),
    ("KES", Denomination::Fixed("KES")),
    ("BRL", Denomination::Fixed("BRL")),
    ("R$", Denomination::Fixed("BRL")),
    ("MXN", Denomination::Fixed("MXN")),
    ("KSh", Denomination::Fixed("KES")),
    ("Ksh", Denomination::Fixed("KES")),
    ("KShs", Denomination::Fixed("KES")),
    ("Kshs", Denomination::Fixed("KES")),
    ("Kshs.", Denomination::Fixed("KES")),
    ("Ksh.", Denomination::Fixed("KES")),
    ("USh", Denomination::Fixed("UGX")),
    ("UGX", Denomination::Fixed("UGX")),
    ("TSh", Denomination::Fixed("TZS")),
    ("TZS", Denomination::Fixed("TZS")),
    ("Dhs", Denomination::Fixed("AED")),
    ("Dh", Denomination::Fixed("AED")),
    // Kenya's, Tanzania's and Uganda's way of writing their shillings: the
    // article's (or its section's) country tells which
    ("Sh", Denomination::Shilling),
    ("Shs", Denomination::Shilling),
    ("SAR", Denomination::Fixed("SAR")),
    ("SR", Denomination::Fixed("SAR")),
    ("QAR", Denomination::Fixed("QAR")),
    ("QR", Denomination::Fixed("QAR")),
    ("E£", Denomination::Fixed("EGP")),
    ("LE", Denomination::Fixed("EGP")),
    ("MX$", Denomination::Fixed("MXN")),
    ("Mex$", Denomination::Fixed("MXN")),
    // Peru's sol, and the Gulf's dinars and rial
    ("S/.", Denomination::Fixed("PEN")),
    ("S/", Denomination::Fixed("PEN")),
    ("KD", Denomination::Fixed("KWD")),
    ("BD", Denomination::Fixed("BHD")),
    ("BHD", Denomination::Fixed("BHD")),
    ("OMR", Denomination::Fixed("OMR")),
    ("JOD", Denomination::Fixed("JOD")),
    ("COL$", Denomination::Fixed("COP")),
    ("COP$", Denomination::Fixed("COP")),
    ("COP", Denomination::Fixed("COP")),
    ("Tk", Denomination::Fixed("BDT")),
    ("LAK", Denomination::Fixed("LAK")),
    ("₺", Denomination::Fixed("TRY")),
    ("XOF", Denomination::Fixed("XOF")),
    ("XAF", Denomination::Fixed("XAF")),
    ("ARS", Denomination::Fixed("ARS")),
    ("CLP", Denomination::Fixed("CLP")),
    ("TRY", Denomination::Fixed("TRY")),
    ("RON", Denomination::Fixed("RON")),
    ("PLN", Denomination::Fixed("PLN")),
    ("RUB", Denomination::Fixed("RUB")),
    ("UAH", Denomination::Fixed("UAH")),
    // Ukraine's hryvnia: its sign, and its abbreviation in English-language Kyiv
    // papers ("Hr 50 million")
    ("₴", Denomination::Fixed("UAH")),
    ("Hr", Denomination::Fixed("UAH")),
    ("EGP", Denomination::Fixed("EGP")),
    ("MAD", Denomination::Fixed("MAD")),
    ("ETB", Denomination::Fixed("ETB")),
    ("NPR", Denomination::Fixed("NPR")),
    ("SEK", Denomination::Fixed("SEK")),
    ("NOK", Denomination::Fixed("NOK")),
    ("DKK", Denomination::Fixed("DKK")),
    ("CZK", Denomination::Fixed("CZK")),
    ("HUF", Denomination::Fixed("HUF")),
    ("ILS", Denomination::Fixed("ILS")),
    ("KWD", Denomination::Fixed("KWD")),
    ("ZMW", Denomination::Fixed("ZMW")),
    ("$", Denomination::Dollar),
    ("P", Denomination::Fixed("PHP")),
    ("R", Denomination::Fixed("ZAR")),
    ("N", Denomination::Fixed("NGN")),
];

/// Single-letter marks (and "Sh", "SR", "QR", "LE"), money only in news from their
/// country ("P10,000" in Manila, "R5 million" in Johannesburg, "N4.3 million" in
/// Lagos, "SR 3.7m" in Riyadh — "SR 91" in California is a highway; "QR50,000" in
/// Doha, "LE50,000" in Cairo).
pub fn local_mark(mark: &str) -> Option<&'static [&'static str]> {
    match mark {
        "P" => Some(&["Philippines"]),
        "R" => Some(&["South Africa"]),
        "N" => Some(&["Nigeria"]),
        "Sh" => Some(&["Kenya", "Tanzania", "Uganda"]),
        "SR" => Some(&["Saudi Arabia"]),
        "QR" => Some(&["Qatar"]),
        "LE" => Some(&["Egypt"]),
        "Hr" => Some(&["Ukraine"]),
        _ => None,
    }
}

/// Names and codes written after the amount ("500,000 baht", "5,000 USD"), lower case
/// except the codes.
pub const SUFFIXES: &[(&str, Denomination)] = &[
    ("US dollars", Denomination::Fixed("USD")),
    ("U.S. dollars", Denomination::Fixed("USD")),
    ("American dollars", Denomination::Fixed("USD")),
    ("Singapore dollars", Denomination::Fixed("SGD")),
    ("Hong Kong dollars", Denomination::Fixed("HKD")),
    ("Australian dollars", Denomination::Fixed("AUD")),
    ("Canadian dollars", Denomination::Fixed("CAD")),
    ("New Zealand dollars", Denomination::Fixed("NZD")),
    ("Taiwan dollars", Denomination::Fixed("TWD")),
    ("dollars", Denomination::Dollar),
    ("dollar", Denomination::Dollar),
    ("euros", Denomination::Fixed("EUR")),
    ("euro", Denomination::Fixed("EUR")),
    ("pounds sterling", Denomination::Fixed("GBP")),
    ("yuan", Denomination::Fixed("CNY")),
    ("renminbi", Denomination::Fixed("CNY")),
    ("yen", Denomination::Fixed("JPY")),
    ("baht", Denomination::Fixed("THB")),
    ("ringgit", Denomination::Fixed("MYR")),
    ("rupees", Denomination::Rupee),
    ("rupee", Denomination::Rupee),
    ("rupiah", Denomination::Fixed("IDR")),
    ("pesos", Denomination::Peso),
    ("peso", Denomination::Peso),
    ("won", Denomination::Fixed("KRW")),
    ("dong", Denomination::Fixed("VND")),
    ("rand", Denomination::Fixed("ZAR")),
    ("naira", Denomination::Fixed("NGN")),
    ("cedis", Denomination::Fixed("GHS")),
    ("cedi", Denomination::Fixed("GHS")),
    ("riels", Denomination::Fixed("KHR")),
    ("riel", Denomination::Fixed("KHR")),
    ("kyat", Denomination::Fixed("MMK")),
    ("taka", Denomination::Fixed("BDT")),
    ("kip", Denomination::Fixed("LAK")),
    ("LAK", Denomination::Fixed("LAK")),
    ("roubles", Denomination::Fixed("RUB")),
    ("rubles", Denomination::Fixed("RUB")),
    ("Qatari riyals", Denomination::Fixed("QAR")),
    ("Saudi riyals", Denomination::Fixed("SAR")),
    ("Saudi riyal", Denomination::Fixed("SAR")),
    ("Omani rials", Denomination::Fixed("OMR")),
    ("Emirati dirhams", Denomination::Fixed("AED")),
    ("UAE dirhams", Denomination::Fixed("AED")),
    ("Moroccan dirhams", Denomination::Fixed("MAD")),
    ("Indian rupees", Denomination::Fixed("INR")),
    ("Pakistani rupees", Denomination::Fixed("PKR")),
    ("Sri Lankan rupees", Denomination::Fixed("LKR")),
    ("Nepalese rupees", Denomination::Fixed("NPR")),
    ("Nigerian naira", Denomination::Fixed("NGN")),
    ("Ghanaian cedis", Denomination::Fixed("GHS")),
    ("South African rand", Denomination::Fixed("ZAR")),
    ("Thai baht", Denomination::Fixed("THB")),
    ("Malaysian ringgit", Denomination::Fixed("MYR")),
    ("Indonesian rupiah", Denomination::Fixed("IDR")),
    ("Vietnamese dong", Denomination::Fixed("VND")),
    ("Cambodian riels", Denomination::Fixed("KHR")),
    ("Chinese yuan", Denomination::Fixed("CNY")),
    ("Japanese yen", Denomination::Fixed("JPY")),
    ("South Korean won", Denomination::Fixed("KRW")),
    ("Brazilian reais", Denomination::Fixed("BRL")),
    ("Russian roubles", Denomination::Fixed("RUB")),
    ("Russian rubles", Denomination::Fixed("RUB")),
    ("riyals", Denomination::Riyal),
    ("riyal", Denomination::Riyal),
    ("zlotys", Denomination::Fixed("PLN")),
    ("zloty", Denomination::Fixed("PLN")),
    ("dirhams", Denomination::Dirham),
    ("dirham", Denomination::Dirham),
    ("Kenyan shillings", Denomination::Fixed("KES")),
    ("Ugandan shillings", Denomination::Fixed("UGX")),
    ("Tanzanian shillings", Denomination::Fixed("TZS")),
    ("CFA francs", Denomination::CfaFranc),
    ("Swiss francs", Denomination::Fixed("CHF")),
    ("francs", Denomination::Fixed("CHF")),
    ("Philippine pesos", Denomination::Fixed("PHP")),
    ("Mexican pesos", Denomination::Fixed("MXN")),
    ("Colombian pesos", Denomination::Fixed("COP")),
    ("Argentine pesos", Denomination::Fixed("ARS")),
    ("Chilean pesos", Denomination::Fixed("CLP")),
    ("shillings", Denomination::Shilling),
    ("reais", Denomination::Fixed("BRL")),
    ("soles", Denomination::Fixed("PEN")),
    ("lek", Denomination::Fixed("ALL")),
    ("leke", Denomination::Fixed("ALL")),
    ("Turkish lira", Denomination::Fixed("TRY")),
    ("lira", Denomination::Fixed("TRY")),
    ("liras", Denomination::Fixed("TRY")),
    ("lei", Denomination::Fixed("RON")),
    ("hryvnias", Denomination::Fixed("UAH")),
    ("hryvnia", Denomination::Fixed("UAH")),
    ("Egyptian pounds", Denomination::Fixed("EGP")),
    ("shekels", Denomination::Fixed("ILS")),
    ("forints", Denomination::Fixed("HUF")),
    ("birr", Denomination::Fixed("ETB")),
    ("Swedish kronor", Denomination::Fixed("SEK")),
    ("kronor", Denomination::Fixed("SEK")),
    ("Norwegian kroner", Denomination::Fixed("NOK")),
    ("Danish kroner", Denomination::Fixed("DKK")),
    ("XOF", Denomination::Fixed("XOF")),
    ("XAF", Denomination::Fixed("XAF")),
    ("USD", Denomination::Fixed("USD")),
    ("EUR", Denomination::Fixed("EUR")),
    ("SGD", Denomination::Fixed("SGD")),
    ("MYR", Denomination::Fixed("MYR")),
    ("HKD", Denomination::Fixed("HKD")),
    ("GBP", Denomination::Fixed("GBP")),
    ("INR", Denomination::Fixed("INR")),
    ("AUD", Denomination::Fixed("AUD")),
    ("CAD", Denomination::Fixed("CAD")),
    ("JPY", Denomination::Fixed("JPY")),
    ("CNY", Denomination::Fixed("CNY")),
    ("PHP", Denomination::Fixed("PHP")),
    ("THB", Denomination::Fixed("THB")),
    ("TL", Denomination::Fixed("TRY")),
    ("IDR", Denomination::Fixed("IDR")),
    ("BRL", Denomination::Fixed("BRL")),
    // Codes after the number, as Vietnamese, Kenyan and Nigerian copy writes them
    // ("50 million VND"); matched in capitals only, so "5 pen drives" is no sum.
    ("VND", Denomination::Fixed("VND")),
    ("NGN", Denomination::Fixed("NGN")),
    ("KES", Denomination::Fixed("KES")),
    ("ZAR", Denomination::Fixed("ZAR")),
    ("PKR", Denomination::Fixed("PKR")),
    ("BDT", Denomination::Fixed("BDT")),
    ("KHR", Denomination::Fixed("KHR")),
    ("MMK", Denomination::Fixed("MMK")),
    ("LKR", Denomination::Fixed("LKR")),
    ("AED", Denomination::Fixed("AED")),
    ("SAR", Denomination::Fixed("SAR")),
    ("QAR", Denomination::Fixed("QAR")),
    ("PLN", Denomination::Fixed("PLN")),
    ("MXN", Denomination::Fixed("MXN")),
    ("KWD", Denomination::Fixed("KWD")),
    ("NZD", Denomination::Fixed("NZD")),
    ("CHF", Denomination::Fixed("CHF")),
    ("KRW", Denomination::Fixed("KRW")),
    ("TWD", Denomination::Fixed("TWD")),
    ("PEN", Denomination::Fixed("PEN")),
    ("COP", Denomination::Fixed("COP")),
    ("ARS", Denomination::Fixed("ARS")),
    ("CLP", Denomination::Fixed("CLP")),
    ("UGX", Denomination::Fixed("UGX")),
    ("TZS", Denomination::Fixed("TZS")),
    ("GHS", Denomination::Fixed("GHS")),
    ("EGP", Denomination::Fixed("EGP")),
    ("RUB", Denomination::Fixed("RUB")),
    ("UAH", Denomination::Fixed("UAH")),
    // Local spellings and the Gulf's dinars
    ("đồng", Denomination::Fixed("VND")),
    ("złotys", Denomination::Fixed("PLN")),
    ("złoty", Denomination::Fixed("PLN")),
    ("Kuwaiti dinars", Denomination::Fixed("KWD")),
    ("Kuwaiti dinar", Denomination::Fixed("KWD")),
    ("Bahraini dinars", Denomination::Fixed("BHD")),
    ("Bahraini dinar", Denomination::Fixed("BHD")),
    ("Jordanian dinars", Denomination::Fixed("JOD")),
];

/// The denomination of a prefix mark, exactly as written.
pub fn prefix(mark: &str) -> Option<Denomination> {
    PREFIXES.iter().find(|(m, _)| *m == mark).map(|(_, d)| *d)
}

/// The denomination of a name or code after the amount (names in any case).
pub fn suffix(word: &str) -> Option<Denomination> {
    let w = word.split_whitespace().collect::<Vec<_>>().join(" ");
    SUFFIXES
        .iter()
        .find(|(m, _)| {
            if m.chars().all(|c| c.is_ascii_uppercase()) {
                *m == w
            } else {
                m.eq_ignore_ascii_case(&w)
            }
        })
        .map(|(_, d)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_map_to_codes() {
        assert_eq!(prefix("S$").and_then(|d| d.code(None)), Some("SGD"));
        assert_eq!(
            prefix("$").and_then(|d| d.code(Some("Hong Kong"))),
            Some("HKD")
        );
        assert_eq!(prefix("$").and_then(|d| d.code(Some("Spain"))), Some("USD"));
        assert_eq!(prefix("¥").and_then(|d| d.code(Some("China"))), Some("CNY"));
        assert_eq!(suffix("baht").and_then(|d| d.code(None)), Some("THB"));
        assert_eq!(
            suffix("US  dollars").and_then(|d| d.code(Some("Canada"))),
            Some("USD")
        );
        assert_eq!(suffix("pesos").and_then(|d| d.code(None)), None);
        assert_eq!(prefix("Dh").and_then(|d| d.code(None)), Some("AED"));
        assert_eq!(prefix("KSh").and_then(|d| d.code(None)), Some("KES"));
        assert_eq!(local_mark("Sh"), Some(&["Kenya", "Tanzania", "Uganda"][..]));
    }

    #[test]
    fn issuers_of_a_denomination() {
        assert!(Denomination::Yen.issued_by("Japan") && Denomination::Yen.issued_by("China"));
        assert!(!Denomination::Yen.issued_by("Nigeria"));
        assert!(Denomination::Rupee.issued_by("Sri Lanka"));
        assert!(Denomination::Peso.issued_by("Mexico") && !Denomination::Peso.issued_by("Spain"));
        // a "$" figure beside a country's name is often in US dollars: never settled so
        assert!(!Denomination::Dollar.issued_by("Singapore"));
    }
}
