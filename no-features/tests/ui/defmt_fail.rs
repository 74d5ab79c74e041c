//! `#[ocpp(defmt)]` without the `defmt` feature: one error, at `defmt`.
use ocpp_enums::OcppEnum;

#[derive(Debug, Clone, Copy, PartialEq, OcppEnum)]
#[ocpp(defmt)]
enum Status {
    #[ocpp("Available")]
    Available,
}

fn main() {
    assert_eq!(Status::from_wire("Available"), Some(Status::Available));
}
