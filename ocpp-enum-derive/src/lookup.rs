//! The tables behind `as_str`, `from_wire` and `from_wire_ignore_ascii_case`.
//!
//! The expansion holds data only: a `Lookup` static with every spelling once,
//! in one string, and one byte table (header, offsets, slots of the hash
//! `phf` found; the layout is `ocpp_enum_hash::Header`'s), and a second one
//! only for enums with spellings equal ignoring case. The code that reads
//! them is the runtime's `__private::find`, one copy for every enum.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use ocpp_enum_hash::{Hash, Header};

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
        let row_words = row_words(exact_plan.as_ref().or(plan.as_ref()), &spellings, longest);
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
        let rows = Literal::usize_unsuffixed(row_words);
        let tokens = quote! {
            const #ident: #krate::__private::Lookup =
                #krate::__private::lookup!(#text, #table, #exact_first, #rows, #exact);
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

/// Whether the runtime builds rows for hosted targets: for spellings of at
/// most 64 bytes (8 words).
fn rows_fit(spellings: &[crate::model::Spelling], longest: usize) -> bool {
    !spellings.is_empty() && longest.div_ceil(8).max(1) <= 8
}

/// How many words of rows the runtime builds for hosted targets
/// (`ocpp_enums::__private::rows`): `chunks + 2` per slot of `plan`, the
/// hash a hosted lookup tries first, when the rows fit, else none.
fn row_words(plan: Option<&Plan>, spellings: &[crate::model::Spelling], longest: usize) -> usize {
    let chunks = longest.div_ceil(8).max(1);
    match plan {
        Some(p) if rows_fit(spellings, longest) => {
            (1usize << p.hash.bits) * ocpp_enum_hash::row_stride(chunks as u8)
        }
        _ => 0,
    }
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
        chunks: longest.div_ceil(8).min(255) as u8,
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
