//! Property tests over enums written for the purpose: aliases, an
//! `#[ocpp(other)]` catch-all, `#[ocpp(ascii_case_insensitive)]`, spellings
//! that differ only in case, punctuation next to the letters in ASCII, and
//! key sets that take each of the derive's lookup strategies (a `match` for
//! tiny enums and for keys no small hash separates, a perfect hash
//! otherwise).
//!
//! The catch-all keeps every string the enum does not know byte for byte:
//! the empty string, whitespace, control characters, multi-byte UTF-8. A
//! string the enum *does* know (a wire string, an alias, or another ASCII
//! case of one where the enum ignores case) parses to its known variant and
//! is sent back in canonical form: that normalisation is by design, and the
//! check in `prop_support::model::check` asserts it. `Open<E>` is lossless
//! for every string.

mod prop_support;

use ocpp_enums::{OcppEnum, Open};
use proptest::prelude::*;
use proptest::test_runner::Config;

use prop_support::model::{check, check_affixes, check_json, check_variants, edge_strings, Model};
use prop_support::strategies::{any_text, json_bytes, near};

/// Exact, with aliases (one differing from its wire string only in case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Exact {
    #[ocpp("Available")]
    Available,
    #[ocpp("Preparing", alias = "Prep", alias = "preparing")]
    Preparing,
    #[ocpp("Charging")]
    Charging,
    #[ocpp("SuspendedEV", alias = "SuspendedEv")]
    SuspendedEv,
    #[ocpp("kWh")]
    KWh,
    #[ocpp("Wh")]
    Wh,
    #[ocpp("L1-N")]
    L1N,
    #[ocpp("Energy.Active.Import.Register")]
    ImportRegister,
    #[ocpp("Energy.Active.Export.Register")]
    ExportRegister,
}

const EXACT_ALIASES: &[(&str, &str)] = &[
    ("Prep", "Preparing"),
    ("preparing", "Preparing"),
    ("SuspendedEv", "SuspendedEV"),
];

/// Case-insensitive, with aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum Caseless {
    #[ocpp("HeartbeatInterval", alias = "Heartbeat")]
    HeartbeatInterval,
    #[ocpp("MeterValueSampleInterval", alias = "MeterValuesSampleInterval")]
    MeterValueSampleInterval,
    #[ocpp("ConnectionTimeOut")]
    ConnectionTimeOut,
    #[ocpp("NumberOfConnectors")]
    NumberOfConnectors,
    #[ocpp("WebSocketPingInterval", alias = "WSPing")]
    WebSocketPingInterval,
}

const CASELESS_ALIASES: &[(&str, &str)] = &[
    ("Heartbeat", "HeartbeatInterval"),
    ("MeterValuesSampleInterval", "MeterValueSampleInterval"),
    ("WSPing", "WebSocketPingInterval"),
];

/// One variant, one spelling: the smallest `match`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Tiny {
    #[ocpp("On")]
    On,
}

/// Case-insensitive with two spellings: a `match` over a lowered copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum TinyCaseless {
    #[ocpp("On", alias = "1")]
    On,
}

/// Aliases and a catch-all.
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum WithOther {
    #[ocpp("Accepted")]
    Accepted,
    #[ocpp("Rejected", alias = "Denied")]
    Rejected,
    #[ocpp("NotSupported")]
    NotSupported,
    #[ocpp("Celsius", alias = "Celcius")]
    Celsius,
    #[ocpp(other)]
    Other(String),
}

const WITH_OTHER_ALIASES: &[(&str, &str)] = &[("Denied", "Rejected"), ("Celcius", "Celsius")];

/// Case-insensitive, aliases and a catch-all.
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum CaselessOther {
    #[ocpp("AllowOfflineTxForUnknownId")]
    AllowOfflineTxForUnknownId,
    #[ocpp("LocalPreAuthorize", alias = "LocalPreAuth")]
    LocalPreAuthorize,
    #[ocpp("ResetRetries")]
    ResetRetries,
    #[ocpp(other)]
    Vendor(String),
}

const CASELESS_OTHER_ALIASES: &[(&str, &str)] = &[("LocalPreAuth", "LocalPreAuthorize")];

/// Case-insensitive with a catch-all and a single spelling.
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum TinyCaselessOther {
    #[ocpp("x")]
    X,
    #[ocpp(other)]
    Other(String),
}

