//! The model of every `ocpp_enums::v16` enumeration, and the checks of
//! [`model`](super::model) run over all of them at once.
//!
//! The aliases and the case-insensitive enums are written down here by hand;
//! `prop_catalogue.rs` checks them against the catalogue's source files.

use std::sync::OnceLock;

use super::list::catalogue;
use super::model::{check, check_affixes, check_json, check_lookup, check_variants, Model};

/// Every alias in the catalogue: `(enum, alias, canonical wire string)`, in
/// declaration order.
pub const ALIASES: &[(&str, &str, &str)] = &[
    ("CallErrorCode", "FormatViolation", "FormationViolation"),
    (
        "CallErrorCode",
        "OccurrenceConstraintViolation",
        "OccurenceConstraintViolation",
    ),
    ("UnitOfMeasure", "Celcius", "Celsius"),
];

/// The catalogue enums marked `#[ocpp(ascii_case_insensitive)]`.
pub const CASELESS: &[&str] = &["ConfigurationKey"];

/// The names of every catalogue enum, from the list.
pub fn names() -> Vec<&'static str> {
    macro_rules! names {
        ([] $($e:ident),* $(,)?) => {
            vec![$(stringify!($e)),*]
        };
    }
    catalogue!(names)
}

fn model<E: ocpp_enums::OcppEnum>(name: &'static str) -> Model {
    let aliases: Vec<(&'static str, &'static str)> = ALIASES
        .iter()
        .filter(|&&(e, _, _)| e == name)
        .map(|&(_, alias, canonical)| (alias, canonical))
        .collect();
    Model::new::<E>(name, &aliases, CASELESS.contains(&name), false)
}

/// Runs `$check::<E>(model, $arg)` for one catalogue enum after another,
/// building each model once.
macro_rules! run {
    ([$check:ident $arg:expr] $($e:ident),* $(,)?) => {$({
        static MODEL: OnceLock<Model> = OnceLock::new();
        let m = MODEL.get_or_init(|| model::<ocpp_enums::v16::$e>(stringify!($e)));
        $check::<ocpp_enums::v16::$e>(m, $arg);
    })*};
}

/// [`check`] of `s` for every catalogue enum.
pub fn check_all(s: &str) {
    catalogue!(run check s);
}

/// [`check_lookup`] of `s` for every catalogue enum.
pub fn check_lookup_all(s: &str) {
    catalogue!(run check_lookup s);
}

/// [`check_json`] of `data` for every catalogue enum.
pub fn check_json_all(data: &[u8]) {
    catalogue!(run check_json data);
}

/// [`check_variants`] for every catalogue enum.
pub fn check_variants_all() {
    catalogue!(run check_variants_unit ());
}

/// [`check_affixes`] for every catalogue enum.
pub fn check_affixes_all() {
    catalogue!(run check_affixes_unit ());
}

fn check_variants_unit<E: super::model::Subject>(m: &Model, (): ()) {
    check_variants::<E>(m);
}

fn check_affixes_unit<E: super::model::Subject>(m: &Model, (): ()) {
    check_affixes::<E>(m);
}

/// Every spelling of every catalogue enum.
pub fn spellings() -> Vec<&'static str> {
    let mut out = Vec::new();
    macro_rules! collect {
        ([] $($e:ident),* $(,)?) => {$(
            out.extend(model::<ocpp_enums::v16::$e>(stringify!($e)).spellings.iter().map(|&(s, _)| s));
        )*};
    }
    catalogue!(collect);
    out
}
