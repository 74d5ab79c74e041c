//! Checks `ocpp_enums::v201` and `ocpp_enums::v21` against the reference data
//! in `tests/data/v201` and `tests/data/v21` (copied from `../shared` by
//! `tools/gen_catalogue.py`). The checks are written once, in `checks`, and
//! run for each version; counts come from the data, never from literals.
//! `tests/v16_schema.rs` does the same for OCPP 1.6 with its own data.

mod catalogue_support;

use std::collections::{BTreeMap, BTreeSet};

use catalogue_support::{definitions, set, strings, Data, Entry};

/// The checks, each taking one version's registry and data.
mod checks {
    use super::*;

    /// The registry is exactly the schema definitions plus the named extras.
    pub fn registry_is_the_definitions_and_extras(
        registry: &BTreeMap<&'static str, Entry>,
        data: &Data,
        extras: &[&str],
    ) {
        let defs = definitions(data);
        let expected: BTreeSet<String> = defs
            .keys()
            .cloned()
            .chain(extras.iter().map(|s| s.to_string()))
            .collect();
        assert_eq!(
            expected.len(),
            defs.len() + extras.len(),
            "an extra is also a definition"
        );
        assert_eq!(set(registry.keys()), expected, "{}", data.version);
    }

    /// Every definition's values equal the type's `VARIANTS` in order; for a
    /// type shared with 2.0.1 (`order_from`), as a set, with the order of 2.0.1.
    pub fn variants_equal_schema_values(
        registry: &BTreeMap<&'static str, Entry>,
        data: &Data,
        order_from: Option<(&BTreeMap<&'static str, Entry>, &Data)>,
    ) {
        let defs = definitions(data);
        let mut shared = 0;
        for (name, def) in &defs {
            let entry = &registry[name.as_str()];
            let ordered_by = order_from.and_then(|(reg, d)| {
                let other = reg.get(name.as_str())?;
                (other.type_id == entry.type_id).then(|| definitions(d).remove(name).unwrap())
            });
            match ordered_by {
                Some(reference) => {
                    shared += 1;
                    assert_eq!(
                        set(entry.variants),
                        set(&def.values),
                        "{name}: values (shared)"
                    );
                    assert_eq!(
                        entry.variants,
                        reference.values.as_slice(),
                        "{name}: 2.0.1 order"
                    );
                }
                None => assert_eq!(
                    entry.variants,
                    def.values.as_slice(),
                    "{}: {name}",
                    data.version
                ),
            }
        }
        if order_from.is_none() {
            assert_eq!(shared, 0);
        }
    }

    /// Every value of every enum round-trips through `from_wire`, `as_str`,
    /// `Display`, `FromStr` and serde_json; unknown input is a `ParseError`
    /// naming the type.
    pub fn every_value_round_trips(registry: &BTreeMap<&'static str, Entry>, data: &Data) {
        let defs = definitions(data);
        let mut values = 0;
        for (name, entry) in registry {
            for wire in entry.variants {
                (entry.round_trip)(wire).unwrap_or_else(|e| panic!("{}: {e}", data.version));
                values += 1;
            }
            assert_eq!((entry.reject)("No such value!"), Some(*name), "{name}");
            assert_eq!((entry.reject)(""), Some(*name), "{name}");
        }
        let schema_values: usize = defs.values().map(|d| d.values.len()).sum();
        assert!(values > schema_values);
        // Schema enumerations compare exactly (JSON Schema `enum`).
        for (name, def) in &defs {
            let entry = &registry[name.as_str()];
            for wire in &def.values {
                for variant in [wire.to_ascii_lowercase(), wire.to_ascii_uppercase()] {
                    if !def.values.contains(&variant) {
                        assert_eq!(
                            (entry.parse)(&variant),
                            None,
                            "{name}: {variant:?} must be rejected"
                        );
                    }
                }
            }
        }
    }

    /// `Default` exactly where a schema definition gives one, with that value.
    pub fn defaults_exactly_where_the_schema_has_one(
        registry: &BTreeMap<&'static str, Entry>,
        data: &Data,
    ) {
        let defs = definitions(data);
        let mut with_default = 0;
        for (name, entry) in registry {
            let expected = defs.get(*name).and_then(|d| d.default.clone());
            with_default += usize::from(expected.is_some());
            assert_eq!(
                entry.default, expected,
                "{}: Default of {name}",
                data.version
            );
        }
        let in_data = defs.values().filter(|d| d.default.is_some()).count();
        assert!(in_data > 0);
        assert_eq!(with_default, in_data);
    }

    /// `Action` is the set of schema base names, sorted.
    pub fn action_is_the_schema_base_names(registry: &BTreeMap<&'static str, Entry>, data: &Data) {
        let files = strings(&data.actions["schema_files"]);
        let mut bases = BTreeSet::new();
        for file in &files {
            let base = file.strip_suffix(".json").expect("a .json file");
            let base = base
                .strip_suffix("Request")
                .or_else(|| base.strip_suffix("Response"))
                .unwrap_or(base);
            bases.insert(base.to_owned());
        }
        assert_eq!(data.actions["actions"].as_u64(), Some(bases.len() as u64));
        let expected: Vec<String> = bases.into_iter().collect();
        assert_eq!(
            registry["Action"].variants,
            expected.as_slice(),
            "{}",
            data.version
        );
    }

    /// `CallErrorCode` is the OCPP-J table, with the 1.6 spellings as aliases.
    pub fn call_error_codes(
        registry: &BTreeMap<&'static str, Entry>,
        codes: &[String],
        old: &[String],
    ) {
        let entry = &registry["CallErrorCode"];
        assert_eq!(entry.variants, codes);
        let only_16: Vec<&String> = old.iter().filter(|c| !codes.contains(c)).collect();
        assert_eq!(only_16.len(), 2, "{only_16:?}");
        for code in only_16 {
            let parsed = (entry.parse)(code).unwrap_or_else(|| panic!("1.6 spelling {code}"));
            assert_ne!(&parsed, code, "an alias is never sent");
            assert!(codes.contains(&parsed));
        }
    }

    /// An appendix vocabulary equals the data, in order.
    pub fn vocabulary(registry: &BTreeMap<&'static str, Entry>, name: &str, expected: &[String]) {
        let entry = &registry[name];
        assert_eq!(
            set(expected).len(),
            expected.len(),
            "{name}: a value twice in the data"
        );
        assert_eq!(entry.variants, expected, "{name}");
    }

    /// The enum ignores ASCII case, as its wire field does.
    pub fn case_insensitive(registry: &BTreeMap<&'static str, Entry>, name: &str) {
        let entry = &registry[name];
        for wire in entry.variants {
            for variant in [wire.to_ascii_lowercase(), wire.to_ascii_uppercase()] {
                assert_eq!(
                    (entry.parse)(&variant).as_deref(),
                    Some(*wire),
                    "{name}: {variant}"
                );
            }
        }
    }
}

mod v201 {
    use super::catalogue_support::{component_names, data_v201, v201::registry, variable_names};
    use super::*;
    use ocpp_enums::v201::ReasonCode;
    use ocpp_enums::OcppEnum;