/// Exact, with spellings that differ only in case (allowed here, and the
/// reason `from_wire_ignore_ascii_case` prefers an exact match, then the
/// first declared).
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum CaseTwins {
    #[ocpp("abc")]
    Lower,
    #[ocpp("ABC")]
    Upper,
    #[ocpp("Abc", alias = "aBC")]
    Title,
    #[ocpp("xyz")]
    Xyz,
    #[ocpp("XYz", alias = "xyZ")]
    Xyz2,
}

const CASE_TWINS_ALIASES: &[(&str, &str)] = &[("aBC", "Abc"), ("xyZ", "XYz")];

/// Case-insensitive over the ASCII neighbours of the letters, which differ
/// from each other by the case bit (0x20) but are not letters: ignoring case
/// must not fold `@` into `` ` `` or `[` into `{`. (Keys that differ only in
/// that bit hash alike, so this enum takes the `match`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum Punct {
    #[ocpp("@")]
    At,
    #[ocpp("`")]
    Grave,
    #[ocpp("[")]
    OpenBracket,
    #[ocpp("{")]
    OpenBrace,
    #[ocpp("\\")]
    Backslash,
    #[ocpp("|")]
    Bar,
    #[ocpp("]")]
    CloseBracket,
    #[ocpp("}")]
    CloseBrace,
    #[ocpp("^")]
    Caret,
    #[ocpp("~")]
    Tilde,
    #[ocpp("_")]
    Underscore,
    #[ocpp("@Z[", alias = "@z{")]
    Mixed1,
    #[ocpp("`Z{")]
    Mixed2,
    #[ocpp("Key@Value[0]_^~", alias = "Key`Value{0}_^~")]
    Long,
}

const PUNCT_ALIASES: &[(&str, &str)] = &[("@z{", "@Z["), ("Key`Value{0}_^~", "Key@Value[0]_^~")];

