#!/usr/bin/env python3
"""A loopback TCP proxy that keeps every byte it passes on, as a man in the middle would see them.
Usage: tcp-tap.py PORT_FILE TARGET_PORT CAPTURE_FILE (writes the port it listens on to PORT_FILE; runs until killed)."""
import socket
import sys
import threading

port_file, target_port, capture = sys.argv[1], int(sys.argv[2]), sys.argv[3]
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(16)
out = open(capture, "ab")
lock = threading.Lock()


def pump(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            with lock:
                out.write(data)
                out.flush()
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


with open(port_file + ".tmp", "w") as f:
    f.write(str(server.getsockname()[1]))
import os  # noqa: E402
os.replace(port_file + ".tmp", port_file)
while True:
    client, _ = server.accept()
    upstream = socket.create_connection(("127.0.0.1", target_port))
    threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
    threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
