//! Person names, salutations and greetings.
//!
//! Names are the hardest value to recognise: no checksum, no fixed shape,
//! and every page is full of capitalised words. So this module leans on
//! what surrounds a name rather than on the name alone: a salutation before
//! it ("Frau Dr. Vogelsang"), a greeting or sign-in line that starts a text
//! ("Willkommen zurück, Katrin Vogelsang!"), or a field that asks for one.
//! [`looks_like_person_name`] then only has to tell a name from interface
//! vocabulary ("Mein Konto", "Warenkorb"), which a stop list does well.

use super::email::is_email;
use super::MAX_VALUE_LEN;
use crate::text::{fold, fold_value, word_key};

/// Salutations and titles, folded (lower case, ASCII, words separated by
/// single spaces: "Dipl.-Ing." is "dipl ing", "Sig.ra" is "sig ra").
/// "m" (French "M.") counts only before a capitalised word.
/// Salutations and titles in every language ([`crate::lang::Lang::honorifics`]),
/// folded; "m" (French "M.") counts only before a capitalised word.
pub fn honorifics() -> &'static [&'static str] {
    crate::lang::honorifics()
}

/// Lower-case name particles: "Ursula von der Leyen", "Vincent van Gogh",
/// "Gabriel García y Márquez", "Osama bin Laden".
fn particles() -> &'static [&'static str] {
    crate::lang::name_particles()
}

/// Interface and form vocabulary that shows up capitalised where a name
/// could stand, folded. A value with any of these words is not a name.
/// City and country names that are also surnames stay out, and so do words
/// that are common first or family names ("Page", "Close", "Edit", "Mia").
fn stopwords() -> &'static [&'static str] {
    crate::lang::name_stopwords()
}

/// The greeting and sign-in phrases of every language, folded
/// ([`crate::lang::Lang::hello`], [`crate::lang::Lang::signed_in`]): the
/// languages that have any.
fn languages() -> impl Iterator<Item = &'static crate::lang::Lang> {
    crate::lang::ALL
        .iter()
        .copied()
        .filter(|l| !l.hello.is_empty() || !l.signed_in.is_empty())
}

/// First words after a greeting that show it addresses no one: "Willkommen
/// bei MobilNet", "Welcome to our shop", "Hallo und …", "Bonjour à tous".
fn not_addressees() -> &'static [&'static str] {
    crate::lang::not_addressees()
}

/// Longest name we accept, in chars.
const MAX_NAME_CHARS: usize = 60;
/// Most words a name has (particles included): "Maria del Carmen García López".
const MAX_NAME_WORDS: usize = 5;
/// How much of a text a greeting may span.
const MAX_GREETING_CHARS: usize = 80;
/// Longest greeting phrase, in words.
const MAX_GREETING_WORDS: usize = 5;
/// Longest login name we accept after "signed in as".
const MAX_LOGIN_CHARS: usize = 64;

/// Strips leading salutations and titles ("Frau Dr. Katrin Vogelsang" →
/// "Katrin Vogelsang") and trailing punctuation.
pub fn strip_honorifics(s: &str) -> &str {
    trim_name_end(split_honorifics(s).1)
}

/// The number of leading honorifics and what follows them.
fn split_honorifics(s: &str) -> (usize, &str) {
    let mut rest = s.trim_start();
    let mut count = 0;
    // Four is more titles than anyone carries ("Frau Prof. Dr. Dr.").
    while count < 4 {
        match leading_honorific(rest) {
            Some(after) => {
                rest = after;
                count += 1;
            }
            None => break,
        }
    }
    (count, rest)
}

