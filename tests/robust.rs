//! Compile-pass tests of the derive: unusual but valid enums must expand to
//! code that compiles (warning-free under `clippy -D warnings`) and behaves.
//! Each test then exercises the generated items against the reference model
//! of `prop_support`.

#![deny(warnings)]

#[path = "robust/big.rs"]
mod big;
#[path = "robust/printable.rs"]
mod printable;
mod prop_support;

use ocpp_enums::{EnumInfo, Initiator, OcppEnum, Open};
use proptest::prelude::*;
use proptest::test_runner::Config;

use prop_support::model::{
    check, check_affixes, check_affixes_sampled, check_casings_sampled, check_round_trips,
    check_variants, edge_strings, Model, Subject,
};
use prop_support::strategies::near;

/// [`check_variants`], [`check_affixes`] and the edge strings for `E`.
fn check_enum<E: Subject>(m: &Model) {
    check_variants::<E>(m);
    check_affixes::<E>(m);
    for s in edge_strings() {
        check::<E>(m, &s);
    }
}

fn exact<E: Subject>(name: &'static str) -> Model {
    Model::new::<E>(name, &[], false, false)
}

// ---------------------------------------------------------------------------
// One variant, and 300.

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum One {
    #[ocpp("Only")]
    Only,
}

#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum OneWithOther {
    #[ocpp("Only")]
    Only,
    #[ocpp(other)]
    Other(String),
}

#[test]
fn one_variant() {
    assert_eq!(One::ALL, [One::Only]);
    assert_eq!(One::COUNT, 1);
    assert_eq!(One::Only.index(), 0);
    assert_eq!(One::Only.as_str(), "Only");
    assert_eq!(<&'static str>::from(One::Only), "Only");
    assert_eq!(std::mem::size_of::<One>(), 0);
    assert_eq!(std::mem::size_of::<Option<One>>(), 1);
    check_enum::<One>(&exact::<One>("One"));
    check_enum::<OneWithOther>(&Model::new::<OneWithOther>(
        "OneWithOther",
        &[],
        false,
        true,
    ));
    assert_eq!("".parse(), Ok(OneWithOther::Other(String::new())));
}

#[test]
fn three_hundred_variants() {
    use big::{
        Big, BigCaseless, BigDigits, BigDigitsCaseless, BIG_CASELESS_ALIASES,
        BIG_DIGITS_CASELESS_ALIASES,
    };
    assert_eq!(Big::COUNT, 300);
    assert_eq!(BigCaseless::COUNT, 300);
    assert_eq!(BigDigits::COUNT, 300);
    assert_eq!(Big::ALL[299].index(), 299);
    assert_eq!(BigDigits::D255.index(), 255);
    assert_eq!(BigDigits::from_wire("Digit.256"), Some(BigDigits::D256));
    assert_eq!(std::mem::size_of::<Option<Big>>(), 2);
    // Every variant's round trip, but other casings and the affixes of only
    // some spellings: rejecting a string means computing a suggestion among
    // 300 values, several times (for each error message), slow in debug.
    fn check_big<E: Subject>(m: &Model) {
        check_round_trips::<E>(m);
        check_casings_sampled::<E>(m, 7);
        check_affixes_sampled::<E>(m, 23);
        for s in edge_strings() {
            check::<E>(m, &s);
        }
    }
    check_big::<Big>(&exact::<Big>("Big"));
    check_big::<BigDigits>(&exact::<BigDigits>("BigDigits"));
    check_big::<BigCaseless>(&Model::new::<BigCaseless>(
        "BigCaseless",
        BIG_CASELESS_ALIASES,
        true,
        false,
    ));
    check_big::<BigDigitsCaseless>(&Model::new::<BigDigitsCaseless>(
        "BigDigitsCaseless",
        BIG_DIGITS_CASELESS_ALIASES,
        true,
        false,
    ));
    assert_eq!(
        BigDigitsCaseless::from_wire("ALIAS.285"),
        Some(BigDigitsCaseless::D285)
    );
}

fn big_spellings() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = big::Big::VARIANTS.to_vec();
    all.extend(big::BigDigits::VARIANTS);
    all.extend(big::BIG_CASELESS_ALIASES.iter().map(|&(alias, _)| alias));
    all.extend(
        big::BIG_DIGITS_CASELESS_ALIASES
            .iter()
            .map(|&(alias, _)| alias),
    );
    all
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    /// Near misses of the 300-variant enums (past the `u8` index).
    #[test]
    fn three_hundred_variants_near_misses(s in near(big_spellings())) {
        thread_local! {
            static MODELS: [Model; 4] = [
                exact::<big::Big>("Big"),
                exact::<big::BigDigits>("BigDigits"),
                Model::new::<big::BigCaseless>(
                    "BigCaseless",
                    big::BIG_CASELESS_ALIASES,
                    true,
                    false,
                ),
                Model::new::<big::BigDigitsCaseless>(
                    "BigDigitsCaseless",
                    big::BIG_DIGITS_CASELESS_ALIASES,
                    true,
                    false,
                ),
            ];
        }
        MODELS.with(|[a, b, c, d]| {
            check::<big::Big>(a, &s);
            check::<big::BigDigits>(b, &s);
            check::<big::BigCaseless>(c, &s);
            check::<big::BigDigitsCaseless>(d, &s);
        });
    }
}

