//! Building blocks of the generated string lookup.
//!
//! The generated `from_wire` reads the input once as `W` little-endian words
//! ([`words`]), hashes the length and up to three of those words to one
//! [`Row`] (or [`RowIgnoringCase`]), and confirms that row with
//! [`Row::matches`]: `W` word compares and a length compare folded into one
//! branch, inline, whatever the length, without a call into `memcmp`. The
//! derive computes the same words for each key at expansion time;
//! `tests/lookup_agreement.rs` checks the two agree.
//!
//! Everything here is safe code: the loads go through `get`, and the
//! optimizer removes the checks the length tests already imply.

/// One spelling in a generated lookup table: its length, the index of its
/// variant and its [`words`].
///
/// `W` is the word count of the longest spelling (1 to 8). Each table also
/// holds empty rows (`len == 0`) that no input matches, for the slots no key
/// hashes to.
#[derive(Clone, Copy, Debug)]
pub struct Row<const W: usize> {
    /// The spelling's length in bytes; 0 for an empty row.
    pub len: u32,
    /// Position of the variant in declaration order.
    pub variant: u32,
    /// The spelling as [`words`] reads it.
    pub words: [u64; W],
}

impl<const W: usize> Row<W> {
    /// A row no input of 1 byte or more matches.
    pub const EMPTY: Self = Row {
        len: 0,
        variant: u32::MAX,
        words: [0; W],
    };

    /// True when an input of `n` bytes read as `words` is this spelling.
    /// Two strings of the same length have the same words exactly when they
    /// are equal, so this is `input == spelling`, without a branch per word.
    #[inline(always)]
    pub fn matches(&self, n: usize, words: &[u64; W]) -> bool {
        // `usize` fits in `u64` on every target Rust supports.
        let mut diff = (n as u64) ^ u64::from(self.len);
        for (a, b) in words.iter().zip(&self.words) {
            diff |= a ^ b;
        }
        diff == 0
    }
}

/// A row of a lookup ignoring ASCII case: a lowercase spelling and its
/// letters.
#[derive(Clone, Copy, Debug)]
pub struct RowIgnoringCase<const W: usize> {
    /// The spelling's length in bytes; 0 for an empty row.
    pub len: u32,
    /// Position of the variant in declaration order.
    pub variant: u32,
    /// The lowercase spelling as [`words`] reads it.
    pub words: [u64; W],
    /// `0x20` in each byte of `words` that is a letter, 0 elsewhere.
    pub letters: [u64; W],
}

impl<const W: usize> RowIgnoringCase<W> {
    /// A row no input of 1 byte or more matches.
    pub const EMPTY: Self = RowIgnoringCase {
        len: 0,
        variant: u32::MAX,
        words: [0; W],
        letters: [0; W],
    };

    /// True when an input of `n` bytes read as `words` is this spelling,
    /// ignoring ASCII case. Setting `0x20` turns exactly the two cases of a
    /// letter into its lowercase, so `(input | letters) == words` accepts
    /// those and, where the spelling has no letter, only the same byte.
    #[inline(always)]
    pub fn matches(&self, n: usize, words: &[u64; W]) -> bool {
        let mut diff = (n as u64) ^ u64::from(self.len);
        for ((a, b), m) in words.iter().zip(&self.words).zip(&self.letters) {
            diff |= (a | m) ^ b;
        }
        diff == 0
    }
}

/// `b` as `W` little-endian words that together hold every byte once or
/// more:
/// - from 8 bytes on, the first `H = ceil(W / 2)` words are the eight bytes
///   at `min(8 * i, len - 8)` (word `i`, counted from the start) and the
///   others those at `len - 8 - min(8 * j, len - 8)` (word `H + j`, counted
///   from the end), so loads overlap instead of reading past either end, and
///   a byte near the end keeps its place in a word whatever the length;
/// - from 4 to 7 bytes, the first and the last four bytes, in every word;
/// - from 1 to 3 bytes, the first, middle and last byte, in every word
///   (0 for no byte).
///
/// Every load is in bounds and needs no branch of its own. The words hold
/// all of a string of up to `8 * W` bytes; a longer one has the same words
/// as some shorter strings, which the length compare in [`Row::matches`]
/// tells apart.
#[inline(always)]
pub fn words<const W: usize>(b: &[u8]) -> [u64; W] {
    let n = b.len();
    let mut out = [0u64; W];
    if n >= 8 {
        let last = n - 8;
        let from_start = W.div_ceil(2);
        for (i, w) in out.iter_mut().enumerate() {
            let at = if i < from_start {
                (8 * i).min(last)
            } else {
                last - (8 * (i - from_start)).min(last)
            };
            *w = load8(b, at);
        }
    } else {
        out = [short_word(b); W];
    }
    out
}

/// Every word of [`words`] for 0 to 7 bytes.
#[inline(always)]
fn short_word(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        load4(b, 0) | (load4(b, n - 4) << 32)
    } else {
        u64::from(byte_at(b, 0))
            | (u64::from(byte_at(b, n / 2)) << 8)
            | (u64::from(byte_at(b, n.wrapping_sub(1))) << 16)
    }
}

