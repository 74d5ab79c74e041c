//! The rows hosted targets read: per slot of a hash, the words of the
//! spelling there, as a lookup reads an input's, then its length and
//! variant. The derive writes them at expansion time with these functions;
//! `ocpp-enums` reads inputs with the same [`word_at`].

use crate::{load8_clamped, short};

/// The most words a row holds: spellings up to 64 bytes.
pub const MAX_ROW_WORDS: usize = 8;

/// The words of a row for a table of `chunks` words: `chunks`, at least 1.
#[inline(always)]
pub const fn row_words(chunks: u8) -> usize {
    if chunks == 0 {
        1
    } else {
        chunks as usize
    }
}

/// Words per row for a table of `chunks` words: the words, then the length
/// and the variant in one ([`row_meta`]), rounded up to 8 where that makes
/// 6 or 7. A slot's row is then one instruction away on x86-64 (a shift, or
/// an `lea` for 3, 5 or 9 words), as it is for a power of two, without the
/// power of two's padding (measured: as fast within noise, 75 KB less for
/// the three catalogues).
#[inline(always)]
pub const fn row_stride(chunks: u8) -> usize {
    match row_words(chunks) + 1 {
        6 | 7 => 8,
        stride => stride,
    }
}

/// Where word `c` of `chunks` of an input of `n >= 8` bytes starts: the
/// first half of the words from the start, every 8 bytes, the others from
/// the end, each clamped to the input, so that for `n <= 8 * chunks` they
/// hold every byte, and where `8 * chunks` is over `n` they overlap rather
/// than leave it. `c` and `chunks - 1 - c` share one clamp.
#[inline(always)]
pub const fn word_at(c: usize, chunks: usize, n: usize) -> usize {
    let last = n - 8;
    let (a, b) = if c < chunks.div_ceil(2) {
        (8 * c, false)
    } else {
        (8 * (chunks - 1 - c), true)
    };
    let off = if a < last { a } else { last };
    if b {
        last - off
    } else {
        off
    }
}

/// Word `c` of the `w` of a row for `key`, as a lookup reads an input of
/// the same length: from 8 bytes on the 8 bytes at [`word_at`], under 8
/// bytes [`short`] then 0.
pub const fn row_word(key: &[u8], c: usize, w: usize) -> u64 {
    let n = key.len();
    if n >= 8 {
        load8_clamped(key, word_at(c, w, n))
    } else if c > 0 {
        0
    } else {
        short(key)
    }
}

/// The last word of a spelling's row: its length in the low half, its
/// variant in the high half.
#[inline(always)]
pub const fn row_meta(len: usize, variant: u16) -> u64 {
    len as u64 | (variant as u64) << 32
}

/// The last word of the row of a slot no spelling hashes to: a length no
/// input has (see [`row_meta`]), and variant 0.
pub const FREE_ROW: u64 = u32::MAX as u64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cover_every_byte_from_both_ends() {
        // 3 words of 20 bytes: 0..8, 8..16 clamped to 8..16, then 12..20.
        assert_eq!([0, 1, 2].map(|c| word_at(c, 3, 20)), [0, 8, 12]);
        // 4 words of 17 bytes: 0, 8 from the start; 1, 9 from the end.
        assert_eq!([0, 1, 2, 3].map(|c| word_at(c, 4, 17)), [0, 8, 1, 9]);
        // One word of 8 bytes is the whole input.
        assert_eq!(word_at(0, 1, 8), 0);
    }

    #[test]
    fn rows_hold_the_words_a_lookup_reads() {
        let key = b"Energy.Active.Import.Register";
        let w = 4;
        let words: [u64; 4] = core::array::from_fn(|c| row_word(key, c, w));
        assert_eq!(words[0], u64::from_le_bytes(*b"Energy.A"));
        assert_eq!(words[3], u64::from_le_bytes(*b"Register"));
        assert_eq!(row_word(b"kWh", 0, 2), short(b"kWh"));
        assert_eq!(row_word(b"kWh", 1, 2), 0);
        assert_eq!(row_meta(29, 3), 29 | 3 << 32);
        assert_ne!(FREE_ROW as u32 as usize, key.len());
        assert_eq!([0, 1, 2, 3, 4, 5, 8].map(row_stride), [2, 2, 3, 4, 5, 8, 9]);
    }
}
