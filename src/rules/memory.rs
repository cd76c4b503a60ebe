//! Warnings without a profile: what a site showed before.
//!
//! Most people never fill in a profile, yet in nearly every incident the page
//! *changed person*: each reload of the 2011 contest form showed someone new;
//! a store's account page showed a different customer on each visit. Two
//! memories catch that, both as keyed hashes of the people a page shows
//! (see [`crate::facts::people`] for how a person is counted), never the
//! people themselves:
//!
//! * **the previous load** of the same page (origin and path) in this
//!   browser session: a page that shows someone, then someone else, is
//!   wrong whoever the user is — even when the first load was already wrong;
//! * **the site's identity for this user**, remembered when the user
//!   confirmed "This is me" there or the site's account view matched their
//!   profile: a later account view or pre-filled form showing nobody of
//!   that identity is someone else.
//!
//! The caller (the extension's background) keeps both memories; the rules
//! live here.

use super::cache::Known;
use super::persons::{raise, shown_people};
use super::{judge_facts_with, Reason, Rule, Verdict};
use crate::facts::extract;
use crate::facts::people::{people_of, PeopleKey};
use crate::profile::{Owner, Profile};
use crate::snapshot::Snapshot;
use serde::{Deserialize, Serialize};

/// What the caller remembers, as keyed hashes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Memory {
    /// The people the previous load of this page showed.
    #[serde(default)]
    pub previous: Vec<String>,
    /// The site's identity for this user.
    #[serde(default)]
    pub site: Vec<String>,
    /// Whether a shared cache served the previous load
    /// ([`InContext::cached`]): a person it showed was not shown to this
    /// visitor by the site itself.
    #[serde(default)]
    pub previous_cached: bool,
    /// The people this document showed when it was first judged with its
    /// response's headers; `None` when this is that first judgement. A
    /// later snapshot showing only others got them from the page's scripts,
    /// not from the cache ([`crate::rules::cache::Known::CameLater`]).
    #[serde(default)]
    pub served: Option<Vec<String>>,
}

/// A verdict in context, and the people the page shows (to remember).
#[derive(Debug, Clone, Serialize)]
pub struct InContext {
    pub verdict: Verdict,
    /// Keyed hashes of the people the page shows in an account view or in
    /// pre-filled forms (own choices and publications not counted).
    pub people: Vec<String>,
    /// An account view whose people are all the user's by the profile: the
    /// caller may remember `people` as the site's identity for the user.
    pub own: bool,
    /// A shared cache served this load ([`crate::rules::cache`]) and it
    /// shows nobody the site showed this visitor before: the caller
    /// remembers it with `people`, as the next load's
    /// [`Memory::previous_cached`].
    pub cached: bool,
}

pub use super::persons::MAX_SHOWN;

