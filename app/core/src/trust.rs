//! Signed content updates: who may publish, and whether an offered pack may replace ours.
//!
//! The editor signs a pack's manifest with an ed25519 key. What travels is an [`Envelope`]:
//! the exact bytes that were signed (`payload`, a JSON [`SignedManifest`]), the signing key's id
//! and the signature. The app verifies the signature over those bytes before it parses
//! anything, so no canonical-JSON questions arise. A new key is introduced by a
//! [`KeyRotation`]: a statement naming the new key, signed by a key the app already trusts.

use crate::content::{sha256_hex, FileEntry, Manifest, PACK_FORMAT};
use ed25519_dalek::{Signature, VerifyingKey};
use serde::{Deserialize, Serialize};

/// What the editor signs: the pack's version and dates, its file list in parts, and until when
/// it may be used.
///
/// The file list is split into parts (one per language, one for the rest; see
/// [`crate::update::split`]), each a content-addressed file like any other. The signature covers
/// every part's hash, so it covers every file; and a one-page change costs a phone this small
/// manifest, one part and the page, not the list of every file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedManifest {
    pub format: u32,
    pub content_version: u64,
    pub content_date: String,
    pub created: String,
    pub parts: Vec<FileEntry>,
    /// RFC 3339 instant; after it the app keeps its content but says it may be outdated.
    pub expires: String,
}

impl SignedManifest {
    /// The pack's manifest, given its files (assembled from the parts).
    pub fn manifest(&self, files: Vec<FileEntry>) -> Manifest {
        Manifest {
            format: self.format,
            content_version: self.content_version,
            content_date: self.content_date.clone(),
            created: self.created.clone(),
            files,
        }
    }
}

/// A key rotation statement: "from now on, also trust `new_key`", signed by `signed_by`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRotation {
    /// Hex of the new 32-byte ed25519 public key.
    pub new_key: String,
    /// Key id of the signer (a key the app already trusts).
    pub signed_by: String,
    /// Hex of the signature over [`rotation_statement`]`(new_key)`.
    pub signature: String,
}

/// The published, signed manifest (`manifest.sig.json` on the host).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    /// The JSON of a [`SignedManifest`], exactly as signed.
    pub payload: String,
    /// Id of the signing key ([`key_id`]).
    pub key_id: String,
    /// Hex of the ed25519 signature over `payload`'s bytes.
    pub signature: String,
    /// Rotation statements, oldest first, so an app that knows an older key can reach the
    /// current one.
    #[serde(default)]
    pub rotations: Vec<KeyRotation>,
}

/// Why an update was refused. Each has a plain message for the settings screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateError {
    Malformed { detail: String },
    UnknownKey { key_id: String },
    BadSignature,
    Expired { expires: String },
    Rollback { installed: u64, offered: u64 },
    SameVersionDifferentContent { version: u64 },
    UnsupportedFormat { format: u32 },
}

impl std::fmt::Display for UpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UpdateError::Malformed { detail } => write!(f, "the update could not be read ({detail})"),
            UpdateError::UnknownKey { key_id } => write!(f, "the update is signed by an unknown key ({key_id})"),
            UpdateError::BadSignature => write!(f, "the update's signature is not valid"),
            UpdateError::Expired { expires } => {
                write!(f, "the offered content expired on {expires}; content may be outdated")
            }
            UpdateError::Rollback { installed, offered } => {
                write!(f, "the server offered older content (version {offered}, installed {installed})")
            }
            UpdateError::SameVersionDifferentContent { version } => {
                write!(f, "the server offered different content under the installed version {version}")
            }
            UpdateError::UnsupportedFormat { format } => {
                write!(f, "the update needs a newer app (pack format {format})")
            }
        }
    }
}

/// The bytes a key rotation signs: fixed text plus the new key, so a signature made for any
/// other purpose can never be replayed as a rotation.
pub fn rotation_statement(new_key_hex: &str) -> String {
    format!("willkommensmappe key rotation v1: trust {new_key_hex}")
}

/// A key's id: the first 16 hex digits of the SHA-256 of its 32 bytes.
pub fn key_id(public_key: &[u8; 32]) -> String {
    sha256_hex(public_key)[..16].to_string()
}

