"""The metadata tables of `ocpp-enums`, generated from the reference data in
`../shared/` (standard library only). Not run on its own: `gen_catalogue.py`
imports it and writes its files with the catalogue's, so one run (and one
`--check`) covers both.

Writes:

- `ocpp-enums/src/v16/metadata.rs`   `Action::initiator`/`feature_profile`, the
  `ConfigurationKey` tables (profile, required, accessibility, type, unit,
  max-length key, the vocabulary of each CSL key)
- `ocpp-enums/src/v201/metadata.rs`  `FunctionalBlock`, `Action::initiator`/
  `functional_block`, `SecurityEvent::is_critical`, `ComponentName::variables`/
  `is_controller`, `VariableName::data_type`/`unit`/`units`
- `ocpp-enums/src/v21/metadata.rs`   the same for OCPP 2.1 (no functional block)
- `tests/data/{v16,v201,v21}/metadata.json`   what `tests/metadata.rs` reads

Every value in the tables comes from the data; the script only maps the
data's spellings onto Rust names and fails when the data says something it
does not expect (a new direction, an unknown unit, a count that disagrees).
Where the data leaves a question open, the decision is made here, in one
named place, and written into the generated docs: `REQUEST_BATTERY_SWAP`,
`MEASURAND_KEYS`, and the choice of the first Appendix 4 row for a name
OCPP 2.1 lists twice.
"""

from __future__ import annotations

import json
from collections import Counter, OrderedDict
from pathlib import Path

import gen_catalogue as gc
from gen_catalogue import check, code, die, doc, join_list, moddoc, variant_name

SRC = gc.SRC
TEST_DATA = gc.TEST_DATA


def names(items) -> str:
    """`A`, `B` and `C`."""
    return join_list([code(n) for n in items])


def load(path: Path):
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def header(*sources: str) -> str:
    return gc.header(*sources)


def dump(obj) -> str:
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def initiator_path(i: str) -> str:
    return f"Initiator::{i}"


# --------------------------------------------------------------------------
# Decisions the data leaves open
# --------------------------------------------------------------------------

# The four CSL keys whose items are measurands. The 1.6 specification says so
# in each key's description ("Clock-aligned measurand(s) ...", "Sampled
# measurands ..."), but configuration_keys.json records no allowed values for
# them, so they are named here and checked against the data's types.
MEASURAND_KEYS = ["MeterValuesAlignedData", "MeterValuesSampledData", "StopTxnAlignedData", "StopTxnSampledData"]

# actions.json of OCPP 2.1 leaves RequestBatterySwap unresolved (its one
# implementation sends it both ways). We take the CSMS as its sender; the
# reasoning goes into the docs.
REQUEST_BATTERY_SWAP = "RequestBatterySwap"
REQUEST_BATTERY_SWAP_SENDER = "Csms"
REQUEST_BATTERY_SWAP_REASON = (
    "The data leaves its sender unresolved: the one implementation it relies on "
    "(solidstudiosh's virtual charge point) implements it in both directions, and WWCP_OCPP files "
    "it among the CSMS's requests. We take the **CSMS** as the sender because the schemas pair it "
    "with `BatterySwap`, which the charging station sends: `RequestBatterySwapRequest` carries an "
    "`idToken` to authorize and a `requestId` \"to match with BatterySwapRequest\", and "
    "`BatterySwapRequest.requestId` correlates its BatteryIn/BatteryOut events with an optional "
    "`RequestBatterySwapRequest`. A request whose id the station's later `BatterySwap` echoes is a "
    "request to the station, like `RequestStartTransaction` (whose `remoteStartId` "
    "`TransactionEvent` echoes). The schema descriptions were read in a transcription of the OCA "
    "2.1 schemas (rust-ocpp), not in the reference data; no OCA text on the direction was "
    "available. Treat it as the weakest entry of the table."
)


# --------------------------------------------------------------------------
# OCPP 1.6
# --------------------------------------------------------------------------

INITIATOR_16 = {"ChargePoint": "ChargingStation", "CentralSystem": "Csms", "Both": "Both"}
ACCESS_16 = {("R",): "ReadOnly", ("RW",): "ReadWrite", ("W",): "WriteOnly",
             ("R", "RW"): "ReadOnlyOrReadWrite"}
TYPE_16 = {"boolean": "Boolean", "integer": "Integer", "CSL": "Csl", "string": "String"}


class Meta16:
    def __init__(self, shared: Path, e16):
        d = shared / "ocpp16"
        self.actions = load(d / "actions.json")
        self.keys = load(d / "configuration_keys.json")
        acts, keys = self.actions["actions"], self.keys["keys"]
        check(len(acts) == self.actions["counts"]["total"], "1.6 action count")
        check(len(keys) == self.keys["counts"]["total"], "1.6 key count")
        check(len({a["action"] for a in acts}) == len(acts), "1.6: an action twice")
        check(len({k["key"] for k in keys}) == len(keys), "1.6: a key twice")
        vocab = e16["not_in_enums_py"]

        def values(prefix):
            hits = [v for k, v in vocab.items() if k.startswith(prefix)]
            check(len(hits) == 1, f"1.6 vocabulary {prefix}")
            return hits[0]

        self.feature_profiles = values("SupportedFeatureProfiles")
        self.phase_rotations = values("ConnectorPhaseRotation")
        self.file_transfer_protocols = values("SupportedFileTransferProtocols")

        # Actions
        self.initiator = OrderedDict()
        self.action_profile = OrderedDict()
        for a in acts:
            check(a["initiator"] in INITIATOR_16, f"{a['action']}: initiator {a['initiator']}")
            self.initiator[a["action"]] = INITIATOR_16[a["initiator"]]
            p = a["profile"]
            check(p is None or p in self.feature_profiles, f"{a['action']}: profile {p}")
            self.action_profile[a["action"]] = p
        check(Counter(a["initiator"] for a in acts) == Counter(self.actions["counts"]["by_initiator"]),
              "1.6 initiator counts")
        check(Counter(str(p) for p in self.action_profile.values()) == Counter(self.actions["counts"]["by_profile"]),
              "1.6 action profile counts")

        # Keys
        self.key_profile, self.required, self.access, self.type, self.unit = {}, {}, {}, {}, {}
        self.max_length, self.vocab = {}, {}
        labels = set()
        for k in keys:
            n = k["key"]
            p = k["profile"]
            if p in self.feature_profiles:
                self.key_profile[n] = p
            else:
                labels.add(p)
                self.key_profile[n] = None
            check(k["required_normalized"] in ("required", "optional"), f"{n}: required")
            self.required[n] = k["required_normalized"] == "required"
            if k.get("required_condition"):
                check(not self.required[n], f"{n}: conditionally required but marked required")
            acc = tuple(sorted(k["accessibility_values"]))
            check(acc in ACCESS_16, f"{n}: accessibility {acc}")
            self.access[n] = ACCESS_16[acc]
            check(k["type_normalized"] in TYPE_16, f"{n}: type {k['type_normalized']}")
            self.type[n] = TYPE_16[k["type_normalized"]]
            self.unit[n] = k["unit"]
            ml = k.get("max_length_key")
            if ml is not None:
                check(ml in {x["key"] for x in keys}, f"{n}: max-length key {ml} is not a key")
                check(self.type[n] == "Csl", f"{n}: a max-length key for a non-CSL key")
            self.max_length[n] = ml
        # The labels of the data set for keys of no feature profile.
        check(labels == {"Security", "ISO15118PnC"}, f"1.6 key profile labels: {labels}")
        check(Counter(k["profile"] for k in keys) == Counter(self.keys["counts"]["by_profile"]), "1.6 key profile counts")

        # The vocabulary of each CSL key.
        for k in keys:
            n = k["key"]
            if self.type[n] != "Csl":
                check(not k.get("allowed_values"), f"{n}: allowed values of a non-CSL key")
                continue
            allowed = k.get("allowed_values")
            if n in MEASURAND_KEYS:
                check(not allowed, f"{n}: the data now lists its values; use them")
                self.vocab[n] = ("Measurand",)
            elif allowed == self.feature_profiles:
                self.vocab[n] = ("FeatureProfile",)
            elif allowed == self.file_transfer_protocols:
                self.vocab[n] = ("FileTransferProtocol",)
            elif allowed == self.phase_rotations:
                check(n == "ConnectorPhaseRotation", f"{n}: phase rotations outside ConnectorPhaseRotation")
                self.vocab[n] = ("ConnectorPhaseRotation",)
            elif allowed:
                self.vocab[n] = ("OneOf", allowed)
            else:
                die(f"{n}: a CSL key without a vocabulary")
        check(all(n in self.vocab for n in MEASURAND_KEYS), "a measurand key is missing")

    def key_names(self):
        return [k["key"] for k in self.keys["keys"]]

    def key_rows(self):
        return self.keys["keys"]