/// Exact and case-insensitive enums whose 32 keys have the same length and
/// differ pairwise only somewhere among five inner bytes.
macro_rules! same_length {
    ($(#[$attr:meta])* $name:ident) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
        $(#[$attr])*
        #[ocpp(serde)]
        enum $name {
            #[ocpp("x-----x")] V00, #[ocpp("x+----x")] V01, #[ocpp("x-+---x")] V02,
            #[ocpp("x++---x")] V03, #[ocpp("x--+--x")] V04, #[ocpp("x+-+--x")] V05,
            #[ocpp("x-++--x")] V06, #[ocpp("x+++--x")] V07, #[ocpp("x---+-x")] V08,
            #[ocpp("x+--+-x")] V09, #[ocpp("x-+-+-x")] V10, #[ocpp("x++-+-x")] V11,
            #[ocpp("x--++-x")] V12, #[ocpp("x+-++-x")] V13, #[ocpp("x-+++-x")] V14,
            #[ocpp("x++++-x")] V15, #[ocpp("x----+x")] V16, #[ocpp("x+---+x")] V17,
            #[ocpp("x-+--+x")] V18, #[ocpp("x++--+x")] V19, #[ocpp("x--+-+x")] V20,
            #[ocpp("x+-+-+x")] V21, #[ocpp("x-++-+x")] V22, #[ocpp("x+++-+x")] V23,
            #[ocpp("x---++x")] V24, #[ocpp("x+--++x")] V25, #[ocpp("x-+-++x")] V26,
            #[ocpp("x++-++x")] V27, #[ocpp("x--+++x")] V28, #[ocpp("x+-+++x")] V29,
            #[ocpp("x-++++x")] V30, #[ocpp("x+++++x", alias = "X+++++X!")] V31,
        }
    };
}
same_length!(SameLength);
same_length!(
    #[ocpp(ascii_case_insensitive)]
    SameLengthCaseless
);

const SAME_LENGTH_ALIASES: &[(&str, &str)] = &[("X+++++X!", "x+++++x")];

/// Keys that no mix of the words the hash reads tells apart (two
/// "rectangles" of four keys, as in the derive's own tests): the derive
/// falls back to a `match`, exact and ignoring case.
macro_rules! colliding {
    ($(#[$attr:meta])* $name:ident) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
        $(#[$attr])*
        #[ocpp(serde)]
        enum $name {
            #[ocpp("aaaaaaaaaaaaaaaa", alias = "eeee")] A1,
            #[ocpp("aaaaaaaaaaaabaaa")] A2,
            #[ocpp("baaaaaaaaaaaaaaa")] A3,
            #[ocpp("baaaaaaaaaaabaaa")] A4,
            #[ocpp("cccccccccccccccc")] C1,
            #[ocpp("ccccccccccccccdc")] C2,
            #[ocpp("dccccccccccccccc")] C3,
            #[ocpp("dcccccccccccccdc")] C4,
        }
    };
}
colliding!(Colliding);
colliding!(
    #[ocpp(ascii_case_insensitive)]
    CollidingCaseless
);

const COLLIDING_ALIASES: &[(&str, &str)] = &[("eeee", "aaaaaaaaaaaaaaaa")];

/// Case-insensitive with punctuation that the hash reads with the case bit
/// set (so `@` and `` ` `` hash alike) but the compare must keep apart.
/// Unlike `Punct`, no two keys differ only in that bit, so this one is
/// hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum PunctHashed {
    #[ocpp("@Home")]
    Home,
    #[ocpp("[Work]")]
    Work,
    #[ocpp("{Cfg}", alias = "^Cfg~")]
    Cfg,
    #[ocpp("Key@Value[0]_^~")]
    Long,
    #[ocpp("a_b")]
    AB,
    #[ocpp("p\\q")]
    PQ,
    #[ocpp("Energy.Active.Import.Register")]
    Dotted,
}

const PUNCT_HASHED_ALIASES: &[(&str, &str)] = &[("^Cfg~", "{Cfg}")];

/// Spellings that differ only in length, or only in the last byte, across
/// the lengths where the word-at-a-time compare changes strategy (under 4,
/// 4 to 7, 8 and more, multiples of 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Lengths {
    #[ocpp("a")]
    L1,
    #[ocpp("aa")]
    L2,
    #[ocpp("aaa")]
    L3,
    #[ocpp("aaaa")]
    L4,
    #[ocpp("aaaaaaa")]
    L7,
    #[ocpp("aaaaaaaa")]
    L8,
    #[ocpp("aaaaaaaaa")]
    L9,
    #[ocpp("aaaaaaaaaaaaaaaa")]
    L16,
    #[ocpp("aaaaaaaaaaaaaaaab")]
    L16b,
    #[ocpp("aaaaaaaaaaaaaaab")]
    L15b,
    #[ocpp("aab")]
    L2b,
    #[ocpp("aaaaaab")]
    L6b,
    #[ocpp("aaaaaaab")]
    L7b,
}

/// The same, ignoring case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum LengthsCaseless {
    #[ocpp("A")]
    L1,
    #[ocpp("AA")]
    L2,
    #[ocpp("AAAA")]
    L4,
    #[ocpp("AAAAAAAA")]
    L8,
    #[ocpp("AAAAAAAAAAAAAAAA")]
    L16,
    #[ocpp("AAAAAAAAAAAAAAA@")]
    L15At,
    #[ocpp("AAAAAAAAAAAAAAA[")]
    L15Bracket,
    #[ocpp("AAAAAAA@")]
    L7At,
    #[ocpp("AAA@")]
    L3At,
    #[ocpp("A@")]
    L1At,
}

/// Checks one input against one model.
type Checker = fn(&Model, &str);

/// Every model, as `(model, checker)` pairs over one input.
fn models() -> Vec<(Model, Checker)> {
    fn entry<E: prop_support::model::Subject>(
        name: &'static str,
        aliases: &[(&'static str, &'static str)],
        caseless: bool,
        other: bool,
    ) -> (Model, Checker) {
        (Model::new::<E>(name, aliases, caseless, other), check::<E>)
    }
    vec![
        entry::<Exact>("Exact", EXACT_ALIASES, false, false),
        entry::<Caseless>("Caseless", CASELESS_ALIASES, true, false),
        entry::<Tiny>("Tiny", &[], false, false),
        entry::<TinyCaseless>("TinyCaseless", &[("1", "On")], true, false),
        entry::<WithOther>("WithOther", WITH_OTHER_ALIASES, false, true),
        entry::<CaselessOther>("CaselessOther", CASELESS_OTHER_ALIASES, true, true),
        entry::<TinyCaselessOther>("TinyCaselessOther", &[], true, true),
        entry::<CaseTwins>("CaseTwins", CASE_TWINS_ALIASES, false, false),
        entry::<Punct>("Punct", PUNCT_ALIASES, true, false),
        entry::<SameLength>("SameLength", SAME_LENGTH_ALIASES, false, false),
        entry::<SameLengthCaseless>("SameLengthCaseless", SAME_LENGTH_ALIASES, true, false),
        entry::<Colliding>("Colliding", COLLIDING_ALIASES, false, false),
        entry::<CollidingCaseless>("CollidingCaseless", COLLIDING_ALIASES, true, false),
        entry::<PunctHashed>("PunctHashed", PUNCT_HASHED_ALIASES, true, false),
        entry::<Lengths>("Lengths", &[], false, false),
        entry::<LengthsCaseless>("LengthsCaseless", &[], true, false),
    ]
}

fn check_all(s: &str) {
    thread_local! {
        static MODELS: Vec<(Model, Checker)> = models();
    }
    MODELS.with(|models| {
        for (m, check) in models {
            check(m, s);
        }
    });
}

fn spellings() -> Vec<&'static str> {
    models()
        .iter()
        .flat_map(|(m, _)| m.spellings.iter().map(|&(s, _)| s).collect::<Vec<_>>())
        .collect()
}

