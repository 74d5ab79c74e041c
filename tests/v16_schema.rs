//! Checks `ocpp_enums::v16` against the reference data in `tests/data`: the
//! Python library's `ocpp.v16.enums` (`enums.json`) and every enum list of
//! the OCPP 1.6 JSON schemas (`schema_enums.json`). See `tests/data/README.md`
//! for where the data comes from.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;

use ocpp_enums::v16::*;
use ocpp_enums::OcppEnum;
use serde_json::Value;
use v16_data::{
    enums_json, is_documented_exception, merged_classes, schema_enums_json, strings, CELCIUS, HERTZ,
};

#[path = "catalogue_support/v16_data.rs"]
mod v16_data;

/// The keys errata sheet v4 added, in errata order (3.82, 3.88, 3.89).
const ERRATA_KEYS: [&str; 3] = [
    "MessageTimeout",
    "SupportedFileTransferProtocols",
    "StopTransactionMaxMeterValues",
];

/// A type-erased view of one Rust enum.
struct Entry {
    name: &'static str,
    variants: &'static [&'static str],
    /// `from_wire`, answering with the parsed variant's `as_str`.
    parse: fn(&str) -> Option<String>,
}

fn parse_as<E: OcppEnum + Debug + Copy + PartialEq>(s: &str) -> Option<String> {
    E::from_wire(s).map(|e| e.as_str().to_owned())
}

/// Builds the entry for `E` after checking that its constants agree.
fn check<E: OcppEnum + Debug + Copy + PartialEq>(name: &'static str) -> Entry {
    assert_eq!(E::NAME, name);
    assert_eq!(E::ALL.len(), E::COUNT, "{name}: ALL");
    assert_eq!(E::VARIANTS.len(), E::COUNT, "{name}: VARIANTS");
    for (e, wire) in E::ALL.iter().zip(E::VARIANTS) {
        assert_eq!(e.as_str(), *wire, "{name}: {e:?}");
        assert_eq!(E::from_wire(wire), Some(*e), "{name}: {wire}");
    }
    Entry {
        name,
        variants: E::VARIANTS,
        parse: parse_as::<E>,
    }
}

/// Lists every enum of the module exactly once.
macro_rules! registry {
    ([] $($ty:ident),* $(,)?) => {
        fn registry() -> BTreeMap<&'static str, Entry> {
            let mut map = BTreeMap::new();
            $(
                let previous = map.insert(stringify!($ty), check::<$ty>(stringify!($ty)));
                assert!(previous.is_none(), "{} listed twice", stringify!($ty));
            )*
            map
        }
    };
}

ocpp_enums::for_each_v16_enum!(registry);

/// The Rust enum for each `not_in_enums_py` entry, by key prefix.
const EXTRAS: [(&str, &str); 5] = [
    ("CallErrorCode", "CallErrorCode ("),
    ("SecurityEvent", "SecurityEvent type ("),
    ("FeatureProfile", "SupportedFeatureProfiles values ("),
    ("PhaseRotation", "ConnectorPhaseRotation values ("),
    (
        "FileTransferProtocol",
        "SupportedFileTransferProtocols values (",
    ),
];

fn set<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    items.into_iter().collect()
}

/// The string enums of `enums.json`: class name to values in file order.
fn python_enums(json: &Value) -> BTreeMap<&str, Vec<&str>> {
    json["enums"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, e)| e["kind"] == "str_enum")
        .map(|(name, e)| (name.as_str(), strings(&e["values"])))
        .collect()
}

/// The 46 payload enums: every string enum but `Action` and `ConfigurationKey`.
fn payload_enum_names(json: &Value) -> BTreeSet<&str> {
    python_enums(json)
        .into_keys()
        .filter(|n| !matches!(*n, "Action" | "ConfigurationKey"))
        .collect()
}

#[test]
fn registry_covers_every_python_enum_and_extra_vocabulary() {
    let json = enums_json();
    let registry = registry();
    let python = python_enums(&json);
    assert_eq!(python.len(), 48);
    assert_eq!(json["counts"]["str_enums"], 48);
    // The 49th class, CiStringType, holds integers, not wire strings.
    let classes = json["enums"].as_object().unwrap();
    assert_eq!(classes.len(), 49);
    assert_eq!(
        classes["CiStringType"]["kind"]
            .as_str()
            .unwrap()
            .split(' ')
            .next(),
        Some("int_constants")
    );
    assert!(!registry.contains_key("CiStringType"));

    let expected: BTreeSet<&str> = python
        .keys()
        .copied()
        .chain(EXTRAS.iter().map(|(rust, _)| *rust))
        .collect();
    assert_eq!(set(registry.keys().copied()), expected);
    assert_eq!(registry.len(), 53);
    assert_eq!(payload_enum_names(&json).len(), 46);
}

