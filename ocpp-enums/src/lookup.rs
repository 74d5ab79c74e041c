//! The string lookup behind every generated `from_wire`, and the spelling
//! table behind `as_str`.
//!
//! The derive emits data only: per enum one [`Lookup`] constant, the text of
//! every spelling once and one byte table (an `ocpp_enum_hash::Header`, the
//! spelling offsets, the aliases' variants and the slots of a perfect hash it
//! found at expansion time with `ocpp_enum_hash`). At run time [`find`] runs
//! the same hash on the input and confirms the one spelling its slot names:
//! one copy of the code for every enum, no `memcmp` call, no allocation.
//!
//! Two layouts, by target:
//! - bare metal (`target_os = "none"`), where flash is scarce: that table
//!   alone. The slot names a spelling, whose offsets lead to its bytes in
//!   the text, compared word by word; every enum shares one copy of the code.
//! - hosted targets, where speed is worth some rodata: the same table, for
//!   enums also looked up exactly a second hash on the words as they are,
//!   and, written by the derive ([`rows`]), a row per slot of the hash
//!   tried first, holding the words of the spelling there as the compare
//!   reads an input's, its length and its variant. The hash leads straight
//!   to the row, with no slot byte or offsets in between; each input is
//!   read once for the hash and the compare alike, on one of two paths
//!   (under 8 bytes, and from 8 on), with no branch in the compare; and the
//!   lookup is inlined into each `from_wire`, where the tables fold into
//!   constants.
//!
//! `RUSTFLAGS="--cfg ocpp_enums_compact"` makes hosted builds take the
//! bare-metal path, for testing it on the host (`.ci/run` runs
//! `tests/lookup_agreement.rs` so).

use ocpp_enum_hash::{
    bucket, direct, displaced, letters, load8_clamped, mix, short, Header, FOLD_CASE,
};
#[cfg(not(target_os = "none"))]
use ocpp_enum_hash::{mix_words, row_stride, row_words, word_at, MAX_ROW_WORDS};

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
    /// Hosted targets: the rows and the exact hash, see [`Fast`].
    #[cfg(not(target_os = "none"))]
    fast: Fast,
}

/// What hosted targets add to a [`Lookup`], where speed is worth a few
/// kilobytes: for an enum whose table is hashed on folded words but which is
/// looked up exactly too, a table hashed on the words as they are (a table
/// as [`Header`] describes, whose hash and displacements alone are read;
/// empty for none), so that the exact lookup need not fold the input to
/// hash it, and a row per slot of the hash the lookup uses first, the exact
/// one where there is one ([`rows`]; empty for a table without).
#[cfg(not(target_os = "none"))]
#[derive(Clone, Copy, Debug)]
pub struct Fast {
    rows: &'static [u64],
    exact: &'static [u8],
}

#[cfg(not(target_os = "none"))]
impl Fast {
    /// The rows and the exact hash's table (either may be empty).
    pub const fn new(rows: &'static [u64], exact: &'static [u8]) -> Self {
        Fast { rows, exact }
    }
}

/// On bare-metal targets (`target_os = "none"`), where flash is scarce, a
/// [`Lookup`] has no hosted extras.
#[cfg(target_os = "none")]
pub type Fast = ();

/// A [`Lookup`] of `text` and `table`, with, on hosted targets, the `N`
/// words of rows in the `M` bytes `rows` (little-endian, see [`rows`]; the
/// derive passes `0, 0, b""` for a table without) and the exact hash's table
/// `exact` (`b""` for none; see [`Fast`]). For generated code: the layout
/// then depends on the target alone, decided here.
///
/// One expression, with no items of its own, to keep the expansion short.
#[cfg(not(target_os = "none"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_lookup {
    ($text:expr, $table:expr, $exact_first:expr, $n:literal, $m:literal, $rows:expr, $exact:expr) => {
        $crate::__private::Lookup::new(
            $text,
            $table,
            $crate::__private::Fast::new(&$crate::__private::rows::<$n, $m>($rows), $exact),
            $exact_first,
        )
    };
}

/// Bare metal: the text and the table only.
#[cfg(target_os = "none")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_lookup {
    ($text:expr, $table:expr, $exact_first:expr, $n:literal, $m:literal, $rows:expr, $exact:expr) => {
        $crate::__private::Lookup::new($text, $table, (), $exact_first)
    };
}

