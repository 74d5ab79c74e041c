//! `schemars::JsonSchema` (feature `schemars`): every catalogue enum's schema
//! lists exactly the values of its OCA JSON schema enumeration, for OCPP 1.6,
//! 2.0.1 and 2.1; a derived enum's lists its wire strings, then its aliases;
//! enums that accept more than a list (ignoring case, or with a catch-all)
//! and `Open<E>` are strings with examples. Data: `tests/data`, read through
//! `tests/catalogue_support`.

mod catalogue_support;

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet};

use catalogue_support::v16_data::{self, HERTZ};
use catalogue_support::{data_v201, data_v21, definitions, Data};
use ocpp_enums::{EnumInfo, OcppEnum, Open};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Value};

/// Which side of the wire a generator describes.
#[derive(Clone, Copy, Debug)]
enum Contract {
    /// What is read (schemars' default): aliases included.
    Deserialize,
    /// What is written: canonical strings only.
    Serialize,
}

fn generator(contract: Contract) -> SchemaGenerator {
    let settings = SchemaSettings::default();
    match contract {
        Contract::Deserialize => settings.for_deserialize(),
        Contract::Serialize => settings.for_serialize(),
    }
    .into_generator()
}

/// `T`'s own schema (not the root document, which adds `$schema` and `title`).
fn schema_of<T: JsonSchema + ?Sized>(contract: Contract) -> Value {
    T::json_schema(&mut generator(contract)).to_value()
}

/// One catalogue enum, type-erased.
struct Described {
    info: EnumInfo,
    type_id: TypeId,
    name: String,
    id: String,
    schema: fn(Contract) -> Value,
    /// `subschema_for`: a `$ref`, with the definition added to the generator.
    reference: fn(&mut SchemaGenerator) -> Schema,
}

fn describe<E: OcppEnum + JsonSchema>() -> Described {
    Described {
        info: EnumInfo::of::<E>(),
        type_id: TypeId::of::<E>(),
        name: E::schema_name().into_owned(),
        id: E::schema_id().into_owned(),
        schema: schema_of::<E>,
        reference: |g| g.subschema_for::<E>(),
    }
}

/// Defines `fn described()` over the names a `for_each_*_enum!` passes.
/// Compiling it proves that every catalogue enum implements `JsonSchema`.
macro_rules! described {
    ([] $($ty:ident),* $(,)?) => {
        pub fn described() -> std::collections::BTreeMap<&'static str, $crate::Described> {
            let mut map = std::collections::BTreeMap::new();
            $(
                let previous = map.insert(stringify!($ty), $crate::describe::<$ty>());
                assert!(previous.is_none(), "{} listed twice", stringify!($ty));
            )*
            map
        }
    };
}

mod v16 {
    use ocpp_enums::v16::*;
    ocpp_enums::for_each_v16_enum!(described);
}

mod v201 {
    use ocpp_enums::v201::*;
    ocpp_enums::for_each_v201_enum!(described);
}

mod v21 {
    use ocpp_enums::v21::*;
    ocpp_enums::for_each_v21_enum!(described);
}

/// The strings of `schema[key]`, in order.
fn list(schema: &Value, key: &str) -> Vec<String> {
    catalogue_support::strings(&schema[key])
}

fn set<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> BTreeSet<String> {
    catalogue_support::set(items)
}

/// The `enum` of an exact enum's schema, checking that this is its shape.
fn enum_values(name: &str, schema: &Value) -> BTreeSet<String> {
    assert_eq!(schema["type"], "string", "{name}: {schema}");
    let values = list(schema, "enum");
    let unique = set(&values);
    assert_eq!(unique.len(), values.len(), "{name}: a value twice");
    unique
}

