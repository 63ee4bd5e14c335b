//! Typed fact values, and their JSON shape (the field names of `FACTS.md`).
//!
//! Values are typed inside the library: calendar dates with a precision, money in
//! minor units with an ISO 4217 code, durations as calendar components. They become
//! the contract's fields only when serialized.

use crate::span::Span;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::fmt;

/// The fourteen kinds of fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A number of people, raids, locations, cases, …
    Count,
    /// An age or an age range.
    Age,
    /// A calendar date (day, month or year precision).
    Date,
    /// A range of dates.
    DateRange,
    /// A length of time: a sentence, an operation's length.
    Duration,
    /// A section of a law.
    Statute,
    /// A law named in the text.
    Law,
    /// An amount of money.
    Money,
    /// Something seized.
    Seizure,
    /// A police force, prosecutor's office, agency.
    Agency,
    /// A named operation.
    Operation,
    /// A country or territory where enforcement took place.
    Jurisdiction,
    /// A named person.
    Person,
    /// Quoted speech.
    Quote,
}

impl Kind {
    /// Every kind, in the contract's order.
    pub const ALL: [Kind; 14] = [
        Kind::Count,
        Kind::Age,
        Kind::Date,
        Kind::DateRange,
        Kind::Duration,
        Kind::Statute,
        Kind::Law,
        Kind::Money,
        Kind::Seizure,
        Kind::Agency,
        Kind::Operation,
        Kind::Jurisdiction,
        Kind::Person,
        Kind::Quote,
    ];

    /// The contract's name of the kind (`"date_range"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Age => "age",
            Kind::Date => "date",
            Kind::DateRange => "date_range",
            Kind::Duration => "duration",
            Kind::Statute => "statute",
            Kind::Law => "law",
            Kind::Money => "money",
            Kind::Seizure => "seizure",
            Kind::Agency => "agency",
            Kind::Operation => "operation",
            Kind::Jurisdiction => "jurisdiction",
            Kind::Person => "person",
            Kind::Quote => "quote",
        }
    }

    /// The kind named `s` in the contract.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident => $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vm])* $v),+ }
        impl $name {
            /// The contract's spelling.
            pub fn as_str(self) -> &'static str { match self { $($name::$v => $s),+ } }
            /// Parse the contract's spelling.
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$v),)+ _ => None } }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

str_enum!(
    /// What a count counts.
    Unit {
        /// People of any description.
        Person => "person",
        /// Raids.
        Raid => "raid",
        /// Places searched or raided.
        Location => "location",
        /// Police or staff deployed.
        Officer => "officer",
        /// Countries or territories.
        Jurisdiction => "jurisdiction",
        /// Cases, investigation papers, charges, counts of an indictment.
        Case => "case",
        /// Anything else.
        Other => "other",
    }
);

str_enum!(
    /// Gender of counted people.
    Gender {
        /// Men, boys.
        Male => "male",
        /// Women, girls.
        Female => "female",
    }
);

str_enum!(
    /// What happened to counted people.
    Role {
        /// Arrested.
        Arrested => "arrested",
        /// Investigated, questioned, assisting with investigations.
        Investigated => "investigated",
        /// Charged, indicted.
        Charged => "charged",
        /// Convicted, pleaded guilty.
        Convicted => "convicted",
        /// Sentenced.
        Sentenced => "sentenced",
        /// Detained, remanded.
        Detained => "detained",
        /// Rescued.
        Rescued => "rescued",
        /// Victims.
        Victim => "victim",
        /// Involved, the sentence does not say how.
        Involved => "involved",
    }
);

str_enum!(
    /// How a duration is bounded.
    Qualifier {
        /// "at least".
        AtLeast => "at_least",
        /// "at most".
        AtMost => "at_most",
        /// "about", "nearly", "around".
        About => "about",
        /// "over", "more than".
        Over => "over",
        /// "up to", maximum penalties.
        UpTo => "up_to",
    }
);

str_enum!(
    /// What a duration measures.
    DurationRole {
        /// A prison term or penalty.
        Sentence => "sentence",
        /// How long an operation or investigation ran.
        Operation => "operation",
        /// Anything else.
        Other => "other",
    }
);

