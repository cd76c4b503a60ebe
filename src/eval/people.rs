//! The people `notmine eval` writes into forms: generated strangers, and
//! the profile's user in the spellings sites use.
//!
//! Strangers are drawn from small per-country tables with a fixed seed, so
//! a run is reproducible and every page gets another person, written the
//! way that country writes names, streets, postcodes, phones and dates. The
//! tables are invented data in each country's *format*; none is a real
//! person's record.

use crate::profile::Profile;

/// A small, fast, reproducible generator (SplitMix64). Not for secrets.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator for one item, independent of how many others were drawn.
    pub fn for_item(seed: u64, item: &str) -> Rng {
        // FNV-1a of the item's name, mixed with the seed.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in item.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(seed ^ h)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        &items[self.below(items.len())]
    }
}

/// One person's data, as the strings a form would hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub given: String,
    pub additional: String,
    pub family: String,
    /// The full name as this person's forms write it.
    pub full: String,
    /// The name on the card ("KATRIN VOGELSANG" or as written).
    pub card_holder: String,
    pub email: String,
    /// International and national spellings of the phone number.
    pub tel: String,
    pub tel_national: String,
    /// Street and house number, as the country writes them.
    pub street: String,
    pub street_name: String,
    pub house_number: String,
    /// A second address line, where the person has one.
    pub line2: String,
    pub postcode: String,
    pub city: String,
    /// Birth date (year, month, day) and how it is written in text.
    pub bday: (u16, u8, u8),
    pub bday_text: String,
}

/// How a country writes its people. Invented, format-true values.
struct Country {
    given: &'static [&'static str],
    family: &'static [&'static str],
    /// Street names; `{}` is where the house number goes.
    streets: &'static [&'static str],
    line2: &'static [&'static str],
    /// (postcode, city) pairs.
    places: &'static [(&'static str, &'static str)],
    /// Phone number: (international prefix, national trunk, subscriber
    /// digit groups), e.g. ("+49", "0", "151 2…").
    phone: (&'static str, &'static str, &'static [&'static str]),
    domains: &'static [&'static str],
    /// Birth date pattern: d, m, y placeholders.
    date: &'static str,
    /// Whether the card holder is written in capitals.
    card_caps: bool,
}

const DE: Country = Country {
    given: &[
        "Jonas",
        "Miriam",
        "Felix",
        "Sabine",
        "Lukas",
        "Anneliese",
        "Jürgen",
        "Hannah",
        "Torsten",
        "Leonie",
    ],
    family: &[
        "Hartwig",
        "Brückner",
        "Lindemann",
        "Schäfer",
        "Kowalczyk",
        "Oberländer",
        "Weißenborn",
        "Hoffmeister",
        "Nguyen",
        "Albrecht",
    ],
    streets: &[
        "Lindenauer Markt {}",
        "Am Mühlbach {}",
        "Schillerstraße {}",
        "Parkstraße {}",
        "Zur Alten Ziegelei {}",
        "Königsberger Weg {}",
    ],
    line2: &["3. OG links", "Hinterhaus", "c/o Albrecht", "Wohnung 12"],
    places: &[
        ("04177", "Leipzig"),
        ("79102", "Freiburg"),
        ("50667", "Köln"),
        ("24103", "Kiel"),
        ("93047", "Regensburg"),
        ("01067", "Dresden"),
    ],
    phone: (
        "+49",
        "0",
        &[
            "151 2384 7710",
            "176 55 402 318",
            "30 8841 2290",
            "89 2180 4471",
            "172 6640 119",
        ],
    ),
    domains: &[
        "gmx.de",
        "web.de",
        "t-online.de",
        "posteo.de",
        "mailbox.org",
    ],
    date: "d.m.y",
    card_caps: true,
};

const AT: Country = Country {
    given: &["Florian", "Theresa", "Matthias", "Katharina", "Stefan"],
    family: &["Gruber", "Huber", "Pichler", "Moser", "Steininger"],
    streets: &[
        "Mariahilfer Straße {}",
        "Landstraßer Hauptstraße {}",
        "Herrengasse {}",
    ],
    line2: &["Stiege 2/Top 14", "Tür 7"],
    places: &[("1070", "Wien"), ("8010", "Graz"), ("5020", "Salzburg")],
    phone: ("+43", "0", &["664 218 4490", "699 1120 3381", "1 512 4478"]),
    domains: &["gmx.at", "aon.at", "chello.at"],
    date: "d.m.y",
    card_caps: true,
};