/// The rows of a hosted lookup, from the little-endian bytes the derive
/// wrote: for each slot of the hash the lookup tries first (`exact`'s where
/// there is one), the words of the spelling there as the lookup reads an
/// input's (`ocpp_enum_hash::row_word`), then its length and variant in one
/// word (`ocpp_enum_hash::row_meta`); a slot no spelling hashes to holds a
/// length no input has (`ocpp_enum_hash::FREE_ROW`). The hash leads straight
/// to all a lookup needs, in one row: an input is the spelling when its
/// length and words equal the row's. Evaluated at compile time: the derive
/// built the words with the functions the lookup reads inputs with. [`Lookup::new`] checks their number and variants;
/// `tests/lookup_agreement.rs` that every spelling is found through them.
///
/// A reinterpretation of the bytes, not a loop over them, on little-endian
/// targets: a loop cost 0.3 s of const evaluation per catalogue build.
pub const fn rows<const N: usize, const M: usize>(bytes: &[u8; M]) -> [u64; N] {
    /// The bytes, read as words.
    #[repr(C)]
    union Words<const N: usize, const M: usize> {
        bytes: [u8; M],
        words: [u64; N],
    }
    assert!(M == 8 * N, "8 bytes a word");
    // SAFETY: `M == 8 * N`, so the bytes initialize every word, and any
    // bits are a `u64`.
    #[allow(unused_mut)]
    let mut words = unsafe { Words::<N, M> { bytes: *bytes }.words };
    #[cfg(target_endian = "big")]
    {
        let mut i = 0;
        while i < N {
            words[i] = u64::from_le(words[i]);
            i += 1;
        }
    }
    words
}

/// The header and table of the hash a hosted lookup tries first: `exact`'s
/// where it is not empty, else `table`'s.
#[cfg(not(target_os = "none"))]
#[inline(always)]
const fn first_hash(
    h: Header,
    table: &'static [u8],
    exact: &'static [u8],
) -> (Header, &'static [u8]) {
    match Header::decode(exact) {
        Some(e) => (e, exact),
        None => (h, table),
    }
}

/// The spelling that slot `j` of `table` names, or `None` past the end.
#[inline(always)]
const fn slot_entry(table: &[u8], h: &Header, j: usize) -> Option<u16> {
    if h.wide {
        u16_at(table, h.slots_at() + 2 * j)
    } else if h.slots_at() + j < table.len() {
        Some(table[h.slots_at() + j] as u16)
    } else {
        None
    }
}

/// The variant that spelling `i` of `table` names, or `None` for an alias
/// past the alias section.
#[inline(always)]
const fn variant_of(table: &[u8], h: &Header, i: usize) -> Option<u16> {
    if i < h.variants as usize {
        Some(i as u16)
    } else {
        u16_at(table, h.aliases_at() + 2 * (i - h.variants as usize))
    }
}

/// `as_str`: the canonical spelling of variant `i` of `t`, whose `VARIANTS`
/// are `variants`. On hosted targets read from `variants` (the same slices
/// of the text, as an array): one load, as from strum's table of literals,
/// where [`Lookup::get`] reads two offsets first. On bare metal from the
/// offsets, where the array would cost 8 bytes of flash a variant.
#[inline(always)]
pub const fn as_str(t: &Lookup, variants: &'static [&'static str], i: usize) -> &'static str {
    #[cfg(not(target_os = "none"))]
    {
        let _ = t;
        if i < variants.len() {
            variants[i]
        } else {
            ""
        }
    }
    #[cfg(target_os = "none")]
    {
        let _ = variants;
        t.get(i)
    }
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

/// The lookup of an enumeration that knows no variant, for the stand-in
/// impls the derive emits beside errors: an all-zero header (no spellings,
/// no hash) and the one offset, 0.
pub const NOTHING: Lookup = Lookup::new("", &[0; ocpp_enum_hash::HEADER_LEN + 2], NO_FAST, None);

/// No rows and no exact hash.
#[cfg(not(target_os = "none"))]
const NO_FAST: Fast = Fast::new(&[], &[]);
#[cfg(target_os = "none")]
const NO_FAST: Fast = ();

