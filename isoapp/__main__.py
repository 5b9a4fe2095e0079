from isoapp.cli import run

run()
