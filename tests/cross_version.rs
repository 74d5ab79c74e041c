//! OCPP 2.0.1 against OCPP 2.1: shared types are one type exactly where the
//! schemas' value sets agree, and every other pair converts value by value,
//! failing exactly for the values the target version lacks. Data: the copies
//! in `tests/data/v201` and `tests/data/v21`.

mod catalogue_support;

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet};

use catalogue_support::{data_v201, data_v21, definitions, delta_v21, set, v201, v21, Entry};
use ocpp_enums::{OcppEnum, VersionError};

/// One conversion pair as `for_each_v21_conversion!` lists it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Pair {
    v201: &'static str,
    v21: &'static str,
    up_total: bool,
    down_total: bool,
}

macro_rules! pairs {
    ([] $(($a:ident, $b:ident, $up:ident, $down:ident)),* $(,)?) => {
        fn pairs() -> Vec<Pair> {
            vec![$(Pair {
                v201: stringify!($a),
                v21: stringify!($b),
                up_total: stringify!($up) == "From",
                down_total: stringify!($down) == "From",
            }),*]
        }
    };
}
ocpp_enums::for_each_v21_conversion!(pairs);

#[test]
fn shared_exactly_where_the_value_sets_agree() {
    let (r1, r2) = (v201::registry(), v21::registry());
    let (d1, d2) = (definitions(&data_v201()), definitions(&data_v21()));
    let mut shared = 0;
    for (name, def1) in &d1 {
        let Some(def2) = d2.get(name) else { continue };
        let same_type = r1[name.as_str()].type_id == r2[name.as_str()].type_id;
        assert_eq!(same_type, set(&def1.values) == set(&def2.values), "{name}");
        shared += usize::from(same_type);
    }
    assert!(shared > 0);
    // Outside the schema enumerations, only CallErrorCode is shared.
    let others: Vec<&str> = r1
        .iter()
        .filter(|(n, e)| {
            !d1.contains_key(**n) && r2.get(*n).is_some_and(|f| f.type_id == e.type_id)
        })
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(others, ["CallErrorCode"]);
    assert_eq!(
        set(r1["CallErrorCode"].variants),
        set(r2["CallErrorCode"].variants)
    );
}

#[test]
fn shared_types_are_the_same_type() {
    use ocpp_enums::{v201 as a, v21 as b};
    assert_eq!(
        TypeId::of::<a::ConnectorStatusEnumType>(),
        TypeId::of::<b::ConnectorStatusEnumType>()
    );
    assert_eq!(
        TypeId::of::<a::APNAuthenticationEnumType>(),
        TypeId::of::<b::APNAuthenticationEnumType>()
    );
    assert_eq!(
        TypeId::of::<a::CallErrorCode>(),
        TypeId::of::<b::CallErrorCode>()
    );
    assert_ne!(
        TypeId::of::<a::MeasurandEnumType>(),
        TypeId::of::<b::MeasurandEnumType>()
    );
    // A 2.0.1 value is a 2.1 value, with no conversion.
    let status: b::ConnectorStatusEnumType = a::ConnectorStatusEnumType::Occupied;
    assert_eq!(status.as_str(), "Occupied");
}

#[test]
fn conversions_cover_every_type_that_differs() {
    let (r1, r2) = (v201::registry(), v21::registry());
    let delta = delta_v21();
    let mut expected: Vec<(String, String)> = r1
        .iter()
        .filter(|(n, e)| r2.get(*n).is_some_and(|f| f.type_id != e.type_id))
        .map(|(n, _)| (n.to_string(), n.to_string()))
        .collect();
    for r in delta["removed_definitions"].as_array().unwrap() {
        let (old, new) = (
            r["name"].as_str().unwrap(),
            r["replacement"].as_str().unwrap(),
        );
        assert!(r1.contains_key(old) && !r2.contains_key(old), "{old}");
        expected.push((old.to_owned(), new.to_owned()));
    }
    expected.sort();
    let listed: Vec<(String, String)> = pairs()
        .iter()
        .map(|p| (p.v201.to_owned(), p.v21.to_owned()))
        .collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, expected);
    // `From` exactly where the source's values are a subset of the target's.
    for p in pairs() {
        let (a, b) = (set(r1[p.v201].variants), set(r2[p.v21].variants));
        assert_eq!(p.up_total, a.is_subset(&b), "{p:?}");
        assert_eq!(p.down_total, b.is_subset(&a), "{p:?}");
        assert!(
            !(p.up_total && p.down_total && p.v201 == p.v21),
            "{p:?} should be shared"
        );
    }
}

