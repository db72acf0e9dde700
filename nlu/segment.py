"""jieba's dictionary segmentation (its `cut(text, HMM=False)`), in one backward pass per block.

jieba builds a dictionary of every word's possible ends at each position (the DAG), then walks it
backwards taking the most probable path, a generator and a tuple per candidate. Here both happen
in the same backward loop over the tokeniser's own dictionary, with each word's log-probability
looked up once: the same words (tests/test_nlu.py compares them with jieba's on the corpus), for
the larger part of a message's NLU time.
"""

from __future__ import annotations

import math
import re

import jieba

# jieba's own split of a text into blocks it segments and the rest (jieba/__init__.py)
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_NOTHING = -math.inf
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class Segmenter:
    """The words of a text as `tokenizer.lcut(text, HMM=False)` gives them."""

    def __init__(self, tokenizer: jieba.Tokenizer) -> None:
        tokenizer.check_initialized()
        self.tokenizer = tokenizer

    def words(self, text: str) -> list[str]:
        found: list[str] = []
        for block in _BLOCK.split(text):
            if not block:
                continue
            if _BLOCK.match(block):
                found += self._block(block)
                continue
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    found.append(part)
                else:
                    found += part
        return found

    def _block(self, block: str) -> list[str]:
        """The most probable path through the dictionary's words; runs of single letters and
        digits joined (jieba's rules, ties to the longer word)."""
        get, log = self.tokenizer.FREQ.get, math.log
        log_total = log(self.tokenizer.total)  # read each time: add_word changes it
        size = len(block)
        score = [0.0] * (size + 1)
        ends = list(range(1, size + 1))
        for start in range(size - 1, -1, -1):
            best = _NOTHING
            end = start + 1
            while end <= size:
                count = get(block[start:end])
                if count is None:
                    break
                if count:
                    candidate = log(count) - log_total + score[end]
                    if candidate >= best:
                        best, ends[start] = candidate, end
                end += 1
            score[start] = -log_total + score[start + 1] if best is _NOTHING else best
        return _join_letters(block, ends)


def _join_letters(block: str, ends: list[int]) -> list[str]:
    words: list[str] = []
    letters = ""
    start, size = 0, len(block)
    while start < size:
        end = ends[start]
        word = block[start:end]
        if end - start == 1 and word in _ALNUM:
            letters += word
        else:
            if letters:
                words.append(letters)
                letters = ""
            words.append(word)
        start = end
    if letters:
        words.append(letters)
    return words
