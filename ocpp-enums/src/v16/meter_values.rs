//! Meter readings: the attributes of a `sampledValue`.
//!
//! A `sampledValue` appears in `meterValue` of `MeterValues.req` and in
//! `transactionData` of `StopTransaction.req`. Every attribute but the value
//! itself is optional; five of the six types here implement [`Default`] with
//! the value the specification assumes when the field is absent ([`Phase`]
//! has none).

use crate::OcppEnum;

/// What a sampled value measures: `measurand` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`).
///
/// "Import" is energy flowing from the grid to the EV, "Export" the reverse.
/// "Register" values are meter totals; "Interval" values cover one
/// measurement interval. Defaults to `Energy.Active.Import.Register`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum Measurand {
    /// Instantaneous current flowing to the grid, in A.
    #[ocpp("Current.Export")]
    CurrentExport,
    /// Instantaneous current flowing to the EV, in A.
    #[ocpp("Current.Import")]
    CurrentImport,
    /// Largest current the charge point offers the EV, in A.
    #[ocpp("Current.Offered")]
    CurrentOffered,
    /// Active energy exported to the grid: meter total, in Wh or kWh.
    #[ocpp("Energy.Active.Export.Register")]
    EnergyActiveExportRegister,
    /// Active energy imported from the grid: meter total, in Wh or kWh. The
    /// default measurand.
    #[default]
    #[ocpp("Energy.Active.Import.Register")]
    EnergyActiveImportRegister,
    /// Reactive energy exported to the grid: meter total, in varh or kvarh.
    #[ocpp("Energy.Reactive.Export.Register")]
    EnergyReactiveExportRegister,
    /// Reactive energy imported from the grid: meter total, in varh or kvarh.
    #[ocpp("Energy.Reactive.Import.Register")]
    EnergyReactiveImportRegister,
    /// Active energy exported during the last interval, in Wh or kWh.
    #[ocpp("Energy.Active.Export.Interval")]
    EnergyActiveExportInterval,
    /// Active energy imported during the last interval, in Wh or kWh.
    #[ocpp("Energy.Active.Import.Interval")]
    EnergyActiveImportInterval,
    /// Reactive energy exported during the last interval, in varh or kvarh.
    #[ocpp("Energy.Reactive.Export.Interval")]
    EnergyReactiveExportInterval,
    /// Reactive energy imported during the last interval, in varh or kvarh.
    #[ocpp("Energy.Reactive.Import.Interval")]
    EnergyReactiveImportInterval,
    /// Grid frequency. [`UnitOfMeasure`] has no hertz value; the unit is
    /// implied.
    #[ocpp("Frequency")]
    Frequency,
    /// Instantaneous active power flowing to the grid, in W or kW.
    #[ocpp("Power.Active.Export")]
    PowerActiveExport,
    /// Instantaneous active power flowing to the EV, in W or kW.
    #[ocpp("Power.Active.Import")]
    PowerActiveImport,
    /// Instantaneous power factor of the total energy flow (no unit).
    #[ocpp("Power.Factor")]
    PowerFactor,
    /// Largest power the charge point offers the EV, in W or kW.
    #[ocpp("Power.Offered")]
    PowerOffered,
    /// Instantaneous reactive power flowing to the grid, in var or kvar.
    #[ocpp("Power.Reactive.Export")]
    PowerReactiveExport,
    /// Instantaneous reactive power flowing to the EV, in var or kvar.
    #[ocpp("Power.Reactive.Import")]
    PowerReactiveImport,
    /// Speed of a fan or other rotating part, in revolutions per minute.
    /// Wire string `RPM`.
    #[ocpp("RPM")]
    Rpm,
    /// State of charge of the EV's battery, in percent. Wire string `SoC`.
    #[ocpp("SoC")]
    Soc,
    /// A temperature reading, for example inside the charge point.
    #[ocpp("Temperature")]
    Temperature,
    /// Instantaneous AC RMS supply voltage, in V.
    #[ocpp("Voltage")]
    Voltage,
}