/// If `s` starts with an honorific, the text after it (and its dot).
fn leading_honorific(s: &str) -> Option<&str> {
    // The first few letter runs, joined only by ". -" (so "Dipl.-Ing." and
    // "Dr. med." can match as one title).
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(3);
    let mut pos = 0;
    while words.len() < 3 {
        let len: usize = s[pos..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            break;
        }
        words.push((pos, pos + len));
        let sep: usize = s[pos + len..]
            .chars()
            .take_while(|c| matches!(c, '.' | ' ' | '-'))
            .map(char::len_utf8)
            .sum();
        if sep == 0 {
            break;
        }
        pos += len + sep;
    }
    let folded: Vec<String> = words.iter().map(|&(a, b)| word_key(&s[a..b])).collect();
    for k in (1..=words.len()).rev() {
        let title = folded[..k].join(" ");
        if !honorifics().contains(&title.as_str()) {
            continue;
        }
        let rest = &s[words[k - 1].1..];
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let after = rest.trim_start_matches(|c: char| c == '.' || c == ',' || c.is_whitespace());
        if title == "m" && (after.len() == rest.len() || !after.starts_with(char::is_uppercase)) {
            continue;
        }
        return Some(after);
    }
    None
}

/// Trims trailing punctuation, symbols and emoji; a final dot goes too
/// unless it marks an initial ("Jonas B.").
fn trim_name_end(s: &str) -> &str {
    let mut t = s;
    loop {
        t = t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let Some(body) = t.strip_suffix('.') else {
            return t;
        };
        let last_word = body.chars().rev().take_while(|c| c.is_alphabetic()).count();
        let before = body.chars().rev().nth(last_word);
        let initial = last_word == 1 && before.is_none_or(|c| c.is_whitespace());
        if initial {
            return t;
        }
        t = body;
    }
}

/// Whether the whole value reads as one person's name. `strict` demands two
/// name words or a salutation ("Frau Vogelsang") and capitalisation;
/// otherwise one word and all-lower-case spellings pass too.
pub fn looks_like_person_name(s: &str, strict: bool) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_VALUE_LEN {
        return false;
    }
    let (honorifics, rest) = split_honorifics(s);
    let rest = trim_name_end(rest);
    if rest.is_empty() || rest.chars().count() > MAX_NAME_CHARS {
        return false;
    }
    if rest.chars().any(|c| c.is_numeric() || c == '@') {
        return false;
    }
    if has_stopword(rest) {
        return false;
    }
    // "Vogelsang, Katrin": at most one comma, with words on both sides.
    let parts: Vec<&str> = rest.split(',').collect();
    if parts.len() > 2 || parts.iter().any(|p| p.trim().is_empty()) {
        return false;
    }
    let (mut words, mut names, mut upper, mut lower, mut letters) = (0, 0, 0, 0, 0);
    for w in parts.iter().flat_map(|p| p.split_whitespace()) {
        words += 1;
        if particles().contains(&w) {
            continue;
        }
        match word_case(w) {
            Some(true) => upper += 1,
            Some(false) => lower += 1,
            None => return false,
        }
        names += 1;
        letters += w.chars().filter(|c| c.is_alphabetic()).count();
    }
    if names == 0 || words > MAX_NAME_WORDS {
        return false;
    }
    // All capitalised, or (when lenient) all lower case; never mixed.
    if lower > 0 && (strict || upper > 0) {
        return false;
    }
    if strict {
        names >= 2 || honorifics > 0
    } else {
        names >= 2 || letters >= 2
    }
}

/// Checks one name word and reports whether it starts upper-case. Letters
/// of any script, inner hyphens ("Müller-Lüdenscheidt") and apostrophes
/// ("O'Brien", "d'Artagnan"), or an initial with its dot ("K.").
fn word_case(w: &str) -> Option<bool> {
    let body = match w.strip_suffix('.') {
        Some(b) if b.chars().count() == 1 => b,
        Some(_) => return None,
        None => w,
    };
    let mut prev_letter = false;
    for c in body.chars() {
        let letter = c.is_alphabetic();
        let joiner = prev_letter && matches!(c, '-' | '\'' | '\u{2019}');
        if !(letter || joiner) {
            return None;
        }
        prev_letter = letter;
    }
    if !prev_letter {
        return None;
    }
    let mut chars = body.chars();
    let first = chars.next()?;
    if first.is_uppercase() {
        return Some(true);
    }
    // "d'Artagnan", "l'Hermite": a lower-case elided particle.
    let elided = matches!(chars.next(), Some('\'' | '\u{2019}'));
    Some(elided && chars.next().is_some_and(char::is_uppercase))
}

