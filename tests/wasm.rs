//! wasm-bindgen tests of the glue, run under node or headless Chromium by
//! `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn judges_a_prefilled_form_from_a_js_object() {
    let snap = js(
        r#"{"schema":1,"url":"https://x.test/","title":"Gewinnspiel","lang":"de","body":[
        {"tag":"form","children":[
          {"tag":"label","attrs":{"for":"v"},"children":["Vorname"]},
          {"tag":"input","attrs":{"id":"v","name":"vorname"},"control":{"value":"Jonas","default_value":"Jonas"}},
          {"tag":"label","attrs":{"for":"e"},"children":["E-Mail"]},
          {"tag":"input","attrs":{"id":"e","name":"email","type":"email"},"control":{"value":"jonas.brenner@gmx.de","default_value":"jonas.brenner@gmx.de"}}
        ]}]}"#,
    );
    let line = notmine::wasm::scan_line("p", snap, JsValue::NULL).unwrap();
    assert!(line.contains(r#""warn":true"#), "{line}");
    assert!(line.contains(r#""severity":"low""#), "{line}");
    assert!(line.contains(r#""type":"given-name""#), "{line}");
}

#[wasm_bindgen_test]
fn rejects_wrong_schema_and_bad_profile() {
    let err = notmine::wasm::judge(js(r#"{"schema":7}"#), JsValue::NULL).unwrap_err();
    let msg: JsValue = err.into();
    let text = js_sys::Error::from(msg).message().as_string().unwrap();
    assert!(text.contains("schema version 7"), "{text}");
    assert!(notmine::wasm::check_profile(r#"{"nmaes":[]}"#).is_err());
}

/// "This is me" through the glue: the claim carries the values in clear,
/// shaped as profile entries, and merging them makes the page quiet.
#[wasm_bindgen_test]
fn claim_and_merge_silence_the_page() {
    let snap_json = r#"{"schema":1,"url":"https://x.test/","title":"Gewinnspiel","lang":"de","body":[
        {"tag":"form","children":[
          {"tag":"label","attrs":{"for":"v"},"children":["Vorname"]},
          {"tag":"input","attrs":{"id":"v","name":"vorname"},"control":{"value":"Jonas","default_value":"Jonas"}},
          {"tag":"label","attrs":{"for":"n"},"children":["Nachname"]},
          {"tag":"input","attrs":{"id":"n","name":"nachname"},"control":{"value":"Brenner","default_value":"Brenner"}},
          {"tag":"label","attrs":{"for":"e"},"children":["E-Mail"]},
          {"tag":"input","attrs":{"id":"e","name":"email","type":"email"},"control":{"value":"jonas.brenner@gmx.de","default_value":"jonas.brenner@gmx.de"}}
        ]}]}"#;
    let claim = notmine::wasm::claim(js(snap_json), JsValue::NULL).unwrap();
    let text = js_sys::JSON::stringify(&claim)
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(
        text,
        r#"{"additions":{"names":["Jonas Brenner"],"emails":["jonas.brenner@gmx.de"]},"not_stored":[]}"#
    );
    let additions = js_sys::Reflect::get(&claim, &JsValue::from_str("additions")).unwrap();
    let profile = notmine::wasm::merge_profile(JsValue::NULL, additions).unwrap();
    let line = notmine::wasm::scan_line("p", js(snap_json), profile).unwrap();
    assert!(line.contains(r#""warn":false"#), "{line}");
}

#[wasm_bindgen_test]
fn merge_refuses_malformed_additions() {
    let err = notmine::wasm::merge_profile(JsValue::NULL, js(r#"{"nmaes":["x"]}"#)).unwrap_err();
    let msg: JsValue = err.into();
    let text = js_sys::Error::from(msg).message().as_string().unwrap();
    assert!(text.contains("the values to add are malformed"), "{text}");
}

#[wasm_bindgen_test]
fn a_misspelt_profile_key_is_an_error_not_an_empty_profile() {
    let snap = js(r#"{"schema":1,"url":"https://x.test/","title":"t","lang":"de","body":[]}"#);
    let err = notmine::wasm::judge(snap, js(r#"{"nmaes":["Katrin Vogelsang"]}"#)).unwrap_err();
    let msg: JsValue = err.into();
    let text = js_sys::Error::from(msg).message().as_string().unwrap();
    assert!(text.contains("unknown field `nmaes`"), "{text}");
}

/// Typed values through the glue (`typedIdentity`): the `#[serde(flatten)]`
/// of the result must survive serde-wasm-bindgen, the people must be keyed
/// hashes (64 hex digits), and what the profile holds is not offered again.
#[wasm_bindgen_test]
fn typed_identity_flattens_and_offers_only_what_is_new() {
    let snap = r#"{"schema":1,"url":"https://shop.test/kasse","title":"Kasse","lang":"de","body":[
        {"tag":"form","children":[
          {"tag":"label","attrs":{"for":"v"},"children":["Vorname"]},
          {"tag":"input","attrs":{"id":"v","name":"vorname"},"control":{"value":"Katrin","default_value":"","user_modified":true}},
          {"tag":"label","attrs":{"for":"n"},"children":["Nachname"]},
          {"tag":"input","attrs":{"id":"n","name":"nachname"},"control":{"value":"Vogelsang","default_value":"","user_modified":true}},
          {"tag":"label","attrs":{"for":"e"},"children":["E-Mail"]},
          {"tag":"input","attrs":{"id":"e","name":"email","type":"email"},"control":{"value":"katrin.vogelsang@posteo.de","default_value":"","user_modified":true}}
        ]}]}"#;
    let key = "11".repeat(32);
    let profile = js(r#"{"emails":["Katrin.Vogelsang@posteo.de"]}"#);
    let out = notmine::wasm::typed_identity(js(snap), profile, &key).unwrap();
    let get = |k: &str| {
        js_sys::JSON::stringify(&js_sys::Reflect::get(&out, &JsValue::from_str(k)).unwrap())
            .unwrap()
            .as_string()
            .unwrap()
    };
    assert_eq!(
        get("typed"),
        r#"{"names":["Katrin Vogelsang"],"emails":["katrin.vogelsang@posteo.de"]}"#
    );
    assert_eq!(get("additions"), r#"{"names":["Katrin Vogelsang"]}"#);
    let people: Vec<String> = serde_json::from_str(&get("people")).unwrap();
    assert_eq!(people.len(), 2, "the email, and the name");
    assert!(
        people
            .iter()
            .all(|p| p.len() == 64 && p.bytes().all(|b| b.is_ascii_hexdigit())),
        "{people:?}"
    );
}