macro_rules! for_each_test_enum {
    ($f:ident $(, $arg:expr)*) => {{
        let models = models();
        let mut models = models.iter().map(|(m, _)| m);
        $f::<Exact>(models.next().unwrap() $(, $arg)*);
        $f::<Caseless>(models.next().unwrap() $(, $arg)*);
        $f::<Tiny>(models.next().unwrap() $(, $arg)*);
        $f::<TinyCaseless>(models.next().unwrap() $(, $arg)*);
        $f::<WithOther>(models.next().unwrap() $(, $arg)*);
        $f::<CaselessOther>(models.next().unwrap() $(, $arg)*);
        $f::<TinyCaselessOther>(models.next().unwrap() $(, $arg)*);
        $f::<CaseTwins>(models.next().unwrap() $(, $arg)*);
        $f::<Punct>(models.next().unwrap() $(, $arg)*);
        $f::<SameLength>(models.next().unwrap() $(, $arg)*);
        $f::<SameLengthCaseless>(models.next().unwrap() $(, $arg)*);
        $f::<Colliding>(models.next().unwrap() $(, $arg)*);
        $f::<CollidingCaseless>(models.next().unwrap() $(, $arg)*);
        $f::<PunctHashed>(models.next().unwrap() $(, $arg)*);
        $f::<Lengths>(models.next().unwrap() $(, $arg)*);
        $f::<LengthsCaseless>(models.next().unwrap() $(, $arg)*);
        assert!(models.next().is_none());
    }};
}

#[test]
fn every_variant_round_trips() {
    for_each_test_enum!(check_variants);
}

#[test]
fn affixes_of_spellings_are_parsed_exactly() {
    for_each_test_enum!(check_affixes);
}

#[test]
fn edge_strings_are_parsed_exactly() {
    for s in edge_strings() {
        check_all(&s);
    }
}

/// Known spellings normalise; everything else is kept as received.
#[test]
fn the_catch_all_keeps_unknown_text_and_normalises_known_spellings() {
    for s in [
        "", " ", "\t\r\n", "\0", "\u{7f}", "é", "😀", "accepted", "Celcius ", "Acme.X",
    ] {
        assert_eq!(s.parse(), Ok(WithOther::Other(s.to_owned())), "{s:?}");
        assert_eq!(WithOther::Other(s.to_owned()).to_string(), s);
    }
    assert_eq!("Celcius".parse(), Ok(WithOther::Celsius));
    assert_eq!(WithOther::Celsius.to_string(), "Celsius");
    assert_eq!("LOCALPREAUTH".parse(), Ok(CaselessOther::LocalPreAuthorize));
    assert_eq!(
        "LOCALPREAUTH\0".parse(),
        Ok(CaselessOther::Vendor("LOCALPREAUTH\0".to_owned()))
    );
    // A catch-all built by hand from a known spelling is still sent as is,
    // but reads back as the known variant: the normalisation, by design.
    let odd = WithOther::Other("Accepted".to_owned());
    assert_eq!(odd.to_string(), "Accepted");
    assert_eq!(odd.to_string().parse(), Ok(WithOther::Accepted));
    assert!(!WithOther::ALL.contains(&odd));
    // Open<E> classifies as E does, and writes known values canonically.
    assert_eq!(
        Open::<WithOther>::new("Celcius"),
        Open::Known(WithOther::Celsius)
    );
    assert_eq!(
        Open::<Caseless>::new("heartbeat").as_str(),
        "HeartbeatInterval"
    );
    assert_eq!(
        Open::<Caseless>::new("HEARTBEAT"),
        Open::Known(Caseless::HeartbeatInterval)
    );
    // A hand-built Unknown with known text still resolves.
    assert_eq!(
        Open::<Caseless>::Unknown("heartbeat".into()).resolve(),
        Some(Caseless::HeartbeatInterval)
    );
}

