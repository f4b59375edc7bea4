//! How confidences are written: three decimals, as the number a reader expects (`0.8`, not the
//! `0.800000011920929` an `f32` becomes when JSON widens it to `f64`).

use serde::Serializer;

/// Serializes an `f32` confidence rounded to three decimals.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `serialize_with` passes a reference
pub(crate) fn serialize<S: Serializer>(value: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*value) * 1000.0).round() / 1000.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn confidences_are_written_with_three_decimals() {
        #[derive(serde::Serialize)]
        struct C {
            #[serde(serialize_with = "super::serialize")]
            c: f32,
        }
        let json = serde_json::to_value(C { c: 0.8 }).unwrap();
        assert_eq!(json.to_string(), r#"{"c":0.8}"#);
    }
}
