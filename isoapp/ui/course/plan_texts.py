# ruff: noqa: E501 (whole sentences stay on one line, as lupdate and translators see them)
"""The monitoring plan's texts (region names, rules, item titles from resources/data/monitoring-*.toml, and
the calendar file's own words), marked for Qt Linguist so that they can be translated.

The TOML files stay the single source of what the plan says; tests/test_monitoring_plan.py checks that
every text there is listed here (add a line when you add or change one). Shown through ``plan_text()``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "MonitoringPlan"

TEXTS = (
    QT_TRANSLATE_NOOP("MonitoringPlan", "United States"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "Everyone who takes isotretinoin in the US registers with iPLEDGE, a safety programme."
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "There is a visit every month. Each prescription covers at most 30 days, with no automatic refills.",
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "If you can get pregnant: two kinds of birth control from 1 month before, during, and for 1 month after. Pregnancy tests before, every month, at the end and 1 month after.",
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "In February 2026 the FDA approved changes that let your prescriber allow some tests at home. Ask your prescriber whether they apply yet. The first test is still done at a clinic or lab.",
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Blood tests (blood fats and liver) before you start and during the course."),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Do not give blood while you take it and for 1 month after."),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "A second course, if one is needed, starts at least 8 weeks after the first one ends."
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Start birth control: 2 methods from today (1 month before the first capsule)"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "Pregnancy test before you start (at a clinic or lab; your prescriber sets the day)"
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "Blood test before you start: blood fats and liver (your prescriber sets the day)"
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Monthly visit and new prescription (iPLEDGE)"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Monthly pregnancy test"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Blood test during the course: ask your prescriber how often"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Pregnancy test at the end of the course"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Pregnancy test 1 month after the last capsule"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Birth control needed until today (1 month after the last capsule)"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "End of the 1-month wait before giving blood (1 month after the last capsule)"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "8 weeks since the course ended: the earliest a second course could start, if one is needed"
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "UK or EU"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "If you can get pregnant, you follow a pregnancy prevention programme: birth control from 1 month before, during, and for 1 month after. A progestogen-only pill is not enough on its own.",
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "If you can get pregnant: pregnancy tests before you start, every month, and about 1 month (5 weeks) after the last capsule. Each prescription covers at most 30 days.",
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "In the UK, mood and sexual function are checked before and during the course, for everyone."
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "In the UK, follow-up visits and some pregnancy tests may now be done remotely after a first visit in person.",
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Start birth control from today (1 month before the first capsule)"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "First visit: questions about mood and sexual function, and the risk form (your prescriber sets the day)",
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Pregnancy test before you start (your prescriber sets the day)"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Monthly visit and new prescription (at most 30 days each)"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan", "Follow-up visit: mood, sexual function and side effects (your prescriber says how often)"
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Pregnancy test about 1 month (5 weeks) after the last capsule"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Another country"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "Rules differ from country to country. This plan shows what the US and the UK/EU rules have in common.",
    ),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "If you can get pregnant: birth control from 1 month before, during, and for 1 month after. Pregnancy tests before you start, every month, and about 1 month after.",
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Follow-up visit (your prescriber says how often)"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Pregnancy test about 1 month after the last capsule"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Isotretinoin course"),
    QT_TRANSLATE_NOOP(
        "MonitoringPlan",
        "From your Isotretinoin Guide plan. Rules change; your prescriber tells you what applies to you.",
    ),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Done:"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "Take your capsules"),
    QT_TRANSLATE_NOOP("MonitoringPlan", "A daily reminder you asked for. Take them as your prescriber told you."),
)


def plan_text(text: str) -> str:
    """``text`` in the interface language (unchanged when there is no translation, e.g. a person's own item)."""
    return QCoreApplication.translate(CONTEXT, text)