const CH: Country = Country {
    given: &["Reto", "Andrea", "Urs", "Nadine", "Beat"],
    family: &["Keller", "Meier", "Brunner", "Zürcher", "Baumgartner"],
    streets: &["Bahnhofstrasse {}", "Seefeldstrasse {}", "Rue du Rhône {}"],
    line2: &["Postfach 12"],
    places: &[("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel")],
    phone: (
        "+41",
        "0",
        &["79 412 88 31", "76 221 45 09", "44 381 22 70"],
    ),
    domains: &["bluewin.ch", "gmx.ch", "sunrise.ch"],
    date: "d.m.y",
    card_caps: true,
};

const US: Country = Country {
    given: &[
        "Michael", "Jennifer", "Tyrone", "Ashley", "Brandon", "Maria", "Kevin", "Shannon",
    ],
    family: &[
        "Turner",
        "Delgado",
        "Whitfield",
        "O'Connor",
        "Nakamura",
        "Brooks",
        "Kowalski",
        "Fitzgerald",
    ],
    streets: &[
        "{} Maple Avenue",
        "{} N Lincoln St",
        "{} Oak Ridge Drive",
        "{} West 48th Street",
        "{} Sunset Blvd",
    ],
    line2: &["Apt 4B", "Suite 210", "Unit 17"],
    places: &[
        ("97205", "Portland"),
        ("60614", "Chicago"),
        ("30307", "Atlanta"),
        ("78704", "Austin"),
        ("02139", "Cambridge"),
    ],
    phone: (
        "+1",
        "",
        &[
            "503 281 4476",
            "312 847 2261",
            "404 719 3382",
            "512 663 0194",
        ],
    ),
    domains: &[
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "icloud.com",
        "aol.com",
    ],
    date: "m/d/y",
    card_caps: true,
};

const GB: Country = Country {
    given: &["Oliver", "Charlotte", "Rhys", "Imogen", "Callum", "Priya"],
    family: &[
        "Bennett",
        "Hughes",
        "Armitage",
        "Patel",
        "McAllister",
        "Thornton",
    ],
    streets: &[
        "{} Elm Grove",
        "{} Victoria Road",
        "{} St Mary's Close",
        "Flat 3, {} Albion Street",
    ],
    line2: &["Flat 2", "The Old Rectory"],
    places: &[
        ("LS6 2AB", "Leeds"),
        ("M14 5RL", "Manchester"),
        ("EH3 9QG", "Edinburgh"),
        ("BS8 1TH", "Bristol"),
    ],
    phone: (
        "+44",
        "0",
        &["7912 345678", "7700 182993", "20 7946 1180", "161 496 2270"],
    ),
    domains: &["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"],
    date: "d/m/y",
    card_caps: true,
};

