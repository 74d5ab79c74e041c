//! The error for text that names no variant.

use core::fmt;

use crate::suggest::{suggestion, Suggestion};
use crate::OcppEnum;

/// Longest part of the input echoed by `Display`; [`ParseError::input`]
/// still returns all of it.
const ECHO_LIMIT: usize = 64;

/// How many expected values `Display` lists when it has nothing closer.
const LIST_LIMIT: usize = 5;

/// Text that is not a wire string of the enumeration it was parsed as.
///
/// Cheap to build on the hot path: it stores the enum's name, its expected
/// values (a `'static` slice) and, with the `alloc` feature, a copy of the
/// input. The "did you mean" suggestion is computed only when the error is
/// displayed.
///
/// # Without `alloc`
/// Without the `alloc` feature (`default-features = false`) there is no
/// copy of the input: `input()` and `suggestion()` do not exist, and the
/// message names the enum and what it expects, but neither the input nor a
/// suggestion: `unknown UnitOfMeasure value; expected one of "Wh", "kWh",
/// "varh", "kvarh", "W", … (16 values)`. Serde errors, which format the
/// message from the borrowed input, still name the input and the
/// suggestion.
///
/// ```
/// use ocpp_enums::v16::UnitOfMeasure;
///
/// let err = "kwh".parse::<UnitOfMeasure>().unwrap_err();
/// assert_eq!(err.enum_name(), "UnitOfMeasure");
/// assert_eq!(err.to_string(), r#"unknown UnitOfMeasure "kwh"; did you mean "kWh"?"#);
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ParseError {
    enum_name: &'static str,
    expected: &'static [&'static str],
    #[cfg(feature = "alloc")]
    input: alloc::boxed::Box<str>,
}

impl ParseError {
    /// The error for `input` not naming any variant of `E`.
    #[cold]
    pub fn new<E: OcppEnum>(input: &str) -> Self {
        Self::from_parts(E::NAME, E::VARIANTS, input)
    }

    /// The error for `input` given an enum's name and wire strings, for
    /// parsers that are not an [`OcppEnum`].
    #[cold]
    pub fn from_parts(
        enum_name: &'static str,
        expected: &'static [&'static str],
        input: &str,
    ) -> Self {
        #[cfg(not(feature = "alloc"))]
        let _ = input;
        Self {
            enum_name,
            expected,
            #[cfg(feature = "alloc")]
            input: input.into(),
        }
    }

    /// As [`new`](Self::new), keeping `input`'s buffer.
    #[cfg(feature = "alloc")]
    #[cold]
    pub(crate) fn from_string<E: OcppEnum>(input: alloc::string::String) -> Self {
        Self {
            enum_name: E::NAME,
            expected: E::VARIANTS,
            input: input.into_boxed_str(),
        }
    }

    /// The Rust name of the enumeration that rejected the input.
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The canonical wire strings the enumeration accepts.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// The rejected input, exactly as received.
    #[cfg(feature = "alloc")]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest expected value, as `Display` suggests it.
    #[cfg(feature = "alloc")]
    pub fn suggestion(&self) -> Option<&'static str> {
        match suggestion(&self.input, self.expected) {
            Suggestion::Nearest(s) => Some(s),
            Suggestion::None => None,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Message {
            enum_name: self.enum_name,
            expected: self.expected,
            #[cfg(feature = "alloc")]
            input: Some(&self.input),
            #[cfg(not(feature = "alloc"))]
            input: None,
        }
        .fmt(f)
    }
}

/// The text of a [`ParseError`], also written straight from a borrowed input
/// where no error value is needed (serde), so that no copy is made.
pub(crate) struct Message<'a> {
    pub(crate) enum_name: &'static str,
    pub(crate) expected: &'static [&'static str],
    pub(crate) input: Option<&'a str>,
}

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl Message<'_> {
    /// Writes the message to `w`: a `Formatter` for `Display`, or (in the
    /// serde error path) a buffer, written to without dynamic calls.
    pub(crate) fn write_to<W: fmt::Write>(&self, w: &mut W) -> fmt::Result {
        w.write_str("unknown ")?;
        w.write_str(self.enum_name)?;
        let Some(input) = self.input else {
            w.write_str(" value")?;
            return expected_list(w, self.expected);
        };
        // No more characters than bytes: short inputs need no count.
        let echo = if input.len() <= ECHO_LIMIT {
            input
        } else {
            match input.char_indices().nth(ECHO_LIMIT) {
                Some((cut, _)) => &input[..cut],
                None => input,
            }
        };
        // The quotes go with the text around them: fewer, longer writes.
        let truncated = echo.len() < input.len();
        let suggested = suggestion(input, self.expected);
        let echo_plain = plain(echo);
        if echo_plain {
            w.write_str(" \"")?;
            w.write_str(echo)?;
        } else {
            write!(w, " {echo:?}")?;
        }
        match (truncated, suggested) {
            (false, Suggestion::Nearest(s)) if echo_plain && plain(s) => {
                w.write_str("\"; did you mean \"")?;
                w.write_str(s)?;
                return w.write_str("\"?");
            }
            _ if echo_plain => w.write_str("\"")?,
            _ => {}
        }
        if truncated {
            write!(w, " (truncated, {} bytes)", input.len())?;
        }
        match suggested {
            Suggestion::Nearest(s) => {
                w.write_str("; did you mean ")?;
                quoted(w, s)?;
                w.write_str("?")
            }
            Suggestion::None => expected_list(w, self.expected),
        }
    }
}

/// `; expected "A"`, or the first few values and how many there are.
fn expected_list<W: fmt::Write>(w: &mut W, expected: &[&str]) -> fmt::Result {
    w.write_str("; expected ")?;
    match expected {
        [] => w.write_str("no value"),
        [only] => quoted(w, only),
        many => {
            w.write_str("one of ")?;
            for (i, v) in many.iter().take(LIST_LIMIT).enumerate() {
                if i > 0 {
                    w.write_str(", ")?;
                }
                quoted(w, v)?;
            }
            if many.len() > LIST_LIMIT {
                write!(w, ", … ({} values)", many.len())?;
            }
            Ok(())
        }
    }
}

/// True when `s` is printable ASCII without quotes or backslashes (every
/// wire string, most typos), which `Debug` writes as it is. Checked without
/// a branch per byte.
#[inline]
fn plain(s: &str) -> bool {
    s.bytes().fold(true, |ok, b| {
        ok & (b' '..=b'~').contains(&b) & (b != b'"') & (b != b'\\')
    })
}

/// `s` in double quotes, escaped as `Debug` escapes it; a [`plain`] string
/// is written as it is, which is much cheaper.
fn quoted<W: fmt::Write>(w: &mut W, s: &str) -> fmt::Result {
    if plain(s) {
        w.write_str("\"")?;
        w.write_str(s)?;
        w.write_str("\"")
    } else {
        write!(w, "{s:?}")
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ParseError");
        d.field("enum_name", &self.enum_name);
        #[cfg(feature = "alloc")]
        d.field("input", &self.input);
        d.finish_non_exhaustive()
    }
}

impl core::error::Error for ParseError {}
