# nbconvert configuration for `pnpm run test:notebooks` (runNotebooks.ts passes it with
# `jupyter nbconvert --to notebook --execute --config=tests/notebooks/nbconvertConfig.py`).
#
# 1. Deno's Jupyter kernel (the `deno` npm package pinned in the root package.json) sends
#    `"transient": null` in its execute_result messages. nbclient before 0.10.2 reads
#    `content.get("transient", {}).get("display_id")`, which raises
#    `AttributeError: 'NoneType' object has no attribute 'get'` on an explicit null, so every
#    cell that returns a value would crash nbconvert. Debian 12's nbclient is 0.7.2. Fixed
#    upstream in nbclient 0.10.2 (jupyter/nbclient#322, issue jupyter/nbclient#321). The patch
#    below does the same thing: a null `transient` becomes `{}` before nbclient reads it. On a
#    fixed nbclient it is harmless (it changes nothing that nbclient would not already accept).
#
# 2. Why Deno 2.8.1 (root package.json) and no other: it is the last release with the original
#    Rust kernel, which sends a cell's outputs before announcing the end of the cell (`idle`).
#    2.8.2 replaced the kernel (JS rewrite, denoland/deno#34083); from 2.9 it may send outputs
#    after `idle`, and nbclient, which stops listening at `idle`, then loses them or attaches them
#    to the next cell. 2.7.7 sometimes fails a cell with "invalid type: null, expected struct
#    EvaluateResponse"; 2.3 lacks the `Buffer` global that the packages use.
#
# 3. A cell that prints thousands of lines with console.log may lose some of them, whatever the
#    Deno version, and what a cell prints comes before or after what it displays from one run to
#    the next: the notebooks print nothing to the console (they show values and displays); keep
#    it that way.
#
# 4. Below: the kernel, the time allowed for one cell and for the kernel to start (seconds).

import nbclient.client as _client

_process_message = _client.NotebookClient.process_message


def _accept_null_transient(self, msg, cell, cell_index):
    content = msg.get("content")
    if isinstance(content, dict) and "transient" in content and content["transient"] is None:
        content["transient"] = {}
    return _process_message(self, msg, cell, cell_index)


_client.NotebookClient.process_message = _accept_null_transient

c = get_config()  # noqa: F821 (defined by traitlets when it loads this file)
c.ExecutePreprocessor.kernel_name = "deno"
c.ExecutePreprocessor.timeout = 600
c.ExecutePreprocessor.startup_timeout = 120
