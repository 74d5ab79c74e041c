use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Unit {
    #[ocpp("Celsius", "Celcius")]
    Celsius,
    #[ocpp("K")]
    #[ocpp("Kelvin")]
    Kelvin,
}

fn main() {}
