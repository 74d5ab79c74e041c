//! The stand-in emitted beside errors.
//!
//! A type whose derive failed (an enum with a bad attribute, but also a
//! struct, a union or a generic enum) still gets every impl it would have
//! had, with no variants known, so that its use sites compile and the user
//! sees only the errors that matter.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::{defmt, std_traits, Target};
use crate::model::Stub;

/// Impls with the right signatures and empty behaviour.
pub fn stub(stub: &Stub) -> TokenStream {
    let Stub {
        ident,
        generics,
        krate,
        all_unit,
        options,
    } = stub;
    let name = syn::ext::IdentExt::unraw(*ident).to_string();
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    // `OcppEnum` needs `Self: 'static`; say so for a generic type, whose
    // parameters might not be.
    let generic = !generics.params.is_empty() || where_clause.is_some();
    let static_bound = if generic {
        let predicates = where_clause.iter().flat_map(|w| &w.predicates);
        quote!(where #(#predicates,)* Self: 'static)
    } else {
        TokenStream::new()
    };
    let inherent = if *all_unit {
        quote! {
            impl #impl_generics #ident #ty_generics #where_clause {
                /// Stand-in: the derive reported errors.
                pub const fn as_str(&self) -> &'static ::core::primitive::str { "" }
                /// Stand-in: the derive reported errors.
                pub const fn index(&self) -> ::core::primitive::usize { 0 }
            }
        }
    } else {
        TokenStream::new()
    };
    let target = Target {
        ident,
        generics,
        krate,
        options,
        all_unit: *all_unit,
    };
    let std_traits = std_traits(&target);
    let defmt = defmt(&target, None);
    quote! {
        impl #impl_generics #krate::OcppEnum for #ident #ty_generics #static_bound {
            const ALL: &'static [Self] = &[];
            const __INFO: #krate::EnumInfo = #krate::EnumInfo::__new(
                #name,
                &[],
                &[],
                false,
                false,
                &#krate::__private::NOTHING,
                ::core::option::Option::None,
            );
            fn as_str(&self) -> &::core::primitive::str { "" }
        }
        #inherent
        #std_traits
        #defmt
    }
}