def render_v16(m: Meta16, w) -> None:
    acts = m.actions["actions"]
    keys = m.key_rows()
    n_act, n_key = len(acts), len(keys)
    by_init = Counter(m.initiator.values())
    security = [a["action"] for a in acts if a["profile"] is None]
    out = [header("ocpp16/actions.json", "ocpp16/configuration_keys.json", "ocpp16/enums.json")]
    out += moddoc(
        "Metadata of OCPP 1.6 from the specifications: who sends each message and its feature profile, and "
        "what each configuration key is (profile, required, accessibility, type, unit, the key bounding a "
        "list). Generated from `../shared/ocpp16/actions.json` and `configuration_keys.json`, which were "
        "extracted from OCPP 1.6 edition 2, its errata sheet v4.0, the Security Whitepaper edition 2 and the "
        "OCA application note \"Using ISO 15118 Plug & Charge with OCPP 1.6\" v1.0, each table parsed twice "
        "and verified page by page.")
    out.append("")
    out.append("use super::config_value::Vocabulary;")
    out.append("use super::{Accessibility, Action, ConfigurationKey, FeatureProfile, ValueType};")
    out.append("use crate::Initiator;")
    out.append("")

    # Action::initiator
    cs = [a for a, i in m.initiator.items() if i == "ChargingStation"]
    cs_core = [a for a in cs if a not in security]
    cs_sec = [a for a in cs if a in security]
    csms = [a for a, i in m.initiator.items() if i == "Csms"]
    csms_core = [a for a in csms if a not in security]
    csms_sec = [a for a in csms if a in security]
    both = [a for a, i in m.initiator.items() if i == "Both"]
    init_doc = "\n".join([
        "Who sends this message's request: the charge point ([`Initiator::ChargingStation`]), the central "
        "system ([`Initiator::Csms`]) or either ([`Initiator::Both`]).",
        "",
        "**Source** (strong: specification text, two places that agree for every message): OCPP 1.6 edition 2 "
        "files each operation in chapter 4 \"Operations Initiated by Charge Point\" or chapter 5 \"Operations "
        "Initiated by Central System\", and the sender sentence of each §6 `.req` PDU (\"sent by the Charge "
        "Point to the Central System\") says the same; for the Security Whitepaper's messages, the sender "
        "sentence of whitepaper §5. `DataTransfer` is in both chapters (§4.3 and §5.6; §6.15: \"sent either by "
        "the Central System to the Charge Point or vice versa\").",
        "",
        f"- [`Initiator::ChargingStation`] ({by_init['ChargingStation']}): {names(cs_core)}; whitepaper: "
        f"{names(cs_sec)}.",
        f"- [`Initiator::Csms`] ({by_init['Csms']}): {names(csms_core)}; whitepaper: {names(csms_sec)}.",
        f"- [`Initiator::Both`] ({by_init['Both']}): {names(both)}.",
        "",
        "```",
        "use ocpp_enums::v16::Action;",
        "use ocpp_enums::Initiator;",
        "",
        "assert_eq!(Action::StartTransaction.initiator(), Initiator::ChargingStation);",
        "assert_eq!(Action::GetLog.initiator(), Initiator::Csms);",
        "```",
    ])
    prof_groups = OrderedDict((p, [a for a, q in m.action_profile.items() if q == p]) for p in m.feature_profiles)
    moved = [a for a in acts if a.get("profile_errata")]
    prof_doc = "\n".join([
        "The feature profile this message belongs to, or `None` for the "
        f"{len(security)} Security Whitepaper messages, which belong to none: the whitepaper defines no "
        "feature profile (its \"profiles\" are the transport Security Profiles 1 to 3) and never extends "
        "`SupportedFeatureProfiles`.",
        "",
        "**Source** (strong: specification text): the table of OCPP 1.6 edition 2 §3.3, read by position, "
        "with erratum 3.2 (errata sheet v4.0) applied: edition 2 prints the last three column headers in the "
        "wrong order, so " + names([a["action"] for a in moved]) + " sit under the wrong heading in the "
        "printed table.",
        "",
        *[f"- [`FeatureProfile::{variant_name(p)}`] ({len(v)}): {names(v)}." for p, v in prof_groups.items()],
        f"- `None` ({len(security)}): {names(security)}.",
    ])
    out += ["impl Action {"]
    out += doc(init_doc, "    ")
    out += ["    pub const fn initiator(self) -> Initiator {", "        match self {"]
    for a, i in m.initiator.items():
        out.append(f"            Self::{variant_name(a)} => Initiator::{i},")
    out += ["        }", "    }", ""]
    out += doc(prof_doc, "    ")
    out += ["    pub const fn feature_profile(self) -> Option<FeatureProfile> {", "        match self {"]
    for a, p in m.action_profile.items():
        val = f"Some(FeatureProfile::{variant_name(p)})" if p else "None"
        out.append(f"            Self::{variant_name(a)} => {val},")
    out += ["        }", "    }", "}", ""]

    # ConfigurationKey
    rows = {k["key"]: k for k in keys}
    kp = OrderedDict()
    for k in keys:
        kp.setdefault(k["profile"], []).append(k["key"])
    none_labels = [p for p in kp if p not in m.feature_profiles]
    key_prof_doc = "\n".join([
        "The feature profile whose section of OCPP 1.6 chapter 9 defines this key, or `None` for the keys "
        "of the Security Whitepaper (chapter 7) and of the ISO 15118 Plug & Charge application note "
        "(chapter 9), which belong to no feature profile.",
        "",
        "**Source** (strong for the profiles: the specification's section headings, with errata sheet v4.0: "
        "erratum 3.82 adds `MessageTimeout` and 3.89 `StopTransactionMaxMeterValues` to 9.1 Core, 3.88 "
        "creates 9.5 Firmware Management for `SupportedFileTransferProtocols`):",
        "",
        *[f"- [`FeatureProfile::{variant_name(p)}`] ({len(v)}): {names(v)}." for p, v in kp.items()
          if p in m.feature_profiles],
        *[f"- `None` ({len(kp[p])}, {'Security Whitepaper chapter 7' if p == 'Security' else 'ISO 15118 application note chapter 9'}): "
          f"{names(kp[p])}." for p in none_labels],
        "",
        "`CertificateSignedMaxChainSize` and `CertificateStoreMaxLength` are defined by the whitepaper and "
        "again, identically, by the application note. The application note (v1.0, 2020-09-16) was read in a "
        "copy kept by the open-ocpp project, not one obtained from the OCA.",
    ])
    req = [n for n in rows if m.required[n]]
    req_core = [n for n in req if rows[n]["profile"] == "Core"]
    req_other = [n for n in req if rows[n]["profile"] != "Core"]
    cond = [n for n in rows if rows[n].get("required_condition")]
    req_doc = "\n".join([
        "Whether the specification marks this key required (the \"Required/optional\" row of its table, "
        "after errata sheet v4.0: erratum 3.79 made `StopTransactionOnEVSideDisconnect` optional).",
        "",
        f"**Source** (strong: the key tables). {len(req)} of {len(rows)} keys are required: "
        f"{names(req_core)} in Core, and {names(req_other)} outside it. A required key outside Core only has "
        "to be supported by a charge point that supports its feature profile (chapter 9's introduction).",
        "",
        "The whitepaper marks " + names(cond) + " optional, with a condition: "
        + "; ".join(f"`{n}`: \"{rows[n]['required_condition']}\"" for n in cond)
        + " These are `false` here: whether they are required depends on the security profiles the charge "
        "point implements.",
    ])
    acc_groups = OrderedDict()
    for n in rows:
        acc_groups.setdefault(m.access[n], []).append(n)
    verb = OrderedDict()
    for n in rows:
        verb.setdefault(rows[n]["accessibility"], []).append(n)
    either = acc_groups.get("ReadOnlyOrReadWrite", [])
    acc_doc = "\n".join([
        "Who may read and write this key: the \"Accessibility\" row of its table, after errata sheet v4.0.",
        "",
        "**Source** (strong: the key tables). The rows read "
        + "; ".join(f"`{v}` ({len(ns)} key{'' if len(ns) == 1 else 's'})" for v, ns in verb.items()) + ". "
        "`R` is [`Accessibility::ReadOnly`], `RW` [`Accessibility::ReadWrite`], `W` "
        "[`Accessibility::WriteOnly`]; the two rows that leave the choice to the implementation are "
        f"[`Accessibility::ReadOnlyOrReadWrite`]: {names(either)}. Errata 3.79 and 3.83 introduced them for "
        "`StopTransactionOnEVSideDisconnect` and `UnlockConnectorOnEVSideDisconnect`; "
        "`AuthorizeRemoteTxRequests` has \"R or RW\" since edition 2.",
        "",
        f"- [`Accessibility::ReadOnly`] ({len(acc_groups.get('ReadOnly', []))}): {names(acc_groups.get('ReadOnly', []))}.",
        f"- [`Accessibility::WriteOnly`] ({len(acc_groups.get('WriteOnly', []))}): {names(acc_groups.get('WriteOnly', []))}.",
        f"- [`Accessibility::ReadWrite`]: the other {len(acc_groups.get('ReadWrite', []))}.",
    ])
    ty_groups = OrderedDict()
    for n in rows:
        ty_groups.setdefault(m.type[n], []).append(n)
    ty_verb = Counter(rows[n]["type"] for n in rows)
    ty_doc = "\n".join([
        "The type of this key's value: the \"Type\" row of its table.",
        "",
        "**Source** (strong: the key tables). The rows read "
        + ", ".join(f"`{t}` {c}" for t, c in ty_verb.items())
        + " (the application note capitalises `Boolean`, the whitepaper `String`).",
        "",
        f"- [`ValueType::Boolean`] ({len(ty_groups['Boolean'])}), [`ValueType::Integer`] "
        f"({len(ty_groups['Integer'])}): see [`check_value`](Self::check_value).",
        f"- [`ValueType::Csl`] ({len(ty_groups['Csl'])}): {names(ty_groups['Csl'])}.",
        f"- [`ValueType::String`] ({len(ty_groups['String'])}): {names(ty_groups['String'])}.",
    ])
    units = OrderedDict()
    for n in rows:
        if m.unit[n]:
            units.setdefault(m.unit[n], []).append(n)
    in_desc = [n for n in rows if rows[n].get("unit_in_description")]
    unit_doc = "\n".join([
        "The unit of this key's value, as the \"Unit\" row of its table writes it.",
        "",
        "**Source** (strong: the key tables):",
        "",
        *[f"- `\"{u}\"` ({len(ns)}): {names(ns)}." for u, ns in units.items()],
        "",
        "`None` for the other keys, which have no Unit row. Three of them state a unit in their description "
        "only, and are `None` here too: "
        + ", ".join(f"`{n}` ({rows[n]['unit_in_description']})" for n in in_desc) + ".",
    ])
    ml = [(n, m.max_length[n]) for n in rows if m.max_length[n]]
    csl_without = [n for n in ty_groups["Csl"] if not m.max_length[n]]
    ml_doc = "\n".join([
        "The key that holds the most items this CSL key can have, for the CSL keys that have one.",
        "",
        "**Source** (strong: specification text): each `…MaxLength` key's description, \"Maximum number of "
        "items in a X Configuration Key\".",
        "",
        *[f"- `{n}`: `{k}`." for n, k in ml],
        "",
        f"`None` for every other key, including the CSL keys {names(csl_without)}.",
    ])
    out += ["impl ConfigurationKey {"]
    out += doc(key_prof_doc, "    ")
    out += ["    pub const fn feature_profile(self) -> Option<FeatureProfile> {", "        match self {"]
    for n in rows:
        p = m.key_profile[n]
        val = f"Some(FeatureProfile::{variant_name(p)})" if p else "None"
        out.append(f"            Self::{variant_name(n)} => {val},")
    out += ["        }", "    }", ""]
    out += doc(req_doc, "    ")
    out += ["    pub const fn is_required(self) -> bool {", "        match self {"]
    for n in rows:
        out.append(f"            Self::{variant_name(n)} => {'true' if m.required[n] else 'false'},")
    out += ["        }", "    }", ""]
    out += doc(acc_doc, "    ")
    out += ["    pub const fn accessibility(self) -> Accessibility {", "        match self {"]
    for n in rows:
        out.append(f"            Self::{variant_name(n)} => Accessibility::{m.access[n]},")
    out += ["        }", "    }", ""]
    out += doc(ty_doc, "    ")
    out += ["    pub const fn value_type(self) -> ValueType {", "        match self {"]
    for n in rows:
        out.append(f"            Self::{variant_name(n)} => ValueType::{m.type[n]},")
    out += ["        }", "    }", ""]
    out += doc(unit_doc, "    ")
    out += ["    pub const fn unit(self) -> Option<&'static str> {", "        match self {"]
    for n in rows:
        u = m.unit[n]
        out.append(f"            Self::{variant_name(n)} => {('Some(' + json.dumps(u) + ')') if u else 'None'},")
    out += ["        }", "    }", ""]
    out += doc(ml_doc, "    ")
    out += ["    pub const fn max_length_key(self) -> Option<ConfigurationKey> {", "        match self {"]
    for n in rows:
        k = m.max_length[n]
        out.append(f"            Self::{variant_name(n)} => {('Some(Self::' + variant_name(k) + ')') if k else 'None'},")
    out += ["        }", "    }", ""]
    out += doc("What the items of this key's value may be, for the CSL keys (see "
               "[`check_value`](Self::check_value)). The allowed values come from each key's description in "
               "the data; the four measurand keys are named in `tools/gen_metadata.py` (`MEASURAND_KEYS`).", "    ")
    out += ["    pub(crate) const fn vocabulary(self) -> Option<Vocabulary> {", "        match self {"]
    for n in rows:
        v = m.vocab.get(n)
        if v is None:
            val = "None"
        elif v[0] == "OneOf":
            vals = v[1]
            described = join_list([json.dumps(x) for x in vals], "or")
            val = f"Some(Vocabulary::OneOf(&[{', '.join(json.dumps(x) for x in vals)}], {json.dumps(described)}))"
        else:
            val = f"Some(Vocabulary::{v[0]})"
        out.append(f"            Self::{variant_name(n)} => {val},")
    out += ["        }", "    }", "}"]
    w.add(SRC / "v16" / "metadata.rs", "\n".join(out) + "\n")


