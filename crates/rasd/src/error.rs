//! The one error type of the facade.

/// What can go wrong when building an engine.
///
/// Analysis itself cannot fail: once an [`Engine`](crate::Engine) is built, every `&str` gives a
/// [`Document`](crate::Document).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A shipped resource (lexicon, model) failed its check at load time.
    #[error("resource {name} could not be loaded: {reason}")]
    Resource {
        /// Which resource.
        name: &'static str,
        /// Why.
        reason: String,
    },
    /// A setting given to the builder is invalid.
    #[error("invalid setting: {0}")]
    Config(String),
}
