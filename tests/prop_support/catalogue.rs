//! The model of every catalogue enumeration (`v16`, `v201` and `v21`), and
//! the checks of [`model`](super::model) run over all of them at once.
//!
//! Each model is built from the enum's own introspection (`ALIASES`,
//! `ASCII_CASE_INSENSITIVE`, `EnumInfo`): the catalogue's attributes are its
//! description, and what the model then judges independently is the
//! generated lookup, the error path, serde and `Open`.

use std::sync::OnceLock;

use super::list::catalogue;
use super::model::{check, check_affixes, check_json, check_lookup, check_variants, Model};

/// The names of every `v16` enum, from the list.
pub fn names() -> Vec<&'static str> {
    macro_rules! names {
        ([] $($e:ident),* $(,)?) => {
            vec![$(stringify!($e)),*]
        };
    }
    catalogue!(names)
}

/// Runs `$check::<E>(model, $arg)` for one enum of `ocpp_enums::$m` after
/// another, building each model once.
macro_rules! run {
    ([$m:ident $check:ident $arg:expr] $($e:ident),* $(,)?) => {$({
        static MODEL: OnceLock<Model> = OnceLock::new();
        let m = MODEL.get_or_init(Model::declared::<ocpp_enums::$m::$e>);
        $check::<ocpp_enums::$m::$e>(m, $arg);
    })*};
}

/// `run!` over every enum of every version (types shared by `v201` and
/// `v21` run twice).
macro_rules! every_version {
    ($check:ident $arg:expr) => {{
        catalogue!(run v16 $check $arg);
        ocpp_enums::for_each_v201_enum!(run v201 $check $arg);
        ocpp_enums::for_each_v21_enum!(run v21 $check $arg);
    }};
}

/// [`check`] of `s` for every catalogue enum.
pub fn check_all(s: &str) {
    every_version!(check s);
}

/// [`check_lookup`] of `s` for every catalogue enum.
pub fn check_lookup_all(s: &str) {
    every_version!(check_lookup s);
}

/// [`check_json`] of `data` for every catalogue enum.
pub fn check_json_all(data: &[u8]) {
    every_version!(check_json data);
}

/// [`check_variants`] for every catalogue enum.
pub fn check_variants_all() {
    every_version!(check_variants_unit());
}

/// [`check_affixes`] for every catalogue enum.
pub fn check_affixes_all() {
    every_version!(check_affixes_unit());
}

fn check_variants_unit<E: super::model::Subject>(m: &Model, (): ()) {
    check_variants::<E>(m);
}

fn check_affixes_unit<E: super::model::Subject>(m: &Model, (): ()) {
    check_affixes::<E>(m);
}

/// Every spelling of every catalogue enum.
pub fn spellings() -> Vec<&'static str> {
    [
        ocpp_enums::v16::ENUMS,
        ocpp_enums::v201::ENUMS,
        ocpp_enums::v21::ENUMS,
    ]
    .into_iter()
    .flatten()
    .flat_map(|e| {
        e.variants()
            .iter()
            .copied()
            .chain(e.aliases().iter().map(|&(alias, _)| alias))
    })
    .collect()
}
