import sys

from isoapp.cli import main

sys.exit(main())
