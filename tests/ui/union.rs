//! A union: one error at `union`, and its use sites stay quiet.
use ocpp_enums::OcppEnum;

#[derive(Clone, Copy, OcppEnum)]
union Raw {
    byte: u8,
}

fn main() {
    let _ = Raw::from_wire("A");
    let raw = Raw { byte: 0 };
    let _ = raw.index();
    let _ = format!("{raw}");
    let _ = Raw::try_from("x");
}
