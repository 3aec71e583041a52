//! GUIDs for what Sinergi exports, made from the items' own ids so the same
//! project exports the same GUIDs every time (other tools then recognise a
//! re-imported code or passage), and GUIDs as other tools write them, compared
//! without regard to case or braces.

use std::fmt::Write as _;

/// A GUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lower case) that depends
/// only on `kind` and `key`: two 64-bit FNV-1a hashes with different seeds,
/// shaped as a version 8 (custom) UUID.
pub fn stable_guid(kind: &str, key: &str) -> String {
    let high = fnv1a(0xcbf2_9ce4_8422_2325, kind, key);
    let low = fnv1a(0x8422_2325_cbf2_9ce4, key, kind);
    let bytes: Vec<u8> = high
        .to_be_bytes()
        .into_iter()
        .chain(low.to_be_bytes())
        .collect();
    let mut bytes: [u8; 16] = bytes.try_into().unwrap_or([0; 16]);
    // Version 8, RFC 4122 variant: a well-formed UUID that says it is custom.
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().fold(String::new(), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    });
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn fnv1a(seed: u64, first: &str, second: &str) -> u64 {
    let mut hash = seed;
    // A separator no id contains keeps ("ab", "c") apart from ("a", "bc").
    for byte in first.bytes().chain([0xff]).chain(second.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A GUID as written by any tool, in one form for comparing: lower case,
/// without braces or surrounding spaces.
pub fn guid_key(guid: &str) -> String {
    guid.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .to_ascii_lowercase()
}

/// True when `guid` has the shape the schema's `GUIDType` requires.
pub fn is_guid(guid: &str) -> bool {
    let inner = guid
        .strip_prefix('{')
        .and_then(|g| g.strip_suffix('}'))
        .unwrap_or(guid);
    let groups: Vec<&str> = inner.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::{guid_key, is_guid, stable_guid};

    #[test]
    fn stable_guids_are_well_formed_repeatable_and_distinct() {
        let a = stable_guid("note", "note-1");
        assert!(is_guid(&a), "{a}");
        assert_eq!(a, stable_guid("note", "note-1"));
        assert_ne!(a, stable_guid("note", "note-2"));
        assert_ne!(a, stable_guid("source", "note-1"));
        assert_ne!(stable_guid("ab", "c"), stable_guid("a", "bc"));
    }

    #[test]
    fn guids_compare_without_case_or_braces() {
        assert_eq!(
            guid_key("{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}"),
            "ad68fbe7-e1ee-4a82-a279-23cc698c89eb"
        );
        assert!(is_guid("{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}"));
        assert!(!is_guid("not-a-guid"));
    }
}
