//! Incident records: what a page showed, when and where, kept so that it can
//! stand in a story or a complaint to a data-protection authority.
//!
//! One definition serves the extension ("Document it", through `wasm`), the
//! CLI's HTML report and anyone reading an export; `docs/incident.md` is its
//! description for readers. Three promises shape it:
//!
//! * **Checkable.** Every record carries a SHA-256 over its canonical JSON
//!   (keys sorted, no whitespace). The hash leaves out `value_in_clear`, so a
//!   masked export and an in-clear export of the same record verify alike.
//! * **No further spread than needed.** Values are masked everywhere they are
//!   shown; the value in clear stays on the user's device unless they choose
//!   otherwise for one export. People are *counted* with keyed hashes
//!   (HMAC-SHA-256 under a key generated per install), never listed.
//! * **Hostile input is text.** Page data may hold markup, scripts or
//!   spreadsheet formulas; the exports escape it for their format
//!   ([`crate::export`]).

use crate::facts::people::{hex, people_of, unhex};
pub use crate::facts::people::{people_of_profile, BadKey, PeopleKey};
use crate::facts::{extract, PageFacts};
use crate::kinds::{DataKind, Severity};
use crate::mask::TextMask;
use crate::profile::Profile;
use crate::rules::{judge_facts_with, FieldRef, Finding, Place, Verdict};
use crate::snapshot::{Element, Node, Snapshot};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The record format's version; readers refuse others.
pub const INCIDENT_SCHEMA: u32 = 1;
/// The longest note kept, in characters.
pub const MAX_NOTE: usize = 4000;
/// The longest excerpt, in characters.
pub const MAX_EXCERPT: usize = 400;

/// What made the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trigger {
    /// "Document it" on a warning.
    Warning,
    /// "Document this page", findings or not.
    Page,
    /// A high warning recorded by the opt-in setting.
    Auto,
    /// `notmine scan --format html` on a saved page.
    Scan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageRef {
    pub url: String,
    pub title: String,
}

/// One finding as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordFinding {
    pub kind: DataKind,
    pub place: Place,
    pub field: Option<FieldRef>,
    /// Masked, always.
    pub value: String,
    /// As shown; kept on the device, left out of the hash and of exports
    /// unless the user asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_in_clear: Option<String>,
    /// The reasons in English, as the CLI prints them.
    pub reason: String,
    /// The reasons as codes with parameters ([`crate::rules::Reason`], as JSON objects:
    /// `{"code": "form-stranger", "kind": "email"}`), for readers in other
    /// languages; absent in records made before they existed. Kept as
    /// JSON: a record is carried, never judged again, and a typed
    /// deserialiser for every reason would grow the background's `.wasm`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<Value>,
    pub severity: Severity,
    /// The markup around the value, every finding's value masked.
    pub excerpt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameRecord {
    pub frame_id: u32,
    pub url: String,
    pub title: String,
    pub findings: Vec<RecordFinding>,
    /// The cache headers of the response that delivered the frame's
    /// document (`[name, value]`, names lower-case; `set-cookie` with an
    /// empty value says one was set): the evidence that a shared cache
    /// served it ([`crate::facts::cache`]). Absent when the browser saw
    /// none, and in records made before they were kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cache: Vec<(String, String)>,
}

/// An incident record, schema 1 (docs/incident.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub schema: u32,
    pub id: String,
    pub trigger: Trigger,
    pub recorded_at: String,
    pub local_time: String,
    pub time_zone: String,
    pub page: PageRef,
    pub note: String,
    pub severity: Severity,
    pub frames: Vec<FrameRecord>,
    pub people: Vec<String>,
    pub browser: String,
    pub extension_version: String,
    pub screenshot: Option<String>,
    pub hash: String,
    /// The extension's Ed25519 signature over [`Incident::canonical_json`]
    /// (docs/incident.md "Signatures"); absent in records made before
    /// records were signed, and by the CLI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
}

/// A record's signature: made by the extension with the install's own
/// Ed25519 key (WebCrypto), whose public key travels with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// `Ed25519`, the only one.
    pub alg: String,
    /// The signer's public key: 32 bytes as 64 hex digits.
    pub public_key: String,
    /// The signature over the canonical JSON: 64 bytes as 128 hex digits.
    pub value: String,
}

