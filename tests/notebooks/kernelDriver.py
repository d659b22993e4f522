"""Runs the code cells of one notebook in a Jupyter kernel and returns every output, reliably.

Called by runNotebooks.ts (which owns the notebook file: reading, normalising, writing). Reads a
JSON request on standard input:
    {"kernel": "deno", "cwd": "<notebook folder>", "timeout": 600, "cells": ["<code>", ...]}
and writes a JSON answer on standard output:
    {"language_info": {...}, "cells": [{"status": "ok" | "error", "execution_count": n,
      "messages": [{"msg_type": ..., "content": {...}}, ...]}, ...], "kernel_stderr": "..."}
Cells run in order; the run stops at the first cell whose reply is an error.

Why not `jupyter nbconvert --execute` (nbclient)? Deno's kernel (2.9) forwards what a cell prints
or returns (stream, execute_result, display_data) through a queue from its evaluation thread and
stamps each message with the request that is current *when the queue is drained*, while it sends
the `idle` status directly. nbclient stops listening for a cell at `idle`, so outputs that arrive
a moment later are dropped, or attached to the next cell: about one run in two loses an output.
Here, after each cell, a "fence" request evaluates a unique string; its execute_result travels
through the same queue, so when it arrives every output of the cell has arrived before it. Every
output message received between the cell's request and the fence belongs to the cell, whatever
parent it carries.

Only jupyter_client is needed (Debian: python3-jupyter-client).
"""

import json
import subprocess
import sys
import tempfile
import time
import uuid
from queue import Empty

from jupyter_client.manager import start_new_kernel

OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error", "update_display_data", "clear_output"}


class DriverError(Exception):
    pass


def wait_reply(kc, km, msg_id, deadline):
    """The shell reply to msg_id (other replies are skipped)."""
    while True:
        check_alive(km, deadline)
        try:
            msg = kc.get_shell_msg(timeout=1)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def check_alive(km, deadline):
    if time.monotonic() > deadline:
        raise DriverError("timeout: the cell ran longer than the time allowed")
    if not km.is_alive():
        raise DriverError("the kernel died")


def run_cell(kc, km, source, timeout):
    deadline = time.monotonic() + timeout
    msg_id = kc.execute(source, store_history=True, allow_stdin=False)
    reply = wait_reply(kc, km, msg_id, deadline)
    token = "monitoring_fence_" + uuid.uuid4().hex
    fence_id = kc.execute(json.dumps(token), store_history=False, allow_stdin=False)
    messages = []
    while True:
        check_alive(km, deadline)
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except Empty:
            continue
        kind = msg["msg_type"]
        content = msg["content"]
        if kind == "execute_result" and token in str(content.get("data", {}).get("text/plain", "")):
            break
        if kind in OUTPUT_TYPES:
            messages.append({"msg_type": kind, "content": content})
    wait_reply(kc, km, fence_id, deadline)
    return {
        "status": reply["content"].get("status", "error"),
        "execution_count": reply["content"].get("execution_count"),
        "messages": messages,
    }


def main():
    request = json.load(sys.stdin)
    stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
    km, kc = start_new_kernel(
        kernel_name=request["kernel"],
        cwd=request["cwd"],
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    answer = {"language_info": {}, "cells": []}
    try:
        info = kc.kernel_info(reply=True, timeout=60)
        answer["language_info"] = info["content"].get("language_info", {})
        for source in request["cells"]:
            cell = run_cell(kc, km, source, request["timeout"])
            answer["cells"].append(cell)
            if cell["status"] != "ok":
                break
    except DriverError as error:
        answer["failure"] = str(error)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        stderr.seek(0)
        answer["kernel_stderr"] = stderr.read()
    json.dump(answer, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
