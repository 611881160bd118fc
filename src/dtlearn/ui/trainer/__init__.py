"""Trainer-only tabs: sessions, learners, reports, certificates (behind the PIN)."""