/// What checking a record's signature found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureCheck {
    /// The record carries no signature.
    Unsigned,
    /// The signature is the key's over this content; `key` is the public
    /// key's fingerprint ([`key_fingerprint`]).
    Valid { key: String },
    /// The signature does not match the content (or is malformed): the
    /// record was altered after it was signed, or the signature is not one.
    Invalid { why: String },
}

/// A public key's fingerprint: the first 16 hex digits of SHA-256 over its
/// 32 bytes, in groups of four — short enough to read out and compare.
pub fn key_fingerprint(public_key_hex: &str) -> String {
    let bytes = unhex(public_key_hex).unwrap_or_default();
    let digest = hex(&Sha256::digest(&bytes));
    digest.as_bytes()[..16]
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One frame as the recorder hands it in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameInput {
    pub frame_id: u32,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub title: String,
    pub snapshot: Snapshot,
    /// The people the frame shows are known not to be a shared cache's copy
    /// of someone else's page (the live verdict's memory said so:
    /// [`crate::rules::cache::Known`]): its cache headers are recorded, but
    /// no finding is made of them.
    #[serde(default)]
    pub cache_known: bool,
}

/// Everything a record is made from besides the profile and the key.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordInput {
    pub id: String,
    pub trigger: Trigger,
    pub recorded_at: String,
    #[serde(default)]
    pub local_time: String,
    #[serde(default)]
    pub time_zone: String,
    pub page: PageRef,
    #[serde(default)]
    pub note: String,
    pub frames: Vec<FrameInput>,
    #[serde(default)]
    pub browser: String,
    #[serde(default)]
    pub extension_version: String,
    #[serde(default)]
    pub screenshot: Option<String>,
}

impl RecordInput {
    /// A record of one page: `snapshot` as its top frame, the page's URL
    /// and title from it, no local time, time zone, note, browser, version
    /// or screenshot (set those after).
    pub fn of_page(
        id: String,
        trigger: Trigger,
        recorded_at: String,
        snapshot: Snapshot,
    ) -> RecordInput {
        RecordInput {
            id,
            trigger,
            recorded_at,
            local_time: String::new(),
            time_zone: String::new(),
            page: PageRef {
                url: snapshot.url.clone(),
                title: snapshot.title.clone(),
            },
            note: String::new(),
            frames: vec![FrameInput {
                frame_id: 0,
                url: String::new(),
                title: String::new(),
                snapshot,
                cache_known: false,
            }],
            browser: String::new(),
            extension_version: String::new(),
            screenshot: None,
        }
    }
}

/// Why a record could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum IncidentError {
    #[error(transparent)]
    BadKey(#[from] BadKey),
    #[error("this record has schema {0}; this version of NotMine reads schema {INCIDENT_SCHEMA}")]
    Schema(u32),
    #[error("the record's time {0:?} is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ)")]
    Time(String),
    #[error("the screenshot must be a data:image/png or data:image/jpeg URL")]
    Screenshot,
}

/// The distinct people a verdict's findings belong to, as keyed hashes.
///
/// A person is counted by email address when the findings hold any (each
/// stranger of the contest form, each invited friend, has their own);
/// otherwise by name: every multi-word name on its own, and single name
/// words (a form's separate first/last name fields) together as one.
/// Names are compared as their sorted, folded words, so "Hartwig, Miriam"
/// and "Miriam Hartwig" are one person.
pub fn people(findings: &[Finding], key: &PeopleKey) -> Vec<String> {
    people_of(findings.iter().map(|f| (f.kind, f.raw.as_str())), key)
}