const FR: Country = Country {
    given: &["Camille", "Étienne", "Manon", "Théo", "Océane", "Baptiste"],
    family: &[
        "Lefèvre",
        "Girard",
        "Moreau",
        "Dubois-Laurent",
        "Rousseau",
        "Chevalier",
    ],
    streets: &[
        "{} rue des Lilas",
        "{} avenue Jean Jaurès",
        "{} boulevard Voltaire",
        "{} chemin des Vignes",
    ],
    line2: &["Bâtiment B", "Appartement 31"],
    places: &[
        ("69003", "Lyon"),
        ("75011", "Paris"),
        ("31000", "Toulouse"),
        ("13006", "Marseille"),
    ],
    phone: (
        "+33",
        "0",
        &["6 12 48 77 30", "7 81 22 63 19", "1 44 58 20 17"],
    ),
    domains: &["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    date: "d/m/y",
    card_caps: true,
};

const ES: Country = Country {
    given: &["Lucía", "Javier", "Carmen", "Alejandro", "Nuria"],
    family: &[
        "Fernández García",
        "Martínez",
        "Ruiz Ortega",
        "Navarro",
        "Iglesias",
    ],
    streets: &[
        "Calle de Alcalá {}",
        "Avenida de la Constitución {}",
        "Carrer de Mallorca {}",
    ],
    line2: &["Piso 2º A", "Escalera B"],
    places: &[
        ("28014", "Madrid"),
        ("08013", "Barcelona"),
        ("41004", "Sevilla"),
    ],
    phone: ("+34", "", &["612 345 678", "699 120 447", "913 882 104"]),
    domains: &["telefonica.net", "gmail.com", "hotmail.es"],
    date: "d/m/y",
    card_caps: true,
};

const IT: Country = Country {
    given: &["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca"],
    family: &["Romano", "Esposito", "Bianchi", "Colombo", "Ferraro"],
    streets: &[
        "Via Garibaldi {}",
        "Corso Vittorio Emanuele {}",
        "Piazza Navona {}",
    ],
    line2: &["Scala C, interno 8"],
    places: &[("20121", "Milano"), ("00186", "Roma"), ("40126", "Bologna")],
    phone: ("+39", "", &["347 123 4567", "328 884 1902", "06 6880 2231"]),
    domains: &["libero.it", "virgilio.it", "tiscali.it"],
    date: "d/m/y",
    card_caps: true,
};

const NL: Country = Country {
    given: &["Sanne", "Daan", "Femke", "Joris"],
    family: &["de Vries", "van den Berg", "Jansen", "Bakker"],
    streets: &["Keizersgracht {}", "Oudegracht {}", "Lange Voorhout {}"],
    line2: &["3-hoog"],
    places: &[
        ("1016 DZ", "Amsterdam"),
        ("3511 AJ", "Utrecht"),
        ("2514 EA", "Den Haag"),
    ],
    phone: ("+31", "0", &["6 1234 5678", "6 4821 0093", "20 624 1170"]),
    domains: &["ziggo.nl", "kpnmail.nl", "gmail.com"],
    date: "d-m-y",
    card_caps: true,
};

const PL: Country = Country {
    given: &["Katarzyna", "Piotr", "Agnieszka", "Tomasz"],
    family: &["Wiśniewska", "Zieliński", "Kamińska", "Lewandowski"],
    streets: &["ul. Długa {}", "ul. Piotrkowska {}", "al. Jerozolimskie {}"],
    line2: &["m. 14"],
    places: &[
        ("00-238", "Warszawa"),
        ("90-406", "Łódź"),
        ("31-042", "Kraków"),
    ],
    phone: ("+48", "", &["512 345 678", "601 228 904", "22 628 41 17"]),
    domains: &["wp.pl", "onet.pl", "interia.pl"],
    date: "d.m.y",
    card_caps: true,
};

const COUNTRIES: &[&Country] = &[
    &DE, &DE, &DE, &AT, &CH, &US, &US, &GB, &FR, &ES, &IT, &NL, &PL,
];

/// ASCII letters of a name for an email's local part: "Brückner" → "brueckner".
fn mail_part(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' => out.push('a'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' => out.push('o'),
            'ù' | 'ú' | 'û' => out.push('u'),
            'ç' => out.push('c'),
            'ñ' | 'ń' => out.push('n'),
            'ś' => out.push('s'),
            'ł' => out.push('l'),
            'ż' | 'ź' => out.push('z'),
            'ę' => out.push('e'),
            'ą' => out.push('a'),
            'ć' => out.push('c'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            '-' => out.push('-'),
            _ => {}
        }
    }
    out
}

fn write_date(pattern: &str, (y, m, d): (u16, u8, u8)) -> String {
    let mut out = String::new();
    for c in pattern.chars() {
        match c {
            'd' => out.push_str(&format!("{d:02}")),
            'm' => out.push_str(&format!("{m:02}")),
            'y' => out.push_str(&y.to_string()),
            c => out.push(c),
        }
    }
    out
}

