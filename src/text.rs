//! Text folding shared by every matcher.
//!
//! Pages spell the same thing many ways: `Straße`, `STRASSE`, `strasse`;
//! `E-Mail`, `eMail`, `email`; `billing_firstName`. Rather than teach every
//! pattern about case, diacritics and separators, all matching runs on
//! *folded* text: lower case, diacritics stripped to their base letter
//! (`ß` → `ss`, `ł` → `l`, `ı` → `i`), camelCase split, and every run of
//! non-alphanumeric characters reduced to one space. That keeps the pattern
//! tables ASCII, which in turn lets their matcher (`fields::matcher`) work
//! on bytes with no Unicode tables at all.

/// Maps one character to its ASCII base, or `None` when it has none we know.
///
/// Covers Latin-1, Latin Extended-A and the letters of the languages the
/// pattern tables speak (de, en, fr, es, it, nl, pl, tr).
pub fn ascii_base(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "g",
        'ĥ' | 'ħ' | 'Ĥ' | 'Ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "i",
        'ĵ' | 'Ĵ' => "j",
        'ķ' | 'Ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' | 'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' | 'Ŕ' | 'Ŗ' | 'Ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "s",
        'ß' | 'ẞ' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return None,
    })
}

/// Folds text for pattern matching: lower-case ASCII words separated by
/// single spaces. camelCase and snake_case identifiers split into words, so
/// `billing_firstName` and `Billing First Name` fold alike.
///
/// Characters without an ASCII base (CJK, Cyrillic, emoji) become separators;
/// the tables have nothing to say about them.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out` with no space before its first word: the
/// callers that pad a folded text with spaces build it in one buffer.
pub fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    let mut prev_lower = false;
    let mut pending_space = false;
    for c in s.chars() {
        let piece: Option<&str>;
        let mut buf = [0u8; 4];
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower {
                pending_space = true;
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            piece = Some(c.to_ascii_lowercase().encode_utf8(&mut buf));
        } else if let Some(base) = ascii_base(c) {
            if c.is_uppercase() && prev_lower {
                pending_space = true;
            }
            prev_lower = c.is_lowercase();
            piece = Some(base);
        } else {
            prev_lower = false;
            pending_space = true;
            piece = None;
        }
        if let Some(p) = piece {
            if pending_space && out.len() > start {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(p);
        }
    }
}

/// Folds a value for equality tests (names, streets, cities): like [`fold`]
/// but without the camelCase split (`McDonald` stays one word), and with the
/// German transliterations unified, so `Müller`, `Mueller` and `MULLER` all
/// give `muller`. Letters of scripts `fold` drops are kept, lower-cased
/// ("Анна Смирнова" → "анна смирнова"): two people are two people in any
/// script.
pub fn fold_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let mut buf = [0u8; 8];
        let piece = if c.is_ascii_alphanumeric() {
            Some(&*c.to_ascii_lowercase().encode_utf8(&mut buf))
        } else if let Some(base) = ascii_base(c) {
            Some(base)
        } else if c.is_alphabetic() && (c as u32) >= 0x0370 {
            Some(lower_one(c, &mut buf))
        } else {
            None
        };
        match piece {
            Some(p) => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push_str(p);
            }
            None => pending_space = true,
        }
    }
    // ä/ae, ö/oe, ü/ue: fold both spellings to the bare vowel. Applied to
    // both sides of every comparison, so `Michael` → `michal` is harmless.
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

/// `c` lower-cased, written into `buf`. The lower case of a letter beyond
/// Latin is one char in every script `fold_value` keeps (Greek, Cyrillic;
/// CJK has no case); a longer one keeps its first char.
fn lower_one(c: char, buf: &mut [u8; 8]) -> &str {
    let l = c.to_lowercase().next().unwrap_or(c);
    l.encode_utf8(&mut buf[..4])
}

/// One word as the language tables hold it: folded ([`fold`]), or, in a
/// script `fold` drops, lower-cased as written ("Здравствуйте" →
/// "здравствуйте"). Table entries of Russian, Greek or CJK are written in
/// that form, so one lookup serves every language.
pub fn word_key(word: &str) -> String {
    if in_other_script(word) {
        script_words(word)
    } else {
        fold(word)
    }
}

/// The words of a text in a script [`fold`] drops, as they are written:
/// lower-cased, with punctuation, spaces and the full-width punctuation of
/// CJK texts turned into single spaces: "Имя:" → "имя",
/// "名前（フルネーム）:" → "名前 フルネーム", "시·군·구:" → "시 군 구".
pub fn script_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let sep = c.is_whitespace()
            || c.is_ascii_punctuation()
            || matches!(
                c,
                '：' | '（'
                    | '）'
                    | '·'
                    | '・'
                    | '、'
                    | '，'
                    | '。'
                    | '「'
                    | '」'
                    | '【'
                    | '】'
                    | '／'
                    | '※'
                    | '＊'
                    | '　'
            );
        if sep {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Whether the text has letters of a script [`fold`] drops: anything
/// beyond Latin (Greek, Cyrillic, CJK, Devanagari, Hangul). Words in those
/// scripts are matched in [`script_words`]' form instead.
pub fn in_other_script(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii() && (c as u32) >= 0x0370)
}

