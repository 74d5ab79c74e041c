//! What generated code needs from this crate. Not public API: it may change
//! in any release, in step with the pinned derive.

pub use crate::__ocpp_check_other as check_other;
pub use crate::__ocpp_impl_defmt as impl_defmt;
pub use crate::__ocpp_impl_other as impl_other;
pub use crate::__ocpp_impl_schemars as impl_schemars;
pub use crate::__ocpp_impl_serde as impl_serde;
pub use crate::__ocpp_impl_try_from_string as impl_try_from_string;
pub use crate::__ocpp_lookup as lookup;
pub use crate::lookup::{as_str, find, rows, Fast, Lookup, NOTHING};
pub use crate::ocpp_enum::parse;
#[cfg(feature = "alloc")]
pub use crate::ocpp_enum::parse_string;

#[cfg(feature = "alloc")]
pub use alloc::string::String;

#[cfg(feature = "serde")]
pub use crate::serde_glue::WireVisitor;
#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "schemars")]
pub use crate::schemars_glue::{json_schema, schema_id};
#[cfg(feature = "schemars")]
pub use alloc::borrow::Cow;
#[cfg(feature = "defmt")]
pub use defmt;
#[cfg(feature = "schemars")]
pub use schemars;

/// The body of every generated `from_wire` and
/// `from_wire_ignore_ascii_case`: the variant whose spelling `s` is, by the
/// tables the derive emitted, exactly or ignoring ASCII case.
#[inline(always)]
pub fn from_wire<E: crate::OcppEnum>(t: &'static Lookup, s: &str, ignore_case: bool) -> Option<E> {
    match find(t, s.as_bytes(), ignore_case) {
        Some(v) => E::__from_index(v),
        None => None,
    }
}

/// The `#[ocpp(other)]` half of the `OcppEnum` impl: builds the catch-all
/// variant from unmatched text.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_other {
    ($variant:path) => {
        #[inline]
        fn __other_from_str(__ocpp_s: &::core::primitive::str) -> ::core::option::Option<Self> {
            ::core::option::Option::Some($variant($crate::__private::String::from(__ocpp_s)))
        }

        #[inline]
        fn __other_from_string(
            __ocpp_s: $crate::__private::String,
        ) -> ::core::result::Result<Self, $crate::__private::String> {
            ::core::result::Result::Ok($variant(__ocpp_s))
        }
    };
}

/// Without `alloc` nothing can build the catch-all; `check_other!` reports it.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_other {
    ($variant:path) => {};
}

/// Checks that the `#[ocpp(other)]` variant `$variant` of `$ty` holds a
/// `String`. The derive spans `$variant` at the field's type, so that a
/// wrong type is reported there.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_check_other {
    ($ty:ty, $variant:expr) => {
        #[allow(deprecated)]
        const _: fn($crate::__private::String) -> $ty = $variant;
    };
}

/// Without `alloc` there is no `String` to hold unmatched text: one error,
/// which the derive places at the variant.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_check_other {
    ($ty:ty, $variant:expr) => {
        ::core::compile_error!(
            "#[ocpp(other)] needs the `alloc` feature of ocpp-enums (enabled by its default `std` feature): without an allocator there is no String to hold the unmatched text"
        );
    };
}

/// `TryFrom<String>`, which hands the buffer to the catch-all when there is
/// one. Needs `alloc`; without it there is no `String`.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_try_from_string {
    ($ty:ty) => {
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private::String> for $ty {
            type Error = $crate::ParseError;

            #[inline]
            fn try_from(
                __ocpp_s: $crate::__private::String,
            ) -> ::core::result::Result<Self, $crate::ParseError> {
                $crate::__private::parse_string::<Self>(__ocpp_s)
            }
        }
    };
}

/// Without `alloc` there is no `String` to convert from.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_try_from_string {
    ($ty:ty) => {};
}
