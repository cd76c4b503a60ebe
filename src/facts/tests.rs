//! Whole-page tests of the facts: small pages in, the facts out.

use super::*;
use crate::context;
use crate::html::snapshot_from_str;
use crate::kinds::{DataKind, FieldType};
use crate::snapshot::Limits;
use walk::names_region;

/// Each control's name and what NotMine takes its value for.
type Prefilled = (Option<String>, Option<(DataKind, String)>);

fn facts_of(html: &str) -> Vec<Prefilled> {
    let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
    let f = extract(&snap);
    f.controls
        .iter()
        .map(|c| (c.el.attrs.name.clone(), prefilled(c, f.country)))
        .collect()
}

/// Each control's name and the type NotMine gives it.
fn types_of(html: &str) -> Vec<(Option<String>, Option<FieldType>)> {
    let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
    extract(&snap)
        .controls
        .iter()
        .map(|c| (c.el.attrs.name.clone(), c.class.ty))
        .collect()
}

/// Each control's type, in document order.
fn types(html: &str) -> Vec<Option<FieldType>> {
    types_of(html).into_iter().map(|(_, t)| t).collect()
}

#[test]
fn a_day_a_month_and_a_year_beside_a_person_are_a_birth_date() {
    let selects = "<select name=month><option>Month</select>\
                   <select name=day><option>Day</select>\
                   <select name=year><option>Year</select>";
    let bday = Some(FieldType::Bday);
    // A sign-up form (the native selects may be hidden behind custom ones).
    let signup = format!(
        "<form><label>Email <input name=email></label>\
         <div hidden>{selects}</div></form>"
    );
    assert_eq!(
        types_of(&signup)[1..],
        [
            (Some("month".into()), bday),
            (Some("day".into()), bday),
            (Some("year".into()), bday)
        ]
    );
    // A search form asks for no person: a travel date.
    let search = format!("<form><label>From <input name=from></label>{selects}</form>");
    assert!(types_of(&search).iter().all(|(_, t)| t.is_none()));
    // A form that takes a card: the month and year are its expiry's.
    let card = format!(
        "<form><label>Email <input name=email></label>\
         <label>Card number <input name=cardnumber></label>{selects}</form>"
    );
    assert!(types_of(&card)[2..].iter().all(|(_, t)| *t != bday));
    // Two of the three are no date.
    let two = "<form><label>Email <input name=email></label>\
               <select name=month></select><select name=year></select></form>";
    assert!(types_of(two)[1..].iter().all(|(_, t)| t.is_none()));
}

#[test]
fn a_month_or_a_year_right_after_a_card_field_is_the_cards_expiry() {
    let exp = Some(FieldType::CcExp);
    // Labels that name only the month and the year, in a script `fold` drops.
    let zh = "<form><label for=n>信用卡号码：</label><input id=n name=n>\
              <label for=m>月：</label><input id=m name=m>\
              <label for=y>年：</label><input id=y name=y></form>";
    assert_eq!(types(zh), [Some(FieldType::CcNumber), exp, exp]);
    // Selects named by their names alone, after the card holder's name.
    let en = "<form><label>Name on card <input name=holder></label>\
              <select name=month><option>Month</select>\
              <select name=year><option>Year</select></form>";
    assert_eq!(types(en), [Some(FieldType::CcName), exp, exp]);
    // After an email, a month and a year are no card's.
    let other = "<form><label>Email <input name=email></label>\
                 <select name=month></select><select name=year></select></form>";
    assert_eq!(types(other), [Some(FieldType::Email), None, None]);
    // Nor is a field that names a day, or names nothing, after a card number.
    let day = "<form><label>Card number <input name=card></label>\
               <select name=day></select><input name=promo></form>";
    assert_eq!(types(day), [Some(FieldType::CcNumber), None, None]);
}

