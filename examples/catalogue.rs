//! Prints the OCPP 1.6 enumerations of `ocpp_enums::v16` with their wire
//! strings.
//!
//! ```text
//! cargo run --example catalogue              # every enum, one row each
//! cargo run --example catalogue -- Measurand # one enum, one row per value
//! ```

use std::process::ExitCode;

use ocpp_enums::v16::*;
use ocpp_enums::{OcppEnum, ParseError};

/// One enumeration: its name, its wire strings and its Rust variant names.
struct Entry {
    name: &'static str,
    variants: &'static [&'static str],
    rust_names: fn() -> Vec<String>,
}

fn rust_names<E: OcppEnum + Copy + std::fmt::Debug>() -> Vec<String> {
    E::iter().map(|e| format!("{e:?}")).collect()
}

macro_rules! catalogue {
    ([] $($ty:ident),* $(,)?) => {
        /// Every enumeration, alphabetically.
        const CATALOGUE: &[Entry] = &[$(Entry {
            name: <$ty as OcppEnum>::NAME,
            variants: <$ty as OcppEnum>::VARIANTS,
            rust_names: rust_names::<$ty>,
        }),*];
        /// The names alone, for suggestions.
        const NAMES: &[&str] = &[$(stringify!($ty)),*];
    };
}

ocpp_enums::for_each_v16_enum!(catalogue);

/// Wraps the values column at this width.
const WIDTH: usize = 100;

fn print_all() {
    let name_width = CATALOGUE.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let indent = name_width + 2 + 3 + 2;
    println!("{:<name_width$}  {:>3}  Wire values", "Enum", "#");
    println!("{}", "-".repeat(WIDTH));
    for entry in CATALOGUE {
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
    let values: usize = CATALOGUE.iter().map(|e| e.variants.len()).sum();
    println!("{}", "-".repeat(WIDTH));
    println!("{} enumerations, {values} values", CATALOGUE.len());
}

fn print_one(entry: &Entry) {
    let rust = (entry.rust_names)();
    let rust_width = rust.iter().map(String::len).max().unwrap_or(0).max(7);
    println!("{} ({} values)", entry.name, entry.variants.len());
    println!();
    println!("{:>3}  {:<rust_width$}  Wire string", "#", "Variant");
    for (i, (wire, rust)) in entry.variants.iter().zip(&rust).enumerate() {
        println!("{i:>3}  {rust:<rust_width$}  {wire}");
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        print_all();
        return ExitCode::SUCCESS;
    }
    let mut status = ExitCode::SUCCESS;
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            println!();
        }
        // Enum names are matched ignoring ASCII case: `measurand` works too.
        match CATALOGUE.iter().find(|e| e.name.eq_ignore_ascii_case(arg)) {
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
