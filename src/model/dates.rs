//! Dates as a field study writes them. A project stores `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`; people type "14 Maret 2021", "March 2021" or "14/03/2021",
//! which [`read_date`] turns into that form so the window and `check` agree.

/// True for an empty date or one written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    let date = date.trim();
    if date.is_empty() {
        return true;
    }
    let parts: Vec<&str> = date.split('-').collect();
    let number = |part: &str, digits: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == digits
            && part.chars().all(|c| c.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 1000..=9999),
        [year, month] => number(year, 4, 1000..=9999) && number(month, 2, 1..=12),
        [year, month, day] => {
            number(year, 4, 1000..=9999)
                && number(month, 2, 1..=12)
                && number(day, 2, 1..=days_in_month(year, month))
        }
        _ => false,
    }
}

/// Days in `month` of `year` (both already checked to be digits in range).
fn days_in_month(year: &str, month: &str) -> u32 {
    let year: u32 = year.parse().unwrap_or_default();
    match month.parse::<u32>().unwrap_or_default() {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Month names and their common short forms, Indonesian and English.
const MONTHS: [&[&str]; 12] = [
    &["januari", "january", "jan"],
    &["februari", "february", "feb", "pebruari", "peb"],
    &["maret", "march", "mar"],
    &["april", "apr"],
    &["mei", "may"],
    &["juni", "june", "jun"],
    &["juli", "july", "jul"],
    &["agustus", "august", "agu", "agt", "ags", "aug"],
    &["september", "sept", "sep"],
    &["oktober", "october", "okt", "oct"],
    &["november", "nopember", "nov", "nop"],
    &["desember", "december", "des", "dec"],
];

/// Day names that may open a date ("Senin, 14 Maret 2021"); they are skipped.
const WEEKDAYS: [&str; 14] = [
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&word.as_str()))
        .map(|i| i as u32 + 1)
}

/// The stored form of a date as people type it: `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`. Day-first numbers (`14/03/2021`, `14-03-2021`, `14.03.2021`),
/// Indonesian and English month names (`14 Maret 2021`, `March 14, 2021`,
/// `Mar 2021`), and the stored forms themselves are read; anything else, or a
/// day the month does not have, gives `None`. An empty text gives `Some("")`.
pub fn read_date(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return Some(String::new());
    }
    if is_valid_date(text) {
        return Some(text.to_owned());
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '.' || c == '-')
        .filter(|w| !w.is_empty())
        .skip_while(|w| WEEKDAYS.contains(&w.to_lowercase().as_str()))
        .collect();
    let number = |w: &str| -> Option<u32> {
        (w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4)
            .then(|| w.parse().ok())
            .flatten()
    };
    let (year, month, day) = match words.as_slice() {
        // 14 03 2021, 14 Maret 2021
        [d, m, y] if number(d).is_some() && number(y).is_some_and(|y| y >= 1000) => (
            number(y)?,
            number(m).or_else(|| month_number(m))?,
            Some(number(d)?),
        ),
        // March 14 2021
        [m, d, y] if month_number(m).is_some() && number(y).is_some_and(|y| y >= 1000) => {
            (number(y)?, month_number(m)?, Some(number(d)?))
        }
        // 03 2021, Maret 2021
        [m, y] if number(y).is_some_and(|y| y >= 1000) => {
            (number(y)?, number(m).or_else(|| month_number(m))?, None)
        }
        _ => return None,
    };
    let date = match day {
        Some(day) => format!("{year:04}-{month:02}-{day:02}"),
        None => format!("{year:04}-{month:02}"),
    };
    is_valid_date(&date).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::{is_valid_date, read_date};

    #[test]
    fn dates_as_people_type_them_are_read_into_the_stored_form() {
        for (typed, stored) in [
            ("14 Maret 2021", "2021-03-14"),
            ("14 maret 2021", "2021-03-14"),
            ("Senin, 15 Maret 2021", "2021-03-15"),
            ("14 March 2021", "2021-03-14"),
            ("March 14, 2021", "2021-03-14"),
            ("14 Mar. 2021", "2021-03-14"),
            ("14/03/2021", "2021-03-14"),
            ("4/3/2021", "2021-03-04"),
            ("14-03-2021", "2021-03-14"),
            ("14.03.2021", "2021-03-14"),
            ("Agustus 2019", "2019-08"),
            ("Nopember 2019", "2019-11"),
            ("03/2021", "2021-03"),
            ("2021", "2021"),
            ("2021-03-14", "2021-03-14"),
            ("  ", ""),
        ] {
            assert_eq!(read_date(typed).as_deref(), Some(stored), "{typed}");
        }
    }

    #[test]
    fn what_is_not_a_date_is_not_guessed() {
        for typed in [
            "30 Februari 2021",
            "31/04/2021",
            "14 Marett 2021",
            "kemarin",
            "2021/03/14/1",
            "14 03 21",
            "13/13/2021",
        ] {
            assert_eq!(read_date(typed), None, "{typed}");
        }
        assert!(is_valid_date("2024-02-29"));
        assert!(!is_valid_date("2023-02-29"));
    }
}
