//! The peers we race: the same enumerations written with strum's derives,
//! serde's derive, a hand-written `match` and a `phf` map.
//!
//! The lists below mirror `ocpp_enums::v16` (the bench checks at start-up
//! that they still agree; `benches/gen_peers.py` prints them afresh). Each
//! line is `Variant = "Wire" | "alias" / b"wire" | b"alias"`, the second half
//! lowercased for the case-insensitive peers.

/// One module per enumeration: `Peer` (strum `EnumString`, `IntoStaticStr`,
/// `Display` and serde `Deserialize` with `rename`s), `PeerCi` (strum with
/// `ascii_case_insensitive`), `by_match`, `by_match_ci`, `PHF`, `PHF_CI`.
macro_rules! peers {
    ($name:ident: $($v:ident = $w:literal $(| $alias:literal)* / $lw:literal $(| $lalias:literal)*,)*) => {
        #[allow(non_snake_case, dead_code)]
        pub mod $name {
            use std::str::FromStr;

            #[derive(
                Debug, Clone, Copy, PartialEq, Eq,
                strum::EnumString, strum::IntoStaticStr, strum::Display, strum::VariantNames,
                serde::Deserialize,
            )]
            pub enum Peer {
                $(
                    #[strum(to_string = $w $(, serialize = $alias)*)]
                    #[serde(rename = $w $(, alias = $alias)*)]
                    $v,
                )*
            }

            #[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString)]
            #[strum(ascii_case_insensitive)]
            pub enum PeerCi {
                $(
                    #[strum(to_string = $w $(, serialize = $alias)*)]
                    $v,
                )*
            }

            /// What strum's `EnumString` does, written by hand.
            #[inline]
            pub fn by_match(s: &str) -> Option<Peer> {
                match s {
                    $($w $(| $alias)* => Some(Peer::$v),)*
                    _ => None,
                }
            }

            /// Lowercase into a stack buffer, then `match`.
            #[inline]
            pub fn by_match_ci(s: &str) -> Option<Peer> {
                let mut buf = [0u8; 64];
                let lower = buf.get_mut(..s.len())?;
                lower.copy_from_slice(s.as_bytes());
                lower.make_ascii_lowercase();
                match &*lower {
                    $($lw $(| $lalias)* => Some(Peer::$v),)*
                    _ => None,
                }
            }

            pub static PHF: phf::Map<&'static str, Peer> = phf::phf_map! {
                $($w => Peer::$v, $($alias => Peer::$v,)*)*
            };

            pub static PHF_CI: phf::Map<&'static [u8], Peer> = phf::phf_map! {
                $($lw => Peer::$v, $($lalias => Peer::$v,)*)*
            };

            /// Lowercase into a stack buffer, then look up in [`PHF_CI`].
            #[inline]
            pub fn by_phf_ci(s: &str) -> Option<Peer> {
                let mut buf = [0u8; 64];
                let lower = buf.get_mut(..s.len())?;
                lower.copy_from_slice(s.as_bytes());
                lower.make_ascii_lowercase();
                PHF_CI.get(&*lower).copied()
            }

            /// strum's `FromStr`, exact.
            #[inline]
            pub fn by_strum(s: &str) -> Option<Peer> {
                Peer::from_str(s).ok()
            }

            /// strum's `FromStr` with `ascii_case_insensitive`.
            #[inline]
            pub fn by_strum_ci(s: &str) -> Option<PeerCi> {
                PeerCi::from_str(s).ok()
            }

            /// Canonical wire strings and lowercased spellings, in order.
            pub const WIRES: &[&str] = &[$($w),*];
            pub const LOWERED: &[&[u8]] = &[$($lw $(, $lalias)*),*];
        }
    };
}

