//! The tables of one enum, as bytes: what `ocpp-enum-derive` emits and
//! `ocpp-enums` reads (the `generate` feature).
//!
//! Every spelling once, in one text, and per lookup one byte table (a
//! [`Header`], the offsets and alias variants, and the slots of the perfect
//! hash this crate's search found), with, for hosted targets, the rows and,
//! where the table hashes folded words but is looked up exactly too, the
//! table of a second hash on the words as they are. A second lookup only
//! for enums with spellings equal ignoring case.
//!
//! Here rather than in the derive so that it builds beside `syn`, not after
//! it: it is most of the derive's code, and needs none of `syn`.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::search::{self, Plan};
use crate::{row_meta, row_stride, row_word, row_words, Hash, Header, FREE_ROW, MAX_ROW_WORDS};

/// Sets this small are searched one by one.
const LINEAR_BELOW: usize = 3;

/// One spelling of an enum.
#[derive(Clone, Copy, Debug)]
pub struct Spelling<'s> {
    /// The spelling.
    pub text: &'s str,
    /// The position of its variant in declaration order.
    pub variant: usize,
}

/// The tables of one enum.
#[derive(Debug)]
pub struct Tables {
    /// Every spelling, concatenated in the order given to [`tables`].
    pub text: String,
    /// One lookup, or two: exact (`[0]`) and ignoring case (`[1]`) for an
    /// enum whose one table would not serve both.
    pub lookups: Vec<Lookup>,
}

/// The bytes of one lookup.
#[derive(Debug)]
pub struct Lookup {
    /// Its table: a [`Header`], then the sections it describes.
    pub table: Vec<u8>,
    /// Hosted targets: the table of the hash on exact words that the lookup
    /// tries first, or empty.
    pub exact: Vec<u8>,
    /// Hosted targets: the rows, little-endian words (see [`row_word`]), or
    /// empty.
    pub rows: Vec<u8>,
    /// Whether the other lookup (the exact one, `[0]`) is to be tried first,
    /// so that an exact match wins over one ignoring case.
    pub exact_first: bool,
}

/// The tables of an enum of `variants` variants whose `spellings` are, in
/// this order, each variant's canonical spelling in declaration order, then
/// the aliases (all distinct, within `u16` offsets). `ascii_case_insensitive`:
/// its `from_wire` ignores case, so it never looks up exactly.
pub fn tables(spellings: &[Spelling], variants: usize, ascii_case_insensitive: bool) -> Tables {
    let text: String = spellings.iter().map(|s| s.text).collect();
    // The offsets and alias variants, which every table of the enum starts
    // with (after its header).
    let mut shared = vec![0, 0];
    let mut end = 0u16;
    for s in spellings {
        end += s.text.len() as u16;
        shared.extend_from_slice(&end.to_le_bytes());
    }
    for s in &spellings[variants..] {
        shared.extend_from_slice(&(s.variant as u16).to_le_bytes());
    }
    let enum_ = Enum {
        spellings,
        variants,
        longest: spellings.iter().map(|s| s.text.len()).max().unwrap_or(0),
        shared,
    };

    // One table folded on its words serves both ways of comparing, as long
    // as the spellings stay apart ignoring case; where two do not, the
    // exact lookup gets a table of its own.
    let all: Vec<usize> = (0..spellings.len()).collect();
    let (kept, collided) = folded(spellings);
    if kept.len() == all.len() {
        let (one, fits) = enum_.lookup(&all, true, false, !ascii_case_insensitive);
        if fits || ascii_case_insensitive {
            return Tables {
                text,
                lookups: vec![one],
            };
        }
    }
    let exact = enum_.lookup(&all, false, false, true).0;
    let folded = enum_.lookup(&kept, true, collided, false).0;
    Tables {
        text,
        lookups: vec![exact, folded],
    }
}

/// What every lookup of one enum shares.
struct Enum<'a, 's> {
    spellings: &'a [Spelling<'s>],
    variants: usize,
    longest: usize,
    /// The offsets and alias variants.
    shared: Vec<u8>,
}

