//! A right-to-left test fixture, not a translation: a few strings in Arabic, Arabic-Indic digits
//! and right-to-left layout, the rest English. Its tag is the pseudo-locale `ar-XB` (the tag
//! Android and Chromium use for testing bidirectional layout), which no real page uses: an
//! Arabic page (`ar`, `ar-EG`) gets English until an Arabic table is written.

use super::{Direction, Locale, PluralRule, Ui, EN};

pub const AR_XB: Locale = Locale {
    tag: "ar-XB",
    name: "العربية (اختبار)",
    direction: Direction::Rtl,
    plural: PluralRule::OneOther,
    digits: ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
    group_separator: "٬",
    decimal_separator: "٫",
    minus: "\u{61C}-",
    months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    date_pattern: "{day} {month} {year}",
    ui: Ui {
        skip_to_map: "انتقل إلى خريطة المواقف",
        skip_to_glossary: "انتقل إلى المسرد",
        marks_legend: "تمييز مصطلحات المسرد",
        marks_all: "كل الإشارات",
        marks_first: "الأولى في كل فقرة",
        marks_none: "لا شيء",
        close: "إغلاق",
        glossary_heading: "المسرد",
        maps_title: "من يقف أين",
        chart: "رسم",
        table: "جدول",
        copy_link: "نسخ الرابط",
        go_to_passage: "انتقل إلى المقطع",
        ..EN.ui
    },
};
