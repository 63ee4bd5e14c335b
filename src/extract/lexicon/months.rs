//! Month and weekday names.

/// Regex fragment for a month name or its abbreviation (no captures).
pub const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

/// Regex fragment for a weekday name (no captures).
pub const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/// Month number (1..=12) of a month name or abbreviation, any case.
pub fn month_number(s: &str) -> Option<u8> {
    let l = s.trim().trim_end_matches('.').to_ascii_lowercase();
    let n = match l.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][n as usize - 1];
    // the name, its three-letter abbreviation or "Sept" (not "Mark", "Mayo", "Marc")
    (l == full || l.len() == 3 || l == "sept").then_some(n)
}

/// Whether `w` names a month or a weekday ("May", "Sept.", "Monday").
pub fn is_calendar_word(w: &str) -> bool {
    month_number(w).is_some() || weekday_number(w).is_some()
}

/// Weekday of a name: 0 = Monday … 6 = Sunday.
pub fn weekday_number(s: &str) -> Option<u8> {
    let l = s.trim().to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .position(|d| *d == l)
    .map(|p| p as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(month_number("March"), Some(3));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("aug"), Some(8));
        assert_eq!(month_number("Marching"), None);
        assert_eq!(month_number("June"), Some(6));
        assert_eq!(month_number("Sept"), Some(9));
        // names that only start like a month
        for name in ["Mark", "Mayo", "Mary", "Marc", "Junk", "Decs", "Augusta"] {
            assert_eq!(month_number(name), None, "{name}");
        }
        assert_eq!(weekday_number("Wednesday"), Some(2));
    }
}
