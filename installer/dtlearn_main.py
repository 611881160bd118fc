"""Entry point of the frozen app: the same ``main()`` as the ``dtlearn`` command."""

import sys

from dtlearn.app import main

sys.exit(main())
