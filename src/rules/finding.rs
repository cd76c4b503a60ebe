//! What the rules say about a page: findings, each with the rule that made
//! it and its reasons as codes with parameters, and the verdict.
//!
//! A reason is data, not a sentence: the CLI renders it in English
//! ([`Reason::english`], the one place English reasons are written), the
//! extension renders it from its `_locales` (`reason_*` messages), so a
//! German reader reads German reasons in the banner, popup, log and report.

use crate::facts::page_kind::AccountEvidence;
use crate::kinds::{DataKind, FieldType, Severity};
use serde::{Deserialize, Serialize};

/// Where a finding was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// A pre-filled form control.
    FormField,
    /// Text of an account view.
    AccountView,
    /// Data the page embeds in a script and does not show
    /// ([`crate::facts::embedded`]); the field's label names the script and key.
    EmbeddedData,
}

/// The control a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldRef {
    pub name: Option<String>,
    pub id: Option<String>,
    /// The label a person reads.
    pub label: String,
}

/// The rule that made a finding: one per module of [`crate::rules`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A form the page sent pre-filled ([`crate::rules::form`]).
    Form,
    /// An account view showing someone else ([`crate::rules::account`]).
    Account,
    /// A customer record embedded in a script ([`crate::rules::embedded`]).
    Embedded,
    /// What the site showed before ([`crate::rules::memory`]).
    Memory,
    /// A shared cache served the page ([`crate::rules::cache`]).
    Cache,
}

/// Why a value was reported: a code and its parameters. Serialised as
/// `{"code": "form-stranger", "kind": "email"}` and so on; the extension's
/// message for a code is `reason_` and the code with `_` for `-`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Reason {
    /// A pre-filled field holds a value of `kind` the profile does not hold.
    FormStranger { kind: DataKind },
    /// A pre-filled field nobody on this side typed (no profile to compare).
    FormUntouched { kind: DataKind },
    /// One form holds `people` different people.
    FormSeveralPeople { people: usize },
    /// The page greets one customer and fills the form with another.
    FormOtherThanGreeted { kind: DataKind },
    /// The page greets someone who is not the user.
    AccountGreetsStranger { account: AccountEvidence },
    /// A value under `label` on an account view, not in the profile.
    AccountStranger {
        label: String,
        account: AccountEvidence,
    },
    /// A value under `label` on an account view that shows someone else.
    AccountWithStranger {
        label: String,
        account: AccountEvidence,
    },
    /// A value in the running text of an account view that shows someone
    /// else: a card number or an IBAN, which no label of the page's names.
    /// A code of its own rather than a made-up label, so that the reason
    /// reads in the reader's language.
    AccountWithStrangerInText { account: AccountEvidence },
    /// The page greets one customer and shows another's name under `label`.
    AccountOtherThanGreeted {
        label: String,
        account: AccountEvidence,
    },
    /// An embedded customer `record` holds a value of `kind` not in the profile.
    EmbeddedStranger { record: String, kind: DataKind },
    /// The page greets one customer and embeds another's `record`.
    EmbeddedOtherThanGreeted { record: String },
    /// Part of an embedded `record` that holds someone else.
    EmbeddedWithStranger { record: String },
    /// The site showed the user as someone else before; now another person.
    SiteShowedSomeoneElse,
    /// The previous load of this page showed a different person.
    PreviousLoadDiffered,
    /// A shared cache served this page; `evidence`: the headers that say
    /// so, as a person reads them ("X-Cache-Status HIT, Age 412 s").
    SharedCacheHit { evidence: String },
}

