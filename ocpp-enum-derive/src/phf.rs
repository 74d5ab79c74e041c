//! Finds, at expansion time, a collision-free hash over an enum's spellings.
//!
//! The runtime first reads the input as `W` words (see [`words`]): the same
//! words then feed the hash and confirm the one candidate. The hash mixes the
//! input's length with the one to three words that, together, tell every key
//! apart (each rotated by its own amount and, for lookups ignoring case,
//! with `0x20` set in every byte), multiplies by a seed and keeps the top
//! bits as the slot. The generated code computes exactly what `slot` does
//! here.

/// Most words a hash reads; beyond that a `match` is as fast.
const MAX_WORDS: usize = 3;
/// Rotations tried, in order: word `k` of the hash is rotated left by
/// `k * rotation` bits before it is mixed in.
const ROTATIONS: [u32; 2] = [32, 16];
/// Seeds tried for each table size.
const SEEDS: u32 = 8192;
/// Table sizes tried, as powers of two above the smallest that fits.
const EXTRA_BITS: u32 = 4;
/// Sets the bit that ASCII case flips in every byte.
pub const FOLD_CASE: u64 = 0x2020_2020_2020_2020;

/// A collision-free hash for one set of keys.
#[derive(Debug)]
pub struct Plan {
    /// The words read (indexes into [`words`]), in mixing order.
    pub words: Vec<usize>,
    /// See [`ROTATIONS`].
    pub rotation: u32,
    /// Whether each word is read `| FOLD_CASE`, for lookups ignoring case.
    pub fold_case: bool,
    /// The odd multiplier.
    pub seed: u64,
    /// log2 of the table size.
    pub bits: u32,
    /// For each slot, the index of the key hashed there.
    pub slots: Vec<Option<usize>>,
}

/// The `count` words the runtime's `words` reads from `key` (and so from an
/// input equal to it): for 8 bytes or more, eight bytes each, little-endian,
/// the first `ceil(count / 2)` at `min(8 * i, len - 8)` and the others at
/// `len - 8 - min(8 * j, len - 8)`, overlapping instead of reading past
/// either end; for 1 to 7 bytes, `count` times the word packing the first
/// and last four bytes (from 4 bytes on) or the first, middle and last byte.
pub fn words(key: &[u8], count: usize) -> Vec<u64> {
    let n = key.len();
    let load = |at: usize, width: usize| {
        key[at..at + width]
            .iter()
            .rev()
            .fold(0u64, |w, &byte| (w << 8) | u64::from(byte))
    };
    let mut out = vec![0u64; count];
    if n >= 8 {
        let last = n - 8;
        let from_start = count.div_ceil(2);
        for (i, w) in out.iter_mut().enumerate() {
            let at = if i < from_start {
                (8 * i).min(last)
            } else {
                last - (8 * (i - from_start)).min(last)
            };
            *w = load(at, 8);
        }
    } else {
        let short = match n {
            0 => 0,
            1..=3 => load(0, 1) | (load(n / 2, 1) << 8) | (load(n - 1, 1) << 16),
            _ => load(0, 4) | (load(n - 4, 4) << 32),
        };
        out.fill(short);
    }
    out
}

/// `0x20` in each byte of `word` that is an ASCII lowercase letter, else 0.
pub fn letters(word: u64) -> u64 {
    word.to_le_bytes()
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_lowercase())
        .fold(0, |m, (i, _)| m | (0x20 << (8 * i)))
}

/// A key as the hash sees it: its length and words.
struct Hashed {
    len: usize,
    words: Vec<u64>,
}

/// The value the generated code multiplies: the length, then each chosen
/// word (`| FOLD_CASE` when folding case) rotated left by `k * rotation`.
fn mixed(key: &Hashed, chosen: &[usize], rotation: u32, fold_case: bool) -> u64 {
    let fold = if fold_case { FOLD_CASE } else { 0 };
    chosen
        .iter()
        .enumerate()
        .fold(key.len as u64, |x, (k, &i)| {
            let word = key.words.get(i).copied().unwrap_or(0) | fold;
            x ^ word.rotate_left(k as u32 * rotation)
        })
}

#[cfg(test)]
impl Plan {
    /// The slot of `key`, read as `count` words.
    pub fn slot(&self, key: &[u8], count: usize) -> usize {
        let key = Hashed {
            len: key.len(),
            words: words(key, count),
        };
        let x = mixed(&key, &self.words, self.rotation, self.fold_case);
        slot(x, self.seed, self.bits)
    }
}

