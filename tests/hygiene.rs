//! Generated code must not depend on what the user's module names: it uses
//! absolute paths only.
#![allow(dead_code, non_camel_case_types)]

mod shadowed {
    // Everything the generated code could accidentally refer to by a short name.
    pub struct Option;
    pub struct Result;
    pub struct String;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Box;
    pub struct Vec;
    pub mod core {}
    pub mod std {}
    pub mod alloc {}
    pub mod serde {}
    pub mod ocpp_enums {}
    pub trait OcppEnum {}
    pub trait FromStr {}
    pub trait Display {}
    pub fn from_wire() {}
    pub struct Initiator;
    pub trait Clone {}
    pub struct index;
    pub struct value;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
    pub enum Outcome {
        #[ocpp("None")]
        None,
        #[ocpp("Some")]
        Some,
        #[ocpp("Ok")]
        Ok,
        #[ocpp("Err")]
        Err,
        #[ocpp("Error")]
        Error,
        #[ocpp("Self", alias = "self")]
        SelfValue,
        #[ocpp("s")]
        s,
        #[ocpp("b")]
        b,
    }

    #[derive(Debug, Clone, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
    #[ocpp(ascii_case_insensitive)]
    #[ocpp(serde)]
    #[ocpp(initiator = "Self::initiator")]
    pub enum WithOther {
        #[ocpp("Option")]
        Option,
        #[ocpp("Result")]
        Result,
        #[ocpp("String")]
        String,
        #[ocpp(other)]
        text(::std::string::String),
    }

    impl WithOther {
        pub fn initiator(self) -> ::ocpp_enums::Initiator {
            match self {
                WithOther::Option => ::ocpp_enums::Initiator::Csms,
                _ => ::ocpp_enums::Initiator::Both,
            }
        }
    }
}

use ocpp_enums::OcppEnum;
use shadowed::{Outcome, WithOther};

#[test]
fn variants_named_like_prelude_items_work() {
    assert_eq!(Outcome::from_wire("None"), Some(Outcome::None));
    assert_eq!(Outcome::from_wire("Some"), Some(Outcome::Some));
    assert_eq!(Outcome::from_wire("self"), Some(Outcome::SelfValue));
    assert_eq!("Err".parse(), Ok(Outcome::Err));
    assert_eq!(Outcome::Ok.to_string(), "Ok");
    assert_eq!(Outcome::from_wire("nothing"), None);
    assert_eq!(Outcome::COUNT, 8);
}

#[test]
fn the_initiator_table_ignores_shadowed_names() {
    let info = ocpp_enums::EnumInfo::of::<WithOther>();
    assert_eq!(info.initiator(0), Some(ocpp_enums::Initiator::Csms));
    assert_eq!(info.initiator(1), Some(ocpp_enums::Initiator::Both));
    assert_eq!(info.initiator(3), None);
}

#[test]
fn shadowed_types_do_not_leak_into_the_catch_all() {
    assert_eq!(WithOther::from_wire("string"), Some(WithOther::String));
    assert_eq!("anything".parse(), Ok(WithOther::text("anything".into())));
    assert_eq!(
        serde_json::to_string(&WithOther::Result).unwrap(),
        r#""Result""#
    );
    assert_eq!(
        serde_json::from_str::<WithOther>(r#""x""#).unwrap(),
        WithOther::text("x".into())
    );
}

/// A hashed enum, a case-insensitive one, a tiny one (searched one by one)
/// and one with a catch-all, declared in the module that invokes this.
macro_rules! hygiene_enums {
    () => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
        #[ocpp(serde)]
        pub enum Hashed {
            #[ocpp("Accepted")]
            Accepted,
            #[ocpp("Blocked", alias = "Banned")]
            Blocked,
            #[ocpp("Expired")]
            Expired,
            #[ocpp("Energy.Active.Import.Register")]
            Register,
        }

        #[derive(Debug, Clone, Copy, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
        #[ocpp(ascii_case_insensitive)]
        pub enum Insensitive {
            #[ocpp("HeartbeatInterval")]
            HeartbeatInterval,
            #[ocpp("MeterValueSampleInterval")]
            MeterValueSampleInterval,
            #[ocpp("NumberOfConnectors")]
            NumberOfConnectors,
        }

        #[derive(Debug, Clone, Copy, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
        pub enum Tiny {
            #[ocpp("Yes")]
            Yes,
        }

        #[derive(Debug, Clone, PartialEq, Eq, ::ocpp_enums::OcppEnum)]
        #[ocpp(serde)]
        pub enum CatchAll {
            #[ocpp("Known")]
            Known,
            #[ocpp("Other")]
            Other,
            #[ocpp("Third")]
            Third,
            #[ocpp(other)]
            Vendor(::std::string::String),
        }
    };
}

