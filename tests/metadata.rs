//! Checks the metadata tables of `ocpp_enums::v16`, `v201` and `v21` against
//! the reference data copied into `tests/data/{v16,v201,v21}/metadata.json`
//! by `tools/gen_catalogue.py` (with `tools/gen_metadata.py`): every entry of
//! every table, with counts taken from the data. Then `check_value` of the
//! OCPP 1.6 configuration keys, with accepted and rejected values for every
//! value type and every list vocabulary.

use std::collections::{BTreeMap, BTreeSet};

use ocpp_enums::{Initiator, OcppEnum};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("test data is JSON")
}

fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

fn opt_str(v: &Value) -> Option<&str> {
    v.as_str()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| str_of(s).to_owned())
        .collect()
}

fn array(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

fn count(v: &Value) -> usize {
    v.as_u64().unwrap_or_else(|| panic!("not a count: {v}")) as usize
}

/// Names in first-seen order, each once.
fn unique(names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.contains(n) {
            out.push(n.clone());
        }
    }
    out
}

fn tally<K: Ord, I: IntoIterator<Item = K>>(items: I) -> BTreeMap<K, usize> {
    let mut map = BTreeMap::new();
    for k in items {
        *map.entry(k).or_insert(0) += 1;
    }
    map
}

/// A `{"name": count}` object of the data.
fn counts(v: &Value) -> BTreeMap<String, usize> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .iter()
        .map(|(k, n)| (k.clone(), count(n)))
        .collect()
}

mod v16 {
    use super::*;
    use ocpp_enums::v16::{
        Accessibility, Action, ConfigurationKey, FeatureProfile, FileTransferProtocol, Measurand,
        PhaseRotation, ValueType,
    };

    fn data() -> Value {
        json(include_str!("data/v16/metadata.json"))
    }

    fn key(name: &str) -> ConfigurationKey {
        let k = ConfigurationKey::from_wire(name).unwrap_or_else(|| panic!("no key {name}"));
        assert_eq!(k.as_str(), name, "the data spells keys canonically");
        k
    }

    /// The data's initiator names (the 1.6 terms).
    fn initiator(name: &str) -> Initiator {
        match name {
            "ChargePoint" => Initiator::ChargingStation,
            "CentralSystem" => Initiator::Csms,
            "Both" => Initiator::Both,
            other => panic!("unknown initiator {other}"),
        }
    }

    #[test]
    fn every_action_has_the_initiator_and_profile_of_the_data() {
        let d = data();
        let rows = array(&d["actions"]);
        assert_eq!(rows.len(), Action::COUNT);
        assert_eq!(rows.len(), count(&d["action_counts"]["total"]));
        let mut seen = BTreeSet::new();
        for r in rows {
            let name = str_of(&r["action"]);
            let a = Action::from_wire(name).unwrap_or_else(|| panic!("no action {name}"));
            assert!(seen.insert(a), "{name} twice");
            assert_eq!(
                a.initiator(),
                initiator(str_of(&r["initiator"])),
                "{name}: initiator"
            );
            let profile = opt_str(&r["profile"])
                .map(|p| FeatureProfile::from_wire(p).unwrap_or_else(|| panic!("profile {p}")));
            assert_eq!(a.feature_profile(), profile, "{name}: profile");
        }
        // The counts the data states: initiators and profiles.
        let by_initiator = tally(Action::iter().map(|a| a.initiator()));
        for (name, n) in counts(&d["action_counts"]["by_initiator"]) {
            assert_eq!(by_initiator[&initiator(&name)], n, "{name}");
        }
        let by_profile = tally(Action::iter().map(|a| {
            a.feature_profile()
                .map_or("None", |p| p.as_str())
                .to_owned()
        }));
        assert_eq!(by_profile, counts(&d["action_counts"]["by_profile"]));
    }

