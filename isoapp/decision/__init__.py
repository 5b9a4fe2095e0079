"""The decision aid's core, without Qt: treatment options, the knowledge check, the SURE test,
the person's saved answers, and the decision summary (Markdown)."""