str_enum!(
    /// What an amount of money is.
    MoneyRole {
        /// A fine.
        Fine => "fine",
        /// Bail or bond.
        Bail => "bail",
        /// Seized, frozen, confiscated, forfeited.
        Seized => "seized",
        /// Criminal proceeds, laundered sums.
        Proceeds => "proceeds",
        /// Victims' losses.
        Loss => "loss",
        /// A reward.
        Reward => "reward",
        /// Compensation or restitution.
        Compensation => "compensation",
        /// Anything else.
        Other => "other",
    }
);

str_enum!(
    /// Unit of a seized weight or volume, or of an amount of data.
    MassUnit {
        /// Milligrams.
        Mg => "mg",
        /// Grams.
        G => "g",
        /// Kilograms.
        Kg => "kg",
        /// Pounds.
        Lb => "lb",
        /// Ounces.
        Oz => "oz",
        /// Metric tonnes.
        T => "t",
        /// Litres.
        L => "l",
        /// Millilitres.
        Ml => "ml",
        /// Gigabytes of data.
        Gb => "GB",
        /// Terabytes of data.
        Tb => "TB",
        /// Petabytes of data.
        Pb => "PB",
    }
);

/// A decimal number kept exactly as written: `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Decimal {
    /// The digits, without the point.
    pub mantissa: i128,
    /// How many of them follow the point.
    pub scale: u8,
}

