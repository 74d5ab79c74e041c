//! Writes `strum_peer.rs`: every `ocpp_enums::v16` enumeration as a strum
//! enum with the same canonical spellings, aliases and case-insensitivity,
//! read from the catalogue itself (so the peer cannot fall behind it).

use std::fmt::Write as _;
use std::path::Path;

use ocpp_enums::v16::*;
use ocpp_enums::OcppEnum;

fn peer<E: OcppEnum + PartialEq>(out: &mut String) {
    let ci = if E::ASCII_CASE_INSENSITIVE {
        "#[strum(ascii_case_insensitive)]\n"
    } else {
        ""
    };
    writeln!(
        out,
        "#[derive(strum::EnumString, strum::IntoStaticStr)]\n{ci}pub enum {} {{",
        E::NAME
    )
    .unwrap();
    for (i, (wire, variant)) in E::VARIANTS.iter().zip(E::ALL).enumerate() {
        let mut attr = format!("to_string = {wire:?}");
        for (alias, _) in E::ALIASES.iter().filter(|(_, v)| v == variant) {
            write!(attr, ", serialize = {alias:?}").unwrap();
        }
        writeln!(out, "    #[strum({attr})]\n    V{i},").unwrap();
    }
    out.push_str("}\n");
}

macro_rules! peers {
    ([$out:ident] $($name:ident),* $(,)?) => { $( peer::<$name>(&mut $out); )* };
}

fn main() {
    let mut out = String::new();
    ocpp_enums::for_each_v16_enum!(peers out);
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("strum_peer.rs");
    std::fs::write(dest, out).unwrap();
}