peers! {
    Measurand:
    CurrentExport = "Current.Export" / b"current.export",
    CurrentImport = "Current.Import" / b"current.import",
    CurrentOffered = "Current.Offered" / b"current.offered",
    EnergyActiveExportRegister = "Energy.Active.Export.Register" / b"energy.active.export.register",
    EnergyActiveImportRegister = "Energy.Active.Import.Register" / b"energy.active.import.register",
    EnergyReactiveExportRegister = "Energy.Reactive.Export.Register" / b"energy.reactive.export.register",
    EnergyReactiveImportRegister = "Energy.Reactive.Import.Register" / b"energy.reactive.import.register",
    EnergyActiveExportInterval = "Energy.Active.Export.Interval" / b"energy.active.export.interval",
    EnergyActiveImportInterval = "Energy.Active.Import.Interval" / b"energy.active.import.interval",
    EnergyReactiveExportInterval = "Energy.Reactive.Export.Interval" / b"energy.reactive.export.interval",
    EnergyReactiveImportInterval = "Energy.Reactive.Import.Interval" / b"energy.reactive.import.interval",
    Frequency = "Frequency" / b"frequency",
    PowerActiveExport = "Power.Active.Export" / b"power.active.export",
    PowerActiveImport = "Power.Active.Import" / b"power.active.import",
    PowerFactor = "Power.Factor" / b"power.factor",
    PowerOffered = "Power.Offered" / b"power.offered",
    PowerReactiveExport = "Power.Reactive.Export" / b"power.reactive.export",
    PowerReactiveImport = "Power.Reactive.Import" / b"power.reactive.import",
    Rpm = "RPM" / b"rpm",
    Soc = "SoC" / b"soc",
    Temperature = "Temperature" / b"temperature",
    Voltage = "Voltage" / b"voltage",
}