/// The person a greeting or sign-in line addresses, if the text starts with
/// one: "Hallo Frau Vogelsang" → "Frau Vogelsang", "Eingeloggt als
/// jonas.brenner" → "jonas.brenner". Salutations are kept; trailing
/// punctuation and emoji are not.
pub fn greeting_name(text: &str) -> Option<&str> {
    greeting(text).map(|(name, _)| name)
}

/// [`greeting_name`], and whether the phrase says the person is signed in
/// ("Angemeldet als", "Signed in as") rather than only greeting them.
pub fn greeting(text: &str) -> Option<(&str, bool)> {
    let t = text.trim_start();
    let t = match t.char_indices().nth(MAX_GREETING_CHARS) {
        Some((i, _)) => &t[..i],
        None => t,
    };
    let (end, login) = match_greeting(t)?;
    let rest = t[end..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ':' | '-' | '\u{2013}' | '\u{2014}')
    });
    let part = trim_name_end(addressed_part(rest));
    let first_word = part.split_whitespace().next()?;
    if not_addressees().contains(&word_key(first_word).as_str()) {
        return None;
    }
    let several_words = part.split_whitespace().nth(1).is_some();
    if looks_like_person_name(part, false)
        && !(several_words && part.starts_with(char::is_lowercase))
    {
        return Some((part, login));
    }
    if login {
        let token = login_token(rest);
        if is_email(token) || is_login(token) {
            return Some((token, true));
        }
    }
    None
}

/// The first word of every greeting phrase, for the fast exit above.
fn greeting_first_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        languages()
            .flat_map(|lang| lang.hello.iter().chain(lang.signed_in.iter()))
            .filter_map(|p| p.split(' ').next())
            .collect()
    })
}

/// Whether `text` starts with a word some greeting starts with: the fast
/// exit for almost every line of a page, asked before anything is folded
/// or joined. [`greeting`] is `None` when this is `false`.
pub fn may_greet(text: &str) -> bool {
    let t = text.trim_start();
    let first_len: usize = t
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    if first_len == 0 || first_len > 32 {
        return false;
    }
    let word = &t[..first_len];
    if !word.is_ascii() {
        return greeting_first_words().contains(word_key(word).as_str());
    }
    // An ASCII word's key is the word in lower case, unless a capital
    // follows a small letter or digit ("HalloWelt"): `fold` splits there,
    // and no first word of a greeting holds a space. Read on the stack.
    let mut key = [0u8; 32];
    let mut prev_lower = false;
    for (k, b) in key.iter_mut().zip(word.bytes()) {
        if b.is_ascii_uppercase() && prev_lower {
            return false;
        }
        prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
        *k = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&key[..first_len]).is_ok_and(|k| greeting_first_words().contains(k))
}

/// Finds the longest greeting phrase at the start of `t`; returns its end
/// and whether it is a sign-in phrase.
fn match_greeting(t: &str) -> Option<(usize, bool)> {
    if !may_greet(t) {
        return None;
    }
    // Leading words separated only by whitespace: a greeting never spans a
    // comma ("Guten Tag, Herr Brenner").
    let mut words: Vec<(usize, String)> = Vec::with_capacity(MAX_GREETING_WORDS);
    let mut pos = 0;
    while words.len() < MAX_GREETING_WORDS {
        let len: usize = t[pos..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            break;
        }
        words.push((pos + len, word_key(&t[pos..pos + len])));
        let gap: usize = t[pos + len..]
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        if gap == 0 {
            break;
        }
        pos += len + gap;
    }
    let mut best: Option<(usize, usize, bool)> = None;
    for lang in languages() {
        let phrases = lang
            .hello
            .iter()
            .map(|p| (p, false))
            .chain(lang.signed_in.iter().map(|p| (p, true)));
        for (phrase, login) in phrases {
            let k = phrase.split(' ').count();
            let matches = k <= words.len()
                && phrase
                    .split(' ')
                    .zip(&words)
                    .all(|(p, (_, w))| p == w.as_str());
            if matches && best.is_none_or(|(bk, _, _)| k > bk) {
                best = Some((k, words[k - 1].0, login));
            }
        }
    }
    best.map(|(_, end, login)| (end, login))
}

