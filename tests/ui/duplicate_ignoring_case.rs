use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
#[ocpp(ascii_case_insensitive)]
enum Key {
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    #[ocpp("Heartbeat", alias = "HEARTBEATINTERVAL")]
    Heartbeat,
}

fn main() {}