pub fn parse_hex<const N: usize>(hex: &str) -> Option<[u8; N]> {
    if hex.len() != N * 2 {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn verify_bytes(key: &[u8; 32], message: &[u8], signature_hex: &str) -> bool {
    let (Ok(key), Some(sig)) = (VerifyingKey::from_bytes(key), parse_hex::<64>(signature_hex)) else {
        return false;
    };
    key.verify_strict(message, &Signature::from_bytes(&sig)).is_ok()
}

/// A verified update: the manifest, and every key the envelope taught us (rotations).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub signed: SignedManifest,
    pub new_keys: Vec<[u8; 32]>,
}

/// Verifies an envelope against the keys the app trusts, at `now` (RFC 3339 comparison is
/// done on parsed instants).
pub fn verify(envelope_json: &str, trusted: &[[u8; 32]], now: jiff::Timestamp) -> Result<Verified, UpdateError> {
    let envelope: Envelope =
        serde_json::from_str(envelope_json).map_err(|e| UpdateError::Malformed { detail: format!("manifest: {e}") })?;
    let mut keys: Vec<[u8; 32]> = trusted.to_vec();
    let mut new_keys = Vec::new();
    for rotation in &envelope.rotations {
        let Some(new_key) = parse_hex::<32>(&rotation.new_key) else {
            return Err(UpdateError::Malformed { detail: "a key rotation names a malformed key".into() });
        };
        if keys.contains(&new_key) {
            continue;
        }
        // A rotation counts only if a key we already trust signed it.
        let signer = keys.iter().find(|k| key_id(k) == rotation.signed_by).copied();
        match signer {
            Some(signer)
                if verify_bytes(&signer, rotation_statement(&rotation.new_key).as_bytes(), &rotation.signature) =>
            {
                keys.push(new_key);
                new_keys.push(new_key);
            }
            Some(_) => return Err(UpdateError::BadSignature),
            // Rotations signed by keys we never knew are ignored; the payload's own key must
            // still be reachable below.
            None => {}
        }
    }
    let Some(key) = keys.iter().find(|k| key_id(k) == envelope.key_id) else {
        return Err(UpdateError::UnknownKey { key_id: envelope.key_id });
    };
    if !verify_bytes(key, envelope.payload.as_bytes(), &envelope.signature) {
        return Err(UpdateError::BadSignature);
    }
    let signed: SignedManifest = serde_json::from_str(&envelope.payload)
        .map_err(|e| UpdateError::Malformed { detail: format!("signed manifest: {e}") })?;
    if signed.format != PACK_FORMAT {
        return Err(UpdateError::UnsupportedFormat { format: signed.format });
    }
    let expires: jiff::Timestamp = signed
        .expires
        .parse()
        .map_err(|e| UpdateError::Malformed { detail: format!("expiry {:?}: {e}", signed.expires) })?;
    if expires <= now {
        return Err(UpdateError::Expired { expires: signed.expires });
    }
    let created: jiff::Timestamp = signed
        .created
        .parse()
        .map_err(|e| UpdateError::Malformed { detail: format!("creation time {:?}: {e}", signed.created) })?;
    if expires.duration_since(created) > jiff::SignedDuration::from_hours(24 * MAX_VALIDITY_DAYS) {
        return Err(UpdateError::Malformed {
            detail: format!("valid for more than {MAX_VALIDITY_DAYS} days after it was made"),
        });
    }
    Ok(Verified { signed, new_keys })
}

/// A digest of a manifest's file list: the same version must always mean the same files.
pub fn files_digest(manifest: &Manifest) -> String {
    let mut lines: Vec<String> = manifest.files.iter().map(|f| format!("{} {} {}", f.path, f.sha256, f.size)).collect();
    lines.sort();
    sha256_hex(lines.join("\n").as_bytes())
}

/// What is installed, as far as the rollback rule needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Installed {
    pub version: u64,
    /// [`files_digest`] of the installed manifest.
    pub digest: String,
    /// The installed manifest's `created` instant.
    pub created: Option<jiff::Timestamp>,
    /// Until when the installed signed manifest was valid; `None` for content built into the
    /// app, which does not expire.
    pub expires: Option<jiff::Timestamp>,
}

/// The longest a signed manifest may claim to stay valid after it was created. A longer claim
/// is refused: expiry is what bounds a "freeze" (a server replaying an old manifest) and the
/// recovery from a version published far in the future (see [`may_replace`]).
pub const MAX_VALIDITY_DAYS: i64 = 400;