/// The stretch after a greeting that may be a name: up to the first
/// character no name contains ("!", ",", "(", an emoji, a line break), a
/// spaced dash, or a full stop that ends a sentence rather than an initial
/// or title ("Hallo Frau Dr. Vogelsang." keeps "Dr.").
fn addressed_part(rest: &str) -> &str {
    let mut end = 0;
    let mut word_start = 0;
    let mut prev_space = false;
    let mut it = rest.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let name_char = c.is_alphanumeric()
            || matches!(
                c,
                ' ' | '\u{a0}' | '.' | '-' | '\'' | '\u{2019}' | '_' | '@' | '+'
            );
        if !name_char || (c == '-' && prev_space) {
            break;
        }
        if c == '.' && it.peek().is_none_or(|&(_, n)| n.is_whitespace()) {
            let word = &rest[word_start..i];
            let initial = word.chars().count() == 1;
            if !initial && !honorifics().contains(&word_key(word).as_str()) {
                break;
            }
        }
        prev_space = c == ' ' || c == '\u{a0}';
        if prev_space {
            word_start = i + c.len_utf8();
        }
        end = i + c.len_utf8();
    }
    &rest[..end]
}

/// The login after "signed in as": one token of login characters.
fn login_token(rest: &str) -> &str {
    let len: usize = rest
        .chars()
        .take_while(|&c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '+'))
        .map(char::len_utf8)
        .sum();
    rest[..len].trim_end_matches(['.', '-'])
}

/// A plausible login name: letters, digits and `._-+`, at least one letter,
/// and not a word like "guest".
fn is_login(token: &str) -> bool {
    let n = token.chars().count();
    (2..=MAX_LOGIN_CHARS).contains(&n)
        && token.starts_with(|c: char| c.is_alphanumeric())
        && token.chars().any(char::is_alphabetic)
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        && !has_stopword(token)
}

