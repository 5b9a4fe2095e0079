"""The benefits-versus-side-effects comparison (the "Benefits and risks" section) and the
"What matters to me" section. Factories: view.create, what_matters.create."""
