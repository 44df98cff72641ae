"""The store layer: PostgreSQL tables, the append-only event store, the projector that
keeps the read models, and their rebuild. Depends on the domain, never the reverse."""
