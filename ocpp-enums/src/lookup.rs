//! The string lookup behind every generated `from_wire`, and the spelling
//! table behind `as_str`.
//!
//! The derive emits data only: per enum one [`Lookup`] static, the text of
//! every spelling once and one byte table (an `ocpp_enum_hash::Header`, the
//! spelling offsets, the aliases' variants and the slots of a perfect hash it
//! found at expansion time with `ocpp_enum_hash`). At run time [`find`] runs
//! the same hash on the input, reads the one spelling its slot names and
//! confirms it with a word-wise compare: one copy of the code for every
//! enum, no `memcmp` call, no allocation.

use ocpp_enum_hash::{bucket, direct, displaced, letters, load8, mix, short, Header, FOLD_CASE};

/// The spellings and lookup table of one enum.
///
/// Hashed on folded words, one table serves exact lookups and lookups
/// ignoring ASCII case alike: an input equal to a spelling in any case lands
/// on that spelling's slot. Only an enum with spellings equal ignoring case
/// gets a second `Lookup` for ignoring case, whose `exact_first` is the
/// exact one, tried first so that an exact match wins.
#[derive(Debug)]
pub struct Lookup {
    /// Every spelling: each variant's canonical one in declaration order,
    /// then the aliases.
    text: &'static str,
    /// See [`Header`].
    table: &'static [u8],
    exact_first: Option<&'static Lookup>,
}

/// The `u16` at byte `at` of `b`, or `None` past the end.
#[inline(always)]
const fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    if at + 1 < b.len() {
        Some(u16::from_le_bytes([b[at], b[at + 1]]))
    } else {
        None
    }
}

impl Lookup {
    /// Checks the table at compile time (the derive builds it in a
    /// `static`, so a bad table is a compile error, never a run-time one):
    /// a header whose sections fill the table, ASCII text, so that every
    /// slice of it is a `str`, offsets that rise from 0 to the text's end,
    /// alias variants and slots in range.
    pub const fn new(
        text: &'static str,
        table: &'static [u8],
        exact_first: Option<&'static Lookup>,
    ) -> Self {
        let Some(h) = Header::decode(table) else {
            panic!("a lookup table starts with its header");
        };
        assert!(h.variants <= h.spellings, "variants are spellings");
        assert!(h.table_len() == table.len(), "sections fill the table");
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            assert!(bytes[i] < 0x80, "spellings are ASCII");
            i += 1;
        }
        let mut last = 0;
        let mut i = 0;
        while i <= h.spellings as usize {
            let Some(o) = u16_at(table, h.offsets_at() + 2 * i) else {
                panic!("an offset per spelling");
            };
            assert!(o >= last && (i > 0 || o == 0), "offsets rise from 0");
            last = o;
            i += 1;
        }
        assert!(
            last as usize == bytes.len(),
            "offsets end at the text's end"
        );
        let mut at = h.aliases_at();
        while at < h.displacements_at() {
            let Some(v) = u16_at(table, at) else {
                panic!("a variant per alias");
            };
            assert!(v < h.variants, "aliases name variants");
            at += 2;
        }
        let mut at = h.slots_at();
        while at < table.len() {
            let i = if h.wide {
                match u16_at(table, at) {
                    Some(i) => i,
                    None => panic!("whole slots"),
                }
            } else {
                table[at] as u16
            };
            assert!(i < h.spellings, "slots name spellings");
            at += if h.wide { 2 } else { 1 };
        }
        Lookup {
            text,
            table,
            exact_first,
        }
    }

    /// Spelling `i` (the canonical spelling of variant `i` when `i` is below
    /// the variant count), or `""` past the end.
    #[cfg_attr(not(target_os = "none"), inline)]
    #[cfg_attr(target_os = "none", inline(never))]
    pub const fn get(&self, i: usize) -> &'static str {
        let at = ocpp_enum_hash::HEADER_LEN + 2 * i;
        let (start, end) = match (u16_at(self.table, at), u16_at(self.table, at + 2)) {
            (Some(start), Some(end)) if i < self.spellings() => (start as usize, end as usize),
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

    /// The number of spellings, from the header `new` checked.
    #[inline(always)]
    const fn spellings(&self) -> usize {
        match u16_at(self.table, 18) {
            Some(n) => n as usize,
            None => 0,
        }
    }
}

/// The variant (its position in declaration order) whose spelling `s` is,
/// exactly or, with `ignore_case`, ignoring ASCII case.
///
/// In optimized builds for hosted targets the lookup is inlined into each
/// `from_wire`, where `t` is a constant and the optimizer specializes the
/// code to the enum's table (its header folds away); on bare-metal targets
/// (`target_os = "none"`), where flash is scarce, every enum shares one copy.
#[inline(always)]
pub fn find(t: &Lookup, s: &[u8], ignore_case: bool) -> Option<usize> {
    match t.exact_first {
        None => find_in(t, s, ignore_case),
        Some(exact) => find_exact_first(exact, t, s, ignore_case),
    }
}

/// Enums with spellings equal ignoring case: an exact match wins.
#[inline(never)]
fn find_exact_first(exact: &Lookup, t: &Lookup, s: &[u8], ignore_case: bool) -> Option<usize> {
    find_in(exact, s, false).or_else(|| find_in(t, s, ignore_case))
}