impl Enum<'_, '_> {
    /// A lookup over the spellings at `keys`, hashed (`fold_case`: on
    /// folded words) unless no hash separates them; and whether it is
    /// hashed or small enough not to need it.
    ///
    /// `exact_too`: the table is also looked up exactly, so hosted targets
    /// get a second hash, on the words as they are, when this one folds them.
    fn lookup(
        &self,
        keys: &[usize],
        fold_case: bool,
        exact_first: bool,
        exact_too: bool,
    ) -> (Lookup, bool) {
        let refs: Vec<&[u8]> = keys
            .iter()
            .map(|&i| self.spellings[i].text.as_bytes())
            .collect();
        let plan = if keys.len() >= LINEAR_BELOW {
            search::search(&refs, fold_case, &search::ROTATIONS)
        } else {
            None
        };
        let exact_plan = match &plan {
            Some(p) if self.rows_fit() && exact_too && p.hash.fold_case => {
                search::search(&refs, false, &search::ROTATIONS_HOSTED)
            }
            _ => None,
        };
        let rows = self.rows(exact_plan.as_ref().or(plan.as_ref()), keys);
        let exact = match &exact_plan {
            Some(exact) => self.encode(Some(exact), keys),
            None => Vec::new(),
        };
        let fits = plan.is_some() || keys.len() < LINEAR_BELOW;
        let lookup = Lookup {
            table: self.encode(plan.as_ref(), keys),
            exact,
            rows,
            exact_first,
        };
        (lookup, fits)
    }

    /// The words a compare reads: the header's `chunks`.
    fn chunks(&self) -> u8 {
        self.longest.div_ceil(8).min(255) as u8
    }

    /// Whether hosted targets get rows: for spellings of at most
    /// `MAX_ROW_WORDS` words.
    fn rows_fit(&self) -> bool {
        !self.spellings.is_empty() && row_words(self.chunks()) <= MAX_ROW_WORDS
    }

    /// The rows hosted targets read ([`row_word`]): for each slot of
    /// `plan`, the hash a hosted lookup tries first, the words of the
    /// spelling there (`keys[i]` for key `i`), then its length and variant
    /// in one, or, for a free slot, `FREE_ROW`; each word little-endian.
    /// None when the rows do not fit.
    fn rows(&self, plan: Option<&Plan>, keys: &[usize]) -> Vec<u8> {
        let Some(plan) = plan.filter(|_| self.rows_fit()) else {
            return Vec::new();
        };
        let (w, stride) = (row_words(self.chunks()), row_stride(self.chunks()));
        debug_assert_eq!(plan.slots.len(), 1 << plan.hash.bits);
        let mut words = vec![0u64; plan.slots.len() * stride];
        for (row, slot) in words.chunks_exact_mut(stride).zip(&plan.slots) {
            row[w] = match slot {
                None => FREE_ROW,
                Some(k) => {
                    let s = &self.spellings[keys[*k]];
                    for (c, word) in row[..w].iter_mut().enumerate() {
                        *word = row_word(s.text.as_bytes(), c, w);
                    }
                    row_meta(s.text.len(), s.variant as u16)
                }
            };
        }
        let mut bytes = Vec::with_capacity(8 * words.len());
        for w in words {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        bytes
    }

    /// A table (see [`Header`]): the header, the offsets and alias
    /// variants, then for a hashed `plan` the displacements and per slot
    /// the spelling there (`keys[i]` for key `i`; 0 for a free slot), in
    /// one byte, or two when the enum has over 256 spellings.
    fn encode(&self, plan: Option<&Plan>, keys: &[usize]) -> Vec<u8> {
        let wide = self.spellings.len() > 256;
        let header = Header {
            hash: plan.map_or(Hash::new(0, [0; 3], 0, false, 0, 0), |p| p.hash),
            chunks: self.chunks(),
            wide,
            hashed: plan.is_some(),
            variants: self.variants as u16,
            spellings: self.spellings.len() as u16,
        };
        let mut table = header.encode().to_vec();
        table.extend_from_slice(&self.shared);
        if let Some(plan) = plan {
            for d in &plan.displacements {
                table.extend_from_slice(&d.to_le_bytes());
            }
            for slot in &plan.slots {
                let at = slot.map_or(0, |i| keys[i]) as u16;
                if wide {
                    table.extend_from_slice(&at.to_le_bytes());
                } else {
                    table.push(at as u8);
                }
            }
        }
        debug_assert_eq!(table.len(), header.table_len());
        table
    }
}

/// For a lookup ignoring case: the table positions of the spellings it
/// holds (of those equal ignoring case, the first in declaration order: by
/// variant, canonical before aliases), and whether two variants had
/// spellings equal ignoring case (then an exact match must win).
fn folded(spellings: &[Spelling]) -> (Vec<usize>, bool) {
    let mut order: Vec<usize> = (0..spellings.len()).collect();
    // Stable: within a variant, the canonical spelling stays first.
    crate::sort::by_key(&mut order, &|i| spellings[i].variant as u64);
    let mut kept: Vec<usize> = Vec::new();
    let mut collided = false;
    for i in order {
        let s = &spellings[i];
        match kept
            .iter()
            .find(|&&k| spellings[k].text.eq_ignore_ascii_case(s.text))
        {
            Some(&first) => collided |= spellings[first].variant != s.variant,
            None => kept.push(i),
        }
    }
    crate::sort::by_key(&mut kept, &|i| i as u64);
    (kept, collided)
}
