use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Never {}

fn main() {}
