//! Shared by `tests/schema.rs`, `tests/cross_version.rs` and
//! `tests/json_schema.rs`: a type-erased registry of every `ocpp_enums::v201`
//! and `ocpp_enums::v21` enumeration, built from the `for_each_*_enum!`
//! lists, the reference data copied into `tests/data/v201` and
//! `tests/data/v21` by `tools/gen_catalogue.py`, and (in `v16_data`) the
//! OCPP 1.6 data of `tests/data`.

#![allow(dead_code)]

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{Debug, Display};
use std::marker::PhantomData;
use std::str::FromStr;

use ocpp_enums::{OcppEnum, ParseError};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The OCPP 1.6 data, which `tests/v16_schema.rs` reads too.
pub mod v16_data;

/// One Rust enumeration, type-erased.
pub struct Entry {
    pub name: &'static str,
    pub variants: &'static [&'static str],
    pub type_id: TypeId,
    /// The wire string of `Default::default()`, if the type implements it.
    pub default: Option<String>,
    /// Checks every way a wire string enters and leaves the type.
    pub round_trip: fn(&str) -> Result<(), String>,
    /// `from_wire`, answering with the canonical wire string.
    pub parse: fn(&str) -> Option<String>,
    /// `FromStr` of a string that is no value: the error's enum name.
    pub reject: fn(&str) -> Option<&'static str>,
}

/// The bounds every catalogue enum meets.
pub trait Catalogued:
    OcppEnum
    + Copy
    + Debug
    + PartialEq
    + Display
    + FromStr<Err = ParseError>
    + Serialize
    + DeserializeOwned
    + 'static
{
}
impl<E> Catalogued for E where
    E: OcppEnum
        + Copy
        + Debug
        + PartialEq
        + Display
        + FromStr<Err = ParseError>
        + Serialize
        + DeserializeOwned
        + 'static
{
}

fn round_trip<E: Catalogued>(wire: &str) -> Result<(), String> {
    let name = E::NAME;
    let e = E::from_wire(wire).ok_or_else(|| format!("{name}: from_wire({wire:?}) is None"))?;
    if e.as_str() != wire {
        return Err(format!(
            "{name}: as_str of {e:?} is {:?}, not {wire:?}",
            e.as_str()
        ));
    }
    if e.to_string() != wire {
        return Err(format!("{name}: Display of {e:?} is {:?}", e.to_string()));
    }
    match wire.parse::<E>() {
        Ok(p) if p == e => {}
        other => return Err(format!("{name}: FromStr({wire:?}) is {other:?}")),
    }
    let json =
        serde_json::to_string(&e).map_err(|err| format!("{name}: serialize {e:?}: {err}"))?;
    if json != format!("\"{wire}\"") {
        return Err(format!("{name}: serialized {e:?} as {json}"));
    }
    match serde_json::from_str::<E>(&json) {
        Ok(back) if back == e => Ok(()),
        other => Err(format!("{name}: deserialize {json}: {other:?}")),
    }
}

fn parse<E: Catalogued>(s: &str) -> Option<String> {
    E::from_wire(s).map(|e| e.as_str().to_owned())
}

fn reject<E: Catalogued>(s: &str) -> Option<&'static str> {
    s.parse::<E>().err().map(|err| err.enum_name())
}

pub fn entry<E: Catalogued>(name: &'static str, default: Option<String>) -> Entry {
    assert_eq!(E::NAME, name, "NAME of {name}");
    assert_eq!(E::ALL.len(), E::COUNT, "{name}: ALL");
    assert_eq!(E::VARIANTS.len(), E::COUNT, "{name}: VARIANTS");
    Entry {
        name,
        variants: E::VARIANTS,
        type_id: TypeId::of::<E>(),
        default,
        round_trip: round_trip::<E>,
        parse: parse::<E>,
        reject: reject::<E>,
    }
}

/// Tells whether a concrete type implements `Default` (autoref
/// specialization: only works where the type is known, as in `registry!`).
pub struct Probe<T>(pub PhantomData<T>);
impl<T> Clone for Probe<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Probe<T> {}

pub trait ViaDefault {
    fn default_wire(self) -> Option<String>;
}
impl<T: Default + OcppEnum + PartialEq> ViaDefault for &Probe<T> {
    fn default_wire(self) -> Option<String> {
        let d = T::default();
        let i = T::ALL.iter().position(|e| *e == d)?;
        Some(T::VARIANTS[i].to_owned())
    }
}
pub trait ViaNone {
    fn default_wire(self) -> Option<String>;
}
impl<T> ViaNone for Probe<T> {
    fn default_wire(self) -> Option<String> {
        None
    }
}

