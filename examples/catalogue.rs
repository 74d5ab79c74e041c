//! Prints the enumerations of `ocpp_enums::v16`, `v201` and `v21` with their
//! wire strings.
//!
//! ```text
//! cargo run --example catalogue                                  # every version, one row per enum
//! cargo run --example catalogue -- v201                          # one version
//! cargo run --example catalogue -- v201 ConnectorStatusEnumType  # one enum, one row per value
//! cargo run --example catalogue -- Measurand                     # an enum, in every version that has it
//! cargo run --example catalogue -- v16 Action                    # actions with sender and profile
//! cargo run --example catalogue -- --json                        # everything, for scripts
//! ```
//!
//! `--json` prints `{"v16": [...], "v201": [...], "v21": [...]}`, each
//! enumeration as `{"name", "ascii_case_insensitive", "has_catch_all",
//! "variants": [{"rust", "wire", "aliases": [...]}, ...]}`: what
//! `ocpp_enums::EnumInfo` says, with the Rust names beside.
//! `benches/gen_peers.py` and `benches/compile_time.sh` read it instead of
//! the Rust sources.
//!
//! A version's `Action` is printed with the metadata of each message: who
//! sends the request (`Action::initiator`) and its OCPP 1.6 feature profile
//! or OCPP 2.0.1 functional block.

use std::process::ExitCode;

use ocpp_enums::{EnumInfo, Initiator, OcppEnum, ParseError};

/// One enumeration: its name, its wire strings, its description and its
/// Rust variant names (which only the type knows, through `Debug`).
struct Entry {
    name: &'static str,
    variants: &'static [&'static str],
    info: EnumInfo,
    rust_names: fn() -> Vec<String>,
}

/// One version's catalogue.
struct Version {
    /// The module name, as given on the command line.
    module: &'static str,
    title: &'static str,
    entries: &'static [Entry],
    /// The heading and the metadata columns of one `Action` value.
    action_columns: (&'static str, fn(&str) -> String),
}

fn sender(initiator: Initiator) -> &'static str {
    match initiator {
        Initiator::ChargingStation => "CS -> CSMS",
        Initiator::Csms => "CSMS -> CS",
        Initiator::Both => "both ways",
    }
}

fn v16_action(wire: &str) -> String {
    let a = ocpp_enums::v16::Action::from_wire(wire).expect("an action");
    let profile = a
        .feature_profile()
        .map_or("none (Security Whitepaper)", |p| p.as_str());
    format!("{:<10}  {profile}", sender(a.initiator()))
}

fn v201_action(wire: &str) -> String {
    let a = ocpp_enums::v201::Action::from_wire(wire).expect("an action");
    let block = a.functional_block();
    format!(
        "{:<10}  {} {}",
        sender(a.initiator()),
        block.letter(),
        block.title()
    )
}

fn v21_action(wire: &str) -> String {
    let a = ocpp_enums::v21::Action::from_wire(wire).expect("an action");
    sender(a.initiator()).to_owned()
}

fn rust_names<E: OcppEnum + Copy + std::fmt::Debug>() -> Vec<String> {
    E::iter().map(|e| format!("{e:?}")).collect()
}

macro_rules! catalogue {
    ([$module:ident] $($ty:ident),* $(,)?) => {
        mod $module {
            use super::{rust_names, Entry};
            use ocpp_enums::$module::*;
            use ocpp_enums::{EnumInfo, OcppEnum};

            /// Every enumeration, alphabetically.
            pub const CATALOGUE: &[Entry] = &[$(Entry {
                name: <$ty as OcppEnum>::NAME,
                variants: <$ty as OcppEnum>::VARIANTS,
                info: EnumInfo::of::<$ty>(),
                rust_names: rust_names::<$ty>,
            }),*];
        }
    };
}

ocpp_enums::for_each_v16_enum!(catalogue v16);
ocpp_enums::for_each_v201_enum!(catalogue v201);
ocpp_enums::for_each_v21_enum!(catalogue v21);

const VERSIONS: &[Version] = &[
    Version {
        module: "v16",
        title: "OCPP 1.6",
        entries: v16::CATALOGUE,
        action_columns: ("Sender      Feature profile", v16_action),
    },
    Version {
        module: "v201",
        title: "OCPP 2.0.1",
        entries: v201::CATALOGUE,
        action_columns: ("Sender      Functional block", v201_action),
    },
    Version {
        module: "v21",
        title: "OCPP 2.1",
        entries: v21::CATALOGUE,
        action_columns: ("Sender", v21_action),
    },
];

/// Wraps the values column at this width.
const WIDTH: usize = 100;

