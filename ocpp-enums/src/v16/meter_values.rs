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
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum Measurand {
    /// `"Current.Export"`: Instantaneous current flowing to the grid, in A.
    #[ocpp("Current.Export")]
    CurrentExport,
    /// `"Current.Import"`: Instantaneous current flowing to the EV, in A.
    #[ocpp("Current.Import")]
    CurrentImport,
    /// `"Current.Offered"`: Largest current the charge point offers the EV, in
    /// A.
    #[ocpp("Current.Offered")]
    CurrentOffered,
    /// `"Energy.Active.Export.Register"`: Active energy exported to the grid:
    /// meter total, in Wh or kWh.
    #[ocpp("Energy.Active.Export.Register")]
    EnergyActiveExportRegister,
    /// `"Energy.Active.Import.Register"`: Active energy imported from the grid:
    /// meter total, in Wh or kWh. The default measurand.
    #[default]
    #[ocpp("Energy.Active.Import.Register")]
    EnergyActiveImportRegister,
    /// `"Energy.Reactive.Export.Register"`: Reactive energy exported to the
    /// grid: meter total, in varh or kvarh.
    #[ocpp("Energy.Reactive.Export.Register")]
    EnergyReactiveExportRegister,
    /// `"Energy.Reactive.Import.Register"`: Reactive energy imported from the
    /// grid: meter total, in varh or kvarh.
    #[ocpp("Energy.Reactive.Import.Register")]
    EnergyReactiveImportRegister,
    /// `"Energy.Active.Export.Interval"`: Active energy exported during the
    /// last interval, in Wh or kWh.
    #[ocpp("Energy.Active.Export.Interval")]
    EnergyActiveExportInterval,
    /// `"Energy.Active.Import.Interval"`: Active energy imported during the
    /// last interval, in Wh or kWh.
    #[ocpp("Energy.Active.Import.Interval")]
    EnergyActiveImportInterval,
    /// `"Energy.Reactive.Export.Interval"`: Reactive energy exported during the
    /// last interval, in varh or kvarh.
    #[ocpp("Energy.Reactive.Export.Interval")]
    EnergyReactiveExportInterval,
    /// `"Energy.Reactive.Import.Interval"`: Reactive energy imported during the
    /// last interval, in varh or kvarh.
    #[ocpp("Energy.Reactive.Import.Interval")]
    EnergyReactiveImportInterval,
    /// `"Frequency"`: Grid frequency. [`UnitOfMeasure`] has no hertz value; the
    /// unit is implied.
    #[ocpp("Frequency")]
    Frequency,
    /// `"Power.Active.Export"`: Instantaneous active power flowing to the grid,
    /// in W or kW.
    #[ocpp("Power.Active.Export")]
    PowerActiveExport,
    /// `"Power.Active.Import"`: Instantaneous active power flowing to the EV,
    /// in W or kW.
    #[ocpp("Power.Active.Import")]
    PowerActiveImport,
    /// `"Power.Factor"`: Instantaneous power factor of the total energy flow
    /// (no unit).
    #[ocpp("Power.Factor")]
    PowerFactor,
    /// `"Power.Offered"`: Largest power the charge point offers the EV, in W or
    /// kW.
    #[ocpp("Power.Offered")]
    PowerOffered,
    /// `"Power.Reactive.Export"`: Instantaneous reactive power flowing to the
    /// grid, in var or kvar.
    #[ocpp("Power.Reactive.Export")]
    PowerReactiveExport,
    /// `"Power.Reactive.Import"`: Instantaneous reactive power flowing to the
    /// EV, in var or kvar.
    #[ocpp("Power.Reactive.Import")]
    PowerReactiveImport,
    /// `"RPM"`: Speed of a fan or other rotating part, in revolutions per
    /// minute.
    #[ocpp("RPM")]
    Rpm,
    /// `"SoC"`: State of charge of the EV's battery, in percent.
    #[ocpp("SoC")]
    Soc,
    /// `"Temperature"`: A temperature reading, for example inside the charge
    /// point.
    #[ocpp("Temperature")]
    Temperature,
    /// `"Voltage"`: Instantaneous AC RMS supply voltage, in V.
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
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum UnitOfMeasure {
    /// `"Wh"`: Watt-hours; the default unit.
    #[default]
    #[ocpp("Wh")]
    Wh,
    /// `"kWh"`: Kilowatt-hours.
    #[ocpp("kWh")]
    KWh,
    /// `"varh"`: Volt-ampere reactive hours.
    #[ocpp("varh")]
    Varh,
    /// `"kvarh"`: Kilovolt-ampere reactive hours.
    #[ocpp("kvarh")]
    Kvarh,
    /// `"W"`: Watts.
    #[ocpp("W")]
    W,
    /// `"kW"`: Kilowatts.
    #[ocpp("kW")]
    KW,
    /// `"VA"`: Volt-amperes (apparent power).
    #[ocpp("VA")]
    Va,
    /// `"kVA"`: Kilovolt-amperes.
    #[ocpp("kVA")]
    KVa,
    /// `"var"`: Volt-amperes reactive.
    #[ocpp("var")]
    Var,
    /// `"kvar"`: Kilovolt-amperes reactive.
    #[ocpp("kvar")]
    Kvar,
    /// `"A"`: Amperes.
    #[ocpp("A")]
    A,
    /// `"V"`: Volts (RMS).
    #[ocpp("V")]
    V,
    /// `"Celsius"` (also read: `"Celcius"`): Degrees Celsius. Also accepts the
    /// schemas' misspelling `Celcius` when parsing; always sent as `Celsius`.
    #[ocpp("Celsius", alias = "Celcius")]
    Celsius,
    /// `"Fahrenheit"`: Degrees Fahrenheit.
    #[ocpp("Fahrenheit")]
    Fahrenheit,
    /// `"K"`: Kelvin.
    #[ocpp("K")]
    K,
    /// `"Percent"`: Percent, for example a state of charge.
    #[ocpp("Percent")]
    Percent,
}

/// When or why a value was sampled: `context` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to
/// `Sample.Periodic`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ReadingContext {
    /// `"Interruption.Begin"`: Taken when an interruption (for example of the
    /// supply) began.
    #[ocpp("Interruption.Begin")]
    InterruptionBegin,
    /// `"Interruption.End"`: Taken when an interruption ended.
    #[ocpp("Interruption.End")]
    InterruptionEnd,
    /// `"Other"`: Taken for any other reason.
    #[ocpp("Other")]
    Other,
    /// `"Sample.Clock"`: A clock-aligned reading (see the
    /// `ClockAlignedDataInterval` key).
    #[ocpp("Sample.Clock")]
    SampleClock,
    /// `"Sample.Periodic"`: A periodic reading during a transaction (see the
    /// `MeterValueSampleInterval` key); the default context.
    #[default]
    #[ocpp("Sample.Periodic")]
    SamplePeriodic,
    /// `"Transaction.Begin"`: Taken when the transaction started.
    #[ocpp("Transaction.Begin")]
    TransactionBegin,
    /// `"Transaction.End"`: Taken when the transaction ended.
    #[ocpp("Transaction.End")]
    TransactionEnd,
    /// `"Trigger"`: Taken because a `TriggerMessage.req` asked for it.
    #[ocpp("Trigger")]
    Trigger,
}

