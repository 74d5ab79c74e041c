//! The stand-in emitted beside errors.
//!
//! An enum whose derive failed still gets every impl it would have had, with
//! no variants known, so that its use sites compile and the user sees only
//! the errors that matter.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::std_traits;
use crate::model::Stub;

/// Impls with the right signatures and empty behaviour.
pub fn stub(stub: &Stub) -> TokenStream {
    let Stub {
        ident,
        krate,
        all_unit,
    } = stub;
    let name = syn::ext::IdentExt::unraw(*ident).to_string();
    let inherent = if *all_unit {
        quote! {
            impl #ident {
                /// Stand-in: the derive reported errors.
                pub const fn as_str(&self) -> &'static ::core::primitive::str { "" }
                /// Stand-in: the derive reported errors.
                pub const fn index(&self) -> ::core::primitive::usize { 0 }
            }
            impl ::core::convert::From<#ident> for &'static ::core::primitive::str {
                fn from(_: #ident) -> &'static ::core::primitive::str { "" }
            }
        }
    } else {
        TokenStream::new()
    };
    let std_traits = std_traits(ident, krate);
    quote! {
        impl #krate::OcppEnum for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ALL: &'static [Self] = &[];
            const VARIANTS: &'static [&'static ::core::primitive::str] = &[];
            const COUNT: ::core::primitive::usize = 0;
            fn as_str(&self) -> &::core::primitive::str { "" }
            fn from_wire(_: &::core::primitive::str) -> ::core::option::Option<Self> { ::core::option::Option::None }
            fn from_wire_ignore_ascii_case(_: &::core::primitive::str) -> ::core::option::Option<Self> {
                ::core::option::Option::None
            }
        }
        #inherent
        #std_traits
    }
}
