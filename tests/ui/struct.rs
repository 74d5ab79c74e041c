use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
struct Status {
    value: String,
}

fn main() {}
