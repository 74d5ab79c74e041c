use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Reading {
    #[ocpp("Energy")]
    Energy(u32),
    #[ocpp("Power")]
    Power { watts: u32 },
}

fn main() {}