    const EXTRAS: [&str; 7] = [
        "Action",
        "CallErrorCode",
        "ComponentName",
        "ReasonCode",
        "SecurityEvent",
        "UnitOfMeasure",
        "VariableName",
    ];

    #[test]
    fn registry_is_the_definitions_and_extras() {
        checks::registry_is_the_definitions_and_extras(&registry(), &data_v201(), &EXTRAS);
    }

    #[test]
    fn variants_equal_schema_values_in_order() {
        checks::variants_equal_schema_values(&registry(), &data_v201(), None);
    }

    #[test]
    fn every_value_round_trips() {
        checks::every_value_round_trips(&registry(), &data_v201());
    }

    #[test]
    fn defaults_exactly_where_the_schema_has_one() {
        checks::defaults_exactly_where_the_schema_has_one(&registry(), &data_v201());
    }

    #[test]
    fn action_is_the_schema_base_names() {
        checks::action_is_the_schema_base_names(&registry(), &data_v201());
    }

    #[test]
    fn call_error_codes() {
        let data = data_v201();
        checks::call_error_codes(
            &registry(),
            &strings(&data.rpc["callerror_codes"]),
            &strings(&data.rpc["callerror_codes_1_6"]),
        );
    }

    #[test]
    fn appendix_vocabularies_equal_the_appendices_after_errata() {
        let data = data_v201();
        let reg = registry();
        let a = &data.appendix;
        checks::vocabulary(&reg, "SecurityEvent", &strings(&a["security_events"]));
        checks::vocabulary(&reg, "UnitOfMeasure", &strings(&a["units_of_measure"]));
        checks::vocabulary(&reg, "ComponentName", &component_names(a));
        checks::vocabulary(&reg, "VariableName", &variable_names(a));
        let codes = a["reason_codes"].as_array().unwrap();
        let errata: Vec<String> = codes
            .iter()
            .map(|c| c["errata_2023_12"].as_str().unwrap().to_owned())
            .collect();
        checks::vocabulary(&reg, "ReasonCode", &errata);
        let mut renamed = 0;
        for c in codes {
            let (old, new) = (
                c["v1_3"].as_str().unwrap(),
                c["errata_2023_12"].as_str().unwrap(),
            );
            assert!(new.len() <= 20, "{new} exceeds StatusInfoType.reasonCode");
            assert_eq!(ReasonCode::from_wire(old).map(|r| r.as_str()), Some(new));
            renamed += usize::from(old != new);
        }
        assert_eq!(renamed, 2);
        for name in ["ComponentName", "VariableName", "ReasonCode"] {
            checks::case_insensitive(&reg, name);
        }
    }
}

mod v21 {
    use super::catalogue_support::{
        component_names, data_v201, data_v21, v201, v21::registry, variable_names,
    };
    use super::*;