def test_data_v16(m: Meta16, w) -> None:
    note = "Copied by tools/gen_catalogue.py (gen_metadata.py) from {src}; regenerate, do not edit."
    w.add(TEST_DATA / "v16" / "metadata.json", dump({
        "_source": note.format(src="../shared/ocpp16/actions.json, configuration_keys.json and enums.json"),
        "actions": [{"action": a["action"], "profile": a["profile"], "initiator": a["initiator"]}
                    for a in m.actions["actions"]],
        "action_counts": m.actions["counts"],
        "configuration_keys": [{
            "key": k["key"], "profile": k["profile"], "required": k["required_normalized"],
            "required_condition": k.get("required_condition"), "accessibility": k["accessibility"],
            "accessibility_values": k["accessibility_values"], "type": k["type_normalized"],
            "unit": k["unit"], "unit_in_description": k.get("unit_in_description"),
            "max_length_key": k.get("max_length_key"), "allowed_values": k.get("allowed_values"),
        } for k in m.key_rows()],
        "key_counts": m.keys["counts"],
        "vocabularies": {
            "SupportedFeatureProfiles": m.feature_profiles,
            "ConnectorPhaseRotation": m.phase_rotations,
            "SupportedFileTransferProtocols": m.file_transfer_protocols,
        },
    }))
    w.add(TEST_DATA / "v16" / "README.md",
          "# Test data for the metadata of `ocpp_enums::v16`\n\nCopied by `tools/gen_catalogue.py` (with "
          "`tools/gen_metadata.py`) from `../shared/ocpp16/actions.json`, `configuration_keys.json` and the "
          "`not_in_enums_py` vocabularies of `enums.json` (only what `tests/metadata.rs` reads, as plain "
          "JSON). Do not edit: run `python3 tools/gen_catalogue.py`.\n")


