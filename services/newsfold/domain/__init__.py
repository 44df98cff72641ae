"""The pure domain: event types, extraction, folding and entity resolution.

Nothing in this package imports Kafka, SQL, asyncio or reads the environment, so it
can be unit-tested, benchmarked and reused offline (``newsfold extract``).
"""
