"""``attrib serve``: a local page where an article is pasted or uploaded and reported on."""
from __future__ import annotations

import typer

from . import app
from ._common import fail, warn


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; loopback by default."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    max_bytes: int = typer.Option(1024 * 1024, "--max-bytes", min=1,
                                  help="Refuse requests larger than this (HTTP 413)."),
    max_chars: int = typer.Option(200_000, "--max-chars", min=1,
                                  help="Refuse articles whose text is longer (HTTP 413): about 10 s "
                                       "of English on one core."),
    time_limit: float = typer.Option(30.0, "--time-limit", min=0.5,
                                     help="Seconds an analysis may take; it is stopped after that "
                                          "(HTTP 503)."),
    max_analyses: int = typer.Option(2, "--max-analyses", min=1,
                                     help="Analyses at once, each in its own process; a few more "
                                          "requests wait, the rest get HTTP 503."),
    allowed_hosts: list[str] = typer.Option([], "--allowed-host", metavar="NAME",
                                            help="A name the server may be reached by besides "
                                                 "localhost and its address (repeatable)."),
) -> None:
    """Serve a page where you paste or upload an article and get its HTML report."""
    # imported here: `attrib check` must not pay for http.server at start-up
    import logging

    from ..serve import make_server

    # the library logs each request (method, path, status: never the article); show them
    logging.basicConfig(level=logging.INFO, format="attrib: %(message)s")

    if not is_loopback(host):
        warn(f"--host {host} is not a loopback address: anyone who can reach this machine can "
             f"use the server (it has no authentication and no TLS); it answers only to "
             f"localhost, {host} and the names given with --allowed-host")
    try:
        server = make_server(host, port, max_bytes=max_bytes, max_chars=max_chars,
                             time_limit=time_limit, max_analyses=max_analyses,
                             allowed_hosts=tuple(allowed_hosts))
    except OSError as e:
        fail(f"cannot listen on {host}:{port}: {e.strerror or e}")
    bound_host, bound_port = server.server_address[:2]
    shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
    typer.echo(f"attrib: serving on http://{shown}:{bound_port}/ (Ctrl+C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("attrib: stopped", err=True)
    finally:
        server.server_close()


def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 and ::1 are loopback; any other name or address is not
    (a name could resolve anywhere, so only ``localhost`` is trusted by its name)."""
    import ipaddress

    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
