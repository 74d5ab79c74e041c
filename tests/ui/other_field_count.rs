use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Key {
    #[ocpp("A")]
    A,
    #[ocpp(other)]
    Unknown(String, usize),
}

#[derive(OcppEnum)]
enum Named {
    #[ocpp("A")]
    A,
    #[ocpp(other)]
    Unknown { text: String },
}

fn main() {}
