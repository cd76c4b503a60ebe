//! Values that only look like data.
//!
//! Old forms put their label into `value=` instead of `placeholder=`
//! ("Your email address", "Vorname", "@ Votre Email"); templating bugs leave
//! markers behind ("{{ user.email }}", "*|FNAME|*"); documentation and demo
//! pages show sample people ("Max Mustermann", "jane.doe@example.com"). None
//! of that is anyone's personal data, and warning about it would teach users
//! to ignore the warnings. [`is_not_data`] is the filter run before any
//! pre-filled value is reported.
//!
//! The check is deliberately one-sided: it only says "not data" for values
//! made entirely of label vocabulary, template syntax or well-known sample
//! identities. Common real names ("Jan Kowalski", "Jean Dupont") are sample
//! names in some documentation too, but far more often they are people.

use super::email::is_email;
use super::MAX_VALUE_LEN;
use crate::text::{fold, script_words, word_key};

/// Words field labels are made of, folded, across de/en/fr/es/it/nl/pl/tr.
/// A value made only of these (and [`filler_words()`]) is a label, not data.
fn label_words() -> &'static [&'static str] {
    crate::lang::label_words()
}

/// Possessives, imperatives and connectors that placeholders wrap around
/// label words: "Bitte E-Mail eingeben", "Enter your phone number", "Il tuo
/// indirizzo email". Never enough on their own.
fn filler_words() -> &'static [&'static str] {
    crate::lang::filler_words()
}

/// Template delimiters a whole value may be wrapped in: Mustache/Jinja,
/// JS/Ruby interpolation, mail-merge tools (Mailchimp `*|FNAME|*`), ERB/ASP.
/// Longer openers first so `%%email%%` is not read as `%…%`.
static TEMPLATE_DELIMITERS: &[(&str, &str)] = &[
    ("{{", "}}"),
    ("{%", "%}"),
    ("${", "}"),
    ("#{", "}"),
    ("[[", "]]"),
    ("[%", "%]"),
    ("<%", "%>"),
    ("*|", "|*"),
    ("%%", "%%"),
    ("%", "%"),
    ("{", "}"),
    ("[", "]"),
];

/// Delimiters distinctive enough to mark a template anywhere in a value
/// ("Hallo {{ firstName }}").
static EMBEDDED_DELIMITERS: &[(&str, &str)] = &[
    ("{{", "}}"),
    ("{%", "%}"),
    ("${", "}"),
    ("[[", "]]"),
    ("<%", "%>"),
    ("*|", "|*"),
];

/// Word prefixes of sample identities: "Mustermann", "Musterstraße",
/// "Musterstadt", "Beispielweg", "example", "Lorem". Folded.
fn sample_prefixes() -> &'static [&'static str] {
    crate::lang::sample_prefixes()
}

/// Sample people whose parts are also real names, so both must be present.
fn sample_names() -> &'static [(&'static str, &'static str)] {
    crate::lang::sample_names()
}

/// Whole values (folded) that fill a field without being data.
fn non_values() -> &'static [&'static str] {
    crate::lang::non_values()
}

/// Sample addresses from documentation and form examples, lower case.
fn sample_addresses() -> &'static [&'static str] {
    crate::lang::sample_addresses()
}

/// Local parts that stand for "an address goes here" or a tester, not a
/// person: "test@…", "some@…", "your.email@…". Compared whole, after
/// dropping dots, dashes and underscores.
fn sample_local_parts() -> &'static [&'static str] {
    crate::lang::sample_local_parts()
}

/// Domains reserved for examples (RFC 2606) and their look-alikes that
/// documentation uses.
#[rustfmt::skip]
static SAMPLE_DOMAINS: &[&str] = &[
    "example.com", "example.org", "example.net", "example.de", "example.edu", "test.com", "test.de",
    "domain.com", "domain.de", "yourdomain.com", "your-domain.com", "mydomain.com",
];

/// Top-level domains that cannot be real (RFC 2606, RFC 6761).
static RESERVED_TLDS: &[&str] = &["example", "test", "invalid", "localhost", "local"];

/// Longest template variable we accept between delimiters.
const MAX_TEMPLATE_INNER: usize = 64;

