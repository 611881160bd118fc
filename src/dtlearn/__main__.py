"""Allow ``python -m dtlearn``."""

from dtlearn.app import main

raise SystemExit(main())
