//! The tables behind `as_str`, `from_wire` and `from_wire_ignore_ascii_case`.
//!
//! The expansion holds data only: a `Lookup` static with every spelling once,
//! in one string, and one byte table (header, offsets, slots of the hash
//! `phf` found; the layout is `ocpp_enum_hash::Header`'s), and a second one
//! only for enums with spellings equal ignoring case. The code that reads
//! them is the runtime's `__private::find`, one copy for every enum.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use ocpp_enum_hash::{
    row_meta, row_stride, row_word, row_words, Hash, Header, FREE_ROW, MAX_ROW_WORDS,
};

use crate::model::Spec;
use crate::phf::{self, Plan};

/// Sets this small are searched one by one.
const LINEAR_BELOW: usize = 3;

/// The statics of one enum and how to reach them.
pub struct Tables {
    /// The `static` items.
    pub statics: TokenStream,
    /// The `Lookup` that `from_wire` uses, and `as_str` and `VARIANTS`
    /// slice.
    pub from_wire: Ident,
    /// The `Lookup` that `from_wire_ignore_ascii_case` uses.
    pub ignore_case: Ident,
}

/// An identifier for a binding or item of generated code, which no user
/// item can shadow: `Span::mixed_site()`, and, since that does not stop a
/// user's unit struct or constant of the same name from turning a binding
/// into a pattern, a `__ocpp_` prefix (already on the statics' names).
pub fn hygienic(name: &str) -> Ident {
    let name = if name.starts_with("__OCPP_") {
        name.to_owned()
    } else {
        format!("__ocpp_{name}")
    };
    Ident::new(&name, Span::mixed_site())
}

