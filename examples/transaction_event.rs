//! Parses two OCPP 2.0.1 frames with `ocpp_enums::v201`: a `TransactionEvent`
//! CALL with meter values, and a `NotifyReport` whose component and variable
//! names are open vocabularies (`Open<ComponentName>`, `Open<VariableName>`).
//!
//! ```text
//! cargo run --example transaction_event
//! ```

use ocpp_enums::v201::{
    Action, AttributeEnumType, ChargingStateEnumType, ComponentName, DataEnumType, IdTokenEnumType,
    LocationEnumType, MeasurandEnumType, MutabilityEnumType, PhaseEnumType, ReadingContextEnumType,
    TransactionEventEnumType, TriggerReasonEnumType, UnitOfMeasure, VariableName,
};
use ocpp_enums::Open;
use serde::Deserialize;

/// `[2, "<messageId>", "<Action>", {payload}]`
#[derive(Debug, Deserialize)]
struct Call<P>(u8, String, Action, P);

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct TransactionEventRequest {
    event_type: TransactionEventEnumType,
    timestamp: String,
    trigger_reason: TriggerReasonEnumType,
    seq_no: u32,
    transaction_info: TransactionInfo,
    id_token: Option<IdToken>,
    #[serde(default)]
    meter_value: Vec<MeterValue>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct TransactionInfo {
    transaction_id: String,
    charging_state: Option<ChargingStateEnumType>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct IdToken {
    id_token: String,
    #[serde(rename = "type")]
    kind: IdTokenEnumType,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MeterValue {
    timestamp: String,
    sampled_value: Vec<SampledValue>,
}

/// Absent attributes take the defaults the schema gives them.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SampledValue {
    value: f64,
    #[serde(default)]
    context: ReadingContextEnumType,
    #[serde(default)]
    measurand: MeasurandEnumType,
    phase: Option<PhaseEnumType>,
    #[serde(default)]
    location: LocationEnumType,
    unit_of_measure: Option<UnitOfMeasureType>,
}

/// `unit` is a free string: standard units become `Known`, others stay text.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct UnitOfMeasureType {
    unit: Option<Open<UnitOfMeasure>>,
    #[serde(default)]
    multiplier: i32,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct NotifyReportRequest {
    request_id: i32,
    report_data: Vec<ReportData>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ReportData {
    component: Component,
    variable: Variable,
    variable_attribute: Vec<VariableAttribute>,
    variable_characteristics: Option<VariableCharacteristics>,
}

#[derive(Debug, Deserialize)]
struct Component {
    name: Open<ComponentName>,
}

#[derive(Debug, Deserialize)]
struct Variable {
    name: Open<VariableName>,
    instance: Option<String>,
}

#[derive(Debug, Deserialize)]
struct VariableAttribute {
    #[serde(default, rename = "type")]
    kind: AttributeEnumType,
    value: Option<String>,
    #[serde(default)]
    mutability: MutabilityEnumType,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct VariableCharacteristics {
    data_type: DataEnumType,
    unit: Option<Open<UnitOfMeasure>>,
}

const TRANSACTION_EVENT: &str = r#"[2, "5f1c2a", "TransactionEvent", {
  "eventType": "Updated",
  "timestamp": "2024-05-01T10:15:00Z",
  "triggerReason": "MeterValuePeriodic",
  "seqNo": 3,
  "transactionInfo": {"transactionId": "tx-0042", "chargingState": "SuspendedEVSE"},
  "idToken": {"idToken": "04A2B3C4D5E6F7", "type": "ISO14443"},
  "evse": {"id": 1, "connectorId": 1},
  "meterValue": [{
    "timestamp": "2024-05-01T10:15:00Z",
    "sampledValue": [
      {"value": 15432.7, "unitOfMeasure": {"unit": "kWh"}},
      {"value": 16.02, "measurand": "Current.Import", "phase": "L1", "unitOfMeasure": {"unit": "A"}},
      {"value": 229.8, "measurand": "Voltage", "phase": "L1-N", "unitOfMeasure": {"unit": "V"}},
      {"value": 78, "measurand": "SoC", "location": "EV", "unitOfMeasure": {"unit": "Percent"}},
      {"value": 7.4, "context": "Sample.Clock", "measurand": "Power.Active.Import",
       "unitOfMeasure": {"unit": "kW"}},
      {"value": 1.5, "measurand": "Power.Reactive.Import",
       "unitOfMeasure": {"unit": "Acme.kvarPerPhase", "multiplier": 3}}
    ]
  }]
}]"#;

const NOTIFY_REPORT: &str = r#"[2, "9a77e0", "NotifyReport", {
  "requestId": 17,
  "generatedAt": "2024-05-01T10:16:00Z",
  "seqNo": 0,
  "reportData": [
    {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"},
     "variableAttribute": [{"value": "300"}],
     "variableCharacteristics": {"dataType": "integer", "unit": "s", "supportsMonitoring": false}},
    {"component": {"name": "evse", "evse": {"id": 1}}, "variable": {"name": "availabilitystate"},
     "variableAttribute": [{"value": "Available", "mutability": "ReadOnly"}],
     "variableCharacteristics": {"dataType": "OptionList", "supportsMonitoring": true}},
    {"component": {"name": "AcmeFan"}, "variable": {"name": "Acme.FanSpeed", "instance": "rear"},
     "variableAttribute": [{"type": "Target", "value": "1200"}],
     "variableCharacteristics": {"dataType": "integer", "unit": "RPM", "supportsMonitoring": false}}
  ]
}]"#;

