//! Quotes: who said what, on sentences written for these tests in the shapes news uses
//! (circumstances after the speaker, relative clauses, `أشار إلى`, `حسبما`, impersonal
//! formulas, a preposition that is no verb).

use std::sync::LazyLock;

use rasd::annotations::{Quote, QuoteKind};
use rasd::{Document, Engine, Metadata};

// Built once for every test here; a test binary may panic when the models do not load.
#[allow(clippy::unwrap_used)]
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::builder().build().unwrap());

fn analyse(text: &str) -> Document {
    let meta = Metadata {
        date: Some("2024-03-12".to_owned()),
        ..Metadata::default()
    };
    ENGINE.analyze(text, meta)
}

/// Each quote as `trigger | speaker | content`.
fn quotes(doc: &Document) -> Vec<String> {
    doc.quotes
        .iter()
        .map(|q: &Quote| {
            format!(
                "{} | {} | {}",
                q.trigger.slice(&doc.text),
                q.speaker.as_ref().map_or("", |s| s.text.as_str()),
                q.span.slice(&doc.text)
            )
        })
        .collect()
}

fn speaker_of<'a>(doc: &'a Document, trigger: &str) -> &'a str {
    doc.quotes
        .iter()
        .find(|q| q.trigger.slice(&doc.text) == trigger)
        .and_then(|q| q.speaker.as_ref())
        .map_or("", |s| s.text.as_str())
}

