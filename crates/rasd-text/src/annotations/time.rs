//! Temporal expressions.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// A temporal expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// What was written.
    pub span: Span,
    /// The ISO-8601 value, when it could be resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl MapSpans for TimeExpr {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}
