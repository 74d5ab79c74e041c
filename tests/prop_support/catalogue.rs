//! The model of every `ocpp_enums::v16` enumeration, and the checks of
//! [`model`](super::model) run over all of them at once.
//!
//! Each model is built from the enum's own introspection (`ALIASES`,
//! `ASCII_CASE_INSENSITIVE`, `EnumInfo`): the catalogue's attributes are its
//! description, and what the model then judges independently is the
//! generated lookup, the error path, serde and `Open`.

use std::sync::OnceLock;

use super::list::catalogue;
use super::model::{check, check_affixes, check_json, check_lookup, check_variants, Model};

/// The names of every catalogue enum, from the list.
pub fn names() -> Vec<&'static str> {
    macro_rules! names {
        ([] $($e:ident),* $(,)?) => {
            vec![$(stringify!($e)),*]
        };
    }
    catalogue!(names)
}

/// Runs `$check::<E>(model, $arg)` for one catalogue enum after another,
/// building each model once.
macro_rules! run {
    ([$check:ident $arg:expr] $($e:ident),* $(,)?) => {$({
        static MODEL: OnceLock<Model> = OnceLock::new();
        let m = MODEL.get_or_init(Model::declared::<ocpp_enums::v16::$e>);
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
    ocpp_enums::v16::ENUMS
        .iter()
        .flat_map(|e| {
            e.variants()
                .iter()
                .copied()
                .chain(e.aliases().iter().map(|&(alias, _)| alias))
        })
        .collect()
}
