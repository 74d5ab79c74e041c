//! Finds, at expansion time, a collision-free hash over an enum's spellings.
//!
//! The hash packs the input's length with up to three of its bytes (each
//! counted from the start or the end, clamped to the string) into a `u32`,
//! multiplies by a seed and keeps the top bits as the slot. The generated
//! code computes exactly [`Plan::slot`] with the runtime's `byte_at` helpers.

/// A byte position, counted from the start or from the end (0 = last byte).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// `b[min(i, len - 1)]`.
    Start(usize),
    /// `b[len - 1 - min(i, len - 1)]`.
    End(usize),
}

/// Most positions a hash reads; more would cost as much as a compare.
const MAX_POSITIONS: usize = 3;
/// Seeds tried for each table size.
const SEEDS_PER_SIZE: u32 = 4096;
/// Table sizes tried, as powers of two above the key count.
const EXTRA_BITS: u32 = 4;

/// A collision-free hash for one set of keys.
#[derive(Debug)]
pub struct Plan {
    /// The bytes read, in packing order.
    pub positions: Vec<Pos>,
    /// The odd multiplier.
    pub seed: u32,
    /// log2 of the table size.
    pub bits: u32,
    /// For each slot, the index of the key hashed there.
    pub slots: Vec<Option<usize>>,
}

impl Pos {
    /// True when every string of `min_len` bytes or more has this byte, so
    /// reading it needs no clamping.
    pub fn within(self, min_len: usize) -> bool {
        match self {
            Pos::Start(i) | Pos::End(i) => i < min_len,
        }
    }

    /// The byte this position reads in `key`, as the runtime reads it.
    pub fn byte(self, key: &[u8]) -> u8 {
        let last = key.len().saturating_sub(1);
        let i = match self {
            Pos::Start(i) => i.min(last),
            Pos::End(i) => last - i.min(last),
        };
        key.get(i).copied().unwrap_or(0)
    }
}

/// The length and chosen bytes of `key`, packed as the generated code packs them.
fn packed(key: &[u8], positions: &[Pos]) -> u32 {
    positions
        .iter()
        .enumerate()
        .fold(key.len() as u32, |h, (i, p)| {
            h ^ (u32::from(p.byte(key)) << (8 * (i + 1)))
        })
}

#[cfg(test)]
impl Plan {
    /// The slot of `key`.
    pub fn slot(&self, key: &[u8]) -> usize {
        slot(packed(key, &self.positions), self.seed, self.bits)
    }
}

fn slot(h: u32, seed: u32, bits: u32) -> usize {
    (h.wrapping_mul(seed) >> (32 - bits)) as usize
}

/// A plan for `keys` (distinct, non-empty), or `None` when no small one exists
/// and the caller should fall back to a `match`.
pub fn search(keys: &[&[u8]]) -> Option<Plan> {
    let positions = separating_positions(keys)?;
    let packed: Vec<u32> = keys.iter().map(|k| packed(k, &positions)).collect();
    let min_bits = usize::BITS - keys.len().leading_zeros();
    for bits in min_bits..(min_bits + EXTRA_BITS).min(17) {
        let mut state = 0x9E37_79B9u32 ^ bits;
        for _ in 0..SEEDS_PER_SIZE {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let seed = state | 1;
            let mut slots = vec![None; 1 << bits];
            let free = packed.iter().enumerate().all(|(i, &h)| {
                let s = &mut slots[slot(h, seed, bits)];
                s.replace(i).is_none()
            });
            if free {
                return Some(Plan {
                    positions,
                    seed,
                    bits,
                    slots,
                });
            }
        }
    }
    None
}

/// Greedily picks the byte positions that, with the length, tell every key
/// apart.
fn separating_positions(keys: &[&[u8]]) -> Option<Vec<Pos>> {
    let max_len = keys.iter().map(|k| k.len()).max()?;
    let min_len = keys.iter().map(|k| k.len()).min()?;
    let candidates: Vec<Pos> = (0..max_len)
        .map(Pos::Start)
        .chain((0..max_len).map(Pos::End))
        .collect();
    let mut chosen = Vec::new();
    let mut classes = distinct(keys, &chosen);
    while classes < keys.len() {
        if chosen.len() == MAX_POSITIONS {
            return None;
        }
        let (best, count) = candidates
            .iter()
            .map(|&p| {
                chosen.push(p);
                let n = distinct(keys, &chosen);
                chosen.pop();
                (p, n)
            })
            // On a tie, prefer a byte every key has: no clamping at runtime.
            .max_by_key(|&(p, n)| (n, p.within(min_len)))?;
        if count == classes {
            return None;
        }
        chosen.push(best);
        classes = count;
    }
    Some(chosen)
}

fn distinct(keys: &[&[u8]], positions: &[Pos]) -> usize {
    let mut all: Vec<u32> = keys.iter().map(|k| packed(k, positions)).collect();
    all.sort_unstable();
    all.dedup();
    all.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(keys: &[&[u8]]) -> Plan {
        let plan = search(keys).expect("a plan exists");
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                plan.slots[plan.slot(k)],
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
        assert!(plan.positions.len() <= MAX_POSITIONS);
    }

    #[test]
    fn keys_differing_only_in_length_need_no_byte() {
        let plan = check(&[b"a", b"aa", b"aaa", b"aaaa"]);
        assert!(plan.positions.is_empty());
    }

    #[test]
    fn gives_up_when_three_bytes_cannot_separate() {
        // Same length, and every pair differs in one of five inner bytes.
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
        assert!(search(&refs).is_none());
    }

    #[test]
    fn positions_clamp_like_the_runtime() {
        assert_eq!(Pos::Start(9).byte(b"abc"), b'c');
        assert_eq!(Pos::End(0).byte(b"abc"), b'c');
        assert_eq!(Pos::End(9).byte(b"abc"), b'a');
    }
}
