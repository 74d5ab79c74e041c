//! Building blocks of the generated string lookup.
//!
//! The derive emits a perfect hash over a few bytes of the input; these
//! helpers read those bytes and confirm the one candidate with word-sized
//! loads, inline, without a call into `memcmp`.
//!
//! The confirmation is branch-free: a key is stored as a [`Row`] of the
//! words [`row_matches`] reads from the input (at offsets fixed by the
//! length, overlapping at the tail), so comparing is `W` loads, `W` xors and
//! one test, whatever the length. The derive computes the same words at
//! expansion time; `tests/lookup_agreement.rs` checks the two agree.

/// One spelling in a generated lookup table: its length, the index of its
/// variant and its bytes as [`row_matches`] reads them.
///
/// `W` is the number of words of the longest spelling (at most 8). The table
/// also holds one empty row (`len == 0`) that no input matches, for the
/// slots no key hashes to.
#[derive(Clone, Copy, Debug)]
pub struct Row<const W: usize> {
    /// The spelling's length in bytes; 0 for the empty row.
    pub len: u32,
    /// Position of the variant in declaration order.
    pub variant: u32,
    /// See [`row_matches`].
    pub words: [u64; W],
}

/// The words of `b` that [`row_matches`] compares: for 8 bytes or more, the
/// eight bytes at `min(8 * i, len - 8)` for each `i < W` (so the last load
/// overlaps the one before instead of reading past the end); for fewer, one
/// word packing every byte (see [`short_word`]) then zeros.
#[inline(always)]
fn word(b: &[u8], i: usize) -> u64 {
    load8(b, (8 * i).min(b.len().wrapping_sub(8)))
}

/// The bytes of a 1 to 7 byte string packed in one word, each at least once:
/// the first and the last four bytes (overlapping) from 4 bytes on, else the
/// first, middle and last. Two strings of the same length get the same word
/// exactly when they are equal.
#[inline(always)]
pub fn short_word(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        load4(b, 0) | (load4(b, n - 4) << 32)
    } else {
        u64::from(byte_at(b, 0))
            | (u64::from(byte_at(b, n / 2)) << 8)
            | (u64::from(byte_at(b, n.wrapping_sub(1))) << 16)
    }
}

/// True when `b` is the spelling of `row`: one length test and `W` word
/// compares folded into a single branch.
#[inline(always)]
pub fn row_matches<const W: usize>(b: &[u8], row: &Row<W>) -> bool {
    row_matches_by(b, row, |w| w)
}

/// [`row_matches`] ignoring ASCII case, for rows of lowercase spellings.
#[inline(always)]
pub fn row_matches_lowered<const W: usize>(b: &[u8], row: &Row<W>) -> bool {
    row_matches_by(b, row, lower8)
}

#[inline(always)]
fn row_matches_by<const W: usize>(b: &[u8], row: &Row<W>, map: impl Fn(u64) -> u64) -> bool {
    let n = b.len();
    // Different lengths make `diff` non-zero; `usize` fits in `u64`.
    let mut diff = (n as u64) ^ u64::from(row.len);
    if n >= 8 {
        let mut i = 0;
        while i < W {
            diff |= map(word(b, i)) ^ row.words[i];
            i += 1;
        }
    } else {
        let first = match row.words.first() {
            Some(&w) => w,
            None => 0,
        };
        diff |= map(short_word(b)) ^ first;
    }
    diff == 0
}

/// Byte `i` of `b`, or the last byte when `b` is shorter, or 0 when `b` is
/// empty. The generated hash checks the length first, so the optimizer
/// drops the clamp for positions every key has.
#[inline(always)]
pub fn byte_at(b: &[u8], i: usize) -> u8 {
    let n = b.len();
    let i = if i < n { i } else { n.wrapping_sub(1) };
    match b.get(i) {
        Some(&x) => x,
        None => 0,
    }
}

/// Byte `i` counted from the end of `b` (0 is the last), or the first byte
/// when `b` is shorter, or 0 when `b` is empty.
#[inline(always)]
pub fn byte_from_end(b: &[u8], i: usize) -> u8 {
    let n = b.len();
    let i = if i < n { n - 1 - i } else { 0 };
    match b.get(i) {
        Some(&x) => x,
        None => 0,
    }
}

