//! A `crate` path that names nothing: one error per cause, at the path.
use ocpp_enums::OcppEnum;

#[derive(Debug, Clone, Copy, PartialEq, OcppEnum)]
#[ocpp(crate = "nowhere::ocpp_enums")]
enum Status {
    #[ocpp("Available")]
    Available,
}

fn main() {}
