//! A page showing a person, served by a shared cache.
//!
//! A shared cache that keeps one visitor's account page and hands it to the
//! next is how most of these incidents happened (a game store's CDN, shop
//! page-cache plugins that ignore the session cookie, a hosting platform's
//! CDN). The response says so ([`crate::facts::cache`]); then whoever the
//! page shows was very likely not this visitor, on the first load and
//! without a profile. So:
//!
//! * a page that shows a person (an account view, a pre-filled form, an
//!   embedded customer record: `persons::shown_people`) served as
//!   a shared-cache **hit** warns **high**, the finding naming the headers;
//! * unless every person shown is the user's by the profile, or whom the
//!   site itself showed this visitor before (its remembered identity for
//!   the user, or the previous load of the page when that was no cache
//!   hit: the first visitor reloading the page their visit put in the
//!   cache): the cache served the user their own page;
//! * and only for the people the page showed when it was first judged with
//!   this response: a cached app shell whose scripts fill in the visitor's
//!   own account afterwards served the shell, not the person
//!   ([`Known::CameLater`]). An app that fills it in before its load event
//!   is judged as served; only the page's own bytes could tell more;
//! * a hit from a cache keyed on the visitor (`Vary: Cookie`) is no
//!   evidence; it and a page a shared cache *may* keep (`Cache-Control:
//!   public`) without a hit are notes for the tester, not warnings;
//! * a hit on a page that shows nobody is nothing: that is what caches are for.

use super::persons::{raise, shown_people};
use super::{Reason, Rule, Verdict};
use crate::facts::cache::CacheEvidence;
use crate::facts::PageFacts;
use crate::profile::{Matcher, Owner};
use crate::snapshot::Response;

/// What the caller knows of the people a page shows, beyond the page
/// ([`super::memory`]): why a cache hit may be no stranger's copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Known {
    /// Nothing: a hit showing a person is a stranger's copy.
    #[default]
    Nothing,
    /// The page shows whom the site itself showed this visitor before: its
    /// remembered identity for the user, or the previous load of the page
    /// when no cache served that one.
    ShownBefore,
    /// Nobody it shows was on the page when it was first judged with this
    /// response: the people came later, from the page's scripts (a cached
    /// app shell filling in the visitor's account), not from the cache.
    CameLater,
}

