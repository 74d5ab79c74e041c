//! Writes the impls for a checked enum.

use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Generics, Ident, Path};

use crate::lookup::{self, hygienic, Tables};
use crate::model::{Options, Spec, StdImpl};

/// Every impl the derive generates for `spec`, with the tables they read,
/// in an anonymous `const` block that keeps the tables private.
pub fn expand(spec: &Spec, options: &Options) -> TokenStream {
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
    let no_generics = Generics::default();
    let target = Target {
        ident,
        generics: &no_generics,
        krate,
        options,
        all_unit: spec.other.is_none(),
    };
    let std_traits = std_traits(&target);
    let defmt = defmt(&target, Some(spec));
    let (s, index, text) = (hygienic("s"), hygienic("index"), hygienic("text"));

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
                // Points a wrong field type at the field, and the missing
                // `alloc` feature at the variant.
                {
                    let at_field = respan(quote!(#ident::#v), other.ty.span());
                    let at = v.span();
                    let krate = respan(krate, at);
                    quote_spanned!(at=> #krate::__private::check_other!(#ident, #at_field);)
                },
            )
        }
    };

    let introspection = introspection(spec, &name, &from_wire);

    let inherent = if spec.other.is_none() {
        quote! {
            #[automatically_derived]
            impl #ident {
                /// The canonical OCPP wire string of this variant.
                #[inline]
                #[must_use]
                pub const fn as_str(&self) -> &'static ::core::primitive::str {
                    #krate::__private::as_str(
                        &#spellings,
                        <Self as #krate::OcppEnum>::VARIANTS,
                        Self::index(self),
                    )
                }

                /// The position of this variant in `OcppEnum::ALL`.
                #[inline]
                #[must_use]
                pub const fn index(&self) -> ::core::primitive::usize {
                    // A match, not `as`: the enum need not be `Copy`.
                    match self {
                        #(Self::#variants => #indices,)*
                    }
                }
            }
        }
    } else {
        TokenStream::new()
    };

    // `from_wire_ignore_ascii_case` reads `EnumInfo`'s table, as `from_wire`
    // does, unless spellings equal ignoring case gave it a table of its own.
    let ignore_case = (ignore_case != from_wire).then(|| {
        quote! {
            #[inline]
            fn from_wire_ignore_ascii_case(#s: &::core::primitive::str) -> ::core::option::Option<Self> {
                #krate::__private::from_wire(&#ignore_case, #s, true)
            }
        }
    });

    quote! {
        #statics

        #[automatically_derived]
        impl #krate::OcppEnum for #ident {
            const ALL: &'static [Self] = &[#(Self::#variants),*];
            #introspection

            #[inline]
            fn as_str(&self) -> &::core::primitive::str {
                #as_str
            }

            #ignore_case

            #[inline]
            fn __from_index(#index: ::core::primitive::usize) -> ::core::option::Option<Self> {
                ::core::option::Option::Some(match #index {
                    #(#indices => Self::#variants,)*
                    _ => return ::core::option::Option::None,
                })
            }

            #other_methods
        }

        #field_check
        #inherent
        #std_traits
        #defmt
    }
}

