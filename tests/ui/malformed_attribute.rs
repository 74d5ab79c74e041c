use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Key {
    #[ocpp = "A"]
    A,
    #[ocpp]
    B,
    #[ocpp("C",, "D")]
    C,
    #[ocpp(alias)]
    D,
    #[ocpp(other = "x")]
    E(String),
}

fn main() {}
