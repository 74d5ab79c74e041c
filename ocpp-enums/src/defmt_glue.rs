//! `defmt::Format` for derived enums, decided by this crate's `defmt`
//! feature, and for the runtime's own types.
//!
//! As with serde, the derive emits `impl_defmt!` only for enums marked
//! `#[ocpp(defmt)]`, and which of the two macros below that names depends on
//! how *this* crate was built: user crates need neither a `defmt` feature
//! nor a `defmt` dependency of their own, and without the feature asking for
//! defmt is an error at the attribute.
//!
//! A known variant is written as its wire string interned: each arm is a
//! `defmt::write!` whose format string is the wire string (braces doubled),
//! so the text lives only in the firmware's non-loaded `.defmt` section, and
//! a log carries two bytes for it. The derive hands every variant's string
//! over as a literal, which `defmt::write!` needs. The text of a catch-all
//! is known only at run time and is written as `{=str}`.
//!
//! Interning costs flash that `{=str}` of `as_str()` (whose table the
//! firmware has anyway) would not: 5 to 12 bytes a variant, for the enums a
//! firmware logs, against 4 bytes and the string's length saved on the wire
//! for every value logged. BENCHMARKS.md has the measurement. A table of
//! indices would be smaller, but `intern!` is not `const` and building the
//! symbols by hand would need defmt's hidden API.

/// Implements `defmt::Format` for a derived enum: `$ty { Variant =>
/// "escaped wire", ... }`, then `other Variant` for a catch-all; `$ty`
/// alone for the stand-in beside errors, which writes nothing.
#[cfg(feature = "defmt")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_defmt {
    ($ty:ty { $($variant:ident => $wire:tt),* $(,)? } $(other $other:ident)?) => {
        #[automatically_derived]
        impl $crate::__private::defmt::Format for $ty {
            fn format(&self, __ocpp_f: $crate::__private::defmt::Formatter<'_>) {
                // defmt's macros name `defmt::...`: this is the one they find.
                use $crate::__private::defmt;
                match self {
                    $(Self::$variant => defmt::write!(__ocpp_f, $wire),)*
                    $(Self::$other(..) => defmt::write!(
                        __ocpp_f,
                        "{=str}",
                        $crate::OcppEnum::as_str(self)
                    ),)?
                }
            }
        }
    };
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::defmt::Format for $ty {
            fn format(&self, _: $crate::__private::defmt::Formatter<'_>) {}
        }
    };
}

/// Without the `defmt` feature, `#[ocpp(defmt)]` cannot be honoured.
#[cfg(not(feature = "defmt"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_defmt {
    ($($input:tt)*) => {
        ::core::compile_error!(
            "#[ocpp(defmt)] needs the `defmt` feature of ocpp-enums: enable it where ocpp-enums is a dependency, e.g. ocpp-enums = { version = \"0.1\", features = [\"defmt\"] }"
        );
    };
}

#[cfg(feature = "defmt")]
mod impls {
    use defmt::{write, Format, Formatter};

    use crate::ParseError;

    /// `unknown UnitOfMeasure "kwh"`: the enum's name and the input (without
    /// `alloc`, which keeps no input: `unknown UnitOfMeasure value`). No
    /// suggestion: finding one costs time and code a firmware log can spare.
    #[cfg_attr(docsrs, doc(cfg(feature = "defmt")))]
    impl Format for ParseError {
        fn format(&self, f: Formatter<'_>) {
            #[cfg(feature = "alloc")]
            write!(
                f,
                "unknown {=str} \"{=str}\"",
                self.enum_name(),
                self.input()
            );
            #[cfg(not(feature = "alloc"))]
            write!(f, "unknown {=str} value", self.enum_name());
        }
    }

    /// The wire string: a known variant as `E` writes it (interned, for the
    /// catalogue and `#[ocpp(defmt)]` enums), other text as `{=str}`.
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "defmt")))]
    impl<E: Format> Format for crate::Open<E> {
        fn format(&self, f: Formatter<'_>) {
            match self {
                crate::Open::Known(e) => e.format(f),
                crate::Open::Unknown(s) => write!(f, "{=str}", s.as_str()),
            }
        }
    }

    /// `MeasurandEnumType "Display.PresentSOC" does not exist in OCPP 2.0.1`.
    #[cfg(all(feature = "v201", feature = "v21"))]
    #[cfg_attr(docsrs, doc(cfg(feature = "defmt")))]
    impl Format for crate::VersionError {
        fn format(&self, f: Formatter<'_>) {
            write!(
                f,
                "{=str} \"{=str}\" does not exist in {=str}",
                self.enum_name(),
                self.value(),
                self.version()
            );
        }
    }
}
