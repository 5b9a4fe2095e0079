"""The words people see for the check-in's ids (symptoms, red flags, scores, mood), translated.

The store keeps ids (``lips``, ``self-harm-thoughts``); the words are the interface's job. Each is a
function, not a constant, so the words follow the language chosen at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "CheckinLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def symptom_names() -> dict[str, str]:
    return {
        "lips": _t("Dry lips"),
        "skin": _t("Dry skin"),
        "eyes": _t("Dry eyes"),
        "nosebleeds": _t("Nosebleeds"),
        "joints": _t("Joint, muscle or back pain"),
        "headache": _t("Headache"),
    }


def symptom_name(key: str) -> str:
    """The words for a symptom id; a symptom the person added is shown as they wrote it."""
    return symptom_names().get(key, key)


def red_flag_names() -> dict[str, str]:
    return {
        "self-harm-thoughts": _t("Thoughts of harming yourself or ending your life"),
        "severe-headache-vision": _t("Very bad headache with blurred sight, or feeling sick"),
        "severe-stomach-pain": _t("Severe stomach pain"),
        "bloody-diarrhoea": _t("Bloody diarrhoea, or bleeding from your bottom"),
        "yellow-skin-eyes": _t("Yellow skin or eyes, or dark urine"),
        "allergic-reaction": _t("Swollen face, lips or throat, or trouble breathing"),
        "severe-rash": _t("Severe rash, blisters or peeling skin"),
    }


def red_flag_name(key: str) -> str:
    return red_flag_names().get(key, key)


def score_names() -> tuple[str, str, str, str]:
    """Symptom scores 0..3."""
    return (_t("None"), _t("Mild"), _t("Moderate"), _t("Severe"))


def mood_names() -> tuple[str, str, str, str, str]:
    """Mood 1..5 (index 0 is mood 1)."""
    return (_t("Very low"), _t("Low"), _t("OK"), _t("Good"), _t("Very good"))


def mood_name(mood: int) -> str:
    return mood_names()[mood - 1]