/// True when a form value is not personal data but a pseudo-placeholder,
/// template marker or sample. `hints` are the field's own label,
/// placeholder, title and aria-label.
pub fn is_not_data(value: &str, hints: &[&str]) -> bool {
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    if v.len() > MAX_VALUE_LEN {
        return has_embedded_template(v);
    }
    let fv = fold(v);
    if fv.is_empty() {
        // Only symbols ("@", "*", "---") is not data; letters of scripts
        // the fold does not know (Cyrillic, CJK) may well be, unless their
        // words as written are a sample ("Иван Иванов", "гость") or
        // labels ("Фамилия Имя Отчество").
        if !v.chars().any(char::is_alphanumeric) {
            return true;
        }
        let words = script_words(v);
        return is_sample_text(&words) || is_label_text(&words, hints);
    }
    if hints
        .iter()
        .any(|h| h.len() <= MAX_VALUE_LEN && fold(h) == fv)
    {
        return true;
    }
    is_template(v)
        || is_sample_email(v)
        || is_sample_phone(v)
        || is_sample_text(&fv)
        || is_label_text(&fv, hints)
}

/// A whole value wrapped in template delimiters, or one containing a
/// distinctive template marker.
fn is_template(v: &str) -> bool {
    let whole = TEMPLATE_DELIMITERS.iter().any(|(open, close)| {
        let Some(inner) = v.strip_prefix(open).and_then(|r| r.strip_suffix(close)) else {
            return false;
        };
        // "<%= name %>", "{{- name }}": output markers after the opener.
        let inner = inner.trim().trim_start_matches(['=', '-', '#']).trim();
        !inner.is_empty()
            && inner.len() <= MAX_TEMPLATE_INNER
            && inner.bytes().any(|b| b.is_ascii_alphabetic())
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || " _.-:|()'\"".contains(c))
    });
    whole || has_embedded_template(v)
}

fn has_embedded_template(v: &str) -> bool {
    EMBEDDED_DELIMITERS.iter().any(|(open, close)| {
        v.find(open).is_some_and(|i| {
            let after = &v[i + open.len()..];
            after
                .find(close)
                .is_some_and(|j| after[..j].bytes().any(|b| b.is_ascii_alphabetic()))
        })
    })
}

/// Addresses at example domains, reserved TLDs, or the stock examples of
/// form hints ("name@domain.com", "user@host").
fn is_sample_email(v: &str) -> bool {
    if !v.contains('@') {
        return false;
    }
    let lower = v.to_lowercase();
    if sample_addresses().contains(&lower.as_str()) {
        return true;
    }
    if !is_email(v) {
        return false;
    }
    let Some((local, domain)) = lower.rsplit_once('@') else {
        return false;
    };
    let local: String = local
        .chars()
        .filter(|c| !matches!(c, '.' | '-' | '_'))
        .collect();
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    sample_local_parts().contains(&local.as_str())
        || SAMPLE_DOMAINS.contains(&domain)
        || domain.starts_with("example.")
        || domain.contains(".example.")
        || RESERVED_TLDS.contains(&tld)
}

/// Phone-shaped values that are obviously made up: one repeated digit
/// ("0000"), a counting run ("0123 456789", "+49 123 456789") or the US
/// fiction range 555-0100..555-0199.
fn is_sample_phone(v: &str) -> bool {
    let phoneish = v
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+()-./".contains(c));
    if !phoneish {
        return false;
    }
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 4 {
        return false;
    }
    let b = digits.as_bytes();
    if b.iter().all(|&c| c == b[0]) {
        return true;
    }
    if digits.len() >= 7 && digits[digits.len() - 7..].starts_with("55501") {
        return true;
    }
    // Strip what precedes the subscriber digits: a "+"/"00" country code of
    // one to three digits, or a trunk 0; then look for a counting run.
    let counting = |d: &str| d.starts_with("123456") || d == "1234" || d == "12345";
    let international = v.trim_start().starts_with('+') || digits.starts_with("00");
    let national = digits.trim_start_matches('0');
    if counting(national) {
        return true;
    }
    international
        && (1..=3).any(|n| {
            national
                .get(n..)
                .is_some_and(|rest| counting(rest.strip_prefix('0').unwrap_or(rest)))
        })
}

/// Sample identities and filler text: "Mustermann", "Musterstraße 1",
/// "John Doe", "lorem ipsum", "test".
fn is_sample_text(fv: &str) -> bool {
    if non_values().contains(&fv) {
        return true;
    }
    let tokens: Vec<&str> = fv.split(' ').collect();
    let prefixed = tokens.iter().any(|t| {
        sample_prefixes()
            .iter()
            .any(|p| t.starts_with(p) && (t.len() > p.len() || *p != "muster"))
    });
    prefixed || is_sample_name(fv)
}

