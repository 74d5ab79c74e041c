#!/usr/bin/env python3
"""Generates the OCPP 2.0.1 and 2.1 catalogue of `ocpp-enums` from the
reference data in `../shared/` (Python 3.11, standard library only).

    python3 tools/gen_catalogue.py [--shared DIR] [--check]

Writes, and runs rustfmt on:

- `ocpp-enums/src/v2/`      the types OCPP 2.0.1 and 2.1 share (private module)
- `ocpp-enums/src/v201/`    OCPP 2.0.1: schema enums, Action, appendix vocabularies
- `ocpp-enums/src/v21/`     OCPP 2.1, with the conversions from and to 2.0.1
- `ocpp-enums/src/subprotocol.rs`   the OCPP-J WebSocket subprotocols
- `tests/data/v201/`, `tests/data/v21/`   what the tests need, as plain JSON
- with `tools/gen_metadata.py`: `ocpp-enums/src/{v16,v201,v21}/metadata.rs`
  (who sends each message, configuration keys, device model) and
  `tests/data/{v16,v201,v21}/metadata.json`

Every wire string comes from the data; none is typed here. The prose around
them (module docs, generated sentences) is written here. `--check` fails if
the files on disk differ from what would be generated.

Variant names follow one rule, `variant_name` below (documented in the
`v201` module docs): the wire string is cut into words and each word is
written capitalised, so acronyms become words (`EVConnected` ->
`EvConnected`); the script fails if two values of one enum get one name.
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "ocpp-enums" / "src"
TEST_DATA = ROOT / "tests" / "data"

V201 = "OCPP 2.0.1"
V21 = "OCPP 2.1"


def die(msg: str) -> None:
    print(f"gen_catalogue: error: {msg}", file=sys.stderr)
    sys.exit(1)


def check(cond: bool, msg: str) -> None:
    if not cond:
        die(msg)


# --------------------------------------------------------------------------
# The naming rule
# --------------------------------------------------------------------------

# Mixed-case abbreviations the word splitter would cut in two; each counts as
# one word. `SoC` is `Soc` as in `v16::Measurand::Soc`.
ONE_WORD = {"SoC": "Soc", "SoH": "Soh", "CHAdeMO": "Chademo", "IKEv2": "Ikev2"}

WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
RUST_RESERVED = {"Self"}


def words(piece: str) -> list[str]:
    """Splits an alphanumeric piece into words (see `variant_name`)."""
    out: list[str] = []
    i = 0
    while i < len(piece):
        for special, word in ONE_WORD.items():
            end = i + len(special)
            if piece.startswith(special, i) and not (end < len(piece) and piece[end].islower()):
                out.append(word)
                i = end
                break
        else:
            m = WORD_RE.match(piece, i)
            check(m is not None, f"cannot split {piece!r} at {i}")
            w = m.group(0)
            out.append(w if w.isdigit() else w[0].upper() + w[1:].lower())
            i = m.end()
    return out


def variant_name(wire: str) -> str:
    """The Rust variant name of a wire string.

    1. Cut at every character that is not an ASCII letter or digit
       (`.`, `-`, `_`): `Energy.Active.Import.Register`, `s309-1P-16A`.
    2. Cut each piece into words: a run of digits; a capital followed by
       lower-case letters (or lower-case letters alone); a run of capitals
       not followed by a lower-case letter (an acronym: `EV` in
       `EVConnected`, `ISO` in `ISO15118`). `SoC`, `SoH`, `CHAdeMO` and `IKEv2` are
       one word each.
    3. Write every word with a capital first letter and the rest lower case;
       digits stay. Join them. Where a separator stood between two digits,
       keep an underscore (`s309-1P-16A` -> `S309_1P16A`,
       `ocpp2.0.1` -> `Ocpp2_0_1`) so the numbers stay apart.
    """
    pieces = [p for p in re.split(r"[^A-Za-z0-9]+", wire) if p]
    check(pieces, f"no letters or digits in {wire!r}")
    name = ""
    for p in pieces:
        part = "".join(words(p))
        if name and name[-1].isdigit() and part[0].isdigit():
            name += "_"
        name += part
    check(name[0].isalpha(), f"{wire!r} gives a name starting with a digit: {name}")
    check(name not in RUST_RESERVED, f"{wire!r} gives the reserved name {name}")
    return name


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------


def clean(text: str | None) -> str:
    """A schema or appendix description as one line of Markdown-safe prose."""
    if not text:
        return ""
    text = html.unescape(text)
    # AsciiDoc cross references: <<anchor,Text>> -> Text
    text = re.sub(r"<<[^,>]*,\s*([^>]*)>>", r"\1", text)
    text = re.sub(r"<<([^>]*)>>", r"\1", text)
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n")]
    kept: list[str] = []
    for ln in lines:
        if ln.startswith("urn:x-"):
            # The line before a urn is the data dictionary path ("Sampled_ Value. ...").
            if kept and "_ " in kept[-1]:
                kept.pop()
            continue
        kept.append(ln)
    text = " ".join(ln for ln in kept if ln)
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace("\\", "\\\\")
    text = text.replace("[", "\\[").replace("]", "\\]")
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"(https?://[^\s)]+)", r"<\1>", text)
    return text


def sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".!?:":
        text += "."
    return text


def code(s: str) -> str:
    return f"`{s}`"


def wire_code(s: str) -> str:
    return f'`"{s}"`'


def join_list(items: list[str], conj: str = "and") -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


BAD_LINE_START = re.compile(r"^([-*+#>|]|\d+[.)](\s|$)|=+\s*$)")


def wrap(text: str, prefix: str, width: int = 92) -> list[str]:
    """Wraps a paragraph into doc-comment lines that Markdown reads as one
    paragraph (no continuation line may start a list or a heading)."""
    out: list[str] = []
    for para in text.split("\n"):
        if para == "":
            out.append(prefix.rstrip())
            continue
        if para.startswith(("- ", "| ", "```")) or para.startswith("#"):
            # Lists and tables: keep each item on its own (possibly long) line.
            if para.startswith("- "):
                lines = textwrap.wrap(para, width - len(prefix), break_long_words=False,
                                      break_on_hyphens=False, subsequent_indent="  ")
                lines = _fix_starts(lines, indent="  ")
            else:
                lines = [para]
            out.extend((prefix + ln).rstrip() for ln in lines)
            continue
        lines = textwrap.wrap(para, width - len(prefix), break_long_words=False,
                              break_on_hyphens=False)
        lines = _fix_starts(lines)
        out.extend((prefix + ln).rstrip() for ln in lines)
    return out


def _fix_starts(lines: list[str], indent: str = "") -> list[str]:
    fixed: list[str] = []
    for ln in lines:
        body = ln[len(indent):] if fixed and indent and ln.startswith(indent) else ln
        if fixed and BAD_LINE_START.match(body):
            fixed[-1] = fixed[-1] + " " + body
        else:
            fixed.append(ln)
    return fixed


def doc(text: str, indent: str = "") -> list[str]:
    return wrap(text, indent + "/// ")


def moddoc(text: str) -> list[str]:
    return wrap(text, "//! ")


def rust_str(s: str) -> str:
    check(re.fullmatch(r"[!-~]+", s) is not None, f"wire string {s!r} is not printable ASCII without spaces")
    check('"' not in s and "\\" not in s, f"wire string {s!r} needs escaping")
    return f'"{s}"'


# --------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------


@dataclass
class Variant:
    wire: str
    doc: str  # without the leading wire string
    aliases: list[str] = field(default_factory=list)
    name: str = ""


@dataclass
class Enum:
    name: str
    doc: str  # paragraphs separated by blank lines ("\n\n")
    variants: list[Variant]
    home: str  # "v2", "v201" or "v21"
    group: str  # key of GROUPS
    default: str | None = None
    case_insensitive: bool = False
    kind: str = "schema"  # schema, action, rpc, appendix

    @property
    def values(self) -> list[str]:
        return [v.wire for v in self.variants]

    def finish(self) -> None:
        seen: dict[str, str] = {}
        spellings: dict[str, str] = {}
        for v in self.variants:
            v.name = variant_name(v.wire)
            check(v.name not in seen,
                  f"{self.name}: {v.wire!r} and {seen.get(v.name)!r} both give the variant name {v.name}")
            seen[v.name] = v.wire
            for s in [v.wire, *v.aliases]:
                key = s.lower() if self.case_insensitive else s
                check(key not in spellings, f"{self.name}: spelling {s!r} twice ({spellings.get(key)!r})")
                spellings[key] = v.wire
        if self.default is not None:
            check(self.default in self.values, f"{self.name}: default {self.default!r} is not a value")

    def variant(self, wire: str) -> Variant:
        for v in self.variants:
            if v.wire == wire:
                return v
        die(f"{self.name} has no value {wire!r}")
        raise AssertionError


# Functional blocks of OCPP 2.0.1 Part 0 (letters from actions.json), plus
# topics for what 2.1 adds and for the messaging vocabulary.
GROUPS: "OrderedDict[str, tuple[str, str]]" = OrderedDict()


def load_groups(blocks: dict[str, str]) -> None:
    files = {
        "A": "security", "B": "provisioning", "C": "authorization", "D": "local_list",
        "E": "transactions", "F": "remote_control", "G": "availability", "H": "reservation",
        "I": "tariff_cost", "J": "metering", "K": "smart_charging", "L": "firmware",
        "M": "iso15118_certificates", "N": "diagnostics", "O": "display_message",
        "P": "data_transfer",
    }
    check(set(files) == set(blocks), f"functional blocks changed: {sorted(blocks)}")
    for letter, title in blocks.items():
        GROUPS[letter] = (files[letter], f"{letter} {title}")
    # Topics of OCPP 2.1 additions that no 2.0.1 block covers. The data has no
    # OCA message-to-block table for 2.1, so these are topics, not letters.
    GROUPS["der"] = ("der_control", "DER control (2.1)")
    GROUPS["v2x"] = ("bidirectional", "Bidirectional power transfer (2.1)")
    GROUPS["battery"] = ("battery_swap", "Battery swapping (2.1)")
    GROUPS["payment"] = ("payment", "Payment (2.1)")
    GROUPS["rpc"] = ("messages", "Messages, RPC errors and status reasons")


# Topic of each OCPP 2.1 action that OCPP 2.0.1 does not have (by the
# message's subject; used only to place the enums these messages use).
NEW_ACTION_TOPIC_21 = {
    "AFRRSignal": "K", "AdjustPeriodicEventStream": "N", "BatterySwap": "battery",
    "ChangeTransactionTariff": "I", "ClearDERControl": "der", "ClearTariffs": "I",
    "ClosePeriodicEventStream": "N", "GetCertificateChainStatus": "M", "GetDERControl": "der",
    "GetPeriodicEventStream": "N", "GetTariffs": "I", "NotifyAllowedEnergyTransfer": "v2x",
    "NotifyDERAlarm": "der", "NotifyDERStartStop": "der", "NotifyPeriodicEventStream": "N",
    "NotifyPriorityCharging": "K", "NotifySettlement": "payment",
    "NotifyWebPaymentStarted": "payment", "OpenPeriodicEventStream": "N",
    "PullDynamicScheduleUpdate": "K", "ReportDERControl": "der", "RequestBatterySwap": "battery",
    "SetDERControl": "der", "SetDefaultTariff": "I", "UpdateDynamicSchedule": "K",
    "UsePriorityCharging": "K", "VatNumberValidation": "payment",
}


def vote(actions: list[str], block_of: dict[str, str], what: str) -> str:
    counts = Counter(block_of[a] for a in actions)
    check(counts, f"{what}: no use to place it by")
    first = {}
    for i, a in enumerate(actions):
        first.setdefault(block_of[a], i)
    # Most uses first; on a tie, the block of the earliest use.
    return sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))[0][0]


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def load(path: Path):
    with path.open(encoding="utf-8") as f:
        return json.load(f)


@dataclass
class Use:
    message: str
    in_type: str | None
    prop: str
    array: bool
    required: bool | None

    def __post_init__(self):
        # The data writes "(root)" (2.0.1) or "(message root)" (2.1) for top-level properties.
        if self.in_type is not None and self.in_type.startswith("("):
            self.in_type = None

    def render(self) -> str:
        where = f"`{self.in_type}.{self.prop}`" if self.in_type not in (None, "(root)") else f"`{self.prop}`"
        notes = []
        if self.array:
            notes.append("array")
        if self.required is True:
            notes.append("required")
        elif self.required is False:
            notes.append("optional")
        extra = f" ({', '.join(notes)})" if notes else ""
        return f"`{self.message}`: {where}{extra}"

    def key(self):
        return (self.message, self.in_type, self.prop)


def component_variables_21(a2) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    """The variables OCPP 2.1 Appendix 3 lists under each component section:
    (component, section, [(bare name, description)]).

    `ConnectedEV` (3.2.13) has no "typically used variables" table in 2.1; its
    variables are the rows of its own tables ("ConnectedEV for ISO 15118",
    "... for CHAdeMO", "... for WPT", "... for ACDP"), in that order, where
    `ChargingState` stands at the place of its member-list values."""
    ev = a2["connected_ev"]
    ev_name = ev["(component definition table)"]["componentName"]
    out = []
    for c in a2["controller_components"] + a2["physical_components"]:
        vars_ = [(v["variable"], v.get("description")) for v in c["variables"]]
        if c["name"] == ev_name:
            check(not vars_, f"{ev_name} has a variables table of its own in 2.1 now")
            for table, t in ev.items():
                if not (isinstance(t, dict) and "rows" in t):
                    continue
                for r in t["rows"]:
                    if "variable" in r:
                        name, kind = r["variable"], r.get("unit_or_type")
                    elif "memberlist_value_of" in r:
                        name, kind = r["memberlist_value_of"], "a member list"
                    else:
                        continue  # a group label
                    if name not in [n for n, _ in vars_]:
                        what = f" (unit or type: {kind})" if kind else ""
                        vars_.append((name, f"in the table \"{table}\"{what}"))
            check(vars_, f"{ev_name}: no variables found in its tables")
        out.append((c["name"], c["section"], vars_))
    return out


def uses_201(defn) -> list[Use]:
    out = []
    for u in defn["usages"]:
        out.append(Use(u["file"].removesuffix(".json"), u["in_type"], u["property"], u["array"], u["required"]))
    return out


def uses_21(defn) -> list[Use]:
    out = []
    for u in defn["uses"]:
        out.append(Use(u["file"].removesuffix(".json"), u.get("in_type"), u["property"], u["array"], u.get("required")))
    return out


def render_uses(uses: list[Use]) -> str:
    return "\n".join(f"- {u.render()}" for u in uses)


def in_type_of_pointer(pointer: str) -> tuple[str | None, str]:
    parts = pointer.strip("/").split("/")
    prop = parts[-1]
    in_type = None
    if len(parts) >= 4 and parts[0] == "definitions":
        in_type = parts[1]
    return in_type, prop


class Data:
    def __init__(self, shared: Path):
        self.shared = shared
        d1, d2 = shared / "ocpp201", shared / "ocpp21"
        self.s201 = load(d1 / "schema_enums.json")
        self.app201 = load(d1 / "appendices.json")
        self.ocppj201 = load(d1 / "ocppj.json")
        self.act201 = load(d1 / "actions.json")
        self.mh201 = load(d1 / "enums.json")
        self.quirks201 = load(d1 / "wire_quirks.json")
        self.cross201 = load(d1 / "independent_crosscheck.json")
        self.s21 = load(d2 / "schema_enums.json")
        self.app21 = load(d2 / "appendix.json")
        self.rpc21 = load(d2 / "rpc_framework.json")
        self.act21 = load(d2 / "actions.json")
        self.delta = load(d2 / "delta_2_0_1_to_2_1.json")
        self.mh21 = load(d2 / "enums.json")
        self.e16 = load(shared / "ocpp16" / "enums.json")

        self.defs201 = OrderedDict((d["name"], d) for d in self.s201["definitions"])
        self.defs21 = OrderedDict((d["name"], d) for d in self.s21["definitions"])
        check(len(self.defs201) == self.s201["counts"]["distinct_enum_definitions"], "2.0.1 definition count")
        check(len(self.defs21) == self.s21["counts"]["distinct_enum_definitions"], "2.1 definition count")
        self.delta_defs = {d["name"]: d for d in self.delta["enum_definitions"]}
        load_groups(self.act201["functional_blocks_part0"])
        self.block201 = {a["action"]: a["functional_block"] for a in self.act201["actions"]}
        self.block21 = {}
        for a in self.act21["actions"]:
            name = a["action"]
            if name in self.block201:
                self.block21[name] = self.block201[name]
            else:
                check(name in NEW_ACTION_TOPIC_21, f"2.1 action {name} has no topic")
                self.block21[name] = NEW_ACTION_TOPIC_21[name]
        check(set(NEW_ACTION_TOPIC_21) == set(self.delta["actions"]["new_in_2_1"]),
              "NEW_ACTION_TOPIC_21 differs from the new 2.1 actions")

    def rel(self, path: str) -> str:
        return f"../shared/{path}"


# --------------------------------------------------------------------------
# Building the enums
# --------------------------------------------------------------------------


def string_value_desc(v) -> str | None:
    """The description of an appendix table row; the signing-method table has
    columns instead."""
    if "description" in v:
        return v["description"]
    return (f"Algorithm {v['algorithm']}, curve {v['curve']}, key length {v['key_length']}, "
            f"hash algorithm {v['hash_algorithm']}")


class Catalogue:
    def __init__(self, data: Data):
        self.d = data
        self.shared: dict[str, Enum] = OrderedDict()  # v2
        self.v201: dict[str, Enum] = OrderedDict()  # v201-only types
        self.v21: dict[str, Enum] = OrderedDict()  # v21-only types
        # (v201 type, v21 type, up, down): up/down are "From" or "TryFrom"
        self.conversions: list[tuple[str, str, str, str]] = []
        self.mh_comments = self._mobilityhouse_comments()
        self.string_type_desc = {
            name: {v["value"]: string_value_desc(v) for v in t["values"]}
            for name, t in data.app21["v21"]["enum_string_types"].items()
        }

    # -- helpers ---------------------------------------------------------

    def _mobilityhouse_comments(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for c in self.d.mh201["classes"]:
            if c.get("category") != "schema_enum" or not c["member_comments"]:
                continue
            out[c["python_class"]] = {c["members"][m]: txt for m, txt in c["member_comments"].items()}
        return out

    def all201(self) -> dict[str, Enum]:
        out = dict(self.v201)
        out.update({k: v for k, v in self.shared.items()})
        return OrderedDict(sorted(out.items()))

    def all21(self) -> dict[str, Enum]:
        out = dict(self.v21)
        out.update({k: v for k, v in self.shared.items()})
        return OrderedDict(sorted(out.items()))

    # -- schema enums ----------------------------------------------------

    def build_schema(self) -> None:
        d = self.d
        names201, names21 = set(d.defs201), set(d.defs21)
        for name, d201 in d.defs201.items():
            d21 = d.defs21.get(name)
            v201, v21 = d201["values"], (d21["values"] if d21 else None)
            delta = d.delta_defs.get(name)
            if d21 is not None:
                check(delta is not None, f"{name} missing from the delta")
                check(set(delta["values_2_0_1"]) == set(v201) and delta["values_2_1"] == v21, f"{name}: delta disagrees")
            uses1 = uses_201(d201)
            block = vote([u["action"] for u in d201["usages"]], d.block201, name)
            if d21 is not None and set(v201) == set(v21):
                e = self.schema_enum(name, d201, d21, home="v2", block=block)
                self.shared[name] = e
            else:
                e = self.schema_enum(name, d201, None, home="v201", block=block)
                self.v201[name] = e
                if d21 is not None:
                    block21 = vote([u["action"] for u in d21["uses"]], d.block21, name)
                    e21 = self.schema_enum(name, None, d21, home="v21", block=block21, counterpart=e)
                    self.v21[name] = e21
                    up = "From" if set(v201) <= set(v21) else "TryFrom"
                    down = "From" if set(v21) <= set(v201) else "TryFrom"
                    self.conversions.append((name, name, up, down))
        for name, d21 in d.defs21.items():
            if name in names201:
                continue
            block21 = vote([u["action"] for u in d21["uses"]], d.block21, name)
            self.v21[name] = self.schema_enum(name, None, d21, home="v21", block=block21)
        check(len(self.shared) + sum(1 for n in self.v201 if n in names201) == len(names201), "2.0.1 coverage")
        check(all(n in self.shared or n in self.v21 for n in names21), "2.1 coverage")

    def schema_enum(self, name, d201, d21, home, block, counterpart: Enum | None = None) -> Enum:
        d = self.d
        base = d201 if d201 is not None else d21
        values = base["values"]
        default = None
        if d201 is not None:
            default = d201["definition_level_default"]
        if d21 is not None:
            defaults21 = {x["default"] for x in d21.get("default_in_definition") or []}
            check(len(defaults21) <= 1, f"{name}: several 2.1 defaults")
            default21 = next(iter(defaults21), None)
            if d201 is not None:
                check(default == default21, f"{name}: defaults differ between versions")
            default = default21
        desc = clean(base.get("description"))
        paras = [sentence(desc) if desc else f"The values of the schema definition `{name}`."]
        paras.append(f"Schema definition `{name}` (Java type `{base['javaType']}`).")

        # Uses
        if d201 is not None and d21 is not None:
            u1, u2 = uses_201(d201), uses_21(d21)
            if [u.key() for u in u1] == [u.key() for u in u2]:
                paras.append("Used by, in OCPP 2.0.1 and 2.1:\n" + render_uses(u1))
            else:
                paras.append("Used by, in OCPP 2.0.1:\n" + render_uses(u1))
                paras.append("Used by, in OCPP 2.1:\n" + render_uses(u2))
            d2desc = clean(d21.get("description"))
            if d2desc and d2desc != desc:
                paras.append(f"OCPP 2.1's schema describes it as: {sentence(d2desc)}")
        elif d201 is not None:
            paras.append("Used by:\n" + render_uses(uses_201(d201)))
        else:
            paras.append("Used by:\n" + render_uses(uses_21(d21)))

        if default is not None:
            paras.append(f"Defaults to {wire_code(default)}: the schema's default when the field is absent.")

        # Crossing versions
        delta = d.delta_defs.get(name)
        mods = {"v2": "shared", "v201": "v201", "v21": "v21"}[home]
        if mods == "shared":
            same_order = d201["values"] == d21["values"]
            txt = (f"**Versions:** OCPP 2.0.1 and 2.1 define the same values, so "
                   f"`ocpp_enums::v201::{name}` and `ocpp_enums::v21::{name}` are this one type; "
                   f"a value needs no conversion.")
            if not same_order:
                txt += (" OCPP 2.1 lists them in another order ("
                        + ", ".join(wire_code(v) for v in d21["values"])
                        + "); the declaration order here, and so `ALL`, `VARIANTS` and `Ord`, "
                          "follows OCPP 2.0.1.")
            paras.append(txt)
        elif mods == "v201" and delta is not None:
            added = delta["added_in_2_1"]
            txt = (f"**Versions:** OCPP 2.1 adds " + join_list([wire_code(v) for v in added])
                   + f", so `ocpp_enums::v21::{name}` is a type of its own. Every value here exists "
                     f"there: `v21::{name}::from(value)` converts, and "
                     f"`v201::{name}::try_from(value)` converts back, failing with a `VersionError` "
                     f"for the 2.1-only values.")
            paras.append(txt)
        elif mods == "v201":
            removed = {r["name"]: r for r in d.delta["removed_definitions"]}
            if name in removed:
                rep = removed[name]["appendix_2_1_replacement"]
                vocab = rep["vocabulary"]
                tab = d.app21["v21"]["enum_string_types"][vocab]
                added = [v for v in [x["value"] for x in tab["values"]] if v not in values]
                txt = (f"**Versions:** OCPP 2.1 has no `{name}`: the fields became strings of at most "
                       f"20 characters whose suggested values are the appendix table "
                       f"`{vocab}` (`ocpp_enums::v21::{vocab}`, for `Open<{vocab}>`). ")
                if added:
                    txt += (f"That table has every value here and adds "
                            + join_list([wire_code(v) for v in added])
                            + f": `v21::{vocab}::from(value)` converts, `v201::{name}::try_from(value)` "
                              f"converts back and fails for the added values.")
                else:
                    txt += (f"That table has exactly these values: `From` converts both ways.")
                paras.append(txt)
            else:
                paras.append("**Versions:** OCPP 2.1 has no schema definition of this name.")
        elif mods == "v21" and counterpart is not None:
            added = delta["added_in_2_1"]
            txt = ("**Versions:** extends `ocpp_enums::v201::" + name + "` with "
                   + join_list([wire_code(v) for v in added]) + ". `From<v201::" + name
                   + ">` converts every 2.0.1 value; `TryFrom<" + name + "> for v201::" + name
                   + "` fails with a `VersionError` naming the 2.1-only value.")
            if not delta["order_of_common_values_same"]:
                txt += " The values common to both versions are listed in a different order in 2.1; both types keep their own schema's order."
            paras.append(txt)
        elif mods == "v21":
            paras.append("**Versions:** new in OCPP 2.1; OCPP 2.0.1 has no such definition.")

        comments = self.mh_comments.get(name, {}) if d201 is not None else {}
        new_values = set(delta["added_in_2_1"]) if (home == "v21" and delta and counterpart) else set()
        src_note = None
        string_table = None
        if home == "v201" and name in {r["name"] for r in d.delta["removed_definitions"]}:
            rep = {r["name"]: r for r in d.delta["removed_definitions"]}[name]["appendix_2_1_replacement"]
            string_table = self.string_type_desc[rep["vocabulary"]]
            src_note = (f"Value descriptions are those of the OCPP 2.1 appendix table "
                        f"`{rep['vocabulary']}`, which lists the same values.")
        elif comments:
            src_note = ("The descriptions of " + join_list([wire_code(v) for v in comments])
                        + " are the comments of mobilityhouse's `enums.py`; the schema has none.")
        if src_note:
            paras.append(src_note)
        single_use = None
        all_uses = (uses_201(d201) if d201 is not None else []) + (uses_21(d21) if d21 is not None else [])
        if len({u.key() for u in all_uses}) == 1:
            single_use = all_uses[0]

        variants = []
        for v in values:
            text = None
            if string_table is not None and string_table.get(v):
                text = sentence(clean(string_table[v]))
            elif v in comments:
                text = sentence(clean(comments[v]))
            if text is None:
                if single_use is not None:
                    field_ = (f"`{single_use.in_type}.{single_use.prop}`" if single_use.in_type not in (None, "(root)")
                              else f"`{single_use.prop}`")
                    text = f"The value {code(v)} of {field_} in `{single_use.message}`."
                else:
                    text = f"The value {code(v)} of `{name}`."
            if v == default:
                text += " The default: assumed when the field is absent."
            if v in new_values:
                text += " New in OCPP 2.1: converting it to OCPP 2.0.1 fails."
            variants.append(Variant(v, text))
        return Enum(name, "\n\n".join(paras), variants, home, block, default=default)

    # -- Action ------------------------------------------------------------

    def build_actions(self) -> None:
        d = self.d
        acts = d.act201["actions"]
        check(len(acts) == d.act201["counts"]["actions"], "2.0.1 action count")
        names = sorted(a["action"] for a in acts)
        by = {a["action"]: a for a in acts}
        variants = []
        for n in names:
            a = by[n]
            check(a["request_schema"] == f"{n}Request.json" and a["response_schema"] == f"{n}Response.json",
                  f"{n}: schema file names")
            sender = a["request_sent_by"]
            text = f"`{n}Request` and `{n}Response`. Request sent by: {sender}"
            if not a["direction_sources"].get("S4_part6_test_cases"):
                text += " (per implementations; not confirmed by OCA text)"
            text += f". Functional block {a['functional_block']} {a['functional_block_title']}"
            if a["functional_block_status"] != "corroborated by OCA text":
                text += f" ({a['functional_block_status']})"
            text += "."
            variants.append(Variant(n, text))
        paras = [
            "The action of an OCPP-J CALL: the name of a message, `\"BootNotification\"` in "
            "`[2, \"19223201\", \"BootNotification\", {...}]`.",
            f"The {len(names)} schema base names of OCPP 2.0.1 (file names without `Request`/`Response`), "
            "alphabetically. Directions and functional blocks come from implementations and OCA texts "
            "as each variant says.",
            "**Versions:** OCPP 2.1 adds " + str(len(d.delta["actions"]["new_in_2_1"]))
            + " actions: `ocpp_enums::v21::Action::from(action)` converts every 2.0.1 action, "
              "`v201::Action::try_from` converts back and fails for the 2.1-only ones.",
        ]
        self.v201["Action"] = Enum("Action", "\n\n".join(paras), variants, "v201", "rpc", kind="action")

        acts = d.act21["actions"]
        check(len(acts) == d.act21["counts"]["actions_from_schema_files"], "2.1 action count")
        names = sorted(a["action"] for a in acts)
        by = {a["action"]: a for a in acts}
        variants = []
        for n in names:
            a = by[n]
            files = a["schema_files"]
            if files == [f"{n}Request.json", f"{n}Response.json"]:
                text = f"`{n}Request` and `{n}Response` (CALL and CALLRESULT)."
            else:
                check(files == [f"{n}.json"], f"{n}: schema files {files}")
                text = f"`{n}`: a SEND message (OCPP-J message type 6), which has no response."
            sender = a["direction_request_sender"]
            if sender:
                sender = sender.replace("ChargingStation", "Charging Station").replace("->", " -> ")
                basis = a["direction_basis"] or ""
                text += f" Sent by: {sender}"
                if basis.startswith("implementation only"):
                    text += " (per one implementation; not verified against OCA text)"
                text += "."
            else:
                import gen_metadata
                check(n == gen_metadata.REQUEST_BATTERY_SWAP, f"{n}: no sender in the data")
                text += gen_metadata.request_battery_swap_doc()
            if not a["in_2_0_1_schemas"]:
                text += " New in OCPP 2.1."
            variants.append(Variant(n, text))
        paras = [
            "The action of an OCPP-J CALL or SEND: the name of a message.",
            f"The {len(names)} schema base names of OCPP 2.1, alphabetically: the request/response pairs "
            "and `NotifyPeriodicEventStream`, which OCPP-J 2.1 sends as a SEND message (type 6). "
            "mobilityhouse's `v21` `Action` lacks that one.",
            "**Versions:** extends `ocpp_enums::v201::Action`; `From<v201::Action>` converts every 2.0.1 "
            "action, `TryFrom<Action> for v201::Action` fails for the 2.1-only ones.",
        ]
        self.v21["Action"] = Enum("Action", "\n\n".join(paras), variants, "v21", "rpc", kind="action")
        self.conversions.append(("Action", "Action", "From", "TryFrom"))

    # -- CallErrorCode ------------------------------------------------------

    def build_call_error(self) -> None:
        d = self.d
        codes201 = d.ocppj201["callerror_codes"]
        codes21 = d.rpc21["v21"]["rpc_error_codes"]
        check([c["code"] for c in codes201] == [c["code"] for c in codes21], "RPC error codes differ between 2.0.1 and 2.1")
        check(len(codes201) == d.ocppj201["counts"]["callerror_codes"], "2.0.1 callerror count")
        wire = [c["code"] for c in codes201]
        key16 = next(k for k in d.e16["not_in_enums_py"] if k.startswith("CallErrorCode"))
        codes16 = d.e16["not_in_enums_py"][key16]["values"]
        only16 = [c for c in codes16 if c not in wire]
        aliases: dict[str, list[str]] = {}
        for old in only16:
            best = difflib.get_close_matches(old, wire, n=2, cutoff=0.8)
            check(len(best) >= 1, f"no 2.0.1 code for the 1.6 code {old}")
            aliases.setdefault(best[0], []).append(old)
        variants = []
        for c in codes201:
            text = sentence(clean(c["description"]))
            al = aliases.get(c["code"], [])
            if al:
                text += (" Also accepts the OCPP 1.6 spelling " + join_list([wire_code(a) for a in al])
                         + "; always sends " + wire_code(c["code"]) + ".")
            variants.append(Variant(c["code"], text, aliases=al))
        paras = [
            "The error code of an OCPP-J CALLERROR (and, in OCPP 2.1, CALLRESULTERROR): "
            "`[4, \"<MessageId>\", \"<errorCode>\", \"<errorDescription>\", {<errorDetails>}]`.",
            f"The {len(wire)} codes of OCPP 2.0.1 Part 4, with the 2.0.1 spellings canonical. "
            "OCPP 1.6 spelled two of them differently; those spellings are accepted as aliases, "
            "so a central system serving both versions parses either.",
            "**Versions:** OCPP 2.1 Part 4 lists the same codes in the same order, so "
            "`ocpp_enums::v201::CallErrorCode` and `ocpp_enums::v21::CallErrorCode` are this one type.",
        ]
        self.shared["CallErrorCode"] = Enum("CallErrorCode", "\n\n".join(paras), variants, "v2", "rpc", kind="rpc")

    # -- Appendix vocabularies ---------------------------------------------

    def appendix(self, name, values_docs, home, group, paras, aliases=None, case_insensitive=False):
        variants = [Variant(v, t, aliases=(aliases or {}).get(v, [])) for v, t in values_docs]
        return Enum(name, "\n\n".join(paras), variants, home, group, case_insensitive=case_insensitive, kind="appendix")

    def vocab_pair(self, name: str, e201: Enum, e21: Enum) -> None:
        """Places a vocabulary both versions have: shared if equal, else converted."""
        if e201.values == e21.values:
            die(f"{name}: identical in both versions; share it")
        s1, s2 = set(e201.values), set(e21.values)
        up = "From" if s1 <= s2 else "TryFrom"
        down = "From" if s2 <= s1 else "TryFrom"
        only1, only2 = [v for v in e201.values if v not in s2], [v for v in e21.values if v not in s1]

        def values_text(vals: list[str]) -> str:
            if len(vals) > 12:
                return f"{len(vals)} values (each marked in the other type's documentation)"
            return join_list([wire_code(v) for v in vals])

        for e, mine, other, ver in ((e201, only1, only2, "v201"), (e21, only2, only1, "v21")):
            txt = "**Versions:** "
            parts = []
            if ver == "v201":
                if only2:
                    parts.append("OCPP 2.1 adds " + values_text(only2))
                if only1:
                    parts.append("OCPP 2.1 no longer lists " + values_text(only1))
                txt += "; ".join(parts) + f", so `ocpp_enums::v21::{name}` is a type of its own. "
            else:
                if only2:
                    parts.append("adds " + values_text(only2))
                if only1:
                    parts.append("drops " + values_text(only1))
                txt += f"compared with `ocpp_enums::v201::{name}`, OCPP 2.1 " + " and ".join(parts) + ". "
            txt += (f"`v201::{name}` to `v21::{name}`: `{up}`"
                    + (" (fails for the values OCPP 2.1 dropped)" if up == "TryFrom" else "")
                    + f"; back: `{down}`"
                    + (" (fails for the 2.1-only values)" if down == "TryFrom" else "")
                    + ". A failed conversion is a `VersionError` naming the value.")
            if name == "VariableName":
                renames = self.d.delta["appendix_vocabularies"]["standardized_variables_chapter_4"][
                    "likely_renames_same_description"]
                if renames:
                    txt += (" OCPP 2.1 renamed " + join_list([f"{wire_code(r['v201'])} to {wire_code(r['v21'])}"
                                                               for r in renames])
                            + " (same description); the conversion does not map renamed names.")
            e.doc += "\n\n" + txt
            for v in e.variants:
                if v.wire in mine:
                    v.doc += (" New in OCPP 2.1: converting it to OCPP 2.0.1 fails." if ver == "v21"
                              else " Not in OCPP 2.1: converting it to OCPP 2.1 fails.")
        self.v201[name] = e201
        self.v21[name] = e21
        self.conversions.append((name, name, up, down))

    def build_appendices(self) -> None:
        d = self.d
        a1, a2 = d.app201, d.app21["v21"]

        # SecurityEvent
        def sec(events, crit_key):
            out = []
            for ev in events:
                t = sentence(clean(ev["description"]))
                crit = ev[crit_key]
                t += " Critical: " + ("yes" if crit == "Yes" else "no") + "."
                out.append((ev["name"], t))
            return out

        check(len(a1["security_events"]) == a1["counts"]["security_events"], "2.0.1 security events")
        common = ["The wire field is a free string (`SecurityEventNotificationRequest.type`, at most 50 "
                  "characters) and vendors add their own types: use `Open<SecurityEvent>`."]
        e1 = self.appendix("SecurityEvent", sec(a1["security_events"], "critical_after_errata_2023_12"), "v201", "A", [
            f"The {len(a1['security_events'])} security events of OCPP 2.0.1 Part 2 Appendix 1: `type` of "
            "`SecurityEventNotificationRequest`. \"Critical\" is the appendix's flag after errata 2023-12; "
            "critical events are sent to the CSMS at once.", *common])
        check(len(a2["security_events"]) == d.app21["counts"]["security_events"], "2.1 security events")
        e2 = self.appendix("SecurityEvent", sec(a2["security_events"], "critical"), "v21", "A", [
            f"The {len(a2['security_events'])} security events of OCPP 2.1 Part 2 Appendix 1: `type` of "
            "`SecurityEventNotificationRequest`, with the appendix's \"Critical\" flag.", *common])
        self.vocab_pair("SecurityEvent", e1, e2)

        # UnitOfMeasure
        def units(rows):
            return [(u["value"], sentence(clean(u["description"]))) for u in rows]

        def unit_note(rows):
            lower = [u["value"] for u in rows if u["value"][0].islower()]
            return ("The wire field `unitOfMeasure.unit` is a free string (at most 20 characters): "
                    "use `Open<UnitOfMeasure>`. Units are case-sensitive; variant names of units that start "
                    "with a lower-case letter gain a capital, so read the wire string, not the name: "
                    + join_list([f"`{variant_name(v)}` is {wire_code(v)}" for v in lower]) + ".")
        e1 = self.appendix("UnitOfMeasure", units(a1["units_of_measure"]), "v201", "J", [
            f"The {len(a1['units_of_measure'])} standardized units of measure of OCPP 2.0.1 Part 2 Appendix 2: "
            "`unit` of a `UnitOfMeasureType` (in `MeterValuesRequest` and `TransactionEventRequest` "
            "sampled values) and of variable characteristics.", unit_note(a1["units_of_measure"])])
        e2 = self.appendix("UnitOfMeasure", units(a2["units_of_measure"]), "v21", "J", [
            f"The {len(a2['units_of_measure'])} standardized units of measure of OCPP 2.1 Part 2 Appendix 2: "
            "`unit` of a `UnitOfMeasureType` and of variable characteristics.", unit_note(a2["units_of_measure"])])
        self.vocab_pair("UnitOfMeasure", e1, e2)

        # ReasonCode
        ci = ("Reason codes are case-insensitive on the wire (`StatusInfoType.reasonCode`: \"The string "
              "is case-insensitive\"), so parsing ignores ASCII case; output is canonical. The field is a "
              "free string of at most 20 characters: use `Open<ReasonCode>` to keep vendor codes; an `Open` keeps "
              "the peer's spelling, and its `resolve()` applies the case rule.")
        rows = a1["reason_codes"]
        check(len(rows) == a1["counts"]["reason_codes"], "2.0.1 reason codes")
        vals, aliases = [], {}
        for r in rows:
            new, old = r["code_after_errata_2023_12"], r["code_appendix_v1_3"]
            t = sentence(clean(r["description"]))
            if r.get("typically_used_for"):
                t += f" Typically used for: {sentence(clean(r['typically_used_for']))}"
            if old != new:
                aliases[new] = [old]
                t += (f" Errata 2023-12 renamed it from {wire_code(old)} ({len(old)} characters, over the "
                      f"limit), which is accepted when parsing.")
            vals.append((new, t))
        e1 = self.appendix("ReasonCode", vals, "v201", "rpc", [
            f"The {len(rows)} reason codes of OCPP 2.0.1 Part 2 Appendix 5: `reasonCode` of a `StatusInfoType`, "
            "which most responses carry to say why.",
            "Names are those after errata 2023-12, which shortened the two v1.3 names that exceed the "
            "20-character limit; the v1.3 names are accepted as aliases.", ci], aliases=aliases, case_insensitive=True)
        rows = a2["reason_codes"]
        check(len(rows) == d.app21["counts"]["reason_codes"], "2.1 reason codes")
        vals = []
        for r in rows:
            t = sentence(clean(r["description"]))
            if r.get("typically_used_for"):
                t += f" Typically used for: {sentence(clean(r['typically_used_for']))}"
            t += f" Group: {r['group']}."
            vals.append((r["code"], t))
        e2 = self.appendix("ReasonCode", vals, "v21", "rpc", [
            f"The {len(rows)} reason codes of OCPP 2.1 Part 2 Appendix 5: `reasonCode` of a `StatusInfoType`.",
            ci], case_insensitive=True)
        self.vocab_pair("ReasonCode", e1, e2)

        # ComponentName
        ci_c = ("Component names are case-insensitive on the wire (`ComponentType.name`: \"Case "
                "Insensitive\"), so parsing ignores ASCII case; output is canonical. Vendors add their "
                "own components: use `Open<ComponentName>`; an `Open` keeps the peer's spelling, and its "
                "`resolve()` applies the case rule.")
        heads = [(c["name"], c["description"], c["section"], "controller") for c in a1["controller_components"]] + \
                [(c["name"], c["description"], c["section"], "physical") for c in a1["physical_components"]]
        summary = [(s["name"], s["description"]) for s in a1["summary_list_3_3"]]
        e1 = self.appendix("ComponentName", self.component_values(heads, summary), "v201", "B", [
            f"The standardized component names of OCPP 2.0.1 Part 2 Appendix 3: the section headings "
            f"({len(a1['controller_components'])} controllers in 3.1, {len(a1['physical_components'])} "
            f"physical components in 3.2) together with the summary list 3.3 ({len(summary)} names).",
            "`ComponentType.name` in `GetVariables`, `SetVariables`, `NotifyReport`, `GetReport`, "
            "monitoring and event messages.", ci_c], case_insensitive=True)
        heads = [(c["name"], c["description"], c["section"], "controller") for c in a2["controller_components"]] + \
                [(c["name"], c["description"], c["section"], "physical") for c in a2["physical_components"]]
        sc = a2["summary_components"]
        summary = [(s["name"], s["description"]) for s in sc["controllers"] + sc["physical"]]
        e2 = self.appendix("ComponentName", self.component_values(heads, summary), "v21", "B", [
            f"The standardized component names of OCPP 2.1 Part 2 Appendix 3: the section headings "
            f"({len(a2['controller_components'])} controllers in 3.1, {len(a2['physical_components'])} "
            f"physical components in 3.2) together with the summary list 3.3 ({len(summary)} names).",
            "`ComponentType.name` in the device-model messages.", ci_c], case_insensitive=True)
        self.vocab_pair("ComponentName", e1, e2)

        # VariableName
        ci_v = ("Variable names are case-insensitive on the wire (`VariableType.name`: \"Case "
                "Insensitive\"), so parsing ignores ASCII case; output is canonical. Vendors add their "
                "own variables: use `Open<VariableName>`; an `Open` keeps the peer's spelling, and its "
                "`resolve()` applies the case rule.")
        notation = ("Appendix notation is not a wire name: `Enabled(Set)`, `ACCurrent.maxSet`, "
                    "`Count[ChargingProfiles]` or `Fallback(MaxLimit): =1` stand for the variables "
                    "`Enabled`, `ACCurrent`, `Count` and `Fallback` with an instance, attribute type or "
                    "example value; only the bare names are here.").replace("[", "\\[").replace("]", "\\]")
        std = [(v["name"], v["description"]) for v in a1["standardized_variables"]]
        comps = [(c["name"], c["section"], [(v["variable_name"], v.get("description")) for v in c["variables"]])
                 for c in a1["controller_components"] + a1["physical_components"]]
        vals = self.variable_values(std, comps)
        e1 = self.appendix("VariableName", vals, "v201", "B", [
            f"The {len(vals)} standardized variable names of OCPP 2.0.1 Part 2: the {len(std)} of Appendix 4 "
            "and every other bare name that Appendix 3 lists under a component, in that order.",
            "`VariableType.name` in the device-model messages.", notation, ci_v], case_insensitive=True)
        std = [(v["name"], v["description"]) for v in a2["standardized_variables"]]
        comps = component_variables_21(a2)
        vals = self.variable_values(std, comps)
        e2 = self.appendix("VariableName", vals, "v21", "B", [
            f"The {len(vals)} standardized variable names of OCPP 2.1 Part 2: the "
            f"{len({n for n, _ in std})} distinct names of Appendix 4 and every other bare name that "
            "Appendix 3 lists under a component, in that order.",
            "`VariableType.name` in the device-model messages.", notation, ci_v], case_insensitive=True)
        self.vocab_pair("VariableName", e1, e2)

        # 2.1-only vocabularies
        rows = a2["payment_brands"]
        check(len(rows) == d.app21["counts"]["payment_brands"], "payment brands")
        self.v21["PaymentBrand"] = self.appendix("PaymentBrand", [
            (r["value"], sentence(clean(r["description"])) if r["description"] else f"The payment brand {code(r['value'])}.")
            for r in rows], "v21", "payment", [
            f"The {len(rows)} payment brands of OCPP 2.1 Part 2 Appendix 8 (payment terminals): values of a "
            "free-string field, so use `Open<PaymentBrand>`.",
            "**Versions:** new in OCPP 2.1."])
        rows = a2["payment_recognitions"]
        check(len(rows) == d.app21["counts"]["payment_recognitions"], "payment recognitions")
        self.v21["PaymentRecognition"] = self.appendix("PaymentRecognition", [
            (r["value"], sentence(clean(r["description"])) if r["description"] else f"The payment recognition {code(r['value'])}.")
            for r in rows], "v21", "payment", [
            f"The {len(rows)} payment recognitions (how a payment was made) of OCPP 2.1 Part 2 Appendix 8: "
            "values of a free-string field, so use `Open<PaymentRecognition>`.",
            "**Versions:** new in OCPP 2.1."])
        vals = []
        for sec_ in a2["additional_info_types"]:
            for r in sec_["rows"]:
                vals.append((r["type"], sentence(clean(r["description"])) + f" Appendix {sec_['section']} {sec_['section_title']}."))
        check(len(vals) == d.app21["counts"]["additional_info_types"], "additional info types")
        self.v21["AdditionalInfoKind"] = self.appendix("AdditionalInfoKind", vals, "v21", "C", [
            f"The {len(vals)} additional-info types of OCPP 2.1 Part 2 Appendix 6: `type` of an "
            "`AdditionalInfoType` (the `additionalInfo` of an `IdTokenType`). A free string: use "
            "`Open<AdditionalInfoKind>`.",
            "**Versions:** new in OCPP 2.1 (OCPP 2.0.1's appendix has no such chapter)."])

        # EnumStringType tables
        tables = a2["enum_string_types"]
        check({k: len(v["values"]) for k, v in tables.items()} == d.app21["counts"]["enum_string_types"], "string-type counts")
        uses = {}
        for p in d.s21["string_properties_referencing_appendix_EnumStringType"]:
            for vocab in p["referenced_vocabulary"]:
                uses.setdefault(vocab, []).append(p)
        check(len(d.s21["string_properties_referencing_appendix_EnumStringType"])
              == d.s21["counts"]["string_properties_referencing_appendix_EnumStringType"], "string property count")
        removed = {r["appendix_2_1_replacement"]["vocabulary"]: r for r in d.delta["removed_definitions"]}
        for name, t in tables.items():
            us = []
            for p in uses.get(name, []):
                in_type, prop = in_type_of_pointer(p["pointer"])
                us.append(Use(p["file"].removesuffix(".json"), in_type, prop, p["array"], None))
            check(us, f"{name}: no use")
            block = vote([p["action"] for p in uses[name]], d.block21, name)
            vals = [(v["value"], sentence(clean(string_value_desc(v))) if string_value_desc(v)
                     else f"The value {code(v['value'])}.") for v in t["values"]]
            maxlen = sorted({p["maxLength"] for p in uses[name]})
            paras = [f"The suggested values of the OCPP 2.1 appendix table `{name}` (Appendix {t['section']}): the "
                     f"fields below are strings of at most {join_list([str(m) for m in maxlen], 'or')} characters, "
                     f"so type them as `Open<{name}>`.",
                     "Used by:\n" + render_uses(us)]
            if name in removed:
                old = removed[name]["name"]
                old_vals = removed[name]["values_2_0_1"]
                s_old, s_new = set(old_vals), {v for v, _ in vals}
                up = "From" if s_old <= s_new else "TryFrom"
                down = "From" if s_new <= s_old else "TryFrom"
                added = [v for v, _ in vals if v not in s_old]
                txt = (f"**Versions:** replaces the OCPP 2.0.1 schema enum `ocpp_enums::v201::{old}`. ")
                if added:
                    txt += ("This table has every 2.0.1 value and adds " + join_list([wire_code(v) for v in added])
                            + f": `From<v201::{old}>` converts, `TryFrom<{name}> for v201::{old}` fails "
                              "with a `VersionError` for the added values.")
                else:
                    txt += "It has exactly the 2.0.1 values: `From` converts both ways."
                paras.append(txt)
                self.conversions.append((old, name, up, down))
                addset = set(added)
            else:
                paras.append("**Versions:** new in OCPP 2.1; in OCPP 2.0.1 the field is a free string without "
                             "a table.")
                addset = set()
            e = self.appendix(name, vals, "v21", block, paras)
            for v in e.variants:
                if v.wire in addset:
                    v.doc += " Not in OCPP 2.0.1's enum: converting it to OCPP 2.0.1 fails."
            self.v21[name] = e

    def component_values(self, heads, summary):
        names, descs, where = [], {}, {}
        for n, desc, sec_, kind in heads:
            check(n not in descs, f"component {n} twice")
            names.append(n)
            descs[n] = desc
            where[n] = f"Appendix {sec_} ({kind} component)"
        in_summary = set()
        for n, desc in summary:
            in_summary.add(n)
            if n not in descs:
                names.append(n)
                descs[n] = desc
                where[n] = "Appendix 3.3 summary list only (no section of its own)"
        out = []
        for n in names:
            t = sentence(clean(descs[n])) if descs[n] else f"The component {code(n)}."
            note = where[n]
            if n not in in_summary:
                note += "; not in the summary list 3.3"
            out.append((n, f"{t} {note}."))
        return out

    def variable_values(self, std, comps):
        names, descs = [], {}
        for n, desc in std:
            if n in descs:
                continue  # 2.1 lists Timeout and VehicleId twice
            names.append(n)
            descs[n] = sentence(clean(desc)) if desc else ""
        for comp, sec_, vars_ in comps:
            for n, desc in vars_:
                if n in descs:
                    continue
                names.append(n)
                d = sentence(clean(desc)) if desc else ""
                descs[n] = (f"Listed under `{comp}` (Appendix {sec_})" + (f": {d}" if d else "."))
        out = []
        for n in names:
            out.append((n, descs[n] or f"The standardized variable {code(n)} (Appendix 4)."))
        return out

    # -- Subprotocol ---------------------------------------------------------

    def subprotocol(self) -> Enum:
        d = self.d
        by = {s["ocpp_version"]: s["subprotocol"] for s in d.rpc21["v21"]["websocket_subprotocols"]}
        by201 = {s["ocpp_version"]: s["subprotocol"] for s in d.ocppj201["websocket_subprotocols"]}
        for k, v in by201.items():
            check(by.get(k) == v, f"subprotocol {k} differs between the 2.0.1 and 2.1 Part 4")
        variants = []
        for ver, part in (("1.6", "OCPP 2.0.1 and 2.1 Part 4, Table 1"), ("2.0.1", "OCPP 2.0.1 Part 4, Table 1"),
                          ("2.1", "OCPP 2.1 Part 4, Table 1")):
            variants.append(Variant(by[ver], f"OCPP {ver} over OCPP-J ({part})."))
        return Enum("Subprotocol", "", variants, "root", "rpc", kind="rpc")

    def finish(self) -> None:
        for group in (self.shared, self.v201, self.v21):
            for e in group.values():
                e.finish()
        # The same wire string gets the same name in every version.
        for a, b, _, _ in self.conversions:
            ea = self.all201()[a]
            eb = self.all21()[b]
            names_a = {v.wire: v.name for v in ea.variants}
            for v in eb.variants:
                if v.wire in names_a:
                    check(names_a[v.wire] == v.name, f"{a}/{b}: {v.wire} named differently")


# --------------------------------------------------------------------------
# Rendering Rust
# --------------------------------------------------------------------------

HEADER = "// @generated by tools/gen_catalogue.py from {src}; do not edit"
DERIVES = "Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord"


def render_enum(e: Enum) -> list[str]:
    out: list[str] = []
    out.extend(doc(e.doc))
    derives = DERIVES + (", Default" if e.default is not None else "") + ", OcppEnum"
    out.append(f"#[derive({derives})]")
    # Serde impls whenever ocpp-enums has its `serde` feature (issue 9: the
    # derive writes them only for enums that ask).
    out.append('#[cfg_attr(feature = "serde", ocpp(serde))]')
    # JSON Schemas likewise, with the `schemars` feature.
    out.append('#[cfg_attr(feature = "schemars", ocpp(schemars))]')
    # `defmt::Format` likewise, with its `defmt` feature.
    out.append('#[cfg_attr(feature = "defmt", ocpp(defmt))]')
    if e.case_insensitive:
        out.append("#[ocpp(ascii_case_insensitive)]")
    if e.kind == "action":
        # `EnumInfo::initiator` reads the metadata table (issue 12).
        out.append('#[ocpp(initiator = "Self::initiator")]')
    out.append(f"pub enum {e.name} {{")
    for v in e.variants:
        text = f"{wire_code(v.wire)}: {v.doc}"
        out.extend(doc(text, "    "))
        if v.wire == e.default:
            out.append("    #[default]")
        attr = rust_str(v.wire)
        for a in v.aliases:
            attr += f", alias = {rust_str(a)}"
        out.append(f"    #[ocpp({attr})]")
        out.append(f"    {v.name},")
    out.append("}")
    return out


def render_conversion(a: Enum, b: Enum, up: str, down: str) -> list[str]:
    """Conversions between v201::A and v21::B, written in the v21 module."""
    cfg = '#[cfg(all(feature = "v201", feature = "v21"))]'
    out: list[str] = []
    va = {v.wire: v for v in a.variants}
    vb = {v.wire: v for v in b.variants}

    def arms(src: Enum, dst_vals: dict[str, Variant], src_path: str, dst_path: str, fallible: bool, missing_ver: str):
        lines = []
        for v in src.variants:
            if v.wire in dst_vals:
                target = f"{dst_path}::{dst_vals[v.wire].name}"
                lines.append(f"{src_path}::{v.name} => {'Ok(' + target + ')' if fallible else target},")
            else:
                check(fallible, f"{src.name}: {v.wire} has no counterpart but the conversion is infallible")
                lines.append(f"{src_path}::{v.name} => Err(VersionError::new({rust_str(src.name)}, "
                             f"{rust_str(v.wire)}, {json.dumps(missing_ver)})),")
        return lines

    pa, pb = f"crate::v201::{a.name}", b.name
    # up: v201 -> v21
    if up == "From":
        out += [cfg, f"impl From<{pa}> for {pb} {{",
                f"    /// Converts the OCPP 2.0.1 value to the OCPP 2.1 value with the same wire string.",
                f"    fn from(value: {pa}) -> Self {{", "        match value {"]
        out += ["            " + ln for ln in arms(a, vb, pa, "Self", False, V21)]
        out += ["        }", "    }", "}"]
    else:
        out += [cfg, f"impl TryFrom<{pa}> for {pb} {{", "    type Error = VersionError;",
                f"    /// Converts the OCPP 2.0.1 value to the OCPP 2.1 value with the same wire string,",
                f"    /// failing for the values OCPP 2.1 does not have.",
                f"    fn try_from(value: {pa}) -> Result<Self, VersionError> {{", "        match value {"]
        out += ["            " + ln for ln in arms(a, vb, pa, "Self", True, V21)]
        out += ["        }", "    }", "}"]
    # down: v21 -> v201
    if down == "From":
        out += [cfg, f"impl From<{pb}> for {pa} {{",
                f"    /// Converts the OCPP 2.1 value to the OCPP 2.0.1 value with the same wire string.",
                f"    fn from(value: {pb}) -> Self {{", "        match value {"]
        out += ["            " + ln for ln in arms(b, va, pb, "Self", False, V201)]
        out += ["        }", "    }", "}"]
    else:
        out += [cfg, f"impl TryFrom<{pb}> for {pa} {{", "    type Error = VersionError;",
                f"    /// Converts the OCPP 2.1 value to the OCPP 2.0.1 value with the same wire string,",
                f"    /// failing for the values OCPP 2.0.1 does not have.",
                f"    fn try_from(value: {pb}) -> Result<Self, VersionError> {{", "        match value {"]
        out += ["            " + ln for ln in arms(b, va, pb, "Self", True, V201)]
        out += ["        }", "    }", "}"]
    return out


class Writer:
    def __init__(self, check_only: bool):
        self.files: dict[Path, str] = {}
        self.check_only = check_only

    def add(self, path: Path, text: str) -> None:
        check(path not in self.files, f"{path} written twice")
        self.files[path] = text

    def flush(self, managed_dirs: list[Path]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            rs = []
            for path, text in self.files.items():
                t = tmp / path.relative_to(ROOT)
                t.parent.mkdir(parents=True, exist_ok=True)
                t.write_text(text, encoding="utf-8")
                if t.suffix == ".rs":
                    rs.append(t)
            rustfmt = shutil.which("rustfmt")
            check(rustfmt is not None, "rustfmt not found")
            subprocess.run([rustfmt, "--edition", "2021", *map(str, rs)], check=True)
            final = {p: (tmp / p.relative_to(ROOT)).read_text(encoding="utf-8") for p in self.files}
        stale = []
        for d in managed_dirs:
            if d.exists():
                for p in d.rglob("*"):
                    if p.is_file() and p not in final:
                        stale.append(p)
        if self.check_only:
            bad = [p for p, t in final.items() if not p.exists() or p.read_text(encoding="utf-8") != t] + stale
            if bad:
                die("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in bad))
            print(f"gen_catalogue: {len(final)} files up to date")
            return
        for p in stale:
            p.unlink()
        for p, t in final.items():
            p.parent.mkdir(parents=True, exist_ok=True)
            if not p.exists() or p.read_text(encoding="utf-8") != t:
                p.write_text(t, encoding="utf-8")
        print(f"gen_catalogue: wrote {len(final)} files")


def header(*sources: str) -> str:
    return HEADER.format(src=", ".join(f"../shared/{s}" for s in sources))


def group_file(cat: Catalogue, enums: list[Enum], mod: str, srcs: list[str]) -> dict[str, list[str]]:
    """Renders the enums of one module into one body per group file."""
    by: dict[str, list[Enum]] = OrderedDict()
    for key in GROUPS:
        items = [e for e in enums if e.group == key]
        if items:
            by[key] = items
    out = {}
    for key, items in by.items():
        fname, title = GROUPS[key]
        lines = [header(*srcs)]
        what = {"v2": "shared by OCPP 2.0.1 and 2.1", "v201": "of OCPP 2.0.1 only", "v21": "of OCPP 2.1 only"}[mod]
        lines += moddoc(f"{title}: the enumerations {what}.")
        lines.append("")
        uses = ["use crate::OcppEnum;"]
        convs = [c for c in cat.conversions if c[1] in {e.name for e in items}] if mod == "v21" else []
        if convs:
            uses.append('#[cfg(all(feature = "v201", feature = "v21"))]')
            uses.append("use crate::VersionError;")
        lines += uses
        for e in items:
            lines.append("")
            lines += render_enum(e)
        for a_name, b_name, up, down in convs:
            lines.append("")
            lines += render_conversion(cat.all201()[a_name], cat.all21()[b_name], up, down)
        out[fname] = lines
    return out


def link_table(enums: dict[str, Enum]) -> str:
    rows = ["| Group | Enumerations |", "|---|---|"]
    for key, (fname, title) in GROUPS.items():
        items = sorted(n for n, e in enums.items() if e.group == key)
        if items:
            rows.append(f"| {title} | " + ", ".join(f"[`{n}`]" for n in items) + " |")
    return "\n".join(rows)


def registry_macro(version: str, names: list[str], example_total: int) -> list[str]:
    lines = []
    lines += doc("Every enumeration of this module, alphabetically by name: what the derive knows of each "
                 "(wire strings, aliases, case rule), for tools and tests that must not scan Rust source. Built "
                 f"from [`for_each_{version}_enum!`](crate::for_each_{version}_enum), the one list.")
    lines.append("///")
    lines.append("/// ```")
    lines.append(f"/// use ocpp_enums::{version};")
    lines.append("///")
    lines.append(f"/// assert_eq!({version}::ENUMS.len(), {len(names)});")
    lines.append(f"/// assert_eq!({version}::ENUMS[0].name(), {json.dumps(names[0])});")
    lines.append(f"/// let total: usize = {version}::ENUMS.iter().map(|e| e.variants().len()).sum();")
    lines.append(f"/// assert_eq!(total, {example_total});")
    lines.append("/// ```")
    lines.append("pub static ENUMS: &[crate::EnumInfo] = {")
    lines.append("    macro_rules! infos {")
    lines.append("        ([] $($name:ident),* $(,)?) => {")
    lines.append("            &[$(crate::EnumInfo::of::<$name>()),*]")
    lines.append("        };")
    lines.append("    }")
    lines.append(f"    crate::for_each_{version}_enum!(infos)")
    lines.append("};")
    lines.append("")
    lines += doc(f"Calls `$callback! {{ [..] {names[0]}, {names[1]}, … }}` with the name of every enumeration of "
                 f"this module, alphabetically: the one list (generated with the catalogue) that tests, "
                 f"examples and tools iterate.")
    lines.append("///")
    lines += doc("Tokens after the callback's name are passed first, in brackets, so the callback can take "
                 f"arguments. The names are bare identifiers: bring them into scope with `use ocpp_enums::{version}::*;`.")
    lines.append("///")
    lines.append("/// ```")
    lines.append(f"/// use ocpp_enums::{version}::*;")
    lines.append("/// use ocpp_enums::OcppEnum;")
    lines.append("///")
    lines.append("/// macro_rules! total_values {")
    lines.append("///     ([] $($name:ident),* $(,)?) => { 0 $(+ <$name as OcppEnum>::COUNT)* };")
    lines.append("/// }")
    lines.append(f"/// assert_eq!(ocpp_enums::for_each_{version}_enum!(total_values), {example_total});")
    lines.append("/// ```")
    lines.append("#[macro_export]")
    lines.append(f"macro_rules! for_each_{version}_enum {{")
    lines.append("    ($callback:ident $($args:tt)*) => {")
    lines.append("        $callback! {")
    lines.append("            [$($args)*]")
    for n in names:
        lines.append(f"            {n},")
    lines.append("        }")
    lines.append("    };")
    lines.append("}")
    return lines


def render_shared(cat: Catalogue, w: Writer) -> None:
    srcs = ["ocpp201/schema_enums.json", "ocpp21/schema_enums.json", "ocpp201/ocppj.json"]
    bodies = group_file(cat, list(cat.shared.values()), "v2", srcs)
    for fname, lines in bodies.items():
        w.add(SRC / "v2" / f"{fname}.rs", "\n".join(lines) + "\n")
    lines = [header(*srcs)]
    lines += moddoc("The enumerations OCPP 2.0.1 and OCPP 2.1 share: where both versions define a schema "
                    "enumeration of one name with the same set of values, it is one Rust type, defined here "
                    "and re-exported by `v201` and `v21`, so a value needs no conversion between versions.")
    lines.append("")
    for fname in bodies:
        lines.append(f"mod {fname};")
    lines.append("")
    for fname in bodies:
        lines.append(f"pub use {fname}::*;")
    w.add(SRC / "v2" / "mod.rs", "\n".join(lines) + "\n")


def reexports(cat: Catalogue) -> list[str]:
    names = sorted(cat.shared)
    return ["pub use crate::v2::{" + ", ".join(names) + "};"]


def render_v201(cat: Catalogue, w: Writer) -> None:
    d = cat.d
    srcs = ["ocpp201/*.json"]
    own = list(cat.v201.values())
    bodies = group_file(cat, own, "v201", srcs)
    for fname, lines in bodies.items():
        w.add(SRC / "v201" / f"{fname}.rs", "\n".join(lines) + "\n")
    allv = cat.all201()
    schema = [n for n in allv if n in d.defs201]
    lines = [header(*srcs, "ocpp21/*.json")]
    lines += moddoc(v201_docs(cat, allv))
    lines.append("")
    for fname in bodies:
        lines.append(f"mod {fname};")
    lines.append("")
    lines.append("mod metadata;")
    lines.append("")
    for fname in bodies:
        lines.append(f"pub use {fname}::*;")
    lines += reexports(cat)
    lines.append("pub use metadata::FunctionalBlock;")
    lines.append("")
    total = sum(len(e.variants) for e in allv.values())
    lines += registry_macro("v201", list(allv), total)
    w.add(SRC / "v201" / "mod.rs", "\n".join(lines) + "\n")
    check(len(schema) == len(d.defs201), "v201 schema enums")


def render_v21(cat: Catalogue, w: Writer) -> None:
    d = cat.d
    srcs = ["ocpp21/*.json"]
    own = list(cat.v21.values())
    bodies = group_file(cat, own, "v21", srcs)
    for fname, lines in bodies.items():
        w.add(SRC / "v21" / f"{fname}.rs", "\n".join(lines) + "\n")
    allv = cat.all21()
    lines = [header(*srcs, "ocpp201/*.json")]
    lines += moddoc(v21_docs(cat, allv))
    lines.append("")
    for fname in bodies:
        lines.append(f"mod {fname};")
    lines.append("")
    lines.append("mod metadata;")
    lines.append("")
    for fname in bodies:
        lines.append(f"pub use {fname}::*;")
    lines += reexports(cat)
    lines.append("")
    total = sum(len(e.variants) for e in allv.values())
    lines += registry_macro("v21", list(allv), total)
    lines.append("")
    lines += conversion_macro(cat)
    w.add(SRC / "v21" / "mod.rs", "\n".join(lines) + "\n")


def conversion_macro(cat: Catalogue) -> list[str]:
    lines = doc(
        "Calls `$callback! { [..] (V201Type, V21Type, Up, Down), … }` with every pair of distinct types "
        "that convert between `v201` and `v21`: `Up` is `From` or `TryFrom` (from `v201::V201Type` to "
        "`v21::V21Type`), `Down` the other direction. Shared types are not listed: they are one type. "
        "Generated with the catalogue, like `for_each_v21_enum!`.")
    lines.append("///")
    lines += doc("Only with both the `v201` and the `v21` features.")
    lines.append("///")
    lines.append("/// ```")
    lines.append("/// macro_rules! count {")
    lines.append("///     ([] $(($a:ident, $b:ident, $up:ident, $down:ident)),* $(,)?) => { [$(stringify!($a)),*].len() };")
    lines.append("/// }")
    lines.append(f"/// assert_eq!(ocpp_enums::for_each_v21_conversion!(count), {len(cat.conversions)});")
    lines.append("/// ```")
    lines.append('#[cfg(feature = "v201")]')
    lines.append("#[macro_export]")
    lines.append("macro_rules! for_each_v21_conversion {")
    lines.append("    ($callback:ident $($args:tt)*) => {")
    lines.append("        $callback! {")
    lines.append("            [$($args)*]")
    for a, b, up, down in sorted(cat.conversions):
        lines.append(f"            ({a}, {b}, {up}, {down}),")
    lines.append("        }")
    lines.append("    };")
    lines.append("}")
    return lines


def naming_rule_doc() -> str:
    ex = ["EVConnected", "SuspendedEVSE", "ISO15118EvseId", "Energy.Active.Import.Register", "AC_single_phase",
          "cCCS1", "sBS1361", "s309-1P-16A", "sCEE-7-7", "eMAID", "dateTime", "NONE", "SoC", "kWh", "L1-N",
          "CHAdeMOCtrlr", "IKEv2", "ocpp2.0.1"]
    rows = "\n".join(f"| {wire_code(x)} | `{variant_name(x)}` |" for x in ex)
    return (
        "# Variant names\n\n"
        "Types carry the schema's definition names (`ConnectorStatusEnumType`), so a user who generates "
        "payload types from the OCA schemas finds each type under its schema name. Variant names follow "
        "one rule, the same as in `v16`, applied by the generator to every wire string:\n\n"
        "- cut the wire string at every character that is not an ASCII letter or digit (`.`, `-`, `_`);\n"
        "- cut each piece into words: a run of digits; a capital followed by lower-case letters (or "
        "lower-case letters alone); a run of capitals not followed by a lower-case letter, which is an "
        "acronym; the mixed-case abbreviations `SoC`, `SoH`, `CHAdeMO` and `IKEv2` are one word each;\n"
        "- write each word with a capital first letter and the rest in lower case (digits stay), and join "
        "them; where a separator stood between two digits an underscore keeps the numbers apart.\n\n"
        "The generator fails if two values of one enumeration would get the same name, and the wire string "
        "heads every variant's documentation. Names never decide what is sent: the `#[ocpp(\"...\")]` "
        "string does.\n\n"
        "| wire | variant |\n|---|---|\n" + rows + "\n\n"
        "`NONE` (`APNAuthenticationEnumType`) becomes `None` and `string` (`DataEnumType`) becomes `String`: "
        "write them qualified (`APNAuthenticationEnumType::None`); a glob import of those variants would "
        "shadow `Option::None` and `String`. Schema typos stay in the wire string and the name follows them "
        "(`IdleTIme` is `IdleTIme`)."
    )


def v201_docs(cat: Catalogue, allv: dict[str, Enum]) -> str:
    d = cat.d
    n_schema = len(d.defs201)
    defaults = sorted(n for n, e in allv.items() if e.default)
    mh = d.mh201
    diffs = []
    for c in mh["classes"]:
        if c.get("category") != "schema_enum":
            continue
        dv = c.get("diff_vs_schema") or {}
        sd = c.get("schema_definition")
        extra, missing = dv.get("extra_in_enums_py", []), dv.get("missing_in_enums_py", [])
        if extra:
            diffs.append(f"- `{c['python_class']}` adds " + join_list([wire_code(v) for v in extra])
                         + f", which the schema rejects; [`{sd}`] has exactly the schema's values.")
        if missing:
            diffs.append(f"- `{c['python_class']}` lacks " + join_list([wire_code(v) for v in missing])
                         + f", a schema value; [`{sd}`] has it.")
        if sd and sd != c["python_class"]:
            diffs.append(f"- `{c['python_class']}` is the schema's [`{sd}`]; we keep the schema's name.")
    non_schema = [c["python_class"] for c in mh["classes"] if c.get("category") == "schema_enum" and not c.get("schema_definition")]
    for n in non_schema:
        diffs.append(f"- `{n}` is not a schema enumeration (its values are device-model variable values), so it "
                     "is not here.")
    dm = {c["python_class"]: c for c in mh["classes"] if c.get("category") == "device_model"}
    sr = dm.get("StatusInfoReasonType")
    if sr:
        diffs.append("- `StatusInfoReasonType` applies one of the two errata 2023-12 renames of reason codes and "
                     "not the other; [`ReasonCode`] uses both errata names and accepts both v1.3 names.")
    sv = dm.get("StandardizedVariableName")
    if sv:
        diffs.append("- `StandardizedVariableName` holds Appendix 4 names; [`VariableName`] also holds every bare "
                     "name Appendix 3 lists under a component, and none of the appendix notation "
                     f"(`{d.quirks201['enums_py_device_model_values_in_appendix_notation'][0]['value']}`) "
                     "that some of mobilityhouse's device-model classes contain.")
    go = []
    for defn, info in d.cross201["ocpp-go"]["per_definition"].items():
        if info["status"] == "same value set":
            continue
        parts = []
        if info["go_only"]:
            parts.append("adds " + join_list([wire_code(v) for v in info["go_only"]]))
        if info["schema_only"]:
            parts.append("lacks " + join_list([wire_code(v) for v in info["schema_only"]]))
        go.append(f"- ocpp-go's `{info['go_type']}` (for [`{defn}`]) " + " and ".join(parts) + ".")
    paras = [
        "Every OCPP 2.0.1 enumeration: the schema enumerations, [`Action`], [`CallErrorCode`] and the "
        "vocabularies of the Part 2 appendices.",
        f"- **{n_schema} schema enumerations**, one per definition of the 128 OCA JSON schemas, named as the "
        "definitions, with exactly the schema's values in the schema's order.",
        f"- [`Action`]: the {len(allv['Action'].variants)} messages; [`CallErrorCode`]: the "
        f"{len(allv['CallErrorCode'].variants)} OCPP-J error codes.",
        f"- Appendix vocabularies for free-string fields, meant for [`Open<E>`](crate::Open): "
        f"[`SecurityEvent`] ({len(allv['SecurityEvent'].variants)}), [`UnitOfMeasure`] "
        f"({len(allv['UnitOfMeasure'].variants)}), [`ReasonCode`] ({len(allv['ReasonCode'].variants)}), "
        f"[`ComponentName`] ({len(allv['ComponentName'].variants)}) and [`VariableName`] "
        f"({len(allv['VariableName'].variants)}). [`ReasonCode`], [`ComponentName`] and [`VariableName`] "
        "ignore ASCII case when parsing, as the schemas say those fields do.",
        "- [`Default`] exactly where a schema definition gives one: " + ", ".join(f"[`{n}`]" for n in defaults) + ".",
        "- Metadata, each table documented with its sources and their strength: who sends each message "
        "([`Action::initiator`]) and its functional block ([`Action::functional_block`], "
        "[`FunctionalBlock`]), which security events are critical ([`SecurityEvent::is_critical`]), the "
        "variables of each component ([`ComponentName::variables`], [`ComponentName::is_controller`]), the "
        "data type and unit of each standardized variable ([`VariableName::data_type`], "
        "[`VariableName::unit`]).",
        "Everything is re-exported here, so the path is always `ocpp_enums::v201::<Name>`. Each type's "
        "documentation lists the messages and fields that use it, and how its values cross to OCPP 2.1: "
        "types whose values 2.1 keeps are shared with `ocpp_enums::v21` (one type), the others convert with "
        "`From`/`TryFrom` (see `ocpp_enums::v21`).",
        "The groups below are the functional blocks of OCPP 2.0.1 Part 0, assigned from the messages that use "
        "each enumeration; for some messages the block rests on implementations (ocpp-go, EVerest) rather "
        "than OCA text, as [`Action`]'s variants say.",
        link_table(allv),
        naming_rule_doc(),
        "# Deviations from mobilityhouse's `enums.py`\n\n"
        "The Python library `ocpp.v201.enums` differs from the OCA schemas in these places. We follow the "
        "schemas: they are what a peer validates against, so a value outside them is rejected by a strict "
        "receiver, and a missing one cannot be received at all.\n\n" + "\n".join(diffs),
        "# Other libraries\n\n"
        "Two independent copies of the OCA schemas (rust-ocpp's verbatim copy and the SAP simulator's) agree "
        "with every definition here. The hand-written Go constants of ocpp-go differ in "
        f"{len(go)} places:\n\n" + "\n".join(go),
        "# Example\n\n```\n"
        "use ocpp_enums::v201::{ConnectorEnumType, MeasurandEnumType, ReasonCode, VariableName};\n"
        "use ocpp_enums::{OcppEnum, Open};\n\n"
        "assert_eq!(\"sBS1361\".parse(), Ok(ConnectorEnumType::SBs1361));\n"
        "assert!(ConnectorEnumType::from_wire(\"SBS1361\").is_none()); // exact, as the schema\n"
        "assert_eq!(MeasurandEnumType::default().as_str(), \"Energy.Active.Import.Register\");\n"
        "// Errata names are sent; the v1.3 names and any case are accepted.\n"
        "assert_eq!(ReasonCode::from_wire(\"invalidmessagesequence\"), Some(ReasonCode::InvalidMessageSeq));\n"
        "assert_eq!(ReasonCode::InvalidMessageSeq.as_str(), \"InvalidMessageSeq\");\n"
        "let name: Open<VariableName> = \"Acme.Fan\".parse().unwrap();\n"
        "assert_eq!(name, Open::Unknown(\"Acme.Fan\".into()));\n"
        "```",
    ]
    return "\n\n".join(paras)


def dropped_text(cat: Catalogue) -> str:
    parts = []
    for a, b, up, _ in sorted(cat.conversions):
        if up != "TryFrom":
            continue
        e1, e2 = cat.all201()[a], cat.all21()[b]
        gone = [v for v in e1.values if v not in set(e2.values)]
        parts.append(f"[`{b}`] (2.1 lacks " + join_list([wire_code(v) for v in gone]) + ")")
    renames = cat.d.delta["appendix_vocabularies"]["standardized_variables_chapter_4"]["likely_renames_same_description"]
    text = join_list(parts)
    if renames:
        text += "; 2.1 renamed " + join_list([f"{wire_code(r['v201'])} to {wire_code(r['v21'])}" for r in renames])
    return text


def mh_v201_misses(d: Data) -> str:
    comp = d.app21["comparison_with_enums_py"]["ocpp/v201/enums.py (for reference; built by mobilityhouse from the 2.0.1 appendices v1.3 and their CSV)"]
    parts = []
    for key, label in (("security_events vs SecurityEventType", "security events"),
                       ("units_of_measure vs StandardizedUnitsOfMeasureType", "units"),
                       ("reason_codes vs StatusInfoReasonType", "reason codes"),
                       ("controller_components_summary vs ControllerComponentName", "controller components"),
                       ("standardized_variables vs StandardizedVariableName", "standardized variables")):
        miss = comp[key]["missing_in_enums_py"]
        if not miss:
            continue
        if len(miss) == 1:
            parts.append(f"the {label.removesuffix('s')} " + wire_code(miss[0]))
        elif len(miss) == 2:
            parts.append(f"the {label} " + join_list([wire_code(v) for v in miss]))
        else:
            parts.append(f"{len(miss)} {label}")
    return join_list(parts)


def v21_docs(cat: Catalogue, allv: dict[str, Enum]) -> str:
    d = cat.d
    dl = d.delta
    cls = Counter(x["classification"] for x in dl["enum_definitions"])
    shared_schema = sorted(n for n in cat.shared if n in d.defs21)
    reordered = [x["name"] for x in dl["enum_definitions"] if x["classification"] == "same values, reordered"]
    extended = [x for x in dl["enum_definitions"] if x["classification"].startswith("extended")]
    new = [x["name"] for x in dl["enum_definitions"] if x["classification"] == "new in 2.1"]
    removed = dl["removed_definitions"]
    mt = d.rpc21["v21"]["message_types"]
    added_mt = d.rpc21["delta_2_0_1_to_2_1"]["message_types_added_in_2_1"]
    defaults = sorted(n for n, e in allv.items() if e.default)
    ext_lines = "\n".join(
        f"- [`{x['name']}`]: adds " + join_list([wire_code(v) for v in x["added_in_2_1"]])
        + ("; the common values are reordered" if not x["order_of_common_values_same"] else "")
        for x in extended)
    rem_lines = "\n".join(
        f"- `{r['name']}` became a string; its values are the table [`{r['appendix_2_1_replacement']['vocabulary']}`]"
        + (" (adds " + join_list([wire_code(v) for v in r['appendix_2_1_replacement']['added']]) + ")"
           if r['appendix_2_1_replacement']['added'] else " (the same values)")
        for r in removed)
    voc = ", ".join(f"[`{n}`] ({len(allv[n].variants)})" for n in
                    ["SecurityEvent", "UnitOfMeasure", "ReasonCode", "ComponentName", "VariableName", "PaymentBrand",
                     "PaymentRecognition", "AdditionalInfoKind"])
    tabs = ", ".join(f"[`{n}`] ({len(allv[n].variants)})" for n in d.app21["v21"]["enum_string_types"])
    paras = [
        "Every OCPP 2.1 (Edition 1) enumeration: the schema enumerations, [`Action`], [`CallErrorCode`], the "
        "appendix vocabularies and the appendix tables that replaced three 2.0.1 enumerations.",
        f"- **{len(d.defs21)} schema enumerations**, one per definition of the 181 OCA JSON schemas, named as "
        "the definitions, with exactly the schema's values (schema spellings kept: `IdleTIme`, "
        "`Not_Applicable`).",
        f"- [`Action`] ({len(allv['Action'].variants)}, including the SEND message `NotifyPeriodicEventStream`), "
        f"[`CallErrorCode`] ({len(allv['CallErrorCode'].variants)}, shared with 2.0.1).",
        f"- Appendix vocabularies for free-string fields, meant for [`Open<E>`](crate::Open): {voc}. "
        "[`ReasonCode`], [`ComponentName`] and [`VariableName`] ignore ASCII case when parsing.",
        f"- The appendix tables of the fields that were enumerations in 2.0.1 or have suggested values: {tabs}.",
        "- [`Default`] exactly where a schema definition gives one: " + ", ".join(f"[`{n}`]" for n in defaults) + ".",
        "- Metadata, each table documented with its sources and their strength: [`Action::initiator`], "
        "[`SecurityEvent::is_critical`], [`ComponentName::variables`], [`ComponentName::is_controller`], "
        "[`VariableName::data_type`], [`VariableName::unit`].",
        "Variant names follow the rule of `ocpp_enums::v201` (see there). Everything is re-exported here: "
        "`ocpp_enums::v21::<Name>`.",
        "# From OCPP 2.0.1 to 2.1\n\n"
        f"Of the {dl['counts']['definitions_in_both']} schema definitions in both versions, "
        f"{cls['identical']} are identical and {len(reordered)} only list the same values in another order "
        "(" + ", ".join(f"[`{n}`]" for n in reordered) + "): these "
        f"{len(shared_schema)} are **shared**, the same Rust type as in `v201` (their declaration order follows "
        "2.0.1). [`CallErrorCode`] is shared too.\n\n"
        f"**Extended** ({len(extended)}): a type of its own here, with `From<v201::X> for v21::X` and "
        "`TryFrom<v21::X> for v201::X`, which fails with a [`VersionError`](crate::VersionError) naming the "
        "type and the 2.1-only value:\n\n" + ext_lines + "\n\n"
        f"**New** ({len(new)}): " + ", ".join(f"[`{n}`]" for n in new) + ".\n\n"
        f"**Removed** ({len(removed)}), each now a string of at most 20 characters with an appendix table; "
        "`From`/`TryFrom` connect the 2.0.1 enumeration and the table:\n\n" + rem_lines + "\n\n"
        "The appendix vocabularies that 2.1 changes ([`SecurityEvent`], [`UnitOfMeasure`], [`ReasonCode`], "
        "[`ComponentName`], [`VariableName`]) and [`Action`] are types of their own with the same conversions; "
        "where 2.1 dropped values, both directions are `TryFrom`: " + dropped_text(cat) + ". "
        "[`for_each_v21_conversion!`](crate::for_each_v21_conversion) lists every pair.",
        "# OCPP-J 2.1 message types\n\n"
        "OCPP 2.1 Part 4 (\"JSON over WebSockets implementation guide\", Edition 1, the message-type table) "
        f"defines {len(mt)} message types: " + ", ".join(f"{m['name']} = {m['message_type_id']}" for m in mt)
        + ". " + join_list([f"{m['name']} ({m['message_type_id']})" for m in added_mt])
        + " are new in 2.1: CALLRESULTERROR answers a CALLRESULT that could not be processed, SEND is a "
          "message without response (only `NotifyPeriodicEventStream` is one). This crate does not model "
          "message type numbers; they are integers on the wire.",
        "# Known errors of other libraries\n\n"
        f"- mobilityhouse's `ocpp/v21/enums.py` has all {d.mh21['counts']['schema_enum_classes_identical_to_schema']} "
        "schema enumerations right, but its `Action` lacks "
        + join_list([code(v) for v in d.act21["counts"]["missing_in_enums_py_Action"]])
        + ", and it has no appendix vocabulary at all (no security events, units, "
        "reason codes, components, variables or the `…EnumStringType` tables); its `ocpp/messages.py` knows "
        "message types " + join_list([str(i) for i in d.rpc21["mobilityhouse_ocpp_messages_py_note"]["MessageType_ids_found"]])
        + " only.\n"
        "- Building 2.1 vocabularies from mobilityhouse's `v201` classes misses " + mh_v201_misses(d) + ".\n"
        "- OCPP 2.1 Part 4 Figure 1 labels the SEND example "
        + code(d.rpc21["v21"]["quirks"]["sequence_diagram_names_SEND_example"]) + "; the message is "
        + join_list([code(v) for v in d.act21["counts"]["missing_in_enums_py_Action"]]) + ".",
        link_table(allv),
        "Groups are the functional blocks of OCPP 2.0.1 Part 0 for enumerations used by messages 2.0.1 has; "
        "for what only 2.1's new messages use, the data has no OCA message-to-block table, so those are "
        "grouped by topic (tariffs, DER control, battery swapping, payment, bidirectional power transfer).",
        "# Example\n\n```\n"
        "use ocpp_enums::{v201, v21, OcppEnum};\n\n"
        "// Shared: one type.\n"
        "let status: v21::ConnectorStatusEnumType = v201::ConnectorStatusEnumType::Occupied;\n"
        "assert_eq!(status.as_str(), \"Occupied\");\n\n"
        "// Extended: From one way, TryFrom back.\n"
        "let r: v21::ReasonEnumType = v201::ReasonEnumType::Remote.into();\n"
        "assert_eq!(v201::ReasonEnumType::try_from(r), Ok(v201::ReasonEnumType::Remote));\n"
        "let err = v201::ReasonEnumType::try_from(v21::ReasonEnumType::ReqEnergyTransferRejected).unwrap_err();\n"
        "assert_eq!(err.value(), \"ReqEnergyTransferRejected\");\n"
        "```",
    ]
    return "\n\n".join(paras)


def render_subprotocol(cat: Catalogue, w: Writer) -> None:
    e = cat.subprotocol()
    e.finish()
    e.doc = (
        "The OCPP-J WebSocket subprotocol names: what a client offers in `Sec-WebSocket-Protocol` and a "
        "server picks. Not tied to a version feature.\n\n"
        "The names come from the OCPP-J specifications (Part 4, Table 1 \"OCPP Versions\"); subprotocol "
        "names compare exactly.\n\n"
        "```\n"
        "use ocpp_enums::{OcppEnum, Subprotocol};\n\n"
        "// The first offered subprotocol the server supports.\n"
        "let offered = \"ocpp2.1, ocpp2.0.1, ocpp1.6\";\n"
        "let chosen = offered.split(',').map(str::trim).find_map(Subprotocol::from_wire);\n"
        "assert_eq!(chosen, Some(Subprotocol::Ocpp2_1));\n"
        "assert_eq!(Subprotocol::Ocpp2_0_1.as_str(), \"ocpp2.0.1\");\n"
        "```"
    )
    lines = [header("ocpp201/ocppj.json", "ocpp21/rpc_framework.json")]
    lines += moddoc("The OCPP-J WebSocket subprotocols, for every version.")
    lines.append("")
    lines.append("use crate::OcppEnum;")
    lines.append("")
    lines += render_enum(e)
    w.add(SRC / "subprotocol.rs", "\n".join(lines) + "\n")


# --------------------------------------------------------------------------
# Test data
# --------------------------------------------------------------------------


def dump(obj) -> str:
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def render_test_data(cat: Catalogue, w: Writer) -> None:
    d = cat.d
    t1, t2 = TEST_DATA / "v201", TEST_DATA / "v21"
    note = "Copied by tools/gen_catalogue.py from {src}; regenerate, do not edit."
    w.add(t1 / "schema_enums.json", dump({
        "_source": note.format(src="../shared/ocpp201/schema_enums.json"),
        "distinct_enum_definitions": d.s201["counts"]["distinct_enum_definitions"],
        "definitions": [{"name": x["name"], "values": x["values"], "default": x["definition_level_default"]}
                        for x in d.s201["definitions"]],
    }))
    w.add(t2 / "schema_enums.json", dump({
        "_source": note.format(src="../shared/ocpp21/schema_enums.json"),
        "distinct_enum_definitions": d.s21["counts"]["distinct_enum_definitions"],
        "definitions": [{"name": x["name"], "values": x["values"],
                         "default": next((y["default"] for y in x.get("default_in_definition") or []), None)}
                        for x in d.s21["definitions"]],
    }))
    files201 = []
    for a in d.act201["actions"]:
        files201 += [a["request_schema"], a["response_schema"]]
    w.add(t1 / "actions.json", dump({
        "_source": note.format(src="../shared/ocpp201/actions.json"),
        "actions": d.act201["counts"]["actions"],
        "schema_files": sorted(files201),
    }))
    files21 = []
    for a in d.act21["actions"]:
        files21 += a["schema_files"]
    w.add(t2 / "actions.json", dump({
        "_source": note.format(src="../shared/ocpp21/actions.json"),
        "actions": d.act21["counts"]["actions_from_schema_files"],
        "schema_files": sorted(files21),
    }))
    key16 = next(k for k in d.e16["not_in_enums_py"] if k.startswith("CallErrorCode"))
    w.add(t1 / "ocppj.json", dump({
        "_source": note.format(src="../shared/ocpp201/ocppj.json and ../shared/ocpp16/enums.json"),
        "callerror_codes": [c["code"] for c in d.ocppj201["callerror_codes"]],
        "callerror_codes_1_6": d.e16["not_in_enums_py"][key16]["values"],
        "websocket_subprotocols": d.ocppj201["websocket_subprotocols"],
    }))
    w.add(t2 / "rpc_framework.json", dump({
        "_source": note.format(src="../shared/ocpp21/rpc_framework.json"),
        "rpc_error_codes": [c["code"] for c in d.rpc21["v21"]["rpc_error_codes"]],
        "websocket_subprotocols": d.rpc21["v21"]["websocket_subprotocols"],
    }))
    a1 = d.app201
    w.add(t1 / "appendices.json", dump({
        "_source": note.format(src="../shared/ocpp201/appendices.json"),
        "security_events": [e["name"] for e in a1["security_events"]],
        "units_of_measure": [u["value"] for u in a1["units_of_measure"]],
        "reason_codes": [{"v1_3": r["code_appendix_v1_3"], "errata_2023_12": r["code_after_errata_2023_12"]}
                         for r in a1["reason_codes"]],
        "component_headings": [c["name"] for c in a1["controller_components"] + a1["physical_components"]],
        "component_summary_list": [s["name"] for s in a1["summary_list_3_3"]],
        "standardized_variables": [v["name"] for v in a1["standardized_variables"]],
        "component_variables": [{"component": c["name"], "variables": [v["variable_name"] for v in c["variables"]]}
                                for c in a1["controller_components"] + a1["physical_components"]],
    }))
    a2 = d.app21["v21"]
    w.add(t2 / "appendix.json", dump({
        "_source": note.format(src="../shared/ocpp21/appendix.json"),
        "security_events": [e["name"] for e in a2["security_events"]],
        "units_of_measure": [u["value"] for u in a2["units_of_measure"]],
        "reason_codes": [r["code"] for r in a2["reason_codes"]],
        "component_headings": [c["name"] for c in a2["controller_components"] + a2["physical_components"]],
        "component_summary_list": [s["name"] for s in a2["summary_components"]["controllers"]
                                   + a2["summary_components"]["physical"]],
        "standardized_variables": [v["name"] for v in a2["standardized_variables"]],
        "component_variables": [{"component": name, "variables": [v for v, _ in vars_]}
                                for name, _, vars_ in component_variables_21(a2)],
        "payment_brands": [r["value"] for r in a2["payment_brands"]],
        "payment_recognitions": [r["value"] for r in a2["payment_recognitions"]],
        "additional_info_types": [r["type"] for s in a2["additional_info_types"] for r in s["rows"]],
        "enum_string_types": {k: [v["value"] for v in t["values"]] for k, t in a2["enum_string_types"].items()},
    }))
    w.add(t2 / "delta.json", dump({
        "_source": note.format(src="../shared/ocpp21/delta_2_0_1_to_2_1.json"),
        "removed_definitions": [{"name": r["name"], "replacement": r["appendix_2_1_replacement"]["vocabulary"]}
                                for r in d.delta["removed_definitions"]],
    }))
    readme = ("# Test data for `{v}`\n\nCopied by `tools/gen_catalogue.py` from `{src}` (only what the tests "
              "read, as plain JSON). Do not edit: run `python3 tools/gen_catalogue.py`.\n")
    w.add(t1 / "README.md", readme.format(v="ocpp_enums::v201", src="../shared/ocpp201/ and ../shared/ocpp16/enums.json"))
    w.add(t2 / "README.md", readme.format(v="ocpp_enums::v21", src="../shared/ocpp21/"))


# --------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="fail if the generated files are out of date")
    ap.add_argument("--names", action="store_true", help="print every wire string and its variant name")
    args = ap.parse_args()
    shared = args.shared
    if not (shared / "ocpp201").is_dir():
        if args.check:
            print(f"gen_catalogue: no reference data at {shared}; check skipped")
            return
        die(f"no reference data at {shared} (pass --shared DIR)")
    data = Data(shared)
    cat = Catalogue(data)
    cat.build_schema()
    cat.build_actions()
    cat.build_call_error()
    cat.build_appendices()
    cat.finish()
    if args.names:
        for group in (cat.shared, cat.v201, cat.v21):
            for e in group.values():
                for v in e.variants:
                    if v.name != v.wire:
                        print(f"{e.home}::{e.name}: {v.wire} -> {v.name}")
        return
    w = Writer(args.check)
    render_shared(cat, w)
    render_v201(cat, w)
    render_v21(cat, w)
    render_subprotocol(cat, w)
    render_test_data(cat, w)
    import gen_metadata  # the metadata tables: tools/gen_metadata.py
    gen_metadata.render(cat, data, w)
    w.flush([SRC / "v2", SRC / "v201", SRC / "v21", TEST_DATA / "v16", TEST_DATA / "v201", TEST_DATA / "v21"])
    print(f"gen_catalogue: shared {len(cat.shared)}, v201 {len(cat.all201())}, v21 {len(cat.all21())}, "
          f"conversions {len(cat.conversions)}")


if __name__ == "__main__":
    main()
