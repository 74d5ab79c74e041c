use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(rename_all = "snake-case")]
enum Phase {
    L1,
    L2,
}

#[derive(OcppEnum)]
#[ocpp(rename_all = "kebab-case", rename_all = "lowercase")]
enum Twice {
    A,
}

#[derive(OcppEnum)]
#[ocpp(rename_all)]
enum NoRule {
    #[ocpp("A")]
    A,
}

#[derive(OcppEnum)]
#[ocpp(rename_all = snake_case)]
enum NotAString {
    #[ocpp("A")]
    A,
}

fn main() {}
