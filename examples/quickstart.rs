//! A vendor enum in five minutes: derive, parse, format, iterate, serialize,
//! and the error a misspelt value gets.
//!
//! Run with `cargo run --example quickstart`.

use ocpp_enums::{OcppEnum, Open};
use serde::{Deserialize, Serialize};

/// Configuration keys an (imaginary) charger vendor adds to OCPP 1.6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, OcppEnum)]
#[ocpp(serde)]
pub enum VendorKey {
    /// LED brightness in percent.
    #[ocpp("Acme.LedBrightness")]
    LedBrightness,
    /// Fan mode; old firmware spells the prefix in capitals, which we accept
    /// and never send.
    #[ocpp("Acme.FanMode", alias = "ACME.FanMode")]
    FanMode,
}

/// One entry of a `GetConfiguration` answer, typed.
#[derive(Debug, Serialize, Deserialize)]
struct KeyValue {
    key: Open<VendorKey>,
    readonly: bool,
    value: Option<String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("== parse");
    for text in ["Acme.FanMode", "ACME.FanMode"] {
        let key: VendorKey = text.parse()?;
        println!("{text:>14} -> {key:?}");
    }

    println!("\n== format (the canonical wire string, padding honoured)");
    println!(
        "[{:<20}] [{:>20}]",
        VendorKey::LedBrightness,
        VendorKey::FanMode
    );

    println!("\n== iterate");
    for key in VendorKey::iter() {
        println!("{:>2}  {:<14}  {key:?}", key.index(), key.as_str());
    }
    println!(
        "{} knows {} values: {:?}",
        VendorKey::NAME,
        VendorKey::COUNT,
        VendorKey::VARIANTS
    );

    println!("\n== serialize");
    let json = r#"[{"key":"ACME.FanMode","readonly":false,"value":"Quiet"},
                   {"key":"Acme.LedBrightness","readonly":false,"value":"80"},
                   {"key":"Acme.Unreleased","readonly":true}]"#;
    let entries: Vec<KeyValue> = serde_json::from_str(json)?;
    for entry in &entries {
        println!("{:<20} {:?}", entry.key, entry.key);
    }
    // Known keys go back out canonical, unknown ones as they came.
    println!("{}", serde_json::to_string(&entries)?);

    println!("\n== a helpful error");
    let err = "acme.fanmode".parse::<VendorKey>().unwrap_err();
    println!("{err}");
    let err = serde_json::from_str::<VendorKey>(r#""Acme.LedBrigthness""#).unwrap_err();
    println!("{err}");
    Ok(())
}
