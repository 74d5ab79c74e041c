//! Parsing and printing OCPP 1.6 enumerations: `ocpp-enums` against strum,
//! serde's derive, a hand-written `match` and a `phf` map, in one run, over
//! the same 16,384 shuffled inputs. See `BENCHMARKS.md` for the figures and
//! `benches/report.py` for the tables.
//!
//! ```text
//! cargo bench --bench ocpp -- --warm-up-time 1 --measurement-time 3
//! python3 benches/report.py
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use ocpp_enums::{v16, OcppEnum};
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde::Deserialize;

mod inputs;
mod peers;

use inputs::{Case, Frame, Inputs};

/// The parse benchmarks share one seed, so every peer sees the same inputs.
const SEED: u64 = 0x0CC9_1600;

fn run<O>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    items: &[&str],
    f: impl Fn(&str) -> O,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            for &s in items {
                black_box(f(black_box(s)));
            }
        })
    });
}

/// The floor for a lookup ignoring case: one `eq_ignore_ascii_case` of each
/// input against its answer (std compares byte by byte).
fn floor_ignoring_case(group: &mut BenchmarkGroup<'_, WallTime>, inputs: &Inputs) {
    let (items, answers) = (Frame::new(&inputs.items), Frame::new(&inputs.answers));
    let (items, answers) = (items.strs(), answers.strs());
    group.bench_function("floor_ignore_case", |b| {
        b.iter(|| {
            for (s, answer) in items.iter().zip(&answers) {
                black_box(
                    black_box(s.as_bytes()).eq_ignore_ascii_case(black_box(answer.as_bytes())),
                );
            }
        })
    });
}

/// The floor: one full compare of each input against the answer a parser
/// would have to confirm.
fn floor(group: &mut BenchmarkGroup<'_, WallTime>, inputs: &Inputs) {
    let (items, answers) = (Frame::new(&inputs.items), Frame::new(&inputs.answers));
    let (items, answers) = (items.strs(), answers.strs());
    group.bench_function("floor", |b| {
        b.iter(|| {
            for (s, answer) in items.iter().zip(&answers) {
                black_box(black_box(s.as_bytes()) == black_box(answer.as_bytes()));
            }
        })
    });
}

fn group<'a>(c: &'a mut Criterion, name: &str, elements: usize) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Elements(elements as u64));
    g
}

fn serde_str<T: DeserializeOwned>(s: &str) -> Option<T> {
    let de: StrDeserializer<'_, ValueError> = s.into_deserializer();
    T::deserialize(de).ok()
}

/// The parse groups of an enum that compares exactly (`Measurand`, `Action`).
macro_rules! parse_exact {
    ($c:expr, $ours:ty, $peer:ident) => {{
        let name = <$ours as OcppEnum>::NAME;
        let wires = peers::$peer::WIRES;
        for (set, invalid) in [("valid", 0), ("invalid10", 10)] {
            let inputs = Inputs::new(wires, invalid, Case::Canonical, false, SEED);
            let mut g = group($c, &format!("parse/{name}/{set}"), inputs.items.len());
            let frame = Frame::new(&inputs.items);
            let items = &frame.strs();
            run(&mut g, "ours_from_wire", items, <$ours>::from_wire);
            run(&mut g, "ours_from_str", items, |s| {
                <$ours>::from_str(s).ok()
            });
            run(&mut g, "strum", items, peers::$peer::by_strum);
            run(&mut g, "match", items, peers::$peer::by_match);
            run(&mut g, "phf", items, |s| peers::$peer::PHF.get(s).copied());
            run(
                &mut g,
                "serde_derive",
                items,
                serde_str::<peers::$peer::Peer>,
            );
            run(&mut g, "ours_serde", items, serde_str::<$ours>);
            floor(&mut g, &inputs);
            g.finish();
        }
        let inputs = Inputs::new(wires, 0, Case::Mixed, true, SEED);
        let mut g = group($c, &format!("parse/{name}/mixed_case"), inputs.items.len());
        let frame = Frame::new(&inputs.items);
        let items = &frame.strs();
        run(
            &mut g,
            "ours_from_wire",
            items,
            <$ours>::from_wire_ignore_ascii_case,
        );
        run(&mut g, "strum", items, peers::$peer::by_strum_ci);
        run(&mut g, "match", items, peers::$peer::by_match_ci);
        run(&mut g, "phf", items, peers::$peer::by_phf_ci);
        floor(&mut g, &inputs);
        floor_ignoring_case(&mut g, &inputs);
        g.finish();
    }};
}

