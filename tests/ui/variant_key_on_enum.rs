use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp("Key", alias = "K", other)]
enum Key {
    #[ocpp("A")]
    A,
}

fn main() {}