# --------------------------------------------------------------------------
# OCPP 2.0.1 and 2.1: shared pieces
# --------------------------------------------------------------------------

DIRECTION_201 = {"CS->CSMS": "ChargingStation", "CSMS->CS": "Csms", "both": "Both"}
DIRECTION_21 = {"ChargingStation->CSMS": "ChargingStation", "CSMS->ChargingStation": "Csms", "both": "Both"}


def map_data_type(spelling: str, dt_enum, fixes: dict) -> str:
    """The DataEnumType variant of an appendix spelling: the value itself,
    else the one value equal ignoring ASCII case (`optionList`, `DateTime`),
    recorded in `fixes` for the docs."""
    exact = {v.wire: v.name for v in dt_enum.variants}
    if spelling in exact:
        return exact[spelling]
    folded = [v for v in dt_enum.variants if v.wire.lower() == spelling.lower()]
    check(len(folded) == 1, f"data type {spelling!r} is no DataEnumType value")
    fixes.setdefault(spelling, folded[0].wire)
    return folded[0].name


def split_units(unit: str | None) -> list[str]:
    if not unit:
        return []
    return [u.strip() for u in unit.split(",") if u.strip()]


class DeviceModel:
    """Components, their variables and Appendix 4's data types and units of
    one version."""

    def __init__(self, version, comp_enum, var_enum, unit_enum, dt_enum, sections, summary, controllers, std_rows,
                 table_types):
        # sections: [(name, section, kind, [variable names with repeats])]
        # summary: [(name, kind)] (summary list 3.3)
        self.version = version
        self.comp_enum, self.var_enum, self.unit_enum = comp_enum, var_enum, unit_enum
        var_names = {v.wire for v in var_enum.variants}
        unit_names = {v.wire for v in unit_enum.variants}
        self.sections = OrderedDict()
        self.raw = OrderedDict((name, vars_) for name, _, _, vars_ in sections)
        for name, sec, kind, vars_ in sections:
            uniq = []
            for v in vars_:
                check(v in var_names, f"{version}: {name} lists {v}, which is no VariableName")
                if v not in uniq:
                    uniq.append(v)
            self.sections[name] = (sec, kind, uniq)
        self.kind = {name: kind for name, (_, kind, _) in self.sections.items()}
        self.summary_only = []
        for name, kind in summary:
            if name in self.kind:
                check(self.kind[name] == kind, f"{version}: {name} is {self.kind[name]} and {kind}")
            else:
                self.kind[name] = kind
                self.summary_only.append(name)
        comp_names = [v.wire for v in comp_enum.variants]
        check(set(comp_names) == set(self.kind), f"{version}: ComponentName differs from the appendix components")
        self.controllers = [n for n in comp_names if self.kind[n] == "controller"]
        check(set(self.controllers) == set(controllers), f"{version}: controllers")
        # Appendix 4
        self.fixes = {}
        self.std_rows = std_rows  # [(name, data type or None, unit text or None)]
        self.data_type, self.units, self.dupes, self.conflicts = OrderedDict(), OrderedDict(), [], []
        for name, dt, unit in std_rows:
            check(name in var_names, f"{version}: Appendix 4 {name} is no VariableName")
            us = split_units(unit)
            for u in us:
                check(u in unit_names, f"{version}: unit {u!r} of {name} is no UnitOfMeasure")
            mapped = map_data_type(dt, dt_enum, self.fixes) if dt else None
            if name in self.data_type:
                self.dupes.append(name)
                if self.data_type[name] != mapped or self.units[name] != us:
                    self.conflicts.append(name)
                    check(self.units[name] == us, f"{version}: {name}'s rows give different units")
                continue  # the first row wins
            self.data_type[name] = mapped
            self.units[name] = us
        # Types of Appendix 3's controller tables: only to report their odd spellings.
        odd = OrderedDict()
        for comp, var, t in table_types:
            if t and t not in {x.wire for x in dt_enum.variants}:
                folded = [x.wire for x in dt_enum.variants if x.wire.lower() == t.lower()]
                if folded:
                    odd.setdefault((t, folded[0]), []).append(f"{comp}.{var}")
        self.table_fixes = join_list([f"`{t}` (for `{b}`) at {join_list([code(x) for x in where])}"
                                      for (t, b), where in odd.items()])
        self.dt_wire = {v.name: v.wire for v in dt_enum.variants}
        self.unit_variant = {v.wire: v.name for v in unit_enum.variants}
        self.var_variant = {v.wire: v.name for v in var_enum.variants}
        self.comp_variant = {v.wire: v.name for v in comp_enum.variants}

    def render(self, out: list[str], sources: str, extra_var_doc: str = "") -> None:
        v = self.version
        n_ctrl = len([n for n, (_, k, _) in self.sections.items() if k == "controller"])
        n_phys = len([n for n, (_, k, _) in self.sections.items() if k == "physical"])
        var_doc = "\n".join([
            "The variables Appendix 3 lists under this component's section, as the bare names that "
            "`VariableType.name` carries, in the appendix's order, each once.",
            "",
            f"**Source** ({sources}): the {n_ctrl} controller sections (3.1, whose tables give each variable a "
            f"type) and {n_phys} physical component sections (3.2, \"typically used variables\"). The appendix "
            "repeats a name for each instance, attribute or example it shows (`Power(MaxLimit)`, "
            "`ACCurrent.maxSet`, `Count\\[ChargingProfiles\\]`); those are one variable here, with the "
            "notation removed. "
            "The appendix gives no mutability and no required flag, and a component may have more variables "
            "than its section lists (Part 2 \"Referenced Components and Variables\", not in the data).",
            *([""] + [extra_var_doc] if extra_var_doc else []),
            *(["", f"The empty slice for the components of the summary list 3.3 that have no section of their "
                   f"own: {names(self.summary_only)}."] if self.summary_only else []),
        ])
        ctrl_doc = "\n".join([
            "Whether this is a controller component (a logical component of Appendix 3.1, named `…Ctrlr`) "
            "rather than a physical one (Appendix 3.2).",
            "",
            f"**Source** ({sources}): the section a component's heading is in, and for a component with no "
            "section of its own, the part of the summary list 3.3 that names it. "
            f"{len(self.controllers)} controllers: {names(self.controllers)}.",
        ])
        with_dt = [n for n, d in self.data_type.items() if d]
        no_dt = [n for n, d in self.data_type.items() if not d]
        fixes = join_list([f"`{a}` (the schema's `{b}`)" for a, b in sorted(self.fixes.items())])
        n_std = len(self.data_type)
        dt_doc = "\n".join([
            "The data type Appendix 4 gives this standardized variable, as the schema's [`DataEnumType`] "
            "(what `VariableCharacteristicsType.dataType` of `NotifyReportRequest` carries).",
            "",
            f"**Source** ({sources}): the DataType column of Appendix 4 ({n_std} names, {len(with_dt)} with "
            "a type). "
            + (f"The appendix writes {fixes}: an appendix spelling that is no `DataEnumType` value maps "
               "onto the one value that equals it ignoring ASCII case. " if fixes else "")
            + (f"Appendix 3's tables, which are not used here, also write {self.table_fixes}. "
               if self.table_fixes else "")
            + (f"No type for {names(no_dt)}. " if no_dt else "")
            + "`None` for every variable Appendix 4 does not list: controller variables are specific to "
              "their component, and the type Appendix 3's table gives them can differ between components.",
            *([
                "",
                "Appendix 4 lists " + names(self.dupes) + " twice; the first row is used. "
                + " ".join(self._conflict_text(n) for n in self.conflicts)
            ] if self.dupes else []),
        ])
        multi = [(n, us) for n, us in self.units.items() if len(us) > 1]
        unit_doc = "\n".join([
            "The unit Appendix 4 gives this standardized variable, when it gives exactly one.",
            "",
            f"**Source** ({sources}): the Unit column of Appendix 4, every unit of which is an Appendix 2 "
            "unit ([`UnitOfMeasure`]). `None` where the column is empty, for the variables Appendix 4 does "
            "not list"
            + (", and where the column names several units ([`units`](Self::units) gives them): "
               + "; ".join(f"`{n}` ({join_list([code(u) for u in us], 'or')})" for n, us in multi) if multi else "")
            + ".",
        ])
        units_doc = "\n".join([
            "Every unit Appendix 4's Unit column names for this standardized variable: one for most, "
            + (join_list([code(n) for n, _ in multi]) + " list several; " if multi else "")
            + "empty where it names none. See [`unit`](Self::unit).",
        ])
        # One example, picked from the data: the first section's first variable with a type and one unit.
        mod = "v201" if self.version == "OCPP 2.0.1" else "v21"
        example = None
        for comp, (_, kind, vars_) in self.sections.items():
            for x in vars_:
                if self.data_type.get(x) and len(self.units.get(x, [])) == 1:
                    example = (comp, x)
                    break
            if example:
                break
        check(example is not None, f"{v}: no example variable")
        comp, x = example
        ex = "\n".join([
            "",
            "```",
            f"use ocpp_enums::{mod}::{{ComponentName, DataEnumType, UnitOfMeasure, VariableName}};",
            "",
            f"let vars = ComponentName::{self.comp_variant[comp]}.variables();",
            f"assert!(vars.contains(&VariableName::{self.var_variant[x]}));",
            f"assert_eq!(ComponentName::{self.comp_variant[comp]}.is_controller(), "
            f"{'true' if self.kind[comp] == 'controller' else 'false'});",
            f"assert_eq!(VariableName::{self.var_variant[x]}.data_type(), "
            f"Some(DataEnumType::{self.data_type[x]}));",
            f"assert_eq!(VariableName::{self.var_variant[x]}.unit(), "
            f"Some(UnitOfMeasure::{self.unit_variant[self.units[x][0]]}));",
            "```",
        ])
        var_doc += "\n" + ex
        out += ["impl ComponentName {"]
        out += doc(var_doc, "    ")
        out += ["    pub const fn variables(self) -> &'static [VariableName] {", "        match self {"]
        for c in self.comp_enum.variants:
            vars_ = self.sections.get(c.wire, (None, None, []))[2]
            items = ", ".join(f"VariableName::{self.var_variant[x]}" for x in vars_)
            out.append(f"            Self::{c.name} => &[{items}],")
        out += ["        }", "    }", ""]
        out += doc(ctrl_doc, "    ")
        out += ["    pub const fn is_controller(self) -> bool {", "        matches!(", "            self,"]
        out.append("            " + " | ".join(f"Self::{self.comp_variant[n]}" for n in self.controllers))
        out += ["        )", "    }", "}", ""]
        out += ["impl VariableName {"]
        out += doc(dt_doc, "    ")
        out += ["    pub const fn data_type(self) -> Option<DataEnumType> {", "        match self {"]
        for n, d in self.data_type.items():
            if d:
                out.append(f"            Self::{self.var_variant[n]} => Some(DataEnumType::{d}),")
        out += ["            _ => None,", "        }", "    }", ""]
        out += doc(unit_doc, "    ")
        out += ["    pub const fn unit(self) -> Option<UnitOfMeasure> {", "        match self {"]
        for n, us in self.units.items():
            if len(us) == 1:
                out.append(f"            Self::{self.var_variant[n]} => Some(UnitOfMeasure::{self.unit_variant[us[0]]}),")
        out += ["            _ => None,", "        }", "    }", ""]
        out += doc(units_doc, "    ")
        out += ["    pub const fn units(self) -> &'static [UnitOfMeasure] {", "        match self {"]
        for n, us in self.units.items():
            if us:
                items = ", ".join(f"UnitOfMeasure::{self.unit_variant[u]}" for u in us)
                out.append(f"            Self::{self.var_variant[n]} => &[{items}],")
        out += ["            _ => &[],", "        }", "    }", "}"]

    def _conflict_text(self, name: str) -> str:
        rows = [(dt, u) for n, dt, u in self.std_rows if n == name]
        kinds = join_list([code(dt) for dt, _ in rows])
        return (f"The rows of `{name}` give the types {kinds}: the first is the generic variable, the others "
                "are specific to one component (their descriptions say which), so this gives the first.")

    def test_data(self) -> dict:
        return {
            # As the appendix lists them: a name once per instance or attribute shown.
            "components": [{"name": n, "kind": k, "variables": self.raw[n]} for n, (_, k, _) in self.sections.items()],
            "summary_only": [{"name": n, "kind": self.kind[n]} for n in self.summary_only],
            "standardized_variables": [{"name": n, "data_type": dt, "unit": u} for n, dt, u in self.std_rows],
        }