/// The parse groups of an `ascii_case_insensitive` enum (`ConfigurationKey`):
/// every peer ignores case too, except serde's derive, which cannot.
macro_rules! parse_ignore_case {
    ($c:expr, $ours:ty, $peer:ident) => {{
        let name = <$ours as OcppEnum>::NAME;
        let wires = peers::$peer::WIRES;
        for (set, invalid, case) in [
            ("valid", 0, Case::Canonical),
            ("invalid10", 10, Case::Canonical),
            ("mixed_case", 0, Case::Mixed),
        ] {
            let inputs = Inputs::new(wires, invalid, case, true, SEED);
            let mut g = group($c, &format!("parse/{name}/{set}"), inputs.items.len());
            let frame = Frame::new(&inputs.items);
            let items = &frame.strs();
            run(&mut g, "ours_from_wire", items, <$ours>::from_wire);
            run(&mut g, "ours_from_str", items, |s| {
                <$ours>::from_str(s).ok()
            });
            run(&mut g, "strum", items, peers::$peer::by_strum_ci);
            run(&mut g, "match", items, peers::$peer::by_match_ci);
            run(&mut g, "phf", items, peers::$peer::by_phf_ci);
            if case == Case::Canonical {
                run(
                    &mut g,
                    "serde_derive",
                    items,
                    serde_str::<peers::$peer::Peer>,
                );
                run(&mut g, "ours_serde", items, serde_str::<$ours>);
            }
            floor(&mut g, &inputs);
            floor_ignoring_case(&mut g, &inputs);
            g.finish();
        }
    }};
}