/// Whether any word of `s` is interface vocabulary. Checked on both folds:
/// [`fold`] splits "MyAccount" into "my account", [`fold_value`] keeps
/// "GmbH" whole.
fn has_stopword(s: &str) -> bool {
    let hit = |folded: String| folded.split(' ').any(|w| stopwords().contains(&w));
    hit(fold(s)) || hit(fold_value(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_exit_reads_a_first_word_as_the_tables_hold_it() {
        // may_greet's ASCII path reads on the stack what word_key folds.
        let reference = |t: &str| {
            let t = t.trim_start();
            let n: usize = t
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .map(char::len_utf8)
                .sum();
            n > 0 && n <= 32 && greeting_first_words().contains(word_key(&t[..n]).as_str())
        };
        let mut texts: Vec<String> = greeting_first_words()
            .iter()
            .flat_map(|w| {
                [
                    format!("{w} Ingrid"),
                    w.to_uppercase(),
                    format!("  {w}, Ingrid"),
                    format!("{w}Welt"),
                    format!("x{w}"),
                    w.chars().rev().collect(),
                ]
            })
            .collect();
        texts.extend(
            [
                "HalloWelt",
                "hallo2you",
                "Hi",
                "HI",
                "hI",
                "Привет, Анна",
                "Grüß Gott",
                "",
                "  ",
                "| Hallo",
                "abcdefghijklmnopqrstuvwxyzabcdefghij",
            ]
            .map(str::to_string),
        );
        for t in &texts {
            assert_eq!(may_greet(t), reference(t), "{t:?}");
        }
        assert!(may_greet("Hallo Jonas"));
        assert!(!may_greet("Warenkorb"));
    }

    /// The walk joins two text nodes of a line to look for a greeting only
    /// when the first (or, if it is blank, the second) may start one: no
    /// joined pair greets without that.
    #[test]
    fn a_pair_of_text_nodes_greets_only_if_its_first_word_may_greet() {
        let nodes = [
            "",
            "  ",
            "\u{a0}",
            "| x",
            "Hallo",
            "hallo",
            "Hallo,",
            "HalloJonas",
            "Guten",
            "Tag",
            "Willkommen zurück",
            "Jonas",
            "Jonas Weber",
            "Angemeldet als",
            "jonas.weber@web.de",
            "Hi",
            "Welcome back,",
            "Ingrid Solberg",
            "Abmelden",
            "Привет",
            "Анна",
        ];
        let mut greeted = 0;
        for a in nodes {
            for b in nodes {
                if greeting(&format!("{a} {b}")).is_some() {
                    greeted += 1;
                    let first = if a.trim().is_empty() { b } else { a };
                    assert!(may_greet(first), "{a:?} + {b:?}");
                }
            }
        }
        assert!(greeted > 5, "{greeted}");
    }

    #[test]
    fn tables_are_folded() {
        let tables: [&[&str]; 3] = [honorifics(), stopwords(), not_addressees()];
        for w in tables.iter().flat_map(|t| t.iter()) {
            assert_eq!(word_key(w), *w, "table entry not in folded form");
        }
        for lang in languages() {
            for p in lang.hello.iter().chain(lang.signed_in.iter()) {
                assert_eq!(word_key(p), *p, "greeting not in folded form");
            }
        }
        for p in particles() {
            assert!(!stopwords().contains(p), "particle {p} is also a stopword");
        }
    }

    #[test]
    fn strips_leading_honorifics() {
        assert_eq!(
            strip_honorifics("Frau Dr. Katrin Vogelsang"),
            "Katrin Vogelsang"
        );
        assert_eq!(strip_honorifics("Herrn Jonas Brenner"), "Jonas Brenner");
        assert_eq!(strip_honorifics("Herr Jonas Brenner,"), "Jonas Brenner");
        assert_eq!(
            strip_honorifics("Prof. Dr. med. Anna Schmidt"),
            "Anna Schmidt"
        );
        assert_eq!(strip_honorifics("Dipl.-Ing. Hans Meier"), "Hans Meier");
        assert_eq!(strip_honorifics("Mme Marie Dupont"), "Marie Dupont");
        assert_eq!(strip_honorifics("M. Dupont"), "Dupont");
        assert_eq!(strip_honorifics("Sig.ra Giulia Rossi"), "Giulia Rossi");
        assert_eq!(strip_honorifics("Dott.ssa Giulia Rossi"), "Giulia Rossi");
        assert_eq!(strip_honorifics("Sra. Ana García"), "Ana García");
        assert_eq!(strip_honorifics("Mevr. Sanne de Vries"), "Sanne de Vries");
        assert_eq!(strip_honorifics("Pani Anna Nowak"), "Anna Nowak");
        assert_eq!(strip_honorifics("Mr. John Smith!"), "John Smith");
        assert_eq!(strip_honorifics("Katrin Vogelsang."), "Katrin Vogelsang");
        assert_eq!(strip_honorifics("K. Vogelsang"), "K. Vogelsang");
        assert_eq!(strip_honorifics("Jonas B."), "Jonas B.");
        assert_eq!(strip_honorifics("Jonas Brenner 👋"), "Jonas Brenner");
        assert_eq!(strip_honorifics("Frau"), "");
        assert_eq!(strip_honorifics(""), "");
    }

    #[test]
    fn keeps_names_that_merely_start_like_titles() {
        assert_eq!(strip_honorifics("Herrmann Schulz"), "Herrmann Schulz");
        assert_eq!(strip_honorifics("Drew Barrymore"), "Drew Barrymore");
        assert_eq!(strip_honorifics("Marie Dupont"), "Marie Dupont");
        assert_eq!(strip_honorifics("Mrsic Ivan"), "Mrsic Ivan");
        assert_eq!(strip_honorifics("M. lowercase"), "M. lowercase");
    }

    #[test]
    fn recognises_names() {
        for ok in [
            "Katrin Vogelsang",
            "KATRIN VOGELSANG",
            "Frau Vogelsang",
            "Frau Dr. Katrin Vogelsang",
            "Herrn Jonas Brenner",
            "K. Vogelsang",
            "Vogelsang, Katrin",
            "Hans-Peter Müller-Lüdenscheidt",
            "Seán O'Brien",
            "Giulia D'Angelo",
            "Ursula von der Leyen",
            "Vincent van Gogh",
            "Ayşe Yılmaz",
            "Łukasz Żółć",
            "Jean-Luc Picard",
            "Maria del Carmen García",
            "Charles d'Artagnan",
        ] {
            assert!(looks_like_person_name(ok, true), "{ok}");
            assert!(looks_like_person_name(ok, false), "{ok}");
        }
    }

    #[test]
    fn lenient_mode_accepts_single_and_lower_case_names() {
        for ok in ["Jonas", "katrin vogelsang", "jonas", "Ayşe"] {
            assert!(looks_like_person_name(ok, false), "{ok}");
            assert!(!looks_like_person_name(ok, true), "{ok}");
        }
    }

    #[test]
    fn rejects_non_names() {
        for bad in [
            "",
            "Mein Konto",
            "Kundennummer",
            "Willkommen",
            "Home",
            "Login",
            "Anmelden",
            "Abmelden",
            "Warenkorb",
            "Bestellung",
            "Rechnung",
            "Kontakt",
            "Impressum",
            "Datenschutz",
            "Newsletter",
            "Passwort",
            "Deutschland",
            "Germany",
            "My Account",
            "Account Settings",
            "Overview",
            "Submit",
            "Weiter",
            "Zurück",
            "Bitte",
            "Ihr Name",
            "Ihre Daten",
            "Your Name",
            "The Shop",
            "Vorname",
            "Nachname",
            "Straße",
            "E-Mail",
            "Telefon",
            "Jonas Brenner 42",
            "jonas@brenner.de",
            "Jonas brenner",
            "A",
            "von der",
            "Frau",
            "Herr Dr.",
            "Ein sehr langer Satz mit vielen Worten hier",
            "Max. Mustermann",
            "Jonas Brenner, Katrin Vogelsang, Max",
            "Brenner & Söhne",
            "Jonas--Brenner",
            "-Jonas",
            "Deutsche Bank",
            "Musterfirma GmbH",
        ] {
            assert!(!looks_like_person_name(bad, false), "{bad}");
        }
        let long = "Abcdefghij ".repeat(6);
        assert!(!looks_like_person_name(&long, false));
        assert!(!looks_like_person_name(&"A".repeat(1000), false));
    }

    #[test]
    fn finds_greeted_names() {
        for (text, name) in [
            ("Hallo Max", "Max"),
            ("Hallo Max!", "Max"),
            ("  Hallo Max 👋", "Max"),
            ("Hallo Frau Vogelsang", "Frau Vogelsang"),
            ("Hallo Frau Dr. Vogelsang.", "Frau Dr. Vogelsang"),
            ("Willkommen zurück, Katrin Vogelsang!", "Katrin Vogelsang"),
            ("Willkommen, Jonas", "Jonas"),
            ("Guten Tag, Herr Brenner", "Herr Brenner"),
            ("Angemeldet als Jonas Brenner", "Jonas Brenner"),
            ("Eingeloggt als jonas.brenner", "jonas.brenner"),
            ("Sie sind angemeldet als Jonas Brenner", "Jonas Brenner"),
            ("Hi Jonas,", "Jonas"),
            ("Hello, Jonas Brenner", "Jonas Brenner"),
            ("Welcome back, Jonas", "Jonas"),
            ("Welcome, Jonas Brenner", "Jonas Brenner"),
            ("Signed in as Jonas Brenner", "Jonas Brenner"),
            ("Logged in as jbrenner", "jbrenner"),
            ("Logged in as jbrenner42 (Sign out)", "jbrenner42"),
            (
                "Signed in as jonas.brenner@gmail.com",
                "jonas.brenner@gmail.com",
            ),
            ("Bonjour Marie", "Marie"),
            ("Bienvenue, Marie Dupont", "Marie Dupont"),
            ("Hola Ana", "Ana"),
            ("Bienvenido, Ana", "Ana"),
            ("Ciao Luca", "Luca"),
            ("Benvenuto, Luca", "Luca"),
            ("Welkom terug, Sanne", "Sanne"),
            ("Hallo Sanne", "Sanne"),
            ("Witaj, Anna", "Anna"),
            ("Merhaba Ayşe", "Ayşe"),
            ("Hoş geldiniz, Ayşe Yılmaz", "Ayşe Yılmaz"),
            ("Hallo Max. Schön, dass du da bist.", "Max"),
            ("Hallo Jonas B.", "Jonas B."),
            ("Hallo Max - schön dich zu sehen", "Max"),
            ("HALLO KATRIN", "KATRIN"),
            ("Hallo\u{a0}Max", "Max"),
        ] {
            assert_eq!(greeting_name(text), Some(name), "{text}");
        }
    }

    #[test]
    fn ignores_greetings_without_a_name() {
        for text in [
            "Hallo!",
            "Hallo",
            "Willkommen bei MobilNet",
            "Welcome to our shop",
            "Hello world",
            "Willkommen zurück!",
            "Willkommen im Kundenbereich",
            "Willkommen auf unserer Seite",
            "Hallo und willkommen!",
            "Hallo zusammen",
            "Hello everyone",
            "Hi there!",
            "Bonjour à tous",
            "Hola a todos",
            "Liebe Kundin, lieber Kunde",
            "Sehr geehrte Damen und Herren",
            "Logged in as guest",
            "Hallo Gast",
            "Welcome aboard",
            "Hallo lieber kunde",
            "Jonas Brenner",
            "Max, hallo",
            "Hallöchen Max",
            "Hallomax",
            "",
            "Angemeldet als",
            "Angemeldet als !!!",
            "Merhaba 123",
        ] {
            assert_eq!(greeting_name(text), None, "{text}");
        }
    }

    #[test]
    fn greetings_and_titles_in_a_script_fold_drops() {
        assert_eq!(
            greeting_name("Здравствуйте, Ольга Петрова!"),
            Some("Ольга Петрова")
        );
        assert_eq!(
            greeting_name("Уважаемая Ольга Николаевна!"),
            Some("Ольга Николаевна")
        );
        assert_eq!(strip_honorifics("г-жа Ольга Петрова"), "Ольга Петрова");
        assert_eq!(
            greeting("Вы вошли как olga.petrova"),
            Some(("olga.petrova", true))
        );
        // Addressing no one, or a word of the interface.
        assert_eq!(greeting_name("Добро пожаловать в магазин"), None);
        assert_eq!(greeting_name("Здравствуйте, дорогая редакция!"), None);
        assert_eq!(greeting_name("Привет, Личный Кабинет"), None);
    }

    #[test]
    fn greeting_looks_only_at_the_start() {
        assert_eq!(greeting_name("Ihre Bestellung. Hallo Max"), None);
        let far = format!("Hallo {}", "x".repeat(200));
        assert_eq!(greeting_name(&far), None);
        let long = format!("Hallo Max, {}", "bla ".repeat(1000));
        assert_eq!(greeting_name(&long), Some("Max"));
    }
}
