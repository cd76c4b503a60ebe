//! Writing a person into a page's labelled fields, as a server would have
//! sent them: the `value` attribute of an input, the text of a textarea,
//! the `selected` option of a select.
//!
//! Values follow what a browser keeps: an `<input type="number">` holding
//! "LS6 2AB" or a `type="date"` holding "14.03.1986" would show nothing in
//! a browser (the value is sanitised away) while a parser still reads the
//! attribute, so such fields are left alone rather than judged differently
//! by the CLI and the extension.

use super::people::Person;
use html5ever::{ns, LocalName, QualName};
use scraper::node::Text;
use scraper::{Html, Node};

/// What was written into one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub value: String,
    /// The field is an email field.
    pub email: bool,
}

/// Input types whose value is no person's text, or that a server does not
/// pre-fill with one.
const NOT_FILLED: &[&str] = &[
    "hidden",
    "password",
    "checkbox",
    "radio",
    "submit",
    "reset",
    "button",
    "image",
    "file",
    "range",
    "color",
    "month",
    "week",
    "time",
    "datetime-local",
];

/// The value `person` has for a field labelled `ty`, or `None` when the type
/// is not one a stranger's data is written into (usernames, passwords,
/// countries, card numbers: the measured leak is a person's identity and
/// address).
fn value_for(ty: &str, p: &Person) -> Option<String> {
    let (y, m, d) = p.bday;
    let v = match ty {
        "given-name" => p.given.clone(),
        "family-name" => p.family.clone(),
        "additional-name" => p.additional.clone(),
        "name" => p.full.clone(),
        "cc-name" => p.card_holder.clone(),
        "email" => p.email.clone(),
        "tel" => p.tel.clone(),
        "tel-national" => p.tel_national.clone(),
        "street-address" | "address-line1" => p.street.clone(),
        "address-line2" | "address-line3" => p.line2.clone(),
        "x-street-name" => p.street_name.clone(),
        "x-house-number" => p.house_number.clone(),
        "postal-code" => p.postcode.clone(),
        "address-level2" => p.city.clone(),
        "bday" => p.bday_text.clone(),
        "bday-day" if d > 0 => d.to_string(),
        "bday-month" if m > 0 => m.to_string(),
        "bday-year" if y > 0 => y.to_string(),
        _ => return None,
    };
    (!v.trim().is_empty()).then_some(v)
}

fn attr_name(name: &str) -> QualName {
    QualName::new(None, ns!(), LocalName::from(name))
}

/// Sets or replaces an attribute.
fn set_attr(el: &mut scraper::node::Element, name: &str, value: &str) {
    el.attrs.retain(|(k, _)| &*k.local != name);
    el.attrs.push((attr_name(name), value.into()));
}

/// Writes `p`'s value for a field labelled `ty` into the element `id`.
/// Returns what was written, or `None` when the field was left alone.
pub fn fill(doc: &mut Html, id: ego_tree::NodeId, ty: &str, p: &Person) -> Option<Fill> {
    let mut value = value_for(ty, p)?;
    let (tag, input_type) = {
        let node = doc.tree.get(id)?;
        let el = node.value().as_element()?;
        (
            el.name().to_ascii_lowercase(),
            el.attr("type")
                .map(|t| t.trim().to_ascii_lowercase())
                .unwrap_or_default(),
        )
    };
    match tag.as_str() {
        "input" => {
            if NOT_FILLED.contains(&input_type.as_str()) {
                return None;
            }
            if input_type == "date" {
                if ty != "bday" || p.bday.0 == 0 {
                    return None;
                }
                let (y, m, d) = p.bday;
                value = format!("{y:04}-{m:02}-{d:02}");
            }
            if input_type == "number" && value.trim().parse::<f64>().is_err() {
                return None;
            }
            let mut node = doc.tree.get_mut(id)?;
            if let Node::Element(el) = node.value() {
                set_attr(el, "value", &value);
            }
        }
        "textarea" => {
            let mut node = doc.tree.get_mut(id)?;
            while let Some(mut c) = node.first_child() {
                c.detach();
            }
            node.append(Node::Text(Text {
                text: value.as_str().into(),
            }));
        }
        "select" => {
            value = select_option(doc, id, ty, &value)?;
        }
        _ => return None,
    }
    Some(Fill {
        value,
        email: ty == "email",
    })
}

