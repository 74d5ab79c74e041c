//! Every item `#[derive(OcppEnum)]` generates, on small vendor enums.

use std::collections::HashSet;
use std::str::FromStr;

use ocpp_enums::{OcppEnum, ParseError};

/// Vendor configuration keys, as the README shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, OcppEnum)]
pub enum VendorKey {
    /// LED brightness in percent.
    #[ocpp("Acme.LedBrightness")]
    LedBrightness,
    /// Fan mode; older firmware spells the prefix in capitals.
    #[ocpp("Acme.FanMode", alias = "ACME.FanMode")]
    FanMode,
    #[ocpp("Acme.Beeper", alias = "Acme.Buzzer", alias = "ACME.Beeper")]
    Beeper,
}

/// A case-insensitive enum with a catch-all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
pub enum Key {
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    #[ocpp("MeterValueSampleInterval")]
    MeterValueSampleInterval,
    #[ocpp("ISO15118PnCEnabled", alias = "Iso15118PnCEnabled.Legacy")]
    Iso15118PnCEnabled,
    #[ocpp(other)]
    Other(String),
}

/// Two spellings that differ only in case, in a case-sensitive enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
pub enum Prefix {
    #[ocpp("kW")]
    KiloWatt,
    #[ocpp("KW")]
    Kelvin,
    #[ocpp("W")]
    Watt,
}

/// A single variant: the plain compare path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
pub enum Single {
    #[ocpp("Only")]
    Only,
}

#[test]
fn constants_list_known_variants_in_declaration_order() {
    assert_eq!(VendorKey::NAME, "VendorKey");
    assert_eq!(
        VendorKey::ALL,
        [
            VendorKey::LedBrightness,
            VendorKey::FanMode,
            VendorKey::Beeper
        ]
    );
    assert_eq!(
        VendorKey::VARIANTS,
        ["Acme.LedBrightness", "Acme.FanMode", "Acme.Beeper"]
    );
    assert_eq!(VendorKey::COUNT, 3);
    assert_eq!(Key::COUNT, 3, "the catch-all is not counted");
    assert_eq!(
        Key::VARIANTS,
        [
            "HeartbeatInterval",
            "MeterValueSampleInterval",
            "ISO15118PnCEnabled"
        ]
    );
    assert_eq!(Single::ALL, [Single::Only]);
}

#[test]
fn as_str_index_and_static_str() {
    const BEEPER: &str = VendorKey::Beeper.as_str();
    const INDEX: usize = VendorKey::Beeper.index();
    assert_eq!(BEEPER, "Acme.Beeper");
    assert_eq!(INDEX, 2);
    for (i, v) in VendorKey::ALL.iter().enumerate() {
        assert_eq!(v.index(), i);
        assert_eq!(OcppEnum::as_str(v), VendorKey::VARIANTS[i]);
        let s: &'static str = (*v).into();
        assert_eq!(s, VendorKey::VARIANTS[i]);
        assert_eq!(v.as_ref(), VendorKey::VARIANTS[i]);
    }
    assert_eq!(Key::Other("Vendor.X".into()).as_str(), "Vendor.X");
}

#[test]
fn from_wire_accepts_canonical_strings_and_aliases_only() {
    assert_eq!(
        VendorKey::from_wire("Acme.FanMode"),
        Some(VendorKey::FanMode)
    );
    assert_eq!(
        VendorKey::from_wire("ACME.FanMode"),
        Some(VendorKey::FanMode)
    );
    assert_eq!(VendorKey::from_wire("Acme.Buzzer"), Some(VendorKey::Beeper));
    assert_eq!(VendorKey::from_wire("ACME.Beeper"), Some(VendorKey::Beeper));
    for miss in [
        "",
        "acme.fanmode",
        "Acme.FanMode ",
        "Acme.FanMod",
        "Acme.FanModeX",
        "Acme",
    ] {
        assert_eq!(VendorKey::from_wire(miss), None, "{miss:?}");
        assert!(!VendorKey::is_valid(miss));
    }
    assert!(VendorKey::is_valid("Acme.LedBrightness"));
    assert_eq!(Single::from_wire("Only"), Some(Single::Only));
    assert_eq!(Single::from_wire("only"), None);
}

