//! The tables behind `as_str`, `from_wire` and `from_wire_ignore_ascii_case`.
//!
//! The expansion holds data only: a `Lookup` constant with every spelling
//! once, in one string, and one byte table (header, offsets, slots of a
//! perfect hash; the layout is `ocpp_enum_hash::Header`'s), and a second one
//! only for enums with spellings equal ignoring case. `ocpp_enum_hash::tables`
//! finds the hash and writes the bytes; this module only turns them into
//! tokens. The code that reads them is the runtime's `__private::find`, one
//! copy for every enum.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::model::Spec;

/// The constants of one enum and how to reach them.
pub struct Tables {
    /// The `const` items.
    pub statics: TokenStream,
    /// The `Lookup` that `from_wire` uses, and `as_str` and `VARIANTS`
    /// slice.
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
    let tables = ocpp_enum_hash::tables::tables(
        &spec.spellings(),
        spec.known.len(),
        spec.ascii_case_insensitive,
    );
    let names = match tables.lookups.len() {
        1 => vec![hygienic("__OCPP_LOOKUP")],
        _ => vec![hygienic("__OCPP_EXACT"), hygienic("__OCPP_FOLDED")],
    };
    let text = Literal::string(&tables.text);
    let mut statics = TokenStream::new();
    for (lookup, ident) in tables.lookups.iter().zip(&names) {
        let table = Literal::byte_string(&lookup.table);
        let exact_first = if lookup.exact_first {
            let exact = &names[0];
            quote!(::core::option::Option::Some(&#exact))
        } else {
            quote!(::core::option::Option::None)
        };
        let exact = Literal::byte_string(&lookup.exact);
        let (row_count, byte_count, rows) = (
            Literal::usize_unsuffixed(lookup.rows.len() / 8),
            Literal::usize_unsuffixed(lookup.rows.len()),
            Literal::byte_string(&lookup.rows),
        );
        statics.extend(quote! {
            const #ident: #krate::__private::Lookup = #krate::__private::lookup!(
                #text, #table, #exact_first, #row_count, #byte_count, #rows, #exact
            );
        });
    }
    let from_wire = names[0].clone();
    let ignore_case = names.last().unwrap_or(&from_wire).clone();
    Tables {
        statics,
        from_wire,
        ignore_case,
    }
}