#[test]
fn where_two_languages_read_a_label_differently_the_pages_language_decides() {
    let page = |lang: &str| {
        format!(
            "<html lang={lang}><form><label for=p>Postnummer</label><input id=p name=p></form></html>"
        )
    };
    // Swedish: the postcode. German: the parcel-station customer number.
    assert_eq!(types(&page("sv-SE")), [Some(FieldType::PostalCode)]);
    assert_eq!(types(&page("de")), [Some(FieldType::CustomerNumber)]);
    // A page that names no language: the table's order (German first).
    assert_eq!(types(&page("\"\"")), [Some(FieldType::CustomerNumber)]);
}

#[test]
fn a_menu_link_that_reads_like_a_label_labels_nothing() {
    let menu = |wrap: &str, end: &str| {
        format!(
            "<title>Mein Konto</title><a href=/logout>Abmelden</a>{wrap}<ul>\
             <li><a href=/a>Passengers with special needs</a></li>\
             <li><a href=/b>Flight Disruption Statement</a></li></ul>{end}"
        )
    };
    assert_eq!(shown_of(&menu("<nav>", "</nav>")).1, vec![]);
    assert_eq!(shown_of(&menu("<div class=main-menu>", "</div>")).1, vec![]);
    // The same two blocks outside the navigation are a label and its
    // value, in an account area too.
    for wrap in [
        "<div>",
        "<div class=account-details>",
        "<section class=user-profile>",
    ] {
        let record = format!(
            "<title>Mein Konto</title><a href=/logout>Abmelden</a>\
             {wrap}<div>Name</div><div>Ingrid Solberg</div></div>"
        );
        assert_eq!(
            shown_of(&record).1,
            vec![(
                Shown::Labelled,
                DataKind::Name,
                "Ingrid Solberg".to_string()
            )],
            "{wrap}"
        );
    }
}

#[test]
fn class_words_name_regions_only_as_whole_words() {
    let marks = |s: &str| walk::Marks::of(&context::padded_fold(s));
    assert!(marks("comment-list").publication);
    assert!(marks("site-footer").publication);
    assert!(marks("userComments").publication);
    assert!(!marks("newsletter-signup").publication);
    assert!(!marks("authorize-form").publication);
    assert!(!marks("blogger-login").publication);
    let m = marks("main-nav account-menu");
    assert!(m.navigation && !m.publication);
}

#[test]
fn a_class_list_names_the_regions_each_table_names_alone() {
    // Marks::of asks the three tables in one look-up per word; it must say
    // what asking each table alone says, for every word of every table, its
    // plural, a part of it, and words of two tables in one class list.
    let tables = [
        context::publication(),
        context::navigation(),
        context::account_area(),
    ];
    let mut classes: Vec<String> = Vec::new();
    for t in tables {
        for w in t {
            classes.push(format!("x-{w}"));
            classes.push(format!("{w}s"));
            classes.push(format!("{w}er-box"));
            classes.push(w.chars().skip(1).collect());
        }
    }
    for (a, b) in tables[0].iter().zip(tables[1].iter().zip(tables[2])) {
        classes.push(format!("{a} {} {}", b.0, b.1));
    }
    for c in &classes {
        let padded = context::padded_fold(c);
        let m = walk::Marks::of(&padded);
        let by_table = [m.publication, m.navigation, m.account_area];
        for (t, got) in tables.iter().zip(by_table) {
            assert_eq!(got, names_region(&padded, t), "{c:?}");
        }
    }
    assert!(classes.len() > 100);
}

#[test]
fn a_form_in_a_footer_article_or_comment_section_is_still_read() {
    let got = facts_of(
        r#"<footer><form class="newsletter"><input type="email" name="nl" value="jonas.brenner@gmx.de"></form></footer>
        <article><div id="comments"><form><label>Name <input name="author" value="Jonas Brenner"></label></form></div></article>"#,
    );
    assert_eq!(
        got,
        [
            (
                Some("nl".into()),
                Some((DataKind::Email, "jonas.brenner@gmx.de".into()))
            ),
            (
                Some("author".into()),
                Some((DataKind::Name, "Jonas Brenner".into()))
            ),
        ]
    );
}

