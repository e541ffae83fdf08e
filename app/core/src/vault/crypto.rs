//! The vault's cryptography, and nothing else.
//!
//! * A random 32-byte **data key** encrypts every document page, thumbnail and the metadata
//!   that reveals content (title, note), each with XChaCha20-Poly1305 under a fresh random
//!   24-byte nonce and with associated data naming what the blob is (so blobs cannot be swapped
//!   between documents or roles without detection).
//! * The data key is stored only **wrapped**: encrypted with a key derived from the PIN or
//!   passphrase by Argon2id. Changing the PIN re-wraps the data key; no document is touched.
//! * Keys are zeroed when dropped.
//!
//! Argon2id parameters ([`KdfParams::DEFAULT`]): 19 MiB of memory, 2 passes, 1 lane — the
//! OWASP minimum recommendation for Argon2id. Memory is what makes guessing a 4-digit PIN on
//! stolen storage expensive; more than ~19 MiB risks failing on phones with little free RAM in
//! a browser tab, and a third pass would push unlocking past half a second on a low-end phone
//! (the browser runs WebAssembly about 2–3 times slower than native code). `bench-vault`
//! prints the time on this machine. A 4-digit PIN is still weak against an attacker who has
//! the storage; the setup screen recommends a passphrase for that reason, and the growing
//! delay between attempts protects against someone holding the unlocked phone.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Random bytes from the operating system (the browser's `crypto.getRandomValues` on the web).
pub fn random<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).expect("the platform has a random source");
    out
}

/// A 32-byte symmetric key, zeroed on drop.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Key([u8; 32]);

impl Key {
    pub fn random() -> Key {
        Key(random())
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// Argon2id cost parameters, stored beside the wrapped key so they can be raised later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    pub const DEFAULT: KdfParams = KdfParams { m_kib: 19 * 1024, t: 2, p: 1 };
    /// For a backup file, which an attacker could try passphrases on offline and without
    /// delay: 64 MiB, 3 passes (about 0.2 s natively; a few seconds on a low-end phone, once
    /// per backup or restore).
    pub const BACKUP: KdfParams = KdfParams { m_kib: 64 * 1024, t: 3, p: 1 };
    /// Cheap parameters, for tests only.
    pub const FAST_FOR_TESTS: KdfParams = KdfParams { m_kib: 64, t: 1, p: 1 };
}

/// Why something could not be decrypted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The PIN or passphrase does not open the key.
    WrongSecret,
    /// The stored bytes were changed (or belong elsewhere): refused, never shown as garbage.
    Tampered,
}

/// Derives the key-encryption key from a PIN or passphrase.
pub fn derive(secret: &str, salt: &[u8; 16], params: KdfParams) -> Key {
    let argon = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(params.m_kib, params.t, params.p, Some(32)).expect("valid Argon2 parameters"),
    );
    let mut out = [0u8; 32];
    argon.hash_password_into(secret.as_bytes(), salt, &mut out).expect("valid Argon2 input");
    let key = Key(out);
    out.zeroize();
    key
}

const NONCE: usize = 24;

