//! Real OCPP-J frames, deserialized with serde into small structs that use
//! the `ocpp_enums::v16` enums, then serialized again.
//!
//! A CALL is `[2, "<uniqueId>", "<Action>", {payload}]`, a CALLRESULT is
//! `[3, "<uniqueId>", {payload}]`.

use ocpp_enums::v16::*;
use ocpp_enums::Open;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// An OCPP-J CALL.
#[derive(Debug, Deserialize, Serialize)]
struct Call<P>(u8, String, Action, P);

/// An OCPP-J CALLRESULT.
#[derive(Debug, Deserialize, Serialize)]
struct CallResult<P>(u8, String, P);

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct MeterValuesRequest {
    connector_id: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    transaction_id: Option<i64>,
    meter_value: Vec<MeterValue>,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct MeterValue {
    timestamp: String,
    sampled_value: Vec<SampledValue>,
}

/// Every optional attribute but `phase` has a specified default.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct SampledValue {
    value: String,
    #[serde(default)]
    context: ReadingContext,
    #[serde(default)]
    format: ValueFormat,
    #[serde(default)]
    measurand: Measurand,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phase: Option<Phase>,
    #[serde(default)]
    location: Location,
    #[serde(default)]
    unit: UnitOfMeasure,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct StatusNotificationRequest {
    connector_id: u32,
    error_code: ChargePointErrorCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    info: Option<String>,
    status: ChargePointStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    vendor_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    vendor_error_code: Option<String>,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct BootNotificationResponse {
    current_time: String,
    interval: u32,
    status: RegistrationStatus,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct GetConfigurationResponse {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    configuration_key: Vec<KeyValue>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    unknown_key: Vec<Open<ConfigurationKey>>,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct KeyValue {
    key: Open<ConfigurationKey>,
    readonly: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<String>,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct SecurityEventNotificationRequest {
    #[serde(rename = "type")]
    kind: Open<SecurityEvent>,
    timestamp: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tech_info: Option<String>,
}

const METER_VALUES: &str = r#"[2, "19223201", "MeterValues", {
  "connectorId": 1,
  "transactionId": 1234,
  "meterValue": [{
    "timestamp": "2024-05-01T10:15:00Z",
    "sampledValue": [
      {"value": "15432.7", "context": "Sample.Periodic", "format": "Raw",
       "measurand": "Energy.Active.Import.Register", "location": "Outlet", "unit": "kWh"},
      {"value": "16.02", "context": "Sample.Periodic", "measurand": "Current.Import",
       "phase": "L1", "location": "Outlet", "unit": "A"},
      {"value": "229.8", "measurand": "Voltage", "phase": "L1-N", "unit": "V"},
      {"value": "11.04", "measurand": "Power.Active.Import", "unit": "kW"},
      {"value": "41.5", "measurand": "Temperature", "location": "Body", "unit": "Celsius"},
      {"value": "78", "context": "Sample.Clock", "measurand": "SoC", "location": "EV",
       "unit": "Percent"},
      {"value": "15432700"}
    ]
  }]
}]"#;

#[test]
fn meter_values_call() {
    let frame: Call<MeterValuesRequest> = serde_json::from_str(METER_VALUES).unwrap();
    assert_eq!(frame.0, 2);
    assert_eq!(frame.1, "19223201");
    assert_eq!(frame.2, Action::MeterValues);
    let req = &frame.3;
    assert_eq!(req.connector_id, 1);
    assert_eq!(req.transaction_id, Some(1234));
    let samples = &req.meter_value[0].sampled_value;
    assert_eq!(samples.len(), 7);

    assert_eq!(samples[0].measurand, Measurand::EnergyActiveImportRegister);
    assert_eq!(samples[0].unit, UnitOfMeasure::KWh);
    assert_eq!(samples[0].format, ValueFormat::Raw);
    assert_eq!(samples[1].measurand, Measurand::CurrentImport);
    assert_eq!(samples[1].phase, Some(Phase::L1));
    assert_eq!(samples[1].unit, UnitOfMeasure::A);
    assert_eq!(samples[2].phase, Some(Phase::L1N));
    assert_eq!(samples[2].unit, UnitOfMeasure::V);
    assert_eq!(samples[3].measurand, Measurand::PowerActiveImport);
    assert_eq!(samples[3].unit, UnitOfMeasure::KW);
    assert_eq!(samples[4].location, Location::Body);
    assert_eq!(samples[4].unit, UnitOfMeasure::Celsius);
    assert_eq!(samples[5].measurand, Measurand::Soc);
    assert_eq!(samples[5].context, ReadingContext::SampleClock);
    assert_eq!(samples[5].location, Location::Ev);
    assert_eq!(samples[5].unit, UnitOfMeasure::Percent);

    // Only a value: every other attribute takes its specified default.
    let bare = &samples[6];
    assert_eq!(
        *bare,
        SampledValue {
            value: "15432700".to_owned(),
            context: ReadingContext::SamplePeriodic,
            format: ValueFormat::Raw,
            measurand: Measurand::EnergyActiveImportRegister,
            phase: None,
            location: Location::Outlet,
            unit: UnitOfMeasure::Wh,
        }
    );

    // Serializing writes the defaults out; everything else is unchanged.
    let mut expected: Value = serde_json::from_str(METER_VALUES).unwrap();
    for sample in expected[3]["meterValue"][0]["sampledValue"]
        .as_array_mut()
        .unwrap()
    {
        let sample = sample.as_object_mut().unwrap();
        for (field, default) in [
            ("context", "Sample.Periodic"),
            ("format", "Raw"),
            ("measurand", "Energy.Active.Import.Register"),
            ("location", "Outlet"),
            ("unit", "Wh"),
        ] {
            sample.entry(field).or_insert_with(|| json!(default));
        }
    }
    assert_eq!(serde_json::to_value(&frame).unwrap(), expected);
}

#[test]
fn celcius_in_a_frame_is_read_as_celsius() {
    let frame = r#"[2, "7", "MeterValues", {"connectorId": 0, "meterValue": [
        {"timestamp": "2024-05-01T10:15:00Z", "sampledValue": [
            {"value": "38.0", "measurand": "Temperature", "location": "Body", "unit": "Celcius"}
        ]}]}]"#;
    let frame: Call<MeterValuesRequest> = serde_json::from_str(frame).unwrap();
    let sample = &frame.3.meter_value[0].sampled_value[0];
    assert_eq!(sample.unit, UnitOfMeasure::Celsius);
    let out = serde_json::to_value(&frame).unwrap();
    assert_eq!(
        out[3]["meterValue"][0]["sampledValue"][0]["unit"],
        "Celsius"
    );
}