/// The checks every catalogue enum of a version passes, whatever the data
/// says: the schema has the shape its `EnumInfo` calls for, lists exactly
/// what `from_wire` accepts, and is named after the type.
fn check_shapes(described: &BTreeMap<&'static str, Described>, registry: &[EnumInfo]) {
    assert_eq!(described.len(), registry.len());
    let mut open = 0;
    for (name, d) in described {
        let info = d.info;
        assert_eq!(info.name(), *name);
        assert_eq!(d.name, *name, "schema name");
        assert!(d.id.starts_with("ocpp_enums::"), "{name}: id {}", d.id);
        assert!(d.id.ends_with(&format!("::{name}")), "{name}: id {}", d.id);
        let read = (d.schema)(Contract::Deserialize);
        let written = (d.schema)(Contract::Serialize);
        if info.ascii_case_insensitive() || info.has_catch_all() {
            open += 1;
            let expected = json!({"type": "string", "examples": info.variants()});
            assert_eq!(read, expected, "{name}");
            assert_eq!(written, expected, "{name}");
            continue;
        }
        let aliases = info.aliases().iter().map(|(a, _)| *a);
        let all: Vec<&str> = info.variants().iter().copied().chain(aliases).collect();
        assert_eq!(read, json!({"type": "string", "enum": all}), "{name}");
        assert_eq!(
            written,
            json!({"type": "string", "enum": info.variants()}),
            "{name}"
        );
        // A validator built from the schema accepts what `from_wire` does.
        for value in &all {
            assert!(info.parse(value).is_some(), "{name}: {value}");
            for other in [value.to_ascii_lowercase(), value.to_ascii_uppercase()] {
                assert_eq!(
                    info.parse(&other).is_some(),
                    all.contains(&other.as_str()),
                    "{name}: {other}"
                );
            }
        }
    }
    assert!(open < described.len());
}

#[test]
fn every_catalogue_schema_has_the_shape_its_enum_calls_for() {
    check_shapes(&v16::described(), ocpp_enums::v16::ENUMS);
    check_shapes(&v201::described(), ocpp_enums::v201::ENUMS);
    check_shapes(&v21::described(), ocpp_enums::v21::ENUMS);
    // The open vocabularies: configuration keys, components, variables,
    // reason codes.
    let v16 = v16::described();
    let key = (v16["ConfigurationKey"].schema)(Contract::Deserialize);
    assert!(key.get("enum").is_none());
    assert_eq!(list(&key, "examples")[0], "AllowOfflineTxForUnknownId");
}

/// OCPP 1.6: every enum list of the OCA schemas is the `enum` of the
/// catalogue enum it maps to, as a set. `Celcius`, the schemas' misspelling,
/// is there as `UnitOfMeasure`'s alias when the schema describes what is
/// read, and gone when it describes what is written; `Hertz`, in one schema
/// copy only, is not an official value and is in neither. An enum that
/// merges two specification types (`MessageTrigger`, ...) holds each of its
/// lists, and exactly their union.
#[test]
fn v16_schemas_are_the_oca_enum_lists() {
    let described = v16::described();
    let json = v16_data::enums_json();
    let schema = v16_data::schema_enums_json();
    let merged = v16_data::merged_classes(&json);
    for contract in [Contract::Deserialize, Contract::Serialize] {
        let mut unions: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        let mut lists = 0;
        for oca in schema["enum_lists"].as_array().unwrap() {
            let class = oca["maps_to_enums_py_class"].as_str().unwrap();
            let location = oca["location"].as_str().unwrap();
            let ours = enum_values(class, &(described[class].schema)(contract));
            let values: BTreeSet<String> = v16_data::strings(&oca["values"])
                .into_iter()
                .filter(|v| match contract {
                    Contract::Deserialize => *v != HERTZ,
                    Contract::Serialize => !v16_data::is_documented_exception(v),
                })
                .map(str::to_owned)
                .collect();
            if merged.contains(class) {
                assert!(values.is_subset(&ours), "{contract:?} {location}");
            } else {
                assert_eq!(ours, values, "{contract:?} {location}");
            }
            unions.entry(class).or_default().extend(values);
            lists += 1;
        }
        assert_eq!(lists, schema["count"].as_u64().unwrap());
        assert_eq!(unions.len(), 46);
        for (class, union) in unions {
            let ours = enum_values(class, &(described[class].schema)(contract));
            assert_eq!(union, ours, "{contract:?} {class}");
        }
    }
    let unit = (described["UnitOfMeasure"].schema)(Contract::Deserialize);
    assert_eq!(list(&unit, "enum").last().unwrap(), v16_data::CELCIUS);
}

