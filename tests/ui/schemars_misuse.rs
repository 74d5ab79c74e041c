use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(schemars, schemars = "yes", skip(JsonSchema))]
#[ocpp(schemars)]
enum Status {
    #[ocpp("A", schemars)]
    A,
}

// A type the derive rejects still gets its `JsonSchema`: no follow-on errors.
#[derive(OcppEnum)]
#[ocpp(schemars)]
struct NotAnEnum;

fn main() {
    let _ = <Status as schemars::JsonSchema>::schema_name();
    let _ = <NotAnEnum as schemars::JsonSchema>::schema_name();
}
