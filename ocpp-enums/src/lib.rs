//! Exact, fast, impossible-to-misspell OCPP enumerations.
//!
//! - [`v16`]: every OCPP 1.6 enumeration, core and Security Whitepaper, with
//!   the wire strings of the official OCA JSON schemas.
//! - [`v201`] and [`v21`]: every OCPP 2.0.1 and OCPP 2.1 enumeration (schema
//!   enumerations, actions, RPC error codes, appendix vocabularies), generated
//!   from the reference data; types whose values both versions share are one
//!   type, the others convert with `From`/`TryFrom` ([`VersionError`]).
//! - [`Subprotocol`]: the OCPP-J WebSocket subprotocol names.
//! - Metadata from the specifications: who sends each message ([`Initiator`]),
//!   what each 1.6 configuration key accepts, which security events are
//!   critical, which variables a component has; see each version module.
//! - [`OcppEnum`]: the trait, and `#[derive(OcppEnum)]` for your own enums
//!   (vendor keys, extensions): wire strings are checked at compile time and
//!   parsed with a generated perfect hash.
//! - [`Open`]: a known variant or any other string, for open vocabularies
//!   such as configuration keys.
//! - [`ParseError`]: names the enum and the input and suggests the nearest
//!   valid value.
//!
//! ```
//! use ocpp_enums::OcppEnum;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
//! pub enum VendorKey {
//!     #[ocpp("Acme.LedBrightness")]
//!     LedBrightness,
//!     #[ocpp("Acme.FanMode", alias = "ACME.FanMode")]
//!     FanMode,
//! }
//!
//! assert_eq!("ACME.FanMode".parse(), Ok(VendorKey::FanMode));
//! assert_eq!(VendorKey::FanMode.to_string(), "Acme.FanMode");
//! assert_eq!(VendorKey::VARIANTS, ["Acme.LedBrightness", "Acme.FanMode"]);
//! let err = "acme.fanmode".parse::<VendorKey>().unwrap_err();
//! assert_eq!(err.to_string(), r#"unknown VendorKey "acme.fanmode"; did you mean "Acme.FanMode"?"#);
//! ```
//!
//! # Features
//! - `std` (default): implies `alloc`.
//! - `alloc`: [`Open`], `#[ocpp(other)]`, and the input kept in [`ParseError`].
//! - `serde`: `Serialize`/`Deserialize` for every derived enum and [`Open`].
//! - `v16`, `v201`, `v21` (default): the catalogue of each OCPP version.
#![no_std]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// Lets the derive's absolute `::ocpp_enums::…` paths resolve inside this crate.
extern crate self as ocpp_enums;

mod lookup;
mod ocpp_enum;
#[cfg(feature = "alloc")]
mod open;
mod parse_error;
mod serde_glue;
mod suggest;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

mod initiator;
mod subprotocol;
#[cfg(any(feature = "v201", feature = "v21"))]
mod v2;
#[cfg(all(feature = "v201", feature = "v21"))]
mod version_error;

#[cfg(feature = "v16")]
#[cfg_attr(docsrs, doc(cfg(feature = "v16")))]
pub mod v16;
#[cfg(feature = "v201")]
#[cfg_attr(docsrs, doc(cfg(feature = "v201")))]
pub mod v201;
#[cfg(feature = "v21")]
#[cfg_attr(docsrs, doc(cfg(feature = "v21")))]
pub mod v21;

pub use initiator::Initiator;
pub use ocpp_enum::{Iter, OcppEnum};
/// Derives [`OcppEnum`] and the std traits from `#[ocpp("Wire")]` attributes.
///
/// See the crate README for the attribute reference.
pub use ocpp_enum_derive::OcppEnum;
#[cfg(feature = "alloc")]
pub use open::Open;
pub use parse_error::ParseError;
pub use subprotocol::Subprotocol;
#[cfg(all(feature = "v201", feature = "v21"))]
pub use version_error::VersionError;
