//! Round trips every variant of every `ocpp_enums::v16` enum through each
//! conversion the derive generates, serde and `Open`, and checks the
//! documented defaults, aliases and case rules.

use std::collections::{BTreeSet, HashSet};
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use ocpp_enums::v16::*;
use ocpp_enums::{OcppEnum, Open, ParseError};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Every bound the generated code promises.
trait Wire:
    OcppEnum
    + Debug
    + Copy
    + Eq
    + Hash
    + Ord
    + Display
    + FromStr<Err = ParseError>
    + for<'a> TryFrom<&'a str, Error = ParseError>
    + AsRef<str>
    + Into<&'static str>
    + Serialize
    + DeserializeOwned
{
}

impl<E> Wire for E where
    E: OcppEnum
        + Debug
        + Copy
        + Eq
        + Hash
        + Ord
        + Display
        + FromStr<Err = ParseError>
        + for<'a> TryFrom<&'a str, Error = ParseError>
        + AsRef<str>
        + Into<&'static str>
        + Serialize
        + DeserializeOwned
{
}

/// Checks every variant of `E`; `case_insensitive` is whether `from_wire`
/// should ignore ASCII case.
fn roundtrip<E: Wire>(case_insensitive: bool) {
    let name = E::NAME;
    assert_eq!(E::ALL.len(), E::COUNT, "{name}");
    assert_eq!(E::VARIANTS.len(), E::COUNT, "{name}");
    assert!(E::COUNT > 0, "{name}");
    assert_eq!(E::ASCII_CASE_INSENSITIVE, case_insensitive, "{name}");
    assert_eq!(E::iter().count(), E::COUNT, "{name}");
    assert_eq!(E::iter().collect::<HashSet<_>>().len(), E::COUNT, "{name}");
    assert_eq!(
        E::VARIANTS.iter().collect::<BTreeSet<_>>().len(),
        E::COUNT,
        "{name}: duplicate wire strings"
    );
    assert!(
        E::ALL.windows(2).all(|w| w[0] < w[1]),
        "{name}: Ord follows declaration order"
    );

    for (i, v) in E::iter().enumerate() {
        let wire = E::VARIANTS[i];
        assert_eq!(E::ALL[i], v);
        assert_eq!(v.as_str(), wire, "{name}::{v:?}");
        assert_eq!(v.to_string(), wire);
        assert_eq!(format!("{v}"), wire);
        assert_eq!(v.as_ref(), wire);
        let s: &'static str = v.into();
        assert_eq!(s, wire);
        assert_eq!(wire.parse::<E>(), Ok(v));
        assert_eq!(E::try_from(wire), Ok(v));
        assert_eq!(E::from_wire(wire), Some(v));
        assert!(E::is_valid(wire));

        // Case: exact unless the enum says otherwise; the lenient lookup
        // always finds it.
        for other in [wire.to_ascii_lowercase(), wire.to_ascii_uppercase()] {
            assert_eq!(
                E::from_wire_ignore_ascii_case(&other),
                Some(v),
                "{name}: {other}"
            );
            if other != wire {
                let expected = case_insensitive.then_some(v);
                assert_eq!(E::from_wire(&other), expected, "{name}: {other}");
                assert_eq!(other.parse::<E>().ok(), expected, "{name}: {other}");
            }
        }

        // serde: the wire string, both ways.
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, format!("\"{wire}\""));
        assert_eq!(serde_json::from_str::<E>(&json).unwrap(), v);

        // Open: canonical strings are Known, both ways.
        let open = Open::<E>::new(wire);
        assert_eq!(open, Open::Known(v));
        assert!(open.is_known());
        assert_eq!(open.as_str(), wire);
        assert_eq!(open.resolve(), Some(v));
        assert_eq!(wire.parse::<Open<E>>().unwrap(), Open::Known(v));
        assert_eq!(serde_json::to_string(&open).unwrap(), json);
        assert_eq!(
            serde_json::from_str::<Open<E>>(&json).unwrap(),
            Open::Known(v)
        );
        assert_eq!(Open::from(v), Open::Known(v));
    }

    // Text that names no variant.
    for bad in ["", "NoSuchValue", " Accepted", "Accepted "] {
        if E::is_valid(bad) {
            continue; // "Accepted" is valid without the spaces, never with them
        }
        let err = bad.parse::<E>().unwrap_err();
        assert_eq!(err.enum_name(), name);
        assert_eq!(err.input(), bad);
        assert_eq!(err.expected(), E::VARIANTS);
        assert!(
            err.to_string().starts_with(&format!("unknown {name} ")),
            "{err}"
        );
        assert_eq!(E::try_from(bad), Err(err));
        assert!(serde_json::from_str::<E>(&format!("\"{bad}\"")).is_err());
        let open = Open::<E>::new(bad);
        assert_eq!(open, Open::Unknown(bad.to_owned()));
        assert_eq!(open.as_str(), bad);
        assert_eq!(open.resolve(), None);
        let json = serde_json::to_string(&open).unwrap();
        assert_eq!(json, format!("\"{bad}\""));
        assert_eq!(serde_json::from_str::<Open<E>>(&json).unwrap(), open);
    }
    assert!(!E::is_valid(" Accepted"));
    assert!(serde_json::from_str::<E>("42").is_err());
}

