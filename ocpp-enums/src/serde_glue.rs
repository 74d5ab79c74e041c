//! Serde support for derived enums, decided by this crate's `serde` feature.
//!
//! The derive emits `impl_serde!(Type)` for enums marked `#[ocpp(serde)]`,
//! and for no others, so that a crate which writes its own serde impls keeps
//! compiling whoever enables the feature. Which of the two macros below that
//! names depends on how *this* crate was built, so user crates need no
//! `serde` feature of their own; without the feature, asking for serde is an
//! error at the attribute.

/// Implements `Serialize` and `Deserialize` for a derived enum.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_serde {
    ($ty:ty) => {
        #[automatically_derived]
        // No `#[inline]` on these two: generic methods are instantiated in
        // the caller's crate, where one call is inlined anyway.
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                __ocpp_s: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                __ocpp_s.serialize_str($crate::OcppEnum::as_str(self))
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                __ocpp_d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                __ocpp_d.deserialize_str($crate::__private::WireVisitor::<Self>::new())
            }
        }
    };
}

/// Without the `serde` feature, `#[ocpp(serde)]` cannot be honoured.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ocpp_impl_serde {
    ($ty:ty) => {
        ::core::compile_error!(
            "#[ocpp(serde)] needs the `serde` feature of ocpp-enums: enable it where ocpp-enums is a dependency, e.g. ocpp-enums = { version = \"0.1\", features = [\"serde\"] }"
        );
    };
}

#[cfg(feature = "serde")]
pub use visitor::WireVisitor;

#[cfg(feature = "serde")]
mod visitor {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{Error, Unexpected, Visitor};

    use crate::parse_error::Message;
    use crate::OcppEnum;

    /// Deserializes `E` from a string without allocating for known values.
    pub struct WireVisitor<E>(PhantomData<E>);

    /// The error for `v`: the `ParseError` message, written from the
    /// borrowed input without building (and copying into) a `ParseError`.
    #[cold]
    fn unknown<E: OcppEnum, Er: Error>(v: &str) -> Er {
        let message = Message {
            enum_name: E::NAME,
            expected: E::VARIANTS,
            input: Some(v),
        };
        // Formats turn the message into a `String`: from a `Display` by
        // growing one from empty, reallocating four or five times; from a
        // `&str` with one allocation of the right size. So the message is
        // written on the stack first, where it nearly always fits.
        let mut text = StackText::new();
        if message.write_to(&mut text).is_ok() {
            if let Some(text) = text.as_str() {
                return Er::custom(text);
            }
        }
        #[cfg(feature = "alloc")]
        {
            use core::fmt::Write;
            let mut text =
                alloc::string::String::with_capacity(96 + E::NAME.len() + v.len().min(128));
            if write!(text, "{message}").is_ok() {
                return Er::custom(text);
            }
        }
        Er::custom(message)
    }

    /// Room on the stack for a typical message; longer ones fail to write.
    struct StackText {
        bytes: [u8; 256],
        len: usize,
    }

    impl StackText {
        fn new() -> Self {
            StackText {
                bytes: [0; 256],
                len: 0,
            }
        }

        /// What was written (always UTF-8: only `str`s are).
        fn as_str(&self) -> Option<&str> {
            core::str::from_utf8(&self.bytes[..self.len]).ok()
        }
    }

    impl fmt::Write for StackText {
        #[inline]
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.len + s.len();
            let room = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
            room.copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    impl<E> WireVisitor<E> {
        /// The visitor for `E`.
        #[inline]
        pub const fn new() -> Self {
            WireVisitor(PhantomData)
        }
    }

    impl<E> Default for WireVisitor<E> {
        fn default() -> Self {
            Self::new()
        }
    }

    impl<E: OcppEnum> Visitor<'_> for WireVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a wire string of {}", E::NAME)
        }

        #[inline]
        fn visit_str<Er: Error>(self, v: &str) -> Result<E, Er> {
            match E::from_wire(v) {
                Some(known) => Ok(known),
                None => match E::__other_from_str(v) {
                    Some(other) => Ok(other),
                    None => Err(unknown::<E, Er>(v)),
                },
            }
        }

        #[cfg(feature = "alloc")]
        #[inline]
        fn visit_string<Er: Error>(self, v: alloc::string::String) -> Result<E, Er> {
            if let Some(known) = E::from_wire(&v) {
                return Ok(known);
            }
            match E::__other_from_string(v) {
                Ok(other) => Ok(other),
                Err(v) => Err(unknown::<E, Er>(&v)),
            }
        }

        fn visit_bytes<Er: Error>(self, v: &[u8]) -> Result<E, Er> {
            match core::str::from_utf8(v) {
                Ok(s) => self.visit_str(s),
                Err(_) => Err(Er::invalid_value(Unexpected::Bytes(v), &self)),
            }
        }
    }
}