/// A stranger: a person from one of the tables, drawn by `rng`.
pub fn stranger(rng: &mut Rng) -> Person {
    let c = *rng.pick(COUNTRIES);
    let given = rng.pick(c.given).to_string();
    let family = rng.pick(c.family).to_string();
    let additional = rng.pick(c.given).to_string();
    let number = (rng.below(180) + 1).to_string();
    let street_tpl = *rng.pick(c.streets);
    let street = street_tpl.replace("{}", &number);
    let street_name = street_tpl
        .replace("{}", "")
        .trim()
        .trim_start_matches(',')
        .trim()
        .to_string();
    let (postcode, city) = *rng.pick(c.places);
    let (intl, trunk, subscribers) = c.phone;
    let subscriber = *rng.pick(subscribers);
    let tel_national = format!("{trunk}{subscriber}");
    let tel = format!("{intl} {subscriber}");
    let full = format!("{given} {family}");
    let sep = *rng.pick(&[".", "_", "", "-"]);
    let suffix = match rng.below(3) {
        0 => String::new(),
        1 => (rng.below(90) + 10).to_string(),
        _ => (1955 + rng.below(50)).to_string(),
    };
    let family_mail = mail_part(&family).replace(' ', "");
    let email = format!(
        "{}{sep}{family_mail}{suffix}@{}",
        mail_part(&given),
        rng.pick(c.domains)
    );
    let bday = (
        1950 + rng.below(55) as u16,
        1 + rng.below(12) as u8,
        1 + rng.below(28) as u8,
    );
    let line2 = rng.pick(c.line2).to_string();
    Person {
        card_holder: if c.card_caps {
            full.to_uppercase()
        } else {
            full.clone()
        },
        given,
        additional,
        family,
        full,
        email,
        tel,
        tel_national,
        street,
        street_name,
        house_number: number,
        line2,
        postcode: postcode.to_string(),
        city: city.to_string(),
        bday_text: write_date(c.date, bday),
        bday,
    }
}

/// The built-in user `notmine eval` measures with unless given a profile:
/// an invented Berliner, the same person as the fixtures' profile.
pub const DEFAULT_PROFILE: &str = r#"{
  "names": ["Katrin Vogelsang"],
  "emails": ["katrin.vogelsang@posteo.de"],
  "phones": ["+49 1520 3948571"],
  "addresses": [
    {"street": "Gneisenaustraße 41", "postal_code": "10961", "city": "Berlin", "country": "DE"}
  ],
  "birth_dates": ["1986-03-14"]
}"#;

/// Street spellings sites use for the same street: "Gneisenaustraße 41",
/// "Gneisenaustr. 41", "Gneisenaustrasse 41", "GNEISENAUSTRASSE 41".
fn street_spellings(street: &str) -> Vec<String> {
    let mut out = vec![street.to_string()];
    let lower = street.to_lowercase();
    for (long, short) in [("straße", "str."), ("strasse", "str.")] {
        if let Some(i) = lower.find(long) {
            if street.is_char_boundary(i) && street.is_char_boundary(i + long.len()) {
                out.push(format!(
                    "{}{}{}",
                    &street[..i],
                    short,
                    &street[i + long.len()..]
                ));
            }
        }
    }
    if street.contains('ß') {
        out.push(street.replace('ß', "ss"));
    }
    out.push(street.to_uppercase());
    out
}

/// The national spelling of an international number, for the countries
/// with a trunk prefix 0: "+49 1520 3948571" → "01520 3948571".
fn national(tel: &str) -> Option<String> {
    let rest = tel.trim().strip_prefix('+')?;
    for cc in ["49", "43", "41", "44", "33", "31", "32"] {
        if let Some(n) = rest.strip_prefix(cc) {
            return Some(format!("0{}", n.trim_start()));
        }
    }
    rest.strip_prefix('1').map(|n| n.trim().to_string())
}

