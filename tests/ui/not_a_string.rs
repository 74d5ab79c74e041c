use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(crate = ocpp_enums)]
enum Code {
    #[ocpp(404)]
    NotFound,
    #[ocpp("Gone", alias = b"GONE")]
    Gone,
    #[ocpp('c')]
    C,
}

fn main() {}