/// Where a value was measured: `location` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to `Outlet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum Location {
    /// `"Inlet"`: At the charge point's connection to the grid.
    #[ocpp("Inlet")]
    Inlet,
    /// `"Outlet"`: At the connector; the default location.
    #[default]
    #[ocpp("Outlet")]
    Outlet,
    /// `"Body"`: Inside the charge point's enclosure, for example a
    /// temperature.
    #[ocpp("Body")]
    Body,
    /// `"Cable"`: In the cable between the charge point and the EV.
    #[ocpp("Cable")]
    Cable,
    /// `"EV"`: In the EV, for example its state of charge.
    #[ocpp("EV")]
    Ev,
}

/// Which phase or pair of conductors a value applies to: `phase` of a
/// `sampledValue` (`MeterValues.req`, `StopTransaction.req`).
///
/// No default: an absent phase means the value is not per phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum Phase {
    /// `"L1"`: Measured on line 1.
    #[ocpp("L1")]
    L1,
    /// `"L2"`: Measured on line 2.
    #[ocpp("L2")]
    L2,
    /// `"L3"`: Measured on line 3.
    #[ocpp("L3")]
    L3,
    /// `"N"`: Measured on the neutral conductor.
    #[ocpp("N")]
    N,
    /// `"L1-N"`: Between line 1 and neutral.
    #[ocpp("L1-N")]
    L1N,
    /// `"L2-N"`: Between line 2 and neutral.
    #[ocpp("L2-N")]
    L2N,
    /// `"L3-N"`: Between line 3 and neutral.
    #[ocpp("L3-N")]
    L3N,
    /// `"L1-L2"`: Between line 1 and line 2.
    #[ocpp("L1-L2")]
    L1L2,
    /// `"L2-L3"`: Between line 2 and line 3.
    #[ocpp("L2-L3")]
    L2L3,
    /// `"L3-L1"`: Between line 3 and line 1.
    #[ocpp("L3-L1")]
    L3L1,
}

/// How a sampled value is encoded: `format` of a `sampledValue`
/// (`MeterValues.req`, `StopTransaction.req`). Defaults to `Raw`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ValueFormat {
    /// `"Raw"`: A plain decimal number; the default format.
    #[default]
    #[ocpp("Raw")]
    Raw,
    /// `"SignedData"`: A signed data block, hex-encoded, that a third party can
    /// verify.
    #[ocpp("SignedData")]
    SignedData,
}
