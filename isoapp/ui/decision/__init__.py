"""The Decide part's widgets: Your options, Check what you know, Am I sure? (views lay out only; the
rules live in isoapp.decision)."""
