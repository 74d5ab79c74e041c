//! `Open<E>`: a closed enumeration over an open wire vocabulary.

use alloc::string::String;
use core::convert::Infallible;
use core::fmt;
use core::str::FromStr;

use crate::OcppEnum;

/// A value of an open vocabulary: a known variant of `E`, or any other text,
/// kept exactly as received.
///
/// OCPP leaves some vocabularies open on the wire: vendors add configuration
/// keys, and `SecurityEventNotification.type` is a free string. `Open<E>`
/// lets such a field be typed without rejecting, or altering, what a peer
/// sends, while `E` itself stays a small `Copy` enum.
///
/// Parsing never fails, and classifies exactly as `E` does: text is
/// [`Known`](Open::Known) when [`E::from_wire`](OcppEnum::from_wire) knows
/// it (its canonical wire string, an alias, or, for an enum marked
/// `#[ocpp(ascii_case_insensitive)]`, any ASCII case of them), and
/// [`Unknown`](Open::Unknown) otherwise. A known value is written back in
/// its canonical spelling; unknown text is kept and written back byte for
/// byte. So matching on `Known(..)`, and `Open<E>` as a map key, follow the
/// enum's rules: configuration keys, which the specification makes
/// case-insensitive, compare ignoring case.
///
/// ```
/// use ocpp_enums::{Open, v16::{CallErrorCode, ConfigurationKey}};
///
/// let key: Open<ConfigurationKey> = "HeartbeatInterval".parse().unwrap();
/// assert_eq!(key, Open::Known(ConfigurationKey::HeartbeatInterval));
///
/// // Any case of a key is that key, and is sent back canonical.
/// let lower = Open::<ConfigurationKey>::from("heartbeatinterval");
/// assert_eq!(lower, Open::Known(ConfigurationKey::HeartbeatInterval));
/// assert_eq!(lower.as_str(), "HeartbeatInterval");
///
/// // Aliases too.
/// let alias = Open::<CallErrorCode>::from("FormatViolation");
/// assert_eq!(alias, Open::Known(CallErrorCode::FormationViolation));
///
/// // Anything else is kept exactly.
/// let vendor: Open<ConfigurationKey> = "Acme.FanMode".parse().unwrap();
/// assert!(!vendor.is_known());
/// assert_eq!(vendor.as_str(), "Acme.FanMode");
/// ```
///
/// # Changed: known spellings are no longer kept verbatim
///
/// Earlier versions made only a canonical wire string `Known` and kept every
/// other spelling, aliases and other cases included, in `Unknown`, to be
/// interpreted with [`resolve`](Open::resolve). That made
/// `Open::Known(ConfigurationKey::HeartbeatInterval)` and
/// `Open::Unknown("heartbeatinterval".into())` two different values for the
/// same key: a `match` on `Known` missed it, a map held it twice, and
/// `Open<E>` disagreed with `E`'s own `FromStr` and serde. The specification
/// decides what names a value, and `E` encodes it, so `Open<E>` now follows
/// `E`. What is lost is only a peer's exact spelling of a known value; keep
/// the `String` as well where that matters (a log, say).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Open<E> {
    /// A variant of `E`: text that `E::from_wire` knows.
    Known(E),
    /// Any other text, exactly as received.
    Unknown(String),
}

impl<E: OcppEnum> Open<E> {
    /// Classifies `s` as `E` does: [`Known`](Open::Known) when
    /// [`E::from_wire`](OcppEnum::from_wire) knows it, else a copy of it in
    /// [`Unknown`](Open::Unknown).
    pub fn new(s: &str) -> Self {
        match E::from_wire(s) {
            Some(e) => Open::Known(e),
            None => Open::Unknown(String::from(s)),
        }
    }

    /// As [`new`](Self::new), reusing `s`'s buffer when it is kept.
    pub fn from_string(s: String) -> Self {
        match E::from_wire(&s) {
            Some(e) => Open::Known(e),
            None => Open::Unknown(s),
        }
    }

    /// The wire string: canonical for [`Known`](Open::Known), the text as
    /// received otherwise.
    pub fn as_str(&self) -> &str {
        match self {
            Open::Known(e) => e.as_str(),
            Open::Unknown(s) => s,
        }
    }

    /// True for [`Known`](Open::Known).
    pub fn is_known(&self) -> bool {
        matches!(self, Open::Known(_))
    }

    /// The known variant, if this is [`Known`](Open::Known).
    pub fn known(&self) -> Option<&E> {
        match self {
            Open::Known(e) => Some(e),
            Open::Unknown(_) => None,
        }
    }

    /// The variant this value names, as `E`'s
    /// [`from_wire`](OcppEnum::from_wire) reads it.
    ///
    /// For a value that parsing built this is [`known`](Self::known),
    /// cloned; it differs only for an [`Unknown`](Open::Unknown) written by
    /// hand with text `E` knows, such as `Open::Unknown("Faulted".into())`.
    pub fn resolve(&self) -> Option<E>
    where
        E: Clone,
    {
        match self {
            Open::Known(e) => Some(e.clone()),
            Open::Unknown(s) => E::from_wire(s),
        }
    }
}

impl<E> From<E> for Open<E> {
    fn from(e: E) -> Self {
        Open::Known(e)
    }
}

impl<E: OcppEnum> From<&str> for Open<E> {
    fn from(s: &str) -> Self {
        Self::new(s)
    }
}

impl<E: OcppEnum> From<String> for Open<E> {
    fn from(s: String) -> Self {
        Self::from_string(s)
    }
}

impl<E: OcppEnum> FromStr for Open<E> {
    type Err = Infallible;

    fn from_str(s: &str) -> Result<Self, Infallible> {
        Ok(Self::new(s))
    }
}

impl<E: OcppEnum> AsRef<str> for Open<E> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl<E: OcppEnum> fmt::Display for Open<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::*;
    use serde::de::{self, Deserialize, Deserializer, Visitor};
    use serde::ser::{Serialize, Serializer};

    impl<E: OcppEnum> Serialize for Open<E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }

    impl<'de, E: OcppEnum> Deserialize<'de> for Open<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(OpenVisitor(core::marker::PhantomData))
        }
    }

    struct OpenVisitor<E>(core::marker::PhantomData<E>);

    impl<E: OcppEnum> Visitor<'_> for OpenVisitor<E> {
        type Value = Open<E>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a wire string of {} or any other string", E::NAME)
        }

        fn visit_str<Er: de::Error>(self, v: &str) -> Result<Self::Value, Er> {
            Ok(Open::new(v))
        }

        fn visit_string<Er: de::Error>(self, v: String) -> Result<Self::Value, Er> {
            Ok(Open::from_string(v))
        }

        // Some formats hand strings over as bytes; `E` accepts them when they
        // are UTF-8, and `Open<E>` must accept whatever `E` does.
        fn visit_bytes<Er: de::Error>(self, v: &[u8]) -> Result<Self::Value, Er> {
            match core::str::from_utf8(v) {
                Ok(s) => Ok(Open::new(s)),
                Err(_) => Err(Er::invalid_value(de::Unexpected::Bytes(v), &self)),
            }
        }

        fn visit_byte_buf<Er: de::Error>(self, v: alloc::vec::Vec<u8>) -> Result<Self::Value, Er> {
            match String::from_utf8(v) {
                Ok(s) => Ok(Open::from_string(s)),
                Err(e) => Err(Er::invalid_value(
                    de::Unexpected::Bytes(e.as_bytes()),
                    &self,
                )),
            }
        }
    }
}
