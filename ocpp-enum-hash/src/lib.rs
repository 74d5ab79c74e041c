//! The one definition of the string hash behind `ocpp-enums`.
//!
//! `ocpp-enum-derive` runs these functions at expansion time on every
//! spelling of an enum to find a collision-free [`Hash`](struct@Hash);
//! `ocpp-enums` runs the same functions at run time on the input to find the
//! one spelling it can be. Both depend on this crate (the `phf_shared` pattern), so the two
//! cannot drift apart; `tests/lookup_agreement.rs` checks that they agree.
//!
//! The rule: read up to three little-endian words of the input
//! ([`word`]), set bit `0x20` of every byte when case is ignored, mix them
//! with the length ([`mix`]), multiply by a seed and keep the top bits
//! ([`direct`]), or, for large sets, pick a displacement by those bits and
//! apply it to a second product ([`displaced`]).
//!
//! The layout of the tables is here too: [`Header`] for the table every
//! target reads, and the rows that hosted targets read ([`row_word`],
//! [`row_meta`], [`row_stride`]), which the derive writes and the runtime
//! reads inputs against with the same [`word_at`].
//!
//! With the `generate` feature (which needs `alloc`), also what finds the
//! hash and writes the tables: [`tables::tables`], for `ocpp-enum-derive`.
//! It is most of the derive's work but needs no `syn`, so here it compiles
//! while `syn` does, rather than after it.
#![no_std]
#![deny(missing_docs)]

#[cfg(feature = "generate")]
extern crate alloc;

mod rows;
#[cfg(feature = "generate")]
mod search;
#[cfg(feature = "generate")]
mod sort;
#[cfg(feature = "generate")]
pub mod tables;

pub use rows::{row_meta, row_stride, row_word, row_words, word_at, FREE_ROW, MAX_ROW_WORDS};

/// Sets the bit that ASCII case flips, in every byte.
pub const FOLD_CASE: u64 = 0x2020_2020_2020_2020;

/// In a pick (see [`word`]): count the word from the end of the input.
pub const FROM_END: u8 = 0x80;

/// The parameters of one perfect hash, found by the derive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hash {
    /// The odd multiplier.
    pub seed: u64,
    /// The three words mixed, as picks for [`word`] (repeats allowed).
    pub picks: [u8; 3],
    /// Word `k` of the mix is rotated left by `k * rotation` bits.
    pub rotation: u8,
    /// Whether every word is read `| FOLD_CASE` (lookups ignoring case).
    pub fold_case: bool,
    /// log2 of the number of slots.
    pub bits: u8,
    /// log2 of the number of displacement buckets; 0 for a one-level hash.
    pub bucket_bits: u8,
}

impl Hash {
    /// The hash of these parameters (see the fields).
    pub const fn new(
        seed: u64,
        picks: [u8; 3],
        rotation: u8,
        fold_case: bool,
        bits: u8,
        bucket_bits: u8,
    ) -> Self {
        Hash {
            seed,
            picks,
            rotation,
            fold_case,
            bits,
            bucket_bits,
        }
    }
}

/// Bytes of a [`Header`] at the start of every lookup table.
pub const HEADER_LEN: usize = 20;

/// The start of a lookup table: its hash and the shape of what follows.
///
/// The table the derive emits for an enum is one byte string: this header,
/// then `spellings + 1` offsets into the spelling text, then the variant of
/// each alias (`spellings - variants` of them), then, for a two-level hash,
/// `1 << bucket_bits` displacements, then `1 << bits` slots (absent for a
/// linear search), each a little-endian `u16` but the slots, which are one
/// byte unless `wide`. The derive writes it and the runtime reads it with
/// this one definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// The hash; meaningless when not `hashed`.
    pub hash: Hash,
    /// Words a compare reads: `ceil(longest spelling / 8)`.
    pub chunks: u8,
    /// Whether a slot takes two bytes (over 256 spellings).
    pub wide: bool,
    /// Whether the table has slots; if not, the runtime searches the
    /// spellings one by one.
    pub hashed: bool,
    /// Number of variants: spellings `0..variants` are their canonical
    /// spellings, in declaration order; the aliases follow.
    pub variants: u16,
    /// Number of spellings, aliases included.
    pub spellings: u16,
}

