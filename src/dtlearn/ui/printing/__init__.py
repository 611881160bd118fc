"""Printable documents (PDF): certificates and reports, painted with Qt and the bundled font."""
