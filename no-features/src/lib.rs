//! Nothing to see here: this package holds `tests/ui.rs`, compile tests of
//! `ocpp-enums` built with `default-features = false`, which the root
//! package (whose `ocpp-enums` has `std` and `serde`) cannot run.
#![no_std]