impl Header {
    /// The header as the table's first [`HEADER_LEN`] bytes.
    pub const fn encode(&self) -> [u8; HEADER_LEN] {
        let h = &self.hash;
        let seed = h.seed.to_le_bytes();
        let v = self.variants.to_le_bytes();
        let n = self.spellings.to_le_bytes();
        let flags = h.fold_case as u8 | (self.wide as u8) << 1 | (self.hashed as u8) << 2;
        [
            seed[0],
            seed[1],
            seed[2],
            seed[3],
            seed[4],
            seed[5],
            seed[6],
            seed[7],
            h.picks[0],
            h.picks[1],
            h.picks[2],
            h.rotation,
            h.bits,
            h.bucket_bits,
            self.chunks,
            flags,
            v[0],
            v[1],
            n[0],
            n[1],
        ]
    }

    /// The header at the start of `table`, or `None` when it is too short.
    #[inline(always)]
    pub const fn decode(table: &[u8]) -> Option<Header> {
        let Some(b) = table.first_chunk::<HEADER_LEN>() else {
            return None;
        };
        let seed = [b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]];
        Some(Header {
            hash: Hash {
                seed: u64::from_le_bytes(seed),
                picks: [b[8], b[9], b[10]],
                rotation: b[11],
                fold_case: b[15] & 1 != 0,
                bits: b[12],
                bucket_bits: b[13],
            },
            chunks: b[14],
            wide: b[15] & 2 != 0,
            hashed: b[15] & 4 != 0,
            variants: u16::from_le_bytes([b[16], b[17]]),
            spellings: u16::from_le_bytes([b[18], b[19]]),
        })
    }

    /// Where the offsets start.
    #[inline(always)]
    pub const fn offsets_at(&self) -> usize {
        HEADER_LEN
    }

    /// Where the alias variants start.
    #[inline(always)]
    pub const fn aliases_at(&self) -> usize {
        HEADER_LEN + 2 * (self.spellings as usize + 1)
    }

    /// Where the displacements start (none for a one-level hash).
    #[inline(always)]
    pub const fn displacements_at(&self) -> usize {
        self.aliases_at() + 2 * (self.spellings as usize - self.variants as usize)
    }

    /// Where the slots start.
    #[inline(always)]
    pub const fn slots_at(&self) -> usize {
        let d = if self.hashed && self.hash.bucket_bits > 0 {
            2usize << self.hash.bucket_bits
        } else {
            0
        };
        self.displacements_at() + d
    }

    /// The length of the whole table.
    pub const fn table_len(&self) -> usize {
        let slots = if self.hashed {
            (1usize << self.hash.bits) * if self.wide { 2 } else { 1 }
        } else {
            0
        };
        self.slots_at() + slots
    }
}

/// The word that `pick` selects from `s`.
///
/// From 8 bytes on: the eight bytes at `min(8 * k, len - 8)` counted from
/// the start, or, with [`FROM_END`], ending that far before the end
/// (`k = pick & 0x7f`), so a load never leaves the input. Under 8 bytes,
/// every pick gives [`short`], which holds every byte.
#[inline(always)]
pub const fn word(s: &[u8], pick: u8) -> u64 {
    let n = s.len();
    if n < 8 {
        return short(s);
    }
    let last = n - 8;
    let off = min(8 * (pick & !FROM_END) as usize, last);
    load8_clamped(
        s,
        if pick & FROM_END != 0 {
            last - off
        } else {
            off
        },
    )
}

/// The word of an input under 8 bytes: its first and last four bytes from 4
/// bytes on, else its first, middle and last byte (0 for none).
#[inline(always)]
pub const fn short(s: &[u8]) -> u64 {
    let n = s.len();
    if n >= 4 {
        load4_clamped(s, 0) | (load4_clamped(s, n - 4) << 32)
    } else {
        byte(s, 0) as u64 | (byte(s, n / 2) as u64) << 8 | (byte(s, n.wrapping_sub(1)) as u64) << 16
    }
}

/// The length of `s` mixed with its three picked words ([`mix_words`]).
#[inline(always)]
pub const fn mix(s: &[u8], h: &Hash) -> u64 {
    let words = if s.len() < 8 {
        let w = short(s);
        [w, w, w]
    } else {
        let [p, q, r] = h.picks;
        [word(s, p), word(s, q), word(s, r)]
    };
    mix_words(s.len(), words, h)
}