/// Adds the cache's findings (or notes) to `verdict`.
pub fn judge(
    response: Option<&Response>,
    facts: &PageFacts<'_>,
    m: &Matcher,
    known: Known,
    verdict: &mut Verdict,
) {
    let Some(response) = response else {
        return;
    };
    let ev = CacheEvidence::of(response);
    if ev.hit.is_empty() && ev.cacheable.is_empty() {
        return;
    }
    let mut shown = shown_people(facts);
    if shown.is_empty() {
        return;
    }
    shown.truncate(super::persons::MAX_SHOWN);
    let mine = shown.iter().all(|s| m.owner(s.kind, &s.raw) == Owner::Own);
    let own = known != Known::Nothing || mine;
    if !ev.hit.is_empty() && !ev.per_visitor && !own {
        let reason = Reason::SharedCacheHit {
            evidence: ev.hit_phrase(),
        };
        raise(verdict, &shown, &reason, Rule::Cache);
    } else if !ev.hit.is_empty() {
        verdict.notes.push(format!(
            "served from a cache ({}), but {}",
            ev.hit_phrase(),
            if mine {
                "it shows you"
            } else if known == Known::ShownBefore {
                "it shows whom the site showed you before"
            } else if known == Known::CameLater {
                "the person it shows came after the page was first judged, from its scripts"
            } else {
                "one that keeps a copy per visitor"
            }
        ));
    } else if !own {
        verdict.notes.push(format!(
            "this page shows a person and a shared cache may keep it ({}); it was not served from one this time",
            ev.cacheable.join("; ")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{DataKind, Severity};
    use crate::profile::Profile;
    use crate::rules::{judge, Place};
    use crate::snapshot::Snapshot;

    /// An account page ("Mein Konto") greeting and listing `name`, with
    /// `headers` on its response.
    fn konto(name: &str, email: &str, headers: &[(&str, &str)]) -> Snapshot {
        let mut s: Snapshot = serde_json::from_str(&format!(
            r#"{{"schema":1,"url":"https://shop.example/konto","title":"Mein Konto","lang":"de","body":[
              {{"tag":"p","children":["Hallo {name}"]}},
              {{"tag":"dl","children":[
                {{"tag":"dt","children":["Name"]}},{{"tag":"dd","children":["{name}"]}},
                {{"tag":"dt","children":["E-Mail"]}},{{"tag":"dd","children":["{email}"]}}]}}]}}"#
        ))
        .unwrap();
        s.response = Some(crate::facts::cache::response(headers.iter().copied()));
        s
    }

    /// A public page naming nobody.
    fn public(headers: &[(&str, &str)]) -> Snapshot {
        let mut s: Snapshot = serde_json::from_str(
            r#"{"schema":1,"url":"https://shop.example/","title":"Angebote","lang":"de","body":[
              {"tag":"h1","children":["Unsere Angebote"]},
              {"tag":"p","children":["Tarife ab 9,99 € im Monat."]}]}"#,
        )
        .unwrap();
        s.response = Some(crate::facts::cache::response(headers.iter().copied()));
        s
    }

    const HIT: &[(&str, &str)] = &[("CF-Cache-Status", "HIT"), ("Age", "412")];

    #[test]
    fn an_account_view_served_as_a_hit_warns_high_without_a_profile() {
        let v = judge(
            &konto("Jonas Brenner", "jonas.brenner@web.de", HIT),
            &Profile::default(),
        );
        assert!(v.warn);
        assert_eq!(v.severity, Severity::High);
        let reason = Reason::SharedCacheHit {
            evidence: "CF-Cache-Status HIT, Age 412 s".into(),
        };
        let got: Vec<_> = v
            .findings
            .iter()
            .map(|f| (f.kind, f.place, f.rule, f.value.as_str(), f.severity))
            .collect();
        assert_eq!(
            got,
            [
                (
                    DataKind::Name,
                    Place::AccountView,
                    Rule::Cache,
                    "J••• B•••",
                    Severity::High
                ),
                (
                    DataKind::Email,
                    Place::AccountView,
                    Rule::Cache,
                    "j•••@w•••.de",
                    Severity::High
                ),
            ]
        );
        assert!(v.findings.iter().all(|f| f.why == [reason.clone()]));
        assert_eq!(
            v.findings[0].reason(),
            "served from a shared cache (CF-Cache-Status HIT, Age 412 s): a copy kept from another visitor's visit, so very likely not you"
        );
    }

    #[test]
    fn the_same_page_without_headers_or_with_a_miss_does_not_warn() {
        for headers in [&[][..], &[("CF-Cache-Status", "MISS"), ("Age", "0")][..]] {
            let v = judge(
                &konto("Jonas Brenner", "jonas.brenner@web.de", headers),
                &Profile::default(),
            );
            assert!(!v.warn, "{headers:?}");
            assert!(v.notes.is_empty(), "{:?}", v.notes);
        }
    }

    #[test]
    fn a_hit_on_a_page_that_shows_nobody_is_nothing() {
        let v = judge(&public(HIT), &Profile::default());
        assert!(!v.warn);
        assert!(v.notes.is_empty());
    }

    #[test]
    fn the_users_own_page_from_a_cache_is_a_note_not_a_warning() {
        let profile = Profile {
            names: vec!["Jonas Brenner".into()],
            emails: vec!["jonas.brenner@web.de".into()],
            ..Profile::default()
        };
        let v = judge(
            &konto("Jonas Brenner", "jonas.brenner@web.de", HIT),
            &profile,
        );
        assert!(!v.warn);
        assert_eq!(
            v.notes,
            ["served from a cache (CF-Cache-Status HIT, Age 412 s), but it shows you"]
        );
    }

    #[test]
    fn a_hit_of_a_cache_keyed_on_the_cookie_is_a_note() {
        let v = judge(
            &konto(
                "Jonas Brenner",
                "jonas.brenner@web.de",
                &[("X-Cache", "HIT"), ("Vary", "Cookie")],
            ),
            &Profile::default(),
        );
        assert!(!v.warn);
        assert_eq!(
            v.notes,
            ["served from a cache (X-Cache HIT), but one that keeps a copy per visitor"]
        );
    }

    #[test]
    fn a_cacheable_page_showing_a_person_is_a_tester_note() {
        let v = judge(
            &konto(
                "Jonas Brenner",
                "jonas.brenner@web.de",
                &[
                    ("Cache-Control", "public, max-age=600"),
                    ("Vary", "Accept-Encoding"),
                ],
            ),
            &Profile::default(),
        );
        assert!(!v.warn);
        assert_eq!(
            v.notes,
            ["this page shows a person and a shared cache may keep it (Cache-Control: public, max-age=600; Vary without Cookie); it was not served from one this time"]
        );
    }

    #[test]
    fn a_finding_already_made_is_raised_with_the_cache_as_its_second_reason() {
        // A contest form pre-filled with a stranger: a finding of the form
        // rule; the cache makes it high and adds its reason.
        let mut s: Snapshot = serde_json::from_str(
            r#"{"schema":1,"url":"https://shop.example/gewinnspiel","title":"Gewinnspiel","lang":"de","body":[
              {"tag":"form","children":[
                {"tag":"label","attrs":{"for":"m"},"children":["E-Mail"]},
                {"tag":"input","attrs":{"id":"m","name":"email","type":"email"},
                 "control":{"value":"petra.lindqvist@gmx.de","default_value":"petra.lindqvist@gmx.de"}}]}]}"#,
        )
        .unwrap();
        let before = judge(&s, &Profile::default());
        assert_eq!(before.findings.len(), 1);
        assert_eq!(before.findings[0].rule, Rule::Form);
        s.response = Some(crate::facts::cache::response([("X-Cache", "HIT")]));
        let v = judge(&s, &Profile::default());
        assert_eq!(v.findings.len(), 1);
        assert_eq!(v.findings[0].rule, Rule::Form);
        assert_eq!(v.findings[0].severity, Severity::High);
        assert_eq!(
            v.findings[0].why.last(),
            Some(&Reason::SharedCacheHit {
                evidence: "X-Cache HIT".into()
            })
        );
        assert_eq!(v.findings[0].why.len(), 2);
    }
}