/// The inherent `const fn`s, per concrete type.
macro_rules! inherent {
    ($ty:ident) => {
        for (i, v) in <$ty as OcppEnum>::iter().enumerate() {
            assert_eq!(v.index(), i, "{}::{v:?}", stringify!($ty));
            let s: &'static str = $ty::as_str(&v);
            assert_eq!(s, <$ty as OcppEnum>::VARIANTS[i]);
        }
    };
}

/// Runs every check on each enum, listed once.
macro_rules! all_enums {
    ([] $($ty:ident),* $(,)?) => {
        const NAMES: &[&str] = &[$(stringify!($ty)),*];

        #[test]
        fn every_variant_of_every_enum_round_trips() {
            $(
                assert_eq!(<$ty as OcppEnum>::NAME, stringify!($ty));
                roundtrip::<$ty>(stringify!($ty) == "ConfigurationKey");
                inherent!($ty);
            )*
        }
    };
}

ocpp_enums::for_each_v16_enum!(all_enums);

#[test]
fn the_list_above_names_every_enum() {
    let json: serde_json::Value = serde_json::from_str(include_str!("data/enums.json")).unwrap();
    let mut expected: BTreeSet<&str> = json["enums"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, e)| e["kind"] == "str_enum")
        .map(|(n, _)| n.as_str())
        .collect();
    expected.extend([
        "CallErrorCode",
        "SecurityEvent",
        "FeatureProfile",
        "PhaseRotation",
        "FileTransferProtocol",
    ]);
    assert_eq!(NAMES.iter().copied().collect::<BTreeSet<_>>(), expected);
    assert_eq!(NAMES.len(), 53);
}

// The inherent methods are usable in constants.
const SOC: &str = Measurand::Soc.as_str();
const SOC_INDEX: usize = Measurand::Soc.index();

#[test]
fn const_inherent_methods() {
    assert_eq!(SOC, "SoC");
    assert_eq!(Measurand::ALL[SOC_INDEX], Measurand::Soc);
    assert_eq!(Phase::L1L2.as_str(), "L1-L2");
    assert_eq!(UnitOfMeasure::KWh.as_str(), "kWh");
}

#[test]
fn defaults_are_the_specified_ones() {
    assert_eq!(ReadingContext::default(), ReadingContext::SamplePeriodic);
    assert_eq!(ReadingContext::default().as_str(), "Sample.Periodic");
    assert_eq!(Measurand::default(), Measurand::EnergyActiveImportRegister);
    assert_eq!(
        Measurand::default().as_str(),
        "Energy.Active.Import.Register"
    );
    assert_eq!(UnitOfMeasure::default(), UnitOfMeasure::Wh);
    assert_eq!(Location::default(), Location::Outlet);
    assert_eq!(ValueFormat::default(), ValueFormat::Raw);
    assert_eq!(Reason::default(), Reason::Local);
}

