//! Property tests over every `ocpp_enums::v16` enumeration.
//!
//! Each input is checked against all 53 enums at once by
//! `prop_support::model::check`: `from_wire`, `is_valid`,
//! `from_wire_ignore_ascii_case`, `FromStr`, `TryFrom`, the `ParseError`
//! and its message, serde through `serde_json` (borrowed, escaped and owned
//! strings) and `Open<E>` must all agree with a reference model (a map over
//! the spellings each enum declares, read from its `ALIASES` and
//! `ASCII_CASE_INSENSITIVE`), and none may panic.

mod prop_support;

use proptest::prelude::*;
use proptest::test_runner::Config;

use ocpp_enums::{v16, EnumInfo, OcppEnum};
use prop_support::catalogue::{
    check_affixes_all, check_all, check_json_all, check_variants_all, names, spellings,
};
use prop_support::model::edge_strings;
use prop_support::strategies::{any_text, json_bytes, near};

/// `v16::ENUMS`, the registry tools read, is the list of types the tests
/// iterate, alphabetically, and describes each type as its constants do.
#[test]
fn the_registry_is_the_catalogue() {
    let registry: Vec<&str> = v16::ENUMS.iter().map(EnumInfo::name).collect();
    assert_eq!(registry, names());
    assert_eq!(registry.len(), 53);
    assert!(registry.windows(2).all(|w| w[0] < w[1]), "not alphabetical");
    macro_rules! same {
        ([] $($e:ident),* $(,)?) => {$({
            let info = v16::ENUMS.iter().find(|i| i.name() == stringify!($e)).unwrap();
            assert_eq!(info.variants(), v16::$e::VARIANTS);
            assert_eq!(info.aliases().len(), v16::$e::ALIASES.len());
            assert_eq!(info.ascii_case_insensitive(), v16::$e::ASCII_CASE_INSENSITIVE);
        })*};
    }
    ocpp_enums::for_each_v16_enum!(same);
    // A few facts the introspection must reflect (tests/v16_roundtrip.rs
    // checks each enum's quirks in full).
    assert_eq!(
        v16::UnitOfMeasure::ALIASES,
        [("Celcius", v16::UnitOfMeasure::Celsius)]
    );
    assert_eq!(v16::CallErrorCode::ALIASES.len(), 2);
    const { assert!(v16::ConfigurationKey::ASCII_CASE_INSENSITIVE) };
    assert!(v16::ENUMS.iter().all(|e| !e.has_catch_all()));
}

/// The same for the 2.x catalogues: each `ENUMS` is its list, and says what
/// each type's constants say.
#[test]
fn the_2x_registries_are_their_catalogues() {
    macro_rules! same {
        ([$module:ident] $($e:ident),* $(,)?) => {{
            use ocpp_enums::$module;
            let names = [$(stringify!($e)),*];
            let registry: Vec<&str> = $module::ENUMS.iter().map(EnumInfo::name).collect();
            assert_eq!(registry, names, "{}::ENUMS", stringify!($module));
            $(
                let info = EnumInfo::of::<$module::$e>();
                assert_eq!(info.variants(), <$module::$e as OcppEnum>::VARIANTS);
                assert_eq!(info.aliases().len(), <$module::$e as OcppEnum>::ALIASES.len());
                for (alias, i) in info.aliases() {
                    assert_eq!(info.parse(alias), Some(*i), "{}", stringify!($e));
                }
                for (i, wire) in info.variants().iter().enumerate() {
                    assert_eq!(info.parse(wire), Some(i), "{}: {wire}", stringify!($e));
                }
            )*
        }};
    }
    ocpp_enums::for_each_v201_enum!(same v201);
    ocpp_enums::for_each_v21_enum!(same v21);
}

/// `from_wire(as_str(v)) == Some(v)` for every variant of every enum (all of
/// them, not a sample), with `Display`, serde and `Open` round trips, and
/// every spelling in four casings checked against the model.
#[test]
fn every_variant_round_trips() {
    check_variants_all();
}

/// Empty, whitespace, control characters, lookalikes, multi-byte UTF-8 and
/// lengths around the error message's limits.
#[test]
fn edge_strings_are_parsed_exactly() {
    for s in edge_strings() {
        check_all(&s);
    }
}

/// Every proper prefix and suffix of each enum's own spellings.
#[test]
fn affixes_of_spellings_are_parsed_exactly() {
    check_affixes_all();
}

proptest! {
    #![proptest_config(Config { cases: 384, ..Config::default() })]

    /// Arbitrary characters and arbitrary bytes made into strings.
    #[test]
    fn arbitrary_text_is_parsed_exactly(s in any_text()) {
        check_all(&s);
    }

    /// Spellings with case flips, 0x20-bit flips of punctuation, deletions,
    /// insertions and replacements (tricky characters included), truncation
    /// and concatenation: the inputs a hash over a few bytes could confuse.
    #[test]
    fn near_misses_are_parsed_exactly(s in near(spellings())) {
        check_all(&s);
    }

    /// Raw bytes and JSON strings (escapes, lone surrogates, invalid UTF-8)
    /// through serde_json as each enum and as `Open<E>`.
    #[test]
    fn json_deserializes_exactly(data in json_bytes(spellings())) {
        check_json_all(&data);
    }
}
