use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Key {
    #[ocpp("A")]
    A,
    #[ocpp(other)]
    Vendor(String),
    #[ocpp(other)]
    Unknown(String),
}

fn main() {}