#[test]
fn variants_equal_enums_py_values_in_order() {
    let json = enums_json();
    let registry = registry();
    let mut checked = 0;
    let mut total = 0;
    for (name, values) in python_enums(&json) {
        let entry = &registry[name];
        let mut expected = values.clone();
        if name == "ConfigurationKey" {
            expected.extend(ERRATA_KEYS);
        }
        assert_eq!(entry.variants, expected.as_slice(), "{name}");
        checked += 1;
        total += values.len();
    }
    assert_eq!(checked, 48);
    assert_eq!(json["counts"]["values_total_all_str_enums"], total);
    assert_eq!(total, 317);
}

#[test]
fn every_schema_value_parses_back_to_itself() {
    let json = enums_json();
    let schema = schema_enums_json();
    let registry = registry();
    let payload = payload_enum_names(&json);
    let lists = schema["enum_lists"].as_array().unwrap();
    assert_eq!(lists.len(), 68);
    assert_eq!(schema["count"], 68);

    let mut matched = BTreeSet::new();
    let mut exceptions_seen = BTreeSet::new();
    for list in lists {
        let class = list["maps_to_enums_py_class"].as_str().unwrap();
        let location = list["location"].as_str().unwrap();
        assert!(
            payload.contains(class),
            "{location} maps to {class}, not a payload enum"
        );
        let entry = registry
            .get(class)
            .unwrap_or_else(|| panic!("{location}: no Rust enum {class}"));
        matched.insert(entry.name);
        for value in strings(&list["values"]) {
            let parsed = (entry.parse)(value);
            match value {
                CELCIUS => {
                    assert_eq!(class, "UnitOfMeasure", "{location}");
                    assert_eq!(parsed.as_deref(), Some("Celsius"), "{location}: {value}");
                    exceptions_seen.insert(value);
                }
                HERTZ => {
                    assert_eq!(class, "UnitOfMeasure", "{location}");
                    assert_eq!(parsed, None, "{location}: Hertz must be rejected");
                    exceptions_seen.insert(value);
                }
                _ => assert_eq!(parsed.as_deref(), Some(value), "{location}: {value}"),
            }
        }
    }
    assert_eq!(matched.len(), 46);
    assert_eq!(matched, payload);
    assert_eq!(exceptions_seen, set([CELCIUS, HERTZ]));
    assert_eq!(
        UnitOfMeasure::from_wire(CELCIUS),
        Some(UnitOfMeasure::Celsius)
    );
    assert!(!UnitOfMeasure::is_valid(HERTZ));
}

#[test]
fn schema_lists_equal_variants_as_sets() {
    let json = enums_json();
    let schema = schema_enums_json();
    let registry = registry();
    let merged = merged_classes(&json);
    assert_eq!(
        merged,
        set(["FirmwareStatus", "MessageTrigger", "TriggerMessageStatus"])
    );
    let merged_sets: BTreeMap<&str, BTreeSet<&str>> = json["spec_variants_merged_in_python"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| (v["location"].as_str().unwrap(), set(strings(&v["values"]))))
        .collect();

    let mut unions: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut merged_lists_seen = 0;
    for list in schema["enum_lists"].as_array().unwrap() {
        let class = list["maps_to_enums_py_class"].as_str().unwrap();
        let location = list["location"].as_str().unwrap();
        let variants = set(registry[class].variants.iter().copied());
        let values: BTreeSet<&str> = strings(&list["values"])
            .into_iter()
            .filter(|v| !is_documented_exception(v))
            .collect();
        if merged.contains(class) {
            assert!(values.is_subset(&variants), "{location}");
            assert_eq!(Some(&values), merged_sets.get(location), "{location}");
            merged_lists_seen += 1;
        } else {
            assert_eq!(values, variants, "{location}");
        }
        unions.entry(class).or_default().extend(values);
    }
    assert_eq!(merged_lists_seen, merged_sets.len());
    assert_eq!(unions.len(), 46);
    for (class, union) in unions {
        assert_eq!(
            union,
            set(registry[class].variants.iter().copied()),
            "{class}"
        );
    }
}