/// A phone number written the way its country writes it nationally is a
/// phone on a page that says it is in that country, and only there: nine
/// digits with no trunk 0 are a Spanish or Polish mobile number, and on a
/// page that says nothing they could be any reference number.
#[test]
fn a_national_phone_number_is_read_in_the_pages_country() {
    use crate::facts::validate_in;
    use crate::lang::countries::by_iso;
    let es = by_iso("ES");
    assert_eq!(
        validate_in(FieldType::Tel, "612 345 678", es),
        Some((DataKind::Phone, "612 345 678".into()))
    );
    assert_eq!(
        validate_in(FieldType::Tel, "512 345 678", by_iso("PL")).map(|x| x.0),
        Some(DataKind::Phone)
    );
    assert_eq!(validate(FieldType::Tel, "612 345 678"), None);
    // The countries read on every page still are.
    assert_eq!(
        validate_in(FieldType::Tel, "030 1234567", es).map(|x| x.0),
        Some(DataKind::Phone)
    );
    // A toll-free number is a business's in the page's country too.
    assert_eq!(validate_in(FieldType::Tel, "900 123 456", es), None);
    let got = facts_of(
        r#"<html lang="pl"><form><label for=t>Telefon</label><input id=t name=telefon value="512 345 678"></form></html>"#,
    );
    assert_eq!(got[0].1.as_ref().map(|x| x.0), Some(DataKind::Phone));
}

