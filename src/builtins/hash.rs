//! Message digests and checksums: `md5`, `sha1`, `crc32`, `hash`,
//! `hash_algos`, `hash_hmac`, `md5`/`sha1` with raw output. MD5 and the SHA
//! family come from RustCrypto's `md-5`, `sha1` and `sha2` crates (small,
//! audited, maintained); CRC-32 is computed here.

use crate::builtins::strings::bytes_value;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::{Arr, Str, Value};
use sha2::Digest;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("md5", md5, "$string, $binary="),
    f!("sha1", sha1, "$string, $binary="),
    f!("crc32", crc32, "$string"),
    f!("hash", hash, "$algo, $data, $binary=, $options="),
    f!("hash_algos", hash_algos, ""),
    f!("hash_hmac", hash_hmac, "$algo, $data, $key, $binary="),
];

/// The algorithms phpi implements, in `hash_algos()` order.
const ALGOS: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512/224",
    "sha512/256",
    "sha512",
    "adler32",
    "crc32",
    "crc32b",
    "crc32c",
    "fnv132",
    "fnv1a32",
    "fnv164",
    "fnv1a64",
    "joaat",
];

/// The non-cryptographic checksums, which `hash_hmac` refuses.
const CHECKSUMS: &[&str] = &[
    "adler32", "crc32", "crc32b", "crc32c", "fnv132", "fnv1a32", "fnv164", "fnv1a64", "joaat",
];

/// CRC-32 (IEEE 802.3, reflected), as `crc32()` and `hash('crc32b')` use.
pub fn crc32_of(data: &[u8]) -> u32 {
    reflected_crc(data, 0xedb8_8320)
}

/// A reflected CRC-32 with the given (reversed) polynomial.
fn reflected_crc(data: &[u8], poly: u32) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ poly
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The BZIP2 CRC-32 (unreflected), which PHP's `crc32` algorithm prints
/// with its bytes reversed.
fn bzip2_crc(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= (b as u32) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04c1_1db7
            } else {
                crc << 1
            };
        }
    }
    !crc
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &c in data {
        a = (a + c as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// Fowler-Noll-Vo, 32 bits: `xor_first` selects FNV-1a.
fn fnv32(data: &[u8], xor_first: bool) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for &c in data {
        if xor_first {
            h = (h ^ c as u32).wrapping_mul(0x0100_0193);
        } else {
            h = h.wrapping_mul(0x0100_0193) ^ c as u32;
        }
    }
    h
}

/// Fowler-Noll-Vo, 64 bits: `xor_first` selects FNV-1a.
fn fnv64(data: &[u8], xor_first: bool) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &c in data {
        if xor_first {
            h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        } else {
            h = h.wrapping_mul(0x0100_0000_01b3) ^ c as u64;
        }
    }
    h
}

/// Bob Jenkins' one-at-a-time hash.
fn joaat(data: &[u8]) -> u32 {
    let mut h = 0u32;
    for &c in data {
        h = h.wrapping_add(c as u32);
        h = h.wrapping_add(h << 10);
        h ^= h >> 6;
    }
    h = h.wrapping_add(h << 3);
    h ^= h >> 11;
    h.wrapping_add(h << 15)
}

/// The raw digest of `data` by `algo` (lower-case name), if known.
fn digest(algo: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    Some(match algo {
        b"md5" => md5::Md5::digest(data).to_vec(),
        b"sha1" => sha1::Sha1::digest(data).to_vec(),
        b"sha224" => sha2::Sha224::digest(data).to_vec(),
        b"sha256" => sha2::Sha256::digest(data).to_vec(),
        b"sha384" => sha2::Sha384::digest(data).to_vec(),
        b"sha512" => sha2::Sha512::digest(data).to_vec(),
        b"sha512/224" => sha2::Sha512_224::digest(data).to_vec(),
        b"sha512/256" => sha2::Sha512_256::digest(data).to_vec(),
        b"adler32" => adler32(data).to_be_bytes().to_vec(),
        b"crc32" => bzip2_crc(data).to_le_bytes().to_vec(),
        b"crc32b" => crc32_of(data).to_be_bytes().to_vec(),
        b"crc32c" => reflected_crc(data, 0x82f6_3b78).to_be_bytes().to_vec(),
        b"fnv132" => fnv32(data, false).to_be_bytes().to_vec(),
        b"fnv1a32" => fnv32(data, true).to_be_bytes().to_vec(),
        b"fnv164" => fnv64(data, false).to_be_bytes().to_vec(),
        b"fnv1a64" => fnv64(data, true).to_be_bytes().to_vec(),
        b"joaat" => joaat(data).to_be_bytes().to_vec(),
        _ => return None,
    })
}