/// `ALIASES` and the `EnumInfo` behind `EnumInfo::of`: what the derive
/// knows, for tools and tests. The trait's defaults read `NAME`,
/// `VARIANTS`, `COUNT`, `ASCII_CASE_INSENSITIVE` and `from_wire`'s table
/// (`lookup`) from it.
fn introspection(spec: &Spec, name: &str, lookup: &Ident) -> TokenStream {
    let Spec {
        krate,
        ascii_case_insensitive,
        known,
        other,
        initiator,
        ..
    } = spec;
    let (aliases, alias_indices): (Vec<TokenStream>, Vec<TokenStream>) = known
        .iter()
        .enumerate()
        .flat_map(|(i, k)| {
            let variant = k.ident;
            let i = Literal::usize_unsuffixed(i);
            k.aliases
                .iter()
                .map(move |a| (quote!((#a, Self::#variant)), quote!((#a, #i))))
        })
        .unzip();
    let has_catch_all = other.is_some();
    let count = known.len();
    let initiator = match initiator {
        None => quote!(::core::option::Option::None),
        Some(path) => {
            let (index, value) = (hygienic("index"), hygienic("value"));
            // The call carries the path's span, so that a function of the
            // wrong type is reported at the attribute's string. A closure,
            // not a nested fn, so that `Self` names the enum. The variant by
            // value from `__from_index`, so that the enum need not be `Clone`.
            let call = quote_spanned!(path.span()=> #path(#value));
            quote! {
                ::core::option::Option::Some(
                    |#index: ::core::primitive::usize| -> ::core::option::Option<#krate::Initiator> {
                        match <Self as #krate::OcppEnum>::__from_index(#index) {
                            ::core::option::Option::Some(#value) => ::core::option::Option::Some(#call),
                            ::core::option::Option::None => ::core::option::Option::None,
                        }
                    } as fn(::core::primitive::usize) -> ::core::option::Option<#krate::Initiator>,
                )
            }
        }
    };
    // `ALIASES` has a default: the empty list.
    let aliases = (!aliases.is_empty()).then(|| {
        quote!(const ALIASES: &'static [(&'static ::core::primitive::str, Self)] = &[#(#aliases),*];)
    });
    quote! {
        #aliases
        const __INFO: #krate::EnumInfo = #krate::EnumInfo::__new(
            #name,
            &#lookup.canonical::<#count>(),
            &[#(#alias_indices),*],
            #ascii_case_insensitive,
            #has_catch_all,
            &#lookup,
            #initiator,
        );
    }
}

/// The type the std impls are for, and what its attributes ask of them.
pub struct Target<'a> {
    /// The type's name.
    pub ident: &'a Ident,
    /// Its generic parameters: none, but for the fallback of a generic enum.
    pub generics: &'a Generics,
    /// Path to the runtime crate.
    pub krate: &'a Path,
    /// `serde`, `schemars` and `skip(...)`.
    pub options: &'a Options,
    /// True when there is an inherent `as_str` returning `&'static str`, for
    /// `From<E> for &'static str`.
    pub all_unit: bool,
}

/// `Display`, `FromStr`, `TryFrom<&str>`, `TryFrom<String>`, `AsRef<str>`,
/// `From<E> for &'static str` (less those `skip(...)` names) and, on
/// request, serde and `JsonSchema`: shared by the real expansion and the
/// fallback stub.
pub fn std_traits(target: &Target) -> TokenStream {
    let Target {
        ident,
        generics,
        krate,
        options,
        all_unit,
    } = *target;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    // Only the fallback of a generic enum has parameters; its impls then hold
    // where `Self` is an `OcppEnum`, so that they need no other bound.
    let bound = if generics.params.is_empty() && generics.where_clause.is_none() {
        TokenStream::new()
    } else {
        let predicates = generics.where_clause.iter().flat_map(|w| &w.predicates);
        quote!(where #(#predicates,)* Self: #krate::OcppEnum)
    };
    // Parameter names no user item can shadow.
    let [f, s, value] = ["f", "s", "value"].map(hygienic);
    let mut out = TokenStream::new();
    if options.writes(StdImpl::Display) {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #bound {
                #[inline]
                fn fmt(&self, #f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #f.pad(#krate::OcppEnum::as_str(self))
                }
            }
        });
    }
    if options.writes(StdImpl::FromStr) {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics ::core::str::FromStr for #ident #ty_generics #bound {
                type Err = #krate::ParseError;

                #[inline]
                fn from_str(#s: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseError> {
                    #krate::__private::parse::<Self>(#s)
                }
            }
        });
    }
    if options.writes(StdImpl::TryFrom) {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::TryFrom<&::core::primitive::str> for #ident #ty_generics #bound {
                type Error = #krate::ParseError;

                #[inline]
                fn try_from(#s: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseError> {
                    #krate::__private::parse::<Self>(#s)
                }
            }
        });
        if generics.params.is_empty() {
            out.extend(quote!(#krate::__private::impl_try_from_string!(#ident);));
        }
    }
    if options.writes(StdImpl::AsRef) {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::AsRef<::core::primitive::str> for #ident #ty_generics #bound {
                #[inline]
                fn as_ref(&self) -> &::core::primitive::str {
                    #krate::OcppEnum::as_str(self)
                }
            }
        });
    }
    if all_unit && options.writes(StdImpl::Into) {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#ident #ty_generics> for &'static ::core::primitive::str #bound {
                #[inline]
                fn from(#value: #ident #ty_generics) -> &'static ::core::primitive::str {
                    <#ident #ty_generics>::as_str(&#value)
                }
            }
        });
    }
    // The serde impls come from the runtime, which knows whether it was built
    // with serde; the invocation carries the span of `serde` so that the
    // error it expands to without the feature points at the attribute.
    if let (Some(span), true) = (options.serde, generics.params.is_empty()) {
        let krate = respan(krate, span);
        out.extend(quote_spanned!(span=> #krate::__private::impl_serde!(#ident);));
    }
    // `JsonSchema` likewise, at the span of `schemars`.
    if let (Some(span), true) = (options.schemars, generics.params.is_empty()) {
        let krate = respan(krate, span);
        out.extend(quote_spanned!(span=> #krate::__private::impl_schemars!(#ident);));
    }
    out
}

/// `defmt::Format`, on request. Like serde's impls it comes from the
/// runtime, which knows whether it was built with defmt, and the invocation
/// carries the span of `defmt`. It takes every unit variant with its wire
/// string as a literal, braces doubled, for defmt to intern as a format
/// string; the stand-in beside errors (`spec` `None`) writes nothing.
pub fn defmt(target: &Target, spec: Option<&Spec>) -> TokenStream {
    let Target {
        ident,
        generics,
        krate,
        options,
        ..
    } = *target;
    let (Some(span), true) = (options.defmt, generics.params.is_empty()) else {
        return TokenStream::new();
    };
    let krate = respan(krate, span);
    let Some(spec) = spec else {
        return quote_spanned!(span=> #krate::__private::impl_defmt!(#ident););
    };
    let variants = spec.known.iter().map(|k| k.ident);
    let wires = spec
        .known
        .iter()
        .map(|k| Literal::string(&k.wire.replace('{', "{{").replace('}', "}}")));
    let other = spec.other.as_ref().map(|o| {
        let v = o.ident;
        quote!(other #v)
    });
    quote_spanned!(span=> #krate::__private::impl_defmt!(#ident { #(#variants => #wires),* } #other);)
}

/// `tokens` with every span set to `span`.
fn respan(tokens: impl ToTokens, span: Span) -> TokenStream {
    tokens
        .into_token_stream()
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(g) = &tt {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                tt = TokenTree::Group(group);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}
