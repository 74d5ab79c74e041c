//! The bodies of `from_wire` and `from_wire_ignore_ascii_case`.
//!
//! Each body is one expression of type `Option<Self>`: a perfect hash (see
//! `phf`) confirmed by one inline compare, or a plain `match` for tiny enums
//! and for key sets no small hash separates. Nothing else in the expansion
//! depends on which is chosen.
//!
//! The hashed body reads the input once as words (the runtime's `words`),
//! mixes the length with one to three of them into a slot, and compares the
//! input's words with the one row there (`Row::matches`, or
//! `RowIgnoringCase::matches`): a length check and one compare per word,
//! folded into one branch, no call into `memcmp`. Small tables hold a row
//! per slot; larger ones a byte per slot, the index of a row in a dense
//! table. The rows are `static` data computed here, so the generated code is
//! plain Rust with no runtime dependency.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Key, Spec};
use crate::phf::{self, Plan};

/// Key sets this small are faster to compare one by one.
const MATCH_BELOW: usize = 3;

/// Longest spelling the hash handles: up to eight words per key. Longer key
/// sets (OCPP strings are at most 50 characters) use the `match`.
const ROW_BYTES: usize = 64;

/// Largest table, in bytes, whose rows the hash indexes directly; larger ones
/// go through a table of row numbers: one more load, far less memory.
const DIRECT_BYTES: usize = 8192;

/// The body of `from_wire`: exact, or ignoring case where the enum says so.
pub fn from_wire(spec: &Spec) -> TokenStream {
    if spec.ascii_case_insensitive {
        ignore_case(spec)
    } else {
        lookup(spec, &spec.keys(), false)
    }
}

/// The body of `from_wire_ignore_ascii_case`.
pub fn from_wire_ignore_ascii_case(spec: &Spec) -> TokenStream {
    if spec.ascii_case_insensitive {
        let krate = &spec.krate;
        return quote!(<Self as #krate::OcppEnum>::from_wire(s));
    }
    ignore_case(spec)
}

fn ignore_case(spec: &Spec) -> TokenStream {
    let (keys, collided) = spec.lowered_keys();
    let body = lookup(spec, &keys, true);
    if !collided {
        return body;
    }
    // Two spellings differ only in case: an exact match must win.
    let krate = &spec.krate;
    quote! {{
        if let ::core::option::Option::Some(v) = <Self as #krate::OcppEnum>::from_wire(s) {
            return ::core::option::Option::Some(v);
        }
        #body
    }}
}

/// A lookup of `s` among `keys` (lowercase when `lowered`).
fn lookup(spec: &Spec, keys: &[Key], lowered: bool) -> TokenStream {
    let refs: Vec<&[u8]> = keys.iter().map(|k| k.bytes.as_slice()).collect();
    let max = refs.iter().map(|k| k.len()).max().unwrap_or(0);
    if keys.len() >= MATCH_BELOW && keys.len() < usize::from(u16::MAX) && max <= ROW_BYTES {
        let words = max.div_ceil(8);
        if let Some(plan) = phf::search(&refs, words, lowered) {
            return hashed(spec, keys, &plan, words, lowered);
        }
    }
    matched(spec, keys, lowered)
}