/// Whether `offered` may replace the installed content at `now`. `Ok(false)`: nothing to do
/// (same version, same files).
///
/// Versions only move forward: an older version is a rollback and refused, the same version
/// with other files is refused. One exception keeps a version published far in the future (a
/// typo, or a test pack that escaped) from blocking every later update: once the installed
/// manifest has expired, a manifest *created after it* replaces it even with a lower version.
/// A replayed old manifest cannot use this, since it was created before the installed one.
pub fn may_replace(
    installed: Option<&Installed>,
    offered: &Manifest,
    now: jiff::Timestamp,
) -> Result<bool, UpdateError> {
    let Some(installed) = installed else { return Ok(true) };
    let version = installed.version;
    if offered.content_version > version {
        return Ok(true);
    }
    if offered.content_version == version {
        return if files_digest(offered) == installed.digest {
            Ok(false)
        } else {
            Err(UpdateError::SameVersionDifferentContent { version })
        };
    }
    let lapsed = installed.expires.is_some_and(|e| e <= now);
    let later = match (installed.created, offered.created.parse::<jiff::Timestamp>().ok()) {
        (Some(mine), Some(theirs)) => theirs > mine,
        _ => false,
    };
    if lapsed && later {
        return Ok(true);
    }
    Err(UpdateError::Rollback { installed: version, offered: offered.content_version })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn public(k: &SigningKey) -> [u8; 32] {
        k.verifying_key().to_bytes()
    }

    fn manifest(version: u64) -> Manifest {
        Manifest {
            format: PACK_FORMAT,
            content_version: version,
            content_date: "2026-11-24".into(),
            created: "2026-11-24T08:00:00Z".into(),
            files: vec![FileEntry { path: "contacts/a.json".into(), sha256: "ab".repeat(32), size: 10 }],
        }
    }

    fn envelope(k: &SigningKey, m: Manifest, expires: &str, rotations: Vec<KeyRotation>) -> String {
        let signed = SignedManifest {
            format: m.format,
            content_version: m.content_version,
            content_date: m.content_date,
            created: m.created,
            parts: m.files,
            expires: expires.into(),
        };
        let payload = serde_json::to_string(&signed).unwrap();
        let signature = to_hex(&k.sign(payload.as_bytes()).to_bytes());
        serde_json::to_string(&Envelope { payload, key_id: key_id(&public(k)), signature, rotations }).unwrap()
    }

    fn rotate(old: &SigningKey, new: &SigningKey) -> KeyRotation {
        let new_key = to_hex(&public(new));
        let signature = to_hex(&old.sign(rotation_statement(&new_key).as_bytes()).to_bytes());
        KeyRotation { new_key, signed_by: key_id(&public(old)), signature }
    }

    fn now() -> jiff::Timestamp {
        "2026-11-24T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_signed_manifest_from_a_trusted_key_verifies() {
        let k = key(1);
        let env = envelope(&k, manifest(2), "2026-12-24T00:00:00Z", vec![]);
        let v = verify(&env, &[public(&k)], now()).unwrap();
        assert_eq!(v.signed.content_version, 2);
        assert!(v.new_keys.is_empty());
    }

    #[test]
    fn unknown_key_bad_signature_tampering_and_expiry_are_refused() {
        let (k, stranger) = (key(1), key(2));
        let trusted = [public(&k)];
        let env = envelope(&stranger, manifest(2), "2026-12-24T00:00:00Z", vec![]);
        assert!(matches!(verify(&env, &trusted, now()), Err(UpdateError::UnknownKey { .. })));
        // Payload changed after signing.
        let mut e: Envelope = serde_json::from_str(&envelope(&k, manifest(2), "2026-12-24T00:00:00Z", vec![])).unwrap();
        e.payload = e.payload.replace("\"content_version\":2", "\"content_version\":3");
        assert_eq!(verify(&serde_json::to_string(&e).unwrap(), &trusted, now()), Err(UpdateError::BadSignature));
        // Signature garbage.
        e.signature = "00".repeat(64);
        assert_eq!(verify(&serde_json::to_string(&e).unwrap(), &trusted, now()), Err(UpdateError::BadSignature));
        e.signature = "zz".into();
        assert_eq!(verify(&serde_json::to_string(&e).unwrap(), &trusted, now()), Err(UpdateError::BadSignature));
        // Expired.
        let env = envelope(&k, manifest(2), "2026-11-01T00:00:00Z", vec![]);
        assert!(matches!(verify(&env, &trusted, now()), Err(UpdateError::Expired { .. })));
        // Not JSON at all (an HTML error page served with status 200).
        assert!(matches!(verify("<html>502</html>", &trusted, now()), Err(UpdateError::Malformed { .. })));
    }

    #[test]
    fn key_rotation_signed_by_a_trusted_key_is_accepted() {
        let (old, new, mallory) = (key(1), key(3), key(9));
        let env = envelope(&new, manifest(5), "2026-12-24T00:00:00Z", vec![rotate(&old, &new)]);
        let v = verify(&env, &[public(&old)], now()).unwrap();
        assert_eq!(v.new_keys, vec![public(&new)]);
        // A chain old → new → newer works for an app that only knows the oldest key.
        let newer = key(4);
        let env = envelope(&newer, manifest(6), "2026-12-24T00:00:00Z", vec![rotate(&old, &new), rotate(&new, &newer)]);
        assert_eq!(verify(&env, &[public(&old)], now()).unwrap().new_keys, vec![public(&new), public(&newer)]);
        // A rotation signed by a stranger does not make its key trusted.
        let env = envelope(&mallory, manifest(7), "2026-12-24T00:00:00Z", vec![rotate(&mallory, &mallory)]);
        assert!(matches!(verify(&env, &[public(&old)], now()), Err(UpdateError::UnknownKey { .. })));
        // A forged rotation claiming the trusted key as signer is refused.
        let mut forged = rotate(&mallory, &mallory);
        forged.signed_by = key_id(&public(&old));
        let env = envelope(&mallory, manifest(7), "2026-12-24T00:00:00Z", vec![forged]);
        assert_eq!(verify(&env, &[public(&old)], now()), Err(UpdateError::BadSignature));
        // A content signature cannot be replayed as a rotation statement.
        let mut replay = rotate(&old, &mallory);
        replay.signature = to_hex(&old.sign(b"some other message").to_bytes());
        let env = envelope(&mallory, manifest(7), "2026-12-24T00:00:00Z", vec![replay]);
        assert_eq!(verify(&env, &[public(&old)], now()), Err(UpdateError::BadSignature));
    }

    fn installed(m: &Manifest, expires: Option<&str>) -> Installed {
        Installed {
            version: m.content_version,
            digest: files_digest(m),
            created: m.created.parse().ok(),
            expires: expires.map(|e| e.parse().unwrap()),
        }
    }

    #[test]
    fn versions_only_move_forward_and_never_change_meaning() {
        let at = installed(&manifest(5), Some("2026-12-24T00:00:00Z"));
        let at = Some(&at);
        assert_eq!(may_replace(None, &manifest(1), now()), Ok(true));
        assert_eq!(may_replace(at, &manifest(6), now()), Ok(true));
        assert_eq!(may_replace(at, &manifest(5), now()), Ok(false));
        assert_eq!(may_replace(at, &manifest(4), now()), Err(UpdateError::Rollback { installed: 5, offered: 4 }));
        let mut different = manifest(5);
        different.files[0].size = 11;
        assert_eq!(may_replace(at, &different, now()), Err(UpdateError::SameVersionDifferentContent { version: 5 }));
    }

    #[test]
    fn a_far_future_version_blocks_later_updates_only_until_it_expires() {
        // Version 10^12 slipped out, created 2026-11-24 08:00, valid 30 days.
        let mut far = manifest(1_000_000_000_000);
        far.created = "2026-11-24T08:00:00Z".into();
        let far = installed(&far, Some("2026-12-24T08:00:00Z"));
        let mut fixed = manifest(7);
        fixed.created = "2026-11-25T08:00:00Z".into();
        // While it is valid, a lower version is a rollback ...
        assert!(matches!(may_replace(Some(&far), &fixed, now()), Err(UpdateError::Rollback { .. })));
        // ... once it has expired, a manifest made after it wins.
        let later: jiff::Timestamp = "2026-12-25T00:00:00Z".parse().unwrap();
        assert_eq!(may_replace(Some(&far), &fixed, later), Ok(true));
        // A replayed manifest made before it never does, expired or not.
        let mut old = manifest(6);
        old.created = "2026-11-01T08:00:00Z".into();
        assert!(matches!(may_replace(Some(&far), &old, later), Err(UpdateError::Rollback { .. })));
        // Built-in content never expires: the exception does not apply.
        let builtin = Installed { expires: None, ..far };
        assert!(matches!(may_replace(Some(&builtin), &fixed, later), Err(UpdateError::Rollback { .. })));
    }

    #[test]
    fn a_manifest_claiming_validity_for_years_is_refused() {
        let k = key(1);
        let env = envelope(&k, manifest(2), "2036-01-01T00:00:00Z", vec![]);
        assert!(matches!(verify(&env, &[public(&k)], now()), Err(UpdateError::Malformed { .. })));
    }

    #[test]
    fn hex_round_trip() {
        let bytes = [0u8, 1, 2, 254, 255];
        assert_eq!(parse_hex::<5>(&to_hex(&bytes)), Some(bytes));
        assert_eq!(parse_hex::<2>("abc"), None);
        assert_eq!(parse_hex::<1>("zz"), None);
    }
}
