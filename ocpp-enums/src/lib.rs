//! Exact, fast, impossible-to-misspell OCPP enumerations.
//!
//! - [`v16`]: every OCPP 1.6 enumeration, core and Security Whitepaper, with
//!   the wire strings of the official OCA JSON schemas; [`v16::ENUMS`]
//!   describes them all.
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
//! - [`parse_list`] and [`ListDisplay`]: comma-separated lists of values,
//!   as CSL configuration values carry them; [`split_list`] splits one into
//!   its items as text, by the same rule.
//! - [`EnumInfo`]: what the derive knows of an enumeration, as plain data.
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
//! # What the derive generates
//!
//! For `#[derive(OcppEnum)] enum E`: `impl OcppEnum for E` (`NAME`, `ALL`,
//! `VARIANTS`, `COUNT`, `ALIASES`, `ASCII_CASE_INSENSITIVE`, `as_str`,
//! `from_wire`, `from_wire_ignore_ascii_case`, `is_valid`, `iter`); for an
//! enum without a catch-all, inherent `const fn as_str` and `const fn index`
//! and `From<E> for &'static str`; `Display`, `FromStr`, `TryFrom<&str>`,
//! `TryFrom<String>` (with `alloc`) and `AsRef<str>`, each unless
//! `#[ocpp(skip(...))]` names it; with `#[ocpp(serde)]`, `Serialize`
//! and `Deserialize`; with `#[ocpp(schemars)]`, `schemars::JsonSchema`;
//! and, with `#[ocpp(defmt)]`, `defmt::Format`.
//!
//! # Attribute reference
//!
#![doc = include_str!("attributes.md")]
//!
//! # Features
//! - `std` (default): implies `alloc`.
//! - `alloc`: [`Open`], `#[ocpp(other)]`, `TryFrom<String>`, and the input
//!   kept in [`ParseError`].
//! - `serde`: `Serialize`/`Deserialize` for the catalogue, for derived enums
//!   marked `#[ocpp(serde)]`, and for [`Open`]. Enabling it never changes an
//!   enum that did not ask for serde.
//! - `schemars`: implies `alloc`. `schemars::JsonSchema` (schemars 1) for
//!   the catalogue, for derived enums marked `#[ocpp(schemars)]`, and for
//!   `Open<E>` of those. An enum's schema is named after it and is
//!   `{"type": "string", "enum": [...]}`: its wire strings, then its aliases
//!   (only when the generator describes deserialization, schemars' default),
//!   exactly what `from_wire` accepts. An enum that ignores ASCII case or has
//!   a catch-all, and `Open<E>`, accept more than a list: their schema is
//!   `{"type": "string"}` with the wire strings as `examples`. `Open<E>` is
//!   named `Open_of_` and `E`'s name (`Open_of_ConfigurationKey`), as
//!   schemars names generic types. Schema ids hold the module path, so a
//!   `v201` and a `v21` type of one name are two definitions (schemars calls
//!   the second `Name2`). Enabling it never changes an enum that did not ask.
//! - `defmt`: [`defmt::Format`](https://docs.rs/defmt/1/defmt/trait.Format.html)
//!   for the catalogue, for derived enums marked `#[ocpp(defmt)]`, and for
//!   [`Open`], [`ParseError`] and `VersionError`, for firmware logs. A known
//!   value is its wire string interned: the text stays in the ELF file, out
//!   of flash, and a log carries a two-byte index. Text known only at run
//!   time (`Open::Unknown`, an `#[ocpp(other)]` catch-all, the input of a
//!   `ParseError`) is sent as `{=str}`. Enabling it never changes an enum
//!   that did not ask for defmt.
//! - `v16`, `v201`, `v21` (default): the catalogue of each OCPP version.
//!
//! # Without `alloc`
//! With `default-features = false` the crate is `#![no_std]` and needs no
//! allocator. Everything works as above, with these differences:
//! - [`ParseError`] keeps no copy of the input, so it has no `input()` and
//!   no `suggestion()`, and its message names the enum and the expected
//!   values but neither the input nor a "did you mean":
//!   `unknown UnitOfMeasure value; expected one of "Wh", "kWh", ...`.
//! - There is no [`Open`] and no `TryFrom<String>`.
//! - `#[ocpp(other)]` is a compile error at the variant: there is no
//!   `String` to hold the unmatched text.
//! - [`parse_list`], [`ListDisplay`], [`EnumInfo`] and everything else are
//!   unchanged.
#![no_std]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// Lets the derive's absolute `::ocpp_enums::…` paths resolve inside this crate.
extern crate self as ocpp_enums;

mod defmt_glue;
mod enum_info;
mod list;
mod lookup;
mod ocpp_enum;
#[cfg(feature = "alloc")]
mod open;
mod parse_error;
mod schemars_glue;
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

pub use enum_info::EnumInfo;
pub use initiator::Initiator;
pub use list::{parse_list, split_list, ListDisplay, ParseList, SplitList};
pub use ocpp_enum::{Iter, OcppEnum};
/// Derives [`OcppEnum`](trait@OcppEnum) and the std traits from
/// `#[ocpp(...)]` attributes (see also [what it
/// generates](crate#what-the-derive-generates)).
///
/// # Attribute reference
///
#[doc = include_str!("attributes.md")]
pub use ocpp_enum_derive::OcppEnum;
#[cfg(feature = "alloc")]
pub use open::Open;
pub use parse_error::ParseError;
pub use subprotocol::Subprotocol;
#[cfg(all(feature = "v201", feature = "v21"))]
pub use version_error::VersionError;