/// OCPP 2.0.1 and 2.1: every enumeration definition of the OCA schemas is
/// the `enum` of the catalogue enum of its name, as a set, both ways (no
/// schema enumeration has aliases).
fn check_definitions(described: &BTreeMap<&'static str, Described>, data: &Data) {
    let defs = definitions(data);
    assert!(!defs.is_empty());
    for (name, def) in &defs {
        let d = &described[name.as_str()];
        for contract in [Contract::Deserialize, Contract::Serialize] {
            let ours = enum_values(name, &(d.schema)(contract));
            assert_eq!(ours, set(&def.values), "{}: {name}", data.version);
        }
    }
}

#[test]
fn v201_schemas_are_the_oca_enum_definitions() {
    check_definitions(&v201::described(), &data_v201());
}

#[test]
fn v21_schemas_are_the_oca_enum_definitions() {
    check_definitions(&v21::described(), &data_v21());
}

/// A type that 2.0.1 and 2.1 share is one definition; two types of one name
/// (`v201::X` and `v21::X`) are two, the second one renamed by schemars.
#[test]
fn types_of_one_name_in_two_versions_are_two_definitions() {
    let (v201, v21) = (v201::described(), v21::described());
    let (mut shared, mut distinct) = (0, 0);
    for (name, a) in &v201 {
        let Some(b) = v21.get(name) else { continue };
        let mut g = SchemaGenerator::default();
        let first = (a.reference)(&mut g);
        let second = (b.reference)(&mut g);
        assert_eq!(first.get("$ref"), Some(&json!(format!("#/$defs/{name}"))));
        if a.type_id == b.type_id {
            shared += 1;
            assert_eq!(a.id, b.id, "{name}");
            assert_eq!(first, second, "{name}");
            assert_eq!(g.definitions().len(), 1, "{name}");
        } else {
            distinct += 1;
            assert_ne!(a.id, b.id, "{name}");
            assert_eq!(
                second.get("$ref"),
                Some(&json!(format!("#/$defs/{name}2"))),
                "{name}"
            );
            assert_eq!(g.definitions().len(), 2, "{name}");
        }
    }
    assert!(
        shared > 0 && distinct > 0,
        "{shared} shared, {distinct} distinct"
    );
}

#[test]
fn the_root_schema_is_titled_with_the_type_name() {
    use ocpp_enums::v16::ChargePointStatus;
    let root = SchemaGenerator::default()
        .into_root_schema_for::<ChargePointStatus>()
        .to_value();
    assert_eq!(root["title"], "ChargePointStatus");
    assert_eq!(root["type"], "string");
    assert_eq!(list(&root, "enum"), ChargePointStatus::VARIANTS);
    assert_eq!(
        <ocpp_enums::Subprotocol as JsonSchema>::schema_name(),
        "Subprotocol"
    );
}

// Derived enums: the attribute asks, the derive answers.

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(schemars)]
enum Status {
    #[ocpp("Available")]
    Available,
    #[ocpp("SuspendedEVSE", alias = "SuspendedEvse", alias = "Suspended")]
    SuspendedEvse,
    #[ocpp("Faulted", alias = "Fault")]
    Faulted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(schemars, ascii_case_insensitive)]
enum Key {
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    #[ocpp("ResetRetries", alias = "RetryCount")]
    ResetRetries,
}

#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(schemars)]
enum Measurand {
    #[ocpp("Voltage")]
    Voltage,
    #[ocpp("SoC")]
    Soc,
    #[ocpp(other)]
    Vendor(String),
}

/// Without `#[ocpp(schemars)]` nothing is written, feature or not: this
/// enum's own impl would conflict with a derived one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
enum Own {
    #[ocpp("A")]
    A,
}

impl JsonSchema for Own {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MyOwn".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({ "const": "A" })
    }
}

#[test]
fn an_exact_enum_lists_its_wire_strings_then_its_aliases() {
    assert_eq!(
        schema_of::<Status>(Contract::Deserialize),
        json!({
            "type": "string",
            "enum": ["Available", "SuspendedEVSE", "Faulted", "SuspendedEvse", "Suspended", "Fault"],
        })
    );
    // What is written: aliases never are.
    assert_eq!(
        schema_of::<Status>(Contract::Serialize),
        json!({"type": "string", "enum": ["Available", "SuspendedEVSE", "Faulted"]})
    );
    for value in list(&schema_of::<Status>(Contract::Deserialize), "enum") {
        assert!(Status::from_wire(&value).is_some(), "{value}");
    }
    assert_eq!(Status::schema_name(), "Status");
    assert_eq!(Status::schema_id(), "json_schema::Status");
    assert!(!Status::inline_schema());
}

