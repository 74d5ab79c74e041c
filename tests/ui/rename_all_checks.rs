//! Wire strings derived by `rename_all` are checked like written ones, and
//! their errors point at the variant.
use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(rename_all = "lowercase")]
enum Units {
    Kwh,
    KWh,
    #[ocpp("wh")]
    Wh,
    WH,
    Maße,
}

#[derive(OcppEnum)]
#[ocpp(rename_all = "PascalCase", ascii_case_insensitive)]
enum Keys {
    HeartbeatInterval,
    #[ocpp("heartbeatinterval")]
    Lower,
}

fn main() {}
