//! `#[ocpp(serde)]` without the `serde` feature: one error, at `serde`.
use ocpp_enums::OcppEnum;

#[derive(Debug, Clone, Copy, PartialEq, OcppEnum)]
#[ocpp(serde)]
enum Status {
    #[ocpp("Available")]
    Available,
}

fn main() {
    assert_eq!(Status::from_wire("Available"), Some(Status::Available));
}