/// Builds a record: judges each frame, keeps the frames with findings (and
/// the top frame of a "Document this page" record), masks, excerpts,
/// counts people and seals it with its hash.
pub fn record(
    input: RecordInput,
    profile: &Profile,
    key: &PeopleKey,
) -> Result<Incident, IncidentError> {
    check_time(&input.recorded_at)?;
    if let Some(s) = &input.screenshot {
        if !is_image_data_url(s) {
            return Err(IncidentError::Screenshot);
        }
    }
    let mut frames = Vec::new();
    let mut all_people: BTreeSet<String> = BTreeSet::new();
    let mut severity = Severity::None;
    for f in input.frames {
        // Extracted once: the verdict and the excerpts' masks both need them.
        let facts = extract(&f.snapshot);
        let known = if f.cache_known {
            crate::rules::cache::Known::ShownBefore
        } else {
            crate::rules::cache::Known::Nothing
        };
        let verdict = judge_facts_with(&f.snapshot, &facts, profile, known);
        all_people.extend(people(&verdict.findings, key));
        severity = severity.max(verdict.severity);
        let keep =
            !verdict.findings.is_empty() || (f.frame_id == 0 && input.trigger == Trigger::Page);
        if keep {
            frames.push(FrameRecord {
                frame_id: f.frame_id,
                url: if f.url.is_empty() {
                    f.snapshot.url.clone()
                } else {
                    f.url
                },
                title: if f.title.is_empty() {
                    f.snapshot.title.clone()
                } else {
                    f.title
                },
                findings: record_findings(&f.snapshot, &facts, &verdict),
                cache: f
                    .snapshot
                    .response
                    .as_ref()
                    .map(|r| {
                        crate::facts::cache::response(
                            r.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())),
                        )
                        .headers
                    })
                    .unwrap_or_default(),
            });
        }
    }
    frames.sort_by_key(|f| f.frame_id);
    let mut inc = Incident {
        schema: INCIDENT_SCHEMA,
        id: input.id,
        trigger: input.trigger,
        recorded_at: input.recorded_at.clone(),
        local_time: if input.local_time.is_empty() {
            input.recorded_at
        } else {
            input.local_time
        },
        time_zone: input.time_zone,
        page: input.page,
        note: input.note.chars().take(MAX_NOTE).collect(),
        severity,
        frames,
        people: all_people.into_iter().collect(),
        browser: input.browser,
        extension_version: input.extension_version,
        screenshot: input.screenshot,
        hash: String::new(),
        signature: None,
    };
    inc.hash = inc.compute_hash();
    Ok(inc)
}

/// The findings of one verdict as recorded, with their excerpts; `facts`
/// are the ones `v` was judged from.
pub fn record_findings(snap: &Snapshot, facts: &PageFacts<'_>, v: &Verdict) -> Vec<RecordFinding> {
    let masks = excerpt_mask(facts, v);
    v.findings
        .iter()
        .map(|f| RecordFinding {
            kind: f.kind,
            place: f.place,
            field: f.field.clone(),
            value: f.value.clone(),
            value_in_clear: Some(f.raw.clone()),
            reason: f.reason(),
            why: f
                .why
                .iter()
                .filter_map(|r| serde_json::to_value(r).ok())
                .collect(),
            severity: f.severity,
            excerpt: excerpt(snap, f, &masks),
        })
        .collect()
}

impl Incident {
    /// SHA-256 (hex) of the canonical JSON: `hash` and every
    /// `value_in_clear` left out, keys sorted, no whitespace.
    pub fn compute_hash(&self) -> String {
        hex(&Sha256::digest(self.canonical_json().as_bytes()))
    }

    /// The bytes the hash is taken over.
    pub fn canonical_json(&self) -> String {
        let mut v = serde_json::to_value(self).expect("a record is plain data");
        strip_for_hash(&mut v);
        let mut out = String::new();
        write_canonical(&v, &mut out);
        out
    }

    /// Whether the stored hash matches the record.
    pub fn verify(&self) -> bool {
        self.schema == INCIDENT_SCHEMA && self.hash == self.compute_hash()
    }