/// Converts with `From` or `TryFrom`, as the pair says.
macro_rules! convert {
    (From, $target:ty, $value:expr) => {
        Ok::<$target, VersionError>(<$target>::from($value))
    };
    (TryFrom, $target:ty, $value:expr) => {
        <$target>::try_from($value)
    };
}

/// Checks one direction: every value converts to the target value with the
/// same wire string, or fails naming itself when the target lacks it.
fn check_direction<S: OcppEnum + Copy + std::fmt::Debug, T: OcppEnum + Copy + std::fmt::Debug>(
    convert: impl Fn(S) -> Result<T, VersionError>,
    target_version: &str,
) -> (usize, usize) {
    let target: BTreeSet<&str> = T::VARIANTS.iter().copied().collect();
    let (mut ok, mut failed) = (0, 0);
    for s in S::iter() {
        match convert(s) {
            Ok(t) => {
                assert_eq!(t.as_str(), s.as_str(), "{}: {s:?}", S::NAME);
                ok += 1;
            }
            Err(err) => {
                assert!(
                    !target.contains(s.as_str()),
                    "{}: {s:?} exists in {target_version}",
                    S::NAME
                );
                assert_eq!(err.enum_name(), S::NAME);
                assert_eq!(err.value(), s.as_str());
                assert_eq!(err.version(), target_version);
                let message = err.to_string();
                assert!(
                    message.contains(S::NAME) && message.contains(s.as_str()),
                    "{message}"
                );
                failed += 1;
            }
        }
    }
    assert_eq!(
        ok,
        S::iter().filter(|s| target.contains(s.as_str())).count(),
        "{}",
        S::NAME
    );
    (ok, failed)
}

macro_rules! round_trips {
    ([] $(($a:ident, $b:ident, $up:ident, $down:ident)),* $(,)?) => {
        fn round_trips() -> BTreeMap<&'static str, (usize, usize, usize, usize)> {
            let mut counts = BTreeMap::new();
            $(
                {
                    use ocpp_enums::{v201::$a as A, v21::$b as B};
                    let (up_ok, up_failed) = check_direction::<A, B>(|a| convert!($up, B, a), "OCPP 2.1");
                    let (down_ok, down_failed) = check_direction::<B, A>(|b| convert!($down, A, b), "OCPP 2.0.1");
                    // And back: a 2.0.1 value that reaches 2.1 returns unchanged.
                    for a in A::iter() {
                        if let Ok(b) = convert!($up, B, a) {
                            assert_eq!(convert!($down, A, b), Ok(a), "{}: {a:?}", stringify!($a));
                        }
                    }
                    counts.insert(stringify!($b), (up_ok, up_failed, down_ok, down_failed));
                }
            )*
            counts
        }
    };
}
ocpp_enums::for_each_v21_conversion!(round_trips);

#[test]
fn every_value_converts_and_fails_exactly_for_the_other_version_s_values() {
    let counts = round_trips();
    let (r1, r2): (BTreeMap<&str, Entry>, BTreeMap<&str, Entry>) =
        (v201::registry(), v21::registry());
    assert_eq!(counts.len(), pairs().len());
    for p in pairs() {
        let (a, b) = (set(r1[p.v201].variants), set(r2[p.v21].variants));
        let (up_ok, up_failed, down_ok, down_failed) = counts[p.v21];
        assert_eq!(up_ok, a.intersection(&b).count());
        assert_eq!(up_failed, a.difference(&b).count(), "{p:?}");
        assert_eq!(down_ok, a.intersection(&b).count());
        assert_eq!(down_failed, b.difference(&a).count(), "{p:?}");
    }
}

#[test]
fn version_error_examples() {
    use ocpp_enums::{v201 as a, v21 as b};
    let err =
        a::TriggerReasonEnumType::try_from(b::TriggerReasonEnumType::TariffChanged).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"TriggerReasonEnumType "TariffChanged" does not exist in OCPP 2.0.1"#
    );
    let err = b::VariableName::try_from(a::VariableName::EvseId).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"VariableName "EvseId" does not exist in OCPP 2.1"#
    );
    let token: b::IdTokenEnumStringType = a::IdTokenEnumType::EMaid.into();
    assert_eq!(token.as_str(), "eMAID");
    assert_eq!(
        a::IdTokenEnumType::try_from(token),
        Ok(a::IdTokenEnumType::EMaid)
    );
    let source: a::ChargingLimitSourceEnumType = b::ChargingLimitSourceEnumStringType::Ems.into();
    assert_eq!(source.as_str(), "EMS");
    fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    is_error(&err);
}