fn slot(x: u64, seed: u64, bits: u32) -> usize {
    (x.wrapping_mul(seed) >> (64 - bits)) as usize
}

/// A plan for `keys` (distinct, non-empty) read as `count` words each, or
/// `None` when no small one exists and the caller should fall back to a
/// `match`. With `fold_case`, `keys` are lowercase and the hash reads each
/// word `| FOLD_CASE`, so every case variant of a key hashes alike.
///
/// Picks the fewest words that, mixed, tell the keys apart, then the
/// smallest table for which one of a few thousand seeds leaves no collision.
pub fn search(keys: &[&[u8]], count: usize, fold_case: bool) -> Option<Plan> {
    let keys: Vec<Hashed> = keys
        .iter()
        .map(|k| Hashed {
            len: k.len(),
            words: words(k, count),
        })
        .collect();
    let (chosen, rotation) = ROTATIONS.iter().find_map(|&rotation| {
        separating_words(&keys, count, rotation, fold_case).map(|chosen| (chosen, rotation))
    })?;
    let mixed: Vec<u64> = keys
        .iter()
        .map(|k| mixed(k, &chosen, rotation, fold_case))
        .collect();
    let min_bits = usize::BITS - (keys.len().max(2) - 1).leading_zeros();
    // `taken[slot] == stamp` marks a slot used by the current seed.
    let mut taken: Vec<u32> = Vec::new();
    for bits in min_bits..(min_bits + EXTRA_BITS).min(17) {
        let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ u64::from(bits);
        taken.clear();
        taken.resize(1 << bits, 0);
        for stamp in 1..=SEEDS {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let seed = state | 1;
            let free = mixed.iter().all(|&x| {
                let s = &mut taken[slot(x, seed, bits)];
                let was = *s;
                *s = stamp;
                was != stamp
            });
            if free {
                let mut slots = vec![None; 1 << bits];
                for (i, &x) in mixed.iter().enumerate() {
                    slots[slot(x, seed, bits)] = Some(i);
                }
                return Some(Plan {
                    words: chosen,
                    rotation,
                    fold_case,
                    seed,
                    bits,
                    slots,
                });
            }
        }
    }
    None
}

/// Greedily picks the words that, mixed with the length, tell every key
/// apart.
fn separating_words(
    keys: &[Hashed],
    count: usize,
    rotation: u32,
    fold_case: bool,
) -> Option<Vec<usize>> {
    let mut chosen = Vec::new();
    let mut classes = distinct(keys, &chosen, rotation, fold_case);
    while classes < keys.len() {
        if chosen.len() == MAX_WORDS.min(count) {
            return None;
        }
        let (best, found) = (0..count)
            .filter(|i| !chosen.contains(i))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|i| {
                chosen.push(i);
                let n = distinct(keys, &chosen, rotation, fold_case);
                chosen.pop();
                (i, n)
            })
            // On a tie, the first word.
            .rev()
            .max_by_key(|&(_, n)| n)?;
        if found == classes {
            return None;
        }
        chosen.push(best);
        classes = found;
    }
    Some(chosen)
}

fn distinct(keys: &[Hashed], chosen: &[usize], rotation: u32, fold_case: bool) -> usize {
    let mut all: Vec<u64> = keys
        .iter()
        .map(|k| mixed(k, chosen, rotation, fold_case))
        .collect();
    all.sort_unstable();
    all.dedup();
    all.len()
}