// ---------------------------------------------------------------------------
// Every printable ASCII character.

#[test]
fn every_printable_ascii_character() {
    use printable::{Printable, PrintableCaseless, ALL_PRINTABLE};
    assert_eq!(Printable::COUNT, 95);
    assert_eq!(Printable::from_wire("\""), Some(Printable::X22));
    assert_eq!(Printable::from_wire("\\"), Some(Printable::X5C));
    assert_eq!(Printable::from_wire(ALL_PRINTABLE), Some(Printable::All));
    assert_eq!(Printable::All.as_str(), ALL_PRINTABLE);
    assert_eq!(Printable::from_wire(" "), None);
    let reversed: String = ALL_PRINTABLE.chars().rev().collect();
    let aliases = [(&*reversed.leak(), ALL_PRINTABLE)];
    check_enum::<Printable>(&Model::new::<Printable>(
        "Printable",
        &aliases,
        false,
        false,
    ));
    check_enum::<PrintableCaseless>(&Model::new::<PrintableCaseless>(
        "PrintableCaseless",
        &aliases,
        true,
        false,
    ));
    assert_eq!(
        PrintableCaseless::from_wire("a"),
        Some(PrintableCaseless::X41)
    );
    assert_eq!(
        PrintableCaseless::from_wire("@"),
        Some(PrintableCaseless::X40)
    );
    assert_eq!(
        PrintableCaseless::from_wire("`"),
        Some(PrintableCaseless::X60)
    );
    assert_eq!(
        PrintableCaseless::from_wire(&ALL_PRINTABLE.to_ascii_uppercase()),
        Some(PrintableCaseless::All)
    );
    // Every single printable character is a variant of `Printable`.
    for c in '!'..='~' {
        let s = c.to_string();
        assert_eq!(Printable::from_wire(&s).map(|v| v.as_str()), Some(&*s));
    }
}

/// Escapes and raw strings in the attribute mean the characters they denote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Escaped {
    #[ocpp("\x41\u{42}C", alias = r"D\E")]
    Abc,
    #[ocpp(r#"Say"Hi""#, alias = "\u{7e}")]
    Quoted,
    #[ocpp(
        "a\
            b"
    )]
    Continued,
}

