//! The string lookup behind every generated `from_wire`, and the spelling
//! table behind `as_str`.
//!
//! The derive emits data only: one [`Spellings`] per enum (every spelling
//! once, in one string) and one [`Lookup`] per way of matching (exact, or
//! ignoring ASCII case), whose perfect [`Hash`] it found at expansion time
//! with the functions of `ocpp-enum-hash`. At run time [`find`] runs the same
//! functions on the input, reads the one spelling its slot names and
//! confirms it with a word-wise compare: no per-enum code, no `memcmp`
//! call, no allocation.

use ocpp_enum_hash::{bucket, direct, displaced, letters, load8, mix, short, Hash};

/// Every spelling of one enum in one string: the canonical spelling of each
/// variant in declaration order, then the aliases.
///
/// The offsets and alias variants are `u16`s stored as little-endian byte
/// pairs, so that the derive writes each table as one byte-string literal.
#[derive(Debug)]
pub struct Spellings {
    text: &'static str,
    /// `offset(i)..offset(i + 1)` is spelling `i`.
    offsets: &'static [u8],
    /// The variant each alias names, in the order the aliases follow the
    /// canonical spellings.
    aliases: &'static [u8],
}

/// The `u16` at pair `i` of `b`, or `None` past the end.
#[inline(always)]
const fn pair(b: &[u8], i: usize) -> Option<u16> {
    if 2 * i + 1 < b.len() {
        Some(u16::from_le_bytes([b[2 * i], b[2 * i + 1]]))
    } else {
        None
    }
}

impl Spellings {
    /// Checks the table at compile time (the derive builds it in a
    /// `static`, so a bad table is a compile error, never a run-time one):
    /// ASCII text, so that every slice of it is a `str`, and offsets that
    /// rise from 0 to the text's end.
    pub const fn new(text: &'static str, offsets: &'static [u8], aliases: &'static [u8]) -> Self {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            assert!(bytes[i] < 0x80, "spellings are ASCII");
            i += 1;
        }
        assert!(
            offsets.len() >= 2 && offsets.len() % 2 == 0 && aliases.len() % 2 == 0,
            "whole u16 pairs"
        );
        let mut last = 0;
        let mut i = 0;
        while let Some(o) = pair(offsets, i) {
            assert!(o >= last && (i > 0 || o == 0), "offsets rise from 0");
            last = o;
            i += 1;
        }
        assert!(
            last as usize == bytes.len(),
            "offsets end at the text's end"
        );
        assert!(aliases.len() < offsets.len(), "one offset per spelling");
        Spellings {
            text,
            offsets,
            aliases,
        }
    }

    /// Spelling `i` (the canonical spelling of variant `i` when `i` is below
    /// the variant count), or `""` past the end.
    #[inline]
    pub const fn get(&self, i: usize) -> &'static str {
        let (start, end) = match (pair(self.offsets, i), pair(self.offsets, i + 1)) {
            (Some(start), Some(end)) => (start as usize, end as usize),
            _ => return "",
        };
        let bytes = match self.text.as_bytes().split_at_checked(end) {
            Some((head, _)) => match head.split_at_checked(start) {
                Some((_, spelling)) => spelling,
                None => return "",
            },
            None => return "",
        };
        // SAFETY: `new` checked that every byte of `text` is ASCII, so every
        // slice of it is valid UTF-8.
        unsafe { core::str::from_utf8_unchecked(bytes) }
    }

    /// The canonical spellings of the first `N` variants, for `VARIANTS`:
    /// slices of the same text, so no spelling is stored twice.
    pub const fn canonical<const N: usize>(&self) -> [&'static str; N] {
        let mut out = [""; N];
        let mut i = 0;
        while i < N {
            out[i] = self.get(i);
            i += 1;
        }
        out
    }

    /// The number of variants (spellings that are not aliases).
    #[inline]
    const fn variants(&self) -> usize {
        (self.offsets.len() - self.aliases.len()) / 2 - 1
    }

    /// The variant spelling `i` names.
    #[inline(always)]
    fn variant(&self, i: usize) -> Option<usize> {
        let count = self.variants();
        if i < count {
            return Some(i);
        }
        pair(self.aliases, i - count).map(usize::from)
    }

    /// The number of spellings.
    #[inline(always)]
    fn len(&self) -> usize {
        self.offsets.len() / 2 - 1
    }
}