impl Reason {
    /// The reason in English.
    pub fn english(&self) -> String {
        match self {
            Reason::FormStranger { kind } => format!(
                "the page sent this field filled in with {} that is not in your profile",
                kind.phrase()
            ),
            Reason::FormUntouched { kind } => format!(
                "the page sent this field filled in with {}; nobody typed it here",
                kind.phrase()
            ),
            Reason::FormSeveralPeople { people } => format!(
                "the page sent this form filled in with {people} different people's data; nobody typed it"
            ),
            Reason::FormOtherThanGreeted { kind } => format!(
                "the page greets one customer but sent this form filled in with another person's data ({})",
                kind.phrase()
            ),
            Reason::AccountGreetsStranger { account } => format!(
                "the page greets someone who is not you ({})",
                account.english()
            ),
            Reason::AccountStranger { label, account } => format!(
                "shown as \"{label}\" on an account page ({}); not in your profile",
                account.english()
            ),
            Reason::AccountWithStranger { label, account } => format!(
                "shown as \"{label}\" on an account page that shows someone else ({})",
                account.english()
            ),
            Reason::AccountWithStrangerInText { account } => format!(
                "shown in the text of an account page that shows someone else ({})",
                account.english()
            ),
            Reason::AccountOtherThanGreeted { label, account } => format!(
                "the page greets one customer but shows another person's name as \"{label}\" ({})",
                account.english()
            ),
            Reason::EmbeddedStranger { record, kind } => format!(
                "the page embeds a customer record ({record}) holding {} that is not in your profile; it is not shown, but sent to everyone who loads the page",
                kind.phrase()
            ),
            Reason::EmbeddedOtherThanGreeted { record } => format!(
                "the page greets one customer but embeds another one's record ({record}); it is not shown, but sent to everyone who loads the page"
            ),
            Reason::EmbeddedWithStranger { record } => {
                format!("part of an embedded customer record ({record}) that holds someone else")
            }
            Reason::SiteShowedSomeoneElse => {
                "this site showed you as someone else before; now it shows another person".into()
            }
            Reason::PreviousLoadDiffered => {
                "the previous load of this page showed a different person".into()
            }
            Reason::SharedCacheHit { evidence } => format!(
                "served from a shared cache ({evidence}): a copy kept from another visitor's visit, so very likely not you"
            ),
        }
    }

    /// Every reason's code, in declaration order, with an example of each
    /// (for the test that the extension has a message for every code).
    pub fn examples() -> Vec<Reason> {
        let account = AccountEvidence::Heading("Mein Konto".into());
        let label = "Name".to_string();
        let record = "script #__NEXT_DATA__ › props.user".to_string();
        vec![
            Reason::FormStranger {
                kind: DataKind::Email,
            },
            Reason::FormUntouched {
                kind: DataKind::Name,
            },
            Reason::FormSeveralPeople { people: 3 },
            Reason::FormOtherThanGreeted {
                kind: DataKind::Name,
            },
            Reason::AccountGreetsStranger {
                account: account.clone(),
            },
            Reason::AccountStranger {
                label: label.clone(),
                account: account.clone(),
            },
            Reason::AccountWithStranger {
                label: label.clone(),
                account: account.clone(),
            },
            Reason::AccountWithStrangerInText {
                account: account.clone(),
            },
            Reason::AccountOtherThanGreeted { label, account },
            Reason::EmbeddedStranger {
                record: record.clone(),
                kind: DataKind::Email,
            },
            Reason::EmbeddedOtherThanGreeted {
                record: record.clone(),
            },
            Reason::EmbeddedWithStranger { record },
            Reason::SiteShowedSomeoneElse,
            Reason::PreviousLoadDiffered,
            Reason::SharedCacheHit {
                evidence: "CF-Cache-Status HIT, Age 412 s".into(),
            },
        ]
    }
}

/// One piece of someone else's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: DataKind,
    pub place: Place,
    pub field: Option<FieldRef>,
    /// The value, masked.
    pub value: String,
    /// The value as the page showed it. Never serialised: it leaves the core
    /// only where the user asks for it ("This is me").
    pub raw: String,
    /// The rule that reported it.
    pub rule: Rule,
    /// Why: the rule's reason first, then any a later rule added (the
    /// memory of the site raising a form finding).
    pub why: Vec<Reason>,
    pub severity: Severity,
}

impl Finding {
    /// The reasons in English, joined: what the CLI prints.
    pub fn reason(&self) -> String {
        self.why
            .iter()
            .map(Reason::english)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A finding as JSON: its fields, `why` as codes, and `reason` in English
/// for people reading the JSON (and the extension's fallback).
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Finding", 8)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("place", &self.place)?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("value", &self.value)?;
        st.serialize_field("reason", &self.reason())?;
        st.serialize_field("rule", &self.rule)?;
        st.serialize_field("why", &self.why)?;
        st.serialize_field("severity", &self.severity)?;
        st.end()
    }
}

/// A form control and its classification, for testers and the CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldInfo {
    pub name: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub ty: Option<FieldType>,
    pub label: String,
    pub reason: String,
    pub hidden: bool,
}

/// The verdict on a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Verdict {
    pub warn: bool,
    pub severity: Severity,
    pub findings: Vec<Finding>,
    /// Every data control in document order.
    pub fields: Vec<FieldInfo>,
    /// Why the page was treated as an account view (English), if it was.
    pub account_view: Option<String>,
    /// The same as evidence, for readers in other languages.
    pub account_evidence: Option<AccountEvidence>,
    /// Notes from the snapshot (truncation).
    pub notes: Vec<String>,
}