#[test]
fn a_value_is_what_it_unmistakably_is_whatever_the_field_is_called() {
    assert_eq!(
        validate(FieldType::StreetAddress, "j.brenner@web.de"),
        Some((DataKind::Email, "j.brenner@web.de".into()))
    );
    assert_eq!(
        validate(FieldType::CustomerNumber, "DE89 3704 0044 0532 0130 00"),
        Some((DataKind::Iban, "DE89 3704 0044 0532 0130 00".into()))
    );
    assert_eq!(
        validate(FieldType::Country, "4111 1111 1111 1111").map(|x| x.0),
        Some(DataKind::Card)
    );
    assert_eq!(validate(FieldType::PostalCode, "Berlin"), None);
    let got =
        facts_of(r#"<label>Student ID <input name="id" value="m.keller@uni-bern.ch"></label>"#);
    assert_eq!(
        got[0].1,
        Some((DataKind::Email, "m.keller@uni-bern.ch".into()))
    );
}

fn shown_of(html: &str) -> (Option<String>, Vec<(Shown, DataKind, String)>) {
    let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
    let f = extract(&snap);
    let values = f
        .values
        .iter()
        .map(|v| (v.how, v.kind, v.raw.clone()))
        .collect();
    (f.account.map(|a| a.english()), values)
}

#[test]
fn a_greeting_counts_only_when_it_addresses_a_signed_in_visitor() {
    // In the header of a logged-in page: the customer.
    let (account, values) = shown_of(
        r#"<header><span>Hallo Timo!</span> <a href="/logout">Abmelden</a></header><main><h1>Angebote</h1></main>"#,
    );
    assert_eq!(
        account.as_deref(),
        Some("a greeting to a logged-in customer")
    );
    assert_eq!(
        values,
        [(Shown::Greeting, DataKind::Name, "Timo".to_string())]
    );
    // A brand in a shop's menu, with nobody logged in; a blog post.
    for html in [
        r#"<header><nav><a href="/c/kitty">Hello Kitty</a> <a href="/login">Anmelden</a></nav></header>"#,
        r#"<article><p>Hallo Sönke,</p><p>schön, dass du da bist.</p></article><a href="/logout">Log out</a>"#,
        r#"<main><p>Welcome, Anna</p></main>"#,
    ] {
        assert_eq!(shown_of(html), (None, vec![]), "{html}");
    }
    // "Signed in as" says it on its own; a sample address greets nobody.
    let (_, values) = shown_of(r#"<p>Angemeldet als jonas.brenner</p>"#);
    assert_eq!(values.len(), 1);
    let (_, values) =
        shown_of(r#"<header>Welcome, test@example.com <a href="/logout">Log out</a></header>"#);
    assert!(values.is_empty());
}

#[test]
fn sign_in_and_sign_up_pages_are_no_account_view() {
    let (account, values) = shown_of(
        r#"<title>Log in to your account</title><h1>My account</h1><dl><dt>Name</dt><dd>Cookie Settings</dd></dl>"#,
    );
    assert_eq!(account, None);
    assert!(values.is_empty());
    // A log-out link alone makes no account view of a news page; with a
    // record of personal data it does.
    let news =
        r#"<a href="/logout">Abmelden</a><div>Stadt, Region, Land</div><div>Attraktionen</div>"#;
    assert_eq!(shown_of(news).0, None);
    let (account, values) = shown_of(
        r#"<a href="/logout">Log out</a><table><tr><th>Driver</th><th>Email</th></tr><tr><td>Kwame Mensah</td><td>kwame@gmail.com</td></tr></table>"#,
    );
    assert!(account.is_some());
    assert_eq!(values.len(), 2);
    // The record may stand in the site's account area; in its
    // navigation it is no record.
    let record = |wrap: &str, end: &str| {
        format!(
            r#"<a href="/logout">Log out</a>{wrap}<dl><dt>Name</dt><dd>Ingrid Solberg</dd><dt>E-Mail</dt><dd>ingrid.solberg@posteo.no</dd></dl>{end}"#
        )
    };
    assert!(
        shown_of(&record("<section class=account-details>", "</section>"))
            .0
            .is_some()
    );
    assert_eq!(shown_of(&record("<nav>", "</nav>")).0, None);
}

#[test]
fn text_under_a_label_must_look_like_a_value_of_its_kind() {
    let page = |body: &str| format!("<title>Mein Konto</title>{body}");
    // Another label, a lower-case word, a price, a service number.
    for body in [
        "<p>Address 2: Please enter address</p>",
        "<dl><dt>Vorname</dt><dd>required.</dd></dl>",
        "<dl><dt>Lieferadresse</dt><dd>3,95€ - Gratis ab 50 €</dd></dl>",
        "<dl><dt>Fax</dt><dd>+1-866-534-3097</dd></dl>",
        "<p>Login: English</p>",
    ] {
        let (_, values) = shown_of(&page(body));
        assert!(values.is_empty(), "{body}: {values:?}");
    }
    let (_, values) = shown_of(&page(
        "<dl><dt>Username</dt><dd>dokafor</dd><dt>Telefon</dt><dd>0941 5872034</dd></dl>",
    ));
    assert_eq!(
        values.iter().map(|v| v.1).collect::<Vec<_>>(),
        [DataKind::Username, DataKind::Phone]
    );
}

#[test]
fn the_field_before_the_password_of_a_sign_in_form_is_the_login_identifier() {
    // An email field that signs in: `username`, as HTML names it.
    assert_eq!(
        types(
            r#"<form><label>E-Mail <input type="email" name="email"></label><input type="password" name="pw"></form>"#
        ),
        [Some(FieldType::Username), None]
    );
    // `autocomplete="email"` says what the identifier looks like, not
    // what the field is for; another declared type is taken at its word.
    assert_eq!(
        types(
            r#"<form><input type="email" autocomplete="email"><input type="password" autocomplete="current-password"></form>"#
        ),
        [Some(FieldType::Username), None]
    );
    assert_eq!(
        types(r#"<form><input name="login" autocomplete="tel"><input type="password"></form>"#),
        [Some(FieldType::Tel), None]
    );
    // Not in a sign-up form, nor in a newsletter box without a password.
    assert_eq!(
        types(
            r#"<form><input type="email" autocomplete="email"><input type="password"><button>Sign up</button></form>"#
        ),
        [Some(FieldType::Email), None]
    );
    assert_eq!(
        types(
            r#"<form><label>Name <input name="name"></label><label>E-Mail <input type="email"></label><input type="password"></form>"#
        ),
        [Some(FieldType::Name), Some(FieldType::Email), None]
    );
    assert_eq!(
        types(
            r#"<title>Create an account</title><form><label>E-Mail <input type="email"></label><input type="password"></form>"#
        ),
        [Some(FieldType::Email), None]
    );
    assert_eq!(
        types(r#"<footer><form><input type="email" name="newsletter"></form></footer>"#),
        [Some(FieldType::Email)]
    );
    // Identifier first: the password field waits, hidden, for step two.
    assert_eq!(
        types(
            r#"<form><input type="email" name="loginfmt"><div hidden><input type="password" name="passwd"></div><button>Next</button></form>"#
        ),
        [Some(FieldType::Username), None]
    );
    // Two hidden passwords are a sign-up's.
    assert_eq!(
        types(
            r#"<form><input type="email" name="email"><div hidden><input type="password"><input type="password"></div></form>"#
        ),
        [Some(FieldType::Email), None, None]
    );
}

#[test]
fn a_forms_own_buttons_say_whether_it_signs_in_or_up() {
    // A sign-up form on a page that does not say so: its button does.
    assert_eq!(
        types(
            r#"<form><label>Email <input type="email" name="email"></label><input type="password" name="pw"><button>Create account</button></form>"#
        ),
        [Some(FieldType::Email), None]
    );
    assert_eq!(
        types(
            r#"<form><input type="email" name="email"><input type="password"><input type="submit" value="Sign up"></form>"#
        ),
        [Some(FieldType::Email), None]
    );
    // A sign-in form on a page headed "Sign in or register".
    assert_eq!(
        types(
            r#"<h1>Sign in or register</h1><form><input type="email" name="email"><input type="password"><button type="submit">Log in</button></form>"#
        ),
        [Some(FieldType::Username), None]
    );
    // The submit button speaks before a button that opens another form,
    // and another site's sign-in says nothing about this form.
    assert_eq!(
        types(
            r#"<h2>Having sign-up issues?</h2><form><input type="email" name="email"><input type="password"><button type="submit">Log In</button><button type="button">Sign Up</button></form>"#
        ),
        [Some(FieldType::Username), None]
    );
    assert_eq!(
        types(
            r#"<form><input type="email" name="email"><input type="password"><button>Sign up</button><button type="button">Sign in with Google</button></form>"#
        ),
        [Some(FieldType::Email), None]
    );
    // A multi-step sign-up shows its submit button last: hidden, it
    // still says what the form does.
    assert_eq!(
        types(
            r#"<form><input type="email" name="email"><input type="password"><div hidden><button type="submit">Create account</button></div></form>"#
        ),
        [Some(FieldType::Email), None]
    );
}

#[test]
fn a_birth_date_in_three_selects_is_read_as_one_date() {
    let date = |html: &str| {
        let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        let f = extract(&snap);
        let all: Vec<&ControlFact<'_>> = f.controls.iter().collect();
        split_birth_date(&all).map(|(c, d)| (c.el.attrs.name.clone(), d))
    };
    let form = |m: &str, d: &str, y: &str| {
        format!(
            r#"<label>Date of birth <select name="dob_month"><option>Month</option><option {m}>Apr</option></select></label>
            <select name="dob_day"><option>Day</option><option {d}>6</option></select>
            <select name="dob_year"><option>Year</option><option {y}>1953</option></select>"#
        )
    };
    assert_eq!(
        date(&form("selected", "selected", "selected")),
        Some((Some("dob_year".into()), "1953-04-06".into()))
    );
    // Nothing chosen by the page: no date.
    assert_eq!(date(&form("", "selected", "selected")), None);
    // Unlabelled parts are placed by range: a day above 12 is a day.
    assert_eq!(
        date(r#"<label>Geburtsdatum <select name="a"><option selected>24</option></select><select name="b"><option selected>3</option></select><select name="c"><option selected>1986</option></select></label>"#)
            .map(|x| x.1),
        Some("1986-03-24".into())
    );
}