/// A hash table over a [`Spellings`]. Hashed on folded words
/// ([`Hash::fold_case`]), one table serves exact lookups and lookups
/// ignoring ASCII case alike; the derive emits a second table only for
/// enums with spellings equal ignoring case.
#[derive(Debug)]
pub struct Lookup {
    spellings: &'static Spellings,
    hash: Hash,
    /// For a two-level hash, a `u16` displacement per bucket; then, per
    /// slot, the index of the spelling hashed there (1 byte, or 2 when
    /// `wide`; little-endian). A free slot may name any spelling: an input
    /// equal to that spelling hashes to its own slot, so the compare rejects
    /// whatever lands in a free one. Empty for a linear search.
    table: &'static [u8],
    wide: bool,
    /// Words the compare reads: `ceil(longest spelling / 8)`.
    chunks: u8,
    /// Ignoring case when two spellings differ only in case: the exact
    /// lookup, tried first so that an exact match wins.
    exact_first: Option<&'static Lookup>,
}

impl Lookup {
    /// A search of the spellings one by one, for enums of one or two
    /// spellings and key sets no hash separates.
    pub const fn linear(
        spellings: &'static Spellings,
        chunks: u8,
        exact_first: Option<&'static Lookup>,
    ) -> Self {
        Lookup::new(
            spellings,
            Hash::new(0, [0; 3], 0, false, 0, 0),
            &[],
            false,
            chunks,
            exact_first,
        )
    }

    /// A lookup through `table` (see the field docs), or a linear search
    /// when `table` is empty.
    pub const fn new(
        spellings: &'static Spellings,
        hash: Hash,
        table: &'static [u8],
        wide: bool,
        chunks: u8,
        exact_first: Option<&'static Lookup>,
    ) -> Self {
        Lookup {
            spellings,
            hash,
            table,
            wide,
            chunks,
            exact_first,
        }
    }
}

/// The variant (its position in declaration order) whose spelling `s` is,
/// exactly or, with `ignore_case`, ignoring ASCII case.
#[inline]
pub fn find(t: &Lookup, s: &[u8], ignore_case: bool) -> Option<usize> {
    if let Some(exact) = t.exact_first {
        if let Some(v) = find_in(exact, s, false) {
            return Some(v);
        }
    }
    find_in(t, s, ignore_case)
}

#[inline(always)]
fn find_in(t: &Lookup, s: &[u8], ignore_case: bool) -> Option<usize> {
    if t.table.is_empty() {
        return linear(t, s, ignore_case);
    }
    let h = &t.hash;
    let x = mix(s, h);
    let (slot, base) = if h.bucket_bits == 0 {
        (direct(x, h), 0)
    } else {
        let b = bucket(x, h);
        let d = match t.table.get(2 * b..).and_then(<[u8]>::first_chunk::<2>) {
            Some(d) => u16::from_le_bytes(*d),
            None => return None,
        };
        (displaced(x, h, d), 2usize << h.bucket_bits)
    };
    let i = if t.wide {
        match t
            .table
            .get(base + 2 * slot..)
            .and_then(<[u8]>::first_chunk::<2>)
        {
            Some(i) => usize::from(u16::from_le_bytes(*i)),
            None => return None,
        }
    } else {
        match t.table.get(base + slot) {
            Some(&i) => usize::from(i),
            None => return None,
        }
    };
    if equal(t.spellings.get(i).as_bytes(), s, t.chunks, ignore_case) {
        t.spellings.variant(i)
    } else {
        None
    }
}

/// For enums of one or two spellings and key sets no hash separates: the
/// first match in declaration order (variant, then canonical before alias).
#[cold]
fn linear(t: &Lookup, s: &[u8], ignore_case: bool) -> Option<usize> {
    let sp = t.spellings;
    let mut best: Option<usize> = None;
    for i in 0..sp.len() {
        if !equal(sp.get(i).as_bytes(), s, t.chunks, ignore_case) {
            continue;
        }
        if let Some(v) = sp.variant(i) {
            if best.is_none_or(|b| v < b) {
                best = Some(v);
            }
        }
    }
    best
}

