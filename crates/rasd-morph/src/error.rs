//! The one error type of the crate: loading a model can fail, analysis cannot.

/// Why a morphology model could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MorphError {
    /// The bytes are not valid gzip (or compression failed while writing).
    #[error("the morphology model is not valid gzip: {0}")]
    Decompress(#[source] std::io::Error),
    /// The file does not start with the model header.
    #[error("not a rasd morphology model (bad magic)")]
    BadMagic,
    /// The file was written by another version of the format.
    #[error(
        "morphology model format version {found}, this build reads version {}",
        crate::model::FORMAT_VERSION
    )]
    Version {
        /// The version found in the file.
        found: u32,
    },
    /// The content does not match the checksum stored with it.
    #[error("morphology model checksum mismatch: the file is damaged")]
    Checksum,
    /// The file ends early or has bytes left over.
    #[error("morphology model is truncated or malformed")]
    Truncated,
    /// Two keys of the lexicon share a 64-bit hash (the loaded form identifies keys by hash).
    #[error("morphology model has two lexicon keys with the same hash")]
    KeyCollision,
    /// A model read from a file cannot be written again: it keeps its keys only as hashes.
    #[error("a loaded morphology model cannot be written; train one instead")]
    NotWritable,
    /// The crate was built without the embedded model.
    #[error("this build has no embedded morphology model (feature `embedded-model` is off)")]
    NotEmbedded,
}
