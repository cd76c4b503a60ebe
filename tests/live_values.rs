//! What only the live DOM knows: a control's current value next to the
//! server-sent default, and who put it there.
#![cfg(not(target_arch = "wasm32"))]

use notmine::{judge, Profile, Snapshot};

fn page(control: &str) -> Snapshot {
    let json = format!(
        r#"{{"schema":1,"url":"https://shop.example/reset","title":"Passwort vergessen","lang":"de",
        "body":[{{"tag":"form","children":[
          {{"tag":"label","attrs":{{"for":"m"}},"children":["E-Mail-Adresse"]}},
          {{"tag":"input","attrs":{{"id":"m","name":"email","type":"email"}},"control":{control}}}]}}]}}"#
    );
    serde_json::from_str(&json).unwrap()
}

fn kinds(s: &Snapshot) -> Vec<String> {
    judge(s, &Profile::default())
        .findings
        .iter()
        .map(|f| format!("{}:{}", f.kind.token(), f.raw))
        .collect()
}

#[test]
fn a_value_set_by_script_after_load_is_judged() {
    let s = page(r#"{"value":"thomas.wendler@freenet.de","default_value":""}"#);
    assert_eq!(kinds(&s), ["email:thomas.wendler@freenet.de"]);
}

#[test]
fn the_value_shown_wins_over_the_default() {
    // The page's script emptied the field: nothing is shown, nothing leaks.
    let s = page(r#"{"value":"","default_value":"thomas.wendler@freenet.de"}"#);
    assert!(kinds(&s).is_empty());
}

#[test]
fn what_the_user_typed_or_autofilled_is_theirs() {
    for flag in ["user_modified", "autofilled"] {
        let s = page(&format!(
            r#"{{"value":"thomas.wendler@freenet.de","default_value":"thomas.wendler@freenet.de","{flag}":true}}"#
        ));
        assert!(kinds(&s).is_empty(), "{flag}");
    }
}
