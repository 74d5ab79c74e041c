//! Drives every way of parsing every catalogue enumeration (`v16`, `v201`,
//! `v21`) with
//! arbitrary input, and checks each answer against the reference model of
//! `tests/prop_support` (a map over the declared spellings):
//! `from_wire`, `is_valid`, `from_wire_ignore_ascii_case`, `FromStr`,
//! `TryFrom`, the `ParseError` message, `Open<E>`, and serde_json
//! deserialization of the input as a JSON document and of the input's text
//! as a JSON string (borrowed, escaped and owned). A panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../tests/prop_support/catalogue.rs"]
mod catalogue;
#[allow(dead_code)]
#[path = "../../tests/prop_support/list.rs"]
mod list;
#[allow(dead_code)]
#[path = "../../tests/prop_support/model.rs"]
mod model;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 becomes U+FFFD: arbitrary bytes made into a string.
    let text = String::from_utf8_lossy(data);
    catalogue::check_all(&text);
    // The raw bytes as JSON, valid or not.
    catalogue::check_json_all(data);
});
