//! `#[ocpp(schemars)]` without the `schemars` feature: one error, at
//! `schemars`, whatever else the enum asks for.
use ocpp_enums::OcppEnum;

#[derive(Debug, Clone, Copy, PartialEq, OcppEnum)]
#[ocpp(ascii_case_insensitive, schemars)]
enum Status {
    #[ocpp("Available")]
    Available,
}

fn main() {
    assert_eq!(Status::from_wire("available"), Some(Status::Available));
}
