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
