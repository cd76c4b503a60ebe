//! People, counted without being kept: keyed hashes of who a page shows.
//!
//! The site's memory (did this site show someone else last time?) and the
//! incident records (how many different people did it show?) both count
//! people, and neither may keep who they were. Both use these hashes,
//! keyed with a per-install secret so that a hash says nothing outside
//! this browser.

use crate::kinds::{DataKind, FieldType};
use crate::profile::{name_tokens, Profile};
use crate::text::fold_value;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::BTreeSet;

/// The key for counting people was not 64 hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the key for counting people must be 64 hexadecimal digits")]
pub struct BadKey;

/// A per-install secret for [`people_of`]: 32 bytes as hex.
pub struct PeopleKey([u8; 32]);

impl PeopleKey {
    pub fn from_hex(hex: &str) -> Result<PeopleKey, BadKey> {
        let k: [u8; 32] = unhex(hex.trim())
            .and_then(|b| b.try_into().ok())
            .ok_or(BadKey)?;
        Ok(PeopleKey(k))
    }

    pub fn from_bytes(k: [u8; 32]) -> PeopleKey {
        PeopleKey(k)
    }

    fn tag(&self, s: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(s.as_bytes());
        hex(&mac.finalize().into_bytes())
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of a hex string, or `None` when it is not an even number of
/// hex digits (checked first, so no slice can fall inside a character).
pub(crate) fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// The people a profile-shaped object names: each email a person of its
/// own, its names together one (as [`people_of`] counts a page without
/// emails). What "This is me" and typed values tell a site's memory.
pub fn people_of_profile(who: &Profile, key: &PeopleKey) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in &who.emails {
        out.extend(people_of(
            std::iter::once((DataKind::Email, e.as_str())),
            key,
        ));
    }
    out.extend(people_of(
        who.names.iter().map(|n| (DataKind::Name, n.as_str())),
        key,
    ));
    out
}

/// The distinct people among (kind, value) pairs a page shows, as keyed
/// hashes. A person is counted by email address when there are any;
/// otherwise by name: every multi-word name on its own, and single name
/// words (separate first/last name fields) together as one. Names are
/// compared as their sorted, folded words, so "Hartwig, Miriam" and
/// "Miriam Hartwig" are one person.
pub fn people_of<'a>(
    values: impl Iterator<Item = (DataKind, &'a str)> + Clone,
    key: &PeopleKey,
) -> Vec<String> {
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for (_, raw) in values.clone().filter(|(k, _)| *k == DataKind::Email) {
        ids.insert(format!("email:{}", raw.trim().to_lowercase()));
    }
    if ids.is_empty() {
        let mut singles: BTreeSet<String> = BTreeSet::new();
        for (_, raw) in values.filter(|(k, _)| *k == DataKind::Name) {
            let mut t = name_tokens(raw);
            t.sort();
            match t.len() {
                0 => {}
                1 => {
                    singles.insert(t.remove(0));
                }
                _ => {
                    ids.insert(format!("name:{}", t.join(" ")));
                }
            }
        }
        if !singles.is_empty() && ids.is_empty() {
            ids.insert(format!(
                "name:{}",
                singles.into_iter().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    ids.iter().map(|id| key.tag(id)).collect()
}

/// The largest number of distinct values (folded: "Müller" = "MUELLER")
/// that any one of `types` holds among `values`. Two emails or two names
/// in one form are two people; a street in two spellings is not asked.
pub fn most_distinct<'a>(
    values: impl Iterator<Item = (Option<FieldType>, &'a str)> + Clone,
    types: &[FieldType],
) -> usize {
    types
        .iter()
        .map(|&ty| {
            values
                .clone()
                .filter(|(t, _)| *t == Some(ty))
                .map(|(_, v)| fold_value(v))
                .collect::<BTreeSet<String>>()
                .len()
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod hex_tests {
    use super::*;

    #[test]
    fn keys_and_hex_are_read_without_a_panic_on_any_text() {
        assert!(PeopleKey::from_hex(&"ab".repeat(32)).is_ok());
        assert!(PeopleKey::from_hex(&format!(" {} ", "AB".repeat(32))).is_ok());
        // 64 bytes whose two-byte slices fall inside a character: refused,
        // not a panic.
        let odd = format!("a{}b", "é".repeat(31));
        assert_eq!(odd.len(), 64);
        assert_eq!(PeopleKey::from_hex(&odd).err(), Some(BadKey));
        assert_eq!(PeopleKey::from_hex(&"ab".repeat(31)).err(), Some(BadKey));
        assert_eq!(unhex("0aff"), Some(vec![0x0a, 0xff]));
        assert_eq!(unhex("0af"), None);
        assert_eq!(unhex("zz"), None);
        assert_eq!(hex(&unhex("00c628").unwrap()), "00c628");
    }
}
