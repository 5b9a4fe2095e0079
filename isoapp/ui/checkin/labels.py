"""The words people see for the check-in's ids (symptoms, red flags, scores, mood), translated.

The store keeps ids (``lips``, ``self-harm-thoughts``); the words are the interface's job. Each is a
function, not a constant, so the words follow the language chosen at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Qt's translate under the name the catalogue tool (pyside6-lupdate) looks for; call it with literals.
translate = QCoreApplication.translate


def symptom_names() -> dict[str, str]:
    return {
        "lips": translate("CheckinLabels", "Dry lips"),
        "skin": translate("CheckinLabels", "Dry skin"),
        "eyes": translate("CheckinLabels", "Dry eyes"),
        "nosebleeds": translate("CheckinLabels", "Nosebleeds"),
        "joints": translate("CheckinLabels", "Joint, muscle or back pain"),
        "headache": translate("CheckinLabels", "Headache"),
    }


def symptom_name(key: str) -> str:
    """The words for a symptom id; a symptom the person added is shown as they wrote it."""
    return symptom_names().get(key, key)


def red_flag_names() -> dict[str, str]:
    return {
        "self-harm-thoughts": translate("CheckinLabels", "Thoughts of harming yourself or ending your life"),
        "severe-headache-vision": translate("CheckinLabels", "Very bad headache, with blurred sight or feeling sick"),
        "severe-stomach-pain": translate("CheckinLabels", "Severe stomach pain"),
        "bloody-diarrhoea": translate("CheckinLabels", "Bloody diarrhoea, or bleeding from your bottom"),
        "yellow-skin-eyes": translate("CheckinLabels", "Yellow skin or eyes, or dark urine"),
        "allergic-reaction": translate("CheckinLabels", "Swollen face, lips or throat, or trouble breathing"),
        "severe-rash": translate("CheckinLabels", "Severe rash, blisters or peeling skin"),
    }


def red_flag_name(key: str) -> str:
    return red_flag_names().get(key, key)


def score_names() -> tuple[str, str, str, str]:
    """Symptom scores 0..3."""
    return (
        translate("CheckinLabels", "None"),
        translate("CheckinLabels", "Mild"),
        translate("CheckinLabels", "Moderate"),
        translate("CheckinLabels", "Severe"),
    )


def mood_names() -> tuple[str, str, str, str, str]:
    """Mood 1..5 (index 0 is mood 1)."""
    return (
        translate("CheckinLabels", "Very low"),
        translate("CheckinLabels", "Low"),
        translate("CheckinLabels", "OK"),
        translate("CheckinLabels", "Good"),
        translate("CheckinLabels", "Very good"),
    )


def mood_name(mood: int) -> str:
    return mood_names()[mood - 1]
