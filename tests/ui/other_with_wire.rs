use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Key {
    #[ocpp("A")]
    A,
    #[ocpp(other, "Other")]
    Vendor(String),
}

fn main() {}