#[test]
fn configuration_keys_ignore_ascii_case() {
    assert_eq!(
        ConfigurationKey::from_wire("heartbeatinterval"),
        Some(ConfigurationKey::HeartbeatInterval)
    );
    let key: ConfigurationKey = "HEARTBEATINTERVAL".parse().unwrap();
    assert_eq!(key, ConfigurationKey::HeartbeatInterval);
    assert_eq!(key.to_string(), "HeartbeatInterval");
    assert_eq!(
        serde_json::from_str::<ConfigurationKey>("\"heartbeatInterval\"").unwrap(),
        ConfigurationKey::HeartbeatInterval
    );
    assert_eq!(
        serde_json::to_string(&key).unwrap(),
        "\"HeartbeatInterval\""
    );
    // The spelling open-ocpp uses for the Plug & Charge key.
    assert_eq!(
        ConfigurationKey::from_wire("Iso15118PnCEnabled"),
        Some(ConfigurationKey::Iso15118PnCEnabled)
    );
    assert_eq!(
        ConfigurationKey::Iso15118PnCEnabled.as_str(),
        "ISO15118PnCEnabled"
    );
    assert_eq!(
        ConfigurationKey::from_wire("connectorswitch3TO1phasesupported"),
        Some(ConfigurationKey::ConnectorSwitch3To1PhaseSupported)
    );

    // Open applies the case rule too, and sends the key back canonical.
    let open: Open<ConfigurationKey> = "heartbeatinterval".parse().unwrap();
    assert_eq!(open, Open::Known(ConfigurationKey::HeartbeatInterval));
    assert_eq!(open.as_str(), "HeartbeatInterval");
    assert_eq!(
        Open::<ConfigurationKey>::from("heartbeatinterval"),
        Open::Known(ConfigurationKey::HeartbeatInterval)
    );
    let vendor: Open<ConfigurationKey> = "Acme.FanMode".parse().unwrap();
    assert_eq!(vendor.resolve(), None);
    assert_eq!(vendor.to_string(), "Acme.FanMode");
}

#[test]
fn other_enums_are_exact_but_can_be_matched_leniently() {
    assert_eq!(ChargePointStatus::from_wire("available"), None);
    assert!("available".parse::<ChargePointStatus>().is_err());
    assert_eq!(
        ChargePointStatus::from_wire_ignore_ascii_case("available"),
        Some(ChargePointStatus::Available)
    );
    assert_eq!(
        ChargePointStatus::from_wire_ignore_ascii_case("SUSPENDEDEVSE"),
        Some(ChargePointStatus::SuspendedEvse)
    );
    let err = "available".parse::<ChargePointStatus>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown ChargePointStatus "available"; did you mean "Available"?"#
    );
    assert_eq!(err.suggestion(), Some("Available"));
}

#[test]
fn call_error_code_aliases() {
    for (input, code, sent) in [
        (
            "FormationViolation",
            CallErrorCode::FormationViolation,
            "FormationViolation",
        ),
        (
            "FormatViolation",
            CallErrorCode::FormationViolation,
            "FormationViolation",
        ),
        (
            "OccurenceConstraintViolation",
            CallErrorCode::OccurenceConstraintViolation,
            "OccurenceConstraintViolation",
        ),
        (
            "OccurrenceConstraintViolation",
            CallErrorCode::OccurenceConstraintViolation,
            "OccurenceConstraintViolation",
        ),
    ] {
        assert_eq!(CallErrorCode::from_wire(input), Some(code), "{input}");
        assert_eq!(input.parse::<CallErrorCode>(), Ok(code));
        assert_eq!(code.as_str(), sent);
        let json = format!("\"{input}\"");
        let parsed: CallErrorCode = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed, code);
        assert_eq!(
            serde_json::to_string(&parsed).unwrap(),
            format!("\"{sent}\"")
        );
    }
    assert!(!CallErrorCode::VARIANTS.contains(&"FormatViolation"));
    assert!(!CallErrorCode::VARIANTS.contains(&"OccurrenceConstraintViolation"));
    // Open accepts the alias as its enum does, and sends the 1.6 spelling.
    let open: Open<CallErrorCode> = "FormatViolation".parse().unwrap();
    assert_eq!(open, Open::Known(CallErrorCode::FormationViolation));
    assert_eq!(open.as_str(), "FormationViolation");
}