peers! {
    ConfigurationKey:
    AllowOfflineTxForUnknownId = "AllowOfflineTxForUnknownId" / b"allowofflinetxforunknownid",
    AuthorizationCacheEnabled = "AuthorizationCacheEnabled" / b"authorizationcacheenabled",
    AuthorizeRemoteTxRequests = "AuthorizeRemoteTxRequests" / b"authorizeremotetxrequests",
    BlinkRepeat = "BlinkRepeat" / b"blinkrepeat",
    ClockAlignedDataInterval = "ClockAlignedDataInterval" / b"clockaligneddatainterval",
    ConnectionTimeOut = "ConnectionTimeOut" / b"connectiontimeout",
    ConnectorPhaseRotation = "ConnectorPhaseRotation" / b"connectorphaserotation",
    ConnectorPhaseRotationMaxLength = "ConnectorPhaseRotationMaxLength" / b"connectorphaserotationmaxlength",
    GetConfigurationMaxKeys = "GetConfigurationMaxKeys" / b"getconfigurationmaxkeys",
    HeartbeatInterval = "HeartbeatInterval" / b"heartbeatinterval",
    LightIntensity = "LightIntensity" / b"lightintensity",
    LocalAuthorizeOffline = "LocalAuthorizeOffline" / b"localauthorizeoffline",
    LocalPreAuthorize = "LocalPreAuthorize" / b"localpreauthorize",
    MaxEnergyOnInvalidId = "MaxEnergyOnInvalidId" / b"maxenergyoninvalidid",
    MeterValuesAlignedData = "MeterValuesAlignedData" / b"metervaluesaligneddata",
    MeterValuesAlignedDataMaxLength = "MeterValuesAlignedDataMaxLength" / b"metervaluesaligneddatamaxlength",
    MeterValuesSampledData = "MeterValuesSampledData" / b"metervaluessampleddata",
    MeterValuesSampledDataMaxLength = "MeterValuesSampledDataMaxLength" / b"metervaluessampleddatamaxlength",
    MeterValueSampleInterval = "MeterValueSampleInterval" / b"metervaluesampleinterval",
    MinimumStatusDuration = "MinimumStatusDuration" / b"minimumstatusduration",
    NumberOfConnectors = "NumberOfConnectors" / b"numberofconnectors",
    ResetRetries = "ResetRetries" / b"resetretries",
    StopTransactionOnEvSideDisconnect = "StopTransactionOnEVSideDisconnect" / b"stoptransactiononevsidedisconnect",
    StopTransactionOnInvalidId = "StopTransactionOnInvalidId" / b"stoptransactiononinvalidid",
    StopTxnAlignedData = "StopTxnAlignedData" / b"stoptxnaligneddata",
    StopTxnAlignedDataMaxLength = "StopTxnAlignedDataMaxLength" / b"stoptxnaligneddatamaxlength",
    StopTxnSampledData = "StopTxnSampledData" / b"stoptxnsampleddata",
    StopTxnSampledDataMaxLength = "StopTxnSampledDataMaxLength" / b"stoptxnsampleddatamaxlength",
    SupportedFeatureProfiles = "SupportedFeatureProfiles" / b"supportedfeatureprofiles",
    SupportedFeatureProfilesMaxLength = "SupportedFeatureProfilesMaxLength" / b"supportedfeatureprofilesmaxlength",
    TransactionMessageAttempts = "TransactionMessageAttempts" / b"transactionmessageattempts",
    TransactionMessageRetryInterval = "TransactionMessageRetryInterval" / b"transactionmessageretryinterval",
    UnlockConnectorOnEvSideDisconnect = "UnlockConnectorOnEVSideDisconnect" / b"unlockconnectoronevsidedisconnect",
    WebSocketPingInterval = "WebSocketPingInterval" / b"websocketpinginterval",
    LocalAuthListEnabled = "LocalAuthListEnabled" / b"localauthlistenabled",
    LocalAuthListMaxLength = "LocalAuthListMaxLength" / b"localauthlistmaxlength",
    SendLocalListMaxLength = "SendLocalListMaxLength" / b"sendlocallistmaxlength",
    ReserveConnectorZeroSupported = "ReserveConnectorZeroSupported" / b"reserveconnectorzerosupported",
    ChargeProfileMaxStackLevel = "ChargeProfileMaxStackLevel" / b"chargeprofilemaxstacklevel",
    ChargingScheduleAllowedChargingRateUnit = "ChargingScheduleAllowedChargingRateUnit" / b"chargingscheduleallowedchargingrateunit",
    ChargingScheduleMaxPeriods = "ChargingScheduleMaxPeriods" / b"chargingschedulemaxperiods",
    ConnectorSwitch3To1PhaseSupported = "ConnectorSwitch3to1PhaseSupported" / b"connectorswitch3to1phasesupported",
    MaxChargingProfilesInstalled = "MaxChargingProfilesInstalled" / b"maxchargingprofilesinstalled",
    CentralContractValidationAllowed = "CentralContractValidationAllowed" / b"centralcontractvalidationallowed",
    CertificateSignedMaxChainSize = "CertificateSignedMaxChainSize" / b"certificatesignedmaxchainsize",
    CertSigningWaitMinimum = "CertSigningWaitMinimum" / b"certsigningwaitminimum",
    CertSigningRepeatTimes = "CertSigningRepeatTimes" / b"certsigningrepeattimes",
    CertificateStoreMaxLength = "CertificateStoreMaxLength" / b"certificatestoremaxlength",
    ContractValidationOffline = "ContractValidationOffline" / b"contractvalidationoffline",
    Iso15118PnCEnabled = "ISO15118PnCEnabled" / b"iso15118pncenabled",
    AdditionalRootCertificateCheck = "AdditionalRootCertificateCheck" / b"additionalrootcertificatecheck",
    AuthorizationKey = "AuthorizationKey" / b"authorizationkey",
    CpoName = "CpoName" / b"cponame",
    SecurityProfile = "SecurityProfile" / b"securityprofile",
    MessageTimeout = "MessageTimeout" / b"messagetimeout",
    SupportedFileTransferProtocols = "SupportedFileTransferProtocols" / b"supportedfiletransferprotocols",
    StopTransactionMaxMeterValues = "StopTransactionMaxMeterValues" / b"stoptransactionmaxmetervalues",
}

