//! An OCPP 1.6 charge point answering `ChangeConfiguration.req` with the
//! crate's configuration-key metadata: which side may send the request
//! (`Action::initiator`), whether the key is known and implemented, whether
//! it may be written (`ConfigurationKey::accessibility`), whether the value
//! has the key's type (`ConfigurationKey::check_value`), and whether a list
//! fits its `…MaxLength` key (`ConfigurationKey::max_length_key`).
//!
//! ```text
//! cargo run --example change_configuration
//! ```

use std::collections::BTreeMap;

use ocpp_enums::v16::{Accessibility, Action, ConfigurationKey, ConfigurationStatus, ValueType};
use ocpp_enums::OcppEnum;
use serde::Deserialize;
use serde_json::json;

/// `ChangeConfiguration.req`: both fields are required strings.
#[derive(Debug, Deserialize)]
struct ChangeConfigurationReq {
    key: String,
    value: String,
}

/// What this (imaginary) charge point implements, and its current values.
struct ChargePoint {
    values: BTreeMap<ConfigurationKey, String>,
    /// The fixed cable of this charge point makes
    /// `UnlockConnectorOnEVSideDisconnect` read-only (erratum 3.83); the other
    /// keys whose access the implementation chooses are writable here.
    fixed_cable: bool,
}

impl ChargePoint {
    fn new() -> Self {
        // Every required Core key, and a few optional ones.
        let mut values = BTreeMap::new();
        for key in ConfigurationKey::iter() {
            let core = key.feature_profile() == Some(ocpp_enums::v16::FeatureProfile::Core);
            if key.is_required() && core {
                let default = match key.value_type() {
                    ValueType::Boolean => "false",
                    ValueType::Integer => "0",
                    ValueType::Csl | ValueType::String => "",
                };
                values.insert(key, default.to_owned());
            }
        }
        for (key, value) in [
            (ConfigurationKey::HeartbeatInterval, "300"),
            (ConfigurationKey::NumberOfConnectors, "2"),
            (
                ConfigurationKey::SupportedFeatureProfiles,
                "Core,RemoteTrigger",
            ),
            (
                ConfigurationKey::MeterValuesSampledData,
                "Energy.Active.Import.Register",
            ),
            (ConfigurationKey::MeterValuesSampledDataMaxLength, "3"),
            (ConfigurationKey::WebSocketPingInterval, "60"),
            (ConfigurationKey::AuthorizationKey, ""),
        ] {
            values.insert(key, value.to_owned());
        }
        ChargePoint {
            values,
            fixed_cable: true,
        }
    }

    fn writable(&self, key: ConfigurationKey) -> bool {
        match key.accessibility() {
            Accessibility::ReadWrite | Accessibility::WriteOnly => true,
            Accessibility::ReadOnly => false,
            Accessibility::ReadOnlyOrReadWrite => {
                !(self.fixed_cable && key == ConfigurationKey::UnlockConnectorOnEvSideDisconnect)
            }
        }
    }

    /// The answer to one `ChangeConfiguration.req`, and why.
    fn change(&mut self, req: &ChangeConfigurationReq) -> (ConfigurationStatus, String) {
        // Keys ignore ASCII case (OCPP 1.6 chapter 9).
        let Some(key) = ConfigurationKey::from_wire(&req.key) else {
            return (
                ConfigurationStatus::NotSupported,
                "not a standard key".into(),
            );
        };
        if !self.values.contains_key(&key) {
            let why = if key.is_required() {
                "a required key of a profile this charge point does not implement"
            } else {
                "an optional key this charge point does not implement"
            };
            return (ConfigurationStatus::NotSupported, why.into());
        }
        if !self.writable(key) {
            return (
                ConfigurationStatus::Rejected,
                match key.accessibility() {
                    Accessibility::ReadOnlyOrReadWrite => {
                        format!(
                            "{key} is read-only here (the implementation's choice: fixed cable)"
                        )
                    }
                    access => format!("{key} is read-only ({access:?})"),
                },
            );
        }
        if let Err(err) = key.check_value(&req.value) {
            return (ConfigurationStatus::Rejected, err.to_string());
        }
        if let Some(limit_key) = key.max_length_key() {
            let limit: usize = self
                .values
                .get(&limit_key)
                .and_then(|v| v.parse().ok())
                .unwrap_or(usize::MAX);
            // check_value passed, so the items are non-empty; "" is no item.
            let items = if req.value.is_empty() {
                0
            } else {
                req.value.split(',').count()
            };
            if items > limit {
                return (
                    ConfigurationStatus::Rejected,
                    format!("{items} items, but {limit_key} is {limit}"),
                );
            }
        }
        self.values.insert(key, req.value.clone());
        (
            ConfigurationStatus::Accepted,
            format!("{key} = {:?}", req.value),
        )
    }
}