/// The profile's user as one form would write them, in the `k`th of the
/// spellings sites use (case, "Family, Given", street abbreviations,
/// national or international phone, date formats).
pub fn own(profile: &Profile, k: usize) -> Person {
    let name = profile.names.first().cloned().unwrap_or_default();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let family = words.pop().unwrap_or_default().to_string();
    let given = words.join(" ");
    let full = match k % 4 {
        0 => name.clone(),
        1 => name.to_uppercase(),
        2 if !given.is_empty() => format!("{family}, {given}"),
        _ => name.to_lowercase(),
    };
    let email = profile.emails.first().cloned().unwrap_or_default();
    let email = match k % 3 {
        1 => {
            // "Katrin.Vogelsang@Posteo.de": case is not identity.
            let mut out = String::new();
            let mut up = true;
            for c in email.chars() {
                out.extend(if up {
                    c.to_uppercase().collect::<Vec<_>>()
                } else {
                    vec![c]
                });
                up = matches!(c, '.' | '@' | '_' | '-');
            }
            out
        }
        2 => email.to_uppercase(),
        _ => email,
    };
    let tel_intl = profile.phones.first().cloned().unwrap_or_default();
    let tel_nat = national(&tel_intl).unwrap_or_else(|| tel_intl.clone());
    let tel = match k % 4 {
        0 => tel_intl.clone(),
        1 => tel_nat.clone(),
        2 => tel_intl.replacen('+', "00", 1),
        _ => tel_nat.replace(' ', ""),
    };
    let addr = profile.addresses.first();
    let street = addr.and_then(|a| a.street.clone()).unwrap_or_default();
    let spellings = street_spellings(&street);
    let street_k = spellings[k % spellings.len()].clone();
    let (street_name, house_number) = match street.rsplit_once(' ') {
        Some((n, h)) if h.chars().any(|c| c.is_ascii_digit()) => (n.to_string(), h.to_string()),
        _ => (street.clone(), String::new()),
    };
    let postcode = addr.and_then(|a| a.postal_code.clone()).unwrap_or_default();
    let city = addr.and_then(|a| a.city.clone()).unwrap_or_default();
    let city = if k % 5 == 3 {
        city.to_uppercase()
    } else {
        city
    };
    let bday = profile
        .birth_dates
        .first()
        .and_then(|d| {
            let mut p = d.split('-').map(|x| x.parse::<u32>().ok());
            Some((p.next()?? as u16, p.next()?? as u8, p.next()?? as u8))
        })
        .unwrap_or((0, 0, 0));
    let bday_text = if bday.0 == 0 {
        String::new()
    } else {
        write_date(["d.m.y", "y-m-d", "d/m/y", "m/d/y"][k % 4], bday)
    };
    let card_holder = name.to_uppercase();
    Person {
        given: if k % 4 == 1 {
            given.to_uppercase()
        } else {
            given
        },
        additional: String::new(),
        family: if k % 4 == 1 {
            family.to_uppercase()
        } else {
            family
        },
        full,
        card_holder,
        email,
        tel,
        tel_national: tel_nat,
        street: street_k,
        street_name,
        house_number,
        line2: String::new(),
        postcode,
        city,
        bday,
        bday_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strangers_are_reproducible_and_varied() {
        let a: Vec<Person> = (0..20)
            .map(|i| stranger(&mut Rng::for_item(7, &i.to_string())))
            .collect();
        let b: Vec<Person> = (0..20)
            .map(|i| stranger(&mut Rng::for_item(7, &i.to_string())))
            .collect();
        assert_eq!(a, b);
        let names: std::collections::BTreeSet<&str> = a.iter().map(|p| p.full.as_str()).collect();
        assert!(names.len() >= 15, "{names:?}");
        for p in &a {
            assert!(crate::recognise::is_email(&p.email), "{}", p.email);
            assert!(!p.street.contains("{}"));
            assert!(!p.street_name.is_empty());
        }
    }

    #[test]
    fn own_spellings_of_the_default_user() {
        let profile = Profile::from_json(DEFAULT_PROFILE).unwrap();
        let spelled: Vec<Person> = (0..4).map(|k| own(&profile, k)).collect();
        assert_eq!(spelled[0].full, "Katrin Vogelsang");
        assert_eq!(spelled[1].full, "KATRIN VOGELSANG");
        assert_eq!(spelled[2].full, "Vogelsang, Katrin");
        assert_eq!(spelled[1].tel, "01520 3948571");
        assert_eq!(spelled[2].tel, "0049 1520 3948571");
        assert_eq!(spelled[1].street, "Gneisenaustr. 41");
        assert_eq!(spelled[0].bday_text, "14.03.1986");
        assert_eq!(spelled[3].bday_text, "03/14/1986");
        assert_eq!(spelled[1].email, "Katrin.Vogelsang@Posteo.De");
    }
}
