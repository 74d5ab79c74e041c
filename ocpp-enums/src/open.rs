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
/// Parsing never fails and never loses a byte: only the canonical wire string
/// of a variant becomes [`Known`](Open::Known); any other text, including an
/// alias or another ASCII case that `E` would accept, stays in
/// [`Unknown`](Open::Unknown) so it is sent back exactly as it came. Use
/// [`resolve`](Open::resolve) to interpret such spellings.
///
/// ```
/// use ocpp_enums::{Open, v16::ConfigurationKey};
///
/// let key: Open<ConfigurationKey> = "HeartbeatInterval".parse().unwrap();
/// assert_eq!(key, Open::Known(ConfigurationKey::HeartbeatInterval));
///
/// let vendor: Open<ConfigurationKey> = "Acme.FanMode".parse().unwrap();
/// assert!(!vendor.is_known());
/// assert_eq!(vendor.as_str(), "Acme.FanMode");
///
/// // The specification makes keys case-insensitive: resolve() honours that,
/// // while the value itself still holds the charger's own spelling.
/// let lower: Open<ConfigurationKey> = "heartbeatinterval".parse().unwrap();
/// assert_eq!(lower.as_str(), "heartbeatinterval");
/// assert_eq!(lower.resolve(), Some(ConfigurationKey::HeartbeatInterval));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Open<E> {
    /// The canonical wire string of a variant of `E`.
    Known(E),
    /// Any other text, exactly as received.
    Unknown(String),
}

impl<E: OcppEnum> Open<E> {
    /// Classifies `s`, keeping it verbatim unless it is a canonical wire string.
    pub fn new(s: &str) -> Self {
        match Self::canonical(s) {
            Some(e) => Open::Known(e),
            None => Open::Unknown(String::from(s)),
        }
    }

    /// As [`new`](Self::new), reusing `s`'s buffer when it is kept.
    pub fn from_string(s: String) -> Self {
        match Self::canonical(&s) {
            Some(e) => Open::Known(e),
            None => Open::Unknown(s),
        }
    }

    fn canonical(s: &str) -> Option<E> {
        E::from_wire(s).filter(|e| e.as_str() == s)
    }

    /// The wire string: canonical for [`Known`](Open::Known), verbatim otherwise.
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

    /// The variant this value names, accepting what `E`'s
    /// [`from_wire`](OcppEnum::from_wire) accepts: aliases and, for
    /// case-insensitive enums, any ASCII case.
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