/// Handles one OCPP-J frame received from the central system; returns the
/// CALLRESULT (or CALLERROR) to send back.
fn on_frame(cp: &mut ChargePoint, frame: &str) -> (String, String) {
    let call: (u8, String, String, serde_json::Value) = match serde_json::from_str(frame) {
        Ok(call) => call,
        Err(e) => return (String::new(), format!("not a CALL: {e}")),
    };
    let (2, id, action, payload) = call else {
        return (String::new(), "not a CALL".into());
    };
    let reply_error = |code: &str, why: String| {
        let frame = json!([4, id, code, why, {}]).to_string();
        (frame, why)
    };
    let Some(action) = Action::from_wire(&action) else {
        return reply_error("NotImplemented", format!("unknown action {action:?}"));
    };
    // A charge point only answers requests the central system may send.
    if !action.initiator().csms_sends() {
        return reply_error(
            "ProtocolError",
            format!("{action} is sent by the charge point, not to it"),
        );
    }
    if action != Action::ChangeConfiguration {
        return reply_error("NotSupported", format!("{action} is not handled here"));
    }
    let req: ChangeConfigurationReq = match serde_json::from_value(payload) {
        Ok(req) => req,
        Err(e) => return reply_error("FormationViolation", e.to_string()),
    };
    let (status, why) = cp.change(&req);
    (json!([3, id, { "status": status }]).to_string(), why)
}

fn main() {
    let mut cp = ChargePoint::new();
    let requests = [
        (
            r#"[2,"1","ChangeConfiguration",{"key":"HeartbeatInterval","value":"900"}]"#,
            "Accepted",
        ),
        (
            r#"[2,"2","ChangeConfiguration",{"key":"heartbeatinterval","value":"15 min"}]"#,
            "Rejected",
        ),
        (
            r#"[2,"3","ChangeConfiguration",{"key":"NumberOfConnectors","value":"4"}]"#,
            "Rejected",
        ),
        (
            r#"[2,"4","ChangeConfiguration",{"key":"LocalPreAuthorize","value":"TRUE"}]"#,
            "Accepted",
        ),
        (
            r#"[2,"5","ChangeConfiguration",{"key":"MeterValuesSampledData","value":"Energy.Active.Import.Register, SoC, Voltage"}]"#,
            "Accepted",
        ),
        (
            r#"[2,"6","ChangeConfiguration",{"key":"MeterValuesSampledData","value":"Energy.Active.Import.Register,Volts"}]"#,
            "Rejected",
        ),
        (
            r#"[2,"7","ChangeConfiguration",{"key":"MeterValuesSampledData","value":"SoC,Voltage,Current.Import,Power.Active.Import"}]"#,
            "Rejected",
        ),
        (
            r#"[2,"8","ChangeConfiguration",{"key":"UnlockConnectorOnEVSideDisconnect","value":"false"}]"#,
            "Rejected",
        ),
        (
            r#"[2,"9","ChangeConfiguration",{"key":"AuthorizationKey","value":"0011223344556677"}]"#,
            "Accepted",
        ),
        (
            r#"[2,"10","ChangeConfiguration",{"key":"LightIntensity","value":"50"}]"#,
            "NotSupported",
        ),
        (
            r#"[2,"11","ChangeConfiguration",{"key":"Acme.FanMode","value":"quiet"}]"#,
            "NotSupported",
        ),
        (
            r#"[2,"12","ChangeConfiguration",{"key":"ConnectorPhaseRotation","value":"0.RST,1.RST,2.TSR"}]"#,
            "Accepted",
        ),
        (
            r#"[2,"13","ChangeConfiguration",{"key":"ConnectorPhaseRotation","value":"RST"}]"#,
            "Rejected",
        ),
        (
            r#"[2,"14","BootNotification",{"chargePointVendor":"x","chargePointModel":"y"}]"#,
            "ProtocolError",
        ),
    ];
    for (frame, expected) in requests {
        let (reply, why) = on_frame(&mut cp, frame);
        println!("<- {frame}");
        println!("-> {reply}");
        println!("   {why}");
        println!();
        assert!(reply.contains(expected), "expected {expected}: {reply}");
    }
    println!(
        "HeartbeatInterval is now {}",
        cp.values[&ConfigurationKey::HeartbeatInterval]
    );
}
