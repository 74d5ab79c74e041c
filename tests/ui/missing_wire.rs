use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Status {
    #[ocpp("Available")]
    Available,
    /// Documented, but no wire string.
    Charging,
}

fn main() {}
