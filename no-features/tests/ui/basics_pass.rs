//! Without `alloc` and `serde`, everything else of the derive works.
use ocpp_enums::{parse_list, EnumInfo, ListDisplay, OcppEnum, ParseError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(rename_all = "kebab-case")]
enum Phase {
    #[ocpp("L1")]
    L1,
    #[ocpp("L1-N", alias = "L1N")]
    L1N,
    LineToLine,
}

fn main() {
    assert_eq!(Phase::from_wire("L1N"), Some(Phase::L1N));
    assert_eq!(Phase::LineToLine.as_str(), "line-to-line");
    assert_eq!("L1".parse(), Ok(Phase::L1));
    assert_eq!(Phase::try_from("line-to-line"), Ok(Phase::LineToLine));
    let err: ParseError = "l1n".parse::<Phase>().unwrap_err();
    assert_eq!(err.enum_name(), "Phase");
    assert_eq!(err.to_string(), "unknown Phase value; expected one of \"L1\", \"L1-N\", \"line-to-line\"");

    // Lists, without allocating.
    let mut items = parse_list::<Phase>("L1, L1N,");
    assert_eq!(items.next(), Some(Ok(Phase::L1)));
    assert_eq!(items.next(), Some(Ok(Phase::L1N)));
    assert!(items.next().unwrap().is_err());
    assert_eq!(items.next(), None);
    assert_eq!(ListDisplay(&[Phase::L1, Phase::LineToLine]).to_string(), "L1,line-to-line");

    // Introspection.
    const INFO: EnumInfo = EnumInfo::of::<Phase>();
    assert_eq!(INFO.aliases(), [("L1N", 1)]);
    assert_eq!(INFO.parse("L1N"), Some(1));
    assert_eq!(Phase::ALIASES, [("L1N", Phase::L1N)]);
    assert_eq!(ocpp_enums::v16::ENUMS.len(), 53);
}
