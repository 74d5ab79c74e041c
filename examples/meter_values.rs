//! Parses an OCPP-J `MeterValues` CALL into typed readings, then shows what a
//! charger's misspelt unit gets back.
//!
//! ```text
//! cargo run --example meter_values
//! ```

use ocpp_enums::v16::{
    Action, Location, Measurand, Phase, ReadingContext, UnitOfMeasure, ValueFormat,
};
use serde::Deserialize;

/// `[2, "<uniqueId>", "<Action>", {payload}]`
#[derive(Debug, Deserialize)]
struct Call<P>(u8, String, Action, P);

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MeterValuesRequest {
    connector_id: u32,
    transaction_id: Option<i64>,
    meter_value: Vec<MeterValue>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MeterValue {
    timestamp: String,
    sampled_value: Vec<SampledValue>,
}

/// Absent attributes take the defaults the specification gives them.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SampledValue {
    value: String,
    #[serde(default)]
    context: ReadingContext,
    #[serde(default)]
    format: ValueFormat,
    #[serde(default)]
    measurand: Measurand,
    phase: Option<Phase>,
    #[serde(default)]
    location: Location,
    #[serde(default)]
    unit: UnitOfMeasure,
}

const FRAME: &str = r#"[2, "19223201", "MeterValues", {
  "connectorId": 1,
  "transactionId": 1234,
  "meterValue": [{
    "timestamp": "2024-05-01T10:15:00Z",
    "sampledValue": [
      {"value": "15432.7", "measurand": "Energy.Active.Import.Register", "unit": "kWh"},
      {"value": "16.02", "measurand": "Current.Import", "phase": "L1", "unit": "A"},
      {"value": "229.8", "measurand": "Voltage", "phase": "L1-N", "unit": "V"},
      {"value": "41.5", "measurand": "Temperature", "location": "Body", "unit": "Celcius"},
      {"value": "78", "context": "Sample.Clock", "measurand": "SoC", "location": "EV",
       "unit": "Percent"},
      {"value": "15432700"}
    ]
  }]
}]"#;

fn main() -> Result<(), serde_json::Error> {
    let Call(message_type, id, action, request): Call<MeterValuesRequest> =
        serde_json::from_str(FRAME)?;
    assert_eq!(message_type, 2, "a CALL");
    println!(
        "CALL {action} {id}: connector {}, transaction {:?}",
        request.connector_id, request.transaction_id
    );
    for meter_value in &request.meter_value {
        println!("  at {}", meter_value.timestamp);
        println!(
            "    {:<30} {:>5} {:>10} {:<8} {:<6} {:<16} Format",
            "Measurand", "Phase", "Value", "Unit", "Where", "Context"
        );
        for s in &meter_value.sampled_value {
            let phase = s.phase.map_or("", |p| p.as_str());
            println!(
                "    {:<30} {:>5} {:>10} {:<8} {:<6} {:<16} {}",
                s.measurand, phase, s.value, s.unit, s.location, s.context, s.format
            );
        }
    }
    println!("(the temperature was sent as \"Celcius\", the schemas' typo; it reads as Celsius)");

    println!();
    println!("Units a charger may get wrong (\"Hertz\" is not an official unit):");
    for unit in ["KWH", "kwH", "Hertz"] {
        let frame = FRAME.replacen(r#""unit": "kWh""#, &format!(r#""unit": "{unit}""#), 1);
        match serde_json::from_str::<Call<MeterValuesRequest>>(&frame) {
            Ok(_) => println!("  {unit:?}: accepted"),
            Err(err) => println!("  {unit:?}: {err}"),
        }
    }
    Ok(())
}
