//! Numbers and quantities.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// A number or quantity found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// What was written.
    pub span: Span,
    /// The numeric value.
    pub value: f64,
}

impl MapSpans for Quantity {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}