/// `from_wire_ignore_ascii_case` on spellings that differ only in case.
#[test]
fn exact_matches_win_then_the_first_declared() {
    assert_eq!(
        CaseTwins::from_wire_ignore_ascii_case("ABC"),
        Some(CaseTwins::Upper)
    );
    assert_eq!(
        CaseTwins::from_wire_ignore_ascii_case("aBC"),
        Some(CaseTwins::Title)
    );
    assert_eq!(
        CaseTwins::from_wire_ignore_ascii_case("AbC"),
        Some(CaseTwins::Lower)
    );
    assert_eq!(
        CaseTwins::from_wire_ignore_ascii_case("XYZ"),
        Some(CaseTwins::Xyz)
    );
    assert_eq!(CaseTwins::from_wire("AbC"), None);
    assert_eq!(Punct::from_wire("`z["), None);
    assert_eq!(Punct::from_wire("@z["), Some(Punct::Mixed1));
    assert_eq!(Punct::from_wire("`z{"), Some(Punct::Mixed2));
    assert_eq!(Punct::from_wire("KEY@VALUE[0]_^~"), Some(Punct::Long));
    assert_eq!(Punct::from_wire("KEY@VALUE{0}_^~"), None);
}

proptest! {
    #![proptest_config(Config { cases: 512, ..Config::default() })]

    #[test]
    fn arbitrary_text_is_parsed_exactly(s in any_text()) {
        check_all(&s);
    }

    #[test]
    fn near_misses_are_parsed_exactly(s in near(spellings())) {
        check_all(&s);
    }

    /// The catch-all and `Open<E>` round-trip any unknown string byte for
    /// byte, through `Display` and through serde_json.
    #[test]
    fn unknown_text_round_trips_byte_for_byte(s in any_text()) {
        let parsed: WithOther = s.parse().unwrap();
        if WithOther::from_wire(&s).is_none() {
            prop_assert_eq!(&parsed, &WithOther::Other(s.clone()));
        }
        for text in [parsed.to_string(), Open::<WithOther>::new(&s).to_string()] {
            if WithOther::from_wire(&s).is_none() {
                prop_assert_eq!(text.as_bytes(), s.as_bytes());
            }
        }
        let json = serde_json::to_string(&parsed).unwrap();
        prop_assert_eq!(serde_json::from_str::<WithOther>(&json).unwrap(), parsed);
        let open = Open::<CaselessOther>::new(&s);
        let json = serde_json::to_vec(&open).unwrap();
        let back: Open<CaselessOther> = serde_json::from_slice(&json).unwrap();
        prop_assert_eq!(&back, &open);
        if CaselessOther::from_wire(&s).is_none() {
            prop_assert_eq!(back.as_str().as_bytes(), s.as_bytes());
        }
    }

    #[test]
    fn json_deserializes_exactly(data in json_bytes(spellings())) {
        for_each_test_enum!(check_json, &data);
    }
}

/// Regression test: `Open<E>` rejected strings that a format hands over as
/// bytes, although `E` accepts them, so a field could not move from `E` to
/// `Open<E>` without breaking such inputs. Now both accept UTF-8 bytes and
/// reject the rest.
#[test]
fn open_accepts_the_byte_strings_its_enum_accepts() {
    use serde::de::value::{BytesDeserializer, Error};
    use serde::Deserialize;
    let de = BytesDeserializer::<Error>::new(b"Celcius");
    assert_eq!(WithOther::deserialize(de), Ok(WithOther::Celsius));
    assert_eq!(
        Open::<WithOther>::deserialize(de),
        Ok(Open::Known(WithOther::Celsius))
    );
    let de = BytesDeserializer::<Error>::new(b"Accepted");
    assert_eq!(
        Open::<Exact>::deserialize(de),
        Ok(Open::Unknown("Accepted".into()))
    );
    let de = BytesDeserializer::<Error>::new(b"Available");
    assert_eq!(
        Open::<Exact>::deserialize(de),
        Ok(Open::Known(Exact::Available))
    );
    let de = BytesDeserializer::<Error>::new(b"\xffAvailable");
    assert!(Exact::deserialize(de).is_err());
    assert!(Open::<Exact>::deserialize(de).is_err());
}
