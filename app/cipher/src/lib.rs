//! XChaCha20-Poly1305, behind two plain (non-generic) functions.
//!
//! Why a crate of its own: the release build is optimised for size (`opt-level = "z"`), and
//! generic cipher code is compiled in the crate that names the concrete cipher. Named inside
//! `wm-core`, the cipher ran at size-optimised speed: encrypting a 5 MB photo took ~60 ms
//! natively instead of ~4 ms, and was most of the time an add took in the browser. Here it is
//! compiled once, at `opt-level = 3` (see the workspace `Cargo.toml`), and everything else
//! stays small. Keys, nonces and the meaning of the associated data are `wm_core::vault::crypto`'s
//! business.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

/// `plain` encrypted and authenticated together with `aad`: ciphertext ‖ 16-byte tag.
pub fn encrypt(key: &[u8; 32], nonce: &[u8; 24], aad: &[u8], plain: &[u8]) -> Vec<u8> {
    XChaCha20Poly1305::new(key.into())
        .encrypt(&XNonce::from(*nonce), Payload { msg: plain, aad })
        .expect("XChaCha20-Poly1305 encrypts any length that fits in memory")
}

/// The plaintext, or `None` if `sealed` (ciphertext ‖ tag) or `aad` was changed or the key is
/// another.
pub fn decrypt(key: &[u8; 32], nonce: &[u8; 24], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    XChaCha20Poly1305::new(key.into()).decrypt(&XNonce::from(*nonce), Payload { msg: sealed, aad }).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_every_change_is_refused() {
        let (key, nonce) = ([7u8; 32], [9u8; 24]);
        let sealed = encrypt(&key, &nonce, b"page:1:0", b"Aufenthaltstitel");
        assert_eq!(sealed.len(), 16 + 16);
        assert_eq!(decrypt(&key, &nonce, b"page:1:0", &sealed).as_deref(), Some(&b"Aufenthaltstitel"[..]));
        assert_eq!(decrypt(&[8u8; 32], &nonce, b"page:1:0", &sealed), None);
        assert_eq!(decrypt(&key, &[0u8; 24], b"page:1:0", &sealed), None);
        assert_eq!(decrypt(&key, &nonce, b"page:1:1", &sealed), None);
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert_eq!(decrypt(&key, &nonce, b"page:1:0", &bad), None, "bit flip at {i}");
        }
    }

    /// The draft-irtf-cfrg-xchacha-03 test vector (A.3.1), so this is the real cipher.
    #[test]
    fn matches_the_published_test_vector() {
        let hex = |s: &str| {
            (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect::<Vec<u8>>()
        };
        let key: [u8; 32] = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f").try_into().unwrap();
        let nonce: [u8; 24] = hex("404142434445464748494a4b4c4d4e4f5051525354555657").try_into().unwrap();
        let aad = hex("50515253c0c1c2c3c4c5c6c7");
        let plain = b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
        let sealed = encrypt(&key, &nonce, &aad, plain);
        let (body, tag) = sealed.split_at(plain.len());
        assert_eq!(&body[..16], &hex("bd6d179d3e83d43b9576579493c0e939")[..]);
        assert_eq!(tag, &hex("c0875924c1c7987947deafd8780acf49")[..]);
    }
}
