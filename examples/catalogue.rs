//! Prints the OCPP 1.6 enumerations of `ocpp_enums::v16` with their wire
//! strings.
//!
//! ```text
//! cargo run --example catalogue              # every enum, one row each
//! cargo run --example catalogue -- Measurand # one enum, one row per value
//! cargo run --example catalogue -- --json    # everything, for scripts
//! ```
//!
//! `--json` prints `[{"name", "ascii_case_insensitive", "has_catch_all",
//! "variants": [{"rust", "wire", "aliases": [...]}, ...]}, ...]`, which
//! `benches/gen_peers.py` and `benches/compile_time.sh` read instead of the
//! Rust sources.

use std::process::ExitCode;

use ocpp_enums::v16::{self, *};
use ocpp_enums::{EnumInfo, OcppEnum, ParseError};

/// One enumeration: what it says of itself, and its Rust variant names
/// (which only the type knows, through `Debug`).
struct Entry {
    info: &'static EnumInfo,
    rust_names: fn() -> Vec<String>,
}

fn rust_names<E: OcppEnum + Copy + std::fmt::Debug>() -> Vec<String> {
    E::iter().map(|e| format!("{e:?}")).collect()
}

macro_rules! rust_names {
    ([] $($ty:ident),* $(,)?) => {
        /// The Rust names of each enumeration's variants, in `v16::ENUMS` order.
        const RUST_NAMES: &[fn() -> Vec<String>] = &[$(rust_names::<$ty>),*];
        /// The names alone, for suggestions.
        const NAMES: &[&str] = &[$(stringify!($ty)),*];
    };
}

ocpp_enums::for_each_v16_enum!(rust_names);

/// Every enumeration, alphabetically.
fn catalogue() -> Vec<Entry> {
    v16::ENUMS
        .iter()
        .zip(RUST_NAMES)
        .map(|(info, &rust_names)| Entry { info, rust_names })
        .collect()
}

/// The catalogue as JSON, one object per enumeration.
fn json() -> serde_json::Value {
    let enums = catalogue().into_iter().map(|entry| {
        let info = entry.info;
        let variants = info.variants().iter().zip((entry.rust_names)()).enumerate();
        let variants: Vec<_> = variants
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
}

/// Wraps the values column at this width.
const WIDTH: usize = 100;

fn print_all() {
    let catalogue = catalogue();
    let name_width = catalogue
        .iter()
        .map(|e| e.info.name().len())
        .max()
        .unwrap_or(0);
    let indent = name_width + 2 + 3 + 2;
    println!("{:<name_width$}  {:>3}  Wire values", "Enum", "#");
    println!("{}", "-".repeat(WIDTH));
    for entry in &catalogue {
        let variants = entry.info.variants();
        let mut line = format!(
            "{:<name_width$}  {:>3}  ",
            entry.info.name(),
            variants.len()
        );
        let mut column = indent;
        for (i, value) in variants.iter().enumerate() {
            let item = if i + 1 < variants.len() {
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
    let values: usize = catalogue.iter().map(|e| e.info.variants().len()).sum();
    println!("{}", "-".repeat(WIDTH));
    println!("{} enumerations, {values} values", catalogue.len());
}

fn print_one(entry: &Entry) {
    let rust = (entry.rust_names)();
    let rust_width = rust.iter().map(String::len).max().unwrap_or(0).max(7);
    let info = entry.info;
    println!("{} ({} values)", info.name(), info.variants().len());
    println!();
    println!("{:>3}  {:<rust_width$}  Wire string", "#", "Variant");
    for (i, (wire, rust)) in info.variants().iter().zip(&rust).enumerate() {
        let aliases: Vec<&str> = info
            .aliases()
            .iter()
            .filter(|&&(_, of)| of == i)
            .map(|&(alias, _)| alias)
            .collect();
        if aliases.is_empty() {
            println!("{i:>3}  {rust:<rust_width$}  {wire}");
        } else {
            println!(
                "{i:>3}  {rust:<rust_width$}  {wire} (also {})",
                aliases.join(", ")
            );
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        print_all();
        return ExitCode::SUCCESS;
    }
    if args == ["--json"] {
        println!("{:#}", json());
        return ExitCode::SUCCESS;
    }
    let catalogue = catalogue();
    let mut status = ExitCode::SUCCESS;
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            println!();
        }
        // Enum names are matched ignoring ASCII case: `measurand` works too.
        match catalogue
            .iter()
            .find(|e| e.info.name().eq_ignore_ascii_case(arg))
        {
            Some(entry) => print_one(entry),
            None => {
                // The crate's own error gives the "did you mean".
                let err = ParseError::from_parts("OCPP 1.6 enumeration", NAMES, arg);
                eprintln!("error: {err}");
                if err.suggestion().is_none() {
                    eprintln!("run without arguments to list all {}", NAMES.len());
                }
                status = ExitCode::from(2);
            }
        }
    }
    status
}
