//! `from_wire` against strum's `FromStr` and a hand-written `match` on input
//! a branch predictor cannot learn: 16,384 random draws from an enum's
//! spellings, 10 % of them with one byte changed, laid out in one contiguous
//! buffer and parsed in order. Each figure is the best of many passes over
//! the whole buffer; each ratio the median over several runs with fresh
//! inputs. The `loop` column is the same loop around a test of the length
//! alone: what every figure includes that is not parsing. See BENCHMARKS.md.
//!
//! ```text
//! cargo bench --bench speed
//! ```

use std::hint::black_box;
use std::time::Instant;

use ocpp_enums::{v16, OcppEnum};

#[allow(dead_code)]
#[path = "../ocpp/peers.rs"]
mod peers;

const DRAWS: usize = 16_384;
const PASSES: usize = 300;
/// Passes a parser makes before the next takes its turn.
const BLOCK: usize = 20;
const RUNS: usize = 7;

/// Every input back to back, and where each one is.
struct Inputs {
    text: String,
    spans: Vec<(usize, usize)>,
}

/// xorshift64*: reproducible and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn inputs(spellings: &[&str], seed: u64) -> Inputs {
    let mut rng = Rng(seed | 1);
    let mut text = String::new();
    let mut spans = Vec::with_capacity(DRAWS);
    for _ in 0..DRAWS {
        let mut s = spellings[rng.below(spellings.len())].as_bytes().to_vec();
        if rng.below(10) == 0 {
            // One byte changed to another printable ASCII byte.
            let at = rng.below(s.len());
            let old = s[at];
            s[at] = loop {
                let b = 0x21 + rng.below(94) as u8;
                if b != old {
                    break b;
                }
            };
        }
        let start = text.len();
        text.push_str(std::str::from_utf8(&s).expect("ASCII"));
        spans.push((start, s.len()));
    }
    Inputs { text, spans }
}

/// One pass of `parse` over every input: nanoseconds per input, and how
/// many inputs it recognised (the same for every parser, or the comparison
/// is void).
///
/// The inputs are sliced without checks (they are ASCII, see [`inputs`]),
/// so that the loop around the parser costs as little as it can: with
/// `&text[at..at + len]` the bounds and UTF-8 boundary checks took about
/// 1.2 ns per input, a third of our lookup's time. A function of its own
/// per parser (never inlined), so that the loop has every register: inlined
/// into `main` it shuffled six of them around each lookup.
#[inline(never)]
fn pass(inputs: &Inputs, parse: impl Fn(&str) -> bool) -> (f64, usize) {
    // Opaque to the optimizer once per pass, not per input: the inputs come
    // from memory it cannot see into either way.
    let inputs = black_box(inputs);
    let text = inputs.text.as_bytes();
    let start = Instant::now();
    let mut known = 0;
    for &(at, len) in &inputs.spans {
        // SAFETY: `inputs` made every span a range of `text`, which is ASCII.
        let s = unsafe { std::str::from_utf8_unchecked(text.get_unchecked(at..at + len)) };
        known += usize::from(parse(s));
    }
    (
        start.elapsed().as_nanos() as f64 / DRAWS as f64,
        black_box(known),
    )
}

/// A pass of one parser over the inputs (see [`pass`]).
type Pass<'a> = &'a dyn Fn(&Inputs) -> (f64, usize);

/// The fastest of [`PASSES`] passes of each parser, ns per input, and the
/// inputs each recognised. The parsers take turns in blocks of [`BLOCK`]
/// passes: long enough for each to run with its own code and tables warm,
/// as in a program that parses many values of one kind (taking turns pass
/// by pass made every figure slower and noisier here), and short enough
/// that what the shared host does meanwhile falls on all of them alike.
fn time<const N: usize>(inputs: &Inputs, parsers: [Pass<'_>; N]) -> [(f64, usize); N] {
    let mut best = [(f64::INFINITY, 0); N];
    for _ in 0..PASSES / BLOCK {
        for (parse, best) in parsers.iter().zip(&mut best) {
            for _ in 0..BLOCK {
                let (ns, known) = parse(inputs);
                *best = (best.0.min(ns), known);
            }
        }
    }
    best
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

macro_rules! race {
    ($name:ident, $strum:ident, $match:ident) => {{
        let spellings: Vec<&str> = v16::$name::VARIANTS.to_vec();
        let (mut ours, mut strum, mut matched, mut looped) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut vs_strum, mut vs_match) = (Vec::new(), Vec::new());
        for run in 0..RUNS {
            let inputs = inputs(&spellings, 0x0CC9_1600 + run as u64);
            let [(o, known), (t, known_strum), (m, known_match), (l, _)] = time(
                &inputs,
                [
                    &|i| pass(i, |s| v16::$name::from_wire(s).is_some()),
                    &|i| pass(i, |s| peers::$name::$strum(s).is_some()),
                    &|i| pass(i, |s| peers::$name::$match(s).is_some()),
                    // The loop alone: a test the optimizer cannot drop.
                    &|i| pass(i, |s| s.len() == 13),
                ],
            );
            assert_eq!(
                (known, known),
                (known_strum, known_match),
                "the parsers disagree"
            );
            ours.push(o);
            strum.push(t);
            matched.push(m);
            looped.push(l);
            vs_strum.push(t / o);
            vs_match.push(m / o);
        }
        println!(
            "{:<17} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>10.2} {:>10.2}",
            stringify!($name),
            median(ours),
            median(strum),
            median(matched),
            median(looped),
            median(vs_strum),
            median(vs_match),
        );
    }};
}

fn main() {
    // `cargo test --benches` runs bench targets with `--test`: stay quick.
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return;
    }
    println!(
        "{DRAWS} random draws, 10 % with one byte changed; ns per input, best of {PASSES} passes, median of {RUNS} runs"
    );
    println!(
        "{:<17} {:>8} {:>8} {:>8} {:>8} {:>10} {:>10}",
        "enum", "ours", "strum", "match", "loop", "strum/ours", "match/ours"
    );
    race!(Measurand, by_strum, by_match);
    race!(ConfigurationKey, by_strum_ci, by_match_ci);
    race!(Action, by_strum, by_match);
}
