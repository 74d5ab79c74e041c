//! JSON Schema support for derived enums, decided by this crate's `schemars`
//! feature.
//!
//! As with serde (`serde_glue`), the derive emits `impl_schemars!(Type)` for
//! enums marked `#[ocpp(schemars)]`, and for no others; which of the two
//! macros below that names depends on how *this* crate was built. The impl
//! itself is three lines: the schema is built at run time, by
//! [`json_schema`], from what the `OcppEnum` trait already knows.
//!
//! The schema of an enum that compares exactly, and has no catch-all, is
//! `{"type": "string", "enum": [...]}`: the canonical wire strings in
//! declaration order, then (unless the generator describes serialization)
//! the aliases, so that a validator accepts exactly what `from_wire` does.
//! An enum that ignores ASCII case or has an `#[ocpp(other)]` catch-all
//! accepts more than any list, so its schema is `{"type": "string"}` with
//! the canonical wire strings as `examples`; so is that of `Open<E>`.

/// Implements `schemars::JsonSchema` for a derived enum.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_schemars {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::schemars::JsonSchema for $ty {
            #[inline]
            fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(<Self as $crate::OcppEnum>::NAME)
            }

            #[inline]
            fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::schema_id::<Self>(::core::module_path!())
            }

            #[inline]
            fn json_schema(
                __ocpp_g: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::json_schema::<Self>(__ocpp_g)
            }
        }
    };
}

/// Without the `schemars` feature, `#[ocpp(schemars)]` cannot be honoured.
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_schemars {
    ($ty:ty) => {
        ::core::compile_error!(
            "#[ocpp(schemars)] needs the `schemars` feature of ocpp-enums: enable it where ocpp-enums is a dependency, e.g. ocpp-enums = { version = \"0.1\", features = [\"schemars\"] }"
        );
    };
}

#[cfg(feature = "schemars")]
pub use imp::{json_schema, schema_id};

#[cfg(feature = "schemars")]
mod imp {
    use alloc::borrow::Cow;
    use alloc::format;
    use alloc::vec::Vec;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    use crate::{EnumInfo, OcppEnum, Open};

    /// True when `E` accepts text no list of values can hold: any ASCII case
    /// of them, or anything at all (a catch-all).
    fn is_open<E: OcppEnum>() -> bool {
        E::ASCII_CASE_INSENSITIVE || EnumInfo::of::<E>().has_catch_all()
    }

    /// `{"type": "string"}` with `E`'s canonical wire strings as examples.
    fn examples<E: OcppEnum>() -> Schema {
        json_schema!({
            "type": "string",
            "examples": E::VARIANTS,
        })
    }

    /// The schema of a derived enum `E`; see the module documentation.
    pub fn json_schema<E: OcppEnum>(generator: &mut SchemaGenerator) -> Schema {
        if is_open::<E>() {
            return examples::<E>();
        }
        let mut values: Vec<&'static str> = E::VARIANTS.to_vec();
        // Aliases are read, never written.
        if !generator.contract().is_serialize() {
            values.extend(E::ALIASES.iter().map(|(alias, _)| *alias));
        }
        json_schema!({
            "type": "string",
            "enum": values,
        })
    }

    /// The id of a derived enum `E` declared in `module`: its path, so that
    /// two enums of one name (`v201::X` and `v21::X`) get two definitions.
    pub fn schema_id<E: OcppEnum>(module: &'static str) -> Cow<'static, str> {
        Cow::Owned(format!("{module}::{}", E::NAME))
    }

    /// `{"type": "string"}`, with `E`'s canonical wire strings as
    /// `examples`: an `Open<E>` is any string. Named `Open_of_` and the name
    /// of `E`'s schema (`Open_of_ConfigurationKey`), as schemars names its
    /// own generic types (`Nullable_T`, `Array_of_T`). Implemented for the
    /// enums that have a schema themselves: catalogue enums, and derived
    /// enums marked `#[ocpp(schemars)]`.
    #[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
    impl<E: OcppEnum + JsonSchema> JsonSchema for Open<E> {
        fn schema_name() -> Cow<'static, str> {
            Cow::Owned(format!("Open_of_{}", E::schema_name()))
        }

        fn schema_id() -> Cow<'static, str> {
            Cow::Owned(format!("ocpp_enums::Open<{}>", E::schema_id()))
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            examples::<E>()
        }
    }
}