/// [`byte_at`], lowercased.
#[inline(always)]
pub fn byte_at_lower(b: &[u8], i: usize) -> u8 {
    byte_at(b, i).to_ascii_lowercase()
}

/// [`byte_from_end`], lowercased.
#[inline(always)]
pub fn byte_from_end_lower(b: &[u8], i: usize) -> u8 {
    byte_from_end(b, i).to_ascii_lowercase()
}

#[inline(always)]
fn load8(b: &[u8], at: usize) -> u64 {
    match b.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(w) => u64::from_le_bytes(*w),
        None => 0,
    }
}

#[inline(always)]
fn load4(b: &[u8], at: usize) -> u64 {
    match b.get(at..).and_then(<[u8]>::first_chunk::<4>) {
        Some(w) => u64::from(u32::from_le_bytes(*w)),
        None => 0,
    }
}

/// ASCII-lowercases the eight bytes of `x` at once; other bytes are unchanged.
#[inline(always)]
pub fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7f * ONES);
    let at_least_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let above_z = low7 + (0x80 - u64::from(b'Z') - 1) * ONES;
    let upper = at_least_a & !above_z & !x & (0x80 * ONES);
    x | (upper >> 2)
}

/// Compares `a` and `b` with word loads, mapping each word of `a` by `map`.
/// Loads overlap at the tail instead of looping byte by byte.
#[inline(always)]
fn eq_words(a: &[u8], b: &[u8], map: impl Fn(u64) -> u64) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        let mut at = 0;
        while at + 8 < n {
            if map(load8(a, at)) != load8(b, at) {
                return false;
            }
            at += 8;
        }
        map(load8(a, n - 8)) == load8(b, n - 8)
    } else if n >= 4 {
        (map(load4(a, 0)) == load4(b, 0)) & (map(load4(a, n - 4)) == load4(b, n - 4))
    } else {
        let mut i = 0;
        while i < n {
            if map(u64::from(a[i])) != u64::from(b[i]) {
                return false;
            }
            i += 1;
        }
        true
    }
}

/// `a == b`, inline and word at a time.
#[inline(always)]
pub fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    eq_words(a, b, |w| w)
}

/// `a.eq_ignore_ascii_case(b)` where `lower` is already ASCII-lowercase.
#[inline(always)]
pub fn eq_lowered(a: &[u8], lower: &[u8]) -> bool {
    eq_words(a, lower, lower8)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &[&[u8]] = &[
        b"",
        b"A",
        b"kW",
        b"kWh",
        b"Wh\xff",
        b"L1-N",
        b"Celsius",
        b"Accepted",
        b"Sample.Periodic",
        b"Energy.Active.Import.Register",
        b"Energy.Active.Export.Register",
        b"@[`{\x7f\xc0\xdaZz",
        b"StopTransactionOnEVSideDisconnect",
    ];

    #[test]
    fn eq_bytes_agrees_with_slice_eq() {
        for a in SAMPLES {
            for b in SAMPLES {
                assert_eq!(eq_bytes(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn eq_lowered_agrees_with_eq_ignore_ascii_case() {
        for a in SAMPLES {
            for b in SAMPLES {
                let mut lower = [0u8; 64];
                let lower = &mut lower[..b.len()];
                lower.copy_from_slice(b);
                lower.make_ascii_lowercase();
                assert_eq!(
                    eq_lowered(a, lower),
                    a.eq_ignore_ascii_case(lower),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn lower8_maps_only_ascii_capitals() {
        for byte in 0..=255u8 {
            let word = u64::from_le_bytes([byte; 8]);
            assert_eq!(
                lower8(word),
                u64::from_le_bytes([byte.to_ascii_lowercase(); 8]),
                "{byte}"
            );
        }
    }

    #[test]
    fn bytes_are_read_from_either_end_and_clamped() {
        assert_eq!(byte_at(b"abc", 1), b'b');
        assert_eq!(byte_at(b"abc", 9), b'c');
        assert_eq!(byte_from_end(b"abc", 0), b'c');
        assert_eq!(byte_from_end(b"abc", 9), b'a');
        assert_eq!(byte_at_lower(b"ABC", 0), b'a');
        assert_eq!(byte_from_end_lower(b"ABC", 0), b'c');
        assert_eq!(byte_at(b"", 0), 0);
    }
}