#[test]
fn status_notification_call() {
    let text = r#"[2, "a5f1", "StatusNotification", {
        "connectorId": 2, "errorCode": "EVCommunicationError", "info": "CP state E",
        "status": "SuspendedEVSE", "timestamp": "2024-05-01T10:16:03Z",
        "vendorId": "com.example", "vendorErrorCode": "E17"}]"#;
    let frame: Call<StatusNotificationRequest> = serde_json::from_str(text).unwrap();
    assert_eq!(frame.2, Action::StatusNotification);
    assert_eq!(
        frame.3.error_code,
        ChargePointErrorCode::EvCommunicationError
    );
    assert_eq!(frame.3.status, ChargePointStatus::SuspendedEvse);
    let original: Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_value(&frame).unwrap(), original);

    let minimal = r#"[2, "a5f2", "StatusNotification",
        {"connectorId": 0, "errorCode": "NoError", "status": "Available"}]"#;
    let frame: Call<StatusNotificationRequest> = serde_json::from_str(minimal).unwrap();
    assert_eq!(frame.3.status, ChargePointStatus::Available);
    let original: Value = serde_json::from_str(minimal).unwrap();
    assert_eq!(serde_json::to_value(&frame).unwrap(), original);
}

#[test]
fn boot_notification_callresult() {
    let text = r#"[3, "19223201",
        {"currentTime": "2024-05-01T10:00:00.000Z", "interval": 300, "status": "Accepted"}]"#;
    let frame: CallResult<BootNotificationResponse> = serde_json::from_str(text).unwrap();
    assert_eq!(frame.0, 3);
    assert_eq!(frame.2.status, RegistrationStatus::Accepted);
    assert_eq!(frame.2.interval, 300);
    let original: Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_value(&frame).unwrap(), original);
}

