//! The list of every enumeration in `ocpp_enums::v16`.
//!
//! Shared by the property tests, the memory test and the fuzz target (which
//! includes this file by path). `prop_catalogue.rs` checks the list against
//! the catalogue's source files, so it cannot silently fall behind.

/// Calls `$callback!([$args] Action, AuthorizationStatus, ...)` with the name
/// of every enumeration of `ocpp_enums::v16`.
macro_rules! catalogue {
    ($callback:ident $($args:tt)*) => {
        $callback! {
            [$($args)*]
            Action,
            AuthorizationStatus,
            AvailabilityStatus,
            AvailabilityType,
            CallErrorCode,
            CancelReservationStatus,
            CertificateSignedStatus,
            CertificateStatus,
            CertificateUse,
            ChargePointErrorCode,
            ChargePointStatus,
            ChargingProfileKindType,
            ChargingProfilePurposeType,
            ChargingProfileStatus,
            ChargingRateUnitType,
            ClearCacheStatus,
            ClearChargingProfileStatus,
            ConfigurationKey,
            ConfigurationStatus,
            DataTransferStatus,
            DeleteCertificateStatus,
            DiagnosticsStatus,
            FeatureProfile,
            FileTransferProtocol,
            FirmwareStatus,
            GenericStatus,
            GetCompositeScheduleStatus,
            GetInstalledCertificateStatus,
            HashAlgorithm,
            Location,
            Log,
            LogStatus,
            Measurand,
            MessageTrigger,
            Phase,
            PhaseRotation,
            ReadingContext,
            Reason,
            RecurrencyKind,
            RegistrationStatus,
            RemoteStartStopStatus,
            ReservationStatus,
            ResetStatus,
            ResetType,
            SecurityEvent,
            TriggerMessageStatus,
            UnitOfMeasure,
            UnlockStatus,
            UpdateFirmwareStatus,
            UpdateStatus,
            UpdateType,
            UploadLogStatus,
            ValueFormat,
        }
    };
}
pub(crate) use catalogue;
