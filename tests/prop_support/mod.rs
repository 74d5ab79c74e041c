//! Shared by the property tests (and, by path, by the fuzz target): the
//! catalogue list, a reference model of parsing, and input strategies.
#![allow(dead_code)]

pub mod catalogue;
pub mod list;
pub mod model;
pub mod strategies;