/// `key == s`, or, with `fold`, `key.eq_ignore_ascii_case(s)`, for a
/// `key` of at most `8 * chunks` ASCII bytes.
///
/// Word by word and branch-free past the length test: `(a | m) == (b | m)`
/// with `m` the letters of the key word (`0x20` in each letter byte, when
/// folding) lets exactly the two cases of a letter through, and only equal
/// bytes elsewhere. Loads overlap at the tail instead of reading past it.
#[inline(always)]
fn equal(key: &[u8], s: &[u8], chunks: u8, fold: bool) -> bool {
    let n = s.len();
    if key.len() != n {
        return false;
    }
    let fold = if fold { u64::MAX } else { 0 };
    if n < 8 {
        let (a, b) = (short(s), short(key));
        let m = letters(b) & fold;
        return (a | m) == (b | m);
    }
    let last = n - 8;
    let mut diff = 0;
    for c in 0..usize::from(chunks) {
        let at = (8 * c).min(last);
        let (a, b) = (load8(s, at), load8(key, at));
        let m = letters(b) & fold;
        diff |= (a | m) ^ (b | m);
    }
    diff == 0
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

    #[test]
    fn equal_is_byte_equality() {
        for a in SAMPLES {
            for b in SAMPLES {
                if b.is_ascii() {
                    assert_eq!(equal(b, a, 8, false), a == b, "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn equal_ignoring_case_is_eq_ignore_ascii_case() {
        for a in SAMPLES {
            for b in SAMPLES {
                if b.is_ascii() {
                    let expected = a.eq_ignore_ascii_case(b);
                    assert_eq!(equal(b, a, 8, true), expected, "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn ignoring_case_keeps_other_bytes_exact() {
        // `| 0x20` alone would also turn these into the key's bytes.
        for (key, input) in [
            (&b"a.b"[..], &b"a\x0eb"[..]),
            (b"x@y", b"x`y"),
            (b"ab_cdefgh", b"ab\x7fcdefgh"),
            (b"k[0]", b"k{0]"),
            (b"a-1", b"A-\x11"),
        ] {
            assert!(!equal(key, input, 2, true), "{input:?}");
            assert!(equal(key, &key.to_ascii_uppercase(), 2, true));
        }
    }

    static SPELLINGS: Spellings = Spellings::new(
        "AcceptedRejectedOK",
        b"\x00\x00\x08\x00\x10\x00\x12\x00",
        b"\x00\x00",
    );

    #[test]
    fn spellings_slice_the_text_and_map_aliases() {
        assert_eq!(SPELLINGS.get(0), "Accepted");
        assert_eq!(SPELLINGS.get(1), "Rejected");
        assert_eq!(SPELLINGS.get(2), "OK");
        assert_eq!(SPELLINGS.get(3), "");
        assert_eq!(SPELLINGS.variant(2), Some(0));
        assert_eq!(SPELLINGS.variant(3), None);
        const FIRST: &str = SPELLINGS.get(0);
        assert_eq!(FIRST, "Accepted");
        const CANONICAL: [&str; 2] = SPELLINGS.canonical();
        assert_eq!(CANONICAL, ["Accepted", "Rejected"]);
    }

    #[test]
    fn linear_lookups_prefer_the_first_declared() {
        static CASES: Spellings = Spellings::new("aBAb", b"\x00\x00\x02\x00\x04\x00", b"");
        let t = Lookup::linear(&CASES, 1, None);
        assert_eq!(find(&t, b"AB", true), Some(0));
        assert_eq!(find(&t, b"ab", true), Some(0));
        assert_eq!(find(&t, b"Ab", false), Some(1));
        assert_eq!(find(&t, b"AB", false), None);
        assert_eq!(find(&t, b"abc", true), None);
        let t = Lookup::linear(&SPELLINGS, 1, None);
        assert_eq!(find(&t, b"ok", true), Some(0));
        assert_eq!(find(&t, b"ok", false), None);
        assert_eq!(find(&t, b"REJECTED", true), Some(1));
    }
}
