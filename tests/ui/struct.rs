//! A struct: one error at `struct`, and its use sites stay quiet.
use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(serde)]
struct Status {
    value: String,
}

fn main() {
    let _ = Status::from_wire("A");
    let _: Result<Status, _> = "A".parse();
    let status = Status { value: String::new() };
    let _ = status.as_str();
    let _ = status.to_string();
    let _ = serde_json::to_string(&status);
    let _: &'static str = status.into();
}
