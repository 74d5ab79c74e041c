use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Key {
    #[ocpp("A", ascii_case_insensitive)]
    A,
    #[ocpp("B", crate = "ocpp_enums")]
    B,
}

fn main() {}
