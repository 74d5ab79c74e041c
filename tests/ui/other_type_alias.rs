use ocpp_enums::OcppEnum;

type Text = String;

#[derive(OcppEnum)]
enum Key {
    #[ocpp("A")]
    A,
    #[ocpp(other)]
    Vendor(Text),
}

fn main() {}