/// Marks the option of a select that stands for `value` as selected; `None`
/// when no option does.
fn select_option(doc: &mut Html, id: ego_tree::NodeId, ty: &str, value: &str) -> Option<String> {
    let want: Vec<String> = {
        let v = value.trim().to_lowercase();
        let mut w = vec![v.clone()];
        if ty.starts_with("bday") {
            if let Ok(n) = v.parse::<u32>() {
                w.push(format!("{n:02}"));
                w.push(n.to_string());
            }
        }
        w
    };
    let options: Vec<ego_tree::NodeId> = doc
        .tree
        .get(id)?
        .descendants()
        .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "option"))
        .map(|n| n.id())
        .collect();
    let chosen = options.iter().copied().find(|&o| {
        let Some(node) = doc.tree.get(o) else {
            return false;
        };
        let text: String = node
            .descendants()
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect();
        let val = node
            .value()
            .as_element()
            .and_then(|e| e.attr("value"))
            .map(str::to_string)
            .unwrap_or_else(|| text.clone());
        [val, text]
            .iter()
            .any(|s| want.contains(&s.trim().to_lowercase()))
    })?;
    for o in options {
        let mut node = doc.tree.get_mut(o)?;
        if let Node::Element(el) = node.value() {
            el.attrs.retain(|(k, _)| &*k.local != "selected");
            if o == chosen {
                el.attrs.push((attr_name("selected"), "".into()));
            }
        }
    }
    Some(value.to_string())
}

/// The page as UTF-8 bytes with a byte-order mark, which wins over any
/// `<meta charset>` the page declares, in browsers and in the CLI alike.
pub fn serialize(doc: &Html) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend_from_slice(doc.html().as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::people::{stranger, Rng};

    fn first(doc: &Html, sel: &str) -> ego_tree::NodeId {
        doc.select(&scraper::Selector::parse(sel).unwrap())
            .next()
            .unwrap()
            .id()
    }

    #[test]
    fn fills_inputs_textareas_and_selects_as_a_server_would() {
        let mut doc = Html::parse_document(
            r#"<meta charset="windows-1252"><form>
            <input id="fn" value="old"><input id="em" type="email"><textarea id="st">x</textarea>
            <input id="zip" type="number"><input id="pw" type="password">
            <input id="bd" type="date">
            <select id="m"><option value="">Month</option><option value="3" selected>March</option><option value="7">July</option></select>
            </form>"#,
        );
        let mut p = stranger(&mut Rng::new(1));
        p.postcode = "LS6 2AB".into();
        p.bday = (1980, 7, 9);
        let ids: Vec<_> = ["#fn", "#em", "#st", "#zip", "#pw", "#bd", "#m"]
            .iter()
            .map(|s| first(&doc, s))
            .collect();
        assert_eq!(
            fill(&mut doc, ids[0], "given-name", &p).unwrap().value,
            p.given
        );
        assert!(fill(&mut doc, ids[1], "email", &p).unwrap().email);
        assert_eq!(
            fill(&mut doc, ids[2], "street-address", &p).unwrap().value,
            p.street
        );
        // A number input cannot hold "LS6 2AB"; a password is never filled.
        assert_eq!(fill(&mut doc, ids[3], "postal-code", &p), None);
        assert_eq!(fill(&mut doc, ids[4], "given-name", &p), None);
        assert_eq!(
            fill(&mut doc, ids[5], "bday", &p).unwrap().value,
            "1980-07-09"
        );
        assert_eq!(fill(&mut doc, ids[6], "bday-month", &p).unwrap().value, "7");
        let html = String::from_utf8(serialize(&doc)).unwrap();
        assert!(html.starts_with('\u{feff}'));
        assert!(
            html.contains(&format!(r#"id="fn" value="{}""#, p.given)),
            "{html}"
        );
        assert!(!html.contains("old"));
        assert!(html.contains(&format!(">{}</textarea>", p.street)));
        assert!(
            html.contains(r#"<option value="7" selected="">July</option>"#),
            "{html}"
        );
        assert!(html.contains(r#"<option value="3">March</option>"#));
        assert!(html.contains(r#"value="1980-07-09""#));
    }

    #[test]
    fn types_without_a_persons_value_are_left_alone() {
        let mut doc = Html::parse_document(r#"<input id="u"><input id="c">"#);
        let p = stranger(&mut Rng::new(2));
        let u = first(&doc, "#u");
        let c = first(&doc, "#c");
        assert_eq!(fill(&mut doc, u, "username", &p), None);
        assert_eq!(fill(&mut doc, c, "country", &p), None);
    }
}