/// Encrypts `plain` under `key`, binding it to `context` (e.g. `page:17:2`). Output:
/// nonce ‖ ciphertext ‖ tag.
pub fn seal(key: &Key, context: &[u8], plain: &[u8]) -> Vec<u8> {
    let nonce: [u8; NONCE] = random();
    let sealed = wm_cipher::encrypt(&key.0, &nonce, context, plain);
    let mut out = Vec::with_capacity(NONCE + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    out
}

/// Decrypts what [`seal`] made with the same key and context.
pub fn open(key: &Key, context: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < NONCE + 16 {
        return Err(CryptoError::Tampered);
    }
    let (nonce, body) = sealed.split_at(NONCE);
    let nonce: &[u8; NONCE] = nonce.try_into().map_err(|_| CryptoError::Tampered)?;
    wm_cipher::decrypt(&key.0, nonce, context, body).ok_or(CryptoError::Tampered)
}

const WRAP_CONTEXT: &[u8] = b"willkommensmappe vault data key v1";

/// The data key encrypted under the key derived from the secret.
pub fn wrap(kek: &Key, data_key: &Key) -> Vec<u8> {
    seal(kek, WRAP_CONTEXT, &data_key.0)
}

/// The data key, if `kek` (from the right secret) opens it.
pub fn unwrap(kek: &Key, wrapped: &[u8]) -> Result<Key, CryptoError> {
    let mut plain = open(kek, WRAP_CONTEXT, wrapped).map_err(|_| CryptoError::WrongSecret)?;
    let key = <[u8; 32]>::try_from(plain.as_slice()).map(Key).map_err(|_| CryptoError::Tampered);
    plain.zeroize();
    key
}

/// Whether `secret` is acceptable: a PIN of 4 to 8 digits, or a passphrase of at least 8
/// characters. `Err` names the rule (a message id).
pub fn check_secret(secret: &str) -> Result<(), &'static str> {
    let digits = secret.chars().all(|c| c.is_ascii_digit());
    match (digits, secret.chars().count()) {
        (true, 4..=8) => Ok(()),
        (true, _) => Err("vault-pin-length"),
        (false, n) if n >= 8 => Ok(()),
        (false, _) => Err("vault-passphrase-length"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn salt() -> [u8; 16] {
        [3; 16]
    }

    #[test]
    fn sealed_data_opens_only_with_its_key_and_context() {
        let key = Key::random();
        for len in [0usize, 1, 15, 16, 17, 1000, 70_000] {
            let plain: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let sealed = seal(&key, b"page:1:0", &plain);
            assert_eq!(open(&key, b"page:1:0", &sealed).unwrap(), plain);
            assert_eq!(open(&key, b"page:2:0", &sealed), Err(CryptoError::Tampered), "moved to another document");
            assert_eq!(open(&Key::random(), b"page:1:0", &sealed), Err(CryptoError::Tampered));
            // Every single flipped bit is detected.
            for i in (0..sealed.len()).step_by(1 + sealed.len() / 97) {
                let mut bad = sealed.clone();
                bad[i] ^= 0x20;
                assert_eq!(open(&key, b"page:1:0", &bad), Err(CryptoError::Tampered), "bit at {i}");
            }
            assert_eq!(open(&key, b"page:1:0", &sealed[..sealed.len() - 1]), Err(CryptoError::Tampered));
        }
        assert_eq!(open(&key, b"x", &[1, 2, 3]), Err(CryptoError::Tampered));
    }

    #[test]
    fn the_same_plaintext_never_looks_the_same_twice() {
        let key = Key::random();
        assert_ne!(seal(&key, b"c", b"Aufenthaltstitel"), seal(&key, b"c", b"Aufenthaltstitel"));
    }

    #[test]
    fn the_right_pin_unwraps_the_data_key_and_a_wrong_one_does_not() {
        let data = Key::random();
        let kek = derive("4711", &salt(), KdfParams::FAST_FOR_TESTS);
        let wrapped = wrap(&kek, &data);
        let again = derive("4711", &salt(), KdfParams::FAST_FOR_TESTS);
        assert_eq!(unwrap(&again, &wrapped).unwrap().0, data.0);
        let wrong = derive("4712", &salt(), KdfParams::FAST_FOR_TESTS);
        assert_eq!(unwrap(&wrong, &wrapped).unwrap_err(), CryptoError::WrongSecret);
        // Another salt is another key.
        let other_salt = derive("4711", &[4; 16], KdfParams::FAST_FOR_TESTS);
        assert!(unwrap(&other_salt, &wrapped).is_err());
    }

    #[test]
    fn changing_the_pin_keeps_documents_readable() {
        let data = Key::random();
        let page = seal(&data, b"page:9:0", b"%PDF-1.7 Zeugnis");
        let old = derive("1234", &salt(), KdfParams::FAST_FOR_TESTS);
        let wrapped = wrap(&old, &data);
        // Change: unwrap with the old, wrap with the new; the page is not touched.
        let new = derive("ein langer Satz", &[9; 16], KdfParams::FAST_FOR_TESTS);
        let rewrapped = wrap(&new, &unwrap(&old, &wrapped).unwrap());
        let key = unwrap(&new, &rewrapped).unwrap();
        assert_eq!(open(&key, b"page:9:0", &page).unwrap(), b"%PDF-1.7 Zeugnis");
        assert!(unwrap(&old, &rewrapped).is_err());
    }

    #[test]
    fn pins_and_passphrases_follow_the_rules() {
        for ok in ["1234", "12345678", "mein Schlüssel", "abcdefgh"] {
            assert_eq!(check_secret(ok), Ok(()), "{ok}");
        }
        assert_eq!(check_secret("123"), Err("vault-pin-length"));
        assert_eq!(check_secret("123456789"), Err("vault-pin-length"));
        assert_eq!(check_secret("abc"), Err("vault-passphrase-length"));
        assert_eq!(check_secret(""), Err("vault-pin-length"));
    }
}