/// The unit of a sampled value: `unit` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to `Wh`.
///
/// The OCA JSON schemas misspell Celsius as `Celcius`; the OCPP-J 1.6 errata
/// keep the typo, so [`UnitOfMeasure::Celsius`] also accepts `Celcius` when
/// parsing, but always sends `Celsius`. `Hertz`, which one schema copy lists,
/// is not an official value and is rejected (a `Frequency` reading has an
/// implied unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum UnitOfMeasure {
    /// Watt-hours; the default unit.
    #[default]
    #[ocpp("Wh")]
    Wh,
    /// Kilowatt-hours. Wire string `kWh`.
    #[ocpp("kWh")]
    KWh,
    /// Volt-ampere reactive hours. Wire string `varh`.
    #[ocpp("varh")]
    Varh,
    /// Kilovolt-ampere reactive hours. Wire string `kvarh`.
    #[ocpp("kvarh")]
    Kvarh,
    /// Watts.
    #[ocpp("W")]
    W,
    /// Kilowatts. Wire string `kW`.
    #[ocpp("kW")]
    KW,
    /// Volt-amperes (apparent power). Wire string `VA`.
    #[ocpp("VA")]
    Va,
    /// Kilovolt-amperes. Wire string `kVA`.
    #[ocpp("kVA")]
    KVa,
    /// Volt-amperes reactive. Wire string `var`.
    #[ocpp("var")]
    Var,
    /// Kilovolt-amperes reactive. Wire string `kvar`.
    #[ocpp("kvar")]
    Kvar,
    /// Amperes.
    #[ocpp("A")]
    A,
    /// Volts (RMS).
    #[ocpp("V")]
    V,
    /// Degrees Celsius. Also accepts the schemas' misspelling `Celcius` when
    /// parsing; always sent as `Celsius`.
    #[ocpp("Celsius", alias = "Celcius")]
    Celsius,
    /// Degrees Fahrenheit.
    #[ocpp("Fahrenheit")]
    Fahrenheit,
    /// Kelvin.
    #[ocpp("K")]
    K,
    /// Percent, for example a state of charge.
    #[ocpp("Percent")]
    Percent,
}

/// When or why a value was sampled: `context` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to
/// `Sample.Periodic`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum ReadingContext {
    /// Taken when an interruption (for example of the supply) began.
    #[ocpp("Interruption.Begin")]
    InterruptionBegin,
    /// Taken when an interruption ended.
    #[ocpp("Interruption.End")]
    InterruptionEnd,
    /// Taken for any other reason.
    #[ocpp("Other")]
    Other,
    /// A clock-aligned reading (see the `ClockAlignedDataInterval` key).
    #[ocpp("Sample.Clock")]
    SampleClock,
    /// A periodic reading during a transaction (see the
    /// `MeterValueSampleInterval` key); the default context.
    #[default]
    #[ocpp("Sample.Periodic")]
    SamplePeriodic,
    /// Taken when the transaction started.
    #[ocpp("Transaction.Begin")]
    TransactionBegin,
    /// Taken when the transaction ended.
    #[ocpp("Transaction.End")]
    TransactionEnd,
    /// Taken because a `TriggerMessage.req` asked for it.
    #[ocpp("Trigger")]
    Trigger,
}

/// Where a value was measured: `location` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to `Outlet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum Location {
    /// At the charge point's connection to the grid.
    #[ocpp("Inlet")]
    Inlet,
    /// At the connector; the default location.
    #[default]
    #[ocpp("Outlet")]
    Outlet,
    /// Inside the charge point's enclosure, for example a temperature.
    #[ocpp("Body")]
    Body,
    /// In the cable between the charge point and the EV.
    #[ocpp("Cable")]
    Cable,
    /// In the EV, for example its state of charge. Wire string `EV`.
    #[ocpp("EV")]
    Ev,
}

/// Which phase or pair of conductors a value applies to: `phase` of a
/// `sampledValue` (`MeterValues.req`, `StopTransaction.req`).
///
/// No default: an absent phase means the value is not per phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum Phase {
    /// Measured on line 1.
    #[ocpp("L1")]
    L1,
    /// Measured on line 2.
    #[ocpp("L2")]
    L2,
    /// Measured on line 3.
    #[ocpp("L3")]
    L3,
    /// Measured on the neutral conductor.
    #[ocpp("N")]
    N,
    /// Between line 1 and neutral. Wire string `L1-N`.
    #[ocpp("L1-N")]
    L1N,
    /// Between line 2 and neutral. Wire string `L2-N`.
    #[ocpp("L2-N")]
    L2N,
    /// Between line 3 and neutral. Wire string `L3-N`.
    #[ocpp("L3-N")]
    L3N,
    /// Between line 1 and line 2. Wire string `L1-L2`.
    #[ocpp("L1-L2")]
    L1L2,
    /// Between line 2 and line 3. Wire string `L2-L3`.
    #[ocpp("L2-L3")]
    L2L3,
    /// Between line 3 and line 1. Wire string `L3-L1`.
    #[ocpp("L3-L1")]
    L3L1,
}

/// How a sampled value is encoded: `format` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to `Raw`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum ValueFormat {
    /// A plain decimal number; the default format.
    #[default]
    #[ocpp("Raw")]
    Raw,
    /// A signed data block, hex-encoded, that a third party can verify.
    #[ocpp("SignedData")]
    SignedData,
}
