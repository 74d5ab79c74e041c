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
    let (at, from_end, eq) = if lowered {
        (
            quote!(byte_at_lower),
            quote!(byte_from_end_lower),
            quote!(eq_lowered),
        )
    } else {
        (quote!(byte_at), quote!(byte_from_end), quote!(eq_bytes))
    };
    let mix = plan.positions.iter().enumerate().map(|(i, pos)| {
        let shift = 8 * (i as u32 + 1);
        let read = match *pos {
            Pos::Start(p) => quote!(#krate::__private::#at(b, #p)),
            Pos::End(p) => quote!(#krate::__private::#from_end(b, #p)),
        };
        quote!(^ ((#read as u32) << #shift))
    });
    let (index_ty, empty) = if keys.len() < usize::from(u8::MAX) {
        (quote!(u8), usize::from(u8::MAX))
    } else {
        (quote!(u16), usize::from(u16::MAX))
    };
    let index = |i: usize| Literal::usize_unsuffixed(i);
    let slots = plan.slots.iter().map(|s| index(s.unwrap_or(empty)));
    let table_len = plan.slots.len();
    let entries = keys.iter().map(|k| {
        let bytes = Literal::byte_string(&k.bytes);
        let variant = index(k.variant);
        quote!((#bytes, #variant))
    });
    let key_count = keys.len();
    let seed = plan.seed;
    let shift = 32 - plan.bits;
    let variant = variant_of(spec, quote!(variant));
    quote! {{
        static SLOTS: [#index_ty; #table_len] = [#(#slots),*];
        static KEYS: [(&[u8], #index_ty); #key_count] = [#(#entries),*];
        let b = s.as_bytes();
        let n = b.len();
        if n < #min || n > #max {
            return ::core::option::Option::None;
        }
        let h = (n as u32) #(#mix)*;
        let slot = (h.wrapping_mul(#seed) >> #shift) as usize;
        let key = match SLOTS.get(slot) {
            ::core::option::Option::Some(&key) => key as usize,
            ::core::option::Option::None => return ::core::option::Option::None,
        };
        match KEYS.get(key) {
            ::core::option::Option::Some(&(wire, variant)) if #krate::__private::#eq(b, wire) => #variant,
            _ => ::core::option::Option::None,
        }
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
        let subject: &[u8] = subject;
        #matched
    }}
}