    #[test]
    fn every_key_has_the_metadata_of_the_data() {
        let d = data();
        let rows = array(&d["configuration_keys"]);
        assert_eq!(rows.len(), ConfigurationKey::COUNT);
        assert_eq!(rows.len(), count(&d["key_counts"]["total"]));
        let mut seen = BTreeSet::new();
        for r in rows {
            let name = str_of(&r["key"]);
            let k = key(name);
            assert!(seen.insert(k), "{name} twice");
            // Profile: the data's labels for the whitepaper and the
            // application note ("Security", "ISO15118PnC") are no profiles.
            let profile = str_of(&r["profile"]);
            assert_eq!(
                k.feature_profile(),
                FeatureProfile::from_wire(profile),
                "{name}: profile {profile}"
            );
            let required = str_of(&r["required"]);
            assert!(matches!(required, "required" | "optional"), "{name}");
            assert_eq!(k.is_required(), required == "required", "{name}: required");
            if !r["required_condition"].is_null() {
                assert!(!k.is_required(), "{name}: conditionally required");
            }
            let mut access = strings(&r["accessibility_values"]);
            access.sort();
            let access: Vec<&str> = access.iter().map(String::as_str).collect();
            let expected = match access.as_slice() {
                ["R"] => Accessibility::ReadOnly,
                ["RW"] => Accessibility::ReadWrite,
                ["W"] => Accessibility::WriteOnly,
                ["R", "RW"] => Accessibility::ReadOnlyOrReadWrite,
                other => panic!("{name}: accessibility {other:?}"),
            };
            assert_eq!(k.accessibility(), expected, "{name}: accessibility");
            let ty = match str_of(&r["type"]) {
                "boolean" => ValueType::Boolean,
                "integer" => ValueType::Integer,
                "CSL" => ValueType::Csl,
                "string" => ValueType::String,
                other => panic!("{name}: type {other}"),
            };
            assert_eq!(k.value_type(), ty, "{name}: type");
            assert_eq!(k.unit(), opt_str(&r["unit"]), "{name}: unit");
            assert_eq!(
                k.max_length_key(),
                opt_str(&r["max_length_key"]).map(key),
                "{name}: max-length key"
            );
        }
        let by_profile = tally(rows.iter().map(|r| str_of(&r["profile"]).to_owned()));
        assert_eq!(by_profile, counts(&d["key_counts"]["by_profile"]));
    }

    /// The vocabularies of the list keys are the data's allowed values.
    #[test]
    fn list_vocabularies_are_the_data() {
        let d = data();
        let v = &d["vocabularies"];
        assert_eq!(
            FeatureProfile::VARIANTS,
            strings(&v["SupportedFeatureProfiles"])
        );
        assert_eq!(
            PhaseRotation::VARIANTS,
            strings(&v["ConnectorPhaseRotation"])
        );
        assert_eq!(
            FileTransferProtocol::VARIANTS,
            strings(&v["SupportedFileTransferProtocols"])
        );
        for r in array(&d["configuration_keys"]) {
            let name = str_of(&r["key"]);
            if let Some(allowed) = r["allowed_values"].as_array() {
                assert!(!allowed.is_empty(), "{name}");
                assert_eq!(key(name).value_type(), ValueType::Csl, "{name}");
                let allowed: Vec<String> = allowed.iter().map(|a| str_of(a).to_owned()).collect();
                if let Some(vocab) = v.get(name) {
                    assert_eq!(allowed, strings(vocab), "{name}");
                }
            }
        }
    }

    fn keys_of(ty: ValueType) -> Vec<ConfigurationKey> {
        ConfigurationKey::iter()
            .filter(|k| k.value_type() == ty)
            .collect()
    }

    fn accepts(k: ConfigurationKey, value: &str) {
        if let Err(e) = k.check_value(value) {
            panic!("{k:?} rejects {value:?}: {e}");
        }
    }

    /// Rejects `value`, naming `item` as the offending text.
    fn rejects(k: ConfigurationKey, value: &str, item: &str) {
        match k.check_value(value) {
            Ok(()) => panic!("{k:?} accepts {value:?}"),
            Err(e) => {
                assert_eq!(e.key(), k);
                assert_eq!(e.value_type(), k.value_type());
                assert_eq!(e.item(), item, "{k:?}: {value:?}");
                let msg = e.to_string();
                assert!(msg.contains(k.as_str()), "{msg}");
                assert!(msg.contains(e.expected()), "{msg}");
                assert!(
                    msg.contains(&format!("{item:?}")) || item.is_empty(),
                    "{msg}"
                );
                let _: &dyn std::error::Error = &e;
            }
        }
    }