/// The length `n` of an input mixed with its three picked words `[a, b,
/// c]` (for an input under 8 bytes, [`short`] three times): `n ^ a ^
/// b.rotate_left(r) ^ c.rotate_left(2 * r)`, each word read `| FOLD_CASE`
/// when case is ignored. For a caller that has the words already.
#[inline(always)]
pub const fn mix_words(n: usize, [a, b, c]: [u64; 3], h: &Hash) -> u64 {
    let fold = if h.fold_case { FOLD_CASE } else { 0 };
    let r = h.rotation as u32;
    (n as u64) ^ (a | fold) ^ (b | fold).rotate_left(r) ^ (c | fold).rotate_left(2 * r)
}

/// The slot of a one-level hash: the top `bits` bits of `x * seed`.
#[inline(always)]
pub const fn direct(x: u64, h: &Hash) -> usize {
    (x.wrapping_mul(h.seed) >> (64 - h.bits as u32)) as usize
}

/// The displacement bucket of a two-level hash: the top `bucket_bits` bits
/// of `x * seed`.
#[inline(always)]
pub const fn bucket(x: u64, h: &Hash) -> usize {
    (x.wrapping_mul(h.seed) >> (64 - h.bucket_bits as u32)) as usize
}

/// The slot of a two-level hash, given the displacement `d` of `x`'s
/// [`bucket`]: `f1 + (d >> 8) * f2 + (d & 0xff)` modulo the slot count, with
/// `f1` and `f2` taken from a second product.
#[inline(always)]
pub const fn displaced(x: u64, h: &Hash, d: u16) -> usize {
    let q = (x ^ (x >> 29)).wrapping_mul(h.seed ^ 0x9E37_79B9_7F4A_7C15);
    let f1 = (q >> 32) as u32;
    let f2 = ((q >> 8) as u32) | 1;
    let slot = f1
        .wrapping_add(((d >> 8) as u32).wrapping_mul(f2))
        .wrapping_add((d & 0xff) as u32);
    (slot & ((1u32 << h.bits) - 1)) as usize
}

/// `0x20` in each byte of `word` that is an ASCII letter, 0 elsewhere, for a
/// `word` of ASCII bytes (a spelling's; other bytes give no meaningful
/// answer).
#[inline(always)]
pub const fn letters(word: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lower = word | FOLD_CASE;
    // Adding to 7-bit bytes never carries into the next byte.
    let at_least_a = lower.wrapping_add(0x1f1f_1f1f_1f1f_1f1f); // 0x61 + 0x1f = 0x80
    let past_z = lower.wrapping_add(0x0505_0505_0505_0505); // 0x7b + 0x05 = 0x80
    (at_least_a & !past_z & HIGH) >> 2
}

/// The eight bytes of `s` at `at`, little-endian, or 0 past the end.
#[inline(always)]
pub fn load8(s: &[u8], at: usize) -> u64 {
    match s.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(w) => u64::from_le_bytes(*w),
        None => 0,
    }
}

/// The eight bytes of `s` at `min(at, s.len() - 8)`, little-endian, or 0
/// when `s` is shorter than 8 bytes.
///
/// The clamp is what keeps the load in bounds, so the compiler needs no
/// bounds check of its own: where the caller has already clamped `at` (as
/// [`word`] does), the two clamps fold into one.
#[inline(always)]
pub const fn load8_clamped(s: &[u8], at: usize) -> u64 {
    let Some(last) = s.len().checked_sub(8) else {
        return 0;
    };
    let at = min(at, last);
    // SAFETY: `at <= s.len() - 8`, so the 8 bytes at `at` are in `s`.
    let w = unsafe { s.as_ptr().add(at).cast::<[u8; 8]>().read_unaligned() };
    u64::from_le_bytes(w)
}

/// The four bytes of `s` at `min(at, s.len() - 4)`, little-endian, or 0
/// when `s` is shorter than 4 bytes (see [`load8_clamped`]).
#[inline(always)]
const fn load4_clamped(s: &[u8], at: usize) -> u64 {
    let Some(last) = s.len().checked_sub(4) else {
        return 0;
    };
    let at = min(at, last);
    // SAFETY: `at <= s.len() - 4`, so the 4 bytes at `at` are in `s`.
    let w = unsafe { s.as_ptr().add(at).cast::<[u8; 4]>().read_unaligned() };
    u32::from_le_bytes(w) as u64
}

/// Byte `i` of `s`, or 0 past the end.
#[inline(always)]
const fn byte(s: &[u8], i: usize) -> u8 {
    if i < s.len() {
        s[i]
    } else {
        0
    }
}

