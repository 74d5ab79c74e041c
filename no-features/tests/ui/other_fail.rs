//! `#[ocpp(other)]` without the `alloc` feature: one error, at the variant.
use ocpp_enums::OcppEnum;

#[derive(Debug, Clone, PartialEq, OcppEnum)]
enum Key {
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    #[ocpp(other)]
    Vendor(String),
}

fn main() {
    assert_eq!(Key::from_wire("HeartbeatInterval"), Some(Key::HeartbeatInterval));
    let _ = "x".parse::<Key>();
}