    /// Checks the record's Ed25519 signature against its own public key.
    /// Native only: the extension verifies with WebCrypto.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn check_signature(&self) -> SignatureCheck {
        use ed25519_dalek::{Signature as Sig, VerifyingKey};
        let Some(sig) = &self.signature else {
            return SignatureCheck::Unsigned;
        };
        let bad = |why: &str| SignatureCheck::Invalid {
            why: why.to_string(),
        };
        if sig.alg != "Ed25519" {
            return bad("not an Ed25519 signature");
        }
        let Some(key) = unhex(&sig.public_key).and_then(|b| <[u8; 32]>::try_from(b).ok()) else {
            return bad("the public key is not 32 bytes of hex");
        };
        let Some(value) = unhex(&sig.value).and_then(|b| <[u8; 64]>::try_from(b).ok()) else {
            return bad("the signature is not 64 bytes of hex");
        };
        let Ok(key) = VerifyingKey::from_bytes(&key) else {
            return bad("the public key is not a valid Ed25519 key");
        };
        match key.verify_strict(self.canonical_json().as_bytes(), &Sig::from_bytes(&value)) {
            Ok(()) => SignatureCheck::Valid {
                key: key_fingerprint(&sig.public_key),
            },
            Err(_) => bad("the signature does not match the record: it was changed after signing"),
        }
    }

    /// The record without any value in clear (what a masked export holds).
    pub fn masked(&self) -> Incident {
        let mut r = self.clone();
        for f in &mut r.frames {
            for x in &mut f.findings {
                x.value_in_clear = None;
            }
        }
        r
    }

    /// Reads a stored or exported record, refusing other schema versions.
    pub fn from_value(v: Value) -> Result<Incident, String> {
        let schema = v.get("schema").and_then(Value::as_u64).unwrap_or(0) as u32;
        if schema != INCIDENT_SCHEMA {
            return Err(IncidentError::Schema(schema).to_string());
        }
        serde_json::from_value(v).map_err(|e| format!("the record is malformed: {e}"))
    }

    /// The site of the page: its host name, without user or port, as the
    /// extension keys its per-site numbers (`URL.hostname`).
    pub fn site(&self) -> &str {
        let rest = self.page.url.split_once("://").map_or("", |x| x.1);
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = authority.rsplit_once('@').map_or(authority, |x| x.1);
        if host.starts_with('[') {
            // IPv6: "[::1]:8080" → "[::1]"
            return host
                .split_once(']')
                .map_or(host, |x| &host[..x.0.len() + 1]);
        }
        host.split_once(':').map_or(host, |x| x.0)
    }

    /// Every finding with its frame.
    pub fn findings(&self) -> impl Iterator<Item = (&FrameRecord, &RecordFinding)> {
        self.frames
            .iter()
            .flat_map(|f| f.findings.iter().map(move |x| (f, x)))
    }
}

fn strip_for_hash(v: &mut Value) {
    if let Value::Object(m) = v {
        m.remove("hash");
        m.remove("signature");
        if let Some(Value::Array(frames)) = m.get_mut("frames") {
            for f in frames {
                if let Some(Value::Array(fs)) = f.get_mut("findings") {
                    for x in fs {
                        if let Value::Object(xm) = x {
                            xm.remove("value_in_clear");
                        }
                    }
                }
            }
        }
    }
}

/// JSON with object keys sorted by code point and no whitespace. Strings
/// are escaped as serde_json (and Python's `json.dumps(ensure_ascii=False)`)
/// escape them, so readers in other languages reproduce the bytes.
fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).expect("a string serialises"));
                out.push(':');
                write_canonical(&m[k], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).expect("a scalar serialises")),
    }
}

fn is_image_data_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("data:image/png;base64,")
        .or_else(|| s.strip_prefix("data:image/jpeg;base64,"));
    rest.is_some_and(|b| {
        b.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/' || c == b'=')
    })
}

