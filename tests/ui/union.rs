use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
union Raw {
    byte: u8,
}

fn main() {}
