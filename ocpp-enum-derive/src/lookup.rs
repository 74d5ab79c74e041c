//! The tables behind `as_str`, `from_wire` and `from_wire_ignore_ascii_case`.
//!
//! The expansion holds data only: a `Spellings` static (every spelling once,
//! in one string, with `u16` offsets) and one `Lookup` static per way of
//! matching, whose hash `phf` found. The code that reads them is the
//! runtime's `__private::find`, one copy for every enum.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::model::Spec;
use crate::phf::{self, Plan};

/// Sets this small are searched one by one.
const LINEAR_BELOW: usize = 3;

/// The statics of one enum and how to reach them.
pub struct Tables {
    /// The `static` items.
    pub statics: TokenStream,
    /// The `Spellings` static.
    pub spellings: Ident,
    /// The `Lookup` that `from_wire` uses.
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
    let text: String = spellings.iter().map(|s| s.text).collect();
    let mut offsets = vec![0, 0];
    let mut end = 0u16;
    for s in &spellings {
        end += s.text.len() as u16;
        offsets.extend_from_slice(&end.to_le_bytes());
    }
    let aliases: Vec<u8> = spellings[spec.known.len()..]
        .iter()
        .flat_map(|s| (s.variant as u16).to_le_bytes())
        .collect();
    let (offsets, aliases) = (
        Literal::byte_string(&offsets),
        Literal::byte_string(&aliases),
    );
    let spellings_ident = hygienic("__OCPP_SPELLINGS");
    let text = Literal::string(&text);
    let mut statics = quote! {
        static #spellings_ident: #krate::__private::Spellings =
            #krate::__private::Spellings::new(#text, #offsets, #aliases);
    };

    // A `Lookup` static over the spellings at `keys`, hashed (`fold_case`:
    // on folded words) unless no hash separates them; and whether it is.
    let lookup = |ident: &Ident, keys: &[usize], fold_case: bool, exact_first: Option<&Ident>| {
        let refs: Vec<&[u8]> = keys.iter().map(|&i| spellings[i].text.as_bytes()).collect();
        let longest = refs.iter().map(|k| k.len()).max().unwrap_or(0);
        let chunks = Literal::u8_unsuffixed(longest.div_ceil(8).min(255) as u8);
        let exact_first = match exact_first {
            Some(exact) => quote!(::core::option::Option::Some(&#exact)),
            None => quote!(::core::option::Option::None),
        };
        let plan = (keys.len() >= LINEAR_BELOW)
            .then(|| phf::search(&refs, fold_case))
            .flatten();
        let Some(plan) = plan else {
            let tokens = quote! {
                static #ident: #krate::__private::Lookup = #krate::__private::Lookup::linear(
                    &#spellings_ident, #chunks, #exact_first,
                );
            };
            return (tokens, keys.len() < LINEAR_BELOW);
        };
        let (hash, table, wide) = encode(&plan, keys, spellings.len(), krate);
        let table = Literal::byte_string(&table);
        let tokens = quote! {
            static #ident: #krate::__private::Lookup = #krate::__private::Lookup::new(
                &#spellings_ident, #hash, #table, #wide, #chunks, #exact_first,
            );
        };
        (tokens, true)
    };

    // Hashed on folded words, one table serves both ways of comparing: an
    // input equal to a spelling, in any case, lands on that spelling's slot.
    // That needs the spellings to stay apart ignoring case; where two do
    // not, the exact lookup gets a table of its own.
    let all: Vec<usize> = (0..spellings.len()).collect();
    let (kept, collided) = spec.folded();
    let one = hygienic("__OCPP_LOOKUP");
    if kept.len() == all.len() {
        let (tokens, fits) = lookup(&one, &all, true, None);
        if fits || spec.ascii_case_insensitive {
            statics.extend(tokens);
            return Tables {
                statics,
                spellings: spellings_ident,
                from_wire: one.clone(),
                ignore_case: one,
            };
        }
    }
    let exact = hygienic("__OCPP_EXACT");
    let folded = hygienic("__OCPP_FOLDED");
    statics.extend(lookup(&exact, &all, false, None).0);
    statics.extend(lookup(&folded, &kept, true, collided.then_some(&exact)).0);
    Tables {
        statics,
        spellings: spellings_ident,
        from_wire: exact,
        ignore_case: folded,
    }
}

/// The `Hash` of `plan` and its table bytes: the displacements, then per
/// slot the table position of the spelling there (`keys[i]` for key `i`; 0
/// for a free slot), in one byte, or two when the enum has over 256
/// spellings.
fn encode(
    plan: &Plan,
    keys: &[usize],
    count: usize,
    krate: &syn::Path,
) -> (TokenStream, Vec<u8>, bool) {
    let wide = count > 256;
    let mut table = Vec::new();
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
    let h = &plan.hash;
    let seed = Literal::u64_unsuffixed(h.seed);
    let picks = h.picks.iter().map(|&p| Literal::u8_unsuffixed(p));
    let (rotation, fold_case, bits, bucket_bits) = (
        Literal::u8_unsuffixed(h.rotation),
        h.fold_case,
        Literal::u8_unsuffixed(h.bits),
        Literal::u8_unsuffixed(h.bucket_bits),
    );
    let hash = quote! {
        #krate::__private::Hash::new(#seed, [#(#picks),*], #rotation, #fold_case, #bits, #bucket_bits)
    };
    (hash, table, wide)
}
