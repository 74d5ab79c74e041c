use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Status {
    #[ocpp("")]
    Available,
    #[ocpp("Charging", alias = "")]
    Charging,
}

fn main() {}