/// The smaller of `a` and `b` (`Ord::min` is not `const`).
#[inline(always)]
const fn min(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(s: &[u8]) -> u64 {
        u64::from_le_bytes(s.try_into().unwrap())
    }

    #[test]
    fn picks_read_from_either_end_without_leaving_the_input() {
        let s = b"Energy.Active.Import.Register";
        assert_eq!(word(s, 0), le(b"Energy.A"));
        assert_eq!(word(s, 1), le(b"ctive.Im"));
        assert_eq!(word(s, 2), le(b"port.Reg"));
        assert_eq!(word(s, 9), le(b"Register"), "clamped to the last word");
        assert_eq!(word(s, FROM_END), le(b"Register"));
        assert_eq!(word(s, FROM_END | 1), le(b".Import."));
        assert_eq!(
            word(s, FROM_END | 9),
            le(b"Energy.A"),
            "clamped to the first"
        );
        assert_eq!(word(b"Accepted", FROM_END | 2), le(b"Accepted"));
    }

    #[test]
    fn short_words_hold_every_byte() {
        assert_eq!(short(b""), 0);
        assert_eq!(short(b"A"), 0x41_41_41);
        assert_eq!(short(b"Wh"), 0x68_68_57);
        assert_eq!(short(b"kWh"), 0x68_57_6b);
        assert_eq!(short(b"Celsius"), le(b"Celssius"));
        assert_eq!(word(b"kWh", FROM_END | 3), short(b"kWh"));
    }

    #[test]
    fn folding_makes_case_variants_mix_alike() {
        let h = Hash {
            seed: 0x1234_5678_9abc_def1,
            picks: [0, FROM_END, 1],
            rotation: 16,
            fold_case: true,
            bits: 6,
            bucket_bits: 0,
        };
        for (a, b) in [
            (&b"sample.periodic"[..], &b"SAMPLE.Periodic"[..]),
            (b"kwh", b"KWH"),
            (b"Current.Import", b"current.import"),
        ] {
            assert_eq!(mix(a, &h), mix(b, &h));
            let exact = Hash {
                fold_case: false,
                ..h
            };
            assert_ne!(mix(a, &exact), mix(b, &exact));
        }
    }

    #[test]
    fn letters_mark_ascii_letters_only() {
        let le8 = |s: &[u8; 8]| u64::from_le_bytes(*s);
        assert_eq!(letters(le8(b"ab.z-0A~")), le8(b"\x20\x20\0\x20\0\0\x20\0"));
        assert_eq!(
            letters(le8(b"@[`{Zz\xc1\xe1")),
            le8(b"\0\0\0\0\x20\x20\0\0")
        );
        for b in 0..=255u8 {
            let expected = if b.is_ascii_alphabetic() { 0x20 } else { 0 };
            assert_eq!(letters(u64::from(b)), expected, "{b:#x}");
        }
    }

    #[test]
    fn headers_round_trip() {
        let header = Header {
            hash: Hash::new(0x0123_4567_89ab_cdef, [1, FROM_END | 2, 3], 24, true, 9, 5),
            chunks: 4,
            wide: true,
            hashed: true,
            variants: 300,
            spellings: 302,
        };
        let mut table = header.encode().to_vec();
        table.push(0xff);
        assert_eq!(Header::decode(&table), Some(header));
        assert_eq!(Header::decode(&table[..HEADER_LEN - 1]), None);
        assert_eq!(header.aliases_at(), HEADER_LEN + 2 * 303);
        assert_eq!(header.displacements_at(), header.aliases_at() + 4);
        assert_eq!(header.slots_at(), header.displacements_at() + 64);
        assert_eq!(header.table_len(), header.slots_at() + 1024);
    }

    #[test]
    fn slots_stay_in_range() {
        let h = Hash {
            seed: 0x9E37_79B9_7F4A_7C15,
            picks: [0; 3],
            rotation: 32,
            fold_case: false,
            bits: 5,
            bucket_bits: 3,
        };
        for x in [0, 1, u64::MAX, 0x8000_0000_0000_0000, 12_345] {
            assert!(direct(x, &h) < 32);
            assert!(bucket(x, &h) < 8);
            for d in [0, 1, 0xff, 0xffff] {
                assert!(displaced(x, &h, d) < 32);
            }
        }
    }
}
