//! The one country table: calling codes and how each country writes its
//! phone numbers. The phone recogniser, the profile and the value checks
//! all read it; none keeps a list of its own.
//!
//! To add a country, add a row. `reads_national` is the exception, not the
//! rule: a number written without a country code ("030 1234567") is tried
//! in the format of every country marked so, and each one more is one more
//! way for a reference number to read as a phone; the marked ones are the
//! countries the accuracy corpus was measured with.

/// One country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 codes (and the common "UK"), upper case.
    pub iso: &'static [&'static str],
    /// The calling code, digits only ("49").
    pub calling_code: &'static str,
    /// National numbers carry a trunk "0" that is dropped after the
    /// calling code ("+49 (0)30" is "+49 30"). Italy keeps its 0; most
    /// countries outside Europe have no trunk prefix.
    pub trunk_zero: bool,
    /// Numbers written nationally are tried in this country's format, in
    /// table order, when the page does not say which country it is in.
    pub reads_national: bool,
    /// National prefixes of toll-free, shared-cost and premium numbers: a
    /// business's, never a person's.
    pub service_prefixes: &'static [&'static str],
    /// Postcodes of only digits, this many, that the shapes every page is
    /// read with leave out ([`crate::recognise::is_postcode`] takes no six
    /// digits: elsewhere that is an order number). Read only on a page in
    /// this country. 0: none beyond those shapes.
    pub postcode_digits: u8,
}

const fn c(
    iso: &'static [&'static str],
    calling_code: &'static str,
    trunk_zero: bool,
    reads_national: bool,
    service_prefixes: &'static [&'static str],
) -> Country {
    Country {
        iso,
        calling_code,
        trunk_zero,
        reads_national,
        service_prefixes,
        postcode_digits: 0,
    }
}

impl Country {
    /// The row with [`Country::postcode_digits`] set.
    const fn postcodes_of(self, digits: u8) -> Country {
        Country {
            postcode_digits: digits,
            ..self
        }
    }

    /// Whether `s` is a postcode of this country's own all-digit shape
    /// ("620014" in Russia).
    pub fn has_postcode(&self, s: &str) -> bool {
        let s = s.trim();
        self.postcode_digits > 0
            && s.len() == usize::from(self.postcode_digits)
            && s.bytes().all(|b| b.is_ascii_digit())
            && !s.starts_with('0')
    }
}

/// Every country the core knows. The ones that read national numbers
/// come first, in the order they are tried.
#[rustfmt::skip]
pub static COUNTRIES: &[Country] = &[
    c(&["DE"], "49", true, true, &["800", "180", "137", "900"]),
    c(&["US", "CA"], "1", false, true, &["800", "833", "844", "855", "866", "877", "888", "900"]),
    c(&["GB", "UK"], "44", true, true, &["800", "808", "842", "843", "844", "845", "870", "871", "872", "873", "9"]),
    c(&["FR"], "33", true, true, &["80", "81", "82", "89"]),
    c(&["AT"], "43", true, true, &["800", "810", "820", "821", "900", "930"]),
    c(&["CH"], "41", true, true, &["800", "840", "842", "844", "848", "900", "901", "906"]),
    c(&["NL"], "31", true, false, &["800", "900", "906", "909"]),
    c(&["BE"], "32", true, false, &[]),
    c(&["IT"], "39", false, false, &["800", "803", "840", "848", "89"]),
    c(&["ES"], "34", false, false, &["800", "900", "901", "902", "905"]),
    c(&["PT"], "351", false, false, &["800", "808", "707", "760"]),
    c(&["PL"], "48", false, false, &[]),
    c(&["TR"], "90", true, false, &[]),
    c(&["SE"], "46", true, false, &["20", "900", "939", "944"]),
    c(&["CZ"], "420", false, false, &["800", "900", "906", "909"]),
    c(&["FI"], "358", true, false, &[]),
    c(&["IE"], "353", true, false, &[]),
    c(&["SI"], "386", true, false, &[]),
    c(&["HR"], "385", true, false, &[]),
    c(&["SK"], "421", true, false, &[]),
    c(&["RO"], "40", true, false, &[]).postcodes_of(6),
    c(&["UA"], "380", true, false, &[]),
    // Russia's national trunk prefix is 8, not 0: only numbers written
    // with +7 are read.
    c(&["RU", "KZ"], "7", false, false, &["800"]).postcodes_of(6),
    c(&["AU"], "61", true, false, &[]),
    c(&["NZ"], "64", true, false, &[]),
    c(&["ZA"], "27", true, false, &[]),
    c(&["JP"], "81", true, false, &[]),
    c(&["KR"], "82", true, false, &[]),
    c(&["CN"], "86", true, false, &[]).postcodes_of(6),
    c(&["IN"], "91", true, false, &[]).postcodes_of(6),
];

/// The calling codes numbers written nationally are read with, in order.
pub fn national_readings() -> impl Iterator<Item = &'static str> + Clone {
    COUNTRIES
        .iter()
        .filter(|c| c.reads_national)
        .map(|c| c.calling_code)
}

