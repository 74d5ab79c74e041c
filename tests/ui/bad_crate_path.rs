use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(crate = "not a path")]
enum Key {
    #[ocpp("A")]
    A,
}

fn main() {}