/// `Some(Self::Variant)` for the variant at each index, `None` otherwise.
fn variant_of(spec: &Spec, index: TokenStream) -> TokenStream {
    let arms = spec.known.iter().enumerate().map(|(i, k)| {
        let (ident, i) = (k.ident, Literal::usize_unsuffixed(i));
        quote!(#i => ::core::option::Option::Some(Self::#ident),)
    });
    quote! {
        match #index {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

fn hashed(spec: &Spec, keys: &[Key], plan: &Plan, words: usize, lowered: bool) -> TokenStream {
    let krate = &spec.krate;
    let min = keys.iter().map(|k| k.bytes.len()).min().unwrap_or(0);
    let fold = plan.fold_case.then(|| {
        let fold = Literal::u64_unsuffixed(phf::FOLD_CASE);
        quote!(| #fold)
    });
    let mix = plan.words.iter().enumerate().map(|(k, &word)| {
        let rotation = k as u32 * plan.rotation;
        quote!(^ (w[#word] #fold).rotate_left(#rotation))
    });
    let seed = plan.seed;
    let shift = 64 - plan.bits;
    let variant = variant_of(spec, quote!(variant));
    // Ignoring case, a row also holds the bits the compare sets in the input
    // (`0x20` where the lowercase key has a letter): `(w | letters) == words`
    // accepts either case of a letter and only that.
    let (row_ty, row_bytes) = if lowered {
        (quote!(RowIgnoringCase), 8 * (2 * words + 1))
    } else {
        (quote!(Row), 8 * (words + 1))
    };
    // Free slots hold `E`, the empty row: length 0, which no input has here.
    let row = |key: Option<&Key>| {
        let Some(key) = key else {
            return quote!(E);
        };
        let len = Literal::u32_unsuffixed(key.bytes.len() as u32);
        let variant = Literal::u32_unsuffixed(key.variant as u32);
        let key_words = phf::words(&key.bytes, words);
        let letters = lowered.then(|| {
            let letters = key_words
                .iter()
                .map(|&w| Literal::u64_unsuffixed(phf::letters(w)));
            quote!(letters: [#(#letters),*],)
        });
        let key_words = key_words.into_iter().map(Literal::u64_unsuffixed);
        quote! {
            #krate::__private::#row_ty {
                len: #len,
                variant: #variant,
                words: [#(#key_words),*],
                #letters
            }
        }
    };
    let empty_row = quote! {
        const E: #krate::__private::#row_ty<#words> = #krate::__private::#row_ty::EMPTY;
    };
    // No length needs rejecting up front: the row compare checks it. When
    // every key has 8 bytes or more, rejecting shorter input here lets the
    // optimizer drop the short-input path from `words`.
    let too_short = (min >= 8).then(|| {
        quote! {
            if n < #min {
                return ::core::option::Option::None;
            }
        }
    });
    let head = quote! {
        let b = s.as_bytes();
        let n = b.len();
        #too_short
        let w = #krate::__private::words::<#words>(b);
        let x = (n as ::core::primitive::u64) #(#mix)*;
        let slot = (x.wrapping_mul(#seed) >> #shift) as ::core::primitive::usize;
    };
    let tail = quote! {
        match ROWS.get(row) {
            ::core::option::Option::Some(row) if row.matches(n, &w) => {
                let variant = row.variant;
                #variant
            }
            _ => ::core::option::Option::None,
        }
    };
    let table_len = plan.slots.len();
    if table_len * row_bytes <= DIRECT_BYTES {
        // One row per slot: the hash indexes the rows directly.
        let rows = plan.slots.iter().map(|s| row(s.map(|i| &keys[i])));
        return quote! {{
            #empty_row
            static ROWS: [#krate::__private::#row_ty<#words>; #table_len] = [#(#rows),*];
            #head
            let row = slot;
            #tail
        }};
    }
    // A table of small indexes into the rows. Row `keys.len()` is an empty
    // row every free slot points to; the rows are padded to a power of two so
    // that masking the index needs no check.
    let empty = keys.len();
    let rows_len = (empty + 1).next_power_of_two();
    let mask = rows_len - 1;
    let index_ty = if rows_len <= 256 {
        quote!(::core::primitive::u8)
    } else {
        quote!(::core::primitive::u16)
    };
    let slots = plan
        .slots
        .iter()
        .map(|s| Literal::usize_unsuffixed(s.unwrap_or(empty)));
    let rows = keys
        .iter()
        .map(Some)
        .chain((empty..rows_len).map(|_| None))
        .map(row);
    quote! {{
        #empty_row
        static SLOTS: [#index_ty; #table_len] = [#(#slots),*];
        static ROWS: [#krate::__private::#row_ty<#words>; #rows_len] = [#(#rows),*];
        #head
        let row = match SLOTS.get(slot) {
            ::core::option::Option::Some(&row) => (row as ::core::primitive::usize) & #mask,
            ::core::option::Option::None => return ::core::option::Option::None,
        };
        #tail
    }}
}

fn matched(spec: &Spec, keys: &[Key], lowered: bool) -> TokenStream {
    let arms = spec.known.iter().enumerate().filter_map(|(i, k)| {
        let patterns: Vec<Literal> = keys
            .iter()
            .filter(|key| key.variant == i)
            .map(|key| Literal::byte_string(&key.bytes))
            .collect();
        let ident = k.ident;
        (!patterns.is_empty())
            .then(|| quote!(#(#patterns)|* => ::core::option::Option::Some(Self::#ident),))
    });
    let matched = quote! {
        match subject {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    };
    if !lowered {
        return quote! {{
            let subject = s.as_bytes();
            #matched
        }};
    }
    let max = keys.iter().map(|k| k.bytes.len()).max().unwrap_or(0);
    quote! {{
        let mut buf = [0u8; #max];
        let subject = match buf.get_mut(..s.len()) {
            ::core::option::Option::Some(subject) => subject,
            ::core::option::Option::None => return ::core::option::Option::None,
        };
        for (to, from) in subject.iter_mut().zip(s.as_bytes()) {
            *to = from.to_ascii_lowercase();
        }
        let subject: &[::core::primitive::u8] = subject;
        #matched
    }}
}

#[cfg(test)]
mod tests {
    use proc_macro2::Span;
    use syn::Ident;

    use super::*;
    use crate::model::Known;

    /// The tokens of `from_wire` and `from_wire_ignore_ascii_case` for an
    /// enum with these spellings.
    fn expand(wires: &[&[u8]], ascii_case_insensitive: bool) -> (String, String) {
        let name = Ident::new("E", Span::call_site());
        let idents: Vec<Ident> = (0..wires.len())
            .map(|i| Ident::new(&format!("V{i}"), Span::call_site()))
            .collect();
        let spec = Spec {
            ident: &name,
            krate: syn::parse_quote!(::ocpp_enums),
            ascii_case_insensitive,
            known: wires
                .iter()
                .zip(&idents)
                .map(|(w, ident)| Known {
                    ident,
                    wire: String::from_utf8(w.to_vec()).unwrap(),
                    aliases: Vec::new(),
                })
                .collect(),
            other: None,
        };
        (
            from_wire(&spec).to_string(),
            from_wire_ignore_ascii_case(&spec).to_string(),
        )
    }

    const MEASURANDS: [&[u8]; 8] = [
        b"Current.Export",
        b"Energy.Active.Import.Register",
        b"Energy.Active.Export.Register",
        b"Energy.Reactive.Import.Register",
        b"Frequency",
        b"Power.Factor",
        b"RPM",
        b"SoC",
    ];

    #[test]
    fn colliding_keys_fall_back_to_a_match() {
        // `from_wire` exact and ignoring case; with `ascii_case_insensitive`
        // `from_wire_ignore_ascii_case` calls `from_wire`.
        let (exact, ignoring_case) = expand(&phf::COLLIDING, false);
        let (insensitive, _) = expand(&phf::COLLIDING, true);
        for body in [exact, ignoring_case, insensitive] {
            assert!(body.contains("match subject"), "{body}");
            assert!(!body.contains("ROWS"), "{body}");
        }
    }

    #[test]
    fn two_keys_and_long_keys_use_a_match() {
        let (exact, _) = expand(&[b"Yes", b"No"], false);
        assert!(exact.contains("match subject") && !exact.contains("ROWS"));
        let long = [&[b'x'; ROW_BYTES + 1][..], b"a", b"b"];
        let (exact, _) = expand(&long, false);
        assert!(exact.contains("match subject") && !exact.contains("ROWS"));
    }

    #[test]
    fn other_keys_are_hashed_and_confirmed_without_memcmp() {
        let (exact, ignoring_case) = expand(&MEASURANDS, false);
        assert!(
            exact.contains("Row <") && !exact.contains("match subject"),
            "{exact}"
        );
        assert!(
            ignoring_case.contains("RowIgnoringCase <"),
            "{ignoring_case}"
        );
        for body in [exact, ignoring_case] {
            assert!(!body.contains("SLOTS"), "a small table is indexed directly");
            assert!(!body.contains("memcmp") && !body.contains("=="), "{body}");
        }
    }

    #[test]
    fn large_tables_index_through_slots() {
        let keys: Vec<Vec<u8>> = (0..200)
            .map(|i| format!("Vendor.Acme.Configuration.Key.{i:03}.Value").into_bytes())
            .collect();
        let refs: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        let (exact, _) = expand(&refs, false);
        assert!(exact.contains("SLOTS"), "{exact}");
        // The keys of `shadowed::Indirect` in `tests/lookup_agreement.rs`.
        let keys: Vec<Vec<u8>> = (0..40)
            .map(|i| {
                format!("Vendor.Acme.Configuration.Key.{i:03}.Value.Padding.To.Sixty.Bytes")
                    .into_bytes()
            })
            .collect();
        let refs: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        let (insensitive, _) = expand(&refs, true);
        assert!(insensitive.contains("SLOTS"), "{insensitive}");
    }
}
