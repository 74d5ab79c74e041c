//! One handler for the `StatusNotification` of an OCPP 2.0.1 station and of an
//! OCPP 2.1 station: `ConnectorStatusEnumType` has the same values in both
//! versions, so `v201::ConnectorStatusEnumType` and
//! `v21::ConnectorStatusEnumType` are one type and the payload struct is
//! shared. Only the action, which 2.1 extends, is parsed per version.
//!
//! ```text
//! cargo run --example status_notification
//! ```

use ocpp_enums::v201::ConnectorStatusEnumType;
use ocpp_enums::{v201, v21, OcppEnum, Subprotocol};
use serde::Deserialize;

/// `[2, "<messageId>", "<Action>", {payload}]`, with each version's `Action`.
#[derive(Debug, Deserialize)]
struct Call<A, P>(u8, String, A, P);

/// The same schema in OCPP 2.0.1 and 2.1.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StatusNotificationRequest {
    timestamp: String,
    connector_status: ConnectorStatusEnumType,
    evse_id: u32,
    connector_id: u32,
}

/// The one handler, for every station.
fn on_status_notification(station: &str, req: &StatusNotificationRequest) -> String {
    let what = match req.connector_status {
        ConnectorStatusEnumType::Available => "free",
        ConnectorStatusEnumType::Occupied => "in use",
        ConnectorStatusEnumType::Reserved => "held for a reservation",
        ConnectorStatusEnumType::Unavailable => "out of service",
        ConnectorStatusEnumType::Faulted => "faulted: send a technician",
    };
    format!(
        "{station}: EVSE {} connector {} is {} ({what}) since {}",
        req.evse_id, req.connector_id, req.connector_status, req.timestamp
    )
}

/// Decodes a frame by the subprotocol the station negotiated; the action is
/// checked with that version's `Action`.
fn decode(
    protocol: Subprotocol,
    frame: &str,
) -> Result<(String, StatusNotificationRequest), String> {
    let err = |e: serde_json::Error| e.to_string();
    match protocol {
        Subprotocol::Ocpp2_0_1 => {
            let Call(2, id, action, req): Call<v201::Action, _> =
                serde_json::from_str(frame).map_err(err)?
            else {
                return Err("not a CALL".into());
            };
            if action != v201::Action::StatusNotification {
                return Err(format!("unexpected {action}"));
            }
            Ok((id, req))
        }
        Subprotocol::Ocpp2_1 => {
            let Call(2, id, action, req): Call<v21::Action, _> =
                serde_json::from_str(frame).map_err(err)?
            else {
                return Err("not a CALL".into());
            };
            // A 2.0.1 action converts into 2.1 with `From`.
            if action != v201::Action::StatusNotification.into() {
                return Err(format!("unexpected {action}"));
            }
            Ok((id, req))
        }
        Subprotocol::Ocpp1_6 => Err("OCPP 1.6 has ChargePointStatus, see ocpp_enums::v16".into()),
    }
}

fn main() {
    // Each station offered subprotocols; the server takes the first it knows.
    let stations = [
        (
            "CS-0201",
            "ocpp2.0.1",
            r#"[2, "a1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Occupied", "evseId": 1, "connectorId": 1}]"#,
        ),
        (
            "CS-0210",
            "ocpp2.1, ocpp2.0.1",
            r#"[2, "b7", "StatusNotification", {"timestamp": "2024-05-01T10:00:05Z", "connectorStatus": "Faulted", "evseId": 2, "connectorId": 1}]"#,
        ),
        (
            "CS-0211",
            "ocpp2.1",
            r#"[2, "c3", "StatusNotification", {"timestamp": "2024-05-01T10:00:09Z", "connectorStatus": "Charging", "evseId": 1, "connectorId": 2}]"#,
        ),
    ];
    for (station, offered, frame) in stations {
        let Some(protocol) = offered
            .split(',')
            .map(str::trim)
            .find_map(Subprotocol::from_wire)
        else {
            println!("{station}: no common subprotocol in {offered:?}");
            continue;
        };
        match decode(protocol, frame) {
            Ok((id, req)) => {
                println!("[{protocol}] {}", on_status_notification(station, &req));
                // The response has an empty payload in both versions.
                println!("  -> [3, {id:?}, {{}}]");
            }
            // "Charging" is a 1.6 status; 2.x rejects it, naming the type.
            Err(e) => println!("[{protocol}] {station}: rejected: {e}"),
        }
    }
    assert_eq!(
        std::any::TypeId::of::<v201::ConnectorStatusEnumType>(),
        std::any::TypeId::of::<v21::ConnectorStatusEnumType>()
    );
    assert_eq!(
        ConnectorStatusEnumType::COUNT,
        v21::ConnectorStatusEnumType::COUNT
    );
}