/// The tables of `spec` (whose spellings `validate` kept within `u16`
/// offsets).
pub fn tables(spec: &Spec) -> Tables {
    let krate = &spec.krate;
    let spellings = spec.spellings();
    let text = Literal::string(&spellings.iter().map(|s| s.text).collect::<String>());
    // The offsets and alias variants, which every table of the enum starts
    // with (after its header).
    let mut shared = vec![0, 0];
    let mut end = 0u16;
    for s in &spellings {
        end += s.text.len() as u16;
        shared.extend_from_slice(&end.to_le_bytes());
    }
    for s in &spellings[spec.known.len()..] {
        shared.extend_from_slice(&(s.variant as u16).to_le_bytes());
    }

    // A `Lookup` static over the spellings at `keys`, hashed (`fold_case`:
    // on folded words) unless no hash separates them; and whether it is
    // hashed or small enough not to need it.
    //
    // `exact_too`: the table is also looked up exactly, so hosted targets
    // get a second hash, on the words as they are, when this one folds them.
    let lookup = |ident: &Ident,
                  keys: &[usize],
                  fold_case: bool,
                  exact_first: Option<&Ident>,
                  exact_too: bool| {
        let refs: Vec<&[u8]> = keys.iter().map(|&i| spellings[i].text.as_bytes()).collect();
        let longest = spellings.iter().map(|s| s.text.len()).max().unwrap_or(0);
        let plan = (keys.len() >= LINEAR_BELOW)
            .then(|| phf::search(&refs, fold_case, &phf::ROTATIONS))
            .flatten();
        let table = encode(
            plan.as_ref(),
            keys,
            &spellings,
            spec.known.len(),
            longest,
            &shared,
        );
        let table = Literal::byte_string(&table);
        let exact_first = match exact_first {
            Some(exact) => quote!(::core::option::Option::Some(&#exact)),
            None => quote!(::core::option::Option::None),
        };
        let exact_plan = match &plan {
            Some(p) if rows_fit(&spellings, longest) && exact_too && p.hash.fold_case => {
                phf::search(&refs, false, &phf::ROTATIONS_HOSTED)
            }
            _ => None,
        };
        let (row_count, row_bytes) = rows(
            exact_plan.as_ref().or(plan.as_ref()),
            keys,
            &spellings,
            longest,
        );
        let exact = exact_plan.map(|exact| {
            encode(
                Some(&exact),
                keys,
                &spellings,
                spec.known.len(),
                longest,
                &shared,
            )
        });
        let exact = Literal::byte_string(exact.as_deref().unwrap_or_default());
        let (row_count, byte_count, row_bytes) = (
            Literal::usize_unsuffixed(row_count),
            Literal::usize_unsuffixed(row_bytes.len()),
            Literal::byte_string(&row_bytes),
        );
        let tokens = quote! {
            const #ident: #krate::__private::Lookup = #krate::__private::lookup!(
                #text, #table, #exact_first, #row_count, #byte_count, #row_bytes, #exact
            );
        };
        (tokens, plan.is_some() || keys.len() < LINEAR_BELOW)
    };

    // One table folded on its words serves both ways of comparing, as long
    // as the spellings stay apart ignoring case; where two do not, the
    // exact lookup gets a table of its own.
    let all: Vec<usize> = (0..spellings.len()).collect();
    let (kept, collided) = spec.folded();
    let one = hygienic("__OCPP_LOOKUP");
    if kept.len() == all.len() {
        let (statics, fits) = lookup(&one, &all, true, None, !spec.ascii_case_insensitive);
        if fits || spec.ascii_case_insensitive {
            return Tables {
                statics,
                from_wire: one.clone(),
                ignore_case: one,
            };
        }
    }
    let exact = hygienic("__OCPP_EXACT");
    let folded = hygienic("__OCPP_FOLDED");
    let mut statics = lookup(&exact, &all, false, None, true).0;
    statics.extend(lookup(&folded, &kept, true, collided.then_some(&exact), false).0);
    Tables {
        statics,
        from_wire: exact,
        ignore_case: folded,
    }
}

/// The words a compare reads for spellings of at most `longest` bytes: the
/// header's `chunks`.
fn chunks(longest: usize) -> u8 {
    longest.div_ceil(8).min(255) as u8
}

/// Whether hosted targets get rows: for spellings of at most
/// `MAX_ROW_WORDS` words.
fn rows_fit(spellings: &[crate::model::Spelling], longest: usize) -> bool {
    !spellings.is_empty() && row_words(chunks(longest)) <= MAX_ROW_WORDS
}

/// The rows hosted targets read (`ocpp_enum_hash::row_word`): for each
/// slot of `plan`, the hash a hosted lookup tries first, the words of the
/// spelling there (`keys[i]` for key `i`), then its length and variant in
/// one, or, for a free slot, `FREE_ROW`; each word little-endian. Their
/// number of words and bytes, or none when the rows do not fit.
fn rows(
    plan: Option<&Plan>,
    keys: &[usize],
    spellings: &[crate::model::Spelling],
    longest: usize,
) -> (usize, Vec<u8>) {
    let chunks = chunks(longest);
    let Some(plan) = plan.filter(|_| rows_fit(spellings, longest)) else {
        return (0, Vec::new());
    };
    let (w, stride) = (row_words(chunks), row_stride(chunks));
    debug_assert_eq!(plan.slots.len(), 1 << plan.hash.bits);
    let mut words = vec![0u64; plan.slots.len() * stride];
    for (row, slot) in words.chunks_exact_mut(stride).zip(&plan.slots) {
        row[w] = match slot {
            None => FREE_ROW,
            Some(k) => {
                let s = &spellings[keys[*k]];
                for (c, word) in row[..w].iter_mut().enumerate() {
                    *word = row_word(s.text.as_bytes(), c, w);
                }
                row_meta(s.text.len(), s.variant as u16)
            }
        };
    }
    let bytes = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    (words.len(), bytes)
}

/// A table (see `ocpp_enum_hash::Header`): the header, the offsets and
/// alias variants, then for a hashed `plan` the displacements and per slot
/// the spelling there (`keys[i]` for key `i`; 0 for a free slot), in one
/// byte, or two when the enum has over 256 spellings.
fn encode(
    plan: Option<&Plan>,
    keys: &[usize],
    spellings: &[crate::model::Spelling],
    variants: usize,
    longest: usize,
    shared: &[u8],
) -> Vec<u8> {
    let wide = spellings.len() > 256;
    let header = Header {
        hash: plan.map_or(Hash::new(0, [0; 3], 0, false, 0, 0), |p| p.hash),
        chunks: chunks(longest),
        wide,
        hashed: plan.is_some(),
        variants: variants as u16,
        spellings: spellings.len() as u16,
    };
    let mut table = header.encode().to_vec();
    table.extend_from_slice(shared);
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
