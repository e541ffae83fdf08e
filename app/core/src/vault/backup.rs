//! The vault's backup file: every document, re-encrypted under a key from a backup passphrase,
//! in one file the reader keeps somewhere else (a USB stick, a mail to themselves).
//!
//! Layout (all lengths little-endian `u32`):
//!
//! ```text
//! MAGIC
//! len ‖ header JSON            {format, kdf, salt, created, documents}
//! len ‖ sealed("ok")           context "check"  ‖ header   — tells a wrong passphrase from damage
//! len ‖ sealed(document i)     context "doc:<i>" ‖ header  — i = 0 .. documents
//! len ‖ sealed(documents)      context "end"    ‖ header   — a cut-off file is detected
//! ```
//!
//! Every record is bound to its position and to the header, so records cannot be dropped,
//! reordered, repeated or moved between backups, and a changed header (cheaper KDF, other
//! salt) fails like a wrong passphrase. Nothing is trusted before its record opened.
//! The backup key comes from Argon2id with stronger parameters than the PIN's
//! ([`KdfParams::BACKUP`]): the file leaves the device, so an attacker can guess offline
//! without any delay; for the same reason the passphrase must be a sentence, not a PIN
//! ([`check_passphrase`]).

use super::crypto::{self, CryptoError, KdfParams, Key};
use super::DocumentMeta;
use serde::{Deserialize, Serialize};

const MAGIC: &[u8] = b"WILLKOMMENSMAPPE TRESOR-SICHERUNG\n";
const FORMAT: u32 = 1;
/// The shortest backup passphrase.
pub const MIN_PASSPHRASE: usize = 10;

/// One document as it travels in a backup: plaintext, in memory only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupDocument {
    pub meta: DocumentMeta,
    /// When it was first added (RFC 3339).
    pub added: String,
    /// Each page's file and preview.
    pub pages: Vec<(Vec<u8>, Option<Vec<u8>>)>,
}

/// Why a file could not be restored. Nothing was changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not a Willkommensmappe backup at all (another file was chosen).
    NotABackup,
    /// The passphrase does not open it.
    WrongPassphrase,
    /// It is a backup, but cut off or changed.
    Damaged,
}

#[derive(Serialize, Deserialize)]
struct Header {
    format: u32,
    kdf: KdfParams,
    /// base64
    salt: String,
    created: String,
    documents: u32,
}

/// Whether `passphrase` may protect a backup: at least [`MIN_PASSPHRASE`] characters and not
/// only digits. `Err` names the rule (a message id).
pub fn check_passphrase(passphrase: &str) -> Result<(), &'static str> {
    let digits = passphrase.chars().all(|c| c.is_ascii_digit());
    if digits || passphrase.chars().count() < MIN_PASSPHRASE {
        return Err("vault-backup-passphrase-rule");
    }
    Ok(())
}

fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    let len = u32::try_from(bytes.len()).expect("a record is smaller than 4 GiB");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(bytes);
}

/// The next length-prefixed field of `input`, or `None` if it is cut off.
fn take<'a>(input: &mut &'a [u8]) -> Option<&'a [u8]> {
    let (len, rest) = input.split_first_chunk::<4>()?;
    let len = u32::from_le_bytes(*len) as usize;
    if rest.len() < len {
        return None;
    }
    let (field, rest) = rest.split_at(len);
    *input = rest;
    Some(field)
}

fn context(name: &str, header: &[u8]) -> Vec<u8> {
    let mut c = name.as_bytes().to_vec();
    c.push(0);
    c.extend_from_slice(header);
    c
}

fn encode(doc: &BackupDocument) -> Vec<u8> {
    let mut out = Vec::with_capacity(doc.pages.iter().map(|(d, t)| d.len() + t.as_ref().map_or(0, Vec::len) + 9).sum());
    put(&mut out, &serde_json::to_vec(&doc.meta).expect("serialises"));
    put(&mut out, doc.added.as_bytes());
    for (data, thumb) in &doc.pages {
        put(&mut out, data);
        match thumb {
            Some(t) => {
                out.push(1);
                put(&mut out, t);
            }
            None => out.push(0),
        }
    }
    out
}

fn decode(mut input: &[u8]) -> Option<BackupDocument> {
    let meta: DocumentMeta = serde_json::from_slice(take(&mut input)?).ok()?;
    let added = String::from_utf8(take(&mut input)?.to_vec()).ok()?;
    let mut pages = Vec::with_capacity(meta.pages.len());
    while !input.is_empty() {
        let data = take(&mut input)?.to_vec();
        let (flag, rest) = input.split_first()?;
        input = rest;
        let thumb = match flag {
            0 => None,
            1 => Some(take(&mut input)?.to_vec()),
            _ => return None,
        };
        pages.push((data, thumb));
    }
    (pages.len() == meta.pages.len()).then_some(BackupDocument { meta, added, pages })
}

/// Writes a backup of `count` documents, one at a time, so only one document's plaintext is
/// in memory at once.
pub struct BackupWriter {
    key: Key,
    header: Vec<u8>,
    out: Vec<u8>,
    count: u32,
    written: u32,
}