#[test]
fn escapes_and_raw_strings() {
    assert_eq!(Escaped::Abc.as_str(), "ABC");
    assert_eq!(Escaped::from_wire("D\\E"), Some(Escaped::Abc));
    assert_eq!(Escaped::Quoted.as_str(), "Say\"Hi\"");
    assert_eq!(Escaped::from_wire("~"), Some(Escaped::Quoted));
    assert_eq!(Escaped::Continued.as_str(), "ab");
    let aliases = [("D\\E", "ABC"), ("~", "Say\"Hi\"")];
    check_enum::<Escaped>(&Model::new::<Escaped>("Escaped", &aliases, false, false));
}

// ---------------------------------------------------------------------------
// Wire strings that differ only in their last byte, or only in length.

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum LastByte {
    #[ocpp("Connector.Status.0")]
    S0,
    #[ocpp("Connector.Status.1")]
    S1,
    #[ocpp("Connector.Status.2")]
    S2,
    #[ocpp("Connector.Status.A")]
    SA,
    #[ocpp("Connector.Status.a")]
    SLowerA,
    #[ocpp("Connector.Status.@")]
    SAt,
    #[ocpp("Connector.Status.`")]
    SGrave,
    #[ocpp("Connector.Status.~")]
    STilde,
    #[ocpp("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0")]
    Long0,
    #[ocpp("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz1")]
    Long1,
    #[ocpp("abc0")]
    Short0,
    #[ocpp("abc1")]
    Short1,
    #[ocpp("x")]
    X,
    #[ocpp("y")]
    Y,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum LastByteCaseless {
    #[ocpp("Connector.Status.0")]
    S0,
    #[ocpp("Connector.Status.A")]
    SA,
    #[ocpp("Connector.Status.@")]
    SAt,
    #[ocpp("Connector.Status.`")]
    SGrave,
    #[ocpp("Connector.Status.[")]
    SBracket,
    #[ocpp("Connector.Status.{")]
    SBrace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Length {
    #[ocpp("x")]
    X1,
    #[ocpp("xx")]
    X2,
    #[ocpp("xxx")]
    X3,
    #[ocpp("xxxx")]
    X4,
    #[ocpp("xxxxx")]
    X5,
    #[ocpp("xxxxxxx")]
    X7,
    #[ocpp("xxxxxxxx")]
    X8,
    #[ocpp("xxxxxxxxx")]
    X9,
    #[ocpp("xxxxxxxxxxxxxxx")]
    X15,
    #[ocpp("xxxxxxxxxxxxxxxx")]
    X16,
    #[ocpp("xxxxxxxxxxxxxxxxx")]
    X17,
    #[ocpp("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    X64,
    #[ocpp("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    X65,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum LengthCaseless {
    #[ocpp("X")]
    X1,
    #[ocpp("XX")]
    X2,
    #[ocpp("XXXXXXXX")]
    X8,
    #[ocpp("XXXXXXXXX")]
    X9,
}

/// Two variants that differ only in length: below the hash's threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum LengthPair {
    #[ocpp("Energy.Active.Import.Register")]
    Register,
    #[ocpp("Energy.Active.Import.Register.")]
    RegisterDot,
}

#[test]
fn wire_strings_differing_in_the_last_byte_or_in_length() {
    check_enum::<LastByte>(&exact::<LastByte>("LastByte"));
    check_enum::<Length>(&exact::<Length>("Length"));
    check_enum::<LengthPair>(&exact::<LengthPair>("LengthPair"));
    let caseless = |name| Model::new::<LastByteCaseless>(name, &[], true, false);
    check_enum::<LastByteCaseless>(&caseless("LastByteCaseless"));
    check_enum::<LengthCaseless>(&Model::new::<LengthCaseless>(
        "LengthCaseless",
        &[],
        true,
        false,
    ));
    assert_eq!(
        LastByteCaseless::from_wire("CONNECTOR.STATUS.a"),
        Some(LastByteCaseless::SA)
    );
    assert_eq!(
        LastByteCaseless::from_wire("connector.status.`"),
        Some(LastByteCaseless::SGrave)
    );
    for n in 0..100 {
        let s = "x".repeat(n);
        let want = Length::ALL.iter().find(|v| v.as_str().len() == n).copied();
        assert_eq!(Length::from_wire(&s), want, "{n}");
        assert_eq!(Length::from_wire(&s.to_ascii_uppercase()), None, "{n}");
        assert_eq!(
            Length::from_wire_ignore_ascii_case(&s.to_ascii_uppercase()),
            want
        );
    }
}

// ---------------------------------------------------------------------------
// Raw identifiers.

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum r#enum {
    #[ocpp("type")]
    r#type,
    #[ocpp("match")]
    r#match,
    #[ocpp("async", alias = "await")]
    r#async,
    #[ocpp("dyn")]
    r#dyn,
    #[ocpp("try")]
    r#try,
    #[ocpp("Plain")]
    r#Plain,
    #[ocpp(other)]
    r#struct(String),
}

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum r#loop {
    #[ocpp("fn")]
    r#fn,
    #[ocpp("impl")]
    r#impl,
    #[ocpp("gen")]
    r#gen,
}

