//! An enum with errors reports them once; its use sites stay quiet.
use ocpp_enums::OcppEnum;

#[derive(Debug, Clone, Copy, PartialEq, OcppEnum)]
#[ocpp(serde)]
enum Status {
    #[ocpp("Available")]
    Available,
    Charging,
    #[ocpp("Available")]
    Faulted,
}

fn main() {
    let parsed: Result<Status, ocpp_enums::ParseError> = "Available".parse();
    let _ = parsed;
    let _ = Status::from_wire("Charging");
    let _ = Status::Available.as_str();
    let _ = Status::Faulted.index();
    let _: &'static str = Status::Charging.into();
    let _ = Status::try_from("x");
    let _ = format!("{}", Status::Available);
    let _ = Status::iter().count();
    let _ = serde_json::to_string(&Status::Available);
}
