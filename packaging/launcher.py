"""The bundle's entry script: PyInstaller runs a file, and the package's __main__ imports
relatively, so it cannot be that file itself."""

import sys

from hailuo_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
