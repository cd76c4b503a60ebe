//! The extension's reason messages say what the core says.
//!
//! The core renders reasons in English in one place (`Reason::english`);
//! the extension renders every reason code from `_locales` (lib/i18n.js,
//! `reasonText`). This renders each code's English message the way the
//! extension does — parameters in one fixed order, `$1` kind, `$2` people,
//! `$3` label, `$4` account, `$5` record, `$6` evidence, with `chrome.i18n` placeholder
//! rules — and compares it with the core's English; and checks German has
//! every reason, evidence and kind-phrase message English has.

use notmine::rules::Reason;
use serde_json::{Map, Value};
use std::path::Path;

const PARAMS: &[&str] = &["kind", "people", "label", "account", "record", "evidence"];

fn messages(lang: &str) -> Map<String, Value> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("extension/_locales")
        .join(lang)
        .join("messages.json");
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    match serde_json::from_str(&text).expect("messages.json is JSON") {
        Value::Object(m) => m,
        _ => panic!("{} is not an object", p.display()),
    }
}

/// `chrome.i18n.getMessage(key, subs)`: `$NAME$` → its placeholder's
/// content, `$n` there → `subs[n-1]`; `None` when the message is missing.
fn get(m: &Map<String, Value>, key: &str, subs: &[String]) -> Option<String> {
    let entry = m.get(key)?;
    let mut text = entry["message"].as_str()?.to_string();
    if let Some(Value::Object(ph)) = entry.get("placeholders") {
        for (name, def) in ph {
            let content = def["content"].as_str().unwrap_or("");
            let mut value = content.to_string();
            for (i, s) in subs.iter().enumerate().rev() {
                value = value.replace(&format!("${}", i + 1), s);
            }
            let pattern = format!("${}$", name.to_uppercase());
            text = text.replace(&pattern, &value);
        }
    }
    Some(text)
}

fn render(m: &Map<String, Value>, r: &Reason) -> Option<String> {
    let v = serde_json::to_value(r).expect("a reason serialises");
    let code = v["code"].as_str().expect("a code").replace('-', "_");
    let subs: Vec<String> = PARAMS
        .iter()
        .map(|p| match (&v[*p], *p) {
            (Value::Null, _) => Some(String::new()),
            (Value::String(k), "kind") => {
                get(m, &format!("kind_phrase_{}", k.replace('-', "_")), &[])
            }
            (Value::Object(ev), "account") => {
                let by = ev["by"].as_str().unwrap_or("").replace('-', "_");
                let text = ev
                    .get("text")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                get(m, &format!("evidence_{by}"), &[text])
            }
            (Value::Number(n), _) => Some(n.to_string()),
            (Value::String(s), _) => Some(s.clone()),
            (other, p) => panic!("parameter {p} is {other}"),
        })
        .collect::<Option<_>>()?;
    get(m, &format!("reason_{code}"), &subs)
}

#[test]
fn the_english_messages_say_what_the_core_says() {
    let en = messages("en");
    for r in Reason::examples() {
        let got = render(&en, &r).unwrap_or_else(|| panic!("no English message for {r:?}"));
        assert_eq!(got, r.english(), "{r:?}");
    }
}

#[test]
fn every_reason_has_a_german_message_with_its_parameters() {
    let (en, de) = (messages("en"), messages("de"));
    for key in en.keys() {
        if key.starts_with("reason_")
            || key.starts_with("evidence_")
            || key.starts_with("kind_phrase_")
        {
            assert!(de.contains_key(key), "German lacks {key}");
            let ph = |m: &Map<String, Value>| {
                m[key].get("placeholders").map(|p| {
                    let mut k: Vec<String> = p.as_object().unwrap().keys().cloned().collect();
                    k.sort();
                    k
                })
            };
            assert_eq!(ph(&en), ph(&de), "{key}: placeholders differ");
        }
    }
    for r in Reason::examples() {
        let text = render(&de, &r).unwrap_or_else(|| panic!("no German message for {r:?}"));
        assert!(!text.contains('$'), "{text}");
        assert_ne!(text, r.english(), "{r:?} is not translated");
    }
}

#[test]
fn a_wrong_message_is_caught() {
    let mut en = messages("en");
    en.insert(
        "reason_previous_load_differed".into(),
        serde_json::json!({"message": "the previous load showed someone"}),
    );
    assert_ne!(
        render(&en, &Reason::PreviousLoadDiffered).unwrap(),
        Reason::PreviousLoadDiffered.english()
    );
}

/// Every kind the core can report has its word and its phrase in each UI
/// language, and the English phrase is the core's (`DataKind::phrase`): a
/// new kind without them would show as its bare token in the banner.
#[test]
fn every_kind_has_its_word_and_phrase_in_every_language() {
    use notmine::DataKind;
    for lang in ["en", "de"] {
        let m = messages(lang);
        for k in DataKind::ALL {
            let key = k.token().replace('-', "_");
            assert!(
                get(&m, &format!("kind_{key}"), &[]).is_some(),
                "{lang}: no kind_{key}"
            );
            let phrase = get(&m, &format!("kind_phrase_{key}"), &[]);
            assert!(phrase.is_some(), "{lang}: no kind_phrase_{key}");
            if lang == "en" {
                assert_eq!(phrase.as_deref(), Some(k.phrase()), "{k:?}");
            }
        }
    }
}
