//! Organisation names that resolution adds from their shape: an organisation noun, a defined
//! noun, relational adjectives. Every sentence here was written for these tests.

use std::sync::LazyLock;

use rasd::annotations::EntityType;
use rasd::{Engine, Metadata};

// Built once for every test here; a test binary may panic when the models do not load.
#[allow(clippy::unwrap_used)]
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::builder().build().unwrap());

/// The organisation entities' canonical names.
fn organisations(text: &str) -> Vec<String> {
    let doc = ENGINE.analyze(text, Metadata::default());
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Org)
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn ministries_funds_and_agencies_are_organisations() {
    let orgs = organisations(
        "أعلنت وزارة الزراعة المغربية أمس أنها تلقت قرضا من صندوق النقد العربي، \
         كما نقلت وكالة الأنباء الأردنية عن المفوضية الأفريقية ترحيبها بالاتفاق.",
    );
    for name in [
        "وزارة الزراعة المغربية",
        "صندوق النقد العربي",
        "وكالة الأنباء الأردنية",
        "المفوضية الأفريقية",
    ] {
        assert!(
            orgs.iter().any(|o| o == name),
            "{name} missing from {orgs:?}"
        );
    }
}

#[test]
fn an_adjective_of_another_noun_makes_no_organisation() {
    // `الإلكتروني` agrees with `موقع`, not with `الوزارة`.
    let orgs = organisations("نشر موقع الوزارة الإلكتروني جدول الامتحانات الجديد.");
    assert!(orgs.iter().all(|o| !o.contains("الوزارة")), "{orgs:?}");
}
