//! The bodies of `from_wire` and `from_wire_ignore_ascii_case`.
//!
//! Each body is one expression of type `Option<Self>`: a perfect hash (see
//! `phf`) confirmed by one inline compare, or a plain `match` for tiny enums
//! and for key sets no small hash separates. Nothing else in the expansion
//! depends on which is chosen.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Key, Spec};
use crate::phf::{self, Plan, Pos};

/// Key sets this small are faster to compare one by one.
const MATCH_BELOW: usize = 3;

/// Longest spelling stored as fixed words (see `row_words`); longer ones are
/// compared as strings.
const ROW_BYTES: usize = 64;

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
    if keys.len() >= MATCH_BELOW && keys.len() < usize::from(u16::MAX) {
        if let Some(plan) = phf::search(&refs) {
            return hashed(spec, keys, &plan, lowered);
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

fn hashed(spec: &Spec, keys: &[Key], plan: &Plan, lowered: bool) -> TokenStream {
    let krate = &spec.krate;
    let min = keys.iter().map(|k| k.bytes.len()).min().unwrap_or(0);
    let max = keys.iter().map(|k| k.bytes.len()).max().unwrap_or(0);
    let (at, from_end) = if lowered {
        (quote!(byte_at_lower), quote!(byte_from_end_lower))
    } else {
        (quote!(byte_at), quote!(byte_from_end))
    };
    let mix = plan.positions.iter().enumerate().map(|(i, pos)| {
        let shift = 8 * (i as u32 + 1);
        let read = match *pos {
            Pos::Start(p) => quote!(#krate::__private::#at(b, #p)),
            Pos::End(p) => quote!(#krate::__private::#from_end(b, #p)),
        };
        quote!(^ ((#read as u32) << #shift))
    });
    // Row `keys.len()` is the empty row every free slot points to; the rows
    // are padded to a power of two so that masking the index needs no check.
    let empty = keys.len();
    let rows_len = (empty + 1).next_power_of_two();
    let mask = rows_len - 1;
    let index_ty = if rows_len <= 256 {
        quote!(u8)
    } else {
        quote!(u16)
    };
    let index = Literal::usize_unsuffixed;
    let slots = plan.slots.iter().map(|s| index(s.unwrap_or(empty)));
    let table_len = plan.slots.len();
    let seed = plan.seed;
    let shift = 32 - plan.bits;
    let variant = variant_of(spec, quote!(variant));
    let hash = quote! {
        let b = s.as_bytes();
        let n = b.len();
        if n < #min || n > #max {
            return ::core::option::Option::None;
        }
        let h = (n as u32) #(#mix)*;
        let slot = (h.wrapping_mul(#seed) >> #shift) as usize;
        let row = match SLOTS.get(slot) {
            ::core::option::Option::Some(&row) => usize::from(row) & #mask,
            ::core::option::Option::None => return ::core::option::Option::None,
        };
    };
    let none = quote!(::core::option::Option::None);
    if max <= ROW_BYTES {
        let words = max.div_ceil(8);
        let matches = if lowered {
            quote!(row_matches_lowered)
        } else {
            quote!(row_matches)
        };
        let row = |len: usize, variant: usize, key: &[u8]| {
            let len = Literal::u32_unsuffixed(len as u32);
            let variant = Literal::u32_unsuffixed(variant as u32);
            let words = row_words(key, words)
                .into_iter()
                .map(Literal::u64_unsuffixed);
            quote!(#krate::__private::Row { len: #len, variant: #variant, words: [#(#words),*] })
        };
        let rows = keys
            .iter()
            .map(|k| row(k.bytes.len(), k.variant, &k.bytes))
            .chain((empty..rows_len).map(|_| row(0, u32::MAX as usize, &[])));
        return quote! {{
            static SLOTS: [#index_ty; #table_len] = [#(#slots),*];
            static ROWS: [#krate::__private::Row<#words>; #rows_len] = [#(#rows),*];
            #hash
            match ROWS.get(row) {
                ::core::option::Option::Some(row) if #krate::__private::#matches(b, row) => {
                    let variant = row.variant;
                    #variant
                }
                _ => #none,
            }
        }};
    }
    // Spellings too long for fixed rows: compare against the one candidate.
    let eq = if lowered {
        quote!(eq_lowered)
    } else {
        quote!(eq_bytes)
    };
    let entries = keys
        .iter()
        .map(|k| {
            let bytes = Literal::byte_string(&k.bytes);
            let variant = Literal::u32_unsuffixed(k.variant as u32);
            quote!((#bytes, #variant))
        })
        .chain((empty..rows_len).map(|_| quote!((b"", u32::MAX))));
    quote! {{
        static SLOTS: [#index_ty; #table_len] = [#(#slots),*];
        static KEYS: [(&[u8], u32); #rows_len] = [#(#entries),*];
        #hash
        match KEYS.get(row) {
            ::core::option::Option::Some(&(wire, variant)) if #krate::__private::#eq(b, wire) => #variant,
            _ => #none,
        }
    }}
}

/// The words the runtime's `row_matches` reads from an input equal to `key`
/// (see `ocpp_enums::__private::Row`): for 8 bytes or more, the eight bytes
/// at `min(8 * i, len - 8)`, little-endian; for fewer, the packed short word.
pub fn row_words(key: &[u8], words: usize) -> Vec<u64> {
    let n = key.len();
    let load = |at: usize, width: usize| {
        key[at..at + width]
            .iter()
            .rev()
            .fold(0u64, |w, &byte| (w << 8) | u64::from(byte))
    };
    let mut out = vec![0u64; words];
    if n >= 8 {
        for (i, w) in out.iter_mut().enumerate() {
            *w = load((8 * i).min(n - 8), 8);
        }
    } else if n >= 4 {
        out[0] = load(0, 4) | (load(n - 4, 4) << 32);
    } else if n > 0 {
        out[0] = load(0, 1) | (load(n / 2, 1) << 8) | (load(n - 1, 1) << 16);
    }
    out
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
        let subject: &[u8] = subject;
        #matched
    }}
}