/// Collapses runs of whitespace to one space and trims, the way a browser
/// renders text.
pub fn collapse_ws(s: &str) -> String {
    // Most text is ASCII: split on its whitespace bytes (what
    // `char::is_whitespace` takes there: tab, LF, VT, FF, CR, space)
    // without decoding characters.
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        for word in s
            .split(['\t', '\n', '\x0b', '\x0c', '\r', ' '])
            .filter(|w| !w.is_empty())
        {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`collapse_ws`] of an owned text, which is given back as it is when
/// there is nothing to collapse: a line the walk joins from text nodes that
/// are collapsed already.
pub fn collapsed(s: String) -> String {
    if is_collapsed(&s) {
        s
    } else {
        collapse_ws(&s)
    }
}

/// Whether [`collapse_ws`] would give `s` back unchanged: no whitespace but
/// single spaces between words.
fn is_collapsed(s: &str) -> bool {
    // `prev_space` starts true: a leading space is not collapsed.
    let mut prev_space = true;
    if s.is_ascii() {
        for b in s.bytes() {
            match b {
                b' ' if prev_space => return false,
                b' ' => prev_space = true,
                b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return false,
                _ => prev_space = false,
            }
        }
    } else {
        for c in s.chars() {
            match c {
                ' ' if prev_space => return false,
                ' ' => prev_space = true,
                c if c.is_whitespace() => return false,
                _ => prev_space = false,
            }
        }
    }
    s.is_empty() || !prev_space
}

/// Truncates `s` to at most `max` bytes on a char boundary. Returns whether
/// it cut anything.
pub fn truncate_at(s: &mut String, max: usize) -> bool {
    if s.len() <= max {
        return false;
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    true
}

#[cfg(test)]
mod tests {

    #[test]
    fn collapse_ws_reads_ascii_and_unicode_whitespace_alike() {
        let slow = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            "   ",
            " a  b\tc\n\nd ",
            "a\x0bb\x0cc\rd",
            "\x0b\x0c",
            "a\x1fb",
            "M\u{fc}ller \u{a0} Stra\u{df}e\u{85}x",
            "\u{3000}\u{2028}a",
        ] {
            assert_eq!(collapse_ws(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn collapsed_gives_back_what_collapse_ws_gives() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            "a b ",
            " a b",
            "a  b",
            "a\tb",
            "a\x0bb",
            "a\x1fb",
            "M\u{fc}ller Stra\u{df}e",
            "M\u{fc}ller \u{a0}Stra\u{df}e",
            "\u{3000}a",
            "a \u{2028}",
            "\u{fc} ",
        ] {
            assert_eq!(super::collapsed(s.to_string()), collapse_ws(s), "{s:?}");
        }
        // The fast path is taken where nothing is to collapse, and only there.
        for s in ["", "a", "a b", "M\u{fc}ller Stra\u{df}e", "a-b c"] {
            assert!(is_collapsed(s), "{s:?}");
        }
        for s in [" ", "a ", " a", "a  b", "a\tb", "a\u{a0}b", "\u{3000}"] {
            assert!(!is_collapsed(s), "{s:?}");
        }
    }

    use super::*;

    #[test]
    fn fold_splits_identifiers_and_strips_diacritics() {
        assert_eq!(fold("billing_firstName"), "billing first name");
        assert_eq!(fold("Straße/Nr."), "strasse nr");
        assert_eq!(fold("E-Mail-Adresse"), "e mail adresse");
        assert_eq!(fold("  PLZ / Ort:  "), "plz ort");
        assert_eq!(fold("Imię i nazwisko"), "imie i nazwisko");
        assert_eq!(fold("Doğum tarihi"), "dogum tarihi");
        assert_eq!(fold("EMailAdresse"), "email adresse");
        assert_eq!(fold("eMailAdresse"), "e mail adresse");
        assert_eq!(fold("address2"), "address2");
    }

    #[test]
    fn fold_value_unifies_german_spellings() {
        assert_eq!(fold_value("Müller"), "muller");
        assert_eq!(fold_value("MUELLER"), "muller");
        assert_eq!(fold_value("Gneisenaustraße 41"), "gneisenaustrasse 41");
        assert_eq!(fold_value("McDonald"), "mcdonald");
    }

    #[test]
    fn truncate_respects_char_boundaries() {
        let mut s = "ääää".to_string();
        assert!(truncate_at(&mut s, 3));
        assert_eq!(s, "ä");
        let mut t = "abc".to_string();
        assert!(!truncate_at(&mut t, 3));
    }
}