/// Every name the generated code binds or could bind (parameters, locals,
/// its own statics), defined by the user beside the enums: unit structs and
/// a function here, constants and statics in `bound_values` below.
mod bindings {
    #![allow(non_upper_case_globals)]
    pub struct n;
    pub struct s;
    pub struct x;
    pub fn row() {}
    pub struct b;
    pub struct buf;
    pub struct text;
    pub struct f;
    pub struct index;
    pub struct subject;
    pub struct variant;
    pub struct value;
    pub struct serializer;
    pub struct deserializer;
    pub struct __OCPP_SPELLINGS;
    pub struct __OCPP_EXACT;
    pub struct __OCPP_FOLDED;

    hygiene_enums!();
}

mod bound_values {
    #![allow(non_upper_case_globals)]
    pub const s: &str = "x";
    pub const w: u64 = 0;
    pub static slot: usize = 0;
    pub const n: usize = 0;
    pub const text: &str = "";
    pub const f: u8 = 0;
    pub const index: usize = 0;
    pub static __OCPP_SPELLINGS: u8 = 0;
    pub static __OCPP_EXACT: u8 = 0;
    pub static __OCPP_FOLDED: u8 = 0;

    hygiene_enums!();
}

/// Uses every generated item of `$m`'s enums.
macro_rules! use_every_item {
    ($m:ident) => {{
        use $m::{CatchAll, Hashed, Insensitive, Tiny};

        assert_eq!(Hashed::NAME, "Hashed");
        assert_eq!(Hashed::ALL.len(), Hashed::COUNT);
        assert_eq!(Hashed::VARIANTS[3], "Energy.Active.Import.Register");
        assert_eq!(Hashed::from_wire("Banned"), Some(Hashed::Blocked));
        assert_eq!(
            Hashed::from_wire_ignore_ascii_case("EXPIRED"),
            Some(Hashed::Expired)
        );
        assert!(Hashed::is_valid("Accepted") && !Hashed::is_valid("x"));
        assert_eq!(Hashed::iter().count(), 4);
        assert_eq!(Hashed::Register.as_str(), "Energy.Active.Import.Register");
        assert_eq!(Hashed::Register.index(), 3);
        assert_eq!(<&str>::from(Hashed::Accepted), "Accepted");
        assert_eq!(Hashed::Expired.as_ref(), "Expired");
        assert_eq!(
            <Hashed as std::str::FromStr>::from_str("Blocked"),
            Ok(Hashed::Blocked)
        );
        assert_eq!(Hashed::try_from("Accepted"), Ok(Hashed::Accepted));
        assert_eq!(format!("{:>9}", Hashed::Blocked), "  Blocked");
        assert_eq!(
            serde_json::to_string(&Hashed::Blocked).unwrap(),
            r#""Blocked""#
        );
        assert_eq!(
            serde_json::from_str::<Hashed>(r#""Banned""#).unwrap(),
            Hashed::Blocked
        );

        assert_eq!(
            Insensitive::from_wire("heartbeatinterval"),
            Some(Insensitive::HeartbeatInterval)
        );
        assert_eq!(
            Insensitive::from_wire_ignore_ascii_case("NUMBEROFCONNECTORS"),
            Some(Insensitive::NumberOfConnectors)
        );
        assert_eq!(
            Insensitive::MeterValueSampleInterval.to_string(),
            "MeterValueSampleInterval"
        );
        assert_eq!(
            "meterVALUEsampleinterval".parse(),
            Ok(Insensitive::MeterValueSampleInterval)
        );
        assert!("Nope".parse::<Insensitive>().is_err());

        assert_eq!(Tiny::from_wire("Yes"), Some(Tiny::Yes));
        assert_eq!(Tiny::from_wire_ignore_ascii_case("yes"), Some(Tiny::Yes));
        assert_eq!(Tiny::from_wire("No"), None);
        assert_eq!(Tiny::Yes.as_str(), "Yes");
        assert_eq!(Tiny::VARIANTS, ["Yes"]);

        assert_eq!(CatchAll::from_wire("Other"), Some(CatchAll::Other));
        assert_eq!(
            CatchAll::from_wire_ignore_ascii_case("third"),
            Some(CatchAll::Third)
        );
        assert_eq!("Acme".parse(), Ok(CatchAll::Vendor("Acme".into())));
        assert_eq!(OcppEnum::as_str(&CatchAll::Vendor("Acme".into())), "Acme");
        assert_eq!(OcppEnum::as_str(&CatchAll::Third), "Third");
        assert_eq!(CatchAll::Known.to_string(), "Known");
        assert_eq!(
            serde_json::from_str::<CatchAll>(r#""x""#).unwrap(),
            CatchAll::Vendor("x".into())
        );
        assert_eq!(CatchAll::VARIANTS, ["Known", "Other", "Third"]);
    }};
}

#[test]
fn user_items_named_like_generated_bindings_change_nothing() {
    use_every_item!(bindings);
    use_every_item!(bound_values);
}
