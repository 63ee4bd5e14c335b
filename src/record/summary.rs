//! The operation-level roll-up of a record's facts.

use super::Warning;
use crate::extract::fact::{Fact, Gender, PartialDate, Role, Unit, Value};
use serde::Serialize;
use std::collections::BTreeMap;

/// Article-wide totals.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// People arrested.
    pub arrested: Option<u64>,
    /// People investigated.
    pub investigated: Option<u64>,
    /// People charged.
    pub charged: Option<u64>,
    /// People convicted.
    pub convicted: Option<u64>,
    /// Raids.
    pub raids: Option<u64>,
    /// Men among the people counted.
    pub men: Option<u64>,
    /// Women among the people counted.
    pub women: Option<u64>,
    /// Youngest and oldest age stated.
    pub age: Option<[u32; 2]>,
    /// The operation's period (first date range).
    pub period: Option<[PartialDate; 2]>,
}

/// One jurisdiction's facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct JurisdictionRow {
    /// The place.
    pub name: String,
    /// Largest person count per role.
    pub counts: BTreeMap<&'static str, u64>,
    /// Age ranges stated.
    pub ages: Vec<[u32; 2]>,
    /// Statutes cited, "law section".
    pub statutes: Vec<String>,
    /// Items seized, "count item" or "quantity unit item".
    pub seizures: Vec<String>,
    /// Fines, "amount currency".
    pub fines: Vec<String>,
    /// Agencies named.
    pub agencies: Vec<String>,
    /// Operations named.
    pub operations: Vec<String>,
}

/// The roll-up.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Article-wide totals.
    pub totals: Totals,
    /// One row per jurisdiction that facts were attributed to, in order of first mention.
    pub jurisdictions: Vec<JurisdictionRow>,
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

impl Summary {
    /// Roll up `facts`.
    pub fn of(facts: &[Fact]) -> Summary {
        let mut rows: Vec<JurisdictionRow> = Vec::new();
        let mut totals = Totals::default();
        let mut unattributed: BTreeMap<&'static str, u64> = BTreeMap::new();
        let (mut men, mut women) = (None::<u64>, None::<u64>);
        for f in facts {
            let row = f.jurisdiction.as_ref().map(|j| {
                let i = rows.iter().position(|r| &r.name == j).unwrap_or_else(|| {
                    rows.push(JurisdictionRow {
                        name: j.clone(),
                        ..Default::default()
                    });
                    rows.len() - 1
                });
                i
            });
            match &f.value {
                Value::Count {
                    value,
                    unit: Unit::Person,
                    gender,
                    role,
                } => {
                    let role = role.unwrap_or(Role::Involved).as_str();
                    match row {
                        Some(i) => {
                            let e = rows[i].counts.entry(role).or_default();
                            *e = (*e).max(*value);
                        }
                        None => {
                            let e = unattributed.entry(role).or_default();
                            *e = (*e).max(*value);
                            match gender {
                                Some(Gender::Male) => men = Some(men.unwrap_or(0).max(*value)),
                                Some(Gender::Female) => {
                                    women = Some(women.unwrap_or(0).max(*value))
                                }
                                None => {}
                            }
                        }
                    }
                }
                Value::Count {
                    value,
                    unit: Unit::Raid,
                    ..
                } => totals.raids = Some(totals.raids.unwrap_or(0).max(*value)),
                Value::Age { min, max } => {
                    let a = totals.age.get_or_insert([*min, *max]);
                    a[0] = a[0].min(*min);
                    a[1] = a[1].max(*max);
                    if let Some(i) = row {
                        rows[i].ages.push([*min, *max]);
                    }
                }
                Value::DateRange { start, end } => {
                    totals.period.get_or_insert([*start, *end]);
                }
                Value::Statute { law, section } => {
                    if let Some(i) = row {
                        push_unique(&mut rows[i].statutes, format!("{law} {section}"));
                    }
                }
                Value::Seizure {
                    item,
                    count,
                    quantity,
                    unit,
                } => {
                    if let Some(i) = row {
                        let s = match (count, quantity, unit) {
                            (Some(c), _, _) => format!("{c} {item}"),
                            (None, Some(q), Some(u)) => format!("{q} {u} {item}"),
                            _ => item.clone(),
                        };
                        push_unique(&mut rows[i].seizures, s);
                    }
                }
                Value::Money {
                    amount,
                    currency,
                    role: Some(crate::extract::fact::MoneyRole::Fine),
                } => {
                    if let Some(i) = row {
                        push_unique(
                            &mut rows[i].fines,
                            format!("{amount} {}", currency.as_str()),
                        );
                    }
                }
                Value::Agency { name, .. } => {
                    if let Some(i) = row {
                        push_unique(&mut rows[i].agencies, name.clone());
                    }
                }
                Value::Operation { name } => {
                    if let Some(i) = row {
                        push_unique(&mut rows[i].operations, name.clone());
                    }
                }
                _ => {}
            }
        }
        let total = |role: &str| -> Option<u64> {
            unattributed.get(role).copied().or_else(|| {
                let s: u64 = rows.iter().filter_map(|r| r.counts.get(role)).sum();
                (s > 0).then_some(s)
            })
        };
        totals.arrested = total("arrested");
        totals.investigated = total("investigated");
        totals.charged = total("charged");
        totals.convicted = total("convicted");
        totals.men = men;
        totals.women = women;
        Summary {
            totals,
            jurisdictions: rows,
        }
    }

    /// Warnings where the article's numbers disagree with each other.
    pub fn consistency_warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        for role in ["arrested", "investigated", "charged"] {
            let parts: u64 = self
                .jurisdictions
                .iter()
                .filter_map(|r| r.counts.get(role))
                .sum();
            let total = match role {
                "arrested" => self.totals.arrested,
                "investigated" => self.totals.investigated,
                _ => self.totals.charged,
            };
            if let Some(t) = total {
                if parts > t {
                    out.push(Warning::new(
                        "totals-mismatch",
                        format!("{role}: the jurisdictions' counts add up to {parts}, more than the stated total {t}"),
                    ));
                }
            }
        }
        out
    }
}