    #[test]
    fn booleans() {
        let keys = keys_of(ValueType::Boolean);
        let d = data();
        let in_data = array(&d["configuration_keys"])
            .iter()
            .filter(|r| str_of(&r["type"]) == "boolean")
            .count();
        assert_eq!(keys.len(), in_data);
        for k in keys {
            for ok in ["true", "false", "TRUE", "False", "tRuE"] {
                accepts(k, ok);
            }
            for bad in ["", "yes", "no", "1", "0", " true", "false ", "truee", "t"] {
                rejects(k, bad, bad);
            }
        }
        let err = ConfigurationKey::LocalPreAuthorize
            .check_value("yes")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid value "yes" for LocalPreAuthorize (boolean): expected "true" or "false""#
        );
    }

    #[test]
    fn integers() {
        let keys = keys_of(ValueType::Integer);
        assert!(!keys.is_empty());
        let max = i64::MAX.to_string();
        let min = i64::MIN.to_string();
        for k in keys {
            for ok in ["0", "300", "-1", "+5", "007", max.as_str(), min.as_str()] {
                accepts(k, ok);
            }
            for bad in [
                "",
                " 1",
                "1 ",
                "1.5",
                "1e3",
                "0x10",
                "five",
                "9223372036854775808",
                "1,2",
                "-",
            ] {
                rejects(k, bad, bad);
            }
        }
        let err = ConfigurationKey::HeartbeatInterval
            .check_value("5 min")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid value "5 min" for HeartbeatInterval (integer): expected a decimal integer (i64)"#
        );
    }

    #[test]
    fn strings_accept_anything() {
        let keys = keys_of(ValueType::String);
        assert!(!keys.is_empty());
        for k in keys {
            for ok in [
                "",
                " ",
                "x",
                "0011223344556677889900aabbccddeeff",
                "a,,b",
                "ü",
            ] {
                accepts(k, ok);
            }
        }
    }

    /// What every CSL list rejects, whatever its vocabulary.
    fn rejects_malformed_lists(k: ConfigurationKey, good: &str) {
        rejects(k, &format!("{good},"), "");
        rejects(k, &format!(",{good}"), "");
        rejects(k, &format!("{good},,{good}"), "");
        rejects(k, " ", "");
        rejects(k, &format!("{good}, ,{good}"), "");
        rejects(k, "No such item!", "No such item!");
        rejects(k, &format!("{good},No such item!"), "No such item!");
        // Only ASCII spaces are trimmed.
        rejects(k, &format!("\t{good}"), &format!("\t{good}"));
    }

    /// Accepts each value alone, all of them as one list (`,` and `, `),
    /// and the empty list.
    fn accepts_lists(k: ConfigurationKey, values: &[&str]) {
        for v in values {
            accepts(k, v);
            accepts(k, &format!("  {v} "));
        }
        accepts(k, &values.join(","));
        accepts(k, &values.join(" , "));
        accepts(k, "");
    }

    fn rejects_other_case(k: ConfigurationKey, values: &[&str]) {
        for v in values {
            for other in [v.to_ascii_lowercase(), v.to_ascii_uppercase()] {
                if !values.contains(&other.as_str()) {
                    rejects(k, &other, &other);
                }
            }
        }
    }

    /// The four measurand keys take `Measurand` values (the specification's
    /// descriptions; the data has no allowed values for them).
    #[test]
    fn measurand_lists() {
        let keys = [
            ConfigurationKey::MeterValuesAlignedData,
            ConfigurationKey::MeterValuesSampledData,
            ConfigurationKey::StopTxnAlignedData,
            ConfigurationKey::StopTxnSampledData,
        ];
        let d = data();
        for k in keys {
            let row = array(&d["configuration_keys"])
                .iter()
                .find(|r| str_of(&r["key"]) == k.as_str())
                .unwrap();
            assert!(row["allowed_values"].is_null(), "{k:?}");
            assert_eq!(k.value_type(), ValueType::Csl);
            accepts_lists(k, Measurand::VARIANTS);
            rejects_malformed_lists(k, "SoC");
            rejects_other_case(k, Measurand::VARIANTS);
            rejects(k, "Energy.Active.Import", "Energy.Active.Import");
            rejects(k, "SoC,Hertz", "Hertz");
        }
        let err = ConfigurationKey::StopTxnSampledData
            .check_value("SoC,,Voltage")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "empty item in the value of StopTxnSampledData (CSL): expected a Measurand \
             (such as \"Energy.Active.Import.Register\")"
        );
    }

    /// The keys whose allowed values the data lists accept exactly those.
    #[test]
    fn lists_of_allowed_values() {
        let d = data();
        let mut checked = 0;
        let with_allowed = array(&d["configuration_keys"])
            .iter()
            .filter(|r| r["allowed_values"].is_array())
            .count();
        for r in array(&d["configuration_keys"]) {
            let Some(allowed) = r["allowed_values"].as_array() else {
                continue;
            };
            let k = key(str_of(&r["key"]));
            let allowed: Vec<&str> = allowed.iter().map(str_of).collect();
            if k == ConfigurationKey::ConnectorPhaseRotation {
                continue; // `<connector>.<rotation>`: below
            }
            accepts_lists(k, &allowed);
            rejects_malformed_lists(k, allowed[0]);
            rejects_other_case(k, &allowed);
            checked += 1;
        }
        // SupportedFeatureProfiles, SupportedFileTransferProtocols and
        // ChargingScheduleAllowedChargingRateUnit; ConnectorPhaseRotation below.
        assert_eq!(checked, with_allowed - 1);
        let k = ConfigurationKey::SupportedFeatureProfiles;
        rejects(k, "Core,Security", "Security");
        let k = ConfigurationKey::SupportedFileTransferProtocols;
        rejects(k, "HTTPS,SFTP", "SFTP");
        let k = ConfigurationKey::ChargingScheduleAllowedChargingRateUnit;
        // Erratum 3.86: `Current`/`Power`, not the charging rate units A/W.
        rejects(k, "A", "A");
        rejects(k, "Current,W", "W");
        let err = k.check_value("Amps").unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid item "Amps" in the value of ChargingScheduleAllowedChargingRateUnit (CSL): expected "Current" or "Power""#
        );
    }

    #[test]
    fn connector_phase_rotation() {
        let k = ConfigurationKey::ConnectorPhaseRotation;
        let d = data();
        let rotations = strings(&d["vocabularies"]["ConnectorPhaseRotation"]);
        let items: Vec<String> = rotations
            .iter()
            .enumerate()
            .map(|(i, r)| format!("{i}.{r}"))
            .collect();
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        accepts_lists(k, &items);
        accepts(k, "0.RST, 1.RST, 2.RTS");
        accepts(k, "10.Unknown");
        rejects_malformed_lists(k, "1.RST");
        for r in &rotations {
            rejects(k, r, r); // no connector
            let lower = format!("1.{}", r.to_ascii_lowercase());
            rejects(k, &lower, &lower);
        }
        for bad in [
            ".RST", "a.RST", "-1.RST", "+1.RST", "1.", "1", "1-RST", "1.RST.2", "1. RST",
        ] {
            rejects(k, bad, bad);
        }
        rejects(k, "0.RST,1.XYZ", "1.XYZ");
    }

    /// Every CSL key has a vocabulary: none accepts an arbitrary item.
    #[test]
    fn every_list_key_has_a_vocabulary() {
        let keys = keys_of(ValueType::Csl);
        let d = data();
        let in_data = array(&d["configuration_keys"])
            .iter()
            .filter(|r| str_of(&r["type"]) == "CSL")
            .count();
        assert_eq!(keys.len(), in_data);
        for k in keys {
            rejects(k, "Foo", "Foo");
            accepts(k, "");
        }
    }
}