/// Both parts of a sample person ("Jean Dupont", "Иван Иванов") among the
/// words of `words` (folded, or lower case in a script `fold` cannot read).
fn is_sample_name(words: &str) -> bool {
    let tokens: Vec<&str> = words.split_whitespace().collect();
    sample_names()
        .iter()
        .any(|(a, b)| tokens.contains(a) && tokens.contains(b))
}

/// A value made only of label vocabulary and filler words, with at least
/// one label word. Words of the field's own hints count as label words when
/// the value also has a filler ("Ihre Kundennummer" under "Kundennummer").
fn is_label_text(fv: &str, hints: &[&str]) -> bool {
    let hint_words: Vec<String> = hints
        .iter()
        .filter(|h| h.len() <= MAX_VALUE_LEN)
        .map(|h| word_key(h))
        .collect();
    let from_hints = |t: &str| hint_words.iter().any(|h| h.split(' ').any(|w| w == t));
    let mut labels = 0;
    let mut fillers = 0;
    let mut hinted = 0;
    for t in fv.split(' ') {
        if label_words().contains(&t) {
            labels += 1;
        } else if filler_words().contains(&t) {
            fillers += 1;
        } else if from_hints(t) {
            hinted += 1;
        } else {
            return false;
        }
    }
    (labels > 0 && hinted == 0) || (hinted > 0 && fillers > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_folded() {
        let tables: [&[&str]; 4] = [
            label_words(),
            filler_words(),
            sample_prefixes(),
            non_values(),
        ];
        for w in tables.iter().flat_map(|t| t.iter()) {
            assert_eq!(word_key(w), *w, "table entry not in folded form");
        }
        for w in label_words() {
            assert!(!filler_words().contains(w), "{w} is in both tables");
        }
    }

    #[test]
    fn testers_and_visitors_are_nobody() {
        for v in [
            "test@ddg.com",
            "some@email.com",
            "Your.Email@gmail.com",
            "Visiteur",
            "Guest",
        ] {
            assert!(is_not_data(v, &[]), "{v}");
        }
        for v in ["craig@gmail.com", "testa.maria@libero.it", "Gastón Ruiz"] {
            assert!(!is_not_data(v, &[]), "{v}");
        }
    }

    #[test]
    fn pseudo_placeholders() {
        for v in [
            "Your email address",
            "Your e-mail",
            "Enter your email",
            "Enter your phone number",
            "email address",
            "Vorname",
            "Nachname",
            "Name",
            "Ihr Name",
            "Ihre E-Mail-Adresse",
            "E-Mail eingeben",
            "E-Mail-Adresse eingeben",
            "Bitte E-Mail eingeben",
            "ZIP/Post Code",
            "PLZ",
            "Ort",
            "Straße, Nr.",
            "Strasse und Hausnummer",
            "TT.MM.JJJJ",
            "dd/mm/yyyy",
            "mm/dd/yyyy",
            "@ Votre Email",
            "Votre adresse e-mail",
            "Votre nom",
            "Tu correo electrónico",
            "Il tuo indirizzo email",
            "Uw e-mailadres",
            "Twój adres e-mail",
            "E-posta adresiniz",
            "Search",
            "Suche",
            "Suchbegriff eingeben",
            "Vorname*",
            "PLZ:",
            "@",
            "*",
            "   ",
            "",
            "E-Mail (optional)",
            "Telefonnummer (Pflichtfeld)",
        ] {
            assert!(is_not_data(v, &[]), "{v}");
        }
    }

    /// Each language's stock examples (issue 14): the address a form
    /// suggests and the country's "John Doe"; real people who merely share
    /// one part of such a name stay people.
    #[test]
    fn label_words_and_samples_in_a_script_fold_drops() {
        assert!(is_not_data("Фамилия Имя Отчество", &[]));
        assert!(is_not_data("Ваш адрес", &[]));
        assert!(is_not_data("Иванов Иван Иванович", &[]));
        assert!(is_not_data("Гость", &[]));
        assert!(!is_not_data("Смирнова Анна Сергеевна", &[]));
        assert!(!is_not_data("Екатеринбург", &["Город"]));
    }

    #[test]
    fn sample_values_in_other_languages() {
        for v in [
            "votre@email.fr",
            "prenom.nom@domaine.fr",
            "Jean Dupont",
            "tucorreo@dominio.com",
            "Juan Pérez",
            "Fulano de Tal",
            "tuo@email.it",
            "Mario Rossi",
            "uw@emailadres.nl",
            "Jan Jansen",
            "twoj@email.pl",
            "Jan Kowalski",
            "seu@email.com.br",
            "João da Silva",
            "adiniz@eposta.com",
            "Иван Иванов",
            "Иванов Иван",
        ] {
            assert!(is_not_data(v, &[]), "{v}");
        }
        for v in [
            "Jean Moreau",
            "Lucía Pérez",
            "Mario Bianchi",
            "Jan de Vries",
            "Katarzyna Kowalska",
            "Иван Петров",
            "j.dupont@orange.fr",
        ] {
            assert!(!is_not_data(v, &[]), "{v}");
        }
    }

    #[test]
    fn equals_a_hint() {
        assert!(is_not_data("Kundenname", &["Kundenname"]));
        assert!(is_not_data("Kundenname *", &["Kundenname:"]));
        assert!(is_not_data("Ihre Lieblingsfarbe", &["Lieblingsfarbe"]));
        assert!(!is_not_data("Blau", &["Lieblingsfarbe"]));
        assert!(!is_not_data("Katrin Vogelsang", &["Name", "Ihr Name"]));
        assert!(!is_not_data("Lieblingsfarbe Blau", &["Lieblingsfarbe"]));
    }

    #[test]
    fn template_markers() {
        for v in [
            "{{name}}",
            "{{ user.email }}",
            "${email}",
            "[[FIRSTNAME]]",
            "%NAME%",
            "%%email%%",
            "<%= name %>",
            "*|FNAME|*",
            "#{name}",
            "{% customer.first_name %}",
            "{firstname}",
            "Hallo {{ firstName }}!",
            "Dear *|FNAME|*,",
        ] {
            assert!(is_not_data(v, &[]), "{v}");
        }
    }

    #[test]
    fn samples() {
        for v in [
            "Max Mustermann",
            "Erika Mustermann",
            "Mustermann",
            "max.mustermann@example.com",
            "Musterstraße 1",
            "Musterstadt",
            "Hans Muster",
            "John Doe",
            "Jane Doe",
            "jane.doe@gmail.com",
            "someone@example.com",
            "info@example.org",
            "a@example.net",
            "kontakt@example.de",
            "x@sub.example.com",
            "a@b.test",
            "test@test.de",
            "foo@bar.com",
            "name@domain.com",
            "you@yourdomain.com",
            "your@email.com",
            "user@host",
            "0123 456789",
            "+49 123 456789",
            "0049 123 456789",
            "+1 555-0100",
            "555-0199",
            "(212) 555-0142",
            "0000",
            "000000",
            "123456",
            "Lorem ipsum dolor sit amet",
            "lorem ipsum",
            "test",
            "n/a",
            "undefined",
        ] {
            assert!(is_not_data(v, &[]), "{v}");
        }
    }

    #[test]
    fn real_values_are_data() {
        for v in [
            "Katrin Vogelsang",
            "Jonas Brenner",
            // "Jan Kowalski" and "Jean Dupont" are their countries' John
            // Doe (sample_values_in_other_languages); these are people.
            "Jan Kowalczyk",
            "Jean Durand",
            "John Smith",
            "Hans Müller",
            "jonas.brenner@gmail.com",
            "k.vogelsang@web.de",
            "+49 1520 3948571",
            "030 12345678",
            "+1 415 555 2671",
            "555-0200",
            "Gneisenaustraße 41",
            "Lindenallee 7",
            "10961",
            "Berlin",
            "Köln",
            "14.03.1986",
            "DE89 3704 0044 0532 0130 00",
            "•••• 4412",
            "Muster",
            "Doe",
            "John",
            "Postmann",
            "Ortega",
            "山田太郎",
            "Иван Петров",
            "Mein Konto 4711",
            "50% Rabatt auf alles",
            "{not a template",
        ] {
            assert!(!is_not_data(v, &[]), "{v}");
        }
        let long = "x".repeat(1000);
        assert!(!is_not_data(&long, &[]));
        let long_template = format!("{} {{{{ name }}}}", "x".repeat(1000));
        assert!(is_not_data(&long_template, &[]));
    }
}
