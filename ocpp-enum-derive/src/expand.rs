//! Writes the impls for a checked enum.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use crate::lookup::{self, hygienic, Tables};
use crate::model::Spec;

/// Every impl the derive generates for `spec`, with the tables they read,
/// in an anonymous `const` block that keeps the tables private.
pub fn expand(spec: &Spec) -> TokenStream {
    let ident = spec.ident;
    let krate = &spec.krate;
    let name = ident.unraw().to_string();
    let variants: Vec<_> = spec.known.iter().map(|k| k.ident).collect();
    let count = spec.known.len();
    let indices: Vec<Literal> = (0..count).map(Literal::usize_unsuffixed).collect();
    let Tables {
        statics,
        from_wire,
        ignore_case,
    } = lookup::tables(spec);
    let spellings = &from_wire;
    let std_traits = std_traits(ident, krate);
    let (s, index, text) = (hygienic("s"), hygienic("index"), hygienic("text"));
    let ascii_case_insensitive = spec.ascii_case_insensitive;

    let (as_str, other_methods, field_check) = match &spec.other {
        None => (
            quote!(Self::as_str(self)),
            TokenStream::new(),
            TokenStream::new(),
        ),
        Some(other) => {
            let v = other.ident;
            (
                quote! {
                    match self {
                        #(Self::#variants => #spellings.get(#indices),)*
                        Self::#v(#text) => #text,
                    }
                },
                quote!(#krate::__private::impl_other!(Self::#v);),
                // Points a wrong field type at the field, not at the derive.
                quote_spanned! {other.ty.span()=>
                    const _: fn(#krate::__private::String) -> #ident = #ident::#v;
                },
            )
        }
    };

    let inherent = if spec.other.is_none() {
        quote! {
            #[automatically_derived]
            impl #ident {
                /// The canonical OCPP wire string of this variant.
                #[inline]
                #[must_use]
                pub const fn as_str(&self) -> &'static ::core::primitive::str {
                    #spellings.get(Self::index(self))
                }

                /// The position of this variant in `OcppEnum::ALL`.
                #[inline]
                #[must_use]
                pub const fn index(&self) -> ::core::primitive::usize {
                    match self {
                        #(Self::#variants => #indices,)*
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#ident> for &'static ::core::primitive::str {
                #[inline]
                fn from(#s: #ident) -> &'static ::core::primitive::str {
                    #ident::as_str(&#s)
                }
            }
        }
    } else {
        TokenStream::new()
    };

    // Naming a `#[deprecated]` variant must not warn the enum's own crate:
    // `#[allow(deprecated)]` over every item, which all list the variants.
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #statics

            #[automatically_derived]
            impl #krate::OcppEnum for #ident {
                const NAME: &'static ::core::primitive::str = #name;
                const ALL: &'static [Self] = &[#(Self::#variants),*];
                const VARIANTS: &'static [&'static ::core::primitive::str] =
                    &#spellings.canonical::<#count>();
                const COUNT: ::core::primitive::usize = #count;

                #[inline]
                fn as_str(&self) -> &::core::primitive::str {
                    #as_str
                }

                #[inline]
                fn from_wire(#s: &::core::primitive::str) -> ::core::option::Option<Self> {
                    #krate::__private::from_wire::<Self>(&#from_wire, #s, #ascii_case_insensitive)
                }

                #[inline]
                fn from_wire_ignore_ascii_case(#s: &::core::primitive::str) -> ::core::option::Option<Self> {
                    #krate::__private::from_wire::<Self>(&#ignore_case, #s, true)
                }

                #[inline]
                fn __from_index(#index: ::core::primitive::usize) -> ::core::option::Option<Self> {
                    match #index {
                        #(#indices => ::core::option::Option::Some(Self::#variants),)*
                        _ => ::core::option::Option::None,
                    }
                }

                #other_methods
            }

            #field_check
            #inherent
            #std_traits
        };
    }
}

/// `Display`, `FromStr`, `TryFrom<&str>`, `AsRef<str>` and serde, shared by
/// the real expansion and the fallback stub.
pub fn std_traits(ident: &syn::Ident, krate: &syn::Path) -> TokenStream {
    let (s, f) = (hygienic("s"), hygienic("f"));
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, #f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #f.pad(#krate::OcppEnum::as_str(self))
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::ParseError;

            #[inline]
            fn from_str(#s: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseError> {
                #krate::__private::parse::<Self>(#s)
            }
        }

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = #krate::ParseError;

            #[inline]
            fn try_from(#s: &'a ::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseError> {
                #krate::__private::parse::<Self>(#s)
            }
        }

        #[automatically_derived]
        impl ::core::convert::AsRef<::core::primitive::str> for #ident {
            #[inline]
            fn as_ref(&self) -> &::core::primitive::str {
                #krate::OcppEnum::as_str(self)
            }
        }

        #krate::__private::impl_serde!(#ident);
    }
}