#[test]
fn raw_identifiers() {
    assert_eq!(r#enum::NAME, "enum");
    assert_eq!(r#loop::NAME, "loop");
    assert_eq!("type".parse(), Ok(r#enum::r#type));
    assert_eq!("await".parse(), Ok(r#enum::r#async));
    assert_eq!(r#enum::Plain, r#enum::r#Plain);
    assert_eq!("x".parse(), Ok(r#enum::r#struct("x".into())));
    assert_eq!(r#loop::from_wire("IMPL"), Some(r#loop::r#impl));
    assert_eq!(r#loop::r#gen.index(), 2);
    let err = "mtach".parse::<r#loop>().unwrap_err();
    assert_eq!(err.enum_name(), "loop");
    let aliases = [("await", "async")];
    check_enum::<r#enum>(&Model::new::<r#enum>("enum", &aliases, false, true));
    check_enum::<r#loop>(&Model::new::<r#loop>("loop", &[], true, false));
}

// ---------------------------------------------------------------------------
// Explicit discriminants.

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[repr(u8)]
#[ocpp(serde)]
enum Discriminants {
    #[ocpp("Ten")]
    Ten = 10,
    #[ocpp("Two")]
    Two = 2,
    #[ocpp("Max")]
    Max = 255,
    #[ocpp("Zero")]
    Zero = 0,
    #[ocpp("Next")]
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[repr(i32)]
#[ocpp(serde)]
enum Negative {
    #[ocpp("Minus")]
    Minus = -1,
    #[ocpp("Big")]
    Big = 1 << 20,
}

/// Neither `Copy` nor `Clone`: nothing generated may move out of `&self`.
#[derive(Debug, PartialEq, OcppEnum)]
enum NotCopy {
    #[ocpp("A")]
    A,
    #[ocpp("B", alias = "b")]
    B,
}

/// Message names that know who sends each, and are not `Clone` either: the
/// initiator function takes the variant by value.
#[derive(Debug, PartialEq, OcppEnum)]
#[ocpp(initiator = "Self::initiator")]
enum NotCloneMessage {
    #[ocpp("Up")]
    Up,
    #[ocpp("Down")]
    Down,
}

impl NotCloneMessage {
    fn initiator(self) -> Initiator {
        match self {
            Self::Up => Initiator::ChargingStation,
            Self::Down => Initiator::Csms,
        }
    }
}

#[test]
fn enums_need_not_be_copy() {
    assert_eq!(NotCopy::B.index(), 1);
    assert_eq!(NotCopy::B.as_str(), "B");
    assert_eq!(NotCopy::from_wire("b"), Some(NotCopy::B));
    assert_eq!("A".parse::<NotCopy>(), Ok(NotCopy::A));
    assert_eq!(NotCopy::A.to_string(), "A");
    assert_eq!(EnumInfo::of::<NotCopy>().parse("b"), Some(1));
    let messages = EnumInfo::of::<NotCloneMessage>();
    assert_eq!(messages.initiator(0), Some(Initiator::ChargingStation));
    assert_eq!(messages.initiator(1), Some(Initiator::Csms));
    assert_eq!(messages.initiator(2), None);
}

#[test]
fn explicit_discriminants() {
    assert_eq!(Discriminants::Max as u8, 255);
    assert_eq!(Discriminants::Next as u8, 1);
    assert_eq!(Discriminants::Max.index(), 2);
    assert_eq!(Discriminants::Next.index(), 4);
    assert_eq!(
        Discriminants::ALL,
        [
            Discriminants::Ten,
            Discriminants::Two,
            Discriminants::Max,
            Discriminants::Zero,
            Discriminants::Next
        ]
    );
    assert_eq!(std::mem::size_of::<Discriminants>(), 1);
    assert_eq!(Negative::Minus as i32, -1);
    assert_eq!(Negative::Big.index(), 1);
    check_enum::<Discriminants>(&exact::<Discriminants>("Discriminants"));
    check_enum::<Negative>(&exact::<Negative>("Negative"));
}

// ---------------------------------------------------------------------------
// `#[cfg]` and `#[cfg_attr]` on variants.

#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[cfg_attr(all(), ocpp(ascii_case_insensitive))]
#[ocpp(serde)]
enum Configured {
    #[ocpp("Kept")]
    Kept,
    #[cfg(any())]
    #[ocpp("Removed")]
    Removed,
    // Removed before the derive sees it, so its invalid attribute is no error.
    #[cfg(any())]
    #[ocpp("", bogus)]
    Invalid(u8, u8),
    #[cfg(not(any()))]
    #[ocpp("Present")]
    Present,
    #[cfg_attr(all(), ocpp("ViaCfgAttr"))]
    ViaCfgAttr,
    #[cfg_attr(any(), ocpp("NotThis"))]
    #[ocpp("Real")]
    Real,
    #[ocpp("Aliased")]
    #[cfg_attr(all(), ocpp(alias = "AliasViaCfgAttr"))]
    #[cfg_attr(any(), ocpp(alias = "NeverAnAlias"))]
    Aliased,
    #[cfg_attr(all(), ocpp(other))]
    Other(String),
    #[cfg(any())]
    #[ocpp(other)]
    SecondOther(String),
}

#[test]
fn cfg_and_cfg_attr_on_variants() {
    assert_eq!(
        Configured::VARIANTS,
        ["Kept", "Present", "ViaCfgAttr", "Real", "Aliased"]
    );
    assert_eq!(Configured::from_wire("removed"), None);
    assert_eq!(Configured::from_wire("notthis"), None);
    assert_eq!(Configured::from_wire("NeverAnAlias"), None);
    assert_eq!(
        Configured::from_wire("aliasviacfgattr"),
        Some(Configured::Aliased)
    );
    assert_eq!("NotThis".parse(), Ok(Configured::Other("NotThis".into())));
    let aliases = [("AliasViaCfgAttr", "Aliased")];
    check_enum::<Configured>(&Model::new::<Configured>(
        "Configured",
        &aliases,
        true,
        true,
    ));
}

// ---------------------------------------------------------------------------
// Doc comments and other derives' attributes on variants.

/// An enum whose variants carry attributes of the compiler, of rustdoc and
/// of another derive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum, strum::EnumMessage,
)]
#[ocpp(serde)]
enum Annotated {
    /// A documented variant.
    ///
    /// With a second paragraph and `#[ocpp("NotAnAttribute")]` in the text.
    #[ocpp("Documented")]
    Documented,
    #[doc = "Documented by attribute."]
    #[doc(alias = "Aka")]
    #[ocpp("DocAttr")]
    DocAttr,
    #[default]
    #[strum(message = "the default")]
    #[ocpp("Defaulted")]
    Defaulted,
    #[ocpp("Allowed")]
    #[allow(clippy::all)]
    #[rustfmt::skip]
    Allowed,
    #[ocpp("Last")]
    /// Documentation after the attribute.
    #[strum(detailed_message = "after ocpp")]
    Last,
}

#[test]
fn doc_comments_and_other_attributes_on_variants() {
    use strum::EnumMessage;
    assert_eq!(Annotated::default(), Annotated::Defaulted);
    assert_eq!(Annotated::Defaulted.get_message(), Some("the default"));
    assert_eq!(Annotated::Last.get_detailed_message(), Some("after ocpp"));
    assert!(Annotated::Documented < Annotated::Last);
    assert_eq!(Annotated::COUNT, 5);
    check_enum::<Annotated>(&exact::<Annotated>("Annotated"));
}

/// Deprecated variants, including the catch-all: the generated code names
/// them all, and must not warn (this file denies warnings). Regression test:
/// the derive used to emit `use of deprecated unit variant` warnings.
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum WithDeprecated {
    #[ocpp("Current")]
    Current,
    #[ocpp("Old", alias = "Older")]
    #[deprecated = "sent by old firmware only"]
    Old,
    #[ocpp("Third")]
    Third,
    #[ocpp(other)]
    #[deprecated]
    Other(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum AllDeprecated {
    #[ocpp("Gone")]
    #[deprecated]
    Gone,
    #[ocpp("Going", alias = "Leaving")]
    #[deprecated]
    Going,
}

#[test]
#[allow(deprecated)]
fn deprecated_variants_do_not_warn() {
    assert_eq!("Older".parse(), Ok(WithDeprecated::Old));
    assert_eq!("x".parse(), Ok(WithDeprecated::Other("x".into())));
    assert_eq!(AllDeprecated::Going.index(), 1);
    let aliases = [("Older", "Old")];
    check_enum::<WithDeprecated>(&Model::new::<WithDeprecated>(
        "WithDeprecated",
        &aliases,
        false,
        true,
    ));
    let aliases = [("Leaving", "Going")];
    check_enum::<AllDeprecated>(&Model::new::<AllDeprecated>(
        "AllDeprecated",
        &aliases,
        true,
        false,
    ));
}

// ---------------------------------------------------------------------------
// `#[non_exhaustive]`.

#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[non_exhaustive]
#[ocpp(serde)]
pub enum Growing {
    #[ocpp("First")]
    First,
    #[ocpp("Second")]
    #[non_exhaustive]
    Second,
    #[ocpp(other)]
    #[non_exhaustive]
    Other(String),
}

#[test]
fn non_exhaustive() {
    assert_eq!(Growing::VARIANTS, ["First", "Second"]);
    check_enum::<Growing>(&Model::new::<Growing>("Growing", &[], false, true));
}

// ---------------------------------------------------------------------------
// An enum declared inside a function, and inside a generic one.

#[test]
fn enum_inside_a_function() {
    #[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
    #[ocpp(ascii_case_insensitive)]
    #[ocpp(serde)]
    enum Local {
        #[ocpp("Alpha", alias = "A")]
        Alpha,
        #[ocpp("Beta")]
        Beta,
        #[ocpp("Gamma")]
        Gamma,
        #[ocpp(other)]
        Other(String),
    }
    assert_eq!("a".parse(), Ok(Local::Alpha));
    assert_eq!("Delta".parse(), Ok(Local::Other("Delta".into())));
    check_enum::<Local>(&Model::new::<Local>("Local", &[("A", "Alpha")], true, true));

    fn generic<T: Default + PartialEq>() -> bool {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
        #[ocpp(serde)]
        enum Inner {
            #[ocpp("Inside")]
            Inside,
            #[ocpp("Outside")]
            Outside,
            #[ocpp("Other")]
            Other,
        }
        Inner::from_wire("Outside") == Some(Inner::Outside) && T::default() == T::default()
    }
    assert!(generic::<u8>());
    assert!(generic::<String>());
}

// ---------------------------------------------------------------------------
// Two enums in one module, with the same variant and wire names.

mod pair {
    use ocpp_enums::OcppEnum;

    #[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
    #[ocpp(serde)]
    pub enum First {
        #[ocpp("Accepted")]
        Accepted,
        #[ocpp("Rejected")]
        Rejected,
        #[ocpp("Pending")]
        Pending,
        #[ocpp(other)]
        Other(String),
    }

    #[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
    #[ocpp(serde)]
    pub enum Second {
        #[ocpp("Accepted")]
        Accepted,
        #[ocpp("Rejected", alias = "Refused")]
        Rejected,
        #[ocpp("Unknown")]
        Unknown,
        #[ocpp(other)]
        Other(String),
    }
}

#[test]
fn two_enums_in_one_module() {
    use pair::{First, Second};
    assert_eq!("Refused".parse(), Ok(Second::Rejected));
    assert_eq!("Refused".parse(), Ok(First::Other("Refused".into())));
    assert_eq!(First::VARIANTS, ["Accepted", "Rejected", "Pending"]);
    assert_eq!(Second::VARIANTS, ["Accepted", "Rejected", "Unknown"]);
    check_enum::<First>(&Model::new::<First>("First", &[], false, true));
    let aliases = [("Refused", "Rejected")];
    check_enum::<Second>(&Model::new::<Second>("Second", &aliases, false, true));
}

// ---------------------------------------------------------------------------
// The derive through a re-export, with `#[ocpp(crate = "...")]`.

/// Stands for a crate that re-exports ocpp-enums to its own users.
mod facade {
    pub use ocpp_enums as runtime;
    pub use ocpp_enums::OcppEnum as Wire;
}

mod user {
    #[derive(Debug, Clone, PartialEq, Eq, crate::facade::Wire)]
    #[ocpp(crate = "crate::facade::runtime", ascii_case_insensitive)]
    #[ocpp(serde)]
    pub enum Through {
        #[ocpp("Alpha", alias = "A")]
        Alpha,
        #[ocpp("Beta")]
        Beta,
        #[ocpp("Gamma")]
        Gamma,
        #[ocpp(other)]
        Other(String),
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, super::facade::Wire)]
    #[ocpp(crate = "super::facade::runtime")]
    #[ocpp(serde)]
    pub enum Relative {
        #[ocpp("One")]
        One,
        #[ocpp("Two")]
        Two,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
    #[ocpp(crate = "::ocpp_enums")]
    #[ocpp(serde)]
    pub enum Explicit {
        #[ocpp("One")]
        One,
    }
}

#[test]
fn derive_through_a_re_export() {
    use facade::runtime::OcppEnum as _;
    use user::{Explicit, Relative, Through};
    assert_eq!("a".parse(), Ok(Through::Alpha));
    assert_eq!(Through::from_wire("BETA"), Some(Through::Beta));
    assert_eq!(
        serde_json::to_string(&Through::Other("x".into())).unwrap(),
        "\"x\""
    );
    assert_eq!(Relative::Two.index(), 1);
    assert_eq!(Explicit::One.as_str(), "One");
    check_enum::<Through>(&Model::new::<Through>(
        "Through",
        &[("A", "Alpha")],
        true,
        true,
    ));
    check_enum::<Relative>(&exact::<Relative>("Relative"));
    let _: Open<Through> = Open::new("Alpha");
}

// ---------------------------------------------------------------------------
// Variant names that match the generated code's locals and prelude names.

#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Hygiene {
    #[ocpp("Some")]
    Some,
    #[ocpp("None")]
    None,
    #[ocpp("Ok")]
    Ok,
    #[ocpp("Err")]
    Err,
    #[ocpp("s")]
    s,
    #[ocpp("b")]
    b,
    #[ocpp("n")]
    n,
    #[ocpp("h")]
    h,
    #[ocpp("key")]
    key,
    #[ocpp("slot")]
    slot,
    #[ocpp("wire")]
    wire,
    #[ocpp("variant")]
    variant,
    #[ocpp("SLOTS")]
    SLOTS,
    #[ocpp("KEYS")]
    KEYS,
    #[ocpp("Self_")]
    Self_,
    #[ocpp("String")]
    String,
    #[ocpp(other)]
    text(std::string::String),
}

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum HygieneTiny {
    #[ocpp("subject")]
    subject,
    #[ocpp("buf")]
    buf,
}

#[test]
fn variant_names_do_not_clash_with_generated_code() {
    assert_eq!("None".parse(), Ok(Hygiene::None));
    assert_eq!("Nothing".parse(), Ok(Hygiene::text("Nothing".into())));
    assert_eq!(HygieneTiny::from_wire("BUF"), Some(HygieneTiny::buf));
    check_enum::<Hygiene>(&Model::new::<Hygiene>("Hygiene", &[], false, true));
    check_enum::<HygieneTiny>(&Model::new::<HygieneTiny>("HygieneTiny", &[], true, false));
}

// ---------------------------------------------------------------------------
// Primitive type names shadowed by the user's own types (legal, if unkind).

/// Regression test: the generated signatures used to name `str` and `usize`
/// unqualified, so a type called `str` or `usize` in scope broke them. They
/// now name `::core::primitive::*`.
mod shadowed_primitives {
    use ocpp_enums::OcppEnum;

    #[allow(non_camel_case_types, dead_code)]
    pub struct str;
    #[allow(non_camel_case_types, dead_code)]
    pub struct usize;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
    #[ocpp(serde)]
    pub enum Tiny {
        #[ocpp("One")]
        One,
        #[ocpp("Two")]
        Two,
    }
}

mod shadowed_str {
    use ocpp_enums::OcppEnum;

    #[allow(non_camel_case_types, dead_code)]
    pub struct str;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
    #[ocpp(serde)]
    pub enum Hashed {
        #[ocpp("Accepted")]
        Accepted,
        #[ocpp("Blocked", alias = "Banned")]
        Blocked,
        #[ocpp("Expired")]
        Expired,
        #[ocpp("Invalid")]
        Invalid,
    }
}

#[test]
fn shadowed_primitive_names() {
    use shadowed_primitives::Tiny;
    use shadowed_str::Hashed;
    assert_eq!(Tiny::Two.index(), 1);
    assert_eq!(<&'static str>::from(Tiny::Two), "Two");
    assert_eq!("Banned".parse(), Ok(Hashed::Blocked));
    check_enum::<Tiny>(&exact::<Tiny>("Tiny"));
    let aliases = [("Banned", "Blocked")];
    check_enum::<Hashed>(&Model::new::<Hashed>("Hashed", &aliases, false, false));
}

// ---------------------------------------------------------------------------
// Non-ASCII identifiers, split attributes and trailing commas.

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(crate = "::ocpp_enums")]
#[ocpp(serde)]
enum Maße {
    #[ocpp("Groesse")]
    Größe,
    #[ocpp("Cafe", alias = "Caf")]
    #[ocpp(alias = "Kaffee")]
    Café,
    #[ocpp("Naive")]
    Naïve,
}

#[test]
fn non_ascii_identifiers_and_split_attributes() {
    assert_eq!(Maße::NAME, "Maße");
    assert_eq!("KAFFEE".parse(), Ok(Maße::Café));
    let err = "Größe".parse::<Maße>().unwrap_err();
    assert!(
        err.to_string().starts_with("unknown Maße \"Größe\""),
        "{err}"
    );
    let aliases = [("Caf", "Cafe"), ("Kaffee", "Cafe")];
    check_enum::<Maße>(&Model::new::<Maße>("Maße", &aliases, true, false));
}
