//! Not published: hosts the workspace's integration tests and examples, and
//! runs the code blocks of the READMEs (the repository's and each published
//! crate's) as doc tests.
#![doc = include_str!("../README.md")]

// Doc tests only: the packaged copy of this crate (`cargo package`) has no
// sibling directories to read.
#[cfg(doctest)]
#[doc = include_str!("../ocpp-enums/README.md")]
pub mod ocpp_enums_readme {}

#[cfg(doctest)]
#[doc = include_str!("../ocpp-enum-derive/README.md")]
pub mod ocpp_enum_derive_readme {}

#[cfg(doctest)]
#[doc = include_str!("../ocpp-enum-hash/README.md")]
pub mod ocpp_enum_hash_readme {}
