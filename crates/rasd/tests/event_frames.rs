//! Sentences of ordinary news that name an event where nothing happened, or where another sense
//! of the word is meant: tag lists, sport, definitions, questions, habits, hopes and needs, a
//! name, hosting, interviews, notarised documents; and the events next to them that stay. Every
//! sentence here was written for these tests.

mod common;

use common::{analyse, describe, events_of};
use rasd::annotations::{EventType, Modality};

/// Asserts that `text` gives no event of `kind` that the text reports as having happened.
#[track_caller]
fn no_reported(text: &str, kind: EventType) {
    let doc = analyse(text, "2022-03-15");
    let found: Vec<_> = events_of(&doc, kind)
        .into_iter()
        .filter(|e| e.modality == Modality::Asserted)
        .collect();
    assert!(found.is_empty(), "{text}\n{}", describe(&doc));
}

/// Asserts that `text` gives an event of `kind` reported as having happened.
#[track_caller]
fn reported(text: &str, kind: EventType) {
    let doc = analyse(text, "2022-03-15");
    assert!(
        events_of(&doc, kind)
            .iter()
            .any(|e| e.modality == Modality::Asserted),
        "{text}\n{}",
        describe(&doc)
    );
}

#[test]
fn a_list_of_tags_reports_nothing() {
    no_reported("سمات انفجار شرطة الرياض القاعدة", EventType::Assault);
    no_reported("سمات اغتيال لبنان حزب الله", EventType::Assault);
}

#[test]
fn sport_is_not_violence() {
    no_reported(
        "وأصيب لاعب الفريق في عضلات الساق خلال مباراة الأمس أمام النصر.",
        EventType::Assault,
    );
    no_reported(
        "وشن لاعبو الاتحاد هجوما مكثفا على مرمى الأهلي في الشوط الثاني.",
        EventType::Assault,
    );
    no_reported(
        "رونالدو يهدد صدارة برشلونة قبل مباراة الكلاسيكو.",
        EventType::Threaten,
    );
    // A bomb at a stadium is an attack.
    reported(
        "قتل ثلاثة أشخاص في انفجار سيارة مفخخة قرب ملعب لكرة القدم في بغداد أمس.",
        EventType::Assault,
    );
}

#[test]
fn a_definition_or_a_judgement_is_no_report() {
    no_reported(
        "فالإرهاب في نظر العلماء هو اعتداء على الأرواح والممتلكات.",
        EventType::Assault,
    );
    no_reported(
        "وقال الخبير إن إغلاق الطريق يعد اعتداء على حق المارة.",
        EventType::Assault,
    );
}

#[test]
fn a_question_asks_and_does_not_report() {
    no_reported(
        "هل يكفي قتيل واحد كل يوم حتى يتحرك العالم؟",
        EventType::Assault,
    );
}

#[test]
fn a_habit_is_what_someone_does_not_what_they_did() {
    no_reported(
        "هذه العصابات لا تتوقف عما اعتادت عليه من الاعتداء على المارة في الشوارع المظلمة.",
        EventType::Assault,
    );
}

#[test]
fn hopes_and_expectations_have_not_happened() {
    no_reported(
        "وقال وزير المالية الألماني فولفغانغ شويبله إنه يأمل أن يكون بالإمكان التوصل لاتفاق مع اليونان خلال أسابيع.",
        EventType::Agree,
    );
    no_reported(
        "ومن المتوقع أن يدخل نادي الهلال في مفاوضات مع نادي برشلونة بشأن اللاعب.",
        EventType::Meet,
    );
}

#[test]
fn a_word_of_a_persons_name_is_no_trigger() {
    let text = "وقال الباحث المصري محمد صادق إسماعيل إن الخطاب الطائفي يساعد تنظيم داعش.";
    let doc = analyse(text, "2022-03-15");
    assert!(
        events_of(&doc, EventType::Agree).is_empty(),
        "{}",
        describe(&doc)
    );
}

#[test]
fn hosting_and_interviews_are_no_meetings() {
    no_reported(
        "وستستقبل الحديقة فعاليات الصيف طوال شهر أغسطس.",
        EventType::Meet,
    );
    no_reported(
        "وفي لقاء مع رئيس البلدية خالد العمري أوضح لـ«الوطن» أن المشروع سيكتمل قريبا.",
        EventType::Meet,
    );
    no_reported(
        "وأكد الوزير في لقاء صحفي أمس أن الميزانية تكفي المشروعات.",
        EventType::Meet,
    );
    reported(
        "والتقى وزير الخارجية الأردني نظيره المصري في القاهرة أمس.",
        EventType::Meet,
    );
}

#[test]
fn notarising_documents_is_no_agreement() {
    no_reported(
        "وصادقت كتابة العدل في الرياض على 1200 وثيقة خلال الشهر الماضي.",
        EventType::Agree,
    );
    reported(
        "وصادق البرلمان الأردني أمس على اتفاقية التجارة الحرة مع تركيا.",
        EventType::Agree,
    );
}

#[test]
fn a_perfect_verb_reports_the_past_whatever_later_date_follows() {
    reported(
        "ووافق البرلمان الأردني على الخطة التي تبدأ في يناير المقبل.",
        EventType::Agree,
    );
}