/// Keys no mix of words tells apart: two "rectangles" of four keys,
/// each pair of words differing in bytes that one of the rotations lines
/// up, so that `x(A, C) == x(B, D)`. `tests/lookup_agreement.rs` uses
/// the same keys to check the fallback.
#[cfg(test)]
pub const COLLIDING: [&[u8]; 8] = [
    b"aaaaaaaaaaaaaaaa",
    b"aaaaaaaaaaaabaaa",
    b"baaaaaaaaaaaaaaa",
    b"baaaaaaaaaaabaaa",
    b"cccccccccccccccc",
    b"ccccccccccccccdc",
    b"dccccccccccccccc",
    b"dcccccccccccccdc",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn count(keys: &[&[u8]]) -> usize {
        keys.iter().map(|k| k.len()).max().unwrap_or(0).div_ceil(8)
    }

    fn check(keys: &[&[u8]]) -> Plan {
        let plan = search(keys, count(keys), false).expect("a plan exists");
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                plan.slots[plan.slot(k, count(keys))],
                Some(i),
                "{:?}",
                String::from_utf8_lossy(k)
            );
        }
        plan
    }

    #[test]
    fn separates_keys_that_share_prefix_and_suffix() {
        let plan = check(&[
            b"Energy.Active.Import.Register",
            b"Energy.Active.Export.Register",
            b"Energy.Reactive.Import.Register",
            b"Energy.Reactive.Export.Register",
            b"Energy.Active.Import.Interval",
            b"Energy.Active.Export.Interval",
        ]);
        assert!(plan.words.len() <= MAX_WORDS);
    }

    #[test]
    fn separates_short_and_long_keys_together() {
        check(&[
            b"A",
            b"V",
            b"W",
            b"Wh",
            b"kW",
            b"kWh",
            b"var",
            b"kvar",
            b"varh",
            b"kvarh",
            b"Celsius",
            b"Celcius",
            b"Fahrenheit",
            b"Percent",
            b"K",
            b"VA",
            b"kVA",
        ]);
    }

    #[test]
    fn keys_differing_only_in_length_need_no_word() {
        let plan = check(&[b"a", b"aa", b"aaa", b"aaaa"]);
        assert!(plan.words.is_empty());
    }

    #[test]
    fn gives_up_when_no_mix_of_words_separates() {
        assert!(search(&COLLIDING, 2, false).is_none());
        assert!(search(&COLLIDING, 2, true).is_none());
        // Each rectangle alone is fine with the other rotation.
        assert!(search(&COLLIDING[..4], 2, false).is_some());
        assert!(search(&COLLIDING[4..], 2, false).is_some());
    }

    #[test]
    fn separates_keys_that_differ_in_a_few_inner_bytes() {
        // Same length, every pair differing in one of five inner bytes: no
        // three bytes tell them apart, but one word does.
        let keys: Vec<Vec<u8>> = (0..32u8)
            .map(|i| {
                let mut k = b"x-----x".to_vec();
                for bit in 0..5 {
                    if i & (1 << bit) != 0 {
                        k[1 + bit] = b'+';
                    }
                }
                k
            })
            .collect();
        let refs: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        check(&refs);
    }

    #[test]
    fn words_cover_every_byte_and_overlap_at_the_tail() {
        let le = |s: &[u8]| u64::from_le_bytes(s.try_into().unwrap());
        assert_eq!(words(b"", 1), [0]);
        assert_eq!(words(b"A", 2), [0x41_41_41; 2]);
        assert_eq!(words(b"kWh", 1), [u64::from_le_bytes(*b"kWh\0\0\0\0\0")]);
        assert_eq!(words(b"Wh", 1), [u64::from_le_bytes(*b"Whh\0\0\0\0\0")]);
        assert_eq!(words(b"Celsius", 1), [le(b"Celssius")]);
        assert_eq!(words(b"Accepted", 2), [le(b"Accepted"), le(b"Accepted")]);
        assert_eq!(
            words(b"Sample.Periodic", 3),
            [le(b"Sample.P"), le(b"Periodic"), le(b"Periodic")]
        );
        assert_eq!(
            words(b"Energy.Active.Import.Register", 4),
            [
                le(b"Energy.A"),
                le(b"ctive.Im"),
                le(b"Register"),
                le(b".Import.")
            ]
        );
    }

    #[test]
    fn letters_mark_lowercase_letters() {
        let le = |s: &[u8; 8]| u64::from_le_bytes(*s);
        assert_eq!(letters(le(b"ab.z-0A~")), le(b"\x20\x20\0\x20\0\0\0\0"));
    }

    #[test]
    fn case_variants_mix_alike_when_folding_case() {
        let count = 2;
        let key = |k: &[u8]| Hashed {
            len: k.len(),
            words: words(k, count),
        };
        let (lower, upper) = (key(b"sample.periodic"), key(b"SAMPLE.Periodic"));
        assert_eq!(
            mixed(&lower, &[0, 1], 32, true),
            mixed(&upper, &[0, 1], 32, true)
        );
        assert_ne!(
            mixed(&lower, &[0, 1], 32, false),
            mixed(&upper, &[0, 1], 32, false)
        );
    }
}