#[test]
fn an_enum_ignoring_case_is_a_string_with_examples() {
    let expected = json!({
        "type": "string",
        "examples": ["HeartbeatInterval", "ResetRetries"],
    });
    assert_eq!(schema_of::<Key>(Contract::Deserialize), expected);
    assert_eq!(schema_of::<Key>(Contract::Serialize), expected);
    assert_eq!(Key::schema_name(), "Key");
}

#[test]
fn an_enum_with_a_catch_all_is_a_string_with_examples() {
    let expected = json!({"type": "string", "examples": ["Voltage", "SoC"]});
    assert_eq!(schema_of::<Measurand>(Contract::Deserialize), expected);
    assert_eq!(schema_of::<Measurand>(Contract::Serialize), expected);
}

#[test]
fn open_is_a_string_with_the_known_values_as_examples() {
    assert_eq!(
        schema_of::<Open<Status>>(Contract::Deserialize),
        json!({"type": "string", "examples": ["Available", "SuspendedEVSE", "Faulted"]})
    );
    assert_eq!(<Open<Status>>::schema_name(), "Open_of_Status");
    assert_eq!(
        <Open<Status>>::schema_id(),
        "ocpp_enums::Open<json_schema::Status>"
    );
    // The name follows the inner type's schema name, whoever wrote it.
    assert_eq!(<Open<Own>>::schema_name(), "Open_of_MyOwn");

    use ocpp_enums::v16::ConfigurationKey;
    let root = SchemaGenerator::default()
        .into_root_schema_for::<Open<ConfigurationKey>>()
        .to_value();
    assert_eq!(root["title"], "Open_of_ConfigurationKey");
    assert_eq!(list(&root, "examples"), ConfigurationKey::VARIANTS);
    // `Open<E>` of a v201 and of a v21 type of one name stay apart.
    assert_ne!(
        <Open<ocpp_enums::v201::Action>>::schema_id(),
        <Open<ocpp_enums::v21::Action>>::schema_id()
    );
}

#[test]
fn fields_refer_to_one_definition_per_enum() {
    let mut g = SchemaGenerator::default();
    let status = g.subschema_for::<Status>();
    let again = g.subschema_for::<Status>();
    let open = g.subschema_for::<Open<Status>>();
    assert_eq!(status, again);
    assert_eq!(status.get("$ref"), Some(&json!("#/$defs/Status")));
    assert_eq!(open.get("$ref"), Some(&json!("#/$defs/Open_of_Status")));
    let defs = g.definitions();
    assert_eq!(defs.len(), 2);
    assert_eq!(defs["Status"], schema_of::<Status>(Contract::Deserialize));
}

#[test]
fn an_enum_that_did_not_ask_keeps_its_own_impl() {
    assert_eq!(
        schema_of::<Own>(Contract::Deserialize),
        json!({"const": "A"})
    );
    assert_eq!(Own::schema_name(), "MyOwn");
}

/// Generated code uses absolute paths only, whatever the module names.
mod hygiene {
    #![allow(dead_code, non_camel_case_types)]

    pub struct Cow;
    pub struct Schema;
    pub struct SchemaGenerator;
    pub struct Option;
    pub struct String;
    pub mod schemars {}
    pub mod core {}
    pub mod alloc {}
    pub mod ocpp_enums {}
    pub trait JsonSchema {}
    pub trait OcppEnum {}
    pub fn module_path() {}
    pub fn json_schema() {}

    pub mod wire {
        pub use ::ocpp_enums as reexported;
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
    #[ocpp(schemars, crate = "crate::hygiene::wire::reexported")]
    pub enum Shadowed {
        #[ocpp("Cow", alias = "cow")]
        Cow,
        #[ocpp("Schema")]
        Schema,
    }
}

#[test]
fn generated_code_ignores_what_the_module_names() {
    assert_eq!(
        schema_of::<hygiene::Shadowed>(Contract::Deserialize),
        json!({"type": "string", "enum": ["Cow", "Schema", "cow"]})
    );
    assert_eq!(
        <hygiene::Shadowed as JsonSchema>::schema_id(),
        "json_schema::hygiene::Shadowed"
    );
}
