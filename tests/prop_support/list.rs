//! The list of every enumeration in `ocpp_enums::v16` (the other versions
//! have `for_each_v201_enum!` and `for_each_v21_enum!`).
//!
//! Shared by the property tests, the memory test and the fuzz target (which
//! includes this file by path). The list itself is the catalogue's own
//! `ocpp_enums::for_each_v16_enum!`; `prop_catalogue.rs` checks it against
//! the catalogue's source files.

/// Calls `$callback!([$args] Action, AuthorizationStatus, ...)` with the name
/// of every enumeration of `ocpp_enums::v16`.
macro_rules! catalogue {
    ($($tokens:tt)*) => {
        ocpp_enums::for_each_v16_enum! { $($tokens)* }
    };
}
pub(crate) use catalogue;