def security_events_doc(rows, crit, sources, extra: str, mod: str, sev: dict) -> str:
    critical = [r["name"] for r in rows if crit(r)]
    other = [r["name"] for r in rows if not crit(r)]
    return "\n".join([
        "Whether the appendix marks this security event critical: critical events are sent to the CSMS at "
        "once (`SecurityEventNotificationRequest`).",
        "",
        f"**Source** ({sources}). {len(critical)} of {len(rows)} are critical: {names(critical)}." + extra,
        "",
        "```",
        f"use ocpp_enums::{mod}::SecurityEvent;",
        "",
        f"assert!(SecurityEvent::{sev[critical[0]]}.is_critical());",
        f"assert!(!SecurityEvent::{sev[other[0]]}.is_critical());",
        "```",
    ])


# --------------------------------------------------------------------------
# OCPP 2.0.1
# --------------------------------------------------------------------------


def render_v201(cat, data, w) -> dict:
    a = data.act201
    allv = cat.all201()
    act_enum, sec_enum = allv["Action"], allv["SecurityEvent"]
    acts = a["actions"]
    blocks = a["functional_blocks_part0"]
    check(list(blocks) == sorted(blocks), "functional block letters out of order")
    block_variant = OrderedDict((letter, variant_name(title)) for letter, title in blocks.items())
    out = [header("ocpp201/actions.json", "ocpp201/appendices.json")]
    out += moddoc(
        "Metadata of OCPP 2.0.1 from the reference data: who sends each message and its functional block, "
        "which security events are critical, the variables of each component, and the data type and unit of "
        "each standardized variable. Generated from `../shared/ocpp201/actions.json` and `appendices.json`.")
    out += ["", "use super::{Action, ComponentName, DataEnumType, SecurityEvent, UnitOfMeasure, VariableName};",
            "use crate::Initiator;", ""]

    # FunctionalBlock
    fb_doc = "\n".join([
        f"A functional block of OCPP 2.0.1: the {len(blocks)} blocks A to P of Part 0 (\"Introduction\"), "
        "Table 3 \"Functional Blocks\", which group the use cases and requirements of Part 2.",
        "",
        "[`Action::functional_block`] gives each message's block. Declaration order is the letter order, so "
        "`Ord` sorts by letter.",
        "",
        "```",
        "use ocpp_enums::v201::{Action, FunctionalBlock};",
        "",
        "assert_eq!(Action::Authorize.functional_block(), FunctionalBlock::Authorization);",
        "assert_eq!(FunctionalBlock::Authorization.letter(), 'C');",
        "assert_eq!(FunctionalBlock::ALL.len(), 16);",
        "```",
    ])
    out += doc(fb_doc)
    out += ["#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]", "pub enum FunctionalBlock {"]
    for letter, title in blocks.items():
        out += doc(f"{letter}: {title}.", "    ")
        out.append(f"    {block_variant[letter]},")
    out += ["}", "", "impl FunctionalBlock {"]
    out += doc("Every block, in letter order.", "    ")
    out.append(f"    pub const ALL: [FunctionalBlock; {len(blocks)}] = [" + ", ".join(
        f"Self::{v}" for v in block_variant.values()) + "];")
    out.append("")
    out += doc("The block's letter in Part 0, `'A'` to `'P'`; requirement and use-case ids start with it "
               "(`C01` is a use case of C Authorization).", "    ")
    out += ["    pub const fn letter(self) -> char {", "        match self {"]
    for letter, v in block_variant.items():
        out.append(f"            Self::{v} => '{letter}',")
    out += ["        }", "    }", ""]
    out += doc("The block's title as Part 0 writes it, such as `\"Local Authorization List Management\"`.", "    ")
    out += ["    pub const fn title(self) -> &'static str {", "        match self {"]
    for letter, v in block_variant.items():
        out.append(f"            Self::{v} => {json.dumps(blocks[letter])},")
    out += ["        }", "    }", "}", ""]

    # Action::initiator
    by = {x["action"]: x for x in acts}
    init = OrderedDict()
    for x in acts:
        check(x["direction"] in DIRECTION_201, f"{x['action']}: direction {x['direction']}")
        check(x["direction_sources_agree"], f"{x['action']}: the direction sources disagree")
        init[x["action"]] = DIRECTION_201[x["direction"]]
    check(Counter(x["direction"] for x in acts) == Counter(a["counts"]["by_direction"]), "2.0.1 direction counts")
    oca = [n for n in init if by[n]["direction_sources"].get("S4_part6_test_cases")]
    check(len(oca) == a["counts"]["direction_confirmed_by_OCA_part6"], "2.0.1 OCA-confirmed directions")
    impl_groups = OrderedDict()
    labels = {"S1_ocpp_go": "ocpp-go", "S2_libocpp": "libocpp", "S3_sap": "the SAP simulator"}
    for n in init:
        if n in oca:
            continue
        s = by[n]["direction_sources"]
        impls = tuple(labels[k] for k in labels if s.get(k))
        check(impls, f"{n}: no source for its direction")
        impl_groups.setdefault(impls, []).append(n)
    order = sorted(impl_groups, key=lambda k: (-len(k), k))
    cnt = Counter(init.values())
    n_impl = len(init) - len(oca)
    init_doc = "\n".join([
        "Who sends this message's request: the charging station ([`Initiator::ChargingStation`], "
        f"{cnt['ChargingStation']} messages), the CSMS ([`Initiator::Csms`], {cnt['Csms']}) or either "
        f"([`Initiator::Both`], {cnt['Both']}: {names([n for n, i in init.items() if i == 'Both'])}).",
        "",
        "**Sources.** OCPP 2.0.1 Part 2, which assigns each message to its sender, was not available to the "
        "reference data, so the directions come from three implementations (ocpp-go's handler interfaces "
        "and header comments, EVerest libocpp's functional blocks, the SAP charging station simulator's "
        "request types) and from the sentences of OCA Part 6 (test cases) that say who sends a request. "
        "Every source that covers a message agrees with the others.",
        "",
        f"{len(oca)} directions are confirmed by OCA text; the other {n_impl} rest on implementations "
        "only, the first group on all three of them, the last on ocpp-go alone:",
        "",
        f"- Confirmed by OCA Part 6 ({len(oca)}): {names(oca)}.",
        *[f"- Implementations only, {join_list(list(k))} ({len(impl_groups[k])}): {names(impl_groups[k])}."
          for k in order],
        "",
        "`PublishFirmware`, `UnpublishFirmware` and `PublishFirmwareStatusNotification` concern a Local "
        "Controller (Part 0 use cases L03/L04): its charging-station side is the Local Controller.",
        "",
        "```",
        "use ocpp_enums::v201::Action;",
        "use ocpp_enums::Initiator;",
        "",
        f"assert_eq!(Action::{act_enum.variant(oca[0]).name}.initiator(), Initiator::{init[oca[0]]});",
        "assert!(Action::TransactionEvent.initiator().charging_station_sends());",
        "```",
    ])
    status_groups = OrderedDict()
    for x in acts:
        status_groups.setdefault(x["functional_block_status"], []).append(x["action"])
    for st, ns in status_groups.items():
        check(a["counts"].get(f"block: {st}") == len(ns), f"2.0.1 block status count {st}")
    fb_groups = []
    for st, ns in status_groups.items():
        if st == "corroborated by OCA text":
            fb_groups.insert(0, f"- Corroborated by OCA text ({len(ns)}): a Part 0 use case named after the "
                                f"message, or most of its sends in Part 6 in that block's chapter: {names(ns)}.")
        else:
            fb_groups.append(f"- {st} ({len(ns)}): {names(ns)}.")
    fb_doc_a = "\n".join([
        "The functional block of OCPP 2.0.1 Part 0 this message belongs to.",
        "",
        "**Sources.** No available OCA text maps every message to a block (Part 2 was not available), so the "
        "assignment is ocpp-go's package grouping, mapped to the Part 0 letters by title, and checked against "
        "EVerest libocpp's grouping, Part 0's use-case names and Part 6's chapters. No OCA text contradicts "
        "it.",
        "",
        *fb_groups,
        "",
        "libocpp files the ISO 15118 certificate messages under its security block (A) and `SendLocalList` "
        "under authorization (C).",
    ])
    out += ["impl Action {"]
    out += doc(init_doc, "    ")
    out += ["    pub const fn initiator(self) -> Initiator {", "        match self {"]
    for v in act_enum.variants:
        out.append(f"            Self::{v.name} => Initiator::{init[v.wire]},")
    out += ["        }", "    }", ""]
    out += doc(fb_doc_a, "    ")
    out += ["    pub const fn functional_block(self) -> FunctionalBlock {", "        match self {"]
    for v in act_enum.variants:
        letter = by[v.wire]["functional_block"]
        check(by[v.wire]["functional_block_title"] == blocks[letter], f"{v.wire}: block title")
        out.append(f"            Self::{v.name} => FunctionalBlock::{block_variant[letter]},")
    out += ["        }", "    }", "}", ""]

    # SecurityEvent::is_critical
    ap = data.app201
    rows = ap["security_events"]
    for r in rows:
        check(r["critical_after_errata_2023_12"] in ("Yes", "No"), f"{r['name']}: critical")
    check(sum(r["critical_after_errata_2023_12"] == "Yes" for r in rows)
          == ap["counts"]["security_events_critical_after_errata"], "2.0.1 critical count")
    changed = [r["name"] for r in rows if r["critical_appendix_v1_3"] != r["critical_after_errata_2023_12"]]
    sev = {v.wire: v.name for v in sec_enum.variants}
    check(set(sev) == {r["name"] for r in rows}, "2.0.1 SecurityEvent differs from the appendix")
    crit_doc = security_events_doc(
        rows, lambda r: r["critical_after_errata_2023_12"] == "Yes",
        "strong: OCA text, Part 2 Appendix 1 v1.3 with the Edition 2 errata of 2023-12",
        f" Errata 2023-12 makes {names(changed)} critical; the appendix v1.3 says no.", "v201", sev)
    out += ["impl SecurityEvent {"]
    out += doc(crit_doc, "    ")
    crit = [r["name"] for r in rows if r["critical_after_errata_2023_12"] == "Yes"]
    out += ["    pub const fn is_critical(self) -> bool {", "        matches!(", "            self,",
            "            " + " | ".join(f"Self::{sev[n]}" for n in crit), "        )", "    }", "}", ""]

    # Device model
    sections = [(c["name"], c["section"], "controller", [v["variable_name"] for v in c["variables"]])
                for c in ap["controller_components"]]
    sections += [(c["name"], c["section"], "physical", [v["variable_name"] for v in c["variables"]])
                 for c in ap["physical_components"]]
    ctrl_names = [c["name"] for c in ap["controller_components"]]
    # The summary list 3.3 does not say which names are controllers; every one has a section in 2.0.1.
    summary = []
    for s in ap["summary_list_3_3"]:
        kind = next((k for n, _, k, _ in sections if n == s["name"]), None)
        check(kind is not None, f"2.0.1: {s['name']} is only in the summary list")
        summary.append((s["name"], kind))
    std = [(v["name"], v["dataType"], v["unit"]) for v in ap["standardized_variables"]]
    table_types = [(c["name"], v["variable_name"], v.get("type_appendix_v1_3")) for c in ap["controller_components"]
                   for v in c["variables"]]
    dm = DeviceModel("OCPP 2.0.1", allv["ComponentName"], allv["VariableName"], allv["UnitOfMeasure"],
                     allv["DataEnumType"], sections, summary, ctrl_names, std, table_types)
    dm.render(out, "strong: OCA text, Part 2 Appendices v1.3")
    w.add(SRC / "v201" / "metadata.rs", "\n".join(out) + "\n")

    note = "Copied by tools/gen_catalogue.py (gen_metadata.py) from {src}; regenerate, do not edit."
    td = {
        "_source": note.format(src="../shared/ocpp201/actions.json and appendices.json"),
        "functional_blocks": blocks,
        "actions": [{
            "action": x["action"], "direction": x["direction"],
            "direction_confirmed_by_oca_part6": bool(x["direction_sources"].get("S4_part6_test_cases")),
            "functional_block": x["functional_block"], "functional_block_title": x["functional_block_title"],
            "functional_block_status": x["functional_block_status"],
        } for x in acts],
        "action_counts": {k: a["counts"][k] for k in ("actions", "by_direction", "by_block",
                                                       "direction_confirmed_by_OCA_part6")},
        "security_events": [{"name": r["name"], "critical_appendix_v1_3": r["critical_appendix_v1_3"],
                             "critical_after_errata_2023_12": r["critical_after_errata_2023_12"]} for r in rows],
        "security_event_counts": {k: ap["counts"][k] for k in ("security_events", "security_events_critical_v1_3",
                                                                "security_events_critical_after_errata")},
        **dm.test_data(),
    }
    w.add(TEST_DATA / "v201" / "metadata.json", dump(td))
    return init


