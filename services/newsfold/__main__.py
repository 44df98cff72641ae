"""``python -m newsfold`` is the ``newsfold`` command."""

from newsfold.cli.main import app

app(prog_name="newsfold")