/// Judges a page with what was remembered about it.
pub fn judge_in_context(
    snap: &Snapshot,
    profile: &Profile,
    key: &PeopleKey,
    memory: &Memory,
) -> InContext {
    let facts = extract(snap);
    let mut shown = shown_people(&facts);
    // Who a page shows is a handful of people; past this many the page is
    // a list of people, not one customer's view, and each one more costs a
    // keyed hash and a place in the site's memory.
    shown.truncate(MAX_SHOWN);
    let people = people_of(shown.iter().map(|s| (s.kind, s.raw.as_str())), key);
    let matcher = profile.matcher().on_page(facts.country);
    let all_own = !shown.is_empty()
        && shown
            .iter()
            .all(|s| matcher.owner(s.kind, &s.raw) == Owner::Own);
    let own = all_own && facts.account.is_some();

    // The site's remembered identity on the page: it is the user's, and a
    // different person on the load before was the wrong one, not this; nor
    // is a cache that served it someone else's page.
    let known = people.iter().any(|p| memory.site.contains(p));
    // The people the site itself showed this visitor on the load before
    // (not a cache): the first visitor reloading their own account page,
    // now from the cache their first load filled.
    let shown_before =
        !memory.previous_cached && people.iter().any(|p| memory.previous.contains(p));
    let came_later = memory
        .served
        .as_ref()
        .is_some_and(|served| !people.iter().any(|p| served.contains(p)));
    let gate = if known || shown_before {
        Known::ShownBefore
    } else if came_later {
        Known::CameLater
    } else {
        Known::Nothing
    };
    let mut verdict = judge_facts_with(snap, &facts, profile, gate);
    // A hit that shows whom the site showed this visitor before is the
    // visitor's own copy: it continues the fresh load it came from, so the
    // next reload from the same cache compares with it as with that load.
    let cached = gate == Known::Nothing
        && snap.response.as_ref().is_some_and(|r| {
            let e = crate::facts::cache::CacheEvidence::of(r);
            !e.hit.is_empty() && !e.per_visitor
        });
    let disjoint = |before: &[String]| {
        !before.is_empty() && !people.is_empty() && !people.iter().any(|p| before.contains(p))
    };
    let reason = if all_own || known {
        None
    } else if disjoint(&memory.site) {
        Some(Reason::SiteShowedSomeoneElse)
    } else if disjoint(&memory.previous) {
        Some(Reason::PreviousLoadDiffered)
    } else {
        None
    };
    if let Some(reason) = reason {
        raise(&mut verdict, &shown, &reason, Rule::Memory);
    }
    InContext {
        verdict,
        people,
        own,
        cached,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{DataKind, Severity};

    fn key() -> PeopleKey {
        PeopleKey::from_bytes([9; 32])
    }

    fn konto(name: &str, email: &str) -> Snapshot {
        serde_json::from_str(&format!(
            r#"{{"schema":1,"url":"https://shop.example/konto","title":"Mein Konto","lang":"de","body":[
              {{"tag":"p","children":["Hallo {name}"]}},
              {{"tag":"dl","children":[
                {{"tag":"dt","children":["Name"]}},{{"tag":"dd","children":["{name}"]}},
                {{"tag":"dt","children":["E-Mail"]}},{{"tag":"dd","children":["{email}"]}}]}}]}}"#
        ))
        .unwrap()
    }

    #[test]
    fn without_a_profile_an_account_view_says_nothing_on_its_own() {
        let r = judge_in_context(
            &konto("Jonas Brenner", "jonas.brenner@web.de"),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        assert!(!r.verdict.warn);
        assert_eq!(r.people.len(), 1);
        assert!(!r.own, "nothing says it is the user's");
    }

    #[test]
    fn a_different_person_on_the_next_load_warns_high() {
        let first = judge_in_context(
            &konto("Jonas Brenner", "jonas.brenner@web.de"),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        let memory = Memory {
            previous: first.people.clone(),
            site: vec![],
            previous_cached: false,
            served: None,
        };
        let same = judge_in_context(
            &konto("Jonas Brenner", "jonas.brenner@web.de"),
            &Profile::default(),
            &key(),
            &memory,
        );
        assert!(!same.verdict.warn);
        let other = judge_in_context(
            &konto("Petra Lindqvist", "p.lindqvist@gmx.de"),
            &Profile::default(),
            &key(),
            &memory,
        );
        assert!(other.verdict.warn);
        assert_eq!(other.verdict.severity, Severity::High);
        let kinds: Vec<_> = other
            .verdict
            .findings
            .iter()
            .map(|f| (f.kind, f.value.as_str()))
            .collect();
        assert!(
            kinds.contains(&(DataKind::Email, "p•••@g•••.de")),
            "{kinds:?}"
        );
        assert!(other
            .verdict
            .findings
            .iter()
            .all(|f| f.why.last() == Some(&Reason::PreviousLoadDiffered)));
    }

    #[test]
    fn the_sites_remembered_identity_outranks_the_previous_load() {
        let me = judge_in_context(
            &konto("Katrin Vogelsang", "katrin.vogelsang@posteo.de"),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        let memory = Memory {
            previous: vec![],
            site: me.people.clone(),
            previous_cached: false,
            served: None,
        };
        let r = judge_in_context(
            &konto("Jonas Brenner", "jonas.brenner@web.de"),
            &Profile::default(),
            &key(),
            &memory,
        );
        assert!(r.verdict.warn);
        assert_eq!(r.verdict.findings[0].why, [Reason::SiteShowedSomeoneElse]);
        let again = judge_in_context(
            &konto("Katrin Vogelsang", "katrin.vogelsang@posteo.de"),
            &Profile::default(),
            &key(),
            &memory,
        );
        assert!(!again.verdict.warn);
    }

    #[test]
    fn the_users_own_data_is_never_drift_and_may_be_remembered() {
        let profile = Profile {
            names: vec!["Katrin Vogelsang".into()],
            emails: vec!["katrin.vogelsang@posteo.de".into()],
            ..Profile::default()
        };
        let memory = Memory {
            previous: vec!["something else".into()],
            site: vec![],
            previous_cached: false,
            served: None,
        };
        let r = judge_in_context(
            &konto("Katrin Vogelsang", "katrin.vogelsang@posteo.de"),
            &profile,
            &key(),
            &memory,
        );
        assert!(!r.verdict.warn);
        assert!(r.own);
    }

    fn cached(mut s: Snapshot, hit: bool) -> Snapshot {
        let status = if hit { "HIT" } else { "MISS" };
        s.response = Some(crate::facts::cache::response([("X-Cache-Status", status)]));
        s
    }

    #[test]
    fn the_first_visitor_reloading_their_page_from_the_cache_is_not_warned() {
        let page = || konto("Jonas Brenner", "jonas.brenner@web.de");
        // First load: the site itself (a miss) shows Jonas.
        let first = judge_in_context(
            &cached(page(), false),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        assert!(!first.verdict.warn);
        assert!(!first.cached);
        // The reload comes from the cache the first load filled.
        let memory = Memory {
            previous: first.people.clone(),
            site: vec![],
            previous_cached: first.cached,
            served: None,
        };
        let reload = judge_in_context(&cached(page(), true), &Profile::default(), &key(), &memory);
        assert!(!reload.verdict.warn, "{:?}", reload.verdict.findings);
        // Their own copy: it counts as the fresh load it continues.
        assert!(!reload.cached);
        assert_eq!(
            reload.verdict.notes,
            ["served from a cache (X-Cache-Status HIT), but it shows whom the site showed you before"]
        );
        // And the reload after it, from the same cache: still theirs.
        let memory = Memory {
            previous: reload.people.clone(),
            site: vec![],
            previous_cached: reload.cached,
            served: None,
        };
        let again = judge_in_context(&cached(page(), true), &Profile::default(), &key(), &memory);
        assert!(!again.verdict.warn, "{:?}", again.verdict.findings);
    }

    #[test]
    fn a_stranger_from_the_cache_still_warns_on_the_reload() {
        let page = || konto("Petra Lindqvist", "p.lindqvist@gmx.de");
        let first = judge_in_context(
            &cached(page(), true),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        assert!(first.verdict.warn);
        assert_eq!(first.verdict.severity, Severity::High);
        assert!(first.cached);
        let memory = Memory {
            previous: first.people.clone(),
            site: vec![],
            previous_cached: first.cached,
            served: None,
        };
        let reload = judge_in_context(&cached(page(), true), &Profile::default(), &key(), &memory);
        assert!(reload.verdict.warn);
        assert!(reload
            .verdict
            .findings
            .iter()
            .all(|f| f.rule == Rule::Cache));
    }

    #[test]
    fn a_person_a_cached_page_shows_only_later_came_from_its_scripts() {
        // First judged with the hit: the app shell shows nobody.
        let shell: Snapshot = serde_json::from_str(
            r#"{"schema":1,"url":"https://shop.example/konto","title":"Mein Konto","lang":"de","body":[
              {"tag":"div","attrs":{"id":"root"},"children":["Laden …"]}]}"#,
        )
        .unwrap();
        let first = judge_in_context(
            &cached(shell, true),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        assert!(!first.verdict.warn);
        assert!(first.people.is_empty());
        // Then its scripts fill in the visitor's account: not the cache's doing.
        let memory = Memory {
            served: Some(first.people.clone()),
            ..Memory::default()
        };
        let filled = judge_in_context(
            &cached(konto("Jonas Brenner", "jonas.brenner@web.de"), true),
            &Profile::default(),
            &key(),
            &memory,
        );
        assert!(!filled.verdict.warn, "{:?}", filled.verdict.findings);
        assert!(!filled.cached);
        assert_eq!(
            filled.verdict.notes,
            ["served from a cache (X-Cache-Status HIT), but the person it shows came after the page was first judged, from its scripts"]
        );
        // A person the first judgement saw stays a stranger's copy on a later look.
        let stranger = judge_in_context(
            &cached(konto("Petra Lindqvist", "p.lindqvist@gmx.de"), true),
            &Profile::default(),
            &key(),
            &Memory::default(),
        );
        assert!(stranger.verdict.warn);
        let later = judge_in_context(
            &cached(konto("Petra Lindqvist", "p.lindqvist@gmx.de"), true),
            &Profile::default(),
            &key(),
            &Memory {
                served: Some(stranger.people.clone()),
                ..Memory::default()
            },
        );
        assert_eq!(later.verdict.severity, Severity::High);
    }
}