/// Block size of the algorithm, for HMAC.
fn block_size(algo: &[u8]) -> usize {
    match algo {
        b"sha384" | b"sha512" | b"sha512/224" | b"sha512/256" => 128,
        _ => 64,
    }
}

pub fn hex(bytes: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|&b| [HEX[(b >> 4) as usize], HEX[(b & 15) as usize]])
        .collect()
}

fn output(raw: Vec<u8>, binary: bool) -> Value {
    if binary {
        bytes_value(&raw)
    } else {
        bytes_value(&hex(&raw))
    }
}

fn md5(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let binary = a.opt_bool(it, 1, false)?;
    Ok(output(md5::Md5::digest(s.as_bytes()).to_vec(), binary))
}

fn sha1(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let binary = a.opt_bool(it, 1, false)?;
    Ok(output(sha1::Sha1::digest(s.as_bytes()).to_vec(), binary))
}

fn crc32(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(Value::Int(crc32_of(s.as_bytes()) as i64))
}

fn algo_name(it: &mut Interp, a: &CallArgs) -> R<Vec<u8>> {
    let algo = a.string(it, 0)?.as_bytes().to_ascii_lowercase();
    if !ALGOS.iter().any(|n| n.as_bytes() == algo.as_slice()) {
        return Err(a.value_error(it, 0, "must be a valid hashing algorithm"));
    }
    Ok(algo)
}

fn hash(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let algo = algo_name(it, a)?;
    let data = a.string(it, 1)?;
    let binary = a.opt_bool(it, 2, false)?;
    let raw = digest(&algo, data.as_bytes()).unwrap_or_default();
    Ok(output(raw, binary))
}

fn hash_hmac(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let algo = a.string(it, 0)?.as_bytes().to_ascii_lowercase();
    let known = |list: &[&str]| list.iter().any(|n| n.as_bytes() == algo.as_slice());
    if !known(ALGOS) || known(CHECKSUMS) {
        return Err(a.value_error(it, 0, "must be a valid cryptographic hashing algorithm"));
    }
    let data = a.string(it, 1)?;
    let key = a.string(it, 2)?;
    let binary = a.opt_bool(it, 3, false)?;
    let block = block_size(&algo);
    let mut k = if key.len() > block {
        digest(&algo, key.as_bytes()).unwrap_or_default()
    } else {
        key.as_bytes().to_vec()
    };
    k.resize(block, 0);
    let inner: Vec<u8> = k
        .iter()
        .map(|b| b ^ 0x36)
        .chain(data.as_bytes().iter().copied())
        .collect();
    let inner_digest = digest(&algo, &inner).unwrap_or_default();
    let outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).chain(inner_digest).collect();
    Ok(output(digest(&algo, &outer).unwrap_or_default(), binary))
}

fn hash_algos(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let mut arr = Arr::with_capacity(ALGOS.len());
    for name in ALGOS {
        arr.table_mut()
            .push(Value::Str(Str::interned(name.as_bytes())));
    }
    Ok(Value::Arr(arr))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected digests from `php -n -r 'echo hash(ALGO, "abc");'`.
    #[test]
    fn digests_match_php() {
        assert_eq!(
            hex(&digest(b"md5", b"abc").unwrap()),
            b"900150983cd24fb0d6963f7d28e17f72"
        );
        assert_eq!(
            hex(&digest(b"sha1", b"abc").unwrap()),
            b"a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(&digest(b"sha256", b"abc").unwrap()),
            b"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".to_vec()
        );
        assert_eq!(hex(&digest(b"crc32b", b"abc").unwrap()), b"352441c2");
        assert_eq!(
            crc32_of(b"The quick brown fox jumped over the lazy dog."),
            2191738434
        );
    }
}
