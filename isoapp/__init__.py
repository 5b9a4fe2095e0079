"""Isotretinoin Guide: a plain-language desktop guide to isotretinoin for severe acne."""

__version__ = "0.1.0"

APP_NAME = "Isotretinoin Guide"
APP_ID = "io.github.isoapp.IsotretinoinGuide"
