//! The OCPP 1.6 reference data of `tests/data` (see its `README.md`): the
//! Python library's `ocpp.v16.enums` (`enums.json`) and every enum list of
//! the OCPP 1.6 JSON schemas (`schema_enums.json`), with the two values in
//! which the schemas and `ocpp_enums::v16` knowingly differ. Shared by
//! `tests/v16_schema.rs` and `tests/json_schema.rs`.

use std::collections::BTreeSet;

use serde_json::Value;

const ENUMS_JSON: &str = include_str!("../data/enums.json");
const SCHEMA_ENUMS_JSON: &str = include_str!("../data/schema_enums.json");

/// The schemas' misspelling of `Celsius`, accepted as an alias.
pub const CELCIUS: &str = "Celcius";
/// A unit in one schema copy that is not an official value.
pub const HERTZ: &str = "Hertz";

pub fn enums_json() -> Value {
    serde_json::from_str(ENUMS_JSON).expect("tests/data/enums.json")
}

pub fn schema_enums_json() -> Value {
    serde_json::from_str(SCHEMA_ENUMS_JSON).expect("tests/data/schema_enums.json")
}

/// The string values of a JSON array.
pub fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap_or_else(|| panic!("not a string: {s}")))
        .collect()
}

/// The classes of `enums.json` whose enum merges two specification types
/// (so each schema list is a subset of it, and their union is all of it).
pub fn merged_classes(json: &Value) -> BTreeSet<&str> {
    json["spec_variants_merged_in_python"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v["python_class"].as_str().unwrap())
        .collect()
}

/// A schema value that `ocpp_enums::v16` does not carry as a variant.
pub fn is_documented_exception(value: &str) -> bool {
    value == CELCIUS || value == HERTZ
}
