//! Not published: hosts the workspace's integration tests and examples, and
//! runs the code blocks of the READMEs (the repository's and each published
//! crate's) as doc tests.
#![doc = include_str!("../README.md")]

#[doc = include_str!("../ocpp-enums/README.md")]
pub mod ocpp_enums_readme {}

#[doc = include_str!("../ocpp-enum-derive/README.md")]
pub mod ocpp_enum_derive_readme {}

#[doc = include_str!("../ocpp-enum-hash/README.md")]
pub mod ocpp_enum_hash_readme {}