impl BackupWriter {
    pub fn new(passphrase: &str, kdf: KdfParams, created: &str, count: u32) -> BackupWriter {
        let salt: [u8; 16] = crypto::random();
        use base64::Engine;
        let header = serde_json::to_vec(&Header {
            format: FORMAT,
            kdf,
            salt: base64::engine::general_purpose::STANDARD.encode(salt),
            created: created.to_string(),
            documents: count,
        })
        .expect("serialises");
        let key = crypto::derive(passphrase, &salt, kdf);
        let mut out = MAGIC.to_vec();
        put(&mut out, &header);
        put(&mut out, &crypto::seal(&key, &context("check", &header), b"ok"));
        BackupWriter { key, header, out, count, written: 0 }
    }

    pub fn push(&mut self, doc: &BackupDocument) {
        assert!(self.written < self.count, "more documents than announced");
        let plain = encode(doc);
        let sealed = crypto::seal(&self.key, &context(&format!("doc:{}", self.written), &self.header), &plain);
        put(&mut self.out, &sealed);
        self.written += 1;
    }

    /// The whole file.
    pub fn finish(mut self) -> Vec<u8> {
        assert_eq!(self.written, self.count, "fewer documents than announced");
        let end = crypto::seal(&self.key, &context("end", &self.header), &self.count.to_le_bytes());
        put(&mut self.out, &end);
        std::mem::take(&mut self.out)
    }
}

/// Reads a backup: checks the passphrase first, then yields its documents one by one; each
/// is authentic and in place, and [`BackupReader::finish`] confirms none is missing.
pub struct BackupReader<'a> {
    key: Key,
    header: Vec<u8>,
    rest: &'a [u8],
    /// Documents the header announces.
    pub count: u32,
    /// When it was made (RFC 3339), as the header says (authenticated by the records).
    pub created: String,
    read: u32,
}

