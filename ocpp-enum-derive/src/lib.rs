//! `#[derive(OcppEnum)]`: the macro half of [`ocpp-enums`](https://docs.rs/ocpp-enums).
//!
//! Use it through `ocpp_enums::OcppEnum`, which re-exports it beside the
//! trait; the generated code refers to that crate, and its documentation
//! holds the attribute reference, with an example per attribute.
//!
//! The pipeline follows `serde_derive`: `attr` reads `#[ocpp(...)]` (with
//! `rename` for `rename_all`), `model` holds the typed enum, `validate`
//! makes every semantic check and collects all errors, `expand` writes the
//! impls with the lookup from `lookup` (the tables and perfect hash that
//! `ocpp_enum_hash::tables` writes),
//! `fallback` stands in for them beside errors so use sites see no
//! follow-on errors, and `scope` names the runtime crate once for both.
#![deny(missing_docs)]

mod attr;
mod errors;
mod expand;
mod fallback;
mod lookup;
mod model;
mod rename;
mod scope;
mod validate;

use proc_macro::TokenStream;

/// The derive behind `ocpp_enums::OcppEnum`: the trait, the std impls
/// (`Display`, `FromStr`, `TryFrom`, `AsRef`, `Into`, less those
/// `#[ocpp(skip(...))]` names), for `#[ocpp(serde)]` serde's and, for
/// `#[ocpp(schemars)]`, `schemars::JsonSchema` and, for `#[ocpp(defmt)]`,
/// `defmt::Format`. The
/// attribute reference is in the documentation of `ocpp_enums::OcppEnum`.
#[proc_macro_derive(OcppEnum, attributes(ocpp))]
pub fn derive_ocpp_enum(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    match validate::check(&input) {
        Ok((mut spec, options)) => {
            let krate = scope::take(&mut spec.krate);
            scope::within(&krate, expand::expand(&spec, &options))
        }
        Err((errors, mut stub)) => {
            let krate = scope::take(&mut stub.krate);
            let mut out = errors.into_compile_error();
            out.extend(scope::within(&krate, fallback::stub(&stub)));
            out
        }
    }
    .into()
}
