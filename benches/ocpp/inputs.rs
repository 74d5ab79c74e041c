//! Reproducible input sets: 16,384 strings, shuffled with a fixed-seed PRNG.

/// Inputs per benchmark iteration: as many as the speed benchmark draws
/// (`benches/speed`), too many for the branch predictor to learn their
/// order. (Of 2,000 replayed, this machine's learned enough that a `match`
/// ran as if it knew the answer: 3.5 ns where it took 14 ns on the machine
/// of 2026-11.)
pub const N: usize = 16_384;

/// xorshift64*: tiny, fixed, good enough to shuffle and pick.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (the bias is irrelevant here).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// How the valid inputs are spelled.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// As the specification spells them.
    Canonical,
    /// A quarter each canonical, lowercase, uppercase and randomly flipped.
    Mixed,
}

/// One input set: the strings parsed, and for the floor the string a parser
/// would confirm each one against (an equal copy for valid inputs, the value
/// it was derived from for near misses).
pub struct Inputs {
    pub items: Vec<String>,
    pub answers: Vec<String>,
}

impl Inputs {
    /// `N` inputs: every wire string equally often, `invalid_percent` of them
    /// turned into near misses (one byte changed, added or removed; or, when
    /// `ignore_case` is false, one letter's case flipped), shuffled.
    ///
    /// A near miss is kept only if no wire string matches it (ignoring ASCII
    /// case when `ignore_case`), so "invalid" really is invalid.
    pub fn new(
        wires: &[&str],
        invalid_percent: usize,
        case: Case,
        ignore_case: bool,
        seed: u64,
    ) -> Self {
        let mut rng = Rng::new(seed);
        let invalid = N * invalid_percent / 100;
        let mut pairs: Vec<(String, String)> = (0..N)
            .map(|i| {
                let wire = wires[i % wires.len()];
                if i < invalid {
                    (
                        near_miss(wire, wires, ignore_case, &mut rng),
                        wire.to_owned(),
                    )
                } else {
                    let s = spell(wire, case, &mut rng);
                    (s.clone(), s)
                }
            })
            .collect();
        rng.shuffle(&mut pairs);
        let (items, answers) = pairs.into_iter().unzip();
        Inputs { items, answers }
    }
}

/// Strings laid end to end in one buffer, the way a parser meets them: as
/// slices of the frame it received. (Each a `String` of its own, scattered
/// over the heap, the lookups that read the bytes before they branch waited
/// on cache misses a `match` on the length does not.)
pub struct Frame {
    text: String,
    ends: Vec<usize>,
}

impl Frame {
    pub fn new(items: &[String]) -> Self {
        let mut text = String::new();
        let ends = items
            .iter()
            .map(|s| {
                text.push_str(s);
                text.len()
            })
            .collect();
        Frame { text, ends }
    }

    /// The strings, in order, as slices of the buffer.
    pub fn strs(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let s = &self.text[start..end];
                start = end;
                s
            })
            .collect()
    }
}

fn spell(wire: &str, case: Case, rng: &mut Rng) -> String {
    match (case, rng.below(4)) {
        (Case::Canonical, _) | (Case::Mixed, 0) => wire.to_owned(),
        (Case::Mixed, 1) => wire.to_ascii_lowercase(),
        (Case::Mixed, 2) => wire.to_ascii_uppercase(),
        _ => wire
            .bytes()
            .map(|b| if rng.below(2) == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() } as char)
            .collect(),
    }
}

/// A string one edit away from `wire` that names no value.
pub fn near_miss(wire: &str, wires: &[&str], ignore_case: bool, rng: &mut Rng) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_";
    loop {
        let mut b = wire.as_bytes().to_vec();
        let at = rng.below(b.len());
        match rng.below(if ignore_case { 3 } else { 4 }) {
            0 => b[at] = ALPHABET[rng.below(ALPHABET.len())],
            1 => b.insert(rng.below(b.len() + 1), ALPHABET[rng.below(ALPHABET.len())]),
            2 => {
                b.remove(at);
            }
            _ => b[at] ^= if b[at].is_ascii_alphabetic() { 0x20 } else { 0 },
        }
        let s = String::from_utf8(b).expect("ASCII");
        let known = wires.iter().any(|w| {
            if ignore_case {
                w.eq_ignore_ascii_case(&s)
            } else {
                *w == s
            }
        });
        if !s.is_empty() && !known {
            return s;
        }
    }
}