/// Defines `fn registry()` over the names a `for_each_*_enum!` passes.
macro_rules! registry {
    ([] $($ty:ident),* $(,)?) => {
        pub fn registry() -> std::collections::BTreeMap<&'static str, $crate::catalogue_support::Entry> {
            #[allow(unused_imports)]
            use $crate::catalogue_support::{ViaDefault as _, ViaNone as _};
            let mut map = std::collections::BTreeMap::new();
            $(
                let default = (&$crate::catalogue_support::Probe::<$ty>(std::marker::PhantomData)).default_wire();
                let previous = map.insert(
                    stringify!($ty),
                    $crate::catalogue_support::entry::<$ty>(stringify!($ty), default),
                );
                assert!(previous.is_none(), "{} listed twice", stringify!($ty));
            )*
            map
        }
    };
}

pub mod v201 {
    use ocpp_enums::v201::*;
    ocpp_enums::for_each_v201_enum!(registry);
}

pub mod v21 {
    use ocpp_enums::v21::*;
    ocpp_enums::for_each_v21_enum!(registry);
}

/// The data of one version, as `tools/gen_catalogue.py` copied it.
pub struct Data {
    pub version: &'static str,
    pub schema: Value,
    pub actions: Value,
    pub appendix: Value,
    pub rpc: Value,
}

fn json(text: &str, what: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}"))
}

pub fn data_v201() -> Data {
    Data {
        version: "OCPP 2.0.1",
        schema: json(
            include_str!("../data/v201/schema_enums.json"),
            "v201/schema_enums.json",
        ),
        actions: json(
            include_str!("../data/v201/actions.json"),
            "v201/actions.json",
        ),
        appendix: json(
            include_str!("../data/v201/appendices.json"),
            "v201/appendices.json",
        ),
        rpc: json(include_str!("../data/v201/ocppj.json"), "v201/ocppj.json"),
    }
}

pub fn data_v21() -> Data {
    Data {
        version: "OCPP 2.1",
        schema: json(
            include_str!("../data/v21/schema_enums.json"),
            "v21/schema_enums.json",
        ),
        actions: json(include_str!("../data/v21/actions.json"), "v21/actions.json"),
        appendix: json(
            include_str!("../data/v21/appendix.json"),
            "v21/appendix.json",
        ),
        rpc: json(
            include_str!("../data/v21/rpc_framework.json"),
            "v21/rpc_framework.json",
        ),
    }
}

pub fn delta_v21() -> Value {
    json(include_str!("../data/v21/delta.json"), "v21/delta.json")
}

pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| {
            s.as_str()
                .unwrap_or_else(|| panic!("not a string: {s}"))
                .to_owned()
        })
        .collect()
}

pub fn set<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> BTreeSet<String> {
    items.into_iter().map(|s| s.as_ref().to_owned()).collect()
}

/// A schema definition: values in schema order and the definition's default.
pub struct Definition {
    pub values: Vec<String>,
    pub default: Option<String>,
}

pub fn definitions(data: &Data) -> BTreeMap<String, Definition> {
    let defs = data.schema["definitions"].as_array().expect("definitions");
    let map: BTreeMap<String, Definition> = defs
        .iter()
        .map(|d| {
            let name = d["name"].as_str().expect("name").to_owned();
            let def = Definition {
                values: strings(&d["values"]),
                default: d["default"].as_str().map(str::to_owned),
            };
            (name, def)
        })
        .collect();
    assert_eq!(
        map.len(),
        defs.len(),
        "{}: a definition twice",
        data.version
    );
    assert_eq!(
        data.schema["distinct_enum_definitions"].as_u64(),
        Some(map.len() as u64),
        "{}: the copy lost definitions",
        data.version
    );
    map
}

/// Appends the items of `more` that `list` does not have yet.
pub fn extend_unique(list: &mut Vec<String>, more: impl IntoIterator<Item = String>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// The variable names of an appendix: the standardized ones (Appendix 4),
/// then every other bare name listed under a component (Appendix 3).
pub fn variable_names(appendix: &Value) -> Vec<String> {
    let mut names = Vec::new();
    extend_unique(&mut names, strings(&appendix["standardized_variables"]));
    for comp in appendix["component_variables"]
        .as_array()
        .expect("component_variables")
    {
        extend_unique(&mut names, strings(&comp["variables"]));
    }
    names
}

/// The component names of an appendix: the section headings, then the names
/// only the summary list has.
pub fn component_names(appendix: &Value) -> Vec<String> {
    let mut names = strings(&appendix["component_headings"]);
    assert_eq!(set(&names).len(), names.len(), "a heading twice");
    extend_unique(&mut names, strings(&appendix["component_summary_list"]));
    names
}
