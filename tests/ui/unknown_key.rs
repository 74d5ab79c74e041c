use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(case_insensitive)]
enum Key {
    #[ocpp("A", rename = "B")]
    A,
}

fn main() {}