#[test]
fn celcius_is_read_and_never_written() {
    assert_eq!("Celcius".parse(), Ok(UnitOfMeasure::Celsius));
    assert_eq!(
        UnitOfMeasure::try_from("Celcius"),
        Ok(UnitOfMeasure::Celsius)
    );
    assert_eq!(UnitOfMeasure::Celsius.to_string(), "Celsius");
    let unit: UnitOfMeasure = serde_json::from_str("\"Celcius\"").unwrap();
    assert_eq!(serde_json::to_string(&unit).unwrap(), "\"Celsius\"");
    assert!(!UnitOfMeasure::VARIANTS.contains(&"Celcius"));
    assert_eq!(UnitOfMeasure::from_wire("celcius"), None);

    let open: Open<UnitOfMeasure> = serde_json::from_str("\"Celcius\"").unwrap();
    assert_eq!(open, Open::Known(UnitOfMeasure::Celsius));
    assert_eq!(serde_json::to_string(&open).unwrap(), "\"Celsius\"");
}

#[test]
fn hertz_is_not_a_unit() {
    assert_eq!(UnitOfMeasure::from_wire("Hertz"), None);
    assert_eq!(UnitOfMeasure::from_wire_ignore_ascii_case("hertz"), None);
    let err = "Hertz".parse::<UnitOfMeasure>().unwrap_err();
    assert_eq!(err.enum_name(), "UnitOfMeasure");
    assert!(serde_json::from_str::<UnitOfMeasure>("\"Hertz\"").is_err());
}

#[test]
fn misspelt_units_get_a_suggestion() {
    let err = "kwh".parse::<UnitOfMeasure>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown UnitOfMeasure "kwh"; did you mean "kWh"?"#
    );
    let err = "KWH".parse::<UnitOfMeasure>().unwrap_err();
    assert_eq!(err.suggestion(), Some("kWh"));
    let err = serde_json::from_str::<UnitOfMeasure>("\"kwH\"").unwrap_err();
    assert!(err.to_string().contains(r#"did you mean "kWh"?"#), "{err}");
}

/// The suggestions of the issue that asked for them: a Rust name, a value's
/// group, and nothing for a lone character.
#[test]
fn suggestions_name_what_was_meant() {
    fn hint<E: OcppEnum>(s: &str) -> Option<&'static str> {
        ParseError::new::<E>(s).suggestion()
    }
    assert_eq!(hint::<Phase>("L1N"), Some("L1-N"));
    assert_eq!(hint::<Phase>("l2-l3"), Some("L2-L3"));
    assert_eq!(
        hint::<Measurand>("EnergyActiveImportRegister"),
        Some("Energy.Active.Import.Register")
    );
    assert_eq!(
        hint::<Measurand>("Power.Active"),
        Some("Power.Active.Export")
    );
    assert_eq!(
        hint::<Measurand>("Energy.Active.Import"),
        Some("Energy.Active.Import.Register")
    );
    assert_eq!(hint::<Measurand>("Power"), None);
    assert_eq!(hint::<UnitOfMeasure>("%"), None);
    assert_eq!(hint::<UnitOfMeasure>("kwh"), Some("kWh"));
    assert_eq!(
        hint::<ChargePointStatus>("SuspendedEv"),
        Some("SuspendedEV")
    );
    assert_eq!(
        hint::<ConfigurationKey>("HeartBeatInterval"),
        Some("HeartbeatInterval")
    );
    assert_eq!(
        hint::<Measurand>("Energy.Active.Import.Registr"),
        Some("Energy.Active.Import.Register")
    );
    let err = "Power.Active".parse::<Measurand>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown Measurand "Power.Active"; did you mean "Power.Active.Export"?"#
    );
}

#[test]
fn shared_wire_strings_stay_per_enum() {
    // Seven action names double as MessageTrigger values.
    assert_eq!(
        Action::MeterValues.as_str(),
        MessageTrigger::MeterValues.as_str()
    );
    // W and A are both units and charging rate units.
    assert_eq!(ChargingRateUnitType::W.as_str(), UnitOfMeasure::W.as_str());
    assert_eq!("A".parse(), Ok(ChargingRateUnitType::A));
    assert_eq!("A".parse(), Ok(UnitOfMeasure::A));
    // `Accepted` is not a DiagnosticsStatus.
    assert!(!DiagnosticsStatus::is_valid("Accepted"));
}
