//! Finds, at expansion time, a collision-free hash over an enum's spellings.
//!
//! The hash itself is this crate's, the same functions the runtime calls on
//! the input: this module only chooses its parameters. It picks the
//! three words that, mixed with the length, tell every spelling apart, then
//! the smallest table a seed leaves free of collisions: one slot per key's
//! hash for small sets, a displacement per bucket of about four keys (the
//! CHD scheme `phf` uses) for large ones, whichever keeps the table within
//! four slots a key.

use alloc::vec;
use alloc::vec::Vec;

use crate::{bucket, direct, displaced, mix, Hash, FROM_END};

/// Rotations tried, in order.
pub const ROTATIONS: [u8; 4] = [32, 16, 24, 8];

/// Rotations tried for a hash that only hosted targets use, where code
/// size does not count but every instruction does: 0 first, under which
/// one pick mixes as the length and one word, nothing more.
pub const ROTATIONS_HOSTED: [u8; 5] = [0, 32, 16, 24, 8];
/// Seeds tried for each one-level table size.
const SEEDS: u32 = 8192;
/// Seeds tried for a two-level table.
const SEEDS_TWO_LEVEL: u32 = 64;
/// A one-level table may have up to this many slots per key.
const SLOTS_PER_KEY: usize = 4;

/// A collision-free hash for one set of keys.
#[derive(Debug)]
pub struct Plan {
    /// The parameters the runtime hashes with.
    pub hash: Hash,
    /// For a two-level hash, the displacement of each bucket.
    pub displacements: Vec<u16>,
    /// For each slot, the index of the key hashed there.
    pub slots: Vec<Option<usize>>,
}

#[cfg(test)]
impl Plan {
    /// The slot `key` hashes to, as the runtime computes it.
    pub fn slot(&self, key: &[u8]) -> usize {
        slot_of(mix(key, &self.hash), &self.hash, &self.displacements)
    }
}

#[cfg(test)]
fn slot_of(x: u64, h: &Hash, displacements: &[u16]) -> usize {
    if h.bucket_bits == 0 {
        direct(x, h)
    } else {
        displaced(x, h, displacements[bucket(x, h)])
    }
}

/// A plan for `keys` (distinct, non-empty), or `None` when no word mix tells
/// them apart and the runtime should search them one by one. With
/// `fold_case`, the keys must be distinct ignoring ASCII case.
pub fn search(keys: &[&[u8]], fold_case: bool, rotations: &[u8]) -> Option<Plan> {
    let longest = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    let words = longest.div_ceil(8).clamp(1, 127) as u8;
    let (picks, rotation) = rotations.iter().find_map(|&rotation| {
        separating_picks(keys, words, rotation, fold_case).map(|p| (p, rotation))
    })?;
    let base = Hash {
        seed: 0,
        picks,
        rotation,
        fold_case,
        bits: 0,
        bucket_bits: 0,
    };
    let mixed: Vec<u64> = keys.iter().map(|k| mix(k, &base)).collect();
    one_level(&mixed, base).or_else(|| two_level(&mixed, base))
}

/// The three picks (repeats allowed) chosen greedily: at each step the pick
/// that leaves the fewest keys mixing alike, stopping once none do.
///
/// Picked first among the words the runtime's compare reads anyway (the
/// first half counted from the start, the others from the end), so that
/// the hash adds no load; among every word only where those do not tell
/// the keys apart.
fn separating_picks(keys: &[&[u8]], words: u8, rotation: u8, fold_case: bool) -> Option<[u8; 3]> {
    let half = words.div_ceil(2);
    let compared: Vec<u8> = (0..half)
        .chain((0..words - half).map(|k| FROM_END | k))
        .collect();
    let every: Vec<u8> = (0..words).flat_map(|k| [k, FROM_END | k]).collect();
    [compared, every].iter().find_map(|candidates| {
        greedy_picks(keys, candidates, rotation, fold_case).or_else(|| {
            // Unrotated, a repeated pick cancels out: three distinct words
            // instead, the first triple that tells the keys apart.
            (rotation == 0).then(|| distinct_triple(keys, candidates, fold_case))?
        })
    })
}

/// The first three distinct `candidates` that, unrotated, tell `keys`
/// apart.
fn distinct_triple(keys: &[&[u8]], candidates: &[u8], fold_case: bool) -> Option<[u8; 3]> {
    let n = candidates.len();
    (0..n)
        .flat_map(|a| (a + 1..n).flat_map(move |b| (b + 1..n).map(move |c| (a, b, c))))
        .map(|(a, b, c)| [candidates[a], candidates[b], candidates[c]])
        .find(|&picks| distinct(keys, picks, 0, fold_case) == keys.len())
}

