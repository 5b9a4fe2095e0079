"""What to do at once, shown the moment a serious sign is ticked (the Get help guidance, short).

Sources: US Medication Guide and label (stop and call for each serious sign), NHS isotretinoin
capsules (stop and tell your doctor; emergency numbers). Crisis lines as in the vetted facts sheet.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from isoapp.ui.checkin import labels


class SeriousSignDialog(QDialog):
    def __init__(self, signs: list[str], on_open_help, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriousSignDialog")
        self.setWindowTitle(self.tr("Get help now"))
        self.setAccessibleName(self.tr("Get help now"))
        layout = QVBoxLayout(self)
        self.text = QLabel(self.guidance_html(signs), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(self.tr("What to do now"))
        self.text.setAccessibleDescription(self.guidance_plain(signs))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.help_button = QPushButton(self.tr("Open “Get help now”"), self)
        self.help_button.setAccessibleName(self.tr("Open the section Get help now"))
        self.help_button.clicked.connect(lambda _c=False: (on_open_help(), self.accept()))
        buttons.addButton(self.help_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _lines(self, signs: list[str]) -> tuple[str, list[str], list[str], str]:
        names = ", ".join(labels.red_flag_name(s) for s in signs)
        first = self.tr("You ticked: %1.").replace("%1", names)
        act = [
            self.tr("Stop taking isotretinoin, and contact your prescriber or another doctor today."),
            self.tr("Do not wait for your next visit. Say that you take isotretinoin."),
            self.tr("If it feels like an emergency, or you might harm yourself, call for help now:"),
        ]
        if "allergic-reaction" in signs:
            act[2] = self.tr("A swollen face, lips or throat, or trouble breathing, is an emergency. Call now:")
        if "self-harm-thoughts" in signs:
            act[1] += " " + self.tr(
                "You deserve help straight away. Do not stay alone with these thoughts: tell someone you trust."
            )
        numbers = [
            self.tr("US: 911 for an emergency. Call or text 988 to talk to someone now."),
            self.tr("UK: 999 for an emergency, NHS 111 for urgent advice, Samaritans 116 123."),
            self.tr("EU: 112."),
            self.tr("Anywhere else: your local emergency number."),
        ]
        last = self.tr(
            "Tell someone you trust. This sign is saved with the day, so you can show your doctor. "
            "Sources: US Medication Guide; NHS."
        )
        return first, act, numbers, last

    def guidance_html(self, signs: list[str]) -> str:
        first, act, numbers, last = self._lines(signs)
        e = html.escape
        items = "".join(f"<li>{e(n)}</li>" for n in numbers)
        return (
            f"<p><b>{e(first)}</b></p><p><b>{e(act[0])}</b> {e(act[1])}</p>"
            f"<p>{e(act[2])}</p><ul>{items}</ul><p>{e(last)}</p>"
        )

    def guidance_plain(self, signs: list[str]) -> str:
        first, act, numbers, last = self._lines(signs)
        return " ".join([first, *act, *numbers, last])