fn print_version(version: &Version) {
    let entries = version.entries;
    let name_width = entries.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let indent = name_width + 2 + 3 + 2;
    println!("{} (ocpp_enums::{})", version.title, version.module);
    println!();
    println!("{:<name_width$}  {:>3}  Wire values", "Enum", "#");
    println!("{}", "-".repeat(WIDTH));
    for entry in entries {
        let mut line = format!("{:<name_width$}  {:>3}  ", entry.name, entry.variants.len());
        let mut column = indent;
        for (i, value) in entry.variants.iter().enumerate() {
            let item = if i + 1 < entry.variants.len() {
                format!("{value}, ")
            } else {
                value.to_string()
            };
            if column + item.len() > WIDTH && column > indent {
                println!("{}", line.trim_end());
                line = " ".repeat(indent);
                column = indent;
            }
            column += item.len();
            line.push_str(&item);
        }
        println!("{line}");
    }
    let values: usize = entries.iter().map(|e| e.variants.len()).sum();
    println!("{}", "-".repeat(WIDTH));
    println!("{} enumerations, {values} values", entries.len());
}

fn print_one(version: &Version, entry: &Entry) {
    let rust = (entry.rust_names)();
    let rust_width = rust.iter().map(String::len).max().unwrap_or(0).max(7);
    println!(
        "ocpp_enums::{}::{} ({} values)",
        version.module,
        entry.name,
        entry.variants.len()
    );
    println!();
    if entry.name == "Action" {
        let (heading, columns) = version.action_columns;
        let wire_width = entry.variants.iter().map(|v| v.len()).max().unwrap_or(0);
        println!(
            "{:>3}  {:<rust_width$}  {:<wire_width$}  {heading}",
            "#", "Variant", "Wire string"
        );
        for (i, (wire, rust)) in entry.variants.iter().zip(&rust).enumerate() {
            let notes = columns(wire);
            println!("{i:>3}  {rust:<rust_width$}  {wire:<wire_width$}  {notes}");
        }
        return;
    }
    println!("{:>3}  {:<rust_width$}  Wire string", "#", "Variant");
    for (i, (wire, rust)) in entry.variants.iter().zip(&rust).enumerate() {
        println!("{i:>3}  {rust:<rust_width$}  {wire}");
    }
}

/// Every version as JSON, keyed by module name.
fn json() -> serde_json::Value {
    let version = |v: &Version| {
        let enums = v.entries.iter().map(|entry| {
            let info = entry.info;
            let variants: Vec<_> = info
                .variants()
                .iter()
                .zip((entry.rust_names)())
                .enumerate()
                .map(|(i, (wire, rust))| {
                    let aliases: Vec<&str> = info
                        .aliases()
                        .iter()
                        .filter(|&&(_, of)| of == i)
                        .map(|&(alias, _)| alias)
                        .collect();
                    serde_json::json!({"rust": rust, "wire": wire, "aliases": aliases})
                })
                .collect();
            serde_json::json!({
                "name": info.name(),
                "ascii_case_insensitive": info.ascii_case_insensitive(),
                "has_catch_all": info.has_catch_all(),
                "variants": variants,
            })
        });
        serde_json::Value::Array(enums.collect())
    };
    VERSIONS
        .iter()
        .map(|v| (v.module.to_owned(), version(v)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Prints the named enums of `versions`; false if a name is in none of them.
fn print_named(versions: &[&Version], names: &[String]) -> bool {
    let mut ok = true;
    let mut first = true;
    for name in names {
        // Enum names are matched ignoring ASCII case: `measurand` works too.
        let mut found = false;
        for version in versions {
            if let Some(entry) = version
                .entries
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(name))
            {
                if !first {
                    println!();
                }
                first = false;
                print_one(version, entry);
                found = true;
            }
        }
        if !found {
            // The crate's own error gives the "did you mean"; it wants `'static`
            // lists, and this runs once before exiting.
            let known: Vec<&'static str> = versions
                .iter()
                .flat_map(|v| v.entries.iter().map(|e| e.name))
                .collect();
            let known: &'static [&'static str] = Box::leak(known.into_boxed_slice());
            let what = match versions {
                [one] => one.title,
                _ => "OCPP",
            };
            let kind: &'static str = Box::leak(format!("{what} enumeration").into_boxed_str());
            let err = ParseError::from_parts(kind, known, name);
            eprintln!("error: {err}");
            if err.suggestion().is_none() {
                eprintln!("run without arguments to list them all");
            }
            ok = false;
        }
    }
    ok
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["--json"] {
        println!("{:#}", json());
        return ExitCode::SUCCESS;
    }
    let version = args
        .first()
        .and_then(|a| VERSIONS.iter().find(|v| v.module.eq_ignore_ascii_case(a)));
    let ok = match (version, args.len()) {
        (None, 0) => {
            for (i, v) in VERSIONS.iter().enumerate() {
                if i > 0 {
                    println!();
                }
                print_version(v);
            }
            true
        }
        (Some(v), 1) => {
            print_version(v);
            true
        }
        (Some(v), _) => print_named(&[v], &args[1..]),
        (None, _) => print_named(&VERSIONS.iter().collect::<Vec<_>>(), &args),
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