/// `Open` keeps what the peer sent byte for byte; `resolve` applies the
/// enum's own rules (here: component and variable names ignore ASCII case).
fn show<E: ocpp_enums::OcppEnum + Clone + std::fmt::Debug>(open: &Open<E>) -> String {
    match (open, open.resolve()) {
        (Open::Known(e), _) => format!("{e:?}"),
        (Open::Unknown(s), Some(e)) => format!("{s:?} (resolves to {e:?})"),
        (Open::Unknown(s), None) => format!("{s:?} (not standard, kept verbatim)"),
    }
}

fn main() -> Result<(), serde_json::Error> {
    let Call(kind, id, action, tx): Call<TransactionEventRequest> =
        serde_json::from_str(TRANSACTION_EVENT)?;
    assert_eq!(kind, 2, "a CALL");
    println!(
        "{action} {id}: {:?} at {}, because {:?} (#{})",
        tx.event_type, tx.timestamp, tx.trigger_reason, tx.seq_no
    );
    println!(
        "  transaction {} is {:?}",
        tx.transaction_info.transaction_id, tx.transaction_info.charging_state
    );
    if let Some(token) = &tx.id_token {
        println!("  authorized by {:?} token {}", token.kind, token.id_token);
    }
    for mv in &tx.meter_value {
        println!("  readings at {}:", mv.timestamp);
        for sv in &mv.sampled_value {
            let unit = match &sv.unit_of_measure {
                Some(UnitOfMeasureType {
                    unit: Some(u),
                    multiplier,
                }) => {
                    format!("{} (x10^{multiplier}) = {}", u.as_str(), show(u))
                }
                _ => "no unit".to_owned(),
            };
            let phase = sv.phase.map(|p| format!(" {p}")).unwrap_or_default();
            println!(
                "    {:<30} {:>9}{phase:<5} [{}, at {}]  {unit}",
                sv.measurand.as_str(),
                sv.value,
                sv.context,
                sv.location
            );
        }
    }
    // The first reading named no measurand: the schema default applies.
    assert_eq!(
        tx.meter_value[0].sampled_value[0].measurand,
        MeasurandEnumType::EnergyActiveImportRegister
    );

    println!();
    let Call(kind, id, action, report): Call<NotifyReportRequest> =
        serde_json::from_str(NOTIFY_REPORT)?;
    assert_eq!(kind, 2, "a CALL");
    println!("{action} {id} (request {}):", report.request_id);
    for data in &report.report_data {
        // Component and variable names ignore ASCII case on the wire: "evse"
        // resolves to the standard `EVSE`, and the peer's spelling is kept.
        let instance = data
            .variable
            .instance
            .as_deref()
            .map(|i| format!("[{i}]"))
            .unwrap_or_default();
        println!(
            "  {}.{}{instance}: component {}, variable {}",
            data.component.name,
            data.variable.name,
            show(&data.component.name),
            show(&data.variable.name)
        );
        for attr in &data.variable_attribute {
            println!(
                "    {:?} = {:?} ({:?})",
                attr.kind, attr.value, attr.mutability
            );
        }
        if let Some(c) = &data.variable_characteristics {
            let unit = c.unit.as_ref().map(show).unwrap_or_else(|| "-".to_owned());
            println!("    dataType {}, unit {unit}", c.data_type);
        }
    }
    let heartbeat = &report.report_data[0].variable.name;
    assert_eq!(heartbeat.known(), Some(&VariableName::HeartbeatInterval));
    let evse = &report.report_data[1].component.name;
    assert_eq!(evse.as_str(), "evse");
    assert_eq!(evse.resolve(), Some(ComponentName::Evse));
    assert_eq!(report.report_data[2].variable.name.resolve(), None);
    Ok(())
}