#[test]
fn get_configuration_callresult_keeps_vendor_keys() {
    let text = r#"[3, "cfg-1", {
        "configurationKey": [
            {"key": "HeartbeatInterval", "readonly": false, "value": "300"},
            {"key": "MeterValuesSampledData", "readonly": false,
             "value": "Energy.Active.Import.Register,SoC"},
            {"key": "NumberOfConnectors", "readonly": true, "value": "2"},
            {"key": "Acme.FanMode", "readonly": false, "value": "auto"},
            {"key": "meterValueSampleInterval", "readonly": false, "value": "60"},
            {"key": "AuthorizationKey", "readonly": false}
        ],
        "unknownKey": ["Acme.Missing", "StopTransactionMaxMeterValues"]
    }]"#;
    let frame: CallResult<GetConfigurationResponse> = serde_json::from_str(text).unwrap();
    let keys = &frame.2.configuration_key;
    assert_eq!(
        keys[0].key,
        Open::Known(ConfigurationKey::HeartbeatInterval)
    );
    assert_eq!(
        keys[1].key,
        Open::Known(ConfigurationKey::MeterValuesSampledData)
    );
    // The value of a measurand list key parses item by item.
    let value = keys[1].value.as_deref().unwrap();
    let measurands: Vec<Measurand> = ocpp_enums::parse_list(value)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        measurands,
        [Measurand::EnergyActiveImportRegister, Measurand::Soc]
    );
    assert_eq!(ocpp_enums::ListDisplay(&measurands).to_string(), value);
    assert!(keys[2].readonly);
    // A vendor key stays Unknown, verbatim.
    assert_eq!(keys[3].key, Open::Unknown("Acme.FanMode".to_owned()));
    assert_eq!(keys[3].key.resolve(), None);
    // Another case is the same key (keys are case-insensitive).
    assert_eq!(
        keys[4].key,
        Open::Known(ConfigurationKey::MeterValueSampleInterval)
    );
    assert_eq!(keys[5].value, None);
    assert_eq!(
        frame.2.unknown_key,
        [
            Open::Unknown("Acme.Missing".to_owned()),
            Open::Known(ConfigurationKey::StopTransactionMaxMeterValues),
        ]
    );
    // Every key goes back out as it came in, but for the miscased standard
    // key, which is sent in its canonical spelling.
    let original: Value =
        serde_json::from_str(&text.replace("meterValueSampleInterval", "MeterValueSampleInterval"))
            .unwrap();
    assert_eq!(serde_json::to_value(&frame).unwrap(), original);
}

#[test]
fn security_event_notification_with_a_vendor_event() {
    for (kind, expected) in [
        (
            "InvalidTLSVersion",
            Open::Known(SecurityEvent::InvalidTlsVersion),
        ),
        (
            "Acme.DoorOpened",
            Open::Unknown("Acme.DoorOpened".to_owned()),
        ),
    ] {
        let text = format!(
            r#"[2, "se-1", "SecurityEventNotification",
                {{"type": "{kind}", "timestamp": "2024-05-01T10:20:00Z"}}]"#
        );
        let frame: Call<SecurityEventNotificationRequest> = serde_json::from_str(&text).unwrap();
        assert_eq!(frame.2, Action::SecurityEventNotification);
        assert_eq!(frame.3.kind, expected);
        let original: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_value(&frame).unwrap(), original);
    }
}

#[test]
fn a_misspelt_unit_is_reported_with_a_suggestion() {
    let frame = r#"[2, "19223202", "MeterValues", {"connectorId": 1, "meterValue": [
        {"timestamp": "2024-05-01T10:30:00Z", "sampledValue": [
            {"value": "15440.1", "measurand": "Energy.Active.Import.Register", "unit": "KWH"}
        ]}]}]"#;
    let err = serde_json::from_str::<Call<MeterValuesRequest>>(frame).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("UnitOfMeasure"), "{message}");
    assert!(message.contains(r#""KWH""#), "{message}");
    assert!(message.contains(r#"did you mean "kWh"?"#), "{message}");
}

#[test]
fn an_unknown_action_is_rejected() {
    let frame = r#"[2, "x", "MeterValue", {}]"#;
    let err = serde_json::from_str::<Call<Value>>(frame).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains(r#"unknown Action "MeterValue""#),
        "{message}"
    );
    assert!(
        message.contains(r#"did you mean "MeterValues"?"#),
        "{message}"
    );
}