impl Lookup {
    /// Checks the table at compile time (the derive builds it in a
    /// `static`, so a bad table is a compile error, never a run-time one):
    /// a header whose sections fill the table, offsets that rise from 0 to
    /// the text's end, each a char boundary of it (so that every spelling is
    /// a `str`; the derive writes printable ASCII only), alias variants and
    /// slots in range, and on hosted targets a row per slot or none, each
    /// naming a variant.
    // Evaluated at compile time only: `#[inline]` so that no build of this
    // crate compiles it to machine code as well.
    #[inline]
    pub const fn new(
        text: &'static str,
        table: &'static [u8],
        fast: Fast,
        exact_first: Option<&'static Lookup>,
    ) -> Self {
        let Some(h) = Header::decode(table) else {
            panic!("a lookup table starts with its header");
        };
        assert!(h.variants <= h.spellings, "variants are spellings");
        assert!(h.table_len() == table.len(), "sections fill the table");
        // Every section lies in the table now, so the loops below index it
        // directly, with the section bounds computed once: each function
        // call in a loop costs const evaluation, for every enum in every
        // build (2026-12-03: 0.03 s of a 0.67 s build of the v16 catalogue).
        let (aliases, displacements, slots) = (h.aliases_at(), h.displacements_at(), h.slots_at());
        macro_rules! u16_at {
            ($at:expr) => {
                table[$at] as u16 | (table[$at + 1] as u16) << 8
            };
        }
        let bytes = text.as_bytes();
        let mut last = 0;
        let mut at = h.offsets_at();
        while at < aliases {
            let o = u16_at!(at) as usize;
            assert!(
                o >= last && (at > h.offsets_at() || o == 0),
                "offsets rise from 0"
            );
            // So that the text between two offsets is a `str` (`get`): a
            // check per spelling, not per byte of the text.
            assert!(
                o == bytes.len() || (o < bytes.len() && (bytes[o] as i8) >= -0x40),
                "offsets are char boundaries of the text"
            );
            last = o;
            at += 2;
        }
        assert!(last == bytes.len(), "offsets end at the text's end");
        while at < displacements {
            assert!(u16_at!(at) < h.variants, "aliases name variants");
            at += 2;
        }
        let mut at = slots;
        while at < table.len() {
            let i = if h.wide {
                at += 2;
                u16_at!(at - 2)
            } else {
                at += 1;
                table[at - 1] as u16
            };
            assert!(i < h.spellings, "slots name spellings");
        }
        #[cfg(not(target_os = "none"))]
        {
            let (rows, w) = (fast.rows, row_words(h.chunks));
            if !fast.exact.is_empty() {
                let Some(e) = Header::decode(fast.exact) else {
                    panic!("an exact table starts with its header");
                };
                assert!(
                    !rows.is_empty()
                        && e.hashed
                        && !e.hash.fold_case
                        && e.spellings == h.spellings
                        && e.variants == h.variants
                        && e.chunks == h.chunks
                        && e.wide == h.wide
                        && e.table_len() == fast.exact.len(),
                    "an exact table for the same spellings, with rows"
                );
            }
            let (fh, _) = first_hash(h, table, fast.exact);
            assert!(
                rows.is_empty()
                    || (fh.hashed
                        && w <= MAX_ROW_WORDS
                        && rows.len() == (1usize << fh.hash.bits) * row_stride(h.chunks)),
                "a row per slot, or none"
            );
            // What the lookup relies on: the row count (above) and a
            // variant in every row (a free row's is 0). [`rows`] built the
            // words from the table; `tests/lookup_agreement.rs` checks that
            // every spelling is found through them.
            let stride = row_stride(h.chunks);
            let mut at = w;
            while at < rows.len() {
                assert!(rows[at] >> 32 < h.variants as u64, "rows name variants");
                at += stride;
            }
        }
        #[cfg(target_os = "none")]
        let () = fast;
        Lookup {
            text,
            table,
            exact_first,
            #[cfg(not(target_os = "none"))]
            fast,
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
        // SAFETY: `new` checked that every offset is a char boundary of
        // `text`, so the bytes between two of them are valid UTF-8.
        unsafe { core::str::from_utf8_unchecked(bytes) }
    }

    /// The canonical spellings of the first `N` variants, for `VARIANTS`:
    /// slices of the same text, so no spelling is stored twice.
    pub const fn canonical<const N: usize>(&self) -> [&'static str; N] {
        let mut out = [""; N];
        // One pass along the text, the offsets read in place: `new` checked
        // that they rise to its end, each at a char boundary, so each
        // spelling follows the one before. (`get` per variant cost several
        // calls each, at compile time for every enum.)
        let n = if N < self.spellings() {
            N
        } else {
            self.spellings()
        };
        let (table, mut rest) = (self.table, self.text.as_bytes());
        let (mut i, mut start) = (0, 0);
        while i < n {
            let at = ocpp_enum_hash::HEADER_LEN + 2 * (i + 1);
            let end = table[at] as usize | (table[at + 1] as usize) << 8;
            let (spelling, tail) = rest.split_at(end - start);
            // SAFETY: as in `get`: between two offsets, so valid UTF-8.
            out[i] = unsafe { core::str::from_utf8_unchecked(spelling) };
            (rest, start, i) = (tail, end, i + 1);
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
    // Hosted: through the rows, one straight path under 8 bytes and one
    // from 8 on, so that the hash and the compare share their loads of the
    // input. (Rows of an exact hash serve exact lookups only; ignoring case,
    // such an enum takes the path below.) (Built with `--cfg
    // ocpp_enums_compact`, hosted targets take the bare-metal path below, so
    // that its tests can run on the host.)
    #[cfg(not(target_os = "none"))]
    if !cfg!(ocpp_enums_compact)
        && !t.fast.rows.is_empty()
        && (!ignore_case || t.fast.exact.is_empty())
    {
        return if s.len() < 8 {
            by_rows::<false>(t, &h, s, ignore_case)
        } else {
            by_rows::<true>(t, &h, s, ignore_case)
        };
    }
    // The slot, written out as in `by_rows`: a helper shared by the two
    // lost the merging of repeated lookups in the same table and cost 170
    // bytes in the flash benchmark.
    let x = mix(s, &h.hash);
    let slot = if h.hash.bucket_bits == 0 {
        direct(x, &h.hash)
    } else {
        let d = u16_at(t.table, h.displacements_at() + 2 * bucket(x, &h.hash))?;
        displaced(x, &h.hash, d)
    };
    let i = usize::from(slot_entry(t.table, &h, slot)?);
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

/// The hashed lookup through the [`rows`], for inputs of 8 bytes or more
/// when `LONG`, else shorter ones: the slot leads to the row holding its
/// spelling's words, length and variant. Not for lookups ignoring case
/// where the rows are an exact hash's.
///
/// The hash reads words the compare reads too (the derive picks them so),
/// which the optimizer then loads once. Two paths by length, not more: a
/// third, for lengths where no word's start needs a clamp, saved the clamps
/// but cost a mispredicted branch on random lengths (2026-12-03: 4.0 to 4.8
/// ns an input with three paths, 2.5 to 3.2 ns with two, on the speed
/// benchmark). The compare has no branch either: it `or`s the `xor` of
/// every word and tests the length with `&`, not `&&` (2.0 to 2.2 ns an
/// input for `Measurand` and `Action`, against 2.4 to 3.1 ns stopping at
/// the first word that differs; on the host of 2026-12-02 stopping early
/// had been the faster).
#[cfg(not(target_os = "none"))]
#[inline(always)]
fn by_rows<const LONG: bool>(t: &Lookup, h: &Header, s: &[u8], ignore_case: bool) -> Option<usize> {
    let n = s.len();
    // What the caller checked, restated for the optimizer.
    if LONG != (n >= 8) {
        return None;
    }
    let (hh, table) = first_hash(*h, t.table, t.fast.exact);
    // Under 8 bytes the hash and the compare read the same word: once.
    let short = if LONG { 0 } else { short(s) };
    let x = if LONG {
        mix(s, &hh.hash)
    } else {
        mix_words(n, [short; 3], &hh.hash)
    };
    let slot = if hh.hash.bucket_bits == 0 {
        direct(x, &hh.hash)
    } else {
        let d = u16_at(table, hh.displacements_at() + 2 * bucket(x, &hh.hash))?;
        displaced(x, &hh.hash, d)
    };
    let w = row_words(h.chunks);
    let stride = row_stride(h.chunks);
    // SAFETY: `new` checked that there are `stride` words of rows per slot,
    // `1 << bits`, and `direct` and `displaced` give a slot below that.
    let row = unsafe {
        t.fast
            .rows
            .get_unchecked(slot * stride..(slot + 1) * stride)
    };
    let meta = row[w];
    // The row's 32-bit length against the whole of `n`: no input of 4 GiB
    // or more can pass for a short spelling.
    let same_len = u64::from(meta as u32) == n as u64;
    let v = (meta >> 32) as usize;
    // SAFETY: `new` checked that every row names a variant (a free row
    // variant 0). Stated where it holds for every row, so that the
    // optimizer may use it however it orders the code below.
    unsafe { core::hint::assert_unchecked(v < usize::from(h.variants)) };
    let hit = same_len
        & if LONG {
            same_words(row, s, w)
        } else {
            short == row[0]
        };
    if hit || (ignore_case && same_len && equal_ignoring_case_row(&row[..w], s)) {
        return Some(v);
    }
    None
}

/// Whether the `w` words of an input `s` of 8 bytes or more are the first
/// `w` of `row`, without a branch: every word's difference `or`ed. A plain
/// loop (`w` is a constant once inlined), which the optimizer unrolls.
#[cfg(not(target_os = "none"))]
#[inline(always)]
fn same_words(row: &[u64], s: &[u8], w: usize) -> bool {
    let n = s.len();
    let mut c = 0;
    let mut d = 0;
    while c < w {
        d |= load8_clamped(s, word_at(c, w, n)) ^ row[c];
        c += 1;
    }
    d == 0
}

/// Whether `s` has the words `row` of a spelling of its length, ignoring
/// ASCII case: they differ at most in bit `0x20` of bytes where the
/// spelling has a letter.
#[cfg(not(target_os = "none"))]
#[cold]
fn equal_ignoring_case_row(row: &[u64], s: &[u8]) -> bool {
    let same = |a: u64, b: u64| (a ^ b) & !letters(b) == 0;
    let n = s.len();
    if n < 8 {
        return row.first().is_some_and(|&k| same(short(s), k));
    }
    let w = row.len();
    row.iter()
        .enumerate()
        .all(|(c, &k)| same(load8_clamped(s, word_at(c, w, n)), k))
}

/// The variant spelling `i` names.
#[inline(always)]
fn variant(t: &Lookup, h: &Header, i: usize) -> Option<usize> {
    variant_of(t.table, h, i).map(usize::from)
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
        diff |= load8_clamped(s, at(c)) ^ load8_clamped(key, at(c));
    }
    if diff == 0 {
        return true;
    }
    if !fold || diff & !FOLD_CASE != 0 {
        return false;
    }
    (0..usize::from(chunks)).all(|c| {
        let b = load8_clamped(key, at(c));
        (load8_clamped(s, at(c)) ^ b) & !letters(b) == 0
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
        NO_FAST,
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

    /// `new` refuses every kind of bad table, each with its own message:
    /// in generated code at compile time, here at run time.
    #[test]
    fn new_rejects_bad_tables() {
        extern crate std;
        use std::{borrow::ToOwned, boxed::Box, string::String, vec::Vec};

        fn message(text: &'static str, edit: impl FnOnce(&mut Vec<u8>)) -> Option<String> {
            // A two-slot hash over "Accepted", "Rejected" and the alias "OK".
            let mut table = Vec::from(*b"\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\x01\x04\x02\0\x03\0");
            table.extend([0, 0, 8, 0, 16, 0, 18, 0]); // offsets
            table.extend([0, 0]); // "OK" is variant 0
            table.extend([1, 0]); // the slots
            edit(&mut table);
            let table: &'static [u8] = Box::leak(table.into_boxed_slice());
            let panic =
                std::panic::catch_unwind(|| Lookup::new(text, table, NO_FAST, None)).err()?;
            let text = panic.downcast_ref::<&str>().map(|s| (*s).to_owned());
            Some(
                text.or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default(),
            )
        }
        let text = "AcceptedRejectedOK";
        assert_eq!(message(text, |_| {}), None);
        type Edit = fn(&mut Vec<u8>);
        let cases: [(&'static str, Edit, &str); 9] = [
            (
                text,
                |t| t.truncate(12),
                "a lookup table starts with its header",
            ),
            (text, |t| t[16] = 4, "variants are spellings"),
            (text, |t| t.push(0), "sections fill the table"),
            (text, |t| t[20] = 1, "offsets rise from 0"),
            (text, |t| t[24] = 4, "offsets rise from 0"),
            (text, |t| t[26] = 17, "offsets end at the text's end"),
            (
                "AcceptédRejectedOK",
                |t| t[22] = 7,
                "offsets are char boundaries of the text",
            ),
            (text, |t| t[28] = 2, "aliases name variants"),
            (text, |t| t[31] = 3, "slots name spellings"),
        ];
        for (text, edit, expected) in cases {
            assert_eq!(message(text, edit).as_deref(), Some(expected));
        }
    }

    #[test]
    fn linear_lookups_prefer_the_first_declared() {
        static CASES: Lookup = Lookup::new(
            "aBAb",
            b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\x02\0\x02\0\
              \x00\x00\x02\x00\x04\x00",
            NO_FAST,
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
