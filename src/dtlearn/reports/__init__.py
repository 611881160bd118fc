"""Reports over the merged records: no Qt, plain rows for screens and exporters."""
