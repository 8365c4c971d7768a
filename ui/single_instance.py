"""One window per workspace: a second start hands its files to the running window and exits.

Opening a CSV from the file manager while channelcompare runs must not start a second window writing to
the same workspace. The first instance listens on a QLocalServer named after the user and the workspace;
a later start connects, sends its file paths (absolute, as JSON), waits for "ok" and exits 0. The running
window imports them as a drop would and comes to the front. No answer within a few seconds (a stale socket
left by a crash) and the new start carries on as the first instance.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ANSWER_TIMEOUT_MS = 3000
ACK = b"ok\n"


def server_name(workspace: str) -> str:
    """Per user and workspace file (or the folder of the default one); short, as a socket path must be."""
    where = str(Path(workspace).expanduser().resolve())
    digest = hashlib.sha256(f"{getpass.getuser()}\0{where}".encode()).hexdigest()[:16]
    return f"channelcompare-{digest}"


def local_paths(arguments: list[str]) -> list[Path]:
    """Command-line files as absolute paths; file:// URLs (some file managers pass them) become paths."""
    paths = []
    for argument in arguments:
        url = QUrl(argument)
        local = url.toLocalFile() if url.scheme() == "file" else argument
        paths.append(Path(local).expanduser().absolute())
    return paths


def hand_over(name: str, paths: list[Path]) -> bool:
    """Give `paths` to the instance listening on `name`; True when it took them (then this start exits)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(500):
        return False  # nobody listens: we are the first
    socket.write(json.dumps([str(p) for p in paths]).encode() + b"\n")
    socket.flush()  # often writes it all at once; then waitForBytesWritten has nothing to wait for
    written = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(ANSWER_TIMEOUT_MS)
    answered = written and _wait_for_ack(socket)
    socket.disconnectFromServer()
    if not answered:
        log.warning("channelcompare instance on %s did not answer; starting a new window", name)
    return answered


def _wait_for_ack(socket: QLocalSocket) -> bool:
    received = b""
    while ACK not in received and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
        received += bytes(socket.readAll().data())
    return ACK in received


class InstanceServer(QObject):
    """Listens for later starts; calls `open_files(paths)` with what each one sends (on the GUI thread)."""

    def __init__(
        self, name: str, open_files: Callable[[list[Path]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.open_files = open_files
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a crash: nobody answered on it
            if not self.server.listen(name):
                log.warning("cannot listen on %s: %s", name, self.server.errorString())

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if not buffer.endswith(b"\n"):
            return  # the rest is on its way
        try:
            paths = [Path(p) for p in json.loads(buffer.decode("utf-8"))]
        except (ValueError, TypeError) as error:
            log.warning("ignored a malformed hand-over: %s", error)
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        self.open_files(paths)