/// Picks chosen greedily among `candidates` (see [`separating_picks`]).
fn greedy_picks(
    keys: &[&[u8]],
    candidates: &[u8],
    rotation: u8,
    fold_case: bool,
) -> Option<[u8; 3]> {
    let mut chosen: Vec<u8> = Vec::new();
    let mut best_count = 0;
    while chosen.len() < 3 {
        let (pick, count) = candidates
            .iter()
            .map(|&p| {
                let mut picks = chosen.clone();
                picks.resize(3, p);
                (p, distinct(keys, picks_array(&picks), rotation, fold_case))
            })
            // On a tie, the first candidate.
            .rev()
            .max_by_key(|&(_, n)| n)?;
        if count <= best_count && !chosen.is_empty() {
            break;
        }
        chosen.push(pick);
        best_count = count;
        if count == keys.len() {
            let last = *chosen.last()?;
            chosen.resize(3, last);
            return Some(picks_array(&chosen));
        }
    }
    None
}

fn picks_array(p: &[u8]) -> [u8; 3] {
    [p[0], p[1], p[2]]
}

fn distinct(keys: &[&[u8]], picks: [u8; 3], rotation: u8, fold_case: bool) -> usize {
    let h = Hash {
        seed: 0,
        picks,
        rotation,
        fold_case,
        bits: 0,
        bucket_bits: 0,
    };
    let mixed: Vec<u64> = keys.iter().map(|k| mix(k, &h)).collect();
    let mut order: Vec<usize> = (0..mixed.len()).collect();
    crate::sort::by_key(&mut order, &|i| mixed[i]);
    // The first value, then each that differs from the one before it.
    let changes = order
        .windows(2)
        .filter(|w| mixed[w[0]] != mixed[w[1]])
        .count();
    usize::from(!mixed.is_empty()) + changes
}

/// The seeds tried, from a fixed xorshift so that expansion is reproducible.
fn seeds(salt: u64, count: u32) -> impl Iterator<Item = u64> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ salt;
    (0..count).map(move |_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state | 1
    })
}

/// log2 of the smallest power of two of at least `n` (and 2).
fn bits_for(n: usize) -> u8 {
    (usize::BITS - (n.max(2) - 1).leading_zeros()) as u8
}

/// One slot per key, at the top bits of `x * seed`: the smallest table up to
/// [`SLOTS_PER_KEY`] slots a key for which a seed leaves no collision.
fn one_level(mixed: &[u64], base: Hash) -> Option<Plan> {
    let min_bits = bits_for(mixed.len());
    let max_bits = bits_for(mixed.len() * SLOTS_PER_KEY).max(min_bits);
    // `taken[slot] == stamp` marks a slot used by the current seed.
    let mut taken: Vec<u32> = Vec::new();
    for bits in min_bits..=max_bits {
        taken.clear();
        taken.resize(1 << bits, 0);
        for (stamp, seed) in (1..).zip(seeds(u64::from(bits), SEEDS)) {
            let hash = Hash { seed, bits, ..base };
            let free = mixed.iter().all(|&x| {
                let s = &mut taken[direct(x, &hash)];
                let was = *s;
                *s = stamp;
                was != stamp
            });
            if free {
                let mut slots = vec![None; 1 << bits];
                for (i, &x) in mixed.iter().enumerate() {
                    slots[direct(x, &hash)] = Some(i);
                }
                return Some(Plan {
                    hash,
                    displacements: Vec::new(),
                    slots,
                });
            }
        }
    }
    None
}

/// Buckets of about four keys by the top bits of `x * seed`, each displaced
/// into a table of about 1.25 slots a key (CHD): the largest buckets are
/// placed first, each with the first displacement whose slots are free.
fn two_level(mixed: &[u64], base: Hash) -> Option<Plan> {
    let n = mixed.len();
    let bucket_bits = bits_for(n.div_ceil(4)).max(1);
    let bits = bits_for(n + n / 4);
    for seed in seeds(0xC4D, SEEDS_TWO_LEVEL) {
        let hash = Hash {
            seed,
            bits,
            bucket_bits,
            ..base
        };
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 1 << bucket_bits];
        for (i, &x) in mixed.iter().enumerate() {
            buckets[bucket(x, &hash)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets.len()).collect();
        // Largest bucket first; stable, so the tables do not depend on the sort.
        crate::sort::by_key(&mut order, &|b| u64::MAX - buckets[b].len() as u64);
        let mut slots: Vec<Option<usize>> = vec![None; 1 << bits];
        let mut displacements = vec![0u16; buckets.len()];
        let placed = order.iter().all(|&b| {
            let keys = &buckets[b];
            if keys.is_empty() {
                return true;
            }
            let found = (0..=u16::MAX).find(|&d| {
                let mut seen: Vec<usize> = Vec::with_capacity(keys.len());
                keys.iter().all(|&i| {
                    let s = displaced(mixed[i], &hash, d);
                    let free = slots[s].is_none() && !seen.contains(&s);
                    seen.push(s);
                    free
                })
            });
            let Some(d) = found else {
                return false;
            };
            displacements[b] = d;
            for &i in keys {
                slots[displaced(mixed[i], &hash, d)] = Some(i);
            }
            true
        });
        if placed {
            return Some(Plan {
                hash,
                displacements,
                slots,
            });
        }
    }
    None
}