#[test]
fn ignoring_ascii_case_is_available_for_every_enum() {
    assert_eq!(
        VendorKey::from_wire_ignore_ascii_case("acme.fanmode"),
        Some(VendorKey::FanMode)
    );
    assert_eq!(
        VendorKey::from_wire_ignore_ascii_case("ACME.BUZZER"),
        Some(VendorKey::Beeper)
    );
    assert_eq!(VendorKey::from_wire_ignore_ascii_case("acme.fanmod"), None);
    assert_eq!(
        Single::from_wire_ignore_ascii_case("ONLY"),
        Some(Single::Only)
    );
    // An exact match wins; otherwise the first declared.
    assert_eq!(
        Prefix::from_wire_ignore_ascii_case("kW"),
        Some(Prefix::KiloWatt)
    );
    assert_eq!(
        Prefix::from_wire_ignore_ascii_case("KW"),
        Some(Prefix::Kelvin)
    );
    assert_eq!(
        Prefix::from_wire_ignore_ascii_case("kw"),
        Some(Prefix::KiloWatt)
    );
    assert_eq!(Prefix::from_wire_ignore_ascii_case("w"), Some(Prefix::Watt));
}

#[test]
fn case_insensitive_enums_ignore_case_everywhere_but_output() {
    assert_eq!(
        Key::from_wire("heartbeatinterval"),
        Some(Key::HeartbeatInterval)
    );
    assert_eq!(
        Key::from_wire("ISO15118PNCENABLED"),
        Some(Key::Iso15118PnCEnabled)
    );
    assert_eq!(
        Key::from_wire("iso15118pncenabled.legacy"),
        Some(Key::Iso15118PnCEnabled)
    );
    assert_eq!(
        "METERVALUESAMPLEINTERVAL".parse(),
        Ok(Key::MeterValueSampleInterval)
    );
    assert!(Key::is_valid("heartbeatINTERVAL"));
    assert_eq!(Key::from_wire("heartbeat"), None);
    assert_eq!(Key::HeartbeatInterval.to_string(), "HeartbeatInterval");
}

#[test]
fn catch_all_keeps_unknown_text_exactly() {
    for text in ["Acme.Custom", "", " ", "Ünïcødé", "\u{0}\n"] {
        let parsed: Key = text.parse().unwrap();
        assert_eq!(parsed, Key::Other(text.to_owned()));
        assert_eq!(parsed.as_str(), text);
        assert_eq!(parsed.to_string(), text);
        assert!(!Key::is_valid(text));
        assert_eq!(Key::from_wire(text), None);
    }
    assert_eq!(Key::try_from("Vendor"), Ok(Key::Other("Vendor".into())));
}

#[test]
fn iter_is_exact_size_and_double_ended() {
    let it = VendorKey::iter();
    assert_eq!(it.len(), 3);
    assert_eq!(
        VendorKey::iter().rev().collect::<Vec<_>>(),
        [
            VendorKey::Beeper,
            VendorKey::FanMode,
            VendorKey::LedBrightness
        ]
    );
    let all: HashSet<Key> = Key::iter().collect();
    assert_eq!(all.len(), Key::COUNT);
    assert!(!all.iter().any(|k| matches!(k, Key::Other(_))));
}

#[test]
fn display_honours_width_fill_and_alignment() {
    assert_eq!(format!("{}", VendorKey::FanMode), "Acme.FanMode");
    assert_eq!(format!("{:>14}", VendorKey::FanMode), "  Acme.FanMode");
    assert_eq!(format!("{:*<14}", VendorKey::FanMode), "Acme.FanMode**");
    assert_eq!(format!("{:^16}", VendorKey::FanMode), "  Acme.FanMode  ");
    assert_eq!(format!("{:.4}", VendorKey::FanMode), "Acme");
    assert_eq!(format!("{:>6}", Key::Other("ab".into())), "    ab");
}

#[test]
fn from_str_and_try_from_share_the_error() {
    assert_eq!(
        VendorKey::from_str("Acme.LedBrightness"),
        Ok(VendorKey::LedBrightness)
    );
    assert_eq!(VendorKey::try_from("ACME.FanMode"), Ok(VendorKey::FanMode));
    let a = VendorKey::from_str("acme.fanmode").unwrap_err();
    let b = VendorKey::try_from("acme.fanmode").unwrap_err();
    assert_eq!(a, b);
    assert_eq!(a.enum_name(), "VendorKey");
    assert_eq!(a.input(), "acme.fanmode");
    assert_eq!(a.expected(), VendorKey::VARIANTS);
    assert_eq!(a.suggestion(), Some("Acme.FanMode"));
    assert_eq!(
        a.to_string(),
        r#"unknown VendorKey "acme.fanmode"; did you mean "Acme.FanMode"?"#
    );
}