#[test]
fn the_circumstances_of_a_statement_are_not_its_speaker() {
    let doc = analyse("قالت وزارة الصحة في بيان صدر مساء اليوم إن عدد المصابين ارتفع إلى ثلاثين.");
    assert_eq!(
        speaker_of(&doc, "قالت"),
        "وزارة الصحة",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_relative_clause_speaks_for_the_name_before_it() {
    let doc =
        analyse("ومن بين المعترضين الباحث سمير خوري، الذي قال: «لا أحد يعرف كم سيكلف المشروع».");
    let q = &doc.quotes[0];
    assert_eq!(q.kind, QuoteKind::Direct, "{:?}", quotes(&doc));
    assert!(
        speaker_of(&doc, "قال").contains("سمير خوري"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn pointing_to_something_reports_it_and_a_second_verb_reports_its_own() {
    let doc = analyse(
        "وأشار مسؤول محلي إلى تضرر نحو عشرين منزلا في الحي، وأفاد بأن فرق الإنقاذ ما زالت تعمل.",
    );
    let all = quotes(&doc);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(speaker_of(&doc, "وأشار"), "مسؤول محلي", "{all:?}");
    assert!(all[0].ends_with("تضرر نحو عشرين منزلا في الحي"), "{all:?}");
    assert_eq!(speaker_of(&doc, "وأفاد"), "مسؤول محلي", "{all:?}");
}

#[test]
fn between_is_a_preposition_and_not_a_verb_of_saying() {
    let doc =
        analyse("أصيب ما بين عشرة وخمسة عشر شخصا في الحادث، وأكد الدفاع المدني أن الحريق أخمد.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.trigger.slice(&doc.text) != "بين"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn as_reported_by_gives_the_sentence_before_to_the_speaker() {
    let doc = analyse("وصلت الشحنة إلى الميناء صباح الأحد، حسبما أفادت به وسائل إعلام محلية.");
    assert_eq!(
        speaker_of(&doc, "أفادت"),
        "وسائل إعلام محلية",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_writers_background_formula_quotes_nobody() {
    let doc = analyse("يذكر أن المدينة شهدت فيضانات مماثلة قبل عشر سنوات.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn a_verbal_noun_after_a_preposition_quotes_nothing() {
    let doc = analyse("تحدث شاهد طلب عدم كشف اسمه عن ساعات من الانتظار على الحدود.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.trigger.slice(&doc.text) != "كشف"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_name_then_an_object_the_speaker_is_the_name() {
    let doc = analyse("وتنفي موسكو إرسال أسلحة إلى المنطقة، وتقول إن المقاتلين هناك متطوعون.");
    // The denial has an object, not a report; the second verb reports, and its speaker is
    // the one named with the first.
    let all = quotes(&doc);
    assert_eq!(all, ["وتقول | موسكو | المقاتلين هناك متطوعون"], "{all:?}");
}

#[test]
fn a_statement_in_which_something_was_said_is_not_its_speaker() {
    let doc = analyse("أصدر الجيش بيانا أكد فيه أن الطريق أعيد فتحه أمام المسافرين.");
    assert_ne!(speaker_of(&doc, "أكد"), "فيه", "{:?}", quotes(&doc));
}

#[test]
fn the_one_spoken_to_is_not_the_speaker() {
    let doc = analyse("وفي حديث لوكالة الأنباء المحلية قال إن المفاوضات ستستأنف الأسبوع المقبل.");
    assert!(
        !speaker_of(&doc, "قال").contains("وكالة"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وقال الوزير لوكالة الأنباء المحلية إن المفاوضات ستستأنف الأسبوع المقبل.");
    assert_eq!(speaker_of(&doc, "وقال"), "الوزير", "{:?}", quotes(&doc));
}

#[test]
fn the_one_spoken_to_with_the_article_is_not_the_speaker() {
    // `لل` is `ل` on a defined word: the reporters spoken to, not the speaker.
    let doc = analyse("وأوضح للصحفيين عقب الجلسة أن التصويت أرجئ إلى الأسبوع المقبل.");
    assert!(
        !speaker_of(&doc, "وأوضح").contains("صحفيين"),
        "{:?}",
        quotes(&doc)
    );
    // The article alone, on a word whose first letter is `ل`, is no preposition.
    let doc = analyse("وأكدت اللجنة المنظمة أن السباق يبدأ صباح الجمعة.");
    assert_eq!(
        speaker_of(&doc, "وأكدت"),
        "اللجنة المنظمة",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn stressing_and_announcing_report_what_follows_their_preposition() {
    let doc = analyse("وشدد وزير الصحة أيضا على أهمية تطعيم الأطفال قبل بدء العام الدراسي.");
    assert_eq!(speaker_of(&doc, "وشدد"), "وزير الصحة", "{:?}", quotes(&doc));
    let doc = analyse("وأعلن رئيس البلدية عن إغلاق السوق القديم لمدة أسبوعين.");
    let all = quotes(&doc);
    assert_eq!(
        all,
        ["وأعلن | رئيس البلدية | إغلاق السوق القديم لمدة أسبوعين"],
        "{all:?}"
    );
}

#[test]
fn a_named_paper_before_its_verb_is_the_speaker() {
    let doc = analyse("وكانت صحيفة «الأخبار» ذكرت أن الاتفاق بات قريبا.");
    assert_eq!(
        speaker_of(&doc, "ذكرت"),
        "صحيفة «الأخبار»",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn an_opinion_written_with_ya_is_a_noun_where_the_text_writes_maqsura() {
    let doc = analyse("وكان لدينا رأي وهو أن تتشكل حكومة جديدة على الفور.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

fn trigger_of<'a>(doc: &'a Document, trigger: &str) -> Option<&'a Quote> {
    doc.quotes
        .iter()
        .find(|q| q.trigger.slice(&doc.text) == trigger)
}

#[test]
fn a_participle_after_the_clause_quotes_the_same_speaker_and_ends_what_came_before() {
    let doc = analyse(
        "وأوضح مدير المستشفى أن حالة المصابين مستقرة، مشيرا إلى أن ثلاثة منهم غادروا صباح اليوم، مؤكدا أن الطاقم يعمل على مدار الساعة.",
    );
    let all = quotes(&doc);
    assert_eq!(
        all,
        [
            "وأوضح | مدير المستشفى | حالة المصابين مستقرة",
            "مشيرا | مدير المستشفى | ثلاثة منهم غادروا صباح اليوم",
            "مؤكدا | مدير المستشفى | الطاقم يعمل على مدار الساعة",
        ],
        "{all:?}"
    );
}

#[test]
fn a_participle_is_no_speaker_and_an_adjective_no_quote() {
    let doc = analyse(
        "قالت رئيسة الجمعية هند الزهراني إن التبرعات تضاعفت. وأضافت قائلة: «لن نتوقف عن مساعدة الأسر المحتاجة».",
    );
    let all = quotes(&doc);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(
        speaker_of(&doc, "وأضافت").contains("هند الزهراني"),
        "{all:?}"
    );
    let doc = analyse("ونشرت الصحيفة معلومات مؤكدة عن موعد الافتتاح.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn the_circumstances_right_after_the_verb_are_not_the_speaker() {
    let doc = analyse(
        "وكان رئيس البلدية خالد العمري أكد في وقت سابق على أهمية صيانة الطرق قبل موسم الأمطار.",
    );
    assert!(
        speaker_of(&doc, "أكد").contains("خالد العمري"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse(
        "أكد السفير ماجد القحطاني عمق العلاقات بين البلدين. وقال في تصريح لوكالة الأنباء الرسمية، إن التعاون يشمل التجارة والتعليم.",
    );
    assert!(
        speaker_of(&doc, "وقال").contains("ماجد القحطاني"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_source_who_asked_not_to_be_named_is_the_speaker_without_the_request() {
    let doc = analyse("وقال مزارع محلي طلب عدم الكشف عن هويته إن المياه شحيحة هذا الصيف.");
    let all = quotes(&doc);
    assert_eq!(
        all,
        ["وقال | مزارع محلي | المياه شحيحة هذا الصيف"],
        "{all:?}"
    );
}

#[test]
fn a_clause_about_the_speaker_is_not_part_of_the_name() {
    let doc = analyse("وقال سالم الحربي وهو مسؤول في البلدية إن أعمال الصيانة ستنتهي قريبا.");
    assert_eq!(
        speaker_of(&doc, "وقال"),
        "سالم الحربي",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_plural_noun_is_not_a_verb_of_saying() {
    let doc = analyse("وحملت تصريحات المسؤولين إشارات إلى أن الحكومة قد تتراجع عن القرار.");
    assert!(trigger_of(&doc, "إشارات").is_none(), "{:?}", quotes(&doc));
}

#[test]
fn what_is_said_as_a_noun_phrase_quotes_nobody() {
    let doc = analyse("وأقل ما يقال عن المشروع إنه تأخر كثيرا عن موعده.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn the_speaker_carries_over_sentences_of_background_but_not_to_a_figure() {
    let doc = analyse(
        "قال مدير المشروع فهد السالم إن الطريق سيفتتح العام المقبل. وتبلغ تكلفة الطريق نحو مليار ريال. ويمتد الطريق على مسافة مئتي كيلومتر. وأضاف أن العمل يجري على مدار الساعة.",
    );
    assert!(
        speaker_of(&doc, "وأضاف").contains("فهد السالم"),
        "{:?}",
        quotes(&doc)
    );
    assert!(trigger_of(&doc, "وتبلغ").is_none(), "{:?}", quotes(&doc));
}

#[test]
fn a_verb_inside_quoted_words_does_not_change_the_speaker() {
    let doc = analyse(
        "وقال المتحدث باسم الوزارة: «كما ذكرت مرات كثيرة، نحن ملتزمون بالاتفاق». وأضاف: «لن نتراجع عنه».",
    );
    assert!(
        speaker_of(&doc, "وأضاف").contains("المتحدث"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_subject_between_kana_and_a_comma_is_the_speaker() {
    let doc = analyse("وكانت الشركة، أعلنت أن الأسعار سترتفع الشهر المقبل.");
    assert_eq!(speaker_of(&doc, "أعلنت"), "الشركة", "{:?}", quotes(&doc));
}

#[test]
fn what_a_document_says_has_the_document_as_its_speaker() {
    let doc = analyse("وجاء في البيان أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.");
    assert_eq!(
        quotes(&doc),
        ["وجاء | البيان | الاجتماع سيعقد الأسبوع المقبل في العاصمة"]
    );
    let doc = analyse("جاء ذلك خلال مؤتمر صحفي عقده الوزير أمس.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn a_name_after_the_verb_keeps_its_first_letter() {
    // `فيصل` begins with a letter that is also a conjunction; a subject after its verb never
    // carries one.
    let doc = analyse("وأكد فيصل العتيبي أن الأسعار سترتفع.");
    assert_eq!(
        speaker_of(&doc, "وأكد"),
        "فيصل العتيبي",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn content_ends_where_another_statement_begins_with_kama() {
    let doc = analyse(
        "أعلن المجلس البلدي عن تأييده لخطة النقل الجديدة، كما رحب المجلس بالاتفاق مع الشركة.",
    );
    let all = quotes(&doc);
    assert_eq!(
        all,
        ["أعلن | المجلس البلدي | تأييده لخطة النقل الجديدة"],
        "{all:?}"
    );
}

#[test]
fn a_verb_with_a_demonstrative_object_quotes_nothing() {
    let doc = analyse("ووزارة الصحة إذ تعلن ذلك لتؤكد أن الوضع تحت السيطرة.");
    assert!(trigger_of(&doc, "تعلن").is_none(), "{:?}", quotes(&doc));
}

#[test]
fn words_after_a_colon_are_what_was_said_even_without_quotation_marks() {
    let doc = analyse(
        "وقال أحد سكان الحي لـ«الصحيفة»: أثناء عودتي من العمل رأيت الدخان يتصاعد من المبنى.",
    );
    let all = quotes(&doc);
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(
        all[0].ends_with("أثناء عودتي من العمل رأيت الدخان يتصاعد من المبنى"),
        "{all:?}"
    );
    assert_eq!(doc.quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn long_circumstances_run_on_to_the_comma_before_what_was_said() {
    let doc = analyse(
        "وأفادت مصادر محلية في تصريح بثته أمس إذاعة المدينة الرسمية، بأن الطريق أغلق بسبب السيول.",
    );
    assert_eq!(
        speaker_of(&doc, "وأفادت"),
        "مصادر محلية",
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وكشفت النقابة حسب مصادر مطلعة أن الإضراب سيبدأ الأحد.");
    assert_eq!(speaker_of(&doc, "وكشفت"), "النقابة", "{:?}", quotes(&doc));
}

#[test]
fn a_name_after_in_belongs_to_the_title() {
    let doc = analyse(
        "وأوضح مدير فرع الهيئة في جدة المهندس سعيد الغامدي أن الأعمال ستنتهي قبل نهاية العام.",
    );
    assert!(
        speaker_of(&doc, "وأوضح").ends_with("سعيد الغامدي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn what_is_welcomed_is_not_the_speaker() {
    let doc = analyse(
        "وقالت الوزارة إن الباب مفتوح، وهي ترحب بانضمام «أي شركة محلية أو أجنبية إلى المشروع».",
    );
    assert!(
        !speaker_of(&doc, "ترحب").starts_with("بانضمام"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_participle_with_the_one_spoken_to_still_quotes() {
    let doc = analyse(
        "وقال الخبير ناصر الشمري إن الأسعار سترتفع. ويوضح قائلا لـ«الصحيفة» إن الطلب يفوق العرض.",
    );
    assert!(
        speaker_of(&doc, "ويوضح").contains("ناصر الشمري"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn an_accusative_object_or_a_preposition_is_not_the_speaker() {
    let doc = analyse("وأصدر المجلس بيانا، لكنه حذر من تأخير المشروع: لن نقبل بأي تأجيل.");
    assert!(
        !speaker_of(&doc, "حذر").starts_with("من"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وقال سعد المالكي: نحن لا نقول كلاما ثم نتراجع عنه.");
    assert!(
        trigger_of(&doc, "نقول").is_none_or(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| !s.text.starts_with("كلاما"))),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_verb_without_subject_continues_the_speaker_of_its_sentence() {
    let doc = analyse(
        "وقال مصدر قضائي لـ»الصحيفة» إن المجلس اجتمع أمس، وأشار إلى أن القاضي سامي فهمي مرشح للمنصب، وأضاف أن القرار سيصدر قريبا.",
    );
    assert!(
        speaker_of(&doc, "وأضاف").contains("مصدر قضائي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_source_in_an_institution_keeps_its_institution() {
    let doc = analyse("وأفادت مصادر في الشرطة أن مسلحين أطلقوا النار على دورية.");
    assert_eq!(
        speaker_of(&doc, "وأفادت"),
        "مصادر في الشرطة",
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وقال مسؤول في تصريح صحفي إن الطريق سيفتح غدا.");
    assert_eq!(speaker_of(&doc, "وقال"), "مسؤول", "{:?}", quotes(&doc));
}

#[test]
fn a_title_with_a_preposition_goes_on_to_the_name() {
    let doc = analyse("أكد المشرف العام على إدارة الإعلام الدكتور سمير النجدي أنه تم إغلاق البرنامج.");
    let all = quotes(&doc);
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(speaker_of(&doc, "أكد").ends_with("سمير النجدي"), "{all:?}");
    assert!(all[0].ends_with("تم إغلاق البرنامج"), "{all:?}");
}

#[test]
fn a_named_subject_at_the_head_of_the_sentence_is_taken_whole() {
    let doc = analyse("منصور العتيبي نائب رئيس النادي أكد أن القضية ما زالت قائمة.");
    assert!(
        speaker_of(&doc, "أكد").starts_with("منصور العتيبي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn came_second_goes_on_reporting() {
    let doc = analyse(
        "وبين التقرير أن المستخدمين تضاعفوا خلال عام، وجاء السوق المحلي ثانيا بعد السوق الأمريكي.",
    );
    let all = quotes(&doc);
    assert!(all[0].ends_with("بعد السوق الأمريكي"), "{all:?}");
}

#[test]
fn a_quoted_term_behind_a_preposition_is_not_speech() {
    // The warning reports what follows `من`; the quoted words inside it are no quote of
    // their own.
    let doc = analyse("كما حذرت الجماعة في بيان من المشاركة فيما وصفته بـ«المشروع الخارجي».");
    assert!(
        doc.quotes.iter().all(|q| q.kind != QuoteKind::Direct),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_feminine_participle_after_a_noun_is_an_adjective() {
    let doc = analyse("وطالب الخبير بفرض رقابة مشددة على جميع المحلات التجارية في المدينة.");
    assert!(trigger_of(&doc, "مشددة").is_none(), "{:?}", quotes(&doc));
}

#[test]
fn content_ends_where_another_speaker_takes_the_floor() {
    let doc = analyse(
        "وأكد رئيس الغرفة خالد السبيعي أن الحفل تقليد سنوي، من جانبه أوضح الأمين العام أن الحضور تجاوز ألف شخص.",
    );
    let all = quotes(&doc);
    assert!(all[0].ends_with("الحفل تقليد سنوي"), "{all:?}");
}

#[test]
fn the_clearest_evidence_is_not_an_explanation() {
    let doc = analyse("إن استقالة الوزير تعد أوضح دليل على أن الحكومة جادة في الإصلاح.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn a_warning_reports_what_follows_min() {
    let doc =
        analyse("وأوضح الخبراء أن تلوث الهواء يضر بالصحة، محذرين من أثره على صحة الأطفال في المدن.");
    let all = quotes(&doc);
    assert_eq!(
        all,
        [
            "وأوضح | الخبراء | تلوث الهواء يضر بالصحة",
            "محذرين | الخبراء | أثره على صحة الأطفال في المدن",
        ],
        "{all:?}"
    );
}

#[test]
fn we_opens_what_was_said_and_a_new_verb_without_a_comma_ends_it() {
    let doc =
        analyse("وقال الوزير إننا نعمل على خطة جديدة للنقل وقال «لن نتأخر في التنفيذ هذه المرة».");
    let all = quotes(&doc);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(speaker_of(&doc, "وقال"), "الوزير", "{all:?}");
    assert!(all[0].ends_with("نعمل على خطة جديدة للنقل"), "{all:?}");
}

#[test]
fn third_person_imperfects_quote_and_the_writers_own_do_not() {
    let doc = analyse("وتضيف المصادر أن المستشفى يحتاج إلى صيانة عاجلة.");
    assert_eq!(speaker_of(&doc, "وتضيف"), "المصادر", "{:?}", quotes(&doc));
    let doc = analyse("وهنا أشير إلى أن البرنامج يحتاج إلى تقييم.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    let doc = analyse("رحب الوزير بالقرار من دون أن يشير إلى موعد تطبيقه.");
    assert!(trigger_of(&doc, "يشير").is_none(), "{:?}", quotes(&doc));
}

#[test]
fn a_relative_clause_and_an_adverb_are_not_the_speaker() {
    let doc = analyse(
        "وقالت الباحثة سارة العلي التي قادت الدراسة إن قلة الحركة تضر بالقلب. وتؤكد دائما أن المشي مفيد.",
    );
    assert_eq!(
        speaker_of(&doc, "وقالت"),
        "الباحثة سارة العلي",
        "{:?}",
        quotes(&doc)
    );
    assert!(
        speaker_of(&doc, "وتؤكد").contains("سارة العلي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_participle_ending_like_a_pronoun_still_quotes() {
    let doc = analyse("وأشار المندوب إلى أن الأسعار ستتحسن، منوها إلى أن الطلب سيرتفع.");
    assert!(trigger_of(&doc, "منوها").is_some(), "{:?}", quotes(&doc));
}

#[test]
fn the_second_person_plural_reports_nobody() {
    let doc = analyse("ولا تقولوا إن الطريق طويل، فكل رحلة تبدأ بخطوة.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    // A verb whose own first letter is `ت` in the third person plural still reports.
    let doc = analyse("وتابعوا أن المشروع سيكتمل قبل نهاية العام.");
    assert_eq!(doc.quotes.len(), 1, "{:?}", quotes(&doc));
}

#[test]
fn a_participle_heading_a_report_is_its_writers_credit() {
    let doc =
        analyse("متابعة: سامر خليل\n\nافتتحت البلدية أمس الحديقة العامة الجديدة في حي الروضة.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    let doc = analyse("سامر خليل- الوطن- متابعة: افتتحت البلدية أمس الحديقة العامة في حي الروضة.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn a_subject_before_its_verb_is_read_whole() {
    let doc = analyse("مسؤول حكومي رفيع المستوى قال إن المفاوضات ستستأنف الأسبوع المقبل.");
    assert_eq!(
        speaker_of(&doc, "قال"),
        "مسؤول حكومي رفيع المستوى",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn an_honorific_stands_for_the_dignitary_who_spoke() {
    let doc = analyse(
        "وقال وزير النقل الدكتور سامي الخطيب إن الطريق سيفتتح في الربيع. وأوضح معاليه أن العمل يسير وفق الخطة.",
    );
    assert!(
        speaker_of(&doc, "وأوضح").contains("سامي الخطيب"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_news_agency_is_a_speaker() {
    // `وكالة` is one word, not `و+ك+آلة`; the agency after the verb is who spoke.
    let doc = analyse("وذكرت وكالة رويترز أن السفينة وصلت إلى الميناء مساء الأحد.");
    assert_eq!(
        speaker_of(&doc, "وذكرت"),
        "وكالة رويترز",
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وقالت وكالات الإغاثة إن المساعدات وصلت إلى المخيم.");
    assert_eq!(
        speaker_of(&doc, "وقالت"),
        "وكالات الإغاثة",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_imperfect_of_say_after_a_speech_verb_is_no_speaker() {
    let doc = analyse(
        "وقال المدرب سامي العلي إن الفريق جاهز للمباراة. وأضاف يقول: \"سنلعب بكل قوتنا أمام الجمهور\".",
    );
    assert!(
        speaker_of(&doc, "وأضاف").contains("سامي العلي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn between_this_and_that_is_no_verb() {
    // `وبين` after `بينه` is the second half of "between … and …", not `بيّن` (explained).
    let doc = analyse(
        "ولفت الباحث ماجد الحربي إلى أن الطريق طويل وبينه وبين الحل سنوات، قائلا إن الأمل باق.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| !s.text.contains("الحل"))),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_writers_first_person_and_conjunctions_report_nothing() {
    // `نذكر`: the writer's "we mention".
    let doc = analyse("ونذكر من الأعمال المشاركة \"رحلة الصحراء\" و\"ليل المدينة\" و\"بيت الجد\".");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    // `نقلت 12 جثة`: bodies were carried, and `إلا أنه` (however) opens nothing said.
    let doc = analyse(
        "وأنقذت فرق الدفاع المدني 40 شخصا كما نقلت 12 جثة إلى المستشفى، إلا أنه بحسب شهود كان القارب يقل مئتي شخص.",
    );
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn a_counted_source_reports_what_was_said_before() {
    let doc = analyse("وتعارض الخطة منظمات كثيرة، كما أعلنت أكثر من عشرين جمعية أهلية.");
    assert!(
        speaker_of(&doc, "أعلنت").contains("عشرين جمعية"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_gloss_in_parentheses_and_a_dotted_acronym_stay_with_the_speaker() {
    let doc = analyse(
        "وأفادت هيئة الإذاعة الوطنية (إن.اتش.كيه) أن الطائرة سقطت فوق حي سكني، مضيفةً أن ثلاثة أشخاص قتلوا.",
    );
    assert!(
        speaker_of(&doc, "وأفادت").starts_with("هيئة الإذاعة الوطنية"),
        "{:?}",
        quotes(&doc)
    );
    assert!(
        speaker_of(&doc, "مضيفةً").starts_with("هيئة الإذاعة الوطنية"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_participle_speaks_for_the_subject_of_its_clause() {
    let doc = analyse(
        "حددت وزارة التجارة شروط تسجيل الشركات الجديدة، مشيرة إلى أن الطلبات تقدم إلكترونيا.",
    );
    assert_eq!(
        speaker_of(&doc, "مشيرة"),
        "وزارة التجارة",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn claiming_responsibility_is_no_quote() {
    let doc = analyse("والجماعة المسلحة تعلن مسؤوليتها عن تفجير خط الأنابيب شمال البلاد.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    // A possessed subject before `إلى أن` still speaks.
    let doc = analyse("وأشار محاميه إلى أن موكله سيستأنف الحكم.");
    assert_eq!(speaker_of(&doc, "وأشار"), "محاميه", "{:?}", quotes(&doc));
}

#[test]
fn an_honorific_before_the_verbs_preposition_still_speaks() {
    let doc = analyse(
        "وقال وزير الصحة الدكتور سالم العمري إن المستشفى الجديد جاهز. وأكد معاليه على أهمية التعاون بين القطاعات.",
    );
    assert!(
        speaker_of(&doc, "وأكد").contains("سالم العمري"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_one_spoken_to_may_come_before_the_speaker() {
    let doc = analyse("وقال لـ«الوطن» مدير الدفاع المدني العميد خالد الزهراني إن الحريق أخمد.");
    assert!(
        speaker_of(&doc, "وقال").contains("خالد الزهراني"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وقال مدير الدفاع المدني العميد خالد الزهراني لـ(الوطن) إن الحريق أخمد.");
    assert!(
        speaker_of(&doc, "وقال").contains("خالد الزهراني"),
        "{:?}",
        quotes(&doc)
    );
    // The participle after the one spoken to repeats the verb; it is no speaker.
    let doc = analyse(
        "وقال العميد خالد الزهراني إن الحريق أخمد. وصرح لـ«الوطن» قائلا: الفرق ما زالت في الموقع.",
    );
    assert!(
        speaker_of(&doc, "وصرح").contains("خالد الزهراني"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_long_name_after_a_long_title_is_the_speaker() {
    // The words of a name after its first do not use up the speaker's words, and a title that
    // stopped at `للتراث` ends with the name before `إن`.
    let doc = analyse(
        "وقال رئيس الجمعية السعودية للتراث الدكتور فهد بن سعد بن محمد آل شملان إن المهرجان \
         يستقبل زواره مساء اليوم.",
    );
    let speaker = speaker_of(&doc, "وقال");
    assert!(
        speaker.ends_with("فهد بن سعد بن محمد آل شملان"),
        "{:?}",
        quotes(&doc)
    );
    assert!(speaker.starts_with("رئيس الجمعية"), "{:?}", quotes(&doc));
}

#[test]
fn a_name_spelt_like_a_preposition_is_part_of_the_speaker() {
    // `علي` is `على` once normalized, and `أكد على أن` takes the preposition.
    let doc = analyse("وأكد المواطن عبدالله بن علي الغامدي أن المهرجان يحظى بإقبال كبير.");
    assert_eq!(
        speaker_of(&doc, "وأكد"),
        "المواطن عبدالله بن علي الغامدي",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn catching_the_eye_is_no_speech_and_a_demonstrative_opens_the_object() {
    let doc = analyse("لفت انتباهي أن الحضور كان كبيرا هذا العام.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    let doc = analyse("وأوضح الباحثون هذه النتيجة بأن العينة كانت صغيرة.");
    assert_eq!(speaker_of(&doc, "وأوضح"), "الباحثون", "{:?}", quotes(&doc));
}

#[test]
fn a_participle_after_the_speaker_is_no_part_of_it() {
    let doc = analyse("وتابعت الهيئة مبينة، أن التسجيل يبدأ مطلع الشهر المقبل.");
    assert_eq!(quotes(&doc).len(), 1, "{:?}", quotes(&doc));
    let speaker = doc.quotes[0]
        .speaker
        .as_ref()
        .map_or("", |s| s.text.as_str());
    assert_eq!(speaker, "الهيئة", "{:?}", quotes(&doc));
}

#[test]
fn a_verb_without_a_subject_goes_on_with_the_person_just_named() {
    // The agency spoke two sentences back; the sentence between is about the minister.
    let doc = analyse(
        "وذكرت صحيفة محلية أن الميناء أغلق أمس. من جهته، أعرب رئيس الوزراء خالد الحربي \
         عن قلقه من تأخر الشحنات. وقال إن الحكومة ستعوض التجار.",
    );
    let q = doc
        .quotes
        .iter()
        .find(|q| q.span.slice(&doc.text).contains("ستعوض"))
        .and_then(|q| q.speaker.as_ref())
        .map_or("", |s| s.text.as_str());
    assert!(q.contains("خالد الحربي"), "{:?}", quotes(&doc));
}

#[test]
fn after_amma_the_verb_with_fa_is_no_part_of_the_name() {
    let doc = analyse("أما المحامية نوال زهران فبينت: أن القانون لا يكفي.");
    let speaker = speaker_of(&doc, "فبينت");
    assert!(
        speaker.contains("زهران") && !speaker.contains("فبينت"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_participle_speaks_for_the_subject_of_a_light_verb() {
    let doc = analyse("أعرب مدير المستشفى عن ارتياحه لنتائج العملية، مؤكدا أن المريض بحالة جيدة.");
    assert_eq!(quotes(&doc).len(), 1, "{:?}", quotes(&doc));
    let speaker = doc.quotes[0]
        .speaker
        .as_ref()
        .map_or("", |s| s.text.as_str());
    assert_eq!(speaker, "مدير المستشفى", "{:?}", quotes(&doc));
}

#[test]
fn announcing_that_after_a_preposition_quotes_nothing() {
    // `عن ذلك` points back to what was told before; it is not what was said.
    let doc =
        analyse("وقد صدر الحكم بحق المتهمين أمس. والمحكمة إذ تعلن عن ذلك لتؤكد حرصها على العدالة.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.span.slice(&doc.text).starts_with("ذلك")),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn those_warned_are_not_the_speaker_and_what_follows_them_is_said() {
    // `كل من` opens those spoken to; what they were warned is after `بأن`.
    let doc =
        analyse("وتحذر هيئة الغذاء كل من يبيع منتجات مغشوشة في الأسواق بأنه سيحال إلى القضاء.");
    let q = doc
        .quotes
        .first()
        .unwrap_or_else(|| panic!("no quote: {:?}", quotes(&doc)));
    let speaker = q.speaker.as_ref().map_or("", |s| s.text.as_str());
    assert_eq!(speaker, "هيئة الغذاء", "{:?}", quotes(&doc));
    assert!(
        q.span.slice(&doc.text).contains("سيحال"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn words_relayed_by_a_medium_are_those_of_whom_it_names_after_an() {
    // `نقلت الوكالة عن X قوله إن`: X said it; the agency only carried it.
    let doc = analyse("ونقلت وكالة الأنباء الرسمية عن مسؤول في الوزارة قوله إن المفاوضات متعثرة.");
    assert_eq!(
        speaker_of(&doc, "ونقلت"),
        "مسؤول في الوزارة",
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("ونقلت صحيفة محلية عن وزير المالية قوله: «لن نرفع الضرائب هذا العام».");
    assert_eq!(
        speaker_of(&doc, "ونقلت"),
        "وزير المالية",
        "{:?}",
        quotes(&doc)
    );
    assert!(
        doc.quotes[0]
            .span
            .slice(&doc.text)
            .contains("لن نرفع الضرائب"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_mark_opened_inside_reported_words_closes_inside_them() {
    let doc = analyse("وقال رئيس البلدية إن السكان أبلغوه بأن «المياه لم تصل منذ أسبوع».");
    let content = doc.quotes[0].span.slice(&doc.text);
    assert!(content.ends_with("أسبوع»"), "{:?}", quotes(&doc));
    let doc = analyse("وقال المدير إن الموظفين كتبوا \"نريد حقوقنا\" على اللافتات.");
    let content = doc.quotes[0].span.slice(&doc.text);
    assert!(content.contains("\"نريد حقوقنا\""), "{:?}", quotes(&doc));
}

#[test]
fn a_speech_verb_whose_speaker_a_colon_follows_ends_the_report_before_it() {
    let doc = analyse(
        "وأكد خبراء على ضرورة تشديد الرقابة على الأسواق وقال المستشار الاقتصادي خالد العمري: إن الأسعار ارتفعت كثيرا.",
    );
    let q = quotes(&doc);
    assert!(
        q.iter()
            .any(|s| s == "وأكد | خبراء | ضرورة تشديد الرقابة على الأسواق"),
        "{q:?}"
    );
    assert!(speaker_of(&doc, "وقال").contains("خالد العمري"), "{q:?}");
}

#[test]
fn an_adverb_of_two_words_after_the_verb_is_not_the_speaker() {
    let doc = analyse(
        "وقال المتحدث باسم الشركة إن الخلل بسيط. وأضاف فيما بعد أن العمل استؤنف في المصنع.",
    );
    assert_eq!(
        speaker_of(&doc, "وأضاف"),
        "المتحدث باسم الشركة",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_person_set_off_by_a_comma_after_a_long_title_is_the_speaker() {
    let doc = analyse(
        "وأكد رئيس الجمعية الوطنية للمهندسين، المهندس خالد بن سعد العتيبي أن المشروع يسير وفق الخطة.",
    );
    assert!(
        speaker_of(&doc, "وأكد").ends_with("العتيبي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_person_after_an_abbreviated_title_is_the_speaker() {
    let doc = analyse("وقال م. فهد العتيبي إن المشروع سينتهي الشهر المقبل.");
    assert!(speaker_of(&doc, "وقال").contains("فهد"), "{:?}", doc.quotes);
}

#[test]
fn drawing_attention_and_an_adverb_of_then_are_not_the_speaker() {
    let doc =
        analyse("وقال الشيخ سالم إن الصبر فضيلة. ولفت النظر إلى أن المؤمن القوي يؤدي واجباته.");
    assert!(
        !speaker_of(&doc, "ولفت").contains("النظر"),
        "{:?}",
        doc.quotes
    );
    let doc = analyse("ورن الهاتف فقالت له بعدها المتكلمة: «هل أيقظتك؟».");
    assert_eq!(speaker_of(&doc, "فقالت"), "المتكلمة", "{:?}", doc.quotes);
}

#[test]
fn is_considered_after_a_relative_is_no_speech_and_a_participle_ends_the_speaker() {
    let doc = analyse(
        "وقال خالد الدوسري المستثمر في السوق إن الطلب ضعيف في القطاع، الذي يعتبر الأضعف بين القطاعات الأخرى، لافتا إلى أن الأسعار لم تتغير.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.trigger.slice(&doc.text) != "يعتبر"),
        "{:?}",
        quotes(&doc)
    );
    assert!(
        speaker_of(&doc, "لافتا").contains("الدوسري"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse(
        "وأكد سامي العنزي المتحدث باسم الشرطة الواقعة مشيرا إلى أن المصابين نقلوا إلى المستشفى.",
    );
    let speaker = doc
        .quotes
        .first()
        .and_then(|q| q.speaker.as_ref())
        .map_or("", |s| s.text.as_str());
    assert!(
        speaker.contains("العنزي") && !speaker.contains("مشيرا"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn an_adverb_of_manner_by_the_verb_is_not_the_speaker() {
    let doc = analyse("ونفى الممثل علنا بأنه قرر الاعتزال. وأكد رسميا أن فيلمه الجديد سيعرض قريبا.");
    assert_eq!(speaker_of(&doc, "ونفى"), "الممثل", "{:?}", quotes(&doc));
    assert!(
        !speaker_of(&doc, "وأكد").contains("رسميا"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_verbal_noun_after_the_verb_is_what_was_said_not_the_speaker() {
    let doc = analyse(
        "وزار مدير الدار سالم القحطاني القسم أمس، وأكد حرص إدارة الدار على تنفيذ برامج ترفيهية للنزلاء طوال العام.",
    );
    let speaker = speaker_of(&doc, "وأكد");
    assert!(
        !speaker.contains("حرص") && speaker.contains("القحطاني"),
        "{:?}",
        quotes(&doc)
    );
    let said = doc
        .quotes
        .iter()
        .find(|q| q.trigger.slice(&doc.text) == "وأكد")
        .map_or("", |q| q.span.slice(&doc.text));
    assert!(said.starts_with("حرص إدارة الدار"), "{:?}", quotes(&doc));
    // Asking not to be named says nothing.
    let doc = analyse("وقال جندي طالبا عدم ذكر اسمه إن الوحدة انسحبت من الموقع ليلا.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.span.slice(&doc.text).starts_with("عدم ذكر")),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn in_an_interview_the_manner_and_the_topic_are_not_the_speaker() {
    let first = "وقالت الممثلة سلمى الحربي إنها سعيدة بالدور الجديد.";
    // How she said it is no speaker.
    let doc = analyse(&format!("{first} وتابعت متحمسة: «أنا ممثلة قبل كل شيء»."));
    assert!(
        speaker_of(&doc, "وتابعت").contains("الحربي"),
        "{:?}",
        quotes(&doc)
    );
    // A feminine noun of that shape after a verb that opens new words is the speaker.
    let doc = analyse("وزعمت مواطنة بأنها تعرضت لابتزاز خلال تقديمها طلب العمل.");
    assert!(
        speaker_of(&doc, "وزعمت").contains("مواطنة"),
        "{:?}",
        quotes(&doc)
    );
    // `أجاب` answers, and what the answer is about is no speaker.
    let doc = analyse(&format!(
        "{first} وعن المسلسلات المشاركة في هذا الموسم أجابت: «لا أتابعها»."
    ));
    assert!(
        speaker_of(&doc, "أجابت").contains("الحربي"),
        "{:?}",
        quotes(&doc)
    );
    // The verb right before the words opens them; the one before has its own object.
    let doc = analyse(&format!(
        "{first} وعما إذا كانت تتابع حاليا مسلسلات رمضان أجابت: «بالكاد أتابع مسلسلا واحدا»."
    ));
    assert!(
        speaker_of(&doc, "أجابت").contains("الحربي") && speaker_of(&doc, "تتابع").is_empty(),
        "{:?}",
        quotes(&doc)
    );
    // After `بعد أن` stands a verb, no speaker.
    let doc = analyse(&format!(
        "{first} وعما إذا تركت الغناء بعد أن تفرغت تماما للتمثيل قالت: «لم أترك الغناء»."
    ));
    assert!(
        !speaker_of(&doc, "قالت").contains("تفرغت"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_agency_spoken_to_amid_and_ceasing_are_not_the_speaker() {
    let doc = analyse("وقال المحلل سامر الخطيب لرويترز إن الأسعار سترتفع الشهر المقبل.");
    let speaker = speaker_of(&doc, "وقال");
    assert!(
        speaker.contains("الخطيب") && !speaker.contains("رويترز"),
        "{:?}",
        quotes(&doc)
    );
    let doc =
        analyse("وأثار القرار ردودا واسعة وسط المزارعين، الذين أكدوا أن المحصول سيتضرر كثيرا.");
    let speaker = speaker_of(&doc, "أكدوا");
    assert!(
        speaker.contains("المزارعين") && !speaker.contains("ردودا"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وما زالت معظم التقارير تشير إلى أن الأسعار ستنخفض.");
    let speaker = speaker_of(&doc, "تشير");
    assert!(
        speaker.contains("التقارير") && !speaker.contains("زالت"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_person_right_after_kana_speaks_whatever_title_follows() {
    let doc = analyse("وكان سالم الدوسري رئيس نادي الهلال السعودي أكد أن الفريق سيعود قريبا.");
    assert!(
        speaker_of(&doc, "أكد").contains("الدوسري"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_one_amma_sets_up_speaks_with_the_verb_after_fa() {
    let doc = analyse("وأما الوزير سالم الحربي فكتب يقول: «الحياة قصيرة».");
    assert!(
        speaker_of(&doc, "يقول").contains("الحربي"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_plural_participle_speaks_for_the_plural_of_its_clause() {
    let doc = analyse(
        "وزار الوفد معرض الكتاب في الرياض، والتقى بالشاعر المقيم في جدة، ليعود المشاركون إلى بلادهم مؤكدين أنهم سينقلون ما شاهدوه.",
    );
    assert!(
        speaker_of(&doc, "مؤكدين").contains("المشاركون"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_relative_after_an_adjective_hangs_on_its_noun() {
    let doc = analyse("ويبدو الرئيس مقتنعا بالدعاية الإيرانية التي تقول بأن الشيعة أقلية مظلومة.");
    assert!(
        speaker_of(&doc, "تقول").contains("الدعاية"),
        "{:?}",
        quotes(&doc)
    );
}
