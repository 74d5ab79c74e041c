use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(defmt, defmt = "yes", defmt(Display))]
#[ocpp(defmt)]
enum Status {
    #[ocpp("A")]
    A,
}

fn assert_format<T: defmt::Format>() {}

fn main() {
    // The stand-in beside the errors still implements `defmt::Format`.
    assert_format::<Status>();
}
