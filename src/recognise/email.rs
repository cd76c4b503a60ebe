//! Email addresses.
//!
//! An address is the strongest single identifier a page can show, so the
//! recogniser has to catch internationalised forms (`müller@bücher.de`) that
//! an ASCII pattern would miss, while staying quiet on the pseudo-placeholders
//! old forms put into `value=` (`@ Votre Email`, `name@`). We check the shape
//! RFC 5321/5322 and IDNA allow in practice, not every corner of the grammar:
//! quoted local parts and IP-literal domains never appear on account pages.

use super::MAX_VALUE_LEN;

/// RFC 5321: a local part holds at most 64 octets.
const MAX_LOCAL: usize = 64;
/// RFC 1035: a DNS label holds at most 63 octets (counted here in chars,
/// since an internationalised label is shown decoded).
const MAX_LABEL: usize = 63;
/// RFC 1035: a domain name holds at most 253 characters in text form.
const MAX_DOMAIN: usize = 253;

/// Characters RFC 5322 allows in an unquoted local part besides letters and
/// digits. Used for whole values, where nothing surrounds the address.
const LOCAL_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~.";

/// The narrower set accepted in running text. The rest (quotes, slashes,
/// braces, `=`, `?`) are far more often the punctuation around an address
/// (`mailto:`, `?email=`, `'a@b.de'`) than part of it.
const TEXT_LOCAL_SPECIALS: &str = "+-_.%";

/// Whether the whole trimmed value is one email address.
///
/// Letters of any script are allowed on both sides (RFC 6531 addresses and
/// IDN domains are shown decoded), and so are punycode labels. The domain
/// needs a dot and a top-level label of at least two letters: `a@b` and
/// `root@localhost` are not addresses a person gives out.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    if s.len() > MAX_VALUE_LEN {
        return false;
    }
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    valid_local(local, LOCAL_SPECIALS) && valid_domain(domain)
}

/// Every address inside free text, without the punctuation around it
/// (`<a@b.de>`, `(a@b.de)`, `a@b.de.` at a sentence end).
///
/// Scans outward from each `@`. The left scan never crosses the previous `@`
/// and the right scan never crosses the next one, so every character is
/// looked at no more than twice: linear in the text whatever it contains.
pub fn find_emails(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // Nothing before `floor` can start a new address: it belongs to the
    // previous one, or to the previous `@`'s domain.
    let mut floor = 0;
    for (at, _) in text.match_indices('@') {
        if at < floor {
            continue;
        }
        let mut start = at;
        for (i, c) in text[floor..at].char_indices().rev() {
            if c.is_alphanumeric() || TEXT_LOCAL_SPECIALS.contains(c) {
                start = floor + i;
            } else {
                break;
            }
        }
        let mut end = at + 1;
        for (i, c) in text[at + 1..].char_indices() {
            if c.is_alphanumeric() || c == '-' || c == '.' {
                end = at + 1 + i + c.len_utf8();
            } else {
                break;
            }
        }
        // A local part cannot start with a dot, nor a domain end with one:
        // those are the text's own punctuation ("...a@b.de.").
        let local = text[start..at].trim_start_matches('.');
        let domain = text[at + 1..end].trim_end_matches(['.', '-']);
        if valid_local(local, TEXT_LOCAL_SPECIALS) && valid_domain(domain) {
            let start = at - local.len();
            let end = at + 1 + domain.len();
            out.push(&text[start..end]);
            floor = end;
        } else {
            floor = at + 1;
        }
    }
    out
}

fn valid_local(local: &str, specials: &str) -> bool {
    !local.is_empty()
        && local.len() <= MAX_LOCAL
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || specials.contains(c))
}

fn valid_domain(domain: &str) -> bool {
    if domain.is_empty() || domain.len() > MAX_DOMAIN {
        return false;
    }
    let mut labels = 0;
    let mut last = "";
    for label in domain.split('.') {
        let ok = !label.is_empty()
            && label.chars().count() <= MAX_LABEL
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !ok {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && valid_tld(last)
}

/// Top-level labels are letters only (no TLD has digits), or a punycode
/// label for an internationalised TLD (`xn--p1ai`).
fn valid_tld(tld: &str) -> bool {
    let punycode = tld.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"));
    if punycode {
        return tld.len() > 5 && tld[4..].chars().all(|c| c.is_ascii_alphanumeric());
    }
    tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_and_internationalised_addresses() {
        for ok in [
            "jonas.brenner@gmail.com",
            "  Katrin.Vogelsang@web.de ",
            "a@b.de",
            "first+tag@sub.example.co.uk",
            "o'brien@example.ie",
            "müller@bücher.de",
            "ayşe@örnek.com.tr",
            "info@xn--bcher-kva.de",
            "user@xn--80ak6aa92e.xn--p1ai",
            "x_y-z@my-domain.org",
        ] {
            assert!(is_email(ok), "{ok}");
        }
    }

    #[test]
    fn rejects_non_addresses() {
        for bad in [
            "",
            "a@b",
            "@ Votre Email",
            "@",
            "name@",
            "@example.com",
            "name@domain",
            "name@domain.c",
            "name@domain.de2",
            "two words@example.com",
            "a@b@example.com",
            "a..b@example.com",
            ".a@example.com",
            "a.@example.com",
            "a@-example.com",
            "a@example-.com",
            "a@example..com",
            "a@.example.com",
            "a@example.com.",
            "a@exam_ple.com",
            "Your email address",
            "jonas.brenner(at)gmail.com",
            "a@xn--.de",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        let long = format!("{}@example.com", "a".repeat(300));
        assert!(!is_email(&long));
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert!(!is_email(&long_local));
    }

    #[test]
    fn finds_addresses_in_text_without_surrounding_punctuation() {
        assert_eq!(
            find_emails(
                "Kontakt: <jonas.brenner@gmail.com>, (k.vogelsang@web.de); info@bücher.de."
            ),
            vec![
                "jonas.brenner@gmail.com",
                "k.vogelsang@web.de",
                "info@bücher.de"
            ]
        );
        assert_eq!(find_emails("mailto:a@b.de?subject=x"), vec!["a@b.de"]);
        assert_eq!(find_emails("?email=x@y.com&x=1"), vec!["x@y.com"]);
        assert_eq!(
            find_emails("'quoted@example.org'"),
            vec!["quoted@example.org"]
        );
        assert_eq!(find_emails("E-Mail:foo@bar.de"), vec!["foo@bar.de"]);
    }

    #[test]
    fn find_skips_non_addresses() {
        assert!(find_emails("@ Votre Email").is_empty());
        assert!(find_emails("follow @notmine on social").is_empty());
        assert!(find_emails("name@ and a@b").is_empty());
        assert!(find_emails("").is_empty());
        assert_eq!(find_emails("a@b@c.de"), vec!["b@c.de"]);
        assert_eq!(find_emails("x@y.de@z.de"), vec!["x@y.de"]);
    }

    #[test]
    fn find_is_linear_on_hostile_input() {
        let hostile = "a@".repeat(2000) + &"a.".repeat(2000);
        assert!(find_emails(&hostile).len() <= 1);
        let dots = ".".repeat(4000) + "@" + &".".repeat(4000);
        assert!(find_emails(&dots).is_empty());
    }
}