    const EXTRAS: [&str; 14] = [
        "Action",
        "AdditionalInfoKind",
        "CallErrorCode",
        "ChargingLimitSourceEnumStringType",
        "ComponentName",
        "ConnectorEnumStringType",
        "IdTokenEnumStringType",
        "PaymentBrand",
        "PaymentRecognition",
        "ReasonCode",
        "SecurityEvent",
        "SigningMethodEnumStringType",
        "UnitOfMeasure",
        "VariableName",
    ];

    #[test]
    fn registry_is_the_definitions_and_extras() {
        checks::registry_is_the_definitions_and_extras(&registry(), &data_v21(), &EXTRAS);
    }

    #[test]
    fn variants_equal_schema_values_shared_ones_in_2_0_1_order() {
        let v201 = v201::registry();
        checks::variants_equal_schema_values(&registry(), &data_v21(), Some((&v201, &data_v201())));
    }

    #[test]
    fn every_value_round_trips() {
        checks::every_value_round_trips(&registry(), &data_v21());
    }

    #[test]
    fn defaults_exactly_where_the_schema_has_one() {
        checks::defaults_exactly_where_the_schema_has_one(&registry(), &data_v21());
    }

    #[test]
    fn action_is_the_schema_base_names_with_the_send_message() {
        let data = data_v21();
        checks::action_is_the_schema_base_names(&registry(), &data);
        let files = strings(&data.actions["schema_files"]);
        let send: Vec<&String> = files
            .iter()
            .filter(|f| !f.ends_with("Request.json") && !f.ends_with("Response.json"))
            .collect();
        assert_eq!(send.len(), 1);
        let base = send[0].strip_suffix(".json").unwrap();
        assert!(registry()["Action"].variants.contains(&base));
    }

    #[test]
    fn call_error_codes() {
        let data = data_v21();
        let old = strings(&data_v201().rpc["callerror_codes_1_6"]);
        checks::call_error_codes(&registry(), &strings(&data.rpc["rpc_error_codes"]), &old);
    }

    #[test]
    fn appendix_vocabularies_equal_the_appendix() {
        let data = data_v21();
        let reg = registry();
        let a = &data.appendix;
        checks::vocabulary(&reg, "SecurityEvent", &strings(&a["security_events"]));
        checks::vocabulary(&reg, "UnitOfMeasure", &strings(&a["units_of_measure"]));
        checks::vocabulary(&reg, "ReasonCode", &strings(&a["reason_codes"]));
        checks::vocabulary(&reg, "ComponentName", &component_names(a));
        checks::vocabulary(&reg, "VariableName", &variable_names(a));
        checks::vocabulary(&reg, "PaymentBrand", &strings(&a["payment_brands"]));
        checks::vocabulary(
            &reg,
            "PaymentRecognition",
            &strings(&a["payment_recognitions"]),
        );
        checks::vocabulary(
            &reg,
            "AdditionalInfoKind",
            &strings(&a["additional_info_types"]),
        );
        let tables = a["enum_string_types"].as_object().unwrap();
        assert_eq!(tables.len(), 4);
        for (name, values) in tables {
            checks::vocabulary(&reg, name, &strings(values));
        }
        for name in ["ComponentName", "VariableName", "ReasonCode"] {
            checks::case_insensitive(&reg, name);
        }
    }
}

#[test]
fn subprotocols_are_the_ocpp_j_names() {
    use ocpp_enums::{OcppEnum, Subprotocol};
    let table = &catalogue_support::data_v21().rpc["websocket_subprotocols"];
    let by_version: BTreeMap<&str, &str> = table
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ocpp_version"].as_str().unwrap(),
                r["subprotocol"].as_str().unwrap(),
            )
        })
        .collect();
    let expected: Vec<&str> = ["1.6", "2.0.1", "2.1"]
        .iter()
        .map(|v| by_version[v])
        .collect();
    assert_eq!(Subprotocol::VARIANTS, expected.as_slice());
    let v201 = &catalogue_support::data_v201().rpc["websocket_subprotocols"];
    for r in v201.as_array().unwrap() {
        assert_eq!(
            Some(&r["subprotocol"].as_str().unwrap()),
            by_version.get(r["ocpp_version"].as_str().unwrap())
        );
    }
    for wire in Subprotocol::VARIANTS {
        assert_eq!(
            Subprotocol::from_wire(wire).map(|s| s.as_str()),
            Some(*wire)
        );
        assert_eq!(Subprotocol::from_wire(&wire.to_ascii_uppercase()), None);
    }
}