/// Byte `i` of `b`, or 0 past the end.
#[inline(always)]
fn byte_at(b: &[u8], i: usize) -> u8 {
    match b.get(i) {
        Some(&x) => x,
        None => 0,
    }
}

/// The eight bytes of `b` at `at`, little-endian, or 0 past the end.
#[inline(always)]
fn load8(b: &[u8], at: usize) -> u64 {
    match b.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(w) => u64::from_le_bytes(*w),
        None => 0,
    }
}

/// The four bytes of `b` at `at`, little-endian, or 0 past the end.
#[inline(always)]
fn load4(b: &[u8], at: usize) -> u64 {
    match b.get(at..).and_then(<[u8]>::first_chunk::<4>) {
        Some(w) => u64::from(u32::from_le_bytes(*w)),
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &[&[u8]] = &[
        b"",
        b"A",
        b"kW",
        b"Wk",
        b"kWh",
        b"kwh",
        b"Wh\xff",
        b"L1-N",
        b"L1-n",
        b"Celsius",
        b"Celcius",
        b"Accepted",
        b"accepted",
        b"Sample.Periodic",
        b"Sample.Periodid",
        b"Energy.Active.Import.Register",
        b"Energy.Active.Export.Register",
        b"ENERGY.ACTIVE.EXPORT.REGISTER",
        b"@[`{\x7f\xc0\xdaZz",
        b"StopTransactionOnEVSideDisconnect",
        b"StopTransactionOnEVSideDisconnecT",
        b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF",
    ];

    /// A row for `key` as the derive writes it: `words` of the spelling.
    fn row(key: &[u8]) -> Row<8> {
        Row {
            len: key.len() as u32,
            variant: 0,
            words: words::<8>(key),
        }
    }

    /// A row for `key` ignoring case: `words` of the lowercase spelling, and
    /// `0x20` in each byte holding a letter.
    fn row_ignoring_case(key: &[u8]) -> RowIgnoringCase<8> {
        let words = words::<8>(&key.to_ascii_lowercase());
        RowIgnoringCase {
            len: key.len() as u32,
            variant: 0,
            words,
            letters: words.map(|w| {
                u64::from_le_bytes(w.to_le_bytes().map(|b| {
                    if b.is_ascii_lowercase() {
                        0x20
                    } else {
                        0
                    }
                }))
            }),
        }
    }

    #[test]
    fn rows_match_exactly_equal_strings() {
        for a in SAMPLES {
            for b in SAMPLES {
                let matched = row(b).matches(a.len(), &words::<8>(a));
                assert_eq!(matched, a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn rows_ignoring_case_match_ascii_case_variants_only() {
        for a in SAMPLES {
            for b in SAMPLES {
                let matched = row_ignoring_case(b).matches(a.len(), &words::<8>(a));
                assert_eq!(matched, a.eq_ignore_ascii_case(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn rows_ignoring_case_keep_other_bytes_exact() {
        // `| 0x20` would also turn these into the key's bytes; the letter
        // mask must not.
        for (key, input) in [
            (&b"a.b"[..], &b"a\x0eb"[..]),
            (b"x@y", b"x`y"),
            (b"ab_cdefgh", b"ab\x7fcdefgh"),
            (b"k[0]", b"k{0]"),
            (b"a-1", b"A-\x11"),
        ] {
            assert!(
                !row_ignoring_case(key).matches(input.len(), &words::<8>(input)),
                "{input:?}"
            );
            assert!(
                row_ignoring_case(key).matches(key.len(), &words::<8>(&key.to_ascii_uppercase()))
            );
        }
    }

    #[test]
    fn the_empty_row_matches_nothing() {
        for a in SAMPLES {
            let w = words::<2>(a);
            assert!(!Row::EMPTY.matches(a.len(), &w) || a.is_empty());
            assert!(!RowIgnoringCase::EMPTY.matches(a.len(), &w) || a.is_empty());
        }
    }

    #[test]
    fn words_hold_every_byte() {
        let le = |s: &[u8]| u64::from_le_bytes(s.try_into().unwrap());
        assert_eq!(words::<1>(b""), [0]);
        assert_eq!(words::<2>(b"A"), [0x41_41_41; 2]);
        assert_eq!(words::<1>(b"Wh"), [0x68_68_57]);
        assert_eq!(words::<1>(b"kWh"), [0x68_57_6b]);
        assert_eq!(words::<1>(b"Celsius"), [le(b"Celssius")]);
        assert_eq!(words::<2>(b"Accepted"), [le(b"Accepted"); 2]);
        assert_eq!(
            words::<3>(b"Sample.Periodic"),
            [le(b"Sample.P"), le(b"Periodic"), le(b"Periodic")]
        );
        assert_eq!(
            words::<4>(b"Energy.Active.Import.Register"),
            [
                le(b"Energy.A"),
                le(b"ctive.Im"),
                le(b"Register"),
                le(b".Import.")
            ]
        );
    }
}
