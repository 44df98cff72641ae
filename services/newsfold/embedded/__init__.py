"""Embedded infrastructure for the demo and the tests: a real Tansu broker and a real PostgreSQL.

Production runs Apache Kafka and PostgreSQL from ``docker-compose.yml``; these helpers start
the same kinds of server as local child processes so that ``newsfold demo`` and the test
suite exercise real wire protocols with nothing to install by hand.
"""