impl<'a> BackupReader<'a> {
    pub fn open(file: &'a [u8], passphrase: &str) -> Result<BackupReader<'a>, BackupError> {
        let mut rest = file.strip_prefix(MAGIC).ok_or(BackupError::NotABackup)?;
        let header_bytes = take(&mut rest).ok_or(BackupError::Damaged)?;
        let header: Header = serde_json::from_slice(header_bytes).map_err(|_| BackupError::Damaged)?;
        if header.format != FORMAT {
            return Err(BackupError::Damaged);
        }
        // A changed header could ask for absurd KDF costs: refuse rather than hang or abort.
        let kdf = header.kdf;
        if !(8..=1024 * 1024).contains(&kdf.m_kib) || !(1..=10).contains(&kdf.t) || !(1..=4).contains(&kdf.p) {
            return Err(BackupError::Damaged);
        }
        use base64::Engine;
        let salt = base64::engine::general_purpose::STANDARD.decode(&header.salt).map_err(|_| BackupError::Damaged)?;
        let salt = <[u8; 16]>::try_from(salt.as_slice()).map_err(|_| BackupError::Damaged)?;
        let key = crypto::derive(passphrase, &salt, kdf);
        let check = take(&mut rest).ok_or(BackupError::Damaged)?;
        crypto::open(&key, &context("check", header_bytes), check).map_err(|_| BackupError::WrongPassphrase)?;
        Ok(BackupReader {
            key,
            header: header_bytes.to_vec(),
            rest,
            count: header.documents,
            created: header.created,
            read: 0,
        })
    }

    fn record(&mut self, name: &str) -> Result<Vec<u8>, BackupError> {
        let sealed = take(&mut self.rest).ok_or(BackupError::Damaged)?;
        crypto::open(&self.key, &context(name, &self.header), sealed).map_err(|_: CryptoError| BackupError::Damaged)
    }

    /// The next document, or `None` after the last.
    pub fn next_document(&mut self) -> Result<Option<BackupDocument>, BackupError> {
        if self.read == self.count {
            return Ok(None);
        }
        let plain = self.record(&format!("doc:{}", self.read))?;
        self.read += 1;
        decode(&plain).map(Some).ok_or(BackupError::Damaged)
    }

    /// Confirms every document was read and the file ends where it should.
    pub fn finish(mut self) -> Result<(), BackupError> {
        if self.read != self.count {
            return Err(BackupError::Damaged);
        }
        let end = self.record("end")?;
        if end != self.count.to_le_bytes() || !self.rest.is_empty() {
            return Err(BackupError::Damaged);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::{Category, PageInfo};

    const PASS: &str = "Rhein und Erft im Herbst";

    fn doc(n: u8) -> BackupDocument {
        BackupDocument {
            meta: DocumentMeta {
                title: format!("Zeugnis {n}"),
                category: Category::Certificates,
                issued: Some("2024-07-01".into()),
                expires: None,
                note: "Original beim Amt".into(),
                pages: vec![
                    PageInfo { mime: "application/pdf".into(), rotation: 0 },
                    PageInfo { mime: "image/png".into(), rotation: 3 },
                ],
            },
            added: "2026-11-24T12:00:00Z".into(),
            pages: vec![(vec![n; 1000], Some(vec![1, 2, 3])), (vec![n, 9], None)],
        }
    }

    fn backup(docs: &[BackupDocument]) -> Vec<u8> {
        let mut w = BackupWriter::new(PASS, KdfParams::FAST_FOR_TESTS, "2026-11-24T12:00:00Z", docs.len() as u32);
        docs.iter().for_each(|d| w.push(d));
        w.finish()
    }

    fn restore(file: &[u8], pass: &str) -> Result<Vec<BackupDocument>, BackupError> {
        let mut r = BackupReader::open(file, pass)?;
        let mut out = Vec::new();
        while let Some(d) = r.next_document()? {
            out.push(d);
        }
        r.finish()?;
        Ok(out)
    }

    #[test]
    fn round_trip_keeps_everything() {
        let docs = vec![doc(1), doc(2), doc(3)];
        let file = backup(&docs);
        assert_eq!(restore(&file, PASS).unwrap(), docs);
        assert_eq!(restore(&backup(&[]), PASS).unwrap(), vec![]);
        // Nothing readable in the file.
        let needle = b"Zeugnis";
        assert!(!file.windows(needle.len()).any(|w| w == needle));
    }

    #[test]
    fn wrong_passphrase_other_file_and_damage_are_told_apart() {
        let file = backup(&[doc(1), doc(2)]);
        assert_eq!(restore(&file, "Rhein und Erft im Winter"), Err(BackupError::WrongPassphrase));
        assert_eq!(restore(b"%PDF-1.7 kein Backup", PASS), Err(BackupError::NotABackup));
        assert_eq!(restore(&[], PASS), Err(BackupError::NotABackup));
        // Cut off anywhere after the magic: damaged (or, inside the check record, unreadable).
        for cut in (MAGIC.len()..file.len()).step_by(97) {
            let r = restore(&file[..cut], PASS);
            assert!(matches!(r, Err(BackupError::Damaged | BackupError::WrongPassphrase)), "cut at {cut}: {r:?}");
        }
        // One flipped bit anywhere after the magic is never accepted.
        for at in (MAGIC.len()..file.len()).step_by(13) {
            let mut bad = file.clone();
            bad[at] ^= 0x10;
            assert!(restore(&bad, PASS).is_err(), "flip at {at} accepted");
        }
        // Trailing bytes.
        let mut long = file.clone();
        long.push(0);
        assert_eq!(restore(&long, PASS), Err(BackupError::Damaged));
    }

    #[test]
    fn records_cannot_be_dropped_or_swapped() {
        let file = backup(&[doc(1), doc(2)]);
        // Split into fields and swap the two document records.
        let mut rest = &file[MAGIC.len()..];
        let fields: Vec<&[u8]> = std::iter::from_fn(|| take(&mut rest)).collect();
        assert_eq!(fields.len(), 5); // header, check, doc 0, doc 1, end
        let rebuild = |order: &[usize]| {
            let mut out = MAGIC.to_vec();
            order.iter().for_each(|&i| put(&mut out, fields[i]));
            out
        };
        assert_eq!(restore(&rebuild(&[0, 1, 3, 2, 4]), PASS), Err(BackupError::Damaged));
        assert_eq!(restore(&rebuild(&[0, 1, 2, 4]), PASS), Err(BackupError::Damaged));
        assert_eq!(restore(&rebuild(&[0, 1, 2, 2, 4]), PASS), Err(BackupError::Damaged));
        // A record from another backup of the same documents does not fit.
        let other = backup(&[doc(1), doc(2)]);
        let mut orest = &other[MAGIC.len()..];
        let ofields: Vec<&[u8]> = std::iter::from_fn(|| take(&mut orest)).collect();
        let mut mixed = MAGIC.to_vec();
        for (i, f) in fields.iter().enumerate() {
            put(&mut mixed, if i == 3 { ofields[3] } else { f });
        }
        assert_eq!(restore(&mixed, PASS), Err(BackupError::Damaged));
    }

    #[test]
    fn a_header_asking_for_absurd_costs_is_refused() {
        let file = backup(&[doc(1)]);
        let mut rest = &file[MAGIC.len()..];
        let fields: Vec<&[u8]> = std::iter::from_fn(|| take(&mut rest)).collect();
        let header = String::from_utf8(fields[0].to_vec()).unwrap().replace("\"m_kib\":64", "\"m_kib\":99999999");
        let mut out = MAGIC.to_vec();
        put(&mut out, header.as_bytes());
        fields[1..].iter().for_each(|f| put(&mut out, f));
        assert_eq!(restore(&out, PASS), Err(BackupError::Damaged));
    }

    #[test]
    fn backup_passphrases_are_sentences() {
        assert!(check_passphrase("12345678901234").is_err());
        assert!(check_passphrase("kurz").is_err());
        assert!(check_passphrase(PASS).is_ok());
        assert!(check_passphrase("ዝናብ ይዘንብ ኣሎ").is_ok());
    }
}