/// Keys no three words tell apart: four words long, and each but the first
/// differs from the first in one word, so whichever three words are mixed,
/// the key that differs in the fourth mixes like the first.
/// `tests/lookup_agreement.rs` uses the same keys to check the linear
/// fallback.
#[cfg(test)]
pub const COLLIDING: [&[u8]; 5] = [
    b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    b"aaabaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    b"aaaaaaaaaaabaaaaaaaaaaaaaaaaaaaa",
    b"aaaaaaaaaaaaaaaaaaabaaaaaaaaaaaa",
    b"aaaaaaaaaaaaaaaaaaaaaaaaaaabaaaa",
];

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::format;
    use std::string::String;

    fn check(keys: &[&[u8]], fold_case: bool) -> Plan {
        check_with(keys, fold_case, &ROTATIONS)
    }

    fn check_with(keys: &[&[u8]], fold_case: bool, rotations: &[u8]) -> Plan {
        let plan = search(keys, fold_case, rotations).expect("a plan exists");
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                plan.slots[plan.slot(k)],
                Some(i),
                "{:?}",
                String::from_utf8_lossy(k)
            );
            if fold_case {
                let upper = k.to_ascii_uppercase();
                assert_eq!(plan.slots[plan.slot(&upper)], Some(i));
            }
        }
        plan
    }

    #[test]
    fn hosted_hashes_mix_unrotated_words() {
        // One word tells these apart: unrotated, the mix is length ^ word.
        let one: [&[u8]; 4] = [b"Accepted", b"Rejected", b"Pending", b"Unknown"];
        let plan = check_with(&one, false, &ROTATIONS_HOSTED);
        assert_eq!(plan.hash.rotation, 0);
        assert_eq!(plan.hash.picks[1], plan.hash.picks[0]);
        // These differ in an inner word too: three distinct words.
        let three: [&[u8]; 4] = [
            b"Energy.Active.Import.Register",
            b"Energy.Active.Export.Register",
            b"Energy.Active.Import.Interval",
            b"Energy.Active.Export.Interval",
        ];
        let plan = check_with(&three, false, &ROTATIONS_HOSTED);
        let [a, b, c] = plan.hash.picks;
        assert_eq!(plan.hash.rotation, 0);
        assert!(a != b && b != c && a != c, "{:?}", plan.hash.picks);
    }

    #[test]
    fn separates_keys_that_share_prefix_and_suffix() {
        check(
            &[
                b"Energy.Active.Import.Register",
                b"Energy.Active.Export.Register",
                b"Energy.Reactive.Import.Register",
                b"Energy.Reactive.Export.Register",
                b"Energy.Active.Import.Interval",
                b"Energy.Active.Export.Interval",
            ],
            false,
        );
    }

    #[test]
    fn separates_short_and_long_keys_together() {
        let keys: [&[u8]; 17] = [
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
        ];
        check(&keys, false);
        let lowered: Vec<Vec<u8>> = keys
            .iter()
            .map(|k| k.to_ascii_lowercase())
            .filter(|k| k != b"kwh" && k != b"kw" && k != b"wh")
            .collect();
        let refs: Vec<&[u8]> = lowered.iter().map(Vec::as_slice).collect();
        check(&refs, true);
    }

    #[test]
    fn keys_differing_only_in_length_need_one_table() {
        let plan = check(&[b"a", b"aa", b"aaa", b"aaaa"], false);
        assert_eq!(plan.hash.bucket_bits, 0);
    }

    #[test]
    fn gives_up_when_no_mix_of_words_separates() {
        assert!(search(&COLLIDING, false, &ROTATIONS).is_none());
        assert!(search(&COLLIDING, true, &ROTATIONS).is_none());
    }

    #[test]
    fn small_sets_use_one_level_and_large_sets_two() {
        // Irregular keys: regular ones can happen to fit one level.
        let keys: Vec<Vec<u8>> = (1..=300u64)
            .map(|i| {
                let x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
                format!("Vendor.{:x}.{}", x >> 40, x % 977).into_bytes()
            })
            .collect();
        let refs: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        let small = check(&refs[..20], false);
        assert_eq!(small.hash.bucket_bits, 0);
        assert!(small.slots.len() <= 4 * 32);
        let large = check(&refs, false);
        assert!(large.hash.bucket_bits > 0);
        assert!(large.slots.len() <= 512, "{}", large.slots.len());
        check(&refs, true);
    }

    #[test]
    fn separates_keys_that_differ_in_a_few_inner_bytes() {
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
        check(&refs, false);
    }
}
