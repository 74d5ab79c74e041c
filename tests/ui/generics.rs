use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Tagged<'a, T> {
    #[ocpp("A")]
    A,
    #[ocpp(other)]
    Other(&'a T),
}

fn main() {}
