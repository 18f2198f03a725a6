"""Jupyter kernels that start warm: each notebook still runs in a new kernel process of its
own, but one forked from a server that has already imported torch and ipykernel, so that
it skips the ~3 s a cold kernel spends importing them (most of a notebook test's time).

Nothing of another notebook is in a warm kernel: the server imports PRELOADED and runs
nothing else (no torch operation), and forks a new process for each kernel, which then
starts as `python -m ipykernel_launcher -f CONNECTION_FILE` would.

    with KernelServer() as kernels:
        kernels.execute(notebook, timeout=120)  # nbclient's options

Three processes make one kernel:
- the server (`python -m autograd_docs.warm_kernels serve SOCKET`), once per session;
- the kernel, forked by the server for each connection;
- a small launcher (`... launch SOCKET CONNECTION_FILE`): the process jupyter_client starts
  and signals. It asks the server for a kernel, passes SIGINT and SIGTERM on to it, and ends
  when the kernel ends; the kernel ends when the launcher does (killed, say).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

# Imported by the server before any fork: what every notebook imports first, and the kernel.
# Not matplotlib: importing pyplot before the kernel starts would choose its backend.
PRELOADED = ("torch", "ipykernel.kernelapp")
MODULE = "autograd_docs.warm_kernels"
READY = "ready"
PARENT = os.getppid()  # of the server or launcher: each ends when its parent has


class _Kernel(socketserver.StreamRequestHandler):
    """In a forked child of the server: one kernel, for the launcher at the other end."""

    def handle(self):
        self.server.socket.close()
        connection_file = self.rfile.readline().decode().strip()
        self.wfile.write(f"{os.getpid()}\n".encode())
        self.wfile.flush()
        threading.Thread(target=self._end_with_the_launcher, daemon=True).start()
        _new_seeds()
        from ipykernel.kernelapp import IPKernelApp

        IPKernelApp.launch_instance(argv=["-f", connection_file])

    def _end_with_the_launcher(self):
        self.connection.recv(1)  # returns when the launcher's end closes
        os._exit(1)


def _new_seeds() -> None:
    """New unpredictable seeds, as a new process's imports choose (Python's random module
    reseeds itself in a forked child; torch and NumPy do not): without this, every kernel
    would draw the server's random numbers."""
    import numpy
    import torch

    torch.default_generator.seed()  # the CPU's generator (torch.seed() also queues every other device's)
    numpy.random.seed()


class _Server(socketserver.ForkingMixIn, socketserver.UnixStreamServer):
    def service_actions(self):  # twice a second
        super().service_actions()
        if os.getppid() != PARENT:  # the tests ended without stopping it
            os._exit(0)


def serve(path: str) -> None:
    for module in PRELOADED:
        __import__(module)
    with _Server(path, _Kernel) as server:
        print(READY, flush=True)
        server.serve_forever()


def launch(path: str, connection_file: str) -> None:
    with socket.socket(socket.AF_UNIX) as connection:
        connection.connect(path)
        connection.sendall(f"{connection_file}\n".encode())
        kernel = int(connection.makefile().readline())

        def pass_on(number, _frame):
            with contextlib.suppress(ProcessLookupError):  # the kernel has just ended
                os.kill(kernel, number)

        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, pass_on)
        connection.settimeout(0.5)
        while os.getppid() == PARENT:  # jupyter_client ended without stopping it: stop the kernel
            try:
                if not connection.recv(1):  # the kernel ended
                    return
            except TimeoutError:
                pass


class KernelServer:
    """The server, for a `with` block; execute() runs a notebook in a kernel it forks."""

    def __enter__(self) -> KernelServer:
        self._folder = tempfile.TemporaryDirectory(prefix="warm-kernels-")
        self.socket = str(Path(self._folder.name) / "server")
        self._process = subprocess.Popen(
            [sys.executable, "-m", MODULE, "serve", self.socket], stdout=subprocess.PIPE, text=True
        )
        self.pid = self._process.pid
        self._manager = _manager_for(self.socket)
        said = self._process.stdout.readline().strip()
        if said != READY:
            self._process.kill()
            raise RuntimeError(f"the warm kernel server did not start (it said {said!r}; its errors are above)")
        return self

    def __exit__(self, *exception) -> None:
        self._process.kill()  # nothing to clean up: each kernel ends with its launcher
        self._process.wait()
        self._process.stdout.close()
        self._folder.cleanup()

    def execute(self, notebook, **options):
        """Run a notebook (nbformat's) top to bottom, as NotebookClient(notebook, **options)
        does, in a new kernel of this server's; return it, with its outputs."""
        from nbclient import NotebookClient

        NotebookClient(notebook, kernel_manager_class=self._manager, kernel_name="python3", **options).execute()
        return notebook


def _manager_for(server: str):
    """A KernelManager class whose kernels the server at that socket forks."""
    from jupyter_client import AsyncKernelManager

    class WarmKernelManager(AsyncKernelManager):  # as nbclient's own: its client waits without blocking
        def format_kernel_cmd(self, extra_arguments=None):
            return [sys.executable, "-m", MODULE, "launch", server, self.connection_file]

    return WarmKernelManager


if __name__ == "__main__":
    {"serve": serve, "launch": launch}[sys.argv[1]](*sys.argv[2:])
