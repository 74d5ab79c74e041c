use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Status {
    #[ocpp("A", serde, rename_all = "lowercase", skip(Display))]
    A,
}

fn main() {}
