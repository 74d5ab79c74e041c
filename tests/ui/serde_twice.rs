use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(serde, serde = "yes", ascii_case_insensitive(true))]
#[ocpp(serde)]
enum Status {
    #[ocpp("A")]
    A,
}

fn main() {}