#[test]
fn merged_enums_document_their_subsets() {
    // The merged enums keep the union; each message accepts only its subset.
    let trigger_only = [MessageTrigger::DiagnosticsStatusNotification];
    let extended_only = [
        MessageTrigger::LogStatusNotification,
        MessageTrigger::SignChargePointCertificate,
    ];
    let json = enums_json();
    let merged = &json["spec_variants_merged_in_python"];
    let core = set(strings(
        &merged["MessageTrigger (TriggerMessage.req)"]["values"],
    ));
    let extended = set(strings(
        &merged["MessageTriggerEnumType (ExtendedTriggerMessage.req)"]["values"],
    ));
    for t in MessageTrigger::iter() {
        let only_core = trigger_only.contains(&t);
        let only_extended = extended_only.contains(&t);
        assert_eq!(core.contains(t.as_str()), !only_extended, "{t:?}");
        assert_eq!(extended.contains(t.as_str()), !only_core, "{t:?}");
    }
    let core_fw = strings(&merged["FirmwareStatus (FirmwareStatusNotification.req)"]["values"]);
    assert_eq!(core_fw.as_slice(), &FirmwareStatus::VARIANTS[..7]);
}

#[test]
fn actions_are_the_schema_file_base_names() {
    let json = enums_json();
    let schema = schema_enums_json();
    assert_eq!(Action::COUNT, 39);
    assert_eq!(
        Action::VARIANTS,
        strings(&json["enums"]["Action"]["values"]).as_slice()
    );
    let files = schema["schema_files"].as_object().unwrap();
    assert_eq!(files.len(), 78);
    let mut requests = BTreeSet::new();
    let mut responses = BTreeSet::new();
    for file in files.keys() {
        let base = file.strip_suffix(".json").unwrap();
        match base.strip_suffix("Response") {
            Some(action) => responses.insert(action),
            None => requests.insert(base),
        };
    }
    let actions = set(Action::VARIANTS.iter().copied());
    assert_eq!(requests, actions);
    assert_eq!(responses, actions);
    let security: Vec<&str> = Action::VARIANTS
        .iter()
        .copied()
        .filter(|a| files[&format!("{a}.json")]["origin"] != "core_1.6")
        .collect();
    assert_eq!(security.len(), 11, "{security:?}");
}

#[test]
fn configuration_keys_are_the_54_plus_the_errata_keys() {
    let json = enums_json();
    let reference = &json["enums"]["ConfigurationKey"];
    let keys = strings(&reference["values"]);
    assert_eq!(keys.len(), 54);
    assert_eq!(ConfigurationKey::COUNT, 57);
    assert_eq!(&ConfigurationKey::VARIANTS[..54], keys.as_slice());
    assert_eq!(&ConfigurationKey::VARIANTS[54..], ERRATA_KEYS.as_slice());
    let missing = reference["keys_missing_vs_official_docs"]
        .as_object()
        .unwrap();
    assert_eq!(set(missing.keys().map(String::as_str)), set(ERRATA_KEYS));
    let sections = reference["member_sections_from_comments"]
        .as_object()
        .unwrap();
    let from_sections: BTreeSet<&str> = sections.values().flat_map(strings).collect();
    assert_eq!(from_sections, set(keys.iter().copied()));
    for key in ConfigurationKey::iter() {
        let wire = key.as_str();
        assert_eq!(
            ConfigurationKey::from_wire(&wire.to_ascii_lowercase()),
            Some(key)
        );
        assert_eq!(
            ConfigurationKey::from_wire(&wire.to_ascii_uppercase()),
            Some(key)
        );
    }
}

#[test]
fn extra_vocabularies_match_the_reference() {
    let json = enums_json();
    let registry = registry();
    let extras = json["not_in_enums_py"].as_object().unwrap();
    let mut covered = BTreeSet::new();
    for (rust, prefix) in EXTRAS {
        let matching: Vec<&String> = extras.keys().filter(|k| k.starts_with(prefix)).collect();
        assert_eq!(matching.len(), 1, "{prefix}");
        let entry = &extras[matching[0].as_str()];
        let values = match entry.get("values") {
            Some(values) => strings(values),
            None => strings(entry),
        };
        assert_eq!(registry[rust].variants, values.as_slice(), "{rust}");
        covered.insert(matching[0].as_str());
    }
    // Everything else there is not a string vocabulary.
    let rest: BTreeSet<&str> = extras
        .keys()
        .map(String::as_str)
        .filter(|k| !covered.contains(k))
        .collect();
    assert_eq!(rest.len(), 2, "{rest:?}");
    assert!(rest.contains("_note"));
    assert!(rest.iter().any(|k| k.starts_with("MessageTypeId")));

    assert_eq!(CallErrorCode::COUNT, 10);
    assert_eq!(SecurityEvent::COUNT, 18);
    assert_eq!(
        CallErrorCode::from_wire("FormatViolation"),
        Some(CallErrorCode::FormationViolation)
    );
    assert_eq!(
        CallErrorCode::from_wire("OccurrenceConstraintViolation"),
        Some(CallErrorCode::OccurenceConstraintViolation)
    );
}
