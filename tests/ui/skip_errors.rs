use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(skip(Debug, OcppEnum, Serialize, Display, Display))]
enum Names {
    #[ocpp("A")]
    A,
}

#[derive(OcppEnum)]
#[ocpp(skip)]
#[ocpp(skip = "Display")]
#[ocpp(skip("Display"))]
enum Forms {
    #[ocpp("A")]
    A,
}

fn main() {}