impl Decimal {
    /// An integer.
    pub fn int(n: i128) -> Self {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// Parse `"1,234.50"` (thousands commas allowed). `None` on overflow or junk.
    pub fn parse(s: &str) -> Option<Self> {
        let mut mantissa: i128 = 0;
        let mut scale: u8 = 0;
        let mut seen_point = false;
        let mut digits = 0;
        for c in s.chars() {
            match c {
                '0'..='9' => {
                    mantissa = mantissa
                        .checked_mul(10)?
                        .checked_add((c as u8 - b'0') as i128)?;
                    digits += 1;
                    if seen_point {
                        scale = scale.checked_add(1)?;
                    }
                }
                ',' if !seen_point => {}
                '.' if !seen_point => seen_point = true,
                _ => return None,
            }
        }
        if digits == 0 || scale > 18 {
            return None;
        }
        Some(Decimal { mantissa, scale }.normalized())
    }

    /// Multiply by an integer factor (million, lakh, …). `None` on overflow.
    pub fn times(self, factor: i128) -> Option<Self> {
        Some(
            Decimal {
                mantissa: self.mantissa.checked_mul(factor)?,
                scale: self.scale,
            }
            .normalized(),
        )
    }

    /// Drop trailing zeros after the point.
    pub fn normalized(mut self) -> Self {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The integer value, when there is no fractional part.
    pub fn as_integer(&self) -> Option<i128> {
        (self.normalized().scale == 0).then(|| self.normalized().mantissa)
    }

    /// Closest `f64` (for serialization only).
    pub fn to_f64(&self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.normalized();
        if n.scale == 0 {
            return write!(f, "{}", n.mantissa);
        }
        let p = 10i128.pow(n.scale as u32);
        let sign = if n.mantissa < 0 { "-" } else { "" };
        let a = n.mantissa.abs();
        write!(
            f,
            "{sign}{}.{:0width$}",
            a / p,
            a % p,
            width = n.scale as usize
        )
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.as_integer().and_then(|i| i64::try_from(i).ok()) {
            Some(i) => s.serialize_i64(i),
            None => s.serialize_f64(self.to_f64()),
        }
    }
}

/// A calendar date known to the day, the month or only the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Year (1000..=2999).
    pub year: i16,
    /// Month 1..=12, when known.
    pub month: Option<u8>,
    /// Day of month, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A full date, or `None` when it does not exist (31 February).
    pub fn ymd(year: i16, month: u8, day: u8) -> Option<Self> {
        jiff::civil::Date::new(year, month as i8, day as i8).ok()?;
        if !(1000..=2999).contains(&year) {
            return None;
        }
        Some(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A month of a year.
    pub fn ym(year: i16, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && (1000..=2999).contains(&year)).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year alone.
    pub fn y(year: i16) -> Option<Self> {
        (1000..=2999).contains(&year).then_some(PartialDate {
            year,
            month: None,
            day: None,
        })
    }

    /// The full calendar date, when the day is known.
    pub fn civil(&self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(self.year, self.month? as i8, self.day? as i8).ok()
    }

    /// Parse `"YYYY-MM-DD"`, `"YYYY-MM"` or `"YYYY"`.
    pub fn parse(s: &str) -> Option<Self> {
        let mut it = s.trim().splitn(3, '-');
        let y: i16 = it.next()?.parse().ok()?;
        match (it.next(), it.next()) {
            (None, _) => PartialDate::y(y),
            (Some(m), None) => PartialDate::ym(y, m.parse().ok()?),
            (Some(m), Some(d)) => PartialDate::ymd(y, m.parse().ok()?, d.get(..2)?.parse().ok()?),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A length of time in calendar components (`P11Y8M`, `P5W`, `PT6H`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Duration {
    /// Years.
    pub years: u32,
    /// Months.
    pub months: u32,
    /// Weeks.
    pub weeks: u32,
    /// Days.
    pub days: u32,
    /// Hours.
    pub hours: u32,
    /// Minutes.
    pub minutes: u32,
}

impl Duration {
    /// The ISO 8601 form (`P11Y8M`).
    pub fn iso(&self) -> String {
        let mut s = String::from("P");
        for (n, c) in [
            (self.years, 'Y'),
            (self.months, 'M'),
            (self.weeks, 'W'),
            (self.days, 'D'),
        ] {
            if n > 0 {
                s.push_str(&format!("{n}{c}"));
            }
        }
        if self.hours > 0 || self.minutes > 0 {
            s.push('T');
            for (n, c) in [(self.hours, 'H'), (self.minutes, 'M')] {
                if n > 0 {
                    s.push_str(&format!("{n}{c}"));
                }
            }
        }
        if s == "P" {
            s.push_str("0D");
        }
        s
    }
}

/// ISO 4217 currency code (three upper-case letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(pub [u8; 3]);

impl Currency {
    /// From a three-letter code; `None` unless it is three ASCII letters.
    pub fn new(code: &str) -> Option<Self> {
        let b = code.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic)).then(|| {
            Currency([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ])
        })
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The typed value of a fact; one variant per [`Kind`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// `count`.
    Count {
        /// How many.
        value: u64,
        /// Of what.
        unit: Unit,
        /// For people: their gender, when stated.
        gender: Option<Gender>,
        /// For people: what happened to them.
        role: Option<Role>,
    },
    /// `age`: `min..=max` years.
    Age {
        /// Youngest.
        min: u32,
        /// Oldest.
        max: u32,
    },
    /// `date`.
    Date(PartialDate),
    /// `date_range`.
    DateRange {
        /// First day.
        start: PartialDate,
        /// Last day.
        end: PartialDate,
    },
    /// `duration`.
    Duration {
        /// The length.
        duration: Duration,
        /// At least, up to, …
        qualifier: Option<Qualifier>,
        /// Sentence, operation, other.
        role: Option<DurationRole>,
    },
    /// `statute`: a section of a law.
    Statute {
        /// The law (`"Penal Code 1871"`, `"18 U.S.C."`).
        law: String,
        /// The section without spaces (`"292(1)(a)"`).
        section: String,
    },
    /// `law`.
    Law {
        /// As written, without a leading "the".
        name: String,
    },
    /// `money`.
    Money {
        /// The amount, multiplied out.
        amount: Decimal,
        /// ISO 4217.
        currency: Currency,
        /// Fine, seized, …
        role: Option<MoneyRole>,
    },
    /// `seizure`.
    Seizure {
        /// Lower-case singular noun phrase.
        item: String,
        /// How many, when counted.
        count: Option<u64>,
        /// Weight or volume, when measured.
        quantity: Option<Decimal>,
        /// Unit of `quantity`.
        unit: Option<MassUnit>,
    },
    /// `agency`.
    Agency {
        /// Proper name.
        name: String,
        /// Stated abbreviation.
        abbr: Option<String>,
    },
    /// `operation`.
    Operation {
        /// `"Operation Hurdle"`.
        name: String,
    },
    /// `jurisdiction`.
    Jurisdiction {
        /// Common short English name.
        name: String,
    },
    /// `person`.
    Person {
        /// Name without honorifics.
        name: String,
        /// Office or title.
        title: Option<String>,
    },
    /// `quote`.
    Quote {
        /// The words inside the marks.
        text: String,
        /// Who said it, when stated.
        speaker: Option<String>,
    },
}

impl Value {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            Value::Count { .. } => Kind::Count,
            Value::Age { .. } => Kind::Age,
            Value::Date(_) => Kind::Date,
            Value::DateRange { .. } => Kind::DateRange,
            Value::Duration { .. } => Kind::Duration,
            Value::Statute { .. } => Kind::Statute,
            Value::Law { .. } => Kind::Law,
            Value::Money { .. } => Kind::Money,
            Value::Seizure { .. } => Kind::Seizure,
            Value::Agency { .. } => Kind::Agency,
            Value::Operation { .. } => Kind::Operation,
            Value::Jurisdiction { .. } => Kind::Jurisdiction,
            Value::Person { .. } => Kind::Person,
            Value::Quote { .. } => Kind::Quote,
        }
    }

    /// False for values no article can mean: a number so large it can only be an
    /// overflow or junk (more people than live on Earth, a seizure of more than a
    /// million tonnes, an amount above 10^15). Such facts are dropped by `resolve`.
    pub fn is_plausible(&self) -> bool {
        const PEOPLE: u64 = 10_000_000_000;
        match self {
            Value::Count { value, .. } => *value <= PEOPLE,
            Value::Seizure {
                count, quantity, ..
            } => count.is_none_or(|c| c <= PEOPLE) && quantity.is_none_or(|q| q.to_f64() <= 1e12),
            Value::Money { amount, .. } => amount.to_f64() <= 1e15,
            Value::Age { min, max } => min <= max && *max <= 150,
            Value::Duration { duration, .. } => {
                duration.years <= 10_000 && duration.months <= 120_000
            }
            _ => true,
        }
    }

    /// A key that two mentions of the same fact share (used for de-duplication):
    /// the value without its secondary fields (role, qualifier, title, speaker).
    pub fn identity(&self) -> String {
        match self {
            Value::Count {
                value,
                unit,
                gender,
                ..
            } => {
                format!(
                    "count|{value}|{unit}|{}",
                    gender.map(|g| g.as_str()).unwrap_or("")
                )
            }
            Value::Age { min, max } => format!("age|{min}|{max}"),
            Value::Date(d) => format!("date|{d}"),
            Value::DateRange { start, end } => format!("date_range|{start}|{end}"),
            Value::Duration { duration, .. } => format!("duration|{}", duration.iso()),
            Value::Statute { law, section } => format!("statute|{}|{section}", fold_name(law)),
            Value::Law { name } => format!("law|{}", fold_name(name)),
            Value::Money {
                amount, currency, ..
            } => format!("money|{}|{amount}", currency.as_str()),
            Value::Seizure {
                item,
                count,
                quantity,
                unit,
            } => format!(
                "seizure|{item}|{}|{}|{}",
                count.map(|c| c.to_string()).unwrap_or_default(),
                quantity.map(|q| q.to_string()).unwrap_or_default(),
                unit.map(|u| u.as_str()).unwrap_or("")
            ),
            Value::Agency { name, abbr } => match abbr {
                Some(abbr) => format!("agency|{abbr}"),
                None => lowered("agency|", name),
            },
            Value::Operation { name } => lowered("operation|", name),
            Value::Jurisdiction { name } => lowered("jurisdiction|", name),
            Value::Person { name, .. } => lowered("person|", name),
            Value::Quote { text, .. } => lowered("quote|", text),
        }
    }

    fn write_fields<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        match self {
            Value::Count {
                value,
                unit,
                gender,
                role,
            } => {
                m.serialize_entry("value", value)?;
                m.serialize_entry("unit", unit)?;
                if let Some(g) = gender {
                    m.serialize_entry("gender", g)?;
                }
                if let Some(r) = role {
                    m.serialize_entry("role", r)?;
                }
            }
            Value::Age { min, max } => {
                m.serialize_entry("min", min)?;
                m.serialize_entry("max", max)?;
            }
            Value::Date(d) => m.serialize_entry("date", d)?,
            Value::DateRange { start, end } => {
                m.serialize_entry("start", start)?;
                m.serialize_entry("end", end)?;
            }
            Value::Duration {
                duration,
                qualifier,
                role,
            } => {
                m.serialize_entry("iso", &duration.iso())?;
                if let Some(q) = qualifier {
                    m.serialize_entry("qualifier", q)?;
                }
                if let Some(r) = role {
                    m.serialize_entry("role", r)?;
                }
            }
            Value::Statute { law, section } => {
                m.serialize_entry("law", law)?;
                m.serialize_entry("section", section)?;
            }
            Value::Law { name } => m.serialize_entry("name", name)?,
            Value::Money {
                amount,
                currency,
                role,
            } => {
                m.serialize_entry("amount", amount)?;
                m.serialize_entry("currency", currency)?;
                if let Some(r) = role {
                    m.serialize_entry("role", r)?;
                }
            }
            Value::Seizure {
                item,
                count,
                quantity,
                unit,
            } => {
                m.serialize_entry("item", item)?;
                m.serialize_entry("count", count)?;
                if let Some(q) = quantity {
                    m.serialize_entry("quantity", q)?;
                }
                if let Some(u) = unit {
                    m.serialize_entry("unit", u)?;
                }
            }
            Value::Agency { name, abbr } => {
                m.serialize_entry("name", name)?;
                if let Some(a) = abbr {
                    m.serialize_entry("abbr", a)?;
                }
            }
            Value::Operation { name } | Value::Jurisdiction { name } => {
                m.serialize_entry("name", name)?
            }
            Value::Person { name, title } => {
                m.serialize_entry("name", name)?;
                if let Some(t) = title {
                    m.serialize_entry("title", t)?;
                }
            }
            Value::Quote { text, speaker } => {
                m.serialize_entry("text", text)?;
                if let Some(s) = speaker {
                    m.serialize_entry("speaker", s)?;
                }
            }
        }
        Ok(())
    }
}

/// Lower case, leading "the" and a trailing year dropped: how law names compare.
pub fn fold_name(name: &str) -> String {
    let l = name.trim().to_lowercase();
    let l = l.strip_prefix("the ").unwrap_or(&l);
    let t = l.trim_end_matches(|c: char| c.is_ascii_digit());
    let t = if l.len() - t.len() == 4 {
        t.trim_end_matches([' ', ','])
    } else {
        l
    };
    t.to_string()
}

/// `prefix` and `name` in lower case, as `format!("{prefix}{}", name.to_lowercase())`
/// builds it, without the formatting machinery; an ASCII name (nearly all) is lowered
/// in place (its Unicode lower case is its ASCII lower case).
fn lowered(prefix: &str, name: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + name.len());
    out.push_str(prefix);
    if name.is_ascii() {
        out.push_str(name);
        out[prefix.len()..].make_ascii_lowercase();
    } else {
        out.push_str(&name.to_lowercase());
    }
    out
}

/// One extracted fact: a typed value, where it was found, and by which rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fact {
    /// The value.
    pub value: Value,
    /// Where in `body` it was found.
    pub span: Span,
    /// `body[span]`.
    pub text: String,
    /// The country or territory it belongs to, when the article says.
    pub jurisdiction: Option<String>,
    /// Name of the rule that produced it (for reviewers and snapshot diffs).
    pub rule: &'static str,
}

impl Fact {
    /// A fact for `value` found at `span` of `body`.
    pub fn new(value: Value, span: Span, body: &str, rule: &'static str) -> Self {
        Fact {
            value,
            span,
            text: body[span.start..span.end].to_string(),
            jurisdiction: None,
            rule,
        }
    }

    /// The kind of the fact.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

impl Serialize for Fact {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", &self.kind())?;
        self.value.write_fields(&mut m)?;
        if let Some(j) = &self.jurisdiction {
            m.serialize_entry("jurisdiction", j)?;
        }
        // A quote's `text` field is its words; its span covers exactly those words, so
        // the key is written once. Should the two ever differ, the matched words go
        // under `matched` (a JSON object never repeats a key).
        match &self.value {
            Value::Quote { text, .. } if *text == self.text => {}
            Value::Quote { .. } => m.serialize_entry("matched", &self.text)?,
            _ => m.serialize_entry("text", &self.text)?,
        }
        m.serialize_entry("span", &self.span)?;
        m.serialize_entry("rule", self.rule)?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_lower_names_as_to_lowercase_does() {
        for name in [
            "Royal Malaysia Police",
            "JOSÉ ÁLVAREZ",
            "ΟΔΟΣ Σ",
            "İstanbul",
            "a",
            "",
        ] {
            let person = Value::Person {
                name: name.into(),
                title: None,
            };
            assert_eq!(person.identity(), format!("person|{}", name.to_lowercase()));
            let quote = Value::Quote {
                text: name.into(),
                speaker: Some("X".into()),
            };
            assert_eq!(quote.identity(), format!("quote|{}", name.to_lowercase()));
            let agency = Value::Agency {
                name: name.into(),
                abbr: None,
            };
            assert_eq!(agency.identity(), format!("agency|{}", name.to_lowercase()));
        }
        let abbr = Value::Agency {
            name: "Federal Bureau".into(),
            abbr: Some("FBI".into()),
        };
        assert_eq!(abbr.identity(), "agency|FBI");
        let op = Value::Operation {
            name: "Lantern".into(),
        };
        assert_eq!(op.identity(), "operation|lantern");
        let place = Value::Jurisdiction {
            name: "Hong Kong".into(),
        };
        assert_eq!(place.identity(), "jurisdiction|hong kong");
    }

    #[test]
    fn decimal_parses_and_prints() {
        assert_eq!(Decimal::parse("1,234.50").unwrap().to_string(), "1234.5");
        assert_eq!(
            Decimal::parse("2.5")
                .unwrap()
                .times(1_000_000)
                .unwrap()
                .as_integer(),
            Some(2_500_000)
        );
        assert_eq!(
            Decimal::parse("99999999999999999999999999999999999999999"),
            None
        );
        assert_eq!(Decimal::parse("abc"), None);
    }

    #[test]
    fn dates_validate() {
        assert!(PartialDate::ymd(2025, 2, 31).is_none());
        assert_eq!(
            PartialDate::ymd(2024, 2, 29).unwrap().to_string(),
            "2024-02-29"
        );
        assert_eq!(
            PartialDate::parse("2025-03").unwrap().to_string(),
            "2025-03"
        );
        assert_eq!(
            PartialDate::parse("2020-08-26 10:43").unwrap().to_string(),
            "2020-08-26"
        );
    }

    #[test]
    fn durations_print_iso() {
        assert_eq!(
            Duration {
                years: 11,
                months: 8,
                ..Default::default()
            }
            .iso(),
            "P11Y8M"
        );
        assert_eq!(
            Duration {
                hours: 6,
                ..Default::default()
            }
            .iso(),
            "PT6H"
        );
    }

    #[test]
    fn a_quote_writes_text_once() {
        let body = "He said \"we will act\" today.";
        let v = Value::Quote {
            text: "we will act".into(),
            speaker: None,
        };
        let f = Fact::new(v, Span::new(9, 20), body, "test");
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(json.matches("\"text\"").count(), 1, "{json}");
    }

    #[test]
    fn law_names_fold() {
        assert_eq!(fold_name("the Penal Code 1871"), "penal code");
        assert_eq!(fold_name("Films Act"), "films act");
    }
}
