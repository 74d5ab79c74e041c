//! The enum-level options of the derive: `rename_all` and `skip(...)` (serde
//! is in `serde.rs`).

use std::fmt;
use std::str::FromStr;

use ocpp_enums::OcppEnum;

/// One enum per `rename_all` rule, with the same variants.
macro_rules! renamed {
    ($($name:ident = $rule:literal,)*) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
        #[ocpp(rename_all = $rule)]
        enum $name {
            ChargingProfile,
            L1N,
            #[ocpp("Own.Wire")]
            Written,
            Soc,
        }
    )*};
}

renamed! {
    Lower = "lowercase",
    Upper = "UPPERCASE",
    Pascal = "PascalCase",
    Camel = "camelCase",
    Snake = "snake_case",
    ScreamingSnake = "SCREAMING_SNAKE_CASE",
    Kebab = "kebab-case",
    ScreamingKebab = "SCREAMING-KEBAB-CASE",
}

#[test]
fn rename_all_derives_every_missing_wire_string_as_serde_does() {
    assert_eq!(
        Lower::VARIANTS,
        ["chargingprofile", "l1n", "Own.Wire", "soc"]
    );
    assert_eq!(
        Upper::VARIANTS,
        ["CHARGINGPROFILE", "L1N", "Own.Wire", "SOC"]
    );
    assert_eq!(
        Pascal::VARIANTS,
        ["ChargingProfile", "L1N", "Own.Wire", "Soc"]
    );
    assert_eq!(
        Camel::VARIANTS,
        ["chargingProfile", "l1N", "Own.Wire", "soc"]
    );
    assert_eq!(
        Snake::VARIANTS,
        ["charging_profile", "l1_n", "Own.Wire", "soc"]
    );
    assert_eq!(
        ScreamingSnake::VARIANTS,
        ["CHARGING_PROFILE", "L1_N", "Own.Wire", "SOC"]
    );
    assert_eq!(
        Kebab::VARIANTS,
        ["charging-profile", "l1-n", "Own.Wire", "soc"]
    );
    assert_eq!(
        ScreamingKebab::VARIANTS,
        ["CHARGING-PROFILE", "L1-N", "Own.Wire", "SOC"]
    );
    // The derived strings are ordinary wire strings.
    assert_eq!(
        Kebab::from_wire("charging-profile"),
        Some(Kebab::ChargingProfile)
    );
    assert_eq!(Kebab::L1N.to_string(), "l1-n");
    assert_eq!("Own.Wire".parse(), Ok(Snake::Written));
    assert_eq!(Snake::from_wire("Written"), None);
}

/// `rename_all` with aliases, a catch-all and a raw identifier.
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(rename_all = "SCREAMING_SNAKE_CASE", ascii_case_insensitive)]
enum Key {
    #[ocpp(alias = "HEARTBEAT")]
    HeartbeatInterval,
    r#Type,
    #[ocpp(other)]
    Vendor(String),
}

#[test]
fn rename_all_keeps_aliases_raw_names_and_the_catch_all() {
    assert_eq!(Key::VARIANTS, ["HEARTBEAT_INTERVAL", "TYPE"]);
    assert_eq!(Key::from_wire("heartbeat"), Some(Key::HeartbeatInterval));
    assert_eq!(Key::from_wire("type"), Some(Key::Type));
    assert_eq!("Vendor".parse(), Ok(Key::Vendor("Vendor".into())));
}

/// Every std impl skipped, and written by hand instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(skip(Display, FromStr, TryFrom, AsRef, Into))]
enum Quiet {
    #[ocpp("On")]
    On,
    #[ocpp("Off")]
    Off,
}

impl fmt::Display for Quiet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Quiet::{}", self.as_str())
    }
}

impl FromStr for Quiet {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        Quiet::from_wire_ignore_ascii_case(s).ok_or(())
    }
}

impl TryFrom<&str> for Quiet {
    type Error = &'static str;

    fn try_from(s: &str) -> Result<Self, &'static str> {
        Quiet::from_wire(s).ok_or("no")
    }
}

impl AsRef<str> for Quiet {
    fn as_ref(&self) -> &str {
        "quiet"
    }
}

impl From<Quiet> for &'static str {
    fn from(q: Quiet) -> &'static str {
        match q {
            Quiet::On => "1",
            Quiet::Off => "0",
        }
    }
}

#[test]
fn skipped_impls_can_be_written_by_hand() {
    assert_eq!(Quiet::On.to_string(), "Quiet::On");
    assert_eq!("off".parse(), Ok(Quiet::Off));
    assert_eq!(Quiet::try_from("x"), Err("no"));
    assert_eq!(Quiet::On.as_ref(), "quiet");
    assert_eq!(<&str>::from(Quiet::Off), "0");
    // OcppEnum and the inherent methods are never skipped.
    assert_eq!(Quiet::Off.as_str(), "Off");
    assert_eq!(Quiet::Off.index(), 1);
    assert_eq!(Quiet::from_wire("On"), Some(Quiet::On));
}

/// strum's derives beside ours, each writing the impls the other skips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum, strum::Display, strum::EnumString)]
#[ocpp(skip(Display, FromStr, TryFrom))]
enum Both {
    #[ocpp("wire.a")]
    #[strum(serialize = "strum-a")]
    A,
    #[ocpp("wire.b")]
    #[strum(serialize = "strum-b")]
    B,
}

#[test]
fn skip_makes_room_for_other_derives() {
    assert_eq!(Both::A.to_string(), "strum-a");
    assert_eq!("strum-b".parse(), Ok(Both::B));
    assert_eq!(Both::from_wire("wire.b"), Some(Both::B));
    assert_eq!(Both::try_from("strum-a"), Ok(Both::A));
    // What is not skipped is still ours.
    assert_eq!(Both::B.as_ref(), "wire.b");
    assert_eq!(<&str>::from(Both::A), "wire.a");
    assert_eq!(Both::from_wire("strum-a"), None);
}