# --------------------------------------------------------------------------
# OCPP 2.1
# --------------------------------------------------------------------------


def render_v21(cat, data, w, init201: dict) -> None:
    a = data.act21
    allv = cat.all21()
    act_enum, sec_enum = allv["Action"], allv["SecurityEvent"]
    acts = a["actions"]
    by = {x["action"]: x for x in acts}
    init = OrderedDict()
    kept, new, unresolved = [], [], []
    for x in acts:
        n, d = x["action"], x["direction_request_sender"]
        check(d is None or d in DIRECTION_21, f"{n}: direction {d}")
        if n in init201:
            check(x["in_2_0_1_schemas"], f"{n}: in 2.0.1 but not marked so")
            check(d is not None and DIRECTION_21[d] == init201[n], f"{n}: 2.1 data disagrees with 2.0.1")
            init[n] = init201[n]
            kept.append(n)
        elif d is None:
            unresolved.append(n)
        else:
            init[n] = DIRECTION_21[d]
            new.append(n)
    check(unresolved == a["counts"]["direction_unresolved"] == [REQUEST_BATTERY_SWAP],
          f"2.1 unresolved directions: {unresolved}")
    init[REQUEST_BATTERY_SWAP] = REQUEST_BATTERY_SWAP_SENDER
    check(set(init) == {v.wire for v in act_enum.variants}, "2.1 actions")
    check(len(new) + len(unresolved) == a["counts"]["new_in_2_1"], "2.1 new actions")
    impl_only = [n for n in new if by[n]["direction_basis"].startswith("implementation only")]
    check(impl_only == new, "a new 2.1 action has a basis other than one implementation")
    wwcp = a["counts"]["wwcp_disagreements_with_chosen"]
    cnt = Counter(init.values())
    send = [n for n in init if by[n]["message_kind"].startswith("SEND")]
    init_doc = "\n".join([
        "Who sends this message's request: the charging station ([`Initiator::ChargingStation`], "
        f"{cnt['ChargingStation']} messages), the CSMS ([`Initiator::Csms`], {cnt['Csms']}) or either "
        f"([`Initiator::Both`], {cnt['Both']}: {names([n for n, i in init.items() if i == 'Both'])}). For "
        f"the SEND message {names(send)}, the side that sends it.",
        "",
        "**Sources.** OCPP 2.1 Part 2 was not available to the reference data.",
        "",
        f"- The {len(kept)} messages OCPP 2.0.1 has keep their 2.0.1 direction, "
        "`ocpp_enums::v201::Action::initiator`, whose documentation gives the basis of each (OCA 2.0.1 Part 6 "
        "test cases, or implementations); the 2.1 data set agrees for every one.",
        f"- {len(new)} of the {len(new) + len(unresolved)} new messages take the direction in the 2.1 data "
        "set, whose basis is one implementation only (solidstudiosh's OCPP 2.1 virtual charge point), not "
        "verified against OCA text: "
        f"{names(new)}. WWCP_OCPP's namespaces, recorded but not trusted, disagree for {names(wwcp)}.",
        f"- `{REQUEST_BATTERY_SWAP}`: [`Initiator::{REQUEST_BATTERY_SWAP_SENDER}`], a decision of this crate. "
        + REQUEST_BATTERY_SWAP_REASON,
    ])
    out = [header("ocpp21/actions.json", "ocpp21/appendix.json", "ocpp201/actions.json")]
    out += moddoc(
        "Metadata of OCPP 2.1 from the reference data: who sends each message, which security events are "
        "critical, the variables of each component, and the data type and unit of each standardized "
        "variable. Generated from `../shared/ocpp21/actions.json` and `appendix.json` (and, for the messages "
        "2.0.1 has, `../shared/ocpp201/actions.json`). The data has no functional block for 2.1 messages.")
    out += ["", "use super::{Action, ComponentName, DataEnumType, SecurityEvent, UnitOfMeasure, VariableName};",
            "use crate::Initiator;", ""]
    out += ["impl Action {"]
    out += doc(init_doc, "    ")
    out += ["    pub const fn initiator(self) -> Initiator {", "        match self {"]
    for v in act_enum.variants:
        out.append(f"            Self::{v.name} => Initiator::{init[v.wire]},")
    out += ["        }", "    }", "}", ""]

    a2 = data.app21["v21"]
    counts = data.app21["counts"]
    rows = a2["security_events"]
    for r in rows:
        check(r["critical"] in ("Yes", "No"), f"{r['name']}: critical")
    check(sum(r["critical"] == "Yes" for r in rows) == counts["security_events_critical_yes"], "2.1 critical count")
    sev = {v.wire: v.name for v in sec_enum.variants}
    check(set(sev) == {r["name"] for r in rows}, "2.1 SecurityEvent differs from the appendix")
    crit_doc = security_events_doc(rows, lambda r: r["critical"] == "Yes",
                                   "strong: OCA text, OCPP 2.1 Part 2 Appendices v2.0, Appendix 1", "", "v21", sev)
    crit = [r["name"] for r in rows if r["critical"] == "Yes"]
    out += ["impl SecurityEvent {"]
    out += doc(crit_doc, "    ")
    out += ["    pub const fn is_critical(self) -> bool {", "        matches!(", "            self,",
            "            " + " | ".join(f"Self::{sev[n]}" for n in crit), "        )", "    }", "}", ""]

    comps = gc.component_variables_21(a2)
    ctrl_names = [c["name"] for c in a2["controller_components"]]
    sections = [(n, sec, "controller" if n in ctrl_names else "physical", [v for v, _ in vars_])
                for n, sec, vars_ in comps]
    sc = a2["summary_components"]
    summary = [(s["name"], "controller") for s in sc["controllers"]] + [(s["name"], "physical") for s in sc["physical"]]
    std = [(v["name"], v["data_type"], v["unit"]) for v in a2["standardized_variables"]]
    ev = a2["connected_ev"]["(component definition table)"]["componentName"]
    ev_tables = [k for k, t in a2["connected_ev"].items() if isinstance(t, dict) and "rows" in t]
    dm = DeviceModel("OCPP 2.1", allv["ComponentName"], allv["VariableName"], allv["UnitOfMeasure"],
                     allv["DataEnumType"], sections, summary,
                     ctrl_names + [s["name"] for s in sc["controllers"] if s["name"] not in ctrl_names], std,
                     [(c["name"], v["variable"], v.get("type")) for c in a2["controller_components"]
                      for v in c["variables"]])
    dm.render(out, "strong: OCA text, OCPP 2.1 Part 2 Appendices v2.0",
              extra_var_doc=(f"OCPP 2.1 gives `{ev}` no \"typically used variables\" table: its variables are the "
                             "rows of its own tables " + join_list([f"\"{t}\"" for t in ev_tables])
                             + ", in that order (`ChargingState` where its member-list values are listed)."))
    w.add(SRC / "v21" / "metadata.rs", "\n".join(out) + "\n")

    note = "Copied by tools/gen_catalogue.py (gen_metadata.py) from {src}; regenerate, do not edit."
    td = {
        "_source": note.format(src="../shared/ocpp21/actions.json and appendix.json"),
        "actions": [{"action": x["action"], "direction_request_sender": x["direction_request_sender"],
                     "direction_basis": x["direction_basis"], "in_2_0_1_schemas": x["in_2_0_1_schemas"]}
                    for x in acts],
        "action_counts": {k: a["counts"][k] for k in ("actions_from_schema_files", "new_in_2_1",
                                                       "direction_CS_to_CSMS", "direction_CSMS_to_CS",
                                                       "direction_both", "direction_unresolved")},
        "security_events": [{"name": r["name"], "critical": r["critical"]} for r in rows],
        "security_event_counts": {k: counts[k] for k in ("security_events", "security_events_critical_yes")},
        **dm.test_data(),
    }
    w.add(TEST_DATA / "v21" / "metadata.json", dump(td))


def request_battery_swap_doc() -> str:
    """The sentence for `v21::Action::RequestBatterySwap`'s own documentation."""
    return (f" Sent by: CSMS -> Charging Station, a decision of this crate (see [`Action::initiator`]): "
            "the data leaves it unresolved, and the schemas pair it with `BatterySwap`, whose `requestId` "
            "answers it.")


def render(cat, data, w) -> None:
    m16 = Meta16(data.shared, data.e16)
    render_v16(m16, w)
    test_data_v16(m16, w)
    init201 = render_v201(cat, data, w)
    render_v21(cat, data, w, init201)