/// `YYYY-MM-DDTHH:MM:SS` with an optional fraction, then `Z`.
fn check_time(t: &str) -> Result<(), IncidentError> {
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let ok = b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && t.ends_with('Z');
    if ok {
        Ok(())
    } else {
        Err(IncidentError::Time(t.to_string()))
    }
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ` (for the CLI; the extension
/// passes the browser's clock).
#[cfg(not(target_arch = "wasm32"))]
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    utc_from_unix(secs)
}

/// Unix seconds → ISO 8601 UTC (proleptic Gregorian, days from civil).
pub fn utc_from_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

// --- excerpts ---------------------------------------------------------------

/// The markup around a finding: the parent of the control (label and field
/// together), or of the element showing the text; every finding's value
/// masked; cut to [`MAX_EXCERPT`] characters around the value.
fn excerpt(snap: &Snapshot, f: &Finding, masks: &TextMask) -> String {
    let raw = f.raw.trim();
    if f.place == Place::EmbeddedData {
        // Script text around a value holds more of the record than the
        // findings (ids, a shipping recipient), none of it masked: the
        // excerpt is the key and the masked value, under the script's name.
        let label = f.field.as_ref().map_or("", |r| r.label.as_str());
        let (script, path) = label.split_once(" › ").unwrap_or((label, ""));
        let key = path.rsplit('.').next().unwrap_or(path);
        return format!("<{script}> … \"{key}\": \"{}\" …", f.value);
    }
    let mut found: Option<&Element> = None;
    snap.walk(|el, ancestors| {
        if found.is_some() {
            return;
        }
        let hit = match (&f.field, f.place) {
            (Some(r), Place::FormField) => {
                el.control.is_some()
                    && ((r.id.is_some() && el.attrs.id == r.id)
                        || (r.id.is_none() && r.name.is_some() && el.attrs.name == r.name))
            }
            _ => el
                .children
                .iter()
                .any(|c| matches!(c, Node::Text(t) if t.contains(raw))),
        };
        if hit {
            found = Some(ancestors.last().copied().unwrap_or(el));
        }
    });
    let Some(el) = found else {
        return String::new();
    };
    let mut out = String::new();
    write_markup(el, masks, &mut out, 0);
    window(&out, &f.value, MAX_EXCERPT)
}

/// How an excerpt is masked: by the words of every personal value the
/// page holds — the findings', what it shows ([`crate::facts`]'s values)
/// and what its text controls are pre-filled with — so a value the page
/// repeats with other spacing, or a birth date beside the finding, is
/// masked too ([`TextMask`]).
fn excerpt_mask(facts: &PageFacts<'_>, v: &Verdict) -> TextMask {
    let mut values: Vec<&str> = v.findings.iter().map(|f| f.raw.as_str()).collect();
    values.extend(facts.values.iter().map(|x| x.raw.as_str()));
    values.extend(
        facts
            .controls
            .iter()
            .filter(|c| takes_text(c.el))
            .filter_map(|c| c.el.control.as_ref())
            .map(|c| c.value.as_str()),
    );
    TextMask::new(values)
}

/// Whether a control holds what someone typed (its value is theirs), as
/// opposed to a button's caption, a choice's value or a select's option.
fn takes_text(el: &Element) -> bool {
    match el.tag.as_str() {
        "textarea" => true,
        "input" => !matches!(
            el.attrs.type_.as_deref(),
            Some(
                "submit" | "button" | "reset" | "image" | "checkbox" | "radio" | "range" | "color"
            )
        ),
        _ => false,
    }
}

/// At most `max` characters of `s`, centred on the first `needle` (else
/// on the first masked word).
fn window(s: &str, needle: &str, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s.to_string();
    }
    let at = s
        .find(&escape_markup(needle))
        .or_else(|| s.find('•'))
        .map_or(0, |b| s[..b].chars().count());
    let start = at.saturating_sub(max / 3).min(chars.len() - max);
    let mut w: String = chars[start..start + max].iter().collect();
    if start > 0 {
        w.insert(0, '…');
    }
    if start + max < chars.len() {
        w.push('…');
    }
    w
}

fn escape_markup(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The pruned element as markup: the kept attributes, a control's value as
/// `value`, text escaped. Bounded by depth and length.
fn write_markup(el: &Element, mask: &TextMask, out: &mut String, depth: usize) {
    if depth > 8 || out.len() > 8 * MAX_EXCERPT {
        return;
    }
    out.push('<');
    out.push_str(&el.tag);
    let a = &el.attrs;
    for (k, v) in [
        ("for", &a.for_),
        ("id", &a.id),
        ("name", &a.name),
        ("type", &a.type_),
        ("autocomplete", &a.autocomplete),
    ] {
        if let Some(v) = v {
            out.push_str(&format!(" {k}=\"{}\"", escape_markup(&mask.attr(v))));
        }
    }
    if let Some(c) = &el.control {
        let value = if takes_text(el) {
            mask.value(&c.value)
        } else {
            mask.text(&c.value)
        };
        out.push_str(&format!(" value=\"{}\"", escape_markup(&value)));
    }
    out.push('>');
    if el.control.is_some() && el.tag == "input" {
        return;
    }
    for c in &el.children {
        match c {
            Node::Text(t) => out.push_str(&escape_markup(&mask.text(t))),
            Node::Element(e) => {
                if !out.ends_with('>') || !out.ends_with(' ') {
                    out.push(' ');
                }
                write_markup(e, mask, out, depth + 1);
            }
        }
    }
    out.push_str(&format!("</{}>", el.tag));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> PeopleKey {
        PeopleKey::from_hex(&"ab".repeat(32)).unwrap()
    }

    fn snap(html_body: &str) -> Snapshot {
        serde_json::from_str(&format!(
            r#"{{"schema":1,"url":"https://shop.example/gewinnspiel","title":"Gewinnspiel","lang":"de","body":{html_body}}}"#
        ))
        .unwrap()
    }

    fn contest(first: &str, last: &str, email: &str) -> Snapshot {
        snap(&format!(
            r#"[{{"tag":"form","children":[
              {{"tag":"div","children":[{{"tag":"label","attrs":{{"for":"vn"}},"children":["Vorname"]}},
                {{"tag":"input","attrs":{{"id":"vn","name":"vorname"}},"control":{{"value":"{first}","default_value":"{first}"}}}}]}},
              {{"tag":"div","children":[{{"tag":"label","attrs":{{"for":"nn"}},"children":["Nachname"]}},
                {{"tag":"input","attrs":{{"id":"nn","name":"nachname"}},"control":{{"value":"{last}","default_value":"{last}"}}}}]}},
              {{"tag":"div","children":[{{"tag":"label","attrs":{{"for":"em"}},"children":["E-Mail"]}},
                {{"tag":"input","attrs":{{"id":"em","name":"email","type":"email"}},"control":{{"value":"{email}","default_value":"{email}"}}}}]}}
            ]}}]"#
        ))
    }

    fn input(s: Snapshot, trigger: Trigger) -> RecordInput {
        RecordInput {
            local_time: "2026-11-22T07:30:12+01:00".into(),
            time_zone: "Europe/Berlin".into(),
            browser: "test".into(),
            extension_version: "0.1.0".into(),
            ..RecordInput::of_page(
                "00000000-0000-4000-8000-000000000001".into(),
                trigger,
                "2026-11-22T06:30:12Z".into(),
                s,
            )
        }
    }

    #[test]
    fn a_record_of_a_page_a_shared_cache_served_carries_its_cache_headers() {
        let mut s = contest("Miriam", "Hartwig", "miriam.hartwig@gmx.de");
        s.response = Some(crate::facts::cache::response([
            ("X-Cache-Status", "HIT"),
            ("Age", "412"),
            ("Set-Cookie", "sid=secret"),
        ]));
        let r = record(input(s, Trigger::Warning), &Profile::default(), &key()).unwrap();
        let cache: Vec<(&str, &str)> = r.frames[0]
            .cache
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            cache,
            [
                ("x-cache-status", "HIT"),
                ("age", "412"),
                ("set-cookie", "")
            ]
        );
        assert_eq!(r.severity, Severity::High);
        assert!(r.frames[0].findings.iter().all(|f| f
            .reason
            .contains("served from a shared cache (X-Cache-Status HIT, Age 412 s)")));
        assert!(r.verify());
        // Exports: the JSON keeps the pairs, the CSV and HTML show them.
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(
            json["frames"][0]["cache"][0],
            serde_json::json!(["x-cache-status", "HIT"])
        );
        let csv = crate::export::to_csv(std::slice::from_ref(&r), false);
        assert!(
            csv.contains("\"x-cache-status: HIT; age: 412; set-cookie\""),
            "{csv}"
        );
        let html = crate::export::to_html(std::slice::from_ref(&r), false, "2026-11-22T07:00:00Z");
        assert!(html.contains(
            "Cache headers of the response: <code>x-cache-status: HIT; age: 412; set-cookie</code>"
        ));
        // A record without them has no `cache` key: older records' hashes hold.
        let plain = record(
            input(
                contest("Miriam", "Hartwig", "miriam.hartwig@gmx.de"),
                Trigger::Warning,
            ),
            &Profile::default(),
            &key(),
        )
        .unwrap();
        assert!(serde_json::to_value(&plain).unwrap()["frames"][0]
            .get("cache")
            .is_none());
    }

    #[test]
    fn a_record_holds_masked_findings_excerpts_and_one_person() {
        let r = record(
            input(
                contest("Miriam", "Hartwig", "miriam.hartwig@gmx.de"),
                Trigger::Warning,
            ),
            &Profile::default(),
            &key(),
        )
        .unwrap();
        assert_eq!(r.frames.len(), 1);
        let f = &r.frames[0].findings;
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].value, "M•••");
        assert_eq!(f[0].value_in_clear.as_deref(), Some("Miriam"));
        assert_eq!(
            f[0].excerpt,
            r#"<div> <label for="vn">Vorname</label> <input id="vn" name="vorname" value="M•••"></div>"#
        );
        assert!(!f[2].excerpt.contains("hartwig@"), "{}", f[2].excerpt);
        assert_eq!(r.people.len(), 1);
        assert!(r.verify());
        assert_eq!(r.site(), "shop.example");
        let mut p = r.clone();
        for (url, site) in [
            ("http://127.0.0.1:44579/gewinnspiel", "127.0.0.1"),
            ("https://user@konto.example:8443/x", "konto.example"),
            ("http://[::1]:8080/", "[::1]"),
        ] {
            p.page.url = url.into();
            assert_eq!(p.site(), site);
        }
    }

    #[test]
    fn the_hash_is_stable_and_ignores_values_in_clear() {
        let r = record(
            input(
                contest("Miriam", "Hartwig", "miriam.hartwig@gmx.de"),
                Trigger::Warning,
            ),
            &Profile::default(),
            &key(),
        )
        .unwrap();
        // Pinned: the canonical JSON's bytes may not change without a schema bump.
        assert_eq!(r.hash, r.masked().compute_hash());
        assert!(r.masked().verify());
        let json = serde_json::to_string(&r).unwrap();
        let back = Incident::from_value(serde_json::from_str(&json).unwrap()).unwrap();
        assert_eq!(back, r);
        assert!(back.verify());
        let mut tampered = back.clone();
        tampered.page.url.push('x');
        assert!(!tampered.verify());
        assert!(r.canonical_json().starts_with(
            r#"{"browser":"test","extension_version":"0.1.0","frames":[{"findings":[{"excerpt":"#
        ));
        assert!(!r.canonical_json().contains("value_in_clear"));
        assert!(!r.canonical_json().contains("\"hash\""));
    }

    /// Signs `r` as the extension does (with a fixed test key).
    fn signed(mut r: Incident) -> Incident {
        use ed25519_dalek::{Signer, SigningKey};
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let sig = key.sign(r.canonical_json().as_bytes());
        r.signature = Some(Signature {
            alg: "Ed25519".into(),
            public_key: hex(key.verifying_key().as_bytes()),
            value: hex(&sig.to_bytes()),
        });
        r
    }

    #[test]
    fn a_signature_holds_for_the_record_and_its_masked_export_and_not_after_a_change() {
        let r = signed(
            record(
                input(
                    contest("Miriam", "Hartwig", "miriam.hartwig@gmx.de"),
                    Trigger::Warning,
                ),
                &Profile::default(),
                &key(),
            )
            .unwrap(),
        );
        let fp = key_fingerprint(&r.signature.as_ref().unwrap().public_key);
        assert_eq!(fp.len(), 19, "{fp}");
        assert_eq!(
            r.check_signature(),
            SignatureCheck::Valid { key: fp.clone() }
        );
        // The signature leaves the hash alone, and covers what a masked
        // export holds (values in clear are outside both).
        assert!(r.verify());
        assert_eq!(
            r.masked().check_signature(),
            SignatureCheck::Valid { key: fp }
        );
        // Read back from JSON, still valid.
        let back = Incident::from_value(serde_json::to_value(&r).unwrap()).unwrap();
        assert!(matches!(
            back.check_signature(),
            SignatureCheck::Valid { .. }
        ));
        // Any change breaks it, the note as much as a finding.
        let mut t = r.clone();
        t.note.push_str(" (edited)");
        t.hash = t.compute_hash(); // a forger can recompute the hash, not the signature
        assert!(t.verify());
        assert!(matches!(
            t.check_signature(),
            SignatureCheck::Invalid { .. }
        ));
        let mut t = r.clone();
        t.frames[0].findings[0].value = "J•••".into();
        assert!(matches!(
            t.check_signature(),
            SignatureCheck::Invalid { .. }
        ));
        // Another key's signature over the same record is valid, under another fingerprint.
        let mut other = r.clone();
        other.signature.as_mut().unwrap().public_key =
            hex(ed25519_dalek::SigningKey::from_bytes(&[8u8; 32])
                .verifying_key()
                .as_bytes());
        assert!(matches!(
            other.check_signature(),
            SignatureCheck::Invalid { .. }
        ));
        // Unsigned records say so; malformed signatures are invalid, not a panic.
        let mut u = r.clone();
        u.signature = None;
        assert_eq!(u.check_signature(), SignatureCheck::Unsigned);
        let mut m = r.clone();
        m.signature.as_mut().unwrap().value = "zz".into();
        assert!(matches!(
            m.check_signature(),
            SignatureCheck::Invalid { .. }
        ));
    }

    #[test]
    fn different_strangers_are_different_people_and_the_key_matters() {
        let a = record(
            input(contest("Miriam", "Hartwig", "m.h@gmx.de"), Trigger::Warning),
            &Profile::default(),
            &key(),
        )
        .unwrap();
        let b = record(
            input(contest("Jonas", "Brenner", "j.b@web.de"), Trigger::Warning),
            &Profile::default(),
            &key(),
        )
        .unwrap();
        let a2 = record(
            input(contest("Miriam", "Hartwig", "M.H@gmx.de"), Trigger::Warning),
            &Profile::default(),
            &key(),
        )
        .unwrap();
        assert_ne!(a.people, b.people);
        assert_eq!(a.people, a2.people);
        let other = PeopleKey::from_hex(&"cd".repeat(32)).unwrap();
        let a3 = record(
            input(contest("Miriam", "Hartwig", "m.h@gmx.de"), Trigger::Warning),
            &Profile::default(),
            &other,
        )
        .unwrap();
        assert_ne!(a.people, a3.people);
    }

    #[test]
    fn a_page_record_without_findings_keeps_the_top_frame() {
        let s = snap(r#"[{"tag":"p","children":["E-Mail in Kürze wieder abrufbar"]}]"#);
        let mut i = input(s, Trigger::Page);
        i.note = "Seit drei Tagen keine Mails".into();
        let r = record(i, &Profile::default(), &key()).unwrap();
        assert_eq!(r.severity, Severity::None);
        assert_eq!(r.frames.len(), 1);
        assert!(r.frames[0].findings.is_empty());
        assert_eq!(r.note, "Seit drei Tagen keine Mails");
        assert!(r.people.is_empty());
    }

    #[test]
    fn bad_inputs_are_refused_with_reasons() {
        assert!(PeopleKey::from_hex("xyz").is_err());
        let mut i = input(contest("A", "B", "a@b.de"), Trigger::Warning);
        i.recorded_at = "22.11.2026".into();
        assert!(record(i, &Profile::default(), &key())
            .unwrap_err()
            .to_string()
            .contains("ISO 8601"));
        let mut i = input(contest("A", "B", "a@b.de"), Trigger::Warning);
        i.screenshot = Some("javascript:alert(1)".into());
        assert!(record(i, &Profile::default(), &key()).is_err());
        let v: Value = serde_json::json!({"schema": 2});
        assert!(Incident::from_value(v).unwrap_err().contains("schema 2"));
    }

    #[test]
    fn unix_times_format_as_utc() {
        assert_eq!(utc_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_from_unix(1_795_328_412), "2026-11-22T06:20:12Z");
        assert_eq!(utc_from_unix(951_782_400), "2000-02-29T00:00:00Z");
    }
}
