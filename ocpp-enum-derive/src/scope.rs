//! The runtime crate's path, written once.
//!
//! Generated code names the runtime in dozens of places. Were each the path
//! the user gave (`#[ocpp(crate = "...")]`), a path that names nothing would
//! be reported once per namespace it is looked up in; so the expansion sits
//! in an anonymous `const _: () = { ... };` that imports the path once, under
//! a name no user item can reach, and refers to that name only.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Ident, Path};

use crate::lookup::hygienic;

/// The name the runtime is imported under.
fn alias() -> Ident {
    hygienic("enums")
}

/// Replaces `krate` by the alias, returning the path it held.
pub fn take(krate: &mut Path) -> Path {
    std::mem::replace(krate, alias().into())
}

/// `body`, whose runtime path is the alias, in a scope where the alias names
/// `krate`.
pub fn within(krate: &Path, body: TokenStream) -> TokenStream {
    let alias = alias();
    // Naming a `#[deprecated]` variant must not warn the enum's own crate:
    // `#[allow(deprecated)]` over every item, which all list the variants.
    quote! {
        #[allow(deprecated)]
        const _: () = {
            use #krate as #alias;
            #body
        };
    }
}