#[test]
fn an_attack_on_an_idea_is_a_figure_of_speech() {
    no_reported(
        "ويتواصل الهجوم على الحريات الصحفية في البلاد منذ صدور القانون.",
        EventType::Assault,
    );
    no_reported(
        "وقال النائب إن هذه التصريحات تستهدف المصالحات الوطنية.",
        EventType::Assault,
    );
    reported(
        "وهاجم مسلحون مركزا للشرطة في مدينة كركوك أمس.",
        EventType::Assault,
    );
}

#[test]
fn speculation_and_may_are_not_reports() {
    no_reported(
        "ويتكهن محللون بأن مقاتلي حركة الشباب قد يعيدون تنظيم أنفسهم ويشنون هجمات في كينيا.",
        EventType::Assault,
    );
    no_reported(
        "وقالت وزارة الداخلية إن عناصر تنظيم القاعدة قد يعيدون تجميع صفوفهم ويشنون هجمات على المدن.",
        EventType::Assault,
    );
}

#[test]
fn an_event_a_time_is_counted_from_was_reported_before() {
    let doc = analyse(
        "وكان الصحفي قد عاد إلى بيروت قبل يومين من اغتياله، بحسب مصادر أمنية.",
        "2022-03-15",
    );
    assert!(
        events_of(&doc, EventType::Assault)
            .iter()
            .all(|e| e.confidence < 0.6),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_act_that_becomes_a_kind_of_act_is_judged_not_reported() {
    no_reported(
        "وقال الشيخ إن استهداف بيوت الله وقتل المصلين أصبح دين الجماعات المتطرفة.",
        EventType::Assault,
    );
}

#[test]
fn a_headline_question_without_a_mark_asks() {
    let doc = analyse("هل قتل 3 جنود في الهجوم على قاعدة الأسد", "2022-03-15");
    assert!(
        events_of(&doc, EventType::Assault)
            .iter()
            .all(|e| e.confidence < 0.6),
        "{}",
        describe(&doc)
    );
}

#[test]
fn aiming_at_a_purpose_or_threatening_an_idea_is_no_violence() {
    no_reported(
        "ويستهدف الصندوق مساعدة الدول منخفضة الدخل.",
        EventType::Assault,
    );
    no_reported(
        "وتستهدف الحملة فئة الشباب في المدارس والجامعات.",
        EventType::Assault,
    );
    no_reported("وقال إن المخدرات تهدد الأمن المجتمعي.", EventType::Threaten);
}

#[test]
fn a_match_is_a_meeting_only_in_name() {
    no_reported(
        "وانتهى لقاء الهلال والنصر أمس على ملعب الملك فهد بالتعادل.",
        EventType::Meet,
    );
    reported(
        "والتقى الرئيس لاعبي المنتخب في الرياض أمس وهنأهم بالفوز.",
        EventType::Meet,
    );
}

#[test]
fn a_prayer_and_a_student_are_no_demands() {
    no_reported(
        "ودعا الدكتور خالد الله أن ينتقم من المعتدين.",
        EventType::Demand,
    );
    no_reported("فطالب العلم يحتاج إلى الصبر.", EventType::Demand);
    reported(
        "وطالب وزير العمل أحمد الراجحي الشركات بالالتزام بالأنظمة.",
        EventType::Demand,
    );
}

#[test]
fn taking_back_a_thing_is_no_withdrawal() {
    no_reported("وسحبت الحكومة منه جواز سفره عام 1974.", EventType::Withdraw);
    no_reported("وتم أمس سحب قرعة البطولة في دبي.", EventType::Withdraw);
    reported(
        "وسحبت القوات الأمريكية جنودها من القاعدة أمس.",
        EventType::Withdraw,
    );
}

#[test]
fn a_condition_covers_its_whole_clause() {
    no_reported(
        "وقال وزير الخارجية اليمني رياض ياسين في تصريح صحفي أمس، إنه إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من صنعاء فإنه سيكون للحكومة الحق في إخراجهم بالقوة.",
        EventType::Withdraw,
    );
}

#[test]
fn what_was_decided_is_still_to_come() {
    let doc = analyse(
        "وقررت آلية الاستقرار الأوروبية رسميا فتح مفاوضات مع اليونان حول برنامج ثالث.",
        "2022-03-15",
    );
    let meet = events_of(&doc, EventType::Meet);
    assert!(
        !meet.is_empty() && meet.iter().all(|e| e.modality == Modality::Future),
        "{}",
        describe(&doc)
    );
}

#[test]
fn agreeing_in_the_present_is_sharing_a_view() {
    no_reported(
        "وتتفق دراسات البنك الدولي وصندوق النقد الدولي على ضعف إنتاجية الموظف العربي.",
        EventType::Agree,
    );
    reported(
        "واتفق الرئيسان الأمريكي والفرنسي أمس على تعزيز التعاون.",
        EventType::Agree,
    );
}

#[test]
fn what_an_accusation_names_past_a_comma_is_alleged() {
    no_reported(
        "وجاءت تصريحات الوزارة ردا على اتهامات وجهتها المعارضة للحكومة، بقتل متظاهرين الشهر الماضي.",
        EventType::Assault,
    );
}