peers! {
    Action:
    Authorize = "Authorize" / b"authorize",
    BootNotification = "BootNotification" / b"bootnotification",
    CancelReservation = "CancelReservation" / b"cancelreservation",
    CertificateSigned = "CertificateSigned" / b"certificatesigned",
    ChangeAvailability = "ChangeAvailability" / b"changeavailability",
    ChangeConfiguration = "ChangeConfiguration" / b"changeconfiguration",
    ClearCache = "ClearCache" / b"clearcache",
    ClearChargingProfile = "ClearChargingProfile" / b"clearchargingprofile",
    DataTransfer = "DataTransfer" / b"datatransfer",
    DeleteCertificate = "DeleteCertificate" / b"deletecertificate",
    DiagnosticsStatusNotification = "DiagnosticsStatusNotification" / b"diagnosticsstatusnotification",
    ExtendedTriggerMessage = "ExtendedTriggerMessage" / b"extendedtriggermessage",
    FirmwareStatusNotification = "FirmwareStatusNotification" / b"firmwarestatusnotification",
    GetCompositeSchedule = "GetCompositeSchedule" / b"getcompositeschedule",
    GetConfiguration = "GetConfiguration" / b"getconfiguration",
    GetDiagnostics = "GetDiagnostics" / b"getdiagnostics",
    GetInstalledCertificateIds = "GetInstalledCertificateIds" / b"getinstalledcertificateids",
    GetLocalListVersion = "GetLocalListVersion" / b"getlocallistversion",
    GetLog = "GetLog" / b"getlog",
    Heartbeat = "Heartbeat" / b"heartbeat",
    InstallCertificate = "InstallCertificate" / b"installcertificate",
    LogStatusNotification = "LogStatusNotification" / b"logstatusnotification",
    MeterValues = "MeterValues" / b"metervalues",
    RemoteStartTransaction = "RemoteStartTransaction" / b"remotestarttransaction",
    RemoteStopTransaction = "RemoteStopTransaction" / b"remotestoptransaction",
    ReserveNow = "ReserveNow" / b"reservenow",
    Reset = "Reset" / b"reset",
    SecurityEventNotification = "SecurityEventNotification" / b"securityeventnotification",
    SendLocalList = "SendLocalList" / b"sendlocallist",
    SetChargingProfile = "SetChargingProfile" / b"setchargingprofile",
    SignCertificate = "SignCertificate" / b"signcertificate",
    SignedFirmwareStatusNotification = "SignedFirmwareStatusNotification" / b"signedfirmwarestatusnotification",
    SignedUpdateFirmware = "SignedUpdateFirmware" / b"signedupdatefirmware",
    StartTransaction = "StartTransaction" / b"starttransaction",
    StatusNotification = "StatusNotification" / b"statusnotification",
    StopTransaction = "StopTransaction" / b"stoptransaction",
    TriggerMessage = "TriggerMessage" / b"triggermessage",
    UnlockConnector = "UnlockConnector" / b"unlockconnector",
    UpdateFirmware = "UpdateFirmware" / b"updatefirmware",
}

peers! {
    UnitOfMeasure:
    Wh = "Wh" / b"wh",
    KWh = "kWh" / b"kwh",
    Varh = "varh" / b"varh",
    Kvarh = "kvarh" / b"kvarh",
    W = "W" / b"w",
    KW = "kW" / b"kw",
    Va = "VA" / b"va",
    KVa = "kVA" / b"kva",
    Var = "var" / b"var",
    Kvar = "kvar" / b"kvar",
    A = "A" / b"a",
    V = "V" / b"v",
    Celsius = "Celsius" | "Celcius" / b"celsius" | b"celcius",
    Fahrenheit = "Fahrenheit" / b"fahrenheit",
    K = "K" / b"k",
    Percent = "Percent" / b"percent",
}

peers! {
    ReadingContext:
    InterruptionBegin = "Interruption.Begin" / b"interruption.begin",
    InterruptionEnd = "Interruption.End" / b"interruption.end",
    Other = "Other" / b"other",
    SampleClock = "Sample.Clock" / b"sample.clock",
    SamplePeriodic = "Sample.Periodic" / b"sample.periodic",
    TransactionBegin = "Transaction.Begin" / b"transaction.begin",
    TransactionEnd = "Transaction.End" / b"transaction.end",
    Trigger = "Trigger" / b"trigger",
}

peers! {
    Location:
    Inlet = "Inlet" / b"inlet",
    Outlet = "Outlet" / b"outlet",
    Body = "Body" / b"body",
    Cable = "Cable" / b"cable",
    Ev = "EV" / b"ev",
}

peers! {
    Phase:
    L1 = "L1" / b"l1",
    L2 = "L2" / b"l2",
    L3 = "L3" / b"l3",
    N = "N" / b"n",
    L1N = "L1-N" / b"l1-n",
    L2N = "L2-N" / b"l2-n",
    L3N = "L3-N" / b"l3-n",
    L1L2 = "L1-L2" / b"l1-l2",
    L2L3 = "L2-L3" / b"l2-l3",
    L3L1 = "L3-L1" / b"l3-l1",
}

peers! {
    ValueFormat:
    Raw = "Raw" / b"raw",
    SignedData = "SignedData" / b"signeddata",
}