// Forced inline only where it pays: optimized builds for hosted targets (a
// debug build would otherwise compile a copy into every `from_wire`).
#[cfg_attr(all(not(target_os = "none"), not(debug_assertions)), inline(always))]
#[cfg_attr(any(target_os = "none", debug_assertions), inline)]
fn find_in(t: &Lookup, s: &[u8], ignore_case: bool) -> Option<usize> {
    let h = Header::decode(t.table)?;
    if !h.hashed {
        return linear(t, &h, s, ignore_case);
    }
    let x = mix(s, &h.hash);
    let slot = if h.hash.bucket_bits == 0 {
        direct(x, &h.hash)
    } else {
        let d = u16_at(t.table, h.displacements_at() + 2 * bucket(x, &h.hash))?;
        displaced(x, &h.hash, d)
    };
    let i = if h.wide {
        usize::from(u16_at(t.table, h.slots_at() + 2 * slot)?)
    } else {
        usize::from(*t.table.get(h.slots_at() + slot)?)
    };
    // Spelling `i`: its two offsets with one bounds check, then its bytes.
    let at = h.offsets_at() + 2 * i;
    let [s0, s1, e0, e1] = *t.table.get(at..)?.first_chunk::<4>()?;
    let (start, end) = (
        usize::from(u16::from_le_bytes([s0, s1])),
        usize::from(u16::from_le_bytes([e0, e1])),
    );
    if end.wrapping_sub(start) != s.len() {
        return None;
    }
    // SAFETY: `new` checked that offsets rise to the text's end.
    let key = unsafe { t.text.as_bytes().get_unchecked(start..end) };
    if equal(key, s, h.chunks, ignore_case) {
        variant(t, &h, i)
    } else {
        None
    }
}

/// The variant spelling `i` names.
#[inline(always)]
fn variant(t: &Lookup, h: &Header, i: usize) -> Option<usize> {
    let count = usize::from(h.variants);
    if i < count {
        return Some(i);
    }
    u16_at(t.table, h.aliases_at() + 2 * (i - count)).map(usize::from)
}

/// For enums of one or two spellings and key sets no hash separates: the
/// first match in declaration order (variant, then canonical before alias).
#[cold]
fn linear(t: &Lookup, h: &Header, s: &[u8], ignore_case: bool) -> Option<usize> {
    let mut best: Option<usize> = None;
    for i in 0..usize::from(h.spellings) {
        if !equal(t.get(i).as_bytes(), s, h.chunks, ignore_case) {
            continue;
        }
        if let Some(v) = variant(t, h, i) {
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
/// Word by word, loads overlapping at the tail instead of reading past it.
/// Ignoring case, two words are equal when they differ at most in bit `0x20`
/// of bytes where the key has a letter: checked only when the words are not
/// simply equal, so input in the canonical case costs no more than an exact
/// compare.
#[cfg_attr(not(target_os = "none"), inline)]
#[cfg_attr(target_os = "none", inline(never))]
fn equal(key: &[u8], s: &[u8], chunks: u8, fold: bool) -> bool {
    let n = s.len();
    if key.len() != n {
        return false;
    }
    if n < 8 {
        let b = short(key);
        let x = short(s) ^ b;
        return x == 0 || (fold && x & !letters(b) == 0);
    }
    let last = n - 8;
    let at = |c: usize| (8 * c).min(last);
    let mut diff = 0;
    for c in 0..usize::from(chunks) {
        diff |= load8(s, at(c)) ^ load8(key, at(c));
    }
    if diff == 0 {
        return true;
    }
    if !fold || diff & !FOLD_CASE != 0 {
        return false;
    }
    (0..usize::from(chunks)).all(|c| {
        let b = load8(key, at(c));
        (load8(s, at(c)) ^ b) & !letters(b) == 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ocpp_enum_hash::Hash;

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

    static ACCEPTED: Lookup = Lookup::new(
        "AcceptedRejectedOK",
        b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\x02\0\x03\0\
          \x00\x00\x08\x00\x10\x00\x12\x00\
          \x00\x00",
        None,
    );

    #[test]
    fn spellings_slice_the_text_and_map_aliases() {
        let h = Header::decode(ACCEPTED.table).unwrap();
        assert_eq!(ACCEPTED.get(0), "Accepted");
        assert_eq!(ACCEPTED.get(1), "Rejected");
        assert_eq!(ACCEPTED.get(2), "OK");
        assert_eq!(ACCEPTED.get(3), "");
        assert_eq!(variant(&ACCEPTED, &h, 2), Some(0));
        assert_eq!(variant(&ACCEPTED, &h, 3), None);
        const FIRST: &str = ACCEPTED.get(0);
        assert_eq!(FIRST, "Accepted");
        const CANONICAL: [&str; 2] = ACCEPTED.canonical();
        assert_eq!(CANONICAL, ["Accepted", "Rejected"]);
    }

    #[test]
    fn linear_lookups_prefer_the_first_declared() {
        static CASES: Lookup = Lookup::new(
            "aBAb",
            b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\x02\0\x02\0\
              \x00\x00\x02\x00\x04\x00",
            None,
        );
        assert_eq!(find(&CASES, b"AB", true), Some(0));
        assert_eq!(find(&CASES, b"ab", true), Some(0));
        assert_eq!(find(&CASES, b"Ab", false), Some(1));
        assert_eq!(find(&CASES, b"AB", false), None);
        assert_eq!(find(&CASES, b"abc", true), None);
        assert_eq!(find(&ACCEPTED, b"ok", true), Some(0));
        assert_eq!(find(&ACCEPTED, b"ok", false), None);
        assert_eq!(find(&ACCEPTED, b"REJECTED", true), Some(1));
    }

    #[test]
    fn headers_describe_the_test_tables() {
        let h = Header::decode(ACCEPTED.table).unwrap();
        assert_eq!(
            (h.variants, h.spellings, h.hashed, h.chunks),
            (2, 3, false, 1)
        );
        assert_eq!(h.hash, Hash::new(0, [0; 3], 0, false, 0, 0));
    }
}