#[test]
fn error_messages_suggest_by_case_then_distance_then_list() {
    let err = |s: &str| VendorKey::from_str(s).unwrap_err().to_string();
    assert_eq!(
        err("Acme.Bepeer"),
        r#"unknown VendorKey "Acme.Bepeer"; did you mean "Acme.Beeper"?"#
    );
    assert_eq!(
        err("Volume"),
        r#"unknown VendorKey "Volume"; expected one of "Acme.LedBrightness", "Acme.FanMode", "Acme.Beeper""#
    );
    let long = "x".repeat(100);
    let msg = err(&long);
    assert!(msg.contains("(truncated, 100 bytes)"), "{msg}");
    assert!(msg.len() < 200, "{msg}");
    let control = err("Fan\nMode\"");
    assert!(control.contains(r#""Fan\nMode\"""#), "{control}");
    let lone: ParseError = Single::from_str("Other").unwrap_err();
    assert_eq!(
        lone.to_string(),
        r#"unknown Single "Other"; expected "Only""#
    );
}

#[test]
fn parse_error_is_a_std_error() {
    fn takes(_: &dyn std::error::Error) {}
    takes(&VendorKey::from_str("x").unwrap_err());
}

#[test]
fn introspection_describes_the_declaration() {
    use ocpp_enums::EnumInfo;
    assert_eq!(
        VendorKey::ALIASES,
        [
            ("ACME.FanMode", VendorKey::FanMode),
            ("Acme.Buzzer", VendorKey::Beeper),
            ("ACME.Beeper", VendorKey::Beeper),
        ]
    );
    const { assert!(!VendorKey::ASCII_CASE_INSENSITIVE) };
    const { assert!(Key::ASCII_CASE_INSENSITIVE) };
    assert_eq!(
        Key::ALIASES,
        [("Iso15118PnCEnabled.Legacy", Key::Iso15118PnCEnabled)]
    );
    assert!(Single::ALIASES.is_empty());

    // The same, type-erased, and built in a const.
    const INFOS: [EnumInfo; 2] = [EnumInfo::of::<VendorKey>(), EnumInfo::of::<Key>()];
    let [vendor, key] = INFOS;
    assert_eq!(vendor.name(), "VendorKey");
    assert_eq!(vendor.variants(), VendorKey::VARIANTS);
    assert_eq!(
        vendor.aliases(),
        [("ACME.FanMode", 1), ("Acme.Buzzer", 2), ("ACME.Beeper", 2)]
    );
    assert!(!vendor.ascii_case_insensitive());
    assert!(!vendor.has_catch_all());
    assert!(key.ascii_case_insensitive());
    assert!(key.has_catch_all());
    // parse is from_wire, to an index; never the catch-all.
    assert_eq!(vendor.parse("Acme.Buzzer"), Some(2));
    assert_eq!(vendor.parse("acme.buzzer"), None);
    assert_eq!(key.parse("iso15118pncenabled"), Some(2));
    assert_eq!(key.parse("Acme.Unknown"), None);
    let shown = format!("{key:?}");
    assert!(
        shown.starts_with(r#"EnumInfo { name: "Key", variants: ["#),
        "{shown}"
    );
}

#[test]
fn try_from_string_hands_the_buffer_to_the_catch_all() {
    let text = String::from("Acme.Custom");
    let ptr = text.as_ptr();
    let Ok(Key::Other(kept)) = Key::try_from(text) else {
        panic!("not the catch-all");
    };
    assert_eq!(kept, "Acme.Custom");
    assert_eq!(kept.as_ptr(), ptr, "the buffer was copied");
    assert_eq!(
        Key::try_from(String::from("heartbeatinterval")),
        Ok(Key::HeartbeatInterval)
    );
    assert_eq!(
        VendorKey::try_from(String::from("ACME.FanMode")),
        Ok(VendorKey::FanMode)
    );
    let err = VendorKey::try_from(String::from("acme.fanmode")).unwrap_err();
    assert_eq!(err, VendorKey::from_str("acme.fanmode").unwrap_err());
    assert_eq!(err.input(), "acme.fanmode");
}

#[test]
fn lists_parse_item_by_item_and_print_back() {
    use ocpp_enums::{parse_list, ListDisplay};
    let keys: Vec<Key> = parse_list("HeartbeatInterval, Acme.X,iso15118pncenabled")
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        keys,
        [
            Key::HeartbeatInterval,
            Key::Other("Acme.X".into()),
            Key::Iso15118PnCEnabled
        ]
    );
    assert_eq!(
        ListDisplay(&keys).to_string(),
        "HeartbeatInterval,Acme.X,ISO15118PnCEnabled"
    );
    // Even with a catch-all, an empty item is an error, and says which enum.
    let items: Vec<_> = parse_list::<Key>("HeartbeatInterval,").collect();
    assert_eq!(items.len(), 2);
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.enum_name(), "Key");
    assert_eq!(err.input(), "");
    let bad: Vec<_> = parse_list::<VendorKey>("Acme.FanMode, Acme.Fan").collect();
    assert_eq!(bad[0], Ok(VendorKey::FanMode));
    assert_eq!(bad[1].as_ref().unwrap_err().input(), "Acme.Fan");
}
