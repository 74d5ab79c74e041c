use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Status {
    #[ocpp("Accepted")]
    Accepted,
    #[ocpp("Rejected", alias = "Accepted")]
    Rejected,
    #[ocpp("Rejected")]
    Refused,
}

fn main() {}
