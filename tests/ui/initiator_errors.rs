use ocpp_enums::{Initiator, OcppEnum};

// Not a path, and given twice.
#[derive(OcppEnum)]
#[ocpp(initiator = "who sends?")]
enum A {
    #[ocpp("A")]
    A,
}

#[derive(Clone, Copy, OcppEnum)]
#[ocpp(initiator = "sender", initiator = "sender")]
enum B {
    #[ocpp("B")]
    B,
}

fn sender(_: B) -> Initiator {
    Initiator::Both
}

// A function of the wrong type: reported at the string.
#[derive(Clone, Copy, OcppEnum)]
#[ocpp(initiator = "Self::name")]
enum C {
    #[ocpp("C")]
    C,
}

impl C {
    fn name(self) -> &'static str {
        "C"
    }
}

fn main() {}
