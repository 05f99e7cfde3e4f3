//! Calendar dates as the content format writes them (ISO 8601, `2024-10-08`) and as a reader
//! sees them (`8 October 2024`).

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD`, a day that exists (29 February only in a leap year); `None` otherwise.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u16> {
            b.get(r.clone())?.iter().try_fold(0u16, |n, &c| c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0')))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year > 0 && (1..=days).contains(&day)).then_some(Date { year, month: month as u8, day: day as u8 })
    }

    /// As an English reader reads it: `8 October 2024` (other languages: [`crate::locale::Locale::date`]).
    pub fn long(self) -> String {
        crate::locale::EN.date(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_real_days_only() {
        assert_eq!(Date::parse("2024-10-08"), Some(Date { year: 2024, month: 10, day: 8 }));
        assert_eq!(Date::parse("2024-02-29").map(Date::long).as_deref(), Some("29 February 2024"));
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-8", "08/10/2024", "2024-10-08T09:00", "0000-01-01", "２０２４-10-08", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("1900-02-29"), None);
        assert!(Date::parse("2000-02-29").is_some());
    }

    #[test]
    fn orders_by_time() {
        assert!(Date::parse("2024-10-08") < Date::parse("2024-11-01"));
        assert!(Date::parse("2023-12-31") < Date::parse("2024-01-01"));
    }
}