/// `as_str` and `Display` over the variants named by 16,384 shuffled inputs.
macro_rules! print_group {
    ($c:expr, $ours:ty, $peer:ident) => {{
        let inputs = Inputs::new(peers::$peer::WIRES, 0, Case::Canonical, false, SEED);
        let ours: Vec<$ours> = inputs
            .items
            .iter()
            .map(|s| <$ours>::from_wire(s).unwrap())
            .collect();
        let theirs: Vec<peers::$peer::Peer> = inputs
            .items
            .iter()
            .map(|s| peers::$peer::by_match(s).unwrap())
            .collect();
        let mut g = group(
            $c,
            &format!("print/{}", <$ours as OcppEnum>::NAME),
            ours.len(),
        );
        g.bench_function("ours_as_str", |b| {
            b.iter(|| {
                for v in &ours {
                    black_box(black_box(v).as_str());
                }
            })
        });
        g.bench_function("strum_into_str", |b| {
            b.iter(|| {
                for v in &theirs {
                    black_box(<&'static str>::from(*black_box(v)));
                }
            })
        });
        let mut buf = String::with_capacity(64);
        g.bench_function("ours_display", |b| {
            b.iter(|| {
                for v in &ours {
                    buf.clear();
                    write!(buf, "{}", black_box(v)).unwrap();
                    black_box(buf.len());
                }
            })
        });
        g.bench_function("strum_display", |b| {
            b.iter(|| {
                for v in &theirs {
                    buf.clear();
                    write!(buf, "{}", black_box(v)).unwrap();
                    black_box(buf.len());
                }
            })
        });
        g.finish();
    }};
}

/// A `MeterValues.req` payload type over the given enumerations.
macro_rules! meter_values {
    ($m:ident: $meas:ty, $unit:ty, $ctx:ty, $loc:ty, $phase:ty, $fmt:ty) => {
        #[allow(dead_code)]
        mod $m {
            use super::*;

            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase")]
            pub struct MeterValuesReq {
                pub connector_id: u32,
                pub transaction_id: Option<i32>,
                pub meter_value: Vec<MeterValue>,
            }

            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase")]
            pub struct MeterValue {
                pub timestamp: String,
                pub sampled_value: Vec<SampledValue>,
            }

            #[derive(Deserialize)]
            pub struct SampledValue {
                pub value: String,
                pub context: Option<$ctx>,
                pub format: Option<$fmt>,
                pub measurand: Option<$meas>,
                pub phase: Option<$phase>,
                pub location: Option<$loc>,
                pub unit: Option<$unit>,
            }
        }
    };
}

meter_values!(ours_mv: v16::Measurand, v16::UnitOfMeasure, v16::ReadingContext, v16::Location, v16::Phase, v16::ValueFormat);
meter_values!(derive_mv: peers::Measurand::Peer, peers::UnitOfMeasure::Peer, peers::ReadingContext::Peer, peers::Location::Peer, peers::Phase::Peer, peers::ValueFormat::Peer);

/// A periodic three-phase reading as a charge point sends it: 14 sampled
/// values, each with context, format, measurand, location and unit, 9 with
/// a phase.
fn meter_values_payload(bad_measurand: Option<&str>) -> String {
    let samples: &[(&str, &str, Option<&str>, &str)] = &[
        ("Energy.Active.Import.Register", "52341.7", None, "Wh"),
        ("Energy.Reactive.Import.Register", "812.0", None, "varh"),
        ("Power.Active.Import", "7360", Some("L1"), "W"),
        ("Power.Active.Import", "7348", Some("L2"), "W"),
        ("Power.Active.Import", "7371", Some("L3"), "W"),
        ("Current.Import", "32.0", Some("L1"), "A"),
        ("Current.Import", "31.9", Some("L2"), "A"),
        ("Current.Import", "32.1", Some("L3"), "A"),
        ("Voltage", "230.1", Some("L1-N"), "V"),
        ("Voltage", "229.8", Some("L2-N"), "V"),
        ("Voltage", "230.4", Some("L3-N"), "V"),
        ("Current.Offered", "32", None, "A"),
        ("Temperature", "41.5", None, "Celsius"),
        ("SoC", "63", None, "Percent"),
    ];
    let mut out = String::from(
        r#"{"connectorId":1,"transactionId":48211,"meterValue":[{"timestamp":"2026-04-21T09:15:00.000Z","sampledValue":["#,
    );
    for (i, (measurand, value, phase, unit)) in samples.iter().enumerate() {
        let measurand = match bad_measurand {
            Some(bad) if i == samples.len() - 1 => bad,
            _ => measurand,
        };
        if i > 0 {
            out.push(',');
        }
        write!(
            out,
            r#"{{"value":"{value}","context":"Sample.Periodic","format":"Raw","measurand":"{measurand}","#
        )
        .unwrap();
        if let Some(phase) = phase {
            write!(out, r#""phase":"{phase}","#).unwrap();
        }
        write!(out, r#""location":"Outlet","unit":"{unit}"}}"#).unwrap();
    }
    out.push_str("]}]}");
    out
}

fn json_error<T: DeserializeOwned>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(_) => panic!("{json} parsed"),
        Err(e) => e.to_string(),
    }
}

fn bench_serde_json(c: &mut Criterion) {
    let valid = meter_values_payload(None);
    let invalid = meter_values_payload(Some("Energy.Active.Import.Registr"));
    // The message must still name the enum, the input and the nearest value.
    let ours = json_error::<ours_mv::MeterValuesReq>(&invalid);
    for part in [
        "Measurand",
        "Energy.Active.Import.Registr",
        "\"Energy.Active.Import.Register\"",
    ] {
        assert!(ours.contains(part), "{ours}");
    }
    eprintln!("ours:   {ours}");
    eprintln!(
        "derive: {}",
        json_error::<derive_mv::MeterValuesReq>(&invalid)
    );
    for (set, json) in [("valid", &valid), ("invalid", &invalid)] {
        let mut g = group(c, &format!("serde_json/MeterValues/{set}"), 1);
        g.bench_function("ours", |b| {
            b.iter(|| {
                black_box(serde_json::from_str::<ours_mv::MeterValuesReq>(black_box(json)).is_ok())
            })
        });
        g.bench_function("serde_derive", |b| {
            b.iter(|| {
                black_box(
                    serde_json::from_str::<derive_mv::MeterValuesReq>(black_box(json)).is_ok(),
                )
            })
        });
        g.finish();
    }
    for (set, invalid) in [("valid", 0), ("invalid", 100)] {
        let inputs = Inputs::new(
            peers::Measurand::WIRES,
            invalid,
            Case::Canonical,
            false,
            SEED,
        );
        let quoted: Vec<String> = inputs.items.iter().map(|s| format!("\"{s}\"")).collect();
        let frame = Frame::new(&quoted);
        let quoted = frame.strs();
        let mut g = group(c, &format!("serde_json/Measurand/{set}"), quoted.len());
        run(&mut g, "ours", &quoted, |s| {
            serde_json::from_str::<v16::Measurand>(s).is_ok()
        });
        run(&mut g, "serde_derive", &quoted, |s| {
            serde_json::from_str::<peers::Measurand::Peer>(s).is_ok()
        });
        g.finish();
    }
}

/// The mirrors must list exactly the catalogue's wire strings.
fn check_peers() {
    fn same<E: OcppEnum>(wires: &[&str], lowered: &[&[u8]]) {
        assert_eq!(
            E::VARIANTS,
            wires,
            "benches/ocpp/peers.rs is out of date for {}",
            E::NAME
        );
        for l in lowered {
            assert!(
                l.iter().all(|b| !b.is_ascii_uppercase()),
                "{}: {l:?} is not lowercase",
                E::NAME
            );
        }
    }
    same::<v16::Measurand>(peers::Measurand::WIRES, peers::Measurand::LOWERED);
    same::<v16::ConfigurationKey>(
        peers::ConfigurationKey::WIRES,
        peers::ConfigurationKey::LOWERED,
    );
    same::<v16::Action>(peers::Action::WIRES, peers::Action::LOWERED);
    same::<v16::UnitOfMeasure>(peers::UnitOfMeasure::WIRES, peers::UnitOfMeasure::LOWERED);
    same::<v16::ReadingContext>(peers::ReadingContext::WIRES, peers::ReadingContext::LOWERED);
    same::<v16::Location>(peers::Location::WIRES, peers::Location::LOWERED);
    same::<v16::Phase>(peers::Phase::WIRES, peers::Phase::LOWERED);
    same::<v16::ValueFormat>(peers::ValueFormat::WIRES, peers::ValueFormat::LOWERED);
}

fn bench_parse(c: &mut Criterion) {
    check_peers();
    parse_exact!(c, v16::Measurand, Measurand);
    parse_ignore_case!(c, v16::ConfigurationKey, ConfigurationKey);
    parse_exact!(c, v16::Action, Action);
}

fn bench_print(c: &mut Criterion) {
    print_group!(c, v16::Measurand, Measurand);
    print_group!(c, v16::ConfigurationKey, ConfigurationKey);
    print_group!(c, v16::Action, Action);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench_parse, bench_print, bench_serde_json
}
criterion_main!(benches);
