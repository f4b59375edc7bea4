//! Arabic morphology: clitic segmentation, light stems and lemma keys.
