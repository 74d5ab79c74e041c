use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Unit {
    #[ocpp("°C")]
    Celsius,
    #[ocpp("Energy Active")]
    Energy,
    #[ocpp("Tab\there")]
    Tab,
    #[ocpp("Ok", alias = "Bell\u{7}")]
    Ok,
}

fn main() {}