/// The calling codes a number written nationally on a page in `country`
/// is read with, in order: that country's first, then
/// [`national_readings`].
pub fn readings(country: Option<&'static Country>) -> impl Iterator<Item = &'static str> + Clone {
    country
        .map(|c| c.calling_code)
        .into_iter()
        .chain(national_readings())
}

/// The country of an ISO code ("de", "GB", "UK"), if the table has it.
pub fn by_iso(iso: &str) -> Option<&'static Country> {
    let iso = iso.trim().to_ascii_uppercase();
    COUNTRIES.iter().find(|c| c.iso.contains(&iso.as_str()))
}

/// The country of a calling code ("49").
pub fn by_calling_code(cc: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.calling_code == cc)
}

/// The country a language is mostly written in, for a page that names its
/// language without a region (`<html lang="pl">`). Only languages spoken
/// mainly in one country of the table: English, Spanish and Portuguese
/// pages say nothing by their language alone.
#[rustfmt::skip]
static LANGUAGE_HOMES: &[(&str, &str)] = &[
    ("de", "DE"), ("fr", "FR"), ("it", "IT"), ("nl", "NL"), ("pl", "PL"), ("tr", "TR"),
    ("sv", "SE"), ("cs", "CZ"), ("fi", "FI"), ("sl", "SI"), ("hr", "HR"), ("sk", "SK"), ("ro", "RO"),
    ("uk", "UA"), ("ru", "RU"), ("ja", "JP"), ("ko", "KR"),
];

/// The country a page is in, as far as it says: the region of its
/// language (`es-ES`, `pt-BR`), else its address's country-code top-level
/// domain (`.es`, `.pl`), else the one country its language is mostly
/// written in. A phone number written nationally on the page is read in
/// this country's format first (`612 345 678` on a Spanish page), so the
/// countries that read national numbers on every page (`reads_national`)
/// stay few.
pub fn of_page(lang: &str, url: &str) -> Option<&'static Country> {
    let primary = super::primary_subtag(lang);
    if let Some(region) = lang.split(['-', '_']).nth(1).filter(|r| r.len() == 2) {
        if let Some(c) = by_iso(region) {
            return Some(c);
        }
    }
    let host = url
        .split_once("://")
        .map_or("", |(_, rest)| rest)
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or("");
    if let Some(tld) = host
        .rsplit('.')
        .next()
        .filter(|t| t.len() == 2 && host.contains('.'))
    {
        if let Some(c) = by_iso(tld) {
            return Some(c);
        }
    }
    LANGUAGE_HOMES
        .iter()
        .find(|(code, _)| *code == primary)
        .and_then(|(_, iso)| by_iso(iso))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calling_codes_and_iso_codes_are_unique() {
        for (i, a) in COUNTRIES.iter().enumerate() {
            for b in &COUNTRIES[i + 1..] {
                assert_ne!(a.calling_code, b.calling_code);
                assert!(a.iso.iter().all(|x| !b.iso.contains(x)), "{:?}", a.iso);
            }
        }
    }

    #[test]
    fn national_readings_come_first_in_table_order() {
        let r: Vec<&str> = national_readings().collect();
        assert_eq!(r, ["49", "1", "44", "33", "43", "41"]);
        let first_other = COUNTRIES.iter().position(|c| !c.reads_national).unwrap();
        assert!(COUNTRIES[first_other..].iter().all(|c| !c.reads_national));
    }

    #[test]
    fn a_page_says_its_country_by_region_domain_or_language() {
        let cc = |lang, url| of_page(lang, url).map(|c| c.calling_code);
        assert_eq!(cc("es-ES", ""), Some("34"));
        assert_eq!(cc("es", "https://www.tienda.es/cuenta"), Some("34"));
        assert_eq!(cc("pl", "https://sklep.example/konto"), Some("48"));
        assert_eq!(cc("pt", "https://loja.pt:8443/x"), Some("351"));
        assert_eq!(cc("en", "https://shop.co.uk/"), Some("44"));
        // A language of many countries says nothing alone; a region or
        // domain the table lacks neither.
        assert_eq!(cc("es", "https://example.com/"), None);
        assert_eq!(cc("es-MX", "https://example.com/"), None);
        assert_eq!(cc("", "file:///tmp/page.html"), None);
    }

    #[test]
    fn six_digit_postcodes_are_read_only_where_they_are_postcodes() {
        let ru = by_iso("RU").unwrap();
        assert!(ru.has_postcode("620014"));
        assert!(!ru.has_postcode("62001"));
        assert!(!ru.has_postcode("062001"));
        assert!(!ru.has_postcode("62001A"));
        assert!(!by_iso("DE").unwrap().has_postcode("620014"));
    }

    #[test]
    fn lookups() {
        assert_eq!(by_iso("uk").unwrap().calling_code, "44");
        assert_eq!(by_iso(" de ").unwrap().calling_code, "49");
        assert!(by_iso("XX").is_none());
        assert!(by_calling_code("39").is_some_and(|c| !c.trunk_zero));
    }
}
