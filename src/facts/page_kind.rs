//! Page kind: is this page an account view (a page that shows one
//! customer's record), and on what evidence.
//!
//! The page speaks for itself first (its title, first headings, address
//! path); failing that, what it shows decides (a greeting to a signed-in
//! visitor, or a log-out link beside a record). Imprint, contact and privacy
//! pages, and pages about signing in, signing up or a lost password, are
//! never account views, whatever "account" words they use.

use crate::context::{self, mentions};
use serde::Serialize;

/// Why a page was taken for an account view. Carried into findings as a
/// reason's parameter, so each reader renders it in their own language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", content = "text", rename_all = "kebab-case")]
pub enum AccountEvidence {
    /// The page's title says so; the title.
    Title(String),
    /// One of its top headings says so; the heading.
    Heading(String),
    /// Its address says so; the address.
    Address(String),
    /// It greets a signed-in customer.
    Greeting,
    /// A log-out link and a record of personal data.
    LogoutAndRecord,
}

impl AccountEvidence {
    /// The evidence in English, for the CLI and as the extension's fallback.
    pub fn english(&self) -> String {
        match self {
            AccountEvidence::Title(t) => format!("title \"{t}\""),
            AccountEvidence::Heading(h) => format!("heading \"{h}\""),
            AccountEvidence::Address(a) => format!("address \"{a}\""),
            AccountEvidence::Greeting => "a greeting to a logged-in customer".into(),
            AccountEvidence::LogoutAndRecord => {
                "a log-out link and a record of personal data".into()
            }
        }
    }
}

/// What a page says about itself, before its values are read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SelfDescription {
    /// An imprint, contact or privacy page, or one about signing in or up,
    /// a lost password or a newsletter: never an account view.
    pub excluded: bool,
    /// The page names itself an account page, and where.
    pub account: Option<AccountEvidence>,
}

/// Reads the page's title, address and top headings (first one first).
pub fn describe(title: &str, url: &str, headings: &[String]) -> SelfDescription {
    let path = if url.starts_with("http://") || url.starts_with("https://") {
        // Only the path speaks for the page; a host like "konto.example"
        // says nothing about which page of it this is.
        let rest = url.split_once("://").map(|x| x.1).unwrap_or("");
        rest.split_once('/').map(|x| x.1).unwrap_or("")
    } else {
        // A local file's name is whatever the person saving it chose.
        ""
    };
    let first_heading = headings.first().map(String::as_str).unwrap_or("");
    let imprint = mentions(title, context::imprint())
        || mentions(path, context::imprint())
        || mentions(first_heading, context::imprint());
    // Signing in or up, a lost password, a newsletter: pages about an
    // account that show nobody's record, whatever "account" word they use.
    let not_record =
        mentions(title, context::not_record()) || mentions(first_heading, context::not_record());
    let excluded = imprint || not_record;
    let account = if excluded {
        None
    } else if mentions(title, context::account()) {
        Some(AccountEvidence::Title(title.to_string()))
    } else if let Some(h) = headings.iter().find(|h| mentions(h, context::account())) {
        Some(AccountEvidence::Heading(h.clone()))
    } else if mentions(path, context::account()) {
        Some(AccountEvidence::Address(url.to_string()))
    } else {
        None
    };
    SelfDescription { excluded, account }
}

/// Whether a greeting addresses the visitor: "signed in as" always; one in
/// the page's chrome when the page shows a logged-in state (`logged_in`);
/// any outside the chrome on a page that calls itself an account page.
/// "Hello Kitty" in a shop's menu, "Hallo Welt" in a blog post and "Hi, I'm
/// Anna" in an author box greet nobody.
pub fn greeting_counts(
    sign_in_phrase: bool,
    in_chrome: bool,
    logged_in: bool,
    page_says_account: bool,
) -> bool {
    sign_in_phrase || (in_chrome && logged_in) || (page_says_account && !in_chrome)
}

/// The page kind once its values are read: what the page says of itself
/// wins; otherwise a greeting that counts, or a log-out link beside a
/// record read from the page's structure, make it an account view.
pub fn account_view(
    page: &SelfDescription,
    greeting: bool,
    logout: bool,
    record: bool,
) -> Option<AccountEvidence> {
    if page.account.is_some() {
        page.account.clone()
    } else if page.excluded {
        None
    } else if greeting {
        Some(AccountEvidence::Greeting)
    } else if logout && record {
        Some(AccountEvidence::LogoutAndRecord)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_title_then_a_heading_then_the_path_name_an_account_page() {
        let d = describe("Mein Konto – Shop", "https://shop.example/x", &[]);
        assert_eq!(
            d.account,
            Some(AccountEvidence::Title("Mein Konto – Shop".into()))
        );
        let d = describe(
            "Shop",
            "https://shop.example/x",
            &heads(&["Start", "Your account"]),
        );
        assert_eq!(
            d.account,
            Some(AccountEvidence::Heading("Your account".into()))
        );
        let d = describe("Shop", "https://shop.example/account/details", &[]);
        assert_eq!(
            d.account,
            Some(AccountEvidence::Address(
                "https://shop.example/account/details".into()
            ))
        );
    }

    #[test]
    fn a_host_or_a_saved_files_name_says_nothing() {
        assert_eq!(
            describe("Shop", "https://konto.example/", &[]).account,
            None
        );
        assert_eq!(
            describe("Shop", "file:///tmp/mein-konto.html", &[]).account,
            None
        );
    }

    #[test]
    fn imprint_and_sign_in_pages_are_never_account_views() {
        let d = describe(
            "Impressum",
            "https://shop.example/konto",
            &heads(&["Mein Konto"]),
        );
        assert!(d.excluded);
        assert_eq!(d.account, None);
        assert_eq!(account_view(&d, true, true, true), None);
        let d = describe("Anmelden – Mein Konto", "https://shop.example/", &[]);
        assert!(d.excluded);
    }

    #[test]
    fn without_a_word_from_the_page_a_greeting_or_a_logged_in_record_decides() {
        let d = describe("Shop", "https://shop.example/", &[]);
        assert_eq!(
            account_view(&d, true, false, false),
            Some(AccountEvidence::Greeting)
        );
        assert_eq!(
            account_view(&d, false, true, true),
            Some(AccountEvidence::LogoutAndRecord)
        );
        assert_eq!(account_view(&d, false, true, false), None);
        assert_eq!(account_view(&d, false, false, true), None);
    }

    #[test]
    fn a_greeting_counts_when_it_addresses_a_signed_in_visitor() {
        assert!(greeting_counts(true, false, false, false));
        assert!(greeting_counts(false, true, true, false));
        assert!(!greeting_counts(false, true, false, false));
        assert!(greeting_counts(false, false, false, true));
        assert!(!greeting_counts(false, false, true, false));
    }

    #[test]
    fn evidence_reads_in_english() {
        assert_eq!(
            AccountEvidence::Heading("Konto".into()).english(),
            "heading \"Konto\""
        );
        assert_eq!(
            AccountEvidence::Greeting.english(),
            "a greeting to a logged-in customer"
        );
    }
}