/// The device-model and security-event checks, written once and run for
/// `v201` and `v21`.
macro_rules! appendix_checks {
    ($version:ident, $file:literal, $critical:literal) => {
        mod $version {
            use super::*;
            use ocpp_enums::$version::{
                ComponentName, DataEnumType, SecurityEvent, UnitOfMeasure, VariableName,
            };

            pub fn data() -> Value {
                json(include_str!($file))
            }

            #[test]
            fn security_events_are_critical_as_the_appendix_says() {
                let d = data();
                let rows = array(&d["security_events"]);
                assert_eq!(rows.len(), SecurityEvent::COUNT);
                assert_eq!(
                    rows.len(),
                    count(&d["security_event_counts"]["security_events"])
                );
                for r in rows {
                    let name = str_of(&r["name"]);
                    let e = SecurityEvent::from_wire(name).unwrap();
                    let flag = str_of(&r[$critical]);
                    assert!(matches!(flag, "Yes" | "No"), "{name}: {flag}");
                    assert_eq!(e.is_critical(), flag == "Yes", "{name}");
                }
                let critical = SecurityEvent::iter().filter(|e| e.is_critical()).count();
                let key = if $critical == "critical" {
                    "security_events_critical_yes"
                } else {
                    "security_events_critical_after_errata"
                };
                assert_eq!(critical, count(&d["security_event_counts"][key]));
            }

            #[test]
            fn components_have_the_variables_of_their_section() {
                let d = data();
                let sections = array(&d["components"]);
                let summary_only = array(&d["summary_only"]);
                assert_eq!(sections.len() + summary_only.len(), ComponentName::COUNT);
                let mut seen = BTreeSet::new();
                for s in sections {
                    let name = str_of(&s["name"]);
                    let c = ComponentName::from_wire(name).unwrap();
                    assert_eq!(c.as_str(), name);
                    assert!(seen.insert(c), "{name} twice");
                    let got: Vec<&str> = c.variables().iter().map(|v| v.as_str()).collect();
                    let raw = strings(&s["variables"]);
                    assert!(!raw.is_empty(), "{name}: no variables in the data");
                    assert_eq!(got, unique(&raw), "{name}");
                    assert_eq!(
                        c.is_controller(),
                        str_of(&s["kind"]) == "controller",
                        "{name}"
                    );
                }
                for s in summary_only {
                    let name = str_of(&s["name"]);
                    let c = ComponentName::from_wire(name).unwrap();
                    assert!(seen.insert(c), "{name} twice");
                    assert!(c.variables().is_empty(), "{name}");
                    assert_eq!(
                        c.is_controller(),
                        str_of(&s["kind"]) == "controller",
                        "{name}"
                    );
                }
                assert_eq!(seen.len(), ComponentName::COUNT);
                for c in ComponentName::iter() {
                    // Controllers are the `…Ctrlr` components.
                    assert_eq!(c.is_controller(), c.as_str().ends_with("Ctrlr"), "{c:?}");
                }
            }

            /// The appendix's spelling of a data type, mapped onto the
            /// schema's value: exactly, else ignoring ASCII case.
            fn data_type(spelling: &str) -> DataEnumType {
                DataEnumType::from_wire(spelling)
                    .or_else(|| {
                        let folded: Vec<DataEnumType> = DataEnumType::iter()
                            .filter(|t| t.as_str().eq_ignore_ascii_case(spelling))
                            .collect();
                        (folded.len() == 1).then(|| folded[0])
                    })
                    .unwrap_or_else(|| panic!("data type {spelling}"))
            }

            #[test]
            fn standardized_variables_have_the_type_and_unit_of_appendix_4() {
                let d = data();
                let rows = array(&d["standardized_variables"]);
                let mut first: BTreeMap<&str, &Value> = BTreeMap::new();
                for r in rows {
                    let name = str_of(&r["name"]);
                    if let Some(earlier) = first.get(name) {
                        // A name listed twice: the same units; the first row's type.
                        assert_eq!(earlier["unit"], r["unit"], "{name}");
                        continue;
                    }
                    first.insert(name, r);
                }
                for (name, r) in &first {
                    let v = VariableName::from_wire(name).unwrap();
                    assert_eq!(v.as_str(), *name);
                    let expected = opt_str(&r["data_type"]).map(data_type);
                    assert_eq!(v.data_type(), expected, "{name}: data type");
                    let units: Vec<UnitOfMeasure> = opt_str(&r["unit"])
                        .map(|u| {
                            u.split(',')
                                .map(|u| {
                                    UnitOfMeasure::from_wire(u.trim())
                                        .unwrap_or_else(|| panic!("{name}: unit {u}"))
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    assert_eq!(v.units(), units.as_slice(), "{name}: units");
                    let one = if units.len() == 1 {
                        Some(units[0])
                    } else {
                        None
                    };
                    assert_eq!(v.unit(), one, "{name}: unit");
                }
                for v in VariableName::iter() {
                    if !first.contains_key(v.as_str()) {
                        assert_eq!(v.data_type(), None, "{v:?}");
                        assert_eq!(v.unit(), None, "{v:?}");
                        assert!(v.units().is_empty(), "{v:?}");
                    }
                }
            }
        }
    };
}

appendix_checks!(
    v201,
    "data/v201/metadata.json",
    "critical_after_errata_2023_12"
);
appendix_checks!(v21, "data/v21/metadata.json", "critical");

mod v201_actions {
    use super::v201::data;
    use super::*;
    use ocpp_enums::v201::{Action, FunctionalBlock};

    pub fn direction(d: &str) -> Initiator {
        match d {
            "CS->CSMS" => Initiator::ChargingStation,
            "CSMS->CS" => Initiator::Csms,
            "both" => Initiator::Both,
            other => panic!("direction {other}"),
        }
    }

    #[test]
    fn functional_blocks_are_part_0() {
        let d = data();
        let blocks = d["functional_blocks"].as_object().unwrap();
        assert_eq!(blocks.len(), FunctionalBlock::ALL.len());
        for (b, (letter, title)) in FunctionalBlock::ALL.iter().zip(blocks) {
            assert_eq!(b.letter().to_string(), *letter);
            assert_eq!(b.title(), str_of(title));
        }
        let mut sorted = FunctionalBlock::ALL;
        sorted.sort();
        assert_eq!(sorted, FunctionalBlock::ALL, "declared in letter order");
    }

    #[test]
    fn every_action_has_the_direction_and_block_of_the_data() {
        let d = data();
        let rows = array(&d["actions"]);
        assert_eq!(rows.len(), Action::COUNT);
        assert_eq!(rows.len(), count(&d["action_counts"]["actions"]));
        for r in rows {
            let name = str_of(&r["action"]);
            let a = Action::from_wire(name).unwrap();
            assert_eq!(a.initiator(), direction(str_of(&r["direction"])), "{name}");
            let block = a.functional_block();
            assert_eq!(
                block.letter().to_string(),
                str_of(&r["functional_block"]),
                "{name}"
            );
            assert_eq!(
                block.title(),
                str_of(&r["functional_block_title"]),
                "{name}"
            );
        }
        let by_direction = tally(Action::iter().map(|a| a.initiator()));
        for (dir, n) in counts(&d["action_counts"]["by_direction"]) {
            assert_eq!(by_direction[&direction(&dir)], n, "{dir}");
        }
        let by_block = tally(Action::iter().map(|a| a.functional_block().letter().to_string()));
        assert_eq!(by_block, counts(&d["action_counts"]["by_block"]));
        let confirmed = rows
            .iter()
            .filter(|r| r["direction_confirmed_by_oca_part6"].as_bool().unwrap())
            .count();
        assert_eq!(
            confirmed,
            count(&d["action_counts"]["direction_confirmed_by_OCA_part6"])
        );
    }
}

mod v21_actions {
    use super::v21::data;
    use super::*;
    use ocpp_enums::v21::Action;

    fn direction(d: &str) -> Initiator {
        match d {
            "ChargingStation->CSMS" => Initiator::ChargingStation,
            "CSMS->ChargingStation" => Initiator::Csms,
            "both" => Initiator::Both,
            other => panic!("direction {other}"),
        }
    }

    #[test]
    fn every_action_has_the_direction_of_the_data() {
        let d = data();
        let rows = array(&d["actions"]);
        assert_eq!(rows.len(), Action::COUNT);
        assert_eq!(
            rows.len(),
            count(&d["action_counts"]["actions_from_schema_files"])
        );
        let mut unresolved = Vec::new();
        let mut new = 0;
        for r in rows {
            let name = str_of(&r["action"]);
            let a = Action::from_wire(name).unwrap();
            let old = ocpp_enums::v201::Action::from_wire(name);
            assert_eq!(old.is_some(), r["in_2_0_1_schemas"].as_bool().unwrap());
            // The messages 2.0.1 has keep their 2.0.1 direction.
            if let Some(old) = old {
                assert_eq!(a.initiator(), old.initiator(), "{name}");
                assert_eq!(Action::from(old), a);
            } else {
                new += 1;
            }
            match opt_str(&r["direction_request_sender"]) {
                Some(dir) => assert_eq!(a.initiator(), direction(dir), "{name}"),
                None => unresolved.push(a),
            }
        }
        assert_eq!(new, count(&d["action_counts"]["new_in_2_1"]));
        let expected: Vec<String> = strings(&d["action_counts"]["direction_unresolved"]);
        let got: Vec<&str> = unresolved.iter().map(|a| a.as_str()).collect();
        assert_eq!(got, expected);
        // The one decision of the crate (see `v21::Action::initiator`): the
        // CSMS sends `RequestBatterySwap`, which `BatterySwap` answers.
        assert_eq!(unresolved, [Action::RequestBatterySwap]);
        assert_eq!(Action::RequestBatterySwap.initiator(), Initiator::Csms);
        assert_eq!(Action::BatterySwap.initiator(), Initiator::ChargingStation);

        let by = tally(Action::iter().map(|a| a.initiator()));
        let c = &d["action_counts"];
        assert_eq!(
            by[&Initiator::ChargingStation],
            count(&c["direction_CS_to_CSMS"])
        );
        assert_eq!(
            by[&Initiator::Csms],
            count(&c["direction_CSMS_to_CS"]) + unresolved.len()
        );
        let both: Vec<&str> = Action::iter()
            .filter(|a| a.initiator() == Initiator::Both)
            .map(|a| a.as_str())
            .collect();
        assert_eq!(both, strings(&c["direction_both"]));
    }
}

#[test]
fn initiator_helpers() {
    assert!(Initiator::ChargingStation.charging_station_sends());
    assert!(!Initiator::ChargingStation.csms_sends());
    assert!(Initiator::Csms.csms_sends());
    assert!(!Initiator::Csms.charging_station_sends());
    assert!(Initiator::Both.csms_sends() && Initiator::Both.charging_station_sends());
}

/// `EnumInfo::initiator` is each version's `Action::initiator`, found
/// through the registry alone; every other enumeration has none.
#[test]
fn initiators_are_reachable_through_enum_info() {
    fn check<A: OcppEnum + Copy>(registry: &[ocpp_enums::EnumInfo], initiator: fn(A) -> Initiator) {
        let with: Vec<_> = registry.iter().filter(|e| e.has_initiator()).collect();
        assert_eq!(with.len(), 1, "one enumeration of messages per registry");
        let info = with[0];
        assert_eq!(info.name(), A::NAME);
        assert_eq!(info.variants(), A::VARIANTS);
        for (i, a) in A::ALL.iter().enumerate() {
            assert_eq!(info.initiator(i), Some(initiator(*a)), "{}", a.as_str());
        }
        assert_eq!(info.initiator(A::COUNT), None);
        for other in registry.iter().filter(|e| !e.has_initiator()) {
            assert_eq!(other.initiator(0), None, "{}", other.name());
        }
    }
    check(ocpp_enums::v16::ENUMS, ocpp_enums::v16::Action::initiator);
    check(ocpp_enums::v201::ENUMS, ocpp_enums::v201::Action::initiator);
    check(ocpp_enums::v21::ENUMS, ocpp_enums::v21::Action::initiator);
}
